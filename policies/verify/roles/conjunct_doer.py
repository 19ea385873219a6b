"""Role pass 32 (round 103): the first of two joined predicates given to the asker, the second
kept with the other person: "My mom works for a nonprofit and took out Parent PLUS loans for me"
/ "I work for a nonprofit and my mom took out Parent PLUS loans for me", "My brother lives with
me and pays the rent" / "I live with my brother and he pays...". Each side read as "PRE X V1
MID and V2 REST" against "PRE I V1 MID and X V2 REST" (X a noun phrase with an owner or "the",
V1 the same verb in another person, every other word in place): who does V1 changed."""

from __future__ import annotations

from policies.verify.roles.voiced import _stem
from policies.verify.text import Parsed

_ASKER = frozenset(("i", "we"))
_X_LEAD = frozenset("my our his her their the".split())
_X_MAX = 4


def conjunct_doer_moved(a: Parsed, b: Parsed) -> bool:
    return _moved(a.words, b.words) or _moved(b.words, a.words)


def _moved(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """``wa`` "PRE X V1 MID and V2 REST", ``wb`` "PRE I V1 MID and X V2 REST"."""
    if len(wb) != len(wa) + 1 or "and" not in wb:
        return False
    k = 0
    while k < len(wa) and wa[k] == wb[k]:
        k += 1
    if k >= len(wa) or wb[k] not in _ASKER or wa[k] not in _X_LEAD:
        return False
    for size in range(2, _X_MAX + 1):
        x = wa[k : k + size]
        v = k + size
        if v >= len(wa) or wa[v] == wb[k + 1] or _stem(wa[v]) != _stem(wb[k + 1]):
            continue
        for j in range(k + 2, len(wb) - size - 1):
            if wb[j] != "and" or wb[j + 1 : j + 1 + size] != x:
                continue
            ja = v + 1 + (j - k - 2)  # the "and" in wa
            if wa[ja] == "and" and wa[v + 1 : ja] == wb[k + 2 : j]:
                if wa[ja + 1 :] == wb[j + 1 + size :]:
                    return True
    return False
