"""Judgment checks: the judgment a question asks for ("Is it rude to X" / "Is it okay to
X"), and whether something is allowed, needed or forbidden."""

from __future__ import annotations

from policies.verify.text import Parsed

# Judgments a question asks for ("Is it rude to X" / "Is it okay to X"): one class per
# judgment, its other words folded in (`askframes` writes "acceptable" / "impolite" one way)
_JUDGMENT_CLASS = {
    "okay": "okay",
    "ok": "okay",
    "acceptable": "okay",
    "appropriate": "okay",
    "inappropriate": "inappropriate",
    "alright": "okay",
    "fair": "fair",
    "reasonable": "fair",
    "unfair": "unfair",
    "rude": "rude",
    "impolite": "rude",
    "polite": "polite",
    "legal": "legal",
    "lawful": "legal",
    "illegal": "illegal",
    "unlawful": "illegal",
    "normal": "normal",
    "common": "common",  # `askframes` writes "Is it usual (typical) for X to V" with it
    "weird": "weird",
    "strange": "weird",
    "ethical": "ethical",
    "unethical": "unethical",
}
_BAD_JUDGMENTS = frozenset(("unfair", "rude", "illegal", "weird", "unethical", "inappropriate"))


# A permission ("Can I V", "Is X allowed to V") is not a need ("Is X required to V", "Do I
# need X") nor a ban ("Is V-ing banned"): each only on one side
_PERMITTED = frozenset(("allowed", "permitted"))
_NEEDED = frozenset(
    ("required", "necessary", "mandatory", "compulsory", "need", "needs", "needed", "must")
)


_FORBIDDEN = frozenset(("banned", "forbidden", "prohibited", "illegal", "outlawed"))


def _modality(p: Parsed) -> tuple[bool, bool]:
    words = p.words
    permit = (bool(words) and words[0] in ("can", "may")) or not _PERMITTED.isdisjoint(words)
    return permit, not (_NEEDED.isdisjoint(words) and _FORBIDDEN.isdisjoint(words))


# "Is it healthy to V" asks whether V does one good, "Can I V" (or "Is it okay to V", which
# `procedures` writes "Can I V") asks a leave: "Is it okay to text my ex" / "Is it healthy to
# text my ex"
_HEALTHY_ASK = ("is", "it", "healthy", "to")
_LEAVE_OPENINGS = frozenset((("can", "i"), ("can", "you"), ("can", "we"), ("may", "i")))


def _healthy_for_leave(a: Parsed, b: Parsed) -> bool:
    return a.words[:4] == _HEALTHY_ASK and b.words[:2] in _LEAVE_OPENINGS


def judgment_mismatch(a: Parsed, b: Parsed) -> bool:
    """Another judgment asked for ("Is it okay to X" / "Is it rude to X"), or a bad one on
    one side only ("Can I ask for X" / "Is it rude to ask for X"), or a permission for a
    need ("Can I park here" / "Is parking required here")."""
    if _healthy_for_leave(a, b) or _healthy_for_leave(b, a):
        return True
    pa, na = _modality(a)
    pb, nb = _modality(b)
    if (pa and not na and nb and not pb) or (pb and not nb and na and not pa):
        return True
    ja = {_JUDGMENT_CLASS[w] for w in a.words if w in _JUDGMENT_CLASS}
    jb = {_JUDGMENT_CLASS[w] for w in b.words if w in _JUDGMENT_CLASS}
    if ja == jb:
        return False
    return bool(ja and jb) or not _BAD_JUDGMENTS.isdisjoint(ja | jb)
