"""Near-misses that keep the ask and change who asks or which span of time is asked (pure).

- The asker's stated role changed ("As the property owner, can I tow a tenant's car?" / "As
  a tenant, can I tow another tenant's car?", "As a parent" / "As a teacher", "I'm the
  landlord" / "I'm the tenant"): the answer depends on who asks, and a role named on both
  sides (a tenant's car, as a tenant) leaves the word rules nothing added or dropped.
- The span of time asked about changed ("What's the best time of day to pick
  strawberries?" / "What's the best time of year to pick strawberries?", "what day" /
  "what month", "day of the week" / "month of the year"): a rewrite ("the best time of
  year to pick X" -> "When should I pick X?") hides the span from the word rules.
- A thing about to happen against the thing done ("What should I do if my dog escaped the
  dog park?" / "... if my dog is about to escape the dog park?"): the same verb in another
  form, and "about to" reads as two small words added. "will", "'ll", "going to" do the
  same ("if I finished the translation late" / "if I will finish the translation late").

All are read on the texts as typed.
"""

from __future__ import annotations

import re

from policies.verify.lexicon import PARTICIPLES
from policies.verify.words import canonical

_I = re.IGNORECASE

# "As a landlord, ...", "I'm the tenant", "I am a nurse": the role ends at a comma, a
# stop, a dash between spaces (not "a first-time buyer"), or a word that starts another
# phrase ("I'm the secretary of my condo board", "I'm a frequent flyer with Emirates")
_ROLE = re.compile(
    r"(?:^\s*as|\bi'?m|\bi\s+am)\s+(?:a|an|the)\s+([a-z][a-z' -]{0,40}?)"
    r"(?=\s*[,.;:?!\u2014]|\s+-\s|\s+(?:of|in|at|for|with|from|on|and|but|who|that|so|how|what"
    r"|when|where|why|which|can|could|should|do|does|is|am|are|may|might|must|would"
    r"|will|i|my|me|to|since|because|if)\b|\s*$)",
    _I,
)


# "a U.S. citizen": the stops of an initialism end no role
_INITIALISM = re.compile(r"\b(?:[a-z]\.){2,}", _I)
_ROLE_WORDS = 3
_NOT_ROLES = frozenset(("one", "only", "same", "other", "first", "last"))
_MAY_STATE = re.compile(r"^\s*as\b|\bi'?m\b|\bi\s+am\b", _I)


def _heads(text: str) -> list[tuple[str, str]]:
    """Each stated role: (its last word made canonical, its words run together)."""
    out = []
    text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)
    for m in _ROLE.finditer(text):
        words = m.group(1).lower().replace("-", " ").split()
        # a role is a short noun phrase: "I'm the one the clerk accused", "I'm a guest
        # hunting someone's land" state no role
        if words and len(words) <= _ROLE_WORDS and words[-1] not in _NOT_ROLES:
            out.append((canonical(words[-1]), "".join(words)))
    return out


def _same_role(x: tuple[str, str], y: tuple[str, str]) -> bool:
    # "a stylist" / "a hairstylist", "a homeowner" / "a home owner"
    return x[0] == y[0] or x[1].endswith(y[1]) or y[1].endswith(x[1])


def role_changed(cached: str, incoming: str) -> bool:
    """Each side states the asker's role ("As a X", "I'm the X") and no role of one side is
    the role of the other (see the module).

    Limits: only "As a / an / the X" opening the prompt and "I'm / I am a / an / the X";
    the role's last word is compared (made canonical), so "a complete beginner" / "a total
    beginner" are one role and "a full-time student" / "a part-time student" are too (left
    to the word rules); a role on one side only is not read."""
    if not (_MAY_STATE.search(cached) and _MAY_STATE.search(incoming)):
        return False
    ha, hb = _heads(cached), _heads(incoming)
    if not ha or not hb:
        return False
    return not any(_same_role(x, y) for x in ha for y in hb)


# The span of time asked about: a time of day, a day of the week, a part of the month, a
# part of the year, a year, a date
_SPANS = (
    (re.compile(r"\b(?:what|which)\s+day\s+of\s+(?:the\s+)?month\b", _I), "monthday"),
    (re.compile(r"\b(?:what|which)\s+day\s+of\s+(?:the\s+)?year\b", _I), "date"),
    (re.compile(r"\bday\s+of\s+(?:the\s+)?week\b|\bweekday\b", _I), "weekday"),
    (re.compile(r"\b(?:week|time)\s+of\s+(?:the\s+)?month\b", _I), "monthpart"),
    (re.compile(r"\btime\s+of\s+(?:the\s+)?week\b", _I), "weekday"),
    (re.compile(r"\btime\s+of\s+(?:the\s+)?day\b|\bhour\s+of\s+(?:the\s+)?day\b", _I), "hour"),
    (
        re.compile(
            r"\btime\s+of\s+(?:the\s+)?year\b|\b(?:month|season|week)\s+of\s+(?:the\s+)?year\b",
            _I,
        ),
        "yearpart",
    ),
    (
        re.compile(
            r"\b(?:what|which|best|worst|busiest|cheapest|quietest|slowest)\s+"
            r"(month|season|hour|year|date|day)\b(?!\s+of\b)",
            _I,
        ),
        "",
    ),
)
_WORD_SPAN = {"month": "yearpart", "season": "yearpart", "hour": "hour", "year": "year"}
_WORD_SPAN |= {"date": "date", "day": "day"}
# "what day" is the day of the week or the date
_DAY = frozenset(("weekday", "date", "monthday", "day"))
_SPAN_WORDS = ("day", "week", "month", "year", "season", "hour", "date")


def _spans(text: str) -> set[str]:
    out: set[str] = set()
    for pattern, kind in _SPANS:
        for m in pattern.finditer(text):
            out.add(kind or _WORD_SPAN[m.group(1).lower()])
    return out


def _fits(x: str, ys: set[str]) -> bool:
    return x in ys or (x in _DAY and not _DAY.isdisjoint(ys) and "day" in (x, *ys))


def span_changed(cached: str, incoming: str) -> bool:
    """Each side asks about a span of time and a span of one side is none of the other's
    (see the module).

    Limits: closed phrases only ("time of day", "day of the week", "what month", "best
    season" ...); "what day" fits a day of the week or a date; a span on one side only
    ("When should I pick X?" / "What time of day ...") is not read."""
    la, lb = cached.lower(), incoming.lower()
    if not (any(w in la for w in _SPAN_WORDS) and any(w in lb for w in _SPAN_WORDS)):
        return False
    sa, sb = _spans(cached), _spans(incoming)
    if not sa or not sb:
        return False
    return not all(_fits(x, sb) for x in sa) or not all(_fits(y, sa) for y in sb)


_ABOUT_TO = re.compile(r"\babout\s+to\s+([a-z]+)", _I)
_WORD = re.compile(r"[a-z]+")


def imminent_against_done(cached: str, incoming: str) -> bool:
    """One side says a thing is "about to" happen, the other says the same verb in another
    form with no "about to" ("escaped" / "is about to escape", see the module).

    Limits: "about to" only ("going to" also names a place); the verb is matched by its
    stem, so irregular pasts ("fell" / "about to fall") are not read."""
    la, lb = cached.lower(), incoming.lower()
    if ("about to" in la) == ("about to" in lb):
        return False
    near, done = (la, lb) if "about to" in la else (lb, la)
    words = _WORD.findall(done)
    for m in _ABOUT_TO.finditer(near):
        verb = m.group(1)
        stem = canonical(verb)
        if any(w != verb and canonical(w) == stem for w in words):
            return True
    return False


# A thing still to come: "will V", "'ll V", "going to V", "gonna V", a few adverbs between
# ("will probably miss"); "will" after a determiner is the noun ("my will")
_FUTURE = re.compile(
    r"(\bwill|['\u2019]ll|\bgoing\s+to|\bgonna)\s+"
    r"(?:(?:probably|definitely|likely|still|also|just|really|certainly|soon)\s+)?([a-z]+)"
)
_FUTURE_CUES = ("will", "'ll", "\u2019ll", "going to", "gonna")
_WILL_BEFORE = [[w] for w in ("my", "the", "a", "his", "her", "our", "their", "your", "living")]
# Irregular simple pasts (past participles from the lexicon)
_PAST_FORMS = (
    dict(
        pair.split(":")
        for pair in (
            "forgot:forget sent:send lost:lose left:leave paid:pay made:make got:get went:go "
            "came:come took:take gave:give broke:break fell:fall held:hold kept:keep spent:spend "
            "sold:sell bought:buy wrote:write ran:run ate:eat drank:drink drove:drive "
            "told:tell said:say found:find brought:bring caught:catch threw:throw "
            "stole:steal tore:tear froze:freeze woke:wake bit:bite hid:hide chose:choose "
            "forgave:forgive spoke:speak saw:see knew:know won:win began:begin spilt:spill"
        ).split()
    )
    | PARTICIPLES
)
_NOT_VERBS = frozenset(("be", "have", "not", "it", "i", "you", "we", "they", "he", "she", "the"))


def _past_of(word: str, verb: str) -> bool:
    """``word`` is a past form of ``verb`` ("finished" / "finish", "forgot" / "forget")."""
    if word == verb:
        return False
    irregular = _PAST_FORMS.get(word)
    if irregular is not None:
        return irregular == verb
    return word.endswith("ed") and canonical(word) == canonical(verb)


def _futures(text: str) -> set[str]:
    """The verbs said still to come in ``text`` (lower case)."""
    if not any(c in text for c in _FUTURE_CUES):
        return set()
    out = set()
    for m in _FUTURE.finditer(text):
        if m.group(1) == "will" and text[: m.start()].rsplit(None, 1)[-1:] in _WILL_BEFORE:
            continue
        out.add(m.group(2))
    return out - _NOT_VERBS


def future_against_done(cached: str, incoming: str) -> bool:
    """One side says a thing will happen ("will V", "'ll V", "going to V"), the other says
    the same verb in the past with no such cue for it ("What should I do if I finished the
    translation late?" / "... if I will finish the translation late?", "I sent" / "I'll
    send", "if I forgot" / "if I will forget"): the answer is a repair after the fact
    against a warning ahead.

    Limits: the verb right after the cue (a few adverbs between); "will be V-ed" is not
    read; the past is a verb's "-ed" form or one of a small table of irregular forms."""
    la, lb = cached.lower(), incoming.lower()
    fa, fb = _futures(la), _futures(lb)
    if fa == fb:
        return False
    for near, done, verbs in ((la, lb, fa - fb), (lb, la, fb - fa)):
        if not verbs:
            continue
        near_words, done_words = _WORD.findall(near), _WORD.findall(done)
        for verb in verbs:
            if any(_past_of(w, verb) for w in done_words) and not any(
                _past_of(w, verb) for w in near_words
            ):
                return True
    return False


# A behaviour, a fear or a reaction, and the preposition that names at whom or what it is
# aimed: "aggressive toward other dogs", "afraid of men", "barks at strangers"
_TOWARD = re.compile(
    r"\b(?:aggressive|aggression|reactive|reactivity|afraid|scared|fearful|frightened|terrified"
    r"|nervous|anxious|shy|timid|skittish|hostile|territorial|protective|possessive|friendly"
    r"|gentle|rough|mean|bark(?:s|ed|ing)?|growl(?:s|ed|ing)?|lung(?:e|es|ed|ing)"
    r"|snap(?:s|ped|ping)?|nip(?:s|ped|ping)?|hiss(?:es|ed|ing)?)"
    r"\s+(?:towards?|to|of|at|with|around)\s+((?:[a-z'-]+\s*){1,4})"
    # "good with kids" ("okay to use", "bad to leave" name no target)
    r"|\b(?:good|great|bad)\s+(?:with|around)\s+((?:[a-z'-]+\s*){1,4})",
    _I,
)
# Words before the target's head ("other", "the", "strange"), skipped
_TARGET_SKIP = frozenset(
    "the a an my our your his her their its other some any all most certain new strange"
    " unfamiliar unknown big small little large young old random".split()
)
# Words that end the target ("at the park", "while we run", "but not", "through the fence")
_TARGET_END = frozenset(
    "in into on at to for from with without through thru during while when whenever if"
    " because but and or so since after before than that who which whose where then even"
    " especially only except unless until though although like near by about".split()
)
# Targets too loose to compare: pronouns standing for a noun said elsewhere ("I'm allergic
# to them"), and words that start a clause
_TARGET_LOOSE = frozenset(
    "it them this that these those him her he she they one ones what how something anything"
    " everything".split()
)
# People in general, said several ways; a child is a kid
_TARGET_SAME = {
    "people": "person",
    "persons": "person",
    "humans": "person",
    "human": "person",
    "folks": "person",
    "kids": "child",
    "kid": "child",
    "children": "child",
    "men": "man",
    "women": "woman",
    "myself": "me",
}


def _targets(text: str) -> set[str]:
    out: set[str] = set()
    for m in _TOWARD.finditer(text):
        words = (m.group(1) or m.group(2)).lower().split()
        k = 0
        while k < len(words) and words[k] in _TARGET_SKIP:
            k += 1
        head = ""
        for w in words[k:]:
            w = w.strip("'-")
            if not w or w in _TARGET_END:
                break
            head = w.removesuffix("'s")
        if head and head not in _TARGET_LOOSE:
            out.add(_TARGET_SAME.get(head, canonical(head)))
    return out


def target_changed(cached: str, incoming: str) -> bool:
    """Each side names at whom or what a behaviour, a fear or a reaction is aimed, and no
    target of one side is a target of the other ("How do I find a sitter for a dog that's
    aggressive toward other dogs?" / "... aggressive toward people?", "afraid of men" /
    "afraid of other dogs"): "other" and "people" carry little weight for the word rules,
    and "dogs" is said on both sides.

    Limits: a closed list of behaviours and prepositions; the target's head is the last
    word before a word that ends the phrase ("the deep end", "bee stings"), compared made
    canonical ("people" / "humans", "kids" / "children" are one); a pronoun target ("I'm
    allergic to them") and a target on one side only are not read."""
    ta, tb = _targets(cached), _targets(incoming)
    return bool(ta) and bool(tb) and ta.isdisjoint(tb)


# "if I (still) hold X" / "if they hold X": the clause's doer is the asker on one side and
# someone else on the other
_IF_CLAUSE = re.compile(
    r"\b(?:if|unless|when|while|since|because)\s+(i|we|he|she|they)\s+"
    r"(?:(?:still|already|also|now|just|only)\s+)?([a-z]+)\s+((?:[a-z']+\s*){1,3})",
    _I,
)
_ASKER = frozenset(("i", "we"))


_CLAUSE_CUES = ("if ", "unless ", "when ", "while ", "since ", "because ")


def _clauses(text: str) -> dict[tuple[str, str], set[bool]]:
    out: dict[tuple[str, str], set[bool]] = {}
    text = text.lower()
    if not any(c in text for c in _CLAUSE_CUES):
        return out
    for m in _IF_CLAUSE.finditer(text):
        key = (canonical(m.group(2)), " ".join(m.group(3).split()))
        out.setdefault(key, set()).add(m.group(1) in _ASKER)
    return out


def clause_doer_changed(cached: str, incoming: str) -> bool:
    """An "if" clause says the same verb and the same words after it, its doer the asker ("I",
    "we") on one side and another ("he", "she", "they") on the other ("Can a client
    trademark a logo I designed if I still hold the copyright?" / "... if they hold the
    copyright?"): one pronoun traded reads as a small change to the word rules.

    Limits: "if / unless / when / while / since / because" and a pronoun doer only; "you"
    (often anyone) is not read; the verb and up to three words after it must match."""
    ca = _clauses(cached)
    if not ca:
        return False
    cb = _clauses(incoming)
    for key, doers in ca.items():
        other = cb.get(key)
        if other is not None and len(doers) == 1 and len(other) == 1 and doers != other:
            return True
    return False
