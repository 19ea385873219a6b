"""Host and guest traded between the asker and a party placed in L (role pass 219, blind rounds
390-395).

``place_host_traded`` (a trade, in ``_LATER_TRADES``): one side says "P OWN H.. G V (D) M..
from L.. T" (OWN the asker's "our / my", the owner of the subject; H.. one to three open words,
the subject's head; G zero to three auxiliaries or copulas; V an open word; D an optional
determiner; M.. one to four open words, the object, the guests; L.. the place they come from, an
optional determiner and one to three open words; T the rest), the other "P (D) H.. in / from /
at L.. G V me / us (as (D) M..) T'" (the same H.., L.., G, V by stem and M.., an auxiliary for
an auxiliary): on one side the asker's H hosts Ms from L, on the other an H in L hosts the
asker, as the Ms, so the place moves from the guests to the host and the asker from the host's
owner to the object, who hosts whom traded ("Our ringing group is hosting visiting ringers from
Poland; what paperwork do they need?" / "A ringing group in Poland is hosting us as visiting
ringers; what paperwork do we need?", "Our school is hosting exchange students from Japan" / "A
school in Japan is hosting us as exchange students"). T' is T with the guests' pronoun, "they /
them / their", said as the asker's, or T itself. The same roles said two ways ("Visiting ringers
from Poland are staying with our ringing group"), another verb, politeness and filler are left
(the other side must say the trade word for word).
"""

from __future__ import annotations

from policies.verify.roles.written import (
    AUX,
    COPULA,
    LEADS,
    alike,
    open_word,
    tokens,
    word_for_word,
)
from policies.verify.text import Parsed

_OWN = frozenset(("our", "my"))
_ASKER_OBJ = frozenset(("us", "me"))
_HOST_AT = frozenset(("in", "from", "at"))  # the host's place on the other side
_GUESTS = {"they": ("we", "i"), "them": ("us", "me"), "their": ("our", "my")}
_GROUP = AUX | COPULA | frozenset(("going", "to", "being", "not"))
_H_MAX = 3
_G_MAX = 3
_M_MAX = 4
_L_MAX = 3
_Words = tuple[str, ...]


def _same(x: str, y: str) -> bool:
    return alike(x, y, AUX, COPULA)


def _said(x: _Words, y: _Words) -> bool:
    return word_for_word(x, y, _same)


def _rest_said(t: _Words, y: _Words) -> bool:
    """``y`` is ``t``, the guests' pronoun free to be the asker's."""
    if len(t) != len(y):
        return False
    return all(_same(p, q) or q in _GUESTS.get(p, ()) for p, q in zip(t, y, strict=True))


def _runs(t: _Words, k: int, most: int) -> list[int]:
    """The ends of the runs of one to ``most`` open words from ``k``."""
    ends = []
    e = k
    while e < len(t) and e - k < most and open_word(t[e]):
        e += 1
        ends.append(e)
    return ends


def place_host_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    return _host(ta, tb) or _host(tb, ta)


def _host(x: _Words, y: _Words) -> bool:
    """``x`` "P OWN H.. G V (D) M.. from L.. T", ``y`` "P (D) H.. in L.. G V us (as M..) T'"."""
    if "from" not in x or _ASKER_OBJ.isdisjoint(y):
        return False
    for i, w in enumerate(x):
        if w not in _OWN or not _said(x[:i], y[:i]):
            continue
        j = i + 1 if i < len(y) and y[i] in LEADS else i
        for h in _runs(x, i + 1, _H_MAX):
            head = x[i + 1 : h]
            if not _said(head, y[j : j + len(head)]):
                continue
            if _guests(x, y, h, j + len(head)):
                return True
    return False


def _guests(x: _Words, y: _Words, h: int, e: int) -> bool:
    """From ``h`` in ``x`` "G V (D) M.. from L.. T"; from ``e`` in ``y`` "in L.. G V us ..."."""
    if e >= len(y) or y[e] not in _HOST_AT:
        return False
    v = h
    while v < len(x) and v - h < _G_MAX and x[v] in _GROUP:
        v += 1
    if v + 3 >= len(x) or not open_word(x[v]):
        return False
    m0 = v + 2 if x[v + 1] in LEADS else v + 1
    for m in _runs(x, m0, _M_MAX):
        if m >= len(x) or x[m] != "from":
            continue
        l0 = m + 2 if m + 1 < len(x) and x[m + 1] in LEADS else m + 1
        for end in _runs(x, l0, _L_MAX):
            place, group = x[m + 1 : end], x[h : v + 1]
            g = e + 1 + len(place)
            if not _said(place, y[e + 1 : g]) or not _said(group, y[g : g + len(group)]):
                continue
            if _asker_taken(x[m0:m], x[end:], y[g + len(group) :]):
                return True
    return False


def _asker_taken(guests: _Words, rest: _Words, y: _Words) -> bool:
    """``y`` "us / me (as (D) M..) T'"."""
    if not y or y[0] not in _ASKER_OBJ:
        return False
    if _rest_said(rest, y[1:]):
        return True
    if len(y) < 2 or y[1] != "as":
        return False
    k = 3 if len(y) > 2 and y[2] in LEADS else 2
    return _said(guests, y[k : k + len(guests)]) and _rest_said(rest, y[k + len(guests) :])
