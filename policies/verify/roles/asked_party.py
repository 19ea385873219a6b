"""Role pass 71 (blind rounds 194-196): the party a told deed was done to traded with the one
the question that follows asks about.

``done_to_asker_traded``: a statement "S V-ed (O) P X" or "S V-ed X" and then a question "Do /
Can / Does Y V2 ...?", against the same statement with Y in X's place and the question asking
about X ("Customs seized goods from the seller I bought from. Do I get a refund?" / "Customs
seized goods from me that I bought from the seller. Does the seller get a refund?"): who the
deed was done to and who asks both changed, so the answer is another one. A pronoun is read by
its person ("I" and "me" the same one); the question's verb and the statement's verb the same
on both sides.

Role pass 91 (blind rounds 218-220): ``doer_asked_traded``, the same trade with the one who
acts: a statement whose subject is the asker's party ("I", "we", "my / our N") naming another
party after it, then a question about "we / I", against a statement whose subject is that other
party naming the asker after it, then the same question about "they / he / she / it" ("My
roller derby league wants to merge with a bigger league. Will we lose our name?" / "A bigger
roller derby league wants to merge into ours. Will they lose their name?"). The question's
pronouns follow the subject on each side, so it asks about the other party. The question's
words must be the same but for those pronouns (and the verb agreeing), every one changed the
same way; a question with the same people ("will we lose our name?" on both), a statement
kept by the asker's party on both sides, and a question with people changed both ways ("Can I
sue him?" / "Can he sue me?", read by the other readers) are left.

Role pass 103 (blind round 239): ``done_to_asker_traded`` also reads the statement's doer in the
place of the one done to: "X V-ed ... . Should I V2?" against "I V-ed ... . Should X V2?", the
same verb after each statement's subject and the same question's verb ("My kid's teacher handed
out wild berries on a field trip. Should I complain?" / "I handed out wild berries on my kid's
field trip. Should the teacher complain?"): who did it and who the question asks about traded
together. X is named back by its head ("the teacher" for "my kid's teacher") or by "he / she /
they" where that side's statement names X's head; the same doer on both sides (a question asked
of another person only) and the same question subject are left.
"""

from __future__ import annotations

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.roles.relative_events import (
    _FUNCTION,
    _OBJECTS,
    _PERSON,
    _PERSONS,
    _SUBJECTS,
    _right_phrases,
)
from policies.verify.text import Parsed
from policies.verify.words import stem

_Tokens = tuple[str, ...]

_ENDS = frozenset((".", "?", "!", ";"))
_ASKS = frozenset(
    "do does did can could will would should shall may might is are am was were have has".split()
)
_PREPS = frozenset(("from", "to", "for", "against"))
_MAX_GAP = 4  # words between the verb and the preposition ("seized goods from")

_Key = tuple[str | None, str]


def _sentences(x: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    s = 0
    for i, w in enumerate(x):
        if w in _ENDS:
            if i > s:
                out.append(x[s : i + 1])
            s = i + 1
    if s < len(x):
        out.append(x[s:])
    return out


def _tail_asked(parts: list[_Tokens]) -> list[_Tokens]:
    """Role pass 139: one sentence "S V-ed O ..., can I V2?" read as a statement and then its
    question, the comma before a last "do / can / should Y V2 ...?" the sentence's end."""
    if len(parts) != 1 or parts[0][-1] != "?":
        return parts
    x = parts[0]
    for c in range(len(x) - 4, 1, -1):
        if x[c] == "," and x[c + 1] in _ASKS:
            return [x[: c + 1], x[c + 1 :]]
    return parts


def _key(x: tuple[str, ...], s: int) -> list[_Key]:
    """The readings of the noun phrase at s: (owner, head), a pronoun as its person."""
    if x[s] in _SUBJECTS:
        return [(None, _PERSON[x[s]])]
    return [(p.owner, p.head) for p in _right_phrases(x, s) if p.det]


def _asked(x: tuple[str, ...]) -> set[tuple[_Key, str]]:
    """(subject, verb) of a yes-no question "Do / Can Y V ...?"."""
    if x[-1] != "?" or x[0] not in _ASKS:
        return set()
    out: set[tuple[_Key, str]] = set()
    if x[1] in _SUBJECTS:
        if len(x) > 2 and x[2] not in _FUNCTION:
            out.add(((None, _PERSON[x[1]]), stem(x[2])))
        return out
    for p in _right_phrases(x, 1):
        if not p.det:
            continue
        e = x.index(p.head, 1) + 1
        if e < len(x) and x[e] not in _FUNCTION:
            out.add(((p.owner, p.head), stem(x[e])))
    return out


def _done_to(x: tuple[str, ...]) -> set[tuple[str, str, _Key]]:
    """(verb, preposition or "", the one it was done to) of a statement's verbs."""
    out: set[tuple[str, str, _Key]] = set()
    for v in range(1, len(x) - 1):
        if x[v] in _FUNCTION or x[v - 1] in _FUNCTION - _SUBJECTS - PUNCT:
            continue  # a verb follows its subject: "customs seized", "I bought"
        verb = stem(x[v])
        out.update((verb, "", k) for k in _said(x, v + 1))
        for p in range(v + 1, min(len(x) - 1, v + 2 + _MAX_GAP)):
            if x[p] in PUNCT:
                break
            if x[p] in _PREPS:
                out.update((verb, x[p], k) for k in _said(x, p + 1))
                break
    return out


def _said(x: tuple[str, ...], s: int) -> list[_Key]:
    """The object at s: a pronoun by its person, or a determined noun phrase."""
    owned_her = x[s] == "her" and s + 1 < len(x) and x[s + 1] not in _FUNCTION
    return [(None, _PERSON[x[s]])] if x[s] in _OBJECTS and not owned_her else _key(x, s)


def done_to_asker_traded(a: Parsed, b: Parsed) -> bool:
    """ "S V-ed O from X. Do I V2?" / "S V-ed O from me. Does X V2?": the one the deed was
    done to and the one asking traded together. Role pass 103: "X V-ed O. Should I V2?" / "I
    V-ed O. Should X V2?", the doer and the one asking traded together."""
    if "?" not in a.source or "?" not in b.source:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb:
        return False
    sa, sb = _tail_asked(_sentences(ta)), _tail_asked(_sentences(tb))
    if len(sa) < 2 or len(sb) < 2:
        return False
    qa, qb = _asked(sa[-1]), _asked(sb[-1])
    if not (qa and qb):
        return False
    da = {d for s in sa[:-1] for d in _done_to(s)}
    db = {d for s in sb[:-1] for d in _done_to(s)}
    for ya, va in qa:
        for yb, vb in qb:
            if va != vb or ya == yb:
                continue
            for verb, prep, x in da:
                if x == yb and (verb, prep, ya) in db:
                    return True
    return _doer_asker_traded(sa, sb, qa, qb)


# role pass 103: the statement's doer and the question's subject traded together
_DOER_AUX = frozenset(
    """has have had is are was were am be been just also recently accidentally already never
    once finally""".split()
)
_THIRD_PERSONS = frozenset(("3m", "3f", "3p"))
_ASKER_PERSONS = frozenset(("1", "1p"))


def _doers(x: _Tokens) -> set[tuple[str, _Key]]:
    """(verb, subject) of a statement sentence's first clause: "My kid's teacher handed ...",
    "I (have) handed ...", "I've handed ..."."""
    lead, s = x[0], 0
    if "'" in lead and lead.split("'")[0] in _SUBJECTS:
        keys: list[tuple[_Key, int]] = [((None, _PERSON[lead.split("'")[0]]), 1)]
    elif lead in _SUBJECTS:
        keys = [((None, _PERSON[lead]), 1)]
    else:
        keys = []
        for p in _right_phrases(x, s):
            if p.det and p.head in x:
                keys.append(((p.owner, p.head), x.index(p.head, p.start) + 1))
    out: set[tuple[str, _Key]] = set()
    for key, v in keys:
        while v < len(x) and x[v] in _DOER_AUX:
            v += 1
        if v < len(x) and x[v] not in _FUNCTION:
            out.add((stem(x[v]), key))
    return out


def _names(stated: _Key, asked: _Key, said: set[str]) -> bool:
    """The question's subject ``asked`` names the statement's doer ``stated`` (said on the
    other side): the same, its head with no owner ("the teacher" for "my kid's teacher"), or
    "he / she / they" with the doer's head said in the question's own statement."""
    if stated == asked:
        return True
    head = stated[1]
    if head in _PERSONS:
        return False
    if asked[0] is None and asked[1] == head:
        return True
    return asked[0] is None and asked[1] in _THIRD_PERSONS and head in said


def _doer_asker_traded(
    sa: list[_Tokens], sb: list[_Tokens], qa: set[tuple[_Key, str]], qb: set[tuple[_Key, str]]
) -> bool:
    """a: "X V-ed ... . Should I V2?", b: "I V-ed ... . Should X V2?" (either way round)."""
    da = {d for s in sa[:-1] for d in _doers(s)}
    db = {d for s in sb[:-1] for d in _doers(s)}
    if not da or not db:
        return False
    wa = {w for s in sa[:-1] for w in s}
    wb = {w for s in sb[:-1] for w in s}
    for ya, va in qa:
        for yb, vb in qb:
            if va != vb or ya == yb:
                continue
            for verb, x in da:
                for other, y in db:
                    if other != verb or (x[1] in _ASKER_PERSONS) == (y[1] in _ASKER_PERSONS):
                        continue  # the asker the doer on one side only
                    if ya == y and y[1] in _ASKER_PERSONS and _names(x, yb, wb):
                        return True  # a: X did it, I ask; b: I did it, X asked about
                    if yb == x and x[1] in _ASKER_PERSONS and _names(y, ya, wa):
                        return True
    return False


# role pass 91: the asker's party and another party in a question's pronouns
_FIRST = frozenset(
    "i me my mine myself we us our ours ourselves i'm i've i'll i'd we're we've we'll we'd".split()
)
_THIRD = frozenset(
    """he him his himself she her hers herself they them their theirs themselves it its itself
    he's she's it's they're they've they'll they'd he'll she'll he'd she'd""".split()
)
_FIRST_WORDS = frozenset("i me my mine we us our ours".split())
_THIRD_WORDS = frozenset("he him his she her hers they them their theirs it its".split())
_AGREE = {
    "do": "do",
    "does": "do",
    "am": "be",
    "is": "be",
    "are": "be",
    "was": "was",
    "were": "was",
    "have": "have",
    "has": "have",
}
_ASKER_SUBJECTS = frozenset("i we i'm we're i've we've i'll we'll i'd we'd".split())
_ASKER_OWNERS = frozenset(("my", "our"))
_OTHER_LEADS = frozenset("a an the another some this that his her their its".split())
_OTHER_SUBJECTS = frozenset("he she they he's she's they're".split())
_OPENERS = frozenset("if when once after before since because now so".split())
_NP_STOP = frozenset(
    "to of in on at for with by from into about as than and or but who that which , . ; ? !".split()
)
_MAX_STATED_APART = 6  # statement words said on one side only ("with / into", "my / ours" ...)


def _stated_and_asked(x: _Tokens) -> tuple[_Tokens, _Tokens] | None:
    """(the statement, the question that follows it): the sentences before a last question,
    or an "if / when ..." clause before the comma of a one-sentence question."""
    if not x or x[-1] != "?":
        return None
    parts = _sentences(x)
    if len(parts) >= 2:
        return tuple(w for part in parts[:-1] for w in part), parts[-1]
    if x[0] in _OPENERS and "," in x:
        c = x.index(",")
        return x[: c + 1], x[c + 1 :]
    return None


def _turned(qa: _Tokens, qb: _Tokens) -> int:
    """1 when the questions are the same words but for the asker's pronouns in ``qa`` said as
    a third party's in ``qb`` (the verb agreeing), -1 the other way round, 0 otherwise."""
    if len(qa) != len(qb) or qa == qb:
        return 0
    way = 0
    for k, (u, v) in enumerate(zip(qa, qb, strict=True)):
        if u == v:
            continue
        if u in _FIRST and v in _THIRD:
            turn = 1
        elif u in _THIRD and v in _FIRST:
            turn = -1
        elif _AGREE.get(u, u) == _AGREE.get(v, v) or (
            k and qa[k - 1] != qb[k - 1] and stem(u) == stem(v)
        ):
            continue  # "do I" / "does he", "I need" / "he needs"
        else:
            return 0
        if way and turn != way:
            return 0  # "Can I sue him?" / "Can he sue me?": both ways
        way = turn
    return way


def _subject(x: _Tokens) -> tuple[int, int]:
    """(start, end) of the statement's subject after an opener, the end the first function
    word or mark after it (a verb after the noun may be read into it: the other side names
    the party by a word after a determiner, so the verb is not matched there)."""
    s = 1 if x and x[0] in _OPENERS else 0
    e = s + 1
    while e < len(x) and e - s <= 6 and x[e] not in _NP_STOP and x[e] not in _FIRST_WORDS:
        e += 1
    return s, e


def _acts(x: _Tokens, pronouns: frozenset[str], leads: frozenset[str]) -> tuple[int, int] | None:
    """The span of the subject of x's first clause when it is one of `pronouns`, or a noun
    phrase opened by one of `leads` (the asker's: "I / we", "my / our N"; another's: "he /
    they", "the / his N")."""
    s, e = _subject(x)
    if s >= len(x):
        return None
    if x[s] in pronouns:
        return s, s + 1
    if x[s] in leads and e > s + 1:
        return s, e
    return None


def _doers_traded(x: _Tokens, y: _Tokens) -> bool:
    """``x`` said with the asker's party acting on another named after it, ``y`` with that
    other party acting on the asker named after it."""
    mine = _acts(x, _ASKER_SUBJECTS, _ASKER_OWNERS)
    theirs = _acts(y, _OTHER_SUBJECTS, _OTHER_LEADS)
    if mine is None or theirs is None:
        return False
    if _FIRST_WORDS.isdisjoint(y[theirs[1] :]):
        return False  # the asker named after the other party's verb: "into ours", "me"
    if y[theirs[0]] in _OTHER_SUBJECTS:
        return not _THIRD_WORDS.isdisjoint(x[mine[1] :])  # "They V our N" / "We V their N"
    named = set(y[theirs[0] + 1 : theirs[1]]) - _FIRST_WORDS
    rest = x[mine[1] :]
    return any(  # "... with a bigger league" / "A bigger ... league"
        w in named and not _OTHER_LEADS.isdisjoint(rest[max(0, k - 4) : k])
        for k, w in enumerate(rest)
    )


def doer_asked_traded(a: Parsed, b: Parsed) -> bool:
    """ "My N V-s P a M. Will we V2 ...?" / "A M V-s P ours. Will they V2 ...?": who acts and
    who the question asks about traded together."""
    if "?" not in a.source or "?" not in b.source:
        return False
    wa, wb = set(a.words), set(b.words)
    if _FIRST_WORDS.isdisjoint(wa) or _FIRST_WORDS.isdisjoint(wb):
        return False
    if _THIRD_WORDS.isdisjoint(wa | wb):
        return False
    pa, pb = _stated_and_asked(owned_tokens(a.source)), _stated_and_asked(owned_tokens(b.source))
    if pa is None or pb is None or pa[0] == pb[0]:
        return False
    way = _turned(pa[1], pb[1])
    if not way:
        return False
    (x, _), (y, _) = (pa, pb) if way > 0 else (pb, pa)
    if len(set(x) ^ set(y)) > _MAX_STATED_APART:
        return False
    return _doers_traded(x, y)
