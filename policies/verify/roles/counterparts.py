"""Role pass 125 (blind rounds 261-263): the doer made one of its counterparts, and a
copular "ADJ to" predicate with its two parties traded across sentences that differ.

``counterpart_made_doer``: "S V-s T to Ns" (or "S V-s Ns") against "a N of / at / from S
V-s T to us / me": one of the ones S deals with made the doer and the asker's side the one
it is done to ("The shop I work at is selling counterfeit batteries to customers" / "A
customer of the shop I work at is selling counterfeit batteries to us"). The words between
the doer and the counterpart are the same on both sides; the counterpart said on both sides
("a customer of the shop is selling to customers") is left.

``liable_party_traded``: "Is X ADJ to us?" against "Are we ADJ to X?" (the copula, the
adjective and "to / toward(s)" the same, each party read by person for a pronoun and by its
last word for a noun phrase, so "the planner" is "the wedding planner"): who is liable to
whom is turned round whatever the sentences before it say ("The wedding planner booked our
limo and it was late. Is the planner liable to us?" / "We booked the limo ourselves and it
was late. Are we liable to the wedding planner?"). A symmetric adjective ("married /
related / close / similar / equal to") and a reading that the other side also says are left.
"""

from __future__ import annotations

from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.written import COPULA, MARKS, PERSON, tokens
from policies.verify.text import Parsed

# --- "S V T to Ns" / "a N of S V T to us" ------------------------------------------------

_ONE = frozenset(("a", "an", "one"))
_OF = frozenset(("of", "at", "from", "with"))
_ASKER = frozenset(("us", "me"))
_LINKS = frozenset("and or nor but vs versus between with".split())


def _singular(w: str) -> tuple[str, ...]:
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and len(w) > 2:
        out.append(w[:-1])
    return tuple(out)


def _counterpart(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """``tb`` = P "a N of" M "us" R and ``ta`` = P M X R, X "Ns" (a determiner may come
    before it), M three words or more with no clause mark in it."""
    for q in range(len(tb) - 4):
        if tb[q] not in _ONE or tb[q + 2] not in _OF or ta[:q] != tb[:q]:
            continue
        if q and ta[q - 1] not in MARKS and ta[q - 1] not in ("if", "when", "that"):
            continue
        n = tb[q + 1]
        if not n.isalpha():
            continue
        for u in range(q + 6, len(tb)):
            if tb[u] in MARKS:
                break
            if tb[u] not in _ASKER:
                continue
            m = tb[q + 3 : u]
            if ta[q : q + len(m)] != m or _LINKS.intersection(m) or n in m:
                continue
            rest = tb[u + 1 :]
            x = ta[q + len(m) : len(ta) - len(rest)] if rest else ta[q + len(m) :]
            if rest and ta[len(ta) - len(rest) :] != rest:
                continue
            if not 1 <= len(x) <= 2 or (len(x) == 2 and x[0] not in ("the", "its", "their")):
                continue
            if n in _singular(x[-1]):
                return True
    return False


def counterpart_made_doer(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if _ASKER.isdisjoint(wb) and _ASKER.isdisjoint(wa):
        return False
    if _ONE.isdisjoint(wb) and _ONE.isdisjoint(wa):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _counterpart(ta, tb) or _counterpart(tb, ta)


# --- "Is X ADJ to us?" / "Are we ADJ to X?" ------------------------------------------------

_TO = frozenset(("to", "toward", "towards"))
_ADJ_SYMMETRIC = _SYMMETRIC | frozenset(
    "married related close similar equal identical opposite next adjacent near connected"
    " engaged linked attached parallel perpendicular orthogonal comparable analogous isomorphic"
    " congruent proportional tangent equivalent neighbouring neighboring".split()
)
_Frame = tuple[str, str, str]


def _party(span: tuple[str, ...]) -> str:
    if len(span) == 1 and span[0] in PERSON:
        return "1" if PERSON[span[0]] in ("1s", "1p") else PERSON[span[0]]
    return span[-1].removesuffix("'s")


def _frames(t: tuple[str, ...]) -> set[_Frame]:
    """(party before, adjective, party after) per "COP X ADJ to Y ?", the copula opening a
    clause, X and Y one to four words."""
    out: set[_Frame] = set()
    for c, w in enumerate(t):
        if w not in COPULA or (c and t[c - 1] not in MARKS):
            continue
        for j in range(c + 3, min(c + 7, len(t) - 1)):
            if t[j] in MARKS:
                break
            if t[j] not in _TO:
                continue
            adj, x = t[j - 1], t[c + 1 : j - 1]
            if adj in _ADJ_SYMMETRIC or not x or len(x) > 4:
                continue
            end = j + 1
            while end < len(t) and t[end] not in MARKS:
                end += 1
            y = t[j + 1 : end]
            if not 1 <= len(y) <= 4 or end >= len(t) or t[end] != "?":
                continue
            if not all(v.replace("'", "").isalpha() for v in x + y):
                continue
            if any(v in _LINKS or v in COPULA for v in x + y):
                continue
            px, py = _party(x), _party(y)
            if px != py:
                out.add((px, adj, py))
    return out


def liable_party_traded(a: Parsed, b: Parsed) -> bool:
    if not (_TO.intersection(a.words) and _TO.intersection(b.words)):
        return False
    if "?" not in a.source or "?" not in b.source:
        return False
    fa = _frames(tokens(a.source))
    if not fa:
        return False
    fb = _frames(tokens(b.source))
    return any((y, adj, x) in fb and (x, adj, y) not in fb for x, adj, y in fa)
