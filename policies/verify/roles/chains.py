"""Possessive chains turned round and "from X to Y" regrouped."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import _NOT_NOUNS
from policies.verify.text import Parsed
from policies.verify.words import canonical


def _chain_swap(a: Parsed, b: Parsed) -> bool:
    """ "my sister's husband" / "my husband's sister": A's B and B's A name other people;
    the owned noun may have a modifier or a second word ("my ex's new girlfriend" / "my new
    girlfriend's ex", "my travel agent's client" / "my client's travel agent")."""
    if "'" not in a.source or "'" not in b.source:
        return False
    ca, cb = _chains(a.source), _chains(b.source)
    owners_a = {x for x, _ in ca}
    owners_b = {x for x, _ in cb}
    for x, ya in ca:
        if x in owners_b:
            continue
        for y, yb in cb:
            if y != x and y not in owners_a and x in yb and y in ya:
                return True
    return False


def _chains(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(owner, the up to three words after it: "my real estate agent's" / "client's real
    estate agent")."""
    words = text.lower().replace("\u2019", "'").split()
    out = set()
    for i in range(len(words) - 1):
        w = words[i]
        if w.endswith("'s") and len(w) > 2:
            owner = w[:-2]
        elif w.endswith("s'") and len(w) > 2:
            owner = w[:-1]
        else:
            continue
        owner = owner.strip('?.,!;:"(')
        owned = []
        for nxt in words[i + 1 : i + 4]:
            word = nxt.strip("?.,!;:")
            if not word.isalpha():
                break
            owned.append(word)
            if word != nxt:
                break  # the phrase ends at a comma or a stop
        if owner.isalpha() and owned:
            out.add((owner, tuple(owned)))
    return out


_FROM_END = frozenset(("to", "into", "for", "onto", "toward", "towards"))
# role pass 80: "from my lawn into the street" / "from the street onto my lawn": the goal said
# with any preposition of motion; "in" / "on" only where none of those closes the source
# ("from the box on the shelf" is a box on the shelf when "into the bin" follows)
_FROM_END_WEAK = frozenset(("in", "on"))
# a path word before the goal's "to" ("over to", "back to") is no part of the source
_PATH_WORDS = frozenset("over across down up out back right".split())
# the content words a goal's preposition may add ("toward", "over to"): the sides apart only
# by these are read for "from X to Y" still (``general_swap``)
PATH_CONTENT = frozenset(canonical(w) for w in _PATH_WORDS | {"toward", "towards"})
# the goal said first ("onto a chalkboard from Procreate"); "to" only before a determiner,
# where it is no infinitive ("to blow leaves from my lawn")
_GOAL_FIRST = frozenset(("into", "onto", "toward", "towards", "to"))


def _from_to(p: Parsed) -> tuple[set[str], set[str]] | None:
    """Content words of "from X to Y" (X and Y), the goal said with "to", "into", "onto",
    "toward(s)", first ("onto Y from X") or else with "in" / "on" ("from the bag in the
    bin")."""
    words = p.words
    if "from" not in words:
        return None
    f = words.index("from")
    ends = range(f + 2, min(len(words), f + 7))
    t = next((t for t in ends if words[t] in _FROM_END), None)
    if t is None:
        first = _goal_first(p, f)  # "to the Colosseum from the hotel in Rome": "in" no goal
        if first is not None:
            return first
        t = next((t for t in ends if words[t] in _FROM_END_WEAK), None)
    if t is None:
        return None
    src = {p.canon[i] for i in range(f + 1, t) if p.canon[i] and words[i] not in _PATH_WORDS}
    return src, _phrase(p, t + 1, t)


def _phrase(p: Parsed, start: int, at: int) -> set[str]:
    """Content words of the noun phrase from ``start``, up to five words, in ``at``'s
    sentence."""
    out = set()
    for i in range(start, min(len(p.words), start + 5)):
        if p.words[i] in _NOT_NOUNS or (p.sentences and p.sentences[i] != p.sentences[at]):
            break
        if p.canon[i]:
            out.add(p.canon[i])
    return out


def _goal_first(p: Parsed, f: int) -> tuple[set[str], set[str]] | None:
    """ "onto Y from X": the goal's phrase just before "from", nothing but its noun phrase
    between them."""
    words = p.words
    for g in range(f - 1, max(-1, f - 7), -1):
        if words[g] in _GOAL_FIRST:
            break
        if words[g] in _NOT_NOUNS or (p.sentences and p.sentences[g] != p.sentences[f]):
            return None
    else:
        return None
    if g == f - 1 or (words[g] == "to" and words[g + 1] not in lx.DETERMINERS):
        return None
    goal = {p.canon[i] for i in range(g + 1, f) if p.canon[i]}
    src = _phrase(p, f + 1, f)
    return (src, goal) if src and goal else None


def _from_to_swap(a: Parsed, b: Parsed) -> bool:
    """ "switch from Intel chips to its own" / "from its own chips to Intel"."""
    fa, fb = _from_to(a), _from_to(b)
    if fa is None or fb is None:
        return False
    moved = (fa[0] - fb[0]) & fb[1] or (fa[1] - fb[1]) & fb[0]
    return bool(moved)


def _owner_runs(text: str) -> list[list[str]]:
    """Possessive chains as their parts in order: "my husband's best man's plus-one" ->
    husband, best man, plus-one (the last part the head, up to three words)."""
    words = [w.strip('?.,!;:"()') for w in text.lower().replace("\u2019", "'").split()]
    runs: list[list[str]] = []
    parts: list[str] = []
    start = 0
    for i, w in enumerate(words):
        if w in _PART_BREAKS or not w or (w.endswith("'s") and w[:-2] in _CONTRACTED):
            parts, start = [], i + 1
            continue
        if w.endswith("'s") and len(w) > 2:
            parts.append(" ".join([*words[start:i], w[:-2]]))
            start = i + 1
            if len(parts) >= 2:
                runs.append(list(parts))
        elif parts and i - start >= 2:
            parts, start = [], i + 1
    return runs


_CONTRACTED = frozenset("what who it that there here he she where how let when why this".split())
_PART_BREAKS = frozenset(
    "my our your his her their the a an is are was were and or but to of for at by".split()
)


def chain_order(a: Parsed, b: Parsed) -> bool:
    """ "my daughter's friend's mom" / "my friend's daughter's mom": the same owners in a
    chain of two or more, in another order (another person)."""
    if a.source.count("'") < 2 or b.source.count("'") < 2 or a.content != b.content:
        return False
    ra, rb = _owner_runs(a.source), _owner_runs(b.source)
    if not ra or not rb:
        return False
    wa, wb = a.source.lower(), b.source.lower()
    for x in ra:
        for y in rb:
            if x != y and sorted(x) == sorted(y):
                return True
            if x[0] == y[0] and x[1:] != y[1:] and len(x) == len(y) == 2:
                # "my husband's best man's plus-one" / "my husband's plus-one's best man"
                if _heads_traded(x[1], y[1], wa, wb):
                    return True
    return False


def _heads_traded(x: str, y: str, wa: str, wb: str) -> bool:
    """The second owner on one side is the head after the chain on the other."""
    return x != y and (y + "'s") not in wa and (x + "'s") not in wb and y in wa and x in wb
