"""Rule checks over two parsed prompts: each returns True when the prompts differ in kind."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from policies.verify import lexicon as lx
from policies.verify.direction import asks_symmetric, common_ends, keys
from policies.verify.text import (
    Parsed,
    _bpe_ranks,
    canonical,
    edit_distance_le1,
    layout,
    umlaut_variants,
)

_ANTONYMS: dict[str, frozenset[str]] = {}
for _x, _y in lx.ANTONYMS:
    _ANTONYMS.setdefault(_x, frozenset())
    _ANTONYMS.setdefault(_y, frozenset())
    _ANTONYMS[_x] |= {_y}
    _ANTONYMS[_y] |= {_x}
_UNIT_CANON = {u: canonical(u) for u in lx.UNITS}  # "lb" / "pound" are one unit


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
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    k = diff[0] if len(diff) == 1 else -1
    if k < 0 or k == len(x) - 1 or {x[k], y[k]} == {"s", "z"} or {x[k], y[k]} <= _VOWELS:
        return False  # a form of one word: "build" / "built", "write" / "wrote", "affect"
    return _known_pair(x, y)


@functools.lru_cache(maxsize=4096)
def _known_pair(x: str, y: str) -> bool:
    encode = _bpe_ranks()
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


def _swapped_in_place(a: Parsed, b: Parsed, d: Diff) -> bool:
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


def _occurrences(keys: tuple[str, ...], wanted: frozenset[str]) -> list[int]:
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
    for k in _occurrences(canon, only):
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


def number_mismatch(a: Parsed, b: Parsed) -> bool:
    """The numbers differ, or the same numbers count different things ("one item to two
    addresses" / "two items to one address")."""
    if a.numbers != b.numbers:
        if "1" not in a.numbers and "1" not in b.numbers:
            return True
        if not (_one_spelled(a, b) or _one_spelled(b, a)):
            return True
    if not a.numbers:
        return False
    ca, cb = _counted(a), _counted(b)
    return any(ca[w] != cb[w] for w in ca.keys() & cb.keys())


def _one_spelled(a: Parsed, b: Parsed) -> bool:
    """The numbers differ only by a "1" of ``a`` that ``b`` spells "one" ("Convert 1 liter"
    / "Convert one liter"): "one" is read as a number only where it cannot be a pronoun."""
    extra = Counter(a.numbers)
    extra.subtract(b.numbers)
    if any(v < 0 for v in extra.values()) or set(+extra) != {"1"}:
        return False
    ones = sum(1 for w in b.words if w == "one") - sum(1 for w in a.words if w == "one")
    return ones >= extra["1"]


_NOT_COUNTED = frozenset(lx.NUMBER_WORDS) | frozenset(("vs", "versus"))


def _counted(p: Parsed) -> dict[str, frozenset[str]]:
    """Content word -> the numbers written right before it ("2 items", "one address")."""
    found: dict[str, set[str]] = {}
    words, canon = p.words, p.canon
    for i, w in enumerate(words[:-1]):
        noun = canon[i + 1]
        if not noun or words[i + 1][:1].isdigit() or words[i + 1] in _NOT_COUNTED:
            continue  # "iPhone 15 vs Pixel 8": "vs" is not counted
        if w[:1].isdigit():
            value = w
        elif w in lx.NUMBER_WORDS and (w not in lx.WEAK_NUMBER_WORDS or w == "one"):
            value = lx.NUMBER_WORDS[w]
        else:
            continue
        if i + 2 < len(words) and words[i + 2][:1].isdigit():
            continue  # an operator between two numbers ("3 plus 4"), not a counted noun
        found.setdefault(noun, set()).add(value)
    return {k: frozenset(v) for k, v in found.items()}


def literal_mismatch(a: Parsed, b: Parsed) -> bool:
    """Operators or code differ ("2+2" / "2*2", "x > 5" / "x < 5", an indented line moved
    out of a loop), or both prompts carry symbols such as emoji and they differ ("👍" /
    "👎"; one emoji more or less on one side is decoration)."""
    if a.symbols == b.symbols and a.code == b.code:
        if "__" in a.source or "__" in b.source:
            if _blanks(a.source) != _blanks(b.source):
                return True
        return bool(a.marks) and bool(b.marks) and a.marks != b.marks
    # the same text laid out otherwise: re-indented, fenced, commented, spaced
    return layout(a.source) != layout(b.source)


_BLANK_RE = re.compile(r"([^\W_]*)[^\w\n]*(?<![^\W_])_{2,}(?![^\W_])[^\w\n]*([^\W_]*)")


def _blanks(text: str) -> tuple[tuple[str, str], ...]:
    """The word right before and right after each blank of a fill-in-the-blank exercise
    ("the weather ___ my mood" / "the ___ of the weather on my mood"): the same words
    around another place of the blank ask for another word."""
    if "__" not in text:
        return ()
    return tuple((x.casefold(), y.casefold()) for x, y in _BLANK_RE.findall(text))


def unit_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both sides name units and they differ ("5 km" / "5 miles"); or a number's unit changed."""
    ua, ub = _units(a.words), _units(b.words)
    return ua != ub and (bool(ua and ub) or bool(a.numbers and b.numbers))


_AGE_UNITS = frozenset("day days week weeks month months year years".split())


def _units(words: tuple[str, ...]) -> set[str]:
    """Units named, but not an age: "a 12-year-old cat" is the cat of "my cat is 12", "I
    am 16 years old" says "I'm 16" (another span of age is another word, "3 months old")."""
    return {
        _UNIT_CANON[w]
        for i, w in enumerate(words)
        if w in _UNIT_CANON
        and not (
            w in _AGE_UNITS
            and words[i + 1 : i + 2] == ("old",)
            and i > 0
            and (words[i - 1][:1].isdigit() or words[i - 1] in lx.NUMBER_WORDS)
        )
    }


def negation_mismatch(a: Parsed, b: Parsed, d: Diff) -> bool:
    if d.prefix_negation:
        return True
    neg_a, neg_b = _negations(a), _negations(b)
    na = sum(1 for w in a.words if w in neg_a)
    nb = sum(1 for w in b.words if w in neg_b)
    if na != nb and na + _refusals(a) != nb + _refusals(b):
        return True
    wa, wb = frozenset(a.words), frozenset(b.words)
    for w in wa - wb:
        opposite = _ANTONYMS.get(w)
        if opposite and opposite & (wb - wa):
            return True
    return _particle_flip(a.words, b.words) or (na > 0 and _negation_moved(a, b))


_ALL_NEGATIONS = lx.NEGATIONS | lx.FOREIGN_NEGATIONS
# Verbs that say "not" in their meaning: "won't pay" / "stops paying", "won't sign" /
# "refuses to sign", "ignore a summons" / "don't respond to a summons". Counted as a
# negation only to match one on the other side, never to flip a pair that has none.
_REFUSING = frozenset(
    """
    refuse refuses refused refusing ignore ignores ignored ignoring decline declines
    declined declining fail fails failed failing
    """.split()
)
_STOPPING = frozenset("stop stops stopped stopping quit quits quitting".split())


def _refusals(p: Parsed) -> int:
    """Refusal verbs in ``p``; "stop" / "quit" only before an -ing verb ("stops paying")."""
    words = p.words
    n = 0
    for i, w in enumerate(words):
        if w in _REFUSING or (
            w in _STOPPING and i + 1 < len(words) and words[i + 1].endswith("ing")
        ):
            n += 1
    return n


def _negations(p: Parsed) -> frozenset[str]:
    """The words that negate in ``p``: English (and German, French, Spanish) negations, and
    those of Portuguese, Italian, Dutch in a prompt not read as English ("não", "non",
    "niet"; "sin" and "non" are English words too)."""
    return lx.NEGATIONS if "en" in p.language else _ALL_NEGATIONS


def _negated(p: Parsed) -> frozenset[str]:
    """Content words in a clause that holds a negation."""
    found: set[str] = set()
    clause: list[str] = []
    negated = False
    negations = _negations(p)
    sent = p.sentences
    for k, (w, c) in enumerate(zip(p.words, p.canon, strict=True)):
        if k and sent and sent[k] != sent[k - 1]:  # a clause never spans a sentence end
            if negated:
                found.update(clause)
            clause, negated = [], False
        if w in lx.CLAUSE_WORDS:
            if negated:
                found.update(clause)
            clause, negated = [], False
        elif w in negations:
            negated = True
        elif c:
            clause.append(c)
    if negated:
        found.update(clause)
    return frozenset(found)


def _negation_moved(a: Parsed, b: Parsed) -> bool:
    """As many negations on each side, but in other clauses: each side negates a word the
    other side says plainly ("delivered but I was not home" / "not delivered and I was
    home"). A clause split differently on one side only ("slow and not working" / "not
    working and slow") negates more words on that side, not other ones."""
    shared = a.content & b.content
    na, nb = _negated(a) & shared, _negated(b) & shared
    return bool(na - nb) and bool(nb - na)


def _particle_flip(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    pa = {(x, y) for x, y in itertools.pairwise(wa)}
    pb = {(x, y) for x, y in itertools.pairwise(wb)}
    for x, y in lx.PARTICLE_PAIRS:
        for verb, particle in pa:
            if particle == x and (verb, y) in pb and (verb, x) not in pb:
                return True
            if particle == y and (verb, x) in pb and (verb, y) not in pb:
                return True
    return False


def _set_of(p: Parsed, vocabulary: frozenset[str], synonyms: dict[str, str]) -> set[str]:
    return {synonyms.get(w, w) for w in p.words if w in vocabulary}


_LANGUAGE_WORDS = lx.HUMAN_LANGUAGES | frozenset(lx.LANGUAGE_NAMES)


def language_mismatch(a: Parsed, b: Parsed) -> bool:
    """The languages named differ ("translate to French" / "to German", "traduce al
    inglés" / "al francés")."""
    return _set_of(a, _LANGUAGE_WORDS, lx.LANGUAGE_NAMES) != _set_of(
        b, _LANGUAGE_WORDS, lx.LANGUAGE_NAMES
    )


def cross_language(a: Parsed, b: Parsed) -> bool:
    """The prompts are written in two languages ("¿Qué es Python?" / "What is Python?",
    "Qu'est-ce que Python ?" / "¿Qué es Python?"): the answer comes in the prompt's
    language. Each side's likeliest languages (by function words) share none."""
    if not a.language or not b.language or a.language == b.language:
        return False
    return set(a.language.split("+")).isdisjoint(b.language.split("+"))


_SHORT = 30  # words: longer prompts compare the place that changed (`added_detail`)


def foreign_added_word(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two short prompts in a language other than English where one side says a word the
    other does not ("Por que o café é saudável?" / "... não é saudável?", "Hazlo corto" /
    "Hazlo más corto"): the classifier was fitted on English and cannot tell which such
    words are framing; only words matched on both sides (typos and accents tolerated) may
    differ."""
    if not (d.only_cached or d.only_incoming):
        return False
    if "en" in a.language or "en" in b.language or not (a.language or b.language):
        return False
    return len(a.words) < _SHORT and len(b.words) < _SHORT


def _code_set(p: Parsed) -> set[str]:
    # a tool or a platform by any of its names ("Mac" / "macOS", "Postgres" / "PostgreSQL")
    found = {s for s in (lx.SYNONYMS.get(w, w) for w in p.words) if s in lx.CODE_LANGUAGES}
    words = p.words
    for i, w in enumerate(words):
        if w == "go" and i > 0 and words[i - 1] in _GO_VERB_LEADS:
            continue  # the verb: "a wine to go with salmon", "where should I go in"
        if w in ("c", "r", "go", "d") and (
            (i > 0 and words[i - 1] in lx.CODE_CONTEXT)
            or (i + 1 < len(words) and words[i + 1] in lx.CODE_CONTEXT)
        ):
            found.add(w)
    return found


# Words before "go" that make it the verb (not the language "Go"): "to go with", "I go
# in", "can go", "let's go".
_GO_VERB_LEADS = frozenset(
    "to i we you they he she it can could should would will must may might let us not".split()
)


def code_language_mismatch(a: Parsed, b: Parsed) -> bool:
    return _code_set(a) != _code_set(b)


def _differs(sa: set[str], sb: set[str], strong: frozenset[str]) -> bool:
    """Both sides name one (and they differ), or one side adds a strong one."""
    if sa == sb:
        return False
    return bool(sa and sb) or bool((sa ^ sb) & strong)


def time_mismatch(a: Parsed, b: Parsed) -> bool:
    return _differs(_times(a), _times(b), lx.STRONG_TIME_WORDS)


# What follows "last" said as a verb ("How long do brake rotors last?", "last longer").
_LAST_VERB_NEXT = frozenset("longer for in on without if when through until".split())


def _times(p: Parsed) -> set[str]:
    """Time words; "last" as the verb of a duration ("How long does X last" asks what "the
    lifespan of X" asks) is none."""
    found = _set_of(p, lx.TIME_WORDS, lx.TIME_SYNONYMS)
    if "last" in found and "long" in p.words:
        words = p.words
        if all(
            i + 1 == len(words) or words[i + 1] in _LAST_VERB_NEXT
            for i, w in enumerate(words)
            if w == "last"
        ):
            found.discard("last")
    return found


def format_mismatch(a: Parsed, b: Parsed) -> bool:
    return _differs(_formats(a), _formats(b), lx.STRONG_FORMAT_WORDS)


_EXPLAIN_VERBS = frozenset("explain explained describe define".split())


def _formats(p: Parsed) -> set[str]:
    """Format words, and "explain ... simply" read as "eli5": "simply" alone is filler
    ("How do I simply delete a file"), after a request to explain it asks for a style."""
    found = _set_of(p, lx.FORMAT_WORDS, lx.FORMAT_SYNONYMS)
    words = p.words
    if "simply" not in words:
        return found
    for i, w in enumerate(words):
        if w == "simply" and not _EXPLAIN_VERBS.isdisjoint(words[max(0, i - 3) : i + 3]):
            found.add("eli5")
    return found


_OWNERS = frozenset("my our your his her their me us him them".split())


def owner_mismatch(a: Parsed, b: Parsed) -> bool:
    """The same words but for whose thing it is ("fix my code" / "fix your code", "send it
    to him" / "to her"): possessive or object pronouns of other persons at the same places,
    with every subject kept (a generic "you" shifts the subject too: "How do I fix my
    phone" / "How do you fix your phone" ask one thing)."""
    if len(a.words) != len(b.words) or a.words == b.words:
        return False
    return all(
        x == y or (x in _OWNERS and y in _OWNERS and lx.PERSONS[x] != lx.PERSONS[y])
        for x, y in zip(a.words, b.words, strict=True)
    )


def entity_mismatch(a: Parsed, b: Parsed, d: Diff) -> bool:
    return bool(d.only_cached & a.entities or d.only_incoming & b.entities)


def substitution(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Each side has a content word the other lacks: something was swapped (also in place
    for a word the prompt says elsewhere)."""
    if d.only_cached and d.only_incoming:
        return True
    if d.place is not None:
        return bool(d.place.cached and d.place.incoming)
    return _swapped_in_place(a, b, d) or _noun_replaced(a, b, d)


# Stopwords that are nouns: framing in "a question about X", a thing of its own in "a
# question mark" ("type a question mark" / "type an exclamation mark")
_NOUN_STOPWORDS = frozenset("~" + w for w in "question questions thing things stuff".split())
_REPLACED_SPAN = 3  # words at most where two short prompts differ


def _noun_replaced(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two short prompts differ in one place only, where one side says a noun the
    stopword list holds ("question") and the other a content word it lacks: the classifier
    sees one word added, not one swapped ("How do I type a question mark?" / "How do I
    type an exclamation mark?")."""
    if bool(d.only_cached) == bool(d.only_incoming) or len(a.words) >= _SHORT:
        return False
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    ma, mb = ka[i : len(ka) - j], kb[i : len(kb) - j]
    if not ma or not mb or len(ma) > _REPLACED_SPAN or len(mb) > _REPLACED_SPAN:
        return False
    if d.only_incoming:
        ma, mb = mb, ma
    return not _NOUN_STOPWORDS.isdisjoint(mb) and any(k[0] != "~" for k in ma)


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


_TEXT_NOUNS = frozenset(canonical(w) for w in lx.DEICTIC_NOUNS)


def added_detail(d: Diff) -> bool:
    """Two long prompts are the same text but for one place, where one side adds content
    words and the other adds none: a detail one lacks ("heating and plumbing" / "heating,
    plumbing and electrical", "a 420 km trip" / "a 420 km round trip", "in 3 bullet
    points" / "... for a non-technical executive"). In a long prompt the classifier reads
    so small a change as noise. A word the adding side also says around that place is
    said twice, not added ("Solve this step by step, showing your working" / "... and
    show the steps"), and the noun naming the pasted text adds nothing ("Solve this
    problem" / "Solve this")."""
    place = d.place
    if place is None or bool(place.cached) == bool(place.incoming):
        return False
    return bool((place.cached | place.incoming) - place.around - _TEXT_NOUNS)


# "the main difference", "the key differences": the same comparison
_DIFFERENCE_DEGREES = frozenset(
    canonical(w)
    for w in "key main major important biggest basic exact real actual significant".split()
)


def comparison_detail(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two comparisons of the same things where one adds what the comparison is for or
    about ("Compare Python and Java" / "... for beginners", "X or Y?" / "X or Y for
    gaming?"): which one wins depends on it. The classifier reads one added word in a
    short prompt as a paraphrase. The words that ask for the comparison are no detail
    ("X vs Y" / "the difference between X and Y")."""
    if len(a.words) >= _SHORT or len(b.words) >= _SHORT:
        return False  # a long prompt: `added_detail` reads the place that changed
    only_a = d.only_cached - COMPARISON_FRAME - _DIFFERENCE_DEGREES
    only_b = d.only_incoming - COMPARISON_FRAME - _DIFFERENCE_DEGREES
    if bool(only_a) == bool(only_b):
        return False
    return asks_symmetric(keys(a)) and asks_symmetric(keys(b))


_STATEMENT_STARTS = frozenset(
    "i we my our he she they it its his her their there the this that these those".split()
)
_FINITE = frozenset("am is are was were has have had will would can".split())


def statement(piece: tuple[str, ...]) -> bool:
    """A sentence that states the asker's situation ("I live in Texas", "Budget is $30"),
    not a question or an instruction."""
    if piece[0] in _STATEMENT_STARTS:
        return True
    return len(piece) > 2 and piece[1] in _FINITE and piece[0] not in lx.WH_WORDS | lx.POLAR_STARTS


# The function words of a comparison's wording: "X vs Y" / "Which is better, X or Y?" /
# "the difference between X and Y" / "How does X compare to Y?".
COMPARISON_FRAME = frozenset(
    "~which ~what ~how ~is ~are ~does ~do ~one ~or ~and ~the ~a ~an ~with ~to"
    " difference between".split()
)


def added_statement(a: Parsed, b: Parsed, d: Diff) -> bool:
    """One side states something more about the asker's situation in a sentence of its own,
    none of whose words the other side says ("My wifi keeps dropping. I already tried
    restarting the router. How do I fix it?"): an answer to the other may be the one
    already tried."""
    for p, only in ((a, d.only_cached), (b, d.only_incoming)):
        sent = p.sentences
        if not only or sent[-1:] in ((), (0,)):
            continue
        # a sentence of words all unmatched holds one of them: look only there
        for s in {sent[k] for k in _occurrences(p.canon, only)} - p.questions:
            start, end = bisect_left(sent, s), bisect_right(sent, s)
            if {c for c in p.canon[start:end] if c} <= only and statement(p.words[start:end]):
                return True
    return False


def context_reference(a: Parsed, b: Parsed) -> bool:
    """A prompt that points at text the cache never saw ("this code", "the image below")."""
    return a.words != b.words and (_points_outside(a.words) or _points_outside(b.words))


_CARRIED = 8  # words of text next to the reference: the prompt carries what it points at
_PASTED_BEFORE = 30  # words before a forward reference: a text pasted before its request


def _points_outside(words: tuple[str, ...]) -> bool:
    """A reference to text the prompt does not carry: "Summarize this article" alone, not
    "Summarize this article: <the article>" (the other rules compare what it carries), nor
    "<the article> Summarize the article below" (a text pasted before its request: a
    forward reference after many words points back at them; "attached" never does)."""
    for i, w in enumerate(words):
        if w in lx.DEICTIC_WORDS:
            if w in lx.BACKWARD_DEICTIC_WORDS:
                carried = i
            else:
                after = len(words) - i - 1
                carried = after if w == "attached" or i < _PASTED_BEFORE else i
            if carried < _CARRIED:
                return True
        elif w in ("this", "these", "following", "attached", "given") and i + 1 < len(words):
            after = len(words) - i - 2
            if words[i + 1] in lx.DEICTIC_NOUNS and after < _CARRIED:
                if w == "attached" or i < _PASTED_BEFORE:
                    return True
    return False


# Judgments a question asks for ("Is it rude to X" / "Is it okay to X"): one class per
# judgment, its other words folded in (`phrasings` writes "acceptable" / "impolite" one way)
_JUDGMENT_CLASS = {
    "okay": "okay",
    "ok": "okay",
    "acceptable": "okay",
    "appropriate": "okay",
    "inappropriate": "inappropriate",
    "alright": "okay",
    "fair": "fair",
    "reasonable": "fair",
    "unfair": "unfair",
    "rude": "rude",
    "impolite": "rude",
    "polite": "polite",
    "legal": "legal",
    "lawful": "legal",
    "illegal": "illegal",
    "unlawful": "illegal",
    "normal": "normal",  # `phrasings` writes "Is it common (usual) for X to V" with it
    "weird": "weird",
    "strange": "weird",
    "ethical": "ethical",
    "unethical": "unethical",
}
_BAD_JUDGMENTS = frozenset(("unfair", "rude", "illegal", "weird", "unethical", "inappropriate"))


# A permission ("Can I V", "Is X allowed to V") is not a need ("Is X required to V", "Do I
# need X") nor a ban ("Is V-ing banned"): each only on one side
_PERMITTED = frozenset(("allowed", "permitted"))
_NEEDED = frozenset(
    ("required", "necessary", "mandatory", "compulsory", "need", "needs", "needed", "must")
)


_FORBIDDEN = frozenset(("banned", "forbidden", "prohibited", "illegal", "outlawed"))


def _modality(p: Parsed) -> tuple[bool, bool]:
    words = p.words
    permit = (bool(words) and words[0] in ("can", "may")) or not _PERMITTED.isdisjoint(words)
    return permit, not (_NEEDED.isdisjoint(words) and _FORBIDDEN.isdisjoint(words))


# "Is it healthy to V" asks whether V does one good, "Can I V" (or "Is it okay to V", which
# `procedures` writes "Can I V") asks a leave: "Is it okay to text my ex" / "Is it healthy to
# text my ex"
_HEALTHY_ASK = ("is", "it", "healthy", "to")
_LEAVE_OPENINGS = frozenset((("can", "i"), ("can", "you"), ("can", "we"), ("may", "i")))


def _healthy_for_leave(a: Parsed, b: Parsed) -> bool:
    return a.words[:4] == _HEALTHY_ASK and b.words[:2] in _LEAVE_OPENINGS


def judgment_mismatch(a: Parsed, b: Parsed) -> bool:
    """Another judgment asked for ("Is it okay to X" / "Is it rude to X"), or a bad one on
    one side only ("Can I ask for X" / "Is it rude to ask for X"), or a permission for a
    need ("Can I park here" / "Is parking required here")."""
    if _healthy_for_leave(a, b) or _healthy_for_leave(b, a):
        return True
    pa, na = _modality(a)
    pb, nb = _modality(b)
    if (pa and not na and nb and not pb) or (pb and not nb and na and not pa):
        return True
    ja = {_JUDGMENT_CLASS[w] for w in a.words if w in _JUDGMENT_CLASS}
    jb = {_JUDGMENT_CLASS[w] for w in b.words if w in _JUDGMENT_CLASS}
    if ja == jb:
        return False
    return bool(ja and jb) or not _BAD_JUDGMENTS.isdisjoint(ja | jb)
