"""Role pass 49 (blind rounds 143-145): two noun phrases traded across a relative clause, and a
standalone owner read as the noun it stands for.

``relative_subjects_traded``: "X V-s N that Y V-ed" / "Y V-s N that X V-ed" (the main clause's
subject traded with the relative clause's: "The dealer I bought from won't service cars that
another dealer sold" / "Another dealer won't service cars that the dealer I bought from sold").
The same words around them; what lies between the two must hold "that" / "who" / "which" and
no "and" / "or" (two parallel conjuncts say the same in either order).

``than_owner_said``: "... than mine V-ed me" read as "than my N V-ed me", and "than my sister's
V-ed her" as "than my sister's N V-ed her", N the noun before the same verb earlier ("My
sister's installer charged her less than mine charged me" / "My installer charged me less than
my sister's charged her"); ``role_swap`` is asked of the readings.
"""

from __future__ import annotations

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.text import Parsed, parse

_MARKS = frozenset(("that", "who", "which", "whom"))
_PARALLEL = frozenset(("and", "or", "nor", "vs", "versus", "between", "both", "either"))
_MAX_SPAN = 7
_STANDALONE = {"mine": "my", "yours": "your", "hers": "her", "ours": "our", "theirs": "their"}
_NOT_NOUN = PUNCT | frozenset(
    "i me you he him she her we us they them it my your his our their 's that who which than "
    "as and or but to the a an".split()
)


def _exchanged(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    n = len(x)
    p = 0
    while p < n and x[p] == y[p]:
        p += 1
    s = 0
    while s < n - p and x[n - 1 - s] == y[n - 1 - s]:
        s += 1
    ma, mb = x[p : n - s], y[p : n - s]
    m = len(ma)
    for lx in range(1, min(_MAX_SPAN, m - 1) + 1):
        first = ma[:lx]
        if mb[m - lx :] != first:
            continue
        for ly in range(1, min(_MAX_SPAN, m - lx - 1) + 1):
            second = ma[m - ly :]
            if first == second or mb[:ly] != second:
                continue
            between = ma[lx : m - ly]
            if between != mb[ly : m - lx] or _MARKS.isdisjoint(between):
                continue
            if _PARALLEL.intersection(between) or PUNCT.intersection(between):
                continue
            if PUNCT.intersection(first) or PUNCT.intersection(second):
                continue
            return True
    return False


def relative_subjects_traded(a: Parsed, b: Parsed) -> bool:
    """ "X won't V N that Y V-ed" / "Y won't V N that X V-ed": the two subjects traded."""
    if _MARKS.isdisjoint(a.words) or _MARKS.isdisjoint(b.words):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or len(ta) != len(tb) or sorted(ta) != sorted(tb):
        return False
    return _exchanged(ta, tb)


def _said(x: tuple[str, ...]) -> tuple[str, ...]:
    """ "than mine V" / "than X's V" with the noun before the same verb earlier put in."""
    if "than" not in x and "as" not in x:
        return x
    out = list(x)
    for i in range(len(x) - 2, 0, -1):
        verb = x[i + 1]
        if verb in _NOT_NOUN or verb in _STANDALONE or not ("than" in x[:i] or "as" in x[:i]):
            continue  # "mine than" / "mine mine": no verb follows, and the reading would recur
        if x[i] not in _STANDALONE and x[i] != "'s":
            continue
        heads = [
            x[j - 1]
            for j in range(1, i)
            if x[j] == verb and x[j - 1] not in _NOT_NOUN and x[j - 1] not in _STANDALONE
        ]
        if len(heads) != 1:
            continue
        if x[i] == "'s":
            out[i + 1 : i + 1] = [heads[0]]
        else:
            out[i : i + 1] = [_STANDALONE[x[i]], heads[0]]
    return tuple(out)


def than_owner_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "less than mine charged me" read as "less than my installer charged me"."""
    if "than" not in a.words and "than" not in b.words:
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    xa, xb = _said(ta), _said(tb)
    if (xa == ta and xb == tb) or xa == xb:
        return None
    return (
        parse(" ".join(xa).replace(" 's", "'s")),
        parse(" ".join(xb).replace(" 's", "'s")),
    )
