"""Role pass 151 (blind round 293): who does the asked deed traded through "ask" ("A taco truck
asked me to pay with Venmo" / "A customer asked to pay my taco truck with Venmo"; "My tutor asked
me to pay in advance" / "A student asked to pay my tutoring business in advance").

``control_owner_traded`` (a trade, in ``_LATER_TRADES``): one side "S W PRON to V R", the
pronoun W's object and so the doer of V (the one asked pays), the other "S2 W to V OWN N R", no
object after W, so its subject S2 does V, done to N owned by the same person as the pronoun
("me" / "my", "us" / "our", "him" / "his"). W is the same verb on both sides (its agreement
free), V the same verb and R, every word after it, the same: the one asked is the doer on one
side and the owner of the one the deed is done to on the other. The same doer said another way
("asked me to pay" / "wants me to pay", "asked that I pay") has no such pair and is left."""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, OBJECTIVE, OWNER, PERSON, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_N_MAX = 4  # "my taco truck", "my tutoring business", "our family's food truck"
_NOT_VERBS = MARKS | AUX | COPULA | frozenset(("to", "not", "that", "and", "or"))


def _asked_doer(t: tuple[str, ...]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(W's stem, the object's person, V, R) of each "W PRON to V R" with a subject before W."""
    out = []
    for i in range(2, len(t) - 2):
        w, v = t[i - 1], t[i + 2]
        if t[i] not in OBJECTIVE or t[i + 1] != "to" or w in _NOT_VERBS or v in _NOT_VERBS:
            continue
        if w.isalpha() and v.isalpha() and t[i] in PERSON:
            out.append((stem(w), PERSON[t[i]], v, t[i + 3 :]))
    return out


def _asked_owner(t: tuple[str, ...], w: str, who: str, v: str, rest: tuple[str, ...]) -> bool:
    """ "S2 W to V OWN N R": W with no object, V done to a thing of ``who``."""
    for j in range(2, len(t) - 3):
        if t[j] != "to" or t[j + 1] != v or stem(t[j - 1]) != w or OWNER.get(t[j + 2]) != who:
            continue
        for n in range(1, _N_MAX + 1):
            noun = t[j + 3 : j + 3 + n]
            if len(noun) < n or any(x in _NOT_VERBS or x in PERSON for x in noun):
                break
            if t[j + 3 + n :] == rest:
                return True
    return False


def control_owner_traded(a: Parsed, b: Parsed) -> bool:
    if "to" not in a.words or "to" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        for w, who, v, rest in _asked_doer(x):
            if _asked_owner(y, w, who, v, rest):
                return True
    return False
