"""One spelling for a few closed phrases people write many ways (pure, precompiled).

A rate ("per day" / "daily" / "a day" / "each day"), a range of a quantity ("5-10 minutes"
/ "5 to 10 minutes" / "between 5 and 10 minutes"), the first of a kind ("the #1 X" / "the
number one X" / "the top X"), a date of birth ("When was X born?" / "What is X's
birthday?" / "X's date of birth") and an answer format ("Just give the letter" / "Reply
with only the letter") are each written one way, so the word rules and the classifier see
the same words. Each rewrite is a closed phrase; everything around it is kept, so "per
day" / "per week", "the top X" / "the top 10 X" and "Where was X born?" / "X's birthday"
still differ.

Asks for advice said in several closed openings (round 38), each an opening of the whole
prompt with the rest kept as said: "How should I handle it if X" / "How do I handle it if
X" / "What do I do if X" are "What should I do if X" (", how should I handle it?" after a
fronted clause is ", what should I do?"); "What should I do about X" / "How should I handle
(deal with) X" / "What's the best way to handle X" are "How do I handle X"; "How can I let
X know (that) Y" / "How do I inform X that Y" are "How do I tell X (that) Y"; "What are the
signs that X" / "How can I tell if X" are "How do I know if X"; "Should I inform X that" is
"Should I tell X that".

Rounds 39-41 (`canonical_ask`): a judgment in one word ("Would it be reasonable for X to V"
/ "Is it fair for X to V", "acceptable" / "okay", "impolite" / "rude", "strange" / "weird"),
asking for a thing ("Is it okay to request X" / "Can I ask for X"), a habit counted in the
week ("How many times a week should I X" / "How often should I X"; "a month" is its own
ask), a duration ("What's the typical time for X" / "How long does X take"), a pay rate
("What's a fair rate for X" / "How much should I pay X"), a meaning ("What's meant by X" /
"What does X mean") and an owned thing at the end ("access to the files of Y" / "access to
Y's files").
"""

from __future__ import annotations

import re

from policies.verify.text import first_match

_I = re.IGNORECASE
_END = r"(?=\s*(?:[?.!,;]|$))"
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_PERIOD_RE = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bone )(?<!\bthe )(?<!\bthat )"
    r"\b(?:a|each|per)\s+(day|week|month|year)\b" + _END,
    _I,
)
_ADVERB_RE = re.compile(
    r"\b(daily|weekly|monthly|yearly)\b(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|but)\b)", _I
)

_NUM = r"(\d+(?:\.\d+)?)"
# "5-10 minutes", "5 to 10 minutes", "between 5 and 10 minutes": a range of a quantity
# (a word follows it; "What is 5-10?" is a subtraction and is left alone).
_RANGE_RES = (
    re.compile(rf"\bbetween\s+{_NUM}\s+and\s+{_NUM}(?=\s*[a-z%])", _I),
    re.compile(rf"(?<![\d\-/.:]){_NUM}\s*[\-\u2013\u2014]\s*{_NUM}(?![\d\-/.:])(?=\s*[a-z%])", _I),
)

# "the #1 X" / "the number one X" / "the no. 1 X": "the top X" (not before a superlative:
# ``attributes`` reads "the #1 most X" as a rank; not "top 10").
_TOP_RE = re.compile(
    r"\bthe\s+(?:#\s?1|number\s+(?:one|1)|no\.?\s?1)\s+(?!(?:most|least|best|worst|\w+est)\b)"
    r"(?=[a-z])",
    _I,
)

_PERSON = r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
_BIRTH_RES = (
    re.compile(
        rf"^\s*(?i:what|when)(?:'s|\s+is|\s+was)\s+{_PERSON}'s?\s+"
        r"(?:birthday|date\s+of\s+birth|birth\s?date)\s*\??\s*$"
    ),
    re.compile(rf"^\s*{_PERSON}'s?\s+(?:birthday|date\s+of\s+birth|birth\s?date)\s*\??\s*$"),
)

_LETTER_ONLY_RE = re.compile(
    r"\b(?:(?:just|only)\s+)?(?:give|reply\s+with|answer\s+with|respond\s+with|output|return)"
    r"\s+(?:me\s+)?(?:(?:just|only)\s+)?the\s+letter(?:\s+only)?\b",
    _I,
)


# "How much is X?" (a whole prompt, X a thing) / "How much does X cost?": both a price
_COST_RE = re.compile(
    r"^\s*how\s+much\s+is\s+((?:an?|the)\s+[a-z][^?.!,]{0,40}?)(?<!ed)(?<!\bworth)(?<!\bpaid)"
    r"\s*\??\s*$",
    _I,
)


# (a word the prompt must hold, an opening of the whole prompt, its one wording)
_SUBJ = r"(?:i|we)"
_ADVICE_OPENINGS = (
    (
        " it ",
        re.compile(
            rf"^\s*(?:how\s+(?:should|do|can|would)\s+{_SUBJ}"
            r"|what(?:'s|\s+is)\s+(?:the\s+best|a\s+good|the\s+right)\s+way\s+to)"
            r"\s+(?:handle|deal\s+with)\s+it\s+"
            r"(?:if|when)\s+(?=\w)",
            _I,
        ),
        "What should I do if ",
    ),
    (
        "do ",
        re.compile(r"^\s*what\s+(?:do|can|should)\s+i\s+do\s+(?:if|when)\s+(?=\w)", _I),
        "What should I do if ",
    ),
    (
        "about",
        re.compile(r"^\s*what\s+(?:should|do|can)\s+i\s+do\s+about\s+(?!it\b)(?=\w)", _I),
        "How do I handle ",
    ),
    (
        "how",
        re.compile(
            r"^\s*how\s+(?:do|can|should)\s+(i|you|we)\s+(?:handle|deal\s+with)\s+(?!it\b)(?=\w)",
            _I,
        ),
        "How do {0} handle ",
    ),
    (
        "way",
        re.compile(
            r"^\s*what(?:'s|\s+is)\s+(?:the\s+best|a\s+good|the\s+right)\s+way\s+to\s+"
            r"(?:handle|deal\s+with)\s+(?!it\b)(?=\w)",
            _I,
        ),
        "How do I handle ",
    ),
    (
        " know",
        re.compile(
            r"^\s*how\s+(?:do|can|should)\s+i\s+let\s+((?:[\w'\-]+\s+){1,4}?)know\s+"
            r"(that\s+)?(?=\w)",
            _I,
        ),
        "How do I tell {0}{1}",
    ),
    (
        "inform",
        re.compile(
            r"^\s*(how\s+(?:do|can|should)\s+i|should\s+i)\s+inform\s+"
            r"((?:the|my|our|a|an|his|her|their)\s+(?:[\w'\-]+\s+){1,3}?)that\s+(?=\w)",
            _I,
        ),
        "{0} tell {1}that ",
    ),
    (
        "sign",
        re.compile(r"^\s*what\s+are\s+(?:the\s+|some\s+)?(?:warning\s+)?signs\s+that\s+(?=\w)", _I),
        "How do I know if ",
    ),
    (
        " if",
        re.compile(r"^\s*how\s+(?:can|do)\s+i\s+tell\s+(?:if|whether)\s+(?=\w)", _I),
        "How do I know if ",
    ),
)
_ADVICE_STARTS = frozenset(("how", "wha", "sho"))
# the same ask said after a fronted clause ("If X, how should I handle it?")
_FRONTED_IF_RE = re.compile(r"(?:^|,)\s*(?:if|when)\s", _I)
_ADVICE_TAIL_RE = re.compile(
    r",\s*how\s+(?:should|do|can)\s+i\s+(?:handle|deal\s+with)\s+it(?=\s*\?\s*$)", _I
)


def canonical_advice(text: str) -> str:
    """``text`` with an opening of ``_ADVICE_OPENINGS`` in its one wording, or itself."""
    if text.lstrip()[:3].lower() not in _ADVICE_STARTS:
        if " it?" in text and "," in text and _FRONTED_IF_RE.search(text):
            return _ADVICE_TAIL_RE.sub(", what should I do", text)
        return text
    low = text.lower()
    for hint, pattern, out in _ADVICE_OPENINGS:
        if hint in low:
            m = pattern.match(text)
            if m:
                return out.format(*(g or "" for g in m.groups())) + text[m.end() :]
    return text


# Round 40: a judgment asked in other words, an opening of the whole prompt ("Would it be
# reasonable for X to V" / "Is it fair for X to V", "Is it acceptable" / "Is it okay", "Would
# it be impolite" / "Is it rude"): one word per judgment, never one judgment for another
# ("Is it rude" / "Is it okay", "Is it fair" / "Is it legal"), nor a negated one ("Isn't it").
_JUDGMENTS = {
    "okay": "okay",
    "ok": "okay",
    "alright": "okay",
    "all right": "okay",
    "acceptable": "okay",
    "appropriate": "okay",
    "fair": "fair",
    "reasonable": "fair",
    "rude": "rude",
    "impolite": "rude",
    "weird": "weird",
    "strange": "weird",
}
_JUDGMENT_RE = re.compile(
    r"^\s*(?:is\s+it|would\s+it\s+be)\s+(okay|ok|alright|all\s+right|acceptable|appropriate"
    r"|fair|reasonable"
    r"|rude|impolite|weird|strange)\s+(?=(?:for|to|if|that)\s)",
    _I,
)
# asking for a thing: "Can I ask for X" / "Is it okay to request X" / "Can I request X"
_JUDGED = r"(?:okay|ok|alright|all\s+right|acceptable|appropriate|fair|reasonable|rude|impolite)"
_REQUEST_RE = re.compile(
    r"^(\s*(?:(?:can|could|may)\s+(?:i|we)"
    rf"|(?:is\s+it|would\s+it\s+be)\s+{_JUDGED}\s+(?:for\s+me\s+)?to))"
    r"\s+request\s+(?=\w)",
    _I,
)
_OKAY_ASK_RE = re.compile(r"^\s*is\s+it\s+okay\s+(?:for\s+me\s+)?to\s+ask\s+for\s+(?=\w)", _I)
# a frequency in the week, the unit a habit is counted in ("How many times a week should I
# X" / "How often should I X"; "a month" stays its own ask), and "how frequently"
_OFTEN_WEEK_RE = re.compile(
    r"^\s*how\s+(?:many\s+times\s+(?:a|per|each)\s+week|frequently)\s+"
    r"(should|do|can|must)\s+(i|we|you)\s+(?=\w)",
    _I,
)
# a duration: "What's the typical (usual) time for X?" / "How long does X take?"
_TYPICAL_TIME_RE = re.compile(
    r"^\s*what(?:'s|\s+is)\s+the\s+(?:typical|usual|normal)\s+(?:amount\s+of\s+)?time\s+"
    r"(for|to)\s+(?!(?:a|an|the|my|your|our)\s+\w+\s+(?:from|to|between)\b)"
    r"([^?.!,]{1,80}?)\s*\?\s*$",
    _I,
)
# a price paid to someone: "What's a fair rate for X?" / "What should I pay X?"
_FAIR_RATE_RE = re.compile(
    r"^\s*(?:what(?:'s|\s+is)\s+a\s+(?:fair|reasonable)\s+(?:rate|wage|amount)\s+(?:for|to\s+pay)"
    r"|what\s+should\s+i\s+pay)\s+((?:an?|the|my|our)\s+[^?.!,]{1,60}?)\s*\?\s*$",
    _I,
)
# a meaning: "What's meant by X?" / "What does X mean?"
_MEANT_RE = re.compile(r"^\s*what(?:'s|\s+is)\s+meant\s+by\s+([^?]{1,80}?)\s*\?\s*$", _I)


_CAN_ASK_FOR_RE = re.compile(r"^\s*(?:can|could|may)\s+i\s+(?:ask\s+for|request)\s+(?=\w)", _I)


def canonical_ask_for(text: str) -> str:
    """ "Can I ask for X" / "Can I request X" as "Is it okay to ask for X", before
    `frames.strip_frames` reads "Can I ask" as a polite opening and drops it."""
    if "ask for" in text or "request" in text:
        return _CAN_ASK_FOR_RE.sub("Is it okay to ask for ", text, count=1)
    return text


# an owner said after its thing at the end of the prompt: "access to the files of the new
# contractor?" / "access to the new contractor's files?"
_OF_OWNER_RE = re.compile(
    r"\b(to|on|in|from)\s+the\s+(files?|folders?|accounts?|data|documents?|records?|emails?"
    r"|calendar|inbox|drive|computer|laptop|phone)\s+of\s+((?:the|my|our|his|her|their|your)"
    r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}|[A-Z][a-z]+)(?=\s*[?.!]?\s*$)"
)


# a verb in other words: "take X out of Y" / "remove X from Y", "allow X to V" / "let X V"
_TAKE_OUT_RE = re.compile(
    r"\btake\s+((?:a|an|the|my|our|this|that|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)\s+out\s+of\b",
    _I,
)
_ALLOW_TO_RE = re.compile(
    r"\ballow\s+((?:the|my|our|a|an|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?"
    r"|me|him|her|them|us|[A-Z][a-z]+)\s+to\s+(?=[a-z])",
    _I,
)


def canonical_ask(text: str) -> str:
    """``text`` with a judgment, a request, a frequency, a duration, a pay rate or a meaning
    above said one way, or itself."""
    if "request" in text:
        text = _REQUEST_RE.sub(r"\1 ask for ", text, count=1)
    if " out of " in text:
        text = _TAKE_OUT_RE.sub(r"remove \1 from", text)
    if "llow" in text:
        text = _ALLOW_TO_RE.sub(r"let \1 ", text)
    if " of " in text:
        text = _OF_OWNER_RE.sub(r"\1 \3's \2", text, count=1)
    head = text.lstrip()[:4].lower()
    if head in ("is i", "woul"):
        m = _JUDGMENT_RE.match(text)
        if m:
            judged = _JUDGMENTS[" ".join(m.group(1).lower().split())]
            text = f"Is it {judged} " + text[m.end() :]
            if text.startswith("Is it okay ") and " ask for " in text:
                text = _OKAY_ASK_RE.sub("Can I ask for ", text, count=1)
    if head == "how ":
        text = _OFTEN_WEEK_RE.sub(r"How often \1 \2 ", text, count=1)
    elif head == "what":
        if m := _TYPICAL_TIME_RE.match(text):
            if m.group(1).lower() == "to":
                return f"How long does it take to {m.group(2)}?"
            return f"How long does {m.group(2)} take?"
        if m := _FAIR_RATE_RE.match(text):
            return f"How much should I pay {m.group(1)}?"
        if m := _MEANT_RE.match(text):
            return f"What does {m.group(1)} mean?"
    return text


def canonical_phrasing(text: str) -> str:
    """``text`` with the closed phrases above written one way, or itself."""
    text = canonical_ask(canonical_advice(text))
    low = text.lower()
    if "day" in low or "daily" in low or "week" in low or "month" in low or "year" in low:
        text = _PERIOD_RE.sub(lambda m: "per " + _UNITS[m.group(1).lower()], text)
        if "ly" in low:
            text = _ADVERB_RE.sub(lambda m: "per " + _ADVERBS[m.group(1).lower()], text)
    if "between" in low or "-" in text or "\u2013" in text or "\u2014" in text:
        for pattern in _RANGE_RES:
            text = pattern.sub(r"\1 to \2", text)
    if "#" in text or "number one" in low or "no" in low:
        text = _TOP_RE.sub("the top ", text)
    if "birth" in low:
        if m := first_match(_BIRTH_RES, text):
            return f"When was {m.group(1)} born?"
    if "much" in low:
        text = _COST_RE.sub(r"How much does \1 cost?", text)
    if "letter" in low:
        text = _LETTER_ONLY_RE.sub("answer with only the letter", text)
    return text
