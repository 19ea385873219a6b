"""Role pass 135 (blind rounds 273-275): one doer and one undergoer read across two clause
frames that say the roles by different means.

``passive_compared_traded``: "Is X V-ed by more N than Y?" against "Does Y get more N than X?"
(or the same passive frame turned round): the one that gets more is the passive's subject and
the "get"'s subject, so the two compared parties traded across the frames ask the opposite
("Is the Louvre visited by more people than the Met?" / "Does the Met get more visitors than
the Louvre?"). The compared noun may be said another way ("people" / "visitors"); "more"
against "fewer / less" turns the comparison round and is left (the same question).

``wh_relative_traded``: "Who V-ed the X ...?" (who did it to X) against "Who did the X V ...?"
(whom X did it to): the same verb, X its object on one side and its subject on the other,
whatever follows ("Who rescued the surfer the seal bit?" / "Who did the surfer rescue after the
seal bit him?"). Verbs done with each other ("meet", "marry", "date", "fight" ...) are left.

``whose_doer_traded``: "the N1 whose N2 I V-ed" against "the N1 who V-ed my N2": the asker's
act on N1's thing against N1's act on the asker's ("The woman whose car I scratched" / "The
woman who scratched my car"); "we" / "our" likewise.

Pure functions over two ``Parsed`` forms, read on the texts as written (``tokens``).
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed

_COPULA = frozenset("is are was were".split())
_DO = frozenset("do does did".split())
_MORE = frozenset(("more",))
_FEWER = frozenset(("fewer", "less"))
# the one who gets more: "get", "attract", "draw", "receive", "see", "have"
_GETS = frozenset(
    "get gets got receive receives received attract attracts attracted draw draws drew see sees"
    " saw have has had".split()
)
_TAIL_AUX = frozenset("do does did is are was were".split())
_PARTY_MAX = 6


def _party(t: tuple[str, ...]) -> tuple[str, ...] | None:
    """A compared party: its words without a leading "the", at most ``_PARTY_MAX``."""
    if t and t[0] == "the":
        t = t[1:]
    return t if 0 < len(t) <= _PARTY_MAX and not (MARKS & set(t)) else None


def _participle(w: str) -> bool:
    return w.endswith(("ed", "en")) or w in lx.BASE_OF_PARTICIPLE


def _compared(t: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], bool] | None:
    """(the one that gets more, the other, "more" or not) of "Is X V-ed by more N than Y" or
    "Does X get more N than Y"."""
    if len(t) < 7 or "than" not in t:
        return None
    than = t.index("than")
    end = than + 1
    while end < len(t) and t[end] not in MARKS:
        end += 1
    other = t[than + 1 : end]
    if other and other[-1] in _TAIL_AUX:  # "than Pepsi does"
        other = other[:-1]
    y = _party(other)
    if y is None:
        return None
    if t[0] in _COPULA and "by" in t[:than]:
        k = t.index("by")
        head = t[1 : k - 1]
        if k < 3 or not _participle(t[k - 1]) or k + 1 >= than:
            return None
    elif t[0] in _DO:
        k = next((i for i in range(2, than) if t[i] in _GETS), 0)
        head = t[1:k]
        if not k or k + 1 >= than:
            return None
    else:
        return None
    q = t[k + 1]
    x = _party(head)
    if x is None or (q not in _MORE and q not in _FEWER):
        return None
    return x, y, q in _MORE


def passive_compared_traded(a: Parsed, b: Parsed) -> bool:
    """ "Is X V-ed by more N than Y?" / "Does Y get more N than X?"."""
    if "than" not in a.words or "than" not in b.words or not ("by" in a.words or "by" in b.words):
        return False
    ra, rb = _compared(tokens(a.source)), _compared(tokens(b.source))
    if ra is None or rb is None or ra[0] == ra[1]:
        return False
    return ra[2] == rb[2] and ra[0] == rb[1] and ra[1] == rb[0]


_WH = frozenset(("who", "whom"))
_WH_AUX = frozenset("did does do will would should can could".split())
_NP_LEADS = lx.DETERMINERS
_NP_MAX = 3  # "the", "the little boy", "my older brother"
# done with each other: "Who married the actress ..." / "Who did the actress marry ..."
_MUTUAL = frozenset(
    "meet marry date divorce fight play face race wrestle debate tie draw kiss hug befriend"
    " battle duel partner work live share argue agree split talk speak chat deal trade".split()
)


def _bases(w: str) -> frozenset[str]:
    """The base forms a past tense may stand for ("rescued" -> "rescue", "bit" -> "bite")."""
    if w in lx.BASE_OF_PAST:
        return frozenset((lx.BASE_OF_PAST[w],))
    if len(w) < 4 or not w.endswith("ed"):
        return frozenset()
    if w.endswith("ied"):
        return frozenset((w[:-3] + "y",))
    out = {w[:-2], w[:-1]}
    if w[-3] == w[-4]:
        out.add(w[:-3])  # "hugged" -> "hug"
    return frozenset(out)


def _wh_subject(t: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """(the verb's bases, the words after it) of "Who V-ed the X ..."."""
    if len(t) < 4 or t[0] not in _WH or t[2] not in _NP_LEADS:
        return None
    bases = _bases(t[1])
    return (bases, t[2:]) if bases else None


def _wh_object(t: tuple[str, ...], bases: frozenset[str]) -> tuple[str, ...] | None:
    """The subject of "Who did the X V ..." with V one of ``bases``."""
    if len(t) < 5 or t[0] not in _WH or t[1] not in _WH_AUX or t[2] not in _NP_LEADS:
        return None
    for j in range(3, min(len(t), 3 + _NP_MAX)):
        if t[j] in MARKS:
            return None
        if t[j] in bases:
            return t[2:j] if j > 3 else None
    return None


def _wh_traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    read = _wh_subject(x)
    if read is None or _MUTUAL & read[0]:
        return False
    subject = _wh_object(y, read[0])
    return subject is not None and read[1][: len(subject)] == subject


def wh_relative_traded(a: Parsed, b: Parsed) -> bool:
    """ "Who V-ed the X ...?" / "Who did the X V ...?"."""
    if not (_WH.intersection(a.words) and _WH.intersection(b.words)):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _wh_traded(ta, tb) or _wh_traded(tb, ta)


_ASKER_OWNER = {"i": "my", "we": "our"}
_RELATIVE = frozenset(("who", "that"))
_PARTICLE_MAX = 2  # "bumped into", "ran over", "backed up into"
_OWNED_MAX = 2  # "car", "parking spot"


def _whose_acts(t: tuple[str, ...]) -> set[tuple[str, str, str, str]]:
    """(head, N's last word, verb, owner) of each "HEAD whose N I V-ed"."""
    out: set[tuple[str, str, str, str]] = set()
    for k in range(1, len(t) - 3):
        if t[k] != "whose":
            continue
        for n in range(1, _OWNED_MAX + 1):
            s = k + 1 + n
            if s + 1 < len(t) and t[s] in _ASKER_OWNER and _bases(t[s + 1]):
                out.add((t[k - 1], t[s - 1], t[s + 1], _ASKER_OWNER[t[s]]))
    return out


def _who_acts(t: tuple[str, ...]) -> set[tuple[str, str, str, str]]:
    """(head, a word of N, verb, owner) of each "HEAD who V-ed (P) my N"."""
    out: set[tuple[str, str, str, str]] = set()
    for k in range(1, len(t) - 3):
        if t[k] not in _RELATIVE or not _bases(t[k + 1]):
            continue
        for j in range(k + 2, min(len(t) - 1, k + 3 + _PARTICLE_MAX)):
            if t[j] in ("my", "our"):
                for w in t[j + 1 : j + 1 + _OWNED_MAX]:
                    out.add((t[k - 1], w, t[k + 1], t[j]))
                break
    return out


def whose_doer_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N1 whose N2 I V-ed" / "the N1 who V-ed my N2"."""
    if "whose" in a.words and "whose" not in b.words:
        x, y = tokens(a.source), tokens(b.source)
    elif "whose" in b.words and "whose" not in a.words:
        x, y = tokens(b.source), tokens(a.source)
    else:
        return False
    whose = _whose_acts(x)
    return bool(whose) and bool(whose & _who_acts(y))
