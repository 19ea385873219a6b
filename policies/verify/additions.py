"""Addition checks: one side adds a detail, a comparison, a statement, or points at a text
it does not carry.

Widened in hardening pass 35 (blind round 243): `added_modifier` also reads "with X" made a
second act done on X at the same time ("ride a cargo bike with a newborn" / "... while holding
a newborn", `_with_made_act`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from policies.verify import lexicon as lx
from policies.verify.diffs import SHORT_PROMPT, Diff, occurrences
from policies.verify.direction import asks_symmetric, keys
from policies.verify.text import Parsed
from policies.verify.words import canonical, one_apart

_TEXT_NOUNS = frozenset(canonical(w) for w in lx.DEICTIC_NOUNS)


def added_detail(d: Diff) -> bool:
    """Two long prompts are the same text but for one place, where one side adds content
    words and the other adds none: a detail one lacks ("heating and plumbing" / "heating,
    plumbing and electrical", "a 420 km trip" / "a 420 km round trip", "in 3 bullet
    points" / "... for a non-technical executive"). In a long prompt the classifier reads
    so small a change as noise. A word the adding side also says around that place is
    said twice, not added ("Solve this step by step, showing your working" / "... and
    show the steps"), and the noun naming the pasted text adds nothing ("Solve this
    problem" / "Solve this")."""
    place = d.place
    if place is None or bool(place.cached) == bool(place.incoming):
        return False
    return bool((place.cached | place.incoming) - place.around - _TEXT_NOUNS)


# "the main difference", "the key differences": the same comparison
_DIFFERENCE_DEGREES = frozenset(
    canonical(w)
    for w in "key main major important biggest basic exact real actual significant".split()
)


def comparison_detail(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two comparisons of the same things where one adds what the comparison is for or
    about ("Compare Python and Java" / "... for beginners", "X or Y?" / "X or Y for
    gaming?"): which one wins depends on it. The classifier reads one added word in a
    short prompt as a paraphrase. The words that ask for the comparison are no detail
    ("X vs Y" / "the difference between X and Y")."""
    if len(a.words) >= SHORT_PROMPT or len(b.words) >= SHORT_PROMPT:
        return False  # a long prompt: `added_detail` reads the place that changed
    only_a = d.only_cached - COMPARISON_FRAME - _DIFFERENCE_DEGREES
    only_b = d.only_incoming - COMPARISON_FRAME - _DIFFERENCE_DEGREES
    if bool(only_a) == bool(only_b):
        return False
    return asks_symmetric(keys(a)) and asks_symmetric(keys(b))


_STATEMENT_STARTS = frozenset(
    "i we my our he she they it its his her their there the this that these those".split()
)
_FINITE = frozenset("am is are was were has have had will would can".split())


def statement(piece: tuple[str, ...]) -> bool:
    """A sentence that states the asker's situation ("I live in Texas", "Budget is $30"),
    not a question or an instruction."""
    if piece[0] in _STATEMENT_STARTS:
        return True
    return len(piece) > 2 and piece[1] in _FINITE and piece[0] not in lx.WH_WORDS | lx.POLAR_STARTS


# The function words of a comparison's wording: "X vs Y" / "Which is better, X or Y?" /
# "the difference between X and Y" / "How does X compare to Y?".
COMPARISON_FRAME = frozenset(
    "~which ~what ~how ~is ~are ~does ~do ~one ~or ~and ~the ~a ~an ~with ~to"
    " difference between".split()
)


def added_statement(a: Parsed, b: Parsed, d: Diff) -> bool:
    """One side states something more about the asker's situation in a sentence of its own,
    none of whose words the other side says ("My wifi keeps dropping. I already tried
    restarting the router. How do I fix it?"): an answer to the other may be the one
    already tried."""
    for p, only in ((a, d.only_cached), (b, d.only_incoming)):
        sent = p.sentences
        if not only or sent[-1:] in ((), (0,)):
            continue
        # a sentence of words all unmatched holds one of them: look only there
        for s in {sent[k] for k in occurrences(p.canon, only)} - p.questions:
            start, end = bisect_left(sent, s), bisect_right(sent, s)
            if {c for c in p.canon[start:end] if c} <= only and statement(p.words[start:end]):
                return True
    return False


def context_reference(a: Parsed, b: Parsed) -> bool:
    """A prompt that points at text the cache never saw ("this code", "the image below")."""
    return a.words != b.words and (_points_outside(a.words) or _points_outside(b.words))


_CARRIED = 8  # words of text next to the reference: the prompt carries what it points at
_PASTED_BEFORE = 30  # words before a forward reference: a text pasted before its request


def _points_outside(words: tuple[str, ...]) -> bool:
    """A reference to text the prompt does not carry: "Summarize this article" alone, not
    "Summarize this article: <the article>" (the other rules compare what it carries), nor
    "<the article> Summarize the article below" (a text pasted before its request: a
    forward reference after many words points back at them; "attached" never does)."""
    for i, w in enumerate(words):
        if w in lx.DEICTIC_WORDS:
            if w in lx.BACKWARD_DEICTIC_WORDS:
                carried = i
            else:
                after = len(words) - i - 1
                carried = after if w == "attached" or i < _PASTED_BEFORE else i
            if carried < _CARRIED:
                return True
        elif w in ("this", "these", "following", "attached", "given") and i + 1 < len(words):
            after = len(words) - i - 2
            if words[i + 1] in lx.DEICTIC_NOUNS and after < _CARRIED:
                if w == "attached" or i < _PASTED_BEFORE:
                    return True
    return False


def changed_fact(a: Parsed, b: Parsed) -> bool:
    """The same words stating another fact: one verb in the present on one side and in the
    past on the other ("Our contract renews on March 31" / "... renewed on March 31": still
    ahead, or already done), or a clause with a subject and verb of its own added after a
    noun, narrowing it ("after a crash" / "after a crash I caused"), or a noun's "own" made
    "other" ("from my own country" / "from other countries")."""
    if _referent_flipped(a, b) or _referent_flipped(b, a):
        return True
    if len(a.words) == len(b.words):
        return _tense_changed(a.words, b.words) or _when_changed(a.words, b.words)
    return _inserted_clause(a, b) or _inserted_clause(b, a)


# a time phrase's own preposition: "in the first month" / "after the first month" (round 63)
_WHEN = frozenset("in during within before after until till since by from for".split())
_SAME_WHEN = tuple(
    frozenset(p.split("/"))
    for p in "in/within in/during until/till for/in for/during for/within for/by".split()
)


def _when_changed(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """One word apart, both prepositions of time before the same words ("take in the first
    month" / "take after the first month", "paid for the first day" / "paid after the first
    day"): another time span. Not "in" / "within", "in" / "during", "until" / "till", nor
    "for" against "in", "during", "within" or "by" (one span)."""
    i = one_apart(wa, wb)
    if i is None:
        return False
    pair = frozenset((wa[i], wb[i]))
    return (
        pair <= _WHEN
        and pair not in _SAME_WHEN
        and i + 1 < len(wa)
        and wa[i + 1] in ("the", "my", "our", "a", "an", "this", "next", "last", "first")
    )


_SELF = frozenset(("own", "same"))
_OTHER = frozenset(("other", "another", "different"))


def _referent_flipped(a: Parsed, b: Parsed) -> bool:
    """ "from my own country" / "from other countries": the same noun, one's own or the same
    one on one side, another on the other."""
    sa = [i for i, w in enumerate(a.words[:-1]) if w in _SELF and w not in b.words]
    ob = [j for j, w in enumerate(b.words[:-1]) if w in _OTHER and w not in a.words]
    return any(a.canon[i + 1] and a.canon[i + 1] == b.canon[j + 1] for i in sa for j in ob)


# the participle after these is no past tense ("is renewed", "has renewed")
_BEFORE_PARTICIPLE = frozenset(
    "is are was were be been being am has have had get gets got not never".split()
)


# a condition's or a time clause's tense is loose: "if X scratched" is "when X scratches"
_CONDITIONS = frozenset("if when whenever once after before until unless while".split())
_CLAUSE_BACK = 6


def _tense_changed(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    at = -1
    for i, (x, y) in enumerate(zip(wa, wb, strict=True)):
        if x != y:
            if at >= 0:
                return False
            at = i
    if at < 1 or wa[at - 1] in _BEFORE_PARTICIPLE:
        return False
    if not _CONDITIONS.isdisjoint(wa[max(0, at - _CLAUSE_BACK) : at]):
        return False  # "if my cat scratched my baby" / "when my cat scratches": loose tense
    x, y = wa[at], wb[at]
    return _present_past(x, y) or _present_past(y, x)


def _present_past(s_form: str, past: str) -> bool:
    """ "renews" / "renewed", "carries" / "carried", "ships" / "shipped", "goes" / "went"."""
    if len(s_form) < 4 or not s_form.endswith("s") or s_form.endswith("ss"):
        return False
    if _IRREGULAR_PAST.get(past) == s_form:
        return True
    if not past.endswith("ed"):
        return False
    stem = past[:-2]
    if s_form.endswith("ies"):
        return stem == s_form[:-3] + "i"
    base = s_form[:-2] if s_form.endswith("es") else s_form[:-1]
    return stem in (base, s_form[:-1], s_form[:-1][:-1]) or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] == base
    )


def _third_person(verb: str) -> str:
    """ "go" -> "goes", "fly" -> "flies", "take" -> "takes"."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_IRREGULAR_PAST = {past: _third_person(verb) for past, verb in lx.BASE_OF_PAST.items()}

_CLAUSE_SUBJECTS = frozenset("i we you he she they it".split())
_CLAUSE_MAX = 5  # "I caused", "that my brother borrowed last week"


def _inserted_clause(a: Parsed, b: Parsed) -> bool:
    """``b`` is ``a`` with "<subject> <verb> ..." inserted right after a noun of ``a``."""
    wa, wb = a.words, b.words
    extra = len(wb) - len(wa)
    if not 2 <= extra <= _CLAUSE_MAX:
        return False
    i = 0
    while i < len(wa) and wa[i] == wb[i]:
        i += 1
    if i == 0 or wa[i:] != wb[i + extra :] or not a.canon[i - 1]:
        return False
    clause = wb[i : i + extra]
    if clause[0] not in _CLAUSE_SUBJECTS or not b.canon[i + 1]:
        return False  # a pronoun subject, then its verb
    return i == len(wa) or a.sentences[i] != a.sentences[i - 1] or wa[i] in _CLAUSE_ENDS


_CLAUSE_ENDS = frozenset(", and or but if when so because while".split())


# Words that add no case when put before a noun or in a phrase after it: praise, degree,
# frequency, a vague amount, "the world", "a way" ("What are the best gadgets in the world?",
# "How do I improve my writing in an effective way?", "Where can I hire a real hacker?").
_NO_CASE = frozenset(
    canonical(w)
    for w in """
    good best great better nice top real really actual actually different various main major
    key important basic simple easy quick common popular typical general specific particular
    certain whole entire overall exact proper right correct ideal perfect effective efficient
    useful cool awesome amazing favorite favourite possible probable likely potential many much
    some any few several bad ass badass little very so just also even still already world
    worldwide globe earth way ways manner area region term word thing things stuff kind type
    sort people person someone somebody something anything life today nowadays current latest
    recent modern daily usually always often ever new fresher available extra
    """.split()
)
# A word that points at another referent carries a case in a phrase ("for an unpaid bill" /
# "... on a different car"), not before a noun ("What are the different factors ...?").
_REFERENT = frozenset(canonical(w) for w in "different other another".split())
_STEM = 5  # letters two words share at the start: one word said twice ("groom" / "groomer")
# The first word of a phrase or clause put after a noun or verb phrase that narrows the case:
# "for a week", "with advanced dementia", "that happened before enrollment", "but goes to
# school inside it", "if I sell it".
_PHRASE_STARTS = frozenset(
    """with within without for on that which who whose but if in from to during after before
    under over at by using while when unless since until as except including near""".split()
)
# Function words: a premodifier is content words only ("extended release", "high school").
_FUNCTION = (
    lx.DETERMINERS
    | _PHRASE_STARTS
    | frozenset("and or of i we you he she it they me us him them".split())
    | frozenset("is are was were be been do does did".split())
)
_PHRASE_MAX = 8  # words of an added phrase
_PREMODIFIER_MAX = 4  # "heavy-duty EV-rated"


def added_modifier(a: Parsed, b: Parsed) -> bool:
    """One short prompt is the other with a modifier put at one place, and nothing else
    changed: words before a noun that make another kind of it ("with diarrhea" / "with
    bloody diarrhea", "crush my mom's pills" / "my mom's extended-release pills", "a book
    club" / "a high school book club"), or a phrase or clause after a noun or verb phrase that
    narrows the case ("my grandma" / "my grandma with advanced dementia", "return it in
    Germany" / "... within a week", "a broken leg" / "a broken leg that happened before
    enrollment", "if he lives outside the boundary" / "... but goes to school inside it").
    The answer to the narrower case is often another one; the classifier reads one such
    added word as a paraphrase.

    Limits: the words as parsed, "an" read as "a", "we" / "you" as "I" ("Is a tux needed for
    a black tie optional wedding?", read "Do I need ...", / "Do you need a tux for a black tie
    wedding?"); one contiguous insertion, of at most four
    content words (none ending in -ly or -ing) right before a content word, or of two to eight
    words that open with a preposition or clause word ("with", "for", "that", "but", "if",
    ...) after a content word and end a sentence or stand before a function word. At least
    one added content word must be new to the prompt and carry a case: praise, degree, vague
    amounts and place-holders ("good", "really", "some", "extra", "in the world", "in an
    effective way", "in the area") add none, nor does a word the prompt says elsewhere or one
    sharing its first five letters ("his dog walker" beside "my dog", "refuse to groom" beside
    "groomer"); "different" / "other" / "another" carry one in a phrase only. A noun put after
    the last one ("my router" / "my router password") is not read, nor a phrase at the start
    (a greeting, "Can you"), a sentence of its own ("What is X? How does it work?") or any
    other change (a word swapped, two places). A place or a purpose added is read as a case
    even where it rarely changes the answer ("How do I fix a leaky faucet in my kitchen?"),
    and so is a labelled duplicate of QQP, "Would ISPs block Amazon if we lose net
    neutrality?" / "Would ISPs block Amazon?" (arguable: a condition). A prompt holding an
    address (a URL, an e-mail) is left to the literal checks. "with X" made "while V-ing X"
    is read as an act added too (`_with_made_act`)."""
    extra = len(b.words) - len(a.words)
    if not 1 <= abs(extra) <= _PHRASE_MAX:
        return False
    if len(a.words) >= SHORT_PROMPT or len(b.words) >= SHORT_PROMPT:
        return False  # a long prompt: `added_detail` reads the place that changed
    if any(mark in p.source for p in (a, b) for mark in _ADDRESS_MARKS):
        return False  # "https://www.python.org" / "https://python.org": the literal checks
    if extra < 0:
        a, b = b, a
    return _with_made_act(a, b) or _modifier_inserted(a, b)


_ADDRESS_MARKS = ("://", "www.", "@")


# The words that open a clause of an act done at the same time ("while holding X")
_AT_ONCE = frozenset(("while", "whilst", "when"))
_CLAUSE_DOER = frozenset("i we you he she they".split())
_CLAUSE_BE = frozenset("am are is was were".split())
# Acts "with X" already says: X worn, used, brought, pushed or towed along ("swim with contacts"
# / "swim while wearing contacts", "jog with a stroller" / "jog while pushing a stroller")
_WITH_ACTS = frozenset(
    canonical(w)
    for w in """wear wearing wears use using uses have having has bring bringing brings take
    taking takes push pushing pushes pull pulling pulls tow towing tows keep keeping keeps pack
    packing packs being get getting gets""".split()
)
_OBJECTS = frozenset("me us you him her them".split())
_LOOSE_DETERMINERS = lx.DETERMINERS - frozenset(("this", "that", "these", "those"))


def _loose(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("a" if w in _LOOSE_DETERMINERS else w for w in words)


def _with_made_act(a: Parsed, b: Parsed) -> bool:
    """``a`` says "V with X" where ``b`` says "V while V2-ing X", the rest as typed ("ride a
    cargo bike with a newborn" / "... while holding a newborn", "drive with my dog" / "drive
    while holding my dog"): with X (X along, in a seat) on one side, a second act done on X at
    the same time on the other (X in the arms), a riskier case the classifier reads as a
    paraphrase, only one word being added.

    Limits: "while", "whilst" or "when", then an -ing word, or a pronoun doer with an optional
    "am" / "is" and any verb ("while I hold", "while I'm carrying"), right where the other
    side says "with", and the same words after it but for a determiner ("a newborn" / "my
    newborn"). An act "with X" already says is no added act: wearing, using, having,
    bringing, taking, pushing, pulling, towing, keeping, packing X ("swim with contacts" /
    "swim while wearing contacts"). A "while" clause that adds a word before X ("study with
    music" / "study while listening to music") is not read, nor "with" against a bare -ing word
    ("a house with a pool" / "a house featuring a pool")."""
    wa, wb = a.words, b.words
    if "with" not in wa or _AT_ONCE.isdisjoint(wb):
        return False
    i = 0
    while i < len(wa) and i < len(wb) and wa[i] == wb[i]:
        i += 1
    if i == 0 or i >= len(wa) or wa[i] != "with" or wb[i] not in _AT_ONCE:
        return False
    if not a.canon[i - 1] or a.sentences[i] != a.sentences[i - 1]:
        return False  # "with" right after a content word of the same sentence
    k = i + 1
    doer = k < len(wb) and wb[k] in _CLAUSE_DOER
    if doer:
        k += 1
        if k < len(wb) and wb[k] in _CLAUSE_BE:
            k += 1
    if k >= len(wb) or not b.canon[k] or function_word(wb[k]):
        return False
    verb = wb[k]
    if not (doer or verb.endswith("ing")) or b.canon[k] in _WITH_ACTS:
        return False
    rest_a, rest_b = wa[i + 1 :], wb[k + 1 :]
    if not rest_a or _loose(rest_a) != _loose(rest_b):
        return False
    # X is a noun phrase or a person ("with a newborn", "with my dog", "with him")
    return rest_a[0] in lx.DETERMINERS or rest_a[0] in _OBJECTS or bool(a.canon[i + 1])


# "an" is "a"; the asker, a generic "you" and the asker's party are one person here (the
# other checks read a party traded alone: "Do we need a tux" / "Do I need a tux")
_SAME_WORD = {"an": "a", "we": "i", "you": "i", "u": "i", "our": "my", "your": "my", "us": "me"}


def _article(w: str) -> str:
    return _SAME_WORD.get(w, w)


def _modifier_inserted(a: Parsed, b: Parsed) -> bool:
    """``b`` is ``a`` with a modifier inserted (see `added_modifier`)."""
    wa = tuple(_article(w) for w in a.words)
    wb = tuple(_article(w) for w in b.words)
    extra = len(wb) - len(wa)
    i = 0
    while i < len(wa) and wa[i] == wb[i]:
        i += 1
    if i == 0 or wa[i:] != wb[i + extra :]:
        return False
    added = wb[i : i + extra]
    canon = b.canon[i : i + extra]
    if any(b.sentences[k] != b.sentences[i - 1] for k in range(i, i + extra)):
        return False
    new = {c for c in canon if c and c not in _NO_CASE and not _said(c, a.content)}
    if added[0] in _PHRASE_STARTS:
        # a phrase after a noun or verb phrase: at the end of its sentence or before a
        # function word ("in the coop for a week during a storm")
        return (
            extra >= 2
            and bool(new or _REFERENT.intersection(canon))
            and bool(a.canon[i - 1])
            and (i == len(wa) or a.sentences[i] != a.sentences[i - 1] or not _content(a, i))
        )
    return (
        bool(new)
        and extra <= _PREMODIFIER_MAX
        and i < len(wa)
        and _content(a, i)
        and not any(w in _FUNCTION or w.endswith(("ly", "ing")) for w in added)
    )


def carries_case(c: str, content: frozenset[str]) -> bool:
    """An added canonical word ``c`` makes another case of what ``content`` says (see
    `added_modifier`): no praise, degree or place-holder, nor a word said already."""
    return bool(c) and c not in _NO_CASE and not _said(c, content)


def premodifier_word(w: str) -> bool:
    """``w`` can stand in a premodifier (see `added_modifier`)."""
    return w not in _FUNCTION and not w.endswith(("ly", "ing"))


def function_word(w: str) -> bool:
    """``w`` is a determiner, preposition, clause word, pronoun or form of "be" / "do"."""
    return w in _FUNCTION


def _content(p: Parsed, i: int) -> bool:
    return bool(p.canon[i]) and p.words[i] not in _FUNCTION


def _said(c: str, content: frozenset[str]) -> bool:
    """``c`` or a word sharing its first letters is among ``content`` ("groom" / "groomer")."""
    if c in content:
        return True
    return len(c) >= _STEM and any(x[:_STEM] == c[:_STEM] for x in content if len(x) >= _STEM)
