"""Role pass 192 (blind round 347): the party thanked and the one a favour was done for traded
through an agent noun.

``thanked_party_traded``: "P thank X for V-ing me / us R" against "P thank my / our N for V-ing
X R", N an agent noun of V's stem (the stem itself or the stem with "-er / -r / -or / -ist",
"sponsor" of "sponsoring", "coach" of "coaching", "supporter" of "supporting", "funder" of
"funding"), P and R the same and the asker's owner the person of the object ("me" / "my", "us" /
"our"): on the first side X did it for the asker, on the second the asker's N did it for X, so
who is thanked and who was helped are traded ("How do I thank the league for sponsoring me this
season?" / "How do I thank my sponsor for sponsoring the league this season?", "thank the club
for coaching me" / "thank my coach for coaching the club"). The same party thanked two ways
("for sponsoring me" / "for their sponsorship", "for coaching me so well"), another verb for the
act, politeness and filler are left.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import flat
from policies.verify.text import Parsed

_THANK_RE = re.compile(
    r"^(?P<pre>.*?)\bthank (?P<x>(?:[a-z'-]+ ){0,4}?[a-z'-]+) for (?P<v>[a-z]+ing) (?P<rest>.*)$"
)
_WORD_RE = re.compile(r"[a-z0-9'-]+")
_ASKER_OWNER = {"me": "my", "us": "our"}
_AGENT_ENDS = ("", "er", "r", "or", "ist")


def thanked_party_traded(a: Parsed, b: Parsed) -> bool:
    if "thank" not in a.words or "thank" not in b.words:
        return False
    return _traded(a.source, b.source) or _traded(b.source, a.source)


def _stems(gerund: str) -> tuple[str, ...]:
    """What ``gerund`` is formed from: "sponsoring" -> "sponsor", "serving" -> "serv",
    "serve"; "running" -> "runn", "run"."""
    root = gerund[:-3]
    out = [root, root + "e"]
    if len(root) > 2 and root[-1] == root[-2]:
        out.append(root[:-1])
    return tuple(out)


def _agent_of(noun: str, gerund: str) -> bool:
    """``noun`` is an agent noun of the verb of ``gerund``: a suffix test on the stem."""
    if len(gerund) < 6:
        return False
    return any(noun == stem + end for stem in _stems(gerund) for end in _AGENT_ENDS)


def _traded(sa: str, sb: str) -> bool:
    ma, mb = _THANK_RE.match(flat(sa)), _THANK_RE.match(flat(sb))
    if ma is None or mb is None or ma["v"] != mb["v"]:
        return False
    if ma["pre"].split() != mb["pre"].split():
        return False
    rest_a, rest_b = _WORD_RE.findall(ma["rest"]), _WORD_RE.findall(mb["rest"])
    if not rest_a or rest_a[0] not in _ASKER_OWNER:
        return False
    x_a, x_b = ma["x"].split(), mb["x"].split()
    if len(x_b) != 2 or x_b[0] != _ASKER_OWNER[rest_a[0]]:
        return False
    if not _agent_of(x_b[1], ma["v"]) or x_b[1] in x_a:
        return False
    # the second side's object is the first side's thanked party, the rest the same
    return rest_b == x_a + rest_a[1:]
