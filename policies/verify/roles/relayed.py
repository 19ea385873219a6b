"""Role pass 207 (blind rounds 363-365): a relay of two clauses with one verb, its middle and
end parties traded ("Do I pay the tour company, and then the company pays the rifugi?" / "Do I
pay the rifugi, and then the rifugi pay the tour company?").

``relay_traded`` (a trade, in ``_LATER_TRADES``): each side read as "P V .. D X.. (,) and (then)
S V-s .. D' Y.. R" (P the clause's opening words; V one verb by its stem, said in both clauses;
D X.. a noun phrase "D (M) N" ending the first clause; S the second clause's subject, "D'' X'"
with X' the same words as X.. or its last words, "the company" for "the tour company", or a
pronoun "it / they / he / she" pointing back; D' Y.. a noun phrase ending the second clause; R a
clause mark or none): the first clause's object hands on to the end party. The two sides the
same with X.. and Y.. exchanged, every other word the same by its stem, read as the middle and
the end of the chain traded, so what is paid, sent or given flows the other way ("Do I send the
form to the school, and then the school sends it to the council?" / "... to the council, and
then the council sends it to the school?"). The same chain said two ways ("which then pays",
"and the company then pays"), politeness and filler are left.
"""

from __future__ import annotations

from policies.verify.roles.asked_leave import _CLOSED, _NP_MAX
from policies.verify.roles.written import LEADS, MARKS, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_BACK = frozenset(("it", "they", "he", "she"))
_X, _Y = "<x>", "<y>"

# (the two sides' words with the parties as _X / _Y, X.., Y..)
_Reading = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _phrase(t: tuple[str, ...], j: int, end: int) -> bool:
    """``t[j:end]`` "D (M) N": a lead and one to three words, none closed."""
    return (
        1 < end - j <= _NP_MAX
        and 0 <= j
        and end <= len(t)
        and t[j] in LEADS
        and all(w.isalpha() and w not in _CLOSED and w not in LEADS for w in t[j + 1 : end])
    )


def _subject(t: tuple[str, ...], s: int, x: tuple[str, ...]) -> int:
    """The end of the second clause's subject at ``s``, pointing back to ``x``; -1 if none."""
    if s < len(t) and t[s] in _BACK:
        return s + 1
    for k in range(s + 2, min(len(t), s + _NP_MAX) + 1):
        said = t[s + 1 : k]
        if _phrase(t, s, k) and len(said) <= len(x) and x[len(x) - len(said) :] == said:
            return k
    return -1


def _relays(t: tuple[str, ...]) -> list[_Reading]:
    out: list[_Reading] = []
    for j, w in enumerate(t):
        if w != "and" or j < 3:
            continue
        e1 = j - 1 if t[j - 1] == "," else j
        start = next((n + 1 for n in range(e1 - 1, -1, -1) if t[n] in MARKS), 0)
        s = j + 2 if j + 1 < len(t) and t[j + 1] == "then" else j + 1
        e2 = next((n for n in range(s, len(t)) if t[n] in MARKS), len(t))
        for d in range(max(start + 1, e1 - _NP_MAX), e1 - 1):
            if not _phrase(t, d, e1):
                continue
            x = t[d + 1 : e1]
            k = _subject(t, s, x)
            if k < 0 or k >= e2 or not t[k].isalpha() or t[k] in _CLOSED:
                continue
            verb = stem(t[k])
            if not any(stem(v) == verb for v in t[start:d] if v.isalpha()):
                continue
            for m in range(k + 1, e2 - 1):
                if not _phrase(t, m, e2):
                    continue
                y = t[m + 1 : e2]
                said = (*t[:d], _X, *t[e1:s], _X, *t[k:m], _Y, *t[e2:])
                out.append((tuple(stem(v) for v in said), x, y))
    return out


def relay_traded(a: Parsed, b: Parsed) -> bool:
    """ "I V X, and then X V-s Y" / "I V Y, and then Y V-s X": the relay's parties traded."""
    ta, tb = tokens(a.source), tokens(b.source)
    if "and" not in ta or "and" not in tb:
        return False
    rb = _relays(tb)
    return any(
        said == said_b and x == yb and y == xb and x != y
        for said, x, y in _relays(ta)
        for said_b, xb, yb in rb
    )
