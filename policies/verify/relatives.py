"""Relative clauses: the people of a relative clause ("a parent who criticizes me") traded
with the other side's ("criticizing a parent"), and a "who" that opens a relative clause
rather than asking."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.text import Parsed


def relative_people_swap(a: Parsed, b: Parsed) -> bool:
    """A relative clause with an object on one side, no "who" on the other: its people may
    have traded places ("a teacher who helped my son" / "a teacher my son helped", "a
    coworker who ignores my emails" / "ignoring my coworker's emails"), unless the other
    says the clause plainly ("if a teammate rewrites my sections", "a doctor that ...")."""
    return _relative_people(a, b) or _relative_people(b, a)


def _relative_people(a: Parsed, b: Parsed) -> bool:
    # asked only (a statement's relatives are `roles`'s), "who" on one side only
    if "who" not in a.words or "who" in b.words or not _asks(a.words):
        return False
    return any(
        not _said_plainly(a.words[k - 1 : k + 2 : 2], b.words)
        for k in _relative_objects(a.words, a.canon)
    )


_ASK_OPENINGS = frozenset("what which how why where when".split())


def _asks(words: tuple[str, ...]) -> bool:
    """The prompt opens with a question word or a yes/no question's verb."""
    return bool(words) and (words[0] in _ASK_OPENINGS or words[0] in lx.POLAR_STARTS)


def _said_plainly(pair: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """The clause's noun and its first word after "who" said next to each other ("a teammate
    who rewrites my sections" / "if a teammate rewrites my sections"), or the noun before
    "that": the same doer."""
    that = (pair[0], "that")
    return any(words[k : k + 2] in (pair, that) for k in range(len(words) - 1))


# verbs and nouns a "who" after them opens an asked clause ("Do you know who won X")
_ASKED_AFTER = frozenset(
    "know knows wonder ask asked tell idea sure guess find figure decide see check show"
    " learn remember forget notice determine identify say choose pick discover predict out"
    " matter care track view".split()
)
# words between a relative "who" and its verb ("who has blocked me")
_BEFORE_VERB = frozenset(
    "has have had is was are were keeps kept will would can could does did do always"
    " never just also still".split()
)


def relative_who(words: tuple[str, ...], canon: tuple[str, ...]) -> bool:
    """Every "who" follows a noun and opens a relative clause, asking nothing ("How do I
    handle a toddler who hits" asks what "How do I handle my toddler hitting" asks); not an
    opening "who", nor one after a verb of asking or knowing ("Do you know who won")."""
    return all(
        0 < k < len(words) - 1
        and canon[k - 1]
        and words[k - 1] not in _ASKED_AFTER
        and not _has_object(words, k + 1, _PRONOUNS)
        for k, w in enumerate(words)
        if w == "who"
    )


def _relative_objects(words: tuple[str, ...], canon: tuple[str, ...]) -> list[int]:
    """Where a "who" after a noun opens a relative clause whose verb has an object."""
    return [
        k
        for k, w in enumerate(words)
        if w == "who"
        and 0 < k < len(words) - 1
        and canon[k - 1]
        and words[k - 1] not in _ASKED_AFTER
        and _has_object(words, k + 1, _OBJECT_OPENINGS, through=True)
    ]


# an object right after the relative clause's verb, or after its preposition: the people in
# it may trade places with the other side's ("a parent who criticizes me" / "criticizing a
# parent", "a teacher who helped my son" / "a teacher my son helped", "a nurse who cared for
# my mom" / "a nurse my mom cared for")
_PRONOUNS = frozenset("me you him her us them it".split())
_OBJECT_OPENINGS = frozenset(
    "me you him her us them it my your his our their the a an this that these those".split()
)
# ("with", "against" join two people either way: "a friend who argued with my wife" / "a
# friend my wife argued with")
_CLAUSE_PREPOSITIONS = frozenset("for to at on about of from into after behind over".split())


def _has_object(
    words: tuple[str, ...], start: int, openings: frozenset[str], through: bool = False
) -> bool:
    """The clause that starts at ``start`` has an object opening with one of ``openings``
    right after its verb (or, ``through``, after a preposition there)."""
    while start < len(words) and words[start] in _BEFORE_VERB:
        start += 1
    after = words[start + 1 : start + 3]
    if through and after[:1] and after[0] in _CLAUSE_PREPOSITIONS:
        after = after[1:]
    return bool(after) and after[0] in openings
