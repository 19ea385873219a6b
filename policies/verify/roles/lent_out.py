"""The lender of "V out X to Ns" made one of those Ns, "V X as a N" (role pass 223, blind rounds
390-395).

``lent_out_traded`` (a trade, in ``_LATER_TRADES``): one side says "P V out X.. to R.. T" or "P V
X.. out to R.. T" (V an open word, its particle "out"; X.. the thing, an optional determiner or
owner and one to three open words; R.. the recipients, an optional determiner and one to three
open words; T the rest), read again as "P V X.. as R.. T": the one who lets X out to the Rs made
one of those Rs. The other side is that reading, word for word by stem with determiners and
owners left out (an auxiliary for an auxiliary): there the asker lets X to the Rs, the owner,
here the asker takes X as one of them, the customer ("How can I legally rent out bodyboards to
tourists?" / "How can I legally rent bodyboards as a tourist?", "Can I hire out my van to
students?" / "Can I hire a van as a student?"). The same roles said two ways ("rent bodyboards
out to tourists"), another verb, politeness and filler are left (the reading must be the other
side's).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    LEADS,
    alike,
    open_word,
    phrase_ends,
    tokens,
    word_for_word,
)
from policies.verify.text import Parsed

_X_MAX = 3  # "my old camper van"
_R_MAX = 3  # "foreign exchange students"
_Words = tuple[str, ...]


def _readings(t: _Words) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for i in range(1, n):
        if t[i] != "out" or not open_word(t[i - 1]):
            continue
        if i + 1 < n and t[i + 1] == "to":  # "V X.. out to R.."
            # the thing before "out", after the verb
            for v in range(max(0, i - _X_MAX - 2), i - 1):
                if not open_word(t[v]) or i not in phrase_ends(t, v + 1, _X_MAX):
                    continue
                for r in phrase_ends(t, i + 2, _R_MAX):
                    out.append((*t[: v + 1], *t[v + 1 : i], "as", *t[i + 2 : r], *t[r:]))
        else:  # "V out X.. to R.."
            for x in phrase_ends(t, i + 1, _X_MAX):
                if x >= n or t[x] != "to":
                    continue
                for r in phrase_ends(t, x + 1, _R_MAX):
                    out.append((*t[:i], *t[i + 1 : x], "as", *t[x + 1 : r], *t[r:]))
    return out


def _bare(t: _Words) -> _Words:
    return tuple(w for w in t if w not in LEADS)


def _same(x: str, y: str) -> bool:
    return alike(x, y, AUX)


def lent_out_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    for mine, other in ((ta, tb), (tb, ta)):
        if "out" not in mine or "to" not in mine or "as" not in other:
            continue
        bare = _bare(other)
        for r in _readings(mine):
            rb = _bare(r)
            if word_for_word(rb, bare, _same):
                return True
    return False
