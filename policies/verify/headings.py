"""A heading against a moving medium or force: a direction preposition before "the wind",
"the current", "the tide", "the traffic", "the grain" ... said after the same word on each
side, with another heading ("take off into the wind" / "take off with the wind", "swim
across the current" / "swim with the current"), or a one-word heading ("land a paraglider
into the wind" / "land a paraglider downwind"). Moving with a wind is not moving into it:
the answers differ. The same heading said two ways ("into the wind" / "against the wind",
"with the wind" / "before the wind") is one; both headings said on one side ("upstream or
downstream") is no flip.

Hardening pass 53 (blind round 366). Closed classes: the headings (prepositions and their
one-word forms, by the way they meet the medium) and the media they apply to (moving air,
moving water, flows one moves along). "into" is read before air, water and the sun only
("merge into traffic" is joining it, "step into the stream" entering it), "before" before a
wind only ("before the tide" is a time)."""

from __future__ import annotations

import itertools

from policies.verify import lexicon as lx

_AIR = frozenset("wind winds breeze breezes gale gales gust gusts".split())
_WATER = frozenset("current currents tide tides wave waves swell swells surf".split())
_FLOW = frozenset("stream flow traffic grain".split())
_SUN = frozenset(("sun",))

# The way a heading meets the medium: facing it, following it, crossing it.
_FACING, _FOLLOWING, _CROSSING = "facing", "following", "crossing"

# Preposition -> (way, the media it is read before).
_PREPOSITIONS: dict[str, tuple[str, frozenset[str]]] = {
    "into": (_FACING, _AIR | _WATER | _SUN),
    "against": (_FACING, _AIR | _WATER | _FLOW | _SUN),
    "with": (_FOLLOWING, _AIR | _WATER | _FLOW | _SUN),
    "before": (_FOLLOWING, _AIR),
    "across": (_CROSSING, _AIR | _WATER | _FLOW),
}

# One-word headings -> (way, the medium's class).
_ONE_WORD: dict[str, tuple[str, str]] = {
    "upwind": (_FACING, "air"),
    "downwind": (_FOLLOWING, "air"),
    "crosswind": (_CROSSING, "air"),
    "upstream": (_FACING, "water"),
    "downstream": (_FOLLOWING, "water"),
    "upriver": (_FACING, "water"),
    "downriver": (_FOLLOWING, "water"),
    "upcurrent": (_FACING, "water"),
    "downcurrent": (_FOLLOWING, "water"),
}


def _medium_class(word: str) -> str:
    if word in _AIR:
        return "air"
    if word in _WATER or word in ("stream", "flow"):
        return "water"
    return word  # traffic, grain, sun: a class of their own


_PRONOUNS = frozenset(("it", "them"))
_MODIFIER_SPAN = 1  # words at most between the determiner and the medium ("a strong wind")


def _headings(words: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(the word before the heading, the medium's class, the way) for each heading."""
    found: set[tuple[str, str, str]] = set()
    n = len(words)
    for k in range(1, n):
        w = words[k]
        if w in _ONE_WORD:
            way, medium = _ONE_WORD[w]
            found.add((words[k - 1], medium, way))
            continue
        read = _PREPOSITIONS.get(w)
        if read is None:
            continue
        way, media = read
        j = k + 1
        if j < n and words[j] in lx.DETERMINERS:
            j += 1
        for m in range(j, min(j + _MODIFIER_SPAN + 1, n)):
            if words[m] in media:
                found.add((words[k - 1], _medium_class(words[m]), way))
                break
    return found


def _referred(words: tuple[str, ...]) -> set[str]:
    """The ways of headings said before a pronoun ("with traffic or against it")."""
    return {
        _PREPOSITIONS[w][0]
        for w, after in itertools.pairwise(words)
        if w in _PREPOSITIONS and after in _PRONOUNS
    }


def heading_flipped(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """After the same word and before the same medium, one side heads one way and the other
    another (``_headings``), neither side saying the other's heading there too, nor before a
    pronoun ("Should I ride with traffic or against it?")."""
    ha, hb = _headings(wa), _headings(wb)
    if not ha or not hb:
        return False
    only_b = hb - ha
    ra, rb = _referred(wa), _referred(wb)
    return any(
        other[:2] == (before, medium) and other[2] != way and other[2] not in ra and way not in rb
        for before, medium, way in ha - hb
        for other in only_b
    )
