"""Role pass 33 (round 109): one verb for its converse, every other word kept: "a person who got a
blood transfusion" / "a person who gave a blood transfusion", "Can a student who borrowed a
laptop ..." / "who lent a laptop", "a seller who bought a car" / "who sold a car". The giving and
the getting of the same thing are the two sides of one transfer: the subject is the other party.
"got me a car" (bought for me) is left: only a verb followed by its thing ("a / the / some / my
N") is read.

Role pass 109 (blind round 241): the same party asked for with "who" and the converse verb
("Who bought X when it was sold in 2021?" / "Who sold X in 2021?", "Who won the 2018 final?" /
"Who lost the 2018 final?"): "who" the subject of one verb of a converse pair on one side and of
the other on the other (or "who was the buyer / seller of"), the same words before "who" and the
same two words after the verb, its thing (not a person: "Who got me X" is "bought me"). The
buyer asked against the seller; win / lose added to the pairs for the asked party only."""

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
    if i is not None and wb[i] in _OTHER.get(wa[i], frozenset()):
        if i + 1 < len(wa) and wa[i + 1] in _THINGS:
            return True
    return who_converse_asked(a, b)


# "who" asked as the subject: the transfer pairs and win / lose, with their doers' nouns
_ASKED_SIDES = (
    *_SIDES,
    ("win wins won winning winner winners", "lose loses lost losing loser losers"),
    ("seller sellers", "buyer buyers purchaser purchasers"),
    ("lender lenders", "borrower borrowers"),
    ("giver givers donor donors sender senders", "recipient recipients receiver receivers"),
)
_SIDE_OF: dict[str, int] = {}
for _n, (_one, _two) in enumerate(_ASKED_SIDES):
    for _w in _one.split():
        _SIDE_OF.setdefault(_w, 2 * _n)
    for _w in _two.split():
        _SIDE_OF.setdefault(_w, 2 * _n + 1)
# "send" read as "give", and the noun rows as the verb rows they name ("buy" / "seller")
_ROW_OF_NOUNS = {3: 0, 5: 2, 6: 1, 7: 0}
_ASK_AUX = frozenset("will would can could should might may must has have had".split())
_BE = frozenset("is was are were".split())
_NOT_THING = frozenset(
    "me him her us them you it to from for with by of at in on about back out off up".split()
)


def _asked_verb(words: tuple[str, ...]) -> tuple[int, int, int] | None:
    """(where "who" is, the converse side of its verb, where the verb's thing starts)."""
    i = words.index("who")
    k = i + 1
    if k < len(words) and words[k] in _ASK_AUX:
        k += 1
    if k + 2 < len(words) and words[k] in _BE and words[k + 1] == "the":
        k += 2  # "Who was the buyer of X"
        if k + 1 >= len(words) or words[k + 1] != "of":
            return None
        side = _SIDE_OF.get(words[k])
        return None if side is None else (i, side, k + 2)
    if k >= len(words) or words[k] not in _SIDE_OF:
        return None
    return i, _SIDE_OF[words[k]], k + 1


def _row(side: int) -> tuple[int, int]:
    row = side // 2
    return _ROW_OF_NOUNS.get(row, row), side % 2


def who_converse_asked(a: Parsed, b: Parsed) -> bool:
    """ "Who V1 T ..." / "Who V2 T ...", V1 and V2 the two sides of one transfer or contest."""
    wa, wb = a.words, b.words
    if "who" not in wa or "who" not in wb:
        return False
    x, y = _asked_verb(wa), _asked_verb(wb)
    if x is None or y is None or wa[: x[0]] != wb[: y[0]]:
        return False
    (rx, sx), (ry, sy) = _row(x[1]), _row(y[1])
    if rx != ry or sx == sy:
        return False
    thing = wa[x[2] : x[2] + 2]
    return len(thing) == 2 and thing[0] not in _NOT_THING and thing == wb[y[2] : y[2] + 2]
