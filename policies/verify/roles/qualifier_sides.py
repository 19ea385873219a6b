"""Role pass 206 (blind rounds 363-365): the "with" / "without" qualifier traded between two
mentions of one head noun ("should walkers with tents give up their space to walkers without?" /
"should walkers without tents give up their space to walkers with them?").

``qualifier_sides_traded`` (a trade, in ``_LATER_TRADES``): each side read as "N Q M.. N2 Q2 T",
N a head noun, Q and Q2 one each of "with / without", N2 the same N again (or "those"), M.. the
qualifier's object and all up to the second mention (two to twelve words, no clause mark), T
the rest. The sides trade when the heads and the M.. are the same and Q is "with" on one side
and "without" on the other: the group that does the act (the subject, the first mention) and
the one it is done to (the second) have traded which of them holds the thing. T is read with
its lead left off when that lead points back to the thing, a pronoun ("them / it / one / ones")
or the first one to three words of M.. ("tents"), so a bare "without" matches "with them". The
same roles said two ways ("walkers who have tents ... to those without"), an object said again
or not ("to walkers without" / "to walkers without tents"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed

_QUALIFIERS = frozenset(("with", "without"))
_BACK = frozenset(("them", "it", "one", "ones"))  # a pronoun for the thing held
_STAND_IN = "those"  # the head said again as "those with / without"
_MIDDLE = (2, 12)
_OBJECT_MAX = 3  # "a parking spot"

# (N, Q, M.., T)
_Reading = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out = []
    for i in range(1, len(t)):
        head = t[i - 1]
        if t[i] not in _QUALIFIERS or not head.isalpha() or head in _CLOSED | _QUALIFIERS:
            continue
        for j in range(i + 1 + _MIDDLE[0], min(len(t) - 1, i + 1 + _MIDDLE[1] + 1)):
            if t[j - 1] in MARKS:
                break
            if t[j] in (head, _STAND_IN) and t[j + 1] in _QUALIFIERS and t[j + 1] != t[i]:
                out.append((head, t[i], t[i + 1 : j], t[j + 2 :]))
    return out


def _rests(middle: tuple[str, ...], tail: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The tail with its lead left off when it points back to the thing held."""
    out = {tail}
    if tail and tail[0] in _BACK:
        out.add(tail[1:])
    for k in range(1, min(_OBJECT_MAX, len(middle) - 1) + 1):
        if tail[:k] == middle[:k]:
            out.add(tail[k:])
    return out


def qualifier_sides_traded(a: Parsed, b: Parsed) -> bool:
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    return any(
        x[0] == y[0] and x[1] != y[1] and x[2] == y[2] and _rests(x[2], x[3]) & _rests(y[2], y[3])
        for x in ra
        for y in rb
    )
