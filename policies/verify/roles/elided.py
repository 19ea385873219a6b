"""An owned noun left out after its second owner ("My husband's name is on the loan and mine
is on the title" / "My name is on the loan and my husband's is on the title", round 85): each
side read again with the noun said ("and my name is on the title", "and my husband's name is
on the title") so the owners' trade is read like any other. The noun is the one after the
nearest owner before ("my name", "husband's name"); the standalone owner must stand before a
verb ("mine is", "my husband's has"), not at the end of a comparison ("than mine", read by
``modifiers.mine_expanded``). Round 87: "mine" elsewhere read as the one "my N" the other side
names ("The dog the kennel paired mine with was aggressive to him" / "My dog was aggressive to
the dog the kennel paired him with"). Role pass 89: "mine" after another's "X's N" on a side
whose "my" owns nothing but X, read "my N" where the other side says "my N" ("My friend's team
... tangled with mine" / "My team ... tangled with my friend's team")."""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_MINE = {"mine": "my", "ours": "our", "hers": "her", "theirs": "their", "yours": "your"}
_VERB = r"(?= (?:is|was|are|were|has|had|will|would|can|could|should|must|isn't|wasn't)\b)"
_ELIDED_RE = re.compile(
    r"\b(?:(mine|ours|hers|theirs|yours)|((?:my|our|her|their|your|the) [a-z]+['\u2019]s))" + _VERB,
    re.IGNORECASE,
)
_QUICK_RE = re.compile(r"['\u2019]s (?:is|was|are|were|has|had|will|would|can|could|should|must)\b")
_OWNED_RE = re.compile(
    r"\b(?:my|our|her|their|your|[a-z]+['\u2019]s) ([a-z]+)\b(?! ?['\u2019]s)", re.IGNORECASE
)
_NOT_NOUN = frozenset("own is was has had and or but to of for in on at by with".split())


def _expand(text: str, words: tuple[str, ...]) -> str | None:
    if _MINE.keys().isdisjoint(words) and not _QUICK_RE.search(text):
        return None
    m = _ELIDED_RE.search(text)
    if m is None or re.search(r"\b(?:than|as) $", text[: m.start()], re.IGNORECASE):
        return None
    nouns = [
        h.group(1).lower()
        for h in _OWNED_RE.finditer(text, 0, m.start())
        if h.group(1).lower() not in _NOT_NOUN
    ]
    if not nouns:
        return None
    said = f"{_MINE[m.group(1).lower()]} {nouns[-1]}" if m.group(1) else f"{m.group(2)} {nouns[-1]}"
    return text[: m.start()] + said + text[m.end() :]


_OBJ_MINE = frozenset(("mine", "ours"))
_OBJ_MINE_RE = re.compile(r"\b(mine|ours)\b", re.IGNORECASE)
_MY_RE = re.compile(r"\b(my|our) ([a-z]+)\b", re.IGNORECASE)


def _mine_named(text: str, other: str) -> str | None:
    """Round 87: "mine" standing for the one noun the other side names as the asker's ("The dog
    the kennel paired mine with" / "My dog was aggressive to the dog ..."): read "my dog", when
    this side names nothing else as the asker's."""
    m = _OBJ_MINE_RE.search(text)
    if m is None or re.search(r"\b(?:than|as) $", text[: m.start()], re.I):
        return None
    owner = "my" if m.group(1).lower() == "mine" else "our"
    if _MY_RE.search(text):
        return _mine_paired(text, other, m, owner)
    heads = {h.group(2).lower() for h in _MY_RE.finditer(other) if h.group(1).lower() == owner}
    heads -= _NOT_NOUN
    if len(heads) != 1:
        return None
    return text[: m.start()] + f"{owner} {heads.pop()}" + text[m.end() :]


# Role pass 89: "My friend's team broke loose and tangled with mine" / "My team broke loose and
# tangled with my friend's team": this side's "my" only an owner's ("my friend's"), "mine" the
# noun owned before it ("friend's team") said as the asker's, as the other side says it ("my
# team", the one "my N" there that owns nothing)
_MY_OWN_RE = re.compile(r"\b(my|our) ([a-z]+)\b(?!['\u2019]s)", re.IGNORECASE)
_GENITIVE_RE = re.compile(r"\b[a-z]+['\u2019]s ([a-z]+)\b", re.IGNORECASE)


def _mine_paired(text: str, other: str, m: re.Match[str], owner: str) -> str | None:
    if _MY_OWN_RE.search(text):
        return None  # this side names a thing of the asker's: "mine" may be it
    heads = {h.group(2).lower() for h in _MY_OWN_RE.finditer(other) if h.group(1).lower() == owner}
    heads -= _NOT_NOUN
    if len(heads) != 1:
        return None
    head = heads.pop()
    owned = {g.group(1).lower() for g in _GENITIVE_RE.finditer(text, 0, m.start())}
    if head not in owned:
        return None
    return text[: m.start()] + f"{owner} {head}" + text[m.end() :]


def elided_expanded(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both sides with the left-out noun said, when one side leaves it out; or None."""
    xa, xb = _expand(a.source, a.words), _expand(b.source, b.words)
    if xa is None and xb is None and _OBJ_MINE.isdisjoint(a.words + b.words):
        return None
    if xa is None and xb is None:
        xa, xb = _mine_named(a.source, b.source), _mine_named(b.source, a.source)
    if xa is None and xb is None:
        return None
    return parse(xa or a.source), parse(xb or b.source)


# Round 90: "Whose router should we use, mine or my roommate's, if his is newer?" / "... if
# mine is newer?": one word apart, a standalone owner on both sides ("his" only where no noun
# follows: before a verb or at the end) naming another person: another one's thing.
_STANDALONE = {
    "mine": "i",
    "ours": "we",
    "yours": "you",
    "hers": "she",
    "his": "he",
    "theirs": "they",
}
_AFTER = frozenset(
    "is was are were has had will would can could should must isn't wasn't or and but".split()
)


def standalone_changed(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or _STANDALONE.keys().isdisjoint(wa):
        return False
    apart = [k for k in range(len(wa)) if wa[k] != wb[k]]
    if len(apart) != 1:
        return False
    i = apart[0]
    if wa[i] not in _STANDALONE or wb[i] not in _STANDALONE:
        return False
    if i + 1 == len(wa) or wa[i + 1] in _AFTER:
        return True
    # role pass 31: "... and hers needed stitches" / "... and mine needed stitches": a past verb
    # after it, "his" alone left (it may own a noun: "his trained dog")
    return wa[i + 1].endswith("ed") and "his" not in (wa[i], wb[i]) and wa[i + 1] not in _NOT_VERB


_NOT_VERB = frozenset("red bed shed seed need feed speed".split())
