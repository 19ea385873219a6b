"""Role pass 58 (blind rounds 161-163): the one a deed is done for said as the owner of its thing.

``mine_said_for_me``: "X V-ed my N" read as "X V-ed the N for me" where the other side says "V-ed
the N for Y" ("I accidentally paid the meter for the car parked behind me" / "The car parked
behind me accidentally paid my meter", "I shoveled the driveway for the couple next door" / "The
couple next door shoveled my driveway"): the doer and the one it was done for traded, read by the
readers of "for" once both sides say it; a doer that names the asker in a modifier ("behind me")
hides the trade from the readers of an owner.

Role pass 86 (blind rounds 212-214): a third person's owner too, "V her N" read as "V N for her",
the other side's verb agreeing with another subject and its noun with or without "the" ("Kids
older than my daughter referee her games" / "My daughter referees games for kids older than
her": who officiates whose games).
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_FOR_ME = {"my": "me", "our": "us", "his": "him", "her": "her", "their": "them"}
# (a lookahead: "than my daughter referee her games" reads "referee her games" too)
_MINE_RE = re.compile(
    r"\b(?=([a-z]+) (my|our|his|her|their) ([a-z]+(?: [a-z]+)?)\b)", re.IGNORECASE
)


def mine_said_for_me(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "for" not in a.words and "for" not in b.words:
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "for" not in y.words:
            continue
        said = _said(x.source, y.source.lower())
        if said is not None:
            return (y, parse(said)) if flip else (parse(said), y)
    return None


def _said(x: str, y: str) -> str | None:
    """x with its "V my N" said "V the N for me", where y says "V the N for" (role pass 86:
    "V' (the) N for", V' the verb agreeing with another subject)."""
    for m in _MINE_RE.finditer(x):
        verb, owner = m.group(1).lower(), m.group(2).lower()
        words = m.group(3).lower().split()
        verbs = "|".join(re.escape(v) for v in _agreeing(verb))
        for n in range(len(words), 0, -1):
            noun = " ".join(words[:n])
            found = re.search(rf"\b(?:{verbs}) (the )?{re.escape(noun)} for\b", y)
            if found is None:
                continue
            end = m.start(3) + len(" ".join(m.group(3).split()[:n]))
            if re.match(r"\s+for\b", x[end:], re.IGNORECASE):
                return None  # "paid my meter for her": said for someone already
            the = found.group(1) or ""
            return f"{x[: m.start(2)]}{the}{x[m.start(3) : end]} for {_FOR_ME[owner]}{x[end:]}"
    return None


def _agreeing(verb: str) -> tuple[str, ...]:
    """The verb and its present forms agreeing with another subject ("referee" / "referees",
    "watches" / "watch")."""
    if verb.endswith("es") and verb[:-2].endswith(("s", "sh", "ch", "x", "z")):
        return verb, verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb, verb[:-1]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb, verb + "es"
    return verb, verb + "s"
