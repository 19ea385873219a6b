"""A relation and its converse set against each other, one said and one denied (round 64):
"My friend was my bridesmaid, but I wasn't hers" / "I was my friend's bridesmaid, but she
wasn't mine", "My sister-in-law wants me as her bridesmaid but I don't want her as mine" / "I
want my sister-in-law as my bridesmaid but she doesn't want me as hers".

Each clause (split at a comma, a semicolon, "but", "though", "and" ...) is read into a
predicate, its subject, its object and whether it is denied. The object is a person, the owner
of a complement ("was my bridesmaid": me; "was hers": her), a possessive pronoun standing for
the other clause's thing ("mine", "hers", "theirs") or an owned noun ("invite my kids": me or
the kids). Two clauses with one predicate, each one's subject the other's object and one of
them denied, say who does it for whom; the sides disagree when the one doing it (the subject of
the clause said, not denied) is the other person. Said both ways, or denied both ways ("and I
was hers"), there is no one to trade: a mutual relation is the same on both sides.
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    COPULA,
    MARKS,
    NOMINATIVE,
    OBJECTIVE,
    OWNER,
    STANDALONE,
    person,
    same,
    tokens,
)
from policies.verify.text import Parsed
from policies.verify.words import canonical

_JOINS = MARKS | frozenset("but though although yet whereas while and even so".split())
_LEADS = frozenset("my our your his her their the a an".split())
_NEG = frozenset(("not", "never"))
_DETS = frozenset(("the", "a", "an", "this", "that"))
_OBJECT_START = frozenset(OBJECTIVE | set(OWNER) | set(STANDALONE) | _DETS)
# words that end a noun phrase: no head after them
_NOT_HEAD = (
    _JOINS
    | AUX
    | COPULA
    | _NEG
    | frozenset("as to of for with in on at about from by if when because that who which".split())
)
_NP_MAX = 4

Reading = tuple[str, str, frozenset[str], bool]  # (predicate, subject, objects, denied)


def _clauses(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    cur: list[str] = []
    for t in toks:
        if t in _JOINS:
            if cur:
                out.append(tuple(cur))
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(tuple(cur))
    return out


def _finite(c: tuple[str, ...], j: int) -> bool:
    """A verb after a noun subject: an -s / -ed word with an object next ("wants me")."""
    w = c[j]
    return w.endswith(("s", "ed")) and j + 1 < len(c) and c[j + 1] in _OBJECT_START


def _subject(c: tuple[str, ...]) -> tuple[str, int] | None:
    if c[0] in NOMINATIVE:
        return person(c[0]), 1
    if c[0] not in _LEADS or c[0] in ("a", "an"):
        return None
    j = 1
    while j < len(c) and j <= _NP_MAX and c[j] not in _NOT_HEAD and not _finite(c, j):
        j += 1
    if j == 1 or j >= len(c) or c[j - 1].endswith("'s"):
        return None
    return person(c[j - 1]), j


def _noun_phrase(c: tuple[str, ...], i: int) -> tuple[str, str] | None:
    """(owner, head) of a possessive noun phrase at ``i``: "my kids" (1s, kids), "my friend's
    bridesmaid" (friend, bridesmaid), "her kids" (3f, kids); owner "" with no owner."""
    if i >= len(c):
        return None
    owner = OWNER.get(c[i], "")
    if not owner and c[i] not in _DETS:
        return None
    j = i + 1
    head = ""
    while j < len(c) and j - i <= _NP_MAX and c[j] not in _NOT_HEAD and c[j] not in OBJECTIVE:
        if c[j].endswith("'s"):
            owner = person(c[j])
        else:
            head = c[j]
        j += 1
    return (owner, head) if head else None


def _objects(c: tuple[str, ...], i: int, copula: bool) -> frozenset[str]:
    """Who the clause is done to or for: a person, or an owner (and, after a verb, the owned
    thing too: "invite my kids")."""
    if i >= len(c):
        return frozenset()
    w = c[i]
    if w in STANDALONE:
        return frozenset((STANDALONE[w],))
    np = _noun_phrase(c, i)
    if np is not None:
        owner, head = np
        if copula:
            return frozenset((owner,)) if owner else frozenset()
        return frozenset(x for x in (owner, head) if x)
    if w in OBJECTIVE and not copula:
        return frozenset((person(w),))
    return frozenset()


def _read(c: tuple[str, ...]) -> Reading | None:
    if len(c) < 2:
        return None
    subj = _subject(c)
    if subj is None:
        return None
    key, i = subj
    denied = False
    n = len(c)
    while i < n and (c[i] in AUX or c[i] in _NEG):
        denied = denied or c[i] in _NEG
        i += 1
    if i >= n:
        return None
    if c[i] in COPULA:
        i += 1
        while i < n and c[i] in _NEG:
            denied = True
            i += 1
        objs = _objects(c, i, copula=True)
        return ("=be", key, objs, denied) if objs else None
    verb = c[i]
    if not verb.isalpha() or verb in _NOT_HEAD or verb in _OBJECT_START:
        return None
    objs = _objects(c, i + 1, copula=False)
    return (canonical(verb), key, objs, denied) if objs else None


def _contrast(source: str) -> tuple[str, str, str] | None:
    """(predicate, the one doing it in the clause said, the one in the clause denied)."""
    readings = [r for r in map(_read, _clauses(tokens(source))) if r is not None]
    for pred, x, xo, x_denied in readings:
        if x_denied:
            continue
        for pred2, y, yo, y_denied in readings:
            if pred2 != pred or not y_denied or same(x, y):
                continue
            if any(same(y, o) for o in xo) and any(same(x, o) for o in yo):
                return pred, x, y
    return None


def converse_contrasted(a: Parsed, b: Parsed) -> bool:
    ca = _contrast(a.source)
    if ca is None:
        return False
    cb = _contrast(b.source)
    if cb is None or cb[0] != ca[0]:
        return False
    _, x, y = ca
    _, x2, y2 = cb
    return same(x2, y) and same(y2, x) and not same(x2, x)
