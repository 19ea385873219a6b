"""A span against its complement (pure): a word or two that turn what is kept into its
opposite, the rest word for word.

- ``complement_added``: one side says "off" / "away from" / "out of" / "outside" before a
  noun, the other says the noun plainly or with "in" / "at" / "during" and a determiner
  ("practice in season" / "practice in the off season", "fly during peak season" / "fly
  off-peak", "a sleepover away from home" / "a sleepover at our home"). A negation on the
  other side ("not at home") or a marker on both ("the off season" / "the offseason") is
  left to the other checks. Hardening pass 39 (blind round 256): a part named by the noun
  it faces against the same part turned away from it, the part's word moved before the
  marker ("from the ama side" / "from the side away from the ama", "the window seat" / "the
  seat opposite the window", "the fence end" / "the far end from the fence"); "opposite"
  and "far ... from" are markers only in this shape ("the side of the X", "the side
  nearest the X", "the non-X side" are not read here).
- ``position_changed``: the same word with a position phrase of another class before the
  same noun phrase ("lands on the line" / "lands short of the line", "parked on the curb"
  / "parked past the curb"); added in hardening pass 30 (blind rounds 215-217).
- ``opposite_part``: a side word naming a place on a thing turned to its opposite side
  ("on the underside of its leaves" / "on the top of its leaves", "the front of my thigh" /
  "the back of my thigh"); added in hardening pass 33 (blind round 235).
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.direction import differing
from policies.verify.text import Parsed
from policies.verify.words import canonical

# the words that make the noun after them its complement
_MARKERS: tuple[tuple[str, ...], ...] = (
    ("off",),
    ("away", "from"),
    ("out", "of"),
    ("outside", "of"),
    ("outside",),
)
_MARKER_WORDS = frozenset(w for m in _MARKERS for w in m)
# what the plain side may say around the noun: a place or time preposition, a determiner
_PLAIN = frozenset(
    """in at on during inside within the a an my our your his her their its this that
    these those""".split()
)
_DETERMINERS = frozenset("the a an my our your his her their its this that".split())
_NEGATIONS = frozenset("not no never n't nt without".split())
_MAX_MIDDLE = 4  # the differing words on either side, at most
# markers after a part's word ("side away from X", "seat opposite X", "far end from X")
_PART_MARKERS: tuple[tuple[str, ...], ...] = (
    ("away", "from"),
    ("opposite", "to"),
    ("opposite", "from"),
    ("opposite",),
    ("farthest", "from"),
    ("furthest", "from"),
    ("from",),  # only after "far" / "opposite" and the part ("the far side from X")
)
_FAR = frozenset((("far",), ("opposite",)))
_FAR_WORDS = frozenset(w for (w,) in _FAR)
_AWAY_WORDS = frozenset(("away", "opposite", "farthest", "furthest", "far"))


def _marked_noun(words: tuple[str, ...], lo: int, hi: int) -> str:
    """The noun a marker in ``words[lo:hi]`` turns into its complement ("off" in "the off
    season" -> "season"; "away from" in "away from our home" -> "home"), "" without one.
    "off" takes the word right after it ("pay off the loan" is a verb's particle)."""
    for i in range(lo, hi):
        for marker in _MARKERS:
            if words[i : i + len(marker)] != marker or i + len(marker) > hi:
                continue  # (the whole marker differs: "switching away from" / "from")
            k = i + len(marker)
            if marker != ("off",):
                while k < len(words) and words[k] in _DETERMINERS:
                    k += 1
            if k < len(words) and words[k].isalpha() and words[k] not in _PLAIN:
                return words[k]
            return ""
    return ""


def _plain(words: tuple[str, ...], lo: int, hi: int, noun: str) -> bool:
    """``words[lo:hi]`` only places the noun: prepositions, determiners, the noun itself
    and at most one word right after it ("during peak season")."""
    mid = words[lo:hi]
    if any(w in _MARKER_WORDS or w in _NEGATIONS for w in mid):
        return False
    rest = [w for w in mid if w not in _PLAIN]
    if not rest:
        return True
    if rest[0] != noun or len(rest) > 2:
        return False
    k = mid.index(noun)
    return len(rest) == 1 or mid[k + 1 : k + 2] == (rest[1],)


def _part_turned_away(x: tuple[str, ...], p: int, ex: int, y: tuple[str, ...], ey: int) -> bool:
    """``x[p:ex]`` names a part turned away from a noun ("side away from the ama", "side
    opposite the ama", "far side from the ama"), ``y[p:ey]`` the same part named by that
    noun before it ("ama side"), nothing else but determiners and place prepositions."""
    mid = y[p:ey]
    if len(mid) < 2:
        return False
    for j in range(p, ex - 1):
        head = x[j]
        for marker in _PART_MARKERS:
            k = j + 1 + len(marker)
            if x[j + 1 : k] != marker or k > ex:
                continue
            if marker == ("from",) and x[j - 1 : j] not in _FAR:
                continue  # "the side from the ama" is not turned away
            while k < ex and x[k] in _DETERMINERS:
                k += 1
            if k >= ex or not x[k].isalpha() or x[k] in _PLAIN:
                return False
            noun = x[k]
            # the rest of the turned-away side places the part and nothing else
            rest = x[p:j] + x[k + 1 : ex]
            if any(w not in _PLAIN and w not in _FAR_WORDS for w in rest):
                return False
            if head not in mid or noun not in mid:
                return False
            i = mid.index(noun)
            return mid[i + 1 : i + 2] == (head,) and all(
                w in _PLAIN for w in mid[:i] + mid[i + 2 :]
            )
    return False


def complement_added(a: Parsed, b: Parsed) -> bool:
    """One side marks a noun as its complement ("in the off season", "away from home"), the
    other names the same noun plainly ("in season", "at our home"), the rest kept; or a
    part turned away from a noun against the part named by it ("the side away from the
    ama" / "the ama side")."""
    wa, wb = a.words, b.words
    p, ea, eb = differing(wa, wb)
    if ea - p > _MAX_MIDDLE + 3 or eb - p > _MAX_MIDDLE + 3:
        return False
    for (x, ex), (y, ey) in (((wa, ea), (wb, eb)), ((wb, eb), (wa, ea))):
        if ex - p <= _MAX_MIDDLE and ey - p <= _MAX_MIDDLE:
            noun = _marked_noun(x, p, ex)
            if noun and noun in y and _plain(y, p, ey, noun):
                return True
        # cheap word test first: a part's word turned away needs one of the markers' words
        if ey - p <= _MAX_MIDDLE and not _AWAY_WORDS.isdisjoint(x[p:ex]):
            if _part_turned_away(x, p, ex, y, ey):
                return True
    return False


# -- a position word changed before the same noun phrase -------------------------------------

# A position phrase and its class: phrases of one class name one place ("short of" / "in
# front of" / "before", "past" / "beyond", "below" / "under" / "beneath").
_POSITIONS: dict[tuple[str, ...], str] = {
    ("on",): "on",
    ("onto",): "on",
    ("upon",): "on",
    ("atop",): "on",
    ("at",): "at",
    ("in",): "in",
    ("into",): "in",
    ("inside",): "in",
    ("inside", "of"): "in",
    ("within",): "within",
    ("outside",): "out",
    ("outside", "of"): "out",
    ("over",): "over",
    ("above",): "over",
    ("under",): "under",
    ("below",): "under",
    ("beneath",): "under",
    ("underneath",): "under",
    ("short", "of"): "before",
    ("before",): "before",
    ("in", "front", "of"): "before",
    ("past",): "past",
    ("beyond",): "past",
    ("after",): "after",
    ("behind",): "behind",
    ("in", "back", "of"): "behind",
    ("near",): "near",
    ("next", "to"): "near",
    ("close", "to"): "near",
    ("beside",): "near",
}
_POSITION_HEADS = frozenset(p[0] for p in _POSITIONS)
_LONGEST = max(len(p) for p in _POSITIONS)
# the light prepositions: "in" / "on" / "at" / "into" often name one place ("on the bus" /
# "in the bus", "look into the issue" / "look at the issue"); one of them against another
# is not read
_LIGHT = frozenset((("in",), ("on",), ("at",), ("into",), ("onto",), ("upon",)))
# classes that name one place in a sense each of them has: "over the age of 40" / "past
# (after) the age of 40", "under the age of 18" / "before the age of 18", "within the
# deadline" / "before the deadline", "within the limit" / "under the limit", "within the
# city" / "in the city", "after (upon) the death of" / "on the death of"
_COMPATIBLE = frozenset(
    frozenset(pair)
    for pair in (
        ("over", "past"),
        ("over", "after"),
        ("past", "after"),
        ("under", "before"),
        ("within", "in"),
        ("within", "under"),
        ("within", "before"),
        ("after", "on"),
        ("past", "behind"),  # the far side: "beyond the wall" / "behind the wall"
        ("out", "before"),  # "outside my house" / "in front of my house"
        ("out", "near"),
        ("at", "near"),  # "parking at a hydrant" / "next to a hydrant"
    )
)
# a word that names a class's place elsewhere on a side (not a preposition): "cameras
# outside my house" / "outdoor cameras at my house" is one place
_SAID_ELSEWHERE: dict[str, frozenset[str]] = {
    "out": frozenset("outdoor outdoors exterior outer".split()),
    "in": frozenset("indoor indoors interior inner".split()),
    "over": frozenset(("overhead",)),
    "behind": frozenset(("rear",)),
    "near": frozenset(("nearby",)),
}
# "over" and "under" against a light preposition are often one place in another sense:
# "over the phone" / "on the phone", "over the summer" / "in the summer", "under the name"
# / "in the name", "under the new plan" / "on the new plan" ("above" / "below" are not)
_ABSTRACT_PRONE = frozenset((("over",), ("under",)))
# a degree word between the anchor and the position phrase ("lands just past the line")
_DEGREE = frozenset(
    "just right slightly well far directly exactly completely partly fully entirely mostly".split()
)
_POSITION_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|[^\w\s]")
# the words that open a position phrase other than "in" / "on" / "at" (the quick way out)
_HINT_WORDS = frozenset(
    w for phrase, _ in _POSITIONS.items() for w in phrase[:1] if phrase not in _LIGHT and w != "in"
) | frozenset(("front", "back"))


def _positions(text: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    """Each position phrase that has a word before it (its anchor, degree words skipped)
    and a determiner and a word after it: (phrase, class, anchor, noun). Read as typed: a
    possessive ("the notary's presence") is another word than its owner."""
    t = _POSITION_TOKEN_RE.findall(text.lower())
    out: list[tuple[tuple[str, ...], str, str, str]] = []
    for i, w in enumerate(t):
        if w not in _POSITION_HEADS or not i:
            continue
        for n in range(_LONGEST, 0, -1):
            phrase = tuple(t[i : i + n])
            if phrase not in _POSITIONS:
                continue
            k = i + n
            if k + 1 >= len(t) or t[k] not in _DETERMINERS or not t[k + 1].isalpha():
                break
            if t[k + 1] in _DETERMINERS or t[k + 1] in lx.STOPWORDS:
                break
            j = i - 1
            while j > 0 and t[j] in _DEGREE:
                j -= 1
            if not t[j].isalpha() or t[j] in _POSITION_HEADS:
                break
            out.append((phrase, _POSITIONS[phrase], canonical(t[j]), t[k + 1]))
            break
    return out


def _same_hints(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """The words that open a position phrase other than "in" / "on" / "at" are the same on
    both sides, as many times each ("short" counted only when "of" follows)."""
    ha, hb = _HINT_WORDS.intersection(wa), _HINT_WORDS.intersection(wb)
    if ha != hb:
        return False
    if not ha:
        return True
    if sum(map(wa.count, ha)) != sum(map(wb.count, hb)):
        return False
    return "short" not in ha or _short_of(wa) == _short_of(wb)


def _short_of(words: tuple[str, ...]) -> int:
    return sum(1 for i, w in enumerate(words[:-1]) if w == "short" and words[i + 1] == "of")


def _apart(p: tuple[str, ...], cp: str, q: tuple[str, ...], cq: str) -> bool:
    """Two position phrases that name other places."""
    if cp == cq or frozenset((cp, cq)) in _COMPATIBLE:
        return False
    if p in _LIGHT and q in _LIGHT:
        return False
    return not ((p in _LIGHT and q in _ABSTRACT_PRONE) or (q in _LIGHT and p in _ABSTRACT_PRONE))


def position_changed(a: Parsed, b: Parsed) -> bool:
    """The same word (a verb or a noun) with a position phrase of another class before the
    same noun phrase: "lands on the line" / "lands short of the line", "lands on the
    baseline" / "lands past the baseline", "stops on the line" / "stops before the line",
    "parked on the curb" / "parked short of the curb", "hid behind the shed" / "hid inside
    the shed".

    Limits: read on the text as typed, lower-cased. The noun phrase opens with a
    determiner ("the", "my", "this"), and its first word is the key ("on campus" / "past
    campus" is not read); the anchor is the word right before the phrase (degree words
    like "just" skipped), compared by its canonical form ("lands" / "landing"). Phrases of
    one class are one place ("short of" / "before" / "in front of", "past" / "beyond",
    "under" / "below"), and so are classes that share a sense ("over the age of 40" /
    "past the age", "under the age of 18" / "before the age", "within the deadline" /
    "before the deadline", "after the death of" / "on the death of"). "in" / "on" / "at" /
    "into" against each other are not read ("on the bus" / "in the bus"), nor "over" /
    "under" against them ("over the phone" / "on the phone", "under the name" / "in the
    name"). No change either: a side that says the other side's phrase before that noun
    after that anchor too, a possessive ("in front of the witness" / "in the witness's
    presence"), or a side that names the other side's place in another word ("cameras
    outside my rental" / "outdoor cameras at my rental")."""
    wa, wb = a.words, b.words
    if _same_hints(wa, wb):
        return False  # no position phrase but "in" / "on" / "at" said on one side only
    pa, pb = _positions(a.source), _positions(b.source)
    if not pa or not pb:
        return False
    keys_a = {(c, anchor, noun) for _, c, anchor, noun in pa}
    keys_b = {(c, anchor, noun) for _, c, anchor, noun in pb}
    words_a, words_b = frozenset(wa), frozenset(wb)
    for p, cp, anchor, noun in pa:
        if (cp, anchor, noun) in keys_b or not words_b.isdisjoint(_SAID_ELSEWHERE.get(cp, ())):
            continue
        for q, cq, anchor2, noun2 in pb:
            if anchor2 != anchor or noun2 != noun or (cq, anchor, noun) in keys_a:
                continue
            if not words_a.isdisjoint(_SAID_ELSEWHERE.get(cq, ())):
                continue
            if _apart(p, cp, q, cq):
                return True
    return False


# -- a place on a thing said as its opposite -------------------------------------------------

# Words that name a place on a thing, as a noun before "of" ("the underside of its leaves",
# "the inside of the door") or a modifier before a noun ("the upper part", "my left side"),
# by the side they name; each side and its opposite.
_PART_SIDES: dict[str, str] = {
    **dict.fromkeys("top tops topside upper uppermost".split(), "top"),
    **dict.fromkeys("bottom bottoms underside undersides lower lowermost".split(), "bottom"),
    **dict.fromkeys("inside insides interior inner innermost".split(), "in"),
    **dict.fromkeys("outside outsides exterior outer outermost".split(), "out"),
    **dict.fromkeys("front fronts".split(), "front"),
    **dict.fromkeys("back backs rear".split(), "back"),
    **dict.fromkeys("left lefthand".split(), "left"),
    **dict.fromkeys("right righthand".split(), "right"),
    **dict.fromkeys("near nearside".split(), "near"),
    **dict.fromkeys("far farside".split(), "far"),
}
_PART_WORDS = frozenset(_PART_SIDES)
_OPPOSITE_SIDES = frozenset(
    frozenset(pair)
    for pair in (
        ("top", "bottom"),
        ("in", "out"),
        ("front", "back"),
        ("left", "right"),
        ("near", "far"),
    )
)
# the nouns a side word names a part of a thing with ("the left side of", "the upper part")
_PART_NOUNS = frozenset(
    """side sides part parts half halves end ends edge edges corner corners surface surfaces
    section sections portion portions area areas face faces panel panels layer layers""".split()
)
# what may open the phrase before a side word: a determiner, or a place preposition ("on top
# of", "in front of", "at the back of" has its determiner)
_PART_OPENERS = _DETERMINERS | frozenset("on in at to from into onto toward towards".split())
_PART_SPAN = 4  # the differing words on either side, at most


def _part_sides(words: tuple[str, ...], lo: int, hi: int) -> set[str]:
    """The sides named in ``words[lo:hi]`` by a side word read as a place on a thing: a
    determiner or a place preposition right before it, and "of", a part noun ("side",
    "part") or the first word after the span right after it."""
    found: set[str] = set()
    for i in range(lo, hi):
        side = _PART_SIDES.get(words[i])
        if side is None or not i or words[i - 1] not in _PART_OPENERS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt == "of" or nxt in _PART_NOUNS or (i + 1 == hi and nxt.isalpha()):
            found.add(side)
    return found


def opposite_part(a: Parsed, b: Parsed) -> bool:
    """The same place on the same thing said as its opposite, the rest word for word: "on the
    underside of its leaves" / "on the top of its leaves", "the inside of the door" / "the
    outside of the door", "the front of my thigh" / "the back of my thigh", "the upper part"
    / "the lower part", "the left side" / "the right side" ("top" is a stopword: the other
    rules see a word dropped, not one swapped).

    Limits: read where the two sides differ only, at most four words each, each holding one
    side (a side word after a determiner or a place preposition, before "of", a part noun,
    or the noun both sides keep); sides of one kind ("the top of" / "on top of", "the
    underside" / "the bottom") and a side word against a preposition ("the underside of" /
    "under") are no change; two sides said on one side ("the left side or the right side"
    / "the right side or the left side") are left to the order rules."""
    wa, wb = a.words, b.words
    if _PART_WORDS.isdisjoint(wa) or _PART_WORDS.isdisjoint(wb):
        return False
    p, ea, eb = differing(wa, wb)
    if not (0 < ea - p <= _PART_SPAN and 0 < eb - p <= _PART_SPAN):
        return False
    sa, sb = _part_sides(wa, p, ea), _part_sides(wb, p, eb)
    if len(sa) != 1 or len(sb) != 1:
        return False
    return frozenset(sa | sb) in _OPPOSITE_SIDES
