"""Role pass 165 (blind round 303): the complainer traded with the asker, the other party moved
into a "to X" phrase ("My landlord complained about my kimchi smell" / "I complained to my
landlord about a tenant's kimchi smell").

``complainer_traded`` (a trade, in ``_LATER_TRADES``): one side read as "NP V (to me / us) P my
R", NP "D (M) N" the subject at the start of a clause, P "about / of / over", and the other as "I
/ we V to NP P (D) (M) X's R", the same NP, V and P and the same R (an owner's "'s" left off),
X another party's owner: in one the party complains of the asker's thing, in the other the asker
complains to the party of someone else's. The same complainer said two ways ("My landlord
complained to me about my kimchi smell") is left.
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
    )
