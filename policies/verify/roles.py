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
"""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.text import Parsed

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
    if general_swap(a, b):
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
    sibling neighbor neighbour than""".split()
)
_WITH_SYMMETRIC = frozenset(
    "talk speak chat argu argue agre agree fight meet play work live".split()
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
    ta, wa = _side(a)
    tb, wb = _side(b)
    joined_b = "\x01" + "\x01".join(tb) + "\x01"
    sa = _spans(ta)
    by_start: dict[int, list[int]] = {}
    for i, j in sa:
        by_start.setdefault(i, []).append(j)
    for i, j in sa:
        x = ta[i:j]
        for gap in range(1, 5):
            k = j + gap
            m = ta[j:k]
            if k not in by_start or not any(_content_tok(t) for t in m):
                continue
            for end in by_start[k]:
                y = ta[k:end]
                if x == y:
                    continue
                swapped = "\x01" + "\x01".join(y + m + x) + "\x01"
                if swapped not in joined_b:
                    continue
                if "\x01" + "\x01".join(x + m + y) + "\x01" in joined_b:
                    continue  # "they gift me ... I gift them" on both sides
                if not any(t[0] in "@=" or t in _STOP_TOK for t in x + m + y):
                    continue  # one noun compound: "car remote lock" / "car lock remote"
                owned = _owner(ta, wa, i, j) or _owner(ta, wa, k, end)
                at = joined_b.find(swapped)
                while at >= 0:
                    s = joined_b.count("\x01", 0, at)
                    at = joined_b.find(swapped, at + 1)
                    mid = s + len(y) + len(m)
                    owned = (
                        owned or _owner(tb, wb, s, s + len(y)) or _owner(tb, wb, mid, mid + len(x))
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
    """ "my sister's husband" / "my husband's sister": A's B and B's A name other people."""
    if "'" not in a.source or "'" not in b.source:
        return False
    ca, cb = _chains(a.source), _chains(b.source)
    return any((y, x) in cb and (x, y) not in cb and (y, x) not in ca for x, y in ca)


def _chains(text: str) -> set[tuple[str, str]]:
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
        nxt = words[i + 1].strip("?.,!;:")
        owner = owner.strip('?.,!;:"(')
        if owner.isalpha() and nxt.isalpha():
            out.add((owner, nxt))
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


def general_swap(a: Parsed, b: Parsed) -> bool:
    """Participants trading places around any predicate, possessive chains turned round,
    "from X to Y" regrouped. Only for the same content words in another order."""
    if a.content != b.content or a.words == b.words:
        return False
    if [c for c in a.canon if c] == [c for c in b.canon if c] and [
        lx.PERSONS.get(w) for w in a.words if w in lx.PERSONS
    ] == [lx.PERSONS.get(w) for w in b.words if w in lx.PERSONS]:
        return False  # the same content words and persons in the same order
    return _exchange(a, b) or _chain_swap(a, b) or _from_to_swap(a, b)
