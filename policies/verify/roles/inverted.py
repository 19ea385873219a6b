"""A subject and an object traded around one verb inside a relative clause or a wh-question,
every other word in place: "The student who the teacher reported is appealing" / "The student
who reported the teacher is appealing", "The class I tutor is failing" / "The class that tutors
me is failing", "Who did the movers that damaged my piano hire?" / "Who hired the movers that
damaged my piano?". One side says "<noun phrase> <verb> <tail>" after the relative word (or
after "who did"), the other "<verb> <noun phrase> <tail>" with the same verb, the same noun
phrase (a pronoun in the other case, "I" / "me") and the same tail.

Round 67: a wh-phrase with its noun ("Which member did the organizer exclude" / "Which member
excluded the organizer", "How many guests did the host invite"), a name for the noun phrase
("The company that acquired Hertz" / "The company that Hertz acquired"), "the one" as the head
("I'm the one the clerk accused" / "I'm the one who accused the clerk") and two relative words
("the one that the teacher reported" / "the one who reported the teacher"). Round 78: a particle
after the verb ("The company that bought out my coworking space" / "The company my coworking
space bought out").
"""

from __future__ import annotations

import re

from policies.verify.roles.kept import _AMOUNT, _same_verb, _tokens
from policies.verify.roles.tokens import _DO_T, _MODALS, _NP_LEAD, _SYMMETRIC, _WH_OBJ
from policies.verify.text import Parsed
from policies.verify.words import common_prefix

_REL = frozenset(("who", "whom", "that", "which"))
_CASE = {"i": "me", "he": "him", "she": "her", "they": "them", "we": "us", "you": "you"}
_NP_MAX = 8  # "the movers that damaged my piano"


def subject_object_inverted(a: Parsed, b: Parsed) -> bool:
    return _inverted(a, b) or _inverted(b, a)


def _inverted(a: Parsed, b: Parsed) -> bool:
    """``a`` has the noun phrase before the verb (its subject), ``b`` after it (its object)."""
    wa, wb = a.words, b.words
    n = min(len(wa), len(wb))
    k = common_prefix(wa, wb)
    h = _asked_at(a, b, k)
    if h is not None:  # "(In X,) whom does [Y stab]" / "(In X,) who [stabs Y]"
        return _around(a, h + 2, b, h + 1)
    if k == 0 or k >= n - 1:
        return False
    if k == 1 and wa[0] in _WH_OBJ and wa[1] in _DO_T:  # "Who did [X hire]" / "Who [hired X]"
        return _around(a, 2, b, 1)
    if wa[k] in _DO_T and _wh_phrase(a, k):  # "Which member did [X exclude]" / "[excluded X]"
        return _around(a, k + 1, b, k)
    if wa[k - 1] in _REL:  # "the student who [the teacher reported]" / "who [reported the teacher]"
        return _around(a, k, b, k)
    if wb[k] in _REL and (a.canon[k - 1] or wa[k - 1] in _ONE):
        if wa[k] in _REL:  # "the one that [the teacher reported]" / "who [reported the teacher]"
            return _around(a, k + 1, b, k + 1)
        return _around(a, k, b, k + 1)  # "the class [I tutor]" / "the class that [tutors me]"
    return False


# Role pass 110 (round 243): "whom" against "who" (the two words part the shared prefix), and
# the wh-word after a frame the two sides share ("In Lucia di Lammermoor, whom does Lucia stab?"
# / "In Lucia di Lammermoor, who stabs Lucia?"): the question starts after the frame's comma.
_WHO = frozenset(("who", "whom"))
_FRAMED_RE = re.compile(r",\s*(?:who|whom|what|which)\s", re.IGNORECASE)


def _asked_at(a: Parsed, b: Parsed, k: int) -> int | None:
    """Where the wh-word of "WH do-support S V" on ``a`` and "WH V O" on ``b`` stands, the two
    at the same place after the same words: at the start with "whom" / "who", or after a shared
    frame ending in a comma. None when the simple "Who did" case (or no such question) holds."""
    wa, wb = a.words, b.words
    if k < len(wa) and k < len(wb) and wa[k] in _WHO and wb[k] in _WHO and wa[k] != wb[k]:
        h = k  # "whom" / "who"
    elif k >= 2 and wa[k - 1] in _WH_OBJ:
        h = k - 1  # "In X, who does" / "In X, who V-s"
    else:
        return None
    if h + 3 > min(len(wa), len(wb)) or wa[h + 1] not in _DO_T or wb[h + 1] in _DO_T:
        return None
    if wb[h + 1] in _MODALS or wb[h + 1] in _BE_WORDS:
        return None
    if h and not (_FRAMED_RE.search(a.source) and _FRAMED_RE.search(b.source)):
        return None  # a wh-word inside a clause ("see who"), not a question after a frame
    return h


_BE_WORDS = frozenset("is are was were am be".split())


_PARTICLES = frozenset("out up off over down in back away".split())
_ONE = frozenset(("one", "ones"))  # "I'm the one [the clerk accused]"
_HOW_MANY = ("how", "many")


def _wh_phrase(a: Parsed, k: int) -> bool:
    """``a.words[:k]`` is a wh-word and its noun: "which member", "what company", "how many
    guests" (up to three nouns)."""
    w = a.words
    lead = 2 if w[:2] == _HOW_MANY else 1
    if lead == 1 and w[0] not in _WH_NOUN_LEAD:
        return False
    return 0 < k - lead <= 3 and all(a.canon[i] for i in range(lead, k))


_WH_NOUN_LEAD = frozenset(("which", "what", "whose"))


def _around(a: Parsed, i: int, b: Parsed, j: int) -> bool:
    """``a.words[i:]`` is "S V T" and ``b.words[j:]`` is "V O T" with O the same as S."""
    xa, xb = a.words[i:], b.words[j:]
    if len(xa) != len(xb) or len(xa) < 2:
        return False
    spans = [
        (s, q, d)
        for d in (0, 1)
        for q in (0, 1)
        for s in range(1, min(_NP_MAX, len(xa) - 1 - q - d) + 1)
    ]
    for s, q, d in spans:
        # d: an adverb before the verb on both sides ("whom did X fatally wound" / "who
        # fatally wounded X")
        if d and (xb[0] != xa[s] or not _adverb(xa[s])):
            continue
        # q: a particle after the verb ("that bought out my space" / "my space bought out")
        if q and (xa[s + d + 1] not in _PARTICLES or xb[d + 1] != xa[s + d + 1]):
            continue
        subj, obj = xa[:s], xb[1 + d + q : 1 + d + q + s]
        t = s + 1 + d + q
        if xa[t:] != xb[t:] and _tensed(xa[t:]) != _tensed(xb[t:]):
            continue
        if not (
            _same_np(subj, obj)
            or (subj == obj and (_named(a, i, s) or _bare(a, i, s)))
            or _renumbered(subj, obj)
        ):
            continue
        va, vb = xa[s + d], xb[d]
        if _symmetric(va) or _symmetric(vb):
            return False  # "Who did Tom marry" / "Who married Tom"
        if a.canon[i + s + d] and (a.canon[i + s + d] == b.canon[j + d] or _same_verb(va, vb)):
            return True
        if _same_verb(vb, va) or vb in (va + "s", va + "es"):  # "does X own" / "owns X"
            return True
    return False


# Role pass 141 (rounds 279-281): an adverb before the verb on both sides, said after the
# subject on one and after the wh-word on the other ("Whom did Brutus fatally stab?" / "Who
# fatally stabbed Brutus?"): one "-ly" word, or a word of frequency or order.
_ADVERBS = frozenset("never always often once first last ever also still just".split())


def _adverb(w: str) -> bool:
    return w in _ADVERBS or (len(w) > 4 and w.endswith("ly") and not w.endswith("ply"))


# Role pass 141 (rounds 279-281): the wh-phrase's noun not the same on both sides, the owner
# asked on one and the owned on the other ("Which theme park company owns Knott's Berry Farm?"
# / "Which theme parks does Knott's Berry Farm own?", "Which company owns Instagram?" / "Which
# companies does Instagram own?"): the wh-phrase is the verb's subject on one side and its
# object on the other whatever its noun, so the two noun phrases need only be wh-phrases.


def wh_noun_traded(a: Parsed, b: Parsed) -> bool:
    """ "Which N1 V X?" against "Which N2 do X V?", N1 and N2 apart (the two sides' content
    words apart by the wh-phrase, so read outside the same-content readers)."""
    wa, wb = a.words, b.words
    if len(wa) < 4 or len(wb) < 4 or wa[0] not in _WH_NOUN_LEAD or wb[0] != wa[0]:
        return False
    if _DO_T.isdisjoint(wa[2:5]) == _DO_T.isdisjoint(wb[2:5]):
        return False
    return _wh_nouns_apart(a, b) or _wh_nouns_apart(b, a)


def _wh_nouns_apart(a: Parsed, b: Parsed) -> bool:
    """``a`` is "Which N1 do X V T", ``b`` "Which N2 V X T", N1 and N2 one to three nouns
    (not the same: the same wh-phrase is read by ``_inverted``)."""
    wa, wb = a.words, b.words
    for d in range(2, min(5, len(wa) - 2)):
        if wa[d] in _DO_T:
            break
    else:
        return False
    e = len(wb) - (len(wa) - d - 1)
    if not 2 <= e <= 4 or wa[1:d] == wb[1:e] or wb[e] in _DO_T or wb[e] in _MODALS:
        return False
    if wb[e] in _BE_WORDS or not (_wh_phrase(a, d) and _wh_phrase(b, e)):
        return False
    return _around(a, d + 1, b, e)


# Round 69: the tail in another tense ("The instructor who replaced Maria is stricter" / "The
# instructor Maria replaced was stricter"): "be" read without its tense.
_BE_T = {"is": "be", "are": "be", "was": "be", "were": "be", "am": "be"}
_BE_T |= {"has": "have", "had": "have"}


def _tensed(t: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_BE_T.get(x, x) for x in t)


def _same_np(subj: tuple[str, ...], obj: tuple[str, ...]) -> bool:
    if len(subj) == 1 and subj[0] in _CASE:
        return obj == (_CASE[subj[0]],)
    return subj == obj and subj[0] in _NP_LEAD


# Role pass 127 (round 262): the traded noun phrase in the other number, a reduced relative
# clause after it ("Which insects does the praying mantis my garden center sells eat?" /
# "Which insects eat the praying mantises my garden center sells?"): word for word but for one
# or two words said in the singular on one side and the plural on the other (the head, and a
# verb agreeing with it inside the phrase: "the mantis that eats" / "the mantises that eat").


def _renumbered(subj: tuple[str, ...], obj: tuple[str, ...]) -> bool:
    """``subj`` and ``obj`` are one determiner-led noun phrase, one or two of its words in
    the other number ("mantis" / "mantises", "puppy" / "puppies", "eats" / "eat")."""
    if len(subj) != len(obj) or len(subj) < 2 or subj[0] != obj[0] or subj[0] not in _NP_LEAD:
        return False
    apart = [(x, y) for x, y in zip(subj, obj, strict=True) if x != y]
    return 0 < len(apart) <= 2 and all(_number_pair(x, y) or _number_pair(y, x) for x, y in apart)


_POSSESSIVE = frozenset("her our your their".split())


def _number_pair(one: str, many: str) -> bool:
    """``many`` is ``one`` with a plural (or third-person) "-s" / "-es" / "-ies"."""
    if len(one) < 3 or one in _POSSESSIVE:
        return False  # "her" / "hers"
    if many == one + "s" or many == one + "es":
        return True
    return one.endswith("y") and many == one[:-1] + "ies"


def _symmetric(verb: str) -> bool:
    return verb in _SYMMETRIC or verb.rstrip("sed") in _SYMMETRIC


# Role pass 130 (round 268): a name of four words, or of up to four with a generational
# suffix after it ("Who coached Walter Ray Williams Jr. in horseshoes?" / "Who did Walter Ray
# Williams Jr. coach in horseshoes?"): the suffix is part of the name, not a word of its own.
_NAME_MAX = 4
_NAME_SUFFIX = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _named(a: Parsed, i: int, s: int) -> bool:
    """``a.words[i:i + s]`` is a name ("Hertz", "Lionel Messi", "Walter Ray Williams Jr."):
    each word a name's, up to four of them and a generational suffix."""
    if s > 1 and a.words[i + s - 1] in _NAME_SUFFIX:
        s -= 1
    return s <= _NAME_MAX and all(a.canon[m] and a.canon[m] in a.entities for m in range(i, i + s))


# Role pass 122 (rounds 258-260): a bare plural for the noun phrase, no determiner ("a child
# who bullies others" / "a child that others bully", "What animals eat moon snails" / "What
# animals do moon snails eat"): up to three content words, the last a plural or "others".
_PLURALS = frozenset("others people children men women kids".split())


def _bare(a: Parsed, i: int, s: int) -> bool:
    """``a.words[i:i + s]`` is a bare plural noun phrase: each word a content word, the last
    "others" / "people" or ending in "s" (not "'s" read off, not a verb form)."""
    w = a.words[i : i + s]
    if s > 3 or not all(a.canon[m] for m in range(i, i + s)):
        return False
    return w[-1] in _PLURALS or (
        len(w[-1]) > 3 and w[-1].endswith("s") and not w[-1].endswith("ss")
    )


_AUX = frozenset("is are was were been get gets got".split())


def voice_flipped(a: Parsed, b: Parsed) -> bool:
    """The same subject doing the verb on one side and undergoing it on the other, the doer
    of the passive named after "by": "The moving company overcharged me by $400" / "The
    moving company was overcharged $400 by me"."""
    if _AUX.isdisjoint(a.words) == _AUX.isdisjoint(b.words):
        return False
    ta, tb = (_tokens(a), _tokens(b)) if _AUX.isdisjoint(a.words) else (_tokens(b), _tokens(a))
    for i in range(1, min(len(ta), len(tb) - 3)):
        if tb[i] in _AUX and ta[:i] == tb[:i]:
            break
        if ta[i - 1] != tb[i - 1]:
            return False
    else:
        return False
    if i + 1 >= len(ta) or ta[i + 1] == "by" or not _same_verb(ta[i], tb[i + 1]):
        return False  # "My flight delayed by two hours": no object, no doer
    for k in range(i + 2, min(len(tb) - 1, i + 6)):
        if tb[k] == "by" and not _AMOUNT.search(tb[k + 1]):
            return True
    return False
