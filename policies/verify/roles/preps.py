"""Two prepositions traded, every other word in place (round 81): "My plan covers the drug my
doctor switched me from, but not the one she switched me to" / "... switched me to, but not
the one she switched me from", "I moved to Denver from Austin" / "I moved from Denver to
Austin". The words are the same in the same order but for two positions holding "from" and
"to" (or another pair of opposed prepositions) the other way round. Two choices offered with
"or" / "vs" between them ("from X to Y or to X from Y") are left. Round 82: one "by" against "to"
stranded after a participle, all else the same ("the walker I was referred by" / "referred to").
Role pass 111 (round 244): a participle's "by" phrase (its doer) traded with its "to" / "from" /
"for" phrase (the one it went to, came from or was for), the two noun phrases left in place: "a
first edition inscribed by Steinbeck to his editor" / "inscribed to Steinbeck by his editor", "a
ring sold by the dealer to my aunt" / "sold to the dealer by my aunt".
"""

from __future__ import annotations

from policies.verify.lexicon import BASE_OF_PARTICIPLE, CAUSING_PARTICIPLES
from policies.verify.text import Parsed
from policies.verify.words import common_ends

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
    if wa == wb:
        return False
    if "by" in wa or "by" in wb:
        if not CAUSING_PARTICIPLES.isdisjoint(wa + wb) and _harm_party(wa, wb):
            return True
    if len(wa) != len(wb):
        return False
    apart = [k for k in range(len(wa)) if wa[k] != wb[k]]
    if len(apart) == 1:
        return _by_to(wa, wb, apart[0]) or _stranded(wa, wb, apart[0])
    if len(apart) != 2:
        return False
    i, j = apart
    x, y = wa[i], wa[j]
    if wb[i] != y or wb[j] != x:
        return False
    if frozenset((x, y)) not in _OPPOSED and not _doer_traded(wa, i, j):
        return False
    return _OFFERED.isdisjoint(wa[i:j])


# the other party of a participle whose doer is named after "by": the receiver ("to"), the
# source ("from"), the one it was done for ("for")
_DOER_OTHER = frozenset(("to", "from", "for"))
_PARTICIPLE_GAP = 3  # the participle at most this far before ("written in 1862 by Lincoln to")


def _participle(w: str) -> bool:
    return w.endswith(("ed", "en")) or w in BASE_OF_PARTICIPLE


def _doer_traded(wa: tuple[str, ...], i: int, j: int) -> bool:
    """ "V-ed by X to Y" / "V-ed to X by Y": the doer and the other party traded, X and Y kept
    where they stand (the same party twice, "by me to me", trades nothing)."""
    x, y = wa[i], wa[j]
    if "by" not in (x, y) or (y if x == "by" else x) not in _DOER_OTHER or j - i < 2:
        return False
    if wa[i + 1 : j] == wa[j + 1 : 2 * j - i]:
        return False
    return any(_participle(w) for w in wa[max(0, i - _PARTICIPLE_GAP) : i])


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


# role pass 116: the one a harm is done to, after the same participle of causing
_HARMED = frozenset(("to", "on", "against"))


def _harm_party(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """ "N to X" / "N caused by X", "N done to X" / "N done by X": X the one hurt on one side
    and the one who hurts on the other, the words before and after the same (X among them)."""
    p, s = common_ends(wa, wb)
    if not p or not s or not wa[-s].isalpha():
        return False
    ma, mb = wa[p : len(wa) - s], wb[p : len(wb) - s]
    for to, by in ((ma, mb), (mb, ma)):
        if by == ("by",) and len(to) == 1 and to[0] in _HARMED and wa[p - 1] in CAUSING_PARTICIPLES:
            return True  # "done to X" / "done by X"
        if to == ("to",) and len(by) == 2 and by[1] == "by" and by[0] in CAUSING_PARTICIPLES:
            return True  # "injuries to X" / "injuries caused by X"
    return False
