"""Two modifiers (or owners) exchanged between two nouns, every other word kept (blind round
77): "An in-network hospital sent my labs to an out-of-network lab" / "An out-of-network
hospital sent my labs to an in-network lab", "An in-network surgeon was assisted by an
out-of-network doctor" / "An out-of-network surgeon was assisted by an in-network doctor", "My
ex-husband's plan covers our son, but the claim was sent to my plan" / "My plan covers our son,
but the claim was sent to my ex-husband's plan". The nouns keep their places and their roles;
what is said of each is said of the other.

Each side is read as written (``written.tokens``, "a / an / the" left out, since "an" follows
the modifier). The sides are the same but for one stretch, read as M1 Q M2 on one side and
M2 Q M1 on the other: M1 and M2 at most three tokens each, unlike, no marks and a content word
in each one that is not empty; Q at least two tokens (a noun and a predicate). Each slot is
followed by a content word (the noun it modifies). One slot may be empty (an owner moved from
one noun to the other) only when both slots stand between the same words ("my _ plan" and
"my _ plan"): a word merely moved elsewhere ("Yesterday I ..." / "I ... yesterday") is not read.

The same read with a passive said as the active ("My car was rear-ended by a shop employee
test-driving another car" as "A shop employee test-driving another car rear-ended my car") when
the other side says the verb in the active: "my car" / "another car" (a lone owner is a
modifier too). ``mine_expanded``: "than mine" on one side with one "my N" on the other is read
again as "than my N" ("kids whose parents volunteer seem to get better seats than mine" / "my
kids seem to get better seats than kids whose parents volunteer"), the caller re-reading it.

Left served: symmetric relations ("X and Y", "between X and Y", "X or Y", "the same as",
"compared to", "with"), the same modifiers on the same nouns in another order of clauses, and a
pair where the modifiers stay with their nouns.
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.written import ALTERNATIVES, MARKS, tokens
from policies.verify.text import Parsed, parse

_MOD_MAX = 3
# role pass 112: "its" ("when its steerer splashes team B's paddlers" / "when team B's steerer
# splashes its paddlers")
_OWNERS = frozenset("my our your his her its their".split())
# Words that join or relate the two nouns both ways round: nothing is said of either alone.
_BOTH_WAYS = (
    _SYMMETRIC
    | ALTERNATIVES
    | frozenset("between among both either neither with plus like unlike as vs versus nor".split())
)
_FUNCTION = MARKS | frozenset(
    """to of for in on at by from into onto about as that who whom which what when where why
        how is are was were be been am do does did not no can could should would will shall may
        might must have has had it its this these those there here if so but then than up down
        out over off back all any some more most very just also still only i me we us you he
        him she her they them my our your his their mine ours yours hers theirs""".split()
)


def modifiers_exchanged(a: Parsed, b: Parsed) -> bool:
    ta, tb = _norm(a.source), _norm(b.source)
    if _exchanged(ta, tb) or _pair_traded(a.source, b.source):
        return True
    # "My car was rear-ended by a shop employee test-driving another car" read as "A shop
    # employee test-driving another car rear-ended my car" against the active on the other side
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) != len(y) + 2 or "by" not in x:
            continue  # "S was V by A" is two tokens longer than "A V S"
        active = _active(x, y)
        if active is not None and _exchanged(active, y):
            return True
    return False


# Role pass 138 (round 277): "the A N1 P a B N2" against "the B N1 P an A N2", one word
# before each of two unlike nouns joined by a preposition traded, whatever else differs ("Can a
# stock car driver enter the compact class with a full-size car?" / "Can a compact car driver
# enter the full-size class with a compact car?"): which class is entered with which car.
_PAIR_PREPS = "with|in|into|for|on|at|from|to|under|over"
_PAIR_RE = re.compile(
    r"\b(?:the|an?|my|our|your|his|her|their) ([a-z][a-z'-]*) ([a-z]+) "
    rf"({_PAIR_PREPS}) (?:the|an?|my|our|your|his|her|their) ([a-z][a-z'-]*) ([a-z]+)\b"
)


def _pair_traded(x: str, y: str) -> bool:
    """``_PAIR_RE`` read on both sides with the two first words traded, the nouns and the
    preposition kept; a noun said on both sides of the preposition ("a red car with a blue
    car") is a relation both ways and is left."""
    xl, yl = x.lower(), y.lower()
    found = {m.groups() for m in _PAIR_RE.finditer(xl)}
    if not found:
        return False
    for m in _PAIR_RE.finditer(yl):
        b1, n1, prep, a1, n2 = m.groups()
        if (a1, n1, prep, b1, n2) not in found:
            continue
        if len({a1, b1, n1, n2}) == 4 and _FUNCTION.isdisjoint((a1, b1, n1, n2)):
            return True
    return False


def mine_expanded(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "than mine" on one side with "my N" on the other read as "than my N" ("kids whose
    parents volunteer get better seats than mine" / "my kids get better seats than kids whose
    parents volunteer"): the pair to read again, or None."""
    if _STANDALONE.keys().isdisjoint(a.words) and _STANDALONE.keys().isdisjoint(b.words):
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        m = _THAN_MINE.search(x.source)
        if m is None or _THAN_MINE.search(y.source):
            continue
        owner = _STANDALONE[m.group(2).lower()]
        heads = {
            h.group(1).lower()
            for h in re.finditer(rf"\b{owner} ([a-z]+)\b", y.source, re.IGNORECASE)
        }
        if len(heads) != 1:
            continue
        z = parse(x.source[: m.start(2)] + f"{owner} {heads.pop()}" + x.source[m.end(2) :])
        return (y, z) if flip else (z, y)
    return None


_STANDALONE = {"mine": "my", "ours": "our", "hers": "her", "theirs": "their", "yours": "your"}
_THAN_MINE = re.compile(r"\b(than|as) (mine|ours|hers|theirs|yours)\b", re.IGNORECASE)
_PASSIVE_BE = frozenset("was were got gets get is are been being".split())


def _active(x: list[str], y: list[str]) -> list[str] | None:
    """The first sentence of ``x`` as "S was V by A" said "A V S", when ``y`` says V and no
    "by" after it."""
    for k in range(1, len(x) - 2):
        if x[k] in _PASSIVE_BE and x[k + 2] == "by" and x[k + 1] in y:
            v = x[k + 1]
            start = max((i + 1 for i in range(k) if x[i] in MARKS), default=0)
            subj = x[start:k]
            j = y.index(v)
            if not subj or MARKS.intersection(subj) or (j + 1 < len(y) and y[j + 1] == "by"):
                return None
            end = next((i for i in range(k + 3, len(x)) if x[i] in MARKS), len(x))
            agent = x[k + 3 : end]
            if not agent:
                return None
            return x[:start] + agent + [v] + subj + x[end:]
    return None


def _exchanged(ta: list[str], tb: list[str]) -> bool:
    if len(ta) != len(tb) or ta == tb or sorted(ta) != sorted(tb):
        return False
    n = len(ta)
    p = 0
    while ta[p] == tb[p]:
        p += 1
    s = 0
    while ta[n - 1 - s] == tb[n - 1 - s]:
        s += 1
    ma, mb = ta[p : n - s], tb[p : n - s]
    m = len(ma)
    for i in range(_MOD_MAX + 1):
        for j in range(_MOD_MAX + 1):
            if i + j == 0 or m - i - j < 2:
                continue
            m1, m2 = ma[:i], ma[m - j :]
            if m1 == m2 or mb[:j] != m2 or mb[m - i :] != m1 or mb[j : m - i] != ma[i : m - j]:
                continue
            if _reads(ta, p, i, j, m, s):
                return True
    return False


def _reads(ta: list[str], p: int, i: int, j: int, m: int, s: int) -> bool:
    """M1 = ta[p:p+i], Q = ta[p+i:p+m-j], M2 = ta[p+m-j:p+m], each slot before its noun."""
    q = ta[p + i : p + m - j]
    if _placed(ta, p, q, i, j):
        return True
    for mod in (ta[p : p + i], ta[p + m - j : p + m]):
        if mod and (MARKS.intersection(mod) or all(t in _FUNCTION for t in mod)):
            if not (len(mod) == 1 and mod[0] in _OWNERS):
                return False  # "my car" / "another car": an owner is a modifier too
    after1 = q[0]
    after2 = ta[p + m] if s else ""
    if not after2 or after1 in _FUNCTION or after2 in _FUNCTION:
        return False  # each slot modifies the word after it
    if not (after1.replace("-", "").isalnum() and after2.replace("-", "").isalnum()):
        return False
    if i == 0 or j == 0:
        # an owner moved from one noun to another: both slots between the same words
        before1 = ta[p - 1] if p else ""
        before2 = q[-1]
        if after1 != after2 or before1 != before2:
            return False
    if any(t in _BOTH_WAYS or t[:-1] in _BOTH_WAYS for t in q):
        return False  # "an in-network lab and an out-of-network lab": both ways round
    return True


def _norm(source: str) -> list[str]:
    return [t for t in tokens(source) if t not in lx.ARTICLES]


# Role pass 31 (round 99): two places said after their nouns traded ("My son's vaccines were
# given by a doctor in India. Will his school in the US accept the records?" / "... by a doctor
# in the US. Will his school in India ..."): each slot after the same preposition, itself after
# a noun; both slots said, neither an owner or a mark.
_PLACE_PREPS = frozenset("in from at near".split())


def _placed(ta: list[str], p: int, q: list[str], i: int, j: int) -> bool:
    if not i or not j or len(q) < 3 or p < 2:
        return False
    prep = ta[p - 1]
    if prep not in _PLACE_PREPS or q[-1] != prep:
        return False
    if ta[p - 2] in _FUNCTION or q[-2] in _FUNCTION:
        return False  # each a noun's place ("a doctor in", "his school in")
    for mod in (ta[p : p + i], q[:0] or ta[p + len(q) + i : p + len(q) + i + j]):
        if MARKS.intersection(mod) or all(t in _FUNCTION and t != "us" for t in mod):
            return False  # ("in the US": the country)
    return not any(t in _BOTH_WAYS or t[:-1] in _BOTH_WAYS for t in q)
