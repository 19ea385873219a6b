"""Role pass 202 (blind rounds 360-362): the doer and the owner of the part acted on traded, the
part said with "of" on one side and with "'s" on the other.

``part_owner_traded`` (a trade, in ``_LATER_TRADES``): one side "P S V the N.. of O R", read as
"P S V O's N.. R", against "P O V S's N.. R" on the other (S and O noun phrases "D (M) H", D a
determiner or an owner, "another" too, S opening a clause; V one to three words, the same on
both sides; N.. one to three words, a genitive among them; P and R the same): S does the act to
O's part on one side, O to S's on the other ("My derby car hit the driver's door of another car"
/ "Another car hit my derby car's driver's door", "My dog bit the leg of another dog" /
"Another dog bit my dog's leg"). The same doer said two ways ("hit another car's driver's
door") is left.
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED
from policies.verify.roles.written import FUNCTION, LEADS, MARKS, PERSON, tokens
from policies.verify.text import Parsed

_MINE = frozenset(("my", "our"))  # one party: "my club" / "our club"
_DETS = LEADS | frozenset(("another", "some"))
_OPENERS = frozenset("if when whenever once after before because since while but and so".split())
_NOT_WORD = _CLOSED | FUNCTION | _DETS | frozenset(PERSON)
_WORDS_MAX = 3  # the words after a noun phrase's lead; a part's words; a verb's words


def _word(w: str) -> bool:
    return w.replace("-", "").isalpha() and w not in _NOT_WORD


def _np(s: tuple[str, ...]) -> bool:
    """``s`` "D (M) H": a lead and one to three words, none a closed-class word."""
    return 2 <= len(s) <= _WORDS_MAX + 1 and s[0] in _DETS and all(_word(w) for w in s[1:])


def _verb(s: tuple[str, ...]) -> bool:
    return bool(s) and _word(s[0]) and all(w.isalpha() and w not in _DETS for w in s)


def _owner(w: str) -> str:
    return w[:-2] if w.endswith("'s") else ""


def _said_genitive(t: tuple[str, ...]) -> list[tuple[tuple[str, ...], int]]:
    """Each "the N.. of O" of ``t`` said "O's N..": (the new words, where O starts)."""
    out = []
    for i, w in enumerate(t):
        if w != "the":
            continue
        for k in range(i + 2, min(len(t), i + 2 + _WORDS_MAX)):
            if t[k] == "of":
                break
            if not _word(_owner(t[k]) or t[k]):
                break
        else:
            continue
        part = t[i + 1 : k]
        for lo in range(2, _WORDS_MAX + 2):
            o = t[k + 1 : k + 1 + lo]
            if len(o) == lo and _np(o):
                out.append(((*t[:i], *o[:-1], o[-1] + "'s", *part, *t[k + 1 + lo :]), i))
    return out


def _traded(ta: tuple[str, ...], at: int, tb: tuple[str, ...]) -> bool:
    """``ta`` "P S V O's R" with O at ``at``, ``tb`` "P O V S's R"."""
    for ls in range(2, _WORDS_MAX + 2):
        for lv in range(1, _WORDS_MAX + 1):
            j = at - lv - ls
            if j < 0 or ta[:j] != tb[:j] or not (j == 0 or ta[j - 1] in MARKS | _OPENERS):
                continue
            s, v = ta[j : j + ls], ta[j + ls : at]
            if not (_np(s) and _verb(v)):
                continue
            for lo in range(2, _WORDS_MAX + 2):
                e = at + lo
                o = ta[at:e]
                if len(o) < lo or not _owner(o[-1]) or not _np((*o[:-1], _owner(o[-1]))):
                    continue
                bare = (*o[:-1], _owner(o[-1]))
                if bare == s or {bare[0], s[0]} <= _MINE:
                    continue
                said = (*bare, *v, *s[:-1], s[-1] + "'s")
                if tb[j:e] == said and ta[e:] == tb[e:]:
                    return True
    return False


def part_owner_traded(a: Parsed, b: Parsed) -> bool:
    if "of" not in a.words and "of" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        if "of" not in x or len(x) - 2 != len(y):
            continue
        if any(_traded(said, at, y) for said, at in _said_genitive(x)):
            return True
    return False
