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
