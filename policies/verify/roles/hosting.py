"""Who hosts whom traded between the asker and another party (role pass 191, blind rounds
345-347).

``host_traded`` (a trade, in ``_LATER_TRADES``) reads two shapes.

The visitor: "P (D) X (BE coming to / come(s) to / will come to / BE) V P2 OWN N.. T" against "P
SELF (D) X V-ing P2 O.. N.. T" (SELF the asker said as X, "I am / we are / as"; OWN the asker's
"our / my"; O.. one to three words of another owner, "another", "someone else's", "their",
"another club's", no asker word among them; X the same noun phrase of one to four words, V one
verb by its stem, P2 "at / in / on" the same, P every word before and T the words after the
same): X is a third party coming to the asker's place on one side and the asker's own identity
at another's place on the other, so who hosts whom is traded ("A visiting band is coming to
ring at our tower; should we pay them?" / "We're a visiting band ringing at another tower;
should we pay them?", "A guest chef is coming to cook in our kitchen" / "I'm a guest chef
cooking in someone else's kitchen").

The host: "P SELF V1-ing (PREP) E.. V2-ed by X.. T" against "P SELF V3-ing E.. for X.. T" (E..
the same event of one to five words, X.. and T the same, V1 and V3 two verbs): the asker joins
an event the reduced passive says X hosts on one side and hosts it for X on the other ("I'm
joining a highline meetup hosted by strangers; ..." / "I'm hosting a highline meetup for
strangers; ...", "I'm going on a hike led by a local group" / "I'm leading a hike for a local
group"). The same host said two ways ("a meetup strangers host", "a meetup that strangers are
hosting"), "we're a band visiting", "at another tower" / "at someone else's tower", politeness
and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, COPULA, MARKS, OWNER, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_SELF = (("i", "am"), ("we", "are"))
_ASKER = frozenset(("i", "me", "my", "mine", "we", "us", "our", "ours"))
_OWN = frozenset(("our", "my"))
_PLACE = frozenset(("at", "in", "on"))
_LEADS = frozenset(("a", "an", "the", "some"))
# the frame before the visitor's verb: "is coming to", "comes to", "will come to", "is"
_FRAME = COPULA | frozenset(("will", "coming", "come", "comes", "to", "going"))
_CLOSED = (
    AUX
    | COPULA
    | MARKS
    | _ASKER
    | _PLACE
    | frozenset(OWNER)
    | frozenset("to for by with of as from and or but not who that which".split())
)
_NP_MAX = 4
_MINE = frozenset(("ours", "mine"))
_WE = frozenset(("we", "i"))
_EVENT_MAX = 5
_OWNER_MAX = 3


def host_traded(a: Parsed, b: Parsed) -> bool:
    ta = tokens(a.source.replace("\u2019", "'"))
    tb = tokens(b.source.replace("\u2019", "'"))
    if _visitor(ta, tb) or _visitor(tb, ta) or _hosted(ta, tb) or _hosted(tb, ta):
        return True
    return _away(ta, tb) or _away(tb, ta)


def _words(t: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in t if w not in MARKS)


def _open(w: str) -> bool:
    return w.replace("'", "").isalpha() and w not in _CLOSED and w not in _LEADS


def _np(t: tuple[str, ...]) -> tuple[str, ...]:
    return t[1:] if t and t[0] in _LEADS else t


def _self_at(y: tuple[str, ...], j: int) -> int:
    """The index after the asker said as an identity at ``j`` ("i am", "we are", "as"), or 0."""
    if y[j : j + 2] in _SELF:
        return j + 2
    return j + 1 if y[j] == "as" else 0


def _visitor(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "P (D) X .. V P2 OWN N.. T", ``y`` "P SELF (D) X V-ing P2 O.. N.. T"."""
    for j in range(min(len(x), len(y))):
        if x[:j] != y[:j]:
            break
        k = _self_at(y, j)
        if not k:
            continue
        for g in range(k + 1, min(len(y), k + 1 + _NP_MAX)):
            if y[g].endswith("ing") and _open(y[g]):
                if _visitor_read(x, y, j, k, g):
                    return True
    return False


def _visitor_read(x: tuple[str, ...], y: tuple[str, ...], j: int, k: int, g: int) -> bool:
    np = y[k:g]
    if not all(_open(w) or w in _LEADS for w in np):
        return False
    h = j + len(np)
    if h >= len(x) or _np(x[j:h]) != _np(np) or not _np(np):
        return False
    for q in range(h + 1, min(len(x) - 2, h + 5)):
        if x[q] not in _PLACE or x[q + 1] not in _OWN:
            continue
        verb = x[q - 1]
        if not _open(verb) or not all(w in _FRAME for w in x[h : q - 1]):
            return False
        if stem(verb) != stem(y[g]) or stem(verb) == "" or g + 1 >= len(y) or y[g + 1] != x[q]:
            return False
        rest = x[q + 2 :]
        if not rest or not _open(rest[0]):
            return False
        owner = y[g + 2 : len(y) - len(rest)]
        if not 1 <= len(owner) <= _OWNER_MAX or y[len(y) - len(rest) :] != rest:
            return False
        return all(w.replace("'", "").isalpha() and w not in _ASKER for w in owner)
    return False


def _hosted(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "P SELF V1-ing (PREP) E.. V2-ed by X.. T", ``y`` "P SELF V3-ing E.. for X.. T"."""
    for s in range(2, min(len(x), len(y))):
        if x[: s - 2] != y[: s - 2]:
            break
        if x[s - 2 : s] not in _SELF or y[s - 2 : s] != x[s - 2 : s]:
            continue
        v1, v3 = x[s], y[s]
        if v1 == v3 or not (v1.endswith("ing") and v3.endswith("ing")):
            continue
        if not (_open(v1) and _open(v3)):
            continue
        e0 = s + 2 if s + 1 < len(x) and x[s + 1] in _PLACE | {"to"} else s + 1
        return _hosted_read(x, y, e0, s + 1)
    return False


def _hosted_read(x: tuple[str, ...], y: tuple[str, ...], e0: int, f0: int) -> bool:
    for b in range(e0 + 2, min(len(x) - 1, e0 + _EVENT_MAX + 2)):
        if x[b] != "by":
            continue
        part = x[b - 1]
        event = x[e0 : b - 1]
        if not _open(part) or part.endswith("ing") or not all(map(_open_or_lead, event)):
            return False
        end = f0 + len(event)
        if y[f0:end] != event or end >= len(y) or y[end] != "for":
            return False
        party = x[b + 1 :]
        return (
            bool(party)
            and (_open_or_lead(party[0]) or party[0] in OWNER)
            and _words(y[end + 1 :]) == _words(party)
        )
    return False


def _open_or_lead(w: str) -> bool:
    return _open(w) or w in _LEADS


def _away(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "P WE (AUX) V (away) at X.. T", ``y`` "P X.. FRAME V at OURS T" (role pass 195)."""
    for j in range(min(len(x), len(y))):
        if x[:j] != y[:j]:
            break
        if x[j] not in _WE:
            continue
        g = j + 1
        while g < min(len(x), j + 3) and x[g] in AUX | COPULA:
            g += 1
        if g + 2 >= len(x) or not _open(x[g]) or not stem(x[g]):
            return False
        q = g + 2 if x[g + 1] == "away" else g + 1
        if q + 1 >= len(x) or x[q] != "at":
            return False
        return _away_read(x, y, j, (x[g], q + 1))
    return False


def _away_read(x: tuple[str, ...], y: tuple[str, ...], j: int, verb_at: tuple[str, int]) -> bool:
    verb, at = verb_at
    for h in range(j + 1, min(len(y), j + 1 + _NP_MAX)):
        if y[h] not in COPULA and y[h] not in _FRAME and stem(y[h]) != stem(verb):
            continue
        team = y[j:h]
        if not _np(team) or not all(_open(w) or w in _LEADS for w in team):
            return False
        p = h
        while p < len(y) and y[p] in _FRAME and stem(y[p]) != stem(verb):
            p += 1
        if p + 2 >= len(y) or stem(y[p]) != stem(verb) or y[p + 1] != "at":
            return False
        r = p + 3 if y[p + 2] in _MINE else p + 4
        if r == p + 4 and (r > len(y) or y[p + 2] not in _OWN or not _open(y[p + 3])):
            return False
        rest = y[r:]
        end = len(x) - len(rest)
        return end > at and x[end:] == rest and _np(x[at:end]) == _np(team)
    return False
