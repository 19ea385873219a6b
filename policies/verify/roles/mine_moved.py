"""The asker's "my" moved between the doer and the one acted on, the nouns and the verb kept
(round 86: "My cat was attacked by a dog that the kennel let loose" / "My dog attacked a cat
that the kennel let loose"; "A client sued my company" / "My client sued a company"): each side
read as "O1 N1 V O2 N2" (a passive "O2 N2 was V by O1 N1" turned round), the same N1, V and N2
on both sides with "my" on N1 on one side and on N2 on the other. The same reading on both
sides ("My dog attacked a cat" / "A cat was attacked by my dog") is no swap."""

from __future__ import annotations

import re

from policies.verify.roles.written import ALTERNATIVES, PERSON, said_genitive, tokens
from policies.verify.text import Parsed
from policies.verify.words import common_ends

_DET = r"(my|our|a|an|the|some|another)"
_NOT_VERB = r"(?!(?:is|are|was|were|be|been|has|have|had|and|or|but|to|of|who|that|which)\b)"
# round 97: a particle after the verb ("My kid was knocked over by a dog" / "My dog knocked
# over a kid")
_PART = r"(?: (?:over|up|down|out|off|around))?"
_ACTIVE_RE = re.compile(rf"\b{_DET} ([a-z]+) {_NOT_VERB}([a-z]+){_PART} {_DET} ([a-z]+)\b")
_PASSIVE_RE = re.compile(
    rf"\b{_DET} ([a-z]+) (?:was|were|got|is|are|gets) ([a-z]+){_PART} by {_DET} ([a-z]+)\b"
)
_MINE = frozenset(("my", "our"))
_Reading = tuple[bool, str, str, bool, str]


def _readings(text: str) -> set[_Reading]:
    out: set[_Reading] = set()
    low = text.lower()
    for m in _ACTIVE_RE.finditer(low):
        o1, n1, v, o2, n2 = m.groups()
        out.add((o1 in _MINE, n1, v, o2 in _MINE, n2))
    for m in _PASSIVE_RE.finditer(low):
        o2, n2, v, o1, n1 = m.groups()
        out.add((o1 in _MINE, n1, v, o2 in _MINE, n2))
    return out


def mine_moved(a: Parsed, b: Parsed) -> bool:
    if _MINE.isdisjoint(a.words) or _MINE.isdisjoint(b.words):
        return False
    ra, rb = _readings(a.source), _readings(b.source)
    if not ra or not rb or ra & rb:
        return False
    for m1, n1, v, m2, n2 in ra:
        if m1 != m2 and n1 != n2 and (m2, n1, v, m1, n2) in rb:
            return True
    return False


# Role pass 68 (round 185): the asker's "my" moved from one noun of a clause to another, the
# first noun now the subject's ("his / her / their") or no one's, every other word kept ("The
# kid I babysit spent my money at the arcade" / "... spent his money at my arcade"): whose thing
# was used and whose place it was used at are both changed.
# Role pass 75: the noun "my" left may go to another party named by a genitive, and the one it
# reached be that party's on the other side ("if a customer's child gets hurt at my class" /
# "if my child gets hurt at someone's class"): the asker and the other party trade the two
# nouns, however each side names the other party ("a customer's", "someone's", "another
# parent's", "my neighbor's"). Two owners joined by "and / or" are parallel, not crossed ("if the
# judge's kid and my kid tie" / "if my kid and the judge's kid tie").
_DETS = frozenset("the a an his her their its this that".split())
_MOVED = frozenset(("my", "our"))
_GENITIVE_LEADS = frozenset("a an the another some my our his her their this that".split())
_SOMEONE = frozenset(("someone", "somebody"))
_OWNER_MAX = 3  # "someone else's", "a customer's", "my neighbor's"
_LENGTHS_APART = 2 * (_OWNER_MAX - 1)


def mine_moved_across(a: Parsed, b: Parsed) -> bool:
    if _MOVED.isdisjoint(a.words) or _MOVED.isdisjoint(b.words):
        return False
    if abs(len(a.words) - len(b.words)) > _LENGTHS_APART:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if len(ta) != len(tb) and "'s" not in " ".join(ta + tb):
        return False  # (a genitive owner is all that may make the two lengths differ)
    lo, hi = common_ends(ta, tb)
    ma, mb = ta[lo : len(ta) - hi], tb[lo : len(tb) - hi]
    if not ma or not mb or hi == 0:
        return False
    return _crossed(ma, mb, ta[len(ta) - hi]) or _crossed(mb, ma, tb[len(tb) - hi])


def _crossed(x: tuple[str, ...], y: tuple[str, ...], after: str) -> bool:
    """x "my M ... O2", y "O1 M ... my" (M the same words, the noun ``after`` following both
    ends): "my" on x's first noun and y's second, another owner (a determiner or a genitive
    phrase) on the other two."""
    if x[0] not in _MOVED or y[-1] not in _MOVED or not _noun(after):
        return False
    for k in range(1, min(_OWNER_MAX, len(y) - 2) + 1):
        o1, mid = y[:k], y[k:-1]
        if len(mid) < 1 or x[1 : 1 + len(mid)] != mid or not _noun(mid[0]):
            continue
        if not ALTERNATIVES.isdisjoint(mid):
            return False  # "if the judge's kid and my kid tie": two parallel parties reordered
        if _other_owner(o1) and _other_owner(x[1 + len(mid) :]):
            return True
    return False


def _noun(w: str) -> bool:
    return w.isalpha() and w not in _DETS and w not in _MOVED


def _other_owner(o: tuple[str, ...]) -> bool:
    """A determiner that names no owner or the subject ("the", "his"), or another party's
    genitive ("someone's", "a customer's", "someone else's", "my neighbor's")."""
    if len(o) == 1 and o[0] in _DETS:
        return True
    if not o or len(o) > _OWNER_MAX or not o[-1].endswith("'s") or not o[-1][:-2].isalpha():
        return False
    lead = o[:-1]  # "a", "the new", "someone (else's)"
    if not all(w.isalpha() for w in lead):
        return False
    return not lead or lead[0] in _GENITIVE_LEADS or lead[0] in _SOMEONE


# Role pass 69 (round 189): another's genitive moved from one noun of a clause to another, the
# noun it left said as the asker's (or as before) and the noun it reached no longer "the"
# ("Our surrogate's insurance won't cover the pregnancy, do we have to pay?" / "Our insurance
# won't cover our surrogate's pregnancy, does she have to pay?"): whose N1 it is changed. The
# other words the same but for the persons ("we" / "she") and the verb agreeing with them.
_LEFT = frozenset("the a an his her their its this that".split())
_OWNERS = frozenset("my our your his her their the".split())
_AGREEING = {"does": "do", "has": "have", "is": "be", "are": "be", "am": "be", "was": "were"}


def genitive_moved_across(a: Parsed, b: Parsed) -> bool:
    if not (said_genitive(a.source) and said_genitive(b.source)):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if len(ta) != len(tb) or len(ta) < 6:
        return False
    return _genitive_moved(ta, tb) or _genitive_moved(tb, ta)


def _genitive_moved(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "O G's N1 ... D N2", y "O' N1 ... O G's N2", G the same word, N1 before N2."""
    for p in range(1, len(x) - 1):
        g = x[p]
        if not g.endswith("'s") or x[p - 1] not in _OWNERS or x.count(g) != 1 or y.count(g) != 1:
            continue
        q = y.index(g)
        if q <= p + 1 or q + 1 >= len(y) or y[q - 1] != x[p - 1]:
            continue
        xs, ys = x[:p] + x[p + 1 :], y[:q] + y[q + 1 :]
        if xs[q - 1] not in _LEFT or xs[p] == ys[q] or not ys[q].isalpha():
            continue
        apart = [i for i, (u, v) in enumerate(zip(xs, ys, strict=True)) if _plain(u) != _plain(v)]
        if q - 1 in apart and set(apart) <= {p - 1, q - 1} and ys[p - 1] in _OWNERS:
            return True
    return False


def _plain(w: str) -> str:
    return "P" if w in PERSON else _AGREEING.get(w, w)
