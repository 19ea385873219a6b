"""Round 39 recall: advice asks said in other openings, and a few synonyms, are served; the
same frames with another person, a negation or another number are still refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from policies.verify import VerifyConfig, verify
from policies.verify.advice import canonical_advice
from policies.verify.askframes import canonical_ask
from policies.verify.diffs import two_words
from policies.verify.direction import direction_swap, keys, regrouped
from policies.verify.judgments import okay_for_law
from policies.verify.moves import block_moved, events_reordered, passive_placed
from policies.verify.normalise import apostrophes, normalise
from policies.verify.procedures import canonical_procedure
from policies.verify.text import parse
from policies.verify.words import stem

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


# Rounds 39-41: a judgment, a request, a frequency, a duration, a pay rate, a process and a
# meaning said in other closed frames; variants written here, not the rounds' pairs.
PARAPHRASES_41 = [
    (
        "Is it fair for my coworker to take my parking spot?",
        "Would it be reasonable for my coworker to take my parking spot?",
    ),
    (
        "Is it okay for my landlord to enter without notice?",
        "Is it acceptable for my landlord to enter without notice?",
    ),
    ("Is it rude to leave a party early?", "Would it be impolite to leave a party early?"),
    (
        "Can I ask for a window seat on the train?",
        "Is it okay to request a window seat on the train?",
    ),
    ("Is it rude to ask for a discount?", "Would it be rude to request a discount?"),
    ("How often should I water my tomatoes?", "How many times a week should I water my tomatoes?"),
    ("How long does a passport renewal take?", "What's the typical time for a passport renewal?"),
    ("How much should I pay a dog walker?", "What's a fair rate for a dog walker?"),
    (
        "How do I get my landlord to fix the heater?",
        "What's the process to get my landlord to fix the heater?",
    ),
    ("How do I cancel my gym membership?", "What's the procedure to cancel my gym membership?"),
    ("What does 'net 30' mean?", "What's meant by 'net 30'?"),
    ("Is it weird that my cat sleeps on my head?", "Is it strange that my cat sleeps on my head?"),
    (
        "How do I give the intern access to the marketing team's folder?",
        "How can I grant the intern access to the folder of the marketing team?",
    ),
    ("How do I calm down a puppy who bites?", "How do I calm down my puppy biting?"),
    (
        "How do I remove my son from the team roster?",
        "How can I take my son out of the team roster?",
    ),
    (
        "How do I let my kids use the tablet after dinner?",
        "How can I allow my kids to use the tablet after dinner?",
    ),
    (
        "Can I bring my own wine to a restaurant?",
        "Is it okay to bring my own wine to a restaurant?",
    ),
    ("Can we hold our book club in a library?", "Is it okay to hold our book club in a library?"),
    ("Can you eat raw cookie dough?", "Is it okay to eat raw cookie dough?"),
    (
        "Is it okay to give a gift to my son's teacher?",
        "Is it appropriate to give a gift to my son's teacher?",
    ),
]

NEAR_MISSES_41 = [
    # another judgment, a negation, other people
    (
        "Is it fair for my coworker to take my parking spot?",
        "Would it be legal for my coworker to take my parking spot?",
    ),
    (
        "Is it fair for my coworker to take my parking spot?",
        "Isn't it unfair for my coworker to take my parking spot?",
    ),
    (
        "Is it okay for my landlord to enter without notice?",
        "Is it rude for my landlord to enter without notice?",
    ),
    (
        "Is it okay for my landlord to sue my roommate?",
        "Is it acceptable for my roommate to sue my landlord?",
    ),
    (
        "Can I ask for a window seat on the train?",
        "Is it rude to ask for a window seat on the train?",
    ),
    ("Can I ask for a window seat on the train?", "Can I ask for an aisle seat on the train?"),
    # another frequency unit, another number, another measure
    ("How often should I water my tomatoes?", "How many times a month should I water my tomatoes?"),
    (
        "How many times a week should I water my tomatoes?",
        "How many times a day should I water my tomatoes?",
    ),
    ("How long does a passport renewal take?", "What's the typical cost for a passport renewal?"),
    (
        "How much should I pay a 12-year-old babysitter?",
        "What's a fair rate for a 14-year-old babysitter?",
    ),
    (
        "How do I get my landlord to fix the heater?",
        "What's the process to get my landlord to replace the heater?",
    ),
    ("How do I cancel my gym membership?", "What's the process to freeze my gym membership?"),
    (
        "How do I give the intern access to the marketing team's folder?",
        "How can I grant the marketing team access to the folder of the intern?",
    ),
    (
        "How do I remove my son from the team roster?",
        "How can I take my son out of the school?",
    ),
    (
        "How do I let my kids use the tablet after dinner?",
        "How can I not allow my kids to use the tablet after dinner?",
    ),
    (
        "How do I let my kids use the tablet after dinner?",
        "How can I allow my kids to use the laptop after dinner?",
    ),
    (
        "Can I bring my own wine to a restaurant?",
        "Is it rude to bring my own wine to a restaurant?",
    ),
    (
        "Can my son bring his own wine to a restaurant?",
        "Is it okay to bring my own wine to a restaurant?",
    ),
    (
        "Is it okay to give a gift to my son's teacher?",
        "Is it inappropriate to give a gift to my son's teacher?",
    ),
    # one letter changed between two real words is not a typo
    (
        "My maternal grandparents weren't invited to the rehearsal dinner.",
        "My paternal grandparents weren't invited to the rehearsal dinner.",
    ),
    (
        "Should I move the meeting to later in the afternoon?",
        "Should I move the meeting to layer in the afternoon?",
    ),
]


@pytest.mark.parametrize(
    ("x", "y", "two"),
    [
        ("maternal", "paternal", True),
        ("later", "layer", True),
        ("month", "mouth", True),
        ("house", "horse", True),
        ("seperate", "separate", False),  # a rare token next to a common word: a typo
        ("recieve", "receive", False),  # a swap, and not one token
        ("realise", "realize", False),  # one word, spelled two ways
        ("grammer", "grammar", False),
        ("build", "built", False),  # the last letter: a form of one word
        ("write", "wrote", False),  # a vowel for a vowel
        ("affect", "effect", False),
        ("maternal", "maternal", False),
    ],
)
def test_two_real_words_are_not_a_typo(x: str, y: str, two: bool) -> None:
    assert two_words(x, y) is two


def test_relative_who_keeps_the_people_in_place() -> None:
    cached = "How do I handle a parent who criticizes me as a volunteer coach?"
    incoming = "How do I handle criticizing a parent as a volunteer coach?"
    assert not verify(cached, incoming, HIGH, CONFIG).accept
    assert not verify(
        "Do you know who won the race?", "Do you know when the race was?", HIGH, CONFIG
    ).accept


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        # "who" after a verb of seeing or finding out asks (an embedded question)
        ("How do I see who viewed my document?", "How do I see which documents I viewed?"),
        (
            "Can people see when someone views a profile on Quora?",
            "Can you see who viewed your profile on Quora?",
        ),
        ("How can I find out who unfollowed me?", "How can I find out why people unfollow me?"),
        # a relative clause with an object after its auxiliary and verb keeps its people
        (
            "How can I tell if someone has blocked my messages on Facebook?",
            "Can I message someone on Facebook who has blocked me?",
        ),
    ],
)
def test_an_asking_who_is_not_read_as_a_relative(cached: str, incoming: str) -> None:
    assert not verify(cached, incoming, HIGH, CONFIG).accept
    assert not verify(incoming, cached, HIGH, CONFIG).accept


# Rounds 42-43: a judgment in other words (lawful / legal, common / usual / normal in "Is it
# X (for Y) to V"), "Let X know" / "Tell X that", "Does V-ing X cost less" / "Is it cheaper
# to V X", "How far in advance" / "How early", "Is V-ing allowed in X" / "Can I V in X", "Is
# a N necessary for X" / "Do I need a N for X", "Is X's N allowed to V" / "Can X's N V",
# "closed-source" / "proprietary", "bring X back" / "return X", "sue X over" / "sue X for"
PARAPHRASES_43 = [
    (
        "Is it legal for my employer to read my work email?",
        "Is it lawful for my employer to read my work email?",
    ),
    ("Is it illegal to record a phone call?", "Is it unlawful to record a phone call?"),
    # (of the body "normal" is its own word: common, usual and typical are one)
    (
        "Is it usual for a newborn to sleep all day?",
        "Is it common for a newborn to sleep all day?",
    ),
    ("Is it common to feel tired after a flu shot?", "Is it usual to feel tired after a flu shot?"),
    (
        "Tell the landlord that we will move out in May.",
        "Let the landlord know we will move out in May.",
    ),
    ("Tell Maria that I will be late.", "Let Maria know that I will be late."),
    ("Is it cheaper to fly on a Tuesday?", "Does flying on a Tuesday cost less?"),
    (
        "How early should I book a wedding venue?",
        "How far in advance should I book a wedding venue?",
    ),
    (
        "Can I park on the street overnight in Boston?",
        "Is parking allowed on the street overnight in Boston?",
    ),
    ("Do I need a lawyer for a divorce?", "Is a lawyer necessary for a divorce?"),
    (
        "Can my landlord's agent enter my apartment?",
        "Is my landlord's agent allowed to enter my apartment?",
    ),
    (
        "Can I use MIT-licensed code in a closed-source app?",
        "Can I use MIT-licensed code in a proprietary app?",
    ),
    ("Can I return the library book late?", "Can I bring the library book back late?"),
    ("Can I sue my landlord for mold?", "Can I sue my landlord over mold?"),
    ("How do I complain about a nurse?", "How can I file a complaint about a nurse?"),
    ("Can I camp in Yellowstone?", "Is camping allowed in Yellowstone?"),
    ("Who did the landlord evict?", "Who was evicted by the landlord?"),
    ("Who did my coach bench?", "Who was benched by my coach?"),
    (
        "Kindly explain what a power of attorney allows someone to do.",
        "What does a power of attorney allow someone to do?",
    ),
    ("Can I fork a repository with no license?", "Can I fork a repo that has no license?"),
]

NEAR_MISSES_43 = [
    # another judgment: normal is not legal, common is not okay
    (
        "Is it normal for my employer to read my work email?",
        "Is it legal for my employer to read my work email?",
    ),
    (
        "Is it common for my boss to read my work email?",
        "Is it okay for my boss to read my work email?",
    ),
    (
        "Is it usual for a landlord to keep the deposit?",
        "Is it fair for a landlord to keep the deposit?",
    ),
    ("Is it lawful to record a phone call?", "Is it unlawful to record a phone call?"),
    # "common" outside the frame keeps its word
    ("Is it common that my dog sleeps all day?", "Is it normal that my dog sleeps all day?"),
    # a negation, another person, another number, another unit
    (
        "Is it normal for a newborn to sleep all day?",
        "Is it normal for a newborn not to sleep all day?",
    ),
    (
        "Is it common for my son to criticize his tutor?",
        "Is it common for my tutor to criticize my son?",
    ),
    (
        "Tell the landlord that we will move out in May.",
        "Let the landlord know we will move out in June.",
    ),
    ("Tell the landlord that we will move out.", "Let the neighbour know we will move out."),
    ("Is it cheaper to fly on a Tuesday?", "Does flying on a Tuesday cost more?"),
    ("How early should I book a wedding venue?", "How late can I book a wedding venue?"),
    (
        "How many weeks should I study for the LSAT?",
        "How long in months should I study for the LSAT?",
    ),
    # allowed is not required, a need is not a permission
    ("Can I park on the street overnight?", "Is parking required on the street overnight?"),
    ("Do I need a lawyer for a divorce?", "Is a lawyer allowed for a divorce?"),
    (
        "Can my landlord's agent enter my apartment?",
        "Is my landlord's agent required to enter my apartment?",
    ),
    ("Can I return the library book late?", "Can I bring the library book back early?"),
    ("Can I sue my landlord for mold?", "Can my landlord sue me over mold?"),
    ("How do I complain about a nurse?", "How can I file a complaint about a doctor?"),
    ("Is smoking allowed in a rental car?", "Is vaping allowed in a rental car?"),
    ("Who did the landlord evict?", "Who evicted the landlord?"),
    ("Who did the landlord evict?", "Who was evicted by the tenant?"),
    # ("Who did my coach bench?" / "... by my coaches?": in CLASSIFIER_CUT_ONLY below)
    ("Is smoking permitted on balconies in Spain?", "Is smoking banned on balconies in Spain?"),
    ("Can I smoke on balconies in Spain?", "Is smoking prohibited on balconies in Spain?"),
    ("Can I fork a repository with no license?", "Can I fork a repo that has a license?"),
    (
        "What does a power of attorney allow someone to do?",
        "What does a power of attorney forbid someone to do?",
    ),
]


def test_can_i_ask_for_keeps_its_verb() -> None:
    from policies.verify.frames import strip_frames

    assert "ask for" in strip_frames("The movers were late, can I ask for a discount?")
    assert strip_frames("Can I ask you what time it is?").lower().startswith("what")


# Red team of 83f6d5a..5d7b9f9 and rounds 44-45 near-misses: each rewrite is held to what it
# means; the duplicates it serves are still served.
RED_TEAM_NEAR_MISSES = [
    # "the usual (typical) time to X" asks when, not how long
    ("What's the typical time for dinner in Spain?", "How long does dinner in Spain take?"),
    ("What's the usual time to plant tomatoes?", "How long does it take to plant tomatoes?"),
    (
        "What's the usual time to call a doctor after a fever?",
        "How long does it take to call a doctor after a fever?",
    ),
    (
        "What's the normal time to go to bed for a teenager?",
        "How long does it take to go to bed for a teenager?",
    ),
    (
        "What's the typical time to eat breakfast in Italy?",
        "How long does breakfast in Italy take?",
    ),
    (
        "What is the usual time to open presents on Christmas?",
        "How long does it take to open presents on Christmas?",
    ),
    # a relative whose verb has an object keeps its people
    ("How do I thank a teacher who helped my son?", "How do I thank a teacher my son helped?"),
    (
        "How do I confront a friend who lied to my wife?",
        "How do I confront a friend my wife lied to?",
    ),
    ("How do I thank a nurse who cared for my mom?", "How do I thank a nurse my mom cared for?"),
    (
        "How do I deal with a coworker who ignores my emails?",
        "How do I deal with ignoring my coworker's emails?",
    ),
    (
        "How do I reward a student who tutored my niece?",
        "How do I reward a student my niece tutored?",
    ),
    ("Can I sue a mechanic who damaged the car?", "Can I sue a mechanic the car damaged?"),
    (
        "How do I apologize to a neighbor who complained about my dog?",
        "How do I apologize to a neighbor my dog complained about?",
    ),
    # a count in the week is a frequency only with "should", never for a medicine
    ("How many times a week can I take ibuprofen?", "How often can I take ibuprofen?"),
    ("How many times a week must I water a cactus?", "How often must I water a cactus?"),
    ("How many times a week should I take melatonin?", "How often should I take melatonin?"),
    ("How many times a week can I drink alcohol?", "How often can I drink alcohol?"),
    # give / grant only before a thing granted
    ("Should I give blood?", "Should I grant blood?"),
    ("Should I give my landlord notice?", "Should I grant my landlord notice?"),
    ("How do I give a toast at a wedding?", "How do I grant a toast at a wedding?"),
    ("Should I give my teenager a curfew?", "Should I grant my teenager a curfew?"),
    # a loan taken out is borrowed, not removed
    ("Should I take a loan out of my 401k?", "Should I remove a loan from my 401k?"),
    ("Can I take a mortgage out of state?", "Can I remove a mortgage from state?"),
    (
        "Should I take a policy out of my employer plan?",
        "Should I remove a policy from my employer plan?",
    ),
    # "Who did X V?" (X the doer) is not "Who V-ed X?"
    ("Who did the carrier cancel?", "Who cancelled the carrier?"),
    ("Who did the carrier cancel?", "Who canceled the carrier?"),
    ("Who did the landlord evict?", "Who evicted the landlord?"),
    ("Who did the airline bump?", "Who bumped the airline?"),
    ("Who was cancelled by the carrier?", "Who cancelled the carrier?"),
    # a whole number, whole milk: kinds of things, not "entire"
    ("Is 0 a whole number?", "Is 0 an entire number?"),
    ("Should I drink whole milk or skim?", "Should I drink entire milk or skim?"),
    ("Is whole wheat bread healthier?", "Is entire wheat bread healthier?"),
    ("Is whole grain rice better for diabetics?", "Is entire grain rice better for diabetics?"),
    # "Is it healthy to V" is not a leave ("Is it okay to V", "Can I V")
    ("Is it okay to text my ex?", "Is it healthy to text my ex?"),
    ("Is it okay to skip breakfast?", "Is it healthy to skip breakfast?"),
    # a time condition or offset added
    (
        "Is drywall repair covered by the warranty?",
        "Is drywall repair covered by the warranty after a year?",
    ),
    (
        "Can I drop off my absentee ballot on election day?",
        "Can I drop off my absentee ballot the day after election day?",
    ),
    ("Can I return shoes I wore outside?", "Can I return shoes I wore outside after 30 days?"),
    (
        "Can I change my flight for free?",
        "Can I change my flight for free a week before departure?",
    ),
    ("Is the deposit refundable?", "Is the deposit refundable within two weeks?"),
    (
        "Can I cancel my gym membership?",
        "Can I cancel my gym membership the month before it renews?",
    ),
]

RED_TEAM_DUPLICATES = [
    (
        "What's the typical amount of time to recover from a cold?",
        "How long does it take to recover from a cold?",
    ),
    ("What's the usual duration of a honeymoon?", "How long does a honeymoon take?"),
    (
        "How much time does a passport renewal usually take?",
        "How long does a passport renewal take?",
    ),
    (
        "What's the usual time to recover from a C-section?",
        "How long does it take to recover from a C-section?",
    ),
    ("What's the typical time to sell a house?", "How long does it take to sell a house?"),
    ("How do I handle a toddler who hits?", "How do I handle my toddler hitting?"),
    ("How many times a week should I work out?", "How often should I work out?"),
    ("How frequently can I take ibuprofen?", "How often can I take ibuprofen?"),
    ("How do I grant a user access to a folder?", "How do I give a user access to a folder?"),
    (
        "Should the judge grant custody to the father?",
        "Should the judge give custody to the father?",
    ),
    ("Should I take the battery out of my phone?", "Should I remove the battery from my phone?"),
    ("Who did the mod ban?", "Who was banned by the mod?"),
    ("Who did the gym cancel?", "Who was cancelled by the gym?"),
    ("Who did the landlord sue?", "Who was sued by the landlord?"),
    ("Should I repaint the whole house?", "Should I repaint the entire house?"),
    (
        "What can I do if my landlord refuses to fix the heat?",
        "My landlord refuses to fix the heat, what can I do?",
    ),
    ("Can I swim two weeks after a tattoo?", "Can I swim 2 weeks after a tattoo?"),
    ("Is it okay to eat raw cookie dough?", "Is it safe to eat raw cookie dough?"),
]


def test_advice_tail_reads_as_its_opening() -> None:
    assert canonical_advice("My car broke down, what can I do?") == (
        "My car broke down, what are my options?"
    )
    assert canonical_advice("What can I do if my car broke down?").startswith(
        "What are my options if"
    )


def test_time_offsets_said_both_ways_are_the_same() -> None:
    from policies.verify.clock import offset_mismatch

    assert not offset_mismatch(
        "Is it too soon to say I love you after one month?",
        "After one month of dating, is it too soon to say I love you?",
    )
    assert not offset_mismatch(
        "My host cancelled a day before check-in, what can I do?",
        "What can I do if my host cancels the day before check-in?",
    )
    assert not offset_mismatch(
        "What date is 30 days from March 1?", "What's the date 30 days after March 1st?"
    )
    assert offset_mismatch("Is the battery covered?", "Is the battery covered after two years?")
    assert offset_mismatch(
        "Can I return it 30 days after purchase?", "Can I return it 60 days after purchase?"
    )


# Red team 2 of 5d7b9f9..7814392: "bring X back" only returns a thing to a store (late, early,
# for a refund, a rented or borrowed thing); "Is a N necessary for X" is "Do I need a N for
# X" only for a thing or an event; "How far in advance" is "How early" only before booking or
# notice; "sue X over Y" is "sue X for Y" only when Y is no person; "normal" of the body is
# not "common"; a complaint about X is no complaint for (to) X; "Can I ask about X" is no
# "Can I ask for X".
RED_TEAM_2_NEAR_MISSES = [
    ("How do I bring my dead plant back?", "How do I return my dead plant?"),
    ("How do I bring my dying succulent back?", "How do I return my dying succulent?"),
    ("Can I bring my marriage back?", "Can I return my marriage?"),
    ("How do I bring my grass back after winter?", "How do I return my grass after winter?"),
    ("Is a visa necessary for my husband?", "Do I need a visa for my husband?"),
    ("Is a lawyer necessary for my ex?", "Do I need a lawyer for my ex?"),
    ("Is a permit necessary for my contractor?", "Do I need a permit for my contractor?"),
    (
        "Is an interpreter needed for my grandmother?",
        "Do I need an interpreter for my grandmother?",
    ),
    ("How early can the movers arrive?", "How far in advance can the movers arrive?"),
    (
        "How early can my landlord start renovations?",
        "How far in advance can my landlord start renovations?",
    ),
    (
        "How early should I arrive at the airport?",
        "How far in advance should I arrive at the airport?",
    ),
    ("Can I sue the daycare for my daughter?", "Can I sue the daycare over my daughter?"),
    ("Can I sue the school over my son?", "Can I sue the school for my son?"),
    ("Can I sue the nursing home over my father?", "Can I sue the nursing home for my father?"),
    (
        "Is it normal to feel dizzy after giving blood?",
        "Is it common to feel dizzy after giving blood?",
    ),
    ("Is it normal for my baby to have blue lips?", "Is it common for my baby to have blue lips?"),
    (
        "Is it normal to have a headache after a flu shot?",
        "Is it common to have a headache after a flu shot?",
    ),
    ("Is it typical to feel numb after a filling?", "Is it normal to feel numb after a filling?"),
    (
        "How do I file a complaint about my neighbor?",
        "How do I file a complaint for my neighbor?",
    ),
    (
        "How do I file a complaint about the HOA?",
        "How do I respond to a complaint about the HOA?",
    ),
    (
        "How do I complain about my manager?",
        "How do I respond to a complaint about my manager?",
    ),
    ("Can I file a complaint about my boss?", "Can I file a complaint to my boss?"),
    ("Can I ask about my deposit?", "Can I ask for my deposit?"),
    ("Can I ask about a raise?", "Can I ask for a raise?"),
    ("Can I ask about an extension?", "Can I ask for an extension?"),
    ("Can I ask about a discount?", "Can I ask for a discount?"),
]

RED_TEAM_2_DUPLICATES = [
    ("Can I bring the rental car back early?", "Can I return the rental car early?"),
    ("Can I bring the borrowed ladder back early?", "Can I return the borrowed ladder early?"),
    ("How do I bring my shoes back to the store?", "How do I return my shoes to the store?"),
    ("Can I bring my jacket back for a refund?", "Can I return my jacket for a refund?"),
    ("Is a lawyer necessary for a divorce?", "Do I need a lawyer for a divorce?"),
    ("Is a permit needed for the fence?", "Do I need a permit for the fence?"),
    ("Is a visa necessary for a layover?", "Do I need a visa for a layover?"),
    ("Is a tutor necessary for the SAT?", "Do I need a tutor for the SAT?"),
    ("How far in advance should I book movers?", "How early should I book movers?"),
    (
        "How far in advance should I notify my landlord before moving out?",
        "How early should I notify my landlord before moving out?",
    ),
    (
        "How far in advance do I need to give notice to my landlord?",
        "How early do I need to give notice to my landlord?",
    ),
    ("Can I sue my landlord over mold?", "Can I sue my landlord for mold?"),
    ("Can I sue my landlord over a broken heater?", "Can I sue my landlord for a broken heater?"),
    ("Is it usual to feel tired after a vaccine?", "Is it common to feel tired after a vaccine?"),
    ("How do I file a complaint about my neighbor?", "How do I complain about my neighbor?"),
    ("How can I lodge a complaint about a doctor?", "How do I file a complaint about a doctor?"),
    (
        "Can I be demoted for filing a complaint against my manager?",
        "If I file a complaint about my manager, can I be demoted for it?",
    ),
    ("Can I ask for a refund?", "Is it okay to ask for a refund?"),
    (
        "My neighbor keeps complaining about me to the landlord.",
        "My neighbor keeps complaining to the landlord about me.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), RED_TEAM_2_NEAR_MISSES)
def test_red_team_2_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for score in (HIGH, 0.995):
        assert not verify(cached, incoming, score, CONFIG).accept
        assert not verify(incoming, cached, score, CONFIG).accept


def test_can_i_ask_about_keeps_its_verb() -> None:
    from policies.verify.frames import strip_frames

    assert "ask about" in strip_frames("Can I ask about my deposit?")


# Red team 3 of ea3205c: "normal" is never "common" (usual, typical); "How far in advance"
# is "How early" only as advice or a duty, never after "can"; "the usual time to become
# (lose, gain, install, refinance)" asks when; a teen, a bf, an MIL, a 16 year old are
# people (a suit over them, a need of theirs); a complaint about X to Y is no complaint to X
# about Y; "let X go" fires, "allow X to go" does not; a person or a pet brought back or
# taken out is not returned or removed.
RED_TEAM_3_NEAR_MISSES = [
    ("Is it normal to cry every day?", "Is it common to cry every day?"),
    (
        "Is it normal for my toddler to not talk yet?",
        "Is it common for my toddler to not talk yet?",
    ),
    ("Is it normal to crave ice?", "Is it typical to crave ice?"),
    ("Is it normal for my dog to sneeze?", "Is it common for my dog to sneeze?"),
    ("Is it normal for a toddler to bite?", "Is it common for a toddler to bite?"),
    (
        "Is it common for tutors to charge for cancellations?",
        "Is it normal for tutors to charge for cancellations?",
    ),
    (
        "Is it common for my boss to read my work email?",
        "Is it okay for my boss to read my work email?",
    ),
    ("How far in advance can I register to vote?", "How early can I register to vote?"),
    (
        "How far in advance can I apply for Social Security?",
        "How early can I apply for Social Security?",
    ),
    ("How far in advance can I book a tee time?", "How early can I book a tee time?"),
    ("How far in advance can I schedule a mammogram?", "How early can I schedule a mammogram?"),
    ("What's the usual time to become a mom?", "How long does it take to become a mom?"),
    (
        "What's the usual time to lose a first tooth?",
        "How long does it take to lose a first tooth?",
    ),
    ("What's the usual time to refinance?", "How long does it take to refinance?"),
    (
        "What's the usual time to install winter tires?",
        "How long does it take to install winter tires?",
    ),
    (
        "What's the usual time to gain weight in pregnancy?",
        "How long does it take to gain weight in pregnancy?",
    ),
    ("Can I sue the daycare over my teen?", "Can I sue the daycare for my teen?"),
    ("Can I sue the daycare over my 2-year-old?", "Can I sue the daycare for my 2-year-old?"),
    ("Can I sue the daycare over my 16 year old?", "Can I sue the daycare for my 16 year old?"),
    ("Can I sue the daycare over my fiancé?", "Can I sue the daycare for my fiancé?"),
    ("Can I sue the daycare over my MIL?", "Can I sue the daycare for my MIL?"),
    ("Can I sue the hospital over my son-in-law?", "Can I sue the hospital for my son-in-law?"),
    ("Can I sue the hospital over my preemie?", "Can I sue the hospital for my preemie?"),
    ("Is a lawyer necessary for my teen?", "Do I need a lawyer for my teen?"),
    ("Is a lawyer necessary for my bf?", "Do I need a lawyer for my bf?"),
    ("Is a lawyer necessary for my 17 year old?", "Do I need a lawyer for my 17 year old?"),
    ("Is a lawyer necessary for my grandkids?", "Do I need a lawyer for my grandkids?"),
    (
        "Can I complain about my landlord to the city?",
        "Can I complain to my landlord about the city?",
    ),
    ("Can I complain about my boss to HR?", "Can I complain to my boss about HR?"),
    (
        "Should I complain about my roommate to our landlord?",
        "Should I complain to my roommate about our landlord?",
    ),
    (
        "How do I complain about my neighbor's dog?",
        "How do I complain to my neighbor about their dog?",
    ),
    ("Can my boss let me go without notice?", "Can my boss allow me to go without notice?"),
    ("Should I let my employee go?", "Should I allow my employee to go?"),
    ("When should I let my assistant go?", "When should I allow my assistant to go?"),
    ("Can I bring my dog back to the store?", "Can I return my dog to the store?"),
    ("Can I bring a friend back to the store later?", "Can I return a friend to the store later?"),
    ("How do I bring my borrowed time back?", "How do I return my borrowed time?"),
    ("Can I take my son out of the country?", "Can I remove my son from the country?"),
    ("Can I take my dog out of the shelter?", "Can I remove my dog from the shelter?"),
]

RED_TEAM_3_DUPLICATES = [
    (
        "Is it usual for movers to charge for stairs?",
        "Is it common for movers to charge for stairs?",
    ),
    ("Is it typical to tip 20% at restaurants?", "Is it common to tip 20% at restaurants?"),
    ("Is it usual to feel tired after a vaccine?", "Is it typical to feel tired after a vaccine?"),
    ("How far in advance should I book movers?", "How early should I book movers?"),
    (
        "How far in advance do I need to give notice to my landlord?",
        "How early do I need to give notice to my landlord?",
    ),
    (
        "How far in advance must I notify my landlord before moving out?",
        "How early must I notify my landlord before moving out?",
    ),
    ("What's the usual time to sell a house?", "How long does it take to sell a house?"),
    (
        "What's the usual time to recover from a C-section?",
        "How long does it take to recover from a C-section?",
    ),
    ("Can I sue my landlord over mold?", "Can I sue my landlord for mold?"),
    ("Can I sue my landlord over a broken heater?", "Can I sue my landlord for a broken heater?"),
    ("Is a lawyer necessary for a divorce?", "Do I need a lawyer for a divorce?"),
    (
        "My neighbor keeps complaining about me to the landlord.",
        "My neighbor keeps complaining to the landlord about me.",
    ),
    ("How do I file a complaint about my neighbor?", "How do I complain about my neighbor?"),
    (
        "Should I allow my daughter to go to sleepovers?",
        "Should I let my daughter go to sleepovers?",
    ),
    ("Can my boss allow me to leave early?", "Can my boss let me leave early?"),
    ("Should I allow my son to stay up late?", "Should I let my son stay up late?"),
    ("Can I bring the rental car back early?", "Can I return the rental car early?"),
    ("How do I bring my shoes back to the store?", "How do I return my shoes to the store?"),
    ("Can I take the battery out of my laptop?", "Can I remove the battery from my laptop?"),
    ("How do I take my son out of school?", "How do I remove my son from school?"),
    (
        "How can I take a user out of an Azure AD group?",
        "How do I remove a user from a group in Azure AD?",
    ),
    (
        "I am pregnant and I have a new job, can I take leave?",
        "I have a new job and I am pregnant, can I take leave?",
    ),
    ("I am a student and I have a part-time job.", "I have a part-time job and I am a student."),
]


@pytest.mark.parametrize(("cached", "incoming"), RED_TEAM_3_NEAR_MISSES)
def test_red_team_3_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for score in (HIGH, 0.995):
        assert not verify(cached, incoming, score, CONFIG).accept
        assert not verify(incoming, cached, score, CONFIG).accept


def test_red_team_3_people_words() -> None:
    from policies.verify.senses import names_person, person_or_pet

    for said in (
        "my teen",
        "my 16 year old",
        "my 2-year-old",
        "my 5yo",
        "my MIL",
        "my fiancée",
        "my fiancé",
        "my daughter-in-law",
        "my godson",
        "my hubby",
        "my newborn",
        "my grandbaby",
        "my stepkids",
        "my 16 year old's car",
    ):
        assert names_person(said), said
    for said in ("mold", "a broken heater", "my car", "the will"):
        assert not names_person(said), said
    assert person_or_pet("my dog") and person_or_pet("a friend")
    assert not person_or_pet("a user") and names_person("a user")


# Round 54: closed frames rounds 44-53 lost, said one way (`askframes._closed_frame`)
PARAPHRASES_54 = [
    (
        "Am I entitled to compensation for a 4-hour delay?",
        "Do I have a right to compensation for a 4-hour delay?",
    ),
    (
        "Am I entitled to a hotel if my flight is delayed overnight?",
        "Do I have the right to a hotel if my flight is delayed overnight?",
    ),
    ("Am I eligible for the Pell grant?", "Do I qualify for the Pell grant?"),
    (
        "Am I eligible for the asthma trial if I smoke?",
        "Do I qualify for the asthma trial if I smoke?",
    ),
    ("Is my son eligible for free school meals?", "Does my son qualify for free school meals?"),
    ("What happens if my dog bites a child?", "What are the consequences if my dog bites a child?"),
    (
        "What happens if I don't report a dog bite?",
        "What are the consequences if I don't report a dog bite?",
    ),
    (
        "Is it worth buying a car with a rebuilt title?",
        "Is it worth it to buy a car with a rebuilt title?",
    ),
    (
        "Is it worth taking the seller to small claims court?",
        "Is it worth it to take the seller to small claims court?",
    ),
    (
        "Is it worth getting a used car inspected before buying?",
        "Is it worth it to get a used car inspected before buying?",
    ),
]
# what those frames could merge, kept apart
NEAR_MISSES_54 = [
    # a negation inside X, or on the frame
    (
        "Am I entitled to a refund if the airline cancels my flight?",
        "Do I have a right to a refund if the airline doesn't cancel my flight?",
    ),
    ("Am I entitled to a refund?", "Don't I have a right to a refund?"),
    ("Am I eligible for the Pell grant?", "Am I not eligible for the Pell grant?"),
    ("Is it worth buying a used car?", "Does it make sense to not buy a used car?"),
    (
        "Is it worth buying a car with a rebuilt title?",
        "Does it make sense to buy a car without a rebuilt title?",
    ),
    (
        "What happens if I pay the parking ticket?",
        "What are the consequences if I don't pay the parking ticket?",
    ),
    # another person
    ("Am I entitled to his pension?", "Is my wife entitled to his pension?"),
    ("Do I have a right to see the will?", "Does my wife have a right to see the will?"),
    ("Do I qualify for the Pell grant?", "Does my son qualify for the Pell grant?"),
    (
        "Is my son eligible for free school meals?",
        "Does my daughter qualify for free school meals?",
    ),
    # a permission, a wish or a duty is no right
    ("Am I entitled to a break?", "Am I allowed to take a break?"),
    ("Am I eligible for jury duty?", "Am I required to do jury duty?"),
    ("Do I qualify for the Pell grant?", "Am I required to apply for the Pell grant?"),
    # a status, not a benefit
    ("Do I qualify as a dependent?", "Am I eligible for a dependent?"),
    ("Do I qualify as an independent student?", "Am I eligible for independent student aid?"),
    # tense
    ("Am I entitled to overtime?", "Was I entitled to overtime?"),
    ("Do I qualify for unemployment?", "Did I qualify for unemployment?"),
    # worth a price, or a thing
    ("Is it worth $500?", "Does it make sense to spend $500?"),
    ("Is it worth something?", "Does it make sense to something?"),
    ("Is it worth fixing my old car?", "Does it make sense to sell my old car?"),
    ("Is it worth repairing the transmission?", "Is it worth it to replace the transmission?"),
    ("Is it worth buying a Honda?", "Is it worth buying a Toyota?"),
    # the right to remain silent is no right to silence asked of another
    ("Do I have the right to remain silent?", "Does my son have the right to remain silent?"),
]
# the third red team's holes left at 820337a: "the usual time to" a thing done at an hour
# or in a season, and money (or a name) taken out of an account or a will
RED_TEAM_3_RESIDUAL = [
    (
        "What's the usual time to charge an electric car?",
        "How long does it take to charge an electric car?",
    ),
    ("What's the usual time to grow tomatoes?", "How long does it take to grow tomatoes?"),
    (
        "What's the usual time to bake bread in the morning?",
        "How long does it take to bake bread in the morning?",
    ),
    ("What's the usual time for pizza delivery?", "How long does pizza delivery take?"),
    ("What's the usual time for a package delivery?", "How long does a package delivery take?"),
    (
        "Can I take my contributions out of my Roth IRA?",
        "Can I remove my contributions from my Roth IRA?",
    ),
    ("Can I take my name out of the will?", "Can I remove my name from the will?"),
    ("How do I take the cash out of my 401k?", "How do I remove the cash from my 401k?"),
    (
        "Is it okay to take my contributions out of my Roth IRA?",
        "Is it okay to remove my contributions from my Roth IRA?",
    ),
    (
        "Can you take the money out of my savings account?",
        "Can you remove the money from my savings account?",
    ),
    (
        "Can I take the furniture out of my savings account?",
        "Can I remove the furniture from my savings account?",
    ),
]


# red team 4: "Does it make sense to V X" asks about logic as often as value; "when" (a
# condition) is no "before / until" (a time before the event); a rewrite hid buy / sell
RED_TEAM_4_NEAR_MISSES = [
    ("Does it make sense to divide by zero?", "Is it worth dividing by zero?"),
    ("Does it make sense to use recursion here?", "Is it worth using recursion here?"),
    (
        "Who is responsible when the tenant moves out?",
        "Who is responsible before the tenant moves out?",
    ),
    ("Who pays when the tenant moves out?", "Who pays until the tenant moves out?"),
    (
        "Who is responsible if the package is lost?",
        "Who is responsible before the package is lost?",
    ),
    ("What do I owe when the lease ends?", "What do I owe until the lease ends?"),
    ("Is it worth selling a used car?", "Is it worth buying a used car?"),
    ("Is a used car worth buying?", "Is it worth selling a used car?"),
]
# a fronted phrase moved behind its question, then its ask frame read again
RED_TEAM_4_DUPLICATES = [
    ("At 62, do I qualify for Social Security?", "Am I eligible for Social Security at 62?"),
    (
        "Under EU law, do I have a right to see my data?",
        "Am I entitled to see my data under EU law?",
    ),
]


# Legality, leave and advice (fix G): who does the act, the law or advice, and the past of
# the ask's own auxiliary
LEAVE_NEAR_MISSES = [
    (
        "Can I legally fire an employee for being late?",
        "Is it legal for my boss to fire an employee for being late?",
    ),
    ("Can I legally record a phone call?", "Is it legal for my boss to record a phone call?"),
    (
        "Is it legal for me to record a phone call?",
        "Is it legal for my boss to record a phone call?",
    ),
    ("Can we legally park on the sidewalk?", "Can they legally park on the sidewalk?"),
    ("Can I legally break my lease early?", "Can my landlord legally break my lease early?"),
    (
        "Is it legal for me to record a phone call without consent?",
        "Should I record a phone call without consent?",
    ),
    ("Is it legal to drive barefoot?", "Should I drive barefoot?"),
    ("Can I legally quit without notice?", "Is it wise to quit without notice?"),
    ("What's the deadline to file my taxes?", "What was the deadline to file my taxes?"),
    ("What is the deadline to apply for FAFSA?", "What was the deadline to apply for FAFSA?"),
    (
        "How do I politely tell my roommate to clean up?",
        "How did I politely tell my roommate to clean up?",
    ),
]
LEAVE_DUPLICATES = [
    ("Is it legal to bury a dead cow on my farm?", "Am I allowed to bury a dead cow on my farm?"),
    (
        "Is it legal for my landlord to charge me a pet fee?",
        "Can my landlord charge me a pet fee?",
    ),
    (
        "Can I use a calculator on the SAT math section?",
        "Is a calculator allowed on the SAT math section?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), LEAVE_DUPLICATES)
def test_the_law_and_a_leave_stay_one_ask(cached: str, incoming: str) -> None:
    # labelled duplicates (rounds 20, 43, 45): no rule refuses them (the classifier may)
    rules_only = VerifyConfig(classifier=False)
    assert verify(cached, incoming, HIGH, rules_only).accept
    assert verify(incoming, cached, HIGH, rules_only).accept


@pytest.mark.parametrize(
    ("cached", "incoming", "differ"),
    [
        ("Is it okay to record my boss?", "Is it legal to record my boss?", True),
        ("Is it acceptable to cancel an offer?", "Can I legally cancel an offer?", True),
        ("Is it okay to sublet my flat?", "Am I allowed to sublet my flat?", False),
        ("Is it okay to sublet my flat?", "Is it okay to sublet my flat legally?", False),
        ("Can I record my ex?", "Is it legal to record my ex?", False),
    ],
)
def test_okay_is_not_the_law_as_written(cached: str, incoming: str, differ: bool) -> None:
    assert okay_for_law(cached, incoming) is differ
    assert okay_for_law(incoming, cached) is differ


# every table of duplicates is served, and of near misses refused, both ways round
SERVED = (
    PARAPHRASES
    + PARAPHRASES_41
    + PARAPHRASES_43
    + RED_TEAM_DUPLICATES
    + RED_TEAM_2_DUPLICATES
    + RED_TEAM_3_DUPLICATES
    + PARAPHRASES_54
    + RED_TEAM_4_DUPLICATES
)
REFUSED = (
    NEAR_MISSES
    + NEAR_MISSES_41
    + NEAR_MISSES_43
    + RED_TEAM_NEAR_MISSES
    + NEAR_MISSES_54
    + RED_TEAM_3_RESIDUAL
    + RED_TEAM_4_NEAR_MISSES
    + LEAVE_NEAR_MISSES
)


# round 58: "What can I do if X" / "What are my options if X" / "What options do I have if X"
@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("What can I do if the rider left?", "What are my options if the rider left?"),
        ("What options do I have if the rider left?", "What are my options if the rider left?"),
        ("The rider left, what can I do?", "The rider left, what are my options?"),
        ("The rider left, what do I do?", "The rider left, what should I do?"),
        ("I'm pregnant, what are my options?", "I'm pregnant, what are my options?"),
        ("What can he do if the rider left?", "What are his options if the rider left?"),
        ("What options do they have if it fails?", "What are their options if it fails?"),
        ("What can I do if I'm being evicted?", "What are my options if I'm being evicted?"),
        # "should" / "do" keep their own wording; the asker's own state is what one may do
        ("What do I do if the rider left?", "What should I do if the rider left?"),
        ("What can I do if I have a day in Paris?", "What should I do if I have a day in Paris?"),
        ("What are my options if I'm pregnant?", "What are my options if I'm pregnant?"),
        ("What options do I have if it's raining?", "What options do I have if it's raining?"),
        ("What does he do if it fails?", "What does he do if it fails?"),
    ],
)
def test_options_openings(text: str, out: str) -> None:
    assert canonical_advice(text) == out


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        (
            "What can I do if my driver charged me a cleaning fee I don't deserve?",
            "What are my options if my driver charged me a cleaning fee I don't deserve?",
        ),
        (
            "What options do I have if the airline lost my luggage?",
            "What can I do if the airline lost my luggage?",
        ),
    ],
)
def test_options_duplicates_are_served(cached: str, incoming: str) -> None:
    assert verify(cached, incoming, HIGH, CONFIG).accept
    assert verify(incoming, cached, HIGH, CONFIG).accept


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        (
            "What are my options if the school suspended my son?",
            "What are his options if the school suspended my son?",
        ),
        (
            "What are my options if the school suspended my son?",
            "What were my options if the school suspended my son?",
        ),
        # (the asker's own state, "What can I do if I'm pregnant?" / "What are my options if
        # ...": in CLASSIFIER_CUT_ONLY below, refused by the classifier at 0.93 only)
        ("What are my options if my visa is approved?", "What can I do if my visa isn't approved?"),
        ("What can I do about my student loans?", "What are my options for my student loans?"),
        (
            "What can I do if my flight is cancelled?",
            "What are my legal options if my flight is cancelled?",
        ),
        (
            "What can I do if my flight is cancelled?",
            "What can I do unless my flight is cancelled?",
        ),
    ],
)
def test_options_near_misses_are_refused(cached: str, incoming: str) -> None:
    assert not verify(cached, incoming, HIGH, CONFIG).accept
    assert not verify(incoming, cached, HIGH, CONFIG).accept


# Round 64 recall: a question put before its statement with "won't" / "doesn't", a plural
# stemmed as its singular, "vet clinic" / "veterinary clinic", "rather than" / "instead of",
# "Is X necessary?" / "Do we need X?", "Would X be considered rude?" / "Is X considered
# rude?", "give X to my dog" / "give my dog X", "pls" and "Also," before an ask ("sick" /
# "ill", "Is it rude to have X?" / "Is X rude?" and "Do I need X?" / "Is X needed?" went
# with red team 6, below).
ROUND_64_SERVED = (
    (
        "My HOA won't allow antennas, what can I do?",
        "What can I do if my HOA doesn't allow antennas?",
    ),
    (
        "My landlord does not return my calls, what can I do?",
        "What can I do if my landlord won't return my calls?",
    ),
    (
        "How do we tell family we're eloping?",
        "What's the best way to tell our families that we're eloping?",
    ),
    ("I'm sick and tired of my roommate", "I'm fed up with my roommate"),
    (
        "How can a small vet practice get more online reviews?",
        "What are ways a small veterinary practice can get more online reviews?",
    ),
    (
        "What software do small veterinary clinics use for scheduling?",
        "What scheduling software is used by small vet clinics?",
    ),
    (
        "Is it tacky to ask for cash instead of gifts?",
        "Would it be tacky to ask for money rather than gifts?",
    ),
    ("Do we need wedding insurance?", "Is wedding insurance necessary?"),
    (
        "Do you need a wedding planner for a 50 person wedding?",
        "Is a wedding planner necessary for a 50-person wedding?",
    ),
    ("Is a permit needed to build a deck?", "Do you need a permit to build a deck?"),
    ("Do we really need wedding insurance?", "Is wedding insurance really necessary?"),
    (
        "Is a cash bar at a wedding considered rude?",
        "Would a cash bar at a wedding be considered rude?",
    ),
    ("Would it be considered rude to leave early?", "Is it rude to leave early?"),
    (
        "Can I give my dog ibuprofen for pain?",
        "Is it okay to give ibuprofen to my dog for pain?",
    ),
    ("Can I give ibuprofen to my dog?", "Can I give my dog ibuprofen?"),
    ("pls help me plan a wedding in 6 months", "Can you help me plan a wedding in six months?"),
    (
        "Thank you! Also, how do I know if my dog has fleas?",
        "how can I tell if my dog has fleas",
    ),
)
ROUND_64_REFUSED = (
    # a question moved before its statement: the roles, the tense, "can't" and the negation
    (
        "My landlord won't pay my roommate back, what can I do?",
        "What can I do if my roommate doesn't pay my landlord back?",
    ),
    (
        "My HOA won't allow antennas, what can I do?",
        "What can I do if my HOA didn't allow antennas?",
    ),
    (
        "My HOA won't allow antennas, what can I do?",
        "What can I do if my HOA does allow antennas?",
    ),
    (
        "My landlord won't sue my roommate, what can I do?",
        "What can I do if my roommate doesn't sue my landlord?",
    ),
    # a plural is its singular, not another thing
    ("What dog breeds shed the least?", "What dog breeds shed the most?"),
    ("How do I clean my earrings?", "How do I clean my ears?"),
    (
        "Is a hundred dollars enough for a wedding gift?",
        "Are hundreds of dollars enough for a wedding gift?",
    ),
    # "sick of" is fed up, not ill
    ("I'm sick of my job, what should I do?", "I'm ill from my job, what should I do?"),
    ("Is my cat sick?", "Is my dog ill?"),
    ("How do I care for a terminally ill parent?", "How do I care for a chronically sick parent?"),
    # "vet" before "benefits" is a veteran's
    (
        "Do I qualify for vet benefits as a reservist?",
        "Do I qualify for veterinary benefits as a reservist?",
    ),
    ("Can a vet tech give vaccines?", "Can a veterinary assistant give vaccines?"),
    # "rather than" / "instead of" with the two swapped
    ("Should I rent rather than buy a house?", "Should I buy instead of rent a house?"),
    (
        "Is it tacky to ask for cash rather than gifts?",
        "Is it tacky to ask for gifts instead of cash?",
    ),
    # a need of another thing, place, person or owner
    ("Do we need a visa for Japan?", "Is a visa necessary for China?"),
    ("Do we need a prenup before marriage?", "Is a prenup needed after marriage?"),
    ("Is a tutor necessary for my son?", "Do we need a tutor for my son?"),
    ("Do we need two witnesses for a will?", "Is one witness necessary for a will?"),
    # another thing judged, or another judgment
    (
        "Is it rude to have a cash bar at a wedding?",
        "Would an open bar at a wedding be considered rude?",
    ),
    ("Is it rude to have a cash bar?", "Would a cash bar be considered tacky?"),
    ("Is it considered rude to not tip in Japan?", "Is it considered rude to tip in Japan?"),
    # the pet, the reason or the food swapped
    ("Can I give ibuprofen to my dog for pain?", "Can I give my dog ibuprofen for fever?"),
    ("Can I give tylenol to my puppy?", "Can I give my dog tylenol?"),
    ("Can I give my cat food to my dog?", "Can I give my dog food to my cat?"),
    # the ask after "pls" / "Also," changed
    ("pls help me write a cover letter", "Can you help me write a resume?"),
    ("Also, how do I know if my cat has fleas?", "How do I know if my dog has fleas?"),
)


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("families", "family"), ("speeds", "speed"), ("supplies", "supply"), ("dogs", "dog")],
)
def test_a_plural_stems_as_its_singular(plural: str, singular: str) -> None:
    assert stem(plural) == stem(singular)


@pytest.mark.parametrize(("plural", "other"), [("earrings", "ears"), ("paintings", "paints")])
def test_an_ing_plural_is_a_thing_of_its_own(plural: str, other: str) -> None:
    assert stem(plural) != stem(other)


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Is wedding insurance necessary?", "Do we need wedding insurance?"),
        ("Do we need wedding insurance?", "Do we need wedding insurance?"),
        ("Are vaccines needed for a trip abroad?", "Do we need vaccines for a trip abroad?"),
        ("Is a rabies vaccine really necessary?", "Do we really need a rabies vaccine?"),
        ("Do you need a passport to fly to Mexico?", "Do we need a passport to fly to Mexico?"),
        ("Do I need wedding insurance?", "Do I need wedding insurance?"),
        ("Do you need more information?", "Do you need more information?"),
        ("Do you need a passport?", "Do you need a passport?"),
        ("Is my signature needed?", "Is my signature needed?"),
        ("Is it necessary to tip?", "Is it necessary to tip?"),
        ("Is a babysitter necessary for my kids?", "Is a babysitter necessary for my kids?"),
        ("Would a cash bar be considered rude?", "Is a cash bar rude?"),
        ("Is a cash bar considered tacky?", "Is a cash bar tacky?"),
        ("Is it rude to have a cash bar?", "Is it rude to have a cash bar?"),
        ("Is it safe to have a cat?", "Is it safe to have a cat?"),
        ("Is it okay to have the baby?", "Is it okay to have the baby?"),
        ("Would a cash bar be considered cheap?", "Would a cash bar be considered cheap?"),
    ],
)
def test_round_64_frames(text: str, out: str) -> None:
    assert canonical_ask(text) == out


# Red team 6 on round 64: what the change merged that needs another answer. At the red team's
# forced cosine (0.95): above it the scorer alone serves a few "Do we need X" / "Do I need X"
# pairs as it did before round 64.
RED_TEAM_6_COSINE = 0.95
RED_TEAM_6_REFUSED = (
    # "we" (how many of us) or the assistant asked ("you") is no "I"
    ("Do we need a king size bed?", "Do I need a king size bed?"),
    ("Do we need two passports?", "Do I need two passports?"),
    ("Do we need a group visa?", "Do I need a group visa?"),
    ("Do we need a family plan?", "Do I need a family plan?"),
    ("Do we need an EIN?", "Do I need an EIN?"),
    ("Do we need two tickets for the concert?", "Do I need two tickets for the concert?"),
    ("Is a double room necessary?", "Do I need a double room?"),
    # ("Do you need the stack trace ..." / "Do I need ...": in CLASSIFIER_CUT_ONLY below)
    ("Do you need the stack trace to find the bug?", "Is the stack trace needed to find the bug?"),
    (
        "Do you need the original text to translate it?",
        "Is the original text needed to translate it?",
    ),
    # people we lack / help wanted
    (
        "Are volunteers needed at the animal shelter?",
        "Do we need volunteers at the animal shelter?",
    ),
    # "have X V" is the asker's doing, "X V-ing" X's own; "have a dog" owns one
    (
        "Is it rude to have the guests bring their own alcohol?",
        "Would the guests bringing their own alcohol be considered rude?",
    ),
    (
        "Is it rude to have a guest give a toast?",
        "Would a guest giving a toast be considered rude?",
    ),
    (
        "Is it rude to have the bridesmaids do their own makeup?",
        "Would the bridesmaids doing their own makeup be considered rude?",
    ),
    ("Is it weird to have a dog?", "Is a dog weird?"),
    # "sick" is no "ill": vomit, and whose illness
    ("What color should baby sick be?", "What color should an ill baby be?"),
    ("Why does my cat keep being sick?", "Why does my cat keep being ill?"),
    ("Can I walk my dog when he is sick?", "Can I walk my dog when I am ill?"),
    ("Can my kid go to daycare if I am sick?", "Can my kid go to daycare if he is ill?"),
    # "vet" before a noun a veteran has too
    ("Did the vet bill pass the Senate?", "Did the veterinary bill pass the Senate?"),
    ("Where is the vet office on campus?", "Where is the veterinary office on campus?"),
    # "give" what a pet does not take in; the species swapped
    ("Can I give a haircut to my dog?", "Is a haircut safe for my dog?"),
    ("Can I give my dog a haircut?", "Is a haircut safe for my dog?"),
    ("Can I give a bath to my cat?", "Is a bath safe for my cat?"),
    ("Can I give cat food to my dog?", "Is dog food safe for cats?"),
    ("Can I give dog shampoo to my cat?", "Is cat shampoo safe for dogs?"),
    # a plural that would meet its base
    ("Where do the Phillies play?", "Where does Phil play?"),
    ("What causes the easterlies?", "What causes Easter?"),
    ("Where can I buy mopeds?", "Where can I buy mops?"),
    ("How are the proceeds split?", "How do I proceed?"),
)
RED_TEAM_6_SERVED = (
    ("Do we need wedding insurance?", "Is wedding insurance necessary?"),
    ("Do we need two passports?", "Are two passports needed?"),
    ("Do you need a passport to fly to Mexico?", "Is a passport needed to fly to Mexico?"),
    (
        "Do you need volunteers at the animal shelter?",
        "Are volunteers needed at the animal shelter?",
    ),
    (
        "Is it tacky to have a dessert bar instead of a cake?",
        "Would it be tacky to have a dessert bar instead of a cake?",
    ),
    (
        "Would it be weird to have a dog at the ceremony?",
        "Is it weird to have a dog at the ceremony?",
    ),
    ("Can I give chocolate to my dog?", "Is chocolate safe for dogs?"),
    ("Can I give carrots to my dog?", "Are carrots safe for my dog?"),
    ("Can I give cat food to my dog?", "Can I give my dog cat food?"),
)


@pytest.mark.parametrize(("cached", "incoming"), RED_TEAM_6_REFUSED)
def test_red_team_6_near_misses_are_refused(cached: str, incoming: str) -> None:
    assert not verify(cached, incoming, RED_TEAM_6_COSINE, CONFIG).accept
    assert not verify(incoming, cached, RED_TEAM_6_COSINE, CONFIG).accept


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # "Do I need X" stays as said; "we", generic "you" and "Is X necessary" are "Do we need"
        ("Do I need two passports?", "Do I need two passports?"),
        ("Are two passports needed?", "Do we need two passports?"),
        (
            "Do we need a permit for our beach wedding?",
            "Do we need a permit for our beach wedding?",
        ),
        ("Is a permit needed for our beach wedding?", "Do we need a permit for our beach wedding?"),
        # the assistant asked, or a thing at hand
        (
            "Do you need the stack trace to find the bug?",
            "Do you need the stack trace to find the bug?",
        ),
        (
            "Is the stack trace needed to find the bug?",
            "Is the stack trace needed to find the bug?",
        ),
        ("Do you need a screenshot to fix this?", "Do you need a screenshot to fix this?"),
        ("Do you need a permit for our wedding?", "Do you need a permit for our wedding?"),
        # people needed
        (
            "Do we need volunteers at the animal shelter?",
            "Do we need volunteers at the animal shelter?",
        ),
        (
            "Are volunteers needed at the animal shelter?",
            "Is volunteers needed at the animal shelter?",
        ),
        # a clause with its doer is no thing judged; an "-ing" noun is
        (
            "Would the guests bringing their own alcohol be considered rude?",
            "Would the guests bringing their own alcohol be considered rude?",
        ),
        ("Is a morning wedding considered weird?", "Is a morning wedding weird?"),
        ("Is it weird to have a dog?", "Is it weird to have a dog?"),
    ],
)
def test_red_team_6_frames(text: str, out: str) -> None:
    assert canonical_ask(text) == out


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Can I give a haircut to my dog?", "Can I give a haircut to my dog?"),
        (
            "Can I give my dog a bath with flea shampoo?",
            "Can I give my dog a bath with flea shampoo?",
        ),
        ("Can I give my dog to a shelter?", "Can I give my dog to a shelter?"),
        ("Can I give cat food to my dog?", "Is cat food safe for dogs?"),
        ("Can I give my dog cat food?", "Is cat food safe for dogs?"),
        ("Can I give my cat food to my dog?", "Can I give my cat food to my dog?"),
        ("Can I give a rawhide to my puppy?", "Is rawhide safe for puppies?"),
    ],
)
def test_red_team_6_give_to_a_pet(text: str, out: str) -> None:
    assert canonical_procedure(text) == out


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("breeds", "breed"), ("butterflies", "butterfly"), ("assemblies", "assembly")],
)
def test_more_plurals_stem_as_their_singular(plural: str, singular: str) -> None:
    assert stem(plural) == stem(singular)


@pytest.mark.parametrize(
    ("plural", "other"),
    [
        ("proceeds", "proceed"),
        ("supplies", "sup"),
        ("complies", "comp"),
        ("easterlies", "easter"),
        ("monthlies", "months"),
        ("weeklies", "weeks"),
        ("phillies", "phil"),
        ("mopeds", "mops"),
    ],
)
def test_a_plural_does_not_meet_another_word(plural: str, other: str) -> None:
    assert stem(plural) != stem(other)


def test_supply_stems_as_its_forms() -> None:
    assert len({stem(w) for w in ("supply", "supplies", "supplied", "supplying")}) == 1


# -- recall pass 8: the order check reads only a swap, not how the words are packed ---------
# (blind rounds 64-67: an owner said with "of", a name with "on", two facts in another order,
# a clause moved across ";" / "." / "?", the other voice with the doer's place, a preposition
# said again after "than")

RECALL_8_SERVED = (
    # an owner said with "of", a name with "on", a kind with "for"
    (
        "What should our community garden's rules say about pesticides?",
        "What should the rules of our community garden say about pesticides?",
    ),
    (
        "What does an esports team manager actually do?",
        "What does the manager of an esports team actually do?",
    ),
    ("whats the checked bag fee on southwest", "What's Southwest's fee for checked bags?"),
    ("What does a book club host do?", "What does the host of a book club do?"),
    ("Should the dog's owner pay the vet bill?", "Should the owner of the dog pay the vet bill?"),
    ("Can my sister's husband sponsor my visa?", "Can the husband of my sister sponsor my visa?"),
    ("What is the pet fee at Marriott?", "What is Marriott's fee for pets?"),
    # two present facts in another order, whatever mark ends them
    (
        "My bag weighs 25 kg and the limit is 23 kg, will they charge me?",
        "The limit is 23 kg and my bag weighs 25 kg. Will they charge me?",
    ),
    (
        "I earn $50k and my wife earns $80k, how should we split bills?",
        "My wife earns $80k and I earn $50k. How should we split bills?",
    ),
    (
        "I live in Texas and my sister lives in Ohio, where should we meet?",
        "My sister lives in Ohio and I live in Texas. Where should we meet?",
    ),
    # a clause moved across ";" / "." / "?" or a comma after "right after", "where"
    (
        "How do I request a refund for a checked bag fee when my bag was delayed?",
        "My bag was delayed; how can I get a refund for the checked bag fee?",
    ),
    (
        "What should I do at the airport right after I realize my luggage is missing?",
        "Right after I realize my luggage is missing, what should I do at the airport?",
    ),
    (
        "Is it a good idea to let members grow cannabis in their plots where it's legal?",
        "Where it's legal, is it a good idea to allow members to grow cannabis in their plots?",
    ),
    (
        "Is the airline responsible? My suitcase got soaked in the rain.",
        "My suitcase got soaked in the rain; is the airline responsible?",
    ),
    (
        "What can I do if my landlord kept my deposit?",
        "My landlord kept my deposit. What can I do?",
    ),
    (
        "What should I feed my cat right after she gives birth?",
        "Right after she gives birth, what should I feed my cat?",
    ),
    # the other voice, the doer as the place
    ("Should book clubs allow audiobooks?", "Should audiobooks be allowed in book clubs?"),
    ("Do airlines allow pets?", "Are pets allowed on airlines?"),
    ("Should restaurants allow kids?", "Should kids be allowed in restaurants?"),
    # a preposition said again after "than"
    (
        "Is it normal for book club to be more about wine than books?",
        "Is it normal that book club is more about wine than about books?",
    ),
    (
        "Is it cheaper to fly from Boston than NYC?",
        "Is it cheaper to fly from Boston than from NYC?",
    ),
)
RECALL_8_REFUSED = (
    # the owner traded, a verb between, an act or a feeling ("the fear of")
    (
        "What does an esports team manager actually do?",
        "What does the team of an esports manager actually do?",
    ),
    (
        "What should the rules of our community garden say about pesticides?",
        "What should the garden of our community rules say about pesticides?",
    ),
    (
        "Can the sister of my friend be my maid of honor?",
        "Can my sister's friend be my maid of honor?",
    ),
    ("What does my mom think of my girlfriend?", "What does my girlfriend's mom think?"),
    ("Should the love of my ex stop me from dating?", "Should my ex's love stop me from dating?"),
    ("Does my license work in Texas?", "Does my Texas license work?"),
    # facts with their numbers traded, events in another order
    (
        "My bag weighs 23 kg and the limit is 25 kg, will they charge me?",
        "The limit is 23 kg and my bag weighs 25 kg. Will they charge me?",
    ),
    (
        "I earn $50k and my wife earns $80k, how should we split bills?",
        "My wife earns $50k and I earn $80k. How should we split bills?",
    ),
    (
        "My flight was cancelled and I booked a hotel, can I get reimbursed?",
        "I booked a hotel and my flight was cancelled. Can I get reimbursed?",
    ),
    (
        "I quit my job. My boss yelled at me. What can I do?",
        "My boss yelled at me. I quit my job. What can I do?",
    ),
    # a clause moved: the rest swapped, another lead word, a word said again, places traded
    (
        "My flight was cancelled; how do I get from London to Paris?",
        "How do I get from Paris to London if my flight was cancelled?",
    ),
    (
        "My bag was delayed; how can I get a refund for the checked bag fee?",
        "How can I get a refund for the checked bag fee unless my bag was delayed?",
    ),
    (
        "My neighbor's tree fell on my car; who pays?",
        "Who pays my neighbor if my neighbor's tree fell on my car?",
    ),
    (
        "My sister moved to Ohio; should I move to Texas?",
        "Should I move to Ohio if my sister moved to Texas?",
    ),
    ("Right after I land, can I call my mom?", "Can my mom call me right after I land?"),
    # the other voice: "for" is no place, another verb, a negation, another ask
    ("Should teachers ban phones?", "Should phones be banned for teachers?"),
    ("Should book clubs ban audiobooks?", "Should audiobooks be allowed in book clubs?"),
    ("Should book clubs allow audiobooks?", "Should audiobooks not be allowed in book clubs?"),
    ("Should book clubs allow audiobooks?", "Are audiobooks allowed in book clubs?"),
    # the two sides of "than" traded
    (
        "Is it normal for book club to be more about wine than books?",
        "Is it normal that book club is more about books than about wine?",
    ),
    (
        "Is my book club more about wine than about books?",
        "Is my book club more about books than wine?",
    ),
    (
        "Is it better to travel by train than by car?",
        "Is it better to travel by car than by train?",
    ),
)


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("the rules of our community garden say", "our community garden's rules say", True),
        ("what does the manager of a team do", "what does a team manager do", True),
        ("what does the team of a manager do", "what does a team manager do", False),
        ("how heavy is a bottle of wine", "how heavy is a wine bottle", False),
        ("what is the fear of my dog", "what is my dog's fear", False),
        ("what is the fee on Delta", "what is the Delta fee", True),
        ("is the chocolate in milk bad", "is the milk chocolate bad", False),
        ("what is a job for my wife", "what is my wife's job", False),
    ],
)
def test_an_owner_folds_before_its_noun(x: str, y: str, same: bool) -> None:
    a, b = parse(x), parse(y)
    assert regrouped(a, b, keys(a), keys(b)) is same


def test_a_clause_moved_is_put_back() -> None:
    a = parse("My bag was delayed; how can I get a refund?")
    b = parse("How can I get a refund when my bag was delayed?")
    assert block_moved(a, b) == ("how can I get a refund", "How can I get a refund")
    ohio = parse("My sister moved to Ohio; should I move to Texas?")
    back = block_moved(ohio, parse("Should I move to Ohio if my sister moved to Texas?"))
    assert back == (ohio.source, "my sister moved to Texas; Should I move to Ohio?")
    story = parse("My boss yelled at me. I quit my job.")
    assert block_moved(story, parse("I quit my job. My boss yelled at me.")) is None
    assert block_moved(a, parse("How can I get a refund unless my bag was delayed?")) is None


def test_events_in_another_order_are_a_swap() -> None:
    a = parse("I quit my job. My boss yelled at me. What can I do?")
    assert events_reordered(a, parse("My boss yelled at me. I quit my job. What can I do?"))
    facts = parse("I live in Texas. My sister lives in Ohio. Where should we meet?")
    other = parse("My sister lives in Ohio. I live in Texas. Where should we meet?")
    assert not events_reordered(facts, other)
    assert not direction_swap(facts, other)


@pytest.mark.parametrize(
    ("x", "y", "kept"),
    [
        ("should book clubs allow audiobooks", "should audiobooks be allowed in book clubs", True),
        ("do airlines allow pets", "are pets allowed on airlines", True),
        ("should book clubs allow audiobooks", "should book clubs be allowed in audiobooks", False),
        ("should teachers ban phones", "should phones be banned for teachers", False),
        ("should hospitals allow visitors", "should hospitals be allowed visitors", False),
    ],
)
def test_the_other_voice_with_the_doer_as_the_place(x: str, y: str, kept: bool) -> None:
    assert passive_placed(keys(parse(x)), keys(parse(y))) is kept


# Red team 7 (on recall pass 8): a place is the doer only of its own rule, and a state's
# fact with "he" / "him" in it is not moved across "and".
RED_TEAM_7_REFUSED = [
    ("Was the suspect arrested at the airport?", "Did the airport arrest the suspect?"),
    ("Was my package delivered at the post office?", "Did the post office deliver my package?"),
    ("Were the documents signed at the bank?", "Did the bank sign the documents?"),
    ("Was my son injured at daycare?", "Did daycare injure my son?"),
    ("Was my dog poisoned at the park?", "Did the park poison my dog?"),
    ("Was my data leaked on Facebook?", "Did Facebook leak my data?"),
    ("Was my account hacked on Instagram?", "Did Instagram hack my account?"),
    (
        "My brother works for my dad and he pays him $15 an hour. Is that legal?",
        "He pays him $15 an hour and my brother works for my dad. Is that legal?",
    ),
    (
        "My sister lives with my mom and she pays the rent. Is that fair?",
        "She pays the rent and my sister lives with my mom. Is that fair?",
    ),
]


# -- recall pass 9: two asks, a definition and one more, in the other order ----------------
# (blind rounds 70-72: "What is the FAFSA and when should I file it?" / "When should I file
# the FAFSA, and what is it?"; reorder.asks_swapped)
RECALL_9_SERVED = [
    (
        "What is the FAFSA and when should I file it?",
        "When should I file the FAFSA, and what is it?",
    ),
    (
        "What's a work-for-hire clause and should I sign one?",
        "Should I sign a work for hire clause, and what is it?",
    ),
    (  # another noun phrase, but the definition names the thing again
        "What's a nuc and should I buy one instead of a package?",
        "Should I buy a nuc instead of a package, and what is a nuc?",
    ),
    (
        "What's an appraisal gap and how do buyers cover it?",
        "How do buyers cover an appraisal gap, and what is one?",
    ),
    (
        "What is a claim number and where do I find it?",
        "Where can I find my claim number, and what is it?",
    ),
    (
        "What is a title search and why do I need one?",
        "Why do I need a title search, and what is it?",
    ),
]

RECALL_9_REFUSED = [
    # the pronoun moved with its ask stands for another thing
    ("What is a Roth IRA and should I buy stocks?", "Should I buy stocks, and what is it?"),
    (
        "What is a mortgage broker and should I use one?",
        "Should I use a mortgage broker, and what is a mortgage lender?",
    ),
    ("What is a trust and do I need one?", "Do I need a trust fund, and what is it?"),
    # the other ask changed along with the order
    (
        "What is a reverse mortgage and should my parents get one?",
        "Should I get a reverse mortgage, and what is it?",
    ),
    (
        "What is a 401k and how much should I put in it?",
        "How much should I take out of a 401k, and what is it?",
    ),
    ("What is an HSA and can I open one?", "Can I close an HSA, and what is it?"),
    (
        "What is the FAFSA and when should I file it?",
        "When should I have filed the FAFSA, and what is it?",
    ),
    ("What is a kill fee and should I charge one?", "Should I pay a kill fee, and what is it?"),
    # red team 8: another's thing ("his", "their"), "it" / "they" that may stand for another
    # noun phrase of that ask or disagree with the thing in number, "one" counted
    (
        "What is a tax transcript and how do I request it?",
        "How do I request his tax transcript, and what is it?",
    ),
    (
        "What is a fiduciary and do I need one for my RSUs?",
        "Do I need a fiduciary for my RSUs, and what are they?",
    ),
    (
        "What's an EIN and do I need one as a sole proprietor?",
        "Do I need an EIN as a sole proprietor, and what is it?",
    ),
    ("What is a will and do I need more than one?", "Do I need more than a will, and what is it?"),
]


# recall pass 10: the asker and another offered as the doer either way ("Who pays X, me or
# Y?" / "Does Y pay X, or do I?"). (Its folds of a fact, a predicate and a condition, and
# alternatives read without their articles, were dropped after red team 9 made them serve
# wrong answers: "I bought a house, can I get a loan?" / "Can I get a loan on the house I
# bought?", "one-armed bandit", "What if my shed is red - how do I paint it?", "a chicken
# or a fish" / "fish or chicken".)
RECALL_10_SERVED = [
    (
        "Who pays the body shop, me or the insurance company?",
        "Does the insurance company pay the body shop, or do I?",
    ),
    (
        "Should the contractor pull the permits or should I?",
        "Who should pull the permits, me or the contractor?",
    ),
]

RECALL_10_REFUSED = [
    # a fact folded: the doer traded, another verb, a plan, a beneficiary
    (
        "I sold my house to my brother, do I owe tax?",
        "Do I owe tax on the house my brother sold me?",
    ),
    (
        "I sold my house last year, do I owe capital gains tax?",
        "Do I owe capital gains tax on the house I bought last year?",
    ),
    ("I gave my car to my son, do I owe gift tax?", "Do I owe gift tax on the car my son gave me?"),
    (
        "I painted my fence, do I need a permit?",
        "Do I need a permit for the fence I want to paint?",
    ),
    # a predicate folded: another noun, another participle
    ("What does it mean when a player is FIDE-rated?", "What does FIDE-rated tournament mean?"),
    ("What does it mean when a drug is FDA-approved?", "What does FDA-approved device mean?"),
    ("What does it mean when a car is salvage-titled?", "What does clean-titled car mean?"),
    # a condition folded: another participle, another noun, another ask
    ("What if my claim is denied — how do I appeal it?", "How do I appeal an approved claim?"),
    ("What if my claim is denied — how do I appeal it?", "How do I appeal a denied loan?"),
    ("What if my claim is denied — how do I appeal it?", "How do I file a denied claim?"),
    # the asker or another as the doer: the receiver traded, another act, another doer
    (
        "Who pays the body shop, me or the insurance company?",
        "Does the body shop pay the insurance company, or do I?",
    ),
    (
        "Who should pay the contractor, me or the bank?",
        "Should the contractor pay the bank or should I?",
    ),
    (
        "Who should pull the permits, me or the contractor?",
        "Should the contractor pay for the permits or should I?",
    ),
    # red team 9: a fact told, against an ask about the thing of that fact; an idiom; a
    # condition whose "it" is another thing; "a chicken" (a pet) against "chicken" (food);
    # a past fact against a rule, a synonym read as the same act
    ("I bought a house, can I get a loan?", "Can I get a loan on the house I bought?"),
    ("I broke my phone, should I get insurance?", "Should I get insurance on the phone I broke?"),
    (
        "I started a business, should I write a book?",
        "Should I write a book about the business I started?",
    ),
    ("What does it mean when a bandit is one-armed?", "What does one-armed bandit mean?"),
    ("What if my contract is renewed - how do I stop it?", "How do I stop a renewed contract?"),
    ("What if my shed is red - how do I paint it?", "How do I paint a red shed?"),
    ("Should I get a chicken or a fish?", "Should I get fish or chicken?"),
    ("Should I get a duck or a goose?", "Should I get goose or duck?"),
    (
        "Who filed the claim, me or the other driver?",
        "Does the other driver file the claim, or do I?",
    ),
    (
        "Who pays the cost, me or the landlord?",
        "Does the landlord pay the fee, or do I?",
    ),
    # alternatives with articles: words traded across verbs, another noun
    ("Should I sell the Apple or buy the Tesla?", "Should I sell the Tesla or buy the Apple?"),
    (
        "Do colleges look at weighted or unweighted GPA?",
        "Do colleges look at the weighted GPA or the unweighted SAT?",
    ),
]


# -- recall pass 11: one thing by two names, a synonym or a phrase read as one form ---------
# ("often" / "frequently", "deal with" / "handle", "my old boss" / "my former boss"); each
# beside near-misses the merge must not serve: another thing, a swap, the ambiguous sense
# ("the deal with", "an old house", "a gas tank", "mid" as slang).
RECALL_11_SERVED = [
    # a word with one sense, the same thing ("often" / "frequently")
    (
        "How often should I replace my violin strings?",
        "How frequently should violin strings be replaced?",
    ),
    (
        "How do I find a cheap coworking space in Berlin?",
        "how do i find an inexpensive coworking space in berlin?",
    ),
    ("Can my HOA ban commercial vehicles?", "Is an HOA allowed to prohibit commercial vehicles?"),
    (
        "Can spectators talk to players during a game?",
        "Are spectators allowed to speak with players during a game?",
    ),
    (
        "Can I switch roommates in the middle of the semester?",
        "Is it possible to switch roommates mid-semester?",
    ),
    (
        "What should I ask my doctor if my medication isn't covered?",
        "If my medicine isn't covered, what should I ask my doctor?",
    ),
    # a phrase read as one form
    (
        "How do I handle a contractor who keeps missing deadlines?",
        "What's the way to deal with a contractor that keeps missing deadlines?",
    ),
    (
        "Tell me about a time you dealt with a difficult customer: help me answer this.",
        "Tell me about a time you handled a difficult customer: help me answer this.",
    ),
    ("How can you cope with loneliness?", "What is the best way to deal with loneliness?"),
    (
        "How can I politely say no when the pastor asks me to volunteer more?",
        "When my pastor asks me to volunteer more, how do I decline politely?",
    ),
    (
        "My daycare parents keep showing up early. How do I enforce drop-off times?",
        "How can I enforce drop-off times when parents keep arriving early to my daycare?",
    ),
    (
        "What do I do if my tenant keeps showing up late with rent?",
        "What do I do if my tenant keeps arriving late with rent?",
    ),
    (
        "Do small claims judgments show up on credit reports?",
        "Will a small claims judgment appear on a credit report?",
    ),
    (
        "What should I do if a dog has fleas when it arrives at my salon?",
        "A dog shows up at my salon with fleas. What should I do?",
    ),
    (
        "How do I report a hit-and-run to my insurance company?",
        "What's the process for reporting a hit and run to my insurer?",
    ),
    (
        "How do I move my fish tank to a new apartment?",
        "How do I move my aquarium to a new apartment?",
    ),
    ("Can the HOA assign parking spaces?", "Is the HOA allowed to assign parking spots?"),
    ("How do I refinance my car loan?", "What's the way to refinance my auto loan?"),
    ("How do I read a car repair invoice?", "How should I read an auto repair invoice?"),
    ("Is it rude to regift a wedding present?", "Is it rude to regift a wedding gift?"),
    (
        "Can you help me write a thank you note from my son for a birthday gift?",
        "Help me write a thank-you note from my son for a birthday present.",
    ),
    (
        "Can pharmacists give flu shots to adults?",
        "Are pharmacists allowed to give flu vaccines to adults?",
    ),
    (
        "How do I ask a former boss to be a reference?",
        "What's the best way to ask my old boss to be a reference?",
    ),
    (
        "Can my former employer tell a new company why I was fired?",
        "Is my old employer allowed to tell a new company why I got fired?",
    ),
    (
        "Can my previous employer refuse to pay my final paycheck?",
        "Can my former employer refuse to pay my final paycheck?",
    ),
    ("Why is my background check taking so long?", "why's my background check taking forever"),
    (
        "How do I make my bike less attractive to thieves?",
        "How can I make my bike less appealing to thieves?",
    ),
    ("Do elite marathoners run every day?", "Do elite marathon runners run every day?"),
    (
        "What should I ask a solar salesperson before signing?",
        "Before signing, what should I ask a solar sales rep?",
    ),
    (
        "How do dental offices handle emergencies on weekends?",
        "How do dentist offices deal with emergencies on the weekend?",
    ),
    (
        "How do I install grab bars in a bathroom for my aging parents?",
        "how to install grab bars in the bathroom for elderly parents",
    ),
]
RECALL_11_REFUSED = [
    # red team 10: "how often" is no "usually", "medicine" a field, "veggie" vegetarian,
    # "speak" a dog's trick, "his deal with" a noun, "count as" beside "consider"
    ("When do tulips usually bloom?", "How often do tulips bloom?"),
    ("When do birds typically migrate?", "How often do birds migrate?"),
    ("When are property taxes usually due?", "How frequently are property taxes due?"),
    ("What is emergency medicine?", "What is emergency medication?"),
    ("What is preventive medicine?", "What is preventive medication?"),
    ("What's a good veggie option at Nando's?", "What's a good vegetable option at Nando's?"),
    ("How do I teach my dog to speak?", "How do I teach my dog to talk?"),
    ("What's his deal with my sister?", "How does he deal with my sister?"),
    (
        "What should I consider as a first-time home buyer?",
        "What counts as a first-time home buyer?",
    ),
    (
        "My old landlord is 85 and can't keep up with repairs. What can I do?",
        "My former landlord is 85 and can't keep up with repairs. What can I do?",
    ),
    # often / frequently: another animal, season, object
    ("How often should I feed my puppy?", "How frequently should I feed my kitten?"),
    (
        "How often should I bathe my dog in winter?",
        "How frequently should I bathe my dog in summer?",
    ),
    ("How often should I replace my toothbrush?", "How frequently should I replace my razor?"),
    # veggie, cheap, remodel, ban, talk, mid, medicine: another thing, another act, a swap
    ("What veggies can dogs eat?", "What vegetables can cats eat?"),
    ("Is a veggie burger healthy?", "Is a vegetable smoothie healthy?"),
    ("What's an inexpensive gift for a coworker?", "What's a cheap gift for my boss?"),
    ("Is cheap wine bad for you?", "Is inexpensive beer bad for you?"),
    ("How much does a kitchen remodel cost?", "How much does a bathroom renovation cost?"),
    (
        "Can my landlord renovate my apartment while I live there?",
        "Can I remodel my apartment while my landlord lives there?",
    ),
    ("Can my HOA ban short-term rentals?", "Can my HOA allow short-term rentals?"),
    ("Can a landlord ban pets?", "Can a landlord prohibit smoking?"),
    ("How do I talk to my teenager about drugs?", "How do I speak to my teenager about sex?"),
    ("Should I talk to HR about my manager?", "Should my manager speak to HR about me?"),
    ("How do I get my parrot to talk?", "How do I get my parrot to stop talking?"),
    ("Should I sit in the middle seat?", "Should I sit in the window seat?"),
    ("Can my son quit hockey mid-season?", "Can my son join hockey mid-season?"),
    (
        "Is it safe to give my dog human medicine?",
        "Is it safe for a human to take my dog's medication?",
    ),
    (
        "Can I take my cold medicine with my blood pressure medication?",
        "Can I take my cold medication with my allergy medicine?",
    ),
    # deal with / cope with / handle: another person, a swap, "the deal with" (a noun)
    ("How do I deal with a toxic coworker?", "How do I handle a toxic boss?"),
    ("How did Lincoln handle the Confederacy?", "How did the Confederacy deal with Lincoln?"),
    ("How does my manager deal with me?", "How do I deal with my manager?"),
    ("What's the deal with the new iPhone?", "How do I handle the new iPhone?"),
    ("Did Trump make a deal with China?", "Did Trump handle China?"),
    ("What's the big deal with gluten?", "How do I deal with gluten?"),
    ("How do toddlers cope with a new sibling?", "How do parents handle a new sibling?"),
    ("How did you deal with your first breakup?", "How did your ex handle your first breakup?"),
    # count as: the two sides traded, another category
    (
        "Does a Roth IRA count as a retirement account?",
        "Is a retirement account considered a Roth IRA?",
    ),
    ("Does a tomato count as a fruit?", "Is a tomato considered a vegetable?"),
    ("Does walking count as cardio?", "Is running considered cardio?"),
    # say no: yes, another thing, a swap
    ("Why does my toddler say no to everything?", "Why does my toddler say yes to everything?"),
    ("How do I politely say no to a wedding invitation?", "How do I politely decline a job offer?"),
    (
        "Can my landlord say no to my rental application?",
        "Can I decline my landlord's rental application?",
    ),
    # show up late / early / on / in / at: the other time, another person, another list
    (
        "What if my guests show up late to the wedding?",
        "What if my guests arrive early to the wedding?",
    ),
    (
        "What should I do if my employee keeps showing up late?",
        "What should I do if my boss keeps arriving late?",
    ),
    ("Why did my package show up on the wrong day?", "Why did my package arrive on time?"),
    ("Will a DUI show up on a background check?", "Will a DUI appear on a drug test?"),
    (
        "Will a DUI show up on a background check?",
        "Will a speeding ticket appear on a background check?",
    ),
    ("Why doesn't my printer show up in Windows?", "Why doesn't my scanner appear in Windows?"),
    (
        "What happens if I show up at the wrong court?",
        "What happens if the judge arrives at the wrong court?",
    ),
    ("Why does my ex keep showing up at my house?", "Why do I keep arriving at my ex's house?"),
    # insurer: a swap, an antonym, another owner
    (
        "Can my insurance company drop me after an accident?",
        "Can I drop my insurer after an accident?",
    ),
    ("Can my insurance company raise my rates?", "Can my insurer lower my rates?"),
    ("Should I sue the other driver's insurance company?", "Should I sue my insurer?"),
    # fish tank / planted tank: another tank, another kind, another part
    ("How big should my fish tank be for a betta?", "How big should my gas tank be?"),
    ("How do I cycle a planted tank?", "How do I cycle a saltwater aquarium?"),
    ("How do I clean my fish tank filter?", "How do I clean my aquarium heater?"),
    # parking spot: another space, an owner swap, a garage
    ("Can my HOA take away my parking spot?", "Can my HOA take away my storage space?"),
    ("Can my neighbor park in my parking spot?", "Can I park in my neighbor's parking space?"),
    ("How do I find a parking spot downtown?", "How do I find a parking garage downtown?"),
    # auto loan / repair / insurance / mechanic: another loan, vehicle, job
    ("Can I refinance my auto loan?", "Can I refinance my student loan?"),
    ("Does auto insurance cover a rental car?", "Does car insurance cover a rental truck?"),
    ("How do I become an auto mechanic?", "How do I become a car salesman?"),
    # a present: another occasion, another act, a swap; a shot: another vaccine, animal
    (
        "What is a good wedding present for my sister?",
        "What is a good birthday gift for my sister?",
    ),
    ("Is it rude to regift a wedding present?", "Is it rude to return a wedding gift?"),
    (
        "How much should I spend on a christmas present for my boss?",
        "How much should my boss spend on a christmas gift for me?",
    ),
    ("Can I get a flu shot while pregnant?", "Can I get a rabies vaccine while pregnant?"),
    ("Do dogs need rabies shots every year?", "Do cats need rabies vaccines every year?"),
    # old / previous boss: another person, a swap, the current one, "old" an age
    ("Can my old boss give me a bad reference?", "Can my former coworker give me a bad reference?"),
    ("Can I sue my old employer?", "Can my former employer sue me?"),
    ("Can my old landlord sue me?", "Can I sue my former landlord?"),
    ("Should I list my old job on my resume?", "Should I list my current job on my resume?"),
    (
        "My old roommate owes me money, what can I do?",
        "I owe my former roommate money, what can I do?",
    ),
    ("How do I forward mail from my old address?", "How do I forward mail to my former address?"),
    ("Can my previous employer sue me?", "Can I sue my former employer?"),
    (
        "My old dog keeps forgetting where his bed is",
        "My former dog keeps forgetting where his bed is",
    ),
    ("Is it worth renovating an old house?", "Is it worth renovating my former house?"),
    # taking forever, appealing, marathon runner, sales rep, dental office, aging parents
    ("Why is my download taking forever?", "Why is my upload taking so long?"),
    ("Why is my background check taking forever?", "Why is my drug test taking so long?"),
    (
        "How do I make my car less appealing to thieves?",
        "How do I make my car more attractive to buyers?",
    ),
    ("How do I make my resume more appealing?", "How do I make my resume less attractive?"),
    ("How much protein do marathon runners need?", "How much protein do sprinters need?"),
    ("How many carbs do marathon runners need?", "How many carbs do marathoners need before a 5k?"),
    ("How do I become a pharmaceutical sales rep?", "How do I become a pharmaceutical buyer?"),
    ("How much do car sales reps make?", "How much do car salespeople pay?"),
    ("How do I open a dental office?", "How do I find a dentist office near me?"),
    ("Do dental offices take Medicaid?", "Do dentist offices take Medicare?"),
    ("How do I care for my aging parents?", "How do my elderly parents care for me?"),
    (
        "Can I claim my aging parents as dependents?",
        "Can my elderly parents claim me as a dependent?",
    ),
]


# Recall pass 12: a short form typed ("can u", "pls"), a camera by its kind ("doorbell cam"), a
# phrase in other words ("get X ready for" / "prepare X for", "keep X from V-ing" / "stop X from
# V-ing", "take pictures of" / "photograph", "decide between" / "choose between"), each served
# (at 0.95, both ways) beside near misses refused
RECALL_12_SERVED = [
    # a short form typed ("can u", "pls") read as its word
    ("how do u find a lost earring in carpet", "How do you find a lost earring in a carpet?"),
    ("can u freeze cooked rice", "Can you freeze cooked rice?"),
    (
        "pls give me a babysitting checklist for a newborn",
        "Please give me a babysitting checklist for a newborn.",
    ),
    # a camera by its kind or brand ("doorbell cam")
    (
        "What height should I mount a doorbell camera at?",
        "At what height should a doorbell cam be mounted?",
    ),
    (
        "Are there any security cameras that work without wifi?",
        "Do any security cams work without Wi-Fi?",
    ),
    # "get X ready for" / "prepare X for"
    (
        "How do I prepare my child for their first time at camp?",
        "What's the way to get my kid ready for camp for the first time?",
    ),
    (
        "How should I prepare for an alumni interview?",
        "What's the best way to get ready for an alumni interview?",
    ),
    # "keep (prevent) X from V-ing" / "stop X from V-ing"
    # "how far ahead" / "how far in advance" before booking
    (
        "How far in advance should I book a kennel for the holidays?",
        "For the holidays, how far ahead should I book a kennel?",
    ),
    # "take pictures of" / "photograph"
    (
        "What should I photograph before cleaning up storm damage for my claim?",
        "Before I clean up the storm damage, what should I take pictures of for my claim?",
    ),
    # phrases in the table
    (
        "How do I choose between two piano teachers?",
        "How should I decide between two piano teachers?",
    ),
    (
        "Can I refinance my car loan with bad credit?",
        "Can I refinance my car loan with poor credit?",
    ),
    ("What's the best clay for a total beginner?", "Which clay should a complete beginner use?"),
    (
        "Do wildlife rehabilitators get paid for their work?",
        "Are wildlife rehabbers paid for the work they do?",
    ),
]
RECALL_12_REFUSED = [
    # red team 11 (taken back from the step): a sauce reduced, "always" a rule, a gift returned
    # to the shop, a turkey bought ready, "stop" read as "terminate", "the law of" physics
    ("How long does it take to reduce red wine?", "How long does it take to cut down on red wine?"),
    ("Does a water softener always use salt?", "Does a water softener constantly use salt?"),
    (
        "Does the sump pump always run after heavy rain?",
        "Does the sump pump run constantly after heavy rain?",
    ),
    ("Is it rude to give back a gift?", "Is it rude to return a gift?"),
    (
        "Where can I get a turkey ready to eat for Thanksgiving?",
        "How do I prepare a turkey to eat for Thanksgiving?",
    ),
    (
        "Can my employer keep me from working a second job?",
        "Can my employer terminate me for working a second job?",
    ),
    (
        "Does a perpetual motion machine go against the law of conservation of energy?",
        "Is a perpetual motion machine illegal?",
    ),
    # "u" / "pls": the other words still read
    ("can u recommend a book for my son", "Can you recommend a book for my daughter?"),
    ("can u freeze cooked rice", "Can you freeze uncooked rice?"),
    (
        "pls give me a babysitting checklist for a newborn",
        "Please give me a babysitting checklist for a toddler.",
    ),
    ("pls summarize this article in 3 sentences", "Please summarize this article in 5 sentences."),
    # "cam": not alone (an engine's, a lock's), nor another device
    ("What does a cam do in an engine?", "What does a camera do in an engine?"),
    ("How do I replace a cam lock on a cabinet?", "How do I replace a camera lock on a cabinet?"),
    (
        "What height should I mount a doorbell cam at?",
        "What height should I mount a doorbell chime at?",
    ),
    # "get ready": what for, who for, and readiness judged
    ("How do I get my kid ready for kindergarten?", "How do I prepare my kid for preschool?"),
    ("How do I get my dog ready for a new baby?", "How do I prepare my baby for a new dog?"),
    ("Is my kid ready for sleepaway camp?", "How do I prepare my kid for sleepaway camp?"),
    # "keep from": who stops whom, and "keep" before a noun or a gerund
    ("Can my ex keep me from seeing my kids?", "Can I keep my ex from seeing my kids?"),
    ("How do I keep secrets from my wife?", "How do I prevent secrets from my wife?"),
    ("How do I stop my dog from eating grass?", "How do I keep my dog eating grass?"),
    # "how far ahead": a distance, another thing booked
    ("How far ahead can I see with my high beams?", "How early can I see with my high beams?"),
    (
        "How far ahead should I book a flight to Japan?",
        "How far in advance should I book a hotel in Japan?",
    ),
    # "take pictures of": another object, posting
    ("Can I take photos of my ballot?", "Can I photograph my passport?"),
    (
        "Is it okay to take pictures of my kids' friends?",
        "Is it okay to post pictures of my kids' friends?",
    ),
    # the table's phrases beside another detail, and their other senses
    ("How do I choose between two job offers?", "How do I decide between two colleges?"),
    (
        "How do I choose between two summer camps?",
        "How do I decide whether to send my kid to summer camp?",
    ),
    (
        "Is it against the law to record a phone call in California?",
        "Is it illegal to record a phone call in Florida?",
    ),
    ("Is it legal to drive barefoot?", "Is it against the law to drive barefoot?"),
    ("How can I give back to my community?", "How can I return to my community?"),
    ("Will the taxi company give it back?", "Will the taxi company give it away?"),
    ("How do I cut down a tree safely?", "How do I reduce a tree safely?"),
    ("How do I cut down on sugar?", "How do I reduce salt?"),
    ("Can I refinance my car with poor credit?", "Can I refinance my car with no credit?"),
    ("Can I get a mortgage with poor credit?", "Can I get a car loan with bad credit?"),
    (
        "Is it totally safe to eat raw cookie dough?",
        "Is it completely unsafe to eat raw cookie dough?",
    ),
    ("What is the total cost of owning a dog?", "What is the complete cost of owning a cat?"),
    ("My roommate is constantly late, what do I do?", "My roommate is always early, what do I do?"),
    ("Why is my dog constantly hungry?", "Why is my cat always hungry?"),
    ("Do wildlife rehabbers accept pigeons?", "Do wildlife rehabilitators accept snakes?"),
    ("Do real estate rehabbers need a license?", "Do wildlife rehabilitators need a license?"),
]


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("can u help me pls", "can you help me please"),
        ("r u allowed to park here", "are you allowed to park here"),
        ("In u-substitution, can u be negative?", "In u-substitution, can u be negative?"),
        ("What is PLS regression?", "What is PLS regression?"),
        ("my Wyze cams keep going offline", "my Wyze cameras keep going offline"),
        ("What does a cam do", "What does a cam do"),
        ("How do I get my kid ready for camp?", "How do I prepare my kid for camp?"),
        ("Is my kid ready for camp?", "Is my kid ready for camp?"),
        (
            "How do I keep my bike from getting stolen?",
            "How do I keep my bike from getting stolen?",
        ),
        ("Can they prevent me from parking?", "Can they prevent me from parking?"),
        ("How do I prevent my dog from barking?", "How do I prevent my dog from barking?"),
        ("Can I keep the money from selling it?", "Can I keep the money from selling it?"),
        ("How do I keep secrets from my wife?", "How do I keep secrets from my wife?"),
        (
            "For the holidays, how far ahead should I book?",
            "For the holidays, how early should I book?",
        ),
        ("How far ahead is the next exit?", "How far ahead is the next exit?"),
        ("What should I take pictures of?", "What should I photograph?"),
        ("Is it against the law?", "Is it against the law?"),
        ("Will they give it back?", "Will they give it back?"),
        ("How can I give back to my community?", "How can I give back to my community?"),
        ("How do I cut down a tree?", "How do I cut down a tree?"),
    ],
)
def test_recall_12_normalised(text: str, out: str) -> None:
    assert normalise(text) == out


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("How did she deal with it?", "How did she handle it?"),
        ("She dealt with it", "She handled it"),
        ("What is the deal with gluten?", "What is the deal with gluten?"),
        ("He showed up late", "He arrive late"),
        ("He showed up on time", "He appear on time"),
        ("Will it show up on my report?", "Will it appear on my report?"),
        ("my old boss", "my former boss"),
        ("How frequently should I talk to him?", "How often should I speak to him?"),
        ("I talked to my medicine", "I spoke to my medication"),
        ("What's his deal with her?", "what is his deal with her?"),
        ("my old dog", "my old dog"),
        ("a gas tank", "a gas tank"),
    ],
)
def test_recall_11_phrases(text: str, out: str) -> None:
    assert normalise(text) == out


# -- the tables above, each pair both ways ---------------------------------------------------
# (at HIGH: the first steps, round 64, red team 6's duplicates, recall 8; at 0.95: red team 7,
# recall 9-12)


@pytest.mark.parametrize(
    ("cached", "incoming"), [*SERVED, *ROUND_64_SERVED, *RED_TEAM_6_SERVED, *RECALL_8_SERVED]
)
def test_duplicates_are_served_both_ways(cached: str, incoming: str) -> None:
    assert verify(cached, incoming, HIGH, CONFIG).accept
    assert verify(incoming, cached, HIGH, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming"), [*REFUSED, *ROUND_64_REFUSED, *RECALL_8_REFUSED])
def test_near_misses_stay_refused_both_ways(cached: str, incoming: str) -> None:
    assert not verify(cached, incoming, HIGH, CONFIG).accept
    assert not verify(incoming, cached, HIGH, CONFIG).accept


RECALL_13_SERVED = [
    # a word with a hyphen on one side, closed up or spaced on the other (hyphens.align)
    ("Can I e-mail my landlord about the heater?", "Can I email my landlord about the heater?"),
    ("Is on-site parking free at the clinic?", "Is onsite parking free at the clinic?"),
    ("How much does an in-ground sprinkler cost?", "How much does an in ground sprinkler cost?"),
    ("Is there a co-pay for a follow-up visit?", "Is there a copay for a follow up visit?"),
    ("What is my pre-tax income if I earn $50k?", "What is my pretax income if I earn $50k?"),
]
RECALL_13_REFUSED = [
    # "re-" and "co-op": the closed form is another word; a changed part is no spelling
    ("Should I re-sign my apartment lease?", "Should I resign my apartment lease?"),
    ("How do I re-cover an old armchair?", "How do I recover an old armchair?"),
    ("How do I join a food co-op?", "How do I join a food coop?"),
    ("How much does an above-ground pool cost?", "How much does an inground pool cost?"),
    ("Is a full-time job better for a loan?", "Is a part time job better for a loan?"),
]

RECALL_15_SERVED = [
    # a short form and its words (lexicon: the words read as the letters)
    (
        "What does 'facility fee' mean on my emergency room bill?",
        "What does 'facility fee' mean on my ER bill?",
    ),
    ("Can the ER refuse to treat me?", "Can the emergency room refuse to treat me?"),
    ("Why are ERs so expensive?", "Why are emergency rooms so expensive?"),
    ("Can children wear over-the-counter hearing aids?", "Can children wear OTC hearing aids?"),
    ("Are DIY radon kits accurate?", "Are do-it-yourself radon kits accurate?"),
    # a lack said with "un-", "without", "do not have", "non-" / "not an"
    (
        "What is the good faith estimate rule for uninsured patients?",
        "What is the good faith estimate rule for patients without insurance?",
    ),
    (
        "I'm uninsured and went to the ER. How can I lower the bill?",
        "I don't have insurance and went to the ER. How can I lower the bill?",
    ),
    (
        "My insurance denied the ER claim as non-emergency. How do I appeal?",
        "My insurance denied the ER claim as not an emergency. How do I appeal?",
    ),
]
RECALL_15_SERVED += [
    # a bare "Nk" before a bill or a debt is money (amounts)
    (
        "What should I offer to settle a 10k hospital bill?",
        "What should I offer to settle a $10,000 hospital bill?",
    ),
    ("How do I pay off 15k in credit card debt?", "How do I pay off $15,000 in credit card debt?"),
]
RECALL_15_REFUSED = [
    ("How do I settle a 10k hospital bill?", "How do I settle a $10 hospital bill?"),
    ("How do I settle a 10k hospital bill?", "How do I settle a $100,000 hospital bill?"),
    ("How do I train for a 10k race?", "How do I train for a $10,000 race?"),
    ("Can the ER refuse to treat me?", "Can the OR refuse to treat me?"),
    ("Why is my ER bill so high?", "Why is my operating room bill so high?"),
    ("How long do patients stay in the ICU?", "How long do patients stay in the emergency room?"),
    ("Are OTC hearing aids any good?", "Are prescription hearing aids any good?"),
    (
        "Can hospitals charge uninsured patients more?",
        "Can hospitals charge underinsured patients more?",
    ),
    (
        "Can hospitals charge patients without insurance more?",
        "Can hospitals charge patients with insurance more?",
    ),
    (
        "What happens if the other driver is uninsured?",
        "What happens if the other driver has insurance?",
    ),
    (
        "What happens if the other driver does not have insurance?",
        "What happens if the other driver has insurance?",
    ),
    (
        "I don't have insurance, how can I lower my ER bill?",
        "I'm underinsured, how can I lower my ER bill?",
    ),
    ("Is a broken finger not an emergency?", "Is a broken finger an emergency?"),
    # red team 14: "without insurance" heading a longer phrase, workers' comp
    (
        "Can I pay cash for a prescription without insurance knowing?",
        "Can I pay cash for a prescription if I'm uninsured?",
    ),
    ("Is it legal to hire workers without insurance?", "Is it legal to hire uninsured workers?"),
    # "take" is not read as "bring": "take a boat to the island" is a ride
    ("Can you take a boat to the island?", "Can you bring a boat to the island?"),
    (
        "My insurer denied the ER claim as non-emergency. How do I appeal?",
        "My insurer denied the ER claim as an emergency. How do I appeal?",
    ),
]


# Recall 17: reorders ``direction_swap`` read as a swap that cannot trade who does what
RECALL_17_SERVED = [
    # a free adverb moved within one clause (moves.adverb_moved)
    (
        "How do you do a backflip on a trampoline safely?",
        "How can I safely do a backflip on a trampoline?",
    ),
    (
        "How do you do a cartwheel on a balance beam safely?",
        "How can I safely do a cartwheel on a balance beam?",
    ),
    (
        "How do you lift a heavy couch up the stairs safely?",
        "How can I safely lift a heavy couch up the stairs?",
    ),
    # "the N on / in my M" / "my M N" (direction._part_of_owned)
    ("Why did my watch strap break at the pin?", "Why did the strap on my watch break at the pin?"),
    (
        "Why do my sneakers' soles separate so quickly?",
        "Why do the soles on my sneakers separate so fast?",
    ),
    ("Why did the buckle on my belt snap?", "Why did my belt buckle snap?"),
    ("Why does the chain on my bike keep slipping?", "Why does my bike chain keep slipping?"),
    # "Is it X to V Y?" / "Is V-ing Y X?" (moves.extraposed)
    (
        "Is it a good workout to jump at a trampoline park?",
        "Is jumping at a trampoline park a good workout?",
    ),
    (
        "Is it tacky to have a cash bar at a wedding?",
        "Would having a cash bar at a wedding be tacky?",
    ),
    (
        "Is it a good idea to buy a used car from a dealer?",
        "Is buying a used car from a dealer a good idea?",
    ),
    # "How long does a N V take?" / "How long does it take to V a N?" (moves.cost_of_act)
    ("How long does a Rolex service take?", "How long does it take to service a Rolex?"),
    ("How long does a transmission flush take?", "How long does it take to flush a transmission?"),
    ("How much does a piano tuning cost?", "How much does it cost to tune a piano?"),
]
RECALL_17_SERVED += [
    # two asks in the other order, the name and its pronoun traded (moves.asks_swapped)
    (
        "What does topping a tree mean and why is it bad?",
        "Why is topping a tree bad, and what does it mean?",
    ),
    (
        "What causes wheel bite and how do I prevent it?",
        "How can I prevent wheel bite, and what causes it?",
    ),
    (
        "What causes a stuck fermentation and how do I fix it?",
        "How do I fix a stuck fermentation, and what causes it?",
    ),
    (
        "What's wet cleaning and is it better than dry cleaning?",
        "Is wet cleaning better than dry cleaning, and what is it?",
    ),
]
RECALL_17_REFUSED = [
    (
        "How do I remove the tire and how do I replace it?",
        "How do I replace the tire and how do I remove it?",
    ),
    (
        "What causes my dog to bite my cat and how do I stop it?",
        "How do I stop my cat biting my dog, and what causes it?",
    ),
    (
        "Can I rent paintball gear or do I need to buy it?",
        "Do I need to rent paintball gear, or can I buy it?",
    ),
    ("Why do cats sometimes chase dogs?", "Why do dogs chase cats sometimes?"),
    ("Why does my dog bite my cat sometimes?", "Why does my cat sometimes bite my dog?"),
    ("Why did the strap on my watch break?", "Why did the watch on my strap break?"),
    ("Why did the chain on my bike snap?", "Why did the bike on my chain snap?"),
    ("Why did the hair on my son's bow break?", "Why did my bow's son hair break?"),
    ("Is it bad to walk my dog after eating?", "Is eating bad after walking my dog?"),
    ("Is it ok to give my dog to my cousin?", "Is giving my cousin to my dog ok?"),
    (
        "Is it tacky to have a wedding at a cash bar?",
        "Would having a cash bar at a wedding be tacky?",
    ),
    ("How long does a teacher review take?", "How long does it take to review a teacher?"),
    ("How long does a plumber visit take?", "How long does it take to visit a plumber?"),
]


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        *RECALL_9_SERVED,
        *RECALL_10_SERVED,
        *RECALL_11_SERVED,
        *RECALL_12_SERVED,
        *RECALL_13_SERVED,
        *RECALL_15_SERVED,
        *RECALL_17_SERVED,
    ],
)
def test_later_recall_steps_are_served(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.95, CONFIG).accept


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        *RED_TEAM_7_REFUSED,
        *RECALL_9_REFUSED,
        *RECALL_10_REFUSED,
        *RECALL_11_REFUSED,
        *RECALL_12_REFUSED,
        *RECALL_13_REFUSED,
        *RECALL_15_REFUSED,
        *RECALL_17_REFUSED,
    ],
)
def test_later_near_misses_are_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.95, CONFIG).accept


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("whats the average lifespan of shingles", "what's the average lifespan of shingles"),
        ("Whats up, im tired and cant sleep", "What's up, I'm tired and can't sleep"),
        ("IM me when the CANT form is ready", "IM me when the CANT form is ready"),
    ],
)
def test_a_contraction_typed_bare_gets_its_apostrophe(text: str, out: str) -> None:
    assert apostrophes(text) == out


def test_a_bare_contraction_reaches_the_frames() -> None:
    """The frames read "whats the average lifespan of X" as "what's the ..." (round 98)."""
    cached = "whats the average lifespan of architectural shingles"
    incoming = "What is the average lifespan of architectural shingles?"
    assert verify(cached, incoming, 0.95, CONFIG).accept
    assert verify(incoming, cached, 0.95, CONFIG).accept


# Hardening pass 4: near-misses only the classifier's cut of 0.93 refuses, which no rule reads
# apart because each is arguably the same question. At min_score 0.92 they are served; the
# assertion is kept at 0.93, said explicitly.
# - "What can I do if <the asker's own state>?" is read by `advice` as "What should I do"
#   (things to do in Paris, what to do while pregnant) against "What are my options"; but
#   "What can I do if I'm pregnant?" is as often "what are my options", and a day in Paris
#   asks for the same list of things to do either way.
# - "Do you need X to V?" asks the assistant, or anyone ("you" generic, as in "Do you need a
#   passport to fly to Mexico?", served as "Is a passport needed ..."); read generic, it is
#   "Do I need X to V?" (the policy serves "Do you need the stack trace ..." / "Is the stack
#   trace needed ..." at its real cosine, 0.965).
CLASSIFIER_CUT_ONLY = [
    (
        "What can I do if I have a day in Paris?",
        "What are my options if I have a day in Paris?",
        HIGH,
    ),
    ("What can I do if I'm pregnant?", "What are my options if I'm pregnant?", HIGH),
    (
        "Do you need the stack trace to find the bug?",
        "Do I need the stack trace to find the bug?",
        RED_TEAM_6_COSINE,
    ),
    # one coach against "my coaches" (the staff): the same bench decision asked about either
    # way; at its real cosine (0.929) the classifier refuses it at 0.92 too
    ("Who did my coach bench?", "Who was benched by my coaches?", HIGH),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), CLASSIFIER_CUT_ONLY)
def test_arguable_near_misses_refused_at_the_093_cut(
    cached: str, incoming: str, cosine: float
) -> None:
    config = replace(CONFIG, min_score=0.93)
    assert not verify(cached, incoming, cosine, config).accept
    assert not verify(incoming, cached, cosine, config).accept
