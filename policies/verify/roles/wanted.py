"""Who is to do what another wants, named on one side only: "My mom wants me to move in with
her" / "My mom wants to move in with me", "My son wants to quit the team I coach" / "My son
wants me to quit coaching his team". A verb of wanting or asking followed by "to V" on one side
(its subject does V) and by "<someone> to V" on the other (that one does V), the same V, the
same subject before it: the doer of V changed.
"""

from __future__ import annotations

from policies.verify.roles.recast import MUTUAL
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed

_WANT = frozenset(
    """want wants wanted expect expects expected ask asks asked need needs needed""".split()
    # Role pass 45 (round 136: "the volunteer she assigned me to supervise" / "the volunteer
    # she assigned to supervise me"): verbs that name the one to act just as "ask" does
    + """assign assigns assigned tell tells told hire hires hired invite invites invited
    recruit recruits recruited appoint appoints appointed pick picks picked send sends sent
    train trains trained urge urges urged beg begs begged push pushes pushed pressure
    pressures pressured""".split()
)
_DOERS = frozenset("me us him her them you".split())
_LEADS = frozenset("my our your his her their the a an".split())
_STOPS = frozenset("to , ; . ? ! and or but that who which".split())
_NP_MAX = 4
# Role pass 31 (round 100): a place after the noun ("My host family in Ghana wants me to show
# them" / "I want my host family in Ghana to show me"): the noun before it is the one.
_PLACE = frozenset("in from at near".split())


def wanted_doer_changed(a: Parsed, b: Parsed) -> bool:
    if _WANT.isdisjoint(a.words) or _WANT.isdisjoint(b.words):
        return False
    if _asked_if_traded(a, b):
        return True
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
        if i >= 3 and toks[i - 2] in _PLACE and toks[i - 3] not in _STOPS:
            subj = toks[i - 3]  # "My host family in Ghana wants": the family
        if toks[i + 1] == "to":
            out.append((subj, w, "", _stem(toks[i + 2])))
            continue
        j = i + 1
        if toks[j] in _DOERS:
            end = j + 1
        elif toks[j] in _LEADS:
            end = j + 1
            while end < n and end - j < _NP_MAX + 2 and toks[end] not in _STOPS:
                end += 1
        else:
            continue
        np = toks[j:end]
        place = next((k for k in range(1, len(np) - 1) if np[k] in _PLACE), len(np))
        if place > _NP_MAX or len(np) - place > 3:
            continue  # ("my host family in Ghana": a place after the noun, no longer)
        if end + 1 < n and toks[end] == "to" and end > j:
            out.append((subj, w, " ".join(np[:place]), _stem(toks[end + 1])))
    return out


def _stem(w: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


# Role pass 114 (blind rounds 245-249): "ask X if I can V" says the asker is to do V, as "ask
# to V" does; against "ask X to V" (X to do it) the doer of V changed, and the owner of V's
# thing flips with it ("How do I ask my banjo teacher to join my band?" / "... if I can join
# his band?", "ask my coworker to come to my party" / "if I can come to her party"). Read only
# with that flip, the asker's "my / our" on the side X acts and "his / her / their" on the
# side the asker does: "ask my boss to work from home" / "if I can work from home" is often
# said for the same request and is left. Role pass 120 (blind round 255): both sides "ask X
# if S (modal) V", S "I / we" on one side and "he / she / they" on the other ("ask my pastor if
# I can lead a song" / "if he'll lead a song"): the doer said outright on both, no flip needed.
_ASK = frozenset(("ask", "asks", "asked", "asking"))
_IF = frozenset(("if", "whether"))
_MODAL = frozenset("can could may might should would".split())
# Role pass 120 (blind round 255): "ask X if he'll / he will V" says X is to do V too
_IF_MODAL = _MODAL | frozenset(("will",))
_MINE_OWNER = frozenset(("my", "our"))
_OWNER_AFTER = 4  # the owner of V's thing at most this far after V ("come to her party")


def _asked_if_traded(a: Parsed, b: Parsed) -> bool:
    if _IF.isdisjoint(a.words) and _IF.isdisjoint(b.words):
        return False
    if _ASK.isdisjoint(a.words) or _ASK.isdisjoint(b.words):
        return False
    ra, rb = _asked(tokens(a.source)), _asked(tokens(b.source))
    for subj, np, verb, asker_does, owner, said_if in ra:
        for subj_b, np_b, verb_b, asker_does_b, owner_b, said_if_b in rb:
            if (subj, np, verb) != (subj_b, np_b, verb_b) or asker_does == asker_does_b:
                continue
            if said_if and said_if_b:
                return True  # role pass 120: "ask X if I can V" / "ask X if he'll V"
            mine, theirs = (owner_b, owner) if asker_does else (owner, owner_b)
            if mine in _MINE_OWNER and theirs in _THIRD_OWNER:
                return True
    return False


def _asked(toks: tuple[str, ...]) -> list[tuple[str, str, str, bool, str, bool]]:
    """(the asker before "ask", X asked, V's stem, whether the asker does V, the owner word
    after V or "", whether the doer is said by a pronoun after "if") for "ask X to V" (X does
    V), "ask X if I can V" (the asker does V, the "I" the asker's own) and "ask X if he / she
    / they can / will V" (X does V)."""
    out = []
    n = len(toks)
    for i in range(1, n - 3):
        if toks[i] not in _ASK or toks[i + 1] not in _LEADS:
            continue
        subj = toks[i - 1]
        end = i + 2
        while end < n and end - i <= _NP_MAX and toks[end] not in _STOPS and toks[end] not in _IF:
            end += 1
        np = " ".join(toks[i + 1 : end])
        if end + 1 >= n:
            continue
        said_if = toks[end] in _IF
        if toks[end] == "to":
            v, asker_does = end + 1, False
        elif said_if and end + 3 < n and toks[end + 2] in _IF_MODAL:
            if toks[end + 1] == subj and subj in _I:
                v, asker_does = end + 3, True
            elif toks[end + 1] in _TOLD_SUBJECT:
                v, asker_does = end + 3, False
            else:
                continue
        else:
            continue
        tail = toks[v + 1 : v + 1 + _OWNER_AFTER]
        owner = next((w for w in tail if w in _MINE_OWNER or w in _THIRD_OWNER), "")
        out.append((subj, np, _stem(toks[v]), asker_does, owner, said_if))
    return out


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
        if _ME_AS.isdisjoint(rest) and "i" not in rest:
            continue
        said: list[str] = list(x[: i + (link == "from")])
        agreeing: set[int] = set()  # role pass 107: the verb after an "I" said for X
        for w in rest:
            if w == "i":
                agreeing.add(len(said) + len(who))
            said.extend(who if w in _ME_AS or w == "i" else (w,))
        if tuple(said) == y or _turned_tail(said, y) or _agreeing(said, y, agreeing):
            return True
        if _owner_said_back(x[: i + (link == "from")], who, rest, y):
            return True
    return False


# Role pass 130 (round 269): the asker's "my N" after the told one's act said as the told one's
# "his / her / their N" on the other side ("How do I stop my opponent from distracting me during
# my pitch?" / "How do I stop distracting my opponent during his pitch?"): the act done to the
# asker in the asker's N against the asker doing it to X in X's N. "me" must still be said for
# X; a "my N" kept "my N" on the other side is no such reading.
_BACK_OWNER = frozenset(("his", "her", "their"))


def _owner_said_back(
    lead: tuple[str, ...], who: tuple[str, ...], rest: tuple[str, ...], y: tuple[str, ...]
) -> bool:
    """``lead`` + ``rest`` with "me" said as ``who`` and "my" as one of "his / her / their" is
    ``y`` word for word, both said at least once."""
    if "my" not in rest or not ("me" in rest or "myself" in rest) or _BACK_OWNER.isdisjoint(y):
        return False
    said: list[str | None] = list(lead)
    for w in rest:
        if w == "my":
            said.append(None)  # a third person's owner on the other side
        elif w in _ME_AS:
            said.extend(who)
        else:
            said.append(w)
    return len(said) == len(y) and all(
        t in _BACK_OWNER if s is None else s == t for s, t in zip(said, y, strict=True)
    )


def _agreeing(said: list[str], y: tuple[str, ...], agreeing: set[int]) -> bool:
    """Role pass 107: the asker's own clause after the told one's said for X in turn ("stop my
    mom from worrying every time I chase storms" / "stop worrying every time my mom chases
    storms"): the same words, the verb after the "I" said for X agreeing with X."""
    if not agreeing or len(said) != len(y):
        return False
    return all(
        s == t or (j in agreeing and _agree(s, t))
        for j, (s, t) in enumerate(zip(said, y, strict=True))
    )


_TOLD_SUBJECT = frozenset(("he", "she", "they"))


def _turned_tail(said: list[str], y: tuple[str, ...]) -> bool:
    """Role pass 34: the told one's own clause after it said for the asker in turn ("stop my
    daughter from lying to me about where she goes" / "stop lying to my daughter about where
    I go"): "he / she / they" against "I / we", the verb after it agreeing."""
    if len(said) != len(y):
        return False
    turned = False
    for j, (s, t) in enumerate(zip(said, y, strict=True)):
        if s == t:
            continue
        if s in _TOLD_SUBJECT and t in _I:
            turned = True
        elif not (j and said[j - 1] in _TOLD_SUBJECT and y[j - 1] in _I and _agree(t, s)):
            return False
    return turned


def _agree(plain: str, third: str) -> bool:
    if {"am": "is", "have": "has", "do": "does", "were": "was"}.get(plain) == third:
        return True
    return third in (plain + "s", plain + "es") or (
        plain.endswith("y") and third == plain[:-1] + "ies"
    )


# Role pass 30 (role targets): "A new parent wants me to sign her contract" / "I want a new
# parent to sign my contract", "she wants me to muzzle mine" / "I want her to muzzle hers": who
# wants and who is to act traded, the same verb of wanting and the same V. A reading of "X
# wants me to V" on one side and "I want X to V" on the other (X by its last word, a pronoun by
# person), neither side saying the other's.
# Role pass 78 (round 204): "X wants / asks to V" against "I want X to V", X acting on both
# sides and who wants it traded ("My school district wants to move my son ..." / "I want the
# school district to move my son ...").
_ME = frozenset(("me", "us"))
_I = frozenset(("i", "we"))


def want_turned_round(a: Parsed, b: Parsed) -> bool:
    if _WANT.isdisjoint(a.words) or _WANT.isdisjoint(b.words):
        return False
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    if not ra or not rb:
        return False
    ka, kb = _turned(ra, b.words), _turned(rb, a.words)
    if (ka[0] & kb[1]) - kb[0] - ka[1] or (kb[0] & ka[1]) - ka[0] - kb[1]:
        return True
    # role pass 78: "X wants to V" / "I want X to V", X to act on both sides and who wants
    # it traded ("My school district wants to move my son into a special class. Can I
    # refuse?" / "I want the school district to move my son into a special class. Can the
    # district refuse?"), neither side saying the other's
    return bool((ka[2] & kb[1]) - kb[2] - ka[1]) or bool((kb[2] & ka[1]) - ka[2] - kb[1])


def _turned(
    readings: list[tuple[str, str, str, str]], other: tuple[str, ...] = ()
) -> tuple[set[tuple], set[tuple], set[tuple]]:
    """("X wants me to V" keys, "I want X to V" keys, "X wants to V" keys), each (X, want's
    stem, V)."""
    wants_me, i_want, wants_to = set(), set(), set()
    for subj, want, doer, verb in readings:
        if not doer:
            if subj not in _I and subj not in _NOT_WANTER and _stem(want) in _WANTS_TO:
                wants_to.add((_PERSON_AS.get(subj, subj), _stem(want), verb))
            continue
        if (doer in _ME or _mine_named(doer, other)) and subj not in _I:
            wants_me.add((_PERSON_AS.get(subj, subj), _stem(want), verb))
        elif subj in _I and doer not in _ME:
            x = doer.split()[-1]
            i_want.add((_PERSON_AS.get(x, x), _stem(want), verb))
    return wants_me, i_want, wants_to


# Role pass 115 (blind round 249): "my / our N" as the one told to act, the asker's own ("The
# bar owner wants my ghost tour to pay him ...; should I?" / "I want the bar owner to pay my
# ghost tour ...; is that reasonable?"), when the other side names that N too.
_MINE = frozenset(("my", "our"))


def _mine_named(doer: str, other: tuple[str, ...]) -> bool:
    words = doer.split()
    return len(words) > 1 and words[0] in _MINE and words[-1] in other


# "X wants / asks to V": not "X needs / expects to V" ("Does my boss need to sign it?" asks
# what "Do I need my boss to sign it?" asks)
_WANTS_TO = frozenset(("want", "ask"))
# the word before "want(s) to" that is no wanter: "you / they" (often the asker said
# generically), "who" asked, a relative or a modal ("would want to")
_NOT_WANTER = frozenset(
    """you they who that which what do does did would will could should might may must not
    to also really just still""".split()
)


_PERSON_AS = {"he": "him", "she": "her", "they": "them"}


# Role pass 30 (role targets): "Should I tell my roommate her boyfriend is cheating on her?" /
# "Should I tell my roommate's boyfriend she is cheating on him?", "tell my foster kid that his
# dad doesn't want to see him" / "tell my foster kid's dad that his son ...": the one told is X
# on one side, the one the news is about ("her boyfriend") on the other ("X's boyfriend"); the
# "his / her" of the told clause points at whoever is told, so the news is about the other one.
_TELL_ONLY = frozenset(("tell", "telling", "told", "warn", "inform"))
_THIRD_OWNER = frozenset(("his", "her", "their"))


def told_owner_changed(a: Parsed, b: Parsed) -> bool:
    if _TELL_ONLY.isdisjoint(a.words) or _TELL_ONLY.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _told_owner(ta, tb) or _told_owner(tb, ta)


def _told_owner(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """``x`` "tell X (that) his R ...", ``y`` "tell X's R ..." after the same words."""
    for t, w in enumerate(x):
        if w not in _TELL_ONLY or x[: t + 1] != y[: t + 1]:
            continue
        for e in range(1, _NP_MAX + 1):
            told = x[t + 1 : t + 1 + e]
            if len(told) < e or not _STOPS.isdisjoint(told) or told[-1] in _THIRD_OWNER:
                break
            k = t + 1 + e + (x[t + 1 + e : t + 2 + e] == ("that",))
            if k + 1 >= len(x) or x[k] not in _THIRD_OWNER:
                continue
            named = (*told[:-1], told[-1] + "'s", x[k + 1])
            if y[t + 1 : t + 1 + len(named)] == named:
                return True
    return False


# Role pass 133 (blind round 272): who joins whose group. "How do I tell my best friend I don't
# want him in my band?" / "How do I tell my best friend I don't want to be in his band?": "want
# O P my N" (O kept out of the asker's N) against "want to be P O's N" (the asker kept out of
# O's), O a person pronoun and its owner form agreeing ("him" / "his", "her" / "her", "them" /
# "their"). "want to be" is read as "want me", "want O to be" as "want O", so "want him in my
# band" / "want him to be in my band" stay one question.
_GROUP_WANT = frozenset("want wants wanted need needs needed like".split())
_GROUP_PREP = frozenset("in on at with into".split())
_PRONOUN_OWNER = {"him": "his", "her": "her", "them": "their", "me": "my", "us": "our"}


def _group_said(t: tuple[str, ...]) -> tuple[str, ...]:
    """ "want to be P" said "want me P", "want O to be P" said "want O P"."""
    out: list[str] = []
    k = 0
    while k < len(t):
        w = t[k]
        out.append(w)
        if w in _GROUP_WANT:
            if t[k + 1 : k + 3] == ("to", "be") and t[k + 3 : k + 4] and t[k + 3] in _GROUP_PREP:
                out.append("me")
                k += 3
                continue
            if (
                t[k + 1 : k + 2]
                and t[k + 1] in _PRONOUN_OWNER
                and t[k + 2 : k + 4] == ("to", "be")
                and t[k + 4 : k + 5]
                and t[k + 4] in _GROUP_PREP
            ):
                out.append(t[k + 1])
                k += 4
                continue
        k += 1
    return tuple(out)


def group_joiner_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 133: "want O P my N" / "want to be P O's N" (who joins whose N)."""
    if _GROUP_WANT.isdisjoint(a.words) or _GROUP_WANT.isdisjoint(b.words):
        return False
    ta, tb = _group_said(tokens(a.source)), _group_said(tokens(b.source))
    if len(ta) != len(tb) or ta == tb:
        return False
    apart = [k for k in range(len(ta)) if ta[k] != tb[k]]
    if len(apart) != 2 or apart[1] != apart[0] + 2:
        return False
    k = apart[0]
    if k < 1 or ta[k - 1] not in _GROUP_WANT or ta[k + 1] not in _GROUP_PREP:
        return False
    oa, ob, ma, mb = ta[k], tb[k], ta[k + 2], tb[k + 2]
    if oa not in _PRONOUN_OWNER or ob not in _PRONOUN_OWNER:
        return False
    # the one kept out on one side owns the group on the other, each way round
    return _PRONOUN_OWNER[oa] == mb and _PRONOUN_OWNER[ob] == ma and oa != ob


# Role pass 134 (blind rounds 273-275): a relative clause on a wish, "a N who wants to V us"
# (the N to do V to us) against "a N we want to V" (we to do V to the N): the doer of V and
# the one it is done to traded, the same N and V ("a sponsor who wants to drop us" / "a
# sponsor we want to drop"). "who" / "that" for the same wisher, or the same clause with
# "say to" / "tell", is left.
_WISH = frozenset(
    """want wants wanted plan plans planned need needs needed try tries tried hope hopes
    hoped intend intends intended threaten threatens threatened refuse refuses refused
    decide decides decided""".split()
)
_REL = frozenset(("who", "that", "which", "whom"))
_OBJ_SUBJ = {"us": "we", "me": "i", "him": "he", "her": "she", "them": "they"}
_SUBJ = frozenset(_OBJ_SUBJ.values())


def wisher_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 134: "N who WANT-s to V us" / "N we WANT to V"; 176: "N who (AUX) (WISH to) V
    NP" / "N NP (AUX) (WISH to) V"."""
    if _REL.isdisjoint(a.words) and _REL.isdisjoint(b.words):
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    return _wisher_traded(ta, tb) or _wisher_traded(tb, ta)


# Role pass 176 (blind rounds 318-320): the one V is done to a noun phrase led by an owner or
# "the" as well as a pronoun ("a sponsor who wants to drop our majorette team" / "a sponsor our
# majorette team wants to drop"), an auxiliary before the verb ("who is trying to evict my
# tenant" / "my tenant is trying to evict") and the relative's verb plain too ("a mentor who
# dropped my daughter" / "a mentor my daughter dropped"): the verb group read with its
# agreement dropped, the noun phrase the subject of the relative without a pronoun the object
# of the one with "who / that", the same head, verb and words after on both.
_AUX = {
    "is": "be",
    "are": "be",
    "am": "be",
    "was": "was",
    "were": "was",
    "has": "have",
    "have": "have",
    "had": "had",
    "does": "do",
    "do": "do",
    "did": "did",
}
_NP_LEADS = frozenset("my our your his her their the".split())
_CLOSED = (
    _NP_LEADS
    | _REL
    | _SUBJ
    | frozenset(_OBJ_SUBJ)
    | frozenset(_AUX)
    | frozenset(
        "a an to not never also just really still it its this that be been being get got".split()
    )
)


# "the guy my sister is dating" / "the guy who is dating my sister": a mutual act, the same two
# people either way round
_MUTUAL_STEMS = frozenset(_stem(w) for w in MUTUAL) | frozenset(("marr", "marri"))


def _wishing(w: str) -> bool:
    """A verb of wishing in any form ("plans", "planning", "tried", "trying")."""
    stem = _stem(w)
    return w in _WISH or stem in _WISH or stem[:-1] in _WISH or stem + "e" in _WISH


def _group(t: tuple[str, ...], k: int) -> tuple[bool, str, int] | None:
    """The verb group from k, "(AUX) (WISH to) V": whether a verb of wishing leads V, V by its
    stem, and V's index."""
    aux = t[k] if k < len(t) and t[k] in _AUX else ""
    if aux:
        k += 1
    wish = k + 1 < len(t) and t[k + 1] == "to" and _wishing(t[k])
    if wish:
        k += 2
    if k >= len(t) or not t[k].isalpha() or t[k] in _CLOSED:
        return None
    if t[k] in MUTUAL or _stem(t[k]) in _MUTUAL_STEMS:
        return None
    if _AUX.get(aux) in ("be", "was") and not wish and not t[k].endswith("ing"):
        return None  # a passive ("the store I was accused of robbing"): its subject no doer
    return wish, _stem(t[k]), k


def _gapped(y: tuple[str, ...], k: int) -> list[tuple[tuple[str, ...], bool, str, int]]:
    """The readings of "NP (AUX) (WISH to) V" from k: the noun phrase (a subject pronoun or an
    owner / "the" and at most four more words), the verb group and V's index."""
    if k >= len(y):
        return []
    if y[k] in _SUBJ:
        spans = [1]
    elif y[k] in _NP_LEADS:
        spans = list(range(2, _NP_MAX + 2))
    else:
        return []
    out = []
    for n in spans:
        np = y[k : k + n]
        if len(np) < n or any(w in _CLOSED or not w.replace("'", "").isalpha() for w in np[1:]):
            break
        group = _group(y, k + n)
        if group is not None:
            out.append((np, *group))
    return out


def _wisher_traded(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    for i in range(1, len(x) - 2):
        if x[i] not in _REL or not x[i - 1].isalpha() or x[i - 1] in _CLOSED:
            continue
        group = _group(x, i + 1)
        if group is None:
            continue
        wish, verb, v = group
        head = x[i - 1]
        # the other side: "N (REL) NP (AUX) (WISH to) V", NP said after V on this side
        for j in range(1, len(y) - 2):
            if y[j - 1] != head:
                continue
            k = j + 1 if y[j] in _REL else j
            for np, wish_y, verb_y, m in _gapped(y, k):
                if wish_y != wish or verb_y != verb:
                    continue
                said = (
                    (next(o for o, s in _OBJ_SUBJ.items() if s == np[0]),) if len(np) == 1 else np
                )
                if x[v + 1 : v + 1 + len(said)] != said:
                    continue
                # the same words after V on both sides, or the clause ended on both
                nx = x[v + 1 + len(said)] if v + 1 + len(said) < len(x) else ""
                ny = y[m + 1] if m + 1 < len(y) else ""
                if nx == ny or not (nx.isalpha() or ny.isalpha()):
                    return True
    return False
