"""Role pass 162 (blind round 305): a copula question's two names traded around the genitive,
"Was X Y's N?" / "Was Y X's N?", each name one or more capitalised words ("Was Erik the Red
Leif Erikson's father?" / "Was Leif Erikson Erik the Red's father?"). Role pass 188: a name
word may carry an apostrophe inside it ("Was Kan'ami Zeami's teacher?" / "Was Zeami Kan'ami's
teacher?"): an apostrophe with "s" at a word's end is the owner mark, any other one (but a
contraction's, "I'm", "don't") is part of the name.

``named_genitive_traded`` (a trade, in ``_LATER_TRADES``): each side read as it is written, case
kept, from a question-opening copula "is / was / are / were" (first, or after a mark: "Hi, was
...") through a run of name words to the first word marked "'s", then the rest. A name word is
capitalised, or "the / of" inside a name ("Erik the Red", "Philip of Macedon"). The two names
run together, so their boundary is read from the other side: the run of one side is the other's
run with its first name, the subject, moved after the second, the genitive's owner, both names
said word for word and each starting with a capital and not ending in "the / of". The same
copula and the same rest ("father?") on both sides: the relation asked the other way round. The
same relation said another way ("Was X the father of Y?"), another noun ("dad") or a lead
("Hi,") is left.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import MARKS
from policies.verify.text import Parsed

_TOKEN_RE = re.compile(r"[A-Za-z0-9$]+(?:[-'][A-Za-z0-9]+)*|[,;:?.!]")
_COPULA = frozenset(("is", "was", "are", "were"))
_INSIDE = frozenset(("the", "of"))  # the article and the preposition inside a name
_RUN_MAX = 10
# a contraction's tail after the apostrophe ("I'm", "Don't"): not part of a name
_CONTRACTED = ("'m", "'d", "'ll", "'ve", "'re", "n't")


def _capital(w: str) -> bool:
    return w[:1].isupper()


def _name_word(w: str) -> bool:
    """A capitalised word of letters, an inner apostrophe kept ("Kan'ami", "O'Brien")."""
    if not _capital(w) or w.lower().endswith(_CONTRACTED):
        return False
    return w.replace("'", "").isalpha()


def _reading(source: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(the copula, the name run ending in the genitive's owner, the rest in lower case)."""
    t = _TOKEN_RE.findall(source.replace("\u2019", "'"))
    for i, w in enumerate(t):
        if w.lower() not in _COPULA or (i and t[i - 1] not in MARKS):
            continue
        for j in range(i + 1, min(len(t), i + 1 + _RUN_MAX)):
            u = t[j]
            if u.endswith("'s") and _capital(u) and j > i + 1:
                run = (*t[i + 1 : j], u[:-2])
                rest = tuple(x.lower() for x in t[j + 1 :])
                return w.lower(), run, rest
            if not _name_word(u) and (u not in _INSIDE or j == i + 1):
                break
        return None
    return None


def _name(words: tuple[str, ...]) -> bool:
    return _capital(words[0]) and words[-1] not in _INSIDE


def named_genitive_traded(a: Parsed, b: Parsed) -> bool:
    if "'s" not in a.source.replace("\u2019", "'") or "'s" not in b.source.replace("\u2019", "'"):
        return False
    ra, rb = _reading(a.source), _reading(b.source)
    if ra is None or rb is None or ra[0] != rb[0] or ra[2] != rb[2] or not ra[2]:
        return False
    x, y = ra[1], rb[1]
    if x == y or len(x) != len(y) or not ra[2][0].isalpha():
        return False
    return any(x[k:] + x[:k] == y and _name(x[:k]) and _name(x[k:]) for k in range(1, len(x)))
