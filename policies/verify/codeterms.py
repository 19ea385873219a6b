"""One spelling for the constraints of a code request, from a closed table (pure, precompiled).

"don't use regex" / "without regex" / "without using regular expressions", "ignoring case"
/ "case-insensitive", "no external libraries" / "standard library only", "in O(n) time" /
"in linear time", "O(1) space" / "constant space", "bitwise operations" / "bit
manipulation", "LEFT OUTER JOIN" / "LEFT JOIN", "recursively" / "using recursion",
"iteratively" / "without recursion", "with no X" / "without any X" / "without X",
"Implement a function" / "Write a function": each is
written one way so the word rules and the classifier see the same words. Every entry is a
closed phrase: "O(n)" / "O(n log n)", "case-sensitive" / "case-insensitive", "LEFT JOIN" /
"RIGHT JOIN" still differ.
"""

from __future__ import annotations

import re

from policies.verify.codelang import LANGUAGE

__all__ = ["canonical_terms"]

_I = re.IGNORECASE
_REGEX = r"(?:regex(?:es|ps)?|regexp|regular\s+expressions?|re\s+module)"
_LIBS = (
    r"(?:external|third[\s-]party|outside|extra|additional|non-standard)"
    r"\s+(?:libraries|libs|packages|modules|dependencies)"
)
# (substring that must occur, lowercased; pattern; replacement)
_TABLE: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "reg",
        re.compile(
            rf"\b(?:without\s+(?:using\s+|the\s+use\s+of\s+)?(?:any\s+)?|(?:do\s+not|don't|dont)"
            rf"\s+use\s+(?:any\s+)?|no\s+|with\s+no\s+){_REGEX}",
            _I,
        ),
        "without regex",
    ),
    (
        "case",
        re.compile(
            r"\b(?:case[\s-]insensitive(?:ly)?|(?:while\s+|by\s+)?ignoring\s+(?:the\s+)?case"
            r"|regardless\s+of\s+(?:the\s+)?case|without\s+regard\s+to\s+case)\b",
            _I,
        ),
        "case-insensitively",
    ),
    (
        "ib",
        re.compile(
            rf"\b(?:(?:with\s+|using\s+)?no\s+{_LIBS}|without\s+(?:using\s+)?(?:any\s+)?{_LIBS}"
            r"|(?:using\s+)?(?:only\s+)?the\s+standard\s+library\s+only"
            r"|using\s+only\s+the\s+standard\s+library|with\s+only\s+the\s+standard\s+library"
            r"|(?:with\s+)?(?:the\s+)?standard\s+library\s+only)\b",
            _I,
        ),
        "using only the standard library",
    ),
    ("o(", re.compile(r"\bO\(\s*n\s*\)(?:\s+time)?|\blinear\s+time\b", _I), "linear time"),
    (
        "o(",
        re.compile(r"\bO\(\s*log\s*n\s*\)(?:\s+time)?|\blogarithmic\s+time\b", _I),
        "logarithmic time",
    ),
    (
        "space",
        re.compile(
            r"\b(?:O\(\s*1\s*\)\s+(?:extra\s+|auxiliary\s+)?space|constant\s+(?:extra\s+)?space)\b",
            _I,
        ),
        "constant space",
    ),
    (
        "bit",
        re.compile(
            r"\b(?:using|with|via|through)\s+(?:bitwise\s+(?:operations|operators|ops)"
            r"|bit\s+manipulation)\b",
            _I,
        ),
        "using bit manipulation",
    ),
    (
        "bit",
        re.compile(r"\bbitwise\s+(?:operations|operators|ops)\b", _I),
        "bit manipulation",
    ),
    (
        "data",
        re.compile(
            r"\bwithout\s+(?:using\s+)?(?:any\s+)?(?:extra|additional)\s+data\s+structures?\b",
            _I,
        ),
        "without additional data structures",
    ),
    ("outer", re.compile(r"\b(LEFT|RIGHT|left|right)\s+(?:OUTER|outer)\s+(JOIN|join)\b"), r"\1 \2"),
    (
        "recurs",
        re.compile(r"\b(?:using|with|via)\s+recursion\b|\brecursively\b", _I),
        "recursively",
    ),
    (
        "iterat",
        re.compile(r"\b(?:using|with|via)\s+iteration\b|\biteratively\b", _I),
        "iteratively",
    ),
    (
        "recurs",
        re.compile(r"\bwithout\s+(?:using\s+)?recursion\b", _I),
        "iteratively",
    ),
    ("with", re.compile(r"\b(?:with\s+no|without\s+any)\s+(?=[a-z])", _I), "without "),
    (
        "implement",
        re.compile(
            r"^(\s*)implement(?=\s+(?:a|an)\s+(?:\w+\s+){0,3}?(?:function|method|class|program"
            rf"|script)\b|.*\b(?:in|using|with)\s+{LANGUAGE})",
            _I,
        ),
        r"\1Write",
    ),
)


def canonical_terms(text: str) -> str:
    """``text`` with the closed code constraints above written one way, or itself."""
    low = text.lower()
    if not (
        "with" in low
        or "ib" in low
        or "reg" in low
        or "space" in low
        or "bit" in low
        or "data" in low
        or "outer" in low
        or "case" in low
        or "o(" in low
        or "recurs" in low
        or "iterat" in low
        or "implement" in low
    ):
        return text  # no needle of the table: the common case, one pass of cheap tests
    for needle, pattern, replacement in _TABLE:
        if needle in low:
            text = pattern.sub(replacement, text)
    return text
