"""A scale qualifier on the thing an amount is asked for. Hardening pass 43 (blind round 282):
"How many sandwiches per person for afternoon tea for 10 guests?" / "... for a light
afternoon tea ...": in a question of amount ("How many / much / long ..."), the noun after
"for" (or "during", "at", "on", "after", "before") names what the amount is for, and a
size, weight, length or speed word put before it on one side ("a light lunch", "a big
dinner", "a small wedding", "a short hike", "a quick meeting") changes the amount asked, in
any domain."""

from __future__ import annotations

from policies.verify.nearmiss import amount_question
from policies.verify.text import Parsed

# The prepositions that say what an amount is for, when it is spent or what it follows ("for
# a hike", "during a meeting", "at a party", "on a trip", "after a heavy dinner")
_FOR = frozenset("for during at on after before".split())
# Determiners and possessive pronouns between the preposition and its noun (closed class)
_DETERMINERS = frozenset("a an the this that my our your his her their".split())
# The scale words of the "How <X>" questions (`nearmiss.amount_question`) used as adjectives,
# each with its opposite pole: the dimension, weight, duration and speed scales (a closed set
# of polar adjectives, named by the amount question each answers)
SCALE_WORDS = frozenset(
    """big large small little long short tall heavy light fast slow quick wide narrow deep
    shallow thick thin""".split()
)
_RUN = 3  # content words read as the noun after the scale words ("afternoon tea")


def _occasions(p: Parsed) -> dict[tuple[str, tuple[str, ...]], frozenset[str]]:
    """(preposition, canonical noun run) -> the scale words before the run, for each noun
    after one of `_FOR` (an optional determiner between)."""
    words, canon = p.words, p.canon
    n = len(words)
    found: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
    for k, w in enumerate(words):
        if w not in _FOR:
            continue
        j = k + 1
        if j < n and words[j] in _DETERMINERS:
            j += 1
        scales: set[str] = set()
        while j < n and words[j] in SCALE_WORDS and p.sentences[j] == p.sentences[k]:
            scales.add(words[j])
            j += 1
        run: list[str] = []
        while (
            j < n
            and len(run) < _RUN
            and canon[j]
            and words[j] not in SCALE_WORDS
            and not words[j][:1].isdigit()
            and p.sentences[j] == p.sentences[k]
        ):
            run.append(canon[j])
            j += 1
        if run:
            found.setdefault((w, tuple(run)), frozenset(scales))
    return found


def scale_on_occasion(a: Parsed, b: Parsed) -> bool:
    """Both sides ask an amount ("How many / much / long / big ..."), and the same noun
    after the same "for" / "during" / "at" / "on" / "after" / "before" carries a scale word
    on one side only, or another one ("for afternoon tea" / "for a light afternoon tea", "for
    a dinner party" / "for a big dinner party", "for a hike" / "for a short hike", "after
    dinner" / "after a heavy dinner"): the size of the meal, the event or the trip sets the
    amount.

    Limits: the scale word must stand between the preposition (and its determiner) and the
    noun; a scale word of no amount ("lovely", "nice", a colour) is not read, nor one on the
    thing counted ("How many big eggs"), nor a question of no amount ("What should I serve
    for a light lunch?"). An article added or dropped ("for an afternoon tea" / "for
    afternoon tea") is the same noun."""
    if SCALE_WORDS.isdisjoint(a.words) and SCALE_WORDS.isdisjoint(b.words):
        return False
    if not (amount_question(a.words) and amount_question(b.words)):
        return False
    oa, ob = _occasions(a), _occasions(b)
    return any(key in ob and ob[key] != scales for key, scales in oa.items())
