"""Plain words: two prompts that say the same words once case, accents, spelled numbers,
versions and "please" are set aside."""

from __future__ import annotations

from functools import lru_cache

from policies.verify import lexicon as lx
from policies.verify.text import Parsed
from policies.verify.words import fold_accents

_VERSION_WORDS = frozenset(("v", "ver", "version"))

# Weak number words that mean their number wherever a user would write the digits instead
# ("which one" / "which 1", "the second one" / "the 2nd one"); not "single" or "double".
_PLAIN_WEAK = frozenset(("one", "second"))
# Umlauts tell German words apart ("zählen" / "zahlen", "würde" / "wurde", "schön" /
# "schon"): they are kept when accents are dropped.
_KEEP_MARKS = frozenset("äöüÄÖÜ")


@lru_cache(maxsize=1 << 14)
def _plain(word: str) -> str:
    """``word`` as typed without accents ("cómo" / "como", "días" / "dias"), an ordinal
    word as digits ("second" / "2nd"), a number word as its digits ("five" / "5")."""
    if word in lx.PLAIN_SYNONYMS:
        return lx.PLAIN_SYNONYMS[word]
    number = lx.NUMBER_WORDS.get(word)
    if number is not None and (word not in lx.WEAK_NUMBER_WORDS or word in _PLAIN_WEAK):
        return number
    if word.isascii() or not _KEEP_MARKS.isdisjoint(word):
        return word
    return fold_accents(word)


def plain_equal(a: Parsed, b: Parsed) -> bool:
    """``a`` and ``b`` have the same plain words (``plain_words``): word by word, stopping
    at the first that differs, unless one says "please" somewhere. A word a user types in
    text-speak is the word it stands for where the other side writes that word ("how 2
    make" / "how to make", "can u" / "can you"): only in place, so "2" is "to" only
    where the other side says "to" there and every other word is the same."""
    wa, wb = a.words, b.words
    if not (lx.PLEASE_WORDS.isdisjoint(wa) and lx.PLEASE_WORDS.isdisjoint(wb)):
        wa = tuple(w for w in wa if w not in lx.PLEASE_WORDS)
        wb = tuple(w for w in wb if w not in lx.PLEASE_WORDS)
    if not (_VERSION_WORDS.isdisjoint(wa) and _VERSION_WORDS.isdisjoint(wb)):
        wa, wb = _unversioned(wa), _unversioned(wb)  # "TLS v1.2" / "TLS 1.2"
    return len(wa) == len(wb) and all(
        x == y or _plain(x) == _plain(y) or _speak(x, y, wa, i) or _speak(y, x, wb, i)
        for i, (x, y) in enumerate(zip(wa, wb, strict=True))
    )


def _speak(x: str, y: str, words: tuple[str, ...], i: int) -> bool:
    """``x`` (``words[i]``) is text-speak for ``y``; a digit only where it counts nothing:
    not before a plural or a number ("how 2 make" / "how to make", not "top 2 laptops" /
    "top to laptops")."""
    if _SPEAK.get(x) != y:
        return False
    if not x.isdigit():
        return True
    after = words[i + 1] if i + 1 < len(words) else ""
    return not after.endswith("s") and not after[:1].isdigit()


def _unversioned(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without "version" (or "v") right before a number."""
    return tuple(
        w
        for i, w in enumerate(words)
        if not (w in _VERSION_WORDS and words[i + 1 : i + 2] and words[i + 1][:1].isdigit())
    )


# Text-speak -> the word it stands for, compared in place (`plain_equal`).
_SPEAK = {
    "2": "to",
    "4": "for",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "n": "and",
    "wat": "what",
    "wut": "what",
    "abt": "about",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "thru": "through",
    "ppl": "people",
    "w": "with",
}


def plain_words(p: Parsed) -> tuple[str, ...]:
    """The words of ``p`` compared as a user retypes them: accents dropped, numbers spelled
    or not (``_plain``), "please" left out wherever it stands ("Erkläre bitte die
    Photosynthese"). Two prompts with the same plain words ask the same thing."""
    return tuple(_plain(w) for w in p.words if w not in lx.PLEASE_WORDS)
