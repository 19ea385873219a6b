"""Wh-questions with the wh-word as subject on one side and as object on the other: the two
phrases after "who / what + auxiliary" trade places, every other word in place.

"Who should email the professor?" / "Who should the professor email?", "Who is my guild
leader angry at?" / "Who is angry at my guild leader?", "What can my landlord do to me?" read
with "do" as the verb. One phrase is a noun phrase (a determiner, a possessive or a pronoun
first), the other a predicate: a verb (with a particle) after a modal or "do", a phrase
ending in a stranded preposition after "be".
"""

from __future__ import annotations

import re

from policies.verify.lexicon import BASE_OF_PAST, PARTICIPLES
from policies.verify.roles.passives import _PREP_PARTS
from policies.verify.roles.tokens import _BE_T, _DO_T, _MODALS, _NP_LEAD, _SYMMETRIC, _WH_OBJ
from policies.verify.roles.verbs import _OBJECT_CASE, _SUBJECT_CASE
from policies.verify.text import Parsed, parse
from policies.verify.words import canonical

_NP_MAX = 4
_PRED_MAX = 5  # "allowed to stay with" (round 93)


def _np(words: tuple[str, ...], i: int, j: int, canon: tuple[str, ...]) -> bool:
    """``words[i:j]`` is a noun phrase: a lone pronoun, or a lead word and nouns."""
    if j - i == 1 and (words[i] in _SUBJECT_CASE or words[i] in _OBJECT_CASE):
        return words[i] not in _WH_OBJ
    # role pass 84: a name needs no lead ("Who was Jacques Guerlain's daughter named after?")
    return (words[i] in _NP_LEAD or bool(canon[i])) and all(canon[k] for k in range(i + 1, j))


def _pred(words: tuple[str, ...], i: int, j: int, be: bool) -> bool:
    """``words[i:j]`` is a predicate: after "be" it ends in a stranded preposition ("angry
    at"), after a modal it is a verb and maybe a particle ("email", "pick up")."""
    if words[i] in _NP_LEAD or words[i] in _SUBJECT_CASE or words[i] in _OBJECT_CASE:
        return False
    if be:
        return words[j - 1] in _PRED_ENDS or _catenative(words, i, j)
    return j - i == 1 or words[j - 1] in _PRED_ENDS


# role pass 84: "named after", "look after", "voted against" end a predicate as "angry at" does;
# role pass 137: a place one is put on one side of ("placed behind", "stacked under"), not one
# true both ways round ("next to", "beside", "near", "opposite")
_PLACE_ENDS = frozenset("behind before under underneath beneath below above atop inside".split())
_PRED_ENDS = _PREP_PARTS | _PLACE_ENDS
# Role pass 137: after "be", a verb of duty, plan or ability with "to V" ("Who is the new hire
# supposed to shadow?" / "Who is supposed to shadow the new hire?"): the verb's object asked on
# one side and its doer on the other, as with "angry at"
_CATENATIVE_BE = frozenset(
    """supposed meant expected allowed permitted required obliged going about able scheduled
    set due told asked assigned""".split()
)


def _catenative(words: tuple[str, ...], i: int, j: int) -> bool:
    """``words[i:j]`` is "supposed / expected / going ... to V", V one word and no "be"."""
    return (
        j - i == 3
        and words[i] in _CATENATIVE_BE
        and words[i + 1] == "to"
        and words[i + 2] not in _BE_T
        and words[i + 2] not in _NP_LEAD
        and words[i + 2] not in _OBJECT_CASE
    )


def wh_transposed(a: Parsed, b: Parsed) -> bool:
    return (
        _transposed(a, b)
        or _transposed(b, a)
        or _phrase_transposed(a.words, b.words, a.canon, b.canon, _hyphened(a, b))
        or _phrase_transposed(b.words, a.words, b.canon, a.canon, _hyphened(a, b))
    )


_HYPHENED_RE = re.compile(r"\b([a-z]+)-([a-z]+)\b")


def _hyphened(a: Parsed, b: Parsed) -> frozenset[tuple[str, str]]:
    """Two words written as one hyphened word on both sides ("one-shot"): one verb."""
    if "-" not in a.source or "-" not in b.source:
        return frozenset()
    found = set(_HYPHENED_RE.findall(a.source.lower()))
    return frozenset(found.intersection(_HYPHENED_RE.findall(b.source.lower())))


def _transposed(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    n = len(wa)
    if n != len(wb) or n < 4 or wa[0] not in _WH_OBJ or wa[1] != wb[1] or wa == wb:
        return False
    if wa[0] != wb[0] and not (wa[0] in _WH_ONE and wb[0] in _WH_ONE):
        return False  # role pass 84: "Who was X named after?" / "What was named after X?"
    aux = wa[1]
    be = aux in _BE_T
    if not (be or aux in _DO_T or aux in _MODALS):
        return False
    # side a: noun phrase first ("the professor email"), side b: predicate first
    for x in range(1, _NP_MAX + 1):
        if 2 + x >= n or not _np(wa, 2, 2 + x, a.canon):
            continue
        for y in range(1, _PRED_MAX + 1):
            end = 2 + x + y
            if end > n or wa[end:] != wb[end:]:
                continue
            if wb[2 : 2 + y] != wa[2 + x : end] or wb[2 + y : end] != wa[2 : 2 + x]:
                continue
            if _pred(wa, 2 + x, end, be):
                # role pass 137: a place true both ways ("seated next to") is no trade
                return _TAIL_SYMMETRIC.isdisjoint(wa[2 + x : end]) and not (
                    _catenative(wa, 2 + x, end) and _both_ways(wa[2 + x : end])
                )
    return False


_WH_ONE = frozenset(("who", "whom", "what"))


# Role pass 119 (blind rounds 256-257): the same transposition with a wh-phrase of its own
# ("What Pokemon can X one-shot?" / "What Pokemon can one-shot X?", "Which teams can X beat?"),
# after a lead both sides share ("In the current TCG, what type ..."), the be form agreeing with
# its own subject ("What metals is copper attracted to?" / "What metals are attracted to
# copper?") and the noun phrase's other words moved into the wh-phrase ("what type are Psychic
# Pokemon weak to?" / "what type of Pokemon are weak to Psychic?"): the wh-phrase asks for the
# doer (or the one the relation points at) on one side and for the other party on the other.
# A predicate true both ways round ("similar to", "near", "border") is left.
_LEAD_MAX = 8
_WH_PHRASE_MAX = 5
_TAIL_SYMMETRIC = frozenset(
    "near close next adjacent connected linked border bordering neighbor touch touching".split()
)


def _aux_at(w: tuple[str, ...], q: int) -> int:
    """The auxiliary closing the wh-phrase that opens at ``q`` (-1: none)."""
    for h in range(q + 1, min(len(w), q + _WH_PHRASE_MAX + 1)):
        if w[h] in _BE_T or w[h] in _DO_T or w[h] in _MODALS:
            return h
        if w[h] in _WH_OBJ or w[h] in _SUBJECT_CASE or w[h] in _OBJECT_CASE:
            return -1
    return -1


def _phrase_transposed(
    wa: tuple[str, ...],
    wb: tuple[str, ...],
    ca: tuple[str, ...],
    cb: tuple[str, ...],
    hyphened: frozenset[tuple[str, str]],
) -> bool:
    """ "WH-A AUX X P T" / "WH-B AUX' P X' T": P a verb after a modal or "do" or a predicate
    ending in a stranded preposition after "be", X and X' one noun phrase (the same words, or
    the words one leaves out said in the other's wh-phrase), T the same tail."""
    if wa == wb or abs(len(wa) - len(wb)) > 3 or _WH_OBJ.isdisjoint(wa):
        return False
    q = next((i for i, w in enumerate(wa[: _LEAD_MAX + 1]) if w in _WH_OBJ), -1)
    if (
        q < 0
        or len(wb) <= q
        or wa[:q] != wb[:q]
        or not (wa[q] == wb[q] or (wa[q] in _WH_ONE | _WHICH and wb[q] in _WH_ONE | _WHICH))
    ):
        return False
    ha, hb = _aux_at(wa, q), _aux_at(wb, q)
    if ha < 0 or hb < 0 or (ha == q + 1 and hb == q + 1 and wa[ha] == wb[hb]):
        return False  # a lone "who / what" and one auxiliary both ways: ``_transposed``
    be = wa[ha] in _BE_T
    if be != (wb[hb] in _BE_T) or (not be and wa[ha] != wb[hb] and wb[hb] not in _DO_T):
        return False
    if not be and (wa[ha] in _DO_T) != (wb[hb] in _DO_T):
        return False
    ra, rb = wa[ha + 1 :], wb[hb + 1 :]
    for t in range(0, min(len(ra), len(rb)) - 1):
        if ra[len(ra) - t :] != rb[len(rb) - t :]:
            break
        ea, eb = len(ra) - t, len(rb) - t
        for y in range(1, _PRED_MAX + 1):
            if y >= eb or ea - y < 1:
                break
            pred = rb[:y]
            if ra[ea - y : ea] != pred:
                continue
            if not _pred(ra, ea - y, ea, be) and not (not be and pred in hyphened):
                continue
            xa, xb = ra[: ea - y], rb[y:eb]
            if len(xa) > _PLACED_MAX or len(xb) > _PLACED_MAX:
                continue
            if _same_party(xa, xb, wa[q:ha], wb[q:hb], ca[ha + 1 :], cb[hb + 1 + y :]):
                return not _both_ways(pred)
    return False


def _same_party(
    xa: tuple[str, ...],
    xb: tuple[str, ...],
    pa: tuple[str, ...],
    pb: tuple[str, ...],
    ca: tuple[str, ...],
    cb: tuple[str, ...],
) -> bool:
    """``xa`` and ``xb`` name one party: noun phrases with a noun in common, a word either
    leaves out said in the other side's wh-phrase ("Psychic Pokemon" / "type of Pokemon ...
    Psychic")."""
    if xa != xb and (len(xa) > _NP_MAX or len(xb) > _NP_MAX):
        return False
    if not _party_np(xa, ca) or not _party_np(xb, cb):
        return False
    if any(w in _WH_OBJ or w in _BE_T or w in _DO_T or w in _MODALS for w in xa + xb):
        return False
    shared = set(xa) & set(xb)
    if not any(ca[i] for i, w in enumerate(xa) if w in shared):
        return False
    return set(xa) - set(xb) <= set(pb) and set(xb) - set(xa) <= set(pa)


# Role pass 179 (blind rounds 324-326): the traded noun phrase may carry a place after its noun,
# "D (W..) N P (D') M.." ("Which maze was copied from the one at Hatfield House?" / "Which maze
# was the one at Hatfield House copied from?", "the cathedral in Florence"), "one" the head after
# a determiner ("the one in the Louvre"); the same words on both sides. P a preposition of place
# or origin (a closed class); the wh-phrase is still the copy on one side and the original on
# the other.
_PLACED_PREPS = frozenset("in at on from of near inside outside across behind".split())
_ONE = frozenset(("one", "ones"))
_PLACED_MAX = 2 * _NP_MAX + 1


def _party_np(x: tuple[str, ...], canon: tuple[str, ...]) -> bool:
    """``x`` is a noun phrase, or one with a place after it ("the one at Hatfield House")."""
    if len(x) <= _NP_MAX and _np(x, 0, len(x), canon):
        return True
    for p in range(1, min(len(x) - 1, _NP_MAX + 1)):
        if x[p] not in _PLACED_PREPS or len(x) - p - 1 > _NP_MAX:
            continue
        head = _np(x, 0, p, canon) or (p == 2 and x[0] in _NP_LEAD and x[1] in _ONE)
        if head and _np(x, p + 1, len(x), canon) and canon[len(x) - 1]:
            return True
    return False


def _both_ways(pred: tuple[str, ...]) -> bool:
    for w in pred:
        if w in _SYMMETRIC or w in _TAIL_SYMMETRIC or (canonical(w) or w) in _SYMMETRIC:
            return True
    return pred[-1] == "with"  # "What breeds can a husky live with?": done with each other


# Role pass 54 (blind rounds 155-157): "Which N ...?" read as "Who ...?".
_WHICH = frozenset(("which",))
_STRANDED_WITH = re.compile(r"\bwith\s*(?:[?.!,;]|$)", re.IGNORECASE)
_WHICH_STOP = _BE_T | _DO_T | _MODALS | _SUBJECT_CASE | _OBJECT_CASE | frozenset(_NP_LEAD)
_WHICH_OWNERS = frozenset(("the", "my", "our", "your", "his", "her", "their", "these", "those"))


def _which_end(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    """The end of a wh-phrase "which N" / "which of the N" both sides open with (0: none)."""
    if len(x) < 4 or x[0] not in _WHICH or x[0] != y[0]:
        return 0
    if x[1] == "of":
        e = 4 if x[2] in _WHICH_OWNERS and x[3] not in _WHICH_STOP else 0
        return e if e and x[:e] == y[:e] else 0
    e = 1
    while e < min(4, len(x) - 2, len(y) - 2) and x[e] == y[e] and x[e] not in _WHICH_STOP:
        e += 1
    if e > 2 and x[e - 1] in _WHICH_PLACE and x[e] in _WHICH_OWNERS:
        e = _place_end(x, y, e) or e
    return e if e > 1 else 0


# Role pass 108: "which N in / at / from the M" asked both ways ("Which kid in the co-op did my
# son copy P from?" / "Which kid in the co-op copied P from my son?")
_WHICH_PLACE = frozenset(("in", "at", "on", "from", "near", "inside", "across", "around"))


def _place_end(x: tuple[str, ...], y: tuple[str, ...], e: int) -> int:
    """The end of "which N P the M" from the determiner at ``e``: the same words on both sides
    up to a word they differ on, "do" (a question about the object) on one side; 0 if none."""
    k = e + 1
    while k < min(e + 5, len(x) - 2, len(y) - 2) and x[k] == y[k] and x[k] not in _WHICH_STOP:
        k += 1
    if k == e + 1:
        return 0
    if x[k] == y[k]:
        # role pass 144: the same "be" after the place phrase, a progressive asked about its
        # object on one side and its subject on the other ("Which N in the M was X V-ing?" /
        # "Which N in the M was V-ing X?")
        return k if x[k] in _BE_T and k + 1 < min(len(x), len(y)) and x[k + 1] != y[k + 1] else 0
    if not (x[k] in _DO_T or y[k] in _DO_T):
        return 0
    return k


def which_said_who(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "Which of the mates did the captain yell at?" / "Which of the mates yelled at the
    captain?" read as "Who did the captain yell at?" / "Who yelled at the captain?": the
    wh-phrase asked about, the doer on one side and the one done to on the other."""
    wa, wb = a.words, b.words
    if not wa or not wb or wa[0] not in _WHICH or wa == wb:
        return None
    e = _which_end(wa, wb)
    ea, eb = (e, e) if e else _modified_ends(wa, wb)
    if not ea or _STRANDED_WITH.search(a.source) or _STRANDED_WITH.search(b.source):
        return None  # "Which fish can live with a betta?" / "can a betta live with?": mutual
    return parse(" ".join(("who", *wa[ea:])) + "?"), parse(" ".join(("who", *wb[eb:])) + "?")


_WHICH_AUX = _BE_T | _DO_T | _MODALS


def _modified_ends(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[int, int]:
    """Role pass 84: the ends of two wh-phrases "which N" / "which M N", the same head noun
    with a modifier said on one side only, each followed by the same auxiliary ("Which
    perfume was named after X?" / "Which Guerlain perfume was X named after?"); (0, 0) if
    none."""
    if x[0] != y[0] or x[1:2] == ("of",) or y[1:2] == ("of",):
        return 0, 0
    ea = next((k for k in range(2, min(5, len(x) - 2)) if x[k] in _WHICH_STOP), 0)
    eb = next((k for k in range(2, min(5, len(y) - 2)) if y[k] in _WHICH_STOP), 0)
    if ea and eb and x[ea] == y[eb] and x[ea] in _WHICH_AUX:
        pass  # the same auxiliary after both
    elif ea and x[ea] in _DO_T:
        eb = _subject_end(y, x[ea - 1])
    elif eb and y[eb] in _DO_T:
        ea = _subject_end(x, y[eb - 1])
    else:
        return 0, 0
    if not ea or not eb:
        return 0, 0
    ma, mb = x[1:ea], y[1:eb]
    if ma[-1] != mb[-1] or not (set(ma) <= set(mb) or set(mb) <= set(ma)):
        return 0, 0
    return ea, eb


def _subject_end(t: tuple[str, ...], head: str) -> int:
    """Role pass 102: the end of "which (M) N" asked as the subject, its verb next, where the
    other side asks it as the object of "do" ("Which US company licensed P from X?" / "Which
    company did X license P from?"); 0 if none. "us" after "which" is a modifier ("US")."""
    k = next((k for k in range(2, min(5, len(t) - 2)) if t[k] == head), 0)
    if not k or t[k + 1] in _WHICH_STOP or not t[k + 1].isalpha():
        return 0
    if any(w in _WHICH_AUX or not w.isalpha() for w in t[1:k]):
        return 0
    return k + 1


def dative_said_to(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 56 (blind rounds 158-160): a double object read as the theme and "to" the
    receiver where the other side says the verb, the same theme and "to" ("Which groomsman
    should hand the groom his jacket?" read as "... hand his jacket to the groom?" against
    "Which groomsman should the groom hand his jacket to?"): the giver and the receiver traded
    then read as any other wh-question's."""
    if "to" not in a.words and "to" not in b.words:
        return None
    for x, y, first in ((a, b, True), (b, a, False)):
        said = _to_reading(x, y)
        if said is not None:
            return (said, y) if first else (y, said)
    return None


def _to_reading(x: Parsed, y: Parsed) -> Parsed | None:
    """``x`` read with "V R T" as "V T to R" where ``y`` says "V T to"."""
    wx, wy = x.words, y.words
    for t, word in enumerate(wy):
        if word != "to":
            continue
        for size in range(1, _NP_MAX + 1):
            j = t - size
            if j < 1 or not _np(wy, j, t, y.canon):
                continue
            theme, verb = wy[j:t], wy[j - 1]
            for i, said in enumerate(wx[:-2]):
                if said != verb:
                    continue
                for r in range(1, _NP_MAX + 1):
                    e = i + 1 + r
                    if e + size > len(wx) or wx[e : e + size] != theme:
                        continue
                    if _np(wx, i + 1, e, x.canon):
                        words = (*wx[: i + 1], *theme, "to", *wx[i + 1 : e], *wx[e + size :])
                        return parse(" ".join(words))
    return None


# Role pass 62 (blind round 170): "Who should the passport be mailed to?" asks the receiver,
# "Who should mail the passport to my kid?" the sender.
_WHO = frozenset(("who", "whom"))
_GOT = frozenset(("be", "been", "being", "get", "got", "gotten", "getting"))
_RECEIVER_PREPS = frozenset(("to", "for", "against", "about"))
_WHAT_N = frozenset(("which", "what"))
# an adverb after the stranded preposition: "Who is the turkey carved for first?"
_AFTER = frozenset("first last next now then today tonight tomorrow again instead later".split())
_CLAUSE_LEADS = frozenset(
    "if when while since because so and or but after before now at in on during by from".split()
)


def receiver_asked_sender(a: Parsed, b: Parsed) -> bool:
    """Role pass 62: "Who AUX T (be) V-ed to/for ...?" asks who the theme goes to, "Who (AUX)
    V T ...?" who sends it: the wh-word the receiver on one side and the doer on the other,
    the verb and its theme the same ("Who was the refund sent to?" / "Who sent the refund?").
    Role pass 70: the wh-phrase "which / what N" as well, an adverb after the stranded
    preposition, and the one a deed is done against or about ("Which guest is the turkey
    carved for first?" / "Which guest carves the turkey first?", "What team was the penalty
    awarded against?" / "What team awarded the penalty?"); not "on" or "at", which name a
    medium or a place as often ("Which station was the song played on?" / "Which station
    played the song?")."""
    if len(a.words) < 2 or len(b.words) < 2:
        return False
    if a.words[0] in _WHO and b.words[0] in _WHO:
        return _receiver_sender(a, b, 1) or _receiver_sender(b, a, 1)
    if a.words[0] in _WHAT_N and a.words[:2] == b.words[:2] and a.canon[1]:
        return _receiver_sender(a, b, 2) or _receiver_sender(b, a, 2)
    return False


def _receiver_sender(p: Parsed, q: Parsed, h: int) -> bool:
    """``p`` asks the receiver and ``q`` the doer, each after its wh-phrase ``h`` words long."""
    wp, wq = p.words, q.words
    if len(wp) < h + 4 or not (wp[h] in _BE_T or wp[h] in _DO_T or wp[h] in _MODALS):
        return False
    for t in range(h + 2, min(h + 2 + _NP_MAX, len(wp) - 1)):
        if not _np(wp, h + 1, t, p.canon):
            continue
        v = t + 1 if wp[t] in _GOT else t
        if v + 1 >= len(wp) or wp[v + 1] not in _RECEIVER_PREPS:
            continue
        if v + 2 < len(wp) and wp[v + 2] not in _CLAUSE_LEADS and wp[v + 2] not in _AFTER:
            continue  # "sent to my kid": the receiver named, not asked
        verb = _verb_key(wp[v], p.canon[v])
        head = wp[t - 1]
        for k in (h, h + 1):  # "Who mailed", "Who should mail": who the doer
            if k >= len(wq):  # "Which airline!": nothing after the wh-phrase
                break
            if k == h + 1 and not (wq[h] in _DO_T or wq[h] in _MODALS):
                break
            if k < len(wq) and verb and _verb_key(wq[k], q.canon[k]) == verb:
                return head in wq[k + 1 : k + 2 + _NP_MAX]
    return False


def _verb_key(word: str, canon: str) -> str:
    # the participle's verb canonicalised as the other side's word is ("driven" / "drive")
    # and the simple past as its base ("thrown" / "threw", role pass 70)
    base = PARTICIPLES.get(word) or BASE_OF_PAST.get(word)
    return canonical(base) if base else canon


# Role pass 103 (blind round 239): "Which N1 V the N2 that R?" asks for N1s, "Which N2 that N1
# V R?" for N2s: the wh-phrase's head traded with the noun of the relative clause.
_HEAD_LEADS = (("which",), ("what",), ("how", "many"))
_HEAD_RELS = frozenset(("_that", "_who", "_whom", "_which"))
_HEAD_DETS = frozenset(("_the", "_a", "_an", "_those", "_these", "_some", "_any"))
_HEAD_MAX = 3  # words of a noun or a verb phrase ("small birds", "like to eat")
_AGREEING = {"is": "be", "are": "be", "am": "be", "was": "was", "were": "was", "has": "have"}


def _head_keys(p: Parsed) -> tuple[str, ...]:
    """Each word by its canonical form, a function word as written after "_" (a be form
    agreeing)."""
    return tuple(c or "_" + _AGREEING.get(w, w) for w, c in zip(p.words, p.canon, strict=True))


def which_head_traded(a: Parsed, b: Parsed) -> bool:
    """ "Which birds eat the berries that are poisonous to humans?" / "Which berries that birds
    eat are poisonous to humans?": the same wh-lead, the head noun of one side the noun inside
    the other's relative clause and the one doing its verb there, the predicate after the
    clause the same; which of the two is asked for is traded. The same head on both sides
    ("Which birds eat berries that are toxic to humans?") is left."""
    wa, wb = a.words, b.words
    if len(wa) < 6 or len(wb) < 6 or wa[0] != wb[0] or wa[0] not in ("which", "what", "how"):
        return False
    lead = next((k for k in _HEAD_LEADS if wa[: len(k)] == k == wb[: len(k)]), None)
    if lead is None or wa[len(lead)] == wb[len(lead)]:
        return False
    ka, kb = _head_keys(a), _head_keys(b)
    if _HEAD_RELS.isdisjoint(ka[1:]) and _HEAD_RELS.isdisjoint(kb[1:]):
        return False
    return _head_traded(ka, kb, len(lead)) or _head_traded(kb, ka, len(lead))


def _noun(x: tuple[str, ...], i: int, j: int) -> bool:
    return all(w[:1] != "_" for w in x[i:j])


def _head_traded(p: tuple[str, ...], q: tuple[str, ...], s: int) -> bool:
    """``p`` "Which N1 V (D) N2 REL R", ``q`` "Which N2 (REL) (D) N1 V R" (keys, the lead
    ``s`` words long)."""
    for r in range(s + 3, len(p) - 1):
        if p[r] not in _HEAD_RELS:
            continue
        tail = p[r + 1 :]
        for n1 in range(1, _HEAD_MAX + 1):
            if not _noun(p, s, s + n1) or p[s + n1][:1] == "_":
                continue  # the verb opens with a content word
            first = p[s : s + n1]
            for v in range(1, _HEAD_MAX + 1):
                d = s + n1 + v
                if d >= r or not _HEAD_RELS.isdisjoint(p[s + n1 : d]):
                    break
                n2 = d + 1 if p[d] in _HEAD_DETS else d
                if not 0 < r - n2 <= _HEAD_MAX or not _noun(p, n2, r):
                    continue
                second, verb = p[n2:r], p[s + n1 : d]
                j = s + len(second)
                if first == second or q[s:j] != second:
                    continue
                j += j < len(q) and q[j] in _HEAD_RELS
                j += j < len(q) and q[j] in _HEAD_DETS
                if q[j : j + n1] == first and q[j + n1 : j + n1 + v] == verb:
                    if q[j + n1 + v :] == tail:
                        return True
    return False


# Role pass 126 (blind round 261): "Which N1 V (P) the N2 ...?" asks for the N1 doing it, "Which
# N2 AUX (D) (O's) N1 V (P)?" for the N2 it is done to: the wh-phrase moved from the doer to the
# one done to, the first side's asked head the second side's subject.
_ASKED_LEADS = frozenset(("which", "what"))
_ASKED_AUX = _BE_T | _DO_T | _MODALS | frozenset(("has", "have", "had"))
_ASKED_HEAD_MAX = 2  # "which receiver", "which phone app"
_ASKED_TAIL_MAX = 3  # after the second side's verb: a stranded preposition, an adverb
_AUX_AFTER = frozenset((w,) for w in _ASKED_AUX)
_ASKED_OWNER_MAX = 3  # before the second side's subject head: "my buddy's", "the neighbor's"


def which_asked_traded(a: Parsed, b: Parsed) -> bool:
    """ "Which radio interferes with the receiver my buddy is using?" / "Which receiver is my
    buddy's radio interfering with?", "Which dog attacked the cat my neighbor owns?" / "Which cat
    did my neighbor's dog attack?": the same verb, the heads asked for apart, one side's head the
    other's object and the other side's head the first side's subject. The same head asked on
    both sides ("Which radio interferes with my buddy's receiver?") is left."""
    wa, wb = a.words, b.words
    if len(wa) < 5 or len(wb) < 5 or wa[0] != wb[0] or wa[0] not in _ASKED_LEADS:
        return False
    if wa[1] == wb[1] or not (a.canon[1] and b.canon[1]):
        return False
    return _asked_traded(a, b) or _asked_traded(b, a)


def _asked_traded(p: Parsed, q: Parsed) -> bool:
    """``p`` "Which N1 V ... N2 ...", ``q`` "Which N2 AUX ... N1 V' (T)", V' the verb of V."""
    wp, wq, cp, cq = p.words, q.words, p.canon, q.canon
    for k in range(1, _ASKED_HEAD_MAX + 1):
        if k + 1 >= len(wq) or not cq[k]:
            break
        if wq[k + 1] not in _ASKED_AUX:
            continue
        second = wq[1 : k + 1]
        for j in range(k + 3, len(wq)):
            tail = wq[j + 1 :]
            if not cq[j] or len(tail) > _ASKED_TAIL_MAX or not set(tail) <= set(wp):
                continue
            for m in range(1, _ASKED_HEAD_MAX + 1):
                v = m + 1
                if v >= len(wp) - k or not all(cp[1:v]) or wp[m] != wq[j - 1]:
                    continue
                if cp[v] != cq[j] or wp[1:v] == second or wq[j - m : j] != wp[1:v]:
                    continue
                if j - m - (k + 2) > _ASKED_OWNER_MAX:
                    continue  # "do hospital chaplains receive on grief counseling": no subject
                for s in range(v + 1, len(wp) - k + 1):
                    # "What grief counseling training do ...": a compound head, not an object
                    if wp[s : s + k] == second and wp[s + k : s + k + 1] not in _AUX_AFTER:
                        return True
    return False


# Role pass 132 (blind rounds 270-272): a question's preposition said before "whom" ("From whom
# did Beto Perez learn the moves?") read as the same question with the preposition left at the
# end ("Who did Beto Perez learn the moves from?"), which the readers read: "Who learned the
# moves from Beto Perez?" asks for his students, not his teachers.
_PIED_RE = re.compile(
    r"^\s*(from|to|for|against|about) whom (did|does|do|will|would|should|can|could|has|have|had)"
    r" ([^?]+?)\s*\?",
    re.IGNORECASE,
)


def _stranded(text: str) -> str | None:
    m = _PIED_RE.match(text)
    if m is None:
        return None
    return f"Who {m[2]} {m[3]} {m[1].lower()}?{text[m.end() :]}"


def pied_whom_said_stranded(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "P whom AUX S V ...?" read as "Who AUX S V ... P?" on each side that says it."""
    if "whom" not in a.words and "whom" not in b.words:
        return None
    xa, xb = _stranded(a.source), _stranded(b.source)
    if xa is None and xb is None:
        return None
    return parse(xa or a.source), parse(xb or b.source)


# Role pass 137 (blind rounds 276-278): "Whose / Which N did X V R P?" asks for the N X V-ed R
# from (the source), "Which N V-ed R P X?" for the N that V-ed R from X (the copier): the asked
# N the stranded preposition's object on one side and the verb's doer on the other, with "do"
# on one side and the verb's own tense on the other ("Whose float did the winning entry copy
# its design from?" / "Which float copied its design from the winning entry?"). "Which N's R
# did X V?" (the same source) has no stranded preposition and is left; so is a verb done with
# each other ("play against", "V ... with").
_SOURCE_LEADS = frozenset(("whose", "which", "what"))
_SOURCE_HEAD_MAX = 3  # "which float", "whose old logo"
_SOURCE_REST_MAX = 4  # the verb's own object and the preposition: "its design from"
_SOURCE_NP_MAX = 6  # "the winning Rose Parade entry"


def whose_source_traded(a: Parsed, b: Parsed) -> bool:
    """ "Whose N did X V R P?" / "Which N V-ed R P X?" (the source against the copier)."""
    wa, wb = a.words, b.words
    if len(wa) < 5 or len(wb) < 5 or wa[0] not in _SOURCE_LEADS or wb[0] not in _SOURCE_LEADS:
        return False
    if _DO_T.isdisjoint(wa[2 : 2 + _SOURCE_HEAD_MAX]) and _DO_T.isdisjoint(
        wb[2 : 2 + _SOURCE_HEAD_MAX]
    ):
        return False
    return _source_traded(a, b) or _source_traded(b, a)


def _source_traded(p: Parsed, q: Parsed) -> bool:
    wp, wq = p.words, q.words
    d = next((k for k in range(2, 2 + _SOURCE_HEAD_MAX) if k < len(wp) and wp[k] in _DO_T), 0)
    if not d or len(wq) <= d or wp[1:d] != wq[1:d] or not all(p.canon[1:d]):
        return False
    if wq[d] in _DO_T or wq[d] in _BE_T or wq[d] in _MODALS or not q.canon[d]:
        return False
    verb = _verb_key(wq[d], q.canon[d])
    rest_q = wq[d + 1 :]
    for x in range(1, _SOURCE_NP_MAX + 1):
        v = d + 1 + x
        if v >= len(wp) or not _np(wp, d + 1, v, p.canon) or wp[v] in _DO_T:
            continue
        if _verb_key(wp[v], p.canon[v]) != verb:
            continue
        subject, rest_p = wp[d + 1 : v], wp[v + 1 :]
        for k in range(1, _SOURCE_REST_MAX + 1):
            if k > len(rest_p) or rest_p[:k] != rest_q[:k] or rest_p[k - 1] not in _PRED_ENDS:
                continue
            if rest_q[k : k + x] != subject or rest_p[k:] != rest_q[k + x :]:
                continue
            if not _both_ways((wp[v], *rest_p[:k])):
                return True
    return False
