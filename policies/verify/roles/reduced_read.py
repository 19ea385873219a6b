"""Role pass 140 (blind rounds 276-278): three shapes where a reduced clause or a compound
hides two parties traded.

``relative_owner_traded`` (a trade, in ``_LATER_TRADES``): a reduced object relative "N a Y
V-ed (P)" read as "a Y's N", its owner, against "Z's N" on the other side, the two parties Y and
Z then exchanged everywhere ("Is it legal for a drive-in to play ads a sponsor paid for without
the sponsor's logo?" / "... for a sponsor to play a drive-in's ads without the drive-in's
logo?": read "a sponsor's ads", the doer and the owner traded). The reading with Y and Z
exchanged must give the other side word for word (articles aside), so the same question
said with the relative on one side ("photos a customer took" / "a customer's photos") is no
trade, nor is a pair that changes anything besides the two parties.

``pronoun_relative_dropped`` (a reading, in ``_LATER_READINGS``): a trailing reduced relative
of two pronouns, "N I sold him" / "N he sold me", said on one side only, left out ("The seller
accidentally underpaid me for a train set I sold him" / "I accidentally underpaid the seller
for a train set": the one who paid short traded in the main clause).

``compound_subject_said`` (a reading, in ``_LATER_READINGS``): "our / my N M" (the people of
a thing, "our float riders", "our booth staff") read as "our / my N" where the other side says
"our / my N" and never M ("Our float riders sprayed spectators with silly string, can we be
removed?" / "Our float was sprayed with silly string by spectators, can they be removed?": the
sprayer and the sprayed traded, the passive read by the other readers).
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.text import Parsed, parse

_PREPS = frozenset("for on in to from at with about".split())
_NOT_VERB = PUNCT | frozenset(
    """and or but if when that who which whom to of in on at for from with without about by is
    are was were be been do does did can could should would will not after before my your his
    her their its our the a an i me he she we they it him them us 's""".split()
)


def _plain(tokens: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(w for w in tokens if w not in lx.ARTICLES)


def _exchanged(x: tuple[str, ...], one: str, other: str) -> tuple[str, ...]:
    return tuple(other if w == one else one if w == other else w for w in x)


def _owner_read(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x holds "N DET Y V (P)", y "Z 's N": x read as "DET Y 's N" is y with Y and Z traded."""
    owned = {y[k + 1]: y[k - 1] for k in range(1, len(y) - 1) if y[k] == "'s"}
    for i in range(len(x) - 3):
        owner = owned.get(x[i])
        if owner is None or x[i + 1] not in lx.ARTICLES:
            continue
        party, verb = x[i + 2], x[i + 3]
        if party in _NOT_VERB or verb in _NOT_VERB or party == owner:
            continue
        if owner not in x or party not in y:
            continue
        ends = [i + 4]
        if i + 4 < len(x) and x[i + 4] in _PREPS:
            ends.append(i + 5)  # "ads a sponsor paid for", the preposition stranded
        for end in ends:
            read = (*x[:i], x[i + 1], party, "'s", x[i], *x[end:])
            if _plain(_exchanged(read, party, owner)) == _plain(y):
                return True
    return False


def relative_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "for X to V N a Y V2-ed (P) ... the Y's M" / "for Y to V X's N ... X's M"."""
    sa, sb = a.source.replace("\u2019", "'"), b.source.replace("\u2019", "'")
    if ("'s" not in sa and "'s" not in sb) or abs(len(a.words) - len(b.words)) > 4:
        return False
    ta, tb = owned_tokens(sa), owned_tokens(sb)
    return ("'s" in tb and _owner_read(ta, tb)) or ("'s" in ta and _owner_read(tb, ta))


_SUBJECTS = frozenset("i he she we they".split())
_OBJECTS = frozenset("me him her us them".split())
_ENDS = PUNCT | frozenset(("and", "but", "so"))


def _relative_dropped(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x's "N PRON V PRON2" before a clause end, its verb not said in y: left out."""
    for i in range(1, len(x) - 2):
        if x[i] not in _SUBJECTS or x[i - 1] in _NOT_VERB:
            continue
        verb, end = x[i + 1], i + 3
        if verb in _NOT_VERB or verb in y or x[i + 2] not in _OBJECTS:
            continue
        if end < len(x) and x[end] not in _ENDS:
            continue
        return (*x[:i], *x[end:])
    return None


def _text(tokens: tuple[str, ...]) -> str:
    return " ".join(tokens).replace(" 's", "'s")


def pronoun_relative_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "... for a lamp he sold me" / "... for a lamp": read without "he sold me"."""
    if _OBJECTS.isdisjoint(a.words + b.words) or _SUBJECTS.isdisjoint(a.words + b.words):
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    said = _relative_dropped(ta, tb)
    if said is not None and _relative_dropped(tb, ta) is None:
        return parse(_text(said)), b
    said = _relative_dropped(tb, ta)
    if said is not None and _relative_dropped(ta, tb) is None:
        return a, parse(_text(said))
    return None


_GROUP_OWNERS = frozenset(("our", "my"))
_AUX = frozenset("was were is are got get gets been being be".split())


def _compound_read(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...] | None:
    """x's "our N M V" (M a noun y never says) with y saying "our N was V": "our N V"."""
    for i in range(len(x) - 3):
        if x[i] not in _GROUP_OWNERS:
            continue
        noun, head, verb = x[i + 1], x[i + 2], x[i + 3]
        if noun in _NOT_VERB or head in _NOT_VERB or verb in _NOT_VERB or head in y:
            continue
        if head in _AUX or head.endswith("ly"):
            continue  # "our N got V-ed", "our N just V-ed": no compound
        if not any(y[k : k + 4] == (x[i], noun, aux, verb) for k in range(len(y)) for aux in _AUX):
            continue  # y: "our N was V-ed", the same verb in the passive
        return (*x[: i + 2], *x[i + 3 :])
    return None


def compound_subject_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "Our float riders sprayed X" / "Our float was sprayed by X": "Our float sprayed X"."""
    if _GROUP_OWNERS.isdisjoint(a.words) or _GROUP_OWNERS.isdisjoint(b.words):
        return None
    if "by" not in a.words and "by" not in b.words:
        return None
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    said = _compound_read(ta, tb)
    if said is not None:
        return parse(_text(said)), b
    said = _compound_read(tb, ta)
    if said is not None:
        return a, parse(_text(said))
    return None
