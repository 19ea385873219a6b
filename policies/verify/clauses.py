"""Clause order that never changes what a prompt asks, made canonical (pure, precompiled).

"If I cancel within 14 days, can I get a refund?" asks what "Can I get a refund if I cancel
within 14 days?" asks. The order-sensitive rules (direction, a word swapped in place) read
such a move as a swap, so ``canonical_order`` puts both sides in one order first: a fronted
adverbial clause ("If ...,", "Once ...,", "In Python,") goes to the end of its sentence.
Code (fenced or indented) is left as it is (its layout can be meaning).
Likewise "What is the height of X?" is read as "How tall is X?".
A question the earlier rewrites read from its start ("How do I keep X from ...", "Do I
qualify for X") is read again once its fronted clause has moved ("When we host, how do I
keep X from ...", "At 62, do I qualify for Social Security?").
"""

from __future__ import annotations

import re

from policies.verify.askframes import canonical_ask
from policies.verify.commonasks import canonical_common_ask

_LEAD_WORDS = (
    r"if|even\s+if|when|whenever|once|after|before|unless|until|while|as\s+soon\s+as"
    r"|in\s+case|in\s+order\s+to|so\s+as\s+to|to|in|on|for|with|using|during|as"
    r"|under|about|at"
)
# "When does it open, and ...": a question word opening a question is not a clause.
_AUX = (
    r"(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must"
    r"|has|have)\b"
)
_FRONTED_RE = re.compile(
    rf"\s*(?P<lead>(?:{_LEAD_WORDS})\b(?!\s+{_AUX})[^,.?!;:]{{1,100}}),\s+"
    r"(?P<main>[^.?!;:]*[^\s.?!;:])(?P<end>[.?!]*)\s*$",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"(?<=[.?!])\s+")
# "What is the height of X" asks "How tall is X": a dimension asked by name, as the
# adjective questions ask it.
_DIMENSIONS = {
    "age": "old",
    "height": "tall",
    "length": "long",
    "weight": "heavy",
    "size": "big",
    "depth": "deep",
    "width": "wide",
    "thickness": "thick",
}
_DIMENSION_RE = re.compile(
    rf"\bwhat\s+(is|are|was|were)\s+the\s+({'|'.join(_DIMENSIONS)})\s+of\b", re.IGNORECASE
)


def _dimension(m: re.Match[str]) -> str:
    return f"how {_DIMENSIONS[m.group(2).lower()]} {m.group(1)}"


# The first word of every opening in _LEAD_WORDS: the pattern is tried only after one.
_LEAD_FIRST = frozenset(
    "if even when whenever once after before unless until while as in so to on for with"
    " using during under about at".split()
)


# A phrase (not a clause) fronted: it goes to the end only of a question with no clause
# of its own there, where "... under EU rules if X" and "... if X under EU rules" differ.
_PHRASE_FIRST = frozenset(("under", "about", "at"))
_CLAUSE_WORDS = frozenset("if when whenever unless once because while after before until".split())


def _rotate(sentence: str) -> str:
    if "," not in sentence:
        return sentence
    head = sentence.lstrip()
    k = 0
    while k < len(head) and head[k].isalpha():
        k += 1
    if head[:k].lower() not in _LEAD_FIRST:
        return sentence
    m = _FRONTED_RE.fullmatch(sentence)
    if not m:
        return sentence
    main, lead = m.group("main"), m.group("lead")
    if head[:k].lower() in _PHRASE_FIRST and not _CLAUSE_WORDS.isdisjoint(main.lower().split()):
        return sentence
    if main.split()[0].islower():  # sentence case moves with the clause ("iPhone" stays)
        main = main[:1].upper() + main[1:]
    if lead.split()[0].istitle():
        lead = lead[:1].lower() + lead[1:]
    return f"{main} {lead}{m.group('end')}"


_INDENTED_RE = re.compile(r"\n[ \t]+\S")


def _rotate_line(line: str) -> str:
    if "," not in line:
        return line  # no fronted clause ends without one
    return " ".join(_rotate(s) for s in _SENTENCE_RE.split(line.strip()) if s)


def canonical_order(text: str) -> str:
    """``text`` with "what is the <dimension> of" asked as "how <adjective> is" and every
    sentence's fronted adverbial clause moved to its end. Prose over several lines is read
    line by line (a pasted text flattened to one line reads as the text with its line
    breaks); code, fenced or indented, is left as it is."""
    if " the " in text or " THE " in text:
        text = _DIMENSION_RE.sub(_dimension, text)
    if "," not in text or "`" in text:
        return text
    if "\n" not in text:
        rotated = _rotate_line(text)
        return rotated if rotated == text else canonical_ask(canonical_common_ask(rotated))
    if _INDENTED_RE.search(text):
        return text
    return "\n".join(_rotate_line(line) for line in text.split("\n"))
