"""Everyday wordings of one ask, written one way (pure, precompiled).

Closed tables only, each matched on the whole prompt or on a whole phrase:

- short forms and their long forms: "EV" / "electric vehicle", "GPA" / "grade point
  average", "MPG" / "miles per gallon", "CPO" / "certified pre-owned", "AP Calc" / "AP
  Calculus", "Common App" / "Common Application", "CV" / "resume", "negotiate pay" /
  "negotiate salary", "reset X to factory settings" / "factory reset X", "veterinary
  clinic" / "vet clinic" (round 64; not "vet benefits", a veteran's);
- the time to do a seasonal task (plant, prune, harvest...): "When should I V X" / "What's
  the best (right) time to V X" / "What time of year is best to V X" (not a time of day);
- watering: "How often should I water X" / "How frequently does X need watering";
- pay: "What is the average salary for X" / "How much does X typically make";
- interview questions: "What questions are asked in X interview" / "What interview
  questions should I expect for X job";
- "Is X worth it" / "Is it worth buying X";
- a car's oil: "What type of oil does X take" / "What kind of engine oil should I use in
  my X" / "What oil does X need" / "Which oil should I put in X";
- "When is X due" / "What's the deadline for X";
- a test score for a school: "Is a 1400 SAT good enough for X" / "Can I get into X with a
  1400 on the SAT" / "... with an SAT score of 1400";
- "What's the recommended interval for changing X" / "How often should I change X"; "Tips
  for writing X?" / "How do I write X?";
- openings: "Is it possible to V" / "Am I allowed to V" / "Can I V", "Is X allowed to V" /
  "Can X V", "How soon should I V" / "How long should I wait to V"; "I'm X, how do I V?" /
  "How do I V when I'm X?";
- "What's the towing capacity of X" / "How much can X tow".
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.procedures import base_verb
from policies.verify.words import canonical

_I = re.IGNORECASE
_Q = r"\s*[?.!]?\s*$"
_WHAT_IS = r"what(?:'s|\s+is)"
_X = r"(.{1,60}?)"

# tasks done in a season, whose best time is when one should do them ("When should I see a
# doctor" asks in what case, "When should I use X" in what situation: not listed)
_SEASONAL = (
    r"plant|prune|sow|harvest|fertili[sz]e|feed|repot|transplant|divide|mow|aerate|overseed"
    r"|mulch|trim|pick|dethatch|lime|start"
)

# admission tests whose score is said as a number ("a 1400 SAT")
_TESTS = r"SAT|ACT|GRE|GMAT|TOEFL|IELTS|LSAT|MCAT|PSAT"

_PHRASES = (
    (re.compile(r"\belectric\s+vehicles\b", _I), "EVs"),
    (re.compile(r"\belectric\s+vehicle\b", _I), "EV"),
    (re.compile(r"\bgrade\s+point\s+average\b", _I), "GPA"),
    (re.compile(r"\bmiles\s+per\s+gallon\b", _I), "MPG"),
    (re.compile(r"\bcertified\s+pre-?owned\b", _I), "CPO"),
    (re.compile(r"\bAP\s+Calc\b(?!ulus)"), "AP Calculus"),
    (re.compile(r"\bCommon\s+Application\b", _I), "Common App"),
    (re.compile(r"\bCV\b|\bcurriculum\s+vitae\b", _I), "resume"),
    (re.compile(r"\bCVs\b"), "resumes"),
    # round 64: "a veterinary clinic" / "a vet clinic", before a noun of animal care only
    # ("vet benefits" are a veteran's), and none a veteran has too (red team 6: "the vet
    # bill" may be a veterans' bill in Congress, "the vet office" the veterans' office on
    # campus; nor school, student, fee, record, care)
    (
        re.compile(
            r"\bveterinary\s+(?=(?:clinic|practice|hospital|technician|tech|assistant|associate"
            r"|nurse|visit|surgeon|receptionist|specialist|dentist|exam)s?\b)",
            _I,
        ),
        "vet ",
    ),
    (re.compile(r"\bnegotiat(e|ing)\s+(my\s+|your\s+)?pay\b", _I), r"negotiat\1 \2salary"),
    (
        re.compile(
            r"\breset\s+((?:a|an|the|my|your)\s+[\w\- ]{1,30}?)\s+to\s+(?:its\s+)?factory"
            r"\s+(?:settings|defaults)\b",
            _I,
        ),
        r"factory reset \1",
    ),
)
_PHRASE_HINTS = (
    "electric",
    "grade point",
    "per gallon",
    "pre-owned",
    "preowned",
    "ap calc",
    "common application",
    "cv",
    "curriculum",
    "negotiat",
    "factory",
    "veterinary",
)

# (how the prompt opens: its first three letters, a word it must hold, pattern, its one
# wording)
_FRAMES = (
    # the time to do a seasonal task V
    (
        ("wha", "whe"),
        "time",
        re.compile(
            rf"^\s*(?:{_WHAT_IS}\s+the\s+(?:best|right)\s+time(?:\s+of\s+(?:the\s+)?year)?\s+to"
            rf"|what\s+time\s+of\s+(?:the\s+)?year\s+is\s+(?:it\s+)?best\s+to"
            rf"|when\s+is\s+the\s+(?:best|right)\s+time\s+to)\s+({_SEASONAL})\s+{_X}{_Q}",
            _I,
        ),
        "When should I {0} {1}?",
    ),
    # a test score good enough for a school
    (
        ("is ",),
        "enough",
        re.compile(
            rf"^\s*is\s+an?\s+(\d[\d.]*)\s+({_TESTS})(?:\s+score)?\s+(?:good\s+)?enough\s+"
            rf"(?:for|to\s+get\s+into)\s+{_X}{_Q}",
            _I,
        ),
        "Can I get into {2} with a {0} {1}?",
    ),
    (
        ("can",),
        "get into",
        re.compile(
            rf"^\s*can\s+i\s+get\s+into\s+{_X}\s+with\s+an?\s+(\d[\d.]*)\s+on\s+the\s+"
            rf"({_TESTS}){_Q}",
            _I,
        ),
        "Can I get into {0} with a {1} {2}?",
    ),
    (
        ("can",),
        "get into",
        re.compile(
            rf"^\s*can\s+i\s+get\s+into\s+{_X}\s+with\s+an?\s+({_TESTS})\s+score\s+of\s+"
            rf"(\d[\d.]*){_Q}",
            _I,
        ),
        "Can I get into {0} with a {2} {1}?",
    ),
    # watering
    (
        ("how",),
        "water",
        re.compile(
            rf"^\s*how\s+(?:often|frequently)\s+(?:do|does)\s+{_X}\s+need\s+(?:watering"
            rf"|to\s+be\s+watered){_Q}",
            _I,
        ),
        "How often should I water {0}?",
    ),
    (
        ("how",),
        "water",
        re.compile(rf"^\s*how\s+frequently\s+should\s+i\s+water\s+{_X}{_Q}", _I),
        "How often should I water {0}?",
    ),
    # pay
    (
        ("how",),
        "much",
        re.compile(
            rf"^\s*how\s+much\s+(?:does|do)\s+{_X}\s+(?:typically|usually|normally|on\s+average)"
            rf"\s+(?:make|earn)(?:\s+a\s+year|\s+per\s+year)?{_Q}",
            _I,
        ),
        "What is the average salary for {0}?",
    ),
    (
        ("how",),
        "much",
        re.compile(rf"^\s*how\s+much\s+(?:does|do)\s+{_X}\s+(?:make|earn)\s+on\s+average{_Q}", _I),
        "What is the average salary for {0}?",
    ),
    (
        ("wha",),
        "average",
        re.compile(rf"^\s*{_WHAT_IS}\s+the\s+average\s+(?:salary|pay)\s+(?:for|of)\s+{_X}{_Q}", _I),
        "What is the average salary for {0}?",
    ),
    # interview questions
    (
        ("wha",),
        "question",
        re.compile(
            rf"^\s*what\s+(?:interview\s+)?questions\s+(?:should\s+i\s+expect|(?:are|get)\s+asked"
            rf"|will\s+i\s+be\s+asked)\s+(?:for|in|at)\s+{_X}\s+(?:job|position|role)"
            rf"(?:\s+interviews?)?{_Q}",
            _I,
        ),
        "What questions are asked in {0} interview?",
    ),
    (
        ("wha",),
        "question",
        re.compile(
            rf"^\s*what\s+questions\s+(?:are|get)\s+asked\s+in\s+{_X}\s+interviews?{_Q}", _I
        ),
        "What questions are asked in {0} interview?",
    ),
    # worth it
    (
        ("is ",),
        "worth",
        re.compile(rf"^\s*is\s+it\s+worth\s+(?:buying|getting)\s+{_X}{_Q}", _I),
        "Is {0} worth it?",
    ),
    (
        ("is ",),
        "worth",
        re.compile(rf"^\s*is\s+{_X}\s+worth\s+(?:buying|getting){_Q}", _I),
        "Is {0} worth it?",
    ),
    # a car's oil
    (
        ("wha",),
        "oil",
        re.compile(
            rf"^\s*what\s+(?:type\s+of\s+|kind\s+of\s+)?(?:engine\s+|motor\s+)?oil\s+(?:does|do)"
            rf"\s+(?:an?\s+|my\s+|the\s+)?{_X}\s+(?:take|use|need|require){_Q}",
            _I,
        ),
        "What oil does {0} take?",
    ),
    (
        ("wha", "whi"),
        "oil",
        re.compile(
            rf"^\s*(?:what|which)\s+(?:type\s+of\s+|kind\s+of\s+)?(?:engine\s+|motor\s+)?oil"
            rf"\s+should\s+i\s+(?:use|put)\s+in\s+(?:an?\s+|my\s+|the\s+)?{_X}{_Q}",
            _I,
        ),
        "What oil does {0} take?",
    ),
    # a deadline
    (
        ("wha",),
        "deadline",
        re.compile(rf"^\s*{_WHAT_IS}\s+the\s+deadline\s+(?:for|of)\s+{_X}{_Q}", _I),
        "When is {0} due?",
    ),
    # towing
    (
        ("how",),
        "tow",
        re.compile(rf"^\s*how\s+much\s+can\s+(?:an?\s+|my\s+|the\s+)?{_X}\s+tow{_Q}", _I),
        "What is the towing capacity of {0}?",
    ),
    (
        ("wha",),
        "tow",
        re.compile(
            rf"^\s*{_WHAT_IS}\s+the\s+(?:max(?:imum)?\s+)?towing\s+capacity\s+of\s+"
            rf"(?:an?\s+|my\s+|the\s+)?{_X}{_Q}",
            _I,
        ),
        "What is the towing capacity of {0}?",
    ),
)
# frames whose verb is said as a gerund on one side: (a word the prompt must hold, pattern,
# wording of the base verb)
_GERUND_FRAMES = (
    # "What's the recommended interval for changing X" asks "How often should I change X"
    (
        "interval",
        re.compile(
            rf"^\s*{_WHAT_IS}\s+the\s+(?:recommended\s+)?interval\s+for\s+([a-z]+ing)\s+"
            rf"{_X}{_Q}",
            _I,
        ),
        "How often should I {0} {1}?",
    ),
    # "Tips for writing X?" asks "How do I write X?"
    (
        "tips",
        re.compile(rf"^\s*(?:any\s+)?tips\s+(?:for|on)\s+([a-z]+ing)\s+{_X}{_Q}", _I),
        "How do I {0} {1}?",
    ),
)
# openings that ask one thing: "Is it possible to V" / "Am I allowed to V" / "Can I V", "Is
# my landlord allowed to V" / "Can my landlord V", "How soon should I V" / "How long should
# I wait to V"; a statement fronted before the question ("I'm underpaid, how do I ask for a
# raise?" / "How do I ask for a raise when I'm underpaid?")
_OPENINGS = (
    (re.compile(r"^\s*is\s+it\s+possible\s+(?:for\s+me\s+)?to\s+(?=[a-z])", _I), "Can I "),
    (re.compile(r"^\s*am\s+i\s+(?:allowed|permitted)\s+to\s+(?=[a-z])", _I), "Can I "),
    (
        re.compile(
            r"^\s*(?:is|are)\s+(?!it\b|there\b)((?:an?\s+|the\s+|my\s+)?[\w\-]+(?:'s)?(?:\s+[\w\-]+){0,2})"
            r"\s+(?:allowed|permitted)\s+to\s+(?=[a-z])",
            _I,
        ),
        "Can {0} ",
    ),
    (re.compile(r"^\s*how\s+soon\s+should\s+i\s+(?=[a-z])", _I), "How long should I wait to "),
)
_FRONTED_STATEMENT_RE = re.compile(
    r"^\s*(i'm|i\s+am)\s+([\w\- ]{1,30}?)\s*,\s*(how|what|when|should)\b([^,?]{3,100})\?\s*$",
    _I,
)

# a clause in the thing a frame asks about ("Is it worth buying X if I live in Y"): its
# other wording may front the clause, which `clauses.canonical_order` reads; left as said
_CLAUSE_RE = re.compile(r"\b(?:if|when|because|since|unless|whether)\b", _I)


# the frames by how a prompt opens
_FRAMES_BY_START: dict[str, tuple[tuple[str, re.Pattern[str], str], ...]] = {
    start: tuple((hint, pattern, out) for starts, hint, pattern, out in _FRAMES if start in starts)
    for start in ("wha", "whe", "whi", "is ", "can", "how")
}
_GERUND_STARTS = frozenset(("wha", "tip", "any"))


def canonical_wording(text: str) -> str:
    """``text`` with its short forms and phrases above written one way, and a whole-prompt
    frame above in its one wording; otherwise itself."""
    if len(text) > 200:
        return text
    low = text.lower()
    for hint in _PHRASE_HINTS:
        if hint in low:
            for pattern, repl in _PHRASES:
                text = pattern.sub(repl, text)
            low = text.lower()
            break
    if (
        "possible" in low or "allowed" in low or "permitted" in low or "soon" in low
    ) and low.lstrip()[:2] in ("is", "am", "ho", "ar"):
        for pattern, opening in _OPENINGS:
            m = pattern.match(text)
            if m:
                text = opening.format(*m.groups()) + text[m.end() :]
                low = text.lower()
                break
    elif low.lstrip()[:1] == "i" and "," in low:
        m = _FRONTED_STATEMENT_RE.match(text)
        if m:
            i_am = "I'm" if m.group(1).lower() == "i'm" else "I am"
            text = f"{m.group(3).capitalize()}{m.group(4)} when {i_am} {m.group(2)}?"
            low = text.lower()
    start = low.lstrip()[:3]
    if start in _GERUND_STARTS:
        for hint, pattern, out in _GERUND_FRAMES:
            if hint in low:
                m = pattern.match(text)
                if m:
                    return out.format(base_verb(m.group(1)), m.group(2).strip())
    for hint, pattern, out in _FRAMES_BY_START.get(start, ()):
        if hint in low:
            m = pattern.match(text)
            if m and _CLAUSE_RE.search(m.group(m.lastindex or 0)) is None:
                return out.format(*(g.strip() for g in m.groups()))
    return text


# a rewrite must not hide an antonym the other text carries as written: "Is it worth buying a
# used car?" reads as "Is a used car worth it?", and "Is it worth selling a used car?" then
# differs only by a word added ("selling"), not by an opposite (buy / sell)
_OPPOSITES: dict[str, frozenset[str]] = {}
for _x, _y in lx.ANTONYMS:
    _cx, _cy = canonical(_x), canonical(_y)
    _OPPOSITES[_cx] = _OPPOSITES.get(_cx, frozenset()) | {_cy}
    _OPPOSITES[_cy] = _OPPOSITES.get(_cy, frozenset()) | {_cx}
_WORD_RE = re.compile(r"[^\W\d_]+")


def hidden_antonym(raw: tuple[str, str], rewritten: tuple[str, str]) -> bool:
    """The texts as written differ by an antonym pair (buy / sell) that their rewritten forms
    no longer hold, one word of it still said on its side alone ("selling" against a "buying"
    rewritten away); not a pair the rewrite made one word ("with no" / "without")."""
    if raw == rewritten:
        return False
    pairs = _opposed(_stems(raw[0]), _stems(raw[1]))
    if not pairs:
        return False
    wa, wb = _stems(rewritten[0]), _stems(rewritten[1])
    if _opposed(wa, wb):
        return False
    return any((x in wa and x not in wb) or (y in wb and y not in wa) for x, y in pairs)


def _stems(text: str) -> frozenset[str]:
    return frozenset(canonical(w) for w in _WORD_RE.findall(text.lower()))


def _opposed(wa: frozenset[str], wb: frozenset[str]) -> list[tuple[str, str]]:
    """The antonym pairs, one word only in ``wa`` and the other only in ``wb``."""
    only_b = wb - wa
    if not only_b:
        return []
    return [
        (x, y)
        for x in wa - wb
        if (opposite := _OPPOSITES.get(x)) is not None
        for y in opposite & only_b
    ]
