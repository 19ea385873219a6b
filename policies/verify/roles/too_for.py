"""Role pass 208 (blind rounds 363-365): the one measured by "too ADJ" traded between a party
and the asker, the infinitive's object moving with it ("Is my friend's 12hh pony too small for
me to ride?" / "Am I too small to ride my friend's 12hh pony?").

``too_subject_traded`` (a trade, in ``_LATER_TRADES``): one side read as "S BE too ADJ for D to
V (P) R" (or "BE S too ADJ ...", a question; "ADJ enough" for "too ADJ"), S the one measured and
the gap after V, D the doer; the other as "D BE too ADJ to V (P) S R" (or "BE D too ADJ ..."),
the doer measured and S the object of V: the same S and D (a pronoun by person, whatever its
case), ADJ, V by its stem, P (a preposition or none) and R to the clause's end. S and D are noun
phrases of one to five words (a lead, "the / my / this ...", or none, then words that are no
closed-class word; an owner's "'s" kept) or a pronoun. The same roles said two ways ("Is my
friend's pony too small for me?"), another adjective ("too weak to lift the box"), politeness and
filler are left.
"""

from __future__ import annotations

from policies.verify.roles.written import (
    COPULA,
    LEADS,
    MARKS,
    NOT_IN_PHRASE,
    PERSON,
    tokens,
)
from policies.verify.text import Parsed
from policies.verify.words import stem

_NP_MAX = 5  # "my friend's 12hh shetland pony"
_PREPS = frozenset("about at for from in into of off on onto over to under up with".split())
_DEGREE = frozenset(("too",))
_ENOUGH = "enough"

# (S, D, ADJ, V's stem, P, R)
_Reading = tuple[str, str, str, str, str, tuple[str, ...]]


def _who(t: tuple[str, ...], j: int, end: int) -> str | None:
    """``t[j:end]`` a noun phrase or a pronoun, said as one key."""
    if not 0 <= j < end <= len(t) or end - j > _NP_MAX:
        return None
    if end - j == 1 and (t[j] in PERSON or t[j] == "it"):
        return PERSON.get(t[j], t[j])
    lead = 1 if t[j] in LEADS else 0
    words = t[j + lead : end]
    if not words or any(w in NOT_IN_PHRASE or w in PERSON or w in _PREPS for w in words):
        return None
    if not all(w.replace("'", "").isalnum() for w in words):
        return None
    return " ".join(t[j:end])


def _measured(t: tuple[str, ...], k: int) -> list[tuple[str, int]]:
    """The one measured by the degree phrase starting at ``k``, with where it starts: "S BE"
    or "BE S" just before ``k`` ("be" after a modal: "will S be")."""
    out = []
    if k >= 1 and t[k - 1] in COPULA:
        for j in range(k - 2, max(-1, k - 2 - _NP_MAX), -1):
            who = _who(t, j, k - 1)
            if who is not None:
                out.append((who, j))
    for j in range(k - 1, max(-1, k - 1 - _NP_MAX), -1):
        if j >= 1 and t[j - 1] in COPULA:
            who = _who(t, j, k)
            if who is not None:
                out.append((who, j))
    return out


def _degree(t: tuple[str, ...]) -> list[tuple[int, str, int]]:
    """(where the phrase starts, ADJ, the index after it): "too ADJ" or "ADJ enough"."""
    out = []
    for k in range(len(t) - 1):
        if t[k] in _DEGREE and t[k + 1].isalpha() and t[k + 1] not in NOT_IN_PHRASE:
            out.append((k, t[k + 1], k + 2))
        if t[k + 1] == _ENOUGH and t[k].isalpha() and t[k] not in NOT_IN_PHRASE:
            out.append((k, t[k], k + 2))
    return out


def _end(t: tuple[str, ...], k: int) -> int:
    return next((n for n in range(k, len(t)) if t[n] in MARKS), len(t))


def _verb(t: tuple[str, ...], v: int) -> bool:
    return 0 <= v < len(t) and t[v].isalpha() and t[v] not in NOT_IN_PHRASE


def _thing_side(t: tuple[str, ...]) -> list[_Reading]:
    """ "S BE too ADJ for D to V (P) R": S measured, D the doer, S the gap after V."""
    out = []
    for k, adj, n in _degree(t):
        if n >= len(t) or t[n] != "for":
            continue
        for to in range(n + 2, min(len(t), n + 2 + _NP_MAX)):
            if t[to] != "to" or not _verb(t, to + 1):
                continue
            doer = _who(t, n + 1, to)
            if doer is None:
                continue
            v = to + 1
            p = t[v + 1] if v + 1 < len(t) and t[v + 1] in _PREPS else ""
            r = t[v + 2 if p else v + 1 : _end(t, v + 1)]
            for s, _ in _measured(t, k):
                out.append((s, doer, adj, stem(t[v]), p, r))
    return out


def _doer_side(t: tuple[str, ...]) -> list[_Reading]:
    """ "D BE too ADJ to V (P) S R": D measured and the doer, S the object of V."""
    out = []
    for k, adj, n in _degree(t):
        if n + 1 >= len(t) or t[n] != "to" or not _verb(t, n + 1):
            continue
        v = n + 1
        p = t[v + 1] if v + 1 < len(t) and t[v + 1] in _PREPS else ""
        j = v + 2 if p else v + 1
        end = _end(t, j)
        doers = _measured(t, k)
        for o in range(j + 1, min(end, j + _NP_MAX) + 1):
            s = _who(t, j, o)
            if s is None:
                continue
            for d, _ in doers:
                out.append((s, d, adj, stem(t[v]), p, t[o:end]))
    return out


def too_subject_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        things = _thing_side(x)
        if things and set(things) & set(_doer_side(y)):
            return True
    return False
