"""Role pass 77 (blind rounds 203-205): who holds a state, read wherever it is said of a
person, held by one person on one side and by another on the other.

"My dyslexic girlfriend gets upset when I correct her spelling" / "I'm dyslexic and get upset
when my girlfriend corrects my spelling", "My dyslexic son's younger sister has overtaken him" /
"My son has overtaken his dyslexic younger sister", "My dyslexic boss sends messages full of
typos" / "I'm a dyslexic boss and my messages are full of typos". Each side is read into
(attribute, holder) claims, the holder the asker or a person's noun, the attribute by its stem
("dyslexic" / "dyslexia"), by grammatical shape only:

- in a noun phrase: a modifier before a person's noun after a determiner, an owner or a
  preposition ("my dyslexic son", "his dyslexic younger sister"; a doer's noun ending the
  compound, "a team manager", or two people in it leave the head unread); "N with P", P bare
  and the clause going on ("a teacher with dyslexia help"); "I'm a P N", "As a P N, ...", "I,
  a P N, ..." (P the asker's, and N names the asker on that side);
- in a predicate: "S is / am P", "S has / have (a) P" (S "I", a person's noun, or "who" after
  one; no participle, "has overtaken", no person, "I have a son").

A claim is only what is said positively of one holder: "not", "and I don't", a pronoun holder
("she is"), two holders joined ("my son and I are", "my son or daughter") and a noun after "as
a" or "be a" with no subject read ("How do I cope as a nurse who has anxiety?") say nothing.
The trade: an attribute held on each side by holders apart, each named on the other side too,
one side at least saying it in a noun phrase (two predicates, "I'm pregnant and my sister ..." /
"My sister is pregnant and ...", are clauses the clause readers read whole). Not the same
person said two ways ("My dyslexic son" / "My son who has dyslexia"), a person left out, or a
side saying the state is shared ("too", "also", "both", "like me", "so do I", "as well").

Role pass 83 (blind rounds 209-211): a state of more than one word ("My visually impaired
coworker keeps asking me to describe every slide. Is that too much?" / "I'm visually impaired
and keep asking my coworker to ..."): "S is ADV-ly P" reads P ("visually impaired", "legally
blind"), "S is P of Q" reads Q too ("hard of hearing" against "my hard-of-hearing dad", a
hyphened modifier read by each of its words), "S is in / on (a) P" and "N in / on (a) P V ..."
read P ("in a wheelchair", "on dialysis"; the noun phrase only with N's verb right after it,
"my friend in a cafe and ..." left), and a lone "-ly" adjective ("I'm elderly and ..."); "too"
before what it grades ("too much", "too nice") no longer says the state is shared.

Role pass 85 (blind rounds 212-214): a state in a relative clause, "N who / that has / is S",
counts as said in N's noun phrase ("My teenage daughter wants to use the sauna with her friend
who has asthma" / "My teenage daughter has asthma and wants to ..."), and the cheap gate opens on
"who / that" right after a person's noun.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from policies.verify import lexicon as lx
from policies.verify.roles.written import MARKS, OWNER, PERSON, STANDALONE, tokens
from policies.verify.senses import names_person, person_or_pet
from policies.verify.text import Parsed

_ASKER = "@1"
_ASKER_SUBJECTS = frozenset(("i", "me", "myself"))
_ASKER_NAMED = frozenset(("i", "me", "my", "mine", "myself"))
_PRONOUNS = (frozenset(PERSON) | frozenset(OWNER) | frozenset(STANDALONE)) | frozenset(
    "himself herself themselves yourself ourselves its it someone somebody".split()
)
_FUNCTION = (
    lx.STOPWORDS
    | lx.NEGATIONS
    | _PRONOUNS
    | frozenset(
        "not no nor or and but if when while because since so to too very really quite rather"
        " more most less least as than between among against toward towards into onto over"
        " under after before during without within through across behind beside near".split()
    )
)
_BE = frozenset(("am", "is", "are", "was", "were"))
_HAVE = frozenset(("has", "have", "had"))
_ARTICLES = frozenset(("a", "an"))
_LEADS = (
    lx.DETERMINERS
    | frozenset(OWNER)
    | frozenset("for with of about from at on in by among between".split())
)
_REL = frozenset(("who", "that"))
_JOINED = frozenset(("and", "or", "&", "nor"))
_JOINED_SEQ = frozenset((w,) for w in _JOINED)
_ARTICLE_SEQ = frozenset((("a",), ("an",)))
_DETERMINED_SEQ = frozenset((("a",), ("an",), ("the",)))
# role pass 83: a state said by a place phrase ("in a wheelchair", "on dialysis")
_STATE_PREPS = frozenset(("in", "on"))
_VERBS_AFTER = (
    _BE | _HAVE | frozenset("can could will would should does do did may might must".split())
)
# a side that says the attribute is shared between the people, or compared
_SHARED = frozenset("too also both either neither same".split())
# role pass 83: "too" before these ends its clause, "also" ("I have it too and ...")
_NOT_GRADED = frozenset(
    "and or nor but so because since if when while though although as for to at in on with by"
    " from of after before until then".split()
)
_SHARED_AFTER = {
    "like": _ASKER_NAMED | frozenset(OWNER) | frozenset(PERSON),
    "as": frozenset(("well",)),
    "so": _BE | _HAVE | frozenset(("do", "does", "did")),
}
_PLURAL_OWNER_RE = re.compile(r"s['\u2019](?=\s)")
_RUN_MAX = 4
_MAX_TOKENS = 80

Claims = dict[str, dict[str, bool]]  # attribute -> holder -> said in a noun phrase
_Claim = Callable[[str, int, bool], None]
# an article after these opens a predicate's noun ("to be a substitute teacher"), its holder
# the subject: no modifier of its own
_PREDICATIVE = _BE | frozenset("be been being become becomes became as".split())


def holder_changed(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a.source), _tokens(b.source)
    if ta == tb or len(ta) > _MAX_TOKENS or len(tb) > _MAX_TOKENS:
        return False
    if not (_attributive(ta) or _attributive(tb)) or _shared(ta) or _shared(tb):
        return False
    ca, cb = _claims(ta), _claims(tb)
    if not ca or not cb:
        return False
    for key in ca.keys() & cb.keys():
        ha, hb = ca[key], cb[key]
        if not ha.keys().isdisjoint(hb):
            continue
        for x, in_x in ha.items():
            for y, in_y in hb.items():
                if (in_x or in_y) and _named(tb, x) and _named(ta, y):
                    return True
    return False


def _tokens(text: str) -> tuple[str, ...]:
    """ "a successful son/daughter": either; "my students' parents": an owner, as "'s"."""
    return tokens(_PLURAL_OWNER_RE.sub("s's", text.replace("/", " or ")))


def _attributive(t: tuple[str, ...]) -> bool:
    """A cheap test first: a word right before a person's noun, a "with", an "in / on" right
    after one (role pass 83), or an article after "is / as / ,": where a claim in a noun phrase
    can be."""
    if "with" in t:
        return True
    for k in range(1, len(t)):
        w = t[k]
        if w in _ARTICLES:
            if t[k - 1] in _PREDICATIVE or t[k - 1] == ",":
                return True
        elif w in _STATE_PREPS or w in _REL:
            if _person(t[k - 1]):
                return True  # role pass 85: "her friend who has asthma"
        elif _strict(w) and _word(t[k - 1]):
            return True
    return False


def _shared(t: tuple[str, ...]) -> bool:
    if not _SHARED.isdisjoint(t):
        if any(w in _SHARED and not (w == "too" and _degree(t, k)) for k, w in enumerate(t)):
            return True
    for k, w in enumerate(t[:-1]):
        after = _SHARED_AFTER.get(w)
        if after is not None and t[k + 1] in after:
            return True
    return False


def _degree(t: tuple[str, ...], k: int) -> bool:
    """Role pass 83: "too" before what it grades ("Is that too much?", "too nice", "too
    often") says how much, not that a state is shared ("I'm dyslexic too", "me too.", "she has
    it too and ...")."""
    after = t[k + 1] if k + 1 < len(t) else ""
    return after.isalpha() and after not in _PRONOUNS and after not in _NOT_GRADED


def _bare(w: str) -> str:
    return w[:-2] if w.endswith("'s") else w


def _one(w: str) -> str:
    """A person's noun as one holder: "'s" off, a plural "-s" off ("students" / "student")."""
    w = _bare(w)
    if w == "children":
        return "child"
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _keys(w: str) -> tuple[str, ...]:
    """Role pass 83: a hyphened modifier by each of its words too ("hard-of-hearing": "hard",
    "hearing"; against "I'm hard of hearing")."""
    if "-" not in w:
        return (_key(w),)
    parts = [_key(p) for p in _bare(w).split("-") if _word(p)]
    return (_key(w), *parts)


def _key(w: str) -> str:
    """An attribute by its stem: "dyslexic" / "dyslexia", "autistic" / "autism"."""
    w = _bare(w)
    return w[:5] if len(w) > 5 else w


def _word(w: str) -> bool:
    return w.replace("-", "").isalpha() and w not in _FUNCTION and w not in MARKS


@lru_cache(maxsize=4096)
def _strict(w: str) -> bool:
    return _word(_bare(w)) and person_or_pet(_bare(w))


@lru_cache(maxsize=4096)
def _person(w: str) -> bool:
    """A person's noun: of the person list, a pet, or a doer's noun ("teacher")."""
    b = _bare(w)
    return _word(b) and (person_or_pet(b) or names_person(b))


def _named(t: tuple[str, ...], holder: str) -> bool:
    if holder == _ASKER:
        return not _ASKER_NAMED.isdisjoint(t)
    return any(_one(w) == holder for w in t if _word(_bare(w)))


def _run(t: tuple[str, ...], s: int) -> list[int]:
    """The content words from ``s`` on, to a function word, a mark or an owner ("son's")."""
    out: list[int] = []
    k = s
    while k < len(t) and len(out) < _RUN_MAX and _word(_bare(t[k])):
        out.append(k)
        if t[k].endswith("'s"):
            break
        k += 1
    return out


def _head(t: tuple[str, ...], run: list[int]) -> int | None:
    """The person's noun a run names: the first of the person list ("dyslexic younger sister":
    sister), a compound of them read to its end ("a cold baby bird": bird); none where a
    doer's noun ends it ("a team manager", "a lost pet flyer") or stands alone ("a water
    softener", "a marriage counselor")."""
    for n, k in enumerate(run):
        if _strict(t[k]):
            while n + 1 < len(run) and _strict(t[run[n + 1]]):
                n += 1
            if n + 1 < len(run) and _person(t[run[n + 1]]):
                return None  # "a lost pet flyer", "a team manager": a doer's noun its head
            if any(_strict(t[m]) for m in run[n + 1 :]):
                return None  # "my first dog walking clients": which is the head is not read
            return run[n]
    return None


def _subject(t: tuple[str, ...], k: int) -> str | None:
    """The holder before the verb at ``k``: "I", a person's noun, or "who" after one; None for
    a pronoun, a thing, or two joined ("my son and I")."""
    if k < 1:
        return None
    s = t[k - 1]
    if s in _REL:
        h = k - 2 if k >= 2 and t[k - 2] != "," else k - 3
        if h < 0 or not _person(t[h]) or t[h].endswith("'s"):
            return None
        s, k = t[h], h + 1
    if s in _ASKER_SUBJECTS:
        holder = _ASKER
    elif _person(s) and not s.endswith("'s"):
        holder = _one(s)
    else:
        return None
    j = k - 1  # the subject's first word: "my (younger) son"
    while j > 0 and k - j <= _RUN_MAX and (t[j - 1] in lx.DETERMINERS or _word(t[j - 1])):
        j -= 1
    if j >= 2 and t[j - 1] in _JOINED and (t[j - 2] in PERSON or _person(t[j - 2])):
        return None  # "my son and I are", "my son and daughter are": two holders
    return holder


def _participle(w: str) -> bool:
    return w in lx.BASE_OF_PARTICIPLE or w.endswith(("ed", "en")) or w == "got"


@lru_cache(maxsize=256)
def _claims(t: tuple[str, ...]) -> Claims:
    out: Claims = {}
    me: set[str] = set()  # nouns that name the asker ("I'm a dyslexic boss", "As a nurse, ...")
    vague: set[str] = set()  # nouns said of someone unknown ("How do I cope as a nurse ...?")

    def claim(holder: str, k: int, attributive: bool) -> None:
        for key in _keys(t[k]):
            held = out.setdefault(key, {})
            held[holder] = held.get(holder, False) or attributive

    def described(holder: str, s: int) -> None:
        """ "a P N" after "is / as": the modifiers the holder's, N the holder if a person."""
        run = _run(t, s)
        head = _predicate_head(t, run)
        for k in run:
            if k == head:
                break
            claim(holder, k, True)
        if head is not None and holder == _ASKER:
            me.add(_one(t[head]))

    for k, w in enumerate(t):
        # role pass 85: a relative clause's state ("her friend who has asthma") is said in
        # the friend's noun phrase, as "her asthmatic friend" would be
        rel = k > 0 and t[k - 1] in _REL
        if w in _BE and k + 1 < len(t):
            subj = _subject(t, k)
            p = t[k + 1]
            if subj is None:
                continue
            if p in _ARTICLES:
                described(subj, k + 2)
            elif _state(t, k + 1):
                claim(subj, k + 1, rel)
                after = t[k + 3] if t[k + 2 : k + 3] == ("of",) and k + 3 < len(t) else ""
                if _word(after) and not _person(after) and not after.endswith("'s"):
                    claim(subj, k + 3, rel)  # role pass 83: "I'm hard of hearing"
            elif p.endswith("ly") and _word(p):
                if _state(t, k + 2):
                    claim(subj, k + 2, rel)  # role pass 83: "I'm visually impaired"
                elif k + 2 >= len(t) or t[k + 2] in MARKS or t[k + 2] in _JOINED:
                    claim(subj, k + 1, rel)  # "I'm elderly and ..."
            elif p in _STATE_PREPS and _state(t, _after_article(t, k + 2)):
                claim(subj, _after_article(t, k + 2), rel)  # "I'm in a wheelchair"
        elif w in _HAVE and k + 1 < len(t):
            subj = _subject(t, k)
            if subj is not None:
                _object(t, k + 1, subj, claim, rel)
        elif w == "with" and k >= 1 and _person(t[k - 1]) and not t[k - 1].endswith("'s"):
            _with(t, k, claim)
        elif w in _STATE_PREPS and k >= 1 and _person(t[k - 1]) and not t[k - 1].endswith("'s"):
            _placed(t, k, claim)
        elif w == "as" and (k == 0 or t[k - 1] in MARKS) and t[k + 1 : k + 2] in _ARTICLE_SEQ:
            described(_ASKER, k + 2)  # "As a dyslexic boss, ..." (not "list my son as a ...")
        elif w == "," and k >= 1 and t[k - 1] in _ASKER_SUBJECTS and k + 1 < len(t):
            if t[k + 1] in _ARTICLES:
                described(_ASKER, k + 2)  # "How can I, a dyslexic teacher, ..."
        if w in _ARTICLES and k > 0 and t[k - 1] in _PREDICATIVE:
            head = _predicate_head(t, _run(t, k + 1))
            if head is not None:
                vague.add(_one(t[head]))  # who is the N, if not the asker, is not read
        elif w in _LEADS or w.endswith("'s"):
            _modifiers(t, k + 1, claim)
    for holders in out.values():
        for name in (me | vague) & holders.keys():
            said = holders.pop(name)
            if name in me:
                holders[_ASKER] = said or holders.get(_ASKER, False)
    return {key: holders for key, holders in out.items() if holders}


def _state(t: tuple[str, ...], k: int) -> bool:
    """A state's word after "is" or "in / on": no person, no "-ing", "-ly" or owner."""
    if k >= len(t):
        return False
    w = t[k]
    return _word(w) and not _person(w) and not w.endswith(("ing", "ly", "'s"))


def _after_article(t: tuple[str, ...], k: int) -> int:
    return k + 1 if t[k : k + 1] in _DETERMINED_SEQ else k


def _placed(t: tuple[str, ...], k: int, claim: _Claim) -> None:
    """Role pass 83: "N in / on (a) P" read as N's state, its first word, only with N's verb
    right after it ("My coworker in a wheelchair keeps asking me", "my dad on dialysis is"):
    "met my friend in a cafe and ..." and "asked my coworker in HR to ..." are left."""
    s = _after_article(t, k + 1)
    if _state(t, s) and s + 1 < len(t) and (_word(t[s + 1]) or t[s + 1] in _VERBS_AFTER):
        claim(_one(t[k - 1]), s, True)


def _predicate_head(t: tuple[str, ...], run: list[int]) -> int | None:
    """The noun of "a P N" after "is / as / be": a person's, a doer's ("a substitute teacher")."""
    head = _head(t, run)
    if head is None and run and _person(t[run[-1]]) and not t[run[-1]].endswith("'s"):
        return run[-1]
    return head


def _modifiers(t: tuple[str, ...], s: int, claim: _Claim) -> None:
    """ "my dyslexic son": the modifiers before a person's noun in a run after a lead."""
    run = _run(t, s)
    head = _head(t, run)
    if head is None or t[head + 1 : head + 2] in _JOINED_SEQ:
        return  # "my son or daughter": two holders
    for k in run:
        if k == head:
            break
        if not _person(t[k]):
            claim(_one(t[head]), k, True)


def _with(t: tuple[str, ...], k: int, claim: _Claim) -> None:
    """ "N with P" read as N's only with P bare and the clause going on after it ("a teacher
    with dyslexia help", "students with dyslexia learn"): "hit a mentor with a wrench" (a tool)
    and "see the orthodontist with braces?" (the asker's) may belong to the verb."""
    if t[k + 1 : k + 2] in _ARTICLE_SEQ:
        return
    run = _run(t, k + 1)
    if run and run[-1] + 1 < len(t) and t[run[-1] + 1] not in MARKS:
        _object(t, k + 1, _one(t[k - 1]), claim, True)


def _object(t: tuple[str, ...], s: int, holder: str, claim: _Claim, attributive: bool) -> None:
    """ "has (a) P", "with (a) P": each word of P the holder's, no person in it, no participle
    right after the verb ("has overtaken")."""
    article = s < len(t) and t[s] in _ARTICLES
    run = _run(t, s + 1 if article else s)
    if not run or any(_person(t[k]) or t[k].endswith("'s") for k in run):
        return
    if not article and _participle(t[run[0]]):
        return
    for k in run:
        claim(holder, k, attributive)
