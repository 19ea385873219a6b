"""Two things traded across two verbs or two clauses, every other word in place.

"My son lives with his father and visits me" / "My son lives with me and visits his father"
(two participants of one subject's two verbs), "Can I vote in person if I requested a mail
ballot?" / "Can I vote by mail if I requested an in-person ballot?" (two modifiers traded
between a question and its condition), "Can a contractor keep my deposit if I cancel?" / "...
if he cancels?" (the subject of the condition changed from the asker to a participant).

Role pass 82: ``condition_party_changed`` the subject of a condition changed from one party to
another, both said as noun phrases, the verb and the rest to the end the same: "Does child
support end when the child gets married?" / "... when the paying parent gets married?" (the
words apart hidden by "child" said again in "child support").
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.tokens import _NP_LEAD
from policies.verify.roles.written import ALTERNATIVES, MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import canonical, common_ends

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


# Role pass 82 (blind rounds 206-208): the subject of a condition changed between two parties
# named by noun phrases ("when the child gets married" / "when the paying parent gets
# married"): one side's subject word said again elsewhere ("child support") hides the
# substitution from the sets of words. The two heads must name two parties: another head
# said alone elsewhere on either side ("I adopted a puppy. What if the dog bites?" / "...
# if the puppy bites?") may be the same one said two ways, unless the two are opposed roles
# (lexicon antonyms: parent / child, landlord / tenant, buyer / seller).
_NP_WORDS_MAX = 4
_NP_MODS = frozenset("other own new old former current".split())
# heads that point at a party said before: "the other one", "the same"
_PRO_HEADS = frozenset("one ones other others same former latter".split())
_OPPOSED = frozenset(
    frozenset((canonical(x), canonical(y))) for x, y in lx.ANTONYMS if x.isalpha() and y.isalpha()
)


def condition_party_changed(a: Parsed, b: Parsed) -> bool:
    if _SUBORDINATORS.isdisjoint(a.words) or _SUBORDINATORS.isdisjoint(b.words):
        return False
    if abs(len(a.words) - len(b.words)) >= _NP_WORDS_MAX:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    found = _condition_heads(ta, tb)
    if found is None:
        return False
    hx, hy, kx, ky = found
    if frozenset((hx, hy)) in _OPPOSED:
        return True
    heads = frozenset((hx, hy))
    return not (_said_alone(ta, kx, heads) or _said_alone(tb, ky, heads))


def _condition_heads(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, str, int, int] | None:
    """``x`` "P SUB NPx V R", ``y`` "P SUB NPy V' R" (V' agreeing or V): the canonical heads
    of NPx and NPy where they differ, and where each stands, else None."""
    n = min(len(x), len(y))
    i, j = common_ends(x, y)
    if i == n or not j:
        return None
    ex, ey = len(x) - j, len(y) - j
    if ex > i and ey > i and (_agrees(x[ex - 1], y[ey - 1]) or _agrees(y[ey - 1], x[ex - 1])):
        ex, ey = ex - 1, ey - 1  # "when the kids get" / "when the parent gets"
    elif not _verbish(x[ex]):
        return None  # the words apart end inside a noun phrase ("a rose hair tarantula bites")
    for s in range(i, max(0, i - _NP_WORDS_MAX) - 1, -1):
        if s == 0 or x[s - 1] not in _SUBORDINATORS:
            continue
        hx, hy = _np_head(x[s:ex]), _np_head(y[s:ey])
        if hx is None or hy is None or hx == hy:
            return None
        wx, wy = "".join(x[s + 1 : ex]), "".join(y[s + 1 : ey])
        if x[ex - 1] in wy or y[ey - 1] in wx:
            return None  # one noun written two ways ("rose hair" / "rosehaired")
        return hx, hy, ex - 1, ey - 1
    return None


_VERBISH = frozenset(
    "is are was were has have had gets get got does do did will would can could should may "
    "might must keeps".split()
)


def _verbish(w: str) -> bool:
    """The word after a subject: an auxiliary, a past form, or an "-s" form ("gets", "dies")."""
    if w in _VERBISH or w in lx.BASE_OF_PAST or w.endswith("ed"):
        return True
    return w.endswith("s") and not w.endswith(("ss", "'s")) and w.isalpha()


def _np_head(np: tuple[str, ...]) -> str | None:
    """The canonical head of "the / my / ... (M) N": None for no such noun phrase."""
    if not 2 <= len(np) <= _NP_WORDS_MAX or np[0] not in _NP_LEAD:
        return None
    for w in np[1:]:
        bare = w.removesuffix("'s")
        if not bare.replace("-", "").isalpha() or bare in _PERSON or bare in ALTERNATIVES:
            return None
        if bare in lx.STOPWORDS and bare not in _NP_MODS:
            return None
    head = np[-1]
    if head.endswith("'s") or head in _PRO_HEADS:
        return None
    return canonical(head)


def _said_alone(t: tuple[str, ...], at: int, heads: frozenset[str]) -> bool:
    """One of the two heads said in ``t`` elsewhere than its subject at ``at``, not as the
    first word of a compound ("child support"): a party said on its own there, which the
    other subject may name again ("I adopted a puppy. What if the dog bites?")."""
    for k, w in enumerate(t):
        if k == at or not w.replace("'", "").replace("-", "").isalpha():
            continue
        if canonical(w.removesuffix("'s")) not in heads:
            continue
        nxt = t[k + 1] if k + 1 < len(t) else ""
        if w.endswith("'s") or not nxt.isalpha() or nxt in lx.STOPWORDS:
            return True
    return False
