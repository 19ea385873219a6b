"""Logic words, bounds on a number, personas and registers (pure, precompiled).

The words that turn one request into another are often stopwords, invisible to the
content diff: "if" / "unless", "and" / "or", "more than 3" / "exactly 3", "only column
A" / "column A". A role given to the assistant ("Act as a financial advisor") or the
register asked for ("in simple terms") changes the answer as much as a changed noun, and
a prompt that drops it asks for another answer. These checks compare such words between
the two prompts; synonyms of one class ("over 5" / "more than 5", "at most 3" / "no more
than 3" / "up to 3") are one class. Hardening pass 41 (blind rounds 272 and 274): the
statistic before the same measure changed in place ("the average speed" / "the top speed",
"top" a stopword the content diff does not see) is another aggregate (`statistic_swapped`).
"""

from __future__ import annotations

import re
from collections import Counter

from policies.verify.direction import differing
from policies.verify.text import Parsed

# Bound on the number that follows: the phrase before it, longest first (words as parsed).
_BOUNDS_BEFORE: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(phrase.split()), cls)
            for cls, phrases in (
                (
                    ">",
                    "more than|over|above|greater than|bigger than|larger than|longer than"
                    "|higher than|exceeding|in excess of|upwards of",
                ),
                (
                    ">=",
                    "at least|no fewer than|no less than|not less than|not fewer than"
                    "|a minimum of|minimum of|min|minimum",
                ),
                ("<", "less than|fewer than|under|below|smaller than|shorter than|lower than"),
                (
                    "<=",
                    "at most|no more than|not more than|up to|a maximum of|maximum of|max"
                    "|maximum|no longer than|no greater than|not exceeding",
                ),
                ("=", "exactly|precisely|just"),
                # an estimate is a bound of its own: "about 500 words" / "at least 500"
                ("~", "about|around|roughly|approximately|approx|circa|some"),
            )
            for phrase in phrases.split("|")
        ),
        key=lambda item: -len(item[0]),
    )
)
# "5 or more", "5 or fewer": the phrase after the number.
_BOUNDS_AFTER: dict[tuple[str, ...], str] = {
    ("or", "more"): ">=",
    ("or", "over"): ">=",
    ("or", "above"): ">=",
    ("or", "less"): "<=",
    ("or", "fewer"): "<=",
    ("or", "under"): "<=",
    ("or", "below"): "<=",
}
_SKIP = frozenset(("$", "€", "£", "the", "a"))  # between a bound and its number


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _bounds(words: tuple[str, ...]) -> dict[str, str]:
    """Number -> the class of bound said on it ("" for a bare number)."""
    found: dict[str, str] = {}
    for i, w in enumerate(words):
        if not _is_number(w):
            continue
        j = i
        while j > 0 and words[j - 1] in _SKIP:
            j -= 1
        cls = ""
        for phrase, c in _BOUNDS_BEFORE:
            n = len(phrase)
            if j >= n and words[j - n : j] == phrase:
                cls = c
                break
        after = _BOUNDS_AFTER.get(words[i + 1 : i + 3])
        if after is None and i + 2 < len(words):
            after = _BOUNDS_AFTER.get(words[i + 2 : i + 4])
        cls = cls or after or ""
        found.setdefault(w, cls)
    return found


_STRICT = frozenset((">", "<"))


def bound_mismatch(a: Parsed, b: Parsed) -> bool:
    """The same number bounded differently: "more than 3" / "exactly 3", "at least 5" /
    "at most 5", "about 500" / "exactly 500", "more than 5 orders" / "5 orders". "over 5"
    / "more than 5", "at most 3" / "up to 3" and "about 5" / "roughly 5" are one bound; a
    bare number against "at least", "exactly" or "about" is left to the other rules (one
    says what the other means)."""
    if not a.numbers or not b.numbers:
        return False
    ba, bb = _bounds(a.words), _bounds(b.words)
    for number, ca in ba.items():
        cb = bb.get(number)
        if cb is None or ca == cb:
            continue
        if ca and cb:
            return True
        if (ca or cb) in _STRICT:
            return True
    return False


# Connectives whose swap changes the logic; counted, since "X or Y" / "Y or X" is the same.
def connective_mismatch(a: Parsed, b: Parsed) -> bool:
    """ "if" / "unless", "and" / "or", "only" said or not: "Can I return it if I lost the
    receipt" / "... unless ...", "age > 30 and city is Paris" / "... or ...", "rows where
    only column A is null" / "rows where column A is null"."""
    ca, cb = Counter(a.words), Counter(b.words)
    if ca["unless"] != cb["unless"]:
        return True
    if ca["only"] != cb["only"]:
        return True
    d_and = ca["and"] - cb["and"]
    d_or = ca["or"] - cb["or"]
    if d_and and d_or and (d_and > 0) != (d_or > 0):
        return True
    if not (_replaced_joined(ca, cb) or _replaced_joined(cb, ca)):
        return False
    return a.content - _REPLACING == b.content - _REPLACING  # the connective apart


_JOINS = ("and", "or", "plus", "both")
_REPLACING = frozenset(("instead", "rather"))


def _replaced_joined(ca: Counter[str], cb: Counter[str]) -> bool:
    """ "X instead of Y" / "X and Y" (one in place of the other, or both): "instead" or
    "rather than" on one side where the other joins the two."""
    swap_a = ca["instead"] + min(ca["rather"], ca["than"])
    swap_b = cb["instead"] + min(cb["rather"], cb["than"])
    return swap_a > swap_b and any(cb[w] > ca[w] for w in _JOINS)


_ROLE_RE = re.compile(
    r"(?:\b(?:act(?:ing)?\s+as|roleplay\s+as|role-play\s+as|pretend\s+(?:to\s+be"
    r"|(?:that\s+)?you(?:'re|\s+are))|imagine\s+(?:that\s+)?you(?:'re|\s+are)"
    r"|(?:respond|answer|speak|talk|reply)\s+(?:like|as)|i\s+want\s+you\s+to\s+be)"
    r"|(?:^|[.!?\n]\s*)(?:you(?:'re|\s+are)|be))"
    r"\s+(?:an?|the|my)\s+([a-z][\w\- ]{0,40}?)(?=[.,:;!?\n]|\s+and\b|\s+would\b|$)",
    re.IGNORECASE,
)
# "As a lawyer, explain ...": a role when it frames a request to the assistant (the
# clause is read after ``canonical_order`` moved it to the end: "Explain ... as a lawyer.").
_REQUEST = (
    r"(?:please\s+)?(?:explain|tell|review|write|describe|give|list|summari[sz]e|draft"
    r"|analy[sz]e|evaluate|critique|assess|answer|provide|suggest|recommend|create|plan"
    r"|outline|compose|rewrite)\b"
)
_AS_ROLE_RE = re.compile(
    rf"(?:^|[.!?\n]\s*)as\s+(?:an?|the)\s+([a-z][\w\- ]{{0,40}}?),\s*{_REQUEST}",
    re.IGNORECASE,
)
_REQUEST_START_RE = re.compile(rf"^\s*{_REQUEST}", re.IGNORECASE)
_AS_END_RE = re.compile(r"\bas\s+(?:an?|the)\s+([a-z][\w\- ]{0,40}?)[.!?]?\s*$", re.IGNORECASE)
_ROLE_SPAN = 300  # characters: where a prompt gives its role
_GENERIC_ROLES = frozenset(
    (
        "assistant",
        "helpful assistant",
        "ai assistant",
        "ai",
        "chatbot",
        "bot",
        "language model",
        "ai language model",
        "large language model",
        "helpful ai assistant",
        "useful assistant",
        "friendly assistant",
        "helpful and harmless assistant",
    )
)


def _role(p: Parsed) -> bool:
    """The prompt gives the assistant a role other than a generic assistant."""
    text = p.source.replace("\u2019", "'")
    head = text[:_ROLE_SPAN]  # a role is given first; "... as a lawyer." ends a request
    found = [*_ROLE_RE.finditer(head), *_AS_ROLE_RE.finditer(head)]
    if _REQUEST_START_RE.match(text):
        found.extend(_AS_END_RE.finditer(text[-_ROLE_SPAN:]))
    return any(m.group(1).strip().casefold() not in _GENERIC_ROLES for m in found)


_REGISTER_RE = re.compile(
    r"\b(?:in\s+(?:simple|plain|layman'?s?|lay|easy|basic|non-?technical|technical)\s+"
    r"(?:terms|english|language|words)|simply|like\s+i(?:'m|\s+am)\s+(?:five|5|a\s+child"
    r"|a\s+kid)|(?:to|for)\s+an?\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"[ -]year[ -]old"
    r"|eli5|in\s+(?:great\s+)?(?:detail|depth)|for\s+dummies|in\s+a\s+nutshell)\b",
    re.IGNORECASE,
)


def persona_mismatch(a: Parsed, b: Parsed) -> bool:
    """One prompt gives the assistant a role ("Imagine you are a financial advisor.
    Explain ...") or asks for a register ("in simple terms", "like I'm five", "in
    detail") and the other does not: the other asks for the plain answer. A generic
    assistant role ("You are a helpful assistant.") is boilerplate, not a role."""
    if _role(a) != _role(b):
        return True
    return bool(_REGISTER_RE.search(a.source)) != bool(_REGISTER_RE.search(b.source))


# A modifier that turns one aggregate into another ("count" / "count distinct", "average" /
# "rolling average" / "weighted average", "total" / "running total"), by class: synonyms
# are one class ("unique" / "distinct", "moving" / "rolling", "running" / "cumulative").
_AGGREGATE_MODIFIERS = {
    "distinct": "distinct",
    "unique": "distinct",
    "rolling": "rolling",
    "moving": "rolling",
    "trailing": "rolling",
    "cumulative": "cumulative",
    "running": "cumulative",
    "weighted": "weighted",
}
# Words naming the aggregate itself; both prompts must name one for the modifier to be read
# as one ("best running shoes" / "best shoes" is a plain added word).
_AGGREGATES = frozenset(
    "count counts counting sum sums total totals average averages avg mean median mode"
    " max min maximum minimum number percentage percent many".split()
)


def _modifiers(p: Parsed) -> frozenset[str] | None:
    """The aggregate modifiers ``p`` says, by class; None when it names no aggregate."""
    words = p.words
    if _AGGREGATES.isdisjoint(words):
        return None
    return frozenset(_AGGREGATE_MODIFIERS[w] for w in words if w in _AGGREGATE_MODIFIERS)


def aggregate_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both prompts ask for an aggregate and one modifies it where the other does not, or
    by another modifier ("Count distinct users per day" / "Count users per day", "a 7-day
    rolling average" / "a 7-day average", "running total" / "total"): another number.
    The classifier reads one added word in a short request as a paraphrase. Or the
    statistic before the same measure changed in place (`statistic_swapped`)."""
    if statistic_swapped(a.words, a.canon, b.words):
        return True
    ma = _modifiers(a)
    if ma is None:
        return False
    mb = _modifiers(b)
    return mb is not None and ma != mb


# The statistic a word before a measure names, by class ("top speed" is the maximum speed,
# "typical salary" the average salary). "top" is a stopword: the word sets see "average"
# dropped, not swapped ("the average speed" / "the top speed"), and the classifier reads a
# dropped modifier as a paraphrase (hardening pass 41, blind round 274).
_STATISTICS = {
    **dict.fromkeys("average avg mean typical usual normal".split(), "average"),
    **dict.fromkeys("maximum max highest top peak".split(), "maximum"),
    **dict.fromkeys("minimum min lowest".split(), "minimum"),
    "median": "median",
}
_STATISTIC_WORDS = frozenset(_STATISTICS)


def statistic_swapped(wa: tuple[str, ...], ca: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """Only one word differs, a statistic of one class on one side and of another on the
    other, right before the same measure (a content word): "What's the average speed of a
    cheetah?" / "What's the top speed of a cheetah?", "the minimum wage" / "the average
    wage". Words of one class are one statistic ("top speed" / "maximum speed", "typical
    salary" / "average salary").

    Limits: one word against one word in place; the word after them must be a word the
    stopword list lacks ("the top of the hill", "top 10" are not read), and a statistic
    added or dropped ("a typical average speed" / "the average speed") is not read here."""
    if _STATISTIC_WORDS.isdisjoint(wa) or _STATISTIC_WORDS.isdisjoint(wb):
        return False
    i, ea, eb = differing(wa, wb)
    if ea != i + 1 or eb != i + 1 or ea >= len(wa):
        return False
    sa, sb = _STATISTICS.get(wa[i]), _STATISTICS.get(wb[i])
    return sa is not None and sb is not None and sa != sb and wa[ea].isalpha() and bool(ca[ea])
