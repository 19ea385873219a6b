"""Role pass 50 (blind rounds 143-148): roles traded across a relative clause or "the one".

- ``one_relative_said`` (a reading): "X is the one (who / that) CLAUSE" said as the clause
  with X in its gap: a subject relative "X is the one who keeps correcting her coach" as "X
  keeps correcting her coach", an object relative "X is the one her coach keeps correcting"
  as "her coach keeps correcting X".
  Role pass 117: the embedded "who the N (that) CLAUSE was" read as "who CLAUSE", and "the N
  who was my X" as "my X" ("who the farmer my ancestor worked for was" / "who worked for the
  farmer who was my ancestor": "who my ancestor worked for" / "who worked for my ancestor").
- ``stranded_relative_traded``: a contact relative with a stranded preposition, "the N I'm
  throwing the shower for" (I do it, for the N), against a reduced or subject relative of
  the same words, "the N throwing the shower for me" (the N does it, for me).
- ``whose_passive_traded``: "the N that V-ed the M" (the N did it) against "the N whose M
  was V-ed" (done to the N's M).
- ``standalone_owner_moved``: the owner of a subject relative's object moved to its head,
  "the dog that bit mine" / "my dog that bit another dog".
- ``feeling_holder_traded``: the one who feels "jealous of / mad at / proud of" traded with
  the one it is felt about, "My son is jealous of his best friend" / "My son's best friend
  is jealous of him".
- ``contrasted_relatives_traded`` (role pass 60): "the N who C1 rather than the one who C2"
  against "the N who C2 rather than the one who C1".
- ``relative_voice_traded`` (role pass 99; role pass 101 a clause's subject too): "the N who
  was V-ed" / "the N who V-ed", "after I was V-ed" / "after I V-ed X / made a V".
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import _PAST_FORMS
from policies.verify.text import Parsed, parse
from policies.verify.words import stem

_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|[^\sa-z]")
_CONTRACTED = {
    "i'm": ("i", "am"),
    "we're": ("we", "are"),
    "you're": ("you", "are"),
    "they're": ("they", "are"),
    "i've": ("i", "have"),
    "we've": ("we", "have"),
    "they've": ("they", "have"),
    "i'd": ("i", "would"),
    "i'll": ("i", "will"),
}
_PERSON = {
    "i": "1",
    "me": "1",
    "my": "1",
    "mine": "1",
    "we": "1p",
    "us": "1p",
    "our": "1p",
    "ours": "1p",
    "you": "2",
    "your": "2",
    "yours": "2",
    "he": "3m",
    "him": "3m",
    "his": "3m",
    "she": "3f",
    "her": "3f",
    "hers": "3f",
    "they": "3p",
    "them": "3p",
    "their": "3p",
    "theirs": "3p",
}
_SUBJECTS = frozenset(("i", "we", "you", "he", "she", "they"))
_OBJECTS = frozenset(("me", "us", "you", "him", "her", "them"))
_OWNERS = frozenset(("my", "our", "your", "his", "her", "their"))
_STANDALONE = frozenset(("mine", "ours", "yours", "hers", "theirs"))
_DETS = frozenset(("the", "a", "an", "this", "that", "these", "those", "another", "some"))
_REL = frozenset(("who", "that", "whom", "which"))
_AUX = frozenset(
    "am is are was were be been being have has had do does did will would can could should"
    " might may must keeps keep kept still always never just also really not".split()
)
_BE = frozenset("am is are was were 's".split())
_PREPS = frozenset(("for", "to", "from", "after"))  # "with", "against": done with each other
_PUNCT = frozenset('.,;:!?()"')
_JOINS = frozenset("and but so because if when while after before then or".split())
_STOP = (
    _SUBJECTS | _OBJECTS | _OWNERS | _DETS | _REL | _AUX | _PREPS | _PUNCT | _JOINS | _STANDALONE
)
_STOP = _STOP | frozenset("whose 's of in by it its one with about on at behind against".split())


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in _WORD_RE.findall(text.lower().replace("\u2019", "'")):
        if w in _CONTRACTED:
            out += _CONTRACTED[w]
        elif w.endswith("'s") and len(w) > 2:
            out += (w[:-2], "'s")
        else:
            out.append(w)
    return tuple(out)


def _phrase_left(t: tuple[str, ...], e: int) -> tuple[int, str, str | None] | None:
    """The noun phrase ending at e: (start, head, owner); an owner by "'s" is its noun."""
    if e < 0:
        return None
    if t[e] in _SUBJECTS or t[e] in _OBJECTS:
        return e, _PERSON[t[e]], None
    if t[e] in _STOP:
        return None
    i = e
    while i - 1 >= 0 and e - i < 2 and t[i - 1] not in _STOP:
        i -= 1
    if i - 1 >= 0 and t[i - 1] == "'s":
        inner = _phrase_left(t, i - 2)
        if inner is None:
            return None
        return inner[0], t[e], inner[1]
    if i - 1 >= 0 and (t[i - 1] in _OWNERS or t[i - 1] in _DETS):
        return i - 1, t[e], _PERSON.get(t[i - 1])
    return i, t[e], None


def _phrases_right(t: tuple[str, ...], s: int) -> list[tuple[str, str | None]]:
    """The noun phrases starting at s, (head, owner) for each length of its content words (a
    verb after them cannot be told from a noun); a pronoun read as its person."""
    if s >= len(t):
        return []
    w = t[s]
    if w in _OBJECTS and (w != "her" or s + 1 >= len(t) or t[s + 1] in _STOP):
        return [(_PERSON[w], None)]
    owner = _PERSON.get(w) if w in _OWNERS else None
    k = s + 1 if (w in _OWNERS or w in _DETS) else s
    e = k
    while e < len(t) and e - k < 3 and t[e] not in _STOP:
        e += 1
    if e < len(t) and t[e] == "'s" and e > k:
        return [(head, t[e - 1]) for head, _ in _phrases_right(t, e + 1)]
    return [(t[m], owner) for m in range(k, e)]


# --- "X is the one ..." --------------------------------------------------------------


# "X is who ..." where X names what is asked about, not a person: an embedded question ("my
# question is who pays the tax"), not a pseudo-cleft.
_ASKED = frozenset("question problem issue thing point concern worry wonder doubt".split())


def _one_said(t: tuple[str, ...]) -> tuple[str, ...] | None:
    for k in range(2, len(t) - 2):
        if t[k - 1] not in _BE:
            continue
        if t[k] == "the" and t[k + 1] == "one":
            c = k + 2
            rel = c < len(t) and t[c] in _REL
            who = t[c] if rel else ""
        elif t[k] in ("who", "whom"):  # role pass 71: the pseudo-cleft "X is who(m) CLAUSE"
            c, rel, who = k, True, t[k]
        else:
            continue
        x = _phrase_left(t, k - 2)
        if x is None or (who in ("who", "whom") and x[1] in _ASKED):
            continue
        subj = t[x[0] : k - 1]
        if rel:
            c += 1
        end = c
        while end < len(t) and t[end] not in _PUNCT and t[end] not in _JOINS:
            end += 1
        clause = t[c:end]
        if not clause:
            continue
        if clause[0] in _SUBJECTS or clause[0] in _OWNERS or clause[0] in _DETS:
            said = clause + subj  # object relative: X in the gap
        elif who in ("who", "that"):
            said = subj + clause  # subject relative: X does it
        else:
            continue
        return t[: x[0]] + said + t[end:]
    return None


_CLEFT_MARKS = frozenset(("one", "who", "whom"))


def _asked_said(t: tuple[str, ...]) -> tuple[str, ...] | None:
    """Role pass 117: the embedded "who the N (that) CLAUSE was" / "who the N was (that)
    CLAUSE" read as "who CLAUSE", the N it names left out ("find out who the farmer my
    ancestor worked for was": "find out who my ancestor worked for"; "who the man that
    married my grandmother was": "who married my grandmother"), as "X is the one CLAUSE" is
    read as the clause."""
    for i in range(len(t) - 4):
        if t[i] not in ("who", "whom") or t[i + 1] != "the":
            continue
        n = i + 2
        while n < len(t) and n - i - 2 < 3 and t[n] not in _STOP:
            n += 1
        if n == i + 2 or n >= len(t):
            continue
        end = n
        while end < len(t) and t[end] not in _PUNCT and t[end] not in _JOINS:
            end += 1
        if t[n] in _BE:  # "who the N was (that) CLAUSE"
            c, e = n + 1, end
        elif t[end - 1] in _BE and end - 1 > n:  # "who the N (that) CLAUSE was"
            c, e = n, end - 1
        else:
            continue
        who = t[c] if c < e and t[c] in _REL else ""
        clause = t[c + 1 if who else c : e]
        if not clause or not (
            clause[0] in _SUBJECTS
            or clause[0] in _OWNERS
            or clause[0] in _DETS
            or who in ("who", "that")  # a subject relative: "that married my grandmother"
        ):
            continue
        return (*t[:i], "who", *clause, *t[end:])
    return None


def _identity_said(t: tuple[str, ...]) -> tuple[str, ...] | None:
    """Role pass 117: "the N who was / is my X" read as "my X", the one it names ("who
    worked for the farmer who was my ancestor": "who worked for my ancestor")."""
    for i in range(len(t) - 4):
        if t[i] not in ("the", "a", "an"):
            continue
        n = i + 1
        while n < len(t) and n - i - 1 < 3 and t[n] not in _STOP:
            n += 1
        if n == i + 1 or t[n : n + 1] != ("who",):  # a person ("an accident that was my fault")
            continue
        if n + 3 < len(t) and t[n + 1] in ("was", "is") and t[n + 2] in _OWNERS:
            if t[n + 3] not in _STOP:
                return (*t[:i], *t[n + 2 :])
    return None


def _said(t: tuple[str, ...]) -> tuple[str, ...] | None:
    said = _one_said(t) or _asked_said(t)
    named = _identity_said(said or t)
    return named or said


def one_relative_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "X is the one (who) CLAUSE" read as the clause, with X its subject or its object."""
    if _CLEFT_MARKS.isdisjoint(a.words) and _CLEFT_MARKS.isdisjoint(b.words):
        return None
    ta, tb = _tokens(a.source), _tokens(b.source)
    ra, rb = _said(ta), _said(tb)
    if ra is None and rb is None:
        return None
    return parse(" ".join(ra or ta)), parse(" ".join(rb or tb))


# --- "the N I'm V-ing O for" / "the N V-ing O for me" --------------------------------


def _stranded(t: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(head, doer's person, stems of the verb to the stranded preposition) per contact
    relative "the N (that) SUBJ (aux) V ... PREP" whose preposition has no object."""
    out = []
    for i, w in enumerate(t):
        if w not in _SUBJECTS or i < 2:
            continue
        h = i - 1 if t[i - 1] not in _REL else i - 2
        head = _phrase_left(t, h)
        if head is None or head[1] in _PERSON.values() or not (t[head[0]] in _DETS or head[2]):
            continue
        v = i + 1
        while v < len(t) and t[v] in _AUX:
            v += 1
        for e in range(v + 1, min(len(t), v + 7)):
            if t[e] in _PUNCT or t[e] in _REL:
                break
            nxt = t[e + 1] if e + 1 < len(t) else "."
            if t[e] in _PREPS and nxt not in _DETS and nxt not in _OWNERS and nxt not in _OBJECTS:
                out.append((head[1], _PERSON[w], tuple(stem(x) for x in t[v : e + 1])))
                break
    return out


def _reduced(t: tuple[str, ...], head: str, span: tuple[str, ...]) -> set[str]:
    """The persons after "the N (who) (aux) SPAN ME": the N does it for them."""
    n = len(span)
    out = set()
    for i, w in enumerate(t):
        if w != head:
            continue
        v = i + 1
        if v < len(t) and t[v] in _REL:
            v += 1
        while v < len(t) and t[v] in _AUX:
            v += 1
        if tuple(stem(x) for x in t[v : v + n]) == span and v + n < len(t):
            o = t[v + n]
            if o in _OBJECTS and (o != "her" or v + n + 1 >= len(t) or t[v + n + 1] in _STOP):
                out.add(_PERSON[o])
    return out


def stranded_relative_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N I'm V-ing O for" / "the N V-ing O for me": the doer and the one it is for traded."""
    if _PREPS.isdisjoint(a.words) or _PREPS.isdisjoint(b.words):
        return False
    ta, tb = _tokens(a.source), _tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        for head, doer, span in _stranded(x):
            if doer in _reduced(y, head, span) and not _stranded_same(y, head, doer, span):
                return True
    return False


def _stranded_same(t: tuple[str, ...], head: str, doer: str, span: tuple[str, ...]) -> bool:
    return (head, doer, span) in _stranded(t)


# --- "the N that V-ed the M" / "the N whose M was V-ed" -----------------------------


def _actives(t: tuple[str, ...]) -> set[tuple[str, str, str]]:
    out = set()
    for i, w in enumerate(t[1:-2], 1):
        if w not in ("that", "who", "which") or t[i - 1] in _STOP:
            continue
        v = i + 1
        while v < len(t) and t[v] in _AUX:
            v += 1
        v += _caught(t, v)
        if v + 1 >= len(t) or t[v] in _STOP:
            continue
        for m, _ in _phrases_right(t, v + 1):
            if m not in _PERSON.values():
                out.add((t[i - 1], stem(t[v]), m))
    return out


# Role pass 110 (round 243): "a N who gets caught V-ing another M's X" (the N does it, the one
# caught at it) / "a N whose X get V-ed by another M": "get / got caught" or "is caught" before
# a gerund is read as the gerund's doer doing it; "get" a passive's auxiliary as "got" is.
_GET = frozenset(("get", "gets", "got", "getting"))


def _caught(t: tuple[str, ...], v: int) -> int:
    """How many words of "(get) caught" stand at ``t[v]`` before a gerund (0 when none)."""
    k = v + 1 if v < len(t) and t[v] in _GET else v
    if k + 1 < len(t) and t[k] == "caught" and t[k + 1].endswith("ing"):
        if k > v or t[v - 1] in _BE or t[v - 1] in ("be", "been", "being"):
            return k + 1 - v
    return 0


def _whose_passives(t: tuple[str, ...]) -> set[tuple[str, str, str]]:
    out = set()
    for i, w in enumerate(t[1:-3], 1):
        if w != "whose" or t[i - 1] in _STOP:
            continue
        m = i + 1
        while m + 1 < len(t) and t[m + 1] not in _STOP and t[m + 1] not in _GET and m - i < 3:
            m += 1
        v = m + 1
        if v >= len(t) or t[v] not in ("was", "were", "got", "is", "are", "has", "had", *_GET):
            continue
        while v < len(t) and t[v] in _AUX | _GET | {"been"}:
            v += 1
        if v < len(t) and t[v] not in _STOP:
            out.add((t[i - 1], stem(t[v]), t[m]))
    return out


def whose_passive_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N that V-ed the M" (the N did it) / "the N whose M was V-ed" (done to its M)."""
    if "whose" not in a.words and "whose" not in b.words:
        return False
    ta, tb = _tokens(a.source), _tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        if _actives(x) & _whose_passives(y) and not _actives(x) & _whose_passives(x):
            if not _actives(y) & _whose_passives(y):
                return True
    return False


# --- "the dog that bit mine" / "my dog that bit another dog" -------------------------


def _subject_relatives(t: tuple[str, ...]) -> list[tuple[str, str | None, str, str | None]]:
    """(head, head's owner, verb, object's owner) per "DET/OWNER N that V-ed OBJECT"; a
    standalone "mine" is the head's noun owned by its person."""
    out: list[tuple[str, str | None, str, str | None]] = []
    for i, w in enumerate(t[1:-2], 1):
        if w not in ("that", "who", "which"):
            continue
        head = _phrase_left(t, i - 1)
        if head is None or head[1] in _PERSON.values():
            continue
        if t[head[0]] not in _DETS and t[head[0]] not in _OWNERS:
            continue
        v = i + 1
        if t[v] in _STOP:
            continue
        o = t[v + 1]
        if o in _STANDALONE:
            out.append((head[1], head[2], stem(t[v]), _PERSON[o]))
            continue
        for noun, owner in _phrases_right(t, v + 1):
            if noun == head[1]:
                other = t[v + 1] in ("another", "a", "an") or "other" in t[v + 1 : v + 3]
                out.append((head[1], head[2], stem(t[v]), owner or ("other" if other else None)))
    return out


def standalone_owner_moved(a: Parsed, b: Parsed) -> bool:
    """The owner of a subject relative's object made the owner of its head, the verb and the
    noun kept: "the dog that bit mine" / "my dog that bit another dog"."""
    if _REL.isdisjoint(a.words) or _REL.isdisjoint(b.words):
        return False
    ta, tb = _tokens(a.source), _tokens(b.source)
    ra = _subject_relatives(ta)
    if not ra:
        return False
    rb = _subject_relatives(tb)
    for x, y in ((ra, rb), (rb, ra)):
        for head, h_own, verb, o_own in x:
            if o_own is None or o_own == "other" or h_own == o_own:
                continue
            for head2, h_own2, verb2, o_own2 in y:
                if (head2, verb2) == (head, verb) and h_own2 == o_own and o_own2 != o_own:
                    return True
    return False


# --- "X is jealous of Y" / "Y is jealous of X" ---------------------------------------

_FEELINGS = frozenset(
    "jealous envious proud mad angry upset annoyed furious resentful scared afraid tired"
    " sick ashamed disappointed frustrated worried suspicious protective".split()
)
_FEEL_LINKS = frozenset(
    "am is are was were be been being feels feel felt feeling gets get got getting seems".split()
)
# Role pass 99 (round 230): "being / feeling ADJ of X" with no subject of its own after "with /
# about / stop / avoid" in the asker's question: the asker feels it ("How do I deal with being
# jealous of a teammate" / "a teammate who is jealous of me").
_GERUND_LINKS = frozenset(("being", "feeling", "getting"))
_GERUND_BEFORE = frozenset("with about of stop avoid quit from".split())
_FEEL_PREPS = frozenset(("of", "at", "with", "toward", "towards"))
_DEGREE = frozenset("so very really too a bit little getting".split())


def _feelings(t: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(holder, feeling, target) per "HOLDER is ADJ of / at / with TARGET"."""
    out = []
    for i, w in enumerate(t):
        if w not in _FEELINGS or i + 1 >= len(t) or t[i + 1] not in _FEEL_PREPS:
            continue
        k = i - 1
        while k >= 0 and t[k] in _DEGREE:
            k -= 1
        if k < 1 or t[k] not in _FEEL_LINKS:
            continue
        k -= 1
        while k >= 0 and t[k] in _AUX:
            k -= 1
        if t[k + 1] in _GERUND_LINKS and k >= 0 and t[k] in _GERUND_BEFORE and "i" in t:
            holder: tuple[int, str, str | None] | None = (k + 1, _PERSON["i"], None)
        elif k >= 1 and t[k] in ("who", "that"):
            holder = _phrase_left(t, k - 1)  # "a teammate who is jealous of me"
        else:
            holder = _phrase_left(t, k)
        if holder is not None:
            out += [(holder[1], w, target) for target, _ in _phrases_right(t, i + 2)]
    return out


def feeling_holder_traded(a: Parsed, b: Parsed) -> bool:
    """The one who feels it traded with the one it is felt about, a noun named on both sides:
    "My son is jealous of his best friend" / "My son's best friend is jealous of him"."""
    if _FEELINGS.isdisjoint(a.words) or _FEELINGS.isdisjoint(b.words):
        return False
    fa, fb = _feelings(_tokens(a.source)), _feelings(_tokens(b.source))
    if set(fa) & set(fb):
        return False
    persons = set(_PERSON.values())
    for ha, feel, ga in fa:
        for hb, feel2, gb in fb:
            if feel != feel2 or ha == hb:
                continue
            if (ga == hb and hb not in persons) or (ha == gb and ha not in persons):
                return True
    return False


# Role pass 60: two relative clauses of one head's kind traded across a contrast, "the runner
# who was pushed rather than the one who pushed" / "the runner who pushed rather than the one
# who was pushed": which one is chosen and which passed over changed.
_CONTRAST_RE = re.compile(
    r"\b(?:who|that)\s+([^,.;?!]+?)\s*,?\s+(rather than|instead of|and not|but not|not)\s+"
    r"(?:the|a|an|that|this)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:who|that)\s+([^,.;?!]+)",
    re.IGNORECASE,
)


def _contrasted(text: str) -> list[tuple[str, str, str, str]]:
    """(text before, clause chosen, the contrast, clause passed over) per "who C1 rather than
    the one who C2" in text."""
    return [
        (text[: m.start()].lower(), m.group(1).lower(), m.group(2).lower(), m.group(3).lower())
        for m in _CONTRAST_RE.finditer(text)
    ]


def contrasted_relatives_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 60: the chosen head's relative clause and the passed-over one's traded
    across "rather than / instead of / and not" (the same words before them)."""
    if "who" not in a.words and "that" not in a.words:
        return False
    ca = _contrasted(a.source)
    if not ca:
        return False
    return any(
        pa == pb and x == w and y == v and x != y
        for pa, x, _, y in ca
        for pb, v, _, w in _contrasted(b.source)
    )


# Role pass 68 (round 186): a "whose" relative naming the other person by a kin word, the head
# put on that person ("My uncle, whose wife was the executor, has died" / "My uncle's wife,
# whose husband was the executor, has died"): the same words after the kin word, but the one
# the main clause is about is traded (the uncle died, or his wife did).
_KIN_DETS = frozenset("my our the a his her their".split())


def _whose_heads(t: tuple[str, ...]) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    """(head, head's owner, kin after "whose", the words after the kin) per "N[, ]whose K"."""
    out = []
    for i, w in enumerate(t):
        if w != "whose" or i + 1 >= len(t) or i < 2:
            continue
        h = i - 1 if t[i - 1] != "," else i - 2
        if h < 1 or not t[h].isalpha():
            continue
        owner = None
        if t[h - 1] == "'s" and h >= 3 and t[h - 3] in _KIN_DETS:
            owner = t[h - 2]
        elif t[h - 1] not in _KIN_DETS:
            continue
        out.append((t[h], owner, t[i + 1], t[i + 2 :]))
    return out


def whose_kin_moved(a: Parsed, b: Parsed) -> bool:
    if "whose" not in a.words or "whose" not in b.words:
        return False
    ha, hb = _whose_heads(_tokens(a.source)), _whose_heads(_tokens(b.source))
    for x, y in ((ha, hb), (hb, ha)):
        for head, owner, kin, tail in x:
            if owner is not None:
                continue
            for head2, owner2, _, tail2 in y:
                if owner2 == head and head2 == kin and tail == tail2:
                    return True  # "my uncle, whose wife" / "my uncle's wife, whose husband"
    return False


# --- "the N who was V-ed" / "the N who V-ed" ---------------------------------------------

# Role pass 99 (round 229): a subject relative on one head said in the passive on one side
# ("the player who was fouled", "the team that was scored on") and in the active on the other
# ("the player who committed the foul", "the team that scored"): the head acted on against the
# head acting. Verbs whose intransitive subject is the one the passive acts on ("the window
# that was broken" / "the window that broke") keep the roles when said with no object.
_PASSIVE_AUX = frozenset("was were is are am been being got gets get has have had 's".split())
_PASSIVE_BE = _PASSIVE_AUX - frozenset(("has", "have", "had"))
_DID = frozenset(("did", "has", "have", "had"))  # "who did the bullying", "who has fouled"
_PASSIVE_TAIL = frozenset("on at to with for against over up off out into about".split())
_ERGATIVE = frozenset(
    "break broke broken melt open close sink sank sunk burn burnt cook grow grew grown move"
    " start stop drop change shrink shrank shrunk crack tear tore torn spill spilt roll turn"
    " flood freeze froze frozen dry boil increase decrease fill empty split bend bent collapse"
    " heal recover settle dissolve fade crash bounce shut finish end begin began begun"
    " retire marry divorce graduate improve develop sell sold wake woke woken deploy".split()
)


def _verb_forms(w: str) -> frozenset[str]:
    """The stems a verb form may meet: its own, and an irregular form's lemma."""
    lemma = _PAST_FORMS.get(w) or lx.BASE_OF_PARTICIPLE.get(w)  # pass 113: "overtaken"
    return frozenset((stem(w), w) if lemma is None else (stem(w), w, lemma, stem(lemma)))


def _relative_middles(
    ta: tuple[str, ...], tb: tuple[str, ...]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The two relative clauses after one "N who / that", the words around them the same (the
    words after read a word or two shorter too: "who was fouled" / "who has fouled")."""
    p = _shared_prefix(ta, tb)
    if p >= 3 and ta[p - 1] in _BE and ta[p - 2] in ("who", "that"):
        p -= 1  # role pass 113: "who is being passed" / "who is passing": "is" in both middles
    if p >= 3 and ta[p - 1] == "to" and _catenative_head(ta, p - 1):
        # role pass 118: "who is about to be lapped" / "who is about to lap someone", the
        # words after the same on both sides (no shorter reading: "to be married know")
        return [(_be_said_is(ma), _be_said_is(mb)) for ma, mb in _middles(ta, tb, p)[:1]]
    if p < 2 or ta[p - 1] not in ("who", "that") or ta[p - 2] in _STOP:
        return []
    return _middles(ta, tb, p)


# Role pass 118 (blind round 254): the relative's verb said after a catenative frame both sides
# share, "the N who / that C to be V-ed" (the N acted on) against "the N who / that C to V O"
# (the N acting): C one to three words, none a clause mark or a relative word ("is about",
# "is going", "wants", "is set", "'s about"); "to be" read as "is" so the passive is read.
_CATENATIVE_MAX = 3


def _catenative_head(t: tuple[str, ...], to: int) -> bool:
    """``t[to]`` is the "to" of "N who / that C to", C one to three plain words."""
    for r in range(to - 2, max(to - 2 - _CATENATIVE_MAX, 0), -1):
        if t[r] in ("who", "that"):
            frame = t[r + 1 : to]
            return t[r - 1] not in _STOP and not any(
                w in _PUNCT or w in _REL or w in _JOINS or w == "not" for w in frame
            )
    return False


def _be_said_is(m: tuple[str, ...]) -> tuple[str, ...]:
    return ("is", *m[1:]) if m[:1] == ("be",) else m


def _shared_prefix(ta: tuple[str, ...], tb: tuple[str, ...]) -> int:
    p = 0
    while p < min(len(ta), len(tb)) and ta[p] == tb[p]:
        p += 1
    return p


def _middles(
    ta: tuple[str, ...], tb: tuple[str, ...], p: int
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    s = 0
    while s < min(len(ta), len(tb)) - p and ta[-1 - s] == tb[-1 - s]:
        s += 1
    out = []
    for k in range(s, max(s - 3, -1), -1):
        ma, mb = ta[p : len(ta) - k], tb[p : len(tb) - k]
        if k and ta[len(ta) - k] == "by":
            continue  # "who was hit by" / "who hit by": "by" after both, no active
        if ma and mb and len(ma) <= 6 and len(mb) <= 6:
            out.append((ma, mb))
    return out


def _passive_verb(m: tuple[str, ...]) -> str | None:
    """The participle of "was / got (been) V-ed (P | by ...)", else None."""
    k = 0
    while k < len(m) and m[k] in _PASSIVE_AUX:
        k += 1
    if k >= len(m) or _PASSIVE_BE.isdisjoint(m[:k]):
        return None  # "who has fouled": a perfect, active
    v = m[k]
    if v.endswith("ing") or v in _STOP or not (v.endswith(("ed", "en")) or v in _PAST_FORMS):
        return None
    rest = m[k + 1 :]
    if rest and not (rest[0] == "by" or (len(rest) == 1 and rest[0] in _PASSIVE_TAIL)):
        return None
    return v


def relative_voice_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N who was V-ed (P)" against "the N who V-ed / did the V-ing / committed the V";
    role pass 101: a clause's subject the same, "after I was V-ed" against "after I V-ed X /
    made a V" (``_clause_voice_traded``)."""
    plain = _PASSIVE_AUX.isdisjoint(a.words + b.words)
    if plain and not any(w.endswith("ing") for w in a.words + b.words):
        return False
    ta, tb = _tokens(a.source), _tokens(b.source)
    moved = _prenominal_said_after(ta, tb) or _prenominal_said_after(tb, ta)[::-1]
    if moved:  # role pass 128: "a towing vessel" / "a vessel being towed": "a vessel towing"
        ta, tb = moved
    elif plain:
        return False
    if "being" in ta or "being" in tb:  # role pass 113: "the N being V-ed" / "who is V-ing"
        ta, tb = _reduced_said_relative(ta, tb), _reduced_said_relative(tb, ta)
    if not _REL.isdisjoint(ta):
        for ma, mb in _relative_middles(ta, tb):
            if _voice_traded(ma, mb) or _voice_traded(mb, ma):
                return True
        if "and" in ta or "and" in tb:
            p = _shared_prefix(ta, tb)
            if p >= 2 and ta[p - 1] in ("who", "that") and ta[p - 2] not in _STOP:
                if _conjunct_voice_traded(tb[p:], ta[p:]) or _conjunct_voice_traded(ta[p:], tb[p:]):
                    return True
    if _CLAUSE_SUBJECTS.isdisjoint(a.words) and _SUBJECT_MARKS.isdisjoint(a.words):
        return False
    for ma, mb in _subject_middles(ta, tb):
        if _clause_voice_traded(ma, mb) or _clause_voice_traded(mb, ma):
            return True
    return False


# Role pass 113 (blind round 246): a reduced relative on the head, "the N being V-ed" (acted on
# now) or "the N V-ing" against "the N being V-ed", read as "the N who is being V-ed" / "the N
# who is V-ing" where the other side says "the N who / that ..." or "the N being V-ed" at the
# same place ("should the rider being passed hold his line?" / "should the rider who is passing
# hold his line?"); a progressive "who is V-ing" is read as the active "who V-s".
def _reduced_said_relative(t: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """t with its first "N being V-ed" or "N V-ing" (N a word of its own, the same words
    before it on both sides, the other side going on with a relative word or "being") said
    with "who is" after N; t itself when it has none."""
    p = _shared_prefix(t, other)
    if p < 2 or p >= len(t) or p >= len(other) or t[p - 1] in _STOP:
        return t
    if t[p] == "being":
        if other[p] not in _REL and not _ING_RE.fullmatch(other[p]):
            return t
        if p + 1 >= len(t) or _passive_verb(("is", *t[p + 1 : p + 2])) is None:
            return t
    elif not (_ING_RE.fullmatch(t[p]) and other[p] == "being"):
        return t
    rel = other[p] if other[p] in ("who", "that") else "who"
    be = other[p + 1] if other[p] == rel and other[p + 1 : p + 2] in (("is",), ("are",)) else "is"
    return (*t[:p], rel, be, *t[p:])


_ING_RE = re.compile(r"[a-z]{3,}ing")


# Role pass 128 (blind rounds 264-266): the active participle before its noun, "a towing
# vessel" / "a passing car" / "a chasing dog" (the N does V), against the passive after it or
# before it, "a vessel being towed" / "a towed vessel" (V is done to the N), at the same place
# after the same words: the active side read as "a vessel towing" (and "a towed vessel" as "a
# vessel being towed"), which ``_reduced_said_relative`` and ``_voice_traded`` then read. The
# same voice on both sides ("a vessel being towed" / "a towed vessel") is left.
def _prenominal_said_after(
    t: tuple[str, ...], other: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]] | tuple[()]:
    """(t, other) with t's "V-ing N" said "N V-ing" (and other's "V-ed N" said "N being
    V-ed") where other says "N being V-ed" / "V-ed N" at the same place; () when not."""
    p = _shared_prefix(t, other)
    if p < len(t) and p < len(other) and {t[p], other[p]} == {"a", "an"}:
        t = (*t[:p], other[p], *t[p + 1 :])  # "an interviewing manager" / "a manager being ..."
        p = _shared_prefix(t, other)
    if p < 2 or p + 2 >= min(len(t), len(other)) or not _ING_RE.fullmatch(t[p]):
        return ()
    noun = t[p + 1]
    if noun in _STOP or not noun.isalpha():
        return ()
    if other[p] == noun and other[p + 1] == "being" and _done_of(t[p], other[p + 2]):
        if t[p + 2 :] == other[p + 3 :]:
            return ((*t[:p], noun, t[p], *t[p + 2 :]), other)
    elif other[p + 1] == noun and _done_of(t[p], other[p]) and t[p + 2 :] == other[p + 2 :]:
        return ((*t[:p], noun, t[p], *t[p + 2 :]), (*t[:p], noun, "being", other[p], *t[p + 2 :]))
    return ()


def _done_of(ing: str, done: str) -> bool:
    """ "towing" / "towed", "chasing" / "chased", "taking" / "taken"."""
    base = ing[:-3]
    return len(base) > 2 and done.startswith(base) and done[len(base) :] in ("ed", "d", "en", "n")


def _voice_traded(pas: tuple[str, ...], act: tuple[str, ...]) -> bool:
    """pas a passive clause, act an active one of the same verb (or its noun) with the head
    its subject."""
    if len(act) > 1 and act[0] in _BE and act[1].endswith("ing") and act[1] != "being":
        act = act[1:]  # role pass 113: "who is passing" read as "who passes"
    v = _passive_verb(pas)
    if v is None or act[0] in _PASSIVE_BE or (act[0] in _STOP and act[0] not in _DID):
        return False  # "the team that we scored on": the head acted on both ways
    if _passive_verb(act) is not None or act[1:2] == ("by",):
        return False  # "who hit by the puck": a passive reduced, no active
    forms = _verb_forms(v)
    if all(forms.isdisjoint(_verb_forms(w)) for w in act):
        return False
    lead = act[0]
    if forms.isdisjoint(_verb_forms(lead)) and not (
        lead in _DID or lead in _PAST_FORMS or lead.endswith("ed")
    ):
        return False  # "a trademark that someone registered": the head acted on both ways
    # "the window that was broken" / "the window that broke": the same roles (role pass 118:
    # the active's own forms too, "to be married" / "to marry")
    return len(act) > 1 or _ERGATIVE.isdisjoint(forms | _verb_forms(lead))


# Role pass 109 (blind round 241): the passive said as the second of two verbs of the head's
# relative clause, the other party's own clause the first ("a skater who fell and got laughed
# at by a teammate" / "a skater who laughs at a teammate who fell"): "W and AUX V-ed [P] by M
# ..." against "V [P] M who / that W ...", the same W, P, M and words after. The head is the
# one acted on and W said of it on one side, the doer and W said of M on the other.
_CONJUNCT_W = 3  # words of the clause before "and"
_CONJUNCT_M = 4  # words of the doer's phrase after "by"


def _conjunct_voice_traded(pas: tuple[str, ...], act: tuple[str, ...]) -> bool:
    """pas "W and got / was V-ed [P] by M T", act "V [P] M who / that W T"."""
    for j in range(1, min(_CONJUNCT_W, len(pas) - 3) + 1):
        if pas[j] != "and":
            continue
        w, k = pas[:j], j + 1
        if any(x in _STOP for x in w[:1]) or "and" in w:
            continue
        if k >= len(pas) or pas[k] not in _PASSIVE_BE:
            continue
        while k < len(pas) and pas[k] in _PASSIVE_AUX:
            k += 1
        if k >= len(pas):
            return False
        v = pas[k]
        if v.endswith("ing") or v in _STOP or not (v.endswith(("ed", "en")) or v in _PAST_FORMS):
            return False
        k += 1
        prep = pas[k : k + 1] if pas[k : k + 1] and pas[k] in _PASSIVE_TAIL else ()
        k += len(prep)
        if pas[k : k + 1] != ("by",):
            return False
        if not act or _verb_forms(v).isdisjoint(_verb_forms(act[0])) or act[0].endswith("ing"):
            return False
        if act[1 : 1 + len(prep)] != prep:
            return False
        for n in range(1, _CONJUNCT_M + 1):
            m, tail = pas[k + 1 : k + 1 + n], pas[k + 1 + n :]
            if len(m) < n or m[-1] in _STOP:
                continue
            s = 1 + len(prep) + n
            if act[1 + len(prep) : s] == m and act[s : s + 1] in (("who",), ("that",)):
                if act[s + 1 :] == (*w, *tail):
                    return True
        return False
    return False


# Role pass 101 (blind rounds 232-234): the same subject of a clause undergoing the verb on one
# side ("after I was tackled", "after my son was fouled") and doing it to someone on the other
# ("after I tackled him", "after I made a tackle", "after my son committed a foul"): the words
# before the subject and after the clause the same. The subject a nominative pronoun or a noun
# after "my / the ..."; the active read only with its object said (a pronoun, a noun phrase, or
# the verb's own noun after "make / commit / do / give": "made a tackle", "gave a warning"), so
# an intransitive or stative reading ("after I'm gone" / "after I have gone", "when I was
# worried" / "when I worried", "I was mistaken" / "I made a mistake") is left, and so are a
# reflexive object ("after I was injured" / "after I injured myself"), verbs whose subject
# undergoes them when said without an object (``_ERGATIVE``: "after I was married" / "after I
# married her") and both sides passive.
_CLAUSE_SUBJECTS = frozenset(("i", "we", "he", "she", "they"))
_SUBJECT_MARKS = _OWNERS | frozenset(("the", "'s"))
_LIGHT = frozenset("made make makes did do does committed commit commits gave give gives".split())
_REFLEXIVE = frozenset("myself ourselves yourself himself herself themselves itself".split())
_STATIVE = frozenset("done finished gone supposed used born tired worried scared mistaken".split())
_NOUN_ENDS = ("ion", "ment", "al")  # "interception", "harassment", "removal"
_ERGATIVE_STEMS = _ERGATIVE | frozenset(stem(w) for w in _ERGATIVE)
_OBJECT_LEADS = _OBJECTS | _OWNERS | (_DETS - frozenset(("that", "those", "these", "this")))
_PERFECT = frozenset(("has", "have", "had"))


def _subject_middles(
    ta: tuple[str, ...], tb: tuple[str, ...]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The two clauses after one subject: a nominative pronoun ("after I ...") or a noun with
    an owner or "the" before it ("after my son ...", "when the player ...")."""
    p = _shared_prefix(ta, tb)
    if p < 1:
        return []
    w = ta[p - 1]
    if w not in _CLAUSE_SUBJECTS and (
        w in _STOP or p < 2 or (ta[p - 2] not in _SUBJECT_MARKS and ta[p - 2] not in _DETS)
    ):
        return []
    return _middles(ta, tb, p)


def _clause_voice_traded(pas: tuple[str, ...], act: tuple[str, ...]) -> bool:
    """pas "was / got V-ed (by ...)", act the same verb done to an object by the subject."""
    v = _passive_verb(pas)
    if v is None or v in _STATIVE:
        return False
    forms = _verb_forms(v)
    if not _ERGATIVE_STEMS.isdisjoint(forms):
        return False
    k = 0
    while k < len(act) and act[k] in _PERFECT:
        k += 1  # "had tackled him"
    if k >= len(act) - 1 or act[k] in _PASSIVE_BE:
        return False
    lead, obj = act[k], act[k + 1]
    if lead in _LIGHT:  # "made a (late) tackle", "committed the foul"
        if obj not in _DETS and obj not in _OWNERS:
            return False
        return any(_noun_forms(w) & forms for w in act[k + 2 : k + 5])
    if forms.isdisjoint(_verb_forms(lead)) or lead.endswith("ing"):
        return False
    if obj in _REFLEXIVE or (obj in _STOP and obj not in _OBJECT_LEADS):
        return False  # "injured myself", "hit by", "tackled in": no one acted on
    return True


def _noun_forms(w: str) -> frozenset[str]:
    """A verb's own noun read as the verb: "tackle", "foul", "interception" ("intercept")."""
    if w in _STOP:
        return frozenset()
    forms = _verb_forms(w)
    for end in _NOUN_ENDS:
        if w.endswith(end) and len(w) > len(end) + 3:
            forms |= {stem(w[: -len(end)]), w[: -len(end)]}
    return forms


# --- "my N1 V-ed the X who owns my N2" / "the X who owns my N1 V-ed my N2" -----------------

# Role pass 110 (round 242): two things of the asker traded between the main clause and a
# relative clause on a noun both sides name: "My gym sponsored the eater who owns my bakery" /
# "The eater who owns my gym sponsored my bakery" (which of the two the X holds changed).
_OWNED_REL_RE = re.compile(
    r"\b(?:the|a|an|this|that) ([a-z]+) (?:who|that) ([a-z]+) (?:my|our) ([a-z]+)\b",
    re.IGNORECASE,
)


def relative_owned_traded(a: Parsed, b: Parsed) -> bool:
    """ "the X who V2 my N1" on one side and "the X who V2 my N2" on the other, each side
    saying the other's N ("my N2" / "my N1") outside its relative clause, the relative's verb
    said nowhere else (so not "X who owns my gym also owns my bakery" said both ways)."""
    if a.content != b.content or ("my" not in a.words and "our" not in a.words):
        return False
    if _REL.isdisjoint(a.words) or _REL.isdisjoint(b.words):
        return False
    ra, rb = list(_OWNED_REL_RE.finditer(a.source)), list(_OWNED_REL_RE.finditer(b.source))
    for x in ra:
        for y in rb:
            if x.group(1).lower() != y.group(1).lower() or x.group(2).lower() != y.group(2).lower():
                continue
            n1, n2 = x.group(3).lower(), y.group(3).lower()
            if n1 == n2:
                continue
            rest_a = a.source[: x.start()] + " " + a.source[x.end() :]
            rest_b = b.source[: y.start()] + " " + b.source[y.end() :]
            verb = stem(x.group(2).lower())
            if any(stem(w) == verb for w in _tokens(rest_a) + _tokens(rest_b)):
                continue
            if _owned_in(n2, rest_a) and _owned_in(n1, rest_b):
                return True
    return False


def _owned_in(noun: str, text: str) -> bool:
    return re.search(rf"\b(?:my|our) {re.escape(noun)}\b", text, re.IGNORECASE) is not None


# --- "the N that V-s O in my M" / "the N in whose L my M V-s O" ------------------------------

# Role pass 118 (blind round 254): a subject relative on the head placing its deed in another
# party's place, "the N that / who V O P S" (P a place preposition: "the coffee chain that
# leases space in my donut shop"), against a pied-piped (or stranded) "whose" relative with S
# the doer and the place the head's, "the N P whose L S V O" / "the N whose L S V O P" ("the
# coffee chain in whose building my donut shop leases space"): the one doing it in the other's
# place traded (the tenant against the landlord). The same words before and after the two
# relatives, S and "V O" the same words (the verb by its stem), L one or two words. "from / to
# whose" (a source or a receiver, "leases space to" / "from whose building": often the same
# lease said the other way) and "where" are left.
_PLACE_PREPS = frozenset(
    "in at on inside within into onto under behind near beside above below outside".split()
)
_PLACE_REL = frozenset(("that", "who", "which"))


def whose_place_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N that V O P S" against "the N P whose L S V O" / "the N whose L S V O P"."""
    if ("whose" in a.words) == ("whose" in b.words):
        return False
    rel, whose = (b, a) if "whose" in a.words else (a, b)
    if _PLACE_REL.isdisjoint(rel.words) or _PLACE_PREPS.isdisjoint(rel.words):
        return False
    ta, tb = _tokens(rel.source), _tokens(whose.source)
    p = _shared_prefix(ta, tb)
    s = 0
    while s < min(len(ta), len(tb)) - p and ta[-1 - s] == tb[-1 - s]:
        s += 1
    ma, mb = ta[p : len(ta) - s], tb[p : len(tb) - s]
    if p < 1 or ta[p - 1] in _STOP or len(ma) < 4 or ma[0] not in _PLACE_REL:
        return False
    for j in range(2, len(ma) - 1):
        said, doer = ma[1:j], ma[j + 1 :]
        if ma[j] not in _PLACE_PREPS or doer[0] not in _DETS | _OWNERS or said[0] in _STOP:
            continue
        if _whose_place_said(mb, ma[j], doer, said):
            return True
    return False


def _whose_place_said(
    m: tuple[str, ...], prep: str, doer: tuple[str, ...], said: tuple[str, ...]
) -> bool:
    """m says "P whose L DOER SAID" or "whose L DOER SAID P" (L one or two words, P a place
    preposition, SAID the same words with its verb by its stem)."""
    if m[:1] == ("whose",) and m[-1:] and m[-1] in _PLACE_PREPS:
        body = m[1:-1]
    elif m[1:2] == ("whose",) and m[0] in _PLACE_PREPS:
        body = m[2:]
    else:
        return False
    n = len(body) - len(doer) - len(said)
    if n not in (1, 2) or any(w in _STOP for w in body[:n]):
        return False
    rest = body[n + len(doer) :]
    return (
        body[n : n + len(doer)] == doer and rest[1:] == said[1:] and stem(rest[0]) == stem(said[0])
    )
