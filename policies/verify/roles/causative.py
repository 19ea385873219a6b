"""The thing that moved made the asker's doing (role pass 69, round 186).

``caused_motion_traded``: one side says a thing moved at the asker, the verb intransitive ("A
drone hovered over me while I was sunbathing"), the other that the asker moved the thing at
someone else, the same verb causative ("I hovered a drone over someone sunbathing"): "D N V P
me" / "I V D' N P X", the same verb, noun and preposition, X not the asker. The asker is
where the thing went on one side and who sent it on the other ("A ball rolled into me" / "I
rolled a ball into him", "A kite crashed onto us" / "We crashed a kite onto their car"). The
thing sent by someone else ("Someone hovered a drone over me") or at the asker again ("I
flew a drone over my yard") is no trade.

Role pass 78 (round 204): the place the asker's ("D N V-s P my M" / "I V D' N P X's M", "my"
moved from the place to the thing: "Who do I call if a paraglider lands on my property?" /
"... if I land my paraglider on someone's property?", "A ball rolled into my car" / "I rolled
a ball into someone's car"), the verb agreeing with either subject ("lands" / "land"). The
place must be the same noun, another's or no one's on the asker's side ("on a neighbor's
property", "on the property"); the asker's again ("I land my paraglider on my property") is
no trade.

Role pass 81 (round 207): ``caused_doer_traded``, a causative against the plain act with the
doer of a later clause traded: "How do I duplicate a drawing the spectator made in secret?" (I
duplicate it, the spectator made it) / "How do I make a spectator duplicate a drawing I made in
secret?" (the spectator duplicates it, I made it). One side "I make / have / let / get / help X
(to) V R", the other "I V R'", R' the same as R but that X stands where R's "I" (or "we")
stands as a doer: who does V and who did the later act traded together. The plain act with no
one put in the other's place ("How do I make my dog stop barking?" / "How do I stop my dog
barking?"), the asker the later doer on both sides, and the asker in another case ("with me",
done together) are no trade.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_DETS = frozenset("a an the some my our his her their this that".split())
_AT_ME = frozenset(("me", "us"))
_ASKERS = frozenset(("i", "we"))
_MINE = frozenset("i me we us my our myself ourselves".split())
_OPENERS = frozenset("if when while after before because since and but so that".split())
_PREPS = frozenset(
    "over into onto on in at toward towards through across under past above near around".split()
)
_NP_MAX = 3  # "a drone", "a delivery drone", "the neighbor's drone"


def caused_motion_traded(a: Parsed, b: Parsed) -> bool:
    if _ASKERS.isdisjoint(a.words + b.words):
        return False
    if _AT_ME.isdisjoint(a.words + b.words) and _PLACE_OWNERS.isdisjoint(a.words + b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "... D N V P me ..." (or "P my M"), y "I V D' N P X ...", X not the asker ("X's M")."""
    sent: set[tuple[str, tuple[str, ...], str, str]] = set()
    for i in range(1, len(x) - 2):
        if x[i + 1] not in _PREPS:
            continue
        place = _my_place(x, i + 2)
        if place is None:
            continue
        for k in range(2, _NP_MAX + 1):
            np = x[i - k : i]
            if len(np) == k and np[0] in _DETS and all(w.isalpha() for w in np[1:]):
                sent.add((x[i], np[1:], x[i + 1], place))
    if not sent:
        return False
    for j in range(len(y) - 4):
        if y[j] not in _ASKERS or (j and y[j - 1] not in MARKS and y[j - 1] not in _OPENERS):
            continue
        for verb, noun, prep, place in sent:
            n = len(noun)
            end = j + 2 + n
            if not _same_verb(y[j + 1], verb) or y[j + 2] not in _DETS:
                continue
            if y[j + 3 : end + 1] != noun or end + 2 >= len(y) or y[end + 1] != prep:
                continue
            if place == "" and y[end + 2] not in _MINE and y[end + 2] not in MARKS:
                return True
            if place and _others_place(y, end + 2, place):
                return True
    return False


_PLACE_OWNERS = frozenset(("my", "our"))
_OTHER_LEADS = frozenset("a an the another someone's somebody's".split())
_OWNER_MAX = 3  # "someone's", "a neighbor's", "the next door neighbor's"


def _my_place(x: tuple[str, ...], k: int) -> str | None:
    """ "" for "me / us" at ``k``, M for "my / our M", else None."""
    if x[k] in _AT_ME:
        return ""
    if x[k] in _PLACE_OWNERS and k + 1 < len(x) and x[k + 1].isalpha():
        return x[k + 1]
    return None


def _others_place(y: tuple[str, ...], k: int, place: str) -> bool:
    """y at ``k`` names ``place`` as another's or no one's: "someone's M", "a / the M", "a
    neighbor's M" (no "my / our" before it)."""
    if y[k] not in _OTHER_LEADS and not y[k].endswith("'s"):
        return False
    for m in range(k, min(k + _OWNER_MAX + 1, len(y))):
        w = y[m]
        if w == place:
            return m > k
        if w in _MINE or w in MARKS or not (w.isalpha() or w.endswith("'s")):
            return False
    return False


def _same_verb(plain: str, said: str) -> bool:
    """The verb after "I" the one after the thing, or its plain form ("land" / "lands")."""
    if plain == said:
        return True
    return said in (plain + "s", plain + "es") or (
        plain.endswith("y") and said == plain[:-1] + "ies"
    )


# --- role pass 81: a causative's doer traded with a later clause's doer ----------------------

_CAUSERS = frozenset(
    "make makes made making have has had having let lets letting get gets got getting help helps"
    " helped helping force forces forced forcing".split()
)
_CAUSE_ASKERS = frozenset(("i", "we"))
_NP_LEADS = frozenset("a an the my our his her their your this that some another".split())
_OBJECT_SUBJECT = {"him": "he", "her": "she", "them": "they"}
_NOT_NP = MARKS | frozenset(
    "to and or but who whom that which for with from in on at of by about as if when while"
    " after before because so than i me we us you he him she they them it not".split()
)
_CAUSEE_MAX = 3  # "a spectator", "my little brother", "the new hire"
_AGREE = {"am": "is", "are": "is", "have": "has", "do": "does", "were": "was"}


def caused_doer_traded(a: Parsed, b: Parsed) -> bool:
    ca, cb = not _CAUSERS.isdisjoint(a.words), not _CAUSERS.isdisjoint(b.words)
    if not (ca or cb):
        return False
    if _CAUSE_ASKERS.isdisjoint(a.words) or _CAUSE_ASKERS.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return (ca and _caused(ta, tb)) or (cb and _caused(tb, ta))


def _caused(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "... I CAUSE X (to) V R", y "... I V R'": R' is R with X where R's "I" does an act."""
    for i in range(len(x) - 3):
        if x[i] not in _CAUSE_ASKERS or x[i + 1] not in _CAUSERS:
            continue
        for causee, e in _causees(x, i + 2):
            if e < len(x) and x[e] == "to":
                e += 1
            if e >= len(x) - 1 or not x[e].isalpha() or x[e] in _NOT_NP:
                continue
            for j in range(len(y) - 2):
                if y[j] != x[i] or not _same_act(y[j + 1], x[e]):
                    continue
                if _doer_put(x[e + 1 :], y[j + 2 :], x[i], causee):
                    return True
    return False


def _causees(x: tuple[str, ...], k: int) -> list[tuple[tuple[str, ...], int]]:
    """The one caused to act at ``k`` (its words without a lead: "spectator" of "a spectator",
    "he" for "him") and where the words after it start, for each length it may have."""
    w = x[k]
    if w in _OBJECT_SUBJECT:
        return [((_OBJECT_SUBJECT[w],), k + 1)]
    start = k + 1 if w in _NP_LEADS else k
    out = []
    for e in range(start + 1, min(start + _CAUSEE_MAX, len(x)) + 1):
        words = x[start:e]
        if any(not t.isalpha() or t in _NOT_NP or t in _NP_LEADS for t in words):
            break
        out.append((words, e))
    return out


def _doer_put(
    rx: tuple[str, ...], ry: tuple[str, ...], asker: str, causee: tuple[str, ...]
) -> bool:
    """``ry`` is ``rx`` with the causee (any lead before it) where ``rx`` says the asker as the
    doer of the next word (the subject case: "with me" is no doer), a verb agreeing with
    either."""
    n = len(causee)
    for q in range(len(rx) - 1):
        if rx[q] != asker or ry[:q] != rx[:q]:
            continue
        p = q + (q < len(ry) and ry[q] in _NP_LEADS and causee[0] not in ("he", "she", "they"))
        if ry[p : p + n] != causee or p + n >= len(ry):
            continue
        after_x, after_y = rx[q + 1 :], ry[p + n :]
        if not after_x or not after_y or after_x[1:] != after_y[1:]:
            continue
        vx, vy = after_x[0], after_y[0]
        if not vx.isalpha() or vx in _NOT_NP:
            continue  # a doer acts: a verb follows the asker ("I made" / "the spectator made")
        if vx == vy or _AGREE.get(vx) == vy or _same_verb(vx, vy):
            return True
    return False


def _same_act(said: str, caused: str) -> bool:
    """The plain act's verb the caused one's, in any form ("duplicate" / "duplicated")."""
    return said == caused or (said.isalpha() and stem(said) == stem(caused))


# --- role pass 120: the causer's group and the causee traded ---------------------------------

# Blind round 256: "How can I get the younger paddlers to respect me as captain?" / "How can we
# younger paddlers get the captain to respect us?": one side the asker gets a group (Ns) to V
# the asker, the other the asker, one of those Ns ("we Ns"), gets another to V them. The one
# caused to V is the Ns on one side and someone else on the other, and the Ns are who it is
# done to there: who does it to whom traded. The same causee on both sides ("I get my students
# to trust me" / "we teachers get our students to trust us") is one doer and is left.
_GROUP_CAUSERS = frozenset(
    "get gets got getting convince convinces convinced convincing persuade persuades persuaded"
    " persuading encourage encourages encouraged encouraging".split()
)
_CAUSED_AT = {"i": "me", "we": "us"}
_GROUP_MAX = 3  # "we younger paddlers", "we new hires"
_AT_PREPS = frozenset("to at with on for about".split())


def caused_group_traded(a: Parsed, b: Parsed) -> bool:
    """ "I get the Ns to V me" / "we Ns get the X to V us" (or "we Ms get the Ns to V us"): the
    causee of one side the causer's group of the other, the two causees apart."""
    if "us" not in a.words and "us" not in b.words:
        return False
    if _GROUP_CAUSERS.isdisjoint(a.words) or _GROUP_CAUSERS.isdisjoint(b.words):
        return False
    ra, rb = _group_caused(tokens(a.source)), _group_caused(tokens(b.source))
    for ga, ca, va in ra:
        for gb, cb, vb in rb:
            if va == vb and ga != gb and ca != cb and (ca == gb or cb == ga):
                return True
    return False


def _one(w: str) -> str:
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _group_caused(x: tuple[str, ...]) -> list[tuple[str, str, tuple[str, str]]]:
    """(the causer's group head or "", the causee's head, (V's stem, its preposition)) for each
    "I CAUSE X to V (P) me" and "we (Ns) CAUSE X to V (P) us"."""
    out = []
    for k in range(1, len(x) - 4):
        if x[k] not in _GROUP_CAUSERS:
            continue
        j = k - 1
        while j >= 0 and k - j <= _GROUP_MAX and x[j] not in _CAUSED_AT:
            if not x[j].isalpha() or x[j] in _NOT_NP:
                break
            j -= 1
        if j < 0 or x[j] not in _CAUSED_AT:
            continue
        at = _CAUSED_AT[x[j]]
        if j + 1 < k and x[j] != "we":
            continue  # "I, a captain, get": a group said only after "we"
        group = _one(x[k - 1]) if j + 1 < k else ""
        for causee, e in _causees(x, k + 1):
            if e + 2 >= len(x) or x[e] != "to" or x[e + 1] in _NOT_NP:
                continue
            v, p = x[e + 1], e + 2
            prep = ""
            if x[p] in _AT_PREPS and p + 1 < len(x):
                prep, p = x[p], p + 1
            if x[p] == at:
                out.append((group, _one(causee[-1]), (stem(v), prep)))
    return out
