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
