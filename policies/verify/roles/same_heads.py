"""Role pass 147 (blind rounds 285-287): one head noun on both ends of a verb, the two told
apart only by who owns them and where they are from, and those marks traded.

"Our slam team is hosting the team from Detroit" / "The slam team from Detroit is hosting our
team": the subject and the object have the same head ("team"), and the marks that say which one
is meant, an owner before the head ("our", "our school's") and a phrase after it ("from
Detroit", "from next door"), sit on the subject on one side and on the object on the other,
the verb and every word around the two phrases the same. The words before the head that only
say what kind it is ("slam") may stay where they are or move with the marks. A verb true both
ways ("play", "meet", "tie", "with": ``phrases._BOTH_WAYS``), a copula alone, the same marks
on the same end ("our team ... the team from Detroit" / "our team ... Detroit's team" or "the
Detroit team") and a head said once are left.
"""

from __future__ import annotations

from collections.abc import Iterator

from policies.verify.roles.phrases import _BOTH_WAYS
from policies.verify.roles.written import ALTERNATIVES, AUX, COPULA, MARKS, OWNER, PERSON, tokens
from policies.verify.text import Parsed

_ARTICLES = frozenset("a an the".split())
# A phrase after the head that says where it is from or where it is.
_PLACE_PREPS = frozenset("from of in at on across near".split())
_NOT_IN_NP = (
    MARKS
    | COPULA
    | AUX
    | ALTERNATIVES
    | _PLACE_PREPS
    | frozenset(PERSON)
    | frozenset("to for with by into onto about not no who whom which that what".split())
)
_PRE_MAX = 4  # tokens before the head: "the", "our school's", "slam"
_POST_MAX = 4  # "from Detroit", "from next door", "from across the street"
_PRED_MAX = 4  # "is hosting", "beat", "is opening for"

# One noun phrase: (owner marks, kind words, place phrase)
_NP = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def same_head_marks_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    if ta == tb or sorted(_bare(ta)) != sorted(_bare(tb)):
        return False
    read_b = list(_readings(tb))
    for pre, x1, pred, x2, post in _readings(ta):
        for pre_b, y1, pred_b, y2, post_b in read_b:
            if (pre, pred, post) != (pre_b, pred_b, post_b):
                continue
            if _traded(x1, x2, y1, y2):
                return True
    return False


def _bare(toks: tuple[str, ...]) -> list[str]:
    return [t for t in toks if t not in _ARTICLES]


def _traded(x1: _NP, x2: _NP, y1: _NP, y2: _NP) -> bool:
    """The marks (owner, place phrase) of each end on the other end on the other side, the kind
    words kept on their end or moved with the marks."""
    m1, m2, n1, n2 = (x1[0], x1[2]), (x2[0], x2[2]), (y1[0], y1[2]), (y2[0], y2[2])
    if m1 == m2 or m1 != n2 or m2 != n1 or not (x1[0] or x2[0]):
        return False  # an owner tells them apart ("essential oils in candles": a place alone)
    kinds = (x1[1], x2[1])
    return (y1[1], y2[1]) in (kinds, kinds[::-1])


def _readings(
    toks: tuple[str, ...],
) -> Iterator[tuple[tuple[str, ...], _NP, tuple[str, ...], _NP, tuple[str, ...]]]:
    """Each way to read the side as: words before, NP1 (head N), a predicate, NP2 (head N),
    words after."""
    n = len(toks)
    for i1, head in enumerate(toks):
        if not head.isalpha() or len(head) < 3 or head in _NOT_IN_NP or head in OWNER:
            continue
        for i2 in range(i1 + 2, n):
            if toks[i2] != head:
                continue
            for s1 in range(max(0, i1 - _PRE_MAX), i1 + 1):
                np1_pre = _pre_head(toks[s1:i1])
                if np1_pre is None:
                    continue
                for e1 in range(i1 + 1, min(i2, i1 + 2 + _POST_MAX)):
                    if not _place(toks[i1 + 1 : e1]):
                        continue
                    for s2 in range(e1 + 1, min(i2, e1 + _PRED_MAX) + 1):
                        pred = toks[e1:s2]
                        np2_pre = _pre_head(toks[s2:i2])
                        if np2_pre is None or not _predicate(pred):
                            continue
                        for e2 in range(i2 + 1, min(n, i2 + 1 + _POST_MAX) + 1):
                            place2 = toks[i2 + 1 : e2]
                            if not _place(place2):
                                continue
                            np1 = (np1_pre[0], np1_pre[1], toks[i1 + 1 : e1])
                            np2 = (np2_pre[0], np2_pre[1], place2)
                            yield toks[:s1], np1, pred, np2, toks[e2:]


def _pre_head(span: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(owner marks, kind words) of the words before a head: "our school's" / "slam"."""
    if any(t in _NOT_IN_NP and t not in OWNER for t in span):
        return None
    words = tuple(t for t in span if t not in _ARTICLES)
    if any(t in _ARTICLES for t in span[1:]):
        return None  # an article only opens the phrase
    owned = [k for k, t in enumerate(words) if t.endswith("'s")]
    if owned:
        cut = owned[-1] + 1
        return words[:cut], words[cut:]
    if words and words[0] in OWNER:
        return words[:1], words[1:]
    if any(t in OWNER for t in words):
        return None
    return (), words


def _place(span: tuple[str, ...]) -> bool:
    """Nothing, or a place phrase after the head: "from Detroit", "from next door"."""
    if not span:
        return True
    if span[0] not in _PLACE_PREPS or len(span) < 2:
        return False
    rest = span[1:]
    return not any(t in MARKS or t in COPULA or t in AUX or t in PERSON for t in rest)


def _predicate(pred: tuple[str, ...]) -> bool:
    """A verb phrase with a content word, true one way only."""
    if any(t in MARKS or t in ALTERNATIVES or t in PERSON or t in OWNER for t in pred):
        return False
    content = [t for t in pred if t not in COPULA and t not in AUX and t != "not"]
    if not content:
        return False
    return not any(_stem(t) in _BOTH_WAYS or t in _BOTH_WAYS for t in content)


def _stem(t: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if t.endswith(end) and len(t) - len(end) >= 3:
            return t[: -len(end)]
    return t
