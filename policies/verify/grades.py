"""Letter grades and blood types with a sign (pure, precompiled): "C-" / "C", "B+" / "B",
"A-" / "A+", "O-" / "O+", "AB-" / "AB". The word tokens (`text`) keep the letter and drop a
trailing minus ("+" is read as a symbol), so "Will a C- transfer?" reads as "Will a C
transfer?" (round 129), while many schools take "a C or better". A capital A-F, "O" or "AB"
standing alone with a "+" or "-" right after it and no word, number or sign glued on
("C-section", "A-list", "B-roll", "B-12", "A+B" are not grades; "C++" / "C" is left to the
code-language check); the sign written out ("C minus", "B-plus") is the same grade, unless a
one-letter operand follows ("A minus B") or, after "A", a word the article would take ("A
plus sign").

Hardening pass 38 (blind round 254): the same shape with a prime mark, which the words drop
as well: "the U' move" / "the U move", "f'(x)" / "f(x)", "Is A' the complement of A?". A
letter standing alone with an apostrophe, a right single quote or a prime sign right after it
and no letter after the mark (the "'s" of "U's" and the "'m" of "I'm" are words); a mark
that closes a quote opened before it ("the letter 'U'", "'plan B'") is a quote mark, not a
prime."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx

__all__ = ["canonical_grades", "sign_mismatch"]

_LETTER = r"(?<![\w+\-\u2212.&/])(?P<g>[A-F]|AB|O)"
_SIGNED_RE = re.compile(_LETTER + r"(?P<s>[+\-\u2212])(?![\w+\-\u2212#&/'])")
# the sign written out: "C minus", "B-plus", "A plus" (not "C plus plus")
_WORD_RE = re.compile(
    _LETTER + r"[ -](?P<w>plus|minus)\b(?![ -]?(?:plus|minus)\b)(?:\s+(?P<next>[A-Za-z]+)\b)?"
)
_HINT_RE = re.compile(r"(?:\b[A-F]|AB|O)(?:[+\-\u2212]|[ -](?:plus|minus)\b)")
_SIGNS = {"plus": "+", "minus": "-", "\u2212": "-"}
# in one scan: a quote opened (after a space, a bracket or the start, before a word), a
# letter standing alone with the marks right after it, a quote closed after a longer word
_PRIME_MARKS = "'\u2019\u2032"
_PRIMED_RE = re.compile(
    r"(?P<q>(?:^|(?<=[\s(\[{:;,]))['\u2018](?=\w))"
    r"|(?P<c>(?<=\w)['\u2019](?!\w))"
    r"|(?<![\w'\u2018\u2019\u2032\"\u201c`])(?P<l>[A-Za-z])(?P<m>[" + _PRIME_MARKS + r"]*)"
    r"(?![A-Za-z" + _PRIME_MARKS + r"])"
)
# the prime said in words, read only when a mark is typed on one side ("R prime" / "R'")
_SAID_PRIME_RE = re.compile(r"(?<![\w'])([A-Za-z])[ -]prime\b")
# after "A", words that make it the article ("A plus sign", "A minus side") are not grades;
# these are what a grade is said with
_GRADE_NOUNS = frozenset(
    "grade grades average averages student students paper papers range blood type".split()
)


def _written_grade(m: re.Match[str]) -> bool:
    """A written-out sign is a grade's: no one-letter operand after it ("A minus B"), and
    after "A" only a stopword, a grade noun or nothing ("an A plus in", "A plus sign" no)."""
    nxt = m.group("next")
    if nxt is None:
        return True
    if len(nxt) == 1 and nxt.isupper():
        return False  # "A minus B", "C plus D": operands
    if m.group("g") != "A":
        return len(nxt) > 1 or nxt.islower()
    low = nxt.casefold()
    return low in lx.STOPWORDS or low in _GRADE_NOUNS


def _grade_word(m: re.Match[str]) -> str:
    if not _written_grade(m):
        return m.group(0)
    nxt = m.group("next")
    tail = m.group(0)[m.end("w") - m.start() :] if nxt is not None else ""
    return m.group("g") + _SIGNS[m.group("w")] + tail


def canonical_grades(text: str) -> str:
    """A grade's sign spelled out written as the sign: "a C minus" / "a C-", "B-plus" / "B+"."""
    if "plus" not in text and "minus" not in text:
        return text
    return _WORD_RE.sub(_grade_word, text)


def _signed(text: str) -> set[str]:
    found = [
        m.group("g") + _SIGNS.get(m.group("s"), m.group("s")) for m in _SIGNED_RE.finditer(text)
    ]
    if "plus" in text or "minus" in text:
        found.extend(
            m.group("g") + _SIGNS[m.group("w")]
            for m in _WORD_RE.finditer(text)
            if _written_grade(m)
        )
    return set(found)  # "CompTIA A+ ... the A+ exam": one grade named twice


def _lone_letters(text: str) -> tuple[str, ...]:
    """Each letter standing alone in ``text``, in order, with the prime marks typed after it
    ("f'(x)" -> "f'", "x"); a mark that closes an open quote is dropped."""
    found: list[str] = []
    quoted = False
    for m in _PRIMED_RE.finditer(text):
        if m.group("q") or m.group("c"):
            quoted = bool(m.group("q"))
            continue
        marks = m.group("m").replace("\u2019", "'").replace("\u2032", "'")
        if quoted and marks == "'":
            quoted, marks = False, ""  # "the letter 'U'", "'plan B'"
        found.append(m.group("l") + marks)
    return tuple(found)


def _prime_mismatch(cached: str, incoming: str) -> bool:
    """A letter primed on one side only: "the U' move" / "the U move", "f'(x)" / "f(x)". The
    same letters in the same order compared one by one ("U R U'" / "U' R U"); else the
    primed letters compared as a set."""
    both = cached + incoming
    if "'" not in both and "\u2019" not in both and "\u2032" not in both:
        return False
    la, lb = _lone_letters(cached), _lone_letters(incoming)
    if not any(x[1:] for x in la + lb):
        return False
    if "prime" in cached or "prime" in incoming:
        la = _lone_letters(_SAID_PRIME_RE.sub(r"\1'", cached))
        lb = _lone_letters(_SAID_PRIME_RE.sub(r"\1'", incoming))
    if [x[:1] for x in la] == [x[:1] for x in lb]:
        return la != lb
    return {x for x in la if x[1:]} != {x for x in lb if x[1:]}


def sign_mismatch(cached: str, incoming: str) -> bool:
    """The two prompts name other signed grades or blood types: "Will a C- transfer?" / "Will a
    C transfer?", "an A- average" / "an A+ average", "Can O- blood donate?" / "Can O+ ...".
    "C-" / "C minus" / "C-minus" are one grade. Hardening pass 38: or a letter primed on one
    side only ("the U' move" / "the U move")."""
    if _HINT_RE.search(cached) is None and _HINT_RE.search(incoming) is None:
        return _prime_mismatch(cached, incoming)
    return _signed(cached) != _signed(incoming) or _prime_mismatch(cached, incoming)
