"""Symbols and code in a prompt (pure, precompiled): operator runs, non-ASCII marks, code
taken literally, markup, and a code block's layout."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from policies.verify import lexicon as lx

# Operators, comparison signs and code brackets: the word tokens (`text`) drop them, yet
# "2+2" / "2*2", "x > 5" / "x < 5" and "rm -rf /" / "rm -rf ~" ask different things.
# (Non-ASCII symbols, e.g. "≤" or an emoji, are read separately: `marks`.)
_OPERATOR_RUN_RE = re.compile(r"[+\-*/=<>^~|&\\{}\[\]@#!():]+")
_PARENS = frozenset("()")
_TOKEN_SYMBOLS = frozenset("$€£¥₹%°")  # already tokens of their own
_FENCE_RE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)

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
