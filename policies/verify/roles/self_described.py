"""Role pass 33 (round 108): the asker said to be one of two people, the other the one acted on
or the doer: "I'm an experienced climber belaying a first-timer" / "I'm a first-timer being
belayed by an experienced climber", "I'm a landlord renting to a student" / "I'm a student
renting from a landlord". Both sides say "I'm a N V-ing ..." with another N, each side's N named
on the other side: the asker is the other person."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_SELF_RE = re.compile(
    r"\bI(?:'m|\u2019m| am) (?:a|an|the) ((?:[a-z-]+ ){0,3}?[a-z-]+) "
    r"(?:being )?([a-z]+(?:ing|ed|en))\b",
    re.IGNORECASE,
)


def described(
    a: Parsed, b: Parsed, pattern: re.Pattern[str]
) -> tuple[re.Match[str], re.Match[str], str, str] | None:
    """Both sides describe the asker as someone (``pattern``'s first group), each as another
    one: the two matches and the two nouns."""
    ma, mb = pattern.search(a.source), pattern.search(b.source)
    if ma is None or mb is None:
        return None
    na, nb = ma.group(1).lower(), mb.group(1).lower()
    return None if na == nb else (ma, mb, na, nb)


def self_described(a: Parsed, b: Parsed) -> bool:
    if "i" not in a.words or "i" not in b.words:
        return False
    found = described(a, b, _SELF_RE)
    if found is None:
        return False
    ma, mb, na, nb = found
    if na in nb or nb in na:
        return False
    la, lb = a.source.lower(), b.source.lower()
    return _named(na, lb[mb.end() :]) and _named(nb, la[ma.end() :])


def _named(noun: str, text: str) -> bool:
    return re.search(rf"\b(?:a|an|the|my|some) {re.escape(noun)}\b", text) is not None
