"""Rules on what a prompt asks for as a whole: the text it pastes, how many asks it makes,
an ask or an exclusion one side adds ("What is Docker and how do I install it?" / "What is
Docker?", "Summarize: <text>" / "Summarize: <the text and one more sentence>")."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.diffs import Diff
from policies.verify.direction import common_ends, keys
from policies.verify.text import Parsed

# Pasted text: an instruction of one sentence ends at the first ":", "?" or line break (or
# at a full stop before one), and the text it works on follows. Quotes, backticks and
# fences around the text are not part of it, nor is a ":" or "?" inside a URL.
_TOKEN_RE = re.compile(r"\w+|[:?](?=\s|$)|[^\w\s:?\"'`\u2018\u2019\u201c\u201d]")
_BOUNDARY = frozenset(":?\n")
_ENDS = frozenset(".!?\n")
_INSTRUCTION = 20  # tokens at most before the boundary: a short instruction
_SHARED_BODY = 6  # tokens of the pasted text both sides carry around the change
_INTO_BODY = 2  # tokens of the pasted text both sides carry before the change


def _tokens(text: str) -> list[str]:
    tokens = _TOKEN_RE.findall(text.replace("\r", "").lower().replace("\n", " \n "))
    while tokens and tokens[-1] == "\n":
        tokens.pop()
    return tokens


# What an instruction that comes before its text says: a pointer at the text, or a verb
# that works on a text ("Patient note:", "System instructions:" or "Title:" head a text).
_TEXT_VERBS = frozenset(
    """
    summarize summarise summary tl tldr shorten condense expand elaborate paraphrase rephrase
    reword rewrite proofread check fix correct translate translation convert turn make
    classify extract list pull give suggest write explain simplify count sort alphabetize
    label tag format reformat edit improve polish draft reply respond analyze analyse review
    grade rate
    """.split()
)
_TEXT_POINTERS = frozenset("this these following below text".split())


def _boundary(tokens: list[str]) -> int:
    """Where a one-sentence instruction ends, or -1."""
    for k, t in enumerate(tokens[: _INSTRUCTION + 1]):
        if t in _BOUNDARY or (t in _ENDS and tokens[k + 1 : k + 2] == ["\n"]):
            head = tokens[:k]
            if _TEXT_POINTERS.isdisjoint(head) and _TEXT_VERBS.isdisjoint(head):
                return -1
            return k if t in _BOUNDARY else k + 1
        if t in _ENDS:
            return -1
    return -1


def _in_last_question(tokens: list[str], start: int) -> bool:
    """The tokens from ``start`` on are in the prompt's last sentence, a question: the
    asker's own question after a context, which the other rules compare."""
    return tokens[-1:] == ["?"] and _ENDS.isdisjoint(tokens[start:-1])


_POINTERS = frozenset(("following", "above", "below", "attached"))
_POINTER_LEADS = frozenset(("this", "these", "the", "that", "my"))


def _names_the_text(tokens: list[str]) -> bool:
    """The tokens point at the pasted text ("the following", "this note"): an instruction
    written after its text, not a part of the text."""
    for k, t in enumerate(tokens):
        if t in _POINTERS:
            return True
        if t in _POINTER_LEADS and k + 1 < len(tokens) and tokens[k + 1] in lx.DEICTIC_NOUNS:
            return True
    return False


def _sentence(tokens: list[str], start: int, end: int) -> list[str]:
    """The tokens from the sentence start before ``start`` to the sentence end after ``end``."""
    while start > 0 and tokens[start - 1] not in _ENDS:
        start -= 1
    while end < len(tokens) and tokens[end] not in _ENDS:
        end += 1
    return tokens[start:end]


def pasted_text_mismatch(a: Parsed, b: Parsed) -> bool:
    """Both prompts give an instruction and then paste a text, and the texts differ where
    both have started saying the same thing: a name, a number, one word or a sentence
    added or removed ("Summarize: <email>" / "Summarize: <email> Let me know if you have
    any questions."). The instruction may be reworded; the text it works on may not."""
    ta, tb = _tokens(a.source), _tokens(b.source)
    if ta == tb:
        return False
    i, j = common_ends(ta, tb)
    ba, bb = _boundary(ta), _boundary(tb)
    if ba < 0 or bb < 0 or ba >= i or bb >= i:
        return False  # the change is in the instruction (or there is no instruction)
    if _in_last_question(ta, i) and _in_last_question(tb, i):
        return False
    if _names_the_text(_sentence(ta, i, len(ta) - j)) or _names_the_text(
        _sentence(tb, i, len(tb) - j)
    ):
        return False
    into = [t for t in ta[max(ba, bb) + 1 : i] if t != "\n"]
    shared = len(into) + sum(1 for t in ta[len(ta) - j :] if t != "\n")
    return len(into) >= _INTO_BODY and shared >= _SHARED_BODY


# Asks: a clause that starts with a question word after a break or a coordinator. A clause
# that opens a sentence with "when" / "where" / "if" and ends at a comma sets a condition
# ("When my dog is sick, what should I do?"), it asks nothing.
_SEGMENT_RE = re.compile(r"([^,;?.!:\n]+)([,;?.!:\n]*)")
_COORDINATOR_RE = re.compile(r"\s*\b(?:and|also|plus|then|or)\b\s*")
_WH = frozenset("what how why where when who which whether".split())
_CONDITION = frozenset("when where while whenever if".split())
_POLAR = frozenset("is are do does can could should would will did was were".split())
# "Can you ..." / "Could you ..." is a request, not a yes/no question of its own.
_SUBJECTS = frozenset("i we it there they this that my he she".split())


_ASIDE_RE = re.compile(r"\([^()]*\)")


def _asks(text: str) -> int:
    n = 0
    for m in _SEGMENT_RE.finditer(_ASIDE_RE.sub(" ", text.lower())):
        for part in _COORDINATOR_RE.split(m.group(1)):
            words = part.split()
            if len(words) < 2:
                continue  # a bare "why?" / "where and how" asks about the same thing
            head = words[0]
            if head in _WH:
                if head in _CONDITION and m.group(2).startswith(","):
                    continue
                n += 1
            elif head in _POLAR and len(words) > 2 and words[1] in _SUBJECTS:
                n += 1
    return n


def ask_count_mismatch(a: Parsed, b: Parsed, d: Diff) -> bool:
    """One side makes more asks than the other with the same content words, and one of
    them makes several ("What is a REST API, what is GraphQL, and which should I use?" /
    "What is a REST API and what is GraphQL?"): the answer to the fewer asks leaves one
    out, and the words alone look like a paraphrase. An ask that brings words of its own
    is left to the other rules and the classifier."""
    if d.only_cached or d.only_incoming:
        return False
    na, nb = _asks(a.source), _asks(b.source)
    return na != nb and max(na, nb) >= 2


_COORDINATORS = frozenset("~and ~or ~plus ~also ~then ~&".split())


def added_conjunct(a: Parsed, b: Parsed, d: Diff) -> bool:
    """The same words but for one more conjunct on one side: an ask, a step or a thing
    joined with "and" / "or" ("Fix the bug and add type hints: <code>" / "Fix the bug:
    <code>", "a README with installation steps and usage examples" / "... with
    installation steps"). Widened in hardening pass 42 (blind rounds 279 and 281) to one
    item grown into a list of new things ("a cart with one steamer" / "a cart with a
    steamer, griddle and fridge"): an article or "one" / "single" before the first item may
    differ, and the list's later items may be joined by commas, so "and" need not end the
    added words."""
    if bool(d.only_cached) == bool(d.only_incoming) and (d.only_cached or d.only_incoming):
        return False  # each side has words the other lacks: a swap, not an addition
    ka, kb = keys(a), keys(b)
    i, j = common_ends(ka, kb)
    ma, mb = ka[i : len(ka) - j], kb[i : len(kb) - j]
    if ma and mb:
        # "one steamer" / "a steamer, griddle and fridge": the determiners before the item
        ma, mb = _after_determiner(ma), _after_determiner(mb)
        if not ma or not mb or ma == mb:
            return False
        i, j = common_ends(ma, mb)
        if i == 0:  # the first item is not the one the other side names
            return False
        ma, mb = ma[i : len(ma) - j], mb[i : len(mb) - j]
        if ma and mb:
            return False
    added = ma or mb
    if len(added) < 2:
        return False
    if not (added[0] in _COORDINATORS or added[-1] in _COORDINATORS):
        # ", griddle and fridge" after the item: a comma-joined list of new things
        longer, shorter = (a, kb) if ma else (b, ka)
        if not _listed(added, longer, shorter):
            return False
    return any(not k.startswith("~") for k in added)


# Said before a single item ("with one steamer", "with a single steamer", "with a steamer").
_ITEM_DETERMINERS = frozenset("~a ~an ~one ~the singl".split())
# Words inside a list of things: "a kid, two adults and a dog"
_LIST_FILLERS = frozenset("~a ~an ~the ~some ~my ~our".split())


def _after_determiner(keys_: list[str]) -> list[str]:
    k = 0
    while k < len(keys_) and keys_[k] in _ITEM_DETERMINERS:
        k += 1
    return keys_[k:]


def _listed(added: list[str], longer: Parsed, shorter: list[str]) -> bool:
    """``added`` continues a comma-joined list of things the other side does not name at all
    (", griddle and fridge", ", two adults and a dog"): content words, articles and one
    coordinator inside it, a content word last."""
    if "," not in longer.source or added[-1].startswith("~"):
        return False
    joins = [k for k in added if k in _COORDINATORS]
    if len(joins) != 1 or added[0] in _COORDINATORS:
        return False
    items = [k for k in added if not k.startswith("~")]
    if any(k.startswith("~") and k not in _COORDINATORS and k not in _LIST_FILLERS for k in added):
        return False
    return bool(items) and all(k not in shorter for k in items)


# Verbs that exclude what they govern: "and avoid using arrow functions" on one side only
# asks for the opposite of the other.
_EXCLUDING = frozenset("avoid skip exclud omit ignor except".split())


def added_exclusion(d: Diff) -> bool:
    """One side adds only a verb that excludes ("Explain closures, avoid using arrow
    functions" / "Explain closures, using arrow functions")."""
    only = d.only_cached or d.only_incoming
    if not only or (d.only_cached and d.only_incoming):
        return False
    return bool(only & _EXCLUDING)


_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s\"'<>]+", re.IGNORECASE)


def address_mismatch(a: Parsed, b: Parsed) -> bool:
    """The e-mail addresses or URLs differ ("sales@acme.com or help@acme.com" / "... or
    support@acme.com"): parts of an address may be stopwords the word rules skip."""
    if "@" not in a.source + b.source and "://" not in a.source + b.source:
        return False
    return _addresses(a.source) != _addresses(b.source)


def path_mismatch(a: Parsed, b: Parsed) -> bool:
    """The rooted paths differ ("cd /etc" / "cd etc", "ls ~/bin" / "ls bin"): the slash is
    no word, and the words alone are the same."""
    return "/" in a.source + b.source and _paths(a.source) != _paths(b.source)


# A rooted file-system path as written ("/etc", "~/bin", "./build"), never a ratio or
# unit ("km/h", "3/8", "24/7") nor part of a URL.
_PATH_RE = re.compile(r"(?<![\w/.:~-])(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]*)*")


def _paths(text: str) -> frozenset[str]:
    """Paths named, as written: "cd /etc" and "cd etc" go to two directories."""
    return frozenset(m.rstrip(".,;:!?)") for m in _PATH_RE.findall(text) if "//" not in m)


_SCHEME_RE = re.compile(r"^https?://(?:www\.)?")


def _addresses(text: str) -> frozenset[str]:
    """Addresses without what never changes where they lead: the scheme, "www.", a
    trailing "/" or full stop."""
    return frozenset(
        _SCHEME_RE.sub("", m.rstrip(".,;:!?)").lower()).rstrip("/")
        for m in _ADDRESS_RE.findall(text)
    )
