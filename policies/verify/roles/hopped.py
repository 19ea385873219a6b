"""Role pass 35 (blind rounds 110-112): an owner moved between nouns, and three readings.

``owner_hopped``: one owner "X's" said before one noun on one side and before another on the
other, every other word the same but the determiners ("My uber driver's kid was sitting in the
front seat" / "My kid was sitting in my uber driver's front seat", "the tree that fell on my
neighbor's shed" / "my neighbor's tree that fell on my shed"): whose thing did what changed.
``particle_dropped``: "rent out my garage to X" read as "rent my garage to X" where the other
side says the verb without "out" ("... / I'm renting my neighbor's garage"). ``thing_said_me``:
"X backed into my car" read as "X backed into me" where the other side has the asker do the
same verb with the same preposition ("I backed into X"). ``pronoun_dropped``: a follow-up "and
she fell" read as "and fell" where the other side says "and fell" ("I was bumped by another
passenger and fell" / "I bumped another passenger and she fell"), and (role pass 100) the
asker's "and I / we V" said again where the other side leaves it to the asker's own clause
before ("If we put the ball into our in-goal and ground it": "and we ground it").
``self_traded``: the asker's self-description traded with a noun the other side names ("I'm
the landowner. Does my guest need ..." / "I'm a guest ... Does the landowner need ...")."""

from __future__ import annotations

import re

from policies.verify.roles.self_described import described
from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed, parse

_DETS = frozenset("my the a an our your".split())
_OWNER_DETS = frozenset("my the a an our your his her their".split())
_STOPS = frozenset(
    """, ; : . ? ! and or but if when that who which to of in on at for from with about by is
    are was were be been do does did can could should would will not""".split()
)


def _owner(toks: tuple[str, ...]) -> tuple[str, int, int] | None:
    """The one possessive's key, its span's start and the index just after it."""
    found = [i for i, t in enumerate(toks) if t.endswith("'s") and len(t) > 2]
    if len(found) != 1 or found[0] + 1 >= len(toks):
        return None
    i = found[0]
    start = i
    for s in range(i - 1, max(-1, i - 4), -1):
        if toks[s] in _STOPS:
            break
        if toks[s] in _OWNER_DETS:
            start = s
            break
    key = " ".join(t.removesuffix("'s") for t in toks[start : i + 1] if t not in _OWNER_DETS)
    return key, start, i + 1


def owner_hopped(a: Parsed, b: Parsed) -> bool:
    if "'s" not in a.source or "'s" not in b.source:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    oa, ob = _owner(ta), _owner(tb)
    if oa is None or ob is None or oa[0] != ob[0] or not oa[0] or oa[0] in ("i", "me"):
        return False
    ra = [t for t in (*ta[: oa[1]], "\0", *ta[oa[2] :]) if t not in _DETS]
    rb = [t for t in (*tb[: ob[1]], "\0", *tb[ob[2] :]) if t not in _DETS]
    pa, pb = ra.index("\0"), rb.index("\0")
    if pa == pb:
        return False
    ra.pop(pa)
    rb.pop(pb)
    return ra == rb and pa < len(ra) and pb < len(rb) and ra[pa] not in _STOPS


_PARTICLE_RE = re.compile(r"\b([a-z]+) out\b", re.IGNORECASE)
_LETS = frozenset("rent rents renting rented lease leases leasing leased loan loans loaned".split())
_LETS |= frozenset("loaning hire hires hired hiring sublet sublets subletting lend lends".split())
_LETS |= frozenset(("lending", "lent"))


def particle_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "out" not in x.words or "out" in y.words:
            continue
        m = _PARTICLE_RE.search(x.source)
        if m is None or m.group(1).lower() not in _LETS:
            continue
        stem = _stem(m.group(1).lower())
        if not any(_stem(w) == stem for w in y.words if w in _LETS):
            continue
        said = parse(x.source[: m.end(1)] + x.source[m.end() :])
        return (y, said) if flip else (said, y)
    return None


_INTO = frozenset(("into", "onto", "against"))
_THING_RE = re.compile(r"\b([a-z]+) (into|onto|against) my ([a-z]+)\b", re.IGNORECASE)


def thing_said_me(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "my" not in x.words or "i" not in y.words or _INTO.isdisjoint(x.words):
            continue
        m = _THING_RE.search(x.source)
        if m is None or m.group(3).lower() in y.words:
            continue
        verb, prep = m.group(1).lower(), m.group(2).lower()
        if not re.search(rf"\bI {re.escape(verb)} {prep}\b", y.source, re.IGNORECASE):
            continue
        said = parse(x.source[: m.start(3) - 3] + "me" + x.source[m.end(3) :])
        return (y, said) if flip else (said, y)
    return None


_AND_PRONOUN_RE = re.compile(r"\band (he|she|they) ([a-z]+)\b", re.IGNORECASE)


def pronoun_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "and" not in a.words or "and" not in b.words:
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        m = _AND_PRONOUN_RE.search(x.source)
        if m is None or m.group(1).lower() in y.words:
            continue
        if not re.search(rf"\band {re.escape(m.group(2))}\b", y.source, re.IGNORECASE):
            continue
        said = parse(x.source[: m.start(1)] + x.source[m.end(1) + 1 :])
        return (y, said) if flip else (said, y)
    return _asker_said_again(a, b)


# Role pass 100 (blind round 234): the asker's second act, "and I / we V", against "and V" with
# its subject left to the asker's own clause before it ("If the opposition puts the ball into
# our in-goal and we ground it" / "If we put the ball into our in-goal and ground it"): the
# subject said again on the side that leaves it out, so who did the first act is read alone.
_AND_ASKER_RE = re.compile(r"\band (i|we) ([a-z]+)\b", re.IGNORECASE)
_CLAUSE_OPENERS = frozenset("if when whenever after before once because while so but".split())


def _asker_said_again(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        m = _AND_ASKER_RE.search(x.source)
        if m is None or m.group(1).lower() not in y.words:
            continue
        person, verb = m.group(1), m.group(2)
        n = re.search(rf"\band ({re.escape(verb)})\b", y.source, re.IGNORECASE)
        if n is None:
            continue
        before = re.findall(r"[a-z]+|[,;.?!]", y.source[: n.start()].lower())
        k = len(before)
        while k and before[k - 1] not in _CLAUSE_OPENERS and before[k - 1] not in ",;.?!":
            k -= 1
        if person.lower() not in before[k:]:
            continue  # the first act's subject is not the asker: the "and V" may be another's
        said = parse(y.source[: n.start(1)] + person + " " + y.source[n.start(1) :])
        return (said, x) if flip else (x, said)
    return None


_SELF_RE = re.compile(r"\bI(?:'m| am) (?:a|an|the) ([a-z]+)\b", re.IGNORECASE)


def self_traded(a: Parsed, b: Parsed) -> bool:
    if _AS_OR_BE.isdisjoint(a.words) or _AS_OR_BE.isdisjoint(b.words):
        return False
    return _asker_traded(a, b) or _person_traded(a, b)


def _asker_traded(a: Parsed, b: Parsed) -> bool:
    """ "I'm the N1 ... N2" / "I'm a N2 ... N1"."""
    if "am" not in a.words or "am" not in b.words:
        return False
    found = described(a, b, _SELF_RE) or _heads_described(a, b)
    if found is None:
        return False
    _, _, na, nb = found
    if _stem(na) == _stem(nb):
        return False
    wa = a.words[a.words.index(na) + 1 :] if na in a.words else ()
    wb = b.words[b.words.index(nb) + 1 :] if nb in b.words else ()
    return nb in wa and na in wb


# Role pass 96 (blind rounds 227-228): the asker's noun the head of a longer description, the
# words before it the same ("I'm a piping teacher whose student just beat me" / "I'm a piping
# student who just beat my teacher": the asker the teacher on one side, the student on the
# other, each naming the other's noun after its own): the heads read as the nouns, the
# description ending at a clause word ("whose / who / that / and ...").
_HEAD_RE = re.compile(
    r"\bI(?:'m|\u2019m| am) (?:a|an|the) ((?:[a-z-]+ ){0,3}?[a-z-]+)"
    r"(?= (?:whose|who|that|and|but|with)\b|[,;.])",
    re.IGNORECASE,
)


def _heads_described(a: Parsed, b: Parsed) -> tuple[re.Match[str], re.Match[str], str, str] | None:
    """Both sides "I'm a M N" before a clause word, the same modifiers M, another head N."""
    found = described(a, b, _HEAD_RE)
    if found is None:
        return None
    ma, mb, da, db = found
    *la, na = da.split()
    *lb, nb = db.split()
    if not la or la != lb or _STOPS.intersection(la):
        return None
    return ma, mb, na, nb


# Role pass 84 (blind round 211): the person described may be the asker's ("my daughter"), the
# description "is / was a N" or "as a N" ("The park hired my daughter as a guide and she got
# hurt training guests" / "My daughter was a guest at the park and got hurt by a guide"): one
# person the N1 on one side and the N2 on the other, each side naming the other's noun after
# its own, not joined to it ("a mom and a teacher" describes one person twice).
_AS_OR_BE = frozenset(("as", "am", "is", "was", "are", "were"))
_DESCRIBED_BE = frozenset(("am", "is", "was"))
_ARTICLES = frozenset(("a", "an", "the"))
_JOINS = frozenset(("and", "or", "but", ","))
_SELVES = frozenset(("i", "my"))


def _descriptions(t: tuple[str, ...]) -> dict[str, tuple[str, int]]:
    """{the person: (the noun the person is said to be, its index)}: "I am a N", "my X is / was
    a N", "(V) my X as a N", "I / my X V as a N"; the noun the last of up to three words."""
    out: dict[str, tuple[str, int]] = {}
    for i, w in enumerate(t):
        if w == "i":
            who, j = "i", i + 1
        elif w == "my" and i + 1 < len(t) and t[i + 1].isalpha() and t[i + 1] not in _STOPS:
            who, j = "my " + t[i + 1], i + 2
        else:
            continue
        if j + 1 < len(t) and t[j] not in _DESCRIBED_BE and t[j] != "as" and t[j + 1] == "as":
            j += 1  # "I work as a N", "my son works as a N"
        if j + 1 >= len(t) or not (t[j] in _DESCRIBED_BE or t[j] == "as"):
            continue
        if t[j + 1] not in _ARTICLES:
            continue
        k = j + 2
        while k < len(t) and k < j + 5 and t[k].isalpha() and t[k] not in _STOPS:
            k += 1
        if k > j + 2 and who not in out:
            out[who] = (t[k - 1], k - 1)
    return out


def _named_after(t: tuple[str, ...], noun: str, at: int) -> bool:
    """``noun`` (or its plural) said after index ``at``, not joined to the noun there."""
    stem = _stem(noun)
    for k in range(at + 1, len(t)):
        if t[k] == noun or _stem(t[k]) == stem:
            return _JOINS.isdisjoint(t[at + 1 : k]) or k - at > 4
    return False


def _person_traded(a: Parsed, b: Parsed) -> bool:
    if _SELVES.isdisjoint(a.words) or _SELVES.isdisjoint(b.words):
        return False  # no "I" nor "my" to describe
    ta, tb = tokens(a.source), tokens(b.source)
    da, db = _descriptions(ta), _descriptions(tb)
    for who, (na, ia) in da.items():
        if who not in db:
            continue
        nb, ib = db[who]
        if _stem(na) == _stem(nb) or na in nb or nb in na:
            continue
        if _named_after(ta, nb, ia) and _named_after(tb, na, ib):
            return True
    return False


_SPLIT_RE = re.compile(r"\b([a-z]{3,})'s ([a-z]{3,})\b", re.IGNORECASE)


def compound_split(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "my barber's shop" read as "my barbershop" where the other side closes the compound up
    ("My customer broke the sink in my barbershop bathroom" / "I broke the sink in my barber's
    shop bathroom"): the trade read with the one spelling."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "'s" not in x.source:
            continue
        for m in _SPLIT_RE.finditer(x.source):
            closed = (m.group(1) + m.group(2)).lower()
            if closed in y.words and closed not in x.words:
                said = parse(x.source[: m.start()] + closed + x.source[m.end() :])
                return (y, said) if flip else (said, y)
    return None


# Role pass 142 (blind rounds 279-281): a compound's modifier said again as the "-er" noun made
# from it ("Can an airline pilot fly a seaplane?" / "Can a seaplane pilot fly an airliner?", "Can
# a ski instructor teach a snowboarder?" / "Can a snowboard instructor teach a skier?"): read
# with the one stem, so the licence and the craft traded are read as any two nouns exchanged.
# Only when such stems are all the two sides differ in.
_ER_ENDS = ("er", "r")
_MIN_STEM = 3
_MAX_STEMS = 2


def er_noun_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "an airliner" read as "an airline" where the other side says "airline" and no other
    content word differs."""
    only_a, only_b = a.content - b.content, b.content - a.content
    if not only_a or len(only_a) != len(only_b) or len(only_a) > _MAX_STEMS:
        return None
    texts = [a.source, b.source]
    for side, (x, mine, theirs) in enumerate(((a, only_a, only_b), (b, only_b, only_a))):
        for long in mine:
            short = [w for w in theirs if len(w) >= _MIN_STEM and long in (w + "er", w + "r")]
            if not short:
                continue
            y = b if side == 0 else a
            was = {w for w, c in zip(x.words, x.canon, strict=True) if c == long}
            said = {w for w, c in zip(y.words, y.canon, strict=True) if c == short[0]}
            if len(was) != 1 or len(said) != 1:
                return None
            (old,), (new,) = was, said
            texts[side] = re.sub(rf"\b{re.escape(old)}\b", new, texts[side], flags=re.IGNORECASE)
    if texts == [a.source, b.source]:
        return None
    ra, rb = parse(texts[0]), parse(texts[1])
    if ra.content != rb.content:
        return None  # another word differs too
    return ra, rb
