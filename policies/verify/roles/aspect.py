"""An aspectual or light verb around the verb, said on one side only, read as the plain verb.

Role pass 186 (blind rounds 333-335): "end up / keep (on) / start / begin / continue / go on
V-ing", "find myself (himself ...) V-ing" and "happen / start / begin / continue / tend to V"
say when or how a deed comes about, not who does it to whom: the subject of the wrapper is the
subject of the verb it wraps. Said on one side only it hides a subject and object traded from
the readers, which want the same verb on both sides ("What should I do if a bear follows me on
the trail?" / "What should I do if I end up following a bear on the trail?"). The wrapper is
left out and its verb said in the form the other side gives the same verb ("if I follows a
bear"), so the exchange is read as it is; the same doer with and without the wrapper ("if a bear
ends up following me") reads back the same words. The wrappers are the closed class of aspectual
verbs; the reading is taken only when the two sides then have the same content words.
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse
from policies.verify.words import canonical

_SELF = "myself|yourself|himself|herself|itself|ourselves|yourselves|themselves"
_ING_WRAPPERS = (
    r"end(?:s|ed)?\s+up|keep(?:s)?(?:\s+on)?|kept(?:\s+on)?|start(?:s|ed)?|begin(?:s)?|began"
    rf"|continue(?:s|d)?|go(?:es)?\s+on|went\s+on|find(?:s)?\s+(?:{_SELF})|found\s+(?:{_SELF})"
)
_TO_WRAPPERS = r"happen(?:s|ed)?|start(?:s|ed)?|begin(?:s)?|began|continue(?:s|d)?|tend(?:s|ed)?"
_WRAPPER_RE = re.compile(
    rf"\b(?:(?P<ing>{_ING_WRAPPERS})\s+(?P<v>[a-z]+ing)|(?P<to>{_TO_WRAPPERS})\s+to\s+(?P<w>[a-z]+))\b",
    re.IGNORECASE,
)
_CUES = frozenset(
    """end ends ended keep keeps kept start starts started begin begins began continue continues
    continued go goes went find finds found happen happens happened tend tends tended""".split()
)
# closed-class words after "to" that make it a preposition ("happened to my dog"), and "-ing"
# nouns of the closed "-thing" set ("start something")
_NOT_VERB = frozenset(
    """me you him her us them it my your his our their its the a an this that these those
    some any every each no all someone anyone everyone somebody anybody everybody be""".split()
)


def _plain(text: str, other: Parsed | None) -> tuple[str, tuple[str, ...], bool]:
    """The text with each wrapper left out, the wrappers left out, and whether each verb left
    bare was said in the form ``other`` gives the same verb (when ``other`` is given)."""
    dropped: list[str] = []
    found = True

    def one(m: re.Match[str]) -> str:
        nonlocal found
        said = m.group("v") or m.group("w")
        if said.lower() in _NOT_VERB or said.lower().endswith("thing"):
            return m.group(0)
        dropped.append(" ".join((m.group("ing") or m.group("to")).lower().split()))
        if other is None:
            return said
        stem = canonical(said.lower())
        forms = [w for w, c in zip(other.words, other.canon, strict=True) if c == stem]
        found = found and bool(forms)
        return forms[0] if forms else said

    return _WRAPPER_RE.sub(one, text), tuple(sorted(dropped)), found


def aspect_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both sides with their aspectual wrappers left out, when the two sides wrap differently."""
    if _CUES.isdisjoint(a.words) and _CUES.isdisjoint(b.words):
        return None
    sa, sb = a.source.replace("\u2019", "'"), b.source.replace("\u2019", "'")
    xa, da, _ = _plain(sa, None)
    xb, db, _ = _plain(sb, None)
    if da == db:
        return None  # the same wrappers (or none) on both sides: read as they are
    if not db:  # one side wraps: its verb said as the other side says it
        xa, _, found = _plain(sa, b)
    elif not da:
        xb, _, found = _plain(sb, a)
    else:
        found = True
    if not found:
        return None
    pa, pb = parse(xa), parse(xb)
    if pa.content != pb.content or pa.words == pb.words:
        return None  # the trade keeps the words; the same words are the same roles
    return pa, pb


def wrapped_doer_traded(a: Parsed, b: Parsed) -> bool:
    """Subject and object traded round a verb one side wraps in an aspectual verb."""
    said = aspect_dropped(a, b)
    if said is None:
        return False
    from policies.verify.roles import role_swap  # the package reads the plain sides

    return role_swap(*said)
