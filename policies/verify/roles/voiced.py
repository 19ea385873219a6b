"""Role pass 27 (rounds 92-94): a passive's by-phrase made the active's object, owners
permuted over the same nouns, the verb moved over an owner, "replace X with Y" turned round,
a reduced relative clause read with its "who".

``by_made_object``: "Can a juror be questioned by the media after the verdict?" / "Can a juror
question the media after the verdict?", "I'm being underpaid by the agency" / "I'm underpaying
the agency": the same subject and the same words after, the one who acts on it in the passive
is the one it acts on in the active. Role pass 104 (blind round 237): the subject's "one" read as
"a" ("Can a string quartet member be voted out by the other three?" / "Can one string quartet
member vote out the other three?": one against three traded).

``owners_permuted``: every noun and word kept, the owners said before them ("my", "a", "my
roommate's") handed round between the nouns: "tow a car parked in my charging spot" / "tow my
car parked in a charging spot", "My roommate's girlfriend ... on our outlet" / "My girlfriend
... on my roommate's outlet" ("our" read as "my").

``verb_hopped``: "my son chipped his friend's bracket" / "my son's friend chipped his bracket":
the same words with the verb on the other side of an owned noun.

``replaced_traded``: "replaced my cleaner with the one my sister had fired" / "replaced the
cleaner my sister had fired with mine": the thing replaced and its replacement exchanged, an
elided head ("the one", "mine") read as the other side's noun.

``reduced_relative``: "the band supporting us" read as "the band who are supporting us" when
the other side says "the band we're supporting".
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.verify.roles.tokens import _SYMMETRIC, _WITH_SYMMETRIC
from policies.verify.text import Parsed

# -- a passive's doer made the active's object ------------------------------------------
_BE = frozenset("be being been is are am was were get gets got getting gotten".split())
_AUX = frozenset("am is are was were be been has have had will would can could should".split())
_IRREGULAR = {
    "paid": "pay",
    "made": "make",
    "told": "tell",
    "sold": "sell",
    "bitten": "bite",
    "bit": "bite",
    "beaten": "beat",
    "taken": "take",
    "given": "give",
    "caught": "catch",
    "bought": "buy",
    "seen": "see",
    "sent": "send",
    "held": "hold",
    "left": "leave",
    "kept": "keep",
    "brought": "bring",
    "found": "find",
    "hit": "hit",
    "hurt": "hurt",
    "cut": "cut",
    "led": "lead",
    "fed": "feed",
    "struck": "strike",
    "stolen": "steal",
    "written": "write",
    "chosen": "choose",
    "driven": "drive",
    "forgiven": "forgive",
    "shot": "shoot",
    "sued": "sue",
    "taught": "teach",
    "fought": "fight",
    # Role pass 45 (round 135: "My dad was outrun by his grandson" / "My dad outran his
    # grandson"): a strong verb's past and participle, prefixed or not, read as one verb
    "ran": "run",
    "run": "run",
    "took": "take",
    "threw": "throw",
    "thrown": "throw",
}

_PREFIXES = frozenset("mis out over under fore with back down counter cross self home hand".split())
"""The verb prefixes an irregular form may carry ("underpaid", "misled", "outran", "withheld"):
a closed class. Any other letters before an irregular ending are part of a regular verb
("hauled", "pulled", "stuffed", "present" are no prefixed "led", "fed", "sent")."""


@lru_cache(maxsize=8192)
def _stem(w: str) -> str:
    """A verb form's stem, rough and the same for "question / questioned / questioning"
    (cached: the order and voice readers ask for each word of a long prompt again and again)."""
    for pre, base in _IRREGULAR.items():
        if w.endswith(pre) and (len(w) == len(pre) or w[: len(w) - len(pre)] in _PREFIXES):
            return w[: len(w) - len(pre)] + base  # "underpaid" -> "underpay"
    for suf in ("ying", "ied", "ies"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + "y"
    for suf in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "chipped" -> "chip"
    return w


def _verbs_same(part: str, act: str) -> bool:
    return part != act and _stem(part) == _stem(act)


def _strip_aux(seq: tuple[str, ...]) -> tuple[str, ...]:
    k = len(seq)
    while k and seq[k - 1] in _AUX:
        k -= 1
    return seq[:k]


_ONE_AS_A = {"one": "a", "an": "a"}


def _subject_same(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same subject, its determiner "a / an / one" read as one ("a member" / "one member":
    role pass 104)."""
    if x == y:
        return True
    if len(x) != len(y) or "one" not in x + y:
        return False
    return all(_ONE_AS_A.get(p, p) == _ONE_AS_A.get(q, q) for p, q in zip(x, y, strict=True))


def by_made_object(a: Parsed, b: Parsed) -> bool:
    if ("by" in a.words) == ("by" in b.words):
        return False  # one side a passive with its doer, the other without
    return _by_object(a.words, b.words) or _by_object(b.words, a.words)


def _by_object(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """``wb`` "S (aux) be V-ed by Y REST", ``wa`` "S (aux) V Y REST"."""
    for p in range(2, len(wb) - 2):
        if wb[p + 1] != "by" and wb[p + 1] in _PARTICLE_HEADS and wb[p - 1] in _BE:
            if _particle_by(wa, wb, p):
                return True
            continue
        if wb[p + 1] != "by" or wb[p - 1] not in _BE:
            continue
        v = wb[p]
        if v in _SYMMETRIC or v in _WITH_SYMMETRIC or _stem(v) in _SYMMETRIC:
            continue
        k = p - 1
        while k > 0 and wb[k - 1] in _BE:
            k -= 1
        pre, post = _strip_aux(wb[:k]), wb[p + 2 :]
        if not pre or not post:
            continue
        q = len(wa) - len(post) - 1
        if q < 1 or wa[q + 1 :] != post or not _verbs_same(v, wa[q]):
            continue
        if wa[q - 1] in _BE and wa[q - 1] not in ("am", "is", "are", "was", "were"):
            continue  # "being V-ed" again: a passive on both sides
        if _subject_same(_strip_aux(wa[:q]), pre):
            return True
    return False


# Role pass 30 (role targets): "My hen was kicked out of the flock by the new hens" / "My hen
# kicked the new hens out of the flock": a particle phrase between the participle and "by",
# said after the object in the active; a later sentence's pronoun follows its referent ("Will
# she be accepted back?" / "Will they"), so the tails are compared with third persons as one.
# Role pass 45 (round 136: "for helping another runner across the finish line" / "for being
# helped across the finish line by another runner"): a path phrase said the same way.
_PARTICLE_HEADS = frozenset(
    "out off away up down over into onto in back across through past around along".split()
)
_PARTICLE_MAX = 5
_THIRD_PERSONS = frozenset("he she they him her them his their".split())


def _particle_by(wa: tuple[str, ...], wb: tuple[str, ...], p: int) -> bool:
    v = wb[p]
    if v in _SYMMETRIC or _stem(v) in _SYMMETRIC:
        return False
    try:
        by = wb.index("by", p + 2, p + 2 + _PARTICLE_MAX)
    except ValueError:
        return False
    k = p - 1
    while k > 0 and wb[k - 1] in _BE:
        k -= 1
    pre, mid, post = _strip_aux(wb[:k]), wb[p + 1 : by], wb[by + 1 :]
    if not pre or not post:
        return False
    stem = _stem(v)
    q = next((q for q in range(len(pre), len(pre) + 3) if q < len(wa) and _stem(wa[q]) == stem), 0)
    if not q or not _subject_same(_strip_aux(wa[:q]), pre) or wa[q - 1] in _BE:
        return False  # "kicked" is the active's past and the participle alike
    after = wa[q + 1 :]
    for size in range(1, min(_PARTICLE_MAX, len(post)) + 1):
        y, rest = post[:size], post[size:]
        if after[: size + len(mid)] in (y + mid, mid + y) and _third_as_one(
            after[size + len(mid) :]
        ) == _third_as_one(rest):
            return True
    return False


def _third_as_one(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("@3" if w in _THIRD_PERSONS else w for w in words)


# -- owners handed round between the same nouns ------------------------------------------
_TOK_RE = re.compile(r"[a-z0-9]+(?:'s\b)?|[,;?.!:]")
_OWNER_WORDS = {
    "my": "my",
    "our": "my",
    "your": "your",
    "his": "his",
    "her": "her",
    "their": "their",
    "its": "its",
    "a": "a",
    "an": "a",
    "the": "a",
    "some": "a",
}
_MINE = frozenset(("my", "our"))


def _owner_frame(text: str) -> tuple[list[str], list[str]]:
    """The text with each owner ("my", "a", "my roommate's", "the hotel's") said as "_", and
    the owners in order (a determiner's class, an owner noun after it)."""
    toks = _TOK_RE.findall(text.lower().replace("\u2019", "'"))
    frame: list[str] = []
    owners: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        det = _OWNER_WORDS.get(t)
        if det is not None:
            if i + 1 < len(toks) and toks[i + 1].endswith("'s"):
                owners.append(("my" if det == "my" else "a") + " " + toks[i + 1][:-2])
                i += 2
            else:
                owners.append(det)
                i += 1
            frame.append("_")
            continue
        frame.append(t)
        i += 1
    return frame, owners


def owners_permuted(a: Parsed, b: Parsed) -> bool:
    if a.content != b.content or a.words == b.words:
        return False
    if _MINE.isdisjoint(a.words) or _MINE.isdisjoint(b.words):
        return False
    fa, oa = _owner_frame(a.source)
    fb, ob = _owner_frame(b.source)
    if fa != fb or oa == ob or sorted(oa) != sorted(ob):
        return False
    apart = [i for i in range(len(oa)) if oa[i] != ob[i]]
    # one owner handed to another noun: "my" or a named owner among those moved
    return len(apart) >= 2 and any(oa[i] == "my" or " " in oa[i] for i in apart)


_HOP_RE = re.compile(
    r"\b(my|our|the|a|an) ([a-z]+) ([a-z]+) (his|her|their|its|my|our) ([a-z]+)'s ([a-z]+)\b"
)


def verb_hopped(a: Parsed, b: Parsed) -> bool:
    """ "D1 N1 V D2 N2's N3" on one side, "D1 N1's N2 V D2 N3" on the other."""
    if a.content != b.content:
        return False
    return _hopped(a.source, b.source) or _hopped(b.source, a.source)


def _hopped(x: str, y: str) -> bool:
    if "'s" not in x or "'s" not in y:
        return False
    ly = y.lower().replace("\u2019", "'")
    for m in _HOP_RE.finditer(x.lower().replace("\u2019", "'")):
        d1, n1, v, d2, n2, n3 = m.groups()
        if v in _OWNER_WORDS or v.endswith("'s"):
            continue
        if f"{d1} {n1}'s {n2} {v} {d2} {n3}" in ly:
            return True
    return False


# -- "replace X with Y" turned round -----------------------------------------------------
_REPLACE_RE = re.compile(
    r"\b(?:replac|substitut|exchang|swapp?|trad|mistak|mistook|confus)[a-z]*\b(.+?)"
    r"\b(with|for)\b(.+?)(?=[,;?.!]|$)"
)
_ELIDED = frozenset(("one", "ones", "mine", "ours", "it"))
_SPAN_WORD = re.compile(r"[a-z]+")


def _span(text: str) -> tuple[bool, frozenset[str]]:
    words = _SPAN_WORD.findall(text)
    mine = bool(words) and words[0] in ("my", "mine", "our", "ours")  # the head's owner
    content = frozenset(w for w in words if w not in _ELIDED and w not in _OWNER_WORDS)
    return mine, content


def _match(x: tuple[bool, frozenset[str]], y: tuple[bool, frozenset[str]]) -> bool:
    return x[0] == y[0] and (x[1] <= y[1] or y[1] <= x[1])


_REPLACE_WORDS = frozenset(("with", "for"))
_REPLACE_HINT_RE = re.compile(r"replac|substitut|exchang|swap|trad|mistak|mistook|confus")


def replaced_traded(a: Parsed, b: Parsed) -> bool:
    if _REPLACE_WORDS.isdisjoint(a.words) or _REPLACE_WORDS.isdisjoint(b.words):
        return False
    sa, sb = a.source.lower(), b.source.lower()
    if _REPLACE_HINT_RE.search(sa) is None:
        return False
    ma, mb = _REPLACE_RE.search(sa), _REPLACE_RE.search(sb)
    if ma is None or mb is None or ma.group(2) != mb.group(2):
        return False
    if sa[: ma.start()] != sb[: mb.start()]:
        return False
    if ma.group(2) == "with" and re.match(r"(?:swap|trad|exchang)", sa[ma.start() :]):
        return False  # "swap X with Y": either order
    xa, ya = _span(ma.group(1)), _span(ma.group(3))
    xb, yb = _span(mb.group(1)), _span(mb.group(3))
    if _match(xa, xb) and _match(ya, yb):
        return False
    return _match(xa, yb) and _match(ya, xb) and (xa != ya)


# -- "the N V-ing us" read as "the N who are V-ing us" -----------------------------------
_REDUCED_RE = re.compile(r"\b(the|a|an|my|our) ([a-z]+) ([a-z]+ing) (us|me|him|her|them)\b")
# role pass 33 (round 107): "the truck owner renting from me" against "the truck owner I'm renting
# from": a two-word head or a preposition before the pronoun, read only where the other side says
# the same head with a stranded relative's subject after it
_REDUCED_PREP_RE = re.compile(
    r"\b(the|a|an|my|our) ((?:[a-z]+ )?[a-z]+) ([a-z]+ing) (?:(?:from|to|with|for|into|onto|on|at"
    r"|in|about|after|behind|under|over|against) )?(us|me|him|her|them)\b"
)
_STRANDED_SUBJECTS = ("i", "we", "he", "she", "they")


_OBJECTS = frozenset(("us", "me", "him", "her", "them"))


def reduced_relative(a: Parsed, b: Parsed) -> tuple[str, str] | None:
    if _OBJECTS.isdisjoint(a.words) and _OBJECTS.isdisjoint(b.words):
        return None
    for x, y, flip in ((a.source.lower(), b.source, False), (b.source.lower(), a.source, True)):
        m = _REDUCED_RE.search(x)
        if m is None:
            m = _REDUCED_PREP_RE.search(x)
            if m is None:
                continue
            near = f"{m.group(1)} {m.group(2)} "
            if not any(near + w + " " in y.lower().replace("'", " ") for w in _STRANDED_SUBJECTS):
                continue
        head = f"{m.group(1)} {m.group(2)} "
        if head + "who" in y.lower() or f" {m.group(3)} " not in f" {y.lower()} ":
            continue
        said = x[: m.start(3)] + "who are " + x[m.start(3) :]
        return (y, said) if flip else (said, y)
    return None
