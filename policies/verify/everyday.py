"""Recall step 16: everyday words for one thing, each read only in the frame that says which
sense it has ("harder chores" / "tougher chores", "split the bill" / "divide the bill", "set
up a bank account" / "open a bank account").

Only pairs said for one another in any question: never a kind of the other ("bag" /
"suitcase"), a stronger or weaker degree ("hard" / "impossible"), another act ("remove" /
"replace") or another party. Applied by `normalise` before tokenising; each rewrite writes
the wording the other side's word already has, so the sets of words meet.

Left out: "ask for" / "request" (the rewrite moves the words `roles` reads: "asked me for a
loan" / "I asked X for a loan"; and "ask X about" / "request X" would meet), "keep X from
V-ing" / "stop X from V-ing" ("keep the money from selling it" retains it), "is it fine to" /
"is it okay to" ("okay" is a stopword: "fine" / "risky" would read as a word added), "a fair
price" / "a reasonable price" (one side only is read where the other says "is fair to charge",
and "the county fair cost")."""

from __future__ import annotations

import re

from policies.verify.senses import names_person

_I = re.IGNORECASE

# "tough" is "hard" (difficult) only before a task or a choice ("tougher chores", "a tough
# decision") or "to V" ("tough to learn"); not "tough meat" (chewy), "a tough case" (phone
# case, rigid), "tough love", "a tough guy"
_TOUGH_RE = re.compile(
    r"\btough(er|est)?\b(?=\s+(?:to\s+[a-z]|(?:[a-z]+\s+)?(?:chores?|tasks?|jobs?|questions?"
    r"|decisions?|choices?|exams?|tests?|problems?|puzzles?|classes|class|courses?"
    r"|subjects?|assignments?|workouts?)\b))",
    _I,
)
# "outside" is "exterior" of a building's walls and doors ("an outside wall" / "an exterior
# wall"), written as "exterior" so that "outside" alone (outdoors: "put a TV outside") meets
# no wall; "inside" / "interior" keep their words
_OUTSIDE_RE = re.compile(r"\boutside(?=\s+(?:walls?|doors?)\b)", _I)
# "set up" a new account is "open" it ("set up a bank account" / "open a bank account"; not
# "set up my account", configured, where "open my account" may be logging in); "set up" a
# club, a library, a group is "start" it ("set up a chess club" / "start a chess club"), the
# group's noun last in its phrase ("set up a team meeting" is scheduled, where "start a team
# meeting" begins it); not "set up my printer" (configured)
_SET_UP_ACCOUNT_RE = re.compile(
    r"\bset(?:s|ting)?\s+up(?=\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}accounts?\b)",
    _I,
)
_SET_UP_GROUP_RE = re.compile(
    r"\bset(?:s|ting)?\s+up(?=\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:club|library|group|team"
    r"|league|nonprofit|charity|neighbou?rhood\s+watch)(?=\s+(?:at|in|for|with|on|to|that"
    r"|which|who|near|from|where)\b|\s*(?:[?.!,;]|$)))",
    _I,
)
# "split" is "divide" when a share is said ("split the chores between siblings" / "divide
# the chores among siblings", "split the bill" / "divide the bill"); not "split up" (parted),
# "split ends", "the splits", "a stock split"; "among" is "between" there
_SPLIT_RE = re.compile(
    r"\bsplit(s|ting)?\s+((?:the|a|an|our|my|their|your|his|her|these|those)\s+)?"
    r"((?!(?:up|ends?|off|open)\b)[a-z]+)\b",
    _I,
)
_SHARE_AFTER_RE = re.compile(r"\s+(?:between|among|amongst|evenly|equally|fairly)\b", _I)
_SHARED = frozenset(
    "bill check tab cost costs rent chores chore tasks expenses profits money tip workload"
    " work bills utilities".split()
)
_DIVIDE_AMONG_RE = re.compile(r"\b(divid(?:e|es|ing))\s+((?:[a-z]+\s+){1,3}?)among(?:st)?\b", _I)
# "Do (will, would, can) X work for Y?" is "Are X effective for Y?" of a thing, never of a
# person ("Does my husband work for Google?"), nor "How does X work" (its working)
_WORK_RE = re.compile(
    r"^(\s*(?:do|does|will|would|can|could)\s+((?:[\w'-]+\s+){1,8}?))work"
    r"(?=\s+(?:for|on|against)\b|\s*\?\s*$)",
    _I,
)
_AUXILIARIES = ("do", "will", "would", "can", "could")
# words that end a thing's noun phrase: "Do rehabbers get paid for their work?" (a noun)
_NOUN_PHRASE_BREAKS = frozenset(
    """get gets got getting have has had be been being do does did go goes to at with the a an
    my your his her our their its this that these those any some more less much""".split()
)
_NOT_THINGS = frozenset(
    "i you we he she they my your his her our their someone people anyone everyone".split()
)
# "a checked bag" is "checked luggage" (the bag is the luggage there, not a shopping bag);
# "nap pods" are "sleeping pods"
_CHECKED_RE = re.compile(r"\bchecked\s+(?:bags?|baggage)\b", _I)
_NAP_POD_RE = re.compile(r"\b(?:nap|sleep)\s+pod(s?)\b", _I)


def _split(m: re.Match[str]) -> str:
    det, noun = m.group(2) or "", m.group(3)
    ahead = [noun.lower(), *m.string[m.end() :].lower().split()[:3]]
    if _SHARED.isdisjoint(w.strip("?.!,;") for w in ahead) and not _SHARE_AFTER_RE.match(
        m.string, m.end()
    ):
        return m.group(0)  # "split the wood" keeps its word: no share said
    verb = {"": "divide", "s": "divides"}.get((m.group(1) or "").lower(), "dividing")
    return f"{verb} {det}{noun}"


def _work(m: re.Match[str]) -> str:
    said = m.group(2).lower().split()
    if (
        said[0] in _NOT_THINGS
        or not _NOUN_PHRASE_BREAKS.isdisjoint(said)
        or names_person(m.group(2).strip())
    ):
        return m.group(0)
    return m.group(1) + "effective"


def everyday(text: str) -> str:
    """``text`` with each everyday word written as its partner in the frame it is read in."""
    lowered = text.lower()
    if "tough" in lowered:
        text = _TOUGH_RE.sub(lambda m: "hard" + (m.group(1) or ""), text)
    if "outside" in lowered:
        text = _OUTSIDE_RE.sub("exterior", text)
    if "set" in lowered and " up " in lowered:
        text = _SET_UP_ACCOUNT_RE.sub("open", text)
        text = _SET_UP_GROUP_RE.sub("start", text)
    if "split" in lowered:
        text = _SPLIT_RE.sub(_split, text)
    if "divid" in text.lower() and "among" in lowered:
        text = _DIVIDE_AMONG_RE.sub(r"\1 \2between", text)
    if "work" in lowered and lowered.lstrip().startswith(_AUXILIARIES):
        text = _WORK_RE.sub(_work, text)
    if "checked" in lowered:
        text = _CHECKED_RE.sub("checked luggage", text)
    if " pod" in lowered:
        text = _NAP_POD_RE.sub(r"sleeping pod\1", text)
    return text
