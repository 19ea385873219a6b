"""Whose thing the asker's story is about, the asker's own or another party's (role pass 75,
round 201).

``object_owner_traded``: the asker does the same verb to a noun on both sides, the noun the
asker's on one side ("my N") and another party's on the other ("someone's N", "a friend's N",
"another person's N", "the neighbor's N"): "I rent my goats out for brush clearing" / "I'm
renting someone's goats for brush clearing" (the owner renting out against the renter), "I
sublet my apartment" / "I'm subletting someone's apartment". The asker is the verb's subject
on both sides ("I", "we", an auxiliary, a modal or "want to" between), the verb the same word
in any form, a particle after it ("out", "up") free. The same owner on both sides ("I rent out
my goats" / "I'm renting out my goats"), or the asker acting on no one's noun ("renting a
kayak from someone"), is no trade. Left out: "my X's N" (the asker's own people, whose things
are often the asker's too: "my driver's license", "my dog's vet"), and an owner X that the side
with "my N" names too ("We rent our studio to a yoga teacher" / "We rent a yoga teacher's
studio"): a reading's "my N" stands there for the N of X ("When caping a deer, how do I skin
the ears" read as "my ears" against "a deer's ears"). Role pass 107 (round 240): unless X is
the one the asker's N goes to, "to X" right after "my N" ("How do I license my tornado video
to a local news station?" / "How do I license a local news station's tornado video for my
channel?", "rent my truck to a neighbor" / "rent a neighbor's truck for my move"): the one
given the asker's N made the owner of the N the asker takes, the giver and the taker traded.
Role pass 116 (round 252): the same trade said by any subject of its own thing, the rest word for
word the same: "S V (part of) its / my / our / his / her / their N to X" against "S V (part of)
X's N" ("Our historical society rents part of its building to a cafe. Who has to fix the
roof?" / "Our historical society rents part of a cafe's building. ...", "I lease my garage to my
neighbor" / "I lease my neighbor's garage", "to him" / "his N"): N's owner moved from S to X,
and the one who pays with it. The same owner on both sides ("rents its N to X" / "rents out
its N to X") and the owned phrase said another way ("X's N" / "the N of X") are left.

``reporter_made_owner``: "X V (that) my N P" against "X's N P", the one who reports or
complains about the asker's thing made its owner, the predicate and the rest the same: "My
neighbor complains that my goats smell" / "My neighbor's goats smell" (the asker's goats
complained about, against the neighbor's goats smelling), "My coworker says my perfume is too
strong" / "My coworker's perfume is too strong". The reporting verb is read by shape: one to
three words between X and "my", none a clause mark, a preposition, a determiner or a
subordinator, "that" free at their end.

Pure functions over two ``Parsed`` forms, read on the texts as written (``tokens``).
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import canonical, common_ends

_MINE = frozenset(("my", "our"))
_SUBJECTS = frozenset(("i", "we"))
# between the asker and the verb: "I'm renting", "we want to rent", "I usually rent"
_BETWEEN = frozenset(
    """am is are was were be been will would can could should shall may might must do does did
    have has had to want wants wanted need needs plan plans planning going also just often
    usually sometimes currently now still already""".split()
)
_BETWEEN_MAX = 4
_PARTICLES = frozenset("out up off over back down away".split())
_SOMEONE = frozenset(("someone", "somebody"))
# before another party's genitive: "a customer's", "another person's", "the new landlord's";
# not "my / our X's" (the asker's own people, whose things are often the asker's too: "my
# driver's license", "my dog's vet")
_GENITIVE_LEADS = frozenset("a an another the some other".split())
_GENITIVE_MAX = 4  # role pass 107: "a local news station's N"


def _genitive(t: tuple[str, ...], k: int) -> tuple[str, int] | None:
    """The owner and the index of the noun after another party's genitive starting at ``k``
    ("someone's N", "someone else's N", "a friend's N", "the neighbor's N", "Dana's N")."""
    for n in range(1, _GENITIVE_MAX + 1):
        if k + n >= len(t):
            return None
        last = t[k + n - 1]
        if last in MARKS or not last.endswith("'s"):
            continue
        owner, lead = last[:-2], t[k : k + n - 1]
        if not owner.isalpha() or owner in ("it", "that", "what", "who", "there", "here"):
            return None
        if not all(w.isalpha() for w in lead):
            return None
        if lead and lead[0] not in _GENITIVE_LEADS and lead[0] not in _SOMEONE:
            return None
        return owner, k + n
    return None


def _owned_at(t: tuple[str, ...], k: int) -> tuple[str, int] | None:
    """(the owner, "my" for the asker, and the noun's index) of an owner phrase at ``k``."""
    if t[k] in _MINE:
        return ("my", k + 1) if k + 1 < len(t) and not t[k + 1].endswith("'s") else None
    return _genitive(t, k)


def _verb(w: str) -> str:
    return canonical(lx.BASE_OF_PAST.get(w, w))


def _acts(t: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(verb, owner, noun) for each "I / we (AUX...) V (PARTICLE) OWNER N", the owner "my"
    for the asker."""
    out: set[tuple[str, str, str]] = set()
    for k, w in enumerate(t):
        if w not in _SUBJECTS:
            continue
        j = k + 1
        while j < len(t) and j - k <= _BETWEEN_MAX and t[j] in _BETWEEN:
            j += 1
        if j + 2 >= len(t) or not t[j].isalpha() or t[j] in lx.STOPWORDS:
            continue
        o = j + 2 if t[j + 1] in _PARTICLES else j + 1
        if o >= len(t):
            continue
        owned = _owned_at(t, o)
        if owned is None or owned[1] >= len(t) or not t[owned[1]].isalpha():
            continue
        out.add((_verb(t[j]), owned[0], t[owned[1]]))
    return out


def object_owner_traded(a: Parsed, b: Parsed) -> bool:
    if ("to" in a.words or "to" in b.words) and not _OWN.isdisjoint(a.words + b.words):
        if _owner_said(a, b) and _receiver_made_owner(a, b):
            return True
    if _SUBJECTS.isdisjoint(a.words) or _SUBJECTS.isdisjoint(b.words):
        return False
    if _MINE.isdisjoint(a.words) and _MINE.isdisjoint(b.words):
        return False
    if "'s" not in (a.source + b.source).replace("\u2019", "'"):
        return False
    ta = tokens(a.source)
    xa = _acts(ta)
    if not xa:
        return False
    tb = tokens(b.source)
    xb = _acts(tb)
    return _owner_traded(xa, xb, a, ta) or _owner_traded(xb, xa, b, tb)


def _receiver_made_owner(a: Parsed, b: Parsed) -> bool:
    """Role pass 116: "S V its N to X" on one side, "S V X's N" on the other."""
    ta, tb = tokens(a.source), tokens(b.source)
    return _given_made_owner(ta, tb, b.source) or _given_made_owner(tb, ta, a.source)


def _owner_traded(
    mine: set[tuple[str, str, str]],
    others: set[tuple[str, str, str]],
    said: Parsed,
    t: tuple[str, ...],
) -> bool:
    """``mine`` has "I V my N", ``others`` "I V X's N" and not "I V my N", and X is nobody
    ``said`` (the side with "my N") names: where it is ("When caping a deer, how do I skin the
    ears" read as "my ears" / "a deer's ears", "my driver license" / "a driver's license"), N
    may be X's on both sides, unless ``said`` gives the N to X ("V my N to X", role pass
    107)."""
    for verb, owner, noun in mine:
        if owner != "my" or (verb, owner, noun) in others:
            continue
        for v, x, n in others:
            if v == verb and n == noun and x != "my" and (v, x, n) not in mine:
                if canonical(x) not in said.content and x not in said.words:
                    return True
                if x in said.words and x in _receivers(t, noun):
                    return True
    return False


# Role pass 107: "my N to X": the receiver's phrase after "to", a determiner first, its head
# the word before a mark, a preposition or a clause word ("to a local news station?")
_NOUN_MAX = 3
_RECEIVER_MAX = 5
_RECEIVER_LEADS = frozenset("a an the another some".split())
_RECEIVER_ENDS = MARKS | frozenset(
    """for so and or but if when while because without with in on at by from of about that who
    which to""".split()
)


def _receivers(t: tuple[str, ...], noun: str) -> set[str]:
    """The heads of the "to" phrases right after "my N (N2 N3)" in ``t``."""
    out: set[str] = set()
    for k in range(len(t) - 3):
        if t[k] not in _MINE or t[k + 1] != noun:
            continue
        to = next((j for j in range(k + 2, k + 2 + _NOUN_MAX) if j < len(t) and t[j] == "to"), None)
        if to is None or any(not w.isalpha() for w in t[k + 2 : to]):
            continue
        if to + 2 >= len(t) or t[to + 1] not in _RECEIVER_LEADS:
            continue
        end = to + 2
        while end < len(t) and end - to <= _RECEIVER_MAX and t[end] not in _RECEIVER_ENDS:
            end += 1
        if end - to <= _RECEIVER_MAX and t[end - 1].isalpha():
            out.add(t[end - 1])
    return out


# Role pass 116: "S V its N to X" / "S V X's N": the thing's owner, said before N
_OWN = frozenset("my our its his her their your".split())
# "to him" / "his N": an object pronoun and the owner it is said as
_OWNER_OF = lx.OWNER_OF
_OWNED_MAX = 3  # "its building", "its recording studio"
_TAKER_MAX = 5  # "to a cafe", "to the family next door"


def _owner_said(a: Parsed, b: Parsed) -> bool:
    """An owner's mark or an object pronoun, one of which the trade needs."""
    if "'" in (a.source + b.source).replace("\u2019", "'"):
        return True
    return not _OWNER_OF.keys().isdisjoint(a.words + b.words)


def _given_made_owner(x: tuple[str, ...], y: tuple[str, ...], y_source: str) -> bool:
    """x "L POSS N to X R" and y "L X's N R": the one given the N on one side its owner on the
    other (L and R the same, X and N word for word)."""
    p, s = common_ends(x, y)
    for q in (p, p - 1):  # "my garage to my neighbor" / "my neighbor's garage": "my" shared
        if q > 0 and _owner_moved(x[q : len(x) - s], y[q : len(y) - s], y_source):
            return True
    return False


def _owner_moved(mx: tuple[str, ...], my: tuple[str, ...], y_source: str) -> bool:
    if len(mx) < 4 or mx[0] not in _OWN or "to" not in mx:
        return False
    to = mx.index("to")
    owned, taker = mx[1:to], mx[to + 1 :]
    if not 1 <= len(owned) <= _OWNED_MAX or not 1 <= len(taker) <= _TAKER_MAX:
        return False
    if not all(w.isalpha() for w in owned + taker):
        return False
    if len(taker) == 1 and taker[0] in _OWNER_OF:  # "to him" / "his N"
        said = _OWNER_OF[taker[0]]
        return said != mx[0] and my == (said, *owned)
    if taker[-1] in _OWN or taker[-1] in lx.STOPWORDS:
        return False
    if my[len(taker) :] != owned or my[: len(taker) - 1] != taker[:-1]:
        return False
    last = my[len(taker) - 1]
    if last == taker[-1] + "'s":
        return True
    # a plural's owner ("tenants' garage"): the mark is off the token
    return last == taker[-1] and last.endswith("s") and f"{last}' {owned[0]}" in y_source.lower()


_NOT_REPORT = (
    MARKS
    | lx.DETERMINERS
    | frozenset(
        """and or but if when because since while after before unless until so to for with at
        in on of from by about into onto over i me you he him she her we us they them it who
        which whose""".split()
    )
)
_REPORT_MAX = 3


def _plain(t: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in t if w not in MARKS)


def _reported(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "L X V (that) my N R", y "L X's N R" (L and R the same but for clause marks)."""
    owners = {w[:-2]: r for r, w in enumerate(y[:-1]) if w.endswith("'s") and w[:-2].isalpha()}
    if not owners:
        return False
    for p, w in enumerate(x[:-1]):
        if w not in _MINE:
            continue
        for q in range(max(0, p - _REPORT_MAX - 1), p - 1):
            r = owners.get(x[q])
            if r is None or y[r + 1] != x[p + 1]:
                continue
            said = x[q + 1 : p]
            verbs = said[:-1] if said[-1] == "that" and len(said) > 1 else said
            if not _NOT_REPORT.isdisjoint(verbs):
                continue
            if _plain(x[:q]) == _plain(y[:r]) and _plain(x[p + 2 :]) == _plain(y[r + 2 :]):
                return True
    return False


def reporter_made_owner(a: Parsed, b: Parsed) -> bool:
    if _MINE.isdisjoint(a.words) and _MINE.isdisjoint(b.words):
        return False
    if "'s" not in (a.source + b.source).replace("\u2019", "'"):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _reported(ta, tb) or _reported(tb, ta)
