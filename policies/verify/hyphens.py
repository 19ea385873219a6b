"""One word written with a hyphen on one side and closed up or spaced on the other ("e-mail" /
"email", "on-site" / "onsite", "in-ground" / "in ground", "follow-up" / "follow up"): a
spelling, not a change, so the pair is read with one spelling (the other side's).

Limits: letters only ("covid-19" and "x-86" are left to the literal checks); a hyphen on both
sides of the word, or the hyphenated form said on the other side too, is left as typed. Not
"re-" ("re-sign" / "resign", "re-cover" / "recover", "re-lease" / "release": the closed form
is another word), nor "co-op" / "coop" (a chicken coop); a spaced form is matched only as the
same letters with spaces where the hyphens were ("in ground"), never a part alone."""

from __future__ import annotations

import re

_HYPHENATED = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)+)(?![\w-])")
# the closed form of these is another word
_OTHER_WORD_PREFIXES = frozenset({"re"})
_OTHER_WORDS = frozenset({"co-op", "co-ops"})


def align(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` with each hyphenated word written as the other side writes it."""
    if "-" not in a and "-" not in b:
        return a, b
    return _as_other(a, b), _as_other(b, a)


def _as_other(text: str, other: str) -> str:
    if "-" not in text:
        return text
    for word in {m.group(1) for m in _HYPHENATED.finditer(text)}:
        low = word.lower()
        parts = low.split("-")
        if parts[0] in _OTHER_WORD_PREFIXES or low in _OTHER_WORDS:
            continue
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", other, re.IGNORECASE):
            continue  # said the same way there
        closed, spaced = "".join(parts), r"\s+".join(parts)
        found = re.search(rf"(?<![\w-])(?:{closed}|{spaced})(?![\w-])", other, re.IGNORECASE)
        if found is not None:
            text = re.sub(
                rf"(?<![\w-]){re.escape(word)}(?![\w-])", found.group(0), text, flags=re.IGNORECASE
            )
    return text
