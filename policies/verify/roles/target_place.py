"""The target of the act made the doers' place, with a new target (role pass 226, blind rounds
396-401).

``target_place_traded`` (a trade, in ``_LATER_TRADES``): one side says "P S.. M.. T D N.. R" (P the
words before, none or ending in an auxiliary, a be form or a mark; S.. the subject, an optional lead
and one to three open words; M.. the verb phrase, an open word among it; T a closed preposition of
aim, "at / toward / towards / onto / into"; D an optional lead; N.. the target, one to three open
words; R the rest), the other "P S.. L D' N'.. M.. T D'' Z.. R" (L a closed preposition of place,
"on / in / inside / aboard / atop", after the subject; N'.. N.. by stem; Z.. one to three open words
sharing no stem with N..; every other word the same by stem, an auxiliary or be form for another,
"be S.. allowed to V" read as "can S.. V" on either side): the thing aimed at on one side is where
the doers stand on the other, who aim at someone new, so who acts on whom is traded ("Are people
allowed to throw tomatoes at the trucks?" / "Are people on the trucks allowed to throw tomatoes at
the crowd?", "Are kids allowed to throw snowballs at the buses?" / "Are kids on the buses allowed to
throw snowballs at the pedestrians?"). The same roles said two ways ("Can people throw tomatoes at
the trucks?"), politeness and filler are left (the place must name the first side's target and the
second side's target must be another noun).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    COPULA,
    LEADS,
    MARKS,
    alike,
    open_word,
    phrase_ends,
    tokens,
    word_for_word,
)
from policies.verify.text import Parsed
from policies.verify.words import stem

_AIM = frozenset(("at", "toward", "towards", "onto", "into"))  # closed prepositions of aim
_PLACE = frozenset(("on", "in", "inside", "aboard", "atop"))  # closed prepositions of place
_SUBJECT_MAX = 3  # "the young kids"
_NOUN_MAX = 3  # "the school buses"
_Words = tuple[str, ...]


def _same(x: str, y: str) -> bool:
    return alike(x, y, COPULA, AUX)


def _subject_ends(t: _Words) -> list[int]:
    """Ends of a subject phrase starting after nothing, an auxiliary, a be form or a mark."""
    out: list[int] = []
    for s in range(len(t)):
        if s and t[s - 1] not in AUX | COPULA | MARKS:
            continue
        out.extend(phrase_ends(t, s, _SUBJECT_MAX))
    return out


def _target_moved(mine: _Words, other: _Words, i: int) -> bool:
    """``other`` inserts "L D N.." at ``i`` (after the subject) and aims at another noun."""
    n = len(other)
    if i >= n or other[i] not in _PLACE or not word_for_word(mine[:i], other[:i], _same):
        return False
    for j in phrase_ends(other, i + 1, _NOUN_MAX, lead=True):
        place = other[i + 2 : j]
        shift = j - i
        for p in range(i + 1, len(mine)):
            q = p + shift
            if q >= n or not _same(mine[p - 1], other[q - 1]):
                break
            if mine[p] not in _AIM or other[q] != mine[p]:
                continue
            if not any(open_word(w) for w in mine[i:p]):
                continue
            a = p + 1 + (p + 1 < len(mine) and mine[p + 1] in LEADS)
            b = q + 1 + (q + 1 < n and other[q + 1] in LEADS)
            e = a + len(place)
            if e > len(mine) or not word_for_word(mine[a:e], place, _same):
                continue
            if not all(open_word(w) for w in mine[a:e]):
                continue
            said = {stem(w) for w in place}
            for f in phrase_ends(other, b, _NOUN_MAX):
                if f <= b or any(stem(w) in said for w in other[b:f]):
                    continue
                if word_for_word(mine[e:], other[f:], _same) and word_for_word(
                    mine[p + 1 : a], other[q + 1 : b], _same
                ):
                    return True
    return False


def _unframed(t: _Words) -> _Words:
    """ "be S.. allowed to V" read as "can S.. V" (the canonical rewrite of one side only)."""
    if not t or t[0] not in COPULA:
        return t
    for k in range(2, len(t) - 1):
        if t[k] in MARKS:
            break
        if t[k] == "allowed" and t[k + 1] == "to":
            return ("can", *t[1:k], *t[k + 2 :])
    return t


def _traded(mine: _Words, other: _Words) -> bool:
    mine, other = _unframed(mine), _unframed(other)
    return any(_target_moved(mine, other, i) for i in _subject_ends(mine))


def target_place_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
