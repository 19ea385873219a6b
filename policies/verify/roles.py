"""Who does what to whom: the same verb on both sides with its arguments trading places.

"Who did Spain beat?" / "Who beat Spain?", "My manager gave me a warning" / "I gave my
manager a warning", "I was sent a check" / "I sent a check", "my payment to the IRS" / "the
IRS's payment to me" use the same words and ask the opposite. Each side is read into roles
per verb of a closed table of directed verbs (symmetric ones, "marry", "meet", "play", "draw
with", are left out): the subject (before the verb, or the agent after "by" in a passive),
and the objects (after the verb, "to" / "against" / "from" phrases after it, the subject of
a passive, the wh-word of a do-support question). Pronouns are read by person ("I" / "me",
"he" / "him"), a noun phrase by its last word. A word that is the verb's subject on one side
only and its object on the other only is a swap. Pure functions over two ``Parsed`` forms.

``general_swap`` reads the class by structure, for any predicate (round 33: the table did not
generalise): with the same content words on both sides in another order, a participant X, a
predicate M and a participant Y on one side and Y M X on the other ("My brother is angry at
me" / "I'm angry at my brother", "Who invested in Amazon" / "Who did Amazon invest in");
possessive chains turned round ("my sister's husband" / "my husband's sister"); "from X to Y"
regrouped. Symmetric predicates, parallel conjuncts and a pronoun for a noun are exempt.

Third pass (rounds 34-35): each side is also read in the orders a wh-word leaves open ("Who
did the dean of students suspend last week" -> "the dean of students suspend who last week",
"see who I ghosted" -> "see I ghosted who") and with "his / him" read as the person they
stand for ("My son is annoyed with his teacher" / "My son's teacher is annoyed with him");
a long predicate within one sentence ("responsible for a package stolen from"); "X but not
Y"; chains with two-word heads ("my ex's new girlfriend"); the same verb with another doer,
each doer named on the other side (``_subject_trade``); a passive with no doer against "I"
doing it (``_doer_added``); two phrases after a participle trading places and leaving their
prepositions (``_phrase_moved``).
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.text import Parsed, parse

__all__ = ["role_swap"]

# Directed verbs: base form, or "base past participle" when irregular. Symmetric verbs
# (marry, meet, date, play, face, fight, draw, tie, trade with) stay out.
_VERBS = """
beat,beat,beaten defeat overcome,overcame,overcome conquer invade attack eliminate knock
replace succeed coach manage train mentor supervise hire fire sack promote demote
report,reported,reported reprimand warn discipline interview evaluate review
give,gave,given send,sent,sent lend,lent,lent borrow loan owe pay,paid,paid refund
reimburse charge bill invoice transfer wire sell,sold,sold buy,bought,bought
tell,told,told teach,taught,taught ask thank invite call text email message contact
pass tackle foul kick punch push hit,hit,hit bite,bit,bitten shoot,shot,shot kill murder
injure hurt,hurt,hurt harass bully threaten blame accuse sue file rob scam defraud
cheat betray steal,stole,stolen lock block ban reset unblock follow unfollow
draft sign trade score lose,lost,lost help drive,drove,driven hack
evict arrest prosecute convict pardon deport extradite fine penalize tax tip compensate
acquire purchase own sponsor fund adopt protect defend visit remove kick
mute tag mention nominate appoint elect assassinate capture overthrow outrank outscore
love hate trust fear admire envy influence inspire precede cause affect trigger
eat,ate,eaten leave,left,left hunt chase scratch infect forward contact notify recommend refer
ignore garnish reject approve ghost stalk overtake outbid
""".split()

_PAST_FORMS: dict[str, str] = {}  # past or participle -> lemma (a verb unless after "the")
_BARE_FORMS: dict[str, str] = {}  # base, -s, -ing -> lemma (a noun or a verb: needs a cue)


def _regular(base: str) -> tuple[list[str], list[str]]:
    """(-s and -ing forms with the base, -ed forms) of a regular verb."""
    if base.endswith("e"):
        ing, ed = [base[:-1] + "ing"], [base + "d"]
    elif base.endswith("y") and base[-2] not in "aeiou":
        ing, ed = [base + "ing"], [base[:-1] + "ied"]
    else:
        ing, ed = [base + "ing"], [base + "ed"]
        if base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3:-2] not in "aeiou":
            ing.append(base + base[-1] + "ing")  # "banning", "transferred"
            ed.append(base + base[-1] + "ed")
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return [base, third, *ing], ed


for _entry in _VERBS:
    _base, *_irregular = _entry.split(",")
    _bare, _ed = _regular(_base)
    for _form in _bare:
        _BARE_FORMS[_form] = _base
    for _form in _irregular or _ed:
        _PAST_FORMS[_form] = _base
    if _irregular:
        _BARE_FORMS.pop(_irregular[0], None)  # "beat", "hit": read as past forms
_FORMS = frozenset(_PAST_FORMS) | frozenset(_BARE_FORMS)

# Nouns of a directed act whose owner is its doer ("my payment to the IRS").
_ACTS = frozenset(
    "payment payments transfer transfers loan loans refund refunds gift gifts complaint "
    "complaints message messages email emails letter letters debt debts wire wires".split()
)

# Pronouns and their case, read by person ("I" / "me" / "my" are one person).
_SUBJECT_CASE = frozenset("i we you he she they who someone somebody anyone anybody".split())
_OBJECT_CASE = frozenset("me us you him her them whom someone somebody anyone anybody".split())
_POSSESSIVES = frozenset("my our your his her their".split())
_SOMEONE = frozenset("someone somebody anyone anybody".split())
_WH = frozenset(("who", "whom", "which", "whose", "what"))
_WH_NOUNS = _WH | frozenset(("what",))  # a wh-word that can be a subject complement
_DETS = lx.DETERMINERS | frozenset(("another", "other", "some", "any", "each", "every"))
_DO_AUX = frozenset(
    "do does did can could will would should must may might shall have has had".split()
)
_BE = frozenset("is are was were be been being am get gets got gotten getting".split())
_SKIP = frozenset(
    """not never also just accidentally mistakenly already recently really actually still
    ever even only then first again ve""".split()
)
_PARTICLES = frozenset("out off up back down over away".split())
_PREPS = frozenset(("to", "against", "from"))
_NP_MAX = 4  # words in a noun phrase
_NOT_NOUNS = (
    _PREPS
    | frozenset(
        "by for with in on at about of as after before during than into onto via per".split()
    )
    | _PARTICLES
)


def _person(word: str) -> str | None:
    if word in _SOMEONE:
        return "someone"
    return lx.PERSONS.get(word)


def _key(p: Parsed, i: int) -> str:
    """The key of a content word: its canonical form, else the word ("the US")."""
    return p.canon[i] or p.words[i]


def _content(p: Parsed, i: int) -> bool:
    w = p.words[i]
    return (bool(p.canon[i]) and w.isalnum() and w not in _FORMS and w not in _NOT_NOUNS) or (
        w == "us" and i > 0 and p.words[i - 1] == "the"
    )


class _Roles:
    __slots__ = ("known", "obj", "own", "subj")

    def __init__(self) -> None:
        self.known = False  # a subject was read, or the verb is passive
        self.subj: set[str] = set()
        self.obj: set[str] = set()
        self.own: set[str] = set()


def _noun_phrase(p: Parsed, i: int, end: int, roles: _Roles) -> int:
    """Read the noun phrase starting at ``i`` (before ``end``) as an object: its head into
    ``obj``, its owner and modifiers into ``own``. Returns the index after it (``i``: none)."""
    words = p.words
    if i >= end:
        return i
    w = words[i]
    if w in _OBJECT_CASE and not (w == "her" and i + 1 < end and _content(p, i + 1)):
        person = _person(w)
        if person:
            roles.obj.add(person)
            return i + 1
    j = i
    if w in _POSSESSIVES:
        j += 1
    elif w in _DETS:
        j += 1
        if j < end and words[j] in ("other", "another"):
            j += 1
    k = j
    while k < end and k - j < _NP_MAX and _content(p, k):
        k += 1
    if k == j:
        return i
    roles.obj.add(_key(p, k - 1))
    if k - j > 1 and "'" in p.source:
        # an owner ("another user's password"), not a modifier ("a car remote lock")
        text = p.source.lower().replace("\u2019", "'")
        roles.own.update(
            _key(p, m)
            for m in range(j, k - 1)
            if words[m] + "'s" in text or (words[m].endswith("s") and words[m] + "'" in text)
        )
    return k


def _subject_before(p: Parsed, i: int, start: int) -> tuple[str | None, int]:
    """The subject ending just before index ``i`` (adverbs and auxiliaries skipped) and the
    index where it starts; (None, i) when there is none to read."""
    words = p.words
    k = i - 1
    while k >= start and (words[k] in _SKIP or words[k] in _DO_AUX or words[k] in _BE):
        k -= 1
    if k < start:
        return None, i
    w = words[k]
    if w in ("to", "from") and k > start:
        # "get her to pay me", "stop my son from hitting": the phrase before is the doer
        key, s = _subject_before_np(p, k, start, det_needed=True)
        return key, s
    if w in _WH:
        return ("?" if k == start else None), k
    if _content(p, k):
        return _subject_before_np(p, k + 1, start, det_needed=False)
    if w in _SUBJECT_CASE or (w in _OBJECT_CASE and w != "her"):
        return _person(w), k
    return _subject_before_np(p, k + 1, start, det_needed=False)


def _subject_before_np(p: Parsed, i: int, start: int, det_needed: bool) -> tuple[str | None, int]:
    words = p.words
    k = i - 1
    if k < start:
        return None, i
    if det_needed and (words[k] in _OBJECT_CASE or words[k] in _SUBJECT_CASE):
        return _person(words[k]), k
    m = k
    while m >= start and k - m < _NP_MAX and _content(p, m):
        m -= 1
    if m == k:
        return None, i
    head = _key(p, k)
    if m >= start and words[m] in _WH and m == start:
        return "?", m  # "Which team beat ..."
    if m >= start and (words[m] in _DETS or words[m] in _POSSESSIVES):
        return head, m
    if det_needed:
        return None, i
    return head, m + 1


def _is_verb(p: Parsed, i: int, start: int, end: int) -> bool:
    """A form of a table verb used as a verb here, not as a noun ("the charge", "a hit")."""
    words = p.words
    w = words[i]
    before = words[i - 1] if i > start else ""
    if before in _DETS or before in _POSSESSIVES:
        return False
    if w in _PAST_FORMS:
        return True
    if (
        before in _SUBJECT_CASE
        or before in _OBJECT_CASE
        or before in _DO_AUX
        or before in _SKIP
        or before in _BE
        or before in ("to", "from")
        or (before in _WH and i - 1 == start)
    ):
        return True
    if before and _do_support(p, i, start) is not None:
        return True  # "Did Spain beat", "Can another user reset"
    nxt = words[i + 1] if i + 1 < end else ""
    # "My team lead reports to me", "a friend driving my car"
    return bool(before) and (
        nxt in _OBJECT_CASE or nxt in _POSSESSIVES or nxt in _DETS or nxt in _PREPS
    )


def _do_support(p: Parsed, i: int, start: int) -> int | None:
    """ "(wh ...) did <noun phrase> V": the index of the auxiliary, else None."""
    words = p.words
    k = i - 1
    while k >= start and i - k <= _NP_MAX + 2:
        w = words[k]
        if w in _DO_AUX:
            return k if k < i - 1 else None
        if w in _BE or w in _WH or w in _NOT_NOUNS or w in _FORMS:
            return None  # any other word may name the subject ("Alexander the Great")
        k -= 1
    return None


def _read(p: Parsed, lemmas: frozenset[str]) -> dict[str, _Roles]:
    """Roles per verb (of ``lemmas``) and per act noun."""
    words, sents = p.words, p.sentences
    out: dict[str, _Roles] = {}
    n = len(words)
    for i, w in enumerate(words):
        lemma = _PAST_FORMS.get(w) or _BARE_FORMS.get(w)
        act = w in _ACTS and "#" + w.rstrip("s") in lemmas
        if lemma is None and not act:
            continue
        if lemma is not None and lemma not in lemmas:
            continue
        sent = sents[i] if sents else 0
        start = i
        while start > 0 and (not sents or sents[start - 1] == sent):
            start -= 1
        end = i + 1
        while end < n and (not sents or sents[end] == sent):
            end += 1
        if act:
            _read_act(p, i, start, end, out.setdefault("#" + w.rstrip("s"), _Roles()))
            continue
        if lemma is None or not _is_verb(p, i, start, end):
            continue
        roles = out.setdefault(lemma, _Roles())
        doer, s = _subject_before(p, i, start)
        inverted = s > start and words[s - 1] in _BE  # "Was X sacked", "Why was X sent"
        by = w in _PAST_FORMS and "by" in words[i + 1 : end]
        if inverted and s - 1 > start and words[s - 2] in _WH_NOUNS and not by:
            continue  # "What was the reason X invaded": a passive or not, unread
        passive = w in _PAST_FORMS and (
            inverted
            or any(x in _BE for x in words[s:i])
            or (i + 1 < end and words[i + 1] == "by")  # "the answers given by Siri"
        )
        if passive:
            roles.known = True
            if doer:
                roles.obj.add(doer)
        else:
            if doer:
                roles.known = True
                roles.subj.add(doer)
            aux = _do_support(p, i, start) if doer != "?" else None
            if aux is not None and aux > start and words[start] in _WH:
                roles.known = True
                roles.obj.add("?")  # "Who did Spain beat", "Which team did the Kings trade"
        k = i + 1
        while k < end and words[k] in _PARTICLES:
            k += 1
        nk = _noun_phrase(p, k, end, roles)
        if nk > k and nk < end and (words[k] in _OBJECT_CASE or words[nk] in ("a", "an")):
            nk = _noun_phrase(p, nk, end, roles)  # "gave me a warning", "charged X a fee"
        k = nk
        for _ in range(2):
            if k + 1 < end and words[k] in _PREPS:
                nk = _noun_phrase(p, k + 1, end, roles)
                if nk == k + 1:
                    break
                k = nk
            elif k + 1 == end and words[k] == "by" and passive and words[start] in _WH:
                roles.subj.add("?")  # "Who was Hamilton shot by?"
                break
            elif k + 1 < end and words[k] == "by" and passive:
                agent = _Roles()
                nk = _noun_phrase(p, k + 1, end, agent)
                if nk == k + 1:
                    break
                roles.subj.update(agent.obj)
                break  # "sacked by X from Y": Y is no object of the verb
            else:
                break
    return out


def _read_act(p: Parsed, i: int, start: int, end: int, roles: _Roles) -> None:
    """ "my payment to the IRS": the owner did it, the "to" phrase received it."""
    words = p.words
    if i + 2 >= end or words[i + 1] not in _PREPS:
        return
    before = words[i - 1] if i > start else ""
    if i > start and _content(p, i - 1):
        roles.subj.add(_key(p, i - 1))
    elif before in _POSSESSIVES:
        person = _person(before)
        if person:
            roles.subj.add(person)
    else:
        return
    roles.known = True
    _noun_phrase(p, i + 2, end, roles)


def _lemmas(p: Parsed) -> frozenset[str]:
    found = _FORMS.intersection(p.words)
    acts = _ACTS.intersection(p.words)
    out = {_PAST_FORMS.get(w) or _BARE_FORMS[w] for w in found}
    out.update("#" + w.rstrip("s") for w in acts)
    return frozenset(out)


def role_swap(a: Parsed, b: Parsed) -> bool:
    """One word is the subject of a verb on one side and its object on the other."""
    if general_swap(a, b) or ("my" in a.words and "my" in b.words and _doer_added(a, b)):
        return True
    if a.content == b.content and passive_swap(a, b):
        return True
    if not (_FORMS.intersection(a.words) or _ACTS.intersection(a.words)):
        return False
    shared = _lemmas(a) & _lemmas(b)
    if not shared:
        return False
    ra, rb = _read(a, shared), _read(b, shared)
    for lemma, x in ra.items():
        y = rb.get(lemma)
        if y is None or not (x.known and y.known):
            continue
        for who in (x.subj - y.subj) & (y.obj | y.own):
            if who not in x.obj and who not in x.own:
                return True
        for who in (y.subj - x.subj) & (x.obj | x.own):
            if who not in y.obj and who not in y.own:
                return True
    return False


# --- The class by structure: any predicate whose two participants trade places. ---
#
# Gated by the same content words on both sides in another order (or another order of
# persons). Each side is read into tokens (a person pronoun by person, a be / do form as one
# token, a word by its canonical form); do-support wh-questions are put in statement order
# ("Who did Amazon invest in" -> "amazon invest in who"). A swap is a participant X, a
# predicate M, a participant Y on one side and Y M X on the other: "My brother is angry at
# me" / "I'm angry at my brother", "What fish do dolphins hunt" / "What fish hunt dolphins".

_BE_T = frozenset("is are was were am be been being".split())
_DO_T = frozenset("do does did".split())
_MODALS = frozenset("will would can could should must may might shall".split())
_WH_OBJ = frozenset(("who", "whom", "what", "which"))
_POSS_T = frozenset("my our your his their its".split())
# Predicates true both ways round, or no predicate at all: a clean swap around them is the
# same question ("Does Tom date Ann" / "Does Ann date Tom", "X and Y", "X similar to Y").
_SYMMETRIC = frozenset(
    """marry married marri meet met date dat dating play fight fought similar same differ
    different compar compare compared resembl resemble alik alike equal equival equivalent
    compat compatible relat related friend friends together along versus vs cousin sibl
    sibling neighbor neighbour than plai difference compatibl engag""".split()
)
_WITH_SYMMETRIC = frozenset(
    "talk speak chat argu argue agre agr agree fight meet play plai work live liv".split()
)


def _token(p: Parsed, i: int) -> str:
    w = p.words[i]
    person = lx.PERSONS.get(w)
    if person:
        return "@" + person
    if w in _BE_T:
        return "=be"
    if w in _DO_T:
        return "=do"
    lemma = _PAST_FORMS.get(w) or _BARE_FORMS.get(w)
    if lemma:
        return lemma  # "lost" / "lose"
    c = p.canon[i]
    if c:
        return c
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]  # "wants" / "want"
    return w


def _side(p: Parsed) -> tuple[list[str], list[str]]:
    """Tokens and words, a do-support wh-question put in statement order."""
    toks = [_token(p, i) for i in range(len(p.words))]
    words = [*p.words]
    # "Who did Amazon invest in" -> "amazon invest in who" (only a one-sentence question)
    if len(words) > 3 and words[0] in _WH_OBJ and (not p.sentences or p.sentences[-1] == 0):
        k = 1
        while k < len(words) and k <= 3 and p.canon[k] and words[k] not in _DO_T:
            k += 1
        if k < len(words) - 2 and (words[k] in _DO_T or words[k] in _MODALS):
            # the wh-phrase goes where its preposition was left ("invest in _ before ...")
            at = len(words)
            for r in range(k + 2, len(words)):
                if words[r] in _NOT_NOUNS and (r + 1 == len(words) or words[r + 1] in _NOT_NOUNS):
                    at = r + 1
                    break
            toks = toks[k + 1 : at] + toks[:k] + toks[at:]
            return toks, words[k + 1 : at] + words[:k] + words[at:]
    return toks, words


_GAP_MAX = 7  # tokens between two participants ("responsible for a package stolen from")
_SUBJ_PRON = frozenset("i we you he she they".split())
_NP_LEAD = _POSS_T | lx.DETERMINERS | frozenset(("her",))


def _sides(p: Parsed) -> list[tuple[list[str], list[str], list[int]]]:
    """The side in statement order, and the readings a wh-word or a pronoun leaves open:
    "Who did the dean of students suspend last week" -> "the dean of students suspend who
    last week", "Who is the professor mentoring" -> "the professor is mentoring who", "see
    who I ghosted" -> "see I ghosted who", "his teacher" -> "my son's teacher"."""
    toks, words = _side(p)
    n = len(p.words)
    sents = [*p.sentences] if len(p.sentences) == n else [0] * n
    out = [(toks, words, sents if len(toks) == n else [0] * len(toks))]
    if not p.sentences or p.sentences[-1] == 0:
        w0 = list(p.words)
        t0 = [_token(p, i) for i in range(n)]
        for q in range(n - 2):
            wh = w0[q]
            if wh not in _WH_OBJ or (q > 0 and w0[q - 1] not in _CLAUSE_LEAD) or sents[q]:
                continue
            aux = w0[q + 1]
            if q == 0 and n > 3 and (aux in _DO_T or aux in _MODALS or aux in _BE_T):
                if w0[q + 2] not in _NP_LEAD and not p.canon[q + 2]:
                    continue
                if aux in _BE_T and wh not in ("who", "whom"):
                    continue  # "What is the average GPA": no object moved
                keep = [t0[q + 1]] if aux in _BE_T else []
                first = q + 2
            elif q > 0 and aux in _SUBJ_PRON:
                keep, first = [], q + 1  # "see who I ghosted"
            else:
                continue
            for v in range(first + 1, min(n, first + 6)):
                if keep and not w0[v].endswith("ing"):
                    continue  # "Who is the professor mentoring"
                subj = t0[first:v]
                if not _span_ok(subj, 0, len(subj)) and not _of_np(w0, first, v):
                    continue
                for at in range(v + 1, min(n, v + 3) + 1):
                    t = t0[:q] + subj + keep + t0[v:at] + [t0[q]] + t0[at:]
                    w = w0[:q] + w0[first:v] + w0[q + 1 : q + 1 + len(keep)]
                    w += [*w0[v:at], wh, *w0[at:]]
                    out.append((t, w, [0] * len(t)))
    resolved = _resolve(p)
    if resolved is not None:
        out.append(resolved)
    return out


_CLAUSE_LEAD = frozenset("see know find tell check out find show".split())


def _of_np(words: list[str], i: int, j: int) -> bool:
    """ "the dean of students": a noun phrase with an "of" part."""
    return (
        j - i >= 3
        and "of" in words[i + 1 : j - 1]
        and all(w not in _BE_T and w not in _DO_T and w not in _MODALS for w in words[i:j])
    )


def _resolve(p: Parsed) -> tuple[list[str], list[str], list[int]] | None:
    """Third-person pronouns read as the person they stand for: a possessive "his / her /
    their" as the first person named ("My son is annoyed with his teacher": my son), an
    object "him / her / them" as the owner of the subject ("My son's teacher is annoyed with
    him": my son). None when there is no such pronoun or no one to read it as."""
    words = p.words
    if not any(w in _THIRD_WORDS for w in words):
        return None
    toks = [_token(p, i) for i in range(len(words))]
    first = _first_np(p)
    owner = _first_owner(p)
    t_out: list[str] = []
    w_out: list[str] = []
    s_out: list[int] = []
    sents = [*p.sentences] if len(p.sentences) == len(words) else [0] * len(words)
    changed = False
    for i, w in enumerate(words):
        nxt_content = i + 1 < len(words) and bool(p.canon[i + 1])
        span = None  # the words a pronoun stands for: the first person named, or the owner
        if w in ("his", "their") or (w == "her" and nxt_content):
            span = first
        elif w in ("him", "them") or (w == "her" and not nxt_content):
            span = owner
        if span is not None and i >= span[1]:
            t_out += [toks[m] for m in range(*span)]
            w_out += [words[m] for m in range(*span)]
            s_out += [sents[i]] * (span[1] - span[0])
            changed = True
            continue
        t_out.append(toks[i])
        w_out.append(w)
        s_out.append(sents[i])
    return (t_out, w_out, s_out) if changed else None


_THIRD_WORDS = frozenset("his her their him them".split())


def _first_np(p: Parsed) -> tuple[int, int] | None:
    """The first "my / the X" naming a person or thing (a lone possessive and nouns)."""
    words = p.words
    for i, w in enumerate(words[:4]):
        if w in ("my", "our", "the") and i + 1 < len(words) and p.canon[i + 1]:
            j = i + 1
            # "Why is my dad angry at": an inverted subject, its predicate next
            most = 1 if i > 0 and words[i - 1] in _BE_T | _DO_T | _MODALS else 3
            while j < len(words) and j - i <= most and p.canon[j] and words[j] not in _FORMS:
                if "'" in p.source and _owned_after(p, words[j]):
                    return i, j + 1  # "my dad's nurse": my dad
                j += 1
            return i, j
    return None


def _owned_after(p: Parsed, word: str) -> bool:
    text = p.source.lower().replace("\u2019", "'")
    return word + "'s " in text or word + "' " in text


def _first_owner(p: Parsed) -> tuple[int, int] | None:
    """ "my son's teacher": my son, the owner in the first noun phrase."""
    if "'" not in p.source:
        return None
    first = _first_np(p)
    if first is None or first[1] >= len(p.words) or not p.canon[first[1]]:
        return None
    return first if _owned_after(p, p.words[first[1] - 1]) else None


def _span_ok(toks: list[str], i: int, j: int) -> bool:
    """``toks[i:j]`` can be a participant: a pronoun, or a (det / wh) noun run."""
    if j - i == 1 and toks[i][0] == "@":
        return True
    k = i
    t = toks[k]
    if t in lx.DETERMINERS or t in _WH_OBJ or t[0] == "@":
        k += 1
    if k >= j:
        return j - i == 1 and t in _WH_OBJ
    for m in range(k, j):
        x = toks[m]
        if x == "in" and k < m < j - 1 and toks[m + 1] == "law":
            continue  # "daughter-in-law"
        if x == "of" and k < m < j - 1 and j - i >= 3:
            continue  # "the dean of students"
        if (
            x[0] in "@="
            or not x.isalnum()
            or x in _NOT_NOUNS
            or x in lx.DETERMINERS
            or x in _WH_OBJ
        ):
            return False
    return _content_tok(toks[j - 1])


def _content_tok(t: str) -> bool:
    return t.isalnum() and t not in _NOT_NOUNS and t not in _STOP_TOK


_STOP_TOK = frozenset(
    """a an the this that these those it there here how why when where what who which whom
    not no and or but if so to for of in on at by with about as from""".split()
)


def _spans(toks: list[str]) -> list[tuple[int, int]]:
    n = len(toks)
    return [
        (i, j) for i in range(n) for j in range(i + 1, min(n, i + 4) + 1) if _span_ok(toks, i, j)
    ]


def _owner(toks: list[str], words: list[str], i: int, j: int) -> bool:
    """A lone possessive pronoun owning the next noun ("my birthday")."""
    return (
        j - i == 1
        and (words[i] in _POSS_T or words[i] == "her")
        and j < len(toks)
        and _content_tok(toks[j])
    )


def _exchange(a: Parsed, b: Parsed) -> bool:
    sides_b = _sides(b)
    joined = ["\x01" + "\x01".join(tb) + "\x01" for tb, _, _ in sides_b]
    return any(_exchange_one(ta, wa, sa, sides_b, joined) for ta, wa, sa in _sides(a))


def _exchange_one(
    ta: list[str],
    wa: list[str],
    sents: list[int],
    sides_b: list[tuple[list[str], list[str], list[int]]],
    joined: list[str],
) -> bool:
    sa = _spans(ta)
    by_start: dict[int, list[int]] = {}
    for i, j in sa:
        by_start.setdefault(i, []).append(j)
    for i, j in sa:
        x = ta[i:j]
        for gap in range(1, _GAP_MAX + 1):
            k = j + gap
            m = ta[j:k]
            if k not in by_start or not (
                any(_content_tok(t) for t in m) or (gap <= 2 and "not" in m)
            ):
                continue  # "evicted my roommate but not me"
            if gap > 4 and sents[i] != sents[k]:
                continue  # a long predicate stays in one sentence
            for end in by_start[k]:
                y = ta[k:end]
                if x == y:
                    continue
                swapped = "\x01" + "\x01".join(y + m + x) + "\x01"
                if not any(swapped in jb for jb in joined):
                    continue
                if any("\x01" + "\x01".join(x + m + y) + "\x01" in jb for jb in joined):
                    continue  # "they gift me ... I gift them" on both sides
                if not any(t[0] in "@=" or t in _STOP_TOK for t in x + m + y):
                    continue  # one noun compound: "car remote lock" / "car lock remote"
                owned = _owner(ta, wa, i, j) or _owner(ta, wa, k, end)
                for (tb, wb, _), joined_b in zip(sides_b, joined, strict=True):
                    at = joined_b.find(swapped)
                    while at >= 0:
                        s = joined_b.count("\x01", 0, at)
                        at = joined_b.find(swapped, at + 1)
                        mid = s + len(y) + len(m)
                        owned = (
                            owned
                            or _owner(tb, wb, s, s + len(y))
                            or _owner(tb, wb, mid, mid + len(x))
                        )
                if _coordinated(ta, wa, m, end) or _coreferent(x, y):
                    continue
                if owned or not _symmetric(m):
                    return True
    return False


_COORD = frozenset("and or nor vs versus between difference".split())
_THIRD = frozenset(("@he", "@she", "@they"))
_INDEPENDENT = frozenset("mine ours yours hers theirs".split())


def _coordinated(ta: list[str], wa: list[str], m: list[str], end: int) -> bool:
    """ "[Roth] IRA and [traditional] IRA", "[my] insurer or [the other driver's] insurer":
    X and Y are parallel conjuncts, not a doer and an undergoer."""
    for c, t in enumerate(m):
        if t in _COORD:
            # "[my] insurer or [the other driver's] insurer", "... insurer or mine"
            return ta[end : end + c] == m[:c] or wa[end - 1] in _INDEPENDENT
    return False


def _coreferent(x: list[str], y: list[str]) -> bool:
    """ "get my baby to sleep when she is teething" / "when my baby is teething, get her to
    sleep": a clause moved, the pronoun and the noun one participant."""
    for p, q in ((x, y), (y, x)):
        if len(p) == 1 and p[0] in _THIRD and q[0][0] != "@" and q[0] not in _WH_OBJ:
            return True
        if len(p) == 1 and p[0] in _THIRD and len(q) > 1 and q[0][0] == "@":
            return True  # "she" / "my baby"
    return False


def _symmetric(m: list[str]) -> bool:
    if any(t in _SYMMETRIC for t in m):
        return True
    if m[-1] == "as" and "as" in m[:-1]:
        return True  # "as tall as"
    return m[-1] == "with" and any(t in _WITH_SYMMETRIC for t in m)


def _chain_swap(a: Parsed, b: Parsed) -> bool:
    """ "my sister's husband" / "my husband's sister": A's B and B's A name other people;
    the owned noun may have a modifier or a second word ("my ex's new girlfriend" / "my new
    girlfriend's ex", "my travel agent's client" / "my client's travel agent")."""
    if "'" not in a.source or "'" not in b.source:
        return False
    ca, cb = _chains(a.source), _chains(b.source)
    owners_a = {x for x, _ in ca}
    owners_b = {x for x, _ in cb}
    for x, ya in ca:
        if x in owners_b:
            continue
        for y, yb in cb:
            if y != x and y not in owners_a and x in yb and y in ya:
                return True
    return False


def _chains(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(owner, the up to three words after it: "my real estate agent's" / "client's real
    estate agent")."""
    words = text.lower().replace("\u2019", "'").split()
    out = set()
    for i in range(len(words) - 1):
        w = words[i]
        if w.endswith("'s") and len(w) > 2:
            owner = w[:-2]
        elif w.endswith("s'") and len(w) > 2:
            owner = w[:-1]
        else:
            continue
        owner = owner.strip('?.,!;:"(')
        owned = []
        for nxt in words[i + 1 : i + 4]:
            word = nxt.strip("?.,!;:")
            if not word.isalpha():
                break
            owned.append(word)
            if word != nxt:
                break  # the phrase ends at a comma or a stop
        if owner.isalpha() and owned:
            out.add((owner, tuple(owned)))
    return out


_FROM_END = frozenset(("to", "into", "for"))


def _from_to(p: Parsed) -> tuple[set[str], set[str]] | None:
    """Content words of "from X to Y" (X and Y)."""
    words = p.words
    if "from" not in words:
        return None
    f = words.index("from")
    for t in range(f + 2, min(len(words), f + 7)):
        if words[t] in _FROM_END:
            src = {p.canon[i] for i in range(f + 1, t) if p.canon[i]}
            dst = set()
            for i in range(t + 1, min(len(words), t + 6)):
                if words[i] in _NOT_NOUNS or (p.sentences and p.sentences[i] != p.sentences[t]):
                    break
                if p.canon[i]:
                    dst.add(p.canon[i])
            return src, dst
    return None


def _from_to_swap(a: Parsed, b: Parsed) -> bool:
    """ "switch from Intel chips to its own" / "from its own chips to Intel"."""
    fa, fb = _from_to(a), _from_to(b)
    if fa is None or fb is None:
        return False
    moved = (fa[0] - fb[0]) & fb[1] or (fa[1] - fb[1]) & fb[0]
    return bool(moved)


_CLAUSE_WORDS = "if when whether because since so that for until while after before"
_LEADS = (
    _MODALS | _DO_T | frozenset(_CLAUSE_WORDS.split()) | frozenset("what how why where".split())
)
_NOT_DOERS = frozenset(("@he", "@she", "@they", "it", "who", "whom", "what", "which"))


def _trade_tokens(p: Parsed) -> list[str]:
    """Tokens with a possessive pronoun apart from the person ("my" / "me")."""
    words = p.words
    out = []
    for i, w in enumerate(words):
        t = _token(p, i)
        if t[0] == "@" and (
            w in _POSS_T or (w == "her" and i + 1 < len(words) and bool(p.canon[i + 1]))
        ):
            t += "'"
        out.append(t)
    return out


def _doer(p: Parsed, toks: list[str], v: int) -> tuple[str, ...] | None:
    """The participant that does ``toks[v]``: a span just before it that starts a clause
    ("The hotel overbooked", "Can a nurse refuse", "what can the airline claim", "for the
    store to accept")."""
    words = p.words
    end = v
    if v > 1 and toks[v - 1] == "to":
        end = v - 1  # "for the store to accept": only after "for"
    for s in range(max(0, end - 4), end):
        span = toks[s:end]
        lead = words[s - 1] if s > 0 else ""
        if s > 0 and p.sentences and p.sentences[s] != p.sentences[s - 1]:
            lead = ""
        if end < v and lead != "for":
            continue
        if s > 0 and lead not in _LEADS:
            continue
        if len(span) == 1 and span[0][0] == "@" and span[0][-1] != "'":
            if words[s] in _SUBJ_PRON or (lead == "for" and end < v):
                return tuple(span)
            continue
        if (span[0] in ("the", "a", "an") or span[0][-1] == "'") and len(span) > 1:
            if all(_content_tok(t) and t not in _FORMS for t in span[1:]):
                return tuple(span)
    return None


def _subject_trade(a: Parsed, b: Parsed) -> bool:
    """The same verb with another doer, each doer named on the other side: "The hotel
    overbooked and moved me" / "I overbooked the hotel and moved", "Can a nurse refuse to
    treat a patient" / "Can a patient refuse to be treated by a nurse"."""
    ta, tb = _trade_tokens(a), _trade_tokens(b)
    ja = "\x01" + "\x01".join(ta) + "\x01"
    jb = "\x01" + "\x01".join(tb) + "\x01"
    for v, t in enumerate(ta):
        if not _content_tok(t) or t[0] in "@=" or ta.count(t) != 1 or tb.count(t) != 1:
            continue
        if t in _SYMMETRIC or t in _WITH_SYMMETRIC or a.words[v] in _PASSIVE_BE:
            continue
        x = _doer(a, ta, v)
        if x is None or x[-1] in _NOT_DOERS:
            continue
        y = _doer(b, tb, tb.index(t))
        if y is None or y[-1] in _NOT_DOERS or x[-1] == y[-1]:
            continue
        if ("\x01" + "\x01".join(x) + "\x01") in jb and ("\x01" + "\x01".join(y) + "\x01") in ja:
            return True
    return False


_CHUNK_PREPS = frozenset("in at from to into on onto by via through with".split())


def _tail(p: Parsed, i: int) -> list[tuple[str, str]]:
    """The content words after word ``i`` in its sentence, each with the preposition that
    governs it ("" when none): "bought online to a Walmart store" -> online / "", walmart /
    to, store / to."""
    words, sents = p.words, p.sentences
    out: list[tuple[str, str]] = []
    prep = ""
    for k in range(i + 1, min(len(words), i + 9)):
        if sents and sents[k] != sents[i]:
            break
        w = words[k]
        if w in _CHUNK_PREPS:
            prep = w
        elif p.canon[k]:
            out.append((p.canon[k], prep))
    return out


def _phrase_moved(a: Parsed, b: Parsed) -> bool:
    """Two phrases after the same participle trade places and leave their prepositions:
    "shoes bought online to a Walmart store" / "shoes bought in a Walmart store online" (where
    it was bought and where it goes, turned round)."""
    for i, w in enumerate(a.words):
        if not (w in _PAST_FORMS or w.endswith("ed")) or i == 0 or not a.canon[i - 1]:
            continue
        if w not in b.words:
            continue
        ta, tb = _tail(a, i), _tail(b, b.words.index(w))
        if len(ta) != len(tb) or len(ta) < 2:
            continue
        ca, cb = [c for c, _ in ta], [c for c, _ in tb]
        if ca == cb or {x for _, x in ta if x} == {x for _, x in tb if x}:
            continue  # the phrases took their prepositions along ("with cash in a store")
        if any(ca[cut:] + ca[:cut] == cb for cut in range(1, len(ta))):
            return True
    return False


_PASSIVE_BE = frozenset("is are was were be been being get gets got gotten".split())


def _doer_added(a: Parsed, b: Parsed) -> bool:
    """ "if my flight is cancelled" / "if I cancel my flight": a passive with no doer on one
    side, the same verb with "I" doing it to the same "my X" on the other."""
    return _doer_added_one(a, b) or _doer_added_one(b, a)


def _doer_added_one(a: Parsed, b: Parsed) -> bool:
    wa, wb = a.words, b.words
    if "my" not in wa or "i" not in wb or "by" in wa:
        return False
    for i in range(len(wa) - 3):
        if wa[i] != "my" or not a.canon[i + 1] or wa[i + 2] not in _PASSIVE_BE:
            continue
        ved = wa[i + 3]
        if not ved.endswith("ed") or len(ved) < 6:
            continue
        for j in range(len(wb) - 3):
            v = wb[j + 1]
            if (
                wb[j] == "i"
                and v[:4] == ved[:4]
                and not v.endswith("ed")
                and wb[j + 2] == "my"
                and wb[j + 3] == wa[i + 1]
            ):
                return True
    return False


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
    "from X to Y" regrouped. Only for the same content words in another order."""
    if a.content != b.content or a.words == b.words:
        return False
    if _order(a) == _order(b):
        return False  # the same content words and persons in the same order
    return (
        _exchange(a, b)
        or _chain_swap(a, b)
        or _from_to_swap(a, b)
        or _subject_trade(a, b)
        or _phrase_moved(a, b)
        or close_swap(a, b)
    )


_CLOSE_PREPS = frozenset("to about at from for against into on onto".split())
_CLOSE_SYMMETRIC = ("introduc", "connect", "link", "match", "compar", "relat", "marri", "engag")


def close_swap(a: Parsed, b: Parsed) -> bool:
    """Two participants side by side, or around one preposition, trading places with every
    other word in place: "tell the coach my daughter wants to quit" / "tell my daughter the
    coach wants to quit", "bringing dead mice to me" / "bringing me to dead mice", "lied to
    her parents about me" / "lied to me about her parents". One of the two is a person."""
    if len(a.words) != len(b.words):
        return False
    ta, tb = _trade_tokens(a), _trade_tokens(b)
    spans = _spans(ta)
    ends: dict[int, list[int]] = {}
    for i, j in spans:
        ends.setdefault(i, []).append(j)
    for i, j in spans:
        if ta[:i] != tb[:i]:
            continue  # the same words before
        gaps = [0, 1] if j < len(ta) and ta[j] in _CLOSE_PREPS else [0]
        for gap in gaps:
            k = j + gap
            for end in ends.get(k, ()):
                x, m, y = ta[i:j], ta[j:k], ta[k:end]
                if x == y or not any(t[0] == "@" for t in x + y):
                    continue
                if tb[i:end] != y + m + x or ta[end:] != tb[end:]:
                    continue
                if not gap and not (_np_start(x[0]) or _np_start(y[0])):
                    continue  # "car remote" / "remote car": a noun compound
                near = ta[max(0, i - 2) : i] + m
                if any(
                    t in _SYMMETRIC or t in _WITH_SYMMETRIC or t.startswith(_CLOSE_SYMMETRIC)
                    for t in near
                ):
                    continue  # "compare X to Y", "introduce X to Y": both ways round
                if _coreferent(x, y):
                    continue
                return True
    return False


def _np_start(t: str) -> bool:
    return t[0] == "@" or t in lx.DETERMINERS


_PASSIVE_AUX = frozenset("is are was were be been being get gets got gotten getting".split())
_STRANDED = frozenset("at to with about on of for from into up off out".split())


def passive_swap(a: Parsed, b: Parsed) -> bool:
    """A passive read with its subject as the undergoer and its by-phrase as the doer, set
    against the active with the same words round the verb: "X yelled at Y" / "X was yelled
    at by Y", "I got stood up" / "I stood him up" (the doers traded)."""
    return _passive_swap_one(a.words, b.words) or _passive_swap_one(b.words, a.words)


def _passive_swap_one(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if "was" not in wb and "were" not in wb and "got" not in wb and "get" not in wb:
        if "is" not in wb and "are" not in wb and "been" not in wb:
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
        if wa[:n] != pre or n + 1 >= len(wa) or wa[n] != v:
            continue  # the active must have the passive's subject as its own subject
        rest = wa[n + 1 :]
        if by:
            if rest[: len(parts)] == parts and rest[len(parts) :] == post:
                return True  # "X yelled at Y ..." / "X was yelled at by Y ..."
            continue
        # no doer named: "I got stood up on a date" / "I stood him up on a date"
        if not rest or not (rest[0] in _OBJECT_CASE or rest[0] in _POSSESSIVES):
            continue  # "I stood him up", "I fired my client"
        for k in range(1, min(3, len(rest)) + 1):
            if rest[k : k + len(parts)] == parts and rest[k + len(parts) :] == post:
                return True
    return False


def rewritten_swap(raw: tuple[str, str], canonical: tuple[str, str]) -> bool:
    """A rewrite to a canonical wording ("Can I give my cat X?" -> "Is X safe for cats?")
    must not hide the people trading places: read the texts as written when one changed."""
    if raw == canonical:
        return False
    wa, wb = _words(raw[0]), _words(raw[1])
    if wa - _PERSON_FORMS != wb - _PERSON_FORMS or wa.isdisjoint(_PERSONS_ANY):
        return False  # people trading places keep the other words: read only those
    return role_swap(parse(raw[0]), parse(raw[1]))


_WORD_RE = re.compile(r"[a-z]+")
_PERSON_FORMS = frozenset(
    "i me my mine myself we us our he him his she her they them their".split()
)


_PERSONS_ANY = _PERSON_FORMS - frozenset(("we", "us", "our"))


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(text.lower()))
