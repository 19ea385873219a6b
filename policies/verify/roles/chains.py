"""Possessive chains turned round and "from X to Y" regrouped."""

from __future__ import annotations

from policies.verify.roles.verbs import _NOT_NOUNS
from policies.verify.text import Parsed


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


_FROM_END = frozenset(("to", "into", "for"))


def _from_to(p: Parsed) -> tuple[set[str], set[str]] | None:
    """Content words of "from X to Y" (X and Y)."""
    words = p.words
    if "from" not in words:
        return None
    f = words.index("from")
    for t in range(f + 2, min(len(words), f + 7)):
        if words[t] in _FROM_END:
            src = {p.canon[i] for i in range(f + 1, t) if p.canon[i]}
            dst = set()
            for i in range(t + 1, min(len(words), t + 6)):
                if words[i] in _NOT_NOUNS or (p.sentences and p.sentences[i] != p.sentences[t]):
                    break
                if p.canon[i]:
                    dst.add(p.canon[i])
            return src, dst
    return None


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
