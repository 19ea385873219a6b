"""Two nouns exchanged wherever they are named, every other word kept: "The developer still
controls the HOA board. Can homeowners take over?" / "The homeowners still control the HOA
board. Can the developer take over?". Each side is read as written with "a / an / the" left out
and an "-s" ending off ("controls" / "control", "homeowners" / "homeowner"); the sides differ
and are the same with two content words X and Y exchanged on one of them, each named at least
once on each side (``_with_relative``: "keep a bristlenose with an oscar that's twice its
size" / "keep an oscar with a bristlenose that's ...", the relative clause on the other one).
Not with "and / or / vs" on a side ("the risks of X and the benefits of X",
both asked), "with / between" beside either word, X and Y side by side ("dog food" / "food
dog" reads as one phrase) or a symmetric predicate ("meet", "than", "the same as").
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.written import ALTERNATIVES, MARKS, OWNER, PERSON, STANDALONE, tokens
from policies.verify.text import Parsed

_ALTERNATIVES = ALTERNATIVES | {"both", "either"}
_JOINS = ALTERNATIVES | {"with", "between"}
_FUNCTION = (
    MARKS
    | frozenset(PERSON)
    | frozenset(OWNER)
    | frozenset(STANDALONE)
    | frozenset(
        """to of for in on at by from into onto about as that who whom which what when where why
        how is are was were be been am do does did not no can could should would will shall may
        might must have has had it its this these those there here if so but then than up down
        out over off back all any some more most very just also still only""".split()
    )
)


def nouns_exchanged(a: Parsed, b: Parsed) -> bool:
    ta, tb = _norm(a.source), _norm(b.source)
    if len(ta) != len(tb) or ta == tb:
        return False
    if not _ALTERNATIVES.isdisjoint(ta):
        return False  # "the risks of X and the benefits of X": parallel conjuncts
    pairs = {(x, y) for x, y in zip(ta, tb, strict=True) if x != y}
    if len(pairs) != 2:
        return False
    (x, y), (u, v) = sorted(pairs)
    if (u, v) != (y, x) or x in _FUNCTION or y in _FUNCTION or not (x.isalpha() and y.isalpha()):
        return False  # one pair of words, each in the other's place
    if _with_relative(ta, x, y) and _with_relative(tb, x, y):
        return not any(t in _SYMMETRIC or t[:-1] in _SYMMETRIC for t in ta)
    for toks in (ta, tb):
        for i, t in enumerate(toks):
            if t in (x, y):
                near = toks[max(0, i - 1) : i + 2]
                if _JOINS.intersection(near) or (x in near and y in near):
                    return False
        if any(t in _SYMMETRIC or t[:-1] in _SYMMETRIC for t in toks):
            return False
    return True


_RELATIVE = frozenset("that who which whose".split())


def _with_relative(toks: list[str], x: str, y: str) -> bool:
    """ "keep X with Y that's twice its size": the relative clause says which of the two is
    bigger, and the two exchanged put it on the other one. X and Y named once each."""
    if toks.count(x) != 1 or toks.count(y) != 1:
        return False
    i, j = sorted((toks.index(x), toks.index(y)))
    return j == i + 2 and toks[i + 1] == "with" and j + 1 < len(toks) and toks[j + 1] in _RELATIVE


def _norm(source: str) -> list[str]:
    out = []
    for t in tokens(source):
        if t in lx.ARTICLES:
            continue
        if t.endswith("'s"):
            t = t[:-2]
        elif len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return out
