"""A gerund's doer named on one side only, the one it names put where the asker was: "Does
renting a car from my brother void my insurance?" / "Does my brother renting a car from me void
my insurance?", "Is hiring my cousin as a nanny legal?" / "Is my cousin hiring me as a nanny
legal?", "How do I deal with my fiance's best friend being jealous of me?" / "How do I deal
with being jealous of my fiance's best friend?" (a copula's gerund, round 80). One side says
"<V-ing> ... X ..." (the asker the doer, unsaid, or said as "me / my"), the other "X <V-ing>
... me ..." with X moved before the gerund and "me" (or "us") left where it was, every other
word in place.
"""

from __future__ import annotations

from policies.verify.text import Parsed
from policies.verify.words import stem

_ASKER = {"me": ("me", "my"), "us": ("us", "our")}  # the pronoun left, the doer said on the other
_LEADS = frozenset("my our his her their the a an".split())
_NP_MAX = 4
_MODS = frozenset("best old new own other older younger oldest youngest former".split())
_COPULA = frozenset(("being", "getting"))  # round 80: "my friend being jealous of me"


def gerund_doer_moved(a: Parsed, b: Parsed) -> bool:
    if _ASKER.keys().isdisjoint(a.words) and _ASKER.keys().isdisjoint(b.words):
        return False
    return _moved(a, b) or _moved(b, a)


def _moved(a: Parsed, b: Parsed) -> bool:
    """``b`` names the gerund's doer X ("my brother renting"), ``a`` has X after the gerund
    where ``b`` has "me"."""
    wa, wb = a.words, b.words
    if len(wa) - len(wb) not in (-1, 0):
        return False
    for g in range(2, len(wb)):
        ving = wb[g]
        if ving not in _COPULA and not (len(ving) > 5 and ving.endswith("ing") and b.canon[g]):
            continue
        for s in range(max(0, g - _NP_MAX), g - 1):
            x = wb[s:g]
            if not _np(b, s, g):
                continue
            pre = wb[:s]
            if wa[:s] != pre:
                continue
            rest_b = wb[g + 1 :]
            for said in (0, 1):  # the asker unsaid ("renting") or said ("me renting")
                if s + said >= len(wa) or wa[s + said] != ving:
                    continue
                lead = wa[s : s + said]
                for pron, owners in _ASKER.items():
                    if lead and lead[0] not in owners:
                        continue
                    if _left(wa[s + said + 1 :], rest_b, x, pron):
                        return True
    return False


def _np(p: Parsed, s: int, g: int) -> bool:
    """``p.words[s:g]`` is a noun phrase: a lead and nouns ("my brother", "the landlord")."""
    w = p.words
    if w[s] not in _LEADS or not p.canon[g - 1]:
        return False
    return all(p.canon[i] or w[i] in _MODS for i in range(s + 1, g))  # "my fiance's best friend"


def _left(rest_a: tuple[str, ...], rest_b: tuple[str, ...], x: tuple[str, ...], pron: str) -> bool:
    """``rest_b`` is ``rest_a`` with ``x`` said as ``pron``."""
    n = len(x)
    if len(rest_a) != len(rest_b) + n - 1:
        return False
    for q in range(len(rest_b)):
        if rest_b[q] != pron:
            continue
        if rest_a[q : q + n] == x and rest_a[:q] == rest_b[:q]:
            if rest_a[q + n :] == rest_b[q + 1 :]:
                return True
    return False


# Role pass 31 (red team 11): the same with an infinitive, "Is it legal to photograph police
# officers?" / "Is it legal for police officers to photograph me?": one side "to V X ..." (the
# asker the doer, unsaid), the other "for X to V me ...", every other word in place. "for me to
# V X" names the asker and is left.
_INF_ASKER = frozenset(("me", "us"))


def infinitive_doer_moved(a: Parsed, b: Parsed) -> bool:
    if "for" not in a.words and "for" not in b.words:
        return False
    if _INF_ASKER.isdisjoint(a.words) and _INF_ASKER.isdisjoint(b.words):
        return False
    return _inf_moved(a.words, b.words) or _inf_moved(b.words, a.words)


def _inf_moved(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``y`` says "for X to V me", ``x`` "to V X" in its place."""
    for f, w in enumerate(y):
        if w != "for" or y[:f] != x[:f] or x[f : f + 1] != ("to",):
            continue
        for e in range(1, _NP_MAX + 1):
            t = f + 1 + e
            if t + 2 >= len(y) or y[t] != "to" or "to" in y[f + 1 : t]:
                continue
            who, verb, obj = y[f + 1 : t], y[t + 1], y[t + 2]
            if obj not in _INF_ASKER or who[0] in _INF_ASKER or who[0] in ("i", "we"):
                continue
            if x[f + 1 :] == (verb, *who, *y[t + 3 :]):
                return True
    return False


# Role pass 121 (blind rounds 255-257): whose side advice is for. "Any tips for a young coach
# training a crew of older paddlers?" / "Any tips for older paddlers being trained by a young
# coach?": the same event, but the advice is for the doer on one side ("for X V-ing Y") and for
# the one it is done to on the other ("for Y being V-ed by X"). Only after a noun of advice
# (advice is addressed to the phrase after "for"); "the penalty for X V-ing Y" names the event.
_ADVICE = frozenset(
    """tips tip advice suggestions suggestion ideas idea help guidance recommendations pointers
    strategies strategy resources support hacks""".split()
)
_GERUND_LINKS = frozenset(("who", "that", "is", "are", "was", "were"))
_NP_ENDS = frozenset("? . , ! ; and or but when while if because so".split())


def advised_party_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 121: "N for X V-ing Y" / "N for Y being V-ed by X", N a noun of advice: the
    one advised traded (the same party on both ends of the verb, "X training X", is left)."""
    if "for" not in a.words or "for" not in b.words or _ADVICE.isdisjoint(a.words):
        return False
    pa, pb = "being" in a.words and "by" in a.words, "being" in b.words and "by" in b.words
    if pa == pb:
        return False
    return _advised(b.words, a.words) if pa else _advised(a.words, b.words)


def _advised(act: tuple[str, ...], pas: tuple[str, ...]) -> bool:
    """``act`` says "N for X V-ing ... Y ...", ``pas`` "N for Y being V-ed by X"."""
    for f in range(1, len(pas) - 4):
        if pas[f] != "for" or act[: f + 1] != pas[: f + 1]:
            continue
        if _ADVICE.isdisjoint(pas[max(0, f - 2) : f]):
            continue
        g = next(
            (i for i in range(f + 2, min(f + 2 + _NP_MAX, len(pas) - 2)) if pas[i] == "being"), 0
        )
        if not g:
            continue
        # a prepositional verb's particle ("being cared for by X" / "X caring for Y")
        prep = pas[g + 2 : g + 3] if pas[g + 2] != "by" else ()
        if pas[g + 2 + len(prep) : g + 3 + len(prep)] != ("by",):
            continue
        undergoer, root = pas[f + 1 : g], stem(pas[g + 1])
        end = g + 3 + len(prep)
        while end < len(pas) and pas[end] not in _NP_ENDS:
            end += 1
        doer = pas[g + 3 + len(prep) : end]
        n = len(doer)
        if not doer or n > _NP_MAX or act[f + 1 : f + 1 + n] != doer:
            continue
        v = f + 1 + n
        while v < len(act) and act[v] in _GERUND_LINKS:
            v += 1
        if v >= len(act) or not act[v].endswith("ing") or stem(act[v]) != root:
            continue
        if act[v + 1 : v + 1 + len(prep)] != prep:
            continue
        v += len(prep)
        if _head(undergoer) == _head(doer) or _head(undergoer) not in {
            _head((w,)) for w in act[v + 1 : v + 1 + 2 * _NP_MAX]
        }:
            continue
        return True
    return False


def _head(np: tuple[str, ...]) -> str:
    w = np[-1] if np else ""
    return w[:-1] if w.endswith("s") and len(w) > 3 else w
