"""Where a code request names its language, made canonical (pure, precompiled).

"Haskell: write a function that ...", "Write a Haskell function that ...", "Write a function
in Haskell that ...", "Write a function that ... using Haskell" and "..., in Haskell" ask one
thing: ``align_language`` writes each as "write a function that ... in Haskell" when the
two prompts name it in different places. Only a
prompt naming one language, a closed list of them, for a piece of code (function, program,
script, class, method, query) is rewritten; "Rust function that ..., please" is asked as
"Write a function that ... in Rust".
"""

from __future__ import annotations

import re

__all__ = ["LANGUAGE", "align_language", "canonical_language"]

_NAMES = (
    "Python|JavaScript|TypeScript|Java|Kotlin|Swift|Rust|Ruby|PHP|Haskell|Scala|Perl|Lua"
    "|Dart|Elixir|Julia|Clojure|OCaml|Erlang|Golang|Bash|JS"
)
LANGUAGE = _LANG = rf"(?:(?i:{_NAMES})|C\+\+|C#|F#|Go|C|R)(?![\w#+])"
_PIECES = ("function", "program", "script", "class", "method", "query")
_PIECE = rf"(?:{'|'.join(_PIECES)})"
_ANY_RE = re.compile(rf"(?<![\w#+.-]){_LANG}")
_PREFIX_RE = re.compile(rf"^\s*(?P<lang>{_LANG}):\s+(?P<rest>.+)$", re.DOTALL)
_ADJECTIVE_RE = re.compile(rf"\b(?P<art>an?) (?P<lang>{_LANG}) (?P<piece>{_PIECE})\b")
_AFTER_PIECE_RE = re.compile(
    rf"\b(?P<piece>{_PIECE}) in (?P<lang>{_LANG}) (?P<rel>that|which|to)\b"
)
# "Rust function that X, please": a bare request for a piece of code
_BARE_RE = re.compile(
    rf"^\s*(?P<lang>{_LANG}) (?P<piece>{_PIECE}) (?P<rest>(?:that|which|to) [^.?!]+?)"
    r"(?:,?\s+please)?\s*[.!]?\s*$"
)
_SUFFIX_RE = re.compile(rf",? (?:in|using) (?P<lang>{_LANG})(?P<end>[.?!]*)\s*$")
_INNER_END_RE = re.compile(r"[.?!]\s+\S")
_END_RE = re.compile(r"(?P<end>[.?!]*)\s*$")


def _rewrite(text: str) -> tuple[str, str]:
    """``text`` with its one language named last, and where it was named ("" if nowhere)."""
    if not any(piece in text for piece in _PIECES):
        return text, ""
    if _INNER_END_RE.search(text):  # more than one sentence: the end is not the request's
        return text, ""
    names = {m.group() for m in _ANY_RE.finditer(text)}
    if len(names) != 1 or text.count(next(iter(names))) != 1:
        return text, ""
    lang = next(iter(names))
    out = text
    if m := _BARE_RE.match(out):
        return f"Write a {m.group('piece')} {m.group('rest')} in {lang}", "bare"
    if m := _PREFIX_RE.match(out):
        out, form = m.group("rest"), "prefix"
        out = out[:1].upper() + out[1:]
    elif m := _ADJECTIVE_RE.search(out):
        out, form = f"{out[: m.start()]}a {m.group('piece')}{out[m.end() :]}", "adjective"
    elif m := _AFTER_PIECE_RE.search(out):
        out, form = (
            f"{out[: m.start()]}{m.group('piece')} {m.group('rel')}{out[m.end() :]}",
            "after",
        )
    elif m := _SUFFIX_RE.search(out):
        out, form = out[: m.start()] + m.group("end"), "suffix"
    else:
        return text, ""
    end = _END_RE.search(out)
    assert end is not None
    return f"{out[: end.start()]} in {lang}{end.group('end')}", form


def canonical_language(text: str) -> str:
    """``text`` with its one programming language named last, as "in <language>"."""
    return _rewrite(text)[0]


def align_language(cached: str, incoming: str) -> tuple[str, str]:
    """Both prompts with their language named last, when both name it, in different places
    (the same place on both sides is compared as written)."""
    ca, fa = _rewrite(cached)
    cb, fb = _rewrite(incoming)
    if not fa or not fb or fa == fb:
        return cached, incoming
    return ca, cb
