"""Near-misses that keep the ask and change who asks (pure).

- The asker's stated role changed ("As the property owner, can I tow a tenant's car?" / "As
  a tenant, can I tow another tenant's car?", "As a parent" / "As a teacher", "I'm the
  landlord" / "I'm the tenant"): the answer depends on who asks, and a role named on both
  sides (a tenant's car, as a tenant) leaves the word rules nothing added or dropped.
- An "if" / "when" clause's doer is the asker on one side and someone else on the other ("if
  I still hold the copyright" / "if they hold the copyright").

Both are read on the texts as typed.
"""

from __future__ import annotations

import re

from policies.verify.words import canonical, lone_values_differ

_I = re.IGNORECASE

# "As a landlord, ...", "I'm the tenant", "I am a nurse": the role ends at a comma, a
# stop, a dash between spaces (not "a first-time buyer"), or a word that starts another
# phrase ("I'm the secretary of my condo board", "I'm a frequent flyer with Emirates")
_ROLE = re.compile(
    r"(?:^\s*as|\bi'?m|\bi\s+am)\s+(?:a|an|the)\s+([a-z][a-z' -]{0,40}?)"
    r"(?=\s*[,.;:?!\u2014]|\s+-\s|\s+(?:of|in|at|for|with|from|on|and|but|who|that|so|how|what"
    r"|when|where|why|which|can|could|should|do|does|is|am|are|may|might|must|would"
    r"|will|i|my|me|to|since|because|if)\b|\s*$)",
    _I,
)


# "a U.S. citizen": the stops of an initialism end no role
_INITIALISM = re.compile(r"\b(?:[a-z]\.){2,}", _I)
_ROLE_WORDS = 3
_NOT_ROLES = frozenset(("one", "only", "same", "other", "first", "last"))
_MAY_STATE = re.compile(r"^\s*as\b|\bi'?m\b|\bi\s+am\b", _I)


def _heads(text: str) -> list[tuple[str, str]]:
    """Each stated role: (its last word made canonical, its words run together)."""
    out = []
    text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)
    for m in _ROLE.finditer(text):
        words = m.group(1).lower().replace("-", " ").split()
        # a role is a short noun phrase: "I'm the one the clerk accused", "I'm a guest
        # hunting someone's land" state no role
        if words and len(words) <= _ROLE_WORDS and words[-1] not in _NOT_ROLES:
            out.append((canonical(words[-1]), "".join(words)))
    return out


def _same_role(x: tuple[str, str], y: tuple[str, str]) -> bool:
    # "a stylist" / "a hairstylist", "a homeowner" / "a home owner"
    return x[0] == y[0] or x[1].endswith(y[1]) or y[1].endswith(x[1])


def role_changed(cached: str, incoming: str) -> bool:
    """Each side states the asker's role ("As a X", "I'm the X") and no role of one side is
    the role of the other (see the module).

    Limits: only "As a / an / the X" opening the prompt and "I'm / I am a / an / the X";
    the role's last word is compared (made canonical), so "a complete beginner" / "a total
    beginner" are one role and "a full-time student" / "a part-time student" are too (left
    to the word rules); a role on one side only is not read."""
    if not (_MAY_STATE.search(cached) and _MAY_STATE.search(incoming)):
        return False
    ha, hb = _heads(cached), _heads(incoming)
    if not ha or not hb:
        return False
    return not any(_same_role(x, y) for x in ha for y in hb)


# "if I (still) hold X" / "if they hold X": the clause's doer is the asker on one side and
# someone else on the other
_IF_CLAUSE = re.compile(
    r"\b(?:if|unless|when|while|since|because)\s+(i|we|he|she|they)\s+"
    r"(?:(?:still|already|also|now|just|only)\s+)?([a-z]+)\s+((?:[a-z']+\s*){1,3})",
    _I,
)
_ASKER = frozenset(("i", "we"))


_CLAUSE_CUES = ("if ", "unless ", "when ", "while ", "since ", "because ")


def _clauses(text: str) -> dict[tuple[str, str], set[bool]]:
    out: dict[tuple[str, str], set[bool]] = {}
    text = text.lower()
    if not any(c in text for c in _CLAUSE_CUES):
        return out
    for m in _IF_CLAUSE.finditer(text):
        key = (canonical(m.group(2)), " ".join(m.group(3).split()))
        out.setdefault(key, set()).add(m.group(1) in _ASKER)
    return out


def clause_doer_changed(cached: str, incoming: str) -> bool:
    """An "if" clause says the same verb and the same words after it, its doer the asker ("I",
    "we") on one side and another ("he", "she", "they") on the other ("Can a client
    trademark a logo I designed if I still hold the copyright?" / "... if they hold the
    copyright?"): one pronoun traded reads as a small change to the word rules.

    Limits: "if / unless / when / while / since / because" and a pronoun doer only; "you"
    (often anyone) is not read; the verb and up to three words after it must match."""
    ca = _clauses(cached)
    if not ca:
        return False
    return lone_values_differ(ca, _clauses(incoming))
