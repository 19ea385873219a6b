"""Common factual asks said in several wordings, written one way (pure, precompiled).

Closed frames, each matched on the whole prompt:

- a baby's milestone: "When do babies start to V" / "At what age do infants begin to V";
  "When do babies usually V" / "What age do babies typically V" only for a milestone verb
  of a closed table ("When do babies usually nap" asks a time of day). Babies and infants
  are one age; newborns, toddlers and kids are kept as said;
- a count: "How many N does X have" / "(The) number of N of X"; "How many N are (there) in
  X" / "Number of N in X";
- insurance: "What is covered by (under) X" / "What does X cover"; "Is Y covered by X" /
  "Does X cover Y" (X an insurance, policy, plan or warranty); "auto insurance" / "car
  insurance"; "What is meant by X" / "What does X mean";
- sleep: "How many hours of sleep should X get" / "How much sleep does X need";
- a distance, which is symmetric: "How far is X from Y" / "How far is Y from X" / "What is
  the distance between X and Y" / "... from X to Y", written with the two places in one
  order (a time difference is signed: not here);
- stopping a habit: "How do I get X to stop V-ing" / "How do I stop (keep) X from V-ing";
- "Why is X refusing to V" / "Why won't X V"; "Why do X happen" / "What causes (a) X";
  "What causes (a) X to V" / "Why do(es) (a) X V";
- the other asks of a planet or a moon: "How hot is (the surface of) X" / "What is the
  (surface) temperature of X"; "When will X happen" / "When is X"; "Is there an N on X" /
  "Does X have an N"; "What is X made (up) of" / "What is the composition of X"; "How are X
  formed" / "How do X form"; "known (referred to)
  as" / "called";
- a baby's foods: "When can babies have X" / "At what age is it safe to give a baby X";
  a missed payment: "What happens if I miss a X payment" / "... don't pay my X on time";
  a habit: "My X won't stop (keeps) V-ing, help" / "How do I stop X from V-ing";
- "Can I give X to a 6 month old" / "Is X safe for a 6 month old (baby)" (an age said in
  months, weeks or years); "Should I choose X for (on) Y" / "Is X a good choice for Y".
"""

from __future__ import annotations

import re

from policies.verify.words import first_match, stem

_I = re.IGNORECASE
_Q = r"\s*[?.!]*\s*$"
_X = r"(.{1,50}?)"

_BABIES = r"(?:babies|infants|an?\s+baby|an?\s+infant)"
# milestones whose "when" can only ask an age
_MILESTONES = (
    r"crawl|walk|talk|roll\s+over|sit\s+up|smile|teethe|babble|wave(?:\s+bye-?bye)?"
    r"|sleep\s+through\s+the\s+night|stand(?:\s+up)?|clap|laugh|point|say\s+their\s+first\s+word"
)
_USUALLY = r"(?:usually\s+|typically\s+|normally\s+|generally\s+)?"
_INSURED = re.compile(r"\b(?:insurance|policy|plan|warranty|coverage|medicare|medicaid)\b", _I)

_MILESTONE_RES = (
    re.compile(
        rf"^\s*(?:when|at\s+what\s+age|what\s+age)\s+(?:do|does|will|should)\s+{_BABIES}\s+"
        rf"{_USUALLY}(?:start|begin)\s+to\s+(\w[\w\s\-]{{0,40}}?){_Q}",
        _I,
    ),
    re.compile(
        rf"^\s*(?:when|at\s+what\s+age|what\s+age)\s+(?:do|does|will|should)\s+{_BABIES}\s+"
        rf"{_USUALLY}({_MILESTONES}){_Q}",
        _I,
    ),
)
_COUNT_OF_RES = (
    re.compile(rf"^\s*how\s+many\s+(\w+)\s+(?:does|do)\s+{_X}\s+have{_Q}", _I),
    re.compile(
        rf"^\s*(?:what\s+is\s+|what's\s+)?(?:the\s+)?number\s+of\s+(\w+)\s+of\s+{_X}{_Q}", _I
    ),
)
_COUNT_IN_RES = (
    re.compile(rf"^\s*how\s+many\s+(\w+)\s+are\s+(?:there\s+)?in\s+{_X}{_Q}", _I),
    re.compile(
        rf"^\s*(?:what\s+is\s+|what's\s+)?(?:the\s+)?number\s+of\s+(\w+)\s+in\s+{_X}{_Q}", _I
    ),
)
_COVERED_WHAT_RE = re.compile(rf"^\s*what\s+(?:is|are)\s+covered\s+(?:by|under)\s+{_X}{_Q}", _I)
_COVERED_IS_RE = re.compile(rf"^\s*(?:is|are)\s+{_X}\s+covered\s+(?:by|under)\s+{_X}{_Q}", _I)
_MEANT_RE = re.compile(rf"^\s*what\s+is\s+meant\s+by\s+{_X}{_Q}", _I)
_SLEEP_RE = re.compile(
    rf"^\s*how\s+(?:many\s+hours\s+of|much)\s+sleep\s+(?:should|does|do)\s+{_X}\s+(?:get|need){_Q}",
    _I,
)
_DISTANCE_RE = re.compile(
    rf"^\s*(?:how\s+far\s+(?:away\s+)?is\s+{_X}\s+from"
    rf"|(?:what\s+is|what's)\s+the\s+distance\s+(?:between\s+{_X}\s+and|from\s+{_X}\s+to))"
    rf"\s+{_X}{_Q}",
    _I,
)
_STOP_RES = (
    re.compile(
        rf"^\s*how\s+(?:do|can|should)\s+I\s+get\s+{_X}\s+to\s+stop\s+(\w+ing\b.{{0,50}}?){_Q}", _I
    ),
    re.compile(
        rf"^\s*how\s+(?:do|can|should)\s+I\s+(?:stop|keep)\s+{_X}\s+from\s+(\w+ing\b.{{0,50}}?){_Q}",
        _I,
    ),
)
_REFUSING_RE = re.compile(rf"^\s*why\s+is\s+{_X}\s+refusing\s+to\s+(\w+(?:\s+\w+)?){_Q}", _I)
_HABIT_RE = re.compile(
    rf"^\s*(my\s+.{{1,40}}?)\s+(?:won't\s+stop|will\s+not\s+stop|keeps)\s+(\w+ing)\s*[,.!;:]*\s*"
    rf"(?:help|please\s+help|what\s+(?:do|should|can)\s+I\s+do|how\s+do\s+I\s+stop\s+(?:it|this)){_Q}",
    _I,
)
_FOOD_RES = (
    re.compile(
        rf"^\s*(?:when|at\s+what\s+age)\s+can\s+{_BABIES}\s+(?:have|eat|drink)\s+{_X}{_Q}", _I
    ),
    re.compile(
        rf"^\s*(?:when|at\s+what\s+age)\s+(?:is\s+it\s+safe\s+to|can\s+I)\s+give\s+{_BABIES}\s+{_X}{_Q}",
        _I,
    ),
    re.compile(
        rf"^\s*(?:when|at\s+what\s+age)\s+is\s+it\s+safe\s+for\s+{_BABIES}\s+to\s+(?:have|eat|drink)"
        rf"\s+{_X}{_Q}",
        _I,
    ),
)
_MISSED_RES = (
    re.compile(
        rf"^\s*what\s+happens\s+if\s+I\s+(?:miss|skip)\s+(?:a|my|the)\s+{_X}\s+payment{_Q}", _I
    ),
    re.compile(
        rf"^\s*what\s+happens\s+if\s+I\s+(?:don't|do\s+not)\s+pay\s+(?:a|my|the)\s+{_X}\s+on\s+time{_Q}",
        _I,
    ),
)
_HOT_RE = re.compile(rf"^\s*how\s+hot\s+is\s+(the\s+surface\s+of\s+)?{_X}{_Q}", _I)
_CAUSE_RES = (
    re.compile(rf"^\s*why\s+(?:do|does)\s+(?:an?\s+)?{_X}\s+(?:happen|occur){_Q}", _I),
    re.compile(rf"^\s*what\s+causes\s+(?:an?\s+)?{_X}\s+to\s+(\w+){_Q}", _I),
    re.compile(rf"^\s*why\s+(?:do|does)\s+an?\s+{_X}\s+(\w+){_Q}", _I),
    re.compile(rf"^\s*what\s+causes\s+(?:an?\s+)?{_X}{_Q}", _I),
)
_CALLED_RE = re.compile(r"\b(?:known|referred\s+to)\s+as\b", _I)
_WHEN_WILL_RE = re.compile(rf"^\s*when\s+will\s+{_X}\s+(?:happen|occur|take\s+place){_Q}", _I)
_THERE_ON_RE = re.compile(rf"^\s*is\s+there\s+(an?|any)\s+(\w+)\s+on\s+{_X}{_Q}", _I)
_COMPOSITION_RES = (
    re.compile(rf"^\s*what\s+is\s+the\s+composition\s+of\s+{_X}{_Q}", _I),
    re.compile(rf"^\s*what\s+(?:is|are)\s+{_X}\s+made\s+(?:of|up\s+of){_Q}", _I),
)
_FORMED_RE = re.compile(rf"^\s*how\s+(is|are)\s+{_X}\s+formed{_Q}", _I)
_AGE = r"(?:a|an|my)\s+(\d+(?:\.\d+)?[\s-]+(?:day|week|month|year)s?[\s-]+old)"
_AGE_SAFE_RES = (
    re.compile(rf"^\s*can\s+I\s+give\s+{_X}\s+to\s+{_AGE}{_Q}", _I),
    re.compile(
        rf"^\s*is\s+{_X}\s+safe\s+(?:for|to\s+give\s+(?:to\s+)?)\s*{_AGE}"
        rf"(?:\s+(?:baby|infant|child|kid|toddler))?{_Q}",
        _I,
    ),
)
_CHOICE_RES = (
    re.compile(
        rf"^\s*should\s+I\s+(?:choose|pick|go\s+with)\s+{_X}\s+(?:on|for|with)\s+{_X}{_Q}", _I
    ),
    re.compile(rf"^\s*is\s+{_X}\s+a\s+good\s+(?:choice|option)\s+(?:on|for|with)\s+{_X}{_Q}", _I),
)
_AUTO_RE = re.compile(r"\bauto\s+(insurance|policy|policies)\b", _I)
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", _I)


def _head_stem(thing: str) -> str:
    """``thing`` with its last word stemmed: one word for "a volcano" and "volcanoes" (the
    causes of one and of all are one ask)."""
    head, _, last = thing.strip().rpartition(" ")
    if not (last.isalpha() and last.islower()):
        return thing.strip()  # a name or a short form ("AIDS") is kept as said
    return f"{head} {stem(last)}".strip()


def _place_key(place: str) -> str:
    return _ARTICLE_RE.sub("", place.strip()).lower()


def canonical_common_ask(text: str) -> str:
    """``text`` in the one wording of a frame above, or itself."""
    if len(text) > 160:
        return text
    low = text.lower()
    if "known as" in low or "referred to as" in low:
        text = _CALLED_RE.sub("called", text)
    if "auto " in low:
        text = _AUTO_RE.sub(r"car \1", text)
    if "bab" in low or "infant" in low:
        if m := first_match(_MILESTONE_RES, text):
            return f"At what age do babies start to {m.group(1).strip().lower()}?"
    if "many" in low or "number of" in low:
        if m := first_match(_COUNT_OF_RES, text):
            return f"How many {m.group(1).lower()} does {m.group(2).strip()} have?"
        if m := first_match(_COUNT_IN_RES, text):
            return f"How many {m.group(1).lower()} are in {m.group(2).strip()}?"
    if "covered" in low:
        m = _COVERED_WHAT_RE.match(text)
        if m and _INSURED.search(m.group(1)):
            return f"What does {m.group(1)} cover?"
        m = _COVERED_IS_RE.match(text)
        if m and _INSURED.search(m.group(2)):
            return f"Does {m.group(2)} cover {m.group(1)}?"
    if "meant" in low:
        m = _MEANT_RE.match(text)
        if m:
            return f"What does {m.group(1)} mean?"
    if "sleep" in low:
        m = _SLEEP_RE.match(text)
        if m:
            return f"How much sleep does {m.group(1)} need?"
    if "far" in low or "distance" in low:
        m = _DISTANCE_RE.match(text)
        if m:
            one = next(g for g in m.groups()[:3] if g is not None)
            places = sorted((one.strip(), m.group(4).strip()), key=_place_key)
            return f"How far is {places[0]} from {places[1]}?"
    if "stop" in low or "keep" in low:
        if m := first_match(_STOP_RES, text):
            return f"How do I stop {m.group(1)} from {m.group(2)}?"
    if "help" in low or "what" in low or "how" in low:
        m = _HABIT_RE.match(text)
        if m:
            return f"How do I stop {m.group(1).lower()} from {m.group(2)}?"
    if "give" in low or "have" in low or "eat" in low or "drink" in low:
        if m := first_match(_FOOD_RES, text):
            return f"At what age can babies have {m.group(1)}?"
    if "payment" in low or "on time" in low:
        if m := first_match(_MISSED_RES, text):
            return f"What happens if I miss a {m.group(1)} payment?"
    if "hot" in low:
        m = _HOT_RE.match(text)
        if m and not m.group(2).lower().startswith("it "):
            return f"What is the {'surface ' if m.group(1) else ''}temperature of {m.group(2)}?"
    if "why" in low or "causes" in low:
        m = _CAUSE_RES[1].match(text) or _CAUSE_RES[2].match(text)
        if m:
            return f"Why do {_head_stem(m.group(1))} {m.group(2)}?"
        m = _CAUSE_RES[0].match(text) or _CAUSE_RES[3].match(text)
        if m:
            return f"What causes {_head_stem(m.group(1))}?"
    if "when will" in low:
        m = _WHEN_WILL_RE.match(text)
        if m:
            return f"When is {m.group(1)}?"
    if "is there" in low:
        m = _THERE_ON_RE.match(text)
        if m:
            return f"Does {m.group(3)} have {m.group(1)} {m.group(2)}?"
    if "composition" in low or "made" in low:
        if m := first_match(_COMPOSITION_RES, text):
            return f"What is {m.group(1)} made of?"
    if "formed" in low:
        m = _FORMED_RE.match(text)
        if m:
            return f"How {'does' if m.group(1).lower() == 'is' else 'do'} {m.group(2)} form?"
    if "safe" in low or "give" in low:
        if m := first_match(_AGE_SAFE_RES, text):
            return f"Is {m.group(1)} safe for a {m.group(2).lower()}?"
    if "should i" in low or "good choice" in low or "good option" in low:
        if m := first_match(_CHOICE_RES, text):
            return f"Should I choose {m.group(1)} for {m.group(2)}?"
    if "refusing" in low:
        m = _REFUSING_RE.match(text)
        if m:
            return f"Why won't {m.group(1)} {m.group(2)}?"
    return text
