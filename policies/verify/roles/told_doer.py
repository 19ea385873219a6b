"""Role pass 165 (blind round 304): who does the act traded between an object-control infinitive
and a told clause with "I" its subject ("ask my tandem partner to speak more slowly" / "tell my
tandem partner I'll speak more slowly").

``told_doer_traded`` (a trade, in ``_LATER_TRADES``): one side read as "W NP to V R" (NP, the
party the verb W is said to, does V) and the other as "W2 NP (that) I MOD V R" (the asker does
V), NP "D (M) N" or "him / her / them" said word for word on both sides, the same V and the same
rest R; the verbs W and W2 are free to differ ("ask" / "tell"). The same doer said both ways
("ask X to V" / "ask X if she can V", "tell X I'll V" / "let X know I will V") is left, as is an
embedded question with "I" ("ask X if I can V", the infinitive often the asker's own: pass 161).
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED, _MODALS, _party_before
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

# (NP, doer, V's stem, R): the doer "party" (the infinitive) or "asker" (the told clause)
_Reading = tuple[tuple[str, ...], str, str, tuple[str, ...]]


def _verb_at(t: tuple[str, ...], v: int) -> bool:
    return v < len(t) and t[v].isalpha() and t[v] not in _CLOSED


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out = []
    for k, c in enumerate(t):
        if c == "to":
            doer, v = "party", k + 1
        elif c == "i" and k + 2 < len(t) and t[k + 1] in _MODALS:
            doer, v = "asker", k + 2
        elif c == "that" and t[k + 1 : k + 2] == ("i",) and k + 3 < len(t) and t[k + 2] in _MODALS:
            doer, v = "asker", k + 3
        else:
            continue
        party = _party_before(t, k)
        if party is None or not _verb_at(t, v):
            continue
        j, np = party
        if doer == "asker" and (j == 0 or not t[j - 1].isalpha() or t[j - 1] in _CLOSED):
            continue  # the told clause needs its verb of saying before NP
        if j and (not t[j - 1].isalpha() or t[j - 1] in _CLOSED):
            continue
        out.append((np, doer, stem(t[v]), t[v + 1 :]))
    return out


def told_doer_traded(a: Parsed, b: Parsed) -> bool:
    if "i" not in a.words and "i" not in b.words:
        return False
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    return any(x[0] == y[0] and x[2:] == y[2:] and x[1] != y[1] for x in ra for y in rb)
