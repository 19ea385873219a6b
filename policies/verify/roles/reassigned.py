"""Role pass 37 (role swaps only the classifier's 0.93 cut refused; 0.92 would serve them).

``place_made_doer``: a passive with no doer and a platform after "on" against the platform doing
it ("Was I scammed on eBay?" / "Did eBay scam me?", "Was my son bullied on Roblox?" / "Did Roblox
bully my son?"): the one it happened on is not the one who did it.

``reflexive_doer_changed``: the doer of a clause with an emphatic reflexive changed between the
asker and someone else, every other word kept ("a lamp I packed myself" / "a lamp they packed
themselves").

``object_person_changed``: the one acted on said as "us / me" on one side and "them / him / her"
on the other, the asker still asking and the content words the same, a clause moved around it
("The caterer won't refund us, what can we do?" / "What can we do if the caterer doesn't refund
them?").

``got_from_given``: the same subject getting a thing from someone and giving it to them ("My son
got a tattoo from his friend's brother" / "My son gave his friend's brother a tattoo"; "borrowed
X from" / "lent X", "bought X from" / "sold X"). Role pass 90: the thing said before the subject,
as a relative clause's head or a wh-word ("money I get from a partner" / "money I give a
partner", "gifts I receive from my boss" / "gifts I send my boss"; "take from", "pay", "owe").

``clauses_traded``: two clauses joined by "but" with the same content words each, one of them a
swap on its own and the other following it ("I worked a DX station but he never confirmed" / "A
DX station worked me but I never confirmed").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from policies.verify.roles.verbs import _FORMS
from policies.verify.text import Parsed, parse

# ---------------------------------------------------------------------------------------------
# "Was I scammed on eBay?" / "Did eBay scam me?"

_BE = "am|is|are|was|were|get|gets|got|been|being"
_PASSIVE_ON_RE = re.compile(
    rf"\b(?:{_BE})\b(?: [a-z]+){{0,2}} ([a-z]+(?:ed|en|t))(?: [a-z]+)? on (?:the )?([a-z]+)\b"
)
_OBJ = r"(?:me|us|him|her|them|my [a-z]+|our [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+)"


def _stem(participle: str) -> str:
    s = participle
    for end in ("ied", "ed", "en", "d"):
        if s.endswith(end) and len(s) - len(end) >= 3:
            s = s[: -len(end)] + ("y" if end == "ied" else "")
            break
    if len(s) > 3 and s[-1] == s[-2] and s[-1] not in "lsaeiou":
        s = s[:-1]  # "scamm" -> "scam"
    return s


def _place_doer(passive: Parsed, active: Parsed) -> bool:
    if "by" in passive.words:
        return False
    low_p = " ".join(passive.words)
    low_a = " ".join(active.words)
    for m in _PASSIVE_ON_RE.finditer(low_p):
        stem, place = _stem(m.group(1)), m.group(2)
        if f" on {place}" in f" {low_a}" or f" on the {place}" in f" {low_a}":
            continue  # "Did someone scam me on eBay?": still the place
        if re.search(rf"\b{re.escape(place)} {re.escape(stem[:4])}[a-z]* {_OBJ}\b", low_a):
            return True
    return False


def place_made_doer(a: Parsed, b: Parsed) -> bool:
    if "on" not in a.words and "on" not in b.words:
        return False
    if a.content != b.content:
        return False
    return _place_doer(a, b) or _place_doer(b, a)


# ---------------------------------------------------------------------------------------------
# "a lamp I packed myself" / "a lamp they packed themselves"

_REFLEXIVE = {
    "i": "myself",
    "we": "ourselves",
    "he": "himself",
    "she": "herself",
    "they": "themselves",
}  # "you ... yourself" is the asker said generically ("How do you snake a drain yourself?")
_FIRST = frozenset(("i", "we", "myself", "ourselves"))
_SUBJ_REFL = frozenset(_REFLEXIVE) | frozenset(_REFLEXIVE.values())
_AGREE = {
    frozenset(("am", "is")),
    frozenset(("am", "are")),
    frozenset(("is", "are")),
    frozenset(("was", "were")),
    frozenset(("have", "has")),
    frozenset(("do", "does")),
}


def _agrees(x: str, y: str) -> bool:
    if frozenset((x, y)) in _AGREE:
        return True
    return x + "s" == y or y + "s" == x or x + "es" == y or y + "es" == x


def reflexive_doer_changed(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or _FIRST.isdisjoint(wa + wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not 2 <= len(diff) <= 3:
        return False
    refl = [(x, y) for x, y in diff if x in _SUBJ_REFL and y in _SUBJ_REFL]
    if any(x.endswith(("self", "selves")) != y.endswith(("self", "selves")) for x, y in refl):
        return False
    if not any(x.endswith(("self", "selves")) for x, _ in refl):
        return False
    if len(refl) < 2:
        return False
    rest = [(x, y) for x, y in diff if (x, y) not in refl]
    if not all(_agrees(x, y) for x, y in rest):
        return False
    # the asker on one side, another on the other: "I ... myself" / "they ... themselves"
    return any((x in _FIRST) != (y in _FIRST) for x, y in refl)


# ---------------------------------------------------------------------------------------------
# "The caterer won't refund us, what can we do?" / "What can we do if the caterer doesn't
# refund them?"

_FIRST_OBJ = frozenset(("me", "us"))
_THIRD_OBJ = frozenset(("him", "them"))  # "her" may be an owner
_ASKER = frozenset(("i", "we", "my", "our"))
_OBJECTS = _FIRST_OBJ | _THIRD_OBJ


def _count(words: tuple[str, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in words:
        if w in _OBJECTS:
            out[w] = out.get(w, 0) + 1
    return out


def object_person_changed(a: Parsed, b: Parsed) -> bool:
    """(The asker's question may be reworded: "what can we do" / "what are our options".)"""
    if len(a.content ^ b.content) > 1 or _ASKER.isdisjoint(a.words) or _ASKER.isdisjoint(b.words):
        return False
    ca, cb = _count(a.words), _count(b.words)
    if ca == cb:
        return False
    more_a = {w: n - cb.get(w, 0) for w, n in ca.items() if n > cb.get(w, 0)}
    more_b = {w: n - ca.get(w, 0) for w, n in cb.items() if n > ca.get(w, 0)}
    if list(more_a.values()) != [1] or list(more_b.values()) != [1]:
        return False
    (x,), (y,) = more_a, more_b
    return (x in _FIRST_OBJ and y in _THIRD_OBJ) or (y in _FIRST_OBJ and x in _THIRD_OBJ)


# ---------------------------------------------------------------------------------------------
# "My son got a tattoo from X" / "My son gave X a tattoo"

_GETS = frozenset(
    "get gets got getting receive receives received borrow borrows borrowed buy buys bought"
    " accept accepts accepted accepting"
    # role pass 90: "money I take from my parents" / "money I give my parents"
    " take takes took taken taking".split()
)
_GIVES = frozenset(
    "give gives gave giving lend lends lent sell sells sold"
    # role pass 74: "gift X to Y" / "receive X as a gift from Y"
    " gift gifts gifted gifting send sends sent sending loan loans loaned loaning"
    " transfer transfers transferred transferring"
    # role pass 90: "money I get from X" / "money I pay X", "the money I owe X"
    " pay pays paid paying owe owes owed owing".split()
)
_DETS = frozenset("a an the some his her their my our its".split())


def _as_said(thing: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The thing got, and without a closing "as a N" saying how ("Bitcoin as a gift")."""
    n = len(thing)
    if n >= 4 and thing[-3] == "as" and thing[-2] in ("a", "an"):
        return thing, thing[:-3]
    return (thing,)


def _got_given(getter: Parsed, giver: Parsed) -> bool:
    wg, wv = getter.words, giver.words
    for i, w in enumerate(wg):
        if w not in _GETS or i == 0 or "from" not in wg[i + 1 :]:
            continue
        j = wg.index("from", i + 1)
        source, subj = wg[j + 1 :], wg[:i]
        if wv[: len(subj)] != subj or wv[i : i + 1] == () or wv[i] not in _GIVES:
            continue
        if i + 1 == j:  # role pass 90: the thing before its subject, "money I get from X"
            if _given_before(wv[i + 1 :], source):
                return True
            continue
        if any(_given(wv[i + 1 :], thing, source) for thing in _as_said(wg[i + 1 : j])):
            return True
    return False


def _given(rest: tuple[str, ...], thing: tuple[str, ...], source: tuple[str, ...]) -> bool:
    """``rest`` (after the giving verb) gives ``thing`` to the start of ``source``."""
    m = len(thing)
    for k in range(1, len(rest) - m + 1):  # "gave X a tattoo": X a prefix of the source
        if rest[k : k + m] == thing and source[:k] == rest[:k]:
            if not _DETS.issuperset(rest[:k]):
                return True
    if rest[:m] == thing and rest[m : m + 1] == ("to",):  # "gave a tattoo to X"
        to = rest[m + 1 :]
        n = 0
        while n < min(len(to), len(source)) and to[n] == source[n]:
            n += 1
        if n and not _DETS.issuperset(to[:n]):
            return True
    return False


def _given_before(rest: tuple[str, ...], source: tuple[str, ...]) -> bool:
    """The thing said before the subject on both sides, the head of a relative clause or a
    wh-word ("money I get from a partner" / "money I give (to) a partner", "What can I borrow
    from my brother?" / "What can I lend my brother?"): the verb's next word the other party
    on the giving side, after a "to" or not, the same party and every word after it kept."""
    if rest[:1] == ("to",):
        rest = rest[1:]
    return rest == source and not _DETS.issuperset(source[:2])


def got_from_given(a: Parsed, b: Parsed) -> bool:
    if "from" not in a.words and "from" not in b.words:
        return False
    return _got_given(a, b) or _got_given(b, a)


# ---------------------------------------------------------------------------------------------
# "I worked X but he never confirmed" / "X worked me but I never confirmed"

_BUT_RE = re.compile(r",? but ", re.IGNORECASE)


def clauses_traded(a: Parsed, b: Parsed, swap: Callable[[Parsed, Parsed], bool]) -> bool:
    """``swap`` is ``role_swap`` (passed in: no import cycle)."""
    if "but" not in a.words or "but" not in b.words:
        return False
    pa, pb = _BUT_RE.split(a.source), _BUT_RE.split(b.source)
    if len(pa) != 2 or len(pb) != 2 or pa[0] == pb[0]:
        return False
    xa, xb = parse(pa[0]), parse(pb[0])
    ya, yb = parse(pa[1]), parse(pb[1])
    if xa.content != xb.content or ya.content != yb.content:
        return False
    return swap(xa, xb)


# ---------------------------------------------------------------------------------------------
# "A kid from the club dented my car" / "My kid dented a club member's car"

_MINE = frozenset(("my", "our"))
_HEAD_DETS = frozenset(("a", "an", "the", "my", "our", "some", "another", "one"))
_PHRASE_ENDS = frozenset(
    "with in at on from for to by while when after before and but who that which".split()
) | frozenset(",;:.?!")
_CLAUSE_RE = re.compile(r"[a-z]+|[,;:.?!]")
_POSS_RE = re.compile(r"(?<=[a-z])['\u2019]s\b")


def _reading(words: tuple[str, ...], verb: str) -> tuple[bool, str, bool, str] | None:
    """(my on the doer, the doer's head, my on the one acted on, its head) around ``verb``."""
    if words.count(verb) != 1:
        return None
    i = words.index(verb)
    subj = words[:i]
    if not 2 <= len(subj) <= 5 or subj[0] not in _HEAD_DETS:
        return None
    obj: list[str] = []
    for w in words[i + 1 :]:
        if w in _PHRASE_ENDS:
            break
        obj.append(w)
    if not 2 <= len(obj) <= 4 or obj[0] not in _HEAD_DETS:
        return None
    return subj[0] in _MINE, subj[1], not _MINE.isdisjoint(obj), obj[-1]


def mine_to_doer(a: Parsed, b: Parsed) -> bool:
    """The asker's "my" moved from the one acted on to the doer, the doer's and the other's
    nouns and the verb kept, a phrase after the doer said as the other's owner ("A dog at the
    park bit my kid" / "My dog bit a kid at the park")."""
    if _MINE.isdisjoint(a.words) or _MINE.isdisjoint(b.words):
        return False
    ta = tuple(_CLAUSE_RE.findall(_POSS_RE.sub("", a.source.lower())))
    tb = tuple(_CLAUSE_RE.findall(_POSS_RE.sub("", b.source.lower())))
    for verb in set(a.words) & set(b.words):
        if not (verb in _FORMS or (verb.endswith("ed") and len(verb) > 4)):
            continue
        ra, rb = _reading(ta, verb), _reading(tb, verb)
        if ra is None or rb is None or ra[1] != rb[1] or ra[3] != rb[3] or ra[1] == ra[3]:
            continue
        if ra[0] != rb[0] and ra[2] != rb[2] and ra[0] != ra[2] and rb[0] != rb[2]:
            return True
    return False
