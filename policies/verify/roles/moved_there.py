"""A motion's goal said as the moved thing's owner or place and "there / here", against an
explicit "from A to B" that sets out from that place (role pass 212, blind rounds 369-374).

``there_goal_traded`` (a trade, in ``_LATER_TRADES``): one side says "... P's N ... V there /
here from B ..." or "... the N in P ... V there / here from B ..." (P a name or noun phrase of
up to five words with no closed-class word inside, said as the owner of the moved thing or
after "in" before the verb; V the word before "there / here", an open-class word), so the
thing went from B to P: "there / here" points back to the place the thing is now. The other
side says "... V from P to B ..." with the same V, so the thing went from P to B: the place
named first is the goal on one side and the origin on the other ("Was London's Cleopatra's
Needle moved there from Alexandria?" / "Was Cleopatra's Needle moved from London to
Alexandria?"). The same direction said two ways ("moved from Alexandria to London", "brought to
London from Alexandria"), another verb, politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.written import LEADS, MARKS, NOT_IN_PHRASE, tokens
from policies.verify.text import Parsed

_DEICTIC = frozenset(("there", "here"))
_PLACE_MAX = 5  # "the Temple of Dendur" is no place; "New York", "St. Petersburg" are
_Words = tuple[str, ...]


def there_goal_traded(a: Parsed, b: Parsed) -> bool:
    if "from" not in a.words or "from" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _open(w: str) -> bool:
    return w not in NOT_IN_PHRASE and w.replace("-", "").isalnum()


def _bare(words: _Words) -> _Words:
    return words[1:] if words and words[0] in LEADS else words


def _phrase_after(x: _Words, i: int) -> _Words:
    """The noun phrase starting at ``x[i]``: a lead, then open-class words (bounded)."""
    j = i + 1 if i < len(x) and x[i] in LEADS else i
    end = j
    while end < len(x) and end - j < _PLACE_MAX and _open(x[end]) and not x[end].endswith("'s"):
        end += 1
    return x[j:end] if end > j else ()


def _goals(x: _Words, t: int) -> list[_Words]:
    """The places before ``x[t]`` the moved thing is said to be in: an owner "P's" or "in P"."""
    out: list[_Words] = []
    for k in range(t):
        w = x[k]
        if w.endswith("'s") and len(w) > 2:
            last = w[:-2]
            s = k
            while s > 0 and k - s < _PLACE_MAX - 1 and _open(x[s - 1]) and "'" not in x[s - 1]:
                s -= 1
            for start in range(s, k + 1):
                out.append((*x[start:k], last))
        elif w == "in":
            place = _phrase_after(x, k + 1)  # may run on into the verb: each of its ends
            out.extend(place[:n] for n in range(1, len(place) + 1))
    return out


def _traded(x: _Words, y: _Words) -> bool:
    """``x`` says "P's N V there from B", ``y`` "V from P to B"."""
    for t in range(1, len(x) - 2):
        if x[t] not in _DEICTIC or x[t + 1] != "from" or not _open(x[t - 1]):
            continue
        verb, origin = x[t - 1], _phrase_after(x, t + 2)
        if not origin:
            continue
        goals = _goals(x, t - 1)
        if goals and _from_to(y, verb, goals, origin):
            return True
    return False


def _from_to(y: _Words, verb: str, goals: list[_Words], origin: _Words) -> bool:
    """``y`` says "V from G to B", G one of ``goals``, B ``origin``, the phrase ending there."""
    for i in range(1, len(y) - 3):
        if y[i] != "from" or y[i - 1] != verb:
            continue
        first = _phrase_after(y, i + 1)
        j = i + 1 + (y[i + 1] in LEADS) + len(first)
        if not first or j >= len(y) - 1 or y[j] != "to":
            continue
        second = _phrase_after(y, j + 1)
        end = j + 1 + (y[j + 1] in LEADS) + len(second)
        if not second or (end < len(y) and y[end] not in MARKS and _open(y[end])):
            continue
        if _bare(second) != _bare(origin) or _bare(first) == _bare(origin):
            continue
        if any(_bare(g) == _bare(first) for g in goals):
            return True
    return False
