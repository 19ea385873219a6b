"""The doer of "X be V-ed by Y" made the one V-ed "of X", "Y be V-ed of X" (role pass 227, blind
rounds 396-401).

``of_patient_traded`` (a trade, in ``_LATER_TRADES``): one side says "P X.. BE V by Y.. T" (X..
the subject, an optional determiner or owner and one to three open words; BE a be form or "get /
got / gets"; V an open word, the participle; Y.. the agent, an optional determiner or owner and
one to three open words; T the rest), read again as "P Y.. BE V of X.. T": the "by" agent made
the subject and the subject made an "of" complement, the one the act is done to now the one
freed of X. The other side is that reading, word for word by stem (an auxiliary for an
auxiliary, a be form for another): there Y does it to X, here it is done to Y, who does it to
whom traded ("Can a demon be exorcised by a child?" / "Can a child be exorcised of a demon?",
"Can a disease be cured by a doctor?" / "Can a doctor be cured of a disease?"). The same roles
said two ways ("Can a child exorcise a demon?", "... be exorcised from a child"), politeness and
filler are left (the reading must be the other side's).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    COPULA,
    LEADS,
    alike,
    open_word,
    phrase_ends,
    reads_as_other,
    tokens,
)
from policies.verify.text import Parsed

_X_MAX = 3  # "a chronic skin disease"
_Y_MAX = 3  # "a trained parish priest"
_BE = COPULA | {"being", "get", "gets", "got", "getting"}
_Words = tuple[str, ...]


def _readings(t: _Words) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for b in range(1, n - 2):
        if t[b] not in _BE or not open_word(t[b + 1]) or t[b + 2] != "by":
            continue
        # the subject: an optional lead word and one to three open words ending at the be form
        for s in range(max(0, b - _X_MAX - 1), b):
            if t[s] not in LEADS and not open_word(t[s]):
                continue
            if s > 0 and (t[s - 1] in LEADS or open_word(t[s - 1])):
                continue  # the phrase starts further back
            if b not in phrase_ends(t, s, _X_MAX):
                continue
            for r in phrase_ends(t, b + 3, _Y_MAX):
                out.append((*t[:s], *t[b + 3 : r], *t[b : b + 2], "of", *t[s:b], *t[r:]))
    return out


def _same(x: str, y: str) -> bool:
    return alike(x, y, AUX, _BE)


def _fits(mine: _Words, other: _Words) -> bool:
    """Worth reading: a "by" agent on one side, an "of" complement on the other."""
    return "by" in mine and "of" in other


def of_patient_traded(a: Parsed, b: Parsed) -> bool:
    return reads_as_other(tokens(a.source), tokens(b.source), _fits, _readings, _same)
