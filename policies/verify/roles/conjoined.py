"""Role pass 153 (blind rounds 294-296): a conjoined name read as one party, and the marks of
two different heads traded between a subject and an object.

"The magician who fooled Penn and Teller" / "The magician who Penn and Teller fooled": a name
joined to a name by "and" ("Penn and Teller", "Ben and Jerry") said on both sides is one party,
so it is read as its first name, and the relative's doer is read as it is read of one name
("who fooled Penn" / "who Penn fooled"). Only capitalised names written the same on both sides
are joined; a name said on one side only is left.

"A club from Norway wants to hire our coach" / "Our club wants to hire a coach from Norway":
the subject's head and the object's head differ ("club", "coach") and stay in their places, but
the owner before a head ("our", "my") and the place phrase after one ("from Norway") sit on the
one head on one side and on the other head on the other, every other word the same but the
articles. The same marks on the same heads said another way ("A Norwegian club", "our coach")
have no place phrase on one side and are left.
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_NAMES_RE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+)\b")
_ARTICLES = frozenset("a an the".split())
_OWNERS = frozenset("my our your his her their its".split())
# A phrase after a head that says where it is from.
_PLACE = "from"


def conjunct_said_one(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "Penn and Teller" written on both sides: "Penn" on both."""
    na = {m.group(0): m.group(1) for m in _NAMES_RE.finditer(a.source)}
    nb = {m.group(0): m.group(1) for m in _NAMES_RE.finditer(b.source)}
    both = set(na) & set(nb)
    if not both:
        return None
    xa, xb = a.source, b.source
    for name in both:
        xa, xb = xa.replace(name, na[name]), xb.replace(name, nb[name])
    return parse(xa), parse(xb)


def _marks(words: tuple[str, ...], span: int) -> tuple[int, int, tuple[str, ...]] | None:
    """The owner's head, the place phrase's head and the words without the marks and articles,
    the place phrase ``span`` words after "from"."""
    if words.count(_PLACE) != 1 or sum(w in _OWNERS for w in words) != 1:
        return None
    at = words.index(_PLACE)
    own = next(i for i, w in enumerate(words) if w in _OWNERS)
    if at == 0 or own + 1 >= len(words) or at + span >= len(words):
        return None
    place_head, own_head = at - 1, own + 1
    if place_head == own_head or words[place_head] in _ARTICLES | _OWNERS:
        return None
    rest = tuple(
        w
        for i, w in enumerate(words)
        if i != own and not at <= i <= at + span and w not in _ARTICLES
    )
    return own_head, place_head, rest


def modifiers_traded(a: Parsed, b: Parsed) -> bool:
    """ "A club from Norway wants to hire our coach" / "Our club wants to hire a coach from
    Norway": the owner and the place phrase moved from each head to the other."""
    wa, wb = a.words, b.words
    if _PLACE not in wa or _PLACE not in wb:
        return False
    for span in (1, 2, 3):
        ma, mb = _marks(wa, span), _marks(wb, span)
        if ma is None or mb is None:
            continue
        (oa, pa, ra), (ob, pb, rb) = ma, mb
        place_a = wa[wa.index(_PLACE) : wa.index(_PLACE) + span + 1]
        place_b = wb[wb.index(_PLACE) : wb.index(_PLACE) + span + 1]
        if ra != rb or place_a != place_b or wa[oa - 1] != wb[ob - 1]:
            continue
        if wa[oa] == wb[pb] and wa[pa] == wb[ob] and wa[oa] != wa[pa]:
            return True
    return False
