"""The thing that moved made the asker's doing (role pass 69, round 186).

``caused_motion_traded``: one side says a thing moved at the asker, the verb intransitive ("A
drone hovered over me while I was sunbathing"), the other that the asker moved the thing at
someone else, the same verb causative ("I hovered a drone over someone sunbathing"): "D N V P
me" / "I V D' N P X", the same verb, noun and preposition, X not the asker. The asker is
where the thing went on one side and who sent it on the other ("A ball rolled into me" / "I
rolled a ball into him", "A kite crashed onto us" / "We crashed a kite onto their car"). The
thing sent by someone else ("Someone hovered a drone over me") or at the asker again ("I
flew a drone over my yard") is no trade.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed

_DETS = frozenset("a an the some my our his her their this that".split())
_AT_ME = frozenset(("me", "us"))
_ASKERS = frozenset(("i", "we"))
_MINE = frozenset("i me we us my our myself ourselves".split())
_OPENERS = frozenset("if when while after before because since and but so that".split())
_PREPS = frozenset(
    "over into onto on at toward towards through across under past above near around".split()
)
_NP_MAX = 3  # "a drone", "a delivery drone", "the neighbor's drone"


def caused_motion_traded(a: Parsed, b: Parsed) -> bool:
    if _AT_ME.isdisjoint(a.words + b.words) or _ASKERS.isdisjoint(a.words + b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "... D N V P me ...", y "I V D' N P X ...", X not the asker."""
    sent: set[tuple[str, tuple[str, ...], str]] = set()
    for i in range(1, len(x) - 2):
        if x[i + 1] in _PREPS and x[i + 2] in _AT_ME:
            for k in range(2, _NP_MAX + 1):
                np = x[i - k : i]
                if len(np) == k and np[0] in _DETS and all(w.isalpha() for w in np[1:]):
                    sent.add((x[i], np[1:], x[i + 1]))
    if not sent:
        return False
    for j in range(len(y) - 4):
        if y[j] not in _ASKERS or (j and y[j - 1] not in MARKS and y[j - 1] not in _OPENERS):
            continue
        for verb, noun, prep in sent:
            n = len(noun)
            end = j + 2 + n
            if y[j + 1] != verb or y[j + 2] not in _DETS or y[j + 3 : end + 1] != noun:
                continue
            if end + 2 < len(y) and y[end + 1] == prep:
                at = y[end + 2]
                if at not in _MINE and at not in MARKS:
                    return True
    return False
