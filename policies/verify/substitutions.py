"""Substitution checks: a name or content word swapped for another."""

from __future__ import annotations

from policies.verify.diffs import SHORT_PROMPT, Diff, swapped_in_place
from policies.verify.direction import common_ends, keys
from policies.verify.text import Parsed


def entity_mismatch(a: Parsed, b: Parsed, d: Diff) -> bool:
    return bool(d.only_cached & a.entities or d.only_incoming & b.entities)


def substitution(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Each side has a content word the other lacks: something was swapped (also in place
    for a word the prompt says elsewhere)."""
    if d.only_cached and d.only_incoming:
        return True
    if d.place is not None:
        return bool(d.place.cached and d.place.incoming)
    return swapped_in_place(a, b, d) or _noun_replaced(a, b, d) or _repeat_for_gone(a, b, d)


# Stopwords that are nouns: framing in "a question about X", a thing of its own in "a
# question mark" ("type a question mark" / "type an exclamation mark")
_NOUN_STOPWORDS = frozenset("~" + w for w in "question questions thing things stuff".split())
_REPLACED_SPAN = 3  # words at most where two short prompts differ


def _noun_replaced(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two short prompts differ in one place only, where one side says a noun the
    stopword list holds ("question") and the other a content word it lacks: the classifier
    sees one word added, not one swapped ("How do I type a question mark?" / "How do I
    type an exclamation mark?")."""
    if bool(d.only_cached) == bool(d.only_incoming) or len(a.words) >= SHORT_PROMPT:
        return False
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    ma, mb = ka[i : len(ka) - j], kb[i : len(kb) - j]
    if not ma or not mb or len(ma) > _REPLACED_SPAN or len(mb) > _REPLACED_SPAN:
        return False
    if d.only_incoming:
        ma, mb = mb, ma
    return not _NOUN_STOPWORDS.isdisjoint(mb) and any(k[0] != "~" for k in ma)


def _repeat_for_gone(a: Parsed, b: Parsed, d: Diff) -> bool:
    """Two short prompts are the same words but for one place before a noun both keep, where
    one side says content words the other side says nowhere and the other puts there only
    words the prompt says elsewhere ("feed my 10 week old kitten adult cat food" / "... kitten
    kitten food", "I drive a diesel car. Should I buy premium unleaded fuel?" / "... diesel
    fuel?"): the repeated word is counted as shared, so the sets of words show only words
    dropped, and the classifier reads a dropped modifier as a paraphrase.

    Limits: one place only, at most three keys on each side, and the place must be followed
    by a content word both sides keep (the head the modifiers describe); a whole noun phrase
    replaced by a name said before ("on this operating system" / "on Arch" after "I use Arch
    Linux") and a stopword replaced by a repeated name ("reset this laptop" / "reset the Dell
    laptop") pass. Only the side that drops words is read; one word for one word is
    `swapped_in_place`'s."""
    if len(a.words) >= SHORT_PROMPT or len(b.words) >= SHORT_PROMPT:
        return False
    if bool(d.only_cached) == bool(d.only_incoming):
        return False  # both sides swap a word (`substitution`), or none is gone
    if d.only_incoming:
        a, b = b, a
        gone = d.only_incoming
    else:
        gone = d.only_cached
    said = [c for c in b.canon if c]
    if len(said) == len(set(said)):
        return False  # the side that puts words there repeats none
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    if j == 0 or ka[len(ka) - j][0] == "~":
        return False  # no head noun kept right after the place
    ma, mb = ka[i : len(ka) - j], kb[i : len(kb) - j]
    if not ma or not mb or len(ma) > _REPLACED_SPAN or len(mb) > _REPLACED_SPAN:
        return False
    put = [k for k in mb if k[0] != "~"]
    return (
        bool(put)
        and not gone.isdisjoint(ma)
        and all(k in a.content and kb.count(k) > ka.count(k) for k in put)
    )
