"""Clauses whose people trade places, read on tokens with pronouns by person ("I" / "me"):

- the one told changed, a possessor moved ("tell my brother that his ex is coming" / "tell my
  brother's ex that he is coming");
- the reporter and the reported doer traded ("The user reported that IT blocked her laptop" /
  "IT reported that the user blocked her laptop"), or the reporter and the owner of the
  reported subject ("Their coach complained that my players were too rough" / "I complained
  that their players were too rough");
- a reduced relative against a "who" clause ("The trainer I hired" / "The trainer who hired
  me");
- a comparison turned round ("he lifts more than me" / "I lift more than him");
- the subject's owner made the subject ("My ex-husband is bringing ... his new wife's shower" /
  "My ex-husband's new wife is bringing ... my shower"), in a clause after "when / if / after"
  too ("when my kid's friend dents my car" / "when my kid dents his friend's car"), the owned
  noun with a place after it ("Mom's new boyfriend in assisted living is taking her money");
- the owner of a noun moved across "is" ("My coach's coach is a bodybuilder" / "My coach is a
  bodybuilder's coach").
"""

from __future__ import annotations

from policies.verify.roles.kept import _tokens
from policies.verify.text import Parsed

_TELL = frozenset(
    "tell tells telling told remind reminded warn warned inform informed ask asked".split()
)
_SAY = frozenset(
    """say says said report reports reported claim claims claimed think thinks thought believe
    believes believed complain complained suspect suspects suspected insist insisted admit
    admitted deny denied mention mentioned notice noticed hear heard know knew knows allege
    alleged confirm confirmed tell tells told""".split()
)
_PERSONS = frozenset("me him her them us you".split())
_REL = frozenset(("who", "that"))
_OBJ_REL = frozenset(("that", "whom", "who"))
_COMPARE = frozenset("more less better worse faster slower".split())
_COPULA = frozenset("is are was were".split())
_BOUND = frozenset(
    ", ; and or but to of for with in on at by from that who is are was were".split()
)
_SPAN = 5
# "what's", "it's": a verb after the word, no owner
CONTRACTED = frozenset("what who it that there here he she where how let when why this".split())


def _bare(w: str) -> str:
    return w[:-2] if w.endswith("'s") else w


def _told_listener(ta: list[str], tb: list[str]) -> bool:
    for t, w in enumerate(ta[:-2]):
        if w not in _TELL or t >= len(tb) or tb[t] != w or ta[:t] != tb[:t]:
            continue
        if "that" not in ta[t + 1 : t + 2 + _SPAN] or "that" not in tb[t + 1 : t + 2 + _SPAN]:
            return False
        la = ta[t + 1 : ta.index("that", t + 1)]
        lb = tb[t + 1 : tb.index("that", t + 1)]
        if not la or not lb:
            return False
        ha, hb = la[-1], lb[-1]
        if ha == hb:
            return False
        bare_a, bare_b = {_bare(x) for x in ta}, {_bare(x) for x in tb}
        return ha in bare_b and hb in bare_a
    return False


def _reported(ta: list[str], tb: list[str]) -> bool:
    """ "X reported that Y V ..." / "Y reported that X V ..." """
    for i in range(1, min(_SPAN, len(ta) - 2) + 1):
        v = ta[i]
        if v not in _SAY and ta[i + 1] != "that":
            continue
        first = ta[:i]
        j = i + 2 if ta[i + 1] == "that" else i + 1
        for size in range(1, _SPAN + 1):
            second, rest = ta[j : j + size], ta[j + size :]
            if len(second) < size or not rest or first == second:
                break
            if tb == second + ta[i:j] + first + rest:
                return True
    return False


_OWNERS = {"my": "me", "our": "us", "his": "him", "her": "her", "their": "them", "your": "you"}


def _report(toks: list[str]) -> tuple[list[str], str, str, list[str]] | None:
    """(reporter, verb, owner of the reported subject, the rest of the clause) of "X V (that)
    O N ..." in the first clause: "their coach complained that my players were too rough"."""
    for i in range(1, min(_SPAN, len(toks) - 2) + 1):
        if toks[i] not in _SAY:
            continue
        j = i + 2 if toks[i + 1] == "that" else i + 1
        if j >= len(toks) - 1:
            return None
        owner = toks[j]
        if owner not in _OWNERS and not (owner.endswith("'s") and owner[:-2] not in CONTRACTED):
            return None
        end = toks.index(",", j) if "," in toks[j:] else len(toks)
        return toks[:i], toks[i], owner, toks[j + 1 : end]
    return None


def _names(who: list[str], owner: str) -> bool:
    """The reporter ``who`` is the one ``owner`` names: "me" / "my", "their coach" / "their",
    "the other parent" / "parent's"."""
    if len(who) == 1 and who[0] in _PERSONS:
        return _OWNERS.get(owner) == who[0]
    if owner in _OWNERS:
        return who[0] == owner
    return who[-1] == owner[:-2]


def _reported_owner(ta: list[str], tb: list[str]) -> bool:
    """ "X V that my N ..." / "I V that X's N ...": the reporter and the owner traded."""
    ra, rb = _report(ta), _report(tb)
    if ra is None or rb is None:
        return False
    who_a, verb_a, own_a, rest_a = ra
    who_b, verb_b, own_b, rest_b = rb
    if verb_a != verb_b or rest_a != rest_b or own_a == own_b or who_a == who_b:
        return False
    return _names(who_b, own_a) and _names(who_a, own_b)


def _relative(ta: list[str], tb: list[str]) -> bool:
    """ta "the N (that) I V ...", tb "the N who V me ..." """
    for i in range(1, len(ta) - 1):
        k = i + 1 if ta[i] in _OBJ_REL else i
        if k + 1 >= len(ta) or ta[k] not in _PERSONS:
            continue
        if i + 2 >= len(tb) or tb[:i] != ta[:i] or tb[i] not in _REL:
            continue
        if tb[i + 1] == ta[k + 1] and tb[i + 2] == ta[k] and tb[i + 3 :] == ta[k + 2 :]:
            return True
    return False


def _clause_subject(toks: list[str], t: int) -> str | None:
    for s in range(t - 1, max(-1, t - 5), -1):
        if s == 0 or toks[s - 1] in (",", ";", "but", "and", "so", "while"):
            return toks[s]
    return None


def _than(ta: list[str], tb: list[str]) -> bool:
    if "than" not in ta or "than" not in tb:
        return False
    t, u = ta.index("than"), tb.index("than")
    if t < 1 or t + 1 >= len(ta) or u + 1 >= len(tb) or not _compared(ta[t - 1]):
        return False
    if tb[u - 1] != ta[t - 1]:  # "he lifts more than me" / "I lift less than him": the same
        return False
    ya, yb = ta[t + 1], tb[u + 1]
    xa, xb = _clause_subject(ta, t), _clause_subject(tb, u)
    if ya == yb or ya not in _PERSONS or yb not in _PERSONS:
        return False
    return xa == yb and xb == ya


# Role pass 115 (blind round 247): "X is -er than Y" / "Y are -er than X", each side a noun
# phrase or a pronoun, "his / her / their" in one following the move ("My daughter is faster
# than the boys in her BMX class" / "The boys in my daughter's BMX class are faster than her").
_SIDE_MAX = 7
_NOT_COMPARED = frozenset(("other", "rather", "either", "neither", "whether", "never", "ever"))
_OWNER_OF = frozenset(("his", "her", "their", "its"))
_DEGREE = frozenset(("much", "even", "way", "far", "still", "so", "a", "lot", "bit", "little"))


def _compared_clause(t: list[str]) -> tuple[list[str], tuple[str, ...], list[str]] | None:
    """(the subject, the comparative, the side after "than") of "X is -er than Y"."""
    if "than" not in t:
        return None
    u = t.index("than")
    if u < 3 or u + 1 >= len(t):
        return None
    comp = u - 1
    if t[comp] in _NOT_COMPARED or not _compared(t[comp]):
        comp = u - 2  # "more reliable than"
        if t[comp] not in ("more", "less"):
            return None
    c = comp - 1
    while c > 0 and t[c] in _DEGREE:
        c -= 1
    if t[c] not in _COPULA:
        return None
    start = next((i + 1 for i in range(c - 1, -1, -1) if t[i] in (",", ";")), 0)
    end = next((i for i in range(u + 1, len(t)) if t[i] in (",", ";")), len(t))
    x, y = t[start:c], t[u + 1 : end]
    if not 0 < len(x) <= _SIDE_MAX or not 0 < len(y) <= _SIDE_MAX or x == y:
        return None
    return x, tuple(t[comp:u]), y


def _than_sides(ta: list[str], tb: list[str]) -> bool:
    """ta "X is -er than Y", tb "Y are -er than X" (the same comparative)."""
    ra, rb = _compared_clause(ta), _compared_clause(tb)
    if ra is None or rb is None or ra[1] != rb[1]:
        return False
    xa, _, ya = ra
    xb, _, yb = rb
    if xa == xb or ya == yb:
        return False
    return _same_side(xb, ya, xa) and _same_side(yb, xa, ya)


def _same_side(p: list[str], q: list[str], other: list[str]) -> bool:
    """``p`` (one side) says ``q`` (the other's), a pronoun for it or "X's" for its "his /
    her" (X ``other``, the party its own side compares it with)."""
    if _bare_side(p) == _bare_side(q):
        return True
    if len(p) == 1 and p[0] in _PERSONS:
        return len(q) > 1 or q[0] not in _PERSONS
    if len(q) == 1 and q[0] in _PERSONS:
        return len(p) > 1 or p[0] not in _PERSONS
    owner = [*other[:-1], other[-1] + "'s"]
    for i, w in enumerate(q):
        if w in _OWNER_OF and p == [*q[:i], *owner, *q[i + 1 :]]:
            return True
    return False


def _bare_side(p: list[str]) -> list[str]:
    return p[1:] if len(p) > 1 and p[0] in ("the", "a", "an") else p


def _subject_owner(ta: list[str], tb: list[str]) -> bool:
    """ta "my X V ...", tb "my X's Y V ..." (another doer, the first its owner; a passive's
    doer after "by" may be either)."""
    if "by" in ta or "by" in tb:
        return False
    for i in range(min(len(ta) - 1, len(tb))):
        if i >= 3 and not _clause_start(ta, i):
            continue
        if tb[i] != ta[i] + "'s" or ta[:i] != tb[:i] or ta[i] in CONTRACTED:
            continue
        for size in range(1, 6):
            k = i + 1 + size
            if k < len(tb) and tb[k] == ta[i + 1] and tb[k] not in _BOUND - _COPULA:
                if size <= 3 or _COPULA.isdisjoint(tb[i + 1 : k]):
                    return True  # "Mom's new boyfriend in assisted living is taking"
    return False


# Words a clause starts after ("when my kid's friend dents my car" / "when my kid dents ...").
_CLAUSE_LEADS = frozenset("when if after before because while since once until unless".split())


def _clause_start(toks: list[str], i: int) -> bool:
    """``toks[i]`` the first noun of a clause's subject: after "when / if ..." and an owner."""
    j = i - 1 if toks[i - 1] in ("my", "our", "the", "his", "her", "their") else i
    return toks[j - 1] in _CLAUSE_LEADS


def _owned(toks: list[str], lo: int, hi: int) -> dict[str, str]:
    """owned head -> owner for each "X's Y" within toks[lo:hi]."""
    out = {}
    for i in range(lo, hi):
        w = toks[i]
        if not w.endswith("'s") or len(w) < 3 or w[:-2] in CONTRACTED:
            continue
        j = i + 1
        while j < hi and j - i <= 3 and toks[j] not in _BOUND and not toks[j].endswith("'s"):
            j += 1
        if j > i + 1:
            out[toks[j - 1]] = w[:-2]
    return out


def _copula_owner(ta: list[str], tb: list[str]) -> bool:
    ca = next((i for i, w in enumerate(ta) if w in _COPULA), -1)
    cb = next((i for i, w in enumerate(tb) if w in _COPULA), -1)
    if ca < 1 or cb < 1:
        return False
    bare_a, bare_b = {_bare(x) for x in ta}, {_bare(x) for x in tb}
    subj_a, pred_b = _owned(ta, 0, ca), _owned(tb, cb + 1, len(tb))
    for noun, x in subj_a.items():
        y = pred_b.get(noun)
        if y is not None and x != y and x in bare_b and y in bare_a:
            return True
    return False


def clause_swap(a: Parsed, b: Parsed) -> bool:
    if a.content != b.content or a.words == b.words:
        return False
    wa, wb = a.words, b.words
    tell, say = not _TELL.isdisjoint(wa), "that" in wa or not _SAY.isdisjoint(wa)
    rel_a, rel_b = not _REL.isdisjoint(wa), not _REL.isdisjoint(wb)
    marked_a, marked_b = _marked(a.source), _marked(b.source)
    if not (tell or say or rel_a or rel_b or "than" in wa or marked_a or marked_b):
        return False
    ta, tb = _tokens(a), _tokens(b)
    if tell and _told_listener(ta, tb):
        return True
    if (say and _reported(ta, tb)) or (rel_b and _relative(ta, tb)):
        return True
    if say and _reported_owner(ta, tb):
        return True
    if (rel_a and _relative(tb, ta)) or ("than" in wa and _than(ta, tb)):
        return True
    if "than" in wa and (_than_sides(ta, tb) or _than_sides(tb, ta)):
        return True
    if not (marked_a or marked_b):
        return False
    if _subject_owner(ta, tb) or _subject_owner(tb, ta):
        return True
    return marked_a and marked_b and (_copula_owner(ta, tb) or _copula_owner(tb, ta))


def _marked(text: str) -> bool:
    return "'" in text or "\u2019" in text


def _compared(w: str) -> bool:
    """ "more", "less", or an -er comparative ("harder", "faster")."""
    return w in _COMPARE or (len(w) > 4 and w.endswith("er"))
