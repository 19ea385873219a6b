"""The doer and the receiver of one verb traded (rounds 60-61, written before it).

- A do-support wh-question with a stranded preposition against a wh-subject with the
  preposition's object named: "Who did my mother donate her liver to?" / "Who donated a liver
  to my mother?" (the one named gives on one side and receives on the other).
- Inside a "whose T" relative a person doing the verb on one side only, the head or its "T"
  doing it on the other with that person its object or owner: "the family whose son donated to
  me" / "the family whose son I donated to", "the farmer who sprayed my hives" / "the farmer
  whose hives I sprayed".
- A clause "S V-ed O" on one side and "O V-ed S" on the other, a third-person pronoun read as
  any noun the other side names: "after he tripped me" / "I tripped the referee".
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
_STRAND = frozenset("to from for with at".split())
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
    )


def _stranded_wh(x: list[str], y: list[str]) -> bool:
    """x "Who did S V ... P?" and y "Who V-ed ... P S?"."""
    if len(x) < 5 or len(y) < 4 or x[0] not in ("who", "whom") or y[0] != "who":
        return False
    if x[1] not in _DO or y[1] in _DO or y[1] in _AUX:
        return False
    end = x.index("?") if "?" in x else len(x)
    prep = x[end - 1]
    if prep not in _STRAND or _symmetric(y[1]):
        return False
    verb = _lemma(y[1])
    k = next((i for i in range(3, end - 1) if _lemma(x[i]) == verb), 0)
    if not k:
        return False
    subj = _key(x, 2) if x[2] in _PERSON else x[k - 1]
    yend = y.index("?") if "?" in y else len(y)
    for m in range(2, yend - 1):
        if y[m] == prep:
            return bool(subj) and _key(y, m + 1) == subj
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


def _clauses(t: list[str]) -> set[tuple[str, str, str]]:
    out = set()
    for k in range(1, len(t) - 1):
        v = t[k]
        if not (v.endswith("ed") or v in _PAST_FORMS) or len(v) < 4 or _symmetric(v):
            continue
        s = t[k - 1]
        if s in _PERSON:
            if s not in _NOM:
                continue
            subj = _PERSON[s]
        elif s[0].isalpha() and s not in _NP_SKIP and s not in _NP_ENDS and s not in _AUX:
            if k < 2 or t[k - 2] not in _NP_SKIP:
                continue  # "the referee tripped": a determiner before the noun
            subj = s
        else:
            continue
        o = t[k + 1]
        if o in _PERSON and o in _NOM and o != "you":
            continue
        obj = _key(t, k + 1)
        if obj and obj != subj:
            out.add((_lemma(v), subj, obj))
    return out


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
    for v, s, o in cx:
        if "1s" not in (s, o) and "1p" not in (s, o):
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
