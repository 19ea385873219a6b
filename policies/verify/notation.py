"""One spelling for math notation written several ways (pure, precompiled).

"x²" / "x^2" / "x**2" / "x squared", "x³" / "x^3" / "x cubed", "√x" / "sqrt(x)" / "the
square root of x", the minus sign (U+2212) / "-", the times sign (U+00D7) between numbers
/ "*", "45°" / "45 degrees", "Factorise" / "Factor", "[1, 2]" / "[1,2]",
the spaces around an operator between two operands ("3x + 5 = 10" / "3x+5=10") and the ask
to solve for a variable ("Solve for x: E" / "What is x if E?" / "Find x: E") are each
written one way. Only the spelling changes: "x^2" / "x^3", "2x+3" / "2x-3", "45°" / "54°"
still differ. A minus typed before a number after a contraction or a word of one letter
("when it's -20°F", "I'm -3", "a -2.5 prescription") is the number's sign, kept apart: closed
up it would glue onto the word, and the parse would lose the sign ("it's-20" reads "20").
"""

from __future__ import annotations

import re

__all__ = ["canonical_notation"]

_SUPERSCRIPTS = {"²": "^2", "³": "^3", "⁴": "^4"}
_SUPER_RE = re.compile(r"(?<=[\w)])([²³⁴])")
_POWER_RE = re.compile(r"(?<=[\w)])\s*\*\*\s*(?=[\w(])")
_NAMED_POWER_RE = re.compile(r"\b((?<![A-Za-z])[A-Za-z]|\d+|\))\s+(squared|cubed)\b")
_ROOT_RE = re.compile(r"√\s*(\(?)(\w+(?:\.\d+)?)(\)?)")
_TIMES_RE = re.compile("(?<=\\d)\\s*\u00d7\\s*(?=\\d)")
_DEGREE_RE = re.compile(r"(\d)\s*°(?!\s*[CFK]\b)")
# an operator between two operands (a number, a one-letter variable, a bracket, a power); a
# letter after an apostrophe ends a contraction ("it's", "I'm", "what's"), no variable
_OPERAND_BEFORE = r"(?:(?<=\d)|(?<=\))|(?<=(?<![A-Za-z'\u2019])[A-Za-z]))"
_ROOT_OF_RE = re.compile(r"\b(?:the\s+)?square\s+root\s+of\s+(\d+(?:\.\d+)?|[a-z]\b)", re.I)
_BRACKET_RE = re.compile(r"[\[(][^()]*?\d,\s[^()]*[\])]")
_LIST_COMMA_RE = re.compile(r"(?<=[\d\])]),\s+(?=[-\d[(])")
_FACTORISE_RE = re.compile(r"\bfactori[sz]e\b", re.I)
# "Solve for x: E" / "What is x if E?" / "Find x: E" (E an equation): one ask
_SOLVE_FOR_RE = re.compile(
    r"^\s*(?:solve\s+for\s+(?P<v>[a-z])\s*:?|(?:what\s+is|what's|find|determine|calculate)"
    r"\s+(?P<w>[a-z])\s*(?::|\s+if|\s+when|\s+given(?:\s+that)?))\s*(?P<eq>[^?:]*?=[^?:]*?)"
    r"\s*[?.]?\s*$",
    re.I,
)
_SOLVE_RE = re.compile(
    r"^\s*(?:solve|how\s+do\s+(?:i|you)\s+solve|how\s+to\s+solve)\s+(?:the\s+(?:equation"
    r"|inequality)\s+)?(?P<eq>[^?:]*?[=<>][^?:]*?)\s*[?.]?\s*$",
    re.I,
)
# an operator with a space on one side at least: what _SPACED_OP_RE needs to match
_SPACED_HINT_RE = re.compile(r" [-+*/=<>^]|[-+*/=<>^] ")
_SPACED_OP_RE = re.compile(
    _OPERAND_BEFORE + r"(?: ([-+*/=<>]|<=|>=|\^) ?| ?([-+*/=<>]|<=|>=|\^) )"
    r"(?=\d|\(|[A-Za-z](?![A-Za-z]))"
)


def _non_ascii(text: str) -> str:
    """The signs above written in ASCII."""
    if "\u2212" in text:
        text = text.replace("\u2212", "-")
    if "²" in text or "³" in text or "⁴" in text:
        text = _SUPER_RE.sub(lambda m: _SUPERSCRIPTS[m.group(1)], text)
    if "√" in text:
        text = _ROOT_RE.sub(r"sqrt(\2)", text)
    if "\u00d7" in text:
        text = _TIMES_RE.sub("*", text)
    if "°" in text:
        text = _DEGREE_RE.sub(r"\1 degrees", text)
    return text


# the English words of one letter ("a", "I"): before " -5" (a space before the minus, none
# after) the minus is the number's sign ("Is a -5 rating bad?", "I -"), not an operator
_LETTER_WORDS = frozenset("aAI")


def _operator(m: re.Match[str]) -> str:
    """The operator ``m`` found closed up, or ``m`` as typed where it is a number's sign after
    a word of one letter ("a -2.5 prescription": the sign, not "a" minus 2.5)."""
    op = m.group(1) or m.group(2)
    text, start = m.string, m.start()
    if (
        op == "-"
        and m.group(0) == " -"
        and text[start - 1] in _LETTER_WORDS
        and m.end() < len(text)
        and text[m.end()].isdigit()
    ):
        return m.group(0)
    return op


def canonical_notation(text: str) -> str:
    """``text`` with the math notation above written one way, or itself."""
    if not text.isascii():
        text = _non_ascii(text)
    if "**" in text:
        text = _POWER_RE.sub("^", text)
    if "squared" in text or "cubed" in text:
        text = _NAMED_POWER_RE.sub(
            lambda m: m.group(1) + ("^2" if m.group(2) == "squared" else "^3"), text
        )
    if "root" in text:
        text = _ROOT_OF_RE.sub(r"sqrt(\1)", text)
    if "actori" in text:
        text = _FACTORISE_RE.sub("Factor", text)
    if ", " in text and ("(" in text or "[" in text):
        text = _BRACKET_RE.sub(lambda m: _LIST_COMMA_RE.sub(",", m.group()), text)
    if " " in text and _SPACED_HINT_RE.search(text):
        text = _SPACED_OP_RE.sub(_operator, text)
    if "=" in text and (m := _SOLVE_FOR_RE.match(text)):
        return f"Solve for {(m.group('v') or m.group('w')).lower()}: {m.group('eq')}"
    if m := _SOLVE_RE.match(text):
        return f"Solve {m.group('eq')}"
    return text
