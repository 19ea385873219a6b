"""Role pass 33 (rounds 107-109): two readings that leave out a word the trade does not turn on.

``adverb_dropped``: an adverb said on both sides hides a relative clause's subject and object
traded ("a guy who still owes the utility company" / "a guy the utility company still owes",
"a coach who already paid the league" / "a coach that the league already paid"): both sides are
read again without it. ``mine_said_me``: a preposition's "mine" (a thing of the asker's) read as
"me" where the other side strands the same preposition after "I" ("the unit I'm leaking into" /
"the unit that's leaking into mine": the one leaking and the one leaked into traded).
``clause_dropped``: a trailing "while / when / because" clause whose subject changes as the
trade requires ("How do I stop a trainer from staring at me while I work out?" / "How do I stop
staring at a trainer while he works out?"): both sides read without it; role pass 144: or with
the asker its subject on both sides and its verb the same, the rest said another way ("...
stolen while I'm trying on others" / "... while I'm trying it on"). ``gerund_said_to``:
"want him V-ing" read as "want him to V" where the other side says "to V" ("I don't want him
pacing me" / "I don't want to pace him"), for the wanted readers. ``perfect_dropped`` (role pass
88): a perfect's "have" said on one side only left out ("when a booker badmouths me" / "when
I've badmouthed a booker"). ``own_dropped`` (role pass 100): an emphatic "own" after an owner
said on one side only left out where the other side says the same owner before the same noun
("put the ball into our own in-goal" / "... into our in-goal": the owner is the same)."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.roles.voiced import _stem
from policies.verify.text import Parsed, parse

_ADVERBS = frozenset("still also already just always never really currently now even".split())
_MARKS = frozenset(("who", "that", "whom", "which"))


def adverb_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if a.words == b.words or _MARKS.isdisjoint(a.words + b.words):
        return None
    both = _ADVERBS.intersection(a.words) & _ADVERBS.intersection(b.words)
    if not both or a.words.count(next(iter(both))) != b.words.count(next(iter(both))):
        return None
    pattern = re.compile(r"\b(?:" + "|".join(sorted(both)) + r")\s+", re.IGNORECASE)
    xa, xb = pattern.sub("", a.source), pattern.sub("", b.source)
    if xa == a.source or xb == b.source:
        return None
    return parse(xa), parse(xb)


_PREPS = "into|onto|from|to|with|against|under|over|behind|on|at"
_MINE_RE = re.compile(rf"\b({_PREPS}) mine\b", re.IGNORECASE)


def mine_said_me(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "mine" not in x.words or "mine" in y.words or "i" not in y.words:
            continue
        m = _MINE_RE.search(x.source)
        if m is None or m.group(1).lower() not in y.words:
            continue
        said = parse(x.source[: m.end(1)] + " me" + x.source[m.end() :])
        return (y, said) if flip else (said, y)
    return None


_CLAUSE_RE = re.compile(
    r",?\s*\b(?:while|when|whenever|because|since|as|after|before) (i|he|she|they|we) "
    r"([a-z']+)([^.?!;,]*)",
    re.IGNORECASE,
)
# role pass 144: the asker's own trailing clause, "I'm / I am" kept apart from the verb
_ASKER_CLAUSE_RE = re.compile(
    r",?\s*\b(?:while|when|whenever|because|since|as|after|before) i('m| am|) "
    r"([a-z']+)([^.?!;,]*)",
    re.IGNORECASE,
)


_CLAUSE_WORDS = frozenset("while when whenever because since as after before".split())


def clause_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _CLAUSE_WORDS.isdisjoint(a.words) or _CLAUSE_WORDS.isdisjoint(b.words):
        return None
    ma, mb = _CLAUSE_RE.search(a.source), _CLAUSE_RE.search(b.source)
    if ma is None or mb is None:
        return _asker_clause_dropped(a, b)
    if ma.group(1).lower() == mb.group(1).lower() or ma.group(3).lower() != mb.group(3).lower():
        return _asker_clause_dropped(a, b)
    va, vb = ma.group(2).lower(), mb.group(2).lower()
    if _stem(va) != _stem(vb):
        return None  # the same verb, agreeing with its subject ("work" / "works")
    xa = a.source[: ma.start()] + a.source[ma.end() :]
    xb = b.source[: mb.start()] + b.source[mb.end() :]
    if xa.lower() == xb.lower():
        return None
    return parse(xa), parse(xb)


def _asker_clause_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 144: the asker's trailing clause on both sides, the same "I('m)" and verb, the
    rest said another way ("while I'm trying on others" / "while I'm trying it on"): both sides
    read without it, the trade read before the clause."""
    ma, mb = _ASKER_CLAUSE_RE.search(a.source), _ASKER_CLAUSE_RE.search(b.source)
    if ma is None or mb is None or ma.group(1).lower() != mb.group(1).lower():
        return None
    if _stem(ma.group(2).lower()) != _stem(mb.group(2).lower()):
        return None
    if ma.group(3).lower() == mb.group(3).lower():
        return None
    xa = a.source[: ma.start()] + a.source[ma.end() :]
    xb = b.source[: mb.start()] + b.source[mb.end() :]
    if xa.lower() == xb.lower():
        return None
    return parse(xa), parse(xb)


_WANT_ING_RE = re.compile(
    r"\b((?:want|wants|wanted|need|needs|like|likes|hate|hates|love|loves|prefer|prefers) "
    r"(?:him|her|them|me|us|you) )([a-z]+ing)\b",
    re.IGNORECASE,
)
_TO_RE = re.compile(r"\bto ([a-z]+)\b", re.IGNORECASE)


_WANTS = frozenset(
    "want wants wanted need needs like likes hate hates love loves prefer prefers".split()
)


def gerund_said_to(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "to" not in y.words or _WANTS.isdisjoint(x.words):
            continue
        m = _WANT_ING_RE.search(x.source)
        if m is None:
            continue
        stem = _stem(m.group(2).lower())
        base = next((t for t in _TO_RE.findall(y.source.lower()) if _stem(t) == stem), None)
        if base is None:
            continue
        said = parse(x.source[: m.start(2)] + "to " + base + x.source[m.end(2) :])
        return (y, said) if flip else (said, y)
    return None


# Role pass 57: "I crashed into a cyclist who ran a red light" / "A cyclist crashed into me after
# I ran a red light": the second event's doer traded through a subject relative on one side and
# a "while / after / because" clause on the other, the same verb and the same rest (owners read
# as one mark): both sides read without them, so the main clause's trade is read.
_SUBJECT_RELATIVE_RE = re.compile(r"\s*\b(?:who|that) ([a-z']+)([^.?!;,]*)", re.IGNORECASE)
_OWNERS_RE = re.compile(r"\b(?:my|his|her|their|our|your)\b", re.IGNORECASE)


def _rest(text: str) -> str:
    return _OWNERS_RE.sub("~", text.strip().lower())


def relative_said_clause(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _MARKS.isdisjoint(a.words + b.words) or _CLAUSE_WORDS.isdisjoint(a.words + b.words):
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        mc = _CLAUSE_RE.search(y.source)
        if mc is None or _CLAUSE_RE.search(x.source) is not None:
            continue
        verb, rest = _stem(mc.group(2).lower()), _rest(mc.group(3))
        for mr in _SUBJECT_RELATIVE_RE.finditer(x.source):
            if _stem(mr.group(1).lower()) != verb or _rest(mr.group(2)) != rest:
                continue
            xs = parse(x.source[: mr.start()] + x.source[mr.end() :])
            ys = parse(y.source[: mc.start()] + y.source[mc.end() :])
            return (ys, xs) if flip else (xs, ys)
    return None


# Role pass 88 (blind round 215): the perfect's auxiliary left out where one side only says the
# verb in the perfect ("What should I do when a booker badmouths me to other clubs?" / "...
# when I've badmouthed a booker to other clubs?"): "have / has / had / 've / 'd" before a past
# participle (a regular "-ed" or an irregular one), an adverb between them kept. Tense does not
# change who does what to whom, and the "have" of one side only hid the trade from the readers
# that want the same words around it ("when my boss yells at me" / "when I've yelled at my boss").
_IRREGULAR_PARTICIPLES = frozenset(part for _, _, part in lx.IRREGULAR_VERBS)
_PERFECT_ADVERBS = "never|ever|just|already|recently|repeatedly|always|once|twice|since"
_PERFECT_RE = re.compile(
    r"(?:\s+(have|has|had)\b|(['\u2019](?:ve|d))\b)\s+"
    rf"(?=(?:(?:{_PERFECT_ADVERBS})\s+)?([a-z]+)\b)",
    re.IGNORECASE,
)
_PERFECT_WORDS = frozenset(("have", "has", "had", "would", "need", "needs"))  # "I'd": "I would"
_DUTY_RE = re.compile(
    r"\b(i|we|you|he|she|they)\s+(?:has|have|had|needs?)\s+to\s+"
    r"(?=[a-z]+\s+(?:to|for|from|at)\b)",
    re.IGNORECASE,
)


def _participle(word: str) -> bool:
    word = word.lower()
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES


def _perfect_said_plain(text: str) -> tuple[str, tuple[str, ...]]:
    """The text with each perfect's auxiliary left out, and the auxiliaries left out."""
    dropped: list[str] = []

    def one(m: re.Match[str]) -> str:
        if not _participle(m.group(3)) or m.group(3).lower() == "been":
            return m.group(0)
        dropped.append((m.group(1) or m.group(2)).lower().replace("\u2019", "'"))
        return " "

    text = _PERFECT_RE.sub(one, text)
    # role pass 132: "has / have / had / needs / need to V" read as "V" the same way ("when a
    # harmonica player tunes to her" / "when she has to tune to a harmonica player"): a duty
    # said on one side only does not change who adjusts to whom
    text, n = _DUTY_RE.subn(r"\1 ", text)
    return text, tuple(dropped) + ("to",) * n


def perfect_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _PERFECT_WORDS.isdisjoint(a.words) and _PERFECT_WORDS.isdisjoint(b.words):
        return None
    if len(a.content ^ b.content) > 2:
        return None  # the trade keeps the words: another tense only
    xa, da = _perfect_said_plain(a.source)
    xb, db = _perfect_said_plain(b.source)
    if bool(da) == bool(db):
        # a perfect on both sides (or none) says the same tense: the readers read it as it is
        # ("because I'd worked for X" / "because X had worked for me" may ask the same)
        return None
    return parse(xa), parse(xb)


# Role pass 100 (blind round 234): "my / our ... own N" said where the other side says "my / our
# N": the same owner, the "own" only stressing it ("If we put the ball into our own in-goal and
# ground it" / "If the opposition puts the ball into our in-goal and we ground it").
_OWN_RE = re.compile(r"\b(my|our|your|his|her|their|its) own ([a-z][a-z-]*)", re.IGNORECASE)


def own_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """An "own" after an owner on one side only, the other side saying that owner and noun."""
    if ("own" in a.words) == ("own" in b.words):
        return None
    x, y, flip = (a, b, False) if "own" in a.words else (b, a, True)
    m = _OWN_RE.search(x.source)
    if m is None:
        return None
    if not re.search(rf"\b{m.group(1)} {re.escape(m.group(2))}\b", y.source, re.IGNORECASE):
        return None
    said = parse(x.source[: m.start(1)] + m.group(1) + " " + x.source[m.start(2) :])
    return (y, said) if flip else (said, y)
