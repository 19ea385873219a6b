"""The origin and the goal of "V (from) A for B" traded (role pass 182, blind round 328).

``for_goal_traded`` (a trade, in ``_LATER_TRADES``): "P V (from) A for B S" on one side against
"P V (from) B for A S" on the other, P (every word up to the verb, which ends it: an open-class
word, or a particle after one, "set off", "head out") and S (every word after the "for" phrase)
the same, A and B two different noun phrases (a name of up to five words, "St. Moritz" read as
``st moritz`` since the tokens drop an abbreviation's stop before a name, or a phrase led by a
determiner or an owner) with no closed-class word inside. The verb's object (or its "from"
phrase) is where the one who moves sets out from and the "for" phrase where it goes ("leave
Zermatt for St. Moritz", "set off from Split for Hvar"), so the two traded are the opposite
trip ("What time does the Glacier Express leave Zermatt for St. Moritz?" / "... leave St.
Moritz for Zermatt?"); a "from" said on one side only is the same trip ("leave Dover for
Calais" / "leave from Dover for Calais"). The same direction said two ways ("go from A to B",
"leave A bound for B"), another verb, politeness and filler are left.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import LEADS, NOT_IN_PHRASE, tokens
from policies.verify.text import Parsed

_STOP = NOT_IN_PHRASE
# particles after a verb of motion ("set off", "head out", "pull out", "push off")
_PARTICLES = frozenset(("off", "out", "away", "up", "down", "over"))
_END_MAX = 5  # "the Glacier Express station", "Port St. Lucie"
_WORD_RE = re.compile(r"[a-z]+(?:[-.][a-z]+)*")


def for_goal_traded(a: Parsed, b: Parsed) -> bool:
    if "for" not in a.words or "for" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` says "P V (from) A for B S" and ``y`` "P V (from) B for A S"."""
    for i, w in enumerate(x):
        if w != "for":
            continue
        for s in _starts(x, i):
            verb_end = s - 1 if x[s - 1] == "from" else s
            if x[:verb_end] != y[:verb_end]:
                continue
            origin = x[s:i]
            for e in range(i + 2, min(len(x), i + 1 + _END_MAX) + 1):
                goal = x[i + 1 : e]
                if not _phrase(goal):
                    continue
                if goal == origin:
                    break
                rest = (*goal, "for", *origin, *x[e:])
                if y[verb_end:] in (rest, ("from", *rest)):
                    return True
    return False


def _starts(x: tuple[str, ...], i: int) -> list[int]:
    """Where the origin before ``x[i]`` ("for") may start: after the verb or its "from"."""
    out = []
    for s in range(max(1, i - _END_MAX), i):
        if not _phrase(x[s:i]):
            continue
        v = s - 2 if x[s - 1] == "from" else s - 1
        if v < 0 or not _open(x[v]):
            continue
        if x[v] in _PARTICLES and (v < 1 or not _open(x[v - 1])):
            continue
        out.append(s)
    return out


def _open(w: str) -> bool:
    return w not in _STOP and _WORD_RE.fullmatch(w) is not None


def _phrase(words: tuple[str, ...]) -> bool:
    """A noun phrase with no closed-class word in it: a determiner or owner may lead it ("St.
    Moritz" is ``st moritz`` in the tokens, its abbreviation's stop dropped there)."""
    if not words:
        return False
    body = words[1:] if words[0] in LEADS else words
    return bool(body) and all(_open(w) for w in body)
