"""Role pass 32 (round 101): a place said for the other owner traded with the asker's "our":
"The escape room next door plays loud music that ruins our rooms" / "Our escape room plays loud
music that ruins the rooms next door", "The dog upstairs bit my cat" / "My dog bit the cat
upstairs". "the N next door" names the neighbor's N: both sides are read with "the N PLACE" said
as "the neighbor's N" and compared again (the owners then trade between the two nouns)."""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_PLACE = (
    r"(?:next door|upstairs|downstairs|across the (?:street|hall|road)|down the (?:street|hall))"
)
_PLACE_RE = re.compile(rf"\bthe ((?:[a-z]+ ){{0,2}}[a-z]+) {_PLACE}\b", re.IGNORECASE)
_FIND_RE = re.compile(rf"\b{_PLACE}\b", re.IGNORECASE)
_MINE = frozenset(("my", "our"))
# Role pass 143 (blind rounds 279-281): "the N P the M next door" names the neighbor's N as well
# ("My cat keeps killing the chicks on the farm next door" / "The cat from the farm next door
# keeps killing my chicks": whose cat kills whose chicks); the N one to three words, none a
# determiner or a preposition
_NOUN = r"(?:(?!(?:the|a|an|my|our|on|in|at|from|of)\b)[a-z]+)"
_HELD_RE = re.compile(
    rf"\bthe ((?:{_NOUN} ){{0,2}}{_NOUN}) (?:on|in|at|from|of) the (?:[a-z]+ )?[a-z]+ {_PLACE}\b",
    re.IGNORECASE,
)


def place_owned(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _MINE.isdisjoint(a.words) or _MINE.isdisjoint(b.words):
        return None
    if not (_FIND_RE.search(a.source) and _FIND_RE.search(b.source)):
        return None
    ra, rb = (
        _PLACE_RE.sub(r"the neighbor's \1", _HELD_RE.sub(r"the neighbor's \1", a.source)),
        _PLACE_RE.sub(r"the neighbor's \1", _HELD_RE.sub(r"the neighbor's \1", b.source)),
    )
    if ra == a.source and rb == b.source:
        return None
    return parse(ra), parse(rb)
