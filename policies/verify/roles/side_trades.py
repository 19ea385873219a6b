"""Role pass 193 (blind rounds 345-347): two trades of one clause's sides, read on the tokens.

``owner_side_traded``: the owner of a condition's subject traded between the asker's side and
the other side ("If our seeker catches the flag while trailing by 40" / "If their seeker catches
the flag while we're trailing by 40"), the rest the same up to a pronoun subject made explicit
after a subordinator ("while trailing" / "while we're trailing", "after scoring" / "after we
score"): the owner change alone is refused on its words, the added "we" hid it.

``complements_traded``: two coordinated verb phrases whose complements are traded across the
coordinator, the verbs kept ("let the opponent win the chess but beat him in the ring" / "...
win in the ring but beat him at chess"): the second verb must be said on both sides after the
coordinator and not said before the trade, so a free reorder of a list ("win the chess and the
boxing" / "... the boxing and the chess") or of whole verb phrases is left."""

from __future__ import annotations

from policies.verify.roles.written import (
    COPULA,
    NOT_IN_PHRASE,
    OWNER,
    PERSON,
    THIRD,
    tokens,
)
from policies.verify.text import Parsed

_ASKER = frozenset(("1s", "1p"))
# subordinators that lead a condition, and those whose subject may be left out ("while V-ing")
_CONDITION = frozenset("if when whenever once unless".split())
_SUBORDINATE = frozenset("while after before when since until once whilst".split())
_SUBJECT = frozenset("i we he she they".split())
_COORDINATORS = frozenset("but and yet while".split())


def _verb_form(short: str, long: str) -> bool:
    """The same verb: as written, or "-ing" against another form of its stem ("scoring" /
    "score", "fouling" / "foul")."""
    if short == long:
        return True
    stem = short[:-3] if short.endswith("ing") else ""
    return len(stem) >= 3 and long.startswith(stem) and len(long) <= len(stem) + 3


def _owner_read(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """`x` leaves a subordinate subject out that `y` says; the condition's owner traded."""
    n = len(x)
    i = 0
    while i < n and i < len(y) and x[i] == y[i]:
        i += 1
    if i == 0 or i >= n or i >= len(y) or x[i - 1] not in _CONDITION:
        return False
    ox, oy = OWNER.get(x[i]), OWNER.get(y[i])
    if ox is None or oy is None or {ox, oy} & _ASKER == set() or {ox, oy} & THIRD == set():
        return False
    j = i + 1
    while j < n and j < len(y) and x[j] == y[j]:
        j += 1
    if j >= n or j >= len(y) or x[j - 1] not in _SUBORDINATE or y[j] not in _SUBJECT:
        return False
    if PERSON[y[j]] not in (ox, oy):
        return False
    k = j + 1
    if k < len(y) and y[k] in COPULA:
        k += 1
    if k >= len(y) or not _verb_form(x[j], y[k]):
        return False
    return x[j + 1 :] == y[k + 1 :]


def owner_side_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    if not 1 <= abs(len(ta) - len(tb)) <= 2:
        return False
    return _owner_read(ta, tb) if len(ta) < len(tb) else _owner_read(tb, ta)


def _content(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in words if w not in NOT_IN_PHRASE)


def _split(middle: tuple[str, ...], c: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if middle.count(c) != 1:
        return None
    at = middle.index(c)
    return middle[:at], middle[at + 1 :]


def complements_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    if ta == tb or _COORDINATORS.isdisjoint(ta):
        return False
    m = min(len(ta), len(tb))
    i = 0
    while i < m and ta[i] == tb[i]:
        i += 1
    e = 0
    while e < m - i and ta[-1 - e] == tb[-1 - e]:
        e += 1
    ma, mb = ta[i : len(ta) - e], tb[i : len(tb) - e]
    first = [w for w in ta[:i] if w not in NOT_IN_PHRASE]
    if not first:
        return False
    for c in _COORDINATORS:
        sa, sb = _split(ma, c), _split(mb, c)
        if sa is None or sb is None:
            continue
        (l1, r1), (l2, r2) = sa, sb
        k = 0
        while k < min(len(r1), len(r2)) and r1[k] == r2[k]:
            k += 1
        second = [w for w in r1[:k] if w not in NOT_IN_PHRASE]
        if not second or second[0] in first:
            continue
        c1, c2 = _content(l1), _content(l2)
        if c1 and c2 and c1 != c2 and c1 == _content(r2[k:]) and c2 == _content(r1[k:]):
            return True
    return False
