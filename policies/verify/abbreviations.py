"""Abbreviations written with joined letters (pure, precompiled): "R&I" / "R&R", "P&L" /
"P&E", "A/C" / "A/V", "R.I." / "R.R.". The word tokens (`text`) split such a term into its
letters and drop the sign between them, and a letter that is a stopword ("a", "i") is
dropped too: "R&I" reads as "r" alone, as "R&R" does. Read whole, two terms of as many
parts that differ in a letter are different terms; "R&R", "r&r", "R & R", "R and R" and
"R.R." are one."""

from __future__ import annotations

import re

# Letters joined by "&" (spaces around it allowed) or "/" ("R&R", "AT&T", "R & R", "A/C"),
# dotted capitals ("R.R.", "U.S.A"), or two capitals joined by a spelled "and" ("R and R",
# "Q n A"). A run of signs, a word or a number glued on either side is not one ("a&&b",
# "x/2", "and/or" is read but is not an abbreviation: see `_abbreviation`).
_ABBR_RE = re.compile(
    r"(?<![\w&/.])[A-Za-z]{1,4}(?:(?:[ \t]?&[ \t]?|/)[A-Za-z]{1,4})+(?![\w&/])"
    r"|(?<![\w.])[A-Z](?:\.[A-Z])+\.?(?!\w)"
    r"|\b[A-Z] (?:and|n|'n') [A-Z]\b"
)
# A cheap look for a sign any of them needs, before `_ABBR_RE` is run.
_HINT_RE = re.compile(r"[&/]|[A-Z]\.[A-Z]| (?:and|n|'n') [A-Z]\b")
_PARTS_RE = re.compile(r"[ \t]*[&/.][ \t]*| (?:and|n|'n') ")


def _abbreviation(term: str) -> tuple[str, ...] | None:
    """The letters of one matched term, lower case, in order; None for words joined by a
    slash or an ampersand ("and/or", "his/her", "Moon/Leo"): parts longer than one letter
    count only in capitals ("AT&T", "GATE/IES")."""
    parts = tuple(p for p in _PARTS_RE.split(term) if p)
    if len(parts) < 2:
        return None
    if any(len(p) > 1 for p in parts) and not term.replace("&", "").replace("/", "").isupper():
        return None
    return tuple(p.casefold() for p in parts)


def _abbreviations(text: str) -> set[tuple[str, ...]]:
    found = set()
    for m in _ABBR_RE.finditer(text):
        letters = _abbreviation(m.group(0))
        if letters is not None:
            found.add(letters)
    return found


def abbreviation_mismatch(cached: str, incoming: str) -> bool:
    """Each prompt has a joined-letter abbreviation the other lacks, the two of as many
    parts yet other letters: "What does R&I mean on an estimate?" / "What does R&R mean
    ...", "P&I insurance" / "P&C insurance", "AT&T" / "A&T". The same letters in another
    order ("X and Y" / "Y and X"), a part added ("GATE/IES" / "GATE/IES/PSU") and a term
    written otherwise on one side ("A/C" / "AC", "Q&A" / "questions and answers") are left
    to the other checks."""
    if _HINT_RE.search(cached) is None:
        return False
    a = _abbreviations(cached)
    if not a:
        return False
    b = _abbreviations(incoming)
    if not b or a == b:
        return False
    only_b = b - a
    return any(len(x) == len(y) and sorted(x) != sorted(y) for x in a - b for y in only_b)
