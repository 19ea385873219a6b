"""Hardening pass 48 (blind round 316): an exclusion phrase added on one side. A preposition
of exclusion (a closed class: "besides", "other than", "apart from", "aside from", "except",
"except for", "excluding") with the noun phrase after it, added to an otherwise unchanged
prompt ("the most popular item at Snow's BBQ besides brisket" / "... at Snow's BBQ", "the
tallest building in Chicago other than the Willis Tower" / "... in Chicago"): it takes the
likely answer away, so the answer is another. The same exclusion said two ways ("besides
brisket" / "other than brisket") is no addition: both sides exclude."""

from __future__ import annotations

from policies.verify.text import Parsed
from policies.verify.words import common_ends

__all__ = ["exclusion_added"]

# the prepositions of exclusion, as word sequences
_MARKERS = (
    ("besides",),
    ("other", "than"),
    ("apart", "from"),
    ("aside", "from"),
    ("except", "for"),
    ("except",),
    ("excluding",),
)


def _marker_at(words: tuple[str, ...], i: int) -> int:
    """The length of the exclusion marker starting at ``words[i]``, 0 if none."""
    for m in _MARKERS:
        if words[i : i + len(m)] == m:
            return len(m)
    return 0


def _excludes(words: tuple[str, ...]) -> bool:
    return any(_marker_at(words, i) for i in range(len(words)))


def exclusion_added(a: Parsed, b: Parsed) -> bool:
    """One side is the other with one block added, and the block is an exclusion marker
    followed by a noun phrase with a content word ("besides brisket", "except for the
    pasta"); the other side excludes nothing."""
    for short, long_ in ((a, b), (b, a)):
        ws, wl = short.words, long_.words
        added = len(wl) - len(ws)
        if added < 2 or _excludes(ws):
            continue
        i, j = common_ends(ws, wl)
        if i + j < len(ws):
            continue  # more than one block changed
        n = _marker_at(wl, i)
        if n and any(long_.canon[i + n : i + added]):
            return True
    return False
