"""Role pass 32 (round 104): the doer and the owner of the thing acted on traded, the owner
said by "of" on one side: "The campers next to us took our rental canoe" / "We took the rental
canoe of the campers next to us", "My landlord used my parking spot" / "I used the parking spot
of my landlord". Each side read as "PRE X V POSS N REST" against "PRE P V the N of X REST", P
the person POSS stands for ("we" / "our", "I" / "my"), X a noun phrase of up to six words, N up
to three; every other word in place. "X took our canoe" / "X took the canoe of ours" keeps X the
doer and is not read."""

from __future__ import annotations

from policies.verify.roles.voiced import _verbs_same
from policies.verify.text import Parsed

_PERSON = {"our": ("we",), "my": ("i",), "his": ("he",), "her": ("she",), "their": ("they",)}
_X_LEAD = frozenset("the my our his her their a an this that these those".split())
_X_MAX = 6
_N_MAX = 3


def of_owner_traded(a: Parsed, b: Parsed) -> bool:
    if ("of" in a.words) == ("of" in b.words):
        return False
    return _traded(a.words, b.words) if "of" in b.words else _traded(b.words, a.words)


def _traded(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """``wa`` "PRE X V POSS N REST", ``wb`` "PRE P V the N of X REST"."""
    for o in range(3, len(wb) - 1):
        if wb[o] != "of":
            continue
        for n in range(1, _N_MAX + 1):
            t = o - n - 1  # the "the" before N
            if t < 2 or wb[t] != "the":
                continue
            part = wb[t - 1 : t] if wb[t - 1] in _PARTICLES else ()
            v = t - 1 - len(part)
            p = v - 1
            if p < 0:
                continue
            pre, noun, person, verb = wb[:p], wb[t + 1 : o], wb[p], wb[v]
            for size in range(1, _X_MAX + 1):
                x = wb[o + 1 : o + 1 + size]
                if len(x) < size or x[0] not in _X_LEAD:
                    continue
                rest = wb[o + 1 + size :]
                k = len(pre) + size  # the verb's place in wa
                g = k + 1 + len(part)  # the owner's
                if len(wa) != g + 1 + n + len(rest) or wa[: len(pre)] != pre:
                    continue
                if wa[len(pre) : k] != x or wa[k + 1 : g] != part or wa[g + 1 : g + 1 + n] != noun:
                    continue
                if wa[g + 1 + n :] != rest or person not in _PERSON.get(wa[g], ()):
                    continue
                if wa[k] == verb or _verbs_same(wa[k], verb) or _verbs_same(verb, wa[k]):
                    return True
    return False


_PARTICLES = frozenset("down up off out over away back in".split())
