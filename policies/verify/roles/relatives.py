"""A relative clause taking another participant: "My son is afraid of the officer who arrested
him" / "The officer who arrested my son is afraid of him" (who is afraid of whom turned
round): the noun phrase with its "who" clause moved to the front, the first participant put
where the clause's pronoun was, the pronoun left at the end.
"""

from __future__ import annotations

from policies.verify.roles.tokens import _NP_LEAD
from policies.verify.text import Parsed

_REL = frozenset(("who", "that"))
_PRON = frozenset(("him", "her", "them"))


def relative_moved(a: Parsed, b: Parsed) -> bool:
    return _moved(a, b) or _moved(b, a)


def _moved(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    n = len(wa)
    if n != len(wb) or n < 7 or wa[-1] not in _PRON or wb[-1] != wa[-1]:
        return False
    if wa[0] not in _NP_LEAD or wb[0] not in _NP_LEAD:
        return False
    r = n - 3  # "... the officer who arrested him"
    if wa[r] not in _REL:
        return False
    for s in range(max(1, r - 4), r - 1):
        if wa[s] not in _NP_LEAD or not all(a.canon[k] for k in range(s + 1, r)):
            continue
        moved = (*wa[s : r + 2], *wa[:s], wa[-1])
        if moved == wb:
            return True
    return False
