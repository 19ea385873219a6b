"""Role pass 32 (round 104): a group named by its owner on one side and by the owner alone on
the other, with the roles traded: "Can our guild charge the guild we partner with for using our
frames?" / "Can the guild we partner with charge us for using their frames?", "Can my company
sue the client?" / "Can the client sue me?". When one side says "us" / "me" and not the other,
the other side's "our N" / "my N" (N a group: "guild", "company", "team") is read as the
person ("we" / "us", "I" / "me", by its place) and the two compared again; the same roles
("Can our guild charge them?" / "Can we charge them?") stay the same."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_OBJ = {"our": "us", "my": "me"}
_SUBJ = {"our": "we", "my": "i"}
_LEADS = frozenset(
    "can could should would will do does did may might must if when and but because so".split()
)
_TRIES = 2
# a group the asker belongs to, said for the asker ("our guild", "my company")
_GROUPS = frozenset(
    "guild team band company firm business club family household church school store shop"
    " restaurant bar brewery startup agency office department league group organization"
    " nonprofit charity union crew studio practice clinic lab hoa association".split()
)


def owner_person_readings(a: Parsed, b: Parsed) -> list[str]:
    """``a``'s text with one "our N" / "my N" said as the person, when ``b`` says the person as
    an object ("us" / "me") and ``a`` does not."""
    wa, wb = a.words, b.words
    out: list[str] = []
    for own, obj in _OBJ.items():
        if obj not in wb or obj in wa or own not in wa:
            continue
        for m in re.finditer(rf"\b{own} ([a-z]+)\b", a.source, flags=re.IGNORECASE):
            if len(out) >= _TRIES or m.group(1).lower() not in _GROUPS:
                continue  # "my contractor" is someone else; "my company" is the asker's side
            before = re.findall(r"[a-z]+|[,;.?!]", a.source[: m.start()].lower())
            lead = not before or before[-1] in _LEADS or before[-1] in ",;.?!"
            out.append(a.source[: m.start()] + (_SUBJ[own] if lead else obj) + a.source[m.end() :])
    return out
