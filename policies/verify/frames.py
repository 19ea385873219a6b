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

_FOREIGN_GREETINGS = (
    r"hola|buenas|buenos\s+d[ií]as|buenas\s+(?:tardes|noches)|bonjour|bonsoir|salut|coucou"
    r"|hallo|guten\s+(?:tag|morgen|abend)|servus|moin|ol[aá]|oi|bom\s+dia|boa\s+(?:tarde|noite)"
    r"|ciao|buongiorno|buonasera|salve|hoi|goedemorgen|goedemiddag|goedenavond"
)
_FOREIGN_THANKS = (
    r"gracias|muchas\s+gracias|merci|danke|vielen\s+dank|obrigad[oa]|muito\s+obrigad[oa]"
    r"|grazie|bedankt|dank\s+(?:je|u)(?:\s+wel)?"
)
_FOREIGN_THANKS_MORE = (
    r"de\s+antemano|por\s+adelantado|beaucoup|d['\u2019]avance|par\s+avance|im\s+voraus"
    r"|schön|sch[oö]n|mille|in\s+anticipo|desde\s+j[aá]|alvast"
)
_FOREIGN_PLEASE = (
    r"por\s+favor|s['\u2019]il\s+(?:vous|te)\s+pla[iî]t|bitte|per\s+favore|alsjeblieft"
    r"|alstublieft|svp|stp"
)

# Faces and hands that show a mood, never what is asked about ("hiii 😊", "🤔🤔").
_FACES = "[\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a\u263a]+"

# What an ask opens with after a filler ("yo can dogs eat grapes", "lol what does X mean").
_ASK_START = (
    r"(?:is|are|was|were|do|does|did|can|could|should|would|will|i|my|give|tell|write"
    r"|recommend|explain|list)\b"
)

_LEAD_FRAMES = (
    # greetings, with the punctuation that ends them ("Hi there!", "Good morning,")
    rf"(?:hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening))"
    rf"(?:\s+{_ADDRESSEE})?\s*[,!.:;\-\u2013\u2014]+",
    r"hey\b(?=\s+(?:can|could|would|what|how|why|where|when|who|which|is|are|do|does)\b)",
    rf"(?:i\s+)?hope\s+you(?:{_APOS}re|\s+are)\s+(?:doing\s+)?(?:well|good|fine)\s*[,!.]+",
    # announcing the question
    r"[#*]*\s*(?:question|q)\s*\**\s*(?::|\n)\**",  # a label: "Question:", "**Q:**", "# Question"
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
    r"one\s+more\s*[:\-\u2013\u2014]+",  # "Thanks! One more: how do I ..."
    # asking permission to ask, or asking the assistant to tell
    r"(?:would|do)\s+you\s+mind\s+(?:telling\s+me|explaining(?:\s+to\s+me)?|letting\s+me\s+know"
    r"|sharing)",
    rf"(?:i{_APOS}d|i\s+would)\s+(?:really\s+)?(?:appreciate\s+it|be\s+(?:grateful|thankful))"
    r"\s+if\s+you\s+(?:could|can|would)(?:\s+please)?(?:\s+(?:tell\s+me|let\s+me\s+know))?",
    # ("Can I ask about X" asks whether one may inquire, "Can I ask for X" to request: kept)
    r"(?:can|could|may)\s+i\s+ask(?!\s+(?:you\s+)?(?:for|about)\b)(?:\s+you)?",
    rf"(?:do\s+you|does\s+any(?:one|body)|any(?:one|body))\s+know(?=\s+{_WH})",
    rf"any\s+ideas?(?=\s+{_WH})",
    rf"(?:any|some)\s+(?:tips|advice|suggestions)\s+(?:on|about)(?=\s+{_WH})",
    rf"(?:i{_APOS}d|i\s+would)\s+(?:like|love|appreciate)\s+(?:some\s+)?(?:advice|help|tips)"
    r"\s+(?:on|about)(?=\s+how\b)",
    r"would\s+you\s+be\s+able\s+to(?:\s+(?:tell|show)\s+me)?",
    r"(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)(?:\s+(?:please|pls|plz|kindly))*"
    r"\s+(?:tell|show)\s+me(?!\s+about\b)",
    rf"(?:can|could|would|will)\s+(?:you|u)(?:\s+(?:please|pls|plz|kindly))*(?=\s+{_REQUEST_VERBS})",
    rf"(?:tell|show|teach|remind)\s+me(?=\s+{_WH})",
    rf"explain(?:\s+to\s+me)?(?=\s+{_WH})",
    r"help\s+me\s+understand",
    r"(?:please|kindly)\b(?!\s+(?:and|or|vs|versus)\b)\s*,?",
    # round 64: "pls help me plan X" (before a request or a question only: "PLS regression"),
    # and "Also," opening the next question after thanks for the last one
    rf"(?:pls|plz)\b(?=\s+(?:help|{_REQUEST_VERBS}|{_WH}|{_ASK_START}))\s*,?",
    r"also\s*[,:\-\u2013\u2014]+",
    # chat fillers before the ask: "yo", "hiii", "umm", "ok sooo random but", "real talk",
    # "quick q -", "I have a question:", a face emoji; "I didn't know" said of the asker
    rf"(?:yo+|hi{{2,}}|hey{{2,}}|hiya|lol|omg+|real\s+talk|quick\s+q)\b\s*[,:!.\-\u2013\u2014]*"
    rf"(?=\s*(?:{_FACES}|{_WH}|{_ASK_START}))",
    r"(?:um+|uh+|erm+|hmm+)\b(?!-)",
    r"(?:ok+|okay|k)\s+so+\b(?:\s+(?:random|basically)(?:\s+but)?\b)?\s*,?",
    r"so+\s+(?:random|basically)(?:\s+but)?\b\s*,?",
    r"(?:hey+|hi+)\s+so\b",
    r"i\s+have\s+a\s+(?:quick\s+|small\s+|simple\s+)?question\s*[:,.\-\u2013\u2014]+",
    r"not\s+sure\s+if\s+you\s+can\s+help(?:\s+with\s+this)?\s*,?\s*but\b",
    rf"(?:my\s+(?:kid|son|daughter|friend|wife|husband|partner|mom|dad)\s+asked\s+me\s+and\s+)?"
    rf"i\s+(?:didn{_APOS}?t|did\s+not|don{_APOS}?t|do\s+not)\s+know\s*[,:.!\-\u2013\u2014]*"
    rf"(?=\s*(?:{_FACES}\s*)*{_WH})",
    rf"{_FACES}",
    r"help\s+me(?=\s+(?:write|draft|compose|plan|come\s+up\s+with)\b)",
)
_LEAD_RE = re.compile(r"\s*(?:" + "|".join(_LEAD_FRAMES) + r")\s*", re.IGNORECASE)
# The same in Spanish, French, German, Portuguese, Italian, Dutch: greetings, thanks,
# "please", and "can you tell me" before the question it frames; tried only after a first
# word of `_FOREIGN_LEADS` (most prompts open in English).
_FOREIGN_LEAD_FRAMES = (
    rf"¡?\s*(?:{_FOREIGN_GREETINGS})(?:\s+{_ADDRESSEE})?\s*[,!.:;\-\u2013\u2014]+",
    rf"¡?\s*(?:{_FOREIGN_THANKS})(?:\s+(?:{_FOREIGN_THANKS_MORE}))?\s*[!.,]+",
    rf"(?:{_FOREIGN_PLEASE})\s*,?(?=\s*\S)",
    r"¿?\s*(?:me\s+)?(?:puedes|podrías|podrias|puede|podría|podria|pode|poderia|podes)"
    r"\s+(?:me\s+)?(?:decir|dizer)(?:me)?\b\s*,?",
    r"(?:est-ce\s+que\s+)?(?:tu\s+peux|vous\s+pouvez|peux-tu|pouvez-vous|pourriez-vous"
    r"|pourrais-tu)\s+me\s+dire\b\s*,?",
    r"(?:kannst\s+du|können\s+sie|könntest\s+du|könnten\s+sie)\s+mir(?:\s+bitte)?"
    r"\s+sagen\b\s*,?",
    r"(?:puoi|potresti|può|potrebbe)\s+dirmi\b\s*,?",
)
_FOREIGN_LEAD_RE = re.compile(r"\s*(?:" + "|".join(_FOREIGN_LEAD_FRAMES) + r")\s*", re.IGNORECASE)
_FOREIGN_LEADS = frozenset(
    """
    hola buenas buenos bonjour bonsoir salut coucou hallo guten servus moin ola olá oi bom
    boa ciao buongiorno buonasera salve hoi goedemorgen goedemiddag goedenavond gracias
    muchas merci danke vielen obrigado obrigada muito grazie bedankt dank por s bitte per
    alsjeblieft alstublieft svp stp me puedes podrías podrias puede podría podria pode
    poderia podes est tu vous peux pouvez pourriez pourrais kannst können könntest könnten
    puoi potresti può potrebbe
    """.split()
)
_FIRST_WORD_RE = re.compile(r"[\s¡¿]*([^\W\d_]+)")

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
# Chat closings: "pls", "lol", "asking for a friend", a face, the spoken "question mark";
# tried only where the end of a prompt holds one of `_CHAT_HINT_RE`.
_CHAT_TRAIL_RE = re.compile(
    r"(?:[\s,]+(?:pls|plz)"
    r"|(?<!\bof)(?<!\bis)(?<!\ba)(?<!\bthe)(?<!\bdoes)(?<!\bsay)(?<!\btype)(?<!\bmean)"
    r"[\s,]+(?:lol|lmao|haha+|asking\s+for\s+a\s+friend|question\s+mark)"
    rf"|\s*{_FACES}"
    r")[\s.!?:;)(]*$",
    re.IGNORECASE,
)
_CHAT_HINT_RE = re.compile(rf"pl[sz]|lol|lmao|haha|friend|mark|{_FACES}")
_CHAT_TAIL = 32


# The same closing in other languages, tried only where the end of a prompt holds one of
# `_FOREIGN_HINT_RE` (most prompts end in English).
_FOREIGN_TRAIL_RE = re.compile(
    rf"(?:[\s,]+(?:{_FOREIGN_PLEASE})"
    rf"|[\s,;:\-\u2013\u2014]*\b(?:{_FOREIGN_THANKS})(?:\s+(?:{_FOREIGN_THANKS_MORE}))?"
    r")[\s.!?:;)(]*$",
    re.IGNORECASE,
)
_FOREIGN_TAIL = 32  # "gracias de antemano", "s'il vous plaît", "alstublieft" end a prompt
# Matched against the lower-cased tail: a case-blind pattern is several times slower.
_FOREIGN_HINT_RE = re.compile(
    "favor|pla|bitte|alsjeblieft|alstublieft|svp|stp|gracias|merci|dank|obrigad|grazie"
)

_TAIL = 80  # a closing frame is short: only the end of a long prompt is searched
# The last word a closing frame above can end on ("thanks", "thank you", "in advance", "for
# your help", "please", ":D"), before its closing punctuation: a prompt ending on any other
# word cannot match _TRAIL_RE, and the costly search of its end is skipped.
_TRAIL_LAST_WORDS = frozenset(
    """
    thanks you thx thnx ty tia cheers appreciated it help much lot bunch ton advance please d
    """.split()
)
# ... and the last words of a foreign closing ("gracias de antemano", "s'il vous plaît",
# "dank je wel") or a chat one ("pls", "lol", "asking for a friend", "question mark")
_OTHER_LAST_WORDS = frozenset(
    """
    favor plaît plait bitte favore alsjeblieft alstublieft svp stp gracias merci danke dank
    obrigado obrigada grazie bedankt je u wel antemano adelantado beaucoup avance voraus
    schön schon mille anticipo ja já alvast pls plz lol lmao friend mark
    """.split()
)
_TRAIL_PUNCT = " \t\n\r\f\v.!?:;)("
_LAST_WORD_RE = re.compile(r"\w+$")


def _last_word(text: str) -> str | None:
    """The last word of ``text`` before its closing punctuation, lowercased; None when that
    cannot be told cheaply (an emoticon, another character, a long word) or the closing
    punctuation holds a ":" or ";" (an emoticon): every closing search then runs."""
    body = text.rstrip(_TRAIL_PUNCT)
    if not body or ":" in text[len(body) :] or ";" in text[len(body) :]:
        return None
    start = max(0, len(body) - 16)
    m = _LAST_WORD_RE.search(body, start)
    if m is None or m.start() == start:
        return None
    return m.group().lower()


def strip_frames(text: str) -> str:
    """``text`` without the politeness frames at its start and end (at most a few of each);
    the text itself when nothing is left without them."""
    out = text
    for _ in range(4):
        m = _LEAD_RE.match(out)
        if not m:
            first = _FIRST_WORD_RE.match(out)
            if first and first.group(1).lower() in _FOREIGN_LEADS:
                m = _FOREIGN_LEAD_RE.match(out)
        if not m or not m.end():
            break
        out = out[m.end() :]
    for _ in range(3):
        start = max(0, len(out) - _TAIL)
        last = _last_word(out)
        m = _TRAIL_RE.search(out, start) if last is None or last in _TRAIL_LAST_WORDS else None
        if not m and (last is None or last in _OTHER_LAST_WORDS or last.startswith("haha")):
            tail = out[max(start, len(out) - _FOREIGN_TAIL) :].lower()
            if _FOREIGN_HINT_RE.search(tail):
                m = _FOREIGN_TRAIL_RE.search(out, start)
            if not m and _CHAT_HINT_RE.search(tail):
                m = _CHAT_TRAIL_RE.search(out, max(0, len(out) - _CHAT_TAIL))
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
