"""The doer and the receiver of one verb traded (rounds 60-61, written before it).

- A do-support wh-question with a stranded preposition against a wh-subject with the
  preposition's object named: "Who did my mother donate her liver to?" / "Who donated a liver
  to my mother?" (the one named gives on one side and receives on the other).
- Inside a "whose T" relative a person doing the verb on one side only, the head or its "T"
  doing it on the other with that person its object or owner: "the family whose son donated to
  me" / "the family whose son I donated to", "the farmer who sprayed my hives" / "the farmer
  whose hives I sprayed", "the man who found my lost son" / "the man whose lost son I found"
  (round 78: a modifier before the noun).
- A clause "S V-ed O" on one side and "O V-ed S" on the other, a third-person pronoun read as
  any noun the other side names: "after he tripped me" / "I tripped the referee".

Rounds 64-65: the clause's verb may have a particle, in any tense ("the club that hosts us
kicked us off" / "we kicked off the club we host", "Why did my roommate kick me out?"), its
subject the head of a relative clause before it ("the club that hosts us"), and the asker may
take part as an owner ("A sponsor dropped our team" / "Our team dropped a sponsor"); the
wh-question may ask "what" with any preposition left at the end ("What do the sunflowers in my
plot grow well under?" / "What grows well under the sunflowers in my plot?"), or have its
object and the preposition's traded in place ("What should I plant after garlic?" / "What
should I plant garlic after?").
"""

from __future__ import annotations

from policies.verify.roles.moved import (
    _AUX,
    _NP_ENDS,
    _NP_SKIP,
    _PERSON,
    _np_key,
    _stem,
    _symmetric,
    _toks,
)
from policies.verify.roles.verbs import _PAST_FORMS
from policies.verify.text import Parsed

_DO = frozenset("do does did will would can could should may might must".split())
_STRAND = frozenset("to from for with at under after before behind into onto against".split())
# a thing's place or time one way round ("grow under", not "go with", "grow beside")
_ONE_WAY = frozenset("under after before behind into onto against".split())
_NOM = frozenset("i we you he she they".split())
_OBJ_OF = {"1s": ("me", "my"), "1p": ("us", "our"), "2": ("you", "your")}
_THIRD = frozenset(("3m", "3f", "3p"))
_BE = frozenset("am is are was were be been being get got 's 're 'm".split())


def _lemma(w: str) -> str:
    base = _PAST_FORMS.get(w) or w
    s = _stem(base)
    return s[:-1] if s.endswith("e") else s


def _key(toks: list[str], i: int) -> str:
    """The last word of the noun phrase at ``i`` (a pronoun by person), "" if none."""
    return _np_key(toks, i, width=4, stops=_AUX)


def doer_receiver_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = _toks(a), _toks(b)
    return (
        _stranded_wh(ta, tb)
        or _stranded_wh(tb, ta)
        or _whose_doer(ta, tb)
        or _whose_doer(tb, ta)
        or _clause_reversed(ta, tb)
        or _stranded_moved(ta, tb)
        or _stranded_moved(tb, ta)
    )


def _stranded_wh(x: list[str], y: list[str]) -> bool:
    """x "Who did S V ... P?" and y "Who V-ed ... P S?"."""
    if len(x) < 5 or len(y) < 4 or x[0] not in _WH_ASK or y[0] != _WH_ASK[x[0]]:
        return False
    if x[1] not in _DO or y[1] in _DO or y[1] in _AUX:
        return False
    end = _stranded_end(x, y)
    prep = x[end - 1]
    if prep not in _STRAND or _symmetric(y[1]) or (x[0] == "what" and prep not in _ONE_WAY):
        return False  # "What goes well with salmon?" / "What does salmon go well with?"
    verb = _lemma(y[1])
    k = next((i for i in range(3, end - 1) if _lemma(x[i]) == verb), 0)
    if not k:
        return False
    subj = _key(x, 2) if x[2] in _PERSON else x[k - 1]
    # "the sunflowers in my plot": the head before a phrase after it
    head = _key(x[:k], 2)
    yend = y.index("?") if "?" in y else len(y)
    for m in range(2, yend - 1):
        if y[m] == prep:
            named = _key(y, m + 1)
            return bool(named) and named in (subj, head)
    return False


def _stranded_end(x: list[str], y: list[str]) -> int:
    """The end of x's clause at its stranded preposition: the question's end, or (role pass
    102) before a short time or place phrase after it that y says too ("Who did X prove P to
    in 1976?" / "Who proved to X that P in 1976?")."""
    end = x.index("?") if "?" in x else len(x)
    if x[end - 1] in _STRAND:
        return end
    for p in range(max(4, end - _TAIL_MAX - 1), end - 2):
        tail = x[p + 1 : end]
        if x[p] not in _STRAND or x[p + 1] not in _TAIL_LEADS:
            continue
        if any(y[m : m + len(tail)] == tail for m in range(2, len(y) - len(tail) + 1)):
            return p + 1
    return end


# role pass 102: a short time or place phrase after a stranded preposition
_TAIL_LEADS = frozenset("in on at during last this yesterday today".split())
_TAIL_MAX = 6  # digits are one token each: "in 1976"


_WH_ASK = {"who": "who", "whom": "who", "what": "what"}
# a preposition left at the end: "What should I plant garlic after?"
_MOVED_PREPS = frozenset("after before under behind to from for at into onto against".split())
_WH_Q = frozenset("what who whom which".split())


def _stranded_moved(x: list[str], y: list[str]) -> bool:
    """x "wh ... V X P?" and y "wh ... V P X?", every other word in place: "What should I
    plant garlic after?" / "What should I plant after garlic?" (the wh-word and X trade the
    object of the verb and of the preposition). A particle left at the end ("pick my kid up")
    is no preposition; a phrase after P ("hand my form in to") reads P as a particle; "with"
    goes both ways ("What should I pair the wine with?" / "What should I pair with the
    wine?")."""
    n = len(x)
    if n != len(y) or n < 5 or x[0] not in _WH_Q or x == y:
        return False
    i = 0
    while x[i] == y[i]:
        i += 1
    for size in range(1, 5):
        p = i + size
        if p >= n or x[p] not in _MOVED_PREPS or y[i] != x[p] or y[i + 1 : p + 1] != x[i:p]:
            continue
        if x[p + 1 :] != y[p + 1 :] or any(w[0].isalpha() for w in x[p + 1 :]):
            continue
        if i and _symmetric(x[i - 1]):
            continue  # "What should I compare my salary to?": both ways round
        if all(w.isalpha() and w not in _NP_ENDS and w not in _AUX for w in x[i:p]):
            return True
    return False


def _whose_readings(t: list[str]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(verb, person) done by a person inside "whose T", and (verb, person) done to a person by
    the head ("who V-ed my T") or by T ("whose T V-ed to me")."""
    by_person, to_person = set(), set()
    n = len(t)
    for i, w in enumerate(t):
        if w not in ("who", "whose") or i + 2 >= n:
            continue
        j = i + 2 if w == "whose" else i + 1
        if w == "whose" and t[j] not in _NOM:
            # "whose lost son I found": a modifier or two before the noun
            j = next((m for m in (i + 3, i + 4) if m < n and t[m] in _NOM), j)
            if any(not x.isalpha() or x in _AUX or x in _PERSON for x in t[i + 1 : j - 1]):
                j = i + 2
        if w == "whose" and t[j] in _NOM:
            k = j + 1
            while k < n and t[k] in _AUX:
                k += 1
            if k < n and t[k][0].isalpha():
                by_person.add((_lemma(t[k]), _PERSON[t[j]]))
            continue
        while j < n and t[j] in _AUX:
            if t[j] in _BE:
                break
            j += 1
        if j >= n or t[j] in _BE or t[j] in _PERSON or not t[j][0].isalpha():
            continue
        for m in range(j + 1, min(j + 4, n)):
            for who, forms in _OBJ_OF.items():
                if t[m] in forms:
                    to_person.add((_lemma(t[j]), who))
    return by_person, to_person


def _whose_doer(x: list[str], y: list[str]) -> bool:
    if "whose" not in x:
        return False
    done_by, _ = _whose_readings(x)
    if not done_by:
        return False
    y_by, done_to = _whose_readings(y)
    return any(r in done_to and r not in y_by for r in done_by)


def _clauses(t: list[str]) -> dict[tuple[str, str, str], bool]:
    """(verb, subject, object) of each past or phrasal clause, and whether the asker takes
    part: a person "I / we", or the owner of either ("our team", "my son")."""
    out: dict[tuple[str, str, str], bool] = {}
    particles = not _PARTICLES.isdisjoint(t)
    for k in range(1, len(t) - 1):
        v = t[k]
        phrasal = particles and _phrasal(t, k)
        if not (v.endswith("ed") or v in _PAST_FORMS or phrasal) or len(v) < 4 or _symmetric(v):
            continue
        s = t[k - 1]
        if s in _PERSON:
            subj = _PERSON[s] if s in _NOM else _relative_head(t, k - 1)
            if not subj:
                continue  # "gave us kicked": no subject read
        elif s[0].isalpha() and s not in _NP_SKIP and s not in _NP_ENDS and s not in _AUX:
            if k < 2 or t[k - 2] not in _NP_SKIP:
                continue  # "the referee tripped": a determiner before the noun
            subj = s
        else:
            continue
        o = t[k + 1]
        if o in _PERSON and o in _NOM and o != "you":
            continue
        if o in _PARTICLES:
            obj = _np_key(t, k + 2, width=4, stops=_OBJ_STOPS)  # "kicked off the club we host"
        elif phrasal:
            obj = _np_key(t, k + 1, width=4, stops=_OBJ_STOPS)  # "kick my roommate out"
        else:
            obj = _key(t, k + 1)
        if obj and obj != subj:
            # "our team dropped a sponsor", "a sponsor dropped our team": the asker an owner
            mine = not _ASKER.isdisjoint((t[k - 2] if k >= 2 else "", *t[k + 1 : k + 3]))
            key = (_lemma(v), subj, obj)
            out[key] = out.get(key, False) or mine or "1s" in key or "1p" in key
    return out


_ASKER = frozenset(("my", "our"))


_PARTICLES = frozenset("off out up down away back over".split())
_OBJ_STOPS = _AUX | _PARTICLES | frozenset(_PERSON)
_REL = frozenset(("that", "who", "which"))


def _phrasal(t: list[str], k: int) -> bool:
    """A verb with a particle, in any tense: "kick us off", "kicked off the club", "kick my
    roommate out"."""
    v = t[k]
    if not v.isalpha() or v in _AUX or v in _PERSON or v in _NP_SKIP or v in _NP_ENDS:
        return False
    n = len(t)
    if k + 2 < n and t[k + 1] in _PERSON and t[k + 1] not in _NOM and t[k + 2] in _PARTICLES:
        return True
    if k + 2 < n and t[k + 1] in _PARTICLES and t[k + 2] in _NP_SKIP:
        return t[k - 1] in _NOM or t[k - 1] in _AUX or t[k - 1] in _REL
    if k + 1 < n and t[k + 1] in _NP_SKIP:
        for w in t[k + 2 : k + 5]:  # "kick my roommate out", not "kick my roommate at 5 ..."
            if w in _PARTICLES:
                return True
            if w in _NP_ENDS or not w.isalpha():
                return False
    return False


def _relative_head(t: list[str], i: int) -> str:
    """The noun a relative clause ending at ``i`` is about: "the club that hosts us kicked"
    -> club (an object pronoun before a verb)."""
    for r in range(i - 1, max(0, i - 4), -1):
        if t[r] in _REL:
            h = t[r - 1] if r else ""
            ok = h.isalpha() and h not in _NP_SKIP and h not in _NP_ENDS and h not in _PERSON
            return h if ok and h not in _AUX else ""
    return ""


def _same(p: str, q: str) -> bool:
    if p == q:
        return True
    pp, qp = p in _PERSON.values(), q in _PERSON.values()
    return (p in _THIRD and not qp) or (q in _THIRD and not pp)


def _clause_reversed(x: list[str], y: list[str]) -> bool:
    """ "he tripped me" / "I tripped the referee": the same verb's doer and receiver traded."""
    cx = _clauses(x)
    if not cx:
        return False
    cy = _clauses(y)
    for (v, s, o), asker in cx.items():
        if not asker:
            continue
        for w, s2, o2 in cy:
            if w != v or not (_same(s2, o) and _same(o2, s)):
                continue
            if any(u == v and _same(s3, s) and _same(o3, o) for u, s3, o3 in cy):
                continue  # both ways round on y
            if any(u == v and _same(s3, s2) and _same(o3, o2) for u, s3, o3 in cx):
                continue  # both ways round on x
            return True
    return False
