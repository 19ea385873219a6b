"""A noun phrase narrowed on both flanks on one side: a qualifier before its head and a place
after it (pure).

"Do I need to bring anything to a paella class?" / "... to a private paella class at my
home?", "What should I wear to a yoga class?" / "... to a private yoga class at my house?",
"a birthday party" / "a surprise birthday party at my office", "a pilates session" / "an
outdoor pilates session at the park": the same noun phrase after the same words, and on one
side a qualifier put before it and a place phrase after it. That is another event (held at
home, for one person, outdoors), so another answer, though every word of the shorter side is
kept; the classifier reads the two added pieces as a paraphrase, and `additions.added_modifier`
reads one insertion only.

Read from the words as parsed ("an" read as "a", "we" / "you" as "I"): the rest the same word
for word, the shared noun phrase one to three content words after a determiner or a
preposition, the qualifier one to four content words (none ending in -ly or -ing) at least one
of them new to the other side and carrying a case (no praise or degree: "a good paella class
at my home" is left), the place a preposition of place (``_AT``: "at", "in", "on", "inside")
then a determiner or possessive and one to three content words, none a word of time
(``lx.TIME_WORDS``: "in the morning", "on the weekend" are no place) nor a place-holder ("in
the area", "in the world"). A place alone ("a paella class at my home") or a qualifier alone
("a paella cooking class") is left to the other checks, and so is the same event said two
ways ("a class on paella", "the paella class").
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.additions import carries_case, function_word, premodifier_word
from policies.verify.text import Parsed

# Prepositions of place (a closed class) that open the added place phrase.
_AT = frozenset(("at", "in", "on", "inside"))
# "an" is "a"; the asker and a generic "you" are one person here.
_SAME_WORD = {"an": "a", "we": "i", "you": "i", "u": "i", "our": "my", "your": "my", "us": "me"}
_QUALIFIER_MAX = 4  # "heavy-duty EV-rated"
_HEAD_MAX = 3  # "a paella cooking class"
_PLACE_MAX = 3  # "at my neighbor's beach house"


def _loose(p: Parsed) -> tuple[str, ...]:
    return tuple(_SAME_WORD.get(w, w) for w in p.words)


def _content(p: Parsed, k: int) -> bool:
    return bool(p.canon[k]) and not function_word(p.words[k])


def _place(b: Parsed, lo: int, hi: int, a: Parsed) -> bool:
    """``b.words[lo:hi]`` is "at / in / on my / the N..", N new content words naming no time."""
    words = b.words[lo:hi]
    if len(words) < 3 or words[0] not in _AT or words[1] not in lx.DETERMINERS:
        return False
    if not 1 <= len(words) - 2 <= _PLACE_MAX:
        return False
    nouns = range(lo + 2, hi)
    if not all(_content(b, k) and b.words[k] not in lx.TIME_WORDS for k in nouns):
        return False
    return any(carries_case(b.canon[k], a.content) for k in nouns)


def _narrowed(a: Parsed, b: Parsed) -> bool:
    """``b`` is ``a`` with a qualifier put before a noun phrase and a place after it."""
    wa, wb = _loose(a), _loose(b)
    extra = len(wb) - len(wa)
    i = 0
    while i < len(wa) and wa[i] == wb[i]:
        i += 1
    if i == 0 or i == len(wa) or wa[i - 1] not in lx.DETERMINERS | _AT | {"to", "for"}:
        return False
    for pre in range(1, min(_QUALIFIER_MAX, extra - 3) + 1):
        qualifier = range(i, i + pre)
        if not all(premodifier_word(wb[k]) and _content(b, k) for k in qualifier):
            continue
        if not any(carries_case(b.canon[k], a.content) for k in qualifier):
            continue
        for head in range(1, min(_HEAD_MAX, len(wa) - i) + 1):
            end = i + head  # the head ends at ``end`` on ``a``
            if wa[i:end] != wb[i + pre : end + pre]:
                break
            if not all(_content(a, k) for k in range(i, end)):
                break
            post = extra - pre
            if wa[end:] != wb[end + pre + post :]:
                continue
            if any(b.sentences[k] != b.sentences[i] for k in range(i, end + pre + post)):
                continue
            if _place(b, end + pre, end + pre + post, a):
                return True
    return False


def qualified_venue(a: Parsed, b: Parsed) -> bool:
    """One side puts a qualifier before a shared noun phrase and a place phrase after it:
    "a paella class" / "a private paella class at my home" (see the module docstring)."""
    if len(a.words) == len(b.words):
        return False
    if len(a.words) > len(b.words):
        a, b = b, a
    return _narrowed(a, b)
