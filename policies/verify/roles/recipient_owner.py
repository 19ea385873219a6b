"""The recipient of a transfer made the owner of the thing (role pass 180, blind round 326).

``recipient_made_owner`` (a trade, in ``_LATER_TRADES``): "P V POSS T to R S" on one side
against "P V the T of R S" or "P V R's T S" on the other, POSS an owner pronoun ("my / our /
your / his / her / their"), T a few words, R a noun phrase led by a determiner or an owner ("the
farm next door", "my cousin", "a coworker") and P (every word up to the verb) and S (every
word after R) the same: on the first side the thing is the owner's own and R receives it (the
asker lets, lends, sells it to R), on the second the thing is R's and R receives nothing (the
asker takes R's thing), so giver and taker are traded and the owner moves from POSS to R
("Should I lease my saffron field to the farm next door?" / "Should I lease the saffron field
of the farm next door?", "Should I rent my apartment to my cousin?" / "Should I rent my
cousin's apartment?"). A particle said after the verb on the first side only ("rent out my N
to R" / "rent R's N") is read as the same verb. The same giver and receiver said two ways (the
double object "V R POSS T", another verb, filler) and the two owner forms against each other
("the T of R" / "R's T") are left.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import AUX, COPULA, MARKS, OWNER, tokens
from policies.verify.text import Parsed

# the leads of a recipient's noun phrase: determiners and owners (closed classes)
_LEADS = frozenset(("the", "a", "an", "another", "this", "that", "some", *OWNER))
# closed-class words that end a noun phrase or cannot be its words
_STOP = (
    AUX
    | COPULA
    | MARKS
    | frozenset(
        "to for from with of as and or but not if when who whom which whose because so while"
        " i me we us you he him she they them it".split()
    )
)
# particles said after a transfer verb ("rent out", "hire out", "give away")
_PARTICLES = frozenset(("out", "off", "away", "over", "back"))
_THING_MAX = 4  # "saffron field", "old piano", "parking space"
_PARTY_MAX = 6  # "the resort down the road", "the neighbor across the street"
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def recipient_made_owner(a: Parsed, b: Parsed) -> bool:
    if "to" not in a.words and "to" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _word(w: str) -> bool:
    return w not in _STOP and _WORD_RE.fullmatch(w) is not None


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` says "P V POSS T to R S" and ``y`` "P V the T of R S" or "P V R's T S"."""
    n = len(x)
    for i in range(1, n - 3):
        if x[i] not in OWNER:
            continue
        # where the owner phrase starts in y: after the same words, or a particle left out
        starts = [j for j in (i, i - 1) if x[:j] == y[:j] and (j == i or x[j] in _PARTICLES)]
        for j in starts:
            if j < 1 or not _word(y[j - 1]) or y[j - 1] in _LEADS:
                continue  # the verb: an open-class word
            for k in range(i + 2, min(n, i + 2 + _THING_MAX)):
                if x[k] != "to":
                    continue
                thing = x[i + 1 : k]
                if not all(_word(w) and w not in _LEADS for w in thing):
                    break
                if _owned_by_recipient(x, y, j, thing, k):
                    return True
    return False


def _owned_by_recipient(
    x: tuple[str, ...], y: tuple[str, ...], j: int, thing: tuple[str, ...], k: int
) -> bool:
    """R after ``x[k]`` ("to") is said in ``y`` from ``j`` as the thing's owner."""
    if k + 2 >= len(x) or x[k + 1] not in _LEADS:
        return False
    for e in range(k + 3, min(len(x), k + 2 + _PARTY_MAX) + 1):
        party = x[k + 1 : e]
        if not all(_word(w) for w in party[1:]):
            break
        rest = x[e:]
        forms = (
            ("the", *thing, "of", *party),
            (*party[:-1], party[-1] + "'s", *thing),
        )
        if any(y[j:] == (*form, *rest) for form in forms):
            return True
    return False
