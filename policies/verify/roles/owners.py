"""Two owners exchanged, one of them said by a standalone owner (round 68): "My mom pays for my
gym membership and I pay for hers" / "My mom pays for her gym membership and I pay for mine".
Every other word in place; the owners differ at two places or more, one person's owner turned
into the other's at one and back at another ("my" -> "her", "hers" -> "mine"), a standalone
owner ("mine / hers") among them. One direction only ("I told her my plan" / "I told her her
plan") is a reference changed, not read here.
"""

from __future__ import annotations

from policies.verify.roles.written import STANDALONE
from policies.verify.text import Parsed

_OWNER = {
    "my": "1", "mine": "1", "our": "w", "ours": "w", "your": "2", "yours": "2",
    "his": "m", "her": "f", "hers": "f", "their": "t", "theirs": "t",
}  # fmt: skip
_STANDALONE = frozenset(STANDALONE)


def owners_exchanged(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or (_STANDALONE.isdisjoint(wa) and _STANDALONE.isdisjoint(wb)):
        return False
    moves: set[tuple[str, str]] = set()
    standalone = False
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        px, py = _OWNER.get(x), _OWNER.get(y)
        if px is None or py is None or px == py:
            return False
        moves.add((px, py))
        standalone = standalone or x in _STANDALONE or y in _STANDALONE
    return standalone and any((y, x) in moves for x, y in moves)
