"""Role pass 150 (blind round 289): a relation's direction traded between a raised subject and
a finite clause ("My DNA match claims to be my father's secret son" / "... claims my father is
his secret son"; "My coworker says she is my manager's boss" / "... says my manager is her
boss").

``claimed_relation_traded`` (a trade, in ``_LATER_TRADES``): the same words up to a reporting
verb, then on one side the reporter made the subject of the relation, "to be X's N" or "(that)
PRON is X's N", and on the other X the subject and the reporter its owner, "(that) X is PRON N",
PRON the reporter's pronoun (its person the subject pronoun's where one is said), N and the
words after it the same. A relation true both ways ("friend", "cousin", "neighbor") is left."""

from __future__ import annotations

from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.written import COPULA, MARKS, NOMINATIVE, OWNER, PERSON, tokens
from policies.verify.text import Parsed

_OWNER_MAX = 5  # "my father's", "the woman next door's"
_STOP = MARKS | COPULA | frozenset(("that", "to"))


def _self_form(t: tuple[str, ...]) -> tuple[str | None, tuple[str, ...], tuple[str, ...]] | None:
    """(the reporter's person if said, X, N ...) of "(that) to be / PRON is X's N ..."."""
    if t[:1] == ("that",):
        t = t[1:]
    if t[:2] == ("to", "be"):
        who = None
    elif len(t) > 1 and t[0] in NOMINATIVE and t[1] in COPULA:
        who = PERSON[t[0]]
    else:
        return None
    t = t[2:]
    for j in range(min(len(t), _OWNER_MAX)):
        if t[j] in _STOP or t[j] in PERSON:
            return None
        if t[j].endswith("'s") and len(t[j]) > 2:
            return who, (*t[:j], t[j][:-2]), t[j + 1 :]
    return None


def _other_form(t: tuple[str, ...], x: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """(the owner's person, N ...) of "(that) X is PRON N ..."."""
    if t[:1] == ("that",):
        t = t[1:]
    n = len(x)
    if t[:n] != x or len(t) < n + 3 or t[n] not in COPULA or t[n + 1] not in OWNER:
        return None
    return OWNER[t[n + 1]], t[n + 2 :]


def _symmetric(rest: tuple[str, ...]) -> bool:
    for w in rest:
        if w in MARKS:
            break
        if w in _SYMMETRIC or w.rstrip("s") in _SYMMETRIC:
            return True
    return False


def claimed_relation_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    k = 0
    while k < min(len(ta), len(tb)) and ta[k] == tb[k]:
        k += 1
    while k > 0 and ta[k - 1] == "that":
        k -= 1  # "says that she is ..." / "says that my manager is ..."
    if k < 2 or ta[k - 1] in _STOP or ta[k - 1] in PERSON:
        return False
    for x, y in ((ta[k:], tb[k:]), (tb[k:], ta[k:])):
        mine = _self_form(x)
        if mine is None:
            continue
        who, owner, rest = mine
        theirs = _other_form(y, owner)
        if theirs is None or theirs[1] != rest or not rest or _symmetric(rest):
            continue
        if who is None or who == theirs[0]:
            return True
    return False
