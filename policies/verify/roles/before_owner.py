"""The doer and the one compared across "before / after" traded between a person and the
person's relative (role pass 224, blind rounds 396-401).

``before_owner_traded`` (a trade, in ``_LATER_TRADES``): one side says "P X's N.. M.. C X T"
(X a name of one to three words, its last the owner with "'s"; N.. one or two open words, the
owned noun, the relative; M.. the rest of the main clause; C "before / after"; X again, word
for word, the one compared; T the rest), read again as "P X M.. C POSS N.. T" (POSS a third
person owner, "his / her / their / its", said on the other side): the relative made the one
compared and the person the doer. The other side is that reading word for word by stem (an
auxiliary for an auxiliary): who did it first is asked of the relative on one side and of the
person on the other ("How many gurning titles did Tommy's father win before Tommy?" / "How many
gurning titles did Tommy win before his father?", "Did Sam's mother retire before Sam?" / "Did
Sam retire before his mother?"). The same roles said two ways ("before Tommy did", "Tommy's dad"
for "Tommy's father" is another word and not read), politeness and filler are left (the reading
must be the other side's).
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, alike, open_word, tokens, word_for_word
from policies.verify.text import Parsed

_NAME_MAX = 3  # "Tommy Lee Jones's father"
_N_MAX = 2  # "older sister"
_ORDER = frozenset(("before", "after"))
_POSS = frozenset(("his", "her", "their", "its"))
_Words = tuple[str, ...]


def _readings(t: _Words, poss: str) -> list[_Words]:
    out: list[_Words] = []
    n = len(t)
    for i, w in enumerate(t):
        if not w.endswith("'s") or not open_word(w[:-2]):
            continue
        for k in range(1, _NAME_MAX + 1):
            if k > i + 1 or not all(open_word(x) for x in t[i - k + 1 : i]):
                break
            name = (*t[i - k + 1 : i], w[:-2])
            for m in range(1, _N_MAX + 1):
                if i + m >= n or not open_word(t[i + m]):
                    break
                for c in range(i + m + 1, n):
                    if t[c] not in _ORDER or t[c + 1 : c + 1 + k] != name:
                        continue
                    out.append(
                        (
                            *t[: i - k + 1],
                            *name,
                            *t[i + m + 1 : c + 1],
                            poss,
                            *t[i + 1 : i + m + 1],
                            *t[c + 1 + k :],
                        )
                    )
    return out


def _same(x: str, y: str) -> bool:
    return alike(x, y, AUX)


def before_owner_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    for mine, other in ((ta, tb), (tb, ta)):
        if not _ORDER.intersection(mine) or not _ORDER.intersection(other):
            continue
        for poss in _POSS.intersection(other):
            if any(word_for_word(r, other, _same) for r in _readings(mine, poss)):
                return True
    return False
