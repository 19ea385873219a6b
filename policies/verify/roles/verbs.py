"""The directed verbs table and the pronoun / noun-phrase word classes the readers share."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.text import Parsed

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
ship mail post hand deliver return
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
