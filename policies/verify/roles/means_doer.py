"""The means or condition of an outcome done by the asker against done to the asker (role pass
185, blind round 334).

``means_doer_traded`` (a trade, in ``_LATER_TRADES``): "P M1 V-ing R.. (D) X's N.." (M1 "by /
for / from / upon" before a gerund whose doer is the one asker pronoun of P, "you / I / we") or
"P M1 Q V R.. (D) X's N.." (M1 "if / when / whenever / once", Q that pronoun said) on one side
against "P M2 (D) X V' R.. POSS N.." on the other (M2 "if / when / whenever / once", POSS the
owner of the asker's person, "your / my / our"), P every word before the mark, R the words after
the verb and N.. every word after the owned noun's owner the same, V and V' one verb by its stem
and V' not a gerund: the first side has the asker do it to the other party's thing, the second
the other party do it to the asker's, so who does it to whom is traded and the owner moves with
the object ("In the World Toe Wrestling Championship, do you win by pinning your opponent's
foot?" / "... do you win when your opponent pins your foot?", "In chess, do you lose by
capturing your opponent's queen?" / "... when your opponent captures your queen?", "Do I get a
penalty for hitting the other player's ball?" / "... when the other player hits my ball?"). The
party itself the object, "by V-ing (D) X.." against "M2 (D) X.. V' OBJ" (OBJ "you / me / us"),
is read the same ("In judo, do you win by throwing your opponent?" / "... when your opponent
throws you?"). The same doer said two ways ("by pinning" / "if you pin", "when you pin"),
politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, OWNER, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_MEANS = frozenset(("by", "for", "from", "upon"))  # before a gerund
_COND = frozenset(("if", "when", "whenever", "once"))  # before a clause
# the asker's persons: the subject pronoun, its object form and its owner
_PERSON = {"you": ("you", "your"), "i": ("me", "my"), "we": ("us", "our")}
_OBJECT = {"me": "i", "us": "we"}
_OTHER = frozenset("he she they him them it".split())
_LEADS = frozenset(("the", "a", "an", "another", "this", "that", "some", *OWNER))
_CLOSED = (
    AUX
    | COPULA
    | MARKS
    | _MEANS
    | _COND
    | _OTHER
    | frozenset(_PERSON)
    | frozenset(_OBJECT)
    | frozenset("to with of as at in on into onto than and or nor but not who whom which".split())
    | frozenset("whose what where why how because so while before after".split())
)
_OWNER_MAX = 4  # "the other team's", "your opponent's"
_MID_MAX = 3  # words between the verb and the owner's phrase: "spill coffee on"


def means_doer_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a.source), _tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _tokens(source: str) -> tuple[str, ...]:
    return tokens(source.replace("\u2019", "'"))


def _asker(pre: tuple[str, ...]) -> str | None:
    """The one asker person P says ("you", "i", "we"), no third person beside it."""
    said = {_OBJECT.get(w, w) for w in pre if w in _PERSON or w in _OBJECT}
    if len(said) != 1 or not _OTHER.isdisjoint(pre):
        return None
    return said.pop()


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` has the asker do it at a mark, ``y`` the other party at a mark after the same P."""
    for i, m in enumerate(x):
        if m not in _MEANS and m not in _COND:
            continue
        if i + 1 >= min(len(x), len(y)) or x[:i] != y[:i] or y[i] not in _COND:
            continue
        if m in _MEANS:
            p = _asker(x[:i])
            at = i + 1  # the gerund
            if p is None or not x[at].endswith("ing"):
                continue
        else:
            p = x[i + 1]
            at = i + 2  # the verb after the pronoun
            if p not in _PERSON or _asker(x[:i]) not in (None, p):
                continue
        if _read(x[at:], y[i + 1 :], p):
            return True
    return False


def _read(x: tuple[str, ...], y: tuple[str, ...], p: str) -> bool:
    """``x`` "V R.. (D) X's N..", ``y`` "(D) X V' R.. POSS N.."; or ``x`` "V (D) X.. S.." and
    ``y`` "(D) X.. V' OBJ S.."."""
    if not x or not _word(x[0]):
        return False
    verb = x[0]
    obj, poss = _PERSON[p]
    for k in range(1, min(len(x), 2 + _MID_MAX + _OWNER_MAX)):
        if x[k].endswith("'s"):
            return _owned(x, y, k, verb, poss)
        if not x[k].isalpha() or x[k] in _COND or x[k] in _PERSON or x[k] in _OBJECT:
            break
    # the party itself the object: "throwing your opponent" / "your opponent throws you"
    if len(x) < 3 or x[1] not in _LEADS:
        return False
    for e in range(3, min(len(x), 2 + _OWNER_MAX) + 1):
        party = x[1:e]
        if not all(map(_word, party[1:])):
            break
        if y[: len(party)] == party and _one_verb(verb, y[len(party) : len(party) + 1]):
            if y[len(party) + 1 : len(party) + 2] == (obj,) and y[len(party) + 2 :] == x[e:]:
                return True
    return False


def _owned(x: tuple[str, ...], y: tuple[str, ...], k: int, verb: str, poss: str) -> bool:
    """``x[k]`` the owner "X's"; its phrase runs back to a lead word or to the run's start."""
    name = x[k][:-2]
    if not name.isalpha() or k + 1 >= len(x) or not _word(x[k + 1]):
        return False
    for j in range(k, 0, -1):
        owner = (*x[j:k], name)
        mid = x[1:j]
        if len(owner) > _OWNER_MAX or len(mid) > _MID_MAX:
            break
        if j < k and not (_word(x[j]) or x[j] in _LEADS):
            break
        if j < k and x[j] in _LEADS and j + 1 < k and x[j + 1] in _LEADS:
            continue
        n = len(owner)
        if y[:n] != owner or not _one_verb(verb, y[n : n + 1]):
            continue
        if y[n + 1 : n + 1 + len(mid)] == mid and y[n + 1 + len(mid) :] == (poss, *x[k + 1 :]):
            return True
    return False


def _word(w: str) -> bool:
    return w.isalpha() and w not in _CLOSED and w not in _LEADS


def _one_verb(verb: str, said: tuple[str, ...]) -> bool:
    """``said`` one word, the same verb as ``verb`` by its stem, not a gerund."""
    if len(said) != 1 or not _word(said[0]) or said[0].endswith("ing"):
        return False
    return len(verb) > 2 and stem(verb) == stem(said[0]) != ""
