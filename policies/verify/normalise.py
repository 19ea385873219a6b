"""Prompt normalisation before tokenising (pure, precompiled): quotes, contractions, spelled
compound numbers, phrasal verbs, possessives, "w/", "->" and other closed spellings written
one way."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def _by_head() -> tuple[tuple[str, tuple[tuple[int, str], ...]], ...]:
    """``_PHRASE_ENDS`` by first word, each first word looked for once: (first word, ((index,
    last word), ...)), in table order."""
    heads: dict[str, list[tuple[int, str]]] = {}
    for k, (head, last) in enumerate(_PHRASE_ENDS):
        heads.setdefault(head, []).append((k, last))
    return tuple((head, tuple(ends)) for head, ends in heads.items())


_PHRASE_HEADS = _by_head()


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
    before, lowered = text, text.lower()
    if (" u " in lowered or " u?" in lowered or " u," in lowered or lowered.endswith(" u")) and (
        "=" not in text and "u-" not in lowered
    ):
        text = _YOU_RE.sub(_you, text)
    if "pl" in lowered and ("pls" in lowered or "plz" in lowered):
        text = _PLEASE_RE.sub("please", text)
    if " cam" in lowered:
        text = _CAM_RE.sub(r"\1 camera\2", text)
    if "ready" in lowered and "get" in lowered:
        text = _GET_READY_RE.sub(_get_ready, text)
    if "how far" in lowered:
        text = _FAR_AHEAD_RE.sub(r"\1ow early", text)
    if " of" in lowered and ("pic" in lowered or "photo" in lowered):
        text = _PICTURES_OF_RE.sub(_pictures_of, text)
    if text is not before:
        lowered = text.lower()
    if "ty" in lowered and any(tens in lowered for tens in _TENS):
        text = _COMPOUND_NUMBER_RE.sub(_compound_number, text)
    which = [
        k for head, ends in _PHRASE_HEADS if head in lowered for k, last in ends if last in lowered
    ]
    if which:
        text = _phrasal_re(tuple(sorted(which))).sub(_phrasal, text)
    return text


# Recall pass 12: short forms users type and phrases in other words, each only in the frame
# that says which sense it has.
# "u" is "you" after an auxiliary ("can u", "do u", "r u"; not a variable: "u-substitution",
# "u = 3", nor "U" in capitals); "pls" / "plz" are "please" (not "PLS", a regression)
_YOU_RE = re.compile(
    r"\b(?:((?i:can|could|do|did|will|would|should|are|were|have|thank))|(?i:(r)))\s+u"
    r"(?![\w'-])(?!\s*[=<>+*/^])"
)
_PLEASE_RE = re.compile(r"\b(?:pls|plz|Pls|Plz)\b")


def _you(m: re.Match[str]) -> str:
    return "are you" if m.group(2) else m.group(1) + " you"


# a camera by its kind or its brand ("doorbell cam", "Wyze cams"; not a "cam" alone, an
# engine's part or a cabinet's lock)
_CAM_RE = re.compile(
    r"\b(doorbell|nanny|security|surveillance|ring|blink|wyze|arlo|eufy|nest|home|outdoor"
    r"|indoor|baby|pet|dash|trail|body|spy|hidden|backup)\s+cam(s)?\b",
    re.IGNORECASE,
)
# "get X ready for (to)" is "prepare X for (to)" ("get my kid ready for camp" / "prepare my
# kid for camp"); not "is X ready for", a readiness judged, nor a past "got X ready", nor
# "get a / some X ready to eat", bought ready (red team 11); "keep / prevent X from" is not
# "stop X from" ("stop" reads as "terminate"), "give it back" is not "return it" (a gift
# returned goes to the shop)
_GET_READY_RE = re.compile(
    r"\bget(s|ting)?\s+((?!(?:a|an|some)\b)(?:(?!(?:to|be|not|ready|for)\b)[\w'-]+\s+){0,3}?)ready"
    r"\s+(?=(?:for|to)\b)",
    re.IGNORECASE,
)


def _get_ready(m: re.Match[str]) -> str:
    verb = {"": "prepare", "s": "prepares"}.get((m.group(1) or "").lower(), "preparing")
    return verb + " " + m.group(2)


# "How far ahead" is "How far in advance", read as "How early" in the frame
# `askframes` reads it in (before booking or giving notice, as advice or a duty), wherever it
# stands ("For the holidays, how far ahead should I book"); "How far ahead is the next exit"
# is a distance
_FAR_AHEAD_RE = re.compile(
    r"\b(h)ow\s+far\s+(?:ahead|in\s+advance)\b(?=\s+(?:(?:should|must)\s+(?:i|we|you|one|they)\s+"
    r"(?:(?:need|have)\s+to\s+)?|(?:do|does)\s+(?:i|we|you|one|they)\s+(?:need|have)\s+to\s+"
    r"|to\s+)"
    r"(?:book|schedule|reserve|notify|inform|apply|give\s+(?:notice|\w+\s+notice)|tell|buy"
    r"|order|register|sign\s+up|request|submit|send|cancel|arrange|make\s+(?:a\s+)?"
    r"(?:reservations?|appointments?|bookings?))\b)",
    re.IGNORECASE,
)
# "take pictures (photos) of X" is "photograph X"
_PICTURES_OF_RE = re.compile(
    r"\b(take|takes|taking|took)\s+(?:a\s+|some\s+)?(?:pictures?|photos?|photographs?|pics?)\s+of\b",
    re.IGNORECASE,
)
_PHOTOGRAPH = {"take": "photograph", "takes": "photographs", "taking": "photographing"}


def _pictures_of(m: re.Match[str]) -> str:
    return _PHOTOGRAPH.get(m.group(1).lower(), "photographed")


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


# A contraction typed without its apostrophe ("whats", "dont"), written with it, so that the
# rewrites of a frame read "whats the average lifespan of X" as they read "what's the ..."
# (the words were already the same: ``expand_bare``); not in capitals ("IM", "CANT")
_BARE_RE = re.compile(r"\b(?:" + "|".join(lx.BARE_CONTRACTIONS) + r")\b", re.IGNORECASE)
_APOSTROPHE = {
    bare: (bare[:-2] + "n't" if bare.endswith("nt") else bare[:-1] + "'" + bare[-1:])
    if bare not in ("im", "ive", "youre", "theyre")
    else {"im": "i'm", "ive": "i've", "youre": "you're", "theyre": "they're"}[bare]
    for bare in lx.BARE_CONTRACTIONS
}


def _apostrophe(m: re.Match[str]) -> str:
    word = m.group(0)
    if word.isupper() and len(word) > 1:
        return word
    said = _APOSTROPHE[word.lower()]
    return (
        said[0].upper() + said[1:] if word[0].isupper() or said == "i'm" or said == "i've" else said
    )


def apostrophes(text: str) -> str:
    """``text`` with each contraction typed without its apostrophe written with it."""
    return _BARE_RE.sub(_apostrophe, text)


def expand_bare(tok: str) -> list[str] | tuple[str]:
    """A contraction typed without its apostrophe, as its words ("dont" -> "do not")."""
    expanded = lx.BARE_CONTRACTIONS.get(tok.casefold())
    return expanded.split() if expanded and not tok.isupper() else (tok,)
