"""The subject and the object traded where the object is compared with a part of the subject
(role pass 218, blind rounds 390-395).

``compared_owner_traded`` (a trade, in ``_LATER_TRADES``): one side says "Q S V O.. C than its
Z.. T" (S the subject, a noun phrase of a lead and one to three open words; V one to three open
words; O.. the object with what compares it, "a mouse that is bigger", "a rabbit wider"; C the
comparative before "than", "-er" or after "more / less"; "its / his / her / their" the owner of
the part Z.., one to three open words, pointing back at S), the other "Q' O.. C than S's Z.. V
it / him / her / them T": the object made the subject with its comparison kept, the part's owner
spelled out as the subject's genitive and the old subject the object pronoun ("Will my
rattlesnake eat a mouse that's bigger than its head?" / "Will a mouse that's bigger than my
rattlesnake's head eat it?"). The pronoun "its" and the genitive "my rattlesnake's" keep the
two noun phrases from being read as the same words in another order, as "than it" / "than my
hawk" are. Q and Q' the same or each auxiliaries only ("Does" / "Do"); V said by stem. Who eats
whom is traded; the same roles said two ways ("a mouse bigger than its head", "larger") are
left, for no side then names the subject's genitive and the object pronoun.
"""

from __future__ import annotations

from policies.verify.roles.written import AUX, LEADS, open_word, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

# the owner pronoun of the part, and the object pronoun for the same one (closed class)
_OWNER_OBJECT = {"its": "it", "his": "him", "her": "her", "their": "them"}
_GRADERS = frozenset(("more", "less", "fewer"))  # "more aggressive than"
_NOT_COMPARATIVE = frozenset(("other", "rather", "else"))  # "other than" compares nothing
_PHRASE_MAX = 3  # open words of S after its lead, of V, of the part Z
_Words = tuple[str, ...]


def _opens(ws: _Words) -> bool:
    return 1 <= len(ws) <= _PHRASE_MAX and all(open_word(w) for w in ws)


def _comparative(t: _Words, than: int) -> bool:
    if than < 1 or t[than - 1] in _NOT_COMPARATIVE:
        return False
    w = t[than - 1]
    return w.endswith("er") or (than >= 2 and t[than - 2] in _GRADERS)


def _stems(ws: _Words) -> _Words:
    return tuple(stem(w) for w in ws)


def _lead_same(q: _Words, r: _Words) -> bool:
    if q == r:
        return True
    return len(q) == len(r) and all(w in AUX for w in q + r)


def _traded(ta: _Words, tb: _Words) -> bool:
    """``ta`` says "Q S V O.. C than its Z.. T", ``tb`` "Q' O.. C than S's Z.. V it T"."""
    for i in range(1, len(ta) - 1):
        if ta[i] != "than" or ta[i + 1] not in _OWNER_OBJECT or not _comparative(ta, i):
            continue
        pronoun = _OWNER_OBJECT[ta[i + 1]]
        for j in range(1, len(tb) - 2):
            if tb[j] != "than" or not _comparative(tb, j):
                continue
            g = next((k for k in range(j + 1, min(j + 6, len(tb))) if tb[k].endswith("'s")), -1)
            if g < 0 or tb[j + 1] not in LEADS:
                continue
            subject = (*tb[j + 1 : g], tb[g][:-2])
            if not _opens(subject[1:]):
                continue
            # "than" and the comparison before it the same: O.. C on both sides
            k = 0
            while k < min(i, j) and ta[i - 1 - k] == tb[j - 1 - k]:
                k += 1
            if k < 2:
                continue
            rest_a, rest_b = ta[: i - k], tb[: j - k]
            # the object's words are those of the common run after A's verb; A = Q S V O..
            for p in range(len(tb) - 1, g, -1):
                if tb[p] != pronoun:
                    continue
                tail = tb[p + 1 :]
                if len(ta) - len(tail) <= i + 2 or ta[len(ta) - len(tail) :] != tail:
                    continue
                part = ta[i + 2 : len(ta) - len(tail)]
                if not _opens(part) or tb[g + 1 : g + 1 + len(part)] != part:
                    continue
                verb_b = tb[g + 1 + len(part) : p]
                if not _opens(verb_b):
                    continue
                n = len(rest_a) - len(verb_b) - len(subject)
                if n < 0:
                    continue
                q, s, verb_a = rest_a[:n], rest_a[n : n + len(subject)], rest_a[-len(verb_b) :]
                if s != subject or _stems(verb_a) != _stems(verb_b) or not _opens(verb_a):
                    continue
                if _lead_same(q, rest_b):
                    return True
    return False


def compared_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "S V O that is C than its Z" / "O that is C than S's Z V it": who does it to whom."""
    if "than" not in a.words or "than" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _traded(ta, tb) or _traded(tb, ta)
