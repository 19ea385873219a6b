"""A state already there before the asker took part against the asker doing it (role pass
184, blind round 332).

``prior_made_asker`` (a trade, in ``_LATER_TRADES``): "P if D W.. N was / were / got (already)
V-ed T" on one side against "P if I / we (ADV) V'-ed D' W.. N" on the other, P every word before
"if" and every clause after the condition's the same, D and D' determiners or owners, N the same
head, V and V' one verb (the participle and the past share their stem: "damaged" / "damaged",
"broken" / "broke", "torn" / "tore"), ADV one "-ly" adverb. The passive side has no doer (no "by"
in it) and says the state was there before ("already" before or right after the participle, or
"before" right after it: "was already damaged when I got it", "was damaged before I arrived",
"was scratched before"), so nobody known did it before the asker took part, while the other side
makes the asker its doer: who caused it is traded ("Can the hire company keep my deposit if the
boat was already damaged when I got it?" / "... if I damaged the boat?", "Can my landlord charge
me if the carpet was already stained when I moved in?" / "... if I stained the carpet?"). The same
doer said two ways ("if the boat got damaged by me"), two prior states against each other ("was
already damaged when I got it" / "was damaged before I got it"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.written import LEADS, MARKS, NOT_IN_PHRASE, tokens
from policies.verify.text import Parsed

# the passive's auxiliaries ("was damaged", "got damaged", "had been damaged")
_BE = frozenset(("was", "were", "got", "is", "are", "had", "has", "been"))
# closed-class words that cannot be a noun phrase's words or the verb
_STOP = NOT_IN_PHRASE | {"before", "after", "already", "got"}
_ASKER = frozenset(("i", "we"))
_NP_MAX = 4  # the lead and up to three words: "the rear left tire"


def prior_made_asker(a: Parsed, b: Parsed) -> bool:
    if "if" not in a.words or "if" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` says "P if D N was (already) V-ed T" and ``y`` "P if I V'-ed D' N"."""
    if "if" not in x or "if" not in y:
        return False
    i, j = x.index("if"), y.index("if")
    if x[:i] != y[:j]:
        return False
    cx, rx = _clause(x[i + 1 :])
    cy, ry = _clause(y[j + 1 :])
    if rx != ry:
        return False
    prior = _prior(cx)
    done = _done(cy)
    if prior is None or done is None:
        return False
    (head, ved), (head2, v) = prior, done
    return head == head2 and _one_verb(ved, v)


def _clause(t: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The condition up to its first clause mark, and every word from the mark on."""
    for k, w in enumerate(t):
        if w in MARKS:
            return t[:k], t[k:]
    return t, ()


def _np_end(t: tuple[str, ...]) -> int:
    """Where a noun phrase "D W.." at the start of ``t`` ends (0 when there is none)."""
    if not t or t[0] not in LEADS:
        return 0
    k = 1
    while k < len(t) and k < _NP_MAX and t[k] not in _STOP and t[k].isalpha():
        k += 1
    return k if k > 1 else 0


def _prior(c: tuple[str, ...]) -> tuple[str, str] | None:
    """(head, participle) of "D W.. N was / got (already) (been) (already) V-ed T", the state said
    to be there before: "already" before or right after the participle, or "before" after it."""
    e = _np_end(c)
    if not e or "by" in c:
        return None
    rest = c[e:]
    k = 0
    while k < len(rest) and rest[k] in _BE | {"already"}:
        k += 1
    if k == 0 or k >= len(rest) or rest[0] not in _BE:
        return None
    ved = rest[k]
    if ved in _STOP or not ved.isalpha():
        return None
    before = "already" in rest[:k]
    after = rest[k + 1 : k + 2]
    if not (before or after in (("already",), ("before",))):
        return None
    # the phrase may end at its head or run on: the head is the word before the auxiliary
    return c[e - 1], ved


def _done(c: tuple[str, ...]) -> tuple[str, str] | None:
    """(head, verb) of "I / we (ADV) V-ed D W.. N", the condition ending at the head."""
    if len(c) < 4 or c[0] not in _ASKER:
        return None
    k = 1
    if c[k].endswith("ly") and c[k] not in _STOP:
        k += 1
    v = c[k]
    if v in _STOP or not v.isalpha():
        return None
    rest = c[k + 1 :]
    e = _np_end(rest)
    if not e or e != len(rest):
        return None
    return rest[e - 1], v


def _one_verb(ved: str, v: str) -> bool:
    """The participle and the past of one verb: their shared stem all but one letter of the
    shorter ("damaged" / "damaged", "broken" / "broke", "torn" / "tore")."""
    n = 0
    while n < min(len(ved), len(v)) and ved[n] == v[n]:
        n += 1
    return n >= 3 and n >= min(len(ved), len(v)) - 1
