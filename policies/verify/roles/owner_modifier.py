"""Role pass 33 (round 107): a modifier moved between the owner and the owned noun of one
possessive, every other word kept: "My husband's ex-wife wants to sit with the family" / "My
ex-husband's wife wants to sit with the family", "my boss's former assistant" / "my former boss's
assistant", "my dad's late partner" / "my late dad's partner". The same nouns are named, but the
one the modifier says ("ex", "former", "late") is another person."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_MODS = r"(?:ex|former|late|old|new|current|previous|future|step|half|deceased|estranged)"
_POSS_RE = re.compile(
    rf"\b(my|your|his|her|our|their|the|a|an) ((?:{_MODS}[ -])*)([a-z]+)['\u2019]s "
    rf"((?:{_MODS}[ -])*)([a-z]+)\b",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"[ -]+")


def _phrases(text: str) -> list[tuple[str, int, int, tuple[str, ...], str, tuple[str, ...], str]]:
    out = []
    for m in _POSS_RE.finditer(text):
        own = tuple(w for w in _SPLIT_RE.split(m.group(2).lower()) if w)
        owned = tuple(w for w in _SPLIT_RE.split(m.group(4).lower()) if w)
        out.append(
            (
                m.group(1).lower(),
                m.start(),
                m.end(),
                own,
                m.group(3).lower(),
                owned,
                m.group(5).lower(),
            )
        )
    return out


def modifier_moved(a: Parsed, b: Parsed) -> bool:
    if "'" not in a.source and "\u2019" not in a.source:
        return False
    pa, pb = _phrases(a.source), _phrases(b.source)
    for det, s, e, own, n1, owned, n2 in pa:
        if not (own or owned):
            continue
        for det2, s2, e2, own2, m1, owned2, m2 in pb:
            if (det, n1, n2) != (det2, m1, m2) or own == own2:
                continue
            if sorted(own + owned) != sorted(own2 + owned2):
                continue
            rest_a = a.source[:s].lower() + "|" + a.source[e:].lower()
            rest_b = b.source[:s2].lower() + "|" + b.source[e2:].lower()
            if rest_a == rest_b:
                return True
    return False
