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

from policies.verify.lexicon import TIME_WORDS
from policies.verify.roles.verbs import _PAST_FORMS
from policies.verify.roles.whose_move import strategy_get_passive_traded
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
_PLACES = frozenset(
    """door doors doorstep window windows gate shore beach roadside curb fireplace pool bed
    stairs entrance exit sink counter desk mailbox dumpster""".split()
)
_AMOUNT = re.compile(r"[0-9]")
_ARTICLES = frozenset(("a", "an", "the", "my", "our", "his", "her", "their", "your"))


def _tokens(p: Parsed) -> list[str]:
    return list(_tokenize(p.source))


_CLAUSE_END = re.compile(r"\s*(?:;|(?<=[a-z0-9])\.(?=\s))\s*")
"""A clause's end, whatever marks it: "; " and ". " read as ", " (round 64: "Our deposit was
lost by the venue; what can we do?" / "The venue lost our deposit. What can we do?")."""


@lru_cache(maxsize=16)
def _tokenize(source: str) -> tuple[str, ...]:
    """Lowercase words, "'s" kept, commas kept (a clause's end read as one), pronouns by
    person ("I" -> "me")."""
    source = _CLAUSE_END.sub(", ", source.lower().replace("\u2019", "'"))
    toks = _TOKEN_RE.findall(source)
    return tuple(_CASE.get(t, t) for t in toks)


def _measured(toks: list[str]) -> list[str]:
    """The tokens without a "by" before an amount ("overcharged me by $400")."""
    if not toks:
        return []  # an empty side: no "by" to drop
    return [
        t
        for t, nxt in zip(toks, [*toks[1:], ""], strict=True)
        if t != "by" or not _AMOUNT.search(nxt)
    ]


def _np(span: list[str]) -> bool:
    """A noun phrase: one to six words, none of them a clause or phrase boundary."""
    return 0 < len(span) <= _NP_MAX and _BREAK.isdisjoint(span)


def _theme(span: list[str]) -> bool:
    """A dative's theme: a noun phrase, maybe with a "to" phrase ("access to the pool")."""
    return (
        0 < len(span) <= _NP_MAX + 2
        and span[0] != "to"
        and _BREAK.isdisjoint(w for w in span if w != "to")
    )


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
        for m in range(j, min(n - 1, i + _PARTS_MAX)):
            if tb[m] == "by" or tb[m] in _BREAK:
                j = m  # "filed against my brother by X", "overcharged $400 by X"
                break
        if j < n - 1 and tb[j] == "by" and j + 5 < n and tb[j + 1] in _ARTICLES:
            second = tb.index("by", j + 1) if "by" in tb[j + 1 : j + 6] else -1
            if second > 0:  # "I was replaced by a new member by the group leader"
                j = second
        if j >= n - 1 or tb[j] != "by":
            continue
        subj, parts, after = tb[: i - keep], tb[i + 2 : j], tb[j + 1 :]
        wh = len(subj) == 1 and subj[0] in _WH
        if not wh and not _np(subj):
            continue
        for size in range(1, min(_NP_MAX, len(after)) + 1):
            doer, rest = after[:size], after[size:]
            if not _np(doer) or (doer[-1] in _PLACES and doer[0] == "the"):
                break  # "left by the door": a place, no doer
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
                if doer[0] in _OWNER_OBJECT and _owner_named(ta, doer, subj, parts, rest, v):
                    return True
                continue
            tail = ta[k + 1 :]
            if tail == parts + subj + rest or (parts and tail == subj + parts + rest):
                return True  # "X paid back Y" / "X paid Y back" / "Y was paid back by X"
            if parts[:1] == ["by"] and tail == [*subj, "with", *parts[1:], *rest]:
                # "X replaced me with Y" / "I was replaced by Y by X"; not "by Friday"
                if _same_verb("replace", v) and TIME_WORDS.isdisjoint(parts):
                    return True
    return False


_OWNER_OBJECT = {"his": "him", "her": "her", "their": "them"}
_OWNER_MAX = 4
_PARTS_MAX = 8
_CLAUSE_MAX = 6
_REL = frozenset(("who", "that", "which"))
_CONDITIONS = frozenset(("if", "when", "since", "because", "that"))


def _owner_named(
    ta: list[str], doer: list[str], subj: list[str], parts: list[str], rest: list[str], v: str
) -> bool:
    """The doer named by a pronoun for someone the passive names: "My brother's girlfriend
    filed a report against him" / "A report was filed against my brother by his girlfriend",
    "My son's coach benched him" / "My son was benched by his coach"."""
    obj = _OWNER_OBJECT[doer[0]]
    for said in (subj + parts, parts + subj):
        for s in range(len(said)):
            if said[s] not in _ARTICLES:
                continue
            for e in range(s + 2, min(s + _OWNER_MAX, len(said)) + 1):
                owner = said[s:e]
                if not _np(owner):
                    break
                named = [*owner[:-1], owner[-1] + "'s", *doer[1:]]
                k = len(named)
                if ta[:k] != named or k >= len(ta) or not _same_verb(ta[k], v):
                    continue
                if ta[k + 1 :] == [*said[:s], obj, *said[e:], *rest]:
                    return True
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
            if not _theme(theme):
                break
            for size in range(1, min(_NP_MAX + _CLAUSE_MAX, len(mb) - t - 1) + 1):
                receiver = mb[t + 1 : t + 1 + size]
                if not _np(receiver) and not _relative(receiver):
                    if size > _NP_MAX or not _REL.intersection(receiver):
                        break
                    continue
                tail = mb[t + 1 + size :]
                if ma == receiver + theme + tail and (tail[:1] != ["to"] or _verb_after(tail)):
                    return True  # not "a referral to X to Y": Y may be the receiver
    return False


def _verb_after(tail: list[str]) -> bool:
    """ "to wear", not "to my coworker"."""
    return len(tail) > 1 and tail[1] not in _ARTICLES and tail[1] not in _CASE.values()


def _relative(span: list[str]) -> bool:
    """A noun phrase with a relative clause: "my neighbour who just moved in"."""
    for r, w in enumerate(span):
        if w in _REL:
            return r > 0 and _np(span[:r]) and "," not in span and ";" not in span
    return False


def _dative_moved(ta: list[str], tb: list[str]) -> bool:
    """The statement moved after its question, its dative said the other way: "My landlord
    gave my neighbour my spot, what can I do?" / "What can I do if my landlord gave my spot
    to my neighbour?"."""
    if ta.count(",") != 1 or "," in tb:
        return False
    c = ta.index(",")
    state, ask = ta[:c], ta[c + 1 :]
    n = len(ask)
    if ask[:2] == ["is", "that"] and tb[:2] == ["is", "it"]:  # "is that legal" / "is it legal if"
        ask = ["is", "it", *ask[2:]]
    if not ask or tb[:n] != ask or n >= len(tb) or tb[n] not in _CONDITIONS:
        return False
    rest = tb[n + 1 :]
    return _dative_kept(state, rest) or _dative_kept(rest, state)


def roles_kept(a: Parsed, b: Parsed) -> bool:
    """The other side is this one in the other voice, with the same doer and receiver."""
    by_a, by_b = "by" in a.words, "by" in b.words
    to_a, to_b = a.words.count("to"), b.words.count("to")
    if by_a and by_b and _AMOUNT.search(a.source) and _AMOUNT.search(b.source):
        # "X overcharged me by $400" / "I was overcharged $400 by X": a measure's "by"
        ta, tb = _measured(_tokens(a)), _measured(_tokens(b))
        if ("by" in ta) != ("by" in tb) and (
            _passive_kept(ta, tb) if "by" in tb else _passive_kept(tb, ta)
        ):
            return True
    if by_a == by_b and to_a == to_b:
        return False
    if by_a != by_b and not _AUX.isdisjoint(b.words if by_b else a.words):
        ta, tb = _tokens(a), _tokens(b)
        if _passive_kept(ta, tb) if by_b else _passive_kept(tb, ta):
            # role pass 168: "How can X V Y?" / "How can Y get V-ed by X?": whose move traded
            return not strategy_get_passive_traded(a, b)
    if abs(to_a - to_b) != 1 or _DATIVE.isdisjoint(a.words):
        return False
    ta, tb = _tokens(a), _tokens(b)
    if _dative_kept(ta, tb) if to_b > to_a else _dative_kept(tb, ta):
        return True
    return _dative_moved(ta, tb) or _dative_moved(tb, ta)


def voice_only(a: Parsed, b: Parsed, only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """The words one side lacks are one verb's forms ("sue" / "sued", "buy" / "bought") and
    the other side is this one in the other voice with the same doer and receiver ("Who did
    the band's manager sue?" / "Who was sued by the band's manager?"): no word substituted."""
    if len(only_a) != 1 or len(only_b) != 1:
        return False
    (x,), (y,) = only_a, only_b
    if not (_same_verb(x, y) or _same_verb(y, x) or _same_surface(a, x, b, y)):
        return False
    return roles_kept(a, b)


def _same_surface(a: Parsed, x: str, b: Parsed, y: str) -> bool:
    """The two canonical forms stand for one verb form as written: "lost" in "The carrier
    lost my pallet" and "los" in "My pallet was lost by the carrier" (a participle's stem)."""
    xs = {w for w, c in zip(a.words, a.canon, strict=False) if c == x}
    ys = {w for w, c in zip(b.words, b.canon, strict=False) if c == y}
    return any(u == v or _same_verb(u, v) or _same_verb(v, u) for u in xs for v in ys)
