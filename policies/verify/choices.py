"""Choices offered in another order, or other choices offered (pure, precompiled).

"Is a tomato a fruit or a vegetable?" asks what "Is a tomato a vegetable or a fruit?" asks,
and "Options: Venus, Mars, Jupiter" what "Options: Jupiter, Venus, Mars" asks: the order of
alternatives is no direction ("convert X to Y", "X than Y" are; they are not read here).
The order-sensitive rules read the reordering as a swap, so ``align`` writes the incoming
prompt's alternatives in the cached prompt's order first. An option list whose members
differ ("Options: Venus, Mars, Jupiter" / "Options: Venus, Jupiter") asks another question:
the answer may be the option one side lacks. Lettered options ("A) x B) y") are left as
they are: their order names the answer ("Answer with the letter"). The option taken and the
option passed over traded around "instead of" / "rather than" ("on top of the fish instead
of under it" / "under the fish instead of on top of it") is ``preferred_traded``'s, added in
hardening pass 33 (blind round 235).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policies.verify import lexicon as lx
from policies.verify.words import canonical, common_ends

_WORD_RE = re.compile(r"[^\s,;:?!()\[\]]+")  # a word with its marks ("Disney+", "'who'")
_MARKS = "'\"."
# words that make the order of two alternatives a direction, or end an alternative
_NOT_ALTERNATIVE = frozenset(
    """
    to from than into onto towards vs versus or and which what who whom how why where when
    not nor but then than if whether
    """.split()
)
_MAX_SPAN = 4  # words at most on each side of "or"

_LIST_RE = re.compile(
    r"\b(?:options|choices|choose from|odd one out)\s*:\s*(?P<list>[^.?!:\n]+)", re.IGNORECASE
)
_ITEM_SEP_RE = re.compile(r"\s*(?:,|;|\bor\b)\s*(?:or\s+)?", re.IGNORECASE)
_LETTER_RE = re.compile(r"\bletters?\b", re.IGNORECASE)


def _options(text: str) -> tuple[tuple[str, ...], int, int] | None:
    """The members of an option list ("Options: a, b, c"), lower-cased, with its span."""
    if ":" not in text:
        return None
    m = _LIST_RE.search(text)
    if m is None:
        return None
    items = tuple(x.lower() for x in _ITEM_SEP_RE.split(m.group("list").strip()) if x)
    if len(items) < 2:
        return None
    return items, m.start("list"), m.end("list")


def option_mismatch(cached: str, incoming: str) -> bool:
    """Both offer a list of options and the lists differ in members, or in order where the
    answer is a letter naming a position; or other alternatives are offered by the same
    words (``article_mismatch``, ``alternatives_moved``, ``who_or_me_mismatch``)."""
    if (
        "?" in cached
        and "?" in incoming
        and (
            (
                " or " in cached.lower()
                and " or " in incoming.lower()
                and _or_mismatch(cached, incoming)
            )
            or who_or_me_mismatch(cached, incoming)
        )
    ):
        return True
    oa, ob = _options(cached), _options(incoming)
    if oa is None or ob is None or oa[0] == ob[0]:
        return False
    if sorted(oa[0]) != sorted(ob[0]):
        return True
    return bool(_LETTER_RE.search(cached) or _LETTER_RE.search(incoming))


def align(cached: str, incoming: str) -> str:
    """``incoming`` with its alternatives written in ``cached``'s order: an option list
    with the same members, and "P or Q" where ``cached`` says "Q or P"."""
    oa = ob = None
    if ":" in cached and ":" in incoming:
        oa, ob = _options(cached), _options(incoming)
    if (
        oa is not None
        and ob is not None
        and oa[0] != ob[0]
        and sorted(oa[0]) == sorted(ob[0])
        and not (_LETTER_RE.search(cached) or _LETTER_RE.search(incoming))
    ):
        incoming = incoming[: ob[1]] + cached[oa[1] : oa[2]] + incoming[ob[2] :]
    if " or " in incoming or " OR " in incoming or " Or " in incoming:
        incoming = _align_or(cached, incoming)
    return incoming


def _align_or(cached: str, incoming: str) -> str:
    """Rewrite "Q or P" in ``incoming`` as ``cached`` writes "P or Q" (neither side says
    the other order too), P and Q a few words that relate nothing."""
    wa = [(_key(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(cached)]
    wb = [(_key(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(incoming)]
    ta, tb = [w for w, _, _ in wa], [w for w, _, _ in wb]
    text_a, text_b = f" {' '.join(ta)} ", f" {' '.join(tb)} "
    for k, w in enumerate(tb):
        if w != "or":
            continue
        for lq in range(min(_MAX_SPAN, k), 0, -1):
            q = tb[k - lq : k]
            if not _NOT_ALTERNATIVE.isdisjoint(q):
                continue
            for lp in range(min(_MAX_SPAN, len(tb) - k - 1), 0, -1):
                p = tb[k + 1 : k + 1 + lp]
                if p == q or not _NOT_ALTERNATIVE.isdisjoint(p):
                    continue
                swapped, same = " ".join([*p, "or", *q]), " ".join([*q, "or", *p])
                if f" {swapped} " not in text_a or f" {same} " in text_a:
                    continue
                if f" {swapped} " in text_b:
                    continue
                if _relative_after(tb, k + 1 + lp, incoming, wb[k + lp][2]):
                    continue  # role pass 138: "the car or the pedicab that arrived after it"
                start = text_a.index(f" {swapped} ")
                first = text_a[:start].count(" ")  # index of the span's first word in wa
                span_a = cached[wa[first][1] : wa[first + lp + lq][2]]
                return incoming[: wb[k - lq][1]] + span_a + incoming[wb[k + lp][2] :]
    return incoming


# A relative clause right after the option that ends a choice is said of that option alone
# ("the pedicab or the car that arrived after it"): the options are not reordered across it.
_RELATIVE_WORDS = frozenset(("that", "who", "which", "whom", "whose"))


def _relative_after(words: Sequence[str], end: int, text: str, at: int) -> bool:
    """A relative word right after the word ending at ``at`` (index ``end`` in ``words``),
    with no mark between (a clause set off by a comma is said of the choice)."""
    return end < len(words) and words[end] in _RELATIVE_WORDS and text[at : at + 1] == " "


def _key(word: str) -> str:
    return word.lower().strip(_MARKS) or word


# "Is it true that X?" / "X. True or false?" ask what "True or false: X" asks
_TRUE_OR_FALSE = (
    (re.compile(r"^\s*is\s+it\s+true\s+that\s+([^?]+)\?*\s*$", re.I), r"True or false: \1"),
    (
        re.compile(r"^\s*(?!true\b)([^?.!]+)[?.!]*\s+true\s+or\s+false\s*\?*\s*$", re.I),
        r"True or false: \1",
    ),
)


def true_or_false(cached: str, incoming: str) -> tuple[str, str]:
    """Where one side opens with "True or false:", the other side's "Is it true that X?"
    or "X? True or false" written that way (only then: "Is it true that X?" alone may
    ask about a claim the asker heard)."""
    ta = cached.lstrip()[:13].lower() == "true or false"
    tb = incoming.lstrip()[:13].lower() == "true or false"
    if ta == tb:
        return cached, incoming
    if ta:
        for pattern, repl in _TRUE_OR_FALSE:
            incoming = pattern.sub(repl, incoming)
    else:
        for pattern, repl in _TRUE_OR_FALSE:
            cached = pattern.sub(repl, cached)
    return cached, incoming


# "Go" the language among other alternatives: "Python or Go", "Go, Rust or Java", "Go vs
# Rust" (capitalised, next to a list word or "than"); the word "go" is a function word
# everywhere else, so "Python or Go" / "Python" would read as one option.
_GO_RE = re.compile(
    r"(?:(?<=\bor )|(?<=\band )|(?<=, )|(?<=\bvs )|(?<=\bvs\. )|(?<=\bversus )|(?<=\bthan )"
    r"|(?<=\blearn )|(?<=\buse )|(?<=\bin )|(?<=\bto )|(?<=\bwith )|(?<=\bbetween )"
    r"|(?<=\bfrom ))Go\b(?![\-'])"
    r"|\bGo\b(?=\s*(?:,|\bor\b|\band\b|\bvs\b|\bversus\b|\bthan\b|\bbetter\b|\bfaster\b))"
)
_GO_LANGUAGES_RE = re.compile(
    r"\b(?:python|java|javascript|typescript|rust|c\+\+|c#|ruby|php|kotlin|swift|scala"
    r"|elixir|haskell|node(?:\.?js)?|zig|c|erlang|clojure|dart|programming|language|"
    r"backend|concurrency|goroutines?)\b",
    re.IGNORECASE,
)


def language_go(text: str) -> str:
    """``text`` with "Go" the programming language written "Golang" where it stands among
    alternatives next to another language ("Should I learn Python or Go?")."""
    if "Go" not in text or not _GO_LANGUAGES_RE.search(text):
        return text
    return _GO_RE.sub("Golang", text)


# "Who pays the body shop, me or the insurance company?" / "Does the insurance company pay
# the body shop, or do I?": the asker and one other named as the two choices for a doer
_WHO_ME_RE = re.compile(
    r"who(?: (?P<aux>should|can|must|will|would|could|do|does))? (?P<rest>[a-z' ]+?),?"
    r" (?:me or (?P<np1>(?:the|my|our|a|an) [a-z ]+?)"
    r"|(?P<np2>(?:the|my|our|a|an) [a-z ]+?) or me)\?"
)
_NP_OR_I_RE = re.compile(
    r"(?P<aux>should|can|must|will|would|could|do|does) (?P<body>[a-z' ]+?),?"
    r" or (?P<aux2>should|can|must|will|would|could|do|does) i\?"
)
_DO = frozenset(("do", "does"))
_WHO_NP_MAX = 3  # words in the other doer, its article included


def _same_act(a: str, b: str) -> bool:
    """The same words, but for the verb's present ending ("pays the shop" / "pay the
    shop"): no stems and no synonyms ("filed" is no "file", "the fee" no "the cost")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or not wa or wa[1:] != wb[1:]:
        return False
    x, y = sorted((wa[0], wb[0]), key=len)
    return y in (x, x + "s", x + "es") or (x.endswith("y") and y == x[:-1] + "ies")


def who_or_me(a: str, b: str) -> bool:
    """ "Who <does X>, me or <the Y>?" asks what "<Does> <the Y> <do X>, or <do> I?" asks:
    the same two doers offered for the same act, the asker as "me" / "I". Narrow on
    purpose: the other doer up to three words opening with an article or "my" / "our", the
    act word for word the same but for the verb's present ending ("pays" / "pay"; no
    stems or synonyms: "filed" is no "file", "the fee" no "the cost"), the same
    auxiliary on the who-side (or none for "does" / "do") and on both halves of the other
    side ("does" / "do" alike). The receiver traded ("Does the body shop pay the insurer,
    or do I?") is another act and does not match; the who-side's subject must be "who"
    itself (the act follows it directly)."""
    for p, q in ((a, b), (b, a)):
        m = _WHO_ME_RE.fullmatch(" ".join(p.lower().split()))
        if m is None:
            continue
        f = _NP_OR_I_RE.fullmatch(" ".join(q.lower().split()))
        if f is None or not (
            f.group("aux") == f.group("aux2") or {f.group("aux"), f.group("aux2")} <= _DO
        ):
            continue
        np = m.group("np1") or m.group("np2")
        if len(np.split()) > _WHO_NP_MAX or not f.group("body").startswith(np + " "):
            continue
        aux = m.group("aux")
        if aux != f.group("aux") and not (aux is None and f.group("aux") in _DO):
            continue
        if _same_act(m.group("rest"), f.group("body")[len(np) + 1 :]):
            return True
    return False


# precision pass 19: alternatives "P or Q" read with their articles
_ALT_RE = re.compile(
    r"(?:\b(?P<d1>a|an|the)\s+)?\b(?P<p>[a-z][a-z'-]*)\s+or\s+(?:(?P<d2>a|an|the)\s+)?"
    r"(?P<q>[a-z][a-z'-]*)\b"
)
_KIND = {"a": "a", "an": "a", "the": "the", None: ""}
_COPULAS = frozenset("is are was were be been being 's 're".split())
_FOOD_VERBS = frozenset("cook eat grill roast bake fry boil steam smoke".split())
_CLAUSE_END_RE = re.compile(r"[.?!;:,\-\u2013\u2014]")


def _alternative_articles(text: str) -> dict[str, str]:
    """Each one-word alternative of "P or Q" with the kind of its article: "a" (a / an),
    "the", or "" (none); an article before P alone is read before Q too ("a fruit or
    vegetable"). Not where the alternatives are a predicate after a copula and its subject
    ("Is a tomato a fruit or vegetable?": "Is a tomato fruit or vegetable?" asks it too)."""
    low = text.lower()
    out: dict[str, str] = {}
    for m in _ALT_RE.finditer(low):
        before = _CLAUSE_END_RE.split(low[: m.start()])[-1].split()[-4:]
        if before and before[-1] in _FOOD_VERBS:
            continue  # food either way: "cook a turkey or a chicken" / "cook chicken or turkey"
        if before and before[-1] not in _COPULAS and "to" not in before:
            if not _COPULAS.isdisjoint(before):
                continue  # a predicate: "is a tomato a fruit or a vegetable"
        d1, d2 = m.group("d1"), m.group("d2")
        out.setdefault(m.group("p"), _KIND[d1])
        out.setdefault(m.group("q"), _KIND[d2 or d1])
    return out


def _or_mismatch(cached: str, incoming: str) -> bool:
    return article_mismatch(cached, incoming) or alternatives_moved(cached, incoming)


def article_mismatch(cached: str, incoming: str) -> bool:
    """A one-word alternative of "P or Q" said with "a" on one side and bare on the other
    ("Should I order a lamb or a duck?" / "... duck or lamb?": an animal against its meat,
    "a paper or a glass" / "glass or paper": a thing against a material), or with "the" on
    one side and "a" on the other ("the lawyer or the accountant" / "an accountant or a
    lawyer": a given one against any). "The" against none is left alone (the generic "the":
    "take the bus or the train" / "take train or bus"), as are an article before the first
    alternative only ("a fruit or vegetable", read before both) and predicates after a
    copula ("Is a tomato a fruit or vegetable?" / "... fruit or vegetable?") and the object
    of a verb of cooking or eating (food either way: "cook a turkey or a chicken"). Questions
    only (``option_mismatch``); loses "Which is better, a wine or a beer?" / "... beer or
    wine?" (one bottle against the drink) and "Should I get a rabbit or a hamster?" /
    "... hamster or rabbit?" (a pet against meat): arguable, no lexicon of nouns with a
    food or material sense is kept."""
    ka, kb = _alternative_articles(cached), _alternative_articles(incoming)
    for word, kind in ka.items():
        other = kb.get(word)
        if other is not None and other != kind and {kind, other} != {"the", ""}:
            return True
    return False


_TOKEN_RE = re.compile(r"[a-z0-9][a-z0-9'-]*")


def _or_pair(text: str) -> frozenset[str] | None:
    """The two one-word alternatives of the only "or", each after an article ("the buyer
    or the seller"; "the buyer or seller" reads the article before both)."""
    low = text.lower()
    if len(re.findall(r"\bor\b", low)) != 1:
        return None
    m = _ALT_RE.search(low)
    if m is None or m.group("d1") is None:
        return None
    return frozenset((m.group("p"), m.group("q")))


def alternatives_moved(cached: str, incoming: str) -> bool:
    """The same words (articles aside), one "or" on each side between two nouns with an
    article, and other nouns either side of it: other things offered ("Should the buyer or
    the seller pay the fee?" / "Should the seller pay the buyer or the fee?"). The
    alternatives in another order are the same ("the buyer or the seller" / "the seller or
    the buyer"); phrases moved as alternatives ("prepay for fuel or fill it up" / "fill it
    up or prepay for fuel") and alternatives without an article are not read."""
    wa = [w for w in _TOKEN_RE.findall(cached.lower()) if w not in lx.ARTICLES]
    wb = [w for w in _TOKEN_RE.findall(incoming.lower()) if w not in lx.ARTICLES]
    if sorted(wa) != sorted(wb) or wa == wb:
        return False
    pa, pb = _or_pair(cached), _or_pair(incoming)
    return pa is not None and pb is not None and pa != pb


_OR_PRONOUN_RE = re.compile(
    r"(?P<aux>should|can|must|will|would|could|do|does|did) (?P<body>[a-z' ]+?),?"
    r" or (?P<aux2>should|can|must|will|would|could|do|does|did)"
    r" (?P<who>i|he|she|they|we|you|it)\?"
)


def who_or_me_mismatch(a: str, b: str) -> bool:
    """ "Who <did X>, me or <the Y>?" against "<Does> <the Y> <do X'>, or <do> I / he /
    they?" where ``who_or_me`` does not find the same act and the same two doers: a past
    fact against a present rule ("Who claimed the kids" / "Does my ex claim the kids"),
    another number ("the kid" / "the children"), another owner ("my rent" / "his rent"),
    another word ("price" / "fee"), "or does he" for "or do I", the asker made the
    receiver ("Should the driver report me or should I?"). Both shapes must match in
    full (the who-side as ``who_or_me`` reads it); anything else is left to the rules."""
    for p, q in ((a, b), (b, a)):
        if p[:4].lower() != "who ":
            continue
        if _WHO_ME_RE.fullmatch(" ".join(p.lower().split())) is None:
            continue
        if _OR_PRONOUN_RE.fullmatch(" ".join(q.lower().split())) is None:
            continue
        return not who_or_me(a, b)
    return False


# -- the preferred and the rejected option traded -------------------------------------------

# words that say the option before them is taken in place of the one after ("rather than"
# read as "instead of")
_INSTEAD = ("instead", "of")
# words that name no option of their own: articles and pronouns ("instead of under it")
_NO_OPTION = frozenset("a an the it them one ones that this those these there".split())
# position words of one place ("under the fish" / "beneath the fish")
_SAME_PLACE = {"beneath": "under", "underneath": "under", "below": "under", "atop": "top"}


def _instead(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """``words`` with "rather than" written "instead of", when it says one of them once."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] == "rather" and words[i + 1 : i + 2] == ("than",):
            out += _INSTEAD
            i += 2
        else:
            out.append(words[i])
            i += 1
    said = tuple(out)
    n = sum(1 for k in range(len(said) - 1) if said[k : k + 2] == _INSTEAD)
    return said if n == 1 else None


def _option(words: Sequence[str]) -> frozenset[str]:
    return frozenset(
        _SAME_PLACE.get(w, canonical(w)) for w in words if w not in _NO_OPTION and w.isalpha()
    )


def preferred_traded(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """The option taken and the option passed over traded around "instead of" / "rather
    than", the rest word for word: "put the wasabi on top of the fish instead of under it" /
    "under the fish instead of on top of it", "in the door instead of on a shelf" / "on a
    shelf instead of in the door", "use butter instead of oil" / "use oil rather than
    butter". The options may be function words (positions, "before" / "after"), which the
    order rules do not read.

    Limits: "instead of" (or "rather than") once on each side, inside the words where the
    sides differ; the taken option is read as the differing words before it, less the words
    both sides say there ("the fish"), the passed-over one as the differing words after it,
    likewise; articles and pronouns name no option ("instead of under it"). Only a trade of two
    non-empty options that differ is read: "butter instead of oil" / "butter rather than
    oil", or an option reworded ("under the fish instead of on top of it" / "beneath the
    fish rather than on top") is no change; "instead of X, Y" said first, "X over Y" and
    "would rather X than Y" are not read."""
    if not ("instead" in wa or "rather" in wa) or not ("instead" in wb or "rather" in wb):
        return False
    sa, sb = _instead(wa), _instead(wb)
    if sa is None or sb is None:
        return False
    i, j = common_ends(sa, sb)
    ea, eb = len(sa) - j, len(sb) - j
    ka = next(k for k in range(len(sa) - 1) if sa[k : k + 2] == _INSTEAD)
    kb = next(k for k in range(len(sb) - 1) if sb[k : k + 2] == _INSTEAD)
    if not (i <= ka < ea - 1 and i <= kb < eb - 1):
        return False  # the marker, or an option, is said alike on both sides
    taken_a, taken_b = _option(sa[i:ka]), _option(sb[i:kb])
    taken_a, taken_b = taken_a - taken_b, taken_b - taken_a
    passed_a, passed_b = _option(sa[ka + 2 : ea]), _option(sb[kb + 2 : eb])
    passed_a, passed_b = passed_a - passed_b, passed_b - passed_a
    if not taken_a or not taken_b or taken_a == taken_b:
        return False
    return taken_a == passed_b and taken_b == passed_a
