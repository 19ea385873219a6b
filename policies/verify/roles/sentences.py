"""The trade in one sentence, a later one changed only in its people as the trade requires
(round 87: "The refugee family our church sponsors asked me for a loan; should I give it?" / "I
asked the refugee family our church sponsors for a loan; should they give it?"): the sentence
with the trade read alone, each other sentence the same words but for its pronouns. The whole
texts are read first (``role_swap``); this reads the one sentence when a follow-up question's
person, changed with the trade, hides it."""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_SPLIT_RE = re.compile(r"(?<=[.;?!])\s+")
_WORD_RE = re.compile(r"[a-z']+")
_PERSONS = frozenset(
    """i me my mine myself we us our ours he him his she her hers they them their theirs you
    your yours am is are was were do does did have has""".split()
)
# the people and "it" / "this" / "that" (role pass 41: "How do I stop?" / "How do I stop it?")
PRONOUNS = _PERSONS | frozenset("it its this that".split())


def sentences_apart(
    x: str, y: str, loose: bool = False, people_words: frozenset[str] = _PERSONS
) -> tuple[str, str] | None:
    """The one sentence pair apart in more than its people, when every other pair differs in
    its people only (one at least; ``people_words`` says which words those are); or None.
    ``loose`` (role pass 33): a follow-up may also change one word of its own as the trade
    requires ("The college ... owes me a refund. How do I get it?" / "I owe the college ... a
    refund. How do I repay it?"); the sentence with the trade is the first one apart."""
    sx, sy = _SPLIT_RE.split(x.strip()), _SPLIT_RE.split(y.strip())
    if len(sx) != len(sy) or len(sx) < 2:
        return None
    apart = None
    people = False
    for p, q in zip(sx, sy, strict=True):
        if p == q:
            continue
        wp, wq = _WORD_RE.findall(p.lower()), _WORD_RE.findall(q.lower())
        rp = [w for w in wp if w not in people_words]
        rq = [w for w in wq if w not in people_words]
        if rp == rq:
            people = True
            continue
        if apart is not None:
            if (
                not loose
                or len(rp) != len(rq)
                or sum(u != v for u, v in zip(rp, rq, strict=True)) != 1
            ):
                return None
            people = True
            continue
        apart = (p, q)
    return apart if people else None


def trade_sentence(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """The sentence with the trade, read alone (``sentences_apart``): the same content words and
    length, or (``loose``) two content words apart at most, a follow-up changing one word of its
    own. Role pass 106: the lengths two words apart at most, the trade's sentence saying the
    party in another phrase ("The outfitter canceled my llama trek a week out; do they owe me a
    refund?" / "I canceled my llama trek with the outfitter a week out; do I get a refund?")."""
    if a.content == b.content and len(a.words) == len(b.words):
        one = sentences_apart(a.source, b.source)
    elif abs(len(a.words) - len(b.words)) <= 2 and len(a.content ^ b.content) <= 2:
        one = sentences_apart(a.source, b.source, loose=True)
    else:
        one = None
    if one is None and ("'s" in a.source + b.source or "\u2019s" in a.source + b.source):
        one = _party_named_apart(a.source, b.source)
    if one is None and len(a.content ^ b.content) <= _LOOSE_MAX:
        one = _question_apart(a.source, b.source)
    return None if one is None else (parse(one[0]), parse(one[1]))


# Role pass 113 (blind round 247): a follow-up names the other party of the trade by a noun
# phrase where the other side says a person ("My son's friend rides on the back of my son's
# dirt bike. Am I liable if he's hurt?" / "My son rides on the back of his friend's dirt bike.
# Is the friend's family liable if he's hurt?"): the trade's sentence is the one with the same
# words in another order (owners and persons aside), and each follow-up is the same once a
# noun phrase of a noun that sentence names as an owner ("the friend", "the friend's family") is
# read as a person.
_OWNED_RE = re.compile(r"(?<=[a-z])'s\b")


def _bare(sentence: str) -> frozenset[str]:
    words = _WORD_RE.findall(_OWNED_RE.sub("", sentence.lower().replace("\u2019", "'")))
    return frozenset(w for w in words if w not in _PERSONS)


def _party_named_apart(x: str, y: str) -> tuple[str, str] | None:
    sx, sy = _SPLIT_RE.split(x.strip()), _SPLIT_RE.split(y.strip())
    if len(sx) != len(sy) or len(sx) < 2:
        return None
    pairs = [(p, q) for p, q in zip(sx, sy, strict=True) if p != q]
    traded = [(p, q) for p, q in pairs if _bare(p) == _bare(q)]
    if len(traded) != 1 or len(pairs) < 2:
        return None
    owners = _OWNER_RE.findall(" ".join(traded[0]).lower().replace("\u2019", "'"))
    names = "|".join(sorted({re.escape(w) for w in owners if w not in _PERSONS}))
    if not names:
        return None
    named = re.compile(
        rf"\b(?:(?:the|my|our|his|her|their|your) )?(?:{names})(?:'s [a-z]+)?\b", re.IGNORECASE
    )
    for p, q in pairs:
        if (p, q) == traded[0]:
            continue
        wp = _WORD_RE.findall(named.sub("they", p.lower().replace("\u2019", "'")))
        wq = _WORD_RE.findall(named.sub("they", q.lower().replace("\u2019", "'")))
        if [w for w in wp if w not in _PERSONS] != [w for w in wq if w not in _PERSONS]:
            return None
    return traded[0]


_OWNER_RE = re.compile(r"\b([a-z]+)'s\b")  # the parties whose things are traded


# Role pass 143 (blind rounds 279-281): the follow-up question carries the trade in its own words
# while the statement before it says the owners another way ("My hot dog cart's awning hangs over
# the store's doorway; can the store make me remove it?" / "The store's awning hangs over my hot
# dog cart; can I make the store remove it?"): the last sentences the same words (people aside)
# in another order, each earlier sentence the other's words bar one or two said on one side only.
_LOOSE_MAX = 2


def _question_apart(x: str, y: str) -> tuple[str, str] | None:
    if "?" not in x or "?" not in y:
        return None
    sx, sy = _SPLIT_RE.split(x.strip()), _SPLIT_RE.split(y.strip())
    if len(sx) != len(sy) or len(sx) < 2 or sx[-1] == sy[-1]:
        return None
    p, q = sx[-1], sy[-1]
    if not p.endswith("?") or _bare(p) != _bare(q):
        return None
    for u, v in zip(sx[:-1], sy[:-1], strict=True):
        bu, bv = _bare(u), _bare(v)
        if u != v and (len(bu ^ bv) > _LOOSE_MAX or not bu & bv):
            return None
    return p, q
