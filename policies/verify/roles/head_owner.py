"""A genitive's head moved to own a later noun (role pass 155, blind rounds 294-296).

"X's N1 V ... D N2" on one side against "X V ... D N1's N2" on the other: the subject's head N1
("a salon owner's husband") said on the other side as the owner of a later noun ("her husband's
receptionist"), X left as the subject, every other word the same (the asker's "my" / "our" one
owner). Who does it for whom is traded ("Can a salon owner's husband work as her receptionist
without pay?" / "Can a salon owner work as her husband's receptionist without pay?", "Should I
let my club's sponsor put its logo on our shirts?" / "Should I let our club put its logo on our
sponsor's shirts?"). The same owner said another way ("the sponsor of my club") is no such move.
"""

from __future__ import annotations

from policies.verify.roles.written import PERSON, said_genitive, tokens
from policies.verify.text import Parsed

# the possessive determiners before the noun N1 comes to own (closed class)
_DETERMINERS = frozenset("my our your his her their its the a an this that".split())
_ASKER = {"my": "our", "me": "us", "i": "we"}


def head_made_owner_traded(a: Parsed, b: Parsed) -> bool:
    if not (said_genitive(a.source) and said_genitive(b.source)):
        return False  # the moved head is a genitive on both sides ("X's N1" / "N1's N2")
    ta, tb = tokens(a.source), tokens(b.source)
    if len(ta) != len(tb) or len(ta) < 6:
        return False
    return _moved(ta, tb) or _moved(tb, ta)


def _moved(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """x "... G's N1 ... D N2 ...", y "... G ... D N1's N2 ...", the rest the same."""
    for p in range(1, len(x) - 1):
        g = x[p]
        if not g.endswith("'s") or not g[:-2].isalpha() or p + 1 >= len(x):
            continue
        n1 = x[p + 1]
        if not n1.isalpha() or n1 in PERSON or n1 in _DETERMINERS or y[p] != g[:-2]:
            continue
        mark = n1 + "'s"
        for q in range(p + 2, len(y) - 1):
            if y[q] != mark or y[q - 1] not in _DETERMINERS or not y[q + 1].isalpha():
                continue
            xs = (*x[:p], g[:-2], *x[p + 2 :])
            ys = (*y[:q], *y[q + 1 :])
            if xs[q - 1] == ys[q - 1] and all(
                _plain(u) == _plain(v) for u, v in zip(xs, ys, strict=True)
            ):
                return True
    return False


def _plain(w: str) -> str:
    return _ASKER.get(w, w)
