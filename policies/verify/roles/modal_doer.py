"""Role pass 204 (blind rounds 360-362): the doer and the one it is done to traded between a
party and the asker, the asker's side led by a modal ("What should I do if an ajumma scolds me at
the jjimjilbang?" / "... if I have to scold an ajumma at the jjimjilbang?").

``modal_doer_traded`` (a trade, in ``_LATER_TRADES``): one side read as "NP V (P) me / us R" at a
clause's start (after a mark or an opener, "if / when / once ..."; NP "D (M) N"), the other as "I /
we L V (P) NP R" there, L a modal lead (a modal auxiliary, "must / should / ...", or one to three
words ending in "to", "have to", "need to", "would like to"), the same NP, V by its stem, P (a
preposition of ``complainer._PREPS`` or none) and R to the clause's end: the party does the act to
the asker on one side and undergoes it from the asker on the other. A verb done with each other
(``recast.MUTUAL``: "meet", "date", "argue with"), the same roles said two ways ("if I get scolded
by an ajumma"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED, _MODALS, _NP_MAX
from policies.verify.roles.complainer import _PREPS, _clause_end, _np, _opens
from policies.verify.roles.recast import MUTUAL_STEMS
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKER = frozenset(("i", "we"))
_ASKER_OBJECTS = frozenset(("me", "us"))
_LEAD_MODALS = _MODALS | frozenset(("must",))
_LEAD_MAX = 3  # "would like to"

# (NP, V's stem, P, R)
_Reading = tuple[tuple[str, ...], str, str, tuple[str, ...]]


def _verb(t: tuple[str, ...], v: int) -> bool:
    return 0 <= v < len(t) and t[v].isalpha() and t[v] not in _CLOSED


def _party_side(t: tuple[str, ...]) -> list[_Reading]:
    """ "NP V (P) me R" opening a clause: NP does V to the asker."""
    out = []
    for k in range(2, len(t)):
        if t[k] not in _ASKER_OBJECTS:
            continue
        p = t[k - 1] if t[k - 1] in _PREPS else ""
        v = k - 2 if p else k - 1
        if v < 2 or not _verb(t, v):
            continue
        r = t[k + 1 : _clause_end(t, k + 1)]
        for j in range(v - 2, max(-1, v - _NP_MAX - 1), -1):
            if _opens(t, j) and _np(t, j, v):
                out.append((t[j:v], stem(t[v]), p, r))
    return out


def _asker_side(t: tuple[str, ...]) -> list[_Reading]:
    """ "I L V (P) NP R" opening a clause, L a modal lead: the asker does V to NP."""
    out = []
    for i, w in enumerate(t):
        if w not in _ASKER or not _opens(t, i) or i + 2 >= len(t):
            continue
        starts = [i + 2] if t[i + 1] in _LEAD_MODALS else []
        starts += [n + 1 for n in range(i + 2, min(len(t), i + 2 + _LEAD_MAX)) if t[n] == "to"]
        for v in starts:
            if not _verb(t, v):
                continue
            p = t[v + 1] if v + 1 < len(t) and t[v + 1] in _PREPS else ""
            j = v + 2 if p else v + 1
            end = _clause_end(t, j)
            for o in range(j + 2, min(end, j + _NP_MAX) + 1):
                if _np(t, j, o):
                    out.append((t[j:o], stem(t[v]), p, t[o:end]))
    return out


def modal_doer_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return any(
        x == y and x[1] not in MUTUAL_STEMS
        for pa, ab in ((ta, tb), (tb, ta))
        for x in _party_side(pa)
        for y in _asker_side(ab)
    )
