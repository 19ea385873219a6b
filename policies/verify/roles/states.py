"""Role pass 59 (rounds 164-166): the same state or the same thing said of another person, every
other word kept.

- ``attribute_moved``: one modifier moved from one person to another ("Can I take my feverish
  daughter to her brother's party?" / "... my daughter to her feverish brother's party?"): the
  two sides are the same words with one word taken out, that word right after a determiner or
  an owner on both sides ("my", "her", "the") and before another person (a word of the person
  list, ``senses.person_or_pet``).
- ``relative_state_moved``: a relative clause's state moved to another head ("Can my son, who
  has a fever, visit his grandpa who is on chemo?" / "Can my son visit his grandpa, who has a
  fever and is on chemo?"): each "N who / that P" read as (N, P), N a person, "P and Q" as
  two states; a state said of N on one side and of M, not N, on the other, N and M named on
  both.
- ``condition_pronoun_changed``: the only word apart a "he" / "she" whose gender one side's
  other words give to a person named ("Can my son's babysitter watch him if she has a fever?"
  / "... if he has a fever?": "him" is the son, so "she" is someone else).
- ``owner_named_changed``: "my N" against "X's N" (or "the X's N") with X named elsewhere on
  both sides ("My kids broke the window ... Does the owner's insurance cover it?" / "The
  owner's kids broke the window ..."). "our N" / "my N" is the same asker and left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.verify.roles.held import holder_changed
from policies.verify.senses import names_person, person_or_pet
from policies.verify.text import Parsed
from policies.verify.words import common_ends

_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|[^\sa-z]")
_DETS = frozenset("my our your his her their the a an this that these those".split())
_FUNCTION = frozenset(
    "a an the my our your his her their its this that these those and or but to of in on at for"
    " with by from is are was were be been am has have had do does did not no so if when who"
    " which what whom whose can could should would will may might must i we you he she they it"
    " me us him them own other another same one some any all both each".split()
)
_REL = frozenset(("who", "that", "which"))
_STOPS = frozenset(".,;:!?()\u2013\u2014")
# role pass 74: a spaced dash ends a clause as a comma does ("his sister, who has ADHD - what
# should I do?"); a hyphen inside a word ("well-paid") is no stop
_DASH_RE = re.compile(r"\s+(?:-+|[\u2013\u2014])\s+|[\u2013\u2014]")
_MALE = frozenset(
    "him his son sons brother husband dad father grandpa grandfather uncle nephew boyfriend boy"
    " stepson stepdad stepfather fiance".split()
)
_FEMALE = frozenset(
    "hers daughter daughters sister wife mom mother grandma grandmother aunt niece girlfriend"
    " girl stepdaughter stepmom stepmother fiancee".split()
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_MINE = frozenset(("my", "our"))
_MAX_WORDS = 80


def _tokens(p: Parsed) -> tuple[str, ...]:
    return _split(p.source)


@lru_cache(maxsize=64)
def _split(text: str) -> tuple[str, ...]:
    text = _DASH_RE.sub(" \u2014 ", text.lower().replace("\u2019", "'"))
    return tuple(_WORD_RE.findall(text))


def _without(t: tuple[str, ...], i: int) -> tuple[str, ...]:
    return t[:i] + t[i + 1 :]


def attribute_moved(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) != len(tb) or ta == tb or len(ta) > _MAX_WORDS:
        return False
    diff = [i for i, (x, y) in enumerate(zip(ta, tb, strict=True)) if x != y]
    i, j = diff[0], diff[-1]
    if "with" in ta[i : j + 1] and _with_moved(ta, tb, i, j):
        return True
    for x, y in ((ta, tb), (tb, ta)):
        w = x[i]  # moved right in y: x = P w Q, y = P Q w
        if y[j] != w or _without(x, i) != _without(y, j):
            continue
        if w in _FUNCTION or not w.isalpha() or j + 1 >= len(y) or i + 1 >= len(x):
            continue
        if i == 0 or x[i - 1] not in _DETS or y[j - 1] not in _DETS:
            continue
        hx, hy = _person_after(x, i + 1), _person_after(y, j + 1)
        if hx is not None and hy is not None and hx != hy:
            return True
    return False


# role pass 74: a "with" phrase said of one person on one side and of another on the other,
# every other word kept ("My son with autism keeps hitting his sister" / "My son keeps hitting
# his sister with autism"): the phrase right after each person's noun, no person in it ("my
# mom visited my aunt with her friend" names a companion, and is left); role pass 77: a doer's
# noun is a person too ("How can a teacher with dyslexia help her students learn to read?" /
# "How can a teacher help her students with dyslexia learn to read?")
_WITH_MAX = 4


def _with_moved(ta: tuple[str, ...], tb: tuple[str, ...], i: int, j: int) -> bool:
    for x, y in ((ta, tb), (tb, ta)):
        if x[i] != "with" or i == 0:  # x = P N1 S Q N2 R, y = P N1 Q N2 S R, S = "with ..."
            continue
        for n in range(2, min(_WITH_MAX, j) + 1):
            span = x[i : i + n]
            if y[j - n + 1 : j + 1] != span or x[:i] + x[i + n :] != y[: j - n + 1] + y[j + 1 :]:
                continue
            if not all(w.isalpha() and w not in _PERSON_WORDS for w in span[1:]):
                continue
            if _holder(_bare(x[i - 1])) and _holder(_bare(y[j - n])):
                return _bare(x[i - 1]) != _bare(y[j - n])
    return False


def _holder(w: str) -> bool:
    """Role pass 77: a person of the word list, a pet, or a doer's noun ("a teacher with
    dyslexia" / "her students with dyslexia"; `senses.names_person` leaves out "-er" things)."""
    return person_or_pet(w) or (w not in _FUNCTION and names_person(w))


_PERSON_WORDS = frozenset(
    "my our your his her their i me we us you he him she they them mine yours hers ours theirs"
    " myself himself herself themselves".split()
)


def _person_after(t: tuple[str, ...], s: int) -> str | None:
    """The person a modifier at ``s - 1`` is said of: one of the next two words ("feverish
    daughter", "pregnant smoking boss"), a word of the person list; "a wedding guest" /
    "their wedding registry" and "a typical lifeguard" / "a typical summer" are no move."""
    for w in t[s : s + 2]:
        if person_or_pet(_bare(w)):
            return _bare(w)
        if not w.isalpha() or w in _FUNCTION:
            return None
    return None


def _states(t: tuple[str, ...]) -> set[tuple[str, tuple[str, ...]]]:
    out: set[tuple[str, tuple[str, ...]]] = set()
    for k, w in enumerate(t):
        if w not in _REL or k == 0:
            continue
        h = k - 1 if t[k - 1] != "," else k - 2
        if h < 0 or not person_or_pet(t[h]):
            continue  # "a man I tutor who wants to ...": no person before "who"
        span: list[str] = []
        for x in t[k + 1 :]:
            if x in _STOPS:
                break
            span.append(x)
        part: list[str] = []
        for x in [*span, "and"]:
            if x == "and":
                if part:
                    out.add((t[h], tuple(part)))
                part = []
            else:
                part.append(x)
    return out


def relative_state_moved(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) > _MAX_WORDS or len(tb) > _MAX_WORDS or ta == tb:
        return False
    sa, sb = _states(ta), _states(tb)
    if not sa or not sb or sa == sb:
        return False
    for x, y, tx, ty in ((sa, sb, ta, tb), (sb, sa, tb, ta)):
        for head, state in x - y:
            for other, said in y - x:
                if said != state or other == head or (other, state) in x:
                    continue
                if head in ty and other in tx:
                    return True
    return False


def _genders(t: tuple[str, ...]) -> set[str]:
    out = set()
    for w in map(_bare, t):
        if w in _MALE or w == "he":
            out.add("m")
        elif w in _FEMALE or w in ("she", "her"):
            out.add("f")
    return out


def condition_pronoun_changed(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) != len(tb) or len(ta) > _MAX_WORDS:
        return False
    diff = [i for i, (x, y) in enumerate(zip(ta, tb, strict=True)) if x != y]
    if len(diff) != 1:
        return False
    i = diff[0]
    ga, gb = _PRONOUN_GENDER.get(ta[i]), _PRONOUN_GENDER.get(tb[i])
    if ga is None or gb is None or ga == gb:
        return False
    rest = _genders(_without(ta, i))
    return bool(rest & {ga, gb})


def _bare(w: str) -> str:
    return w[:-2] if w.endswith("'s") else w


def owner_named_changed(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) > _MAX_WORDS or len(tb) > _MAX_WORDS or ta == tb:
        return False
    for x, y in ((ta, tb), (tb, ta)):
        n, m = common_ends(x, y)
        dx, dy = x[n : len(x) - m], y[n : len(y) - m]
        if len(dx) != 1 or dx[0] not in _MINE or not 1 <= len(dy) <= 2:
            continue
        owner = dy[-1]
        if not owner.endswith("'s") or (len(dy) == 2 and dy[0] not in ("the", "a", "an")):
            continue
        name = _bare(owner)
        if not name.isalpha() or name in _FUNCTION:
            continue
        rest_x = {_bare(w) for w in x[:n] + x[len(x) - m :]}
        rest_y = {_bare(w) for w in y[:n] + y[len(y) - m :]}
        if name in rest_x and name in rest_y:
            return True
    return False


def state_traded(a: Parsed, b: Parsed) -> bool:
    """Any of the four readings above, each only where its words are there, or the state's
    holder changed wherever it is said (role pass 77, ``held.holder_changed``)."""
    wa, wb = a.words, b.words
    same = len(wa) == len(wb)
    return (
        holder_changed(a, b)
        or (same and attribute_moved(a, b))
        or (not (_REL.isdisjoint(wa) or _REL.isdisjoint(wb)) and relative_state_moved(a, b))
        or (same and "he" in wa + wb and "she" in wa + wb and condition_pronoun_changed(a, b))
        or (not (_MINE.isdisjoint(wa) and _MINE.isdisjoint(wb)) and owner_named_changed(a, b))
        or (not (_REL.isdisjoint(wa) and _REL.isdisjoint(wb)) and relative_state_fronted(a, b))
    )


# Role pass 126 (blind round 262): a state said of the one done to in a relative clause ("if a
# bus hits a pedestrian who was drunk") against the same word said before the doer's noun ("if a
# drunk bus driver hits a pedestrian"): who was drunk traded. Said before the same noun ("hits a
# drunk pedestrian") it is the same state of the same one, and left.
_STATE_BE = frozenset(("is", "was", "are", "were"))
_STATE_DETS = frozenset("a an the my our your his her their this that some".split())
_STATE_MIDDLE_MAX = 4  # the doer's noun and its verb: "party bus driver hits"


def relative_state_fronted(a: Parsed, b: Parsed) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) > _MAX_WORDS or len(tb) > _MAX_WORDS:
        return False
    return _state_fronted(ta, tb) or _state_fronted(tb, ta)


def _state_fronted(p: tuple[str, ...], q: tuple[str, ...]) -> bool:
    """``p`` "L D1 M D2 N REL BE S T", ``q`` "L D1 S M' D2 N T": S a word said after the
    relative clause's "is / was" on one side and right after the determiner opening the other
    noun phrase before the verb on the other, M and M' (the doer and its verb) apart but short,
    "D2 N T" the same."""
    for r in range(2, len(p) - 3):
        if p[r] not in _REL or p[r + 1] not in _STATE_BE:
            continue
        state = p[r + 2]
        end = r + 3
        if not state.isalpha() or state in _FUNCTION or (end < len(p) and p[end] not in _STOPS):
            continue
        if p[r - 2] not in _STATE_DETS or not p[r - 1].isalpha() or state not in q:
            continue
        tail = (p[r - 2], p[r - 1], *p[end:])  # "a pedestrian ?"
        s = q.index(state)
        if s == 0 or q[s - 1] not in _STATE_DETS or q[:s] != p[:s]:
            continue
        n = len(tail)
        if len(q) - n <= s + 1 or q[len(q) - n :] != tail:
            continue
        mid_q, mid_p = q[s + 1 : len(q) - n], p[s : r - 2]
        if 0 < len(mid_p) <= _STATE_MIDDLE_MAX and 0 < len(mid_q) <= _STATE_MIDDLE_MAX:
            if not (_STOPS.intersection(mid_q) or _STOPS.intersection(mid_p)):
                return True
    return False
