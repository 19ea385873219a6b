"""Role pass 198 (blind rounds 354-356): a doer made the undergoer with the qualifier moved,
and a learner traded with the means.

``qualified_undergoer_traded`` (a trade, in ``_LATER_TRADES``): "P REL V-s D M with Q T"
against "P with Q REL AUX V-ed by D2 M T", P the same head phrase (and all before it), REL a
relative mark ("who / that / which"), V one verb by its stem, AUX a passive's "gets / got / is
/ was ...", M and Q the same words: the head does the act to an M that has Q on one side and
has Q and undergoes the act from another M on the other ("a land yacht that hits a yacht with
right of way" / "a land yacht with right of way that gets hit by another yacht", "a player who
fouls a player with the ball" / "a player with the ball who gets fouled by another player").

``means_learner_traded`` (a trade, in ``_LATER_TRADES``): "P V X.. R using Y.. T" against "P
use X'.. to V Y'.. R' T", P and T the same, V the same word: the one said first after the verb
is the one the act is done to, the one "used" is the means. The sides are traded when the
used X' is the one V is done to on the other side (X' leads X..) and the means Y.. is the one
V is done to on this side (Y.. leads Y'..), the rest the same ("teach my kids scent work using
our dog" / "use my kids to teach our dog scent work"); "use our dog to teach my kids scent
work" keeps the roles and is left.
"""

from __future__ import annotations

from policies.verify.roles.recast import PUNCT, owned_tokens
from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import LEADS
from policies.verify.text import Parsed

_RELS = frozenset(("who", "that", "which"))
_DETS = frozenset("a an the another some".split())
_AUX = frozenset("gets got get is was are were been being".split())
_LEADS = LEADS | {"its"}  # the determiners and owners of `written`, and "its"
_MAX = 5  # words in a qualifier, an object or a party


def _end(x: tuple[str, ...], i: int) -> int:
    return next((j for j in range(i, len(x)) if x[j] in PUNCT), len(x))


def _active(x: tuple[str, ...]) -> set[tuple[tuple[str, ...], ...]]:
    """(P, V, M, Q, T) of each "P REL V D M with Q T"."""
    out: set[tuple[tuple[str, ...], ...]] = set()
    for r in range(1, len(x) - 4):
        if x[r] not in _RELS or x[r + 1] in _AUX or x[r + 2] not in _DETS:
            continue
        e = _end(x, r + 3)
        w = next((k for k in range(r + 3, min(e, r + 3 + _MAX)) if x[k] == "with"), -1)
        if w < r + 4 or not 0 < e - w - 1 <= _MAX:
            continue
        out.add((x[:r], (_stem(x[r + 1]),), x[r + 3 : w], x[w + 1 : e], x[e:]))
    return out


def _passive(x: tuple[str, ...]) -> set[tuple[tuple[str, ...], ...]]:
    """(P, V, M, Q, T) of each "P with Q REL AUX V-ed by D M T"."""
    out: set[tuple[tuple[str, ...], ...]] = set()
    for r in range(3, len(x) - 5):
        if x[r] not in _RELS or x[r + 1] not in _AUX or x[r + 3] != "by":
            continue
        if x[r + 4] not in _DETS:
            continue
        w = next((k for k in range(r - 1, max(0, r - 1 - _MAX), -1) if x[k] == "with"), -1)
        if w < 1 or w == r - 1:
            continue
        e = _end(x, r + 5)
        if not 0 < e - r - 5 <= _MAX:
            continue
        out.add((x[:w], (_stem(x[r + 2]),), x[r + 5 : e], x[w + 1 : r], x[e:]))
    return out


def qualified_undergoer_traded(a: Parsed, b: Parsed) -> bool:
    """See the module docstring."""
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if "with" not in ta or "with" not in tb:
        return False
    return bool(_active(ta) & _passive(tb) or _active(tb) & _passive(ta))


def _used(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    if "using" not in x or "use" not in y:
        return False
    for i in range(len(y) - 3):
        if y[i] != "use" or y[i + 1] not in _LEADS:
            continue
        j = next((k for k in range(i + 2, min(len(y) - 1, i + 2 + _MAX)) if y[k] == "to"), -1)
        if j < 0 or x[:i] != y[:i] or i >= len(x) or x[i] != y[j + 1]:
            continue
        u = next((k for k in range(i + 1, _end(x, i)) if x[k] == "using"), -1)
        if u < 0 or u + 1 >= len(x) or x[u + 1] not in _LEADS:
            continue
        e, e2 = _end(x, u + 1), _end(y, j + 2)
        if x[e:] != y[e2:]:
            continue
        x1, x2, y1, y2 = x[i + 1 : u], x[u + 1 : e], y[i + 1 : j], y[j + 2 : e2]
        if not x2 or len(x2) > _MAX or x1 == y1 or y1 == x2:
            continue
        if x1[: len(y1)] == y1 and y2[: len(x2)] == x2 and x1[len(y1) :] == y2[len(x2) :]:
            return True
    return False


def means_learner_traded(a: Parsed, b: Parsed) -> bool:
    """See the module docstring."""
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    return _used(ta, tb) or _used(tb, ta)
