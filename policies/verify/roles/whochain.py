"""Role pass 49 (blind rounds 143-145): "Who did X V1 to V2 ...?" / "Who V1-ed to V2 X ...?".

``who_chain_traded``: the wh-word the object of a chain of verbs ("forget to thank") on one side,
with X its subject, and the subject of the same chain on the other, with X its object ("Who did
the maid of honor forget to thank at the shower?" / "Who forgot to thank the maid of honor at the
shower?"); "Who should X remember to call" / "Who should remember to call X" too. The words after
the chain must be the same on both sides.
"""

from __future__ import annotations

from policies.verify.roles.recast import MUTUAL, PUNCT, owned_tokens
from policies.verify.text import Parsed

_WHO = frozenset(("who", "whom"))
_DO = frozenset(("did", "does", "do"))
_MODAL = frozenset(("will", "would", "should", "can", "could", "might", "must", "shall"))
_MAX_SUBJECT = 6
# done with each other: "Who did Tom marry?" / "Who married Tom?" ask the same
_WITH_EACH_OTHER = MUTUAL | frozenset(
    "marry marries married marrying wed weds wedded divorce divorces divorced meet resemble "
    "resembles resembled match matches matched".split()
)


def _chains(x: tuple[str, ...], k: int) -> list[int]:
    """Lengths of a verb chain "V to V" at x[k] (one verb is ``directed``'s, by its table)."""
    if k + 2 < len(x) and x[k + 1] == "to" and x[k + 2] not in PUNCT and x[k] not in PUNCT:
        return [3]
    return []


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    for w in range(len(x) - 3):
        if x[w] not in _WHO or x[:w] != y[:w] or len(y) <= w + 2 or y[w] != x[w]:
            continue
        aux = x[w + 1]
        if aux not in _DO and aux not in _MODAL:
            continue
        for k in range(w + 3, min(len(x), w + 3 + _MAX_SUBJECT)):
            subject = x[w + 2 : k]
            if PUNCT.intersection(subject):
                break
            for n in _chains(x, k):
                chain, rest = x[k : k + n], x[k + n :]
                if chain[-1] in _WITH_EACH_OTHER:
                    continue
                if aux in _MODAL:
                    if y[w + 1] != aux:
                        continue
                    said = y[w + 2 :]
                    if said[:n] != chain:
                        continue
                elif y[w + 1] in _DO or y[w + 1][:1] != chain[0][:1]:
                    continue
                else:
                    said = y[w + 1 :]
                    if said[1:n] != chain[1:]:
                        continue
                if said[n : n + len(subject)] == subject and said[n + len(subject) :] == rest:
                    return True
    return False


def who_chain_traded(a: Parsed, b: Parsed) -> bool:
    """ "Who did X forget to thank?" / "Who forgot to thank X?": the wh-word and X traded."""
    if _WHO.isdisjoint(a.words) or _WHO.isdisjoint(b.words):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > 1:
        return False
    return _traded(ta, tb) or _traded(tb, ta)
