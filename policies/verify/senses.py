"""Whose need, which sense of a preposition, who did what to whom: two prompts whose closed
phrases say the same words of other people or in another sense ("ask about" / "ask for",
"sue X over" / "sue X for" a person, "Who did X V" / "Who V-ed X")."""

from __future__ import annotations

import re

from policies.verify.lexicon import BASE_OF_PAST, IRREGULAR_VERBS
from policies.verify.procedures import base_verb

_I = re.IGNORECASE
# "Is a tutor necessary for X?" (`need_for_person`; `askframes` writes it "Do I need a tutor
# for X?" where X is no person)
NECESSARY_RE = re.compile(
    r"^\s*is\s+(an?\s+[\w\-]+)\s+(?:necessary|needed)\s+"
    r"(for\s+(?:the|my|a|an)\s+[^?.!,]{1,60}?)\s*\?\s*$",
    _I,
)

# A person as the head of a phrase: "for my husband" is whom a thing is for, "for
# a divorce" what it is for. Nouns of a doer ("-er", "-or", "-ist") count as people too
# ("the other driver", "my tutor"), but for a few things ("a layover", "a broken heater"): a
# thing read as a person only keeps its words
_PEOPLE = frozenset(
    """husband wife son daughter child children kid kids baby babies toddler ex partner
    boyfriend girlfriend friend friends mom dad mum mother father parents brother sister
    family spouse fiance fiancee nanny roommate flatmate boss coworker colleague client guest
    guests neighbor neighbour neighbors neighbours staff grandma grandpa grandmother
    grandfather grandparents aunt uncle cousin nephew niece
    landlord landlady doctor nurse coach team people someone somebody him her them me us
    myself himself herself themselves everyone anyone nobody attorney lawyer surgeon dentist
    physician ma pa sibling siblings twins twin grandson granddaughter grandchild
    grandchildren stepson stepdaughter stepmom stepdad in-laws inlaws tenant tenants client
    clients patient patients student students parent parents employee employees trainee
    attendant assistant applicant resident residents agent accountant consultant servant
    participant president opponent defendant plaintiff""".split()
)
# ... and the people a word list misses, said one word at a time ("my teen", "my MIL", "my
# son-in-law", "my fiancé") or as an age ("my 16 year old", "my 2-year-old", "my 5yo")
_PERSON_WORD_RE = re.compile(
    r"(?:teen(?:ager)?s?|grandkids?|grandbab(?:y|ies)|stepkids?|[a-z]+-in-laws?"
    r"|god(?:son|daughter|child)s?|godchildren|bf|gf|hubby|wifey|bro|sis|besties?|mil|fil|sil"
    r"|fianc[e\u00e9]e?s?|newborns?|infants?|preemies?|toddlers?|kids?|\d+yos?)"
)
_AGE_PERSON_RE = re.compile(r"\b\d+[- ]?(?:years?[- ]olds?|yos?)(?:'s\b|$)")
_PETS = frozenset(
    """dog dogs cat cats pet pets puppy puppies kitten kittens pup pups horse horses bird birds
    rabbit rabbits bunny hamster hamsters parrot fish""".split()
)
_DOER_ENDS = ("er", "ers", "or", "ors", "ist", "ists")
_THINGS_ENDING_AS_DOERS = frozenset(
    """water heater heaters computer trailer printer dryer washer freezer cover paper paperwork
    letter letters number order border center centre matter charger container speaker
    speakers river weather winter summer shower power tower folder layover leftover hangover
    fever floor door doors error errors mirror motor color colour tractor elevator generator
    monitor refrigerator radiator calculator behavior behaviour odor odour labor labour favor
    favour rumor tumor tremor humor honor harbor vapor sensor processor factor sector corridor
    liquor flavor dinner supper filter meter counter poster timer sticker rubber butter powder
    ladder shutter gutter gutters boiler cooler blender toaster router adapter trimmer mower
    scooter helmet chapter semester quarter register roster transfer offer disaster""".split()
)


def names_person(phrase: str, doers: bool = True) -> bool:
    """Whether ``phrase`` ("my husband", "the other driver", "my son's school"?) ends on a
    person; a possessive person ("my son's") counts as one too. Without ``doers`` a noun of
    a doer counts only when the word list has it ("a user" of a system is no person then)."""
    said = phrase.replace("\u2019", "'").split()
    if not said:
        return False
    words = [w.lower().strip(".,;:!?") for w in said]
    if _AGE_PERSON_RE.search(" ".join(words)):
        return True
    for w in words[1:]:
        if w.endswith("'s") and (
            w[:-2] in _PEOPLE
            or (doers and w[:-2].endswith(_DOER_ENDS))
            or _PERSON_WORD_RE.fullmatch(w[:-2])
        ):
            return True
    head, named = words[-1], said[-1]
    if (
        head in _PEOPLE
        or _PERSON_WORD_RE.fullmatch(head)
        or (named[1:].islower() and named[:1].isupper())
    ):
        return True
    return doers and head.endswith(_DOER_ENDS) and head not in _THINGS_ENDING_AS_DOERS


def person_or_pet(phrase: str) -> bool:
    """Whether ``phrase`` ends on a person (`names_person`, a doer only of the word list) or a
    pet ("my dog")."""
    said = phrase.split()
    return names_person(phrase, doers=False) or (
        bool(said) and said[-1].lower().strip(".,;:!?") in _PETS
    )


# which noun a complaint is about and which one it goes to, after "complain": "complain
# about my roommate to our landlord" / "complain to my roommate about our landlord"
_COMPLAIN_AT_RE = re.compile(r"\bcomplain", _I)
_COMPLAINT_NOUN_RE = re.compile(
    r"\b(about|to|with)\s+(?:(?:the|my|our|a|an|his|her|their|your|this|that)\s+)?"
    r"([\w\-]+)",
    _I,
)


def _complaint_nouns(text: str) -> dict[str, set[str]]:
    """The nouns after "about" and after "to" / "with" past the first "complain"."""
    out: dict[str, set[str]] = {"about": set(), "to": set()}
    if m := _COMPLAIN_AT_RE.search(text):
        for prep, noun in _COMPLAINT_NOUN_RE.findall(text[m.end() :].replace("\u2019", "'")):
            out["about" if prep.lower() == "about" else "to"].add(noun.lower())
    return out


# what a complaint is about, whom it is for, to whom it goes, from whom it comes
# (a second one a few words on counts too: "complaining about me to the landlord")
_PREPS = r"(about|against|over|regarding|for|to|with|from|by)"
_COMPLAINT_PREP_RE = re.compile(
    rf"\bcomplain(?:t|ts|ed|ing|s)?\s+{_PREPS}\s+(?:(?:[\w\-']+\s+){{1,4}}?{_PREPS}\s)?", _I
)
_PREP_SENSE = {
    "about": "about",
    "against": "about",
    "over": "about",
    "regarding": "about",
    "for": "for",
    "to": "to",
    "with": "to",
    "from": "from",
    "by": "from",
}

# "Who did X V?" / "Who was V-ed by X?" (a whole prompt, a regular verb: an irregular one
# keeps its words)
_WHO_DID_RE = re.compile(
    r"^\s*who\s+did\s+((?:the|my|our|your|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)"
    r"\s+([a-z]{2,})\s*\?\s*$",
    _I,
)
_VOWEL = "aeiou"
_IRREGULAR = {base: part for base, _, part in IRREGULAR_VERBS} | {
    verb: verb[-1].join((verb, "ed"))  # regular, the last consonant doubled ("referred")
    for verb in """refer prefer transfer admit commit submit permit omit control patrol compel
    expel regret""".split()
}


_BASE_OF = {form: verb for verb, form in _IRREGULAR.items() if form != verb}


def base_of(participle: str) -> str | None:
    """The verb whose past participle ``participle`` is ("banned" -> "ban", "sued" ->
    "sue", "cancelled" -> "cancel"), or None."""
    if participle in _BASE_OF:
        return _BASE_OF[participle]
    if participle in _IRREGULAR:
        return participle
    if not participle.endswith("ed") or len(participle) < 4:
        return None
    stem = participle[:-2]
    if len(stem) >= 6 and stem.endswith("ell"):
        return stem[:-1]  # "cancelled", "travelled"
    if len(stem) > 2 and stem.endswith("i") and stem[-2] not in _VOWEL:
        return stem[:-1] + "y"  # "bullied"
    return base_verb(stem + "ing")


_WHO_VED_RE = re.compile(
    r"^\s*who\s+([a-z]{3,})\s+((?:the|my|our|your|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)"
    r"\s*\?\s*$",
    _I,
)


def who_did_swap(cached: str, incoming: str) -> bool:
    """ "Who did X V?" (X the doer) on one side, "Who V-ed X?" (X the one done to) on the
    other: the roles traded ("Who did the carrier cancel" / "Who cancelled the carrier"); a
    particle or a tail kept ("Who did the manager write up after the shift?" / "Who wrote up
    the manager after the shift?")."""
    for one, other in ((cached, incoming), (incoming, cached)):
        did, ved = _WHO_DID_RE.match(one), _WHO_VED_RE.match(other)
        if did is None or ved is None:
            continue
        if " ".join(did.group(1).lower().split()) != " ".join(ved.group(2).lower().split()):
            continue
        if base_of(ved.group(1).lower()) == did.group(2).lower():
            return True
    if "who" not in cached.lower() or "who" not in incoming.lower():
        return False
    wa, wb = _WHO_WORDS_RE.findall(cached.lower()), _WHO_WORDS_RE.findall(incoming.lower())
    return _who_did_tail(wa, wb) or _who_did_tail(wb, wa)


_WHO_WORDS_RE = re.compile(r"[a-z\-']+")
_NP_DET = frozenset("the my our your his her their a an".split())
# "Who did the Lakers play" / "Who played the Lakers": either side plays the other
_MUTUAL = frozenset("play meet marry date face fight draw tie divorce debate race wrestle".split())


def _who_did_tail(did: list[str], ved: list[str]) -> bool:
    """ "who did NP V REST" against "who V-ed REST" with NP put back among REST."""
    if len(did) < 5 or len(ved) < 4 or did[:2] != ["who", "did"] or ved[0] != "who":
        return False
    if did[2] not in _NP_DET:
        return False
    past = ved[1]
    verb = BASE_OF_PAST.get(past) or base_of(past)
    if verb is None or verb in _MUTUAL:
        return False
    for k in (4, 5):
        if k >= len(did) or did[k] != verb:
            continue
        np, rest = did[2:k], did[k + 1 :]
        for at in range(len(rest) + 1):
            if (
                ved[2 + at : 2 + at + len(np)] == np
                and ved[2:][:at] + ved[2 + at + len(np) :] == rest
            ):
                return True
    return False


_NEED_FOR_RE = re.compile(
    r"^\s*do\s+(?:i|we)\s+need\s+(an?\s+[\w\-]+)\s+(for\s+[^?.!,]{1,60}?)\s*\?\s*$", _I
)


# "ask (X) about Y" inquires, "ask (X) for Y" requests
_ASK_PREP_RE = re.compile(
    r"\bask(?:s|ed|ing)?\s+(?:(?:my|the|your|our|his|her|their)\s+[\w\-]+\s+"
    r"|(?:him|her|them|me|you|us)\s+)?(about|for)\b",
    _I,
)
_SUE_PREP_RE = re.compile(
    r"\bsu(?:e|es|ed|ing)\s+([^?.!,;]{1,40}?)\s+(for|over)\s+([^?.!,;]{1,60})", _I
)


def sense_mismatch(cached: str, incoming: str) -> bool:
    """A need said of another person on one side only (`need_for_person`), an ask about a
    thing on one side and for it on the other ("Can I ask about a raise"), a suit over a
    person on one side and for (on behalf of) them on the other ("sue the daycare over my
    daughter" / "for my daughter"), or a complaint about X on one side and for (to, from) X
    on the other ("How do I file a complaint about my neighbor" / "... for my neighbor")."""
    if "su" in cached and "su" in incoming:
        ma, mb = _SUE_PREP_RE.search(cached), _SUE_PREP_RE.search(incoming)
        if (
            ma is not None
            and mb is not None
            and ma.group(2).lower() != mb.group(2).lower()
            and (names_person(ma.group(3)) or names_person(mb.group(3)))
        ):
            return True
    if "ask" in cached and "ask" in incoming:
        asked_a = {m.lower() for m in _ASK_PREP_RE.findall(cached)}
        asked_b = {m.lower() for m in _ASK_PREP_RE.findall(incoming)}
        if asked_a and asked_b and asked_a.isdisjoint(asked_b):
            return True
    if "complain" in cached and "complain" in incoming:
        about_a = {
            _PREP_SENSE[w.lower()] for m in _COMPLAINT_PREP_RE.findall(cached) for w in m if w
        }
        about_b = {
            _PREP_SENSE[w.lower()] for m in _COMPLAINT_PREP_RE.findall(incoming) for w in m if w
        }
        # (a complaint about X is no complaint for X or to X; the one it comes from may be
        # said either way: "The client complained about my manager" / "... a complaint from
        # the client")
        for one, other in ((about_a, about_b), (about_b, about_a)):
            if "about" in one and "about" not in other and not other.isdisjoint(("for", "to")):
                return True
        # (the noun complained about on one side, the one complained to on the other)
        nouns_a, nouns_b = _complaint_nouns(cached), _complaint_nouns(incoming)
        if not nouns_a["about"].isdisjoint(nouns_b["to"]) or not nouns_b["about"].isdisjoint(
            nouns_a["to"]
        ):
            return True
    return need_for_person(cached, incoming)


def need_for_person(cached: str, incoming: str) -> bool:
    """ "Is a lawyer necessary for my ex?" (her need) on one side, "Do I need a lawyer for my
    ex?" (mine, about her) on the other: whose need differs."""
    for one, other in ((cached, incoming), (incoming, cached)):
        if "ecessary" not in one and "needed" not in one:
            continue
        if (is_m := NECESSARY_RE.match(one)) and (do_m := _NEED_FOR_RE.match(other)):
            said = " ".join(is_m.group(2).lower().split())
            if said == " ".join(do_m.group(2).lower().split()) and names_person(said[4:]):
                return True
    return False
