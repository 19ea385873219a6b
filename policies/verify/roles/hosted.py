"""Two role trades said by a role word, not by the verb's arguments (role pass 139).

``undergoer_made_maker``: "S BE the last / first / only ... one V-ed" against "S make(s) the
same ADJ N", N the act V names as a noun ("hit" / "hit", "tagged" / "tag", "touched" /
"touch"), the words before and after the same: S undergoes the act on one side and does it on
the other ("Do I get points if my car is the last one hit before the buzzer?" / "Do I get
points if my car makes the last hit before the buzzer?"). Another verb ("lands the final hit"
against "makes the last hit") or the same frame on both sides is left; "the last one to V"
(the doer) is not read as the one V-ed.

``host_made_guest``: "my G X V-s P my N" against "I V as a G' P my X's N", G and G' the same
role word ("guest" / "guest", "visiting" / "visitor"), the same X, V, P and N and the words
around the same: the asker's guest at the asker's place on one side and the asker the guest at
X's place on the other ("Who pays the table fee when my guest partner plays at my club?" / "Who
pays the table fee when I play as a guest at my partner's club?"). "my partner plays at my club
as my guest" (the same host and guest) is left.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import flat, owner_side_first
from policies.verify.text import Parsed

_ORDINAL = r"(?P<adj>last|first|only|next|final|second|third)"
_ONE_RE = re.compile(
    r"^(?P<pre>.*?)\s*(?:\b(?:is|am|are|was|were|be|being)\s+|'(?:m|s|re)\s+)the "
    rf"{_ORDINAL} one (?P<v>[a-z]+)\b(?P<post>.*)$"
)
_MAKES_RE = re.compile(
    r"^(?P<pre>.*?)\s*\b(?:make|makes|made|making|land|lands|landed|deliver|delivers|delivered)"
    rf"\s+the {_ORDINAL} (?P<v>[a-z]+)\b(?P<post>.*)$"
)
_MAKES = frozenset("make makes made making land lands landed deliver delivers delivered".split())
_NOT_ACT = frozenset("to who that which of in at on for with".split())


def undergoer_made_maker(a: Parsed, b: Parsed) -> bool:
    if "one" in a.words and not _MAKES.isdisjoint(b.words):
        return _maker_read(a.source, b.source)
    if "one" in b.words and not _MAKES.isdisjoint(a.words):
        return _maker_read(b.source, a.source)
    return False


def _act_of(done: str, act: str) -> bool:
    """The participle ``done`` is the act noun ``act`` as a verb: "hit" / "hit", "tagged" /
    "tag", "touched" / "touch", "scored" / "score"."""
    if len(act) < 3:
        return False
    return done in (act, act + "ed", act + "d", act + act[-1] + "ed")


def _maker_read(sa: str, sb: str) -> bool:
    ma, mb = _ONE_RE.match(flat(sa)), _MAKES_RE.match(flat(sb))
    if ma is None or mb is None or ma["v"] in _NOT_ACT or ma["adj"] != mb["adj"]:
        return False
    if not _act_of(ma["v"], mb["v"]):
        return False
    return ma["pre"].split() == mb["pre"].split() and ma["post"].split() == mb["post"].split()


_HOST_RE = re.compile(
    r"^(?P<pre>.*?)\b(?P<own>my|our) (?P<g>[a-z]+) (?P<x>[a-z]+) (?P<v>[a-z]+) "
    r"(?P<p>at|in|on) (?P=own) (?P<n>[^,;?.!]+?)\s*(?P<post>[,;?.!].*)?$"
)
_GUEST_RE = re.compile(
    r"^(?P<pre>.*?)\b(?P<subj>i|we) (?P<v>[a-z]+) as an? (?P<g>[a-z]+) (?P<p>at|in|on) "
    r"(?P<own>my|our) (?P<x>[a-z]+)'s (?P<n>[^,;?.!]+?)\s*(?P<post>[,;?.!].*)?$"
)
_ASKER = {"my": "i", "our": "we"}


def host_made_guest(a: Parsed, b: Parsed) -> bool:
    if "as" in b.words and "as" not in a.words:
        return _guest_read(a.source, b.source)
    if "as" in a.words and "as" not in b.words:
        return _guest_read(b.source, a.source)
    return False


def _guest_read(sa: str, sb: str) -> bool:
    ma, mb = _HOST_RE.match(flat(sa)), _GUEST_RE.match(flat(sb))
    if ma is None or mb is None:
        return False
    if _ASKER[ma["own"]] != mb["subj"] or ma["x"] != mb["x"] or ma["p"] != mb["p"]:
        return False
    if ma["n"] != mb["n"] or ma["v"] not in (mb["v"], mb["v"] + "s", mb["v"] + "es"):
        return False
    if len(ma["g"]) < 4 or ma["g"][:4] != mb["g"][:4] or ma["x"] == mb["g"]:
        return False  # "my guest partner" / "as a guest": the same role word
    return (
        ma["pre"].split() == mb["pre"].split()
        and (ma["post"] or "").split() == (mb["post"] or "").split()
    )


_AT_OWNERS_RE = re.compile(
    r"^(?P<pre>.*?)\b(?P<t>after|before|since|following) (?:having )?(?:(?:a|an|the|some) )?"
    r"(?P<n>[a-z-]+(?: [a-z-]+){0,2}?) (?P<p>at|in) (?:a|my|our|the|his|her|their) "
    r"(?P<x>[a-z-]+)'s (?P<place>[a-z-]+)\b(?P<post>.*)$"
)
_CAME_TO_MINE_RE = re.compile(
    r"^(?P<pre>.*?)\b(?P<t>after|before|since|following) (?:a|my|our|the|his|her|their) "
    r"(?P<x>[a-z-]+) (?P<v>[a-z]+)(?: over)? (?:to|for) (?:(?:a|an|the|some) )?"
    r"(?P<n>[a-z-]+(?: [a-z-]+){0,2}?) (?P<p>at|in) (?P<own>my|our) (?P<place>[a-z-]+)\b"
    r"(?P<post>.*)$"
)


def guest_made_host(a: Parsed, b: Parsed) -> bool:
    """ "after N at X's P" against "after X came to N at my P" (role pass 145): the asker the
    guest at X's place on one side and X the guest at the asker's on the other ("After dinner at
    my neighbor's house, should I bring him a gift?" / "After my neighbor came to dinner at my
    house, should I bring him a gift?"), the same X, N, P and the words around the same. "after
    my X came to N at her P" against "after N at my X's P" (X's place on both) is left."""
    sides = owner_side_first(a.source, b.source)
    return sides is not None and _guest_host_read(*sides)


def _guest_host_read(sa: str, sb: str) -> bool:
    ma, mb = _AT_OWNERS_RE.match(sa), _CAME_TO_MINE_RE.match(sb)
    if ma is None or mb is None or ma["t"] != mb["t"]:
        return False
    keys = ("x", "n", "p", "place")
    if any(ma[k] != mb[k] for k in keys):
        return False
    return ma["pre"].split() == mb["pre"].split() and ma["post"].split() == mb["post"].split()
