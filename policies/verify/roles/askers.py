"""The asker in the other role (round 64): "The maid of honor wants to bring her baby to my
wedding" / "I'm the maid of honor and want to bring my baby to the bride's wedding", "The
landlord wants to keep my deposit" / "I'm the landlord and want to keep the tenant's deposit".
One side says the asker is the role ("I am the R", "I'm a R", "as the R, I ..."); the other
names "the R" ("a R", "my R") as someone else and speaks as the asker ("I", "me", "my")
without saying the asker is the R: the asker is on the other side of the same story. A role
both sides give the asker, one given to the assistant ("You are a therapist", "As a therapist,
tell me"), or no role at all ("the one", "the first") is no trade.

Role pass 75 (round 201): the role the asker says they are ends at a present participle after
its first word, which opens what the asker does in it ("I hired a teenager to do chores for my
goats" / "I'm a teenager doing chores for someone's goats": the role "teenager" as well as
"teenager doing chores"); a role named as someone else runs on as before ("a carer parking
permit").

Role pass 105 (round 237): a past participle ends it too ("I'm hiring a consultant to design my
system" / "I'm a consultant hired to design someone's system": the role "consultant").
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.lexicon import BASE_OF_PARTICIPLE
from policies.verify.roles.written import AUX, COPULA, MARKS, tokens
from policies.verify.text import Parsed

_ROLE_LEADS = lx.ARTICLES | frozenset(("my", "our"))
_SELF = frozenset(("am", "as"))
_SAID_SELF = frozenset((("am", "i"), (",", "me"), (",", "i")))
_ASKER = frozenset("i me my mine myself".split())
_ENDS = (
    MARKS
    | AUX
    | COPULA
    | frozenset(
        """and or but to for with in on at about from by if when because that who whom which
    wants want wanted is not""".split()
    )
)
# "the one who", "the first to", "the only": a rank or a pointer, no role in a story
_NOT_ROLES = frozenset(
    """one ones only first last same other best worst reason problem kind type sort way
    person people thing things case""".split()
)
_ROLE_MAX = 3  # "maid of honor", "best man", "property manager"


def _role(t: tuple[str, ...], i: int, doing_ends: bool = False) -> tuple[str, ...] | None:
    """The role named at ``i`` (after "the"): up to three words, "of" inside ("maid of
    honor"); with ``doing_ends``, up to a present participle after its first word."""
    j = i
    while j < len(t) and j - i < _ROLE_MAX and (t[j] not in _ENDS or t[j] == "of"):
        if t[j].endswith("'s"):
            return None  # "the bride's wedding": an owner, not a role
        if doing_ends and j > i and (_doing(t[j]) or _done(t[j])):
            break  # role pass 75: "I'm a teenager doing chores for ...": the role ends there
        j += 1
    if j == i or t[j - 1] == "of" or t[i] in _NOT_ROLES or not t[i].isalpha():
        return None
    return t[i:j]


def _doing(w: str) -> bool:
    """A present participle that opens what the asker in the role does ("I'm a teenager
    doing chores", "I'm a student renting a room"), past a role's first word ("I'm a wedding
    planner"). Read only in the role the asker says they are: a role named as someone else's
    runs on ("a carer parking permit" is no carer who parks)."""
    return len(w) > 4 and w.endswith("ing") and w.isalpha() and w not in _ING_NOUNS


def _done(w: str) -> bool:
    """Role pass 105: a past participle that says what was done to the asker in the role
    ("I'm a consultant hired to design someone's system", "I'm a nanny paid by the hour": the
    role "consultant" as well as "consultant hired"), against a role given to someone else
    ("I'm hiring a consultant to design my system")."""
    if w in BASE_OF_PARTICIPLE:
        return True
    return len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w.isalpha()


# "-ing" words that end a role's noun rather than open a deed: "a Sunday morning host"
_ING_NOUNS = frozenset(
    """morning evening wedding building ceiling sibling offspring nothing something anything
    everything darling pudding stuffing clothing lightning thing string spring swing
    sling""".split()
)


def _asker_after(t: tuple[str, ...], i: int) -> bool:
    """ "as the maid of honor, can I": the asker the subject just after the role (not "act as
    a career coach and review my resume", "as a therapist, tell me")."""
    for w in t[i : i + 3]:
        if w == "i":
            return True
        if w not in MARKS and w not in AUX:
            return False
    return False


def _roles(t: tuple[str, ...]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """(roles the asker says they are, roles named as someone else)."""
    own: set[tuple[str, ...]] = set()
    other: set[tuple[str, ...]] = set()
    for k, w in enumerate(t[:-1]):
        if w not in _ROLE_LEADS:
            continue
        role = _role(t, k + 1)
        before = t[k - 1] if k else ""
        if w in lx.ARTICLES and k >= 2 and (before, t[k - 2]) in _SAID_SELF:
            # "I am the maid of honor", "yelled at me, a teacher"; "I'm a nanny watching
            # someone's kids" (the role read up to the participle: "nanny")
            own.update(r for r in (role, _role(t, k + 1, doing_ends=True)) if r is not None)
        elif role is None:
            continue
        elif w in lx.ARTICLES and before == "as" and _asker_after(t, k + 1 + len(role)):
            own.add(role)  # "as the maid of honor, can I ..."
        elif before not in _SELF and t[max(0, k - 2) : k] != ("you", "are"):
            other.add(role)  # not "you are a therapist": a part the assistant plays
    return own, other


def _claimed(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A cheap look first: "am / as" and an article before a word the other side has too."""
    for k, w in enumerate(words[:-2]):
        if (w == "am" or w == "as") and words[k + 1] in lx.ARTICLES and words[k + 2] in other:
            return True
    return False


def asker_role_traded(a: Parsed, b: Parsed) -> bool:
    if _SELF.isdisjoint(a.words) and _SELF.isdisjoint(b.words):
        return False
    if not (_claimed(a.words, b.words) or _claimed(b.words, a.words)):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    own_a, other_a = _roles(ta)
    own_b, other_b = _roles(tb)
    if not own_a and not own_b:
        return False
    for mine, theirs, t_theirs, own_theirs in (
        (own_a, other_b, tb, own_b),
        (own_b, other_a, ta, own_a),
    ):
        for role in mine & theirs:
            if role not in own_theirs and not _ASKER.isdisjoint(t_theirs):
                return True
    return False


# Role pass 31: both sides give the asker a role, and each gives the other side's role to
# someone else ("I'm a student and my instructor keeps texting me" / "I'm an instructor and a
# student keeps texting me", "As a school principal, can I certify a teacher's form?" / "As a
# teacher, can I certify my principal's form?"): the asker and the other person traded roles.
# A second role joined to the asker's ("I'm a parent and a teacher") is the asker's too.
_JOINS = frozenset(("and", "or", ","))
_APART_MAX = 3


def _role_heads(t: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """(the asker's role heads, every word of the roles named as someone else: "my instructor
    keeps texting" runs on to the verb, no verb table to stop it)."""
    own: set[str] = set()
    other: set[str] = set()
    last_own_end = -2
    for k, w in enumerate(t[:-1]):
        if w not in _ROLE_LEADS:
            continue
        j = k + 1
        while j < len(t) and j - k <= _ROLE_MAX and t[j] not in _ENDS and t[j].isalpha():
            j += 1
        if j < len(t) and j - k <= _ROLE_MAX and t[j].endswith("'s") and t[j][:-2].isalpha():
            head, end = t[j][:-2], j + 1  # "a teacher's form": the teacher, named as an owner
        elif j > k + 1:
            head, end = t[j - 1], j
        else:
            continue
        if t[k + 1] in _NOT_ROLES or head in _NOT_ROLES:
            continue
        before = t[k - 1] if k else ""
        said_self = w in lx.ARTICLES and k >= 2 and (before, t[k - 2]) in _SAID_SELF
        as_self = w in lx.ARTICLES and before == "as" and _asker_after(t, end)
        # "Can I certify X's form as a teacher?" (the frame moved after the question)
        as_self = as_self or (
            w in lx.ARTICLES and before == "as" and "i" in t[:k] and t[end:] in ((), ("?",), (".",))
        )
        joined = before in _JOINS and last_own_end == k - 1 and w in lx.ARTICLES
        # not "and a student keeps texting me", "and a doctor keeps yelling at me"
        joined = joined and (end == len(t) or t[end] in MARKS or t[end] in _JOINS)
        if said_self or as_self or joined:
            own.add(head)
            last_own_end = end
        elif before not in _SELF and t[max(0, k - 2) : k] != ("you", "are"):
            other.update(x.removesuffix("'s") for x in t[k + 1 : end])
    return own, other


def asker_named_traded(a: Parsed, b: Parsed) -> bool:
    if _SELF.isdisjoint(a.words) or _SELF.isdisjoint(b.words):
        return False
    if len(a.content ^ b.content) > _APART_MAX:
        return False
    own_a, other_a = _role_heads(tokens(a.source))
    own_b, other_b = _role_heads(tokens(b.source))
    if not own_a or not own_b or own_a & own_b:
        return False
    return bool(own_a & other_b) and bool(own_b & other_a)
