"""Role pass 51 (blind rounds 146-148): four readings, each a pair said again so that
``role_swap`` reads the roles the first wording hid.

``gerund_doer_said``: "S got N for V-ing X" read as "S V-ing X", the gerund's doer being the
main subject ("I got a referral bonus for signing up my sitter" / "My sitter got a referral
bonus for signing me up" -> "I signing up my sitter" / "my sitter signing me up"). The words
between the subject and "for" / "by" / "after" ... are the same on both sides, the subjects not.

``we_said_i``: "we / us / our / ours" read as "I / me / my / mine" on both sides when one side
only says "us" / "ours" ("My son pet sits for our neighbor" / "Our neighbor's son pet sits for
us" -> "... for my neighbor" / "My neighbor's son ... for me"); "our N" alone is a group the
asker speaks for ("recruit for our food pantry" / "How can our food pantry recruit").

``unowned_said_mine``: "the N" read as "my N" when the other side says "X's N" and X is named
on the first side too (the thing's unstated owner is the asker: "if the bridal shop altered the
dress" / "if I altered the bridal shop's dress" -> "altered my dress"; "The generator was
delivered to my neighbor's address" / "My neighbor's generator was delivered to my address").
X must be named as a party of its own, "the X" or "X's M": not after the noun ("the filter in
my dishwasher" / "my dishwasher's filter") nor as "my X" ("the bus driver is rude to my kid").
Role pass 106: "the N (that) I was V-ing" is read as "my N" too, the asker's contact relative
left out ("the llama I was showing attacked someone's goat" / "someone's llama attacked the
goat I was showing": "my llama" / "my goat").

``compound_owner_said``: "my X Y V ... me" against "my X V ... a Y": a Y of my X doing the verb
to me, read as "a Y V ... my X" ("My PC shop customer is threatening to sue me" / "My PC shop
is threatening to sue a customer" -> "a customer is threatening to sue my PC shop").
"""

from __future__ import annotations

from collections.abc import Callable

from policies.verify import lexicon as lx
from policies.verify.roles.recast import MUTUAL, PUNCT, owned_tokens
from policies.verify.text import Parsed, parse
from policies.verify.words import stem

_GERUND_PREPS = frozenset("for by after before from without while".split())
_PLURAL = {
    "we": "i",
    "us": "me",
    "our": "my",
    "ours": "mine",
    "ourselves": "myself",
    "we've": "i've",
    "we're": "i'm",
    "we'll": "i'll",
    "we'd": "i'd",
}
# "us" / "ours" must be said: "How do I recruit for our food pantry?" / "How can our pantry
# recruit?" speaks for a group the asker acts for, not of two parties
_OBJECT_PLURAL = frozenset(("us", "ours", "ourselves"))
_SINGULAR = frozenset(("i", "me", "my", "mine"))
_STOPS = PUNCT | frozenset(
    """and or but if when that who which to of in on at for from with about by is are was were
    be been do does did can could should would will not after before my your his her their
    its our the a an i me he she we they it him them us""".split()
)
_NOUN_MAX = 3


def _text(tokens: tuple[str, ...] | list[str]) -> str:
    return " ".join(tokens).replace(" 's", "'s")


def _one_side_read(
    a: Parsed,
    b: Parsed,
    read: Callable[[tuple[str, ...], tuple[str, ...]], tuple[str, ...] | None],
    needs: str | None = None,
) -> tuple[Parsed, Parsed] | None:
    """``a`` read again by ``read`` against ``b``'s tokens, else ``b`` against ``a``'s; the
    other side kept as it is (``needs``: a token the other side must hold for a read)."""
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    said = read(ta, tb) if needs is None or needs in tb else None
    if said is not None:
        return parse(_text(said)), b
    said = read(tb, ta) if needs is None or needs in ta else None
    if said is not None:
        return a, parse(_text(said))
    return None


def _gerund_at(x: tuple[str, ...]) -> int:
    for k in range(1, len(x) - 1):
        if x[k] in _GERUND_PREPS and x[k + 1].endswith("ing") and len(x[k + 1]) > 5:
            return k
    return -1


def gerund_doer_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "S got N for V-ing X" / "T got N for V-ing Y": read as "S V-ing X" / "T V-ing Y"."""
    if _GERUND_PREPS.isdisjoint(a.words) or _GERUND_PREPS.isdisjoint(b.words):
        return None
    if not any(w.endswith("ing") for w in a.words):
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    ka, kb = _gerund_at(ta), _gerund_at(tb)
    if ka < 0 or kb < 0 or (ta[ka + 1] != tb[kb + 1] and ta[ka + 1][:4] != tb[kb + 1][:4]):
        return None
    n = 0  # the same words before the preposition: the verb and its object
    while n < min(ka, kb) and ta[ka - 1 - n] == tb[kb - 1 - n]:
        n += 1
    sa, sb = ta[: ka - n], tb[: kb - n]
    if not n or not sa or not sb or sa == sb or PUNCT.intersection(sa + sb):
        return None
    if max(len(sa), len(sb)) > 5:
        return None
    named_a = set(sa) - _STOPS
    named_b = set(sb) - _STOPS
    if named_b.isdisjoint(ta[ka + 1 :]) and named_a.isdisjoint(tb[kb + 1 :]):
        return None  # the one subject must be named in the other side's gerund phrase
    return parse(_text(sa + ta[ka + 1 :])), parse(_text(sb + tb[kb + 1 :]))


def we_said_i(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "our N" / "us" read as "my N" / "me" on both sides (one side says the plural)."""
    if _OBJECT_PLURAL.isdisjoint(a.words) == _OBJECT_PLURAL.isdisjoint(b.words):
        return None  # "us" said on one side only
    if _SINGULAR.isdisjoint(a.words + b.words):
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if _OBJECT_PLURAL.isdisjoint(ta) == _OBJECT_PLURAL.isdisjoint(tb):
        return None  # (the tokens asked too: "valet's" is read "valet us")
    ta = tuple(_PLURAL.get(w, w) for w in ta)
    tb = tuple(_PLURAL.get(w, w) for w in tb)
    if ta == tb:
        return None
    return parse(_text(ta)), parse(_text(tb))


def _owned(x: tuple[str, ...]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """ "X's N" (X of up to three words, N one to three) -> {N: X}."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k, w in enumerate(x):
        if w != "'s":
            continue
        s = k
        while s > 0 and k - s < _NOUN_MAX and x[s - 1] not in _STOPS:
            s -= 1
        owner = x[s:k]
        if not owner:
            continue
        for m in range(1, _NOUN_MAX + 1):
            noun = x[k + 1 : k + 1 + m]
            if len(noun) == m and not _STOPS.intersection(noun):
                out[noun] = owner
    return out


def _contains(x: tuple[str, ...], part: tuple[str, ...]) -> bool:
    m = len(part)
    return any(x[k : k + m] == part for k in range(len(x) - m + 1))


def _named_apart(
    x: tuple[str, ...], owner: tuple[str, ...], noun: tuple[str, ...], end: int
) -> bool:
    """x names the owner as a party of its own ("the X" or "X's M"), not after the noun ("the N
    at my X", "the N by the X") and not as "my X" ("while my car was being repaired")."""
    m = len(owner)
    for k in range(len(x) - m + 1):
        if x[k : k + m] != owner or end <= k < end + 4:
            continue
        if k + m < len(x) and x[k + m] == "'s" and x[k + m + 1 : k + m + 1 + len(noun)] != noun:
            return True
        if k and x[k - 1] in lx.ARTICLES:
            return True
    return False


# Role pass 106: "the N (that) I was V-ing" / "the N we own" said of the asker's own: the one in
# the asker's charge ("the llama I was showing", "the dog I was walking", "the car I was driving")
_ASKER_SUBJECTS = {"i": "my", "we": "our", "i'm": "my", "we're": "our"}
_ASKER_BE = frozenset(("was", "were", "am", "are", "'m", "'re"))
_HELD = frozenset(("own", "owned", "have", "had"))


def _asker_relative(x: tuple[str, ...], end: int) -> tuple[int, str] | None:
    """A contact relative by the asker right after a noun ending at ``end``, "(that / which) I
    was V-ing", "I'm V-ing", "I V-ed", "we own": (where it ends, "my" / "our"), or None. It
    must end at the noun phrase's verb or a clause mark: "the llama I was showing attacked"."""
    k = end + (end < len(x) and x[end] in ("that", "which"))
    if k >= len(x) or x[k] not in _ASKER_SUBJECTS:
        return None
    owner = _ASKER_SUBJECTS[x[k]]
    k += 1
    if x[k - 1] in ("i'm", "we're") or (k < len(x) and x[k] in _ASKER_BE):
        k += x[k - 1] not in ("i'm", "we're")
        if k >= len(x) or not x[k].endswith("ing") or len(x[k]) < 5:
            return None
    elif k >= len(x) or not (x[k] in _HELD or (x[k].endswith("ed") and len(x[k]) > 4)):
        return None
    k += 1
    if k < len(x) and x[k] in _STOPS and x[k] not in PUNCT:
        return None  # "the dog I was walking to the park": the clause goes on
    return k, owner


def _mine_read(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x's "the N" as "my N" where y says "X's N" and x names X; role pass 106: "the N (that)
    I was V-ing" as "my N" too, the clause left out."""
    owned = _owned(y)
    for k, w in enumerate(x[:-1]):
        if w != "the" or (k and x[k - 1] == "'s"):
            continue
        for m in range(_NOUN_MAX, 0, -1):
            noun = x[k + 1 : k + 1 + m]
            owner = owned.get(noun)
            if owner is None or len(noun) < m:
                continue
            end = k + 1 + m
            held = _asker_relative(x, end)
            # the owner's last words ("... attacked someone's goat" takes "attacked" in)
            if held is not None and any(
                _named_apart(x, owner[j:], noun, end) for j in range(len(owner))
            ):
                return (*x[:k], held[1], *noun, *x[held[0] :])
            if end < len(x) and (x[end] == "of" or (x[end] not in _STOPS and x[end] != "'s")):
                continue  # "the N" must end there, no owner after it ("the N of X")
            if _named_apart(x, owner, noun, end):
                return (*x[:k], "my", *x[k + 1 :])
    return None


def unowned_said_mine(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "the N" read as "my N" against "X's N" on the other side, X named on the first."""
    if "the" not in a.words and "the" not in b.words:
        return None
    if "'s" not in (a.source + b.source).replace("\u2019", "'"):
        return None
    return _one_side_read(a, b, _mine_read, needs="'s")


def _compound_read(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x "... my X Y V ... me ..." / y "... my X V ... a Y ...": x read as "a Y V ... my X"."""
    for i, w in enumerate(x[:-3]):
        if w != "my" or y[: i + 1] != x[: i + 1]:
            continue
        j = i + 1
        while j < min(len(x), len(y)) and x[j] == y[j] and x[j] not in _STOPS:
            j += 1
        if j == i + 1 or j >= len(x) or j >= len(y) or x[j] in _STOPS or y[j] == x[j]:
            return None
        noun = x[j]
        later = y[j + 1 :]
        if not any(later[k] == noun and later[k - 1] in lx.ARTICLES for k in range(1, len(later))):
            return None
        if "me" not in x[j + 1 :]:
            return None
        me = x.index("me", j + 1)
        return (*x[:i], "a", noun, *x[j + 1 : me], *x[i:j], *x[me + 1 :])
    return None


def compound_owner_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "my X Y V ... me" / "my X V ... a Y": the first read as "a Y V ... my X"."""
    if "me" not in a.words and "me" not in b.words:
        return None
    if "my" not in a.words or "my" not in b.words:
        return None
    return _one_side_read(a, b, _compound_read)


# Role pass 54 (blind rounds 155-157): "angry at X for V-ing Y" / "angry at X because S V-ed Y".
_AIMED = frozenset(("at", "with"))
_BECAUSE = frozenset(("because", "since"))
_AIMED_SUBJECT = {"me": "i", "him": "he", "her": "she", "us": "we", "them": "they", "you": "you"}
# role pass 65: "fired for V-ing" against "fired after X V-ed" (the clause's time or cause)
_LATER_CLAUSE = _BECAUSE | frozenset(("after", "when"))
_PARTY_OWNERS = frozenset(("my", "our", "his", "their", "your"))
_CLAUSE_BREAKS = frozenset("and or but if that who which".split())


def _blamed(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x says "... at P for V-ing R", y "... at P because S V-ed ...": x read as "... at P
    because P V-ed R", the gerund's doer being the one the feeling is aimed at."""
    for f in range(3, min(len(x), len(y)) - 2):
        if x[f] != "for" or y[f] not in _LATER_CLAUSE or x[:f] != y[:f]:
            continue
        gerund = x[f + 1]
        if not gerund.endswith("ing") or len(gerund) < 6:
            continue
        k = next((i for i in range(f - 1, max(f - 5, 0), -1) if x[i] in _AIMED), -1)
        if k < 0:
            doer = _nearest_party(x, f, y[f + 1 :])  # role pass 65: "evict me for V-ing"
            if not doer:
                continue
        elif PUNCT.intersection(x[k + 1 : f]) or y[f] not in _BECAUSE:
            continue
        else:
            doer = x[k + 1 : f]
        if len(doer) == 1:
            doer = (_AIMED_SUBJECT.get(doer[0], doer[0]),)
        root = stem(gerund)
        verb = next((w for w in y[f + 2 : f + 7] if w != gerund and stem(w) == root), gerund)
        return (*x[:f], y[f], *doer, verb, *x[f + 2 :])
    return None


def _nearest_party(x: tuple[str, ...], f: int, later: tuple[str, ...]) -> tuple[str, ...]:
    """The party nearest before "for" within its clause: an object or subject pronoun ("evict
    me for", "I got fired for") or "my N" named in the other side's clause ("suspend my son
    for hitting" / "because X hit my son"), said as a subject; a "my N" not named there is a
    thing, its owner not the doer ("cut my hours for complaining"): no party read."""
    for i in range(f - 1, max(f - 5, -1), -1):
        w = x[i]
        if w in PUNCT or w in _CLAUSE_BREAKS:
            return ()
        if w in _AIMED_SUBJECT or w in _AIMED_SUBJECT.values():
            if w == "her" and i + 1 < f:
                continue  # "her N": an owner, not the party
            return (_AIMED_SUBJECT.get(w, w),)
        if i and x[i - 1] in _PARTY_OWNERS and w not in _STOPS:
            return x[i - 1 : i + 1] if w in later else ()
    return ()


def blamed_gerund_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "angry at me for benching her daughter" / "angry at me because she benched my
    daughter": the first read as "angry at me because I benched her daughter". Role pass 65:
    with no "at" / "with", the gerund's doer is the party nearest before "for" ("evict me for
    calling the police on X" / "because X called the police on me"; "I got fired for
    complaining about X's drinking" / "after X complained about my drinking")."""
    if "for" not in a.words and "for" not in b.words:
        return None
    if _LATER_CLAUSE.isdisjoint(a.words + b.words):
        return None
    return _one_side_read(a, b, _blamed)


# Role pass 61: "a driver hit our tour van" / "our tour van driver hit a car": the compound
# "our tour van driver" makes our side the doer where the other side's doer hit us.
_OBJECT_DETS = frozenset(("a", "an", "another", "some", "the", "someone's"))


def _compound_doer(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x says "our M N V a Z", y "N V our M" (the same N, V and M)."""
    for i, w in enumerate(x):
        if w not in ("my", "our"):
            continue
        for k in (1, 2):
            j = i + 1 + k
            if j + 2 >= len(x) or x[j + 2] not in _OBJECT_DETS:
                continue
            mods, n, v = x[i + 1 : j], x[j], x[j + 1]
            if _STOPS.intersection((*mods, n, v)):
                continue
            said = (n, v, w, *mods)
            for p in range(len(y) - len(said) + 1):
                if y[p : p + len(said)] == said and y[p + len(said) : p + len(said) + 1] != (n,):
                    return True
    return False


def compound_doer_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 61: "our M N V a Z" (our N did it) / "an N V our M" (an N did it to our M).
    Role pass 129: "D1 X V D2 P Y" / "D2 Y V D1 P X" (``_heads_traded``)."""
    if len(a.content ^ b.content) > 2:
        return False
    if _compound_doer(a.words, b.words) or _compound_doer(b.words, a.words):
        return True
    if a.content == b.content and _heads_traded(a, b):
        return True
    return _asker_heads_traded(a, b) or _asker_heads_traded(b, a)


# Role pass 129 (blind round 266): "A cable car hit my parked car" / "My car hit a parked cable
# car": the subject and the object of one verb traded with their determiners, a modifier
# ("parked") kept on the object. Read on the written phrases, not by their last words (both
# "car" here): each side "D1 X V D2 P Y" (X, Y up to three words, P the object's modifiers) with
# the other "D2 Y V D1 P X", the same verb and the same words after. A mutual verb ("met",
# "married") and a passive ("was hit by") are not read.
_HEAD_DETS = frozenset("a an the my our your his her their another some".split())
_PHRASE_MAX = 3


def _clause_phrases(
    t: tuple[str, ...],
) -> tuple[str, tuple[str, ...], str, str, tuple[str, ...], tuple[str, ...]] | None:
    """(D1, X, V, D2, P Y, rest) of a clause "D1 X V D2 P Y rest" opening ``t``."""
    if len(t) < 5 or t[0] not in _HEAD_DETS:
        return None
    for v in range(2, min(2 + _PHRASE_MAX, len(t) - 2)):
        if t[v + 1] not in _HEAD_DETS:
            continue
        subj, verb = t[1:v], t[v]
        if _STOPS.intersection(subj) or verb in _STOPS or verb in MUTUAL or "'s" in t[: v + 1]:
            return None
        e = v + 2
        while e < len(t) and t[e] not in _STOPS and t[e] != "'s" and e - v - 2 < _PHRASE_MAX + 1:
            e += 1
        if e == v + 2:
            return None
        return t[0], subj, verb, t[v + 1], t[v + 2 : e], t[e:]
    return None


def _heads_traded(a: Parsed, b: Parsed) -> bool:
    ra, rb = _clause_phrases(owned_tokens(a.source)), _clause_phrases(owned_tokens(b.source))
    if ra is None or rb is None:
        return False
    (d1, x, v, d2, px, rest), (e1, y, w, e2, py, rest_b) = ra, rb
    if v != w or rest != rest_b or x == y or d1 == d2 or (e1, e2) != (d2, d1):
        return False
    n, m = len(x), len(y)
    if px[len(px) - m :] != y or py[len(py) - n :] != x:
        return False
    return px[: len(px) - m] == py[: len(py) - n]  # "parked" left on the object


# Role pass 130 (blind round 267): the asker standing for their own thing on one side, "D1 X V
# my P Y rest" / "I V D2 P X rest" ("An ice cream truck backed into my parked car" / "I backed
# into a parked ice cream truck", "A taxi rear-ended my car at the light" / "I rear-ended a taxi
# at the light"): X did it to the asker's Y against the asker doing it to an X, the modifiers P
# left on the object, a preposition after the verb ("backed into") the same on both sides. The
# subject a determiner's phrase of up to three words, not the asker's; a mutual verb and a
# passive ("was hit by") are not read.
_DOER_DETS = frozenset("a an the another some".split())
_AFTER_VERB = frozenset(("into", "onto", "against"))


def _object_phrase(t: tuple[str, ...], o: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words from ``o`` to the next stop word (the object's modifiers and head), and the
    rest."""
    e = o
    while e < len(t) and t[e] not in _STOPS and t[e] != "'s" and e - o <= _PHRASE_MAX:
        e += 1
    return t[o:e], t[e:]


def _asker_heads_traded(a: Parsed, b: Parsed) -> bool:
    """``a`` is "D1 X V (P) my M Y rest", ``b`` "I V (P) D2 M X rest" (``my`` the asker's)."""
    if "my" not in a.words or "i" not in b.words:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if len(ta) < 5 or len(tb) < 4 or ta[0] not in _DOER_DETS or tb[0] != "i":
        return False
    verb = tb[1]
    if verb in _STOPS or verb in MUTUAL:
        return False
    q = 1 if tb[2] in _AFTER_VERB else 0
    if tb[2 + q] not in _DOER_DETS:
        return False
    obj_b, rest_b = _object_phrase(tb, 3 + q)
    for v in range(2, min(2 + _PHRASE_MAX, len(ta) - 2 - q)):
        if ta[v] != verb or ta[v + 1 : v + 1 + q] != tb[2 : 2 + q] or ta[v + 1 + q] != "my":
            continue
        x = ta[1:v]
        if _STOPS.intersection(x) or "'s" in x:
            return False
        obj_a, rest_a = _object_phrase(ta, v + 2 + q)
        n = len(x)
        if rest_a != rest_b or len(obj_b) < n or obj_b[len(obj_b) - n :] != x:
            return False
        mods = obj_b[: len(obj_b) - n]
        return len(obj_a) > len(mods) and obj_a[: len(mods)] == mods
    return False


# Role pass 84 (blind round 211): a third person's own "their / his / its" before a noun said
# on one side only ("How do thrift stores get their inventory from people?" / "How do people
# get inventory from thrift stores?"): the owner names the subject and no party of its own, so
# the sides are read with it left out ("thrift stores get inventory from people").
_OWN_OWNERS = frozenset(("their", "his", "its"))


def _own_dropped(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x without its one "their / his / its" whose two neighbours y says side by side, where y
    says no such owner at all."""
    if not _OWN_OWNERS.isdisjoint(y):
        return None
    found = [k for k in range(1, len(x) - 1) if x[k] in _OWN_OWNERS]
    if len(found) != 1:
        return None
    k = found[0]
    before, noun = x[k - 1], x[k + 1]
    if noun in _STOPS or before in PUNCT:
        return None
    if not any(y[j] == before and y[j + 1] == noun for j in range(len(y) - 1)):
        return None
    return (*x[:k], *x[k + 1 :])


def own_owner_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 84: "X V their N P Y" read as "X V N P Y" where the other side says "V N"."""
    if _OWN_OWNERS.isdisjoint(a.words) == _OWN_OWNERS.isdisjoint(b.words):
        return None  # the owner said on one side only
    return _one_side_read(a, b, _own_dropped)


# Role pass 87 (blind round 214): a possessive chain traded round, the chain's end named back by
# a pronoun on one side ("Was it wrong that my son's friend's mom took my son on the Zipper
# without asking me?" / "... that I took my son's friend on the Zipper without asking his
# mom?"): "his N" is read as "X's N" where the other side says "X's N" and this side names X
# before the pronoun ("without asking my son's friend's mom"), so the doer, the one taken and
# the one not asked are read by the same names on both sides.
_BACK_OWNERS = frozenset(("his", "her", "their", "its"))  # "its": role pass 121
_LEADS = frozenset(("my", "our", "your", "the", "a", "an"))


def _pronoun_named(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x with its first "his / her / their N" said as "X's N", y saying "X's N" and x naming X
    (with its lead word) before the pronoun and not saying "X's N" itself."""
    owned = _owned(y)
    if not owned:
        return None
    for k in range(1, len(x) - 1):
        if x[k] not in _BACK_OWNERS or x[k + 1] in _STOPS:
            continue
        for m in range(_NOUN_MAX, 0, -1):
            noun = x[k + 1 : k + 1 + m]
            owner = owned.get(noun)
            if owner is None or len(noun) < m or _contains(x, (*owner, "'s", *noun)):
                continue
            n = len(owner)
            j = next((j for j in range(1, k - n + 1) if x[j : j + n] == owner), None)
            if j is None or x[j - 1] not in _LEADS:
                continue
            if x[k] == "its" and (_by_owner(y, owner) or not _named_alone(y, owner)):
                continue  # role pass 121: "given N by the X" keeps X the giver; "for a horse's
                # frog to shed" / "for a horse to shed its frog": no second party
            return (*x[:k], x[j - 1], *owner, "'s", *x[k + 1 :])
    return None


def pronoun_owner_named(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 87: "his N" read as "X's N" where the other side says "X's N" and X is named
    before it ("I took my son's friend ... without asking his mom" / "my son's friend's mom
    took my son ..."): the one a chain's end is named back for said in full. Role pass 121:
    "its N" too ("Is the school required to give its teachers N?" / "Are the school's
    teachers required to give the school N?"), and the other side's owner said as a compound,
    "X N" ("Are science center employees required to give the center N?"), both sides then
    read with "X's N"."""
    if _BACK_OWNERS.isdisjoint(a.words) and _BACK_OWNERS.isdisjoint(b.words):
        return None
    if "'s" not in a.source.replace("\u2019", "'") + b.source.replace("\u2019", "'"):
        return _compound_named(a, b)
    return _one_side_read(a, b, _pronoun_named, needs="'s")


def _named_alone(y: tuple[str, ...], owner: tuple[str, ...]) -> bool:
    """y names the owner as a party of its own ("give the school N"), not only as "X's N"."""
    n = len(owner)
    return any(
        y[i : i + n] == owner and y[i - 1] in _LEADS and y[i + n : i + n + 1] != ("'s",)
        for i in range(1, len(y) - n + 1)
    )


def _by_owner(y: tuple[str, ...], owner: tuple[str, ...]) -> bool:
    """y names the owner as a passive's doer ("by the hospital")."""
    n = len(owner)
    return any(
        y[i] == "by" and owner in (y[i + 1 : i + 1 + n], y[i + 2 : i + 2 + n])
        for i in range(len(y) - n)
    )


def _compound_named(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 121: x "the X ... its N", y "X N" (the owner a compound's first words, not
    said with "its" there): both read with "X's N"."""
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    for x, y, flip in ((ta, tb, False), (tb, ta, True)):
        said = _compound_read_both(x, y)
        if said is not None:
            sx, sy = parse(_text(said[0])), parse(_text(said[1]))
            return (sy, sx) if flip else (sx, sy)
    return None


def _compound_read_both(
    x: tuple[str, ...], y: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if not _BACK_OWNERS.isdisjoint(y):
        return None
    for k in range(1, len(x) - 1):
        if x[k] not in _BACK_OWNERS or x[k + 1] in _STOPS:
            continue
        noun = x[k + 1]
        for j in range(1, k):
            if x[j - 1] not in _LEADS:
                continue
            for n in range(_NOUN_MAX, 0, -1):
                owner = x[j : j + n]
                if len(owner) < n or j + n > k or _STOPS.intersection(owner):
                    continue
                part = (*owner, noun)
                at = next((i for i in range(len(y) - n) if y[i : i + n + 1] == part), -1)
                if at < 0 or _by_owner(y, owner):
                    continue
                # y names the owner as a party of its own too ("give the center N"), else the
                # compound is only whose N it is ("display my food truck permit")
                head = owner[-1]
                if not any(
                    y[i] == head and y[i - 1] in _LEADS and not at <= i < at + n + 1
                    for i in range(1, len(y))
                ):
                    continue
                read_x = (*x[:k], x[j - 1], *owner, "'s", *x[k + 1 :])
                read_y = (*y[: at + n], "'s", *y[at + n :])
                return read_x, read_y
    return None
