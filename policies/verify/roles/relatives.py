"""A relative clause taking another participant: "My son is afraid of the officer who arrested
him" / "The officer who arrested my son is afraid of him" (who is afraid of whom turned
round): the noun phrase with its "who" clause moved to the front, the first participant put
where the clause's pronoun was, the pronoun left at the end.
"""

from __future__ import annotations

import re

from policies.verify.roles.tokens import _NP_LEAD
from policies.verify.text import Parsed, parse

_REL = frozenset(("who", "that"))
_PRON = frozenset(("him", "her", "them"))


def relative_moved(a: Parsed, b: Parsed) -> bool:
    return _moved(a, b) or _moved(b, a)


def _moved(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    n = len(wa)
    if n != len(wb) or n < 7 or wa[-1] not in _PRON or wb[-1] != wa[-1]:
        return False
    if wa[0] not in _NP_LEAD or wb[0] not in _NP_LEAD:
        return False
    r = n - 3  # "... the officer who arrested him"
    if wa[r] not in _REL:
        return False
    for s in range(max(1, r - 4), r - 1):
        if wa[s] not in _NP_LEAD or not all(a.canon[k] for k in range(s + 1, r)):
            continue
        moved = (*wa[s : r + 2], *wa[:s], wa[-1])
        if moved == wb:
            return True
    return False


# Role pass 31 (round 100): a fact said of one person in an aside on one side and as a phrase on
# the other, the roles of the main verb traded ("I'm taking my mom, who just had a stem cell
# transplant, to Thailand" / "My mom is taking me to Thailand after my stem cell transplant"):
# the aside (", who ... ,") left out, and a phrase on the other side ("after / since / while /
# with / because of ...") whose content words are all the aside's, and the rest read again.
_ASIDE_RE = re.compile(r",\s*(?:who|whose|which)\s+([^,.;:?!]+),\s*", re.IGNORECASE)
_PHRASE_RE = re.compile(
    r"\s*\b(?:after|since|following|while|with|because of|due to)\s+([^,.;:?!]+)", re.IGNORECASE
)


def aside_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, swap in ((a, b, False), (b, a, True)):
        m = _ASIDE_RE.search(x.source)
        if m is None or _ASIDE_RE.search(y.source):
            continue
        said = parse(m.group(1)).content
        if not said:
            continue
        rest_x = x.source[: m.start()] + " " + x.source[m.end() :]
        for p in _PHRASE_RE.finditer(y.source):
            phrase = parse(p.group(1)).content
            if phrase and phrase <= said:
                rest_y = y.source[: p.start()] + y.source[p.end() :]
                px, py = parse(rest_x), parse(rest_y)
                return (py, px) if swap else (px, py)
    return None


# Role pass 31 (role targets): a cleft read as the plain clause it stresses, "It was the shop's
# tow driver who backed into me" / "It was me who backed into the shop's tow driver": "it was X
# who V" read as "X V" (a stressed "me" as "I") on the sides that say it, then read again.
_CLEFT_RE = re.compile(
    r"\bit(?: was|'s| is)\s+((?:[\w']+\s+){0,4}?[\w']+)\s+(?:who|that)\s+", re.IGNORECASE
)
_STRESSED = {"me": "I", "us": "we", "him": "he", "her": "she", "them": "they"}


def cleft_unfolded(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    xa, xb = _unfold(a.source), _unfold(b.source)
    if xa == a.source and xb == b.source:
        return None
    return parse(xa), parse(xb)


def _unfold(text: str) -> str:
    def plain(m: re.Match[str]) -> str:
        who = m.group(1)
        return _STRESSED.get(who.lower(), who) + " "

    return _CLEFT_RE.sub(plain, text)


# Role pass 138 (round 277): a choice "X or Y REL ..." whose two options trade places with the
# relative clause kept at the end ("Which should go first, the pedicab or the car that arrived
# after it?" / "..., the car or the pedicab that arrived after it?"): the clause is said of the
# option after "or", so what it says (who came after whom) moves to the other one.
_REL_WORDS = frozenset(("that", "who", "which", "whom", "whose"))
_OPTION_DET = frozenset(("the", "a", "an", "my", "our", "your", "his", "her", "their", "this"))
# words that end an option or relate the two: not an alternative of a choice
_NOT_OPTION = frozenset(
    "or and than to from into not nor but if whether vs versus between which what who".split()
)
_OPTION_MAX = 4  # words at most in an option, its determiner left out
_REL_OPTION_RE = re.compile(r"\bor\b[^,;:?!.]*?\b(?:that|who|which|whom|whose)\b", re.IGNORECASE)


def option_relative_traded(a: Parsed, b: Parsed) -> bool:
    """ "X or Y REL rest" against "Y or X REL rest", the words before and the rest the same:
    the relative clause hangs on the second option, so trading the options gives it to the
    other one. Plain "X or Y" reordered, a clause set off by a comma (said of the choice), and a
    clause moved with its option ("Y REL rest or X") are left."""
    if "or" not in a.words or "or" not in b.words:
        return False
    if _REL_WORDS.isdisjoint(a.words) or a.words == b.words:
        return False
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or sorted(wa) != sorted(wb):
        return False
    if not (_REL_OPTION_RE.search(a.source) and _REL_OPTION_RE.search(b.source)):
        return False
    n = len(wa)
    i = 0
    while wa[i] == wb[i]:
        i += 1
    back = i
    while back > max(0, i - _OPTION_MAX) and wa[back - 1] not in _OPTION_DET:
        back -= 1
    if back > 0 and wa[back - 1] in _OPTION_DET:
        i = back - 1
    sa, sb = _options(wa, i), _options(wb, i)
    if sa is None or sb is None or sa[2] != sb[2] or sa[2] >= n - 1:
        return False
    (xa, ya, ra), (xb, yb, _) = sa, sb
    return xa != ya and xa == yb and ya == xb and wa[ra:] == wb[ra:]


def _options(words: tuple[str, ...], i: int) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """(X, Y, index of the relative word) for "X or Y REL" starting at ``i``, determiners left
    out of X and Y."""
    try:
        k = words.index("or", i)
        r = next(j for j in range(k + 1, len(words)) if words[j] in _REL_WORDS)
    except (ValueError, StopIteration):
        return None
    x, y = _option(words[i:k]), _option(words[k + 1 : r])
    if x is None or y is None:
        return None
    return x, y, r


def _option(span: tuple[str, ...]) -> tuple[str, ...] | None:
    if span and span[0] in _OPTION_DET:
        span = span[1:]
    if not span or len(span) > _OPTION_MAX or not _NOT_OPTION.isdisjoint(span):
        return None
    return span
