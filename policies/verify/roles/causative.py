"""The thing that moved made the asker's doing (role pass 69, round 186).

``caused_motion_traded``: one side says a thing moved at the asker, the verb intransitive ("A
drone hovered over me while I was sunbathing"), the other that the asker moved the thing at
someone else, the same verb causative ("I hovered a drone over someone sunbathing"): "D N V P
me" / "I V D' N P X", the same verb, noun and preposition, X not the asker. The asker is
where the thing went on one side and who sent it on the other ("A ball rolled into me" / "I
rolled a ball into him", "A kite crashed onto us" / "We crashed a kite onto their car"). The
thing sent by someone else ("Someone hovered a drone over me") or at the asker again ("I
flew a drone over my yard") is no trade.

Role pass 78 (round 204): the place the asker's ("D N V-s P my M" / "I V D' N P X's M", "my"
moved from the place to the thing: "Who do I call if a paraglider lands on my property?" /
"... if I land my paraglider on someone's property?", "A ball rolled into my car" / "I rolled
a ball into someone's car"), the verb agreeing with either subject ("lands" / "land"). The
place must be the same noun, another's or no one's on the asker's side ("on a neighbor's
property", "on the property"); the asker's again ("I land my paraglider on my property") is
no trade.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed

_DETS = frozenset("a an the some my our his her their this that".split())
_AT_ME = frozenset(("me", "us"))
_ASKERS = frozenset(("i", "we"))
_MINE = frozenset("i me we us my our myself ourselves".split())
_OPENERS = frozenset("if when while after before because since and but so that".split())
_PREPS = frozenset(
    "over into onto on in at toward towards through across under past above near around".split()
)
_NP_MAX = 3  # "a drone", "a delivery drone", "the neighbor's drone"


def caused_motion_traded(a: Parsed, b: Parsed) -> bool:
    if _ASKERS.isdisjoint(a.words + b.words):
        return False
    if _AT_ME.isdisjoint(a.words + b.words) and _PLACE_OWNERS.isdisjoint(a.words + b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)


def _traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "... D N V P me ..." (or "P my M"), y "I V D' N P X ...", X not the asker ("X's M")."""
    sent: set[tuple[str, tuple[str, ...], str, str]] = set()
    for i in range(1, len(x) - 2):
        if x[i + 1] not in _PREPS:
            continue
        place = _my_place(x, i + 2)
        if place is None:
            continue
        for k in range(2, _NP_MAX + 1):
            np = x[i - k : i]
            if len(np) == k and np[0] in _DETS and all(w.isalpha() for w in np[1:]):
                sent.add((x[i], np[1:], x[i + 1], place))
    if not sent:
        return False
    for j in range(len(y) - 4):
        if y[j] not in _ASKERS or (j and y[j - 1] not in MARKS and y[j - 1] not in _OPENERS):
            continue
        for verb, noun, prep, place in sent:
            n = len(noun)
            end = j + 2 + n
            if not _same_verb(y[j + 1], verb) or y[j + 2] not in _DETS:
                continue
            if y[j + 3 : end + 1] != noun or end + 2 >= len(y) or y[end + 1] != prep:
                continue
            if place == "" and y[end + 2] not in _MINE and y[end + 2] not in MARKS:
                return True
            if place and _others_place(y, end + 2, place):
                return True
    return False


_PLACE_OWNERS = frozenset(("my", "our"))
_OTHER_LEADS = frozenset("a an the another someone's somebody's".split())
_OWNER_MAX = 3  # "someone's", "a neighbor's", "the next door neighbor's"


def _my_place(x: tuple[str, ...], k: int) -> str | None:
    """ "" for "me / us" at ``k``, M for "my / our M", else None."""
    if x[k] in _AT_ME:
        return ""
    if x[k] in _PLACE_OWNERS and k + 1 < len(x) and x[k + 1].isalpha():
        return x[k + 1]
    return None


def _others_place(y: tuple[str, ...], k: int, place: str) -> bool:
    """y at ``k`` names ``place`` as another's or no one's: "someone's M", "a / the M", "a
    neighbor's M" (no "my / our" before it)."""
    if y[k] not in _OTHER_LEADS and not y[k].endswith("'s"):
        return False
    for m in range(k, min(k + _OWNER_MAX + 1, len(y))):
        w = y[m]
        if w == place:
            return m > k
        if w in _MINE or w in MARKS or not (w.isalpha() or w.endswith("'s")):
            return False
    return False


def _same_verb(plain: str, said: str) -> bool:
    """The verb after "I" the one after the thing, or its plain form ("land" / "lands")."""
    if plain == said:
        return True
    return said in (plain + "s", plain + "es") or (
        plain.endswith("y") and said == plain[:-1] + "ies"
    )
