"""Whose thing it is: two owners swapped between two things ("my neighbor's tree fell on my
fence" / "my tree fell on my neighbor's fence"), read from the prompt as given, since
parsing drops the possessive "'s"."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.direction import differing
from policies.verify.text import Parsed

# An owner and the word it owns: a possessive pronoun, or a word with "'s" / a plural "s'";
# role pass 112: "its" too ("when its steerer splashes team B's paddlers" / "when team B's
# steerer splashes its paddlers", a team's or a company's people)
_POSSESSIVE_RE = re.compile(r"\b(?=(my|our|your|his|her|its|their|[a-z]+'s|[a-z]+s')\s+([a-z]+))")


def _owned(p: Parsed) -> dict[str, str]:
    """Owned word -> its owner; a word owned twice by different owners is left out."""
    text = p.source
    if "'" not in text and not any(
        w in p.words for w in ("my", "our", "your", "his", "its", "their")
    ):
        return {}
    text = text.replace("\u2019", "'")
    seen: dict[str, str] = {}
    clash: set[str] = set()
    for owner, thing in _POSSESSIVE_RE.findall(text.lower()):
        owner = owner.removesuffix("'s").removesuffix("'")
        if seen.setdefault(thing, owner) != owner:
            clash.add(thing)
    return {k: v for k, v in seen.items() if k not in clash}


def possessive_swap(a: Parsed, b: Parsed) -> bool:
    """Two things each owned on both sides, whose owners trade places."""
    own_a = _owned(a)
    if len(own_a) < 2:
        return False
    own_b = _owned(b)
    both = [w for w in own_a if w in own_b and own_a[w] != own_b[w]]
    return any(
        own_a[x] == own_b[y] and own_a[y] == own_b[x]
        for i, x in enumerate(both)
        for y in both[i + 1 :]
    )


# Owners that name nobody in particular: "someone's will" asks what "a will" asks.
_VAGUE_OWNERS = frozenset(
    "my our your his her their its someone somebody anyone anybody one person people".split()
)
_DETERMINERS = frozenset(("the", "a", "an", "my", "your", "our", "their", "his", "her"))


def _said_apart(p: Parsed, owner: str, thing: str) -> bool:
    """``owner`` and ``thing`` said together on ``p``: "buyer agent", "agent of the buyer"."""
    words = p.words
    for i, w in enumerate(words):
        if w != thing:
            continue
        if i and words[i - 1] == owner:
            return True
        j = i + 1
        if words[j : j + 1] == ("of",):
            j += 1
            while j < len(words) and words[j] in _DETERMINERS:
                j += 1
            if words[j : j + 1] == (owner,):
                return True
    return False


def _only_as_option(p: Parsed, word: str) -> bool:
    """``word`` is said in ``p``, and only as an option of an "X or Y" choice ("the buyer
    or the seller"): the choice the other side's owner answers."""
    words = p.words
    said = False
    for i, w in enumerate(words):
        if w != word:
            continue
        after = words[i + 1 : i + 2] == ("or",)
        before = "or" in words[max(0, i - 2) : i]
        if not (after or before):
            return False
        said = True
    return said


def narrowed_owner(a: Parsed, b: Parsed) -> bool:
    """One side narrows a thing the other names by putting an owner in front of it: "Who
    pays the real estate agent's commission, the buyer or the seller?" / "Who pays the
    buyer's agent commission?" asks about one of the two agents. The owner said with the
    thing on both sides ("the buyer's agent" / "the agent of the buyer"), or a vague one
    ("someone's will"), narrows nothing; an owner the other side does not name, or names
    elsewhere than in a choice ("a tenant's rights" / "rights do tenants have"), is left to
    the other rules."""
    for x, y in ((a, b), (b, a)):
        if "or" not in y.words:
            continue  # the owner must be one option of a choice on ``y``
        for thing, owner in _owned(x).items():
            if (
                owner in _VAGUE_OWNERS
                or thing not in y.words
                or _owned(y).get(thing) == owner
                or _said_apart(y, owner, thing)
                or not _only_as_option(y, owner)
            ):
                continue
            return True
    return False


_ASKER_OWNERS = frozenset("my our".split())
# Owners that are not the asker: a thing held in common or by the public
_PUBLIC = frozenset(
    "public shared communal municipal city government council state federal county".split()
)


def public_against_own(a: Parsed, b: Parsed) -> bool:
    """The asker's own thing on one side, a public or shared one on the other, at the one
    place where the two differ ("a tree on my property" / "a tree on public property", "my
    driveway" / "a shared driveway", "my land" / "city land"): what one may do with one's
    own is not what one may do with what belongs to all. Widened in hardening pass 36 (blind
    round 247) to the state's, the county's and the nation's own ("my own land" / "state
    land", "federal land", "county land"); someone else's is nearmiss.possessor_added's.

    Limits: the asker's side says only "my" or "our" there (an "own" after it allowed), the
    other at most an article and one of public / shared / communal / municipal / city /
    government / council / state / federal / county, and both go on with the same word (the
    thing owned). "Private" and "common" are not read ("my property" / "private property",
    "my cold" / "the common cold"); nor "national", "town", "school" (a park, a bank, a
    board, not always the owner)."""
    if _PUBLIC.isdisjoint(a.words) and _PUBLIC.isdisjoint(b.words):
        return False
    wa, wb = a.words, b.words
    i, ea, eb = differing(wa, wb)
    if ea >= len(wa) or eb >= len(wb):
        return False  # the thing owned must be kept after them
    for mx, my in ((wa[i:ea], wb[i:eb]), (wb[i:eb], wa[i:ea])):
        mine = tuple(w for w in mx if w != "own")
        if len(mine) != 1 or mine[0] not in _ASKER_OWNERS:
            continue
        rest = my[1:] if my[:1] and my[0] in lx.ARTICLES else my
        if len(rest) == 1 and rest[0] in _PUBLIC:
            return True
    return False


_FINE = frozenset(
    """fine normal ok okay good clean clear negative safe healthy great perfect""".split()
)
_BE = frozenset("is was are were seems seemed looks looked came".split())
_BUT = frozenset("but while whereas yet".split())
_HOLDERS = frozenset("his hers theirs yours ours".split())
_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]*)?")


def _other_holder(span: tuple[str, ...]) -> bool:
    """``span`` is "<be> [adverb] fine but <someone>'s" (or "... but his / hers")."""
    if len(span) < 4 or span[0] not in _BE:
        return False
    k = 1 if span[1] in _FINE else 2 if span[2:3] and span[2] in _FINE else 0
    if not k or len(span) - k - 1 < 2 or span[k + 1] not in _BUT:
        return False
    owner = span[k + 2 :]
    if len(owner) > 3:
        return False
    last = owner[-1]
    return last in _HOLDERS or last.endswith(("'s", "s'"))


def fine_but_others(cached: str, incoming: str) -> bool:
    """One side says the asker's thing is fine and someone else's shows the trouble ("My
    well water is fine but my neighbor's tested high for nitrates" / "My well water tested
    high for nitrates", "My blood test was normal but my wife's showed ..."), the other that
    the asker's own shows it: whose thing has the trouble moved to the asker. Read as typed
    (parsing drops the "'s"); the rest word for word."""
    if " but " not in cached and " but " not in incoming and "while" not in cached + incoming:
        return False
    wa = tuple(_WORD_RE.findall(cached.lower().replace("\u2019", "'")))
    wb = tuple(_WORD_RE.findall(incoming.lower().replace("\u2019", "'")))
    i, ea, eb = differing(wa, wb)
    if i == 0:
        return False  # the asker's thing must be kept before them
    for mx, my in ((wa[i:ea], wb[i:eb]), (wb[i:eb], wa[i:ea])):
        if not my and _other_holder(mx):
            return True
    return False
