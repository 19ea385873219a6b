"""Near-misses that keep the behaviour asked about and change at whom or what it is aimed
("How do I find a sitter for a dog that's aggressive toward other dogs?" / "... toward
people?"), read on the texts as typed (pure).
"""

from __future__ import annotations

import re

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


def target_changed(cached: str, incoming: str) -> bool:
    """Each side names at whom or what a behaviour, a fear or a reaction is aimed, and no
    target of one side is a target of the other ("How do I find a sitter for a dog that's
    aggressive toward other dogs?" / "... aggressive toward people?", "afraid of men" /
    "afraid of other dogs"): "other" and "people" carry little weight for the word rules,
    and "dogs" is said on both sides.

    Limits: a closed list of behaviours and prepositions; the target's head is the last
    word before a word that ends the phrase ("the deep end", "bee stings"), compared made
    canonical ("people" / "humans", "kids" / "children" are one); a pronoun target ("I'm
    allergic to them") and a target on one side only are not read."""
    ta, tb = _targets(cached), _targets(incoming)
    return bool(ta) and bool(tb) and ta.isdisjoint(tb)
