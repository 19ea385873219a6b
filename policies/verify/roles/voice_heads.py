"""Role pass 146 (blind rounds 282-284): the head of a subject relative traded across voice.

"What happened to the player who hit a mascot with a bat?" / "What happened to the mascot
performer who was hit with a bat by a player?": "the X who V-ed a Y" against "the Y who was
V-ed by a X", the same words before the two heads, the active's object named in the passive's
head and the active's head the passive's "by" doer. The one asked about is the doer on one side
and the one done to on the other. The same head in both voices ("the player who hit the mascot"
/ "the player by whom the mascot was hit") and an object relative ("the mascot the player hit")
are left.

Role pass 166 (blind round 305) reads the relative heading the main clause's subject too, where
no stop word ends the noun phrases: "The X who V-ed the Y V2 ..." against "The Y who was V-ed by
the X V2 ...", each head's words said whole in the other clause, the same verb just after both
("The family who hired the nanny broke the contract" / "The nanny who was hired by the family
broke the contract": who broke it traded).
"""

from __future__ import annotations

import re

from policies.verify.lexicon import BASE_OF_PAST, PARTICIPLES
from policies.verify.text import Parsed

_REL = frozenset(("who", "that"))
_BE = frozenset(("was", "were", "is", "are", "got", "gets", "get", "been"))
_DETS = frozenset("a an the my our your his her their this that some".split())
_STOPS = frozenset("with on in at by for from to of during after before when while and".split())
_WORD_RE = re.compile(r"[a-z0-9]+")
_MAX_NP = 4


def _base(v: str) -> str:
    v = PARTICIPLES.get(v, v)
    v = BASE_OF_PAST.get(v, v)
    for end in ("ed", "d"):
        if v.endswith(end) and len(v) - len(end) >= 3:
            return v[: -len(end)]
    return v


def _np_after(t: list[str], i: int) -> list[str] | None:
    """The noun phrase opened by a determiner at ``i``, up to a stop word or the end."""
    if i >= len(t) or t[i] not in _DETS:
        return None
    j = i + 1
    while j < len(t) and t[j] not in _STOPS and t[j] not in _REL and j - i <= _MAX_NP:
        j += 1
    return t[i + 1 : j] or None


def _head_np(t: list[str], r: int) -> tuple[int, list[str]] | None:
    """The noun phrase before the relative word at ``r``: (its determiner's index, its words)."""
    for k in range(r - 1, max(-1, r - 2 - _MAX_NP), -1):
        if t[k] in _DETS:
            return (k, t[k + 1 : r]) if k + 1 < r else None
        if t[k] in _STOPS:
            return None
    return None


def _active(t: list[str]) -> list[tuple[int, str, str, list[str]]]:
    """(start, verb, head, object words) for each "D H REL V D O"."""
    out = []
    for r, w in enumerate(t[:-3]):
        if w not in _REL or t[r + 1] in _BE:
            continue
        head = _head_np(t, r)
        obj = _np_after(t, r + 2)
        if head is not None and obj is not None:
            out.append((head[0], _base(t[r + 1]), head[1][-1], obj))
    return out


def _passive(t: list[str]) -> list[tuple[int, str, list[str], str]]:
    """(start, verb, head words, doer) for each "D H REL BE V-ed ... by D X"."""
    out = []
    for r, w in enumerate(t[:-3]):
        if w not in _REL or t[r + 1] not in _BE:
            continue
        head = _head_np(t, r)
        if head is None or "by" not in t[r + 3 :]:
            continue
        k = t.index("by", r + 3)
        if k - (r + 3) > 4:  # "hit with a bat by": a short phrase between
            continue
        doer = _np_after(t, k + 1)
        if doer is not None:
            out.append((head[0], _base(t[r + 2]), head[1], doer[-1]))
    return out


def head_voice_traded(a: Parsed, b: Parsed) -> bool:
    """ "the X who V-ed a Y" / "the Y who was V-ed by a X", the same words before."""
    if "by" not in a.words and "by" not in b.words:
        return False
    if _REL.isdisjoint(a.words) or _REL.isdisjoint(b.words):
        return False
    ta, tb = _WORD_RE.findall(a.source.lower()), _WORD_RE.findall(b.source.lower())
    for p, q in ((ta, tb), (tb, ta)):
        for s, verb, head, obj in _active(p):
            for s2, verb2, phead, doer in _passive(q):
                if s != s2 or p[:s] != q[:s] or verb != verb2 or head != doer:
                    continue
                if obj[-1] in phead and head not in phead:
                    return True
        if _subject_heads_traded(p, q):
            return True
    return False


def _subject_heads_traded(p: list[str], q: list[str]) -> bool:
    """``p`` "D H REL V D2 O M ...", ``q`` "D O REL BE V-ed by D3 H M ...", M the same word."""
    for r in range(1, len(p) - 3):
        if p[r] not in _REL or p[r + 1] in _BE or p[r + 2] not in _DETS:
            continue
        head = _head_np(p, r)
        if head is None:
            continue
        k, hwords = head
        for r2 in range(k + 2, min(len(q) - 4, k + 2 + _MAX_NP)):
            if q[r2] not in _REL or q[r2 + 1] not in _BE or q[: k + 1] != p[: k + 1]:
                continue
            owords = q[k + 1 : r2]
            if not owords or hwords[-1] in owords or owords[-1] in hwords:
                continue
            end = r + 3 + len(owords)
            by = r2 + 3
            end2 = by + 2 + len(hwords)
            if (
                p[r + 3 : end] == owords
                and _base(q[r2 + 2]) == _base(p[r + 1])
                and q[by : by + 1] == ["by"]
                and q[by + 1 : by + 2] != []
                and q[by + 1] in _DETS
                and q[by + 2 : end2] == hwords
                and p[end : end + 1] == q[end2 : end2 + 1]
            ):
                return True
    return False
