"""Two compared clauses traded across "than" (role pass 157).

``compared_clauses_traded``: "... for X to V Y than for Y' to V X'" against "... for Y' to V X'
than for X to V Y" (or "from A to B than from B to A", "X V-ing Y than Y' V-ing X'"): the clause
before "than" on one side is the clause after it on the other and the other way round, the
words before and after the two the same, so the comparison's direction is reversed although
every word is kept ("Is it easier for a belly dancer to learn flamenco than for a flamenco dancer
to learn belly dance?" / "... for a flamenco dancer to learn belly dance than for a belly dancer
to learn flamenco?"). A compared side is a clause: two words or more with the articles left
out, the two sides sharing a word of their frame ("for ... to learn", "from ... to") but not the
same. The same two clauses in the same order, other words around them ("easier" / "simpler"),
or no "than" ("for a pianist and a guitarist") is left.
"""

from __future__ import annotations

from policies.verify.text import Parsed
from policies.verify.words import stem

_ARTICLES = frozenset(("a", "an", "the"))
_CLAUSE_MIN = 2  # words in a compared clause, articles left out


def compared_clauses_traded(a: Parsed, b: Parsed) -> bool:
    """ "P C1 than C2 T" / "P C2 than C1 T": the two compared clauses traded, P and T kept."""
    if "than" not in a.words or "than" not in b.words:  # (most prompts: no stemming needed)
        return False
    ta, tb = _read(a.words), _read(b.words)
    if ta.count("than") != 1 or tb.count("than") != 1 or ta == tb:
        return False
    i, j = ta.index("than"), tb.index("than")
    tail = 0
    while tail < min(len(ta) - i, len(tb) - j) - 1 and ta[-1 - tail] == tb[-1 - tail]:
        tail += 1
    for t in range(tail + 1):
        c2, c1 = ta[i + 1 : len(ta) - t], tb[j + 1 : len(tb) - t]
        if min(len(c1), len(c2)) < _CLAUSE_MIN or c1 == c2 or not set(c1) & set(c2):
            continue
        if ta[i - len(c1) : i] != c1 or tb[j - len(c2) : j] != c2:
            continue
        if len(c1) < i and ta[: i - len(c1)] == tb[: j - len(c2)]:
            return True
    return False


def _read(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words if w not in _ARTICLES)
