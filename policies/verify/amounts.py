"""Amounts and specs written in other forms, rewritten to one before any rule reads them
(pure, precompiled): a price ("$500" / "500 dollars" / "500 bucks" / "500$" / "500 USD",
"$10k" / "10,000 dollars"), an upper bound on a price ("under" / "below" / "less than" /
"up to" / "at most" / "no more than" / "max": a budget, whichever the word), and a spec
("27 inch" / '27"', "128GB" / "128 gigs", "8GB RAM" / "8 GB of memory"). Lower bounds
("over", "at least") are not upper ones and stay as written."""

from __future__ import annotations

import re

_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k\b)?"
# A price in dollars, its currency before or after the number.
_DOLLARS_RE = re.compile(
    rf"(?:\$\s?{_NUM}|(?<![\w.$]){_NUM}\s?(?:\$|dollars?\b|bucks\b|usd\b))", re.IGNORECASE
)
# An upper bound on a price, said before it ("under $500", "for no more than $500").
_UPPER = (
    r"(?:less\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than"
    r"|a\s+maximum\s+of|maximum\s+of|max(?:imum)?\s+of|max(?:imum)?|within)"
)
_UPPER_BEFORE_RE = re.compile(rf"\b{_UPPER}\s+(?=\$\d)", re.IGNORECASE)
# ... or after it, or as a budget ("budget $500 max", "$500 or less", "a budget of $500")
_UPPER_AFTER_RE = re.compile(
    r"(?:\bbudget(?:\s+(?:of|is))?:?\s+)(\$\d+(?:\.\d+)?)(?:\s+(?:max(?:imum)?|tops|or\s+less)\b)?"
    r"|(\$\d+(?:\.\d+)?)\s+(?:max(?:imum)?|tops|or\s+less)\b",
    re.IGNORECASE,
)
# A currency conversion keeps its codes ("100 USD to EUR"): `quantities` reads them.
_CONVERSION_RE = re.compile(
    r"\b(?:convert|conversion|exchange|rate)\b|\b(?:to|in|into)\s+(?:usd|eur|gbp|jpy|cad|aud|mxn"
    r"|inr|cny|chf|euros?|pounds?|yen|rupees?|pesos?|dollars?)\b",
    re.IGNORECASE,
)
# A price in words ("five hundred bucks", "two hundred fifty dollars", "1.5 thousand").
_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen".split()
    )
} | {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_SCALES = {"hundred": 100, "thousand": 1000}
_WORD = "|".join([*_SMALL, *_SCALES, "and", "a"])
_WORDS_DOLLARS_RE = re.compile(
    rf"\b((?:{_WORD})(?:[\s-]+(?:{_WORD}))*)\s+(?:dollars|bucks)\b", re.IGNORECASE
)


def _value(words: list[str]) -> int | None:
    """The number that number words say, or None when they say none in the usual order."""
    if words[-1] in ("a", "and"):
        return None  # "a dollar", "... and dollars": no number said
    total = current = 0
    seen = False
    for w in words:
        if w in _SMALL:
            if current % 10 or (current % 100 and _SMALL[w] >= 10):
                return None  # "five six", "twenty fifteen": not one number
            current += _SMALL[w]
        elif w == "hundred" and 0 < current < 100:
            current *= 100
        elif w == "thousand" and 0 < current < 1000:
            total, current = total + current * 1000, 0
        elif w == "a" and not seen:
            current = 1
        elif w != "and" or not seen:
            return None
        seen = True
    return total + current or None


def _words_dollars(m: re.Match[str]) -> str:
    value = _value(re.split(r"[\s-]+", m[1].lower()))
    return m[0] if value is None else f"${value}"


_INCH_RE = re.compile(r"(?<!\S)(\d{1,3}(?:\.\d)?)(?:\"|''|-inch\b|\s?inch(?:es)?\b)", re.IGNORECASE)
_GIGS_RE = re.compile(r"\b(\d+)\s?(?:gigs?|gigabytes?)\b", re.IGNORECASE)
_MEMORY_RE = re.compile(r"\b(\d{1,2})\s?gb\s+(?:of\s+)?(?:memory|ram)\b", re.IGNORECASE)


# Recall step 15: "a 10k hospital bill" is "a $10k hospital bill": a bare "Nk" read as money
# only right before a bill, a debt or a loan, or one of a few kinds of it ("10k hospital bill",
# "10k in credit card debt"); "a 10k race", "10k miles", "10k for medical bills" are left as typed
_BARE_THOUSANDS_RE = re.compile(
    r"(?<![$\w.,])(\d{1,3}(?:\.\d)?)k\b(?=\s+(?:(?:in|of)\s+)?"
    r"(?:(?:hospital|medical|credit\s+card|student|car|personal|dental|tax|ER)\s+)?"
    r"(?:bills?|debts?|loans?|mortgages?)\b)",
    re.IGNORECASE,
)
_MAX_CHARS = 400
_DIGIT_RE = re.compile(r"\d")


def _dollars(m: re.Match[str]) -> str:
    num, k = (m[1], m[2]) if m[1] is not None else (m[3], m[4])
    value = num.replace(",", "")
    if k:
        value = f"{float(value) * 1000:g}"
    return f"${value}"


def canonical_amounts(text: str) -> str:
    """``text`` with its prices, price bounds and specs in one form each."""
    if len(text) > _MAX_CHARS:
        return text  # a budget or spec is said in a short prompt; a long one is read as is
    lower = text.lower()
    if ("dollars" in lower or "bucks" in lower) and not _CONVERSION_RE.search(text):
        text = _WORDS_DOLLARS_RE.sub(_words_dollars, text)
    if not _DIGIT_RE.search(text):
        return text
    if "k " in lower:
        text = _BARE_THOUSANDS_RE.sub(r"$\1k", text)
    money = "$" in text or "dollar" in lower or "buck" in lower or "usd" in lower
    if money and not _CONVERSION_RE.search(text):
        text = _DOLLARS_RE.sub(_dollars, text)
        text = _UPPER_BEFORE_RE.sub("under ", text)
        text = _UPPER_AFTER_RE.sub(lambda m: f"under {m[1] or m[2]}", text)
    if "inch" in lower or '"' in text or "''" in text:
        text = _INCH_RE.sub(r"\1 inch", text)
    if "gig" in lower:
        text = _GIGS_RE.sub(r"\1GB", text)
    if "gb" in lower or "gig" in lower:
        text = _MEMORY_RE.sub(r"\1GB RAM", text)
    return text
