"""Role pass 32 (round 102): the one who refuses traded across an infinitive said in the other
voice: "Can a food bank volunteer refuse to serve a client?" / "Can a food bank client refuse to
be served by a volunteer?", "My tenant wants to evict the subtenant" / "The subtenant wants to
be evicted by my tenant"... Each side read as "S M to V O REST" against "S' M to be V-ed by A
REST" (M the same one or two words: "refuse", "wants", "is trying"), with O's last word S''s and
A's last word S's: the doer of M changed. When S' is the same person as S ("A volunteer refused
to serve a client" / "A volunteer refused to be served by a client") it is left to the other
readers.

Role pass 108 (blind round 240): the same trade across a gerund, "S M V-ing O REST" against "S'
M being / getting V-ed (P) by A REST" (M one to three words: "is bored", "is tired of",
"hates"; an aspect or a likelihood left, "keeps", "is at risk of"): "My 14-year-old is bored
tutoring his 8-year-old brother in science" / "My 8-year-old is bored being tutored in science
by his 14-year-old brother", "My son hates coaching his younger teammate" / "My son's younger
teammate hates being coached by him". The doer is the same both ways; the one who feels it (M's
subject) is the doer on one side and the one acted on on the other. Phrases are told apart by
their words without the determiner ("my 14-year-old" is "his 14-year-old brother"), a
third-person pronoun after "by" stands for a subject whose words the other side names, "I" is
"me". The same subject both ways (the doer changed: "My son hates tutoring / being tutored by
his brother") is left to the other readers."""

from __future__ import annotations

import re

from policies.verify.lexicon import DETERMINERS, PARTICIPLES
from policies.verify.roles.voiced import _stem
from policies.verify.text import Parsed

_M_MAX = 3  # role pass 195: "need a licence"
_NP_MAX = 4


def infinitive_voice_traded(a: Parsed, b: Parsed) -> bool:
    if ("by" in a.words) == ("by" in b.words):
        return False
    x, y = (a, b) if "by" in b.words else (b, a)
    if _traded(x.words, y.words):
        return True
    if _GERUND_AUX.isdisjoint(y.words):
        return False
    owners = frozenset(_OWNER.findall(x.source.lower() + " " + y.source.lower()))
    return _gerund_traded(x.words, y.words, owners)


def _traded(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """``wa`` "S M to V O REST", ``wb`` "S' M to be V-ed by A REST"."""
    for tb in range(2, len(wb) - 4):
        if wb[tb] != "to" or wb[tb + 1] != "be" or wb[tb + 3] != "by":
            continue
        part = _stem(wb[tb + 2])
        for ta in range(2, len(wa) - 2):
            if wa[ta] != "to" or _stem(wa[ta + 1]) != part:
                continue
            for m in range(1, _M_MAX + 1):
                if ta - m < 1 or tb - m < 1 or wa[ta - m : ta] != wb[tb - m : tb]:
                    continue
                x, y = wa[ta - m - 1], wb[tb - m - 1]  # the heads of the two subjects
                if x == y:
                    continue
                for size in range(1, _NP_MAX + 1):
                    obj, rest = wa[ta + 2 : ta + 2 + size], wa[ta + 2 + size :]
                    if len(obj) < size or obj[-1] != y:
                        continue
                    ag = wb[tb + 4 : len(wb) - len(rest)] if rest else wb[tb + 4 :]
                    if (
                        1 <= len(ag) <= _NP_MAX
                        and (ag[-1] == x or ag[-1] in _subject(wa, ta - m)[1:-1])
                        and wb[len(wb) - len(rest) :] == rest
                    ):
                        return True
    return False


_GERUND_AUX = frozenset(("being", "getting"))
_OWNER = re.compile(r"(\w+)['\u2019]s\b")
_M_GERUND_MAX = 3
_MID_MAX = 3
_LEADS = DETERMINERS | frozenset(("i", "we", "he", "she", "they", "you"))
_ME = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "you": "you"}
_BACK = frozenset(("him", "her", "them"))
_STOPS = frozenset(("and", "but", "or", "when", "while", "because", "if", "so", "who", "that"))
# an aspect or a likelihood said of the event, not a feeling of its subject: "keeps / stopped
# V-ing", "is at risk / in danger of V-ing" say the same with the voice turned round
_TRANSPARENT = frozenset(
    """keep keeps kept start starts started begin begins began stop stops stopped continue
    continues continued finish finishes finished resume resumed quit risk risks risked danger
    chance chances likely unlikely verge point process middle capable""".split()
)
_PAST_BASE = {**PARTICIPLES, "sat": "sit"}  # "babysat"


def _same_verb(ing: str, part: str) -> bool:
    """ "tutoring" / "tutored", "babysitting" / "babysat", "driving" / "driven"."""
    if not ing.endswith("ing") or part.endswith("ing"):
        return False
    if _stem(ing) == _stem(part):
        return True
    for past, base in _PAST_BASE.items():
        pre = part[: len(part) - len(past)]
        if part.endswith(past) and (not pre or len(pre) >= 3):
            return _stem(ing) == _stem(pre + base)
    return False


def _gerund_traded(wa: tuple[str, ...], wb: tuple[str, ...], owners: frozenset[str]) -> bool:
    """``wa`` "S M V-ing O REST", ``wb`` "S' M being V-ed (P) by A REST" with P said in REST,
    S the same one as A and O as S', S' another one than S."""
    for tb in range(2, len(wb) - 3):
        if wb[tb] not in _GERUND_AUX:
            continue
        try:
            by = wb.index("by", tb + 2, tb + 3 + _MID_MAX)
        except ValueError:
            continue
        for ta in range(2, len(wa) - 1):
            if not _same_verb(wa[ta], wb[tb + 1]):
                continue
            for m in range(1, _M_GERUND_MAX + 1):
                if ta - m < 1 or tb - m < 1 or wa[ta - m : ta] != wb[tb - m : tb]:
                    continue
                if not _TRANSPARENT.isdisjoint(wa[max(0, ta - 5) : ta]):
                    continue  # "is at risk of biting the kids" / "of being bitten by": one event
                sa, sb = _subject(wa, ta - m), _subject(wb, tb - m)
                if sa and sb and _one_voice(wa, ta, wb, by, (sa, sb, wb[tb + 2 : by]), owners):
                    return True
    return False


def _subject(w: tuple[str, ...], end: int) -> tuple[str, ...]:
    """The noun phrase ending before ``w[end]``: back to its nearest lead word ("my son
    younger teammate" for "my son's younger teammate"); () if none within four words."""
    for k in range(end - 1, max(-1, end - 1 - _NP_MAX), -1):
        if w[k] in _STOPS:
            return ()
        if w[k] in _LEADS:
            return w[k:end]
    return ()


def _one_voice(
    wa: tuple[str, ...],
    ta: int,
    wb: tuple[str, ...],
    by: int,
    said: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    owners: frozenset[str],
) -> bool:
    sa, sb, mid = said
    if _names(sa, sb, wb, owners) or _names(sb, sa, wa, owners):
        return False  # the same one feels it both ways
    for size in range(1, _NP_MAX + 1):
        obj = wa[ta + 1 : ta + 1 + size]
        if len(obj) < size or obj[0] in _STOPS or not _names(obj, sb, wa, owners):
            continue
        rest = wa[ta + 1 + size :]
        for n in range(1, _NP_MAX + 1):
            ag = wb[by + 1 : by + 1 + n]
            if len(ag) < n or ag[0] in _STOPS:
                break
            if sorted(rest) == sorted(mid + wb[by + 1 + n :]) and _names(sa, ag, wb, owners):
                return True
    return False


def _core(np: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in np if w not in DETERMINERS)


def _names(
    x: tuple[str, ...], y: tuple[str, ...], y_side: tuple[str, ...], owners: frozenset[str]
) -> bool:
    """``y`` (said on ``y_side``) names the one ``x`` names: one's words without the
    determiner within the other's ("my 14-year-old" / "his 14-year-old brother"), not as its
    owner ("my son" / "my son's teammate"), "I" / "me", or "him / her / them" for ``x`` named
    there."""
    if len(x) == 1 and x[0] in _ME:
        return len(y) == 1 and y[0] in (x[0], _ME[x[0]])
    if len(y) == 1 and y[0] in _ME:
        return False
    if len(y) == 1 and y[0] in _BACK:
        return bool(_core(x)) and _core(x) <= frozenset(y_side)
    cx, cy = _core(x), _core(y)
    if not cx or not cy or not (cx <= cy or cy <= cx):
        return False
    short = x if len(cx) < len(cy) else y
    return len(cx) == len(cy) or short[-1] not in owners
