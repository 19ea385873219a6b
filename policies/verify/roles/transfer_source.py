"""The asker made the source of a transfer (role pass 156, blind rounds 297-299).

``recipient_made_source``: "P V me / us N R" (or "P V N to me / us R") on one side against "P
V2 N from me / us R" on the other, P (every word before the verb), N and R the same and the
same pronoun: the asker the recipient of the transfer on one side (the other party rents,
lends, sells to me) and its source on the other (it takes from me), the verbs free to differ
("How do I ask the shop owner to rent me their sealing machine?" / "How do I ask the shop owner
to rent their sealing machine from me?", "Can I ask my neighbor to lend me his ladder?" / "Can
I ask my neighbor to borrow his ladder from me?"). The asker the recipient on both sides ("rent
me their machine" / "rent their machine to me", "lend me" / "loan me") is left.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

_ASKER = frozenset(("me", "us"))
# closed-class words that cannot be the transfer verb
_NOT_VERBS = frozenset(
    (
        *AUX,
        *COPULA,
        *"to for from with at by of in on about as and or but not".split(),
        *"i we you he she they it me us him her them my our your his their its".split(),
    )
)
_NP_MAX = 5  # "their sealing machine", "the old wooden frame"


def recipient_made_source(a: Parsed, b: Parsed) -> bool:
    if "from" not in a.words and "from" not in b.words:
        return False
    if _ASKER.isdisjoint(a.words) or _ASKER.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _sources(y: tuple[str, ...]) -> list[tuple[int, str, tuple[str, ...]]]:
    """Each "V N from me / us R" in ``y``: (the verb's index, the pronoun, "N R")."""
    found = []
    for k in range(2, len(y) - 1):
        if y[k] != "from" or y[k + 1] not in _ASKER:
            continue
        for v in range(max(0, k - 1 - _NP_MAX), k - 1):
            n = y[v + 1 : k]
            if _verb(y[v]) and not MARKS.intersection(n) and not _ASKER.intersection(n):
                found.append((v, y[k + 1], (*n, *y[k + 2 :])))
    return found


def _received(x: tuple[str, ...], v: int, pronoun: str) -> tuple[str, ...] | None:
    """ "N R" of "V me N R" or "V N to me R" at verb index ``v`` in ``x``, else None."""
    if v + 2 >= len(x) or not _verb(x[v]):
        return None
    if x[v + 1] == pronoun:
        return x[v + 2 :]
    for k in range(v + 2, min(len(x) - 1, v + 2 + _NP_MAX)):
        if x[k] in MARKS:
            break
        if x[k] == "to" and x[k + 1] == pronoun:
            return (*x[v + 1 : k], *x[k + 2 :])
    return None


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "P V me N R" / "P V N to me R", y "P V2 N from me R"."""
    for v, pronoun, rest in _sources(y):
        if x[:v] != y[:v] or not rest or rest[0] in MARKS:
            continue
        if _received(x, v, pronoun) == rest:
            return True
    return False


def _verb(w: str) -> bool:
    return w.isalpha() and w not in _NOT_VERBS
