"""Role pass 214 (blind rounds 378-380): the doer and the recipient of an object relative traded
between the asker and another party ("handwoven scarves I sell to a shop" / "handwoven scarves a
shop sells for me": the asker sells to the shop, or the shop sells on the asker's behalf).

``relative_recipient_traded`` (a trade, in ``_LATER_TRADES``): one side read as "P H (R) I / we
V to X.. T" (H the relative's head, an open word; R an optional relative word, "that / which";
V an open word; X.. an optional determiner or owner word and one to three open words, the
recipient; T the rest), rebuilt as "P H (R) X.. V for / to me / us T": the party moved into the
relative's subject and the asker into a "for / to" phrase. The other side is that rebuilt text,
word for word by stem (the relative word free to be dropped or added): there the party does the
act for the asker, here the asker does it to the party. The same roles said two ways ("that I
sell to a shop", "I sell to shops"), politeness and filler are left (the rebuilt text must be
the other side's, so another verb or another word is left).
"""

from __future__ import annotations

from policies.verify.roles.written import LEADS, NOT_IN_PHRASE, rebuilt_says, tokens
from policies.verify.text import Parsed

_ASKER = {"i": "me", "we": "us"}
_RELATIVE = frozenset(("that", "which"))
_TO_ASKER = ("for", "to")  # closed: "sells for me", "lends to me"
_X_MAX = 3  # "the local craft shop"


def _open(w: str) -> bool:
    return w.isalpha() and w not in NOT_IN_PHRASE


def _rebuilt(t: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for i in range(1, len(t) - 3):
        me = _ASKER.get(t[i])
        if me is None or not _open(t[i + 1]) or t[i + 2] != "to":
            continue
        h = i - 1
        lead = t[:i]
        if t[h] in _RELATIVE:
            if h < 1 or not _open(t[h - 1]):
                continue
            heads = [lead, t[:h]]
        elif _open(t[h]):
            heads = [lead, (*lead, "that"), (*lead, "which")]
        else:
            continue
        start = i + 3
        if start < len(t) and t[start] in LEADS:
            start += 1
        for k in range(1, _X_MAX + 1):
            end = start + k
            if end > len(t) or not _open(t[end - 1]):
                break
            party = t[i + 3 : end]
            for prep in _TO_ASKER:
                for head in heads:
                    out.append((*head, *party, t[i + 1], prep, me, *t[end:]))
    return out


def relative_recipient_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    for mine, other in ((ta, tb), (tb, ta)):
        if not ("me" in other or "us" in other):
            continue
        if rebuilt_says(mine, other, _rebuilt):
            return True
    return False
