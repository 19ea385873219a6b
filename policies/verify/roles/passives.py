"""A passive against the active with the same words round the verb; two passives with the
subject and the doer traded (round 82: "I was pushed out of my usual spot by a bigger farm" /
"A bigger farm was pushed out of its usual spot by me", ``doers_traded``)."""

from __future__ import annotations

from policies.verify.lexicon import PAST_OF_PARTICIPLE
from policies.verify.roles.kept import _ONGOING, _ongoing
from policies.verify.roles.tokens import _STOP_TOK
from policies.verify.roles.verbs import _OBJECT_CASE, _POSSESSIVES
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed
from policies.verify.words import stem

_PASSIVE_AUX = frozenset("is are was were be been being get gets got gotten getting".split())
_STRANDED = frozenset("at to with about on of for from into up off out".split())
# Role pass 62 (round 171: "The team captain was chosen by the squad" / "The team captain
# chose the squad"): a strong verb's participle against its simple past, one verb


def passive_swap(a: Parsed, b: Parsed) -> bool:
    """A passive read with its subject as the undergoer and its by-phrase as the doer, set
    against the active with the same words round the verb: "X yelled at Y" / "X was yelled
    at by Y", "I got stood up" / "I stood him up" (the doers traded)."""
    return _passive_swap_one(a.words, b.words) or _passive_swap_one(b.words, a.words)


def strong_passive_swap(a: Parsed, b: Parsed) -> bool:
    """Role pass 62: ``passive_swap`` for a strong verb, whose participle and simple past are
    read as other words ("chosen" / "chose"), so the two sides' content differs by them: "The
    team captain was chosen by the squad" / "The team captain chose the squad"."""
    for wa, wb in ((a.words, b.words), (b.words, a.words)):
        if any(
            PAST_OF_PARTICIPLE.get(w) in wa for w in wb if w in PAST_OF_PARTICIPLE
        ) and _passive_swap_one(wa, wb):
            return True
    return False


def _passive_swap_one(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if _PASSIVE_AUX.isdisjoint(wb):
        return False
    for i in range(1, len(wb) - 1):
        if wb[i] not in _PASSIVE_AUX:
            continue
        v = wb[i + 1]
        if not v.isalpha() or v in _STOP_TOK or v in _PASSIVE_AUX:
            continue
        j = i + 2
        while j < len(wb) and j < i + 4 and wb[j] in _STRANDED:
            j += 1  # "yelled at", "stood up"
        pre, parts = wb[:i], wb[i + 2 : j]
        by = j < len(wb) and wb[j] == "by"
        post = wb[j + 1 :] if by else wb[j:]
        n = len(pre)
        if wa[:n] != pre or n + 1 >= len(wa):
            continue  # the active must have the passive's subject as its own subject
        if wa[n] not in (v, PAST_OF_PARTICIPLE.get(v)) and not (
            wb[i] in _ONGOING and _ongoing(wa[n], v)
        ):
            continue  # "X keeps hissing at Y" / "X keeps getting hissed at by Y"
        rest = wa[n + 1 :]
        if by:
            if rest[: len(parts)] == parts and rest[len(parts) :] == post:
                return True  # "X yelled at Y ..." / "X was yelled at by Y ..."
            continue
        if parts and _by_after_phrase(wb[i + 2 :], rest):
            return True  # "I was served with papers by X" / "I served X with papers"
        # no doer named: "I got stood up on a date" / "I stood him up on a date"
        if not rest or not (rest[0] in _OBJECT_CASE or rest[0] in _POSSESSIVES):
            continue  # "I stood him up", "I fired my client"
        for k in range(1, min(3, len(rest)) + 1):
            if rest[k : k + len(parts)] == parts and rest[k + len(parts) :] == post:
                return True
    return False


def _by_after_phrase(after: tuple[str, ...], rest: tuple[str, ...]) -> bool:
    """The passive's verb with a phrase, then the doer: "served with papers by my husband ..."
    against the active's "served my husband with papers ...", the doer made the object."""
    mid = after
    for k in range(2, min(6, len(after))):
        if after[k] == "by":
            mid, doer_post = after[:k], after[k + 1 :]
            break
    else:
        return False
    if "by" in mid or len(rest) != len(mid) + len(doer_post):
        return False
    for m in range(1, min(4, len(doer_post)) + 1):
        if (
            rest[:m] == doer_post[:m]
            and rest[m : m + len(mid)] == mid
            and rest[m + len(mid) :] == doer_post[m:]
        ):
            return True
    return False


_CASE = {"me": "i", "us": "we", "him": "he", "them": "they"}
_OWNERS = frozenset("my our his her its their".split())
_LEADS = frozenset("if when that because after since and but".split())


def doers_traded(a: Parsed, b: Parsed) -> bool:
    """Two passives of one verb, the subject of each the other's by-phrase doer, the words
    between said with the owner that follows the subject ("my usual spot" / "its usual spot")
    and the words after the same."""
    if "by" not in a.words or "by" not in b.words:
        return False
    pa, pb = _passives(a.words), _passives(b.words)
    for sa, va, mid_a, by_a in pa:
        for sb, vb, mid_b, by_b in pb:
            if va != vb or sa == sb or mid_a != mid_b:
                continue
            ta, tb = a.words[by_a + 1 :], b.words[by_b + 1 :]
            if tuple(_CASE.get(w, w) for w in ta[: len(sb)]) != sb:
                continue
            if tuple(_CASE.get(w, w) for w in tb[: len(sa)]) != sa:
                continue
            if ta[len(sb) :] == tb[len(sa) :] and a.words[:by_a] != b.words[:by_b]:
                return True
    return False


def _passives(w: tuple[str, ...]) -> list[tuple[tuple[str, ...], str, tuple[str, ...], int]]:
    """(subject, verb, the words between with owners as one, the by-phrase's index) of each
    "S was V-ed ... by" opening the text or a clause."""
    out = []
    for i in range(1, len(w) - 2):
        if w[i] not in _PASSIVE_AUX or not w[i + 1].endswith("ed"):
            continue
        s = i - 1
        while s > 0 and i - s < 4 and w[s - 1] not in _LEADS:
            s -= 1
        if s > 0 and w[s - 1] not in _LEADS:
            continue
        for j in range(i + 2, min(len(w) - 1, i + 10)):
            if w[j] == "by":
                mid = tuple("=own" if x in _OWNERS else x for x in w[i + 2 : j])
                out.append((w[s:i], w[i + 1], mid, j))
                break
    return out


# Role pass 63 (blind round 175): the one hurt and the owner of what hurt traded, "my son's
# friend was injured by fireworks" (the friend hurt) / "my son was injured by his friend's
# fireworks" (the son hurt, the friend's fireworks): the passive's subject "D A's B" against
# "D A" with B made the owner of its "by" phrase.
_PASSIVE_BE = frozenset(("was", "were", "got", "is", "are", "gets", "get", "am"))
_ONGOING_BE = frozenset(("being", "been"))
# Role pass 112: the asker's or another pronoun's thing undergoing the verb, "My derby wife is
# being recruited by a rival league" / "I'm being recruited by my derby wife's rival league"
# ("our" is left: "our company" is often the "we" it is set against)
_SUBJECT_OF = {"my": "i", "his": "he", "her": "she", "their": "they"}


def victim_owner_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 63: "D A's B was V-ed by N" / "D A was V-ed by PRON B's N"; role pass 112:
    "my B is being V-ed by N" / "I'm being V-ed by my B's N" (a pronoun owner, "being" /
    "been", a two-word B)."""
    if "by" not in a.words or "by" not in b.words:
        return False
    return _victim_owner(a, b) or _victim_owner(b, a)


def _victim_owner(x: Parsed, y: Parsed) -> bool:
    xs, ys = x.source.lower().replace("\u2019", "'"), y.source.lower().replace("\u2019", "'")
    w, v = x.words, y.words
    for j in range(3, len(w) - 1):
        if w[j] != "by":
            continue
        a = j - 2  # the be / get before the participle, "being" / "been" read through
        if w[a] in _ONGOING_BE:
            a -= 1
        if a < 1 or w[a] not in _PASSIVE_BE:
            continue
        verb = w[j - 1]
        for h in (1, 2):  # "my friend", "my derby wife"
            i = a - h - 1
            if i < 0:
                continue
            hurt = w[a - h : a]
            said = " ".join(hurt)
            if w[i] in _SUBJECT_OF and (i == 0 or w[i - 1] in _LEADS):
                subject: tuple[str, ...] = (_SUBJECT_OF[w[i]],)  # role pass 112: "my X" / "I"
                owner = w[i]
                if f"{owner} {said}" not in xs:
                    continue
            elif i and w[i - 1] in _POSSESSIVES and f"{w[i]}'s {said}" in xs:
                subject, owner = (w[i - 1], w[i]), ""
            else:
                continue
            if _owner_made_victim(v, ys, subject, verb, hurt, owner):
                return True
    return False


def _owner_made_victim(
    v: tuple[str, ...],
    ys: str,
    subject: tuple[str, ...],
    verb: str,
    hurt: tuple[str, ...],
    owner: str,
) -> bool:
    """``subject`` (the other side's owner) undergoing ``verb`` by "PRON hurt's N": the
    victim's own possessive pronoun when the owner was one ("I'm being V-ed by my X's N")."""
    n, h = len(subject), len(hurt)
    if f"{' '.join(hurt)}'s" not in ys:
        return False
    for k in range(len(v) - n - h - 3):
        if v[k : k + n] != subject or (k and n == 1 and v[k - 1] not in _LEADS):
            continue
        m = k + n
        if v[m] not in _PASSIVE_BE:
            continue
        m += 1
        if v[m] in _ONGOING_BE:
            m += 1
        if v[m : m + 2] != (verb, "by") or m + 3 + h >= len(v):
            continue
        det = v[m + 2]
        if (det == owner if owner else det in _POSSESSIVES | {"the"}) and v[
            m + 3 : m + 3 + h
        ] == hurt:
            return True
    return False


# Role pass 64 (blind rounds 176-178). The same subject undergoing the verb on one side and
# doing it on the other, the verb's forms apart ("chased" / "chasing", "preyed" / "prey" with
# "do"): "What bird is that crow being chased by?" (the doer asked, "by" stranded) / "What bird
# is that crow chasing?" (the one chased asked), "Are owls preyed on by hawks?" / "Do owls prey
# on hawks?" (a prepositional verb's passive). The words round the verb are the same but for
# the auxiliaries; the active side's verb follows no be / get ("Is the crow chased by").
_AUX_WORDS = frozenset(
    """am is are was were be been being get gets got gotten getting do does did has have had
    will would can could should may might must""".split()
)
_BE_GET = frozenset("am is are was were be been being get gets got gotten getting".split())
_PREP_PARTS = _STRANDED | frozenset(("upon", "down", "over", "after", "against"))


def stemmed_passive_swap(a: Parsed, b: Parsed) -> bool:
    """Role pass 64: "S (aux) V-ed (P) by Y" / "S (aux) V (P) Y", the verb read by its stem."""
    if "by" not in a.words and "by" not in b.words:
        return False
    return _stemmed_passive(a.words, b.words) or _stemmed_passive(b.words, a.words)


def _stemmed_passive(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    for k in range(2, len(x)):
        if x[k] != "by":
            continue
        p = k - 1
        while p > 1 and k - p <= 2 and x[p] in _PREP_PARTS:
            p -= 1  # "preyed on by", "looked down on by"
        ptc, parts, tail = x[p], x[p + 1 : k], x[k + 1 :]
        if not ptc.isalpha() or ptc in _STOP_TOK or ptc in _AUX_WORDS or ptc in _PREP_PARTS:
            continue
        if _BE_GET.isdisjoint(x[:p]):
            continue  # no passive: "I chased him by the river"
        core = tuple(w for w in x[:p] if w not in _AUX_WORDS)
        if not core:
            continue
        root = stem(ptc)
        for j in range(1, len(y)):
            v = y[j]
            if (
                v[:2] != ptc[:2]
                or v in _AUX_WORDS
                or stem(v) != root
                or (y[j - 1] in _BE_GET and not v.endswith("ing"))
            ):
                continue  # "is that crow chasing", not "is that crow chased"
            if y[j + 1 : j + 1 + len(parts)] != parts or y[j + 1 + len(parts) :] != tail:
                continue
            if tuple(w for w in y[:j] if w not in _AUX_WORDS) == core:
                return True
    return False


# Role pass 134 (blind rounds 273-275): a passive whose subject has an owner against the
# active with that owner made the doer and the passive's doer made the owner ("My band's drum
# corps is being recruited by another band" / "Our band is recruiting another band's drum
# corps"); and a passive asked "Which N was O V-ed from?" (we took O from N) against "Which N
# V-ed O?" (N took ours). Parties are read by their determiner's side (the asker's "my / our",
# "another / a", "the", a third person's) and their noun, so "Another band is recruiting my
# band's drum corps" (the same doer and owner) is left.
_SIDE = {
    "my": "self",
    "our": "self",
    "another": "other",
    "a": "other",
    "an": "other",
    "some": "other",
    "other": "other",
    "the": "the",
    "his": "third",
    "her": "third",
    "their": "third",
    "its": "third",
    "your": "you",
}
_OWNED_BE = frozenset("is are was were been being get gets got".split())
_PARTICLE = frozenset("away off over out up".split())
_NP_WORDS = 4


def _verb_key(w: str) -> str:
    w = PAST_OF_PARTICIPLE.get(w, w)
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return w.removesuffix("e")


def _party(toks: tuple[str, ...], i: int) -> tuple[str, str] | None:
    """The party "DET N" (or "DET ADJ N") that starts at ``i``, its noun "'s" off."""
    if i >= len(toks) or toks[i] not in _SIDE:
        return None
    for j in (i + 1, i + 2):
        if j < len(toks) and toks[j].endswith("'s"):
            return _SIDE[toks[i]], toks[j][:-2]
    return None


def _owned_passives(
    toks: tuple[str, ...],
) -> list[tuple[tuple[str, str], tuple[str, ...], str, tuple[str, str]]]:
    """(the owner, the thing owned, the verb, the doer) of "DET X's M BE (being) V-ed by DET Y"."""
    out = []
    for k in range(3, len(toks) - 2):
        if toks[k] != "by":
            continue
        p = k - 1
        parts = ""
        if toks[p] in _PARTICLE:
            parts, p = toks[p], p - 1
        if p < 2 or toks[p - 1] not in _OWNED_BE:
            continue
        q = p - 1
        while q > 0 and toks[q - 1] in _OWNED_BE:
            q -= 1
        # the subject: "DET X's M..." right before the auxiliaries
        for s in range(max(0, q - _NP_WORDS - 2), q - 1):
            owner = _party(toks, s)
            if owner is None:
                continue
            o = s + 1 if toks[s + 1].endswith("'s") else s + 2
            thing = toks[o + 1 : q]
            doer = toks[k + 1] if toks[k + 1] in _SIDE else ""
            if thing and doer and 0 < q - o - 1 <= _NP_WORDS and k + 2 < len(toks):
                out.append((owner, thing, _verb_key(toks[p]) + parts, (_SIDE[doer], toks[k + 2])))
            break
    return out


def owner_made_recruiter(a: Parsed, b: Parsed) -> bool:
    """Role pass 134: "DET X's M is being V-ed by DET Y" against "DET X is V-ing DET Y's M":
    the owner of M made the doer and the doer made M's owner."""
    if "by" not in a.words and "by" not in b.words:
        return False
    return _owner_recruits(a, b) or _owner_recruits(b, a)


def _owner_recruits(x: Parsed, y: Parsed) -> bool:
    if "by" not in x.words or not any(w.endswith("ing") for w in y.words):
        return False
    tx = tokens(x.source)
    said = _owned_passives(tx)
    if not said:
        return False
    ty = tokens(y.source)
    for owner, thing, verb, doer in said:
        if owner == doer:
            continue
        for j in range(2, len(ty) - 2):
            v = ty[j]
            if not v.endswith("ing") or ty[j - 1] not in _OWNED_BE:
                continue
            e = j + 1
            parts = ""
            if ty[e] in _PARTICLE:
                parts, e = ty[e], e + 1
            if _verb_key(v) + parts != verb:
                continue
            held = _party(ty, e)
            if held is None:
                continue
            o = e + 1 if ty[e + 1].endswith("'s") else e + 2
            if ty[o + 1 : o + 1 + len(thing)] != thing:
                continue
            subj = ty[j - 2] if j >= 2 else ""
            lead = ty[j - 3] if j >= 3 else ""
            if lead not in _SIDE:
                continue
            # the owner does it, the doer owns it
            if (_SIDE[lead], subj) == owner and held == doer:
                return True
    return False


_WH_HEADS = frozenset(("which", "what"))
# Verbs of taking, whose source is not their doer: "Which school was our son expelled from?" /
# "Which school expelled our son?" (removing, sending: the source does it) ask one thing.
_TAKEN = frozenset(
    _verb_key(w)
    for w in """poached hired recruited adopted traded bought purchased acquired stole stolen
    borrowed rented leased signed drafted lured took taken rescued claimed snagged inherited
    imported copied sourced obtained won""".split()
)


def taken_from_asked(a: Parsed, b: Parsed) -> bool:
    """Role pass 134: "Which N was O V-ed from?" (O taken from N) against "Which N V-ed O?"
    (N took O): who took from whom traded, the same verb, N and O."""
    if "from" not in a.words and "from" not in b.words:
        return False
    return _taken_from(a, b) or _taken_from(b, a)


def _taken_from(x: Parsed, y: Parsed) -> bool:
    tx = tokens(x.source)
    if len(tx) < 6 or tx[0] not in _WH_HEADS or tx[2] not in _OWNED_BE:
        return False
    end = len(tx)
    while end > 0 and not tx[end - 1].isalpha():
        end -= 1
    if tx[end - 1] != "from":
        return False
    v = tx[end - 2]
    if _verb_key(v) not in _TAKEN:
        return False
    obj = tx[3 : end - 2]
    if not obj or len(obj) > _NP_WORDS + 1 or obj[0] not in _SIDE:
        return False
    ty = tokens(y.source)
    if ty[:2] != tx[:2] or len(ty) < 4 or _verb_key(ty[2]) != _verb_key(v):
        return False
    stop = len(ty)
    while stop > 0 and not ty[stop - 1].isalpha():
        stop -= 1
    rest = ty[3:stop]
    if rest[: len(obj)] != obj:
        return False
    tail = rest[len(obj) :]
    return not tail or (len(tail) == 2 and tail[0] == "from" and tail[1] in _OBJECT_CASE)
