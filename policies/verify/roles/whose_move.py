"""Role pass 168 (blind round 309): a how-question about the subject's own move against a
get-passive that makes the other party the subject, and so the one whose move is asked.

``strategy_get_passive_traded`` (a trade, in ``_LATER_TRADES``): "how MOD X V (P) Y (P) R"
(how X goes about doing V to Y) against "how MOD' Y get V-ed (P) by X R" (how Y arranges to
undergo V from X), MOD an auxiliary ("do / does" read alike), X and Y each "D W ..." with the
same words after D (D a determiner or an owner, free to change) or a person pronoun in its
subject and object forms, P one particle on both sides, the same V and rest R ("How can our
yodel choir recruit an alphorn player?" / "How can an alphorn player get recruited by a yodel
choir?", "How can a scout notice my son?" / "How can my son get noticed by a scout?"): the roles
of the verb are kept, but whose strategy is asked is traded. A be-passive ("How can a player be
recruited by a choir?"), no doer after "by" and the same subject on both sides are left.
"""

from __future__ import annotations

from policies.verify.roles.getpassive import _same_lemma
from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

_GET = frozenset(("get", "gets", "got"))
_DETS = frozenset("a an the some this that my our your his her their".split())
_SUBJECT = {"i": "me", "we": "us", "you": "you", "he": "him", "she": "her", "they": "them"}
_PARTICLES = frozenset("up out off down in on over back away".split())
_STOP = (
    MARKS
    | AUX
    | COPULA
    | _GET
    | _DETS
    | _PARTICLES
    | frozenset(
        "how by to and or but who whom which for with from at of about if when while as not".split()
        + list(_SUBJECT)
        + list(_SUBJECT.values())
    )
)
_NP_MAX = 3  # "an alphorn player", "a senior software engineer"
_DO = {"does": "do", "did": "do"}


def _phrases(x: tuple[str, ...], k: int) -> list[tuple[tuple[str, ...], int]]:
    """Each party at ``k``: ("D W ...": its words after D, a pronoun: its subject form), end."""
    if k >= len(x):
        return []
    if x[k] in _SUBJECT:
        return [((x[k],), k + 1)]
    objects = {o: s for s, o in _SUBJECT.items()}
    if x[k] in objects:
        return [((objects[x[k]],), k + 1)]
    if x[k] not in _DETS:
        return []
    out = []
    for e in range(k + 2, min(k + 1 + _NP_MAX, len(x)) + 1):
        words = x[k + 1 : e]
        if any(not w.isalpha() or w in _STOP for w in words):
            break
        out.append((words, e))
    return out


def _asked(x: tuple[str, ...]) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """The words before "how", the auxiliary after it and the words after the auxiliary."""
    if "how" not in x:
        return None
    h = x.index("how")
    if h + 2 >= len(x) or x[h + 1] not in AUX:
        return None
    return x[:h], _DO.get(x[h + 1], x[h + 1]), x[h + 2 :]


def _doer_moves(
    x: tuple[str, ...],
) -> set[tuple[tuple[str, ...], str, str, tuple[str, ...], tuple[str, ...]]]:
    """(X, V, P, Y, R) for each "X V (P) Y (P) R" at the start of ``x``."""
    out = set()
    for doer, k in _phrases(x, 0):
        if k + 1 >= len(x) or not x[k].isalpha() or x[k] in _STOP:
            continue
        verb, j, particle = x[k], k + 1, ""
        if x[j] in _PARTICLES:
            particle, j = x[j], j + 1
        for done, e in _phrases(x, j):
            if not particle and e < len(x) and x[e] in _PARTICLES:
                out.add((doer, verb, x[e], done, x[e + 1 :]))
            out.add((doer, verb, particle, done, x[e:]))
    return out


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "how MOD X V (P) Y (P) R", y "how MOD' Y get V-ed (P) by X R", X and Y not the same."""
    ax, ay = _asked(x), _asked(y)
    if ax is None or ay is None or ax[:2] != ay[:2]:
        return False
    moves = _doer_moves(ax[2])
    if not moves:
        return False
    rest = ay[2]
    for done, k in _phrases(rest, 0):
        if k + 2 >= len(rest) or rest[k] not in _GET:
            continue
        j, particle = k + 2, ""
        if j < len(rest) and rest[j] in _PARTICLES:
            particle, j = rest[j], j + 1
        if rest[j : j + 1] != ("by",):
            continue
        for doer, e in _phrases(rest, j + 1):
            said = (doer, particle, done, rest[e:])
            for d, verb, p, o, r in moves:
                if (d, p, o, r) == said and d != o and _same_lemma(rest[k + 1], verb):
                    return True
    return False


def strategy_get_passive_traded(a: Parsed, b: Parsed) -> bool:
    if "how" not in a.words or "how" not in b.words:
        return False
    if _GET.isdisjoint(a.words) and _GET.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
