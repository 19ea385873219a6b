"""One spelling for clock times, time-zone and calendar questions (pure, precompiled).

A clock time is written "3 pm" / "7:30 pm": "15:00", "3 PM", "3pm", "3 p.m.", "03:00 PM" and
"noon" ("12 noon") are one; "12 am" is "midnight"; a bare "9:00" stays as written (am or pm
unknown) and a four-digit "0900" is read only after "it's" / "at" and before a time word or
the end. The am / pm, the hour and the minutes always stay.

Questions turned around without changing direction are one: "What time is it in X when it's T
in Y?" / "If it's T in Y, what time is it in X?" / "T in Y is what time in X?" / "What is T Y
time in X?" / "T Y time in X" / "T Y time to X time" are "T Y time in X" (the zone of T stays
Y: a swap of X and Y still differs); "What date is 90 days from today?" / "90 days from today
is what date?" / "What's the date 90 days from now?"; "How many days between D1 and D2" /
"Number of days from D1 to D2" / "Days from D1 to D2", with a year written on both ends or
on the last only ("March 1, 2024 and April 1, 2024" / "March 1 and April 1, 2024");
"Is / Was / Will Y be a leap year?" (a fact about a year, whatever the tense).
"""

from __future__ import annotations

import re

__all__ = ["canonical_clock"]

_I = re.IGNORECASE
_MERIDIEM = r"(?:(a)|(p))\.?\s?m\b\.?"
_AMPM_RE = re.compile(rf"\b(\d{{1,2}})(?::(\d\d))?\s*{_MERIDIEM}", _I)
_H24_RE = re.compile(r"(?<![\d:.])(\d\d):(\d\d)(?![\d:]|\s*[ap]\.?\s?m\b)", _I)
_MILITARY_RE = re.compile(
    r"\b(it'?s|it\s+is|at)\s+([01]\d|2[0-3])([0-5]\d)(?=\s+(?:hours?\b|in\b|[A-Z]{2,4}\b)|\s*[?.,]|\s*$)",
    _I,
)
_DIGIT_RE = re.compile(r"[0-9]")
_NOON_RE = re.compile(r"\b(?:12\s+)?(noon|midday|midnight)\b", _I)


def _clock(hour: int, minutes: str | None, pm: bool) -> str:
    mins = f":{minutes}" if minutes and minutes != "00" else ""
    return f"{hour}{mins} {'pm' if pm else 'am'}"


def _ampm(m: re.Match[str]) -> str:
    hour = int(m.group(1))
    if not 1 <= hour <= 12:
        return m.group(0)
    return _clock(hour, m.group(2), bool(m.group(4)))


def _h24(hour: int, minutes: str) -> str | None:
    if hour > 23 or int(minutes) > 59:
        return None
    return _clock(hour % 12 or 12, minutes, hour >= 12)


def _h24_sub(m: re.Match[str]) -> str:
    text = m.group(0)
    if not (text.startswith("0") or int(m.group(1)) >= 12):
        return text
    return _h24(int(m.group(1)), m.group(2)) or text


def _military(m: re.Match[str]) -> str:
    clock = _h24(int(m.group(2)), m.group(3))
    return f"{m.group(1)} {clock}" if clock else m.group(0)


def _times(text: str, low: str) -> str:
    if "noon" in low or "midday" in low or "midnight" in low:
        text = _NOON_RE.sub(
            lambda m: "12 pm" if m.group(1).lower() != "midnight" else "12 am", text
        )
    if ("am" in low or "pm" in low or "a.m" in low or "p.m" in low or "a m" in low) and (
        _DIGIT_RE.search(text)
    ):
        text = _AMPM_RE.sub(_ampm, text)
    if ":" in text:
        text = _H24_RE.sub(_h24_sub, text)
    if ("it" in low or "at " in low) and ("time" in low or "hours" in low):
        text = _MILITARY_RE.sub(_military, text)
    return text


_T = r"(?P<t>\d{1,2}(?::\d\d)? [ap]m)"
_PLACE = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
_Y = rf"(?P<y>{_PLACE})"
_X = rf"(?P<x>{_PLACE})"
_END = r"\s*[?.!]*\s*$"
_WHAT_TIME = r"(?i:what\s+time\s+(?:is\s+it|will\s+it\s+be)\s+in)"
_ITS = r"(?i:it'?s|it\s+is)"
_TZ_FRAMES = tuple(
    re.compile(p)
    for p in (
        rf"^\s*{_WHAT_TIME}\s+{_X},?\s+(?i:when|if)\s+{_ITS}\s+{_T}\s+in\s+{_Y}{_END}",
        rf"^\s*(?i:if|when)\s+{_ITS}\s+{_T}\s+in\s+{_Y},?\s+{_WHAT_TIME}\s+{_X}{_END}",
        rf"^\s*{_T}\s+in\s+{_Y}\s+is\s+what\s+time\s+in\s+{_X}{_END}",
        rf"^\s*(?i:what\s+is\s+|what's\s+|convert\s+)?{_T}\s+{_Y}\s+time\s+(?:in|to)\s+{_X}"
        rf"(?:\s+time)?{_END}",
    )
)
_PLACE_ALIASES = {"LA": "Los Angeles", "NYC": "New York", "SF": "San Francisco"}

_N = r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_U = r"(?P<u>days?|weeks?|months?|years?)"
_NUMBER_WORDS = dict(
    zip(
        "a one two three four five six seven eight nine ten twelve".split(),
        "1 1 2 3 4 5 6 7 8 9 10 12".split(),
        strict=True,
    )
)
_FROM = r"(?:from|after)\s+(?:today|now)"
_DATE_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*what\s+(?:date|day)\s+(?:is|will\s+it\s+be)\s+{_N}\s+{_U}\s+{_FROM}{_END}",
        rf"^\s*what(?:'s|\s+is)\s+the\s+date\s+{_N}\s+{_U}\s+{_FROM}{_END}",
        rf"^\s*{_N}\s+{_U}\s+{_FROM}\s+is\s+what\s+(?:date|day){_END}",
        rf"^\s*(?:what\s+)?date\s+{_N}\s+{_U}\s+{_FROM}{_END}",
    )
)
_AGO = r"(?:ago|before\s+today)"
_AGO_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*what\s+(?:date|day)\s+was\s+(?:it\s+)?{_N}\s+{_U}\s+{_AGO}{_END}",
        rf"^\s*what\s+was\s+the\s+date\s+{_N}\s+{_U}\s+{_AGO}{_END}",
    )
)
_UNTIL_RE = re.compile(
    r"^\s*(?:how\s+many\s+)?(?P<u>days|weeks)\s+(?:are\s+)?(?:left\s+)?(?:until|till|til|to)"
    r"\s+(?P<e>[A-Z][\w']*(?:\s+[A-Z][\w']*){0,2})\s*[?.!]*\s*$",
    _I,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = rf"{_MONTH}\s+\d{{1,2}}"
_D1 = rf"(?P<d1>{_DATE})(?:,?\s+(?P<y1>\d{{4}}))?"
_D2 = rf"(?P<d2>{_DATE})(?:,?\s+(?P<y2>\d{{4}}))?"
_SPAN = r"(?P<u>days|weeks|months)"
_RANGE_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*(?:how\s+many|(?:the\s+)?number\s+of)?\s*{_SPAN}\s+(?:are\s+there\s+)?"
        rf"(?:between|from)\s+{_D1}\s+(?:and|to)\s+{_D2}{_END}",
    )
)
_LEAP_RE = re.compile(
    r"^\s*(?:is|was|will)\s+(?:the\s+year\s+)?(\d{4})\s+(?:be\s+)?a\s+leap\s+year\s*[?.!]*\s*$", _I
)
_OPENERS = frozenset(
    "what what's if when how number days weeks the is was will date convert".split()
)


def _tz(text: str) -> str:
    for frame in _TZ_FRAMES:
        m = frame.match(text)
        if m is not None:
            y = _PLACE_ALIASES.get(m.group("y"), m.group("y"))
            x = _PLACE_ALIASES.get(m.group("x"), m.group("x"))
            return f"{m.group('t')} {y} time in {x}"
    return text


_OFFSET_FORMS = (
    (_DATE_FRAMES, "What date is {n} {unit}s from today?"),
    (_AGO_FRAMES, "What date was {n} {unit}s ago?"),
)


def _dates(text: str) -> str:
    for frames, form in _OFFSET_FORMS:
        for frame in frames:
            m = frame.match(text)
            if m is not None:
                n = _NUMBER_WORDS.get(m.group("n").lower(), m.group("n"))
                return form.format(n=n, unit=m.group("u").lower().rstrip("s"))
    for frame in _RANGE_FRAMES:
        m = frame.match(text)
        if m is not None:
            y1, y2 = m.group("y1"), m.group("y2")
            if y1 and y1 == y2:
                y1 = None
            if y1 and not y2:
                return text
            d1 = m.group("d1") + (f" {y1}" if y1 else "")
            d2 = m.group("d2") + (f" {y2}" if y2 else "")
            return f"How many {m.group('u').lower()} between {d1} and {d2}?"
    return text


def canonical_clock(text: str) -> str:
    """``text`` with its clock times, time-zone and calendar frames written one way, or itself."""
    low = text.lower()
    changed = _times(text, low)
    if len(text) > 160:
        return changed
    if changed is not text:
        text, low = changed, changed.lower()
    first = low.lstrip().split(" ", 1)[0]
    if first.isdigit() or first in _OPENERS:
        if " time" in low:
            return _tz(text) if " am" in low or " pm" in low else text
        if "leap" in low:
            m = _LEAP_RE.match(text)
            return f"Is {m.group(1)} a leap year?" if m is not None else text
        if ("day" in low or "week" in low or "month" in low or "year" in low) and (
            " from " in low or " between " in low or " ago" in low or " before " in low
        ):
            return _dates(text)
        if " until " in low or " till " in low or " til " in low:
            m = _UNTIL_RE.match(text)
            if m is not None and m.group("e")[0].isupper():
                return f"How many {m.group('u').lower()} until {m.group('e')}?"
    return text


# A time condition or offset said on one side only ("covered by the warranty" / "... after a
# year", "on election day" / "the day after election day", "a week before the wedding"):
# the answer depends on when
_OFFSET_N = (
    r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|few|several)"
)
_OFFSET_U = r"(minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?)"
_OFFSET_RES = (
    # "after a year", "within 30 days", "before two weeks"
    re.compile(
        rf"\b(after|before|within)\s+(?:the\s+first\s+)?"
        rf"{_OFFSET_N}\s+{_OFFSET_U}\b(\s+of\b)?",
        _I,
    ),
    # "two weeks after", "30 days from", "3 months later"
    re.compile(
        rf"\b{_OFFSET_N}\s+{_OFFSET_U}\s+(after|from|before|later|earlier|ago|prior)\b",
        _I,
    ),
    # "the day after", "the week before" (read as "a day after")
    re.compile(r"\bthe\s+()(day|night|week|month|year)\s+(after|before|prior)\b", _I),
)
_OFFSET_WORDS = {
    "an": "1",
    **_NUMBER_WORDS,
    "": "1",
    "later": "after",
    "from": "after",
    "prior": "before",
    "earlier": "before",
    "few": "few",
    "a few": "few",
    "several": "few",
    "min": "minute",
    "mins": "minute",
    "hr": "hour",
    "hrs": "hour",
    "wk": "week",
    "wks": "week",
    "yr": "year",
    "yrs": "year",
}


def _offset_word(group: str) -> str:
    """One word of an offset made canonical ("two" -> "2", "weeks" -> "week", "in" ->
    "within")."""
    word = " ".join(group.lower().split())
    word = _OFFSET_WORDS.get(word, word)
    return word[:-1] if word.endswith("s") and word.isalpha() else word


def _offsets(text: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The time conditions and offsets in ``text``, each as its words made canonical: those
    said alone, and those that measure a thing ("after 5 years of service")."""
    alone, measuring = set(), set()
    for pattern in _OFFSET_RES:
        for m in pattern.finditer(text):
            groups = [g for g in m.groups() if g is not None]
            if groups[-1].strip().lower() == "of":
                measuring.add(tuple(_offset_word(g) for g in groups[:-1]))
            else:
                alone.add(tuple(_offset_word(g) for g in groups))
    return frozenset(alone), frozenset(measuring)


def offset_mismatch(cached: str, incoming: str) -> bool:
    """A time condition or offset on one side only, or another one ("covered by the
    warranty" / "... after a year"); one said as a measure on the other side ("after one
    month" / "After one month of dating") is the same."""
    if not _HINT_RE.search(cached) and not _HINT_RE.search(incoming):
        return False
    (alone_a, of_a), (alone_b, of_b) = _offsets(cached), _offsets(incoming)
    return bool((alone_a ^ alone_b) - of_a - of_b)


_HINT_RE = re.compile(r"\b(?:min|hour|hr|day|night|week|wk|month|year|yr|decade)", _I)
