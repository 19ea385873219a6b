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
subject and owner that only change together, are left.

Role pass 173 (blind round 316): ``standalone_subject_traded`` reads the other party said whole
on both sides, the asker the subject with the party's elliptical genitive ending the clause
against the party the subject with the asker's standalone ending it ("I'm opening a smokehouse
across the street from my mentor's" / "My mentor is opening a smokehouse across the street from
mine"; "We're building a fence next to our neighbor's" / "Our neighbor is building a fence next
to ours"): the party "D W.. N" the same words on both sides (the genitive's "'s" aside), the
asker's person the subject's on one side and the standalone's on the other, and an owner in the
middle following its subject ("parking my truck in front of my cousin's" / "parking his truck in
front of mine")."""

from __future__ import annotations

from policies.verify.roles.written import (
    MARKS,
    NOMINATIVE,
    OWNER,
    PERSON,
    STANDALONE,
    THIRD,
    tokens,
)
from policies.verify.text import Parsed

_PREPS = frozenset(
    "to for with than of on at from into onto about against over like toward towards near beside"
    " behind opposite past by".split()
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
    if _named_traded(a, b) or _named_traded(b, a):
        return True
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


# Role pass 173: the party named whole, "D W.. N's" ending one side's clause (D "my / our / your /
# the", at most three words after it) and "D W.. N" its other side's subject
_PARTY_LEADS = frozenset("my our your the".split())
_PARTY_MAX = 4
_Named = tuple[str, tuple[str, ...], tuple[str, ...], str]


def _party_ended(c: tuple[str, ...]) -> _Named | None:
    """ "I / we ... P D W.. N's": the asker's person, the middle and the party's words."""
    lead: tuple[str, ...] = ()
    if c and c[0] in _LEADS:
        lead, c = c[:1], c[1:]
    if not c or c[0] not in NOMINATIVE or not c[-1].endswith("'s") or not c[-1][:-2].isalpha():
        return None
    for k in range(2, _PARTY_MAX + 1):
        if len(c) < k + 3 or c[-k] in _PREPS:
            break
        if c[-k] in _PARTY_LEADS and c[-k - 1] in _PREPS:
            party = (*c[-k:-1], c[-1][:-2])
            if not all(w.isalpha() and w not in _PREPS for w in party[1:]):
                return None
            return PERSON[c[0]], lead, c[1:-k], " ".join(party)
    return None


def _party_subject(c: tuple[str, ...], r: _Named) -> bool:
    """ "D W.. N ... P mine": the party said whole as subject, the same middle (each owner of
    the asker's person on the other side one of a third person here) and the asker's standalone
    at the end."""
    person, lead, middle, party = r
    words = tuple(party.split())
    if c[: len(lead)] != lead:
        return False
    c = c[len(lead) :]
    if c[: len(words)] != words or len(c) != len(words) + len(middle) + 1:
        return False
    if STANDALONE.get(c[-1]) != person or c[-2] not in _PREPS:
        return False
    for u, v in zip(middle, c[len(words) : -1], strict=True):
        if OWNER.get(u) == person and OWNER.get(v) in THIRD:
            continue
        if u in PERSON or v in PERSON or _agreed(u) != _agreed(v):
            return False
    return True


def _named_traded(a: Parsed, b: Parsed) -> bool:
    cb = _clauses(tokens(b.source))
    for c in _clauses(tokens(a.source)):
        r = _party_ended(c)
        if r is not None and r[0] != "2" and any(_party_subject(d, r) for d in cb):
            return True
    return False
