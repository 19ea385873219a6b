"""One thing against two, a comparison against sameness (pure): near-misses the classifier
serves because only a word or two differ.

- ``one_against_separate``: the same noun is one shared thing on one side and separate
  things on the other ("on the same ticket" / "on a separate ticket", "one account" /
  "different accounts", "a joint return" / "separate returns"): who may recheck a bag or
  file together depends on it. Widened in hardening pass 31 (blind rounds 218-220) to
  sameness against difference of a dimension said of the same noun ("all the same height"
  / "uneven in height", "of equal size" / "of mixed sizes", "the same color" / "that
  differ in color"), and to a sameness marker negated ("not the same height") read as
  difference. Hardening pass 42 (blind rounds 279 and 281) pairs each marker with its own
  noun: a marker both sides say of another noun no longer hides it ("the same house in two
  contests the same year" / "the same house in two contests in different years").
- ``comparison_against_sameness``: one side compares ("a bigger gift than my bridesmaids"),
  the other asks for sameness ("the same gift as my bridesmaids"), the rest word for word.
- ``same_against_other``: the same noun named as this one ("that zone", "this size", "the
  same size") on one side and as another one ("a different zone", "another zone", "a
  larger size") on the other, the rest word for word.
"""

from __future__ import annotations

from policies.verify.direction import differing
from policies.verify.text import Parsed

# one shared thing / several separate ones; and a dimension alike / unlike across the
# members of one noun ("all the same height" / "uneven in height", "of equal size" / "of
# mixed sizes", "the same color" / "that differ in color")
_ONE = frozenset(
    """same one single joint shared combined
    equal identical uniform matching matched consistent similar alike""".split()
)
_MANY = frozenset(
    """separate different individual distinct multiple
    uneven unequal mixed varying varied various assorted mismatched inconsistent dissimilar
    differing differ differs vary varies""".split()
)
_MARKERS = _ONE | _MANY
_NOUN_SPAN = 2  # the noun right after the marker, or one word later ("uneven in height")
_NEGATION_SPAN = 3  # "not" this many words before a marker ("aren't all the same height")
# a marker ending its clause says it of the noun before the verb ("tiles that are all the
# same", "heights that vary", "whose sizes differ"): the words read back over to that noun
_COPULAS = frozenset("are is were was be been being".split())
_PREDICATE_ALSO = frozenset("all the both exactly not".split())
_RELATIVES = frozenset("that which who whose".split())
_VERB_MARKERS = frozenset("differ differs vary varies".split())


def _subject(words: tuple[str, ...], canon: tuple[str, ...], i: int) -> str:
    """The noun (canonical) a clause-final marker at ``i`` is said of: "tiles that are (all
    the) same", "heights are uneven", "tiles that differ"; "" when there is none."""
    k = i - 1
    while k >= 0 and words[k] in _PREDICATE_ALSO:
        k -= 1
    if words[i] not in _VERB_MARKERS:
        if k < 0 or words[k] not in _COPULAS:
            return ""
        k -= 1
    if k >= 0 and words[k] in _RELATIVES:
        k -= 1
    return canon[k] if k >= 0 else ""


def _marks(p: Parsed) -> list[tuple[str, str, bool]]:
    """Every marker with the noun (canonical) it is said of and whether it is negated."""
    out: list[tuple[str, str, bool]] = []
    words, canon = p.words, p.canon
    for i, w in enumerate(words):
        if w not in _MARKERS:
            continue
        negated = "not" in words[max(0, i - _NEGATION_SPAN) : i]
        if w == "one" and (words[i - 1 : i] == ("than",) or "another" in words or "other" in words):
            # "more than one estimate" is several; "from one home to another", "one leg
            # longer than the other" set two apart
            continue
        end = min(i + 1 + _NOUN_SPAN, len(words))
        noun = next((canon[k] for k in range(i + 1, end) if canon[k]), "")
        ends = i + 1 == len(words) or p.sentences[i + 1 : i + 2] != p.sentences[i : i + 1]
        if not noun and ends:
            noun = _subject(words, canon, i)
        if noun:
            out.append((w, noun, negated))
    return out


def _marked(p: Parsed, markers: frozenset[str], other: Parsed) -> set[str]:
    """The nouns (canonical) after a marker the other side does not say of the same noun, or
    the one a marker ending its clause is said of; a marker negated ("not the same height",
    "aren't identical in size") is read as its opposite. A marker both sides say of another
    noun still counts ("the same house ... the same year" / "the same house ... in different
    years")."""
    theirs = {(w, noun) for w, noun, _ in _marks(other)}
    return {
        noun
        for w, noun, negated in _marks(p)
        if (w, noun) not in theirs and (w in markers) != negated
    }


def one_against_separate(a: Parsed, b: Parsed) -> bool:
    """The same noun after "same" / "one" / "joint" / "equal" ... on one side and after
    "separate" / "different" / "uneven" / "mixed" / "differ in" ... on the other ("the same
    ticket" / "a separate ticket", "all the same height" / "uneven in height")."""
    if _MARKERS.isdisjoint(a.words) or _MARKERS.isdisjoint(b.words):
        return False
    return bool(
        _marked(a, _ONE, b) & _marked(b, _MANY, a) or _marked(b, _ONE, a) & _marked(a, _MANY, b)
    )


_COMPARING = frozenset("more less fewer".split())
_SAME_SPAN = 4  # "the same" ... "as" within this many words


def _middles(a: Parsed, b: Parsed) -> tuple[tuple[str, ...], tuple[str, ...]]:
    p, ea, eb = differing(a.words, b.words)
    return a.words[p:ea], b.words[p:eb]


def _compares(mid: tuple[str, ...]) -> bool:
    """ "bigger ... than", "more ... than" in the differing words."""
    if "than" not in mid or "same" in mid:
        return False
    k = mid.index("than")
    return any(w in _COMPARING or (len(w) > 3 and w.endswith("er")) for w in mid[:k])


def _sameness(mid: tuple[str, ...]) -> bool:
    """ "the same ... as" in the differing words."""
    if "than" in mid or "same" not in mid:
        return False
    k = mid.index("same")
    return "as" in mid[k + 1 : k + 1 + _SAME_SPAN]


def comparison_against_sameness(a: Parsed, b: Parsed) -> bool:
    """One side compares, the other asks for the same, the words around them kept ("a bigger
    gift than my bridesmaids" / "the same gift as my bridesmaids")."""
    ma, mb = _middles(a, b)
    if len(ma) > _SAME_SPAN + 2 or len(mb) > _SAME_SPAN + 2:
        return False
    return (_compares(ma) and _sameness(mb)) or (_compares(mb) and _sameness(ma))


# "that zone" / "the same size" against "a different zone" / "a larger size"
_THIS = frozenset("same that this these those".split())
_THIS_ALSO = frozenset("the exact very".split())
_OTHERING = frozenset("different another other else separate".split())
_LARGER = frozenset(
    """bigger larger smaller higher lower longer shorter wider narrower heavier lighter
    older newer younger thicker thinner greater deeper shallower faster slower stronger
    weaker taller cheaper warmer cooler hotter colder softer harder darker brighter louder
    quieter more less fewer""".split()
)
_OTHER_ALSO = frozenset("the a an much slightly bit little".split())
_DET_SPAN = 3  # the differing words, at most, on each side


def _is_this(mid: tuple[str, ...]) -> bool:
    return any(w in _THIS for w in mid) and all(w in _THIS or w in _THIS_ALSO for w in mid)


def _is_other(mid: tuple[str, ...]) -> bool:
    marked = [w for w in mid if w in _OTHERING or w in _LARGER]
    return bool(marked) and all(w in _OTHERING or w in _LARGER or w in _OTHER_ALSO for w in mid)


def same_against_other(a: Parsed, b: Parsed) -> bool:
    """Only the words before a kept noun differ: this one ("that zone", "the same size") on
    one side, another one ("a different zone", "another zone", "a larger size") on the
    other ("a permit for that zone" / "a permit for a different zone")."""
    ma, mb = _middles(a, b)
    if not ma or not mb or len(ma) > _DET_SPAN or len(mb) > _DET_SPAN:
        return False
    # a noun after the differing words: both end alike (both middles are short of the end)
    if a.words[-1] != b.words[-1]:
        return False
    return (_is_this(ma) and _is_other(mb)) or (_is_this(mb) and _is_other(ma))
