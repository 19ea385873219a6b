"""Two verbs, one in a relative clause, with the people traded around both at once: "I
reported the driver who nearly hit me" / "The driver who I nearly hit reported me". One side
says "S V1 <head> who M V2 O T" (the head the object of the main verb, the subject of the
clause), the other "<head> who S M V2 V1 O T" (the head the subject of the main verb, the
object of the clause): who did each thing to whom changed twice, with every word in place.
"""

from __future__ import annotations

from policies.verify.roles.kept import _same_verb
from policies.verify.roles.tokens import _NP_LEAD
from policies.verify.text import Parsed

_REL = frozenset(("who", "whom", "that"))
_SUBJ = frozenset("i we you he she they".split())
_NOT_MAIN = frozenset(
    "is are was were am be been being has have had do does did will would can could should"
    " must may might know think".split()
)
_HEAD_MAX = 4  # "the other delivery driver"


def relative_and_main_traded(a: Parsed, b: Parsed) -> bool:
    return _traded(a, b) or _traded(b, a)


def _traded(x: Parsed, y: Parsed) -> bool:
    """``x`` is "S V1 H who M V2 O T", ``y`` "H who S M V2 V1 O T"."""
    wx, wy = x.words, y.words
    if len(wx) != len(wy) or not wy or wy[0] not in _NP_LEAD:
        return False
    for h in range(2, min(_HEAD_MAX, len(wy) - 3) + 1):
        if wy[h] not in _REL:
            continue
        head = wy[:h]
        for s in range(1, 3):  # "I", "my son"
            subj = wx[:s]
            if wy[h + 1 : h + 1 + s] != subj or (s == 1 and subj[0] not in _SUBJ):
                continue
            v1 = s
            if wx[v1] in _NOT_MAIN or wx[v1 + 1 : v1 + 1 + h] != head:
                continue
            q = v1 + 1 + h
            if q >= len(wx) or wx[q] != wy[h]:
                continue
            body, rest = wx[q + 1 :], wy[h + 1 + s :]
            for k in range(1, len(rest) - 1):
                if rest[:k] + rest[k + 1 :] == body and _same_verb(wx[v1], rest[k]):
                    return True
    return False
