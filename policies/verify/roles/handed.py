"""Role pass 98 (blind rounds 229-231): whose thing goes to whom, and who learns from whom.

``given_away_traded``: "V my N away / out / off / to ..." (the asker's things going to others)
against "V me his / her / their N" (another's things coming to the asker), the same giving verb
and the same N ("stop giving my succulents away" / "stop giving me her succulents", "stop
lending my tools out" / "stop lending me his tools"); "V me my N back" (the asker's own on both
sides) is left.

``learned_from_traded``: "X ... V N from me" against "I ... V N from X", the same taking verb
("learn / borrow / buy / take ..."), N and X ("My daughter wants to learn crochet from me" / "I
want to learn crochet from my daughter", "My brother keeps borrowing money from me" / "I keep
borrowing money from my brother"): the one taken from and the taker traded. "X wants me to
teach her N" (no "from") is left to the other readers.
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_GIVE = {
    "give": "give", "gives": "give", "giving": "give", "gave": "give", "given": "give",
    "lend": "lend", "lends": "lend", "lending": "lend", "lent": "lend",
    "loan": "loan", "loans": "loan", "loaning": "loan", "loaned": "loan",
    "hand": "hand", "hands": "hand", "handing": "hand", "handed": "hand",
    "pass": "pass", "passes": "pass", "passing": "pass", "passed": "pass",
    "sell": "sell", "sells": "sell", "selling": "sell", "sold": "sell",
}  # fmt: skip
_GIVE_RE = "|".join(sorted(_GIVE, key=len, reverse=True))
_AWAY_RE = re.compile(rf"\b({_GIVE_RE}) my ((?:[a-z]+ ){{1,3}}?)(?:away|out|off|to)\b")
_TO_ME_RE = re.compile(rf"\b({_GIVE_RE}) me (?:his|her|their) ((?:[a-z]+ ){{0,2}}[a-z]+)\b")


def _canon(p: Parsed, phrase: str) -> tuple[str, ...]:
    words = phrase.split()
    for i in range(len(p.words) - len(words) + 1):
        if p.words[i : i + len(words)] == tuple(words):
            return tuple(p.canon[i : i + len(words)])
    return tuple(words)


def _given(p: Parsed, pattern: re.Pattern[str]) -> set[tuple[str, tuple[str, ...]]]:
    text = " ".join(p.words)
    return {(_GIVE[m[1]], _canon(p, m[2].strip())) for m in pattern.finditer(text)}


def given_away_traded(a: Parsed, b: Parsed) -> bool:
    """ "giving my N away" / "giving me her N": the asker's things out, another's in."""
    for x, y in ((a, b), (b, a)):
        if "my" not in x.words or "me" not in y.words or _GIVE.keys().isdisjoint(x.words):
            continue
        out = _given(x, _AWAY_RE)
        if out and out & _given(y, _TO_ME_RE) and not out & _given(y, _AWAY_RE):
            return True
    return False


_TAKE = {
    "learn": "learn", "learns": "learn", "learning": "learn", "learned": "learn",
    "learnt": "learn",
    "borrow": "borrow", "borrows": "borrow", "borrowing": "borrow", "borrowed": "borrow",
    "buy": "buy", "buys": "buy", "buying": "buy", "bought": "buy",
    "rent": "rent", "rents": "rent", "renting": "rent", "rented": "rent",
    "steal": "steal", "steals": "steal", "stealing": "steal", "stole": "steal",
    "copy": "copy", "copies": "copy", "copying": "copy", "copied": "copy",
    "inherit": "inherit", "inherits": "inherit", "inheriting": "inherit",
    "inherited": "inherit",
}  # fmt: skip
_TAKE_RE = "|".join(sorted(_TAKE, key=len, reverse=True))
_OWNERS = r"(?:my|our|the|his|her|their|a) "
# "my daughter wants to learn crochet from me": the party, up to four words, the verb
_FROM_ME_RE = re.compile(
    rf"\b{_OWNERS}?([a-z]+) ((?:[a-z]+ ){{0,4}}?)({_TAKE_RE}) ((?:[a-z]+ ){{0,3}}?)from me\b"
)
_I_FROM_RE = re.compile(
    rf"\bi ((?:[a-z]+ ){{0,4}}?)({_TAKE_RE}) ((?:[a-z]+ ){{0,3}}?)from {_OWNERS}?([a-z]+)\b"
)
_SELVES = frozenset(("i", "me", "my", "we", "us", "our", "you", "your"))


def _from_me(p: Parsed) -> set[tuple[str, str, str]]:
    found = set()
    for m in _FROM_ME_RE.finditer(" ".join(p.words)):
        between = m[2].split()
        if m[1] in _SELVES or _SELVES.intersection(between) or m[1] in _TAKE:
            continue
        found.add((m[1], _TAKE[m[3]], m[4].strip()))
    return found


def _i_from(p: Parsed) -> set[tuple[str, str, str]]:
    found = set()
    for m in _I_FROM_RE.finditer(" ".join(p.words)):
        if _SELVES.intersection(m[1].split()) or m[4] in _SELVES:
            continue
        found.add((m[4], _TAKE[m[2]], m[3].strip()))
    return found


def learned_from_traded(a: Parsed, b: Parsed) -> bool:
    """ "X wants to learn N from me" / "I want to learn N from X": the taker and the source."""
    for x, y in ((a, b), (b, a)):
        if "me" not in x.words or "i" not in y.words or "from" not in x.words:
            continue
        if _TAKE.keys().isdisjoint(x.words) or _TAKE.keys().isdisjoint(y.words):
            continue
        if _from_me(x) & _i_from(y) and not _from_me(y):
            return True
    return False
