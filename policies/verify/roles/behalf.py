"""Who acts for whom traded (role pass 183, blind round 330).

``proxy_traded`` (a trade, in ``_LATER_TRADES``): "P X M B Y S" on one side against "P X' M B'
Y' S" on the other, B and B' a phrase of acting for another ("on behalf of", "for", "in place
of", "instead of", "in the name of", or "on Y's behalf" / "on his behalf" round the party), P
(every word before the subject), M (the predicate between the subject and the phrase) and S
(every word after the party acted for) the same, X, Y, X', Y' noun phrases of a few words with
no closed-class word inside but a leading determiner or owner. The subject is the one who acts
and the party after B the one acted for, so X the party acted for on the other side (Y') and
Y the one who acts there (X'), the two subjects not the same party, asks who may act for whom
the opposite way ("Can a parent sign the canyoning waiver on behalf of their teenage child?" /
"Can a teenager sign the canyoning waiver on behalf of their parent?"). A party is read by its
words without their lead, a word matching a word that begins with it ("teen" / "teenage" /
"teenager", "child" / "children") and a pronoun by person ("me" / "I"). The same parties said
two ways ("for their teenager", "on their teen's behalf"), politeness and filler are left, and
so is a "subject" after a preposition or "and / or" or before a predicate led by a closed-class
word ("for boro or for soft glass" / "for soft glass or for boro": one choice reordered).
"""

from __future__ import annotations

import re

from policies.verify.roles.written import AUX, COPULA, FUNCTION, MARKS, OWNER, PERSON, tokens
from policies.verify.text import Parsed

# the leads of a noun phrase: determiners and owners (closed classes)
_LEADS = frozenset(("the", "a", "an", "this", "that", "these", "those", "any", *OWNER))
# the phrases of acting for another before the party acted for (closed: prepositions)
_FOR = (
    ("on", "behalf", "of"),
    ("in", "place", "of"),
    ("instead", "of"),
    ("in", "the", "name", "of"),
    ("for",),
)
# closed-class words that cannot be a word of a party's noun phrase
_STOP = AUX | COPULA | MARKS | FUNCTION | {"instead", "behalf"}
# prepositions and joiners: a noun phrase after one is no subject
_JOINS = frozenset(
    "to for from with of as at in on by into onto than and or nor but about after before".split()
)
_PARTY_MAX = 4  # "their teenage foster child"
_WORD_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def proxy_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    ra, rb = _readings(ta), _readings(tb)
    if not ra or not rb:
        return False
    for i, ya, ea in ra:
        for k, yb, eb in rb:
            if ta[ea:] != tb[eb:]:
                continue
            m = _common_tail(ta[:i], tb[:k])
            if m == 0:
                continue
            if not _open(ta[i - m]):
                continue  # the predicate starts at a verb ("sign", "open"), not "or" / "for"
            p = _common_head(ta[: i - m], tb[: k - m])
            if p and ta[p - 1] in _JOINS:
                continue  # the subject is no object of a preposition or an alternative
            xa, xb = ta[p : i - m], tb[p : k - m]
            if _traded(xa, ya, xb, yb):
                return True
    return False


def _traded(
    xa: tuple[str, ...], ya: tuple[str, ...], xb: tuple[str, ...], yb: tuple[str, ...]
) -> bool:
    parties = [_party(w) for w in (xa, ya, xb, yb)]
    if any(not x for x in parties):
        return False
    sa, fa, sb, fb = parties
    return (
        _same(sa, fb)
        and _same(fa, sb)
        and not _same(sa, sb)
        and not _same(fa, fb)
        and not _same(sa, fa)
        and not _same(sb, fb)
    )


def _readings(x: tuple[str, ...]) -> list[tuple[int, tuple[str, ...], int]]:
    """Each phrase of acting for another in ``x``: where it starts, the party's words (an
    owner's "'s" before "behalf" dropped) and the index after them."""
    out = []
    for i, w in enumerate(x):
        for phrase in _FOR:
            n = len(phrase)
            if x[i : i + n] != phrase:
                continue
            for e in range(i + n + 1, min(len(x), i + n + _PARTY_MAX) + 1):
                y = x[i + n : e]
                if _phrase(y):
                    out.append((i, y, e))
        if w == "on":
            # "on their teen's behalf", "on his behalf"
            for e in range(i + 2, min(len(x) - 1, i + 1 + _PARTY_MAX) + 1):
                if x[e] != "behalf":
                    continue
                y = x[i + 1 : e]
                if len(y) == 1 and y[0] in OWNER:
                    out.append((i, y, e + 1))
                elif y[-1].endswith("'s"):
                    y = (*y[:-1], y[-1][:-2])
                    if _phrase(y):
                        out.append((i, y, e + 1))
    return out


def _phrase(words: tuple[str, ...]) -> bool:
    """A noun phrase of a party: a pronoun alone, or a lead and words no closed class holds."""
    if not words or len(words) > _PARTY_MAX:
        return False
    if len(words) == 1 and words[0] in PERSON:
        return True
    body = words[1:] if words[0] in _LEADS else words
    return bool(body) and all(_open(w) for w in body)


def _party(words: tuple[str, ...]) -> frozenset[str]:
    """The party's words without their lead, a pronoun or owner alone read by person."""
    if not words:
        return frozenset()
    if len(words) == 1 and (words[0] in PERSON or words[0] in OWNER):
        return frozenset((PERSON.get(words[0]) or OWNER[words[0]],))
    if not _phrase(words):
        return frozenset()
    body = words[1:] if words[0] in _LEADS else words
    return frozenset(w.removesuffix("'s") for w in body)


def _same(x: frozenset[str], y: frozenset[str]) -> bool:
    return any(_alike(u, v) for u in x for v in y)


def _alike(u: str, v: str) -> bool:
    if u == v:
        return True
    short, long_ = sorted((u, v), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _open(w: str) -> bool:
    return w not in _STOP and w not in _LEADS and w not in PERSON and bool(_WORD_RE.fullmatch(w))


def _common_tail(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    return n


def _common_head(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n
