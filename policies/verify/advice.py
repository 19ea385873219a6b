"""Asks for advice said in several closed openings (round 38), each an opening of the whole
prompt with the rest kept as said: "How should I handle it if X" / "How do I handle it if
X" / "What do I do if X" are "What should I do if X" (", how should I handle it?" after a
fronted clause is ", what should I do?"); "What should I do about X" / "How should I handle
(deal with) X" / "What's the best way to handle X" are "How do I handle X"; "How can I let
X know (that) Y" / "How do I inform X that Y" are "How do I tell X (that) Y"; "What are the
signs that X" / "How can I tell if X" are "How do I know if X"; "Should I inform X that" is
"Should I tell X that"."""

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
# "X, what can I do?" read as "What can I do if X?" is: "what should I do"
_WHAT_DO_TAIL_RE = re.compile(r",\s*what\s+(?:can|do|should)\s+i\s+do(?=\s*\?\s*$)", _I)
_ADVICE_TAIL_RE = re.compile(
    r",\s*how\s+(?:should|do|can)\s+i\s+(?:handle|deal\s+with)\s+it(?=\s*\?\s*$)", _I
)


def canonical_advice(text: str) -> str:
    """``text`` with an opening of ``_ADVICE_OPENINGS`` in its one wording, or itself."""
    if text.lstrip()[:3].lower() not in _ADVICE_STARTS:
        if " it?" in text and "," in text and _FRONTED_IF_RE.search(text):
            return _ADVICE_TAIL_RE.sub(", what should I do", text)
        if " do?" in text and "," in text:
            return _WHAT_DO_TAIL_RE.sub(", what should I do", text)
        return text
    low = text.lower()
    for hint, pattern, out in _ADVICE_OPENINGS:
        if hint in low:
            m = pattern.match(text)
            if m:
                return out.format(*(g or "" for g in m.groups())) + text[m.end() :]
    return text
