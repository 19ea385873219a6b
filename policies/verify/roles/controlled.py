"""A controlled verb's subject traded through a passive complement (round 64): "Can our
officiant back out of marrying us?" / "Can we back out of being married by our officiant?",
"Can my doctor refuse to treat me?" / "Can I refuse to be treated by my doctor?". The
complement's event is the same (the officiant marries us),
but who backs out, refuses, avoids or wants it is not: one side is "P X M V-ing Y Q" (or "to V
Y"), the other "P Y M being V-ed by X Q" (or "to be V-ed by X"), M the same words.

A raising, aspect or modal word in M says nothing about a doer of its own ("Is my dog at risk
of biting the kids?" / "Are the kids at risk of being bitten by my dog?", "have to", "keep",
"stop"): no trade here.
"""

from __future__ import annotations

from policies.verify.roles.kept import _same_verb, _tokens
from policies.verify.text import Parsed
from policies.verify.words import canonical

_PASSIVE = frozenset(("being", "be"))
_STRANDED = frozenset("up off out on at to with for about over down away back in".split())
_ENDS = frozenset(", ; and or but if when because while before after since so that".split())
_RAISING = frozenset(
    """risk risks likely unlikely chance chances odds danger probability possible possibility
    seem seems seemed appear appears appeared tend tends tended bound sure certain going about
    supposed expected liable need needs needed have has had got ought must start starts started
    begin begins began continue continues continued keep keeps kept stop stops stopped used
    deserve deserves deserved""".split()
)
# the verb agreeing with another subject ("my son is" / "his classmates are")
_AGREE = {"am": "is", "are": "is", "were": "was", "does": "do", "has": "have"}
_X_MAX = 5
_Y_MAX = 4


def _verb_eq(active: str, passive: str) -> bool:
    """ "marrying" / "married", "treat" / "treated", "bite" / "bitten"."""
    if _same_verb(active, passive):
        return True
    if active.endswith("ing") and len(active) > 5:
        return canonical(active) == canonical(passive)
    return False


def _suffix(x: list[str], y: list[str]) -> int:
    n = 0
    while n < len(x) and n < len(y) and x[-1 - n] == y[-1 - n]:
        n += 1
    return n


def _traded(ta: list[str], tb: list[str]) -> bool:
    """``tb`` "P Y M being V-ed by X Q", ``ta`` "P X M V-ing Y Q"."""
    for g, w in enumerate(tb[:-2]):
        if w not in _PASSIVE or g == 0 or (w == "be" and tb[g - 1] != "to"):
            continue
        part = tb[g + 1]
        by = g + 2
        while by < len(tb) and by < g + 4 and tb[by] in _STRANDED:
            by += 1
        if by >= len(tb) - 1 or tb[by] != "by":
            continue
        for x in range(1, _X_MAX + 1):
            agent = tb[by + 1 : by + 1 + x]
            if len(agent) < x or _ENDS.intersection(agent):
                break
            rest = tb[by + 1 + x :]
            if len(ta) < len(rest) + 3 or (rest and ta[len(ta) - len(rest) :] != rest):
                continue
            end = len(ta) - len(rest)
            for y in range(1, _Y_MAX + 1):
                h = end - y - 1 - (by - g - 2)  # the verb, then its particles as in ``tb``
                if h < 2 or not _verb_eq(ta[h], part):
                    continue
                if ta[h + 1 : h + 1 + by - g - 2] != tb[g + 2 : by]:
                    continue
                undergoer = ta[end - y : end]
                if w == "be" and ta[h - 1] != "to":
                    continue
                before_a, before_b = ta[: h - (w == "be")], tb[: g - (w == "be")]
                m = _suffix(before_a, before_b)
                if m == 0 or not _RAISING.isdisjoint(before_b[len(before_b) - m :]):
                    continue
                head_a, head_b = before_a[: len(before_a) - m], before_b[: len(before_b) - m]
                if head_a[len(head_a) - x :] != agent or head_b[len(head_b) - y :] != undergoer:
                    continue
                if head_a[: len(head_a) - x] == head_b[: len(head_b) - y] and agent != undergoer:
                    return True
    return False


def complement_voice_traded(a: Parsed, b: Parsed) -> bool:
    in_a = "by" in a.words and not _PASSIVE.isdisjoint(a.words)
    in_b = "by" in b.words and not _PASSIVE.isdisjoint(b.words)
    if not (in_a or in_b):
        return False
    ta = [_AGREE.get(t, t) for t in _tokens(a)]
    tb = [_AGREE.get(t, t) for t in _tokens(b)]
    return (in_b and _traded(ta, tb)) or (in_a and _traded(tb, ta))
