"""A comparison said the other way round through an antonym comparative (pure, precompiled).

"Is the SAT harder than the ACT?" asks what "Is the ACT easier than the SAT?" asks: only
the closed table below, each pair written with its first member ("easier", "cheaper",
"faster", "better", "stronger", "bigger", "longer"). "Is X better than Y" / "Is Y better
than X" keep their order, and `direction.direction_swap` refuses them. (A place fronted,
"In California, is it legal to X?", is `clauses.canonical_order`'s.)
"""

from __future__ import annotations

import re

# comparative -> its antonym
_OTHER_WAY = {
    "harder": "easier",
    "more difficult": "easier",
    "more expensive": "cheaper",
    "less expensive": "cheaper",
    "pricier": "cheaper",
    "slower": "faster",
    "worse": "better",
    "weaker": "stronger",
    "smaller": "bigger",
    "shorter": "longer",
}
_SIDE = r"((?:the\s+|a\s+|an\s+)?[\w\-.']+(?:\s+[\w\-.']+){0,4}?)"
_COMPARE_RE = re.compile(
    rf"^\s*(is|are)\s+{_SIDE}\s+(harder|more\s+difficult|more\s+expensive|less\s+expensive"
    rf"|pricier|slower|worse|weaker|smaller|shorter)\s+than\s+{_SIDE}\s*\?\s*$",
    re.IGNORECASE,
)
# words that make a side more than a name ("Is it worse than ...", "X or Y", "not X")
_NOT_SIDE = frozenset("or and not than it there".split())


def canonical_comparison(text: str) -> str:
    """``text`` with an antonym comparison written with the table's first member;
    otherwise itself."""
    if " than " not in text or len(text) > 160:
        return text
    m = _COMPARE_RE.match(text)
    if not m:
        return text
    x, comp, y = m.group(2), m.group(3), m.group(4)
    if not (_NOT_SIDE.isdisjoint(x.lower().split()) and _NOT_SIDE.isdisjoint(y.lower().split())):
        return text
    other = _OTHER_WAY[" ".join(comp.lower().split())]
    return f"{m.group(1).capitalize()} {y} {other} than {x}?"
