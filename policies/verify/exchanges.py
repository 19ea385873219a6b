"""A trade's direction carried by the word after its verb: "trade for a player" (the asker
gets the player) against "trade away a player" or "trade a player" (the asker gives him up),
"exchange for euros at the airport" (gets euros) against "exchange euros at the airport"
(gives them), "swap for a new battery" against "swap out the battery". The verb and its
object are the same words on both sides, so the cosine and the classifier read one
question; the answer is about the other side of the deal."""

from __future__ import annotations

# Verbs of an exchange: "V for X" names what is got, "V X" / "V away X" / "V X out" what is given
_EXCHANGING = frozenset(
    """
    trade trades traded trading swap swaps swapped swapping exchange exchanges exchanged
    exchanging barter barters bartered bartering
    """.split()
)
# Particles that give the thing up: "trade away", "swap out", "trade it off" ("in" is not
# read: "swap in a player" brings him in, "trade in my car" gives it up)
_GIVING = frozenset("away out off".split())
# A direct object's first word: "trade a player", "exchange my dollars"
_OBJECT_OPENERS = frozenset(
    "a an the my your his her our their its this that these those some".split()
)
_GOT = "for"
_PARTICLE_REACH = 3  # "trade him away", "swap the old battery out": the particle this far on


def _getting(words: tuple[str, ...], k: int) -> bool:
    """The verb at ``k`` names what is got: "trade for X"."""
    return words[k + 1 : k + 2] == (_GOT,)


def _giving(words: tuple[str, ...], k: int, got: str) -> bool:
    """The verb at ``k`` names what is given up: a giving particle within three words, or a
    direct object (a determiner, or ``got``: the word the other side gets), and no "for"
    after it (so "trade my pick for a player" is not read)."""
    if _GOT in words[k + 1 :]:
        return False
    nxt = words[k + 1 : k + 2]
    if not nxt:
        return False
    return (
        nxt[0] in _OBJECT_OPENERS
        or nxt[0] == got
        or not _GIVING.isdisjoint(words[k + 1 : k + 1 + _PARTICLE_REACH])
    )


def exchange_flip(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """The same exchange verb says what is got on one side ("trade for a player") and what
    is given up on the other ("trade away a player", "trade a player", "swap the battery
    out"), and neither side says both of it.

    Limits: the verbs read are trade, swap, exchange and barter in any form (not "sell for",
    a price, nor "pay for", nor "trade in", which may give or bring in); the getting side must
    put "for" right after the verb, and the giving side must say no "for" after its verb
    ("trade my pick for a player" names both sides of the deal: not read here)."""
    if _EXCHANGING.isdisjoint(wa) or _EXCHANGING.isdisjoint(wb):
        return False
    for x, y in ((wa, wb), (wb, wa)):
        for k, w in enumerate(x):
            if w not in _EXCHANGING or not _getting(x, k):
                continue
            got = x[k + 2] if k + 2 < len(x) else ""
            if any(v == w and _giving(y, m, got) for m, v in enumerate(y)) and not any(
                v == w and _getting(y, m) for m, v in enumerate(y)
            ):
                return True
    return False
