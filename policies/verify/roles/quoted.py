"""Role pass 80 (blind round 208): quoted tokens read as the names they are. "How do I connect
an 'o' into an 'a'?" / "How do I connect an 'a' into an 'o'?" trade the two letters around
"into", but the words hide the trade: "a" is an article, "+" no word at all, so only one side
of it ("o") is left to move. Read with every quoted token said as a content word of its own,
the trade is any other ("convert X to Y" / "convert Y to X"), and symmetric relations stay as
they read ("the difference between 'a' and 'o'", "Is 'a' similar to 'o'")."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.text import Parsed, parse

# a quoted token: one to twelve characters, no space or quote inside, the quotes not part of
# a word ("don't", "the kids' 'a'": a quote after a letter opens nothing)
_QUOTED_RE = re.compile(
    r"(?<![\w'\u2019])(['\"\u2018\u201c])([^\s'\"\u2018\u2019\u201c\u201d]{1,12})"
    r"(['\"\u2019\u201d])(?!\w)"
)
_QUOTES = ("'", '"', "\u2018", "\u201c")
_WORD_RE = re.compile(r"[^\W_]+")


def _tokens(source: str) -> list[str]:
    return [m.group(2).lower() for m in _QUOTED_RE.finditer(source)]


def _hidden(token: str) -> bool:
    """The words do not read the token as a content word: a stopword ("a", "an", "to") or no
    word at all ("+", "->")."""
    return token in lx.STOPWORDS or not _WORD_RE.fullmatch(token)


def _said(m: re.Match[str]) -> str:
    """The token as a word of its own: "glyph" and its characters, a symbol or a digit by its
    code spelled in letters ("+", 43: "symed"), so no digit splits the word."""
    return "glyph" + "".join(
        c if c.isalpha() and c.isascii() else "sym" + "".join(chr(97 + int(d)) for d in str(ord(c)))
        for c in m.group(2).lower()
    )


def quoted_said_content(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """The same quoted tokens on both sides, two or more, in another order, one of them hidden
    from the words: both texts read with each quoted token said as a word ("'a'": "glypha")."""
    if not any(q in a.source for q in _QUOTES) or not any(q in b.source for q in _QUOTES):
        return None
    ta, tb = _tokens(a.source), _tokens(b.source)
    if len(ta) < 2 or ta == tb or sorted(ta) != sorted(tb) or len(set(ta)) < 2:
        return None
    if not any(_hidden(t) for t in ta):
        return None  # the words already read every token
    return parse(_QUOTED_RE.sub(_said, a.source)), parse(_QUOTED_RE.sub(_said, b.source))
