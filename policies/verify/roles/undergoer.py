"""Role pass 113 (blind round 245): the doer of an event made the one it was done to, the state
said of the other party moving along.

"The boat I hit was moored illegally on a bend; am I still liable?" / "My boat was moored
illegally on a bend when another boat hit it; am I still liable?": on one side the event is an
object relative on the state's holder ("the N S V-ed", S the doer, the N acted on and the one the
state is said of), on the other a "when / while / as / after / because / before" clause after the
state, said of S's own party ("I", "my N"), with another party doing the same verb to it ("when
another N V-ed it / me"). The asker hit the boat on one side and was hit by a boat on the other.
The same roles said with the clause ("The boat was moored illegally when I hit it": the holder
is no party of the doer's) or with a subject relative ("I hit a boat that was moored ...") are
not read: the clause side's holder must be a pronoun or an owned noun phrase of the relative's
doer, and the clause's doer a determined noun phrase ("another N", "a N", "the other N").
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed
from policies.verify.words import stem

_CLAUSE_WORDS = frozenset(("when", "while", "as", "after", "because", "before"))
_DOERS = frozenset(("i", "we", "he", "she", "they"))
_PARTY = {
    "i": "1",
    "me": "1",
    "my": "1",
    "we": "1",
    "us": "1",
    "our": "1",
    "he": "3m",
    "him": "3m",
    "his": "3m",
    "she": "3f",
    "her": "3f",
    "they": "3p",
    "them": "3p",
    "their": "3p",
}
_PARTICLE = r"(?: (?:into|onto|on|over|up|off|out|with|against|at|to|down))?"
_STATE = r"(?:was|were|is|are|am|had|has|have)\b[^;.?!,]*?"
# "the boat (that) I hit was moored illegally ...": the head, the relative's doer and verb, the
# state said of the head
_RELATIVE_RE = re.compile(
    rf"\b(?:the|a|an|that|this) (?P<head>(?:[a-z-]+ ){{0,2}}?[a-z-]+) (?:(?:that|who|which|whom) )?"
    rf"(?P<doer>i|we|he|she|they) (?P<verb>[a-z-]+{_PARTICLE}) (?P<state>{_STATE})"
    r"(?=\s*(?:[;.?!,]|$))"
)
# "my boat was moored illegally ... when another boat hit it", "I was riding without lights
# when a cyclist hit me"
_CLAUSE_RE = re.compile(
    r"\b(?P<holder>i|we|he|she|they|(?:my|our|his|her|their) (?:[a-z-]+ ){0,2}?[a-z-]+)"
    rf" (?P<state>{_STATE}),? (?:when|while|as|after|because|before)"
    r" (?P<other>(?:the other|another|an|a|some|the) (?:[a-z-]+ ){0,2}?[a-z-]+)"
    rf" (?P<verb>[a-z-]+{_PARTICLE}) (?P<done>it|me|us|him|her|them)"
    r"(?=\s*(?:[;.?!,]|$))"
)
_BE = {"were": "was", "are": "is", "am": "is", "have": "has"}


def _state(text: str) -> tuple[str, ...]:
    return tuple(_BE.get(w, w) for w in text.split())


def _verb(text: str) -> tuple[str, ...]:
    head, *rest = text.split()
    return (stem(head), *rest)


def _holder_party(holder: str, done: str) -> str | None:
    """The party of the clause's holder when the pronoun the verb is done to names it."""
    words = holder.split()
    party = _PARTY.get(words[0])
    if party is None:
        return None
    if len(words) == 1:  # "I was riding ... when a cyclist hit me"
        return party if _PARTY.get(done) == party else None
    return party if done in ("it", "them") else None  # "my boat ... when another boat hit it"


def doer_made_undergoer(a: Parsed, b: Parsed) -> bool:
    for x, y in ((a, b), (b, a)):
        if _CLAUSE_WORDS.isdisjoint(y.words) or _DOERS.isdisjoint(x.words):
            continue
        xs, ys = x.source.lower().replace("\u2019", "'"), y.source.lower().replace("\u2019", "'")
        mc = _CLAUSE_RE.search(ys)
        if mc is None:
            continue
        for mr in _RELATIVE_RE.finditer(xs):
            if xs[: mr.start()].strip() != ys[: mc.start()].strip():
                continue  # the same words before the two clauses
            if xs[mr.end() :].strip() != ys[mc.end() :].strip():
                continue  # and after them
            if _state(mr["state"]) != _state(mc["state"]) or _verb(mr["verb"]) != _verb(mc["verb"]):
                continue
            party = _holder_party(mc["holder"], mc["done"])
            if party is not None and party == _PARTY[mr["doer"]]:
                return True  # the relative's doer is the one the clause's verb is done to
    return False
