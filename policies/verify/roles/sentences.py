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
        return None
    return None if one is None else (parse(one[0]), parse(one[1]))
