"""A relative's degree changed (pure, hardening pass 44): the same kinship nouns on both
sides, one of them with another degree before or after it ("my grandfather" / "my
great-great-grandfather", "aunts and nieces" / "great-aunts and great-nieces", "my sister"
/ "my half-sister", "my first cousin" / "my second cousin", "my first cousin" / "my first
cousin once removed"): another relative, another answer.

The kinship nouns are a closed class (parent, mother, father, child, son, daughter, brother,
sister, sibling, aunt, uncle, niece, nephew, cousin and their family words "mom", "dad",
"kid"); a degree is what makes another relative of one: "great" (repeated, or counted: "2x
great", "3rd great"), "grand", "step", "half", "god" before it, written apart, with
a hyphen or into the word ("greatgrandfather", "stepson"), an ordinal before "cousin" ("first"
when none is said), "once / twice removed" after it, "in law" after it.

Limits: read on the texts as typed, after `kin.align` ("a grand-aunt" is "a great-aunt").
Each prefix counts only before the nouns it makes a relative of ("a great mom" is a good one,
"half the children" a share). "Foster" is left out: "my foster child" is "the child I'm
fostering", "foster kids" are "children in foster care". "Grandpa" and "grandfather", "step
dad" and "stepfather" are one relative. Only read when both sides name the same kinship
nouns (as many, in any order) and the relatives differ: "my grandparents" / "my grandma and
grandpa" and "my great-aunt" / "my grandmother's sister" are left to the other checks.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["kin_degree_changed"]

_TOKEN_RE = re.compile(r"[a-z0-9]+")
# the nouns, with their family words written as one ("mom" / "mother")
_BASES = {
    "mother": "mother",
    "mom": "mother",
    "mum": "mother",
    "mommy": "mother",
    "mama": "mother",
    "father": "father",
    "dad": "father",
    "daddy": "father",
    "papa": "father",
    "parent": "parent",
    "son": "son",
    "daughter": "daughter",
    "child": "child",
    "children": "child",
    "kid": "child",
    "brother": "brother",
    "sister": "sister",
    "sibling": "sibling",
    "aunt": "aunt",
    "uncle": "uncle",
    "niece": "niece",
    "nephew": "nephew",
    "cousin": "cousin",
}
# after "grand" written into the word only ("grandma", "grandpa")
_GRAND_ONLY = {"ma": "mother", "pa": "father"}
_GRANNIES = frozenset("granny grannies gran nan nana nanna".split())
# the nouns each prefix makes another relative of
_LINEAL = frozenset("mother father parent son daughter child".split())
_SIDE = frozenset("aunt uncle niece nephew".split())
_SIBLINGS = frozenset("brother sister sibling".split())
_TAKES = {
    "great": _SIDE,  # and a "grand-" noun or another "great"
    "grand": _LINEAL,
    "step": _LINEAL | _SIBLINGS | _SIDE | {"cousin"},
    "half": _SIBLINGS | _SIDE,
    "god": _LINEAL,
}
_FUSED = ("step", "god", "grand")
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
_TIMES = {"once": 1, "twice": 2, "thrice": 3, "1x": 1, "2x": 2, "3x": 3}
_COUNTED_RE = re.compile(r"(\d)x")

# Every degree read below is written with one of these (a cheap test before the reading):
# "great", "grand" / "gran" / "nan(a)", "step", "half", "god", "in law", and the ordinals and
# "removed" that only count next to "cousin"
_MARKS = ("great", "gran", "nan", "step", "half", "god", "law", "cousin")

Relative = tuple[tuple[str, ...], str]


def _noun(token: str) -> tuple[list[str], str] | None:
    """``token`` as a kinship noun: the prefixes written into it and its noun, or None."""
    if token in _GRANNIES:
        return ["grand"], "mother"
    fused: list[str] = []
    while token.startswith("great") and len(token) > len("great"):
        fused.append("great")
        token = token[len("great") :]
    for prefix in _FUSED:
        if token.startswith(prefix) and len(token) > len(prefix):
            rest = token[len(prefix) :]
            base = _base(rest) or (
                _GRAND_ONLY.get(rest.removesuffix("s")) if prefix == "grand" else None
            )
            if base and (base in _TAKES[prefix] or prefix == "grand"):
                return [*fused, prefix], base
    base = _base(token)
    return (fused, base) if base and (not fused or base in _SIDE) else None


def _base(token: str) -> str | None:
    return _BASES.get(token) or (_BASES.get(token[:-1]) if token.endswith("s") else None)


def _prefixes(words: list[str], k: int, fused: list[str], base: str) -> list[str]:
    """The degree words written apart before ``words[k]``, outermost first."""
    before: list[str] = []
    chain = list(fused)
    j = k - 1
    while j >= 0:
        w = words[j]
        if w == "great" and (base in _SIDE or (chain and chain[0] in ("great", "grand"))):
            chain.insert(0, "great")
        elif w in _TAKES and w != "great" and base in _TAKES[w] and not before:
            chain.insert(0, w)
        elif chain[:1] == ["great"] and (w in _ORDINALS or _COUNTED_RE.fullmatch(w)):
            # "3rd great-grandfather", "2x great grandfather": that many "great"s
            n = _ORDINALS.get(w) or int(w[0])
            chain[:1] = ["great"] * n
            j -= 1
            break
        elif base == "cousin" and w in _ORDINALS and not chain:
            before.append(f"cousin{_ORDINALS[w]}")
        else:
            break
        j -= 1
    return chain + before


def _suffixes(words: list[str], k: int, base: str) -> list[str]:
    """The degree words after ``words[k]``: "in law", "once removed"."""
    after = words[k + 1 : k + 3]
    if after[:1] == ["in"] and after[1:2] in (["law"], ["laws"]):
        return ["in-law"]
    if base == "cousin" and after[:1] and after[0] in _TIMES and after[1:2] == ["removed"]:
        return [f"removed{_TIMES[after[0]]}"]
    return []


def _relatives(text: str) -> Counter[Relative]:
    words = _TOKEN_RE.findall(text.lower())
    found: Counter[Relative] = Counter()
    for k, w in enumerate(words):
        noun = _noun(w)
        if noun is None:
            continue
        fused, base = noun
        degree = _prefixes(words, k, fused, base) + _suffixes(words, k, base)
        if base == "cousin" and not any(d.startswith("cousin") for d in degree):
            degree.append("cousin1")  # a cousin is a first cousin unless told
        found[tuple(degree), base] += 1
    return found


def kin_degree_changed(cached: str, incoming: str) -> bool:
    """Both sides name the same kinship nouns, but not the same relatives: a degree added,
    dropped or changed on one of them ("my grandfather" / "my great-great-grandfather",
    "aunts and nieces" / "great-aunts and great-nieces", "my step-sister" / "my
    half-sister")."""
    if not any(mark in cached.lower() or mark in incoming.lower() for mark in _MARKS):
        return False  # no degree word on either side: the same nouns are the same relatives
    ra, rb = _relatives(cached), _relatives(incoming)
    if not ra or ra == rb:
        return False
    return Counter(base for _, base in ra.elements()) == Counter(base for _, base in rb.elements())
