"""Role pass 199 (blind round 355): a prenominal participle traded with a relative in step.

``stepped_participle_traded`` (a trade, in ``_LATER_TRADES``): "P D V-ing N R1 PRON V2 R2"
against "P D V-ed N R1 V2' OBJ R2", P and R1, R2 the same words, D a determiner or an owner, N
the same head, V the same verb (its active participle on one side, its passive on the other),
PRON a third person subject pronoun ("they / he / she / it", "are / is" after it allowed) and
OBJ its object form ("them / him / her / it"), V2 and V2' forms of V ("relieve", "relieves",
"relieving"; "who / that (is / are)" before V2' allowed): the N does V on one side and has V
done to it on the other, and the later relative naming the other party turns in step ("the
person they relieve" / "the person relieving them"), so the words after the head differ and pass
128's reading (``one_relatives.relative_voice_traded``, which wants them the same) did not see
the trade. The in-step relative is read as the -ing side's, and the pair is asked of that reader
again ("Does the relieving helmsman state the course to the person they relieve?" / "Does the
relieved helmsman state the course to the person relieving them?", "the visiting team pay the
team they visit" / "the visited team pay the team visiting them"). A relative not in step ("the
person relieving them" on the -ing side) is left.
"""

from __future__ import annotations

from policies.verify.roles.one_relatives import (
    _ING_RE,
    _STOP,
    _done_of,
    _shared_prefix,
    _tokens,
    relative_voice_traded,
)
from policies.verify.roles.written import LEADS
from policies.verify.text import Parsed, parse

_LEADS = LEADS | {"its"}
_PRONOUNS = {"they": "them", "he": "him", "she": "her", "it": "it"}
_BE = frozenset(("is", "are"))
_RELS = frozenset(("who", "that"))
_ENDS = frozenset(("", "e", "s", "es", "ing"))  # a form of the verb said in the relative


def _form_of(word: str, base: str) -> bool:
    return word.startswith(base) and word[len(base) :] in _ENDS


def _in_step(mt: tuple[str, ...], mo: tuple[str, ...], base: str) -> bool:
    """mt "PRON (is / are) V2", mo "(who / that) (is / are) V2' OBJ", the same pronoun."""
    if not 2 <= len(mt) <= 3 or not 2 <= len(mo) <= 4 or mt[0] not in _PRONOUNS:
        return False
    if len(mt) == 3 and mt[1] not in _BE:
        return False
    if not _form_of(mt[-1], base) or mo[-1] != _PRONOUNS[mt[0]] or not _form_of(mo[-2], base):
        return False
    lead = mo[:-2]
    if lead and lead[0] in _RELS:
        lead = lead[1:]
    return all(w in _BE for w in lead) and len(lead) <= 1


def _stepped(t: tuple[str, ...], o: tuple[str, ...]) -> tuple[str, ...] | None:
    """o with its tail said as t's, when t says the -ing participle and o the -ed one and
    their tails differ by an in-step relative; None when not."""
    p = _shared_prefix(t, o)
    if p < 1 or p + 2 >= min(len(t), len(o)) or t[p - 1] not in _LEADS:
        return None
    if not _ING_RE.fullmatch(t[p]) or not _done_of(t[p], o[p]):
        return None
    noun = t[p + 1]
    if noun != o[p + 1] or noun in _STOP or not noun.isalpha():
        return None
    rt, ro = t[p + 2 :], o[p + 2 :]
    q = _shared_prefix(rt, ro)
    s = 0
    while s < min(len(rt), len(ro)) - q and rt[-1 - s] == ro[-1 - s]:
        s += 1
    if q < 1 or rt[q - 1] in _STOP or not rt[q - 1].isalpha():
        return None  # the relative's head, a noun the two share ("the person")
    if not _in_step(rt[q : len(rt) - s], ro[q : len(ro) - s], t[p][:-3]):
        return None
    return (*o[: p + 2], *rt)


def stepped_participle_traded(a: Parsed, b: Parsed) -> bool:
    """See the module docstring."""
    ta, tb = _tokens(a.source), _tokens(b.source)
    for t, o in ((ta, tb), (tb, ta)):
        said = _stepped(t, o)
        if said is not None and relative_voice_traded(parse(" ".join(t)), parse(" ".join(said))):
            return True
    return False
