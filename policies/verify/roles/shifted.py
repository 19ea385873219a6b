"""Role pass 36 (blind rounds 113-115): two verbs traded between doers, and three readings.

``verbs_traded``: two verb phrases exchanged between two subjects, every other word the same
("My ex works at the spa I go to" / "My ex goes to the spa I work at", "My brother teaches at
the school I study at" / "My brother studies at the school I teach at"): who does which changed.
``theme_owner_followed``: a theme's owner said by a pronoun that follows its doer ("The man who
gave up his seat for my mother" / "The man who my mother gave up her seat for", "The shop I buy
my orchids from" / "The shop that buys its orchids from me") read without it on both sides, so
the stranded readers see the relative clause's head and subject traded. ``mine_object_said_me``:
a verb's object "mine" read as "me" where the other side has "I" do the same verb ("The car
next to me scraped mine" / "I scraped the car next to me"). ``owned_compound``: "my car's alarm"
read as "my car alarm" where the other side says the compound spaced ("My car's alarm went off
after the valet's car bumped it" / "The valet's car alarm went off after my car bumped it").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from policies.verify.roles.voiced import _stem
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed, parse

_SUBJECTS = frozenset("i he she they we you".split())
# a word before a block that no subject is: "buy or rent" / "rent or buy" is no trade
_NOT_SUBJECT = frozenset(
    """and or but nor to of in on at for from with about by the a an my our your his her their
    its this that than as not no""".split()
)


def verbs_traded(a: Parsed, b: Parsed) -> bool:
    if len(a.words) != len(b.words) or a.words == b.words:
        return False
    if a.content != b.content and {_stem(w) for w in a.content} != {_stem(w) for w in b.content}:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    if len(ta) != len(tb) or ta == tb:
        return False
    sa, sb = [_base(t) for t in ta], [_base(t) for t in tb]
    if sorted(sa) != sorted(sb):
        return False  # the same words, stems apart, in another order
    blocks = [
        op for op in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if len(blocks) != 2 or any(op[0] != "replace" for op in blocks):
        return False
    (_, a1, a2, b1, b2), (_, a3, a4, b3, b4) = blocks
    if sa[a1:a2] != sb[b3:b4] or sa[a3:a4] != sb[b1:b2] or sa[a1:a2] == sa[a3:a4]:
        return False
    if not a1 or not a3 or MARKS.intersection(ta[a1:a2] + ta[a3:a4]):
        return False
    s1, s2 = ta[a1 - 1], ta[a3 - 1]
    if s1 == s2 or s1 in _NOT_SUBJECT or s2 in _NOT_SUBJECT or s1 in MARKS or s2 in MARKS:
        return False
    return s1 in _SUBJECTS or s2 in _SUBJECTS


def _base(w: str) -> str:
    """A verb form's stem with a final "e" left off: "goes" -> "go", "go" -> "go"."""
    s = _stem(w)
    return s[:-1] if len(s) > 2 and s.endswith("e") else s


_POSSESSIVE = frozenset("my our your his her its their".split())
_RELATIVE = frozenset("who whom that which".split())


def theme_owner_followed(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _POSSESSIVE.isdisjoint(a.words) or _POSSESSIVE.isdisjoint(b.words):
        return None
    if _RELATIVE.isdisjoint(a.words) and _RELATIVE.isdisjoint(b.words):
        return None  # the class is a relative clause's: "who gave up his seat for"
    ta, tb = tokens(a.source), tokens(b.source)
    owned_a = {ta[i + 1]: i for i in range(len(ta) - 1) if ta[i] in _POSSESSIVE}
    owned_b = {tb[i + 1]: i for i in range(len(tb) - 1) if tb[i] in _POSSESSIVE}
    drop_a: set[int] = set()
    drop_b: set[int] = set()
    for noun, i in owned_a.items():
        j = owned_b.get(noun)
        if j is None or ta[i] == tb[j] or noun in _POSSESSIVE or noun in MARKS:
            continue
        if ta.count(noun) != 1 or tb.count(noun) != 1:
            continue
        drop_a.add(i)
        drop_b.add(j)
    if len(drop_a) != 1:
        return None
    xa = " ".join(t for k, t in enumerate(ta) if k not in drop_a)
    xb = " ".join(t for k, t in enumerate(tb) if k not in drop_b)
    return parse(xa), parse(xb)


def mine_object_said_me(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "mine" not in x.words or "mine" in y.words or "i" not in y.words:
            continue
        tx, ty = tokens(x.source), tokens(y.source)
        done = {_stem(ty[k + 1]) for k in range(len(ty) - 1) if ty[k] == "i"}
        for k in range(1, len(tx)):
            if tx[k] == "mine" and tx[k - 1] not in _NOT_SUBJECT and _stem(tx[k - 1]) in done:
                said = " ".join((*tx[:k], "me", *tx[k + 1 :]))
                return (y, parse(said)) if flip else (parse(said), y)
    return None


_OWNED_RE = re.compile(r"\b([a-z]{3,})'s ([a-z]{3,})\b", re.IGNORECASE)


def owned_compound(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    for x, y, flip in ((a, b, False), (b, a, True)):
        if "'s" not in x.source:
            continue
        for m in _OWNED_RE.finditer(x.source):
            spaced = f"{m.group(1)} {m.group(2)}".lower()
            if (
                f" {spaced} " in f" {' '.join(tokens(y.source))} "
                and m.group(0).lower() not in y.source.lower()
            ):
                said = parse(x.source[: m.start()] + spaced + x.source[m.end() :])
                return (y, said) if flip else (said, y)
    return None
