"""Two events of one party traded between a subject relative and the main clause, one of them
passive in each slot (role pass 216, blind rounds 381-383).

``slot_events_traded`` (a trade, in ``_LATER_TRADES``): one side says "P who / that BE V1
R1 V2 S1" (BE "was / were / got / been", V1 the passive participle inside the relative clause,
R1 one to six words with no mark, V2 the active main verb after them), the other "P who / that
V2' R2 BE' V1 S2" (V2' the same verb as V2 by stem, active inside the relative clause; R2 one
to eight words with no mark; BE' "be / been / get / got" making V1 passive in the main clause),
P the same words up to the relative pronoun and ending in an open word, the head; V1 and V2 one
verb or two. Which event came first, the one the head underwent or the one it did, is traded
between the two slots ("Can a bard who was chaired last year judge this year's Chair?" / "Can a
bard who judged last year's Chair be chaired this year?", "Can a chef who was trained here last
year train new staff this year?" / "Can a chef who trained new staff here last year be trained
this year?"). The same events in the same slots said two ways, politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, NOT_IN_PHRASE, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_REL = frozenset(("who", "that"))
_PASSIVE_REL = frozenset(("was", "were", "got", "been"))
_PASSIVE_MAIN = frozenset(("be", "been", "get", "got"))
_GAP_X = 6
_GAP_Y = 8
_Words = tuple[str, ...]


def slot_events_traded(a: Parsed, b: Parsed) -> bool:
    if not _REL.intersection(a.words) or not _REL.intersection(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _open(w: str) -> bool:
    return w not in NOT_IN_PHRASE and w.replace("-", "").isalpha()


def _traded(x: _Words, y: _Words) -> bool:
    """``x`` says "P who was V1 R1 V2 ...", ``y`` "P who V2 R2 be V1 ..."."""
    for r in range(1, len(x) - 3):
        if x[r] not in _REL or r >= len(y) - 3 or x[:r] != y[:r] or not _open(x[r - 1]):
            continue
        if y[r] not in _REL or x[r + 1] not in _PASSIVE_REL or not _open(x[r + 2]):
            continue
        done, does = x[r + 2], y[r + 1]
        if not _open(does):
            continue
        if _main_verb(x, r + 3, stem(does)) and _main_passive(y, r + 2, done):
            return True
    return False


def _main_verb(x: _Words, start: int, want: str) -> bool:
    """An active word of stem ``want`` one to ``_GAP_X`` words after ``start``, no mark between."""
    for k in range(start + 1, min(len(x), start + 1 + _GAP_X)):
        if x[k - 1] in MARKS:
            return False
        if stem(x[k]) == want:
            return _open(x[k]) and x[k - 1] not in _PASSIVE_MAIN | _PASSIVE_REL
    return False


def _main_passive(y: _Words, start: int, done: str) -> bool:
    """ "be / been V1" one to ``_GAP_Y`` words after ``start``, no mark between."""
    for k in range(start + 1, min(len(y) - 1, start + 1 + _GAP_Y)):
        if y[k - 1] in MARKS or y[k] in MARKS:
            return False
        if y[k] in _PASSIVE_MAIN and y[k + 1] == done:
            return True
    return False
