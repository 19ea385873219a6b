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
"""

from __future__ import annotations

from policies.verify.roles.written import ALTERNATIVES, MARKS, tokens
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


def marked_sides_traded(a: Parsed, b: Parsed) -> bool:
    """ "P X R compared to Y T" / "P Y R compared to X T": the compared sides traded."""
    if a.words == b.words or _KEYS.isdisjoint(a.words) or _KEYS.isdisjoint(b.words):
        return False
    sa, sb = _split(tokens(a.source)), _split(tokens(b.source))
    if sa is None or sb is None:
        return False
    return _traded(sa[0], sa[1], sb[0], sb[1])
