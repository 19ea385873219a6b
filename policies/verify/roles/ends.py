"""The first participant and the phrase after "by" or "than" traded: "Why was I passed over
for promotion by a soldier with less time in grade?" / "Why was a soldier with less time in
grade passed over for promotion by me?", "My translator is paid more than me" / "I am paid
more than my translator". The phrase after the marker runs to the end of its clause; the
other is found before the marker, and the rest is word for word the same (persons read in
one case, "am / is / are" as one)."""

from __future__ import annotations

import re

from policies.verify.text import Parsed

_TOKEN_RE = re.compile(r"[a-z0-9'\-]+|[,;?.!\u2013\u2014]")
_CASE = {
    "me": "i",
    "him": "he",
    "them": "they",
    "us": "we",
    "am": "is",
    "are": "is",
    "were": "was",
    "i'm": "i is",
}
# role pass 74: a dash between the statement and the question ("than my partner - what should
# I ...?") ends the compared phrase as a comma does
_ENDS = frozenset((*",;?.!", "-", "--", "\u2013", "\u2014"))
_MARKERS = ("by", "than")
# "Is tea different than coffee": either order asks the same
_BOTH_WAYS = frozenset("different other rather".split())
_SPAN_MAX = 9


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for t in _TOKEN_RE.findall(text.lower().replace("\u2019", "'")):
        out.extend(_CASE.get(t, t).split())
    return out


def _tail(toks: list[str], m: int) -> int:
    end = m + 1
    while end < len(toks) and toks[end] not in _ENDS:
        end += 1
    return end


def _traded(ta: list[str], tb: list[str], marker: str) -> bool:
    if ta.count(marker) != 1 or tb.count(marker) != 1:
        return False
    m, n = ta.index(marker), tb.index(marker)
    if m < 2 or (marker == "than" and ta[m - 1] in _BOTH_WAYS):
        return False
    end_a, end_b = _tail(ta, m), _tail(tb, n)
    ya, yb = ta[m + 1 : end_a], tb[n + 1 : end_b]
    if not ya or not yb or ya == yb or len(ya) > _SPAN_MAX or len(yb) > _SPAN_MAX:
        return False
    if _placed(ta, tb, m, ya, yb, ta[end_a:]):
        return True
    # round 90: a phrase after the compared one, the same on both sides ("I was paid less than
    # the other babysitter for the same night" / "The other babysitter was paid less than me for
    # the same night"): the compared one ends before a preposition both sides say after it
    for k in range(1, len(ya)):
        rest = ya[k:]
        joined = marker == "than" and rest[0] in _AND
        if not (rest[0] in _PREPS or joined) or len(yb) <= len(rest) or yb[-len(rest) :] != rest:
            continue
        if _placed(ta, tb, m, ya[:k], yb[: -len(rest)], rest + ta[end_a:]):
            return True
    return False


_PREPS = frozenset("for in at on during over with from since after before".split())
# role pass 31: "My partner is 20 years older than me and slower" / "I'm 20 years older than my
# partner and slower": a second predicate joined by "and" after the compared one ("than" only:
# "by X and Y" names two doers)
_AND = frozenset(("and",))


def _placed(
    ta: list[str], tb: list[str], m: int, ya: list[str], yb: list[str], tail: list[str]
) -> bool:
    size = len(yb)
    for s in range(m - size):
        if ta[s : s + size] != yb:
            continue
        if ta[:s] + ya + ta[s + size : m + 1] + yb + tail == tb:
            return True
    return False


def end_traded(a: Parsed, b: Parsed) -> bool:
    """X ... by / than Y on one side, Y ... by / than X on the other."""
    sa, sb = a.source.lower(), b.source.lower()
    for marker in _MARKERS:
        if f" {marker} " not in sa or f" {marker} " not in sb:
            continue
        ta, tb = _tokens(a.source), _tokens(b.source)
        if _traded(ta, tb, marker) or _traded(tb, ta, marker):
            return True
        if len(ta) == len(tb):  # round 93: "my partner gets more than me" / "I get more than"
            ta, tb = _agreed(ta), _agreed(tb)
            if _traded(ta, tb, marker) or _traded(tb, ta, marker):
                return True
    return False


_AGREED = {"has": "have", "does": "do", "goes": "go"}


def _agreed(toks: list[str]) -> list[str]:
    """A verb's third person "-s" dropped, as its subject's person changes with the trade."""
    out = []
    for t in toks:
        if t in _AGREED:
            t = _AGREED[t]
        elif len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is", "'s")):
            t = t[:-1]
        out.append(t)
    return out


_PRONOUN = {
    "she": "@she",
    "her": "@she",
    "he": "@he",
    "him": "@he",
    "they": "@they",
    "them": "@they",
}
_SUBJECT = frozenset(("she", "he", "they"))
_DETS = frozenset("the my our your a an this that".split())
_NOT_VERBS = frozenset("and or but is was are were to of for with that who which".split())


def _pronoun_first(wa: list[str], wb: list[str]) -> bool:
    """wa "... X V her ...", wb "... she V X ...": X a noun phrase (a determiner and up to
    three words), V one word, the rest the same."""
    for i, w in enumerate(wb[:-2]):
        if w not in _SUBJECT or not wb[i + 1].isalpha() or wb[i + 1] in _NOT_VERBS:
            continue
        v = wb[i + 1]
        for size in range(2, 5):
            x = wb[i + 2 : i + 2 + size]
            if len(x) < size or x[0] not in _DETS:
                break
            pre, post = wb[:i], wb[i + 2 + size :]
            n = len(pre)
            if wa[:n] != pre or wa[n : n + size] != x or len(wa) < n + size + 2:
                continue
            if wa[n + size].rstrip("s") != v.rstrip("s"):
                continue
            if _PRONOUN.get(wa[n + size + 1]) == _PRONOUN[w] and wa[n + size + 2 :] == post:
                return True
    return False


# role pass 31: "my servicer says it owes me $4,000" / "my servicer says I owe it $4,000": two
# pronouns around one verb in each other's places ("it" and "you" have one form for both)
_SUBJ = {"i": "i", "we": "we", "he": "he", "she": "she", "they": "they", "it": "it", "you": "you"}
_OBJ = {"me": "i", "us": "we", "him": "he", "her": "she", "them": "they", "it": "it", "you": "you"}
_SAME_BOTH = frozenset(
    "meet meets met marry marries married date dates dated resemble resembles resembled match "
    "matches matched know knows knew like likes liked love loves loved see sees saw".split()
)


def _reversed_at(wa: tuple[str, ...], wb: tuple[str, ...], i: int) -> bool:
    if i + 3 > len(wa):
        return False
    sa, va, oa = wa[i : i + 3]
    sb, vb, ob = wb[i : i + 3]
    if sa not in _SUBJ or oa not in _OBJ or sb not in _SUBJ or ob not in _OBJ:
        return False
    if _SUBJ[sa] == _OBJ[oa] or _SUBJ[sa] != _OBJ[ob] or _SUBJ[sb] != _OBJ[oa]:
        return False
    if va in _SAME_BOTH or vb in _SAME_BOTH or not va.isalpha():
        return False
    return (
        va == vb
        or va.rstrip("s") == vb.rstrip("s")
        or _AGREED.get(va) == vb
        or _AGREED.get(vb) == va
    )


def pronouns_reversed(a: Parsed, b: Parsed) -> bool:
    """ "it owes me" / "I owe it": the rest word for word the same."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    apart = [k for k in range(len(wa)) if wa[k] != wb[k]]
    if not apart or apart[-1] - apart[0] > 2:
        return False
    return any(_reversed_at(wa, wb, i) for i in range(max(0, apart[-1] - 2), apart[0] + 1))


def pronoun_traded(a: Parsed, b: Parsed) -> bool:
    """ "the streamer owes her money" / "she owes the streamer money": "she" before the verb
    is never the noun phrase after it, so the two traded places."""
    wa, wb = list(a.words), list(b.words)
    return _pronoun_first(wa, wb) or _pronoun_first(wb, wa)
