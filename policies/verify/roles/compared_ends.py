"""Role pass 163 (blind round 305): two compared parties or a move's two ends traded where
the words are not kept exactly ("Does the family that hosts pay more than the family that
doesn't?" / "Does the family that doesn't host pay more than the family that hosts?"; "Our au
pair is moving from our family to a family in Boston" / "An au pair is moving from a family in
Boston to our family").

``relatives_compared_traded`` (a trade, in ``_LATER_TRADES``): "P N R1 C than N' R2 T", the two
compared noun phrases told apart by a relative clause ("who / that / which ..."), one said with
"not" and the other without (the second often elided, "that doesn't" / "who do"). Read without
"not" and the auxiliary "do", the part before "than" is the same on both sides and so is the
part after it (a verb said again after the elided relative read as the one before "than"),
while which relative is denied is traded: the comparison's direction is reversed. The same
relative denied on both sides, no relative on a side and "as ... as" are left.

``move_ends_traded`` (a trade, in ``_LATER_TRADES``): "from X to Y" / "from Y to X", each end a
noun phrase led by a determiner or an owner ("our family", "a family in Boston": lead, words and
an optional "in / at / from / of / near Z"), the two ends led by different words and each side's
origin the other side's destination; the rest the same once determiners and owners are left
out ("Our au pair" / "An au pair"). The same direction in other words ("to a Boston family")
and ends with the same lead ("from the airport to the hotel") are left.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, OWNER, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_RELATIVES = frozenset(("who", "that", "which"))
_DO = frozenset(("do", "does", "did", "not", "never"))
_SYMMETRIC = frozenset(("rather", "other", "different", "differently"))
_DETERMINERS = frozenset("a an the this that these those some another".split()) | frozenset(OWNER)
_POST = frozenset("in at from of near outside".split())
_END_MAX = 6  # "a family in new york city"


def _denied(part: tuple[str, ...], last: bool) -> bool | None:
    """Whether the relative nearest "than" in ``part`` (its last, or its first) is denied."""
    marks = [i for i, w in enumerate(part) if w in _RELATIVES]
    if not marks:
        return None
    i = marks[-1] if last else marks[0]
    clause = part[i + 1 :] if last else part[i + 1 : i + 4]
    return "not" in clause or "never" in clause


def relatives_compared_traded(a: Parsed, b: Parsed) -> bool:
    """ "N that V C than N' that doesn't" / "N that doesn't V C than N' that V-s"."""
    if "than" not in a.words or "than" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if ta.count("than") != 1 or tb.count("than") != 1:
        return False
    i, j = ta.index("than"), tb.index("than")
    if ta[i - 1] in _SYMMETRIC or tb[j - 1] in _SYMMETRIC:
        return False
    pa, qa, pb, qb = ta[:i], ta[i + 1 :], tb[:j], tb[j + 1 :]
    da, ea = _denied(pa, True), _denied(qa, False)
    db, eb = _denied(pb, True), _denied(qb, False)
    if None in (da, ea, db, eb) or da == ea or db == eb or da == db:
        return False
    ra, rb = _read(pa), _read(pb)
    if ra != rb:
        return False
    said = set(ra)
    return [w for w in _read(qa) if w not in said] == [w for w in _read(qb) if w not in said]


def _read(part: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem(w) for w in part if w not in _DO and w not in MARKS)


def _end(t: tuple[str, ...], k: int, stop: str | None) -> int | None:
    """Where the noun phrase starting at ``t[k]`` (led by a determiner) ends, or None."""
    if k >= len(t) or t[k] not in _DETERMINERS:
        return None
    e = k + 1
    while e < len(t) and e - k <= _END_MAX and t[e] not in MARKS and t[e] != stop:
        if t[e] in _DETERMINERS and t[e - 1] not in _POST:
            return None
        e += 1
    if e - k > _END_MAX or e == k + 1:
        return None
    return e


def _move(t: tuple[str, ...]) -> tuple[int, int, tuple[str, ...], tuple[str, ...]] | None:
    """The one "from X to Y" in ``t``: its span and its two ends."""
    if t.count("from") != 1:
        return None
    k = t.index("from")
    m = _end(t, k + 1, "to")
    if m is None or m >= len(t) or t[m] != "to":
        return None
    x = t[k + 1 : m]
    e = _end(t, m + 1, None)
    if e is None:
        return None
    # "to a family in Boston": the end's post-modifier ends at a mark (or the text's end)
    y = t[m + 1 : e]
    if any(w in _DETERMINERS for w in y[1:] if w not in OWNER) and not any(w in _POST for w in y):
        return None
    return k, e, x, y


def _flat(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words if w not in _DETERMINERS and w not in MARKS)


def _np(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("a" if w == "an" else stem(w) for w in words)


def move_ends_traded(a: Parsed, b: Parsed) -> bool:
    """ "S V from X to Y R" / "S' V from Y to X R", S and S' apart by a determiner only."""
    if "from" not in a.words or "from" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    ma, mb = _move(ta), _move(tb)
    if ma is None or mb is None:
        return False
    (ka, ea, xa, ya), (kb, eb, xb, yb) = ma, mb
    if xa[0] == ya[0] or _np(xa) != _np(yb) or _np(ya) != _np(xb):
        return False
    if _flat(ta[:ka]) != _flat(tb[:kb]) or _flat(ta[ea:]) != _flat(tb[eb:]):
        return False
    return _flat(xa) != _flat(ya) or xa[0] != ya[0]
