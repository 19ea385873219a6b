"""Role pass 170 (blind round 309): the asker's N taken over by an outside M against the asker's
own "N M" compound taking over an outside N.

``compound_taker_traded`` (a trade, in ``_LATER_TRADES``): "POSS W.. N BE (being) V-ed (PRT) by
D .. M" or "D .. M (AUX) V (PRT) POSS W.. N" (an outside M does V to the asker's N) against "POSS
W.. N M (AUX) V (PRT) D .. N" (the asker's compound, headed by the other side's M, does V to an
outside N): POSS "my / our" on both sides, the same verb (its base, a strong verb's forms read as
one), the same words W.. N before M and the same head N of the object ("Our tiki bar is being
bought by a chain" / "Our tiki bar chain is buying a small bar", "Our school is being absorbed by
a district" / "Our school district is absorbing a small school"): who takes over whom is traded,
the taker's head moved into the asker's compound. The same roles in the other voice ("A chain
is buying our bar") and another verb for the same deed are left.
"""

from __future__ import annotations

from policies.verify.lexicon import BASE_OF_PARTICIPLE, BASE_OF_PAST
from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_POSS = frozenset(("my", "our"))
_DETS = frozenset(("a", "an", "the", "another", "some"))
_BE = COPULA | frozenset(("being", "has", "have", "had", "get", "gets", "got"))
_PARTICLE = frozenset(("over", "out", "up", "off", "in"))
_STOP = (
    MARKS
    | AUX
    | COPULA
    | _DETS
    | frozenset(
        "being by to and or but who whom that which for with from on at of about if when while as"
        " i me we us you he him she they them it its my our your his her their not".split()
    )
)
_NP_MAX = 3

_Taken = tuple[str, tuple[str, ...], str, str]  # (POSS, the asker's words, verb, the head)


def compound_taker_traded(a: Parsed, b: Parsed) -> bool:
    if _POSS.isdisjoint(a.words) or _POSS.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _verb(w: str) -> str:
    w = BASE_OF_PARTICIPLE.get(w) or BASE_OF_PAST.get(w) or w
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
                w = w[:-1]
            break
    return w.removesuffix("e")


def _word(w: str) -> bool:
    return w.isalpha() and w not in _STOP


def _phrase(x: tuple[str, ...], k: int) -> tuple[str, ...]:
    """The words from ``k`` up to a stop word or a mark, () if more than ``_NP_MAX``."""
    e = k
    while e < len(x) and _word(x[e]):
        e += 1
    return x[k:e] if 0 < e - k <= _NP_MAX else ()


def _verb_back(x: tuple[str, ...], k: int) -> tuple[str, int] | None:
    """The verb (with its particle) ending right before ``k`` and where its auxiliaries start."""
    prt = ""
    if k > 0 and x[k - 1] in _PARTICLE:
        prt, k = x[k - 1], k - 1
    if k < 1 or not _word(x[k - 1]):
        return None
    v, s = k - 1, k - 1
    while s > 0 and x[s - 1] in _BE:
        s -= 1
    if s < v and not x[v].endswith(("ing", "ed")) and x[v] not in BASE_OF_PARTICIPLE:
        return None
    return _verb(x[v]) + prt, s


def _taken(x: tuple[str, ...]) -> set[_Taken]:
    """(POSS, W.., V, M) of "POSS W.. BE V-ed (PRT) by D .. M" and "D .. M (AUX) V (PRT) POSS
    W.."."""
    out: set[_Taken] = set()
    for i, w in enumerate(x):
        if w not in _POSS:
            continue
        own = _phrase(x, i + 1)
        # the passive: the asker's words, "BE (being) V-ed (PRT) by D .. M"
        e = i + 1 + len(own)
        if own and e < len(x) and x[e] in _BE:
            k = e
            while k < len(x) and x[k] in _BE:
                k += 1
            if k + 3 < len(x) and _word(x[k]):
                f = k + 1 + (k + 1 < len(x) and x[k + 1] in _PARTICLE)
                if f + 2 < len(x) and x[f] == "by" and x[f + 1] in _DETS:
                    doer = _phrase(x, f + 2)
                    prt = x[k + 1] if f == k + 2 else ""
                    if doer:
                        out.add((w, own, _verb(x[k]) + prt, doer[-1]))
        # the active: "D .. M (AUX) V (PRT)" right before POSS
        said = _verb_back(x, i)
        if own and said is not None:
            verb, s = said
            d = s - 1
            while d > 0 and _word(x[d - 1]) and s - d < _NP_MAX:
                d -= 1
            if d > 0 and x[d - 1] in _DETS and d < s:
                out.add((w, own, verb, x[s - 1]))
    return out


def _takers(x: tuple[str, ...]) -> set[_Taken]:
    """ "POSS W.. M (AUX) V (PRT) D .. N": (POSS, W.. M, V, N)."""
    out: set[_Taken] = set()
    for k, w in enumerate(x):
        if w not in _DETS or k < 3:
            continue
        thing = _phrase(x, k + 1)
        said = _verb_back(x, k)
        if not thing or said is None:
            continue
        verb, s = said
        if "being" in x[s:k]:
            continue
        i = s - 1
        while i >= 0 and _word(x[i]):
            i -= 1
        if i >= 0 and x[i] in _POSS and 2 <= s - i - 1 <= _NP_MAX + 1:
            out.add((x[i], x[i + 1 : s], verb, thing[-1]))
    return out


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x says an outside M does V to the asker's W.. N, y the asker's W.. N M does V to a N."""
    taken = _taken(x)
    if not taken:
        return False
    for poss, compound, verb, head in _takers(y):
        for own_poss, own, own_verb, doer in taken:
            if (poss, verb) != (own_poss, own_verb) or compound[:-1] != own:
                continue
            if stem(compound[-1]) == stem(doer) and stem(head) == stem(own[-1]):
                return True
    return False
