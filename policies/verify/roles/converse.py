"""Role pass 33 (round 109): one verb for its converse, every other word kept: "a person who got a
blood transfusion" / "a person who gave a blood transfusion", "Can a student who borrowed a
laptop ..." / "who lent a laptop", "a seller who bought a car" / "who sold a car". The giving and
the getting of the same thing are the two sides of one transfer: the subject is the other party.
"got me a car" (bought for me) is left: only a verb followed by its thing ("a / the / some / my
N") is read."""

from __future__ import annotations

from policies.verify.text import Parsed
from policies.verify.words import one_apart

_SIDES = (
    (
        "give gives gave given giving",
        "get gets got gotten getting receive receives received receiving",
    ),
    ("lend lends lent lending loan loans loaned loaning", "borrow borrows borrowed borrowing"),
    ("sell sells sold selling", "buy buys bought buying purchase purchases purchased purchasing"),
    ("send sends sent sending", "get gets got gotten getting receive receives received receiving"),
)
_OTHER: dict[str, frozenset[str]] = {}
for _give, _get in _SIDES:
    for _w in _give.split():
        _OTHER[_w] = _OTHER.get(_w, frozenset()) | frozenset(_get.split())
    for _w in _get.split():
        _OTHER[_w] = _OTHER.get(_w, frozenset()) | frozenset(_give.split())
_THINGS = frozenset("a an the some my his her their our its".split())


def converse_verb(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    i = one_apart(wa, wb)
    if i is None:
        return False
    if wb[i] not in _OTHER.get(wa[i], frozenset()):
        return False
    return i + 1 < len(wa) and wa[i + 1] in _THINGS
