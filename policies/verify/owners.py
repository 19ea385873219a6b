"""Whose thing it is: two owners swapped between two things ("my neighbor's tree fell on my
fence" / "my tree fell on my neighbor's fence"), read from the prompt as given, since
parsing drops the possessive "'s"."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

# An owner and the word it owns: a possessive pronoun, or a word with "'s" / a plural "s'".
_POSSESSIVE_RE = re.compile(r"\b(?=(my|our|your|his|her|their|[a-z]+'s|[a-z]+s')\s+([a-z]+))")


def _owned(p: Parsed) -> dict[str, str]:
    """Owned word -> its owner; a word owned twice by different owners is left out."""
    text = p.source
    if "'" not in text and not any(w in p.words for w in ("my", "our", "your", "his", "their")):
        return {}
    text = text.replace("\u2019", "'")
    seen: dict[str, str] = {}
    clash: set[str] = set()
    for owner, thing in _POSSESSIVE_RE.findall(text.lower()):
        owner = owner.removesuffix("'s").removesuffix("'")
        if seen.setdefault(thing, owner) != owner:
            clash.add(thing)
    return {k: v for k, v in seen.items() if k not in clash}


def possessive_swap(a: Parsed, b: Parsed) -> bool:
    """Two things each owned on both sides, whose owners trade places."""
    own_a = _owned(a)
    if len(own_a) < 2:
        return False
    own_b = _owned(b)
    both = [w for w in own_a if w in own_b and own_a[w] != own_b[w]]
    return any(
        own_a[x] == own_b[y] and own_a[y] == own_b[x]
        for i, x in enumerate(both)
        for y in both[i + 1 :]
    )


# Owners that name nobody in particular: "someone's will" asks what "a will" asks.
_VAGUE_OWNERS = frozenset(
    "my our your his her their its someone somebody anyone anybody one person people".split()
)
_DETERMINERS = frozenset(("the", "a", "an", "my", "your", "our", "their", "his", "her"))


def _said_apart(p: Parsed, owner: str, thing: str) -> bool:
    """``owner`` and ``thing`` said together on ``p``: "buyer agent", "agent of the buyer"."""
    words = p.words
    for i, w in enumerate(words):
        if w != thing:
            continue
        if i and words[i - 1] == owner:
            return True
        j = i + 1
        if words[j : j + 1] == ("of",):
            j += 1
            while j < len(words) and words[j] in _DETERMINERS:
                j += 1
            if words[j : j + 1] == (owner,):
                return True
    return False


def _only_as_option(p: Parsed, word: str) -> bool:
    """``word`` is said in ``p``, and only as an option of an "X or Y" choice ("the buyer
    or the seller"): the choice the other side's owner answers."""
    words = p.words
    said = False
    for i, w in enumerate(words):
        if w != word:
            continue
        after = words[i + 1 : i + 2] == ("or",)
        before = "or" in words[max(0, i - 2) : i]
        if not (after or before):
            return False
        said = True
    return said


def narrowed_owner(a: Parsed, b: Parsed) -> bool:
    """One side narrows a thing the other names by putting an owner in front of it: "Who
    pays the real estate agent's commission, the buyer or the seller?" / "Who pays the
    buyer's agent commission?" asks about one of the two agents. The owner said with the
    thing on both sides ("the buyer's agent" / "the agent of the buyer"), or a vague one
    ("someone's will"), narrows nothing; an owner the other side does not name, or names
    elsewhere than in a choice ("a tenant's rights" / "rights do tenants have"), is left to
    the other rules."""
    for x, y in ((a, b), (b, a)):
        if "or" not in y.words:
            continue  # the owner must be one option of a choice on ``y``
        for thing, owner in _owned(x).items():
            if (
                owner in _VAGUE_OWNERS
                or thing not in y.words
                or _owned(y).get(thing) == owner
                or _said_apart(y, owner, thing)
                or not _only_as_option(y, owner)
            ):
                continue
            return True
    return False
