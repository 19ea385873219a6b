"""Format patterns whose fields trade places: "DD/MM/YYYY" is not "MM/DD/YYYY".

A format pattern is two or more fields, each one letter written one to four times, joined
by ``/ - . :`` ("YYYY-MM-DD", "HH:mm", "dd.mm.yy"; not "son/daughter") or a run of
upper-case date fields joined by spaces ("DD MM YYYY").
Case is not part of the field ("DD/MM/YYYY" / "dd/mm/yyyy" are one pattern); order is.
"""

from __future__ import annotations

import re

__all__ = ["pattern_mismatch"]

_FIELD = r"([A-Za-z])\1{0,3}"  # one letter written one to four times: "D", "MM", "YYYY"
_JOINED_RE = re.compile(
    rf"(?<![\w/.:-])(?:{_FIELD})(?:[/.:-](?:{_FIELD.replace('1', '2')}))+(?![\w/:-]|\.\w)"
)
_SPACED_RE = re.compile(r"\b[DMYHS]{1,4}(?: [DMYHS]{1,4})+\b")
# what each of the two needs, found without look-arounds (a cheap test first)
_JOINED_HINT_RE = re.compile(r"[/.:-][A-Za-z]")
_SPACED_HINT_RE = re.compile(r"[DMYHS] [DMYHS]")


def _patterns(text: str) -> set[tuple[str, ...]]:
    found = {tuple(re.split(r"[/.:-]", m.group().casefold())) for m in _JOINED_RE.finditer(text)}
    found.update(tuple(m.group().casefold().split()) for m in _SPACED_RE.finditer(text))
    return {p for p in found if len(set(p)) > 1}


def _reordered(pa: set[tuple[str, ...]], pb: set[tuple[str, ...]]) -> bool:
    """A pattern of ``pa`` is in ``pb`` only with its fields in another order."""
    return any(p not in pb and any(q != p and sorted(q) == sorted(p) for q in pb) for p in pa)


def pattern_mismatch(cached: str, incoming: str) -> bool:
    """True when one prompt's format pattern has its fields in another order in the other."""
    joined = _JOINED_HINT_RE.search(cached) and _JOINED_RE.search(cached)
    if not (joined or (_SPACED_HINT_RE.search(cached) and _SPACED_RE.search(cached))):
        return False
    pa, pb = _patterns(cached), _patterns(incoming)
    return _reordered(pa, pb) or _reordered(pb, pa)
