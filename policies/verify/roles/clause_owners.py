"""Role pass 45 (blind rounds 134-136): two joined clauses whose doers trade places, the owners
following them.

``clause_owners_said``: "I should teach her kids history while she teaches mine science" /
"she should teach my kids history while I teach hers science". Each clause's owners are said
from its own subject: in a clause whose subject is "I", "her / his" (the other one's) is
"their" and "hers" is "theirs"; in one whose subject is "she / he", "my" is "their" and "mine"
is "theirs". Read so, the two texts differ only in which doer says which clause, and
``role_swap`` reads that as any other exchange.
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_TOKEN_RE = re.compile(r"[\w'-]+|[^\w\s]")
_BREAKS = frozenset("while whereas and but , ; . ? !".split())
_FIRST = frozenset(("i",))
_THIRD = frozenset(("he", "she"))
_OTHER_OWNER = {"i": {"her": "their", "his": "their", "hers": "theirs"}}
_OWN_OWNER = {"my": "their", "mine": "theirs"}


def _said(source: str) -> tuple[str, int] | None:
    """The text with each clause's owners said from its subject, and how many were changed."""
    toks = _TOKEN_RE.findall(source.lower().replace("\u2019", "'"))
    out: list[str] = []
    subject = ""
    changed = 0
    subjects: set[str] = set()
    for t in toks:
        if t in _BREAKS:
            subject = ""
        elif not subject and (t in _FIRST or t in _THIRD):
            subject = "i" if t in _FIRST else "3"
            subjects.add(subject)
        elif subject == "i" and t in _OTHER_OWNER["i"]:
            out.append(_OTHER_OWNER["i"][t])
            changed += 1
            continue
        elif subject == "3" and t in _OWN_OWNER:
            out.append(_OWN_OWNER[t])
            changed += 1
            continue
        out.append(t)
    if len(subjects) < 2:
        return None  # one doer said: no clause's owner to say from another
    return " ".join(out), changed


def clause_owners_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both texts read with each clause's owners said from its own subject, when both have two
    clauses of "I" and "she / he" and an owner on each side so said."""
    if "i" not in a.words or "i" not in b.words:
        return None
    sa, sb = _said(a.source), _said(b.source)
    if sa is None or sb is None or not sa[1] or not sb[1]:
        return None
    if sa[0] == sb[0]:
        return None
    return parse(sa[0]), parse(sb[0])
