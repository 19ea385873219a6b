"""Role pass 49 (blind rounds 143-145): a get-passive against the active.

``got_done_active``: "X keeps getting V-ed [by Y]" / "X keeps V-ing Y" (the same words before
the verb, the subject once undergoing it and once doing it to someone: "My dog keeps getting
mounted at the dog park" / "My dog keeps mounting other dogs at the dog park", "My terrier
keeps getting herded by a border collie" / "My terrier keeps herding a border collie"). The
active verb must take an object: "keeps getting overheated" / "keeps overheating at work" say
the same thing.

A passive with its doer after "by" ("The police were called on me by a neighbor over my signs"
/ "I called the police on a neighbor over her signs") is read as its active by
``active_read.passive_said_active`` (pass 48), which this pass's own reading duplicated and
was folded into.
"""

from __future__ import annotations

from policies.verify.lexicon import OWNER_OF
from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.text import Parsed
from policies.verify.words import common_prefix, stem

_GET = frozenset(("get", "gets", "getting", "got", "gotten", "being"))
_BE = frozenset(("is", "are", "was", "were", "got", "get", "gets", "been", "be"))
_IRREGULAR = {"bitten": "bit", "bit": "bit", "bite": "bit", "bites": "bit", "biting": "bit"}
# after the active verb, words that start no object ("keeps overheating at work", "... again")
_NO_OBJECT = PUNCT | frozenset(
    "at in on with by for to from over during when while after before because and but or so if "
    "again too all constantly every up down out off around back into onto about".split()
)
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
    k = common_prefix(x, y)
    if k == 0 or k + 1 >= min(len(x), len(y)):
        return False
    if x[k] not in _GET or not _participle(x[k + 1]) or y[k] in _GET or y[k] in _BE:
        return False
    if _lemma(x[k + 1]) != _lemma(y[k]) or len(_lemma(y[k])) < 3:
        return False
    after = y[k + 1]  # "to get started brewing" / "to start brewing": no object
    return after not in _NO_OBJECT and not after.endswith(("ly", "ing"))


def got_done_active(a: Parsed, b: Parsed) -> bool:
    """ "X keeps getting V-ed" / "X keeps V-ing Y": the subject undergoing and doing the verb;
    "I get my N V-ed" / "I V a N with my M": the asker's thing done to against the asker doing
    it to another's."""
    if _GET.isdisjoint(a.words) and _GET.isdisjoint(b.words):
        if _HAVE.isdisjoint(a.words) and _HAVE.isdisjoint(b.words):
            return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > _MAX_EXTRA:
        return False
    if _active_of(ta, tb) or _active_of(tb, ta):
        return True
    if _mine_done(ta, tb) or _mine_done(tb, ta):
        return True
    if "by" not in ta and "by" not in tb:
        return False
    return _owner_done_by(ta, tb) or _owner_done_by(tb, ta)


# Role pass 114 (blind rounds 245-249): "How do I get my hang glider towed behind an
# ultralight?" / "How do I tow a hang glider behind my ultralight?", "get my trailer towed by a
# truck" / "tow a trailer with my truck", "get my car jump-started" / "jump-start a car with my
# battery": after the same words, "get / have my N V-ed" (someone else does V to the asker's N)
# against "V a / the N" with the asker's "my M" further on (the asker doing V, with their own
# thing, to an N not theirs). "get my car washed" / "wash my car" (the asker's N on both sides)
# and "get a N V-ed" / "V a N" (no owner moved) are left.
_HAVE = frozenset(("have", "has", "having"))
_CAUSE = (_GET - {"being"}) | _HAVE
_MINE = frozenset(("my", "our"))
_OTHER_LEAD = frozenset(("a", "an", "the", "some", "someone", "another"))
_N_MAX = 3


def _mine_done(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "P get my N V-ed ...", y "P V D N ... my M" with D not the asker's."""
    k = common_prefix(x, y)
    if k == 0 or k + 3 >= len(x) or x[k] not in _CAUSE or x[k + 1] not in _MINE:
        return False
    for e in range(k + 3, min(k + 3 + _N_MAX, len(x))):
        if not _participle(x[e].rsplit("-", 1)[-1]):
            continue
        noun = x[k + 2 : e]
        if any(w in PUNCT or w in _MINE or w == "'s" for w in noun):
            return False
        if not _same_lemma(x[e], y[k]) or y[k + 1 : k + 2] == ("my",):
            continue
        if k + 2 + len(noun) > len(y) or y[k + 1] not in _OTHER_LEAD:
            continue
        if y[k + 2 : k + 2 + len(noun)] != noun:
            continue
        rest = y[k + 2 + len(noun) :]
        return not _MINE.isdisjoint(rest) and _MINE.isdisjoint(x[e + 1 :])
    return False


def _same_lemma(done: str, verb: str) -> bool:
    """ "towed" / "tow", "jump-started" / "jump-start": the last part's lemma, the rest kept."""
    head_d, _, last_d = done.rpartition("-")
    head_v, _, last_v = verb.rpartition("-")
    return head_d == head_v and len(last_v) >= 3 and _lemma(last_d) == _lemma(last_v)


# Role pass 128 (blind rounds 264-266): "What if my intern criticizes my code?" / "What if my
# intern has their code criticized by me?", "the student I mentor corrects my technique" / "the
# student I mentor has their technique corrected by me": after the same words, "have / get
# POSS N V-ed by P" (P, a person pronoun, does V to the subject's own N) against "V-s P's N"
# (the subject does V to P's N), the words after the same on both sides: the doer and the owner
# traded. The owner the same on both sides ("has my code reviewed by me" is no trade), a noun
# phrase after "by", and "has their N V-ed" with no doer are left.
_CAUSE_BY = _CAUSE | {"had"}
_POSSESSIVE = frozenset("my our your his her their its".split())


def _owner_done_by(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "S have POSS N V-ed by P ...", y "S V-s P's N ..." with POSS not P's, the rest alike."""
    k = common_prefix(x, y)
    if k == 0 or k + 5 >= len(x) or x[k] not in _CAUSE_BY or x[k + 1] not in _POSSESSIVE:
        return False
    for e in range(k + 3, min(k + 3 + _N_MAX, len(x) - 2)):
        if x[e + 1] != "by" or not _participle(x[e].rsplit("-", 1)[-1]):
            continue
        poss = OWNER_OF.get(x[e + 2])
        noun = x[k + 2 : e]
        if poss is None or poss == x[k + 1] or any(w in PUNCT or w == "'s" for w in noun):
            return False
        if not _same_lemma(x[e], y[k]) or y[k + 1 : k + 2] != (poss,):
            return False
        return y[k + 2 : k + 2 + len(noun)] == noun and y[k + 2 + len(noun) :] == x[e + 3 :]
    return False
