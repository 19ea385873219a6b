"""Role pass 166 (blind round 305): the asker the one acted on against the asker the doer, a
passive's "by" doer made the owner of the thing.

``asker_undergoer_traded`` (a trade, in ``_LATER_TRADES``): "the N PRON V0 ... BE V-ed by D X"
(the asker's N, X the doer) against "PRON V-ed D X's N" (the asker the doer, N X's), and "the N
PRON V0 ... BE V-ed to D X" against "PRON BE V-ed D X's N" (who got it): PRON "I / we" on both
sides, the same V, D, X and N ("The nanny we hired through the agency was poached by another
family" / "We poached another family's nanny through the agency", "The room we reserved was
given to another guest" / "We were given another guest's room"). The same roles in the other
voice ("Another family poached the nanny we hired") are left.
"""

from __future__ import annotations

import re

from policies.verify.roles.voice_heads import _base
from policies.verify.text import Parsed

_ASKERS = frozenset(("i", "we"))
_BE = frozenset(("was", "were", "got", "is", "are", "been"))
_DETS = frozenset(("a", "an", "the", "another", "some", "this", "that"))
_HEAD_DETS = frozenset(("a", "an", "the", "this", "that"))
_AUX = frozenset(("have", "had", "just", "already"))
_TOKEN_RE = re.compile(r"[a-z0-9-]+|'s\b")
_MAX_NP = 3
_MAX_GAP = 5  # "we hired through the agency"


def _tokens(p: Parsed) -> list[str]:
    return _TOKEN_RE.findall(p.source.lower().replace("\u2019", "'"))


def asker_undergoer_traded(a: Parsed, b: Parsed) -> bool:
    if _ASKERS.isdisjoint(a.words) or _ASKERS.isdisjoint(b.words):
        return False
    ta, tb = _tokens(a), _tokens(b)
    if "'s" not in ta and "'s" not in tb:
        return False
    return _traded(ta, tb) or _traded(tb, ta)


def _doer_reads(t: list[str]) -> list[tuple[str, bool, str, str, list[str], list[str]]]:
    """(pronoun, passive, verb, det, X words, owned words) for "PRON (BE) V D X's N"."""
    out = []
    for s, w in enumerate(t):
        if w != "'s":
            continue
        for d in range(max(0, s - 1 - _MAX_NP), s - 1):
            if t[d] not in _DETS:
                continue
            i = d - 1
            passive = i >= 1 and t[i - 1] in _BE
            j = i - 1 if passive else i
            while j >= 1 and t[j - 1] in _AUX and not passive:
                j -= 1
            if i < 1 or j < 1 or t[j - 1] not in _ASKERS:
                continue
            out.append(
                (t[j - 1], passive, _base(t[i]), t[d], t[d + 1 : s], t[s + 1 : s + 1 + _MAX_NP])
            )
    return out


def _traded(doer: list[str], done: list[str]) -> bool:
    """``doer`` "PRON (BE) V D X's N", ``done`` "the N PRON V0 ... BE V-ed by / to D X"."""
    if "'s" in done:
        return False
    for pron, passive, verb, det, xs, owned in _doer_reads(doer):
        prep = "to" if passive else "by"
        for k in range(2, len(done) - 1 - len(xs)):
            if done[k] != prep or done[k + 1] != det or done[k + 2 : k + 2 + len(xs)] != xs:
                continue
            if done[k - 2] not in _BE or _base(done[k - 1]) != verb:
                continue
            for j in range(max(1, k - 2 - _MAX_GAP), k - 2):
                if done[j] != pron:
                    continue
                for n in range(1, min(_MAX_NP, len(owned)) + 1):
                    h = j - n
                    if h >= 1 and done[h:j] == owned[:n] and done[h - 1] in _HEAD_DETS:
                        return True
    return False
