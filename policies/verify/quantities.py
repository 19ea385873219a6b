"""A unit or currency conversion asked in another form (pure).

"2 cups to ml", "Convert 2 cups to ml", "How many ml is 2 cups?", "what is 2 cups in ml"
ask one conversion: the amount, the unit it is in and the unit wanted. The classifier
reads the added "how many ... is" as a different question. ``same_conversion`` reads
the three from each side and compares them; the direction is kept ("2 cups to ml" /
"2 ml to cups" are two conversions), and a side it cannot read is never the same.
``surface`` writes a quantity's other spellings one way before the parse ("$45k", "400F",
"minus 20", "20 below zero").
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.text import Parsed
from policies.verify.words import canonical

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Full names only, and "May" as a name ("10 may be" is no date).
_FULL_MONTHS = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|(?-i:May))"
)
# Quantities written two ways the word rules read as two numbers or two units.
_SURFACE: tuple[tuple[re.Pattern[str], str], ...] = (
    # "$45k" / "$45,000", "10k steps" / "10,000 steps" (not "a 10k run": ten kilometres)
    (re.compile(r"(?<=\$)(\d+)k\b", re.IGNORECASE), r"\g<1>000"),
    (
        re.compile(
            r"\b(\d+)k(?= (?:steps|gallons?|words|followers|views|subscribers|users|miles"
            r"|salary|mortgage|loan|budget|dollars|usd)\b)",
            re.IGNORECASE,
        ),
        r"\g<1>000",
    ),
    # "July 4th" / "July 4", "4th of July" / "4 July": an ordinal day of a month
    (re.compile(rf"\b({_MONTHS}\.?\s+\d{{1,2}})(?:st|nd|rd|th)\b", re.IGNORECASE), r"\1"),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)(?:\s+of)?(?=\s+{_MONTHS}\b)", re.IGNORECASE),
        r"\1",
    ),
    # "4 July 2026" / "July 4, 2026": the month first
    (re.compile(rf"\b(\d{{1,2}})\s+({_FULL_MONTHS})\b(?!\s*\d{{1,2}}\b)", re.IGNORECASE), r"\2 \1"),
    # "20 below zero" / "20 degrees below zero" / "it's 20 below." / "-20 degrees": a
    # temperature under zero (not "20 below the limit", "10 below par": something follows)
    (
        re.compile(
            r"(?<![\w.\-\u2212$€£¥₹])(\d+(?:\.\d+)?)(?:\s*°|\s+degrees?)?\s+below"
            r"(?:\s+(?:zero|0)\b|(?=\s*(?:[?!,;]|\.(?!\d)|$)))",
            re.IGNORECASE,
        ),
        r"-\1 degrees",
    ),
    # "400F" / "400 °F" / "400 degrees F" / "400 degrees Fahrenheit" / "400 Fahrenheit"
    (
        re.compile(
            r"\b(\d+)\s*(?:°\s*|degrees?\s+)?(?:F\b(?![+#])|(?i:fahrenheit)\b)"
            r"(?!\s*(?:degrees|°))"
        ),
        r"\1 degrees fahrenheit",
    ),
    (
        re.compile(
            r"\b(\d+)\s*(?:°\s*|degrees?\s+)?(?:C\b(?![+#])|(?i:celsius|centigrade)\b)"
            r"(?!\s*(?:degrees|°))"
        ),
        r"\1 degrees celsius",
    ),
)


# What one of `_SURFACE` needs (most prompts with a number have none of it).
_SURFACE_HINT_RE = re.compile(
    r"\d(?:(?i:k|st|nd|rd|th)\b|\s*°|\s*[FC]\b)"
    r"|\d\s+(?:degrees?\s+[FC]\b|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|(?:degrees?\s+)?(?:below|fahrenheit|celsius|centigrade)))"
)

# A number's minus sign said in words: "minus 20" at the start, after a function word or a
# contraction ("at minus 20", "it's minus 20", "I'm minus 3"), read as "-20"; "negative 20"
# only before a degree ("negative 20 degrees", "negative 5 °C": "was negative 2 days in a
# row" is a test's result). Not after a number, a letter or a content word ("10 minus 2", "x
# minus 2", "the price minus 20%" subtract), nor in "plus or minus 5" (a margin).
_SIGN_WORD_RE = re.compile(
    r"(?:^|(?<=[(,:;\"])|(?<![\w'\u2019])(?P<prev>[A-Za-z'\u2019]+))\s*"
    r"\b(?:minus|(?P<neg>negative))\s+(?=\d)"
    r"(?(neg)(?=[\d.]+\s*(?:°|degrees?\b|(?-i:[FC])\b|fahrenheit\b|celsius\b)))",
    re.IGNORECASE,
)
_MARGIN_RE = re.compile(r"\bplus\s*(?:or|/)?\s*$", re.IGNORECASE)
# prepositions of place on a scale, not stopwords, that a minus after never subtracts from
_ON_A_SCALE = frozenset("between around under over below above near".split())


def _sign_word(m: re.Match[str]) -> str:
    prev = m.group("prev")
    said = m.group(0)
    if prev is None:
        if _MARGIN_RE.search(m.string, 0, m.start()):
            return said  # "plus/minus 5"
        return said[: len(said) - len(said.lstrip())] + "-"
    low = prev.casefold()
    if low == "or" and _MARGIN_RE.search(m.string, 0, m.start() + len(prev)):
        return said  # "plus or minus 5"
    if (
        "'" in low
        or "\u2019" in low
        or low in _ON_A_SCALE
        or (len(low) > 1 and low in lx.STOPWORDS)
    ):
        return prev + " -"
    return said


def surface(text: str) -> str:
    """``text`` with a quantity's other spellings made one: "$45k" -> "$45000", "July
    4th" -> "July 4", "400F" -> "400 degrees fahrenheit", and a temperature's minus sign
    said in words written as the sign ("minus 20 Fahrenheit" / "20 below zero" / "-20°F"
    read "-20 degrees ..."), which the parse keeps on the number (`verify` compares the
    negative numbers of two prompts whose words are the same)."""
    if ("inus" in text or "egative" in text) and _SIGN_WORD_RE.search(text):
        text = _SIGN_WORD_RE.sub(_sign_word, text)
    if not _SURFACE_HINT_RE.search(text):
        return text
    for pattern, repl in _SURFACE:
        text = pattern.sub(repl, text)
    return text


_UNIT = r"[a-z]+(?: [a-z]+)?"
_TO_RE = re.compile(
    rf"(?:convert |what is |how much is )?(\d[\d.]*) ({_UNIT}) (?:to|in|into) ({_UNIT})"
)
_SUFFIX_RE = re.compile(r" (?:exchange rate|exchange|conversion)$")
_HOW_MANY_RE = re.compile(
    rf"how many ({_UNIT}) (?:is|are|in|make|equal|equals) (\d[\d.]*) ({_UNIT})"
)


_MAX_WORDS = 12  # "how many fluid ounces are in 2 cups" at most


def _unit(text: str) -> tuple[str, ...]:
    return tuple(canonical(w) for w in text.split())


def conversion(p: Parsed) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(amount, from unit, to unit) when the whole prompt asks one conversion, else None."""
    if not p.numbers or len(p.words) > _MAX_WORDS:
        return None
    text = _SUFFIX_RE.sub("", " ".join(p.words))
    m = _TO_RE.fullmatch(text)
    if m:
        return m.group(1), _unit(m.group(2)), _unit(m.group(3))
    m = _HOW_MANY_RE.fullmatch(text)
    if m:
        return m.group(2), _unit(m.group(3)), _unit(m.group(1))
    return None


def same_conversion(a: Parsed, b: Parsed) -> bool:
    """Both prompts ask the same conversion, in any of the forms ``conversion`` reads."""
    ca = conversion(a)
    return ca is not None and ca == conversion(b)


def conversion_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both prompts ask a conversion and not the same one: "2 cups to ml" / "How many
    cups is 2 ml?" (the words alike, the direction reversed)."""
    ca = conversion(a)
    if ca is None:
        return False
    cb = conversion(b)
    return cb is not None and ca != cb
