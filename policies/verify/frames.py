"""Politeness and framing around a prompt that never changes what it asks (pure, precompiled).

"Would you mind telling me what the capital of Peru is?" asks what "What is the capital of
Peru?" asks; "Hey, quick question: ...", "I'd appreciate it if you could ...", a trailing
"Thanks!" likewise. The words of such a frame are mostly stopwords already, yet they move
the question form, the word overlap and the length the classifier reads, and it scored
such pairs as different questions. ``strip_frames`` removes a closed list of them from the
start and end of a prompt, before any rule or the classifier compares the two sides. Only
frames addressed to the assistant are listed: "Can you tell me ..." is a frame, "Can you
die from ..." (a generic "you") is the question and stays.
"""

from __future__ import annotations

import re

_APOS = "['\u2019]"
_WH = r"(?:what|how|why|where|when|who|which|whether|if)\b"
# Verbs after "Can you ..." that make it a request to the assistant ("Can you explain X").
_REQUEST_VERBS = (
    r"(?:tell|show|explain|give|help|recommend|suggest|list|describe|summari[sz]e|provide"
    r"|share|remind|teach|define|outline|write|draft|compose|translate|name)\b"
)
_ADDRESSEE = (
    r"(?:there|all|everyone|everybody|guys|folks|team|chatgpt|gpt|claude|assistant|bot"
    r"|doctor|doc|sir|madam|friend|experts?)"
)

_LEAD_FRAMES = (
    # greetings, with the punctuation that ends them ("Hi there!", "Good morning,")
    rf"(?:hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening))"
    rf"(?:\s+{_ADDRESSEE})?\s*[,!.:;\-\u2013\u2014]+",
    r"hey\b(?=\s+(?:can|could|would|what|how|why|where|when|who|which|is|are|do|does)\b)",
    rf"(?:i\s+)?hope\s+you(?:{_APOS}re|\s+are)\s+(?:doing\s+)?(?:well|good|fine)\s*[,!.]+",
    # announcing the question
    r"(?:a\s+)?(?:quick|simple|random|basic|dumb|silly|stupid|honest|small)\s+(?:question|one)"
    r"\s*[,:.!?\-\u2013\u2014]+",
    r"(?:just\s+)?(?:curious|wondering)\s*[,:.\-\u2013\u2014]+",
    r"sorry\s+if\s+this\s+is\s+a\s+(?:dumb|stupid|silly|basic|naive|newbie)\s+question\s*,?"
    r"\s*but\b",
    r"(?:ok|okay|so|well|um+|uh+|ugh|hmm+)\s*[,!.]+",
    r"(?:ok|okay)\s+so\b",
    r"help\s*[!:]+",
    r"i\s+need\s+(?:some\s+)?(?:help|advice)\s*[:!.]+",
    rf"if\s+you\s+(?:don{_APOS}t|do\s+not)\s+mind\s*,?",
    rf"(?:i\s+was|i{_APOS}m|i\s+am)\s+(?:just\s+)?(?:wondering|curious)"
    r"(?:\s+(?:if|whether)\s+you\s+(?:could|can|would)(?:\s+please)?"
    r"(?:\s+(?:tell\s+me|explain|let\s+me\s+know))?)?\s*[,:]?",
    rf"(?:i{_APOS}d|i\s+would)\s+(?:like|love)\s+to\s+know\s*[,:]?",
    r"i\s+(?:want|need)\s+to\s+know\s*[,:]?",
    rf"let\s+me\s+know(?=\s+{_WH})",
    # thanking for an earlier answer, moving on to the next question
    r"(?:thanks|thank\s+you|thx|ty)(?:\s+(?:so|very)\s+much)?\s*[!.,]+",
    r"(?:one\s+more|another)\s+(?:thing|question)\s*[:,.\-\u2013\u2014]+",
    # asking permission to ask, or asking the assistant to tell
    r"(?:would|do)\s+you\s+mind\s+(?:telling\s+me|explaining(?:\s+to\s+me)?|letting\s+me\s+know"
    r"|sharing)",
    rf"(?:i{_APOS}d|i\s+would)\s+(?:really\s+)?(?:appreciate\s+it|be\s+(?:grateful|thankful))"
    r"\s+if\s+you\s+(?:could|can|would)(?:\s+please)?(?:\s+(?:tell\s+me|let\s+me\s+know))?",
    r"(?:can|could|may)\s+i\s+ask(?:\s+you)?",
    rf"(?:do\s+you|does\s+any(?:one|body)|any(?:one|body))\s+know(?=\s+{_WH})",
    rf"any\s+ideas?(?=\s+{_WH})",
    rf"(?:any|some)\s+(?:tips|advice|suggestions)\s+(?:on|about)(?=\s+{_WH})",
    rf"(?:i{_APOS}d|i\s+would)\s+(?:like|love|appreciate)\s+(?:some\s+)?(?:advice|help|tips)"
    r"\s+(?:on|about)(?=\s+how\b)",
    r"would\s+you\s+be\s+able\s+to(?:\s+(?:tell|show)\s+me)?",
    r"(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)(?:\s+please|\s+kindly)?"
    r"\s+(?:tell|show)\s+me(?!\s+about\b)",
    rf"(?:can|could|would|will)\s+(?:you|u)(?:\s+please|\s+kindly)?(?=\s+{_REQUEST_VERBS})",
    rf"(?:tell|show|teach|remind)\s+me(?=\s+{_WH})",
    rf"explain(?:\s+to\s+me)?(?=\s+{_WH})",
    r"help\s+me\s+understand",
    r"(?:please|kindly)\b(?!\s+(?:and|or|vs|versus)\b)\s*,?",
)
_LEAD_RE = re.compile(r"\s*(?:" + "|".join(_LEAD_FRAMES) + r")\s*", re.IGNORECASE)

_TRAIL_RE = re.compile(
    r"(?:[\s,;:\-\u2013\u2014]*\b(?:"
    r"thanks|thank\s+you|thx|thnx|ty|tia|cheers|many\s+thanks|much\s+appreciated"
    r"|(?:i\s+)?appreciate\s+(?:it|your\s+help|the\s+help)"
    r"|any\s+(?:help|advice|tips|suggestions)\s+(?:is|are|would\s+be)"
    r"(?:\s+(?:greatly|much|really|very\s+much))?\s+appreciated"
    r")(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|ton))?(?:\s+in\s+advance)?"
    r"(?:\s+for\s+(?:your|the|any)\s+help)?"
    r"|[\s,]+please"
    r"|\s+[:;]-?[)D]"
    r")[\s.!?:;)(]*$",
    re.IGNORECASE,
)


_TAIL = 80  # a closing frame is short: only the end of a long prompt is searched


def strip_frames(text: str) -> str:
    """``text`` without the politeness frames at its start and end (at most a few of each);
    the text itself when nothing is left without them."""
    out = text
    for _ in range(4):
        m = _LEAD_RE.match(out)
        if not m or not m.end():
            break
        out = out[m.end() :]
    for _ in range(3):
        m = _TRAIL_RE.search(out, max(0, len(out) - _TAIL))
        if not m:
            break
        out = out[: m.start()]
    if "\n\n" in out and _closing_hint(out):
        # a request, its thanks, then the pasted text: the thanks end a paragraph
        out = "\n\n".join(_strip_closing(p) for p in out.split("\n\n"))
    return out if any(ch.isalnum() for ch in out) else text


# What a closing frame inside a prompt holds: the full pattern is tried only at a paragraph
# that ends near one (a long pasted text has many paragraphs, few thanks). The two-letter
# "ty" and "tia" close a prompt (above), not a paragraph.
_CLOSING_HINTS = (
    "thank",
    "thx",
    "thnx",
    "cheers",
    "appreciat",
    "please",
    ":)",
    ";)",
    ":-)",
    ";-)",
    ":d",
    ";d",
)


def _closing_hint(text: str) -> bool:
    low = text.lower()
    return any(h in low for h in _CLOSING_HINTS)


def _strip_closing(paragraph: str) -> str:
    start = max(0, len(paragraph) - _TAIL)
    if not _closing_hint(paragraph[start:]):
        return paragraph
    m = _TRAIL_RE.search(paragraph, start)
    return paragraph if m is None or not m.start() else paragraph[: m.start()]
