"""Two participants trading places around any predicate (X M Y / Y M X)."""

from __future__ import annotations

from policies.verify.roles.tokens import (
    _GAP_MAX,
    _STOP_TOK,
    _SYMMETRIC,
    _WH_OBJ,
    _WITH_SYMMETRIC,
    _content_tok,
    _owner,
    _sides,
    _spans,
)
from policies.verify.roles.verbs import _PARTICLES
from policies.verify.text import Parsed

_COMPARE = frozenset(("compar", "compare", "compared", "difference"))  # "comparing" reads so


def _compares(m: list[str], ta: list[str], end: int) -> bool:
    """ "My son's coach keeps comparing him to his brother" / "My son keeps comparing his
    coach to his brother": "compare Y to Z" has its two sides after it, X is the one comparing."""
    return m[-1] in _COMPARE and end < len(ta) and ta[end] in ("to", "with")


_DO_PREPS = frozenset(("for", "to", "with", "about"))


def _exchange(a: Parsed, b: Parsed) -> bool:
    sides_b = _sides(b)
    one_of = a.words.count("another") != b.words.count("another")
    if one_of:
        sides_b = [(_one_of(tb), wb, sb) for tb, wb, sb in sides_b]
    joined = ["\x01" + "\x01".join(tb) + "\x01" for tb, _, _ in sides_b]
    return any(
        _exchange_one(_one_of(ta) if one_of else ta, wa, sa, sides_b, joined)
        for ta, wa, sa in _sides(a)
    )


# Role pass 105: "a N" and "another N" name one participant ("When a boat tacks too close in
# front of me" / "When I tack too close in front of another boat": the other boat either way),
# read so only where one side says "another" more often than the other
def _one_of(toks: list[str]) -> list[str]:
    return ["a" if t == "another" else t for t in toks]


def _exchange_one(
    ta: list[str],
    wa: list[str],
    sents: list[int],
    sides_b: list[tuple[list[str], list[str], list[int]]],
    joined: list[str],
) -> bool:
    sa = _spans(ta)
    by_start: dict[int, list[int]] = {}
    for i, j in sa:
        by_start.setdefault(i, []).append(j)
    for i, j in sa:
        x = ta[i:j]
        for gap in range(1, _GAP_MAX + 1):
            k = j + gap
            m = ta[j:k]
            if k not in by_start or not (
                any(_content_tok(t) for t in m)
                or (gap <= 2 and "not" in m)
                or (gap == 2 and m[0] == "=do" and m[1] in _DO_PREPS)
                or (gap <= 2 and _particle_verb(ta[j], wa[j]))
            ):
                continue  # "evicted my roommate but not me", "let me do for my mother"
            if gap > 4 and sents[i] != sents[k]:
                continue  # a long predicate stays in one sentence
            for end in by_start[k]:
                y = ta[k:end]
                if x == y:
                    continue
                swapped = "\x01" + "\x01".join(y + m + x) + "\x01"
                if not any(swapped in jb for jb in joined):
                    continue
                if any("\x01" + "\x01".join(x + m + y) + "\x01" in jb for jb in joined):
                    continue  # "they gift me ... I gift them" on both sides
                if not any(t[0] in "@=" or t in _STOP_TOK for t in x + m + y):
                    continue  # one noun compound: "car remote lock" / "car lock remote"
                owned = _owner(ta, wa, i, j) or _owner(ta, wa, k, end)
                for (tb, wb, _), joined_b in zip(sides_b, joined, strict=True):
                    at = joined_b.find(swapped)
                    while at >= 0:
                        s = joined_b.count("\x01", 0, at)
                        at = joined_b.find(swapped, at + 1)
                        mid = s + len(y) + len(m)
                        owned = (
                            owned
                            or _owner(tb, wb, s, s + len(y))
                            or _owner(tb, wb, mid, mid + len(x))
                        )
                if _coordinated(ta, wa, m, end) or _coreferent(x, y):
                    continue
                if owned or not _symmetric(m) or _compares(m, ta, end):
                    return True
    return False


def _particle_verb(tok: str, word: str) -> bool:
    """A particle's word inflected as a verb ("backed into", "outed"): the predicate, though
    its canonical form is a particle's ("back")."""
    return tok in _PARTICLES and word != tok and word.endswith(("ed", "ing"))


_COORD = frozenset("and or nor vs versus between difference".split())
_THIRD = frozenset(("@he", "@she", "@they"))
_INDEPENDENT = frozenset("mine ours yours hers theirs".split())


def _coordinated(ta: list[str], wa: list[str], m: list[str], end: int) -> bool:
    """ "[Roth] IRA and [traditional] IRA", "[my] insurer or [the other driver's] insurer":
    X and Y are parallel conjuncts, not a doer and an undergoer."""
    for c, t in enumerate(m):
        if t in _COORD:
            # "[my] insurer or [the other driver's] insurer", "... insurer or mine"
            return ta[end : end + c] == m[:c] or wa[end - 1] in _INDEPENDENT
    return False


def _coreferent(x: list[str], y: list[str]) -> bool:
    """ "get my baby to sleep when she is teething" / "when my baby is teething, get her to
    sleep": a clause moved, the pronoun and the noun one participant."""
    for p, q in ((x, y), (y, x)):
        if len(p) == 1 and p[0] in _THIRD and q[0][0] != "@" and q[0] not in _WH_OBJ:
            return True
        if len(p) == 1 and p[0] in _THIRD and len(q) > 1 and q[0][0] == "@":
            return True  # "she" / "my baby"
    return False


def _symmetric(m: list[str]) -> bool:
    if any(t in _SYMMETRIC for t in m):
        return True
    if m[-1] == "as" and "as" in m[:-1]:
        return True  # "as tall as"
    return m[-1] == "with" and any(t in _WITH_SYMMETRIC for t in m)
