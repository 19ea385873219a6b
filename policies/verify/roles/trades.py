"""Another doer for the same verb, a doer added to a passive, phrases after a participle moved.

Role pass 85 (blind rounds 212-214): ``_subject_trade`` names a "his / her N" doer on the other
side with the noun's modifiers ("her live-in caregiver" / "my mom's live-in caregiver"), a word
inside a hyphened modifier ("live-in") part of the doer's phrase.
"""

from __future__ import annotations

from policies.verify.roles.tokens import (
    _DO_T,
    _MODALS,
    _POSS_T,
    _SUBJ_PRON,
    _SYMMETRIC,
    _WITH_SYMMETRIC,
    _content_tok,
    _token,
)
from policies.verify.roles.verbs import _FORMS, _PAST_FORMS
from policies.verify.text import Parsed

_CLAUSE_WORDS = "if when whether because since so that for until while after before"
_LEADS = (
    _MODALS | _DO_T | frozenset(_CLAUSE_WORDS.split()) | frozenset("what how why where".split())
)
_NOT_DOERS = frozenset(("@he", "@she", "@they", "it", "who", "whom", "what", "which"))


def _trade_tokens(p: Parsed) -> list[str]:
    """Tokens with a possessive pronoun apart from the person ("my" / "me")."""
    words = p.words
    out = []
    for i, w in enumerate(words):
        t = _token(p, i)
        if t[0] == "@" and (
            w in _POSS_T or (w == "her" and i + 1 < len(words) and bool(p.canon[i + 1]))
        ):
            t += "'"
        out.append(t)
    return out


def _doer(p: Parsed, toks: list[str], v: int) -> tuple[str, ...] | None:
    """The participant that does ``toks[v]``: a span just before it that starts a clause
    ("The hotel overbooked", "Can a nurse refuse", "what can the airline claim", "for the
    store to accept")."""
    words = p.words
    end = v
    if v > 1 and toks[v - 1] == "to":
        end = v - 1  # "for the store to accept": only after "for"
    for s in range(max(0, end - 4), end):
        span = toks[s:end]
        lead = words[s - 1] if s > 0 else ""
        if s > 0 and p.sentences and p.sentences[s] != p.sentences[s - 1]:
            lead = ""
        if end < v and lead != "for":
            continue
        if s > 0 and lead not in _LEADS:
            continue
        if len(span) == 1 and span[0][0] == "@" and span[0][-1] != "'":
            if words[s] in _SUBJ_PRON or (lead == "for" and end < v):
                return tuple(span)
            continue
        if lead == "for" and end < v and all(_content_tok(t) for t in span):
            if all(t not in _FORMS and t[0] not in "@=" for t in span):
                return tuple(span)  # "for police to search"
        if (span[0] in ("the", "a", "an") or span[0][-1] == "'") and len(span) > 1:
            if all(
                (_content_tok(t) and t not in _FORMS) or _hyphened(p, s + 1 + m)
                for m, t in enumerate(span[1:])
            ):
                return tuple(span)
    return None


def _hyphened(p: Parsed, i: int) -> bool:
    """Role pass 85: word ``i`` written inside a hyphened modifier ("her live-in caregiver"):
    part of the noun phrase, though "in" alone is none."""
    words, text = p.words, p.source.lower()
    if 0 < i and f"{words[i - 1]}-{words[i]}" in text:
        return True
    return i + 1 < len(words) and f"{words[i]}-{words[i + 1]}" in text


def _named(x: tuple[str, ...], joined: str) -> bool:
    """The doer is named on the other side: as it is, or "I" as the owner there ("My date
    showed up late" / "I showed up late to my date")."""
    if ("\x01" + "\x01".join(x) + "\x01") in joined:
        return True
    if len(x) >= 2 and x[0] in _THIRD_POSS and ("\x01" + "\x01".join(x[1:]) + "\x01") in joined:
        # "what his friend posted" / "my son's friend": "his" may be anyone's; role pass 85:
        # with the noun's modifiers too ("her live-in caregiver" / "my mom's live-in caregiver")
        return True
    return len(x) == 1 and x[0][0] == "@" and ("\x01" + x[0] + "'\x01") in joined


_THIRD_POSS = frozenset(("@he'", "@she'", "@they'"))


def _subject_trade(a: Parsed, b: Parsed) -> bool:
    """The same verb with another doer, each doer named on the other side: "The hotel
    overbooked and moved me" / "I overbooked the hotel and moved", "Can a nurse refuse to
    treat a patient" / "Can a patient refuse to be treated by a nurse"."""
    ta, tb = _trade_tokens(a), _trade_tokens(b)
    ja = "\x01" + "\x01".join(ta) + "\x01"
    jb = "\x01" + "\x01".join(tb) + "\x01"
    for v, t in enumerate(ta):
        if not _content_tok(t) or t[0] in "@=" or ta.count(t) != 1 or tb.count(t) != 1:
            continue
        if t in _SYMMETRIC or t in _WITH_SYMMETRIC or a.words[v] in _PASSIVE_BE:
            continue
        x = _doer(a, ta, v)
        if x is None or x[-1] in _NOT_DOERS:
            continue
        y = _doer(b, tb, tb.index(t))
        if y is None or y[-1] in _NOT_DOERS or x[-1] == y[-1]:
            continue
        if _named(x, jb) and _named(y, ja):
            return True
        if (x[0][0] == "@") != (y[0][0] == "@") and _asker(x, y, ja, jb):
            return True  # "Can I let the troop use" / "Can the troop let us use"
    return False


_ASKERS = ("@first", "@first_plural")


def _asker(x: tuple[str, ...], y: tuple[str, ...], ja: str, jb: str) -> bool:
    """One doer the asker ("I"), named on the other side as "us" (or "I" for "we"), the
    other doer named as it is."""
    me, other, j_me, j_other = (x, y, jb, ja) if x[0][0] == "@" else (y, x, ja, jb)
    if len(me) != 1 or me[0] not in _ASKERS or not _named(other, j_other):
        return False
    return any(f"\x01{t}\x01" in j_me for t in _ASKERS if t != me[0])


_CHUNK_PREPS = frozenset("in at from to into on onto by via through with".split())


def _tail(p: Parsed, i: int) -> list[tuple[str, str]]:
    """The content words after word ``i`` in its sentence, each with the preposition that
    governs it ("" when none): "bought online to a Walmart store" -> online / "", walmart /
    to, store / to."""
    words, sents = p.words, p.sentences
    out: list[tuple[str, str]] = []
    prep = ""
    for k in range(i + 1, min(len(words), i + 9)):
        if sents and sents[k] != sents[i]:
            break
        w = words[k]
        if w in _CHUNK_PREPS:
            prep = w
        elif p.canon[k]:
            out.append((p.canon[k], prep))
    return out


# Verbs in their base form that end in "-ed": no participle ("safely feed X to Y")
_EED_VERBS = frozenset("feed need bleed breed speed proceed succeed exceed heed shed".split())


def _phrase_moved(a: Parsed, b: Parsed) -> bool:
    """Two phrases after the same participle trade places and leave their prepositions:
    "shoes bought online to a Walmart store" / "shoes bought in a Walmart store online" (where
    it was bought and where it goes, turned round)."""
    for i, w in enumerate(a.words):
        if not (w in _PAST_FORMS or w.endswith("ed")) or i == 0 or not a.canon[i - 1]:
            continue
        if w in _EED_VERBS:
            continue  # role pass 105: "Can I safely feed tilapia guts to my chickens?"
        if w not in b.words:
            continue
        ta, tb = _tail(a, i), _tail(b, b.words.index(w))
        if len(ta) != len(tb) or len(ta) < 2:
            continue
        ca, cb = [c for c, _ in ta], [c for c, _ in tb]
        if ca == cb or {x for _, x in ta if x} == {x for _, x in tb if x}:
            continue  # the phrases took their prepositions along ("with cash in a store")
        if any(ca[cut:] + ca[:cut] == cb for cut in range(1, len(ta))):
            return True
    return False


_PASSIVE_BE = frozenset("is are was were be been being get gets got gotten".split())


def _doer_added(a: Parsed, b: Parsed) -> bool:
    """ "if my flight is cancelled" / "if I cancel my flight": a passive with no doer on one
    side, the same verb with "I" doing it to the same "my X" on the other."""
    return _doer_added_one(a, b) or _doer_added_one(b, a)


def _doer_added_one(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if "my" not in wa or "i" not in wb or "by" in wa:
        return False
    for i in range(len(wa) - 3):
        if wa[i] != "my" or not a.canon[i + 1] or wa[i + 2] not in _PASSIVE_BE:
            continue
        ved = wa[i + 3]
        if not ved.endswith("ed") or len(ved) < 6:
            continue
        for j in range(len(wb) - 3):
            v = wb[j + 1]
            if (
                wb[j] == "i"
                and v[:4] == ved[:4]
                and not v.endswith("ed")
                and wb[j + 2] == "my"
                and wb[j + 3] == wa[i + 1]
            ):
                return True
    return False
