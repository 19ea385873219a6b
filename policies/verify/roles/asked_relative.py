"""The doer of the main verb traded between the asker's party and the asker, the object keeping
a relative the asker does ("My N V1 the X I V2-ed" / "I V1 the X my N asked me to V2", role pass
222, blind rounds 390-395).

``asked_relative_doer_traded`` (a trade, in ``_LATER_TRADES``): one side says "P O N.. V1 D
X.. (that) I / we V2 T" (P the same words on both sides; O a determiner or owner; N.. one to
three open words, the party; V1 an open word, the main verb; D a determiner or owner; X.. one to
three open words, the object; V2 an open word, the relative's verb, its subject the asker; T the
rest), read again as "P I / we V1 D X.. (that) O N.. W me / us to V2 T" (W any open word, an
object-control verb: "asked / wanted / paid / hired"), and that reading the other side word for
word by stem: on both sides the asker does the relative's act, but the party does the main act
on one side and the asker on the other ("My customer broke the chair I recaned; who pays for the
repair?" / "I broke the chair my customer asked me to recane; who pays for the repair?", "My
tenant damaged the wall I painted" / "I damaged the wall my tenant asked me to paint"). The same
doer both sides ("The chair I recaned was broken by my customer"), politeness and filler are
left (the reading must be the other side's).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    open_word,
    phrase_ends,
    reads_as_other,
    tokens,
)
from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKER = {"i": "me", "we": "us"}
_REL = frozenset(("that", "which"))
_N_MAX = 3  # "my upstairs tenant"
_X_MAX = 3  # "the antique rocking chair"
_ANY = ""  # the object-control verb's slot: any open word
_Words = tuple[str, ...]


def _readings(t: _Words) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for p in range(n - 6):
        for v1 in phrase_ends(t, p, _N_MAX, lead=True):
            if v1 + 1 >= n or not open_word(t[v1]):
                continue
            for r in phrase_ends(t, v1 + 1, _X_MAX, lead=True):
                s = r + 1 if r < n and t[r] in _REL else r
                if s + 1 >= n or t[s] not in _ASKER or not open_word(t[s + 1]):
                    continue
                me = (t[s], t[v1], *t[v1 + 1 : s], *t[p:v1], _ANY, _ASKER[t[s]], "to")
                out.append((*t[:p], *me, t[s + 1], *t[s + 2 :]))
    return out


def _same(x: str, y: str) -> bool:
    return open_word(y) if x == _ANY else stem(x) == stem(y)


def _fits(mine: _Words, other: _Words) -> bool:
    """Worth reading: the asker on one side, a "to" on the other."""
    return "to" in other and bool(_ASKER.keys() & set(mine))


def asked_relative_doer_traded(a: Parsed, b: Parsed) -> bool:
    return reads_as_other(tokens(a.source), tokens(b.source), _fits, _readings, _same)
