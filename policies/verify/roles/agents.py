"""An owner made the doer: "The other driver's father's car was totaled" / "The other driver's
car was totaled by his father". One side names a person as the owner of the thing a passive is
about ("X's car was totaled", no doer), the other names the same person as the doer after "by"
and not as an owner: whose car it was and who wrecked it both changed.
"""

from __future__ import annotations

from policies.verify.roles.kept import _tokens
from policies.verify.text import Parsed

_AUX = frozenset("is are was were be been being get gets got gotten".split())
_LEADS = frozenset("the a an my our his her their your its".split())
_DOER_MAX = 3  # "by his father", "by my older brother"
_GAP = 6  # the auxiliary at most this far before "by"


def owner_made_doer(a: Parsed, b: Parsed) -> bool:
    if "by" not in a.words and "by" not in b.words:
        return False
    ta, tb = _tokens(a), _tokens(b)
    return _made_doer(ta, tb) or _made_doer(tb, ta)


def _made_doer(tx: list[str], ty: list[str]) -> bool:
    """``tx`` a passive with no doer and "Y's" an owner, ``ty`` the passive "... by <Y>"."""
    if "by" in tx or _AUX.isdisjoint(tx):
        return False
    for j, t in enumerate(ty[2:-1], start=2):
        if t != "by" or ty[j + 1] not in _LEADS or _AUX.isdisjoint(ty[max(0, j - _GAP) : j - 1]):
            continue  # "was totaled by", "was stolen last night by"
        for e in range(j + 2, min(j + 2 + _DOER_MAX, len(ty))):
            doer = ty[e]
            if doer.endswith("'s") or not doer.isalpha():
                break
            if doer + "'s" in tx and doer + "'s" not in ty:
                return True
    return False
