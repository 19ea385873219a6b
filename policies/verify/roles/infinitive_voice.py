"""Role pass 32 (round 102): the one who refuses traded across an infinitive said in the other
voice: "Can a food bank volunteer refuse to serve a client?" / "Can a food bank client refuse to
be served by a volunteer?", "My tenant wants to evict the subtenant" / "The subtenant wants to
be evicted by my tenant"... Each side read as "S M to V O REST" against "S' M to be V-ed by A
REST" (M the same one or two words: "refuse", "wants", "is trying"), with O's last word S''s and
A's last word S's: the doer of M changed. When S' is the same person as S ("A volunteer refused
to serve a client" / "A volunteer refused to be served by a client") it is left to the other
readers."""

from __future__ import annotations

from policies.verify.roles.voiced import _stem
from policies.verify.text import Parsed

_M_MAX = 2
_NP_MAX = 4


def infinitive_voice_traded(a: Parsed, b: Parsed) -> bool:
    if ("by" in a.words) == ("by" in b.words):
        return False
    return _traded(a.words, b.words) if "by" in b.words else _traded(b.words, a.words)


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
                        and ag[-1] == x
                        and wb[len(wb) - len(rest) :] == rest
                    ):
                        return True
    return False
