"""What a short question asks *about* one thing, when the words around the thing differ.

"How much does X weigh?" asks a weight, "How much is X?" a price: the same thing, another
attribute (the classifier reads one verb). "Explain X" is "What is X?" (``forms``), but
"What causes X?", "Why does X happen?", "How does X work?" ask one relation of X, not what
it is. "A recommendation letter *for* my student" is about the student, "*to* my student"
is addressed to them. "Theft *from* my car" is things taken out of it, "theft *of* my car"
the car itself taken; "things stolen from my car" is not "my stolen car". Each rule compares
one closed form on both sides and refuses only when both sides read as that form and
disagree.
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.direction import common_ends
from policies.verify.lexicon import DETERMINERS, PARTICIPLES
from policies.verify.text import Parsed
from policies.verify.words import stem

_DO = frozenset(("does", "do", "did"))
_BE = frozenset(("is", "are", "was", "were"))
# The attribute a "how much / how many ... does X <verb>" question asks, by its verb (one
# name for verbs that ask the same); a verb not listed is its own attribute.
_MEASURE_VERBS = {
    "cost": "price",
    "costs": "price",
    "charge": "price",
    "sell": "price",
    "go": "price",  # "How much does X go for?"
    "weigh": "weight",
    "earn": "pay",
    "make": "pay",
    "paid": "pay",
    "hold": "capacity",
    "fit": "capacity",
    "carry": "capacity",
    "contain": "capacity",
}
# "how heavy is X" (``attributes`` writes "how much does X weigh" so)
_HOW_ADJECTIVES = {"heavy": "weight"}


def _measure(p: Parsed) -> str | None:
    """The attribute "How much is X?" (price), "How much does X <verb>?", "How many N does
    X <verb>?" or "How heavy is X?" asks; None for any other form."""
    w = p.words
    n = len(w)
    if n < 3 or w[0] != "how":
        return None
    if w[1] in _HOW_ADJECTIVES and w[2] in _BE:
        return _HOW_ADJECTIVES[w[1]]
    if w[1] not in ("much", "many"):
        return None
    k = 2
    if w[1] == "many":
        if n < 4 or w[2] in _DO or w[2] in _BE:
            return None  # "how many is ..." names no counted noun
        k = 3  # "How many people does X hold"
    if k >= n:
        return None
    if w[k] in _BE:
        if w[1] == "much" and k + 1 < n and w[k + 1].isalpha() and w[k + 1] != "it":
            last = w[-1]
            if last.endswith("ed") or last in ("paid", "worth", "made"):
                return _MEASURE_VERBS.get(last, last)  # "How much is a nurse paid"
            return "price"
        return None  # "How much is 100 USD in EUR": a conversion
    if w[k] not in _DO:
        return None
    for x in w[k + 2 :]:
        if x in _MEASURE_VERBS:
            return _MEASURE_VERBS[x]
    return None  # a verb we do not know: the other rules and the classifier decide


def measure_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both ask "how much / how many" of one thing, one another attribute than the other:
    "How much does a Tesla weigh?" / "How much is a Tesla?" ("cost" / "is": both price).
    Or both ask "how many" and count another thing (``counted_traded``)."""
    if a.words[:1] != ("how",) or b.words[:1] != ("how",):
        return False
    ma, mb = _measure(a), _measure(b)
    if ma is not None and mb is not None and ma != mb:
        return True
    return counted_traded(a, b)


_COUNTED_MAX = 4  # words of the counted noun phrase after "how many", at most


def _counted(p: Parsed) -> tuple[str, frozenset[str]] | None:
    """The head of what "How many N ..." counts (the last of the content words right
    after "many": "How many vacation days" -> "day", "How many strands of cranes" ->
    "strand") and all of those words; None without one."""
    w = p.words
    if w[1:2] != ("many",):
        return None
    k = 2
    while k < len(w) and k - 2 < _COUNTED_MAX and p.canon[k]:
        k += 1
    while k > 2 and not w[k - 1].isalpha():
        k -= 1  # "How many season 2 episodes" counts episodes, "How many season 2" seasons
    if k == 2:
        return None
    return p.canon[k - 1], frozenset(p.canon[2:k])


def counted_traded(a: Parsed, b: Parsed) -> bool:
    """Both ask "how many" and count another thing, each side naming the other's counted
    thing too: "How many cranes go on one strand of a senbazuru?" / "How many strands of
    cranes are in a senbazuru?", "How many pages are in one chapter?" / "How many chapters
    of pages ...?": the parts per whole against the wholes. A head said in both counted
    phrases ("How many vacation days" / "How many days of vacation") counts one thing."""
    if a.words[1:2] != ("many",) or b.words[1:2] != ("many",):
        return False
    ca, cb = _counted(a), _counted(b)
    if ca is None or cb is None:
        return False
    (ha, wa), (hb, wb) = ca, cb
    if ha == hb or ha in wb or hb in wa:
        return False
    return ha in b.canon and hb in a.canon


# Prepositions that put a span of time around an activity ("awake between naps")
_SPAN_PREPOSITIONS = frozenset(("between", "before", "after", "during", "until", "without"))
_DETERMINERS = frozenset(("a", "an", "the", "my", "your", "his", "her", "their", "our", "its"))
_LITTLE_WORDS = _DETERMINERS | frozenset(
    ("in", "at", "on", "for", "to", "of", "be", "i", "we", "you")
)


def _span_object(p: Parsed, other: Parsed) -> str | None:
    """The word after a span preposition in ``p`` that ``other`` does not say
    ("between naps" -> "nap"), when ``other`` says that word; else None."""
    w = p.words
    for i, word in enumerate(w[:-1]):
        if word in _SPAN_PREPOSITIONS and word not in other.words:
            j = i + 1 + (w[i + 1] in _DETERMINERS)
            if j < len(w):
                return stem(w[j])
    return None


def measured_moved(a: Parsed, b: Parsed) -> bool:
    """Both ask "how long / often / much / many", and what one side measures is on the other
    side only the edge of a span around something else: "How long should a baby nap?" /
    "How long should a baby be awake between naps?" (nap length / awake time). The
    classifier reads two added words in a short prompt as a detail."""
    if a.words[:1] != ("how",) or b.words[:1] != ("how",):
        return False
    for p, other in ((a, b), (b, a)):
        edge = _span_object(p, other)
        if edge is None:
            continue
        said, other_said = {stem(x) for x in p.words}, {stem(x) for x in other.words}
        # one side adds what it measures ("awake"), the other only a little preposition
        # ("while I work out" / "during a workout" says the span both ways)
        if edge in other_said and said - other_said - _SPAN_PREPOSITIONS - _DETERMINERS:
            return other_said - said <= _LITTLE_WORDS
    return False


# What a question asks of X other than what X is (a closed list).
_RELATIONS = frozenset(
    """
    cause causes caused causing effect effects affect affects impact impacts consequence
    consequences result results work works worked happen happens happened form forms formed
    start starts started begin began origin origins history symptoms symptom treatment
    treatments treat cure prevent prevention risks risk purpose types examples example
    benefits advantages disadvantages pros cons
    """.split()
)
_DEFINE_MAX_WORDS = 6


def _definition(p: Parsed) -> tuple[str, ...] | None:
    """The content keys of X in "What is X?" / "What are X?" (X a few words); else None."""
    w = p.words
    if len(w) < 3 or w[0] not in ("what", "whats") or w[1] not in _BE:
        return None
    k = 2 + (w[2] in lx.ARTICLES)
    thing = w[k:]
    if not thing or len(thing) > _DEFINE_MAX_WORDS or thing[0] in _RELATIONS:
        return None  # "What is the cause of X" asks a relation itself
    keys = p.canon[k:]
    if "" in keys:
        return None  # "What is the way to X", "What is it like to X": no thing named
    return keys


_DEFINING = frozenset("define defined definition describe explain mean means meaning".split())


def _asks_why_or_how(w: tuple[str, ...]) -> bool:
    """ "Why ..." or "How does / do / did ..." not asking for a definition."""
    if not w or not (w[0] == "why" or (w[0] == "how" and w[1:2] and w[1] in _DO)):
        return False
    return _DEFINING.isdisjoint(w)


def definition_mismatch(a: Parsed, b: Parsed) -> bool:
    """One side asks what X is ("What is inflation?", "Explain inflation"), the other a
    relation of X ("What causes inflation?", "Why does inflation happen?", "How does
    inflation work?", "What are the effects of inflation?")."""
    for x, y in ((a, b), (b, a)):
        thing = _definition(x)
        if thing is None or not set(thing).issubset(y.canon):
            continue
        if _asks_why_or_how(y.words) and _definition(y) is None:
            return True
        if not _RELATIONS.intersection(y.words).issubset(x.words):
            return True  # "the effects of the greenhouse effect" / "the greenhouse effect"
    return False


_DRAFTED = frozenset(
    "letter letters email emails message messages note notes memo text card".split()
)
# A drafted item about someone: "for" names who it is about, not who reads it.
_ABOUT = frozenset(
    """
    recommendation recommendations reference references referral introduction
    introductory character endorsement tribute eulogy
    """.split()
)


def recipient_mismatch(a: Parsed, b: Parsed) -> bool:
    """The same drafting request, "for" someone on one side and "to" them on the other,
    right after a drafted item about someone: "a recommendation letter for my student"
    (about them) / "to my student" (addressed to them). Elsewhere "for" names the
    recipient ("an email for customer support"; ``forms`` writes "for my boss" "to my
    boss")."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or ("for" not in wa and "for" not in wb):
        return False
    k = next((i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y), -1)
    if k < 1 or {wa[k], wb[k]} != {"for", "to"} or wa[k + 1 :] != wb[k + 1 :]:
        return False
    if wa[k - 1] not in _DRAFTED and wa[k - 1] not in _ABOUT:
        return False
    return not _ABOUT.isdisjoint(wa[max(0, k - 4) : k])


# After a noun, "from X" names a source, "of X" / "to X" / "into X" what the act is done
# to: "theft from my car" / "theft of my car", "damage from my car" / "damage to my car".
_SOURCE = "from"
_NOT_SOURCE = frozenset(("of", "to", "into", "onto"))
# Words before the preposition that are not such a noun: where "from" and "of" read the
# same ("jealous of" / "jealous from", "made of wood" / "made from wood", "died of" /
# "died from", "a graduate of" / "from Harvard").
_SAME_EITHER_WAY = frozenset(
    """jealous envious afraid scared fearful free tired sick proud ashamed aware short
    full independent different apart away far made make makes die dies died suffer
    suffers suffered graduate graduates native natives""".split()
)
_PARTICIPLE_FORMS = frozenset(PARTICIPLES) | frozenset(PARTICIPLES.values())


def _noun_before(words: tuple[str, ...], canon: tuple[str, ...], k: int) -> bool:
    """``words[k]`` reads as a noun naming an act or thing: a content word, not a
    participle ("stolen", "transferred"), a gerund or an adjective that takes either."""
    w = words[k]
    if not canon[k] or w in _SAME_EITHER_WAY or w in _PARTICIPLE_FORMS:
        return False
    return not w.endswith(("ed", "ing"))


def source_against_object(a: Parsed, b: Parsed) -> bool:
    """Only one preposition right after the same noun differs: "from" (a source) on one
    side, "of" / "to" / "into" (what the act is done to) on the other ("Does renters
    insurance cover theft from my car?" / "... theft of my car?", "a leak from the
    pipe" / "damage to the pipe"). Limits: one word differs, and the noun is read by its
    form (a content word not a participle, a gerund nor a listed adjective or verb)."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or (_SOURCE not in wa and _SOURCE not in wb):
        return False
    k = next((i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y), -1)
    if k < 1 or k + 1 >= len(wa) or wa[k + 1 :] != wb[k + 1 :]:
        return False
    pair = {wa[k], wb[k]}
    if _SOURCE not in pair or not (pair - {_SOURCE}) <= _NOT_SOURCE:
        return False
    return _noun_before(wa, a.canon, k - 1)


_TAKEN_FROM = frozenset(("from", "out"))  # "stolen from my car", "taken out of my bag"


def taken_from_against_owned(a: Parsed, b: Parsed) -> bool:
    """Something a participle took from a kept noun on one side, that noun itself in the
    participle's state on the other: "things stolen from my car" / "my stolen car",
    "data lost from my laptop" / "my lost laptop" (the rest word for word)."""
    wa, wb = a.words, b.words
    if _TAKEN_FROM.isdisjoint(wa) and _TAKEN_FROM.isdisjoint(wb):
        return False
    i, j = common_ends(wa, wb)
    if not j:
        return False
    ma, mb = wa[i : len(wa) - j], wb[i : len(wb) - j]
    for taken, owned in ((ma, mb), (mb, ma)):
        if not owned or len(taken) > 6 or len(owned) > 3:
            continue
        part = owned[-1]
        if part not in _PARTICIPLE_FORMS and not part.endswith("ed"):
            continue
        if not all(w in DETERMINERS for w in owned[:-1]):
            continue
        for p in range(len(taken) - 1):
            if taken[p] == part and taken[p + 1] in _TAKEN_FROM:
                rest = taken[p + 2 :]
                if rest[:1] == ("of",):
                    rest = rest[1:]
                if all(w in DETERMINERS for w in rest):
                    return True
    return False
