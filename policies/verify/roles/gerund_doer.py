"""Role pass 200 (blind rounds 357-359): the doer of a gerund's act traded with its object.

``gerund_doer_traded`` (a trade, in ``_LATER_TRADES``): "P for V-ing Y.. T" against "P CONJ
Y.. (AUX) V-s PRON T", P the same words (the main verb and its object X), CONJ a clause mark
("when / whenever / because / if / after / once"), V one verb by its stem, PRON an object
pronoun ("him / her / them / me / us / it"), Y.. the same noun phrase of one to eight words
(no personal pronoun leading it) and T the same. The gerund's unspoken doer is a party of the
main clause and Y.. the one it acts on; in the clause Y.. does the act to that party ("Why
would an adjudicator mark a dancer down for copying the dancer next to her?" / "... when the
dancer next to her copies her?", "book a player for fouling the player behind him" / "when the
player behind him fouls him"). The gerund's mark may also be "after / while / by". The same
roles said with the party as the clause's subject ("because she copied the dancer next to
her"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.recast import owned_tokens
from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import AUX, COPULA, NOMINATIVE
from policies.verify.text import Parsed

_MARKS = frozenset(("for", "after", "while", "by"))  # a gerund's preposition
_CONJ = frozenset(("when", "whenever", "because", "if", "after", "once"))
_PRON = frozenset(("him", "her", "them", "me", "us", "it"))
_AUXES = AUX | COPULA | {"'s"}
_MAX = 8  # words in the noun phrase Y..


def _gerunds(x: tuple[str, ...]) -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """(P, V's stem, the words after V) of each "P MARK V-ing ..."."""
    out = []
    for f in range(1, len(x) - 2):
        if x[f] in _MARKS and x[f + 1].endswith("ing") and len(x[f + 1]) > 4:
            out.append((x[:f], _stem(x[f + 1]), x[f + 2 :]))
    return out


def _clauses(
    x: tuple[str, ...],
) -> list[tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]]:
    """(P, V's stem, Y.., T) of each "P CONJ Y.. (AUX) V PRON T"."""
    out = []
    for c in range(1, len(x) - 3):
        if x[c] not in _CONJ or x[c + 1] in NOMINATIVE or x[c + 1] in _PRON:
            continue
        for k in range(c + 2, min(len(x) - 1, c + 2 + _MAX + 2)):
            if x[k + 1] not in _PRON or x[k] in _AUXES:
                continue
            e = k
            while e > c + 1 and x[e - 1] in _AUXES and k - e < 2:
                e -= 1
            y = x[c + 1 : e]
            if 0 < len(y) <= _MAX:
                out.append((x[:c], _stem(x[k]), y, x[k + 2 :]))
    return out


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    clauses = _clauses(y)
    if not clauses:
        return False
    for p, v, after in _gerunds(x):
        for p2, v2, np, rest in clauses:
            if p == p2 and v == v2 and after == np + rest:
                return True
    return False


def gerund_doer_traded(a: Parsed, b: Parsed) -> bool:
    """See the module docstring."""
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
