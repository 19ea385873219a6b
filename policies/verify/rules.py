"""Rule checks over two parsed prompts: each returns True when the prompts differ in kind."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from policies.verify import lexicon as lx
from policies.verify.direction import any_adjacent_reversed, asks_symmetric, common_ends, keys
from policies.verify.text import Parsed, canonical, edit_distance_le1, layout, umlaut_variants

_ANTONYMS: dict[str, frozenset[str]] = {}
for _x, _y in lx.ANTONYMS:
    _ANTONYMS.setdefault(_x, frozenset())
    _ANTONYMS.setdefault(_y, frozenset())
    _ANTONYMS[_x] |= {_y}
    _ANTONYMS[_y] |= {_x}
_UNIT_CANON = {u: canonical(u) for u in lx.UNITS}  # "lb" / "pound" are one unit
# Words the synonym table names, with their plurals ("kids" / "children").
SYNONYM_WORDS = frozenset(lx.SYNONYMS) | frozenset(w + "s" for w in lx.SYNONYMS)


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
    if len(word) < 4:
        return False
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
        (edit_distance_le1(x, y) or _shared_stem(x, y)) and not umlaut_variants(x, y, german)
        for x in wa
        for y in wb
    )


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
    only_a -= _split_halves(a, only_a, words_b)
    only_b -= _split_halves(b, only_b, words_a)
    # A word is a typo of a word the other side writes only if its own side does not write
    # that word too ("person" beside "persona" is not a typo of it).
    new_a, new_b = words_a - words_b, words_b - words_a
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
        return bool(a.marks) and bool(b.marks) and a.marks != b.marks
    # the same text laid out otherwise: re-indented, fenced, commented, spaced
    return layout(a.source) != layout(b.source)


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
    if na != nb:
        return True
    wa, wb = frozenset(a.words), frozenset(b.words)
    for w in wa - wb:
        opposite = _ANTONYMS.get(w)
        if opposite and opposite & (wb - wa):
            return True
    return _particle_flip(a.words, b.words) or (na > 0 and _negation_moved(a, b))


_ALL_NEGATIONS = lx.NEGATIONS | lx.FOREIGN_NEGATIONS


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
    found = {lx.SYNONYMS.get(w, w) for w in p.words if w in lx.CODE_LANGUAGES}
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
    return _differs(
        _set_of(a, lx.TIME_WORDS, lx.TIME_SYNONYMS),
        _set_of(b, lx.TIME_WORDS, lx.TIME_SYNONYMS),
        lx.STRONG_TIME_WORDS,
    )


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
    return _swapped_in_place(a, b, d)


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
    only_a = d.only_cached - _COMPARISON_FRAME - _DIFFERENCE_DEGREES
    only_b = d.only_incoming - _COMPARISON_FRAME - _DIFFERENCE_DEGREES
    if bool(only_a) == bool(only_b):
        return False
    return asks_symmetric(keys(a)) and asks_symmetric(keys(b))


def wh_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both ask for a specific kind of answer and the kinds differ ("who" / "where")."""
    wa, wb = _wh(a.words, a.canon), _wh(b.words, b.canon)
    return bool(wa and wb) and wa != wb


def form_mismatch(a: Parsed, b: Parsed, d: Diff) -> bool:
    """The same content words asked as a yes/no question on one side, and as a wh-question
    ("Is X hotter than Y?" / "Why is X hotter than Y?", "Does X cause Y?" / "How does X
    cause Y?") or stated ("Eggs are bad for you." / "Are eggs bad for you?") on the other:
    the classifier reads the words, and they are all the same. Not an alternative question
    ("Is X or Y faster?" / "Which is faster, X or Y?"), a question the yes/no one embeds
    ("Do you know why ..."), a degree ("Is X safe?" / "How safe is X?") or a possibility
    ("Is there a way to X?" / "How do I X?"). Also two known kinds of question about the
    same words ("What is irony?" / "Give me examples of irony", "Why is X" / "Why was X")."""
    if a.words == b.words:
        return False
    if _kind_mismatch(a, b):
        return True
    if d.only_cached or d.only_incoming or _sentences(a) > 1 or _sentences(b) > 1:
        return False  # "What is X? Does it hurt?" asks more than its first sentence
    fa, fb = _form(a.words), _form(b.words)
    if fa == fb or "polar" not in (fa, fb):
        return False
    if fb == "polar":
        a, b, fb = b, a, fa
    if not (_english_or_unknown(a) and _english_or_unknown(b)):
        return False
    words = a.words
    if "or" in words or "or" in b.words or not lx.WH_WORDS.isdisjoint(words):
        return False
    if words[1:2] and words[1] in _ADDRESSED:
        return False  # a request: "Could someone explain X?" / "What is X?"
    if asks_symmetric(keys(a)) and asks_symmetric(keys(b)):
        return False  # "Is there a difference between X and Y?" / "What is the difference"
    if fb == "other":
        return _states(b, words[0])
    if fb == "how":
        if words[:2] in _POSSIBILITY or words[:3] == ("is", "it", "possible"):
            return False
        k = b.words.index("how")
        after = b.words[k + 1 : k + 2]
        if (
            after
            and after[0] in words
            and after[0] not in lx.POLAR_STARTS
            and f"how {after[0]}" not in lx.WH_CLASSES
        ):
            return False  # "How safe is X" asks what "Is X safe" asks
    return True


def _kind_mismatch(a: Parsed, b: Parsed) -> bool:
    fa, fb = _framed(a.words), _framed(b.words)
    if fa is None or fb is None or fa[0] == fb[0] or "calc" in (fa[0], fb[0]):
        return False
    ra = Counter(c for c in a.canon[fa[1] : fa[2]] if c)
    rb = Counter(c for c in b.canon[fb[1] : fb[2]] if c)
    return bool(ra) and ra == rb


def _sentences(p: Parsed) -> int:
    return p.sentences[-1] + 1 if p.sentences else 1


def _form(words: tuple[str, ...]) -> str:
    """``question_form``, but "polar" only for a prompt an auxiliary opens ("Eggs are bad"
    states)."""
    form = question_form_of(words)
    return "other" if form == "polar" and words[0] not in lx.POLAR_STARTS else form


_ADDRESSED = frozenset("someone somebody anyone anybody".split())
_POSSIBILITY = (("is", "there"), ("are", "there"))  # "Is there a way to", "Are there ways to"
_STATED_SUBJECTS = frozenset("i we you he she it they there".split())


def _states(p: Parsed, auxiliary: str) -> bool:
    """``p`` is one sentence stating what a yes/no question opened by ``auxiliary`` asks
    ("Eggs are bad for cholesterol." / "Are eggs bad ...?"): it says that auxiliary after
    its subject, asks nothing ("?", a wh-word, "if", "whether")."""
    words = p.words
    if "?" in p.source or (p.sentences and p.sentences[-1] != 0):
        return False
    if not lx.WH_WORDS.isdisjoint(words) or "if" in words or "whether" in words:
        return False
    for k in range(1, len(words)):
        if words[k] == auxiliary:
            # "... is it safe" is the question typed in another order
            return words[k + 1 : k + 2] == () or words[k + 1] not in _STATED_SUBJECTS
    return False


_CLAUSE_SUBJECTS = frozenset("i we you he she they it my our your his her their".split())


def _wh(words: tuple[str, ...], canon: tuple[str, ...] = ()) -> frozenset[str]:
    """The kinds of answer asked for. "when" right after a noun or verb and before a
    subject opens a clause, it asks nothing ("Who pays the closing costs when I am the
    buyer" asks what "As the buyer, who pays the closing costs" asks)."""
    found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES}
    if canon and "when" in words:
        subordinate = all(
            0 < k < len(words) - 1 and canon[k - 1] and words[k + 1] in _CLAUSE_SUBJECTS
            for k, w in enumerate(words)
            if w == "when"
        )
        if subordinate:
            found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES and w != "when"}
    for k, x in enumerate(words[:-1]):
        if x == "how":
            cls = lx.WH_CLASSES.get(f"how {words[k + 1]}")
            if cls:
                found.add(cls)
    return frozenset(found)


def same_request(a: Parsed, b: Parsed) -> bool:
    """The prompts are the same words but for framing the classifier misreads: function
    words moved ("what the capital of Peru is" / "what is the capital of Peru", "how I
    should" / "how should I"), the opening of a how-question reworded ("How do I" / "How
    can I" / "How to"), or a word swapped in place for its synonym from the lexicon's
    closed table ("Write" / "Compose a cover letter"). Content words, negations and
    quantifiers keep their order ("not all" / "all ... not" is not this). Also "Recommend
    a sunscreen for X" / "What sunscreen would you recommend for X"."""
    ra = _recommended(a.words)
    if ra is not None and ra == _recommended(b.words):
        return True
    ka, kb = _how_opening(a.words), _how_opening(b.words)
    if not (ka and kb):
        ka, kb = _list_opening(a.words), _list_opening(b.words)
    if not (ka and kb):
        ka = kb = 0
        fa, fb = _framed(a.words), _framed(b.words)
        if fa is not None and fb is not None and fa[0] == fb[0]:
            if fa[0] == "calc":  # "15%" / "15 percent": the keys, not the words as written
                if keys(a)[fa[1] : fa[2]] == keys(b)[fb[1] : fb[2]]:
                    return True
            elif _same_words(a, b, fa[1], fa[2], fb[1], fb[2]):
                return True
    return _same_words(a, b, ka, len(a.words), kb, len(b.words))


def _same_words(a: Parsed, b: Parsed, ka: int, ea: int, kb: int, eb: int) -> bool:
    """``a.words[ka:ea]`` and ``b.words[kb:eb]`` are the same words (``same_request``)."""
    wa, wb = a.words[ka:ea], b.words[kb:eb]
    if not wa or not wb:
        return False
    if Counter(wa) == Counter(wb):
        return _order_keys(a, ka, ea) == _order_keys(b, kb, eb)
    if len(wa) != len(wb) or _article_keys(a, ka, ea) != _article_keys(b, kb, eb):
        return False
    return all(
        u == v or (u in SYNONYM_WORDS and v in SYNONYM_WORDS) or (u in _ARTICLES and v in _ARTICLES)
        for u, v in zip(wa, wb, strict=True)
    )


# "the phone number" / "my phone number" in a request the asker makes for themself.
_ARTICLES = frozenset("a an the my".split())


def _article_keys(p: Parsed, start: int, end: int) -> list[str]:
    return ["~the" if k[1:] in _ARTICLES else k for k in keys(p)[start:end]]


_HOW_MODALS = frozenset("do does can could should".split())
_HOW_SUBJECTS = frozenset("i you we one".split())


def _how_opening(words: tuple[str, ...]) -> int:
    """Length of a present-tense "how do I" / "how can we" / "how to" opening, else 0."""
    if words[:2] == ("how", "to"):
        return 2
    if words[:1] == ("how",) and len(words) > 2:
        if words[1] in _HOW_MODALS and words[2] in _HOW_SUBJECTS:
            return 3
    return 0


_RECOMMEND_VERBS = frozenset(("recommend", "suggest"))
_RECOMMEND_MODALS = frozenset("would do can could".split())


def _recommended(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """What a request for a recommendation asks for, read the same in "Recommend a
    sunscreen for everyday use" and "What sunscreen would you recommend for everyday use"
    (the thing, then the rest), else None."""
    if not words:
        return None
    if words[0] in _RECOMMEND_VERBS:
        rest = words[1:]
        if rest[:1] == ("me",):
            rest = rest[1:]
        if rest[:1] in (("a",), ("an",), ("some",)):
            rest = rest[1:]
        return rest or None
    if words[0] not in ("what", "which"):
        return None
    for k in range(1, min(len(words) - 2, 6)):
        if (
            words[k] in _RECOMMEND_MODALS
            and words[k + 1] == "you"
            and words[k + 2] in _RECOMMEND_VERBS
        ):
            return (words[1:k] + words[k + 3 :]) or None
        if words[k] in lx.STOPWORDS and words[k] not in ("good",):
            return None  # "what is the best", "which of": not "what <thing> would you"
    return None


_LIST_OPENINGS = (("what", "are"), ("list",), ("give", "me"), ("name",), ("show", "me"))


def _list_opening(words: tuple[str, ...]) -> int:
    """Length of an opening that asks for a list ("What are the top 3 ..." / "List the top
    3 ..." / "Give me the top 3 ..."), before "the", "some" or a number, else 0."""
    for opening in _LIST_OPENINGS:
        k = len(opening)
        if words[:k] == opening and len(words) > k + 1:
            nxt = words[k]
            if nxt in ("the", "some") or nxt[:1].isdigit() or nxt in lx.NUMBER_WORDS:
                return k
    return 0


def _seq(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(x.split()) for x in phrases)


# Openings (and closings) that ask one kind of question about what follows them, by
# kind: the same rest under two openings of one kind asks one thing ("What's the best way
# to X" / "How do I X", "Why is X Y" / "What makes X Y", "Define X" / "What does X mean").
# Not "the meaning of": "What is the meaning of life" is no definition of "life".
_FRAMED_OPENINGS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (
        "how",
        _seq(
            "what is the best way to",
            "what is the way to",
            "what are the steps to",
            "is there a way to",
            "the best way to",
            "best way to",
            "steps to",
        ),
    ),
    ("why", _seq("why is", "why are", "why does", "why do", "what makes", "what make")),
    ("why-past", _seq("why was", "why were", "why did", "what made")),
    (
        "define",
        _seq(
            "what is the definition of",
            "give me the definition of",
            "definition of",
            "define",
            "what is",
        ),
    ),
    (
        "examples",
        _seq(
            "what are some examples of",
            "what are examples of",
            "give me some examples of",
            "give me examples of",
            "give some examples of",
            "give examples of",
            "list some examples of",
            "list examples of",
            "some examples of",
            "examples of",
        ),
    ),
)
_DEFINED_WORDS = 4  # "What is X" asks for a definition of a short X only


# Asking for the result of a calculation with numbers: "Solve for x: 2x + 3 = 7" / "solve
# 2x + 3 = 7" / "2x + 3 = 7, what is x?", "What is 15% of 80" / "Calculate 15 percent of 80".
_CALC_OPENINGS = _seq(
    "what is the value of",
    "find the value of",
    "solve the equation",
    "solve for x",
    "find x if",
    "find x",
    "solve",
    "find",
    "calculate",
    "compute",
    "evaluate",
    "work out",
    "what is",
    "how much is",
)
_CALC_CLOSINGS = _seq("what is x", "find x", "solve for x")


def _calculation(words: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the expression a request for a calculation asks about (a number
    in it), after its opening and before its closing, else None."""
    n = len(words)
    start = 0
    for opening in _CALC_OPENINGS:
        if words[: len(opening)] == opening:
            start = len(opening)
            break
    end = n
    for closing in _CALC_CLOSINGS:
        if n - start > len(closing) and words[n - len(closing) :] == closing:
            end = n - len(closing)
            break
    if start == end or not any(w[:1].isdigit() for w in words[start:end]):
        return None
    if not start and not words[0][:1].isdigit() and end == n:
        return None  # neither framed nor an expression alone
    return start, end


def _framed(words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """(kind, start, end) of what a question asks about, between an opening of a known
    kind and its closing ("what does X mean", "X definition"), else None."""
    n = len(words)
    if n >= 4 and words[:2] == ("what", "does") and words[-1] == "mean":
        return "define", 2, n - 1
    if 2 <= n <= _DEFINED_WORDS + 1 and words[-1] == "definition":
        return "define", int(words[0] in ("a", "an") and n > 2), n - 1
    how = _how_opening(words)
    if how:
        return "how", how, n
    for kind, openings in _FRAMED_OPENINGS:
        if kind == "define":
            calc = _calculation(words)  # "What is 15% of 80" asks no definition
            if calc is not None:
                return "calc", *calc
        for opening in openings:
            k = len(opening)
            if words[:k] == opening and n > k:
                if opening == ("what", "is") and n - k > _DEFINED_WORDS:
                    continue
                if kind == "define" and words[k] in ("a", "an") and n > k + 1:
                    k += 1  # "What is a black hole" / "black hole definition"
                return kind, k, n
    return None


_STATEMENT_STARTS = frozenset(
    "i we my our he she they it its his her their there the this that these those".split()
)
_FINITE = frozenset("am is are was were has have had will would can".split())
_SUBORDINATORS = frozenset("if while since".split())
_SUBORDINATE_SUBJECTS = frozenset("i we my our he she they it his her their".split())
# "How do I know if I am pregnant": "if" after these asks "whether", it states nothing.
_WHETHER_LEADS = frozenset(
    "know tell check see wonder wondering sure ask determine find out decide understand"
    " figure test whether even only as".split()
)
_SEQUENCE_WORDS = frozenset(
    "then next first firstly second secondly finally lastly later afterwards after before"
    " step".split()
)


def _pieces(p: Parsed) -> list[tuple[str, ...]] | None:
    """The sentences of a prompt, a trailing "if/while/since I ..." clause split off
    as a sentence of its own; None when there are more than four."""
    out: list[tuple[str, ...]] = []
    start = 0
    words, sent = p.words, p.sentences
    for k in range(1, len(words) + 1):
        if k < len(words) and sent[k] == sent[k - 1]:
            continue
        piece = words[start:k]
        for j in range(1, len(piece) - 2):
            if (
                piece[j] in _SUBORDINATORS
                and piece[j + 1] in _SUBORDINATE_SUBJECTS
                and piece[j - 1] not in _WHETHER_LEADS
            ):
                out.extend((piece[:j], piece[j + 1 :]))
                break
        else:
            out.append(piece)
        start = k
    return out if len(out) <= 4 else None


def _statement(piece: tuple[str, ...]) -> bool:
    """A sentence that states the asker's situation ("I live in Texas", "Budget is $30"),
    not a question or an instruction."""
    if piece[0] in _STATEMENT_STARTS:
        return True
    return len(piece) > 2 and piece[1] in _FINITE and piece[0] not in lx.WH_WORDS | lx.POLAR_STARTS


_KEYWORD_WORDS = 8  # words at most in a search-style prompt
_KEYWORD_STOPWORDS = 2  # function words at most ("flights NYC to LA")


_QUESTION_WORDS = lx.WH_WORDS | lx.POLAR_STARTS


def _keyword_style(p: Parsed) -> bool:
    """A search-style prompt: a few words, at most two function words, not a question
    ("Is sex fun?" / "Why is sex fun?" ask different things with the same content)."""
    return (
        len(p.words) <= _KEYWORD_WORDS
        and p.canon.count("") <= _KEYWORD_STOPWORDS
        and "?" not in p.source
        and _QUESTION_WORDS.isdisjoint(p.words)
    )


def _persons(p: Parsed) -> frozenset[str]:
    return frozenset(lx.PERSONS[w] for w in p.words if w in lx.PERSONS)


def _english_or_unknown(p: Parsed) -> bool:
    return not p.language or "en" in p.language.split("+")


def same_keywords(a: Parsed, b: Parsed) -> bool:
    """Two search-style prompts with the same content words in the same order, or one word
    moved from one end to the other, and a function word more or less ("flights NYC to
    LA" / "nyc to la flights", "distance earth to moon" / "earth moon distance", "5 feet
    in cm" / "5 ft to cm"): the classifier reads these as different questions. Not when
    the others change order ("train berlin munich" / "trains from munich to berlin"), or
    two words side by side are said in the other order ("milk chocolate recipe" /
    "recipe chocolate milk"), nor in questions."""
    if not (_keyword_style(a) and _keyword_style(b)) or a.code or b.code:
        return False
    if not _english_or_unknown(a) or not _english_or_unknown(b):
        return False  # other languages' function words are content words here
    if _persons(a) != _persons(b):
        return False  # "fix my code" / "fix your code"
    ca = [c for c in a.canon if c]
    cb = [c for c in b.canon if c]
    if not (ca == cb or ca[1:] + ca[:1] == cb or ca[-1:] + ca[:-1] == cb):
        return False  # "train berlin munich" / "trains from munich to berlin"
    return not any_adjacent_reversed(keys(a), keys(b))


# The function words of a comparison's wording: "X vs Y" / "Which is better, X or Y?" /
# "the difference between X and Y" / "How does X compare to Y?".
_COMPARISON_FRAME = frozenset(
    "~which ~what ~how ~is ~are ~does ~do ~one ~or ~and ~the ~a ~an ~with ~to"
    " difference between".split()
)


def same_comparison(a: Parsed, b: Parsed) -> bool:
    """Two questions comparing the same things by the same words, worded otherwise ("Is X
    or Y cheaper?" / "Y vs X: which is cheaper?", "Compare X and Y" / "the difference
    between Y and X"): the same content words, and the same function words but for those
    of the comparison's wording (so "than", "for", "better" stay). The rules have ruled
    out a swapped direction ("X better than Y") and a changed item or criterion."""
    if a.code or b.code or not (_english_or_unknown(a) and _english_or_unknown(b)):
        return False
    ka, kb = keys(a), keys(b)
    if not (asks_symmetric(ka) and asks_symmetric(kb)):
        return False
    ca = Counter(k for k in ka if k not in _COMPARISON_FRAME)
    cb = Counter(k for k in kb if k not in _COMPARISON_FRAME)
    return ca == cb


def same_statements(a: Parsed, b: Parsed) -> bool:
    """The same sentences in another order, or a statement of the asker's situation said as
    a sentence of its own on one side and as an "if" / "while" clause on the other ("I'm
    pregnant. Is it safe to eat sushi?" / "Is it safe to eat sushi while I'm pregnant?").
    One request at most among them (two instructions may be steps in order), and no word
    that orders them ("then", "first")."""
    if a.code or b.code or not a.words or not b.words:
        return False
    if not _SEQUENCE_WORDS.isdisjoint(a.words) or not _SEQUENCE_WORDS.isdisjoint(b.words):
        return False
    pa, pb = _pieces(a), _pieces(b)
    if pa is None or pb is None or len(pa) < 2 or Counter(pa) != Counter(pb):
        return False
    return sum(1 for piece in pa if not _statement(piece)) <= 1


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
            if {c for c in p.canon[start:end] if c} <= only and _statement(p.words[start:end]):
                return True
    return False


def _order_keys(p: Parsed, start: int, end: int) -> list[str]:
    return [
        w
        for w, c in zip(p.words[start:end], p.canon[start:end], strict=True)
        if c or w in lx.NEGATIONS or w in lx.QUANTIFIER_CLASSES
    ]


def counter_equal(a: Parsed, b: Parsed) -> bool:
    return Counter(a.canon) == Counter(b.canon)


def question_form(p: Parsed) -> str:
    """'why', 'what', 'how', ... or 'polar' (yes/no) for the first clause of a prompt."""
    return question_form_of(p.words)


def question_form_of(words: tuple[str, ...]) -> str:
    for w in words[:3]:
        if w in ("what", "which", "how", "why", "where", "who", "when", "whom", "whose"):
            return "what" if w == "which" else w
        if w in lx.POLAR_STARTS:
            return "polar"
    return "other"


_REQUEST_SUBJECTS = frozenset(("you", "u", "ya"))
_DO = frozenset("do does did".split())


def qualifier_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both prompts quantify and the classes differ ("all" / "some", "every" / "one"), or
    both are yes/no questions opened by modals of different classes ("Can I" / "Should
    I", "Must I" / "May I"). One-sided, a quantifier or a modal is framing, and so is a
    modal inside a wh-question ("How can I" / "How should I") or before "you" (a polite
    request); "What are some" / "What are all" ask for a list either way."""
    qa, qb = _quantifiers(a.words, a.canon), _quantifiers(b.words, b.canon)
    if qa and qb and qa != qb:
        return True
    ma, mb = _polar_modal(a.words), _polar_modal(b.words)
    if ma and mb and ma != mb:
        return True
    ta, tb = _opening_tense(a.words), _opening_tense(b.words)
    if ta and tb and ta != tb:
        return True
    if not (
        lx.FOREIGN_DEGREE_WORDS.isdisjoint(a.words) and lx.FOREIGN_DEGREE_WORDS.isdisjoint(b.words)
    ) and _degrees(a) != _degrees(b):
        return True
    return _count_mismatch(a, b)


def _degrees(p: Parsed) -> Counter[str]:
    """Degree words of other languages ("más", "plus de"... "muy", "sehr"), counted."""
    return Counter(w for w in p.words if w in lx.FOREIGN_DEGREE_WORDS)


def _count_mismatch(a: Parsed, b: Parsed) -> bool:
    """A request for one thing and the same request for several or all of that thing:
    "Give me one example of X" / "Give me examples of X", "Name a country in Africa" /
    "Name all the countries in Africa". Only in the object of a request verb: a generic
    singular elsewhere reads as the plural ("How many legs does a spider have" / "... do
    spiders have")."""
    ra, rb = _requested(a), _requested(b)
    if ra is None or rb is None or ra[0] != rb[0] or ra[1] == rb[1]:
        return False
    return "one" in (ra[1], rb[1])


_COUNTING_WORDS = frozenset(lx.NUMBER_WORDS) - {"one"}


def _requested(p: Parsed) -> tuple[str, str] | None:
    """(canonical head, count class) of what the first request verb asks for, if told."""
    words, canon = p.words, p.canon
    n = len(words)
    for i, w in enumerate(words[:-1]):
        if w not in lx.REQUEST_VERBS or (i and words[i - 1] not in lx.IMPERATIVE_LEADS):
            continue  # not an imperative: "a baby name", "how to make a cake"
        j = i + 1
        if words[j] in lx.OBJECT_PRONOUNS:
            j += 1
        if j >= n or words[j][:1].isdigit() or words[j] in _COUNTING_WORDS:
            return None  # counted by a number: the number rules compare it
        count = lx.REQUEST_COUNTS.get(words[j], "")
        if count == "one" and j + 1 < n and words[j + 1] in lx.SEVERAL_AFTER_A:
            count, j = "many", j + 1  # "a few", "a couple of", "a lot of"
        if count:
            j += 1
            while j < n and words[j] in ("of", "the", "single") and count != "many":
                j += 1  # "all of the", "every single"
        while j < n and not canon[j]:
            if words[j] in lx.DETERMINERS or words[j] in lx.REQUEST_COUNTS:
                return None  # "the list", "my notes": definite, the count is not told
            j += 1  # a stopword adjective: "a good name", "some nice ideas"
        if j >= n or words[j][:1].isdigit():
            return None
        if not count:
            w = words[j]
            if not (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))):
                return None  # a bare singular: a mass noun or a name, no count told
            count = "many"
        return canon[j], count
    return None


def _quantifiers(words: tuple[str, ...], canon: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for i, w in enumerate(words):
        cls = lx.QUANTIFIER_CLASSES.get(w)
        if cls is None:
            continue
        if i >= 2 and words[i - 2] in lx.WH_WORDS and words[i - 1] in lx.BE_FORMS:
            continue  # a list request: "what are some", "what are all"
        if w == "every" and i + 1 < len(words) and words[i + 1] == "other":
            cls = "alternate"  # "every other day"
        elif (
            w == "one"
            and words[i + 1 : i + 2] != ("of",)
            and not (
                i + 1 < len(words)
                and canon[i + 1]
                and (i == 0 or words[i - 1] not in lx.POLAR_STARTS)
            )
        ):
            continue  # a pronoun: "which one is", "how can one earn" ("one of" counts)
        found.add(cls)
    return frozenset(found)


def _opening_tense(words: tuple[str, ...]) -> str:
    """Present or past, from the auxiliary that opens a yes/no question ("Is Pluto" / "Was
    Pluto"). In a wh-question tense is often loose ("Who is" / "Who was Martin Luther?")."""
    return lx.AUXILIARY_TENSES.get(words[0], "") if words else ""


def _polar_modal(words: tuple[str, ...]) -> str:
    """The class of the modal that opens a yes/no question ("Can I ...?"), else ""."""
    for i, w in enumerate(words[:3]):
        if w in lx.WH_WORDS:
            return ""
        if w in lx.POLAR_STARTS:
            if i + 1 < len(words) and words[i + 1] in _REQUEST_SUBJECTS:
                return ""
            if w in _DO and words[i + 2 : i + 3] and words[i + 2] in lx.SEMI_MODALS:
                if words[i + 3 : i + 4] == ("to",):
                    return "must"  # "Do I have to", "Does she need to"
            return lx.MODAL_CLASSES.get(w, "")
    return ""


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
