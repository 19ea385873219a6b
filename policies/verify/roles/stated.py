"""The doer of a stated fact changed between the asker and someone else, every other word kept
(round 76: "Who should text first after a date, the person who paid or the one who was paid
for? I paid." / "... She paid."): one clause's subject pronoun is "I / we" on one side and "he /
she / they" on the other, at the start of a sentence or after a clause word ("if", "because",
"and"), the verb agreeing with it ("I pay" / "she pays", "I am" / "she is"). "I" against "we",
or against "you", is left to other checks (the asker's party, an address)."""

from __future__ import annotations

from policies.verify.roles.written import MARKS, NOMINATIVE, PERSON, THIRD, tokens
from policies.verify.text import Parsed

_ASKER = frozenset(("1s", "1p"))
_LEADS = MARKS | frozenset("if when because since and but so while after before that".split())
_AGREE = {"am": "be", "is": "be", "are": "be", "was": "was", "were": "was", "has": "have"}
_AGREE |= {"have": "have", "does": "do", "do": "do"}


def doer_stated(a: Parsed, b: Parsed) -> bool:
    if NOMINATIVE.isdisjoint(a.words) or NOMINATIVE.isdisjoint(b.words) or a.words == b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if len(ta) != len(tb) or ta == tb:
        return False
    diff = [i for i in range(len(ta)) if ta[i] != tb[i]]
    i = diff[0]
    x, y = ta[i], tb[i]
    if x not in NOMINATIVE or y not in NOMINATIVE or x == "you" or y == "you":
        return False
    px, py = PERSON[x], PERSON[y]
    if not ((px in _ASKER and py in THIRD) or (py in _ASKER and px in THIRD)):
        return False
    if i > 0 and ta[i - 1] not in _LEADS:
        return False  # "Should I ..." / "Should she ...": a question's subject, read elsewhere
    if any(not _agrees(ta[j], tb[j]) for j in diff[1:]):
        return False
    return len(diff) <= 2 and all(j == i + 1 for j in diff[1:])


def _agrees(x: str, y: str) -> bool:
    """The verb in the form its subject asks for ("pay" / "pays", "am" / "is")."""
    if x in _AGREE or y in _AGREE:
        return _AGREE.get(x) == _AGREE.get(y)
    return x + "s" == y or y + "s" == x or x + "es" == y or y + "es" == x
