"""The asker's thing's relation said as held by the asker (role pass 158).

``held_relation_traded``: "my (M) N's (M') R ..." on one side against "I'm D (M') R of / for D
(M) N ..." or "I'm D (M) N's (M') R ..." on the other: someone else holds the relation R to
the asker's thing on one side, the asker holds it to such a thing on the other ("My pancake
house's landlord raised my rent" / "I'm the landlord of a pancake house and want to raise its
rent": the asker the tenant, then the landlord). The same relation said two ways on both sides
("my pancake house's landlord" / "the landlord of my pancake house") has no "I'm" and is left,
as is a side that says both readings.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_MINE = {"my": ("i", "am"), "our": ("we", "are")}
_DETS = frozenset(("a", "an", "the"))
_LINKS = frozenset(("of", "for"))
_OWNER_MAX = 3  # "my little pancake house's"
_MODS_MAX = 2  # "previous owner", "main flour supplier"
_AFTER_NP = frozenset("and or but with in on at to from who that which since for".split())


def held_relation_traded(a: Parsed, b: Parsed) -> bool:
    if "'s" not in a.source.lower() + b.source.lower() and "\u2019s" not in a.source + b.source:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _held(ta, tb) or _held(tb, ta)


def _genitives(x: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """Each "my (M) N's (M') R" of ``x``: the owner word, N and the words R may be."""
    found = []
    for i, w in enumerate(x):
        if w not in _MINE:
            continue
        for o in range(i + 1, min(i + 1 + _OWNER_MAX, len(x))):
            if not x[o].isalpha() and not x[o].endswith("'s"):
                break
            if x[o].endswith("'s"):
                heads = []
                for h in range(o + 1, min(o + 2 + _MODS_MAX, len(x))):
                    if not x[h].isalpha():
                        break
                    heads.append(x[h])
                found.append((w, x[o][:-2], tuple(heads)))
                break
    return found


def _held(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "my N's R", y "I'm D R of D N" or "I'm D N's R"; neither side says the other reading."""
    for mine, noun, heads in _genitives(x):
        if any(_said_held(x, _MINE[mine], noun, r) for r in heads):
            continue
        for r in heads:
            if _said_held(y, _MINE[mine], noun, r) and not _said_other(y, mine, noun, r):
                return True
    return False


def _said_held(y: tuple[str, ...], asker: tuple[str, str], noun: str, rel: str) -> bool:
    for j in range(len(y) - 3):
        if (y[j], y[j + 1]) != asker or y[j + 2] not in _DETS:
            continue
        p = j + 3
        for r in range(p, min(p + _MODS_MAX + 1, len(y))):
            if y[r].endswith("'s"):
                if stem(y[r][:-2]) == stem(noun) and _head_at(y, r + 1, rel):
                    return True
                break
            if not y[r].isalpha():
                break
            if y[r] == rel and r + 2 < len(y) and y[r + 1] in _LINKS and y[r + 2] in _DETS:
                return _noun_at(y, r + 3, noun)
    return False


def _head_at(y: tuple[str, ...], p: int, rel: str) -> bool:
    for h in range(p, min(p + _MODS_MAX + 1, len(y))):
        if y[h] == rel:
            return h + 1 >= len(y) or _ends(y[h + 1])
        if not y[h].isalpha():
            return False
    return False


def _noun_at(y: tuple[str, ...], p: int, noun: str) -> bool:
    for h in range(p, min(p + _OWNER_MAX, len(y))):
        if not y[h].isalpha():
            return False
        if stem(y[h]) == stem(noun) and (h + 1 >= len(y) or _ends(y[h + 1])):
            return True
    return False


def _ends(w: str) -> bool:
    return w in MARKS or w in _AFTER_NP


def _said_other(y: tuple[str, ...], mine: str, noun: str, rel: str) -> bool:
    """y too names the relation held to the asker's thing: "my N's R" or "the R of my N"."""
    for w, n, heads in _genitives(y):
        if w == mine and stem(n) == stem(noun) and rel in heads:
            return True
    return any(
        y[k] == rel and y[k + 1] in _LINKS and y[k + 2] == mine and noun in y[k + 3 : k + 6]
        for k in range(len(y) - 3)
    )
