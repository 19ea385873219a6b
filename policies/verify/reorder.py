"""Modifier phrases of one request listed in another order (pure, precompiled).

"Write a short story about the sea in first person and for kids" asks what "Write a short
story for kids and in first person about the sea" asks: the same head ("write a short
story") and the same set of phrases, each opened by a modifier word (about, for, with, as,
in, on, that, using). ``align`` gives ``incoming`` the text of ``cached`` when that is all
that differs. A marker word said twice splits only after "and" ("with a title and with a
twist"): "rows in A that are not in B" is one nested phrase and is left alone, so is any
direction or comparison word (from, to, than, before, after) opening a phrase (it is no marker).
"""

from __future__ import annotations

import re

__all__ = ["align", "letter_swap", "role_swap"]

_MARKERS = frozenset("about for with as in on that using".split())
_JOINERS = frozenset(("and", ","))
_TOKEN_RE = re.compile(r"[\w'\u2019-]+|[^\w\s]")
_MIN_PHRASES = 2
_WORD_RE = re.compile(r"[\w'\u2019-]+")
_SLACK = 4  # characters: commas and spaces a reorder may add or drop


def _same_words(cached: str, incoming: str) -> bool:
    """The same words, in any order: what a reorder or a swap of phrases keeps."""
    if abs(len(cached) - len(incoming)) > _SLACK:
        return False
    return sorted(_WORD_RE.findall(cached.casefold())) == sorted(
        _WORD_RE.findall(incoming.casefold())
    )


def _one_sentence(text: str) -> bool:
    """No sentence or clause mark inside (what ``_phrases`` needs): a cheap test first."""
    inner = text.rstrip(" .!?")
    return not any(mark in inner for mark in ".?!;:")


def _phrases(text: str) -> tuple[tuple[str, ...], list[tuple[str, ...]]] | None:
    """The head and the modifier phrases of a one-sentence request (None: not one)."""
    tokens = [t.casefold() for t in _TOKEN_RE.findall(text.rstrip(" .!?"))]
    if not tokens or any(t in ".?!;:" for t in tokens):
        return None
    head: list[str] = []
    phrases: list[list[str]] = []
    seen: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok in _MARKERS and i > 0:
            if tok in seen and tokens[i - 1] not in _JOINERS:
                return None
            seen.add(tok)
            phrases.append([tok])
        elif phrases:
            phrases[-1].append(tok)
        else:
            head.append(tok)
    trimmed = []
    for p in phrases:
        while len(p) > 1 and p[-1] in _JOINERS:
            p.pop()
        trimmed.append(tuple(p))
    if len(trimmed) < _MIN_PHRASES or not head or any(len(p) < 2 for p in trimmed):
        return None
    return tuple(head), trimmed


def align(cached: str, incoming: str) -> str:
    """``cached`` when ``incoming`` is it with its modifier phrases in another order."""
    if cached == incoming or abs(len(cached) - len(incoming)) > _SLACK:
        return incoming
    if not (_one_sentence(cached) and _one_sentence(incoming)):
        return incoming
    if not _same_words(cached, incoming):
        return incoming
    pa, pb = _phrases(cached), _phrases(incoming)
    if pa is None or pb is None or pa[0] != pb[0] or pa[1] == pb[1]:
        return incoming
    return cached if sorted(pa[1]) == sorted(pb[1]) else incoming


def role_swap(cached: str, incoming: str) -> bool:
    """Two modifier phrases trade their contents ("a story about a girl for a boy" / "a
    story for a girl about a boy"): the same head, markers and contents, paired otherwise."""
    if cached == incoming or abs(len(cached) - len(incoming)) > _SLACK:
        return False
    if not (_one_sentence(cached) and _one_sentence(incoming)):
        return False
    if not _same_words(cached, incoming):
        return False
    pa, pb = _phrases(cached), _phrases(incoming)
    if pa is None or pb is None or pa[0] != pb[0] or sorted(pa[1]) == sorted(pb[1]):
        return False
    return sorted(p[0] for p in pa[1]) == sorted(p[0] for p in pb[1]) and sorted(
        p[1:] for p in pa[1]
    ) == sorted(p[1:] for p in pb[1])


# a capital letter standing alone, not opening a sentence ("table A", "set B"; not "A dog")
_LETTER_NAME_RE = re.compile(r"(?<![.?!:]\s)(?<!^)(?<![\w'\u2019.-])([A-HJ-Z])(?![\w'\u2019.-])")
_LETTER_HINT_RE = re.compile(r"[A-HJ-Z](?![\w'\u2019.-])")  # needed by the above, cheaper


def letter_swap(cached: str, incoming: str) -> bool:
    """The same one-letter names in another order ("rows in A not in B" / "in B not in A")."""
    if cached == incoming or not _LETTER_HINT_RE.search(cached):
        return False
    if not _same_words(cached, incoming):
        return False
    na, nb = _LETTER_NAME_RE.findall(cached), _LETTER_NAME_RE.findall(incoming)
    return len(na) > 1 and na != nb and sorted(na) == sorted(nb)
