"""One spelling for a few closed phrases people write many ways (pure, precompiled).

A rate ("per day" / "daily" / "a day" / "each day"), a range of a quantity ("5-10 minutes"
/ "5 to 10 minutes" / "between 5 and 10 minutes"), the first of a kind ("the #1 X" / "the
number one X" / "the top X"), a date of birth ("When was X born?" / "What is X's
birthday?" / "X's date of birth") and an answer format ("Just give the letter" / "Reply
with only the letter") are each written one way, so the word rules and the classifier see
the same words. Each rewrite is a closed phrase; everything around it is kept, so "per
day" / "per week", "the top X" / "the top 10 X" and "Where was X born?" / "X's birthday"
still differ."""

from __future__ import annotations

import re

from policies.verify.advice import canonical_advice
from policies.verify.askframes import canonical_ask
from policies.verify.words import first_match

_I = re.IGNORECASE
_END = r"(?=\s*(?:[?.!,;]|$))"
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_PERIOD_RE = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bone )(?<!\bthe )(?<!\bthat )"
    r"\b(?:a|each|per)\s+(day|week|month|year)\b" + _END,
    _I,
)
_ADVERB_RE = re.compile(
    r"\b(daily|weekly|monthly|yearly)\b(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|but)\b)", _I
)

_NUM = r"(\d+(?:\.\d+)?)"
# "5-10 minutes", "5 to 10 minutes", "between 5 and 10 minutes": a range of a quantity
# (a word follows it; "What is 5-10?" is a subtraction and is left alone).
_RANGE_RES = (
    re.compile(rf"\bbetween\s+{_NUM}\s+and\s+{_NUM}(?=\s*[a-z%])", _I),
    re.compile(rf"(?<![\d\-/.:]){_NUM}\s*[\-\u2013\u2014]\s*{_NUM}(?![\d\-/.:])(?=\s*[a-z%])", _I),
)

# "the #1 X" / "the number one X" / "the no. 1 X": "the top X" (not before a superlative:
# ``attributes`` reads "the #1 most X" as a rank; not "top 10").
_TOP_RE = re.compile(
    r"\bthe\s+(?:#\s?1|number\s+(?:one|1)|no\.?\s?1)\s+(?!(?:most|least|best|worst|\w+est)\b)"
    r"(?=[a-z])",
    _I,
)

_PERSON = r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
_BIRTH_RES = (
    re.compile(
        rf"^\s*(?i:what|when)(?:'s|\s+is|\s+was)\s+{_PERSON}'s?\s+"
        r"(?:birthday|date\s+of\s+birth|birth\s?date)\s*\??\s*$"
    ),
    re.compile(rf"^\s*{_PERSON}'s?\s+(?:birthday|date\s+of\s+birth|birth\s?date)\s*\??\s*$"),
)

_LETTER_ONLY_RE = re.compile(
    r"\b(?:(?:just|only)\s+)?(?:give|reply\s+with|answer\s+with|respond\s+with|output|return)"
    r"\s+(?:me\s+)?(?:(?:just|only)\s+)?the\s+letter(?:\s+only)?\b",
    _I,
)


# "How much is X?" (a whole prompt, X a thing) / "How much does X cost?": both a price
_COST_RE = re.compile(
    r"^\s*how\s+much\s+is\s+((?:an?|the)\s+[a-z][^?.!,]{0,40}?)(?<!ed)(?<!\bworth)(?<!\bpaid)"
    r"\s*\??\s*$",
    _I,
)


def canonical_phrasing(text: str) -> str:
    """``text`` with the closed phrases above written one way, or itself."""
    text = canonical_ask(canonical_advice(text))
    low = text.lower()
    if "day" in low or "daily" in low or "week" in low or "month" in low or "year" in low:
        text = _PERIOD_RE.sub(lambda m: "per " + _UNITS[m.group(1).lower()], text)
        if "ly" in low:
            text = _ADVERB_RE.sub(lambda m: "per " + _ADVERBS[m.group(1).lower()], text)
    if "between" in low or "-" in text or "\u2013" in text or "\u2014" in text:
        for pattern in _RANGE_RES:
            text = pattern.sub(r"\1 to \2", text)
    if "#" in text or "number one" in low or "no" in low:
        text = _TOP_RE.sub("the top ", text)
    if "birth" in low:
        if m := first_match(_BIRTH_RES, text):
            return f"When was {m.group(1)} born?"
    if "much" in low:
        text = _COST_RE.sub(r"How much does \1 cost?", text)
    if "letter" in low:
        text = _LETTER_ONLY_RE.sub("answer with only the letter", text)
    return text
