"""Role pass 164 (blind round 304): the asker made the subject and the other party moved out of
it, read by aligning the two sides around the clause that trades them.

``asker_subject_traded`` (a trade, in ``_LATER_TRADES``) reads two shapes:

- "D X V my N R" against "I V my N P D' Y R" (P "with / through / at", "we / our" for "I / my"):
  the party X does V to the asker's N on one side, the asker does it on the other, the party
  said in a phrase after N ("My tour operator cancelled my husky tour; can I get a refund?" /
  "I cancelled my husky tour with the operator; ..."). X and Y end in the same noun (the head
  may lose its modifiers: "my tour operator" / "the operator"), V, N and R are the same.
- "I am V-ing D X (P Z) R" against "D' X (P' Z) BE V-ing me R" (a progressive, "we / us" for
  "I / me"): the asker does V to X on one side, X does it to the asker on the other, the words
  of X the same and a place after it free to change its preposition ("I'm hosting a pen pal
  from Mexico" / "A pen pal in Mexico is hosting me").

The words before the clause and R must be the same on both sides. A mutual act ("meet",
"date") is left, as is the same doer said two ways ("I'm hosting a Mexican pen pal").
"""

from __future__ import annotations

from policies.verify.roles.followed import _MUTUAL_ACTS
from policies.verify.roles.written import AUX, COPULA, MARKS, NOMINATIVE, OBJECTIVE, tokens
from policies.verify.text import Parsed

_LEADS = frozenset("my our the a an his her their its your this that".split())
_MINE = {"i": "my", "we": "our"}
_ME = {"i": "me", "we": "us"}
_AM = {"i": frozenset(("am", "was")), "we": frozenset(("are", "were"))}
_BE = frozenset("is are was were".split())
_BESIDE = frozenset(("with", "through", "at"))
_PLACE = frozenset(("from", "in", "at", "of", "near"))
_NP_MAX = 4  # "my local tour operator", "an exchange student"
_CLOSED = MARKS | AUX | COPULA | NOMINATIVE | OBJECTIVE | _BESIDE | _PLACE | frozenset(_LEADS)


def _noun(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """``words`` without a lead word when they are a short noun phrase of open words."""
    if words and words[0] in _LEADS:
        words = words[1:]
    if not words or len(words) > _NP_MAX:
        return None
    if any(not w.isalpha() or w in _CLOSED for w in words):
        return None
    return words


def _cancelled(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "D X V my N R", ``y`` "I V my N P D' Y R", X and Y with the same head."""
    for i, me in enumerate(y[:-4]):
        if me not in _MINE or y[i + 2] != _MINE[me]:
            continue
        verb = y[i + 1]
        if not verb.isalpha() or verb in _CLOSED or verb in _MUTUAL_ACTS:
            continue
        for p in range(i + 4, len(y) - 1):
            if y[p] not in _BESIDE:
                continue
            thing = y[i + 2 : p]  # "my husky tour"
            if _noun(thing) is None:
                continue
            for v in range(1, len(x) - len(thing)):
                if x[v] != verb or x[v + 1 : v + 1 + len(thing)] != thing:
                    continue
                rest = x[v + 1 + len(thing) :]
                doer = _noun(x[i:v])
                if len(y) - len(rest) <= p + 1 or y[len(y) - len(rest) :] != rest:
                    continue
                party = _noun(y[p + 1 : len(y) - len(rest)])
                if doer and party and doer[-1] == party[-1] and x[:i] == y[:i]:
                    return True
    return False


def _split(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A noun phrase and the place after it ("a pen pal from mexico": pen pal, mexico)."""
    k = next((j for j, w in enumerate(words) if w in _PLACE), len(words))
    noun = _noun(words[:k])
    place = words[k + 1 :]
    if noun is None or (k < len(words) and _noun(place) is None):
        return None
    return noun, place


def _hosted(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "I am V-ing D X (P Z) R", ``y`` "D' X (P' Z) BE V-ing me R"."""
    for k in range(1, len(y) - 2):
        if y[k] not in _BE or not y[k + 1].endswith("ing") or y[k + 1] in _MUTUAL_ACTS:
            continue
        for j in range(len(x) - 3):
            me = x[j]
            if me not in _AM or x[j + 1] not in _AM[me] or x[j + 2] != y[k + 1]:
                continue
            if y[k + 2] != _ME[me] or x[:j] != y[:j]:
                continue
            rest = y[k + 3 :]
            end = len(x) - len(rest)
            if end <= j + 3 or x[end:] != rest:
                continue
            ours, theirs = _split(x[j + 3 : end]), _split(y[j:k])
            if ours is None or theirs is None or ours[0] != theirs[0]:
                continue
            if not ours[1] or not theirs[1] or ours[1] == theirs[1]:
                return True
    return False


def asker_subject_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _cancelled(ta, tb) or _cancelled(tb, ta) or _hosted(ta, tb) or _hosted(tb, ta)
