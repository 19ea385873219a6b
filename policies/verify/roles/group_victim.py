"""Role pass 211 (blind rounds 369-374): who was acted on traded between the asker and the asker's
group, the group kept on the other side as a place phrase on the doer ("A pickpocket stole from
my audience while I was busking" / "A pickpocket in my audience stole from me while I was
busking").

``group_victim_traded`` (a trade, in ``_LATER_TRADES``): one side read as "S L my / our N.. V..
me / us R" (S the words before, ending in a noun phrase's head, not a closed word; L a closed
preposition of place or membership, "in / among / from / on / within"; N.. one to three open
words; V.. one to eight words with no mark and no pronoun, a verb first and its preposition,
"stole from", "shouted at", "threw a bottle at"; R the rest), and rebuilt as "S V.. my / our
N.. R": the place phrase taken off the doer and the group put where the asker was acted on. The
other side is that rebuilt text, word for word by stem: there the group is acted on, here the
asker, by a doer from the group. The same roles said two ways ("robbed people in my audience",
"among my audience robbed me"), politeness and filler are left (the rebuilt text must be the
other side's, so another verb or another word is left).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    MARKS,
    NOT_IN_PHRASE,
    OBJECTIVE,
    OWNER,
    rebuilt_says,
    tokens,
)
from policies.verify.text import Parsed

# closed: prepositions of place or membership that tie a doer to a group ("a thief among my ...")
_PLACE = frozenset("in among amongst from on within".split())
_OWNERS = frozenset(("my", "our"))
_ASKER = frozenset(("me", "us"))
_PRONOUNS = OBJECTIVE | frozenset(OWNER) | frozenset("i we you he she they it mine ours".split())
_N_MAX = 3  # "my youth team players"
_V_MAX = 8  # "threw a bottle of water at"


def _rebuilt(t: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for i in range(1, len(t) - 2):
        if t[i] not in _PLACE or t[i + 1] not in _OWNERS:
            continue
        head = t[i - 1]
        if not head.isalpha() or head in NOT_IN_PHRASE or head in _PRONOUNS:
            continue
        for k in range(1, _N_MAX + 1):
            start = i + 2 + k  # V.. opens here
            if start >= len(t):
                break
            n = t[i + 2 : start]
            if any(not w.isalpha() or w in NOT_IN_PHRASE or w in _PRONOUNS for w in n):
                break
            if t[start] in NOT_IN_PHRASE or not t[start].isalpha():
                continue
            for j in range(start + 1, min(len(t), start + 1 + _V_MAX)):
                if t[j] in _ASKER:
                    out.append(t[:i] + t[start:j] + (t[i + 1],) + n + t[j + 1 :])
                    break
                if t[j] in MARKS or t[j] in _PRONOUNS:
                    break
    return out


def group_victim_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    for mine, other in ((ta, tb), (tb, ta)):
        if not _ASKER.intersection(mine):
            continue
        if rebuilt_says(mine, other, _rebuilt):
            return True
    return False
