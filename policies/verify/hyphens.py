"""One word written with a hyphen on one side and closed up or spaced on the other ("e-mail" /
"email", "on-site" / "onsite", "in-ground" / "in ground", "follow-up" / "follow up"): a
spelling, not a change, so the pair is read with one spelling (the other side's).

Limits: words only. Letters only ("covid-19" and "x-86" are left to the literal checks), four
letters at least with one part of three, and no part of one letter but a first "e", "t" or "x"
("e-mail", "t-shirt", "x-ray"): "x-y", "A-B", "n-k" and "N-O" are a difference, a matrix, a
bond, not a spelling (red team 13). Not in a prompt that reads as maths or code (a bracket, an
operator, "=", "${", a backtick, or words such as "solve", "evaluate", "variable", "SQL",
"JavaScript", "regex": "What does SELECT price-cost FROM products return?"), nor where a
part of three letters or more is said alone on the same side ("total-tax ... if total is 100
and tax is 8": two variables). Not "re-" ("re-sign" / "resign", "re-cover" / "recover",
"re-lease" / "release": the closed form is another word), nor "co-op" / "coop" (a chicken
coop). A hyphen on both sides of the word, or the hyphenated form said on the other side
too, is left as typed; a spaced form is matched only as the same letters with spaces where
the hyphens were ("in ground"), never a part alone."""

from __future__ import annotations

import re

_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)+)(?![\w-])")
# the closed form of these is another word
_OTHER_WORD_PREFIXES = frozenset({"re"})
_OTHER_WORDS = frozenset({"co-op", "co-ops"})
_ONE_LETTER_PREFIXES = frozenset("etx")
# maths or code: a hyphen there is a minus or part of a name
_FORMAL_MARKS = re.compile(r"[=^{}\[\]()<>*|`\\;]|\$[{A-Za-z_]")
_FORMAL_WORDS = frozenset(
    """solve evaluate evaluates simplify compute calculate variable variables var const let
    function expression equation equations formula matrix matrices determinant derivative
    integral vector vectors bond bonds molecule regex regexp sql select bash shell javascript
    js python java typescript excel column columns""".split()
)
_WORD = re.compile(r"[A-Za-z]+")


def align(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` with each hyphenated word written as the other side writes it."""
    if "-" not in a and "-" not in b:
        return a, b
    if _formal(a) or _formal(b):
        return a, b
    return _as_other(a, b), _as_other(b, a)


def _formal(text: str) -> bool:
    """``text`` reads as maths or code."""
    if _FORMAL_MARKS.search(text):
        return True
    return any(w.lower() in _FORMAL_WORDS for w in _WORD.findall(text))


def _spelling(parts: list[str]) -> bool:
    """The parts of a hyphenated word that may be one word spelt another way."""
    if sum(map(len, parts)) < 4 or max(map(len, parts)) < 3:
        return False
    return all(len(p) > 1 or (i == 0 and p in _ONE_LETTER_PREFIXES) for i, p in enumerate(parts))


def _as_other(text: str, other: str) -> str:
    if "-" not in text:
        return text
    for word in {m.group(1) for m in _HYPHENATED.finditer(text)}:
        low = word.lower()
        parts = low.split("-")
        if parts[0] in _OTHER_WORD_PREFIXES or low in _OTHER_WORDS or not _spelling(parts):
            continue
        own = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", text, flags=re.IGNORECASE)
        alone = {w.lower() for w in _WORD.findall(own)}
        if any(len(p) >= 3 and p in alone for p in parts):
            continue  # "total-tax ... if total is 100": two names
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", other, re.IGNORECASE):
            continue  # said the same way there
        closed, spaced = "".join(parts), r"\s+".join(parts)
        found = re.search(rf"(?<![\w-])(?:{closed}|{spaced})(?![\w-])", other, re.IGNORECASE)
        if found is not None:
            text = re.sub(
                rf"(?<![\w-]){re.escape(word)}(?![\w-])", found.group(0), text, flags=re.IGNORECASE
            )
    return text


# A hyphenated name touching code punctuation: "${foo-bar}", "(a-b)", "`margin-left`",
# "--no-merges"
_CODE_HYPHENATED = re.compile(
    r"(?:(?<=[{}$()\[\]`=:<>/\\-])([A-Za-z_]\w*(?:-\w+)+)(?![\w-])"
    r"|(?<![\w-])([A-Za-z_]\w*(?:-\w+)+)(?=[{}()\[\]`=:<>/\\]))"
)


def code_hyphen_dropped(a: str, b: str) -> bool:
    """A hyphen inside code punctuation on one side is gone on the other ("What does
    ${foo-bar} do in bash?" / "What does ${foobar} do in bash?", "(a-b)^2" / "(ab)^2"): in
    code or maths a hyphen is an operator or part of a name, never a spelling, so the closed
    form is another expression (a default value against a variable named foobar).

    Limits: the hyphenated word must touch a bracket, brace, "$", a backtick, "=", ":", "<",
    ">", "/", a backslash or another hyphen ("--no-merges"); the other side must say the
    closed form as a whole word and not the hyphenated one. A hyphen between plain words
    ("e-mail" / "email", even in a prompt about JavaScript) is `align`'s spelling."""
    if "-" not in a and "-" not in b:
        return False
    for x, y in ((a, b), (b, a)):
        if "-" not in x:
            continue
        for m in _CODE_HYPHENATED.finditer(x):
            word = m.group(1) or m.group(2)
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", y):
                continue
            closed = word.replace("-", "")
            if re.search(rf"(?<![\w-]){re.escape(closed)}(?![\w-])", y):
                return True
    return False
