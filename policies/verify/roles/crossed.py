"""Two things traded across two verbs or two clauses, every other word in place.

"My son lives with his father and visits me" / "My son lives with me and visits his father"
(two participants of one subject's two verbs), "Can I vote in person if I requested a mail
ballot?" / "Can I vote by mail if I requested an in-person ballot?" (two modifiers traded
between a question and its condition), "Can a contractor keep my deposit if I cancel?" / "...
if he cancels?" (the subject of the condition changed from the asker to a participant).
"""

from __future__ import annotations

from policies.verify.roles.tokens import _NP_LEAD
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed

_PERSON = frozenset("me us him her them i we he she they you".split())
# a link that only lists ("me or my roommate", "with me or with his father"): no verb between
_LINKS = frozenset(
    ", and or vs versus nor between than to with for from at on in of about by".split()
)
_SUBORDINATORS = frozenset(
    "if when whenever unless once after before because since until while though although".split()
)
_FIRST = frozenset(("i", "we"))
_THIRD = frozenset(("he", "she", "they", "it"))
_AGREE = {"am": "is", "are": "is", "have": "has", "do": "does", "were": "was"}
_SPAN_MAX = 3
_THIRD_PERSON = frozenset("he him she her they them it".split())


def crossed(a: Parsed, b: Parsed) -> bool:
    return participants_crossed(a, b) or condition_subject(a, b) or modifiers_crossed(a, b)


def participants_crossed(a: Parsed, b: Parsed) -> bool:
    """``a`` is "P X Q Y R" and ``b`` "P Y Q X R", X and Y people ("me", "his father"), Q more
    than a link ("and visits", not "and" / "or" / "vs": "my mom and my dad")."""
    wa, wb = a.words, b.words
    n = len(wa)
    if n != len(wb):
        return False
    i = 0
    while i < n and wa[i] == wb[i]:
        i += 1
    j = n
    while j > i and wa[j - 1] == wb[j - 1]:
        j -= 1
    ma, mb = wa[i:j], wb[i:j]
    if len(ma) < 3:
        return False
    for x in range(1, _SPAN_MAX + 1):
        for y in range(1, _SPAN_MAX + 1):
            if x + y >= len(ma):
                break
            first, link, last = ma[:x], ma[x : len(ma) - y], ma[len(ma) - y :]
            if mb != (*last, *link, *first) or first == last:
                continue
            if not (_party(first) and _party(last)) or all(w in _LINKS for w in link):
                continue
            if _pronoun_for(first, last) or _pronoun_for(last, first):
                continue  # "how is he fed if my father can't swallow": the same person
            return True
    return False


def _pronoun_for(pron: tuple[str, ...], np: tuple[str, ...]) -> bool:
    return len(pron) == 1 and pron[0] in _THIRD_PERSON and len(np) > 1


def _party(span: tuple[str, ...]) -> bool:
    if len(span) == 1:
        return span[0] in _PERSON
    return span[0] in _NP_LEAD and span[-1] not in _PERSON


def condition_subject(a: Parsed, b: Parsed) -> bool:
    """ "... if I cancel?" / "... if he cancels?": the subject after "if / when / unless ..."
    the asker ("I", "we") on one side and someone else ("he", "she", "they", "it") on the
    other, the verb agreeing, every other word in place. "you" / "I" (the generic asker) are
    the same."""
    wa, wb = a.words, b.words
    if abs(len(wa) - len(wb)) > 0:
        return False
    n = len(wa)
    i = 0
    while i < n and wa[i] == wb[i]:
        i += 1
    if i == 0 or i >= n or wa[i - 1] not in _SUBORDINATORS:
        return False
    x, y = wa[i], wb[i]
    if not ((x in _FIRST and y in _THIRD) or (y in _FIRST and x in _THIRD)):
        return False
    if wa[i + 1 :] == wb[i + 1 :]:
        return True
    if i + 1 >= n or wa[i + 2 :] != wb[i + 2 :]:
        return False
    va, vb = wa[i + 1], wb[i + 1]
    return _agrees(va, vb) or _agrees(vb, va)


def _agrees(plain: str, third: str) -> bool:
    """ "cancel" / "cancels", "am" / "is", "have" / "has"."""
    if _AGREE.get(plain) == third:
        return True
    return third in (plain + "s", plain + "es") or (
        plain.endswith("y") and third == plain[:-1] + "ies"
    )


def modifiers_crossed(a: Parsed, b: Parsed) -> bool:
    """The content words in the same order but two, traded between the clause before a
    subordinator ("if", "when", "because", ...) and the clause after it on both sides: "vote in
    person if I requested a mail ballot" / "vote by mail if I requested an in-person ballot"."""
    ka = [(c, k) for k, c in enumerate(a.canon) if c]
    kb = [(c, k) for k, c in enumerate(b.canon) if c]
    if len(ka) != len(kb) or len(ka) < 3:
        return False
    diff = [t for t in range(len(ka)) if ka[t][0] != kb[t][0]]
    if len(diff) != 2:
        return False
    s, t = diff
    if ka[s][0] != kb[t][0] or ka[t][0] != kb[s][0]:
        return False
    return _split(a.words, ka[s][1], ka[t][1]) and _split(b.words, kb[s][1], kb[t][1])


def _split(words: tuple[str, ...], i: int, j: int) -> bool:
    return not _SUBORDINATORS.isdisjoint(words[i + 1 : j])


# Role pass 31 (round 99): who has the state moved from the asker's condition to another
# person's relative clause, "Should the nurse vaccinate me if I have a fever?" / "Should I get
# vaccinated by a nurse who has a fever?": one side "if I have / am P", the other "N who has /
# is P" (N a noun), the same P to the clause's end, neither side saying the other's.
_STATE = {
    "have": "has",
    "has": "has",
    "had": "had",
    "am": "is",
    "is": "is",
    "are": "is",
    "was": "was",
    "were": "was",
}
_REL = frozenset(("who", "that"))


def state_holder_moved(a: Parsed, b: Parsed) -> bool:
    if "if" not in a.words and "if" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    sa, sb = _states(ta), _states(tb)
    ia = {k for who, k in sa if who == "i"}
    ib = {k for who, k in sb if who == "i"}
    na = {k for who, k in sa if who == "n"}
    nb = {k for who, k in sb if who == "n"}
    return bool((ia & nb) - ib - na) or bool((ib & na) - ia - nb)


def _states(t: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """("i", (verb, P)) for "if I have P", ("n", (verb, P)) for "N who has P"."""
    out = []
    for k in range(1, len(t) - 2):
        verb = _STATE.get(t[k + 1])
        if verb is None:
            continue
        end = next((e for e in range(k + 2, len(t)) if t[e] in MARKS), len(t))
        rest = (verb, *t[k + 2 : end])
        if len(rest) < 2:
            continue
        if t[k] in _FIRST and t[k - 1] == "if":
            out.append(("i", rest))
        elif t[k] in _REL and t[k - 1] not in _PERSON and t[k - 1].isalpha():
            out.append(("n", rest))
    return out
