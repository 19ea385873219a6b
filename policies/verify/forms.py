"""One spelling for a few request forms people phrase many ways (pure, precompiled).

"TCP vs UDP", "How is TCP different from UDP?", "UDP or TCP: what is the difference?" ask
one thing: the difference between two terms, in either order. "pros and cons of X",
"What are the advantages and disadvantages of X?", "X: pros and cons" likewise (but not
"the advantages of X": that drops the cons). "Explain X" asks "What is X?" (as "Define X" does).
A drafting request ("I need an email to my boss ... Can you write it?", "Draft an email
..., addressed to my boss", "an email for my boss") is written "write an email to my boss
...". A plan's length and a few spellings of a quantity ("3-day itinerary for Rome" /
"Rome itinerary 3 days", "$5k per month" / "$5,000/month", "3x a week" / "3 times a week")
likewise. ``canonical_form`` rewrites each to one form, so the word rules and the
classifier compare what is asked, not how it is phrased; every rewrite matches a whole
prompt (or a closed phrase), and its terms are kept as written, so the content checks
still see every term.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_END = r"\s*[?.!]*\s*"
# A term compared: a few words, no clause (checked again in `_terms`).
_T = r"(?:(?:an?|the)\s+)?([^\W_][\w+#.'\- ]{0,40}?)"
_MAX_TERM_WORDS = 4
# Words that make a term a clause or add a context ("a list and a tuple in Python").
_SPLITTERS = frozenset(
    "and or vs vs. versus between with from than in for on at to of when if".split()
)

_DIFF_PATTERNS = tuple(
    re.compile(p + _END + "$", _I)
    for p in (
        rf"(?:(?:can\s+you\s+)?explain\s+|what\s+is\s+|what's\s+|whats\s+)?(?:the\s+)?"
        rf"(?:difference|diff)\s+between\s+{_T}\s+and\s+{_T}",
        rf"(?:what\s+are\s+)?(?:the\s+)?(?:main\s+|major\s+|key\s+)?differences\s+between"
        rf"\s+{_T}\s+and\s+{_T}",
        rf"(?:explain\s+)?{_T}\s+(?:vs\.?|versus)\s+{_T}(?:\s+explained)?",
        rf"{_T}\s+or\s+{_T}\s*[:\-\u2013\u2014,]\s*what\s+is\s+the\s+difference",
        rf"{_T}\s+and\s+{_T}\s*[:\-\u2013\u2014,]\s*how\s+do\s+they\s+differ",
        rf"how\s+do\s+{_T}\s+and\s+{_T}\s+differ",
        rf"how\s+(?:is|are)\s+{_T}\s+different\s+from\s+{_T}",
        rf"compare\s+{_T}\s+and\s+{_T}",
    )
)

_BOTH_SIDES = (
    r"(?:pros\s+and\s+cons|advantages\s+and\s+disadvantages|benefits\s+and\s+drawbacks"
    r"|upsides\s+and\s+downsides|benefits\s+and\s+downsides|advantages\s+and\s+drawbacks"
    r"|benefits\s+and\s+disadvantages)"
)
# "What are the", "List the", "Give me the": asking for the list.
_PROS_LEAD = r"(?:(?:what\s+are|list|give\s+me|tell\s+me)\s+)?(?:the\s+(?:main\s+)?)?"
_SUBJECT = r"([^?.!,;:\n]+?)"  # one ask: no second sentence after it
_MAX_SUBJECT_WORDS = 6
_WH = frozenset("how what why when where who which whether".split())
_PROS_PATTERNS = (
    (re.compile(rf"{_PROS_LEAD}{_BOTH_SIDES}\s+of\s+{_SUBJECT}{_END}$", _I), "pros"),
    (re.compile(rf"{_SUBJECT}\s*[:\-\u2013\u2014]\s*{_BOTH_SIDES}{_END}$", _I), "pros"),
    (
        re.compile(
            rf"{_PROS_LEAD}(?:advantages|benefits|upsides)\s+of\s+{_SUBJECT}" + _END + "$",
            _I,
        ),
        "advantages",
    ),
)

# "Explain X" / "Can you explain what X is?": what X is, for a short X that
# names a thing (not "how ...", not a number, not "my ...").
_EXPLAIN_RE = re.compile(
    r"explain\s+(?:what\s+)?((?:(?:an?|the)\s+)?[a-z][\w'\- ]{0,50}?)"
    r"(?:\s+(?:is|are|means))?" + _END + "$",
    _I,
)
_EXPLAIN_BAD_START = frozenset(
    """
    how why what when where who which whether if that this these those it its to my your
    our their his her me us them in on at for with about
    """.split()
)
# ... nor one that says how to explain it ("simply", "in simple terms", "like I'm 5"), nor
# which one of a list ("the second one").
_EXPLAIN_BAD_WORDS = frozenset(
    """
    terms words detail details like to for with me one ones first second third last next
    above below following previous
    """.split()
)
_MAX_EXPLAINED_WORDS = 5

# Drafting: "I need an email to X ... Can you write it?", ", addressed to X", "for X".
_DOC = r"(?:e-?mail|letter|text(?:\s+message)?|message|note|memo)"
_NEED_RE = re.compile(
    r"i\s+need\s+((?:an?|some)\s+.+?)\s*[.,!]?\s*can\s+you\s+(?:write|draft|compose)"
    r"\s+(?:it|that|this|one)(?:\s+for\s+me)?" + _END + "$",
    _I,
)
_ADDRESSED_RE = re.compile(
    rf"^((?:write|draft|compose)\s+(?:me\s+)?(?:an?\s+)?(?:[\w\-]+\s+){{0,3}}?{_DOC})\b(.*?),?"
    r"\s+addressed\s+to\s+((?:my|the|a|an|our)\s+[\w\-]+(?:\s+[\w\-]+)?)" + _END + "$",
    _I,
)
_FOR_RE = re.compile(
    rf"^((?:write|draft|compose)\s+(?:me\s+)?(?:an?\s+)?(?:[\w\-]+\s+){{0,3}}?{_DOC})"
    r"\s+for\s+(?=(?:my|the|a|an|our)\s)",
    _I,
)
_ON_APP_RE = re.compile(r"\bmessage\s+on\s+(slack|linkedin|whatsapp|teams|discord)\b", _I)
# "a professional email" / "a formal email" (only of a message drafted)
_PROFESSIONAL_RE = re.compile(rf"\bprofessional(?=(?:\s+[\w\-]+)?\s+{_DOC}\b)", _I)
_DRAFT_PHRASES = (
    (re.compile(r"\be-mail\b", _I), "email"),
    (re.compile(r"\btext\s+message\b", _I), "text"),
    (re.compile(r"\b(?:asking|to\s+ask)\s+for\b", _I), "requesting"),
)
# "Pls write me", "draft", "compose": one verb for the request to draft.
_DRAFT_LEAD_RE = re.compile(
    r"(?:(?:pls|plz|please)\s+)?(?:write|draft|compose)(?:\s+me)?\s+(?=an?\s)", _I
)

# Plans: "3-day itinerary for Rome" / "Rome itinerary 3 days" / "3 days in Rome itinerary".
_DAYS = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PLACE = r"((?:[A-Z][\w\-]*|[a-z][\w\-]*)(?:\s+[A-Z][\w\-]*){0,2})"
_PLAN_PATTERNS = (
    re.compile(rf"{_DAYS}[\s\-]days?\s+itinerary\s+for\s+{_PLACE}(?P<rest>.*)$", _I),
    re.compile(rf"{_PLACE}\s+itinerary\s+(?:for\s+)?{_DAYS}\s+days(?P<rest>.*)$", _I),
    re.compile(rf"{_DAYS}\s+days\s+in\s+{_PLACE}\s+itinerary(?P<rest>.*)$", _I),
)
# "Create a 7 day meal plan" / "7 day meal plan": asking for a plan by its name.
_PLAN_LEAD_RE = re.compile(
    r"(?:create|make|give)(?:\s+me)?\s+(?:an?\s+)?(?=(?:[\w\-]+\s+){0,5}?"
    r"(?:plan|schedule|itinerary|routine)s?\W*$)",
    _I,
)
_PLAN_LEAD_HINT = re.compile(
    r"^(?:create|make|give)\b.*(?:plan|schedule|itinerary|routine)s?\W*$", _I
)

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|(?:the\s+)?(?:summer|winter|spring|fall|autumn))"
)
_QUANTITY_PHRASES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("during",), re.compile(rf"\bduring\s+(?={_MONTH}\b)", _I), "in "),
    (
        ("month",),
        re.compile(r"(\$\s?[\d,.]+k?)\s*(?:/\s*month|a\s+month|monthly)\b", _I),
        r"\1 per month",
    ),
    (
        ("x a", "x per"),
        re.compile(r"\b(\d+)\s*x\s+(a|per)\s+(day|week|month)\b", _I),
        r"\1 times a \3",
    ),
    (("bed",), re.compile(r"\b(\d+)[\s\-]bed(?:room)?\b", _I), r"\1 bedroom"),
    (
        ("week",),
        re.compile(
            r"\bone[\s\-]week\b(?=(?:\s+[\w\-]+){0,3}?\s+(?:plan|schedule|itinerary|routine"
            r"|program|diet|trip)s?\b)",
            _I,
        ),
        "7 day",
    ),
    (("7 day", "7-day"), re.compile(r"\b7[\s\-]days?\b(?=\s+[a-z])", _I), "7 day"),
    # a city's initials: in capitals, or after a preposition ("nyc to la")
    (("la",), re.compile(r"\bLA\b"), "Los Angeles"),
    (
        ("la",),
        re.compile(r"\b(to|from|in|near)\s+la\b(?=\s*(?:flights?\b|[?.!]|$))"),
        r"\1 Los Angeles",
    ),
    (("sf",), re.compile(r"\bSF\b"), "San Francisco"),
    (("sf",), re.compile(r"\b(to|from|in|near)\s+sf\b"), r"\1 San Francisco"),
)
# What any rewrite needs, in the lower-cased prompt (most prompts have none of it);
# substring tests, several times cheaper than one search of a pattern of alternatives.
_HINT_KEYS = (
    "diff",
    "vs",
    "versus",
    "compare",
    "pros",
    "advantage",
    "benefit",
    "upside",
    "explain",
    "write",
    "draft",
    "compose",
    "itinerar",
    "plan",
    "schedule",
    "routine",
    "during",
    "month",
    "week",
    "x a",
    "x per",
    "bed",
    "7 day",
    "7-day",
    "to la",
    "from la",
    "in la",
    "near la",
    "to sf",
    "from sf",
    "in sf",
    "near sf",
)


_MAX_CHARS = 300


def _hinted(text: str, low: str) -> bool:
    if "LA" in text or "SF" in text:
        return True
    for key in _HINT_KEYS:
        if key in low:
            return True
    return False


def _terms(first: str, second: str) -> tuple[str, str] | None:
    words = (first + " " + second).casefold().split()
    if not _SPLITTERS.isdisjoint(words):
        return None
    if len(first.split()) > _MAX_TERM_WORDS or len(second.split()) > _MAX_TERM_WORDS:
        return None
    return first, second  # either order: the word rules read "A and B" as "B and A"


def _difference(text: str) -> str | None:
    for pattern in _DIFF_PATTERNS:
        m = pattern.match(text)
        if m:
            terms = _terms(m.group(1).strip(), m.group(2).strip())
            if terms:
                return f"difference between {terms[0]} and {terms[1]}"
    return None


def _pros(text: str) -> str | None:
    for pattern, kind in _PROS_PATTERNS:
        m = pattern.match(text)
        if m:
            subject = m.group(1).strip()
            words = subject.casefold().split()
            if len(words) > _MAX_SUBJECT_WORDS or not _WH.isdisjoint(words):
                return None  # a second ask after it ("... of X and how do I start?")
            if kind == "pros":
                return f"pros and cons of {subject}"
            return f"advantages of {subject}"
    return None


def _explained(text: str) -> str | None:
    m = _EXPLAIN_RE.match(text)
    if not m:
        return None
    subject = m.group(1).strip()
    words = subject.casefold().split()
    if not words or words[0] in _EXPLAIN_BAD_START or len(words) > _MAX_EXPLAINED_WORDS:
        return None
    if not _EXPLAIN_BAD_WORDS.isdisjoint(words) or any(w.endswith("ly") for w in words):
        return None
    if "and" in words or "or" in words or any(ch.isdigit() for ch in subject):
        return None
    return f"what is {subject}"


def _drafted(text: str) -> str:
    m = _NEED_RE.match(text)
    if m:
        text = "write " + m.group(1)
    text = _ON_APP_RE.sub(lambda m: m.group(1) + " message", text)
    for pattern, repl in _DRAFT_PHRASES:
        text = pattern.sub(repl, text)
    m = _ADDRESSED_RE.match(text)
    if m:
        text = f"{m.group(1)} to {m.group(3)}{m.group(2)}"
    if "recommend" not in text and "reference" not in text:  # a letter *about* someone
        text = _FOR_RE.sub(r"\1 to ", text)
    return _DRAFT_LEAD_RE.sub("write ", _PROFESSIONAL_RE.sub("formal", text), count=1)


def _plan(text: str) -> str:
    for pattern in _PLAN_PATTERNS:
        m = pattern.match(text)
        if m:
            days, place = (
                (m.group(1), m.group(2))
                if pattern is not _PLAN_PATTERNS[1]
                else (
                    m.group(2),
                    m.group(1),
                )
            )
            return f"{days} day itinerary for {place}{m.group('rest')}"
    return text


def canonical_form(text: str) -> str:
    """``text`` in the one form of the request it makes, or itself."""
    if len(text) > _MAX_CHARS:
        return text  # a pasted text or a long brief: not one of these short requests
    low = text.lower()
    if not _hinted(text, low):
        return text  # most prompts: a few substring tests, no rewrite
    body = text.strip()
    if "diff" in low or "vs" in low or "versus" in low or "compare" in low:
        out = _difference(body)
        if out:
            return out
    if "pros" in low or "advantage" in low or "benefit" in low or "upside" in low:
        out = _pros(body)
        if out:
            return out
    if low.lstrip().startswith("explain"):
        out = _explained(body)
        if out:
            return out
    if "write" in low or "draft" in low or "compose" in low:
        body = _drafted(body)
    if "itinerar" in low:
        body = _plan(body)
    if low.startswith(("create", "make", "give")) and _PLAN_LEAD_HINT.match(body):
        body = _PLAN_LEAD_RE.sub("", body, count=1)
    for keys, pattern, repl in _QUANTITY_PHRASES:
        if any(k in low for k in keys):
            body = pattern.sub(repl, body)
    return body
