"""Two items or the range between them, and a keyword with a word added (pure, precompiled).

"cells A1 and A10" names two cells, "cells A1 to A10" / "A1:A10" / "A1 through A10" the
ten between them; "pages 5 and 9" / "pages 5-9" alike. ``range_mismatch`` is True when the
same two ends are joined as a list on one side and as a range on the other ("between 5
and 10" is a range).

"SQL UNION" / "SQL UNION ALL": a prompt of a few keywords names a term, and a word added
to it names another term even when the word is one the word rules skip ("all", "only",
"not"). ``keyword_added`` is True when one short keyword prompt naming a term in capitals is the
other with such words added; the words of a question or a request ("What is", "in",
"example") are not, and a short request ("summarize it" / "summarize") is no term.
"""

from __future__ import annotations

import re

__all__ = ["keyword_added", "range_mismatch"]

# an end: a number or a cell ("A1", "AB12")
_END = r"(?:[A-Za-z]{1,3}\d+|\d+(?:\.\d+)?)"
_JOIN_RE = re.compile(
    rf"(?<![\w.])(?:(?P<between>between|from)\s+)?(?P<x>{_END})\s*"
    r"(?P<sep>\band\b|&|,|\bor\b|\bto\b|\bthrough\b|\bthru\b|\buntil\b|-|\u2013|:)"
    rf"\s*(?P<y>{_END})(?![\w.])",
    re.I,
)
_DIGIT_RE = re.compile(r"\d")
_LIST_SEPS = frozenset(("and", "&", ",", "or"))


def _joins(text: str) -> dict[tuple[str, str], str]:
    """Each pair of ends joined in ``text``, to "list" or "range"."""
    found: dict[tuple[str, str], str] = {}
    for m in _JOIN_RE.finditer(text):
        sep = m.group("sep").lower()
        kind = "list" if sep in _LIST_SEPS and not m.group("between") else "range"
        found[(m.group("x").lower(), m.group("y").lower())] = kind
    return found


def _may_list(text: str) -> bool:
    return " and " in text or "&" in text or ", " in text or " or " in text


def range_mismatch(cached: str, incoming: str) -> bool:
    """The same two ends are two items on one side and a range on the other."""
    if not (_may_list(cached) or _may_list(incoming)):
        return False
    if not (_DIGIT_RE.search(cached) and _DIGIT_RE.search(incoming)):
        return False
    ja, jb = _joins(cached), _joins(incoming)
    return any(jb.get(ends, kind) != kind for ends, kind in ja.items())


_TERM_RE = re.compile(r"\b[A-Z]{2,}\b")  # a term written in capitals: "SQL", "UNION"
_KEYWORD_MAX = 4  # words: a prompt this short with no verb is a term looked up
_WORD_RE = re.compile(r"[\w#+'\u2019.-]+")
# words that make a term into a question or request about it, adding no term
_FRAME = frozenset(
    """
    what is are the a an how to do does i you use using used in of for with on about
    explain explained explanation define definition meaning mean means please tell me
    example examples syntax usage work works vs versus and or difference between
    operator command statement clause keyword function query
    """.split()
)


def keyword_added(cached: str, incoming: str) -> bool:
    """One keyword prompt of at most four words, a term in capitals among them, is the other
    with a non-frame word added."""
    if len(cached) > 60 or len(incoming) > 60 or len(cached) == len(incoming):
        return False
    if cached.count(" ") > _KEYWORD_MAX + 1 or incoming.count(" ") > _KEYWORD_MAX + 1:
        return False
    wa = [w.strip(".'\u2019") for w in _WORD_RE.findall(cached.casefold())]
    wb = [w.strip(".'\u2019") for w in _WORD_RE.findall(incoming.casefold())]
    if len(wa) == len(wb) or max(len(wa), len(wb)) > _KEYWORD_MAX or not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    rest = list(long)
    for w in short:
        if w not in rest:
            return False
        rest.remove(w)
    return any(w not in _FRAME for w in rest) and bool(_TERM_RE.search(cached))
