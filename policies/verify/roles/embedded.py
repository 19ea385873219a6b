"""A clause told to someone with its subject changed: "How do I tell my mother she can't live
alone anymore?" / "How do I tell my mother I can't live alone anymore?", "tell my guild I'm
leaving for their rival" / "tell my guild their rival is leaving for us". The words up to the
clause are the same, the listener is a noun phrase, and the clause's subject (a pronoun or a
possessive noun phrase) names another person.
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import _POSSESSIVES, _SUBJECT_CASE
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
