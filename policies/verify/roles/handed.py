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


# Role pass 122 (rounds 258-260): "S V (a / the) X from Y T" against "Y V S's X T", the same verb
# and tail ("Our club borrowed a groomer from the neighboring club and damaged it" / "The
# neighboring club borrowed our groomer and damaged it", "We rented a tent from the scouts" /
# "The scouts rented our tent"): the one taken from made the taker, the taker the owner. The
# owner on the other side must be the first side's subject ("our" for "we" or "our club", "my
# son" for "my son"): "Y V their X" may be Y's own, "Y V us a X" ("rented us a tent") is the
# same event, and "We borrowed Y's X" keeps the taker; all are left.
_DETS = frozenset(("a", "an", "the", "some"))
_OWN = {"i": "my", "we": "our", "they": "their", "he": "his", "she": "her", "you": "your"}
_OWN_WORDS = frozenset(_OWN.values())
_PARTY_MAX = 5  # "the neighboring trail club", "my next door neighbor"


def source_made_taker(a: Parsed, b: Parsed) -> bool:
    """ "S V X from Y" / "Y V S's X": the taker and the one taken from traded."""
    if ("from" in a.words) == ("from" in b.words):
        return False
    x, y = (a, b) if "from" in a.words else (b, a)
    if len(x.content ^ y.content) > 2:
        return False  # a trade keeps the content words
    return any(_taken(x, y, f) for f, w in enumerate(x.words) if w == "from")


def _bare_party(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if words[:1] and words[0] in _DETS else words


def _owners(subject: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The ways the other side names ``subject`` as an owner: "we" -> "our", "our club" ->
    "our" / "our club", "my son" -> "my son" ("my son's": the "'s" is read off)."""
    if len(subject) == 1 and subject[0] in _OWN:
        return {(_OWN[subject[0]],)}
    found = {_bare_party(subject)} if subject else set()
    if subject and subject[0] in _OWN_WORDS:
        found.add(subject[:1])
    return found


def _taken(x: Parsed, y: Parsed, f: int) -> bool:
    wx, wy = x.words, y.words
    for e in range(f + 2, min(len(wx), f + 1 + _PARTY_MAX) + 1):
        tail = wx[e:]
        if len(tail) >= len(wy) or wy[len(wy) - len(tail) :] != tail:
            continue
        source = _bare_party(wx[f + 1 : e])
        if not source or not x.canon[e - 1]:
            continue
        mx, my = wx[:f], wy[: len(wy) - len(tail)]
        for p in range(0, min(len(mx), len(my)) + 1):
            if mx[:p] != my[:p]:
                break
            if _trade(x, mx, p, source, y, my):
                return True
    return False


def _trade(
    x: Parsed, mx: tuple[str, ...], p: int, source: tuple[str, ...], y: Parsed, my: tuple[str, ...]
) -> bool:
    """``mx[p:]`` is "S V (det) X", ``my[p:]`` is "(det) Y V O X" with Y ``source`` and O S."""
    for v in range(p + 1, min(len(my), p + 1 + _PARTY_MAX + 1)):
        if _bare_party(my[p:v]) != source or not y.canon[v]:
            continue
        verb = my[v]
        rest = my[v + 1 :]  # the owner, then the thing
        for o in range(1, min(3, len(rest) - 1) + 1):
            owner, thing = rest[:o], rest[o:]
            if not thing or len(thing) > 3:
                continue
            # "S V (det) X": the thing at the end, the verb before it
            t = len(mx) - len(thing)
            if mx[t:] != thing:
                continue
            u = t - 1 if t - 1 > p and mx[t - 1] in _DETS else t
            if u - 1 <= p or mx[u - 1] != verb:
                continue
            subject = mx[p : u - 1]
            if _bare_party(subject) == source or owner not in _owners(subject):
                continue
            return True
    return False


# Role pass 132 (blind rounds 270-272): "From whom did X get its N?" against "To whom did X give
# its N?" (or "Who did X get its N from?" / "Who did X give its N to?"): the same X and N, one
# verb apart, the question asking for the one X took from on one side and the one X handed to on
# the other ("From whom did the museum buy its Picasso?" / "To whom did the museum sell its
# Picasso?"). The same "from" or "to" on both sides (another verb for the same act) is left.
_ASKED_P_RE = re.compile(
    r"^\s*(?:(from|to) whom (\w+) (.+?)|who(?:m)? (\w+) (.+?) (from|to))\s*\?\s*$",
    re.IGNORECASE,
)


def _asked_p(p: Parsed) -> tuple[str, tuple[str, ...]] | None:
    m = _ASKED_P_RE.match(p.source)
    if m is None:
        return None
    if m[1]:
        return m[1].lower(), (m[2].lower(), *m[3].lower().split())
    return m[6].lower(), (m[4].lower(), *m[5].lower().split())


def asked_source_made_receiver(a: Parsed, b: Parsed) -> bool:
    """ "From whom did X V1 N?" / "To whom did X V2 N?": the asked party taken from and given to."""
    if ("from" in a.words) == ("from" in b.words) or "to" not in a.words + b.words:
        return False
    ra, rb = _asked_p(a), _asked_p(b)
    if ra is None or rb is None or ra[0] == rb[0]:
        return False
    wa, wb = ra[1], rb[1]
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    apart = [i for i in range(len(wa)) if wa[i] != wb[i]]
    return len(apart) <= 1 and (not apart or apart[0] > 1)
