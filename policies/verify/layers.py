"""Near-misses that keep every word and trade what they say of two things (pure).

- What is underneath and what goes on top traded around "with" ("Can you paint over latex
  with oil?" / "Can you paint over oil with latex?", "cover plywood with drywall" / "cover
  drywall with plywood", "top pizza with pineapple" / "top pineapple with pizza"): after a
  verb that lays, fills or swaps one thing with another, "with" names the material and the
  object the thing it goes on. ``direction`` reads "with" as symmetric ("mix flour with
  water" / "mix water with flour", "take ibuprofen with Tylenol" / "take Tylenol with
  ibuprofen" ask one thing), so only such a verb, or "over" before the first thing, makes
  the order the relation (``material_traded``).
- A negation moved to another verb ("a meal kit I didn't order" / "a meal kit I did order
  but don't want", "a package I didn't send" / "... I did send but regret not checking"):
  both sides negate something, so the count of negations is the same, but the verb denied
  on one side is affirmed on the other (``negation_moved``). A verb that raises its
  negation ("I don't think I should" / "I think I shouldn't") is not read.
"""

from __future__ import annotations

import re

from policies.verify.text import Parsed
from policies.verify.words import canonical

# Verbs whose object is what is covered, filled or replaced and whose "with" names what
# goes on it or in its place
_MATERIAL_VERBS = (
    "paint|repaint|cover|coat|top|fill|refill|stuff|line|replace|substitute|spray|seal|frost"
    "|ice|wrap|garnish|sprinkle|stain|tile|layer|patch|prime|plaster|glaze|drizzle|dust"
    "|grease|insulate|pad|plug|cap|overlay|varnish|caulk|carpet|panel|resurface|reupholster"
    "|upholster|dress|season|brush|rub|smear|spread|swab|replant|reseed|overseed|mulch|pave"
)
_SPAN = r"((?:[a-z0-9'\-]+ ){0,3}?[a-z0-9'\-]+)"
_STOP = r"(?=$|[?.,!;:]| (?:in|on|for|to|at|and|or|but|without|if|when|so|because|instead)\b)"
_MATERIAL_RE = re.compile(
    rf"\b(?:(?:{_MATERIAL_VERBS})(?:s|es|d|ed|ing|ping|ped)? (?:(?:over|on|onto|up) )?"
    rf"|[a-z]+ over ){_SPAN} with {_SPAN}{_STOP}"
)
_ARTICLES = frozenset("a an the my our your his her their its this that some".split())


def _thing(span: str) -> tuple[str, ...]:
    return tuple(canonical(w) for w in span.split() if w not in _ARTICLES)


def material_traded(a: str, b: str) -> bool:
    """``a`` and ``b`` the same but the thing laid on and the material laid traded."""
    if " with " not in a or " with " not in b:
        return False
    sa, sb = a.lower().replace("\u2019", "'"), b.lower().replace("\u2019", "'")
    ma, mb = _MATERIAL_RE.search(sa), _MATERIAL_RE.search(sb)
    if ma is None or mb is None:
        return False
    head_a, head_b = sa[: ma.start(1)], sb[: mb.start(1)]
    if head_a[-24:] != head_b[-24:] or sa[ma.end() :] != sb[mb.end() :]:
        return False
    xa, ya, xb, yb = (_thing(m.group(i)) for m in (ma, mb) for i in (1, 2))
    return bool(xa) and xa != ya and (xa, ya) == (yb, xb)


# Negations of a verb as parsed ("didn't" -> "did not"), and words read past to the verb
_NOT = frozenset(("not", "never"))
_SKIP = frozenset(
    "really even actually yet ever just already still quite fully exactly personally "
    "have be been to".split()
)
# Verbs that raise a negation from the clause below them ("I don't think it works")
_RAISING = frozenset(
    canonical(w)
    for w in "think believe suppose expect seem appear feel imagine reckon guess mean".split()
)
_AUXILIARIES = frozenset("do does did can could will would should shall may might must".split())
# A subject after "not" ("Why did not my crystals grow", as "didn't" is parsed): the
# negation of a question put first, not of the word after it
_SUBJECTS = frozenset(
    "a an the my our your his her their its this that these those i you he she it we they "
    "there".split()
)


def _negated(words: tuple[str, ...]) -> set[str]:
    """The verbs ``words`` deny: the first word after "not" / "never" past adverbs."""
    out: set[str] = set()
    for i, w in enumerate(words):
        if w not in _NOT:
            continue
        for v in words[i + 1 : i + 4]:
            if v not in _SKIP:
                if v not in _SUBJECTS:
                    out.add(canonical(v))
                break
    return out


def _affirmed(words: tuple[str, ...], verb: str) -> bool:
    """``verb`` said right after an auxiliary that is not denied ("I did order")."""
    for i in range(1, len(words)):
        if (
            words[i - 1] in _AUXILIARIES
            and words[i] not in _SUBJECTS
            and canonical(words[i]) == verb
        ):
            return True
    return False


def negation_moved(a: Parsed, b: Parsed) -> bool:
    """A verb denied on one side, affirmed after an auxiliary on the other, which denies
    another verb instead."""
    if _NOT.isdisjoint(a.words) or _NOT.isdisjoint(b.words):
        return False
    na, nb = _negated(a.words), _negated(b.words)
    if na == nb or not _RAISING.isdisjoint(na | nb):
        return False
    return any(
        nq - np and _affirmed(q.words, verb)
        for q, np, nq in ((b, na, nb), (a, nb, na))
        for verb in np - nq
    )
