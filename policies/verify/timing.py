"""Near-misses that keep the ask and change when: the span of time asked about, or a thing
done against one still to come (pure).

- The span of time asked about changed ("What's the best time of day to pick
  strawberries?" / "What's the best time of year to pick strawberries?", "what day" /
  "what month", "day of the week" / "month of the year"): a rewrite ("the best time of
  year to pick X" -> "When should I pick X?") hides the span from the word rules.
- A thing about to happen against the thing done ("What should I do if my dog escaped the
  dog park?" / "... if my dog is about to escape the dog park?"): the same verb in another
  form, and "about to" reads as two small words added. "will", "'ll", "going to" do the
  same ("if I finished the translation late" / "if I will finish the translation late").
- A condition that has ended against one still present ("Is it okay to skateboard after an
  ankle sprain heals?" / "... with a sprained ankle?", "once the rash clears up" / "with
  a rash"): the same injury or illness named, "after" / "once" it heals on one side only.

All are read on the texts as typed.
"""

from __future__ import annotations

import re

from policies.verify.direction import common_ends
from policies.verify.lexicon import BASE_OF_PAST, PARTICIPLES
from policies.verify.text import Parsed
from policies.verify.words import canonical

_I = re.IGNORECASE

# The span of time asked about: a time of day, a day of the week, a part of the month, a
# part of the year, a year, a date
_SPANS = (
    (re.compile(r"\b(?:what|which)\s+day\s+of\s+(?:the\s+)?month\b", _I), "monthday"),
    (re.compile(r"\b(?:what|which)\s+day\s+of\s+(?:the\s+)?year\b", _I), "date"),
    (re.compile(r"\bday\s+of\s+(?:the\s+)?week\b|\bweekday\b", _I), "weekday"),
    (re.compile(r"\b(?:week|time)\s+of\s+(?:the\s+)?month\b", _I), "monthpart"),
    (re.compile(r"\btime\s+of\s+(?:the\s+)?week\b", _I), "weekday"),
    (re.compile(r"\btime\s+of\s+(?:the\s+)?day\b|\bhour\s+of\s+(?:the\s+)?day\b", _I), "hour"),
    (
        re.compile(
            r"\btime\s+of\s+(?:the\s+)?year\b|\b(?:month|season|week)\s+of\s+(?:the\s+)?year\b",
            _I,
        ),
        "yearpart",
    ),
    (
        re.compile(
            r"\b(?:what|which|best|worst|busiest|cheapest|quietest|slowest)\s+"
            r"(month|season|hour|year|date|day)\b(?!\s+of\b)",
            _I,
        ),
        "",
    ),
)
_WORD_SPAN = {"month": "yearpart", "season": "yearpart", "hour": "hour", "year": "year"}
_WORD_SPAN |= {"date": "date", "day": "day"}
# "what day" is the day of the week or the date
_DAY = frozenset(("weekday", "date", "monthday", "day"))
_SPAN_WORDS = ("day", "week", "month", "year", "season", "hour", "date")


def _spans(text: str) -> set[str]:
    out: set[str] = set()
    for pattern, kind in _SPANS:
        for m in pattern.finditer(text):
            out.add(kind or _WORD_SPAN[m.group(1).lower()])
    return out


def _fits(x: str, ys: set[str]) -> bool:
    return x in ys or (x in _DAY and not _DAY.isdisjoint(ys) and "day" in (x, *ys))


def span_changed(cached: str, incoming: str) -> bool:
    """Each side asks about a span of time and a span of one side is none of the other's
    (see the module).

    Limits: closed phrases only ("time of day", "day of the week", "what month", "best
    season" ...); "what day" fits a day of the week or a date; a span on one side only
    ("When should I pick X?" / "What time of day ...") is not read."""
    la, lb = cached.lower(), incoming.lower()
    if not (any(w in la for w in _SPAN_WORDS) and any(w in lb for w in _SPAN_WORDS)):
        return False
    sa, sb = _spans(cached), _spans(incoming)
    if not sa or not sb:
        return False
    return not all(_fits(x, sb) for x in sa) or not all(_fits(y, sa) for y in sb)


_ABOUT_TO = re.compile(r"\babout\s+to\s+([a-z]+)", _I)
_WORD = re.compile(r"[a-z]+")


def imminent_against_done(cached: str, incoming: str) -> bool:
    """One side says a thing is "about to" happen, the other says the same verb in another
    form with no "about to" ("escaped" / "is about to escape", see the module).

    Limits: "about to" only ("going to" also names a place); the verb is matched by its
    stem, so irregular pasts ("fell" / "about to fall") are not read."""
    la, lb = cached.lower(), incoming.lower()
    if ("about to" in la) == ("about to" in lb):
        return False
    near, done = (la, lb) if "about to" in la else (lb, la)
    words = _WORD.findall(done)
    for m in _ABOUT_TO.finditer(near):
        verb = m.group(1)
        stem = canonical(verb)
        if any(w != verb and canonical(w) == stem for w in words):
            return True
    return False


# A thing still to come: "will V", "'ll V", "going to V", "gonna V", a few adverbs between
# ("will probably miss"); "will" after a determiner is the noun ("my will")
_FUTURE = re.compile(
    r"(\bwill|['\u2019]ll|\bgoing\s+to|\bgonna)\s+"
    r"(?:(?:probably|definitely|likely|still|also|just|really|certainly|soon)\s+)?([a-z]+)"
)
_FUTURE_CUES = ("will", "'ll", "\u2019ll", "going to", "gonna")
_WILL_BEFORE = [[w] for w in ("my", "the", "a", "his", "her", "our", "their", "your", "living")]
# Irregular simple pasts and past participles
_PAST_FORMS = BASE_OF_PAST | PARTICIPLES
_NOT_VERBS = frozenset(("be", "have", "not", "it", "i", "you", "we", "they", "he", "she", "the"))


def _past_of(word: str, verb: str) -> bool:
    """``word`` is a past form of ``verb`` ("finished" / "finish", "forgot" / "forget")."""
    if word == verb:
        return False
    irregular = _PAST_FORMS.get(word)
    if irregular is not None:
        return irregular == verb
    return word.endswith("ed") and canonical(word) == canonical(verb)


def _futures(text: str) -> set[str]:
    """The verbs said still to come in ``text`` (lower case)."""
    if not any(c in text for c in _FUTURE_CUES):
        return set()
    out = set()
    for m in _FUTURE.finditer(text):
        if m.group(1) == "will" and text[: m.start()].rsplit(None, 1)[-1:] in _WILL_BEFORE:
            continue
        out.add(m.group(2))
    return out - _NOT_VERBS


def future_against_done(cached: str, incoming: str) -> bool:
    """One side says a thing will happen ("will V", "'ll V", "going to V"), the other says
    the same verb in the past with no such cue for it ("What should I do if I finished the
    translation late?" / "... if I will finish the translation late?", "I sent" / "I'll
    send", "if I forgot" / "if I will forget"): the answer is a repair after the fact
    against a warning ahead.

    Limits: the verb right after the cue (a few adverbs between); "will be V-ed" is not
    read; the past is a verb's "-ed" form or one of a small table of irregular forms."""
    la, lb = cached.lower(), incoming.lower()
    fa, fb = _futures(la), _futures(lb)
    if fa == fb:
        return False
    for near, done, verbs in ((la, lb, fa - fb), (lb, la, fb - fa)):
        if not verbs:
            continue
        near_words, done_words = _WORD.findall(near), _WORD.findall(done)
        for verb in verbs:
            if any(_past_of(w, verb) for w in done_words) and not any(
                _past_of(w, verb) for w in near_words
            ):
                return True
    return False


# A condition that has ended: "after" / "once" ... and a verb of ending on one side only
_AFTER = frozenset(("after", "once"))
_ENDED = frozenset(
    """heals healed heal recovers recovered recover recovering clears cleared clear gone
    goes away over ends ended passes passed subsides subsided resolves resolved fades
    faded wears worn disappears disappeared""".split()
)
_NOT_ENDED_EITHER = _AFTER | _ENDED | frozenset(("since", "post", "until", "till", "before"))
_COND_SPAN = 8  # the differing words, at most, on each side


def _ended(mid: tuple[str, ...]) -> bool:
    """ "after X heals", "once X clears up", "after recovering from X" in the differing words."""
    return any(w in _AFTER for w in mid) and any(w in _ENDED for w in mid)


def ended_against_present(a: Parsed, b: Parsed) -> bool:
    """One side's differing words say a condition has ended ("after an ankle sprain heals"),
    the other's name the same condition with no end ("with a sprained ankle"), see the
    module. Limits: the end is read from a closed list of verbs; "until X heals" is left
    alone (it asks about the time before, much as "with X" does)."""
    wa, wb = a.words, b.words
    i, j = common_ends(wa, wb)
    ra, rb = range(i, len(wa) - j), range(i, len(wb) - j)
    if not ra or not rb or len(ra) > _COND_SPAN or len(rb) > _COND_SPAN:
        return False
    ends = {canonical(w) for w in _ENDED | _AFTER}
    for done, still, pd, ps in ((ra, rb, a, b), (rb, ra, b, a)):
        if not _ended(pd.words[done.start : done.stop]):
            continue
        if any(ps.words[k] in _NOT_ENDED_EITHER for k in still):
            continue
        # the same condition named on both sides ("ankle", "sprain" / "sprained")
        named = {pd.canon[k] for k in done if pd.canon[k]} - ends
        if named & {ps.canon[k] for k in still if ps.canon[k]}:
            return True
    return False
