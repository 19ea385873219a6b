"""Who is whose guest, or who comes to whose event, traded between the asker and another
party (role pass 197, blind rounds 354-356).

``guest_traded`` (a trade, in ``_LATER_TRADES``) reads two shapes.

The lodger: "P SELF V-ing with X.. T" against "P X.. BE.. V-ing with ME T" (SELF the asker said
as the subject, "I am / we are"; ME the asker as the object of "with", "me / us"; BE.. the
copula, or a modal with "be"; V the same verb by its stem; X.. the same noun phrase of one to
eight words, a lead determiner left out and its place preposition "in / from / at" read as
one; P and T the same): the asker stays with X on one side and X stays with the asker on the
other ("I'm staying with a Hmong family in Sapa for two nights" / "A Hmong family from Sapa is
staying with me for two nights", "I'm lodging with a farmer in Wales" / "A farmer from Wales is
lodging with me").

The event: "P X.. to V PREP OWN N T" against "P X.. if / whether WE MODAL V PREP THEIRS N T"
(OWN the asker's "our / my", THEIRS another's "their / his / her / its", WE "we / I", MODAL
"can / could / may / might", V the same verb by its stem, PREP the same, P ending in the
asked party X.. and T the same): the asked party comes to the asker's event on one side and the
asker to the party's on the other ("How do I ask a coracle club to come to our fete?" / "How
do I ask a coracle club if we can come to their fete?", "ask a choir to sing at our wedding" /
"ask a choir if we can sing at their wedding"). The same roles said two ways ("I'll be
staying with", "a family in / from Sapa", "if we could", "whether we can"), politeness and
filler are left.
"""

from __future__ import annotations

from policies.verify.roles.hosting import _ASKER, _LEADS, _OWN, _SELF, _WE
from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_ME = frozenset(("me", "us"))
_PLACE = frozenset(("in", "from", "at"))
_THEIRS = frozenset(("their", "his", "her", "its"))
_IF = frozenset(("if", "whether"))
_MODAL = frozenset(("can", "could", "may", "might"))
_NP_MAX = 8


def guest_traded(a: Parsed, b: Parsed) -> bool:
    ta = tokens(a.source.replace("\u2019", "'"))
    tb = tokens(b.source.replace("\u2019", "'"))
    return _lodger(ta, tb) or _lodger(tb, ta) or _event(ta, tb) or _event(tb, ta)


def _np_word(w: str) -> bool:
    if w in MARKS or w in _ASKER - _OWN or w in AUX or w in COPULA:
        return False
    return w.replace("'", "").replace("-", "").isalpha()


def _norm(np: tuple[str, ...]) -> tuple[str, ...]:
    np = np[1:] if np and np[0] in _LEADS else np
    return tuple("@" if w in _PLACE else w for w in np)


def _lodger(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "P SELF V-ing with X.. T", ``y`` "P X.. BE.. V-ing with ME T"."""
    for j in range(min(len(x), len(y)) - 1):
        if j and x[j - 1] != y[j - 1]:
            break
        if x[j : j + 2] not in _SELF:
            continue
        s = j + 2
        if s + 2 >= len(x) or x[s + 1] != "with" or not x[s].endswith("ing"):
            return False
        return _lodger_read(x, y, j, s)
    return False


def _lodger_read(x: tuple[str, ...], y: tuple[str, ...], j: int, s: int) -> bool:
    verb = stem(x[s])
    if not verb:
        return False
    for c in range(j + 1, min(len(y), j + 1 + _NP_MAX)):
        if y[c] not in COPULA and y[c] not in AUX:
            if not _np_word(y[c]):
                return False
            continue
        g = c
        while g < min(len(y), c + 3) and (y[g] in COPULA or y[g] in AUX):
            g += 1
        if g + 2 >= len(y) or stem(y[g]) != verb or y[g + 1] != "with" or y[g + 2] not in _ME:
            return False
        rest = y[g + 3 :]
        end = len(x) - len(rest)
        if end <= s + 2 or x[end:] != rest:
            return False
        mine = x[s + 2 : end]
        theirs = y[j:c]
        return all(map(_np_word, mine)) and bool(_norm(mine)) and _norm(mine) == _norm(theirs)
    return False


def _event(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "P X.. to V PREP OWN N T", ``y`` "P X.. if WE MODAL V PREP THEIRS N T"."""
    d = 0
    while d < min(len(x), len(y)) and x[d] == y[d]:
        d += 1
    if d < 2 or d + 5 >= len(y) or d + 3 >= len(x):
        return False
    if x[d] != "to" or y[d] not in _IF or y[d + 1] not in _WE or y[d + 2] not in _MODAL:
        return False
    if not _np_word(x[d - 1]) or not stem(x[d + 1]) or stem(x[d + 1]) != stem(y[d + 3]):
        return False
    p, q = d + 2, d + 4
    if x[p] != y[q] or x[p] in MARKS or x[p + 1] not in _OWN or y[q + 1] not in _THEIRS:
        return False
    rest = x[p + 2 :]
    return bool(rest) and _np_word(rest[0]) and y[q + 2 :] == rest
