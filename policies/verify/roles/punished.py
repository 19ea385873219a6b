"""The one a verb acts on for a deed traded with the one the deed was done to: "The field
marshal kicked out the parent who was yelling at me" / "The field marshal kicked me out for
yelling at the parent", "My boss fired the intern who insulted me" / "My boss fired me for
insulting the intern". One side names the object X and a "who" clause saying what X did to Y,
the other names Y as the object and "for V-ing X": the same verbs, X and Y traded. With the
object the same on both sides ("fired the intern who insulted me" / "fired the intern for
insulting me") the roles are the same, and nothing is read.
"""

from __future__ import annotations

from policies.verify.roles.written import PERSON, tokens
from policies.verify.text import Parsed

_LEADS = frozenset("the a an my our your his her their this that".split())
_BE = frozenset("was were is are am been being".split())
_PARTICLES = frozenset("out off up away down over back".split())
_NP_MAX = 4
_REL = frozenset(("who", "that"))


def deed_traded(a: Parsed, b: Parsed) -> bool:
    if ("for" not in a.words or _REL.isdisjoint(b.words)) and (
        "for" not in b.words or _REL.isdisjoint(a.words)
    ):
        return False
    ta, tb = _keys(tokens(a.source)), _keys(tokens(b.source))
    return _traded(ta, tb) or _traded(tb, ta)


def _keys(toks: tuple[str, ...]) -> list[str]:
    return [PERSON.get(t, t) for t in toks]


def _traded(ta: list[str], tb: list[str]) -> bool:
    """``ta`` "S V X who V2 ... Y ...", ``tb`` "S V Y for V2-ing ... X ..."."""
    for r in range(2, len(ta) - 1):
        if ta[r] not in _REL:
            continue
        s = _np_start(ta, r)
        if s is None:
            continue
        x = ta[s:r]
        v = r + 1
        while v < len(ta) and ta[v] in _BE:
            v += 1
        if v >= len(ta):
            continue
        for f in range(s, len(tb) - 1):
            if tb[f] != "for" or not tb[f + 1].endswith("ing") or not _same(ta[v], tb[f + 1]):
                continue
            head_a = [t for t in ta[:s] if t not in _PARTICLES]
            head_b = [t for t in tb[:f] if t not in _PARTICLES]
            if len(head_b) <= len(head_a) or head_b[: len(head_a)] != head_a:
                continue
            y = head_b[len(head_a) :]  # the object on the other side
            if not y or y == x or len(y) > _NP_MAX:
                continue
            rest_a, rest_b = ta[v + 1 :], tb[f + 2 :]
            for q in range(len(rest_a) - len(y) + 1):
                if rest_a[q : q + len(y)] != y:
                    continue
                if rest_b == rest_a[:q] + x + rest_a[q + len(y) :]:
                    return True
    return False


def _np_start(toks: list[str], r: int) -> int | None:
    """Where the noun phrase ending before ``r`` starts (a lead word and nouns)."""
    for s in range(r - 1, max(-1, r - 1 - _NP_MAX), -1):
        if toks[s] in _LEADS:
            return s
    return None


def _same(done: str, doing: str) -> bool:
    """ "yelling" / "yelling", "insulted" / "insulting", "shoved" / "shoving"."""
    stem = doing[:-3]
    if done == doing or done in (stem, stem[:-1]):
        return True  # "hit" / "hitting", "cut" / "cutting": the past said as the base
    for end in ("ed", "d"):
        if done.endswith(end) and done[: -len(end)] in (stem, stem + "e", stem[:-1]):
            return True
    return False


# Round 89: "The carpool driver kicked my son out for hitting her daughter" / "... kicked my son
# out after her daughter hit him": the one acted on did the deed to X on one side ("for V-ing
# X"), X did it to him on the other ("after / because / when X V-ed him", "him" the one acted
# on); the same words before and after. "after he hit her daughter" keeps the roles.
_TIMES = frozenset("after because when since as".split())
_OBJ = frozenset("him her them me us".split())
_HAD = frozenset("had did has have".split())


def for_after_traded(a: Parsed, b: Parsed) -> bool:
    fa = "for" in a.words and not _TIMES.isdisjoint(b.words)
    fb = "for" in b.words and not _TIMES.isdisjoint(a.words)
    if not (fa or fb):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return (fa and _for_after(ta, tb)) or (fb and _for_after(tb, ta))


def _for_after(tf: tuple[str, ...], ta: tuple[str, ...]) -> bool:
    """``tf`` "... for V-ing X rest", ``ta`` "... after X [had] V-ed him rest"."""
    for f in range(1, len(tf) - 2):
        if tf[f] != "for" or not tf[f + 1].endswith("ing") or f >= len(ta):
            continue
        if ta[:f] != tf[:f] or ta[f] not in _TIMES:
            continue
        # "for yelling at a customer" / "after a customer yelled at him": one preposition kept
        p = 1 if f + 3 < len(tf) and tf[f + 2] in _PREP else 0
        for size in range(1, _NP_MAX + 1):
            x = tf[f + 2 + p : f + 2 + p + size]
            if len(x) < size or x[0] not in _LEADS:
                break
            rest = tf[f + 2 + p + size :]
            if tuple(ta[f + 1 : f + 1 + size]) != x:
                continue
            v = f + 1 + size
            if v < len(ta) and ta[v] in _HAD:
                v += 1
            if v + 1 + p >= len(ta) or not _same(ta[v], tf[f + 1]):
                continue
            if (p and ta[v + 1] != tf[f + 2]) or ta[v + 1 + p] not in _OBJ:
                continue
            if ta[v + 2 + p :] == rest:
                return True
    return False


_PREP = frozenset("at to on with about against into".split())
