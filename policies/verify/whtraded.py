"""A question word traded for another before a copula, the rest the same (pure).

"What is the Merrie Monarch Festival?" / "When is the Merrie Monarch Festival?" (hardening
pass 50, blind round 321), "Who is the Dalai Lama?" / "Where is the Dalai Lama?": one
opening wh-word and its copula ("is", "are", "was", "were", "'s") ask a definition, the
other a time, a place, a person or a reason of the same thing; every other word is the
same. ``wh_traded`` reads only that shape: the two prompts' words differ at exactly one
place, the opening wh-word, and a copula follows it. Left as one ask:

- "what" / "which" (one choice asked), "what" / "who" ("Who is Signal the Frog" / "What's
  Signal the Frog" ask the identity), "why" / "how" ("Why are X so cheap" / "How are X so
  cheap", a reason either way), "what" / "how" ("How is the relationship between X and Y"
  asks what it is like, as "What is it like to X" / "How is it like to X" do);
- a subject naming the kind of answer or one of a set: a noun of time or place ("What is
  the best time of year to X" / "When is ...", "What is the best place" / "Where is ...")
  or a superlative ("What's the best gelato in X" / "Where's the best gelato in X").
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_CONTRACTED_RE = re.compile(r"\b(what|when|where|who|why|how)'(s|re)\b")
_EXPANDED = {"s": "is", "re": "are"}

_WH = frozenset("what when where who why how".split())
# pairs asking one thing ("which" is no trade: not in _WH)
_ONE_ASK = frozenset(
    (frozenset(("what", "who")), frozenset(("why", "how")), frozenset(("what", "how")))
)
_COPULAS = frozenset("is are was were".split())
# nouns naming the kind of answer a "what" asks ("What is the best time / place")
_ANSWER_KINDS = frozenset(
    "time times day days date dates year years month months season seasons hour hours week"
    " weeks period age place places spot spots location locations destination".split()
)
_SUPERLATIVES = frozenset("best worst most least top".split())
_FILLER = frozenset("please hi hey so ok okay".split())


def _words(text: str) -> tuple[str, ...]:
    low = text.lower().replace("\u2019", "'")
    low = _CONTRACTED_RE.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2)]}", low)
    return tuple(w for w in _WORD_RE.findall(low) if w not in _FILLER)


def _names_kind(words: tuple[str, ...]) -> bool:
    """The subject names a time or place, or picks one of a set by a superlative."""
    return any(
        w in _ANSWER_KINDS
        or w in _SUPERLATIVES
        or (k > 0 and words[k - 1] == "the" and len(w) > 4 and w.endswith("est"))
        for k, w in enumerate(words)
    )


def wh_traded(a: str, b: str) -> bool:
    """The opening wh-word traded for another of a different ask before a copula, the
    rest the same (see the module)."""
    wa, wb = _words(a), _words(b)
    if len(wa) < 3 or len(wa) != len(wb) or wa[1:] != wb[1:]:
        return False
    x, y = wa[0], wb[0]
    return (
        x != y
        and x in _WH
        and y in _WH
        and frozenset((x, y)) not in _ONE_ASK
        and wa[1] in _COPULAS
        and not _names_kind(wa[2:])
    )
