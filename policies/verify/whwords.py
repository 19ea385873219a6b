"""Wh-word rules: the kind of answer a question's wh-words ask for (a person, a time, a
place, a reason, a manner), read only where the wh-word asks.

A "how" asking a manner and a "where" are one ask when no event is past ("Where can I learn
X" / "How can I learn X"), except (hardening pass 40, blind round 264) when both ask about
the same verb after an auxiliary and a pronoun subject and that verb does not reach for a
thing or a place: "How do you play dominoes on a cruise ship?" asks the rules, "Where can
you play dominoes on a cruise ship?" a place (``_technique_against_place``; "find", "get",
"report", "watch", "store" ... stay one ask, `lexicon.REACH_VERBS`)."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.relatives import relative_who
from policies.verify.text import Parsed


def wh_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both ask for a specific kind of answer and the kinds differ ("who" / "where")."""
    wa, wb = _wh(a.words, a.canon), _wh(b.words, b.canon)
    if (
        ("place" in wa or "place" in wb)
        and _PAST.isdisjoint(a.words + b.words)
        and not _technique_against_place(a.words, b.words)
    ):
        wa, wb = wa - _MANNER, wb - _MANNER  # "Where can I learn X" / "How can I learn X"
    return (
        (bool(wa and wb) and wa != wb)
        or _why_against(a.words, b.words)
        or _time_against(a.words, b.words)
        or _time_against(b.words, a.words)
        or _condition_against(a.words, b.words)
        or _how_long_tense(a.words) * _how_long_tense(b.words) < 0
    )


def _technique_against_place(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """ "How do you play X on a ship?" / "Where can you play X on a ship?": one side opens
    "how" + auxiliary + subject + verb, the other asks "where" the subject can do the same
    verb, and the verb does not reach for a thing or a place (find, get, buy, report,
    watch, store ...: "How do I find X" / "Where can I find X" ask one thing, `lx.REACH_VERBS`).
    For any other verb "how" asks a technique or the rules, "where" a place (the answers
    share nothing). A subject other than a pronoun is left (no verb read)."""
    if "where" not in wa and "where" not in wb:
        return False
    if "where" in wa:
        wa, wb = wb, wa
    if wa[:1] != ("how",) or "where" in wa or "how" in wb or wb.index("where") > 1:
        return False
    va, vb = _verb_after_subject(wa), _verb_after_subject(wb)
    return bool(va) and va == vb and va not in lx.REACH_VERBS


def _verb_after_subject(words: tuple[str, ...]) -> str:
    """The word after the first auxiliary + pronoun subject ("can you play" -> "play")."""
    for k in range(1, len(words) - 2):
        if words[k] in _ASK_AUX and words[k + 1] in _ASK_SUBJECTS:
            return words[k + 2]
    return ""


_ASK_AUX = frozenset("do does can could should would will".split())
_ASK_SUBJECTS = frozenset("i you we they one people he she".split())


def _how_long_tense(words: tuple[str, ...]) -> int:
    """+1 for an opening "How long (much time) do (does) X", -1 for "... did X", else 0: a
    time allowed now is not the one allowed then ("How long do I have to claim lottery
    winnings?" / "How long did I have to ...", red team 5 once the verb is no deadline)."""
    k = 2 if words[:2] in _HOW_LONG else 3 if words[:3] == ("how", "much", "time") else 0
    if not k or len(words) <= k:
        return 0
    aux = words[k]
    return 1 if aux in ("do", "does") else -1 if aux == "did" else 0


_HOW_LONG = frozenset((("how", "long"),))


def _condition_against(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """ "Who is responsible when (if) the tenant moves out?" / "... before (until) the tenant
    moves out?": at the first word the two differ, one says "when" / "if" and the other a
    time before the event, not the event itself ("after", "once", "while" are left: "What
    happens when (after) you report someone", "if I live / while living" ask one thing)."""
    for x, y in zip(wa, wb, strict=False):
        if x != y:
            return (x in _CONDITIONS and y in _BEFORE) or (y in _CONDITIONS and x in _BEFORE)
    return False


_CONDITIONS = frozenset(("when", "if"))
_BEFORE = frozenset(("before", "until", "till"))


def _time_against(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """ "When does the lease end?" / "What happens when the lease ends?": a time asked, and
    what follows an event (its "when" a condition, no kind of answer read from it)."""
    return wa[:1] == ("when",) and wb[:2] in _WHAT_HAPPENS


# "Why was X built?" / "Who built X?": an opening "why" asks a reason, an opening who /
# when / where a person, a time, a place ("why" / "how" are left to the other rules)
_WHY_OTHERS = frozenset("who whom when where".split())


def _why_against(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if not (wa and wb):
        return False
    return (
        (wa[0] == "why" and wb[0] in _WHY_OTHERS)
        or (wb[0] == "why" and wa[0] in _WHY_OTHERS)
        or (wa[0] == "why" and "how" not in wa and "why" not in wb and _how_manner(wb, wa))
        or (wb[0] == "why" and "how" not in wb and "why" not in wa and _how_manner(wa, wb))
    )


def _how_manner(words: tuple[str, ...], why: tuple[str, ...]) -> bool:
    """An opening "how" and an auxiliary, a manner asked in the other voice than the "why"
    ("Why did the carrier lose my pallet?" / "How was my pallet lost by the carrier?": red
    team 5); not "How come" nor "How is it that" (a reason); not a side asking both ("how
    and why"). In one voice ("How does a boat float?" / "Why does a boat float?") the two
    are often one ask (QQP labels them duplicates): left to the rest of the checks."""
    return (
        ("by" in words) != ("by" in why)
        and len(words) > 2
        and words[0] == "how"
        and words[1] in _MANNER_AFTER
        and words[1:4] != ("is", "it", "that")
    )


_WHAT_HAPPENS = frozenset((("what", "happens"), ("what", "happened"), ("what", "happen")))
_MANNER = frozenset(("manner",))
_PAST = frozenset("did was were".split())  # a past event: "How did X die" / "Where did X die"

_CLAUSE_SUBJECTS = frozenset("i we you he she they it my our your his her their".split())


def _wh(words: tuple[str, ...], canon: tuple[str, ...] = ()) -> frozenset[str]:
    """The kinds of answer asked for. "when" right after a noun or verb and before a
    subject opens a clause, it asks nothing ("Who pays the closing costs when I am the
    buyer" asks what "As the buyer, who pays the closing costs" asks)."""
    found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES}
    if canon and "who" in words and relative_who(words, canon):
        found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES and w != "who"}
    if canon and "when" in words:
        subordinate = all(_condition(words, canon, k) for k, w in enumerate(words) if w == "when")
        if subordinate:
            found = {lx.WH_CLASSES[w] for w in words if w in lx.WH_CLASSES and w != "when"}
    for k, x in enumerate(words[:-1]):
        if x == "how":
            after = words[k + 1]
            cls = lx.WH_CLASSES.get(f"how {after}")
            if cls:
                found.add(cls)
            elif after in _MANNER_AFTER and (k == 0 or words[k - 1] in _HOW_LEADS):
                found.add("manner")  # "How did X die?" / "When did X die?" ask two things
                if "time" in found and _when_after(words, k):
                    found.discard("time")  # "How do I wake up when tired": a condition
    return frozenset(found)


def _condition(words: tuple[str, ...], canon: tuple[str, ...], k: int) -> bool:
    """The "when" at ``k`` opens a condition: after a noun or verb, before a subject ("Who
    is at fault when I"); before "the / a / an" only after a few heads ("Who is at fault
    when the driver ..." says "if the driver ..."; "Who knows when the shop opens" asks a time)."""
    if not 0 < k < len(words) - 1 or not canon[k - 1]:
        return False
    after = words[k + 1]
    if after in _CLAUSE_SUBJECTS:
        return True
    return after in lx.ARTICLES and canon[k - 1] in _CONDITION_HEADS


# "when the ..." after these (canonical forms) opens a condition: "Who is at fault / liable /
# responsible when the X", "Who pays when a X", "What happens when the X"
_CONDITION_HEADS = frozenset(("fault", "liabl", "responsibl", "pay", "happen"))


def _when_after(words: tuple[str, ...], how: int) -> bool:
    """Every "when" comes after ``how``'s clause, not joined to it ("how and when")."""
    return all(
        k > how + 2 and words[k - 1] not in _JOINS for k, w in enumerate(words) if w == "when"
    )


_JOINS = frozenset(("and", "or", ","))


# "how" asking a manner or cause: an auxiliary after it ("How did X die", "How is X
# treated", "how to X"), at the start of the prompt or after a request ("tell me how")
_MANNER_AFTER = frozenset("do does did is are was were can could should would will to".split())
_HOW_LEADS = frozenset("me us and so but explain know".split())
