"""Role pass 47 (blind rounds 140-142): who does what to whom read across a relative clause.

Each side's uses of a verb both sides share are read into (doer, patient) by the clause shape
around the verb: an object relative, with "that / who / whom / which" or a contact one ("the N
(that) X V-ed": X did it to the N), a subject relative ("the N who V-ed Y", "the N whose M V-ed
Y"), and a plain or reduced clause ("X V-ed Y", "the N V-ing Y": the N did it). A noun phrase is
read as its owner and its last word; a pronoun by its person.

``relative_roles_traded`` refuses, for the same verb:

- doer and patient exchanged ("the defenseman I was covering" / "the defenseman covering me",
  "the new member that the founder recruited" / "the founder the new member recruited", "the
  taxi driver who cut me off" / "I cut off the taxi driver");
- an owner moved between the doer and the patient ("the buyer whose inspector found mold" /
  "the buyer whose mold my inspector found");
- another doer of a subject relative, each doer named on the other side ("the employer that
  reimburses my tuition ... the aid office" / "the aid office that reimburses my tuition ...
  my employer").

Role pass 52 (blind rounds 150-151): the gate also opens on a contact relative with a noun doer
("the kid my son was dunking" / "the kid dunking my son"); a main verb after an object relative
on its subject reads that subject owned by the relative's doer, as is an object with such a
relative, and "mine" as the asker's N ("the cat that my neighbor adopted attacked mine" / "my
cat attacked the cat that my neighbor adopted"); the head doing the verb in a subject relative
and undergoing it in an object relative, someone else its doer, is refused ("the neighbor who
complained about my party" / "the neighbor I complained about"; not with "with", "to V" or
"be").

Role pass 54 (blind rounds 155-157): the same relative event with its head the patient on
one side and the doer on the other is refused ("the lab that my optician blamed" / "the
optician who blamed the lab"): who the rest of the sentence is about changed.

Role pass 58 (blind rounds 161-163): the same, the relative's verb taking its patient through
a preposition, stranded in the object relative ("report the delivery company my neighbor
complained about" / "report the neighbor who complained about the delivery company", "the
landlord my roommate argued with" / "the roommate who argued with the landlord").

Role pass 53 (blind rounds 152-154): ``voiced_owner_traded`` reads a passive too ("X's N were
V-ed by his Y": Y did it to X's N; "the N who was V-ed": nobody named did it to the N) and
refuses the doer on one side owning the patient on the other and the other way round (a noun
before the patient's head read as its owner: "the neighbor kid I hired" / "the neighbor who
hired my kid"), or one undergoing it against doing it to another; ``thinker_doer_traded``:
"the N I think V-ed" / "the N who thinks I V-ed"; ``thing_made_done``: "it V-ed" / "I V-ed it".

Role pass 60 (blind rounds 164-166): ``kin_said_back`` (a reading) says the pronouns for the one
relative a text names ("my son ... his feet") as that relative where one side's "his N" is the
other's "the N of ...", so the owner of the N is read on both sides.

Role pass 149 (blind rounds 288-290): doer and patient exchanged with the asker said "I / me"
on one side and "we / us" on the other, the other party one noun ("a crew I beat" / "a crew that
beat us").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from policies.verify.lexicon import BASE_OF_PARTICIPLE, BASE_OF_PAST, PAST_OF_PARTICIPLE
from policies.verify.roles.recast import MUTUAL_STEMS, PUNCT, owned_tokens
from policies.verify.text import Parsed, parse
from policies.verify.words import stem

_PERSON = {
    "i": "1",
    "me": "1",
    "my": "1",
    "we": "1p",
    "us": "1p",
    "our": "1p",
    "you": "2",
    "your": "2",
    "he": "3m",
    "him": "3m",
    "his": "3m",
    "she": "3f",
    "her": "3f",
    "they": "3p",
    "them": "3p",
    "their": "3p",
}
_SUBJECTS = frozenset(("i", "we", "you", "he", "she", "they"))
_PERSONS = frozenset(_PERSON.values())
_ASKER = frozenset(("1", "1p"))  # the asker alone or with others
_STANDALONE = {"mine": "1", "ours": "1p", "yours": "2", "hers": "3f", "theirs": "3p"}
_OBJECTS = frozenset(("me", "us", "you", "him", "her", "them"))
_OWNERS = frozenset(("my", "our", "your", "his", "her", "their"))
_DETS = frozenset(("the", "a", "an", "this", "that", "these", "those", "some", "another"))
_RELATIVIZERS = frozenset(("that", "who", "whom", "which"))
_AUX = frozenset(
    (
        "am is are was were be been being 'm 're 've 'd had has have did do does will would"
        " can could should might may must just also still always never really already once almost"
        " nearly recently accidentally not didn't don't doesn't wasn't weren't hadn't haven't"
        " hasn't won't wouldn't can't couldn't isn't aren't kept keeps keep"
    ).split()
)
_BE = frozenset("am is are was were be been being 'm 're isn't aren't wasn't weren't".split())
_PARTICLES = frozenset(("off", "up", "out", "down", "over", "back", "away"))
_JOINS = frozenset(
    ("and", "but", "so", "because", "if", "when", "after", "before", "while", "then")
)
_FUNCTION = (
    _SUBJECTS
    | _OBJECTS
    | _OWNERS
    | _DETS
    | _RELATIVIZERS
    | _AUX
    | _JOINS
    | PUNCT
    | frozenset(
        (
            "whose 's it its to of in on at for with by from into about as than or"
            " not no there here what how why where is it"
        ).split()
    )
)
_MAX_NOUN = 3
# role pass 102: a participle of showing or seeing before the verb's "-ing" ("the soldier shown
# rescuing X", "the N that X is seen V-ing"): the one shown doing it does it
_SHOWN = frozenset(
    "shown seen depicted pictured portrayed painted drawn photographed filmed caught spotted"
    " heard".split()
)


class _Phrase(NamedTuple):
    owner: str | None
    head: str
    start: int  # index of its first token (the determiner or owner, if any)
    det: bool  # begins with a determiner, an owner, or "whose"


def _owner_of(x: tuple[str, ...], i: int, rel_head: str | None) -> tuple[str | None, int, bool]:
    """What stands before the content words ending at i: (owner, start, determined)."""
    if i < 0:
        return None, i + 1, False
    w = x[i]
    if w in _DETS:
        return None, i, True
    if w in _OWNERS:
        return _PERSON[w], i, True
    if w == "whose" and rel_head is not None:
        return rel_head, i, True
    if w == "'s" and i >= 1 and x[i - 1] not in _FUNCTION:
        inner = _left_phrase(x, i - 1)
        start = inner.start if inner is not None else i - 1
        return x[i - 1], start, True
    return None, i + 1, False


def _left_phrase(x: tuple[str, ...], e: int) -> _Phrase | None:
    """The noun phrase ending at index e, read leftwards."""
    if e < 0:
        return None
    w = x[e]
    if w in _SUBJECTS or w in _OBJECTS:
        return _Phrase(None, _PERSON[w], e, True)
    if w in _FUNCTION:
        return None
    i = e
    while i - 1 >= 0 and e - i + 1 < _MAX_NOUN and x[i - 1] not in _FUNCTION:
        i -= 1
    head_before = None
    if i - 1 >= 0 and x[i - 1] == "whose":
        rel = _left_phrase(x, i - 2)
        head_before = rel.head if rel is not None else None
    owner, start, det = _owner_of(x, i - 1, head_before)
    if not det:
        return _Phrase(None, w, e, False) if e == i else None
    return _Phrase(owner, w, start, True)


def _right_phrases(x: tuple[str, ...], s: int) -> list[_Phrase]:
    """The noun phrases beginning at index s (particles skipped), read rightwards: one for each
    length of its content words, as a verb after them cannot be told from a noun."""
    while s < len(x) and x[s] in _PARTICLES:
        s += 1
    if s >= len(x):
        return []
    w = x[s]
    owned_her = w == "her" and s + 1 < len(x) and x[s + 1] not in _FUNCTION  # "her tutor's"
    if (w in _OBJECTS or w == "it") and not owned_her:
        return [_Phrase(None, _PERSON.get(w, w), s, True)]
    if w not in _DETS and w not in _OWNERS:
        return [] if w in _FUNCTION else [_Phrase(None, w, s, False)]
    owner = _PERSON.get(w)
    out: list[_Phrase] = []
    e = s + 1
    # a particle ends the phrase: "knocked my cat over"
    while e < len(x) and e - s <= _MAX_NOUN and x[e] not in _FUNCTION and x[e] not in _PARTICLES:
        out.append(_Phrase(owner, x[e], s, True))
        e += 1
    if out and e < len(x) and x[e] == "'s":
        inner = _right_phrases(x, e + 1)
        # "his friend's chores": the owned noun said bare (role pass 53)
        return [_Phrase(x[e - 1], p.head, s, True) for p in inner if p.owner is None]
    return out


class _Event(NamedTuple):
    doer: _Phrase
    patient: _Phrase | None
    subject_relative: bool


def _gap(x: tuple[str, ...], v: int) -> bool:
    """Nothing read as an object after the verb (and its particles): the relative's gap."""
    return not any(p.det for p in _right_phrases(x, v + 1))


def _events(x: tuple[str, ...], v: int) -> list[_Event]:
    """The readings of the verb at index v; after an object relative on the main clause's
    subject, also that subject's ("the cat that my neighbor adopted attacked mine")."""
    out = _plain_events(x, v)
    i = v - 1
    while i >= 0 and x[i] in _AUX:
        i -= 1
    main = _after_relative(x, i) if i >= 0 and x[i] not in _FUNCTION else None
    if main is not None:
        out += [_Event(main, _mine(p, main), False) for p in _right_phrases(x, v + 1)]
    return out


def _plain_events(x: tuple[str, ...], v: int) -> list[_Event]:
    """The readings of the verb at index v, read from its own clause."""
    i = v - 1
    ing = x[v].endswith("ing")
    # role pass 102: "is shown / seen V-ing" read as "is V-ing" (who is shown doing it does it)
    while i >= 0 and (x[i] in _AUX or (ing and i == v - 1 and x[i] in _SHOWN)):
        if x[i] in _BE and not ing:
            return []  # a passive: "the bank my loan was sold to"
        i -= 1
    if i < 0:
        return []
    out: list[_Event] = []
    if x[i] in ("who", "that", "which"):  # "the N who V-ed Y"
        head = _left_phrase(x, i - 1)
        if head is not None and head.det:
            out += [_Event(head, p, True) for p in _right_phrases(x, v + 1) or (None,)]
        return out
    doer = _left_phrase(x, i)
    if doer is None or x[i] in _OBJECTS:
        return out
    if x[doer.start] == "whose":  # "the N whose M V-ed Y"
        return [_Event(doer, p, True) for p in _right_phrases(x, v + 1) or (None,)]
    before = doer.start - 1
    rel = before >= 0 and x[before] in _RELATIVIZERS
    head = _left_phrase(x, before - 1 if rel else before) if before >= 0 else None
    object_relative = (
        head is not None
        and head.det
        and doer.det
        and (head.head != doer.head or _told_apart(x, head, doer))
        and (rel or x[before] not in _FUNCTION or x[before] == "'s" or before == head.start)
    )
    if object_relative and head is not None and _gap(x, v):
        return [_Event(doer, head, False)]
    if doer.det:
        plain = before < 0 or x[before] in PUNCT or x[before] in _JOINS or x[v].endswith("ing")
        if plain:
            out += [
                _Event(doer, _relative_owned(x, p), False)
                for p in _right_phrases(x, v + 1) or (None,)
            ]
    return out


def _object_relative(x: tuple[str, ...], v: int) -> _Event | None:
    """The object relative with a relative word whose verb is at v ("the cat that my neighbor
    adopted"): the event with its head the patient, read before the verb."""
    if x[v] in _FUNCTION or x[v] in _PARTICLES:
        return None
    for e in _plain_events(x, v):
        p = e.patient
        if p is None or not p.det or p.start >= e.doer.start or e.doer.head in _PERSONS:
            continue
        if e.doer.start >= 1 and x[e.doer.start - 1] in _RELATIVIZERS:
            return e  # a relative word: a contact relative's end cannot be told here
    return None


def _after_relative(x: tuple[str, ...], i: int) -> _Phrase | None:
    """The subject of a main verb that follows an object relative ending at i, owned by the
    relative's doer: "the cat that my neighbor adopted | attacked mine" (the neighbor's cat)."""
    e = _object_relative(x, i)
    if e is None or e.patient is None or e.patient.owner is not None:
        return None
    if e.patient.start > 0 and x[e.patient.start - 1] not in PUNCT | _JOINS:
        return None  # the relative is on an object, not the main clause's subject
    return e.patient._replace(owner=e.doer.head)


def _relative_owned(x: tuple[str, ...], p: _Phrase | None) -> _Phrase | None:
    """An object with an object relative on it owned by the relative's doer: "attacked the
    cat that my neighbor adopted" (the neighbor's cat)."""
    if p is None or p.owner is not None or not p.det or x[p.start] not in _DETS:
        return p
    for v in range(p.start + 3, min(len(x), p.start + 9)):
        e = _object_relative(x, v)
        if e is not None and e.patient is not None and e.patient.start == p.start:
            return p._replace(owner=e.doer.head) if e.patient.head == p.head else p
    return p


def _mine(p: _Phrase, doer: _Phrase) -> _Phrase:
    """ "mine" after "the cat ... attacked": my cat."""
    if p.head in _STANDALONE and not p.det:
        return _Phrase(_STANDALONE[p.head], doer.head, p.start, True)
    return p


def _verbs(ta: tuple[str, ...], tb: tuple[str, ...]) -> list[tuple[int, int]]:
    shared = {
        w
        for w in set(ta).intersection(tb)
        if w not in _FUNCTION
        and w not in _PARTICLES  # "knocked my cat over" / "knocked over my cat": no verb
        and "'" not in w
        and stem(w) not in MUTUAL_STEMS
    }
    return [(i, j) for i, w in enumerate(ta) if w in shared for j, u in enumerate(tb) if u == w]


def _exchanged(x: _Event, y: _Event) -> bool:
    if x.patient is None or y.patient is None or x.doer.head == x.patient.head:
        return False
    if _one(x.doer.head, y.patient.head) and _one(x.patient.head, y.doer.head):
        return True
    return _asker_traded(x.doer.head, y.patient.head, x.patient.head, y.doer.head) or (
        _asker_traded(x.patient.head, y.doer.head, x.doer.head, y.patient.head)
    )


def _asker_traded(p: str, q: str, other: str, other_b: str) -> bool:
    """Role pass 149: the asker said "I / me" on one side and "we / us" on the other, the
    other party one noun ("a crew I beat" / "a crew that beat us": the asker and the crew traded
    as doer and patient; "that beat me" would be read already)."""
    return {p, q} == _ASKER and other not in _PERSONS and _one(other, other_b)


def _one(p: str, q: str) -> bool:
    """The same noun, maybe one side in the plural (role pass 102: "who are the soldiers that
    X is V-ing" / "who is the soldier V-ing X")."""
    return (
        p == q
        or (len(p) > 3 and q in (p + "s", p + "es"))
        or (len(q) > 3 and p in (q + "s", q + "es"))
    )


def _owner_moved(x: _Event, y: _Event) -> bool:
    if x.patient is None or y.patient is None:
        return False
    if x.doer.head != y.doer.head or x.patient.head != y.patient.head:
        return False
    if x.doer.owner == y.doer.owner or x.patient.owner == y.patient.owner:
        return False
    if x.doer.owner is None or y.doer.owner is None:
        return False  # "the insurer says my IVF" / "my insurer says IVF": an owner only added
    return x.doer.owner == y.patient.owner or y.doer.owner == x.patient.owner


def _doer_named(x: _Event, y: _Event, ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    if not (x.subject_relative and y.subject_relative) or x.patient is None or y.patient is None:
        return False
    if x.patient.head != y.patient.head or x.doer.head == y.doer.head:
        return False
    if x.doer.head in _PERSON.values() or y.doer.head in _PERSON.values():
        return False
    return x.doer.head in tb and y.doer.head in ta and x.doer.head not in ta[: x.doer.start]


def _patient_named(x: _Event, y: _Event, ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Role pass 66: the same object relative ("who the shark bit") on another head, each head
    named on the other side ("The surfer who the shark bit was rescued by a paddleboarder" /
    "The paddleboarder who the shark bit rescued a surfer"): who underwent it changed."""
    if x.subject_relative or y.subject_relative or x.patient is None or y.patient is None:
        return False
    if x.patient.start > x.doer.start or y.patient.start > y.doer.start:
        return False  # not an object relative: its head before its doer
    if x.doer.head != y.doer.head or x.doer.owner != y.doer.owner:
        return False
    if x.patient.head == y.patient.head or x.doer.head in (x.patient.head, y.patient.head):
        return False
    if x.patient.head in _PERSON.values() or y.patient.head in _PERSON.values():
        return False
    return x.patient.head in tb and y.patient.head in ta


def _head_undergoes(x: _Event, y: _Event) -> bool:
    """The head of a subject relative doing the verb on one side ("the neighbor who complained
    about my party") and undergoing it in an object relative on the other ("the neighbor I
    complained about"), someone else its doer."""
    if not x.subject_relative or y.subject_relative or y.patient is None:
        return False
    if y.patient.start > y.doer.start or y.doer.head == x.doer.head:
        return False  # not an object relative, or the same doer
    return x.doer.head == y.patient.head and x.doer.owner == y.patient.owner


def _head_undergoes_either(x: _Event, y: _Event) -> bool:
    return _head_undergoes(x, y) or _head_undergoes(y, x)


def _joined(t: tuple[str, ...], v: int) -> bool:
    """ "with" or "to V" after the verb, or "be" before it ("who is really boring")."""
    if "with" in t[v + 1 : v + 4] or (v + 1 < len(t) and t[v + 1] == "to"):
        return True
    k = v - 1
    while k >= 0 and t[k] in _AUX and t[k] not in _BE:
        k -= 1
    return k >= 0 and t[k] in _BE


def _both_ways(ta: tuple[str, ...], tb: tuple[str, ...], verb: str, x: _Event, y: _Event) -> bool:
    """Each side says both ("I taught him chords and he taught me scales"): not a trade."""
    for t, e in ((ta, y), (tb, x)):
        for k, w in enumerate(t):
            if w == verb and any(_same(f, e) for f in _events(t, k)):
                return True
    return False


def _same(f: _Event, e: _Event) -> bool:
    return (
        f.doer.head == e.doer.head
        and f.patient is not None
        and e.patient is not None
        and (f.patient.head == e.patient.head)
    )


_RELATIVE_WORDS = _RELATIVIZERS | {"whose"}
_CASES = (("i", "me"), ("we", "us"), ("he", "him"), ("she", "her"), ("they", "them"))


_LEADS = _DETS | _OWNERS


def _contact(w: tuple[str, ...]) -> bool:
    """A determined noun, then a determined noun doing a verb said with "-ing" / "-ed" before
    the clause ends: a contact relative with a noun doer ("the kid my son was dunking")."""
    for k in range(2, len(w) - 2):
        if w[k] not in _LEADS or w[k - 1] in _FUNCTION or w[k - 2] not in _LEADS:
            continue
        v = k + 2
        while v < len(w) and w[v] in _AUX:
            v += 1
        if v < len(w) and v > k + 2 and w[v].endswith(("ing", "ed")):
            return True
    return False


def _worth_reading(a: Parsed, b: Parsed) -> bool:
    """A cheap gate: a relative word on either side ("who", "that", "whose"), or a person
    said as a subject on one side and an object on the other ("the N I was V-ing" / "the N
    V-ing me"), or a noun phrase right after a determined noun ("the kid my son was dunking"),
    as a contact or reduced relative trades roles."""
    if not (_RELATIVE_WORDS.isdisjoint(a.words) and _RELATIVE_WORDS.isdisjoint(b.words)):
        return True
    wa, wb = a.words, b.words
    if _contact(wa) or _contact(wb):
        return True
    for subject, obj in _CASES:
        if obj not in wa and obj not in wb:
            continue
        more = wa.count(subject) - wb.count(subject)
        if more and (wb.count(obj) - wa.count(obj)) * more > 0:
            return True
    return False


def relative_roles_traded(a: Parsed, b: Parsed) -> bool:
    """The same verb's doer and patient traded, read across a relative clause."""
    if not _worth_reading(a, b):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > 8:
        return False
    seen_a: dict[int, list[_Event]] = {}
    seen_b: dict[int, list[_Event]] = {}
    for i, j in _verbs(ta, tb):
        ea = seen_a[i] if i in seen_a else seen_a.setdefault(i, _events(ta, i))
        if not ea:
            continue
        eb = seen_b[j] if j in seen_b else seen_b.setdefault(j, _events(tb, j))
        for x in ea:
            for y in eb:
                if _exchanged(x, y) and not _both_ways(ta, tb, ta[i], x, y):
                    return True
                if _head_undergoes_either(x, y) and not (
                    _joined(ta, i) or _joined(tb, j) or _both_ways(ta, tb, ta[i], x, y)
                ):
                    return True  # "with", "to V": "the man my daughter used to live with"
                if _owner_moved(x, y) or _doer_named(x, y, ta, tb):
                    return True
                if _patient_named(x, y, ta, tb) and not _both_ways(ta, tb, ta[i], x, y):
                    return True  # role pass 66: "the N who X V-ed" on another head
                if _head_moved(x, y, ta, tb) or _head_moved(y, x, tb, ta):
                    return True
                if _stranded_head_moved(x, y, ta, tb, i, j) or _stranded_head_moved(
                    y, x, tb, ta, j, i
                ):
                    return True
    return False


# a preposition a verb takes its patient through: "complained about", "argued with"
_STRANDED = frozenset("about with at to for against on from into over".split())


def _stranded_head_moved(
    x: _Event, y: _Event, tx: tuple[str, ...], ty: tuple[str, ...], i: int, j: int
) -> bool:
    """Role pass 58: ``_head_moved`` with the patient after a preposition: "the N1 N2 V-ed P"
    (the preposition stranded, N1 the patient) / "the N2 who V-ed P the N1" (N2 the doer)."""
    if x.subject_relative or not y.subject_relative or y.patient is not None or x.patient is None:
        return False
    if i + 1 >= len(tx) or j + 1 >= len(ty) or tx[i + 1] != ty[j + 1] or tx[i + 1] not in _STRANDED:
        return False
    if i + 2 < len(tx) and tx[i + 2] not in PUNCT and tx[i + 2] not in _JOINS:
        return False  # the preposition's phrase said: not stranded
    done = [p for p in _right_phrases(ty, j + 2) if p.det]
    return any(_head_moved(x, y._replace(patient=p)) for p in done)


def _head_moved(x: _Event, y: _Event, tx: tuple[str, ...] = (), ty: tuple[str, ...] = ()) -> bool:
    """Role pass 54: the same relative event, its head the patient of an object relative on
    one side and the doer of a subject relative on the other ("the lab that my optician
    blamed for the error" / "the optician who blamed the lab for the error"): the phrase the
    rest of the sentence says something of is another.

    Role pass 105: the doer and the patient one noun told apart by their modifiers, each kept
    on its side ("the boat that the leeward boat luffed" / "the leeward boat that luffed
    another boat": the leeward boat the doer both ways, the head the patient on one side
    and the doer on the other)."""
    if x.subject_relative or not y.subject_relative or x.patient is None or y.patient is None:
        return False
    if x.patient.start > x.doer.start or y.patient.start < y.doer.start:
        return False  # not an object relative, or not a subject relative
    if x.doer.head in _PERSONS:
        return False  # "the N I V-ed" / "the N who V-ed me": read by the trades above
    if x.doer.head == x.patient.head:
        if not tx or y.doer.head != y.patient.head:
            return False
        doer, patient = _owners(x.doer, tx), _owners(x.patient, tx)
        return doer != patient and doer == _owners(y.doer, ty) and patient == _owners(y.patient, ty)
    return x.doer.head == y.doer.head and x.patient.head == y.patient.head


def _told_apart(x: tuple[str, ...], head: _Phrase, doer: _Phrase) -> bool:
    """Role pass 105: an object relative's head and doer one noun with other modifiers ("the
    boat that the leeward boat luffed"): two participants, not one said again."""
    return _owners(head, x) != _owners(doer, x)


# Role pass 53 (blind rounds 152-154).
_PASTS = frozenset(PAST_OF_PARTICIPLE.values())  # "did": a main verb when its object follows
_GET = frozenset(("got", "get", "gets", "getting", "gotten"))
_NOBODY = _Phrase(None, "", -1, False)


def _key(w: str) -> str:
    return PAST_OF_PARTICIPLE.get(w, w)


def _passive_events(x: tuple[str, ...], v: int) -> list[_Event]:
    """A passive's reading ("my son's chores were done by his friend", "the sibling who was
    cheated"): its subject the patient, the phrase after "by" (or nobody said) the doer."""
    w = x[v]
    if not (w.endswith(("ed", "en")) or w in PAST_OF_PARTICIPLE):
        return []
    i, passive = v - 1, False
    while i >= 0 and (x[i] in _AUX or x[i] in _GET):
        passive = passive or x[i] in _BE or x[i] in _GET
        i -= 1
    if not passive or i < 0:
        return []
    if x[i] in ("who", "that", "which"):
        patient = _left_phrase(x, i - 1)
    else:
        patient = _left_phrase(x, i)
        if patient is not None and patient.start > 0 and x[patient.start - 1] not in PUNCT | _JOINS:
            return []  # not the clause's subject
    if patient is None or not patient.det:
        return []
    k = v + 1
    while k < len(x) and x[k] in _PARTICLES:
        k += 1
    if k < len(x) and x[k] == "by":
        return [_Event(p, patient, False) for p in _right_phrases(x, k + 1) if p.det]
    if k < len(x) and x[k] not in _FUNCTION:
        return []  # "was given a raise": a second object, read no further
    return [_Event(_NOBODY, patient, False)]


def _owners(p: _Phrase, t: tuple[str, ...]) -> set[str]:
    """A phrase's owner and the nouns before its head ("the neighbor kid": the neighbor's)."""
    out = {p.owner} if p.owner is not None else set()
    for k in range(max(p.start, 0), len(t)):
        if t[k] == p.head:
            out.update(w for w in t[p.start : k] if w not in _FUNCTION and w != "'s")
            break
    return out


def _owner_made_doer(x: _Event, y: _Event, ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """The doer on one side owns the patient on the other, and the other way round ("my son's
    chores were done by his friend" / "my son did his friend's chores")."""
    if x.patient is None or y.patient is None or x.patient.head != y.patient.head:
        return False
    if not x.doer.head or not y.doer.head or x.doer.head == y.doer.head:
        return False
    return x.doer.head in _owners(y.patient, tb) and y.doer.head in _owners(x.patient, ta)


def _undergoes_against_does(x: _Event, y: _Event) -> bool:
    """A passive with nobody said doing it, against the active with its subject doing it to
    someone else ("the sibling who was cheated" / "the sibling who cheated the other")."""
    if x.doer is not _NOBODY or x.patient is None or y.patient is None or y.doer is _NOBODY:
        return False
    if y.doer.head != x.patient.head or y.doer.owner != x.patient.owner:
        return False
    return y.patient.det and y.patient.head != x.patient.head


def _all_events(t: tuple[str, ...], v: int) -> list[_Event]:
    return _events(t, v) + _passive_events(t, v)


def _passives(t: tuple[str, ...]) -> set[str]:
    """The verbs said after "be" or "get" (adverbs between)."""
    out: set[str] = set()
    for k in range(1, len(t)):
        i = k - 1
        while i > 0 and t[i] in _AUX and t[i] not in _BE:
            i -= 1
        if (t[i] in _BE or t[i] in _GET) and (
            t[k].endswith(("ed", "en")) or t[k] in PAST_OF_PARTICIPLE
        ):
            out.add(_key(t[k]))
    return out


def _voice_differs(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """A verb both sides share said in the passive on one side only (a cheap gate)."""
    pa, pb = _passives(wa), _passives(wb)
    if pa == pb:
        return False
    ka, kb = {_key(w) for w in wa}, {_key(w) for w in wb}
    return bool((pa - pb) & kb or (pb - pa) & ka)


def _owned(p: Parsed) -> bool:
    return not _OWNERS.isdisjoint(p.words) or "'s" in p.source or "\u2019s" in p.source


def voiced_owner_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 53: the same verb read in either voice, refused when the doer on one side
    owns the patient on the other and the other way round ("X's N were V-ed by his Y" / "X
    V-ed his Y's N"; "the neighbor kid I hired" / "the neighbor who hired my kid"), or the
    one undergoing it in a passive does it to another in the active ("the sibling who was
    cheated out of allowance" / "the sibling who cheated the other out of allowance")."""
    if not _voice_differs(a.words, b.words) and not (
        (_owned(a) or _owned(b)) and _worth_reading(a, b)
    ):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > 8:
        return False
    kb: dict[str, list[int]] = {}
    for j, u in enumerate(tb):
        if (u not in _FUNCTION or u in _PASTS) and u not in _PARTICLES and "'" not in u:
            kb.setdefault(_key(u), []).append(j)
    seen_b: dict[int, list[_Event]] = {}
    for i, w in enumerate(ta):
        js = kb.get(_key(w)) if w not in _FUNCTION or w in _PASTS else None
        if not js or stem(w) in MUTUAL_STEMS:
            continue
        ea = _all_events(ta, i)
        if not ea:
            continue
        for j in js:
            eb = seen_b[j] if j in seen_b else seen_b.setdefault(j, _all_events(tb, j))
            for x in ea:
                for y in eb:
                    if _owner_made_doer(x, y, ta, tb):
                        return True
                    if _undergoes_against_does(x, y) or _undergoes_against_does(y, x):
                        return True
    return False


_THINK = frozenset(
    "think thinks thought believe believes suspect suspects guess bet know knows swear".split()
)


def _thoughts(t: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(thinker, doer, verb) of "the N P think(s) V-ed" (the N the doer) and "the N who
    think(s) P V-ed" (P the doer)."""
    out: list[tuple[str, str, str]] = []
    for k in range(2, len(t) - 2):
        if t[k] not in _THINK:
            continue
        if t[k - 1] in _SUBJECTS:  # "the neighbor (that) I think stole"
            e = k - 3 if t[k - 2] in _RELATIVIZERS else k - 2
            head = _left_phrase(t, e)
            v = k + 1
            while v < len(t) and t[v] in _AUX:
                v += 1
            if head is not None and head.det and head.head not in _PERSONS and v < len(t):
                if t[v] not in _FUNCTION:
                    out.append((_PERSON[t[k - 1]], head.head, t[v]))
        elif t[k - 1] in ("who", "that"):  # "the neighbor who thinks (that) I stole"
            head = _left_phrase(t, k - 2)
            s = k + 2 if t[k + 1] == "that" else k + 1
            if head is None or not head.det or s >= len(t) - 1:
                continue
            doer = _left_phrase(t, s) if t[s] not in _DETS else None
            v = s + 1
            while v < len(t) and t[v] in _AUX:
                v += 1
            if doer is not None and doer.det and v < len(t) and t[v] not in _FUNCTION:
                out.append((head.head, doer.head, t[v]))
    return out


def thinker_doer_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 53: who thinks and who did it traded across a relative ("the neighbor I
    think stole my package" / "the neighbor who thinks I stole his package")."""
    if _THINK.isdisjoint(a.words) or _THINK.isdisjoint(b.words):
        return False
    xa, xb = _thoughts(owned_tokens(a.source)), _thoughts(owned_tokens(b.source))
    return any(p == s and q == r and p != q and v == w for p, q, v in xa for r, s, w in xb)


_DOERS = frozenset(("i", "we", "you", "he", "she", "they"))
_THINGS = {"it": "it", "they": "them"}


def _caused(t: tuple[str, ...], u: tuple[str, ...]) -> bool:
    """u says "P V it" where t says "it V", the rest the same."""
    for k in range(len(u) - 2):
        if u[k] not in _DOERS or u[k + 1] in _FUNCTION:
            continue
        for thing, obj in _THINGS.items():
            if u[k + 2] == obj and t == (*u[:k], thing, u[k + 1], *u[k + 3 :]):
                return True
    return False


def thing_made_done(a: Parsed, b: Parsed) -> bool:
    """Role pass 53: a thing that V-ed on its own against someone who V-ed it ("but it broke
    again" / "but I broke it again"; "and it shut down" / "and I shut it down")."""
    wa, wb = a.words, b.words
    if abs(len(wa) - len(wb)) != 1:
        return False
    if not any(t in x and o in y for x, y in ((wa, wb), (wb, wa)) for t, o in _THINGS.items()):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if len(tb) == len(ta) + 1:
        return _caused(ta, tb)
    return len(ta) == len(tb) + 1 and _caused(tb, ta)


# Role pass 55 (blind rounds 155-157).
_PLACE_PREPS = frozenset(("at", "in", "from", "on", "near", "of"))
_AROUND = frozenset(("around", "about"))  # "bossing her around", "ordering him about"


def _unplaced(x: tuple[str, ...], v: int) -> tuple[tuple[str, ...], int]:
    """The tokens with a place phrase between a passive's subject and its auxiliaries left
    out ("a kid at the sleepover was bitten": "a kid was bitten"), and the verb's new index."""
    i = v - 1
    while i >= 0 and (x[i] in _AUX or x[i] in _GET):
        i -= 1
    place = _left_phrase(x, i) if i >= 0 else None
    if place is None or not place.det or place.start < 1 or x[place.start - 1] not in _PLACE_PREPS:
        return x, v
    cut = place.start - 1
    return (*x[:cut], *x[i + 1 :]), v - (i + 1 - cut)


def _passive_readings(x: tuple[str, ...], v: int) -> list[_Event]:
    out = _passive_events(x, v)
    if out:
        return out
    y, w = _unplaced(x, v)
    return _passive_events(y, w) if w != v else []


def passive_owner_moved(a: Parsed, b: Parsed) -> bool:
    """Role pass 55: the same verb in the passive on both sides, an owner moved between the
    doer and the one it was done to ("a kid at the sleepover was bitten by our dog" / "our kid
    at the sleepover was bitten by their dog": our dog bit a guest / their dog bit our kid)."""
    if not (_owned(a) and _owned(b)):
        return False
    shared = _passives(a.words) & _passives(b.words)
    if not shared:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > 8:
        return False
    ea = [e for i, w in enumerate(ta) if _key(w) in shared for e in _passive_readings(ta, i)]
    if not ea:
        return False
    eb = [e for j, u in enumerate(tb) if _key(u) in shared for e in _passive_readings(tb, j)]
    return any(_owner_moved(x, y) or _owner_moved(y, x) for x in ea for y in eb)


def _named_back(x: tuple[str, ...], v: int) -> list[_Event]:
    """ "the N (that) X V-ed | AUX V2 PRON": the N does V2 to X when PRON is said for X (a
    noun doer and a third person, or the same person), the main clause after an object
    relative on its subject, with or without a relative word."""
    i = v - 1
    while i >= 0 and x[i] in _AUX:
        i -= 1
    if i < 2 or x[i] in _FUNCTION or x[i] in _PARTICLES:
        return []
    objects = [p for p in _right_phrases(x, v + 1) if p.head in _PERSONS]
    if not objects:
        return []
    out: list[_Event] = []
    for e in _plain_events(x, i):
        head, doer = e.patient, e.doer
        if head is None or not head.det or head.start >= doer.start or head.head in _PERSONS:
            continue
        if head.start > 0 and x[head.start - 1] not in PUNCT | _JOINS:
            continue  # the relative is on an object, not the main clause's subject
        for p in objects:
            third = doer.head not in _PERSONS and p.head.startswith("3")
            if third or p.head == doer.head:
                out.append(_Event(head, doer, False))
    return out


def relative_doer_named_back(a: Parsed, b: Parsed) -> bool:
    """Role pass 55: the head of an object relative doing a verb to the relative's doer, named
    back by a pronoun, against that doer doing the verb to the head ("the sleepover guest my
    daughter invited is bossing her around" / "my daughter is bossing around the sleepover
    guest she invited"; "the tutor that my son hired ignores him" / "my son ignores the tutor
    he hired")."""
    if _OBJECTS.isdisjoint(a.words) and _OBJECTS.isdisjoint(b.words):
        return False
    ta = tuple(w for w in owned_tokens(a.source) if w not in _AROUND)
    tb = tuple(w for w in owned_tokens(b.source) if w not in _AROUND)
    if ta == tb or abs(len(ta) - len(tb)) > 8:
        return False
    for t, u in ((ta, tb), (tb, ta)):
        places: dict[str, list[int]] = {}
        for j, w in enumerate(u):
            places.setdefault(w, []).append(j)
        theirs: dict[int, tuple[list[_Event], list[_Event]]] = {}
        for i in range(2, len(t) - 1):
            k = i + 1
            while k < len(t) and t[k] in _PARTICLES:
                k += 1
            if k >= len(t) or t[k] not in _OBJECTS or t[i] not in places or t[i] in _FUNCTION:
                continue  # the main verb's object a pronoun: "is bossing her"
            xs = _named_back(t, i)
            if not xs or t[i] in _PARTICLES or "'" in t[i] or stem(t[i]) in MUTUAL_STEMS:
                continue
            for j in places[t[i]]:
                if j not in theirs:
                    theirs[j] = (_events(u, j), _named_back(u, j))
                plain, back = theirs[j]
                for x in xs:
                    if any(_exchanged(x, y) for y in plain) and not any(
                        _exchanged(x, y) for y in back
                    ):
                        return True
    return False


_WANTS = frozenset("want wants wanted expect expects expected".split())


def _head_wants(t: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(head, verb of wanting, the one to act or "", the verb after "to") where a relative's
    head is the one wanting: "the N who wants (X) to V", and the main clause after a relative
    on its subject, "the N who X V-ed ... wants (X) to V"."""
    out: list[tuple[str, str, str, str]] = []
    for i in range(2, len(t) - 2):
        if t[i] not in _WANTS:
            continue
        k = i - 1
        while k >= 1 and i - k <= 9 and t[k] not in _RELATIVIZERS:
            if t[k] in PUNCT or t[k] in _JOINS:
                break
            k -= 1
        if k < 1 or t[k] not in ("who", "that"):
            continue
        head = _left_phrase(t, k - 1)
        if head is None or not head.det or head.head in _PERSONS:
            continue
        if t[i + 1] == "to":
            out.append((head.head, stem(t[i]), "", stem(t[i + 2])))
            continue
        for p in _right_phrases(t, i + 1):
            e = next((e for e in range(p.start, len(t) - 1) if t[e] == "to"), None)
            if p.det and e is not None and t[e - 1] in (p.head, *_OBJECTS):
                out.append((head.head, stem(t[i]), p.head, stem(t[e + 1])))
    return out


def relative_head_wanted(a: Parsed, b: Parsed) -> bool:
    """Role pass 55: a relative's head wanting to V itself on one side and wanting someone to
    V on the other ("the kid who my son had a fight with wants to sleep over" / "the kid who
    wants my son to sleep over had a fight with him"): who is to V changed."""
    if _WANTS.isdisjoint(a.words) or _WANTS.isdisjoint(b.words):
        return False
    if _RELATIVE_WORDS.isdisjoint(a.words) or _RELATIVE_WORDS.isdisjoint(b.words):
        return False
    ra, rb = _head_wants(owned_tokens(a.source)), _head_wants(owned_tokens(b.source))
    return any(
        h == g and w == u and v == z and (d == "") != (e == "")
        for h, w, d, v in ra
        for g, u, e, z in rb
    )


# Role pass 60: "the girl my son is partnered with stepping on his feet" / "my son stepping on
# the feet of the girl he's partnered with": the one asker's relative a text names ("my son")
# said for the pronouns standing for him, "his feet" as "my son's feet", "he's partnered" as
# "my son is partnered", so the owner of the feet is read on both sides.
_KIN_M = frozenset("son husband brother father dad boyfriend nephew grandson uncle".split())
_KIN_F = frozenset("daughter wife sister mother mom girlfriend niece granddaughter aunt".split())
_KIN_RE = re.compile(r"\bmy ([a-z]+)\b", re.IGNORECASE)
_BACK = {
    "m": (("he's", "{} is"), ("he", "{}"), ("him", "{}"), ("his", "{}'s")),
    "f": (("she's", "{} is"), ("she", "{}"), ("hers", "{}'s"), ("her", "{}")),
}


def _said_back(text: str) -> tuple[str, str] | None:
    """(kin, text with the pronouns after "my KIN" said as "my KIN") when the text names one
    asker's relative and no other "my" phrase, and only that relative's pronouns follow."""
    found = _KIN_RE.findall(text)
    if len(found) != 1:
        return None
    kin = found[0].lower()
    g = "m" if kin in _KIN_M else "f" if kin in _KIN_F else None
    if g is None:
        return None
    other = _BACK["f" if g == "m" else "m"]
    low = text.lower()
    if any(re.search(rf"\b{w}\b", low) for w, _ in other):
        return None
    cut = _KIN_RE.search(text)
    assert cut is not None
    head, tail = text[: cut.end()], text[cut.end() :]
    if any(re.search(rf"\b{re.escape(w)}\b", head.lower()) for w, _ in _BACK[g]):
        return None  # a pronoun said before the relative is named
    for w, said in _BACK[g]:
        tail = re.sub(rf"\b{re.escape(w)}\b", said.format("my " + kin), tail, flags=re.IGNORECASE)
    return (kin, head + tail) if tail != text[cut.end() :] else None


def _owned_of(t: tuple[str, ...], u: tuple[str, ...]) -> bool:
    """A noun owned by a pronoun on one side ("his feet") said "the N of" on the other."""
    said = {t[k + 1] for k in range(len(t) - 1) if t[k] in ("his", "her")}
    return any(u[k] == "the" and u[k + 1] in said and u[k + 2] == "of" for k in range(len(u) - 2))


def kin_said_back(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 60: both texts with the pronouns for the one relative they name said as
    that relative, where one side's "his N" is the other's "the N of ..." (whose N it is)."""
    if "my" not in a.words or "my" not in b.words or ("of" not in a.words + b.words):
        return None
    if not (_owned_of(a.words, b.words) or _owned_of(b.words, a.words)):
        return None
    sa, sb = _said_back(a.source), _said_back(b.source)
    if sa is None or sb is None or sa[0] != sb[0] or sa[1].lower() == sb[1].lower():
        return None
    return parse(sa[1]), parse(sb[1])


# Role pass 61: a contact relative with a noun doer and a trailing phrase, "the new kid the
# director sat next to my son keeps talking" (the director sat the kid by my son), against a
# plain clause with the head doing that verb, "the new kid sat next to the director, and my son
# keeps talking": the head undergoes the verb on one side and does it on the other.
_CONTACT_DETS = frozenset(("the", "a", "an", "my", "our", "his", "her", "their", "your"))
_PAST_PLACED = _PASTS | frozenset("sat put set left brought led sent stood ran met kept".split())
_NOT_HEADS = frozenset(
    "without within near behind beside next past across through during after before".split()
)


def _contact_doers(x: tuple[str, ...], source: str) -> set[tuple[str, str, str]]:
    """(head, doer, verb) per "the N the M V" (a contact relative, a noun M its doer; not
    "the M's V", whose "'s" the words leave out)."""
    found = set()
    for q in range(1, len(x) - 3):
        head = x[q]
        if head in _FUNCTION or head in _NOT_HEADS or x[q + 1] not in _CONTACT_DETS:
            continue
        if not (x[q - 1] in _LEADS or (q > 1 and x[q - 2] in _LEADS)):
            continue
        for m in (q + 2, q + 3):
            if m + 1 >= len(x) or x[m] in _FUNCTION or x[m + 1] in _FUNCTION:
                continue
            if x[m + 1] in _PARTICLES or x[m + 1] in _NOT_HEADS:
                continue  # "kick a member out": a particle, not a relative's verb
            if not (x[m + 1].endswith("ed") or x[m + 1] in _PAST_PLACED):
                continue  # "owes his landlord money": a double object, not a relative
            if m == q + 3 and x[q + 2] in _FUNCTION:
                continue
            if f"{x[m]}'s" in source or f"{x[m]}\u2019s" in source:
                continue
            found.add((head, x[m], x[m + 1]))
    return found


def _head_does(y: tuple[str, ...], head: str, doer: str, verb: str) -> bool:
    """y says "the N V (P P) the M": the head does the verb, M named just after it."""
    for p in range(1, len(y) - 3):
        if y[p] != head or y[p + 1] != verb or y[p - 1] in _RELATIVIZERS:
            continue
        for d in range(p + 2, min(p + 5, len(y) - 1)):
            if y[d] in _LEADS and doer in y[d + 1 : d + 3]:
                if "by" not in y[p + 2 : d]:
                    return True
    return False


def contact_head_made_doer(a: Parsed, b: Parsed) -> bool:
    """Role pass 61: "the N the M V ..." (M did it to the N) / "the N V ... the M" (the N did
    it, M after it)."""
    if len(a.content ^ b.content) > 2:
        return False
    for x, y, source in ((a.words, b.words, a.source), (b.words, a.words, b.source)):
        for head, doer, verb in _contact_doers(x, source.lower()):
            if any(x[i] == head and x[i + 1] == verb for i in range(len(x) - 1)):
                continue
            if _head_does(y, head, doer, verb):
                return True
    return False


# Role pass 62 (blind round 172): a contact relative with a "to" receiver, "the arborist I
# referred to my sister" (I sent the arborist to her), against a subject relative with the
# head the sender, "the arborist who referred my sister to me": the head is the thing moved
# on one side and the doer on the other, the doer made the receiver.
_OBJECT_OF = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}
_THEME_MAX = 4


def theme_made_sender(a: Parsed, b: Parsed) -> bool:
    """Role pass 62: "the N (that) S V-ed to Y" / "the N who V-ed Y to S"."""
    if "to" not in a.words or "to" not in b.words:
        return False
    return _theme_sender(a.words, b.words) or _theme_sender(b.words, a.words)


def _theme_sender(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x says "the N S V to Y", y "the N who V Y to S" (S in the object case)."""
    for i in range(1, len(y) - 4):
        if y[i] not in ("who", "that"):
            continue
        head, verb = y[i - 1], y[i + 1]
        if head in _FUNCTION or verb in _FUNCTION:
            continue
        for k in range(i + 3, min(i + 3 + _THEME_MAX, len(y) - 1)):
            if y[k] == "to" and _sender_named(x, head, verb, y[i + 2 : k], y[k + 1 :]):
                return True
    return False


def _sender_named(
    x: tuple[str, ...], head: str, verb: str, moved: tuple[str, ...], after: tuple[str, ...]
) -> bool:
    for j in range(len(x) - 4):
        if x[j] != head:
            continue
        s = j + 2 if x[j + 1] in ("that", "whom", "who") else j + 1
        for m in range(1, 4):
            v = s + m
            if v + 1 >= len(x) or x[v] != verb or x[v + 1] != "to":
                continue
            sender = tuple(_OBJECT_OF.get(w, w) for w in x[s:v])
            if after[:m] == sender and x[v + 2 : v + 2 + len(moved)] == moved:
                return True
    return False


# Role pass 63 (blind rounds 173-175). A reduced relative's head made the subject: "our au pair
# is afraid of the children she was assigned to" (the au pair fears) / "the children assigned
# to our au pair are afraid of her" (the children fear): the same predicate, its subject the
# head of a contact relative on one side and the one that relative named on the other. A
# mutual predicate ("gets along with") is the same both ways.
_SYMMETRIC = frozenset(
    "similar close related married identical equal alike opposite like unlike along".split()
)
_REDUCED_AUX = frozenset("was were is are had has have been got get gets being".split())


def reduced_head_made_subject(a: Parsed, b: Parsed) -> bool:
    """Role pass 63: "D X P-red ... the N S V-ed P" / "the N V-ed P D X P-red ... PRON"."""
    if _SUBJECTS.isdisjoint(a.words + b.words):
        return False
    return _reduced_head(a.words, b.words) or _reduced_head(b.words, a.words)


def _reduced_head(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """y opens "the N V P D X ...", x opens "D X ..." and reads "the N PRON (aux) V P"."""
    if len(y) < 6 or y[0] not in _DETS | _OWNERS or not x or x[0] not in _DETS | _OWNERS:
        return False
    for v in range(2, min(2 + _MAX_NOUN, len(y) - 3)):
        if y[v - 1] in _FUNCTION:
            break
        head, verb, prep = y[1:v], y[v], y[v + 1]
        if verb in _FUNCTION or prep not in ("to", "with", "by", "for", "on", "from"):
            continue
        if y[v + 2] not in _DETS | _OWNERS:
            continue
        for n in range(1, _MAX_NOUN + 1):
            named = y[v + 3 : v + 3 + n]
            if len(named) < n or x[1 : 1 + n] != named or any(w in _FUNCTION for w in named):
                continue
            if x[1 + n : 2 + n] == y[v + 3 + n : v + 4 + n]:
                continue  # the named phrase goes on: "au" of "au pair"
            if _said_of_head(x[1 + n :], y[v + 3 + n :], head, verb, prep):
                return True
    return False


def _said_of_head(
    xp: tuple[str, ...], yp: tuple[str, ...], head: tuple[str, ...], verb: str, prep: str
) -> bool:
    """The same predicate opens both, and x's reads "the N PRON (aux) V P" after it."""
    while xp and xp[0] in _AUX:
        xp = xp[1:]
    while yp and yp[0] in _AUX:
        yp = yp[1:]
    if not xp or not yp or xp[0] in _FUNCTION or stem(xp[0]) != stem(yp[0]):
        return False
    h = len(head)
    for j in range(1, len(xp) - h - 1):
        if xp[j : j + h] != head or xp[j + h] not in _SUBJECTS:
            continue
        said = xp[:j]
        if not _SYMMETRIC.isdisjoint(said) or not MUTUAL_STEMS.isdisjoint(map(stem, said)):
            return False
        k = j + h + 1
        while k < len(xp) and xp[k] in _REDUCED_AUX:
            k += 1
        if xp[k : k + 2] == (verb, prep):
            return True
    return False


# Role pass 63: a subject relative against two joined clauses, "my roommate who lit the
# fireworks blamed me" (the roommate lit them and blamed me) / "I lit the fireworks and blamed
# my roommate": both events' doer and the one blamed traded.
def relative_doer_joined(a: Parsed, b: Parsed) -> bool:
    """Role pass 63: "D X who V1 O V2 S-obj" / "S V1 O and V2 D X"."""
    if "and" not in a.words + b.words or _RELATIVIZERS.isdisjoint(a.words + b.words):
        return False
    return _doer_joined(a.words, b.words) or _doer_joined(b.words, a.words)


def _doer_joined(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x reads "D X who V1 O V2 Y", y "S V1 O and V2 D X" with Y the object case of S."""
    for i in range(2, min(2 + _MAX_NOUN, len(x) - 3)):
        if x[i] not in ("who", "that"):
            continue
        named = x[1:i]
        if x[0] not in _DETS | _OWNERS or any(w in _FUNCTION for w in named):
            continue
        v1 = x[i + 1]  # (done by X on one side, by S on the other, mutual or not)
        if v1 in _FUNCTION:
            continue
        for p in range(1, min(4, len(y) - 4)):
            if y[p] != v1:
                continue
            subject = y[:p]
            if subject[-len(named) :] == named:
                continue  # the same doer: "my roommate lit ... and blamed me"
            for j in range(i + 3, len(x) - 1):
                done = x[i + 2 : j]
                q = p + 1 + len(done)
                if y[p + 1 : q] != done or y[q : q + 1] != ("and",) or q + 3 > len(y):
                    continue
                v2 = x[j]
                if y[q + 1] != v2 or v2 in _FUNCTION:
                    continue
                if y[q + 2] not in _DETS | _OWNERS or y[q + 3 : q + 3 + len(named)] != named:
                    continue
                said = tuple(_OBJECT_OF.get(w, w) for w in subject)
                if x[j + 1 : j + 1 + len(said)] == said:
                    return True
    return False


# Role pass 65: "get X to V after she V-ed her Y" / "get X's Y to V after she V-ed X": the
# pronouns of the later clause are the one asked to act ("she" and "her N" said as X), so
# the doer and the one done to trade places with the one asked.
_CONTROL_VERBS = frozenset(
    "get make ask tell convince persuade force want expect encourage remind".split()
)
_LATER_LEADS = frozenset(("after", "because", "since", "when", "before", "for"))
_HE_SHE = {"he": "his", "she": "her"}


def _controller_said(x: tuple[str, ...]) -> tuple[str, ...] | None:
    """x "V D N ('s M) to V2 ... after she V3 her Y" read with "she" as "D N ('s M)" and
    "her Y" as "D N ('s M)'s Y" (the pronoun's gender the same throughout that clause)."""
    for v in range(len(x) - 4):
        if x[v] not in _CONTROL_VERBS or x[v + 1] not in _OWNERS | _DETS:
            continue
        t = next((i for i in range(v + 2, min(v + 7, len(x))) if x[i] == "to"), -1)
        np = x[v + 1 : t]
        if t < 0 or len(np) < 2 or _FUNCTION.intersection(np[1:]) - {"'s"}:
            continue
        for c in range(t + 2, len(x) - 2):
            if x[c] in PUNCT:
                break
            if x[c] not in _LATER_LEADS or x[c + 1] not in _HE_SHE:
                continue
            owner = _HE_SHE[x[c + 1]]
            out = [*x[: c + 1], *np]
            for k in range(c + 2, len(x)):
                w = x[k]
                if w in PUNCT:
                    out.extend(x[k:])
                    break
                nxt = x[k + 1] if k + 1 < len(x) else "."
                if w == owner and nxt not in PUNCT and nxt not in _FUNCTION:
                    out.extend((*np, "'s"))
                else:
                    out.append(w)
            return tuple(out)
    return None


def controller_pronoun_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 65: both texts "get X to V after she V-ed her Y" with the later clause's
    "she" / "her N" said as the one asked to act ("get my daughter to apologize after she
    cut her friend out" / "get my daughter's friend to apologize after she cut my daughter
    out": "after my daughter cut my daughter's friend out" / "after my daughter's friend cut
    my daughter out")."""
    if "to" not in a.words or "to" not in b.words:
        return None
    if _CONTROL_VERBS.isdisjoint(a.words) or _CONTROL_VERBS.isdisjoint(b.words):
        return None
    if _HE_SHE.keys().isdisjoint(a.words) or _HE_SHE.keys().isdisjoint(b.words):
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    ra, rb = _controller_said(ta), _controller_said(tb)
    if ra is None or rb is None or ra == rb:
        return None
    return parse(" ".join(ra).replace(" 's", "'s")), parse(" ".join(rb).replace(" 's", "'s"))


# Role pass 66: "I'm the patient my surgeon forgot to call back" / "I'm the patient who forgot
# to call back my surgeon": a verb that takes "to V" with its own subject as the doer ("forgot
# to", "tried to", "refused to") said on both sides, the infinitive read as the verb itself
# ("the patient my surgeon call back" / "the patient who call back my surgeon"), so the
# relative's doer and patient are read through it.
_CATENATIVES = frozenset(
    stem(w)
    for w in (
        "forget forgot try tried refuse refused fail failed neglect neglected promise promised"
        " agree agreed decide decided attempt attempted bother bothered manage managed remember"
        " remembered threaten threatened"
    ).split()
)


def _catenative_at(x: tuple[str, ...]) -> list[int]:
    """Where "W to V" stands, W a subject-control verb said active and V a word ("forgot to
    call"; not "are expected to")."""
    out = []
    for k in range(1, len(x) - 2):
        if x[k + 1] != "to" or x[k] in _FUNCTION or x[k + 2] in _FUNCTION:
            continue
        if stem(x[k]) not in _CATENATIVES:
            continue
        i = k - 1
        while i > 0 and x[i] in _AUX and x[i] not in _BE:
            i -= 1
        if x[i] not in _BE:
            out.append(k)
    return out


def catenative_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 66: both texts say the same "W to V" (W a subject-control verb: "forgot to",
    "tried to"); read with "W to" left out on both ("the patient my surgeon forgot to call
    back" / "the patient who forgot to call back my surgeon": "the patient my surgeon call
    back" / "the patient who call back my surgeon")."""
    if "to" not in a.words or "to" not in b.words or not _worth_reading(a, b):
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    ka, kb = _catenative_at(ta), _catenative_at(tb)
    if len(ka) != 1 or len(kb) != 1:
        return None
    i, j = ka[0], kb[0]
    if stem(ta[i]) != stem(tb[j]) or ta[i + 2] != tb[j + 2]:
        return None  # the same verb taking the same infinitive on both sides
    ra, rb = (*ta[:i], *ta[i + 2 :]), (*tb[:j], *tb[j + 2 :])
    return parse(" ".join(ra).replace(" 's", "'s")), parse(" ".join(rb).replace(" 's", "'s"))


def _contact_pairs(x: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(head, doer, verb) of each object relative "D N1 (that / who / whom) D N2 (aux) V" with
    both nouns determined ("the radon company my realtor referred me to"): N2 did V, the head
    N1 is its patient, or what its stranded preposition or infinitive is about."""
    out: set[tuple[str, str, str]] = set()
    for k in range(2, len(x) - 2):
        if x[k] not in _LEADS or x[k - 1] in _FUNCTION:
            continue
        head = _left_phrase(x, k - 1)
        if head is None or not head.det or head.head in _PERSONS:
            continue
        rel = k
        if x[k] in _RELATIVIZERS and k + 1 < len(x) and x[k + 1] in _LEADS:
            rel = k + 1  # "the realtor that the radon company referred me to"
        e = rel + 1
        while e < len(x) and e - rel <= _MAX_NOUN and x[e] not in _FUNCTION:
            if e > rel + 1 and x[e].endswith("ed"):
                break  # "my realtor referred": the verb, said past, ends the doer's noun
            e += 1
        if e == rel + 1 or e >= len(x):
            continue
        doer = x[e - 1]
        v = e
        while v < len(x) and x[v] in _AUX:
            if x[v] in _BE:
                break  # "the man the dog was bitten by": a passive
            v += 1
        if v < len(x) and x[v] not in _FUNCTION and doer != head.head and x[v].endswith("ed"):
            out.add((head.head, doer, x[v]))
        elif doer != head.head and _stranded_state(x, v):
            out.add((head.head, doer, x[v + 1]))  # role pass 129: "my waiter was rude to"
    return out


# Role pass 129 (blind round 265): "a customer my waiter was rude to" / "a waiter a customer was
# rude to": a contact relative whose predicate is "be" and a word with a preposition stranded at
# the clause's end ("was rude to", "is mean to", "was kind to", "was yelling at"); "by" (a
# passive's doer, "the man the dog was bitten by") is not read.
_STATE_PREPS = frozenset(("to", "at", "with", "toward", "towards"))


def _stranded_state(x: tuple[str, ...], v: int) -> bool:
    """x[v] is "be", then a word, then a stranded "to / at / with" ending the clause."""
    if v + 2 >= len(x) or x[v] not in _BE or x[v + 2] not in _STATE_PREPS:
        return False
    if x[v + 1] in _FUNCTION or x[v + 1].endswith("'s"):
        return False
    return v + 3 == len(x) or x[v + 3] in _CLAUSE_NEXT


def contact_heads_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 67: the head and the doer of the same object relative traded, both nouns
    said on each side ("The radon company my realtor referred me to overcharged" / "The
    realtor the radon company referred me to overcharged"): who did it, and who the rest of
    the sentence is about, changed."""
    if a.content != b.content or a.source == b.source:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    pa = _contact_pairs(ta)
    if not pa:
        return False
    pb = _contact_pairs(tb)
    return any((d, h, v) in pb and (h, d, v) not in pb for h, d, v in pa)


# not "with": "the man with whom I argued" / "the man who argued with me" is done together
_GOAL_PREPS = frozenset(("to", "for", "from"))
_PREPOSED = frozenset(("whom", "which"))


def _preposed_doers(x: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(head, doer, verb stem) of each "the N P whom / which S V" relative ("the passenger to whom I
    gave my seat": I gave; the head what "to" is about) and each subject relative "the N who
    V" ("the passenger who gave me her seat": the passenger gave)."""
    out: set[tuple[str, str, str]] = set()
    for k in range(1, len(x) - 2):
        if x[k] in _PREPOSED and x[k - 1] in _GOAL_PREPS:
            head = _left_phrase(x, k - 2)
            if head is None or not head.det:
                continue
            # "to whom I gave", "to whom my manager sent": each reading of the doer's noun
            doers = [(x[k + 1], k + 2)] if x[k + 1] in _SUBJECTS else []
            phrases = [] if doers else _right_phrases(x, k + 1)
            doers += [(q.head, k + 3 + n) for n, q in enumerate(phrases) if q.det]
            for doer, v in doers:
                while v < len(x) and x[v] in _AUX and x[v] not in _BE:
                    v += 1
                if v < len(x) and x[v] not in _FUNCTION:
                    out.add((head.head, _PERSON.get(doer, doer), stem(x[v])))
        elif x[k] in _SUBJECTS and (x[k - 1] not in _FUNCTION or x[k - 1] in _RELATIVIZERS):
            out |= _stranded_contact(x, k)
        elif x[k] in ("who", "that"):
            head = _left_phrase(x, k - 1)
            v = k + 1
            while v < len(x) and x[v] in _AUX and x[v] not in _BE:
                v += 1
            if head is not None and head.det and v < len(x) and x[v] not in _FUNCTION:
                out.add((head.head, head.head, stem(x[v])))
    return out


# Role pass 73 (round 198): the same reading for a contact relative whose preposition is left
# at its end, "the man I got my kidney from passed away" (I got it; the head the source), "the
# shop I consigned my LEGO to went bankrupt" (the head the receiver): only a pronoun doer, and
# only a "to / for / from" that ends the clause (the sentence's end or its main verb next), so
# "the doctor I sent to a specialist" or "the money I sent to him" are not read.
_STRANDED_MAX = 7  # role pass 142: "my Monster Jam tickets from" (was 5)
_CLAUSE_NEXT = _AUX | _BE | PUNCT | _PASTS
_MOVED_PASTS = _PAST_PLACED | frozenset("sold lent bought paid gave got took".split())


def _stranded_contact(x: tuple[str, ...], k: int) -> set[tuple[str, str, str]]:
    """(head, doer, verb stem) of "the N (that) I V-ed (my T) P", P a stranded goal preposition."""
    head = _left_phrase(x, k - 2 if x[k - 1] in _RELATIVIZERS else k - 1)
    if head is None or not head.det or head.head in _PERSONS:
        return set()
    v = k + 1
    while v < len(x) and x[v] in _AUX and x[v] not in _BE:
        v += 1
    if v >= len(x) or x[v] in _FUNCTION or not (x[v].endswith("ed") or x[v] in _MOVED_PASTS):
        return set()
    for p in range(v + 1, min(v + _STRANDED_MAX, len(x))):
        if x[p] in PUNCT or x[p] in _JOINS:
            break
        if x[p] not in _GOAL_PREPS:
            continue
        if _clause_ended(x, p + 1):
            return {(head.head, _PERSON.get(x[k], x[k]), stem(x[v]))}
        break
    return set()


# Role pass 142 (blind rounds 279-281): the main verb after the stranded preposition may be a
# present "-s" verb or an irregular past with its object or clause next ("The guy I borrowed my
# drill from says I broke it" / "The guy who borrowed a drill from me says ...", "... from sold
# them again"), not only an auxiliary, a past participle's form or an "-ed".
_VERB_OBJECTS = _SUBJECTS | _OBJECTS | _OWNERS | _DETS | frozenset(("it",))


def _clause_ended(x: tuple[str, ...], i: int) -> bool:
    """x[i], just after a stranded preposition, starts the main clause's predicate."""
    after = x[i] if i < len(x) else "."
    if after in _CLAUSE_NEXT or after.endswith("ed"):
        return True
    if after in _FUNCTION or not (
        after in BASE_OF_PAST or (after.endswith("s") and not after.endswith("ss"))
    ):
        return False
    return i + 1 < len(x) and x[i + 1] in _VERB_OBJECTS


def _preposed(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x may hold a "P whom" relative, or a stranded goal preposition that y's subject relative
    ("who" / "that") answers."""
    if not _PREPOSED.isdisjoint(x):
        return True
    return (
        not _GOAL_PREPS.isdisjoint(x)
        and not _SUBJECTS.isdisjoint(x)
        and ("who" in y or "that" in y)
    )


def preposed_whom_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 67: "the N to / for / from whom (which) S V-ed" (S did it, the head received)
    against "the N who V-ed" (the head did it), the same verb and head ("The passenger to whom
    I gave my seat thanked the crew" / "The passenger who gave me her seat thanked the crew")."""
    if not (_preposed(a.words, b.words) or _preposed(b.words, a.words)):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        if not _preposed(x, y):
            continue
        px = _preposed_doers(x)
        received = {(h, v) for h, d, v in px if d != h}
        if not received:
            continue
        done = {(h, v) for h, d, v in _preposed_doers(y) if d == h}
        if received & done:
            return True
    return False


# Role pass 69 (round 189): a pronoun standing for the subject on one side, that noun named in
# its place on the other with another subject ("Can the buyer back out of an eBay auction he
# won?" / "Can the seller back out of an eBay auction the buyer won?"): the one who won is the
# one backing out on one side only, so whose act is asked of changes.
_PRONOUN_BACK = frozenset(("he", "she", "they"))
_NAMED_BY = frozenset("the a an my our your his her their".split())


def pronoun_subject_named(a: Parsed, b: Parsed) -> bool:
    if abs(len(a.words) - len(b.words)) != 1:
        return False
    if _PRONOUN_BACK.isdisjoint(a.words) and _PRONOUN_BACK.isdisjoint(b.words):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    return _subject_named_back(ta, tb) or _subject_named_back(tb, ta)


def _subject_named_back(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "... D A V ... PRON V2 ...", y "... D B V ... D' A V2 ...", B another noun."""
    if len(y) != len(x) + 1:
        return False
    for i in range(2, len(x)):
        if x[i] not in _PRONOUN_BACK or y[i] not in _NAMED_BY or x[i + 1 :] != y[i + 2 :]:
            continue
        named = y[i + 1]
        apart = [j for j in range(i) if x[j] != y[j]]
        if len(apart) != 1:
            continue
        j = apart[0]
        if j and x[j] == named and y[j].isalpha() and x[j - 1] in _NAMED_BY:
            return True
    return False


# --- role pass 71: the main subject and a contact relative's doer traded together -----------

_Key = tuple[str | None, str]


# Role pass 87 (blind round 213): the main verb said after a subject-control verb ("starts
# helping", "want to help") and its noun reached through "with / on / at / for", after an object
# or not ("a stranger starts helping with the public jigsaw I'm doing" / "I want to help a
# stranger with the public jigsaw they're doing"); a pronoun's "'m / 're" split off; "they"
# read as the noun its side names where the other side names it in that place.
_LEAD_TO = _CATENATIVES | frozenset(
    stem(w)
    for w in (
        "want wanted wants need needed needs like liked likes love loved loves hate hated hates"
        " plan planned plans hope hoped hopes offer offered offers mean meant means going start"
        " started starts begin began begins continue continued continues volunteer volunteered"
        " volunteers"
    ).split()
)
_LEAD_ING = frozenset(
    "start starts started starting begin begins began continue continues continued".split()
)
_THROUGH = frozenset(("with", "on", "at", "for"))
_THIRD = frozenset(("3m", "3f", "3p"))
_SPLIT_TAILS = ("'m", "'re")
_SHE_HE = frozenset(("he", "she"))


def _subject_end(x: tuple[str, ...], v: int) -> int:
    """The index the subject of the verb at v ends at: auxiliaries skipped, and a subject-control
    verb before it ("starts helping", "want to help", "would like to help")."""
    i = v - 1
    while i >= 0 and x[i] in _AUX:
        i -= 1
    if i >= 1 and x[i] == "to" and stem(x[i - 1]) in _LEAD_TO:
        i -= 2
    elif i >= 0 and x[i] in _LEAD_ING and x[v].endswith("ing"):
        i -= 1
    else:
        return i
    while i >= 0 and x[i] in _AUX:
        i -= 1
    return i


def _heads_after(x: tuple[str, ...], v: int) -> list[_Phrase]:
    """The noun phrases the verb at v acts on: its object, or one after "with / on / at / for"
    said after the verb or after its object."""
    out = _right_phrases(x, v + 1)
    starts = [v + 1] + [
        p.start + 1 if p.head in _PERSONS else x.index(p.head, p.start) + 1 for p in out if p.det
    ]
    for e in starts:
        if e + 1 < len(x) and x[e] in _THROUGH:
            out = out + _right_phrases(x, e + 1)
    return out


def _main_and_relative(x: tuple[str, ...]) -> set[tuple[_Key, str, str, _Key, str]]:
    """(subject, verb, head, relative doer, relative verb) per "S V the N (that) D V2 ...": a
    main clause's subject, its verb, the head of the object, and the doer of a relative on it
    (a pronoun read by its person: "she" and "her" the same one)."""
    out: set[tuple[_Key, str, str, _Key, str]] = set()
    for v in range(1, len(x) - 3):
        if x[v] in _FUNCTION or x[v] in _PARTICLES:
            continue
        i = _subject_end(x, v)
        subj = _left_phrase(x, i)
        if subj is None or x[i] in _OBJECTS:
            continue
        if subj.start > 0 and x[subj.start - 1] not in PUNCT and x[subj.start - 1] not in _JOINS:
            continue
        for head in _heads_after(x, v):
            if not head.det or head.head in _PERSONS:
                continue
            h = x.index(head.head, head.start)
            s = h + 1 + (h + 1 < len(x) and x[h + 1] in ("that", "which"))
            for v2 in range(s + 1, min(len(x), s + 6)):
                if x[v2] in _FUNCTION or x[v2] in _PARTICLES:
                    continue
                k = v2 - 1
                while k > s and x[k] in _AUX:
                    k -= 1
                doer = _left_phrase(x, k)
                if doer is None or doer.start != s or not doer.det or x[k] in _OBJECTS:
                    continue
                out.add(
                    (
                        (subj.owner, subj.head),
                        stem(x[v]),
                        head.head,
                        (doer.owner, doer.head),
                        stem(x[v2]),
                    )
                )
                break
    return out


# role pass 124: "the N D V2-ed (aux) is V-ed by S" read as "S V-s the N D V2-ed" ("What if the
# mural I designed is painted by another artist?" / "What if I paint a mural that another artist
# designed?"): the passive's by-phrase is the main verb's doer, its subject the relative's head
_PASSIVE_BE = frozenset("is are was were be gets get got".split())


def _passive_main_and_relative(x: tuple[str, ...]) -> set[tuple[_Key, str, str, _Key, str]]:
    """(by-phrase doer, main verb, head, relative doer, relative verb) per "the N (that) D
    V2-ed (aux) be V-ed by S": the passive's subject an object relative's head."""
    out: set[tuple[_Key, str, str, _Key, str]] = set()
    for by in range(4, len(x) - 1):
        if x[by] != "by":
            continue
        k = by - 1
        part = x[k]
        if not (part.endswith("ed") or part in BASE_OF_PARTICIPLE) or part in _FUNCTION:
            continue
        j = k - 1
        while j > 0 and x[j] in ("being", "been"):
            j -= 1
        if x[j] not in _PASSIVE_BE:
            continue
        while j > 0 and x[j - 1] in _AUX:
            j -= 1
        v2 = j - 1  # the relative's verb, right before the passive's auxiliaries
        if v2 < 2 or x[v2] in _FUNCTION or x[v2] in _PARTICLES:
            continue
        e = v2 - 1
        while e > 0 and x[e] in _AUX:
            e -= 1
        doer = _left_phrase(x, e)
        if doer is None or not doer.det or x[e] in _OBJECTS:
            continue
        h = doer.start - 1 - (doer.start > 0 and x[doer.start - 1] in ("that", "which"))
        head = _left_phrase(x, h) if h >= 0 else None
        if head is None or not head.det or head.head in _PERSONS:
            continue
        verb = stem(BASE_OF_PARTICIPLE.get(part, part))
        for agent in _right_phrases(x, by + 1):
            if agent.det:
                key = (agent.owner, agent.head)
                out.add((key, verb, head.head, (doer.owner, doer.head), stem(x[v2])))
    return out


def _split(x: tuple[str, ...]) -> tuple[str, ...]:
    """ "i'm" / "they're" as "i 'm" / "they 're", "he 's" as "he is"."""
    out: list[str] = []
    for w in x:
        tail = w[-3:] if w.endswith("'re") else w[-2:]
        if tail in _SPLIT_TAILS and w[: -len(tail)] in _SUBJECTS:
            out += [w[: -len(tail)], tail]
        elif w == "'s" and out and out[-1] in _SHE_HE:
            out.append("is")
        else:
            out.append(w)
    return tuple(out)


def _stands_for(k: _Key, noun: _Key, x: tuple[str, ...]) -> bool:
    """``k`` said in ``x`` is ``noun``: the same key, or a bare third-person pronoun for a noun
    that ``x`` names too."""
    if k == noun:
        return True
    return k[0] is None and k[1] in _THIRD and noun[1] not in _PERSONS and noun[1] in x


def _apart(s: _Key, d: _Key) -> bool:
    """Two parties that cannot be one: not the same key, nor a third-person pronoun and a
    noun."""
    if s == d:
        return False
    return not any(
        p[0] is None and p[1] in _THIRD and q[1] not in _PERSONS for p, q in ((s, d), (d, s))
    )


def main_and_relative_doers_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 71: "S V-ed the N D V2-ed O" / "D V-ed the N S V2-ed O'": who did the main
    verb and who did the relative's traded together ("She declared the cash her boyfriend
    handed her" / "Her boyfriend declared the cash she handed him"; pass 87: "X starts V-ing
    with the N I'm V2-ing" / "I want to V X with the N they're V2-ing")."""
    ta, tb = _split(owned_tokens(a.source)), _split(owned_tokens(b.source))
    if ta == tb:
        return False
    ra = _main_and_relative(ta)
    if "by" in ta:
        ra |= _passive_main_and_relative(ta)
    if not ra:
        return False
    rb = _main_and_relative(tb)
    if "by" in tb:
        rb |= _passive_main_and_relative(tb)
    for s, v, n, d, v2 in ra:
        if s != d and (d, v, n, s, v2) in rb:
            return True
        for s2, w, m, d2, w2 in rb:
            if (w, m, w2) != (v, n, v2) or not (_apart(s, d) and _apart(s2, d2)):
                continue
            if (_stands_for(d2, s, tb) or _stands_for(s, d2, ta)) and (
                _stands_for(s2, d, tb) or _stands_for(d, s2, ta)
            ):
                return True  # "they" for the noun the other side names in that place
    return False
