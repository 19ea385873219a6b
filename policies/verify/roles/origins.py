"""Role pass 148 (blind round 286): where a thing comes from and where it goes traded ("Can I
bring alcohol bought ashore on an excursion back onto the ship?" / "Can I bring alcohol bought
on the ship ashore on an excursion?"; "wine bought in France back to the US" / "wine bought in
the US to France").

``origin_destination_traded`` (a trade, in ``_LATER_TRADES``): the two sides the same words up
to a reduced relative's participle ("N bought / made / ordered"), then each side's clause read
as place phrases, each led by a preposition, "back", or a place adverb (a closed class:
"ashore", "abroad", "online", "home" ...). The first phrase after the participle is the
thing's origin; a phrase led by "to / into / onto / back / toward" or a bare place adverb is a
destination. The two sides name the same places, each side's origin is a destination on the
other, and what follows the clause is the same. The same origin on both sides (the phrases
merely reordered, "bought ashore back on board" / "bought ashore back onto the ship"), a full
relative ("alcohol I bought ashore") and an origin that is no destination on the other side
("bought ashore on an excursion" / "bought on an excursion ashore") are left."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.written import AUX, COPULA, MARKS, NOMINATIVE, tokens
from policies.verify.text import Parsed

_PREPS = frozenset(
    """in at on from to into onto through across off via within inside outside over under near
    aboard toward towards by""".split()
)
_TOWARD = frozenset("to into onto back toward towards".split())
# place adverbs, a closed class: where, said without a noun
_PLACE_ADVERBS = frozenset(
    "ashore abroad overseas online offline home aboard onboard upstairs downstairs locally".split()
)
_NOT_HEAD = NOMINATIVE | COPULA | AUX | lx.ARTICLES | frozenset("not get gets got being".split())
_PARTICIPLES = frozenset(part for _, _, part in lx.IRREGULAR_VERBS)
_Phrase = tuple[bool, tuple[str, ...]]  # (leads toward a place, the place's words)


def _participle(w: str) -> bool:
    return (len(w) > 4 and w.endswith("ed")) or w in _PARTICIPLES


def _phrases(tail: tuple[str, ...]) -> list[_Phrase] | None:
    """The clause after the participle as place phrases; None if it does not start one."""
    out: list[list[str]] = []
    for w in tail:
        starts = w in _PREPS or w in _PLACE_ADVERBS or w == "back"
        if starts and not (out and all(x in _PREPS or x == "back" for x in out[-1])):
            out.append([w])
        elif not out:
            return None
        else:
            out[-1].append(w)
    phrases: list[_Phrase] = []
    for ph in out:
        toward = ph[0] in _TOWARD or ph[0] in _PLACE_ADVERBS
        ground = tuple(w for w in ph if w not in _PREPS and w != "back" and w not in lx.DETERMINERS)
        if not ground:
            return None
        phrases.append((toward, ground))
    return phrases


def _split(t: tuple[str, ...], lo: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    end = next((i for i in range(lo, len(t)) if t[i] in MARKS), len(t))
    return t[lo:end], t[end:]


def origin_destination_traded(a: Parsed, b: Parsed) -> bool:
    ta, tb = tokens(a.source), tokens(b.source)
    lo = 0
    while lo < min(len(ta), len(tb)) and ta[lo] == tb[lo]:
        lo += 1
    if lo < 3 or not _participle(ta[lo - 1]) or ta[lo - 2] in _NOT_HEAD:
        return False
    if not ta[lo - 2].isalpha() or any(w in MARKS for w in ta[:lo]):
        return False
    (xa, ra), (xb, rb) = _split(ta, lo), _split(tb, lo)
    pa, pb = _phrases(xa), _phrases(xb)
    if ra != rb or not pa or not pb or len(pa) < 2 or len(pb) < 2:
        return False
    if sorted(g for _, g in pa) != sorted(g for _, g in pb):
        return False
    oa, ob = pa[0][1], pb[0][1]
    if oa == ob:
        return False
    return (True, oa) in pb[1:] and (True, ob) in pa[1:]
