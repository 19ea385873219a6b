"""The causee of "get X to V me" made the object of "get to V X" (role pass 225, blind rounds
396-401).

``got_to_traded`` (a trade, in ``_LATER_TRADES``; ``causee_owner`` reads "get X to V me as a
N"): one side says "P get (D) X.. to V me / us (R) T" (D an optional determiner or owner; X..
one to three open words, the causee; V an open word; R an optional particle of a closed class,
"on / up / out / back ..."; T the rest), read again as "P get to V (R) (D) X.. T": the causee made
the object and the asker the doer. The other side is that reading, word for word by stem (an
auxiliary for an auxiliary, "a / an / the" for one another): there the asker gets the chance to
do it to X, here X does it to the asker ("How do I get a crop circle researcher to interview
me?" / "How do I get to interview a crop circle researcher?", "How can I get a famous author to
mentor me?" / "How can I get to mentor a famous author?"). The same roles said two ways ("get
interviewed by a researcher"), politeness and filler are left (the reading must be the other
side's).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    LEADS,
    alike,
    open_word,
    reads_as_other,
    tokens,
)
from policies.verify.text import Parsed

_GET = frozenset(("get",))  # "get X to V me": the causative with "to"
_PARTICLES = frozenset("on up out in back off over down along".split())  # closed
_ASKER = frozenset(("me", "us"))
_SWAPPABLE_LEADS = frozenset(("a", "an", "the"))
_X_MAX = 3  # "a crop circle researcher"
_Words = tuple[str, ...]


def _readings(t: _Words) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for i in range(1, n - 4):
        if t[i] not in _GET:
            continue
        j = i + 1
        if t[j] in LEADS:
            j += 1
        for k in range(1, _X_MAX + 1):
            end = j + k
            if end >= n or not open_word(t[end - 1]):
                break
            if t[end] != "to" or end + 2 >= n:
                continue
            v = end + 1
            if not open_word(t[v]) or t[v + 1] not in _ASKER:
                continue
            r = v + 2
            particle: _Words = (t[r],) if r < n and t[r] in _PARTICLES else ()
            rest = t[r + len(particle) :]
            out.append((*t[: i + 1], "to", t[v], *particle, *t[i + 1 : end], *rest))
    return out


def _same(x: str, y: str) -> bool:
    return alike(x, y, AUX, _SWAPPABLE_LEADS)


def _fits(mine: _Words, other: _Words) -> bool:
    """Worth reading: one side has the asker as object, the other a "to"."""
    return "to" in other and ("me" in mine or "us" in mine)


def got_to_traded(a: Parsed, b: Parsed) -> bool:
    return reads_as_other(tokens(a.source), tokens(b.source), _fits, _readings, _same)
