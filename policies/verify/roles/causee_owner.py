"""The causee of "get X to V me as a N" made the owner of "V a N for my X" (role pass 217,
blind rounds 384-389).

``causee_owner_traded`` (a trade, in ``_LATER_TRADES``): one side says "P C (D) X.. (to) V
me / us (R) as N.. T" (C a causative verb of the closed class "get" with "to", "have / make"
without; D an optional determiner or owner; X.. one to three open words, the causee; V an open
word; R an optional particle of a closed class, "on / up / out / in / back / off ..."; N.. the
role, an optional determiner and one to three open words; T the rest), read again as "P V (R)
N.. for my / our X.. T": the causee made the owner of a "for" beneficiary and the asker the
doer. The other side is that reading, word for word by stem (an auxiliary for an auxiliary, "a
/ the / my / our" for one another): there the asker does the act for their own X, here X does
it to the asker ("How do I get a sideshow to book me as a sword swallower?" / "How do I book a
sword swallower for my sideshow?", "How do I get a band to hire me as a drummer?" / "How do I
hire a drummer for my band?", "How can I get a gym to take me on as a trainer?" / "How can I
take on a trainer for my gym?"). The same roles said two ways ("get booked by a sideshow as a
sword swallower"), another verb, politeness and filler are left (the reading must be the other
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

_CAUSE_TO = frozenset(("get",))  # "get X to V me"
_CAUSE_BARE = frozenset(("have", "make"))  # "have X V me": closed causatives
_PARTICLES = frozenset("on up out in back off over down aboard along".split())  # closed
_ASKER = {"me": "my", "us": "our"}
_SWAPPABLE_LEADS = frozenset(("a", "an", "the", "my", "our"))
_X_MAX = 3  # "a local craft fair"
_N_MAX = 3  # "a sword swallower"
_Words = tuple[str, ...]


def _readings(t: _Words) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for i in range(1, n - 5):
        if t[i] not in _CAUSE_TO and t[i] not in _CAUSE_BARE:
            continue
        j = i + 1
        if t[j] in LEADS:
            j += 1
        for k in range(1, _X_MAX + 1):
            end = j + k
            if end >= n or not open_word(t[end - 1]):
                break
            v = end
            if t[i] in _CAUSE_TO:
                if t[end] != "to":
                    continue
                v = end + 1
            if v + 2 >= n or not open_word(t[v]):
                continue
            owner = _ASKER.get(t[v + 1])
            if owner is None:
                continue
            a = v + 2
            if t[a] in _PARTICLES:
                a += 1  # a particle: "take me on as"
            if a + 1 >= n or t[a] != "as":
                continue
            lead = a + 2 if t[a + 1] in LEADS else a + 1  # "as a drummer", "as tutors"
            for m in range(1, _N_MAX + 1):
                r = lead + m
                if r > n or not open_word(t[r - 1]):
                    break
                out.append(
                    (*t[:i], t[v], *t[v + 2 : a], *t[a + 1 : r], "for", owner, *t[j:end], *t[r:])
                )
    return out


def _same(x: str, y: str) -> bool:
    return alike(x, y, AUX, _SWAPPABLE_LEADS)


def _fits(mine: _Words, other: _Words) -> bool:
    """Worth reading: one side has the asker as object, the other a "for" beneficiary."""
    return "for" in other and ("me" in mine or "us" in mine)


def causee_owner_traded(a: Parsed, b: Parsed) -> bool:
    return reads_as_other(tokens(a.source), tokens(b.source), _fits, _readings, _same)
