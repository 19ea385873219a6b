"""Asks for advice said in several closed openings (round 38), each an opening of the whole
prompt with the rest kept as said: "How should I handle it if X" / "How do I handle it if
X" / "What do I do if X" are "What should I do if X" (", how should I handle it?" after a
fronted clause is ", what should I do?"); "What should I do about X" / "How should I handle
(deal with) X" / "What's the best way to handle X" are "How do I handle X"; "How can I let
X know (that) Y" / "How do I inform X that Y" are "How do I tell X (that) Y"; "What are the
signs that X" / "How can I tell if X" are "How do I know if X"; "Should I inform X that" is
"Should I tell X that". "What are my options if X" / "What options do I have if X" (round 58)
are "What should I do if X" too ("What can I do if X" is already), but not when X is the
asker's own state ("if I have a day in Paris", "if I'm pregnant": what one may do, not a
remedy; "if I'm being evicted" is one), nor another's options, "for X", "when" / "unless",
or another tense; ", what are my options?" after a clause is ", what should I do?"."""

from __future__ import annotations

import re

_I = re.IGNORECASE
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
        re.compile(r"^\s*what\s+(do|can|should)\s+i\s+do\s+(?:if|when)\s+(?=\w)", _I),
        "What should I do if ",
    ),
    (
        "option",
        re.compile(r"^\s*what\s+(?:are\s+my\s+options|options\s+do\s+i\s+have)\s+if\s+(?=\w)", _I),
        "What are my options if ",
    ),
    (
        " do",
        re.compile(
            r"^\s*what\s+(?:can\s+(he|she|they|you|we)\s+do"
            r"|options\s+do(?:es)?\s+(he|she|they|you|we)\s+have)\s+if\s+(?=\w)",
            _I,
        ),
        "What are {0} options if ",
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
# the asker's own state after "if" ("I have a day in Paris", "I'm pregnant", "it's raining"):
# "What can I do" asks what one may do, "What are my options" a remedy ("I'm being evicted" is one)
_STATE_RE = re.compile(
    r"\s*(?:(?:if|when)\s+)?(?:i|we|it|there|he|she|they|you)(?:\s+|'|\u2019)(?:only\s+)?"
    r"(?:have|has|had|got|get|am|m|is|s|are|re|ve|d|was|were)\b(?!\s+being\b)",
    _I,
)
_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "you": "your", "we": "our"}
_SHOULD = "What should I do if "
_OPTIONS = "What are my options if "
_ADVICE_STARTS = frozenset(("how", "wha", "sho"))
# the same ask said after a fronted clause ("If X, how should I handle it?")
_FRONTED_IF_RE = re.compile(r"(?:^|,)\s*(?:if|when)\s", _I)
# "X, what can I do?" read as "What can I do if X?" is: "what should I do"
_WHAT_DO_TAIL_RE = re.compile(
    r",\s*what\s+(?:(can|do|should)\s+i\s+do|are\s+my\s+options)(?=\s*\?\s*$)", _I
)
_ADVICE_TAIL_RE = re.compile(
    r",\s*how\s+(?:should|do|can)\s+i\s+(?:handle|deal\s+with)\s+it(?=\s*\?\s*$)", _I
)


def _what_do_tail(text: str) -> str:
    """After a clause, ", what can I do?" / ", what do I do?" / ", what are my options?" as
    ", what should I do?" (as before round 58; the options after the asker's own state as said)."""
    m = _WHAT_DO_TAIL_RE.search(text)
    if not m:
        return text
    if m[1] is not None and m[1].lower() != "can":
        out = ", what should I do"
    elif not _STATE_RE.match(text):
        out = ", what are my options"
    elif m[1] is None:
        return text  # "I'm pregnant, what are my options?" as said
    else:
        out = ", what should I do"
    return text[: m.start()] + out + text[m.end() :]


def canonical_advice(text: str) -> str:
    """``text`` with an opening of ``_ADVICE_OPENINGS`` in its one wording, or itself."""
    if text.lstrip()[:3].lower() not in _ADVICE_STARTS:
        if " it?" in text and "," in text and _FRONTED_IF_RE.search(text):
            return _ADVICE_TAIL_RE.sub(", what should I do", text)
        if (" do?" in text or "options?" in text) and "," in text:
            return _what_do_tail(text)
        return text
    low = text.lower()
    for hint, pattern, out in _ADVICE_OPENINGS:
        if hint in low:
            m = pattern.match(text)
            if m:
                rest = text[m.end() :]
                if hint == "do ":
                    if m[1].lower() == "can" and not _STATE_RE.match(rest):
                        return _OPTIONS + rest
                    return _SHOULD + rest
                if hint in ("option", " do"):
                    if _STATE_RE.match(rest):
                        return text  # "What are my options if I have a day in Paris" as said
                    if hint == " do":
                        return out.format(_POSSESSIVE[(m[1] or m[2]).lower()]) + rest
                return out.format(*(g or "" for g in m.groups())) + rest
    return text
