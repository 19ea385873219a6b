"""Asks that one side narrows, or reads in another sense, with the same content words.

"What is the meaning of life?" asks what life is for; "Define life" asks for a definition:
the lexicon's synonym table makes "meaning" and "define" one word, which is right for a
term ("the meaning of serendipity" / "define serendipity") and wrong for life or Christmas.
"best running shoes" / "best shoes": a pick among fewer or more things, though every
word of the shorter ask is in the longer one and the classifier reads it as a paraphrase.
"""

from __future__ import annotations

from policies.verify.direction import common_ends, keys
from policies.verify.text import Parsed
from policies.verify.words import canonical

_DEFINE_WORDS = frozenset("define defined defining definition definitions".split())
_SKIPPED = frozenset(("the", "a", "an", "this", "that", "my", "our", "your"))
# What "the meaning of X" asks the purpose or significance of, not a definition.
_SIGNIFICANT = frozenset(
    """
    life living existence being death love happiness success friendship family marriage
    suffering everything universe christmas easter thanksgiving diwali ramadan hanukkah
    halloween dream dreams
    """.split()
)


def _meaning_of(p: Parsed) -> bool:
    """The prompt asks "the meaning of X" for an X with a purpose or significance."""
    words = p.words
    for i in range(len(words) - 2):
        if words[i] != "meaning" or words[i + 1] != "of":
            continue
        j = i + 2
        while j < len(words) - 1 and words[j] in _SKIPPED:
            j += 1
        return words[j] in _SIGNIFICANT
    return False


def sense_mismatch(a: Parsed, b: Parsed) -> bool:
    """ "The meaning of X" on one side, a definition on the other, where X is a thing one
    asks the purpose or significance of: "What is the meaning of life?" / "Define life",
    "the meaning of Christmas" / "Christmas definition" ("Meaning of recursion" / "Define
    recursion" asks one thing)."""
    for x, y in ((a, b), (b, a)):
        if (
            not _DEFINE_WORDS.isdisjoint(y.words)
            and _DEFINE_WORDS.isdisjoint(x.words)
            and _meaning_of(x)
        ):
            return True
    return False


# A pick among things: "best running shoes", "top 5 laptops", "recommend a good tent" (as
# written: most are stopwords).
_PICK_WORDS = frozenset(
    """
    best top good great recommend recommended recommendation recommendations favorite
    favourite ideal cheapest safest fastest easiest healthiest
    """.split()
)
# Words a pick may add without narrowing it ("the best overall laptop", "really good").
_PICK_FILLER = frozenset(
    canonical(w)
    for w in """
    really very absolute absolutely overall ever option options choice choices idea ideas
    pick picks one ones thing things product products suggestion suggestions some any
    recommend recommendation recommendations
    """.split()
)


def narrowed_pick(a: Parsed, b: Parsed) -> bool:
    """Both ask for a pick ("best", "top", "good") of the same thing, and one side puts a
    word the other lacks between the pick word and that thing: "best running shoes" /
    "best shoes", "good gaming laptop" / "good laptop" pick among other things."""
    return _narrows(a, b) or _narrows(b, a) or _qualified(a, b)


def _qualified(a: Parsed, b: Parsed) -> bool:
    """Both pick ("best", "top") and one side is the other with content words inserted in
    one place: "best laptop for college students" / "best laptop for students"."""
    if len(a.words) > _SHORT_PICK or len(b.words) > _SHORT_PICK:
        return False  # a long prompt: `additions.added_detail` reads the place that changed
    if _PICK_WORDS.isdisjoint(a.words) or _PICK_WORDS.isdisjoint(b.words):
        return False
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    ma, mb = ka[i : len(ka) - j], kb[i : len(kb) - j]
    if bool(ma) == bool(mb):
        return False
    added = ma or mb
    return len(added) <= _MAX_ADDED and all(
        k[0] != "~" and k not in _PICK_FILLER and k not in (b.content if ma else a.content)
        for k in added
    )


_MAX_ADDED = 2  # "best trail running shoes" / "best shoes"
_SHORT_PICK = 16  # words at most in a pick asked in one short question


def _narrows(x: Parsed, y: Parsed) -> bool:
    """``x`` says "PICK M.. N" where ``y`` says "PICK N" and no M is in ``y``."""
    picked = {
        y.canon[i + 1]
        for i in range(len(y.words) - 1)
        if y.words[i] in _PICK_WORDS and y.canon[i + 1]
    }
    if not picked:
        return False
    for i in range(len(x.words) - 2):
        if x.words[i] not in _PICK_WORDS:
            continue
        for j in range(i + 2, min(len(x.words), i + 2 + _MAX_ADDED)):
            added = x.canon[i + 1 : j]
            if any(w not in x.content or w in y.content or w in _PICK_FILLER for w in added):
                break
            if x.canon[j] in picked:
                return True
    return False
