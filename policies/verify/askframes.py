"""Asks said in other words, each one wording (pure, precompiled).

Rounds 39-41 (`canonical_ask`): a judgment in one word ("Would it be reasonable for X to V"
/ "Is it fair for X to V", "acceptable" / "okay", "impolite" / "rude", "strange" / "weird"),
asking for a thing ("Is it okay to request X" / "Can I ask for X"), a habit counted in the
week ("How many times a week should I X" / "How often should I X"; "a month" is its own
ask), a duration ("What's the typical time for X" / "How long does X take"), a pay rate
("What's a fair rate for X" / "How much should I pay X"), a meaning ("What's meant by X" /
"What does X mean") and an owned thing at the end ("access to the files of Y" / "access to
Y's files").

Rounds 42-43: "lawful" / "legal"; "Is it usual (typical) for X to V" / "Is it common for X
to V" (only that frame; "normal" stays its own word); "Let X know (that) Y" / "Tell X that
Y"; "Does V-ing X cost less" / "Is it cheaper to V X"; "How far in advance" / "How early";
"How long in weeks" / "How many weeks"; "Is smoking allowed in X" / "Can I smoke in X" (a
closed list of activities); "Is a lawyer necessary for X" / "Do I need a lawyer for X";
"what X allows someone to do" / "What does X let someone do?"; "closed-source" /
"proprietary", "bring X back" / "return X", "sue X over" / "sue X for", "file a complaint
about" / "complain about", "at age 20" / "at 20", "a repo that has no license" / "a repo
without license"."""

from __future__ import annotations

import re

from policies.verify.procedures import base_verb
from policies.verify.senses import NECESSARY_RE, base_of, names_person, person_or_pet

_I = re.IGNORECASE
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
    "tacky": "tacky",
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
    r"|rude|impolite|tacky|weird|strange)\s+(?=(?:for|to|if|that)\s)",
    _I,
)
# Round 64: a thing judged, asked two ways: "Would a cash bar at a wedding be considered
# rude?" / "Is a cash bar at a wedding considered rude?", each as "Is X rude?" (and "Would it
# be considered rude to V" / "Is it considered rude to V" as "Is it rude to V"). Only
# judgments of manners and of what is usual (rude, tacky, weird, normal, unprofessional ...).
# Not "Is it rude to have X" as "Is X rude?" (red team 6): "have" may be causative ("Is it
# rude to have the guests bring their own alcohol?" asks of the host's request, "Would the
# guests bringing their own alcohol be considered rude?" of the guests) or a possession ("Is
# it weird to have a dog?" / "Is a dog weird?").
_JUDGED_WORDS = (
    r"okay|ok|acceptable|appropriate|inappropriate|rude|impolite|tacky|weird|strange|normal"
    r"|unprofessional|disrespectful"
)
_CONSIDERED = r"(?:considered|seen\s+as|viewed\s+as)"
_CONSIDERED_IT_RE = re.compile(
    rf"^\s*(?:would\s+it\s+be|is\s+it)\s+{_CONSIDERED}\s+({_JUDGED_WORDS})\s+(?=(?:to|if)\s)",
    _I,
)
_WOULD_THING_RE = re.compile(
    rf"^\s*would\s+(?!it\b|that\b|this\b)([^?.!,;]{{2,60}}?)\s+be\s+{_CONSIDERED}\s+"
    rf"({_JUDGED_WORDS})\s*\?\s*$",
    _I,
)
_IS_THING_RE = re.compile(
    rf"^\s*(?:is|are)\s+(?!it\b|that\b|this\b)([^?.!,;]{{2,60}}?)\s+{_CONSIDERED}\s+"
    rf"({_JUDGED_WORDS})\s*\?\s*$",
    _I,
)

# a thing judged that is a clause with its own doer, not a thing ("Would the guests bringing
# their own alcohol be considered rude?" asks of the guests, "Is it rude to have the guests
# bring their own alcohol?" of the host: red team 6): a word in "-ing" after the first
# words, but for nouns in "-ing" ("a morning wedding", "the seating chart")
_DOER_CLAUSE_RE = re.compile(
    r"^(?:[a-z'\-]+\s+){1,3}?(?!(?:wedding|morning|evening|building|clothing|ceiling|something"
    r"|nothing|anything|everything|thing|spring|string|king|ring|sibling|pudding|icing|frosting"
    r"|seating|parking|housing|lighting|catering|stuffing|dressing|earring|meeting|gathering"
    r"|offering|painting|drawing|ending|opening|feeling|reading|setting|outing|booking|listing"
    r"|posting|filling|topping|bedding|ceiling|recording|piercing|wing|swing|sling|awning"
    r"|shopping|tasting|christening|viewing|blessing|filing|lining|siding|flooring|railing)s?\b)"
    r"[a-z]{2,}ing\b",
    _I,
)


def _judged(text: str) -> str:
    """``text`` as "Is X <judgment>?" or "Is it <judgment> to V" (the frames above), or
    itself."""
    if "onsider" in text or " as " in text:
        if m := _CONSIDERED_IT_RE.match(text):
            return f"Is it {m.group(1).lower()} " + text[m.end() :]
        if (
            m := _WOULD_THING_RE.match(text) or _IS_THING_RE.match(text)
        ) and not _DOER_CLAUSE_RE.match(m.group(1)):
            return f"Is {m.group(1)} {m.group(2).lower()}?"
    return text


# Rounds 42-43: how common a thing is, only as "Is it common (usual, typical) to V" / "for
# X to V" ("Is it common that" / "Is it normal if" stay as said; "normal" is its own word)
_NORMAL_RE = re.compile(
    r"^\s*is\s+it\s+(?:normal|common|usual|typical)\s+"
    r"(?=to\s+[a-z]|for\s+[^?.!,;]{1,60}?\s+to\s+[a-z])",
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
# advance should I book movers"): "How early can the movers arrive" asks a time of day; and
# only as advice or a duty (should, must, need to, have to): "How far in advance can I
# apply" asks a window opened, "How early can I apply" an earliest date or age
_IN_ADVANCE_RE = re.compile(
    r"\b(h)ow\s+far\s+in\s+advance\b(?=\s+(?:(?:should|must)\s+(?:i|we|you|one|they)\s+"
    r"(?:(?:need|have)\s+to\s+)?|(?:do|does)\s+(?:i|we|you|one|they)\s+(?:need|have)\s+to\s+"
    r"|to\s+)"
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
# process that takes its time: "the usual time to recover from X"; not "to become", "lose",
# "gain", "install", "refinance": when in life, or a season; nor a thing done at an hour or
# in a season, "to charge an electric car", "grow tomatoes", "bake bread", "cook dinner",
# "learn to walk", "finish work", nor "for pizza delivery": when it comes)
_DURATION_VERBS = (
    "recover|heal|sell|process|renovate|build|digest|download|dry|cure|thaw|defrost|ferment"
    "|adjust|pay\\s+off|hear\\s+back|get\\s+(?:a|an|my)\\s+(?:passport|visa|green\\s+card"
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
    r"(?:renewal|recovery|processing|approval|refund|installation|transfer"
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
# (not a loan or a policy taken out, which is borrowed or bought: "take a loan out of my 401k";
# nor a person or a pet taken out; "let X go" is to fire X, "allow X to go" no firing, but
# "allow X to go to (on, with, home)" is "let X go to ...")
# (a person or a pet is taken out only of a school, a list or a plan: "take my son out of
# the country" is no removing him; money taken out, or a thing out of an account, a will or
# a trust, is a withdrawal or a disinheriting: "take my contributions out of my Roth IRA",
# "take my name out of the will", "take the cash out of my 401k" stay as said)
_OUT_OF_LIST_RE = re.compile(
    r"\s*(?:(?:the|my|our|his|her|their|a|an|this|that)\s+)?(?:[\w\-]+\s+)?(?:school"
    r"|preschool|daycare|class|classes|roster|team|group|chat|will|trust|program|list"
    r"|insurance|policy|plan)\b",
    _I,
)
_TAKE_OUT_RE = re.compile(
    r"\btake\s+((?:a|an|the|my|our|this|that|his|her|their)\s+"
    r"(?!(?:[\w\-]+\s+)?(?:loans?|mortgages?|policy|policies|insurance|lien|line|advance"
    r"|withdrawal|hardship|contributions?|cash|money|funds?|savings|earnings|profits?|equity"
    r"|dividends?|interest|deposits?|balance|pension|paychecks?|salary|tips|name)\b)"
    r"[\w\-]+(?:\s+[\w\-]+)?)\s+out\s+of\b"
    r"(?!\s+(?:(?:the|my|our|his|her|their|a|an|this|that)\s+)?(?:[\w\-()]+\s+){0,2}?"
    r"(?:401|403|457|ira|iras|roth|accounts?|pension|savings|hsa|fsa|529|brokerage|bank|wallet"
    r"|will|trust|estate|escrow|paychecks?|salary|super|annuity|tsp)\b)",
    _I,
)
_ALLOW_TO_RE = re.compile(
    r"\ballow(s?)\s+((?:the|my|our|a|an|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?"
    r"|me|him|her|them|us|[A-Z][a-z]+)\s+to\s+(?!(?:go|off|down)\b(?!\s+(?:to|on|with|home)\b))(?=[a-z])",
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
# borrowed; never a person or a pet: "bring my kids back to the library")
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
    r"|leased|loaner)\s+(?!time\b)[\w\-]+)\s+back\b",
    _I,
)

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

_COMPLAIN_RE = re.compile(
    r"\b((?:(?:do|can|should|could|must|would)\s+(?:i|we)|to)\s+)complain\s+about\b", _I
)
_AT_AGE_RE = re.compile(
    r"\bat\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,3})\b(?!\s*(?:-|months?|weeks?))", _I
)
_HAS_NO_RE = re.compile(r"(?<=[a-z])\s+(?:that|which)\s+(?:has|have)\s+no\s+(?=[a-z])", _I)

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


# Round 54 (closed frames lost in rounds 44-53), each an opening of the whole prompt, the
# rest kept as said: "Do I have a (the) right to X" is "Am I entitled to X" (not "Am I
# allowed to", a permission; only I or we: "Is my wife entitled to" is her claim); "Do I
# qualify for X" is "Am I eligible for X" (and "Does my N qualify for" / "Is my N eligible
# for"; not "qualify as", a status, nor "eligible to"); "What are the (possible)
# consequences if X" is "What happens if X" (present only: "What happened if", "What would
# happen if" and "What happens when (to)" stay as said); "Is it worth it to V X" is "Is it
# worth V-ing X" (a verb right after "to", not negated: "Is it worth $500", "Is it worth the
# money" stay as said). Not "Does it make sense to V X": it asks about logic as often as value
# ("Does it make sense to divide by zero?")
_RIGHT_TO_RE = re.compile(
    r"^\s*do\s+(i|we)\s+have\s+(?:a|the)\s+right\s+to\s+(?!not\b|never\b)(?=\w)", _I
)
_QUALIFY_RE = re.compile(
    r"^\s*(?:do\s+(i|we)|does\s+((?:my|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))"
    r"\s+qualify\s+for\s+(?=\w)",
    _I,
)
_CONSEQUENCES_RE = re.compile(
    r"^\s*what\s+are\s+the\s+(?:possible\s+|potential\s+)?consequences\s+if\s+(?=\w)", _I
)
_WORTH_TO_RE = re.compile(
    r"^\s*is\s+it\s+worth\s+it\s+to\s+"
    r"(?!(?:not|never|be|have|me|you|him|her|us|them|people|anyone|everyone|someone|an|the"
    r"|my|your|our|his|their|this|that|these|those|some|most)\b)([a-z]{2,})\s+(?=\w)",
    _I,
)
# Round 64 (narrowed after red team 6): a need asked of a thing, "Is wedding insurance
# necessary (needed)?" / "Do we need wedding insurance?", each as "Do we need X?" (X a noun
# phrase of three words at most, a tail after "for", "to", "before", "if" ... kept as said).
# Never "Do I need X", which stays as said: who needs it and how many they are matter ("Do
# we need two passports?" / "Do I need two passports?", a king size bed, a family plan), and
# "we" kept in the wording keeps the two apart. "you" only the generic one, before such a
# tail ("Do you need a planner for a 50-person wedding?"; "Do you need X?" alone may ask the
# assistant), and none of "the" thing or for "this" or "it", said any way ("Do you need the
# stack trace to find the bug?", "Do you need a screenshot to fix this?" ask the assistant,
# "Is the stack trace needed to find the bug?" may not). People needed are "Is X needed?"
# and never "we"'s need ("Do we need volunteers at the animal shelter?" asks whether we lack
# them, "Are volunteers needed at the animal shelter?" whether help is wanted). Not "Is it
# necessary to V" (a duty), nor a need for another person ("Is a tutor necessary for my
# son?": `senses.need_for_person`), nor an owned thing ("Is my signature needed?" is
# another's need); "required" is the lexicon's "need" already.
_NOT_NEEDED_THING = (
    r"(?!(?:it|this|that|these|those|there|he|she|they|we|you|i|me|us|him|her|them|to|not"
    r"|never|anything|something|everything|more|any|help|my|our|your|his|their|its)\b)"
)
# a word of the thing, no adverb ("Is a rabies vaccine legally necessary")
_THING_WORD = (
    r"(?!(?:really|actually|truly|absolutely|still|even|always|ever|also|just|so|very|legally"
    r"|medically|strictly|technically|usually|generally|necessary|needed)\b)[\w\-]+"
)
_NEEDED_THING = (
    rf"(?P<thing>{_NOT_NEEDED_THING}(?:an?\s+|the\s+)?{_THING_WORD}(?:\s+{_THING_WORD}){{0,2}}?)"
)
_NEED_ADVERB = r"(?:(?P<adv>really|actually|truly|absolutely)\s+)?"
_NEED_TAIL = (
    r"(?P<tail>\s+(?P<prep>for|to|before|after|during|at|in|on|if|when)\s+[^?.!,;]{1,60}?)?"
    r"\s*\?\s*$"
)
_NECESSARY_ALONE_RE = re.compile(
    rf"^\s*(?:is|are)\s+{_NEEDED_THING}\s+{_NEED_ADVERB}(?:necessary|needed){_NEED_TAIL}", _I
)
_WE_NEED_RE = re.compile(
    rf"^\s*do\s+(?P<who>we|you)\s+{_NEED_ADVERB}need\s+{_NEEDED_THING}{_NEED_TAIL}", _I
)


# what the assistant is asked to look at ("to debug this", "to translate it", "to help me";
# "you" asked "for our trip" is the assistant too)
_AT_HAND_RE = re.compile(r"\b(?:this|that|these|those|it|me|my|mine|here)\b", _I)
_OURS_RE = re.compile(r"\b(?:us|our|ours)\b", _I)


def _need_asked(text: str, head: str) -> str | None:
    """``text`` as "Do we need X[ for Y]?" when it asks the round-64 need above, else None."""
    m = (_NECESSARY_ALONE_RE if head[:3] in ("is ", "are") else _WE_NEED_RE).match(text)
    if m is None:
        return None
    tail = m.group("tail") or ""
    thing = m.group("thing")
    who = m.group("who").lower() if "who" in m.groupdict() else ""
    if (
        (who == "you" and (not tail or _OURS_RE.search(tail)))
        or thing[:4].lower() == "the "
        or _AT_HAND_RE.search(tail)
    ):
        return None
    if tail and m.group("prep").lower() == "for" and names_person(tail.split(None, 1)[1]):
        return None
    adverb = f"{m.group('adv').lower()} " if m.group("adv") else ""
    if names_person(thing):
        # people needed: "we" stay as said, the others one impersonal wording
        return None if who == "we" else f"Is {thing} {adverb}needed{tail}?"
    return f"Do we {adverb}need {thing}{tail}?"


_DOUBLED = frozenset(
    "stop shop plan ship drop swap skip quit trim wrap admit commit submit refer prefer"
    " transfer regret upset forget".split()
)


def _gerund(verb: str) -> str:
    """The gerund of a base verb, spelled as people write it ("buy" -> "buying", "take" ->
    "taking", "get" -> "getting", "die" -> "dying"): a misspelling only refuses a pair."""
    low = verb.lower()
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return low[:-1] + "ing"
    if low in _DOUBLED or (
        len(low) == 3 and low[2] not in "aeiouwxy" and low[1] in "aeiou" and low[0] not in "aeiou"
    ):
        return low + low[-1] + "ing"
    return low + "ing"


def _closed_frame(text: str, head: str) -> str | None:
    """``text`` with a round-54 frame above in its one wording, or None."""
    if head == "do i" or head == "do w":
        if m := _RIGHT_TO_RE.match(text):
            return (
                ("Am I" if m.group(1).lower() == "i" else "Are we")
                + " entitled to "
                + text[m.end() :]
            )
        if (m := _QUALIFY_RE.match(text)) and m.group(1):
            return (
                ("Am I" if m.group(1).lower() == "i" else "Are we")
                + " eligible for "
                + text[m.end() :]
            )
    elif head == "does":
        if (m := _QUALIFY_RE.match(text)) and m.group(2):
            return f"Is {m.group(2)} eligible for " + text[m.end() :]
    elif head == "what":
        if m := _CONSEQUENCES_RE.match(text):
            return "What happens if " + text[m.end() :]
    elif head == "is i":
        if m := _WORTH_TO_RE.match(text):
            return f"Is it worth {_gerund(m.group(1))} " + text[m.end() :]
    return None


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
        text = _TAKE_OUT_RE.sub(
            lambda m: (
                m.group(0)
                if person_or_pet(m.group(1)) and not _OUT_OF_LIST_RE.match(m.string, m.end())
                else f"remove {m.group(1)} from"
            ),
            text,
        )
    if "llow" in text or "lets " in text:
        if m := _WHAT_LETS_RE.match(text):
            return f"What does {m.group(1)} let {m.group(2) or m.group(3)} {m.group(4)}?"
        text = _ALLOW_TO_RE.sub(r"let \2 ", text)
    if " of " in text:
        text = _OF_OWNER_RE.sub(r"\1 \3's \2", text, count=1)
    if "closed" in text:
        text = _CLOSED_SOURCE_RE.sub("proprietary", text)
    if " back" in text:
        text = _BRING_BACK_RE.sub(
            lambda m: m.group(0) if person_or_pet(m.group(1)) else f"return {m.group(1)}", text
        )
        text = _BORROWED_RE.sub(r"return \1", text)
    if "complain" in text:
        text = _COMPLAINT_RE.sub("file a complaint about", text)
        text = _COMPLAIN_RE.sub(r"\1file a complaint about", text)
        text = _AGAINST_RE.sub(r"\1 about", text)
    if " over " in text:
        # (not over a person: "sue the daycare over my daughter" is no suit on her behalf)
        text = _SUE_OVER_RE.sub(
            lambda m: m.group(0) if names_person(m.group(2)) else f"{m.group(1)} for {m.group(2)}",
            text,
            count=1,
        )
    if " age " in text:
        text = _AT_AGE_RE.sub(r"at \1", text)
    if " no " in text:
        text = _HAS_NO_RE.sub(" without ", text)
    head = text.lstrip()[:4].lower()
    if head in ("do i", "do w", "does", "what", "is i") and (
        (framed := _closed_frame(text, head)) is not None
    ):
        text = framed
    if head[:2] in ("is", "wo", "ar"):
        text = _judged(text)
    if head in ("is i", "woul"):
        if m := _JUDGMENT_RE.match(text):
            judged = _JUDGMENTS[" ".join(m.group(1).lower().split())]
            text = f"Is it {judged} " + text[m.end() :]
            if text.startswith("Is it okay ") and " ask for " in text:
                text = _OKAY_ASK_RE.sub("Can I ask for ", text, count=1)
        elif m := _NORMAL_RE.match(text):
            # (common, usual and typical are one word, normal another: "Is it normal to
            # cry every day" asks whether to worry, "Is it common to ..." how often)
            if "normal" not in text[: m.end()].lower():
                text = "Is it common " + text[m.end() :]
    elif head[:3] == "is ":
        if m := _GERUND_ALLOWED_RE.match(text):
            text = f"Can I {base_verb(m.group(1))} " + text[m.end() :]
        elif (
            (m := NECESSARY_RE.match(text))
            and " to " not in m.group(2)
            and not names_person(m.group(2)[4:])
        ):
            return f"Do I need {m.group(1)} {m.group(2)}?"
        elif "ecessar" in text or "eeded" in text:
            if (needed := _need_asked(text, head)) is not None:
                return needed
    elif head[:3] == "are" and ("ecessar" in text or "eeded" in text):
        if (needed := _need_asked(text, head)) is not None:
            return needed
    elif head in ("do w", "do y") and " need " in text:
        if (needed := _need_asked(text, head)) is not None:
            return needed
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
        if (m := _WHO_WAS_RE.match(text)) and (verb := base_of(m.group(1).lower())):
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
