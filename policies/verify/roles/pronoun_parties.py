"""Role pass 210 (blind rounds 366-368): a question's subject and its (prepositional) object
traded between the asker and a third-person pronoun, "it" too, the verb phrase and its
semi-modal the same ("If another aircraft is converging from my right, do I have to give way to
it?" / "... does it have to give way to me?").

``pronoun_parties_traded`` (a trade, in ``_LATER_TRADES``): each side read as "A S W.. (P) O"
opening a clause (after a mark or at the start) and ending it (at a mark, a subordinator
"if / when / while ..." or the end: a condition moved after the question): A an
auxiliary of ``written.AUX`` ("do / does / must / should / have ..."), S a subject pronoun, W..
one to eight words with no mark and no pronoun (a semi-modal "have to / need to / got to", a
verb, its particle or a phrasal verb's noun, "give way"), P a closed preposition or none and O
an object pronoun. One side's S is the asker ("I / we") and its O a third person ("it / them /
him / her"); the other side's S is that third person ("it / they / he / she") and its O the
asker ("me / us"); A (do-support read as one, "do / does"; "have / has"), W.. (by stem) and P
the same. The pronoun "it" for a party (an aircraft, a bus, a ship) is not read as a person
by the subject and object reading of ``role_swap``, so the trade went unseen. A verb done with
each other (``recast.MUTUAL``, ``tokens._SYMMETRIC``), the same roles said two ways ("must I
give way to it?"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.recast import MUTUAL
from policies.verify.roles.tokens import _SYMMETRIC, _WITH_SYMMETRIC
from policies.verify.roles.written import AUX, MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

# closed: prepositions a yielding or waiting verb takes before its party
_PREPS = frozenset(
    "to for of with at from about after behind before around past over into onto by toward"
    " towards against near beside".split()
)
# closed: personal pronouns, by case, each with its person
_SUBJECTS = {"i": "1s", "we": "1p", "it": "it", "they": "3p", "he": "3m", "she": "3f"}
_OBJECTS = {"me": "1s", "us": "1p", "it": "it", "them": "3p", "him": "3m", "her": "3f"}
_ASKER = frozenset(("1s", "1p"))
_PRONOUNS = frozenset(_SUBJECTS) | frozenset(_OBJECTS) | {"you", "my", "our", "its", "their"}
_AUX_FORM = {"does": "do", "has": "have"}  # agreement only: "do I" / "does it"
# closed: subordinators that open a clause moved after the question ("... to it if a bus is ...")
_SUBORDINATORS = frozenset("if when whenever while unless because since until once".split())
_W_MAX = 8  # "have to make room"
_ENDS = MARKS | _SUBORDINATORS
_OTHER = frozenset(stem(w) for w in MUTUAL | _SYMMETRIC | _WITH_SYMMETRIC)

# (A, S's person, W..'s stems, P, O's person)
_Reading = tuple[str, str, tuple[str, ...], str, str]


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out: list[_Reading] = []
    for i, a in enumerate(t):
        if a not in AUX or (i and t[i - 1] not in MARKS) or i + 1 >= len(t):
            continue
        s = _SUBJECTS.get(t[i + 1])
        end = next((n for n in range(i + 1, len(t)) if t[n] in _ENDS), len(t))
        o = _OBJECTS.get(t[end - 1]) if end - 1 > i + 2 else None
        if s is None or o is None or (s in _ASKER) == (o in _ASKER):
            continue
        w = t[i + 2 : end - 1]
        p = ""
        if w and w[-1] in _PREPS:
            w, p = w[:-1], w[-1]
        if not w or len(w) > _W_MAX or any(not x.isalpha() or x in _PRONOUNS for x in w):
            continue
        stems = tuple(stem(x) for x in w)
        if _OTHER.intersection(stems):
            continue
        out.append((_AUX_FORM.get(a, a), s, stems, p, o))
    return out


def pronoun_parties_traded(a: Parsed, b: Parsed) -> bool:
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    return any(
        x[0] == y[0] and x[2] == y[2] and x[3] == y[3] and (x[1], x[4]) == (y[4], y[1])
        for x in ra
        for y in rb
    )
