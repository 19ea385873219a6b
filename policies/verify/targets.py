"""Near-misses that keep the behaviour asked about and change at whom or what it is aimed
("How do I find a sitter for a dog that's aggressive toward other dogs?" / "... toward
people?"), read on the texts as typed (pure).

Widened in hardening pass 34 (blind round 238): any act's target when one side says "other
N-s", N the kind of a being or thing named elsewhere in the text (the doer's own kind), and
the other side a different noun in the same place ("for a llama to spit at other llamas" /
"... at people", "for a toddler to bite other toddlers" / "... to bite adults").
"""

from __future__ import annotations

import re

from policies.verify.direction import differing
from policies.verify.words import canonical

_I = re.IGNORECASE

# A behaviour, a fear or a reaction, and the preposition that names at whom or what it is
# aimed: "aggressive toward other dogs", "afraid of men", "barks at strangers"
_TOWARD = re.compile(
    r"\b(?:aggressive|aggression|reactive|reactivity|afraid|scared|fearful|frightened|terrified"
    r"|nervous|anxious|shy|timid|skittish|hostile|territorial|protective|possessive|friendly"
    r"|gentle|rough|mean|bark(?:s|ed|ing)?|growl(?:s|ed|ing)?|lung(?:e|es|ed|ing)"
    r"|snap(?:s|ped|ping)?|nip(?:s|ped|ping)?|hiss(?:es|ed|ing)?)"
    r"\s+(?:towards?|to|of|at|with|around)\s+((?:[a-z'-]+\s*){1,4})"
    # "good with kids" ("okay to use", "bad to leave" name no target)
    r"|\b(?:good|great|bad)\s+(?:with|around)\s+((?:[a-z'-]+\s*){1,4})",
    _I,
)
# Words before the target's head ("other", "the", "strange"), skipped
_TARGET_SKIP = frozenset(
    "the a an my our your his her their its other some any all most certain new strange"
    " unfamiliar unknown big small little large young old random".split()
)
# Words that end the target ("at the park", "while we run", "but not", "through the fence")
_TARGET_END = frozenset(
    "in into on at to for from with without through thru during while when whenever if"
    " because but and or so since after before than that who which whose where then even"
    " especially only except unless until though although like near by about".split()
)
# Targets too loose to compare: pronouns standing for a noun said elsewhere ("I'm allergic
# to them"), and words that start a clause
_TARGET_LOOSE = frozenset(
    "it them this that these those him her he she they one ones what how something anything"
    " everything".split()
)
# People in general, said several ways; a child is a kid
_TARGET_SAME = {
    "people": "person",
    "persons": "person",
    "humans": "person",
    "human": "person",
    "folks": "person",
    "kids": "child",
    "kid": "child",
    "children": "child",
    "men": "man",
    "women": "woman",
    "myself": "me",
}


def _targets(text: str) -> set[str]:
    out: set[str] = set()
    for m in _TOWARD.finditer(text):
        words = (m.group(1) or m.group(2)).lower().split()
        k = 0
        while k < len(words) and words[k] in _TARGET_SKIP:
            k += 1
        head = ""
        for w in words[k:]:
            w = w.strip("'-")
            if not w or w in _TARGET_END:
                break
            head = w.removesuffix("'s")
        if head and head not in _TARGET_LOOSE:
            out.add(_TARGET_SAME.get(head, canonical(head)))
    return out


# -- the doer's own kind against another kind ----------------------------------------------

_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|[^\sa-z]")
# What may open the "other N" phrase before "other" ("the other cats", "some other dogs")
_OTHER_OPENERS = frozenset("the some any all".split())
# Words that may not stand in for the other kind: the same kind said another way ("each
# other", "one another", "others", "themselves"), pronouns and words for anyone at all
# ("everyone", "anything": not a kind), which are left to the other rules
_NOT_A_KIND = _TARGET_LOOSE | frozenset(
    """other others another each themselves itself himself herself myself yourself
    yourselves ourselves everyone everybody anyone anybody someone somebody everything
    nothing nobody none all both either neither me us you""".split()
)
_KIND_SPAN = 3  # the other kind: at most three words (determiners and modifiers, a noun)


def _kind(word: str) -> str:
    return _TARGET_SAME.get(word, canonical(word))


def _own_kind_changed(wa: list[str], wb: list[str]) -> bool:
    """One side says "other N-s" where the two texts differ, N's kind said again outside
    that place on the same side (the doer's own kind, "a llama ... other llamas"); the
    other side says at most three words there, all plain words (no preposition or clause
    word, no pronoun, no "each other", "others", "everyone"), none of N's kind."""
    p, ea, eb = differing(wa, wb)
    for w1, e1, w2, e2 in ((wa, ea, wb, eb), (wb, eb, wa, ea)):
        span = w1[p:e1]
        k = 1 if span and span[0] in _OTHER_OPENERS else 0
        if len(span) != k + 2 or span[k] != "other":
            continue
        kind = _kind(span[k + 1])
        if not span[k + 1].isalpha() or span[k + 1] in _NOT_A_KIND:
            continue
        rest = w1[:p] + w1[e1:]
        if kind not in {_kind(w) for w in rest}:
            continue
        there = w2[p:e2]
        if not (0 < len(there) <= _KIND_SPAN) or not all(w.isalpha() for w in there):
            continue
        if not _NOT_A_KIND.isdisjoint(there) or not _TARGET_END.isdisjoint(there):
            continue
        if kind not in {_kind(w) for w in there}:
            return True
    return False


def target_changed(cached: str, incoming: str) -> bool:
    """Each side names at whom or what a behaviour, a fear or a reaction is aimed, and no
    target of one side is a target of the other ("How do I find a sitter for a dog that's
    aggressive toward other dogs?" / "... aggressive toward people?", "afraid of men" /
    "afraid of other dogs"): "other" and "people" carry little weight for the word rules,
    and "dogs" is said on both sides.

    Limits: a closed list of behaviours and prepositions; the target's head is the last
    word before a word that ends the phrase ("the deep end", "bee stings"), compared made
    canonical ("people" / "humans", "kids" / "children" are one); a pronoun target ("I'm
    allergic to them") and a target on one side only are not read.

    Any act, where the texts as typed differ only there: "other N-s" on one side, N's kind
    named elsewhere on that side (the doer's own kind), against a different kind on the
    other ("for a llama to spit at other llamas" / "... at people", "for a toddler to bite
    other toddlers" / "... to bite adults"); "each other", "others", a pronoun, "everyone"
    or the same kind ("other llamas" / "llamas") there is no change, and "other" on both
    sides ("other cats" / "other animals") is not read."""
    ta, tb = _targets(cached), _targets(incoming)
    if ta and tb and ta.isdisjoint(tb):
        return True
    la, lb = cached.lower(), incoming.lower()
    if la.count("other") == lb.count("other"):  # cheap: "other" said once more on one side
        return False
    return _own_kind_changed(_WORD_RE.findall(la), _WORD_RE.findall(lb))
