"""Two words that rhyme: one word's first consonant swapped for another consonant, the rest
of the word the same ("fusty" / "musty", "burbot" / "turbot", "jingle" / "single"). The
typo tolerance of `diffs` reads one changed letter as a slip, and `diffs.two_words` tells two
real words apart only when each is one token of the shipped BPE vocabulary; a rhyme of two
rarer words slipped through as a typo.

A slip rarely changes the first letter of a word (the one a reader sees first), and when it
does it hits a neighbouring key ("xhair" for "chair", "fallon" for "gallon"); another
consonant far from it on the keyboard, with the rest of the word intact, writes another word,
so another question."""

from __future__ import annotations

from functools import cache

from policies.verify.words import bpe_ranks

# The letter rows of a QWERTY keyboard; each row sits half a key right of the one above
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiou")
_MIN_LEN = 5  # letters: shorter words are not tolerated as typos by `diffs` anyway
# BPE pieces (with the leading space) of a word of the language: the word is one token or a
# common piece and an ending ("musty" = " must" + "y", "fusty" = " f" + "usty"); a mangled
# long word falls into more
_MAX_PIECES = 2


@cache
def _neighbours() -> dict[str, frozenset[str]]:
    """Each letter -> the letters on the keys around it (same row, and the row above and
    below, shifted half a key)."""
    near: dict[str, set[str]] = {c: set() for row in _ROWS for c in row}
    for r, row in enumerate(_ROWS):
        for i, c in enumerate(row):
            if i + 1 < len(row):
                near[c].add(row[i + 1])
                near[row[i + 1]].add(c)
            if r + 1 < len(_ROWS):
                below = _ROWS[r + 1]
                for j in (i - 1, i):  # the keys below-left and below-right
                    if 0 <= j < len(below):
                        near[c].add(below[j])
                        near[below[j]].add(c)
    return {c: frozenset(s) for c, s in near.items()}


def onset_rhyme(x: str, y: str) -> bool:
    """``x`` and ``y`` (as written) are two words that rhyme, not a typo of one: the same
    letters but the first, a consonant on each side, the two far apart on the keyboard, and
    each a word of at most two BPE pieces ("fusty" / "musty", "gutter" / "putter", "burbot"
    / "turbot").

    Limits: words of five letters or more (as `diffs` tolerates); a vowel for a vowel or
    a consonant ("affect" / "effect", "Omayyad" / "Umayyad") is a spelling, and a
    neighbouring key ("xhair" / "chair", "repository" / "depository") a slip, both left to
    the typo tolerance. False without the BPE vocabulary."""
    if len(x) != len(y) or len(x) < _MIN_LEN or x[1:] != y[1:] or x[0] == y[0]:
        return False
    p, q = x[0], y[0]
    near = _neighbours()
    if p not in near or q not in near or p in _VOWELS or q in _VOWELS or q in near[p]:
        return False
    encode = bpe_ranks()
    if encode is None or not x.isalpha():
        return False
    return len(encode(" " + x)) <= _MAX_PIECES and len(encode(" " + y)) <= _MAX_PIECES
