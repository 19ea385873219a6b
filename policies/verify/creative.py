"""One spelling for how a creative piece is asked for (pure, precompiled).

"Could you pen / compose / craft a poem ...", "I'd like a poem ...", "Please write a poem
..." and "Write a poem ... for me" ask what "Write a poem ..." asks; "a limerick on X" /
"a sonnet on the subject of X" what "a limerick about X" asks; "humorous" is "funny"; the
season "fall" ("fall leaves", "in the fall", "a poem about fall") is "autumn". Only the ask
and these closed words change: the piece (poem / limerick / story), its topic and every
constraint are kept, and "a story on a train" (a setting) is left alone.
"""

from __future__ import annotations

import re

__all__ = ["canonical_creative"]

_I = re.IGNORECASE
_PIECES = (
    r"(?:poem|story|limerick|haiku|sonnet|song|ballad|verse|fable|tale|ode|essay|lyrics|joke)s?"
)
_ASK_RE = re.compile(
    r"^\s*(?:please\s+)?(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?"
    r"(?:pen|compose|write|craft|create)|(?:pen|compose|craft)|i'?d\s+like|i\s+would\s+like"
    r"|i\s+want|give\s+me|tell\s+me|write)\s+(?:me\s+)?"
    rf"(?=(?:a|an|some)\s+(?:[\w'-]+\s+){{0,3}}?{_PIECES}\b)",
    _I,
)
_FOR_ME_RE = re.compile(
    r"\s+for\s+me(?:,?\s+please)?(?=\s*[?.!]*\s*$)|,?\s+please(?=\s*[?.!]*\s*$)", _I
)
_TOPIC_ON_RE = re.compile(
    r"\b((?:poem|limerick|haiku|sonnet|song|ballad|verse|ode|essay)s?)\s+(?:on|about)\s+"
    r"(?:the\s+(?:subject|topic|theme)\s+of\s+)",
    _I,
)
_ON_RE = re.compile(r"\b((?:poem|limerick|haiku|sonnet|song|ballad|verse|ode|essay)s?)\s+on\s+", _I)
_HUMOROUS_RE = re.compile(r"\bhumou?rous\b", _I)
_FALL_NOUN_RE = re.compile(
    r"\bfall(?=\s+(?:leaves|season|colou?rs|foliage|day|days|morning|mornings|evening"
    r"|evenings|night|nights|weather|afternoon|harvest|festival)\b)",
    _I,
)
_FALL_END_RE = re.compile(
    r"\b(in|during|this|last|next|the|about|of) fall\b(?=\s*(?:[?.!,;]|$|\s+(?:and|or)\b))", _I
)


def canonical_creative(text: str) -> str:
    """``text`` with the ask for a creative piece and the closed words above written one way."""
    if m := _ASK_RE.match(text):
        text = "Write " + text[m.end() :]
        text = _FOR_ME_RE.sub("", text).rstrip(" ?.!")
        text = _TOPIC_ON_RE.sub(r"\1 about ", text)
        text = _ON_RE.sub(r"\1 about ", text)
    low = text.lower()
    if "humo" in low:
        text = _HUMOROUS_RE.sub("funny", text)
    if "fall" in low:
        text = _FALL_END_RE.sub(r"\1 autumn", _FALL_NOUN_RE.sub("autumn", text))
    return text
