"""Who is to do what another wants, named on one side only: "My mom wants me to move in with
her" / "My mom wants to move in with me", "My son wants to quit the team I coach" / "My son
wants me to quit coaching his team". A verb of wanting or asking followed by "to V" on one side
(its subject does V) and by "<someone> to V" on the other (that one does V), the same V, the
same subject before it: the doer of V changed.
"""

from __future__ import annotations

from policies.verify.roles.written import tokens
from policies.verify.text import Parsed

_WANT = frozenset(
    """want wants wanted expect expects expected ask asks asked need needs needed""".split()
)
_DOERS = frozenset("me us him her them you".split())
_LEADS = frozenset("my our your his her their the a an".split())
_STOPS = frozenset("to , ; . ? ! and or but that who which".split())
_NP_MAX = 4


def wanted_doer_changed(a: Parsed, b: Parsed) -> bool:
    if _WANT.isdisjoint(a.words) or _WANT.isdisjoint(b.words):
        return False
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    if not ra or not rb:
        return False
    for subj, want, doer, verb in ra:
        for subj_b, want_b, doer_b, verb_b in rb:
            if subj == subj_b and _stem(want) == _stem(want_b) and verb == verb_b:
                if (doer == "") != (doer_b == ""):
                    return True
    return False


def _readings(toks: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """(the word before the verb of wanting, that verb, the one told to act or "", the verb
    after "to" by its stem)."""
    out = []
    n = len(toks)
    for i in range(1, n - 2):
        w = toks[i]
        if w not in _WANT:
            continue
        subj = toks[i - 1]
        if toks[i + 1] == "to":
            out.append((subj, w, "", _stem(toks[i + 2])))
            continue
        j = i + 1
        if toks[j] in _DOERS:
            end = j + 1
        elif toks[j] in _LEADS:
            end = j + 1
            while end < n and end - j < _NP_MAX and toks[end] not in _STOPS:
                end += 1
        else:
            continue
        if end + 1 < n and toks[end] == "to" and end > j:
            out.append((subj, w, " ".join(toks[j:end]), _stem(toks[end + 1])))
    return out


def _stem(w: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


# Round 87: "How do I tell my commute partner to stop drafting so close behind me?" / "How do I
# stop drafting so close behind my commute partner?": the one told to act is the one the act
# is done to on the other side, the asker doing it. "tell X to V ... me" read without "tell X
# to" and with X for "me" (X's for "my") is the other side word for word.
_TELL = frozenset("tell ask get remind convince persuade make".split())
_ME_AS = frozenset(("me", "myself", "my"))
# Round 88: "get X to stop V-ing" is said "stop X from V-ing" ("How do I stop my neighbor from
# relying on me" / "How do I stop relying on my neighbor"): "stop / keep X from" read the same,
# the verb kept.
_FROM = frozenset(("stop", "keep", "prevent"))


def told_turned_round(a: Parsed, b: Parsed) -> bool:
    return _told(a.words, b.words) or _told(b.words, a.words)


def _told(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    if (_TELL.isdisjoint(x) and _FROM.isdisjoint(x)) or len(y) >= len(x):
        return False
    for i, t in enumerate(x):
        if (t not in _TELL and t not in _FROM) or i + 2 >= len(x) or x[i + 1] not in _LEADS:
            continue
        link = "to" if t in _TELL else "from"
        k = next((j for j in range(i + 2, min(i + 2 + _NP_MAX, len(x))) if x[j] == link), None)
        if k is None:
            continue
        who, rest = x[i + 1 : k], x[k + 1 :]
        if _ME_AS.isdisjoint(rest):
            continue
        said: list[str] = list(x[: i + (link == "from")])
        for w in rest:
            said.extend(who if w in _ME_AS else (w,))
        if tuple(said) == y:
            return True
    return False
