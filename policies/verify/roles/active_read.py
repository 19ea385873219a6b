"""Role pass 48 (blind rounds 140-142): a passive read as the active it says, an "after" clause
read on its own, "someone else's" read as an owner.

``passive_said_active``: "X was V-ed [M] by Y R" read as "Y V-ed X [M] R" ("I was fined by the
inspector for selling raw milk to the farm stand" -> "the inspector fined me for selling ...",
"My brother was lent our savings by me without asking my husband" -> "I lent my brother our
savings without asking ..."), and a prepositional passive "X is V-ed for by Y" as "Y V-ed for X"
("My mother is cared for by the aide" -> "the aide cared for my mother"). The other side, read
the same way when it is a passive too, is then asked of `role_swap`: the passive's doer and the
one done to, traded against the active, are read as the active's subject and object.

``lead_clause_said``: "After X V-ed me, I W-ed ..." / "After I V-ed X, she W-ed ...": both sides
led by the same subordinator ("after", "before", "when", "since", "once", "until", "because"),
each clause read on its own, so a swap in the led clause is not hidden by the main clause's
doer changing too ("After I hit his mirror, the driver rammed my bike" / "After he hit my
mirror, I rammed the driver's car").

``else_owner_said``: "someone else's N" read as "someone's N" ("Did I violate the license by
selling prints of someone else's model?" / "Did someone violate the license by selling prints
of my model?": the asker and "someone" trade the doer and the owner).
"""

from __future__ import annotations

from itertools import pairwise

from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import MARKS, OWNER, PERSON, tokens
from policies.verify.text import Parsed, parse

_BE = frozenset("am is are was were be been being get gets got gotten".split())
_SKIP = frozenset("being been also just not never even".split())
_TO_OBJECT = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
_TO_SUBJECT = {v: k for k, v in _TO_OBJECT.items() if k != "she"} | {"her": "she"}
_PREPS = frozenset("for to at on with after about of into".split())
# where a by-phrase's doer ends: a clause mark, or a phrase that is no part of it
_ENDS = MARKS | frozenset(
    "for to without with at in on after before because when while since from over during "
    "and but so if until instead".split()
)
_IRREGULAR = frozenset(
    "lent sent spent built hurt hit cut put paid told sold said made held left kept caught "
    "bought brought taught fought sought beaten bitten written given taken driven shown seen "
    "thrown known stolen chosen forgotten sworn torn worn won beat bit led fed met shot".split()
)
_AUX = frozenset(
    "have has had will would can could should must may might shall do does did".split()
)
_OWNER_OBJECT = {"my": "me", "our": "us", "his": "him", "her": "her", "their": "them"}
_DETS = frozenset("the a an my our your his her their this that these those some".split())


def _participle(w: str) -> bool:
    return w.endswith("ed") or w in _IRREGULAR


def _active(t: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...] | None:
    """The one passive of ``t`` with a by-phrase, said as the active (its verb in the form the
    other side gives it, "cared" as "cares"); None if there is none."""
    found: list[tuple[str, ...]] = []
    for k, w in enumerate(t):
        if w not in _BE or k == 0 or t[k - 1] in _BE:
            continue
        p = k + 1
        while p < len(t) and t[p] in _SKIP:
            p += 1
        if p >= len(t) or not _participle(t[p]):
            continue
        try:
            by = t.index("by", p + 1)
        except ValueError:
            continue
        middle = t[p + 1 : by]
        if len(middle) > 4 or MARKS.intersection(middle) or "by" in middle:
            continue
        end = next((e for e in range(by + 1, len(t)) if t[e] in _ENDS), len(t))
        if by + 1 < end and t[by + 1] in _TO_SUBJECT and t[by + 1] != "her":
            end = by + 2  # "by me last week": a pronoun is the whole doer ("by her friend": none)
        agent = t[by + 1 : end]
        if not agent or not (agent[0] in _TO_SUBJECT or agent[0] in _DETS or len(agent) == 1):
            continue  # "by selling ...": no doer
        start = max((e + 1 for e in range(k) if t[e] in MARKS), default=0)
        head = k
        while head > start and t[head - 1] in _AUX:
            head -= 1  # "I have been asked": the subject before "have"
        subject = t[start:head]
        if not subject or len(subject) > 5:
            continue
        if len(subject) == 1 and subject[0] in _TO_OBJECT:
            subject = (_TO_OBJECT[subject[0]],)
        if len(agent) == 1 and agent[0] in _TO_SUBJECT:
            agent = (_TO_SUBJECT[agent[0]],)
        stem = _stem(t[p])
        verb = next((w for w in other if w != t[p] and _stem(w) == stem), t[p])
        owner = _OWNER_OBJECT.get(subject[0])
        if owner and any(_stem(x) == stem and y == owner for x, y in pairwise(other)):
            continue  # "my ticket was issued by X" / "X issued me a ticket": the owner receives
        if len(middle) == 1 and middle[0] in _PREPS:
            said = (*agent, verb, *middle, *subject)  # "is cared for by Y": "Y cares for X"
        else:
            said = (*agent, verb, *subject, *middle)  # "was lent N by Y": "Y lent X N"
        found.append((*t[:start], *said, *_joined_subject(t, end, t[start:head])))
    return found[0] if len(found) == 1 else None


# role pass 74: a predicate joined after the by-phrase with its subject left out is the
# passive's subject's ("I was trained wrong by my shift lead and got written up" -> "my shift
# lead trained me wrong and I got written up"), said in full so the active's subject does not
# take it over
_JOINS = frozenset(("and", "but"))
_JOINED_VERB = (_BE | _AUX | frozenset(("then", "also", "later"))) - frozenset(("be", "being"))


def _joined_subject(t: tuple[str, ...], end: int, subject: tuple[str, ...]) -> tuple[str, ...]:
    rest = t[end:]
    if len(rest) < 2 or rest[0] not in _JOINS:
        return rest
    nxt = rest[1]
    if nxt in _JOINED_VERB or (_participle(nxt) and nxt not in PERSON):
        return (rest[0], *subject, *rest[1:])
    return rest


def passive_said_active(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "by" not in a.words and "by" not in b.words:
        return None
    ta, tb = tokens(a.source), tokens(b.source)
    xa = _active(ta, tb) if "by" in ta else None
    xb = _active(tb, ta) if "by" in tb else None
    if xa is None and xb is None:
        return None
    ra, rb = xa or ta, xb or tb
    if ra == rb:
        return None
    return parse(" ".join(ra)), parse(" ".join(rb))


_PEOPLE = frozenset(PERSON) | frozenset(OWNER)
_LEADS = frozenset("after before when since once until because".split())


def _led(t: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The clause the first subordinator opens ("After X V-ed me, ...", "... after X V-ed
    me."), up to its clause mark."""
    k = next((i for i, w in enumerate(t) if w in _LEADS), None)
    if k is None:
        return None
    end = next((e for e in range(k + 1, len(t)) if t[e] in MARKS), len(t))
    if end - k < 3:
        return None
    return t[k], t[k + 1 : end]


def lead_clause_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _LEADS.isdisjoint(a.words):
        return None
    la, lb = _led(tokens(a.source)), _led(tokens(b.source))
    if la is None or lb is None or la[0] != lb[0] or la[1] == lb[1]:
        return None
    wa, wb = set(la[1]), set(lb[1])
    if _PEOPLE.isdisjoint(wa) or _PEOPLE.isdisjoint(wb) or len((wa ^ wb) - _PEOPLE) > 2:
        return None  # people trading places keep the clause's other words
    return parse(" ".join(la[1])), parse(" ".join(lb[1]))


_SOMEONE = frozenset("someone somebody anyone anybody".split())


def _else_dropped(t: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for w in t:
        if w == "else's" and out and out[-1] in _SOMEONE:
            out[-1] += "'s"
        else:
            out.append(w)
    return tuple(out)


def else_owner_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    ta, tb = tokens(a.source), tokens(b.source)
    if "else's" not in ta and "else's" not in tb:
        return None
    xa, xb = _else_dropped(ta), _else_dropped(tb)
    if (xa == ta and xb == tb) or xa == xb:
        return None  # "of else's model", no "someone": no reading (it would recur)
    return parse(" ".join(xa)), parse(" ".join(xb))
