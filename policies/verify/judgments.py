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
        words[i] in _LEAVE_WORDS and words[i + 1] == "to" for i in (2, 3) if i + 1 < len(words)
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


# What an opening asks of the act ("Is it possible to V", "Is it likely to V", "How common
# is it to V", "What are the chances of V-ing"): whether it can happen at all, how probably,
# how often, whether it is normal, safe, legal, needed, worth it or easy. Each is one class,
# its opposite and its degree question folded in ("Is it hard to V" / "How easy is it to V").
_ASKED_CLASS = {
    **dict.fromkeys(("possible", "impossible", "feasible"), "possible"),
    **dict.fromkeys(
        ("likely", "unlikely", "probable", "improbable", "chances", "odds", "likelihood"), "likely"
    ),
    **dict.fromkeys(("common", "uncommon", "usual", "unusual", "typical", "rare"), "common"),
    **dict.fromkeys(("normal", "abnormal"), "normal"),
    **dict.fromkeys(("safe", "unsafe", "dangerous", "risky"), "safe"),
    **dict.fromkeys(("legal", "illegal", "lawful", "unlawful"), "legal"),
    **dict.fromkeys(("necessary", "unnecessary", "essential"), "necessary"),
    **dict.fromkeys(("required", "mandatory", "compulsory"), "required"),
    **dict.fromkeys(("okay", "ok", "alright", "acceptable", "fine"), "okay"),
    **dict.fromkeys(("worth", "worthwhile"), "worth"),
    **dict.fromkeys(("easy", "hard", "difficult"), "ease"),
}
_ASKED_WORDS = "|".join(sorted(_ASKED_CLASS, key=len, reverse=True))
_BY_THE_WAY_RE = r"(?:(?:really|actually|even|still|ever|realistically|truly|also)\s+)?"
# a request, not what can be done: "Can you tell me whether it is likely to V"
_REQUEST_RE = (
    r"(?!\s+(?:please|tell|explain|help|give|show|list|recommend|suggest|describe|write"
    r"|check|find|provide|summari[sz]e|translate|make|create|let)\b)"
)
_ASKED_RE = re.compile(
    r"(?:^|[.?!,;:]\s*(?:(?:and|or|but|so)\s+)?)(?:"
    # "Is it (even) possible (for me) to V", "Is it likely that ...", "Is it worth it to V"
    rf"(?:is|was|would)\s+it\s+(?:be\s+)?{_BY_THE_WAY_RE}({_ASKED_WORDS})\b"
    rf"(?:\s+(?:and|or)\s+({_ASKED_WORDS})\b)?"
    # "Is frost possible this weekend", "Am I likely to V": said of a named subject, the
    # word right before a phrase or the end (not "Is a common cold contagious")
    rf"|(?:is|are|am|was|were)\s+(?:[\w'-]+\s+){{1,3}}?({_ASKED_WORDS})"
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:to|that|for|in|on|at|with|after|before|during|if|when|this"
    r"|these|here|now|today|anymore|again|yet|or|and|it)\b)"
    # "How likely is it (for me) to V", "How common are twins"
    rf"|how\s+({_ASKED_WORDS})\s+(?:is|are|was|were|would)\b"
    # "What are the chances (odds) of V-ing"
    r"|what\s+(?:are|is)\s+(?:the|my|your|our)\s+(chances|odds|likelihood)\b"
    # "Is there any chance to V": whether it can happen
    r"|is\s+there\s+(?:any\s+|a\s+)?(?:chance|possibility)\b"
    # "Can I V": what can be done, or a leave
    rf"|can\s+(?:i|we|one|you{_REQUEST_RE})\b|could\s+(?:i|we)\b"
    r")",
    re.I,
)
# Classes one answer serves: "Can I V" asks a possibility or a leave ("Is it possible /
# safe / legal / okay to V", "Is X required to V"); "Is that okay" / "Is that normal" of a
# state, "Is it normal" / "Is it common"; "okay" / "possible" / "safe" (`procedures` writes
# "Is it okay (safe) to V" as "Can I V" too)
_AGREE = frozenset(
    frozenset(pair.split("/"))
    for pair in (
        "can/possible can/safe can/legal can/okay can/required can/necessary "
        "okay/possible okay/safe okay/normal normal/common"
    ).split()
)


def _asked(text: str) -> frozenset[str]:
    """The classes the openings of ``text`` ask ("can" for "Can I", "Is there any chance")."""
    asked: set[str] = set()
    for m in _ASKED_RE.finditer(text):
        words = [g.lower() for g in m.groups() if g]
        asked.update(_ASKED_CLASS[w] for w in words)
        if not words:
            asked.add("can")
    return frozenset(asked)


def asked_predicate_mismatch(cached: str, incoming: str) -> bool:
    """The openings ask different things of one act or state: "Is it possible to V" (can
    it happen at all) / "Is it likely to V" (will it probably) / "Is it common (normal,
    safe, legal, necessary, required, worth it, easy) to V", "Is frost possible this
    weekend" / "Is frost likely this weekend", "Can I V" / "Am I likely to V". The
    classifier reads one predicate word for another as a paraphrase, and "possible" is a
    stopword. A degree question asks what its polar question asks ("How likely is it to V",
    "What are the chances of V-ing"), and so do the classes of ``_AGREE`` ("Can I V" /
    "Is there any chance to V" / "Is it possible to V", "Can I V" / "Is it legal to V").
    Every opening of a prompt counts: "Is it worth paying X, or can I V?" asks "Can I V"
    too.

    Limits: only an opening of the prompt or of a clause in it; a named subject only with
    the predicate word right before a phrase or the end ("Is a common cold contagious" is
    not read); the prompts as typed (a rewrite reads "Is it possible to V" as "Can I V");
    "Could X have V-ed", "Might X V" and "Should I V" are not read."""
    ca = _asked(cached)
    if not ca:
        return False
    cb = _asked(incoming)
    return bool(cb) and not any(x == y or frozenset((x, y)) in _AGREE for x in ca for y in cb)
