"""One wording for a few whole-prompt asks about a procedure or a pet's food (pure, precompiled).

Each is a closed frame around one thing X, matched on the whole prompt:

- applying for a document: "How do I apply for X" / "What's the process to get X" / "What
  is the application process for X" (X a visa, permit, passport, card...): not renewing or
  extending one, nor its requirements, cost or time, which stay other asks;
- a document's requirements: "What are the (eligibility) requirements for X" / "What do I
  need to qualify for X" / "Who is eligible for X";
- the process of doing V: "What's the process for filing X" / "How do I file X";
- moving between two places: "How do I move from X to Y" / "What's the process for moving
  from X to Y";
- a duration by its noun: "How long does X processing take" / "How long does X take to
  dry" / "What is the processing (drying, curing) time for X";
- a pet's food: "Can my dog eat X" / "Is it safe for dogs to eat X" / "Can dogs eat X", and
  "Is X safe for dogs" / "Can I give my dog X", with the species kept as said (a puppy is
  not a dog, nor a kitten a cat).
"""

from __future__ import annotations

import re

from policies.verify.words import first_match, stem

_I = re.IGNORECASE
_Q = r"\s*[?.!]?\s*$"
_WHAT_IS = r"what(?:'s|\s+is)"
_HOW = r"how\s+(?:do\s+i|can\s+i|should\s+i|to|does\s+one|do\s+you)"
# a document one applies for (the last word of X)
_DOC = r"(?:visa|permit|passport|card|citizenship|residency|residence|license|licence|status)"
_THING = rf"((?:an?\s+|the\s+)?[\w\- ]{{0,40}}?\b{_DOC})"

_APPLY_RES = (
    re.compile(
        rf"^\s*{_HOW}\s+(?:apply\s+for|get|obtain)\s+(?!rid\b|back\b|out\b|around\b){_THING}{_Q}",
        _I,
    ),
    re.compile(
        rf"^\s*{_WHAT_IS}\s+the\s+(?:process|procedure|steps?)\s+(?:to|for)\s+"
        rf"(?:get|getting|obtain|obtaining|apply\s+for|applying\s+for)\s+{_THING}{_Q}",
        _I,
    ),
    re.compile(rf"^\s*{_WHAT_IS}\s+the\s+application\s+process\s+for\s+{_THING}{_Q}", _I),
)
_REQUIRE_RES = (
    re.compile(
        rf"^\s*what\s+are\s+the\s+(?:eligibility\s+)?(?:requirements|criteria)\s+for\s+"
        rf"{_THING}{_Q}",
        _I,
    ),
    re.compile(rf"^\s*what\s+do\s+i\s+need\s+to\s+qualify\s+for\s+{_THING}{_Q}", _I),
    re.compile(rf"^\s*who\s+(?:is\s+eligible|qualifies)\s+for\s+{_THING}{_Q}", _I),
)

_PLACE = r"((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
_MOVE_RES = (
    re.compile(
        rf"^\s*(?i:{_HOW})\s+(?i:move|relocate)\s+(?i:from)\s+{_PLACE}\s+(?i:to)\s+{_PLACE}{_Q}"
    ),
    re.compile(
        rf"^\s*(?i:{_WHAT_IS}\s+the\s+process\s+(?:for|of)\s+(?:moving|relocating))\s+"
        rf"(?i:from)\s+{_PLACE}\s+(?i:to)\s+{_PLACE}{_Q}"
    ),
)

_NOUN_VERB = {"processing": "process", "drying": "dry", "curing": "cure", "cure": "cure"}
_X = r"((?:an?\s+|the\s+)?[\w\- ]{1,40}?)"
_DURATION_RES = (
    (re.compile(rf"^\s*how\s+long\s+does\s+{_X}\s+(processing)\s+take{_Q}", _I), 1, 2),
    (re.compile(rf"^\s*how\s+long\s+does\s+{_X}\s+take\s+to\s+(process|dry|cure){_Q}", _I), 1, 2),
    (
        re.compile(
            rf"^\s*{_WHAT_IS}\s+the\s+(processing|drying|curing|cure)\s+time\s+(?:for|of)\s+{_X}{_Q}",
            _I,
        ),
        2,
        1,
    ),
)

_PET = r"(dogs?|cats?|puppy|puppies|kittens?)"
_PLURAL = {"dog": "dogs", "cat": "cats", "puppy": "puppies", "kitten": "kittens"}
_FOOD = r"([\w\- ]{1,40}?)"
_EAT_RES = (
    re.compile(rf"^\s*can\s+(?:my|a)\s+{_PET}\s+(eat|drink)\s+{_FOOD}{_Q}", _I),
    re.compile(rf"^\s*can\s+{_PET}\s+(eat|drink)\s+{_FOOD}{_Q}", _I),
    re.compile(
        rf"^\s*is\s+it\s+(?:safe|ok|okay)\s+for\s+(?:my\s+|a\s+)?{_PET}\s+to\s+(eat|drink)\s+"
        rf"{_FOOD}{_Q}",
        _I,
    ),
)
_SAFE_RES = (
    (re.compile(rf"^\s*(?:is|are)\s+{_FOOD}\s+safe\s+for\s+(?:my\s+)?{_PET}{_Q}", _I), 1, 2),
    (re.compile(rf"^\s*can\s+i\s+give\s+(?:my\s+|a\s+)?{_PET}\s+{_FOOD}{_Q}", _I), 2, 1),
)
# round 64: the same with the pet after "to" ("Can I give ibuprofen to my dog for pain?" /
# "Can I give my dog ibuprofen for pain?"), a "for" tail kept after the thing given; not a
# pet's own food given to another ("Can I give my cat food to my dog?")
_GIVE_TO_RE = re.compile(
    r"^\s*can\s+i\s+give\s+(?!(?:my|our|a|an|the)\s+(?:dog|cat|pupp|kitten))"
    rf"{_FOOD}\s+to\s+(?:my\s+|a\s+)?{_PET}(\s+for\s+[\w\- ]{{1,40}}?)?{_Q}",
    _I,
)
# "give" a thing the pet does not take in (red team 6: "Can I give a haircut to my dog?" asks
# how to groom it, "Is a haircut safe for my dog?" whether to), nor the pet given away ("Can
# I give my dog to a shelter?", "... away", "... up for adoption"): as said, either frame
_NOT_TAKEN_IN = frozenset(
    """haircut haircuts cut trim trims shave bath baths shower wash groom grooming brush
    brushing manicure pedicure massage massages hug hugs kiss kisses cuddle cuddles rub rubs
    pat pats scratch scratches name names nickname home bed blanket toy toys ball collar
    leash harness muzzle cone sweater coat jacket crate kennel walk walks ride lift break rest
    timeout command commands lesson lessons training attention affection love space room
    chance try makeover tattoo piercing microchip tag bandana bow job task friend companion
    sibling shot shots injection injections""".split()
)
# a tail after the thing given ("a bath with flea shampoo", "a haircut for the summer")
_GIVEN_TAIL_RE = re.compile(
    r"\s+(?:for|with|after|before|at|in|on|when|if|during|every|once|twice)\b", _I
)
_GIVEN_AWAY_RE = re.compile(r"^(?:to|away|up|back|out)\b", _I)
# the pet after "to" inside the thing given: "Can I give cat food to my dog?" is no "give
# my cat X" ("Is food to my dog safe for cats?")
_TO_PET_RE = re.compile(rf"\bto\s+(?:(?:my|our|a|an|the)\s+)?{_PET}\b", _I)


def _taken_in(thing: str) -> bool:
    """Whether ``thing``, given to a pet, may be something it eats, drinks or takes as a
    medicine (not grooming, care, an object, a name ...)."""
    words = _GIVEN_TAIL_RE.split(thing, maxsplit=1)[0].split()
    return bool(words) and (
        words[-1].lower() not in _NOT_TAKEN_IN
        and not _GIVEN_AWAY_RE.match(thing)
        and not _TO_PET_RE.search(thing)
    )


# the best way to do V ("the best way to paint X" / "the best method for painting X")
_BEST_RE = re.compile(
    rf"^\s*{_WHAT_IS}\s+the\s+(best|easiest|safest|fastest|quickest)\s+"
    r"(?:way|method|approach|technique)\s+(?:to\s+([a-z]+)|(?:for|of)\s+([a-z]+ing))\s+(.{1,60}?)"
    + _Q,
    _I,
)
# "How often ... per day" / "How many times per day ..." (a rate already read as "per day")
_OFTEN_RE = re.compile(r"^\s*how\s+often\s+(.{1,80}?)\s+per\s+(day|week|month|year)" + _Q, _I)
# a dose: "How much X can I give a Y" / "What is the X dose for a Y"
_DOSE_RES = (
    re.compile(
        r"^\s*how\s+much\s+(\w+)\s+(?:can|should)\s+i\s+give\s+(?:to\s+)?(.{1,40}?)" + _Q, _I
    ),
    re.compile(rf"^\s*{_WHAT_IS}\s+the\s+(\w+)\s+(?:dose|dosage)\s+for\s+(.{{1,40}}?){_Q}", _I),
)
# a pet's daily food: "How much should X eat per day" / "How much food does X need per day"
_FEED_RES = (
    re.compile(r"^\s*how\s+much\s+should\s+(.{1,40}?)\s+eat\s+per\s+(day|week)" + _Q, _I),
    re.compile(
        r"^\s*how\s+much\s+food\s+(?:does|do|should)\s+(.{1,40}?)\s+(?:need|eat|get)\s+"
        r"per\s+(day|week)" + _Q,
        _I,
    ),
)
# a lifespan: "How long do X live" / "What is the lifespan (life expectancy) of X"
_LIFE_RE = re.compile(
    rf"^\s*{_WHAT_IS}\s+the\s+(?:average\s+)?(?:lifespan|life\s+expectancy)\s+of\s+"
    rf"(.{{1,40}}?){_Q}",
    _I,
)
# leave to do V: "Is it OK to V" / "Can I V"; the law on working ("Is it legal to work on
# a visa" / "Can I work on a visa")
_MAY_RE = re.compile(
    r"^\s*is\s+it\s+(?:ok|okay|alright|all\s+right)\s+(?:for\s+me\s+)?(?:to|2)\s+(?=[a-z])",
    _I,
)
_LEGAL_WORK_RE = re.compile(r"^\s*is\s+it\s+legal\s+(?:for\s+me\s+)?to\s+work\b", _I)


# who needs a visa to go where, the roles kept: "Does a US citizen need a visa to travel
# to Canada" / "Is a visa required for a US citizen traveling to Canada" / "Do US citizens
# need a visa to ..." / "(As a US citizen,) do I need a visa to ... (as a US citizen)"
_NAT = r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})"
_GO = r"(?i:(travel|traveling|travelling|visit|visiting|go|going|enter|entering)(\s+to)?)"
_DEST = r"((?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
_VISA_RES = (
    (
        re.compile(
            rf"^\s*(?i:does\s+an?)\s+{_NAT}\s+(?i:citizen)\s+(?i:need\s+a\s+visa\s+to)\s+"
            rf"{_GO}\s+{_DEST}{_Q}"
        ),
        1,
    ),
    (
        re.compile(
            rf"^\s*(?i:do)\s+{_NAT}\s+(?i:citizens)\s+(?i:need\s+a\s+visa\s+to)\s+{_GO}\s+"
            rf"{_DEST}{_Q}"
        ),
        1,
    ),
    (
        re.compile(
            rf"^\s*(?i:is\s+a\s+visa\s+(?:required|needed)\s+for\s+an?)\s+{_NAT}\s+"
            rf"(?i:citizen)\s+(?i:to\s+)?{_GO}\s+{_DEST}{_Q}"
        ),
        1,
    ),
    (
        re.compile(
            rf"^\s*(?i:do\s+i\s+need\s+a\s+visa\s+to)\s+{_GO}\s+{_DEST}\s+(?i:as\s+an?)\s+"
            rf"{_NAT}\s+(?i:citizen){_Q}"
        ),
        4,
    ),
    (
        re.compile(
            rf"^\s*(?i:as\s+an?)\s+{_NAT}\s+(?i:citizen)\s*,?\s*(?i:do\s+i\s+need\s+a\s+visa\s+to)"
            rf"\s+{_GO}\s+{_DEST}{_Q}"
        ),
        1,
    ),
)
_GO_BASE = {"traveling": "travel", "travelling": "travel", "visiting": "visit", "going": "go"}
_GO_BASE |= {"entering": "enter"}


def _visa_need(text: str) -> str | None:
    for pattern, nat in _VISA_RES:
        m = pattern.match(text)
        if m:
            go_at = 2 if nat == 1 else 1
            go = m.group(go_at).lower()
            go = _GO_BASE.get(go, go) + (" to" if m.group(go_at + 1) else "")
            dest = m.group(go_at + 2)
            return f"Does a {m.group(nat)} citizen need a visa to {go} {_article(dest)}?"
    return None


# the process of doing V: "What's the process for filing X" asks "How do I file X" (a
# document applied for is read by `_APPLY_RES` first; "the legal process" is another ask)
_PROCESS_RE = re.compile(
    rf"^\s*{_WHAT_IS}\s+the\s+(?:process|procedure)\s+(?:for|of)\s+([a-z]+ing)\s+"
    rf"(?=[a-z])(.{{1,100}}?){_Q}",
    _I,
)
# "What's the process to V X" asks "How do I V X" (not "the legal process": a kind of
# process is another ask)
_PROCESS_TO_RE = re.compile(
    rf"^\s*{_WHAT_IS}\s+the\s+(?:process|procedure)\s+to\s+(?=[a-z])([^?]{{1,100}}?){_Q}", _I
)
_VOWELS = frozenset("aeiou")


def base_verb(gerund: str) -> str:
    """The base form of a gerund, spelled well enough for `words.canonical` and the
    classifier ("filing" -> "file", "getting" -> "get", "suing" -> "sue", "changing" ->
    "change", "creating" -> "create", "hardening" -> "harden")."""
    base = gerund.lower()[:-3]
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
        return base[:-1]
    if len(base) <= 2:
        return base if base in ("do", "go", "be") else base + "e"
    if (
        base[-1] in "vcz"
        or base.endswith(_E_ALWAYS)
        or (len(base) >= 5 and base.endswith("ang"))
        or base == "creat"
    ):
        return base + "e"  # "sav", "reduc", "freez", "chang"
    end, before = base[-2:], base[-3]
    if end in _E_ENDS and before not in _VOWELS:
        return base + "e"  # "creat", "decid", "compil", "requir", "clos"
    if (
        len(base) <= 4
        and base[-1] not in _VOWELS
        and base[-1] not in "wxy"
        and base[-2] in _VOWELS
        and before not in _VOWELS
        and base[-2:] != "en"
    ):
        return base + "e"  # "fil" -> "file", "writ" -> "write"
    return base


# endings of a gerund's stem (after a consonant) that drop an "e" ("creat-ing")
_E_ENDS = frozenset("at ut ir ur ag id ib in ak ok ik ot il ul am om os is as".split())
_E_ALWAYS = ("rg", "dg", "iat", "uir", "ais")


_MINE_RE = re.compile(r"\b(?:(my|me|mine|myself)|(our|us|ours|ourselves))\b", _I)


def _may_subject(m: re.Match[str]) -> str:
    """ "Is it okay to V" asks "Can you V", "Can I V" when the rest says "my" ("Is it okay to
    bring my own cake" / "Can I bring my own cake"), "Can we V" when it says "our"."""
    mine = _MINE_RE.search(m.string, m.end())
    if mine is None:
        return "Can you "
    return "Can I " if mine.group(1) else "Can we "


def _article(x: str) -> str:
    """X without its leading article ("a green card" / "green card")."""
    return re.sub(r"^(?:an?|the)\s+", "", x.strip(), flags=_I)


def _species(word: str) -> str:
    w = word.lower()
    return _PLURAL.get(w, w)


def canonical_procedure(text: str) -> str:
    """``text`` in the one wording of its frame above, or itself."""
    if len(text) > 160:
        return text
    low = text.lower()
    if "apply" in low or "process" in low or "get" in low or "obtain" in low:
        if m := first_match(_APPLY_RES, text):
            return f"How do I apply for {_article(m.group(1))}?"
    if "require" in low or "qualif" in low or "eligib" in low or "criteria" in low:
        if m := first_match(_REQUIRE_RES, text):
            return f"What are the requirements for {_article(m.group(1))}?"
    if "mov" in low or "relocat" in low:
        if m := first_match(_MOVE_RES, text):
            return f"How do I move from {_article(m.group(1))} to {_article(m.group(2))}?"
    if "how long" in low or " time " in low:
        for pattern, thing_at, verb_at in _DURATION_RES:
            m = pattern.match(text)
            if m:
                v = m.group(verb_at).lower()
                v = _NOUN_VERB.get(v, v)
                return f"How long does {_article(m.group(thing_at))} take to {v}?"
    if "visa" in low and "citizen" in low:
        said = _visa_need(text)
        if said:
            return said
    if "best" in low or "easiest" in low or "safest" in low or "fast" in low or "quick" in low:
        m = _BEST_RE.match(text)
        if m:
            # a base verb as said; a gerund by its stem ("painting" / "paint")
            verb = m.group(2) or stem(m.group(3).lower())
            return f"What is the {m.group(1).lower()} way to {verb} {m.group(4)}?"
    if "often" in low:
        m = _OFTEN_RE.match(text)
        if m:
            return f"How many times per {m.group(2).lower()} {m.group(1)}?"
    if "give" in low or "dose" in low or "dosage" in low:
        if m := first_match(_DOSE_RES, text):
            return f"What is the {m.group(1)} dose for {_article(m.group(2))}?"
    if "eat" in low or "food" in low:
        if m := first_match(_FEED_RES, text):
            return f"How much food does {_article(m.group(1))} need per {m.group(2).lower()}?"
    if "life" in low:
        m = _LIFE_RE.match(text)
        if m:
            kind = m.group(1).strip()
            if kind != _article(kind) and not kind.endswith("s"):
                kind = _article(kind) + "s"  # "a golden retriever": "golden retrievers"
            return f"How long do {kind} live?"
    if "process" in low or "procedure" in low:
        m = _PROCESS_RE.match(text)
        if m:
            return f"How do I {base_verb(m.group(1))} {m.group(2)}?"
        m = _PROCESS_TO_RE.match(text)
        if m:
            return f"How do I {m.group(1)}?"
    if low.startswith("is it"):
        text = _MAY_RE.sub(_may_subject, text, count=1)
        text = _LEGAL_WORK_RE.sub("Can I work", text, count=1)
    if "dog" in low or "cat" in low or "pupp" in low or "kitten" in low:
        for pattern in _EAT_RES:
            m = pattern.match(text)
            if m:
                pet, verb, food = m.group(1), m.group(2).lower(), m.group(3)
                return f"Can {_species(pet)} {verb} {_article(food)}?"
        for pattern, food_at, pet_at in _SAFE_RES:
            m = pattern.match(text)
            if m and (food_at == 1 or _taken_in(m.group(food_at))):
                food, pet = m.group(food_at), m.group(pet_at)
                return f"Is {_article(food)} safe for {_species(pet)}?"
        if (m := _GIVE_TO_RE.match(text)) and _taken_in(m.group(1)):
            food = m.group(1) + (m.group(3) or "")
            return f"Is {_article(food)} safe for {_species(m.group(2))}?"
    return text
