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


def place_owned(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _MINE.isdisjoint(a.words) or _MINE.isdisjoint(b.words):
        return None
    if not (_FIND_RE.search(a.source) and _FIND_RE.search(b.source)):
        return None
    ra, rb = (
        _PLACE_RE.sub(r"the neighbor's \1", a.source),
        _PLACE_RE.sub(r"the neighbor's \1", b.source),
    )
    if ra == a.source and rb == b.source:
        return None
    return parse(ra), parse(rb)
