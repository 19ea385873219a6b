"""A dative's receiver traded with its theme's owner: "My coach gave my teammate my training
plan" / "My coach gave me my teammate's training plan", "gave my draft to my coauthor" / "gave
my coauthor's draft to me". Each side is read after a giving verb into the receiver (the first
object, or the phrase after "to") and the theme (its owner, a possessive pronoun or the last
"X's", and its last word); a tail after the phrases ("is that okay?") is left alone. The
receiver on one side made the theme's owner on the other, the receiver changed too, is a trade
whoever the other owner is ("gave my insurer his policy number" / "gave me my insurer's policy
number").

Round 65: the same theme given to another receiver, each receiver named on the other side,
is a trade too ("The admin gave our opponents the default win" / "The admin gave us the default
win over our opponents").
"""

from __future__ import annotations

import re

from policies.verify.roles.clauses import CONTRACTED
from policies.verify.roles.kept import _DATIVE, _tokens
from policies.verify.roles.written import AUX, COPULA, MARKS, NOMINATIVE, tokens
from policies.verify.text import Parsed, parse

_OBJ = frozenset("me him her them us you".split())
_POSS = {"my": "me", "his": "him", "her": "her", "their": "them", "our": "us", "your": "you"}
_LEADS = frozenset(("the", "a", "an", "this", "that", *_POSS))
_ENDS = frozenset(
    ", ; to for with in on at about of from by back and or but is are was were if when"
    " while before after since because until unless so".split()
)
_NP_MAX = 5

Reading = tuple[str, str, str, str]  # (verb, receiver, theme owner, theme head)


def _phrase(toks: list[str], i: int, stop_at_lead: bool) -> int:
    """The end of the noun phrase starting at ``i`` (a pronoun, or words up to a boundary;
    in a double object the first phrase ends where the next starts)."""
    if i >= len(toks):
        return i
    if toks[i] in _OBJ:
        return i + 1
    j = i + 1
    while j < len(toks) and j - i < _NP_MAX and toks[j] not in _ENDS:
        if stop_at_lead and toks[j] in _LEADS and not toks[j - 1].endswith("'s"):
            break
        j += 1
    return j


def _key(span: list[str]) -> str:
    last = span[-1]
    if last in _OBJ:
        return last
    return last[:-2] if last.endswith("'s") else last


def _theme(span: list[str]) -> tuple[str, str] | None:
    """(owner, head) of the theme: "my teammate's training plan" -> teammate, plan."""
    if not span or span[-1].endswith("'s") or span[-1] in _OBJ:
        return None
    owner = _POSS.get(span[0], "")
    for w in span[:-1]:
        if w.endswith("'s") and len(w) > 2 and w[:-2] not in CONTRACTED:
            owner = w[:-2]
    return (owner, span[-1]) if owner else None


def _readings(toks: list[str]) -> list[Reading]:
    out = []
    for k, v in enumerate(toks):
        if v not in _DATIVE:
            continue
        i = k + 1
        e1 = _phrase(toks, i, True)
        if e1 == i:
            continue
        if e1 < len(toks) and toks[e1] == "to":  # "gave my draft to my coauthor"
            e2 = _phrase(toks, e1 + 1, False)
            theme, receiver = toks[i:e1], toks[e1 + 1 : e2]
        else:
            e2 = _phrase(toks, e1, False)
            receiver, theme = toks[i:e1], toks[e1:e2]
        t = _theme(theme)
        if t is not None and receiver:
            out.append((v, _key(receiver), *t))
    return out


def dative_owner_trade(a: Parsed, b: Parsed) -> bool:
    """The same verb and theme, with the receiver on one side the theme's owner on the other
    and the other way round."""
    if a.content != b.content or a.words == b.words:
        return False
    if _DATIVE.isdisjoint(a.words):
        return False
    ra, rb = _readings(_tokens(a)), _readings(_tokens(b))
    for verb, receiver, owner, head in ra:
        for verb_b, receiver_b, owner_b, head_b in rb:
            if verb != verb_b or head != head_b or receiver == receiver_b:
                continue
            if receiver == owner_b and owner == receiver_b:
                return True
            if owner != owner_b and (receiver == owner_b or owner == receiver_b):
                return True  # "gave my insurer his number" / "gave me my insurer's number"
    return False


_NAMES = {
    "me": frozenset(("i", "me", "my", "mine")),
    "us": frozenset(("we", "us", "our", "ours")),
    "him": frozenset(("he", "him", "his")),
    "her": frozenset(("she", "her", "hers")),
    "them": frozenset(("they", "them", "their", "theirs")),
}
_STOPS = _ENDS | AUX | COPULA | MARKS | frozenset(("over", "instead"))


def _given(toks: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(verb, receiver, theme head) per giving verb: "gave our opponents the default win" ->
    gave, opponents, win; "gave the win to us" -> gave, us, win. Each a noun phrase (not "show
    my girlfriend I love her")."""
    out = []
    n = len(toks)
    for k, v in enumerate(toks[:-2]):
        if v not in _DATIVE:
            continue
        i = k + 1
        e1 = i + 1 if toks[i] in _OBJ else _np_end(toks, i)
        if e1 == i or e1 >= n:
            continue
        if toks[e1] == "to":  # "gave the win to us"
            e2 = e1 + 2 if e1 + 1 < n and toks[e1 + 1] in _OBJ else _np_end(toks, e1 + 1)
            theme, receiver = toks[i:e1], toks[e1 + 1 : e2]
        else:  # "gave our opponents the win"
            e2 = _np_end(toks, e1)
            receiver, theme = toks[i:e1], toks[e1:e2]
        if theme and receiver and theme[-1] not in _OBJ and theme[0] in _THEME_LEADS:
            out.append((v, _key(list(receiver)), theme[-1]))
    return out


_THEME_LEADS = frozenset("the a an my our your his her their".split())


def _np_end(toks: tuple[str, ...], i: int) -> int:
    """The end of a noun phrase led by a determiner or an owner at ``i`` (``i``: none)."""
    if i >= len(toks) or toks[i] not in _THEME_LEADS:
        return i
    j = i + 1
    while j < len(toks) and j - i <= _NP_MAX and toks[j] not in _STOPS:
        if toks[j] in _THEME_LEADS and not toks[j - 1].endswith("'s"):
            break  # the next phrase
        if toks[j] in NOMINATIVE or toks[j] in _OBJ or toks[j] in _CLAUSE:
            return i  # a clause, not a noun phrase
        j += 1
    return j if j > i + 1 else i


_CLAUSE = frozenset(("that", "this", "how", "what", "why", "where", "when", "who"))


def _named(key: str, toks: tuple[str, ...]) -> bool:
    names = _NAMES.get(key)
    if names is not None:
        return not names.isdisjoint(toks)
    return key in toks or key + "'s" in toks


def receiver_changed(a: Parsed, b: Parsed) -> bool:
    """The same verb and theme given to another receiver, each receiver named on the other
    side: "The admin gave our opponents the default win" / "The admin gave us the default win
    over our opponents" (who got it, turned round)."""
    if _DATIVE.isdisjoint(a.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    gb = _given(tb)
    if not gb:
        return False
    for verb, receiver, theme in _given(ta):
        for verb_b, receiver_b, theme_b in gb:
            if verb != verb_b or theme != theme_b or receiver == receiver_b:
                continue
            if _named(receiver, tb) and _named(receiver_b, ta):
                return True
    return False


# Round 87: "gave him fleas" against "gave fleas to the dog he was boarded with": the double
# object said with "to" as the other side says it, so the two whole phrases can be compared.
_GIVING = (
    "give|gives|gave|giving|given|send|sends|sent|lend|lends|lent|sell|sells|sold|hand|hands|"
    "handed|pass|passes|passed|show|shows|showed|owe|owes|owed|pay|pays|paid|offer|offers|"
    "offered|bring|brings|brought|teach|teaches|taught|throw|throws|threw"
)
_GIVING_WORDS = frozenset(_GIVING.split("|"))
_DOUBLE_RE = re.compile(
    rf"\b({_GIVING}) (him|her|them|me|us) ((?:(?:a|an|the|some|my|his|her|their|our) )?[a-z]+)\b"
    r"(?! to\b)",
    re.IGNORECASE,
)


def to_dative(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """The pair with one side's "V him T" said "V T to him" where the other side says "V T to";
    or None."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "to" not in y.words or _GIVING_WORDS.isdisjoint(x.words):
            continue
        m = _DOUBLE_RE.search(x.source)
        if m is None:
            continue
        theme = m.group(3)
        if not re.search(rf"\b{m.group(1)} {re.escape(theme)} to\b", y.source, re.IGNORECASE):
            continue
        z = parse(
            x.source[: m.start()] + f"{m.group(1)} {theme} to {m.group(2)}" + x.source[m.end() :]
        )
        return (y, z) if flip else (z, y)
    return None


# Round 85: "gave my parking space to the new owner downstairs" / "gave the parking space of the
# new owner downstairs to me": the owner said with "of" read as "the new owner downstairs's
# parking space" where the other side says "my parking space", so the owner and the receiver
# trading places is read as in "gave my T to X" / "gave X's T to me".
_OF_OWNER_RE = re.compile(
    r"\bthe ((?:[a-z]+ )?[a-z]+) of ((?:the|a|an|his|her|their|our) (?:[a-z]+ ){0,2}[a-z]+)"
    r"(?= (?:to|for|from|with)\b)",
    re.IGNORECASE,
)


def of_owner_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """The pair with one side's "the T of X" said "X's T" where the other side says "my T"; or
    None."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "of" not in x.words or "my" not in y.words:
            continue
        m = _OF_OWNER_RE.search(x.source)
        if m is None or f"my {m.group(1).lower()}" not in y.source.lower():
            continue
        z = parse(x.source[: m.start()] + f"{m.group(2)}'s {m.group(1)}" + x.source[m.end() :])
        return (y, z) if flip else (z, y)
    return None


# Role pass 105 (round 237): a double object said as one run of nouns after the giving verb,
# the receiver and the noun that says whose or what kind the theme is exchanged ("Is it safe to
# feed my chickens tilapia guts?" / "... feed my tilapia chicken guts?", "Can I feed my dog cat
# food?" / "... my cat dog food?", "give my rabbits guinea pig pellets" / "give my guinea pigs
# rabbit pellets"): who eats and what the food was made from or for, traded.
_FEEDING = _DATIVE | frozenset(
    """feeds feeding serve serves served serving buy buys bought buying cook cooks cooked
    cooking""".split()
)
_RUN_LEADS = frozenset("my our your his her their the a an some".split())
_RUN_MAX = 5  # receiver, modifier and head: "guinea pigs rabbit pellets"


def compound_receiver_traded(a: Parsed, b: Parsed) -> bool:
    """ "V (my) R M H" / "V (my) M R H": the same verb, lead, head and words around, the run
    before the head two spans exchanged (a noun in the plural or not), none a function word."""
    if len(a.words) != len(b.words) or a.words == b.words or a.content != b.content:
        return False
    if _FEEDING.isdisjoint(a.words):
        return False
    wa, wb = a.words, b.words
    for v, w in enumerate(wa[:-3]):
        if w not in _FEEDING or wb[v] != w:
            continue
        s = v + 2 if wa[v + 1] in _RUN_LEADS else v + 1
        if wa[:s] != wb[:s]:
            continue
        e = s
        while e < len(wa) and e - s < _RUN_MAX and a.canon[e] and b.canon[e]:
            e += 1
        if e - s < 3 or (e < len(wa) and a.canon[e]) or wa[e:] != wb[e:]:
            continue  # a run of three to five nouns, ending where both sides end it
        ra, rb = a.canon[s : e - 1], b.canon[s : e - 1]
        if a.canon[e - 1] != b.canon[e - 1] or ra == rb:
            continue
        for k in range(1, len(ra)):
            if ra[:k] == rb[len(ra) - k :] and ra[k:] == rb[: len(ra) - k]:
                return True
    return False
