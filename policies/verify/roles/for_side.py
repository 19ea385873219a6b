"""Role pass 194 (blind rounds 348-350): an owner traded with a "for" phrase said on one side.

``let_place_traded``: "P in / of my P1.. to X.. R" against "P in / of X2.. for my P2.. R", the
same start P ending in a place preposition and the same rest R: on one side the asker owns
the place and lets part of it to X (landlord), on the other X owns it and the asker's thing
goes into it (tenant) ("I'm renting space in my banya to a yoga studio" / "I'm renting space
in a yoga studio for my banya"). The head of the asker's place and of X are both said in the
other side's phrase, so the same two things are read with their owner traded.

``benefit_owner_traded``: "P V my N.. R" against "P V his / her / their N.. for me R" (or
"our" and "for us"), P saying a third party before an infinitive "to V" (the one asked): the
owner of the thing traded from the asker to that party, the benefactive "for me" added where
the party owns it ("ask the tailor to copy my old blouse" / "... to copy his old blouse for
me"). The same owner with "for me" added, and another word for the party, are left."""

from __future__ import annotations

from policies.verify.roles.written import MARKS, NOT_IN_PHRASE, OWNER, PERSON, THIRD, tokens
from policies.verify.text import Parsed

_ASKER_OWNER = {"my": "me", "our": "us"}
_PLACE = frozenset("in of at on inside within".split())
_LEADS = frozenset("a an the some".split())


def _shared(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    i = 0
    while i < len(x) and i < len(y) and x[i] == y[i]:
        i += 1
    return i


def _segment(t: tuple[str, ...], i: int) -> int:
    """The end of the phrase that starts at `i`: the first mark, or the end."""
    j = i
    while j < len(t) and t[j] not in MARKS:
        j += 1
    return j


def _words(run: tuple[str, ...]) -> list[str]:
    return [w[:-2] if w.endswith("'s") else w for w in run]


def _content(run: tuple[str, ...]) -> bool:
    return 1 <= len(run) <= 4 and all(w not in NOT_IN_PHRASE for w in run)


def _let_read(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """`x` says "in my P to X", `y` says "in X2 for my P2"."""
    i = _shared(x, y)
    if i < 2 or i >= len(x) or i >= len(y) or x[i - 1] not in _PLACE:
        return False
    ex, ey = _segment(x, i), _segment(y, i)
    if x[ex:] != y[ey:] or x[i] not in _ASKER_OWNER:
        return False
    sx, sy = x[i:ex], y[i:ey]
    if sx.count("to") != 1 or sy.count("for") != 1:
        return False
    k, m = sx.index("to"), sy.index("for")
    owned, party = sx[1:k], sx[k + 1 :]
    if party[:1] and party[0] in _LEADS:
        party = party[1:]
    other = sy[:m]
    if other[:1] and other[0] in _LEADS:
        other = other[1:]
    mine = sy[m + 1 :]
    if mine[:1] != (x[i],):
        return False
    mine = mine[2:] if mine[1:2] == ("own",) else mine[1:]
    if not (_content(owned) and _content(party) and _content(other) and _content(mine)):
        return False
    said = set(_words(other)) | set(_words(mine))
    return owned[-1] in said and party[-1] in said


def let_place_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _let_read(ta, tb) or _let_read(tb, ta)


def _benefit_read(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """`x` says "to V my N.. R", `y` says "to V his N.. for me R"."""
    i = _shared(x, y)
    if i < 4 or i >= len(x) or i >= len(y) or x[i - 2] != "to":
        return False
    if x[i] not in _ASKER_OWNER or OWNER.get(y[i]) not in THIRD:
        return False
    asked = x[: i - 2]
    if not any(w not in NOT_IN_PHRASE or PERSON.get(w) in THIRD for w in asked[1:]):
        return False
    me = _ASKER_OWNER[x[i]]
    n = len(x) - i - 1  # x[i+1:] is N.. R; y[i+1:] is N.. for me R
    if len(y) != len(x) + 2:
        return False
    for k in range(1, n + 1):
        if x[i + 1 : i + 1 + k] != y[i + 1 : i + 1 + k]:
            return False
        if y[i + 1 + k : i + 3 + k] == ("for", me) and x[i + 1 + k :] == y[i + 3 + k :]:
            return all(w not in NOT_IN_PHRASE for w in x[i + 1 : i + 1 + k])
    return False


def benefit_owner_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _benefit_read(ta, tb) or _benefit_read(tb, ta)
