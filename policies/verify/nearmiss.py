"""Near-misses that differ in one small word the other checks read as framing or as a detail
the classifier weighs: a modal in a question of amount ("How many photos should a listing
have?" / "... can a listing have?": a recommendation against a limit), a prefix or suffix
that changes a kind ("a private room" / "a semi-private room", "lead glaze" / "lead-free
glaze") or a relative ("an aunt" / "a great-aunt", "my sister" / "my sister-in-law"), and a
possessor put in front of the thing or the person asked about ("from my house" / "from my
neighbor's house", "my student" / "my student's accompanist")."""

from __future__ import annotations

import itertools
import re

from policies.verify import lexicon as lx
from policies.verify.direction import common_ends
from policies.verify.text import Parsed

# "How <this> ..." asks for an amount, a size, a length or a time
_AMOUNT_WORDS = frozenset(
    "many much long big large tall heavy old often far high fast soon early late small short "
    "wide deep".split()
)


def amount_question(words: tuple[str, ...]) -> bool:
    """``words`` ask an amount: "how" right before one of `_AMOUNT_WORDS` ("How many", "how
    long")."""
    return any(w == "how" and nxt in _AMOUNT_WORDS for w, nxt in itertools.pairwise(words))


# The asker (or a generic person) as the subject after the modal: "How long can I keep rice"
# / "How long should I keep rice" are left to the classifier
_PERSONS = frozenset("i we you u one".split())


def amount_modal(a: Parsed, b: Parsed) -> bool:
    """A question of amount opened by "How many / much / long / big / often ..." whose only
    difference is its modal, of another class on each side ("How many photos should a Depop
    listing have?" / "How many photos can a Depop listing have?", "How long should a cover
    letter be?" / "How long can ...", "... must ..."): "should" asks what is advised, "can" /
    "may" what is possible or allowed (a limit), "must" what is required.

    Limits: the two sides must be the same words but the modal, which follows the amount
    words (not the opening "How"); the subject after the modal must not be the asker or a
    generic person ("How long can I keep rice?" / "How long should I keep rice?" is left to
    the classifier: a safe limit and advice often coincide for the asker's own acts); modals
    of one class ("can" / "could") pass, and so does "How can I" / "How should I" (a manner,
    not an amount)."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or len(wa) < 4 or wa[0] != "how" or wa[1] not in _AMOUNT_WORDS:
        return False
    diff = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(diff) != 1 or diff[0] < 2 or diff[0] + 1 >= len(wa):
        return False
    k = diff[0]
    ca, cb = lx.MODAL_CLASSES.get(wa[k], ""), lx.MODAL_CLASSES.get(wb[k], "")
    return bool(ca and cb and ca != cb and wa[k + 1] not in _PERSONS)


# Split off a word by a hyphen (or written apart), each changes the kind of the word it is
# joined to: before it ("semi-private", "non-refundable", "ex-wife", "pre-game", "half-done")
_PREFIXES = frozenset("semi non anti half pre post ex sub pseudo quasi counter".split())
# ... or after it ("lead-free", "sugar free", "cordless", "predator-proof")
_SUFFIXES = frozenset("free less proof".split())
# Before a kinship noun only (`lexicon.KIN_NOUNS`), each makes another relative: "a great-aunt",
# "my grandson" / "my great-grandson", "my step-mother", "a god son", "foster parents"; away
# from one these are words of their own ("a great teacher", "a grand piano", "a step stool")
_KIN_PREFIXES = frozenset("great grand step god foster".split())
# "great" names a relative two generations off: before "aunt", "uncle", "niece", "nephew",
# a "grand-" noun or another "great" ("a great mom" is a good one)
_GREAT_BASES = frozenset("aunt uncle niece nephew great".split())
# ... and a relative by marriage after it: "my sister" / "my sister-in-law"
_KIN_SUFFIXES = (("in", "law"), ("in", "laws"))
# Hardening pass 48 (blind round 317): a degree prefix (closed class) before a modifier that
# is itself before a head word names another grade: "extra virgin olive oil" / "virgin olive
# oil", "an extra large suitcase" / "a large suitcase", "ultra light line", "hyper realistic"
_DEGREE_PREFIXES = frozenset("extra ultra super hyper mega".split())


def affix_added(a: Parsed, b: Parsed) -> bool:
    """One side is the other with one prefix or suffix word added to a word, and nothing else
    changed ("Will Medicaid pay for a private room?" / "... a semi-private room?", "Is lead
    glaze food safe?" / "Is lead-free glaze food safe?", "a refundable deposit" / "a non
    refundable deposit", "my wife" / "my ex-wife"): the affix makes another kind of thing,
    often its opposite.

    Limits: read from the words as parsed (a hyphen splits a word), so the affix must stand
    as a word of its own, right before the word it changes (semi, non, anti, half, pre, post,
    ex, sub, pseudo, quasi, counter) or right after it (free, less, proof); an affix written
    into the word ("unweighted", "cordless") is another word for the other checks. Only one
    word added, nothing else different ("a" and "an" are one word).

    A relative's prefix ("How many cM do I share with an aunt?" / "... with a great-aunt?",
    "my grandson" / "my great-grandson", "my mother" / "my step-mother", "my brother" / "my
    half brother") is read the same way, but only before a kinship noun
    (`lexicon.KIN_NOUNS`): great (before aunt, uncle, niece, nephew, a "grand-" noun or
    another "great"), grand, step, god, foster; so is "in law" added after one ("my sister"
    / "my sister-in-law", two words). A prefix written into the word ("stepmother",
    "grandson") is another word for `substitutions`."""
    wa, wb = _one_article(a.words), _one_article(b.words)
    for (short, long_), canon in (((wa, wb), b.canon), ((wb, wa), a.canon)):
        added = len(long_) - len(short)
        if not 1 <= added <= 2:
            continue
        i, _ = common_ends(list(short), list(long_))
        if long_[:i] + long_[i + added :] != short:
            continue
        if added == 2:
            if 0 < i and long_[i : i + 2] in _KIN_SUFFIXES and _kin(long_, canon, i - 1):
                return True
            continue
        word = long_[i]
        if word in _PREFIXES and i + 1 < len(long_):
            return True
        if word in _SUFFIXES and i > 0:
            return True
        if word in _DEGREE_PREFIXES and _graded_modifier(long_, canon, i):
            return True
        if word in _KIN_PREFIXES and i + 1 < len(long_) and _kin(long_, canon, i + 1):
            nxt = long_[i + 1]
            if word != "great" or nxt in _GREAT_BASES or nxt.startswith("grand"):
                return True
    return False


def _graded_modifier(words: tuple[str, ...], canon: tuple[str, ...], i: int) -> bool:
    """The degree prefix at ``words[i]`` grades a modifier of a head word: content words right
    after it and after that ("extra virgin olive oil", "extra strong coffee"); not a noun it
    sizes ("an extra fee for", "extra time to") nor a word closing the prompt ("the Super
    Bowl")."""
    return i + 2 < len(words) and bool(canon[i + 1]) and bool(canon[i + 2])


def _one_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with "an" written "a" ("an aunt" / "a great-aunt")."""
    return tuple("a" if w == "an" else w for w in words) if "an" in words else words


def _kin(words: tuple[str, ...], canon: tuple[str, ...], k: int) -> bool:
    """``words[k]`` is a kinship noun, as written or in canonical form ("mom", "aunts")."""
    return words[k] in lx.KIN_NOUNS or canon[k] in lx.KIN_NOUNS


_POSSESSIVE_PRONOUNS = frozenset("my our your his her their".split())
_DETERMINERS = _POSSESSIVE_PRONOUNS | frozenset("a an the".split())
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:['\u2019]s\b)?")
_POSSESSOR_SPAN = 2  # words added at most


def owner_tokens(text: str) -> tuple[list[str], list[bool]]:
    """The words of ``text`` (a hyphen splits one) and whether each ends on 's."""
    toks = _TOKEN_RE.findall(text.lower())
    return [re.sub(r"['\u2019]s$", "", t) for t in toks], [
        bool(re.search(r"['\u2019]s$", t)) for t in toks
    ]


def possessor_added(cached: str, incoming: str) -> bool:
    """One side puts a possessor before the thing or person the other asks about, and nothing
    else changes: another owner inserted after "my" ("How far from my house must a coop be?"
    / "... from my neighbor's house ...", "the papers my lawyer sent" / "... my ex's lawyer
    sent"), or the person asked about made the owner of an added one ("Should my student play
    from memory?" / "Should my student's accompanist play ...", "Can I sue a minor?" / "Can I
    sue a minor's parents?"): the question is about someone else's house, or someone else.

    Limits: read on the texts as typed (the parse drops "'s"). At most two words added. An
    inserted owner must follow a possessive pronoun (my, our, your, his, her, their): "the
    policy" / "the company's policy" and "buying boxer shorts" / "buying men's boxer shorts"
    are left to the classifier; an owner given an added noun must itself follow a pronoun or
    an article and say no "'s" on the other side ("Redondo Beach School's study" / "Redondo
    Beach School" passes). A modifier added after an owner on both sides ("Obama's legacy" /
    "Obama's economic legacy") is not read."""
    if "'" not in cached + incoming and "\u2019" not in cached + incoming:
        return False
    (wa, pa), (wb, pb) = owner_tokens(cached), owner_tokens(incoming)
    for (ws, ps), (wl, pl) in (((wa, pa), (wb, pb)), ((wb, pb), (wa, pa))):
        n = len(wl) - len(ws)
        if not 1 <= n <= _POSSESSOR_SPAN:
            continue
        i, j = common_ends(ws, wl)
        if i + j < len(ws) or wl[:i] + wl[i + n :] != ws or i < 1:
            continue
        # an owner inserted: "my [neighbor's] house"
        if pl[i + n - 1] and wl[i - 1] in _POSSESSIVE_PRONOUNS and i + n < len(wl):
            return True
        # the person asked about made an owner: "my student['s accompanist]"
        if pl[i - 1] and not ps[i - 1] and i >= 2 and wl[i - 2] in _DETERMINERS:
            return True
    return False


# Words of a large amount and of a small one ("too many" / "too few", "so much" / "so little")
_PLENTY = frozenset("many much most plenty lots numerous abundant ample".split())
_SCARCE = frozenset("few fewest little scarce scant".split())
# "a few", "a little" say "some" (not "few"); "quite a few" says many: both read as neither
_SOME_BEFORE = frozenset(("a",))
# "little" says an amount only after these ("too little", "so little", "very little time");
# otherwise it is a size ("a little dog", "my little brother")
_LITTLE_AFTER = frozenset("too so very how as".split())
_AMOUNT_SPAN = 3  # words at the place, at most, on each side
_AMOUNT_WORDS_ANY = _PLENTY | _SCARCE


def _amounts(words: tuple[str, ...], before: str) -> tuple[bool, bool]:
    """Whether ``words`` say a large amount, and a small one ("a few" and "a little" say
    neither; "little" counts only after too / so / very / how / as)."""
    prev = [before, *words]
    plenty = scarce = False
    for k, w in enumerate(words):
        if prev[k] in _SOME_BEFORE:
            continue
        if w in _PLENTY:
            plenty = True
        elif w in _SCARCE and (w != "little" or prev[k] in _LITTLE_AFTER):
            scarce = True
    return plenty, scarce


def amount_flip(a: Parsed, b: Parsed) -> bool:
    """A large amount on one side and a small one on the other, at the one place where the
    two differ ("Why do food banks have too many volunteers in December?" / "... too few
    volunteers ...", "so much homework" / "so little homework", "the most seats" / "the
    fewest seats", "plenty of parking" / "little parking"): the question is about the
    opposite situation. `lexicon.ANTONYMS` holds "more / fewer", "more / less", "most / least"
    but not these (read as stopwords elsewhere).

    Limits: read only at the one place where the sides differ (at most three words each
    side), and neither side may say both. "a few" and "a little" say "some" and are read as
    neither ("a few tips" / "many tips" passes to the classifier; "quite a few" too);
    "little" is an amount only after too / so / very / how / as ("a little dog" is a size);
    "how many" / "how much" on one side against "few" on the other is a large amount read as
    asked, and refused (that is never one question)."""
    if _AMOUNT_WORDS_ANY.isdisjoint(a.words) or _AMOUNT_WORDS_ANY.isdisjoint(b.words):
        return False
    wa, wb = list(a.words), list(b.words)
    i, j = common_ends(wa, wb)
    ma, mb = tuple(wa[i : len(wa) - j]), tuple(wb[i : len(wb) - j])
    if not ma or not mb or len(ma) > _AMOUNT_SPAN or len(mb) > _AMOUNT_SPAN:
        return False
    before = wa[i - 1] if i else ""
    plenty_a, scarce_a = _amounts(ma, before)
    plenty_b, scarce_b = _amounts(mb, before)
    return (plenty_a and not scarce_a and scarce_b and not plenty_b) or (
        plenty_b and not scarce_b and scarce_a and not plenty_a
    )


# The asker's own side: "our team", "my side", "your party"
_ASKER_POSSESSIVES = frozenset("my our your".split())
# Another owner named by what it is not: "the other team", "another family", "the opposing
# side", "a rival team", "someone else's dog" (parsed "someone else")
_OTHERS = frozenset("other another opposing rival else different".split())
_OTHER_SPAN = 3


def other_owner(a: Parsed, b: Parsed) -> bool:
    """The asker's own on one side, someone else's on the other, at the one place where the
    two differ ("What should the marching band play when our team scores?" / "... when the
    other team scores?", "if my dog bites" / "if someone else's dog bites", "our side" / "the
    opposing side"): `rules.owner_mismatch` reads pronoun against pronoun and
    `possessor_added` an owner inserted after a pronoun; a pronoun replaced by "the other"
    was read by neither.

    Limits: the asker's side must say only "my", "our" or "your" there (an "own" after it
    allowed), the other side at most three words with one of other / another / opposing /
    rival / different / else and no possessive pronoun ("my other car" / "my car" is not
    read); both must go on with the same next word (the thing owned). "his" / "her" /
    "their" against "the other" is not read (the other may be the one meant); "our team" /
    "the team" (no "other") passes."""
    if _OTHERS.isdisjoint(a.words) and _OTHERS.isdisjoint(b.words):
        return False
    wa, wb = list(a.words), list(b.words)
    i, j = common_ends(wa, wb)
    if j == 0:
        return False
    ma, mb = tuple(wa[i : len(wa) - j]), tuple(wb[i : len(wb) - j])
    for mx, my in ((ma, mb), (mb, ma)):
        mine = tuple(w for w in mx if w != "own")
        if len(mine) != 1 or mine[0] not in _ASKER_POSSESSIVES:
            continue
        if not my or len(my) > _OTHER_SPAN or _OTHERS.isdisjoint(my):
            continue
        if _POSSESSIVE_PRONOUNS.isdisjoint(my):
            return True
    return False
