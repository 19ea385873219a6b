"""Rule checks over two parsed prompts: each returns True when the prompts differ in kind
(numbers, operators and code, units, negation, time, format, owners)."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from policies.verify import lexicon as lx
from policies.verify.diffs import Diff
from policies.verify.direction import common_ends
from policies.verify.symbols import layout
from policies.verify.text import Parsed
from policies.verify.words import canonical

_ANTONYMS: dict[str, frozenset[str]] = {}
for _x, _y in lx.ANTONYMS:
    _ANTONYMS.setdefault(_x, frozenset())
    _ANTONYMS.setdefault(_y, frozenset())
    _ANTONYMS[_x] |= {_y}
    _ANTONYMS[_y] |= {_x}
_UNIT_CANON = {u: canonical(u) for u in lx.UNITS}  # "lb" / "pound" are one unit


def number_mismatch(a: Parsed, b: Parsed) -> bool:
    """The numbers differ, or the same numbers count different things ("one item to two
    addresses" / "two items to one address"), or a number standing as a noun is another
    ("are the ones the couple that starts" / "are the twos ...")."""
    if number_nouns_changed(a, b):
        return True
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


# Role pass 97 (blind round 228): "the ones" / "the twos", "the odds" / "the evens": a number
# word made a plural noun names a group; the words read "ones" as a pronoun and "twos" as a
# plain word, and the numbers see neither (a numeral's plural, "the 3s", is read as its number)


def number_nouns_changed(a: Parsed, b: Parsed) -> bool:
    """A number noun on each side that the other side lacks ("the ones" / "the twos"): another
    group named. One side naming one more ("do the twos start" / "are the twos the ones that
    start") is left alone, as "ones" is a pronoun too."""
    nouns = lx.NUMBER_NOUNS
    if nouns.keys().isdisjoint(a.words) or nouns.keys().isdisjoint(b.words):
        return False
    na = Counter(nouns[w] for w in a.words if w in nouns)
    nb = Counter(nouns[w] for w in b.words if w in nouns)
    return bool(na - nb) and bool(nb - na)


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
    wa, wb = frozenset(a.words) | _alone_said(a, b), frozenset(b.words) | _alone_said(b, a)
    for w in wa - wb:
        opposite = _ANTONYMS.get(w)
        if opposite and opposite & (wb - wa):
            return True
    return (
        _particle_flip(a.words, b.words)
        or _source_for_goal(a.words, b.words)
        or (na > 0 and _negation_moved(a, b))
    )


# Hardening pass 37 (blind round 252): "alone" said in more than one word ("on their own",
# "by themselves") against a companion ("with a parent"): the antonyms read "alone" / "with"
# and "alone" / "accompanied" as one word only, and the classifier reads "on their own" /
# "with a parent" as a paraphrase (a minimum age for going alone is another than for going
# with an adult)
_REFLEXIVES = frozenset(
    """myself yourself himself herself itself ourselves yourselves themselves themself
    oneself""".split()
)
_OWNERS = frozenset("my your his her its our their one".split())
_ALONE = frozenset(("alone",))


def _alone_said(p: Parsed, other: Parsed) -> frozenset[str]:
    """``{"alone"}`` when ``p`` says "alone" in words of its own: "on <owner> own" with no
    noun after it ("on their own", "on its own"; not "on my own land", "on my own time") or
    "by <reflexive>" ("by themselves", "all by myself"); else nothing. Not read where
    ``other`` says "own" or a reflexive too: the doer on their own on both sides, said
    another way ("rekey a lock myself with SmartKey" / "rekey a SmartKey lock by myself",
    "do my own taxes with X" / "do my taxes on my own"), "with" there says a tool or a kind."""
    words = p.words
    if "own" not in words and _REFLEXIVES.isdisjoint(words):
        return frozenset()  # the cheap test: no "own", no reflexive
    if "own" in other.words or not _REFLEXIVES.isdisjoint(other.words):
        return frozenset()
    sent = p.sentences
    for i in range(1, len(words)):
        w = words[i]
        if w in _REFLEXIVES and words[i - 1] == "by":
            return _ALONE
        if w == "own" and i >= 2 and words[i - 1] in _OWNERS and words[i - 2] == "on":
            if i + 1 == len(words) or (sent and sent[i + 1] != sent[i]) or not p.canon[i + 1]:
                return _ALONE  # nothing owned after "own": the end, or a function word
    return frozenset()


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


def _word_particles(words: tuple[str, ...]) -> set[tuple[str, str]]:
    """Each pair of neighbouring words; and, hardening pass 38 (blind round 254), a particle
    read after the word before a degree word ("stops well off the line" reads "stops off"
    as well as "well off"), so "stops on the line" / "stops well off the line" is the flip
    "stops on" / "stops off" is."""
    pairs = set(itertools.pairwise(words))
    if not lx.PARTICLE_DEGREES.isdisjoint(words):
        pairs.update(
            (words[k - 2], words[k])
            for k in range(2, len(words))
            if words[k - 1] in lx.PARTICLE_DEGREES and words[k] in _PARTICLES
        )
    return pairs


_PARTICLES = frozenset(w for pair in lx.PARTICLE_PAIRS for w in pair)


def _particle_flip(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    pa, pb = _word_particles(wa), _word_particles(wb)
    for x, y in lx.PARTICLE_PAIRS:
        for verb, particle in pa:
            if particle == x and (verb, y) in pb and (verb, x) not in pb:
                return True
            if particle == y and (verb, x) in pb and (verb, y) not in pb:
                return True
    return False


_SOURCES = frozenset(("from",))
_GOALS = frozenset(("to", "into", "onto"))
_PLACE_SPAN = 3  # words at most on each side of the one place two prompts differ


def _source_for_goal(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """The one place two prompts differ ends on "from" on one side and on "to" / "into" on
    the other, after other verbs ("The hive my nuc came from" / "... went to", "a kid who
    just moved to my son's class" / "moved away from"): where a thing came from against
    where it went. Limits: three words at most on each side of that place, and the same
    words before and after it; a source and a goal both said on each side, in another order
    ("from the airport to downtown" / "to downtown from the airport"), is a longer place
    and not read; "to" / "from" after one verb is ``_particle_flip``'s."""
    if "from" not in wa and "from" not in wb:
        return False
    k, e = common_ends(list(wa), list(wb))
    ma, mb = wa[k : len(wa) - e], wb[k : len(wb) - e]
    if not ma or not mb or len(ma) > _PLACE_SPAN or len(mb) > _PLACE_SPAN:
        return False
    ends = {ma[-1], mb[-1]}
    return not ends.isdisjoint(_SOURCES) and not ends.isdisjoint(_GOALS)


def set_of(p: Parsed, vocabulary: frozenset[str], synonyms: dict[str, str]) -> set[str]:
    return {synonyms.get(w, w) for w in p.words if w in vocabulary}


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
    found = set_of(p, lx.TIME_WORDS, lx.TIME_SYNONYMS)
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
    found = set_of(p, lx.FORMAT_WORDS, lx.FORMAT_SYNONYMS)
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
    phone" / "How do you fix your phone" ask one thing). An "own" after a possessive is an
    intensifier, read as not said ("on my own land" / "on his land"; "my own car" / "my car"
    are the same words)."""
    wa, wb = _without_own(a.words), _without_own(b.words)
    if len(wa) != len(wb) or wa == wb:
        return False
    return all(
        x == y or (x in _OWNERS and y in _OWNERS and lx.PERSONS[x] != lx.PERSONS[y])
        for x, y in zip(wa, wb, strict=True)
    )


def _without_own(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without an "own" that follows a possessive pronoun ("my own" -> "my")."""
    if "own" not in words:
        return words
    return tuple(
        w for k, w in enumerate(words) if not (w == "own" and k and words[k - 1] in _OWNERS)
    )
