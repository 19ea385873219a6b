"""A clause told to someone with its subject changed: "How do I tell my mother she can't live
alone anymore?" / "How do I tell my mother I can't live alone anymore?", "tell my guild I'm
leaving for their rival" / "tell my guild their rival is leaving for us". The words up to the
clause are the same, the listener is a noun phrase, and the clause's subject (a pronoun or a
possessive noun phrase) names another person.
"""

from __future__ import annotations

import itertools

from policies.verify import lexicon as lx
from policies.verify.roles.close import _CLOSE_SYMMETRIC
from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.verbs import _POSSESSIVES, _SUBJECT_CASE
from policies.verify.roles.written import (
    ALTERNATIVES,
    AUX,
    COPULA,
    MARKS,
    NOMINATIVE,
    OBJECTIVE,
    OWNER,
    PERSON,
    tokens,
)
from policies.verify.text import Parsed

_TELL = frozenset(
    """tell tells telling told say says said ask asks asked remind reminds reminded warn
    warns warned inform informs informed convince convinced explain explained""".split()
)
_LISTENER_LEAD = frozenset("my our your his her their the a an".split())
_THIRD = frozenset(("@he", "@she", "@they"))
_OBJ = frozenset("me us you him her them".split())


def _subject(p: Parsed, i: int) -> tuple[str, ...] | None:
    """The clause subject at ``i``: a person pronoun, or a possessive and a noun."""
    words = p.words
    if i >= len(words):
        return None
    w = words[i]
    if w in _SUBJECT_CASE and w in lx.PERSONS:
        return ("@" + (lx.PERSONS.get(w) or w),)
    if w in _POSSESSIVES or w == "the":
        j = i + 1
        while j < len(words) and j - i <= 3 and p.canon[j]:
            j += 1
        if j > i + 1:
            return (w, *(p.canon[k] for k in range(i + 1, j)))
    return None


def _clause(p: Parsed) -> tuple[int, tuple[str, ...]] | None:
    """(where the subject starts, the subject) after "tell <listener> (that)"."""
    words = p.words
    for t, w in enumerate(words):
        if w not in _TELL:
            continue
        i = t + 1
        if i < len(words) and words[i] in _OBJ:
            i += 1
        elif i < len(words) and words[i] in _LISTENER_LEAD:
            i += 1
            while i < len(words) and i - t <= 4 and p.canon[i]:
                i += 1
            if i == t + 2:
                return None
        else:
            return None
        if i < len(words) and words[i] == "that":
            i += 1
        subj = _subject(p, i)
        return (i, subj) if subj is not None else None
    return None


_ASKER = frozenset(("@first", "@first_plural"))
_MODALS = frozenset("can could will would should may might must shall".split())


def _that_clause(p: Parsed) -> tuple[int, tuple[str, ...]] | None:
    """Role pass 150: (where the subject starts, the subject) after "tell <listener> that", the
    listener a noun phrase of any words ("an old man at the sento", "the other driver") and the
    subject a person pronoun."""
    words = p.words
    for t, w in enumerate(words):
        if w not in _TOLD:
            continue
        if t + 1 >= len(words) or words[t + 1] not in _LISTENER_LEAD:
            return None
        for i in range(t + 3, min(len(words), t + 2 + _LISTENER_MAX)):
            if words[i] in _LISTENER_END or words[i] in _SUBJECT_CASE:
                if words[i] != "that":
                    return None
                subj = _subject(p, i + 1)
                return (i + 1, subj) if subj is not None and len(subj) == 1 else None
        return None
    return None


def _told_modal_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 150: "tell X that he can V ..." / "tell X that I'll V ...": the told clause's
    subject the listener's pronoun on one side and the asker on the other, a modal after it on
    both (the modal free to change) and every other word the same."""
    ca, cb = _that_clause(a), _that_clause(b)
    if ca is None or cb is None or ca[0] != cb[0] or a.words[: ca[0]] != b.words[: cb[0]]:
        return False
    if {ca[1][0] in _ASKER, cb[1][0] in _ASKER} != {True, False}:
        return False
    if not {ca[1][0], cb[1][0]} & _THIRD:
        return False
    i = ca[0] + 1
    if i + 1 >= min(len(a.words), len(b.words)):
        return False
    return a.words[i] in _MODALS and b.words[i] in _MODALS and a.words[i + 1 :] == b.words[i + 1 :]


def embedded_subject(a: Parsed, b: Parsed) -> bool:
    if _TELL.isdisjoint(a.words) or a.content != b.content or a.words == b.words:
        return False
    if _told_modal_traded(a, b):
        return True
    ca, cb = _clause(a), _clause(b)
    if ca is None or cb is None or ca[0] != cb[0] or a.words[: ca[0]] != b.words[: cb[0]]:
        return False
    sa, sb = ca[1], cb[1]
    if sa == sb:
        return False
    # "tell my boss he is wrong" / "tell my boss they are wrong": both may be the listener
    return not (sa[0] in _THIRD and sb[0] in _THIRD)


# Role pass 84 (blind round 211): who holds the reported clause. "How do I tell my husband I
# want separate accounts?" / "How do I respond when my husband says he wants separate
# accounts?": each side reports one clause, the same predicate, said of the asker ("I want") on
# one side and of the other party ("he wants", the one who says it) on the other. A reporting
# verb's clause is read with its subject resolved: "I" the asker, a third person pronoun the
# reporter when a noun reports, else the one told.
_REPORT = frozenset(
    """tell tells telling told say says saying said admit admits admitted announce announces
    announced mention mentions mentioned insist insists insisted claim claims claimed complain
    complains complained explain explains explained""".split()
)
_HOLDERS = {"i": "1s", "he": "3", "she": "3", "they": "3"}
_CLAUSE_END = MARKS | frozenset(("but", "so", "because", "if", "when", "and"))
_REPORTER_SKIP = AUX | frozenset("keeps keep kept always just finally still also now".split())
_PARTY_LEADS = frozenset("my our the his her their".split())
_AGREEMENT = {"is": "be", "am": "be", "are": "be", "were": "was", "has": "have", "does": "do"}


def _base(verb: str) -> str:
    """A present verb without its agreement: "wants" / "want", "misses" / "miss"."""
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def _party_at(t: tuple[str, ...], k: int) -> str:
    """The head noun of "my / the / a N" ending at ``k`` (a noun of up to three words), else "".
    Role pass 121: an owner's word inside it ("the pastor's wife", "my boss's assistant")."""
    for s in range(k - 1, max(-1, k - 4), -1):
        if t[s] in _NOUN_LEADS:
            return t[k] if all(_noun_word(w) for w in t[s + 1 : k + 1]) and t[k].isalpha() else ""
    return ""


def _noun_word(w: str) -> bool:
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w.isalpha() and w not in _STOP_WORDS


_STOP_WORDS = _REPORT | _REPORTER_SKIP | COPULA | NOMINATIVE | OBJECTIVE | _CLAUSE_END
# role pass 88: a party said with "a / an / another" ("Another voice actor says ...")
_NOUN_LEADS = _PARTY_LEADS | frozenset(("a", "an", "another"))
_Reading = tuple[str, tuple[str, ...], frozenset[str]]


def _reported(t: tuple[str, ...]) -> list[_Reading] | None:
    """The readings (the holder of the one reported clause, its predicate, the parties named)
    or None: the holder "1s" for the asker, a noun's head for another party. A noun phrase
    subject is read at each of its possible ends (role pass 88)."""
    found = [said for r, w in enumerate(t) if w in _REPORT and (said := _clause_at(t, r))]
    return found[0] if len(found) == 1 else None


def _clause_at(t: tuple[str, ...], r: int) -> list[_Reading]:
    """The reported clause of the reporting verb at ``r`` ("What should I say when my boss
    says he wants a raise?": "say" reports none)."""
    k = r - 1
    while k >= 0 and t[k] in _REPORTER_SKIP:
        k -= 1
    reporter = "1s" if k >= 0 and t[k] == "i" else _party_at(t, k) if k >= 1 else ""
    s, listener = r + 1, ""
    if t[s : s + 1] == ("to",):  # "explain to my husband that ..."
        s += 1
    if s < len(t) and t[s] in OBJECTIVE:  # "told me": the asker told
        listener, s = ("1s" if t[s] == "me" else ""), s + 1
    elif s < len(t) and t[s] in _PARTY_LEADS:  # "tell my husband"
        for e in range(s + 1, min(s + 4, len(t) - 1)):
            if t[e + 1] in _HOLDERS or t[e + 1] == "that":
                listener, s = _party_at(t, e), e + 1
                break
    if s < len(t) and t[s] == "that":
        s += 1
    if s + 1 >= len(t):
        return []
    parties = frozenset((reporter, listener)) - {""}
    if t[s] not in _HOLDERS:
        # role pass 88: a noun phrase as the clause's subject ("tell the director that my
        # opponent didn't wait after my skip bid"), the party itself named
        out = []
        for head, e in _noun_heads(t, s):
            read = _predicate(t, e + 1)
            if read is not None:
                out.append((head, read[0], parties | read[1] | {head}))
        return out
    holder = _HOLDERS[t[s]]
    if holder == "3":
        holder = reporter if reporter not in ("", "1s") else listener
        if holder in ("", "1s"):
            return []
    read = _predicate(t, s + 1)
    if read is None:
        return []
    return [(holder, read[0], parties | read[1])]


def _noun_heads(t: tuple[str, ...], s: int) -> list[tuple[str, int]]:
    """(the head, where it is) of each reading of "my / the / a N ..." at ``s``, a noun of
    up to three words."""
    if t[s] not in _NOUN_LEADS:
        return []
    out = []
    for e in range(s + 1, min(s + 4, len(t) - 1)):
        if not t[e].isalpha() or t[e] in _STOP_WORDS or t[e] in _NOUN_LEADS:
            break
        out.append((t[e], e))
    return out


def _predicate(t: tuple[str, ...], s: int) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The predicate from ``s`` to the clause's end, its verb without agreement and its people
    as "@", and the parties it names as owners ("my opponent's skip bid": "opponent")."""
    e = s
    while e < len(t) and t[e] not in _CLAUSE_END:
        e += 1
    said = t[s:e]
    if not said:
        return None
    verb = _AGREEMENT.get(said[0]) or _base(said[0])
    # the people after the verb follow the trade ("move in with us" / "move in with them"); role
    # pass 88: an owner's noun phrase too ("after my skip bid" / "after my opponent's skip bid")
    rest: list[str] = []
    owners: set[str] = set()
    j = 1
    while j < len(said):
        w = said[j]
        if w in _NOUN_LEADS or w in OWNER:
            end = next(
                (m for m in range(j + 1, min(j + 4, len(said))) if said[m].endswith("'s")), 0
            )
            if end and all(x.isalpha() for x in said[j + 1 : end]) and said[end][:-2].isalpha():
                rest.append("@")
                owners.add(said[end][:-2])
                j = end + 1
                continue
        rest.append("@" if w in PERSON or w in OWNER else w)
        j += 1
    return (verb, *rest), frozenset(owners)


_PLAIN_LEADS = frozenset(("when", "if", "because", "since", "but", "and", "so"))


def _plain(t: tuple[str, ...]) -> list[_Reading]:
    """Role pass 88: the clauses a side states without reporting them, "N V ..." at a
    sentence's start or after "when / if / because / but ..." ("Another voice actor copied my
    audition interpretation."), read as held by N."""
    out = []
    for s in range(len(t)):
        if s and t[s - 1] not in MARKS and t[s - 1] not in _PLAIN_LEADS:
            continue
        for head, e in _noun_heads(t, s):
            read = _predicate(t, e + 1)
            if read is not None:
                out.append((head, read[0], read[1] | {head}))
    return out


def _traded(ra: list[_Reading], rb: list[_Reading]) -> bool:
    for (ha, pa, na), (hb, pb, nb) in itertools.product(ra, rb):
        if pa != pb or ha == hb or "1s" not in (ha, hb):
            continue
        other = hb if ha == "1s" else ha
        if other in na and other in nb:
            return True
    return False


def reported_holder_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 84: the same reported clause said of the asker on one side and of the other
    party, named on both sides, on the other ("tell X I want N" / "X says he wants N"). Role
    pass 88: the subject a noun phrase and an owner following the trade ("tell X that my N
    didn't V after my M" / "X says I didn't V after my N's M"), and a clause stated on one side
    with another party its subject, reported of the asker on the other with that party named
    there, the reporter or an owner ("X V-ed my N" / "X says I V-ed their N": an accusation
    against the act); role pass 86: the asker's and the other's owners exchanged inside it
    ("tell X that their kid is hitting mine" / "X says my kid is hitting theirs")."""
    ra_said, rb_said = not _REPORT.isdisjoint(a.words), not _REPORT.isdisjoint(b.words)
    if not (ra_said or rb_said) or a.words == b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if ra_said and rb_said:
        ra, rb = _reported(ta), _reported(tb)
        if ra is not None and rb is not None and _traded(ra, rb):
            return True
        return _owners_traded(ta, tb)
    told, plain = (ta, tb) if ra_said else (tb, ta)
    said = _reported(told)
    if not said:
        return False
    # the asker's deed reported with the same predicate, the one said to do it on the other side
    # named ("Another voice actor copied my ..." / "Another voice actor says I copied their ...")
    return any(
        hr == "1s" and hp != "1s" and pr == pp and hp in nr
        for (hr, pr, nr), (hp, pp, _) in itertools.product(said, _plain(plain))
    )


# Role pass 86 (blind rounds 212-214): the owners traded inside the one reported clause. "How do
# I tell the other family in our nanny share that their kid is hitting mine?" / "How do I
# respond when the other family in our nanny share says my kid is hitting theirs?": the same
# clause, the asker's owner ("my", "mine") and the other's ("their", "theirs", "his", "her")
# exchanged, whoever reports it (the other party is the one told on one side and the one who
# says it on the other). A relation that holds both ways ("is friends with", "plays with",
# "as old as", "and") is left.
_OWNED_BY = {
    "my": "1", "our": "1", "mine": "1s", "ours": "1s",
    "his": "3", "her": "3", "their": "3", "hers": "3s", "theirs": "3s",
}  # fmt: skip
_CLAUSE_PERSONS = {
    "i": "1n", "we": "1n", "me": "1o", "us": "1o",
    "he": "3n", "she": "3n", "they": "3n", "him": "3o", "them": "3o",
}  # fmt: skip
_TRADED = {
    "1": "3",
    "1s": "3s",
    "1n": "3n",
    "1o": "3o",
    "3": "1",
    "3s": "1s",
    "3n": "1n",
    "3o": "1o",
}
_FIRST_OWNERS = frozenset(("my", "our", "mine", "ours"))
_THIRD_OWNERS = frozenset(("his", "her", "their", "hers", "theirs"))
_BOTH_WAYS = (
    (_SYMMETRIC - {"than"})
    | ALTERNATIVES
    | frozenset("with as each other both between together".split())
)
_LISTENER_MAX = 8  # "tell the other family in our nanny share that ..."
_TOLD = frozenset("tell tells telling told".split())  # a verb with the one told, no "that"
_LISTENER_END = MARKS | _REPORT | _CLAUSE_END | frozenset(("that", "who", "whether"))


def _owned_clauses(t: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The clauses the one reporting verb with one may report, its subject an owned noun
    ("says my kid is ...", "tell X that their kid is ...", "tell my coworker his music is
    ..."), with their persons said by person: the one told, if any, ends at "that" or before
    an owner further on."""
    found: list[list[tuple[str, ...]]] = []
    for r, w in enumerate(t):
        if w not in _REPORT:
            continue
        s = r + 1
        if t[s : s + 1] == ("to",):
            s += 1
        if s < len(t) and t[s] in OBJECTIVE and t[s] != "her":
            s += 1  # "tell them (that) ..."
        e = s
        while e < len(t) and e - s < _LISTENER_MAX and t[e] not in _LISTENER_END:
            e += 1
        if e < len(t) and t[e] == "that":
            starts: list[int] | range = [e + 1]
        elif w in _TOLD and t[s : s + 1] and t[s] in _LISTENER_LEAD:
            starts = range(s + 2, e)  # "tell my coworker his music is ..."
        else:
            starts = [s]
        clauses = [_clause_said(t, k) for k in starts if k + 2 < len(t) and t[k] in OWNER]
        if clauses:
            found.append([c for c in clauses if c is not None])
    return found[0] if len(found) == 1 else []


def _clause_said(t: tuple[str, ...], s: int) -> tuple[str, ...] | None:
    """The clause from ``s`` to its end with its persons said by person, or None for a
    relation that holds both ways."""
    e = s
    while e < len(t) and t[e] not in _CLAUSE_END:
        e += 1
    clause = t[s:e]
    said = []
    for k, w in enumerate(clause):
        if w in _BOTH_WAYS or w.startswith(_CLOSE_SYMMETRIC):
            return None
        nxt = clause[k + 1] if k + 1 < len(clause) else ""
        if w == "his" and not nxt.isalpha():
            said.append("3s")  # "... hitting his": his standing alone
        elif w == "her" and (not nxt.isalpha() or nxt in _STOP_WORDS):
            said.append("3o")  # "... hitting her": the object
        else:
            said.append(_OWNED_BY.get(w) or _CLAUSE_PERSONS.get(w) or w)
    return tuple(said)


def _owners_traded(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Role pass 86: the one reported clause on each side with the asker's and the other's
    owners exchanged, every other word the same."""
    if (
        _FIRST_OWNERS.isdisjoint(ta)
        or _THIRD_OWNERS.isdisjoint(ta)
        or _FIRST_OWNERS.isdisjoint(tb)
        or _THIRD_OWNERS.isdisjoint(tb)
    ):
        return False
    clauses = {_spelled(c) for c in _owned_clauses(tb)}
    if not clauses:
        return False
    for ca in _owned_clauses(ta):
        owners = [w for w in ca if w in ("1", "1s", "3", "3s")]
        if not ({"1", "1s"}.intersection(owners) and {"3", "3s"}.intersection(owners)):
            continue
        if _spelled(tuple(_TRADED.get(w, w) for w in ca)) in clauses:
            return True
    return False


def _spelled(clause: tuple[str, ...]) -> tuple[str, ...]:
    """A standalone owner said with the noun the clause's first owner owns ("her dog bit
    mine": "her dog bit my dog")."""
    if "1s" not in clause and "3s" not in clause:
        return clause
    noun = next((clause[k + 1] for k, w in enumerate(clause[:-1]) if w in ("1", "3")), "")
    if not noun:
        return clause
    out: list[str] = []
    for w in clause:
        out += [w[0], noun] if w in ("1s", "3s") else [w]
    return tuple(out)


# Role pass 133 (blind rounds 270-271): the one told and the told clause's subject traded. "How
# do I tell the instructor a student next to me is filming us?" / "How do I tell a student next
# to me that the instructor is filming us?", "tell a guest the face painter doesn't want to paint
# her" / "tell the face painter a guest doesn't want to be painted by her": "tell X (that) Y P"
# against "tell Y (that) X P", X and Y noun phrases (each led by a determiner or an owner), the
# words before "tell" and the predicate P the same, P said in the passive with "by" its object
# on one side and in the active on the other read as one ("be painted by her" / "paint her").
# The same listener and subject reworded ("that" added, another article) are left.
_TOLD_LEADS = frozenset("my our your his her their the a an this that".split())
_TOLD_NP_END = _CLAUSE_END | AUX | COPULA | frozenset(("that", "who", "whether", "not"))
_TOLD_NP_MAX = 6


def _told_parts(t: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the words up to and with "tell", the rest with a "that" after the listener left out)."""
    found = [r for r, w in enumerate(t) if w in _TOLD]
    if len(found) != 1:
        return None
    r = found[0]
    return t[: r + 1], tuple(w for k, w in enumerate(t[r + 1 :]) if w != "that" or k == 0)


def _np(t: tuple[str, ...]) -> bool:
    """A noun phrase led by a determiner or an owner, no clause word in it."""
    return (
        0 < len(t) <= _TOLD_NP_MAX
        and t[0] in _TOLD_LEADS
        and t[0] != "that"
        and _TOLD_NP_END.isdisjoint(t[1:])
        and all(w not in NOMINATIVE and w not in MARKS for w in t)
    )


def _verb_first(p: tuple[str, ...]) -> bool:
    w = p[0] if p else ""
    return w in AUX or w in COPULA or (w.endswith(("s", "ed")) and w not in _TOLD_LEADS)


def _same_predicate(pa: tuple[str, ...], pb: tuple[str, ...]) -> bool:
    if pa == pb:
        return True
    for x, y in ((pa, pb), (pb, pa)):
        # x: "... be V-ed by O"; y: "... V O", the other words the same
        for k in range(len(x) - 2):
            if x[k] != "be" or x[k + 2] != "by" or len(y) != len(x) - 2 or y[:k] != x[:k]:
                continue
            verb, part = y[k], x[k + 1]
            if y[k + 1 :] == x[k + 3 :] and verb != part and verb[:3] == part[:3]:
                return True
    return False


def _listener_traded(ra: tuple[str, ...], rb: tuple[str, ...]) -> bool:
    if not ra or ra[0] not in _TOLD_LEADS:
        return False
    for i in range(1, min(len(ra), _TOLD_NP_MAX + 1)):
        x = ra[:i]
        if ra[i] not in _TOLD_LEADS or not _np(x):
            continue
        for j in range(i + 1, min(len(ra), i + _TOLD_NP_MAX + 1)):
            y = ra[i:j]
            if rb[: len(y)] != y or rb[len(y) : len(y) + i] != x:
                continue
            pa, pb = ra[j:], rb[len(y) + i :]
            if not (_np(y) and _verb_first(pa) and _verb_first(pb)):
                continue
            if _article_off(x) != _article_off(y) and _BOTH_WAYS.isdisjoint(pa):
                if _same_predicate(pa, pb):
                    return True
    return False


def told_listener_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 133: "tell X (that) Y P" / "tell Y (that) X P", the one told and the clause's
    subject traded, P the same (or the same act in the other voice)."""
    if _TOLD.isdisjoint(a.words) or _TOLD.isdisjoint(b.words) or a.words == b.words:
        return False
    ta, tb = _told_parts(tokens(a.source)), _told_parts(tokens(b.source))
    if ta is None or tb is None or ta[0] != tb[0]:
        return False
    return _listener_traded(ta[1], tb[1]) or _listener_traded(tb[1], ta[1])


def _article_off(np: tuple[str, ...]) -> tuple[str, ...]:
    return np[1:] if np[0] in ("the", "a", "an") else np
