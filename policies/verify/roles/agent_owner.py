"""The asker's thing undergoing another's act against the asker doing it to another's thing
(role pass 221, blind rounds 390-395).

``agent_owner_traded`` (a trade, in ``_LATER_TRADES``): one side says "P D X.. (R) I / we V1
BE V2 by (E) N.. T" (D a determiner, "the / a / this ..."; X.. one to three open words, the
thing; R an optional "that / which"; V1 an open word, the asker's deed in the relative clause;
BE "was / were / got / is / are / gets" or "has / have / had been"; V2 an open word, the passive
participle; E an optional determiner, owner or "another / some / one"; N.. one to three open
words, the agent; T the rest), or "P my / our X.. BE V2 by (E) N.. T" (the asker's thing named by
its owner word, its modifiers in X..), read again as "P I / we V2 (E) N..'s (V1) X.. T": the agent
made the thing's owner and the asker the doer. The other side is that reading, word for word
by stem (a past participle for its simple past, "torn" / "tore"; the owner's "'s" free to be
dropped after a plural's "s"): on one side the other party damages the asker's thing, on the
other the asker damages the other party's ("The jet ski I hired was damaged by another renter.
Who pays?" / "I damaged another renter's hired jet ski. Who pays?", "The car I borrowed was
dented by another driver." / "I dented another driver's borrowed car.", "My rented canoe was
damaged by another guest" / "I damaged another guest's rented canoe"). The same roles said two
ways ("Another renter damaged the jet ski I hired", "... my hired jet ski"), politeness and
filler are left (the reading must be the other side's).
"""

from __future__ import annotations

from policies.verify.roles.written import LEADS, open_word, reads_as_other, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_THING_LEADS = frozenset(("the", "a", "an", "this", "that", "these", "those"))
_ASKER = {"my": "i", "our": "we"}
_RELATIVE = frozenset(("that", "which"))
_ASKERS = frozenset(("i", "we"))
_BE = frozenset(("was", "were", "got", "is", "are", "gets"))
_PERFECT = frozenset(("has", "have", "had"))
_AGENT_LEADS = LEADS | {"another", "some", "one"}  # closed: determiners, owners
_X_MAX = 3  # "the electric jet ski"
_N_MAX = 3  # "another hotel guest"
_Words = tuple[str, ...]


def _open(w: str) -> bool:
    return open_word(w) and w not in _AGENT_LEADS


def _passive(t: _Words, b: int) -> int | None:
    """The index after the passive auxiliary at ``b``, or None."""
    if b < len(t) and t[b] in _BE:
        return b + 1
    if b + 1 < len(t) and t[b] in _PERFECT and t[b + 1] == "been":
        return b + 2
    return None


def _agent_readings(t: _Words, v: int, head: _Words) -> list[_Words]:
    """From the participle at ``v``: "V2 by (E) N.. T" read as "V2 (E) N..'s head T"."""
    n = len(t)
    if v + 2 >= n or not _open(t[v]) or t[v + 1] != "by":
        return []
    e = v + 2
    lead: _Words = ()
    if t[e] in _AGENT_LEADS:
        lead, e = (t[e],), e + 1
    out: list[_Words] = []
    for m in range(1, _N_MAX + 1):
        r = e + m
        if r > n or not _open(t[r - 1]):
            break
        out.append((t[v], *lead, *t[e : r - 1], t[r - 1] + "'s", *head, *t[r:]))
    return out


def _readings(t: _Words) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for i in range(n):
        if t[i] in _ASKER:  # "my hired jet ski was damaged by ..."
            for k in range(1, _X_MAX + 2):
                end = i + 1 + k
                if end > n or not _open(t[end - 1]):
                    break
                v = _passive(t, end)
                if v is None:
                    continue
                for r in _agent_readings(t, v, t[i + 1 : end]):
                    out.append((*t[:i], _ASKER[t[i]], *r))
            continue
        if t[i] not in _THING_LEADS:
            continue
        for k in range(1, _X_MAX + 1):  # "the jet ski (that) I hired was damaged by ..."
            end = i + 1 + k
            if end >= n or not _open(t[end - 1]):
                break
            s = end + 1 if t[end] in _RELATIVE else end
            if s + 1 >= n or t[s] not in _ASKERS or not _open(t[s + 1]):
                continue
            v = _passive(t, s + 2)
            if v is None:
                continue
            for r in _agent_readings(t, v, (t[s + 1], *t[i + 1 : end])):
                out.append((*t[:i], t[s], *r))
    return out


def _same(x: str, y: str) -> bool:
    if x == y or stem(x) == stem(y):
        return True
    if x.endswith("s's") and y == x[:-2]:  # "other renters'": the "'s" dropped
        return True
    for p, q in ((x, y), (y, x)):  # "broken" / "broke", "torn" / "tore"
        if len(q) > 2 and p.endswith("n"):
            if p == q + "n" or (len(p) == len(q) and q.endswith("e") and p[:-1] == q[:-1]):
                return True
    return False


def _fits(mine: _Words, other: _Words) -> bool:
    """Worth reading: a "by" agent on one side, the asker as subject on the other."""
    return "by" in mine and any(w in _ASKERS for w in other)


def agent_owner_traded(a: Parsed, b: Parsed) -> bool:
    return reads_as_other(tokens(a.source), tokens(b.source), _fits, _readings, _same)
