"""Letter grades and blood types with a sign (pure, precompiled): "C-" / "C", "B+" / "B",
"A-" / "A+", "O-" / "O+", "AB-" / "AB". The word tokens (`text`) keep the letter and drop a
trailing minus ("+" is read as a symbol), so "Will a C- transfer?" reads as "Will a C
transfer?" (round 129), while many schools take "a C or better". A capital A-F, "O" or "AB"
standing alone with a "+" or "-" right after it and no word, number or sign glued on
("C-section", "A-list", "B-roll", "B-12", "A+B" are not grades; "C++" / "C" is left to the
code-language check); the sign written out ("C minus", "B-plus") is the same grade, unless a
one-letter operand follows ("A minus B") or, after "A", a word the article would take ("A
plus sign")."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx

__all__ = ["canonical_grades", "sign_mismatch"]

_LETTER = r"(?<![\w+\-\u2212.&/])(?P<g>[A-F]|AB|O)"
_SIGNED_RE = re.compile(_LETTER + r"(?P<s>[+\-\u2212])(?![\w+\-\u2212#&/'])")
# the sign written out: "C minus", "B-plus", "A plus" (not "C plus plus")
_WORD_RE = re.compile(
    _LETTER + r"[ -](?P<w>plus|minus)\b(?![ -]?(?:plus|minus)\b)(?:\s+(?P<next>[A-Za-z]+)\b)?"
)
_HINT_RE = re.compile(r"(?:\b[A-F]|AB|O)(?:[+\-\u2212]|[ -](?:plus|minus)\b)")
_SIGNS = {"plus": "+", "minus": "-", "\u2212": "-"}
# after "A", words that make it the article ("A plus sign", "A minus side") are not grades;
# these are what a grade is said with
_GRADE_NOUNS = frozenset(
    "grade grades average averages student students paper papers range blood type".split()
)


def _written_grade(m: re.Match[str]) -> bool:
    """A written-out sign is a grade's: no one-letter operand after it ("A minus B"), and
    after "A" only a stopword, a grade noun or nothing ("an A plus in", "A plus sign" no)."""
    nxt = m.group("next")
    if nxt is None:
        return True
    if len(nxt) == 1 and nxt.isupper():
        return False  # "A minus B", "C plus D": operands
    if m.group("g") != "A":
        return len(nxt) > 1 or nxt.islower()
    low = nxt.casefold()
    return low in lx.STOPWORDS or low in _GRADE_NOUNS


def _grade_word(m: re.Match[str]) -> str:
    if not _written_grade(m):
        return m.group(0)
    nxt = m.group("next")
    tail = m.group(0)[m.end("w") - m.start() :] if nxt is not None else ""
    return m.group("g") + _SIGNS[m.group("w")] + tail


def canonical_grades(text: str) -> str:
    """A grade's sign spelled out written as the sign: "a C minus" / "a C-", "B-plus" / "B+"."""
    if "plus" not in text and "minus" not in text:
        return text
    return _WORD_RE.sub(_grade_word, text)


def _signed(text: str) -> set[str]:
    found = [
        m.group("g") + _SIGNS.get(m.group("s"), m.group("s")) for m in _SIGNED_RE.finditer(text)
    ]
    if "plus" in text or "minus" in text:
        found.extend(
            m.group("g") + _SIGNS[m.group("w")]
            for m in _WORD_RE.finditer(text)
            if _written_grade(m)
        )
    return set(found)  # "CompTIA A+ ... the A+ exam": one grade named twice


def sign_mismatch(cached: str, incoming: str) -> bool:
    """The two prompts name other signed grades or blood types: "Will a C- transfer?" / "Will a
    C transfer?", "an A- average" / "an A+ average", "Can O- blood donate?" / "Can O+ ...".
    "C-" / "C minus" / "C-minus" are one grade."""
    if _HINT_RE.search(cached) is None and _HINT_RE.search(incoming) is None:
        return False
    return _signed(cached) != _signed(incoming)
