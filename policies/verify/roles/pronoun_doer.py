"""Role pass 172 (blind round 315): a pronoun doer acting on a named party's thing against the
named party acting on the pronoun's thing.

``pronoun_doer_traded`` (a trade, in ``_LATER_TRADES``): "... P (M..) V (M..) (D) X's N ..."
against "... (D) X (M..) V (M..) POSS N ...", P a subject pronoun ("they / he / she", "I / we /
you") and POSS a possessive it may be read back from ("their / his / her" for any of the third
persons, "my / our / your" for "I / we / you"), the words before and after the same and the words
between (an auxiliary, an adverb, the verb and what follows it before the owner) the same but
for the verb's agreement ("What should a student do if they break the instructor's whisk?" /
"... if the instructor breaks their whisk?", "... if they spill coffee on the organizer's laptop"
/ "... if the organizer spills coffee on their laptop"): who acts on whose thing is traded, the
named party moved from owner to doer and the pronoun from doer to owner. The same doer and owner
said again ("if he breaks the instructor's whisk", "if they accidentally break ...") are left.

Role pass 189 (blind round 341): the named party's side may say the thing with "the" in place of
the pronoun's owner, "... (D) X (M..) V (M..) the N ..." ("Can an ice carver keep the deposit if
the client cancels the order?" / "... if he cancels the client's order?"): the named party the
doer on one side and the owner of the thing the pronoun acts on on the other is the same trade.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_THIRD = frozenset(("his", "her", "their"))
_POSS = {
    "they": _THIRD,
    "he": _THIRD,
    "she": _THIRD,
    "i": frozenset(("my",)),
    "we": frozenset(("our",)),
    "you": frozenset(("your",)),
}
_THE = frozenset(("the",))  # role pass 189: "if he V-s X's N" / "if X V-s the N"
_LEADS = frozenset("the a an my our your his her their this that another".split())
_AGREED = {"has": "have", "does": "do", "is": "are", "am": "are", "was": "were"}
_NOT_BETWEEN = MARKS | frozenset("and or but who whom which that if when while because".split())
_OWNER_MAX = 3  # "the other roommate's", "her manager's"
_MID_MAX = 6
_PLURAL_OWNER_RE = re.compile(r"(?<=[a-z]s)'(?=\s)")  # "the parents' vase": "parents's"


def pronoun_doer_traded(a: Parsed, b: Parsed) -> bool:
    if "'" not in a.source + b.source and "\u2019" not in a.source + b.source:
        return False
    ta, tb = _tokens(a.source), _tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _tokens(source: str) -> tuple[str, ...]:
    return tokens(_PLURAL_OWNER_RE.sub("'s", source.replace("\u2019", "'")))


def _same(x: str, y: str) -> bool:
    """One word of the run between doer and owner, a verb agreeing with another subject."""
    if x == y:
        return True
    x, y = _AGREED.get(x, x), _AGREED.get(y, y)
    return x == y or (x.isalpha() and y.isalpha() and stem(x) == stem(y))


def _traded(tx: tuple[str, ...], ty: tuple[str, ...]) -> bool:
    """``tx`` "pre P mid (D) X's rest", ``ty`` "pre (D) X mid' POSS rest"."""
    for i, p in enumerate(tx):
        poss = _POSS.get(p)
        if poss is None or tx[:i] != ty[:i]:
            continue
        for k in range(i + 2, min(len(tx) - 1, i + 2 + _MID_MAX + _OWNER_MAX)):
            if tx[k].endswith("'s") and _read(tx, ty, i, k, poss):
                return True
    return False


def _read(tx: tuple[str, ...], ty: tuple[str, ...], i: int, k: int, poss: frozenset[str]) -> bool:
    name = tx[k][:-2]
    rest = tx[k + 1 :]
    if not name.isalpha() or not rest or not rest[0].isalpha() or rest[0] in _NOT_BETWEEN:
        return False
    for j in range(k, max(i + 1, k - _OWNER_MAX), -1):
        if j < k and (not tx[j].isalpha() or tx[j] in _NOT_BETWEEN or tx[j].endswith("'s")):
            break
        if j + 1 < k and tx[j + 1] in _LEADS:
            break  # a lead word opens the owner's phrase
        mid = tx[i + 1 : j]
        if not mid or len(mid) > _MID_MAX or not _NOT_BETWEEN.isdisjoint(mid):
            continue
        owner = (*tx[j:k], name)
        if ty[i : i + len(owner)] != owner:
            continue
        at = i + len(owner)
        said = ty[at : at + len(mid)]
        if len(said) != len(mid) or not all(map(_same, mid, said)):
            continue
        if at + len(mid) >= len(ty) or ty[at + len(mid)] not in poss | _THE:
            continue
        if ty[at + len(mid) + 1 :] == rest:
            return True
    return False
