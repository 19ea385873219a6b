"""Language checks: the human or programming language a prompt asks about or is written in."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.diffs import SHORT_PROMPT, Diff
from policies.verify.rules import set_of
from policies.verify.text import Parsed

_LANGUAGE_WORDS = lx.HUMAN_LANGUAGES | frozenset(lx.LANGUAGE_NAMES)


def language_mismatch(a: Parsed, b: Parsed) -> bool:
    """The languages named differ ("translate to French" / "to German", "traduce al
    inglés" / "al francés")."""
    return set_of(a, _LANGUAGE_WORDS, lx.LANGUAGE_NAMES) != set_of(
        b, _LANGUAGE_WORDS, lx.LANGUAGE_NAMES
    )


def cross_language(a: Parsed, b: Parsed) -> bool:
    """The prompts are written in two languages ("¿Qué es Python?" / "What is Python?",
    "Qu'est-ce que Python ?" / "¿Qué es Python?"): the answer comes in the prompt's
    language. Each side's likeliest languages (by function words) share none."""
    if not a.language or not b.language or a.language == b.language:
        return False
    return set(a.language.split("+")).isdisjoint(b.language.split("+"))


def foreign_added_word(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two short prompts in a language other than English where one side says a word the
    other does not ("Por que o café é saudável?" / "... não é saudável?", "Hazlo corto" /
    "Hazlo más corto"): the classifier was fitted on English and cannot tell which such
    words are framing; only words matched on both sides (typos and accents tolerated) may
    differ."""
    if not (d.only_cached or d.only_incoming):
        return False
    if "en" in a.language or "en" in b.language or not (a.language or b.language):
        return False
    return len(a.words) < SHORT_PROMPT and len(b.words) < SHORT_PROMPT


def _code_set(p: Parsed) -> set[str]:
    # a tool or a platform by any of its names ("Mac" / "macOS", "Postgres" / "PostgreSQL")
    found = {s for s in (lx.SYNONYMS.get(w, w) for w in p.words) if s in lx.CODE_LANGUAGES}
    words = p.words
    for i, w in enumerate(words):
        if w == "go" and i > 0 and words[i - 1] in _GO_VERB_LEADS:
            continue  # the verb: "a wine to go with salmon", "where should I go in"
        if w in ("c", "r", "go", "d") and (
            (i > 0 and words[i - 1] in lx.CODE_CONTEXT)
            or (i + 1 < len(words) and words[i + 1] in lx.CODE_CONTEXT)
        ):
            found.add(w)
    return found


# Words before "go" that make it the verb (not the language "Go"): "to go with", "I go
# in", "can go", "let's go".
_GO_VERB_LEADS = frozenset(
    "to i we you they he she it can could should would will must may might let us not".split()
)


def code_language_mismatch(a: Parsed, b: Parsed) -> bool:
    return _code_set(a) != _code_set(b)
