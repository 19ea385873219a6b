"""Reorders that keep the meaning: comma-set adjuncts moved to the front, the question
put before the statement it asks about, two stated facts joined by "and" in the other
order, what is judged put first ("Is $49 a month a fair price for X?" / "Is X at $49 a
month a fair price?"). ``direction_swap`` reads these as the same order."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_CHUNK_WORD = re.compile(r"[a-z0-9']+")
# words an adjunct starts with: a phrase or clause that may stand before or after its clause
_ADJUNCT_LEADS = frozenset(
    """during at in on after before if when whenever while because since although though
    even unless until once without for as from""".split()
)


def clauses_moved(a: Parsed, b: Parsed) -> bool:
    """``b`` is ``a`` with comma-set adjuncts moved to the front ("During the group project,
    if the senior covers for the freshman, how should I handle it?" / "How should I handle it
    if the senior covers for the freshman during the group project?"): the same words in each
    chunk, every chunk but one starting with an adjunct's lead word, that one the rest of
    the other side once the adjuncts are taken out where they stand)."""
    chunks = [_CHUNK_WORD.findall(c) for c in b.source.lower().replace("\u2019", "'").split(",")]
    if not 2 <= len(chunks) <= 4 or any(not c for c in chunks):
        return False
    target = _CHUNK_WORD.findall(a.source.lower().replace("\u2019", "'"))
    if len(target) != sum(len(c) for c in chunks):
        return False
    if sum(c[0] not in _ADJUNCT_LEADS for c in chunks) != 1:
        return False
    if [w for c in chunks for w in c] == target:
        return False  # nothing moved
    rest = target
    for c in chunks:
        if c[0] not in _ADJUNCT_LEADS:
            continue
        at = _find(rest, c)
        if at < 0:
            return False
        rest = rest[:at] + rest[at + len(c) :]
    return rest == next(c for c in chunks if c[0] not in _ADJUNCT_LEADS)


def _find(words: list[str], run: list[str]) -> int:
    n = len(run)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == run:
            return i
    return -1


_COND_LEADS = frozenset(("if", "when", "since", "because"))


def _chunks(p: Parsed) -> list[list[str]]:
    return [_CHUNK_WORD.findall(c) for c in p.source.lower().replace("\u2019", "'").split(",")]


def question_moved(a: Parsed, b: Parsed) -> bool:
    """ "My roommate kicked me out, what are my rights?" / "What are my rights if my roommate
    kicked me out?", "..., is that normal?" / "Is it normal that ...?": a statement and the
    question asked about it, the question put first with the statement after "if" / "when"
    / "since" / "because" (or "that" after "is it ...")."""
    ca = _chunks(a)
    if len(ca) != 2 or "," in b.source or not ca[0] or len(ca[1]) < 2:
        return False
    state, ask = ca
    tb = _CHUNK_WORD.findall(b.source.lower().replace("\u2019", "'"))
    n = len(ask)
    if tb[:n] == ask and n < len(tb) and tb[n] in _COND_LEADS:
        return _negated_alike(tb[n + 1 :]) == _negated_alike(state)
    if ask[:2] == ["is", "that"] and tb[:2] == [
        "is",
        "it",
    ]:  # "is that normal" / "is it normal that"
        m = n
        return (
            tb[2:m] == ask[2:] and m < len(tb) and tb[m] in ("that", "if") and tb[m + 1 :] == state
        )
    return False


# A present or future "not" said with another auxiliary: "My HOA won't allow antennas, what
# can I do?" / "What can I do if my HOA doesn't allow antennas?" (said in place, "won't
# allow" / "doesn't allow" already match: "will" and "does" are function words); "didn't"
# (the past) and "can't" (an ability) stay as said.
_NOT_AUX = frozenset(("won't", "doesn't", "don't"))
_AUX_BEFORE_NOT = frozenset(("will", "does", "do"))


def _negated_alike(words: list[str]) -> list[str]:
    """``words`` with "won't" / "doesn't" / "don't" / "will not" / "does not" / "do not" one
    token."""
    if _NOT_AUX.isdisjoint(words) and "not" not in words:
        return words
    out: list[str] = []
    for w in words:
        if w in _NOT_AUX:
            out.append("doesn't")
        elif w == "not" and out and out[-1] in _AUX_BEFORE_NOT:
            out[-1] = "doesn't"
        else:
            out.append(w)
    return out


def conjuncts_swapped(a: Parsed, b: Parsed) -> bool:
    """ "Our rent is $950 and one bedroom is bigger, how should we split it?" / "One bedroom is
    bigger and our rent is $950, how ...": two stated facts joined by "and", in another order.
    Only present states ("is / are / has" with an adjective or a number) are order-free; an
    event ("I was fired", "I got sick", "my visa expired") has a place in the story."""
    ca, cb = _chunks(a), _chunks(b)
    if len(ca) != len(cb) or len(ca) < 2 or ca[1:] != cb[1:]:
        return False
    first = ca[0]
    for i, w in enumerate(first):
        if w != "and" or i == 0:
            continue
        left, right = first[:i], first[i + 1 :]
        if not (_fact(left) and _fact(right)):
            continue  # "I was sick and I was fired": events have an order
        if cb[0] == [*right, "and", *left]:
            return True
    return False


def subject_moved(a: Parsed, b: Parsed) -> bool:
    """ "Is $49 a month a fair price for a gym membership?" / "Is a gym membership at $49 a
    month a fair price?": what is judged put first with its price or time after "at"; "Is
    June a good time to list a house?" / "Is it a good time to list a house in June?"."""
    if a.content != b.content:
        return False
    ta, tb = a.words, b.words
    if len(tb) == len(ta) + 2 and tb[1] == "it":
        for size in (1, 2, 3):
            when, rest = ta[1 : 1 + size], ta[1 + size :]
            if tb[-size - 1] in _WHEN_PREPS and tb[2:] == (*rest, tb[-size - 1], *when):
                return True
    if len(ta) != len(tb):
        return False
    for k in range(2, min(len(tb) - 2, 7)):
        if tb[k] != "at":
            continue
        judged = tb[1:k]
        if ta[len(ta) - k :] == ("for", *judged) and ta[1 : len(ta) - k] == tb[k + 1 :]:
            return True
    return False


_WHEN_PREPS = frozenset(("in", "on", "at", "during"))


_CLAUSE_SUBJECTS = frozenset("i we you he she they it".split())
_OBJECTS = frozenset("me us him them".split())


def _clause(words: list[str]) -> bool:
    """A clause with a verb, not a noun phrase: a subject pronoun first ("I quit"), or a
    past tense or an object pronoun after the first word ("my boss yelled at me")."""
    if len(words) < 2:
        return False
    if words[0] in _CLAUSE_SUBJECTS:
        return True
    return any(w.endswith("ed") or w in _OBJECTS or w in _PAST_BE for w in words[1:])


_FACTS = frozenset("am is are has have".split())
_PAST_BE = frozenset("was were had got".split())


def and_reordered(a: Parsed, b: Parsed) -> bool | None:
    """Two parts joined by "and" in the other order, every other word in place: True for two
    clauses telling what happened ("My boss yelled at me and I quit" / "I quit and my boss
    yelled at me": what came first, what followed from what), False for two facts ("My tutor
    is strict and my son is lazy" / "My son is lazy and my tutor is strict": the same), None
    for anything else (no such swap, or noun phrases: "my boss and my coworker")."""
    ta = _CHUNK_WORD.findall(a.source.lower().replace("\u2019", "'"))
    tb = _CHUNK_WORD.findall(b.source.lower().replace("\u2019", "'"))
    if len(ta) != len(tb) or ta == tb:
        return None
    i = 0
    while ta[i] == tb[i]:
        i += 1
    j = 0
    while ta[-1 - j] == tb[-1 - j]:
        j += 1
    n = len(ta)
    for k in range(i + 1, n - j - 1):
        if ta[k] != "and":
            continue
        for s in range(i, -1, -1):  # the swapped part starts at or before the first change
            for e in range(n - j, n + 1):
                left, right = ta[s:k], ta[k + 1 : e]
                if tb[s:e] != [*right, "and", *left]:
                    continue
                if _fact(left) and _fact(right):
                    return False
                if not (_clause(left) and _clause(right)):
                    return None
                return True  # "I was sick and I was fired" / "I was fired and I was sick"
    return None


def _fact(words: list[str]) -> bool:
    """ "my tutor is strict", "I have a cat": a present state, no event."""
    return (
        len(words) >= 3
        and not _FACTS.isdisjoint(words)
        and _PAST_BE.isdisjoint(words)
        and not any(w.endswith("ed") for w in words)
    )
