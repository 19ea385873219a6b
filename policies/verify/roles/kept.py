"""The same roles said in another voice: a passive with its by-phrase as the doer ("My sister
invited my fiance's mother" / "My fiance's mother was invited by my sister", "Who did the seller
outbid?" / "Who was outbid by the seller?") and a "to"-dative with its object as the receiver
("gave the appraiser my loan file" / "gave my loan file to the appraiser"). Read only when the
other side is exactly the rearranged words (pronouns by person, "I" / "me"): what the verb
does to whom is then the same, and the reorder is no swap.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.verify.roles.verbs import _PAST_FORMS
from policies.verify.text import Parsed

_TOKEN_RE = re.compile(r"[a-z0-9$'\-]+|[,;]")
_CASE = {"i": "me", "he": "him", "she": "her", "they": "them", "we": "us"}
_AUX = frozenset("is are was were be been being get gets got gotten getting".split())
_DO = frozenset(("do", "does", "did"))
_KEEP = frozenset(("keep", "keeps", "kept"))
_ONGOING = frozenset(("getting", "being"))
_WH = frozenset(("who", "whom", "what"))
_STRANDED = frozenset("at to with about on of for from into up off out over away back down".split())
_BREAK = frozenset(
    ", ; and or but if when because that which who whom is are was were to by".split()
)
_DATIVE = frozenset(
    """give gives gave given giving send sends sent sending hand hands handed lend lends lent
    show shows showed shown pass passes passed forward forwards forwarded email emailed mail
    mailed sell sells sold offer offers offered owe owes owed pay pays paid bring brings
    brought teach teaches taught loan loaned leave left throw threw feed fed""".split()
)
_NP_MAX = 6


def _tokens(p: Parsed) -> list[str]:
    return list(_tokenize(p.source))


@lru_cache(maxsize=16)
def _tokenize(source: str) -> tuple[str, ...]:
    """Lowercase words, "'s" kept, commas kept, pronouns by person ("I" -> "me")."""
    toks = _TOKEN_RE.findall(source.lower().replace("\u2019", "'"))
    return tuple(_CASE.get(t, t) for t in toks)


def _np(span: list[str]) -> bool:
    """A noun phrase: one to six words, none of them a clause or phrase boundary."""
    return 0 < len(span) <= _NP_MAX and _BREAK.isdisjoint(span)


def _same_verb(active: str, passive: str) -> bool:
    if active == passive:
        return True
    base = _PAST_FORMS.get(passive)
    if base is not None and (active == base or _PAST_FORMS.get(active) == base):
        return True
    return passive[: len(active)] == active and passive[len(active) :] in ("d", "ed", "n", "en")


def _ongoing(active: str, passive: str) -> bool:
    """ "blaming" / "blamed", "hissing" / "hissed"."""
    if not active.endswith("ing") or len(active) < 6:
        return False
    stem = active[:-3]
    return passive[: len(stem)] == stem and passive[len(stem) :] in ("ed", "d", "en", "n")


def _passive_kept(ta: list[str], tb: list[str]) -> bool:
    """``ta`` the active "X V Y S" (or "Who did X V S"), ``tb`` the passive "Y was V by X S"."""
    same = 0  # a lead both sides share ("I think ...")
    while same < len(ta) and same < len(tb) and ta[same] == tb[same]:
        same += 1
    return any(_passive_at(ta[p:], tb[p:]) for p in range(min(same, 4) + 1))


def _passive_at(ta: list[str], tb: list[str]) -> bool:
    n = len(tb)
    for i in range(1, n - 3):
        if tb[i] not in _AUX:
            continue
        keep = tb[i] in _ONGOING and tb[i - 1] in _KEEP  # "I keep getting blamed by X"
        v = tb[i + 1]
        j = i + 2
        while j < n and j < i + 4 and tb[j] in _STRANDED:
            j += 1
        if j >= n - 1 or tb[j] != "by":
            continue
        subj, parts, after = tb[: i - keep], tb[i + 2 : j], tb[j + 1 :]
        wh = len(subj) == 1 and subj[0] in _WH
        if not wh and not _np(subj):
            continue
        for size in range(1, min(_NP_MAX, len(after)) + 1):
            doer, rest = after[:size], after[size:]
            if not _np(doer):
                break
            if wh:  # "Who was outbid by the seller" / "Who did the seller outbid"
                if ta[:1] != subj or len(ta) < 3 or ta[1] not in _DO:
                    continue
                k = 2 + size
                if ta[2:k] != doer or k >= len(ta) or not _same_verb(ta[k], v):
                    continue
                if ta[k + 1 :] == parts + rest:
                    return True
                continue
            k = size
            if keep:  # "X keeps blaming Y" / "Y keeps getting blamed by X"
                if ta[:k] != doer or k + 1 >= len(ta) or ta[k] not in _KEEP:
                    continue
                k += 1
                if not _ongoing(ta[k], v):
                    continue
            elif ta[:k] != doer or k >= len(ta) or not _same_verb(ta[k], v):
                continue
            tail = ta[k + 1 :]
            if tail == parts + subj + rest or (parts and tail == subj + parts + rest):
                return True  # "X paid back Y" / "X paid Y back" / "Y was paid back by X"
    return False


def _dative_kept(ta: list[str], tb: list[str]) -> bool:
    """``ta`` "V R T S", ``tb`` "V T to R S" after the same words up to the verb."""
    if len(tb) != len(ta) + 1:
        return False
    for k, w in enumerate(ta):
        if w != tb[k]:
            return False
        if w not in _DATIVE:
            continue
        ma, mb = ta[k + 1 :], tb[k + 1 :]
        for t in range(1, len(mb) - 1):
            if mb[t] != "to":
                continue
            theme = mb[:t]
            if not _np(theme):
                break
            for size in range(1, min(_NP_MAX, len(mb) - t - 1) + 1):
                receiver = mb[t + 1 : t + 1 + size]
                if not _np(receiver):
                    break
                if ma == receiver + theme + mb[t + 1 + size :]:
                    return True
    return False


def roles_kept(a: Parsed, b: Parsed) -> bool:
    """The other side is this one in the other voice, with the same doer and receiver."""
    by_a, by_b = "by" in a.words, "by" in b.words
    to_a, to_b = a.words.count("to"), b.words.count("to")
    if by_a == by_b and to_a == to_b:
        return False
    if by_a != by_b and not _AUX.isdisjoint(b.words if by_b else a.words):
        ta, tb = _tokens(a), _tokens(b)
        if _passive_kept(ta, tb) if by_b else _passive_kept(tb, ta):
            return True
    if abs(to_a - to_b) != 1 or _DATIVE.isdisjoint(a.words):
        return False
    ta, tb = _tokens(a), _tokens(b)
    return _dative_kept(ta, tb) if to_b > to_a else _dative_kept(tb, ta)
