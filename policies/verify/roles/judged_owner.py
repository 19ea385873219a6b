"""Role pass 178 (blind round 321): who judges whose thing traded between a clause the asker
tells someone and the same clause someone says to the asker.

``judge_owner_traded`` (a trade, in ``_LATER_TRADES``): one side "(I / to) tell NP (that) O N P"
(the asker says it, NP the one told), the other "NP says / tells (me) (that) O' N P" (NP says
it, the asker the one told), NP said word for word on both sides and N P the same to the
clause's end, the owner O the one told on both sides ("his / her / their" on the first, "my /
our" on the second) or the one who says it on both ("my / our" on the first, "his / her /
their" on the second): the judge and the owner move together ("How do I tell my father-in-law
his crawfish are overcooked?" / "How do I respond when my father-in-law says my crawfish are
overcooked?"). The same speaker said two ways ("tell X his N are A" / "let X know his N are
A", "X says my N are A" / "X tells me my N are A") is left.

Role pass 187 (blind round 333): the asker's side said as a statement too, "I / we told / said
(to) NP (that) O N P", and with the party the owner said by name, "I / we said NP's N P" ("My boss
says my baklava is too sweet; what should I say?" / "I told my boss his baklava is too sweet; what
should I say?"): the asker says it, NP the one told or the owner named.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, NOMINATIVE, OBJECTIVE, tokens
from policies.verify.text import Parsed

_TELL = frozenset(("tell",))  # the asker's own telling: "How do I tell", "how to tell"
_SAYS = frozenset("says said tells told claims claimed insists insisted keeps".split())
_NP_LEADS = frozenset("my our the a an".split())
_FIRST = frozenset(("my", "our"))
_THIRD = frozenset(("his", "her", "their"))
_END = MARKS | frozenset("but so because and when if or".split())
_NP_STOP = _END | AUX | COPULA | NOMINATIVE | OBJECTIVE | _FIRST | _THIRD | _SAYS
_NP_MAX = 4  # "my new lab partner"
_SAY_SKIP = frozenset("always just still keeps keep kept saying telling".split())
_ASKER = frozenset(("i", "we"))  # role pass 187: "I told X his N is A", "I said X's N is A"

# (who says it, the party NP, whose thing, the rest of the clause)
_Reading = tuple[str, tuple[str, ...], str, tuple[str, ...]]


def _np_end(t: tuple[str, ...], s: int) -> list[int]:
    """Each end (exclusive) of a noun phrase "my / the / a W.. N" at ``s``."""
    if s >= len(t) or t[s] not in _NP_LEADS:
        return []
    out = []
    for e in range(s + 1, min(len(t), s + 1 + _NP_MAX)):
        if t[e] in _NP_STOP or not t[e].replace("-", "").isalpha():
            break
        out.append(e + 1)
    return out


def _clause(t: tuple[str, ...], s: int) -> tuple[str, tuple[str, ...]] | None:
    """(the owner's person, the words after it) of "(that) O N P" at ``s``."""
    if s < len(t) and t[s] == "that":
        s += 1
    if s + 2 >= len(t) or t[s] not in _FIRST | _THIRD:
        return None
    e = s + 1
    while e < len(t) and t[e] not in _END:
        e += 1
    rest = t[s + 1 : e]
    if len(rest) < 2 or not (COPULA | AUX).intersection(rest):
        return None
    return ("asker" if t[s] in _FIRST else "party"), rest


def _asker_said(t: tuple[str, ...], s: int) -> list[_Reading]:
    """Role pass 187: the asker's "told / said (to) NP (that) O N P" (NP the one told) or
    "said (that) NP's N P" (NP the owner named) at ``s``."""
    out: list[_Reading] = []
    for e in _np_end(t, s):
        said = _clause(t, e)
        if said is not None:
            out.append(("asker", t[s:e], *said))
    g = s + 1 if t[s : s + 1] == ("that",) else s
    if g >= len(t) or t[g] not in _NP_LEADS:
        return out
    for e in range(g + 1, min(len(t), g + 1 + _NP_MAX)):
        if t[e].endswith("'s") and t[e][:-2].replace("-", "").isalpha():
            said = _clause(("his", *t[e + 1 :]), 0)  # the owner named is the party
            if said is not None:
                out.append(("asker", (*t[g:e], t[e][:-2]), *said))
            break
        if t[e] in _NP_STOP or not t[e].replace("-", "").isalpha():
            break
    return out


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out: list[_Reading] = []
    for r, w in enumerate(t):
        if w in _TELL and r and t[r - 1] in ("i", "to"):
            for e in _np_end(t, r + 1):
                said = _clause(t, e)
                if said is not None:
                    out.append(("asker", t[r + 1 : e], *said))
        if w not in _SAYS:
            continue
        k = r - 1
        while k >= 0 and t[k] in _SAY_SKIP:
            k -= 1
        s = r + 1
        while s < len(t) and t[s] in _SAY_SKIP:
            s += 1
        if t[s : s + 1] == ("to",):
            s += 1
        if t[s : s + 1] in (("me",), ("us",)):
            s += 1
        if k >= 0 and t[k] in _ASKER and (k == 0 or t[k - 1] in _END):
            out.extend(_asker_said(t, s))
            continue
        for lead in range(max(0, k - _NP_MAX), k):
            if k + 1 in _np_end(t, lead) and (lead == 0 or t[lead - 1] not in _NP_LEADS):
                said = _clause(t, s)
                if said is not None:
                    out.append(("party", t[lead : k + 1], *said))
    return out


def judge_owner_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 178: "tell NP his N P" / "NP says my N P": who judges whose thing."""
    ta, tb = tokens(a.source), tokens(b.source)
    if _FIRST.isdisjoint(ta) or _FIRST.isdisjoint(tb):
        return False
    ra, rb = _readings(ta), _readings(tb)
    for sa, npa, oa, pa in ra:
        for sb, npb, ob, pb in rb:
            if sa != sb and oa != ob and npa == npb and pa == pb and (oa == sa) == (ob == sb):
                return True
    return False
