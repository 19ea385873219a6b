"""One spelling for a medication question asked several ways (pure, precompiled).

Whether two things may be taken together: "Can I take D with X?" / "Is it safe to take D
with X?" / "Is it OK to take D and X together?" / "Can D and X be taken together?" / "Is it
safe to mix D and X?" / "Does D interact with X?" / "Any interaction between D and X?" are
written "Can I take D with X?", D and X in one order (an interaction has no direction).
Each of D and X is a name of at most three words without an article ("with a cold", "with
food while pregnant" are left alone). A dose "400 milligrams" / "400mg" is "400 mg" (mcg /
micrograms, ml / milliliters alike), "dosage" "dose", an interval "every four hours"
"every 4 hours". Only these closed frames change: "2 hours after X" / "2 hours before X"
still differ.
"""

from __future__ import annotations

import re

__all__ = ["canonical_health"]

_I = re.IGNORECASE
_NAME = (
    r"(?!(?:a|an|the|my|your|it|this|that|them|food|meals?)\b)"
    r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?"
)
_D = rf"(?P<d>{_NAME})"
_X = rf"(?P<x>{_NAME})"
_END = r"\s*[?.!]*\s*$"
_OK = r"(?:safe|ok|okay|alright|fine)"
_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*(?:can|may|could)\s+i\s+take\s+{_D}\s+(?:with|and)\s+{_X}(?:\s+together)?{_END}",
        rf"^\s*is\s+it\s+{_OK}\s+to\s+(?:take|mix|combine)\s+{_D}\s+(?:with|and)\s+{_X}"
        rf"(?:\s+together)?{_END}",
        rf"^\s*can\s+{_D}\s+and\s+{_X}\s+be\s+taken\s+together{_END}",
        rf"^\s*does\s+{_D}\s+interact\s+with\s+{_X}{_END}",
        rf"^\s*(?:is\s+there\s+)?any\s+interactions?\s+between\s+{_D}\s+and\s+{_X}{_END}",
    )
)
_OPENERS = frozenset("can may could is does any".split())
_DIGIT_RE = re.compile(r"\d")
_JOINED = frozenset("and or with without".split())

_UNIT_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(?:(mg|milligrams?)|(mcg|micrograms?|\u00b5g)|(ml|millilit(?:er|re)s?))\b",
    _I,
)
_DOSAGE_RE = re.compile(r"\bdosage\b", _I)
_UNITS = ("mg", "mcg", "ml")
_NUMBER_WORDS = dict(
    zip(
        "two three four five six seven eight nine ten eleven twelve".split(),
        "2 3 4 5 6 7 8 9 10 11 12".split(),
        strict=True,
    )
)
_EVERY_RE = re.compile(rf"\bevery\s+({'|'.join(_NUMBER_WORDS)})\s+(hours|days|weeks|minutes)\b", _I)


def _unit(m: re.Match[str]) -> str:
    unit = next(u for u, g in zip(_UNITS, m.groups()[1:], strict=True) if g)
    return f"{m.group(1)} {unit}"


def canonical_health(text: str) -> str:
    """``text`` with the medication frames and spellings above written one way, or itself."""
    if len(text) > 200:
        return text
    low = text.lower()
    if (
        "mg" in low
        or "gram" in low
        or "mcg" in low
        or "\u00b5g" in low
        or "ml" in low
        or "millilit" in low
    ) and _DIGIT_RE.search(low):
        text = _UNIT_RE.sub(_unit, text)
    if "every" in low:
        text = _EVERY_RE.sub(
            lambda m: f"every {_NUMBER_WORDS[m.group(1).lower()]} {m.group(2)}", text
        )
    if "dosage" in low:
        text = _DOSAGE_RE.sub("dose", text)
    if low.lstrip().split(" ", 1)[0] not in _OPENERS or (
        " with " not in low and " and " not in low
    ):
        return text
    for frame in _FRAMES:
        m = frame.match(text)
        if m is None:
            continue
        d, x = m.group("d"), m.group("x")
        if _JOINED & set(f"{d} {x}".lower().split()):
            return text
        first, second = sorted((d, x), key=str.lower)
        return f"Can I take {first} with {second}?"
    return text
