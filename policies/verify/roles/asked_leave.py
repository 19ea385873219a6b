"""Role pass 161 (blind round 301): who does the asked act and who it is for traded between an
object-control infinitive and an embedded question ("ask my neighbor to pet sit for me" / "ask
my neighbor if I can pet sit for her").

``asked_leave_traded`` (a trade, in ``_LATER_TRADES``): each side read as "W NP C V R", W a verb
before the asked party NP ("D (M) N" or "him / her / them"), and C either "to" (object control:
NP does V) or "if / whether S MOD" (S does V: "I / we" the asker, "he / she / they" the party).
R holds one "for X", X the asker ("me / us"), the party ("him / her / them", or NP said again)
or neither. The two sides have the same W, NP, V and the rest of R, while both the doer of V and
the one it is for are traded between the asker and the party: in one the party acts for the
asker, in the other the asker acts for the party. The same doer said both ways ("ask my neighbor
to pet sit for me" / "ask my neighbor if she can pet sit for me") is left, as is a pair with no
"for" on either side ("ask my boss to work from home" / "ask my boss if I can work from home",
the infinitive often read as the asker's own).
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, NOMINATIVE, PERSON, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKER, _PARTY = "asker", "party"
_LEADS = frozenset("my our your his her their the a an this that".split())
_PARTY_OBJECTS = frozenset(("him", "her", "them"))
_ASKING = frozenset(("if", "whether"))
_MODALS = frozenset("can could may might should would will shall".split())
_NP_MAX = 4  # "my elderly next door neighbor"
_CLOSED = MARKS | AUX | COPULA | NOMINATIVE | _ASKING | frozenset(("to", "not", "and", "or"))

# (W's stem, NP, doer, V's stem, R with "for X" written "for _", the one it is for)
_Reading = tuple[str, tuple[str, ...], str, str, tuple[str, ...], str]


def _who(word: str) -> str | None:
    p = PERSON.get(word)
    if p in ("1s", "1p"):
        return _ASKER
    if p is not None and p[0] == "3" and word != "it":
        return _PARTY
    return None


def _party_before(t: tuple[str, ...], k: int) -> tuple[int, tuple[str, ...]] | None:
    """The asked party ending right before ``t[k]`` and where it starts, or None."""
    if k >= 1 and t[k - 1] in _PARTY_OBJECTS:
        return k - 1, t[k - 1 : k]
    for j in range(k - 2, max(0, k - _NP_MAX) - 1, -1):
        if t[j] in _LEADS:
            np = t[j:k]
            if all(w.isalpha() and w not in _CLOSED for w in np[1:]):
                return j, np
            return None
    return None


def _benefactive(r: tuple[str, ...], np: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """``r`` with its one "for X" written "for _", and whom X names (or None)."""
    found = None
    for i, w in enumerate(r[:-1]):
        if w != "for":
            continue
        who = _who(r[i + 1])
        n = 1
        if who is None and len(np) > 1 and r[i + 1 : i + 1 + len(np)] == np:
            who, n = _PARTY, len(np)
        if who is None or found is not None:
            return None
        found = ((*r[: i + 1], "_", *r[i + 1 + n :]), who)
    return found


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out = []
    for k, c in enumerate(t):
        if c != "to" and c not in _ASKING:
            continue
        party = _party_before(t, k)
        if party is None:
            continue
        j, np = party
        w = t[j - 1] if j else ""  # a canonical rewrite drops "Can I ask" before NP
        if j and (not w.isalpha() or w in _CLOSED):
            continue
        if c == "to":
            doer, v = _PARTY, k + 1
        elif k + 3 < len(t) and t[k + 2] in _MODALS and _who(t[k + 1]) is not None:
            doer, v = _who(t[k + 1]) or "", k + 3
        else:
            continue
        if v >= len(t) or not t[v].isalpha() or t[v] in _CLOSED:
            continue
        read = _benefactive(t[v + 1 :], np)
        if read is not None and read[1] != doer:
            out.append((stem(w), np, doer, stem(t[v]), read[0], read[1]))
    return out


def asked_leave_traded(a: Parsed, b: Parsed) -> bool:
    if "for" not in a.words or "for" not in b.words:
        return False
    if _ASKING.isdisjoint(a.words) and _ASKING.isdisjoint(b.words):
        return False
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    return any(
        x[:2] == y[:2] and x[3:5] == y[3:5] and x[2] != y[2] and x[5] != y[5]
        for x in ra
        for y in rb
    )
