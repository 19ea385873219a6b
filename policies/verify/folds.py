"""A fact or a condition told on one side and folded into a noun phrase on the other (pure).

"I got a raise, should I ask for more?" asks for more money; "Should I ask for more about
the raise I got?" asks for more information about it. "What if my claim was denied - how do
I appeal it?" asks how to appeal; "How do I deny an appealed claim?" asks another act of
another claim. A fact folded into a relative clause ("the house I sold") or a condition
folded into a participle ("a denied claim") may attach to another word of the ask, make
another thing of it, or trade the words of the fact and the ask; the order check refuses
most such pairs, the learned score served the rest. ``folded`` refuses the two shapes
outright (precision pass 19), and with them the folds that do ask the same ("I sold my
house last year, do I owe capital gains tax?" / "Do I owe capital gains tax on the house I
sold last year?"), which recall pass 10 tried to serve and dropped after red team 9.
"""

from __future__ import annotations

import re

_SEP = r"\s*[,.;:\-\u2013\u2014]+\s*"
_DET = r"(?:a|an|the|my|our|some)"
# "I got a raise, should I ask for more?": the asker's fact, then the ask
_FACT_RE = re.compile(
    rf"i (?P<v>[a-z]+) {_DET} (?:[a-z0-9$,'-]+ ){{0,2}}?(?P<n>[a-z'-]+)(?: [a-z]+){{0,2}}?"
    rf"{_SEP}(?P<ask>.+\?)"
)
# "What if my claim was denied - how do I appeal it?": a condition, then the ask of "it"
_CONDITION_RE = re.compile(
    rf"(?:what if|if) {_DET} (?P<n>[a-z'-]+) (?:is|was|gets|got|are|were) (?P<p>[a-z'-]+)"
    rf"{_SEP}how (?:do|can|should|would) i (?P<v>[a-z'-]+) (?:it|them)\?"
)
_PARTICIPLE_ASK_RE = re.compile(
    rf"how (?:do|can|should|would) i (?P<v>[a-z'-]+) {_DET} (?P<p>[a-z'-]+) (?P<n>[a-z'-]+)\?"
)


# "Should I tell my boss about the mistake I made?": the fact is what is told
_TELL_RE = re.compile(
    r"(?:should|can|do|must) i (?:tell|report|mention|disclose|confess|admit|inform|notify|warn)\b"
)


def _told(ask: str, fold_side: str, at: int) -> bool:
    """The folded side is the ask word for word with "about <the fold>" after it, the ask's
    verb one of telling ("I made a mistake, should I tell my boss?" / "Should I tell my boss
    about the mistake I made?"); not another verb ("ask for more about the raise I got",
    "write a book about the business I started")."""
    head = fold_side[:at].removesuffix(" ")
    if not head.endswith(" about") or _TELL_RE.match(ask) is None:
        return False
    return head.removesuffix(" about") == ask.removesuffix("?").rstrip()


_OPENS_RE = re.compile(r"\s*(?:i|what if|if)\s", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def folded(cached: str, incoming: str) -> bool:
    """One side opens with the asker's fact ("I <verb> a / my <noun>, <question>?") and the
    other's question names "the <noun> I <verb>"; or one side is "(What) if my <noun> is
    <participle> - how do I <verb> it?" and the other "How do I <verb'> a <participle'>
    <noun'>?" (any words: another verb, participle or noun is refused as well). As typed,
    one sentence each; the fact's subject must be "I", its verb said alike on both sides.
    A fact told to someone is no fold (``_told``)."""
    if not (_OPENS_RE.match(cached) or _OPENS_RE.match(incoming)):
        return False
    pa, pb = _norm(cached), _norm(incoming)
    for p, q in ((pa, pb), (pb, pa)):
        m = _FACT_RE.fullmatch(p)
        if m is not None and "?" not in p[: m.start("ask")]:
            n, v = re.escape(m.group("n")), re.escape(m.group("v"))
            fold = re.search(
                rf"\b(?:the|my|that) (?:[a-z'-]+ ){{0,2}}?{n} (?:that |which )?i {v}\b", q
            )
            if fold is not None and not _told(m.group("ask"), q, fold.start()):
                return True
        if _CONDITION_RE.fullmatch(p) is not None and _PARTICIPLE_ASK_RE.fullmatch(q):
            return True
    return False


# what holds something: "a bottle of wine" is wine in a bottle, "a wine bottle" the bottle
_CONTAINERS = "bottle|glass|cup|mug|jar|can|box|bag|bowl|carton|jug|tin|bucket|pot|plate|tub"
_CONTAINER_RE = re.compile(rf"\b(?:a|an|one) (?P<c>{_CONTAINERS}) of (?P<n>[a-z]+)\b")
_UNIVERSITY_RE = re.compile(r"\buniversity of (?P<n>[a-z]+)\b")


def compound_fold(cached: str, incoming: str) -> bool:
    """A "<container> of <contents>" on one side written as the compound "<contents>
    <container>" on the other ("a bottle of wine" / "a wine bottle", "a cup of coffee" / "a
    coffee cup": the filled container against the empty one), or "the University of X" /
    "X University" (two schools: the University of Washington and Washington University).
    Limits: one container ("a" / "an" / "one"), of those listed, and the one word after
    "of"; plurals are read as the same ("bottles of alcohol" / "alcohol bottles" in a
    suitcase, the labelled duplicate that cut this to the singular); other "of" phrases
    folded into a compound ("the symptoms of flu" / "flu symptoms") are the same thing and
    untouched, and so is "a city's X" / "an X in the city"."""
    x, y = cached.casefold(), incoming.casefold()
    if " of " not in x and " of " not in y:
        return False
    return _folds_into(x, y) or _folds_into(y, x)


def _folds_into(x: str, y: str) -> bool:
    for m in _CONTAINER_RE.finditer(x):
        compound = rf"\b{re.escape(m['n'])} {m['c']}\b"
        if re.search(compound, y) and not re.search(compound, x):
            return True
    for m in _UNIVERSITY_RE.finditer(x):
        if re.search(rf"\b{re.escape(m['n'])} university\b", y) and "university of" not in y:
            return True
    return False
