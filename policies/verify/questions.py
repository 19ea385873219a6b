"""Question-form rules: the kind of answer a prompt asks for (a yes/no question against a
wh-question or a statement, the kind of question its opening asks: how-to, why, define,
examples, a calculation)."""

from __future__ import annotations

from collections import Counter

from policies.verify import lexicon as lx
from policies.verify.diffs import Diff
from policies.verify.direction import asks_symmetric, keys
from policies.verify.text import Parsed


def form_mismatch(a: Parsed, b: Parsed, d: Diff) -> bool:
    """The same content words asked as a yes/no question on one side, and as a wh-question
    ("Is X hotter than Y?" / "Why is X hotter than Y?", "Does X cause Y?" / "How does X
    cause Y?") or stated ("Eggs are bad for you." / "Are eggs bad for you?") on the other:
    the classifier reads the words, and they are all the same. Not an alternative question
    ("Is X or Y faster?" / "Which is faster, X or Y?"), a question the yes/no one embeds
    ("Do you know why ..."), a degree ("Is X safe?" / "How safe is X?") or a possibility
    ("Is there a way to X?" / "How do I X?"). Also two known kinds of question about the
    same words ("What is irony?" / "Give me examples of irony", "Why is X" / "Why was X")."""
    if a.words == b.words:
        return False
    if _kind_mismatch(a, b) or _tense_mismatch(a.words, b.words) or _past_future(a, b):
        return True
    if d.only_cached or d.only_incoming or _sentences(a) > 1 or _sentences(b) > 1:
        return False  # "What is X? Does it hurt?" asks more than its first sentence
    fa, fb = _form(a.words), _form(b.words)
    if fa == fb or "polar" not in (fa, fb):
        return False
    if fb == "polar":
        a, b, fb = b, a, fa
    if not (english_or_unknown(a) and english_or_unknown(b)):
        return False
    words = a.words
    if "or" in words or "or" in b.words or not lx.WH_WORDS.isdisjoint(words):
        return False
    if words[1:2] and words[1] in _ADDRESSED:
        return False  # a request: "Could someone explain X?" / "What is X?"
    if asks_symmetric(keys(a)) and asks_symmetric(keys(b)):
        return False  # "Is there a difference between X and Y?" / "What is the difference"
    if fb == "other":
        return _states(b, words[0])
    if fb == "how":
        if words[:2] in _POSSIBILITY or words[:3] == ("is", "it", "possible"):
            return False
        k = b.words.index("how")
        after = b.words[k + 1 : k + 2]
        if (
            after
            and after[0] in words
            and after[0] not in lx.POLAR_STARTS
            and f"how {after[0]}" not in lx.WH_CLASSES
        ):
            return False  # "How safe is X" asks what "Is X safe" asks
    return True


# The past of a wh-question's own auxiliary, the rest word for word: "What's the deadline to
# file X" / "What was the deadline to file X", "How do I tell X" / "How did I tell X". Only
# when the ask is the asker's own (I, we, you, my, our) or an infinitive's ("to V"): "Who is
# Martin Luther" / "Who was Martin Luther" ask one fixed fact
_PAST = {"is": "was", "are": "were", "do": "did", "does": "did"}
_OWN = frozenset("i we you my our".split())


def _tense_mismatch(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if len(wa) != len(wb) or len(wa) < 4 or wa[0] != wb[0] or wa[2:] != wb[2:]:
        return False
    if _PAST.get(wa[1]) != wb[1] and _PAST.get(wb[1]) != wa[1]:
        return False
    rest = wa[2:]
    return wa[0] in lx.WH_WORDS and ("to" in rest or not _OWN.isdisjoint(rest))


# A yes/no question about what has happened against the same one about what will: "Did the
# rental company already charge my card?" / "Will the rental company charge my card?" (round
# 67). Only when the opening sentences say the same content words ("already", "yet" aside).
_PAST_OPENINGS = frozenset("did was were has have".split())
_FUTURE_OPENINGS = frozenset(("will",))
_WHEN_DONE = frozenset("already yet ever still".split())


def _past_future(a: Parsed, b: Parsed) -> bool:
    if not a.words or not b.words:
        return False
    x, y = a.words[0], b.words[0]
    if not (
        (x in _PAST_OPENINGS and y in _FUTURE_OPENINGS)
        or (y in _PAST_OPENINGS and x in _FUTURE_OPENINGS)
    ):
        return False
    return _opening_content(a) == _opening_content(b)


def _opening_content(p: Parsed) -> frozenset[str]:
    sents = p.sentences
    return frozenset(
        c
        for i, c in enumerate(p.canon)
        if c and (not sents or sents[i] == 0) and p.words[i] not in _WHEN_DONE
    )


def _kind_mismatch(a: Parsed, b: Parsed) -> bool:
    fa, fb = framed(a.words), framed(b.words)
    if fa is None or fb is None or fa[0] == fb[0] or "calc" in (fa[0], fb[0]):
        return False
    ra = Counter(c for c in a.canon[fa[1] : fa[2]] if c)
    rb = Counter(c for c in b.canon[fb[1] : fb[2]] if c)
    return bool(ra) and ra == rb


def _sentences(p: Parsed) -> int:
    return p.sentences[-1] + 1 if p.sentences else 1


def _form(words: tuple[str, ...]) -> str:
    """``question_form``, but "polar" only for a prompt an auxiliary opens ("Eggs are bad"
    states)."""
    form = question_form_of(words)
    return "other" if form == "polar" and words[0] not in lx.POLAR_STARTS else form


_ADDRESSED = frozenset("someone somebody anyone anybody".split())
_POSSIBILITY = (("is", "there"), ("are", "there"))  # "Is there a way to", "Are there ways to"
_STATED_SUBJECTS = frozenset("i we you he she it they there".split())


def _states(p: Parsed, auxiliary: str) -> bool:
    """``p`` is one sentence stating what a yes/no question opened by ``auxiliary`` asks
    ("Eggs are bad for cholesterol." / "Are eggs bad ...?"): it says that auxiliary after
    its subject, asks nothing ("?", a wh-word, "if", "whether")."""
    words = p.words
    if "?" in p.source or (p.sentences and p.sentences[-1] != 0):
        return False
    if not lx.WH_WORDS.isdisjoint(words) or "if" in words or "whether" in words:
        return False
    for k in range(1, len(words)):
        if words[k] == auxiliary:
            # "... is it safe" is the question typed in another order
            return words[k + 1 : k + 2] == () or words[k + 1] not in _STATED_SUBJECTS
    return False


_HOW_MODALS = frozenset("do does can could should".split())
_HOW_SUBJECTS = frozenset("i you we one".split())


def how_opening(words: tuple[str, ...]) -> int:
    """Length of a present-tense "how do I" / "how can we" / "how to" opening, else 0."""
    if words[:2] == ("how", "to"):
        return 2
    if words[:1] == ("how",) and len(words) > 2:
        if words[1] in _HOW_MODALS and words[2] in _HOW_SUBJECTS:
            return 3
    return 0


_RECOMMEND_VERBS = frozenset(("recommend", "suggest"))
_RECOMMEND_MODALS = frozenset("would do can could".split())


def recommended(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """What a request for a recommendation asks for, read the same in "Recommend a
    sunscreen for everyday use" and "What sunscreen would you recommend for everyday use"
    (the thing, then the rest), else None."""
    if not words:
        return None
    if words[0] in _RECOMMEND_VERBS:
        rest = words[1:]
        if rest[:1] == ("me",):
            rest = rest[1:]
        if rest[:1] in (("a",), ("an",), ("some",)):
            rest = rest[1:]
        return rest or None
    if words[0] not in ("what", "which"):
        return None
    for k in range(1, min(len(words) - 2, 6)):
        if (
            words[k] in _RECOMMEND_MODALS
            and words[k + 1] == "you"
            and words[k + 2] in _RECOMMEND_VERBS
        ):
            return (words[1:k] + words[k + 3 :]) or None
        if words[k] in lx.STOPWORDS and words[k] not in ("good",):
            return None  # "what is the best", "which of": not "what <thing> would you"
    return None


_LIST_OPENINGS = (("what", "are"), ("list",), ("give", "me"), ("name",), ("show", "me"))


def list_opening(words: tuple[str, ...]) -> int:
    """Length of an opening that asks for a list ("What are the top 3 ..." / "List the top
    3 ..." / "Give me the top 3 ..."), before "the", "some" or a number, else 0."""
    for opening in _LIST_OPENINGS:
        k = len(opening)
        if words[:k] == opening and len(words) > k + 1:
            nxt = words[k]
            if nxt in ("the", "some") or nxt[:1].isdigit() or nxt in lx.NUMBER_WORDS:
                return k
    return 0


def _seq(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(x.split()) for x in phrases)


# Openings (and closings) that ask one kind of question about what follows them, by
# kind: the same rest under two openings of one kind asks one thing ("What's the best way
# to X" / "How do I X", "Why is X Y" / "What makes X Y", "Define X" / "What does X mean").
# Not "the meaning of": "What is the meaning of life" is no definition of "life".
_FRAMED_OPENINGS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (
        "how",
        _seq(
            "what is the best way to",
            "what is the way to",
            "what are the steps to",
            "is there a way to",
            "the best way to",
            "best way to",
            "steps to",
        ),
    ),
    ("why", _seq("why is", "why are", "why does", "why do", "what makes", "what make")),
    ("why-past", _seq("why was", "why were", "why did", "what made")),
    (
        "define",
        _seq(
            "what is the definition of",
            "give me the definition of",
            "definition of",
            "define",
            "what is",
        ),
    ),
    (
        "examples",
        _seq(
            "what are some examples of",
            "what are examples of",
            "give me some examples of",
            "give me examples of",
            "give some examples of",
            "give examples of",
            "list some examples of",
            "list examples of",
            "some examples of",
            "examples of",
        ),
    ),
)
_DEFINED_WORDS = 4  # "What is X" asks for a definition of a short X only


# Asking for the result of a calculation with numbers: "Solve for x: 2x + 3 = 7" / "solve
# 2x + 3 = 7" / "2x + 3 = 7, what is x?", "What is 15% of 80" / "Calculate 15 percent of 80".
_CALC_OPENINGS = _seq(
    "what is the value of",
    "find the value of",
    "solve the equation",
    "solve for x",
    "find x if",
    "find x",
    "solve",
    "find",
    "calculate",
    "compute",
    "evaluate",
    "work out",
    "what is",
    "how much is",
)
_CALC_CLOSINGS = _seq("what is x", "find x", "solve for x")


def _calculation(words: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the expression a request for a calculation asks about (a number
    in it), after its opening and before its closing, else None."""
    n = len(words)
    start = 0
    for opening in _CALC_OPENINGS:
        if words[: len(opening)] == opening:
            start = len(opening)
            break
    end = n
    for closing in _CALC_CLOSINGS:
        if n - start > len(closing) and words[n - len(closing) :] == closing:
            end = n - len(closing)
            break
    if start == end or not any(w[:1].isdigit() for w in words[start:end]):
        return None
    if not start and not words[0][:1].isdigit() and end == n:
        return None  # neither framed nor an expression alone
    return start, end


def framed(words: tuple[str, ...]) -> tuple[str, int, int] | None:
    """(kind, start, end) of what a question asks about, between an opening of a known
    kind and its closing ("what does X mean", "X definition"), else None."""
    n = len(words)
    if n >= 4 and words[:2] == ("what", "does") and words[-1] == "mean":
        return "define", 2, n - 1
    if 2 <= n <= _DEFINED_WORDS + 1 and words[-1] == "definition":
        return "define", int(words[0] in ("a", "an") and n > 2), n - 1
    how = how_opening(words)
    if how:
        return "how", how, n
    for kind, openings in _FRAMED_OPENINGS:
        if kind == "define":
            calc = _calculation(words)  # "What is 15% of 80" asks no definition
            if calc is not None:
                return "calc", *calc
        for opening in openings:
            k = len(opening)
            if words[:k] == opening and n > k:
                if opening == ("what", "is") and n - k > _DEFINED_WORDS:
                    continue
                if kind == "define" and words[k] in ("a", "an") and n > k + 1:
                    k += 1  # "What is a black hole" / "black hole definition"
                return kind, k, n
    return None


def english_or_unknown(p: Parsed) -> bool:
    return not p.language or "en" in p.language.split("+")


def question_form(p: Parsed) -> str:
    """'why', 'what', 'how', ... or 'polar' (yes/no) for the first clause of a prompt."""
    return question_form_of(p.words)


def question_form_of(words: tuple[str, ...]) -> str:
    for w in words[:3]:
        if w in ("what", "which", "how", "why", "where", "who", "when", "whom", "whose"):
            return "what" if w == "which" else w
        if w in lx.POLAR_STARTS:
            return "polar"
    return "other"
