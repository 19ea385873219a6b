"""Round 39 recall: advice asks said in other openings, and a few synonyms, are served; the
same frames with another person, a negation or another number are still refused."""

from __future__ import annotations

import pytest

from policies.verify import VerifyConfig, verify
from policies.verify.phrasings import canonical_advice

CONFIG = VerifyConfig()
HIGH = 0.97

PARAPHRASES = [
    # "How should I handle it if X" / "What should I do if X"
    (
        "What should I do if my landlord keeps my deposit?",
        "How should I handle it if my landlord keeps my deposit?",
    ),
    (
        "What do I do if my flight gets cancelled?",
        "How do I handle it if my flight gets cancelled?",
    ),
    (
        "What should I do when my toddler throws a tantrum in public?",
        "How should I deal with it when my toddler throws a tantrum in public?",
    ),
    (
        "What should I do when my car won't start in the cold?",
        "What should I do if my car won't start in the cold?",
    ),
    # a fronted clause: "If X, how should I handle it?"
    (
        "How should I handle it if my puppy keeps biting my son during walks?",
        "During walks, if my puppy keeps biting my son, how should I handle it?",
    ),
    # "What should I do about X" / "How do I handle (deal with) X"
    (
        "How should I handle a coworker who takes credit for my work?",
        "What should I do about a coworker who takes credit for my work?",
    ),
    (
        "How do I deal with a neighbor who parks in my driveway?",
        "How should I handle a neighbor who parks in my driveway?",
    ),
    (
        "How do I handle a roommate who never cleans the kitchen?",
        "What should I do about a roommate who never cleans the kitchen?",
    ),
    # "How can I let X know Y" / "How do I tell X Y"; "inform X that" / "tell X that"
    (
        "How do I tell my manager I'm quitting?",
        "How can I let my manager know I'm quitting?",
    ),
    (
        "How do I tell my landlord that the heater is broken?",
        "How do I let my landlord know that the heater is broken?",
    ),
    (
        "Should I tell my doctor that I stopped taking the pills?",
        "Should I inform my doctor that I stopped taking the pills?",
    ),
    # "What are the signs that X" / "How can I tell if X" / "How do I know if X"
    (
        "How do I know if my dog is in pain?",
        "What are the signs that my dog is in pain?",
    ),
    (
        "How can I tell if my car battery is dying?",
        "What are the warning signs that my car battery is dying?",
    ),
    # synonyms
    ("Why is my sister jealous of her friend?", "Why is my sister envious of her friend?"),
    ("Can I repaint the whole room in a day?", "Can I repaint the entire room in a day?"),
    (
        "Can a student be expelled for plagiarism?",
        "Can a student be expelled for plagiarizing?",
    ),
]

NEAR_MISSES = [
    # another person inside the same frame
    (
        "What should I do if my landlord keeps my deposit?",
        "How should I handle it if my roommate keeps my deposit?",
    ),
    (
        "How do I tell my manager I'm quitting?",
        "How can I let my parents know I'm quitting?",
    ),
    (
        "How do I know if my dog is in pain?",
        "What are the signs that my cat is in pain?",
    ),
    (
        "Should I tell my doctor that I stopped taking the pills?",
        "Should I inform my pharmacist that I stopped taking the pills?",
    ),
    # a negation
    (
        "How should I handle a coworker who takes credit for my work?",
        "What should I do about a coworker who never takes credit for my work?",
    ),
    (
        "How do I tell my landlord that the heater is broken?",
        "How do I let my landlord know that the heater is not broken?",
    ),
    (
        "How do I know if my dog is in pain?",
        "What are the signs that my dog is not in pain?",
    ),
    (
        "What should I do if my puppy keeps biting my son?",
        "If my son keeps biting my puppy, how should I handle it?",
    ),
    # another number
    (
        "What should I do if my flight gets cancelled twice?",
        "How do I handle it if my flight gets cancelled 3 times?",
    ),
    (
        "How do I know if my 2 year old is sick?",
        "What are the signs that my 3 year old is sick?",
    ),
    # another ask in the same words
    (
        "What are the signs that my dog is in pain?",
        "What are the signs of pain in dogs?",
    ),
    ("Why is my sister jealous of her friend?", "Why is my sister angry at her friend?"),
    ("Can I repaint the whole room in a day?", "Can I repaint half the room in a day?"),
]


@pytest.mark.parametrize(("cached", "incoming"), PARAPHRASES)
def test_round39_paraphrases_are_accepted(cached: str, incoming: str) -> None:
    assert verify(cached, incoming, HIGH, CONFIG).accept
    assert verify(incoming, cached, HIGH, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming"), NEAR_MISSES)
def test_round39_near_misses_stay_refused(cached: str, incoming: str) -> None:
    assert not verify(cached, incoming, HIGH, CONFIG).accept
    assert not verify(incoming, cached, HIGH, CONFIG).accept


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("How should I handle it if X happens?", "What should I do if X happens?"),
        ("If X happens, how should I handle it?", "If X happens, what should I do?"),
        ("How can I let my boss know that I'm sick?", "How do I tell my boss that I'm sick?"),
        ("What are the signs that it works?", "How do I know if it works?"),
        # not an opening of the whole prompt, or "it" alone: left as said
        (
            "I wonder how I should handle it if X happens?",
            "I wonder how I should handle it if X happens?",
        ),
        ("How do I handle it?", "How do I handle it?"),
        ("What are the signs of a stroke?", "What are the signs of a stroke?"),
        ("My boss yells at me, how do I handle it?", "My boss yells at me, how do I handle it?"),
    ],
)
def test_advice_openings(text: str, out: str) -> None:
    assert canonical_advice(text) == out
