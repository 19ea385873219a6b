"""Role pass 209 (blind rounds 363-365): a yes / no question's subject and object traded, each
noun keeping a modifier that moves with it or changes ("Do people at a seed swap pay the
organiser?" / "Does the organiser of a seed swap pay the people who come?").

``polar_roles_traded`` (a trade, in ``_LATER_TRADES``): each side read as "A S V O R" opening a
clause (A a do-support or modal auxiliary, "do / does / did / can / should ..."), S a noun phrase
"(D) M.. H (P (D) M.. N)" (D a determiner or an owner, H its head, P a preposition of
``_PREPS`` and its own noun phrase after it), V one word, O a noun phrase of the same shape and
R empty or a relative clause "who / that ..." to the clause's end: the same V on both sides,
S's head the other side's O head and O's head the other side's S head (by stem, "organiser" /
"organisers"), the two heads apart, and the prepositional phrases' words the same on both sides
wherever they sit. The heads may be words the content keys leave out ("people"), so the reorder
of content words (``direction._reordered``) did not see the trade. A verb done with each other
(``recast.MUTUAL``, ``tokens._SYMMETRIC``), the same roles said two ways ("Does the organiser of
a seed swap get paid by the people who come?": another verb), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED, _MODALS, _NP_MAX
from policies.verify.roles.recast import MUTUAL
from policies.verify.roles.tokens import _SYMMETRIC, _WITH_SYMMETRIC
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_AUXES = frozenset(("do", "does", "did")) | _MODALS
_DETS = frozenset("a an the my our your his her their its this these those some any".split())
_PREPS = frozenset("at of in on from for with near around".split())  # closed: prepositions
_RELS = frozenset(("who", "that"))
_REL_MAX = 6  # "who come to a seed swap"
_OTHER = frozenset(stem(w) for w in MUTUAL | _SYMMETRIC | _WITH_SYMMETRIC)

# (V, S's head stem, O's head stem, the prepositional phrases' words)
_Reading = tuple[str, str, str, frozenset[str]]


def _word(t: tuple[str, ...], k: int) -> bool:
    w = t[k]
    return w.isalpha() and w not in _CLOSED and w not in _PREPS and w not in _RELS | _DETS


def _bare_np(t: tuple[str, ...], j: int, end: int) -> list[int]:
    """ "(D) M.. H" from ``j``: each index after an H it may end at."""
    k = j + 1 if j < end and t[j] in _DETS else j
    s, out = k, []
    while k < end and k - s < _NP_MAX and _word(t, k):
        k += 1
        out.append(k)
    return out


def _phrases(t: tuple[str, ...], j: int, end: int) -> list[tuple[str, tuple[str, ...], int]]:
    """ "(D) M.. H (P (D) M.. N)" from ``j``: H, the prepositional phrase's words, the end."""
    out: list[tuple[str, tuple[str, ...], int]] = []
    for k in _bare_np(t, j, end):
        out.append((t[k - 1], (), k))
        if k < end and t[k] in _PREPS:
            out += [
                (t[k - 1], tuple(w for w in t[k + 1 : m] if w not in _DETS), m)
                for m in _bare_np(t, k + 1, end)
            ]
    return out


def _relative_pp(r: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a prepositional phrase inside a relative clause ("who come to a swap")."""
    for n, w in enumerate(r):
        if w in _PREPS or w == "to":
            ends = _bare_np(r, n + 1, len(r))
            if ends:
                return tuple(x for x in r[n + 1 : ends[-1]] if x not in _DETS)
    return ()


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out = []
    for i, w in enumerate(t):
        if w not in _AUXES or (i and t[i - 1] not in MARKS):
            continue
        end = next((n for n in range(i + 1, len(t)) if t[n] in MARKS), len(t))
        for subject in _phrases(t, i + 1, end):
            v = subject[2]
            if v + 1 >= end or not _word(t, v):
                continue
            for obj in _phrases(t, v + 1, end):
                rest = t[obj[2] : end]
                if rest and (
                    rest[0] not in _RELS
                    or len(rest) > _REL_MAX
                    or not all(x.isalpha() for x in rest)
                ):
                    continue
                pps = frozenset(subject[1] + obj[1] + _relative_pp(rest[1:]))
                out.append((t[v], stem(subject[0]), stem(obj[0]), pps))
    return out


def polar_roles_traded(a: Parsed, b: Parsed) -> bool:
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    return any(
        x[0] == y[0]
        and stem(x[0]) not in _OTHER
        and x[1] != x[2]
        and (x[1], x[2]) == (y[2], y[1])
        and x[3] == y[3]
        for x in ra
        for y in rb
    )
