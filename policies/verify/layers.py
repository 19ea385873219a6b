"""Near-misses that keep every word and trade what they say of two things (pure).

- A negation moved to another verb ("a meal kit I didn't order" / "a meal kit I did order
  but don't want", "a package I didn't send" / "... I did send but regret not checking"):
  both sides negate something, so the count of negations is the same, but the verb denied
  on one side is affirmed on the other (``negation_moved``). A verb that raises its
  negation ("I don't think I should" / "I think I shouldn't") is not read.
- The thing acted on and the means or material traded around "with" after any verb ("pay
  off my payday loan with my overdraft" / "pay off my overdraft with a payday loan", "Can you
  paint over latex with oil?" / "Can you paint over oil with latex?", "treat acne with tea
  tree oil" / "treat tea tree oil with acne"): "with" names the instrument, so the order is
  the relation, except after a verb that joins two things as equals ("mix", "compare",
  "combine", "pair", "confuse", "take", "use", "balance", "stack" ...: "mix flour with water"
  / "mix water with flour" ask one thing) or after no verb ("Is rice with chicken ...")
  (``means_traded``). Role pass 93 reads the same shape around a preposition of placement or
  change (``placed_traded``: "put Resolene over leather dye once the dye is dry" / "put
  leather dye over Resolene once the Resolene is dry", "transfer my typewritten pages into a
  Word document" / "transfer a Word document onto typewritten pages"): "over / on top of /
  onto / above", "under / beneath / below", "into / onto / to", each class one relation, its
  converse ("under" for "over") no trade; a pooling verb ("mix", "stir", "take", "add") left.
- What a thing is for against where the act happens ("notarize a document for use in Texas"
  / "notarize a document while physically in Texas", "fill a prescription for use in
  Canada" / "while in Canada"): the place is where it goes on one side, where the asker is on
  the other (``purpose_against_place``).
- A negation moved off the verb onto another noun ("Why didn't my order arrive?" / "Why did
  my order arrive but not the receipt?"): one side is the other with its "not" taken off the
  verb and "but not X" added (``negation_to_noun``).
- A modifier added to a noun said in another order ("after one wasp sting reaction" / "after
  a local reaction to a wasp sting", "a leak from a water pipe" / "a slow water pipe leak"):
  ``additions.added_modifier`` reads an insertion at one place only, so moving the noun's
  first words after "to" / "of" / "from" ... hid the added case. Here the rest is the same
  (articles and "one" aside), one side says "M H" and the other "NEW H of M" or "H of M" and
  "NEW M H", with one or two new words that carry a case (``modifier_added_reordered``). The
  reorder alone ("a wasp sting reaction" / "a reaction to a wasp sting") adds no word.
- A thing's condition against its opposite ("a fair price for a used bear rug" / "... for a
  brand new bear rug", "a second-hand wedding dress" / "a new wedding dress", "a like-new
  couch" / "a brand-new couch"): "used" is a stopword and "new" a weak word, so the plain
  swap was left to the classifier, which an intensifier ("brand") talked round. Here one
  side says a worn condition ("used", "second-hand", "pre-owned", "refurbished", "gently
  used", "like new" ...) where the other says a new one ("new", "brand new", "unused", "never
  used" ...), the rest the same (articles aside) (``condition_against_new``). Conditions of
  one kind ("used" / "second-hand", "new" / "brand-new") are not read.
- A claim about every member of a kind against one about the members a phrase picks out ("Do
  all wood houses need cripple wall bracing?" / "Do wood houses with cripple walls need
  bracing?", "Can all owners vote?" / "Can owners who are behind on fees vote?"): one side
  says "all" / "every" / "each" N, the other says N with no quantifier and a restricting
  phrase right after it ("with", "without", "who", "that", "which", "having", "whose"), the
  words before the same (articles aside) and the word after N said again after the
  restriction. No word need be new (the restriction moved out of the compound "cripple wall
  bracing"), so ``additions`` saw nothing added. Both sides restricted ("all houses with X" /
  "houses with X") or the quantifier dropped alone ("all wood houses" / "wood houses") are
  not read (``quantifier_restricted``).
- A relative clause put after a noun, narrowing the thing asked about ("declare my wedding
  ring coming into the US" / "declare a wedding ring I bought abroad coming into the US",
  "tax on my car" / "tax on a car I inherited"): ``additions`` reads a clause added at one
  place with the words before it the same, so "my" against "a" (and a clause standing before
  more words) hid it. Here the rest is the same (determiners aside), the noun has a
  determiner within four words before it, and the clause is "(that / which) I / we / you /
  he / she / they VERB ..." of two to six words. A clause that only says the asker holds the
  thing ("the ring I own", "the laptop I have", "the car I currently drive", "the shoes I
  bought") is not read (``relative_clause_added``).
"""

from __future__ import annotations

import re

from policies.verify.additions import carries_case, function_word, premodifier_word
from policies.verify.diffs import SHORT_PROMPT
from policies.verify.text import Parsed
from policies.verify.words import canonical

_ARTICLES = frozenset("a an the my our your his her their its this that some".split())


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


# Verbs after which "with" joins two things as equals: "V X with Y" asks what "V Y with X" asks
_JOINING = frozenset(
    canonical(w)
    for w in (
        "mix mixing mixed combine combining combined compare comparing compared contrast pair "
        "pairing paired confuse confusing confused match matching matched blend blending "
        "blended merge merging merged stir swap swapping swapped switch interchange exchange "
        "link linking linked connect connecting connected associate correlate sync "
        "synchronize integrate integrating align balance balancing balanced stack stacking "
        "stacked use using used take taking took taken eat eating ate drink drinking drank "
        "keep keeping kept house housing serve serving served wear wearing wore plant "
        "planting store storing stored mate cross crossbreed breed breeding marry equate "
        "juxtapose alternate alternating mingle intermix fuse unite join joining couple "
        "coupling bundle bundling coordinate wash washing washed pack packing packed "
        "interact share sharing compatible along together"
    ).split()
)
# A word before the first thing that is no verb: "Is rice with chicken ...", "What X with Y"
_NO_VERB = frozenset(
    form
    for w in (
        "is are was were be am do does did can could will would should may might must what "
        "which who how why where when i you we they he she it and or between"
    ).split()
    for form in (w, canonical(w))
)


def means_traded(a: Parsed, b: Parsed) -> bool:
    """The same verb, with the thing it acts on and the means it uses traded around "with"."""
    if "with" not in a.words or "with" not in b.words:
        return False
    return _traded_around(a, b, _WITH, _JOINING)


# Role pass 93: a preposition of placement or change and the ones that say the same relation
# ("over" / "on top of" / "onto": the first thing laid on the second; "into" / "onto" / "to":
# the first made into or moved into the second). Two marks of one class say one relation;
# "over" against "under" say its converse, so the two things traded there keep their places
# ("tile over the membrane" / "the membrane under tile"), and "over" against "into" is left
# unread. "to" is read against "into" / "onto" only: "to" on both sides is ``direction``'s,
# with its symmetric relations ("introduce my cat to my dog").
_ON = frozenset(("on",))
_IN = frozenset(("in",))
_UNDER = frozenset(("under",))
_PLACES: dict[str, frozenset[str]] = {
    "over": _ON,
    "atop": _ON,  # "on top of", read as one word
    "above": _ON,
    "onto": _ON | _IN,
    "into": _IN,
    "to": _IN,
    "under": _UNDER,
    "underneath": _UNDER,
    "beneath": _UNDER,
    "below": _UNDER,
}
_WITH: dict[str, frozenset[str]] = {"with": frozenset(("with",))}
# Verbs after which the two things put together ask one thing either way round: mixing ("stir
# the eggs into the flour"), taking or adding one on top of the other ("take ibuprofen on top of
# Tylenol", "stack a coupon on top of a sale")
_POOLING = frozenset(
    canonical(w)
    for w in (
        "mix mixing mixed combine combining combined blend blending blended stir stirring "
        "stirred fold folding folded whisk whisking whisked beat beating incorporate "
        "incorporating knead kneading work working stack stacking stacked add adding added "
        "take taking took taken eat eating ate drink drinking drank pair pairing paired "
        "compare comparing compared confuse confusing confused swap swapping swapped switch "
        "exchange interchange alternate alternating mingle intermix fuse join joining couple "
        "bundle along together attach attaching attached connect connecting connected link "
        "linking linked glue glued tape taped tie tied sew sewn bolt bolted weld welded "
        "introduce introducing introduced match matching matched relate related"
    ).split()
)
# A word before the first thing that makes it a noun's phrase, not a verb's object ("the
# bridge over the river over the highway")
_PLACE_HEADS = _NO_VERB | frozenset(
    "of to in on at by for from with over under into onto atop above below beneath "
    "underneath about".split()
)
# Words that name no thing of their own: a pronoun ("put it over the dye"), "each other"
_NO_THING = frozenset(
    "it them him her me us you one ones something anything everything each other both "
    "either".split()
)


def placed_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 93: the same verb, with the thing it places or changes and where it goes
    traded around a preposition of placement or change ("Can I put Resolene over leather dye
    once the dye is dry?" / "Can I put leather dye over Resolene once the Resolene is dry?",
    "transfer my typewritten pages into a Word document" / "transfer a Word document onto
    typewritten pages"): the two phrases, determiners and owners aside, each in the other's
    place, the preposition of one class on both sides (``_PLACES``), the words before the
    first the same verb. A converse preposition ("under" for "over"), a verb that pools the two
    things ("mix X into Y", "take X on top of Y"), a pronoun for either thing, and both orders
    said on one side are left."""
    if _PLACE_WORDS.isdisjoint(a.words) or _PLACE_WORDS.isdisjoint(b.words):
        return False
    if _STRONG_PLACE_WORDS.isdisjoint(a.words) and _STRONG_PLACE_WORDS.isdisjoint(b.words):
        return False  # "to" on both sides only: ``direction``'s
    return _traded_around(a, b, _PLACES, _POOLING, placed=True)


_PLACE_WORDS = frozenset(_PLACES) | {"top"}
_STRONG_PLACE_WORDS = _PLACE_WORDS - {"to"}


def _marked(p: Parsed, placed: bool) -> list[str]:
    """The words with determiners and owners off; ``placed``: "on top of" read as one word
    ("atop")."""
    raw = [w for w in p.words if w not in _ARTICLES]
    k = 0
    while placed and k < len(raw) - 2:
        if raw[k : k + 3] == ["on", "top", "of"]:
            raw[k : k + 3] = ["atop"]
        k += 1
    return raw


def _said(raw: list[str], w: list[str], x: list[str], y: list[str], cls: frozenset[str]) -> bool:
    """``x``, a preposition of class ``cls``, ``y``: in this order somewhere in ``w`` (``raw``
    its words as written)."""
    n, m = len(x), len(y)
    for k in range(n, len(w) - m):
        mark = _PLACES.get(raw[k])
        if mark and not mark.isdisjoint(cls) and w[k - n : k] == x and w[k + 1 : k + 1 + m] == y:
            return True
    return False


def _traded_around(
    a: Parsed,
    b: Parsed,
    marks: dict[str, frozenset[str]],
    joining: frozenset[str],
    placed: bool = False,
) -> bool:
    """The same verb, X MARK Y on one side and Y MARK' X on the other, MARK and MARK' of one
    class, the verb no joining one. ``placed``: X and Y are things (no pronoun, no mark in
    them), the verb no preposition, and neither side says both orders."""
    ra, rb = _marked(a, placed), _marked(b, placed)
    # the first few marks of each side only: a long text pays for no more than 8 x 8 spots
    at_a = [(i, marks[w]) for i, w in enumerate(ra) if w in marks and i >= 2][:8]
    at_b = [(j, marks[v]) for j, v in enumerate(rb) if v in marks and j >= 2][:8]
    if not at_a or not at_b:
        return False
    wa, wb = [canonical(w) for w in ra], [canonical(w) for w in rb]
    for i, ca in at_a:
        for j, cb in at_b:
            if ca.isdisjoint(cb) or ra[i] == rb[j] == "to":
                continue
            for lx in range(1, 5):
                for ly in range(1, 5):
                    x, y = wa[i - lx : i], wa[i + 1 : i + 1 + ly]
                    if i - lx < 1 or j - ly < 1 or len(y) < ly or x == y:
                        continue
                    if wb[j - ly : j] != y or wb[j + 1 : j + 1 + lx] != x:
                        continue
                    head_a, head_b = wa[: i - lx], wb[: j - ly]
                    if head_a[-2:] != head_b[-2:] or head_a[-1] in _NO_VERB:
                        continue
                    if not joining.isdisjoint(head_a[-3:]):
                        continue
                    if not marks.keys().isdisjoint(ra[i - lx : i] + ra[i + 1 : i + 1 + ly]):
                        continue  # "with" inside a phrase: "X with Y with Z"
                    if placed and not _placed(ra, rb, wa, wb, i, lx, ly, ca & cb):
                        continue
                    return True
    return False


def _placed(
    ra: list[str],
    rb: list[str],
    wa: list[str],
    wb: list[str],
    i: int,
    lx: int,
    ly: int,
    cls: frozenset[str],
) -> bool:
    """The two phrases around ``a``'s preposition at ``i`` are things (no pronoun) after a verb
    (no preposition before the first), and each side says them in one order only."""
    if not _NO_THING.isdisjoint(ra[i - lx : i] + ra[i + 1 : i + 1 + ly]):
        return False
    if ra[i - lx - 1] in _PLACE_HEADS:
        return False
    x, y = wa[i - lx : i], wa[i + 1 : i + 1 + ly]
    return not (_said(rb, wb, x, y, cls) or _said(ra, wa, y, x, cls))


_PURPOSE_RE = re.compile(r" (?:for use|to (?:be )?used?) (?:in|at|abroad|overseas)\b")
_PLACE_RE = re.compile(
    r" (?:while|when)(?: (?:i|you|we|they|he|she|am|are|is|i'm|you're|physically|located|"
    r"staying|living|traveling|travelling|visiting|still|currently|there))* "
    r"(?:in|at|abroad|overseas)\b"
)


def _rest(text: str, m: re.Match[str]) -> tuple[str, ...]:
    return tuple(
        w for w in (text[: m.start()] + " " + text[m.end() :]).split() if w not in _ARTICLES
    )


def purpose_against_place(a: Parsed, b: Parsed) -> bool:
    """A place a thing is for on one side, the place the act happens on the other."""
    words = set(a.words) | set(b.words)
    if words.isdisjoint(("while", "when")) or words.isdisjoint(("use", "used")):
        return False
    sa, sb = " " + " ".join(a.words), " " + " ".join(b.words)
    for p, q in ((sa, sb), (sb, sa)):
        mp, mq = _PURPOSE_RE.search(p), _PLACE_RE.search(q)
        if mp is None or mq is None or _PLACE_RE.search(p) or _PURPOSE_RE.search(q):
            continue
        if " use " in q[: mq.start() + 1] or " used " in q[: mq.start() + 1]:
            continue
        if _rest(p, mp) == _rest(q, mq):
            return True
    return False


_BUT_NOT = (("but", "not"), ("and", "not"))


def negation_to_noun(a: Parsed, b: Parsed) -> bool:
    """One side denies its verb; the other affirms it and adds "but not" another thing."""
    for p, q in ((a.words, b.words), (b.words, a.words)):
        if p.count("not") != 1 or "not" not in q:
            continue
        k = next((i for i in range(len(q) - 1) if q[i : i + 2] in _BUT_NOT), -1)
        if k <= 0 or "not" in q[:k]:
            continue
        i = p.index("not")
        if i > 0 and p[i - 1] in _AUXILIARIES and p[:i] + p[i + 1 :] == q[:k]:
            return True
    return False


_ADDED_MAX = 2  # new words of a premodifier put into a reordered noun
_OF_MAX = 3  # words of the noun said before the head or after its preposition
# The preposition that puts a compound's first nouns after its head ("a wasp sting reaction"
# / "a reaction to a wasp sting", "a water pipe leak" / "a leak from a water pipe")
_OF = frozenset("to of from in on for at after with by".split())
_DETS = _ARTICLES | frozenset(("one",))


def _noun_order(p: list[str], q: list[str], s: int, n: int) -> bool:
    """``q`` is ``p`` with ``q[s:s+n]`` put before a noun said in another order: "M H" in
    ``p`` against "H of M" in ``q``, or the other way around."""
    k = s + n
    for j in range(1, _OF_MAX + 1):
        # q: NEW H of M ...; p: M H ...
        if k + 1 < len(q) and q[k + 1] in _OF:
            m = q[k + 2 : k + 2 + j]
            if len(m) == j and p == q[:s] + m + [q[k]] + q[k + 2 + j :]:
                return True
        # q: NEW M H ...; p: H of M ...
        m, head = q[k : k + j], q[k + j : k + j + 1]
        if len(m) == j and head and len(p) > s + 1 and p[s + 1] in _OF:
            if p == q[:s] + head + [p[s + 1]] + m + q[k + j + 1 :]:
                return True
    return False


def modifier_added_reordered(a: Parsed, b: Parsed) -> bool:
    """A short prompt is the other with one or two words that carry a case put before a noun
    said in another order ("M H" / "H of M")."""
    if len(a.words) >= SHORT_PROMPT or len(b.words) >= SHORT_PROMPT:
        return False
    for p, q in ((a, b), (b, a)):
        if not p.content < q.content or len(q.content - p.content) > _ADDED_MAX:
            continue
        wp = [canonical(w) for w in p.words if w not in _DETS]
        keep = [i for i, w in enumerate(q.words) if w not in _DETS]
        wq = [canonical(q.words[i]) for i in keep]
        # the words added: one fewer than the words gained where "of" comes in with them
        # ("H of M"), one more where "of" goes ("M H")
        for n in (len(wq) - len(wp) - 1, len(wq) - len(wp) + 1):
            if not 1 <= n <= _ADDED_MAX:
                continue
            for s in range(len(wq) - n):
                added = [keep[i] for i in range(s, s + n)]
                if not all(premodifier_word(q.words[i]) and q.canon[i] for i in added):
                    continue
                if not any(carries_case(q.canon[i], p.content) for i in added):
                    continue
                if _noun_order(wp, wq, s, n):
                    return True
    return False


# A thing's condition, as parsed (hyphens split): worn ones and new ones
_WORN = tuple(
    tuple(c.split())
    for c in (
        "used",
        "second hand",
        "secondhand",
        "pre owned",
        "preowned",
        "pre loved",
        "preloved",
        "refurbished",
        "reconditioned",
        "open box",
        "gently used",
        "barely used",
        "lightly used",
        "slightly used",
        "like new",
        "nearly new",
        "almost new",
    )
)
_NEW = tuple(
    tuple(c.split())
    for c in ("new", "brand new", "unused", "never used", "factory new", "unopened")
)
_CONDITION_WORDS = frozenset(w for c in _WORN + _NEW for w in c)
_ARTICLE_ONLY = frozenset(("a", "an", "the"))


def _spots(words: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    return [
        (i, i + len(c)) for i in range(len(words)) for c in phrases if words[i : i + len(c)] == c
    ]


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in _ARTICLE_ONLY)


def condition_against_new(a: Parsed, b: Parsed) -> bool:
    """One side says a thing is used (second-hand, refurbished ...) where the other says it
    is new, the rest the same; or the grade of a state ("in good condition" / "in poor
    condition") is of another kind on each side (``_grade_changed``)."""
    wa, wb = a.words, b.words
    if _grade_changed(wa, wb):
        return True
    if _CONDITION_WORDS.isdisjoint(wa) or _CONDITION_WORDS.isdisjoint(wb):
        return False
    for p, q in ((wa, wb), (wb, wa)):
        worn, new = _spots(p, _WORN), _spots(q, _NEW)
        for i, k in worn:
            for j, m in new:
                if _bare(p[:i]) == _bare(q[:j]) and _bare(p[k:]) == _bare(q[m:]):
                    return True
    return False


# The grade of a thing's (or a person's) state: "in good condition", "in poor health", "in
# rough shape", "in excellent working order", "in a sorry state"; "in", an article, a grade
# word, then a state noun (or one modifier between: "working", "physical" ...). Three kinds:
# good ones, middling ones, bad ones. Words of mixed or vague grade ("decent", "ok",
# "reasonable", "acceptable") are in none, so they never differ. Without "in" a state noun
# may be another thing ("a fair condition to put in a lease" / "a good condition ...").
_STATE_NOUNS = frozenset("condition shape health repair order state form nick fettle".split())
_GRADES: dict[str, int] = {
    **dict.fromkeys(
        """good great excellent perfect mint pristine superb outstanding immaculate flawless
        top peak fine exceptional fantastic wonderful amazing""".split(),
        1,
    ),
    **dict.fromkeys("fair average mediocre middling".split(), 0),
    **dict.fromkeys(
        """poor bad terrible awful rough horrible dreadful lousy ill frail failing declining
        rotten shabby sorry appalling deplorable""".split(),
        -1,
    ),
}
# One word the grade may stand before, ahead of the state noun
_STATE_MODIFIERS = frozenset(
    "working physical mental general overall running structural cosmetic used playing".split()
)


def _grades(words: tuple[str, ...]) -> dict[str, set[int]]:
    """State noun -> the kinds of grade said right before it, after "in"."""
    out: dict[str, set[int]] = {}
    for k, w in enumerate(words):
        if w not in _STATE_NOUNS or k < 2:
            continue
        g = k - 1
        if words[g] in _STATE_MODIFIERS and words[g] not in _GRADES:
            g -= 1
        before = g - 1 - (g > 1 and words[g - 1] in _ARTICLE_ONLY)
        if g > 0 and words[g] in _GRADES and before >= 0 and words[before] == "in":
            out.setdefault(w, set()).add(_GRADES[words[g]])
    return out


def _grade_changed(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """The same state noun graded on both sides, with grades of no kind in common ("in good
    condition" / "in poor condition", "in great shape" / "in rough shape", "in excellent
    condition" / "in fair condition"); "good" / "great" / "excellent" (one kind) pass, and a
    side that says two kinds ("in good or poor condition") is no change."""
    if _STATE_NOUNS.isdisjoint(wa) or _STATE_NOUNS.isdisjoint(wb):
        return False
    ga, gb = _grades(wa), _grades(wb)
    return any(ga[n].isdisjoint(gb[n]) for n in ga.keys() & gb.keys())


# "all N" against "N with X": the quantifiers of a whole kind, and the words that start a
# phrase restricting the noun before them
_ALL = frozenset(("all", "every", "each"))
_RESTRICTING = frozenset("with without who that which having whose".split())
_QUANT_MAX = 3  # words of the noun after the quantifier


def quantifier_restricted(a: Parsed, b: Parsed) -> bool:
    """One side says "all N V ...", the other "N with X ... V ..." (no quantifier)."""
    for p, q in ((a.words, b.words), (b.words, a.words)):
        if _ALL.isdisjoint(p) or not _ALL.isdisjoint(q) or _RESTRICTING.isdisjoint(q):
            continue
        cp = [canonical(w) for w in p]
        cq = [canonical(w) for w in q]
        for i, w in enumerate(p):
            if w not in _ALL:
                continue
            s = i + 1
            while s < len(p) and (p[s] in _ARTICLES or p[s] == "of"):
                s += 1
            head = _bare(p[:i])
            for n in range(1, _QUANT_MAX + 1):
                e = s + n
                if e >= len(p) or p[e - 1] in _RESTRICTING:
                    break
                if p[e] in _RESTRICTING:  # "all houses with X": restricted on both sides
                    break
                noun, after = cp[s:e], cp[e]
                for j in range(len(q) - n):
                    if q[j + n] not in _RESTRICTING or cq[j : j + n] != noun:
                        continue
                    if _bare(tuple(w for w in q[:j] if w not in _ARTICLES)) != head:
                        continue
                    if after in cq[j + n + 1 :]:
                        return True
    return False


# "my ring" against "a ring I bought abroad": the subject of a contact relative clause (or
# "that" / "which" and one), words of a clause that only say the asker holds the thing (read
# past), and the words of an added relative clause
_CLAUSE_OPENERS = frozenset(("that", "which"))
_CLAUSE_SUBJECTS = frozenset("i we you he she they".split())
_HOLDING = frozenset(
    """own owns owned have has had got bought purchased booked reserved possess possesses use
    uses wear wears drive drives do did does am is are was were currently already now still
    just actually really also presently""".split()
)
_RELATIVE_MAX = 6  # words of an added relative clause ("that I bought in Italy last year")
_NOUN_BACK = 4  # words back from the noun to its determiner ("a gold wedding ring")


def _same_slot(x: str, y: str) -> bool:
    return x == y or (x in _ARTICLES and y in _ARTICLES)


def relative_clause_added(a: Parsed, b: Parsed) -> bool:
    """One side is the other with a relative clause put after a noun ("declare my wedding
    ring coming into the US" / "declare a wedding ring I bought abroad coming into the US")."""
    for p, q in ((a, b), (b, a)):
        wp, wq = p.words, q.words
        extra = len(wq) - len(wp)
        if not 2 <= extra <= _RELATIVE_MAX or _CLAUSE_SUBJECTS.isdisjoint(wq):
            continue
        i = 0
        while i < len(wp) and _same_slot(wp[i], wq[i]):
            i += 1
        if i == 0 or not all(
            _same_slot(x, y) for x, y in zip(wp[i:], wq[i + extra :], strict=True)
        ):
            continue
        d = next(
            (k for k in range(i - 2, max(-1, i - 1 - _NOUN_BACK), -1) if wp[k] in _ARTICLES), -1
        )
        if d < 0 or not all(p.canon[k] and not function_word(wp[k]) for k in range(d + 1, i)):
            continue  # a noun phrase, its determiner and content words ("my wedding ring")
        clause = wq[i : i + extra]
        if any(q.sentences[k] != q.sentences[i - 1] for k in range(i, i + extra)):
            continue
        s = 1 if clause[0] in _CLAUSE_OPENERS else 0
        if s >= len(clause) - 1 or clause[s] not in _CLAUSE_SUBJECTS:
            continue
        rest = clause[s + 1 :]
        if not premodifier_word(rest[0]) and rest[0] not in _HOLDING:
            continue  # a verb after the subject
        if any(w not in _HOLDING for w in rest):
            return True
    return False
