"""Judgment checks: the judgment a question asks for ("Is it rude to X" / "Is it okay to
X"), and whether something is allowed, needed or forbidden."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

# Judgments a question asks for ("Is it rude to X" / "Is it okay to X"): one class per
# judgment, its other words folded in (`askframes` writes "acceptable" / "impolite" one way)
_JUDGMENT_CLASS = {
    "okay": "okay",
    "ok": "okay",
    "acceptable": "okay",
    "appropriate": "okay",
    "inappropriate": "inappropriate",
    "alright": "okay",
    "fair": "fair",
    "reasonable": "fair",
    "unfair": "unfair",
    "rude": "rude",
    "impolite": "rude",
    "polite": "polite",
    "legal": "legal",
    "lawful": "legal",
    "illegal": "illegal",
    "unlawful": "illegal",
    "normal": "normal",
    "common": "common",  # `askframes` writes "Is it usual (typical) for X to V" with it
    "weird": "weird",
    "strange": "weird",
    "ethical": "ethical",
    "unethical": "unethical",
}
_BAD_JUDGMENTS = frozenset(("unfair", "rude", "illegal", "weird", "unethical", "inappropriate"))


# A permission ("Can I V", "Is X allowed to V") is not a need ("Is X required to V", "Do I
# need X") nor a ban ("Is V-ing banned"): each only on one side
_PERMITTED = frozenset(("allowed", "permitted"))
_NEEDED = frozenset(
    ("required", "necessary", "mandatory", "compulsory", "need", "needs", "needed", "must")
)


_FORBIDDEN = frozenset(("banned", "forbidden", "prohibited", "illegal", "outlawed"))


def _modality(p: Parsed) -> tuple[bool, bool]:
    words = p.words
    permit = (bool(words) and words[0] in ("can", "may")) or not _PERMITTED.isdisjoint(words)
    return permit, not (_NEEDED.isdisjoint(words) and _FORBIDDEN.isdisjoint(words))


# "Is it healthy to V" asks whether V does one good, "Can I V" (or "Is it okay to V", which
# `procedures` writes "Can I V") asks a leave: "Is it okay to text my ex" / "Is it healthy to
# text my ex"
_HEALTHY_ASK = ("is", "it", "healthy", "to")
_LEAVE_OPENINGS = frozenset((("can", "i"), ("can", "you"), ("can", "we"), ("may", "i")))


def _healthy_for_leave(a: Parsed, b: Parsed) -> bool:
    return a.words[:4] == _HEALTHY_ASK and b.words[:2] in _LEAVE_OPENINGS


def judgment_mismatch(a: Parsed, b: Parsed) -> bool:
    """Another judgment asked for ("Is it okay to X" / "Is it rude to X"), or a bad one on
    one side only ("Can I ask for X" / "Is it rude to ask for X"), or a permission for a
    need ("Can I park here" / "Is parking required here")."""
    if _healthy_for_leave(a, b) or _healthy_for_leave(b, a):
        return True
    if _law_for_advice(a, b) or _law_for_advice(b, a) or doer_mismatch(a, b):
        return True
    pa, na = _modality(a)
    pb, nb = _modality(b)
    if (pa and not na and nb and not pb) or (pb and not nb and na and not pa):
        return True
    ja = {_JUDGMENT_CLASS[w] for w in a.words if w in _JUDGMENT_CLASS}
    jb = {_JUDGMENT_CLASS[w] for w in b.words if w in _JUDGMENT_CLASS}
    if ja == jb:
        return False
    return bool(ja and jb) or not _BAD_JUDGMENTS.isdisjoint(ja | jb)


# The law asked ("Is it legal to V", "Am I allowed to V", "Can I legally V") is not advice
# ("Should I V", "Is it wise to V"): what one may do is not what one had better do
_LAW = frozenset(
    ("legal", "legally", "illegal", "lawful", "lawfully", "unlawful", "allowed", "permitted")
)
_ADVICE = frozenset(("wise", "advisable", "smart", "sensible", "worth", "worthwhile"))


def _advice(words: tuple[str, ...]) -> bool:
    if words[:1] == ("should",):
        return True
    if words[:2] != ("is", "it") or len(words) < 3:
        return False
    return words[2] in _ADVICE or words[2:5] == ("a", "good", "idea")


def _law_for_advice(a: Parsed, b: Parsed) -> bool:
    return (
        not _LAW.isdisjoint(a.words)
        and not _advice(a.words)
        and _advice(b.words)
        and _LAW.isdisjoint(b.words)
    )


# Who does the act a leave is asked for: the asker ("Can I legally V", "Is it legal for me
# to V", "Am I allowed to V") or another ("Is it legal for my boss to V", "Can they V"). A
# generic doer ("Is it legal to V", "Can you V", "Can someone V") and a passive ("Can I be
# fired for V") name none.
_ASKERS = {"i": "i", "me": "i", "we": "we", "us": "we"}
_NO_DOER = frozenset("you one someone somebody anyone anybody people it there this that".split())
_DETERMINERS = frozenset("my the his her their our your a an".split())
_BY_THE_WAY = frozenset("legally lawfully still really actually even also ever".split())
_PASSIVE = frozenset(("be", "get", "been"))
_LEAVE_WORDS = frozenset(("allowed", "permitted"))


def _doer(words: tuple[str, ...]) -> str | None:
    if len(words) < 4:
        return None
    if words[0] in ("can", "could", "may"):
        k = 1
    elif words[:2] == ("is", "it") and words[3] == "for" and words[2] in _JUDGMENT_CLASS:
        k = 4
    elif words[0] in ("am", "is", "are") and any(
        words[i] in _LEAVE_WORDS and words[i + 1] == "to" for i in (2, 3)
    ):
        k = 1  # "Is my boss allowed to V", not "Is a calculator allowed on X"
    else:
        return None
    if k >= len(words):
        return None
    who = words[k]
    j = k + 2 if who in _DETERMINERS else k + 1
    while j < len(words) and words[j] in _BY_THE_WAY | {"to"}:
        j += 1
    if j < len(words) and words[j] in _PASSIVE:
        return None
    if who in _ASKERS:
        return _ASKERS[who]
    return None if who in _NO_DOER else "other"


def doer_mismatch(a: Parsed, b: Parsed) -> bool:
    """A leave asked for the asker on one side and for another on the other ("Can I legally
    record a call" / "Is it legal for my boss to record a call", "Can we legally park here"
    / "Can they legally park here"): the law differs by who acts."""
    da, db = _doer(a.words), _doer(b.words)
    if da is None or db is None or da == db or "other" not in (da, db):
        return False
    return not (_LAW.isdisjoint(a.words) and _LAW.isdisjoint(b.words)) or (
        a.words[2:] == b.words[2:]
    )


# Acceptability ("Is it okay to V") is not the law ("Is it legal to V"): `procedures` writes
# the first "Can you (I) V", as one may write the second, so only the prompts as given tell
_OKAY_RE = re.compile(
    r"^\s*(?:is|would)\s+it\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|acceptable|fine)\b", re.I
)
_LAW_RE = re.compile(r"\b(?:il)?legal(?:ly)?\b|\b(?:un)?lawful(?:ly)?\b|\bthe\s+law\b", re.I)


def okay_for_law(cached: str, incoming: str) -> bool:
    """One prompt, as given, asks whether V is okay and the other whether it is legal ("Is
    it okay to record my boss" / "Is it legal to record my boss")."""
    oa, ob = bool(_OKAY_RE.match(cached)), bool(_OKAY_RE.match(incoming))
    if oa == ob:
        return False
    return bool(_LAW_RE.search(incoming if oa else cached)) and not _LAW_RE.search(
        cached if oa else incoming
    )


_HAVE = frozenset(("have", "having", "make", "making"))
_NOUN_PHRASE = 4  # words at most between "have" and the bare verb


def arranged_act(a: Parsed, b: Parsed) -> bool:
    """One side asks about the asker having (making) people do something, the other
    about those people doing it on their own ("Is it rude to have the guests bring a dish?"
    / "Would the guests bringing a dish be considered rude?"): the asker's request is judged
    on one side, the guests' own act on the other. Limits: the same words between "have"
    and the verb on both sides and the verb said bare against its "-ing" form; "having the
    guests bring" / "have the guests bring" and "ask the guests to bring" are not read, nor
    "let" ("Is it okay to let my dog sleep in my bed?" / "Is my dog sleeping in my bed
    okay?" ask whether the asker may allow it either way)."""
    if _HAVE.isdisjoint(a.words) and _HAVE.isdisjoint(b.words):
        return False
    return _arranged_act(a.words, b.words) or _arranged_act(b.words, a.words)


def _arranged_act(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    for h, w in enumerate(x):
        if w not in _HAVE:
            continue
        for k in range(h + 2, min(h + 2 + _NOUN_PHRASE, len(x))):
            phrase, verb = x[h + 1 : k], x[k]
            for j in range(len(y) - len(phrase)):
                if y[j : j + len(phrase)] != phrase or (j and y[j - 1] in _HAVE):
                    continue
                if _gerund_of(y[j + len(phrase)], verb):
                    return True
    return False


def _gerund_of(word: str, verb: str) -> bool:
    """``word`` is the "-ing" form of ``verb`` ("bringing" / "bring", "making" / "make",
    "getting" / "get")."""
    if len(verb) < 2 or not word.endswith("ing"):
        return False
    return word[:-3] in (verb, verb[:-1], verb + verb[-1])


_OWN = frozenset(("have", "own", "keep"))
_OWNING = frozenset(("have", "has", "having", "own", "owns", "owning", "owner", "keep", "keeping"))
_OWNED_DETERMINERS = frozenset(("a", "an", "two", "three", "more", "another", "pet", "pets"))
# Animals, which act on their own: "a dog" judged is how dogs behave. A thing one has
# ("a cash bar", "a kids table") judged is the having of it (labelled duplicates).
_ANIMALS = frozenset(
    (
        "dog dogs puppy cat cats kitten snake snakes parrot parrots bird birds rabbit rabbits "
        "hamster hamsters ferret ferrets lizard lizards horse horses pig pigs goat goats "
        "chicken chickens spider spiders tarantula tarantulas rat rats mouse mice turtle "
        "turtles tortoise fish goldfish iguana gecko cockatoo budgie hedgehog chinchilla"
    ).split()
)


def owned_judged(a: Parsed, b: Parsed) -> bool:
    """One side judges owning an animal ("Is it weird to have a dog?", "Is it dangerous to
    keep a snake?"), the other the animal itself ("Is a dog weird?", "Are snakes
    dangerous?"): the asker's keeping one against how the animal behaves or is.

    Limits: only "it ADJ to have / own / keep a N" (an article or a count before the
    noun) with N an animal of ``_ANIMALS`` (a thing one has, "Is it tacky to have a cash
    bar?" / "Is a cash bar tacky?", is judged as had either way), the same adjective and
    the noun (its canonical form) on the other side, which says no "have" / "own" / "keep"
    / "owning" of its own ("Is having a dog weird?" is the same question). The adjective
    is the word right before "to"."""
    return _owned_judged(a, b) or _owned_judged(b, a)


def _owned_judged(x: Parsed, y: Parsed) -> bool:
    w = x.words
    if _OWN.isdisjoint(w) or not _OWNING.isdisjoint(y.words):
        return False
    for k in range(2, len(w) - 2):
        if w[k] not in _OWN or w[k - 1] != "to" or w[k + 1] not in _OWNED_DETERMINERS:
            continue
        if "it" not in w[max(0, k - 5) : k - 2]:
            continue
        adjective, noun = w[k - 2], x.canon[k + 2]
        if w[k + 2] in _ANIMALS and adjective in y.words and noun in y.canon:
            return True
    return False
