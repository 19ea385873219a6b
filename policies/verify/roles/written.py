"""Each side as written, in tokens: lower case, contractions said in full ("didn't" -> "did
not", "I'm" -> "I am", "she's" -> "she is"), an owner's "'s" kept on its word ("my friend's
bridesmaid"), commas, semicolons and stops kept as clause marks, but for the stop of a title or
place abbreviation before a name ("St. Moritz" -> ``st moritz``, see ``ABBREVIATIONS``). Shared
by the readers of rounds 64-65 (``contrasts``, ``askers``, ``datives.receiver_changed``;
``holders`` reads the parsed words and these person keys)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from policies.verify.words import stem

ABBREVIATIONS = frozenset(
    "St Ste Mt Ft Pt Dr Mr Mrs Ms Mx Mme Mlle Prof Rev Fr Msgr Sgt Cpl Lt Capt Cmdr Col Maj Gen"
    " Adm Gov Sen Rep Hon Pres Supt Insp Det".split()
)
"""Title and place abbreviations written before a name ("St. Moritz", "Dr. Patel", "Mt. Hood"):
a closed class, each as written capitalised. Their stop before a further capitalised word is no
sentence end, so ``tokens`` drops it and keeps the word ("St. Moritz" -> ``st moritz``, as "St
Moritz"); before a lowercase word or at the end it is a real stop ("I live on Baker St."). Not
single letters (initials end sentences as "I." does), nor words that follow a name or end
sentences ("Jr.", "Sr.", "No.", "Co.", "Ave.", "Rd.")."""

# Words as written (lowered one by one), and the clause marks; a stop is a mark unless an
# abbreviation of ``ABBREVIATIONS`` stands before it and a capitalised word after it.
_TOKEN_RE = re.compile(
    r"[A-Za-z0-9$]+(?:[-'][A-Za-z0-9]+)*|[,;:?!]|\.(?:(?!\s+[A-Z])|"
    + "".join(  # one look-behind per length (a look-behind's alternatives are all one width)
        rf"(?<!\b(?:{'|'.join(sorted(a for a in ABBREVIATIONS if len(a) == n))})\.)"
        for n in sorted({len(a) for a in ABBREVIATIONS})
    )
    + ")"
)
_NOT = {"can't": ("can", "not"), "won't": ("will", "not"), "cannot": ("can", "not")}
_TAILS = {"'m": "am", "'re": "are", "'ve": "have", "'d": "would", "'ll": "will"}
_IS = frozenset("he she it that there what who where how here this".split())

# Person keys: a pronoun by person, whatever its case.
PERSON = {
    "i": "1s", "me": "1s", "myself": "1s", "we": "1p", "us": "1p", "ourselves": "1p",
    "you": "2", "he": "3m", "him": "3m", "she": "3f", "her": "3f", "they": "3p", "them": "3p",
}  # fmt: skip
NOMINATIVE = frozenset("i we you he she they".split())
OBJECTIVE = frozenset("me us you him her them".split())
# "my" / "mine": the owner, and the owner standing alone for the thing
OWNER = {"my": "1s", "our": "1p", "your": "2", "his": "3m", "her": "3f", "their": "3p"}
STANDALONE = {"mine": "1s", "ours": "1p", "yours": "2", "hers": "3f", "theirs": "3p"}
ALTERNATIVES = frozenset("and or nor & vs versus".split())
"""Words that join alternatives or parallel people: a trade across them is no swap."""
THIRD = frozenset(("3m", "3f", "3p"))
COPULA = frozenset("am is are was were be been".split())
AUX = frozenset("do does did will would can could should must may might shall have has had".split())
MARKS = frozenset(",;:?.!")
FUNCTION = frozenset(
    "to for from with of as at in on by into onto than and or nor but not if when who whom"
    " which whose what where why how because so while".split()
)
"""Prepositions, joiners, subordinators and wh-words: closed-class words that are never a
content word of a party's noun phrase nor its verb (``behalf``, ``departures``, ``prior_state``)."""
LEADS = frozenset(("the", "a", "an", "this", "that", "these", "those", *OWNER))
"""The leads of a noun phrase: determiners and owners."""
NOT_IN_PHRASE = AUX | COPULA | MARKS | FUNCTION | NOMINATIVE | OBJECTIVE | {"it"} | LEADS
"""Closed-class words that end a noun phrase, or cannot be one of its words or the verb."""


@lru_cache(maxsize=64)
def tokens(source: str) -> tuple[str, ...]:
    out: list[str] = []
    for t in _TOKEN_RE.findall(source.replace("\u2019", "'")):
        t = t.lower()
        if "'" not in t and t != "cannot":
            out.append(t)
        elif t in _NOT:
            out.extend(_NOT[t])
        elif t.endswith("n't"):
            out.extend((t[:-3], "not"))
        elif t[-2:] in _TAILS or t[-3:] in _TAILS:
            cut = t.rindex("'")
            out.extend((t[:cut], _TAILS[t[cut:]]))
        elif t.endswith("'s") and t[:-2] in _IS:
            out.extend((t[:-2], "is"))
        else:
            out.append(t)  # "friend's": the owner, marked
    return tuple(out)


def rebuilt_says(
    mine: tuple[str, ...],
    other: tuple[str, ...],
    rebuilt: Callable[[tuple[str, ...]], list[tuple[str, ...]]],
) -> bool:
    """One of ``rebuilt(mine)`` is ``other`` word for word by stem: the side read again
    another way says what the other side says."""
    said = tuple(stem(w) for w in other)
    return any(tuple(stem(w) for w in r) == said for r in rebuilt(mine))


def open_word(w: str) -> bool:
    """A word an open phrase can hold: letters (a hyphen allowed), no closed-class word."""
    return w.replace("-", "").isalpha() and w not in NOT_IN_PHRASE


def alike(x: str, y: str, *classes: frozenset[str]) -> bool:
    """The same word by stem, or two words of one of ``classes`` (an auxiliary for another)."""
    return stem(x) == stem(y) or any(x in c and y in c for c in classes)


def word_for_word(
    reading: tuple[str, ...], other: tuple[str, ...], same: Callable[[str, str], bool]
) -> bool:
    """``reading`` says ``other`` word for word: as long, each pair of words ``same``."""
    return len(reading) == len(other) and all(
        same(x, y) for x, y in zip(reading, other, strict=True)
    )


def reads_as_other(
    ta: tuple[str, ...],
    tb: tuple[str, ...],
    fits: Callable[[tuple[str, ...], tuple[str, ...]], bool],
    readings: Callable[[tuple[str, ...]], list[tuple[str, ...]]],
    same: Callable[[str, str], bool],
) -> bool:
    """Either side, where ``fits(mine, other)``, read again by ``readings`` says the other side
    word for word under ``same``: the entry of a reader that rewrites one side into the other."""
    return any(
        word_for_word(r, other, same)
        for mine, other in ((ta, tb), (tb, ta))
        if fits(mine, other)
        for r in readings(mine)
    )


def phrase_ends(t: tuple[str, ...], j: int, most: int, *, lead: bool = False) -> list[int]:
    """Ends of a phrase from ``j``: a lead word ("the", "a", an owner; required when ``lead``,
    optional otherwise) and then one to ``most`` open words."""
    n = len(t)
    if j < n and t[j] in LEADS:
        j += 1
    elif lead:
        return []
    out: list[int] = []
    for k in range(1, most + 1):
        end = j + k
        if end > n or not open_word(t[end - 1]):
            break
        out.append(end)
    return out


def flat(source: str) -> str:
    """The text lowercased, curly apostrophes straightened and runs of space made one."""
    return " ".join(source.lower().replace("\u2019", "'").split())


def owner_side_first(a: str, b: str) -> tuple[str, str] | None:
    """(the flat text that says "X's ", the one that does not) when exactly one of `a`, `b`
    has an owner's "'s "; None when both or neither do."""
    fa, fb = flat(a), flat(b)
    if ("'s " in fa) == ("'s " in fb):
        return None
    return (fa, fb) if "'s " in fa else (fb, fa)


def person(t: str) -> str:
    """The key of a participant word: a pronoun by person, a noun as written ("'s" off)."""
    if t in PERSON:
        return PERSON[t]
    return t[:-2] if t.endswith("'s") else t


def same(x: str, y: str) -> bool:
    """The same participant: the same key, or a third-person pronoun for a noun."""
    if x == y:
        return True
    px, py = x in PERSON.values(), y in PERSON.values()
    return (x in THIRD and not py) or (y in THIRD and not px)


def said_genitive(text: str) -> bool:
    """A possessive "'s" written anywhere in ``text`` (a cheap test before a genitive reader)."""
    return "'s" in text or "\u2019s" in text
