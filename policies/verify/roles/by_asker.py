"""Role pass 203 (blind rounds 360-362): the asker moved from a passive's agent to its owner.

``asker_agent_made_owner`` (a trade, in ``_LATER_TRADES``): "P D N.. BE V-ed (PRT) by ME R"
against "P POSS N.. BE' V-ed (PRT) R" (P the same words, D a determiner "a / an / the / another
/ some", N.. the same one to four words of the noun phrase, BE and BE' one or two words of "be
/ get" and the auxiliaries, free to differ, V-ed the same word, PRT one particle said on both
sides, ME "me / us", POSS "my / our", R the same to the end): on one side the asker does the act
to someone else's N, on the other the asker's own N undergoes it, someone else the doer ("If a
stalled car gets hit by me, do I get points?" / "If my stalled car gets hit, do I get points?",
"If a delivery gets damaged by us, who pays?" / "If our delivery gets damaged, who pays?", "If a
fence gets knocked down by me" / "If my fence gets knocked down"). The same roles said in the
active ("If I hit a stalled car"), "gets" against "is" with the same owner and "someone hits my
stalled car" are left.
"""

from __future__ import annotations

from policies.verify.roles.recast import owned_tokens
from policies.verify.roles.written import NOT_IN_PHRASE
from policies.verify.text import Parsed

_DET = frozenset(("a", "an", "the", "another", "some"))
_ME = frozenset(("me", "us"))
_POSS = frozenset(("my", "our"))
_VOICE = frozenset(
    "is are was were be been being am get gets got gotten getting "
    "will would can could should might may must has have had".split()
)
_PARTICLE = frozenset("up down out off over away back in on".split())  # "knocked down by me"
_MAX = 4  # words of N..


def _agent_side(
    x: tuple[str, ...],
) -> list[tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]]]:
    """(P, N.., V-ed, R) of each "P D N.. BE V-ed by me / us R"."""
    out = []
    for i in range(3, len(x) - 1):
        if x[i] != "by" or x[i + 1] not in _ME:
            continue
        v = i - 1
        if x[v] in _PARTICLE and v > 3:
            v -= 1  # "knocked down by me": the particle said after the participle both sides
        b = v
        while b > 0 and x[b - 1] in _VOICE and v - b < 2:
            b -= 1
        if b == v:
            continue
        for d in range(max(0, b - 1 - _MAX), b - 1):
            np = x[d + 1 : b]
            if x[d] in _DET and not any(w in NOT_IN_PHRASE or w in _VOICE for w in np):
                out.append((x[:d], np, x[v], x[v + 1 : i] + x[i + 2 :]))
    return out


def _owner_side(
    y: tuple[str, ...], p: tuple[str, ...], np: tuple[str, ...], verb: str
) -> tuple[str, ...] | None:
    """R of "P POSS N.. BE' V-ed R", or None."""
    d = len(p)
    b = d + 1 + len(np)
    if b >= len(y) or y[:d] != p or y[d] not in _POSS or y[d + 1 : b] != np:
        return None
    v = b
    while v < len(y) and y[v] in _VOICE and v - b < 2:
        v += 1
    if v == b or v >= len(y) or y[v] != verb:
        return None
    return y[v + 1 :]


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    if "by" not in x:
        return False
    for p, np, verb, rest in _agent_side(x):
        if _owner_side(y, p, np, verb) == rest:
            return True
    return False


def asker_agent_made_owner(a: Parsed, b: Parsed) -> bool:
    """See the module docstring."""
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
