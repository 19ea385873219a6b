"""One place where two prompts differ changes a standing, a state or an act, in words the
rest of the checks read as stopwords or as an added detail: the asker owns the thing on one
side and rents it on the other ("if I own the house" / "if I rent the house"), a condition
has ended on one side and is kept on the other ("outgrew his milk allergy" / "still has his
milk allergy"), an act is done on one side and refused on the other ("after I fixed the
damage" / "after I refused to fix the damage")."""

from __future__ import annotations

import itertools
import re

from policies.verify import lexicon as lx
from policies.verify.direction import common_ends
from policies.verify.text import Parsed

# The place where the two sides differ is at most this many words on each side
_SPAN = 6

_POSSESSIVES = frozenset("my your his her its our their".split())
# Holding a thing as its owner: "I own", "the owner", "homeowner" (not "my own": an intensifier)
_OWNING = frozenset("own owns owned owning owner owners homeowner homeowners".split())
# Holding it from an owner: "I rent", "as a tenant", "we lease" ("rent it out" is the owner's)
_RENTING = frozenset(
    """
    rent rents rented renting renter renters tenant tenants lease leases leased leasing
    lessee lessees leaseholder subletting sublet sublets
    """.split()
)
_OUT = frozenset(("out",))

# A condition that has ended: "outgrew", "got over", "recovered from", "grew out of",
# "no longer has", "used to have", "is cured of", "is over"
_ENDED_WORDS = frozenset(
    """
    outgrew outgrown outgrow outgrows outgrowing recovered recover recovers recovering
    cured healed resolved disappeared finished completed
    """.split()
)
_ENDED_PAIRS = frozenset(
    {
        ("got", "over"),
        ("gotten", "over"),
        ("get", "over"),
        ("gets", "over"),
        ("getting", "over"),
        ("grew", "out"),
        ("grown", "out"),
        ("no", "longer"),
        ("used", "to"),
        ("went", "away"),
        ("gone", "away"),
        ("cleared", "up"),
    }
)
# A relative clause on the condition ("a murmur that resolved", "asthma, which he outgrew",
# "a rash but it cleared up"): the ending word within this many words after its opener
_CLAUSE_OPENERS = frozenset("that which but".split())
_CLAUSE_REACH = 4
# The place, at most, for an ended condition against a kept one told as a clause ("had Lyme
# disease and finished treatment" / "have Lyme disease and am still on treatment")
_STATE_PLACE_SPAN = 8
_STATE_SPAN = 10  # the place, at most, on the side that says the ending in such a clause
# A condition that is kept: "still has", "has", "is still", "still suffers from", "lives with"
_KEPT = frozenset(
    """
    still has have having suffers suffer suffering currently lives living undergoing
    """.split()
)

# Any word of a standing, or of an ending, said: the checks read nothing without one
_STANDING = _OWNING | _RENTING
_ENDING = _ENDED_WORDS | frozenset(w for pair in _ENDED_PAIRS for w in pair)

# Acts not done: "refused to fix", "failed to pay", "forgot to file", "declined to sign",
# "neglected to tell"
_REFUSING = frozenset(
    """
    refuse refuses refused refusing decline declines declined declining fail fails failed
    failing forgot forget forgets forgetting forgotten neglect neglects neglected neglecting
    """.split()
)


def _place(
    a: Parsed, b: Parsed, said: frozenset[str], span: int = _SPAN
) -> tuple[tuple[str, ...], tuple[str, ...], int] | None:
    """The words each side says at the one place where they differ, and where it starts;
    None unless a side says one of ``said`` somewhere (the quick way out)."""
    if said.isdisjoint(a.words) and said.isdisjoint(b.words):
        return None
    wa, wb = list(a.words), list(b.words)
    i, j = common_ends(wa, wb)
    ma, mb = tuple(wa[i : len(wa) - j]), tuple(wb[i : len(wb) - j])
    if not (ma or mb) or len(ma) > span or len(mb) > span:
        return None
    return ma, mb, i


def _owning(words: tuple[str, ...], before: str) -> bool:
    prev = [before, *words]
    return any(
        w in _OWNING and not (w == "own" and prev[k] in _POSSESSIVES) for k, w in enumerate(words)
    )


def _renting(words: tuple[str, ...], after: tuple[str, ...]) -> bool:
    rest = [*words, *after]
    return any(w in _RENTING and _OUT.isdisjoint(rest[k + 1 : k + 3]) for k, w in enumerate(words))


def standing_mismatch(a: Parsed, b: Parsed) -> bool:
    """The asker (or the person the prompt is about) owns the thing on one side and holds it
    from an owner on the other ("a rental property I own" / "... I live in as a tenant", "if I
    own the house" / "if I rent the house"): an owner and a tenant get other answers.

    Limits: read only at the one place where the two sides differ (at most six words each
    side), so a prompt that says both ("I own the house and rent a room out") is not read as
    two standings. "my own" is an intensifier, not owning; "rent (it) out" is the owner's
    act. The other standings (buyer / seller, employer / employee) are other checks'."""
    place = _place(a, b, _STANDING)
    if place is None:
        return False
    ma, mb, i = place
    before = a.words[i - 1] if i else ""
    after_a, after_b = a.words[i + len(ma) :], b.words[i + len(mb) :]
    own_a, own_b = _owning(ma, before), _owning(mb, before)
    rent_a, rent_b = _renting(ma, after_a[:2]), _renting(mb, after_b[:2])
    return (own_a and not rent_a and rent_b and not own_b) or (
        own_b and not rent_b and rent_a and not own_a
    )


# Letting a home to others: "a home I rent out", "a flat we let out", "the house I lease out"
_LETTING = frozenset(
    "rent rents rented renting let lets letting lease leases leased leasing sublet sublets".split()
)
# The asker's own: "my home", "our own house"
_ASKERS = frozenset("my our own".split())
# Any word of a standing or of a let, said at the place: the home is not the asker's own in use
_HELD = _RENTING | _LETTING | frozenset("rental rentals landlord landlords airbnb".split())


def _let_out(words: tuple[str, ...], after: tuple[str, ...]) -> bool:
    rest = [*words, *after]
    return any(
        w in _LETTING and not _OUT.isdisjoint(rest[k + 1 : k + 3]) for k, w in enumerate(words)
    )


def let_mismatch(a: Parsed, b: Parsed) -> bool:
    """The asker's own home (or car, room) on one side, one the asker lets to others on the
    other, at the one place where the two differ ("Is it legal to put hidden cameras in my own
    home?" / "... in a home I rent out?", "Can I smoke in my house?" / "Can I smoke in a house
    I let out?"): a tenant's privacy and rights come in on the let side only.

    Limits: read only at the one place where the sides differ (at most six words each side).
    The let side must say a letting verb followed within two words by "out" ("rent out",
    "let it out", "lease out"); the other side must say "my", "our" or "own" there and no word
    of renting, letting or a landlord. "a home I rent" (a tenant's) against "my own home" is
    not read here (`standing_mismatch` reads owner against tenant, and "my own" as an
    intensifier); "my rental" (ambiguous) is not a let."""
    place = _place(a, b, _LETTING)
    if place is None:
        return False
    ma, mb, i = place
    after_a, after_b = a.words[i + len(ma) :], b.words[i + len(mb) :]
    for mx, ax, my in ((ma, after_a, mb), (mb, after_b, ma)):
        if _let_out(mx, ax[:2]) and not _ASKERS.isdisjoint(my) and _HELD.isdisjoint(my):
            return True
    return False


def _kept(words: tuple[str, ...]) -> bool:
    """A keeping word, not the "have" of a perfect ("have finished", "has recovered")."""
    return any(
        w in _KEPT and not (w in _PERFECT and words[k + 1 : k + 2] and words[k + 1] in _ENDED_WORDS)
        for k, w in enumerate(words)
    )


_PERFECT = frozenset("has have".split())


def _ended(words: tuple[str, ...]) -> bool:
    pairs = itertools.pairwise(words)
    return not _ENDED_WORDS.isdisjoint(words) or any(p in _ENDED_PAIRS for p in pairs)


# In such a clause "used to" is a use ("a type that can be used to load images"), not an end
_CLAUSE_ENDED_PAIRS = _ENDED_PAIRS - {("used", "to")}


def _ending_clause(words: tuple[str, ...]) -> bool:
    """``words`` hold a clause that ends a condition: "that resolved", "which he outgrew",
    "but it went away", "that has since cleared up" (not "that can be used to")."""
    for k, w in enumerate(words):
        if w not in _CLAUSE_OPENERS:
            continue
        clause = words[k + 1 : k + 1 + _CLAUSE_REACH + 1]
        if not _ENDED_WORDS.isdisjoint(clause) or any(
            p in _CLAUSE_ENDED_PAIRS for p in itertools.pairwise(clause)
        ):
            return True
    return False


def _clause_ended(a: Parsed, b: Parsed) -> bool:
    """One side says the condition of the other and a clause that ends it, at the one place
    where they differ ("if my dog has a heart murmur" / "if my dog had a heart murmur that
    resolved as a puppy", "with a heart murmur" / "with a heart murmur that has since
    resolved"); the other side says no ending word there."""
    if _ENDING.isdisjoint(a.words) and _ENDING.isdisjoint(b.words):
        return False
    wa, wb = list(a.words), list(b.words)
    i, j = common_ends(wa, wb)
    ma, mb = tuple(wa[i : len(wa) - j]), tuple(wb[i : len(wb) - j])
    for mx, my in ((ma, mb), (mb, ma)):
        if len(mx) <= _STATE_SPAN and len(my) <= _SPAN and _ending_clause(mx) and not _ended(my):
            return True
    return False


# An act stopped: "has stopped V-ing", "who quit V-ing", "ceased V-ing", "gave up V-ing"
# (not a bare "stop" / "quit": "How do I stop bleeding?" asks for a way to stop it)
_STOPPED = frozenset("stopped ceased quitted stops quits ceases".split())
_QUIT = frozenset(("quit", "stop", "cease"))
_QUIT_AFTER = frozenset("has have had who that just already recently finally since".split())
_GAVE_UP = frozenset(("gave", "given"))
# An act going on: "is V-ing", "are still V-ing", "has been V-ing", "keeps V-ing"
_GOING_ON = frozenset("is are am been keep keeps kept continue continues continued still".split())
_GOING_ON_ADVERBS = frozenset("currently actively now constantly always".split())
_ENDS_AN_ACT = _STOPPED | _QUIT | _GAVE_UP


def _stopped(words: tuple[str, ...]) -> bool:
    """``words`` end on a verb that stops the act said next."""
    if not words:
        return False
    w = words[-1]
    if w in _STOPPED:
        return True
    if w in _QUIT:
        return len(words) > 1 and words[-2] in _QUIT_AFTER
    return w == "up" and len(words) > 1 and words[-2] in _GAVE_UP


def _going_on(words: tuple[str, ...]) -> bool:
    """``words`` end on "is" (or "still", "keeps" ...), an adverb or two aside."""
    k = len(words)
    while k and words[k - 1] in _GOING_ON_ADVERBS:
        k -= 1
    return bool(k) and words[k - 1] in _GOING_ON


def _stopped_against_ongoing(a: Parsed, b: Parsed) -> bool:
    """At the one place where the sides differ (at most six words each) one ends on a verb
    that stops an act ("has stopped", "who quit", "ceased", "gave up") and the other on one
    that says it goes on ("is", "is still", "are currently", "keeps"), the same "-ing" verb
    right after on both sides: a player bleeding against one who was and no longer is.

    Limits: the "-ing" verb must be the first word after the place; a bare "stop" / "quit"
    is read only after "has", "who", "that", "just" ... (not "How do I stop bleeding?"); "is
    no longer V-ing" is not "going on" (the negation checks read it)."""
    wa, wb = a.words, b.words
    if _ENDS_AN_ACT.isdisjoint(wa) and _ENDS_AN_ACT.isdisjoint(wb):
        return False
    i, j = common_ends(list(wa), list(wb))
    if not j or not wa[len(wa) - j].endswith("ing"):
        return False
    ma, mb = wa[i : len(wa) - j], wb[i : len(wb) - j]
    if not ma or not mb or len(ma) > _SPAN or len(mb) > _SPAN:
        return False
    return (_stopped(ma) and _going_on(mb)) or (_stopped(mb) and _going_on(ma))


def state_mismatch(a: Parsed, b: Parsed) -> bool:
    """A condition has ended on one side and is kept on the other, at the one place where
    the two differ ("My son outgrew his milk allergy" / "My son still has his milk allergy",
    "got over" / "still has", "no longer has" / "has"): one is asked about a condition he
    lives with, the other about one gone.

    Limits: the ended side must say an ending word there ("outgrew", "recovered", "got
    over", "grew out of", "no longer", "used to") and the kept side a keeping word
    ("still", "has", "suffers", "lives with"), neither side both; two endings ("outgrew" /
    "grew out of") or two keepings ("still has" / "still suffers from") pass.

    Also read (ordinary pass 21): one side adds a clause that ends the condition ("that",
    "which" or "but" followed within four words by an ending word: "resolved", "went away",
    "cleared up", "disappeared", "outgrew", ...; not "used to", a use in "that can be used
    to") where the other says no ending word, with
    or without a keeping word ("if my dog has a heart murmur" / "if my dog had a heart murmur
    that resolved as a puppy"); that side's place may run to ten words, the other's six. An
    ending word outside such a clause ("a murmur resolved by surgery") is read as before.

    Also read (hardening pass 5): a course finished ("finished treatment", "completed
    chemo") against one kept ("am still on treatment", "undergoing chemo"), at a place of up
    to eight words each side ("had Lyme disease and finished treatment" / "have Lyme
    disease and am still on treatment").

    Also read (hardening pass 29): an act stopped against one going on, said of the same
    "-ing" verb right after the place ("a player who is bleeding" / "a player who has
    stopped bleeding", "who is smoking" / "who has quit smoking", "is still paying" / "gave
    up paying"), see ``_stopped_against_ongoing``."""
    if _clause_ended(a, b) or _stopped_against_ongoing(a, b):
        return True
    place = _place(a, b, _ENDING, _STATE_PLACE_SPAN)
    if place is None:
        return False
    ma, mb, _ = place
    end_a, end_b = _ended(ma), _ended(mb)
    keep_a, keep_b = _kept(ma), _kept(mb)
    return (end_a and not keep_a and keep_b and not end_b) or (
        end_b and not keep_b and keep_a and not end_a
    )


def refused_act(a: Parsed, b: Parsed) -> bool:
    """One side refuses (or fails, forgets, declines, neglects) to do an act the other side
    says done, and nothing else differs ("after I fixed the damage" / "after I refused to
    fix the damage", "I paid the fine" / "I failed to pay the fine"): the refusal verbs are
    counted as a negation only against a negation on the other side (`rules`), so an added
    refusal with no negation opposite went unread.

    Limits: the refusal verb must be followed by "to" and the verb of the other side (in any
    form: the same canonical word), and the rest of both sides must be the same content
    words in the same order; "refused to pay" / "didn't pay" (a negation opposite) and
    "refused to pay" / "declined to pay" (a refusal on both sides) are not read here."""
    if _REFUSING.isdisjoint(a.words) and _REFUSING.isdisjoint(b.words):
        return False
    if _negations(a) != _negations(b):
        return False  # a negation opposite: `rules.negation_mismatch` reads refusals against it
    ka = list(zip(a.words, a.canon, strict=True))
    kb = list(zip(b.words, b.canon, strict=True))
    for x, y in ((ka, kb), (kb, ka)):
        for k in range(len(x) - 2):
            w, nxt, verb = x[k][0], x[k + 1][0], x[k + 2][1]
            if w not in _REFUSING or nxt != "to" or not verb:
                continue
            rest = [c for c in (x[:k] + x[k + 2 :]) if c[1]]
            other = [c for c in y if c[1]]
            if [c for _, c in rest] == [c for _, c in other] and _REFUSING.isdisjoint(
                w for w, _ in y
            ):
                return True
    return False


def _negations(p: Parsed) -> int:
    return sum(1 for w in p.words if w in lx.NEGATIONS)


_I = re.IGNORECASE
# "my rental house", "our rented condo", "a leased car", "my rental": a thing let or hired,
# held by the asker as a tenant or let by the asker to tenants
_RENTAL = re.compile(
    r"\b(my|our|a|an|the|this)\s+(?:vacation\s+)?(?:rental|rented|leased)\b(?:\s+([a-z]+))?", _I
)
# "my own house", "our own home": a thing the asker owns and uses
_OWNED = re.compile(r"\b(my|our)\s+own\s+([a-z]+)", _I)
_RENT_WORD = re.compile(r"\b(?:rent\w*|lease\w*|let(?:s|ting)?\s+out|landlord\w*|tenan\w*)", _I)


_RENT_STEMS = ("rent", "leas")


def _word_before(text: str, start: int) -> str:
    words = text[:start].lower().split()
    return words[-1].strip(",;:") if words else ""


def rental_against_owned(cached: str, incoming: str) -> bool:
    """A rented or let thing ("my rental house", "a leased car", "my rental") on one side,
    the asker's own ("my own house") on the other, at the same place: "Is it legal to put a
    little free library in front of my rental house?" / "... in front of my own house?", "a
    minor accident with my rental" / "with my own car". A tenant's or a landlord's rights
    and duties (a lease, the owner's consent, a rental's taxes) come in on one side only.

    Limits: "my / our own X" only ("my house" may be rented too); the own side must say no
    word of renting, leasing, letting out, a landlord or a tenant; the two places must
    follow the same word ("in front of my rental house" / "in front of my own house") or
    name the same thing ("my rental cabin" / "our own cabin")."""
    la, lb = cached.lower(), incoming.lower()
    if not (("own" in la or "own" in lb) and any(w in la or w in lb for w in _RENT_STEMS)):
        return False
    for x, y in ((cached, incoming), (incoming, cached)):
        if _RENT_WORD.search(y):
            continue
        owned = list(_OWNED.finditer(y))
        if not owned:
            continue
        for r in _RENTAL.finditer(x):
            before = _word_before(x, r.start())
            thing = (r.group(2) or "").lower()
            for o in owned:
                if _word_before(y, o.start()) == before or o.group(2).lower() == thing:
                    return True
    return False
