"""One spelling for a fact question asked several ways, from closed tables (pure, precompiled).

"What year did X ..." / "In what year was X ..." ask what "When did / was X ..." asks (not
"What month / day"); "Who came up with X" / "Who created X" / "Who is credited with
inventing X" what "Who invented X" asks; "Which city is the capital of X" / "What's the
capital city of X" / "Which city is X's capital" / "capital of X" what "What is the capital
of X" asks. Names written several ways are written one way: "WW2" / "WWII" / "World War 2"
/ "the Second World War" are "World War II" (the first alike), "USSR" "Soviet Union", "UAE"
"United Arab Emirates", "UK" "United Kingdom", an ordinal word past "tenth"
("sixteenth") "16th" (the lexicon reads "third" .. "tenth"). Only
these closed phrases change: "When did X start" / "When did X end" still differ.
"""

from __future__ import annotations

import re

__all__ = ["canonical_fact_ask"]

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"^(\s*)(?:in\s+)?what\s+year\s+(did|was|were|does|is)\b", _I)
_INVENT_RE = re.compile(
    r"^(\s*)who\s+(?:came\s+up\s+with|created|is\s+credited\s+with\s+(?:inventing|creating)"
    r"|was\s+the\s+inventor\s+of)\s+(?=\S)",
    _I,
)
_CAPITAL_RE = re.compile(
    r"^\s*(?:(?:what\s+is|what's|which\s+city\s+is)\s+)?the\s+capital(?:\s+city)?\s+of\s+"
    r"(?P<x>[^?.!]+?)\s*[?.!]?\s*$"
    r"|^\s*(?:capital(?:\s+city)?\s+of)\s+(?P<y>[^?.!]+?)\s*[?.!]?\s*$"
    r"|^\s*(?:what\s+is|what's|which\s+city\s+is)\s+(?P<z>[^?.!]+?)(?:'s|\u2019s)\s+capital"
    r"(?:\s+city)?\s*[?.!]?\s*$",
    _I,
)
_ALIASES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (
        ("ww", "world war"),
        re.compile(
            r"\b(?:WW\s?(?:II|2)|World\s+War\s+(?:II|2|Two)|(?:the\s+)?Second\s+World\s+War)\b", _I
        ),
        "World War II",
    ),
    (
        ("ww", "world war"),
        re.compile(
            r"\b(?:WW\s?(?:I|1)|World\s+War\s+(?:I|1|One)|(?:the\s+)?First\s+World\s+War)\b", _I
        ),
        "World War I",
    ),
    (("ussr", "u.s.s.r"), re.compile(r"\bUSSR\b|\bU\.S\.S\.R\.?"), "Soviet Union"),
    (("uae",), re.compile(r"\bUAE\b"), "United Arab Emirates"),
    (("uk",), re.compile(r"\bUK\b"), "United Kingdom"),
)
_ORDINALS = {
    word: f"{n}th"
    for n, word in enumerate(
        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
        " nineteenth twentieth".split(),
        start=11,
    )
}
_ORDINAL_RE = re.compile(rf"\b(?:{'|'.join(_ORDINALS)})\b", _I)


def canonical_fact_ask(text: str) -> str:
    """``text`` with the fact asks and names above written one way, or itself."""
    if len(text) > 200:
        return text
    low = text.lower()
    if "what year" in low:
        text = _YEAR_RE.sub(lambda m: f"{m.group(1)}When {m.group(2).lower()}", text)
    if low.lstrip().startswith("who "):
        text = _INVENT_RE.sub(r"\1Who invented ", text)
    if "capital" in low and (m := _CAPITAL_RE.match(text)):
        text = f"What is the capital of {m.group('x') or m.group('y') or m.group('z')}?"
    if "ww" in low or "world war" in low or "U" in text:
        for needles, pattern, name in _ALIASES:
            if needles[0] in low or needles[-1] in low:
                text = pattern.sub(name, text)
    if "teenth" in low or "eleventh" in low or "twel" in low or "twentieth" in low:
        text = _ORDINAL_RE.sub(lambda m: _ORDINALS[m.group().lower()], text)
    return text
