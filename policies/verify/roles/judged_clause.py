"""The judged act's doer traded between an infinitive and a finite clause (role pass 160).

``clause_doer_traded``: "Is it ADJ (for me / us) to V X R" on one side, the asker the unstated
doer of V and X the one it is done to, against "Is it ADJ if / when X V-s me / us R'" on the
other, X the doer and the asker the one it is done to ("Is it rude to ask the chef for his
recipe after the paella class?" / "Is it rude if the chef asks me for my recipe after the
paella class?"). The frame's judgment and the verb are the same, X is said word for word on both
sides, and R and R' are the same but for their owners ("his recipe" / "my recipe": whose thing
follows the trade). The asker the doer on both sides ("if I ask the chef"), X said "for X to V
me" (``followed.judged_doer_traded``'s shape) and a mutual act ("date", "meet") are left.
"""

from __future__ import annotations

from policies.verify.roles.followed import _MUTUAL_ACTS
from policies.verify.roles.written import AUX, COPULA, MARKS, NOMINATIVE, OWNER, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKS = frozenset(("is", "was", "would", "will"))  # "Is it", "Would it be"
_CLAUSE = frozenset(("if", "when", "whenever"))
_ASKER = frozenset(("me", "us"))
_DOER_MAX = 5  # "my ex's new boyfriend"


def clause_doer_traded(a: Parsed, b: Parsed) -> bool:
    words = a.words + b.words
    if "it" not in words or "to" not in words or _ASKER.isdisjoint(words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _frame(x: tuple[str, ...]) -> tuple[int, str, int] | None:
    """Where "Is / Would it (be) (W) ADJ" ends in ``x``: the words before it as a count, ADJ and
    the index after ADJ."""
    for i in range(1, len(x) - 2):
        if x[i] != "it" or x[i - 1] not in _ASKS:
            continue
        j = i + 1 + (x[i + 1] == "be")
        for k in (j, j + 1):  # "Is it rude", "Is it a bit rude", "Is it really rude"
            if k + 1 < len(x) and x[k + 1] in _CLAUSE | {"to", "for"} and x[k].isalpha():
                return i - 1, x[k], k + 1
    return None


def _said(x: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("<own>" if w in OWNER else w for w in x)


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` the asker's act "Is it ADJ (for me) to V X R", ``y`` X's "Is it ADJ if X V-s me R'"."""
    fx, fy = _frame(x), _frame(y)
    if fx is None or fy is None or stem(fx[1]) != stem(fy[1]) or x[: fx[0]] != y[: fy[0]]:
        return False
    i, j = fx[2], fy[2]
    if x[i] == "for" and i + 2 < len(x) and x[i + 1] in _ASKER:
        i += 2  # "for me to": the asker said
    if x[i] != "to" or i + 2 >= len(x) or y[j] not in _CLAUSE:
        return False
    verb = x[i + 1]
    if not verb.isalpha() or verb in COPULA or verb in AUX or verb in _MUTUAL_ACTS:
        return False
    rest = x[i + 2 :]
    for k in range(j + 2, min(j + 2 + _DOER_MAX, len(y) - 1)):
        if y[k + 1] not in _ASKER or stem(y[k]) != stem(verb) or y[k] in _MUTUAL_ACTS:
            continue
        doer = y[j + 1 : k]
        if not NOMINATIVE.isdisjoint(doer) or not MARKS.isdisjoint(doer):
            return False  # "if I ask the chef": the asker the doer on both sides
        if rest[: len(doer)] != doer:
            return False  # the one done to on one side is not the doer on the other
        return _said(rest[len(doer) :]) == _said(y[k + 2 :])
    return False
