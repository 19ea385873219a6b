"""One spelling for a constraint on a request, from closed tables (pure, precompiled).

A food left out: "eggless" / "egg-free" / "without eggs" / "with no eggs" / "no eggs" /
"that doesn't use eggs" are "egg-free" (gluten, dairy, sugar, nut, meat / "meatless",
soy, lactose alike), written before the dish so either word order reads the same; "no
equipment" / "without equipment" / "bodyweight only" / "bodyweight-only" are "without
equipment". An age: "5 year old" / "five-year-old" / "5yo" / "5-year-old" are
"5-year-old". A count of people: "for 2 people" / "for two" / "for two people" are "for 2
people". Only these closed phrases change: "egg-free" / "egg white", "for two people" /
"for twelve" still differ.
"""

from __future__ import annotations

import re

__all__ = ["canonical_constraint"]

_I = re.IGNORECASE
_FOODS = {
    "egg": "egg",
    "eggs": "egg",
    "gluten": "gluten",
    "dairy": "dairy",
    "sugar": "sugar",
    "nut": "nut",
    "nuts": "nut",
    "meat": "meat",
    "soy": "soy",
    "lactose": "lactose",
}
_FOOD = r"(?P<f>eggs?|gluten|dairy|sugar|nuts?|meat|soy|lactose)"
# "without eggs" / "with no eggs" / "no eggs" / "that doesn't use eggs", after the dish
_AFTER_RE = re.compile(
    rf"^(?P<dish>[\w' -]+?)\s+(?:without\s+(?:any\s+)?|with\s+no\s+|no\s+"
    rf"|that\s+(?:doesn't|does\s+not|don't|do\s+not)\s+(?:use|contain|have)\s+(?:any\s+)?)"
    rf"{_FOOD}\s*(?P<end>[?.!]?)\s*$",
    _I,
)
_FOOD_HINT_RE = re.compile(r"egg|gluten|dairy|sugar|nut|meat|soy|lactose")
_DIGIT_RE = re.compile(r"\d")
_FREE_RE = re.compile(
    r"\b(?:(egg|meat)less|(eggs?|gluten|dairy|sugar|nuts?|meat|soy|lactose)[- ]free)\b", _I
)
# a dish is named first, not a question or a request ("How do I live with no sugar")
_OPENERS = frozenset(
    """
    how what why when where who which can could should is are do does did i my we you
    tell give list make cook bake eat find help living live
    """.split()
)
_EQUIPMENT_RE = re.compile(
    r"\b(?:with\s+no\s+equipment|without\s+(?:any\s+)?equipment|no[- ]equipment"
    r"|bodyweight[- ]only|using\s+only\s+(?:your\s+)?body\s*weight)\b",
    _I,
)
_NUMBER_WORDS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve".split(),
        "1 2 3 4 5 6 7 8 9 10 11 12".split(),
        strict=True,
    )
)
_N = rf"(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})"
_AGE_RE = re.compile(rf"\b{_N}(?:\s*-?\s*years?\s*-?\s*old\b|\s?yo\b|\s?y/o\b)", _I)
_PEOPLE_RE = re.compile(rf"\bfor\s+{_N}(?:\s+people|\s+persons)?(?=\s*[?.!,]?\s*$)", _I)


def _free(m: re.Match[str]) -> str:
    food = (m.group(1) or m.group(2)).lower()
    return f"{_FOODS[food]}-free"


def _number(word: str) -> str:
    return _NUMBER_WORDS.get(word.lower(), word)


def canonical_constraint(text: str) -> str:
    """``text`` with the closed constraints above written one way, or itself."""
    if len(text) > 200:
        return text
    low = text.lower()
    if _FOOD_HINT_RE.search(low) and (
        "without" in low or "no " in low or "n't" in low or " not " in low
    ):
        m = _AFTER_RE.match(text)
        if m and m.group("dish").split()[0].lower() not in _OPENERS:
            food = _FOODS[m.group("f").lower()]
            dish = m.group("dish")
            text = f"{food.capitalize()}-free {dish[:1].lower()}{dish[1:]}{m.group('end')}"
    if "free" in low or "eggless" in low or "meatless" in low:
        text = _FREE_RE.sub(_free, text)
    if "equipment" in low or "bodyweight" in low or "body weight" in low:
        text = _EQUIPMENT_RE.sub("without equipment", text)
    if "year" in low or (("yo" in low or "y/o" in low) and _DIGIT_RE.search(low)):
        text = _AGE_RE.sub(lambda m: f"{_number(m.group('n'))}-year-old", text)
    if "for " in low[-24:]:
        text = _PEOPLE_RE.sub(lambda m: f"for {_number(m.group('n'))} people", text)
    return text
