"""Another party's act made the asker's, and a reflexive against another person.

Role pass 34 (red team 12). ``party_made_asker``: the subject of one clause is a named other
party on one side ("the airline", "my employer", "the seller") and the asker ("I", "we", the
generic "you") on the other, the same verb agreeing with it and the rest the same: "Can I get
a refund if the airline cancels my flight?" / "... if I cancel my flight?", "Do I lose my
deposit if the seller backs out?" / "... if I back out?". The clause starts the text or
follows a subordinator ("if", "when", ...), "and / but / so / that" or a clause mark. A group
the asker belongs to ("my family", "our team", "my company") is the asker said another way,
and a phrase with the asker in it ("my wife and I") is left; the rest may say the party's
noun again ("my membership" / "my gym membership") and the other person's pronouns in turn
("without telling me" / "without telling them"). "a / an / some N" is left: often the asker
said generically ("What happens if a tenant breaks the lease?"), unless the asker's "my N"
is another's or no one's on the asker's side (role pass 78: "An investor wants to put money
into my startup" / "I want to put money into a startup"): "my" sets the asker apart from the
doer there, and the asker is made the doer.

``reflexive_other``: one word apart, a reflexive on one side and a pronoun of another person
on the other ("stop my son from hitting himself" / "from hitting me", "I blame myself" / "I
blame him"): the reflexive is its own clause's subject, the other pronoun someone else.
Role pass 36: the same in a yes/no question, the auxiliary agreeing before its subject ("Am I
entitled to his pension?" / "Is my wife entitled to his pension?", "Do I qualify for the Pell
grant?" / "Does my son qualify ...?"); "my wife and I" and a group the asker is in are left.
Role pass 74: the party named back on the asker's side as the one it is for ("Does my new hire
get the credit?" / "Do I get the credit for my new hire?", "Can my employee claim X?" / "Can I
claim X on behalf of my employee?"): who gets it still changed; a thing needed or had for someone
("Do I need a visa for my son?") is not read so.
Role pass 81: the party called by its name, no lead before it, written with capitals inside a
sentence ("What refund do I get if Amtrak cancels my sleeper reservation?" / "... if I cancel my
Amtrak sleeper reservation?"); its words left out of the rest on both sides, as the party's noun
is ("my Amtrak sleeper reservation" the asker's own reservation named by the party).
Role pass 82: the clause a gerund, its subject said before it as an owner or an object ("Does my
having a new baby lower the child support I pay my ex?" / "Does my ex having a new baby lower
the child support I pay her?": "my / me / our / us V-ing" the asker's, "NP('s) V-ing" or "his /
her / their / him / them V-ing" the party's), after any words both sides share; and on either
reading the party named back in full on the asker's side where the party's side says a pronoun
("I pay my ex" / "I pay her", "my wife's pension" / "her pension"). The same person said two
ways ("my having" / "me having") is no party.
Role pass 83 (blind rounds 209-211): the party, "a / an / some N" too, named back on the asker's
side after a preposition ("from / to / with / at / by / against / for") and its pronouns said as
the asker's, one subject at least with its verb agreeing ("Does a pawn shop have to hold items it
buys before reselling them?" / "Do I have to hold items I buy from a pawn shop before reselling
them?"): the one bound made the asker, the party made the one dealt with; "as a N" and "like a N"
(the asker in the party's place, or compared) are left, and so is a side without the pronoun.
Role pass 89: the asker's "my N" given away with the party named back on the asker's side as
the source, after "from / off" ("A clubmate is buying my used blade" / "I'm buying a used blade
from a clubmate"): who buys, borrows, rents or takes it traded.
Role pass 92 (blind rounds 221-223): the party's act, said of the party in any clause (its noun
phrase, a relative clause on it too, or "he / she / they / it" after the party is named), against
the same act said of the asker with the party named back after it as the one it is done on, for
or with, in any clause and anywhere in the text ("What happens if the team we're playing shows up
late?" / "... if we show up late for the team we're playing?", "My photographer says I owe her a
fee after she cancelled" / "I cancelled on my photographer. Do I owe her a fee?"): who did it
traded; the asker doing it on both sides, or the party on both, is one doer, and a mutual verb
("argue / split with") is left.
Role pass 106: ``role_made_asker`` also reads "a / the (M) N V-s my X" against "I V a X as a
(M) N" ("when an organ consultant evaluates our church's organ" / "when I evaluate a church's
organ as a consultant"): the asker the client on one side, the professional on the other.
Role pass 120 (blind round 255): the party's noun phrase on the asker's side read up to a
clause mark may take an adverb after it ("If I cancel a private session with my coach last
minute"); the party's side said with the same words after the act ("If my coach cancels a
private session last minute") is the party doing it.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import one_apart

_ASKER = frozenset(("i", "we", "you"))
_SUBORDINATORS = frozenset(
    "if when whenever unless once after before because since until while though although "
    "and but so that whether".split()
)
# "a / an / some N", "someone": often the asker said generically ("if a tenant breaks the
# lease" / "if I break the lease"), left
_LEADS = frozenset("the my our your his her their this that another".split())
_OTHER_PRONOUNS = frozenset(("he", "she", "they", "it"))
_NP_MAX = 4
# a group the asker belongs to, or the asker's own firm: "if my family moves" / "if we move"
_GROUPS = frozenset(
    "family household team band group company business firm llc corporation startup "
    "partnership crew club church class couple parents kids".split()
)
_IN_NP = frozenset("i me we us you and or & myself".split())
_PERSONS = frozenset("me us you him her them it".split())
_OWNERS = frozenset("my our your his her their its".split())
_AGREE = {"am": "is", "are": "is", "have": "has", "do": "does", "were": "was"}


def party_made_asker(a: Parsed, b: Parsed) -> bool:
    if (
        _ASKER.isdisjoint(a.words)
        and _ASKER.isdisjoint(b.words)
        and not (_gerund_asker(a.words) or _gerund_asker(b.words))
    ):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if _made_asker(ta, tb, a.source) or _made_asker(tb, ta, b.source):
        return True
    if _asked_of_asker(ta, tb, a.source) or _asked_of_asker(tb, ta, b.source):
        return True
    return _act_turned_on(ta, tb) or _act_turned_on(tb, ta)


# Role pass 81 (round 207): a party called by its name, with no "the" ("if Amtrak cancels my
# sleeper reservation" / "if I cancel my Amtrak sleeper reservation"): capitalised words inside
# a sentence of a text that is not capitalised throughout ("I" aside)
_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9&]*(?:[-'\u2019][A-Za-z0-9]+)*")
_NAME_MAX = 3  # "Air Canada", "Bank of America" is read no further than "Bank"
_SENTENCE_OPENERS = frozenset(".?!:;\"'(\u201c\u2018[\n")


@lru_cache(maxsize=256)
def _names(source: str) -> frozenset[str]:
    """The words of ``source`` (as ``tokens`` writes them) written with a capital inside a
    sentence: names ("Amtrak", "Delta", "HR"), not a sentence's first word nor "I"."""
    if not any(c.isupper() for c in source[1:]):
        return frozenset()
    found = list(_NAME_RE.finditer(source))
    capitals = [m for m in found if m.group(0)[0].isupper()]
    if len(capitals) > 0.6 * len(found):
        return frozenset()  # a title written in capitals: no clue from case
    out = set()
    for m in capitals:
        w = m.group(0)
        if w == "I" or w[:2] in ("I'", "I\u2019"):
            continue
        k = m.start() - 1
        while k >= 0 and source[k] in " \t":
            k -= 1
        if k >= 0 and source[k] not in _SENTENCE_OPENERS:
            out.add(w.lower().replace("\u2019", "'"))
    return frozenset(out)


# role pass 36: a yes/no question's auxiliary before its subject ("Am I entitled to X?" / "Is
# my wife entitled to X?", "Do I qualify" / "Does my son qualify")
_AUXILIARIES = frozenset(
    "am is are was were do does did have has can could should would will may might must".split()
)


def _asked_of_asker(x: tuple[str, ...], y: tuple[str, ...], source: str) -> bool:
    """``x`` "P AUX NP R", ``y`` "P AUX' I R'": the question asked of another party."""
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    if i and y[i - 1] in _AUXILIARIES:
        i -= 1  # the same auxiliary on both sides ("Can I" / "Can my landlord")
    if i + 2 >= len(y) or i >= len(x) or y[i] not in _AUXILIARIES or y[i + 1] not in _ASKER:
        return False  # (``x`` ends where the two part: empty, or a prefix of ``y``)
    if i and y[i - 1] not in MARKS:
        return False
    ax, ay = x[i], y[i]
    if ax not in _AUXILIARIES or not (
        ax == ay or _AGREE.get(ay) == ax or (ay, ax) == ("are", "is")
    ):
        return False
    for k in range(2, _NP_MAX + 1):
        np = x[i + 1 : i + 1 + k]
        if len(np) < k or i + 1 + k >= len(x) or x[i + 1 + k] != y[i + 2]:
            continue  # the predicate starts the same after either subject
        # the rest the same but for pronouns: "Was my food truck supposed to display its permit?"
        # / "Was I supposed to display my food truck permit?" names the asker's own thing again
        if _party(np) or _named_party(np, source):
            if _rest(x[i + 1 + k :], y[i + 2 :], frozenset()):
                return True
            # role pass 74: the party named back as the one the asker does it for ("Does my
            # new hire get the credit?" / "Do I get the credit for my new hire?")
            said_for = _for_party_dropped(y[i + 2 :], np)
            if said_for is not None and _rest(x[i + 1 + k :], said_for, frozenset()):
                return True
        elif not _someone(np):
            continue
        # role pass 83: the party named back after a preposition, its pronouns the asker's
        named = _named_back(y[i + 2 :], np)
        if named is not None and _turned(x[i + 1 + k :], named):
            return True
    return False


# role pass 83: the party said again on the asker's side as the one dealt with ("Does a pawn
# shop have to hold items it buys?" / "Do I have to hold items I buy from a pawn shop?"): not
# the asker said generically, "as a pawn shop", nor one it is compared with, "like a pawn shop"
_BACK_PREPS = frozenset("from to with at by against for".split())
_BACK_DETERMINERS = frozenset("a an the my our this that some".split())
_SUBJECTS = frozenset(("it", "he", "she", "they"))
_TURNED = {
    "it": ("i", "we", "you"),
    "he": ("i", "we", "you"),
    "she": ("i", "we", "you"),
    "they": ("i", "we", "you"),
    "its": ("my", "our", "your"),
    "his": ("my", "our", "your"),
    "her": ("my", "our", "your", "me", "us"),
    "their": ("my", "our", "your"),
    "him": ("me", "us", "you"),
    "them": ("me", "us", "you"),
}


def _named_back(
    r: tuple[str, ...], np: tuple[str, ...], preps: frozenset[str] = _BACK_PREPS
) -> tuple[str, ...] | None:
    """``r`` with "P (D) N" left out, P a preposition and "N" the party's words after its
    lead ("from a pawn shop" for "a pawn shop"), or None."""
    words = np[1:]
    n = len(words)
    if not n:
        return None
    for j in range(len(r) - n):
        if r[j] not in preps:
            continue
        d = 1 if r[j + 1] in _BACK_DETERMINERS else 0
        if r[j + 1 + d : j + 1 + d + n] == words:
            return r[:j] + r[j + 1 + d + n :]
    return None


def _turned(rx: tuple[str, ...], ry: tuple[str, ...]) -> bool:
    """The same words but the party's pronouns said as the asker's, one subject at least, its
    verb agreeing ("items it buys" / "items I buy")."""
    if len(rx) != len(ry):
        return False
    subject = False
    for k, (u, w) in enumerate(zip(rx, ry, strict=True)):
        if u == w:
            continue
        if w not in _TURNED.get(u, ()):
            if k and rx[k - 1] in _SUBJECTS and ry[k - 1] in _ASKER and _agrees(w, u):
                continue  # "it buys" / "I buy"
            return False
        subject = subject or u in _SUBJECTS
    return subject


_ON_BEHALF = (("for",), ("on", "behalf", "of"))


# "Do I need a visa for my son?" asks what "Does my son need a visa?" asks: a thing needed or
# held for someone is theirs whoever gets it ("Do I need to sign for my son?" is read)
_NEEDS = frozenset("need needs require requires have has".split())


def _for_party_dropped(r: tuple[str, ...], np: tuple[str, ...]) -> tuple[str, ...] | None:
    """``r`` (the predicate on) with "for NP" / "on behalf of NP" left out, NP the party's own
    words, or None."""
    if ("for" not in r and "behalf" not in r) or (r[0] in _NEEDS and r[1:2] != ("to",)):
        return None
    n = len(np)
    for lead in _ON_BEHALF:
        m = len(lead)
        for j in range(len(r) - m - n + 1):
            if r[j : j + m] == lead and r[j + m : j + m + n] == np:
                return r[:j] + r[j + m + n :]
    return None


def _made_asker(x: tuple[str, ...], y: tuple[str, ...], source: str) -> bool:
    """``x`` "P NP V R", ``y`` "P I V' R'": P the same, NP another party, V' agreeing (NP a
    name in ``x``'s ``source`` too, its words all the party's: "my Amtrak reservation")."""
    if not -2 <= len(x) - len(y) <= _NP_MAX + 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    gerund = _gerund_subject(y, i)  # role pass 82: "my having a baby" / "my ex having a baby"
    if gerund is not None:
        i = gerund
    elif i + 1 >= len(y) or y[i] not in _ASKER:
        return False
    elif i and y[i - 1] not in _SUBORDINATORS and y[i - 1] not in MARKS:
        return False
    for k in range(1, _NP_MAX + 1):
        if i + k >= len(x):
            break
        np = x[i : i + k]
        vx, vy = x[i + k], y[i + 1]
        if gerund is not None:
            if vx == vy and _gerund_party(np):
                rx, ry = x[i + k + 1 :], y[i + 2 :]
                if _said_back(rx, ry, np):
                    return True
                if _gerund_read(y, i, np) and _rest(rx, ry, frozenset(np[1:])):
                    return True
            continue
        if vx != vy and not (_agrees(vy, vx) or _agrees(vx, vy)):
            continue
        if _named_party(np, source):
            if _rest(x[i + k + 1 :], y[i + 2 :], frozenset(np)):
                return True  # role pass 81: "if Amtrak cancels my N" / "if I cancel my Amtrak N"
            continue
        if _party(np) and _said_back(x[i + k + 1 :], y[i + 2 :], np):
            return True  # role pass 82: "if my ex has a baby, do I pay her" / "... pay my ex"
        if not _party(np):
            # role pass 78: "a / an / some N", "someone" too where the asker's thing is given
            # away ("An investor wants to put money into my startup" / "I want to put money
            # into a startup"): "my" names the asker apart from the doer, no generic asker
            if _someone(np) and _mine_given_from(x[i + k + 1 :], y[i + 2 :], np):
                return True
            continue
        if _rest(x[i + k + 1 :], y[i + 2 :], frozenset(np[1:])):
            return True
        if _object_named_back(x[i + k + 1 :], y[i + 2 :], np):
            return True  # role pass 126: "if the caterer cancels" / "if I cancel the caterer"
        if _mine_given_from(x[i + k + 1 :], y[i + 2 :], np):
            return True  # role pass 78: "if the seller backs out of my deal" / "of a deal"
        said_for = _for_party_dropped(y[i + 1 :], np)  # role pass 74: "if I V it for NP"
        if said_for is not None and _rest(x[i + k + 1 :], said_for[1:], frozenset(np[1:])):
            return True
    return False


def _object_named_back(rx: tuple[str, ...], ry: tuple[str, ...], np: tuple[str, ...]) -> bool:
    """Role pass 126: ``ry`` (the asker's side) is "D W ..." and then ``rx``, W the party's own
    words after its lead: the party named back as the one the asker's act is done to ("Is a
    deposit refundable if the limo company cancels?" / "... if I cancel the limo?")."""
    if len(ry) < 2 or ry[0] not in _BACK_DETERMINERS:
        return False
    words = frozenset(np[1:])
    n = 1
    while n < len(ry) and ry[n] in words:
        n += 1
    return n > 1 and ry[n:] == rx


def _party(np: tuple[str, ...]) -> bool:
    if len(np) == 1:
        return np[0] in _OTHER_PRONOUNS
    if np[0] not in _LEADS or not _IN_NP.isdisjoint(np) or MARKS.intersection(np):
        return False
    head = np[-1].removesuffix("'s")
    if head in _GROUPS and np[0] in ("my", "our", "your"):
        return False
    return head not in _OWNERS and head not in _PERSONS


def _named_party(np: tuple[str, ...], source: str) -> bool:
    """Role pass 81: a name of one to three words, each written with a capital in ``source``
    (read only here: the other tests come first)."""
    if len(np) > _NAME_MAX or not all(w.isalnum() for w in np):
        return False
    names = _names(source)
    return all(w in names for w in np)


# Role pass 82: a gerund's subject, the asker's ("my having a baby", "me having a baby") and
# the party's ("my ex having", "my ex's having", "his having", "him having")
_GERUND_ASKER = frozenset(("my", "me", "our", "us"))
_GERUND_PRONOUNS = frozenset("his her their him them".split())
_GERUND_COPULA = frozenset(("being", "having", "getting"))  # stopwords, gerunds all the same


def _ving(w: str) -> bool:
    return w in _GERUND_COPULA or (len(w) > 5 and w.endswith("ing") and w.isalpha())


def _gerund_asker(words: tuple[str, ...]) -> bool:
    """Cheap: "my / me / our / us" right before a word in "-ing"."""
    return any(w in _GERUND_ASKER and _ving(n) for w, n in itertools.pairwise(words))


def _gerund_subject(y: tuple[str, ...], i: int) -> int | None:
    """Where the asker stands as the subject of a gerund in ``y`` that the other side parts
    from at ``i`` (its owner "my" shared with the party's "my ex", or not), or None."""
    if i and y[i - 1] in _GERUND_ASKER and i < len(y) and _ving(y[i]):
        return i - 1  # "does my | having" / "does my | ex having"
    if i + 1 < len(y) and y[i] in _GERUND_ASKER and _ving(y[i + 1]):
        return i  # "does | me having" / "does | his having"
    return None


# after a gerund: its object or particle ("my having a baby", "my moving out", "my selling the
# house"); after a noun in "-ing" a preposition as often ("my booking without notice")
_GERUND_NEXT = frozenset(
    "a an the my our your his her their its this that these those some me us him them it "
    "out up off down away back early".split()
)


def _gerund_read(y: tuple[str, ...], i: int, np: tuple[str, ...]) -> bool:
    """The words at ``y[i + 1]`` read as a gerund with its subject, not a noun in "-ing" with
    a modifier said on one side only ("my booking" / "my hotel booking"): an object case
    ("me having"), a pronoun on the other side ("his booking" is his whatever it is), a
    gerund of "have / be / get", or an object or particle after it."""
    if y[i] in ("me", "us") or len(np) == 1:
        return True
    g = y[i + 1]
    return g in _GERUND_COPULA or (i + 2 < len(y) and y[i + 2] in _GERUND_NEXT)


def _gerund_party(np: tuple[str, ...]) -> bool:
    """Another party as a gerund's subject: "his", "him", "my ex", "my ex's", "the landlord"."""
    if len(np) == 1:
        return np[0] in _GERUND_PRONOUNS
    if np[-1].endswith("'s"):
        np = (*np[:-1], np[-1][:-2])
    return _party(np)


# the party said back by a third person's pronoun: as a subject or object, and as an owner
_PARTY_SAID = frozenset("he him she her they them it".split())
_PARTY_OWNER = frozenset("his her their its".split())


def _said_back(rx: tuple[str, ...], ry: tuple[str, ...], np: tuple[str, ...]) -> bool:
    """Role pass 82: ``ry`` (the asker's side) names the party ``np`` in full where ``rx``
    says a third person's pronoun for it ("I pay my ex" / "I pay her", "my wife's pension" /
    "her pension", "the pension my wife gets" / "the pension she gets"), the rest the same
    ("than my wife" / "than me" names no party back)."""
    n = len(np)
    bare = (*np[:-1], np[-1].removesuffix("'s"))
    named = False
    i = j = 0
    while i < len(rx) and j < len(ry):
        if ry[j : j + n - 1] == bare[:-1] and j + n <= len(ry):
            last = ry[j + n - 1]
            said = _PARTY_SAID if last == bare[-1] else _PARTY_OWNER
            if last in (bare[-1], bare[-1] + "'s") and rx[i] in said:
                i, j, named = i + 1, j + n, True
                continue
        if rx[i] != ry[j]:
            return False
        i, j = i + 1, j + 1
    return named and i == len(rx) and j == len(ry)


_GENERIC_LEADS = frozenset(("a", "an", "some", "another"))
_SOMEONE = frozenset(("someone", "somebody"))
# where the asker's "my N" stood: another's or no one's N
_GIVEN = frozenset("a an the some another someone's somebody's".split())


def _someone(np: tuple[str, ...]) -> bool:
    """ "a / an / some / another N" (a person or thing named generically), "someone"."""
    if len(np) == 1:
        return np[0] in _SOMEONE
    if np[0] not in _GENERIC_LEADS or not _IN_NP.isdisjoint(np) or MARKS.intersection(np):
        return False
    head = np[-1]
    return head.isalpha() and head not in _OWNERS and head not in _PERSONS


def _mine_given(rx: tuple[str, ...], ry: tuple[str, ...], np: frozenset[str]) -> bool:
    """Role pass 78: the rest the same but that a "my / our N" of ``rx`` is another's or no
    one's on the asker's side ("into my startup" / "into a startup", "on someone's property",
    "on a neighbor's land"): the asker the owner of what is acted on in ``rx``, the doer in
    ``ry``."""
    wx, wy = _kept(rx, np), _kept(ry, np)
    i = j = 0
    given = False
    while i < len(wx) and j < len(wy):
        u, w = wx[i], wy[j]
        if u == w or _plain((u,), frozenset()) == _plain((w,), frozenset()):
            i, j = i + 1, j + 1
            continue
        m = _given_span(wy, j) if u in ("my", "our") else 0
        if not m or i + 1 >= len(wx) or j + m >= len(wy):
            return False
        if wx[i + 1] != wy[j + m] or not wx[i + 1].isalpha():
            return False  # the same noun after it
        given = True
        i, j = i + 1, j + m
    return given and i == len(wx) and j == len(wy)


# Role pass 89: the party named back on the asker's side as the source ("A clubmate is buying
# my used blade" / "I'm buying a used blade from a clubmate", "My brother is borrowing my car"
# / "I'm borrowing a car from my brother"): the asker's thing given away as the asker is made
# the doer, the party the one it comes from; not "with / for / by" (helped or done for: "A
# contractor is building my house" / "I'm building a house with a contractor")
_SOURCE_PREPS = frozenset(("from", "off"))


def _mine_given_from(rx: tuple[str, ...], ry: tuple[str, ...], np: tuple[str, ...]) -> bool:
    """``_mine_given``, or the same with "from / off (D) N" (the party's words) left out of
    ``ry``."""
    if _mine_given(rx, ry, frozenset(np[1:])):
        return True
    dropped = _named_back(ry, np, _SOURCE_PREPS)
    return dropped is not None and _mine_given(rx, dropped, frozenset(np[1:]))


def _given_span(r: tuple[str, ...], j: int) -> int:
    """The length of the words at ``j`` that make the next noun another's or no one's: "a",
    "the", "someone's", "Dana's" (1), "a neighbor's" (2), "the next door neighbor's" (up to 4);
    0 for none."""
    if r[j] in _DETERMINED:
        for m in range(2, 5):
            w = r[j + m - 1] if j + m - 1 < len(r) else ""
            if not (w.isalpha() or _genitive(w)) or w in _OWNERS:
                break
            if _genitive(w):
                return m
    return 1 if r[j] in _GIVEN or _genitive(r[j]) else 0


def _kept(r: tuple[str, ...], np: frozenset[str]) -> tuple[str, ...]:
    """``r`` without the party's own words (an owner kept), as ``_plain`` reads it."""
    return tuple(w for w in r if w not in np or w in _OWNERS)


_DETERMINED = frozenset(("a", "an", "the", "another"))


def _genitive(w: str) -> bool:
    return w.endswith("'s") and w[:-2].isalpha() and w[:-2] not in _OWNERS


def _rest(rx: tuple[str, ...], ry: tuple[str, ...], np: frozenset[str]) -> bool:
    if rx == ry:
        return True
    return _plain(rx, np) == _plain(ry, np)


def _plain(r: tuple[str, ...], np: frozenset[str]) -> tuple[str, ...]:
    return tuple(
        "P" if w in _PERSONS else "O" if w in _OWNERS else w
        for w in r
        if w not in np or w in _OWNERS
    )


def _agrees(plain: str, third: str) -> bool:
    if _AGREE.get(plain) == third:
        return True
    return third in (plain + "s", plain + "es") or (
        plain.endswith("y") and third == plain[:-1] + "ies"
    )


_REFLEXIVE = {
    "myself": "1",
    "ourselves": "1",
    "yourself": "2",
    "yourselves": "2",
    "himself": "3",
    "herself": "3",
    "itself": "3",
    "themselves": "3",
    "themself": "3",
}
_OBJECT = {"me": "1", "us": "1", "you": "2", "him": "3", "her": "3", "them": "3", "it": "3"}


def reflexive_other(a: Parsed, b: Parsed) -> bool:
    i = one_apart(a.words, b.words)
    if i is None:
        return False
    x, y = a.words[i], b.words[i]
    for r, o in ((x, y), (y, x)):
        if r in _REFLEXIVE and o in _OBJECT:
            pr, po = _REFLEXIVE[r], _OBJECT[o]
            # "love myself" / "love yourself": the generic asker either way
            return pr != po and {pr, po} != {"1", "2"}
    return False


# Role pass 64 (blind rounds 176-178). The other party's act said as the asker's in that
# party's role: "My co-signer backed out right before our appointment" (the co-signer did) / "I
# backed out as the co-signer right before our appointment" (the asker did): "my N V ..." /
# "I V as the N ...", the verb (and its particles) and the rest the same.
# Role pass 79: the same after any words both sides share, the verb agreeing with "I" ("Will the
# sperm bank tell me how many kids my donor has?" / "... how many kids I have as a donor?") or
# an auxiliary before the subject agreeing ("How many patients does my therapist see?" / "How
# many patients do I see as a therapist?").
_AS_LEADS = frozenset(("the", "a", "an", "my", "our"))
_ROLE_MAX = 3  # "co signer", "general contractor", "property management company"


def role_made_asker(a: Parsed, b: Parsed) -> bool:
    """Role pass 64: "my N V (P) REST" / "I V (P) as the N REST"; role pass 106: "a (M) N V-s
    my X" / "I V a X as a N" (``_client_made_asker``)."""
    if "as" not in a.words and "as" not in b.words:
        return False
    if _role_asker(a.words, b.words) or _role_asker(b.words, a.words):
        return True
    return _client_made_asker(a.words, b.words) or _client_made_asker(b.words, a.words)


# Role pass 106: the one the asker's thing is done to said as no one's ("a house") or another's
_NOT_MINE = frozenset(("a", "an", "the", "someone", "another", "his", "her", "their"))


def _client_made_asker(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "P a / the (M) N V-s my X REST", y "P I V a X as a (M) N REST" (P the same words, V
    agreeing with "I", N the head of x's subject): the professional doing the act to the
    asker's thing against the asker doing it to another's as the professional ("when an organ
    consultant evaluates our church's organ" / "when I evaluate a church's organ as a
    consultant", "when a home inspector inspects my house" / "when I inspect a house as a home
    inspector"): the asker the client on one side and the one acting on the other. The thing
    the asker's on one side and not on the other, the one slot apart: "How should an auditor
    audit my company?" / "How should I audit my company as an auditor?" is left."""
    if "my" not in x and "our" not in x:
        return False
    x, y = _singular(x), _singular(y)
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    if x[p : p + 1] not in (("a",), ("an",), ("the",)) or y[p : p + 2][:1] != ("i",):
        return False
    if p + 1 >= len(y):
        return False
    verb = y[p + 1]
    for v in range(p + 2, min(p + 2 + _ROLE_MAX, len(x))):
        if not (_agrees(verb, x[v]) or (x[v] == verb and verb.endswith("ed"))):
            continue
        subject = x[p + 1 : v]
        if MARKS.intersection(subject) or "my" in subject:
            return False
        for n in range(1, len(subject) + 1):
            role = subject[-n:]
            for k in range(p + 2, len(y) - n - 1):
                if y[k] != "as" or y[k + 1] not in _AS_LEADS or y[k + 2 : k + 2 + n] != role:
                    continue
                said, rest = y[p + 2 : k] + y[k + 2 + n :], x[v + 1 :]
                if len(said) != len(rest):
                    continue
                apart = [j for j in range(len(rest)) if said[j] != rest[j]]
                if len(apart) == 1 and rest[apart[0]] == "my" and said[apart[0]] in _NOT_MINE:
                    return True
        return False
    return False


def _role_asker(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "P my N V ...", y "P I V' ... as the N ...", the rest the same (P the same words,
    V' agreeing with "I"), or "P AUX my N ..." / "P AUX' I ... as the N ..."."""
    if len(x) < 3 or len(y) < 5:
        return False
    # role pass 69: the asker one or several ("Our surrogate backed out ..., what are our
    # options?" / "I backed out as a surrogate ..., what are my options?"): "we / our / us"
    # read as "I / my / me" on both sides
    x, y = _singular(x), _singular(y)
    # role pass 79: the clause after the same words, an embedded question's ("... tell me how
    # many kids my donor has" / "... how many kids I have as a donor"), its verb agreeing
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    agree = True
    if (
        x[p : p + 1] != ("my",)
        and x[p + 1 : p + 2] == ("my",)
        and y[p + 1 : p + 2] == ("i",)
        and _AGREE.get(y[p]) == x[p]
    ):
        p, agree = p + 1, False  # "how many kids does my donor have" / "... do I have as a"
    if x[p : p + 1] != ("my",) or y[p : p + 1] != ("i",):
        return False
    x, y = x[p:], y[p:]
    for n in range(1, _ROLE_MAX + 1):
        role = x[1 : 1 + n]
        # "as the N" anywhere after the verb: "I backed out as the N", "I walked off the job
        # as a N mid-project"
        for k in range(2, len(y) - n - 1):
            if y[k] != "as" or y[k + 1] not in _AS_LEADS or y[k + 2 : k + 2 + n] != role:
                continue
            said, rest = y[1:k] + y[k + 2 + n :], x[1 + n :]
            if said == rest:
                return True
            if agree and said[1:] == rest[1:] and rest and _agrees(said[0], rest[0]):
                return True  # "my donor has" / "I have as a donor"
    return False


_SINGULAR = {"we": "i", "our": "my", "us": "me", "ours": "mine", "ourselves": "myself"}


def _singular(t: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_SINGULAR.get(w, w) for w in t)


# Role pass 92 (blind rounds 221-223): the asker doing an act "on / for / with" the party on one
# side, the party doing it on the other ("if the team we're playing shows up late" / "if we show
# up late for the team we're playing", "after she cancelled" / "I cancelled on my photographer")
_AFFECTED = frozenset(("on", "for", "with"))
_ACT_MAX = 4  # "show up late", "changed the locks", "broke the contract"
_AFFECTED_NP_MAX = 8  # "the team we are playing", "the driver that I booked last week"
_AFFECTED_LEADS = _LEADS | frozenset(("a", "an"))
_CLAUSE_OPEN = _SUBORDINATORS | MARKS
_BE = frozenset("am is are was were be".split())
_NOT_IN_ACT = _ASKER | _PERSONS | _SUBJECTS | _AFFECTED | (_SUBORDINATORS - {"that"}) | MARKS
# done with each other: "argue with", "split with" (``recast.MUTUAL`` names the same in nouns)
_MUTUAL_ACTS = frozenset(
    "live lives living lived work works working worked share shares shared meet meets met "
    "argue argues argued arguing fight fights fought fighting agree agrees agreed split splits "
    "splitting talk talks talked talking speak speaks spoke chat chats chatted date dates dated "
    "dating play plays played playing marry married trade trades traded swap swaps swapped "
    "compete competes competed deal deals dealt negotiate negotiates negotiated".split()
)


def _act_turned_on(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``y`` "I ACT P NP" (P "on / for / with", at a clause's start, NP the party up to a
    clause mark), ``x`` "NP ACT'" or "NP ... PRON ACT'" (PRON "he / she / they / it", ACT' the
    same act agreeing), nobody else doing the act on either side."""
    if _AFFECTED.isdisjoint(y) or _ASKER.isdisjoint(y):
        return False
    for i, w in enumerate(y):
        if w not in _ASKER or (i and y[i - 1] not in _CLAUSE_OPEN):
            continue
        for n in range(1, _ACT_MAX + 1):
            p = i + 1 + n
            if p + 2 >= len(y) or y[p - 1] in _NOT_IN_ACT:
                break
            if y[p] not in _AFFECTED:
                continue
            act = y[i + 1 : p]
            if all(u in _BE or u in _AUXILIARIES for u in act):
                continue  # "I am for my party": no act
            if y[p] == "with" and not _MUTUAL_ACTS.isdisjoint(act):
                continue
            if _undergone(act):
                continue  # "if I get a flat tire on my RV" / "if my RV gets a flat tire"
            np = _affected_np(y, p + 1)
            if np is None:
                continue
            doers = _doers(x, act, np)
            if "party" in doers and "asker" not in doers and "party" not in _doers(y, act, np):
                return True
    return False


def _affected_np(y: tuple[str, ...], k: int) -> tuple[str, ...] | None:
    """The party after the preposition at ``k``: "(D) N ..." up to a clause mark or a
    subordinator ("the team we are playing", "my photographer"), or None."""
    end = k
    while end < len(y) and y[end] not in MARKS and (end == k or y[end] not in _NP_ENDS):
        end += 1
    np = y[k:end]
    if not 2 <= len(np) <= _AFFECTED_NP_MAX or np[0] not in _AFFECTED_LEADS:
        return None
    head = np[1]
    if not head.isalpha() or head in _OWNERS or head in _PERSONS or head in _ASKER:
        return None
    if head in _GROUPS and np[0] in ("my", "our", "your"):
        return None  # "our team": the asker's own
    return np


_NP_ENDS = _SUBORDINATORS - {"that"}


def _doers(x: tuple[str, ...], act: tuple[str, ...], np: tuple[str, ...]) -> set[str]:
    """Who does ``act`` in ``x`` at a clause's start: "asker", "party" (``np``'s lead and
    words, or its lead and first words, or a third person's pronoun after ``np`` is named)."""
    n = len(act)
    found: set[str] = set()
    for v in range(1, len(x) - n + 1):
        if not _same_act(x[v : v + n], act):
            continue
        s = x[v - 1]
        if s in _ASKER and (v == 1 or x[v - 2] in _CLAUSE_OPEN):
            found.add("asker")
        elif s in _SUBJECTS and (v == 1 or x[v - 2] in _CLAUSE_OPEN):
            if _named_before(x[: v - 1], np):
                found.add("party")
        else:
            for t in range(v - 2, max(-1, v - 2 - len(np)), -1):
                if x[t] not in _AFFECTED_LEADS or (t and x[t - 1] not in _CLAUSE_OPEN):
                    continue
                said = x[t + 1 : v]
                if said and (_said_party(said, np) or _tail_after_act(x, v + n, said, np)):
                    found.add("party")
                    break
    return found


# after the party's noun, a relative clause: "the driver (that) I booked", "the team we're playing"
_RELATIVE_OPEN = frozenset("that who whom which i we you he she they".split())


def _said_party(said: tuple[str, ...], np: tuple[str, ...]) -> bool:
    """``said`` (after a lead) the party's words, all of them or those before its relative
    clause ("the driver" for "the driver I booked"; not "my first" for "the first time")."""
    n = len(said)
    if said != np[1 : 1 + n]:
        return False
    return n + 1 == len(np) or np[1 + n] in _RELATIVE_OPEN


def _tail_after_act(x: tuple[str, ...], k: int, said: tuple[str, ...], np: tuple[str, ...]) -> bool:
    """Role pass 120 (blind round 255): ``np`` read up to a clause mark takes the words after
    it ("with my coach last minute"); the party is ``said`` with those words after the act on
    ``x``'s side, where they stay with the act ("If my coach cancels a private session last
    minute" / "If I cancel a private session with my coach last minute")."""
    n = len(said)
    if said != np[1 : 1 + n]:
        return False
    tail = np[1 + n :]
    return bool(tail) and tail[0] not in _RELATIVE_OPEN and x[k : k + len(tail)] == tail


# a state had or come to, not an act done: "if I get a flat tire on my RV" is "if my RV gets a
# flat tire", "I have a problem with my car" is "my car has a problem"
_UNDERGO = frozenset("get gets got gotten getting have has had having".split())


def _undergone(act: tuple[str, ...]) -> bool:
    for k, w in enumerate(act):
        after = act[k + 1] if k + 1 < len(act) else ""
        if w in _BE or (w in _AUXILIARIES and w not in _UNDERGO) or w == "not":
            continue
        if w in _PERFECT and after.endswith(("ed", "en", "wn")):
            continue  # "I have cancelled on": a perfect
        return w in _UNDERGO and after != "to"
    return False


_PERFECT = frozenset(("have", "has", "had"))


def _named_before(x: tuple[str, ...], np: tuple[str, ...]) -> bool:
    head = np[1]
    return any(x[t] == head and x[t - 1] in _AFFECTED_LEADS for t in range(1, len(x)))


def _same_act(u: tuple[str, ...], w: tuple[str, ...]) -> bool:
    """The same words, "be" in any form, a verb agreeing with either subject."""
    for p, q in zip(u, w, strict=True):
        if p == q or (p in _BE and q in _BE) or _agrees(p, q) or _agrees(q, p):
            continue
        return False
    return True
