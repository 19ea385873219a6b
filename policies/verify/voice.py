"""Who does what, read from the sentence's shape: a passive's agent against the active
side's object ("Was X acquired by Y" / "Did X acquire Y"), the subject of one question an
object of the other ("Can my manager see my messages?" / "Can I see my manager's messages?")."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.text import Parsed


def _passive_agent(p: Parsed) -> tuple[str, str, int] | None:
    """(verb, agent, index of a first by-phrase's noun or -1) of a passive "<auxiliary> ...
    <verb> by <agent>" ("was Pixar acquired by Disney" -> ("acquire", "disney", -1)), else
    None."""
    words, canon = p.words, p.canon
    for i, w in enumerate(words):
        if w != "by" or i == 0 or not canon[i - 1]:
            continue
        if not any(x in lx.PARTICIPLE_AUXILIARIES for x in words[max(0, i - 6) : i - 1]):
            continue
        agent = _agent(p, i)
        if agent is None:
            return None
        # a second by-phrase may name the doer: "I was replaced by a new member by the leader"
        second = words.index("by", agent + 1) if "by" in words[agent + 1 : agent + 3] else -1
        later = _agent(p, second) if second > 0 else None
        if later is None:
            return canon[i - 1], canon[agent], -1
        return canon[i - 1], canon[later], agent
    return None


def _with_object(p: Parsed, first: int, q: Parsed, verb: str) -> bool:
    """The first by-phrase's noun is the "with" object after the verb on the active side
    ``q`` and the passive's subject its object ("The leader replaced me with a new member")."""
    if "with" not in q.words or verb not in q.canon:
        return False
    w, v = q.words.index("with"), q.canon.index(verb)
    if v > w or p.canon[first] not in q.canon[w + 1 : w + 5]:
        return False
    aux = next(k for k, x in enumerate(p.words) if x in lx.PARTICIPLE_AUXILIARIES)
    subject = next((c for c in p.canon[:aux] if c), "")
    return subject in q.canon[v + 1 : w] if subject else v + 1 < w


def _agent(p: Parsed, i: int) -> int | None:
    """The index of the content word a by-phrase at ``i`` names."""
    for j in range(i + 1, min(i + 4, len(p.words))):
        if p.canon[j]:
            return j
        if p.words[j] not in lx.DETERMINERS:
            break
    return None


def passive_swap(a: Parsed, b: Parsed) -> bool:
    """One side passive, the other active, and the passive's agent comes after the verb on
    the active side: it is the object there ("Was X acquired by Y" / "Did X acquire Y"). A
    second by-phrase is the doer only if the first is the active's "with" object."""
    pa, pb = _passive_agent(a), _passive_agent(b)
    if pa is not None and pb is None:
        (verb, agent, first), passive, other = pa, a, b
    elif pb is not None and pa is None:
        (verb, agent, first), passive, other = pb, b, a
    else:
        return False
    active = other.canon
    if verb not in active or agent not in active or verb == agent:
        return False
    if first >= 0 and not _with_object(passive, first, other, verb):
        return True
    return active.index(agent) > active.index(verb)


_SUBJECT_PRONOUNS = frozenset("i we you he she they".split())


def _subject(p: Parsed) -> tuple[str, int] | None:
    """Who does what in a question opened by an auxiliary ("Can my manager see ...", "How
    do I ..."): a personal pronoun's person, or the first content word after it, with the
    index where the subject ends."""
    words, canon = p.words, p.canon
    k = 0
    while k < 2 and k < len(words) and words[k] in lx.WH_WORDS:
        k += 1
    if k + 2 >= len(words) or words[k] not in lx.POLAR_STARTS or words[k] in lx.BE_FORMS:
        return None  # "What is the X of Y" has no subject to swap
    j = k + 1
    if words[j] == "not":
        j += 1
    if words[j] in _SUBJECT_PRONOUNS:
        return lx.PERSONS[words[j]], j
    for m in range(j, min(j + 3, len(words) - 1)):
        if canon[m] and words[m] not in lx.NEGATIONS:
            if words[m + 1] in lx.CLAUSE_WORDS or words[m + 1] in lx.DETERMINERS:
                return None  # "Do pros and cons ...", "How can gain my ...": no subject
            return canon[m], m
        if words[m] not in lx.DETERMINERS:
            return None
    return None


def _mentions(p: Parsed, who: str, after: int) -> bool:
    """``p`` names ``who`` (a person or a content word) after index ``after``."""
    return any(
        lx.PERSONS.get(w) == who or c == who
        for w, c in zip(p.words[after + 1 :], p.canon[after + 1 :], strict=True)
    )


def role_swap(a: Parsed, b: Parsed) -> bool:
    """The subject of one question is an object of the other and the other way round:
    "Can my manager see my messages?" / "Can I see my manager's messages?"."""
    sa, sb = _subject(a), _subject(b)
    if sa is None or sb is None or sa[0] == sb[0]:
        return False
    return _mentions(b, sa[0], sb[1]) and _mentions(a, sb[0], sa[1])


_ALLOWING = {
    form: verb
    for verb in ("allow", "permit", "ban", "forbid", "prohibit")
    for form in (verb, verb + "s")
}
_ALLOWED = {
    "allowed": "allow",
    "permitted": "permit",
    "banned": "ban",
    "forbidden": "forbid",
    "prohibited": "prohibit",
}
_BE = frozenset("be is are get being".split())


def allowed_swap(a: Parsed, b: Parsed) -> bool:
    """One question says its subject allows (permits, bans...) something, the other that the
    same subject is allowed it, with no "by" naming who allows ("Should hospitals allow
    visitors?" / "Should hospitals be allowed visitors?", "Should schools allow phones?" /
    "Should schools be allowed on phones?"): the one who rules became the one ruled. Limits:
    the same words before the verb on both sides (a passive whose subject is the active's
    object, "Should phones be allowed in schools?", is the same question and untouched), and
    the verb within the first eight words."""
    if _ALLOWED.keys().isdisjoint(a.words) and _ALLOWED.keys().isdisjoint(b.words):
        return False
    return _allowed_swap(a.words, b.words) or _allowed_swap(b.words, a.words)


def _allowed_swap(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    active = next((i for i, w in enumerate(wa[:8]) if w in _ALLOWING), -1)
    passive = next((j for j, w in enumerate(wb[:9]) if w in _ALLOWED), -1)
    if active < 1 or passive < 2 or wb[passive - 1] not in _BE:
        return False
    if _ALLOWING[wa[active]] != _ALLOWED[wb[passive]] or "by" in wb[passive + 1 :]:
        return False
    return wa[:active] == wb[: passive - 1]
