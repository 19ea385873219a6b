"""Which bound a "How ADJ + modal + you be" question asks for (pure, hardening pass 55,
blind round 383): "How old must you be to compete in the Urdd Eisteddfod?" / "How old can
you be and still compete in the Urdd Eisteddfod?". The first asks the least degree of the
adjective that lets you do it (a minimum age), the second the most degree with which you
may still do it (a maximum age): other numbers, another answer.

The frames are closed classes: a lower bound is a necessity modal before "be" ("must",
"do / does ... have to", "do / does ... need to", "has to", "have to", "need to", "needs
to"); an upper bound is a possibility modal ("can", "could") whose "be" is followed by "and
still" ("How old can you be and still rent a car?"). The subject between them is a short
noun phrase ("you", "one", "a child"). The adjective is whatever word follows "how": the
frame, not a lexicon, makes it a degree ("old", "tall", "heavy", "fast").

Limits: the same adjective on both sides (an antonym, "How young can you be ...", flips the
scale and is not read); "can you be to V" without "and still" is not read, nor a "should"
(a recommendation).
"""

from __future__ import annotations

from policies.verify.text import Parsed

__all__ = ["bound_asked", "how_bound_swapped"]

_NECESSITY = frozenset(("must",))  # "must you be"
_DO = frozenset(("do", "does", "did"))  # "do you have to be", "does one need to be"
_HAVE = frozenset(("have", "has", "need", "needs"))  # "... have to be", "... need to be"
_POSSIBILITY = frozenset(("can", "could"))  # "can you be and still"
_SUBJECT_MAX = 3  # "you", "one", "a young child"
_NOT_SUBJECT = frozenset(("be", "to", "and", "still", "have", "has", "need", "needs"))


def _subject_end(words: tuple[str, ...], k: int) -> int:
    """The index right after a short subject starting at ``k`` (before "be" or "have to"),
    or -1 when none is there."""
    for j in range(k + 1, min(len(words), k + 1 + _SUBJECT_MAX)):
        if words[k] in _NOT_SUBJECT or not words[k].isalpha():
            return -1
        if words[j] in _NOT_SUBJECT:
            return j
        if not words[j].isalpha():
            return -1
    return -1


def _at(words: tuple[str, ...], k: int, *want: str) -> bool:
    return k + len(want) <= len(words) and words[k : k + len(want)] == want


def _bound_at(words: tuple[str, ...], h: int) -> str:
    """The bound asked by the frame after "how ADJ" at ``h`` ("how" at ``h``), or ""."""
    k = h + 2
    if k >= len(words):
        return ""
    modal = words[k]
    if modal in _NECESSITY or modal in _POSSIBILITY:
        j = _subject_end(words, k + 1)
        if j < 0 or words[j] != "be":
            return ""
        if modal in _NECESSITY:
            return "lower"
        return "upper" if _at(words, j + 1, "and", "still") else ""
    if modal in _DO:
        j = _subject_end(words, k + 1)
        if j < 0 or words[j] not in _HAVE:
            return ""
        return "lower" if _at(words, j + 1, "to", "be") else ""
    return ""


def bound_asked(p: Parsed) -> tuple[str, str] | None:
    """(adjective, "lower" / "upper") of the first "how ADJ + modal + subject be" frame."""
    words = p.words
    for h, w in enumerate(words):
        if w != "how" or h + 1 >= len(words) or not words[h + 1].isalpha():
            continue
        bound = _bound_at(words, h)
        if bound:
            return words[h + 1], bound
    return None


def how_bound_swapped(a: Parsed, b: Parsed) -> bool:
    """The same "how ADJ" asked as a lower bound on one side and an upper one on the other."""
    ba, bb = bound_asked(a), bound_asked(b)
    if ba is None or bb is None:
        return False
    return ba[0] == bb[0] and ba[1] != bb[1]
