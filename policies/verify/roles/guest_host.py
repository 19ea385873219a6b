"""Role pass 177 (blind round 321): guest and host traded between the asker's party and an
outside one.

``visitor_traded`` (a trade, in ``_LATER_TRADES``): "POSS W.. N (AUX) V D W.. M P Y.." (the
asker's own N the subject, doing V to an outside M placed by a preposition) against "D W.. M P'
Y.. (AUX) V POSS W.. N" (the outside M, its place phrase moved with it, the subject doing V to
the asker's N): POSS "my / our", D "a / an / the / another / some", the same words but for the
preposition ("in" / "from") and the auxiliary's agreement, the words before and after the same
("Our halau is visiting a halau in Japan; ..." / "A halau from Japan is visiting our halau; ...",
"Our school is hosting a school from Korea" / "A school in Korea is hosting our school"): who
visits and who hosts are traded. A verb true both ways ("meet", "play", "tie": ``recast.MUTUAL``,
``phrases._BOTH_WAYS``) is read only when the preposition changes with the side (the place
moving: "in" against "from"), as ``same_heads.same_head_marks_traded`` leaves it.

``guest_owner_traded`` (a trade, in ``_LATER_TRADES``): "I / we V my / our (own) T P X's E"
against "S V their / his / her (own) T P my / our E" (the asker brings the asker's own thing to
another's event against another bringing theirs to the asker's event), the words before the
subject, V, T, P, E and the words after the same ("Can I bring my own crawfish to someone else's
boil?" / "Can someone bring their own crawfish to my boil?"): guest and host traded. The same
guest said two ways ("Is it OK to bring my own crawfish to someone else's boil?") is left.
"""

from __future__ import annotations

from policies.verify.roles.compound_taker import _verb
from policies.verify.roles.phrases import _BOTH_WAYS
from policies.verify.roles.recast import MUTUAL
from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

_POSS = {"my": "i", "our": "we"}
_THIRD_POSS = frozenset(("their", "his", "her"))
_DETS = frozenset(("a", "an", "the", "another", "some"))
_PLACE_PREPS = frozenset(("in", "from", "at", "of", "near", "across"))
_TO_PREPS = frozenset(("to", "at", "into", "for"))
_AGREE = {"is": "be", "are": "be", "am": "be", "was": "was", "were": "was", "has": "have"}
_AGREE |= {"have": "have", "does": "do", "do": "do"}
_GROUP = AUX | COPULA | frozenset(("going", "to", "be", "being", "not"))
_STOP = (
    MARKS
    | AUX
    | COPULA
    | _DETS
    | _PLACE_PREPS
    | _TO_PREPS
    | frozenset(
        "being by and or but who whom that which with on about if when while as own"
        " i me we us you he him she they them it its my our your his her their not".split()
    )
)
_NP_MAX = 3
_MUTUAL = frozenset(_verb(w) for w in MUTUAL | _BOTH_WAYS) | _BOTH_WAYS


def _word(w: str) -> bool:
    return w.replace("'", "").isalpha() and w not in _STOP


def _phrase(x: tuple[str, ...], k: int) -> tuple[str, ...]:
    """The words from ``k`` up to a stop word or a mark, () if none or more than ``_NP_MAX``."""
    e = k
    while e < len(x) and _word(x[e]):
        e += 1
    return x[k:e] if 0 < e - k <= _NP_MAX else ()


def _group(x: tuple[str, ...], k: int) -> tuple[tuple[str, ...], str, int] | None:
    """The verb group from ``k``, "(AUX..) V": the auxiliaries by their agreement-free form, V's
    base and the index after V."""
    e = k
    while e < len(x) and x[e] in _GROUP and e - k < 4:
        e += 1
    if e >= len(x) or not _word(x[e]):
        return None
    return tuple(_AGREE.get(w, w) for w in x[k:e]), _verb(x[e]), e + 1


def _placed(x: tuple[str, ...], k: int) -> tuple[tuple[str, ...], str, tuple[str, ...], int]:
    """ "D W.. M P Y.." from ``k``: M's words, P, Y's words and the index after; M () if none."""
    if k >= len(x) or x[k] not in _DETS:
        return (), "", (), k
    m = _phrase(x, k + 1)
    p = k + 1 + len(m)
    if not m or p >= len(x) or x[p] not in _PLACE_PREPS:
        return (), "", (), k
    y = _phrase(x, p + 1)
    if not y:
        return (), "", (), k
    return m, x[p], y, p + 1 + len(y)


def visitor_traded(a: Parsed, b: Parsed) -> bool:
    """ "our N is V-ing a M in Y" / "a M from Y is V-ing our N"."""
    if set(_POSS).isdisjoint(a.words) and set(_POSS).isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _visitor(ta, tb) or _visitor(tb, ta)


def _visitor(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    for i, w in enumerate(x):
        if w not in _POSS or x[:i] != y[:i]:
            continue
        own = _phrase(x, i + 1)
        group = _group(x, i + 1 + len(own)) if own else None
        if group is None:
            continue
        aux, verb, k = group
        m, p, place, end = _placed(x, k)
        if not m:
            continue
        m2, p2, place2, k2 = _placed(y, i)
        # the place said whole on the outside party's side; on this side it may run on into
        # the words after ("a lodge from Ohio this fall" / "a lodge in Ohio is hosting ...")
        if m2 != m or not place2 or place[: len(place2)] != place2:
            continue
        end -= len(place) - len(place2)
        group2 = _group(y, k2)
        if group2 is None or group2[:2] != (aux, verb):
            continue
        e2 = group2[2]
        if y[e2 : e2 + 1 + len(own)] != (w, *own) or y[e2 + 1 + len(own) :] != x[end:]:
            continue
        if (verb in _MUTUAL or _verb(verb) in _MUTUAL) and p == p2:
            continue  # "our team is meeting a team from X" / "a team from X is meeting ours"
        return True
    return False


def guest_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "Can I V my own T to X's E?" / "Can S V their own T to my E?"."""
    if set(_POSS).isdisjoint(a.words) or set(_POSS).isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _guest(ta, tb) or _guest(tb, ta)


def _owned_thing(x: tuple[str, ...], k: int) -> tuple[tuple[str, ...], int]:
    """ "(own) T P" from ``k``: the words and the index after P; () if not there."""
    e = k + 1 if k < len(x) and x[k] == "own" else k
    t = _phrase(x, e)
    p = e + len(t)
    if not t or p >= len(x) or x[p] not in _TO_PREPS:
        return (), k
    return x[k : p + 1], p + 1


def _guest(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    for j in range(len(x) - 4):
        poss = x[j + 2]
        if _POSS.get(poss) != x[j] or x[:j] != y[:j] or not _word(x[j + 1]):
            continue
        verb = _verb(x[j + 1])
        thing, k = _owned_thing(x, j + 3)
        if not thing:
            continue
        # the other's event: "X's E" (X "someone else", "a friend", "the neighbors")
        e = k + (1 if k < len(x) and x[k] in _DETS else 0)
        while e < len(x) and _word(x[e]) and not x[e].endswith("'s") and e - k < 3:
            e += 1
        if e >= len(x) or not x[e].endswith("'s") or x[e] in ("it's", "that's"):
            continue
        event = _phrase(x, e + 1)
        if not event:
            continue
        rest = x[e + 1 + len(event) :]
        # the other side: "S V their (own) T P my E" with S another party
        for s in range(j + 1, min(j + 4, len(y) - 2)):
            subj = y[j:s]
            if any(not _word(w) and w not in _DETS for w in subj) or subj[0] in _POSS:
                continue
            if not _word(y[s]) or _verb(y[s]) != verb or y[s + 1] not in _THIRD_POSS:
                continue
            thing2, k2 = _owned_thing(y, s + 2)
            if thing2 != thing:
                continue
            if y[k2 : k2 + 1 + len(event)] == (poss, *event) and y[k2 + 1 + len(event) :] == rest:
                return True
    return False
