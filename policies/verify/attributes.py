"""One attribute of one thing, asked as a question or typed as search keywords.

"What are the side effects of ibuprofen?" asks what "ibuprofen side effects" asks, "How
much is the iPad Air?" what "iPad Air price" asks: the classifier reads a question and a
keyword string as different asks. ``same_attribute`` reads both as (attribute, thing) and
lets them skip it when both are the same words in the same order (the attribute exactly:
"official currency" is not "currency"). ``canonical_attribute`` first writes a few
attributes asked in other words one way, from a closed list ("How rich is X" / "X's net
worth", "another word for X" / "synonym for X", "the #2 longest" / "the second longest").
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.text import Parsed

_OPENINGS = frozenset(("what", "whats", "which"))
_BE = frozenset(("is", "are", "was", "were"))
_HOW_MUCH_VERBS = frozenset(("is", "are", "does", "do"))
_KEYWORD_WORDS = 8  # words at most in a search-style prompt
_ASKING = frozenset("what whats which who whom whose how why where when".split())


def _attribute_question(
    p: Parsed, loose: bool = False
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(attribute, thing) content keys of "What is the A of T?" ("Which city is the A of
    T?") or "How much is T?" / "How much does T cost?" (A: price); else None. ``loose``:
    T may have function words ("the boiling point of water at altitude")."""
    w, c = p.words, p.canon
    n = len(w)
    if n < 4:
        return None
    if w[0] == "how" and w[1] == "much" and w[2] in _HOW_MUCH_VERBS:
        k = 3 + (w[3] in lx.ARTICLES)
        if k >= n or not w[k].isalpha():
            return None  # "How much is 100 USD in EUR", "a 15% tip": a conversion, a sum
        thing = tuple(x for x in c[k:] if x)
        if thing and thing[-1] == "price" and w[2] in ("does", "do"):
            thing = thing[:-1]
        elif w[2] in ("does", "do"):
            return None  # "How much does X weigh" is no price
        return (("price",), thing) if thing and (loose or "" not in c[k:]) else None
    if w[0] not in _OPENINGS:
        return None
    k = 1
    if w[0] == "which" and c[k]:
        k += 1  # "Which city is the capital of T"
    if k >= n or w[k] not in _BE:
        return None
    k += 1
    if k >= n or w[k] != "the":
        return None  # "What is power of attorney?" names a thing, no attribute
    k += 1
    if "of" not in w[k:]:
        return None
    of = w.index("of", k)
    attribute = c[k:of]
    t = of + 1 + (of + 1 < n and w[of + 1] in lx.ARTICLES)
    thing = tuple(x for x in c[t:] if x or not loose)
    if not attribute or not thing or "" in attribute or "" in thing:
        return None
    if not all(x.isalpha() for x in attribute):
        return None  # "What is the 15% of 80" is a calculation
    return tuple(attribute), tuple(thing)


def _keywords(p: Parsed, loose: bool = False) -> tuple[str, ...] | None:
    """The content keys of a short search-style prompt ("ibuprofen side effects", "capital
    of Canada"): no question word, no "?", no other function word than "of" / "the" (any,
    ``loose``: "Japan GDP per capita")."""
    if len(p.words) > _KEYWORD_WORDS or "?" in p.source or p.code:
        return None
    if _ASKING.intersection(p.words):
        return None
    if not loose and any(
        not c and w not in ("of", "the") for w, c in zip(p.words, p.canon, strict=True)
    ):
        return None
    return tuple(c for c in p.canon if c)


def same_attribute(a: Parsed, b: Parsed) -> bool:
    """One side asks "What is the A of T?", the other types "T A" or "A of T"."""
    for x, y in ((a, b), (b, a)):
        q = _attribute_question(x)
        if q is None:
            continue
        k = _keywords(y)
        if k is None:
            return False
        attribute, thing = q
        return k in (thing + attribute, attribute + thing)
    return False


def attribute_mismatch(a: Parsed, b: Parsed) -> bool:
    """One side asks "What is the A of T?", the other types keywords naming T and something
    else than A, or A and more: "How much is the iPad Air?" / "iPad Air weight", "What is
    the GDP of Japan?" / "Japan GDP per capita", "the price of gold" / "gold price per
    ounce" (the classifier reads one added word as a paraphrase)."""
    for x, y in ((a, b), (b, a)):
        q = _attribute_question(x, loose=True)
        if q is None:
            continue
        k = _keywords(y, loose=True)
        if k is None:
            return False
        return set(k) != set(q[0]) | set(q[1])
    return False


_NOT_SUPERLATIVES = frozenset(
    """
    interest request harvest honest modest suggest contest protest invest manifest arrest
    digest forest earnest conquest inquest bequest
    """.split()
)
_RANKS = {
    w: k + 1
    for k, pair in enumerate(
        "first 1st,second 2nd,third 3rd,fourth 4th,fifth 5th,sixth 6th,seventh 7th,"
        "eighth 8th,ninth 9th,tenth 10th".split(",")
    )
    for w in pair.split()
}


def _ranks(words: tuple[str, ...]) -> frozenset[int] | None:
    """The rank before every superlative ("the second largest": 2, "the largest": 1);
    None without one."""
    found = frozenset(
        _RANKS.get(words[k - 1], 1) if k else 1
        for k, w in enumerate(words)
        if w in ("best", "worst", "most", "least")
        or (len(w) > 5 and w.endswith("est") and w not in _NOT_SUPERLATIVES)
    )
    return found or None


def rank_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both ask for a superlative and rank it otherwise: "the second largest country" /
    "the largest country" (the classifier reads "second" as one word added)."""
    if _RANKS.keys().isdisjoint(a.words) and _RANKS.keys().isdisjoint(b.words):
        return False  # no rank but the first on either side
    ra, rb = _ranks(a.words), _ranks(b.words)
    return ra is not None and rb is not None and ra != rb


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
# The same attribute in other words: one way to write each (a closed list).
_REWRITES = (
    # "How rich is X?" / "What is X's net worth?"
    (
        re.compile(r"\bhow\s+rich\s+(is|was)\s+([^?.!,]{1,40}?)\s*(?=[?.!]|$)", re.I),
        r"what \1 \2's net worth",
    ),
    # "How much does X weigh?" / "What is the weight of X?"
    (
        re.compile(r"\bhow\s+much\s+(?:does|do)\s+([^?.!,]{1,40}?)\s+weigh\b", re.I),
        r"how heavy is \1",
    ),
    # "another word for X" / "a word that means the same as X" / "synonym for X"
    (
        re.compile(
            r"\b(?:an)?other\s+word\s+for\b|\ba\s+word\s+that\s+means\s+the\s+same\s+as\b", re.I
        ),
        "a synonym for",
    ),
    # "where does the word X come from" / "origin of the word X"
    (
        re.compile(r"\bwhere\s+does\s+the\s+word\s+(\S+)\s+come\s+from\b", re.I),
        r"what is the origin of the word \1",
    ),
    # "least expensive" / "cheapest"
    (re.compile(r"\bleast\s+expensive\b", re.I), "cheapest"),
    # "the #2 longest" / "the second longest", "2nd" / "second" before a superlative
    (
        re.compile(
            r"(?:#|\bno\.\s*)([1-9]|10)(?:st|nd|rd|th)?\s+(?=(?:most|least|\w+est)\b)", re.I
        ),
        lambda m: _ORDINALS[int(m.group(1)) - 1] + " ",
    ),
    (
        re.compile(r"\b([1-9]|10)(?:st|nd|rd|th)\s+(?=(?:most|least|\w+est)\b)", re.I),
        lambda m: _ORDINALS[int(m.group(1)) - 1] + " ",
    ),
)
# Something one of ``_REWRITES`` may rewrite: most prompts have none and skip them all.
_ORDINAL_HINT_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)


def canonical_attribute(text: str) -> str:
    """``text`` with an attribute asked in other words written one way (``_REWRITES``)."""
    low = text.lower()
    if not (
        "rich" in low
        or "weigh" in low
        or "word" in low
        or "expensive" in low
        or "#" in low
        or "no." in low
        or _ORDINAL_HINT_RE.search(low)
    ):
        return text
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    return text
