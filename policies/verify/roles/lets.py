"""Role pass 57 (rounds 158-160): who uses whose thing, and an owner said in the plural.

``let_user_traded``: "X lets Y V X's N" against "X V-s Y's N" ("My teen is letting her friend use
her license to rent a car" / "My teen is using her friend's license to rent a car"): on one side
Y, let by someone, does V to N; on the other side N is Y's and the one doing V is not Y (no one
is said to V their own N), so the user and the owner traded. "My brother lets me use his car" /
"I use my brother's car" keeps them: N's owner there is the one who lets, not Y. Role pass 83
(blind rounds 209-211): N also further on, the asker's "my / our N" up to eight words after V
("Should I let my husband take out a loan against my 401(k)?" / "Should I take out a loan against
my husband's 401(k)?", "let my son sleep in my bed" / "sleep in my son's bed"): who does V and
whose N it is done with both moved.

``plural_owner_said``: a "-men" plural read as its singular where the other side names that one
("The groomsmen ordered their tuxes through the groom's account" / "The groom ordered his tux
through a groomsman's account"), so the subject traded with the account's owner is read.

``host_said_let`` (role pass 88): the host's "have me on their N" read as "let me V on their N"
where the other side's guest does V on the asker's N ("convince a famous comic to appear on my
podcast" / "to have me on their podcast")."""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_LETS = frozenset("let lets letting allow allows allowed allowing".split())
_WORD_RE = re.compile(r"[a-z']+")
_OWNERS = frozenset("my his her their our your its".split())
_LEADS = _OWNERS | frozenset("the a an".split())
_OBJECT_OWNER = {"me": "my", "him": "his", "them": "their", "us": "our"}
_NOT_NOUN = _LEADS | frozenset("to and or but not never just".split())
# role pass 83: an owned thing up to this far after the verb, owned by the one who lets
_FAR = 8
_LETTER_OWNERS = frozenset(("my", "our"))


def _stem(w: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if w.endswith(end) and len(w) >= len(end) + 2:
            w = w[: -len(end)]
            break
    return w.removesuffix("e")


def _used(t: list[str]) -> list[tuple[str, str, str]]:
    """(Y's head, V's stem, N) for each "let Y (to) V (owner) N" on one side."""
    out: list[tuple[str, str, str]] = []
    for k, w in enumerate(t):
        if w not in _LETS:
            continue
        for j in range(k + 2, min(k + 5, len(t))):
            y = t[k + 1 : j]
            if y[-1] == "to":
                y = y[:-1]
            head = y[-1] if y else ""
            if not head or head in _NOT_NOUN or t[j] in _NOT_NOUN or _LETS.intersection(y):
                continue
            owner = _OBJECT_OWNER.get(head, f"{head}'s")
            if head in ("her", "you", "it") or (len(y) > 1 and head in _OBJECT_OWNER):
                continue
            for n in t[j + 1 : j + 4]:
                if n.endswith("'s"):
                    break  # "let me track my child's bus": the thing is a third one's
                if n not in _NOT_NOUN:
                    out.append((owner, _stem(t[j]), n))
                    break
            # role pass 83: the thing the letter's own, further on ("let my husband take out a
            # loan against my 401(k)" / "take out a loan against my husband's 401(k)"), Y a
            # noun ("let me read ebooks on my phone": the thing is Y's own)
            if not owner.endswith("'s"):
                continue
            for m in range(j + 1, min(j + _FAR, len(t) - 1)):
                if t[m] in _LETTER_OWNERS and t[m + 1] not in _NOT_NOUN:
                    if not t[m + 1].endswith("'s"):
                        out.append((owner, _stem(t[j]), t[m + 1]))
                    break
    return out


def let_user_traded(a: Parsed, b: Parsed) -> bool:
    for x, y in ((a, b), (b, a)):
        if _LETS.isdisjoint(x.words) or not _LETS.isdisjoint(y.words):
            continue
        tx, ty = _WORD_RE.findall(x.source.lower()), _WORD_RE.findall(y.source.lower())
        for owner, verb, noun in _used(tx):
            for i, w in enumerate(ty):
                if w != owner or noun not in ty[i + 1 : i + 4]:
                    continue
                between = ty[i + 1 : ty.index(noun, i + 1)]
                if any(v in _OWNERS or v.endswith("'s") for v in between):
                    continue  # "my brother's car": the brother's, not mine
                if any(_stem(v) == verb for v in ty[:i]):
                    return True
    return False


_PLURAL_RE = re.compile(r"\b([a-z]+)men\b", re.IGNORECASE)


def plural_owner_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if not any(w.endswith("men") for w in a.words + b.words):
        return None
    said = []
    for x, y in ((a, b), (b, a)):
        other = y.source.lower()

        def one(m: re.Match[str], other: str = other) -> str:
            single = m.group(1).lower() + "man"
            return m.group(1) + "man" if re.search(rf"\b{single}\b", other) else m.group(0)

        said.append(_PLURAL_RE.sub(one, x.source))
    if said[0] == a.source and said[1] == b.source:
        return None
    return parse(said[0]), parse(said[1])


# Role pass 88 (blind round 217): "have O on / at / in P's N" hosts O there as "let O V" does
# ("How do I convince a famous comic to appear on my podcast?" / "... to have me on their
# podcast?"): read as "let me appear on their podcast", the verb the other side's guest does
# before the same place, where that place is owned by O ("on my podcast"), so the guest and the
# host traded are read as a doer put after "let". A place of the same owner on both sides ("have
# me on their channel" / "let me come on their channel") is not read.
_HOST_RE = re.compile(
    r"\b(have|has|had|having) (me|us|him|her|them) (on|at|in|onto) "
    r"(my|our|his|her|their|your|its) ([a-z]+)\b",
    re.IGNORECASE,
)
_HAVE = frozenset(("have", "has", "had", "having"))
_LET_FORMS = {"have": "let", "has": "lets", "had": "let", "having": "letting"}
_NOT_VERB = _NOT_NOUN | _HAVE | frozenset("me us him them you it i we he she they be".split())
_GUEST_OWNER = {"me": "my", "us": "our", "him": "his", "her": "her", "them": "their"}


def host_said_let(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    if _HAVE.isdisjoint(a.words) and _HAVE.isdisjoint(b.words):
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        m = _HOST_RE.search(x.source)
        if m is None or _HOST_RE.search(y.source) is not None:
            continue
        guest, prep, owner, noun = (g.lower() for g in m.group(2, 3, 4, 5))
        mine = _GUEST_OWNER[guest]
        if mine == owner:
            continue  # "have me on my podcast": no host apart from the guest
        done = re.search(rf"\b([a-z]+) {prep} {mine} {noun}\b", y.source.lower())
        if done is None or done.group(1) in _NOT_VERB:
            continue
        let = _LET_FORMS[m.group(1).lower()]
        said = parse(
            f"{x.source[: m.start()]}{let} {m.group(2)} {done.group(1)} {x.source[m.start(3) :]}"
        )
        return (y, said) if flip else (said, y)
    return None


# Role pass 114 (blind rounds 245-249): "Can my candy shop employee refuse to work on
# Halloween?" / "Can I refuse to let my candy shop employee work on Halloween?", "Can my son
# refuse to go to school?" / "Can I refuse to let my son go to school?": X does V on both sides,
# but the one who refuses (declines, agrees, chooses, ...) is X on one side and the asker, who
# lets / allows / makes X V, on the other. Read as "S C to let X (to) V" on one side and "X
# (aux) C to V" on the other, the same C and V, X word for word and S not X. A C that says
# what X may or must do whoever decides ("Is my son allowed to go" / "Am I allowed to let my
# son go", "have to", "need to") is left.
_LET_OTHER = frozenset(
    "let lets letting allow allows allowing permit permits permitting make makes making force"
    " forces forcing have".split()  # role pass 124: "refuse to have X V", a causative "have"
)
_TOLD_LET = frozenset(("allow", "allows", "allowing", "permit", "permits", "permitting"))
_NOT_CHOICE = frozenset(
    """allowed permitted able supposed going ought used required obligated forced meant free
    have has had having need needs needed got get gets""".split()
)
_AUX_BETWEEN = frozenset(
    "can could will would should may might must do does did is are was were not still".split()
)
_LET_NP_MAX = 5
_LET_STOPS = frozenset("to , ; . ? ! and or but that who which if when".split())


def let_object_made_subject(a: Parsed, b: Parsed) -> bool:
    """ "X (aux) C to V" / "S C to let X V": who chooses traded, X doing V on both sides."""
    if _LET_OTHER.isdisjoint(a.words) and _LET_OTHER.isdisjoint(b.words):
        return False
    if "to" not in a.words or "to" not in b.words:
        return False
    for x, y in ((a, b), (b, a)):
        if _LET_OTHER.isdisjoint(x.words):
            continue
        tx, ty = _WORD_RE.findall(x.source.lower()), _WORD_RE.findall(y.source.lower())
        for k in range(3, len(tx) - 2):
            if tx[k] not in _LET_OTHER or tx[k - 1] != "to" or tx[k - 2] in _NOT_CHOICE:
                continue
            choose, subj = tx[k - 2], tx[k - 3]
            for e in range(k + 2, min(k + 2 + _LET_NP_MAX, len(tx))):
                np = tx[k + 1 : e]
                if np[-1] in _LET_STOPS or np[0] not in _LEADS:
                    break
                v = e + (tx[e] == "to" and tx[k] in _TOLD_LET)
                if v >= len(tx) or subj in np or tx[v] in _LET_STOPS:
                    continue
                if _chose_itself(ty, np, choose, tx[v]) or _chose_other(ty, np, choose, tx[v]):
                    return True
    return False


def _chose_other(y: list[str], np: list[str], choose: str, verb: str) -> bool:
    """Role pass 124: y says "S (aux) C to V ... NP ...", S not NP: its subject chooses and does V
    itself, NP only named after it ("Can a player refuse to play on a team captained by his ex?"
    / "Can a captain refuse to have his ex play on his team?": who plays traded)."""
    n = len(np)
    for j in range(1, len(y) - 2):
        if y[j + 1] != "to" or y[j + 2] != verb or _stem(y[j]) != _stem(choose):
            continue
        i = j - 1
        while i > 0 and y[i] in _AUX_BETWEEN:
            i -= 1
        if y[i] == np[-1] or y[i] in _LET_STOPS:
            continue
        if any(y[m : m + n] == np for m in range(j + 3, len(y) - n + 1)):
            return True
    return False


def _chose_itself(y: list[str], np: list[str], choose: str, verb: str) -> bool:
    """y says "NP (aux) C to V", C and V as x says them (C's ending aside)."""
    n = len(np)
    for i in range(len(y) - n - 2):
        if y[i : i + n] != np:
            continue
        j = i + n
        while j < len(y) and y[j] in _AUX_BETWEEN:
            j += 1
        if j + 2 < len(y) and _stem(y[j]) == _stem(choose) and y[j + 1] == "to":
            if y[j + 2] == verb:
                return True
    return False


# Role pass 120 (blind round 256): "Should I let my little brother tag along to my parkour
# sessions?" / "Should I ask my little brother to let me tag along to his parkour sessions?":
# the one let to V is X on one side and the asker on the other, X the one who lets there (the
# owner of V's place moves with them). Read as "let X V" on one side and "ask / beg / ... X to
# let me / us V" on the other, X word for word and V the same verb: who lets and who does V
# traded. "let X V" on both sides, or "ask X to let me V" on both, is one doer and is left.
_ASK_LET_RE = re.compile(
    r"\b(?:ask|beg|begg|push|pressur|urg|convinc|persuad|pester|nag|get|gett|got)"
    r"(?:ed|es|e|s|ing)? "
    r"((?:[a-z']+ ){1,4}?)to (?:let|allow) (?:me|us) (?:to )?([a-z]+)\b"
)
_LET_X = r"\b(?:let|lets|letting|allow|allows|allowed|allowing) {} (?:to )?([a-z]+)\b"


def let_asked_traded(a: Parsed, b: Parsed) -> bool:
    """ "let X V" / "ask X to let me V": X, not the asker, does V on the first side."""
    if _LETS.isdisjoint(a.words) or _LETS.isdisjoint(b.words):
        return False
    sa, sb = a.source.lower(), b.source.lower()
    return _let_asked(sa, sb) or _let_asked(sb, sa)


def _let_asked(x: str, y: str) -> bool:
    """``y`` "ask X to let me V", ``x`` "let X V" (not "to let me V" again)."""
    asked = {(m.group(1).strip(), _stem(m.group(2))) for m in _ASK_LET_RE.finditer(y)}
    if not asked or _ASK_LET_RE.search(x) is not None:
        return False
    for np, verb in asked:
        if np.split()[0] not in _LEADS:
            continue  # X a noun phrase ("my little brother"), not "me"
        for m in re.finditer(_LET_X.format(re.escape(np)), x):
            if _stem(m.group(1)) == verb:
                return True
    return False


# Role pass 131 (blind rounds 267-269): "persuade my club to let kids pitch at the adult
# tournament" / "persuade the kids' club to let adults pitch at their tournament": the one let
# to V is X on one side and Y on the other, the same verb after it, X named elsewhere on the
# other side (here as the host: "the kids' club") and Y named elsewhere on this one ("the adult
# tournament"): the guest and the host traded. The same one let ("let kids pitch in the adult
# tournament" reworded) is left, and so is the other named as the one V is done with ("let kids
# play with adults" / "let adults play with kids": a mutual act).
_LET_ONLY = frozenset("let lets letting allow allows allowing permit permits permitting".split())
_LET_DOER_MAX = 3
_MUTUAL_BEFORE = frozenset("with against and or alongside versus vs beside".split())


def let_doers_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 131: "let X V ... Y ..." / "let Y V ... X ...", the words the same."""
    if _LET_ONLY.isdisjoint(a.words) or _LET_ONLY.isdisjoint(b.words) or a.content != b.content:
        return False
    da, db = _let_doer(a), _let_doer(b)
    if da is None or db is None:
        return False
    (ha, ia, ja, va), (hb, ib, jb, vb) = da, db
    if ha == hb or va != vb or not ha or not hb:
        return False
    return _named_apart(b, ha, ib, jb) and _named_apart(a, hb, ia, ja)


def _let_doer(p: Parsed) -> tuple[str, int, int, str] | None:
    """(the head of the one let, where that phrase starts and ends, the verb after it) for the
    only "let / allow / permit X (to) V" of ``p``; X a noun phrase of at most three words."""
    w, c = p.words, p.canon
    lets = [k for k, x in enumerate(w) if x in _LET_ONLY]
    if len(lets) != 1:
        return None
    k = lets[0] + 1
    s = k + (k < len(w) and w[k] in _LEADS)
    for e in range(s + 1, min(s + 1 + _LET_DOER_MAX, len(w))):
        v = e + (w[e] == "to")
        if v >= len(w) or not c[e - 1] or w[e - 1] in _NOT_NOUN:
            return None
        if w[e] == "to" or (c[e] and _verb_next(w, v)):
            return c[e - 1], s, e, c[v]
    return None


def _verb_next(w: tuple[str, ...], v: int) -> bool:
    """Word ``v`` is followed by a preposition, a determiner or nothing: read as the verb."""
    return v + 1 >= len(w) or w[v + 1] in _LEADS or w[v + 1] in _AFTER_VERB


_AFTER_VERB = frozenset("at in on to for with from into onto during by up out".split())


def _named_apart(p: Parsed, head: str, s: int, e: int) -> bool:
    """``head`` named in ``p`` outside its let phrase, not after "with / against / and"."""
    for i, x in enumerate(p.canon):
        if x == head and not s <= i < e:
            if i > 0 and p.words[i - 1] in _MUTUAL_BEFORE:
                return False
            return True
    return False
