"""Readings the other voice or the other order does not keep (a second white-box red team):
read only when ``kept.roles_kept`` found no reading with the same doer and receiver.

- ``double_by``: a passive with two by-phrases ("My tutor was replaced by a new tutor by the
  agency") against an active that does not name them as "with" and doer in that order.
- ``owner_pronoun_changed``: the doer's owner said by another pronoun ("My brother's
  girlfriend sued him" / "My brother was sued by her girlfriend").
- ``agents_traded``: two passives of one verb with the doers traded ("The deposit was
  returned by my landlord" / "My landlord's deposit was returned by me").
- ``place_doer``: a by-phrase that is a place made the doer ("My dog was left by the door" /
  "The door left my dog").
- ``dative_receiver``: a dative's receiver changed ("gave the manager a referral to my
  coworker" / "gave a referral to the manager to my coworker"); "introduce X to Y" is left
  alone, read as symmetric (round 37 served "introduces me to his friends" / "introduces his
  friends to me").
- ``and_order``: two events joined by "and" in the other order with a pronoun pointing back
  ("I reported my neighbor and he threatened me" / "My neighbor threatened me and I reported
  him").
- ``who_did``: "Who did the manager choose?" / "Who chose the manager?" (irregular pasts).
"""

from __future__ import annotations

from policies.verify.lexicon import BASE_OF_PAST, TIME_WORDS
from policies.verify.roles.kept import (
    _ARTICLES,
    _AUX,
    _BREAK,
    _DATIVE,
    _PLACES,
    _measured,
    _passive_kept,
    _same_verb,
    _tokens,
)
from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.verbs import _PAST_FORMS
from policies.verify.text import Parsed

_OWNERS = ("his", "her", "their")
_REPLACE = ("replace", "substitute", "swap", "exchange")
_PRONOUN_OBJ = frozenset("me him her them us you it".split())
_BACK = frozenset("him her them it his their its".split())
_WH = frozenset("who whom what when where why how which whose".split())
_MINOR = frozenset("me him her them us you it my his their our your its the a an then".split())
_PREPS = frozenset("about for of with without from on in at into over after before as".split())


def reread_swap(a: Parsed, b: Parsed) -> bool:
    """One of the readings above tells the two sides apart."""
    by_a, by_b = "by" in a.words, "by" in b.words
    if by_a or by_b:
        ta, tb = _measured(_tokens(a)), _measured(_tokens(b))
        if (by_b and _voiced(ta, tb)) or (by_a and _voiced(tb, ta)):
            return True
    if "and" in a.words and "and" in b.words and and_order(a, b):
        return True
    if (a.words[:1] == ("who",) or a.words[:1] == ("whom",)) and who_did(a, b):
        return True
    if ("to" in a.words or "to" in b.words) and not _DATIVE.isdisjoint(a.words):
        return dative_receiver(_tokens(a), _tokens(b))
    return False


def _voiced(ta: list[str], tb: list[str]) -> bool:
    """``tb`` has a by-phrase after a participle: read it against ``ta``."""
    if _AUX.isdisjoint(tb):
        return False
    return (
        double_by(ta, tb)
        or owner_pronoun_changed(ta, tb)
        or agents_traded(ta, tb)
        or place_doer(ta, tb)
    )


def _by_phrases(tb: list[str]) -> list[int]:
    """Indexes of "by" after an auxiliary and a participle (within five words)."""
    out = []
    for j, w in enumerate(tb):
        if w == "by" and any(x in _AUX for x in tb[max(0, j - 6) : j - 1]):
            out.append(j)
    return out


def double_by(ta: list[str], tb: list[str]) -> bool:
    """Two by-phrases on ``tb`` ("replaced by X by Y"), fewer on ``ta``. The second names
    the doer only for a verb of replacing with the first the "with" object on ``ta`` and
    the passive's subject its object ("Y replaced me with X", not "by Friday"); after another
    verb the first is the doer ("hit by a car by the school", not "the school hit me with")."""
    bys = _by_phrases(tb)
    if len(bys) < 2 or bys[1] - bys[0] > 6 or ta.count("by") >= 2 or "with" not in ta:
        return False
    v = tb[bys[0] - 1]
    if v in _AUX:
        return False
    if not any(_same_verb(r, v) for r in _REPLACE):
        return True
    first = tb[bys[0] + 1 : bys[1]]
    aux = next(k for k, x in enumerate(tb) if x in _AUX)
    subj, w = tb[:aux], ta.index("with")
    k = next((k for k in range(w) if _same_verb(ta[k], v)), -1)
    if not TIME_WORDS.isdisjoint(first) or ta[w + 1 : w + 1 + len(first)] != first:
        return True
    return k < 0 or ta[k + 1 : w] != subj


def _np_end(toks: list[str], s: int) -> int:
    """The end of the noun phrase starting at ``s`` (up to six words, to a boundary)."""
    e = s
    while e < len(toks) and e - s < 6 and toks[e] not in _BREAK and toks[e] not in _PREPS:
        if e > s and toks[e] in _ARTICLES:
            break
        e += 1
    return e


def owner_pronoun_changed(ta: list[str], tb: list[str]) -> bool:
    """The passive's doer owned by another pronoun than the one the active reading needs:
    "My brother's girlfriend sued him" / "My brother was sued by her girlfriend"."""
    for j in _by_phrases(tb):
        if j + 2 >= len(tb) or tb[j + 1] not in _OWNERS:
            continue
        for alt in _OWNERS:
            if alt != tb[j + 1] and _passive_kept(ta, [*tb[: j + 1], alt, *tb[j + 2 :]]):
                return True
    return False


def _agent(toks: list[str]) -> tuple[str, list[str]] | None:
    """(participle, doer) of the first by-phrase after a participle."""
    for j in _by_phrases(toks):
        if toks[j - 1] in _AUX or j + 1 >= len(toks):
            continue
        e = _np_end(toks, j + 1)
        if e > j + 1:
            return toks[j - 1], toks[j + 1 : e]
    return None


def _head(tok: str) -> str:
    return tok[:-2] if tok.endswith("'s") else tok


def agents_traded(ta: list[str], tb: list[str]) -> bool:
    """Both sides passives of one verb with other doers, one side's doer named elsewhere on
    the other: "The deposit was returned by my landlord" / "My landlord's deposit was
    returned by me"."""
    ra, rb = _agent(ta), _agent(tb)
    if ra is None or rb is None or ra[0] != rb[0] or ra[1] == rb[1]:
        return False
    for (_, doer), other, theirs in ((ra, tb, rb[1]), (rb, ta, ra[1])):
        head = doer[-1]
        rest = [_head(t) for t in other]
        if head in rest and head not in theirs:
            return True
    return False


def place_doer(ta: list[str], tb: list[str]) -> bool:
    """A by-phrase naming a place ("left by the door") against a side with no by-phrase
    that names the place: the place made the doer ("The door left my dog")."""
    if "by" in ta:
        return False
    r = _agent(tb)
    return r is not None and r[1][-1] in _PLACES and r[1][-1] in ta


def _receiver(m: list[str]) -> list[str] | None:
    """The receiver after a dative verb: the first of two objects ("the manager a
    referral"), else the noun phrase after the last "to"."""
    if m:
        if m[0] in _PRONOUN_OBJ:
            first = 1
        elif m[0] in _ARTICLES:
            first = _np_end(m, 0)
        else:
            first = 0
        if first and first < len(m) and m[first] in _ARTICLES:
            return m[:first]
    for t in range(len(m) - 2, -1, -1):  # the last "to" before a noun phrase ("to wear")
        if m[t] == "to" and (m[t + 1] in _ARTICLES or m[t + 1] in _PRONOUN_OBJ):
            return m[t + 1 : _np_end(m, t + 1)]
    return None


def dative_receiver(ta: list[str], tb: list[str]) -> bool:
    """The same words round a dative verb, "to" aside, and another receiver."""
    if sorted(w for w in ta if w != "to") != sorted(w for w in tb if w != "to") or ta == tb:
        return False
    for k, w in enumerate(ta):
        if k >= len(tb) or tb[k] != w:
            return False
        if w not in _DATIVE:
            continue
        ra, rb = _receiver(ta[k + 1 :]), _receiver(tb[k + 1 :])
        return ra is not None and rb is not None and ra != rb
    return False


def _clauses(p: Parsed) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    toks = _tokens(p)
    cut = toks.index(",") if "," in toks else len(toks)
    state = toks[:cut]
    if state.count("and") != 1:
        return None
    i = state.index("and")
    one, two = state[:i], state[i + 1 :]
    if not two or not (two[0] in _PRONOUN_OBJ or two[0] in _ARTICLES) or _WH.intersection(state):
        return None  # "lives with X and visits me": one subject; "what is it and how"
    if not (_past(one) and _past(two)):
        return None  # events, not states ("I have a cold and a fever")
    return tuple(one), tuple(two), tuple(toks[cut:])


def _past(clause: list[str]) -> bool:
    return any(t.endswith("ed") or t in BASE_OF_PAST or t in _PAST_FORMS for t in clause[1:])


def _content(clause: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_head(t) for t in clause if t not in _MINOR)


def and_order(a: Parsed, b: Parsed) -> bool:
    """Two events joined by "and" in the other order, a pronoun pointing back: "I paid the
    movers and they broke my TV" / "The movers broke my TV and I paid them"."""
    ca, cb = _clauses(a), _clauses(b)
    if ca is None or cb is None or ca[2] != cb[2]:
        return False
    x1, x2, y1, y2 = _content(ca[0]), _content(ca[1]), _content(cb[0]), _content(cb[1])
    if x1 | x2 != y1 | y2 or not (x1 & y2) - y1 or not (x2 & y1) - y2:
        return False
    return not _BACK.isdisjoint(ca[1]) or not _BACK.isdisjoint(cb[1])


def _base(past: str) -> set[str]:
    out = {past[:-1], past[:-2], past[:-3] + "y", past[:-3]} if past.endswith("ed") else set()
    for table in (BASE_OF_PAST, _PAST_FORMS):
        if past in table:
            out.add(table[past])
    return out


def who_did(a: Parsed, b: Parsed) -> bool:
    """ "Who did X V?" on one side, "Who V-ed X?" on the other (X the doer, then the one
    done to), irregular pasts included."""
    for one, other in ((a.words, b.words), (b.words, a.words)):
        if len(one) < 4 or one[1] != "did" or len(other) != len(one) - 1:
            continue
        if other[0] != one[0] or other[2:] != one[2:-1] or one[-1] in _SYMMETRIC:
            continue  # "Who did Tom marry?" / "Who married Tom?": the same question
        if one[-1] in _base(other[1]):
            return True
    return False
