"""One relative written two ways (pure, precompiled): "a grandaunt" / "a grand-aunt" / "a
great-aunt" (a grand- and a great- aunt, uncle, niece or nephew are one relative), and "my
husband's mother" / "my mother-in-law" (a spouse's parent or sibling, when the other side says
the in-law), so that `nearmiss.affix_added`, which refuses a relative's prefix added ("an
aunt" / "a great-aunt", "my sister" / "my sister-in-law"), reads both spellings as one.

Limits: "grand" is read as "great" only before aunt, uncle, niece and nephew ("grandson" is
no "great son"). A spouse (husband, wife, spouse) and its possessive "'s" before mother,
father, parent(s), brother or sister is written as the other side's in-law only where that
side says the same relative with "in law" after it and no spouse's: "my husband's sister" /
"my sister-in-law" is one relative, "my husband's mother" / "my wife's mother" stays two
(neither says the in-law), and "my husband's son" (a stepson) is never read as a son-in-law.
"""

from __future__ import annotations

import re

__all__ = ["align"]

_GRAND_RE = re.compile(r"\b(grand)[- ]?(?=(?:aunt|uncle|niece|nephew)s?\b)", re.IGNORECASE)
_IN_LAW_NOUNS = r"(?:mother|father|parent|brother|sister)"
_IN_LAW_RE = re.compile(rf"\b({_IN_LAW_NOUNS})(s?)[- ]in[- ]laws?\b", re.IGNORECASE)
_SPOUSES_RE = re.compile(
    rf"\b(?:husband|wife|spouse)(?:'|\u2019)s\s+({_IN_LAW_NOUNS})(s?)\b", re.IGNORECASE
)


def _great(m: re.Match[str]) -> str:
    return "Great-" if m.group(1)[0] == "G" else "great-"


def _in_laws(text: str) -> dict[tuple[str, str], str]:
    """The relatives ``text`` names with "in law" after them, as written, by (noun, plural)."""
    return {(m.group(1).lower(), m.group(2).lower()): m.group(0) for m in _IN_LAW_RE.finditer(text)}


def _as_in_law(text: str, other: str) -> str:
    """``text`` with each spouse's relative written as ``other`` writes the in-law."""
    said = _in_laws(other)
    if not said:
        return text

    def swap(m: re.Match[str]) -> str:
        return said.get((m.group(1).lower(), m.group(2).lower()), m.group(0))

    return _SPOUSES_RE.sub(swap, text)


def align(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` with each relative above written one way."""
    if "rand" in a or "rand" in b:
        a, b = _GRAND_RE.sub(_great, a), _GRAND_RE.sub(_great, b)
    if ("law" in a or "law" in b) and ("'s" in a + b or "\u2019s" in a + b):
        a, b = _as_in_law(a, _plain(b)), _as_in_law(b, _plain(a))
    return a, b


def _plain(other: str) -> str:
    """``other``, or "" where it says a spouse's relative itself (then both sides are
    compared as written)."""
    return "" if _SPOUSES_RE.search(other) else other
