"""Role pass 115 (blind round 246): the product of a joining verb made one of its parties.

``product_made_party``: "Which Ns V-ed to form / create X?" (X what the joining made) against
"Which N did X V into / with?" (X one of the parties joined): "Which dairy cooperatives merged to
form Dairy Farmers of America?" / "Which dairy cooperative did Dairy Farmers of America merge
into?", "Which companies combined to create Disney?" / "Which company did Disney combine with?".
The same verb by its stem on both sides, said in the past on the first ("merged", "came
together"), X the object of the result verb ("to form / create / make / become ...") on one side
only and the subject of that verb right before it on the other, which names no result (in no
form: "How long does it take to form a union?" / "How long does forming a union take?"). The
result said both ways ("merged to form" / "merged to create"), or X the subject on neither side,
is left.
"""

from __future__ import annotations

from policies.verify.lexicon import BASE_OF_PAST
from policies.verify.roles.written import MARKS, PERSON, tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_RESULT = frozenset(
    """form forms create creates make makes become becomes produce found establish""".split()
)
# a particle between the joining verb and "to" ("split up to form", "came together to create")
_PARTICLES = frozenset("up together off out".split())
_NOT_VERB = frozenset(
    """is are was were be been being am do does did can could will would should may might must
    have has had not to and or but""".split()
)
_X_MAX = 6


def product_made_party(a: Parsed, b: Parsed) -> bool:
    """X made by V-ing on one side ("V-ed to form X"), X V-ing on the other ("did X V")."""
    if "to" not in a.words and "to" not in b.words:
        return False
    if _RESULT.isdisjoint(a.words) and _RESULT.isdisjoint(b.words):
        return False
    for x, y in ((a, b), (b, a)):
        if "to" not in x.words or _RESULT.isdisjoint(x.words):
            continue
        tx, ty = tokens(x.source), tokens(y.source)
        if _result_said(ty):
            continue
        for verb, result, product in _products(tx):
            if any(w.startswith(result[:4]) for w in ty):
                continue  # the other side says the result too ("forming a union")
            if _leads(ty, product, verb) and not _leads(tx, product, verb):
                return True
    return False


def _result_said(t: tuple[str, ...]) -> bool:
    return any(t[i] == "to" and t[i + 1] in _RESULT for i in range(len(t) - 1))


def _products(t: tuple[str, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(the joining verb's stem, the result verb, the product) for each "V-ed (P) to RESULT
    X"."""
    out = []
    for i in range(1, len(t) - 2):
        if t[i] != "to" or t[i + 1] not in _RESULT:
            continue
        v = i - 1
        if t[v] in _PARTICLES and v > 0:
            v -= 1
        if t[v] in _NOT_VERB or not (t[v].endswith("ed") or t[v] in BASE_OF_PAST):
            continue  # the joining said in the past ("merged", "came together"): not "it
            # takes to form X", "is it cruel to make X"
        product: list[str] = []
        for w in t[i + 2 :]:
            if w in MARKS or len(product) > _X_MAX:
                break
            product.append(w)
        if not product or len(product) > _X_MAX or product[0] in PERSON or product[0] == "it":
            continue
        if product[0] in ("a", "an", "the") and len(product) > 1:
            product = product[1:]
        out.append((stem(t[v]), t[i + 1], tuple(product)))
    return out


def _leads(t: tuple[str, ...], product: tuple[str, ...], verb: str) -> bool:
    """``product`` right before a form of the verb ``verb`` (its stem) in ``t``."""
    n = len(product)
    for j in range(len(t) - n):
        if t[j : j + n] == product and stem(t[j + n]) == verb:
            return True
    return False
