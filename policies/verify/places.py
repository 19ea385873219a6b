"""A named place narrowed on one side to a place inside it (pure).

"Can I paint my garage door with graffiti in Denver?" / "... in a Denver historic district?",
"Can I fly a drone in Chicago?" / "... in a Chicago park?", "keep chickens in Austin" / "...
in an Austin HOA neighborhood", "carry a knife in London" / "... in a London school": one side
says "in X" for a proper place name X, the other "in a / an / the X N.." or "in X's N..",
where X has become a modifier of a place noun after it. The rules of the narrower place (a
historic district, a park, a school, an airport) differ from the city's, though every word
of the shorter side is kept and the classifier reads one or two added words as a paraphrase.

Read from the texts as typed (the capitals mark the name): the rest the same word for word
(case aside), the name one to three capitalised words right after "in" (or "in the"), the
narrowing side one of the articles (or the possessive "X's") before the same name and one to
four words after it that are no function words. The same place said another way is not read:
"in Denver, Colorado", "in the city of Denver", "in Denver city" (no article before the name),
nor "in the X" + a word that names the whole place or its surroundings (``_WHOLE``: "the
Chicago area", "the Denver metro", "the Austin city limits"). A lower-case name is not read,
nor a code or human language ("in Python" / "in a Python script"). The last word after the
name must be a kind of place found inside a named place (``PLACE_KINDS``: "park", "school",
"district", "airport", ...), so a product read as a name is left: "in Excel" / "in an Excel
spreadsheet", "in Docker" / "in a Docker container" ask the same thing.
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.additions import function_word

_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_NARROWING_ARTICLES = frozenset(("a", "an", "the"))
# Head nouns that name the whole place or the land around it, not a place inside it (a
# closed class: the words for an area, a settlement or a jurisdiction of a name itself).
_WHOLE = frozenset(
    """
    area areas region regions metro metroplex metropolitan vicinity surroundings environs
    city town village state province country nation territory limits proper itself
    """.split()
)
# The kinds of place a named place holds (a closed class: places by their use or their
# administration), read as the last word after the name, plural or not.
PLACE_KINDS = frozenset(
    """
    district neighborhood neighbourhood suburb borough county ward precinct township zone
    park garden forest reserve preserve beach lake river trail campground campsite marina
    harbor harbour port school campus university college library museum zoo hospital clinic
    airport station terminal stadium arena mall market square plaza street road highway
    building condo apartment complex hotel motel restaurant bar church courthouse prison jail
    office lot garage
    """.split()
)
# Names that are no place: a code or human language ("in Python" / "in a Python script", "in
# English" / "in an English essay" are left to the other checks).
_NOT_PLACES = lx.CODE_LANGUAGES | lx.HUMAN_LANGUAGES
_NAME_MAX = 3  # "in New York City"
_HEAD_MAX = 4  # "in a Miami Beach condo building"


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def _capital(tok: str) -> bool:
    return tok[:1].isupper()


def _name_at(toks: list[str], k: int) -> int:
    """The number of capitalised tokens from ``k`` on (at most ``_NAME_MAX``)."""
    n = 0
    while k + n < len(toks) and n < _NAME_MAX and _capital(toks[k + n]):
        n += 1
    return n


def _possessive(tok: str) -> str:
    """``tok`` without a possessive "'s" ("Denver's" -> "Denver"), or "" when it has none."""
    for mark in ("'s", "\u2019s"):
        if tok.endswith(mark) and len(tok) > len(mark):
            return tok[: -len(mark)]
    return ""


def _narrowed(x: list[str], y: list[str]) -> bool:
    """``x`` says "in X" and ``y`` "in a X N.." (or "in X's N..") with the rest the same."""
    low_x, low_y = [t.lower() for t in x], [t.lower() for t in y]
    if not 1 <= len(y) - len(x) <= _HEAD_MAX + 1:
        return False
    for p, w in enumerate(low_x):
        if w == "in" and low_x[: p + 1] == low_y[: p + 1] and _place_narrowed(x, y, p + 1):
            return True
    return False


def _place_narrowed(x: list[str], y: list[str], k: int) -> bool:
    """After "in" at ``k - 1`` on both sides: "(the) X" on ``x``, "a / the X N.." or "X's
    N.." on ``y``, the rest the same."""
    low_x, low_y = [t.lower() for t in x], [t.lower() for t in y]
    the = k < len(x) and low_x[k] == "the"
    n = _name_at(x, k + the)
    if n == 0:
        return False
    name = low_x[k + the : k + the + n]
    if _NOT_PLACES.intersection(name):
        return False
    rest = low_x[k + the + n :]
    if rest and _capital(x[k + the + n]):
        return False  # the name goes on ("in Salt Lake City" read at "Salt Lake")
    if low_y[k] in _NARROWING_ARTICLES and low_y[k + 1 : k + 1 + n] == name:
        article, first = low_y[k], k + 1
        head_from = first + n
    elif not the and low_y[k : k + n - 1] == name[:-1] and k + n <= len(y):
        if _possessive(y[k + n - 1]).lower() != name[-1]:
            return False
        article, first = "'s", k
        head_from = first + n
    else:
        return False
    if not all(_capital(t) for t in y[first:head_from]):
        return False
    tail = len(y) - len(rest)
    head = low_y[head_from:tail]
    if low_y[tail:] != rest or not 1 <= len(head) <= _HEAD_MAX:
        return False
    if any(function_word(w) or not w.isalpha() for w in head):
        return False
    last = head[-1]
    if last not in PLACE_KINDS and not (last.endswith("s") and last[:-1] in PLACE_KINDS):
        return False  # "in an Excel spreadsheet", "in a Docker container": no place
    if the and article == "the":
        return False  # "in the UK" / "in the UK countryside": left to the other checks
    return not (article == "the" and head[-1] in _WHOLE)  # "the Chicago area": the place


def narrowed_place(cached: str, incoming: str) -> bool:
    """One side says "in X" for a named place X, the other "in a / the X N.." or "in X's
    N..": a place inside X (see the module docstring)."""
    a, b = _tokens(cached), _tokens(incoming)
    return _narrowed(a, b) or _narrowed(b, a)
