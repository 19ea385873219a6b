"""Two role trades through a relative clause or a kin word (role pass 136).

``whom_head_traded``: "V the X who W-ed Y" against "V Y, whom the X W-ed", the same words
before the head, the same doer X and verb W: the one undergoing the main verb is the relative's
doer on one side and the one it acted on on the other ("Why did the league ban the player who
fouled Jordan?" / "Why did the league ban Jordan, whom the player fouled?"). Both sides with
"who" before the verb, or both with "whom the X", read no trade.

``kin_owner_traded``: "the X's K1 ... his K2 V-ed" against "the X ... his K1 V-ed", K1 and
K2 kin nouns, the words the same but for "'s K1" and the later kin noun: the one the sentence
is about and the one the relative names traded ("How did the chef's son get sick from the dish
his father cooked?" / "How did the chef get sick from the dish his son cooked?"). The same kin
word later on both sides ("his father" / "his dad" read by ``kin.align``) is left.
"""

from __future__ import annotations

import re

from policies.verify.lexicon import KIN_NOUNS
from policies.verify.roles.written import OWNER, flat, tokens
from policies.verify.text import Parsed

_DET = r"(?:the|a|an|my|our|your|his|her|their|this|that)"
_WHO_RE = re.compile(
    rf"^(?P<pre>.*?)\b(?P<det>{_DET}) (?P<x>(?:[a-z'-]+ ){{0,2}}[a-z'-]+) (?:who|that) "
    r"(?P<v>[a-z'-]+) (?P<y>[^,;?.!]+?)\s*(?P<end>[,;?.!].*)?$"
)
_WHOM_RE = re.compile(
    rf"^(?P<pre>.*?\b[a-z'-]+) (?P<y>[^,;?.!]+?),? (?:whom|who|that) (?P<det>{_DET}) "
    r"(?P<x>(?:[a-z'-]+ ){0,2}[a-z'-]+?) (?P<v>[a-z'-]+)\s*(?P<end>[,;?.!].*)?$"
)
_NOT_VERB = frozenset("is are was were has have had will would can could did does do".split())


def whom_head_traded(a: Parsed, b: Parsed) -> bool:
    if not ({"who", "whom", "that"} & set(a.words) and {"who", "whom", "that"} & set(b.words)):
        return False
    return _whom_read(a.source, b.source) or _whom_read(b.source, a.source)


def _whom_read(sa: str, sb: str) -> bool:
    if "whom" not in sb.lower() and ", who" not in sb.lower():
        return False
    ma = _WHO_RE.match(flat(sa))
    if ma is None or ma["v"] in _NOT_VERB:
        return False
    for mb in _whom_matches(flat(sb)):
        if mb["v"] != ma["v"] or mb["x"] != ma["x"] or (mb["end"] or "") != (ma["end"] or ""):
            continue
        if mb["pre"] + " " + mb["y"] == (ma["pre"] + ma["y"]).strip() or (
            mb["pre"].strip() == ma["pre"].strip() and mb["y"].strip() == ma["y"].strip()
        ):
            return True
    return False


def _whom_matches(s: str) -> list[re.Match[str]]:
    m = _WHOM_RE.match(s)
    return [m] if m is not None else []


_KIN = frozenset(w for w in KIN_NOUNS if " " not in w) | {"husband", "wife"}
_PLURAL_GENITIVE = re.compile(r"(?<=[a-z]s)'(?=[\s,;:?!.]|$)")  # "keepers' ": "keepers's "


def _kin_base(w: str) -> str | None:
    """The kin noun ``w`` says, "'s" and a plural "s" off ("parents's": "parent"), else None."""
    b = w[:-2] if w.endswith("'s") else w
    if b in _KIN:
        return b
    return b[:-1] if b.endswith("s") and b[:-1] in _KIN else None


def _genitive_tokens(source: str) -> tuple[str, ...]:
    """The words with a plural owner's bare apostrophe written "'s" ("keepers' children")."""
    return tokens(_PLURAL_GENITIVE.sub("'s", flat(source)))


def kin_owner_traded(a: Parsed, b: Parsed) -> bool:
    if not any(_kin_base(w) for w in a.words) or not any(_kin_base(w) for w in b.words):
        return False
    ta, tb = _genitive_tokens(a.source), _genitive_tokens(b.source)
    return _kin_read(ta, tb) or _kin_read(tb, ta)


def _kin_read(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """``ta`` says "X's K1" where ``tb`` says "X", and later "his K2" where ``tb`` says "his K1"
    (role pass 222: "their K2s' N" where ``tb`` says "their K1's N", an owner both sides)."""
    if len(ta) != len(tb) + 1:
        return False
    for i in range(len(ta) - 1):
        t = ta[i]
        if not t.endswith("'s") or _kin_base(ta[i + 1]) is None:
            continue
        if i >= len(tb) or tb[i] != t[:-2] or ta[:i] != tb[:i]:
            continue
        k1 = ta[i + 1]
        rest_a, rest_b = ta[i + 2 :], tb[i + 1 :]
        diff = [j for j in range(len(rest_a)) if rest_a[j] != rest_b[j]]
        kin = [j for j in diff if _kin_base(rest_a[j]) is not None]
        if len(kin) != 1 or not set(diff) <= {kin[0], kin[0] - 1}:
            continue
        j = kin[0]
        ka, kb = rest_a[j], rest_b[j]
        owned = ka.endswith("'s")
        if kb.endswith("'s") != owned or (kb[:-2] if owned else kb) != k1:
            continue
        if _kin_base(ka) == _kin_base(k1) or j == 0:
            continue
        if rest_a[j - 1] in OWNER and rest_b[j - 1] in OWNER:
            return True
    return False
