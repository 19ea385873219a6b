"""One spelling for a few closed phrases people write many ways (pure, precompiled).

A rate ("per day" / "daily" / "a day" / "each day"), a range of a quantity ("5-10 minutes"
/ "5 to 10 minutes" / "between 5 and 10 minutes"), the first of a kind ("the #1 X" / "the
number one X" / "the top X"), a date of birth ("When was X born?" / "What is X's
birthday?" / "X's date of birth") and an answer format ("Just give the letter" / "Reply
with only the letter") are each written one way, so the word rules and the classifier see
the same words. Each rewrite is a closed phrase; everything around it is kept, so "per
day" / "per week", "the top X" / "the top 10 X" and "Where was X born?" / "X's birthday"
still differ.

Asks for advice said in several closed openings (round 38), each an opening of the whole
prompt with the rest kept as said: "How should I handle it if X" / "How do I handle it if
X" / "What do I do if X" are "What should I do if X" (", how should I handle it?" after a
fronted clause is ", what should I do?"); "What should I do about X" / "How should I handle
(deal with) X" / "What's the best way to handle X" are "How do I handle X"; "How can I let
X know (that) Y" / "How do I inform X that Y" are "How do I tell X (that) Y"; "What are the
signs that X" / "How can I tell if X" are "How do I know if X"; "Should I inform X that" is
"Should I tell X that".

Rounds 39-41 (`canonical_ask`): a judgment in one word ("Would it be reasonable for X to V"
/ "Is it fair for X to V", "acceptable" / "okay", "impolite" / "rude", "strange" / "weird"),
asking for a thing ("Is it okay to request X" / "Can I ask for X"), a habit counted in the
week ("How many times a week should I X" / "How often should I X"; "a month" is its own
ask), a duration ("What's the typical time for X" / "How long does X take"), a pay rate
("What's a fair rate for X" / "How much should I pay X"), a meaning ("What's meant by X" /
"What does X mean") and an owned thing at the end ("access to the files of Y" / "access to
Y's files").

Rounds 42-43: "lawful" / "legal"; "Is it common (usual, typical) for X to V" / "Is it
normal for X to V" (only that frame); "Let X know (that) Y" / "Tell X that Y"; "Does V-ing X
cost less" / "Is it cheaper to V X"; "How far in advance" / "How early"; "How long in weeks"
/ "How many weeks"; "Is smoking allowed in X" / "Can I smoke in X" (a closed list of
activities); "Is a lawyer necessary for X" / "Do I need a lawyer for X"; "what X allows
someone to do" / "What does X let someone do?"; "closed-source" / "proprietary", "bring X
back" / "return X", "sue X over" / "sue X for", "file a complaint about" / "complain about",
"at age 20" / "at 20", "a repo that has no license" / "a repo without license".
"""

from __future__ import annotations

import re

from policies.verify.procedures import base_verb
from policies.verify.text import first_match

_I = re.IGNORECASE
_END = r"(?=\s*(?:[?.!,;]|$))"
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_PERIOD_RE = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bone )(?<!\bthe )(?<!\bthat )"
    r"\b(?:a|each|per)\s+(day|week|month|year)\b" + _END,
    _I,
)
_ADVERB_RE = re.compile(
    r"\b(daily|weekly|monthly|yearly)\b(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|but)\b)", _I
)

_NUM = r"(\d+(?:\.\d+)?)"
# "5-10 minutes", "5 to 10 minutes", "between 5 and 10 minutes": a range of a quantity
# (a word follows it; "What is 5-10?" is a subtraction and is left alone).
_RANGE_RES = (
    re.compile(rf"\bbetween\s+{_NUM}\s+and\s+{_NUM}(?=\s*[a-z%])", _I),
    re.compile(rf"(?<![\d\-/.:]){_NUM}\s*[\-\u2013\u2014]\s*{_NUM}(?![\d\-/.:])(?=\s*[a-z%])", _I),
)

# "the #1 X" / "the number one X" / "the no. 1 X": "the top X" (not before a superlative:
# ``attributes`` reads "the #1 most X" as a rank; not "top 10").
_TOP_RE = re.compile(
    r"\bthe\s+(?:#\s?1|number\s+(?:one|1)|no\.?\s?1)\s+(?!(?:most|least|best|worst|\w+est)\b)"
    r"(?=[a-z])",
    _I,
)

_PERSON = r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
_BIRTH_RES = (
    re.compile(
        rf"^\s*(?i:what|when)(?:'s|\s+is|\s+was)\s+{_PERSON}'s?\s+"
        r"(?:birthday|date\s+of\s+birth|birth\s?date)\s*\??\s*$"
    ),
    re.compile(rf"^\s*{_PERSON}'s?\s+(?:birthday|date\s+of\s+birth|birth\s?date)\s*\??\s*$"),
)

_LETTER_ONLY_RE = re.compile(
    r"\b(?:(?:just|only)\s+)?(?:give|reply\s+with|answer\s+with|respond\s+with|output|return)"
    r"\s+(?:me\s+)?(?:(?:just|only)\s+)?the\s+letter(?:\s+only)?\b",
    _I,
)


# "How much is X?" (a whole prompt, X a thing) / "How much does X cost?": both a price
_COST_RE = re.compile(
    r"^\s*how\s+much\s+is\s+((?:an?|the)\s+[a-z][^?.!,]{0,40}?)(?<!ed)(?<!\bworth)(?<!\bpaid)"
    r"\s*\??\s*$",
    _I,
)


# (a word the prompt must hold, an opening of the whole prompt, its one wording)
_SUBJ = r"(?:i|we)"
_ADVICE_OPENINGS = (
    (
        " it ",
        re.compile(
            rf"^\s*(?:how\s+(?:should|do|can|would)\s+{_SUBJ}"
            r"|what(?:'s|\s+is)\s+(?:the\s+best|a\s+good|the\s+right)\s+way\s+to)"
            r"\s+(?:handle|deal\s+with)\s+it\s+"
            r"(?:if|when)\s+(?=\w)",
            _I,
        ),
        "What should I do if ",
    ),
    (
        "do ",
        re.compile(r"^\s*what\s+(?:do|can|should)\s+i\s+do\s+(?:if|when)\s+(?=\w)", _I),
        "What should I do if ",
    ),
    (
        "about",
        re.compile(r"^\s*what\s+(?:should|do|can)\s+i\s+do\s+about\s+(?!it\b)(?=\w)", _I),
        "How do I handle ",
    ),
    (
        "how",
        re.compile(
            r"^\s*how\s+(?:do|can|should)\s+(i|you|we)\s+(?:handle|deal\s+with)\s+(?!it\b)(?=\w)",
            _I,
        ),
        "How do {0} handle ",
    ),
    (
        "way",
        re.compile(
            r"^\s*what(?:'s|\s+is)\s+(?:the\s+best|a\s+good|the\s+right)\s+way\s+to\s+"
            r"(?:handle|deal\s+with)\s+(?!it\b)(?=\w)",
            _I,
        ),
        "How do I handle ",
    ),
    (
        " know",
        re.compile(
            r"^\s*how\s+(?:do|can|should)\s+i\s+let\s+((?:[\w'\-]+\s+){1,4}?)know\s+"
            r"(that\s+)?(?=\w)",
            _I,
        ),
        "How do I tell {0}{1}",
    ),
    (
        "inform",
        re.compile(
            r"^\s*(how\s+(?:do|can|should)\s+i|should\s+i)\s+inform\s+"
            r"((?:the|my|our|a|an|his|her|their)\s+(?:[\w'\-]+\s+){1,3}?)that\s+(?=\w)",
            _I,
        ),
        "{0} tell {1}that ",
    ),
    (
        "sign",
        re.compile(r"^\s*what\s+are\s+(?:the\s+|some\s+)?(?:warning\s+)?signs\s+that\s+(?=\w)", _I),
        "How do I know if ",
    ),
    (
        " if",
        re.compile(r"^\s*how\s+(?:can|do)\s+i\s+tell\s+(?:if|whether)\s+(?=\w)", _I),
        "How do I know if ",
    ),
)
_ADVICE_STARTS = frozenset(("how", "wha", "sho"))
# the same ask said after a fronted clause ("If X, how should I handle it?")
_FRONTED_IF_RE = re.compile(r"(?:^|,)\s*(?:if|when)\s", _I)
# "X, what can I do?" read as "What can I do if X?" is: "what should I do"
_WHAT_DO_TAIL_RE = re.compile(r",\s*what\s+(?:can|do|should)\s+i\s+do(?=\s*\?\s*$)", _I)
_ADVICE_TAIL_RE = re.compile(
    r",\s*how\s+(?:should|do|can)\s+i\s+(?:handle|deal\s+with)\s+it(?=\s*\?\s*$)", _I
)


def canonical_advice(text: str) -> str:
    """``text`` with an opening of ``_ADVICE_OPENINGS`` in its one wording, or itself."""
    if text.lstrip()[:3].lower() not in _ADVICE_STARTS:
        if " it?" in text and "," in text and _FRONTED_IF_RE.search(text):
            return _ADVICE_TAIL_RE.sub(", what should I do", text)
        if " do?" in text and "," in text:
            return _WHAT_DO_TAIL_RE.sub(", what should I do", text)
        return text
    low = text.lower()
    for hint, pattern, out in _ADVICE_OPENINGS:
        if hint in low:
            m = pattern.match(text)
            if m:
                return out.format(*(g or "" for g in m.groups())) + text[m.end() :]
    return text


# Round 40: a judgment asked in other words, an opening of the whole prompt ("Would it be
# reasonable for X to V" / "Is it fair for X to V", "Is it acceptable" / "Is it okay", "Would
# it be impolite" / "Is it rude"): one word per judgment, never one judgment for another
# ("Is it rude" / "Is it okay", "Is it fair" / "Is it legal"), nor a negated one ("Isn't it").
_JUDGMENTS = {
    "okay": "okay",
    "ok": "okay",
    "alright": "okay",
    "all right": "okay",
    "acceptable": "okay",
    "appropriate": "okay",
    "fair": "fair",
    "reasonable": "fair",
    "rude": "rude",
    "impolite": "rude",
    "weird": "weird",
    "strange": "weird",
    "legal": "legal",
    "lawful": "legal",
    "illegal": "illegal",
    "unlawful": "illegal",
}
_JUDGMENT_RE = re.compile(
    r"^\s*(?:is\s+it|would\s+it\s+be)\s+(okay|ok|alright|all\s+right|acceptable|appropriate"
    r"|fair|reasonable|legal|lawful|illegal|unlawful"
    r"|rude|impolite|weird|strange)\s+(?=(?:for|to|if|that)\s)",
    _I,
)
# Rounds 42-43: how common a thing is, only as "Is it normal (common, usual) to V" / "for X
# to V" ("Is it common that" / "Is it normal if" stay as said)
_NORMAL_RE = re.compile(
    r"^\s*is\s+it\s+(?:normal|common|usual|typical)\s+"
    r"(?=to\s+[a-z]|for\s+[^?.!,;]{1,60}?\s+to\s+[a-z])",
    _I,
)
# ... but of the body or health "normal" asks whether to worry, "common" how often: "Is it
# normal to feel dizzy after giving blood" / "Is it common to ...": there common, usual and
# typical are one word and normal another
_BODY_RE = re.compile(
    r"\b(?:dizz\w*|pain\w*|pains|ache|aches|aching|hurts?|hurting|bleed\w*|blood\w*|fevers?"
    r"|feverish|bab(?:y|ies)|infants?|newborns?|symptoms?|lips?|skin|rash\w*|cough\w*|vomit\w*"
    r"|nause\w*|sick|ill|headaches?|migraines?|periods?|pregnan\w*|heart\w*|chest|breath\w*"
    r"|swell\w*|swollen|lumps?|discharge|fatigue\w*|cramp\w*|itch\w*|sore|numb\w*|tingl\w*"
    r"|bruis\w*|poop|stools?|urine|pee|peeing|moles?|faint\w*|shak\w*|tremors?|seizures?"
    r"|surgery|medications?|side\s+effects?|pulse|blue|yellow|pale|weight|sweat\w*|twitch\w*"
    r"|anxi\w*|panic\w*|depress\w*|insomnia|diarrh\w*|constipat\w*|spotting|contractions?"
    r"|vision|hearing|ringing|wound|scar|stitches|infect\w*|pus|tooth|teeth|gums?)\b",
    _I,
)
# "Let X know (that) Y" / "Tell X (that) Y": a message passed on, the whole prompt
_TOLD = (
    r"((?:the|my|our|your|his|her|their)\s+[\w\-]+(?:\s+(?!that\b|know\b)[\w\-]+)?"
    r"|(?-i:[A-Z][a-z]+))"
)
_LET_KNOW_RE = re.compile(
    rf"^\s*(?:please\s+)?(?:let\s+{_TOLD}\s+know|tell\s+{_TOLD})\s+(?:that\s+)?"
    r"(?=(?:i|we|he|she|they|it|you|the|my|our)\b)",
    _I,
)
# "Does V-ing X cost less (more)?" / "Is it cheaper (more expensive) to V X?"
_COST_LESS_RE = re.compile(
    r"^\s*does\s+([a-z]+ing)\s+([^?.!,]{1,80}?)\s+cost\s+(less|more)\s*\?\s*$", _I
)
# "How far in advance" is "How early" only before booking or giving notice ("How far in
# advance should I book movers"): "How early can the movers arrive" asks a time of day
_IN_ADVANCE_RE = re.compile(
    r"\b(h)ow\s+far\s+in\s+advance\b(?=\s+(?:(?:should|do|does|can|must|will|would|did"
    r"|shall)\s+(?:i|we|you|one|they)\s+(?:(?:need|have|want)\s+to\s+)?|to\s+)"
    r"(?:book|schedule|reserve|notify|inform|apply|give\s+(?:notice|\w+\s+notice)|tell|buy"
    r"|order|register|sign\s+up|request|submit|send|cancel|arrange|make\s+(?:a\s+)?"
    r"(?:reservations?|appointments?|bookings?))\b)",
    _I,
)
_LONG_IN_RE = re.compile(r"\b(h)ow\s+long\s+in\s+(minutes|hours|days|weeks|months|years)\b", _I)
# "Is smoking allowed in X?" / "Can I smoke in X?" (an activity of a closed list: "Is
# bedding allowed in a crib" is a thing); "Is a tutor necessary for X?" / "Do I
# need a tutor for X?" (not "... for my son to V": another person's need)
_GERUND_ALLOWED_RE = re.compile(
    r"^\s*is\s+(smoking|vaping|drinking|parking|camping|fishing|hunting|swimming|biking"
    r"|skateboarding|filming|recording|eating|dancing|jogging|skiing|surfing|grilling"
    r"|busking|hiking|diving|sledding|texting|flying|photographing)"
    r"\s+(?:allowed|permitted)\s+(?=(?:in|on|at|inside|during)\s)",
    _I,
)
_NECESSARY_RE = re.compile(
    r"^\s*is\s+(an?\s+[\w\-]+)\s+(?:necessary|needed)\s+"
    r"(for\s+(?:the|my|a|an)\s+[^?.!,]{1,60}?)\s*\?\s*$",
    _I,
)
# asking for a thing: "Can I ask for X" / "Is it okay to request X" / "Can I request X"
_JUDGED = r"(?:okay|ok|alright|all\s+right|acceptable|appropriate|fair|reasonable|rude|impolite)"
_REQUEST_RE = re.compile(
    r"^(\s*(?:(?:can|could|may)\s+(?:i|we)"
    rf"|(?:is\s+it|would\s+it\s+be)\s+{_JUDGED}\s+(?:for\s+me\s+)?to))"
    r"\s+request\s+(?=\w)",
    _I,
)
_OKAY_ASK_RE = re.compile(r"^\s*is\s+it\s+okay\s+(?:for\s+me\s+)?to\s+ask\s+for\s+(?=\w)", _I)
# a frequency in the week, the unit a habit is counted in ("How many times a week should I
# X" / "How often should I X"; "a month" stays its own ask), and "how frequently"
_FREQUENTLY_RE = re.compile(
    r"^\s*how\s+frequently\s+(should|do|can|must|may)\s+(i|we|you)\s+(?=\w)", _I
)
# a count in the week is a frequency only for a habit one is advised on ("should"): "How
# many times a week can I take ibuprofen" asks a dose's limit, not how often
_OFTEN_WEEK_RE = re.compile(
    r"^\s*how\s+many\s+times\s+(?:a|per|each)\s+week\s+(should)\s+(i|we|you)\s+"
    r"(?!(?:[\w\-]+\s+){0,3}?(?:ibuprofen|tylenol|acetaminophen|paracetamol|advil|aspirin"
    r"|naproxen|aleve|melatonin|benadryl|antibiotics?|medicines?|medications?|meds|pills?"
    r"|tablets?|doses?|drugs?|supplements?|vitamins?|painkillers?|laxatives?|antacids?"
    r"|creatine|caffeine|steroids?|insulin|inhalers?|nasal\s+spray)\b)(?=\w)",
    _I,
)
# a duration: "What's the typical (usual) time for X?" / "How long does X take?"
# ("the usual time to X" / "the typical time for X" ask when, and stay as said, but for a
# process that takes its time: "the usual time to recover from X", "to sell a house")
_DURATION_VERBS = (
    "recover|heal|sell|learn|complete|finish|process|renovate|build|digest|cook|bake|boil"
    "|charge|download|install|become|lose|gain|refinance|dry|cure|thaw|defrost|ferment"
    "|adjust|grow|pay\\s+off|hear\\s+back|get\\s+(?:a|an|my)\\s+(?:passport|visa|green\\s+card"
    "|license|licence|degree|refund|divorce|mortgage|loan)"
)
_TYPICAL_TIME_RE = re.compile(
    r"^\s*what(?:'s|\s+is)\s+the\s+(?:typical|usual|normal|average)\s+"
    r"(?:(?:amount\s+of\s+|length\s+of\s+)?time|duration)\s+"
    r"(for|to|of)\s+(?!(?:a|an|the|my|your|our)\s+\w+\s+(?:from|to|between)\b)"
    r"([^?.!,]{1,80}?)\s*\?\s*$",
    _I,
)
_TIME_ALONE_RE = re.compile(
    r"^\s*what(?:'s|\s+is)\s+the\s+(?:typical|usual|normal|average)\s+time\s+(?:to\s+)?"
    rf"(?:(?:{_DURATION_VERBS})\b|for\s+(?:[\w'\-]+\s+){{0,4}}?"
    r"(?:renewal|recovery|delivery|shipping|processing|approval|refund|installation|transfer"
    r"|healing|replacement|repair|review|revision|decision|copyediting|response|reply"
    r"|turnaround|background\s+check)s?\b)",
    _I,
)
# "How much time does X (typically) take?" / "How long does X take?"
_MUCH_TIME_RE = re.compile(
    r"^\s*how\s+much\s+time\s+(does|do|will)\s+([^?.!,]{1,80}?)\s+"
    r"(?:typically\s+|usually\s+|normally\s+)?take(\s+to\s+[^?.!,]{1,80}?)?\s*\?\s*$",
    _I,
)
# a price paid to someone: "What's a fair rate for X?" / "What should I pay X?"
_FAIR_RATE_RE = re.compile(
    r"^\s*(?:what(?:'s|\s+is)\s+a\s+(?:fair|reasonable)\s+(?:rate|wage|amount)\s+(?:for|to\s+pay)"
    r"|what\s+should\s+i\s+pay)\s+((?:an?|the|my|our)\s+[^?.!,]{1,60}?)\s*\?\s*$",
    _I,
)
# a meaning: "What's meant by X?" / "What does X mean?"
_MEANT_RE = re.compile(r"^\s*what(?:'s|\s+is)\s+meant\s+by\s+([^?]{1,80}?)\s*\?\s*$", _I)


_CAN_ASK_FOR_RE = re.compile(r"^\s*(?:can|could|may)\s+i\s+(?:ask\s+for|request)\s+(?=\w)", _I)


def canonical_ask_for(text: str) -> str:
    """ "Can I ask for X" / "Can I request X" as "Is it okay to ask for X", before
    `frames.strip_frames` reads "Can I ask" as a polite opening and drops it."""
    if "ask for" in text or "request" in text:
        return _CAN_ASK_FOR_RE.sub("Is it okay to ask for ", text, count=1)
    return text


# an owner said after its thing at the end of the prompt: "access to the files of the new
# contractor?" / "access to the new contractor's files?"
_OF_OWNER_RE = re.compile(
    r"\b(to|on|in|from)\s+the\s+(files?|folders?|accounts?|data|documents?|records?|emails?"
    r"|calendar|inbox|drive|computer|laptop|phone)\s+of\s+((?:the|my|our|his|her|their|your)"
    r"\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}|[A-Z][a-z]+)(?=\s*[?.!]?\s*$)"
)


# a verb in other words: "take X out of Y" / "remove X from Y", "allow X to V" / "let X V"
# (not a loan or a policy taken out, which is borrowed or bought: "take a loan out of my 401k")
_TAKE_OUT_RE = re.compile(
    r"\btake\s+((?:a|an|the|my|our|this|that|his|her|their)\s+"
    r"(?!(?:[\w\-]+\s+)?(?:loans?|mortgages?|policy|policies|insurance|lien|line|advance"
    r"|withdrawal|hardship)\b)[\w\-]+(?:\s+[\w\-]+)?)\s+out\s+of\b",
    _I,
)
_ALLOW_TO_RE = re.compile(
    r"\ballow(s?)\s+((?:the|my|our|a|an|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?"
    r"|me|him|her|them|us|[A-Z][a-z]+)\s+to\s+(?=[a-z])",
    _I,
)

# an embedded ask of what a thing lets one do, its frame stripped ("Kindly explain what a
# power of attorney allows someone to do." / "What does a power of attorney allow someone
# to do?"); present tense only ("what my boss let me do" is past)
_WHAT_LETS_RE = re.compile(
    r"^\s*what\s+((?:an?|the|my|your|our)\s+[^?.!,]{1,60}?)\s+"
    r"(?:allows\s+(someone|anyone|me|you|us|them|him|her|people)\s+to|lets\s+(someone|anyone|me"
    r"|you|us|them|him|her|people))\s+([a-z][^?.!,]{0,60}?)\s*[.?]?\s*$",
    _I,
)

# "closed-source" / "proprietary" (software); "bring X back" / "return X"
_CLOSED_SOURCE_RE = re.compile(r"\bclosed[\s\-]source\b", _I)
# ("bring X back" also revives, "How do I bring my dead plant back": only a thing taken
# back to a store, a library, a lender, late, early or for a refund, or a thing rented or
# borrowed)
_BRING_BACK_RE = re.compile(
    r"\bbring\s+((?:the|my|a|an|your|our|this|that)\s+[\w\-]+(?:\s+[\w\-]+)?)\s+back\b"
    r"(?=\s+(?:late|early|on\s+time|after\s+(?:the\s+)?(?:due\s+date|deadline)"
    r"|for\s+a\s+(?:full\s+|partial\s+)?refund|to\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+)?"
    r"(?:store|shop|library|seller|retailer|dealer|dealership|rental\s+(?:company|agency|office)"
    r"|outlet|warehouse|counter|lender|owner))\b)",
    _I,
)
_BORROWED_RE = re.compile(
    r"\bbring\s+((?:the|my|a|an|your|our|this|that)\s+(?:rental|rented|borrowed|loaned|library"
    r"|leased|loaner)\s+[\w\-]+)\s+back\b",
    _I,
)

# A person as the head of a phrase: "for my husband" is whom a thing is for, "for
# a divorce" what it is for. Nouns of a doer ("-er", "-or", "-ist") count as people too
# ("the other driver", "my tutor"), but for a few things ("a layover", "a broken heater"): a
# thing read as a person only keeps its words
_PEOPLE = frozenset(
    """husband wife son daughter child children kid kids baby babies toddler ex partner
    boyfriend girlfriend friend friends mom dad mum mother father parents brother sister
    family spouse fiance fiancee nanny roommate flatmate boss coworker colleague client guest
    guests neighbor neighbour neighbors neighbours staff grandma grandpa grandmother
    grandfather grandparents aunt uncle cousin nephew niece
    landlord landlady doctor nurse coach team people someone somebody him her them me us
    myself himself herself themselves everyone anyone nobody attorney lawyer surgeon dentist
    physician ma pa sibling siblings twins twin grandson granddaughter grandchild
    grandchildren stepson stepdaughter stepmom stepdad in-laws inlaws tenant tenants client
    clients patient patients student students parent parents employee employees trainee
    attendant assistant applicant resident residents agent accountant consultant servant
    participant president opponent defendant plaintiff""".split()
)
_DOER_ENDS = ("er", "ers", "or", "ors", "ist", "ists")
_THINGS_ENDING_AS_DOERS = frozenset(
    """water heater heaters computer trailer printer dryer washer freezer cover paper paperwork
    letter letters number order border center centre matter charger container speaker
    speakers river weather winter summer shower power tower folder layover leftover hangover
    fever floor door doors error errors mirror motor color colour tractor elevator generator
    monitor refrigerator radiator calculator behavior behaviour odor odour labor labour favor
    favour rumor tumor tremor humor honor harbor vapor sensor processor factor sector corridor
    liquor flavor dinner supper filter meter counter poster timer sticker rubber butter powder
    ladder shutter gutter gutters boiler cooler blender toaster router adapter trimmer mower
    scooter helmet chapter semester quarter register roster transfer offer disaster""".split()
)


def _names_person(phrase: str) -> bool:
    """Whether ``phrase`` ("my husband", "the other driver", "my son's school"?) ends on a
    person; a possessive person ("my son's") counts as one too."""
    said = phrase.replace("\u2019", "'").split()
    if not said:
        return False
    words = [w.lower().strip(".,;:!?") for w in said]
    for w in words[1:]:
        if w.endswith("'s") and (w[:-2] in _PEOPLE or w[:-2].endswith(_DOER_ENDS)):
            return True
    head, named = words[-1], said[-1]
    if head in _PEOPLE or (named[1:].islower() and named[:1].isupper()):
        return True
    return head.endswith(_DOER_ENDS) and head not in _THINGS_ENDING_AS_DOERS


# "sue X over Y" / "sue X for Y"; "file a complaint about X" / "complain about X"; "at age
# 20" / "at 20"; "a repo that has no license" / "a repo without license" (a thing's own
# lack, after its noun)
_SUE_OVER_RE = re.compile(
    r"\b(sue\s+(?:(?:the|my|our|a|an|his|her|their)\s+)?[\w\-']+(?:\s+[\w\-']+)?)\s+over\s+"
    r"([^?.!,;]{1,60})",
    _I,
)
# (the noun kept, "complain about" said with it: "respond to a complaint about X" is no
# complaint of one's own)
_COMPLAINT_RE = re.compile(r"\b(?:make|lodge|submit)\s+a\s+(?:formal\s+)?complaint\s+about\b", _I)
_AGAINST_RE = re.compile(r"\b(complaints?)\s+against\b", _I)
# what a complaint is about, whom it is for, to whom it goes, from whom it comes
# (a second one a few words on counts too: "complaining about me to the landlord")
_PREPS = r"(about|against|over|regarding|for|to|with|from|by)"
_COMPLAINT_PREP_RE = re.compile(
    rf"\bcomplain(?:t|ts|ed|ing|s)?\s+{_PREPS}\s+(?:(?:[\w\-']+\s+){{1,4}}?{_PREPS}\s)?", _I
)
_PREP_SENSE = {
    "about": "about",
    "against": "about",
    "over": "about",
    "regarding": "about",
    "for": "for",
    "to": "to",
    "with": "to",
    "from": "from",
    "by": "from",
}
_COMPLAIN_RE = re.compile(
    r"\b((?:(?:do|can|should|could|must|would)\s+(?:i|we)|to)\s+)complain\s+about\b", _I
)
_AT_AGE_RE = re.compile(
    r"\bat\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,3})\b(?!\s*(?:-|months?|weeks?))", _I
)
_HAS_NO_RE = re.compile(r"(?<=[a-z])\s+(?:that|which)\s+(?:has|have)\s+no\s+(?=[a-z])", _I)

# "Who did X V?" / "Who was V-ed by X?" (a whole prompt, a regular verb: an irregular one
# keeps its words)
_WHO_DID_RE = re.compile(
    r"^\s*who\s+did\s+((?:the|my|our|your|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)"
    r"\s+([a-z]{2,})\s*\?\s*$",
    _I,
)
_VOWEL = "aeiou"
# a last word that is no verb ("Who did the bully pick on?", "... comp tonight?")
_NOT_VERBS = frozenset(
    "on up off out in over for to with about at by from after before down away back around"
    " into onto through tonight today yesterday tomorrow now then there here again first last"
    " do say go be have get".split()
)
_IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "pay:paid lay:laid say:said buy:bought bring:brought catch:caught teach:taught "
        "find:found hold:held keep:kept leave:left lose:lost meet:met send:sent sell:sold "
        "tell:told feed:fed hear:heard make:made win:won choose:chosen drive:driven give:given "
        "hide:hidden see:seen take:taken forgive:forgiven forget:forgotten beat:beaten "
        "bite:bitten hit:hit put:put set:set let:let cut:cut hurt:hurt bid:bid outbid:outbid "
        "shut:shut quit:quit fight:fought seek:sought think:thought throw:thrown show:shown "
        "know:known draw:drawn write:written ride:ridden shoot:shot lead:led read:read "
        "spend:spent lend:lent build:built sting:stung swear:sworn tear:torn wake:woken "
        "freeze:frozen steal:stolen break:broken speak:spoken strike:struck refer:referred "
        "prefer:preferred transfer:transferred admit:admitted commit:committed submit:submitted "
        "permit:permitted omit:omitted control:controlled patrol:patrolled compel:compelled "
        "expel:expelled regret:regretted upset:upset forbid:forbidden overtake:overtaken "
        "mislead:misled outrun:outrun overrun:overrun underpay:underpaid overpay:overpaid "
        "repay:repaid mistake:mistaken rebuild:rebuilt"
    ).split()
)


def _participle(verb: str) -> str:
    """The past participle of a verb ("ban" -> "banned", "sue" -> "sued", "pay" -> "paid")."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 2 and verb[-1] == "y" and verb[-2] not in _VOWEL:
        return verb[:-1] + "ied"
    if (
        len(verb) <= 4
        and verb[-1] not in _VOWEL + "wxy"
        and verb[-2] in _VOWEL
        and verb[-3:-2] not in ("", *_VOWEL)
    ):
        return verb + verb[-1] + "ed"
    return verb + "ed"


# "the whole X" / "the entire X" after a determiner, not a kind of thing ("a whole number",
# "whole milk", "whole wheat", "whole foods"); "grant" / "give" only before a thing granted
# ("grant X access", "give X permission"), never "give blood / a speech / notice / up"
_WHOLE_RE = re.compile(
    r"\b(the|my|our|your|his|her|their|this|that)\s+whole\s+"
    r"(?!(?:numbers?|milk|wheat|grains?|foods?|sale|truth|bean|beans|note|notes|life\s+insurance)\b)"
    r"(?=[a-z])",
    _I,
)
_GRANT_RE = re.compile(
    r"\bgrant(s|ing)?\s+(?=(?:[\w'\-]+\s+){0,3}?(?:access|permissions?|rights|custody"
    r"|a\s+divorce|a\s+wish|admin|administrator|(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?roles?)\b)",
    _I,
)
_GIVE_FORMS = {"": "give", "s": "gives", "ing": "giving"}
# "Who was V-ed by X?" asked as "Who did X V?" (the active ask kept as said, so "Who did
# the carrier cancel" / "Who cancelled the carrier" stay apart)
_WHO_WAS_RE = re.compile(
    r"^\s*who\s+(?:was|were|got)\s+([a-z]{3,})\s+by\s+"
    r"((?:the|my|our|your|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)\s*\?\s*$",
    _I,
)
_BASE_OF = {form: verb for verb, form in _IRREGULAR.items() if form != verb}


def _base_of(participle: str) -> str | None:
    """The verb whose past participle ``participle`` is ("banned" -> "ban", "sued" ->
    "sue", "cancelled" -> "cancel"), or None."""
    if participle in _BASE_OF:
        return _BASE_OF[participle]
    if participle in _IRREGULAR:
        return participle
    if not participle.endswith("ed") or len(participle) < 4:
        return None
    stem = participle[:-2]
    if len(stem) >= 6 and stem.endswith("ell"):
        return stem[:-1]  # "cancelled", "travelled"
    if len(stem) > 2 and stem.endswith("i") and stem[-2] not in _VOWEL:
        return stem[:-1] + "y"  # "bullied"
    return base_verb(stem + "ing")


_WHO_VED_RE = re.compile(
    r"^\s*who\s+([a-z]{3,})\s+((?:the|my|our|your|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?)"
    r"\s*\?\s*$",
    _I,
)


def who_did_swap(cached: str, incoming: str) -> bool:
    """ "Who did X V?" (X the doer) on one side, "Who V-ed X?" (X the one done to) on the
    other: the roles traded ("Who did the carrier cancel" / "Who cancelled the carrier")."""
    for one, other in ((cached, incoming), (incoming, cached)):
        did, ved = _WHO_DID_RE.match(one), _WHO_VED_RE.match(other)
        if did is None or ved is None:
            continue
        if " ".join(did.group(1).lower().split()) != " ".join(ved.group(2).lower().split()):
            continue
        if _base_of(ved.group(1).lower()) == did.group(2).lower():
            return True
    return False


_NEED_FOR_RE = re.compile(
    r"^\s*do\s+(?:i|we)\s+need\s+(an?\s+[\w\-]+)\s+(for\s+[^?.!,]{1,60}?)\s*\?\s*$", _I
)


# "ask (X) about Y" inquires, "ask (X) for Y" requests
_ASK_PREP_RE = re.compile(
    r"\bask(?:s|ed|ing)?\s+(?:(?:my|the|your|our|his|her|their)\s+[\w\-]+\s+"
    r"|(?:him|her|them|me|you|us)\s+)?(about|for)\b",
    _I,
)
_SUE_PREP_RE = re.compile(
    r"\bsu(?:e|es|ed|ing)\s+([^?.!,;]{1,40}?)\s+(for|over)\s+([^?.!,;]{1,60})", _I
)


def sense_mismatch(cached: str, incoming: str) -> bool:
    """A need said of another person on one side only (`need_for_person`), an ask about a
    thing on one side and for it on the other ("Can I ask about a raise"), a suit over a
    person on one side and for (on behalf of) them on the other ("sue the daycare over my
    daughter" / "for my daughter"), or a complaint about X on one side and for (to, from) X
    on the other ("How do I file a complaint about my neighbor" / "... for my neighbor")."""
    if "su" in cached and "su" in incoming:
        ma, mb = _SUE_PREP_RE.search(cached), _SUE_PREP_RE.search(incoming)
        if (
            ma is not None
            and mb is not None
            and ma.group(2).lower() != mb.group(2).lower()
            and (_names_person(ma.group(3)) or _names_person(mb.group(3)))
        ):
            return True
    if "ask" in cached and "ask" in incoming:
        asked_a = {m.lower() for m in _ASK_PREP_RE.findall(cached)}
        asked_b = {m.lower() for m in _ASK_PREP_RE.findall(incoming)}
        if asked_a and asked_b and asked_a.isdisjoint(asked_b):
            return True
    if "complain" in cached and "complain" in incoming:
        about_a = {
            _PREP_SENSE[w.lower()] for m in _COMPLAINT_PREP_RE.findall(cached) for w in m if w
        }
        about_b = {
            _PREP_SENSE[w.lower()] for m in _COMPLAINT_PREP_RE.findall(incoming) for w in m if w
        }
        # (a complaint about X is no complaint for X or to X; the one it comes from may be
        # said either way: "The client complained about my manager" / "... a complaint from
        # the client")
        for one, other in ((about_a, about_b), (about_b, about_a)):
            if "about" in one and "about" not in other and not other.isdisjoint(("for", "to")):
                return True
    return need_for_person(cached, incoming)


def need_for_person(cached: str, incoming: str) -> bool:
    """ "Is a lawyer necessary for my ex?" (her need) on one side, "Do I need a lawyer for my
    ex?" (mine, about her) on the other: whose need differs."""
    for one, other in ((cached, incoming), (incoming, cached)):
        if "ecessary" not in one and "needed" not in one:
            continue
        if (is_m := _NECESSARY_RE.match(one)) and (do_m := _NEED_FOR_RE.match(other)):
            said = " ".join(is_m.group(2).lower().split())
            if said == " ".join(do_m.group(2).lower().split()) and _names_person(said[4:]):
                return True
    return False


def canonical_ask(text: str) -> str:
    """``text`` with a judgment, a request, a frequency, a duration, a pay rate, a meaning,
    a permission, a need, a message passed on, a cost or a lack above said one way, or
    itself."""
    if "request" in text:
        text = _REQUEST_RE.sub(r"\1 ask for ", text, count=1)
    low = text.lower()
    if "whole" in low:
        text = _WHOLE_RE.sub(r"\1 entire ", text)
    if "grant" in low:
        text = _GRANT_RE.sub(lambda m: _GIVE_FORMS[(m.group(1) or "").lower()] + " ", text)
    if " out of " in text:
        text = _TAKE_OUT_RE.sub(r"remove \1 from", text)
    if "llow" in text or "lets " in text:
        if m := _WHAT_LETS_RE.match(text):
            return f"What does {m.group(1)} let {m.group(2) or m.group(3)} {m.group(4)}?"
        text = _ALLOW_TO_RE.sub(r"let \2 ", text)
    if " of " in text:
        text = _OF_OWNER_RE.sub(r"\1 \3's \2", text, count=1)
    if "closed" in text:
        text = _CLOSED_SOURCE_RE.sub("proprietary", text)
    if " back" in text:
        text = _BRING_BACK_RE.sub(r"return \1", text)
        text = _BORROWED_RE.sub(r"return \1", text)
    if "complain" in text:
        text = _COMPLAINT_RE.sub("file a complaint about", text)
        text = _COMPLAIN_RE.sub(r"\1file a complaint about", text)
        text = _AGAINST_RE.sub(r"\1 about", text)
    if " over " in text:
        # (not over a person: "sue the daycare over my daughter" is no suit on her behalf)
        text = _SUE_OVER_RE.sub(
            lambda m: m.group(0) if _names_person(m.group(2)) else f"{m.group(1)} for {m.group(2)}",
            text,
            count=1,
        )
    if " age " in text:
        text = _AT_AGE_RE.sub(r"at \1", text)
    if " no " in text:
        text = _HAS_NO_RE.sub(" without ", text)
    head = text.lstrip()[:4].lower()
    if head in ("is i", "woul"):
        if m := _JUDGMENT_RE.match(text):
            judged = _JUDGMENTS[" ".join(m.group(1).lower().split())]
            text = f"Is it {judged} " + text[m.end() :]
            if text.startswith("Is it okay ") and " ask for " in text:
                text = _OKAY_ASK_RE.sub("Can I ask for ", text, count=1)
        elif m := _NORMAL_RE.match(text):
            rest = text[m.end() :]
            if not _BODY_RE.search(rest):
                text = "Is it normal " + rest
            elif "normal" not in text[: m.end()].lower():
                text = "Is it common " + rest
    elif head[:3] == "is ":
        if m := _GERUND_ALLOWED_RE.match(text):
            text = f"Can I {base_verb(m.group(1))} " + text[m.end() :]
        elif (
            (m := _NECESSARY_RE.match(text))
            and " to " not in m.group(2)
            and not _names_person(m.group(2)[4:])
        ):
            return f"Do I need {m.group(1)} {m.group(2)}?"
    elif head == "does":
        if m := _COST_LESS_RE.match(text):
            judged = "cheaper" if m.group(3).lower() == "less" else "more expensive"
            return f"Is it {judged} to {base_verb(m.group(1))} {m.group(2)}?"
    if head == "how ":
        text = _FREQUENTLY_RE.sub(r"How often \1 \2 ", text, count=1)
        text = _OFTEN_WEEK_RE.sub(r"How often \1 \2 ", text, count=1)
        if m := _MUCH_TIME_RE.match(text):
            return f"How long {m.group(1)} {m.group(2)} take{m.group(3) or ''}?"
        if " in " in text:
            text = _IN_ADVANCE_RE.sub(r"\1ow early", text, count=1)
            text = _LONG_IN_RE.sub(r"\1ow many \2", text, count=1)
    elif head == "who ":
        if (m := _WHO_WAS_RE.match(text)) and (verb := _base_of(m.group(1).lower())):
            return f"Who did {m.group(2)} {verb}?"
    elif head in ("let ", "tell", "plea"):
        text = _LET_KNOW_RE.sub(lambda m: f"Tell {m.group(1) or m.group(2)} that ", text, count=1)
    elif head == "what":
        if (m := _TYPICAL_TIME_RE.match(text)) and (
            not text[: m.start(1)]
            .lower()
            .endswith(("usual time ", "typical time ", "normal time "))
            or _TIME_ALONE_RE.match(text)
        ):
            if m.group(1).lower() == "to":
                return f"How long does it take to {m.group(2)}?"
            return f"How long does {m.group(2)} take?"
        if m := _FAIR_RATE_RE.match(text):
            return f"How much should I pay {m.group(1)}?"
        if m := _MEANT_RE.match(text):
            return f"What does {m.group(1)} mean?"
    return text


def canonical_phrasing(text: str) -> str:
    """``text`` with the closed phrases above written one way, or itself."""
    text = canonical_ask(canonical_advice(text))
    low = text.lower()
    if "day" in low or "daily" in low or "week" in low or "month" in low or "year" in low:
        text = _PERIOD_RE.sub(lambda m: "per " + _UNITS[m.group(1).lower()], text)
        if "ly" in low:
            text = _ADVERB_RE.sub(lambda m: "per " + _ADVERBS[m.group(1).lower()], text)
    if "between" in low or "-" in text or "\u2013" in text or "\u2014" in text:
        for pattern in _RANGE_RES:
            text = pattern.sub(r"\1 to \2", text)
    if "#" in text or "number one" in low or "no" in low:
        text = _TOP_RE.sub("the top ", text)
    if "birth" in low:
        if m := first_match(_BIRTH_RES, text):
            return f"When was {m.group(1)} born?"
    if "much" in low:
        text = _COST_RE.sub(r"How much does \1 cost?", text)
    if "letter" in low:
        text = _LETTER_ONLY_RE.sub("answer with only the letter", text)
    return text
