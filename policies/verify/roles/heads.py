"""A relative clause's subject and its head traded wherever the clause stands, the rest of the
sentence free to change (rounds 79-81): "The parents of the kid my son injured want us to pay"
/ "We want the parents of the kid who injured my son to pay", "The contractor my business
borrowed from hasn't been paid back" / "The contractor who borrowed from my business hasn't
paid us back". ``stranded`` reads the clause only after a shared beginning; here the head
noun is found on both sides: "<head> [who] S V" (the head the object, or after a stranded
preposition) on one side, "<head> who V ... S" on the other (the head the subject). A passive
("the kid who was injured by my son") and symmetric verbs ("the girl my roommate is dating")
are left: the same people either way.

Round 84: the head the subject with another one acted on ("The tutor I hired keeps meeting my
daughter" / "The tutor who hired my daughter keeps meeting her": the tutor hired, not was
hired, whoever the object is), the verb's own gap the object on the first side (no object after
it); a stranded preposition of place or rank ("the artist I apprenticed under" / "the artist
who apprenticed under me").

Role pass 108 (blind round 240): the head named as the role the verb gives its object on the
other side, "the N S V-ed" against "the M who V-ed S as a N" ("The commission painter I hired
wants me to pay shipping" / "The client who hired me as a commission painter wants me to pay
shipping", "the tutor we chose" / "the family that chose us as their tutor"): the N is the one
acted on on one side and S on the other, S the doer on one side and acted on on the other. The
role given to the head both ways ("the person I hired as a painter" / "the painter I hired")
and a symmetric verb are left.
"""

from __future__ import annotations

from collections.abc import Iterator

from policies.verify.roles.stranded import (
    _STRAND,
    _symmetric,
    _verb_eq,
    _wants_with,
    clause_verbs,
)
from policies.verify.roles.tokens import _NP_LEAD
from policies.verify.text import Parsed

_WHO = frozenset(("who", "whom"))
_MID_MAX = 4
_PREPS = _STRAND | frozenset("under over behind beneath below above after than".split())
# an object after the verb: a noun phrase's first word or an object pronoun
_OBJ_LEAD = (_NP_LEAD - frozenset(("a", "an"))) | frozenset("me him us them".split())
_NOT_HEAD = frozenset("i me you he him she her we us they them it one someone anyone".split())


def head_traded(a: Parsed, b: Parsed) -> bool:
    return (
        _traded(a, b)
        or _traded(b, a)
        or _whose_owner(a, b)
        or _whose_owner(b, a)
        or _whose_order(a, b)
        or _whose_order(b, a)
        or _whose_object(a, b)
        or _whose_object(b, a)
        or ("as" in b.words and _role_given(a, b))
        or ("as" in a.words and _role_given(b, a))
    )


_ROLE_LEAD = frozenset("a an the my our his her their its your".split())


def _role_given(r: Parsed, w: Parsed) -> bool:
    """``r`` "<N> [who / that] S V", ``w`` "<M> who / that V S' as (a) ... N", S' the object
    form of S and M not N."""
    rw, ww = r.words, w.words
    for j in range(1, len(ww) - 4):
        if ww[j] not in _REL_WHO or ww[j + 3] != "as" or ww[j + 2] not in _SUBJ_OF:
            continue
        if not w.canon[j - 1] or ww[j - 1] in _NOT_HEAD or _symmetric(w.canon[j + 1] or ww[j + 1]):
            continue
        k = j + 4 + (ww[j + 4] in _ROLE_LEAD)
        given = {w.canon[n] for n in range(k, min(k + 3, len(ww))) if w.canon[n]}
        given.discard(w.canon[j - 1])
        for i in range(len(rw) - 2):
            if not r.canon[i] or r.canon[i] not in given:
                continue
            s = i + 1 + (rw[i + 1] in _WHOM)
            if s + 1 < len(rw) and rw[s] == _SUBJ_OF[ww[j + 2]] and _verb_eq(r, s + 1, w, j + 1):
                return True
    return False


_WHOM = frozenset(("who", "whom", "that"))
_OWN_OF = {"me": "my", "us": "our", "him": "his", "her": "her", "them": "their", "it": "its"}


def _whose_object(r: Parsed, w: Parsed) -> bool:
    """Role pass 31: "a player whose shot hit me" / "a player whom my shot hit": "whose N V me"
    (the head's N did it to me) against "who(m) my N V" (my N did it to the head), the rest the
    same."""
    rw, ww = r.words, w.words
    for i, j in _whose_and_relative(rw, ww, _WHOM):
        if rw[:i] != ww[: j - 1]:
            continue
        poss = rw[i + 2]
        for n in (1, 2):
            noun = ww[j + 1 : j + 1 + n]
            wv, rv = j + 1 + n, i + 3 + n
            if wv + 1 >= len(ww) or rv >= len(rw) or rw[i + 3 : rv] != noun:
                continue
            if ww[wv] != rw[rv] or _OWN_OF.get(ww[wv + 1]) != poss:
                continue
            if rw[rv + 1 :] == ww[wv + 2 :]:
                return True
    return False


def _whose_and_relative(
    rw: tuple[str, ...], ww: tuple[str, ...], relatives: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """(i, j): "whose" at ``ww[j]`` after a head, the same head at ``rw[i]`` followed by one of
    ``relatives`` ("a player whose shot" / "a player whom ...")."""
    if "whose" not in ww:
        return
    for j in range(1, len(ww) - 3):
        if ww[j] != "whose":
            continue
        for i in range(len(rw) - 3):
            if rw[i] == ww[j - 1] and rw[i + 1] in relatives:
                yield i, j


# Round 90: "a mom whose kid bullied the child I babysit" / "a mom whose kid the child I babysit
# bullied": "whose N V X" against "whose N X V", X a noun phrase of any length (its own clause
# too) or a pronoun, the rest the same: N did it to X on one side, X to N on the other.
_X_MAX = 6
_SUBJ_OF = {"me": "i", "us": "we", "him": "he", "her": "she", "them": "they"}


def _whose_order(s: Parsed, o: Parsed) -> bool:
    """``s`` "whose N V X ...", ``o`` "whose N X V ..."."""
    sw, ow = s.words, o.words
    if "whose" not in sw or "whose" not in ow:
        return False
    j = sw.index("whose")
    k = ow.index("whose")
    if sw[:j] != ow[:k]:
        return False
    for n in (1, 2):
        v = j + 1 + n
        if v + 1 >= len(sw) or sw[j + 1 : v] != ow[k + 1 : k + 1 + n]:
            continue
        if not s.canon[v] or sw[v] in _NOT_HEAD or _symmetric(s.canon[v] or sw[v]):
            continue
        for size in range(1, _X_MAX + 1):
            x = sw[v + 1 : v + 1 + size]
            if len(x) < size or not (x[0] in _OBJ_LEAD or x[0] in _SUBJ_OF):
                break
            said = (_SUBJ_OF.get(x[0], x[0]), *x[1:]) if size == 1 else x
            ov = k + 1 + n + size
            if ov >= len(ow) or ow[k + 1 + n : ov] != said or not _verb_eq(s, v, o, ov):
                continue
            if ow[ov + 1 :] == sw[v + 1 + size :]:
                return True
    return False


# Round 89: "The customer who referred her friends to my shop" / "The customer whose friends
# referred her to my shop": the head doing the verb to its own N on one side, its N doing it to
# the head on the other ("who V <her> N" / "whose N V <her>"), the same tail after.
_POSS_OF = {"her": "her", "his": "him", "their": "them", "its": "it", "my": "me", "our": "us"}


def _whose_owner(r: Parsed, w: Parsed) -> bool:
    rw, ww = r.words, w.words
    for i, j in _whose_and_relative(rw, ww, _REL_WHO):
        v = i + 2
        for n, q in ((1, 0), (2, 0), (1, 1), (2, 1)):
            wv = j + 1 + n
            if wv + 1 + q >= len(ww) or v + 1 + q >= len(rw) or not _verb_eq(r, v, w, wv):
                continue
            if q and (rw[v + 1] not in _PARTICLES or ww[wv + 1] != rw[v + 1]):
                continue  # round 96: "who ran over my dog" / "whose dog ran over me"
            noun, poss = ww[j + 1 : wv], rw[v + 1 + q]
            pron = _POSS_OF.get(poss)
            if pron is None or ww[wv + 1 + q] != pron:
                continue
            if rw[v + 2 + q : v + 2 + q + n] == noun and rw[v + 2 + q + n :] == ww[wv + 2 + q :]:
                return True
    return False


_PARTICLES = frozenset("over up down out off into onto at on".split())


_REL_WHO = frozenset(("who", "that"))


def _traded(r: Parsed, w: Parsed) -> bool:
    """``r`` "<head> [who] S V [M P]", ``w`` "<head> who V [M P] S"; round 85: "that" for
    "who" ("a company that rejected me" / "a company I rejected"), "whose N" with N the head
    ("the camper whose mom complained about my son" / "whose mom my son complained about")."""
    rw, ww = r.words, w.words
    if _MARKS.isdisjoint(ww):
        return False
    for j in range(1, len(ww) - 2):
        if ww[j] not in _MARKS:
            continue
        whose = ww[j] == "whose"
        h = j + 1 if whose else j - 1
        head = ww[h]
        if head in _NOT_HEAD or not w.canon[h] or (whose and (j + 2 >= len(ww))):
            continue
        if ww[j] == "that" and not _noun_before(w, j):
            continue  # "said that I", "so that": no relative clause
        for i in range(len(rw) - 2):
            if rw[i] != head or (whose and (i == 0 or rw[i - 1] != "whose")):
                continue
            rp = i + 1 + (not whose and rw[i + 1] in _WHO)
            if _clause(r, rp, w, h + 1 if whose else j + 1):
                return True
    return False


_MARKS = frozenset(("who", "that", "whose"))
_THAT_NOT = frozenset("so such now given provided except said told is was are were".split())


def _noun_before(w: Parsed, j: int) -> bool:
    """ "that" after a noun phrase's last word: a relative clause ("a company that")."""
    k = j - 1
    if k < 1 or w.words[k] in _THAT_NOT:
        return False
    # round 89: one modifier between ("the Etsy shop that")
    return w.words[k - 1] in _DETERMINERS or (
        k >= 2 and w.words[k - 2] in _DETERMINERS and bool(w.canon[k - 1])
    )


_DETERMINERS = frozenset("a an the my his her our their your this any every some".split())


def _clause(r: Parsed, rp: int, w: Parsed, wp: int) -> bool:
    rw, ww = r.words, w.words
    for obj, v, wv in (*clause_verbs(r, rp, w, wp, 3), *_it_verb(r, rp, w, wp)):
        rest_r, rest_w = rw[v + 1 :], ww[wv + 1 :]
        # round 90: a shared "to V" after the verb ("the girl I was supposed to accompany at" /
        # "the girl who was supposed to accompany me at"): the clause's own verb is the last
        while len(rest_r) > 2 and rest_r[0] == "to" and rest_r[:2] == rest_w[:2]:
            rest_r, rest_w = rest_r[2:], rest_w[2:]
        if rest_w[: len(obj)] == obj and not (rest_r[: len(obj)] == obj):
            return True  # "the kid my son injured" / "the kid who injured my son"
        if rest_r and rest_w and rest_w[0] in _OBJ_LEAD and _gap(rest_r[0]):
            return True  # "the tutor I hired keeps" / "the tutor who hired my daughter keeps"
        for m in range(min(_MID_MAX, len(rest_r) - 1) + 1):
            mid, prep = rest_r[:m], rest_r[m]
            if prep not in _PREPS and not (prep == "with" and _wants_with(rw[v], mid, (prep,))):
                continue  # role pass 89: "with" after "keeps V-ing" ("keeps arguing with")
            if rest_w[: m + 1 + len(obj)] == (*mid, prep, *obj):
                return True  # "the contractor I borrowed from" / "who borrowed from me"
            # round 89: "the shop I bought a pattern from" / "the shop that bought my pattern"
            if len(mid) >= 2 and mid[0] in _ARTICLES and rest_w[:m] == (*_owner(obj), *mid[1:]):
                return True
    return False


_ARTICLES = frozenset("a an the some".split())
_OWNER = {"me": "my", "us": "our", "him": "his", "her": "her", "them": "their"}


def _owner(obj: tuple[str, ...]) -> tuple[str, ...]:
    """The one after a stranded preposition said as the owner ("from me" / "my", "from my son"
    / "my son's": the words without "'s")."""
    return (_OWNER[obj[0]],) if len(obj) == 1 and obj[0] in _OWNER else obj


_NOT_GAP = _OBJ_LEAD | _PREPS | frozenset("a an up out off down back away".split())


def _gap(nxt: str) -> bool:
    """The word after the first side's verb leaves its object to the head: no noun phrase, no
    particle or preposition ("the tutor I hired keeps ...", not "the man I told my story")."""
    return nxt not in _NOT_GAP and nxt != "it"


def _it_verb(r: Parsed, rp: int, w: Parsed, wp: int) -> list[tuple[tuple[str, ...], int, int]]:
    """Role pass 109: "it" the clause's subject ("the country it occupied" / "the country that
    occupied it", "the team it beat" / "the team that beat it"), a verb of the same form both
    sides and no symmetric one; "it" as the head, or "the N that it V-ed", is no clause here."""
    v = rp + 1
    if rp >= len(r.words) or r.words[rp] != "it" or v >= len(r.words) or wp >= len(w.words):
        return []
    if r.words[v] != w.words[wp] or not r.canon[v] or _symmetric(r.canon[v]):
        return []
    return [(("it",), v, wp)]
