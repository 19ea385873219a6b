"""Two participants side by side, or around one preposition, trading places."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.exchange import _coreferent
from policies.verify.roles.tokens import _SYMMETRIC, _WITH_SYMMETRIC, _spans
from policies.verify.roles.trades import _trade_tokens
from policies.verify.text import Parsed

_CLOSE_PREPS = frozenset("to about at from for against into on onto".split())
_CLOSE_SYMMETRIC = ("introduc", "connect", "link", "match", "compar", "relat", "marri", "engag")


def close_swap(a: Parsed, b: Parsed) -> bool:
    """Two participants side by side, or around one preposition, trading places with every
    other word in place: "tell the coach my daughter wants to quit" / "tell my daughter the
    coach wants to quit", "bringing dead mice to me" / "bringing me to dead mice", "lied to
    her parents about me" / "lied to me about her parents". One of the two is a person."""
    if len(a.words) != len(b.words):
        return False
    ta, tb = _trade_tokens(a), _trade_tokens(b)
    spans = _spans(ta)
    ends: dict[int, list[int]] = {}
    for i, j in spans:
        ends.setdefault(i, []).append(j)
    for i, j in spans:
        if ta[:i] != tb[:i]:
            continue  # the same words before
        gaps = [0, 1] if j < len(ta) and ta[j] in _CLOSE_PREPS else [0]
        for gap in gaps:
            k = j + gap
            for end in ends.get(k, ()):
                x, m, y = ta[i:j], ta[j:k], ta[k:end]
                if x == y or not any(t[0] == "@" for t in x + y):
                    continue
                if tb[i:end] != y + m + x or ta[end:] != tb[end:]:
                    continue
                if not gap and not (_np_start(x[0]) or _np_start(y[0])):
                    continue  # "car remote" / "remote car": a noun compound
                if not gap and _particle_moved(ta, i, x, y):
                    continue  # "giving my clothes away" / "giving away my clothes"
                near = ta[max(0, i - 2) : i] + m
                if any(
                    t in _SYMMETRIC or t in _WITH_SYMMETRIC or t.startswith(_CLOSE_SYMMETRIC)
                    for t in near
                ):
                    continue  # "compare X to Y", "introduce X to Y": both ways round
                if _coreferent(x, y):
                    continue
                return True
    return False


# Hardening pass 32 (blind round 229): a phrasal verb's particle said after its object or
# before it ("give my clothes away" / "give away my clothes", "throw my notes out" / "throw
# out my notes") is one act. Only particles that are not also prepositions of place ("get
# my ex over" / "get over my ex", "get my car in" / "get in my car" are other acts).
_PARTICLES = frozenset(("awai", "out", "up", "down", "off", "back"))


def _particle_moved(t: list[str], i: int, x: list[str], y: list[str]) -> bool:
    """``x`` and ``y`` traded right after a verb are a particle and a noun phrase of more
    than a person alone ("my clothes", "the kids"; not "me", "give me away")."""
    if not i or t[i - 1][:1] in "@=" or t[i - 1] in lx.STOPWORDS:
        return False
    for part, np in ((x, y), (y, x)):
        if len(part) == 1 and part[0] in _PARTICLES and len(np) > 1 and part[0] not in np:
            return True
    return False


def _np_start(t: str) -> bool:
    return t[0] == "@" or t in lx.DETERMINERS
