"""Prompt tokenising and analysis for the verifier (pure, precompiled): `parse` reads a
prompt's words, numbers, names, sentences, symbols, code and language into `Parsed`."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from policies.verify import lexicon as lx
from policies.verify.normalise import expand_bare, normalise
from policies.verify.symbols import code, marks, symbols
from policies.verify.words import canonical, rarity

_TOKEN_RE = re.compile(
    r"c\+\+|c#|f#|\.net\b"
    r"|(?>\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?![^\W\d_])"  # atomic: "500mg" is not "50" "0" "mg"
    r"|\d+(?:\.\d+)?"
    r"|[$€£¥₹%°]"
    r"|[^\W_]+",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?")


def _signed(text: str, start: int) -> bool:
    """A minus sign right before the number at ``start`` and no word or number before the
    sign ("at -5 degrees", "(-3)^2"; not "5-10", "COVID-19", "555-1234", nor "x - 5")."""
    if not start or text[start - 1] not in "-\u2212":
        return False
    return start == 1 or not (text[start - 2].isalnum() or text[start - 2] in "-_.")


# A number with letters glued on that are not a unit is a model or version name, read as
# one number: "Pixel 7a" / "Pixel 7", "1080p" / "1080i" ("500mg", "10am" stay split).
_GLUED_RE = re.compile(r"\d[^\W\d_]")
_SPLIT_SUFFIXES = lx.UNITS | frozenset(("am", "pm", "s", "x"))
# Numbers joined by a separator read as one, in order: "12/03" / "03/12", "10:05" / "5:10".
_COMPOUND_RE = re.compile(r"\d+(?:[/:.\-]\d+)+")  # a decimal ("1.5") is one number
_COMPOUND_SEP_RE = re.compile(r"[/:.\-]")
_COMPOUND_HINT_RE = re.compile(r"[/:.\-]\d")
# Numbers listed in brackets read as one, in order: "reshape to (2, 3)" / "(3, 2)".
_TUPLE_RE = re.compile(r"[(\[]\s*(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+)\s*,?\s*[)\]]")
_TUPLE_SEP_RE = re.compile(r"\s*,\s*")

_SENTENCE_END = frozenset(".?!:;\n")
_SENTENCE_MARKS = (". ", "? ", "! ", "\n")
_START = itemgetter(1)


@dataclass(frozen=True, slots=True)
class Parsed:
    """One prompt, tokenised. ``words`` keeps every token (lower case) in order."""

    words: tuple[str, ...]
    canon: tuple[str, ...]  # canonical form per word ("" for stopwords)
    content: frozenset[str]  # canonical content words (no stopwords, no numbers)
    rare: dict[str, float]  # canonical content word -> rarity of its surface form
    entities: frozenset[str]  # canonical content words that look like names
    numbers: tuple[str, ...]  # sorted multiset of numbers (digits and number words)
    foreign: bool  # mostly non-Latin script: rules cannot read it
    symbols: tuple[str, ...] = ()  # operator runs, in order
    marks: tuple[str, ...] = ()  # non-ASCII symbols (emoji, math signs), sorted
    code: tuple[str, ...] = ()  # code taken literally: fenced blocks, indented lines
    source: str = ""  # the prompt as given (for `layout`)
    sentences: tuple[int, ...] = ()  # per word: the index of its sentence
    questions: frozenset[int] = frozenset()  # the sentences that end with "?"
    language: str = ""  # likeliest languages, "+"-joined ("en", "es+pt"); "" when no clue


def _is_foreign(text: str) -> bool:
    if text.isascii():
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "\u0250")
    return latin < 0.7 * len(letters)


def parse(text: str) -> Parsed:
    text_in = text
    literal = code(text)
    text = normalise(text)
    spans = [(m.group(0), m.start()) for m in _TOKEN_RE.finditer(text)]
    cased = [tok for tok, _ in spans]
    words = tuple(tok.casefold() for tok in cased)
    if not lx.BARE_CONTRACTIONS.keys().isdisjoint(words):
        spans = [(part, start) for tok, start in spans for part in expand_bare(tok)]
        cased = [tok for tok, _ in spans]
        words = tuple(tok.casefold() for tok in cased)
    if _GLUED_RE.search(text):
        spans = _glue_suffixes(spans, text)
        cased = [tok for tok, _ in spans]
        words = tuple(tok.casefold() for tok in cased)
    alpha = [tok for tok in cased if tok[:1].isalpha()]
    capitalised = sum(1 for tok in alpha if tok[0].isupper())
    case_informative = bool(alpha) and capitalised <= 0.6 * len(alpha)

    canon: list[str] = []
    content: set[str] = set()
    rare: dict[str, float] = {}
    entities: set[str] = set()
    numbers: list[str] = []
    memo: dict[str, str] = {}
    for i, (word, tok) in enumerate(zip(words, cased, strict=True)):
        if word[:1].isdigit():
            m = _DIGITS_RE.match(word)
            number = m.group(0) if m and m.end() == len(word) else word
            if words[i + 1 : i + 2] in (("am",), ("pm",)):
                number += words[i + 1]  # a clock time: "9am" / "9 pm" are not both "9"
            elif _signed(text, spans[i][1]):
                number = "-" + number  # "-5 degrees" is not "5 degrees"
            numbers.append(number)
            canon.append(word)
            continue
        if word in lx.NUMBER_WORDS and word not in lx.WEAK_NUMBER_WORDS:
            numbers.append(lx.NUMBER_WORDS[word])
            canon.append(word)
            continue
        if word in lx.STOPWORDS and not (tok == "US" and case_informative):
            canon.append("")  # "US" in a cased prompt is the country ("the US"), not "us"
            continue
        if (word in _POINTERS and _points_at_text(words, spans, i, text)) or (
            word == "give" and words[i + 1 : i + 2] in (("me",), ("us",))
        ):
            # "the following email" / "the email below" / "this email"; "Give me a
            # summary of" asks what "Summarize" asks, as "Tell me" does
            canon.append("")
            continue
        if word in lx.PARTICIPLES and _participle(words, i):
            c = canonical(lx.PARTICIPLES[word])  # "was bought by" reads as "buy"
            rare[c] = max(rare.get(c, 0.0), rarity(word))
        elif word in memo:
            c = memo[word]
        else:
            c = memo[word] = canonical(word)
            rare[c] = max(rare.get(c, 0.0), rarity(word))
        canon.append(c)
        content.add(c)
        if not word.isalpha():
            numbers.extend(d.group(0) for d in _DIGITS_RE.finditer(word))
        if not tok.islower() and _looks_like_name(tok, i, spans, text, case_informative):
            entities.add(c)
    if numbers and _COMPOUND_HINT_RE.search(text):
        for m in _COMPOUND_RE.finditer(text):
            parts = _COMPOUND_SEP_RE.split(m.group(0))
            if len(parts) > 2 or "." not in m.group(0):
                numbers.append("/".join(parts))
    if numbers and "," in text:
        for m in _TUPLE_RE.finditer(text):  # "(2, 3)" / "(3, 2)": a shape, a point, a list
            numbers.append(",".join(_TUPLE_SEP_RE.split(m.group(1))))
    ids, asked = _sentences(text, spans)
    return Parsed(
        words=words,
        canon=tuple(canon),
        content=frozenset(content),
        rare=rare,
        entities=frozenset(entities),
        numbers=tuple(sorted(numbers)),
        foreign=_is_foreign(text),
        symbols=symbols(text),
        marks=marks(text),
        code=literal,
        source=text_in,
        sentences=ids,
        questions=asked,
        language=language(words),
    )


_MARKER_WORDS = frozenset(lx.LANGUAGE_MARKERS)


def language(words: tuple[str, ...]) -> str:
    """The languages whose function words the prompt uses most, as a sorted "+"-joined
    string ("fr"; "es+pt" for "Por que os gatos" whose words both share), "" without
    any; each marker word counts once. Two prompts whose sets share no language are
    written in different languages."""
    hits = _MARKER_WORDS.intersection(words)
    return _language_of(hits) if hits else ""


@lru_cache(maxsize=1 << 12)
def _language_of(hits: frozenset[str]) -> str:
    counts: dict[str, int] = {}
    for w in hits:
        for lang in lx.LANGUAGE_MARKERS[w]:
            counts[lang] = counts.get(lang, 0) + 1
    best = max(counts.values())
    return "+".join(sorted(lang for lang, n in counts.items() if n == best))


def _sentences(text: str, spans: list[tuple[str, int]]) -> tuple[tuple[int, ...], frozenset[int]]:
    """The index of the sentence each token is in (0 throughout for one sentence), and the
    sentences that end with "?". A sentence ends at ".", "?" or "!" before a space, or at
    a line break."""
    text = text.rstrip()
    ends: list[int] = []
    for mark in _SENTENCE_MARKS:
        k = text.find(mark)
        while k >= 0:
            ends.append(k)
            k = text.find(mark, k + 1)
    if not ends:
        return (0,) * len(spans), frozenset({0} if text.endswith("?") else ())
    ends.sort()
    asked = {i for i, k in enumerate(ends) if text[k] == "?"}
    if text.endswith("?"):
        asked.add(len(ends))
    cuts = [bisect_left(spans, k, key=_START) for k in ends]
    sizes = [hi - lo for lo, hi in itertools.pairwise([0, *cuts, len(spans)])]
    ids = tuple(itertools.chain.from_iterable(map(itertools.repeat, range(len(sizes)), sizes)))
    return ids, frozenset(asked)


_POINTERS = frozenset(("following", "below", "above"))
_PHRASE_END = frozenset(".,:;!?)\n")


def _points_at_text(
    words: tuple[str, ...], spans: list[tuple[str, int]], i: int, text: str
) -> bool:
    """``words[i]`` points at the text the prompt carries, as "this" does: "the following"
    ("Summarize the following email", "has the following parameters:"), or "below" /
    "above" without an object of its own ("the email below:", "the clause below in 3
    bullets", "the text is below"). "Following the merger" (after it), "below zero",
    "below the line" and "above 5%" stay content."""
    if i == 0:
        return False
    if words[i] == "following":
        return words[i - 1] in ("the", "these")
    end = spans[i][1] + len(spans[i][0])
    if end >= len(text) or text[end] in _PHRASE_END:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (
        nxt in lx.STOPWORDS
        and nxt not in lx.DETERMINERS
        and nxt not in ("all", "every", "each", "some", "any")
    )


def _participle(words: tuple[str, ...], i: int) -> bool:
    """``words[i]`` is the participle of a passive with its agent: after an auxiliary and
    right before "by" ("was Instagram bought by"). A perfect ("has been sent") or a bare
    past ("Who won") is not read as the verb: "Has it been sent" / "Will it be sent"."""
    return words[i + 1 : i + 2] == ("by",) and any(
        w in lx.PARTICIPLE_AUXILIARIES for w in words[max(0, i - 6) : i]
    )


def _glue_suffixes(spans: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
    """A number and the letters written right after it, one token unless they are a unit
    or an ordinal ("7a", "1080p"; not "500mg", "10am", "3rd"). Only tokens that start
    where ``_GLUED_RE`` finds a digit before a letter are looked at (right to left: a
    glued token is letters, never the number another is glued to)."""
    out = list(spans)
    starts = [start for _, start in spans]
    for m in reversed(list(_GLUED_RE.finditer(text))):
        k = bisect_left(starts, m.start() + 1)
        if k == 0 or k >= len(starts) or starts[k] != m.start() + 1:
            continue
        (prev, prev_start), (tok, start) = out[k - 1], out[k]
        if (
            tok.isalpha()
            and tok.casefold() not in _SPLIT_SUFFIXES
            and prev.isdigit()
            and prev_start + len(prev) == start
        ):
            out[k - 1] = (prev + tok, prev_start)
            del out[k], starts[k]
    return out


def _looks_like_name(
    tok: str, i: int, spans: list[tuple[str, int]], text: str, case_informative: bool
) -> bool:
    if any(ch.isdigit() for ch in tok):
        return True
    if sum(1 for ch in tok if ch.isupper()) >= 2:  # acronyms, camel case: NYSE, iPhone
        return True
    if not case_informative or not tok[0].isupper():
        return False
    if i == 0:
        return False
    k = spans[i][1] - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] not in _SENTENCE_END and text[k] not in "\"'(["
