"""Which came first: an event said to have happened before another ("already cracked when I
bought the policy") against one said to have happened after it ("cracked after I bought the
policy")."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.text import Parsed

_AFTER = frozenset("after afterwards afterward later".split())
# "when" / "by the time" / "at the time" opening the clause an "already" is measured against
_WHEN = frozenset(("when", "whenever"))
_TIME_OPENERS = frozenset(("by", "at"))
_REACH = 8  # words at most from "already" to the "when" of its clause


def order_mismatch(a: Parsed, b: Parsed) -> bool:
    """One side says a state already held when something else happened ("a windshield that
    was already cracked when I bought the policy", "a condition I already had by the time I
    enrolled"), the other that it came after it ("... that cracked after I bought the
    policy"): which came first is what the answer turns on. The rule time words read
    (`rules.time_mismatch`) see only "after" on one side, and "after" alone is weak.

    Limits: only "already" followed within the same sentence and at most eight words by
    "when" / "whenever" / "by the time" / "at the time" reads as "before"; only an explicit
    "after" / "afterwards" / "later" on the other side (which does not also say it) reads
    as "after". "already ... when" against "before" or against a bare "when" is the same
    order and passes; "since" (also "because") and "once" are not read."""
    return (_already_when(a) and _says_after(b) and not _says_after(a)) or (
        _already_when(b) and _says_after(a) and not _says_after(b)
    )


def _says_after(p: Parsed) -> bool:
    return not _AFTER.isdisjoint(p.words)


def _already_when(p: Parsed) -> bool:
    words, sent = p.words, p.sentences
    if "already" not in words:
        return False
    for i, w in enumerate(words):
        if w != "already":
            continue
        for k in range(i + 1, min(len(words), i + 1 + _REACH)):
            if sent and sent[k] != sent[i]:
                break
            x = words[k]
            if x in _WHEN or (x in _TIME_OPENERS and words[k + 1 : k + 3] == ("the", "time")):
                return True
            if x in lx.CLAUSE_WORDS:
                break
    return False


# "X. Then Y." / "X, then Y" / "X and then Y" / "First X, then Y": steps said in order
_THEN = re.compile(r"\b(?:then|after\s+that)\b", re.IGNORECASE)
_STEP_SPLIT = re.compile(
    r"(?:[.;!?]+\s+|,\s*|\s+)(?=(?:and\s+)?(?:then|after\s+that)\b)", re.IGNORECASE
)
_STEP_LEADS = frozenset("first firstly and please now then finally also".split())
_MAX_STEPS = 6


def steps_swapped(cached: str, incoming: str) -> bool:
    """Two or more steps told in order with "then" ("Translate this to French. Then
    summarize it." / "Summarize it. Then translate this to French.", "Peel the potatoes,
    then boil them" / "Boil the potatoes, then peel them"): the same steps, each read by
    the verb it opens with, in another order on the other side. What is done to what
    changes with the order (a summary translated, or a translation summarised).

    Limits: only "then" / "after that" on both sides mark the steps, and each step is
    known by its first word (after "first", "and", "please"); the steps' verbs all differ
    and are the same on both sides. Steps said with "before" or "after X-ing", or in a
    numbered list, are not read; "X and then Y" / "X, then Y" in the same order pass."""
    if not (_THEN.search(cached) and _THEN.search(incoming)):
        return False
    sa, sb = _step_verbs(cached), _step_verbs(incoming)
    return (
        1 < len(sa) <= _MAX_STEPS
        and len(set(sa)) == len(sa)
        and sorted(sa) == sorted(sb)
        and sa != sb
    )


def _step_verbs(text: str) -> list[str]:
    verbs = []
    for step in _STEP_SPLIT.split(text.strip()):
        words = re.findall(r"[a-z']+", step.lower())
        while words and (words[0] in _STEP_LEADS or words[:2] == ["after", "that"]):
            words = words[2:] if words[0] == "after" else words[1:]
        if words:
            verbs.append(words[0])
    return verbs
