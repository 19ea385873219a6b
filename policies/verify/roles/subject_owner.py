"""Role pass 30 (role targets): the subject and the owner of a later noun trade places across
the same verb. "My sister spent way more on my wedding gift" / "I spent way more on my sister's
wedding gift", "Someone set up their tent on my reserved site" / "I set up my tent on someone
else's reserved site", "My upstairs neighbor complains about the fumes from my kiln" / "I keep
complaining about the fumes from my upstairs neighbor's kiln", "A parent forgot ... after my
party" / "I forgot ... after another parent's party".

Read: each side's subject (a noun phrase of up to four words before the verb, "keep" skipped),
the verb by its stem, the same on both sides; then a noun said with the same words on both
sides, owned by "my" on one and by "X's" on the other. The subject of one side is the owner of
the other's noun and the other way round, the two keys different: who acts on whose thing
traded.

Role pass 129 (blind round 264): "our" read as "my" and "we" as "I", a group of the asker's
("our team", "our club") as the asker, and the other side's owner matched to the subject's head
("Our team captain keeps pocketing our league winnings" / "Our team keeps pocketing the
captain's league winnings": the captain takes from us against we take from the captain); a
group word the owned noun's modifier on one side ("our club dues" / "the treasurer's dues").
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed

_DETS = frozenset("my the a an another our your some".split())
_ME = frozenset(("i", "me", "my", "we", "us", "our"))
_OURS = frozenset(("my", "our"))
_KEEP = frozenset(("keep", "keeps", "kept", "still"))
_STOPS = frozenset(
    """, ; : . ? ! and or but if when that who which to of in on at for from with about by is
    are was were be been do does did can could should would will not after before during
    over under behind near into onto up off out than as""".split()
)
_SUBJ_MAX = 4
_GROUPS = frozenset(
    "team band club company business family firm shop store squad crew office group department"
    " choir committee household".split()
)


def subject_owner_traded(a: Parsed, b: Parsed) -> bool:
    if _OURS.isdisjoint(a.words) and _OURS.isdisjoint(b.words):
        return False
    if "'s" not in a.source and "'s" not in b.source:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta) or _moved(ta, tb) or _moved(tb, ta)


def _key(span: tuple[str, ...]) -> str:
    """A person's key: "me" for the asker, else the words without a determiner and "'s"."""
    if len(span) == 1 and span[0] in _ME:
        return "me"
    if len(span) == 2 and span[0] in _OURS and span[1] in _GROUPS:
        return "me"  # "My team used ... the other club's roster" / "... from my roster"
    words = [w.removesuffix("'s") for w in span if w not in _DETS and w != "else's"]
    if span[-1] == "else's":
        words.append("someone" if not words else "")
    return " ".join(w for w in words if w)


def _subject(toks: tuple[str, ...], said: str = "") -> tuple[str, int] | None:
    """The subject's key and the verb's index: "my upstairs neighbor complains", "I keep
    complaining"; ``said`` a verb the other side reads, an irregular past ("found") too."""
    for v in range(1, min(_SUBJ_MAX, len(toks) - 1) + 1):
        if toks[v - 1] in _STOPS or "'s" in toks[v - 1]:
            return None
        subj = toks[:v]
        if len(subj) == 1 and subj[0] in _DETS:
            continue
        verb = v + (toks[v] in _KEEP)
        if (
            verb < len(toks)
            and toks[verb] not in _STOPS
            and (
                toks[verb].endswith(("s", "ed", "ing", "t")) or subj == ("i",) or toks[verb] == said
            )
        ):
            if v == 1 or subj[0] in _DETS or subj[0] in ("someone", "somebody"):
                return _key(subj), verb
    return None


def _owned(toks: tuple[str, ...], start: int) -> list[tuple[str, tuple[str, ...]]]:
    """Each owner after ``start`` with the two words it owns: ("me", ("wedding", "gift"))."""
    out = []
    for i in range(start, len(toks) - 1):
        t = toks[i]
        if t in _OURS:
            out.append(("me", toks[i + 1 : i + 3]))
        elif t.endswith("'s") and len(t) > 2:
            s = i
            while s > start and i - s < 3 and toks[s - 1] not in _STOPS:
                s -= 1
            out.append((_key(toks[s : i + 1]), toks[i + 1 : i + 3]))
    return out


def _stem(w: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)].removesuffix("e")
    return w.removesuffix("e")


def _traded(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    sa, sb = _subject(ta), _subject(tb)
    if sa is not None and (sb is None or _stem(ta[sa[1]]) != _stem(tb[sb[1]])):
        sb = _subject(tb, ta[sa[1]])  # role pass 152: "I found" / "Someone found"
    elif sb is not None and sa is None:
        sa = _subject(ta, tb[sb[1]])
    if sa is None or sb is None:
        return False
    (xa, va), (xb, vb) = sa, sb
    if not xa or not xb or xa == xb or _stem(ta[va]) != _stem(tb[vb]):
        return False
    owned_b = _owned(tb, vb + 1)
    xb_word = tb[vb - 1 - (tb[vb - 1] in _KEEP)]  # "our club dues" / "the treasurer's dues"
    for owner_a, noun in _owned(ta, va + 1):
        if owner_a != xb or not noun or noun[0] in _STOPS:
            continue
        for owner_b, noun_b in owned_b:
            if owner_b != xa and owner_b != xa.rsplit(" ", 1)[-1]:
                continue  # role pass 129: "our team captain" / "the captain's"
            if noun_b[:1] == noun[:1] or (noun[0] == xb_word and noun_b[:1] == noun[1:]):
                return True
    return False


# Role pass 31 (round 98): the owner moved from the doer to a later noun, "My landlord's son
# threw a loud party in the unit under mine" / "My son threw a loud party in my landlord's unit
# under mine": ``x``'s subject "[my] X's N" and ``y``'s "my N" (the same N and verb), ``y``
# saying "X's M" later where ``x`` says "the / a M" with no owner: who did it changed.


def _moved(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    own = next(
        (i for i in range(min(3, len(x) - 2)) if x[i].endswith("'s") and len(x[i]) > 2), None
    )
    if own is None or any(t in _STOPS for t in x[:own]) or len(y) < 4:
        return False
    owner, head = _key(x[: own + 1]), x[own + 1]
    if not owner or owner == "me" or y[0] != "my" or y[1] != head:
        return False
    vx = own + 2 + (x[own + 2] in _KEEP)
    vy = 2 + (y[2] in _KEEP)
    if vx >= len(x) or vy >= len(y) or x[vx] in _STOPS or _stem(x[vx]) != _stem(y[vy]):
        return False
    for owner_y, noun in _owned(y, vy + 1):
        if owner_y != owner or not noun or noun[0] in _STOPS:
            continue
        for i in range(vx + 2, len(x)):
            if x[i] == noun[0] and x[i - 1] in lx.ARTICLES:
                return True
    return False
