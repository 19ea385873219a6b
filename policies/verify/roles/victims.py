"""Role pass 61 (blind rounds 167-169): the one a deed was done to changed between the asker
and one of the asker's people, "I was robbed by a fake taxi driver" / "a fake taxi driver
robbed my friend while I waited", "my son was bitten by a dog" / "a dog bit me".

``victim_changed`` reads a passive whose subject is the asker ("I / we was V-ed by") or the
asker's person ("my N was V-ed by"), and an active use of the same verb whose object is the
other of them ("V-ed my N", "V-ed me"); the passive's doer may be named anything."""

from __future__ import annotations

from policies.verify.lexicon import PAST_OF_PARTICIPLE
from policies.verify.text import Parsed
from policies.verify.words import stem

_PASSIVE_AUX = frozenset(("was", "were", "got", "been", "get", "gets", "am", "is", "are"))
_SELF = frozenset(("i", "we"))
_SELF_OBJECT = frozenset(("me", "us"))
_MINE = frozenset(("my", "our"))
_PEOPLE = frozenset(
    """friend friends son daughter wife husband kid kids child children mom dad mother father
    brother sister partner boyfriend girlfriend roommate grandma grandpa grandmother
    grandfather aunt uncle cousin nephew niece parents fiance fiancee colleague coworker
    dog cat""".split()
)
_SKIP = frozenset(("have", "has", "had", "just", "also", "recently", "once", "nearly", "almost"))


def _key(w: str) -> str:
    return stem(PAST_OF_PARTICIPLE.get(w, w))


def _person(x: tuple[str, ...], i: int) -> str | None:
    """Self for "i / we / me / us" at i, the noun for "my (ADJ) N" starting at i."""
    if x[i] in _SELF or x[i] in _SELF_OBJECT:
        return "self"
    if x[i] in _MINE:
        for n in x[i + 1 : i + 3]:
            if n in _PEOPLE:
                return n
    return None


def _passives(x: tuple[str, ...]) -> set[tuple[str, str]]:
    """(verb, who) per "WHO was V-ed by" (WHO: I, we, my N)."""
    found = set()
    for t in range(2, len(x) - 1):
        if x[t + 1] != "by" or x[t - 1] not in _PASSIVE_AUX:
            continue
        s = t - 2
        while s >= 0 and (x[s] in _SKIP or x[s] in _PASSIVE_AUX):
            s -= 1
        if s < 0:
            continue
        if x[s] == "i":  # not "we": it may hold the other side's "my N"
            found.add((_key(x[t]), "self"))
        elif x[s] in _PEOPLE and s >= 1:
            for o in (s - 1, s - 2):
                if o >= 0 and x[o] in _MINE:
                    found.add((_key(x[t]), x[s]))
                    break
    return found


def _actives(y: tuple[str, ...]) -> dict[str, set[str]]:
    """verb -> the ones it is done to, per "V-ed me / us / my N"."""
    found: dict[str, set[str]] = {}
    for s in range(len(y) - 1):
        who = _person(y, s + 1)
        if who is None or y[s + 1] in _SELF:
            continue
        if who != "self" and _SELF_OBJECT.intersection(y[s + 2 : s + 7]):
            continue  # "V-ed my wife and me": the asker among them
        found.setdefault(_key(y[s]), set()).add(who)
    return found


def victim_changed(a: Parsed, b: Parsed) -> bool:
    """Role pass 61: "I was V-ed by X" / "X V-ed my N" (or "my N was V-ed by X" / "X V-ed
    me"): the one the deed was done to is another."""
    if "by" not in a.words and "by" not in b.words:
        return False
    for x, y in ((a.words, b.words), (b.words, a.words)):
        done = _passives(x)
        if not done:
            continue
        if _passives(y) & done:
            continue
        acts = _actives(y)
        for verb, who in done:
            them = acts.get(verb)
            if them and who not in them and ("self" in them or who == "self"):
                return True
    return False


# Role pass 144 (blind rounds 282-284): the one a charge is made against changed between the
# asker and another party while the asker stays the one asking ("after a foul against my
# opponent, do I lose possession?" / "after a foul against me, do I ...?", "If a complaint is
# filed against my coworker, can I be fired?" / "... against me, can I ...?").
_AGAINST = "against"
_OTHER_LEADS = frozenset(("my", "the", "another", "a", "an", "his", "her", "their", "your"))
_ASKER_OF = {"me": "i", "us": "we"}
# a group the asker is one of ("my team", "my family"): "against my team" is against the asker too
_GROUPS = frozenset(
    "team side family company business firm club band class crew group household squad".split()
)
_NP_STOP = frozenset(
    """do does did can could will would should may might must is are was were am be been
    i we me us you he she they it myself ourselves and or but if when after before while
    because so""".split()
)


def _other_party(x: tuple[str, ...]) -> bool:
    """``x`` a noun phrase of another party: "my opponent", "the other team", "a rival"."""
    if not 2 <= len(x) <= 3 or x[0] not in _OTHER_LEADS:
        return False
    return all(w.isalpha() and w not in _NP_STOP for w in x[1:])


def against_party_changed(a: Parsed, b: Parsed) -> bool:
    """Role pass 144: "... against X ..." / "... against me ...", every other word the same
    and the asker ("I" for "me", "we" for "us") named elsewhere on both sides: the one a foul,
    a complaint, a ruling goes against is the asker on one side and another on the other.
    "our N" against "us" (the asker's own group) is left alone."""
    wa, wb = a.words, b.words
    if _AGAINST not in wa or _AGAINST not in wb or wa == wb:
        return False
    for x, y in ((wa, wb), (wb, wa)):
        for k in range(len(y) - 1):
            if y[k] != _AGAINST or y[k + 1] not in _ASKER_OF:
                continue
            head, tail = y[: k + 1], y[k + 2 :]
            if x[: k + 1] != head or len(x) <= len(y) or x[len(x) - len(tail) :] != tail:
                continue
            other = x[k + 1 : len(x) - len(tail)]
            if not _other_party(other):
                continue
            me = y[k + 1]
            if other[0] == "my" and (me == "us" or other[-1] in _GROUPS):
                continue  # "against my team" / "against us, do we ...": the asker's side
            if _ASKER_OF[me] in head or _ASKER_OF[me] in tail:
                return True
    return False
