"""Role pass 117 (blind rounds 251-252): the one that serves as a thing traded with the one that
owns it.

``served_owner_traded``: "V my X as a N for my Y" (X itself is the N, serving Y) against "V my X
P my Y's N" (the N is Y's, X goes through, to or with it): "Can I use my cassette deck as a phono
preamp for my turntable?" / "Can I run my cassette deck through my turntable's phono preamp?",
"Can I use my phone as a hotspot for my tablet?" / "Can I connect my phone to my tablet's
hotspot?". The same N (its last word), X named on both sides and never as the N's owner on the
other, Y the "for" phrase on one side and the N's owner ("Y's N", "the N of / on Y") on the
other, after a preposition of path or contact. Left: the N X's own on the other side ("use my
phone's hotspot for my tablet", "connect my tablet to my phone's hotspot": the same device does
the job), the N said with "as" on both sides ("as my tablet's hotspot"), and a verb of becoming
("turn my X into my Y's N": X made the N).
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed

_DETS = frozenset("my our your his her their the a an this that another".split())
_OWNER_DETS = frozenset("my our your his her their the".split())
# the preposition before the owned N: X goes through, to, into or with it
_PATH = frozenset("through via to into with on off from over thru".split())
# X made the N ("turn my old laptop into my Xbox's monitor"), not sent through it
_BECOMING = frozenset(
    """turn turns turned turning convert converts converted converting make makes made making
    transform transforms transformed transforming change changes changed changing""".split()
)
_STOPS = (
    frozenset(
        """as for of in on at to from with by through via into off over and or but if when that who
    which is are was were be been am can could should would will do does did not""".split()
    )
    | MARKS
)
_MAX = 3


def _phrase(t: tuple[str, ...], s: int) -> tuple[str, ...]:
    """Up to three content words from s (a determiner before them left out)."""
    if s < len(t) and t[s] in _DETS:
        s += 1
    out: list[str] = []
    while s < len(t) and len(out) < _MAX and t[s] not in _STOPS and t[s] not in _DETS:
        out.append(t[s])
        if t[s].endswith("'s"):
            break
        s += 1
    return tuple(out)


def _served(t: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(X's head, the N's head, Y's head) for each "X as a N for Y"."""
    out = []
    for k in range(1, len(t) - 3):
        if t[k] != "as" or t[k - 1] in _STOPS or t[k - 1] in _DETS:
            continue
        n = _phrase(t, k + 1)
        f = k + 1 + (t[k + 1] in _DETS) + len(n)
        if not n or n[-1].endswith("'s") or f >= len(t) or t[f] != "for":
            continue
        if f + 1 >= len(t) or t[f + 1] not in _OWNER_DETS:
            continue
        y = _phrase(t, f + 1)
        if not y or y[-1].endswith("'s"):
            continue
        out.append((t[k - 1], n[-1], y[-1]))
    return out


def _owned(t: tuple[str, ...], noun: str) -> list[tuple[str, int]]:
    """(the owner's head, its start) of each "Y's (M) N" or "the N of / on Y" after a path
    preposition."""
    out = []
    for i, w in enumerate(t):
        if w != noun or i < 2:
            continue
        j = i - 1
        while j > 0 and i - j < _MAX and not t[j].endswith("'s") and t[j] not in _STOPS:
            if t[j] in _DETS:
                break
            j -= 1
        if t[j].endswith("'s"):
            s = j
            while s > 0 and j - s < _MAX and t[s - 1] not in _STOPS and t[s - 1] not in _DETS:
                s -= 1
            if s > 0 and t[s - 1] in _OWNER_DETS:
                s -= 1
            if s > 0 and t[s - 1] in _PATH:
                out.append((t[j][:-2], s - 1))
        elif t[j] in _DETS and j > 0 and t[j - 1] in _PATH and i + 2 < len(t):
            if t[i + 1] in ("of", "on", "in") and t[i + 2] in _OWNER_DETS:
                y = _phrase(t, i + 2)
                if y and not y[-1].endswith("'s"):
                    out.append((y[-1], j - 1))
    return out


def served_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "V my X as a N for my Y" / "V my X P my Y's N": X the N, or Y owning it."""
    if ("as" in a.words) == ("as" in b.words) or "for" not in (
        a.words if "as" in a.words else b.words
    ):
        return False
    x, y = (a, b) if "as" in a.words else (b, a)
    if not _BECOMING.isdisjoint(y.words):
        return False
    tx, ty = tokens(x.source), tokens(y.source)
    for doer, noun, user in _served(tx):
        if doer not in ty or f"{doer}'s" in ty:
            continue
        for owner, p in _owned(ty, noun):
            if owner == user and doer in ty[:p]:
                return True
    return False
