"""Red team 5: a passive of a verb of ordering against its active with another person
ordered ("The court ordered my ex to pay me" / "I was ordered to pay my ex by the court"),
and a repeat said on one side of a voice change only ("The IRS audited my business" / "My
business was audited by the IRS again")."""

from __future__ import annotations

from policies.verify.roles.kept import _AUX, _tokens
from policies.verify.text import Parsed

# verbs that tell a person to do a thing: "X ordered Y to V", "Y was ordered to V"
_ORDERING = frozenset(
    """order orders ordered ordering tell tells told telling ask asks asked asking force
    forces forced forcing require requires required requiring instruct instructs
    instructed instructing direct directs directed directing compel compels compelled
    compelling allow allows allowed allowing permit permits permitted permitting advise
    advises advised advising urge urges urged urging""".split()
)
_PAST = frozenset(
    "ordered told asked forced required instructed directed compelled allowed permitted "
    "advised urged".split()
)
_OBJECT_MAX = 6
_NOT_OBJECT = frozenset(", ; and or but if when because that which who whom to by".split())
# a repeat or a lasting state: the same event once against again (still, no longer)
_FREQUENCY = frozenset("again twice still anymore repeatedly constantly".split())


def ordered_swap(a: Parsed, b: Parsed) -> bool:
    """The person a passive says was ordered (told, asked, forced ...) to act is not the
    one the active orders: "I was ordered to pay my ex" / "X ordered my ex to pay me"."""
    return _ordered_one(a, b) or _ordered_one(b, a)


def _ordered_one(active: Parsed, passive: Parsed) -> bool:
    if _PAST.isdisjoint(passive.words) or _ORDERING.isdisjoint(active.words):
        return False
    tp = _tokens(passive)
    ordered = _passive_subject(tp)
    if ordered is None:
        return False
    ta = _tokens(active)
    for k, w in enumerate(ta[:-2]):
        if w not in _ORDERING or (k and ta[k - 1] in _AUX):
            continue
        for j in range(k + 2, min(len(ta), k + 2 + _OBJECT_MAX)):
            if ta[j] == "to":
                obj = ta[k + 1 : j]
                if _NOT_OBJECT.isdisjoint(obj):
                    return obj[-1] != ordered
                break
    return False


def _passive_subject(toks: list[str]) -> str | None:
    """The last word of the one said to be ordered: "I was ordered to" -> "me", "Was my
    son told to" -> "son"."""
    for v in range(1, len(toks) - 1):
        if toks[v] not in _PAST or toks[v + 1] != "to":
            continue
        if toks[v - 1] in _AUX and v >= 2 and toks[v - 2] not in _NOT_OBJECT:
            return toks[v - 2]  # "my ex was ordered to"
        for i in range(max(0, v - 1 - _OBJECT_MAX), v - 1):
            if toks[i] in _AUX and (i == 0 or toks[i - 1] in _WH):
                span = toks[i + 1 : v]  # "was my son told to", "why was I told to"
                if span and _NOT_OBJECT.isdisjoint(span) and _AUX.isdisjoint(span):
                    return span[-1]
    return None


_WH = frozenset("why when where how who what".split())


def repeat_added(a: Parsed, b: Parsed) -> bool:
    """A passive with a by-phrase on one side, and a word of repetition or of a lasting
    state ("again", "twice", "still", "anymore") on one side only: a repeat is another
    situation than the one event the other side tells."""
    fa, fb = _FREQUENCY.intersection(a.words), _FREQUENCY.intersection(b.words)
    if fa == fb:
        return False
    return _passive_by(a.words) or _passive_by(b.words)


def _passive_by(words: tuple[str, ...]) -> bool:
    return "by" in words and not _AUX.isdisjoint(words)
