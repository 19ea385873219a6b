"""The party in the middle traded with an end of "between" (role pass 181, blind round 328).

``middle_traded`` (a trade, in ``_LATER_TRADES``): "P X M between Y and Z S" on one side against
"P Y M between X and Z S" (or "P Z M between Y and X S", the ends in either order) on the other,
X, Y and Z noun phrases of a few words (no clause mark, auxiliary, copula, "and / or / between"
in them) and P (every word before X), M (every word from X to "between") and S (every word after
the ends) the same: "between Y and Z" is symmetric, so its two ends may be said in either order,
but the party outside it (the subject, or the head the phrase modifies) is the one placed in the
middle, and trading it with an end asks about another place ("Is Wengen between Lauterbrunnen
and Kleine Scheidegg?" / "Is Lauterbrunnen between Wengen and Kleine Scheidegg?", "Does Lyon lie
between Paris and Marseille?" / "Does Paris lie between Lyon and Marseille?"). The ends alone
reordered ("between Kleine Scheidegg and Lauterbrunnen"), another verb ("located between"),
politeness and filler are left.
"""

from __future__ import annotations

from collections.abc import Iterator

from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

# closed-class words that cannot be a party's words
_NOT_PARTY = AUX | COPULA | MARKS | frozenset(("and", "or", "nor", "between", "&"))
_PARTY_MAX = 6  # "the post office down the road"

_Reading = tuple[tuple[str, ...], ...]


def middle_traded(a: Parsed, b: Parsed) -> bool:
    if "between" not in a.words or "between" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if ta.count("between") != 1 or tb.count("between") != 1 or len(ta) != len(tb):
        return False
    return any(tb in _traded(r) for r in _readings(ta))


def _party(words: tuple[str, ...]) -> bool:
    return 0 < len(words) <= _PARTY_MAX and not _NOT_PARTY.intersection(words)


def _readings(t: tuple[str, ...]) -> Iterator[_Reading]:
    """Each (P, X, M, Y, Z, S) with ``t`` = P X M "between" Y "and" Z S."""
    bi = t.index("between")
    for i in range(bi):
        for j in range(i + 1, min(bi, i + _PARTY_MAX) + 1):
            x = t[i:j]
            if not _party(x):
                break
            for k in range(bi + 2, len(t)):
                if t[k] != "and":
                    continue
                y = t[bi + 1 : k]
                if not _party(y):
                    break
                for e in range(k + 2, len(t) + 1):
                    z = t[k + 1 : e]
                    if not _party(z):
                        break
                    if len({x, y, z}) == 3:
                        yield t[:i], x, t[j:bi], y, z, t[e:]


def _traded(r: _Reading) -> set[tuple[str, ...]]:
    """``r`` said with its outside party traded with either end, the ends in either order."""
    p, x, m, y, z, s = r
    out: set[tuple[str, ...]] = set()
    for mid, ends in ((y, (x, z)), (z, (y, x))):
        for e1, e2 in (ends, ends[::-1]):
            out.add((*p, *mid, *m, "between", *e1, "and", *e2, *s))
    return out
