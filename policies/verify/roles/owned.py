"""Owners traded between two participants: the same noun owned by one person on one side and
by another on the other, each owner a participant of its own on the other side.

"The professor blamed me for my teammate's plagiarism" / "blamed my teammate for my
plagiarism", "The admin gave the scammer my items back" / "gave me the scammer's items back",
"My stepdad's daughter is his primary caregiver" / "My stepdad is his daughter's primary
caregiver", "The man who robbed my store" / "The man whose store I robbed". A possessive
pronoun "his / her / their" is read as the first person named, an object "him / her / them"
as the owner in the first noun phrase ("The coach's nephew's favorite player is him").
"The laptop of the man next to me" reads as "the man's laptop" (round 65: "The man next to me
spilled coffee on my laptop" / "I spilled coffee on the laptop of the man next to me"), and a
hyphened word after a noun is no part of its phrase ("my laptop mid-flight").

Role pass 85 (blind rounds 212-214): ``owners_crossed`` reads a "his / her / their" owner as the
noun owner the other side says, where its own side names that noun ("My nanny's car was damaged
while she was driving my kids. Does my insurance cover it?" / "My car was damaged while my nanny
was driving it. Does her insurance cover it?"); two owners of one side that may be one person
("my nanny's car ... her insurance") are no crossing.

Role pass 100 (blind round 232): ``doer_owner_traded`` reads the owner of the doer and the owner
of what it acts on traded around the same predicate, the doer owned by another party ("X whose
N", "X's N") on one side and by the asker ("my / our N") on the other, what it acts on the
asker's ("mine", "my M") on the first and that party's ("X's", "X's M") on the second, the
words around free ("How do I handle a player whose character keeps stealing from mine?" / "...
if my character keeps stealing from another player's character?", "a neighbor whose dog keeps
digging under my fence" / "my dog keeps digging under my neighbor's fence").
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.roles.one_relatives import _tokens
from policies.verify.roles.recast import MUTUAL, owned_tokens
from policies.verify.roles.tokens import _SYMMETRIC, _WITH_SYMMETRIC, _first_np, _first_owner
from policies.verify.roles.verbs import _BARE_FORMS, _NOT_NOUNS, _POSSESSIVES, _content
from policies.verify.text import Parsed
from policies.verify.words import stem

_THIRD_POSS = frozenset(("his", "their"))
_THIRD_OBJ = frozenset(("him", "them"))
_PERSON_HEADS = frozenset("i me we us you".split())
_RUN_MAX = 3
_TIME = frozenset("last next this every each yesterday today tonight tomorrow".split())
_ASKER = frozenset(("@first", "@first_plural"))
_UNRESOLVED = frozenset(("@he", "@she", "@they"))
_BREAKS = frozenset("is are was were be been am do does did and or but that who which".split())


def _head_key(p: Parsed, span: tuple[int, int] | None, fallback: str) -> str:
    if span is None or span[1] - 1 < span[0] or not p.canon[span[1] - 1]:
        return fallback
    return p.canon[span[1] - 1]


def _marked(p: Parsed, text: str, i: int) -> bool:
    w = p.words[i]
    return w + "'s " in text or (w.endswith("s") and w + "' " in text)


def _noun(p: Parsed, text: str, i: int) -> bool:
    """A noun here: a content word, or a table verb's form owning the next ("the coach's")."""
    if _content(p, i):
        return True
    w = p.words[i]
    return bool(p.canon[i]) and w not in _NOT_NOUNS and "'" in text and _marked(p, text, i)


def _runs_on(p: Parsed, text: str, j: int) -> bool:
    """The noun run goes on to ``j + 1``: a noun, not a verb form or a time word ("my
    girlfriend flirted", "her sister last weekend")."""
    nxt = p.words[j + 1]
    if _marked(p, text, j) or nxt in _TIME or nxt.endswith(("ed", "ing")):
        return False
    if _compound_after(p, text, j + 1):
        return False  # "my laptop mid-flight": a hyphened phrase after the noun, no part of it
    return _noun(p, text, j + 1)


def _compound_after(p: Parsed, text: str, k: int) -> bool:
    """Words ``k`` and ``k + 1`` written as one hyphened word that ends the noun phrase."""
    words = p.words
    if k + 1 >= len(words) or f"{words[k]}-{words[k + 1]}" not in text:
        return False
    return k + 2 >= len(words) or not p.canon[k + 2] or words[k + 2] in _BREAKS


def owners(p: Parsed) -> tuple[dict[str, str], set[str]]:
    """(owned head -> owner key, the heads that stand as participants of their own)."""
    words = p.words
    text = p.source.lower().replace("\u2019", "'") + " "
    first = _first_np(p)
    owner_np = _first_owner(p)
    own: dict[str, str] = {}
    heads: set[str] = set()
    n = len(words)
    pending: str | None = None  # the owner of the next head
    said: dict[str, set[str]] = {}  # every owner each head is said with
    forms: set[str] = set()  # heads read as nouns by ``_owned_form`` (role pass 131)
    plain: dict[str, str] = {}  # the owners read without it
    i = 0
    while i < n:
        w = words[i]
        if w in _PERSON_HEADS:
            heads.add("@" + (lx.PERSONS.get(w) or w))
            pending = None
        elif w in _THIRD_OBJ or (w == "her" and not (i + 1 < n and p.canon[i + 1])):
            heads.add(_head_key(p, owner_np, "@" + (lx.PERSONS.get(w) or w)))
            pending = None
        elif w in _POSSESSIVES:
            person = "@" + (lx.PERSONS.get(w) or w)
            if w in _THIRD_POSS or w == "her":
                if first and i >= first[1]:
                    person = "~" + _head_key(p, first, person)  # read as the first named
            pending = person
        elif w == "whose" and i > 0 and p.canon[i - 1]:
            # "the man whose store"; "I'm a teacher whose student": the asker's student
            pending = "@first" if _self_described(words, i - 1) else p.canon[i - 1]
        elif _noun(p, text, i) or _owned_form(p, i, pending):
            formed = not _noun(p, text, i)
            j = i
            while j + 1 < n and j - i < _RUN_MAX and _runs_on(p, text, j):
                j += 1
            head = p.canon[j]
            if pending is not None:
                own.setdefault(head, pending)
                said.setdefault(head, set()).add(pending)
                if formed:
                    forms.add(head)
                else:
                    plain.setdefault(head, pending)
            if "'" in text and _marked(p, text, j):
                pending = head  # "my teammate's plagiarism": teammate owns the next head
            else:
                heads.add(head)
                pending = None
            i = j
        elif w == "of" and _of_owner(p, text, i, own):
            pending = None  # "the laptop of the man": the man's laptop
        elif w in _NOT_NOUNS or w in _BREAKS or p.canon[i]:
            pending = None  # an adjective without a canonical form keeps it ("favorite")
        i += 1
    for head in forms:
        if len(said[head]) > 1:  # "my opponent's coach is also my coach": owned by both
            if head in plain:
                own[head] = plain[head]
            else:
                own.pop(head, None)
    return own, heads


# role pass 131: a bare verb form is a noun after an owner ("my ship models", "my daughter's ship
# models"); "her" may be an object before a verb ("let her ship"), so it is no cue here
_FORM_OWNERS = frozenset("my our your his their".split())
_TIME_OWNERS = frozenset(
    "today tonight yesterday tomorrow day week weekend month year decade season semester".split()
)


def _owned_form(p: Parsed, i: int, pending: str | None) -> bool:
    """Role pass 131: word ``i`` a table verb's bare form right after "my / our / your / his /
    their" or an "X's" owner, so a noun ("my daughter's ship models": the models are hers)."""
    if pending is None or i == 0 or not p.canon[i] or p.words[i] not in _BARE_FORMS:
        return False
    before = p.words[i - 1]
    if before in _FORM_OWNERS:
        return True
    if before in _POSSESSIVES or p.words[i] in _NOT_NOUNS or before in _TIME_OWNERS:
        return False
    return i < 2 or p.words[i - 2] not in _TIME  # "last year's tax return": a time, no owner


_ARTICLES = frozenset(("a", "an", "the"))


def _self_described(words: tuple[str, ...], k: int) -> bool:
    """Role pass 96: the noun at ``k`` ends "I am a (M) N", the asker's own description ("I'm
    a piping teacher whose student beat me": the student is the asker's)."""
    for j in range(k - 1, max(-1, k - _RUN_MAX - 1), -1):
        if words[j] in _ARTICLES:
            return j >= 2 and words[j - 2 : j] == ("i", "am")
        if words[j] in _BREAKS or words[j] in _NOT_NOUNS:
            return False
    return False


# an owner said with "of" ("the laptop of the man next to me")
_OF_RE = re.compile(r"\bthe [a-z-]+ of (?:the|my|our|his|her|their|your|a|an) ")
_OF_LEADS = frozenset(("the", "my", "our", "his", "her", "their", "your", "a", "an"))


def _of_owner(p: Parsed, text: str, i: int, own: dict[str, str]) -> bool:
    """ "the laptop of the man next to me": the man owns the laptop (a noun after "the", then
    "of" and a determiner or owner and a noun)."""
    words = p.words
    if i < 2 or words[i - 2] != "the" or not p.canon[i - 1] or i + 2 >= len(words):
        return False
    if words[i + 1] not in _OF_LEADS or not _noun(p, text, i + 2):
        return False
    j = i + 2
    while j + 1 < len(words) and j - i < _RUN_MAX + 1 and _runs_on(p, text, j):
        j += 1
    own.setdefault(p.canon[i - 1], p.canon[j])
    return True


def owner_trade(a: Parsed, b: Parsed) -> bool:
    """A noun owned by X on one side and by Y on the other, X a participant on the other side
    and Y on this one."""
    if a.content != b.content or a.words == b.words:
        return False
    text = (a.source + " " + b.source).replace("\u2019", "'")
    if "'s" not in text and "s'" not in text and "whose" not in a.words + b.words:
        if ("of" not in a.words and "of" not in b.words) or not _OF_RE.search(text.lower()):
            return False  # every owner a pronoun: read by the exchange of participants
    own_a, heads_a = owners(a)
    own_b, heads_b = owners(b)
    # the asker named only as an owner ("my son was punched by his friend's brother" / "my
    # son's friend was punched by my brother") is a participant of that side too
    heads_a = heads_a | (_ASKER.intersection(own_a.values()))
    heads_b = heads_b | (_ASKER.intersection(own_b.values()))
    for noun, x in own_a.items():
        y = own_b.get(noun)
        if y is None or y == x or noun in (x, y) or x in _UNRESOLVED or y in _UNRESOLVED:
            continue  # "his" read as no one: it may be either
        if x[0] == "~" and y[0] == "~":
            continue  # both read from a pronoun ("what are his rights")
        x, y = x.lstrip("~"), y.lstrip("~")
        if x == y:
            continue
        if x in heads_b and y in heads_a:
            return True
    return False


# Role pass 62 (blind round 170): "credit Sam with my tag" / "credit me with Sam's tag": the
# one acted on and the owner of the noun after "with / for" traded ("blame X for Y's mistake",
# "thank X for Y's help"), read from the words as written.
_DEED_PREPS = frozenset(("with", "for"))
_OWNER_OF = lx.OWNER_OF
_PHRASE_MAX = 3


def deed_owner_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 62: "V X with / for Y's Z" / "V Y with / for X's Z", every other word kept."""
    wa, wb = a.words, b.words
    if wa == wb or _DEED_PREPS.isdisjoint(wa) or len(wa) != len(wb) or a.content != b.content:
        return False
    d = next(i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y)
    sa = a.source.lower().replace("\u2019", "'") + " "
    sb = b.source.lower().replace("\u2019", "'") + " "
    v = d - 2 if d > 1 and wa[d - 1] in _OF_LEADS else d - 1  # the verb, before "my X"
    if v >= 0 and wa[v] not in _OF_LEADS and wa[v] not in _BREAKS:
        for pa in range(v + 2, min(v + 2 + _PHRASE_MAX, len(wa) - 1)):
            for pb in range(v + 2, min(v + 2 + _PHRASE_MAX, len(wb) - 1)):
                if wa[pa] not in _DEED_PREPS or wb[pb] != wa[pa]:
                    continue
                x, u = wa[v + 1 : pa], wb[v + 1 : pb]
                ea, eb = pa + 1 + _said_len(u), pb + 1 + _said_len(x)
                if x == u or wa[ea:] != wb[eb:] or ea >= len(wa):
                    continue  # the noun owned follows, then the same words
                if _owner_said(x, wb[pb + 1 : eb], sb) and _owner_said(u, wa[pa + 1 : ea], sa):
                    return True
    return False


def _said_len(obj: tuple[str, ...]) -> int:
    """How many words the one ``obj`` names takes as an owner ("me": "my"; "Sam": "Sam's")."""
    return 1 if len(obj) == 1 and obj[0] in _OWNER_OF else len(obj)


def _owner_said(obj: tuple[str, ...], owner: tuple[str, ...], text: str) -> bool:
    """``owner`` names as an owner the one ``obj`` names."""
    if not obj or not owner:
        return False
    if len(obj) == 1 and obj[0] in _OWNER_OF:
        return owner == (_OWNER_OF[obj[0]],)
    if obj[0] not in _OF_LEADS and len(obj) > 1:
        return False
    return owner == obj and (f"{owner[-1]}'s " in text or f"{owner[-1]}' " in text)


# Role pass 65: "my son's allergy to our friend's horse" / "our friend's son's allergy to our
# horse": two nouns named on both sides, each one's owner the other's on the other side.
_OWNER_WORDS = {"my": "my", "our": "my", "your": "your", "his": "his", "her": "her"}
_CHAIN_STOPS = frozenset(
    "'s . , ; ? ! the a an to of in on at for from with by and or but is was are were".split()
)


def _owned_nouns(x: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """{noun: its owner} for "my / our N" and "D X's N" ("our" said "my": the asker's side)."""
    out: dict[str, tuple[str, ...]] = {}
    for k in range(1, len(x)):
        w, before = x[k], x[k - 1]
        if w in _CHAIN_STOPS or w in _OWNER_WORDS:
            continue
        if before in _OWNER_WORDS:
            owner: tuple[str, ...] = (_OWNER_WORDS[before],)
        elif before == "'s" and k > 1 and x[k - 2] not in _CHAIN_STOPS:
            s = k - 2
            while s > 0 and k - 2 - s < 2 and x[s - 1] not in _CHAIN_STOPS:
                s -= 1
            owner = tuple(_OWNER_WORDS.get(t, t) for t in x[s : k - 1])
        else:
            continue
        out.setdefault(w, owner)
    return out


def owners_crossed(a: Parsed, b: Parsed) -> bool:
    """Role pass 65: two nouns N and M named on both sides, N owned by O and M by P on one
    side and N by P and M by O on the other ("my son's allergy to our friend's horse" / "our
    friend's son's allergy to our horse")."""
    if len(a.content ^ b.content) > 2:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)  # cached, shared with other readers
    if "'s" not in ta and "'s" not in tb:
        return False
    oa, ob = _owned_nouns(ta), _owned_nouns(tb)
    shared = [n for n in oa if n in ob and oa[n] != ob[n]]
    return any(
        _crossed(oa[n], oa[m], ob[n], ob[m], ta, tb)
        for i, n in enumerate(shared)
        for m in shared[i + 1 :]
    )


# role pass 85: "my nanny's car ... my insurance" / "my car ... my nanny ... her insurance": a
# "his / her / their" read as the noun owner the other side says, where its own side names him
_PRONOUN_OWNERS = frozenset((("his",), ("her",), ("their",)))


def _crossed(
    an: tuple[str, ...],
    am: tuple[str, ...],
    bn: tuple[str, ...],
    bm: tuple[str, ...],
    ta: tuple[str, ...],
    tb: tuple[str, ...],
) -> bool:
    """N owned by ``an`` and M by ``am`` on one side, by ``bn`` and ``bm`` on the other: each
    owner the other's on the other side, the two owners of a side two people."""
    if _maybe_one(an, am) or _maybe_one(bn, bm) or _maybe_one(an, bn) or _maybe_one(am, bm):
        return False
    return _one_owner(an, ta, bm, tb) and _one_owner(am, ta, bn, tb)


def _maybe_one(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same owner, or a pronoun that may stand for the other."""
    if x == y:
        return True
    return (x in _PRONOUN_OWNERS and len(y) > 1) or (y in _PRONOUN_OWNERS and len(x) > 1)


def _one_owner(
    x: tuple[str, ...], tx: tuple[str, ...], y: tuple[str, ...], ty: tuple[str, ...]
) -> bool:
    """``x`` (said on the side ``tx``) and ``y`` (on ``ty``) name one owner: the same words,
    or a pronoun on one side for the other's noun owner, that noun named on the pronoun's side."""
    if x == y:
        return True
    if x in _PRONOUN_OWNERS and len(y) > 1:
        return y[-1] in tx
    if y in _PRONOUN_OWNERS and len(x) > 1:
        return x[-1] in ty
    return False


# Role pass 100 (blind round 232): "a player whose character keeps stealing from mine" / "my
# character keeps stealing from another player's character": the same predicate with the doer's
# owner and the owner of what it acts on traded between the asker and another party.
_ASKER_OWNERS = frozenset(("my", "our"))
_ASKER_ANY = _ASKER_OWNERS | frozenset(("mine", "ours"))
_TARGET_LEADS = frozenset("a an the another some this that my our".split())
_RUN_BREAKS = frozenset(
    """. , ; : ! ? ( ) " 's whose who whom which that and or but if when while because so
    i me we us you he him she her they them it his their its mine ours yours hers theirs""".split()
)
# done with each other: the same question whoever's does it ("my dog keeps playing with a
# neighbor's dog" / "a neighbor whose dog keeps playing with mine")
_BOTH_WAYS = (
    MUTUAL
    | _SYMMETRIC
    | _WITH_SYMMETRIC
    | frozenset("with between against each other together".split())
)
_NOUN_MAX = 3
_NOUN_STOPS = _RUN_BREAKS | lx.STOPWORDS


def _owned_doers(t: tuple[str, ...]) -> list[tuple[str, int]]:
    """(owner, start of the owned noun) per "X whose N", "X's N" and "my / our N"."""
    out: list[tuple[str, int]] = []
    for i, w in enumerate(t[:-1]):
        if w in _ASKER_OWNERS:
            out.append(("@asker", i + 1))
        elif w in ("whose", "'s") and i > 0 and t[i - 1] not in _RUN_BREAKS:
            out.append((stem(t[i - 1]), i + 1))
    return out


def _noun_run(t: tuple[str, ...], k: int) -> tuple[str, ...]:
    e = k
    while e < len(t) and e - k < _NOUN_MAX and t[e] not in _NOUN_STOPS:
        e += 1
    return t[k:e]


def _owned_target(t: tuple[str, ...], k: int) -> tuple[str, tuple[str, ...]] | None:
    """The owner and noun of the phrase at ``k``: "mine" (the asker's, its noun left out),
    "my M", "(a / my ...) X's (M)"; an empty noun is the doer's noun said again."""
    if k >= len(t):
        return None
    if t[k] in ("mine", "ours"):
        return "@asker", ()
    lead = t[k]
    run = _noun_run(t, k + 1 if lead in _TARGET_LEADS else k)
    e = (k + 1 if lead in _TARGET_LEADS else k) + len(run)
    if run and e < len(t) and t[e] == "'s":
        return stem(run[-1]), _noun_run(t, e + 1)
    if run and lead in _ASKER_OWNERS:
        return "@asker", run
    return None


def _same_noun(x: tuple[str, ...], y: tuple[str, ...], doer: tuple[str, ...]) -> bool:
    """Two targets' nouns name one noun, an empty one the doer's ("mine", "X's")."""
    if x and y:
        return x == y
    said = x or y
    return not said or (len(said) < len(doer) and doer[: len(said)] == said)


def _traded(tw: tuple[str, ...], tm: tuple[str, ...]) -> bool:
    """Another party's N acts on the asker's on ``tw``, the asker's N on the party's on ``tm``."""
    asker_doers = [s for owner, s in _owned_doers(tm) if owner == "@asker"]
    if not asker_doers:
        return False
    for party, sw in _owned_doers(tw):
        if party == "@asker":
            continue
        for sm in asker_doers:
            n = 0
            while (
                sw + n < len(tw)
                and sm + n < len(tm)
                and tw[sw + n] == tm[sm + n]
                and tw[sw + n] not in _RUN_BREAKS
            ):
                n += 1
            for c in range(2, n + 1):
                common = tw[sw : sw + c]
                if any(stem(w) in _BOTH_WAYS or w in _BOTH_WAYS for w in common[1:]):
                    break  # a mutual predicate: no one's does it to the other's alone
                xw, xm = _owned_target(tw, sw + c), _owned_target(tm, sm + c)
                if xw is None or xm is None or xw[0] != "@asker" or xm[0] != party:
                    continue
                if _same_noun(xw[1], xm[1], common):
                    return True
    return False


def doer_owner_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 100: "X whose / X's N V ... mine / my M" / "my N V ... X's (M)"."""
    if _ASKER_ANY.isdisjoint(a.words) or _ASKER_ANY.isdisjoint(b.words):
        return False
    sa, sb = a.source.replace("\u2019", "'"), b.source.replace("\u2019", "'")
    if "'s" not in sa and "'s" not in sb:
        return False
    ta, tb = _tokens(sa), _tokens(sb)
    return ("'s" in tb and _traded(ta, tb)) or ("'s" in ta and _traded(tb, ta))
