"""Near-misses that keep the ask and change who asks (pure).

- The asker's stated role changed ("As the property owner, can I tow a tenant's car?" / "As
  a tenant, can I tow another tenant's car?", "As a parent" / "As a teacher", "I'm the
  landlord" / "I'm the tenant"): the answer depends on who asks, and a role named on both
  sides (a tenant's car, as a tenant) leaves the word rules nothing added or dropped.
- An "if" / "when" clause's doer is the asker on one side and someone else on the other ("if
  I still hold the copyright" / "if they hold the copyright", "if I noticed the deposition" /
  "if opposing counsel noticed the deposition").
- A state said of the one acted on ("hit someone who's out of bounds") on one side, of the
  doer ("hit someone while you're out of bounds") on the other.

Both are read on the texts as typed.
"""

from __future__ import annotations

import re

from policies.verify.direction import differing
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
    if ca and lone_values_differ(ca, _clauses(incoming)):
        return True
    return _doer_named(cached, incoming)


_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]*)?")
_CUES = frozenset(c.strip() for c in _CLAUSE_CUES)
# Doers that may name the asker too, or nobody in particular ("if someone cancels", "if you
# cancel", "if a person misses a payment"), or a thing ("if it rains")
_NOT_OTHERS = frozenset(
    """i me my we us our you your one someone somebody anyone anybody everyone everybody
    people person it this that there these those and or""".split()
)
_GENERIC_LEADS = frozenset("a an any some every each".split())
_DOER_WORDS = 3


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(text.lower().replace("\u2019", "'")))


def _other_doer(span: tuple[str, ...]) -> bool:
    """``span`` names one party who is not the asker: "the hotel", "opposing counsel", "my
    landlord" (at most three words; no pronoun, nobody in general, no "a" / "any")."""
    return (
        0 < len(span) <= _DOER_WORDS
        and span[0] not in _GENERIC_LEADS
        and _NOT_OTHERS.isdisjoint(span)
        and all(w.isalpha() for w in span)
    )


def _doer_named(cached: str, incoming: str) -> bool:
    """Hardening pass 36 (blind round 248): the clause's doer is "I" / "we" on one side and a
    named party on the other, the verb and all else kept ("If I noticed the deposition, who
    pays the court reporter?" / "If opposing counsel noticed the deposition, ...", "If I
    cancel the booking" / "If the hotel cancels the booking"): who set the condition going
    decides the answer.

    Limits: the doers follow the same "if / unless / when / while / since / because" and are
    the one difference but for the verb's agreement ("cancel" / "cancels", the same canonical
    verb); the other doer is at most three words naming a party (not "you", "someone", "a
    person", "it", nor one that says "I" / "my" too, "my wife and I")."""
    la, lb = cached.lower(), incoming.lower()
    if not any(c in la for c in _CLAUSE_CUES) or not any(c in lb for c in _CLAUSE_CUES):
        return False
    wa, wb = _words_of(cached), _words_of(incoming)
    i, ea, eb = differing(wa, wb)
    if not i or wa[i - 1] not in _CUES:
        return False
    for mx, my, end in ((wa[i:ea], wb[i:eb], ea == len(wa)), (wb[i:eb], wa[i:ea], eb == len(wb))):
        if not mx or mx[0] not in _ASKER or len(mx) > 2:
            continue
        doer = my
        if len(mx) == 2:  # the verb agrees with its doer: "I cancel" / "the hotel cancels"
            if len(my) < 2 or canonical(my[-1]) != canonical(mx[1]) or my[-1] == mx[1]:
                continue
            doer = my[:-1]
        elif end:
            continue  # the verb and what follows must be kept
        if _other_doer(doer):
            return True
    return False


# A state said of the one acted on: "someone who's out of bounds"; said of the doer: "while
# you're out of bounds". Contractions are spelled out first.
_CONTRACTED = {"who's": ("who", "is"), "that's": ("that", "is"), "i'm": ("i", "am")}
_CONTRACTED |= {"you're": ("you", "are"), "we're": ("we", "are")}
_RELATIVE = frozenset(("who", "that"))
_BE = frozenset("is are was were am has have had".split())  # "who has covid"
_DOER_CUES = frozenset("while when if whilst".split())
_DOERS = frozenset("i you we".split())  # the asker, or the one the rule is put to


def _spelled(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in _words_of(text):
        out.extend(_CONTRACTED.get(w, (w,)))
    return tuple(out)


def _held_by_other(span: tuple[str, ...]) -> bool:
    return len(span) == 2 and span[0] in _RELATIVE and span[1] in _BE  # "who is"


def _held_by_doer(span: tuple[str, ...]) -> bool:
    return (
        len(span) == 3 and span[0] in _DOER_CUES and span[1] in _DOERS and span[2] in _BE
    )  # "while you are"


def state_holder_changed(cached: str, incoming: str) -> bool:
    """Hardening pass 36 (blind round 245): a state said of the one acted on on one side ("Is
    it a penalty to hit someone who's out of bounds?"), of the doer on the other ("... to hit
    someone while you're out of bounds?"): whose state it is decides the answer, and the
    words differ only in "who is" / "while you are".

    Limits: "who / that" with a form of "be" or "have" against "while / when / if / whilst"
    with "I", "you" or "we" and a form of "be" or "have", the one difference, with the one
    acted on said before it and the state after it on both sides; "while they're" / "while
    he's" (most often the one acted on again) are not read."""
    if "while" not in cached + incoming and "when" not in cached + incoming:
        if " if " not in cached + incoming:
            return False
    wa, wb = _spelled(cached), _spelled(incoming)
    i, ea, eb = differing(wa, wb)
    if i < 2 or ea == len(wa) or eb == len(wb):
        return False  # the one acted on before them, the state after them
    x, y = wa[i:ea], wb[i:eb]
    return (_held_by_other(x) and _held_by_doer(y)) or (_held_by_other(y) and _held_by_doer(x))
