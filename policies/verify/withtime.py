"""A condition led by a preposition of state on one side and by one of time on the other,
the rest the same (pure).

"Is it OK to fly an autogyro with a head cold?" / "Is it OK to fly an autogyro after a head
cold?" (hardening pass 51, blind round 342), "Can I donate blood with a tattoo?" / "... after
a tattoo?", "Can I drive with a concussion?" / "... during a concussion?": "with X" asks
about doing it while X holds, "after X" / "before X" / "since X" / "until X" / "during X"
about another time, so another answer. ``state_against_time`` reads only that shape: the
two prompts' words (greetings and "please" / "thanks" dropped) differ at exactly one
place, "with" on one side and a preposition of time on the other, and a word (the object)
follows it. Both prepositions are closed classes. Left alone: the same condition said two
ways ("with a cold" / "while I have a cold", "after a cold" / "after having a cold"), which
differ in more than one word, and "during" / "while" said on both sides.
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STATE = "with"
_TIME = frozenset(("after", "before", "during", "since", "until", "till"))
# politeness and greetings, read as not said
_FILLER = frozenset("hi hello hey please thanks thank you pls".split())


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text.lower()) if w not in _FILLER]


def state_against_time(cached: str, incoming: str) -> bool:
    """The words differ only in one place, "with" against "after" / "before" / "during" /
    "since" / "until" / "till", and the preposition has an object (see the module).

    Limits: a single-word trade only; "with" said another way ("while I have", "having")
    or the time said with a verb ("after having", "once I've had") is not read."""
    wa, wb = _words(cached), _words(incoming)
    if len(wa) != len(wb):
        return False
    places = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(places) != 1:
        return False
    k = places[0]
    if k + 1 >= len(wa):
        return False  # no object after the preposition
    x, y = wa[k], wb[k]
    return (x == _STATE and y in _TIME) or (y == _STATE and x in _TIME)
