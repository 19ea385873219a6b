"""A span against its complement (pure): a word or two that turn what is kept into its
opposite, the rest word for word.

- ``complement_added``: one side says "off" / "away from" / "out of" / "outside" before a
  noun, the other says the noun plainly or with "in" / "at" / "during" and a determiner
  ("practice in season" / "practice in the off season", "fly during peak season" / "fly
  off-peak", "a sleepover away from home" / "a sleepover at our home"). A negation on the
  other side ("not at home") or a marker on both ("the off season" / "the offseason") is
  left to the other checks.
"""

from __future__ import annotations

from policies.verify.direction import differing
from policies.verify.text import Parsed

# the words that make the noun after them its complement
_MARKERS: tuple[tuple[str, ...], ...] = (
    ("off",),
    ("away", "from"),
    ("out", "of"),
    ("outside", "of"),
    ("outside",),
)
_MARKER_WORDS = frozenset(w for m in _MARKERS for w in m)
# what the plain side may say around the noun: a place or time preposition, a determiner
_PLAIN = frozenset(
    """in at on during inside within the a an my our your his her their its this that
    these those""".split()
)
_DETERMINERS = frozenset("the a an my our your his her their its this that".split())
_NEGATIONS = frozenset("not no never n't nt without".split())
_MAX_MIDDLE = 4  # the differing words on either side, at most


def _marked_noun(words: tuple[str, ...], lo: int, hi: int) -> str:
    """The noun a marker in ``words[lo:hi]`` turns into its complement ("off" in "the off
    season" -> "season"; "away from" in "away from our home" -> "home"), "" without one.
    "off" takes the word right after it ("pay off the loan" is a verb's particle)."""
    for i in range(lo, hi):
        for marker in _MARKERS:
            if words[i : i + len(marker)] != marker or i + len(marker) > hi:
                continue  # (the whole marker differs: "switching away from" / "from")
            k = i + len(marker)
            if marker != ("off",):
                while k < len(words) and words[k] in _DETERMINERS:
                    k += 1
            if k < len(words) and words[k].isalpha() and words[k] not in _PLAIN:
                return words[k]
            return ""
    return ""


def _plain(words: tuple[str, ...], lo: int, hi: int, noun: str) -> bool:
    """``words[lo:hi]`` only places the noun: prepositions, determiners, the noun itself
    and at most one word right after it ("during peak season")."""
    mid = words[lo:hi]
    if any(w in _MARKER_WORDS or w in _NEGATIONS for w in mid):
        return False
    rest = [w for w in mid if w not in _PLAIN]
    if not rest:
        return True
    if rest[0] != noun or len(rest) > 2:
        return False
    k = mid.index(noun)
    return len(rest) == 1 or mid[k + 1 : k + 2] == (rest[1],)


def complement_added(a: Parsed, b: Parsed) -> bool:
    """One side marks a noun as its complement ("in the off season", "away from home"), the
    other names the same noun plainly ("in season", "at our home"), the rest kept."""
    wa, wb = a.words, b.words
    p, ea, eb = differing(wa, wb)
    if ea - p > _MAX_MIDDLE or eb - p > _MAX_MIDDLE:
        return False
    for (x, ex), (y, ey) in (((wa, ea), (wb, eb)), ((wb, eb), (wa, ea))):
        noun = _marked_noun(x, p, ex)
        if noun and noun in y and _plain(y, p, ey, noun):
            return True
    return False
