"""Role pass 148 (blind round 287): the subject and the owner of an independent possessive
pronoun traded ("I wrote a response poem to hers" / "She wrote a response poem to mine"; "My
essay was a rebuttal to hers" / "Her essay was a rebuttal to mine").

``standalone_subject_traded`` (a trade, in ``_LATER_TRADES``): a clause of each side read as
"S ... P X" with S a subject pronoun or "OWNER N" at the clause's start (after a shared
subordinator, if any) and X an independent possessive ("mine / ours / yours / hers / theirs",
"his" before a clause mark) ending the clause after a preposition; the words between the same on
both sides (a verb's agreement aside), and the subject's person on each side the owner's person
on the other, the two persons not one. The rest of the texts may differ (a follow-up said
another way does not undo who did what to whose). The same persons on both sides, or a
subject and owner that only change together, are left."""

from __future__ import annotations

from policies.verify.roles.written import MARKS, NOMINATIVE, OWNER, PERSON, STANDALONE, tokens
from policies.verify.text import Parsed

_PREPS = frozenset(
    "to for with than of on at from into onto about against over like toward towards".split()
)
_LEADS = frozenset("if when after since because so and but once while".split())
_AGREE = {"am": "be", "is": "be", "are": "be", "was": "was", "were": "was", "has": "have"}
_AGREE.update({"does": "do", "have": "have", "do": "do"})
_Reading = tuple[str, tuple[str, ...], str]


def _clauses(t: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    start = 0
    for i, w in enumerate((*t, ".")):
        if w in MARKS:
            if i > start:
                out.append(t[start:i])
            start = i + 1
    return out


def _read(c: tuple[str, ...]) -> _Reading | None:
    lead: tuple[str, ...] = ()
    if c and c[0] in _LEADS:
        lead, c = c[:1], c[1:]
    if len(c) < 4 or c[-2] not in _PREPS:
        return None
    last = c[-1]
    owned = STANDALONE.get(last) or ("3m" if last == "his" else None)
    if owned is None:
        return None
    if c[0] in NOMINATIVE:
        subject, middle = PERSON[c[0]], c[1:-1]
    elif c[0] in OWNER and c[1].isalpha() and c[1] not in PERSON:
        subject, middle = OWNER[c[0]], c[1:-1]
    else:
        return None
    if subject == owned or not set(middle).isdisjoint(PERSON):
        return None
    return subject, lead + tuple(_agreed(w) for w in middle), owned


def _agreed(w: str) -> str:
    if w in _AGREE:
        return _AGREE[w]
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxzh":
        return w[:-2]
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _readings(p: Parsed) -> list[_Reading]:
    return [r for c in _clauses(tokens(p.source)) if (r := _read(c)) is not None]


def standalone_subject_traded(a: Parsed, b: Parsed) -> bool:
    if not (_has_standalone(a) and _has_standalone(b)):
        return False
    rb = _readings(b)
    for sa, ma, oa in _readings(a):
        for sb, mb, ob in rb:
            if ma == mb and sa == ob and oa == sb:
                return True
    return False


def _has_standalone(p: Parsed) -> bool:
    return any(w in STANDALONE or w == "his" for w in p.words)
