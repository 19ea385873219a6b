"""Rules that let a pair skip the classifier because it asks the same thing in other words:
the same request reworded, search-style keywords reordered, a symmetric comparison either way
round, the same sentences in another order."""

from __future__ import annotations

from collections import Counter

from policies.verify import lexicon as lx
from policies.verify.additions import COMPARISON_FRAME, statement
from policies.verify.direction import any_adjacent_reversed, asks_symmetric, keys
from policies.verify.questions import (
    english_or_unknown,
    framed,
    how_opening,
    list_opening,
    recommended,
)
from policies.verify.roles.kept import roles_kept
from policies.verify.text import Parsed

# Words the synonym table names, with their plurals ("kids" / "children").
SYNONYM_WORDS = frozenset(lx.SYNONYMS) | frozenset(w + "s" for w in lx.SYNONYMS)


def same_request(a: Parsed, b: Parsed) -> bool:
    """The prompts are the same words but for framing the classifier misreads: function
    words moved ("what the capital of Peru is" / "what is the capital of Peru", "how I
    should" / "how should I"), the opening of a how-question reworded ("How do I" / "How
    can I" / "How to"), or a word swapped in place for its synonym from the lexicon's
    closed table ("Write" / "Compose a cover letter"). Content words, negations and
    quantifiers keep their order ("not all" / "all ... not" is not this). Also "Recommend
    a sunscreen for X" / "What sunscreen would you recommend for X"."""
    ra = recommended(a.words)
    if ra is not None and ra == recommended(b.words):
        return True
    if same_voice(a, b):
        return True
    ka, kb = how_opening(a.words), how_opening(b.words)
    if not (ka and kb):
        ka, kb = list_opening(a.words), list_opening(b.words)
    if not (ka and kb):
        ka = kb = 0
        fa, fb = framed(a.words), framed(b.words)
        if fa is not None and fb is not None and fa[0] == fb[0]:
            if fa[0] == "calc":  # "15%" / "15 percent": the keys, not the words as written
                if keys(a)[fa[1] : fa[2]] == keys(b)[fb[1] : fb[2]]:
                    return True
            elif _same_words(a, b, fa[1], fa[2], fb[1], fb[2]):
                return True
    return _same_words(a, b, ka, len(a.words), kb, len(b.words))


def same_voice(a: Parsed, b: Parsed) -> bool:
    """One side the other in the other voice, every word kept, the same doer and receiver
    ("Who did my aunt block on WhatsApp?" / "Who was blocked on WhatsApp by my aunt?", "The
    carrier lost my pallet" / "My pallet was lost by the carrier"): the classifier reads the
    reorder as a new question. Not "Who blocked my aunt?" (the roles traded) nor another
    doer or a negation added (the words differ). Not with "his" / "her" / "their": the
    pronoun may point at another person once it comes first ("My daughter was picked up by
    her dad" / "Her dad picked up my daughter")."""
    return _THIRD.isdisjoint(a.words) and _THIRD.isdisjoint(b.words) and roles_kept(a, b)


_THIRD = frozenset("he she they his her hers their theirs him them".split())


def _same_words(a: Parsed, b: Parsed, ka: int, ea: int, kb: int, eb: int) -> bool:
    """``a.words[ka:ea]`` and ``b.words[kb:eb]`` are the same words (``same_request``)."""
    wa, wb = a.words[ka:ea], b.words[kb:eb]
    if not wa or not wb:
        return False
    if Counter(wa) == Counter(wb):
        return _order_keys(a, ka, ea) == _order_keys(b, kb, eb)
    if len(wa) != len(wb):
        # an article said on one side only ("a work visa for UK" / "... for the UK")
        wa = tuple(w for w in wa if w not in _BARE_ARTICLES)
        wb = tuple(w for w in wb if w not in _BARE_ARTICLES)
        if len(wa) != len(wb):
            return False
    elif _article_keys(a, ka, ea) != _article_keys(b, kb, eb):
        return False
    return all(
        u == v or (u in SYNONYM_WORDS and v in SYNONYM_WORDS) or (u in _ARTICLES and v in _ARTICLES)
        for u, v in zip(wa, wb, strict=True)
    )


# "the phone number" / "my phone number" in a request the asker makes for themself.
_ARTICLES = frozenset("a an the my".split())
_BARE_ARTICLES = frozenset("a an the".split())


def _article_keys(p: Parsed, start: int, end: int) -> list[str]:
    return ["~the" if k[1:] in _ARTICLES else k for k in keys(p)[start:end]]


_SUBORDINATORS = frozenset("if while since".split())
_SUBORDINATE_SUBJECTS = frozenset("i we my our he she they it his her their".split())
# "How do I know if I am pregnant": "if" after these asks "whether", it states nothing.
_WHETHER_LEADS = frozenset(
    "know tell check see wonder wondering sure ask determine find out decide understand"
    " figure test whether even only as".split()
)
_SEQUENCE_WORDS = frozenset(
    "then next first firstly second secondly finally lastly later afterwards after before"
    " step".split()
)


def _pieces(p: Parsed) -> list[tuple[str, ...]] | None:
    """The sentences of a prompt, a trailing "if/while/since I ..." clause split off
    as a sentence of its own; None when there are more than four."""
    out: list[tuple[str, ...]] = []
    start = 0
    words, sent = p.words, p.sentences
    for k in range(1, len(words) + 1):
        if k < len(words) and sent[k] == sent[k - 1]:
            continue
        piece = words[start:k]
        for j in range(1, len(piece) - 2):
            if (
                piece[j] in _SUBORDINATORS
                and piece[j + 1] in _SUBORDINATE_SUBJECTS
                and piece[j - 1] not in _WHETHER_LEADS
            ):
                out.extend((piece[:j], piece[j + 1 :]))
                break
        else:
            out.append(piece)
        start = k
    return out if len(out) <= 4 else None


_KEYWORD_WORDS = 8  # words at most in a search-style prompt
_KEYWORD_STOPWORDS = 2  # function words at most ("flights NYC to LA")


_QUESTION_WORDS = lx.WH_WORDS | lx.POLAR_STARTS


def _keyword_style(p: Parsed) -> bool:
    """A search-style prompt: a few words, at most two function words, not a question
    ("Is sex fun?" / "Why is sex fun?" ask different things with the same content)."""
    return (
        len(p.words) <= _KEYWORD_WORDS
        and p.canon.count("") <= _KEYWORD_STOPWORDS
        and "?" not in p.source
        and _QUESTION_WORDS.isdisjoint(p.words)
    )


def _persons(p: Parsed) -> frozenset[str]:
    return frozenset(lx.PERSONS[w] for w in p.words if w in lx.PERSONS)


def same_keywords(a: Parsed, b: Parsed) -> bool:
    """Two search-style prompts with the same content words in the same order, or one word
    moved from one end to the other, and a function word more or less ("flights NYC to
    LA" / "nyc to la flights", "distance earth to moon" / "earth moon distance", "5 feet
    in cm" / "5 ft to cm"): the classifier reads these as different questions. Not when
    the others change order ("train berlin munich" / "trains from munich to berlin"), or
    two words side by side are said in the other order ("milk chocolate recipe" /
    "recipe chocolate milk"), nor in questions."""
    if not (_keyword_style(a) and _keyword_style(b)) or a.code or b.code:
        return False
    if not english_or_unknown(a) or not english_or_unknown(b):
        return False  # other languages' function words are content words here
    if _persons(a) != _persons(b):
        return False  # "fix my code" / "fix your code"
    ca = [c for c in a.canon if c]
    cb = [c for c in b.canon if c]
    if not (ca == cb or ca[1:] + ca[:1] == cb or ca[-1:] + ca[:-1] == cb):
        return False  # "train berlin munich" / "trains from munich to berlin"
    return not any_adjacent_reversed(keys(a), keys(b))


def same_howto_keywords(a: Parsed, b: Parsed) -> bool:
    """A how-question and the same ask typed as search keywords: "How do I freeze the top
    row in Excel?" / "excel freeze top row" (the content words in the same order, or the
    last moved to the front), "How to cancel Netflix subscription" / "cancel netflix
    subscription". Only the asker's own things ("my"), never another person's."""
    for x, y in ((a, b), (b, a)):
        k = how_opening(x.words)
        if not k or not _keyword_style(y) or how_opening(y.words) or x.code or y.code:
            continue
        if not english_or_unknown(x) or not english_or_unknown(y):
            return False
        if not _persons(x) <= _FIRST_PERSON or _persons(y):
            return False
        cx = [c for c in x.canon[k:] if c]
        cy = [c for c in y.canon if c]
        if len(cx) < 2 or not (cx == cy or cx[-1:] + cx[:-1] == cy):
            return False
        return not any_adjacent_reversed(keys(x), keys(y))
    return False


_FIRST_PERSON = frozenset((lx.PERSONS["i"],))


def same_comparison(a: Parsed, b: Parsed) -> bool:
    """Two questions comparing the same things by the same words, worded otherwise ("Is X
    or Y cheaper?" / "Y vs X: which is cheaper?", "Compare X and Y" / "the difference
    between Y and X"): the same content words, and the same function words but for those
    of the comparison's wording (so "than", "for", "better" stay). The rules have ruled
    out a swapped direction ("X better than Y") and a changed item or criterion."""
    if a.code or b.code or not (english_or_unknown(a) and english_or_unknown(b)):
        return False
    ka, kb = keys(a), keys(b)
    if not (asks_symmetric(ka) and asks_symmetric(kb)):
        return False
    ca = Counter(k for k in ka if k not in COMPARISON_FRAME)
    cb = Counter(k for k in kb if k not in COMPARISON_FRAME)
    return ca == cb


def same_statements(a: Parsed, b: Parsed) -> bool:
    """The same sentences in another order, or a statement of the asker's situation said as
    a sentence of its own on one side and as an "if" / "while" clause on the other ("I'm
    pregnant. Is it safe to eat sushi?" / "Is it safe to eat sushi while I'm pregnant?").
    One request at most among them (two instructions may be steps in order), and no word
    that orders them ("then", "first")."""
    if a.code or b.code or not a.words or not b.words:
        return False
    if not _SEQUENCE_WORDS.isdisjoint(a.words) or not _SEQUENCE_WORDS.isdisjoint(b.words):
        return False
    pa, pb = _pieces(a), _pieces(b)
    if pa is None or pb is None or len(pa) < 2 or Counter(pa) != Counter(pb):
        return False
    return sum(1 for piece in pa if not statement(piece)) <= 1


def _order_keys(p: Parsed, start: int, end: int) -> list[str]:
    return [
        w
        for w, c in zip(p.words[start:end], p.canon[start:end], strict=True)
        if c or w in lx.NEGATIONS or w in lx.QUANTIFIER_CLASSES
    ]


def counter_equal(a: Parsed, b: Parsed) -> bool:
    return Counter(a.canon) == Counter(b.canon)
