"""Question-form rules: the kind of answer a prompt asks for (its wh-words, a yes/no
question against a wh-question or a statement, the kind of question its opening asks: how-to,
why, define, examples, a calculation), and the quantifiers, modals and counts of a request."""

from __future__ import annotations

from collections import Counter

from policies.verify import lexicon as lx
from policies.verify.direction import asks_symmetric, keys
from policies.verify.rules import Diff
from policies.verify.text import Parsed


def wh_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both ask for a specific kind of answer and the kinds differ ("who" / "where")."""
    wa, wb = _wh(a.words, a.canon), _wh(b.words, b.canon)
    if ("place" in wa or "place" in wb) and _PAST.isdisjoint(a.words + b.words):
        wa, wb = wa - _MANNER, wb - _MANNER  # "Where can I learn X" / "How can I learn X"
    return (bool(wa and wb) and wa != wb) or _why_against(a.words, b.words)


def relative_people_swap(a: Parsed, b: Parsed) -> bool:
    """A relative clause with an object on one side, no "who" on the other: its people may
    have traded places ("a teacher who helped my son" / "a teacher my son helped", "a
    coworker who ignores my emails" / "ignoring my coworker's emails"), unless the other
    says the clause plainly ("if a teammate rewrites my sections", "a doctor that ...")."""
    return _relative_people(a, b) or _relative_people(b, a)


def _relative_people(a: Parsed, b: Parsed) -> bool:
    # asked only (a statement's relatives are `roles`'s), "who" on one side only
    if "who" not in a.words or "who" in b.words or not _asks(a.words):
        return False
    return any(
        not _said_plainly(a.words[k - 1 : k + 2 : 2], b.words)
        for k in _relative_objects(a.words, a.canon)
    )


_ASK_OPENINGS = frozenset("what which how why where when".split())


def _asks(words: tuple[str, ...]) -> bool:
    """The prompt opens with a question word or a yes/no question's verb."""
    return bool(words) and (words[0] in _ASK_OPENINGS or words[0] in lx.POLAR_STARTS)


def _said_plainly(pair: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """The clause's noun and its first word after "who" said next to each other ("a teammate
    who rewrites my sections" / "if a teammate rewrites my sections"), or the noun before
    "that": the same doer."""
    that = (pair[0], "that")
    return any(words[k : k + 2] in (pair, that) for k in range(len(words) - 1))


# "Why was X built?" / "Who built X?": an opening "why" asks a reason, an opening who /
# when / where a person, a time, a place ("why" / "how" are left to the other rules)
_WHY_OTHERS = frozenset("who whom when where".split())


def _why_against(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if not (wa and wb):
        return False
    return (wa[0] == "why" and wb[0] in _WHY_OTHERS) or (wb[0] == "why" and wa[0] in _WHY_OTHERS)


_MANNER = frozenset(("manner",))
_PAST = frozenset("did was were".split())  # a past event: "How did X die" / "Where did X die"


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
    if _kind_mismatch(a, b):
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


_CLAUSE_SUBJECTS = frozenset("i we you he she they it my our your his her their".split())


def _wh(words: tuple[str, ...], canon: tuple[str, ...] = ()) -> frozenset[str]:
    """The kinds of answer asked for. "when" right after a noun or verb and before a
    subject opens a clause, it asks nothing ("Who pays the closing costs when I am the
    buyer" asks what "As the buyer, who pays the closing costs" asks)."""
    found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES}
    if canon and "who" in words and _relative_who(words, canon):
        found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES and w != "who"}
    if canon and "when" in words:
        subordinate = all(
            0 < k < len(words) - 1 and canon[k - 1] and words[k + 1] in _CLAUSE_SUBJECTS
            for k, w in enumerate(words)
            if w == "when"
        )
        if subordinate:
            found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES and w != "when"}
    for k, x in enumerate(words[:-1]):
        if x == "how":
            after = words[k + 1]
            cls = lx.WH_CLASSES.get(f"how {after}")
            if cls:
                found.add(cls)
            elif after in _MANNER_AFTER and (k == 0 or words[k - 1] in _HOW_LEADS):
                found.add("manner")  # "How did X die?" / "When did X die?" ask two things
                if "time" in found and _when_after(words, k):
                    found.discard("time")  # "How do I wake up when tired": a condition
    return frozenset(found)


# verbs and nouns a "who" after them opens an asked clause ("Do you know who won X")
_ASKED_AFTER = frozenset(
    "know knows wonder ask asked tell idea sure guess find figure decide see check show"
    " learn remember forget notice determine identify say choose pick discover predict out"
    " matter care track view".split()
)
# words between a relative "who" and its verb ("who has blocked me")
_BEFORE_VERB = frozenset(
    "has have had is was are were keeps kept will would can could does did do always"
    " never just also still".split()
)


def _relative_who(words: tuple[str, ...], canon: tuple[str, ...]) -> bool:
    """Every "who" follows a noun and opens a relative clause, asking nothing ("How do I
    handle a toddler who hits" asks what "How do I handle my toddler hitting" asks); not an
    opening "who", nor one after a verb of asking or knowing ("Do you know who won")."""
    return all(
        0 < k < len(words) - 1
        and canon[k - 1]
        and words[k - 1] not in _ASKED_AFTER
        and not _has_object(words, k + 1, _PRONOUNS)
        for k, w in enumerate(words)
        if w == "who"
    )


def _relative_objects(words: tuple[str, ...], canon: tuple[str, ...]) -> list[int]:
    """Where a "who" after a noun opens a relative clause whose verb has an object."""
    return [
        k
        for k, w in enumerate(words)
        if w == "who"
        and 0 < k < len(words) - 1
        and canon[k - 1]
        and words[k - 1] not in _ASKED_AFTER
        and _has_object(words, k + 1, _OBJECT_OPENINGS, through=True)
    ]


# an object right after the relative clause's verb, or after its preposition: the people in
# it may trade places with the other side's ("a parent who criticizes me" / "criticizing a
# parent", "a teacher who helped my son" / "a teacher my son helped", "a nurse who cared for
# my mom" / "a nurse my mom cared for")
_PRONOUNS = frozenset("me you him her us them it".split())
_OBJECT_OPENINGS = frozenset(
    "me you him her us them it my your his our their the a an this that these those".split()
)
# ("with", "against" join two people either way: "a friend who argued with my wife" / "a
# friend my wife argued with")
_CLAUSE_PREPOSITIONS = frozenset("for to at on about of from into after behind over".split())


def _has_object(
    words: tuple[str, ...], start: int, openings: frozenset[str], through: bool = False
) -> bool:
    """The clause that starts at ``start`` has an object opening with one of ``openings``
    right after its verb (or, ``through``, after a preposition there)."""
    while start < len(words) and words[start] in _BEFORE_VERB:
        start += 1
    after = words[start + 1 : start + 3]
    if through and after[:1] and after[0] in _CLAUSE_PREPOSITIONS:
        after = after[1:]
    return bool(after) and after[0] in openings


def _when_after(words: tuple[str, ...], how: int) -> bool:
    """Every "when" comes after ``how``'s clause, not joined to it ("how and when")."""
    return all(
        k > how + 2 and words[k - 1] not in _JOINS for k, w in enumerate(words) if w == "when"
    )


_JOINS = frozenset(("and", "or", ","))


# "how" asking a manner or cause: an auxiliary after it ("How did X die", "How is X
# treated", "how to X"), at the start of the prompt or after a request ("tell me how")
_MANNER_AFTER = frozenset("do does did is are was were can could should would will to".split())
_HOW_LEADS = frozenset("me us and so but explain know".split())


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


_REQUEST_SUBJECTS = frozenset(("you", "u", "ya"))
_DO = frozenset("do does did".split())


def qualifier_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both prompts quantify and the classes differ ("all" / "some", "every" / "one"), or
    both are yes/no questions opened by modals of different classes ("Can I" / "Should
    I", "Must I" / "May I"). One-sided, a quantifier or a modal is framing, and so is a
    modal inside a wh-question ("How can I" / "How should I") or before "you" (a polite
    request); "What are some" / "What are all" ask for a list either way."""
    qa, qb = _quantifiers(a.words, a.canon), _quantifiers(b.words, b.canon)
    if qa and qb and qa != qb:
        return True
    ma, mb = _polar_modal(a.words), _polar_modal(b.words)
    if ma and mb and ma != mb:
        return True
    ta, tb = _opening_tense(a.words), _opening_tense(b.words)
    if ta and tb and ta != tb:
        return True
    if not (
        lx.FOREIGN_DEGREE_WORDS.isdisjoint(a.words) and lx.FOREIGN_DEGREE_WORDS.isdisjoint(b.words)
    ) and _degrees(a) != _degrees(b):
        return True
    return _count_mismatch(a, b)


def _degrees(p: Parsed) -> Counter[str]:
    """Degree words of other languages ("más", "plus de"... "muy", "sehr"), counted."""
    return Counter(w for w in p.words if w in lx.FOREIGN_DEGREE_WORDS)


def _count_mismatch(a: Parsed, b: Parsed) -> bool:
    """A request for one thing and the same request for several or all of that thing:
    "Give me one example of X" / "Give me examples of X", "Name a country in Africa" /
    "Name all the countries in Africa". Only in the object of a request verb: a generic
    singular elsewhere reads as the plural ("How many legs does a spider have" / "... do
    spiders have")."""
    ra, rb = _requested(a), _requested(b)
    if ra is None or rb is None or ra[0] != rb[0] or ra[1] == rb[1]:
        return False
    return "one" in (ra[1], rb[1])


_COUNTING_WORDS = frozenset(lx.NUMBER_WORDS) - {"one"}


def _requested(p: Parsed) -> tuple[str, str] | None:
    """(canonical head, count class) of what the first request verb asks for, if told."""
    words, canon = p.words, p.canon
    n = len(words)
    for i, w in enumerate(words[:-1]):
        if w not in lx.REQUEST_VERBS or (i and words[i - 1] not in lx.IMPERATIVE_LEADS):
            continue  # not an imperative: "a baby name", "how to make a cake"
        j = i + 1
        if words[j] in lx.OBJECT_PRONOUNS:
            j += 1
        if j >= n or words[j][:1].isdigit() or words[j] in _COUNTING_WORDS:
            return None  # counted by a number: the number rules compare it
        count = lx.REQUEST_COUNTS.get(words[j], "")
        if count == "one" and j + 1 < n and words[j + 1] in lx.SEVERAL_AFTER_A:
            count, j = "many", j + 1  # "a few", "a couple of", "a lot of"
        if count:
            j += 1
            while j < n and words[j] in ("of", "the", "single") and count != "many":
                j += 1  # "all of the", "every single"
        while j < n and not canon[j]:
            if words[j] in lx.DETERMINERS or words[j] in lx.REQUEST_COUNTS:
                return None  # "the list", "my notes": definite, the count is not told
            j += 1  # a stopword adjective: "a good name", "some nice ideas"
        if j >= n or words[j][:1].isdigit():
            return None
        if not count:
            w = words[j]
            if not (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))):
                return None  # a bare singular: a mass noun or a name, no count told
            count = "many"
        return canon[j], count
    return None


def _quantifiers(words: tuple[str, ...], canon: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for i, w in enumerate(words):
        cls = lx.QUANTIFIER_CLASSES.get(w)
        if cls is None:
            continue
        if i >= 2 and words[i - 2] in lx.WH_WORDS and words[i - 1] in lx.BE_FORMS:
            continue  # a list request: "what are some", "what are all"
        if w == "every" and i + 1 < len(words) and words[i + 1] == "other":
            cls = "alternate"  # "every other day"
        elif (
            w == "one"
            and words[i + 1 : i + 2] != ("of",)
            and not (
                i + 1 < len(words)
                and canon[i + 1]
                and (i == 0 or words[i - 1] not in lx.POLAR_STARTS)
            )
        ):
            continue  # a pronoun: "which one is", "how can one earn" ("one of" counts)
        found.add(cls)
    return frozenset(found)


def _opening_tense(words: tuple[str, ...]) -> str:
    """Present or past, from the auxiliary that opens a yes/no question ("Is Pluto" / "Was
    Pluto"). In a wh-question tense is often loose ("Who is" / "Who was Martin Luther?")."""
    return lx.AUXILIARY_TENSES.get(words[0], "") if words else ""


def _polar_modal(words: tuple[str, ...]) -> str:
    """The class of the modal that opens a yes/no question ("Can I ...?"), else ""."""
    for i, w in enumerate(words[:3]):
        if w in lx.WH_WORDS:
            return ""
        if w in lx.POLAR_STARTS:
            if i + 1 < len(words) and words[i + 1] in _REQUEST_SUBJECTS:
                return ""
            if w in _DO and words[i + 2 : i + 3] and words[i + 2] in lx.SEMI_MODALS:
                if words[i + 3 : i + 4] == ("to",):
                    return "must"  # "Do I have to", "Does she need to"
            return lx.MODAL_CLASSES.get(w, "")
    return ""
