"""A clause told to someone with its subject changed: "How do I tell my mother she can't live
alone anymore?" / "How do I tell my mother I can't live alone anymore?", "tell my guild I'm
leaving for their rival" / "tell my guild their rival is leaving for us". The words up to the
clause are the same, the listener is a noun phrase, and the clause's subject (a pronoun or a
possessive noun phrase) names another person.
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import _POSSESSIVES, _SUBJECT_CASE
from policies.verify.roles.written import (
    AUX,
    COPULA,
    MARKS,
    NOMINATIVE,
    OBJECTIVE,
    OWNER,
    PERSON,
    tokens,
)
from policies.verify.text import Parsed

_TELL = frozenset(
    """tell tells telling told say says said ask asks asked remind reminds reminded warn
    warns warned inform informs informed convince convinced explain explained""".split()
)
_LISTENER_LEAD = frozenset("my our your his her their the a an".split())
_THIRD = frozenset(("@he", "@she", "@they"))
_OBJ = frozenset("me us you him her them".split())


def _subject(p: Parsed, i: int) -> tuple[str, ...] | None:
    """The clause subject at ``i``: a person pronoun, or a possessive and a noun."""
    words = p.words
    if i >= len(words):
        return None
    w = words[i]
    if w in _SUBJECT_CASE and w in lx.PERSONS:
        return ("@" + (lx.PERSONS.get(w) or w),)
    if w in _POSSESSIVES or w == "the":
        j = i + 1
        while j < len(words) and j - i <= 3 and p.canon[j]:
            j += 1
        if j > i + 1:
            return (w, *(p.canon[k] for k in range(i + 1, j)))
    return None


def _clause(p: Parsed) -> tuple[int, tuple[str, ...]] | None:
    """(where the subject starts, the subject) after "tell <listener> (that)"."""
    words = p.words
    for t, w in enumerate(words):
        if w not in _TELL:
            continue
        i = t + 1
        if i < len(words) and words[i] in _OBJ:
            i += 1
        elif i < len(words) and words[i] in _LISTENER_LEAD:
            i += 1
            while i < len(words) and i - t <= 4 and p.canon[i]:
                i += 1
            if i == t + 2:
                return None
        else:
            return None
        if i < len(words) and words[i] == "that":
            i += 1
        subj = _subject(p, i)
        return (i, subj) if subj is not None else None
    return None


def embedded_subject(a: Parsed, b: Parsed) -> bool:
    if _TELL.isdisjoint(a.words) or a.content != b.content or a.words == b.words:
        return False
    ca, cb = _clause(a), _clause(b)
    if ca is None or cb is None or ca[0] != cb[0] or a.words[: ca[0]] != b.words[: cb[0]]:
        return False
    sa, sb = ca[1], cb[1]
    if sa == sb:
        return False
    # "tell my boss he is wrong" / "tell my boss they are wrong": both may be the listener
    return not (sa[0] in _THIRD and sb[0] in _THIRD)


# Role pass 84 (blind round 211): who holds the reported clause. "How do I tell my husband I
# want separate accounts?" / "How do I respond when my husband says he wants separate
# accounts?": each side reports one clause, the same predicate, said of the asker ("I want") on
# one side and of the other party ("he wants", the one who says it) on the other. A reporting
# verb's clause is read with its subject resolved: "I" the asker, a third person pronoun the
# reporter when a noun reports, else the one told.
_REPORT = frozenset(
    """tell tells telling told say says saying said admit admits admitted announce announces
    announced mention mentions mentioned insist insists insisted claim claims claimed complain
    complains complained explain explains explained""".split()
)
_HOLDERS = {"i": "1s", "he": "3", "she": "3", "they": "3"}
_CLAUSE_END = MARKS | frozenset(("but", "so", "because", "if", "when", "and"))
_REPORTER_SKIP = AUX | frozenset("keeps keep kept always just finally still also now".split())
_PARTY_LEADS = frozenset("my our the his her their".split())
_AGREEMENT = {"is": "be", "am": "be", "are": "be", "were": "was", "has": "have", "does": "do"}


def _base(verb: str) -> str:
    """A present verb without its agreement: "wants" / "want", "misses" / "miss"."""
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def _party_at(t: tuple[str, ...], k: int) -> str:
    """The head noun of "my / the N" ending at ``k`` (a noun of up to three words), else ""."""
    for s in range(k - 1, max(-1, k - 4), -1):
        if t[s] in _PARTY_LEADS:
            return (
                t[k] if all(w.isalpha() and w not in _STOP_WORDS for w in t[s + 1 : k + 1]) else ""
            )
    return ""


_STOP_WORDS = _REPORT | _REPORTER_SKIP | COPULA | NOMINATIVE | OBJECTIVE | _CLAUSE_END


def _reported(t: tuple[str, ...]) -> tuple[str, tuple[str, ...], frozenset[str]] | None:
    """(the holder of the one reported clause, its predicate, the parties named) or None: the
    holder "1s" for the asker, a noun's head for another party."""
    found = [said for r, w in enumerate(t) if w in _REPORT and (said := _clause_at(t, r))]
    return found[0] if len(found) == 1 else None


def _clause_at(t: tuple[str, ...], r: int) -> tuple[str, tuple[str, ...], frozenset[str]] | None:
    """The reported clause of the reporting verb at ``r`` ("What should I say when my boss
    says he wants a raise?": "say" reports none)."""
    k = r - 1
    while k >= 0 and t[k] in _REPORTER_SKIP:
        k -= 1
    reporter = "1s" if k >= 0 and t[k] == "i" else _party_at(t, k) if k >= 1 else ""
    s, listener = r + 1, ""
    if t[s : s + 1] == ("to",):  # "explain to my husband that ..."
        s += 1
    if s < len(t) and t[s] in OBJECTIVE:  # "told me": the asker told
        listener, s = ("1s" if t[s] == "me" else ""), s + 1
    elif s < len(t) and t[s] in _PARTY_LEADS:  # "tell my husband"
        for e in range(s + 1, min(s + 4, len(t) - 1)):
            if t[e + 1] in _HOLDERS or t[e + 1] == "that":
                listener, s = _party_at(t, e), e + 1
                break
    if s < len(t) and t[s] == "that":
        s += 1
    if s + 1 >= len(t) or t[s] not in _HOLDERS:
        return None
    holder = _HOLDERS[t[s]]
    if holder == "3":
        holder = reporter if reporter not in ("", "1s") else listener
        if holder in ("", "1s"):
            return None
    e = s + 1
    while e < len(t) and t[e] not in _CLAUSE_END:
        e += 1
    said = t[s + 1 : e]
    if not said:
        return None
    verb = _AGREEMENT.get(said[0]) or _base(said[0])
    # the people after the verb follow the trade ("move in with us" / "move in with them")
    rest = tuple("@" if w in PERSON or w in OWNER else w for w in said[1:])
    return holder, (verb, *rest), frozenset((reporter, listener)) - {""}


def reported_holder_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 84: the same reported clause said of the asker on one side and of the other
    party, named on both sides, on the other ("tell X I want N" / "X says he wants N")."""
    if _REPORT.isdisjoint(a.words) or _REPORT.isdisjoint(b.words) or a.words == b.words:
        return False
    ra, rb = _reported(tokens(a.source)), _reported(tokens(b.source))
    if ra is None or rb is None or ra[1] != rb[1] or ra[0] == rb[0]:
        return False
    if "1s" not in (ra[0], rb[0]):
        return False  # two other parties: the readers of named nouns read them
    other = rb[0] if ra[0] == "1s" else ra[0]
    return other in ra[2] and other in rb[2]
