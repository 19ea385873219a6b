"""A measure's degree qualifier changed in place (pure, hardening pass 52, blind round 358):
"What's the minimum pool depth for underwater hockey?" / "What's the ideal pool depth ...",
"the recommended water temperature" / "the maximum water temperature". A limit, a
recommendation, a typical value and a legal or safe bound are other numbers: another answer.

The qualifiers are a closed class, in named groups of synonyms: a lower limit (minimum, min,
lowest), an upper limit (maximum, max, highest, peak), a target (ideal, optimal, optimum,
best, right, recommended, suggested), a typical value (average, avg, mean, typical, usual,
normal, standard), a median, and a bound set by rule or by risk (legal, required, safe).
The measure nouns are a closed class too, the dimensions a number is asked of (age, depth,
size, weight, temperature, number, length, speed, price, height, distance ...) and the units
of time a date is asked in (time, date, hour, day, week, month, year, season).

A limit of time or age is also said with a superlative of time or age (hardening pass 54,
blind round 369): "the best age to start training" / "the latest age to start training",
"the best date to plant garlic" / "the earliest date": "earliest", "soonest" and
"youngest" are a lower limit, "latest" and "oldest" an upper one (a bound like "minimum" /
"maximum"), the target another number.

Limits: one word against one word in place, and a measure noun among the (at most three)
content words right after it ("the ideal pool depth", "the maximum team size"); a qualifier
added or dropped ("the minimum height requirement" / "the height requirement") is not read,
nor a qualifier before anything else ("the best laptop" / "the top laptop"). Words of one
group are one qualifier ("ideal" / "optimal" / "best", "maximum" / "max").
"""

from __future__ import annotations

from policies.verify.direction import differing
from policies.verify.text import Parsed

__all__ = ["qualifier_swapped"]

_GROUPS = {
    "lower limit": "minimum min lowest earliest soonest youngest",
    "upper limit": "maximum max highest peak latest oldest",
    "target": "ideal optimal optimum best right recommended suggested",
    "typical": "average avg mean typical usual normal standard",
    "median": "median",
    "bound": "legal required safe",
}
_QUALIFIERS = {w: group for group, words in _GROUPS.items() for w in words.split()}
# the dimensions a number is asked of (singular; a plural "s" is dropped before the look-up)
_MEASURES = frozenset(
    """
    age depth size weight temperature temp number length speed price height distance width
    volume dose dosage amount capacity pressure level ph rate cost fee time duration altitude
    elevation humidity intake calorie budget salary wage income frequency thickness spacing
    count load limit score wattage voltage
    date hour day week month year season
    """.split()
)
_REACH = 3  # content words read after the qualifier: "the recommended daily calorie intake"


def _measured(p: Parsed, k: int) -> bool:
    """A measure noun among the content words right after ``k`` (at most three)."""
    words, canon = p.words, p.canon
    for j in range(k + 1, min(len(words), k + 1 + _REACH)):
        if not canon[j] or not words[j].isalpha():
            return False
        w = words[j]
        if w in _MEASURES or (w.endswith("s") and w[:-1] in _MEASURES):
            return True
    return False


def qualifier_swapped(a: Parsed, b: Parsed) -> bool:
    """Only one word differs, a degree qualifier of one group on one side and of another on
    the other, qualifying a measure noun on both sides."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb):
        return False
    i, ea, eb = differing(wa, wb)
    if ea != i + 1 or eb != i + 1:
        return False
    ga, gb = _QUALIFIERS.get(wa[i]), _QUALIFIERS.get(wb[i])
    if ga is None or gb is None or ga == gb:
        return False
    return _measured(a, i) and _measured(b, i)
