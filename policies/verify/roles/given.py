"""Role pass 28 (rounds 95-97): who acted first traded across "after", the doer and a
"from / to" phrase traded, the doer made the one a "from" phrase names, a passive's subject
that the active names after "for", a relative clause's head exchanged with its subject.

``order_traded``: "My classmate corrected my signing after I corrected hers" / "I corrected my
classmate's signing after she corrected mine": the same verb in both clauses on each side, the
asker doing it first on one side and second on the other ("after / before / because / until",
a leading "After X, Y" read in its order).

``ends_traded``: "I got a cease and desist from the podcast I parodied" / "The podcast I
parodied got a cease and desist from me", "I'm renting my timeshare week to a friend" / "A
friend is renting his timeshare week to me": the subject and the phrase after "from / to"
exchanged, the words between the same (an owner "my / his / her" read as the subject's own).

``doer_made_source``: "The resort is buying my timeshare back" / "I'm buying my timeshare back
from the resort": the same predicate, the doer on one side the asker on the other with the
first doer after "from / to".

``passive_for_as``: "The school hired an interpreter for my son" / "My son was hired by the
school as an interpreter": the passive's subject is, in the active, named after a preposition,
not the verb's object.

``relative_head_traded``: "The surgeon that the clinic hired botched my implant" / "The clinic
that hired the surgeon botched my implant": the same relation said with the other noun as the
head, so the one who does the main verb changed.
"""

from __future__ import annotations

import re

from policies.verify.roles.tokens import _SYMMETRIC, _WITH_SYMMETRIC
from policies.verify.roles.voiced import _stem
from policies.verify.text import Parsed

_EXPAND = {
    "i'm": "i am",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "we're": "we are",
    "he's": "he is",
    "she's": "she is",
    "they're": "they are",
    "it's": "it is",
    "that's": "that is",
}
_PUNCT = frozenset(",;:?.!")


def _tokens(text: str) -> list[str]:
    low = text.lower().replace("\u2019", "'")
    for k, v in _EXPAND.items():
        low = re.sub(rf"\b{k}\b", v, low)
    low = re.sub(r"(?<=[a-z])'s\b", " 's", low)
    return [t for t in re.findall(r"[a-z0-9\-]+|'s|[,;:?.!]", low)]


def _clause_end(t: list[str], i: int) -> int:
    while i < len(t) and t[i] not in _PUNCT:
        i += 1
    return i


# -- who acted first ------------------------------------------------------------------------
_ORDER = {"after": -1, "before": 1, "because": -1, "until": 1}
_ME = frozenset(("i", "we"))
_AUX = frozenset("am is are was were be been have has had do does did will would can could".split())
_SKIP_VERB = _AUX | frozenset(
    "i me my we us our you your he him his she her they them their it its the a an "
    "and or but not to of in on at for with by from 's".split()
)


def _events(t: list[str]) -> list[tuple[str, str]] | None:
    """(doer, verb stem) of the first and second event of "X V ... after / before Y V ...",
    in the order they happened; None when the sentence has no such pair."""
    for i, w in enumerate(t):
        if w not in _ORDER:
            continue
        if i == 0 or t[i - 1] in _PUNCT:  # "After I corrected hers, she corrected mine"
            e = _clause_end(t, i + 1)
            if e >= len(t) or t[e] != ",":
                continue
            sub, main = t[i + 1 : e], t[e + 1 : _clause_end(t, e + 1)]
        else:
            s = i
            while s > 0 and t[s - 1] not in _PUNCT:
                s -= 1
            main, sub = t[s:i], t[i + 1 : _clause_end(t, i + 1)]
        pair = _actors(main, sub)
        if pair is None:
            continue
        pm, ps = pair
        return [ps, pm] if _ORDER[w] < 0 else [pm, ps]
    return None


def _actors(main: list[str], sub: list[str]) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The doers ("me" for "I / we", "other" for anyone else) of the one verb both clauses say."""
    for k, w in enumerate(main):
        if not k or w in _SKIP_VERB or len(w) < 3:
            continue
        stem = _stem(w)
        for j, x in enumerate(sub):
            if j and x not in _SKIP_VERB and _stem(x) == stem:
                dm, ds = _doer(main[:k]), _doer(sub[:j])
                if dm is None or ds is None or dm == ds:
                    return None
                return (dm, stem), (ds, stem)
    return None


def _doer(subj: list[str]) -> str | None:
    subj = [x for x in subj if x not in _AUX]
    if not subj or len(subj) > 5 or subj[-1] in _OWN or subj[-1] == "'s":
        return None
    return "me" if subj == ["i"] or subj == ["we"] else "other"


def order_traded(a: Parsed, b: Parsed) -> bool:
    if _ORDER.keys().isdisjoint(a.words) or _ORDER.keys().isdisjoint(b.words):
        return False
    ea, eb = _events(_tokens(a.source)), _events(_tokens(b.source))
    if ea is None or eb is None or ea[0][1] != eb[0][1]:
        return False
    return ea[0][0] != eb[0][0] and {ea[0][0], ea[1][0]} == {"me", "other"}


# -- the subject and a "from / to" phrase exchanged --------------------------------------------
_CASE = {"me": "i", "us": "we", "him": "he", "them": "they", "am": "is", "are": "is"}
_OWN = frozenset("my our his her their its your".split())
_ENDS = ("from", "to")
_SYM = _SYMMETRIC | _WITH_SYMMETRIC
_SPAN_MAX = 8


def _cased(t: list[str]) -> list[str]:
    return [_CASE.get(w, w) for w in t]


def _symmetric(t: list[str]) -> bool:
    """ "got engaged to", "is related to": either order says the same."""
    return any(w in _SYM or _stem(w) in _SYM for w in t)


def _mid(t: list[str]) -> list[str]:
    return ["@own" if w in _OWN else w for w in t]


def _ends(ta: list[str], tb: list[str]) -> bool:
    for m, w in enumerate(ta):
        if w not in _ENDS or m < 2:
            continue
        ea = _clause_end(ta, m + 1)
        ya = ta[m + 1 : ea]
        if not ya or len(ya) > _SPAN_MAX or ya[0] in _SKIP_VERB - _OWN - {"the", "a", "an", "i"}:
            continue
        for n, v in enumerate(tb):
            if v != w or n < 2:
                continue
            eb = _clause_end(tb, n + 1)
            yb = tb[n + 1 : eb]
            if not yb or yb == ya or len(yb) > _SPAN_MAX:
                continue
            sa, sb = m, n  # the clause's start: after the last mark before the phrase
            while sa > 0 and ta[sa - 1] not in _PUNCT:
                sa -= 1
            while sb > 0 and tb[sb - 1] not in _PUNCT:
                sb -= 1
            if ta[sa : sa + len(yb)] != yb or tb[sb : sb + len(ya)] != ya:
                continue
            if ta[:sa] != tb[:sb] or ta[ea:] != tb[eb:]:
                continue
            mid = ta[sa + len(yb) : m]
            if _mid(mid) == _mid(tb[sb + len(ya) : n]) and not _symmetric(mid):
                return True
    return False


def ends_traded(a: Parsed, b: Parsed) -> bool:
    if not any(e in a.words and e in b.words for e in _ENDS):
        return False
    ta, tb = _cased(_tokens(a.source)), _cased(_tokens(b.source))
    return _ends(ta, tb)


def _source(ta: list[str], tb: list[str]) -> bool:
    """``ta`` "X MID", ``tb`` "I MID from X": X the doer on one side, the source on the other."""
    for n, v in enumerate(tb):
        if v not in _ENDS or n < 3:
            continue
        eb = _clause_end(tb, n + 1)
        x = tb[n + 1 : eb]
        sb = n
        while sb > 0 and tb[sb - 1] not in _PUNCT:
            sb -= 1
        if not x or x[0] not in ("the", "a", "an", "my", "our") or tb[sb] not in _ME:
            continue
        for sa in range(len(ta) - len(x)):
            if ta[sa : sa + len(x)] != x or (sa and ta[sa - 1] not in _PUNCT):
                continue
            mid = tb[sb + 1 : n]
            k = sa + len(x)
            if len(mid) < 2 or _mid(ta[k : k + len(mid)]) != _mid(mid) or _symmetric(mid):
                continue
            if ta[:sa] == tb[:sb] and ta[k + len(mid) :] == tb[eb:]:
                return True
    return False


def doer_made_source(a: Parsed, b: Parsed) -> bool:
    if not any(e in a.words or e in b.words for e in _ENDS):
        return False
    ta, tb = _cased(_tokens(a.source)), _cased(_tokens(b.source))
    return _source(ta, tb) or _source(tb, ta)


# -- a passive's subject, in the active named after a preposition -----------------------------
_BE = frozenset("was were is are am been being be got gets".split())
_PREPS = frozenset("for to with from".split())
_DETS = frozenset("the a an my our his her their".split())


def _for_as(ta: list[str], tb: list[str]) -> bool:
    """``tb`` "S be V-ed by X ...", ``ta`` "X V O ... for S"."""
    for p in range(2, len(tb) - 2):
        if tb[p + 1] != "by" or tb[p - 1] not in _BE:
            continue
        s = tb[p - 2]  # the passive's subject's head
        doer = tb[p + 2 : p + 4]
        stem = _stem(tb[p])
        for i in range(1, len(ta) - 3):
            if _stem(ta[i]) != stem or (ta[i] == tb[p] and ta[i - 1] in _BE):
                continue
            if ta[max(0, i - 2) : i] != doer[: min(2, i)] and ta[i - 1] != doer[-1]:
                continue
            e = _clause_end(ta, i + 1)
            rest = ta[i + 1 : e]
            if not rest or rest[0] not in _DETS:
                continue
            j = 1
            while j < len(rest) and rest[j] not in _PREPS:
                j += 1
            obj = rest[j - 1]
            if j < len(rest) - 1 and obj != s and s in rest[j + 1 :]:
                return True
    return False


def passive_for_as(a: Parsed, b: Parsed) -> bool:
    if ("by" in a.words) == ("by" in b.words):
        return False
    ta, tb = _tokens(a.source), _tokens(b.source)
    return _for_as(ta, tb) or _for_as(tb, ta)


# -- "the N that X V-ed" / "the X that V-ed N" ------------------------------------------------
_REL = frozenset(("that", "who", "whom", "which"))


def _relations(t: list[str]) -> set[tuple[str, str, str, str]]:
    """(head, doer, verb stem, done to) of "the A that (the) B V" and "the B that V (the) A"."""
    out: set[tuple[str, str, str, str]] = set()
    for i in range(1, len(t) - 3):
        if t[i] not in _REL or t[i - 2 : i - 1] != ["the"]:
            continue
        head = t[i - 1]
        nxt = t[i + 1 : i + 4]
        if nxt[:1] == ["the"] and len(nxt) == 3:  # "the surgeon that the clinic hired"
            out.add((head, nxt[1], _stem(nxt[2]), head))
        elif len(nxt) >= 3 and nxt[1] == "the":  # "the clinic that hired the surgeon"
            out.add((head, head, _stem(nxt[0]), nxt[2]))
    return out


def relative_head_traded(a: Parsed, b: Parsed) -> bool:
    if _REL.isdisjoint(a.words) or _REL.isdisjoint(b.words):
        return False
    ra, rb = _relations(_tokens(a.source)), _relations(_tokens(b.source))
    for head, doer, v, done in ra:
        if doer == done:
            continue
        for head2, doer2, v2, done2 in rb:
            if (doer2, v2, done2) == (doer, v, done) and head2 != head:
                return True
    return False
