"""Two role trades between a possessive and a gerund's doer (role pass 145).

``declined_owner_traded``: "V (PRT) my X's N" against "FRAME my X V-ing (PRT) my N", the same
verb V (by its stem: "decline" / "declining", "turn down" / "turning down"), the same X and N,
the words before the same bar the one or two of a frame verb ("handle", "deal with"), and the
words after the same: the asker does V to X's N on one side and X does V to the asker's N on
the other ("How do I politely decline my boss's dinner invitation?" / "How do I politely handle
my boss declining my dinner invitation?"). Both sides in one shape, or "my X V-ing X's N" (the
owner kept), are left.

``thief_made_victim``: "if / when another X V-s its (my ...) N" against "after V-ing another X's
N", the same X, the same verb by its stem and the same N, the words before the same: the one
asked about undergoes V on one side and does it on the other ("What should a mascot do if another
mascot steals its props?" / "What should a mascot do after stealing another mascot's props?").
"after another X V-s its N" / "if another X V-s its N" (the same shape) is left. Role pass 159
reads a preposition or particle the verb takes before the owned noun, the same on both sides,
and "because" as a condition ("Can a hurler be sent off for pulling on an opponent's hurley?" /
"... when an opponent pulls on his hurley?"); the doer said as a clause, "when he pulls on an
opponent's hurley", keeps the genitive and is left.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import owner_side_first
from policies.verify.text import Parsed
from policies.verify.words import canonical

_PRT = r"(?: (?P<prt>up|down|off|out|away|back))?"
_OWNER = r"(?P<od>my|our|a|the|his|her|their)"
_NOUNS = r"(?P<n>[a-z-]+(?: [a-z-]+){0,3}?)\s*(?P<post>[,;?.!].*)?$"
_VERB_OWNED_RE = re.compile(
    rf"^(?P<pre>.*?)\b(?P<v>[a-z]+){_PRT} {_OWNER} (?P<x>[a-z-]+)'s {_NOUNS}"
)
_DOER_OWNS_RE = re.compile(
    rf"^(?P<pre>.*?)\b{_OWNER} (?P<x>[a-z-]+) (?P<v>[a-z]+ing){_PRT} (?P<own>my|our) {_NOUNS}"
)
# a preposition or particle the verb takes before its object ("pulls on", "knocks over"), the
# same on both sides (role pass 159)
_PREP = r"(?P<p>(?: (?:on|at|in|into|onto|over|off|out|up|down|with|through|against|from))?)"
_DONE_TO_RE = re.compile(
    r"^(?P<pre>.*?)\b(?:if|when|whenever|once|because) (?P<d>another|a|an|the|some|my|our) "
    rf"(?P<x>[a-z-]+) (?P<v>[a-z]+s){_PREP} (?:its|my|our|his|her|their) (?P<n>[a-z-]+)\b"
)
_DOING_RE = re.compile(
    rf"^(?P<pre>.*?)\b(?:after|for|when|since) (?P<v>[a-z]+ing){_PREP} "
    r"(?P<d>another|a|an|the|some|my|our) (?P<x>[a-z-]+)'s (?P<n>[a-z-]+)\b"
)


def _same_verb(v: str, w: str) -> bool:
    """The same verb by its stem ("decline" / "declining", "steals" / "stealing")."""
    return len(v) > 2 and canonical(v) == canonical(w) and canonical(v) != ""


def declined_owner_traded(a: Parsed, b: Parsed) -> bool:
    sides = owner_side_first(a.source, b.source)
    return sides is not None and _declined_read(*sides)


def _declined_read(sa: str, sb: str) -> bool:
    mb = _DOER_OWNS_RE.match(sb)
    if mb is None or _DOER_OWNS_RE.match(sa) is not None:
        return False
    ma = _VERB_OWNED_RE.match(sa)
    if ma is None or ma["x"] != mb["x"] or ma["n"] != mb["n"] or ma["prt"] != mb["prt"]:
        return False
    if not _same_verb(ma["v"], mb["v"]) or ma["od"] != mb["od"]:
        return False
    pre_a, pre_b = ma["pre"].split(), mb["pre"].split()
    if not 1 <= len(pre_b) - len(pre_a) <= 2 or pre_b[: len(pre_a)] != pre_a:
        return False  # "How do I V" / "How do I handle (deal with)": a frame verb added
    return (ma["post"] or "").split() == (mb["post"] or "").split()


def thief_made_victim(a: Parsed, b: Parsed) -> bool:
    sides = owner_side_first(a.source, b.source)
    return sides is not None and _thief_read(sides[1], sides[0])


def _thief_read(sa: str, sb: str) -> bool:
    ma, mb = _DONE_TO_RE.match(sa), _DOING_RE.match(sb)
    if ma is None or mb is None or _DOING_RE.match(sa) or _DONE_TO_RE.match(sb):
        return False
    if ma["x"] != mb["x"] or ma["n"] != mb["n"] or not _same_verb(ma["v"], mb["v"]):
        return False
    return ma["p"] == mb["p"] and ma["pre"].split() == mb["pre"].split()


def gerund_owner_swap(a: Parsed, b: Parsed) -> bool:
    return declined_owner_traded(a, b) or thief_made_victim(a, b)
