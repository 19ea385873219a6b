"""Two whole phrases exchanged around a predicate, every other word kept (X M Y / Y M X), a
phrase as long as it likes: a noun phrase with a relative clause or a place ("I beat the player
I tied with" / "The player I tied with beat me", "if the agency I freelance for makes me sign" /
"if I make the agency I freelance for sign", "Every player in my section outrated me"), the
asker against someone named in a clause after "if / when / after". ``exchange`` reads short
participants (four tokens) over content words; this reads the sides as written.

Each side is read as tokens (``written``): a pronoun by person whatever its case ("I" / "me",
"he" / "him"), a possessive pronoun as one owner mark ("charge me for their licenses" / "charge
the agency for my licenses": the owner follows the doer), "a / an / the" left out, "-s" off, a
be form as one. The sides are the same but for one stretch, read as X M Y on one side and Y M X
on the other, with X and Y each a participant (a pronoun, or a phrase naming someone or
something: no marks, no "and / or") and M a predicate: a content word in it, at most four
tokens, not a copula alone ("My boss is my friend"), nor symmetric ("meet", "near", "with",
"than", "plus"). A second reading puts a third-person pronoun for the nearest "my N" before it
("A nurse at my mom's facility asked her" / "My mom asked a nurse at her facility").

Round 75: a particle is put before the pronoun it follows ("wrote me up for a mistake the new
cook made" / "wrote up the new cook for a mistake I made"); round 74: "my N" is read as "N from
me" where the other side says "N from X" ("A photographer I second shot for is using my images"
/ "I'm using images from a photographer I second shot for"); round 78: a predicate with the
verb's own object before "to / from" ("Our department sold its old engine to a department in
Mexico" / "A department in Mexico sold its old engine to our department").

Role pass 104 (blind round 237): a predicate may open with a duty or leave frame ("required /
obliged / allowed / supposed ... to", "have / need / ought to") before its own four tokens ("Is
a boat doing a penalty turn required to keep clear of other boats?" / "Are other boats required
to keep clear of a boat doing a penalty turn?": who bears the duty); "everyone / anyone ...
else" is read as "everyone" where the other side says it without "else" ("when our cellist
drives everyone" / "when everyone else drives our cellist": the "else" only keeps X out).

``contrast_exchanged``: "X, not Y" / "Y, not X" ("I was the one who got sideswiped, not the one
who did the sideswiping"), any X and Y: the one affirmed is the one denied on the other side.
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.written import ALTERNATIVES, COPULA, MARKS, OWNER, PERSON, tokens
from policies.verify.text import Parsed

_OWNER_MARK = "~own"
_SPAN_MAX = 12  # tokens in one phrase ("my brother who is rated higher")
_PRED_MAX = 4  # tokens in the predicate between them ("is taking", "dies before")
# Predicates true both ways round, besides ``tokens._SYMMETRIC``: a place beside, a sum, "as".
_BOTH_WAYS = _SYMMETRIC | frozenset(
    """with between among near next beside besides close adjacent opposite across alongside
    like as plus times multiplied added sum and or nor vs versus opposite synonym antonym
    counterpart match border touch overlap intersect coincide correlate tie tied draw drew
    collide conflict""".split()
)
_PRED_LONG = 6  # a verb, its own object and a preposition ("sold its old engine to")
_ENDS = ("", "s", "es", "d", "ed", "ing")
_NAMING = frozenset("called named known termed".split())
_FUNCTION = (
    MARKS
    | COPULA
    | ALTERNATIVES
    | frozenset(
        """=be ~own @1s @1p @2 @3m @3f @3p to of for in on at by from into onto about that who
        whom which what when where why how do does did not no can could should would will shall
        may might must have has had it its this these those there here if so but then up down
        out over off back all any some very just also still only""".split()
    )
)
# A preposition opens no participant ("after the game I called" / "I called ... after the game").
_NOT_FIRST = frozenset(
    """to of for in on at by from into onto about with after before since until when while if
    because than as""".split()
)
_THIRD_PRON = frozenset("he him his she her they them their".split())
_LEADS = frozenset("my our".split())


def phrases_exchanged(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    if ta == tb:
        return False
    if ("else" in ta) != ("else" in tb):
        ta, tb = _else_dropped(ta), _else_dropped(tb)  # "everyone else" / "everyone"
    if _PARTICLES.intersection(ta) and _PARTICLES.intersection(tb):
        ta, tb = _particle_first(ta), _particle_first(tb)  # "wrote me up" / "wrote up the cook"
    na, nb = _norm(ta), _norm(tb)
    if sorted(na) == sorted(nb) and _exchanged(na, nb):
        return True
    if "from" in ta or "from" in tb:
        fa, fb = _from_me(ta, tb), _from_me(tb, ta)
        if (fa, fb) != (ta, tb):
            ra, rb = _norm(fa), _norm(fb)
            if sorted(ra) == sorted(rb) and _exchanged(ra, rb):
                return True
    if _THIRD_PRON.isdisjoint(ta) and _THIRD_PRON.isdisjoint(tb):
        return False
    for ra in _readings(ta):
        for rb in _readings(tb):
            if (ra, rb) != (na, nb) and sorted(ra) == sorted(rb) and _exchanged(ra, rb):
                return True
    return False


_PARTICLES = frozenset("up out off down over back away".split())
_OBJECTS = frozenset("me him her us them".split())


# Role pass 104: "everyone else drives X" against "X drives everyone": the "else" keeps X out of
# the "everyone" and names no one else.
_ELSE_HEADS = frozenset("everyone everybody anyone anybody someone somebody nobody".split())


def _else_dropped(toks: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        t for i, t in enumerate(toks) if t != "else" or i == 0 or toks[i - 1] not in _ELSE_HEADS
    )


def _from_me(toks: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """ "my N" read as "N from me" where the other side says "N from X" ("A photographer I second
    shot for is using my images" / "I'm using images from a photographer I second shot for")."""
    out = list(toks)
    for i in range(len(out) - 2, -1, -1):
        if out[i] != "my":
            continue
        n = out[i + 1]
        if any(other[j] == n and other[j + 1] == "from" for j in range(len(other) - 1)):
            if not any(other[j] == "my" and other[j + 1] == n for j in range(len(other) - 1)):
                out[i : i + 2] = [n, "from", "me"]
    return tuple(out)


def _particle_first(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A particle put before the pronoun it follows, as before a noun phrase ("wrote me up for"
    -> "wrote up me for", against "wrote up the new cook for")."""
    out = list(toks)
    for i in range(1, len(out) - 1):
        if out[i] in _OBJECTS and out[i + 1] in _PARTICLES and out[i - 1] not in _FUNCTION:
            if out[i - 1] not in _NOT_FIRST and out[i - 1].isalpha():
                out[i], out[i + 1] = out[i + 1], out[i]
    return tuple(out)


def _readings(toks: tuple[str, ...]) -> list[list[str]]:
    """The side with its third-person pronouns resolved, "her" before a noun read as the owner
    and as the receiver ("brought her cookies") where it could be either."""
    open_ = [i for i, t in enumerate(toks) if t == "her" and _owns(toks, i)][:2]
    out = []
    for mask in range(1 << len(open_)):
        recv = frozenset(i for n, i in enumerate(open_) if mask >> n & 1)
        out.append(_norm(_resolved(toks, recv)))
    return out


def contrast_exchanged(a: Parsed, b: Parsed) -> bool:
    """ "X, not Y" / "Y, not X": the one affirmed on one side is the one denied on the other."""
    if "not" not in a.words or "not" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if ta == tb or sorted(ta) != sorted(tb):
        return False
    na, nb = _norm(ta), _norm(tb)
    lo, hi = _trim(na, nb)
    xa, xb = na[lo : len(na) - hi], nb[lo : len(nb) - hi]
    for k in range(1, len(xa) - 1):
        if xa[k] != "not":
            continue
        m0 = k - 1 if xa[k - 1] == "," else k
        x = xa[:m0]
        for j in range(k + 1, min(len(xa), k + _PRED_MAX + 1)):
            m, y = xa[m0:j], xa[j:]  # "not the one who did ...": "the one who" said again
            if x and y and x != y and _plain(x) and _plain(y) and _plain(m[m.index("not") + 1 :]):
                if xb == y + m + x:
                    return True
    return False


def _plain(span: list[str]) -> bool:
    return not MARKS.intersection(span) and ALTERNATIVES.isdisjoint(span)


def _norm(toks: tuple[str, ...] | list[str]) -> list[str]:
    out = []
    for i, t in enumerate(toks):
        if t in lx.ARTICLES:
            continue
        if t in OWNER and (t != "her" or _owns(toks, i)):
            out.append(_OWNER_MARK)
        elif t in PERSON:
            out.append("@" + PERSON[t])
        elif t in COPULA:
            out.append("=be")
        elif t in _AGREED:
            out.append(_AGREED[t])  # "Does X have to" / "Do Ys have to" (role pass 104)
        elif len(t) > 3 and t.endswith("s") and not t.endswith("ss") and "'" not in t:
            out.append(t[:-1])
        else:
            out.append(t)
    return out


def _owns(toks: tuple[str, ...] | list[str], i: int) -> bool:
    """ "her" before a noun ("her parents"), not as the object ("claimed her as")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return bool(nxt) and nxt.isalpha() and nxt not in _NOT_FIRST and nxt not in _FUNCTION


def _resolved(toks: tuple[str, ...], recv: frozenset[int]) -> list[str]:
    """A third-person pronoun read as the nearest "my N" before it ("her" -> "my mom", "her
    facility" -> "my mom's facility"); left as written with no one before it."""
    out: list[str] = []
    last: tuple[str, str] | None = None  # ("my", "mom")
    for i, t in enumerate(toks):
        if t in _LEADS and i + 1 < len(toks):
            w = toks[i + 1]
            noun = w[:-2] if w.endswith("'s") else w
            if noun.isalpha() and noun not in _FUNCTION and noun not in _NOT_FIRST:
                last = (t, noun)
        if last is not None and t in _THIRD_PRON and t not in ("they", "them", "their"):
            if t == "his" or (t == "her" and _owns(toks, i) and i not in recv):
                out += [last[0], last[1] + "'s"]
            else:
                out += list(last)
            continue
        out.append(t)
    return out


def _trim(na: list[str], nb: list[str]) -> tuple[int, int]:
    lo = 0
    while lo < len(na) and lo < len(nb) and na[lo] == nb[lo]:
        lo += 1
    hi = 0
    while hi < len(na) - lo and hi < len(nb) - lo and na[-1 - hi] == nb[-1 - hi]:
        hi += 1
    return lo, hi


def _exchanged(na: list[str], nb: list[str]) -> bool:
    lo0, hi0 = _trim(na, nb)
    # the shared edges may have taken a word both phrases begin or end with ("my brother" /
    # "my dad"): give each edge back up to two words
    for lo in range(lo0, max(-1, lo0 - 3), -1):
        for hi in range(hi0, max(-1, hi0 - 3), -1):
            xa, xb = na[lo : len(na) - hi], nb[lo : len(nb) - hi]
            if len(xa) < 3 or len(xa) > 2 * _SPAN_MAX + _PRED_MAX:
                continue
            if _split(xa, xb):
                return True
    return False


def _split(xa: list[str], xb: list[str]) -> bool:
    n = len(xa)
    for i in range(1, min(n - 1, _SPAN_MAX + 1)):
        x = xa[:i]
        if xb[n - i :] != x:
            continue
        for j in range(i + 1, min(n, i + _PRED_LONG + 1)):
            m, y = xa[i:j], xa[j:]
            if len(y) > _SPAN_MAX or xb[: n - i] != y + m or x == y:
                continue
            if len(m) > _PRED_MAX and not (
                _verb_object_to(m) or _clause_joined(m) or _duty_framed(m)
            ):
                continue
            if _participant(x) and _participant(y) and _predicate(m):
                return True
    return False


def _verb_object_to(m: list[str]) -> bool:
    """A longer predicate: a verb, the thing it moves and the preposition of the one it goes to
    or comes from ("sold its old engine to", "borrowed the van from")."""
    return (
        m[0] not in _FUNCTION
        and m[-1] in _TO_FROM
        and m[1] in _THING_LEAD
        and all(t not in _TO_FROM and t not in MARKS for t in m[1:-1])
    )


_TO_FROM = frozenset("to from for against".split())
# Role pass 104: a duty or leave frame before the predicate ("required to keep clear of", "have
# to give way to"): who bears the duty is the frame's subject, so the frame is part of M.
_DUTY_FRAMES = frozenset(
    """required obliged obligated supposed expected allowed permitted forced bound meant
    entitled have has need needs ought""".split()
)


def _duty_framed(m: list[str]) -> bool:
    return len(m) > 2 and m[0] in _DUTY_FRAMES and m[1] == "to" and len(m) - 2 <= _PRED_MAX


# Role pass 57: the one a main clause is about and the doer of the clause after it traded ("Can
# I be charged for mail fraud if someone uses my name" / "Can someone be charged for mail fraud
# if I use his name"): the predicate runs to the "if / when" that opens the second clause.
_JOINS = frozenset("if when whenever unless after before because once while".split())


def _clause_joined(m: list[str]) -> bool:
    return m[-1] in _JOINS and all(t not in _JOINS and t not in MARKS for t in m[:-1])


_AGREED = {"does": "do", "has": "have"}
_THING_LEAD = frozenset(("its", "~own", "a", "an", "the", "some", "their", "his", "her"))


def _participant(span: list[str]) -> bool:
    if MARKS.intersection(span) or not ALTERNATIVES.isdisjoint(span) or span[0] in _NOT_FIRST:
        return False
    if len(span) == 1:
        t = span[0]
        return t[0] == "@" or (t not in _FUNCTION and t.isalpha())
    return any(t not in _FUNCTION for t in span) and span[-1] not in ("=be", "not")


def _both_ways(t: str) -> bool:
    """ "engaged" / "engag", "dating" / "dat", "borders" / "border"."""
    return any(
        t[: len(t) - len(e)] in _BOTH_WAYS for e in _ENDS if t.endswith(e) and len(t) - len(e) > 2
    )


def _predicate(m: list[str]) -> bool:
    if MARKS.intersection(m) or any(_both_ways(t) for t in m):
        return False
    if m[0] in _NAMING | {"=be", "also"} and not _NAMING.isdisjoint(m):
        return False  # "X is also called Y": one thing named twice
    if m[0] in ("that", "who", "which", "whom") or m[-1] in ("that", "who", "which"):
        return False  # "the player who beat me" read whole elsewhere
    return any(t not in _FUNCTION for t in m)
