"""Role pass 49 (blind rounds 143-145): a get-passive against the active, and a passive with
its doer after "by" read as the active.

``got_done_active``: "X keeps getting V-ed [by Y]" / "X keeps V-ing Y" (the same words before
the verb, the subject once undergoing it and once doing it to someone: "My dog keeps getting
mounted at the dog park" / "My dog keeps mounting other dogs at the dog park", "My terrier
keeps getting herded by a border collie" / "My terrier keeps herding a border collie"). The
active verb must take an object: "keeps getting overheated" / "keeps overheating at work" say
the same thing.

``by_agent_activated``: "X was V-ed ... by Y ..." read as "Y V-ed X ..." ("The police were
called on me by a neighbor over my signs" -> "a neighbor called the police on me over my
signs", against "I called the police on a neighbor over her signs"); ``role_swap`` is asked of
the reading, so the same roles in the other voice stay served.
"""

from __future__ import annotations

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.text import Parsed, parse
from policies.verify.words import stem

_GET = frozenset(("get", "gets", "getting", "got", "gotten", "being"))
_BE = frozenset(("is", "are", "was", "were", "got", "get", "gets", "been", "be"))
_IRREGULAR = {"bitten": "bit", "bit": "bit", "bite": "bit", "bites": "bit", "biting": "bit"}
# after the active verb, words that start no object ("keeps overheating at work", "... again")
_NO_OBJECT = PUNCT | frozenset(
    "at in on with by for to from over during when while after before because and but or so if "
    "again too all constantly every up down out off around back into onto about".split()
)
# a doer after "by" ends at a preposition or a clause mark
_AGENT_END = PUNCT | frozenset(
    "over at in on for to from with during when while after before because since and but "
    "so if about without last this yesterday today tonight twice again recently".split()
)
_HAVE = frozenset(("have", "has", "had", "will", "would", "may", "might", "could", "should"))
_OBJECT_FORM = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
_SUBJECT_FORM = {v: k for k, v in _OBJECT_FORM.items()}
_MAX_EXTRA = 6


def _lemma(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    s = stem(word)
    if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "aeiouls":
        s = s[:-1]  # "herding" / "herded" agree already; "hitting" -> "hit"
    return s.removesuffix("e")


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in _IRREGULAR


def _active_of(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x says "P get V-ed ..." and y "P V-ing O ..." (V-s, V-ed) with O an object."""
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    if k == 0 or k + 1 >= min(len(x), len(y)):
        return False
    if x[k] not in _GET or not _participle(x[k + 1]) or y[k] in _GET or y[k] in _BE:
        return False
    if _lemma(x[k + 1]) != _lemma(y[k]) or len(_lemma(y[k])) < 3:
        return False
    after = y[k + 1]  # "to get started brewing" / "to start brewing": no object
    return after not in _NO_OBJECT and not after.endswith(("ly", "ing"))


def got_done_active(a: Parsed, b: Parsed) -> bool:
    """ "X keeps getting V-ed" / "X keeps V-ing Y": the subject undergoing and doing the verb."""
    if _GET.isdisjoint(a.words) and _GET.isdisjoint(b.words):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > _MAX_EXTRA:
        return False
    return _active_of(ta, tb) or _active_of(tb, ta)


def _text(tokens: list[str]) -> str:
    return " ".join(tokens).replace(" 's", "'s")


def _activated(x: tuple[str, ...]) -> tuple[str, str, str] | None:
    """ "S was V-ed M by Y T" said as "Y V-ed S M T" (one clause, the first such passive)."""
    for i in range(1, len(x) - 3):
        if x[i] not in _BE or not _participle(x[i + 1]) or x[i + 1] in _GET:
            continue
        start = i
        while start > 0 and x[start - 1] not in PUNCT and x[start - 1] not in _AGENT_END:
            start -= 1
        subject = list(x[start:i])
        while subject and subject[-1] in _HAVE:
            subject.pop()  # "I have been asked": "have" no part of the subject
        if len(subject) == 1 and "'" in subject[0]:
            subject = [subject[0].split("'")[0]]  # "I've been asked"
        if not subject or len(subject) > 6:
            continue
        by = None
        for j in range(i + 2, min(len(x), i + 10)):
            if x[j] in PUNCT:
                break
            if x[j] == "by":
                by = j
                break
        if by is None:
            continue
        end = by + 1
        while end < len(x) and x[end] not in _AGENT_END:
            end += 1
        agent = list(x[by + 1 : end])
        if agent and agent[0] in _SUBJECT_FORM:
            agent = agent[:1]  # "by me last week": a pronoun is the whole doer
        if not agent or len(agent) > 5:
            continue
        if len(agent) == 1:
            agent = [_SUBJECT_FORM.get(agent[0], agent[0])]
        if len(subject) == 1:
            subject = [_OBJECT_FORM.get(subject[0], subject[0])]
        said = [*x[:start], *agent, x[i + 1], *subject, *x[i + 2 : by], *x[end:]]
        return _text(said), x[i + 1], agent[-1]
    return None


def _undergoes(y: tuple[str, ...], verb: str, agent: str) -> bool:
    """The passive's doer named after the same verb on the other side and not before it ("I
    called the police on a neighbor"), not its doer again ("the museum charged me twice")."""
    lemma = _lemma(verb)
    for v, w in enumerate(y):
        if _lemma(w) == lemma:
            return agent not in y[:v] and agent in y[v + 1 :]
    return False


def by_agent_activated(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "X was V-ed on me by Y" / "I V-ed X on Y": the passive read as "Y V-ed X on me"."""
    in_a, in_b = "by" in a.words, "by" in b.words
    if in_a == in_b:
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    x, y = (ta, tb) if in_a else (tb, ta)
    read = _activated(x)
    if read is None or read[0] == _text(list(y)) or not _undergoes(y, read[1], read[2]):
        return None
    return (parse(read[0]), b) if in_a else (a, parse(read[0]))
