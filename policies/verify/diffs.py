"""What two parsed prompts do not share: content words left unmatched on each side after
typo and compound tolerance, and the one place where two long prompts differ."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from policies.verify import lexicon as lx
from policies.verify.direction import common_ends, keys
from policies.verify.onsets import onset_rhyme
from policies.verify.text import Parsed
from policies.verify.words import bpe_ranks, canonical, edit_distance_le1, umlaut_variants


@dataclass(frozen=True, slots=True)
class Place:
    """Where two long prompts are the same text but for one place: the content words each
    side says there and the other side does not say there, and the keys around it."""

    cached: frozenset[str]
    incoming: frozenset[str]
    around: frozenset[str]


@dataclass(frozen=True, slots=True)
class Diff:
    """Content words left unmatched on each side after typo and compound tolerance, and the
    place where two long prompts differ (None for prompts that share less)."""

    only_cached: frozenset[str]
    only_incoming: frozenset[str]
    prefix_negation: bool
    place: Place | None = None


def _fuzzy_in(
    word: str, others: frozenset[str], words_b: frozenset[str], a: Parsed, b: Parsed
) -> bool:
    """Typo (one edit, or a swap of two letters) or a split/joined compound. ``word`` is
    ``a``'s; the words as written must be one edit apart too, not only their stems
    ("splice" / "split" stem to "splic" / "split")."""
    if _is_joined(word, b, words_b):
        return True
    if len(word) < 4 or not word.isalpha():
        return False  # an identifier ("3f9e2ab" / "3f9e2ba", "qx7plm") is never a typo
    for other in others:
        if len(other) < 4 or abs(len(other) - len(word)) > 1:
            continue
        shortest = min(len(word), len(other))
        if shortest >= 5 or sorted(word) == sorted(other):
            if edit_distance_le1(word, other) and _written_close(word, other, a, b):
                return True
    return False


def _written_close(word: str, other: str, a: Parsed, b: Parsed) -> bool:
    """One edit apart as written, or two forms of one word ("importance" / "important":
    most of the shorter one is a prefix both share)."""
    wa = [w for w, c in zip(a.words, a.canon, strict=True) if c == word] or [word]
    wb = [w for w, c in zip(b.words, b.canon, strict=True) if c == other] or [other]
    german = "de" in a.language or "de" in b.language
    return any(
        ((edit_distance_le1(x, y) and not two_words(x, y)) or _shared_stem(x, y))
        and not umlaut_variants(x, y, german)
        for x in wa
        for y in wb
    )


# A typo is a rare token (or several) next to a common word: "seperate" ranks 85k in
# cl100k_base, 10x "separate"; "maternal" / "paternal" and "later" / "layer" are both words
_COMMON_RANK = 40_000
_VOWELS = frozenset("aeiou")
_TYPO_RATIO = 4


def two_words(x: str, y: str) -> bool:
    """``x`` and ``y`` (as written, one letter changed in place) are two real words, not a
    typo of one: each is one token of the shipped BPE vocabulary, both common or of like
    frequency ("maternal" / "paternal", "later" / "layer"; not "seperate" / "separate").
    A change of the last letter or of one vowel for another is a form of one word ("build"
    / "built", "write" / "wrote") or a common slip ("affect" / "effect"), and British "s"
    for "z" ("realise" / "realize") one spelling. False without the vocabulary."""
    if len(x) != len(y) or x == y:
        return False
    if onset_rhyme(x, y):
        return True  # "fusty" / "musty": a rhyme of two rarer words (`onsets`)
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    k = diff[0] if len(diff) == 1 else -1
    if k < 0 or k == len(x) - 1 or {x[k], y[k]} == {"s", "z"} or {x[k], y[k]} <= _VOWELS:
        return False  # a form of one word: "build" / "built", "write" / "wrote", "affect"
    return _known_pair(x, y)


@functools.lru_cache(maxsize=4096)
def _known_pair(x: str, y: str) -> bool:
    encode = bpe_ranks()
    if encode is None:
        return False
    px, py = encode(" " + x), encode(" " + y)
    if len(px) != 1 or len(py) != 1:
        return False
    low, high = sorted((px[0], py[0]))
    return high < _COMMON_RANK or high <= _TYPO_RATIO * low


def _shared_stem(x: str, y: str) -> bool:
    k = 0
    while k < len(x) and k < len(y) and x[k] == y[k]:
        k += 1
    return k >= 6 and 4 * k >= 3 * min(len(x), len(y))


def _negating_prefix(u: str, v: str) -> bool:
    if len(u) < len(v):
        u, v = v, u
    return len(v) >= 4 and any(u == p + v for p in lx.NEGATING_PREFIXES)


def _is_joined(word: str, p: Parsed, words: frozenset[str]) -> bool:
    """``word`` is two adjacent words of ``p`` (whose set of words is ``words``) written
    as one, as written or in canonical form ("cleanup" / "clean up", "skincare" / "skin
    care", canonical "skincar")."""
    seq = p.words
    for i in range(1, len(word)):
        x = word[:i]
        if x not in words:
            continue
        k = seq.index(x)
        while k + 1 < len(seq):
            joined = x + seq[k + 1]
            if joined == word or (x not in lx.STOPWORDS and canonical(joined) == word):
                return True
            try:
                k = seq.index(x, k + 1)
            except ValueError:
                break
    return False


def swapped_in_place(a: Parsed, b: Parsed, d: Diff) -> bool:
    """The prompts are the same words in the same order but for one content word swapped
    for another, one of which the prompt also says elsewhere ("heavy parcels go with UPS"
    / "... with DHL" in a context naming both carriers): the sets of words cannot show it."""
    if len(d.only_cached) + len(d.only_incoming) > 1 or a.words == b.words:
        return False
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    ma = {k for k in ka[i : len(ka) - j] if k in a.content}
    mb = {k for k in kb[i : len(kb) - j] if k in b.content}
    if not ma or not mb or ma == mb:
        return False
    shared = a.content & b.content
    if len(ma) == len(mb) == 1:
        return bool((ma | mb) & shared)
    # Several words changed in one place ("a refund for the express shipping fee" / "...
    # for the headphones"), or one word in several ("group by region ... per region" /
    # "... by product ... per product"): each side puts there a word the prompt says
    # elsewhere. A word reworded beside one said elsewhere ("the append_column function
    # appends a column at" / "... adds a column to") is not that.
    return bool((ma - mb) & shared and (mb - ma) & shared)


def occurrences(keys: tuple[str, ...], wanted: frozenset[str]) -> list[int]:
    """Indexes of every occurrence of the (few) ``wanted`` keys."""
    found: list[int] = []
    for w in wanted:
        try:
            k = keys.index(w)
            while True:
                found.append(k)
                k = keys.index(w, k + 1)
        except ValueError:
            pass
    return found


def _split_halves(p: Parsed, only: frozenset[str], other_words: frozenset[str]) -> frozenset[str]:
    """Words of ``only`` (unmatched content words of ``p``) that ``p`` writes next to
    another as two halves of one word of the other side ("skin care" / "skincare"): the
    joined side matches through ``_is_joined``."""
    found: set[str] = set()
    words, canon = p.words, p.canon
    for k in occurrences(canon, only):
        for i, j in ((k - 1, k), (k, k + 1)):
            if 0 <= i and j < len(words) and canon[i] and canon[j]:
                if words[i] + words[j] in other_words:
                    found.update((canon[i], canon[j]))
    return frozenset(found)


def diff(a: Parsed, b: Parsed) -> Diff:
    only_a = a.content - b.content
    only_b = b.content - a.content
    if not only_a and not only_b:
        return Diff(only_a, only_b, False, _changed_place(a, b, only_a, only_b))
    negated = any(_negating_prefix(u, v) for u in only_a for v in only_b)
    words_a, words_b = frozenset(a.words), frozenset(b.words)
    new_a, new_b = words_a - words_b, words_b - words_a
    if not negated and (only_a or only_b):
        # as written: "used" is a stopword, "unused" is not ("the item is unused" / "used")
        negated = any(_negating_prefix(u, v) for u in new_a for v in new_b if u.isalpha())
    only_a -= _split_halves(a, only_a, words_b)
    only_b -= _split_halves(b, only_b, words_a)
    # A word is a typo of a word the other side writes only if its own side does not write
    # that word too ("person" beside "persona" is not a typo of it).
    keep_a = frozenset(
        u
        for u in only_a
        if not _fuzzy_in(
            u, only_b - b.entities if u in a.entities else only_b | new_b, words_b, a, b
        )
    )
    keep_b = frozenset(
        v
        for v in only_b
        if not _fuzzy_in(
            v, only_a - a.entities if v in b.entities else only_a | new_a, words_a, b, a
        )
    )
    return Diff(keep_a, keep_b, negated, _changed_place(a, b, keep_a, keep_b))


SHORT_PROMPT = 30  # words: longer prompts compare the place that changed (`added_detail`)

# Keys two prompts must share around the place where they differ for that place to be read
# alone: a pasted text, a form, a long system prompt.
_LONG_CONTEXT = 30


def _changed_place(
    a: Parsed, b: Parsed, only_a: frozenset[str], only_b: frozenset[str]
) -> Place | None:
    """Where two long prompts are the same text but for one place (a detail changed in a
    pasted email, a contract, a word problem), the content words each side says in that
    place and the other side does not say there; None for prompts that share less.

    The sets of words of a long prompt hide such a change: the new word is often said
    elsewhere in the text ("for store credit only" / "for a full refund" in a policy that
    grants a full refund elsewhere; "How many kWh does the bulb use" / "What is the total
    cost" after "Electricity costs ... per kWh"). Words matched as a typo of the other
    side's (``only_a`` / ``only_b`` are what is left unmatched) are left out."""
    if len(a.words) < _LONG_CONTEXT or len(b.words) < _LONG_CONTEXT or a.words == b.words:
        return None
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    if i + j < _LONG_CONTEXT:
        return None
    ma = {k for k in ka[i : len(ka) - j] if k in a.content}
    mb = {k for k in kb[i : len(kb) - j] if k in b.content}
    return Place(
        cached=frozenset(w for w in ma - mb if w in only_a or w in b.content),
        incoming=frozenset(w for w in mb - ma if w in only_b or w in a.content),
        around=frozenset(ka[:i]) | frozenset(ka[len(ka) - j :]),
    )
