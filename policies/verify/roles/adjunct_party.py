"""Role pass 205 (blind rounds 363-365): the doer traded between a party and the asker, the party
kept on the asker's side as an adjunct ("If recreation.gov cancels my lookout reservation, do I
get a full refund?" / "If I cancel my lookout reservation on recreation.gov, do I get a full
refund?").

``adjunct_party_traded`` (a trade, in ``_LATER_TRADES``): one side read as "P I / we V my / our
N.. A X R", "I / we" opening a clause (after a mark or an opener, "if / when / once ..."), A a
preposition of an adjunct ("on / with / at / through"), N.. one to four open words and X one to
six tokens, the other as "P X V' my / our N.. R", the same P, X, N.. and R word for word and V' the
same verb by its stem: the party does the act to the asker's thing on one side and the asker does
it with or at the party on the other. X is any noun phrase, a name or a web address too ("Booking
.com", "Ticketmaster"), no pronoun or auxiliary in it. A verb done with each other
(``recast.MUTUAL``), the same roles said two ways ("If my reservation is cancelled by
recreation.gov", "my recreation.gov reservation"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED
from policies.verify.roles.complainer import _opens
from policies.verify.roles.recast import MUTUAL_STEMS
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKER_OWNER = {"i": "my", "we": "our"}
_ADJUNCTS = frozenset(("on", "with", "at", "through"))
_THING_MAX = 4  # "my lookout reservation"
_PARTY_MAX = 6  # "the booking . com site"
_PRONOUNS = frozenset("me us him her them it my our your his their its".split())


def _open(w: str) -> bool:
    return w.isalpha() and w not in _CLOSED and w not in _PRONOUNS and w not in _ADJUNCTS


def _party(x: tuple[str, ...]) -> bool:
    """``x`` a noun phrase, a dotted name ("booking . com") too."""
    return (
        bool(x)
        and x[0].isalpha()
        and x[-1].isalpha()
        and all(_open(w) or (w == "." and x[n - 1] != ".") for n, w in enumerate(x))
    )


def _traded(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``b`` "P I V my N.. A X R", ``a`` "P X V' my N.. R"."""
    for i, w in enumerate(b):
        own = _ASKER_OWNER.get(w)
        v = i + 1
        if own is None or v + 2 >= len(b) or not _opens(b, i) or b[v + 1] != own:
            continue
        if not (_open(b[v]) and _open(b[v + 2])) or stem(b[v]) in MUTUAL_STEMS or a[:i] != b[:i]:
            continue
        for p in range(v + 3, min(len(b), v + 3 + _THING_MAX)):
            if b[p] not in _ADJUNCTS:
                if not _open(b[p]):
                    break
                continue
            thing = b[v + 1 : p]
            for n in range(1, min(_PARTY_MAX, len(b) - p - 1) + 1):
                x = b[p + 1 : p + 1 + n]
                if not _party(x):
                    continue
                k = i + n  # the verb's place in ``a``
                if (
                    a[i:k] == x
                    and k < len(a)
                    and _open(a[k])
                    and stem(a[k]) == stem(b[v])
                    and a[k + 1 : k + 1 + len(thing)] == thing
                    and a[k + 1 + len(thing) :] == b[p + 1 + n :]
                ):
                    return True
            break
    return False


def adjunct_party_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
