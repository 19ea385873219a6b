"""A request to translate a text, asked in several frames (pure, precompiled).

"Translate 'X' into L" / "Translate 'X' to L" / "How do you say 'X' in L?" / "How would I
say 'X' in L" / "'X' in L?" / "L translation of 'X'" / "What's the L for 'X'?" / "What is
'X' in L?" / "L for 'X'" / "Translate to L: X" / "X: L translation?" ask one thing, written
"Translate 'X' into L" by ``canonical_translation``; "from English" is dropped only when X
is plain ASCII (an English text), a source language other than English is kept as written.
L is one language name from a closed list: "Brazilian Portuguese", "formal German",
"Portuguese (Brazil)" are left alone. The text to translate must match word for word up to
case, punctuation and contractions ("I'll call you later" / "call me later" are two
requests): ``quoted_mismatch``.
"""

from __future__ import annotations

import re

from policies.verify.lexicon import HUMAN_LANGUAGES

__all__ = ["canonical_translation", "quoted_mismatch"]

_I = re.IGNORECASE
_Q = r"(?P<q>'[^\n]+?'|\"[^\"\n]+\")"
_L = r"(?P<l>[A-Za-z]+)"
_END = r"\s*[?.!]*\s*$"
_SAY = r"how\s+(?:(?:do|would|can|should|could)\s+(?:you|u|i|one)|to)\s+say"
_OPEN_QUOTE_RE = re.compile(r"(?:^|\s)'")
_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*translate\s+(?:the\s+(?:sentence|phrase|word|text)\s+)?{_Q}(?:\s+from\s+(?P<s>[A-Za-z]+))?\s+(?:in)?to\s+{_L}"
        rf"(?:\s+for\s+me)?{_END}",
        rf"^\s*translate\s+{_Q}\s+in\s+{_L}{_END}",
        rf"^\s*i\s+need\s+{_Q}\s+translated\s+(?:in)?to\s+{_L}{_END}",
        rf"^\s*{_SAY}\s+(?P<x>[\w' ]+?)\s+in\s+{_L}{_END}",
        rf"^\s*(?P<x>[^\n:'\"]+?)\s*:\s*translate\s+(?:in)?to\s+{_L}{_END}",
        rf"^\s*{_SAY}\s+{_Q}\s+in\s+{_L}{_END}",
        rf"^\s*(?:what's|what\s+is)\s+{_Q}\s+in\s+{_L}{_END}",
        rf"^\s*{_Q}\s+in\s+{_L}{_END}",
        rf"^\s*{_L}\s+translation\s+(?:of|for)\s+{_Q}{_END}",
        rf"^\s*(?:(?:what's|what\s+is)\s+the\s+)?{_L}(?:\s+word|\s+phrase)?\s+for\s+{_Q}{_END}",
        rf"^\s*translate\s+(?:from\s+(?P<s>[A-Za-z]+)\s+)?(?:in)?to\s+{_L}\s*:\s*(?P<x>[^\n]+?){_END}",
        rf"^\s*(?P<x>[^\n:]+?)\s*(?:\s[\u2014\u2013-]+|:)\s*{_L}\s+translation{_END}",
    )
)


def _frame(text: str) -> tuple[str, str] | None:
    """(text to translate, target language) when ``text`` is one of the frames above."""
    if (
        '"' not in text
        and "ranslat" not in text
        and "RANSLAT" not in text
        and " say " not in text
        and ("'" not in text or _OPEN_QUOTE_RE.search(text) is None)
    ):
        return None
    for frame in _FRAMES:
        m = frame.match(text)
        if m is None:
            continue
        language = m.group("l").lower()
        if language not in HUMAN_LANGUAGES:
            return None
        groups = m.groupdict()
        x = (groups.get("q") or "")[1:-1] or groups.get("x") or ""
        if len(x) >= 2 and x[0] == x[-1] and x[0] in "'\"":
            x = x[1:-1]
        source = (groups.get("s") or "").lower()
        if source and (source != "english" or language == "english" or not _english(x)):
            return None
        return x.strip(), language.capitalize()
    return None


def _english(x: str) -> bool:
    return x.isascii() and any(ch.isalpha() for ch in x)


def canonical_translation(text: str) -> str:
    """``text`` written "Translate 'X' into L" when it is a frame above, or itself."""
    if len(text) > 300:
        return text
    frame = _frame(text)
    return text if frame is None else f"Translate '{frame[0]}' into {frame[1]}"


_CONTRACTIONS = (
    (re.compile(r"\b(can)'t\b", _I), r"\1 not"),
    (re.compile(r"\bwon't\b", _I), "will not"),
    (re.compile(r"n't\b", _I), " not"),
    (re.compile(r"\bi'm\b", _I), "i am"),
    (re.compile(r"'re\b", _I), " are"),
    (re.compile(r"'ll\b", _I), " will"),
    (re.compile(r"'ve\b", _I), " have"),
)
_QUOTED_RE = re.compile(r"(?:^|(?<=[\s:(]))(['\"])(.+?)\1(?=$|[\s,.?!:;)])")
_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_LETTERS_RE = re.compile(r"[a-z]+")


def _quoted(text: str) -> list[str]:
    text = text.replace("\u2018", "'").replace("\u2019", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return [m.group(2) for m in _QUOTED_RE.finditer(text)]


def _key(x: str) -> tuple[str, ...]:
    x = x.lower().replace("\u2019", "'")
    for pattern, replacement in _CONTRACTIONS:
        if "'" in x:
            x = pattern.sub(replacement, x)
    return tuple(_WORD_RE.findall(x))


def _translation_cue(text: str) -> bool:
    low = text.lower()
    if "translat" in low or " say " in f" {low} ":
        return True
    return any(w in HUMAN_LANGUAGES for w in _LETTERS_RE.findall(low))


def quoted_mismatch(cached: str, incoming: str) -> bool:
    """Both prompts ask to translate a quoted text and the texts differ beyond case,
    punctuation and contractions ("Translate 'I'll call you later' to German" / "Translate
    'call me later' to German")."""
    if len(cached) > 300 or len(incoming) > 300:
        return False
    if ("'" not in cached and '"' not in cached) or ("'" not in incoming and '"' not in incoming):
        return False
    qa, qb = _quoted(cached), _quoted(incoming)
    if not qa or len(qa) != len(qb):
        return False
    if not (_translation_cue(cached) and _translation_cue(incoming)):
        return False
    return [_key(x) for x in qa] != [_key(x) for x in qb]
