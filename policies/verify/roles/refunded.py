"""Who pays whom and who is late, traded across a causative or a possessor (role pass 154).

``caused_payer_traded``: "I get / make / have X to V me / us (R)" against "I V X (R')": the
causee does V to the asker on one side, the asker does V to it on the other, the same verb and
the causee word for word after any lead ("How do I get the theater to refund me for a cancelled
show?" / "How do I refund the theater for a show I cancelled?", "get my landlord to reimburse
me" / "reimburse my landlord"). The rest is free to differ. A causee said as a pronoun, or the
causative on both sides ("make my landlord reimburse me"), is no trade.

``late_party_traded``: "my N's (M) H BE W ..." against "my N BE W V-ing D (M) H ...": the
subject of "BE W" the possessor's party (H) on one side and the possessor (my N) itself on the
other, H the gerund's object there ("My float spa's supplier is late with salt" / "My float spa
is late paying the salt supplier"). The same party said another way on both sides ("my float
spa's salt supplier is late") is no trade.
"""

from __future__ import annotations

from policies.verify.roles.causative import _causees
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKERS = frozenset(("i", "we"))
_AT_ASKER = {"i": frozenset(("me",)), "we": frozenset(("us", "me"))}
_GETTERS = frozenset("get gets got getting make makes made have has had".split())
_LEADS = frozenset("a an the my our his her their its your this that some".split())
_PRONOUNS = frozenset(("he", "she", "they", "it"))
_BE = frozenset("is are was were".split())
_MODS_MAX = 2  # "the salt supplier", "its main flour supplier"
_OWNER_MAX = 3  # "my float spa's", "my little flower shop's"


def caused_payer_traded(a: Parsed, b: Parsed) -> bool:
    if _GETTERS.isdisjoint(a.words) and _GETTERS.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _paid(ta, tb) or _paid(tb, ta)


def _paid(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "I GET X to V me", y "I V X" (no "to V me" in y)."""
    for k in range(1, len(x) - 4):
        if x[k] not in _GETTERS or x[k - 1] not in _ASKERS:
            continue
        asker = x[k - 1]
        for causee, e in _causees(x, k + 1):
            if causee[0] in _PRONOUNS or e + 2 >= len(x) or x[e] != "to":
                continue
            verb = x[e + 1]
            if x[e + 2] not in _AT_ASKER[asker]:
                continue
            if _said_to_asker(y, verb, asker):
                return False
            if _done_by_asker(y, verb, causee, asker):
                return True
    return False


def _said_to_asker(y: tuple[str, ...], verb: str, asker: str) -> bool:
    return any(
        y[j] == "to" and stem(y[j + 1]) == stem(verb) and y[j + 2] in _AT_ASKER[asker]
        for j in range(len(y) - 2)
    )


def _done_by_asker(y: tuple[str, ...], verb: str, causee: tuple[str, ...], asker: str) -> bool:
    n = len(causee)
    for j in range(len(y) - 2):
        if y[j] != asker or stem(y[j + 1]) != stem(verb) or y[j + 1] == "to":
            continue
        p = j + 2 + (y[j + 2] in _LEADS)
        if y[p : p + n] == causee and (p + n >= len(y) or _np_ends(y[p + n])):
            return True
    return False


_AFTER_NP = frozenset("for to from with on at in about by of back".split())


def _np_ends(w: str) -> bool:
    """The noun phrase ends before ``w``: a mark or a preposition."""
    return w in MARKS or not w.isalpha() or w in _AFTER_NP


def late_party_traded(a: Parsed, b: Parsed) -> bool:
    if _BE.isdisjoint(a.words) or _BE.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _late(ta, tb) or _late(tb, ta)


def _late(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "my N's (M) H BE W", y "my N BE W V-ing D (M) H"."""
    for i in range(len(x) - 4):
        if x[i] not in ("my", "our"):
            continue
        for o in range(i + 1, min(i + 1 + _OWNER_MAX, len(x))):
            if x[o].endswith("'s"):
                break
            if not x[o].isalpha():
                o = -1
                break
        else:
            continue
        if o < 0 or not x[o].endswith("'s"):
            continue
        owner = (*x[i + 1 : o], x[o][:-2])
        for h in range(o + 1, min(o + 2 + _MODS_MAX, len(x) - 2)):
            if not x[h].isalpha() or x[h] in _BE:
                break
            if x[h + 1] in _BE and _owner_late(y, x[i], owner, x[h + 1 :], x[h]):
                return True
    return False


def _owner_late(
    y: tuple[str, ...], my: str, owner: tuple[str, ...], be_w: tuple[str, ...], head: str
) -> bool:
    n = len(owner)
    for i in range(len(y) - n - 4):
        if y[i] != my or y[i + 1 : i + 1 + n] != owner:
            continue
        p = i + 1 + n
        if y[p] not in _BE or y[p + 1] != be_w[1] or not y[p + 2].endswith("ing"):
            continue
        q = p + 3
        if q < len(y) and y[q] in _LEADS:
            q += 1
        for m in range(q, min(q + _MODS_MAX + 1, len(y))):
            if y[m] == head:
                return m + 1 >= len(y) or _np_ends(y[m + 1])
            if not y[m].isalpha():
                break
    return False
