"""Which came first: an event said to have happened before another ("already cracked when I
bought the policy") against one said to have happened after it ("cracked after I bought the
policy")."""

from __future__ import annotations

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
