"""The condition of a negated act reversed: "My deadbolt won't lock when the door is closed
but works when it's open" / "My deadbolt won't lock even when the door is open". Both sides
say "closed" or "open" somewhere, so no word is added or lost; the failure happens with the
door closed on one side (an alignment fault) and with it open on the other (the mechanism)."""

from __future__ import annotations

from policies.verify import lexicon as lx

# Words that open the condition of the act before them
_CONDITIONS = frozenset("when whenever if while once".split())
# Words that end a condition ("when the door is closed but works ...")
_ENDS = lx.CLAUSE_WORDS | frozenset("then yet even".split())
_AFTER_NEGATION = 4  # "will not lock even when": the condition this many words on, at most
_REACH = 8  # a condition's words, at most
# States a condition may name, besides the lexicon's antonyms
_STATES = tuple(
    tuple(pair.split("/"))
    for pair in """
    open/closed open/shut opened/closed on/off plugged/unplugged charging/unplugged
    locked/unlocked connected/disconnected full/empty loaded/empty moving/stopped
    moving/parked running/idle cold/warm cold/hot wet/dry raining/dry
    """.split()
)
_OPPOSITES: dict[str, frozenset[str]] = {}
for _x, _y in (*lx.ANTONYMS, *_STATES):
    _OPPOSITES[_x] = _OPPOSITES.get(_x, frozenset()) | {_y}
    _OPPOSITES[_y] = _OPPOSITES.get(_y, frozenset()) | {_x}


def _negated_condition(words: tuple[str, ...]) -> frozenset[str] | None:
    """The words of the condition that follows the first negated act ("will not lock when
    the door is closed" -> the door is closed); None without one."""
    for n, w in enumerate(words):
        if w not in lx.NEGATIONS:
            continue
        for k in range(n + 1, min(len(words), n + 1 + _AFTER_NEGATION)):
            if words[k] in _CONDITIONS:
                clause: list[str] = []
                for x in words[k + 1 : k + 1 + _REACH]:
                    if x in _ENDS or x in _CONDITIONS:
                        break
                    clause.append(x)
                return frozenset(clause)
        return None
    return None


def condition_reversed(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The condition right after the first negated act names a state on one side and its
    opposite on the other ("won't lock when the door is closed" / "won't lock even when the
    door is open", "won't start when it's cold" / "won't start even when it's warm"), even
    where the other state is said elsewhere ("... but works when it's open").

    Limits: the condition must open with "when", "whenever", "if", "while" or "once" within
    four words after the negation, and runs to the next clause word ("but", "and", ...) or
    eight words; the states are the lexicon's antonyms and a few of a thing's state
    (open / closed, on / off, plugged / unplugged, cold / warm, ...). A side with no
    negation, or with no condition after it, is not read."""
    if lx.NEGATIONS.isdisjoint(a) or lx.NEGATIONS.isdisjoint(b):
        return False
    ca, cb = _negated_condition(a), _negated_condition(b)
    if not ca or not cb:
        return False
    only_a, only_b = ca - cb, cb - ca
    return any(not _OPPOSITES.get(w, frozenset()).isdisjoint(only_b) for w in only_a)
