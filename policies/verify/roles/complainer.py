"""Role pass 165 (blind round 303): the complainer traded with the asker, the other party moved
into a "to X" phrase ("My landlord complained about my kimchi smell" / "I complained to my
landlord about a tenant's kimchi smell").

``complainer_traded`` (a trade, in ``_LATER_TRADES``): one side read as "NP V (to me / us) P my
R", NP "D (M) N" the subject at the start of a clause, P "about / of / over", and the other as "I
/ we V to NP P (D) (M) X's R", the same NP, V and P and the same R (an owner's "'s" left off),
X another party's owner: in one the party complains of the asker's thing, in the other the asker
complains to the party of someone else's. The same complainer said two ways ("My landlord
complained to me about my kimchi smell") is left.

Role pass 201 (blind rounds 357-359) widens ``complainer_traded`` to a second shape: one side "NP
V (P) my R" at a clause's start (after a mark or an opener, "if / when / once ..."), the other
"I / we (L.. to) V (P) NP's R" there, L.. one to three words of a lead ("want", "would like",
"need"), the same NP, V by its stem, P (any preposition of ``_PREPS``, or none) and R to the
clause's end (owners' "'s" left off): the party complains of the asker's thing on one side, the
asker of the party's on the other ("if my neighbour complains about my raku smoke" / "if I want
to complain about my neighbour's raku smoke", "when my neighbour reports my bonfire" / "when I
want to report my neighbour's bonfire").
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED, _LEADS, _NP_MAX
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_OF = frozenset(("about", "of", "over"))
_ASKER = frozenset(("i", "we"))
_ASKER_OBJECTS = frozenset(("me", "us"))
_ASKER_OWNERS = frozenset(("my", "our"))
_PREPS = frozenset("about of over to at on against with for".split())
_OPENERS = frozenset("if when whenever once after before because since while unless that".split())
_LEAD_MAX = 3  # "would like to"

# (NP, V's stem, P, R with owners' "'s" left off)
_Reading = tuple[tuple[str, ...], str, str, tuple[str, ...]]


def _bare(r: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[:-2] if w.endswith("'s") else w for w in r)


def _np(t: tuple[str, ...], j: int, end: int) -> bool:
    """``t[j:end]`` a noun phrase "D (M) N"."""
    return (
        1 < end - j <= _NP_MAX
        and t[j] in _LEADS
        and all(w.isalpha() and w not in _CLOSED for w in t[j + 1 : end])
    )


def _party_side(t: tuple[str, ...]) -> list[_Reading]:
    """ "NP V (to me) P my R": NP complains of the asker's thing."""
    out = []
    for k, p in enumerate(t):
        if p not in _OF or k + 2 >= len(t) or t[k + 1] not in _ASKER_OWNERS:
            continue
        v = k - 3 if t[k - 2 : k] in (("to", "me"), ("to", "us")) else k - 1
        if v < 2 or not t[v].isalpha() or t[v] in _CLOSED:
            continue
        for j in range(v - 2, max(-1, v - _NP_MAX - 1), -1):
            if (j == 0 or t[j - 1] in MARKS) and _np(t, j, v):
                out.append((t[j:v], stem(t[v]), p, _bare(t[k + 2 :])))
    return out


def _asker_side(t: tuple[str, ...]) -> list[_Reading]:
    """ "I V to NP P (D) (M) X's R": the asker complains of another's thing."""
    out = []
    for i, w in enumerate(t[:-3]):
        if w not in _ASKER or t[i + 2] != "to" or not t[i + 1].isalpha() or t[i + 1] in _CLOSED:
            continue
        for k in range(i + 5, min(len(t), i + 4 + _NP_MAX)):
            if t[k] not in _OF or not _np(t, i + 3, k):
                continue
            owner = next((n for n in range(k + 1, min(len(t), k + 4)) if t[n].endswith("'s")), None)
            if owner is None or t[k + 1] in _ASKER_OWNERS or t[owner] in ("my", "our"):
                continue
            if all(x.isalpha() and x not in _CLOSED for x in t[k + 1 : owner]):
                out.append((t[i + 3 : k], stem(t[i + 1]), t[k], _bare(t[owner + 1 :])))
    return out


def complainer_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return any(
        x == y for pa, ab in ((ta, tb), (tb, ta)) for x in _party_side(pa) for y in _asker_side(ab)
    ) or any(_plain_traded(pa, ab) for pa, ab in ((ta, tb), (tb, ta)))


def _opens(t: tuple[str, ...], j: int) -> bool:
    return j == 0 or t[j - 1] in MARKS or t[j - 1] in _OPENERS


def _clause_end(t: tuple[str, ...], k: int) -> int:
    return next((n for n in range(k, len(t)) if t[n] in MARKS), len(t))


def _party_plain(t: tuple[str, ...]) -> list[_Reading]:
    """ "NP V (P) my R" opening a clause: NP does V to the asker's thing."""
    out = []
    for k in range(2, len(t) - 1):
        if t[k] not in _ASKER_OWNERS:
            continue
        p = t[k - 1] if t[k - 1] in _PREPS else ""
        v = k - 2 if p else k - 1
        if v < 2 or not t[v].isalpha() or t[v] in _CLOSED:
            continue
        r = _bare(t[k + 1 : _clause_end(t, k + 1)])
        for j in range(v - 2, max(-1, v - _NP_MAX - 1), -1):
            if r and _opens(t, j) and _np(t, j, v):
                out.append((t[j:v], stem(t[v]), p, r))
    return out


def _asker_plain(t: tuple[str, ...]) -> list[_Reading]:
    """ "I (L.. to) V (P) NP's R" opening a clause: the asker does V to NP's thing; "W a N"
    read as a verb "~N" (a nominalization, "file a complaint")."""
    out = []
    for i, w in enumerate(t):
        if w not in _ASKER or not _opens(t, i):
            continue
        starts = [i + 1]
        starts += [n + 1 for n in range(i + 2, min(len(t), i + 2 + _LEAD_MAX)) if t[n] == "to"]
        for v in starts:
            if v >= len(t) or not t[v].isalpha() or t[v] in _CLOSED:
                continue
            acts = [(stem(t[v]), v)]
            if v + 2 < len(t) and t[v + 1] in ("a", "an") and t[v + 2].isalpha():
                acts.append(("~" + t[v + 2], v + 2))
            for act, e in acts:
                p = t[e + 1] if e + 1 < len(t) and t[e + 1] in _PREPS else ""
                j = e + 2 if p else e + 1
                end = _clause_end(t, j)
                for o in range(j + 1, min(end, j + _NP_MAX)):
                    np = (*t[j:o], t[o][:-2])
                    if t[o].endswith("'s") and _np(np, 0, len(np)) and o + 1 < end:
                        out.append((np, act, p, _bare(t[o + 1 : end])))
    return out


def _same(x: _Reading, y: _Reading) -> bool:
    """The same reading, the asker's "~N" a noun of the party's verb ("complaint", "report")."""
    v, w = x[1], y[1]
    act = v == w or (w[:1] == "~" and len(v) > 3 and w[1:].startswith(v))
    return act and x[0] == y[0] and x[2:] == y[2:]


def _plain_traded(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    return any(_same(x, y) for x in _party_plain(ta) for y in _asker_plain(tb))
