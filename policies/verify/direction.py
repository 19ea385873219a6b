"""Direction and order: the same words with roles or order swapped ("from X to Y" / "from Y
to X", a passive with its agent moved, a yes/no question's subject swapped, events told in
another order), while reordering that keeps the meaning ("difference between X and Y") is not
a swap. Reorders read as the same order (clauses and questions moved, facts joined by "and",
the other voice with the doer's place) live in ``moves``, an owner or a name folded before
its noun ("the rules of our garden" / "our garden's rules") here (``regrouped``), the
passive's agent and a question's subject in ``voice``."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from policies.verify import lexicon as lx
from policies.verify.choices import who_or_me
from policies.verify.moves import (
    adverb_moved,
    and_reordered,
    asks_swapped,
    block_moved,
    clauses_moved,
    conjuncts_swapped,
    cost_of_act,
    events_reordered,
    extraposed,
    passive_placed,
    question_moved,
    stop_moved,
    subject_moved,
)
from policies.verify.senses import person_or_pet
from policies.verify.text import Parsed, parse
from policies.verify.voice import passive_swap, role_swap
from policies.verify.words import canonical, common_ends


def direction_swap(a: Parsed, b: Parsed, max_tokens: int = 400) -> bool:
    """Same words around an asymmetric relation, in the opposite order ("X to Y" / "Y to X"),
    or events told in another order (``events_reordered``). Not where that order is only
    how the words are packed: an owner said with "of" or a name with "on" (``regrouped``),
    the other voice with a place for the doer (``passive_placed``), the same clause moved
    whole across a question (``block_moved``: the rests compared, "Where it's legal, can my
    landlord evict me?" / "Can I evict my landlord where it's legal?" still trade the
    roles). A clause moved with other words in it is compared put back, to find a swap
    only ("My sister moved to Ohio; should I move to Texas?" / "Should I move to Ohio if my
    sister moved to Texas?"): read in one order, a role said with a pronoun ("The seller
    won't refund me" / "I don't refund the seller") shows none. The asker and another
    offered as the doer either way is no swap (``choices.who_or_me``: "Who pays X, me or
    Y?" / "Does Y pay X, or do I?")."""
    if "?" in a.source and _who_or_me(a.source, b.source):
        return False
    if not _direction(a, b, max_tokens, True):
        return False
    if extraposed(a, b) or cost_of_act(a, b) or asks_swapped(a, b):
        return False  # "Is it bad to leave X?" / "Is leaving X bad?"; "to service a Rolex"
    stripped = adverb_moved(a, b)
    return stripped is None or _direction(*stripped, max_tokens, True)


def _who_or_me(a: str, b: str) -> bool:
    """``choices.who_or_me``, read only when one side opens with "who"."""
    if a[:4].lower() != "who " and b[:4].lower() != "who ":
        return False
    return who_or_me(a, b)


def _direction(a: Parsed, b: Parsed, max_tokens: int, moves: bool) -> bool:
    """``direction_swap``; ``moves``: a moved clause may still be looked for."""
    swapped = _swap(a, b, max_tokens)
    if swapped:
        ka, kb = keys(a), keys(b)
        if regrouped(a, b, ka, kb) or passive_placed(ka, kb):
            return False
    elif events_reordered(a, b):
        return True
    if not moves:
        return swapped
    for p, q in ((a, b), (b, a)):
        if not (swapped or stop_moved(p, q)):
            continue  # no clause to compare put back
        moved = block_moved(p, q)
        if moved is None or (swapped and moved[0] == p.source):
            continue  # a clause with other words in it: only to find a swap
        return _direction(parse(moved[0]), parse(moved[1]), max_tokens, False)
    return swapped


def _swap(a: Parsed, b: Parsed, max_tokens: int) -> bool:
    if (
        ("," in a.source or "," in b.source)
        and a.content == b.content
        and (
            clauses_moved(a, b)
            or clauses_moved(b, a)
            or question_moved(a, b)
            or question_moved(b, a)
            or conjuncts_swapped(a, b)
        )
    ):
        return False  # "During the project, if X, how do I ..." / "How do I ... if X during it"
    if "and" in a.words and "and" in b.words and a.content == b.content:
        told = and_reordered(a, b)  # "My boss yelled at me and I quit" / "I quit and my boss ..."
        if told is not None:
            return told
    if a.words[:1] == ("is",) == b.words[:1] and (subject_moved(a, b) or subject_moved(b, a)):
        return False  # "Is $49 a month a fair price for X?" / "Is X at $49 a month a fair price?"
    if ("by" in a.words) != ("by" in b.words):
        # passive voice ("X sacked Y" / "Y was sacked by X") reorders, but its agent is
        # the active side's subject ("Was X sacked by Y" / "Did X sack Y" swap the roles)
        return passive_swap(a, b)
    keys_a, keys_b = keys(a), keys(b)
    symmetric = asks_symmetric(keys_a) and asks_symmetric(keys_b)
    sa, sb = a.sentences, b.sentences
    if _reordered(keys_a, keys_b, symmetric, max_tokens, sa, sb) or _transposed(keys_a, keys_b, sa):
        return True
    if _adjacent_swap(keys_a, keys_b, sa, sb) or _than_swap(keys_a, keys_b):
        return True
    if _juxtaposed_then_related(keys_a, keys_b) or _juxtaposed_then_related(keys_b, keys_a):
        return True
    # Words the prompt also says elsewhere, swapped where the prompts differ ("Columns:
    # name, email. Sort by name, then by email" / "... by email, then by name"): unique
    # within the part that differs, though not within the whole prompt. Only where that
    # part is the same words rearranged (a reworded part may move repeated words freely).
    i, j = common_ends(keys_a, keys_b)
    mid_a, mid_b = keys_a[i : len(keys_a) - j], keys_b[i : len(keys_b) - j]
    if (
        i + j
        and Counter(mid_a) == Counter(mid_b)
        and _reordered(
            mid_a, mid_b, symmetric, max_tokens, sa[i : len(sa) - j], sb[i : len(sb) - j]
        )
    ):
        return True
    return role_swap(a, b)


def _reordered(
    keys_a: list[str],
    keys_b: list[str],
    symmetric: bool,
    max_tokens: int,
    sent_a: tuple[int, ...] = (),
    sent_b: tuple[int, ...] = (),
) -> bool:
    """Two content words said once on each side swap places across a relation word both
    sides put between them that is not symmetric ("to", "than", "by"; not "and"), in one
    sentence on each side: a sentence moved before or after another relates nothing ("I
    live in Texas. What can I plant?" / "What can I plant? I live in Texas.")."""
    pos_a, pos_b = _unique_positions(keys_a), _unique_positions(keys_b)
    content = sorted((w for w in pos_a if w in pos_b and w[0] != "~"), key=lambda w: pos_a[w])
    if len(content) > max_tokens:
        return True  # too long to check: fail safe
    order_b = [pos_b[w] for w in content]
    if all(x < y for x, y in itertools.pairwise(order_b)):
        return False  # the same order on both sides: no two words swapped places
    split = bool(sent_a) and bool(sent_b) and (sent_a[-1] > 0 or sent_b[-1] > 0)
    for i, x in enumerate(content):
        for y in content[i + 1 :]:
            if pos_b[x] < pos_b[y]:
                continue
            if split and (
                sent_a[pos_a[x]] != sent_a[pos_a[y]] or sent_b[pos_b[x]] != sent_b[pos_b[y]]
            ):
                continue
            between_a = set(keys_a[pos_a[x] + 1 : pos_a[y]])
            between_b = set(keys_b[pos_b[y] + 1 : pos_b[x]])
            if symmetric and (between_a | between_b) & _COORDINATORS:
                continue  # "the difference between LEFT JOIN and INNER JOIN" / the reverse
            if any(
                r.removeprefix("~") not in lx.SYMMETRIC_RELATIONS for r in between_a & between_b
            ):
                return True
    return False


def _transposed(keys_a: list[str], keys_b: list[str], sent_a: tuple[int, ...]) -> bool:
    """Two content words swapped everywhere, one of them said more than once ("moving
    from the US to the UK. Can I keep my US account" / "... from the UK to the US. Can I
    keep my UK account"), or each in a sentence of its own ("I live in Texas. My sister
    lives in Ohio" / "I live in Ohio. My sister lives in Texas"): the relation check above
    reads only words said once, in one sentence."""
    if len(keys_a) != len(keys_b) or keys_a == keys_b:
        return False
    pairs = {(x, y) for x, y in zip(keys_a, keys_b, strict=True) if x != y}
    if len(pairs) != 2:
        return False
    (x, y), (u, v) = sorted(pairs)
    if (x, y) != (v, u) or x[0] == "~" or y[0] == "~":
        return False
    if keys_a.count(x) > 1 or keys_a.count(y) > 1:
        return True
    return bool(sent_a) and sent_a[keys_a.index(x)] != sent_a[keys_a.index(y)]


def _adjacent_pairs(keys: list[str], sent: tuple[int, ...]) -> dict[tuple[str, str], bool]:
    """Two content words written side by side in one sentence ("berlin munich"), not a
    symmetric relation word ("vs"), -> whether a content word comes before them."""
    found: dict[tuple[str, str], bool] = {}
    seen_content = False
    for k in range(len(keys) - 1):
        x, y = keys[k], keys[k + 1]
        if (
            x[0] != "~"
            and y[0] != "~"
            and x != y
            and not x[0].isdigit()  # "100 dollars" / "$100": a number and its unit
            and not y[0].isdigit()
            and x not in _RELATION_KEYS
            and y not in _RELATION_KEYS
            and (not sent or sent[k] == sent[k + 1])
        ):
            found[(x, y)] = found.get((x, y), False) or seen_content
        seen_content = seen_content or x[0] != "~"
    return found


_DIRECTED = frozenset(("~to", "~from", "~into", "~onto", "~towards", "~than"))


def _juxtaposed_then_related(keys_a: list[str], keys_b: list[str]) -> bool:
    """Two words side by side in a keyword prompt ("train berlin munich") said in the other
    order on the other side, joined by a directed relation word ("trains from munich to
    berlin"): the order of two names side by side is their direction."""
    if not _keyword_style(keys_a):
        return False
    pos_b = _unique_positions(keys_b)
    for x, y in _adjacent_pairs(keys_a, ()):
        i, j = pos_b.get(y), pos_b.get(x)
        if i is None or j is None or i > j:
            continue
        between = keys_b[i + 1 : j]
        if between and all(k[0] == "~" for k in between) and not _DIRECTED.isdisjoint(between):
            return True
    return False


def _than_swap(keys_a: list[str], keys_b: list[str]) -> bool:
    """The two sides of one comparison swapped ("Is Rust better than Go" / "Is Go better
    than Rust", "Is 5 more than 3" / "Is 3 more than 5"), names read as function words
    ("go") and numbers included: what follows "than" on each side comes before it on the
    other, after the same comparative ("Is Y worse than X" says "Is X better than Y")."""
    if keys_a.count("~than") != 1 or keys_b.count("~than") != 1:
        return False
    ia, ib = keys_a.index("~than"), keys_b.index("~than")
    if ia == 0 or ib == 0:
        return False
    if keys_a[ia - 1] != keys_b[ib - 1]:
        return _around_than(keys_a, ia, keys_b, ib)
    if (
        len(keys_a) <= _CHOICE_KEYS_MAX
        and Counter(keys_a) == Counter(keys_b)
        and _named(keys_a[:ia]) != _named(keys_b[:ib])
    ):
        return True  # "Is Rust better than Java or Kotlin" / "Is Kotlin better than Java or Rust"
    ya, yb = _compared(keys_a, ia), _compared(keys_b, ib)
    if ya is None or yb is None or ya == yb:
        return False
    return yb in keys_a[:ia] and ya in keys_b[:ib]


_DETERMINER_KEYS = frozenset("~" + w for w in lx.DETERMINERS)


def _named(keys: list[str]) -> frozenset[str]:
    """The words a comparison's side names: its keys but for auxiliaries and articles."""
    return frozenset(k for k in keys if k not in _DETERMINER_KEYS and k not in _POLAR_KEYS)


def _around_than(keys_a: list[str], ia: int, keys_b: list[str], ib: int) -> bool:
    """The words on either side of "than" traded, the same words all told ("more about wine
    than about books" / "more about books than wine")."""
    xa, xb = keys_a[ia - 1], keys_b[ib - 1]
    ya, yb = _compared(keys_a, ia), _compared(keys_b, ib)
    if ya is None or yb is None or "~" in (xa[0], xb[0], ya[0], yb[0]) or xa == ya:
        return False
    if (xa, ya) != (yb, xb):
        return False
    return Counter(k for k in keys_a if k[0] != "~") == Counter(k for k in keys_b if k[0] != "~")


# "more about wine than about books": a preposition after "than" says again the one before
_THAN_PREPOSITIONS = frozenset(
    "~" + w for w in "about at by for from in into of on over to under with within".split()
)


def _compared(keys: list[str], than: int) -> str | None:
    """The first word after "than" that is not a determiner or a preposition ("than about
    books", "than by car": what is compared is the books, the car)."""
    for k in keys[than + 1 :]:
        if k not in _DETERMINER_KEYS and k not in _THAN_PREPOSITIONS:
            return k
    return None


_KEYWORD_KEYS = 10  # words at most in a search-style prompt


def _keyword_style(keys: list[str]) -> bool:
    """A search-style prompt: a few content words and one function word at most."""
    return len(keys) <= _KEYWORD_KEYS and sum(1 for k in keys if k[0] == "~") <= 1


_RELATION_KEYS = frozenset(("difference", "versus", "vs", "between", "compar", "comparison"))
_UNIT_KEYS = frozenset(canonical(u) for u in lx.UNITS)
# What a keyword prompt asks for, beside what it is about ("london weather", "python
# tutorial", "iphone price"): either order reads the same
_TOPIC_KEYS = frozenset(
    canonical(w)
    for w in (
        "weather forecast temperature time news population map maps price prices cost costs "
        "review reviews rating ratings recipe recipes tutorial tutorials guide course courses "
        "hotel hotels restaurants restaurant flights flight tickets ticket deals deal sale "
        "jobs job salary salaries events things attractions tips ideas meaning definition "
        "history facts examples example symptoms treatment specs size sizes hours schedule "
        "near nearby best cheap top"
    ).split()
)


def _adjacent_swap(
    keys_a: list[str], keys_b: list[str], sent_a: tuple[int, ...], sent_b: tuple[int, ...]
) -> bool:
    """Two content words side by side with no relation word between them, in the other
    order on the other side, after the word they qualify ("train berlin munich" / "train
    munich berlin", "flights nyc la") or both units ("usd eur rate" / "eur usd rate"): in
    a keyword prompt their order is the relation. At the start, a kind of answer asked for
    and what it is about read the same either way ("weather london today" / "london weather
    today", "hotels paris" / "paris hotels": ``_TOPIC_KEYS``); two other words swapped there
    are a compound whose head changed ("milk chocolate recipe" / "chocolate milk recipe")
    or two places or names in order ("nyc la flights" / "la nyc flights"). In a sentence
    words move freely: only keyword prompts (one function word at most).

    Limits: what a word is comes from the short ``_TOPIC_KEYS`` list only (no list of
    places or names): a topic word it lacks ("car insurance" / "insurance car") is read as
    a compound head and refused."""
    if not (_keyword_style(keys_a) and _keyword_style(keys_b)):
        return False  # in a sentence, adjectives and nouns move freely ("earn money fast online")
    pa = _adjacent_pairs(keys_a, sent_a)
    if not pa:
        return False
    pb = _adjacent_pairs(keys_b, sent_b)
    for (x, y), after_a in pa.items():
        after_b = pb.get((y, x))
        if after_b is None or (x, y) in pb or (y, x) in pa:
            continue
        if (after_a and after_b) or (x in _UNIT_KEYS and y in _UNIT_KEYS):
            return True
        if not (after_a or after_b) and x not in _TOPIC_KEYS and y not in _TOPIC_KEYS:
            return True  # a compound's head or two places swapped at the start
    return False


def any_adjacent_reversed(keys_a: list[str], keys_b: list[str]) -> bool:
    """Two content words side by side on one side are side by side in the other order on
    the other side, anywhere ("milk chocolate recipe" / "chocolate milk recipe")."""
    pa = _adjacent_pairs(keys_a, ())
    if not pa:
        return False
    pb = _adjacent_pairs(keys_b, ())
    return any((y, x) in pb and (x, y) not in pb for x, y in pa)


def differing(ka: Sequence[str], kb: Sequence[str]) -> tuple[int, int, int]:
    """Where two word sequences differ: the common prefix's length and the end of each
    side's differing words (``ka[i:ea]`` against ``kb[i:eb]``)."""
    i, j = common_ends(ka, kb)
    return i, len(ka) - j, len(kb) - j


# A question about two things that reads the same either way round ("the difference
# between X and Y", "compare X and Y"): its coordinated halves may swap whole, words and all.
_SYMMETRIC_FRAMES = frozenset(
    ("difference", "between", "compar", "comparison", "similar", "similariti")
)  # canonical forms: "differ", "different", "compare", "vs", "similarities" included
# "how X differs from Y", "X or Y": in a question that compares, "or" joins alternatives
_COORDINATORS = frozenset(("~and", "difference", "vs", "versus", "~from", "~or"))
# A short question choosing between alternatives ("Which is faster, X or Y?", "Is X or Y
# cheaper?"): "or" with "which", or a yes/no question with a comparative ("faster")
_CHOICE_KEYS = frozenset(("~better", "~best", "~worse", "~more", "~less"))
_CHOICE_KEYS_MAX = 20  # a short question
_POLAR_KEYS = frozenset("~" + w for w in lx.POLAR_STARTS)


def asks_symmetric(keys: list[str]) -> bool:
    if not _SYMMETRIC_FRAMES.isdisjoint(keys):
        return True
    if "~or" not in keys or len(keys) > _CHOICE_KEYS_MAX:
        return False
    if "~which" in keys:
        return True
    # a yes/no question with a comparative: "Is X or Y cheaper?", "Does X or Y cost more?"
    return keys[0] in _POLAR_KEYS and (
        not _CHOICE_KEYS.isdisjoint(keys)
        or any(k.endswith("er") and k[0] != "~" and len(k) > 4 for k in keys)
    )


def keys(p: Parsed) -> list[str]:
    """Canonical word per token; stopwords are keyed as ``~word``."""
    return [c if c else "~" + w for c, w in zip(p.canon, p.words, strict=True)]


def _unique_positions(keys: list[str]) -> dict[str, int]:
    """Position of every token that occurs once."""
    counts = Counter(keys)
    return {k: i for i, k in enumerate(keys) if counts[k] == 1}


_ARTICLE_KEYS = frozenset(("~a", "~an", "~the"))
_FOLD_PREPOSITIONS = frozenset(("~of", "~for", "~in", "~on", "~at"))
_PLACE_PREPOSITIONS = frozenset(("~in", "~on", "~at"))
# "a bottle of wine" is no "wine bottle", "the number of students" no "student number";
# "instead of", "because of": no owner
_NOT_OWNED = (
    frozenset(
        canonical(w)
        for w in """number amount lot lots kind type sort variety piece slice cup glass bottle
        can jar box bag pack packet bowl plate pair set group bunch loaf bar pint gallon liter
        litre pound ounce gram kilo dozen couple handful spoonful teaspoon tablespoon portion
        serving half part rest bit percent percentage majority minority quarter third fraction
        share load ton inch foot feet mile meter metre tank bucket basket carton case crate
        sack spoon drop pinch dose shot round batch series list range line row stack pile
        instead because out ahead regardless spite behalf terms""".split()
    )
    | _UNIT_KEYS
)
_FOLD_MAX = 4  # words in an owner or a name folded before its noun
_POSSESSIVE_RE = re.compile(r"([^\W_]+)['\u2019]s\b")


def owners(p: Parsed) -> frozenset[str]:
    """The words ``p`` writes with "'s" ("our community garden's rules" -> "garden")."""
    if "'" not in p.source and "\u2019" not in p.source:
        return frozenset()
    return frozenset(canonical(m.group(1).lower()) for m in _POSSESSIVE_RE.finditer(p.source))


def _folds(
    keys: list[str], words: tuple[str, ...], names: frozenset[str], owned: frozenset[str]
) -> set[tuple[str, ...]]:
    """``keys`` without articles, as said and with one phrase after a noun folded into
    it: an owner after "of" and a name after "in" / "on" / "at" to the front, where an owner
    stands ("the rules of our garden" -> "our garden rules", "the fee on Southwest" ->
    "Southwest fee"); what follows "for" to just
    before the noun, where a kind stands ("Southwest's fee for checked bags" -> "Southwest
    checked bag fee"). The folded words are all the words up to the next function word (the
    owner's words up to one the other side writes with "'s": "the rules of our garden say"
    / "our garden's rules say"), at most four. "of" not after a measure or a container ("a
    bottle of wine" is wine, "a wine bottle" a bottle), nor in "instead of"; "for" not before
    an owner ("a job for my wife" is not "my wife's job"); "in" / "on" / "at" only before a
    name (milk chocolate is not the chocolate in milk); no chain ("the X of the Y of Z");
    only after a noun with nothing else before the preposition (``_noun_slot``)."""
    out = {tuple(k for k in keys if k not in _ARTICLE_KEYS)}
    for i, prep in enumerate(keys):
        if prep not in _FOLD_PREPOSITIONS:
            continue
        start = i
        while start > 0 and keys[start - 1][0] != "~":
            start -= 1
        if start == i:
            continue
        m0 = i + 1
        owner = keys[m0 : m0 + 1] if keys[m0 : m0 + 1] and keys[m0] in _DETERMINER_KEYS else []
        part = _part_of_owned(keys, words, prep, start, i, owner)
        if not (part or _noun_slot(keys, words, prep, start, i)):
            continue
        if owner and owner[0] not in _ARTICLE_KEYS and prep != "~of" and not part:
            continue
        m0 += len(owner)
        end = m0
        while end < len(keys) and keys[end][0] != "~":
            end += 1
        if keys[end : end + 1] == ["~of"]:
            continue
        for m in range(m0 + 1, min(end, m0 + _FOLD_MAX) + 1):
            folded = keys[m0:m]
            if part:
                if person_or_pet(" ".join(words[m0:m])):
                    continue
            elif m < end and not (prep == "~of" and folded[-1] in owned):
                continue
            elif prep in _PLACE_PREPOSITIONS and not names.issuperset(folded):
                continue
            at = i - 1 if prep == "~for" else start
            out.add(
                tuple(
                    k
                    for k in (*keys[:at], *owner, *folded, *keys[at:i], *keys[m:])
                    if k not in _ARTICLE_KEYS
                )
            )
    return out


_PART_PREPOSITIONS = frozenset(("~on", "~in"))
_POSSESSIVE_KEYS = frozenset("~" + w for w in "my our your his her their".split())


def _part_of_owned(
    keys: list[str], words: tuple[str, ...], prep: str, start: int, i: int, owner: list[str]
) -> bool:
    """ "the strap on my watch" / "my watch strap", "the soles on my sneakers" / "my sneakers'
    soles", "the drain in my bathtub" / "my bathtub drain" (recall 17): one noun after "the",
    "on" / "in", an owner's word ("my", "our", ...) and what it owns, no person nor pet on
    either side of "on" (``_folds`` checks the owned: "changed the locks on my tenant" is
    done to the tenant; "the dog in my car" a dog, not a car's part). Only this fold: "the
    watch on my strap" folds to "my strap watch", no "my watch strap"."""
    return (
        prep in _PART_PREPOSITIONS
        and owner[:1] != []
        and owner[0] in _POSSESSIVE_KEYS
        and i - start == 1
        and start > 0
        and keys[start - 1] == "~the"
        and not person_or_pet(words[start])
    )


_BE_KEYS = frozenset(("~is", "~are", "~was", "~were"))
_SLOT_KEYS = _BE_KEYS | frozenset(
    "~" + w for w in "about at for from in into of on to with".split()
)


# a noun naming an act or a feeling: "the fear of my dog" is the fear someone has of it as
# often as the dog's own, "the love of my ex" mine for my ex
_DEED_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ing", "al", "ure", "sis", "ism")
_DEEDS = frozenset(
    """love hate hatred fear memory memories care support respect trust envy praise abuse
    neglect attack murder loss search arrest help defence defense release review study test
    use control fight visit call rescue view picture pictures photo photos portrait image
    video story stories interview pursuit trial hire firing treatment""".split()
)


def _noun_slot(keys: list[str], words: tuple[str, ...], prep: str, start: int, i: int) -> bool:
    """The words ``keys[start:i]`` before ``prep`` are a noun with nothing else: a verb
    after a subject would fold an adjunct into the subject ("Does my card work at Costco?"
    is no "Does my Costco card work?", "What does my mom think of my girlfriend?" no "What
    does my girlfriend's mom think?"). Before "of" one noun after an article or an owner
    ("the rules of"), not a measure ("a bottle of") nor an act or a feeling ("the fear of",
    "the criticism of": who fears, who criticises, is unsaid); before "for" / "in" / "on" /
    "at" a noun phrase after "is" / "are" or a preposition ("What is the fee on Southwest?")."""
    if prep == "~of":
        word = words[start]
        return (
            i - start == 1
            and start > 0
            and keys[start - 1] in _DETERMINER_KEYS
            and keys[start] not in _NOT_OWNED
            and word not in _DEEDS
            and not word.endswith(_DEED_ENDINGS)
        )
    k = start - 1 if start > 0 and keys[start - 1] in _DETERMINER_KEYS else start
    return k > 0 and keys[k - 1] in _SLOT_KEYS


def regrouped(a: Parsed, b: Parsed, keys_a: list[str], keys_b: list[str]) -> bool:
    """The same words but for how a noun's owner or name is packed: "What should our
    community garden's rules say" / "What should the rules of our community garden say",
    "an esports team manager" / "the manager of an esports team", "whats the checked bag fee
    on southwest" / "What's Southwest's fee for checked bags?". Each side as said or with one
    phrase folded (``_folds``), articles aside, word for word the same; the owner traded
    ("the manager of the team" / "the team of the manager", "my sister's husband" / "the
    sister of my husband") folds to another order. Not read: a name after a verb ("How does
    the transfer window work in the LEC?" / "How does the LEC transfer window work?" is
    shaped as "Does my card work at Costco?" / "Does my Costco card work?")."""
    if _FOLD_PREPOSITIONS.isdisjoint(keys_a) and _FOLD_PREPOSITIONS.isdisjoint(keys_b):
        return False
    names = a.entities | b.entities
    folds_a = _folds(keys_a, a.words, names, owners(b))
    return not folds_a.isdisjoint(_folds(keys_b, b.words, names, owners(a)))
