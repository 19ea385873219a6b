"""A relative clause with its people traded: the head noun the object of the clause on one
side and its subject on the other. "The farmer I buy eggs from" / "The farmer who buys eggs
from me", "a nurse my mom cared for" / "a nurse who cared for my mom", "the friend I lent
$2,000 to" / "the friend who lent me $2,000" (a dative), "a doctor my husband misdiagnosed" /
"a doctor who misdiagnosed my husband", "the cousin my aunt refuses to sit with" / "the cousin
who refuses to sit with my aunt" (a verb before "to" with "with"), "the tenant I'm subletting
from" / "the tenant who is subletting from me" (an auxiliary said for the other person); and a
"who" clause in the other voice, "a friend who cheated" / "a friend who was cheated on".
Symmetric verbs and "with" ("the man my daughter lives with" / "the man who lives with my
daughter") are the same people either way, unless "with" follows a verb of the subject's own
("refuses to sit with", role pass 89: "keeps picking fights with").
"""

from __future__ import annotations

from collections.abc import Iterator

from policies.verify.roles.kept import _same_verb
from policies.verify.roles.tokens import _NP_LEAD, _SYMMETRIC
from policies.verify.text import Parsed
from policies.verify.words import common_prefix

_REL = frozenset(("who", "whom", "that"))
_CASE = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "you": "you"}
_STRAND = frozenset("to from for at on about of into against".split())
_DATIVE = frozenset(("to", "for"))
_MID_MAX = 5  # words between the verb and a stranded preposition ("eggs", "$2,000")
_BE = frozenset("is are was were been being get gets got gotten".split())


def relative_traded(a: Parsed, b: Parsed) -> bool:
    return _traded(a, b) or _traded(b, a) or _voiced(a, b) or _voiced(b, a)


def relative_traded_loosely(a: Parsed, b: Parsed) -> bool:
    """Round 69: a dative's stranded "to" ends the clause, so what follows may be reworded
    ("The neighbor I lent my ladder to broke it and blamed me" / "The neighbor who lent me his
    ladder blamed me after I broke it"): the tails compared by their longer words only, one
    tail's words all in the other's ("stopped payment" / "wants me to stop payment", round 73)."""
    return _traded(a, b, loose=True) or _traded(b, a, loose=True)


def _traded(r: Parsed, w: Parsed, loose: bool = False) -> bool:
    """``r`` says "<head> [who] S V M [P] T" (the head the object), ``w`` "<head> who V ..."
    with S after the verb or the preposition (the head the subject)."""
    rw, ww = r.words, w.words
    n = min(len(rw), len(ww))
    k = common_prefix(rw, ww)
    if k == 0 or k >= n - 1:
        return False
    if ww[k] in _REL and rw[k] in _REL and k + 1 < n:
        rp, wp = k + 1, k + 1  # round 104: "a student whom another student plagiarized from"
    elif ww[k] in _REL:
        rp, wp = k, k + 1
    elif ww[k - 1] in _REL and k >= 2:
        rp, wp = k, k
    else:
        return False
    if not r.canon[k - 1] and not (rw[k - 1] in _REL and r.canon[k - 2]) and not _one(rw, k):
        return False  # no head noun before the clause
    for obj, v, wv in clause_verbs(r, rp, w, wp, 4):
        rest_r, rest_w = rw[v + 1 :], ww[wv + 1 :]
        for m in range(min(_MID_MAX, len(rest_r)) + 1):
            mid, tail = rest_r[:m], rest_r[m:]
            if loose:
                if m and tail and tail[0] in _DATIVE and _dative_loose(obj, mid, tail[1:], rest_w):
                    return True
                continue
            if rest_w == (*obj, *mid, *tail):
                return True  # "a doctor my husband misdiagnosed" / "who misdiagnosed my husband"
            if not tail or (tail[0] not in _STRAND and not _wants_with(rw[v], mid, tail)):
                continue
            prep, after = tail[0], tail[1:]
            if rest_w == (*mid, prep, *obj, *after):
                return True  # "the farmer I buy eggs from" / "who buys eggs from me"
            if prep in _DATIVE and (
                rest_w == (*obj, *mid, *after) or _dative_owned(obj, mid, after, rest_w)
            ):
                return True  # "the friend I lent $2,000 to" / "who lent me $2,000"
    return False


def _one(rw: tuple[str, ...], k: int) -> bool:
    """Role pass 31 (round 98): a cleft's "the one" is the head ("My neighbor is the one I got
    the complaint from" / "the one who got the complaint from me")."""
    if k >= 1 and rw[k - 1] in _SOMEONE:
        return True  # "someone who reports to me" / "someone I report to"
    return k >= 2 and rw[k - 1] == "one" and rw[k - 2] in ("the", "that")


_SOMEONE = frozenset("someone somebody anyone anybody".split())


def clause_verbs(
    r: Parsed, rp: int, w: Parsed, wp: int, subjects: int
) -> Iterator[tuple[tuple[str, ...], int, int]]:
    """``r``'s relative clause at ``rp`` read as "S [aux] V" (S up to ``subjects`` words)
    against ``w``'s verb at ``wp``, each reading whose verbs match and are not symmetric:
    (S in its object form, the index of ``r``'s verb, that of ``w``'s)."""
    rw, ww = r.words, w.words
    for s in range(1, subjects + 1):
        v = rp + s
        if v >= len(rw):
            break
        obj = _object(rw[rp:v])
        if obj is None:
            continue
        wv = wp
        if v + 1 < len(rw) and wp + 1 < len(ww) and _same_aux(rw[v], ww[wp]):
            v, wv = v + 1, wp + 1  # "the tenant I'm subletting from" / "who is subletting from me"
            if v + 1 < len(rw) and wv + 1 < len(ww) and rw[v] == ww[wv] == "not":
                v, wv = v + 1, wv + 1  # round 89: "my son does not like" / "who does not like"
        if wv >= len(ww) or not _verb_eq(r, v, w, wv) or _symmetric(r.canon[v] or rw[v]):
            continue
        yield obj, v, wv


# Round 69: the theme's owner follows the giver ("a member I lent my towel to" / "a member who
# lent me his towel"): an owner or an article read as one mark in the theme.
_DET = frozenset("my his her their our your its a an the".split())
_JOINS = frozenset("and after before then when while but".split())


def _det(t: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("·" if x in _DET else x for x in t)


def _dative_owned(
    obj: tuple[str, ...], mid: tuple[str, ...], after: tuple[str, ...], rest_w: tuple[str, ...]
) -> bool:
    if _DET.isdisjoint(mid) or len(rest_w) != len(obj) + len(mid) + len(after):
        return False
    k = len(obj) + len(mid)
    return (
        rest_w[: len(obj)] == obj
        and _det(rest_w[len(obj) : k]) == _det(mid)
        and (rest_w[k:] == after)
    )


def _dative_loose(
    obj: tuple[str, ...], mid: tuple[str, ...], after: tuple[str, ...], rest_w: tuple[str, ...]
) -> bool:
    k = len(obj) + len(mid)
    if len(rest_w) < k or rest_w[: len(obj)] != obj or _det(rest_w[len(obj) : k]) != _det(mid):
        return False
    ga, gb = _gist(rest_w[k:]), _gist(after)
    if ga == gb != frozenset():
        return True
    # round 73: one tail says more ("stopped payment on the check" / "wants me to stop payment
    # on the check"): the shorter's words, stems, all in the longer, two at least
    sa, sb = _stems(ga), _stems(gb)
    return min(len(sa), len(sb)) >= 2 and (sa <= sb or sb <= sa)


def _gist(t: tuple[str, ...]) -> frozenset[str]:
    return frozenset(x for x in t if len(x) > 3 and x not in _JOINS)


def _stems(words: frozenset[str]) -> frozenset[str]:
    out = set()
    for w in words:
        for end in ("ed", "ing", "s"):
            if w.endswith(end) and len(w) - len(end) >= 3:
                w = w[: -len(end)]
                if end != "s" and w[-1] == w[-2] and w[-1] not in "aeiou":
                    w = w[:-1]  # "stopped", "cancelled"
                break
        out.add(w)
    return frozenset(out)


_AUX_FORMS = (
    frozenset(("am", "is", "are")),
    frozenset(("was", "were")),
    frozenset(("have", "has")),
    frozenset(("had",)),
    frozenset(("will",)),
    frozenset(("would",)),
    frozenset(("can",)),
    frozenset(("could",)),
    frozenset(("should",)),
    frozenset(("do", "does")),
    frozenset(("did",)),
)


def _same_aux(x: str, y: str) -> bool:
    """One auxiliary said for another person ("I am" / "who is", "I have" / "who has")."""
    return any(x in forms and y in forms for forms in _AUX_FORMS)


def _wants_with(verb: str, mid: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """ "the cousin my aunt refuses to sit with" / "the cousin who refuses to sit with my
    aunt": "with" joins the same two people, but the verb before "to" is the subject's alone
    (who refuses, wants, likes to); "used to", "going to" say only when. Role pass 89: a verb
    of the subject's own before a gerund ("the dog my leader keeps picking fights with" / "the
    dog that keeps picking fights with my leader", "the guy my brother started arguing with"):
    who keeps at it, starts or stops it is the subject alone."""
    if tail[0] != "with":
        return False
    if "to" in mid[:-1] and verb not in _ASPECT:
        return True
    return verb in _OWN_GERUND and bool(mid) and _gerund(mid[0])


_ASPECT = frozenset("used going gonna about supposed".split())
# verbs taking a gerund whose doing or stopping is the subject's own ("keeps V-ing with")
_OWN_GERUND = frozenset(
    """keep keeps kept keeping start starts started starting stop stops stopped stopping quit
    quits begin begins began avoid avoids avoided enjoy enjoys enjoyed hate hates hated love
    loves loved like likes liked prefer prefers preferred""".split()
)


def _gerund(w: str) -> bool:
    return len(w) > 4 and w.endswith("ing") and w.isalpha()


def _object(subj: tuple[str, ...]) -> tuple[str, ...] | None:
    if len(subj) == 1:
        case = _CASE.get(subj[0])
        return (case,) if case else None
    if subj[0] in _NP_LEAD and len(subj) <= 3 and subj[0] not in ("a", "an"):
        return subj
    if subj[0] == "another" and len(subj) == 2:
        return subj  # round 104: "a student whom another student plagiarized from"
    return None


def _verb_eq(a: Parsed, i: int, b: Parsed, j: int) -> bool:
    x, y = a.words[i], b.words[j]
    if x == y or (a.canon[i] and a.canon[i] == b.canon[j]):
        return True
    return _same_verb(x, y) or _same_verb(y, x)


def _symmetric(stem: str) -> bool:
    """ "marry", "meet", "date": the same two people either way ("work" only with "with",
    which is never read as stranded: "the coworker I work with")."""
    return stem in _SYMMETRIC or stem[:4] in ("marr", "meet", "date")


def _voiced(a: Parsed, b: Parsed) -> bool:
    """ "a friend who cheated" / "a friend who was cheated on": the person doing the verb on one
    side and undergoing it on the other, every other word in place."""
    wa, wb = a.words, b.words
    if len(wb) != len(wa) + 1 and len(wb) != len(wa) + 2:
        return False
    k = 0
    while k < len(wa) and wa[k] == wb[k]:
        k += 1
    if k < 2 or k >= len(wa) or wa[k - 1] != "who" or wb[k] not in _BE:
        return False
    if wa[k] in _BE or wb[k + 1].endswith("ing") or not _verb_eq(a, k, b, k + 1):
        return False  # "who cheated" / "who was cheating": the same voice
    if _symmetric(a.canon[k] or wa[k]):
        return False
    rest, other = wa[k + 1 :], wb[k + 2 :]
    return other == rest or (bool(other) and other[0] in _STRAND and other[1:] == rest)


# Role pass 56 (blind rounds 158-160): the head the subject of the clause's verb on one side
# and the object of its stranded preposition on the other, the verb's subject someone else or
# unnamed ("the guy who bought my old bike" / "the guy I bought my old bike from": buyer and
# seller; "the restaurant that stole my wine" / "the restaurant that my wine was stolen from";
# "the tailor who sent me to the shop" / "the tailor I was sent to by the shop"). A passive's
# place ("the store my card was declined at") may be where its own doer did it, and with no doer
# named only "from" is read: "the bank that my loan was sold to" / "the bank that sold my loan"
# (b85) is labelled a duplicate, either holder refusing to refinance asks the same.
_HEAD_REL = frozenset(("who", "whom", "that", "which"))
_PLACE = frozenset(("at", "on", "in"))
_PARTICLE_MAX = 2  # "the bank my check was sent back to" / "the bank that sent my check back"


def head_source_traded(a: Parsed, b: Parsed) -> bool:
    return _head_source(a, b) or _head_source(b, a)


def _head_source(r: Parsed, w: Parsed) -> bool:
    """``r`` says "<head> [that] S V M P T" or "<head> [that] O was V-ed M P T" (the head P's
    object), ``w`` "<head> that V M T" / "<head> that V O M T" (the head the subject)."""
    rw, ww = r.words, w.words
    n = min(len(rw), len(ww))
    k = common_prefix(rw, ww)
    if k < 2 or k >= n - 1:
        return False
    if ww[k] in _HEAD_REL and rw[k] in _HEAD_REL:
        rp, wp = k + 1, k + 1
    elif ww[k] in _HEAD_REL:
        rp, wp = k, k + 1
    elif ww[k - 1] in _HEAD_REL:
        rp, wp = k, k
    else:
        return False
    if not r.canon[k - 1] and not (rw[k - 1] in _HEAD_REL and r.canon[k - 2]):
        return False  # no head noun before the clause
    if wp >= len(ww) or ww[wp] in _BE or ww[wp] in _CASE or ww[wp] in _DET:
        return False  # the head not the doer of a verb on ``w``'s side
    for _, v, wv in clause_verbs(r, rp, w, wp, 4):
        rest_r, rest_w = rw[v + 1 :], ww[wv + 1 :]
        for m in range(min(_MID_MAX, len(rest_r) - 1) + 1):
            if rest_r[m] in _STRAND and rest_w == (*rest_r[:m], *rest_r[m + 1 :]):
                return True  # "the guy I bought my bike from" / "the guy who bought my bike"
    return _passive_source(r, rp, w, wp)


def _passive_source(r: Parsed, rp: int, w: Parsed, wp: int) -> bool:
    rw, ww = r.words, w.words
    for s in range(1, 5):
        be = rp + s
        if be + 2 >= len(rw):
            return False
        if rw[be] not in _BE:
            continue
        obj = _object(rw[rp:be])
        v = be + 1
        if obj is None or not _verb_eq(r, v, w, wp) or _symmetric(r.canon[v] or rw[v]):
            continue
        if ww[wp + 1 : wp + 1 + len(obj)] != obj:
            continue
        rest_r, rest_w = rw[v + 1 :], ww[wp + 1 + len(obj) :]
        for m in range(min(_PARTICLE_MAX, len(rest_r) - 1) + 1):
            prep = rest_r[m]
            if prep not in _STRAND or prep in _PLACE or rest_w[:m] != rest_r[:m]:
                continue
            tail_r, tail_w = rest_r[m + 1 :], rest_w[m:]
            if tail_w == tail_r and prep == "from":
                return True  # "the restaurant my wine was stolen from" / "that stole my wine"
            if tail_r[:1] == ("by",) and tail_w[:1] == (prep,) and tail_w[1:] == tail_r[1:]:
                return True  # "the tailor I was sent to by the shop" / "who sent me to the shop"
    return False


# Role pass 64 (blind rounds 176-178). A stranded preposition traded, all else the same: "the
# sleep clinic I was referred to" (the clinic the goal) / "... I was referred by" (the clinic
# the referrer), "to" / "from" ("the tenant I'm subletting to" / "from"), "for" / "by" ("the
# agency I was hired for" / "by"). Stranded: the clause ends there, or a verb, an auxiliary
# or a clause mark follows ("... to is out of network", "Who was I referred to?").
_TRADED_PREPS = frozenset(
    (frozenset(("to", "by")), frozenset(("to", "from")), frozenset(("for", "by")))
)
_AFTER_STRANDED = frozenset(
    """is are was were am has have had will would can could should may might must does do did
    not keeps kept wants said says and but so because or if when what how who which why
    then now again yet still""".split()
)


_NOT_STRANDED = frozenset("me us you him her them it this that these those all".split())


def stranded_preposition_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 64: "the N S V-ed P1 ..." / "the N S V-ed P2 ...", P1 / P2 a goal and a doer."""
    x, y = a.words, b.words
    if len(x) != len(y) or len(x) < 3:
        return False
    apart = [i for i in range(len(x)) if x[i] != y[i]]
    if len(apart) != 1:
        return False
    i = apart[0]
    if i < 2 or frozenset((x[i], y[i])) not in _TRADED_PREPS:
        return False
    if x[i - 1] in _NP_LEAD or x[i - 1] in _REL or x[i - 1] in _STRAND or not x[i - 1].isalpha():
        return False
    if i + 1 == len(x) or x[i + 1] in _AFTER_STRANDED:
        return True
    nxt = x[i + 1]  # "introduced to works at": a verb form before, no noun phrase after
    verbal = x[i - 1].endswith(("ed", "ing"))
    return verbal and nxt.isalpha() and nxt not in _NP_LEAD and nxt not in _NOT_STRANDED
