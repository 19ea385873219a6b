"""Role pass 169 (blind round 311): who gives to whom traded, the thing's owner moving with the
giver.

``giver_owner_traded`` (a trade, in ``_LATER_TRADES``): each side read as a transfer clause, "S V
T to R" or "S V R T" (the double object), S the giver at a clause's start, R the receiver and T
the thing, "(W of) POSS N" with one owner POSS in it ("part of my duck barn", "my old car"); one
of S and R the asker ("I / we" as the subject, "me / us" as the object) and the other a party
named by a noun phrase "D (M) N" word for word on both sides, and the owner of T the giver ("my /
our" for the asker, "his / her / its / their" for the party). The same verb and T (its owner
left out), the same words before the clause and after it, the giver and the receiver traded:
"I sublet part of my duck barn to another farmer; who pays the insurance?" / "Another farmer
sublet me part of his duck barn; who pays the insurance?", "I lent my ladder to a neighbor" / "A
neighbor lent me his ladder". The dative alternation with the same roles ("I lent my ladder to a
neighbor" / "I lent a neighbor my ladder") is left.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

_ASKER_SUBJ = {"i": "1s", "we": "1p"}
_ASKER_OBJ = {"me": "1s", "us": "1p"}
_ASKER_OWNER = {"my": "1s", "our": "1p"}
_THIRD_OWNER = frozenset(("his", "her", "its", "their"))
_POSS = frozenset(_ASKER_OWNER) | _THIRD_OWNER
_DETS = frozenset("a an another the my our his her their its this that some".split())
# closed-class words a clause may start after (a clause word, an auxiliary)
_LEADS = AUX | frozenset("if when because since so and but after before while".split())
_STOP = (
    MARKS
    | AUX
    | COPULA
    | _DETS
    | frozenset(
        "to for from with at by of in on about as and or but not who whom that which if when"
        " i me we us you he him she they them it".split()
    )
)
_NP_MAX = 3  # "another farmer", "my older brother"
_PRE_LEN = 2  # "part of", "half of"
_THEME_MAX = 4  # "duck barn", "old car"

# (giver, receiver, verb, thing, start, end): giver / receiver an asker key or a party's words
_Reading = tuple[str | tuple[str, ...], str | tuple[str, ...], str, tuple[str, ...], int, int]


def giver_owner_traded(a: Parsed, b: Parsed) -> bool:
    if _POSS.isdisjoint(a.words) or _POSS.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    rb = _readings(tb)
    if not rb:
        return False
    for ga, ra, va, tha, sa, ea in _readings(ta):
        for gb, rbv, vb, thb, sb, eb in rb:
            if va != vb or tha != thb or ga != rbv or ra != gb or ga == ra:
                continue
            if ta[:sa] == tb[:sb] and ta[ea:] == tb[eb:]:
                return True
    return False


def _party(x: tuple[str, ...], i: int, j: int) -> tuple[str, ...] | None:
    """The words of a party's noun phrase "D (M) N" at ``x[i:j]``, else None."""
    np = x[i:j]
    if not 2 <= len(np) <= _NP_MAX + 1 or np[0] not in _DETS:
        return None
    if any(not w.isalpha() or w in _STOP for w in np[1:]):
        return None
    return np


def _thing(x: tuple[str, ...], i: int, j: int) -> tuple[tuple[str, ...], str] | None:
    """ "(W of) POSS N" at ``x[i:j]``: its words without the owner, and the owner."""
    t = x[i:j]
    owners = [k for k, w in enumerate(t) if w in _POSS]
    if len(owners) != 1:
        return None
    k = owners[0]
    pre, head = t[:k], t[k + 1 :]
    if pre and (len(pre) != _PRE_LEN or pre[-1] != "of"):
        return None
    if not 1 <= len(head) <= _THEME_MAX:
        return None
    if any(not w.isalpha() or w in _STOP for w in (*pre[:-1], *head)):
        return None
    return (*pre, *head), t[k]


def _follows(giver: str | tuple[str, ...], owner: str) -> bool:
    """The thing's owner is the giver: the asker's "my / our", a party's "his / its ..."."""
    if isinstance(giver, str):
        return _ASKER_OWNER.get(owner) == giver
    return owner in _THIRD_OWNER


def _readings(x: tuple[str, ...]) -> list[_Reading]:
    out: list[_Reading] = []
    n = len(x)
    for s in range(n):
        if s and x[s - 1] not in MARKS and x[s - 1] not in _LEADS:
            continue
        subjects: list[tuple[str | tuple[str, ...], int]] = []
        if x[s] in _ASKER_SUBJ:
            subjects.append((_ASKER_SUBJ[x[s]], s + 1))
        for e in range(s + 2, min(n, s + 2 + _NP_MAX)):
            np = _party(x, s, e)
            if np is not None:
                subjects.append((np, e))
        for giver, v in subjects:
            if v >= n or not x[v].isalpha() or x[v] in _STOP:
                continue
            end = v + 1
            while end < n and x[end] not in MARKS:
                end += 1
            out.extend(_clause(x, giver, s, v, end))
    return out


def _clause(
    x: tuple[str, ...], giver: str | tuple[str, ...], s: int, v: int, end: int
) -> list[_Reading]:
    """The readings of "V T to R" and "V R T" from ``x[v]`` to the clause end ``end``."""
    out: list[_Reading] = []
    asker = isinstance(giver, str)
    for k in range(v + 2, end - 1):  # "V T to R"
        if x[k] != "to":
            continue
        thing = _thing(x, v + 1, k)
        if thing is None or not _follows(giver, thing[1]):
            continue
        receiver: str | tuple[str, ...] | None
        if k + 2 == end and x[k + 1] in _ASKER_OBJ:
            receiver = _ASKER_OBJ[x[k + 1]]
        else:
            receiver = _party(x, k + 1, end)
        if receiver is not None and asker != isinstance(receiver, str):
            out.append((giver, receiver, x[v], thing[0], s, end))
    for r in range(v + 2, end):  # "V R T"
        thing = _thing(x, r, end)
        if thing is None or not _follows(giver, thing[1]):
            continue
        if r == v + 2 and x[v + 1] in _ASKER_OBJ:
            receiver = _ASKER_OBJ[x[v + 1]]
        else:
            receiver = _party(x, v + 1, r)
        if receiver is not None and asker != isinstance(receiver, str):
            out.append((giver, receiver, x[v], thing[0], s, end))
    return out
