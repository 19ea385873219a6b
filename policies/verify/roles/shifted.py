"""Role pass 36 (blind rounds 113-115): two verbs traded between doers, and three readings.

``verbs_traded``: two verb phrases exchanged between two subjects, every other word the same
("My ex works at the spa I go to" / "My ex goes to the spa I work at", "My brother teaches at
the school I study at" / "My brother studies at the school I teach at"): who does which changed.
``theme_owner_followed``: a theme's owner said by a pronoun that follows its doer ("The man who
gave up his seat for my mother" / "The man who my mother gave up her seat for", "The shop I buy
my orchids from" / "The shop that buys its orchids from me") read without it on both sides, so
the stranded readers see the relative clause's head and subject traded. ``mine_object_said_me``:
a verb's object "mine" read as "me" where the other side has "I" do the same verb ("The car
next to me scraped mine" / "I scraped the car next to me"). ``owned_compound``: "my car's alarm"
read as "my car alarm" where the other side says the compound spaced ("My car's alarm went off
after the valet's car bumped it" / "The valet's car alarm went off after my car bumped it").

Role pass 79 (blind rounds 203-205): ``relative_predicate_traded``: a relative clause's predicate
and its head's main predicate exchanged ("Can a woman who received donor eggs later become an
egg donor herself?" / "Can a woman who was an egg donor later receive donor eggs herself?", "Can
someone who smokes weed drink alcohol?" / "Can someone who drinks alcohol smoke weed?"): which
one the head has done and which one is asked of it changed.

Role pass 85 (blind rounds 212-214): ``contrasted_verbs_traded``: the two verbs of "S V1 ... but
(S2) never / not V2 ..." exchanged ("In a puzzle swap, I sent my puzzle but never got one back" /
"... I got a puzzle but never sent mine back", "I paid but never received the couch" / "I
received the couch but never paid", "I called but she never answered" / "I answered but she
never called"): which of the two acts was done and which was not changed, whatever the objects
say. The same subjects on both sides, the negation on the second clause on both; another verb
for either act ("sent" / "mailed", "got" / "received") is no trade.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from policies.verify import lexicon as lx
from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import ALTERNATIVES, MARKS, tokens
from policies.verify.text import Parsed, parse
from policies.verify.words import canonical

_SUBJECTS = frozenset("i he she they we you".split())
# a word before a block that no subject is: "buy or rent" / "rent or buy" is no trade
_NOT_SUBJECT = frozenset(
    """and or but nor to of in on at for from with about by the a an my our your his her their
    its this that than as not no""".split()
)


def verbs_traded(a: Parsed, b: Parsed) -> bool:
    if len(a.words) != len(b.words) or a.words == b.words:
        return False
    if a.content != b.content and {_stem(w) for w in a.content} != {_stem(w) for w in b.content}:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if len(ta) != len(tb) or ta == tb:
        return False
    sa, sb = [_base(t) for t in ta], [_base(t) for t in tb]
    if sorted(sa) != sorted(sb):
        return False  # the same words, stems apart, in another order
    blocks = [
        op for op in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if len(blocks) != 2 or any(op[0] != "replace" for op in blocks):
        return False
    (_, a1, a2, b1, b2), (_, a3, a4, b3, b4) = blocks
    if sa[a1:a2] != sb[b3:b4] or sa[a3:a4] != sb[b1:b2] or sa[a1:a2] == sa[a3:a4]:
        return False
    if not a1 or not a3 or MARKS.intersection(ta[a1:a2] + ta[a3:a4]):
        return False
    s1, s2 = ta[a1 - 1], ta[a3 - 1]
    if s1 == s2 or s1 in _NOT_SUBJECT or s2 in _NOT_SUBJECT or s1 in MARKS or s2 in MARKS:
        return False
    return s1 in _SUBJECTS or s2 in _SUBJECTS


def _base(w: str) -> str:
    """A verb form's stem with a final "e" left off: "goes" -> "go", "go" -> "go"."""
    s = _stem(w)
    return s[:-1] if len(s) > 2 and s.endswith("e") else s


_POSSESSIVE = frozenset("my our your his her its their".split())
_RELATIVE = frozenset("who whom that which".split())


def theme_owner_followed(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _POSSESSIVE.isdisjoint(a.words) or _POSSESSIVE.isdisjoint(b.words):
        return None
    if _RELATIVE.isdisjoint(a.words) and _RELATIVE.isdisjoint(b.words):
        return None  # the class is a relative clause's: "who gave up his seat for"
    ta, tb = tokens(a.source), tokens(b.source)
    owned_a = {ta[i + 1]: i for i in range(len(ta) - 1) if ta[i] in _POSSESSIVE}
    owned_b = {tb[i + 1]: i for i in range(len(tb) - 1) if tb[i] in _POSSESSIVE}
    drop_a: set[int] = set()
    drop_b: set[int] = set()
    for noun, i in owned_a.items():
        j = owned_b.get(noun)
        if j is None or ta[i] == tb[j] or noun in _POSSESSIVE or noun in MARKS:
            continue
        if ta.count(noun) != 1 or tb.count(noun) != 1:
            continue
        drop_a.add(i)
        drop_b.add(j)
    if len(drop_a) != 1:
        return None
    xa = " ".join(t for k, t in enumerate(ta) if k not in drop_a)
    xb = " ".join(t for k, t in enumerate(tb) if k not in drop_b)
    return parse(xa), parse(xb)


def mine_object_said_me(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "mine" not in x.words or "mine" in y.words or "i" not in y.words:
            continue
        tx, ty = tokens(x.source), tokens(y.source)
        done = {_stem(ty[k + 1]) for k in range(len(ty) - 1) if ty[k] == "i"}
        for k in range(1, len(tx)):
            if tx[k] == "mine" and tx[k - 1] not in _NOT_SUBJECT and _stem(tx[k - 1]) in done:
                said = " ".join((*tx[:k], "me", *tx[k + 1 :]))
                return (y, parse(said)) if flip else (parse(said), y)
    return None


_OWNED_RE = re.compile(r"\b([a-z]{3,})'s ([a-z]{3,})\b", re.IGNORECASE)


def owned_compound(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "'s" not in x.source:
            continue
        for m in _OWNED_RE.finditer(x.source):
            spaced = f"{m.group(1)} {m.group(2)}".lower()
            if (
                f" {spaced} " in f" {' '.join(tokens(y.source))} "
                and m.group(0).lower() not in y.source.lower()
            ):
                said = parse(x.source[: m.start()] + spaced + x.source[m.end() :])
                return (y, said) if flip else (said, y)
    return None


# Role pass 79: "the N who V1 X (M) V2 Y" / "the N who V2' Y (M) V1' X", the two predicates the
# same but for their verbs' tense and a copula ("was an egg donor" / "become an egg donor").
_RELATIVE_MARKS = frozenset(("who", "that", "which"))
# "be / become" join a head to what it is: "was a teacher" and "became a teacher" say one state
_COPULAS = frozenset("be am is are was were been being become becomes became becoming".split())
# a word no predicate opens with: "the man who in 2010 moved to Paris" / "who moved to Paris in
# 2010" moves a phrase of time or place, and "that last year he moved" a complement's adverb
_NOT_PREDICATE = (
    _NOT_SUBJECT
    | lx.TIME_WORDS
    | frozenset(
        """i me we us you he him she her they them it its there here then also still just
        only even ever first already often always never sometimes usually once again into onto
        over under through during since until across around near without within upon""".split()
    )
)
_JOINERS = ALTERNATIVES | frozenset(("then", "but", "plus", "so"))
_TAIL_MAX = 16  # the words apart after the relative word: two short predicates
_MIDDLE_MAX = 2  # "later", "now", "eventually": the words between the two, kept


def relative_predicate_traded(a: Parsed, b: Parsed) -> bool:
    if _RELATIVE_MARKS.isdisjoint(a.words) or _RELATIVE_MARKS.isdisjoint(b.words):
        return False
    if len(a.content ^ b.content) > 4:
        return False  # the same words but for a verb's form and "become" (cheap)
    ta, tb = tokens(a.source), tokens(b.source)
    if ta == tb:
        return False
    n = min(len(ta), len(tb))
    p = 0
    while p < n and ta[p] == tb[p]:
        p += 1
    r = p - 1
    while r > 0 and ta[r] not in _RELATIVE_MARKS:
        r -= 1
    if r < 1 or ta[r] not in _RELATIVE_MARKS or ta[r - 1] in MARKS:
        return False
    s = 0
    while s < n - r - 1 and ta[-1 - s] == tb[-1 - s]:
        s += 1
    x, y = ta[r + 1 : len(ta) - s], tb[r + 1 : len(tb) - s]
    if not x or not y or len(x) > _TAIL_MAX or len(y) > _TAIL_MAX:
        return False
    if x[0] in _NOT_PREDICATE or y[0] in _NOT_PREDICATE or x[0].endswith("ly"):
        return False  # a predicate opens each side right after "who"
    if y[0].endswith("ly") or any(t in MARKS or t in _JOINERS for t in x + y):
        return False  # "who drinks coffee and eats toast" / "who eats toast and drinks coffee"
    return _exchanged(x, y) or _exchanged(y, x)


def _exchanged(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "A M B", ``y`` "B' M A'": A and A', B and B' the same predicate, A and B not."""
    kx, ky = _keys(x), _keys(y)
    for i in range(1, len(x)):
        ka = _joined(kx[:i])
        if not ka:
            continue
        for j in range(i, min(i + _MIDDLE_MAX, len(x) - 1) + 1):
            m, kb = x[i:j], _joined(kx[j:])
            if not kb or kb == ka:
                continue
            for k in range(1, len(y) - len(m)):
                if (
                    y[k : k + len(m)] == m
                    and _joined(ky[:k]) == kb
                    and _joined(ky[k + len(m) :]) == ka
                ):
                    return True
    return False


def _keys(words: tuple[str, ...]) -> list[str]:
    """A predicate's words, each verb in its base form, an article and a copula said "" ("received
    donor eggs" / "receive donor eggs", "was an egg donor" / "become an egg donor"); "has" kept
    ("has type 2 diabetes" is no "type 2 diabetes")."""
    return [
        ""
        if w in lx.ARTICLES or w in _COPULAS
        else _HAVE_DO.get(w)
        or canonical(lx.BASE_OF_PAST.get(w) or lx.BASE_OF_PARTICIPLE.get(w) or w)
        for w in words
    ]


def _joined(keys: list[str]) -> tuple[str, ...]:
    return tuple(k for k in keys if k)


_HAVE_DO = {"has": "have", "have": "have", "had": "have", "does": "do", "do": "do", "did": "do"}


# -- role pass 85: the two verbs of "V1 ... but never V2" exchanged ----------------------------
_BUT_NEGATIONS = frozenset(("never", "not"))
# words between a negation and its verb ("never even got", "did not actually send")
_NEG_FILLERS = frozenset("ever even actually really once yet still".split())
_BUT_AUX = frozenset(
    "did do does have has had was were is are am will would could can should be been".split()
)
_CLAUSE_SUBJECT_MAX = 3


def _contrast(t: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], str] | None:
    """The first "S V1 ... but (S2) (AUX) never / not V2" of ``t``: (the clause before "but",
    S2, V2), else None."""
    for p, w in enumerate(t):
        if w != "but" or p < 2:
            continue
        q = p + 1
        while q < len(t) and q - p <= _CLAUSE_SUBJECT_MAX and t[q] not in _BUT_NEGATIONS:
            if t[q] in MARKS:
                break
            q += 1
        if q >= len(t) or t[q] not in _BUT_NEGATIONS:
            continue
        subject = tuple(x for x in t[p + 1 : q] if x not in _BUT_AUX)
        v = q + 1
        while v < len(t) and (t[v] in _NEG_FILLERS or t[v] in _BUT_AUX):
            v += 1
        s = p
        while s > 0 and t[s - 1] not in MARKS and t[s - 1] not in ALTERNATIVES:
            s -= 1
        if v >= len(t) or not t[v].isalpha() or s >= p - 1:
            continue
        return t[s:p], subject, t[v]
    return None


def _verb_key(w: str) -> str:
    """A verb by its base: "sent" / "send", "got" / "get", "paid" / "pays"."""
    return _base(lx.BASE_OF_PAST.get(w) or lx.BASE_OF_PARTICIPLE.get(w) or w)


def contrasted_verbs_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 85: "S V1 ... but (S2) never V2 ..." / "S V2 ... but (S2) never V1 ..."."""
    if "but" not in a.words or "but" not in b.words:
        return False
    if _BUT_NEGATIONS.isdisjoint(a.words) or _BUT_NEGATIONS.isdisjoint(b.words):
        return False
    ca, cb = _contrast(tokens(a.source)), _contrast(tokens(b.source))
    if ca is None or cb is None or ca[1] != cb[1]:
        return False
    first_a, first_b = ca[0], cb[0]
    n = 0
    while n < min(len(first_a), len(first_b)) and first_a[n] == first_b[n]:
        n += 1
    if not n or n >= len(first_a) or n >= len(first_b):
        return False
    if first_a[n - 1] not in _SUBJECTS and first_a[n - 1] in _NOT_SUBJECT:
        return False  # the words apart start after a subject: "I sent" / "I got"
    v1a, v1b = _verb_key(first_a[n]), _verb_key(first_b[n])
    v2a, v2b = _verb_key(ca[2]), _verb_key(cb[2])
    if v1a == v2a or v1a in _BUT_AUX or v1b in _BUT_AUX:
        return False
    return v1a == v2b and v2a == v1b
