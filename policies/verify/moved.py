"""Near-misses written with the same words, or nearly, that say another thing (pure).

- A modifier that makes a thing another one moved to another noun ("Can my kid ride the bus
  to a different school in the district?" / "... to a school in a different district?",
  "another branch of the same bank" / "the same branch of another bank"): the words are
  the same, so the word rules see nothing added or dropped.
- Someone else's against one's own, or against the one named ("share a student's grades
  with other parents" / "... with the student's parents", "discipline other people's kids"
  / "discipline their own kids"): `nearmiss.other_owner` reads only my / our / your
  against "the other".
- An un- word against its stem said in another construction ("a used textbook that
  includes an unused access code" / "a used textbook whose access code is already used"):
  the stem is written on both sides, so the set of words added holds no pair.
"""

from __future__ import annotations

import re
from collections import Counter

from policies.verify import lexicon as lx
from policies.verify.direction import common_ends
from policies.verify.nearmiss import owner_tokens
from policies.verify.text import Parsed

# Modifiers that make a thing another one (or the very one): moved to another noun, they
# say which thing differs
_OTHERING = frozenset("different other another same separate".split())
# "each other", "one another" name no other thing
_RECIPROCAL = {("each", "other"), ("one", "another")}


def _words(p: Parsed) -> list[str]:
    """The words without articles, a reciprocal "each other" / "one another" one word."""
    out: list[str] = []
    for w in p.words:
        if out and (out[-1], w) in _RECIPROCAL:
            out[-1] += "_" + w
        elif w not in lx.ARTICLES:
            out.append(w)
    return out


def _modified(words: list[str]) -> list[tuple[str, str]]:
    """Each othering modifier with the word after it (the thing it makes another)."""
    return [
        (w, words[k + 1] if k + 1 < len(words) else "")
        for k, w in enumerate(words)
        if w in _OTHERING
    ]


def modifier_moved(a: Parsed, b: Parsed) -> bool:
    """The same words (articles aside) on both sides, an othering modifier (different,
    other, another, same, separate) now before another noun (see the module).

    Limits: with the modifiers and articles left out, the two sides must be the same words
    in the same order; the modifiers must be the same on each side and differ only in the
    word after them ("each other" and "one another" are not read)."""
    if _OTHERING.isdisjoint(a.words) or _OTHERING.isdisjoint(b.words):
        return False
    wa, wb = _words(a), _words(b)
    if wa == wb or Counter(wa) != Counter(wb):
        return False
    if [w for w in wa if w not in _OTHERING] != [w for w in wb if w not in _OTHERING]:
        return False
    return _modified(wa) != _modified(wb)


# Someone else's: "other parents", "another family's dog", "other people's kids",
# "someone else's kids"
_OTHER_WORDS = frozenset("other another else others".split())
_PRONOUNS = frozenset("my our your his her their its".split())
_OWN_SPAN = 4  # words at the place, at most, on each side
_OWN_RE = re.compile(r"\bown\b")


def _others(words: list[str]) -> bool:
    return not _OTHER_WORDS.isdisjoint(words) and _PRONOUNS.isdisjoint(words)


def own_against_other(cached: str, incoming: str) -> bool:
    """Someone else's thing on one side, one's own or the one named on the other, at the
    place where the two differ, the same thing owned after it (see the module).

    Limits: read on the texts as typed (the parse drops "'s"). The other side must own it
    by "own" ("their own kids") or by a possessor in "'s" ("the student's parents"), at most
    four words, with no other / another / else, or by a pronoun alone ("their kids" /
    "other kids", the rest then the same); the two must open alike (a passive turned
    round, "my horse was kicked by another horse" / "another horse kicked my horse", is
    not read); a pronoun against "the other" ("their team" / "the other team") is left
    alone (the other may be the one meant). The thing owned must be the next word on both sides.

    Also read (hardening pass 29): a pronoun's "own" against another party's "'s" with no
    other / else ("in his own half" / "in the opponent's half", "on his own side" / "on his
    opponent's side"): the party in "'s" must be named nowhere on the "own" side (so "his
    own half" / "the player's own half" after "a player" is one owner) and be no group the
    owner belongs to ("his own half" / "his team's half")."""
    both = (cached + incoming).lower()
    others = "other" in both or "else" in both
    if not others and not (
        ("'s" in both or "\u2019s" in both) and "own" in both and _OWN_RE.search(both)
    ):
        return False
    (wa, pa), (wb, pb) = owner_tokens(cached), owner_tokens(incoming)
    i, _ = common_ends(wa, wb)
    for wx, wy, px, py in ((wa, wb, pa, pb), (wb, wa, pb, pa)):
        for n in range(1, _OWN_SPAN + 1):
            for m in range(1, _OWN_SPAN + 1):
                if i + n >= len(wx) or i + m >= len(wy) or wx[i + n] != wy[i + m]:
                    continue
                mx, my = wx[i : i + n], wy[i : i + m]
                if not _others(mx):
                    if _party_against_own(wx, px, wy, i, n, m):
                        return True
                    continue
                if not _OTHER_WORDS.isdisjoint(my):
                    continue
                # "their own kids", "the student's parents"; "their kids" against "other
                # people's kids", not against "the other kids"
                if (
                    my[-1] == "own"
                    or py[i + m - 1]
                    or (
                        m == 1
                        and my[0] in _PRONOUNS
                        and mx[0] != "the"
                        and wx[i + n :] == wy[i + m :]
                    )
                ):
                    return True
    return False


# The group an owner plays for, one party with him in a contest: "his team's half" is his own
# half (a family's, a company's or a school's thing is not the asker's own: "my own laptop" /
# "my company's laptop" differ)
_OWNERS_GROUPS = frozenset("team teams squad squads side crew".split())


def _party_against_own(
    wx: list[str], px: list[bool], wy: list[str], i: int, n: int, m: int
) -> bool:
    """``wx[i : i + n]`` names a party in "'s" (at most one "own" after it) where ``wy[i : i
    + m]`` says a pronoun's "own" (the pronoun said there or right before), the same thing
    owned next; the party is named nowhere in ``wy`` and is no group the owner belongs to."""
    my = wy[i : i + m]
    if my[-1] != "own" or not (
        (m == 2 and my[0] in _PRONOUNS) or (m == 1 and i and wy[i - 1] in _PRONOUNS)
    ):
        return False
    k = i + n - 1 - (wx[i + n - 1] == "own")
    if k < i or not px[k] or "own" in wx[i:k] or not _OTHER_WORDS.isdisjoint(wx[i : i + n]):
        return False
    party = wx[k]
    return party not in _PRONOUNS and party not in _OWNERS_GROUPS and party not in wy


_UN = "un"
_STEM_MIN = 4
_NOT_UN = frozenset(("unless", "under", "until", "unit", "union", "uniform"))


def prefix_negated(a: Parsed, b: Parsed) -> bool:
    """An un- word said more often on one side and its stem more often on the other, and
    no more negations there (see the module).

    Limits: counted over the words as parsed, not by place; the stem must be at least
    four letters ("unless" is not "less"); a "not" / "never" added with the stem ("an
    unused code" / "a code that was never used") keeps the meaning and is not read."""
    un_words = {
        w
        for w in (*a.words, *b.words)
        if w.startswith(_UN) and len(w) >= len(_UN) + _STEM_MIN and w not in _NOT_UN
    }
    if not un_words:
        return False
    ca, cb = Counter(a.words), Counter(b.words)
    if sum(ca[w] for w in lx.NEGATIONS) != sum(cb[w] for w in lx.NEGATIONS):
        return False
    for w in un_words:
        stem = w[len(_UN) :]
        du, ds = ca[w] - cb[w], ca[stem] - cb[stem]
        if du and ds and (du > 0) != (ds > 0):
            return True
    return False
