"""One spelling for sports league names and "who won" questions (pure, precompiled).

League and award names through a closed alias table: "most valuable player" / MVP,
"National Hockey League" / NHL, "Major League Baseball" / MLB, "National Basketball
Association" / NBA, "Formula One" / "Formula 1" / F1, "Euro 2016" / "the 2016 European
Championship". "Which team / country won X" and "Winner of X" are "Who won X"; the year of
an event written after it ("the Stanley Cup in 2022", "Tour de France 2020") goes before it
("the 2022 Stanley Cup"). The event, its year and any other word are kept.
"""

from __future__ import annotations

import re

__all__ = ["canonical_sports", "winner_mismatch"]

_I = re.IGNORECASE
_ALIASES = tuple(
    (re.compile(p, _I), r)
    for p, r in (
        (r"\bmost\s+valuable\s+player\b", "MVP"),
        (r"\bNational\s+Hockey\s+League\b", "NHL"),
        (r"\bMajor\s+League\s+Baseball\b", "MLB"),
        (r"\bNational\s+Basketball\s+Association\b", "NBA"),
        (r"\bFormula\s+(?:One|1)\b", "F1"),
        (r"\b(?:UEFA\s+)?Euro\s+((?:19|20)\d\d)\b", r"the \1 European Championship"),
    )
)
_WHO_RE = re.compile(
    r"^\s*(?:who\s+won|(?P<t>which\s+(?:team|country|nation)\s+won)|(?:the\s+)?winner\s+of)\s+"
    r"(?:the\s+)?(?P<x>(?:(?!in\b)[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+?)"
    r"(?:\s+in\s+|\s+)?(?P<y>(?:19|20)\d\d)?\s*[?.]?\s*$",
    _I,
)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\s")
# Events only teams (or countries) win: elsewhere "which team won" asks for another winner
# than "who won" (a Tour de France's team classification, an F1 constructors' title).
_TEAM_EVENT = re.compile(
    r"\b(?:World\s+Cup|Super\s+Bowl|Stanley\s+Cup|NBA\s+Finals|World\s+Series|Champions\s+League"
    r"|European\s+Championship|Copa\s+Am[eé]rica|Six\s+Nations|FA\s+Cup)$"
)


def _who(m: re.Match[str]) -> str:
    x, y = m.group("x"), m.group("y")
    if not x[0].isupper() and not x[0].isdigit():
        return m.group(0)  # "the most medals", "it": not a named event
    if m.group("t") is not None and _TEAM_EVENT.search(x) is None:
        return m.group(0)
    if y is not None and not _YEAR_FIRST.match(x):
        x = f"{y} {x}"
    elif y is not None:
        return m.group(0)  # two years: as written
    return f"Who won the {x}?"


_WHICH_WON = re.compile(r"^\s*which\s+(?:team|country|nation|club)\s+(?:has\s+)?won\b", _I)
_WHO_WON = re.compile(r"^\s*who\s+(?:has\s+)?won\b", _I)


def winner_mismatch(cached: str, incoming: str) -> bool:
    """ "Which team / country won X" beside "Who won X" where X is not an event only teams win
    (left apart by ``canonical_sports``): a Tour de France's team classification, the
    country with the most medals, are other winners than the rider or the athlete."""
    if "won" not in cached or "won" not in incoming:
        return False
    for x, y in ((cached, incoming), (incoming, cached)):
        if _WHICH_WON.match(x) is not None and _WHO_WON.match(y) is not None:
            return True
    return False


def canonical_sports(text: str) -> str:
    """``text`` with the league names and "who won" forms above written one way, or itself."""
    low = text.lower()
    if (
        "valuable" in low
        or "league" in low
        or "association" in low
        or "formula" in low
        or ("euro " in low)
    ):
        for pattern, repl in _ALIASES:
            text = pattern.sub(repl, text)
    if "won" in low or "winner" in low:
        m = _WHO_RE.match(text)
        if m is not None:
            return _who(m)
    return text
