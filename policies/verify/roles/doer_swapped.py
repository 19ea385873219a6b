"""Role pass 123 (blind rounds 258-260): the one who does an act traded between the asker's side
and another party, the act's words kept.

``maker_traded``: "a N (that) another Y V-ed" (someone else's work) against "a N PRON V-ed" (the
subject's or asker's own work), the same N and V ("Can a balloon artist trademark a character
that another artist created?" / "... a character they created if another artist uses it?",
"a song that another band wrote" / "a song I wrote"). ``hired_doer_traded``: "the N (I hired)
V-ed my X" (the N did it) against "I V-ed a N's X" (the asker did it) ("The plumber I hired
subcontracted my job to another company" / "I subcontracted a plumber's job to another
company"). ``complainant_traded``: "X (AUX) V-s a N about / against me" against "I ... V a N
about / against X" ("if the judge files a complaint about me" / "if I want to file a complaint
about the judge"; role pass 171: "of / for" too, after a progressive "X is V-ing" and "I'm
V-ing": "My tutor is leaving a bad review of me" / "I'm leaving a bad review of my tutor"). The
same form on both sides (a reordering, "has filed a complaint against
me", "allowed to trademark a character another artist created") is left. Pure functions over
two ``Parsed`` forms, each behind a cheap word test."""

from __future__ import annotations

import re

from policies.verify.lexicon import STOPWORDS
from policies.verify.text import Parsed
from policies.verify.words import stem

_OTHER_WORDS = frozenset(("another", "else", "other", "different"))
_OWN_RE = re.compile(
    r"\b(?:a|an|the|my|our|this|that) (?:[a-z-]+ )?([a-z-]+) (?:that |which )?"
    r"(?:i|we|they|he|she|you) (?:have |had |has |just )?([a-z]+)\b"
)
_PEOPLE_LEAD = r"(?:i|we|they|he|she|you|me|us|him|her|them)"


def _low(p: Parsed) -> str:
    return p.source.lower().replace("\u2019", "'")


def _other_made(text: str, noun: str, verb: str) -> bool:
    """``text`` says "N (that) another Y V" / "N someone else V": another party's work."""
    n, v = re.escape(noun), re.escape(verb)
    pattern = (
        rf"\b{n} (?:that |which )?(?:(?:another|some other|a different|other) (?:[a-z-]+ ){{1,2}}?"
        rf"|(?:someone|somebody) else )(?:has |had |just )?{v}\b"
    )
    return re.search(pattern, text) is not None


def _own_made(text: str, noun: str, verb: str) -> bool:
    n, v = re.escape(noun), re.escape(verb)
    pattern = rf"\b{n} (?:that |which )?{_PEOPLE_LEAD} (?:have |had |has |just )?{v}\b"
    return re.search(pattern, text) is not None


def maker_traded(a: Parsed, b: Parsed) -> bool:
    if not (_OTHER_WORDS.intersection(a.words) or _OTHER_WORDS.intersection(b.words)):
        return False
    return _maker_traded(_low(a), _low(b)) or _maker_traded(_low(b), _low(a))


def _maker_traded(own: str, other: str) -> bool:
    """``own`` says "a N PRON V" and ``other`` "a N another Y V", neither the other's form."""
    for m in _OWN_RE.finditer(own):
        noun, verb = m.group(1), m.group(2)
        if verb in STOPWORDS or len(verb) < 3:
            continue
        if (
            _other_made(other, noun, verb)
            and not _own_made(other, noun, verb)
            and not _other_made(own, noun, verb)
        ):
            return True
    return False


_ASKER_DID_RE = re.compile(
    r"\b(?:i|we) (?:have |had |just )?([a-z]+) (?:a|an|the|my|our|some) ([a-z-]+)'s ([a-z-]+)\b"
)


def hired_doer_traded(a: Parsed, b: Parsed) -> bool:
    if not ({"my", "our"}.intersection(a.words) or {"my", "our"}.intersection(b.words)):
        return False
    la, lb = _low(a), _low(b)
    if "'s " not in la and "'s " not in lb:
        return False
    return _hired_doer(la, lb) or _hired_doer(lb, la)


def _hired_doer(asker: str, party: str) -> bool:
    """``asker`` "I V a N's X", ``party`` "the N (I V0) V my X": who did V traded."""
    for m in _ASKER_DID_RE.finditer(asker):
        verb, noun, thing = m.group(1), m.group(2), m.group(3)
        if verb in STOPWORDS:
            continue
        pattern = (
            rf"\b{re.escape(noun)}(?: (?:that|who|whom))?(?: (?:i|we) [a-z]+)? "
            rf"(?:has |had |just )?([a-z]+) (?:my|our) (?:[a-z-]+ ){{0,2}}{re.escape(thing)}\b"
        )
        for n in re.finditer(pattern, party):
            if (
                stem(n.group(1)) == stem(verb)
                and re.search(
                    rf"\b(?:i|we) (?:have |had |just )?{re.escape(verb)} (?:a|an|the|my|our|some) "
                    rf"{re.escape(noun)}'s\b",
                    party,
                )
                is None
            ):
                return True
    return False


_ABOUT_ME_RE = re.compile(
    r"\b(?:the|my|a|an|our|your|his|her|their) (?:[a-z-]+ ){0,2}?([a-z-]+) "
    r"(?:(?:has|had|will|might|may|could|would|did|does|just|wants to|is going to|is|are|was|"
    r"were) )?([a-z]+) (?:a |an |the )?(?:[a-z-]+ )?([a-z-]+) (about|against|on|of|for) (?:me|us)\b"
)


# role pass 171: "of / for" name the act's target too ("a review of me", "a reference for me")
_ABOUT_WORDS = frozenset(("about", "against", "on", "of", "for"))
_ABOUT = "(?:about|against|on|of|for)"


def complainant_traded(a: Parsed, b: Parsed) -> bool:
    if not ({"me", "us"}.intersection(a.words) or {"me", "us"}.intersection(b.words)):
        return False
    if not (_ABOUT_WORDS.intersection(a.words) and _ABOUT_WORDS.intersection(b.words)):
        return False
    la, lb = _low(a), _low(b)
    return _complainant(la, lb) or _complainant(lb, la)


def _complainant(party: str, asker: str) -> bool:
    """``party`` "X V-s a N about me", ``asker`` "I ... V a N about X": the complainant traded."""
    for m in _ABOUT_ME_RE.finditer(party):
        who, verb, noun = m.group(1), m.group(2), m.group(3)
        if who in STOPWORDS or verb in STOPWORDS or noun in STOPWORDS:
            continue
        pattern = (
            rf"\b(?:i|we)(?:'m|'re|'ve)?(?: [a-z']+){{0,3}}? ([a-z]+) (?:a |an |the )?(?:[a-z-]+ )?"
            rf"{re.escape(noun)} {_ABOUT} (?:the|my|a|an|our|this|that|his|her|their) "
            rf"(?:[a-z-]+ ){{0,2}}?{re.escape(who)}\b"
        )
        for n in re.finditer(pattern, asker):
            if stem(n.group(1)) == stem(verb) and not re.search(
                rf"\b{re.escape(noun)} {_ABOUT} (?:me|us)\b", asker
            ):
                return True
    return False
