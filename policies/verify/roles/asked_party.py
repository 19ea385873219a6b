"""Role pass 71 (blind rounds 194-196): the party a told deed was done to traded with the one
the question that follows asks about.

``done_to_asker_traded``: a statement "S V-ed (O) P X" or "S V-ed X" and then a question "Do /
Can / Does Y V2 ...?", against the same statement with Y in X's place and the question asking
about X ("Customs seized goods from the seller I bought from. Do I get a refund?" / "Customs
seized goods from me that I bought from the seller. Does the seller get a refund?"): who the
deed was done to and who asks both changed, so the answer is another one. A pronoun is read by
its person ("I" and "me" the same one); the question's verb and the statement's verb the same
on both sides.
"""

from __future__ import annotations

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.roles.relative_events import (
    _FUNCTION,
    _OBJECTS,
    _PERSON,
    _SUBJECTS,
    _right_phrases,
)
from policies.verify.text import Parsed
from policies.verify.words import stem

_ENDS = frozenset((".", "?", "!", ";"))
_ASKS = frozenset(
    "do does did can could will would should shall may might is are am was were have has".split()
)
_PREPS = frozenset(("from", "to", "for", "against"))
_MAX_GAP = 4  # words between the verb and the preposition ("seized goods from")

_Key = tuple[str | None, str]


def _sentences(x: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    s = 0
    for i, w in enumerate(x):
        if w in _ENDS:
            if i > s:
                out.append(x[s : i + 1])
            s = i + 1
    if s < len(x):
        out.append(x[s:])
    return out


def _key(x: tuple[str, ...], s: int) -> list[_Key]:
    """The readings of the noun phrase at s: (owner, head), a pronoun as its person."""
    if x[s] in _SUBJECTS:
        return [(None, _PERSON[x[s]])]
    return [(p.owner, p.head) for p in _right_phrases(x, s) if p.det]


def _asked(x: tuple[str, ...]) -> set[tuple[_Key, str]]:
    """(subject, verb) of a yes-no question "Do / Can Y V ...?"."""
    if x[-1] != "?" or x[0] not in _ASKS:
        return set()
    out: set[tuple[_Key, str]] = set()
    if x[1] in _SUBJECTS:
        if len(x) > 2 and x[2] not in _FUNCTION:
            out.add(((None, _PERSON[x[1]]), stem(x[2])))
        return out
    for p in _right_phrases(x, 1):
        if not p.det:
            continue
        e = x.index(p.head, 1) + 1
        if e < len(x) and x[e] not in _FUNCTION:
            out.add(((p.owner, p.head), stem(x[e])))
    return out


def _done_to(x: tuple[str, ...]) -> set[tuple[str, str, _Key]]:
    """(verb, preposition or "", the one it was done to) of a statement's verbs."""
    out: set[tuple[str, str, _Key]] = set()
    for v in range(1, len(x) - 1):
        if x[v] in _FUNCTION or x[v - 1] in _FUNCTION - _SUBJECTS - PUNCT:
            continue  # a verb follows its subject: "customs seized", "I bought"
        verb = stem(x[v])
        out.update((verb, "", k) for k in _said(x, v + 1))
        for p in range(v + 1, min(len(x) - 1, v + 2 + _MAX_GAP)):
            if x[p] in PUNCT:
                break
            if x[p] in _PREPS:
                out.update((verb, x[p], k) for k in _said(x, p + 1))
                break
    return out


def _said(x: tuple[str, ...], s: int) -> list[_Key]:
    """The object at s: a pronoun by its person, or a determined noun phrase."""
    owned_her = x[s] == "her" and s + 1 < len(x) and x[s + 1] not in _FUNCTION
    return [(None, _PERSON[x[s]])] if x[s] in _OBJECTS and not owned_her else _key(x, s)


def done_to_asker_traded(a: Parsed, b: Parsed) -> bool:
    """ "S V-ed O from X. Do I V2?" / "S V-ed O from me. Does X V2?": the one the deed was
    done to and the one asking traded together."""
    if "?" not in a.source or "?" not in b.source:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb:
        return False
    sa, sb = _sentences(ta), _sentences(tb)
    if len(sa) < 2 or len(sb) < 2:
        return False
    qa, qb = _asked(sa[-1]), _asked(sb[-1])
    if not (qa and qb):
        return False
    da = {d for s in sa[:-1] for d in _done_to(s)}
    db = {d for s in sb[:-1] for d in _done_to(s)}
    for ya, va in qa:
        for yb, vb in qb:
            if va != vb or ya == yb:
                continue
            for verb, prep, x in da:
                if x == yb and (verb, prep, ya) in db:
                    return True
    return False
