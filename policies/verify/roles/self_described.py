"""Role pass 33 (round 108): the asker said to be one of two people, the other the one acted on
or the doer: "I'm an experienced climber belaying a first-timer" / "I'm a first-timer being
belayed by an experienced climber", "I'm a landlord renting to a student" / "I'm a student
renting from a landlord". Both sides say "I'm a N V-ing ..." with another N, each side's N named
on the other side: the asker is the other person.

Role pass 192 (blind round 345): the asker "we" too, "We're / We are a N ..." on both sides
("We're a Czech guide company hosting an American school group" / "We're an American school
group hosted by a Czech guide company"): the one asking, and so whose liability or duty is
asked about, is the other group. Both sides must say the same asker, "I" or "we"."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_SELF_RE = re.compile(
    r"\b(?:I(?:'m|\u2019m| am)|we(?:'re|\u2019re| are)) (?:a|an|the) "
    r"((?:[a-z-]+ ){0,3}?[a-z-]+) "
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
    if ("i" not in a.words or "i" not in b.words) and ("we" not in a.words or "we" not in b.words):
        return False
    found = described(a, b, _SELF_RE)
    if found is None:
        return False
    ma, mb, na, nb = found
    if _asker(ma) != _asker(mb):
        return False
    if na in nb or nb in na:
        return False
    la, lb = a.source.lower(), b.source.lower()
    return _named(na, lb[mb.end() :]) and _named(nb, la[ma.end() :])


def _asker(m: re.Match[str]) -> str:
    """ "i" or "we": who the described one is (the match starts with the asker's pronoun)."""
    return m.group(0)[:2].lower().rstrip("'\u2019 ")


def _named(noun: str, text: str) -> bool:
    return re.search(rf"\b(?:a|an|the|my|some) {re.escape(noun)}\b", text) is not None
