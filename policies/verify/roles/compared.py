"""Role pass 43 (blind rounds 128-130): sides of a comparison, an owner in a question, a stranded
preposition's direction.

``compared_sides_traded``: the two sides of a comparison, each a prepositional phrase, traded
across "than" ("My dog cares more about the toy than about me" / "... more about me than about
the toy", "runs faster for my husband than for me" / "for me than for my husband").
``which_owner_traded``: "Which N's M does X V?" / "Which N V-s X's M?" (the one asked about and
the owner traded: "Which carrier's network does Mint Mobile use?" / "Which carrier uses Mint
Mobile's network?"). ``stranded_direction_changed``: a relative clause's stranded preposition
turned from where one leaves to where one goes ("the servicer I'm refinancing away from" / "the
servicer I'm refinancing with": the old party and the new one); two words of one direction
("with" / "to") name the same party. ``owned_modifier_dropped``: "my M N" read as "my N" when
the other side says "X's N" and not "M N" ("A surfer's board hit me" / "My rescue board hit a
surfer": the owners of the one that hits and the one hit traded).
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse
from policies.verify.words import stem

_PREPS = frozenset(
    "about for to with at on in of from toward towards around over into against by".split()
)
_SIDE_MAX = 4  # words in a compared side ("my husband", "the new toy")
_NOT_SIDE = frozenset(("than", "and", "or", "but"))


def compared_sides_traded(a: Parsed, b: Parsed) -> bool:
    """ "P X than (P) Y" / "P Y than (P) X": the same words but the two compared sides.

    Role pass 138 (round 277): read again with the articles left out, the sides any words
    (an object after a verb: "take a tuk-tuk than a metered taxi" / "take a metered taxi than a
    tuk-tuk", "grill mahi-mahi than a salmon fillet" / "grill a salmon fillet than mahi-mahi"):
    a side of two words, or a word said twice ("tuk-tuk"), is no single word the order readers
    find on both sides."""
    ta, tb = a.words, b.words
    if "than" not in ta or "than" not in tb or ta == tb:
        return False
    if _sides_traded(ta, tb, True):
        return True
    xa, xb = _bare(ta), _bare(tb)
    return (xa != ta or xb != tb) and _sides_traded(xa, xb, False)


_ARTICLES = frozenset(("a", "an", "the"))


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in _ARTICLES)


def _sides_traded(ta: tuple[str, ...], tb: tuple[str, ...], prepped: bool) -> bool:
    """``prepped``: each side after a preposition said again after "than" ("about X than about
    Y"); else the sides are any words joined by "than" alone."""
    n = len(ta)
    if n != len(tb) or ta == tb:
        return False
    d = next(i for i in range(n) if ta[i] != tb[i])
    e = next(i for i in range(n, 0, -1) if ta[i - 1] != tb[i - 1])
    for i in range(max(1, d - _SIDE_MAX + 1), d + 1):
        prep = ta[i - 1]
        if prepped and prep not in _PREPS:
            continue
        for end in range(e, min(n, e + _SIDE_MAX - 1) + 1):
            if _traded_at(ta, tb, i, end, prep if prepped else ""):
                return True
    return False


def _traded_at(ta: tuple[str, ...], tb: tuple[str, ...], i: int, end: int, prep: str) -> bool:
    for x in range(1, _SIDE_MAX + 1):
        for y in range(1, _SIDE_MAX + 1):
            mid = end - i - x - y
            if mid not in (1, 2):
                continue
            side_x, side_y = ta[i : i + x], ta[end - y : end]
            joint = ta[i + x : end - y]
            if joint != (("than",) if mid == 1 else ("than", prep)) or side_x == side_y:
                continue
            if _NOT_SIDE.intersection(side_x + side_y):
                continue
            if tb[i:end] == side_y + joint + side_x:
                return True
    return False


_NAME = r"((?:[\w'&.-]+ ){0,2}?[\w&.-]+)"
_WHICH_OWNED_RE = re.compile(
    rf"\b(?:which|what) ([\w-]+)'s ([\w-]+) (?:do|does|did) {_NAME} ([a-z]+)(?=[?.,;!]|$)",
    re.IGNORECASE,
)
_WHICH_DOER_RE = re.compile(
    rf"\b(?:which|what) ([\w-]+) ([a-z]+) {_NAME}'s ([\w-]+)(?=[?.,;!]|$)", re.IGNORECASE
)


def which_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "Which N's M does X V?" (X does it to N's M) / "Which N V-s X's M?" (N does it to X's
    M): the same N, M, X and verb, the doer and the owner traded."""
    if "'s" not in a.source or "'s" not in b.source:
        return False
    for x, y in ((a, b), (b, a)):
        mx, my = _WHICH_OWNED_RE.search(x.source), _WHICH_DOER_RE.search(y.source)
        if mx is None or my is None:
            continue
        owner, owned, doer, verb = (g.lower() for g in mx.groups())
        owner_y, verb_y, doer_y, owned_y = (g.lower() for g in my.groups())
        if (owner, owned, doer) != (owner_y, owned_y, doer_y) or owner == doer:
            continue
        if stem(verb) == stem(verb_y) or stem(verb) == stem(verb_y.removesuffix("d")):
            return True  # "use" / "uses", "use" / "used"
    return False


_FROM = frozenset(("away from", "out of", "off of", "from"))
_TOWARD = frozenset(("to", "into", "onto", "with", "through", "toward", "towards"))
_STRANDED_RE = re.compile(
    r"\b(away from|out of|off of|from|to|into|onto|with|through|towards?)"
    r"(?=\s*[?.,;!]|\s*$|\s+(?!(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those"
    r"|me|him|them|us|it|you|whom?|which|what)\b)[a-z])",
    re.IGNORECASE,
)


def stranded_direction_changed(a: Parsed, b: Parsed) -> bool:
    """ "the servicer I'm refinancing away from" / "the servicer I'm refinancing with": the same
    words but a stranded preposition, one saying where one leaves and one where one goes."""
    if a.words == b.words or abs(len(a.words) - len(b.words)) > 1:
        return False  # "away from" / "with": one word more
    for ma in _STRANDED_RE.finditer(a.source):
        pa = ma.group(1).lower()
        head, tail = a.source[: ma.start()].lower(), a.source[ma.end() :].lower()
        for mb in _STRANDED_RE.finditer(b.source):
            if mb.start() != ma.start() or b.source[mb.end() :].lower() != tail:
                continue
            if b.source[: mb.start()].lower() != head or not head.strip():
                continue
            pb = mb.group(1).lower()
            if (pa in _FROM and pb in _TOWARD) or (pa in _TOWARD and pb in _FROM):
                return True
    return False


_MY_MN_RE = re.compile(r"\b(my|our|your|his|her|their) ([a-z-]+) ([a-z-]+)\b", re.IGNORECASE)


def owned_modifier_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "my rescue board" read as "my board" against "a surfer's board" (the word before the
    head said before it on one side only)."""
    if "'s" not in a.source and "'s" not in b.source:
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        other = y.source.lower()
        for m in _MY_MN_RE.finditer(x.source):
            mod, head = m.group(2).lower(), m.group(3).lower()
            if f"'s {head}" not in other or f"{mod} {head}" in other or f"{mod}'s {head}" in other:
                continue  # "my car alarm" / "my car's alarm": the same alarm
            said = parse(f"{x.source[: m.start(2)]}{x.source[m.end(2) + 1 :]}")
            return (y, said) if flip else (said, y)
    return None
