"""Role pass 46 (blind rounds 137-139): the one owning the doer made the doer, and the doer
made the one done to, the pronouns following.

``owner_became_doer``: "X's Y V-s ... him" / "X V-s ... his Y" ("My kid's classmate laughs at
him" / "My kid laughs at his classmate", "my son's teacher repeats everything he says" / "my son
repeats everything his teacher says"), and "X's Y V-s ... the N" / "X V-s ... his Y's N" ("my
kid's teacher is taking money from the class fundraiser" / "my kid is taking money from his
teacher's class fundraiser"). The same words after the subject, whose owner is the subject on
the other side: the doer changed, and the old doer is named by a pronoun for the new one. A
short tail after it may differ ("who stutters" / "because he stutters"). Verbs done with each
other ("lives with", "argues with") are left. Role pass 87: "the N" may be the asker's, "our
N" ("Can my au pair's boyfriend stay overnight at our house?" / "Can our au pair stay overnight
at her boyfriend's house?": guest and host traded), and "my" / "our" before the owner are one.
Role pass 228: "its" / "it" read as "his" / "him" ("Why did the dog's owner go into the mud
after it?" / "Why did the dog go into the mud after its owner?": who goes first and who follows
traded between the owner and the owned).

``for_to_traded``: "for X to V ... Y" / "for Y to V ... X" with a pronoun for the one moved
("for the lawyer who wrote my mom's will to inherit from her" / "for my mom to inherit from the
lawyer who wrote her will"): the two sides read with an owner, or a pronoun, of the other one
said as one mark.
"""

from __future__ import annotations

from policies.verify.roles.recast import MUTUAL, PUNCT, owned_tokens
from policies.verify.text import Parsed

# role pass 228: "its" / "it" too, the owned a thing or an animal ("Why did the dog's owner go
# into the mud after it?" / "Why did the dog go into the mud after its owner?")
_POSSESSIVE = {
    "his": ("he", "him"),
    "her": ("she", "her"),
    "their": ("they", "them"),
    "its": ("it",),
}
_DETERMINERS = frozenset(("the", "a", "an", "this", "that"))
# role pass 87: "Can my au pair's boyfriend stay overnight at our house?" / "Can our au pair
# stay overnight at her boyfriend's house?": the asker's N made the old doer's
_PLACE_OWNERS = _DETERMINERS | frozenset(("my", "our"))
_PERSONAL = frozenset("he him his she her hers they them their theirs".split())
_NEUTER = frozenset(("it", "its"))  # role pass 228: read by ``owner_became_doer`` only
_BREAKS = PUNCT | frozenset(("and", "but", "because", "so", "if", "when", "while", "who"))
_TAIL_DIFF = 3


def _close(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two tails the same but for a few words ("who stutters" / "because he stutters")."""
    return x == y or (len(set(x) ^ set(y)) <= _TAIL_DIFF and x[-3:] == y[-3:])


def _ours(x: tuple[str, ...]) -> tuple[str, ...]:
    """ "our" read as "my": the asker's party either way ("my au pair" / "our au pair")."""
    return tuple("my" if w == "our" else w for w in x)


def _moved(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x says "P O 's N M R" and y "P O M R'" with R' naming N through a pronoun for O."""
    for k in range(len(x) - 3):
        if x[k] != "'s" or k == 0 or (x[:k] != y[:k] and _ours(x[:k]) != _ours(y[:k])):
            continue
        for n in (1, 2):
            owned = x[k + 1 : k + 1 + n]
            if len(owned) < n or _BREAKS.intersection(owned) or "'s" in owned:
                continue
            start = k + 1 + n
            for m in range(start + 1, len(x)):
                verb = x[start:m]
                if _BREAKS.intersection(verb) or "'s" in verb:
                    break
                if y[k : k + len(verb)] != verb or not MUTUAL.isdisjoint(verb):
                    continue
                said = y[k + len(verb) :]
                if len(said) < n + 1 or said[0] not in _POSSESSIVE:
                    continue
                if said[1 : 1 + n] != owned:
                    continue
                rest = x[m:]
                if not rest:
                    continue
                if said[1 + n : 2 + n] == ("'s",) and rest[0] in _PLACE_OWNERS:
                    if rest[1:] == said[2 + n :]:
                        return True  # "from the N" / "from his Y's N", "at our N" (pass 87)
                elif rest[0] in _POSSESSIVE[said[0]] and _close(rest[1:], said[1 + n :]):
                    return True  # "at him" / "at his Y"
    return False


def owner_became_doer(a: Parsed, b: Parsed) -> bool:
    """ "X's Y V-s ... him" / "X V-s ... his Y": the doer's owner made the doer."""
    said = _PERSONAL | _NEUTER
    if said.isdisjoint(a.words) and said.isdisjoint(b.words):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > 4 or ("'s" not in ta and "'s" not in tb):
        return False
    return _moved(ta, tb) or _moved(tb, ta)


def _marked(span: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The span with a pronoun, or the other side's noun phrase as an owner, said as "@"."""
    out: list[str] = []
    i = 0
    while i < len(span):
        n = len(other)
        if n and span[i : i + n + 1] == (*other, "'s"):
            out.append("@")
            i += n + 1
            continue
        out.append("@" if span[i] in _PERSONAL else span[i])
        i += 1
    return tuple(out)


def _for_to(x: tuple[str, ...]) -> list[tuple[int, int]]:
    """Each "for ... to" with the doer between them: (index of "for", index of "to")."""
    out: list[tuple[int, int]] = []
    for i, w in enumerate(x):
        if w != "for":
            continue
        for j in range(i + 2, min(len(x), i + 12)):
            if x[j] in PUNCT:
                break
            if x[j] == "to":
                out.append((i, j))
                break
    return out


def _end(x: tuple[str, ...], start: int) -> int:
    for e in range(start, len(x)):
        if x[e] in PUNCT:
            return e
    return len(x)


def _traded(
    doer_a: tuple[str, ...], obj_a: tuple[str, ...], doer_b: tuple[str, ...], obj_b: tuple[str, ...]
) -> bool:
    """One side's doer the other's object (an owner or a pronoun for the other doer said as one
    mark), and its object the other's doer or a pronoun for it, which the doer names as owner."""
    if doer_a == doer_b or _marked(doer_a, doer_b) != _marked(obj_b, doer_b):
        return False
    if obj_a == doer_b:
        return True
    owner = (*doer_b, "'s")
    named = any(doer_a[i : i + len(owner)] == owner for i in range(len(doer_a)))
    return len(obj_a) == 1 and obj_a[0] in _PERSONAL and named


def for_to_traded(a: Parsed, b: Parsed) -> bool:
    """ "for X to V ... Y" / "for Y to V ... X", an owner or a pronoun following the one moved."""
    if "for" not in a.words or "for" not in b.words or "to" not in a.words:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if ta == tb or abs(len(ta) - len(tb)) > 4:
        return False
    for i, j in _for_to(ta):
        for i2, j2 in _for_to(tb):
            if i != i2 or ta[:i] != tb[:i2]:
                continue
            doer_a, doer_b = ta[i + 1 : j], tb[i2 + 1 : j2]
            end_a, end_b = _end(ta, j), _end(tb, j2)
            if ta[end_a:] != tb[end_b:]:
                continue
            for v in range(2, 6):
                verb = ta[j : j + v]
                if tb[j2 : j2 + v] != verb or PUNCT.intersection(verb):
                    break
                if not MUTUAL.isdisjoint(verb):
                    break
                obj_a, obj_b = ta[j + v : end_a], tb[j2 + v : end_b]
                if not obj_a or not obj_b or obj_a == doer_a:
                    continue
                if _traded(doer_a, obj_a, doer_b, obj_b) or _traded(doer_b, obj_b, doer_a, obj_a):
                    return True
    return False


# Role pass 89 (blind rounds 215-217): the doer one of a group someone owns, "D N P X's M",
# made the one done to, X made the doer: "A kid in my son's karate class keeps kicking him" /
# "My son keeps kicking a kid from his karate class", "A player on my daughter's team keeps
# tripping her" / "My daughter keeps tripping a player on her team". The verb phrase the same
# (its first word agreeing), the old doer named by a pronoun for X on one side and its group
# by X's possessive on the other, the tail after it the same or close.
_MEMBER_LEADS = frozenset("a an the one some another".split())
_AMONG = frozenset("in from at on of".split())
_OWNER_LEADS = frozenset("my our your his her their the".split())
_OBJECT_OWNER = {"him": "his", "her": "her", "them": "their"}
_VERB_MAX = 5


def _member_moved(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "P D N in X 's M V him T", ``y`` "P X V D N in his M T"."""
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    if p >= len(x) or x[p] not in _MEMBER_LEADS or (p and x[p - 1] not in _BREAKS):
        return False
    for n in (1, 2):
        noun = x[p + 1 : p + 1 + n]
        at = p + 1 + n
        if len(noun) < n or not all(w.isalpha() and w not in _BREAKS for w in noun):
            continue
        if at + 3 >= len(x) or x[at] not in _AMONG or x[at + 1] not in _OWNER_LEADS:
            continue
        if "'s" not in x[at + 2 : at + 5]:
            continue
        g = x.index("'s", at + 2)
        owner = x[at + 1 : g]
        if y[p : p + len(owner)] != owner or _BREAKS.intersection(owner):
            continue
        if _member_said(x, y, (x[p], *noun), owner, g, p + len(owner)):
            return True
    return False


def _member_said(
    x: tuple[str, ...],
    y: tuple[str, ...],
    member: tuple[str, ...],
    owner: tuple[str, ...],
    g: int,
    yv: int,
) -> bool:
    """After ``x``'s "X 's" at ``g``: "M V him T"; after ``y``'s "X" at ``yv``: "V D N P his M
    T'", T' the same as T or close."""
    for lm in (1, 2, 3):
        group = x[g + 1 : g + 1 + lm]
        v = g + 1 + lm
        if len(group) < lm or not all(w.isalpha() for w in group):
            continue
        for e in range(v + 1, min(len(x), v + 1 + _VERB_MAX)):
            if x[e] in _BREAKS or x[e] == "'s":
                break
            own = _OBJECT_OWNER.get(x[e])
            if own is None:
                continue
            verb = x[v:e]
            said = y[yv : yv + len(verb)]
            if not MUTUAL.isdisjoint(verb) or not _verb_agrees(verb, said):
                break
            q = yv + len(verb)
            k = q + len(member)
            if y[q + 1 : k] != member[1:] or y[q] not in _MEMBER_LEADS or k + 1 >= len(y):
                break
            if y[k] not in _AMONG or y[k + 1] != own or y[k + 2 : k + 2 + lm] != group:
                break
            if _close(x[e + 1 :], y[k + 2 + lm :]):
                return True
            break
    return False


def _verb_agrees(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same verb phrase, its first word maybe agreeing with another subject ("keep" /
    "keeps")."""
    if x == y:
        return True
    if len(x) != len(y) or x[1:] != y[1:]:
        return False
    u, w = sorted((x[0], y[0]), key=len)
    return w in (u + "s", u + "es") or (u.endswith("y") and w == u[:-1] + "ies")


def member_became_doer(a: Parsed, b: Parsed) -> bool:
    """ "A N in X's M V-s him" / "X V-s a N in his M": the group's owner made the doer."""
    words, source = a.words + b.words, a.source + b.source
    if _AMONG.isdisjoint(words) or _OBJECT_OWNER.keys().isdisjoint(words):
        return False
    if "'s" not in source and "\u2019s" not in source:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    return _member_moved(ta, tb) or _member_moved(tb, ta)


def owner_doer_swap(a: Parsed, b: Parsed) -> bool:
    return owner_became_doer(a, b) or for_to_traded(a, b) or member_became_doer(a, b)
