"""A unit or currency conversion asked in another form (pure).

"2 cups to ml", "Convert 2 cups to ml", "How many ml is 2 cups?", "what is 2 cups in ml"
ask one conversion: the amount, the unit it is in and the unit wanted. The classifier
reads the added "how many ... is" as a different question. ``same_conversion`` reads
the three from each side and compares them; the direction is kept ("2 cups to ml" /
"2 ml to cups" are two conversions), and a side it cannot read is never the same.
"""

from __future__ import annotations

import re

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
    # "400F" / "400 °F" / "400 degrees F" / "400 degrees Fahrenheit"
    (
        re.compile(r"\b(\d+)\s*(?:°\s*|degrees?\s+)?F\b(?![+#])(?!\s*(?:degrees|°))"),
        r"\1 degrees fahrenheit",
    ),
    (
        re.compile(r"\b(\d+)\s*(?:°\s*|degrees?\s+)?C\b(?![+#])(?!\s*(?:degrees|°))"),
        r"\1 degrees celsius",
    ),
)


# What one of `_SURFACE` needs (most prompts with a number have none of it).
_SURFACE_HINT_RE = re.compile(
    r"\d(?:(?i:k|st|nd|rd|th)\b|\s*°|\s*[FC]\b)"
    r"|\d\s+(?:degrees?\s+[FC]\b|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)


def surface(text: str) -> str:
    """``text`` with a quantity's other spellings made one: "$45k" -> "$45000", "July
    4th" -> "July 4", "400F" -> "400 degrees fahrenheit"."""
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
