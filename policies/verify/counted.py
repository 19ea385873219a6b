"""Hardening pass 49 (blind round 319): the counted noun of "how many" traded with the noun
counted per one. "How many judges award style points?" counts judges; "How many style
points can one judge award?" counts points per judge: the same words, but the count moved
to the other noun, so the answer is another number ("How many referees give yellow cards"
/ "How many yellow cards can one referee give", "How many drivers deliver parcels" / "How
many parcels can one driver deliver").

The per-one side reads "how many B <aux> <one> A V ...": the content words after "how
many" up to the first closed-class word (B, its head the last), an auxiliary or modal, a
determiner of one ("one", "a single", "each", "every", "a", "an") and the noun A. The other
side reads "how many A ... B" with A right after "how many", the head of B later, and
between them only words the per-one side says after A (its verb: "award", "care for").
"How many judge points" (nothing between) and "How many style points can a single judge
award" (B right after "how many" on both sides) count one thing.
"""

from __future__ import annotations

from policies.verify.text import Parsed

__all__ = ["count_traded"]

_HOW = frozenset(("many", "much"))
# auxiliaries and modals that end the counted noun phrase ("How many points can ...")
_AUX = frozenset("can could do does did will would should may might must is are was were".split())
# determiners of one, as word sequences (longest first)
_ONE = (("one", "single"), ("a", "single"), ("one",), ("each",), ("every",), ("a",), ("an",))
_COUNTED_MAX = 4  # words of the counted noun phrase after "how many", at most
_START_MAX = 8  # "how many" within the first words ("Hey, could you tell me how many")


def _start(p: Parsed) -> int | None:
    """The index of the word after "how many / much", None without one near the start."""
    w = p.words
    for i in range(min(len(w) - 2, _START_MAX)):
        if w[i] == "how" and w[i + 1] in _HOW:
            return i + 2
    return None


def _per_one(p: Parsed) -> tuple[tuple[str, ...], str, int] | None:
    """In "how many B <aux> one A ...": the words of B (its head last), A, A's index."""
    k = _start(p)
    if k is None:
        return None
    w, c = p.words, p.canon
    j = _phrase_end(p, k)
    if j == k or j >= len(w) or w[j] not in _AUX:
        return None
    phrase = c[k:j]
    j += 1
    for one in _ONE:
        if w[j : j + len(one)] == one:
            j += len(one)
            break
    else:
        return None
    if j >= len(w) or not c[j]:
        return None
    return phrase, c[j], j


def _phrase_end(p: Parsed, k: int) -> int:
    """The end of the counted phrase from ``k``: a closed-class word or a number ends it."""
    j = k
    while j < len(p.words) and j - k < _COUNTED_MAX and p.canon[j] and p.words[j].isalpha():
        j += 1
    return j


def _traded(per: Parsed, other: Parsed) -> bool:
    found = _per_one(per)
    k = _start(other)
    if found is None or k is None:
        return False
    phrase, a, at = found
    b, c = phrase[-1], other.canon
    if c[k] != a or a in phrase or b not in c[k + 1 :]:
        return False
    end = c.index(b, k + 1)
    between = {x for x in c[k + 1 : end] if x} - set(phrase)
    # "How many judges award style points": the verb between A and B, said after A per one
    return bool(between) and between <= set(per.canon[at + 1 :]) and _per_one(other) is None


def count_traded(a: Parsed, b: Parsed) -> bool:
    """One side counts B per one A, the other counts A doing B (see the module)."""
    return _traded(a, b) or _traded(b, a)
