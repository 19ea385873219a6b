"""Role pass 67 (blind round 187): a noun's place said by a person ("the passenger next to me",
"the man behind us") read without it when both sides say the same noun with the same place.
"Should the airline compensate me if the passenger next to me vomited on me?" / "Should the
airline compensate the passenger next to me if I vomited on him?": the place's "me" is not a
party, and read with it the doer of the "if" clause could not be told from the asker; read as
"compensate me if the passenger vomited on me" / "compensate the passenger if I vomited on him",
who did it and who it was done to trade, with the main clause's object traded along."""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_PLACE = r"(?:next to|beside|behind|in front of|across from|near|above|below|beneath)"
_PERSON = r"(?:me|us|him|her|them|you)"
# "the passenger next to me", "my neighbor across from us": a determined noun of one to three
# words, then its place said by a person
_BESIDE_RE = re.compile(
    rf"\b((?:the|a|an|my|our|your|his|her|their|this|that) (?:[a-z]+ ){{0,2}}[a-z]+)"
    rf" {_PLACE} {_PERSON}\b",
    re.IGNORECASE,
)
_PLACE_WORDS = frozenset("next beside behind front across near above below beneath".split())


def _placed(source: str) -> set[str]:
    return {m.group(0).lower() for m in _BESIDE_RE.finditer(source)}


def beside_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both sides say the same "the N next to me" (the same noun, the same place, the same
    person): read both with the place left out ("the passenger next to me": "the passenger")."""
    if _PLACE_WORDS.isdisjoint(a.words) or _PLACE_WORDS.isdisjoint(b.words):
        return None
    shared = _placed(a.source) & _placed(b.source)
    if not shared:
        return None

    def drop(m: re.Match[str]) -> str:
        return m.group(1) if m.group(0).lower() in shared else m.group(0)

    ra, rb = _BESIDE_RE.sub(drop, a.source), _BESIDE_RE.sub(drop, b.source)
    if ra == a.source or rb == b.source:
        return None
    return parse(ra), parse(rb)
