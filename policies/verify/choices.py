"""Choices offered in another order, or other choices offered (pure, precompiled).

"Is a tomato a fruit or a vegetable?" asks what "Is a tomato a vegetable or a fruit?" asks,
and "Options: Venus, Mars, Jupiter" what "Options: Jupiter, Venus, Mars" asks: the order of
alternatives is no direction ("convert X to Y", "X than Y" are; they are not read here).
The order-sensitive rules read the reordering as a swap, so ``align`` writes the incoming
prompt's alternatives in the cached prompt's order first. An option list whose members
differ ("Options: Venus, Mars, Jupiter" / "Options: Venus, Jupiter") asks another question:
the answer may be the option one side lacks. Lettered options ("A) x B) y") are left as
they are: their order names the answer ("Answer with the letter").
"""

from __future__ import annotations

import re

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
    answer is a letter naming a position."""
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
                start = text_a.index(f" {swapped} ")
                first = text_a[:start].count(" ")  # index of the span's first word in wa
                span_a = cached[wa[first][1] : wa[first + lp + lq][2]]
                return incoming[: wb[k - lq][1]] + span_a + incoming[wb[k + lp][2] :]
    return incoming


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
