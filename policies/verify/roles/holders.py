"""The one who feels or thinks a thing traded with the one the thing is about (round 64): "My
cousin is angry I didn't invite her kids" / "I'm angry my cousin didn't invite my kids", "My
wife thinks I'm hiding something" / "I think my wife is hiding something". Each side is read at
its start (after a wh-word, "do / is" put back) as a holder, a feeling ("is angry", "is upset
that") or a verb of thinking or saying, and the subject of the clause it is about; the holder
on one side is that subject on the other and the other way round. A pronoun for the other one
("My son thinks he is smart" / "He thinks my son is smart") may be either: no trade.
Round 83: a noun phrase with "a", a place ("A mom from class is upset that I didn't invite her
son" / "I'm upset that a mom from class didn't invite my son") or a relative clause without
"who" ("The blog owner I write for is mad that I linked ..." / "I'm mad that the blog owner I
write for linked ...") read by its head noun.
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    COPULA,
    MARKS,
    NOMINATIVE,
    person,
    same,
)
from policies.verify.text import Parsed
from policies.verify.words import canonical

_THINK = frozenset(
    """think thinks thought feel feels felt believe believes believed say says said know
    knows knew suspect suspects suspected assume assumes assumed claim claims claimed worry
    worries worried insist insists insisted complain complains complained""".split()
)
# a cheap look first: a copula or one of these among the first words
_HOLDS = _THINK | COPULA
_WH = frozenset("why how what when does do did is are was were".split())
_LEADS = frozenset("my our your his her their the a an".split())
_LINKS = frozenset(("that", "because"))
_NEG = frozenset(("not", "never"))
_NOT_WORD = (
    MARKS
    | AUX
    | COPULA
    | _NEG
    | _LINKS
    | NOMINATIVE
    | frozenset("to of for with in on at about from by if when as and or but so".split())
)
_NP_MAX = 4
_EXPLETIVE = frozenset(("it", "that", "this", "there"))


def _np(t: tuple[str, ...], i: int) -> tuple[str, int] | None:
    """(key, end) of a subject at ``i``: a pronoun, or "my / the" and up to four words."""
    if i >= len(t):
        return None
    if t[i] in NOMINATIVE:
        return person(t[i]), i + 1
    if t[i] not in _LEADS:
        return None
    j = i + 1
    while j < len(t) and j - i <= _NP_MAX and t[j] not in _NOT_WORD and t[j] not in _THINK:
        if t[j].endswith("ed"):
            break
        j += 1
    if j == i + 1 or t[j - 1].endswith("'s"):
        return None
    return person(t[j - 1]), _after(t, j)


_PLACE = frozenset("from at in of".split())
_STRANDED = frozenset("for with to from at on about under".split())


def _after(t: tuple[str, ...], j: int) -> int:
    """The end of a noun phrase past a place ("a mom from class") or a relative clause without
    "who" ("the blog owner I write for"), when a verb follows it; else ``j``."""
    if j >= len(t):
        return j
    k = j
    if t[j] in _PLACE:
        k = j + 1
        while k < len(t) and k - j <= 3 and (t[k] in _LEADS or t[k] not in _NOT_WORD):
            k += 1
        if k == j + 1 or t[k - 1] in _LEADS:
            return j
    elif t[j] in NOMINATIVE and j + 1 < len(t) and t[j + 1].isalpha():
        k = j + 1
        if t[k] in COPULA and k + 1 < len(t):
            k += 1  # "the mom I'm co-hosting with"
        if t[k] in _NOT_WORD or t[k] in _THINK:
            return j
        k += 1
        if k < len(t) and t[k] in _STRANDED:
            k += 1
    else:
        return j
    if k < len(t) and (t[k] in COPULA or t[k] in AUX or t[k].endswith("ed")):
        return k
    return j


def _clause_subject(t: tuple[str, ...], i: int) -> str | None:
    """The subject of the clause at ``i``, a verb after it ("I didn't", "my cousin forgot")."""
    np = _np(t, i)
    if np is None or np[1] >= len(t):
        return None
    nxt = t[np[1]]
    if nxt in AUX or nxt in COPULA or nxt in _NEG or nxt.endswith(("ed", "s")):
        return np[0]
    return None


def _holder(t: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(feeling or verb, holder, the subject of the clause it is about), read on the parsed
    words (contractions said in full)."""
    i = 0
    lead = ""  # "is" in "why is my cousin angry", "does" in "does my wife think"
    if t and t[0] in _WH:
        i = 1
        if t[0] in COPULA or t[0] in AUX:
            lead = t[0]
        elif len(t) > 1 and (t[1] in COPULA or t[1] in AUX):
            lead, i = t[1], 2
    np = _np(t, i)
    if np is None or np[1] + 1 >= len(t):
        return None
    holder, k = np
    if holder in _EXPLETIVE:
        return None
    if lead in COPULA:
        if t[i] not in NOMINATIVE and not t[k].endswith("ed"):
            if k - i < 3:
                return None
            holder, k = person(t[k - 2]), k - 1  # "is my cousin angry": the last word
    elif lead:
        if t[k] not in _THINK:
            return None
    elif t[k] in COPULA:
        k += 1  # "my cousin is angry"
    elif t[k] not in _THINK:
        return None
    pred = t[k]
    if pred in _NOT_WORD or not pred.isalpha():
        return None
    k += 1
    if k < len(t) and t[k] in _LINKS:
        k += 1
    about = _clause_subject(t, k)
    return (canonical(pred), holder, about) if about else None


def _maybe(words: tuple[str, ...]) -> bool:
    """A cheap look first (set operations only): a feeling or a verb of thinking among the
    first words, and a subject ("I", "my ...", "the ...") after the first two."""
    head = words[:9]
    return not _HOLDS.isdisjoint(head) and not _SUBJECTS.isdisjoint(head[2:])


_SUBJECTS = NOMINATIVE | _LEADS


def holder_traded(a: Parsed, b: Parsed) -> bool:
    if not (_maybe(a.words) and _maybe(b.words)):
        return False
    ha = _holder(a.words)
    if ha is None:
        return False
    hb = _holder(b.words)
    if hb is None or ha[0] != hb[0]:
        return False
    _, x, y = ha
    _, x2, y2 = hb
    return same(x2, y) and same(y2, x) and not same(x, y) and not same(x2, y2)
