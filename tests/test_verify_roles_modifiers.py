"""Two modifiers (or owners) exchanged between two nouns, every other word kept (blind round 77,
policies/verify/roles/modifiers.py): refused both ways; the same modifiers on the same nouns said
another way, and symmetric relations, are served."""

from __future__ import annotations

from dataclasses import replace

import pytest

from policies.verify import VerifyConfig, roles, verify
from policies.verify.roles.modifiers import modifiers_exchanged
from policies.verify.text import parse

# Served by the policy on 8c5d9a3 (blind round 77), with the all-MiniLM-L6-v2 cosine.
ROUND_77 = [
    (
        "An in-network hospital sent my labs to an out-of-network lab. Can I appeal the bill?",
        "An out-of-network hospital sent my labs to an in-network lab. Can I appeal the bill?",
        0.998,
    ),
    (
        "An in-network surgeon was assisted by an out-of-network doctor. Can I appeal the "
        "surprise bill?",
        "An out-of-network surgeon was assisted by an in-network doctor. Can I appeal the "
        "surprise bill?",
        0.999,
    ),
    (
        "My ex-husband's plan covers our son, but the claim was sent to my plan. Which of us "
        "should appeal?",
        "My plan covers our son, but the claim was sent to my ex-husband's plan. Which of us "
        "should appeal?",
        0.993,
    ),
    (
        "Is it unfair that kids whose parents volunteer seem to get better seats than mine?",
        "Is it unfair that my kids seem to get better seats than kids whose parents volunteer?",
        0.973,
    ),
    (
        "A shop employee test-driving my car rear-ended another car. Who pays?",
        "My car was rear-ended by a shop employee test-driving another car. Who pays?",
        0.971,
    ),
]

# The same shape in other domains.
SWAPPED = [
    (
        "A private school sent my transcript to a public university. Can I get a refund?",
        "A public school sent my transcript to a private university. Can I get a refund?",
    ),
    (
        "A licensed electrician was supervised by an unlicensed apprentice. Is that legal?",
        "An unlicensed electrician was supervised by a licensed apprentice. Is that legal?",
    ),
    (
        "My sister's lawyer drafted the will, but the estate hired my lawyer. Is that a conflict?",
        "My lawyer drafted the will, but the estate hired my sister's lawyer. Is that a conflict?",
    ),
    (
        "A vaccinated nurse treated an unvaccinated patient. Should the clinic tell anyone?",
        "An unvaccinated nurse treated a vaccinated patient. Should the clinic tell anyone?",
    ),
    (
        "My landlord's dog bit my dog. Who pays the vet?",
        "My dog bit my landlord's dog. Who pays the vet?",
    ),
    (
        "A contractor fixing my roof damaged another roof. Who pays?",
        "My roof was damaged by a contractor fixing another roof. Who pays?",
    ),
    (
        "A valet parking my car scraped another car. Is the garage liable?",
        "My car was scraped by a valet parking another car. Is the garage liable?",
    ),
]

# "than mine" against "my N", read again as "than my N".
MINE = [
    (
        "Is it fair that players whose parents coach get more minutes than mine?",
        "Is it fair that my players get more minutes than players whose parents coach?",
    ),
    (
        "Why do students whose parents donate get better grades than mine?",
        "Why do my students get better grades than students whose parents donate?",
    ),
]

# True duplicates: the modifiers stay with their nouns, or the relation holds both ways.
SAME = [
    (
        "An in-network hospital sent my labs to an out-of-network lab. Can I appeal the bill?",
        "My labs were sent to an out-of-network lab by an in-network hospital. Can I appeal the "
        "bill?",
    ),
    (
        "An in-network hospital sent my labs to an out-of-network lab. Can I appeal the bill?",
        "Can I appeal the bill? An in-network hospital sent my labs to an out-of-network lab.",
    ),
    (
        "What is the difference between a public school and a private school?",
        "What is the difference between a private school and a public school?",
    ),
    (
        "Can I see an in-network doctor and an out-of-network doctor on the same day?",
        "Can I see an out-of-network doctor and an in-network doctor on the same day?",
    ),
    (
        "A public school sent my transcript to a private university. Can I get a refund?",
        "My transcript was sent to a private university by a public school. Can I get a refund?",
    ),
    (
        "A shop employee test-driving my car rear-ended another car. Who pays?",
        "Another car was rear-ended by a shop employee test-driving my car. Who pays?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND_77)
def test_round_77_modifier_swaps_are_refused(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, cosine, VerifyConfig()).accept
        assert roles.role_swap(parse(x), parse(y))


@pytest.mark.parametrize(("cached", "incoming"), SWAPPED)
def test_modifier_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept
        assert modifiers_exchanged(parse(x), parse(y))


@pytest.mark.parametrize(("cached", "incoming"), SAME)
def test_modifiers_kept_with_their_nouns_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not modifiers_exchanged(parse(x), parse(y))
        assert verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), MINE)
def test_than_mine_against_my_n_is_read_again(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept
        assert roles.role_swap(parse(x), parse(y))


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        (
            "Is it unfair that kids whose parents volunteer get better seats than mine?",
            "Is it unfair that kids whose parents volunteer get better seats than my kids?",
        ),
        ("Is my sister's house bigger than mine?", "Is my sister's house bigger than my house?"),
    ],
)
def test_than_mine_said_in_full_is_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not roles.role_swap(parse(x), parse(y))
        assert verify(x, y, 0.97, cfg).accept


def test_a_word_moved_away_from_its_noun_is_no_modifier_swap() -> None:
    pa = parse("Yesterday my landlord sent me a notice.")
    pb = parse("My landlord sent me a notice yesterday.")
    assert not modifiers_exchanged(pa, pb)
    assert not modifiers_exchanged(pb, pa)
