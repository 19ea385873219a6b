"""Role pass 175 (blind round 320): the two sides of a comparison traded across a marker other
than "than" ("Do Korean templestays give foreigners a discount compared to locals?" / "... give
locals a discount compared to foreigners?").

``marked_sides_traded`` (a trade, in ``_LATER_TRADES``): "P X R M Y T" against "P' Y R M' X T",
M a comparison marker ("compared to / with", "as compared to", "in comparison to / with",
"relative to", "as opposed to", "versus / vs", "over"), X and Y noun phrases of a few words
(no "and / or / between / than" in them, no clause mark), R the predicate said between the
first side and the marker (not empty: "X vs Y: which is better?" names two alternatives, no
order) and the same on both sides, P the same but for an auxiliary's agreement ("Is / Are"),
and T the same. The marker makes the order matter: which side is said to be more, cheaper, given
the discount. A predicate of likeness or difference ("different", "similar", "the same"), a
closed class of symmetric predicates, reads the same either way and is left.

Role pass 213 (blind round 376): the words traded inside the two compared noun phrases, a
modifier left in its slot ("Is a long index finger compared to the ring finger a sign of
leadership?" / "Is a long ring finger compared to the index finger ...?"). ``_heads_traded``
reads "P S1 Q S2 T" against "P S2 Q S1 T", Q holding the one marker "compared to / with", "as
compared to / with" or "in comparison to / with": S1 and S2 one to three open words, unlike;
S1 in a noun phrase before the marker (after a closed word, a determiner or an auxiliary, and
at most three open words, the adjective that says which one is measured), S2 in the noun phrase
the marker opens (an optional determiner and at most three open words before it), each side's
shared head word free to follow ("index finger" / "ring finger"); the words from S1's phrase to
the marker at most eight with no mark ("a long index finger a sign of leadership compared to
the ring finger", the predicate said before the marker). The measured one changes; a predicate
of likeness or difference and "and / or" are left.
"""

from __future__ import annotations

from policies.verify.roles.written import ALTERNATIVES, LEADS, MARKS, NOT_IN_PHRASE, tokens
from policies.verify.text import Parsed

_MARKERS: tuple[tuple[str, ...], ...] = (
    ("as", "compared", "to"),
    ("as", "compared", "with"),
    ("in", "comparison", "to"),
    ("in", "comparison", "with"),
    ("as", "opposed", "to"),
    ("compared", "to"),
    ("compared", "with"),
    ("relative", "to"),
    ("versus",),
    ("vs",),
    ("over",),
)
# a word every marker has ("compared", "versus", ...): a side without one is left at once
_KEYS = frozenset(w for m in _MARKERS for w in m) - {"as", "in", "to", "with"}
_NOT_SIDE = ALTERNATIVES | frozenset(("between", "than", "compared", "relative", "over"))
# predicates of likeness or difference: symmetric, either order asks the same
_SYMMETRIC = frozenset(
    "different difference differ differs similar similarity same alike equal equivalent"
    " comparable identical".split()
)
_AGREE = {"are": "is", "were": "was", "do": "does", "have": "has"}
_SIDE_MAX = 5  # "a high-yield savings account"
_R_MAX = 6  # "a discount", "cheaper to run", "more efficient"


def _split(t: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(before, after) the one comparison marker of ``t``, "vs." read as "vs"."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(t):
        for m in _MARKERS:
            if t[i : i + len(m)] == m:
                found.append((i, i + len(m)))
                i += len(m) - 1
                break
        i += 1
    if len(found) != 1:
        return None
    start, end = found[0]
    after = t[end:]
    if t[start] == "vs" and after[:1] == (".",):
        after = after[1:]
    return t[:start], after


def _agreed(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_AGREE.get(w, w) for w in words)


def _side(words: tuple[str, ...]) -> bool:
    return 0 < len(words) <= _SIDE_MAX and not (_NOT_SIDE | MARKS).intersection(words)


def _traded(
    pa: tuple[str, ...], qa: tuple[str, ...], pb: tuple[str, ...], qb: tuple[str, ...]
) -> bool:
    for ly in range(1, min(_SIDE_MAX, len(qa)) + 1):
        y, tail = qa[:ly], qa[ly:]
        if len(qb) <= len(tail) or qb[len(qb) - len(tail) :] != tail:
            continue
        x = qb[: len(qb) - len(tail)]
        if x == y or not _side(x) or not _side(y):
            continue
        for r in range(1, min(_R_MAX, len(pa), len(pb)) + 1):
            rest = pa[len(pa) - r :]
            if pb[len(pb) - r :] != rest or (_SYMMETRIC | MARKS).intersection(rest):
                continue
            head_a, head_b = pa[: len(pa) - r], pb[: len(pb) - r]
            if head_a[len(head_a) - len(x) :] != x or head_b[len(head_b) - len(y) :] != y:
                continue
            lead_a, lead_b = head_a[: len(head_a) - len(x)], head_b[: len(head_b) - len(y)]
            if _agreed(lead_a) == _agreed(lead_b) and not _SYMMETRIC.intersection(lead_a):
                return True
    return False


# role pass 213: the markers that say which side is measured against which
_COMPARED = frozenset(m for m in _MARKERS if "compared" in m or "comparison" in m)
_CLOSED = NOT_IN_PHRASE
_STRETCH_MAX = 3  # "index", "front", "interest"
_OPEN_MAX = 3  # the adjectives before S1, the words before S2 after the determiner
_TO_MARKER_MAX = 8  # "finger a sign of leadership"


def _open(words: tuple[str, ...]) -> bool:
    return all(w not in _CLOSED and w.replace("-", "").isalnum() for w in words)


def _marker_at(t: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the one marker of ``t`` is, when it is one of ``_COMPARED``."""
    found = [(i, i + len(m)) for i in range(len(t)) for m in _MARKERS if t[i : i + len(m)] == m]
    # "as compared to" holds "compared to": the longest at each start, none inside another
    found = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)]
    if len(found) != 1 or t[found[0][0] : found[0][1]] not in _COMPARED:
        return None
    return found[0]


def _heads_traded(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """ "P S1 Q S2 T" / "P S2 Q S1 T", Q holding the marker: see the module docstring."""
    ka = _marker_at(ta)
    if ka is None or _marker_at(tb) is None or (_SYMMETRIC | ALTERNATIVES).intersection(ta):
        return False
    n, p, s = len(ta), 0, 0
    if n != len(tb) or ta == tb:
        return False
    while ta[p] == tb[p]:
        p += 1
    while ta[n - 1 - s] == tb[n - 1 - s]:
        s += 1
    ma, mb = ta[p : n - s], tb[p : n - s]
    m = len(ma)
    for i in range(1, _STRETCH_MAX + 1):
        for j in range(1, _STRETCH_MAX + 1):
            if m - i - j < 2:
                continue
            s1, s2 = ma[:i], ma[m - j :]
            if s1 == s2 or mb[:j] != s2 or mb[m - i :] != s1 or mb[j : m - i] != ma[i : m - j]:
                continue
            if _placed(ta, p, p + i, p + m - j, ka) and _open(s1) and _open(s2):
                return True
    return False


def _placed(t: tuple[str, ...], start1: int, end1: int, start2: int, k: tuple[int, int]) -> bool:
    """S1 at ``t[start1:end1]`` in a noun phrase before the marker ``t[k[0]:k[1]]``, S2 from
    ``start2`` in the noun phrase after it."""
    if not end1 <= k[0] or not k[1] <= start2 or k[0] - end1 > _TO_MARKER_MAX:
        return False
    if MARKS.intersection(t[end1 : k[0]]):
        return False
    lead = start1
    while lead > 0 and start1 - lead < _OPEN_MAX and _open(t[lead - 1 : lead]):
        lead -= 1
    if lead > 0 and t[lead - 1] not in NOT_IN_PHRASE:
        return False  # the phrase of S1 opened by a closed word, a determiner or an auxiliary
    before2 = t[k[1] : start2]
    if before2[:1] and before2[0] in LEADS:
        before2 = before2[1:]
    return len(before2) <= _OPEN_MAX and _open(before2)


def marked_sides_traded(a: Parsed, b: Parsed) -> bool:
    """ "P X R compared to Y T" / "P Y R compared to X T": the compared sides traded; role
    pass 213: "a long X compared to the Y" / "a long Y compared to the X"."""
    if a.words == b.words or _KEYS.isdisjoint(a.words) or _KEYS.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if _heads_traded(ta, tb):
        return True
    sa, sb = _split(ta), _split(tb)
    if sa is None or sb is None:
        return False
    return _traded(sa[0], sa[1], sb[0], sb[1])
