"""A kept noun reached the opposite way, or the thing against a fear of it (pure).

- ``into_against_out_of``: only the verb phrase before the same noun differs, "into" on
  one side and "out of" on the other ("a mower that won't go into gear" / "... won't come
  out of gear", "get into safe mode" / "get out of safe mode"): one movement, opposite
  directions.
- ``cause_against_fear``: after "due to" / "because of", one side names a cause, the other
  the fear (threat, risk, forecast) of it ("a trip cancelled due to a hurricane" / "... due
  to fear of a hurricane"): what happened against what only might.
- ``traded_with_pronouns``: two content words trade places and only third-person pronouns
  differ besides ("My dog has fleas. Can I use a cat flea treatment on him?" / "My cat has
  fleas. Can I use a dog flea treatment on her?"): the pronoun follows the noun that moved.
"""

from __future__ import annotations

import re

from policies.verify.direction import differing
from policies.verify.lexicon import DETERMINERS
from policies.verify.text import Parsed

_MAX_VERB = 3  # words of the verb phrase before "into" / "out of", at most


def _ends_into(span: tuple[str, ...]) -> bool:
    return len(span) <= _MAX_VERB + 1 and span[-1:] == ("into",) and "out" not in span


def _ends_out_of(span: tuple[str, ...]) -> bool:
    return len(span) <= _MAX_VERB + 2 and span[-2:] == ("out", "of") and "into" not in span


_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def into_against_out_of(cached: str, incoming: str) -> bool:
    """The differing words end in "into" on one side and "out of" on the other, the noun
    after them the same and the rest word for word (read as typed: a rewrite reads "come
    out" as "release")."""
    if "into" not in cached.lower() and "into" not in incoming.lower():
        return False
    wa = tuple(_WORD_RE.findall(cached.lower()))
    wb = tuple(_WORD_RE.findall(incoming.lower()))
    if ("into" in wa) == ("into" in wb) or ("out" in wa) == ("out" in wb):
        return False
    i, ea, eb = differing(wa, wb)
    if ea >= len(wa) or eb >= len(wb):
        return False  # no noun kept after them
    ma, mb = wa[i:ea], wb[i:eb]
    if not ma or not mb:
        return False
    return (_ends_into(ma) and _ends_out_of(mb)) or (_ends_into(mb) and _ends_out_of(ma))


_CAUSES = (("due", "to"), ("because", "of"), ("owing", "to"))
_FEARS = frozenset(
    """fear fears worry worries threat threats risk risks chance chances forecast forecasts
    prospect possibility likelihood danger warning warnings rumor rumors rumour rumours
    prediction predictions""".split()
)


def _fear_of(span: tuple[str, ...]) -> bool:
    """``span`` is "[a determiner] fear of [a determiner]" or the like."""
    s = span[1:] if span[:1] and span[0] in DETERMINERS else span
    if len(s) < 2 or s[0] not in _FEARS or s[1] != "of":
        return False
    return all(w in DETERMINERS for w in s[2:]) and len(s) <= 3


def cause_against_fear(a: Parsed, b: Parsed) -> bool:
    """Right after "due to" / "because of", one side adds "fear of" (threat, risk ...)
    before the same cause; the rest word for word (a determiner may change)."""
    wa, wb = a.words, b.words
    if _FEARS.isdisjoint(wa) and _FEARS.isdisjoint(wb):
        return False
    i, ea, eb = differing(wa, wb)
    if i < 2 or wa[i - 2 : i] not in _CAUSES:
        return False
    ma, mb = wa[i:ea], wb[i:eb]
    if ea >= len(wa) or eb >= len(wb):
        return False  # the cause must be kept after the added words
    for plain, feared in ((ma, mb), (mb, ma)):
        if len(plain) <= 1 and all(w in DETERMINERS for w in plain) and _fear_of(feared):
            return True
    return False


_PRONOUNS = frozenset("he she it him her his hers its".split())  # third person


def traded_with_pronouns(a: Parsed, b: Parsed) -> bool:
    """Same length, two content words trade places, and every other differing word is a
    third-person pronoun swapped for another ("him" / "her", "his" / "its")."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or wa == wb:
        return False
    diff = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(diff) < 3:
        return False  # a plain trade is ``direction_swap``'s
    traded = [k for k in diff if wa[k] not in _PRONOUNS or wb[k] not in _PRONOUNS]
    if len(traded) != 2 or len(diff) - 2 > 2:
        return False
    p, q = traded
    if wa[p] != wb[q] or wa[q] != wb[p] or not a.canon[p] or not a.canon[q]:
        return False
    return a.canon[p] != a.canon[q]
