"""Role pass 38 (blind rounds 116-118): a clause's doer read through the words around it.

``got_done_traded``: "I got V-ed [...] by X" against "I got X V-ed [...]" ("I got kicked out of
class by the instructor" / "I got the instructor kicked out of class"): X does it on one side
and has it done on the other. ``by_relative_said``: a reduced passive relative "the N V-ed by
X" read as "the N who was V-ed by X" where the other side says "the N who V-ed X" ("The tailor
trained by my father" / "The tailor who trained my father"). ``report_dropped``: "X says he
V-ed ..." read as "X V-ed ..." where the other side reports nothing ("My instructor says he
smelled alcohol on me" / "I smelled alcohol on my instructor"). ``subclause_traded``: an "after
/ before / when / because / since / until / if" clause with its two people traded by pronoun
("after I yelled at him" / "after he yelled at me"), whatever the main clause says around it
("The repairman refused to finish" / "I refused to let the repairman finish"): who acted first
changed; role pass 39: the subclause's subject alone changed between the asker and another
party ("A guard yelled at me after I touched a painting" / "I was yelled at by a guard after he
touched a painting"). ``joined_dropped``: a joined predicate with no subject of its own ("and
keeps teasing me" / "and keep teasing her") left out on both sides, so a comparison's sides
traded before it are read ("My girlfriend is better at skating than me" / "I'm better at
skating than my girlfriend"). ``second_clause``: the second of two clauses joined after the
same first one, the shared subject said again where the other side names its own ("I teach at
the school and tutor the principal's kids" / "... and the principal tutors my kids": "I tutor
the principal's kids" / "the principal tutors my kids").

Role pass 58 (blind rounds 161-163): ``followed_clause_dropped``: a joined clause with a subject
of its own whose object follows the trade before it ("the other team's blocker kept taunting my
daughter, and the ref carded my daughter" / "my daughter kept taunting the other team's blocker,
and the ref carded the blocker"): its subject and verb the same on both sides, its object
someone its own side's first clause names, it is left out on both sides, so the first clause's
roles are read.
"""

from __future__ import annotations

import re

from policies.verify.lexicon import PAST_OF_PARTICIPLE
from policies.verify.roles.verbs import _PAST_FORMS
from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import MARKS, NOMINATIVE, PERSON, tokens
from policies.verify.text import Parsed, parse

_GET = frozenset("get gets got gotten getting".split())
_DETS = frozenset("the a an my our your his her their its this that these those".split())
_NP_MAX = 4


def _participle(t: str) -> bool:
    return t in _PAST_FORMS or (len(t) > 4 and t.endswith(("ed", "en")))


def _by_np(t: tuple[str, ...], k: int) -> tuple[str, ...]:
    """The noun phrase after "by" at k, up to a mark, a clause word or four words."""
    out: list[str] = []
    for w in t[k + 1 :]:
        if w in MARKS or w in _BREAK or len(out) == _NP_MAX:
            break
        out.append(w)
    return tuple(out)


_BREAK = frozenset("and or but if when after before because since until so to for".split())


def got_done_traded(a: Parsed, b: Parsed) -> bool:
    if _GET.isdisjoint(a.words) or _GET.isdisjoint(b.words):
        return False
    if "by" not in a.words and "by" not in b.words:
        return False
    for x, y in ((a, b), (b, a)):
        tx, ty = tokens(x.source), tokens(y.source)
        for i in range(len(tx) - 1):
            if tx[i] not in _GET or not _participle(tx[i + 1]):
                continue
            done = tx[i + 1]
            for k in range(i + 2, min(len(tx), i + 8)):
                if tx[k] in MARKS:
                    break
                if tx[k] != "by":
                    continue
                np = _by_np(tx, k)
                if not np or np[0] in PERSON:
                    break
                n = len(np)
                for j in range(len(ty) - n - 1):
                    if ty[j] in _GET and ty[j + 1 : j + 1 + n] == np and ty[j + 1 + n] == done:
                        return True
                break
    return False


_BY_REL_RE = re.compile(r"\b([a-z]+) ([a-z]+) by\b", re.IGNORECASE)
_NOT_HEAD = frozenset(
    """is are was were be been being am get gets got gotten getting not and or but to i you he
    she we they it who that which also just never""".split()
)


def by_relative_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "by" not in a.words and "by" not in b.words:
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        ty = " ".join(tokens(y.source))
        for m in _BY_REL_RE.finditer(x.source):
            head, done = m.group(1).lower(), m.group(2).lower()
            if head in _NOT_HEAD or head in _DETS or not _participle(done):
                continue
            rel = next((r for r in ("who", "that") if f"{head} {r} {done} " in ty), None)
            if rel is None:
                continue
            said = parse(
                f"{x.source[: m.start()]}{m.group(1)} {rel} was {done} by{x.source[m.end() :]}"
            )
            return (y, said) if flip else (said, y)
    for x, y, flip in ((a, b, False), (b, a, True)):
        contact = _contact_said(x, y)
        if contact is not None:
            return (y, contact) if flip else (contact, y)
    return None


# Role pass 115 (blind round 247): "a N V-ed by X" read as "a N X V-ed" where the other side
# says "a N I V-ed" and names X ("can I call chi on a tile discarded by the player sitting to
# my right" / "can the player sitting to my right call chi on a tile I discarded").
_BY_PHRASE_RE = re.compile(r"\b([a-z]+) ([a-z]+) by ([^,.;:?!]+)", re.IGNORECASE)
_BY_MAX = 7


def _contact_said(x: Parsed, y: Parsed) -> Parsed | None:
    if "by" not in x.words:
        return None
    ty = tokens(y.source)
    for m in _BY_PHRASE_RE.finditer(x.source):
        head, done = m.group(1).lower(), m.group(2).lower()
        if head in _NOT_HEAD or head in _DETS or not _participle(done):
            continue
        said = m.group(3).split()
        doer = _doer_named(ty, tuple(w.lower() for w in said[:_BY_MAX]))
        if not doer:
            continue
        for k in range(len(ty) - 2):
            if ty[k] != head or ty[k + 1] not in NOMINATIVE or not _same_verb(done, ty[k + 2]):
                continue
            rest = " ".join(said[len(doer) :])
            return parse(
                f"{x.source[: m.start()]}{m.group(1)} {' '.join(said[: len(doer)])} {ty[k + 2]}"
                f"{' ' if rest else ''}{rest}{x.source[m.end(3) :]}"
            )
    return None


_NP_OPEN = _DETS | frozenset("to of in on at for with from and or".split())


def _doer_named(t: tuple[str, ...], said: tuple[str, ...]) -> tuple[str, ...]:
    """The longest start of ``said`` (the words after "by") that ``t`` names word for word, its
    last word a noun's ("the player sitting to my right", not "the player sitting to")."""
    if not said or said[0] in PERSON:
        return ()
    for n in range(len(said), 0, -1):
        if said[n - 1] not in _NP_OPEN and _said_in(t, said[:n]):
            return said[:n]
    return ()


def _said_in(t: tuple[str, ...], np: tuple[str, ...]) -> bool:
    n = len(np)
    return any(t[j : j + n] == np for j in range(len(t) - n + 1))


def _same_verb(done: str, past: str) -> bool:
    """ "discarded" / "discarded", "taken" / "took": a participle and its simple past."""
    return done == past or PAST_OF_PARTICIPLE.get(done) == past


_REPORT_RE = re.compile(
    r"\b(?:says|said|claims|claimed|insists|insisted|swears|swore) (?:that )?(?:he|she|they) ",
    re.IGNORECASE,
)
_REPORTS = frozenset("says said claims claimed insists insisted swears swore".split())
# Role pass 57: the reporter and the report left out together where the other side states the
# clause bare (", but the seller says it came back empty" / ", but it came back empty").
_REPORTER_RE = re.compile(
    r"(?:(?<=\bbut )|(?<=\band )|(?<=\bso ))(?:(?:the|my|our|his|her|their) [a-z]+|he|she|they) "
    r"(?:says|said|claims|claimed|insists|insisted|swears|swore) (?:that )?(?!he |she |they )",
    re.IGNORECASE,
)


def report_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if _REPORTS.isdisjoint(x.words) or not _REPORTS.isdisjoint(y.words):
            continue
        m = _REPORT_RE.search(x.source) or _REPORTER_RE.search(x.source)
        if m is None or not m.start():
            continue
        said = parse(x.source[: m.start()] + x.source[m.end() :])
        return (y, said) if flip else (said, y)
    return None


_SUBORDINATE = frozenset("after before when because since until once if".split())


def _subclause(t: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    found = [k for k, w in enumerate(t) if w in _SUBORDINATE]
    if len(found) != 1:
        return None
    k = found[0]
    end = next((e for e in range(k + 1, len(t)) if t[e] in MARKS), len(t))
    return t[k], t[k + 1 : end]


def subclause_traded(a: Parsed, b: Parsed) -> bool:
    if _SUBORDINATE.isdisjoint(a.words) or len(a.content ^ b.content) > 2:
        return False
    sa, sb = _subclause(tokens(a.source)), _subclause(tokens(b.source))
    if sa is None or sb is None or sa[0] != sb[0] or len(sa[1]) != len(sb[1]) or sa == sb:
        return False
    swapped: set[tuple[str, str]] = set()
    for u, v in zip(sa[1], sb[1], strict=True):
        if u == v:
            continue
        if u in PERSON and v in PERSON and PERSON[u] != PERSON[v]:
            swapped.add((PERSON[u], PERSON[v]))
        elif _stem(u) != _stem(v):
            return False  # only the people and the verb's agreement changed
    if len(swapped) == 1:  # role pass 39: "after I touched it" / "after he touched it"
        ((p, q),) = swapped
        return _doer_said(sa[1], sb[1]) and {p[0], q[0]} == {"1", "3"}
    return len(swapped) == 2 and {(q, p) for p, q in swapped} == swapped


def _doer_said(u: tuple[str, ...], v: tuple[str, ...]) -> bool:
    """The one person changed between two subclauses is the subject of each (a nominative
    pronoun, "I" / "he"), the asker on one side and another party on the other."""
    return any(
        x != y and x in NOMINATIVE and y in NOMINATIVE and "you" not in (x, y)
        for x, y in zip(u, v, strict=True)
    )


_JOINED_RE = re.compile(r",? and ([a-z]+)\b[^.;?!]*", re.IGNORECASE)
_PEOPLE = frozenset(PERSON)
_NOT_PREDICATE = NOMINATIVE | _DETS | frozenset(("then", "so", "now"))


def _joined(x: Parsed) -> re.Match[str] | None:
    found = [m for m in _JOINED_RE.finditer(x.source) if m.group(1).lower() not in _NOT_PREDICATE]
    return found[0] if len(found) == 1 else None


def joined_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "and" not in a.words or "and" not in b.words:
        return None
    if _PEOPLE.isdisjoint(a.words) or _PEOPLE.isdisjoint(b.words):
        return None  # the people trade places before the joined predicate
    ma, mb = _joined(a), _joined(b)
    if ma is None or mb is None:
        return None
    if _stem(ma.group(1).lower()) != _stem(mb.group(1).lower()):
        return None  # the same predicate, agreeing with its subject ("keeps" / "keep")
    xa = a.source[: ma.start()] + a.source[ma.end() :]
    xb = b.source[: mb.start()] + b.source[mb.end() :]
    if xa.lower() == xb.lower():
        return None
    return parse(xa), parse(xb)


def second_clause(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "and" not in a.words or "and" not in b.words:
        return None
    ta, tb = tokens(a.source), tokens(b.source)
    if not ta or ta[0] not in NOMINATIVE:
        return None
    n = 0
    while n < min(len(ta), len(tb)) and ta[n] == tb[n]:
        n += 1
    cut = max((k for k in range(n) if ta[k] == "and"), default=-1)
    if cut < 2 or cut + 1 >= min(len(ta), len(tb)) or "and" in ta[1:cut]:
        return None
    ra, rb = ta[cut + 1 :], tb[cut + 1 :]
    said_a, said_b = _subject_led(ra[0]), _subject_led(rb[0])
    if said_a == said_b:
        return None
    # role pass 84: the first clause's "be" shared by a predicate in "-ing" is said with it
    # ("I'm in Canada and mailing paper to X" / "... and X is mailing paper to me")
    bare = rb if said_a else ra
    lead = (ta[0], ta[1]) if ta[1] in _SHARED_BE and bare[0].endswith("ing") else (ta[0],)
    if said_a:
        rb = (*lead, *rb)
    else:
        ra = (*lead, *ra)
    return parse(" ".join(ra)), parse(" ".join(rb))


_SHARED_BE = frozenset("am is are was were".split())


_FOLLOWED_RE = re.compile(r",\s*(?:and|but|so|then)\s+([^.;?!,]+)", re.IGNORECASE)


_FOLLOWED_JOINS = frozenset(("and", "but", "so", "then"))


def followed_clause_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _FOLLOWED_JOINS.isdisjoint(a.words) or _FOLLOWED_JOINS.isdisjoint(b.words):
        return None
    ma, mb = _followed(a.source), _followed(b.source)
    if ma is None or mb is None:
        return None
    ja, jb = tokens(ma.group(1)), tokens(mb.group(1))
    n = 0
    while n < min(len(ja), len(jb)) and ja[n] == jb[n]:
        n += 1
    if n < 2 or ja == jb or not _subject_led(ja[0]) or ja[0] in NOMINATIVE:
        return None  # the same subject and verb, a noun subject: "and the ref carded"
    xa = a.source[: ma.start()] + a.source[ma.end() :]
    xb = b.source[: mb.start()] + b.source[mb.end() :]
    lead_a, lead_b = tokens(a.source[: ma.start()]), tokens(b.source[: mb.start()])
    if lead_a == lead_b or not (ja[n:] and jb[n:]):
        return None
    if not (_named(ja[n:], lead_a) and _named(jb[n:], lead_b)):
        return None  # the object is not someone its own side's first clause names
    return parse(xa), parse(xb)


# words of an object's tail that name nobody: "called my son in", "warned the son off"
_UNNAMED = _DETS | frozenset("in out off up down over back away again too".split())


def _named(tail: tuple[str, ...], lead: tuple[str, ...]) -> bool:
    return any(w in lead for w in tail if w not in _UNNAMED)


def _followed(source: str) -> re.Match[str] | None:
    found = list(_FOLLOWED_RE.finditer(source))
    return found[0] if len(found) == 1 else None


def _subject_led(t: str) -> bool:
    return t in NOMINATIVE or t in _DETS or t.endswith("'s")


_ASKERS = frozenset(("i", "we"))
_OTHERS = frozenset(("he", "she", "they", "it"))
_LEADS = frozenset("the a an my our your his her their this that another".split())
_OWNED_LEADS = frozenset("the my our his her their".split())
_NOT_NOUN = _DETS | NOMINATIVE | MARKS | _BREAK | frozenset(("who", "which", "way", "time"))


def _relatives(t: tuple[str, ...]) -> dict[tuple[str, str, str], str]:
    """Each contact relative "DET N P V" ("the item they lost") by (DET, N, V): its doer P,
    the asker ("i"), another party by pronoun, or "DET2 N2" ("my instructor"); role pass 40:
    N said with a modifier ("the Halloween party I'm hosting"), V after "am / is" ("my ex is
    hosting")."""
    out: dict[tuple[str, str, str], str] = {}
    for k in range(len(t) - 3):
        if t[k] not in _LEADS:
            continue
        for j in (k + 2, k + 3):
            if j >= len(t) - 1 or any(w in _NOT_NOUN or w in PERSON for w in t[k + 1 : j]):
                break
            read = _doer_verb(t, j)
            if read is not None:
                out[(t[k], t[j - 1], _stem(read[1]))] = read[0]
    return out


_BE = frozenset("am is are was were".split())


def _doer_verb(t: tuple[str, ...], j: int) -> tuple[str, str] | None:
    """The doer at j and the verb after it, past "am / is" before an "-ing" form."""
    if t[j] in _ASKERS or t[j] in _OTHERS:
        doer, v = t[j], j + 1
    elif j + 2 < len(t) and t[j] in _OWNED_LEADS and t[j + 1] not in _NOT_NOUN:
        doer, v = f"{t[j]} {t[j + 1]}", j + 2
    else:
        return None
    if v + 1 < len(t) and t[v] in _BE and t[v + 1].endswith("ing"):
        v += 1
    elif " " in doer and not _verbish(t[v]):
        return None
    if t[v] in _NOT_NOUN or t[v] in PERSON:
        return None
    return doer, t[v]


# Role pass 99 (round 231): a maker's common irregular pasts ("the hat my sister-in-law made
# for me" / "the hat I made for my sister-in-law"), read as verbs after a noun doer.
_MADE = frozenset("made built wrote drew sewed sewn knit bought brought sent gave took".split())


def _verbish(t: str) -> bool:
    return t in _PAST_FORMS or t in _MADE or t.endswith(("ed", "s"))


def relative_doer_changed(a: Parsed, b: Parsed) -> bool:
    """A contact relative's doer the asker on one side and another party on the other ("the
    item they lost" / "the item I lost", "the lesson my instructor missed" / "the lesson I
    missed"), the rest the same but for the people."""
    if _ASKERS.isdisjoint(a.words) and _ASKERS.isdisjoint(b.words):
        return False
    if len(a.content ^ b.content) > 1:
        return False
    ra, rb = _relatives(tokens(a.source)), _relatives(tokens(b.source))
    for key, pa in ra.items():
        pb = rb.get(key)
        if pb is None or pa == pb:
            continue
        if (pa in _ASKERS) != (pb in _ASKERS):
            return True
    return False


_FRAME_VERBS = frozenset("ask tell help let".split())


def frame_verb_used(raw: tuple[str, str], canonical: tuple[str, str]) -> bool:
    """One side's opening stripped as a frame ("Can I ask the store to pay ...") whose verb the
    other side uses as written ("Can the store ask me to pay ..."): read the texts as written."""
    for (x, y), (cx, cy) in ((raw, canonical), (raw[::-1], canonical[::-1])):
        if cx == x or cy != y or not x.endswith(cx) or not cx:
            continue
        stripped = set(tokens(x[: len(x) - len(cx)]))
        if not _FRAME_VERBS.isdisjoint(stripped & set(tokens(y))):
            return True
    return False


_TAIL_RE = re.compile(r"[,;]\s*([^,;]+)$")


def tail_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 39: a last clause the same on both sides (", can my account get banned?")
    left out, and a leading "if / when" with it, so the people traded in the clause before are
    read ("If my brother uses my account ..." / "If I use my brother's account ...")."""
    ma, mb = _TAIL_RE.search(a.source), _TAIL_RE.search(b.source)
    if ma is None or mb is None or ma.group(1).strip().lower() != mb.group(1).strip().lower():
        return None
    xa, xb = _LEAD_RE.sub("", a.source[: ma.start()]), _LEAD_RE.sub("", b.source[: mb.start()])
    if not xa or not xb or xa.lower() == xb.lower():
        return None
    return parse(xa), parse(xb)


_LEAD_RE = re.compile(r"^\s*(?:if|when|whenever|once)\s+", re.IGNORECASE)


_FRIEND_VERB_RE = re.compile(
    r"\b(un)?friend(s|ed|ing)?(?= (?:me|us|him|her|them|my|his|their|our|the|a|an)\b)",
    re.IGNORECASE,
)
_FRIEND_NOUN_AFTER = _DETS | frozenset("is are was were be been being am best good old".split())


def friend_verb_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 39: "friend" used as a verb ("my boss friends me" / "I friend my boss"), read
    as "add" so it is no symmetric "be friends": the one who sends the request is the doer."""
    if not any(w.startswith(("friend", "unfriend")) for w in a.words + b.words):
        return None
    said = [_FRIEND_VERB_RE.sub(_friend_as_add, x.source) for x in (a, b)]
    if said[0] == a.source and said[1] == b.source:
        return None
    return parse(said[0]), parse(said[1])


def _friend_as_add(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()
    prev = before[-1].lower() if before else ""
    if prev in _FRIEND_NOUN_AFTER or prev.endswith("'s"):
        return m.group(0)  # "my friend", "we've been friends my whole life": a noun, left
    verb = "remove" if m.group(1) else "add"
    return verb + {"s": "s", "ed": "ed", "ing": "ing"}.get((m.group(2) or "").lower(), "")


_WHICH_RE = re.compile(r"\bmy ([a-z]+),? (?:which|that) ([a-z]+)\b", re.IGNORECASE)


def customer_made_owner(a: Parsed, b: Parsed) -> bool:
    """Role pass 40: "the N I V (from)" against "my N, which V-s" ("The company I rent a
    storage unit from" / "My company, which rents out storage units"): the asker a customer
    of N on one side and N's owner, N doing the V, on the other."""
    for x, y in ((a, b), (b, a)):
        if "i" not in x.words:
            continue
        mine = {(n.lower(), _stem(v.lower())) for n, v in _WHICH_RE.findall(y.source)}
        if not mine:
            continue
        for (_, noun, verb), doer in _relatives(tokens(x.source)).items():
            if doer == "i" and (noun, verb) in mine:
                return True
    return False


# Role pass 60: "my son fell and then tripped the boy behind him" / "the boy behind my son fell
# and then tripped him": a first predicate of one word (an intransitive past: "fell", "slipped")
# joined by "and (then)" to the one that takes the object is left out on both sides, so the
# trade of the second predicate's subject and object is read ("my son tripped the boy behind
# him" / "the boy behind my son tripped him").
_FIRST_RE = re.compile(r"\b([a-z]+) and (?:then )?(?=[a-z])", re.IGNORECASE)


_HELPERS = frozenset("was were is are am be been being got get gets had has have".split())
_FELL = frozenset("fell slid ran spun swung sank got turned".split())


def _past(w: str) -> bool:
    return w in _PAST_FORMS or w in _FELL or (w.endswith("ed") and len(w) > 4)


def _subject_before(text: str) -> bool:
    """A word that is no helper verb before the first predicate ("was overbooked and")."""
    before = text.lower().split()
    return bool(before) and before[-1] not in _HELPERS


def _first_conjunct(x: Parsed) -> tuple[str, re.Match[str]] | None:
    found = [
        m
        for m in _FIRST_RE.finditer(x.source)
        if _past(m.group(1).lower())
        and m.group(1).lower() not in _NOT_PREDICATE
        and _subject_before(x.source[: m.start()])
    ]
    return (found[0].group(1).lower(), found[0]) if len(found) == 1 else None


def first_conjunct_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "and" not in a.words or "and" not in b.words:
        return None
    fa, fb = _first_conjunct(a), _first_conjunct(b)
    if fa is None or fb is None or fa[0] != fb[0]:
        return None
    ma, mb = fa[1], fb[1]
    if a.source[: ma.start()].rstrip().endswith(",") or b.source[: mb.start()].rstrip().endswith(
        ","
    ):
        return None  # "..., fell and": a list, not one subject's two predicates
    xa = a.source[: ma.start()] + a.source[ma.end() :]
    xb = b.source[: mb.start()] + b.source[mb.end() :]
    if xa.lower() == xb.lower():
        return None
    return parse(xa), parse(xb)
