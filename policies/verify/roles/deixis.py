"""Role pass 56 (blind round 158-160): "come" and "go" name one motion from two ends, so
"the mail my old roommate gets is still coming to me" / "the mail I get is still going to my
old roommate" say where the mail goes and whose it is with the two people traded. A side with
a form of "come" where the other says the same form of "go" is read with "go" on both, and the
roles compared as for any other pair ("still coming to me" / "still going to me": the same)."""

from __future__ import annotations

from policies.verify.text import Parsed, parse

_GO = {"come": "go", "comes": "goes", "coming": "going", "came": "went"}


def come_said_go(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both sides read with "go" for "come", when one says "come" and the other "go"."""
    wa, wb = set(a.words), set(b.words)
    gone = {_GO[w] for w in _GO.keys() & wa} & wb or {_GO[w] for w in _GO.keys() & wb} & wa
    if not gone:
        return None
    return _said(a), _said(b)


def _said(p: Parsed) -> Parsed:
    if _GO.keys().isdisjoint(p.words):
        return p
    return parse(" ".join(_GO.get(w, w) for w in p.words))
