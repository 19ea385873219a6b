"""The class by structure: any predicate whose participants trade places."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.chains import PATH_CONTENT, _chain_swap, _from_to_swap
from policies.verify.roles.close import close_swap
from policies.verify.roles.exchange import _exchange
from policies.verify.roles.tokens import _WH_OBJ
from policies.verify.roles.trades import _phrase_moved, _subject_trade
from policies.verify.roles.verbs import _POSSESSIVES, _SOMEONE
from policies.verify.text import Parsed


def _order(p: Parsed) -> list[str]:
    """Content words and persons in order, a possessive apart ("my roommate ... me" / "me ...
    my roommate"), "someone" and a wh-word among them ("who ghosted me" / "who I ghosted")."""
    out = []
    for i, w in enumerate(p.words):
        if w in lx.PERSONS:
            out.append((lx.PERSONS.get(w) or "") + ("'" if w in _POSSESSIVES else ""))
        elif w in _SOMEONE or w in _WH_OBJ:
            out.append(w)
        elif p.canon[i]:
            out.append(p.canon[i])
    return out


def general_swap(a: Parsed, b: Parsed) -> bool:
    """Participants trading places around any predicate, possessive chains turned round,
    "from X to Y" regrouped. Only for the same content words in another order ("from X to Y"
    also apart by a path word: "over to", "toward")."""
    if a.content != b.content:
        # role pass 80: "from my savings into checking" / "from checking over to my savings"
        return a.content ^ b.content <= PATH_CONTENT and _from_to_swap(a, b)
    if a.words == b.words:
        return False
    if _order(a) == _order(b):
        # the same content words and persons in the same order; a chain turned round over
        # a word with no canonical form ("my manager's favourite" / "my favourite's manager")
        return sorted(a.words) == sorted(b.words) and _chain_swap(a, b)
    return (
        _exchange(a, b)
        or _chain_swap(a, b)
        or _from_to_swap(a, b)
        or _subject_trade(a, b)
        or _phrase_moved(a, b)
        or close_swap(a, b)
    )
