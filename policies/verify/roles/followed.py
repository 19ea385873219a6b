"""Role pass 41 (blind rounds 122-124): readings that let the role readers see a trade.

``followup_dropped``: a follow-up sentence the same on both sides but for a pronoun ("How do I
stop?" / "How do I stop it?") left out, so the one sentence with the trade is read ("I keep
cutting off the faster rider" / "The faster rider keeps cutting me off"). ``frame_subject_said``:
"Is it ADJ to V" read as "I V" and "Is it ADJ for X to V" as "X V" ("Is it rude to ask the barn
owner to move her horse" / "Is it rude for the barn owner to ask me to move my horse"): the one
who acts said as the subject. ``business_owner_said``: "my N's M" read as "my M" where the other
side says "my N X's M" ("audit my car wash's books" / "audit my car wash franchisor's books"):
N names the asker's own business on one side and modifies the other party on the other.
``patient_traded``: the same passive ("got / was damaged") with its subject traded for a noun the
other side names after it ("My employee's car got damaged going through our tunnel" / "Our
tunnel got damaged by my employee's car"): the thing harmed changed.

Role pass 91 (blind rounds 218-220): ``judged_doer_traded``, the frame's doer read as a trade
of its own: "Is it ADJ to V ... X ..." (the asker's act judged) against "Is it ADJ for X to ...
me ..." (X's act judged, the asker named in it: "Is it rude to pass a slower skater on the
inside?" / "Is it rude for a slower skater to let me pass on the inside?"), where the reading
as "I V" / "X V" finds no trade because both still say the asker passes. Left: the asker's act
making X act ("to have / let / get X V", "Is it okay to have my friend drive me" / "for my
friend to drive me"), the asker undergoing it ("to be V-ed by X"), the asker named only as an
owner ("for my dog to eat my grapes") or as X's peer or source ("with me", "from me", "the
delegate I'm co-sponsoring with"), and a mutual act ("date", "argue", "meet").
"""

from __future__ import annotations

import re

from policies.verify.roles.recast import MUTUAL
from policies.verify.roles.sentences import PRONOUNS, sentences_apart
from policies.verify.roles.written import MARKS, tokens
from policies.verify.text import Parsed, parse


def followup_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """The one sentence apart in its words, every other sentence apart in pronouns only (one at
    least, "it" counted): that sentence read alone."""
    if a.words == b.words or a.content != b.content:
        return None  # the trade keeps the content words; the follow-up differs in a pronoun
    apart = sentences_apart(a.source, b.source, people_words=PRONOUNS)
    if apart is None:
        return None
    return parse(apart[0]), parse(apart[1])


_FRAME_RE = re.compile(
    r"\b(?:is|was|would|will|isn't|wasn't) it (?:be )?(?:\w+ )?(?:rude|okay|ok|fine|normal|"
    r"legal|illegal|weird|wrong|acceptable|appropriate|allowed|reasonable|unreasonable|fair|"
    r"unfair|bad|common|unusual|possible|safe|ethical|unethical|polite|right)"
    r" (?:for ((?:[\w']+ ){1,4}?))?to ",
    re.IGNORECASE,
)


def frame_subject_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "Is it ADJ (for X) to V ..." read as "I V ..." / "X V ...", when one side names X; role
    pass 86: also where the other side asks leave in another frame, "Is / Am X allowed to V"
    read as "X V", "Can / May I (you) V" as "I V" ("Is it okay to record the session leader" /
    "... for the session leader to record me", the first written "Can you record ..."; "Is the
    teen referee I mentor allowed to evaluate me?" / "Can I evaluate the teen referee I
    mentor?")."""
    words = a.words + b.words
    if not (("it" in words and "for" in words) or not _PERMITTED.isdisjoint(words)):
        return None
    fa, fb = _framed(a.source), _framed(b.source)
    if fa is None or fb is None:
        return None
    if fa[0] == fb[0] and (fa[0] != "it" or (fa[1] is None) == (fb[1] is None)):
        return None  # the same frame: its doers are read as they stand
    if fa[0] != fb[0] and any(f[1] and f[1].split()[-1].lower() == "with" for f in (fa, fb)):
        # "Is the delegate I'm co-sponsoring with allowed to drop me?": one the asker acts
        # with, a peer in the same role, whichever of the two does it
        return None
    said = []
    for doer, rest in ((fa[1], fa[2]), (fb[1], fb[2])):
        doer = (doer or "I").strip()
        said.append(parse(f"{'I' if doer.lower() in _ASKER else doer} {rest}"))
    return said[0], said[1]


# role pass 86: the other frames that ask leave to act, each read as its doer and the rest
_PERMITTED = frozenset(("allowed", "permitted"))
_ASKER = frozenset(("me", "i", "you"))
_ALLOWED_RE = re.compile(
    r"^\s*(?:is|are|am)\s+((?:[\w']+\s+){1,6}?)(?:allowed|permitted)\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)
_CAN_RE = re.compile(r"^\s*(?:can|may|could)\s+(i|you)\s+(?=[a-z])", re.IGNORECASE)


def _framed(source: str) -> tuple[str, str | None, str] | None:
    """(the frame, its doer or None for the asker, the rest after it) or None."""
    m = _FRAME_RE.search(source)
    if m is not None:
        return "it", m.group(1), source[m.end() :]
    m = _ALLOWED_RE.match(source) or _CAN_RE.match(source)
    if m is None:
        return None
    kind = "can" if m.re is _CAN_RE else "allowed"
    return kind, m.group(1), source[m.end() :]


_OWNED_RE = re.compile(r"\bmy ((?:[a-z]+ ){0,1}[a-z]+)'s ([a-z]+)\b", re.IGNORECASE)


def business_owner_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "my N's M" (N the asker's business) read as "my M" where the other side says "my N X's"
    (N modifying another party X), and "my N X's" read as "my X's"."""
    if "my" not in a.words or "my" not in b.words or "'s" not in a.source + b.source:
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        for m in _OWNED_RE.finditer(x.source):
            n = m.group(1).lower()
            other = re.search(rf"\bmy {re.escape(n)} ([a-z]+)'s\b", y.source, re.IGNORECASE)
            if other is None or other.group(1).lower() == m.group(2).lower():
                continue
            sx = f"{x.source[: m.start()]}my {m.group(2)}{x.source[m.end() :]}"
            sy = f"{y.source[: other.start()]}my {other.group(1)}'s{y.source[other.end() :]}"
            return (parse(sy), parse(sx)) if flip else (parse(sx), parse(sy))
    return None


_PASSIVE_AUX = frozenset("got get gets was were is are".split())
_LEADS = frozenset("the a an my our your his her their its this that".split())


def _patient(t: tuple[str, ...]) -> tuple[str, str, int] | None:
    """The head of a passive's subject at the start ("my employee's car got damaged") and
    its participle."""
    for k in range(1, min(len(t) - 1, 6)):
        if t[k] in _PASSIVE_AUX and t[k + 1].endswith("ed") and len(t[k + 1]) > 4:
            if t[0] not in _LEADS or any(w in MARKS for w in t[:k]):
                return None
            return t[k - 1], t[k + 1], k + 2
    return None


def patient_traded(a: Parsed, b: Parsed) -> bool:
    """The same passive's subject changed to a noun each side names elsewhere, the other
    side's subject named too, one side with "by" after the participle: the one harmed is the
    other."""
    if "by" not in a.words and "by" not in b.words:
        return False
    ta, tb = tokens(a.source), tokens(b.source)
    pa, pb = _patient(ta), _patient(tb)
    if pa is None or pb is None or pa[1] != pb[1] or pa[0] == pb[0]:
        return False
    if "by" not in (ta[pa[2] : pa[2] + 1] + tb[pb[2] : pb[2] + 1]):
        return False  # a passive with its doer ("got damaged by"), no "got engaged to"
    ha, hb = pa[0].removesuffix("'s"), pb[0].removesuffix("'s")
    rest_a = {w.removesuffix("'s") for w in ta[pa[2] :]}
    rest_b = {w.removesuffix("'s") for w in tb[pb[2] :]}
    return hb in rest_a and ha in rest_b


_OF_RE = re.compile(r"\bthe ((?:[a-z]+ )?[a-z]+) of (?=[a-z])", re.IGNORECASE)


def of_owner_collapsed(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "the M of X ..." read as "X ..." where the other side says "my M" read as "me" ("Can I
    garnish the wages of someone who owes me ..." / "Can someone I owe ... garnish my wages?"):
    the owner of M is the one acted on."""
    if ("of" not in a.words and "of" not in b.words) or ("my" not in a.words + b.words):
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        for m in _OF_RE.finditer(x.source):
            owned = m.group(1).lower()
            mine = re.search(rf"\bmy {re.escape(owned)}\b", y.source, re.IGNORECASE)
            if mine is None or re.search(rf"\bmy {re.escape(owned)}\b", x.source, re.IGNORECASE):
                continue
            sx = x.source[: m.start()] + x.source[m.end() :]
            sy = f"{y.source[: mine.start()]}me{y.source[mine.end() :]}"
            return (parse(sy), parse(sx)) if flip else (parse(sx), parse(sy))
    return None


_CHAIN_RE = re.compile(r"\bmy ([a-z]+)'s ([a-z]+)\b", re.IGNORECASE)


def chain_owner_collapsed(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "my X's M" read as "my M" where the other side says "another / the / a N's M" ("he got
    into my horse's feed" / "he got into another boarder's feed"): the asker's M against
    another party's; role pass 95: also against "my Y's M" with Y named on this side
    (``_kind_owner_collapsed``)."""
    both = a.source + b.source
    if ("my" not in a.words and "my" not in b.words) or (
        "'s" not in both and "\u2019s" not in both
    ):
        return None
    for x, y, flip in ((a, b, False), (b, a, True)):
        for m in _CHAIN_RE.finditer(x.source):
            owned = m.group(2).lower()
            other = re.search(
                rf"\b(?:another|the|a|an) ([a-z]+)'s {re.escape(owned)}\b", y.source, re.IGNORECASE
            )
            if other is None or other.group(1).lower() == m.group(1).lower():
                continue
            sx = f"{x.source[: m.start()]}my {m.group(2)}{x.source[m.end() :]}"
            return (y, parse(sx)) if flip else (parse(sx), y)
    if "my" in a.words and "my" in b.words:  # role pass 95: "my homeowner's insurance"
        for x, y, flip in ((a, b, False), (b, a, True)):
            said = _kind_owner_collapsed(x, y)
            if said is not None:
                return (said[1], said[0]) if flip else said
    for x, y, flip in ((a, b, False), (b, a, True)):  # role pass 110: "his friend's parent's"
        said_x = _household_collapsed(x, y)
        if said_x is not None:
            return (y, said_x) if flip else (said_x, y)
    return None


# Role pass 110 (round 243): "his friend's parent's N" read as "his friend's N" where the other
# side names no parent ("if my kid's friend gets hurt riding in my cargo bike" / "if my kid
# gets hurt riding in his friend's parent's cargo bike"): a child's family's thing is the
# child's side's, against the asker's ("my N"), so the hurt child traded with the owner reads.
_HOUSEHOLD_RE = re.compile(
    r"\b((?:his|her|their|my|our|your|the|a) [a-z]+)['\u2019]s"
    r" (parent|parents|mom|mum|dad|mother|father|family)(?:['\u2019]s|['\u2019])(?= [a-z])",
    re.IGNORECASE,
)
_HOUSEHOLD = frozenset("parent parents mom mum dad mother father family".split())


def _household_collapsed(x: Parsed, y: Parsed) -> Parsed | None:
    """``x`` with "A's parent's" said "A's" when ``y`` names no such household kin and says
    "my" / "our" (the asker's side against the other child's)."""
    if "'" not in x.source and "\u2019" not in x.source:
        return None
    if _HOUSEHOLD.isdisjoint(x.words) or not _HOUSEHOLD.isdisjoint(y.words):
        return None
    if "my" not in y.words and "our" not in y.words:
        return None
    sx, n = _HOUSEHOLD_RE.subn(lambda m: m.group(1) + "'s", x.source)
    return parse(sx) if n else None


_OTHERS_RE = re.compile(r"\bmy ((?:[a-z]+'s )*([a-z]+)'s )([a-z]+)(?: ([a-z]+))?", re.IGNORECASE)


def _kind_owner_collapsed(x: Parsed, y: Parsed) -> tuple[Parsed, Parsed] | None:
    """Role pass 95: "my X's M" or "my X M" read as "my M" where the other side says "my (Z's)
    Y's (K) M" and names no X, this side naming Y as a party elsewhere ("Does my homeowner's
    insurance cover the greenhouse my tenant put up?" / "Does my tenant's (renters) insurance
    cover the greenhouse I put up?"): X and K the kinds of each one's own M ("homeowner's",
    "renters"), the M the asker's against the other party's, so the owner's trade with a doer
    is read."""
    xs, ys = x.source.replace("\u2019", "'"), y.source.replace("\u2019", "'")
    if "'s" not in ys:
        return None
    for other in _OTHERS_RE.finditer(ys):
        party = other.group(2).lower()
        for kind, owned in ((None, other.group(3)), (other.group(3), other.group(4))):
            if owned is None:
                continue
            mine = re.search(rf"\bmy ([a-z]+)(?:'s)? {re.escape(owned)}\b", xs, re.IGNORECASE)
            if mine is None or mine.group(1).lower() in y.words or mine.group(1).lower() == party:
                continue
            rest = f"{xs[: mine.start()]} {xs[mine.end() :]}"
            if not re.search(
                rf"\b(?:my|our|the|a|an|[a-z]+'s) {re.escape(party)}\b", rest, re.IGNORECASE
            ):
                continue  # Y not named on this side as a party of its own: no doer to trade with
            sx = f"{xs[: mine.start()]}my {owned}{xs[mine.end() :]}"
            end = other.end(3) if kind is None else other.end()
            sy = f"{ys[: other.start()]}my {other.group(1)}{owned}{ys[end:]}"
            return parse(sx), parse(sy)
    return None


# role pass 91: the frame's doer the asker on one side and X on the other, each naming the other
_ADJ_RE = re.compile(r"(\w+) (?:for (?:[\w']+ )+?)?to $", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z']+")
_ASKER_NAMED = frozenset(("me", "us"))
_PEER_OR_SOURCE = frozenset(("with", "from", "by", "than", "like"))
# the asker's act that makes X act, or the asker undergoing it: the same conduct either way
_CAUSING = frozenset("let lets have has make allow help be being been get got getting ask".split())
_NOT_DOERS = frozenset("me us i we you myself ourselves yourself someone".split())
_MUTUAL_ACTS = MUTUAL | frozenset("marry married marrying dating meeting hang hanging".split())


def judged_doer_traded(a: Parsed, b: Parsed) -> bool:
    """ "Is it ADJ to V ... X ..." / "Is it ADJ for X to ... me ...": whose conduct is judged
    traded between the asker and X, each side naming the other. The asker's side may be
    rewritten "Can I / you V" and X's side said "Is X allowed to V" (the frames of
    ``frame_subject_said``); two "Is it ADJ" frames must judge by the same ADJ."""
    words = a.words + b.words
    if _ASKER_NAMED.isdisjoint(words) or ("for" not in words and _PERMITTED.isdisjoint(words)):
        return False
    fa, fb = _framed(a.source), _framed(b.source)
    if fa is None or fb is None:
        return False
    for (kind, own, mine_said), (other, doer_said, theirs_said), x, y in (
        (fa, fb, a, b),
        (fb, fa, b, a),
    ):
        if kind == "allowed" or other == "can" or doer_said is None:
            continue  # ``x`` the asker's act, ``y`` X's
        if own is not None and own.strip().lower() not in _ASKER:
            continue
        if kind == other == "it" and _judged(x.source) != _judged(y.source):
            continue  # "Is it rude to V" / "Is it legal for X to V": another judgment
        doer = _WORD_RE.findall(doer_said.lower())
        if not doer or not _NOT_DOERS.isdisjoint(doer) or doer[-1] in _PEER_OR_SOURCE:
            continue  # "for me (and my son) to": the asker there too; "the delegate I'm
            # co-sponsoring with": a peer, either of the two may do it
        mine = _WORD_RE.findall(mine_said.lower())
        theirs = _WORD_RE.findall(theirs_said.lower())
        if not mine or not theirs or mine[0] in _CAUSING or doer[-1] not in mine:
            continue  # "to let X V", "to be V-ed by X"; X named in the asker's act
        if not _MUTUAL_ACTS.isdisjoint(mine) or not _MUTUAL_ACTS.isdisjoint(theirs):
            continue
        if any(
            w in _ASKER_NAMED and theirs[k - 1] not in _PEER_OR_SOURCE
            for k, w in enumerate(theirs)
            if k
        ):
            return True  # "for X to let me V", "for X to V me"
    return False


def _judged(source: str) -> str:
    m = _FRAME_RE.search(source)
    adj = _ADJ_RE.search(m.group(0)) if m is not None else None
    return adj.group(1).lower() if adj is not None else ""
