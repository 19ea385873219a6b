"""Two numbers traded between the things they are said of (pure).

"The car behind me was doing 20 over and I was doing 10 over" / "I was doing 20 over and
the car behind me was doing 10 over", "My wife earns 80k and I earn 50k" / "I earn 80k
and my wife earns 50k", "the 10 mg dose for adults and 5 mg for kids" / "the 5 mg dose
for adults and 10 mg for kids": the same numbers and the same words, but each number now
belongs to another clause. The word rules see the same numbers and, the clauses swapped
around "and", the same events told in another order.

``numbers_traded`` cuts each prompt into clauses at "and", "or", "but" and punctuation,
and reads a number from each clause that holds exactly one and other words besides it.
Two or more clauses written alike on both sides (the words without the number) whose
numbers differ, and which hold the same numbers between them, trade them. A number with
nothing said of it is a list, and its order is no trade: "between 10 and 20" / "between
20 and 10", "compare 5 and 7" / "compare 7 and 5" (the second clause is the number
alone); two numbers in one clause ("from 10 to 20", "a 2 by 4") are left to the rules
that read ranges and sizes.
"""

from __future__ import annotations

import re
from collections import Counter

from policies.verify import lexicon as lx

_NUMBER = r"\$?\d+(?:[.,]\d+)*(?:[a-z%]+)?"
_TOKEN_RE = re.compile(rf"{_NUMBER}|[a-z][a-z'\u2019]*|[,;.?!:]", re.IGNORECASE)
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
_BREAKS = frozenset(
    (",", ";", ".", "?", "!", ":", "and", "or", "but", "while", "whereas", "whilst", "then")
)
_DIGITS_RE = re.compile(r"\d")


def _clauses(text: str) -> dict[tuple[str, ...], str | None]:
    """The words of each clause holding one number and other words (the number left out,
    its place marked) -> that number; None where two clauses are written alike."""
    found: dict[tuple[str, ...], str | None] = {}
    clause: list[str] = []
    for token in [*_TOKEN_RE.findall(text.lower()), "."]:
        if token not in _BREAKS:
            if token not in lx.ARTICLES:
                clause.append(token)
            continue
        numbers = [w for w in clause if _NUMBER_RE.fullmatch(w)]
        if len(numbers) == 1 and len(clause) > 1:
            key = tuple("#" if w == numbers[0] else w for w in clause)
            found[key] = None if key in found else numbers[0]
        clause = []
    return found


def numbers_traded(a: str, b: str) -> bool:
    """The same numbers said of the same clauses, traded between them (see the module)."""
    if len(_DIGITS_RE.findall(a)) < 2 or len(_DIGITS_RE.findall(b)) < 2:
        return False
    ca, cb = _clauses(a), _clauses(b)
    moved = [(ca[k], cb[k]) for k in ca.keys() & cb.keys() if ca[k] and cb[k] and ca[k] != cb[k]]
    if len(moved) < 2:
        return False
    return Counter(x for x, _ in moved) == Counter(y for _, y in moved)
