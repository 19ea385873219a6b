"""Role pass 215: a relative clause's doer traded with the party it hands its deed on to.

"Did the teenagers who found Lascaux show it to their teacher?" / "Did the teacher who found
Lascaux show it to his teenage students?": each side "P D H.. who / that R.. to / with / for
POSS M.. N T", P, R and T the same words, H the head the relative says something of and N the
party reached through an owner pronoun (each the other's relation). The party reached on one
side made the relative's head on the other, and the head of the first side no longer reached
under the same noun, is a new finder: the one who did the deed is another ("the kids who found
the puppy ... their parents" / "the parents who found the puppy ... their kids"). The same
head both ways, another wording of the deed, politeness and filler are left.
"""

from __future__ import annotations

from typing import NamedTuple

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.text import Parsed

_DETS = frozenset("the a an these those this that some".split())
_RELS = frozenset(("who", "that"))
_REACH = frozenset(("to", "with", "for"))
_POSS = frozenset(("their", "his", "her", "its"))
_STOP = _DETS | _RELS | _REACH | _POSS | frozenset(("and", "or", "but", "it", "them"))
_MAX_NOUN = 3


class _Shape(NamedTuple):
    before: tuple[str, ...]
    head: str
    deed: tuple[str, ...]
    reached: str
    after: tuple[str, ...]


def _shapes(t: tuple[str, ...]) -> list[_Shape]:
    out: list[_Shape] = []
    for k, w in enumerate(t):
        if w not in _RELS or k < 2:
            continue
        s = k - 1
        while s >= 0 and k - s <= _MAX_NOUN and t[s] not in _STOP and t[s] not in PUNCT:
            s -= 1
        if s < 0 or s == k - 1 or t[s] not in _DETS:
            continue
        for p in range(k + 2, len(t) - 2):
            if t[p] not in _REACH or t[p + 1] not in _POSS:
                continue
            e = p + 2
            while e < len(t) and e - p - 2 < _MAX_NOUN and t[e] not in _STOP and t[e] not in PUNCT:
                e += 1
            if e == p + 2 or (e < len(t) and t[e] not in PUNCT):
                continue
            out.append(_Shape(t[:s], t[k - 1], t[k:p], t[e - 1], t[e:]))
    return out


def _one(p: str, q: str) -> bool:
    return p == q or q in (p + "s", p + "es") or p in (q + "s", q + "es")


def _traded(x: _Shape, y: _Shape) -> bool:
    if x.before != y.before or x.deed != y.deed or x.after != y.after:
        return False
    if _one(x.head, y.head) or not _one(x.reached, y.head):
        return False
    return not _one(y.reached, x.reached)


def relation_doer_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N1 who V-ed X V2 it to their N2" / "the N2 who V-ed X V2 it to his N1'"."""
    if not _RELS.intersection(a.words) or not _RELS.intersection(b.words):
        return False
    xs, ys = _shapes(owned_tokens(a.source)), _shapes(owned_tokens(b.source))
    return any(_traded(x, y) or _traded(y, x) for x in xs for y in ys)
