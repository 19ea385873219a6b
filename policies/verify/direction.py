"""Direction and order: the same words with roles or order swapped ("from X to Y" / "from Y
to X", a passive with its agent moved, a yes/no question's subject swapped), while
reordering that keeps the meaning ("difference between X and Y") is not a swap. Reorders read
as the same order (clauses and questions moved, facts joined by "and") live in ``moves``, the
passive's agent and a question's subject in ``voice``."""

from __future__ import annotations

import itertools
from collections import Counter

from policies.verify import lexicon as lx
from policies.verify.moves import (
    and_reordered,
    clauses_moved,
    conjuncts_swapped,
    question_moved,
    subject_moved,
)
from policies.verify.text import Parsed
from policies.verify.voice import passive_swap, role_swap
from policies.verify.words import canonical, common_prefix


def direction_swap(a: Parsed, b: Parsed, max_tokens: int = 400) -> bool:
    """Same words around an asymmetric relation, in the opposite order ("X to Y" / "Y to X")."""
    if (
        ("," in a.source or "," in b.source)
        and a.content == b.content
        and (
            clauses_moved(a, b)
            or clauses_moved(b, a)
            or question_moved(a, b)
            or question_moved(b, a)
            or conjuncts_swapped(a, b)
        )
    ):
        return False  # "During the project, if X, how do I ..." / "How do I ... if X during it"
    if "and" in a.words and "and" in b.words and a.content == b.content:
        told = and_reordered(a, b)  # "My boss yelled at me and I quit" / "I quit and my boss ..."
        if told is not None:
            return told
    if a.words[:1] == ("is",) == b.words[:1] and (subject_moved(a, b) or subject_moved(b, a)):
        return False  # "Is $49 a month a fair price for X?" / "Is X at $49 a month a fair price?"
    if ("by" in a.words) != ("by" in b.words):
        # passive voice ("X sacked Y" / "Y was sacked by X") reorders, but its agent is
        # the active side's subject ("Was X sacked by Y" / "Did X sack Y" swap the roles)
        return passive_swap(a, b)
    keys_a, keys_b = keys(a), keys(b)
    symmetric = asks_symmetric(keys_a) and asks_symmetric(keys_b)
    sa, sb = a.sentences, b.sentences
    if _reordered(keys_a, keys_b, symmetric, max_tokens, sa, sb) or _transposed(keys_a, keys_b, sa):
        return True
    if _adjacent_swap(keys_a, keys_b, sa, sb) or _than_swap(keys_a, keys_b):
        return True
    if _juxtaposed_then_related(keys_a, keys_b) or _juxtaposed_then_related(keys_b, keys_a):
        return True
    # Words the prompt also says elsewhere, swapped where the prompts differ ("Columns:
    # name, email. Sort by name, then by email" / "... by email, then by name"): unique
    # within the part that differs, though not within the whole prompt. Only where that
    # part is the same words rearranged (a reworded part may move repeated words freely).
    i, j = common_ends(keys_a, keys_b)
    mid_a, mid_b = keys_a[i : len(keys_a) - j], keys_b[i : len(keys_b) - j]
    if (
        i + j
        and Counter(mid_a) == Counter(mid_b)
        and _reordered(
            mid_a, mid_b, symmetric, max_tokens, sa[i : len(sa) - j], sb[i : len(sb) - j]
        )
    ):
        return True
    return role_swap(a, b)


def _reordered(
    keys_a: list[str],
    keys_b: list[str],
    symmetric: bool,
    max_tokens: int,
    sent_a: tuple[int, ...] = (),
    sent_b: tuple[int, ...] = (),
) -> bool:
    """Two content words said once on each side swap places across a relation word both
    sides put between them that is not symmetric ("to", "than", "by"; not "and"), in one
    sentence on each side: a sentence moved before or after another relates nothing ("I
    live in Texas. What can I plant?" / "What can I plant? I live in Texas.")."""
    pos_a, pos_b = _unique_positions(keys_a), _unique_positions(keys_b)
    content = sorted((w for w in pos_a if w in pos_b and w[0] != "~"), key=lambda w: pos_a[w])
    if len(content) > max_tokens:
        return True  # too long to check: fail safe
    order_b = [pos_b[w] for w in content]
    if all(x < y for x, y in itertools.pairwise(order_b)):
        return False  # the same order on both sides: no two words swapped places
    split = bool(sent_a) and bool(sent_b) and (sent_a[-1] > 0 or sent_b[-1] > 0)
    for i, x in enumerate(content):
        for y in content[i + 1 :]:
            if pos_b[x] < pos_b[y]:
                continue
            if split and (
                sent_a[pos_a[x]] != sent_a[pos_a[y]] or sent_b[pos_b[x]] != sent_b[pos_b[y]]
            ):
                continue
            between_a = set(keys_a[pos_a[x] + 1 : pos_a[y]])
            between_b = set(keys_b[pos_b[y] + 1 : pos_b[x]])
            if symmetric and (between_a | between_b) & _COORDINATORS:
                continue  # "the difference between LEFT JOIN and INNER JOIN" / the reverse
            if any(
                r.removeprefix("~") not in lx.SYMMETRIC_RELATIONS for r in between_a & between_b
            ):
                return True
    return False


def _transposed(keys_a: list[str], keys_b: list[str], sent_a: tuple[int, ...]) -> bool:
    """Two content words swapped everywhere, one of them said more than once ("moving
    from the US to the UK. Can I keep my US account" / "... from the UK to the US. Can I
    keep my UK account"), or each in a sentence of its own ("I live in Texas. My sister
    lives in Ohio" / "I live in Ohio. My sister lives in Texas"): the relation check above
    reads only words said once, in one sentence."""
    if len(keys_a) != len(keys_b) or keys_a == keys_b:
        return False
    pairs = {(x, y) for x, y in zip(keys_a, keys_b, strict=True) if x != y}
    if len(pairs) != 2:
        return False
    (x, y), (u, v) = sorted(pairs)
    if (x, y) != (v, u) or x[0] == "~" or y[0] == "~":
        return False
    if keys_a.count(x) > 1 or keys_a.count(y) > 1:
        return True
    return bool(sent_a) and sent_a[keys_a.index(x)] != sent_a[keys_a.index(y)]


def _adjacent_pairs(keys: list[str], sent: tuple[int, ...]) -> dict[tuple[str, str], bool]:
    """Two content words written side by side in one sentence ("berlin munich"), not a
    symmetric relation word ("vs"), -> whether a content word comes before them."""
    found: dict[tuple[str, str], bool] = {}
    seen_content = False
    for k in range(len(keys) - 1):
        x, y = keys[k], keys[k + 1]
        if (
            x[0] != "~"
            and y[0] != "~"
            and x != y
            and not x[0].isdigit()  # "100 dollars" / "$100": a number and its unit
            and not y[0].isdigit()
            and x not in _RELATION_KEYS
            and y not in _RELATION_KEYS
            and (not sent or sent[k] == sent[k + 1])
        ):
            found[(x, y)] = found.get((x, y), False) or seen_content
        seen_content = seen_content or x[0] != "~"
    return found


_DIRECTED = frozenset(("~to", "~from", "~into", "~onto", "~towards", "~than"))


def _juxtaposed_then_related(keys_a: list[str], keys_b: list[str]) -> bool:
    """Two words side by side in a keyword prompt ("train berlin munich") said in the other
    order on the other side, joined by a directed relation word ("trains from munich to
    berlin"): the order of two names side by side is their direction."""
    if not _keyword_style(keys_a):
        return False
    pos_b = _unique_positions(keys_b)
    for x, y in _adjacent_pairs(keys_a, ()):
        i, j = pos_b.get(y), pos_b.get(x)
        if i is None or j is None or i > j:
            continue
        between = keys_b[i + 1 : j]
        if between and all(k[0] == "~" for k in between) and not _DIRECTED.isdisjoint(between):
            return True
    return False


def _than_swap(keys_a: list[str], keys_b: list[str]) -> bool:
    """The two sides of one comparison swapped ("Is Rust better than Go" / "Is Go better
    than Rust", "Is 5 more than 3" / "Is 3 more than 5"), names read as function words
    ("go") and numbers included: what follows "than" on each side comes before it on the
    other, after the same comparative ("Is Y worse than X" says "Is X better than Y")."""
    if keys_a.count("~than") != 1 or keys_b.count("~than") != 1:
        return False
    ia, ib = keys_a.index("~than"), keys_b.index("~than")
    if ia == 0 or ib == 0 or keys_a[ia - 1] != keys_b[ib - 1]:
        return False
    if (
        len(keys_a) <= _CHOICE_KEYS_MAX
        and Counter(keys_a) == Counter(keys_b)
        and _named(keys_a[:ia]) != _named(keys_b[:ib])
    ):
        return True  # "Is Rust better than Java or Kotlin" / "Is Kotlin better than Java or Rust"
    ya, yb = _compared(keys_a, ia), _compared(keys_b, ib)
    if ya is None or yb is None or ya == yb:
        return False
    return yb in keys_a[:ia] and ya in keys_b[:ib]


_DETERMINER_KEYS = frozenset("~" + w for w in lx.DETERMINERS)


def _named(keys: list[str]) -> frozenset[str]:
    """The words a comparison's side names: its keys but for auxiliaries and articles."""
    return frozenset(k for k in keys if k not in _DETERMINER_KEYS and k not in _POLAR_KEYS)


def _compared(keys: list[str], than: int) -> str | None:
    """The first word after "than" that is not a determiner."""
    for k in keys[than + 1 :]:
        if k not in _DETERMINER_KEYS:
            return k
    return None


_KEYWORD_KEYS = 10  # words at most in a search-style prompt


def _keyword_style(keys: list[str]) -> bool:
    """A search-style prompt: a few content words and one function word at most."""
    return len(keys) <= _KEYWORD_KEYS and sum(1 for k in keys if k[0] == "~") <= 1


_RELATION_KEYS = frozenset(("difference", "versus", "vs", "between", "compar", "comparison"))
_UNIT_KEYS = frozenset(canonical(u) for u in lx.UNITS)


def _adjacent_swap(
    keys_a: list[str], keys_b: list[str], sent_a: tuple[int, ...], sent_b: tuple[int, ...]
) -> bool:
    """Two content words side by side with no relation word between them, in the other
    order on the other side, after the word they qualify ("train berlin munich" / "train
    munich berlin", "flights nyc la") or both units ("usd eur rate" / "eur usd rate"): in
    a keyword prompt their order is the relation. A topic and its qualifier swapped at the
    start read the same either way ("weather london today" / "london weather today"), and
    in a sentence words move freely: only keyword prompts (one function word at most)."""
    if not (_keyword_style(keys_a) and _keyword_style(keys_b)):
        return False  # in a sentence, adjectives and nouns move freely ("earn money fast online")
    pa = _adjacent_pairs(keys_a, sent_a)
    if not pa:
        return False
    pb = _adjacent_pairs(keys_b, sent_b)
    for (x, y), after_a in pa.items():
        after_b = pb.get((y, x))
        if after_b is None or (x, y) in pb or (y, x) in pa:
            continue
        if (after_a and after_b) or (x in _UNIT_KEYS and y in _UNIT_KEYS):
            return True
    return False


def any_adjacent_reversed(keys_a: list[str], keys_b: list[str]) -> bool:
    """Two content words side by side on one side are side by side in the other order on
    the other side, anywhere ("milk chocolate recipe" / "chocolate milk recipe")."""
    pa = _adjacent_pairs(keys_a, ())
    if not pa:
        return False
    pb = _adjacent_pairs(keys_b, ())
    return any((y, x) in pb and (x, y) not in pb for x, y in pa)


def common_ends(ka: list[str], kb: list[str]) -> tuple[int, int]:
    """Lengths of the longest common prefix and (not overlapping it) suffix."""
    n = min(len(ka), len(kb))
    i = common_prefix(ka, kb)
    j = 0
    while j < n - i and ka[-1 - j] == kb[-1 - j]:
        j += 1
    return i, j


# A question about two things that reads the same either way round ("the difference
# between X and Y", "compare X and Y"): its coordinated halves may swap whole, words and all.
_SYMMETRIC_FRAMES = frozenset(
    ("difference", "between", "compar", "comparison", "similar", "similariti")
)  # canonical forms: "differ", "different", "compare", "vs", "similarities" included
# "how X differs from Y", "X or Y": in a question that compares, "or" joins alternatives
_COORDINATORS = frozenset(("~and", "difference", "vs", "versus", "~from", "~or"))
# A short question choosing between alternatives ("Which is faster, X or Y?", "Is X or Y
# cheaper?"): "or" with "which", or a yes/no question with a comparative ("faster")
_CHOICE_KEYS = frozenset(("~better", "~best", "~worse", "~more", "~less"))
_CHOICE_KEYS_MAX = 20  # a short question
_POLAR_KEYS = frozenset("~" + w for w in lx.POLAR_STARTS)


def asks_symmetric(keys: list[str]) -> bool:
    if not _SYMMETRIC_FRAMES.isdisjoint(keys):
        return True
    if "~or" not in keys or len(keys) > _CHOICE_KEYS_MAX:
        return False
    if "~which" in keys:
        return True
    # a yes/no question with a comparative: "Is X or Y cheaper?", "Does X or Y cost more?"
    return keys[0] in _POLAR_KEYS and (
        not _CHOICE_KEYS.isdisjoint(keys)
        or any(k.endswith("er") and k[0] != "~" and len(k) > 4 for k in keys)
    )


def keys(p: Parsed) -> list[str]:
    """Canonical word per token; stopwords are keyed as ``~word``."""
    return [c if c else "~" + w for c, w in zip(p.canon, p.words, strict=True)]


def _unique_positions(keys: list[str]) -> dict[str, int]:
    """Position of every token that occurs once."""
    counts = Counter(keys)
    return {k: i for i, k in enumerate(keys) if counts[k] == 1}
