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
    if cached == incoming:
        return incoming
    if " and " in cached and " and " in incoming:
        swapped = asks_swapped(cached, incoming)
        if swapped != incoming:
            return swapped
    if abs(len(cached) - len(incoming)) > _SLACK:
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


# "What is X and <ask about it>?" / "<ask about X>, and what is it?": the two asks of one
# prompt in the other order, the pronoun and the thing it stands for traded with them
_WHAT_FIRST_RE = re.compile(
    r"^(?:what\s+is|what\s+are|what's)\s+(?:(?:a|an|the)\s+)?(?P<x>[\w\s-]+?)"
    r",?\s+and\s+(?P<ask>[^,;.!?]+?)\s*\?$",
    re.IGNORECASE,
)
_WHAT_LAST_RE = re.compile(
    r"^(?P<ask>[^,;.!?]+?)(?:,\s*and|\?)\s+(?:what\s+is|what\s+are|what's)\s+"
    r"(?P<r>[\w\s-]+?)\s*\?$",
    re.IGNORECASE,
)
_ASK_PRONOUNS = frozenset(("it", "one", "they", "them"))
_NP_DETERMINERS = frozenset(("a", "an", "the", "my", "your", "our", "their", "his", "her"))
# the thing's own determiner: another's ("his", "her", "their") makes it another ask
_THING_DETERMINERS = frozenset(("a", "an", "the", "my"))
# words before "one" that make it a count ("more than one", "just one"), not the thing
_COUNTED_ONE = frozenset("than just only least exactly another no any each every".split())
# what may follow the thing in the other ask: a preposition or an adverb, not a noun of it
_AFTER_THING = frozenset(
    """as for to in on at with by from into instead before after if when now yet first
    today still""".split()
)
_ASK_OPENERS = frozenset(
    "how when where why should do does can could is are will would which who".split()
)


def _ask_words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


def _folded(words: list[str]) -> list[str]:
    return [w.casefold() for w in words]


def asks_swapped(cached: str, incoming: str) -> str:
    """``cached`` where ``incoming`` makes its two asks, a definition and one more, in the
    other order and is otherwise it word for word: "What is the FAFSA and when should I
    file it?" / "When should I file the FAFSA, and what is it?" (either side first). Limits:
    the definition on the last-asked side asks about a pronoun (it, one, they, them) or the
    thing again, nothing more ("what is a good nuc" is another ask); the other ask opens
    with a question word, names the thing once as its first phrase with a determiner (a,
    an, the or an owner; words the same but for hyphens), its words ending the phrase ("a
    trust fund" is no trust), and holds no pronoun, so "What is X and should I buy Y?" /
    "Should I buy Y, and what is it?" and "... buy Y with X, and what is it?" stay apart;
    the what-first side's ask holds one pronoun, "one" only for "a" / "an" ("Should I
    cancel the credit card" is no "cancel one") and not counted ("more than one"), "they" /
    "them" on either side only for a plural thing and "it" / "one" only for a singular;
    the thing's determiner is a, an, the or "my" (not another's: "his tax transcript"),
    and when its definition asks about a pronoun no other noun phrase with a determiner is
    in that ask ("a fiduciary for my RSUs, and what are they?" may ask about the RSUs).
    With the thing put back for its pronoun the two asks must be the same words, but for
    "how / where can I" read as "do I"."""
    for first, last in ((cached, incoming), (incoming, cached)):
        mf = _WHAT_FIRST_RE.match(first.strip())
        ml = _WHAT_LAST_RE.match(last.strip())
        if mf is None or ml is None:
            continue
        x = _folded(_ask_words(mf.group("x")))
        r = _folded(_ask_words(ml.group("r")))
        if not x or not (
            (len(r) == 1 and r[0] in _ASK_PRONOUNS)
            or r == x
            or (r[1:] == x and r[0] in ("a", "an", "the"))
        ):
            continue
        plural = _plural(x[-1])
        if len(r) == 1 and (r[0] in ("they", "them")) != plural:
            continue  # "what are they" after a fiduciary: the other thing named
        ask_f = _folded(_ask_words(mf.group("ask")))
        ask_l = _folded(_ask_words(ml.group("ask")))
        if not ask_f or not ask_l or ask_f[0] not in _ASK_OPENERS or ask_l[0] not in _ASK_OPENERS:
            continue
        pron = [i for i, w in enumerate(ask_f) if w in _ASK_PRONOUNS]
        if len(pron) != 1 or (ask_f[pron[0]] in ("they", "them")) != plural:
            continue
        if ask_f[pron[0]] == "one" and pron[0] and ask_f[pron[0] - 1] in _COUNTED_ONE:
            continue  # "do I need more than one" counts
        dets = [i for i, w in enumerate(ask_l) if w in _NP_DETERMINERS]
        if not dets or ask_l[dets[0] + 1 : dets[0] + 1 + len(x)] != x:
            continue
        if ask_l[dets[0]] not in _THING_DETERMINERS:
            continue  # "his tax transcript" is not the asker's
        if len(dets) > 1 and len(r) == 1:
            continue  # "... for my RSUs, and what are they?" may ask about the RSUs
        if ask_l.count(x[-1]) != 1 or any(w in _ASK_PRONOUNS for w in ask_l):
            continue
        d = dets[0]
        after = ask_l[d + 1 + len(x) : d + 2 + len(x)]
        if after and after[0] not in _AFTER_THING:
            continue  # "Do I need a trust fund" names no trust
        if ask_f[pron[0]] == "one" and ask_l[d] not in ("a", "an"):
            continue  # "should I cancel one" is any, "the credit card" one of them
        if _plain([*ask_l[:d], ask_f[pron[0]], *ask_l[d + 1 + len(x) :]]) == _plain(ask_f):
            return cached
    return incoming


def _plural(word: str) -> bool:
    """A noun's plural by its ending ("ETFs", "options"; not "glass", "bus", "basis")."""
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plain(ask: list[str]) -> list[str]:
    """An ask with "can" after its question word read as "do" ("Where can I find it" /
    "Where do I find it"); nothing else is let differ."""
    if len(ask) > 1 and ask[0] in ("how", "where") and ask[1] == "can":
        return [ask[0], "do", *ask[2:]]
    return ask
