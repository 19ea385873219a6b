"""Role pass 167 (blind round 307): the asker the doer "as a X" against a causative that gets
a X to do the act to the asker's thing.

``as_doer_caused_traded`` (a trade, in ``_LATER_TRADES``): "PRON V D N as D' X" (or "As D' X,
... PRON V D N": the asker, in the role X, does V to N) against "PRON get D'' X to V POSS N"
(X does V, to the asker's N): PRON "I / we", POSS its owner "my / our", the same V, the same
words of N and of X ("How do I sponsor a kabaddi club as a business?" / "How do I get a business
to sponsor my kabaddi club?", "How do I mentor a startup as an investor?" / "How do I get an
investor to mentor my startup?"): who does V to whom is traded, X moved from the asker's role to
the subject of the caused verb. The same doer said two ways ("As a business, how do I sponsor a
kabaddi club?") and the same causative said two ways are left.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

_OWNER = {"i": "my", "we": "our"}
_GET = frozenset(("get", "gets", "got", "getting"))
_DETS = frozenset(("a", "an", "the", "some", "this", "that"))
_ROLE_DETS = frozenset(("a", "an", "the", "some"))
_STOP = (
    MARKS
    | AUX
    | COPULA
    | frozenset(
        "as to and or but who whom that which for with from in on at of by about if when while"
        " i me we us you he him she they them it my our your his her their not".split()
    )
)
_NP_MAX = 3  # "a kabaddi club", "a small press"


def as_doer_caused_traded(a: Parsed, b: Parsed) -> bool:
    if "as" not in a.words and "as" not in b.words:
        return False
    if _GET.isdisjoint(a.words) and _GET.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _words(x: tuple[str, ...], k: int, dets: frozenset[str]) -> list[tuple[tuple[str, ...], int]]:
    """Each noun phrase "D W ..." at ``k`` (D in ``dets``): its words after D and its end."""
    if k >= len(x) or x[k] not in dets:
        return []
    out = []
    for e in range(k + 2, min(k + 1 + _NP_MAX, len(x)) + 1):
        words = x[k + 1 : e]
        if any(not w.isalpha() or w in _STOP or w in _DETS for w in words):
            break
        out.append((words, e))
    return out


def _doer_roles(x: tuple[str, ...]) -> set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(PRON, V, N, X) for each "PRON V D N as D' X" or "As D' X, ... PRON V D N" of ``x``."""
    fronted: set[tuple[str, ...]] = set()
    if x and x[0] == "as":
        fronted = {role for role, e in _words(x, 1, _ROLE_DETS) if e < len(x) and x[e] == ","}
    out: set[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = set()
    for i in range(len(x) - 3):
        if x[i] not in _OWNER or not x[i + 1].isalpha() or x[i + 1] in _STOP:
            continue
        for thing, e in _words(x, i + 2, _DETS):
            if e == len(x) or x[e] in MARKS:
                out.update((x[i], x[i + 1], thing, role) for role in fronted)
            elif x[e] == "as":
                for role, f in _words(x, e + 1, _ROLE_DETS):
                    if f == len(x) or x[f] in MARKS:
                        out.add((x[i], x[i + 1], thing, role))
    return out


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x says the asker does V to D N as D' X, y "PRON get D'' X to V POSS N"."""
    said = _doer_roles(x)
    if not said:
        return False
    for pron, verb, thing, role in said:
        for j in range(len(y) - 5):
            if y[j] != pron or y[j + 1] not in _GET:
                continue
            for words, k in _words(y, j + 2, _ROLE_DETS):
                if words != role or y[k : k + 3] != ("to", verb, _OWNER[pron]):
                    continue
                if y[k + 3 : k + 3 + len(thing)] == thing:
                    return True
    return False
