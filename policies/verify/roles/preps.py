"""Two prepositions traded, every other word in place (round 81): "My plan covers the drug my
doctor switched me from, but not the one she switched me to" / "... switched me to, but not
the one she switched me from", "I moved to Denver from Austin" / "I moved from Denver to
Austin". The words are the same in the same order but for two positions holding "from" and
"to" (or another pair of opposed prepositions) the other way round. Two choices offered with
"or" / "vs" between them ("from X to Y or to X from Y") are left. Round 82: one "by" against "to"
stranded after a participle, all else the same ("the walker I was referred by" / "referred to").
"""

from __future__ import annotations

from policies.verify.text import Parsed

_OPPOSED = (
    frozenset(("from", "to")),
    frozenset(("from", "into")),
    frozenset(("into", "out")),
    frozenset(("in", "out")),
    frozenset(("on", "off")),
    frozenset(("before", "after")),
    frozenset(("for", "against")),
)
_BY_TO = frozenset(("by", "to"))
# role pass 31: "the brewery our head brewer was poached from" / "... was poached by" (the one
# taken from against the one who took)
_BY_FROM = frozenset(("by", "from"))
_OFFERED = frozenset(("or", "vs", "versus", "between", "either", "whether"))


def prepositions_traded(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or wa == wb:
        return False
    apart = [k for k in range(len(wa)) if wa[k] != wb[k]]
    if len(apart) == 1:
        return _by_to(wa, wb, apart[0]) or _stranded(wa, wb, apart[0])
    if len(apart) != 2:
        return False
    i, j = apart
    x, y = wa[i], wa[j]
    if wb[i] != y or wb[j] != x or frozenset((x, y)) not in _OPPOSED:
        return False
    return _OFFERED.isdisjoint(wa[i:j])


_ENDS = frozenset(",;:?.!") | frozenset("and but because so if when".split())


def _by_to(wa: tuple[str, ...], wb: tuple[str, ...], i: int) -> bool:
    """ "by" / "to" stranded after a participle, the clause ending there: "the dog walker I was
    referred by" / "the dog walker I was referred to" (the one who referred against the one
    referred to)."""
    if frozenset((wa[i], wb[i])) not in (_BY_TO, _BY_FROM) or i == 0:
        return False
    if not wa[i - 1].endswith(("ed", "en")):
        return False
    return i + 1 == len(wa) or wa[i + 1] in _ENDS


# Round 90: "the parent I got a complaint from" / "the parent I got a complaint about": one
# stranded preposition changed, the clause ending there, between two that name other people
# (the source against the topic, the receiver against the topic). "to" / "with" ("the friend I
# talked to / with") and "at" / "for" are left: near enough the same one.
_STRANDED_APART = (
    frozenset(("from", "about")),
    frozenset(("to", "about")),
    frozenset(("with", "about")),
    frozenset(("for", "about")),
    frozenset(("from", "to")),
    frozenset(("from", "for")),
)


def _stranded(wa: tuple[str, ...], wb: tuple[str, ...], i: int) -> bool:
    if frozenset((wa[i], wb[i])) not in _STRANDED_APART or i < 2:
        return False
    return i + 1 == len(wa) or wa[i + 1] in _ENDS
