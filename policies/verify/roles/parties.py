"""Role pass 72 (blind rounds 194-196): two parties of one kind told apart by their determiner,
and a standalone owner as the second party.

``party_owner_traded``: the subject and the owner of the object traded, each noun phrase read
as its party ("my / our" the asker's, "another / the other / a different" another's) and its
words, the owner pronouns after them following ("My club is hosting another club's hunt on our
permission" / "Another club is hosting our club's hunt on their permission"): who hosts whose
hunt is turned round though "my club" and "our club" are written apart.

Role pass 90 (blind rounds 218-220): the asker's household and another's traded across the doer
and the one it is done for ("My husband built a dollhouse for our neighbor's daughter. Should
they pay him?" / "Our neighbor built a dollhouse for my daughter. Should we pay him?"): "my / our
X" (or "I / we") doing it for "Y's Z" on one side, Y doing it for "my / our Z" on the other, the
rest the same but for the pronouns that follow the trade ("they" / "we", "him"). The asker's
member said by the asker's "my" alone on the other side is the household, as "my club" and "our
club" are one party above.

Role pass 125 (blind rounds 261-263): ``party_owner_traded`` also reads the subject (or its
owner) and the owner of a noun later in its clause traded with any words between them, the
same on both sides ("My team crashed into the hay bale in front of the other team's car" /
"The other team crashed into the hay bale in front of my team's car", "My dog ran into the
fence beside the neighbor's car" / "The neighbor's dog ran into the fence beside my car"):
the one who did it is the other party. "my" and "our" are one party; a trade across "and",
"with", "than", "between" (parallel or symmetric sides) is left.

``standalone_owned_said``: a standalone owner after a preposition ("into Egypt's", "from mine",
"after hers") read with the noun owned just before it ("I merged my working paper into
Egypt's" -> "into Egypt's working paper"; "Egypt merged its working paper into mine" -> "into
my working paper"), so ``role_swap`` reads whose paper went into whose.
"""

from __future__ import annotations

import re

from policies.verify.roles.written import MARKS, OWNER, PERSON, tokens
from policies.verify.text import Parsed, parse

# --- "P1 N V P2 N's M" / "P2 N V P1 N's M" ------------------------------------------------

_MINE = frozenset(("my", "our"))
_DETS = frozenset("my our your his her its their the a an another this that some".split())
_OTHER = frozenset(("other", "different"))
_OWNERS = frozenset("my our your his her its their".split())
_NOT_VERB = _DETS | MARKS | frozenset("and or but nor by of if when while because".split())
_AGREE = {"is": "be", "are": "be", "am": "be", "was": "were", "has": "have", "does": "do"}
_Phrase = tuple[str, tuple[str, ...]]


def _parties(t: tuple[str, ...], i: int) -> list[tuple[_Phrase, int]]:
    """The noun phrases at ``t[i]`` of one or two words after the determiner: (party, words)
    and where the head is; a genitive head ("club's") ends it. The party is "me" for "my /
    our", "other" for "another", "the other", "a different", else the determiner."""
    d = t[i]
    if d not in _DETS:
        return []
    k = i + 1
    party = "me" if d in _MINE else d
    if d == "another":
        party = "other"
    elif k < len(t) and t[k] in _OTHER and d in ("the", "a", "some"):
        party, k = "other", k + 1
    out: list[tuple[_Phrase, int]] = []
    for h in range(k, min(k + 2, len(t))):
        w = t[h]
        if w in _NOT_VERB or not w.replace("'", "").isalpha():
            break
        out.append(((party, tuple(x.removesuffix("'s") for x in t[k : h + 1])), h))
        if w.endswith("'s"):
            break
    return out


def _verb(span: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_AGREE.get(w, w.removesuffix("s") if len(w) > 3 else w) for w in span)


def _frames(t: tuple[str, ...]) -> list[tuple[int, _Phrase, tuple[str, ...], _Phrase, str, int]]:
    """(start, subject, verb words, owner, owned noun, end) per "S V O's M", the subject a
    determined phrase not itself an owner, the verb one to four words."""
    out = []
    for i, w in enumerate(t):
        if w not in _DETS:
            continue
        for subj, h in _parties(t, i):
            if t[h].endswith("'s"):
                continue
            for j in range(h + 2, min(h + 6, len(t) - 2)):
                span = t[h + 1 : j]
                if any(x in _NOT_VERB or x.endswith("'s") for x in span):
                    break
                for own, g in _parties(t, j):
                    if not t[g].endswith("'s") or g + 1 >= len(t):
                        continue
                    m = t[g + 1]
                    if m.isalpha() and m not in _NOT_VERB:
                        out.append((i, subj, _verb(span), own, m, g + 2))
    return out


def _rest(t: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("O" if w in _OWNERS else _AGREE.get(w, w) for w in t)


def party_owner_traded(a: Parsed, b: Parsed) -> bool:
    ga = "'s" in a.source.replace("\u2019", "'")
    gb = "'s" in b.source.replace("\u2019", "'")
    if not (ga or gb):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    # role pass 90: "my X V-ed ... Y's Z" / "Y V-ed ... my Z", the other side saying "my"
    if ga and not _MINE.isdisjoint(b.words) and _household_traded(ta, tb):
        return True
    if gb and not _MINE.isdisjoint(a.words) and _household_traded(tb, ta):
        return True
    # role pass 125: "my X V ... the other X's N" / "the other X V ... my X's N"
    if _slots_traded(ta, tb) or _slots_traded(tb, ta):
        return True
    if not (ga and gb):
        return False
    fa = _frames(ta)
    if not fa:
        return False
    for i, s, v, o, m, e in fa:
        if s == o:
            continue
        for i2, s2, v2, o2, m2, e2 in _frames(tb):
            if (s2, v2, o2, m2) != (o, v, s, m):
                continue
            if _rest(ta[:i]) == _rest(tb[:i2]) and _rest(ta[e:]) == _rest(tb[e2:]):
                return True
    return False


# --- "my X V ... for Y's Z" / "Y V ... for my Z" (role pass 90) ------------------------------

# the pronouns that follow a trade of households ("Should they pay him?" / "Should we pay him?")
_FOLLOWING = frozenset(PERSON) | frozenset(OWNER)


def _followed(t: tuple[str, ...], named: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """``t`` with each person a "P": a pronoun, or one of the two ``named`` phrases said back
    in full ("Should my friend pay her?" / "Should I pay her?")."""
    out: list[str] = []
    i = 0
    while i < len(t):
        for x in named:
            if t[i : i + len(x)] == x:
                out.append("P")
                i += len(x)
                break
        else:
            out.append("P" if t[i] in _FOLLOWING else _AGREE.get(t[i], t[i]))
            i += 1
    return tuple(out)


def _household(s: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """``s`` the asker ("I / we") or one of the asker's ("my / our" and one or two words),
    not the other party's words."""
    if s in (("i",), ("we",)):
        return True
    if not 2 <= len(s) <= 3 or s[0] not in _MINE or s == other:
        return False
    return all(w.isalpha() and w not in _NOT_VERB for w in s[1:])


def _owners_at(t: tuple[str, ...], g: int) -> list[tuple[int, tuple[str, ...]]]:
    """The owner phrases ending at the genitive ``t[g]``: (start, words without "'s"), a
    determiner and one or two words ("our neighbor's", "a coworker's") or a name alone."""
    head = t[g][:-2]
    if not head.isalpha() or head in _DETS or head in _FOLLOWING:
        return []
    out: list[tuple[int, tuple[str, ...]]] = [(g, (head,))]
    for k in (g - 1, g - 2):
        if k < 0 or t[k] not in _DETS:
            continue
        if all(w.isalpha() and w not in _NOT_VERB for w in t[k + 1 : g]):
            out.append((k, (*t[k:g], head)))
    return out


def _household_traded(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """``ta`` "P S M Y's Z R", ``tb`` "P Y M my Z R'": S the asker's, M the same verb words,
    R and R' the same but for the pronouns following the trade."""
    for g, w in enumerate(ta):
        if not w.endswith("'s") or g + 1 >= len(ta) or not ta[g + 1].isalpha():
            continue
        if ta[g + 1] in _NOT_VERB:
            continue
        for k, y in _owners_at(ta, g):
            n = len(y)
            for q in range(len(tb) - n):
                if tb[q : q + n] != y or ta[:q] != tb[:q]:
                    continue
                for r in range(q + n + 1, len(tb)):
                    if tb[r] in MARKS or tb[r].endswith("'s"):
                        break
                    if tb[r] not in _MINE:
                        continue
                    m = tb[q + n : r]
                    end = k - len(m)
                    s = ta[q:end]
                    if end <= q or not _household(s, y) or _verb(ta[end:k]) != _verb(m):
                        continue
                    if _followed(ta[g + 1 :], (y, s)) == _followed(tb[r + 1 :], (y, s)):
                        return True
    return False


# --- "V my N into X's" read as "V my N into X's N" ----------------------------------------

_ALONE = {"mine": "my", "ours": "our", "yours": "your", "hers": "her", "theirs": "their"}
_NOT_OWNER = frozenset("it's that's he's she's what's there's here's let's who's where's".split())
_PREPS = r"(?:into|onto|from|with|to|for|over|after|than|as|like|against|instead of)"
_ENDS = r"(?=\s*(?:[,;:.?!]|$)|\s+(?:and|but|or|so|because|when|if|while|before|after)\b)"
_ELIDED_RE = re.compile(
    r"\b(?P<own>my|our|your|his|her|its|their|[a-z]+'s) (?P<noun>(?:[a-z]+ ){0,2}[a-z]+)"
    rf" (?P<prep>{_PREPS}) (?P<alone>mine|ours|yours|hers|theirs|[a-z]+'s){_ENDS}",
    re.IGNORECASE,
)
_STOPS = frozenset(
    "the a an and or but to of in on at for with from into by is are was were be been am do"
    " does did have has had will would can could should not my our your his her its their"
    " this that".split()
)


def _said(source: str) -> str:
    def full(m: re.Match[str]) -> str:
        alone, noun = m.group("alone"), m.group("noun")
        low = alone.lower()
        if low in _NOT_OWNER or m.group("own").lower() in _NOT_OWNER:
            return m.group(0)
        if _STOPS.intersection(noun.lower().split()):
            return m.group(0)
        owner = _ALONE.get(low, alone)
        return (
            m.group(0) + " " + noun
            if owner is alone
            else m.group(0)[: -len(alone)] + (f"{owner} {noun}")
        )

    return _ELIDED_RE.sub(full, source.replace("\u2019", "'"))


def standalone_owned_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if "'s" not in a.source + b.source and _ALONE.keys().isdisjoint(a.words + b.words):
        return None
    ra, rb = _said(a.source), _said(b.source)
    if ra == a.source.replace("\u2019", "'") and rb == b.source.replace("\u2019", "'"):
        return None
    return parse(ra), parse(rb)


# --- "D1 X V ... D2 Y's N" / "D2 X V ... D1 Y's N" (role pass 125) ---------------------------

_CLAUSE_OPEN = frozenset("if when after before because since while and but so".split())
_OWNER_TOKS = _OWNERS | _OTHER | frozenset(("another",))
_SAME_ME = {"our": "my", "we": "i", "us": "me"}


def _owner_span(s: tuple[str, ...]) -> bool:
    """One to four words naming a party or its owner: an owner's pronoun, "the other", a
    genitive ("the neighbor's"), with no clause mark or joining word in it."""
    if not 1 <= len(s) <= 4:
        return False
    if any(w in MARKS or w in _NOT_VERB - _DETS or not w.replace("'", "").isalpha() for w in s):
        return False
    return any(w in _OWNER_TOKS or w.endswith("'s") for w in s)


def _bare(s: tuple[str, ...]) -> tuple[str, ...]:
    return (*s[:-1], s[-1].removesuffix("'s")) if s else s


def _slots_traded(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """``ta`` = P X1 M X2 R, ``tb`` = P Y1 M Y2 R: X1 opens a clause (the subject or its
    owner), X2 / Y2 end in an owner ("the other team's", "my"), and X1 is Y2 and Y1 is X2
    read without the genitive's "'s"; M has no clause mark and no joining word."""
    na = tuple(_SAME_ME.get(w, w) for w in ta)
    nb = tuple(_SAME_ME.get(w, w) for w in tb)
    p = 0
    while p < min(len(na), len(nb)) and na[p] == nb[p]:
        p += 1
    if p and na[p - 1] not in MARKS and na[p - 1] not in _CLAUSE_OPEN:
        return False
    s = 0
    while s < min(len(na), len(nb)) - p and na[-1 - s] == nb[-1 - s]:
        s += 1
    ma, mb = na[p : len(na) - s], nb[p : len(nb) - s]
    for i in range(1, 5):
        x1 = ma[:i]
        for j in range(1, 5):
            y1 = mb[:j]
            if _bare(x1) == _bare(y1) or not (_owner_span(x1) and _owner_span(y1)):
                continue
            if x1 in _BACK or y1 in _BACK:  # "her parents" / "my wife's parents": said back
                continue
            x2, y2 = ma[len(ma) - len(y1) :], mb[len(mb) - len(x1) :]
            if _bare(x2) != _bare(y1) or _bare(y2) != _bare(x1):
                continue
            m = ma[i : len(ma) - len(y1)]
            if not m or m != mb[j : len(mb) - len(x1)]:
                continue
            if any(w in MARKS or w in _LINKED for w in m):
                continue
            if not (x2[-1].endswith("'s") or x2[-1] in _OWNERS or x2 == x1 or s):
                continue
            return True
    return False


_BACK = frozenset((w,) for w in ("his", "her", "its", "their", "your"))
_LINKED = frozenset("and or nor vs versus between with than".split())
