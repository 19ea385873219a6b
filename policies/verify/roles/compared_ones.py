"""Role pass 196 (blind round 350): the two sides of a comparison traded where a side is said
with a stand-in ("My pole studio is cheaper than the one across town" / "The pole studio
across town is cheaper than mine").

``stand_in_sides_traded`` (a trade, in ``_LATER_TRADES``): "P X R than Y T" against "P X' R
than Y' T", P and T the same (T from the first clause mark after Y), R the same predicate
ending in the word before "than" (the comparative, "is cheaper", "bigger"), each compared side
a noun phrase led by a determiner or an owner, or a standalone owner. A stand-in is resolved
first: "one / ones" after a determiner (and its modifiers) stands for the other side's words
but its lead ("the one across town" against "my pole studio": "the pole studio across town"),
"mine / ours / yours / hers / theirs" for the owner with the other side's words ("mine" against
"the car my sister drives": "my car my sister drives"). The sides are traded when each side's
words (the articles left out) are nearer the other prompt's other side than its same side, as
a share of the words the two say: the comparison's direction is reversed. A stand-in must be
said on one prompt; the same sides said two ways ("than the one across town" / "than the
studio across town", "than mine" / "than my studio") and another predicate ("is cheaper" / "is
dearer", "costs less") are left.
"""

from __future__ import annotations

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.roles.written import LEADS
from policies.verify.text import Parsed

_LEADS = LEADS | {"its"}  # the determiners and owners of `written`, and "its"
_STANDALONE = {"mine": "my", "ours": "our", "yours": "your", "hers": "her", "theirs": "their"}
_ONES = frozenset(("one", "ones"))
_ARTICLES = frozenset(("the", "a", "an", "'s"))
# where a noun phrase's nominal ends: a preposition, a relative mark, another lead (closed)
_AFTER_NOMINAL = _LEADS | frozenset(
    "across at by from in into near of off on over past under up down with within outside "
    "inside behind beyond next who that which whom whose i you he she we they".split()
)
_MAX_SIDE = 8  # words in a compared side
_NEAR = 0.5  # least share of words a traded side says with the other prompt's side


def _split(x: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """The words before "than" in its clause, the side after it (to a clause mark), the rest."""
    if x.count("than") != 1:
        return None
    i = x.index("than")
    start = max((j + 1 for j in range(i) if x[j] in PUNCT), default=0)
    end = next((j for j in range(i + 1, len(x)) if x[j] in PUNCT), len(x))
    return x[start:i], x[i + 1 : end], (*x[:start], "|", *x[end:])


def _side_ok(side: tuple[str, ...]) -> bool:
    if not side or len(side) > _MAX_SIDE or "than" in side:
        return False
    return side[0] in _LEADS or (len(side) == 1 and side[0] in _STANDALONE)


def _nominal(side: tuple[str, ...]) -> tuple[str, ...]:
    """A side's words after its lead up to its head ("the pole studio across town": "pole
    studio"; "the other builder's quote": "quote"; "the car my sister drives": "car")."""
    rest = side[1:] if side and side[0] in _LEADS else side
    if "'s" in rest:
        rest = rest[len(rest) - rest[::-1].index("'s") :]
    end = next((k for k, w in enumerate(rest) if k and w in _AFTER_NOMINAL), len(rest))
    return rest[:end]


def _resolved(side: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """``side`` with a stand-in said as ``other``'s nominal."""
    rest = _nominal(other)
    if len(side) == 1 and side[0] in _STANDALONE:
        return (_STANDALONE[side[0]], *rest)
    for k, w in enumerate(side):
        if w in _ONES and k > 0 and side[0] in _LEADS:
            return side[:k] + rest + side[k + 1 :]
    return side


def _stand_in(side: tuple[str, ...]) -> bool:
    if len(side) == 1:
        return side[0] in _STANDALONE
    return side[0] in _LEADS and not _ONES.isdisjoint(side[1:])


def _share(x: tuple[str, ...], y: tuple[str, ...]) -> float:
    sx, sy = set(x) - _ARTICLES, set(y) - _ARTICLES
    return len(sx & sy) / len(sx | sy) if sx | sy else 1.0


def _sides(
    pre: tuple[str, ...], other_pre: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The common lead of two clauses before "than" (no determiner in it) cut off, and the
    common predicate at their end; the predicate leaves each side two words at least."""
    p = 0
    while p < min(len(pre), len(other_pre)) and pre[p] == other_pre[p] and pre[p] not in _LEADS:
        p += 1
    s = 0
    while s < min(len(pre), len(other_pre)) - p and pre[-1 - s] == other_pre[-1 - s]:
        s += 1
    while s and (len(pre) - p - s < 2 or len(other_pre) - p - s < 2):
        s -= 1
    if not s:
        return None
    return pre[p : len(pre) - s], other_pre[p : len(other_pre) - s]


def stand_in_sides_traded(a: Parsed, b: Parsed) -> bool:
    """ "X R than the one Y" / "Y R than mine": the compared sides traded, a stand-in said."""
    if "than" not in a.words or "than" not in b.words:
        return False
    ra, rb = _split(owned_tokens(a.source)), _split(owned_tokens(b.source))
    if ra is None or rb is None or ra[2] != rb[2]:
        return False
    sides = _sides(ra[0], rb[0])
    if sides is None:
        return False
    (xa, xb), ya, yb = sides, ra[1], rb[1]
    if not all(_side_ok(s) for s in (xa, xb, ya, yb)):
        return False
    if not any(_stand_in(s) for s in (xa, xb, ya, yb)):
        return False
    xa, ya = _resolved(xa, ya), _resolved(ya, xa)
    xb, yb = _resolved(xb, yb), _resolved(yb, xb)
    if (xa, ya) == (xb, yb):
        return False
    crossed = (_share(xa, yb), _share(ya, xb))
    straight = _share(xa, xb) + _share(ya, yb)
    return min(crossed) >= _NEAR and sum(crossed) > straight
