"""The same doer and verb with another one acted on, both named on each side: "The race
director disqualified the runner who reported me for cutting the course" / "The race director
disqualified me after the runner I reported cut the course", "My boss fired the intern who
insulted me" / "My boss fired me after the intern insulted me". Each side is read as written
("I / me" one person, "a / an / the" left out): the sides share a beginning ending at a verb,
then one names the asker (or "you") by a pronoun and the other a noun phrase, each named later
on the other side. Not where the pronoun follows "to / for" there, a dative or a beneficiary
moved to the end ("gave me the letter my aunt wrote" / "gave the letter my aunt wrote to me"),
nor a third-person pronoun ("gave my son the shot after he cried" / "gave him the shot after my
son cried").

Role pass 81 (round 208): the shared beginning may end at "with / for / to / from" after a word
of its own, the one the act is done with, for, to or from ("Our daughter chose to live with me
at 16; does her mother now owe me support?" / "... to live with her mother at 16; does her
mother now owe me support?"): the same people named on each side, one of them in another slot.
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import _BARE_FORMS, _PAST_FORMS
from policies.verify.roles.written import MARKS, OWNER, PERSON, tokens
from policies.verify.text import Parsed

_ENDS_NP = MARKS | frozenset(
    """who whom that which for after before because when while since until to from with at in
    on of by about and or but if is are was were has have had""".split()
)
_DATIVE = frozenset("to for from with".split())
# role pass 81: the one the act is done with, for, to or from ("to live with me")
_SLOT_PREPS = _DATIVE
_NP_MAX = 3
_FIRST_SECOND = frozenset(("@1s", "@1p", "@2"))


def object_changed(a: Parsed, b: Parsed) -> bool:
    if len(a.content ^ b.content) > 1:
        return False
    ta, tb = _norm(a.source), _norm(b.source)
    k = 0
    while k < len(ta) and k < len(tb) and ta[k] == tb[k]:
        k += 1
    if k < 2 or k >= len(ta) - 1 or k >= len(tb) - 1:
        return False
    if not _verb(ta[k - 1]) and not (ta[k - 1] in _SLOT_PREPS and _word(ta[k - 2])):
        return False
    return _changed(ta, tb, k) or _changed(tb, ta, k)


def _changed(tp: list[str], tn: list[str], k: int) -> bool:
    """``tp`` names a person pronoun as the object at ``k``, ``tn`` a noun phrase there."""
    me = tp[k]
    if me not in _FIRST_SECOND:
        return False  # "gave my son the shot after he cried" / "gave him ... after my son cried"
    np = _np(tn, k)
    if np is None:
        return False
    head = np[-1]
    if head not in tp[k + 1 :]:
        return False  # the noun's one named on the pronoun's side too
    rest = tn[k + len(np) :]
    for i, t in enumerate(rest):
        if t == me:
            return i == 0 or rest[i - 1] not in _DATIVE
    return False


def _np(toks: list[str], k: int) -> list[str] | None:
    out: list[str] = []
    if toks[k] == "@3f" and k + 1 < len(toks) and _word(toks[k + 1]):
        out, k = ["her"], k + 1  # role pass 81: "her mother", an owner (written as "@3f")
    for t in toks[k : k + _NP_MAX + 1]:
        if t in _ENDS_NP or t[0] == "@":
            break
        out.append(t)
    if not out or len(out) > _NP_MAX or not out[-1].isalpha() or out[-1] in OWNER:
        return None
    return out


def _word(t: str) -> bool:
    """A word of its own before the preposition (no person, no mark, no article)."""
    return t.isalpha() and t not in _ENDS_NP


def _verb(t: str) -> bool:
    return t in _PAST_FORMS or t in _BARE_FORMS or (len(t) > 4 and t.endswith("ed"))


def _norm(source: str) -> list[str]:
    return ["@" + PERSON[t] if t in PERSON else t for t in tokens(source) if t not in lx.ARTICLES]
