"""One spelling for nutrition questions (pure, precompiled).

Units and nutrients through a closed table: kcal / calories, carbohydrate(s) / carb(s), tbsp /
tablespoon, tsp / teaspoon, and after a number or "a": lb(s) / pound(s), oz / ounce, "1 c of" /
"1 cup of"; "a / an / one X" before a serving unit is "1 X". "X is rich in N" is "high in N";
"Does X have a lot of N?" is "Is X high in N?".

How much of a nutrient N is in a food X, asked several ways: "What is the N content of X",
"N content of X", "How much N (is) in X", "How much N does X have / contain", "How many grams
of N (are) in X" and "N in X" are "How much N is in X?"; "How many calories (are) in X", "How many
calories does X have / contain", "(What is the) calorie count / content of X", "Calories in
X", "X calories" and "X calorie count" are "How many calories are in X?". The food is kept as
written but for a leading "a / an / the / one / 1" before a word and "of"; the keyword forms
stay apart from burning, needs, daily amounts and conversions.
"""

from __future__ import annotations

import re

__all__ = ["canonical_nutrition"]

_I = re.IGNORECASE
_AMOUNT = r"(?:\d+(?:\.\d+)?|a|an|one|half\s+a)"
# (hint, pattern, replacement): the pattern runs only when the lower-cased text holds the hint
_WORDS = tuple(
    (h, re.compile(p, _I), r)
    for h, p, r in (
        ("kcal", r"\bkcals?\b", "calories"),
        ("carbohydrate", r"\bcarbohydrates\b", "carbs"),
        ("carbohydrate", r"\bcarbohydrate\b", "carb"),
        ("tbsp", r"\btbsps?\b\.?", "tablespoon"),
        ("tsp", r"\btsps?\b\.?", "teaspoon"),
        ("lb", rf"\b({_AMOUNT})\s*lbs\b", r"\1 pounds"),
        ("lb", rf"\b({_AMOUNT})\s*lb\b", r"\1 pound"),
        ("oz", rf"\b({_AMOUNT})\s*oz\b", r"\1 ounce"),
        (" c ", r"\b1\s+c\b(?=\s+of\b)", "1 cup"),
        (
            "unit",
            r"(?<!half\s)\b(?:a|an|one)\s+(cup|tablespoon|teaspoon|pound|ounce|scoop|slice|can"
            r"|glass|shot|serving)\b",
            r"1 \1",
        ),
        ("rich", r"\brich\s+in\b", "high in"),
    )
)
_UNIT_RE = re.compile(r"cup|spoon|pound|ounce|scoop|slice|can\b|glass|shot|serving")
_NUTRIENT_RE = re.compile(
    r"protein|fat|fib|sugar|sodium|salt|carb|caffeine|iron|potassium|calcium|cholesterol"
    r"|magnesium|zinc|vitamin"
)
# A nutrition question names a nutrient, calories or a spoon unit: cheap substring checks
# first (the regexes below run only on those prompts).
_GATE = (
    "calor",
    "kcal",
    "carb",
    "protein",
    "fat",
    "fib",
    "sugar",
    "sodium",
    "salt",
    "caffeine",
    "iron",
    "potassium",
    "calcium",
    "cholesterol",
    "vitamin",
    "tbsp",
    "tsp",
    "rich in",
)
_N = (
    r"(?P<n>protein|fat|saturated\s+fat|fib(?:er|re)|sugar|sodium|salt|carbs?|caffeine|iron"
    r"|potassium|calcium|cholesterol|magnesium|zinc|vitamin\s+[a-k]\d*)"
)
_X = r"(?P<x>[^?.!,:;]+?)"
_END = r"\s*[?.]?\s*$"
_NUTRIENT_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*(?:(?:what\s+is|what's)\s+)?(?:the\s+)?{_N}\s+content\s+(?:of|in)\s+{_X}{_END}",
        rf"^\s*how\s+(?:much|many)\s+{_N}\s+(?:is\s+|are\s+)?in\s+{_X}{_END}",
        rf"^\s*how\s+(?:much|many)\s+{_N}\s+(?:does|do)\s+{_X}\s+(?:have|contain){_END}",
        rf"^\s*how\s+many\s+grams\s+of\s+{_N}\s+(?:is\s+|are\s+)?in\s+{_X}{_END}",
        rf"^\s*{_N}\s+in\s+{_X}{_END}",
    )
)
_CALORIE_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*how\s+many\s+calories\s+(?:are\s+|is\s+)?in\s+{_X}{_END}",
        rf"^\s*how\s+many\s+calories\s+(?:does|do)\s+{_X}\s+(?:have|contain){_END}",
        rf"^\s*(?:(?:what\s+is|what's)\s+)?(?:the\s+)?calorie\s+(?:count|content)\s+of\s+{_X}{_END}",
        rf"^\s*calories\s+in\s+{_X}{_END}",
        rf"^\s*{_X}\s+(?:calories|calorie\s+count){_END}",
    )
)
_LOT_RE = re.compile(rf"^\s*does\s+{_X}\s+have\s+a\s+lot\s+of\s+(?P<n>[\w -]+?){_END}", _I)
_OF_RE = re.compile(r"\s+of\s+", _I)
_LEAD_RE = re.compile(r"^(?:a|an|the|one|1)\s+(?=[a-z])", _I)
# A food is not asked about with these: burning, needs, daily amounts.
_NOT_FOOD = re.compile(
    r"\b(?:burn\w*|need\w*|daily|day|week|maintenance|deficit|surplus|lose|gain|should"
    r"|walk\w*|run\w*|per|i|my|you|your|convert\w*|to|into|from|how|what|which|is|are|and|or"
    r"|vs|versus|than|joules?|watts?)\b",
    _I,
)


def _food(x: str) -> str | None:
    x = x.strip()
    if _NOT_FOOD.search(x) is not None or len(x.split()) > 6:
        return None
    return _OF_RE.sub(" ", _LEAD_RE.sub("", x))  # "100 g of salmon" / "100 g salmon"


def canonical_nutrition(text: str) -> str:
    """``text`` with the units and nutrition questions above written one way, or itself."""
    low = text.lower()
    for gate in _GATE:
        if gate in low:
            break
    else:
        return text
    units = _UNIT_RE.search(low) is not None
    for hint, pattern, repl in _WORDS:
        if hint in low or (hint == "unit" and units):
            text = pattern.sub(repl, text)
    low = text.lower()
    if "calor" in low:
        for frame in _CALORIE_FRAMES:
            m = frame.match(text)
            if m is not None:
                food = _food(m.group("x"))
                if food is not None:
                    return f"How many calories are in {food}?"
                break
    if _NUTRIENT_RE.search(low) is not None:
        for frame in _NUTRIENT_FRAMES:
            m = frame.match(text)
            if m is not None:
                food = _food(m.group("x"))
                if food is not None:
                    n = m.group("n").lower()
                    return f"How much {'carbs' if n == 'carb' else n} is in {food}?"
                break
    if "a lot of" in low:
        m = _LOT_RE.match(text)
        if m is not None:
            return f"Is {m.group('x')} high in {m.group('n')}?"
    return text
