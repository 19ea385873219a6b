"""A compound's parts compared (pure): the same head with another position word in it.

"an above-ground pool" / "an in-ground pool", "a top-loading washer" / "a front-loading
washer", "a sit-on-top kayak" / "a sit-inside kayak", "on-site" / "off-site backups",
"over-ear" / "in-ear headphones": another kind of the thing, with another answer. The
tokeniser splits a hyphenated compound into its parts, and "in", "on" and "top" are
stopwords, so the difference reads as one word added on one side ("above", "front") and no
word table fires; the learned score served such pairs (red team 12). ``part_changed`` reads
the compounds as typed.
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx

# A position or orientation word and its class: words of one class name one place ("pre-tax"
# / "before-tax", "front-facing" / "forward-facing", "rear-facing" / "backward-facing").
_CLASSES = {
    "in": "in",
    "inside": "in",
    "indoor": "in",
    "indoors": "in",
    "inner": "in",
    "interior": "in",
    "within": "in",
    "into": "in",
    "out": "out",
    "outside": "out",
    "outdoor": "out",
    "outdoors": "out",
    "outer": "out",
    "exterior": "out",
    "on": "on",
    "onto": "on",
    "upon": "on",
    "off": "off",
    "over": "above",
    "above": "above",
    "overhead": "above",
    "under": "below",
    "below": "below",
    "beneath": "below",
    "underneath": "below",
    "sub": "below",
    "up": "up",
    "upward": "up",
    "upwards": "up",
    "upstairs": "up",
    "uphill": "up",
    "down": "down",
    "downward": "down",
    "downwards": "down",
    "downstairs": "down",
    "downhill": "down",
    "top": "top",
    "upper": "top",
    "bottom": "bottom",
    "lower": "bottom",
    "front": "front",
    "fore": "front",
    "forward": "front",
    "forwards": "front",
    "back": "back",
    "rear": "back",
    "backward": "back",
    "backwards": "back",
    "behind": "back",
    "side": "side",
    "pre": "before",
    "before": "before",
    "prior": "before",
    "post": "after",
    "after": "after",
    "mid": "mid",
    "middle": "mid",
    "left": "left",
    "right": "right",
}
# A closed compound that opens with a position word: "inground" / "above-ground",
# "underground" / "in-ground", "indoor" / "outdoor", "offsite" / "on-site".
_PREFIXES = ("under", "over", "down", "back", "front", "post", "side", "out", "pre", "off",
             "top", "up", "in", "on")  # fmt: skip
_REST_MIN = 3  # letters after the prefix: "into", "onto", "upon" are not compounds
# "log-in" / "log-on", "add-in" / "add-on", "sign-in" / "sign-on": one thing
_SAME = frozenset((first, last) for first in ("log", "add", "sign") for last in ("in", "on"))
_GROUP_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SQUASH_RE = re.compile(r"[^a-z0-9]+")


def _stem(word: str) -> str:
    """ "loading" / "loader" / "load", "mounted" / "mount": one head."""
    for end in ("ing", "er", "ed", "s"):
        if word.endswith(end) and len(word) - len(end) >= _REST_MIN:
            return word[: -len(end)]
    return word


def _closed(word: str) -> tuple[str, str] | None:
    """A closed compound's position class and the rest ("inground" -> ("in", "ground"))."""
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _REST_MIN:
            return _CLASSES[p], word[len(p) :]
    return None


# One reading of a compound: (key, classes, spelling, kind). The key is the part it shares
# with the other side's compound: the last part ("above-ground" / "in-ground": "ground") or
# the word after it ("sit-on-top kayak" / "sit-inside kayak": "kayak"); the classes are the
# position classes of the other parts; the spelling is its letters run together.
_Slot = tuple[str, frozenset[str], str, str]


def _slots(text: str) -> list[_Slot]:
    groups = [m.group(0).split("-") for m in _GROUP_RE.finditer(text)]
    out: list[_Slot] = []
    for i, parts in enumerate(groups):
        after = groups[i + 1][0] if i + 1 < len(groups) else ""
        if after in lx.STOPWORDS or after.isdigit():
            after = ""
        if len(parts) >= 2:
            spelling = "".join(parts)
            same = (parts[0], parts[-1]) in _SAME
            classes = [("in" if same else _CLASSES[p]) for p in parts if p in _CLASSES]
            head = parts[-1]
            if head not in _CLASSES and not head.isdigit() and classes:
                out.append((_stem(head), frozenset(classes), spelling, "hyphen"))
            if classes and after:
                out.append((_stem(after), frozenset(classes), spelling, "hyphen"))
            continue
        word = parts[0]
        if word in _CLASSES:
            # said apart from the next word ("an above ground pool") or a closed compound
            # of the table ("indoor", "upstairs")
            if after:
                out.append((_stem(after), frozenset({_CLASSES[word]}), word + after, "apart"))
            continue
        closed = _closed(word)
        if closed is not None:
            out.append((_stem(closed[1]), frozenset({closed[0]}), word, "closed"))
    return out


def part_changed(cached: str, incoming: str) -> bool:
    """Both prompts hold a compound with the same head or the same last part, and the
    position words in it are of another class ("above-ground" / "in-ground pool", "a
    top-loading" / "a front-loading washer", "a sit-on-top" / "a sit-inside kayak", "on-site"
    / "off-site", "over-ear" / "in-ear", "pre-tax" / "after-tax"), neither compound said on
    the other side in any spelling.

    Limits: read on the text as typed, lower-cased; at least one side's compound is
    hyphenated ("in-ground"); the other may be hyphenated, closed ("inground",
    "underground", "indoor", "offsite": a position word of the table with three or more
    letters after it) or said apart ("an above ground pool"); a closed word against a closed
    word is left to the word tables. Position words of one class are one place ("pre-" /
    "before-", "over-" / "above-", "front-" / "forward-", "rear-" / "backward-", "upper" /
    "top"), so "below-ground" against "underground" is one, while "in-ground" against
    "below-ground" is read as another kind (arguable for a pool). A compound whose other
    parts hold no position word ("self-loading", "one-to-one", "at-home") is not read here.
    The same compound spelt another way stays one: "in-ground" / "inground" / "in ground",
    "front loader" / "front-loading" (the last part's -ing, -er, -ed, -s are one head), a
    compound said on both sides ("above-ground or in-ground"), "built-in" / "in-built";
    "log-in" / "log-on", "add-in" / "add-on", "sign-in" / "sign-on" are one thing. The head
    is the key word, not its meaning: "an above-ground pool" / "an in-ground trampoline"
    fires too (another thing anyway)."""
    if "-" not in cached and "-" not in incoming:
        return False
    a, b = cached.lower(), incoming.lower()
    sa, sb = _slots(a), _slots(b)
    if not sa or not sb:
        return False
    squash_a, squash_b = _SQUASH_RE.sub("", a), _SQUASH_RE.sub("", b)
    for key, mod, spelling, kind in sa:
        if spelling in squash_b:
            continue
        for key2, mod2, spelling2, kind2 in sb:
            if key2 != key or mod2 == mod or spelling2 in squash_a:
                continue
            if "hyphen" in (kind, kind2):
                return True
    return False
