"""The asker the doer at another's place against another party the doer at the asker's place
(role pass 220, blind rounds 390-395).

``venue_party_traded`` (a trade, in ``_LATER_TRADES``): one side says "P I / we M.. L D N.. T"
(P the words before, I / we the subject; M.. one to eight words with no mark and no asker word,
an open word among them, the verb with its object; L a closed preposition of place or source,
"at / from / in"; D "a / an / the", the place another's; N.. the place, an open word first; T the
rest), the other "P S.. M'.. L' my / our N.. T" (S.. another party as subject, a closed
indefinite pronoun, "someone / somebody / anyone ...", or a determiner and one or two open words,
"a buyer"; M'.. the same words as M.. by stem, a be form or auxiliary for another; L' of the same
class, so "at my sale" and "from my sale" are one): the asker does the act at someone's place on
one side and another party does it at the asker's own place on the other, so the buyer and the
seller, the guest and the host are traded ("I'm buying a longcase clock at an estate sale; what
should I check?" / "Someone is buying a longcase clock from my estate sale; what should I
check?", "I'm buying a car at an auction" / "Someone is buying a car from my auction", "I'm
renting a flat at a student block" / "Someone is renting a flat from my student block"). The same
roles said two ways ("from an estate sale" for "at an estate sale", "I plan to buy"), politeness
and filler are left (the asker's subject and the place's owner must both change).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    COPULA,
    MARKS,
    alike,
    open_word,
    tokens,
)
from policies.verify.text import Parsed

_ASKER_SUBJECT = frozenset(("i", "we"))
_ASKER_WORDS = frozenset(("i", "we", "me", "us", "my", "our", "mine", "ours", "myself"))
_PLACE = frozenset(("at", "from", "in"))  # closed prepositions of place or source
_OTHERS = frozenset(("a", "an", "the"))  # the place not the asker's
_MINE = frozenset(("my", "our"))
_SOMEONE = frozenset("someone somebody anyone anybody everyone everybody".split())  # closed
_PARTY_LEADS = frozenset(("a", "an", "the", "another", "some", "one"))
_PARTY_MAX = 2  # "a local dealer"
_M_MAX = 8  # "is buying a longcase clock"
_Words = tuple[str, ...]


def _same(x: str, y: str) -> bool:
    return alike(x, y, COPULA, AUX)


def _parties(t: _Words, i: int) -> list[int]:
    """Where the verb phrase starts after another party said as subject at ``t[i]``."""
    n = len(t)
    if i >= n:
        return []
    if t[i] in _SOMEONE:
        return [i + 1]
    if t[i] not in _PARTY_LEADS:
        return []
    out: list[int] = []
    for k in range(1, _PARTY_MAX + 1):
        if i + k >= n or not open_word(t[i + k]):
            break
        out.append(i + k + 1)
    return out


def _traded(mine: _Words, other: _Words) -> bool:
    for i, w in enumerate(mine):
        if w not in _ASKER_SUBJECT or i >= len(other):
            continue
        if not all(_same(x, y) for x, y in zip(mine[:i], other[:i], strict=True)):
            continue
        for j in _parties(other, i):
            for k in range(1, _M_MAX + 1):
                p, q = i + 1 + k, j + k  # the prepositions after M.. and M'..
                if p + 2 >= len(mine) or q + 2 >= len(other):
                    break
                x, y = mine[i + k], other[j + k - 1]
                if x in MARKS or x in _ASKER_WORDS or not _same(x, y):
                    break
                if not (mine[p] in _PLACE and other[q] in _PLACE):
                    continue
                if mine[p + 1] not in _OTHERS or other[q + 1] not in _MINE:
                    continue
                if not any(open_word(v) for v in mine[i + 1 : p]):
                    continue
                rest, said = mine[p + 2 :], other[q + 2 :]
                if (
                    open_word(rest[0])
                    and len(rest) == len(said)
                    and all(_same(v, u) for v, u in zip(rest, said, strict=True))
                ):
                    return True
    return False


def venue_party_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
