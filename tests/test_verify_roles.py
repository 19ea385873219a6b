"""Who does what to whom (policies/verify/roles.py): the same verb with its arguments
trading places is refused; the same roles said another way (passive / active, a clause
moved, do-support, a possessive) are not read as a swap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from policies.verify import VerifyConfig, direction, logic, roles, rules, verify
from policies.verify.layers import placed_traded
from policies.verify.roles import phrases, states, traded
from policies.verify.roles.active_read import passive_said_active
from policies.verify.roles.agent_nouns import agent_said_thing
from policies.verify.roles.as_doer import as_doer_caused_traded
from policies.verify.roles.asked_leave import asked_leave_traded
from policies.verify.roles.asked_party import doer_asked_traded, done_to_asker_traded
from policies.verify.roles.asker_doer import party_made_asker, role_made_asker
from policies.verify.roles.asker_subject import asker_subject_traded
from policies.verify.roles.askers import asker_role_traded
from policies.verify.roles.aspect import wrapped_doer_traded
from policies.verify.roles.behalf import proxy_traded
from policies.verify.roles.benefactive import mine_said_for_me
from policies.verify.roles.beside import beside_dropped
from policies.verify.roles.by_asker import asker_agent_made_owner
from policies.verify.roles.causative import (
    caused_doer_traded,
    caused_group_traded,
    caused_motion_traded,
)
from policies.verify.roles.claimed import claimed_relation_traded
from policies.verify.roles.clausal import (
    by_relative_said,
    first_conjunct_dropped,
    followed_clause_dropped,
    relative_doer_changed,
    second_clause,
)
from policies.verify.roles.clauses import clause_swap
from policies.verify.roles.compared import compared_sides_traded
from policies.verify.roles.compared_clauses import compared_clauses_traded
from policies.verify.roles.compared_ends import move_ends_traded, relatives_compared_traded
from policies.verify.roles.compared_marked import marked_sides_traded
from policies.verify.roles.compared_ones import stand_in_sides_traded
from policies.verify.roles.complainer import complainer_traded
from policies.verify.roles.compound_taker import compound_taker_traded
from policies.verify.roles.conjoined import conjunct_said_one, modifiers_traded
from policies.verify.roles.control_owner import control_owner_traded
from policies.verify.roles.converse import converse_verb
from policies.verify.roles.counterparts import counterpart_made_doer, liable_party_traded
from policies.verify.roles.crossed import condition_party_changed
from policies.verify.roles.datives import compound_receiver_traded
from policies.verify.roles.deixis import come_said_go
from policies.verify.roles.departures import for_goal_traded
from policies.verify.roles.doer_swapped import (
    complainant_traded,
    hired_doer_traded,
    maker_traded,
)
from policies.verify.roles.doers import doer_receiver_traded
from policies.verify.roles.dropped import (
    clause_dropped,
    own_dropped,
    perfect_dropped,
    relative_said_clause,
)
from policies.verify.roles.elided import elided_expanded
from policies.verify.roles.embedded import (
    embedded_subject,
    reported_holder_traded,
    told_listener_traded,
)
from policies.verify.roles.ends import end_traded
from policies.verify.roles.followed import (
    chain_owner_collapsed,
    frame_subject_said,
    judged_doer_traded,
)
from policies.verify.roles.for_side import benefit_owner_traded, let_place_traded
from policies.verify.roles.formed import product_made_party
from policies.verify.roles.frames import (
    passive_compared_traded,
    wh_relative_traded,
    whose_doer_traded,
)
from policies.verify.roles.general import general_swap
from policies.verify.roles.gerund_doer import gerund_doer_traded
from policies.verify.roles.gerund_owner import declined_owner_traded, thief_made_victim
from policies.verify.roles.gerunds import advised_party_traded
from policies.verify.roles.getpassive import got_done_active
from policies.verify.roles.giver_owner import giver_owner_traded
from policies.verify.roles.guest_host import guest_owner_traded, visitor_traded
from policies.verify.roles.guest_with import guest_traded
from policies.verify.roles.handed import (
    asked_source_made_receiver,
    given_away_traded,
    learned_from_traded,
    source_made_taker,
)
from policies.verify.roles.head_owner import head_made_owner_traded
from policies.verify.roles.heads import head_traded
from policies.verify.roles.hopped import er_noun_said, pronoun_dropped, self_traded
from policies.verify.roles.hosted import guest_made_host, host_made_guest, undergoer_made_maker
from policies.verify.roles.hosting import host_traded
from policies.verify.roles.infinitive_voice import infinitive_voice_traded
from policies.verify.roles.inverted import subject_object_inverted, wh_noun_traded
from policies.verify.roles.judged_clause import clause_doer_traded
from policies.verify.roles.judged_owner import judge_owner_traded
from policies.verify.roles.kin_relatives import kin_owner_traded, whom_head_traded
from policies.verify.roles.lets import (
    host_said_let,
    let_asked_traded,
    let_doers_traded,
    let_object_made_subject,
    let_user_traded,
    plural_owner_said,
)
from policies.verify.roles.means_doer import means_doer_traded
from policies.verify.roles.middle import middle_traded
from policies.verify.roles.mine_moved import genitive_moved_across, mine_moved_across
from policies.verify.roles.mistaken import erring_party_traded
from policies.verify.roles.modal_doer import modal_doer_traded
from policies.verify.roles.modifiers import modifiers_exchanged
from policies.verify.roles.moved import whose_phrase_traded, whose_relation_asked
from policies.verify.roles.named_genitive import named_genitive_traded
from policies.verify.roles.objects import object_changed
from policies.verify.roles.one_relatives import (
    contrasted_relatives_traded,
    feeling_holder_traded,
    one_relative_said,
    relative_owned_traded,
    relative_voice_traded,
    standalone_owner_moved,
    stranded_relative_traded,
    whose_kin_moved,
    whose_passive_traded,
    whose_place_traded,
)
from policies.verify.roles.origins import origin_destination_traded
from policies.verify.roles.owned import (
    deed_owner_traded,
    doer_owner_traded,
    owner_trade,
    owners_crossed,
)
from policies.verify.roles.owner_doer import member_became_doer, owner_doer_swap
from policies.verify.roles.part_owner import part_owner_traded
from policies.verify.roles.parties import party_owner_traded, standalone_owned_said
from policies.verify.roles.party_readings import (
    blamed_gerund_said,
    compound_doer_traded,
    compound_owner_said,
    gerund_doer_said,
    own_owner_dropped,
    pronoun_owner_named,
    unowned_said_mine,
    we_said_i,
)
from policies.verify.roles.passives import (
    owner_made_recruiter,
    stemmed_passive_swap,
    strong_passive_swap,
    taken_from_asked,
    victim_owner_traded,
)
from policies.verify.roles.place_owner import place_owned
from policies.verify.roles.preps import prepositions_traded
from policies.verify.roles.prior_state import prior_made_asker
from policies.verify.roles.pronoun_doer import pronoun_doer_traded
from policies.verify.roles.qualified import means_learner_traded, qualified_undergoer_traded
from policies.verify.roles.questions import (
    dative_said_to,
    pied_whom_said_stranded,
    receiver_asked_sender,
    wh_transposed,
    which_asked_traded,
    which_head_traded,
    which_said_who,
    whose_source_traded,
)
from policies.verify.roles.quoted import quoted_said_content
from policies.verify.roles.reassigned import got_from_given
from policies.verify.roles.recipient_owner import recipient_made_owner
from policies.verify.roles.reduced_read import (
    compound_subject_said,
    pronoun_relative_dropped,
    relative_owner_traded,
)
from policies.verify.roles.refunded import caused_payer_traded, late_party_traded
from policies.verify.roles.relation_held import held_relation_traded
from policies.verify.roles.relative_events import (
    catenative_dropped,
    contact_heads_traded,
    controller_pronoun_said,
    kin_said_back,
    main_and_relative_doers_traded,
    passive_owner_moved,
    preposed_whom_traded,
    pronoun_subject_named,
    reduced_head_made_subject,
    relative_doer_joined,
    relative_doer_named_back,
    relative_head_wanted,
    relative_roles_traded,
    theme_made_sender,
    thing_made_done,
    thinker_doer_traded,
    voiced_owner_traded,
)
from policies.verify.roles.relatives import option_relative_traded
from policies.verify.roles.relinked import let_dropped
from policies.verify.roles.same_heads import same_head_marks_traded
from policies.verify.roles.self_described import self_described
from policies.verify.roles.sentences import trade_sentence
from policies.verify.roles.serving import served_owner_traded
from policies.verify.roles.shifted import contrasted_verbs_traded, relative_predicate_traded
from policies.verify.roles.side_trades import complements_traded, owner_side_traded
from policies.verify.roles.spantrade import relative_subjects_traded, than_owner_said
from policies.verify.roles.standalone_subject import standalone_subject_traded
from policies.verify.roles.stepped import stepped_participle_traded
from policies.verify.roles.stranded import (
    head_source_traded,
    relative_traded,
    stranded_preposition_traded,
)
from policies.verify.roles.subject_owner import subject_owner_traded
from policies.verify.roles.subsets import subset_reversed
from policies.verify.roles.thanked import thanked_party_traded
from policies.verify.roles.told_doer import told_doer_traded
from policies.verify.roles.traded import people_traded, verb_people_traded
from policies.verify.roles.transfer_source import recipient_made_source
from policies.verify.roles.undergoer import doer_made_undergoer
from policies.verify.roles.undergone import asker_undergoer_traded
from policies.verify.roles.victims import against_party_changed
from policies.verify.roles.voice_heads import head_voice_traded
from policies.verify.roles.voiced import _stem, by_made_object
from policies.verify.roles.wanted import (
    group_joiner_traded,
    told_turned_round,
    want_turned_round,
    wanted_doer_changed,
    wisher_traded,
)
from policies.verify.roles.whochain import who_chain_traded
from policies.verify.roles.whose_move import strategy_get_passive_traded
from policies.verify.roles.whose_object import object_owner_traded, reporter_made_owner
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed, parse

# Served by the policy before roles.py (rounds 30-32, measured on 77fa996), with the cosine
# all-MiniLM-L6-v2 gives the pair.
ROLE_SWAPS = [
    (
        "How do I stop my 4 year old from hitting his brother?",
        "How do I stop my 4 year old's brother from hitting him?",
        0.98,
    ),
    (
        "Can I sue the other driver's insurance company?",
        "Can the other driver sue my insurance company?",
        0.976,
    ),
    (
        "Will my insurance go up if someone hits me?",
        "Will my insurance go up if I hit someone?",
        0.97,
    ),
    (
        "Does my car insurance cover a friend driving my car?",
        "Does my car insurance cover me driving a friend's car?",
        0.985,
    ),
    ("Can I reset another user's password?", "Can another user reset my password?", 0.967),
    ("My admin locked me out, what can I do?", "I locked my admin out, what can I do?", 0.98),
    ("Which countries did the Mongols conquer?", "Which countries conquered the Mongols?", 0.966),
    ("Who did Alexander the Great defeat?", "Who defeated Alexander the Great?", 0.978),
    (
        "My manager gave me a written warning. What should I do?",
        "I gave my manager a written warning. What should I do?",
        0.987,
    ),
    ("Who reports to the HR manager?", "Who does the HR manager report to?", 0.976),
    (
        "My coworker reported me to HR for harassment. What happens next?",
        "I reported my coworker to HR for harassment. What happens next?",
        0.982,
    ),
    ("Who did the CEO promote to VP?", "Who promoted the CEO to VP?", 0.957),
    (
        "My team lead reports to me. How do I give feedback?",
        "I report to my team lead. How do I give feedback?",
        0.956,
    ),
    (
        "Who did the manager hire to replace Sarah?",
        "Who hired the manager that replaced Sarah?",
        0.979,
    ),
    (
        "Who did Spain beat in the 2010 World Cup final?",
        "Who beat Spain in the 2010 World Cup final?",
        0.991,
    ),
    (
        "Who did Germany beat in the 2014 World Cup final?",
        "Who beat Germany in the 2014 World Cup final?",
        0.989,
    ),
    (
        "Who did France beat in the 2018 World Cup final?",
        "Who beat France in the 2018 World Cup final?",
        0.987,
    ),
    (
        "Who did Argentina beat in the 2022 World Cup final?",
        "Who beat Argentina in the 2022 World Cup final?",
        0.988,
    ),
    (
        "Who did the Patriots beat in the Super Bowl LI?",
        "Who beat the Patriots in the Super Bowl LI?",
        0.99,
    ),
    (
        "Who did the Chiefs beat in the Super Bowl LIV?",
        "Who beat the Chiefs in the Super Bowl LIV?",
        0.991,
    ),
    (
        "Who did the Cavaliers beat in the 2016 NBA Finals?",
        "Who beat the Cavaliers in the 2016 NBA Finals?",
        0.992,
    ),
    (
        "Who did Liverpool beat in the 2005 Champions League final?",
        "Who beat Liverpool in the 2005 Champions League final?",
        0.992,
    ),
    (
        "Who did South Africa beat in the 2023 Rugby World Cup final?",
        "Who beat South Africa in the 2023 Rugby World Cup final?",
        0.992,
    ),
    (
        "Who did the Red Sox beat in the 2004 World Series?",
        "Who beat the Red Sox in the 2004 World Series?",
        0.992,
    ),
    (
        "Who passed to Messi for his goal in the 2014 final?",
        "Who did Messi pass to for the goal in the 2014 final?",
        0.969,
    ),
    ("Who tackled him before the injury?", "Who did he tackle before the injury?", 0.948),
    (
        "Which team traded Wayne Gretzky to the Kings?",
        "Which team did the Kings trade Wayne Gretzky to?",
        0.982,
    ),
    ("Who knocked out Mike Tyson in 1990?", "Who did Mike Tyson knock out in 1990?", 0.958),
    (
        "Who did Ali defeat in the Rumble in the Jungle?",
        "Who defeated Ali in the Rumble in the Jungle?",
        0.989,
    ),
    (
        "Who replaced Alex Ferguson as Manchester United manager?",
        "Who did Alex Ferguson replace as Manchester United manager?",
        0.993,
    ),
    (
        "Which team did the Bulls beat in the 1998 Finals?",
        "Which team beat the Bulls in the 1998 Finals?",
        0.995,
    ),
    ("Who coached Jordan at North Carolina?", "Who did Jordan coach at North Carolina?", 0.972),
    (
        "I sent money to the wrong person on Zelle.",
        "The wrong person sent money to me on Zelle.",
        0.974,
    ),
    (
        "The merchant refunded me but the money hasn't arrived.",
        "I refunded the merchant but the money hasn't arrived.",
        0.974,
    ),
    (
        "My landlord charged me a late fee. Is that legal?",
        "I charged my landlord a late fee. Is that legal?",
        0.994,
    ),
    (
        "Someone sent me a payment I don't recognize on Cash App.",
        "I sent someone a payment they don't recognize on Cash App.",
        0.972,
    ),
    ("Why was my transfer to my mom rejected?", "Why was my mom's transfer to me rejected?", 0.972),
    ("Who charged me $9.99 on my credit card?", "Who did I charge $9.99 on my credit card?", 0.963),
    (
        "My friend paid for my dinner, how do I pay her back on Venmo?",
        "I paid for my friend's dinner, how do I get her to pay me back on Venmo?",
        0.981,
    ),
    (
        "I lent my brother $1,000. How do I document it?",
        "My brother lent me $1,000. How do I document it?",
        0.986,
    ),
    (
        "The bank charged me a wire fee for an incoming wire.",
        "I charged the bank a fee for an incoming wire.",
        0.956,
    ),
    (
        "Who scored against Brazil in the 7-1 game?",
        "Who did Brazil score against in the 7-1 game?",
        0.953,
    ),
    (
        "Which team eliminated the US from the 2022 World Cup?",
        "Which team did the US eliminate from the 2022 World Cup?",
        0.957,
    ),
    ("I was sent a check that bounced. What now?", "I sent a check that bounced. What now?", 0.99),
    (
        "The seller filed a dispute against me on PayPal.",
        "I filed a dispute against the seller on PayPal.",
        0.981,
    ),
    ("Was my payment to the IRS received?", "Was the IRS payment to me received?", 0.99),
    (
        "Who charged my account a monthly maintenance fee?",
        "Whose account did I charge a monthly maintenance fee?",
        0.957,
    ),
    (
        "My payment to the utility company bounced. Will they charge me?",
        "The utility company's payment to me bounced. Will I charge them?",
        0.979,
    ),
]

# Duplicates the policy serves that use a table verb on both sides (rounds 12-32): still served.
SAME_ROLES_SERVED = [
    ("Is hair loss caused by stress?", "Does stress cause hair loss?", 0.977),
    ("Is anxiety caused by caffeine?", "Does caffeine cause anxiety?", 0.97),
    ("Can dehydration cause headaches?", "Is headaches caused by dehydration?", 0.964),
    (
        "I was fired without notice. Can I sue my employer?",
        "Can I sue my employer for firing me without notice?",
        0.947,
    ),
    (
        "How do I get my roommate to pay rent on time?",
        "How can I make my roommate pay their rent on time?",
        0.941,
    ),
    (
        "Can my parents kick me out at 17?",
        "Are my parents allowed to kick me out when I'm 17?",
        0.963,
    ),
    (
        "How do I report my landlord for not fixing the heat?",
        "My landlord won't fix the heating, how do I report him?",
        0.931,
    ),
    (
        "Can my landlord charge me for carpet cleaning when I move out?",
        "Is it legal for my landlord to charge me for cleaning the carpets after I move out?",
        0.948,
    ),
    ("My dog ate a grape, what should I do?", "What should I do if my dog ate a grape?", 0.977),
    ("Who pays attorney fees in a divorce?", "In a divorce, who pays the attorney's fees?", 0.968),
    (
        "Can my employer make me sign a non-compete after I start?",
        "Can an employer require me to sign a non-compete after I've already started the job?",
        0.94,
    ),
    ("Does the seller pay for the appraisal?", "Is the appraisal paid by the seller?", 0.967),
    ("When did Germany invade Poland?", "In what year did Germany invade Poland?", 0.975),
    ("Who defeated Napoleon at Waterloo?", "Napoleon was defeated at Waterloo by whom?", 0.967),
    (
        "I was fired by my employer. Am I entitled to severance?",
        "My employer fired me. Am I entitled to severance?",
        0.989,
    ),
    (
        "Can she be fired for reporting her manager?",
        "If she reports her manager, can she be fired for it?",
        0.967,
    ),
    ("Who did the CEO promote to VP?", "Who was promoted to VP by the CEO?", 0.954),
    (
        "How did Spain beat Netherlands in the 2010 World Cup final?",
        "How was Netherlands beaten by Spain in the 2010 World Cup final?",
        0.97,
    ),
    ("Who knocked out Mike Tyson in 1990?", "Who was Mike Tyson knocked out by in 1990?", 0.988),
    (
        "Who did Ali defeat in the Rumble in the Jungle?",
        "Who was defeated by Ali in the Rumble in the Jungle?",
        0.988,
    ),
    (
        "Which team traded Wayne Gretzky to the Kings?",
        "Which team was Wayne Gretzky traded from when he went to the Kings?",
        0.978,
    ),
    ("I was charged twice by the merchant.", "The merchant charged me twice.", 0.96),
    (
        "Why did my bank charge me an overdraft fee?",
        "Why was I charged an overdraft fee by my bank?",
        0.988,
    ),
    (
        "Can my manager give my direct report a bad reference?",
        "Is my manager allowed to give my direct report a bad reference?",
        0.984,
    ),
    ("Was Holyfield bitten by Tyson?", "Did Tyson bite Holyfield?", 0.952),
    (
        "How do I get a boy to stop following me?",
        "How can I get a boy to stop following me?",
        0.998,
    ),
]

# More swaps, written for this rule (not from a round): the rule itself reads them.
MORE_SWAPS = [
    ("Who did Brutus kill?", "Who killed Brutus?"),
    ("Can my landlord evict me?", "Can I evict my landlord?"),
    ("What do pandas eat?", "What eats pandas?"),
    ("Who did Socrates teach?", "Who taught Socrates?"),
    ("Who inspired Picasso?", "Who did Picasso inspire?"),
    ("My wife left me, what should I do?", "I left my wife, what should I do?"),
    ("Can my ex visit me?", "Can I visit my ex?"),
    ("Can the admin remove me from the group?", "Can I remove the admin from the group?"),
    ("Can my boss text me after work?", "Can I text my boss after work?"),
    ("Do I owe the IRS money?", "Does the IRS owe me money?"),
    ("Who owes me money?", "Who do I owe money?"),
    ("Who was Alexander Hamilton shot by?", "Who did Alexander Hamilton shoot?"),
    ("I hit a parked car. What should I do?", "A parked car hit me. What should I do?"),
    ("Who was defeated by Napoleon at Austerlitz?", "Who defeated Napoleon at Austerlitz?"),
]

# The same roles in other words, symmetric verbs, converse verbs, noun compounds: no swap.
SAME_ROLES = [
    ("Who did Tom marry?", "Who married Tom?"),
    ("Who did Federer play in the 2008 final?", "Who played Federer in the 2008 final?"),
    (
        "Who did Ali fight in the Rumble in the Jungle?",
        "Who fought Ali in the Rumble in the Jungle?",
    ),
    (
        "Did Spain beat Netherlands in the 2010 World Cup final?",
        "Did Netherlands lose to Spain in the 2010 World Cup final?",
    ),
    (
        "Who beat Netherlands in the 2010 World Cup final?",
        "Who did Netherlands lose to in the 2010 World Cup final?",
    ),
    (
        "I was given a written warning by my manager. What should I do?",
        "My manager gave me a written warning. What should I do?",
    ),
    (
        "My manager gave me a written warning. What should I do?",
        "What should I do after my manager gave me a written warning?",
    ),
    (
        "My coworker reported me to HR. What happens next?",
        "What happens next now that I've been reported to HR by my coworker?",
    ),
    (
        "How do I transfer money from savings to checking?",
        "How do I transfer money to checking from savings?",
    ),
    ("Did Federer beat Nadal at Wimbledon 2008?", "At Wimbledon 2008, did Federer defeat Nadal?"),
    (
        "Was Liverpool eliminated by Barcelona in 2019?",
        "Did Barcelona eliminate Liverpool in 2019?",
    ),
    ("Who did the CEO promote to VP?", "Who was promoted to VP by the CEO?"),
    (
        "The merchant refunded me but the money hasn't arrived.",
        "I was refunded by the merchant but the money hasn't arrived.",
    ),
    (
        "I sent my friend $50 on Venmo by mistake. How do I get it back?",
        "How do I get back $50 I accidentally sent my friend on Venmo?",
    ),
    (
        "How do I get my tenant to pay me rent through Zelle?",
        "How can my tenant pay rent to me using Zelle?",
    ),
    (
        "Can my employer fire me for refusing overtime?",
        "Is it legal for my employer to fire me because I refused overtime?",
    ),
    (
        "I reported my coworker to HR for harassment. What happens next?",
        "What happens after I report a coworker to HR for harassment?",
    ),
    (
        "Why was Cyrus Mistry sacked by Ratan Tata from Tata Sons?",
        "Why did the Tata Sons sacked Cyrus Mistry?",
    ),
    (
        "Why did Germany invade Poland in 1939?",
        "What was the reason Germany invaded Poland in 1939?",
    ),
    (
        "What are some of the funniest answers given by Siri?",
        "What are the funniest answers given by Siri?",
    ),
    ("How does a car remote lock work?", "How does a car lock remote work?"),
    (
        "Who pays the recruiter's fee, the employer or the candidate?",
        "Is the recruiter's fee paid by the employer or by the candidate?",
    ),
    (
        "Can I be demoted for filing a complaint against my manager?",
        "If I file a complaint about my manager, can I be demoted for it?",
    ),
    (
        "Are black people under-represented on Quora?",
        "Why are African/Black Americans under-represented on Quora?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROLE_SWAPS)
def test_role_swaps_are_refused(cached: str, incoming: str, cosine: float) -> None:
    verdict = verify(cached, incoming, cosine, VerifyConfig())
    assert not verdict.accept
    assert "direction_swap" in verdict.reasons


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROLE_SWAPS)
def test_role_swaps_are_refused_by_the_rule_alone(
    cached: str, incoming: str, cosine: float
) -> None:
    verdict = verify(cached, incoming, cosine, replace(VerifyConfig(), classifier=False))
    assert verdict.reasons == ("direction_swap",)


@pytest.mark.parametrize(("cached", "incoming", "cosine"), SAME_ROLES_SERVED)
def test_same_roles_in_other_words_are_served(cached: str, incoming: str, cosine: float) -> None:
    assert verify(cached, incoming, cosine, VerifyConfig()).accept


@pytest.mark.parametrize(("cached", "incoming"), MORE_SWAPS)
def test_role_swap_reads_other_verbs(cached: str, incoming: str) -> None:
    assert roles.role_swap(parse(cached), parse(incoming))
    assert roles.role_swap(parse(incoming), parse(cached))


@pytest.mark.parametrize(("cached", "incoming"), SAME_ROLES)
def test_same_roles_are_no_swap(cached: str, incoming: str) -> None:
    assert not roles.role_swap(parse(cached), parse(incoming))
    assert not roles.role_swap(parse(incoming), parse(cached))


def test_pairs_without_a_table_verb_are_not_read() -> None:
    no_verb = parse("How long does an NBA quarter last?"), parse("NBA quarter length")
    assert not roles.role_swap(*no_verb)


# Round 33 (written blind before the rule, measured out of sample on 8a10beb: served), one
# per group: verbs outside the table, adjective predicates, a passive with a possessor,
# possessive chains turned round, "from X to Y" regrouped. All same-content pairs.
R33_SWAPS = [
    ("Who invested in Amazon?", "Who did Amazon invest in?", 0.957),
    ("What fish do dolphins hunt?", "What fish hunt dolphins?", 0.976),
    ("Which animals depend on coral reefs?", "Which animals do coral reefs depend on?", 0.990),
    (
        "What animals does the bald eagle steal food from?",
        "What animals steal food from the bald eagle?",
        0.991,
    ),
    (
        "Which startup did he invest in before joining Google?",
        "Which startup invested in him before he joined Google?",
        0.971,
    ),
    (
        "My daughter won't talk to me after the fight. What should I do?",
        "I won't talk to my daughter after the fight. What should I do?",
        0.973,
    ),
    (
        "My wife wants a divorce and I don't. What now?",
        "I want a divorce and my wife doesn't. What now?",
        0.966,
    ),
    (
        "My girlfriend forgot my birthday. Should I be upset?",
        "I forgot my girlfriend's birthday. Should she be upset?",
        0.963,
    ),
    (
        "My best friend is dating my ex. Should I say something?",
        "I'm dating my best friend's ex. Should I say something?",
        0.959,
    ),
    (
        "My brother is angry at me for missing the wedding. How do I fix it?",
        "I'm angry at my brother for missing the wedding. How do I fix it?",
        0.989,
    ),
    (
        "I was hurt by my daughter-in-law's comments about my weight. How should I respond?",
        "My daughter-in-law was hurt by my comments about their weight. How should I respond?",
        0.955,
    ),
    (
        "How do I deal with my sister's husband who keeps borrowing money?",
        "How do I deal with my husband's sister who keeps borrowing money?",
        0.980,
    ),
    (
        "Is it weird that I don't get along with my mother's boyfriend?",
        "Is it weird that I don't get along with my boyfriend's mother?",
        0.966,
    ),
    (
        "Did Apple switch from Intel chips to its own?",
        "Did Apple switch from its own chips to Intel?",
        0.995,
    ),
]

# The class, not the listed pairs: other predicates, other people (none in round 33).
GENERAL_SWAPS = [
    # round 33 too, but verify() first rewrites "is it okay for me to" into "can you": left
    ("Is it okay for my parents to read my texts?", "Is it okay for me to read my parents' texts?"),
    (
        "My cat is afraid of my dog. What should I do?",
        "My dog is afraid of my cat. What should I do?",
    ),
    ("Is my boss jealous of me?", "Am I jealous of my boss?"),
    ("What do lions eat?", "What eats lions?"),
    ("My mom is disappointed in me", "I'm disappointed in my mom"),
    ("My son is embarrassed by me", "I am embarrassed by my son"),
    ("How do I get along with my brother's wife?", "How do I get along with my wife's brother?"),
    (
        "Did Microsoft move from Windows phones to Android?",
        "Did Microsoft move from Android phones to Windows?",
    ),
]

# Near misses: the same content words in another order that ask the same thing.
GENERAL_SAME = [
    ("Did Tom marry Ann?", "Did Ann marry Tom?"),
    ("Did Tom meet Ann at the party?", "Did Ann meet Tom at the party?"),
    ("Move money from savings to checking", "Move money to checking from savings"),
    ("How do I reset my car remote lock?", "How do I reset my car lock remote?"),
    ("After I paid him, he left", "He left after I paid him"),
    ("My sister and I fight a lot", "I and my sister fight a lot"),
    ("Is Tom as tall as Ann?", "Is Ann as tall as Tom?"),
    ("Is Python similar to Ruby?", "Is Ruby similar to Python?"),
    ("Do cats get along with dogs?", "Do dogs get along with cats?"),
    ("I want to talk with my boss about a raise", "I want to talk about a raise with my boss"),
    (
        "When my son lies to me, how should I react?",
        "How should I react when my son lies to me?",
    ),
    # served duplicates the first drafts refused (rounds 12, 14, 16, 30, QQP)
    ("roth ira vs traditional ira", "traditional ira vs roth ira"),
    (
        "Create a workout plan and a meal plan for weight loss",
        "Create a meal plan and a workout plan for weight loss",
    ),
    (
        "How do I get my baby to sleep when she is teething?",
        "When my baby is teething, how do I get her to sleep?",
    ),
    (
        "Should I file a claim with my insurer or the other driver's insurer?",
        "Should I file a claim with the other driver's insurer or mine?",
    ),
    (
        "Can I invest other people's money if they gift me the money and I gift them back "
        "their profits?",
        "Can I invest other's money if they gift me their money and I gift them back their "
        "profits?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), R33_SWAPS)
def test_round_33_swaps_are_refused(cached: str, incoming: str, cosine: float) -> None:
    verdict = verify(cached, incoming, cosine, VerifyConfig())
    assert not verdict.accept
    assert "direction_swap" in verdict.reasons


@pytest.mark.parametrize(("cached", "incoming"), [(a, b) for a, b, _ in R33_SWAPS] + GENERAL_SWAPS)
def test_participants_trading_places_are_a_swap(cached: str, incoming: str) -> None:
    assert roles.general_swap(parse(cached), parse(incoming))
    assert roles.general_swap(parse(incoming), parse(cached))


@pytest.mark.parametrize(("cached", "incoming"), GENERAL_SAME)
def test_same_content_in_another_order_is_no_swap(cached: str, incoming: str) -> None:
    assert not roles.general_swap(parse(cached), parse(incoming))
    assert not roles.general_swap(parse(incoming), parse(cached))


# Rounds 34-35 (written blind before bfaae5c): served by bfaae5c, with their cosines.
R34_35_SWAPS = [
    (
        "Who did the principal suspend last week?",
        "Who suspended the principal last week?",
        0.953,
    ),
    (
        "Who did the vice principal suspend last week?",
        "Who suspended the vice principal last week?",
        0.969,
    ),
    (
        "Who did the head teacher suspend last week?",
        "Who suspended the head teacher last week?",
        0.971,
    ),
    (
        "Who did the superintendent suspend last week?",
        "Who suspended the superintendent last week?",
        0.967,
    ),
    (
        "Who did the dean of students suspend last week?",
        "Who suspended the dean of students last week?",
        0.973,
    ),
    (
        "Who does the dean of students report to?",
        "Who reports to the dean of students?",
        0.981,
    ),
    (
        "Who is the professor mentoring this year?",
        "Who is mentoring the professor this year?",
        0.987,
    ),
    (
        "My son is annoyed with his English teacher.",
        "My son's English teacher is annoyed with him.",
        0.975,
    ),
    (
        "Who did the surgeon operate on this morning?",
        "Who operated on the surgeon this morning?",
        0.964,
    ),
    (
        "Why is my dad angry at his nurse?",
        "Why is my dad's nurse angry at him?",
        0.987,
    ),
    (
        "The landlord evicted my roommate but not me.",
        "The landlord evicted me but not my roommate.",
        0.989,
    ),
    (
        "My neighbor moved out and left her cat with me.",
        "I moved out and left my cat with my neighbor.",
        0.966,
    ),
    (
        "Can a nurse refuse to treat a patient?",
        "Can a patient refuse to be treated by a nurse?",
        0.977,
    ),
    (
        "How can I see who ghosted me?",
        "How can I see who I ghosted?",
        0.985,
    ),
    (
        "Someone impersonated me on TikTok, how do I report it?",
        "I impersonated someone on TikTok, how do I report it?",
        0.988,
    ),
    (
        "My ex's new girlfriend keeps viewing my stories.",
        "My new girlfriend's ex keeps viewing my stories.",
        0.993,
    ),
    (
        "My travel agent's client lost their passport.",
        "My client's travel agent lost their passport.",
        0.995,
    ),
    (
        "The airline lost my luggage, what can I claim?",
        "I lost my luggage, what can the airline claim?",
        0.970,
    ),
    (
        "What compensation do I get if my flight is cancelled?",
        "What compensation do I get if I cancel my flight?",
        0.967,
    ),
    (
        "The hotel overbooked and moved me to another hotel, what am I owed?",
        "I overbooked the hotel and moved to another hotel, what am I owed?",
        0.987,
    ),
    (
        "Can I return shoes bought online to a Walmart store?",
        "Can I return shoes bought in a Walmart store online?",
        0.994,
    ),
    (
        "Can I return a mattress bought online to a Costco store?",
        "Can I return a mattress bought in a Costco store online?",
        0.995,
    ),
    (
        "Can I return headphones bought online to a Best Buy store?",
        "Can I return headphones bought in a Best Buy store online?",
        0.995,
    ),
    (
        "Can I return a phone case bought online to a H&M store?",
        "Can I return a phone case bought in a H&M store online?",
        0.992,
    ),
    (
        "Is the store responsible for a package stolen from my porch?",
        "Am I responsible for a package stolen from the store's porch?",
        0.966,
    ),
    (
        "For the store to accept a return, what do I need?",
        "For me to accept a return from the store, what do I need?",
        0.971,
    ),
]

# The classes of rounds 34-35, other verbs, subjects and trailing phrases (each accepted
# by bfaae5c's rule): wh-questions with a long subject or a trailing phrase, embedded
# wh-clauses, pronouns for a person, possessive chains with two-word heads, another doer
# of the same verb, a passive with no doer against 'I', two phrases after a participle.
R34_35_CLASS = [
    ("Who does the head of marketing answer to?", "Who answers to the head of marketing?"),
    ("Who did the vet operate on yesterday?", "Who operated on the vet yesterday?"),
    ("Who is the coach training this season?", "Who is training the coach this season?"),
    ("How can I find out who blocked me?", "How can I find out who I blocked?"),
    ("Can I check who unfollowed me?", "Can I check who I unfollowed?"),
    ("My daughter is upset with her math tutor.", "My daughter's math tutor is upset with her."),
    ("Why is my mom mad at her boss?", "Why is my mom's boss mad at her?"),
    ("The school suspended my son but not me.", "The school suspended me but not my son."),
    (
        "My brother moved out and left his dog with me.",
        "I moved out and left my dog with my brother.",
    ),
    ("My boss's new assistant keeps emailing me.", "My new assistant's boss keeps emailing me."),
    ("My real estate agent's client backed out.", "My client's real estate agent backed out."),
    ("The bank froze my account, what can I do?", "I froze my account, what can the bank do?"),
    ("What happens if my order is cancelled?", "What happens if I cancel my order?"),
    ("What should I do if my account was suspended?", "What should I do if I suspend my account?"),
    (
        "The restaurant overcharged and refunded me, is that legal?",
        "I overcharged the restaurant and refunded, is that legal?",
    ),
    ("Can a teacher refuse to grade a student?", "Can a student refuse to be graded by a teacher?"),
    (
        "Is the landlord liable for a bike stolen from my garage?",
        "Am I liable for a bike stolen from the landlord's garage?",
    ),
    (
        "For the bank to approve a loan, what do I need?",
        "For me to approve a loan from the bank, what do I need?",
    ),
    (
        "Can I return a dress bought online to a Zara store?",
        "Can I return a dress bought in a Zara store online?",
    ),
]

# Near misses: the same people in the same roles, said another way.
R34_35_SAME = [
    ("Who did the principal suspend last week?", "Last week, who did the principal suspend?"),
    (
        "Who did the dean of students suspend last week?",
        "Which student did the dean of students suspend last week?",
    ),
    ("Who is the professor mentoring this year?", "This year, who is the professor mentoring?"),
    ("How can I see who ghosted me?", "Is there a way to see who has ghosted me?"),
    (
        "My son is annoyed with his English teacher.",
        "My son is irritated with his English teacher.",
    ),
    ("My son is annoyed with his English teacher.", "His English teacher annoys my son."),
    (
        "The landlord evicted my roommate but not me.",
        "The landlord evicted my roommate, but not me.",
    ),
    (
        "The airline lost my luggage, what can I claim?",
        "My luggage was lost by the airline, what can I claim?",
    ),
    (
        "The airline lost my luggage, what can I claim?",
        "What can I claim if the airline lost my luggage?",
    ),
    ("Can a nurse refuse to treat a patient?", "Can a patient be refused treatment by a nurse?"),
    (
        "Can I return shoes bought online to a Walmart store?",
        "Can I return shoes bought online to a store of Walmart?",
    ),
    (
        "Can I return shoes bought online with a gift card?",
        "Can I return shoes bought with a gift card online?",
    ),
    ("Flights booked online last week", "Flights booked last week online"),
    (
        "Can I return a shirt bought in a store with cash?",
        "Can I return a shirt bought with cash in a store?",
    ),
    (
        "My flight was cancelled by the airline, what can I do?",
        "The airline cancelled my flight, what can I do?",
    ),
    (
        "My ex's new girlfriend keeps viewing my stories.",
        "The new girlfriend of my ex keeps viewing my stories.",
    ),
    (
        "If I unfollow my ex on Instagram, can he see it?",
        "Can my ex see that I unfollowed him on Instagram?",
    ),
    (
        "Who did the surgeon operate on this morning?",
        "Which patient did the surgeon operate on this morning?",
    ),
    (
        "The hotel moved me to another hotel, what am I owed?",
        "What am I owed if the hotel moved me to another hotel?",
    ),
    # the subject-trade reading leaves symmetric verbs and coordinated subjects alone
    ("My cousin got engaged to my boss.", "My boss got engaged to my cousin."),
    ("My brother and I argue a lot", "I and my brother argue a lot"),
    ("Did my mom play against my dad?", "Did my dad play against my mom?"),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), R34_35_SWAPS)
def test_round_34_35_swaps_are_refused(cached: str, incoming: str, cosine: float) -> None:
    verdict = verify(cached, incoming, cosine, VerifyConfig())
    assert not verdict.accept
    assert "direction_swap" in verdict.reasons
    alone = verify(cached, incoming, cosine, replace(VerifyConfig(), classifier=False))
    assert "direction_swap" in alone.reasons


@pytest.mark.parametrize(("cached", "incoming"), R34_35_CLASS)
def test_round_34_35_classes_are_refused_both_ways(cached: str, incoming: str) -> None:
    config = replace(VerifyConfig(), classifier=False)
    assert "direction_swap" in verify(cached, incoming, 0.95, config).reasons
    assert "direction_swap" in verify(incoming, cached, 0.95, config).reasons


@pytest.mark.parametrize(("cached", "incoming"), R34_35_SAME)
def test_round_34_35_near_misses_are_no_swap(cached: str, incoming: str) -> None:
    assert not roles.role_swap(parse(cached), parse(incoming))
    assert not roles.role_swap(parse(incoming), parse(cached))


# Rounds 36 / 37 (written blind before 2345204, measured out of sample on it: served), one
# per group, with the cosine all-MiniLM-L6-v2 gives the pair.
R36_37_SWAPS = [
    (
        "The goalkeeper yelled at our striker at practice, is that okay?",
        "The goalkeeper was yelled at by our striker at practice, is that okay?",
        0.990,
    ),
    (
        "The other team's coach undermined our coach at practice, is that okay?",
        "The other team's coach was undermined by our coach at practice, is that okay?",
        0.987,
    ),
    (
        "My girlfriend flirted with her sister last weekend, should I say something?",
        "My girlfriend was flirted with by her sister last weekend, should I say something?",
        0.992,
    ),
    ("Can my cat give me ringworm?", "Can I give my cat ringworm?", 0.960),
    ("Can my dog give me worms?", "Can I give my dog worms?", 0.947),
    (
        "How do I tell the coach my daughter wants to quit?",
        "How do I tell my daughter the coach wants to quit?",
        0.995,
    ),
    (
        "How do I tell HR my manager is harassing a coworker?",
        "How do I tell my manager HR is harassing a coworker?",
        0.995,
    ),
    (
        "I got stood up on a first date, should I text him?",
        "I stood him up on a first date, should I text him?",
        0.977,
    ),
    ("My cat keeps bringing dead mice to me.", "My cat keeps bringing me to dead mice.", 0.987),
    (
        "My friend lied to her parents about me.",
        "My friend lied to me about her parents.",
        0.969,
    ),
    (
        "Can my son play in the fall league and the winter league?",
        "Can my son play in the fall league instead of the winter league?",
        0.987,
    ),
]

# The same classes with other verbs, people, diseases and trailing phrases (not in the data).
R36_37_CLASS = [
    (
        "My neighbor shouted at the mailman yesterday, can he sue?",
        "My neighbor was shouted at by the mailman yesterday, can he sue?",
    ),
    (
        "The intern blamed her manager for the outage.",
        "The intern was blamed by her manager for the outage.",
    ),
    (
        "My boss laughed at my coworker in the meeting.",
        "My boss was laughed at by my coworker in the meeting.",
    ),
    (
        "My roommate ghosted my sister after the party.",
        "My roommate was ghosted by my sister after the party.",
    ),
    ("I got fired by my client last week.", "I fired my client last week."),
    (
        "I got dumped after three dates, is that normal?",
        "I dumped him after three dates, is that normal?",
    ),
    ("Can my parrot give me psittacosis?", "Can I give my parrot psittacosis?"),
    ("Could my kid give me the flu?", "Could I give my kid the flu?"),
    (
        "Should I tell the teacher my son is being bullied?",
        "Should I tell my son the teacher is being bullied?",
    ),
    (
        "How do I tell my wife my boss wants me to move?",
        "How do I tell my boss my wife wants me to move?",
    ),
    ("My dog keeps bringing his toys to me.", "My dog keeps bringing me to his toys."),
    ("My sister complained to our mom about me.", "My sister complained to me about our mom."),
    ("Can I use butter and oil in this cake?", "Can I use butter instead of oil in this cake?"),
    ("Should I buy a Mac and a PC?", "Should I buy a Mac rather than a PC?"),
]

# Near misses: the same roles (passive / active with the same doer, "instead of" / "rather
# than", a dative moved), no new refusal.
R36_37_SAME = [
    (
        "My crush texted my coworker last weekend, should I say something?",
        "My coworker was texted by my crush last weekend, should I say something?",
    ),
    ("The startup overpaid the developer.", "The developer was overpaid by the startup."),
    ("Why did the referee send off our coach?", "Why was our coach sent off by the referee?"),
    ("Can I use butter instead of oil?", "Can I use butter rather than oil?"),
    (
        "Is it a red flag if he never introduces me to his friends?",
        "Is it a red flag if he never introduces his friends to me?",
    ),
    ("Can I replace oil with butter?", "Can I use butter instead of oil?"),
    (
        "How do I tell the coach my daughter wants to quit?",
        "How do I tell the coach that my daughter wants to quit?",
    ),
    ("I was stood up on a first date.", "I got stood up on a first date."),
]


def _new_refusal(cached: str, incoming: str) -> bool:
    reasons = verify(cached, incoming, 0.95, replace(VerifyConfig(), classifier=False)).reasons
    return "direction_swap" in reasons or "connective_mismatch" in reasons


@pytest.mark.parametrize(("cached", "incoming", "cosine"), R36_37_SWAPS)
def test_round_36_37_swaps_are_refused(cached: str, incoming: str, cosine: float) -> None:
    assert not verify(cached, incoming, cosine, VerifyConfig()).accept
    assert _new_refusal(cached, incoming)


@pytest.mark.parametrize(("cached", "incoming"), R36_37_CLASS)
def test_round_36_37_classes_are_refused_both_ways(cached: str, incoming: str) -> None:
    assert _new_refusal(cached, incoming)
    assert _new_refusal(incoming, cached)


@pytest.mark.parametrize(("cached", "incoming"), R36_37_SAME)
def test_round_36_37_near_misses_are_no_swap(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        a, b = parse(x), parse(y)
        assert not roles.passive_swap(a, b)
        assert not roles.close_swap(a, b)
        assert not logic.connective_mismatch(a, b)


# Round 38 (written blind before 469a204), served on 9c491b4: a possessor moved between two
# participants, a wh-word as subject against object, "do for", a told clause's subject changed,
# a predicate possessive, a pronoun's owner. And round 36 / 37's leftovers.
R38_SWAPS = [
    (
        "My son's coach keeps comparing him to his older brother.",
        "My son keeps comparing his coach to his older brother.",
    ),
    (
        "My son is afraid of the officer who arrested him.",
        "The officer who arrested my son is afraid of him.",
    ),
    (
        "The professor blamed me for my teammate's plagiarism.",
        "The professor blamed my teammate for my plagiarism.",
    ),
    (
        "Who should email the professor, me or the group leader?",
        "Who should the professor email, me or the group leader?",
    ),
    (
        "What does power of attorney let me do for my mother?",
        "What does power of attorney let my mother do for me?",
    ),
    (
        "My stepdad's daughter is his primary caregiver.",
        "My stepdad is his daughter's primary caregiver.",
    ),
    (
        "How do I tell my mother she can't live alone anymore?",
        "How do I tell my mother I can't live alone anymore?",
    ),
    (
        "The admin gave the scammer my items back.",
        "The admin gave me the scammer's items back.",
    ),
    (
        "Who is my guild leader angry at?",
        "Who is angry at my guild leader?",
    ),
    (
        "How do I tell my guild I'm leaving for their rival?",
        "How do I tell my guild their rival is leaving for us?",
    ),
    (
        "My grandmother's neighbor checks on her every morning.",
        "My grandmother checks on her neighbor every morning.",
    ),
    (
        "The coach's favorite player is his nephew.",
        "The coach's nephew's favorite player is him.",
    ),
    (
        "My date showed up an hour late, is that a dealbreaker?",
        "I showed up an hour late to my date, is that a dealbreaker?",
    ),
    (
        "Is it illegal for police to search my car without a warrant?",
        "Is it illegal for me to search a police car without a warrant?",
    ),
    (
        "The man who robbed my store was released on bail.",
        "The man whose store I robbed was released on bail.",
    ),
]

# The same classes with other verbs, people and trailing phrases (written for the rule).
R38_CLASS = [
    (
        "My daughter's teacher keeps comparing her to her sister.",
        "My daughter keeps comparing her teacher to her sister.",
    ),
    (
        "My daughter is scared of the dog that bit her.",
        "The dog that bit my daughter is scared of her.",
    ),
    (
        "My brother is angry at the man who robbed him.",
        "The man who robbed my brother is angry at him.",
    ),
    (
        "The teacher blamed me for my classmate's mistake.",
        "The teacher blamed my classmate for my mistake.",
    ),
    (
        "My boss blamed my coworker for my error on the report.",
        "My boss blamed me for my coworker's error on the report.",
    ),
    (
        "The landlord gave the old tenant my deposit back.",
        "The landlord gave me the old tenant's deposit back.",
    ),
    (
        "The moderator sent the hacker my account details.",
        "The moderator sent me the hacker's account details.",
    ),
    (
        "Who should call the landlord, me or my roommate?",
        "Who should the landlord call, me or my roommate?",
    ),
    (
        "Who will replace the coach next season?",
        "Who will the coach replace next season?",
    ),
    (
        "Who can pick up my son after school?",
        "Who can my son pick up after school?",
    ),
    (
        "What does a guardianship let me do for my father?",
        "What does a guardianship let my father do for me?",
    ),
    (
        "What can my landlord do to me?",
        "What can I do to my landlord?",
    ),
    (
        "My uncle's wife is his business partner.",
        "My uncle is his wife's business partner.",
    ),
    (
        "My sister's son is her legal guardian.",
        "My sister is her son's legal guardian.",
    ),
    (
        "How do I tell my dad he can't drive anymore?",
        "How do I tell my dad I can't drive anymore?",
    ),
    (
        "How do I tell my boss she is wrong about the deadline?",
        "How do I tell my boss I am wrong about the deadline?",
    ),
    (
        "How do I tell my team I'm joining their competitor?",
        "How do I tell my team their competitor is joining us?",
    ),
    (
        "Who is my sister jealous of?",
        "Who is jealous of my sister?",
    ),
    (
        "Who is the referee angry at?",
        "Who is angry at the referee?",
    ),
    (
        "Who was my cat scared of?",
        "Who was scared of my cat?",
    ),
    (
        "My aunt's caregiver calls her every night.",
        "My aunt calls her caregiver every night.",
    ),
    (
        "My dad's nurse visits him every week.",
        "My dad visits his nurse every week.",
    ),
    (
        "The woman who hit my car drove away.",
        "The woman whose car I hit drove away.",
    ),
    (
        "The boy who bullied my son was suspended.",
        "The boy whose son I bullied was suspended.",
    ),
    (
        "The manager's favorite employee is his cousin.",
        "The manager's cousin's favorite employee is him.",
    ),
    (
        "My friend showed up two hours late, should I be mad?",
        "I showed up two hours late to my friend, should I be mad?",
    ),
    (
        "Is it legal for teachers to search my backpack?",
        "Is it legal for me to search a teacher's backpack?",
    ),
]

# Near misses: the same owners, the same wh-role, the same told subject, a pronoun that may be
# either person ("what are his rights" after another first noun phrase).
R38_SAME = [
    (
        "The professor blamed me for my plagiarism.",
        "The professor blamed me for plagiarism I committed.",
    ),
    (
        "My stepdad's daughter is my primary caregiver.",
        "My primary caregiver is my stepdad's daughter.",
    ),
    (
        "My sister's husband is my best friend.",
        "My best friend is my sister's husband.",
    ),
    (
        "My son's teacher is annoyed with him.",
        "My son's teacher is irritated with him.",
    ),
    (
        "Who should email the professor, me or the group leader?",
        "Who should email the professor: me or the group leader?",
    ),
    (
        "Who is my guild leader?",
        "Who is the leader of my guild?",
    ),
    (
        "How do I tell my mother I can't visit this week?",
        "How do I tell my mom that I can't visit this week?",
    ),
    (
        "How do I tell my boss he is wrong?",
        "How do I tell my boss they are wrong?",
    ),
    (
        "The admin gave me my items back.",
        "The admin gave my items back to me.",
    ),
    (
        "The police arrested my son at school, what are his rights?",
        "My son was arrested by police at school, what are his rights?",
    ),
    (
        "Why did the streamer mute his viewer after the match?",
        "After the match, why did the streamer mute his viewer?",
    ),
    (
        "My girlfriend flirted with her sister last weekend, should I say something?",
        "Her sister was flirted with by my girlfriend last weekend, should I say something?",
    ),
    (
        "What should I do for my mother's birthday?",
        "What should I do for my mom's birthday?",
    ),
    (
        "My grandmother checks on her neighbor every morning.",
        "Every morning, my grandmother checks on her neighbor.",
    ),
]

# A comma-set adjunct moved to the front keeps the order of the roles.
FRONTED = [
    (
        "How should I handle it if the senior keeps covering for the "
        "freshman during the group project?",
        "During the group project, if the senior keeps covering for "
        "the freshman, how should I handle it?",
    ),
    (
        "My professor gave everyone in the group the same grade even "
        "though I did most of the work.",
        "Even though I did most of the work, my professor gave "
        "everyone in the group the same grade.",
    ),
    (
        "What are the signs that the nurse is isolating my uncle at home?",
        "At home, what are the signs that the nurse is isolating my uncle?",
    ),
    (
        "What should I do if my landlord keeps my deposit after I move out?",
        "After I move out, if my landlord keeps my deposit, what should I do?",
    ),
]

# ... but a role swap inside the moved clause is still one.
FRONTED_SWAPS = [
    (
        "How should I handle it if the senior keeps covering for the "
        "freshman during the group project?",
        "During the group project, if the freshman keeps covering "
        "for the senior, how should I handle it?",
    ),
    (
        "What should I do if my landlord keeps my deposit after I move out?",
        "After I move out, if I keep my landlord's deposit, what should I do?",
    ),
    (
        "My professor gave everyone the same grade even though I did most of the work.",
        "Even though my professor did most of the work, I gave everyone the same grade.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), R38_SWAPS)
def test_round_38_swaps_are_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, VerifyConfig()).accept
        assert roles.role_swap(parse(x), parse(y))


@pytest.mark.parametrize(("cached", "incoming"), R38_CLASS)
def test_round_38_classes_are_refused_both_ways(cached: str, incoming: str) -> None:
    assert roles.role_swap(parse(cached), parse(incoming))
    assert roles.role_swap(parse(incoming), parse(cached))


@pytest.mark.parametrize(("cached", "incoming"), R38_SAME)
def test_round_38_near_misses_are_no_swap(cached: str, incoming: str) -> None:
    assert not roles.role_swap(parse(cached), parse(incoming))
    assert not roles.role_swap(parse(incoming), parse(cached))


@pytest.mark.parametrize(("cached", "incoming"), FRONTED)
def test_fronted_adjuncts_keep_the_order(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        a, b = parse(x), parse(y)
        assert not direction.direction_swap(a, b)
        assert not roles.role_swap(a, b)
        reasons = verify(x, y, 0.99, replace(VerifyConfig(), classifier=False)).reasons
        assert "direction_swap" not in reasons


@pytest.mark.parametrize(("cached", "incoming"), FRONTED_SWAPS)
def test_fronted_adjuncts_with_roles_swapped_are_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, VerifyConfig()).accept


# Sixth pass (rounds 39-41, served on aa967dd) and variants written for it: a dative's receiver
# traded with its theme's owner (with a tail), possessive chains of three in another order,
# the one told or the reporter changed, a reduced relative against a "who" clause, a
# comparison turned round, the subject's owner made the subject, an owner moved across "is";
# and same-role passives / datives turned round.
R41_SWAPS = [
    (
        "I think my sister robbed our father last winter, who do I call?",
        "I think my sister was robbed by our father last winter, who do I call?",
    ),
    (
        "My coworker keeps blaming me for her mistakes.",
        "My coworker keeps getting blamed by me for her mistakes.",
    ),
    (
        "My cat keeps hissing at my new boyfriend.",
        "My cat keeps getting hissed at by my new boyfriend.",
    ),
    (
        "Should I tell my brother that his ex is coming to my wedding?",
        "Should I tell my brother's ex that he is coming to my wedding?",
    ),
    (
        "Who is my husband's best man's plus-one?",
        "Who is my husband's plus-one's best man?",
    ),
    (
        "My ex-husband is bringing our kids to his new wife's wedding shower, is that okay?",
        "My ex-husband's new wife is bringing our kids to my wedding shower, is that okay?",
    ),
    (
        "The user reported that IT blocked her laptop.",
        "IT reported that the user blocked her laptop.",
    ),
    (
        "My daughter's friend's mom keeps asking me to babysit.",
        "My friend's daughter's mom keeps asking me to babysit.",
    ),
    (
        "My roommate's girlfriend's dog bit me.",
        "My girlfriend's roommate's dog bit me.",
    ),
    (
        "My coach's coach is a former bodybuilder.",
        "My coach is a former bodybuilder's coach.",
    ),
    (
        "The trainer I hired ignores my injury.",
        "The trainer who hired me ignores my injury.",
    ),
    (
        "My coach gave my teammate my training plan, is that okay?",
        "My coach gave me my teammate's training plan, is that okay?",
    ),
    (
        "I train with my brother, but he lifts more than me.",
        "I train with my brother, but I lift more than him.",
    ),
    (
        "The lender gave the appraiser my loan file, is that okay?",
        "The lender gave me the appraiser's loan file, is that okay?",
    ),
    (
        "The title company gave the seller my wire instructions, is that okay?",
        "The title company gave me the seller's wire instructions, is that okay?",
    ),
    (
        "My advisor gave my coauthor my draft, is that okay?",
        "My advisor gave me my coauthor's draft, is that okay?",
    ),
    (
        "My manager gave my coworker my performance review.",
        "My manager gave me my coworker's performance review.",
    ),
    (
        "The nurse showed my sister my test results, is that allowed?",
        "The nurse showed me my sister's test results, is that allowed?",
    ),
    (
        "My landlord sent my roommate my lease, what should I do?",
        "My landlord sent me my roommate's lease, what should I do?",
    ),
    (
        "My boss forwarded my draft to my colleague.",
        "My boss forwarded my colleague's draft to me.",
    ),
    (
        "My sister's boyfriend's cat scratched me.",
        "My boyfriend's sister's cat scratched me.",
    ),
    (
        "Who is my wife's cousin's husband?",
        "Who is my cousin's wife's husband?",
    ),
    (
        "Who is my brother's best friend's wife?",
        "Who is my brother's wife's best friend?",
    ),
    (
        "My mom's friend is a nurse.",
        "My mom is a nurse's friend.",
    ),
    (
        "Should I tell my sister that her boss is leaving?",
        "Should I tell my sister's boss that she is leaving?",
    ),
    (
        "The client said that my manager lied about the deadline.",
        "My manager said that the client lied about the deadline.",
    ),
    (
        "The tenant claimed the landlord broke the lock.",
        "The landlord claimed the tenant broke the lock.",
    ),
    (
        "The doctor I sued is retiring.",
        "The doctor who sued me is retiring.",
    ),
    (
        "The lawyer that we hired quit.",
        "The lawyer who hired us quit.",
    ),
    (
        "I play tennis with my dad, but he hits harder than me.",
        "I play tennis with my dad, but I hit harder than him.",
    ),
    (
        "My boss is coming to his wife's party, should I go?",
        "My boss's wife is coming to my party, should I go?",
    ),
    (
        "My neighbor fed my cat.",
        "My neighbor was fed by my cat.",
    ),
    (
        "Who did the committee nominate?",
        "Who nominated the committee?",
    ),
    (
        "My landlord sent my roommate the lease.",
        "My roommate sent my landlord the lease.",
    ),
    (
        "My aunt gave me her old car.",
        "I gave my aunt her old car.",
    ),
    (
        "The coach benched my son last game.",
        "The coach was benched by my son last game.",
    ),
]

# The same roles in the other voice: the passive's by-phrase is the doer, the "to"-dative's
# phrase the receiver.
R41_KEPT = [
    (
        "I think my sister robbed our father last winter, who do I call?",
        "I think our father was robbed by my sister last winter, who do I call?",
    ),
    (
        "My coworker keeps blaming me for her mistakes.",
        "I keep getting blamed by my coworker for her mistakes.",
    ),
    (
        "My cat keeps hissing at my new boyfriend.",
        "My new boyfriend keeps getting hissed at by my cat.",
    ),
    (
        "My neighbor fed my cat.",
        "My cat was fed by my neighbor.",
    ),
    (
        "Who did the committee nominate?",
        "Who was nominated by the committee?",
    ),
    (
        "My landlord sent my roommate the lease, is that legal?",
        "My landlord sent the lease to my roommate, is that legal?",
    ),
    (
        "My aunt gave me her old car.",
        "My aunt gave her old car to me.",
    ),
    (
        "The coach benched my son last game.",
        "My son was benched by the coach last game.",
    ),
    (
        "My boss fired me yesterday.",
        "I was fired by my boss yesterday.",
    ),
    (
        "My brother paid my sister back, is that enough?",
        "My sister was paid back by my brother, is that enough?",
    ),
    (
        "The teacher showed my son his grades, is that allowed?",
        "The teacher showed his grades to my son, is that allowed?",
    ),
    (
        "The nurse showed my sister my test results.",
        "The nurse showed my test results to my sister.",
    ),
    (
        "My sister invited my fiance's mother without asking me, how do I respond?",
        "My fiance's mother was invited by my sister without asking me, how do I respond?",
    ),
    (
        "Who did my mother-in-law pay for?",
        "Who was paid for by my mother-in-law?",
    ),
    (
        "I outbid my neighbor on the house next door.",
        "My neighbor was outbid by me on the house next door.",
    ),
    (
        "My flatmate locked out his friend without telling the landlord, is that allowed?",
        "His friend was locked out by my flatmate without telling the landlord, is that allowed?",
    ),
    (
        "The lender gave the appraiser my loan file, is that okay?",
        "The lender gave my loan file to the appraiser, is that okay?",
    ),
    (
        "My cousin gave me her wedding dress to wear.",
        "My cousin gave her wedding dress to me to wear.",
    ),
    (
        "The editor gave reviewer 2 my comments, is that okay?",
        "The editor gave my comments to reviewer 2, is that okay?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), R41_SWAPS)
def test_round_41_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), R41_KEPT)
def test_round_41_same_roles_are_served(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert roles.roles_kept(parse(x), parse(y))
        reasons = verify(x, y, 0.99, replace(VerifyConfig(), classifier=False)).reasons
        assert "direction_swap" not in reasons


# A statement and the question about it, the question put first ("if" / "when" / "since",
# "is it ... that"); two stated facts joined by "and" in another order.
MOVED_QUESTIONS = [
    (
        "My roommate kicked me out without notice, what are my rights?",
        "What are my rights if my roommate kicked me out without notice?",
    ),
    (
        "My future in-laws don't like my parents, how do I keep the peace at the wedding?",
        "How do I keep the peace at the wedding when my future in-laws don't like my parents?",
    ),
    (
        "My landlord raised the rent twice this year, is that legal?",
        "Is it legal that my landlord raised the rent twice this year?",
    ),
    (
        "Our rent is $950 and one bedroom is bigger, how should we split it?",
        "One bedroom is bigger and our rent is $950, how should we split it?",
    ),
    (
        "The car is old and the brakes are worn, should I sell it?",
        "The brakes are worn and the car is old, should I sell it?",
    ),
    (
        "Is $49 a month a fair price for a gym membership?",
        "Is a gym membership at $49 a month a fair price?",
    ),
    ("Is $20 an hour a good wage for a nanny?", "Is a nanny at $20 an hour a good wage?"),
    ("Is June a good time to list a house?", "Is it a good time to list a house in June?"),
    ("Is March a good month to buy a car?", "Is it a good month to buy a car in March?"),
]

# ... but the people in the moved statement still may not trade places.
MOVED_QUESTION_SWAPS = [
    (
        "My roommate kicked me out without notice, what are my rights?",
        "What are my rights if I kicked my roommate out without notice?",
    ),
    (
        "My landlord sued my roommate, is that legal?",
        "Is it legal that my roommate sued my landlord?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), MOVED_QUESTIONS)
def test_moved_questions_keep_the_order(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not direction.direction_swap(parse(x), parse(y))


@pytest.mark.parametrize(("cached", "incoming"), MOVED_QUESTION_SWAPS)
def test_moved_questions_with_roles_swapped_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


def test_a_converse_comparison_is_no_swap() -> None:
    a = parse("I train with my brother, but he lifts more than me.")
    b = parse("I train with my brother, but I lift less than him.")
    assert not roles.role_swap(a, b)
    assert not roles.role_swap(b, a)


def test_a_contraction_is_no_owner() -> None:
    a = parse("What soil pH do blueberries need?")
    b = parse("What's the ideal soil pH for blueberries?")
    assert not roles.role_swap(a, b)
    assert not roles.role_swap(b, a)


# Seventh pass (rounds 42-43): the subject and the object of one verb traded inside a relative
# clause or a "who did" question; two clauses joined by "and" told in the other order; the same
# subject doing the verb and undergoing it.
R43_SWAPS = [
    (
        "Who hired the movers that damaged my piano?",
        "Who did the movers that damaged my piano hire?",
    ),
    ("Who called the nurse who treated my dad?", "Who did the nurse who treated my dad call?"),
    ("Who hired the tutor who helped my son?", "Who did the tutor who helped my son hire?"),
    (
        "The student who the teacher reported is appealing.",
        "The student who reported the teacher is appealing.",
    ),
    (
        "The tenant that the landlord sued moved out.",
        "The tenant that sued the landlord moved out.",
    ),
    ("The tutor that my son recommended quit", "The tutor that recommended my son quit"),
    ("The neighbour who sued me lost in court.", "The neighbour who I sued lost in court."),
    ("The class I tutor is failing.", "The class that tutors me is failing."),
    ("The mover I paid is suing me", "The mover that paid me is suing me"),
    ("My boss yelled at me and I quit", "I quit and my boss yelled at me"),
    (
        "My landlord raised the rent and we moved out.",
        "We moved out and my landlord raised the rent.",
    ),
    ("I cried and I left", "I left and I cried"),
    (
        "My sister moved out and my mom cried, what should I do?",
        "My mom cried and my sister moved out, what should I do?",
    ),
    ("My landlord sued me and I moved out", "I moved out and my landlord sued me"),
    ("The HOA fined me and I appealed", "I appealed and the HOA fined me"),
    (
        "The moving company overcharged me by $400.",
        "The moving company was overcharged $400 by me.",
    ),
    (
        "The landlord overcharged us by $300 last month",
        "The landlord was overcharged $300 by us last month",
    ),
    ("I got carried to Diamond by my duo.", "I carried my duo to Diamond."),
    ("The HOA fined my neighbour $500", "The HOA was fined $500 by my neighbour"),
    ("My sister's landlord sued her last month", "Her landlord was sued by my sister last month"),
    (
        "My brother's girlfriend filed a police report against him.",
        "A police report was filed against his girlfriend by my brother.",
    ),
    (
        "The group leader replaced me with a new member",
        "The group leader was replaced by a new member by me",
    ),
    (
        "My landlord sent my roommate a copy of the lease",
        "My roommate sent a copy of the lease to my landlord",
    ),
]

R43_SWAPS += [
    (
        "The group leader replaced me with a new member",
        "I was replaced by the group leader by a new member",
    ),
    ("The person who you called is here", "The person who called you is here"),
    ("The bill which the HOA sent is wrong", "The bill which sent the HOA is wrong"),
    (
        "The HOA charged my neighbour a $200 fee for the fence",
        "The HOA was charged a $200 fee for the fence by my neighbour",
    ),
]

R43_SWAPS += [
    (
        "My landlord gave my neighbour my parking spot, what should I do?",
        "What should I do if my landlord gave my neighbour's parking spot to me?",
    ),
    (
        "My landlord gave my neighbour my parking spot, what should I do?",
        "What should I do if my neighbour gave my parking spot to my landlord?",
    ),
    (
        "My landlord gave my parking spot to my neighbour who just moved in, is that allowed?",
        "My neighbour who just moved in gave my parking spot to my landlord, is that allowed?",
    ),
]

R43_KEPT = [
    (
        "The moving company overcharged me by $400.",
        "I was overcharged $400 by the moving company.",
    ),
    (
        "The landlord overcharged us by $300 last month",
        "We were overcharged $300 by the landlord last month",
    ),
    (
        "The group leader replaced me with a new member",
        "I was replaced by a new member by the group leader",
    ),
    (
        "The coach replaced my son with a transfer student",
        "My son was replaced by a transfer student by the coach",
    ),
    (
        "My brother's girlfriend filed a police report against him.",
        "A police report was filed against my brother by his girlfriend.",
    ),
    ("My sister's landlord sued her last month", "My sister was sued by her landlord last month"),
    (
        "The HOA gave my neighbour access to the pool",
        "The HOA gave access to the pool to my neighbour",
    ),
    (
        "My landlord sent my roommate a copy of the lease",
        "My landlord sent a copy of the lease to my roommate",
    ),
]

R43_KEPT += [
    (
        "My landlord gave my neighbour my parking spot, what should I do?",
        "What should I do if my landlord gave my parking spot to my neighbour?",
    ),
    (
        "My coach sent my teammate my training plan, is that okay?",
        "Is that okay if my coach sent my training plan to my teammate?",
    ),
    (
        "The HOA gave my neighbour my parking spot, is that legal?",
        "Is it legal if the HOA gave my parking spot to my neighbour?",
    ),
    (
        "My landlord gave my parking spot to my neighbour who just moved in, is that allowed?",
        "My landlord gave my neighbour who just moved in my parking spot, is that allowed?",
    ),
]

# Same roles with no passive or dative to read: not a swap either.
R43_SAME = [
    ("The tutor who my son recommended quit", "The tutor my son recommended quit"),
    (
        "Who hired the movers that damaged my piano?",
        "Who was it that hired the movers that damaged my piano?",
    ),
    (
        "The HOA fined my neighbour last month, is that legal?",
        "My neighbour was fined by the HOA last month, is that legal?",
    ),
    ("Who did the HOA fine $500?", "Who was fined $500 by the HOA?"),
    (
        "His girlfriend filed a restraining order against my brother",
        "A restraining order was filed against my brother by her",
    ),
    ("Apples and oranges, which is healthier?", "Oranges and apples, which is healthier?"),
    ("My tutor is strict and my son is lazy", "My son is lazy and my tutor is strict"),
    ("I have a cat and my roommate has a dog", "My roommate has a dog and I have a cat"),
    (
        "What are the risks of a Roth IRA and what are the benefits of a Roth IRA?",
        "What are the benefits of a Roth IRA and what are the risks of a Roth IRA?",
    ),
    ("My flight was delayed by two hours", "My flight delayed by two hours"),
    ("The person who I hired quit", "The person I hired quit"),
    (
        "The group leader replaced me with a new member without asking.",
        "I was replaced by a new member by the group leader without being asked.",
    ),
    (
        "The HOA charged my neighbour a $200 fee for the fence",
        "My neighbour was charged a $200 fee for the fence by the HOA",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), R43_SWAPS)
def test_round_43_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), R43_KEPT)
def test_round_43_same_roles_are_served(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert roles.roles_kept(parse(x), parse(y))
        assert verify(x, y, 0.99, replace(VerifyConfig(), classifier=False)).accept


@pytest.mark.parametrize(("cached", "incoming"), R43_SAME)
def test_round_43_same_roles_are_no_swap(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.99, replace(VerifyConfig(), classifier=False)).accept


# Eighth pass (a white-box red team, rounds 44-45): events joined by "and" in the other order,
# a relative clause with its people traded (a stranded preposition, a dative, the other voice),
# two participants or two modifiers traded across two verbs or clauses, the subject of a
# condition changed from the asker to a participant.
EVENTS_SWAPPED = [
    ("I was sick and I was fired, can I sue?", "I was fired and I was sick, can I sue?"),
    (
        "She was pregnant and she was hired, is that legal?",
        "She was hired and she was pregnant, is that legal?",
    ),
    (
        "I was injured and I was laid off, am I eligible?",
        "I was laid off and I was injured, am I eligible?",
    ),
    (
        "We were evicted and the building was sold, what are our rights?",
        "The building was sold and we were evicted, what are our rights?",
    ),
    (
        "My car was towed and I was ticketed, can I dispute?",
        "I was ticketed and my car was towed, can I dispute?",
    ),
    ("I got sick and I got fired, can I sue?", "I got fired and I got sick, can I sue?"),
]
RELATIVES_TRADED = [
    ("How do I support a friend who cheated?", "How do I support a friend who was cheated on?"),
    ("How do I help a coworker who lied?", "How do I help a coworker who was lied to?"),
    ("What do I tell a coworker who harassed?", "What do I tell a coworker who got harassed?"),
    (
        "Can I sue a doctor who misdiagnosed my husband?",
        "Can I sue a doctor my husband misdiagnosed?",
    ),
    ("How do I thank a nurse who cared for my mom?", "How do I thank a nurse my mom cared for?"),
    (
        "How do I confront a friend who lied to my wife?",
        "How do I confront a friend my wife lied to?",
    ),
    (
        "The farmer I buy eggs from wants to raise prices.",
        "The farmer who buys eggs from me wants to raise prices.",
    ),
    (
        "The friend I lent $2,000 to stopped answering my texts.",
        "The friend who lent me $2,000 stopped answering my texts.",
    ),
    ("Friends who lent me money deserve interest?", "Friends I lent money to deserve interest?"),
    ("The landlord I rent from wants to sell.", "The landlord who rents from me wants to sell."),
    (
        "The tenant I rent a room to is late on rent.",
        "The tenant who rents a room to me is late on rent.",
    ),
    (
        "The mechanic my dad sold his truck to disappeared.",
        "The mechanic who sold his truck to my dad disappeared.",
    ),
    ("The lawyer we paid $5,000 to quit.", "The lawyer who paid us $5,000 quit."),
    (
        "The woman I complained about got promoted.",
        "The woman who complained about me got promoted.",
    ),
    ("The kid my son yelled at is upset.", "The kid who yelled at my son is upset."),
    (
        "Can I sue the company my brother works for?",
        "Can I sue the company that works for my brother?",
    ),
]
CROSSED = [
    ("My son lives with his father and visits me.", "My son lives with me and visits his father."),
    (
        "My daughter lives with her mother and visits me on weekends.",
        "My daughter lives with me and visits her mother on weekends.",
    ),
    (
        "My wife works for her father and reports to me.",
        "My wife works for me and reports to her father.",
    ),
    (
        "My son texts his mother and calls me every day.",
        "My son texts me and calls his mother every day.",
    ),
    (
        "Can a contractor keep my deposit if I cancel?",
        "Can a contractor keep my deposit if he cancels?",
    ),
    (
        "Can my landlord evict me if I sell the house?",
        "Can my landlord evict me if he sells the house?",
    ),
    ("Can the school expel my son if I am late?", "Can the school expel my son if he is late?"),
    ("Can my employer withhold my pay if I quit?", "Can my employer withhold my pay if he quits?"),
    (
        "Can I vote in person if I requested a mail ballot?",
        "Can I vote by mail if I requested an in-person ballot?",
    ),
    (
        "Can I pay in cash if I received a card invoice?",
        "Can I pay by card if I received a cash invoice?",
    ),
    (
        "Can I take the train when I have a bus pass?",
        "Can I take the bus when I have a train pass?",
    ),
]
EIGHTH_SAME = [
    (
        "My rent is $950 and one bedroom is bigger, how should we split it?",
        "One bedroom is bigger and my rent is $950, how should we split it?",
    ),
    (
        "My landlord has a dog and I have a cat, is that fair?",
        "I have a cat and my landlord has a dog, is that fair?",
    ),
    (
        "Can I sue a doctor who misdiagnosed my husband?",
        "Can I sue a doctor that misdiagnosed my husband?",
    ),
    (
        "The farmer I buy eggs from wants to raise prices.",
        "The farmer who I buy eggs from wants to raise prices.",
    ),
    (
        "The friend I lent $2,000 to stopped answering my texts.",
        "The friend that I lent $2,000 to stopped answering my texts.",
    ),
    ("The coworker I work with is rude.", "The coworker who works with me is rude."),
    (
        "The neighbor I share a fence with wants to rebuild it.",
        "The neighbor who shares a fence with me wants to rebuild it.",
    ),
    (
        "The man who my daughter lives with is abusive.",
        "The man who lives with my daughter is abusive.",
    ),
    ("The guy my sister is dating is rude.", "The guy who is dating my sister is rude."),
    (
        "How do I support a friend who was cheated on?",
        "How do I support a friend who got cheated on?",
    ),
    ("How do I help a friend who is grieving?", "How do I help a friend who grieves?"),
    (
        "Can a contractor keep my deposit if I cancel?",
        "If I cancel, can a contractor keep my deposit?",
    ),
    ("What happens if you miss a car payment?", "What happens if I miss a car payment?"),
    ("What happens if we miss a payment?", "What happens if I miss a payment?"),
    ("My son lives with his father and visits me.", "My son visits me and lives with his father."),
    (
        "Should I tell my boss or my coworkers first?",
        "Should I tell my coworkers or my boss first?",
    ),
    (
        "Is it better to rent or buy if I move often?",
        "Is it better to buy or rent if I move often?",
    ),
    (
        "Can I vote in person if I requested a mail ballot?",
        "If I requested a mail ballot, can I vote in person?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), EVENTS_SWAPPED + RELATIVES_TRADED + CROSSED)
def test_eighth_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), RELATIVES_TRADED + CROSSED)
def test_eighth_pass_readers_see_the_trade(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert roles.role_swap(parse(x), parse(y))


@pytest.mark.parametrize(("cached", "incoming"), EVENTS_SWAPPED)
def test_events_joined_by_and_keep_their_order(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert direction.direction_swap(parse(x), parse(y))


@pytest.mark.parametrize(("cached", "incoming"), EIGHTH_SAME)
def test_eighth_pass_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.99, cfg).accept


# A second white-box red team: readings the other voice or order does not keep.
REREAD_SWAPPED = [
    ("I was replaced by Friday by the group leader", "The group leader replaced me with Friday"),
    ("I was hit by a car by the school", "The school hit me with a car"),
    (
        "My tutor was replaced by a new tutor by the agency",
        "The agency replaced a new tutor with my tutor",
    ),
    ("My brother's girlfriend sued him", "My brother was sued by her girlfriend"),
    (
        "My boss gave the manager a referral to my coworker",
        "My boss gave a referral to the manager to my coworker",
    ),
    (
        "The teacher gave the principal a note about my daughter",
        "The teacher gave a note about the principal to my daughter",
    ),
    ("My sister sent my mom a photo of my son", "My sister sent a photo of my mom to my son"),
    (
        "I reported my neighbor and he threatened me, what should I do?",
        "My neighbor threatened me and I reported him, what should I do?",
    ),
    (
        "I paid the movers and they broke my TV, what should I do?",
        "The movers broke my TV and I paid them, what should I do?",
    ),
    ("I yelled at my roommate and she cried", "My roommate cried and I yelled at her"),
    ("The deposit was returned by my landlord", "My landlord's deposit was returned by me"),
    ("My car was towed by the landlord", "The landlord's car was towed by me"),
    ("Who did the manager choose?", "Who chose the manager?"),
    ("Who did the teacher catch?", "Who caught the teacher?"),
    ("My dog was left by the door", "The door left my dog"),
    ("The package was left by the gate", "The gate left the package"),
]

REREAD_SAME = [
    (
        "I was replaced by a new member by the group leader",
        "The group leader replaced me with a new member",
    ),
    (
        "My tutor was replaced by a new tutor by the agency",
        "The agency replaced my tutor with a new tutor",
    ),
    ("My brother's girlfriend sued him", "My brother was sued by his girlfriend"),
    ("My boss gave the manager a referral", "My boss gave a referral to the manager"),
    ("My sister sent my mom a photo of my son", "My sister sent a photo of my son to my mom"),
    ("The deposit was returned by my landlord", "My landlord returned the deposit"),
    ("My sister invited my fiance's mother", "My fiance's mother was invited by my sister"),
    ("My dog was left by the door", "Someone left my dog by the door"),
    ("My landlord gave my deposit to my roommate", "My landlord gave my roommate my deposit"),
    ("Who did the manager choose?", "Who was chosen by the manager?"),
    # "introduce" is read as symmetric (round 37 served "introduces me to his friends")
    ("My boss introduced me to the new hire", "My boss introduced the new hire to me"),
    (
        "The group leader replaced me with a new member without asking.",
        "I was replaced by a new member by the group leader without being asked.",
    ),
    (
        "My cousin gave me her wedding dress to wear.",
        "My cousin gave her wedding dress to me to wear.",
    ),
    ("How do I install Docker and what is it?", "What is Docker and how do I install it?"),
    (
        "My neighbor's tree damaged my car, who pays?",
        "Who pays when my car is damaged by my neighbor's tree?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), REREAD_SWAPPED)
def test_second_red_team_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), REREAD_SWAPPED[:-3])
def test_second_red_team_readers_see_the_trade(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        a, b = parse(x), parse(y)
        assert not roles.roles_kept(a, b) and roles.role_swap(a, b)


@pytest.mark.parametrize(("cached", "incoming"), REREAD_SAME)
def test_second_red_team_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.99, cfg).accept


# Ninth pass (rounds 48-51): an owner moved with the asker named only as an owner, a chain
# turned round over a word with no canonical form, a rewrite hiding "a fan's" / "my", "Who did
# X write up" / "Who wrote up X", the first participant and the phrase after "by" / "than"
# traded, "his friend" as the doer against "my son" ("my son's friend" named), "I" against
# "us" as the doer of "let", "X owes her" / "she owes X".
NINTH_SWAPPED = [
    ("My son was punched by his friend's brother", "My son's friend was punched by my brother"),
    (
        "My daughter was bullied by her classmate's sister",
        "My daughter's classmate was bullied by my sister",
    ),
    ("My dog was bitten by my neighbour's dog", "My neighbour's dog was bitten by my dog"),
    (
        "My manager's favourite keeps getting the best sections",
        "My favourite's manager keeps getting the best sections",
    ),
    (
        "Is it plagiarism to use my beta reader's plot idea?",
        "Is it plagiarism for my beta reader to use my plot idea?",
    ),
    (
        "Is it stealing to use my coworker's lunch?",
        "Is it stealing for my coworker to use my lunch?",
    ),
    ("Can I wear my sister's dress to the wedding?", "Can my sister wear my dress to the wedding?"),
    (
        "Is it okay for a fan to write fic about my characters?",
        "Is it okay for me to write fic about a fan's characters?",
    ),
    (
        "Is it legal for a student to copy my essay?",
        "Is it legal for me to copy a student's essay?",
    ),
    (
        "Who did the manager write up after the brunch shift?",
        "Who wrote up the manager after the brunch shift?",
    ),
    ("Who did the teacher take aside after class?", "Who took the teacher aside after class?"),
    ("Who did my dad give up on?", "Who gave up on my dad?"),
    ("Who did the coach drive home after practice?", "Who drove the coach home after practice?"),
    (
        "My translator is paid more than me, is that normal?",
        "I am paid more than my translator, is that normal?",
    ),
    (
        "My intern earns more than my manager, is that normal?",
        "My manager earns more than my intern, is that normal?",
    ),
    ("Is my brother taller than me?", "Am I taller than my brother?"),
    (
        "Why was I passed over for promotion by a soldier with less time in grade?",
        "Why was a soldier with less time in grade passed over for promotion by me?",
    ),
    (
        "Why was my son tackled by a bigger kid at practice?",
        "Why was a bigger kid tackled by my son at practice?",
    ),
    ("I was outbid by my neighbour on the house", "My neighbour was outbid by me on the house"),
    (
        "Can the school punish my son for what his friend posted?",
        "Can the school punish my son's friend for what my son posted?",
    ),
    (
        "Can the team bench my daughter for what her teammate said?",
        "Can the team bench my daughter's teammate for what my daughter said?",
    ),
    (
        "Can my boss fire my husband for what his coworker wrote?",
        "Can my boss fire my husband's coworker for what my husband wrote?",
    ),
    (
        "Can I let the scout troop use the hall for our bake sale?",
        "Can the scout troop let us use the hall for their bake sale?",
    ),
    (
        "Can I let the band borrow the van for our tour?",
        "Can the band let us borrow the van for their tour?",
    ),
    (
        "Should I let my neighbours use the pool for our party?",
        "Should my neighbours let us use the pool for their party?",
    ),
    (
        "My mod said the streamer owes her money for editing",
        "My mod said she owes the streamer money for editing",
    ),
    (
        "My sister says the landlord owes her two months of rent",
        "My sister says she owes the landlord two months of rent",
    ),
    (
        "My dad thinks the contractor owes him an apology",
        "My dad thinks he owes the contractor an apology",
    ),
]
NINTH_SAME = [
    ("My son was punched by his friend's brother", "His friend's brother punched my son"),
    (
        "Is it plagiarism to use my beta reader's plot idea?",
        "Is using my beta reader's plot idea plagiarism?",
    ),
    (
        "Can I wear my sister's dress to the wedding?",
        "Is it okay if I wear my sister's dress to the wedding?",
    ),
    (
        "Is it okay for a fan to write fic about my characters?",
        "Can a fan write fic about my characters?",
    ),
    ("My son's friend was punched by my brother", "My brother punched my son's friend"),
    (
        "My translator is paid more than me, is that normal?",
        "Is it normal that my translator is paid more than me?",
    ),
    (
        "Why was I passed over for promotion by a soldier with less time in grade?",
        "Why did a soldier with less time in grade pass me over for promotion?",
    ),
    ("I was outbid by my neighbour on the house", "My neighbour outbid me on the house"),
    (
        "My manager's favorite keeps getting the best sections",
        "My manager's favourite keeps getting the best sections",
    ),
    (
        "Can the school punish my son for what his friend posted?",
        "Can the school punish my son for what his friend posted online?",
    ),
    (
        "Can the school punish my son for what his friend posted?",
        "Can my son be punished by the school for what his friend posted?",
    ),
    (
        "Can I let the scout troop use the hall for our bake sale?",
        "Can we let the scout troop use the hall for our bake sale?",
    ),
    (
        "Can I let the scout troop use the hall for our bake sale?",
        "Is it okay to let the scout troop use the hall for our bake sale?",
    ),
    (
        "My mod said the streamer owes her money for editing",
        "My mod said the streamer owes her money for the editing",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), NINTH_SWAPPED)
def test_ninth_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), NINTH_SAME)
def test_ninth_pass_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.99, cfg).accept


def test_ninth_pass_readers_leave_both_way_comparisons() -> None:
    from policies.verify.roles.ends import end_traded
    from policies.verify.senses import who_did_swap

    a, b = parse("Is tea different than coffee?"), parse("Is coffee different than tea?")
    assert not end_traded(a, b)
    assert end_traded(parse("Is my brother taller than me?"), parse("Am I taller than my brother?"))
    assert not who_did_swap(
        "Who did the Lakers play last night?", "Who played the Lakers last night?"
    )
    assert who_did_swap("Who did my dad give up on?", "Who gave up on my dad?")


# Tenth pass (rounds 53-55, written blind): people traded around a main verb and its relative
# clause at once, "with" after a verb of the subject's own, an owner made a passive's doer, a
# dative's receiver made the theme's owner whoever the other owner is.
TENTH_SWAPPED = [
    (
        "I reported the driver who nearly hit me, will they contact me?",
        "The driver who I nearly hit reported me, will they contact me?",
    ),
    (
        "My son blocked the kid who bullied him, what now?",
        "The kid who my son bullied blocked him, what now?",
    ),
    ("I sued the contractor that overcharged me", "The contractor that I overcharged sued me"),
    (
        "What do I do about the cousin my aunt refuses to sit with?",
        "What do I do about the cousin who refuses to sit with my aunt?",
    ),
    (
        "How do I handle the coworker my boss wants to work with?",
        "How do I handle the coworker who wants to work with my boss?",
    ),
    (
        "The other driver's father's car was totaled.",
        "The other driver's car was totaled by his father.",
    ),
    (
        "My neighbor's son's bike was stolen last night",
        "My neighbor's bike was stolen last night by her son",
    ),
    (
        "The other driver gave my insurer his policy number.",
        "The other driver gave me my insurer's policy number.",
    ),
    ("My landlord gave my roommate his new key", "My landlord gave me my roommate's new key"),
]

TENTH_SAME = [
    (
        "What do I do about the man my daughter lives with?",
        "What do I do about the man who lives with my daughter?",
    ),
    (
        "What do I do about the man my daughter used to live with?",
        "What do I do about the man who used to live with my daughter?",
    ),
    ("My landlord gave my roommate my new key", "My landlord gave my new key to my roommate"),
]


@pytest.mark.parametrize(("cached", "incoming"), TENTH_SWAPPED)
def test_tenth_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.97, cfg).reasons == ("direction_swap",)


@pytest.mark.parametrize(("cached", "incoming"), TENTH_SAME)
def test_tenth_pass_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.99, cfg).accept


def test_tenth_pass_readers_leave_the_same_people() -> None:
    from policies.verify.roles.agents import owner_made_doer
    from policies.verify.roles.nested import relative_and_main_traded

    a = parse("My father's car was totaled by a truck")
    assert not owner_made_doer(a, parse("A truck totaled my father's car"))
    assert not owner_made_doer(a, parse("My father's car was totaled by a truck last week"))
    a = parse("I reported the driver who nearly hit me")
    assert not relative_and_main_traded(a, parse("The driver who nearly hit me reported me"))
    assert not relative_and_main_traded(a, parse("I reported the driver who I nearly hit"))


# The same roles in the other voice, one verb's forms the only words apart (rounds 54-55's lost
# duplicates; read by ``kept.voice_only``, for the substitution check to leave).
VOICE_ONLY = [
    (
        "The hospital paid the collection agency over my old debt, what are my rights?",
        "The collection agency was paid by the hospital over my old debt, what are my rights?",
    ),
    ("Who did my co-founder buy out?", "Who was bought out by my co-founder?"),
    ("Who did the band's manager sue?", "Who was sued by the band's manager?"),
    ("Who did the debt collector sue last year?", "Who was sued last year by the debt collector?"),
]


@pytest.mark.parametrize(("cached", "incoming"), VOICE_ONLY)
def test_the_other_voice_substitutes_no_word(cached: str, incoming: str) -> None:
    from policies.verify import diffs
    from policies.verify.roles.kept import voice_only

    for x, y in ((cached, incoming), (incoming, cached)):
        a, b = parse(x), parse(y)
        d = diffs.diff(a, b)
        assert voice_only(a, b, d.only_cached, d.only_incoming)


def test_the_other_voice_with_another_doer_is_a_substitution() -> None:
    from policies.verify import diffs
    from policies.verify.roles.kept import voice_only

    for x, y in (
        ("Who did the band's manager sue?", "Who was sued by the band's lawyer?"),
        ("Who did the band's manager sue?", "Who sued the band's manager?"),
        ("Who did the debt collector sue?", "Who was paid by the debt collector?"),
    ):
        a, b = parse(x), parse(y)
        d = diffs.diff(a, b)
        assert not voice_only(a, b, d.only_cached, d.only_incoming)


# Another fact in the same words (``additions.changed_fact``): a verb's present against its
# past, a clause with its own subject added after a noun, "own" made "other".
CHANGED_FACTS = [
    (
        "Our Adobe contract renews on March 31, can we cancel?",
        "Our Adobe contract renewed on March 31, can we cancel?",
    ),
    (
        "My lease ends in June, can I move out early?",
        "My lease ended in June, can I move out early?",
    ),
    ("My warranty covers water damage, right?", "My warranty covered water damage, right?"),
    (
        "How do I claim for a damaged bike after a crash?",
        "How do I claim for a damaged bike after a crash I caused?",
    ),
    ("Can I get a refund for a ticket?", "Can I get a refund for a ticket I resold?"),
    (
        "How do I hide my stream from my own country?",
        "How do I hide my stream from other countries?",
    ),
    ("Can I use the same charger?", "Can I use a different charger?"),
]

SAME_FACTS = [
    ("How do I cancel my Adobe plan?", "How did I cancel my Adobe plan?"),
    (
        "What should I do if my cat scratched my baby?",
        "What should I do if my cat scratches my baby?",
    ),
    ("Our contract has renewed, can we cancel?", "Our contract renewed, can we cancel?"),
    ("Our contract is renewed, can we cancel?", "Our contract was renewed, can we cancel?"),
    (
        "How do I claim for a damaged bike after a crash?",
        "How do I claim for a damaged bicycle after a crash?",
    ),
    ("What is my own tax bracket?", "What is my tax bracket?"),
]


@pytest.mark.parametrize(("cached", "incoming"), CHANGED_FACTS)
def test_another_fact_in_the_same_words(cached: str, incoming: str) -> None:
    from policies.verify.additions import changed_fact

    assert changed_fact(parse(cached), parse(incoming))
    assert changed_fact(parse(incoming), parse(cached))


@pytest.mark.parametrize(("cached", "incoming"), SAME_FACTS)
def test_the_same_fact_retyped(cached: str, incoming: str) -> None:
    from policies.verify.additions import changed_fact

    assert not changed_fact(parse(cached), parse(incoming))
    assert not changed_fact(parse(incoming), parse(cached))


# Round 56-57 (pass 11): the head noun the object of a clause with an auxiliary said for the
# other person ("I'm" / "who is"), a titled name ("Dr. Patel") read in one sentence.
ELEVENTH_SWAPPED = [
    (
        "The tenant I'm subletting from wants me out early",
        "The tenant who is subletting from me wants me out early",
    ),
    (
        "What can I do about the roommate I've been borrowing money from?",
        "What can I do about the roommate who has been borrowing money from me?",
    ),
    (
        "Who referred Dr. Patel to the billing office?",
        "Who did Dr. Patel refer to the billing office?",
    ),
    ("Who sued Mr. Lee last year?", "Who did Mr. Lee sue last year?"),
]

ELEVENTH_SAME = [
    (
        "The tenant I'm subletting from wants me out early",
        "The tenant who I am subletting from wants me out early",
    ),
    (
        "Who referred Dr. Patel to the billing office?",
        "Who referred Dr Patel to the billing office?",
    ),
]

# The other voice, every word kept: served past the classifier too (``sameness.same_voice``).
ELEVENTH_VOICE = [
    ("The carrier lost my pallet", "My pallet was lost by the carrier"),
    (
        "The carrier lost my pallet. How do I get reimbursed?",
        "My pallet was lost by the carrier. How do I get reimbursed?",
    ),
    ("Who did my aunt block on WhatsApp?", "Who was blocked on WhatsApp by my aunt?"),
    (
        "Who did the carrier overcharge on the invoice?",
        "Who was overcharged on the invoice by the carrier?",
    ),
]

# Never the same: the roles traded, another doer, a negation added.
ELEVENTH_APART = [
    ("Who did my aunt block?", "Who blocked my aunt?"),
    ("Who did my aunt block on WhatsApp?", "Who was blocked on WhatsApp by my uncle?"),
    ("Who did my aunt block on WhatsApp?", "Who wasn't blocked on WhatsApp by my aunt?"),
    ("The carrier lost my pallet", "My pallet was not lost by the carrier"),
    ("The carrier lost my pallet", "The carrier was lost by my pallet"),
    ("The carrier lost my pallet", "My pallet was found by the carrier"),
]


@pytest.mark.parametrize(("cached", "incoming"), ELEVENTH_SWAPPED)
def test_eleventh_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert "direction_swap" in verify(x, y, 0.97, cfg).reasons


@pytest.mark.parametrize(("cached", "incoming"), ELEVENTH_SAME)
def test_eleventh_pass_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), ELEVENTH_VOICE)
def test_eleventh_pass_the_other_voice_is_served(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.9, VerifyConfig()).accept


@pytest.mark.parametrize(("cached", "incoming"), ELEVENTH_APART)
def test_eleventh_pass_other_roles_are_refused(cached: str, incoming: str) -> None:
    from policies.verify.sameness import same_voice

    for x, y in ((cached, incoming), (incoming, cached)):
        assert not same_voice(parse(x), parse(y))
        assert not verify(x, y, 0.97, VerifyConfig()).accept


def test_the_other_voice_is_read_without_the_classifier() -> None:
    from policies.verify.sameness import same_voice

    assert same_voice(
        parse("The carrier lost my pallet"), parse("My pallet was lost by the carrier")
    )
    assert same_voice(
        parse("Who was muted last week by my aunt?"), parse("Who did my aunt mute last week?")
    )


def test_the_other_voice_with_a_pronoun_is_left_to_the_classifier() -> None:
    from policies.verify.sameness import same_voice

    a = parse("My daughter was picked up by her dad late.")
    assert not same_voice(a, parse("Her dad picked up my daughter late."))


# Fourteenth pass (rounds 58-59, written before it): roles/moved.py, datives' clause ends.
FOURTEENTH_SWAPPED = [
    (
        "He gave my desk to his friend while I was away.",
        "He gave me his friend's desk while I was away.",
    ),
    (
        "Is the operator the sublessor or the sublessee if it rents desks to us?",
        "Is the operator the sublessor or the sublessee if we rent desks to it?",
    ),
    (
        "How do I ask my desk neighbour to stop taking my calls?",
        "How do I ask my desk neighbour to stop me taking their calls?",
    ),
    (
        "I am subleasing my truck to a new chef, who needs the permit?",
        "A new chef is subleasing their truck to me, who needs the permit?",
    ),
    (
        "How do I ask the inspector to re-inspect my truck before the weekend?",
        "How do I ask the inspector to let me re-inspect their truck before the weekend?",
    ),
    (
        "The commissioner's co-owner vetoed my trade.",
        "The co-owner's commissioner vetoed my trade.",
    ),
    (
        "The owner who vetoed the trade got kicked out.",
        "The owner whose trade was vetoed got kicked out.",
    ),
    ("She lent my bike to her cousin last summer.", "She lent me her cousin's bike last summer."),
    (
        "Can the landlord charge a fee if he sells furniture to us?",
        "Can the landlord charge a fee if we sell furniture to him?",
    ),
    (
        "How do I tell my roommate to stop eating my food?",
        "How do I tell my roommate to stop me eating their food?",
    ),
    (
        "How can I ask the mechanic to check my brakes before Friday?",
        "How can I ask the mechanic to let me check their brakes before Friday?",
    ),
    (
        "We are renting our boat to a fisherman, who pays the insurance?",
        "A fisherman is renting his boat to us, who pays the insurance?",
    ),
    ("The manager's assistant approved my leave.", "The assistant's manager approved my leave."),
    (
        "The player who fouled the striker was sent off.",
        "The player whose striker was fouled was sent off.",
    ),
    (
        "How do I ask my coach to stop yelling at me?",
        "How do I ask my coach to stop me yelling at them?",
    ),
]

FOURTEENTH_SAME = [
    (
        "He gave my desk to his friend while I was away.",
        "He gave his friend my desk while I was away.",
    ),
    (
        "If it rents desks to us, is it the sublessor?",
        "Is it the sublessor if it rents desks to us?",
    ),
    (
        "How do I ask my desk neighbour to stop taking my calls?",
        "How can I ask my desk neighbour to stop taking my calls?",
    ),
    (
        "How do I ask the inspector to re-inspect my truck before the weekend?",
        "How do I ask the inspector to re-inspect my truck before the weekend please?",
    ),
    (
        "I am subleasing my truck to a new chef, who needs the permit?",
        "Who needs the permit if I sublease my truck to a new chef?",
    ),
    (
        "The commissioner's co-owner vetoed my trade.",
        "My trade was vetoed by the commissioner's co-owner.",
    ),
    (
        "The owner who vetoed the trade got kicked out.",
        "The owner that vetoed the trade got kicked out.",
    ),
    ("How do I stop my dog from chewing my shoes?", "How can I stop my dog chewing my shoes?"),
    ("Can you let me know how to stop snoring?", "How do I stop snoring?"),
    (
        "I sent a letter to my landlord, is that enough notice?",
        "Is it enough notice that I sent a letter to my landlord?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FOURTEENTH_SWAPPED)
def test_fourteenth_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), FOURTEENTH_SAME)
def test_fourteenth_pass_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.97, cfg).accept


FIFTEENTH_SWAPPED = [
    ("Who did my mother donate her liver to?", "Who donated a liver to my mother?"),
    ("Who did my landlord sell his house to?", "Who sold a house to my landlord?"),
    ("Who did the senator send the letter to?", "Who sent a letter to the senator?"),
    (
        "How do I thank the family whose son donated to me?",
        "How do I thank the family whose son I donated to?",
    ),
    (
        "Can I sue the company whose manager lied to me?",
        "Can I sue the company whose manager I lied to?",
    ),
    (
        "The farmer who sprayed my hives refuses to pay. What can I do?",
        "The farmer whose hives I sprayed refuses to pay. What can I do?",
    ),
    (
        "The neighbour who damaged my fence wants money.",
        "The neighbour whose fence I damaged wants money.",
    ),
    (
        "I was disqualified by the referee after he tripped me. Can I appeal?",
        "I tripped the referee and he disqualified me. Can I appeal?",
    ),
    (
        "I was fired by my manager after he insulted me. Can I sue?",
        "I insulted my manager and he fired me. Can I sue?",
    ),
]

FIFTEENTH_SAME = [
    ("Who did my mother donate her liver to?", "Who did my mother give her liver to?"),
    ("Who donated a liver to my mother?", "Who gave a liver to my mother?"),
    (
        "How do I thank the family whose son donated to me?",
        "How can I thank the family whose son donated to me?",
    ),
    (
        "The neighbour whose fence I damaged wants money.",
        "The neighbour whose fence I damaged is asking for money.",
    ),
    (
        "I was fired by my manager after he insulted me. Can I sue?",
        "My manager insulted me and then fired me. Can I sue?",
    ),
    (
        "My boss fired me and I sued him. What happens next?",
        "I sued my boss after he fired me. What happens next?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTEENTH_SWAPPED)
def test_fifteenth_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), FIFTEENTH_SAME)
def test_fifteenth_pass_same_roles_are_kept(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not roles.role_swap(parse(x), parse(y))


# Sixteenth pass (rounds 64-65, measured out of sample): each role swap the policy served, with
# its MiniLM cosine, refused by the shipped config.
ROUNDS_64_65 = [
    (
        "Whose repeater should our net move to after the club that hosts us kicked us off?",
        "Whose repeater should our net move to after we kicked off the club we host?",
        0.976,
    ),
    (
        "My cousin is angry I didn't invite her kids, though she didn't invite mine",
        "I'm angry my cousin didn't invite my kids, though I didn't invite hers",
        0.964,
    ),
    (
        "My friend was my bridesmaid, but I wasn't hers; is that weird?",
        "I was my friend's bridesmaid, but she wasn't mine; is that weird?",
        0.980,
    ),
    (
        "The maid of honor wants to bring her baby to my adults-only wedding; what do I say?",
        "I'm the maid of honor and want to bring my baby to the bride's adults-only wedding; "
        "what do I say?",
        0.959,
    ),
    (
        "Can our officiant back out of marrying us?",
        "Can we back out of being married by our officiant?",
        0.947,
    ),
    (
        "My future sister-in-law wants me as her bridesmaid but I don't want her as mine; is that "
        "rude?",
        "I want my future sister-in-law as my bridesmaid but she doesn't want me as hers; is that "
        "rude?",
        0.974,
    ),
    (
        "What grows well under the sunflowers in my plot?",
        "What do the sunflowers in my plot grow well under?",
        0.951,
    ),
    (
        "Our team lent our AWPer to another team for a tournament. Who pays his travel?",
        "Another team lent their AWPer to our team for a tournament. Who pays his travel?",
        0.985,
    ),
    (
        "A sponsor dropped our team over our player's offensive tweet. How do we handle the PR?",
        "Our team dropped a sponsor over the sponsor's offensive tweet. How do we handle the PR?",
        0.971,
    ),
    (
        "The man next to me spilled coffee on my laptop mid-flight. What should I do?",
        "I spilled coffee on the laptop of the man next to me mid-flight. What should I do?",
        0.970,
    ),
    (
        "The tournament admin gave our opponents the default win. Can we appeal?",
        "The tournament admin gave us the default win over our opponents. Can we appeal?",
        0.988,
    ),
    (
        "I'm a plot holder and the garden manager wants me to take down my trellis. Do I have to?",
        "I'm the garden manager and a plot holder wants me to take down my trellis. Do I have to?",
        0.997,
    ),
    ("What should I plant after garlic?", "What should I plant garlic after?", 0.983),
]

# The same shapes in other domains (one class a block): refused.
SIXTEENTH_SWAPPED = [
    # a verb with a particle: "X kicked us off" / "we kicked off X" (doers)
    ("Why did my roommate kick me out?", "Why did I kick my roommate out?"),
    (
        "My landlord locked us out after the inspection, what now?",
        "We locked out our landlord after the inspection, what now?",
    ),
    ("My wife dropped me off at work late again.", "I dropped my wife off at work late again."),
    # the holder of a feeling or a thought traded with the subject of its clause (holders)
    ("My boss is upset I missed his meeting", "I'm upset my boss missed my meeting"),
    (
        "My wife thinks I'm hiding something from her",
        "I think my wife is hiding something from me",
    ),
    (
        "Why is my roommate annoyed I never clean the kitchen?",
        "Why am I annoyed my roommate never cleans the kitchen?",
    ),
    # a relation and its converse, one denied; "mine / hers" for the other's thing (contrasts)
    (
        "She didn't invite my kids to the party but I invited hers",
        "I didn't invite her kids to the party but she invited mine",
    ),
    (
        "My brother was my best man, but I wasn't his; should I be hurt?",
        "I was my brother's best man, but he wasn't mine; should I be hurt?",
    ),
    (
        "My coworker covers my shifts but I never cover hers",
        "I cover my coworker's shifts but she never covers mine",
    ),
    # the asker in the other role: "I'm the R" / "the R" (askers)
    (
        "The landlord wants to keep my deposit for cleaning; is that legal?",
        "I'm the landlord and want to keep the tenant's deposit for cleaning; is that legal?",
    ),
    (
        "The vet wants to keep my dog overnight for observation, is that normal?",
        "I'm the vet and want to keep the client's dog overnight for observation, is that normal?",
    ),
    # "X backs out of V-ing Y" / "Y backs out of being V-ed by X" (controlled)
    ("Can my doctor refuse to treat me?", "Can I refuse to be treated by my doctor?"),
    ("How can my boss avoid firing me?", "How can I avoid being fired by my boss?"),
    (
        "Is our pastor allowed to back out of baptizing our son?",
        "Is our son allowed to back out of being baptized by our pastor?",
    ),
    # a preposition left at the end of a wh-question (doers)
    ("What does the moss on my roof grow under?", "What grows under the moss on my roof?"),
    ("What should I put my plant pot under?", "What should I put under my plant pot?"),
    ("What should I trade my old car for?", "What should I trade for my old car?"),
    # one noun told apart by its owner: "our team ... to another team" (moved)
    (
        "Our club sold our old antenna to another club last year.",
        "Another club sold their old antenna to our club last year.",
    ),
    (
        "Our school sent our band to another school for the parade.",
        "Another school sent their band to our school for the parade.",
    ),
    # "X dropped our team" / "our team dropped X": the asker an owner (doers)
    (
        "A client fired our agency over our designer's rude email. How do we respond?",
        "Our agency fired a client over the client's rude email. How do we respond?",
    ),
    (
        "A landlord evicted my family over my son's loud parties.",
        "My family evicted a landlord over the landlord's loud parties.",
    ),
    # "the N of the M" an owner, as "M's N" (owned)
    (
        "The woman behind me kicked my seat the whole flight.",
        "I kicked the seat of the woman behind me the whole flight.",
    ),
    (
        "My neighbor's dog dug up my garden, what can I do?",
        "My dog dug up the garden of my neighbor, what can I do?",
    ),
    # another receiver, the first still named: "gave X the N" / "gave me the N over X" (datives)
    (
        "My boss gave my coworker the promotion. Is that fair?",
        "My boss gave me the promotion over my coworker. Is that fair?",
    ),
    (
        "The teacher gave my classmate the prize, can I complain?",
        "The teacher gave me the prize over my classmate, can I complain?",
    ),
]

# The same shapes with the same roles: served.
SIXTEENTH_SAME = [
    (
        "Our landlord kicked us out, where can we stay?",
        "Where can we stay now that our landlord kicked us out?",
    ),
    (
        "The club kicked us off the repeater, can they do that?",
        "We were kicked off the repeater by the club, can they do that?",
    ),
    (
        "My cousin is angry I didn't invite her kids",
        "My cousin is angry that I didn't invite her kids",
    ),
    (
        "I'm angry my cousin didn't invite my kids",
        "I am angry because my cousin did not invite my kids",
    ),
    (
        "My friend was my bridesmaid and I was hers; is that weird?",
        "I was my friend's bridesmaid and she was mine; is that weird?",
    ),
    (
        "I'm the landlord and want to keep the tenant's deposit for cleaning; is that legal?",
        "As the landlord, I want to keep the tenant's deposit for cleaning; is that legal?",
    ),
    (
        "I'm a plot holder and the garden manager wants me to take down my trellis. Do I have to?",
        "The garden manager wants me to take down my trellis and I'm a plot holder. Do I have to?",
    ),
    (
        "You are a therapist. Tell me how to handle stress.",
        "As a therapist, tell me how to handle stress.",
    ),
    ("Is my dog at risk of biting the kids?", "Are the kids at risk of being bitten by my dog?"),
    ("Can my doctor refuse to treat me?", "Is my doctor allowed to refuse to treat me?"),
    (
        "Can I refuse to be treated by my doctor?",
        "Am I allowed to refuse to be treated by my doctor?",
    ),
    ("What time should I pick up my kid?", "What time should I pick my kid up?"),
    ("Who should I hand in my form to?", "Who should I hand my form in to?"),
    ("What should I plant after garlic?", "What can I plant after garlic?"),
    (
        "What grows well under the sunflowers in my plot?",
        "What will grow well under the sunflowers in my plot?",
    ),
    (
        "Our team lent our AWPer to another team for a tournament.",
        "Our team lent another team our AWPer for a tournament.",
    ),
    (
        "A sponsor dropped our team over our player's offensive tweet.",
        "Our team was dropped by a sponsor over our player's offensive tweet.",
    ),
    (
        "My dog dug up the garden of my neighbor, what can I do?",
        "My dog dug up my neighbor's garden, what can I do?",
    ),
    (
        "I spilled coffee on the laptop of the man next to me mid-flight. What should I do?",
        "What should I do? I spilled coffee on the laptop of the man next to me mid-flight.",
    ),
    (
        "My boss gave my coworker the promotion. Is that fair?",
        "My boss gave the promotion to my coworker. Is that fair?",
    ),
    (
        "The tournament admin gave our opponents the default win. Can we appeal?",
        "The tournament admin gave the default win to our opponents. Can we appeal?",
    ),
]

# The same roles, other words another check may still refuse ("not" moved, "hers" said in
# full): no role swap.
SIXTEENTH_NO_SWAP = [
    (
        "I was my friend's bridesmaid, but she wasn't mine; is that weird?",
        "My friend wasn't my bridesmaid, but I was hers; is that weird?",
    ),
    (
        "My friend was my bridesmaid, but I wasn't hers; is that weird?",
        "My friend was my bridesmaid but I was not her bridesmaid; is that weird?",
    ),
    (
        "My cousin is angry I didn't invite her kids",
        "My cousin is furious I didn't invite her kids",
    ),
    (
        "I'm the bride and the maid of honor wants to bring her baby to my wedding.",
        "The maid of honor wants to bring her baby to my wedding; I'm the bride.",
    ),
    ("Who should I hand in my form to?", "Who should I hand my form in to?"),
    ("What should I pair the wine with?", "What should I pair with the wine?"),
    ("What goes well with salmon?", "What does salmon go well with?"),
]


@pytest.mark.parametrize(("cached", "incoming"), SIXTEENTH_SAME)
def test_sixteenth_pass_same_roles_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(("cached", "incoming"), SIXTEENTH_NO_SWAP)
def test_sixteenth_pass_same_roles_are_no_swap(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not roles.role_swap(parse(x), parse(y))


# Round 64's lost duplicates: the other voice with its clauses ended by "." against ";" or
# "," (the reader compared clause marks as written).
CLAUSE_MARKS_KEPT = [
    (
        "Our deposit was lost by the venue; what can we do?",
        "The venue lost our deposit. What can we do?",
        0.980,
    ),
    (
        "My cat was scratched by a stray last night; does she need to see a vet?",
        "A stray scratched my cat last night, does she need to see a vet?",
        0.989,
    ),
]
CLAUSE_MARKS_SWAPPED = [
    (
        "Our deposit was lost by the venue; what can we do?",
        "We lost the venue's deposit. What can we do?",
    ),
    (
        "My cat was scratched by a stray last night; what now?",
        "My cat scratched a stray last night. What now?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), CLAUSE_MARKS_KEPT)
def test_the_other_voice_is_kept_whatever_ends_its_clause(
    cached: str, incoming: str, cosine: float
) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert roles.roles_kept(parse(x), parse(y))
        assert verify(x, y, cosine, VerifyConfig()).accept


@pytest.mark.parametrize(("cached", "incoming"), CLAUSE_MARKS_SWAPPED)
def test_clause_marks_hide_no_swap(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not roles.roles_kept(parse(x), parse(y))
        assert not verify(x, y, 0.97, VerifyConfig()).accept


# Seventeenth pass (rounds 66-67, measured out of sample on a7712ba): each role swap the policy
# served, with its MiniLM cosine, refused by the shipped config.
ROUNDS_66_67 = [
    (
        "Which member did the organizer exclude from the email?",
        "Which member excluded the organizer from the email?",
        0.981,
    ),
    (
        "The company that acquired Hertz raised prices. Which company was it?",
        "The company that Hertz acquired raised prices. Which company was it?",
        0.99,
    ),
    (
        "My sister's contractor quoted me a lower price than hers. Should I tell her?",
        "My contractor quoted my sister a lower price than mine. Should I tell her?",
        0.985,
    ),
    (
        "Does renting a car from my brother on Turo void my insurance?",
        "Does my brother renting a car from me on Turo void my insurance?",
        0.981,
    ),
    (
        "I'm the one the rental clerk accused of stealing the GPS. How do I respond?",
        "I'm the one who accused the rental clerk of stealing the GPS. How do I respond?",
        0.984,
    ),
    (
        "My contractor owes his supplier money. Can the supplier come after me?",
        "My supplier owes my contractor money. Can the contractor come after me?",
        0.968,
    ),
    (
        "I backed into a rental car at the airport. What happens now?",
        "A rental car backed into me at the airport. What happens now?",
        0.972,
    ),
    (
        "How much notice do I have to give my landlord before moving out?",
        "How much notice does my landlord have to give me before I have to move out?",
        0.982,
    ),
    (
        "The field marshal kicked out the parent who was yelling at me.",
        "The field marshal kicked me out for yelling at the parent.",
        0.976,
    ),
    (
        "My mom wants me to move in with her. How do I say no nicely?",
        "My mom wants to move in with me. How do I say no nicely?",
        0.992,
    ),
    (
        "My son wants to quit the team I coach. What do I do?",
        "My son wants me to quit coaching his team. What do I do?",
        0.963,
    ),
    (
        "My son's doctor wants to put him on the same ADHD med I take.",
        "My doctor wants to put me on the same ADHD med my son takes.",
        0.957,
    ),
    (
        "Their coach complained that my players were too rough. How do I respond?",
        "I complained that their players were too rough. How do I respond to their coach?",
        0.973,
    ),
]

# The same shapes in other domains (one class a block): refused.
SEVENTEENTH_SWAPPED = [
    # which N did X V
    ("Which player did the coach bench last night?", "Which player benched the coach last night?"),
    (
        "Which coworker did my boss praise at the meeting?",
        "Which coworker praised my boss at the meeting?",
    ),
    (
        "Which cousin did my aunt disinherit last year?",
        "Which cousin disinherited my aunt last year?",
    ),
    # names
    (
        "The player who replaced Messi got injured. Who is he?",
        "The player who Messi replaced got injured. Who is he?",
    ),
    (
        "The lawyer who sued Disney retired last year.",
        "The lawyer who Disney sued retired last year.",
    ),
    (
        "The startup that Google bought shut down. Why?",
        "The startup that bought Google shut down. Why?",
    ),
    # the one
    ("He's the one the coach benched. Why?", "He's the one who benched the coach. Why?"),
    (
        "She is the one the landlord sued for back rent.",
        "She is the one who sued the landlord for back rent.",
    ),
    (
        "I'm the one that the teacher reported. What now?",
        "I'm the one who reported the teacher. What now?",
    ),
    # than hers
    ("My friend's dog bit me harder than hers.", "My dog bit my friend harder than mine."),
    (
        "My roommate's landlord offered me a cheaper lease than hers.",
        "My landlord offered my roommate a cheaper lease than mine.",
    ),
    # gerund
    (
        "Is borrowing money from my parents taxable?",
        "Is my parents borrowing money from me taxable?",
    ),
    (
        "Does buying a car from my cousin need a bill of sale?",
        "Does my cousin buying a car from me need a bill of sale?",
    ),
    (
        "Will subletting an apartment to my friend break my lease?",
        "Will my friend subletting an apartment to me break my lease?",
    ),
    ("Is hiring my cousin as a nanny legal?", "Is my cousin hiring me as a nanny legal?"),
    # owes X money
    ("My roommate owes his landlord money.", "My landlord owes my roommate money."),
    ("My brother lent his friend money last year.", "My friend lent my brother money last year."),
    # backed into
    (
        "A delivery van backed into me at the gas station.",
        "I backed into a delivery van at the gas station.",
    ),
    (
        "Someone backed into me in the parking lot. What now?",
        "I backed into someone in the parking lot. What now?",
    ),
    # have to V
    (
        "How much do I have to pay my contractor upfront?",
        "How much does my contractor have to pay me upfront?",
    ),
    (
        "Do I need to give my tenant notice before entering?",
        "Does my tenant need to give me notice before entering?",
    ),
    # wants me to
    ("My dad wants me to move in with him.", "My dad wants to move in with me."),
    ("My coach wants me to quit the team.", "My coach wants to quit the team."),
    (
        "My landlord wants me to fix the fence before winter.",
        "My landlord wants to fix the fence before winter.",
    ),
    # people traded
    (
        "My wife's doctor wants to put her on the same diet I follow.",
        "My doctor wants to put me on the same diet my wife follows.",
    ),
    (
        "My son's tutor wants to give him the same book I read.",
        "My tutor wants to give me the same book my son read.",
    ),
    # reporter and owner
    (
        "Their manager complained that my staff were rude. How do I respond?",
        "I complained that their staff were rude. How do I respond to their manager?",
    ),
    (
        "Her landlord said my dog was too loud. Should I reply?",
        "I said her dog was too loud. Should I reply to her landlord?",
    ),
    # punished for a deed
    ("My boss fired the intern who insulted me.", "My boss fired me for insulting the intern."),
    (
        "The referee ejected the player who shoved me. What can I do?",
        "The referee ejected me for shoving the player. What can I do?",
    ),
    (
        "The teacher punished the kid who was bullying my son.",
        "The teacher punished my son for bullying the kid.",
    ),
]

# The same shapes with the same roles: served, and no swap read.
SEVENTEENTH_SAME = [
    # which N did X V
    (
        "Which member did the organizer exclude from the email?",
        "Which member was excluded from the email by the organizer?",
    ),
    (
        "Which player did the coach bench last night?",
        "Which player was benched by the coach last night?",
    ),
    (
        "Which coworker did my boss praise at the meeting?",
        "At the meeting, which coworker did my boss praise?",
    ),
    # names
    (
        "The company that Hertz acquired raised prices. Which company was it?",
        "The company Hertz acquired raised prices. Which company was it?",
    ),
    (
        "The company that acquired Hertz raised prices. Which company was it?",
        "The company which acquired Hertz raised prices. Which company was it?",
    ),
    (
        "The player who replaced Messi got injured. Who is he?",
        "The player that replaced Messi got injured. Who is he?",
    ),
    # the one
    (
        "I'm the one the rental clerk accused of stealing the GPS. How do I respond?",
        "I'm the one that the rental clerk accused of stealing the GPS. How do I respond?",
    ),
    (
        "I'm the one the rental clerk accused of stealing the GPS. How do I respond?",
        "I'm the one who was accused by the rental clerk of stealing the GPS. How do I respond?",
    ),
    (
        "She is the one the landlord sued for back rent.",
        "She is the one who was sued by the landlord for back rent.",
    ),
    # than hers
    (
        "My sister's contractor quoted me a lower price than hers. Should I tell her?",
        "My sister's contractor quoted a lower price to me than hers. Should I tell her?",
    ),
    (
        "My roommate's landlord offered me a cheaper lease than hers.",
        "my roommates landlord offered me a cheaper lease than hers",
    ),
    # gerund
    (
        "Does renting a car from my brother on Turo void my insurance?",
        "Does me renting a car from my brother on Turo void my insurance?",
    ),
    (
        "Does renting a car from my brother on Turo void my insurance?",
        "Does my renting a car from my brother on Turo void my insurance?",
    ),
    ("Is hiring my cousin as a nanny legal?", "Is me hiring my cousin as a nanny legal?"),
    # owes X money
    (
        "My contractor owes his supplier money. Can the supplier come after me?",
        "My contractor owes money to his supplier. Can the supplier come after me?",
    ),
    ("My roommate owes his landlord money.", "My roommate owes money to his landlord."),
    (
        "My brother lent his friend money last year.",
        "My brother lent money to his friend last year.",
    ),
    # backed into
    (
        "I backed into a rental car at the airport. What happens now?",
        "At the airport I backed into a rental car. What happens now?",
    ),
    (
        "A delivery van backed into me at the gas station.",
        "At the gas station a delivery van backed into me.",
    ),
    (
        "Someone backed into me in the parking lot. What now?",
        "What now? Someone backed into me in the parking lot.",
    ),
    # have to V
    (
        "How much notice do I have to give my landlord before moving out?",
        "How much notice do I need to give my landlord before moving out?",
    ),
    (
        "Do I need to give my tenant notice before entering?",
        "Do I have to give my tenant notice before entering?",
    ),
    # wants me to
    ("My dad wants me to move in with him.", "My dad would like me to move in with him."),
    (
        "My landlord wants me to fix the fence before winter.",
        "Before winter, my landlord wants me to fix the fence.",
    ),
    (
        "My son wants to quit the team I coach. What do I do?",
        "My son wants to quit the team that I coach. What do I do?",
    ),
    # people traded
    (
        "My son's doctor wants to put him on the same ADHD med I take.",
        "My son's doctor wants to put my son on the same ADHD med I take.",
    ),
    ("My son and I take the same med.", "Me and my son take the same med."),
    (
        "My wife's doctor wants to put her on the same diet I follow.",
        "My wife's doctor wants to put her on the diet I follow.",
    ),
    # reporter and owner
    (
        "Their coach complained that my players were too rough. How do I respond?",
        "Their coach complained my players were too rough. How do I respond?",
    ),
    (
        "Their manager complained that my staff were rude. How do I respond?",
        "Their manager complained my staff were rude. How do I respond?",
    ),
    # punished for a deed
    (
        "The referee ejected the player who shoved me. What can I do?",
        "The referee ejected the player for shoving me. What can I do?",
    ),
    ("My boss fired the intern who insulted me.", "My boss fired the intern that insulted me."),
    (
        "The field marshal kicked out the parent who was yelling at me.",
        "The field marshal kicked out the parent that was yelling at me.",
    ),
]


# Rounds 68-69 (written blind, measured on f7808df): role swaps served, with the cosine
# all-MiniLM-L6-v2 gives the pair.
ROUNDS_68_69 = [
    (
        "My mom pays for my gym membership and I pay for hers. Who owns each account?",
        "My mom pays for her gym membership and I pay for mine. Who owns each account?",
        0.995,
    ),
    (
        "A member I lent my towel to reported me for it.",
        "A member who lent me his towel reported me for it.",
        0.964,
    ),
    (
        "The neighbor I lent my ladder to broke it and blamed me.",
        "The neighbor who lent me his ladder blamed me after I broke it.",
        0.972,
    ),
    (
        "The instructor who replaced Maria on Tuesdays is much stricter. Should I switch classes?",
        "The instructor Maria replaced on Tuesdays was much stricter. Should I switch classes?",
        0.986,
    ),
]

# The same shapes in other domains, the roles traded.
EIGHTEENTH_SWAPPED = [
    # two owners exchanged, one standalone
    (
        "My dad pays for my phone plan and I pay for his.",
        "My dad pays for his phone plan and I pay for mine.",
    ),
    ("My sister walks my dog and I walk hers.", "My sister walks her dog and I walk mine."),
    (
        "My roommate cleans my room and I clean hers.",
        "My roommate cleans her room and I clean mine.",
    ),
    # a dative's theme owned by the giver
    (
        "A neighbor I lent my drill to sued me over it.",
        "A neighbor who lent me his drill sued me over it.",
    ),
    (
        "A coworker I lent my laptop to reported me for it.",
        "A coworker who lent me her laptop reported me for it.",
    ),
    # a reworded tail after the stranded "to"
    (
        "The cousin I lent my car to crashed it and blamed me.",
        "The cousin who lent me his car blamed me after I crashed it.",
    ),
    # the tail in another tense
    (
        "The coach who replaced Tom last season is much stricter.",
        "The coach Tom replaced last season was much stricter.",
    ),
    ("The manager who hired Priya is leaving.", "The manager Priya hired was leaving."),
    ("The doctor who trained Lee is retiring.", "The doctor Lee trained was retiring."),
]

# The same shapes with the same roles: served, and no swap read.
EIGHTEENTH_SAME = [
    (
        "My dad pays for my phone plan and I pay for his.",
        "My dad pays for my phone plan, and I pay for his.",
    ),
    ("My sister walks my dog and I walk hers.", "My sister walks my dog while I walk hers."),
    (
        "A member I lent my towel to reported me for it.",
        "A member whom I lent my towel to reported me for it.",
    ),
    (
        "The neighbor I lent my ladder to broke it and blamed me.",
        "The neighbor that I lent my ladder to broke it and then blamed me.",
    ),
    (
        "The neighbor I lent my ladder to broke it and blamed me.",
        "The neighbor who I lent my ladder to broke it and blamed me.",
    ),
    (
        "The instructor who replaced Maria on Tuesdays is much stricter.",
        "The instructor that replaced Maria on Tuesdays was much stricter.",
    ),
    ("The manager Priya hired is leaving.", "The manager whom Priya hired was leaving."),
]


# Nineteenth pass (rounds 66, 68-69 left): two nouns exchanged wherever named (``named``), the
# asker's party as "we / us" traded in one sentence (``traded``).
NINETEENTH_ROUNDS = [
    (
        "The developer still controls the HOA board. Can homeowners take over?",
        "The homeowners still control the HOA board. Can the developer take over?",
        0.987,
    ),
    (
        "The outfitter my brother works for rented us a leaky canoe. Should I tell him?",
        "The outfitter I work for rented my brother a leaky canoe. Should I tell him?",
        0.994,
    ),
]

NINETEENTH_SWAPPED = [
    (
        "The landlord still owes the tenant a deposit.",
        "The tenant still owes the landlord a deposit.",
    ),
    (
        "The publisher still owns the author's rights. Can the author sue?",
        "The author still owns the publisher's rights. Can the publisher sue?",
    ),
    (
        "The franchisor sets the prices. Can franchisees refuse?",
        "The franchisees set the prices. Can the franchisor refuse?",
    ),
    (
        "The gym my sister goes to banned us for a week. Should I complain?",
        "The gym I go to banned my sister for a week. Should I complain?",
    ),
    (
        "The school my nephew attends suspended us from the parents' group. Is that legal?",
        "The school I attend suspended my nephew from the parents' group. Is that legal?",
    ),
]

NINETEENTH_SAME = [
    (
        "The developer still controls the HOA board. Can homeowners take over?",
        "The developer still controls our HOA board. Can the homeowners take over?",
    ),
    (
        "What is the difference between a lawyer and an attorney?",
        "What is the difference between an attorney and a lawyer?",
    ),
    ("Should I hire a lawyer or a paralegal?", "Should I hire a paralegal or a lawyer?"),
    (
        "The outfitter my brother works for rented us a leaky canoe. Should I tell him?",
        "The outfitter my brother works for rented us a leaky canoe. Should I tell him about it?",
    ),
    (
        "The gym my sister goes to banned us for a week. Should I complain?",
        "The gym that my sister goes to banned us for a week. Should I complain?",
    ),
]


# Twentieth pass (blind rounds 70-72, measured on fd1e2e3): two whole phrases exchanged around a
# predicate (``phrases``), "X, not Y" / "Y, not X" (``phrases.contrast_exchanged``), the asker
# traded with "and" joining two verbs (``traded``), the subject's owner made the subject in a
# clause after "when / if" or with a place after the owned noun (``clauses``).
TWENTIETH_ROUNDS = [
    (
        "I was the one who got sideswiped, not the one who did the sideswiping — why is my rate "
        "going up?",
        "I was the one who did the sideswiping, not the one who got sideswiped — why is my rate "
        "going up?",
        0.995,
    ),
    (
        "Can the agency that hired me charge me for their software licenses?",
        "Can I charge the agency that hired me for my software licenses?",
        0.965,
    ),
    (
        "Is it enforceable if the agency I freelance for makes me sign a non-compete?",
        "Is it enforceable if I make the agency I freelance for sign a non-compete?",
        0.988,
    ),
    (
        "Does my collision coverage pay when my kid's friend dents my car?",
        "Does my collision coverage pay when my kid dents his friend's car?",
        0.991,
    ),
    (
        "Mom's new boyfriend in assisted living is taking her money.",
        "Mom is taking her new boyfriend's money in assisted living.",
        0.967,
    ),
    (
        "A nurse at my mom's facility asked her for a loan. Is that allowed?",
        "My mom asked a nurse at her facility for a loan. Is that allowed?",
        0.988,
    ),
    (
        "I beat the player I tied with. Do I win on tiebreak?",
        "The player I tied with beat me. Do I win on tiebreak?",
        0.989,
    ),
    (
        "My mom's neighbor at the home brought her cookies she's allergic to.",
        "My mom brought her neighbor at the home cookies she's allergic to.",
        0.982,
    ),
    (
        "Can I file jointly with my wife if her parents claimed her as a dependent?",
        "Can I file jointly with my wife if she claimed her parents as dependents?",
        0.982,
    ),
    (
        "My rating went down after I beat my brother who is rated higher.",
        "My rating went down after my brother who is rated higher beat me.",
        0.977,
    ),
    (
        "I outrated every player in my section. Can I be moved up?",
        "Every player in my section outrated me. Can I be moved up?",
        0.983,
    ),
    (
        "My father is on Medicaid in a nursing home. What happens if he dies before my mother?",
        "My father is on Medicaid in a nursing home. What happens if my mother dies before him?",
        0.985,
    ),
    (
        "My uncle is getting the mortgage interest deduction for a house I live in and pay for.",
        "I'm getting the mortgage interest deduction for a house my uncle lives in and pays for.",
        0.943,
    ),
    (
        "The shelter dog I'm fostering bit my dog. Will the rescue pay the vet bill?",
        "My dog bit the shelter dog I'm fostering. Will the rescue pay the vet bill?",
        0.993,
    ),
]

TWENTIETH_SWAPPED = [
    # two phrases exchanged, one with a relative clause or a place
    (
        "I outbid the buyer I toured the house with. Can the seller pick them?",
        "The buyer I toured the house with outbid me. Can the seller pick them?",
    ),
    (
        "Can the landlord who evicted me sue me for the repairs?",
        "Can I sue the landlord who evicted me for the repairs?",
    ),
    (
        "The coworker I carpool with reported me to HR.",
        "I reported the coworker I carpool with to HR.",
    ),
    # the asker against someone named in a clause after "if"
    (
        "What happens if my business partner who owns 60% sues me?",
        "What happens if I sue my business partner who owns 60%?",
    ),
    # a third-person pronoun for the one named before
    (
        "A teacher at my son's school yelled at him. What can we do?",
        "My son yelled at a teacher at his school. What can we do?",
    ),
    (
        "My grandmother lives with us. What happens if she outlives my grandfather?",
        "My grandmother lives with us. What happens if my grandfather outlives her?",
    ),
    # "X, not Y"
    (
        "I'm the landlord, not the tenant. Who pays for repairs?",
        "I'm the tenant, not the landlord. Who pays for repairs?",
    ),
    (
        "My son was the one who was bullied, not the one who did the bullying.",
        "My son was the one who did the bullying, not the one who was bullied.",
    ),
    # the asker traded, "and" joining two verbs
    (
        "My sister is claiming the child tax credit for a kid I feed and clothe.",
        "I'm claiming the child tax credit for a kid my sister feeds and clothes.",
    ),
    (
        "My roommate is deducting the rent for an apartment I live in and pay for.",
        "I'm deducting the rent for an apartment my roommate lives in and pays for.",
    ),
    # the subject's owner made the subject
    (
        "Will my premium go up if my son's friend crashes my car?",
        "Will my premium go up if my son crashes his friend's car?",
    ),
    ("Dad's new wife is spending his savings.", "Dad is spending his new wife's savings."),
    (
        "Grandpa's caregiver at the home is using his credit card.",
        "Grandpa is using his caregiver's credit card at the home.",
    ),
]

TWENTIETH_SAME = [
    (
        "I beat the player I tied with. Do I win on tiebreak?",
        "I beat the player that I tied with. Do I win on tiebreak?",
    ),
    (
        "The shelter dog I'm fostering bit my dog.",
        "The shelter dog that I am fostering bit my dog.",
    ),
    # symmetric predicates: the same either way round
    ("I tied the player I beat last round.", "The player I beat last round tied me."),
    ("I live near the friend I grew up with.", "The friend I grew up with lives near me."),
    ("I sit next to the coworker who helped me.", "The coworker who helped me sits next to me."),
    ("I married the woman I met at work.", "The woman I met at work married me."),
    (
        "What happens if my wife's parents claim her as a dependent?",
        "What happens if her parents claim my wife as a dependent?",
    ),
    (
        "My father is on Medicaid. What happens if he dies before my mother?",
        "My father is on Medicaid. What happens if he dies before mom?",
    ),
    (
        "I'm the landlord, not the tenant. Who pays for repairs?",
        "I'm the landlord and not the tenant. Who pays for repairs?",
    ),
    (
        "I was the one who got sideswiped, not the one who did the sideswiping.",
        "I was the one who got sideswiped, not the one who sideswiped.",
    ),
    (
        "My uncle is getting the deduction for a house I live in and pay for.",
        "My uncle is getting the deduction for a house that I live in and pay for.",
    ),
    (
        "Mom's new boyfriend in assisted living is taking her money.",
        "Mom's new boyfriend in assisted living is taking Mom's money.",
    ),
    (
        "Does my coverage pay when my kid's friend dents my car?",
        "Does my coverage pay if my kid's friend dents my car?",
    ),
]


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        ("Is a groundhog also called a woodchuck?", "Is a woodchuck also called a groundhog?"),
        ("My son calls me and I call him every day.", "I call my son and he calls me every day."),
        ("Does France border Spain?", "Does Spain border France?"),
    ],
)
def test_twentieth_pass_readers_leave_both_way_relations(cached: str, incoming: str) -> None:
    pa, pb = parse(cached), parse(incoming)
    for x, y in ((pa, pb), (pb, pa)):
        assert not phrases.phrases_exchanged(x, y)
        assert not phrases.contrast_exchanged(x, y)
        assert not traded.people_traded(x, y)


# Twenty-first pass (blind rounds 73-75, measured on 125edf6): the asker and one person named
# trading what they hold across "and" or "unlike", or one put in the other's place once
# (``traded``); a passive with a "with" phrase before its doer (``passives``); a particle before
# the pronoun it follows ("wrote me up" / "wrote up the cook", ``phrases``); "my N" read as "N
# from me" (``phrases``); "keep X with Y that's twice its size" (``named``); a dative's relative
# clause with one tail saying more (``stranded``); the same doer and verb with another one acted
# on (``objects``). Round 73's "My mother-in-law gave us ..." / "My mother gave us ..." is a word
# changed, no role: left.
TWENTY_FIRST_ROUNDS = [
    (
        "The guy I sold my bike to stopped payment on the check.",
        "The guy who sold me his bike wants me to stop payment on the check.",
        0.922,
    ),
    (
        "The race director disqualified the runner who reported me for cutting the course.",
        "The race director disqualified me after the runner I reported cut the course.",
        0.976,
    ),
    (
        "My coach hasn't heard from me in two weeks. Should I reach out?",
        "I haven't heard from my coach in two weeks. Should I reach out?",
        0.975,
    ),
    (
        "I was served with divorce papers by my husband this morning. What are my next steps?",
        "I served my husband with divorce papers this morning. What are my next steps?",
        0.973,
    ),
    (
        "Can I keep a bristlenose with an oscar that's twice its size?",
        "Can I keep an oscar with a bristlenose that's twice its size?",
        0.996,
    ),
    (
        "A photographer I second shot for is using my images without credit",
        "I'm using images from a photographer I second shot for without credit",
        0.949,
    ),
    (
        "I have a criminal record and my wife is petitioning for me. Will it block the green card?",
        "My wife has a criminal record and she is petitioning for me. Will it block the green "
        "card?",
        0.991,
    ),
    (
        "My buddy uses nitrox and I'm on air. Whose computer should set our limits?",
        "I use nitrox and my buddy is on air. Whose computer should set our limits?",
        0.984,
    ),
    (
        "My manager wrote me up for a mistake the new cook made. Should I say something?",
        "My manager wrote up the new cook for a mistake I made. Should I say something?",
        0.989,
    ),
    (
        "Unlike my buddy, I have a nitrox card. Can the shop fill his tank with 32%?",
        "Unlike me, my buddy has a nitrox card. Can the shop fill his tank with 32%?",
        0.990,
    ),
]

TWENTY_FIRST_SWAPPED = [
    # the asker and one person trading what they hold or do, across "and" / "unlike"
    (
        "My roommate smokes and I have asthma. Can I break the lease?",
        "I smoke and my roommate has asthma. Can I break the lease?",
    ),
    (
        "My partner works nights and I'm home with the baby. Who gets the tax credit?",
        "I work nights and my partner is home with the baby. Who gets the tax credit?",
    ),
    (
        "My sister hasn't paid me back in a year. Can I sue?",
        "I haven't paid my sister back in a year. Can I sue?",
    ),
    (
        "Unlike my brother, I have a college degree. Can he sponsor me?",
        "Unlike me, my brother has a college degree. Can he sponsor me?",
    ),
    # one put in the other's place once
    (
        "I have diabetes and my son is applying for life insurance. Does it matter?",
        "My son has diabetes and he is applying for life insurance. Does it matter?",
    ),
    (
        "I have a DUI and my husband is adding me to his policy. Will our rate go up?",
        "My husband has a DUI and he is adding me to his policy. Will our rate go up?",
    ),
    # a passive with a "with" phrase before its doer
    (
        "I was hit with a lawsuit by my landlord. What should I do?",
        "I hit my landlord with a lawsuit. What should I do?",
    ),
    ("My son was charged with assault by his coach.", "My son charged his coach with assault."),
    ("I was presented with an award by my manager.", "I presented my manager with an award."),
    # a particle after the pronoun, before the noun phrase
    (
        "The teacher kicked me out for a fight my friend started.",
        "The teacher kicked out my friend for a fight I started.",
    ),
    (
        "The ref threw me out for a foul the other player made.",
        "The ref threw out the other player for a foul I made.",
    ),
    (
        "My boss wrote me up for a report the intern lost.",
        "My boss wrote the intern up for a report I lost.",
    ),
    # "X with Y that ...": the relative clause on the other one
    (
        "Can I house a hamster with a rabbit that's three times its size?",
        "Can I house a rabbit with a hamster that's three times its size?",
    ),
    (
        "Can I plant a tomato with a squash that shades it?",
        "Can I plant a squash with a tomato that shades it?",
    ),
    # a dative's relative clause traded, one tail saying more
    (
        "The neighbor I sold my car to stopped the payment.",
        "The neighbor who sold me his car wants me to stop the payment.",
    ),
    (
        "The buyer I sold my truck to reported the check stolen.",
        "The buyer who sold me his truck wants me to report the check stolen.",
    ),
    # "my N" against "N from X"
    (
        "A blogger I wrote for is selling my recipes without credit",
        "I'm selling recipes from a blogger I wrote for without credit",
    ),
    (
        "A band I played with is using my songs without permission",
        "I'm using songs from a band I played with without permission",
    ),
    # the same doer and verb, another one acted on
    ("My boss fired the intern who insulted me.", "My boss fired me after the intern insulted me."),
    (
        "The referee ejected the player who tripped me.",
        "The referee ejected me after I tripped the player.",
    ),
    ("The school suspended the boy who hit me.", "The school suspended me after I hit the boy."),
]

TWENTY_FIRST_SAME = [
    (
        "My roommate smokes and I have asthma. Can I break the lease?",
        "I have asthma and my roommate smokes. Can I break the lease?",
    ),
    (
        "My buddy uses nitrox and I'm on air. Whose computer should set our limits?",
        "My buddy uses nitrox and I use air. Whose computer should set our limits?",
    ),
    (
        "My sister hasn't paid me back in a year. Can I sue?",
        "My sister has not paid me back in a year. Can I sue?",
    ),
    (
        "Unlike my brother, I have a college degree. Can he sponsor me?",
        "I have a college degree, unlike my brother. Can he sponsor me?",
    ),
    (
        "I have diabetes and my son is applying for life insurance. Does it matter?",
        "I have diabetes and my son is applying for life insurance. Does that matter?",
    ),
    (
        "My wife and I both have a criminal record. Will it block the green card?",
        "I and my wife both have a criminal record. Will it block the green card?",
    ),
    (
        "I was hit with a lawsuit by my landlord. What should I do?",
        "My landlord hit me with a lawsuit. What should I do?",
    ),
    (
        "I was served with divorce papers by my husband.",
        "My husband served me with divorce papers.",
    ),
    (
        "I was served with divorce papers by my husband.",
        "I got served with divorce papers by my husband.",
    ),
    (
        "My manager wrote me up for a mistake the new cook made.",
        "My manager wrote me up for a mistake that the new cook made.",
    ),
    (
        "The teacher kicked me out for a fight my friend started.",
        "The teacher kicked me out over a fight my friend started.",
    ),
    (
        "The ref threw me out for a foul the other player made.",
        "The ref threw me out for a foul made by the other player.",
    ),
    ("Can I keep a bristlenose with an oscar?", "Can I keep an oscar with a bristlenose?"),
    (
        "Can I keep a bristlenose with an oscar that's twice its size?",
        "Can I keep a bristlenose together with an oscar that's twice its size?",
    ),
    (
        "Can I keep an oscar with a bristlenose that's half its size?",
        "Can I keep a bristlenose that's half its size with an oscar?",
    ),
    (
        "The guy I sold my bike to stopped payment on the check.",
        "The guy that I sold my bike to stopped payment on the check.",
    ),
    (
        "The guy I sold my bike to stopped payment on the check.",
        "The guy I sold my bike to has stopped payment on the check.",
    ),
    (
        "A photographer I second shot for is using my images without credit",
        "A photographer I second shot for is using images from me without credit",
    ),
    (
        "I'm using images from a photographer I second shot for without credit",
        "I'm using a photographer's images without credit; I second shot for him",
    ),
    (
        "A blogger I wrote for is selling my recipes without credit",
        "A blogger I wrote for sells my recipes without giving credit",
    ),
    ("My boss fired the intern who insulted me.", "My boss fired the intern after he insulted me."),
    ("My boss fired the intern who insulted me.", "My boss fired the intern that insulted me."),
    (
        "The referee ejected the player who tripped me.",
        "The referee ejected the player after he tripped me.",
    ),
    (
        "The race director disqualified the runner who reported me for cutting the course.",
        "The race director disqualified the runner who reported me for course cutting.",
    ),
]


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        ("My son calls me and I call him every day.", "I call my son and he calls me every day."),
        ("My wife and I have a joint account.", "I and my wife have a joint account."),
        (
            "Should my son call me or should I call him?",
            "Should I call my son or should he call me?",
        ),
    ],
)
def test_twenty_first_pass_trades_leave_both_way_clauses(cached: str, incoming: str) -> None:
    pa, pb = parse(cached), parse(incoming)
    for x, y in ((pa, pb), (pb, pa)):
        assert not traded.people_traded(x, y)


# Twenty-second pass (rounds 76, 78): a stated doer changed ("... I paid." / "... She paid."),
# a predicate with the verb's own object ("sold its old engine to"), a particle in a relative
# clause ("that bought out X" / "X bought out"), "whose lost son I found", a symmetric verb said
# twice ("dating a guy I used to date"), "get X to V" and "it is rude to V" read for their doers.
TWENTY_SECOND_ROUNDS = [
    (
        "Who should text first after a date, the person who paid or the one who was paid for? "
        "I paid.",
        "Who should text first after a date, the person who paid or the one who was paid for? "
        "She paid.",
        0.984,
    ),
    (
        "My friend is dating a guy I used to date. Is that okay?",
        "I'm dating a guy my friend used to date. Is that okay?",
        0.982,
    ),
    (
        "Our department sold its old engine to a department in Mexico. What paperwork is needed?",
        "A department in Mexico sold its old engine to our department. What paperwork is needed?",
        0.997,
    ),
    (
        "The company that bought out my coworking space is raising prices.",
        "The company my coworking space bought out is raising prices.",
        0.977,
    ),
    (
        "How do I forgive my friend for leaving me behind on the mountain?",
        "How do I get my friend to forgive me for leaving her behind on the mountain?",
        0.947,
    ),
    (
        "The man who found my lost son on the trail wants a reward.",
        "The man whose lost son I found on the trail wants a reward.",
        0.977,
    ),
    (
        "Is it rude to ask my coworking neighbor to cover my desk while I'm at lunch?",
        "Is it rude for my coworking neighbor to ask me to cover his desk while he's at lunch?",
        0.966,
    ),
]

TWENTY_SECOND_SWAPPED = [
    (
        "Who should pay for dinner on a second date, the one who asked or the one who was "
        "asked? I asked.",
        "Who should pay for dinner on a second date, the one who asked or the one who was "
        "asked? He asked.",
    ),
    (
        "Is it fair to split the repair bill if the car broke down while I was driving? I was "
        "driving.",
        "Is it fair to split the repair bill if the car broke down while I was driving? She "
        "was driving.",
    ),
    (
        "My roommate and I share a car. Who pays the ticket if I parked it?",
        "My roommate and I share a car. Who pays the ticket if she parked it?",
    ),
    (
        "Our school sold its old buses to a school in Ohio. Do we need a title transfer?",
        "A school in Ohio sold its old buses to our school. Do we need a title transfer?",
    ),
    (
        "My company leased its spare office to a startup downtown. Who pays the utilities?",
        "A startup downtown leased its spare office to my company. Who pays the utilities?",
    ),
    (
        "Our club lent its old boat to a club in Maine. Who insures it?",
        "A club in Maine lent its old boat to our club. Who insures it?",
    ),
    (
        "The landlord who bought out my neighbor wants the unit empty.",
        "The landlord my neighbor bought out wants the unit empty.",
    ),
    (
        "The coach that called out my son is being investigated.",
        "The coach my son called out is being investigated.",
    ),
    (
        "The firm that took over our startup is cutting jobs.",
        "The firm our startup took over is cutting jobs.",
    ),
    (
        "The woman who rescued my injured dog on the highway wants to adopt him.",
        "The woman whose injured dog I rescued on the highway wants to adopt him.",
    ),
    (
        "The neighbor who found my missing cat in his garage won't return my calls.",
        "The neighbor whose missing cat I found in his garage won't return my calls.",
    ),
    (
        "My coworker is dating a woman I dated in college. Is it weird?",
        "I'm dating a woman my coworker dated in college. Is it weird?",
    ),
    (
        "My roommate is dating a girl I dated last year. Should I say something?",
        "I'm dating a girl my roommate dated last year. Should I say something?",
    ),
    (
        "How do I apologize to my sister for missing her wedding?",
        "How do I get my sister to apologize to me for missing my wedding?",
    ),
    (
        "How do I thank my neighbor for watching my dog?",
        "How do I get my neighbor to thank me for watching his dog?",
    ),
    (
        "Is it weird to ask my roommate to pay my share of the rent while I'm between jobs?",
        "Is it weird for my roommate to ask me to pay his share of the rent while he's "
        "between jobs?",
    ),
    (
        "Is it okay to ask my sister to watch my kids while I'm at work?",
        "Is it okay for my sister to ask me to watch her kids while she's at work?",
    ),
]

TWENTY_SECOND_SAME = [
    (
        "Who should text first after a date, the person who paid or the one who was paid for? "
        "I paid.",
        "Who should text first after a date, the person who paid or the one who was paid for? "
        "I'm the one who paid.",
    ),
    (
        "My roommate and I share a car. Who pays the ticket if she parked it?",
        "My roommate and I share a car. Who pays the ticket if she parked it there?",
    ),
    (
        "Who should text first after a date? She paid.",
        "Who should text first after a date? She paid for it.",
    ),
    (
        "Our department sold its old engine to a department in Mexico. What paperwork is needed?",
        "Our department sold its old engine to a department in Mexico. Which paperwork is needed?",
    ),
    (
        "Our school sold its old buses to a school in Ohio. What paperwork is needed?",
        "Our school sold its old buses to a school in Ohio. What paperwork do we need?",
    ),
    (
        "A club in Maine lent its old boat to our club. Who insures it?",
        "A club in Maine lent its old boat to our club. Who should insure it?",
    ),
    (
        "The company that bought out my coworking space is raising prices.",
        "The company which bought out my coworking space is raising prices.",
    ),
    (
        "The firm that took over our startup is cutting jobs.",
        "The firm that took our startup over is cutting jobs.",
    ),
    (
        "The firm our startup took over is cutting jobs.",
        "The firm that our startup took over is cutting jobs.",
    ),
    (
        "The man who found my lost son on the trail wants a reward.",
        "The man who found my lost son on the trail is asking for a reward.",
    ),
    (
        "The man whose lost son I found on the trail wants a reward.",
        "The man whose lost son I found on the trail is asking for a reward.",
    ),
    (
        "The woman whose injured dog I rescued on the highway wants to adopt him.",
        "The woman whose injured dog I rescued on the highway wants to adopt him now.",
    ),
    (
        "My friend is dating a guy I used to date. Is that okay?",
        "Is it okay that my friend is dating a guy I used to date?",
    ),
    (
        "My roommate is dating a girl I dated last year. Should I say something?",
        "My roommate is dating a girl I dated last year. Should I tell him something?",
    ),
    (
        "How do I get my friend to forgive me for leaving her behind on the mountain?",
        "How do I make my friend forgive me for leaving her behind on the mountain?",
    ),
    (
        "How do I forgive my friend for leaving me behind on the mountain?",
        "How can I forgive my friend for leaving me behind on the mountain?",
    ),
    (
        "How do I get my sister to apologize to me for missing my wedding?",
        "How can I get my sister to apologize to me for missing my wedding?",
    ),
    (
        "Is it rude to ask my coworking neighbor to cover my desk while I'm at lunch?",
        "Is it rude for me to ask my coworking neighbor to cover my desk while I'm at lunch?",
    ),
    (
        "Is it rude for my coworking neighbor to ask me to cover his desk while he's at lunch?",
        "Is it rude that my coworking neighbor asks me to cover his desk while he's at lunch?",
    ),
    (
        "Is it okay to ask my sister to watch my kids while I'm at work?",
        "Is it okay if I ask my sister to watch my kids while I'm at work?",
    ),
]


# Twenty-third pass (rounds 79-81, measured out of sample on a6fdfc8; served before this pass).
TWENTY_THIRD_ROUNDS = [
    (
        "The girl my roommate is dating keeps flirting with me. What should I do?",
        "The girl I'm dating keeps flirting with my roommate. What should I do?",
        0.988,
    ),
    (
        "The contractor my business borrowed from hasn't been paid back. What now?",
        "The contractor who borrowed from my business hasn't paid us back. What now?",
        0.933,
    ),
    (
        "The parents of the kid my son injured want us to pay the ER bill. Is that fair?",
        "We want the parents of the kid who injured my son to pay the ER bill. Is that fair?",
        0.96,
    ),
    (
        "How do I deal with my fiancé's best friend being jealous of me before the wedding?",
        "How do I deal with being jealous of my fiancé's best friend before the wedding?",
        0.98,
    ),
    (
        "My plan covers the drug my doctor switched me from, but not the one she switched me to."
        " What now?",
        "My plan covers the drug my doctor switched me to, but not the one she switched me from."
        " What now?",
        1.0,
    ),
]

TWENTY_THIRD_SWAPPED = [
    # a relative clause's subject and head traded, the rest reworded (heads.py)
    (
        "The parents of the boy my daughter bit are threatening to sue. What do I do?",
        "We are threatening to sue the parents of the boy who bit my daughter. What do I do?",
    ),
    (
        "The supplier my shop buys from raised prices again. Should I switch?",
        "The supplier who buys from my shop raised its prices again. Should I switch?",
    ),
    (
        "The tenant my landlord evicted is suing us. Can he?",
        "We are being sued by the tenant who evicted my landlord. Can he?",
    ),
    # two opposed prepositions traded, every other word kept (preps.py)
    (
        "I'm moving to Denver from Austin next month. Any tips?",
        "I'm moving from Denver to Austin next month. Any tips?",
    ),
    (
        "Can I switch my plan from gold to silver in the middle of the year?",
        "Can I switch my plan to gold from silver in the middle of the year?",
    ),
    # a copula's gerund with its doer named on one side only (gerunds.py)
    (
        "How do I handle my older brother being rude to me at family dinners?",
        "How do I handle being rude to my older brother at family dinners?",
    ),
    (
        "Is it normal for my new coworker getting annoyed with me all the time?",
        "Is it normal for getting annoyed with my new coworker all the time?",
    ),
    # the asker and one person traded around a verb with "with" (traded.py)
    (
        "The guy my sister is dating keeps chatting with me at parties. Should I say something?",
        "The guy I'm dating keeps chatting with my sister at parties. Should I say something?",
    ),
    (
        "The woman my brother is seeing keeps arguing with me. What should I do?",
        "The woman I'm seeing keeps arguing with my brother. What should I do?",
    ),
]

TWENTY_THIRD_SAME = [
    (
        "How do I handle my older brother being rude to me at family dinners?",
        "How should I handle my older brother being rude to me at family dinners?",
    ),
    (
        "How do I deal with my best friend being jealous of me before the wedding?",
        "How can I deal with my best friend being jealous of me before my wedding?",
    ),
    (
        "The parents of the kid my son injured want us to pay the ER bill. Is that fair?",
        "The parents of the kid who was injured by my son want us to pay the ER bill. Fair?",
    ),
    (
        "The contractor my business borrowed from hasn't been paid back. What now?",
        "The contractor who my business borrowed from hasn't been paid back. What now?",
    ),
    (
        "The supplier my shop buys from raised prices again. Should I switch?",
        "The supplier that my shop buys from raised its prices again. Should I switch?",
    ),
    (
        "The guy my sister is dating keeps chatting with me at parties. Should I say something?",
        "The guy that my sister is dating keeps chatting with me at parties. Should I say it?",
    ),
    (
        "The woman I'm seeing keeps arguing with my brother. What should I do?",
        "The woman I am seeing keeps arguing with my brother. What should I do?",
    ),
]


# The same trip with its phrases in another order: no role swap read (verify refuses these
# today for another reason, "negation_mismatch", outside roles/).
TWENTY_THIRD_SAME_ROLES = [
    (
        "I'm moving to Denver from Austin next month. Any tips?",
        "I'm moving from Austin to Denver next month. Any tips?",
    ),
    (
        "Can I switch my plan from gold to silver in the middle of the year?",
        "Can I switch my plan to silver from gold in the middle of the year?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), TWENTY_THIRD_SAME_ROLES)
def test_twenty_third_pass_phrases_moved_are_no_swap(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not roles.role_swap(parse(x), parse(y))


# Twenty-fourth pass, rounds 82-84 (measured out of sample on a3cf29d): a passive's subject and
# doer traded, a stranded "by" / "to", a symmetric word as a noun ("the play I'm in"), a feeler
# with a place or a relative clause ("a mom from class is upset that I ...", "the blog owner I
# write for is mad that I ..."), a relative clause's head the subject with another object or
# after "under" ("the tutor I hired" / "the tutor who hired my daughter").
TWENTY_FOURTH_ROUNDS = [
    (
        "I was pushed out of my usual spot by a bigger farm. What can I do?",
        "A bigger farm was pushed out of its usual spot by me. What can I do?",
        0.965,
    ),
    (
        "Should I give a referral bonus to the dog walker I was referred by?",
        "Should I give a referral bonus to the dog walker I was referred to?",
        0.999,
    ),
    (
        "My mom is directing the play I'm in. How do I keep it professional?",
        "I'm directing the play my mom is in. How do I keep it professional?",
        0.988,
    ),
    (
        "A mom from class is upset that I didn't invite her son.",
        "I'm upset that a mom from class didn't invite my son.",
        0.945,
    ),
    (
        "The blog owner I write for is mad that I linked to my competitor.",
        "I'm mad that the blog owner I write for linked to my competitor.",
        0.975,
    ),
    (
        "The artist I apprenticed under is badmouthing me to other shops, what can I do?",
        "The artist who apprenticed under me is badmouthing me to other shops, what can I do?",
        0.987,
    ),
    (
        "The tutor I hired keeps meeting my daughter at the library late, is that okay?",
        "The tutor who hired my daughter keeps meeting her at the library late, is that okay?",
        0.986,
    ),
]

TWENTY_FOURTH_SWAPPED = [
    (
        "The lawyer I hired keeps calling my wife at night, is that normal?",
        "The lawyer who hired my wife keeps calling her at night, is that normal?",
    ),
    (
        "The coach I trained keeps texting my son late. Should I worry?",
        "The coach who trained my son keeps texting him late. Should I worry?",
    ),
    (
        "The chef I trained under is opening a restaurant next to mine, is that legal?",
        "The chef who trained under me is opening a restaurant next to mine, is that legal?",
    ),
    (
        "The manager I work under keeps taking credit for my ideas.",
        "The manager who works under me keeps taking credit for my ideas.",
    ),
    (
        "My dad is staging a play I'm in. Is that weird?",
        "I'm staging a play my dad is in. Is that weird?",
    ),
    (
        "My boss is producing a play I'm acting in. Any advice?",
        "I'm producing a play my boss is acting in. Any advice?",
    ),
    (
        "A dad from my kid's team is mad that I didn't pick his son.",
        "I'm mad that a dad from my kid's team didn't pick my son.",
    ),
    (
        "The landlord I rent from is upset that I painted the walls.",
        "I'm upset that the landlord I rent from painted the walls.",
    ),
    (
        "The client I design for is upset that I posted the logo online.",
        "I'm upset that the client I design for posted the logo online.",
    ),
    (
        "Should I thank the doctor I was referred by?",
        "Should I thank the doctor I was referred to?",
    ),
    (
        "How do I contact the agency I was assigned by?",
        "How do I contact the agency I was assigned to?",
    ),
    (
        "I was squeezed out of my parking space by a delivery van. Can I complain?",
        "A delivery van was squeezed out of its parking space by me. Can I complain?",
    ),
    (
        "I was edged out of my job by a younger hire. Is that age discrimination?",
        "A younger hire was edged out of his job by me. Is that age discrimination?",
    ),
    (
        "Our band was bumped from its slot by a bigger act. Can we ask for a refund?",
        "A bigger act was bumped from its slot by our band. Can we ask for a refund?",
    ),
    (
        "We were bumped from our flight by a tour group. Are we owed anything?",
        "A tour group was bumped from its flight by us. Are we owed anything?",
    ),
]

# The same roles in other words: no swap read.
TWENTY_FOURTH_SAME = [
    (
        "The tutor I hired keeps meeting my daughter at the library late, is that okay?",
        "The tutor who I hired keeps meeting my daughter at the library late, is that okay?",
    ),
    (
        "The lawyer I hired keeps calling my wife at night, is that normal?",
        "The lawyer who was hired by me keeps calling my wife at night, is that normal?",
    ),
    (
        "The chef I trained under is opening a restaurant next to mine, is that legal?",
        "The chef who I trained under is opening a restaurant next to mine, is that legal?",
    ),
    (
        "The manager I work under keeps taking credit for my ideas.",
        "The manager whom I work under keeps taking credit for my ideas.",
    ),
    (
        "My mom is directing the play I'm in. How do I keep it professional?",
        "My mom is directing the play I am in. How do I keep it professional?",
    ),
    (
        "My boss is producing a play I'm acting in. Any advice?",
        "My boss is producing the play I'm acting in. Any advice?",
    ),
    (
        "A mom from class is upset that I didn't invite her son.",
        "A mom from class is upset because I didn't invite her son.",
    ),
    (
        "The blog owner I write for is mad that I linked to my competitor.",
        "The blog owner I write for is mad because I linked to my competitor.",
    ),
    (
        "Should I thank the doctor I was referred by?",
        "Should I thank the doctor I got referred by?",
    ),
    (
        "How do I contact the agency I was assigned to?",
        "How do I contact the agency I got assigned to?",
    ),
    (
        "I was pushed out of my usual spot by a bigger farm. What can I do?",
        "A bigger farm pushed me out of my usual spot. What can I do?",
    ),
    (
        "I was pushed out of my usual spot by a bigger farm. What can I do?",
        "I got pushed out of my usual spot by a bigger farm. What can I do?",
    ),
    (
        "My son was bullied at school by an older boy. What should I do?",
        "An older boy bullied my son at school. What should I do?",
    ),
]


# -- pass 25 (rounds 85-87): the asker and another traded in one part of the question ("titled to
# me but my brother is still paying for" / "titled to my brother but I'm ..."), an owned noun left
# out after its owner ("and mine is on the title"), a "that" / "whose" / "than" relative clause
# whose subject and head trade, "gave him fleas" against "gave fleas to the dog he ...", the trade
# in one sentence with a follow-up's pronoun changed, "the T of X" against "my T" ----------------
TWENTY_FIFTH_ROUNDS = [
    (
        "My husband's name is on the loan and mine is on the title. Can I refinance?",
        "My name is on the loan and my husband's is on the title. Can I refinance?",
        0.989,
    ),
    (
        "Can I refinance a car that's titled to me but my brother is still paying for?",
        "Can I refinance a car that's titled to my brother but I'm still paying for?",
        0.99,
    ),
    (
        "Can the camp release my daughter to her father if I have sole custody?",
        "Can the camp release my daughter to me if her father has sole custody?",
        0.994,
    ),
    (
        "The camper whose mom complained about my son is in his cabin again."
        " Should I ask for a move?",
        "The camper whose mom my son complained about is in his cabin again."
        " Should I ask for a move?",
        0.992,
    ),
    (
        "The HOA gave my parking space to the new owner downstairs. What can I do?",
        "The HOA gave the parking space of the new owner downstairs to me. What can I do?",
        0.989,
    ),
    (
        "The dog my dog was boarded with gave him fleas.",
        "My dog gave fleas to the dog he was boarded with.",
        0.974,
    ),
    (
        "The dog the kennel paired mine with was aggressive to him.",
        "My dog was aggressive to the dog the kennel paired him with.",
        0.958,
    ),
    (
        "Can I reapply to a company that rejected me after the background check?",
        "Can I reapply to a company I rejected after their background check?",
        0.976,
    ),
    (
        "How do I commute with a partner who is slower than me?",
        "How do I commute with a partner who I am slower than?",
        0.994,
    ),
    (
        "The refugee family our church sponsors asked me for a loan; should I give it?",
        "I asked the refugee family our church sponsors for a loan; should they give it?",
        0.965,
    ),
    (
        "How do I tell my commute partner to stop drafting so close behind me?",
        "How do I stop drafting so close behind my commute partner?",
        0.965,
    ),
    (
        "My cat was attacked by a dog that the kennel let loose.",
        "My dog attacked a cat that the kennel let loose.",
        0.979,
    ),
]

TWENTY_FIFTH_SWAPPED = [
    (
        "Can I sell a boat that's registered to me but my uncle is still paying off?",
        "Can I sell a boat that's registered to my uncle but I'm still paying off?",
    ),
    (
        "Can the daycare hand my son over to his grandmother if I have custody?",
        "Can the daycare hand my son over to me if his grandmother has custody?",
    ),
    (
        "Can I deduct a house that's deeded to me but my sister pays the mortgage on?",
        "Can I deduct a house that's deeded to my sister but I pay the mortgage on?",
    ),
    (
        "My sister's car is in the garage and mine is on the street.",
        "My car is in the garage and my sister's is on the street.",
    ),
    (
        "My roommate's bike was stolen and mine was damaged.",
        "My bike was stolen and my roommate's was damaged.",
    ),
    (
        "The horse the stable paired mine with kicked him.",
        "My horse kicked the horse the stable paired him with.",
    ),
    (
        "The cat the shelter housed mine with was hostile to him.",
        "My cat was hostile to the cat the shelter housed him with.",
    ),
    (
        "Should I hire a contractor that sued me last year?",
        "Should I hire a contractor I sued last year?",
    ),
    (
        "Can I date a coworker that reported me to HR?",
        "Can I date a coworker I reported to HR?",
    ),
    (
        "The student whose dad emailed my teacher is in my group.",
        "The student whose dad my teacher emailed is in my group.",
    ),
    (
        "The tenant whose lawyer wrote to my landlord moved out.",
        "The tenant whose lawyer my landlord wrote to moved out.",
    ),
    (
        "How do I play with a teammate who is better than me?",
        "How do I play with a teammate who I am better than?",
    ),
    (
        "Should I date a guy who is shorter than me?",
        "Should I date a guy who I am shorter than?",
    ),
    (
        "The kid my son shares a desk with gave him lice.",
        "My son gave lice to the kid he shares a desk with.",
    ),
    (
        "The coworker my wife carpools with gave her a cold.",
        "My wife gave a cold to the coworker she carpools with.",
    ),
    (
        "The landlord my friend rents from asked me for a reference; should I write one?",
        "I asked the landlord my friend rents from for a reference; should he write one?",
    ),
    (
        "The neighbor our building hired asked me for a favor. Should I do it?",
        "I asked the neighbor our building hired for a favor. Should he do it?",
    ),
    (
        "The school gave my locker to the new student. Is that allowed?",
        "The school gave the locker of the new student to me. Is that allowed?",
    ),
    (
        "The landlord rented my storage unit to the tenant upstairs.",
        "The landlord rented the storage unit of the tenant upstairs to me.",
    ),
    (
        "How do I ask my roommate to stop borrowing my clothes?",
        "How do I stop borrowing my roommate's clothes?",
    ),
    (
        "How do I remind my teammate to stop standing in front of me?",
        "How do I stop standing in front of my teammate?",
    ),
    (
        "How do I tell my neighbor to stop parking in front of my garage?",
        "How do I stop parking in front of my neighbor's garage?",
    ),
    ("A client sued my company. What now?", "My client sued a company. What now?"),
    (
        "My car was hit by a truck that ran the light.",
        "My truck hit a car that ran the light.",
    ),
    (
        "My package was damaged by a courier the store hired.",
        "My courier damaged a package the store hired.",
    ),
]

TWENTY_FIFTH_SAME = [
    (
        "Can I refinance a car that's titled to me but my brother is still paying for?",
        "Can I refinance a car titled to me that my brother is still paying for?",
    ),
    (
        "Can the camp release my daughter to her father if I have sole custody?",
        "If I have sole custody, can the camp release my daughter to her father?",
    ),
    (
        "Can the school release my son to his dad if I have full custody?",
        "Can the school release my son to his father if I have full custody?",
    ),
    (
        "My husband's name is on the loan and mine is on the title. Can I refinance?",
        "My husband's name is on the loan and my name is on the title. Can I refinance?",
    ),
    (
        "My sister's car is in the garage and mine is on the street.",
        "My sister's car is in the garage but mine is on the street.",
    ),
    (
        "The horse the stable paired mine with kicked him.",
        "The horse the stable paired my horse with kicked him.",
    ),
    (
        "Should I hire a contractor I sued last year?",
        "Should I hire a contractor that I sued last year?",
    ),
    (
        "Can I reapply to a company that rejected me after the background check?",
        "Can I reapply to a company who rejected me after the background check?",
    ),
    (
        "The student whose dad emailed my teacher is in my group.",
        "The student whose father emailed my teacher is in my group.",
    ),
    (
        "The camper whose mom complained about my son is in his cabin again.",
        "The camper whose mother complained about my son is in his cabin again.",
    ),
    (
        "How do I commute with a partner who is slower than me?",
        "How do I commute with a partner that is slower than me?",
    ),
    (
        "Should I date a guy who I am shorter than?",
        "Should I date a guy whom I am shorter than?",
    ),
    (
        "The kid my son shares a desk with gave him lice.",
        "The kid my son shares a desk with gave lice to him.",
    ),
    (
        "The coworker my wife carpools with gave her a cold.",
        "The coworker my wife carpools with gave a cold to her.",
    ),
    (
        "The landlord my friend rents from asked me for a reference; should I write one?",
        "The landlord my friend rents from asked me for a reference; should I write him one?",
    ),
    (
        "The school gave the locker of the new student to me. Is that allowed?",
        "The school gave the new student's locker to me. Is that allowed?",
    ),
    (
        "The HOA gave the parking space of my neighbor to me.",
        "The HOA gave my neighbor's parking space to me.",
    ),
    (
        "How do I tell my commute partner to stop drafting so close behind me?",
        "How do I ask my commute partner to stop drafting so close behind me?",
    ),
    (
        "How do I tell my sister to stop reading my diary?",
        "How do I ask my sister to stop reading my diary?",
    ),
    (
        "My dog attacked a cat that the kennel let loose.",
        "A cat that the kennel let loose was attacked by my dog.",
    ),
    (
        "My car was hit by a truck that ran the light.",
        "A truck that ran the light hit my car.",
    ),
]


# -- the tables of the passes above, each read the same way ----------------------------
# -- role pass 26 (rounds 88-89) ---------------------------------------------------------
TWENTY_SIXTH_ROUNDS = [
    (
        "How do I get my neighbor to stop relying on me for carpool?",
        "How do I stop relying on my neighbor for carpool?",
        0.981,
    ),
    (
        "Another parent keeps dropping her kids at my house before carpool without asking. "
        "Is that rude?",
        "I keep dropping my kids at another parent's house before carpool without asking. "
        "Is that rude?",
        0.928,
    ),
    (
        "A mom in our carpool keeps criticizing my driving in front of the kids. "
        "How should I handle it?",
        "I keep criticizing the driving of a mom in our carpool in front of the kids. "
        "How should I handle it?",
        0.966,
    ),
    (
        "The carpool parent my son doesn't like is taking over Fridays. Should I be concerned?",
        "The carpool parent who doesn't like my son is taking over Fridays. Should I be concerned?",
        0.979,
    ),
    (
        "The customer who referred her friends to my shop wants a free item. "
        "Should I give her one?",
        "The customer whose friends referred her to my shop wants a free item. "
        "Should I give her one?",
        0.997,
    ),
    (
        "The Etsy shop I bought a pattern from is selling the same finished items as me. "
        "Can they do that?",
        "The Etsy shop that bought my pattern is selling the same finished items as me. "
        "Can they do that?",
        0.994,
    ),
    (
        "My insurer says the neighbor's insurer should pay for my shed.",
        "My neighbor's insurer says my insurer should pay for his shed.",
        0.970,
    ),
]

TWENTY_SIXTH_SWAPPED = [
    # "stop X from V-ing ... me" / "stop V-ing ... X" (the canonical "get X to stop")
    (
        "How do I get my roommate to stop borrowing money from me?",
        "How do I stop borrowing money from my roommate?",
    ),
    (
        "How do I stop my coworker from copying off me?",
        "How do I stop copying off my coworker?",
    ),
    # another person named by "a / another / the N": doer and owner traded
    (
        "A coworker keeps parking his truck in my spot. What should I do?",
        "I keep parking my truck in a coworker's spot. What should I do?",
    ),
    (
        "A player on our team keeps mocking my accent. Should I tell the coach?",
        "I keep mocking the accent of a player on our team. Should I tell the coach?",
    ),
    (
        "My lawyer says the other driver's lawyer should pay for my repairs.",
        "My other driver's lawyer says my lawyer should pay for his repairs.",
    ),
    # a negated relative clause, subject and head traded
    (
        "The neighbor my dog doesn't like is moving in next door.",
        "The neighbor who doesn't like my dog is moving in next door.",
    ),
    (
        "The coach my daughter didn't trust quit the team.",
        "The coach who didn't trust my daughter quit the team.",
    ),
    # "who V her N" / "whose N V her"
    (
        "The tenant who sued his landlord moved out.",
        "The tenant whose landlord sued him moved out.",
    ),
    (
        "The player who blamed her coach for the loss was benched.",
        "The player whose coach blamed her for the loss was benched.",
    ),
    # a stranded preposition's one made the owner
    (
        "The artist I bought a painting from is selling prints of it.",
        "The artist who bought my painting is selling prints of it.",
    ),
    (
        "The student I borrowed a laptop from wants it back today.",
        "The student that borrowed my laptop wants it back today.",
    ),
]

TWENTY_SIXTH_SAME = [
    (
        "How do I get my neighbor to stop relying on me for carpool?",
        "How do I stop my neighbor from relying on me for carpool?",
    ),
    (
        "How do I get my roommate to stop borrowing money from me?",
        "How do I make my roommate stop borrowing money from me?",
    ),
    (
        "Another parent keeps dropping her kids at my house before carpool.",
        "Before carpool, another parent keeps dropping her kids at my house.",
    ),
    (
        "A mom in our carpool keeps criticizing my driving in front of the kids.",
        "A mom in our carpool keeps criticizing the way I drive in front of the kids.",
    ),
    (
        "My insurer says the neighbor's insurer should pay for my shed.",
        "My insurer says my neighbor's insurer should pay for my shed.",
    ),
    (
        "The carpool parent my son doesn't like is taking over Fridays.",
        "The carpool parent whom my son doesn't like is taking over Fridays.",
    ),
    (
        "The coach who didn't trust my daughter quit the team.",
        "The coach that didn't trust my daughter quit the team.",
    ),
    (
        "The customer who referred her friends to my shop wants a free item.",
        "The customer that referred her friends to my shop wants a free item.",
    ),
    (
        "The customer who referred her friends to my shop wants a free item.",
        "The customer who referred her friends to my store wants a free item.",
    ),
    (
        "The Etsy shop I bought a pattern from is selling the same items as me.",
        "The Etsy shop that I bought a pattern from is selling the same items as me.",
    ),
    (
        "The artist I bought a painting from is selling prints of it.",
        "The artist whom I bought a painting from is selling prints of it.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), TWENTY_SIXTH_ROUNDS)
def test_twenty_sixth_pass_round_swaps_are_refused(
    cached: str, incoming: str, cosine: float
) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, cosine, VerifyConfig()).accept


@pytest.mark.parametrize(("cached", "incoming"), TWENTY_SIXTH_SWAPPED)
def test_twenty_sixth_pass_swaps_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept


# -- role pass 27 (rounds 89-91) ---------------------------------------------------------
TWENTY_SEVENTH_ROUNDS = [
    (
        "What do I say to a mom whose kid bullied the child I babysit?",
        "What do I say to a mom whose kid the child I babysit bullied?",
        0.986,
    ),
    (
        "What should I do about the parent I got a complaint from?",
        "What should I do about the parent I got a complaint about?",
        0.991,
    ),
    (
        "I was paid less than the other babysitter for the same night. Should I bring it up?",
        "The other babysitter was paid less than me for the same night. Should I bring it up?",
        0.986,
    ),
    (
        "The girl I was supposed to accompany at the recital didn't show up. What do I do?",
        "The girl who was supposed to accompany me at the recital didn't show up. What do I do?",
        0.988,
    ),
    (
        "Whose router should we use, mine or my roommate's, if his is newer?",
        "Whose router should we use, mine or my roommate's, if mine is newer?",
        0.984,
    ),
    (
        "The carpool driver kicked my son out for hitting her daughter. Was that fair?",
        "The carpool driver kicked my son out after her daughter hit him. Was that fair?",
        0.991,
    ),
]

TWENTY_SEVENTH_SWAPPED = [
    (
        "What do I tell a neighbor whose dog bit the kid I nanny?",
        "What do I tell a neighbor whose dog the kid I nanny bit?",
    ),
    (
        "How do I talk to a coworker whose manager criticized the intern I mentor?",
        "How do I talk to a coworker whose manager the intern I mentor criticized?",
    ),
    (
        "Should I call the parent whose son hit me?",
        "Should I call the parent whose son I hit?",
    ),
    (
        "How do I respond to the tenant I got a noise complaint from?",
        "How do I respond to the tenant I got a noise complaint about?",
    ),
    (
        "Should I apologize to the coworker I heard the rumor from?",
        "Should I apologize to the coworker I heard the rumor about?",
    ),
    (
        "What do I say to the client I wrote the email to?",
        "What do I say to the client I wrote the email about?",
    ),
    (
        "I was charged more than my neighbor for the same repair. Is that legal?",
        "My neighbor was charged more than me for the same repair. Is that legal?",
    ),
    (
        "My coworker got paid less than me for the same shift. Should I say something?",
        "I got paid less than my coworker for the same shift. Should I say something?",
    ),
    (
        "The client I was supposed to meet at the office never came. What now?",
        "The client who was supposed to meet me at the office never came. What now?",
    ),
    (
        "The cousin I wanted to visit last summer got sick.",
        "The cousin who wanted to visit me last summer got sick.",
    ),
    (
        "The friend I was going to drive to the airport cancelled.",
        "The friend who was going to drive me to the airport cancelled.",
    ),
    (
        "Whose car should we take, mine or my sister's, if hers is bigger?",
        "Whose car should we take, mine or my sister's, if mine is bigger?",
    ),
    (
        "Whose laptop should we use for the project, mine or my partner's, since his is faster?",
        "Whose laptop should we use for the project, mine or my partner's, since mine is faster?",
    ),
    (
        "Should we sell my couch or my roommate's if theirs is older?",
        "Should we sell my couch or my roommate's if mine is older?",
    ),
    (
        "The coach benched my daughter for pushing his son. Is that fair?",
        "The coach benched my daughter after his son pushed her. Is that fair?",
    ),
    (
        "The teacher suspended my son for insulting her student. Should I complain?",
        "The teacher suspended my son because her student insulted him. Should I complain?",
    ),
    (
        "My boss fired my friend for yelling at a customer.",
        "My boss fired my friend after a customer yelled at him.",
    ),
]

TWENTY_SEVENTH_SAME = [
    (
        "What should I do about the parent I got a complaint from?",
        "What should I do about the parent I received a complaint from?",
    ),
    (
        "I was charged more than my neighbor for the same repair.",
        "I was charged more than my neighbor for the exact same repair.",
    ),
    (
        "Whose car should we take, mine or my sister's, if hers is bigger?",
        "Whose car should we take, mine or my sister's, if hers is larger?",
    ),
    (
        "Whose router should we use, mine or my roommate's, if his is newer?",
        "Which router should we use, mine or my roommate's, if his is newer?",
    ),
    (
        "What do I say to a mom whose kid bullied the child I babysit?",
        "What do I say to a mom whose kid was bullying the child I babysit?",
    ),
    (
        "What do I say to a mom whose kid bullied the child I babysit?",
        "What do I say to a mom whose kid the child I babysit was bullied by?",
    ),
    (
        "What should I do about the parent I got a complaint from?",
        "What should I do about the parent that I got a complaint from?",
    ),
    (
        "Should I apologize to the coworker I talked to?",
        "Should I apologize to the coworker I talked with?",
    ),
    (
        "I was paid less than the other babysitter for the same night. Should I bring it up?",
        "I got paid less than the other babysitter for the same night. Should I bring it up?",
    ),
    (
        "The girl I was supposed to accompany at the recital didn't show up. What do I do?",
        "The girl whom I was supposed to accompany at the recital didn't show up. What do I do?",
    ),
    (
        "The client who was supposed to meet me at the office never came.",
        "The client that was supposed to meet me at the office never came.",
    ),
    (
        "The cousin I wanted to visit last summer got sick.",
        "The cousin whom I wanted to visit last summer got sick.",
    ),
    (
        "The friend I was going to drive to the airport cancelled.",
        "The friend I was planning to drive to the airport cancelled.",
    ),
    (
        "Whose router should we use, mine or my roommate's, if his is newer?",
        "Whose router should we use, mine or my roommate's, if his one is newer?",
    ),
    (
        "The carpool driver kicked my son out for hitting her daughter. Was that fair?",
        "The carpool driver kicked my son out after he hit her daughter. Was that fair?",
    ),
    (
        "The coach benched my daughter for pushing his son.",
        "The coach benched my daughter because she pushed his son.",
    ),
    (
        "The teacher suspended my son for insulting her student.",
        "The teacher suspended my son after he insulted her student.",
    ),
]


# -- role pass 28 (rounds 92-94) ---------------------------------------------------------
TWENTY_EIGHTH_ROUNDS = [
    (
        "Which of us should apologise: my son chipped his friend's bracket?",
        "Which of us should apologise: my son's friend chipped his bracket?",
        0.993,
    ),
    (
        "The band we're supporting wants us to pay them for the slot. Is that pay-to-play?",
        "The band supporting us wants us to pay them for the slot. Is that pay-to-play?",
        0.978,
    ),
    (
        "Can the building manager tow a car that's parked in my charging spot?",
        "Can the building manager tow my car that's parked in a charging spot?",
        0.997,
    ),
    (
        "Can a juror be questioned by the media after the verdict?",
        "Can a juror question the media after the verdict?",
        0.971,
    ),
    (
        "My roommate's girlfriend keeps charging her car on our outlet. How do I bring it up?",
        "My girlfriend keeps charging her car on my roommate's outlet. How do I bring it up?",
        0.989,
    ),
    (
        "Who is my foster child allowed to stay with overnight?",
        "Who is allowed to stay with my foster child overnight?",
        0.979,
    ),
    (
        "Is it fair that my league partner gets more strokes than me?",
        "Is it fair that I get more strokes than my league partner?",
        0.959,
    ),
    (
        "I'm being underpaid by the cleaning agency",
        "I'm underpaying the cleaning agency",
        0.959,
    ),
    (
        "The maid service replaced my cleaner with the one my sister had fired",
        "The maid service replaced the cleaner my sister had fired with mine",
        0.974,
    ),
]

TWENTY_EIGHTH_SWAPPED = [
    (
        "Can a witness be interviewed by the police before the trial?",
        "Can a witness interview the police before the trial?",
    ),
    (
        "I'm being overcharged by my landlord",
        "I'm overcharging my landlord",
    ),
    (
        "Can a tenant be evicted by the landlord during winter?",
        "Can a tenant evict the landlord during winter?",
    ),
    (
        "My son was bullied by a classmate at recess",
        "My son bullied a classmate at recess",
    ),
    (
        "Can my neighbor park a truck in my driveway?",
        "Can my neighbor park my truck in a driveway?",
    ),
    (
        "My sister's husband keeps parking his car in our garage. What do I say?",
        "My husband keeps parking his car in my sister's garage. What do I say?",
    ),
    (
        "Can the school keep a phone that was found in my locker?",
        "Can the school keep my phone that was found in a locker?",
    ),
    (
        "Who should pay: my dog bit his neighbor's cat?",
        "Who should pay: my dog's neighbor bit his cat?",
    ),
    (
        "My daughter broke her friend's phone. Who pays?",
        "My daughter's friend broke her phone. Who pays?",
    ),
    (
        "The school replaced my son's teacher with the one my daughter had last year",
        "The school replaced the teacher my daughter had last year with my son's",
    ),
    (
        "Can I substitute butter with oil in this recipe?",
        "Can I substitute oil with butter in this recipe?",
    ),
    (
        "The landlord replaced my fridge with the one from the empty unit",
        "The landlord replaced the fridge from the empty unit with mine",
    ),
    (
        "Who is my daughter allowed to sleep over with on weekends?",
        "Who is allowed to sleep over with my daughter on weekends?",
    ),
    (
        "Who is my son allowed to go out with at night?",
        "Who is allowed to go out with my son at night?",
    ),
    (
        "Is it normal that my coworker gets more vacation days than me?",
        "Is it normal that I get more vacation days than my coworker?",
    ),
    (
        "Why does my brother have more followers than me?",
        "Why do I have more followers than my brother?",
    ),
    (
        "The agency representing me wants a bigger cut. Is that normal?",
        "The agency I'm representing wants a bigger cut. Is that normal?",
    ),
    (
        "The company suing us wants to settle. Should we?",
        "The company we're suing wants to settle. Should we?",
    ),
]

TWENTY_EIGHTH_SAME = [
    (
        "Can a juror be questioned by the media after the verdict?",
        "Can the media question a juror after the verdict?",
    ),
    (
        "I'm being underpaid by the cleaning agency",
        "The cleaning agency is underpaying me",
    ),
    (
        "Can a juror be questioned by the media after the verdict?",
        "Can a juror get questioned by the media after the verdict?",
    ),
    (
        "Can the building manager tow a car that's parked in my charging spot?",
        "Can the building manager tow a car that is parked in my charging spot?",
    ),
    (
        "Can the building manager tow a car that's parked in my charging spot?",
        "Can the building manager tow the car that's parked in my charging spot?",
    ),
    (
        "Can my neighbor park a truck in my driveway?",
        "Can my neighbour park a truck in my driveway?",
    ),
    (
        "Which of us should apologise: my son chipped his friend's bracket?",
        "Which of us should apologize: my son chipped his friend's bracket?",
    ),
    (
        "My daughter broke her friend's phone. Who pays?",
        "My daughter broke her friend's phone. Who should pay?",
    ),
    (
        "The maid service replaced my cleaner with the one my sister had fired",
        "The maid service replaced my cleaner with the cleaner my sister had fired",
    ),
    (
        "The landlord replaced my fridge with the one from the empty unit",
        "The landlord replaced my fridge with a fridge from the empty unit",
    ),
    (
        "Who is my foster child allowed to stay with overnight?",
        "Who can my foster child stay with overnight?",
    ),
    (
        "Who is allowed to stay with my foster child overnight?",
        "Who may stay with my foster child overnight?",
    ),
    (
        "Is it fair that my league partner gets more strokes than me?",
        "Is it fair that my league partner receives more strokes than me?",
    ),
    (
        "Is it fair that my league partner gets more strokes than me?",
        "Is it fair my league partner gets more strokes than me?",
    ),
    (
        "The band we're supporting wants us to pay them for the slot.",
        "The band we are supporting wants us to pay them for the slot.",
    ),
    (
        "The band supporting us wants us to pay them for the slot.",
        "The band that is supporting us wants us to pay them for the slot.",
    ),
]


# -- role pass 29 (rounds 95-97) ---------------------------------------------------------
TWENTY_NINTH_ROUNDS = [
    (
        "My Deaf classmate corrected my signing after I corrected hers; was I rude?",
        "I corrected my Deaf classmate's signing after she corrected mine; was I rude?",
        0.986,
    ),
    (
        "The school hired an interpreter for my son",
        "My son was hired by the school as an interpreter",
        0.959,
    ),
    (
        "I got a cease and desist from the podcast I parodied. What now?",
        "The podcast I parodied got a cease and desist from me. What now?",
        0.969,
    ),
    (
        "I'm renting my timeshare week to a friend; what contract do I need?",
        "A friend is renting his timeshare week to me; what contract do I need?",
        0.959,
    ),
    (
        "The resort is buying my timeshare back; do I pay the transfer fee?",
        "I'm buying my timeshare back from the resort; do I pay the transfer fee?",
        0.985,
    ),
    (
        "The surgeon that the clinic hired botched my implant; can I sue the clinic?",
        "The clinic that hired the surgeon botched my implant; can I sue the surgeon?",
        0.990,
    ),
    (
        "Who should apologize: the skier who ran over my dog or me?",
        "Who should apologize: the skier whose dog ran over me or me?",
        0.988,
    ),
    (
        "My kid was knocked over by a dog off leash on the ski trail, what can I do?",
        "My dog knocked over a kid on the ski trail while off leash, what can I do?",
        0.961,
    ),
]

TWENTY_NINTH_SWAPPED = [
    (
        "My coworker reported me after I reported him; who is in the wrong?",
        "I reported my coworker after he reported me; who is in the wrong?",
    ),
    (
        "My sister unfollowed me before I unfollowed her",
        "I unfollowed my sister before she unfollowed me",
    ),
    (
        "The other driver honked at me because I honked at him",
        "I honked at the other driver because he honked at me",
    ),
    (
        "The agency found a nanny for my mother",
        "My mother was found by the agency as a nanny",
    ),
    (
        "The club signed a coach for my daughter",
        "My daughter was signed by the club as a coach",
    ),
    (
        "I got a refund from the airline I complained about. What now?",
        "The airline I complained about got a refund from me. What now?",
    ),
    (
        "I borrowed money from my brother; should I sign a note?",
        "My brother borrowed money from me; should I sign a note?",
    ),
    (
        "I'm selling my car to a coworker; do I need a bill of sale?",
        "A coworker is selling his car to me; do I need a bill of sale?",
    ),
    (
        "I'm lending my camera to a friend; what if it breaks?",
        "A friend is lending his camera to me; what if it breaks?",
    ),
    (
        "My landlord is buying my couch; who pays for moving it?",
        "I'm buying my couch from my landlord; who pays for moving it?",
    ),
    (
        "The dealer is leasing my car back; who pays the insurance?",
        "I'm leasing my car back from the dealer; who pays the insurance?",
    ),
    (
        "The nanny that the agency placed quit without notice; can I sue the agency?",
        "The agency that placed the nanny quit without notice; can I sue the nanny?",
    ),
    (
        "The contractor that the builder hired damaged my roof",
        "The builder that hired the contractor damaged my roof",
    ),
    (
        "Who pays: the driver who backed into my car or me?",
        "Who pays: the driver whose car backed into me or me?",
    ),
    (
        "Who is at fault: the cyclist who ran into my kid or me?",
        "Who is at fault: the cyclist whose kid ran into me or me?",
    ),
    (
        "My son was pushed over by a boy at the playground, what can I do?",
        "My boy pushed over a son at the playground, what can I do?",
    ),
    (
        "My cat was knocked over by a dog in the yard, who pays the vet?",
        "My dog knocked over a cat in the yard, who pays the vet?",
    ),
]

TWENTY_NINTH_SAME = [
    (
        "The school hired an interpreter for my son",
        "An interpreter was hired by the school for my son",
    ),
    (
        "The club signed a coach for my daughter",
        "A coach was signed by the club for my daughter",
    ),
    (
        "I got a cease and desist from the podcast I parodied. What now?",
        "The podcast I parodied sent me a cease and desist. What now?",
    ),
    (
        "I'm renting my timeshare week to a friend; what contract do I need?",
        "I'm renting out my timeshare week to a friend; what contract do I need?",
    ),
    (
        "The resort is buying my timeshare back; do I pay the transfer fee?",
        "The resort is buying back my timeshare; do I pay the transfer fee?",
    ),
    (
        "My landlord is buying my couch; who pays for moving it?",
        "My landlord is buying my couch from me; who pays for moving it?",
    ),
    (
        "The contractor that the builder hired damaged my roof",
        "The contractor the builder hired damaged my roof",
    ),
    (
        "Who should apologize: the skier who ran over my dog or me?",
        "Who should apologize: me or the skier who ran over my dog?",
    ),
    (
        "Who pays: the driver who backed into my car or me?",
        "Who pays: me or the driver that backed into my car?",
    ),
    (
        "My kid was knocked over by a dog off leash on the ski trail, what can I do?",
        "A dog off leash knocked over my kid on the ski trail, what can I do?",
    ),
    (
        "My cat was knocked over by a dog in the yard, who pays the vet?",
        "A dog knocked over my cat in the yard, who pays the vet?",
    ),
    (
        "I borrowed money from my brother; should I sign a note?",
        "I borrowed some money from my brother; should I sign a note?",
    ),
    (
        "I got a refund from the airline I complained about. What now?",
        "I received a refund from the airline I complained about. What now?",
    ),
    (
        "The surgeon that the clinic hired botched my implant; can I sue the clinic?",
        "The surgeon the clinic hired botched my implant; can I sue the clinic?",
    ),
    (
        "The nanny that the agency placed quit without notice; can I sue the agency?",
        "The nanny whom the agency placed quit without notice; can I sue the agency?",
    ),
    (
        "My coworker reported me after I reported him; who is in the wrong?",
        "My coworker reported me right after I had reported him; who is in the wrong?",
    ),
    (
        "My Deaf classmate corrected my signing after I corrected hers; was I rude?",
        "My Deaf classmate corrected my signing after I had corrected hers; was I rude?",
    ),
]


# -- role pass 30 (role targets the classifier alone refused) ---------------------------------
# Served at min_score 0.88 before this pass (``/tmp/hard/role_targets.jsonl``), real cosines.
THIRTIETH_TARGETS = [
    (
        "What can the airline do if I refuse to gate-check my bag?",
        "What can I do if the airline refuses to gate-check my bag?",
        0.952,
    ),
    (
        "What can I do if the utility breaches my net metering agreement?",
        "What can the utility do if I breach my net metering agreement?",
        0.955,
    ),
    (
        "My hen was kicked out of the flock by the new hens. Will she be accepted back?",
        "My hen kicked the new hens out of the flock. Will they be accepted back?",
        0.902,
    ),
    (
        "Her dog growled at my dog, and now she wants me to muzzle mine.",
        "My dog growled at her dog, and now I want her to muzzle hers.",
        0.947,
    ),
    (
        "A new parent wants me to sign her contract instead of mine",
        "I want a new parent to sign my contract instead of hers",
        0.93,
    ),
    (
        "My commute buddy wants me to stop running red lights; how do I respond?",
        "I want my commute buddy to stop running red lights; how do I tell him?",
        0.945,
    ),
    (
        "Someone set up their tent on my reserved site. What can I do?",
        "I set up my tent on someone else's reserved site. What can I do?",
        0.962,
    ),
    (
        "My sister spent way more on my wedding gift than I did on hers. Is that a problem?",
        "I spent way more on my sister's wedding gift than she did on mine. Is that a problem?",
        0.983,
    ),
    (
        "My upstairs neighbor complains about the fumes from my kiln. What can I do?",
        "I keep complaining about the fumes from my upstairs neighbor's kiln. What can I do?",
        0.977,
    ),
    (
        "A parent forgot to pick up their kid after my party. What should I do?",
        "I forgot to pick up my kid after another parent's party. What should I do?",
        0.957,
    ),
    (
        "Should I tell my roommate her boyfriend is cheating on her?",
        "Should I tell my roommate's boyfriend she is cheating on him?",
        0.974,
    ),
    (
        "How do I tell my foster kid that his dad doesn't want to see him?",
        "How do I tell my foster kid's dad that his son doesn't want to see him?",
        0.973,
    ),
    (
        "My team used a guest player from the other club's roster. Are we in trouble?",
        "The other club used a guest player from my roster. Are we in trouble?",
        0.975,
    ),
]

THIRTIETH_SWAPPED = [
    # the verb agrees with its new subject: "if I refuse" / "if the airline refuses"
    (
        "What can the landlord do if I refuse to renew my lease?",
        "What can I do if the landlord refuses to renew my lease?",
    ),
    (
        "What can the gym do if I cancel my membership early?",
        "What can I do if the gym cancels my membership early?",
    ),
    # a particle phrase between the participle and "by", said after the active's object
    (
        "My son was pushed off the swing by a bigger kid. What should I do?",
        "My son pushed a bigger kid off the swing. What should I do?",
    ),
    (
        "My cat was chased up a tree by the neighbor's dog. Is she hurt?",
        "My cat chased the neighbor's dog up a tree. Is it hurt?",
    ),
    # "X wants me to V" / "I want X to V"
    (
        "My landlord wants me to pay for the broken window",
        "I want my landlord to pay for the broken window",
    ),
    (
        "My coach wants me to skip the tournament; what should I say?",
        "I want my coach to skip the tournament; what should I say?",
    ),
    # the subject and the owner of a later noun traded
    (
        "My roommate keeps eating my leftovers. How do I stop it?",
        "I keep eating my roommate's leftovers. How do I stop it?",
    ),
    (
        "My coworker parked in my spot again. What should I say?",
        "I parked in my coworker's spot again. What should I say?",
    ),
    (
        "The contractor damaged my driveway. Who pays?",
        "I damaged the contractor's driveway. Who pays?",
    ),
    # a group said "my team" as the subject, "my" as the owner on the other side
    (
        "My band used a song from the other band's setlist. Is that allowed?",
        "The other band used a song from my setlist. Is that allowed?",
    ),
    (
        "My company hired an engineer from a rival's staff. Can they sue?",
        "A rival hired an engineer from my staff. Can they sue?",
    ),
    # the one told "X" against "X's R", the news about "his / her R" against X
    (
        "Should I tell my sister her husband is lying to her?",
        "Should I tell my sister's husband she is lying to him?",
    ),
    (
        "How do I tell my student that his mother missed the meeting?",
        "How do I tell my student's mother that her son missed the meeting?",
    ),
]

THIRTIETH_SAME = [
    (
        "What can I do if the airline refuses to gate-check my bag?",
        "What are my options if the airline refuses to gate-check my bag?",
    ),
    (
        "My son was pushed off the swing by a bigger kid. What should I do?",
        "A bigger kid pushed my son off the swing. What should I do?",
    ),
    (
        "My hen was kicked out of the flock by the new hens. Will she be accepted back?",
        "The new hens kicked my hen out of the flock. Will she be accepted back?",
    ),
    (
        "My landlord wants me to pay for the broken window",
        "My landlord wants me to pay for the window that broke",
    ),
    (
        "I want my landlord to pay for the broken window",
        "I'd like my landlord to pay for the broken window",
    ),
    (
        "My roommate keeps eating my leftovers. How do I stop it?",
        "My roommate keeps eating my leftovers. How can I stop it?",
    ),
    (
        "My coworker parked in my spot again. What should I say?",
        "My co-worker parked in my spot again. What should I say to her?",
    ),
    (
        "Should I tell my roommate her boyfriend is cheating on her?",
        "Should I tell my roommate that her boyfriend is cheating on her?",
    ),
    (
        "How do I tell my kid that his dad is moving out?",
        "How do I tell my kid his dad is moving out?",
    ),
    (
        "My team used a guest player from the other club's roster. Are we in trouble?",
        "My team used a guest player from another club's roster. Are we in trouble?",
    ),
    (
        "My company hired an engineer from a rival's staff. Can they sue?",
        "My company hired an engineer from a rival's staff. Can the rival sue?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), THIRTIETH_TARGETS)
def test_thirtieth_pass_targets_are_refused(cached: str, incoming: str, cosine: float) -> None:
    cfg = replace(VerifyConfig(), min_score=0.88)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, cosine, cfg).accept
        assert roles.role_swap(parse(x), parse(y))


# -- role pass 31 (blind rounds 98-100, red team 11) -------------------------------------------
THIRTY_FIRST_ROUNDS = [
    (
        "I'm taking my mom, who just had a stem cell transplant, to Thailand. Which vaccines can"
        " I get?",
        "My mom is taking me to Thailand after my stem cell transplant. Which vaccines can I get?",
        0.977,
    ),
    (
        "My landlord's son threw a loud party in the unit under mine. Who do I complain to?",
        "My son threw a loud party in my landlord's unit under mine. Who do I complain to?",
        0.993,
    ),
    (
        "My neighbor is the one I got the complaint from; how should I talk to her?",
        "My neighbor is the one who got the complaint from me; how should I talk to her?",
        0.980,
    ),
    (
        "Should the nurse vaccinate me if I have a fever?",
        "Should I get vaccinated by a nurse who has a fever?",
        0.938,
    ),
    (
        "My son's vaccines were given by a doctor in India. Will his school in the US accept the"
        " records?",
        "My son's vaccines were given by a doctor in the US. Will his school in India accept the"
        " records?",
        0.996,
    ),
    (
        "My host family in Ghana wants me to show them my yellow fever card. Do I have to?",
        "I want my host family in Ghana to show me their yellow fever cards. Do they have to?",
        0.948,
    ),
    (
        "Is it legal to take pictures of police officers?",
        "Is it legal for police officers to photograph me?",
        0.95,
    ),
    (
        "Is it legal to photograph police officers?",
        "Is it legal for police officers to photograph me?",
        0.95,
    ),
]

THIRTY_FIRST_SWAPPED = [
    # a role target's cleft unfolded (relatives.cleft_unfolded)
    (
        "It was the shop's tow driver who backed into me. What now?",
        "It was me who backed into the shop's tow driver. What now?",
    ),
    (
        "It was the delivery van that sideswiped me. Who pays?",
        "It was me who sideswiped the delivery van. Who pays?",
    ),
    (
        "It was the city bus that clipped me at the corner. Can I sue?",
        "It was me who clipped the city bus at the corner. Can I sue?",
    ),
    # "someone" as the head of a stranded relative clause (stranded._one)
    (
        "Is it okay to use someone who reports to me as a reference?",
        "Is it okay to use someone I report to as a reference?",
    ),
    ("Can I date someone who works for me?", "Can I date someone I work for?"),
    (
        "Should I lend money to someone I borrowed from before?",
        "Should I lend money to someone who borrowed from me before?",
    ),
    # an aside said as a phrase on the other side, the main verb's roles traded (relatives)
    (
        "I'm bringing my grandpa, who just had a hip replacement, to Florida. Do I need a"
        " wheelchair?",
        "My grandpa is bringing me to Florida after my hip replacement. Do I need a wheelchair?",
    ),
    (
        "I'm taking my wife, who is recovering from pneumonia, to Denver. Is the altitude a risk?",
        "My wife is taking me to Denver while recovering from pneumonia. Is the altitude a risk?",
    ),
    # the owner moved from the doer to a later noun (subject_owner._moved)
    (
        "My neighbor's dog dug a hole in the garden last night. Who pays?",
        "My dog dug a hole in my neighbor's garden last night. Who pays?",
    ),
    (
        "My boss's daughter crashed into the car in the lot. Am I liable?",
        "My daughter crashed into my boss's car in the lot. Am I liable?",
    ),
    # a cleft's "the one" with a stranded preposition (stranded._one)
    (
        "My coworker is the one I borrowed the drill from. Should I return it?",
        "My coworker is the one who borrowed the drill from me. Should I return it?",
    ),
    (
        "Is my cousin the one I bought the car from?",
        "Is my cousin the one who bought the car from me?",
    ),
    # who has the state: the asker's condition against another's relative clause (crossed)
    (
        "Can my dentist treat me if I have a cold?",
        "Can I be treated by a dentist who has a cold?",
    ),
    (
        "Should my coach train me if I am injured?",
        "Should I train with a coach who is injured?",
    ),
    # two places after their nouns traded (modifiers._placed)
    (
        "My brother in Texas sent money to our mom in Ohio. Is it taxable?",
        "My brother in Ohio sent money to our mom in Texas. Is it taxable?",
    ),
    (
        "A buyer from Canada ordered parts from a seller in Mexico. Who pays customs?",
        "A buyer from Mexico ordered parts from a seller in Canada. Who pays customs?",
    ),
    # "X in P wants me to V" / "I want X in P to V" (wanted._readings)
    (
        "My dog walker in Austin wants me to pay her extra for holidays.",
        "I want my dog walker in Austin to pay me extra for holidays.",
    ),
    (
        "The studio in Brooklyn wants me to sign a release. Do I have to?",
        "I want the studio in Brooklyn to sign a release. Do they have to?",
    ),
    # "to V X" / "for X to V me" (gerunds.infinitive_doer_moved)
    (
        "Is it okay to record my boss during a meeting?",
        "Is it okay for my boss to record me during a meeting?",
    ),
    (
        "Is it rude to unfollow a coworker on Instagram?",
        "Is it rude for a coworker to unfollow me on Instagram?",
    ),
]

THIRTY_FIRST_SAME = [
    (
        "It was the shop's tow driver who backed into me. What now?",
        "The shop's tow driver backed into me. What now?",
    ),
    (
        "It was the delivery van that sideswiped me. Who pays?",
        "The delivery van sideswiped me. Who pays?",
    ),
    (
        "Is it okay to use someone who reports to me as a reference?",
        "Is it okay to use someone that reports to me as a reference?",
    ),
    ("Can I date someone who works for me?", "Can I date somebody who works for me?"),
    (
        "I'm taking my mom, who just had a stem cell transplant, to Thailand. Which vaccines can"
        " I get?",
        "I'm taking my mom to Thailand after her stem cell transplant. Which vaccines can I get?",
    ),
    (
        "I'm bringing my grandpa, who just had a hip replacement, to Florida. Do I need a"
        " wheelchair?",
        "I'm bringing my grandpa to Florida after his hip replacement. Do I need a wheelchair?",
    ),
    (
        "My neighbor's dog dug a hole in the garden last night. Who pays?",
        "My neighbor's dog dug a hole in my garden last night. Who pays?",
    ),
    (
        "My neighbor's dog dug a hole in the garden last night. Who pays?",
        "Last night my neighbor's dog dug a hole in the garden. Who pays?",
    ),
    (
        "My neighbor is the one I got the complaint from; how should I talk to her?",
        "My neighbor is the one I received the complaint from; how should I talk to her?",
    ),
    (
        "My coworker is the one who borrowed the drill from me. Should I return it?",
        "My coworker is the one that borrowed the drill from me. Should I return it?",
    ),
    (
        "Should the nurse vaccinate me if I have a fever?",
        "Should I get vaccinated by a nurse if I have a fever?",
    ),
    (
        "Can a nurse who has a cold vaccinate me?",
        "Can a nurse vaccinate me if she has a cold?",
    ),
    (
        "My son's vaccines were given by a doctor in India. Will his school in the US accept the"
        " records?",
        "A doctor in India gave my son's vaccines. Will his school in the US accept the records?",
    ),
    (
        "My brother in Texas sent money to our mom in Ohio. Is it taxable?",
        "My brother in Texas sent cash to our mom in Ohio. Is it taxable?",
    ),
    (
        "My host family in Ghana wants me to show them my yellow fever card. Do I have to?",
        "My host family in Ghana is asking me to show them my yellow fever card. Do I have to?",
    ),
    (
        "My landlord in Berlin wants me to pay for the repairs.",
        "My landlord from Berlin expects me to pay for the repairs.",
    ),
    (
        "Is it legal to photograph police officers?",
        "Is it legal for me to photograph police officers?",
    ),
    (
        "Is it okay to record my boss during a meeting?",
        "Is it okay for me to record my boss during a meeting?",
    ),
]


# -- role pass 31 (blind rounds 101-103) ------------------------------------------------------

THIRTY_SECOND_ROUNDS = [
    (
        "How do I approach the brewery our head brewer was poached from?",
        "How do I approach the brewery our head brewer was poached by?",
        0.987,
    ),
    (
        "The brewery we contract-brew for wants to audit our books. Can they?",
        "The brewery that contract-brews for us wants to audit our books. Can they?",
        0.992,
    ),
    (
        "My dog and my sister's dog got in a fight and hers needed stitches. Does my policy cover"
        " it?",
        "My dog and my sister's dog got in a fight and mine needed stitches. Does my policy cover"
        " it?",
        0.993,
    ),
    (
        "A player whose shot hit me in pickleball apologized — does the point still go to them?",
        "A player whom my shot hit in pickleball apologized — does the point still go to them?",
        0.991,
    ),
    (
        "My pickleball doubles partner is 20 years older than me and slower. How do we cover the"
        " court?",
        "I'm 20 years older than my pickleball doubles partner and slower. How do we cover the"
        " court?",
        0.960,
    ),
    (
        "After my PSLF discharge, my servicer says it owes me $4,000. Is that right?",
        "After my PSLF discharge, my servicer says I owe it $4,000. Is that right?",
        0.967,
    ),
    (
        "I'm a student and my instructor keeps texting me late at night. Is that okay?",
        "I'm an instructor and a student keeps texting me late at night. Is that okay?",
        0.988,
    ),
    (
        "As a school principal, can I certify a teacher's Teacher Loan Forgiveness form?",
        "As a teacher, can I certify my principal's Teacher Loan Forgiveness form?",
        0.984,
    ),
]

THIRTY_SECOND_SWAPPED = [
    # a stranded "from" / "by" after a participle
    (
        "Can I sue the company my designs were stolen from?",
        "Can I sue the company my designs were stolen by?",
    ),
    (
        "Should I call the agency my nurse was recruited from?",
        "Should I call the agency my nurse was recruited by?",
    ),
    # a standalone owner before a past verb
    (
        "My phone and my wife's phone got wet and hers stopped working. Is it covered?",
        "My phone and my wife's phone got wet and mine stopped working. Is it covered?",
    ),
    (
        "My cat and my roommate's cat fought and mine scratched the couch.",
        "My cat and my roommate's cat fought and hers scratched the couch.",
    ),
    # a comparison's sides traded, a second predicate joined by "and"
    (
        "My landlord is 30 years older than me and stubborn.",
        "I'm 30 years older than my landlord and stubborn.",
    ),
    (
        "My roommate is much taller than me and stronger.",
        "I'm much taller than my roommate and stronger.",
    ),
    # two pronouns around one verb ("it" the same in both cases)
    ("The app says it owes me a refund.", "The app says I owe it a refund."),
    ("Does the IRS think it owes me money?", "Does the IRS think I owe it money?"),
    ("The gym says it charged me twice.", "The gym says I charged it twice."),
    # "whose N V me" / "who(m) my N V"
    ("A driver whose car hit me is suing.", "A driver whom my car hit is suing."),
    ("A neighbor whose dog bit me wants to settle.", "A neighbor who my dog bit wants to settle."),
    # the asker's stated role traded with the other person's
    (
        "I'm a nurse and a doctor keeps yelling at me.",
        "I'm a doctor and a nurse keeps yelling at me.",
    ),
    ("As a landlord, can I read a tenant's mail?", "As a tenant, can I read my landlord's mail?"),
    (
        "I'm a tenant and my landlord won't return my calls.",
        "I'm a landlord and a tenant won't return my calls.",
    ),
    # a hyphened verb in "the N we V for" / "the N that Vs for us"
    (
        "The client we ghost-write for wants a refund.",
        "The client that ghost-writes for us wants a refund.",
    ),
    (
        "The firm we sub-contract for wants to audit us.",
        "The firm that sub-contracts for us wants to audit us.",
    ),
]

THIRTY_SECOND_SAME = [
    (
        "How do I approach the brewery our head brewer was poached from?",
        "How do I approach the brewery that our head brewer was poached from?",
    ),
    (
        "Can I sue the company my designs were stolen by?",
        "Can I sue the company my designs got stolen by?",
    ),
    (
        "My dog and my sister's dog got in a fight and hers needed stitches.",
        "My dog and my sister's dog got into a fight and hers needed stitches.",
    ),
    (
        "My phone and my wife's phone got wet and hers stopped working. Is it covered?",
        "My phone and my wife's phone got wet and hers stopped working. Is that covered?",
    ),
    (
        "My doubles partner is 20 years older than me and slower. How do we cover the court?",
        "My doubles partner is 20 years older than I am and slower. How do we cover the court?",
    ),
    (
        "My roommate is much taller than me and stronger.",
        "My roommate is a lot taller than me and stronger.",
    ),
    ("My servicer says it owes me $4,000.", "My servicer says that it owes me $4,000."),
    ("The app says it owes me a refund.", "The app says that it owes me a refund."),
    (
        "A player whose shot hit me in pickleball apologized.",
        "A player whose shot hit me during pickleball apologized.",
    ),
    ("A driver whose car hit me is suing.", "The driver whose car hit me is suing."),
    (
        "I'm a student and my instructor keeps texting me late at night.",
        "I am a student and my instructor keeps texting me late at night.",
    ),
    (
        "As a landlord, can I read a tenant's mail?",
        "As a landlord, am I allowed to read a tenant's mail?",
    ),
    ("As a landlord, can I read a tenant's mail?", "Can I read a tenant's mail as a landlord?"),
    (
        "The brewery we contract-brew for wants to audit our books.",
        "The brewery that we contract-brew for wants to audit our books.",
    ),
    (
        "The client we ghost-write for wants a refund.",
        "The client we ghost-write for is asking for a refund.",
    ),
]


# -- role pass 32 (blind rounds 101-106) ------------------------------------------------------

THIRTY_THIRD_ROUNDS = [
    (
        "The campers next to us took our rental canoe without asking. What should we do?",
        "We took the rental canoe of the campers next to us without asking. What should we do?",
        0.980,
    ),
    (
        "Should I refund a student who plagiarized from another student?",
        "Should I refund a student whom another student plagiarized from?",
        0.989,
    ),
    (
        "My aunt was turned in by her bondsman, can she get a new bond?",
        "My aunt turned in her bondsman, can he get a new bond?",
        0.961,
    ),
    (
        "Can our guild charge the guild we partner with for using our frames?",
        "Can the guild we partner with charge us for using their frames?",
        0.953,
    ),
    (
        "The escape room next door plays loud music that ruins our rooms.",
        "Our escape room plays loud music that ruins the rooms next door.",
        0.994,
    ),
    (
        "Can a food bank volunteer refuse to serve a client?",
        "Can a food bank client refuse to be served by a volunteer?",
        0.983,
    ),
    (
        "My mom works for a nonprofit and took out Parent PLUS loans for me.",
        "I work for a nonprofit and my mom took out Parent PLUS loans for me.",
        0.993,
    ),
]

THIRTY_THIRD_SWAPPED = [
    # "X V our N" / "we V the N of X"
    (
        "My landlord used my parking spot all week. Can I charge him?",
        "I used the parking spot of my landlord all week. Can I charge him?",
    ),
    (
        "The neighbors behind us cut down our oak tree. What can we do?",
        "We cut down the oak tree of the neighbors behind us. What can we do?",
    ),
    ("My roommate ate my leftovers again.", "I ate the leftovers of my roommate again."),
    # "N who V from another N" / "N whom another N V from"
    (
        "Should I fire a worker who stole from another worker?",
        "Should I fire a worker whom another worker stole from?",
    ),
    (
        "Can I report a tenant who borrowed money from another tenant?",
        "Can I report a tenant whom another tenant borrowed money from?",
    ),
    (
        "Can I ban a player who cheated on another player?",
        "Can I ban a player that another player cheated on?",
    ),
    # a passive with a particle ("in", "back") and "by X" / the active with X the object
    (
        "My son was turned in by his roommate, can he appeal?",
        "My son turned in his roommate, can he appeal?",
    ),
    (
        "My cousin was paid back by her landlord, is that taxable?",
        "My cousin paid back her landlord, is that taxable?",
    ),
    # "our N" (a group) for "we" / "us", the roles traded
    ("Can my company sue the client we work for?", "Can the client we work for sue me?"),
    (
        "Can our band charge the venue we play at for using our speakers?",
        "Can the venue we play at charge us for using their speakers?",
    ),
    (
        "Should our team pay the contractor who fixed the roof?",
        "Should the contractor who fixed the roof pay us?",
    ),
    # "the N next door" against "our N"
    (
        "The dog upstairs bit my cat. Who pays the vet?",
        "My dog bit the cat upstairs. Who pays the vet?",
    ),
    ("The tree across the street fell on our car.", "Our tree fell on the car across the street."),
    (
        "The bakery next door blocks our driveway every morning.",
        "Our bakery blocks the driveway next door every morning.",
    ),
    # "X M to V Y" / "Y M to be V-ed by X"
    ("Can a nurse refuse to treat a patient?", "Can a patient refuse to be treated by a nurse?"),
    (
        "Does a teacher have the right to refuse to teach a student?",
        "Does a student have the right to refuse to be taught by a teacher?",
    ),
    (
        "Can a store clerk decline to help a customer?",
        "Can a store customer decline to be helped by a clerk?",
    ),
    # the first of two joined predicates given to the asker
    (
        "My dad works for the state and co-signed a car loan for me.",
        "I work for the state and my dad co-signed a car loan for me.",
    ),
    (
        "My wife owns a bakery and pays the rent for me.",
        "I own a bakery and my wife pays the rent for me.",
    ),
    (
        "My son lives abroad and sends money to me every month.",
        "I live abroad and my son sends money to me every month.",
    ),
]

THIRTY_THIRD_SAME = [
    (
        "The campers next to us took our rental canoe without asking. What should we do?",
        "The campers next to us took our rental canoe without asking. What can we do?",
    ),
    (
        "We took the rental canoe of the campers next to us without asking.",
        "We took the rental canoe belonging to the campers next to us without asking.",
    ),
    (
        "Should I refund a student who plagiarized from another student?",
        "Should I refund a student that plagiarized from another student?",
    ),
    (
        "Should I refund a student whom another student plagiarized from?",
        "Should I refund a student who another student plagiarized from?",
    ),
    (
        "Should I fire a worker who stole from another worker?",
        "Should I fire a worker that stole from another worker?",
    ),
    (
        "My aunt was turned in by her bondsman, can she get a new bond?",
        "My aunt got turned in by her bondsman, can she get a new bond?",
    ),
    (
        "My dog was taken in by a shelter, can I get him back?",
        "My dog was taken in by the shelter, can I get him back?",
    ),
    ("Can my company sue the client?", "Can I sue the client?"),
    (
        "Can our guild charge the guild we partner with for using our frames?",
        "Can our guild charge the guild that we partner with for using our frames?",
    ),
    (
        "My contractor asked me to sign a lien release before paying his subs. Should I?",
        "Should I sign a lien release my contractor asked for before he pays his subs?",
    ),
    (
        "The escape room next door plays loud music that ruins our rooms.",
        "The escape room next door plays loud music, which ruins our rooms.",
    ),
    (
        "The dog upstairs bit my cat. Who pays the vet?",
        "The dog that lives upstairs bit my cat. Who pays the vet?",
    ),
    (
        "Can a patient refuse to be treated by a nurse?",
        "Is a patient allowed to refuse to be treated by a nurse?",
    ),
    ("Can a nurse refuse to treat a patient?", "Is a nurse allowed to refuse to treat a patient?"),
    (
        "The dog upstairs bit my cat. Who pays the vet?",
        "The dog upstairs bit my cat. Who pays for the vet?",
    ),
    (
        "My mom works for a nonprofit and took out Parent PLUS loans for me.",
        "My mom works for a nonprofit and she took out Parent PLUS loans for me.",
    ),
    (
        "I work for a nonprofit and my mom took out Parent PLUS loans for me.",
        "I work at a nonprofit and my mom took out Parent PLUS loans for me.",
    ),
]


# role pass 33 (rounds 107-109, measured out of sample on 989a8ea): served before, refused now
THIRTY_FOURTH_ROUNDS = [
    (
        "My husband's ex-wife wants to sit with the family at his funeral. Is that appropriate?",
        "My ex-husband's wife wants to sit with the family at his funeral. Is that appropriate?",
        0.998,
    ),
    (
        "Is the truck owner I'm renting from responsible for repairs?",
        "Is the truck owner renting from me responsible for repairs?",
        0.984,
    ),
    (
        "I bought the laundromat from a guy who still owes the utility company. Am I on the hook?",
        "I bought the laundromat from a guy the utility company still owes. Am I on the hook?",
        0.993,
    ),
    (
        "I'm an experienced climber belaying a first-timer at the gym. What should I tell them?",
        "I'm a first-timer being belayed by an experienced "
        "climber at the gym. What should I tell them?",
        0.979,
    ),
    (
        "Is the unit I'm leaking into my responsibility to repair?",
        "Is the unit that's leaking into mine my responsibility to repair?",
        0.978,
    ),
    (
        "Can a person who got a blood transfusion in the UK donate in the US?",
        "Can a person who gave a blood transfusion in the UK donate in the US?",
        0.993,
    ),
]

THIRTY_FOURTH_SWAPPED = [
    # a modifier moved between the owner and the owned noun (roles/owner_modifier.py)
    (
        "My boss's former assistant is suing the company. Can I testify?",
        "My former boss's assistant is suing the company. Can I testify?",
    ),
    (
        "My dad's late partner left debts. Am I liable?",
        "My late dad's partner left debts. Am I liable?",
    ),
    (
        "Can my wife's ex-husband claim our son on taxes?",
        "Can my ex-wife's husband claim our son on taxes?",
    ),
    # "the N I'm V-ing from" / "the N V-ing from me" (roles/voiced.py, reduced_relative)
    (
        "Is the landlord I'm subletting from liable for the leak?",
        "Is the landlord subletting from me liable for the leak?",
    ),
    (
        "Can the band manager I'm working for keep my tips?",
        "Can the band manager working for me keep my tips?",
    ),
    (
        "Can the neighbor I'm borrowing from charge interest?",
        "Can the neighbor borrowing from me charge interest?",
    ),
    # "who still V X" / "X still V": an adverb on both sides (roles/dropped.py)
    (
        "I hired a contractor who still owes the supplier. Am I liable?",
        "I hired a contractor the supplier still owes. Am I liable?",
    ),
    (
        "Can I fire a manager who never paid the vendor?",
        "Can I fire a manager that the vendor never paid?",
    ),
    (
        "Should I sue a roommate who already owes my landlord?",
        "Should I sue a roommate my landlord already owes?",
    ),
    # "I'm a N1 V-ing a N2" / "I'm a N2 being V-ed by a N1" (roles/self_described.py)
    (
        "I'm a nurse caring for a patient with flu. Should I wear a mask?",
        "I'm a patient being cared for by a nurse with flu. Should I wear a mask?",
    ),
    (
        "I'm a landlord renting to a student. Who pays for repairs?",
        "I'm a student renting from a landlord. Who pays for repairs?",
    ),
    (
        "I'm a senior mentoring a new hire. How often should we meet?",
        "I'm a new hire being mentored by a senior. How often should we meet?",
    ),
    # "the N I'm V-ing into" / "the N that's V-ing into mine" (roles/dropped.py)
    (
        "Is the basement I'm draining into my problem?",
        "Is the basement that's draining into mine my problem?",
    ),
    (
        "Is the fence I'm leaning against my responsibility to fix?",
        "Is the fence that's leaning against mine my responsibility to fix?",
    ),
    # one verb for its converse, every other word kept (roles/converse.py)
    (
        "Can a person who received a kidney transplant donate blood?",
        "Can a person who gave a kidney transplant donate blood?",
    ),
    (
        "Can a student who borrowed a laptop from the school keep it?",
        "Can a student who lent a laptop from the school keep it?",
    ),
    (
        "Does a dealer who bought a car without a title owe tax?",
        "Does a dealer who sold a car without a title owe tax?",
    ),
    # "instead of hers" / "instead of mine" after the trade (roles/__init__.py)
    (
        "She keeps singing my part instead of hers; how do I fix it?",
        "I keep singing her part instead of mine; how do I fix it?",
    ),
    (
        "He keeps parking in my spot instead of his. What can I do?",
        "I keep parking in his spot instead of mine. What can I do?",
    ),
    (
        "My sister always uses my charger rather than hers.",
        "I always use my sister's charger rather than mine.",
    ),
    # a trailing "while I V" / "while he V-s" (roles/dropped.py)
    (
        "How do I stop a trainer from staring at me while I work out?",
        "How do I stop staring at a trainer while he works out?",
    ),
    (
        "How do I stop my roommate from texting me while I study?",
        "How do I stop texting my roommate while she studies?",
    ),
    (
        "How do I keep my dog from barking at the mailman when he delivers?",
        "How do I keep the mailman from barking at my dog when he delivers?",
    ),
    # a follow-up's one word changed with the trade (roles/sentences.py)
    (
        "The college I transferred out of owes me a refund that went to my loans. How do I get it?",
        "I owe the college I transferred out of a refund that went to my loans. How do I repay it?",
    ),
    (
        "My landlord owes me a deposit. How do I collect it?",
        "I owe my landlord a deposit. How do I pay it?",
    ),
    (
        "The gym I quit owes me three months of fees. Can I get them back?",
        "I owe the gym I quit three months of fees. Can I pay them back?",
    ),
    # "want him V-ing me" / "want to V him" (roles/dropped.py)
    (
        "How do I tell my dad I don't want him pacing me anymore?",
        "How do I tell my dad I don't want to pace him anymore?",
    ),
    (
        "How do I tell my coach I don't want him spotting me?",
        "How do I tell my coach I don't want to spot him?",
    ),
    (
        "My mom doesn't want me babysitting her on weekends.",
        "My mom doesn't want to babysit me on weekends.",
    ),
]

THIRTY_FOURTH_SAME = [
    (
        "My husband's ex-wife wants to sit with the family at his funeral. Is that appropriate?",
        "Is it appropriate for my husband's ex-wife to sit with the family at his funeral?",
    ),
    (
        "My husband's ex-wife wants to sit with the family at his funeral. Is that appropriate?",
        "My husband's ex-wife wants to sit with the family at his funeral. Is that okay?",
    ),
    (
        "My boss's former assistant is suing the company. Can I testify?",
        "My boss's former assistant is suing our company. Can I testify?",
    ),
    (
        "My late dad's partner left debts. Am I liable?",
        "My late father's partner left debts. Am I liable?",
    ),
    (
        "My ex-husband's wife wants to sit with the family. Is that appropriate?",
        "My ex-husband's new wife wants to sit with the family. Is that appropriate?",
    ),
    (
        "Is the truck owner I'm renting from responsible for repairs?",
        "Is the truck owner who I'm renting from responsible for repairs?",
    ),
    (
        "Is the truck owner renting from me responsible for repairs?",
        "Is the truck owner that is renting from me responsible for repairs?",
    ),
    (
        "Who pays if the tenant subletting from me breaks the lease?",
        "Who pays if the tenant who is subletting from me breaks the lease?",
    ),
    (
        "Is the landlord I'm subletting from liable for the leak?",
        "Is the landlord I am subletting from liable for the leak?",
    ),
    (
        "I bought the laundromat from a guy who still owes the utility company. Am I on the hook?",
        "I bought the laundromat from a guy that still owes the utility company. Am I on the hook?",
    ),
    (
        "I bought the laundromat from a guy the utility company still owes. Am I on the hook?",
        "I bought the laundromat from a guy who the utility company still owes. Am I on the hook?",
    ),
    (
        "I'm an experienced climber belaying a first-timer at the gym. What should I tell them?",
        "I'm an experienced climber and I'm belaying a "
        "first-timer at the gym. What should I tell them?",
    ),
    (
        "I'm a first-timer being belayed by an experienced "
        "climber at the gym. What should I tell them?",
        "I'm a first-timer who is being belayed by an experienced "
        "climber at the gym. What should I tell them?",
    ),
    (
        "I'm a nurse caring for a patient with flu. Should I wear a mask?",
        "As a nurse caring for a patient with flu, should I wear a mask?",
    ),
    (
        "Is the unit I'm leaking into my responsibility to repair?",
        "Is the unit I'm leaking into mine to repair?",
    ),
    (
        "Is the unit that's leaking into mine my responsibility to repair?",
        "Is the unit leaking into mine my responsibility to repair?",
    ),
    (
        "Can a person who got a blood transfusion in the UK donate in the US?",
        "Can a person who received a blood transfusion in the UK donate in the US?",
    ),
    (
        "Can a person who gave a blood transfusion in the UK donate in the US?",
        "Can a person who gave a blood transfusion in the UK donate blood in the US?",
    ),
    (
        "My mom got me a car for graduation.",
        "My mom gave me a car for graduation.",
    ),
    (
        "Can I get a loan without a job?",
        "Can I receive a loan without a job?",
    ),
    (
        "She keeps singing my part instead of hers; how do I fix it?",
        "She keeps singing my part rather than hers; how do I fix it?",
    ),
    (
        "She keeps singing my part instead of hers; how do I fix it?",
        "She keeps singing my part instead of her own; how do I fix it?",
    ),
    (
        "How do I stop a trainer from staring at me while I work out?",
        "How can I stop a trainer from staring at me while I work out?",
    ),
    (
        "How do I stop staring at a trainer while he works out?",
        "How do I stop staring at a trainer when he works out?",
    ),
    (
        "The college I transferred out of owes me a refund that went to my loans. How do I get it?",
        "The college I transferred out of owes me a refund that "
        "went to my loans. How do I get it back?",
    ),
    (
        "My landlord owes me a deposit. How do I collect it?",
        "My landlord owes me a deposit. How do I get it?",
    ),
    (
        "How do I tell my dad I don't want him pacing me anymore?",
        "How do I tell my dad I don't want him to pace me anymore?",
    ),
    (
        "How do I tell my dad I don't want to pace him anymore?",
        "How do I tell my dad that I don't want to pace him anymore?",
    ),
]


# role pass 34 (red team 12, white-box on eb8f705): served before, refused now
THIRTY_FIFTH_ROUNDS = [
    (
        "Can I get a full refund if the airline cancels my flight less than 24 hours before "
        "departure?",
        "Can I get a full refund if I cancel my flight less than 24 hours before departure?",
        0.946,
    ),
    (
        "Can I get my money back if the gym closes my membership without telling me?",
        "Can I get my money back if I close my gym membership without telling them?",
        0.964,
    ),
    (
        "Do I still have to pay the balance if the photographer cancels our wedding shoot a "
        "month before?",
        "Do I still have to pay the balance if we cancel our wedding shoot a month before?",
        0.917,
    ),
    (
        "How do I stop my teenage daughter from lying to me about where she goes at night?",
        "How do I stop lying to my teenage daughter about where I go at night?",
        0.958,
    ),
    (
        "How do I stop my 4 year old from hitting himself on the head when he gets frustrated?",
        "How do I stop my 4 year old from hitting me on the head when he gets frustrated?",
        0.915,
    ),
]

THIRTY_FIFTH_SWAPPED = [
    # a clause's subject another party on one side, the asker on the other (asker_doer.py)
    (
        "Will I be charged a fee if the bank closes my savings account?",
        "Will I be charged a fee if I close my savings account?",
    ),
    (
        "What happens to my security deposit if my landlord ends the lease early?",
        "What happens to my security deposit if I end the lease early?",
    ),
    (
        "Can we get the bus deposit back if the school cancels the field trip?",
        "Can we get the bus deposit back if we cancel the field trip?",
    ),
    (
        "My roommate broke the lease. Do I owe the rest of the rent?",
        "I broke the lease. Do I owe the rest of the rent?",
    ),
    (
        "Is my coverage void if my teenage son drives the car without a license?",
        "Is my coverage void if I drive the car without a license?",
    ),
    (
        "What happens if the neighbor cuts down the tree on our property line without asking me?",
        "What happens if I cut down the tree on our property line without asking them?",
    ),
    # "stop X from V-ing to me ... she V-s" / "stop V-ing to X ... I V" (wanted.py)
    (
        "How do I stop my son from yelling at me when he gets home?",
        "How do I stop yelling at my son when I get home?",
    ),
    (
        "How can I stop my coworker from complaining to me about how much she works?",
        "How can I stop complaining to my coworker about how much I work?",
    ),
    # a reflexive against another person (asker_doer.py)
    (
        "How do I get my toddler to stop scratching herself at night?",
        "How do I get my toddler to stop scratching me at night?",
    ),
    (
        "How can I stop my mom from blaming herself for the accident?",
        "How can I stop my mom from blaming me for the accident?",
    ),
    ("Can I forgive myself for what happened?", "Can I forgive him for what happened?"),
]

THIRTY_FIFTH_SAME = [
    # a group the asker is in, "a N" for the asker said generically, the same party said
    # twice, the asker on both sides
    (
        "What happens to my pension when a person dies?",
        "What happens to my pension when I die?",
    ),
    (
        "What happens if a tenant breaks the lease early?",
        "What happens if I break the lease early?",
    ),
    (
        "Will our rates go up if my family moves to Ohio?",
        "Will our rates go up if we move to Ohio?",
    ),
    (
        "Can I get a refund if I cancel my order?",
        "Can I get a refund if I cancel the order?",
    ),
    (
        "What happens if my flight gets cancelled?",
        "What happens if the airline cancels my flight?",
    ),
    (
        "My roommate broke the lease. Do I owe the rest of the rent?",
        "My roommate broke our lease. Do I owe the rest of the rent?",
    ),
    (
        "How do I stop my son from yelling at me when he gets home?",
        "How do I keep my son from yelling at me when he gets home?",
    ),
    (
        "How do I stop yelling at my son when I get home?",
        "How can I stop yelling at my son when I get home?",
    ),
    (
        "How do I stop my toddler from scratching herself at night?",
        "How do I keep my toddler from scratching herself at night?",
    ),
    (
        "Is it weird to take a photo of myself at the gym?",
        "Is it weird to take a photo of me at the gym?",
    ),
]


# -- every pass's tables, both ways (the round pairs at their real cosines) -------------------


# Role pass 35 (blind rounds 110-112): an owner moved from one noun to another, the asker's
# self-description traded, "rent out my N to X" / "rent X's N", "X backed into my car" / "I backed
# into X", "I was V-ed by X and fell" / "I V-ed X and she fell".
THIRTY_SIXTH_ROUNDS = [
    (
        "I'm renting out my garage as storage to a neighbor. Do I need insurance?",
        "I'm renting my neighbor's garage as storage. Do I need insurance?",
        0.989,
    ),
    (
        "I'm the landowner. Does my guest need a license to hunt my land?",
        "I'm a guest hunting someone's land. Does the landowner need a license?",
        0.950,
    ),
    (
        "A tow truck backed into my car while I was driving Uber with a passenger, who pays?",
        "I backed into a tow truck while driving Uber with a passenger, who pays?",
        0.974,
    ),
    (
        "My uber driver's kid was sitting in the front seat, is that allowed?",
        "My kid was sitting in my uber driver's front seat, is that allowed?",
        0.987,
    ),
    (
        "Who pays to remove the tree that fell on my neighbor's shed?",
        "Who pays to remove my neighbor's tree that fell on my shed?",
        0.988,
    ),
    (
        "I was bumped by another passenger on the stairs and fell, who is liable?",
        "I bumped another passenger on the stairs and she fell, who is liable?",
        0.950,
    ),
    (
        "My customer broke the sink in my barbershop bathroom. Who pays?",
        "I broke the sink in my barber's shop bathroom. Who pays?",
        0.953,
    ),
]

THIRTY_SIXTH_SWAPPED = [
    (
        "My landlord's dog was sleeping in the hallway, can he evict me?",
        "My dog was sleeping in my landlord's hallway, can he evict me?",
    ),
    (
        "My coworker's laptop was left in the meeting room overnight.",
        "My laptop was left in my coworker's meeting room overnight.",
    ),
    (
        "Who fixes the fence that blew onto my neighbor's patio?",
        "Who fixes my neighbor's fence that blew onto my patio?",
    ),
    (
        "My roommate's cat scratched the couch, who pays?",
        "My cat scratched my roommate's couch, who pays?",
    ),
    (
        "I'm renting out my boat to a friend for the summer. Do I need a contract?",
        "I'm renting my friend's boat for the summer. Do I need a contract?",
    ),
    (
        "We lease out our warehouse to a brewery. Who insures it?",
        "We lease a brewery's warehouse. Who insures it?",
    ),
    (
        "A delivery van crashed into my truck while I was parked, who pays?",
        "I crashed into a delivery van while I was parked, who pays?",
    ),
    (
        "A cyclist ran into my car at the light, am I liable?",
        "I ran into a cyclist at the light, am I liable?",
    ),
    (
        "I was shoved by a fan at the concert and fell, can I sue?",
        "I shoved a fan at the concert and he fell, can I sue?",
    ),
    (
        "I was tripped by another runner and fell, who is at fault?",
        "I tripped another runner and she fell, who is at fault?",
    ),
    (
        "I'm the homeowner. Does my contractor need a permit for the deck?",
        "I'm a contractor. Does the homeowner need a permit for the deck?",
    ),
    (
        "I'm the patient. Can my nurse refuse to give me the records?",
        "I'm a nurse. Can the patient refuse to give me the records?",
    ),
    (
        "My guest broke the TV in my clubhouse lounge. Who pays?",
        "I broke the TV in my club's house lounge. Who pays?",
    ),
    (
        "My roommate spilled wine in my farmhouse kitchen, who pays?",
        "I spilled wine in my farm's house kitchen, who pays?",
    ),
]

THIRTY_SIXTH_SAME = [
    # the same owner on the same noun, "rent out" / "rent", "into my car" / "into me", a pronoun
    # for the same one, the same self-description
    (
        "My uber driver's kid was sitting in the front seat, is that allowed?",
        "My Uber driver's kid was in the front seat, is that allowed?",
    ),
    (
        "Who pays to remove the tree that fell on my neighbor's shed?",
        "Who pays to remove a tree that fell on my neighbor's shed?",
    ),
    (
        "Who pays to remove my neighbor's tree that fell on my shed?",
        "Who has to pay to remove my neighbor's tree that fell on my shed?",
    ),
    (
        "I'm renting out my garage as storage to a neighbor. Do I need insurance?",
        "I'm renting my garage as storage to a neighbor. Do I need insurance?",
    ),
    (
        "I rent out my garage to a neighbor. Do I need insurance?",
        "I rent my garage out to a neighbor. Do I need insurance?",
    ),
    (
        "A tow truck backed into my car while I was driving Uber, who pays?",
        "A tow truck backed into me while I was driving Uber, who pays?",
    ),
    (
        "I backed into a tow truck while driving Uber, who pays?",
        "I backed my car into a tow truck while driving Uber, who pays?",
    ),
    (
        "I bumped another passenger on the stairs and she fell, who is liable?",
        "I bumped into another passenger on the stairs and she fell, who is liable?",
    ),
    (
        "I was bumped by another passenger on the stairs and fell, who is liable?",
        "Another passenger bumped me on the stairs and I fell, who is liable?",
    ),
    (
        "I bumped another passenger on the stairs and she fell, who is liable?",
        "I bumped another passenger on the stairs and they fell, who is liable?",
    ),
    (
        "I'm the landowner. Does my guest need a license to hunt my land?",
        "I'm the landowner. Does a guest need a license to hunt my land?",
    ),
    (
        "I'm a guest hunting someone's land. Does the landowner need a license?",
        "I'm a guest hunting on someone's land. Does the landowner need a license?",
    ),
    (
        "I'm the landowner. Does my guest need a license to hunt my land?",
        "I am the landowner. Does my guest need a license to hunt on my land?",
    ),
    (
        "A customer broke the sink in my barbershop bathroom. Who pays?",
        "A customer broke the sink in my barber's shop bathroom. Who pays?",
    ),
    (
        "My tenant damaged the roof of the doghouse, who pays?",
        "My tenant damaged the roof of the dog's house, who pays?",
    ),
]


# Role pass 36 (blind rounds 113-115): a stranded relative clause with the theme's owner said
# by a pronoun following its doer, two verbs traded between two subjects, "I V-ed X" / "X V-ed
# mine", owners traded across a compound said "N's M" / "N M", and a yes/no question asked of
# the asker / of another party
THIRTY_SEVENTH_ROUNDS = [
    (
        "The man who gave up his seat for my mother got yelled at by a conductor. Should I say"
        " something?",
        "The man who my mother gave up her seat for got yelled at by a conductor. Should I say"
        " something?",
        0.990,
    ),
    (
        "The shop I buy my orchids from raised its prices. Should I raise mine too?",
        "The shop that buys its orchids from me raised its prices. Should I raise mine too?",
        0.985,
    ),
    (
        "My ex works at the spa I go to. Can I ask them not to book her with me?",
        "My ex goes to the spa I work at. Can I ask them not to book her with me?",
        0.992,
    ),
    (
        "I scraped the car next to me while leaving the garage, should I leave a note?",
        "The car next to me scraped mine while leaving the garage, should I leave a note?",
        0.987,
    ),
    (
        "My car's alarm went off after the valet's car bumped it.",
        "The valet's car alarm went off after my car bumped it.",
        0.973,
    ),
    ("Am I entitled to his pension?", "Is my wife entitled to his pension?", 0.95),
    ("Do I qualify for the Pell grant?", "Does my son qualify for the Pell grant?", 0.95),
]

THIRTY_SEVENTH_SWAPPED = [
    (
        "The woman who cooked dinner for my father got a parking ticket.",
        "The woman who my father cooked dinner for got a parking ticket.",
    ),
    (
        "The neighbor who shoveled his driveway for my dad slipped on the ice.",
        "The neighbor who my dad shoveled his driveway for slipped on the ice.",
    ),
    (
        "The bakery I buy my flour from went out of business.",
        "The bakery that buys its flour from me went out of business.",
    ),
    ("My brother coaches the team I play for.", "My brother plays for the team I coach."),
    (
        "My cousin volunteers at the shelter I adopt from.",
        "My cousin adopts from the shelter I volunteer at.",
    ),
    (
        "I dented the truck behind me while parking, who pays?",
        "The truck behind me dented mine while parking, who pays?",
    ),
    (
        "I hit the bike next to me while backing out.",
        "The bike next to me hit mine while backing out.",
    ),
    (
        "My phone's screen cracked after my sister's phone fell on it.",
        "My sister's phone screen cracked after my phone fell on it.",
    ),
    (
        "My dog's collar broke after the neighbor's dog bit it.",
        "The neighbor's dog collar broke after my dog bit it.",
    ),
    ("Am I entitled to her life insurance?", "Is my brother entitled to her life insurance?"),
    ("Can I deduct the mortgage interest?", "Can my landlord deduct the mortgage interest?"),
    ("Do I need a permit to build a fence?", "Does my neighbor need a permit to build a fence?"),
]

THIRTY_SEVENTH_SAME = [
    (
        "The man who gave up his seat for my mother got yelled at.",
        "The man that gave up his seat for my mother got yelled at.",
    ),
    (
        "The man who gave up his seat for my mother got yelled at.",
        "The man who gave his seat up for my mother got yelled at.",
    ),
    (
        "The shop I buy my orchids from raised its prices.",
        "The shop I buy orchids from raised its prices.",
    ),
    ("My ex works at the spa I go to.", "My ex works at the spa where I go."),
    ("My ex works at the spa I go to.", "My ex works at the spa that I go to."),
    (
        "I scraped the car next to me while leaving the garage.",
        "I scraped the car next to me when leaving the garage.",
    ),
    (
        "My car's alarm went off after the valet's car bumped it.",
        "My car alarm went off after the valet's car bumped it.",
    ),
    (
        "My car's alarm went off after the valet's car bumped it.",
        "My car alarm went off when the valet's car bumped it.",
    ),
    ("Am I entitled to his pension?", "Do I have a right to his pension?"),
    ("Do I qualify for the Pell grant?", "Am I eligible for the Pell grant?"),
    ("Can my wife and I file jointly?", "Can I and my wife file jointly?"),
    ("Is my family eligible for food stamps?", "Are we eligible for food stamps?"),
    (
        "Was my food truck supposed to display its permit in the window?",
        "Was I supposed to display my food truck permit in the window?",
    ),
]


# Role pass 37: role swaps only the classifier's 0.93 cut refused (a platform after "on" made
# the doer, an emphatic reflexive's doer changed, "us" / "them" across a moved clause, "got N
# from X" / "gave X N", a clause before "but" swapped, the asker's "my" moved to the doer): the
# labelled pairs and other domains.
THIRTY_EIGHTH_SWAPPED = [
    (
        "Was I scammed on eBay?",
        "Did eBay scam me?",
    ),
    (
        "Was my daughter bullied on Roblox?",
        "Did Roblox bully my daughter?",
    ),
    (
        "Was I hacked on Facebook?",
        "Did Facebook hack me?",
    ),
    (
        "The movers broke a lamp I packed myself. Can I claim for it?",
        "The movers broke a lamp they packed themselves. Can I claim for it?",
    ),
    (
        "The plumber damaged a pipe I installed myself. Is he liable?",
        "The plumber damaged a pipe he installed himself. Is he liable?",
    ),
    (
        "The shop lost a dress I altered myself, can I get a refund?",
        "The shop lost a dress they altered themselves, can I get a refund?",
    ),
    (
        "The caterer won't refund us, what can we do?",
        "What can we do if the caterer doesn't refund them?",
    ),
    (
        "The airline won't compensate us, what are our options?",
        "What are our options if the airline won't compensate them?",
    ),
    (
        "My contractor keeps ignoring me, what should I do?",
        "What should I do if my contractor keeps ignoring him?",
    ),
    (
        "My son got a tattoo from his friend's older brother, can I press charges?",
        "My son gave his friend's older brother a tattoo, can they press charges?",
    ),
    (
        "My daughter got a haircut from her friend's mom, is that legal?",
        "My daughter gave her friend's mom a haircut, is that legal?",
    ),
    (
        "My dad borrowed a truck from our neighbor, who pays for the damage?",
        "My dad lent a truck to our neighbor, who pays for the damage?",
    ),
    (
        "I worked a DX station in Japan but he never confirmed on LoTW, what do I do?",
        "A DX station in Japan worked me but I never confirmed on LoTW, what do I do?",
    ),
    (
        "I called my sister but she never answered, should I worry?",
        "My sister called me but I never answered, should I worry?",
    ),
    (
        "I emailed the landlord but he never replied, can I withhold rent?",
        "The landlord emailed me but I never replied, can I withhold rent?",
    ),
    (
        "A kid from the club dented my car with a pickleball; what do I do?",
        "My kid dented a club member's car with a pickleball; what do I do?",
    ),
    (
        "A dog at the park bit my kid; what do I do?",
        "My dog bit a kid at the park; what do I do?",
    ),
    (
        "A student from the school scratched my car, who pays?",
        "My student scratched a school parent's car, who pays?",
    ),
]

# Role pass 37: the same shapes with the same roles.
THIRTY_EIGHTH_SAME = [
    (
        "Was I scammed on eBay?",
        "Did someone scam me on eBay?",
    ),
    (
        "Was I scammed by an eBay seller?",
        "Did an eBay seller scam me?",
    ),
    (
        "The movers broke a lamp I packed myself. Can I claim for it?",
        "The movers broke a lamp that I packed myself. Can I claim for it?",
    ),
    (
        "I built the shed myself, do I need a permit?",
        "I built the shed by myself, do I need a permit?",
    ),
    (
        "The caterer won't refund us, what can we do?",
        "What can we do if the caterer won't refund us?",
    ),
    (
        "My contractor keeps ignoring me, what should I do?",
        "What should I do if my contractor keeps ignoring me?",
    ),
    (
        "My son got a tattoo from his friend's older brother, can I press charges?",
        "His friend's older brother gave my son a tattoo, can I press charges?",
    ),
    (
        "My dad borrowed a truck from our neighbor, who pays for the damage?",
        "Who pays for the damage if my dad borrowed a truck from our neighbor?",
    ),
    (
        "I called my sister but she never answered, should I worry?",
        "I called my sister, but she never answered. Should I worry?",
    ),
    (
        "I emailed the landlord but he never replied, can I withhold rent?",
        "I emailed my landlord but he never replied, can I withhold rent?",
    ),
    (
        "How do you snake a kitchen drain yourself?",
        "How do I snake a kitchen drain myself?",
    ),
    (
        "A kid from the club dented my car with a pickleball; what do I do?",
        "Some kid from the club dented my car with a pickleball, what do I do?",
    ),
    (
        "My dog bit a kid at the park; what do I do?",
        "My dog bit a kid in the park, what do I do?",
    ),
]


# Role pass 38 (blind rounds 116-118): "I got V-ed by X" / "I got X V-ed", a reduced passive
# relative "the N V-ed by X" / "the N who V-ed X", "X says he V-ed ... on me" / "I V-ed ... on
# X", an "after" clause's two people traded whatever the main clause says, a comparison's sides
# traded before a joined predicate, and the second of two joined clauses traded
THIRTY_NINTH_ROUNDS = [
    (
        "My instructor says he smelled alcohol on me before my lesson. What happens now?",
        "I smelled alcohol on my instructor before my lesson. What happens now?",
        0.963,
    ),
    (
        "My girlfriend is way better at skating than me and keeps teasing me. How do I handle it?",
        "I'm way better at skating than my girlfriend and keep teasing her. How do I handle it?",
        0.966,
    ),
    (
        "The repairman refused to finish after I yelled at him; do I still owe him?",
        "I refused to let the repairman finish after he yelled at me; do I still owe him?",
        0.984,
    ),
    (
        "I got kicked out of class by the instructor; can I get a refund?",
        "I got the instructor kicked out of class; can I get a refund?",
        0.987,
    ),
    (
        "The tailor trained by my father just opened a shop; should I go there?",
        "The tailor who trained my father just opened a shop; should I go there?",
        0.989,
    ),
    (
        "I teach at the school and tutor the principal's kids privately.",
        "I teach at the school and the principal tutors my kids privately.",
        0.990,
    ),
    (
        "How do I get the pawn shop to pay me for the item they lost?",
        "How do I get the pawn shop to pay for the item I lost?",
        0.980,
    ),
    (
        "Can I ask the store to pay for the repairman I hired?",
        "Can the store ask me to pay for the repairman it hired?",
        0.975,
    ),
    (
        "The driving school charged me for the lesson my instructor missed.",
        "The driving school charged me for the lesson I missed.",
        0.909,
    ),
]

THIRTY_NINTH_SWAPPED = [
    (
        "I got fired by my manager; can I get unemployment?",
        "I got my manager fired; can I get unemployment?",
    ),
    (
        "My daughter got suspended by the principal. What are our options?",
        "My daughter got the principal suspended. What are our options?",
    ),
    ("I got banned from the forum by a moderator.", "I got a moderator banned from the forum."),
    (
        "The nurse hired by my sister quit after a week.",
        "The nurse who hired my sister quit after a week.",
    ),
    (
        "The lawyer recommended by my cousin charged too much.",
        "The lawyer that recommended my cousin charged too much.",
    ),
    (
        "My coworker says she caught me sleeping at my desk. Will I get fired?",
        "I caught my coworker sleeping at my desk. Will I get fired?",
    ),
    (
        "My neighbor claims he saw my son in his yard at night.",
        "My son saw my neighbor in his yard at night.",
    ),
    (
        "The cleaner quit halfway after I complained to her; do I pay her?",
        "I told the cleaner to quit halfway after she complained to me; do I pay her?",
    ),
    (
        "My tenant moved out before I served him notice.",
        "I made my tenant move out before he served me notice.",
    ),
    (
        "My brother earns more than me and keeps bragging about it.",
        "I earn more than my brother and keep bragging about it.",
    ),
    (
        "My roommate is much neater than me and keeps nagging me.",
        "I'm much neater than my roommate and keep nagging her.",
    ),
    (
        "I work at the gym and train the owner's daughter.",
        "I work at the gym and the owner trains my daughter.",
    ),
    (
        "We live next door and walk the neighbor's dog.",
        "We live next door and the neighbor walks our dog.",
    ),
    (
        "How do I get the dry cleaner to pay me for the shirt they ruined?",
        "How do I get the dry cleaner to pay for the shirt I ruined?",
    ),
    (
        "The gym charged me for the class my trainer cancelled.",
        "The gym charged me for the class I cancelled.",
    ),
    ("Who pays for the window we broke?", "Who pays for the window they broke?"),
    (
        "Can I ask my landlord to fix the door I broke?",
        "Can my landlord ask me to fix the door he broke?",
    ),
    (
        "Can I ask my neighbor to pay for the fence I built?",
        "Can my neighbor ask me to pay for the fence she built?",
    ),
]

THIRTY_NINTH_SAME = [
    (
        "I got kicked out of class by the instructor.",
        "I was kicked out of class by the instructor.",
    ),
    ("I got fired by my manager.", "My manager fired me."),
    ("My daughter got suspended by the principal.", "My daughter was suspended by the principal."),
    (
        "The tailor trained by my father just opened a shop.",
        "The tailor who was trained by my father just opened a shop.",
    ),
    (
        "The lawyer recommended by my cousin charged too much.",
        "The lawyer my cousin recommended charged too much.",
    ),
    (
        "The lawyer recommended by my cousin charged too much.",
        "The lawyer that was recommended by my cousin charged too much.",
    ),
    (
        "My neighbor claims he saw my son in his yard.",
        "My neighbor claims that he saw my son in his yard.",
    ),
    (
        "The repairman refused to finish after I yelled at him.",
        "After I yelled at him, the repairman refused to finish.",
    ),
    (
        "My tenant moved out before I served him notice.",
        "My tenant moved out before I could serve him notice.",
    ),
    (
        "My girlfriend is way better at skating than me and keeps teasing me.",
        "My girlfriend skates way better than me and keeps teasing me.",
    ),
    (
        "I teach at the school and tutor the principal's kids privately.",
        "I teach at the school and I tutor the principal's kids privately.",
    ),
    (
        "I work at the gym and train the owner's daughter.",
        "I work at the gym and I train the daughter of the owner.",
    ),
    (
        "We live next door and walk the neighbor's dog.",
        "We live next door and we walk our neighbor's dog.",
    ),
    (
        "How do I get the pawn shop to pay me for the item they lost?",
        "How do I get the pawn shop to pay for the item they lost?",
    ),
    (
        "How do I get the pawn shop to pay me for the item they lost?",
        "How can I make the pawn shop pay me for the item that they lost?",
    ),
    ("Who pays for the window we broke?", "Who has to pay for the window we broke?"),
    (
        "Can I ask my landlord to fix the door I broke?",
        "Can I ask my landlord to repair the door I broke?",
    ),
]


FORTIETH_ROUNDS = [
    (
        "Should I complain that a guard yelled at me after I touched a painting?",
        "Should I complain that I was yelled at by a guard after he touched a painting?",
        0.975,
    ),
    (
        "If my brother uses my Ticketmaster account to buy tickets, can my account get banned?",
        "If I use my brother's Ticketmaster account to buy tickets, can my account get banned?",
        0.989,
    ),
    (
        "Is it OK if my boss friends me on Instagram?",
        "Is it OK if I friend my boss on Instagram?",
        0.969,
    ),
]

FORTIETH_SWAPPED = [
    (
        "Is it weird if my teacher friends me on Facebook?",
        "Is it weird if I friend my teacher on Facebook?",
    ),
    ("What if my landlord friends me on Facebook?", "What if I friend my landlord on Facebook?"),
    (
        "The lifeguard kicked me out after I splashed a kid.",
        "I was kicked out by the lifeguard after he splashed a kid.",
    ),
    (
        "My teacher scolded me after I tore a page.",
        "I was scolded by my teacher after she tore a page.",
    ),
    (
        "My coach benched me after I missed practice.",
        "I was benched by my coach after he missed practice.",
    ),
    (
        "If my coworker uses my parking pass, can I get a ticket?",
        "If I use my coworker's parking pass, can I get a ticket?",
    ),
    (
        "If my neighbor uses my Wi-Fi, am I liable for what he downloads?",
        "If I use my neighbor's Wi-Fi, am I liable for what he downloads?",
    ),
    (
        "If my roommate uses my Netflix account, can I get charged more?",
        "If I use my roommate's Netflix account, can I get charged more?",
    ),
]

FORTIETH_SAME = [
    ("My boss and I are friends on Instagram.", "I am friends with my boss on Instagram."),
    ("We have been friends my whole life.", "We've been friends my whole life."),
    (
        "The lifeguard kicked me out after I splashed a kid.",
        "I was kicked out by the lifeguard after I splashed a kid.",
    ),
    (
        "My coach benched me after I missed practice.",
        "I was benched by my coach after I missed practice.",
    ),
    (
        "If my coworker uses my parking pass, can I get a ticket?",
        "When my coworker uses my parking pass, can I get a ticket?",
    ),
    (
        "If my roommate uses my Netflix account, can I get charged more?",
        "If my roommate uses my Netflix account, could I get charged more?",
    ),
]


FORTY_FIRST_ROUNDS = [
    (
        "The company I rent a storage unit from went bankrupt. What happens to my stuff?",
        "My company, which rents out storage units, went bankrupt. What happens to my renters' "
        "stuff?",
        0.929,
    ),
    (
        "How do I handle it that my ex is coming to the Halloween party I'm hosting?",
        "How do I handle it that I'm going to the Halloween party my ex is hosting?",
        0.974,
    ),
]

FORTY_FIRST_SWAPPED = [
    (
        "My sister is coming to the birthday dinner I'm cooking.",
        "I'm going to the birthday dinner my sister is cooking.",
    ),
    (
        "My boss is coming to the charity auction I'm running.",
        "I'm going to the charity auction my boss is running.",
    ),
    (
        "The gym I rent a locker from closed. Can I get my money back?",
        "My gym, which rents out lockers, closed. Can I get my money back?",
    ),
    ("The agency I hire a nanny from shut down.", "My agency, which hires out nannies, shut down."),
]

FORTY_FIRST_SAME = [
    (
        "My ex is coming to the Halloween party I'm hosting. How do I handle it?",
        "How do I handle my ex coming to the Halloween party I'm hosting?",
    ),
    (
        "My sister is coming to the birthday dinner I'm cooking.",
        "My sister will come to the birthday dinner I'm cooking.",
    ),
    (
        "The company I rent a storage unit from went bankrupt.",
        "The company I rent my storage unit from went bankrupt.",
    ),
    (
        "My company, which rents out storage units, went bankrupt.",
        "My company, which rents storage units out, went bankrupt.",
    ),
]


FORTY_SECOND_ROUNDS = [
    (
        "Is it rude to ask the barn owner to move her horse away from mine?",
        "Is it rude for the barn owner to ask me to move my horse away from hers?",
        0.985,
    ),
    (
        "I keep cutting off the faster rider in my group lesson. How do I stop?",
        "The faster rider in my group lesson keeps cutting me off. How do I stop it?",
        0.963,
    ),
    (
        "My employee's car got damaged going through our tunnel. Do I have to pay?",
        "Our tunnel got damaged by my employee's car going through it. Does he have to pay?",
        0.941,
    ),
    (
        "My franchisor wants to audit my car wash's books. Can they?",
        "I want to audit my car wash franchisor's books. Can I?",
        0.942,
    ),
    (
        "I forgot to latch my horse's stall and he got into another boarder's feed. What should I "
        "do?",
        "Another boarder forgot to latch her horse's stall and he got into my horse's feed. What "
        "should I do?",
        0.943,
    ),
    (
        "Can I garnish the wages of someone who owes me a court judgment?",
        "Can someone I owe a court judgment garnish my wages?",
        0.969,
    ),
]

FORTY_SECOND_SWAPPED = [
    (
        "I keep interrupting my coworker in meetings. How do I stop?",
        "My coworker keeps interrupting me in meetings. How do I stop it?",
    ),
    (
        "I keep blocking in the other goalie at practice. What should I do?",
        "The other goalie keeps blocking me in at practice. What should I do about it?",
    ),
    (
        "Is it okay to ask my landlord to fix my sink?",
        "Is it okay for my landlord to ask me to fix his sink?",
    ),
    (
        "Is it weird to invite my boss to my wedding?",
        "Is it weird for my boss to invite me to his wedding?",
    ),
    (
        "My landlord wants to inspect my restaurant's kitchen. Can he?",
        "I want to inspect my restaurant landlord's kitchen. Can I?",
    ),
    (
        "My supplier wants to review my bakery's contracts. Can they?",
        "I want to review my bakery supplier's contracts. Can I?",
    ),
    (
        "My phone got cracked falling onto the tile floor. Who pays?",
        "The tile floor got cracked by my phone falling onto it. Who pays?",
    ),
    (
        "My bike got scratched leaning against my neighbor's car. Is he liable?",
        "My neighbor's car got scratched by my bike leaning against it. Am I liable?",
    ),
    (
        "I left my cat's carrier open and she ate another tenant's fish. Am I liable?",
        "Another tenant left her cat's carrier open and she ate my cat's fish. Am I liable?",
    ),
    (
        "I forgot to lock my goat's pen and he trampled a neighbor's garden. What now?",
        "A neighbor forgot to lock his goat's pen and he trampled my goat's garden. What now?",
    ),
    (
        "Can I garnish the pension of someone who owes me child support?",
        "Can someone I owe child support garnish my pension?",
    ),
    (
        "Can I garnish the bank account of someone who owes me a court judgment?",
        "Can someone I owe a court judgment garnish my bank account?",
    ),
]

FORTY_SECOND_SAME = [
    (
        "I keep cutting off the faster rider in my group lesson. How do I stop?",
        "I keep cutting the faster rider in my group lesson off. How do I stop it?",
    ),
    (
        "My coworker keeps interrupting me in meetings. How do I stop?",
        "My coworker keeps interrupting me during meetings. How do I stop it?",
    ),
    (
        "Is it rude to ask my neighbor to move her car?",
        "Is it rude for me to ask my neighbor to move her car?",
    ),
    (
        "Is it legal to record my boss without telling him?",
        "Is it legal for me to record my boss without telling him?",
    ),
    (
        "My landlord wants to inspect my restaurant's kitchen. Can he?",
        "My landlord wants to inspect the kitchen of my restaurant. Can he?",
    ),
    (
        "My supplier wants to review my bakery's contracts. Can they?",
        "My supplier wants to review the contracts of my bakery. Can they?",
    ),
    (
        "My car got damaged going through the car wash. Who pays?",
        "My car was damaged going through the car wash. Who pays?",
    ),
    (
        "My bike got scratched leaning against my neighbor's car. Is he liable?",
        "My bike was scratched leaning against my neighbor's car. Is he liable?",
    ),
    (
        "I left my cat's carrier open and she ate another tenant's fish. Am I liable?",
        "I left my cat's carrier open and she ate the fish of another tenant. Am I liable?",
    ),
    (
        "I forgot to lock my goat's pen and he trampled a neighbor's garden. What now?",
        "I forgot to lock my goat's pen and he trampled my neighbor's garden. What now?",
    ),
    (
        "Can I garnish the pension of someone who owes me child support?",
        "Can I garnish the pension of a person who owes me child support?",
    ),
    (
        "Can I sue the estate of someone who owes me money?",
        "Can I sue the estate of a person who owes me money?",
    ),
]


FORTY_THIRD_ROUNDS = [
    (
        "Which office was my appeal forwarded to by the dean?",
        "Which office forwarded my appeal to the dean?",
        0.979,
    ),
    (
        "Which office was I referred to by the bursar?",
        "Which office referred me to the bursar?",
        0.966,
    ),
    (
        "How do I talk to my son after the coach moved him to JV and his friend to varsity?",
        "How do I talk to my son after the coach moved his friend to JV and him to varsity?",
        0.998,
    ),
    (
        "Should I be concerned that my daughter's coach asked her to wrestle in the boys' bracket?",
        "Should I be concerned that my daughter asked her coach to let her wrestle in the boys' "
        "bracket?",
        0.991,
    ),
    (
        "Do I have to tell my patient when his wife dies?",
        "Do I have to tell my patient's wife when he dies?",
        0.983,
    ),
    (
        "Can a hospice patient request a different volunteer?",
        "Can a hospice volunteer request a different patient?",
        0.983,
    ),
    (
        "The appraiser offered to inflate the value if I pay extra - is that legal?",
        "I offered the appraiser extra to inflate the value - is that legal?",
        0.976,
    ),
]

FORTY_THIRD_SWAPPED = [
    (
        "Which lab were the samples sent to by the clinic?",
        "Which lab sent the samples to the clinic?",
    ),
    (
        "Which agency was my complaint passed to by the landlord?",
        "Which agency passed my complaint to the landlord?",
    ),
    (
        "The manager assigned me to nights and my coworker to days. Is that fair?",
        "The manager assigned my coworker to nights and me to days. Is that fair?",
    ),
    (
        "The teacher moved my daughter to the front and her friend to the back. Should I complain?",
        "The teacher moved her friend to the front and my daughter to the back. Should I complain?",
    ),
    (
        "My son's teacher asked him to skip recess. Is that normal?",
        "My son asked his teacher to let him skip recess. Is that normal?",
    ),
    (
        "Is it okay that my employee's manager asked her to work from home?",
        "Is it okay that my employee asked her manager to let her work from home?",
    ),
    (
        "Should I call my tenant if her mother dies?",
        "Should I call my tenant's mother if she dies?",
    ),
    (
        "Do I need to notify my employee when his son is injured at work?",
        "Do I need to notify my employee's son when he is injured at work?",
    ),
    (
        "Can a student request a different tutor?",
        "Can a tutor request a different student?",
    ),
    (
        "Can a tenant pick a new roommate?",
        "Can a roommate pick a new tenant?",
    ),
    (
        "My contractor offered to skip the permit if I pay cash. Is that legal?",
        "I offered my contractor cash to skip the permit. Is that legal?",
    ),
    (
        "The inspector offered to overlook the violation for a fee. Should I report it?",
        "I offered the inspector a fee to overlook the violation. Should I report it?",
    ),
]

FORTY_THIRD_SAME = [
    (
        "Which office was my appeal forwarded to by the dean?",
        "Which office did the dean forward my appeal to?",
    ),
    (
        "Which lab were the samples shipped to by the clinic?",
        "Which lab did the clinic ship the samples to?",
    ),
    (
        "The manager assigned me to nights and my coworker to days. Is that fair?",
        "My manager assigned me to nights and my coworker to days. Is that fair?",
    ),
    (
        "How do I talk to my son after the coach moved him to JV and his friend to varsity?",
        "How do I talk to my son after his coach moved him to JV and his friend to varsity?",
    ),
    (
        "My son asked his teacher to let him skip recess. Is that normal?",
        "My son asked his teacher if he could skip recess. Is that normal?",
    ),
    (
        "My son asked his teacher to let him skip recess. Is that normal?",
        "My son asked his teacher to let him skip recess. Is this normal?",
    ),
    (
        "Should I call my tenant if her mother dies?",
        "Do I call my tenant if her mother dies?",
    ),
    (
        "Do I have to tell my client's partner when he leaves?",
        "Must I tell my client's partner when he leaves?",
    ),
    (
        "Can a hospice patient request a different volunteer?",
        "Is a hospice patient allowed to request a different volunteer?",
    ),
    (
        "Can a student request a different tutor?",
        "Is a student able to request a different tutor?",
    ),
    (
        "My contractor offered to skip the permit if I pay cash. Is that legal?",
        "My contractor offered to skip the permit if I pay cash. Is this legal?",
    ),
    (
        "I offered the inspector a fee to overlook the violation. Should I report it?",
        "I offered the inspector a fee to overlook the violation. Should I report this?",
    ),
]


FORTY_FOURTH_ROUNDS = [
    (
        "My dog cares more about the toy than about me during runs.",
        "My dog cares more about me than about the toy during runs.",
        0.994,
    ),
    (
        "My dog runs faster for my husband than for me. Why?",
        "My dog runs faster for me than for my husband. Why?",
        0.998,
    ),
    (
        "Which carrier's network does Mint Mobile use?",
        "Which carrier uses Mint Mobile's network?",
        0.991,
    ),
    (
        "A surfer's board hit me while I was making a rescue; who's at fault?",
        "My rescue board hit a surfer while I was making a rescue; who's at fault?",
        0.959,
    ),
    (
        "The servicer I'm refinancing away from is holding my escrow balance. When do I get it?",
        "The servicer I'm refinancing with is holding my escrow balance. When do I get it?",
        0.997,
    ),
]

FORTY_FOURTH_SWAPPED = [
    (
        "My son plays harder for his coach than for me.",
        "My son plays harder for me than for his coach.",
    ),
    (
        "My landlord is nicer to the new tenant than to me.",
        "My landlord is nicer to me than to the new tenant.",
    ),
    (
        "My cat cares more about the laser than my son.",
        "My cat cares more about my son than the laser.",
    ),
    (
        "Which bank's ATMs does Capital One use?",
        "Which bank uses Capital One's ATMs?",
    ),
    (
        "Which school's buses did the Lincoln district borrow?",
        "Which school borrowed the Lincoln district's buses?",
    ),
    (
        "A cyclist's bike hit me while I was parking; who's at fault?",
        "My work bike hit a cyclist while I was parking; who's at fault?",
    ),
    (
        "My cousin's car hit me in the lot. Who pays?",
        "My rental car hit my cousin in the lot. Who pays?",
    ),
    (
        "The airline I'm transferring my miles away from wants a fee.",
        "The airline I'm transferring my miles to wants a fee.",
    ),
    (
        "The carrier I'm porting my number out of is charging me.",
        "The carrier I'm porting my number into is charging me.",
    ),
]

FORTY_FOURTH_SAME = [
    (
        "My dog cares more about the toy than about me during runs.",
        "My dog cares more about the toy than me during runs.",
    ),
    (
        "My kid behaves better for the sitter than for me. Why?",
        "My kid behaves better for the sitter than for me. Why is that?",
    ),
    (
        "Which carrier's network does Mint Mobile use?",
        "What carrier's network does Mint Mobile use?",
    ),
    (
        "Which bank's ATMs does Chime use?",
        "What bank's ATMs does Chime use?",
    ),
    (
        "My rescue board hit a surfer's leg. Who's at fault?",
        "My rescue board hit a surfer's leg. Who is at fault?",
    ),
    (
        "My work truck hit my neighbor's fence. Who pays?",
        "My work truck hit my neighbor's fence. Who pays for it?",
    ),
    (
        "The gym I'm switching away from keeps charging me.",
        "The gym I'm switching from keeps charging me.",
    ),
    (
        "The lender I'm refinancing with wants my escrow.",
        "The lender I'm refinancing to wants my escrow.",
    ),
    (
        "The school I transferred into lost my transcript.",
        "The school I transferred to lost my transcript.",
    ),
]


FORTY_FIFTH_ROUNDS = [
    (
        "My son says his teammate deleted his code before the competition. What should I do?",
        "My son says he deleted his teammate's code before the competition. What should I do?",
        0.991,
    ),
    (
        "What do I do about the plow company my HOA filed a complaint with?",
        "What do I do about the plow company that filed a complaint with my HOA?",
        0.991,
    ),
    (
        "My kid's team is hosting a team from Mexico for the weekend. What should we plan?",
        "My kid's team is being hosted by a team in Mexico for the weekend. What should we plan?",
        0.987,
    ),
    (
        "Our robot was disabled by the referee after it tipped the other robot.",
        "Our robot was disabled by the referee after the other robot tipped it.",
        0.994,
    ),
    (
        "Should I worry that my fiancée's friend keeps trying on her ring?",
        "Should I worry that my fiancée keeps trying on her friend's ring?",
        0.988,
    ),
    (
        "Why was our team's best pitcher claimed on waivers by our rival?",
        "Why did our team claim our rival's best pitcher on waivers?",
        0.982,
    ),
    (
        "I was merging onto the highway and hit a car in the right lane, who gets the ticket?",
        "A car merging onto the highway hit me in the right lane, who gets the ticket?",
        0.961,
    ),
    (
        "I was ticketed for speeding by the officer I had sued last year, is that retaliation?",
        "I sued the officer who had ticketed me for speeding last year, is that retaliation?",
        0.987,
    ),
]

FORTY_FIFTH_SWAPPED = [
    (
        "My daughter says her roommate read her diary over break. Is that normal?",
        "My daughter says she read her roommate's diary over break. Is that normal?",
    ),
    (
        "My brother's friend keeps borrowing his car without asking.",
        "My brother keeps borrowing his friend's car without asking.",
    ),
    (
        "My husband's boss keeps calling his phone on weekends.",
        "My husband keeps calling his boss's phone on weekends.",
    ),
    (
        "Can I sue the clinic my insurer sent the bill to?",
        "Can I sue the clinic that sent the bill to my insurer?",
    ),
    (
        "How do I handle the vendor our school owes money to?",
        "How do I handle the vendor that owes money to our school?",
    ),
    (
        "Our church choir is visiting a choir from Ohio this spring. What should we bring?",
        "Our church choir is being visited by a choir from Ohio this spring. What should we bring?",
    ),
    (
        "My startup is acquiring a small design firm. What should I check?",
        "My startup is being acquired by a small design firm. What should I check?",
    ),
    (
        "My cat got scolded by my mom after she scratched the new puppy.",
        "My cat got scolded by my mom after the new puppy scratched her.",
    ),
    (
        "Our truck was towed by the city after it blocked the school bus.",
        "Our truck was towed by the city after the school bus blocked it.",
    ),
    (
        "Why was my company's top engineer poached by a competitor?",
        "Why did my company poach a competitor's top engineer?",
    ),
    (
        "My aunt's bakery was bought out last spring by the cafe chain.",
        "My aunt bought out the cafe chain's bakery last spring.",
    ),
    (
        "I was backing out of my driveway and hit a cyclist on the sidewalk. Who is liable?",
        "A cyclist backing out of my driveway hit me on the sidewalk. Who is liable?",
    ),
    (
        "We were turning into the lot and clipped a delivery van near the gate.",
        "A delivery van turning into the lot clipped us near the gate.",
    ),
    (
        "I was fired by the manager I had reported to HR. Can I sue?",
        "I reported the manager who had fired me to HR. Can I sue?",
    ),
    (
        "My son was benched by the coach he had complained about. Is that fair?",
        "My son complained about the coach who had benched him. Is that fair?",
    ),
]

FORTY_FIFTH_SAME = [
    (
        "My son's teammate deleted his code.",
        "My son's teammate deleted my son's code.",
    ),
    (
        "My fiancée's friend keeps trying on her ring.",
        "My fiancée's friend keeps trying on my fiancée's ring.",
    ),
    (
        "What do I do about the plow company my HOA filed a complaint with?",
        "What do I do about the plow company that my HOA filed a complaint with?",
    ),
    (
        "The contractor that we signed with went bankrupt.",
        "The contractor we signed with went bankrupt.",
    ),
    (
        "How do I handle the vendor our school has a dispute with?",
        "How do I handle the vendor that has a dispute with our school?",
    ),
    (
        "Our choir is being visited by a choir from Ohio this spring.",
        "Our choir is getting visited by a choir from Ohio this spring.",
    ),
    (
        "My startup is acquiring a small design firm. What should I check?",
        "My startup is acquiring a small design firm. What do I need to check?",
    ),
    (
        "Our robot was disabled by the referee after it tipped the other robot.",
        "The referee disabled our robot after it tipped the other robot.",
    ),
    (
        "The truck was towed after it blocked the bus.",
        "The truck got towed after it blocked the bus.",
    ),
    (
        "Why was our team's best pitcher claimed on waivers by our rival?",
        "Why did our rival claim our team's best pitcher on waivers?",
    ),
    (
        "Why was my company's top engineer poached by a competitor?",
        "Why did a competitor poach my company's top engineer?",
    ),
    (
        "I was backing out of my driveway and hit a cyclist. Who is liable?",
        "While backing out of my driveway I hit a cyclist. Who is liable?",
    ),
    (
        "I was merging onto the highway and hit a car. Who gets the ticket?",
        "I hit a car while I was merging onto the highway. Who gets the ticket?",
    ),
    (
        "I was fired by the manager I had reported to HR. Can I sue?",
        "The manager I had reported to HR fired me. Can I sue?",
    ),
    (
        "I sued the officer who had ticketed me last year.",
        "I sued the officer that had ticketed me last year.",
    ),
]


FORTY_SIXTH_ROUNDS = [
    (
        "My son's coach pushed him to play through a concussion.",
        "My son pushed his coach to let him play through a concussion.",
        0.985,
    ),
    (
        "My dad was outrun by his grandson in the 5K; how do I cheer him up?",
        "My dad outran his grandson in the 5K; how do I cheer him up?",
        0.958,
    ),
    (
        "Can a 5K runner be disqualified for helping another runner across the finish line?",
        "Can a 5K runner be disqualified for being helped across the finish line by another"
        " runner?",
        0.990,
    ),
    (
        "How do I tell the organizer that the volunteer she assigned me to supervise is rude?",
        "How do I tell the organizer that the volunteer she assigned to supervise me is rude?",
        0.998,
    ),
    (
        "My co-op partner thinks I should teach her kids history while she teaches mine science.",
        "My co-op partner thinks she should teach my kids history while I teach hers science.",
        0.984,
    ),
]

FORTY_SIXTH_SWAPPED = [
    (
        "My daughter's boss pressured her to work through the holidays.",
        "My daughter pressured her boss to let her work through the holidays.",
    ),
    (
        "My husband's doctor urged him to skip the marathon.",
        "My husband urged his doctor to let him skip the marathon.",
    ),
    (
        "My sister was outrun by her dog on the beach.",
        "My sister outran her dog on the beach.",
    ),
    (
        "The rebels were overrun by the army at the border.",
        "The rebels overran the army at the border.",
    ),
    (
        "Can a goalie be penalized for tripping a striker across the box?",
        "Can a goalie be penalized for being tripped across the box by a striker?",
    ),
    (
        "Can a parent be banned for dragging a referee through the gym?",
        "Can a parent be banned for being dragged through the gym by a referee?",
    ),
    (
        "The tutor the school assigned me to mentor never shows up.",
        "The tutor the school assigned to mentor me never shows up.",
    ),
    (
        "The nurse my manager told me to train keeps calling in sick.",
        "The nurse my manager told to train me keeps calling in sick.",
    ),
    (
        "My roommate suggested I walk her dog in the morning while she walks mine at night.",
        "My roommate suggested she walk my dog in the morning while I walk hers at night.",
    ),
    (
        "I drive his kids to school and he picks mine up after practice.",
        "He drives my kids to school and I pick his up after practice.",
    ),
]

FORTY_SIXTH_SAME = [
    (
        "My son pushed his coach to let him play through a concussion.",
        "My son pushed his coach to let him play through his concussion.",
    ),
    (
        "My husband urged his doctor to let him skip the marathon.",
        "My husband has urged his doctor to let him skip the marathon.",
    ),
    (
        "My dad was outrun by his grandson in the 5K.",
        "His grandson outran my dad in the 5K.",
    ),
    (
        "The rebels were overrun by the army at the border.",
        "The army overran the rebels at the border.",
    ),
    (
        "Can a runner be disqualified for being helped across the finish line by another runner?",
        "Can a runner be disqualified if another runner helps them across the finish line?",
    ),
    (
        "Can a goalie be penalized for being tripped across the box by a striker?",
        "Can a goalie get penalized for being tripped across the box by a striker?",
    ),
    (
        "The volunteer she assigned me to supervise is rude.",
        "The volunteer that she assigned me to supervise is rude.",
    ),
    (
        "The nurse my manager told to train me keeps calling in sick.",
        "The nurse whom my manager told to train me keeps calling in sick.",
    ),
    (
        "I teach her kids history while she teaches mine science.",
        "I teach her kids history, and she teaches mine science.",
    ),
    (
        "I drive his kids to school and he picks mine up after practice.",
        "I drive his kids to school and he picks up mine after practice.",
    ),
]


FORTY_SEVENTH_ROUNDS = [
    (
        "I think my kid's teacher is taking money from the class fundraiser. What should I do?",
        "I think my kid is taking money from his teacher's class fundraiser. What should I do?",
        0.966,
    ),
    (
        "Is it good that my autistic son repeats back everything his teacher says?",
        "Is it good that my autistic son's teacher repeats back everything he says?",
        0.989,
    ),
    (
        "My kid laughs at his classmate who stutters, how do I address it?",
        "My kid's classmate laughs at him because he stutters, how do I address it?",
        0.983,
    ),
    (
        "Is it legal for the lawyer who wrote my mom's will to inherit from her?",
        "Is it legal for my mom to inherit from the lawyer who wrote her will?",
        0.981,
    ),
]

FORTY_SEVENTH_SWAPPED = [
    (
        "I think my daughter's coach is taking cash from the team budget. What should I do?",
        "I think my daughter is taking cash from her coach's team budget. What should I do?",
    ),
    (
        "I suspect my roommate's boyfriend is stealing food from the shared fridge.",
        "I suspect my roommate is stealing food from her boyfriend's shared fridge.",
    ),
    (
        "Is it normal that my toddler copies back everything his brother says?",
        "Is it normal that my toddler's brother copies back everything he says?",
    ),
    (
        "Is it weird that my husband writes down everything his boss says?",
        "Is it weird that my husband's boss writes down everything he says?",
    ),
    (
        "My daughter yells at her teammate who fumbles, how do I stop it?",
        "My daughter's teammate yells at her because she fumbles, how do I stop it?",
    ),
    (
        "My dog barks at his walker who limps, is that normal?",
        "My dog's walker barks at him because he limps, is that normal?",
    ),
    (
        "Is it legal for the doctor who treated my dad's cancer to inherit from him?",
        "Is it legal for my dad to inherit from the doctor who treated his cancer?",
    ),
    (
        "Is it ethical for the therapist who treated my wife's anxiety to accept gifts from her?",
        "Is it ethical for my wife to accept gifts from the therapist who treated her anxiety?",
    ),
    (
        "Is it allowed for the banker who manages my uncle's trust to inherit from him?",
        "Is it allowed for my uncle to inherit from the banker who manages his trust?",
    ),
]

FORTY_SEVENTH_SAME = [
    (
        "Is it good that my autistic son repeats back everything his teacher says?",
        "Is it good that my autistic son repeats back everything that his teacher says?",
    ),
    (
        "Is it normal that my toddler's brother copies back everything he says?",
        "Is it normal that my toddler's brother copies back everything that he says?",
    ),
    (
        "My kid laughs at his classmate who stutters, how do I address it?",
        "My kid laughs at his classmate that stutters, how do I address it?",
    ),
    (
        "I think my kid's teacher is taking money from the class fundraiser.",
        "I think my kid's teacher is taking money from her class fundraiser.",
    ),
    (
        "Is it legal for my mom to inherit from the lawyer who wrote her will?",
        "Is it legal for my mom to inherit from the lawyer who wrote my mom's will?",
    ),
    (
        "Is it legal for the lawyer who wrote my mom's will to inherit from her?",
        "Is it legal for the lawyer who wrote my mom's will to inherit from my mom?",
    ),
    (
        "Is it okay for my sister to borrow money from the agent who sold her house?",
        "Is it ok for my sister to borrow money from the agent who sold her house?",
    ),
]


FORTY_NINTH_ROUNDS = [
    (
        "After I hit his mirror, the driver rammed my bike. Can I press charges?",
        "After he hit my mirror, I rammed the driver's car with my bike. Can he press charges?",
        0.966,
    ),
    (
        "After the vendor next to me insulted me, I complained to the organizer.",
        "After I insulted the vendor next to me, she complained to the organizer.",
        0.945,
    ),
    (
        "The inspector fined the farm stand for selling raw milk to me.",
        "I was fined by the inspector for selling raw milk to the farm stand.",
        0.946,
    ),
    (
        "My husband lent his brother our savings without asking me.",
        "My brother was lent our savings by me without asking my husband.",
        0.977,
    ),
    (
        "My mother is cared for by the aide that my sister hired.",
        "My mother cares for the aide that my sister hired.",
        0.958,
    ),
    (
        "Did I violate the license by selling prints of someone else's model?",
        "Did someone violate the license by selling prints of my model?",
        0.975,
    ),
]

FORTY_NINTH_SWAPPED = [
    (
        "After my neighbor yelled at me, I called the landlord.",
        "After I yelled at my neighbor, he called the landlord.",
    ),
    (
        "After I scratched her car, my coworker keyed my truck. Can I sue?",
        "After she scratched my car, I keyed my coworker's truck. Can she sue?",
    ),
    (
        "The manager fined the cafe for selling alcohol to me.",
        "I was fined by the manager for selling alcohol to the cafe.",
    ),
    (
        "My wife loaned her sister our car without telling me.",
        "My sister was loaned our car by me without telling my wife.",
    ),
    (
        "My father is looked after by the nurse that my aunt found.",
        "My father looks after the nurse that my aunt found.",
    ),
    (
        "Is it plagiarism if I copy someone else's essay?",
        "Is it plagiarism if someone copies my essay?",
    ),
    (
        "Can I be sued for posting somebody else's photos?",
        "Can somebody be sued for posting my photos?",
    ),
]

FORTY_NINTH_SAME = [
    (
        "I was fined by the inspector for selling raw milk.",
        "The inspector fined me for selling raw milk.",
    ),
    (
        "My mother is cared for by the aide that my sister hired.",
        "The aide that my sister hired cares for my mother.",
    ),
    (
        "My brother was lent our savings by my husband.",
        "My husband lent my brother our savings.",
    ),
    (
        "After the vendor insulted me, I complained to the organizer.",
        "After being insulted by the vendor, I complained to the organizer.",
    ),
    (
        "Is it plagiarism if I copy someone else's essay?",
        "Is it plagiarism if I copy somebody else's essay?",
    ),
    (
        "After my neighbor yelled at me, I called the landlord.",
        "I called the landlord after my neighbor yelled at me.",
    ),
    (
        "I have been invited by my neighbor to join the book club.",
        "My neighbor invited me to join the book club.",
    ),
    (
        "My refund was issued by the store last week.",
        "The store issued me a refund last week.",
    ),
    (
        "My account was charged twice by the gym.",
        "The gym charged me twice for my account.",
    ),
    (
        "My contractor was paid by me last month; can I get a refund?",
        "I paid my contractor last month, can I get a refund?",
    ),
    (
        "My niece was tutored by her aunt last summer.",
        "Her aunt tutored my niece last summer.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FORTY_SEVENTH_SWAPPED)
def test_forty_seventh_pass_reader_reads_the_class(cached: str, incoming: str) -> None:
    # several of these are refused by older readers too: this one must read each on its own
    assert owner_doer_swap(parse(cached), parse(incoming))
    assert owner_doer_swap(parse(incoming), parse(cached))


FIFTIETH_ROUNDS = [
    (
        "My dog keeps getting mounted at the dog park. How do I stop it?",
        "My dog keeps mounting other dogs at the dog park. How do I stop it?",
        0.946,
    ),
    (
        "My terrier keeps getting herded by a border collie at the park.",
        "My terrier keeps herding a border collie at the park. Why?",
        0.934,
    ),
    (
        "The police were called on me by a neighbor over my yard sale signs.",
        "I called the police on a neighbor over her yard sale signs.",
        0.910,
    ),
    (
        "Who did the maid of honor forget to thank at the shower?",
        "Who forgot to thank the maid of honor at the shower?",
        0.949,
    ),
    (
        "The dealer I bought from won't service cars that another dealer sold.",
        "Another dealer won't service cars that the dealer I bought from sold.",
        0.986,
    ),
    (
        "My sister's installer charged her less than mine charged me",
        "My installer charged me less than my sister's charged her",
        0.984,
    ),
]

FIFTIETH_SWAPPED = [
    (
        "My cat keeps getting scratched at the shelter. What can I do?",
        "My cat keeps scratching other cats at the shelter. What can I do?",
    ),
    (
        "My son keeps getting pushed by a classmate at recess.",
        "My son keeps pushing a classmate at recess.",
    ),
    ("My hen keeps getting pecked by the rooster.", "My hen keeps pecking the rooster."),
    (
        "A complaint was filed against me by my landlord over the noise.",
        "I filed a complaint against my landlord over the noise.",
    ),
    (
        "Security was called on me by a coworker after the meeting.",
        "I called security on a coworker after the meeting.",
    ),
    (
        "A warning was issued to me by the umpire during the game.",
        "I issued a warning to the umpire during the game.",
    ),
    (
        "Who did the coach forget to invite to the banquet?",
        "Who forgot to invite the coach to the banquet?",
    ),
    (
        "Who should the new hire remember to email first?",
        "Who should remember to email the new hire first?",
    ),
    ("Who did my landlord refuse to pay last month?", "Who refused to pay my landlord last month?"),
    (
        "The school my son attends won't accept credits that another school issued.",
        "Another school won't accept credits that the school my son attends issued.",
    ),
    (
        "The gym I joined won't honor memberships that the old gym sold.",
        "The old gym won't honor memberships that the gym I joined sold.",
    ),
    (
        "My friend's lawyer billed him more than mine billed me",
        "My lawyer billed me more than my friend's billed him",
    ),
    (
        "My neighbor's plumber charged him less than mine charged me",
        "My plumber charged me less than my neighbor's charged him",
    ),
]

FIFTIETH_SAME = [
    (
        "My lawyer was fired by me last week; how do I get my case file?",
        "I fired my lawyer last week, how do I get my case file back?",
    ),
    ("My laptop keeps getting overheated at work.", "My laptop keeps overheating at work."),
    (
        "My dog keeps getting mounted at the dog park.",
        "My dog keeps being mounted at the dog park.",
    ),
    (
        "The police were called on me by a neighbor over my yard sale signs.",
        "A neighbor called the police on me over my yard sale signs.",
    ),
    (
        "A complaint was filed against me by my landlord over the noise.",
        "My landlord filed a complaint against me over the noise.",
    ),
    (
        "Who did the coach forget to invite to the banquet?",
        "Whom did the coach forget to invite to the banquet?",
    ),
    (
        "Who should the new hire remember to email first?",
        "Who should the new hire remember to email first thing?",
    ),
    (
        "Who did the maid of honor forget to thank at the shower?",
        "Who did the maid of honor forget to thank at the wedding shower?",
    ),
    (
        "The gym I joined won't honor memberships that the old gym sold.",
        "The gym I joined will not honor memberships that the old gym sold.",
    ),
    (
        "The school my son attends won't accept credits that another school issued.",
        "The school my son attends won't accept credits which another school issued.",
    ),
    (
        "My sister's installer charged her less than mine charged me",
        "My sister's installer charged her less than my installer charged me",
    ),
    (
        "My friend's lawyer billed him more than mine billed me",
        "My friend's lawyer billed him more than my lawyer billed me",
    ),
]

FORTY_EIGHTH_ROUNDS = [
    (
        "The defenseman I was covering scored. Is it my fault?",
        "The defenseman covering me scored. Is it my fault?",
        0.969,
    ),
    (
        "The new member that the founder recruited is causing trouble."
        " Should the founder deal with it?",
        "The founder the new member recruited is causing trouble. Should the member deal with it?",
        0.968,
    ),
    (
        "The taxi driver who cut me off got a ticket, but I didn't. Is that normal?",
        "I cut off the taxi driver and got a ticket, but he didn't. Is that normal?",
        0.951,
    ),
    (
        "The buyer whose inspector found mold wants a credit from me.",
        "The buyer whose mold my inspector found wants a credit from me.",
        0.981,
    ),
    (
        "The employer that reimburses my tuition wants my grades."
        " Do I have to share them with the aid office?",
        "The aid office that reimburses my tuition wants my grades."
        " Do I have to share them with my employer?",
        0.991,
    ),
]

FORTY_EIGHTH_SWAPPED = [
    (
        "The striker I was marking scored. Was it my mistake?",
        "The striker marking me scored. Was it my mistake?",
    ),
    (
        "The nurse I was shadowing quit. Should I report it?",
        "The nurse shadowing me quit. Should I report it?",
    ),
    (
        "The intern that the manager hired keeps showing up late. Should the manager fire him?",
        "The manager the intern hired keeps showing up late. Should the intern fire him?",
    ),
    (
        "The tenant that the landlord sued is moving out. Can the landlord keep the deposit?",
        "The landlord the tenant sued is moving out. Can the tenant keep the deposit?",
    ),
    (
        "The cyclist who hit me got a fine, but I didn't. Is that fair?",
        "I hit the cyclist and got a fine, but he didn't. Is that fair?",
    ),
    (
        "The neighbor who reported me got a warning. Is that normal?",
        "I reported the neighbor and got a warning. Is that normal?",
    ),
    (
        "The seller whose agent found termites wants a discount from me.",
        "The seller whose termites my agent found wants a discount from me.",
    ),
    (
        "The owner whose mechanic spotted the leak wants me to pay.",
        "The owner whose leak my mechanic spotted wants me to pay.",
    ),
    (
        "The insurer that covers my surgery wants my records."
        " Do I have to send them to the hospital?",
        "The hospital that covers my surgery wants my records."
        " Do I have to send them to my insurer?",
    ),
    (
        "The school that funds my scholarship wants my transcript."
        " Should I send it to the foundation?",
        "The foundation that funds my scholarship wants my transcript."
        " Should I send it to my school?",
    ),
]

FORTY_EIGHTH_SAME = [
    # a particle is no verb of its own: "knocked my cat over" / "knocked over my cat"
    (
        "A dog knocked my cat over in the yard. Who pays the vet?",
        "A dog knocked over my cat in the yard. Who pays the vet?",
    ),
    (
        "The defenseman I was covering scored. Is it my fault?",
        "The defenseman that I was covering scored. Is it my fault?",
    ),
    (
        "The defenseman covering me scored. Is it my fault?",
        "The defenseman who was covering me scored. Is it my fault?",
    ),
    (
        "The new member that the founder recruited is causing trouble.",
        "The new member the founder recruited is causing trouble.",
    ),
    (
        "The taxi driver who cut me off got a ticket. Is that normal?",
        "The taxi driver that cut me off got a ticket. Is that normal?",
    ),
    (
        "The buyer whose inspector found mold wants a credit from me.",
        "The buyer whose inspector found the mold wants a credit from me.",
    ),
    (
        "The employer that reimburses my tuition wants my grades.",
        "The employer who reimburses my tuition wants my grades.",
    ),
    (
        "The striker I was marking scored. Was it my mistake?",
        "The striker whom I was marking scored. Was it my mistake?",
    ),
    (
        "The nurse shadowing me quit. Should I report it?",
        "The nurse who was shadowing me quit. Should I report it?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTIETH_SWAPPED)
def test_fiftieth_pass_readers_read_the_class(cached: str, incoming: str) -> None:
    # several of these are refused by older readers too: one of this pass's must read each
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        trades = (got_done_active, who_chain_traded, relative_subjects_traded)
        readings = [r for r in (passive_said_active(x, y), than_owner_said(x, y)) if r]
        assert any(t(x, y) for t in trades) or any(roles.role_swap(*r) for r in readings)


@pytest.mark.parametrize(("cached", "incoming"), FORTY_EIGHTH_SWAPPED)
def test_forty_eighth_pass_reader_reads_the_class(cached: str, incoming: str) -> None:
    # the relative clause read for the doer and the patient of the shared verb, both ways
    assert relative_roles_traded(parse(cached), parse(incoming))
    assert relative_roles_traded(parse(incoming), parse(cached))


FIFTY_FIRST_ROUNDS = [
    (
        "My gymnast is the one her coach keeps correcting.",
        "My gymnast is the one who keeps correcting her coach.",
        0.973,
    ),
    (
        "The woman I'm throwing the shower for keeps changing the guest list",
        "The woman throwing the shower for me keeps changing the guest list",
        0.974,
    ),
    (
        "Why did the judge give the win to the team that dropped the argument?",
        "Why did the judge give the win to the team whose argument was dropped?",
        0.989,
    ),
    (
        "Should I report the dog that bit mine to animal control?",
        "Should I report my dog that bit another dog to animal control?",
        0.941,
    ),
    (
        "My son is jealous of his best friend who made the travel team.",
        "My son's best friend is jealous of him for making the travel team.",
        0.970,
    ),
]

FIFTY_FIRST_SWAPPED = [
    (
        "My daughter is the one her teacher keeps praising.",
        "My daughter is the one who keeps praising her teacher.",
    ),
    (
        "Our intern is the one the manager always blames.",
        "Our intern is the one who always blames the manager.",
    ),
    ("My brother is the one my dad keeps calling.", "My brother keeps calling my dad."),
    (
        "The guy I'm buying the car from keeps raising the price",
        "The guy buying the car from me keeps raising the price",
    ),
    (
        "The neighbor I was watching the dog for never paid me",
        "The neighbor who was watching the dog for me never paid me",
    ),
    (
        "The lawyer I work for wants me to sign this",
        "The lawyer working for me wants me to sign this",
    ),
    (
        "Why did the company that cancelled the order get a refund?",
        "Why did the company whose order was cancelled get a refund?",
    ),
    (
        "Is the player that missed the kick to blame?",
        "Is the player whose kick was missed to blame?",
    ),
    (
        "Can the landlord who terminated the lease keep the deposit?",
        "Can the landlord whose lease was terminated keep the deposit?",
    ),
    (
        "Who pays when the car that hit mine is uninsured?",
        "Who pays when my car that hit another car is uninsured?",
    ),
    (
        "Can I sue the contractor who fired mine?",
        "Can I sue my contractor who fired another contractor?",
    ),
    ("The cat that scratched mine needs a vet", "My cat that scratched another cat needs a vet"),
    (
        "My daughter is proud of her coach who won the award.",
        "My daughter's coach is proud of her for winning the award.",
    ),
    (
        "My husband is mad at his brother who skipped the wedding.",
        "My husband's brother is mad at him for skipping the wedding.",
    ),
    ("My dog is scared of the neighbor's cat.", "The neighbor's cat is scared of my dog."),
]

FIFTY_FIRST_SAME = [
    (
        "My gymnast is the one her coach keeps correcting.",
        "My gymnast is the one that her coach keeps correcting.",
    ),
    (
        "My daughter is the one her teacher keeps praising.",
        "Her teacher keeps praising my daughter.",
    ),
    ("My son is the one who keeps hitting his sister.", "My son keeps hitting his sister."),
    (
        "The guy I'm buying the car from keeps raising the price",
        "The guy that I'm buying the car from keeps raising the price",
    ),
    (
        "The guy selling the car to me keeps raising the price",
        "The guy who is selling the car to me keeps raising the price",
    ),
    (
        "Why did the company whose order was cancelled get a refund?",
        "Why did the company whose order got cancelled get a refund?",
    ),
    (
        "Can the landlord who terminated the lease keep the deposit?",
        "Can the landlord that terminated the lease keep the deposit?",
    ),
    (
        "Should I report the dog that bit mine to animal control?",
        "Should I report the dog that bit my dog to animal control?",
    ),
    ("Should I report my dog that bit another dog?", "Should I report my dog who bit another dog?"),
    (
        "My son is jealous of his best friend who made the travel team.",
        "My son is jealous of his best friend for making the travel team.",
    ),
    ("My son's best friend is jealous of him.", "My son's best friend is really jealous of him."),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_FIRST_SWAPPED)
def test_fifty_first_pass_readers_read_the_class(cached: str, incoming: str) -> None:
    # older readers refuse some of these too: one of this pass's must read each, both ways
    trades = (
        stranded_relative_traded,
        whose_passive_traded,
        standalone_owner_moved,
        feeling_holder_traded,
    )
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        said = one_relative_said(x, y)
        assert any(t(x, y) for t in trades) or (said is not None and roles.role_swap(*said))


FIFTY_SECOND_ROUNDS = [
    (
        "The generator was delivered to my neighbor's address and he installed it. Who owns it?",
        "My neighbor's generator was delivered to my address and I installed it. Who owns it?",
        0.981,
    ),
    (
        "I got a referral bonus for signing up my sitter on Rover.",
        "My sitter got a referral bonus for signing me up on Rover.",
        0.981,
    ),
    (
        "My teenage son pet sits for our neighbor through an app.",
        "Our neighbor's teenage son pet sits for us through an app.",
        0.970,
    ),
    (
        "Who pays for the alterations if the bridal shop altered the dress wrong?",
        "Who pays for the alterations if I altered the bridal shop's dress wrong?",
        0.970,
    ),
    (
        "My PC shop customer is threatening to sue me.",
        "My PC shop is threatening to sue a customer.",
        0.989,
    ),
]

FIFTY_SECOND_SWAPPED = [
    (
        "My brother got a finder's fee for referring his coworker to the agency.",
        "His coworker got a finder's fee for referring my brother to the agency.",
    ),
    (
        "The coach got praised for recruiting my daughter to the club.",
        "My daughter got praised for recruiting the coach to the club.",
    ),
    (
        "Our daughter tutors for my neighbor on weekends.",
        "My neighbor's daughter tutors for us on weekends.",
    ),
    (
        "My nephew mows lawns for our landlord every summer.",
        "Our landlord's nephew mows lawns for us every summer.",
    ),
    (
        "Who is liable if the mechanic damaged the engine?",
        "Who is liable if I damaged the mechanic's engine?",
    ),
    (
        "Can I get a refund if the tailor ruined the suit?",
        "Can I get a refund if I ruined the tailor's suit?",
    ),
    (
        "My bakery supplier is threatening to cancel on me.",
        "My bakery is threatening to cancel on a supplier.",
    ),
    ("My law firm client wants to fire me.", "My law firm wants to fire a client."),
    (
        "The package was left at my sister's door and she opened it.",
        "My sister's package was left at my door and I opened it.",
    ),
    (
        "The bike was parked in my roommate's spot and he locked it.",
        "My roommate's bike was parked in my spot and I locked it.",
    ),
]

FIFTY_SECOND_SAME = [
    (
        "I got a referral bonus for signing up my sitter on Rover.",
        "I got a referral bonus for signing my sitter up on Rover.",
    ),
    (
        "My brother got a finder's fee for referring his coworker to the agency.",
        "My brother got a finder's fee for referring a coworker to the agency.",
    ),
    (
        "My teenage son pet sits for our neighbor through an app.",
        "My teenage son pet sits for our neighbor using an app.",
    ),
    ("We hired a contractor for our kitchen.", "I hired a contractor for my kitchen."),
    (
        "Who pays for the alterations if the bridal shop altered the dress wrong?",
        "Who pays for the alterations if the bridal shop altered my dress wrong?",
    ),
    (
        "Can I get a refund if the tailor ruined the suit?",
        "Can I get a refund if the tailor ruined my suit?",
    ),
    (
        "My PC shop customer is threatening to sue me.",
        "A customer of my PC shop is threatening to sue me.",
    ),
    ("My law firm client wants to fire me.", "A client of my law firm wants to fire me."),
    (
        "The bike was parked in my roommate's spot and he locked it.",
        "The bike was parked in the spot of my roommate and he locked it.",
    ),
    (
        "The generator was delivered to my neighbor's address and he installed it.",
        "The generator got delivered to my neighbor's address and he installed it.",
    ),
    # the owner named after the noun, or said as "my X" alone, is no party of its own
    ("How do I clean the filter in my dishwasher?", "How do I clean my dishwasher's filter?"),
    (
        "What do I do if the bus driver is rude to my kid?",
        "What do I do if my kid's bus driver is rude to him?",
    ),
    # "our N" with no "us": a group the asker speaks for
    (
        "How do I recruit more volunteers for our food pantry?",
        "How can our food pantry recruit more volunteers?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_SECOND_SWAPPED)
def test_fifty_second_pass_readings_read_the_class(cached: str, incoming: str) -> None:
    # each swap is read by one of this pass's readings, in one order or the other
    readers = (gerund_doer_said, we_said_i, unowned_said_mine, compound_owner_said)
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        said = [r for r in (reader(x, y) for reader in readers) if r is not None]
        assert any(roles.role_swap(*r) for r in said)


FIFTY_THIRD_ROUNDS = [
    (
        "The kid my son was dunking started crying.",
        "The kid dunking my son started crying.",
        0.981,
    ),
    (
        "The cat that my neighbor adopted attacked mine, what do I do?",
        "My cat attacked the cat that my neighbor adopted, what do I do?",
        0.975,
    ),
    (
        "The neighbor who complained about my party called the police.",
        "The neighbor I complained about called the police about my party.",
        0.967,
    ),
]

FIFTY_THIRD_SWAPPED = [
    # a contact relative with a noun doer against a reduced relative
    (
        "The player my brother was guarding fouled out.",
        "The player guarding my brother fouled out.",
    ),
    (
        "The dog my daughter was chasing ran into the street.",
        "The dog chasing my daughter ran into the street.",
    ),
    # the main clause's subject and object traded, one of them an object relative's head
    (
        "The dog that my cousin rescued bit mine, is he liable?",
        "My dog bit the dog that my cousin rescued, is he liable?",
    ),
    (
        "The car that my roommate bought scratched mine in the lot.",
        "My car scratched the car that my roommate bought in the lot.",
    ),
    # the head doing it in a subject relative, undergoing it in an object relative
    (
        "The coworker who reported my mistake got promoted.",
        "The coworker I reported got promoted for my mistake.",
    ),
    (
        "The student who wrote about my class won an award.",
        "The student I wrote about won an award for my class.",
    ),
]

FIFTY_THIRD_SAME = [
    (
        "The player my brother was guarding fouled out.",
        "The player who my brother was guarding fouled out.",
    ),
    (
        "The kid my son was dunking started crying.",
        "The kid that my son was dunking started crying.",
    ),
    (
        "The cat that my neighbor adopted attacked mine, what do I do?",
        "The cat my neighbor adopted attacked my cat, what do I do?",
    ),
    (
        "The dog that my cousin rescued bit mine, is he liable?",
        "The dog that my cousin rescued bit my dog, is he liable?",
    ),
    (
        "The coworker who reported my mistake got promoted.",
        "The coworker that reported my mistake got promoted.",
    ),
    (
        "The neighbor I complained about called the police.",
        "The neighbor who I complained about called the police.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_THIRD_SWAPPED)
def test_fifty_third_pass_relative_events_read_the_class(cached: str, incoming: str) -> None:
    # each swap is read by the relative-clause event reader, in both orders
    assert relative_roles_traded(parse(cached), parse(incoming))
    assert relative_roles_traded(parse(incoming), parse(cached))


FIFTY_FOURTH_ROUNDS = [
    (
        "My son's chores were done by his friend for $5.",
        "My son did his friend's chores for $5.",
        0.982,
    ),
    (
        "The neighbor kid I hired to mow my lawn wants a raise.",
        "The neighbor who hired my kid to mow his lawn wants a raise.",
        0.976,
    ),
    (
        "The sibling who was cheated out of allowance wants revenge.",
        "The sibling who cheated the other out of allowance wants revenge.",
        0.976,
    ),
    (
        "The neighbor I think stole my package just joined the watch.",
        "The neighbor who thinks I stole his package just joined the watch.",
        0.959,
    ),
    (
        "Can I get a refund if the shop fixed my phone but it broke again a week later?",
        "Can I get a refund if the shop fixed my phone but I broke it again a week later?",
        0.997,
    ),
]

FIFTY_FOURTH_SWAPPED = [
    # the doer on one side owns the patient on the other, either voice
    (
        "My daughter's homework was done by her tutor for a fee.",
        "My daughter did her tutor's homework for a fee.",
    ),
    (
        "My brother's laundry was washed by his roommate all semester.",
        "My brother washed his roommate's laundry all semester.",
    ),
    (
        "The neighbor girl I paid to walk my dog quit.",
        "The neighbor who paid my girl to walk his dog quit.",
    ),
    (
        "The neighbor boy I tutored in math won a prize.",
        "The neighbor who tutored my boy in math won a prize.",
    ),
    # undergoing it, nobody named, against doing it to another
    (
        "The player who was fouled in the final minute is injured.",
        "The player who fouled the striker in the final minute is injured.",
    ),
    (
        "The coworker who was blamed for the outage quit.",
        "The coworker who blamed the intern for the outage quit.",
    ),
    # the thinker and the doer traded
    (
        "The tenant I think damaged the wall moved out.",
        "The tenant who thinks I damaged his wall moved out.",
    ),
    (
        "The coworker we believe leaked the memo got promoted.",
        "The coworker who believes we leaked the memo got promoted.",
    ),
    # a thing that did it on its own against someone who did it to the thing
    (
        "Is it covered if the heater overheated and it shut down?",
        "Is it covered if the heater overheated and I shut it down?",
    ),
    (
        "Can I return the vase if it cracked in shipping?",
        "Can I return the vase if I cracked it in shipping?",
    ),
]

FIFTY_FOURTH_SAME = [
    (
        "My son's chores were done by his friend for $5.",
        "His friend did my son's chores for $5.",
    ),
    (
        "My daughter's homework was done by her tutor.",
        "Her tutor did my daughter's homework.",
    ),
    (
        "The neighbor kid I hired to mow my lawn wants a raise.",
        "The neighbor kid who I hired to mow my lawn wants a raise.",
    ),
    (
        "The neighbor boy I tutored in math won a prize.",
        "The neighbor boy who I tutored in math won a prize.",
    ),
    (
        "The sibling who was cheated out of allowance wants revenge.",
        "The sibling who got cheated out of allowance wants revenge.",
    ),
    (
        "The player who was fouled in the final minute is injured.",
        "The player who got fouled in the final minute is injured.",
    ),
    (
        "The neighbor I think stole my package just joined the watch.",
        "The neighbor who I think stole my package just joined the watch.",
    ),
    (
        "The tenant I think damaged the wall moved out.",
        "The tenant that I think damaged the wall moved out.",
    ),
    (
        "Can I get a refund if the shop fixed my phone but it broke again a week later?",
        "Can I get a refund if the shop fixed my phone but then it broke again a week later?",
    ),
    (
        "Can I return the vase if it cracked in shipping?",
        "Can I return the vase if it cracked during shipping?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_FOURTH_SWAPPED)
def test_fifty_fourth_pass_readers_read_the_class(cached: str, incoming: str) -> None:
    # each swap is read by one of the pass's three readers, in both orders
    readers = (voiced_owner_traded, thinker_doer_traded, thing_made_done)
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        assert any(reader(x, y) for reader in readers)


# Role pass 54 (blind rounds 155-157).
FIFTY_FIFTH_ROUNDS = [
    (
        "The mom I carpool with is angry at me for benching her daughter.",
        "The mom I carpool with is angry at me because she benched my daughter.",
        0.975,
    ),
    (
        "The lab that my optician blamed for the error is refusing to pay.",
        "The optician who blamed the lab for the error is refusing to pay.",
        0.922,
    ),
    (
        "Which player should the shortstop throw to on a ground ball with a runner on first?",
        "Which player should throw to the shortstop on a ground ball with a runner on first?",
        0.996,
    ),
    (
        "Which of the mates did the captain yell at?",
        "Which of the mates yelled at the captain?",
        0.962,
    ),
]

FIFTY_FIFTH_SWAPPED = [
    # "angry at X for V-ing Y": X did it; "because S V-ed Y": S did it
    (
        "My coworker is furious with me for reporting his mistake.",
        "My coworker is furious with me because he reported my mistake.",
    ),
    (
        "My landlord is upset with me for calling his lawyer.",
        "My landlord is upset with me because he called my lawyer.",
    ),
    (
        "Why is my sister annoyed at me for skipping her party?",
        "Why is my sister annoyed at me because she skipped my party?",
    ),
    # the same relative event, its head the patient on one side and the doer on the other
    (
        "The contractor that my landlord sued for the leak has gone bankrupt.",
        "The landlord who sued the contractor for the leak has gone bankrupt.",
    ),
    (
        "The student that my teacher reported for cheating is appealing.",
        "The teacher who reported the student for cheating is appealing.",
    ),
    # "Which N did X V at?" / "Which N V-ed at X?"
    (
        "Which of the bidders did the auctioneer point at?",
        "Which of the bidders pointed at the auctioneer?",
    ),
    (
        "Which reliever should the catcher signal to with two outs in the ninth?",
        "Which reliever should signal to the catcher with two outs in the ninth?",
    ),
]

FIFTY_FIFTH_SAME = [
    (
        "My coworker is furious with me for reporting his mistake.",
        "My coworker is furious with me because I reported his mistake.",
    ),
    (
        "The mom I carpool with is angry at me for benching her daughter.",
        "The mom I carpool with is angry at me because I benched her daughter.",
    ),
    (
        "The lab that my optician blamed for the error is refusing to pay.",
        "The lab my optician blamed for the error is refusing to pay.",
    ),
    (
        "The teacher who reported the student for cheating is being sued.",
        "The teacher that reported the student for cheating is being sued.",
    ),
    (
        "Which of the mates did the captain yell at?",
        "Which mate did the captain yell at?",
    ),
    (
        "Which of the senators did the reporter talk to?",
        "Which of the senators did the reporter speak to?",
    ),
]


FIFTY_SIXTH_ROUNDS = [
    (
        "The sleepover guest my daughter invited is bossing her around.",
        "My daughter is bossing around the sleepover guest she invited.",
        0.98,
    ),
    (
        "A kid at the sleepover was bitten by our dog.",
        "Our kid at the sleepover was bitten by their dog.",
        0.962,
    ),
    (
        "The kid who my son had a fight with wants to sleep over.",
        "The kid who wants my son to sleep over had a fight with him.",
        0.903,
    ),
]

FIFTY_SIXTH_SWAPPED = [
    # an object relative's head doing a verb to its doer, named back by a pronoun, against
    # that doer doing the verb to the head
    (
        "The tutor that my son hired keeps ignoring him.",
        "My son keeps ignoring the tutor that he hired.",
    ),
    (
        "The nanny my sister found is ordering her around.",
        "My sister is ordering around the nanny she found.",
    ),
    (
        "The contractor I hired is suing me.",
        "I am suing the contractor I hired.",
    ),
    # the same passive, an owner moved between the doer and the one it was done to
    (
        "A runner in the race was tripped by our dog.",
        "Our runner in the race was tripped by their dog.",
    ),
    (
        "A guest at the party was scratched by my cat.",
        "My guest at the party was scratched by their cat.",
    ),
    # a relative's head wanting to V itself against wanting someone to V
    (
        "The coworker who my wife argued with wants to come to dinner.",
        "The coworker who wants my wife to come to dinner argued with her.",
    ),
    (
        "The neighbor that my dad sued wants to move out.",
        "The neighbor that wants my dad to move out sued him.",
    ),
]

FIFTY_SIXTH_SAME = [
    (
        "The sleepover guest my daughter invited is bossing her around.",
        "The sleepover guest my daughter invited keeps bossing her around.",
    ),
    (
        "The tutor that my son hired keeps ignoring him.",
        "The tutor my son hired keeps ignoring him.",
    ),
    (
        "A kid at the sleepover was bitten by our dog.",
        "A kid at the sleepover got bitten by our dog.",
    ),
    (
        "A guest at the party was scratched by my cat.",
        "A guest at the party got scratched by my cat.",
    ),
    (
        "The kid who my son had a fight with wants to sleep over.",
        "The kid my son had a fight with wants to sleep over.",
    ),
    (
        "The neighbor that my dad sued wants to move out.",
        "The neighbor who my dad sued wants to move out.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_FIFTH_SWAPPED)
def test_fifty_fifth_pass_swaps_are_read_by_role_swap(cached: str, incoming: str) -> None:
    # each swap is read by the pass's relative trade or through one of its two readings
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        assert roles.role_swap(x, y)
        said = blamed_gerund_said(x, y) or which_said_who(x, y)
        assert relative_roles_traded(x, y) or (said is not None and roles.role_swap(*said))


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_SIXTH_SWAPPED)
def test_fifty_sixth_pass_readers_read_the_class(cached: str, incoming: str) -> None:
    # each swap is read by one of the pass's three readers, in both orders
    readers = (relative_doer_named_back, passive_owner_moved, relative_head_wanted)
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        assert any(reader(x, y) for reader in readers)


FIFTY_SEVENTH_ROUNDS = [
    (
        "The tailor I was sent to by the shop ruined my sleeves. Is the shop liable?",
        "The tailor who sent me to the shop ruined my sleeves. Is the shop liable?",
        0.993,
    ),
    (
        "The guy who bought my old bike says I lied about the frame.",
        "The guy I bought my old bike from says I lied about the frame.",
        0.993,
    ),
    (
        "The restaurant that my wine was stolen from won't pay me.",
        "The restaurant that stole my wine won't pay me.",
        0.973,
    ),
    (
        "Which groomsman should hand the groom his jacket before the ceremony?",
        "Which groomsman should the groom hand his jacket to before the ceremony?",
        0.995,
    ),
    (
        "Why is the mail my old roommate gets still coming to me?",
        "Why is the mail I get still going to my old roommate?",
        0.919,
    ),
]

FIFTY_SEVENTH_SWAPPED = [
    # a relative's head the doer of its verb against the object of the verb's stranded
    # preposition, someone else or nobody named doing it
    (
        "The agent who sold my house won't return my calls.",
        "The agent I sold my house to won't return my calls.",
    ),
    (
        "The neighbor who borrowed my ladder says it was already broken.",
        "The neighbor I borrowed my ladder from says it was already broken.",
    ),
    (
        "The hotel that my luggage was stolen from refuses to help.",
        "The hotel that stole my luggage refuses to help.",
    ),
    (
        "The shelter my dog was adopted from keeps emailing me.",
        "The shelter that adopted my dog keeps emailing me.",
    ),
    (
        "The specialist my son was referred to by his pediatrician is booked for months.",
        "The specialist who referred my son to his pediatrician is booked for months.",
    ),
    (
        "The clinic I was sent to by my insurer billed me twice.",
        "The clinic that sent me to my insurer billed me twice.",
    ),
    # a double object against the same verb and theme with a stranded "to"
    (
        "Which nurse should give the patient her pills tonight?",
        "Which nurse should the patient give her pills to tonight?",
    ),
    (
        "Which coach should pass the captain the ball first?",
        "Which coach should the captain pass the ball to first?",
    ),
    # "coming to X" / "going to Y" with the two people traded
    (
        "Why are the packages my neighbor orders coming to my house?",
        "Why are the packages I order going to my neighbor's house?",
    ),
    (
        "Why do the bills my ex pays keep coming to me?",
        "Why do the bills I pay keep going to my ex?",
    ),
]

FIFTY_SEVENTH_SAME = [
    (
        "The guy I bought my old bike from says I lied about the frame.",
        "The guy who I bought my old bike from says I lied about the frame.",
    ),
    (
        "The agent I sold my house to won't return my calls.",
        "The agent that I sold my house to won't return my calls.",
    ),
    (
        "The tailor I was sent to by the shop ruined my sleeves.",
        "The tailor the shop sent me to ruined my sleeves.",
    ),
    (
        "The specialist my son was referred to by his pediatrician is booked for months.",
        "The specialist his pediatrician referred my son to is booked for months.",
    ),
    (
        "The store my card was declined at won't refund me.",
        "The store that declined my card won't refund me.",
    ),
    (
        "The shelter my dog was adopted from keeps emailing me.",
        "The shelter that my dog was adopted from keeps emailing me.",
    ),
    (
        "Which groomsman should hand the groom his jacket before the ceremony?",
        "Which groomsman should hand his jacket to the groom before the ceremony?",
    ),
    (
        "Which usher should hand the pastor his notes before the service?",
        "Which usher should hand his notes to the pastor before the service?",
    ),
    (
        "Why is the mail my old roommate gets still coming to me?",
        "Why is the mail my old roommate gets still going to me?",
    ),
    (
        "Why do the bills my ex pays keep coming to me?",
        "Why do the bills my ex pays keep going to me?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_SEVENTH_SWAPPED)
def test_fifty_seventh_pass_readers_read_the_class(cached: str, incoming: str) -> None:
    # each swap is read by the pass's relative trade or through one of its two readings
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        said = dative_said_to(x, y) or come_said_go(x, y)
        assert head_source_traded(x, y) or (said is not None and roles.role_swap(*said))


# Role pass 57 (rounds 158-160, measured out of sample on e33b5d1): five role swaps served.
FIFTY_EIGHTH_ROUNDS = [
    (
        "I returned a package to the seller, but the seller says it came back empty. What do I do?",
        "The seller returned a package to me, but it came back empty. What do I do?",
        0.98,
    ),
    (
        "I crashed into a cyclist who ran a red light. Am I at fault?",
        "A cyclist crashed into me after I ran a red light. Am I at fault?",
        0.982,
    ),
    (
        "My teen is letting her friend use her license to rent a car.",
        "My teen is using her friend's license to rent a car.",
        0.98,
    ),
    (
        "The groomsmen ordered their tuxes through the groom's account; who gets the bill?",
        "The groom ordered his tux through a groomsman's account; who gets the bill?",
        0.952,
    ),
    (
        "Can I be charged for mail fraud if someone uses my name to ship stolen goods?",
        "Can someone be charged for mail fraud if I use his name to ship stolen goods?",
        0.976,
    ),
]

FIFTY_EIGHTH_SWAPPED = [
    # who uses whose thing: "X lets Y V her N" / "X V-s Y's N"
    (
        "My roommate lets her boyfriend drive her car to work.",
        "My roommate drives her boyfriend's car to work.",
    ),
    (
        "My dad is allowing his neighbor to use his driveway for parking.",
        "My dad is using his neighbor's driveway for parking.",
    ),
    # the second event's doer traded through a "who" clause and an "after / when" clause
    (
        "I bumped into a skater who cut across the rink. Is it my fault?",
        "A skater bumped into me after I cut across the rink. Is it my fault?",
    ),
    (
        "I hit a jogger who stepped off the curb. Am I liable?",
        "A jogger hit me after I stepped off the curb. Am I liable?",
    ),
    # a report said on one side only ("but the N says it ...")
    (
        "I lent my drill to the neighbor, but the neighbor says it came back broken.",
        "The neighbor lent his drill to me, but it came back broken.",
    ),
    (
        "I sent a refund to the buyer, but the buyer says it never arrived. What now?",
        "The buyer sent a refund to me, but it never arrived. What now?",
    ),
    # a "-men" plural against its singular's owner
    (
        "The policemen filed their reports through the sergeant's login.",
        "The sergeant filed his report through a policeman's login.",
    ),
    (
        "The repairmen billed their hours through the landlord's account.",
        "The landlord billed his hours through a repairman's account.",
    ),
    # the asker and someone traded across a long predicate and an "if" clause
    (
        "Could I be fined for wire fraud if someone uses my account to move stolen money?",
        "Could someone be fined for wire fraud if I use his account to move stolen money?",
    ),
    (
        "Can I be charged for tax evasion if my accountant files my returns late?",
        "Can my accountant be charged for tax evasion if I file his returns late?",
    ),
]

FIFTY_EIGHTH_SAME = [
    ("My brother lets me use his car for work.", "I use my brother's car for work."),
    (
        "Is there a tool to check my son's grades?",
        "Is there a tool that lets me check my son's grades?",
    ),
    (
        "My teen is letting her friend use her license to rent a car.",
        "My teen lets her friend use her license to rent a car.",
    ),
    (
        "I crashed into a cyclist who ran a red light. Am I at fault?",
        "I crashed into a cyclist after he ran a red light. Am I at fault?",
    ),
    (
        "I bumped into a skater who cut across the rink. Is it my fault?",
        "I bumped into a skater when she cut across the rink. Is it my fault?",
    ),
    (
        "I returned a package to the seller, but the seller says it came back empty.",
        "I returned a package to the seller, but he says it came back empty.",
    ),
    (
        "I lent my drill to the neighbor, but the neighbor says it came back broken.",
        "I lent my drill to the neighbor, but it came back broken.",
    ),
    (
        "The groomsmen ordered their tuxes through the groom's account; who gets the bill?",
        "Each groomsman ordered his tux through the groom's account; who gets the bill?",
    ),
    (
        "The policemen filed their reports through the sergeant's login.",
        "Each policeman filed his report through the sergeant's login.",
    ),
    (
        "Can I be charged for mail fraud if someone uses my name to ship stolen goods?",
        "Can I be charged with mail fraud if someone uses my name to ship stolen goods?",
    ),
    (
        "Could I be fined for wire fraud if someone uses my account to move stolen money?",
        "Could I be fined for wire fraud if somebody uses my account to move stolen money?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), FIFTY_EIGHTH_SWAPPED[:2])
def test_fifty_eighth_pass_reads_who_uses_whose_thing(cached: str, incoming: str) -> None:
    for x, y in ((parse(cached), parse(incoming)), (parse(incoming), parse(cached))):
        assert let_user_traded(x, y)


def test_fifty_eighth_pass_readings_leave_what_is_not_traded() -> None:
    # the readings change only the clause, the report or the plural they are about
    said = relative_said_clause(*map(parse, FIFTY_EIGHTH_SWAPPED[2]))
    assert said is not None and "skater" in said[0].words and "cut" not in said[1].words
    plural = plural_owner_said(*map(parse, FIFTY_EIGHTH_SWAPPED[6]))
    assert plural is not None and "policeman" in plural[0].words
    assert plural_owner_said(parse("The firemen came."), parse("The chief came.")) is None


FIFTY_NINTH_ROUNDS = [
    (
        "I accidentally paid the meter for the car parked behind me. Can I get a refund?",
        "The car parked behind me accidentally paid my meter. Can I get a refund?",
        0.985,
    ),
    (
        "During last night's match the other team's middle blocker kept taunting my daughter"
        " under the net, and the ref carded my daughter. Can we appeal?",
        "During last night's match my daughter kept taunting the other team's middle blocker"
        " under the net, and the ref carded the blocker. Can we appeal?",
        0.972,
    ),
    (
        "Should I report the delivery company my neighbor complained about?",
        "Should I report the neighbor who complained about the delivery company?",
        0.986,
    ),
]

FIFTY_NINTH_SWAPPED = [
    # "I V-ed the N for X" / "X V-ed my N": the doer and the one it was done for traded
    (
        "I shoveled the driveway for the couple living next to me. Should they pay me?",
        "The couple living next to me shoveled my driveway. Should they pay me?",
    ),
    (
        "We cleaned the grill for the group camping beside us. Do they owe us?",
        "The group camping beside us cleaned our grill. Do they owe us?",
    ),
    # a joined clause's object follows the trade before it
    (
        "At recess the new third grade teacher kept yelling at my son, and the principal called"
        " my son in. Is that fair?",
        "At recess my son kept yelling at the new third grade teacher, and the principal called"
        " the teacher in. Is that fair?",
    ),
    (
        "On Sunday our downstairs neighbor's teenage son kept insulting my husband, and the"
        " landlord warned my husband. What now?",
        "On Sunday my husband kept insulting our downstairs neighbor's teenage son, and the"
        " landlord warned the son. What now?",
    ),
    # the same relative event, a stranded preposition, another head
    (
        "Should we fire the contractor our architect yelled at?",
        "Should we fire the architect who yelled at the contractor?",
    ),
    (
        "I want to sue the clinic that my insurer complained about.",
        "I want to sue the insurer who complained about the clinic.",
    ),
]

FIFTY_NINTH_SAME = [
    (
        "The car parked behind me accidentally paid my meter. Can I get a refund?",
        "The car parked behind me accidentally paid the meter for me. Can I get a refund?",
    ),
    (
        "The family sitting near me booked my table. Is that weird?",
        "The family sitting near me booked the table for me. Is that weird?",
    ),
    (
        "During last night's match the other team's middle blocker kept taunting my daughter"
        " under the net, and the ref carded my daughter. Can we appeal?",
        "During last night's match the other team's middle blocker kept taunting my daughter"
        " under the net, and the ref gave my daughter a card. Can we appeal?",
    ),
    (
        "On Sunday our downstairs neighbor's teenage son kept insulting my husband, and the"
        " landlord warned my husband. What now?",
        "On Sunday our downstairs neighbor's teenage son kept insulting my husband, and the"
        " landlord warned him. What now?",
    ),
    (
        "Should I report the delivery company my neighbor complained about?",
        "Should I report the delivery company that my neighbor complained about?",
    ),
    (
        "Can I evict the roommate who argued with the landlord?",
        "Can I evict the roommate that argued with the landlord?",
    ),
]


def test_fifty_ninth_pass_readings_change_only_what_they_read() -> None:
    # "my N" said "the N for me" only where the other side says "the N for"; the joined
    # clause left out only where its object is someone its own first clause names
    said = mine_said_for_me(*map(parse, FIFTY_NINTH_SAME[0]))
    assert said is not None and said[0].words == said[1].words
    assert mine_said_for_me(parse("X paid my meter."), parse("I paid the fine for X.")) is None
    dropped = followed_clause_dropped(*map(parse, FIFTY_NINTH_SWAPPED[3]))
    assert dropped is not None and "landlord" not in dropped[0].words + dropped[1].words
    kept = (
        "My son kept yelling at the teacher, and the principal called my son in.",
        "The teacher kept yelling at my son, and the principal called the janitor in.",
    )
    assert followed_clause_dropped(*map(parse, kept)) is None


SIXTIETH_ROUNDS = [
    (
        "Can I take my feverish daughter to her brother's birthday party?",
        "Can I take my daughter to her feverish brother's birthday party?",
        0.988,
    ),
    (
        "Can my son, who has a fever, visit his grandpa who is on chemo?",
        "Can my son visit his grandpa, who has a fever and is on chemo?",
        0.991,
    ),
    (
        "Can my son's babysitter watch him if she has a fever?",
        "Can my son's babysitter watch him if he has a fever?",
        0.976,
    ),
    (
        "My kids broke the window in the rental we're staying in. Does the owner's insurance"
        " cover it?",
        "The owner's kids broke the window in the rental we're staying in. Does the owner's"
        " insurance cover it?",
        0.99,
    ),
]

SIXTIETH_SWAPPED = [
    # one modifier moved from one person to another
    (
        "Should my diabetic dad share dessert with his brother?",
        "Should my dad share dessert with his diabetic brother?",
    ),
    (
        "Can my pregnant coworker sit next to her smoking boss?",
        "Can my coworker sit next to her pregnant smoking boss?",
    ),
    # a relative clause's state said of another head
    (
        "Can my daughter, who has the flu, see her aunt who is pregnant?",
        "Can my daughter see her aunt, who has the flu and is pregnant?",
    ),
    (
        "Should my dad, who smokes, share a room with my uncle who has asthma?",
        "Should my dad share a room with my uncle, who smokes and has asthma?",
    ),
    # "he" / "she" in a clause: the other gender is someone else named
    (
        "Can my daughter's tutor teach her if he has a cold?",
        "Can my daughter's tutor teach her if she has a cold?",
    ),
    (
        "Should my husband's coworker drive him home if she is drunk?",
        "Should my husband's coworker drive him home if he is drunk?",
    ),
    # "my N" / "X's N", X named elsewhere on both sides
    (
        "My guests spilled wine on the couch at the Airbnb. Will the host's deposit cover it?",
        "The host's guests spilled wine on the couch at the Airbnb. Will the host's deposit"
        " cover it?",
    ),
    (
        "My dog chewed through the fence at the kennel. Is the kennel's insurance liable?",
        "The kennel's dog chewed through the fence at the kennel. Is the kennel's insurance"
        " liable?",
    ),
]

SIXTIETH_SAME = [
    (
        "Can I take my feverish daughter to her brother's birthday party?",
        "Is it ok to take my feverish daughter to her brother's birthday party?",
    ),
    (
        "Should my diabetic dad share dessert with his brother?",
        "Should my diabetic father share dessert with his brother?",
    ),
    (
        "Can my son, who has a fever, visit his grandpa who is on chemo?",
        "Can my son who has a fever visit his grandpa who is on chemo?",
    ),
    (
        "Can my son visit his grandpa, who has a fever and is on chemo?",
        "Can my son visit his grandpa who has a fever and is on chemo?",
    ),
    (
        "Can my son's babysitter watch him if she has a fever?",
        "Can my son's babysitter still watch him if she has a fever?",
    ),
    (
        "My boss yelled at me because he was stressed. What do I do?",
        "My boss yelled at me because she was stressed. What do I do?",
    ),
    (
        "My kids broke the window in the rental we're staying in. Does the owner's insurance"
        " cover it?",
        "My kids broke the window in the rental we are staying in. Does the owner's insurance"
        " cover it?",
    ),
    (
        "My dog chewed through the fence at the kennel. Is the kennel's insurance liable?",
        "My dog chewed through the fence at the kennel; is the kennel's insurance liable?",
    ),
]


SIXTY_FIRST_ROUNDS = [
    (
        "How can the girl my son is partnered with stop stepping on his feet?",
        "How can my son stop stepping on the feet of the girl he's partnered with?",
        0.948,
    ),
    (
        "Why did the referee DQ the runner who was pushed rather than the one who pushed?",
        "Why did the referee DQ the runner who pushed rather than the one who was pushed?",
        0.999,
    ),
    (
        "In the hurdles my son fell and then tripped the boy behind him. Does my son get a re-run?",
        "In the hurdles the boy behind my son fell and then tripped him. Does my son get a re-run?",
        0.997,
    ),
]

SIXTY_FIRST_SWAPPED = [
    # "his N" for the relative's doer against "the N of the one he V-s with": whose N it is
    (
        "How do I get the coworker my wife carpools with to stop borrowing her phone?",
        "How do I get my wife to stop borrowing the phone of the coworker she carpools with?",
    ),
    (
        "Why can the roommate my daughter lives with keep eating her food?",
        "Why can my daughter keep eating the food of the roommate she lives with?",
    ),
    # two relative clauses traded across "instead of / rather than"
    (
        "Should the school suspend the student who was bullied instead of the one who bullied?",
        "Should the school suspend the student who bullied instead of the one who was bullied?",
    ),
    (
        "Why did the shelter adopt out the dog that bit rather than the one that was bitten?",
        "Why did the shelter adopt out the dog that was bitten rather than the one that bit?",
    ),
    # "X V-ed and then V2-ed Y" / "Y V-ed and then V2-ed X"
    (
        "At practice my daughter slipped and then kicked the girl next to her. Is she in trouble?",
        "At practice the girl next to my daughter slipped and then kicked her. Is she in trouble?",
    ),
    (
        "On the ice my husband stumbled and then hit the player behind him. Will he get a penalty?",
        "On the ice the player behind my husband stumbled and then hit him. Will he get a penalty?",
    ),
]

SIXTY_FIRST_SAME = [
    (
        "How do I get the coworker my wife carpools with to stop borrowing her phone?",
        "How do I get the coworker that my wife carpools with to stop borrowing her phone?",
    ),
    (
        "Why can my daughter keep eating the food of the roommate she lives with?",
        "Why does my daughter keep eating the food of the roommate she lives with?",
    ),
    (
        "Why did the referee DQ the runner who was pushed rather than the one who pushed?",
        "Why did the referee DQ the runner who was pushed instead of the one who pushed?",
    ),
    (
        "Should the school suspend the student who was bullied instead of the one who bullied?",
        "Should the school suspend the student who was bullied rather than the one who bullied?",
    ),
    (
        "In the hurdles my son fell and then tripped the boy behind him. Does my son get a re-run?",
        "In the hurdles my son fell and tripped the boy behind him. Does my son get a re-run?",
    ),
    (
        "At practice my daughter slipped and then kicked the girl next to her. Is she in trouble?",
        "At practice my daughter slipped and kicked the girl next to her. Is she in trouble?",
    ),
]


SIXTY_SECOND_ROUNDS = [
    (
        "The new kid the director sat next to my son keeps talking during rehearsal.",
        "The new kid sat next to the director, and my son keeps talking during rehearsal.",
        0.977,
    ),
    (
        "A driver hit our tour van and fled. Who pays our medical costs?",
        "Our tour van driver hit a car and fled. Who pays our medical costs?",
        0.983,
    ),
    (
        "I was robbed by a fake taxi driver in Lima. How do I claim?",
        "A fake taxi driver in Lima robbed my friend while I waited. How do I claim?",
        0.949,
    ),
]

SIXTY_SECOND_SWAPPED = [
    # "the N the M V-ed next to Y" (M did it to the N) / "the N V-ed next to the M, and Y ..."
    (
        "The intern the manager moved next to my daughter keeps whispering in meetings.",
        "The intern moved next to the manager, and my daughter keeps whispering in meetings.",
    ),
    (
        "The puppy the trainer walked past my dog keeps barking at night.",
        "The puppy walked past the trainer, and my dog keeps barking at night.",
    ),
    # "an N V-ed our M" / "our M N V-ed a Z": the compound makes our side the doer
    (
        "A driver sideswiped my delivery van and kept going. Can I sue?",
        "My delivery van driver sideswiped a car and kept going. Can I sue?",
    ),
    (
        "A pilot clipped our tour helicopter on the pad. Who is at fault?",
        "Our tour helicopter pilot clipped a drone on the pad. Who is at fault?",
    ),
    # "I was V-ed by X" / "X V-ed my N while I ...", and "my N was V-ed by X" / "X V-ed me"
    (
        "I was bitten by a neighbor's dog at the park. Who pays the vet?",
        "A neighbor's dog bit my son at the park while I watched. Who pays the vet?",
    ),
    (
        "I got scammed by a fake landlord on Craigslist. Can I get the deposit back?",
        "A fake landlord on Craigslist scammed my sister while I was abroad. Can I get the "
        "deposit back?",
    ),
    (
        "My daughter was pushed by a classmate at recess. Should I call the school?",
        "A classmate pushed me at recess while my daughter watched. Should I call the school?",
    ),
]

SIXTY_SECOND_SAME = [
    (
        "The new kid the director sat next to my son keeps talking during rehearsal.",
        "The new kid that the director sat next to my son keeps talking during rehearsal.",
    ),
    (
        "The intern the manager moved next to my daughter keeps whispering in meetings.",
        "The intern whom the manager moved next to my daughter keeps whispering in meetings.",
    ),
    (
        "Our tour van driver hit a car and fled. Who pays our medical costs?",
        "The driver of our tour van hit a car and fled. Who pays our medical costs?",
    ),
    (
        "A driver sideswiped my delivery van and kept going. Can I sue?",
        "Some driver sideswiped my delivery van and kept going. Can I sue?",
    ),
    (
        "I was robbed by a fake taxi driver in Lima. How do I claim?",
        "A fake taxi driver in Lima robbed me. How do I claim?",
    ),
    (
        "I got scammed by a fake landlord on Craigslist. Can I get the deposit back?",
        "A fake landlord on Craigslist scammed me. Can I get the deposit back?",
    ),
    (
        "My son was bitten by a neighbor's dog at the park. Who pays?",
        "A neighbor's dog bit my son at the park. Who pays?",
    ),
]


SIXTY_THIRD_ROUNDS = [
    (
        "Who should the passport be mailed to if my kid is at college?",
        "Who should mail the passport to my kid at college?",
        0.965,
    ),
    (
        "The team captain was chosen by the squad. Is that fair to the coach?",
        "The team captain chose the squad. Is that fair to the coach?",
        0.965,
    ),
    (
        "The arborist I referred to my sister overcharged her.",
        "The arborist who referred my sister to me overcharged her.",
        0.969,
    ),
    (
        "Why did the scoreboard credit Sam with my tag on Lisa?",
        "Why did the scoreboard credit me with Sam's tag on Lisa?",
        0.982,
    ),
]

SIXTY_THIRD_SWAPPED = [
    # "Who AUX T (be) V-ed to / for?" asks the receiver, "Who (AUX) V T ...?" the sender
    (
        "Who was the refund sent to after the flight was cancelled?",
        "Who sent the refund after the flight was cancelled?",
    ),
    (
        "Who was the birthday cake baked for at the office party?",
        "Who baked the birthday cake for the office party?",
    ),
    # a strong verb's passive with its doer against the active, the roles traded
    (
        "The class president was chosen by the seniors this year.",
        "The class president chose the seniors this year.",
    ),
    (
        "The new intern was forgotten by the manager at the airport.",
        "The new intern forgot the manager at the airport.",
    ),
    (
        "The street artist was drawn by the art student at the fair.",
        "The street artist drew the art student at the fair.",
    ),
    # "the N S V-ed to Y" (the N moved) / "the N who V-ed Y to S" (the N the sender)
    (
        "The tutor we introduced to our neighbors quit last week.",
        "The tutor who introduced our neighbors to us quit last week.",
    ),
    (
        "The plumber my landlord recommended to my cousin flooded the basement.",
        "The plumber who recommended my cousin to my landlord flooded the basement.",
    ),
    # "V X with / for Y's N" / "V Y with / for X's N"
    (
        "Why did the coach thank Maria for my help at the fundraiser?",
        "Why did the coach thank me for Maria's help at the fundraiser?",
    ),
    (
        "The teacher credited my brother with my sister's essay.",
        "The teacher credited my sister with my brother's essay.",
    ),
]

SIXTY_THIRD_SAME = [
    (
        "Who was the refund sent to after the flight was cancelled?",
        "Who got the refund after the flight was cancelled?",
    ),
    (
        "Who should the rent checks be paid to while my landlord is abroad?",
        "Who should the rent checks go to while my landlord is abroad?",
    ),
    (
        "Who was the birthday cake baked for at the office party?",
        "Who was the birthday cake made for at the office party?",
    ),
    (
        "The team captain was chosen by the squad. Is that fair to the coach?",
        "The squad chose the team captain. Is that fair to the coach?",
    ),
    (
        "The new goalie was beaten by the striker in the shootout. Was it a foul?",
        "The striker beat the new goalie in the shootout. Was it a foul?",
    ),
    (
        "The arborist I referred to my sister overcharged her.",
        "The arborist that I referred to my sister overcharged her.",
    ),
    (
        "The tutor we introduced to our neighbors quit last week.",
        "The tutor whom we introduced to our neighbors quit last week.",
    ),
    (
        "Why did the scoreboard credit Sam with my tag on Lisa?",
        "Why did the scoreboard give Sam credit for my tag on Lisa?",
    ),
    (
        "Why did the coach thank Maria for my help at the fundraiser?",
        "Why did the coach thank Maria for my assistance at the fundraiser?",
    ),
]


SIXTY_FOURTH_ROUNDS = [
    (
        "Our au pair is afraid of the children she was assigned to.",
        "The children assigned to our au pair are afraid of her.",
        0.952,
    ),
    (
        "My roommate who lit the fireworks blamed me for the burn mark.",
        "I lit the fireworks and blamed my roommate for the burn mark.",
        0.975,
    ),
    (
        "My son's friend was injured by fireworks at our house; are we liable?",
        "My son was injured by his friend's fireworks at our house; are they liable?",
        0.980,
    ),
]

SIXTY_FOURTH_SWAPPED = [
    # "D X PRED the N S V-ed P" / "the N V-ed P D X PRED PRON": the predicate's subject traded
    (
        "My tutor is annoyed by the students he was paired with.",
        "The students paired with my tutor are annoyed by him.",
    ),
    (
        "Our new nurse is rude to the patients she was assigned to.",
        "The patients assigned to our new nurse are rude to her.",
    ),
    (
        "My brother resents the coworkers he was teamed with on the project.",
        "The coworkers teamed with my brother resent him on the project.",
    ),
    # "D X who V1 O V2 me" / "I V1 O and V2 D X": both events' doer traded
    (
        "The neighbor who called the police accused us of trespassing.",
        "We called the police and accused the neighbor of trespassing.",
    ),
    (
        "My coworker who broke the printer blamed me for the paper jam.",
        "I broke the printer and blamed my coworker for the paper jam.",
    ),
    # "D A's B was V-ed by N" / "D A was V-ed by his B's N": the one hurt and the owner traded
    (
        "My daughter's classmate was bitten by a dog at our party.",
        "My daughter was bitten by her classmate's dog at our party.",
    ),
    (
        "My husband's coworker got hit by a golf ball at our barbecue.",
        "My husband got hit by his coworker's golf ball at our barbecue.",
    ),
]

SIXTY_FOURTH_SAME = [
    (
        "Our au pair is afraid of the children she was assigned to.",
        "Our au pair is afraid of the kids she was assigned to.",
    ),
    (
        "The children assigned to our au pair are afraid of her.",
        "The children that were assigned to our au pair are afraid of her.",
    ),
    (
        "My tutor gets along with the students he was paired with.",
        "The students paired with my tutor get along with him.",
    ),
    (
        "The judge my son argued with gave him a low score.",
        "The judge who argued with my son gave him a low score.",
    ),
    (
        "My roommate who lit the fireworks blamed me for the burn mark.",
        "My roommate lit the fireworks and blamed me for the burn mark.",
    ),
    (
        "The neighbor who called the police accused us of trespassing.",
        "The neighbor called the police and then accused us of trespassing.",
    ),
    (
        "My daughter's classmate was bitten by a dog at our party.",
        "My daughter's classmate got bitten by a dog at our party.",
    ),
    (
        "My husband got hit by his coworker's golf ball at our barbecue.",
        "My husband was hit by his coworker's golf ball at our barbecue.",
    ),
]


SIXTY_FIFTH_ROUNDS = [
    (
        "What bird is that crow being chased by?",
        "What bird is that crow chasing?",
        0.982,
    ),
    (
        "Are great horned owls preyed on by red-tailed hawks?",
        "Do great horned owls prey on red-tailed hawks?",
        0.989,
    ),
    (
        "The sleep clinic I was referred to is out of network.",
        "The sleep clinic I was referred by is out of network.",
        0.998,
    ),
    (
        "My co-signer backed out right before our notary appointment. What happens now?",
        "I backed out as the co-signer right before our notary appointment. What happens now?",
        0.966,
    ),
]

SIXTY_FIFTH_SWAPPED = [
    # "S (aux) V-ed (P) by Y" / "S (aux) V (P) Y": the same subject undergoing and doing the verb
    ("Who was the quarterback sacked by?", "Who did the quarterback sack?"),
    ("What is that cat being stalked by?", "What is that cat stalking?"),
    ("Is my sister looked down on by her in-laws?", "Does my sister look down on her in-laws?"),
    (
        "Was the new intern laughed at by the senior engineers?",
        "Did the new intern laugh at the senior engineers?",
    ),
    # a stranded "to" / "by", "to" / "from", "for" / "by" traded: the goal against the doer
    (
        "The recruiter I was introduced to works at Google now.",
        "The recruiter I was introduced by works at Google now.",
    ),
    (
        "The tenant I'm subletting to wants to stay another year.",
        "The tenant I'm subletting from wants to stay another year.",
    ),
    (
        "The staffing agency I was hired for is not paying me.",
        "The staffing agency I was hired by is not paying me.",
    ),
    # "my N V ..." / "I V as the N ...": the party's act made the asker's
    (
        "My landlord raised the rent right after the inspection.",
        "I raised the rent as the landlord right after the inspection.",
    ),
    (
        "My executor sold the house before probate closed.",
        "I sold the house as the executor before probate closed.",
    ),
]

SIXTY_FIFTH_SAME = [
    ("What bird is that crow being chased by?", "What bird is chasing that crow?"),
    ("Who was the quarterback sacked by?", "Who sacked the quarterback?"),
    (
        "Are great horned owls preyed on by red-tailed hawks?",
        "Do red-tailed hawks prey on great horned owls?",
    ),
    (
        "The sleep clinic I was referred to is out of network.",
        "The sleep clinic they referred me to is out of network.",
    ),
    ("The person I was talking to left early.", "The person I was talking with left early."),
    (
        "My co-signer backed out right before our notary appointment.",
        "The co-signer backed out right before our notary appointment.",
    ),
    (
        "I backed out as the co-signer right before our notary appointment.",
        "I backed out as co-signer right before our notary appointment.",
    ),
]


SIXTY_SIXTH_ROUNDS = [
    (
        "I got fired for complaining about my coworker's drinking on the job. Can I get"
        " unemployment?",
        "I got fired after my coworker complained about my drinking on the job. Can I get"
        " unemployment?",
        0.984,
    ),
    (
        "Can my landlord evict me for calling the police on my neighbor?",
        "Can my landlord evict me because my neighbor called the police on me?",
        0.977,
    ),
    (
        "How do I get my daughter to apologize after she photoshopped her friend out of the"
        " group picture?",
        "How do I get my daughter's friend to apologize after she photoshopped my daughter out"
        " of the group picture?",
        0.985,
    ),
    (
        "My son's allergy to our friend's horse got worse after he rode it.",
        "Our friend's son's allergy to our horse got worse after he rode it.",
        0.981,
    ),
]

SIXTY_SIXTH_SWAPPED = [
    # "... P for V-ing R" / "... after / because X V-ed R'": the gerund's doer is the party P
    (
        "Can my school suspend me for reporting my teacher to the principal?",
        "Can my school suspend me because my teacher reported me to the principal?",
    ),
    (
        "I got written up for yelling at my manager in the break room.",
        "I got written up after my manager yelled at me in the break room.",
    ),
    (
        "Can my HOA fine me for photographing my neighbor's car?",
        "Can my HOA fine me because my neighbor photographed my car?",
    ),
    # "get X to V after she V-ed her Y" / "get X's Y to V after she V-ed X": she is the one asked
    (
        "How do I get my son to apologize after he pushed his cousin off the trampoline?",
        "How do I get my son's cousin to apologize after he pushed my son off the trampoline?",
    ),
    (
        "How can I get my wife to forgive me after she read her sister's diary?",
        "How can I get my wife's sister to forgive me after she read my wife's diary?",
    ),
    # "my N's A to our F's M" / "our F's N's A to our M": the two nouns' owners crossed
    (
        "My daughter's fear of our neighbor's dog got worse after it barked.",
        "Our neighbor's daughter's fear of our dog got worse after it barked.",
    ),
    (
        "My wife's review of our friend's restaurant went viral.",
        "Our friend's wife's review of our restaurant went viral.",
    ),
]

SIXTY_SIXTH_SAME = [
    (
        "I got fired for complaining about my coworker's drinking on the job.",
        "I got fired because I complained about my coworker's drinking on the job.",
    ),
    (
        "Can my landlord evict me for calling the police on my neighbor?",
        "Can my landlord evict me because I called the police on my neighbor?",
    ),
    (
        "Can my school suspend me for reporting my teacher to the principal?",
        "Can my school suspend me after I reported my teacher to the principal?",
    ),
    (
        "Can the school suspend my son for hitting his classmate?",
        "Can the school suspend my son because he hit his classmate?",
    ),
    (
        "Is my boss allowed to cut my hours for complaining about harassment?",
        "Is my boss allowed to cut my hours because I complained about harassment?",
    ),
    (
        "How do I get my daughter to apologize after she photoshopped her friend out of the"
        " group picture?",
        "How can I get my daughter to apologize after she photoshopped her friend out of the"
        " group picture?",
    ),
    (
        "How do I get my son to apologize after he pushed his cousin off the trampoline?",
        "How do I get my son to apologize after he pushed his cousin off of the trampoline?",
    ),
    (
        "My wife's review of our friend's restaurant went viral.",
        "My wife's review of our friend's restaurant has gone viral.",
    ),
    (
        "My daughter's fear of our neighbor's dog got worse after it barked.",
        "My daughter's fear of the neighbor's dog got worse after it barked.",
    ),
]


def _read_as_traded(reader: Callable[[Parsed, Parsed], object], x: Parsed, y: Parsed) -> bool:
    said = reader(x, y)
    if isinstance(said, tuple):
        return roles.role_swap(*said)
    return bool(said)


SIXTY_SEVENTH_ROUNDS = [
    (
        "The surfer who the shark bit was rescued by a paddleboarder.",
        "The paddleboarder who the shark bit rescued a surfer.",
        0.975,
    ),
    (
        "I'm the patient my surgeon forgot to call back.",
        "I'm the patient who forgot to call back my surgeon.",
        0.968,
    ),
]

SIXTY_SEVENTH_SWAPPED = [
    # "the N who X V-ed" put on the other participant: who underwent it changed
    (
        "The hiker who the bear chased was helped by a ranger.",
        "The ranger who the bear chased helped a hiker.",
    ),
    (
        "The tenant who the landlord sued was represented by a lawyer.",
        "The lawyer who the landlord sued represented a tenant.",
    ),
    (
        "The puppy that the coyote attacked was saved by a neighbor.",
        "The neighbor that the coyote attacked saved a puppy.",
    ),
    # a contact relative: refused by role_swap's other readers, not by this one alone
    (
        "The cyclist the truck hit was treated by a nurse.",
        "The nurse the truck hit treated a cyclist.",
    ),
    # "the N X forgot to V (particle)" / "the N who forgot to V (particle) X"
    (
        "He's the kid my neighbor forgot to pick up.",
        "He's the kid who forgot to pick up my neighbor.",
    ),
    (
        "I'm the tenant my landlord refused to check on.",
        "I'm the tenant who refused to check on my landlord.",
    ),
    (
        "That's the driver my dad tried to drop off.",
        "That's the driver who tried to drop off my dad.",
    ),
]

SIXTY_SEVENTH_SAME = [
    (
        "The surfer who the shark bit was rescued by a paddleboarder.",
        "A paddleboarder rescued the surfer who the shark bit.",
    ),
    (
        "The hiker who the bear chased was helped by a ranger.",
        "The hiker that the bear chased was helped by a ranger.",
    ),
    (
        "The tenant who the landlord sued was represented by a lawyer.",
        "A lawyer represented the tenant the landlord sued.",
    ),
    (
        "I'm the patient my surgeon forgot to call back.",
        "I'm the patient that my surgeon forgot to call back.",
    ),
    (
        "He's the kid my neighbor forgot to pick up.",
        "He's the kid who my neighbor forgot to pick up.",
    ),
    (
        "I'm the tenant my landlord refused to check on.",
        "I'm the tenant my landlord has refused to check on.",
    ),
]


SIXTY_EIGHTH_ROUNDS = [
    (
        "Should the airline compensate me if the passenger next to me vomited on me?",
        "Should the airline compensate the passenger next to me if I vomited on him?",
        0.970,
    ),
    (
        "The radon company my realtor referred me to overcharged",
        "The realtor the radon company referred me to overcharged",
        0.984,
    ),
    (
        "The passenger to whom I gave my seat thanked the crew",
        "The passenger who gave me her seat thanked the crew",
        0.929,
    ),
]

SIXTY_EIGHTH_SWAPPED = [
    # "V-s me if the N next to me V-ed on me" / "V-s the N next to me if I V-ed on him"
    (
        "Will the gym ban me if the guy next to me dropped a weight on me?",
        "Will the gym ban the guy next to me if I dropped a weight on him?",
    ),
    (
        "Should the school punish my son if the boy behind him threw a pencil at him?",
        "Should the school punish the boy behind him if my son threw a pencil at him?",
    ),
    # "the N1 my N2 V-ed me to" / "the N2 my N1 V-ed me to": head and doer traded
    (
        "The plumber my landlord recommended to me never showed up.",
        "The landlord my plumber recommended to me never showed up.",
    ),
    (
        "The tutor our principal introduced us to quit last week.",
        "The principal our tutor introduced us to quit last week.",
    ),
    (
        "The contractor that my architect hired ghosted us.",
        "The architect that my contractor hired ghosted us.",
    ),
    # "the N to / for / from whom S V-ed" / "the N who V-ed": the giver and receiver traded
    (
        "The student for whom I wrote a recommendation got into Yale.",
        "The student who wrote me a recommendation got into Yale.",
    ),
    (
        "The coworker to whom my manager sent the report complained about it.",
        "The coworker who sent my manager the report complained about it.",
    ),
    (
        "The neighbor from whom we borrowed a ladder moved away.",
        "The neighbor who borrowed a ladder from us moved away.",
    ),
]

SIXTY_EIGHTH_SAME = [
    (
        "Should the airline compensate me if the passenger next to me vomited on me?",
        "Should the airline compensate me if the passenger next to me vomited all over me?",
    ),
    (
        "Can the theater refund me if the man behind me spilled soda on me?",
        "Can the theater give me a refund if the man behind me spilled soda on me?",
    ),
    (
        "The radon company my realtor referred me to overcharged me.",
        "The radon company that my realtor referred me to overcharged me.",
    ),
    (
        "The tutor our principal introduced us to quit last week.",
        "The tutor that our principal had introduced us to quit last week.",
    ),
    (
        "The passenger to whom I gave my seat thanked the crew.",
        "The passenger I gave my seat to thanked the crew.",
    ),
    (
        "The student for whom I wrote a recommendation got into Yale.",
        "The student I wrote a recommendation for got into Yale.",
    ),
    (
        "The coworker to whom my manager sent the report complained about it.",
        "The coworker that my manager sent the report to complained about it.",
    ),
]


SIXTY_NINTH_ROUNDS = [
    (
        "The kid I babysit spent my money at the arcade.",
        "The kid I babysit spent his money at my arcade.",
        0.986,
    ),
    (
        "My son got my leftover painkillers from my wisdom teeth surgery; is that safe?",
        "I took my son's leftover painkillers from his wisdom teeth surgery; is that safe?",
        0.981,
    ),
    (
        "My uncle, whose wife was the executor, has died.",
        "My uncle's wife, whose husband was the executor, has died.",
        0.986,
    ),
]

SIXTY_NINTH_SWAPPED = [
    # the asker's "my" moved from one noun of the clause to another, the first now the subject's
    ("The dog I walk chewed my shoe in the yard.", "The dog I walk chewed its shoe in my yard."),
    ("My roommate spilled my coffee on the couch.", "My roommate spilled her coffee on my couch."),
    (
        "The neighbor I pet-sit for parked my car in the garage.",
        "The neighbor I pet-sit for parked his car in my garage.",
    ),
    # the two people traded wherever named, the verb said in another word
    (
        "My sister got my old clothes from my closet; can I ask for them back?",
        "I took my sister's old clothes from her closet; can I ask for them back?",
    ),
    (
        "My dad borrowed my truck for my move last week.",
        "I used my dad's truck for his move last week.",
    ),
    (
        "My roommate ate my leftovers from my birthday party.",
        "I finished my roommate's leftovers from her birthday party.",
    ),
    # "X, whose K, P" / "X's K, whose K2, P": the one P is said of traded
    (
        "My grandmother, whose son was the trustee, passed away.",
        "My grandmother's son, whose mother was the trustee, passed away.",
    ),
    (
        "Our neighbor, whose husband owns the dog, moved out.",
        "Our neighbor's husband, whose wife owns the dog, moved out.",
    ),
    (
        "My boss, whose brother runs the company, got fired.",
        "My boss's brother, whose brother runs the company, got fired.",
    ),
]

SIXTY_NINTH_SAME = [
    (
        "The kid I babysit spent my money at the arcade.",
        "The kid that I babysit spent my money at the arcade.",
    ),
    (
        "My roommate spilled my coffee on the couch.",
        "My roommate spilled my coffee all over the couch.",
    ),
    ("The dog I walk chewed my shoe in the yard.", "The dog I walk chewed up my shoe in the yard."),
    (
        "My son got my leftover painkillers from my wisdom teeth surgery; is that safe?",
        "My son took my leftover painkillers from my wisdom teeth surgery; is that safe?",
    ),
    (
        "My sister got my old clothes from my closet; can I ask for them back?",
        "My sister took my old clothes from my closet; can I ask for them back?",
    ),
    (
        "My uncle, whose wife was the executor, has died.",
        "My uncle whose wife was the executor has died.",
    ),
    (
        "My uncle's wife, whose husband was the executor, has died.",
        "My uncle's wife, whose husband was the executor, died.",
    ),
    (
        "My grandmother, whose son was the trustee, passed away.",
        "My grandma, whose son was the trustee, passed away.",
    ),
]


# Role pass 69 (blind rounds 188-190): the asker one or several in "our N V-ed" / "I V-ed as a
# N"; another's genitive moved across a clause; a thing's motion made the asker's doing; the
# subject's pronoun named with another subject.
SEVENTIETH_ROUNDS = [
    (
        "Our surrogate backed out after the embryo transfer, what are our options?",
        "I backed out as a surrogate after the embryo transfer, what are my options?",
        0.933,
    ),
    (
        "Our surrogate's insurance won't cover the pregnancy, do we have to pay?",
        "Our insurance won't cover our surrogate's pregnancy, does she have to pay?",
        0.954,
    ),
    (
        "A drone hovered over me while I was sunbathing, what can I do?",
        "I hovered a drone over someone sunbathing, what can they do?",
        0.930,
    ),
    (
        "Can the buyer back out of an eBay auction he won?",
        "Can the seller back out of an eBay auction the buyer won?",
        0.930,
    ),
]

SEVENTIETH_SWAPPED = [
    # "our N V-ed ..., can we" / "I V-ed ... as a N ..., can I": "as a N" after the verb's object
    (
        "Our contractor walked off the job mid-project, can we sue?",
        "I walked off the job as a contractor mid-project, can I sue?",
    ),
    (
        "Our nanny quit before the trip, what should we do?",
        "I quit as the nanny before the trip, what should I do?",
    ),
    (
        "My landlord pulled out of the sale, can we keep the deposit?",
        "We pulled out of the sale as the landlord, can we keep the deposit?",
    ),
    # "O X's N1 V the N2, do we" / "O N1 V O X's N2, does X": whose N1 changed
    (
        "My landlord's insurance won't pay for the repairs, do I have to?",
        "My insurance won't pay for my landlord's repairs, does he have to?",
    ),
    (
        "My son's school won't release the records, can we sue?",
        "My school won't release my son's records, can he sue?",
    ),
    # "D N V-ed P me" / "I V-ed D N P X": the thing sent at the asker, or by the asker
    (
        "A ball rolled into me at the bowling alley, who is liable?",
        "I rolled a ball into someone at the bowling alley, who is liable?",
    ),
    (
        "A shopping cart rolled into us in the parking lot.",
        "We rolled a shopping cart into a car in the parking lot.",
    ),
    (
        "A kite crashed onto me at the beach, can I sue?",
        "I crashed a kite onto someone at the beach, can they sue?",
    ),
    # "Can the A V the N he V2-ed?" / "Can the B V the N the A V2-ed?"
    (
        "Can the tenant sublet the apartment she rents?",
        "Can the landlord sublet the apartment the tenant rents?",
    ),
    (
        "Can my dad sell the house he built?",
        "Can my mom sell the house my dad built?",
    ),
    (
        "Can the employee keep the laptop he bought with company money?",
        "Can the employer keep the laptop the employee bought with company money?",
    ),
]

SEVENTIETH_SAME = [
    (
        "Our nanny quit before the trip, what should we do?",
        "Our nanny quit right before the trip, what should I do?",
    ),
    (
        "I backed out as a surrogate after the embryo transfer, what are my options?",
        "We backed out as the surrogate after the embryo transfer, what are our options?",
    ),
    (
        "Our surrogate's insurance won't cover the pregnancy, do we have to pay?",
        "Our surrogate's insurance won't cover her pregnancy, do we have to pay?",
    ),
    (
        "My landlord's insurance won't pay for the repairs, do I have to?",
        "My landlord's insurance won't pay for the repairs, do I have to pay?",
    ),
    (
        "A drone hovered over me while I was sunbathing, what can I do?",
        "Someone hovered a drone over me while I was sunbathing, what can I do?",
    ),
    (
        "A kite crashed into me at the beach, can I sue?",
        "Someone crashed a kite into me at the beach, can I sue?",
    ),
    (
        "Can the buyer back out of an eBay auction he won?",
        "Can the buyer back out of an eBay auction that he won?",
    ),
    (
        "Can my dad sell the house he built?",
        "Can my dad sell the house that he built himself?",
    ),
]


# Role pass 70 (blind rounds 191-193): a passive with its preposition stranded asks who the
# deed is for, to, against or about ("Which N is T V-ed for?"), the active who does it ("Which
# N V-s T?"): the wh-phrase the beneficiary on one side and the doer on the other. "on" and "at"
# are not read: they name a medium or a place as often ("Which station was the song played on?"
# / "Which station played the song?", "Which restaurant was the party held at?").
SEVENTY_FIRST_ROUNDS = [
    (
        "Which guest is the turkey carved for first, the oldest or the host?",
        "Which guest carves the turkey first, the oldest or the host?",
        0.953,
    ),
]

SEVENTY_FIRST_SWAPPED = [
    ("Who is the birthday cake baked for?", "Who bakes the birthday cake?"),
    ("Which runner is the baton handed to next?", "Which runner hands the baton next?"),
    ("What team was the penalty awarded against?", "What team awarded the penalty?"),
    ("Which kid was the snowball thrown to?", "Which kid threw the snowball?"),
    (
        "Which tenant was the noise complaint filed about?",
        "Which tenant filed the noise complaint?",
    ),
]

SEVENTY_FIRST_SAME = [
    (
        "Which guest is the turkey carved for first, the oldest or the host?",
        "For which guest is the turkey carved first, the oldest or the host?",
    ),
    (
        "Which player was the technical foul called on?",
        "Which player was the technical foul called against?",
    ),
    ("Who is the birthday cake baked for?", "Who is the birthday cake being baked for?"),
    ("Which station was the song first played on?", "Which station first played the song?"),
    (
        "Which restaurant was the rehearsal dinner held at?",
        "Which restaurant held the rehearsal dinner?",
    ),
    ("Which referee called the technical foul?", "Which referee was the technical foul called by?"),
    ("What team was the penalty awarded against?", "Against what team was the penalty awarded?"),
]


SEVENTY_SECOND_ROUNDS = [
    (
        "She declared the cash her boyfriend handed her at the gate.",
        "Her boyfriend declared the cash she handed him at the gate.",
        0.972,
    ),
    (
        "The hall owner is who my brother owes money to.",
        "The hall owner is who owes my brother money.",
        0.990,
    ),
    (
        "Customs seized goods from the seller I bought from. Do I get a refund?",
        "Customs seized goods from me that I bought from the seller. Does the seller get a refund?",
        0.984,
    ),
]

SEVENTY_SECOND_SWAPPED = [
    # "S V-ed the N D V2-ed O" / "D V-ed the N S V2-ed O": the main subject and the relative's
    # doer traded together
    (
        "My brother sold the car my dad gave him last year.",
        "My dad sold the car my brother gave him last year.",
    ),
    ("He returned the dress his wife bought him.", "His wife returned the dress he bought her."),
    (
        "The landlord spent the deposit the tenant paid him.",
        "The tenant spent the deposit the landlord paid her.",
    ),
    # "X is who(m) Y V-s T to" / "X is who V-s Y T": X the receiver, or the doer
    ("The landlord is who my roommate owes rent to.", "The landlord is who owes my roommate rent."),
    ("The coach is whom my son complained to.", "The coach is who complained to my son."),
    (
        "My neighbor is who the contractor sent the bill to.",
        "My neighbor is who sent the contractor the bill.",
    ),
    # "S V-ed (O) P X. Do I V2?" / "S V-ed (O) P me. Does X V2?"
    (
        "The bank froze funds from my tenant. Can I sue the bank?",
        "The bank froze funds from me. Can my tenant sue the bank?",
    ),
    (
        "The school expelled my son. Can I appeal the decision?",
        "The school expelled me. Can my son appeal the decision?",
    ),
    (
        "The airline refunded the fare to my friend. Should I ask for a voucher?",
        "The airline refunded the fare to me. Should my friend ask for a voucher?",
    ),
]

SEVENTY_SECOND_SAME = [
    (
        "She declared the cash her boyfriend handed her at the gate.",
        "She declared the cash that her boyfriend had handed her at the gate.",
    ),
    (
        "At the gate she declared the cash her boyfriend handed her.",
        "She declared at the gate the cash her boyfriend handed her.",
    ),
    (
        "He returned the dress his wife bought him.",
        "He returned the dress that his wife bought for him.",
    ),
    (
        "The hall owner is who my brother owes money to.",
        "The hall owner is the one my brother owes money to.",
    ),
    (
        "My aunt is who raised me after my parents died.",
        "My aunt is the one who raised me after my parents died.",
    ),
    ("The landlord is who my roommate owes rent to.", "My roommate owes rent to the landlord."),
    ("My question is who pays the transfer tax.", "Who pays the transfer tax?"),
    (
        "Customs seized goods from the seller I bought from. Do I get a refund?",
        "Customs seized the goods from the seller I bought them from. Do I get a refund?",
    ),
    (
        "The school expelled my son. Can I appeal the decision?",
        "My son was expelled by the school. Can I appeal the decision?",
    ),
    (
        "The bank froze funds from my tenant. Can I sue the bank?",
        "The bank froze my tenant's funds. Can I sue the bank?",
    ),
]


# Role pass 72 (blind rounds 194-196): the subject and the object's owner traded, two parties
# of one kind told apart by "my / our" against "another / the other", the owner pronouns after
# them following; a standalone owner after a preposition ("into Egypt's", "from mine") as the
# second party, read with the noun owned just before it.
SEVENTY_THIRD_ROUNDS = [
    (
        "My club is hosting another club's hunt on our permission. Who provides insurance?",
        "Another club is hosting our club's hunt on their permission. Who provides insurance?",
        0.988,
    ),
    (
        "I merged my working paper into Egypt's. Am I still a sponsor?",
        "Egypt merged its working paper into mine. Am I still a sponsor?",
        0.972,
    ),
]

SEVENTY_THIRD_SWAPPED = [
    (
        "My band is covering another band's song at our show.",
        "Another band is covering our band's song at their show.",
    ),
    (
        "Can my lab borrow another lab's centrifuge for our assay?",
        "Can another lab borrow our lab's centrifuge for their assay?",
    ),
    (
        "My firm is auditing the other firm's books for our client.",
        "The other firm is auditing our firm's books for their client.",
    ),
    (
        "I folded my squad into Diego's before the raid.",
        "Diego folded his squad into mine before the raid.",
    ),
    ("I tuned my snare to hers before the gig.", "She tuned her snare to mine before the gig."),
    ("I copied my notes from Ana's.", "Ana copied her notes from mine."),
]

SEVENTY_THIRD_SAME = [
    (
        "My club is hosting another club's hunt on our permission. Who provides insurance?",
        "Who provides insurance if my club is hosting another club's hunt on our permission?",
    ),
    (
        "Can my lab borrow another lab's centrifuge for our assay?",
        "For our assay, can my lab borrow another lab's centrifuge?",
    ),
    (
        "My band is covering another band's song at our show.",
        "At our show, my band is covering another band's song.",
    ),
    (
        "I merged my working paper into Egypt's. Am I still a sponsor?",
        "I merged my working paper into Egypt's working paper. Am I still a sponsor?",
    ),
    (
        "Priya patched her code into mine. Who owns the merge?",
        "Priya patched her code into my code. Who owns the merge?",
    ),
    ("I tuned my snare to hers before the gig.", "Before the gig I tuned my snare to hers."),
]


# Role pass 73 (blind round 198): a contact relative whose goal preposition is left at its end,
# "the N I V-ed my T from / to" (the head the source or the receiver), against the subject
# relative "the N who / that V-ed (its) T (to me)" (the head the doer): who gave and who got
# traded.
SEVENTY_FOURTH_ROUNDS = [
    (
        "The man I got my kidney from passed away. What does that mean for me?",
        "The man who got my kidney passed away. What does that mean for me?",
        0.978,
    ),
    (
        "The shop I consigned my LEGO to went bankrupt. What happens to the LEGO?",
        "The shop that consigned its LEGO to me went bankrupt. What happens to the LEGO?",
        0.985,
    ),
]

SEVENTY_FOURTH_SWAPPED = [
    (
        "The woman I got my bone marrow from passed away. What does that mean for me?",
        "The woman who got my bone marrow passed away. What does that mean for me?",
    ),
    (
        "The friend I got my car from crashed it again. What should I do?",
        "The friend who got my car crashed it again. What should I do?",
    ),
    (
        "The dealer I consigned my watch to went bust. Can I get the watch back?",
        "The dealer that consigned its watch to me went bust. Can I get the watch back?",
    ),
    (
        "The club we sold our stadium to went into administration. What happens next?",
        "The club that sold its stadium to us went into administration. What happens next?",
    ),
]

SEVENTY_FOURTH_SAME = [
    (
        "The shop I consigned my LEGO to went bankrupt. What happens to the LEGO?",
        "The shop that I consigned my LEGO to went bankrupt. What happens to the LEGO?",
    ),
    (
        "The cousin I inherited the farm from owed back taxes. Do I owe them?",
        "The cousin whom I inherited the farm from owed back taxes. Do I owe them?",
    ),
    (
        "The tutor I paid the deposit to disappeared. How do I get it back?",
        "The tutor that I paid the deposit to disappeared. How do I get it back?",
    ),
    ("The car I drove to work broke down.", "The car that drove to work broke down."),
]


# Role pass 74 (blind rounds 200-202): a comparison's two sides traded with a dash before the
# question ("I have way more money than my partner - what ...?" / "My partner has way more money
# than me - ..."), the dash ending the compared phrase as a comma does (``ends.end_traded``); a
# non-restrictive relative clause (", who has X,") or a "with X" phrase moved from one person
# to another in the same sentence (``states.state_traded``); a predicate joined by "and" with
# its subject left out said with its clause's subject where the other side names one ("My mom
# has ADHD and doesn't know it" / "I have ADHD and my mom doesn't know": who has it traded,
# ``traded.people_traded``).
SEVENTY_FIFTH_ROUNDS = [
    (
        "I have way more money than my partner - what should I put in our prenup?",
        "My partner has way more money than me - what should I put in our prenup?",
        0.988,
    ),
    (
        "I'm 25 years older than my fiancé - what should our prenup cover?",
        "My fiancé is 25 years older than me - what should our prenup cover?",
        0.982,
    ),
    (
        "My son, who has ADHD, keeps hitting his younger sister - what should I do?",
        "My son keeps hitting his younger sister, who has ADHD - what should I do?",
        0.989,
    ),
    (
        "My mom has ADHD and doesn't know it; should I tell her?",
        "I have ADHD and my mom doesn't know; should I tell her?",
        0.969,
    ),
]

SEVENTY_FIFTH_SWAPPED = [
    (
        "I'm 10 years younger than my boss — is it weird to date?",
        "My boss is 10 years younger than me — is it weird to date?",
    ),
    (
        "My sister is taller than me - can she borrow my wedding dress?",
        "I'm taller than my sister - can she borrow my wedding dress?",
    ),
    (
        "My landlord is 30 years younger than me - can he raise my rent?",
        "I'm 30 years younger than my landlord - can he raise my rent?",
    ),
    (
        "My husband, who has diabetes, keeps cooking for his mother — what meals are safe?",
        "My husband keeps cooking for his mother, who has diabetes — what meals are safe?",
    ),
    (
        "My roommate with a peanut allergy is cooking for her boyfriend - what recipes are safe?",
        "My roommate is cooking for her boyfriend with a peanut allergy - what recipes are safe?",
    ),
    (
        "My boss has a drinking problem and doesn't see it. Should I say something?",
        "I have a drinking problem and my boss doesn't see it. Should I say something?",
    ),
    (
        "My dad is depressed and won't admit it; how can I help?",
        "I'm depressed and my dad won't admit it; how can I help?",
    ),
    (
        "My coworker is job hunting and hasn't told our manager. Should I warn him?",
        "I'm job hunting and my coworker hasn't told our manager. Should I warn him?",
    ),
]

SEVENTY_FIFTH_SAME = [
    (
        "I'm 25 years older than my fiancé - what should our prenup cover?",
        "I am 25 years older than my fiancé. What should our prenup cover?",
    ),
    (
        "My brother is taller than me - who should get the top bunk?",
        "My brother is taller than I am - who should get the top bunk?",
    ),
    (
        "My son keeps hitting his younger sister, who has ADHD - what should I do?",
        "My son keeps hitting his younger sister who has ADHD. What should I do?",
    ),
    (
        "My grandma, who has dementia, lives with us - how do we keep her safe?",
        "My grandma has dementia and lives with us - how do we keep her safe?",
    ),
    (
        "My mom has ADHD and doesn't know it; should I tell her?",
        "My mom has ADHD and she doesn't know it; should I tell her?",
    ),
    (
        "I have ADHD and my mom doesn't know; should I tell her?",
        "I have ADHD and my mom doesn't know it; should I tell her?",
    ),
    (
        "My mom visited my aunt with her friend. Should I join them?",
        "My mom with her friend visited my aunt. Should I join them?",
    ),
    (
        "I was yelled at by my coach and got benched. Is that fair?",
        "My coach yelled at me and I got benched. Is that fair?",
    ),
]


# Role pass 75 (blind round 201): whose thing the asker's story is about traded between the
# asker and another party. The asker doing the same verb to "my N" and to another's N
# (``whose_object.object_owner_traded``); "X V (that) my N P" against "X's N P", the one who
# complains about the asker's thing made its owner (``whose_object.reporter_made_owner``); the
# asker and another party trading the owners of two nouns, each side naming the other party its
# own way (``mine_moved.mine_moved_across``); the asker saying they are the role the other side
# gives someone else, the role read up to a participle (``askers.asker_role_traded``).
SEVENTY_SIXTH_ROUNDS = [
    (
        "I rent my goats out for brush clearing. What should my contract say?",
        "I'm renting someone's goats for brush clearing. What should my contract say?",
        0.976,
    ),
    (
        "I hired a teenager to do chores for my goats. Do I need insurance?",
        "I'm a teenager doing chores for someone's goats. Do I need insurance?",
        0.958,
    ),
    (
        "My neighbor complains that my goats smell. What are my rights?",
        "My neighbor's goats smell. What are my rights?",
        0.983,
    ),
    (
        "Who's liable if a customer's child gets hurt at my goat yoga class?",
        "Who's liable if my child gets hurt at someone's goat yoga class?",
        0.954,
    ),
]

SEVENTY_SIXTH_SWAPPED = [
    # the asker's own N against another's N, the asker doing the same verb to it
    (
        "I rent my kayak out on weekends. Do I need a waiver?",
        "I'm renting someone's kayak on weekends. Do I need a waiver?",
    ),
    (
        "I sublet my apartment for the summer. What should the agreement say?",
        "I'm subletting someone's apartment for the summer. What should the agreement say?",
    ),
    # the asker hiring someone in a role against the asker in that role
    (
        "I hired a student to tutor my kids. Do I need to file taxes for that?",
        "I'm a student tutoring someone's kids. Do I need to file taxes for that?",
    ),
    (
        "I hired a nanny to watch my kids. Do I need a contract?",
        "I'm a nanny watching someone's kids. Do I need a contract?",
    ),
    # the one complaining about the asker's thing made its owner
    (
        "My landlord says my dog barks too much. What can I do?",
        "My landlord's dog barks too much. What can I do?",
    ),
    (
        "My roommate thinks my music is too loud. What should I do?",
        "My roommate's music is too loud. What should I do?",
    ),
    # the owners of two nouns traded, the other party named another way on each side
    (
        "Who pays if a guest's car gets scratched at my wedding?",
        "Who pays if my car gets scratched at someone's wedding?",
    ),
    (
        "Who's responsible if a client's laptop gets damaged at my repair shop?",
        "Who's responsible if my laptop gets damaged at someone's repair shop?",
    ),
]

SEVENTY_SIXTH_SAME = [
    (
        "I rent out my goats for brush clearing. What should my contract say?",
        "I'm renting out my goats for brush clearing. What should my contract say?",
    ),
    (
        "I'm renting someone's kayak on weekends. Do I need a waiver?",
        "I'm renting a kayak from someone on weekends. Do I need a waiver?",
    ),
    (
        "I hired a teenager to do chores for my goats. Do I need insurance?",
        "Do I need insurance if I hired a teenager to do chores for my goats?",
    ),
    (
        "I'm a teenager doing chores for someone's goats. Do I need insurance?",
        "I'm a teen doing chores for someone's goats. Do I need insurance?",
    ),
    (
        "I'm a nurse working nights. Can my employer change my shifts?",
        "As a nurse working nights, can my employer change my shifts?",
    ),
    (
        "My neighbor complains that my goats smell. What are my rights?",
        "My neighbor complains my goats smell. What are my rights?",
    ),
    (
        "My landlord says my dog barks too much. What can I do?",
        "My landlord says that my dog barks too much. What can I do?",
    ),
    (
        "Who's liable if a customer's child gets hurt at my goat yoga class?",
        "If a customer's child gets hurt at my goat yoga class, who's liable?",
    ),
]


# Role pass 76 (blind rounds 201-202): a relation asked one way and the other ("who X's N was" /
# "whose N X was"); the other party named back on the asker's side as the one it is for ("Does
# my N get Z?" / "Do I get Z for my N?"); giving against getting as a gift ("gift X to Y" /
# "receive X as a gift from Y").
SEVENTY_SEVENTH_ROUNDS = [
    (
        "How can I find out who my grandmother's godmother was?",
        "How can I find out whose godmother my grandmother was?",
        0.984,
    ),
    (
        "Does my new hire get the Work Opportunity Tax Credit?",
        "Do I get the Work Opportunity Tax Credit for my new hire?",
        0.975,
    ),
    (
        "How do I gift Bitcoin to my daughter without running into tax problems?",
        "How do I receive Bitcoin as a gift from my daughter without running into tax problems?",
        0.956,
    ),
]

SEVENTY_SEVENTH_SWAPPED = [
    (
        "How do I find out who my great-grandfather's employer was?",
        "How do I find out whose employer my great-grandfather was?",
    ),
    ("Can you tell me who my landlord's boss is?", "Can you tell me whose boss my landlord is?"),
    ("Who is the mentor of my thesis advisor?", "Whose mentor is my thesis advisor?"),
    (
        "Can my employee claim the home office deduction?",
        "Can I claim the home office deduction for my employee?",
    ),
    (
        "Is my son eligible for the child tax credit?",
        "Am I eligible for the child tax credit for my son?",
    ),
    (
        "Does my caregiver qualify for the dependent care credit?",
        "Do I qualify for the dependent care credit for my caregiver?",
    ),
    (
        "How do I gift stock to my son without paying taxes?",
        "How do I receive stock as a gift from my son without paying taxes?",
    ),
    (
        "Can I gift a car to my niece tax-free?",
        "Can I receive a car as a gift from my niece tax-free?",
    ),
]

SEVENTY_SEVENTH_SAME = [
    ("Who was my grandmother's godmother?", "Who was the godmother of my grandmother?"),
    (
        "I want to know whose godmother my grandmother was.",
        "Whose godmother was my grandmother?",
    ),
    ("Who is my wife's cousin?", "Whose cousin is my wife?"),  # a relation both ways round
    (
        "Who was my grandfather's business partner?",
        "Whose business partner was my grandfather?",
    ),
    (
        "Can I claim the child tax credit for my son?",
        "Can I claim the child tax credit on behalf of my son?",
    ),
    (
        "Do I get the credit for hiring a veteran?",
        "Do I qualify for the credit if I hire a veteran?",
    ),
    ("What is my grandmother's godmother's name?", "Who was my grandmother's godmother?"),
    ("How do I gift Bitcoin to my daughter?", "How do I give Bitcoin to my daughter as a gift?"),
]

# Role pass 78 (blind rounds 203-205): the asker's "my N" given away as the asker is made the
# doer ("X wants to V into my N" / "I want to V into a N"); "X wants to V" / "I want X to V"
# (who wants it traded); "a N V-s on my M" / "I V my N on someone's M" (the thing's motion
# made the asker's doing, "my" moved from the place to the thing); "X uses my N to V his M" /
# "I use X's N to V my M" with the asker's own question kept.
SEVENTY_NINTH_ROUNDS = [
    (
        "An investor wants to put money into my startup at a $10M cap. What does that mean for "
        "my stake?",
        "I want to put money into a startup at a $10M cap. What does that mean for my stake?",
        0.960,
    ),
    (
        "My school district wants to move my dyslexic son into a special class. Can I refuse?",
        "I want the school district to move my dyslexic son into a special class. Can the "
        "district refuse?",
        0.944,
    ),
    (
        "Who do I call if a paraglider lands on my property?",
        "Who do I call if I land my paraglider on someone's property?",
        0.961,
    ),
    (
        "Can I get points when my brother uses my card to buy his plane ticket?",
        "Can I get points when I use my brother's card to buy my plane ticket?",
        0.980,
    ),
]

SEVENTY_NINTH_SWAPPED = [
    # "a N / someone V-s ... my M" / "I V ... a M": the asker the owner against the doer
    (
        "Someone wants to sublet my apartment for the summer. Is that allowed?",
        "I want to sublet an apartment for the summer. Is that allowed?",
    ),
    (
        "A developer wants to build a road through my farm. What are my rights?",
        "I want to build a road through a farm. What are my rights?",
    ),
    # "X wants to V" / "I want X to V": who wants it
    (
        "My HOA wants to repaint my fence. Can I refuse?",
        "I want the HOA to repaint my fence. Can the HOA refuse?",
    ),
    (
        "My daughter's coach wants to move her to varsity. Can I say no?",
        "I want my daughter's coach to move her to varsity. Can the coach say no?",
    ),
    # "a N V-s P my M" / "I V my N P someone's M"
    (
        "Who is responsible if a shopping cart rolls into my car?",
        "Who is responsible if I roll my shopping cart into someone's car?",
    ),
    (
        "Who pays if a golf ball lands in my pool?",
        "Who pays if I land my golf ball in someone's pool?",
    ),
    # "X V-s my N to V his M" / "I V X's N to V my M", the asker's question kept
    (
        "Am I liable when my roommate drives my car to visit his parents?",
        "Am I liable when I drive my roommate's car to visit my parents?",
    ),
    (
        "Do I owe taxes when my sister rents my condo for her vacation?",
        "Do I owe taxes when I rent my sister's condo for my vacation?",
    ),
]

SEVENTY_NINTH_SAME = [
    (
        "My landlord wants to inspect my apartment next week. Can I refuse?",
        "Can I refuse if my landlord wants to inspect my apartment next week?",
    ),
    (
        "I want my landlord to fix the heater. Can he refuse?",
        "Can my landlord refuse if I want him to fix the heater?",
    ),
    (
        "Who is responsible if a shopping cart rolls into my car?",
        "If a shopping cart rolls into my car, who is responsible?",
    ),
    (  # the asker's place on both sides
        "I want to land my paraglider on my own property. Who do I call?",
        "Who do I call if I land my paraglider on my property?",
    ),
    (
        "Can I get points when my brother uses my card to buy his ticket?",
        "Do I get points if my brother buys his ticket with my card?",
    ),
    (
        "When my son borrows my car, does my insurance cover him?",
        "Does my insurance cover my son when he borrows my car?",
    ),
    (
        "An investor wants to put money into my startup. What does that mean for my stake?",
        "What does it mean for my stake if an investor puts money into my startup?",
    ),
    (
        "Can a landlord enter my apartment without notice?",
        "Can my landlord enter my apartment without notice?",
    ),
]

EIGHTIETH_ROUNDS = [
    (
        "Will the sperm bank tell me how many kids my donor has?",
        "Will the sperm bank tell me how many kids I have as a donor?",
        0.992,
    ),
    (
        "Can a woman who received donor eggs later become an egg donor herself?",
        "Can a woman who was an egg donor later receive donor eggs herself?",
        0.982,
    ),
    (
        "Will my homeowners insurance cover gold I'm keeping in my safe for my brother?",
        "Will my homeowners insurance cover gold my brother is keeping in his safe for me?",
        0.985,
    ),
]

EIGHTIETH_SWAPPED = [
    # "my N V" / "I V' as a N" after the same words: an embedded question, an auxiliary first
    (
        "Can HR tell me how many vacation days my manager has?",
        "Can HR tell me how many vacation days I have as a manager?",
    ),
    ("How many patients does my therapist see?", "How many patients do I see as a therapist?"),
    (
        "Can the agency tell me what hours my nanny works?",
        "Can the agency tell me what hours I work as a nanny?",
    ),
    # the relative clause's predicate and the main one exchanged
    ("Can someone who smokes weed drink alcohol?", "Can someone who drinks alcohol smoke weed?"),
    (
        "Can a student who failed the exam later tutor the class?",
        "Can a student who tutored the class later fail the exam?",
    ),
    (
        "Can an employee who was a contractor later become a manager?",
        "Can an employee who was a manager later become a contractor?",
    ),
    # "N I'm V-ing in my M for X" / "N X is V-ing in his M for me"
    (
        "Is the car I'm storing in my garage for my neighbor covered by my insurance?",
        "Is the car my neighbor is storing in his garage for me covered by my insurance?",
    ),
    (
        "Is the money I'm holding in my account for my sister taxable?",
        "Is the money my sister is holding in her account for me taxable?",
    ),
]

EIGHTIETH_SAME = [
    (
        "Will the sperm bank tell me how many kids my donor has?",
        "Will the sperm bank tell me how many children my donor has?",
    ),
    (
        "Will my homeowners insurance cover gold I'm keeping in my safe for my brother?",
        "Will my homeowners insurance cover gold I keep in my safe for my brother?",
    ),
    (
        "Can a woman who received donor eggs later become an egg donor herself?",
        "Can a woman who got donor eggs later become an egg donor herself?",
    ),
    # two predicates of the relative clause joined by "and", a phrase of time moved, an
    # object's words reordered: the same predicates in the same clauses
    (
        "Can someone who drinks coffee and eats toast get heartburn?",
        "Can someone who eats toast and drinks coffee get heartburn?",
    ),
    (
        "Can a man who moved to Paris in 2010 get citizenship?",
        "Can a man who in 2010 moved to Paris get citizenship?",
    ),
    (
        "Can someone who has diabetes type 2 eat sugar?",
        "Can someone who has type 2 diabetes eat sugar?",
    ),
    ("How many kids do I have as a donor?", "As a donor, how many kids do I have?"),
    (
        "Will my insurance cover gold my brother is keeping in his safe for me?",
        "Will my insurance cover gold that my brother keeps in his safe for me?",
    ),
]

# Role pass 81 (blind rounds 206-208): a party called by its name made the asker as the doer, the
# name moved into the asker's object ("if Amtrak cancels my N" / "if I cancel my Amtrak N":
# ``asker_doer.party_made_asker``); a causative against the plain act with a contact relative's
# doer traded ("I V a N the X V2-ed" / "I make X V a N I V2-ed": ``causative.caused_doer_traded``);
# the one an act is done with / for / to / from changed between the asker and a person both
# sides name elsewhere ("live with me ... her mother owe me" / "live with her mother ... her
# mother owe me": ``objects.object_changed``).
EIGHTY_SECOND_ROUNDS = [
    (
        "What refund do I get if Amtrak cancels my sleeper reservation?",
        "What refund do I get if I cancel my Amtrak sleeper reservation?",
        0.992,
    ),
    (
        "How do I duplicate a drawing the spectator made in secret?",
        "How do I make a spectator duplicate a drawing I made in secret?",
        0.968,
    ),
    (
        "Our daughter chose to live with me at 16; does her mother now owe me support?",
        "Our daughter chose to live with her mother at 16; does her mother now owe me support?",
        0.988,
    ),
]

EIGHTY_SECOND_SWAPPED = [
    # "if X V-s my N" / "if I V my X N", X a name
    (
        "Do I get my deposit back if Airbnb cancels my booking?",
        "Do I get my deposit back if I cancel my Airbnb booking?",
    ),
    (
        "Will I be charged a fee if Verizon ends my contract early?",
        "Will I be charged a fee if I end my Verizon contract early?",
    ),
    (
        "Can I still get paid if Uber deactivates my account?",
        "Can I still get paid if I deactivate my Uber account?",
    ),
    # "I V a N the X V2-ed" / "I make / have / let X V a N I V2-ed"
    (
        "How do I solve a puzzle the student wrote in class?",
        "How do I make a student solve a puzzle I wrote in class?",
    ),
    (
        "How do I proofread an essay the intern wrote last week?",
        "How do I have an intern proofread an essay I wrote last week?",
    ),
    (
        "How can I taste a dish the chef cooked at home?",
        "How can I let a chef taste a dish I cooked at home?",
    ),
    # "V with / to me ... X" / "V with / to X ... X ... me"
    (
        "The school released my daughter to me; can her father sue me?",
        "The school released my daughter to her father; can her father sue me?",
    ),
    (
        "My son wants to spend the summer with me; does his father still owe me child support?",
        "My son wants to spend the summer with his father; does his father still owe me child"
        " support?",
    ),
]

EIGHTY_SECOND_SAME = [
    # the same doer in the other voice or another order; the asker the doer on both sides
    (
        "What refund do I get if Amtrak cancels my sleeper reservation?",
        "What refund do I get if my sleeper reservation is cancelled by Amtrak?",
    ),
    (
        "Can I get a refund if Delta cancels my flight?",
        "If Delta cancels my flight, can I get a refund?",
    ),
    (
        "What refund do I get if I cancel my Amtrak sleeper reservation?",
        "What refund do I get if I cancel my sleeper reservation on Amtrak?",
    ),
    # the causative on both sides, or the relative said with "that"
    (
        "How do I duplicate a drawing the spectator made in secret?",
        "How do I duplicate a drawing that the spectator made in secret?",
    ),
    (
        "How do I make a spectator duplicate a drawing I made in secret?",
        "How do I get a spectator to duplicate a drawing I made in secret?",
    ),
    (
        "How do I have an intern proofread an essay I wrote?",
        "How do I get an intern to proofread an essay I wrote?",
    ),
    # the same person in the slot, said another way
    (
        "Our daughter chose to live with me at 16; does her mother now owe me support?",
        "Our daughter chose to live with me at age 16; does her mother now owe me support?",
    ),
    (
        "My son wants to spend the summer with his father; does his father still owe me child"
        " support?",
        "My son wants to spend the summer with his dad; does his dad still owe me child support?",
    ),
]


# Role pass 80 (blind rounds 206-208): the goal after "from X" said with another preposition of
# motion on each side, "into / onto / toward(s) / over to" or said first ("onto Y from X"), read
# by ``chains._from_to`` in ``general_swap``; quoted tokens the words hide (the article "a", a
# stopword, a symbol) said as words of their own, ``quoted.quoted_said_content``.
EIGHTY_FIRST_ROUNDS = [
    (
        "Is it okay to blow leaves from my lawn into the street?",
        "Is it okay to blow leaves from the street onto my lawn?",
        0.994,
    ),
    (
        "How do I move my lettering from Procreate onto a chalkboard?",
        "How do I move my lettering from a chalkboard into Procreate?",
        0.992,
    ),
    (
        "How do I connect an 'o' into an 'a' in modern calligraphy?",
        "How do I connect an 'a' into an 'o' in modern calligraphy?",
        0.996,
    ),
]

EIGHTY_FIRST_SWAPPED = [
    # "from X P Y" / "from Y P' X", the goal's preposition another, a path word, or said first
    (
        "How do I transfer my contacts from my old iPhone onto a new Android?",
        "How do I transfer my contacts from a new Android into my old iPhone?",
    ),
    (
        "Can I move a tree from my backyard into the front yard?",
        "Can I move a tree from the front yard onto my backyard?",
    ),
    (
        "How do I move my cat's litter box from the laundry room over to the bathroom?",
        "How do I move my cat's litter box from the bathroom into the laundry room?",
    ),
    (
        "How do I copy files onto my Mac from Dropbox?",
        "How do I copy files onto Dropbox from my Mac?",
    ),
    # quoted letters and symbols traded around "to" / "into"
    (
        "How do I rename 'a' to 'b' in my spreadsheet?",
        "How do I rename 'b' to 'a' in my spreadsheet?",
    ),
    ("Why does my phone autocorrect 'a' to 'i'?", "Why does my phone autocorrect 'i' to 'a'?"),
    (
        "How do I remap the 'a' key to 'q' on my keyboard?",
        "How do I remap the 'q' key to 'a' on my keyboard?",
    ),
    ("How do I convert a '+' into a '-' in Excel?", "How do I convert a '-' into a '+' in Excel?"),
]

EIGHTY_FIRST_SAME = [
    # the same goal in another preposition, the goal said first with its roles kept, symmetric
    # relations of two quoted letters
    (
        "Is it okay to blow leaves from my lawn into the street?",
        "Is it okay to blow leaves from my lawn onto the street?",
    ),
    (
        "How do I move my lettering from Procreate onto a chalkboard?",
        "How do I move my lettering onto a chalkboard from Procreate?",
    ),
    (
        "How do I connect an 'o' into an 'a' in modern calligraphy?",
        "How do I connect an 'o' to an 'a' in modern calligraphy?",
    ),
    (
        "Can I move a tree from my backyard into the front yard?",
        "Can I move a tree from my backyard to the front yard?",
    ),
    (
        "How do I transfer my contacts from my old iPhone onto a new Android?",
        "How do I transfer my contacts onto a new Android from my old iPhone?",
    ),
    (
        "Can I bring food from home into the stadium?",
        "Can I bring food into the stadium from home?",
    ),
    (
        "What is the difference between 'a' and 'o' in cursive?",
        "What is the difference between 'o' and 'a' in cursive?",
    ),
    ("Is 'a' similar to 'o' in cursive?", "Is 'o' similar to 'a' in cursive?"),
]


def test_eighty_first_pass_readers_leave_the_roles_kept() -> None:
    # another verb with the same roles ("connect" / "join": refused on its words, not on its
    # roles); a place after the source read as no goal when the goal is said first
    for pair in (
        (
            "How do I connect an 'o' into an 'a' in modern calligraphy?",
            "How do I join an 'o' to an 'a' in modern calligraphy?",
        ),
        (
            "How long does it take to walk from the hotel in Rome to the Colosseum?",
            "How long does it take to walk to the Colosseum from the hotel in Rome?",
        ),
    ):
        for x, y in (pair, pair[::-1]):
            assert not roles.general_swap(parse(x), parse(y))
            assert quoted_said_content(parse(x), parse(y)) is None
            assert not roles.role_swap(parse(x), parse(y))


# Role pass 82 (blind rounds 206-208): the subject of the same clause changed from one party to
# another. A gerund's subject, the asker's "my / me V-ing" against a party's "NP('s) V-ing", the
# party named back by a pronoun on its side and in full on the asker's
# (``asker_doer.party_made_asker``); the subject of a condition, two noun phrases naming two
# parties, one side's word said again elsewhere ("child support") and the other side's two
# words ("the paying parent") hiding the swap from the words compared
# (``crossed.condition_party_changed``).
EIGHTY_THIRD_ROUNDS = [
    (
        "Does my having a new baby lower the child support I pay my ex?",
        "Does my ex having a new baby lower the child support I pay her?",
        0.948,
    ),
    (
        "Does child support end when the child gets married?",
        "Does child support end when the paying parent gets married?",
        0.946,
    ),
]

EIGHTY_THIRD_SWAPPED = [
    # "my V-ing ... with my N" / "my N V-ing ... with him"
    (
        "Does my teammate getting injured void the bet I made with him?",
        "Does my getting injured void the bet I made with my teammate?",
    ),
    (
        "Does my business partner getting divorced affect the company I own with him?",
        "Does my getting divorced affect the company I own with my business partner?",
    ),
    (
        "Does my having a dog break the lease I signed with my landlord?",
        "Does my landlord having a dog break the lease I signed with him?",
    ),
    (
        "Does my coworker getting promoted change the bonus I split with him?",
        "Does my getting promoted change the bonus I split with my coworker?",
    ),
    # "if / when the N V" / "if / when the M N2 V", N said again in a compound
    (
        "Does passenger insurance pay if the passenger is drunk?",
        "Does passenger insurance pay if the designated driver is drunk?",
    ),
    (
        "Does seller financing end if the seller gets divorced?",
        "Does seller financing end if the home buyer gets divorced?",
    ),
    (
        "Does the employee discount end when the employee gets fired?",
        "Does the employee discount end when the store manager gets fired?",
    ),
    (
        "Does patient confidentiality end when the patient has died?",
        "Does patient confidentiality end when the family doctor has died?",
    ),
]

EIGHTY_THIRD_SAME = [
    # the same person said two ways, or the same clause reworded
    (
        "Does my having a new baby lower the child support I pay my ex?",
        "Does me having a new baby lower the child support I pay my ex?",
    ),
    (
        "Does child support end when the child gets married?",
        "Does child support end when the child marries?",
    ),
    (
        "Does child support end when the child gets married?",
        "Does child support end once the kid gets married?",
    ),
    (
        "Does my ex having a new baby lower the child support I pay her?",
        "If my ex has a new baby, does that lower the child support I pay her?",
    ),
    (
        "Does my guide being late cancel the tour I booked with her?",
        "Does my guide's being late cancel the tour I booked with her?",
    ),
    (
        "Does tenant insurance pay out when the tenant is at fault?",
        "Does tenant insurance pay out when the renter is at fault?",
    ),
    (
        "Does seller financing end if the seller gets divorced?",
        "Does seller financing end if the seller is divorced?",
    ),
    (
        "Does my having a dog break the lease I signed with my landlord?",
        "Does me having a dog break the lease I signed with my landlord?",
    ),
]

# Role pass 83 (blind rounds 209-211): a state of more than one word said of another person's noun
# against the asker's "I'm P and ..." (``held.holder_changed`` in ``states.state_traded``), the
# asker's thing further on after "let X V" (``lets.let_user_traded``), a question's party named
# back after a preposition with its pronouns the asker's (``asker_doer.party_made_asker``).
EIGHTY_FOURTH_ROUNDS = [
    (
        "My visually impaired coworker keeps asking me to describe every meeting slide. Is that"
        " too much?",
        "I'm visually impaired and keep asking my coworker to describe every meeting slide. Is"
        " that too much?",
        0.971,
    ),
    (
        "Should I let my husband take out a loan against my 401(k)?",
        "Should I take out a loan against my husband's 401(k)?",
        0.984,
    ),
    (
        "Does a pawn shop have to hold items it buys before reselling them?",
        "Do I have to hold items I buy from a pawn shop before reselling them?",
        0.952,
    ),
]

EIGHTY_FOURTH_SWAPPED = [
    # "my P N keeps V-ing me to ..." / "I'm P and keep V-ing my N to ...", P of more words
    (
        "My hard-of-hearing grandfather keeps asking me to turn up the TV. Is that too much?",
        "I'm hard of hearing and keep asking my grandfather to turn up the TV. Is that too much?",
    ),
    (
        "My legally blind neighbor keeps asking me to read his mail to him. Is that too much?",
        "I'm legally blind and keep asking my neighbor to read my mail to me. Is that too much?",
    ),
    (
        "My roommate in a wheelchair keeps asking me to carry her groceries upstairs. Is that too"
        " much?",
        "I'm in a wheelchair and keep asking my roommate to carry my groceries upstairs. Is that"
        " too much?",
    ),
    # "let X V ... my N" / "V ... X's N"
    (
        "Should I let my son sleep in my bed after a nightmare?",
        "Should I sleep in my son's bed after a nightmare?",
    ),
    (
        "Can I let my neighbor park his boat in my driveway over the winter?",
        "Can I park my boat in my neighbor's driveway over the winter?",
    ),
    # "Does X have to V what it V2-s" / "Do I have to V what I V2 P X"
    (
        "Does a landlord have to keep records of repairs he makes?",
        "Do I have to keep records of repairs I make for a landlord?",
    ),
    (
        "Does a dealership have to disclose damage it knows about?",
        "Do I have to disclose damage I know about to a dealership?",
    ),
    (
        "Does a thrift store have to wash clothes it resells?",
        "Do I have to wash clothes I resell to a thrift store?",
    ),
]

EIGHTY_FOURTH_SAME = [
    (
        "My visually impaired coworker keeps asking me to describe slides",
        "My coworker, who is visually impaired, keeps asking me to describe slides",
    ),
    (
        "My dad in a wheelchair keeps asking me to push him to the store.",
        "My dad, who is in a wheelchair, keeps asking me to push him to the store.",
    ),
    (
        "I'm hard of hearing and keep asking my coworkers to repeat themselves. Is that too much?",
        "I'm hard of hearing and I keep asking my coworkers to repeat themselves. Is that too"
        " much?",
    ),
    (
        "Should I let my husband take out a loan against my 401(k)?",
        "Should I let my husband take a loan against my 401(k)?",
    ),
    (
        "Should I let my son sleep in my bed after a nightmare?",
        "Should I let my son sleep in my bed when he has a nightmare?",
    ),
    (
        "Does a pawn shop have to hold items it buys?",
        "Do pawn shops have to hold the items they buy?",
    ),
    # the asker in the party's place ("as a pawn shop"), the party named back on both sides
    (
        "Does a pawn shop have to hold items it buys?",
        "Do I have to hold items I buy as a pawn shop?",
    ),
    (
        "Do I have to hold items I buy from a pawn shop before reselling them?",
        "Do I need to hold items I buy from a pawn shop before reselling them?",
    ),
]


# Role pass 84 (blind rounds 209-211): a second predicate in "-ing" said with the first clause's
# "be" (``clausal.second_clause``), two "which" phrases with one head and a modifier on one side
# only (``questions.which_said_who``), a predicate ending in "after" and "who" against "what"
# (``questions.wh_transposed``), a "their" on one side only left out
# (``party_readings.own_owner_dropped``), who holds a reported clause
# (``embedded.reported_holder_traded``), a person described as another noun
# (``hopped.self_traded``).
EIGHTY_FIFTH_ROUNDS = [
    (
        "I'm in Canada and mailing origami paper to a pen pal in Japan."
        " Will she have to pay import duty?",
        "I'm in Canada and a pen pal in Japan is mailing origami paper to me."
        " Will I have to pay import duty?",
        0.927,
    ),
    (
        "Which perfume was named after Jacques Guerlain's daughter?",
        "Which Guerlain perfume was Jacques Guerlain's daughter named after?",
        0.983,
    ),
    (
        "How do thrift stores get their inventory from people?",
        "How do people get inventory from thrift stores?",
        0.980,
    ),
    (
        "How do I tell my husband I want separate accounts?",
        "How do I respond when my husband says he wants separate accounts?",
        0.933,
    ),
    (
        "The zip line park hired my daughter as a guide and she got hurt training guests."
        " Who covers it?",
        "My daughter was a guest at a zip line park and got hurt by a guide in training."
        " Who covers it?",
        0.917,
    ),
]

EIGHTY_FIFTH_SWAPPED = [
    # "I'm in P and V-ing N to X in Q" / "I'm in P and X in Q is V-ing N to me"
    (
        "I'm in Texas and shipping a guitar to a buyer in Germany. Will he owe customs fees?",
        "I'm in Texas and a buyer in Germany is shipping a guitar to me. Will I owe customs fees?",
    ),
    (
        "I'm at college and sending money to my brother in Denver. Does he have to report it?",
        "I'm at college and my brother in Denver is sending money to me. Do I have to report it?",
    ),
    # "Which N was named after X?" / "Which M N was X named after?"
    (
        "Which street was named after the mayor's son?",
        "Which downtown street was the mayor's son named after?",
    ),
    ("Who was the town named after?", "What was named after the town?"),
    # "X get their N from Y" / "Y get N from X"
    (
        "How do food banks get their donations from grocery stores?",
        "How do grocery stores get donations from food banks?",
    ),
    # "tell X I want N" / "X says he wants N"
    (
        "How do I tell my roommate I want to move out?",
        "What do I do when my roommate says she wants to move out?",
    ),
    (
        "How do I tell my boss I want a raise?",
        "What should I say when my boss says he wants a raise?",
    ),
    # "hired my X as a N1 ... N2s" / "my X was a N2 ... a N1"
    (
        "The hospital hired my son as a nurse and he got sick caring for patients. Is it covered?",
        "My son was a patient at the hospital and got sick from a nurse. Is it covered?",
    ),
]

EIGHTY_FIFTH_SAME = [
    (
        "I'm in Canada and mailing origami paper to a pen pal in Japan.",
        "I'm in Canada and I'm mailing origami paper to a pen pal in Japan.",
    ),
    (
        "How do thrift stores get their inventory?",
        "Where do thrift stores get their inventory from?",
    ),
    (
        "How do thrift stores get their inventory from people?",
        "How do thrift stores get inventory from people?",
    ),
    (
        "Which perfume was named after his daughter?",
        "Which perfume did he name after his daughter?",
    ),
    (
        "Which perfume was named after Jacques Guerlain's daughter?",
        "Which Guerlain perfume was named after Jacques Guerlain's daughter?",
    ),
    (
        "How do I tell my roommate I want to move out?",
        "How can I tell my roommate that I want to move out?",
    ),
    (
        "My roommate says she wants to move out. What do I do?",
        "My roommate says that she wants to move out. What do I do?",
    ),
    (
        "The hospital hired my son as a nurse and he got sick. Is it covered?",
        "My son was a nurse at the hospital and got sick. Is it covered?",
    ),
]


# Role pass 85 (blind rounds 212-214): a state said in a relative clause on one person and as "X
# has S and" of another (``held.holder_changed``, read in ``states.state_traded``), the doer and
# the debtor traded with "her N" said "my mom's N" (``trades._subject_trade``, read in
# ``general_swap``), two owners handed round with a "her" for the other's noun owner
# (``owned.owners_crossed``), the two verbs of "V1 ... but never V2" exchanged
# (``shifted.contrasted_verbs_traded``).
EIGHTY_SIXTH_ROUNDS = [
    (
        "My teenage daughter wants to use the sauna with her friend who has asthma; is that safe?",
        "My teenage daughter has asthma and wants to use the sauna with her friend; is that safe?",
        0.996,
    ),
    (
        "What can my mom do if her live-in caregiver owes her money?",
        "What can my mom's live-in caregiver do if my mom owes her money?",
        0.978,
    ),
    (
        "My nanny's car was damaged while she was driving my kids. Does my insurance cover it?",
        "My car was damaged while my nanny was driving it. Does her insurance cover it?",
        0.972,
    ),
    (
        "In a puzzle swap, I sent my puzzle but never got one back. What can I do?",
        "In a puzzle swap, I got a puzzle but never sent mine back. What should I do?",
        0.975,
    ),
]

EIGHTY_SIXTH_SWAPPED = [
    # "X wants to V with his N who has S" / "X has S and wants to V with his N"
    (
        "My son wants to go hiking with his cousin who has diabetes; what should we pack?",
        "My son has diabetes and wants to go hiking with his cousin; what should we pack?",
    ),
    (
        "I want to go camping with my friend who is pregnant. Is it safe?",
        "I'm pregnant and want to go camping with my friend. Is it safe?",
    ),
    # "What can X do if his Y V-s him N" / "What can X's Y do if X V-s him N"
    (
        "What can my dad do if his business partner owes him money?",
        "What can my dad's business partner do if my dad owes him money?",
    ),
    (
        "What can my grandma do if her new landlord keeps her deposit?",
        "What can my grandma's new landlord do if my grandma keeps her deposit?",
    ),
    # "my X's N ... my M" / "my N ... my X ... his M"
    (
        "My brother's truck got scratched while he was towing my boat. Does my insurance pay?",
        "My truck got scratched while my brother was towing it. Does his insurance pay?",
    ),
    (
        "My babysitter's phone broke while she was watching my kids."
        " Does my homeowners insurance cover it?",
        "My phone broke while my babysitter was using it. Does her homeowners insurance cover it?",
    ),
    # "S V1 ... but never V2" / "S V2 ... but never V1"
    (
        "My son signed up for the trip but never went. Do we get a refund?",
        "My son went on the trip but never signed up. Do we get a refund?",
    ),
    (
        "In the secret Santa, I sent my gift but never got one. What should I do?",
        "In the secret Santa, I got a gift but never sent mine. What should I do?",
    ),
]

EIGHTY_SIXTH_SAME = [
    (
        "My son has diabetes and wants to go hiking with his cousin.",
        "My son, who has diabetes, wants to go hiking with his cousin.",
    ),
    (
        "I want to go camping with my friend who is pregnant.",
        "I want to go camping with my pregnant friend.",
    ),
    (
        "What can my dad do if his business partner owes him money?",
        "What can my father do if his business partner owes him money?",
    ),
    (
        "My nanny's car was damaged while she was driving. Does her insurance cover it?",
        "My nanny's car got damaged while she was driving. Does her insurance cover it?",
    ),
    (
        "My brother's truck got scratched while he was towing my boat.",
        "My brother's truck got scratched while he towed my boat.",
    ),
    (
        "My son signed up for the trip but never went.",
        "My son signed up for the trip but he never went.",
    ),
    (
        "I sent my puzzle but never got one back.",
        "I sent my puzzle but I never got one back.",
    ),
    (
        "I signed the lease but never paid the deposit.",
        "I signed the lease, but never paid the deposit.",
    ),
]


# Role pass 88 (blind rounds 215-217): a perfect's "have" said on one side only
# (``dropped.perfect_dropped``), a reported clause whose subject and an owner are traded and a
# deed stated against the asker's deed reported by its doer (``embedded.reported_holder_traded``),
# the host's "have me on their N" against the guest's "V on my N" (``lets.host_said_let``).
EIGHTY_NINTH_ROUNDS = [
    (
        "What should I do when a booker badmouths me to other clubs?",
        "What should I do when I've badmouthed a booker to other clubs?",
        0.961,
    ),
    (
        "How do I tell the director that my opponent didn't wait after my skip bid?",
        "How do I respond when the director says I didn't wait after my opponent's skip bid?",
        0.963,
    ),
    (
        "Another voice actor copied my audition interpretation. What can I do?",
        "Another voice actor says I copied their audition interpretation. What can I do?",
        0.973,
    ),
    (
        "How do I convince a famous comic to appear on my podcast?",
        "How do I convince a famous comic to have me on their podcast?",
        0.963,
    ),
]

EIGHTY_NINTH_SWAPPED = [
    # "when X V-s me" / "when I've V-ed X"
    (
        "What should I do when my landlord yells at me?",
        "What should I do when I've yelled at my landlord?",
    ),
    (
        "What should I do when a client ghosts me after a quote?",
        "What should I do when I've ghosted a client after a quote?",
    ),
    # "tell X that my N V-ed my M" / "X says I V-ed my N's M"
    (
        "How do I tell my boss that my coworker took credit for my work?",
        "What do I do when my boss says I took credit for my coworker's work?",
    ),
    (
        "How do I tell the referee that my opponent stepped on my foot?",
        "How do I respond when the referee says I stepped on my opponent's foot?",
    ),
    # "X V-ed my N" / "X says I V-ed their N"
    (
        "My neighbor damaged my fence. What are my options?",
        "My neighbor says I damaged his fence. What are my options?",
    ),
    (
        "A coworker stole my idea. What can I do?",
        "A coworker says I stole their idea. What can I do?",
    ),
    # "X to V on my N" / "X to have me on their N"
    (
        "How do I convince a YouTuber to appear on my channel?",
        "How do I convince a YouTuber to have me on their channel?",
    ),
    (
        "How do I ask a famous author to speak at my book club?",
        "How do I ask a famous author to have me at their book club?",
    ),
]

EIGHTY_NINTH_SAME = [
    (
        "What should I do when a booker badmouths me to other clubs?",
        "What do I do if a booker is badmouthing me to other clubs?",
    ),
    (
        "What should I do when a coworker has reported me to HR?",
        "What should I do when a coworker reports me to HR?",
    ),
    (
        "What should I do when I've yelled at my landlord?",
        "What should I do when I yelled at my landlord?",
    ),
    (
        "How do I tell my boss that my coworker took credit for my work?",
        "How can I tell my boss my coworker took credit for my work?",
    ),
    (
        "How do I respond when my boss says I took credit for my coworker's work?",
        "What do I do when my boss says that I took credit for my coworker's work?",
    ),
    (
        "My roommate says I ate her leftovers. What should I do?",
        "My roommate says that I ate her leftovers. What should I do?",
    ),
    # the asker's deed reported by another against the deed stated: the same doer
    (
        "My doctor says I have high blood pressure. What should I eat?",
        "I have high blood pressure. What should I eat?",
    ),
    (
        "How do I tell my landlord that my neighbor's dog barks all night?",
        "How do I tell my landlord my neighbor's dog barks all night?",
    ),
]


# Role pass 89 (blind rounds 215-217): "with" stranded after a verb of the subject's own before
# a gerund ("keeps V-ing with", ``stranded.relative_traded``), "mine" for the noun another's "X's
# N" owns before it (``elided.elided_expanded``), the party named back as the source after
# "from" as the asker's thing is given away (``asker_doer.party_made_asker``), a member of X's
# group doing it to X against X doing it to a member (``owner_doer.member_became_doer``).
NINETIETH_ROUNDS = [
    (
        "What should I do with the dog that my leader keeps picking fights with?",
        "What should I do with the dog that keeps picking fights with my leader?",
        0.991,
    ),
    (
        "My friend's team broke loose and tangled with mine at the start. Whose fault is it?",
        "My team broke loose and tangled with my friend's team at the start. Whose fault is it?",
        0.941,
    ),
    (
        "I'm buying a used table tennis blade from a clubmate; what should I check?",
        "A clubmate is buying my used table tennis blade; what should I check?",
        0.970,
    ),
    (
        "A kid in my son's karate class keeps kicking him after class; how do I handle it?",
        "My son keeps kicking a kid from his karate class after class; how do I handle it?",
        0.986,
    ),
]

NINETIETH_SWAPPED = [
    # "the N (that) X keeps V-ing with" / "the N who keeps V-ing with X"
    (
        "How do I deal with the coworker my husband keeps arguing with?",
        "How do I deal with the coworker who keeps arguing with my husband?",
    ),
    (
        "What should I do about the boy that my daughter keeps flirting with?",
        "What should I do about the boy that keeps flirting with my daughter?",
    ),
    # "My X's N V-ed P mine" / "My N V-ed P my X's N"
    (
        "My coworker's car rolled back and bumped into mine in the parking lot. Who is liable?",
        "My car rolled back and bumped into my coworker's car in the parking lot. Who is liable?",
    ),
    (
        "My neighbor's dog slipped its leash and fought with mine at the park. Who pays the vet?",
        "My dog slipped its leash and fought with my neighbor's dog at the park. Who pays the vet?",
    ),
    # "I'm V-ing N from X" / "X is V-ing my N"
    (
        "I'm borrowing a camping tent from my neighbor; what should I check?",
        "My neighbor is borrowing my camping tent; what should I check?",
    ),
    (
        "I'm renting a parking spot from a coworker. What should the contract say?",
        "A coworker is renting my parking spot. What should the contract say?",
    ),
    # "A N P my X's M keeps V-ing her" / "My X keeps V-ing a N P her M"
    (
        "A player on my daughter's soccer team keeps tripping her during practice;"
        " what should I do?",
        "My daughter keeps tripping a player on her soccer team during practice; what should I do?",
    ),
    (
        "A coworker at my wife's office keeps texting her late at night. Should I say something?",
        "My wife keeps texting a coworker at her office late at night. Should I say something?",
    ),
]

NINETIETH_SAME = [
    (
        "What should I do with the dog that my leader keeps picking fights with?",
        "What should I do with the dog my leader keeps fighting with?",
    ),
    (
        "How do I deal with the coworker my husband keeps arguing with?",
        "How do I deal with the coworker that my husband keeps arguing with?",
    ),
    # "with" after a plain verb: the same two people either way
    (
        "What should I know about the man my daughter lives with?",
        "What should I know about the man who lives with my daughter?",
    ),
    (
        "My friend's team tangled with mine at the start. Whose fault is it?",
        "My friend's team tangled with my team at the start. Whose fault is it?",
    ),
    (
        "I'm buying a used table tennis blade from a clubmate; what should I check?",
        "I'm purchasing a secondhand table tennis blade from a clubmate; what should I check?",
    ),
    (
        "My neighbor is borrowing my camping tent; what should I check?",
        "My neighbor wants to borrow my camping tent; what should I check?",
    ),
    (
        "A kid in my son's karate class keeps kicking him after class; how do I handle it?",
        "After class, a kid in my son's karate class keeps kicking him; how do I handle it?",
    ),
    (
        "A kid in my son's karate class keeps kicking him after class; how do I handle it?",
        "A kid in my son's karate class keeps kicking my son after class; how do I handle it?",
    ),
]


# Role pass 90 (blind rounds 218-220): the thing got or given said before its subject, a
# relative clause's head or a wh-word, "N I get from X" / "N I give (to) X"
# (``reassigned.got_from_given``); the asker's household and another's traded across the doer
# and the one it is done for, "my X V-ed ... Y's Z" / "Y V-ed ... my Z", the pronouns after it
# following (``parties.party_owner_traded``).
NINETY_FIRST_ROUNDS = [
    (
        "What does Venus in the 8th house mean for money I get from a partner?",
        "What does Venus in the 8th house mean for money I give a partner?",
        0.988,
    ),
    (
        "My husband built a dollhouse for our neighbor's daughter. Should they pay him?",
        "Our neighbor built a dollhouse for my daughter. Should we pay him?",
        0.957,
    ),
]

NINETY_FIRST_SWAPPED = [
    # "the N I get / borrow / buy from X" / "the N I give / lend / sell (to) X"
    (
        "What should I do with the tools I borrowed from my neighbor?",
        "What should I do with the tools I lent my neighbor?",
    ),
    (
        "Do I need a receipt for the car I bought from my cousin?",
        "Do I need a receipt for the car I sold to my cousin?",
    ),
    (
        "How do I say thanks for the help I get from a neighbor?",
        "How do I say thanks for the help I give a neighbor?",
    ),
    (
        "How should I budget the money I get from my parents each month?",
        "How should I budget the money I send my parents each month?",
    ),
    # "my X (I) V-ed ... Y's Z. Should they pay?" / "Y V-ed ... my Z. Should we pay?"
    (
        "My son mows our neighbor's lawn every week. Should they pay him?",
        "Our neighbor mows my lawn every week. Should I pay him?",
    ),
    (
        "My wife babysat our friend's kids last weekend. Should they pay her?",
        "Our friend babysat my kids last weekend. Should we pay her?",
    ),
    (
        "My sister baked a cake for my friend's wedding. Should my friend pay her?",
        "My friend baked a cake for my wedding. Should I pay her?",
    ),
    (
        "I drove my coworker's kids to school all week. Should she pay for gas?",
        "My coworker drove my kids to school all week. Should I pay for gas?",
    ),
]

NINETY_FIRST_SAME = [
    (
        "What does Venus in the 8th house mean for money I get from a partner?",
        "What does Venus in the 8th house mean for money I receive from a partner?",
    ),
    # the same direction said from the other side
    (
        "What does Venus in the 8th house mean for money a partner gives me?",
        "What does Venus in the 8th house mean for money I get from a partner?",
    ),
    (
        "Are gifts I get from my boss taxable?",
        "Are gifts that I receive from my boss taxable?",
    ),
    (
        "How should I budget the money I get from my parents each month?",
        "How should I budget the money my parents give me each month?",
    ),
    (
        "My son mows our neighbor's lawn every week. Should they pay him?",
        "Every week my son mows our neighbor's lawn. Should they pay him?",
    ),
    (
        "My wife babysat our friend's kids last weekend. Should they pay her?",
        "Last weekend my wife babysat our friend's kids. Should they pay her?",
    ),
    (
        "My son mows our neighbor's lawn every week. Should they pay him?",
        "My son mows our neighbor's lawn every week. Should our neighbor pay him?",
    ),
    (
        "My son mows our neighbor's lawn every week. Should they pay him?",
        "Should our neighbor pay my son for mowing their lawn every week?",
    ),
]


# Role pass 95 (blind rounds 227-228): the kind of the asker's own policy ("my homeowner's
# insurance") read as "my insurance" against the other party's, so the owner traded with the
# relative clause's doer is read (``followed.chain_owner_collapsed``); "the wrong N" given by one
# party against taken or chosen by the one who got it: whose mistake (``mistaken.
# erring_party_traded``).
NINETY_SIXTH_ROUNDS = [
    (
        "Does my homeowner's insurance cover the greenhouse my tenant put up?",
        "Does my tenant's insurance cover the greenhouse I put up?",
        0.975,
    ),
    (
        "My supplier shipped me the wrong greenhouse panels. Who pays the return shipping?",
        "I ordered the wrong greenhouse panels from my supplier. Who pays the return shipping?",
        0.989,
    ),
]

NINETY_SIXTH_SWAPPED = [
    # "my X's / X M covers the N my Y V-ed" / "my Y's M covers the N I V-ed"
    (
        "Does my renter's insurance cover the fire my roommate started?",
        "Does my roommate's insurance cover the fire I started?",
    ),
    (
        "Will my homeowner's policy pay for the fence my neighbor knocked down?",
        "Will my neighbor's policy pay for the fence I knocked down?",
    ),
    (
        "Does my travel insurance cover the laptop my brother broke?",
        "Does my brother's insurance cover the laptop I broke?",
    ),
    (
        "Does my boat insurance cover the dock my marina's crew damaged?",
        "Does my marina's crew's insurance cover the dock I damaged?",
    ),
    # "X V-ed me the wrong N" / "I V2-ed the wrong N from X"
    (
        "The pharmacy gave my mom the wrong pills. What should she do?",
        "My mom picked up the wrong pills at the pharmacy. What should she do?",
    ),
    (
        "The valet brought me the wrong car. Who is liable?",
        "I took the wrong car from the valet. Who is liable?",
    ),
    (
        "The airline assigned me the wrong seat. Can I get a refund?",
        "I chose the wrong seat on the airline's website. Can I get a refund?",
    ),
    (
        "I sent my customer the wrong item. Who pays return shipping?",
        "My customer ordered the wrong item from me. Who pays return shipping?",
    ),
]

NINETY_SIXTH_SAME = [
    (
        "I ordered the wrong panels from my supplier",
        "I accidentally ordered the wrong panels from my supplier",
    ),
    (
        "The valet brought me the wrong car. Who is liable?",
        "Who is liable if the valet brought me the wrong car?",
    ),
    # the passive keeps the giver
    (
        "I was sent the wrong size by the store. Can I return it?",
        "The store sent me the wrong size. Can I return it?",
    ),
    (
        "The valet handed me the wrong car keys. Who is liable?",
        "I was handed the wrong car keys by the valet. Who is liable?",
    ),
    (
        "My mom picked up the wrong pills at the pharmacy. What should she do?",
        "My mom accidentally picked up the wrong pills at the pharmacy. What should she do?",
    ),
    # the kind of the policy said another way, the owner and the doer kept
    (
        "Does my renter's insurance cover the fire my roommate started?",
        "Does my renters insurance cover a fire my roommate started?",
    ),
    (
        "Does my car insurance cover the dent my friend made?",
        "Will my auto insurance cover the dent my friend made?",
    ),
    (
        "Does my roommate's insurance cover the fire I started?",
        "Does my roommate's insurance cover a fire that I started?",
    ),
]


# Role pass 92 (blind rounds 221-223): the party's act, said of the party (its noun phrase, a
# relative clause on it, or a pronoun after it is named), against the same act said of the asker
# with the party named back after "on / for / with" (``asker_doer.party_made_asker``).
NINETY_THIRD_ROUNDS = [
    (
        "What happens if the team we're playing shows up late?",
        "What happens if we show up late for the team we're playing?",
        0.960,
    ),
    (
        "My photographer says I owe her a session fee after she cancelled. Do I?",
        "I cancelled on my photographer. Do I owe her a session fee?",
        0.973,
    ),
]

NINETY_THIRD_SWAPPED = [
    # "if the N I V-ed ACT-s" / "if I ACT on / for the N I V-ed"
    (
        "Is it rude if the friend I'm visiting shows up late?",
        "Is it rude if I show up late for the friend I'm visiting?",
    ),
    (
        "What happens if the tutor I booked doesn't show up?",
        "What happens if I don't show up for the tutor I booked?",
    ),
    (
        "Can I get my deposit back if the caterer we hired backs out?",
        "Can I get my deposit back if we back out on the caterer we hired?",
    ),
    # "my N says ... after she ACT-ed" / "I ACT-ed on / with my N"
    (
        "My plumber says I owe a call-out fee after he cancelled. Do I?",
        "I cancelled on my plumber. Do I owe a call-out fee?",
    ),
    (
        "My dog walker wants to be paid after she missed the appointment. Should I pay?",
        "I missed the appointment with my dog walker. Should I pay her?",
    ),
    (
        "My contractor wants his deposit after he broke the contract. Do I pay?",
        "I broke the contract with my contractor. Do I pay his deposit?",
    ),
]

NINETY_THIRD_SAME = [
    # the asker doing it on both sides, or the party on both
    (
        "I cancelled on my photographer. Do I owe her a session fee?",
        "Do I owe my photographer a session fee if I cancelled?",
    ),
    (
        "My photographer cancelled. Do I owe her a session fee?",
        "Do I still owe a session fee if my photographer cancelled?",
    ),
    (
        "What if I cancel on the driver I booked?",
        "What if I cancel the ride with the driver I booked?",
    ),
    (
        "My babysitter cancelled on me last minute. Do I still pay her?",
        "Do I still have to pay the babysitter if she cancelled on me last minute?",
    ),
    (
        "My contractor broke the contract. Do I still pay his deposit?",
        "Do I pay my contractor's deposit if he broke the contract?",
    ),
    # a mutual act: the same two people either way
    (
        "I argued with my roommate. How do we make up?",
        "My roommate and I argued. How do we make up?",
    ),
    # a state come to, not an act ("get / have"), and a time after "for", are no party's act
    (
        "What should I do if my bike gets a flat tire on the trail?",
        "If I get a flat tire on my bike on the trail, what should I do?",
    ),
    (
        "Do I need a permit before my first dive?",
        "Do I need a permit before I dive for the first time?",
    ),
]


# Role pass 98 (blind rounds 229-231): a subset question asked the other way round
# (``subsets.subset_reversed``), the asker's things given out against another's given to the
# asker (``handed.given_away_traded``), the taker and the one taken from traded
# (``handed.learned_from_traded``).
NINETY_NINTH_ROUNDS = [
    ("Are all cacti succulents?", "Are all succulents cacti?", 0.996),
    ("Are all boas constrictors?", "Are all constrictors boas?", 0.989),
    (
        "How do I ask my mom to stop giving my succulents away?",
        "How do I ask my mom to stop giving me her succulents?",
        0.968,
    ),
    (
        "My daughter wants to learn crochet from me, but I'm left-handed and she's "
        "right-handed. How do I teach her?",
        "I want to learn crochet from my daughter, but I'm left-handed and she's right-handed. "
        "How do I learn from her?",
        0.978,
    ),
]

NINETY_NINTH_SWAPPED = [
    # "Are all X Y?" / "Are all Y X?", "Is every X a Y?" / "Is every Y an X?", either frame
    ("Are all squares rectangles?", "Are all rectangles squares?"),
    ("Is every bourbon a whiskey?", "Is every whiskey a bourbon?"),
    ("Is every champagne a sparkling wine?", "Is every sparkling wine a champagne?"),
    ("Are all squares rectangles?", "Is every rectangle a square?"),
    # "V my N away / out / off" / "V me his / her N"
    (
        "How do I get my roommate to stop lending my tools out?",
        "How do I get my roommate to stop lending me his tools?",
    ),
    (
        "How do I ask my dad to stop selling my comics off?",
        "How do I ask my dad to stop selling me his comics?",
    ),
    # "X V-s N from me" / "I V N from X"
    (
        "My coworker wants to learn Excel from me, but I'm busy. How do I teach him?",
        "I want to learn Excel from my coworker, but he's busy. How do I learn from him?",
    ),
    (
        "My roommate keeps borrowing clothes from me. How do I say no?",
        "I keep borrowing clothes from my roommate. How do I say no?",
    ),
]

NINETY_NINTH_SAME = [
    # the same subset in the other frame; an existential and a conjunction, symmetric
    ("Are all squares rectangles?", "Is every square a rectangle?"),
    ("Is every bourbon a whiskey?", "Are all bourbons whiskeys?"),
    ("Are any birds mammals?", "Are any mammals birds?"),
    ("Are all cats and dogs mammals?", "Are all dogs and cats mammals?"),
    # another's things to the asker on both sides
    (
        "How do I ask my mom to stop giving me her old clothes?",
        "How can I ask my mom to stop giving me her old clothes?",
    ),
    # the same taker and source, "from me" said or left out, or "teach" for "learn from"
    (
        "My daughter wants to learn piano from me. How do I teach her?",
        "My daughter wants to learn piano from me. What is the best way to teach her?",
    ),
    (
        "My nephew wants to borrow my car. Should I let him?",
        "My nephew wants to borrow my car from me. Should I let him?",
    ),
    (
        "My coworker wants to learn Excel from me. How do I teach him?",
        "My coworker wants me to teach him Excel. How do I do it?",
    ),
]


# Role pass 99 (blind rounds 229-231): a subject relative said in the passive against the active
# of its verb or its noun (``one_relatives.relative_voice_traded``); who feels it, a relative's
# head against the asker as the subject of "being ADJ of" (``one_relatives.
# feeling_holder_traded``, widened); maker and recipient traded in a contact relative
# (``clausal.relative_doer_changed``, widened to "made / built / wrote" after a noun doer).
HUNDREDTH_ROUNDS = [
    (
        "Can the player who was fouled take the free throw himself?",
        "Can the player who committed the foul take the free throw himself?",
        0.982,
    ),
    (
        "Can the team that was scored on call a timeout right away?",
        "Can the team that scored call a timeout right away?",
        0.987,
    ),
    (
        "How do I deal with a teammate who is jealous of me for making the national team?",
        "How do I deal with being jealous of a teammate who made the national team?",
        0.952,
    ),
    (
        "The hat I made for my sister-in-law doesn't fit her; should I remake it?",
        "The hat my sister-in-law made for me doesn't fit; should I ask her to remake it?",
        0.966,
    ),
]

HUNDREDTH_SWAPPED = [
    # "the N who was V-ed (P)" / "the N who V-ed / did the V-ing / filed the V"
    (
        "Does the kid who was bitten need a tetanus shot?",
        "Does the kid who bit need a tetanus shot?",
    ),
    (
        "How do I help the kid who was bullied at school?",
        "How do I help the kid who did the bullying at school?",
    ),
    (
        "Can the employee who was reported see the complaint?",
        "Can the employee who filed the report see the complaint?",
    ),
    (
        "Can the neighbor who was yelled at file a noise complaint?",
        "Can the neighbor who yelled file a noise complaint?",
    ),
    # "a N who is ADJ of me" / "being ADJ of a N"
    (
        "How do I deal with a roommate who is angry at me for moving out?",
        "How do I deal with being angry at a roommate who moved out?",
    ),
    (
        "How do I cope with a brother who is jealous of me?",
        "How do I cope with being jealous of my brother?",
    ),
    # "the N I V-ed for X" / "the N X V-ed for me"
    (
        "The shelf I built for my brother is wobbly; how do I fix it?",
        "The shelf my brother built for me is wobbly; how do I fix it?",
    ),
    (
        "The playlist I made for my boyfriend is too long; how do I shorten it?",
        "The playlist my boyfriend made for me is too long; how do I shorten it?",
    ),
]

HUNDREDTH_SAME = [
    # passive both ways ("got"), the head acted on both ways ("that we scored on", "that
    # someone registered"), a verb whose intransitive subject is the one acted on ("broke")
    (
        "Can the player who was fouled take the free throw himself?",
        "Can the player who got fouled take the free throw himself?",
    ),
    (
        "Can the team that was scored on call a timeout right away?",
        "Can the team that we scored on call a timeout right away?",
    ),
    ("Who pays for the window that was broken?", "Who pays for the window that broke?"),
    (
        "Can I use a domain name that someone registered but never used?",
        "Can I use a domain name that was registered but never used?",
    ),
    # the asker feels it both ways, or the other both ways
    (
        "How do I stop being jealous of my best friend?",
        "How can I stop feeling jealous of my best friend?",
    ),
    (
        "How do I deal with a coworker who is jealous of me?",
        "How do I handle a coworker who is jealous of me?",
    ),
    # the asker the maker both ways
    (
        "The hat I made for my sister-in-law doesn't fit her; should I remake it?",
        "The hat I knitted for my sister-in-law doesn't fit her; should I remake it?",
    ),
    (
        "The shelf I built for my brother is wobbly; how do I fix it?",
        "The shelf that I built for my brother is wobbly; how do I fix it?",
    ),
]


# Role pass 100 (blind rounds 232-234): the doer's owner and the owner of what it acts on traded
# between another party and the asker, "X whose N" / "X's N" against "my N"
# (``owned.doer_owner_traded``); who did the first of two acts traded, the asker's second act
# said with its subject on one side only and an "own" on one side only
# (``hopped.pronoun_dropped`` widened, ``dropped.own_dropped``).
HUNDRED_FIRST_ROUNDS = [
    (
        "How do I handle a player whose character keeps stealing from mine?",
        "How do I handle it when my character keeps stealing from another player's character?",
        0.942,
    ),
    (
        "If the opposition puts the ball into our in-goal and we ground it, how does play restart?",
        "If we put the ball into our own in-goal and ground it, how does play restart?",
        0.953,
    ),
]

HUNDRED_FIRST_SWAPPED = [
    # "X whose N V-s ... mine / my M" / "my N V-s ... X's (M)", in another frame
    (
        "How do I deal with a roommate whose cat keeps eating my food?",
        "What should I do if my cat keeps eating my roommate's food?",
    ),
    (
        "What can I do about a neighbor whose tree keeps dropping leaves on my roof?",
        "What should I do if my tree keeps dropping leaves on my neighbor's roof?",
    ),
    (
        "How do I handle a coworker whose car keeps blocking mine in the parking lot?",
        "What should I do if my car keeps blocking a coworker's car in the parking lot?",
    ),
    (
        "Who pays when an upstairs tenant's bathtub overflows into my apartment?",
        "Do I have to pay if my bathtub overflows into an upstairs tenant's apartment?",
    ),
    # "If X V-s ... my N and I V2" / "If I V ... my (own) N and V2"
    (
        "If the airline cancels my flight and I book another one, who pays?",
        "If I cancel my flight and book another one, who pays?",
    ),
    (
        "If my roommate leaves the door unlocked and we get robbed, who is responsible?",
        "If we leave the door unlocked and get robbed, who is responsible?",
    ),
    (
        "If the landlord paints over my mural and I sue, will I win?",
        "If I paint over my own mural and sue, will I win?",
    ),
    (
        "If the bank deposits money into my account by mistake and I spend it, do I have to pay it"
        " back?",
        "If I deposit money into my own account by mistake and spend it, do I have to pay it back?",
    ),
]

HUNDRED_FIRST_SAME = [
    # the same party's N acting on the asker's both ways, "whose" against "'s"
    (
        "How do I handle a player whose character keeps stealing from mine?",
        "What do I do about a player whose character keeps stealing from my character?",
    ),
    (
        "How do I handle a roommate whose cat keeps eating my food?",
        "What do I do about a roommate whose cat keeps eating my food?",
    ),
    (
        "How do I deal with a roommate whose cat keeps eating my food?",
        "What should I do if my roommate's cat keeps eating my food?",
    ),
    (
        "What do I do when my dog keeps digging under my neighbor's fence?",
        "What should I do if my dog keeps digging under my neighbor's fence?",
    ),
    # the asker doing both acts, the subject or "own" said on one side only; another party
    # doing the first act both ways
    (
        "If we put the ball into our own in-goal and ground it, how does play restart?",
        "If we put the ball into our in-goal and we ground it, how does play restart?",
    ),
    (
        "If I drop my phone in the pool and fish it out, is it ruined?",
        "If I drop my own phone in the pool and I fish it out, is it ruined?",
    ),
    (
        "If the airline cancels my flight and I book another one, who pays?",
        "If the airline cancels my flight and then I book another one, who pays?",
    ),
    (
        "If my roommate leaves the door unlocked and we get robbed, who is responsible?",
        "Who is responsible if my roommate leaves the door unlocked and we get robbed?",
    ),
]


# Role pass 101 (blind rounds 232-234): the same clause subject undergoing the verb on one side
# and doing it on the other, "after I was tackled" / "after I made a tackle" (``one_relatives.
# relative_voice_traded`` widened from a relative's head to a clause's subject, and to the
# verb's own noun after "make / commit / give").
HUNDRED_SECOND_ROUNDS = [
    (
        "The referee penalised me for not rolling away after I made a tackle. Was he right?",
        "The referee penalised me for not rolling away after I was tackled. Was he right?",
        0.963,
    ),
]

HUNDRED_SECOND_SWAPPED = [
    # "after I made a / the N" / "after I was V-ed": the verb's own noun against its passive
    (
        "Can my employer retaliate after I made a report to HR?",
        "Can my employer retaliate after I was reported to HR?",
    ),
    (
        "Can I be charged for roaming after I made a call abroad?",
        "Can I be charged for roaming after I was called abroad?",
    ),
    (
        "Is it normal to have nightmares after I made the rescue?",
        "Is it normal to have nightmares after I was rescued?",
    ),
    (
        "Can a police officer be sued after he made an arrest?",
        "Can a police officer be sued after he was arrested?",
    ),
    # "after I / my N V-ed X" / "after I / my N was V-ed"
    (
        "Should I see a doctor after I was scratched by a cat?",
        "Should I see a doctor after I scratched a cat?",
    ),
    (
        "Can I sue the gym after I was pushed off a treadmill?",
        "Can I sue the gym after I pushed someone off a treadmill?",
    ),
    (
        "Should I call the school after my son was bullied at recess?",
        "Should I call the school after my son bullied a kid at recess?",
    ),
]

HUNDRED_SECOND_SAME = [
    # the clause moved, the same voice both ways ("made a tackle" / "tackled someone", "was" /
    # "got"), the same one acted on with the doer named ("an opponent tackled me")
    (
        "The referee penalised me for not rolling away after I made a tackle. Was he right?",
        "After I made a tackle the referee penalised me for not rolling away. Was he right?",
    ),
    (
        "The referee penalised me for not rolling away after I made a tackle. Was he right?",
        "The referee penalised me for not rolling away after I tackled someone. Was he right?",
    ),
    (
        "The referee penalised me for not rolling away after I was tackled. Was he right?",
        "The referee penalised me for not rolling away after I got tackled. Was he right?",
    ),
    (
        "The referee penalised me for not rolling away after I was tackled. Was he right?",
        "The referee penalised me for not rolling away after an opponent tackled me. Was he right?",
    ),
    (
        "My insurance went up after I was hit at a red light. Is that normal?",
        "My insurance went up after someone hit me at a red light. Is that normal?",
    ),
    (
        "Can my employer retaliate after I made a report to HR?",
        "Can my employer retaliate after I reported something to HR?",
    ),
    # a participle said as a state ("gone", "mistaken"): no one acted on
    (
        "What happens to my accounts after I'm gone?",
        "What happens to my accounts after I have gone?",
    ),
    (
        "I think I made a mistake on my tax return. What should I do?",
        "I think I was mistaken on my tax return. What should I do?",
    ),
]


# Role pass 102 (blind round 236): wh-questions whose wh-word asks for another role on each side.
# "the N that X is shown V-ing" / "the N shown V-ing X" (``relative_events.relative_roles_traded``,
# widened to "shown / seen V-ing" and a plural head); "Who was V-ed P the N of X?" / "P whose N
# was X V-ed?" (``moved.whose_phrase_traded``, new); "Which (M) N V-ed P from X?" / "Which N did X
# V P from?" (``questions.which_said_who``, widened to a subject "which" phrase); "Who did X V P
# to (in 1976)?" / "Who V-ed to X P (in 1976)?" (``doers.doer_receiver_traded``, widened to a
# time phrase after the stranded preposition).
HUNDRED_THIRD_ROUNDS = [
    (
        "In the Bayeux Tapestry, who are the soldiers that Harold is shown rescuing?",
        "In the Bayeux Tapestry, who is the soldier shown rescuing Harold?",
        0.966,
    ),
    (
        "Who was beheaded on the orders of Anne Boleyn?",
        "On whose orders was Anne Boleyn beheaded?",
        0.979,
    ),
    (
        "Who was arrested at the request of the mayor?",
        "At whose request was the mayor arrested?",
        0.979,
    ),
    (
        "Which US company licensed Pac-Man from Namco?",
        "Which company did Namco license Pac-Man from?",
        0.964,
    ),
    (
        "Which team bought the striker from Ajax?",
        "Which team did Ajax buy the striker from?",
        0.977,
    ),
    (
        "Who did Roger Sharpe prove pinball was a game of skill to in 1976?",
        "Who proved to Roger Sharpe that pinball was a game of skill in 1976?",
        0.990,
    ),
    ("Who did the mayor explain the plan to?", "Who explained the plan to the mayor?", 0.984),
]

HUNDRED_THIRD_SWAPPED = [
    # "the N that X is shown / seen V-ing" / "the N shown / seen V-ing X"
    (
        "In the photo, who is the woman that the dog is shown chasing?",
        "In the photo, who is the woman shown chasing the dog?",
    ),
    (
        "In the video, who are the players that the referee is seen pushing?",
        "In the video, who is the player seen pushing the referee?",
    ),
    # "Who was V-ed P the N of X / P X's N?" / "P whose N was X V-ed?"
    (
        "Who was fired at the request of the manager?",
        "At whose request was the manager fired?",
    ),
    (
        "Who was transferred at the coach's request?",
        "At whose request was the coach transferred?",
    ),
    # "Which (M) N V-ed P from X?" / "Which N did X V P from?"
    (
        "Which local bakery buys flour from the mill?",
        "Which bakery does the mill buy flour from?",
    ),
    (
        "Which UK firm leased the building from the council?",
        "Which firm did the council lease the building from?",
    ),
    # "Who did X V P to (at / in ...)?" / "Who V-ed P to X (at / in ...)?"
    (
        "Who did the landlord sell the house to in 2019?",
        "Who sold the house to the landlord in 2019?",
    ),
    (
        "Who did the coach explain the new rules to at practice?",
        "Who explained the new rules to the coach at practice?",
    ),
]

HUNDRED_THIRD_SAME = [
    # X the owner both ways ("the orders of X" / "X's orders")
    (
        "Who was fired at the request of the manager?",
        "Who was fired at the manager's request?",
    ),
    (
        "Who was beheaded on the orders of Anne Boleyn?",
        "Who was beheaded on Anne Boleyn's orders?",
    ),
    # the one shown doing it the doer both ways, in the singular or the plural
    (
        "In the photo, who is the woman that is shown chasing the dog?",
        "In the photo, who is the woman shown chasing the dog?",
    ),
    ("Who are the soldiers shown rescuing Harold?", "Who is the soldier shown rescuing Harold?"),
    # a modifier added, the preposition moved before "which": the same role asked
    (
        "Which company licensed Pac-Man from Namco?",
        "Which US company licensed Pac-Man from Namco?",
    ),
    (
        "Which team did Ajax buy the striker from?",
        "From which team did Ajax buy the striker?",
    ),
    # the receiver asked both ways, the time phrase moved
    (
        "Who did Roger Sharpe prove pinball was a game of skill to in 1976?",
        "To whom did Roger Sharpe prove in 1976 that pinball was a game of skill?",
    ),
    (
        "Who did the landlord sell the house to in 2019?",
        "In 2019, who did the landlord sell the house to?",
    ),
]

# Role pass 103 (blind round 239): "Which N1 V the N2 that R?" / "Which N2 that N1 V R?", the
# wh-phrase's head traded with the relative clause's noun (``questions.which_head_traded``, new);
# "X V-ed ... . Should I V2?" / "I V-ed ... . Should X V2?", the doer and the one the follow-up
# asks about traded together (``asked_party.done_to_asker_traded``, widened to the doer).
HUNDRED_FOURTH_ROUNDS = [
    (
        "Which birds eat the berries that are poisonous to humans?",
        "Which berries that birds eat are poisonous to humans?",
        0.976,
    ),
    (
        "Which dogs chase the cats that live next door?",
        "Which cats that dogs chase live next door?",
        0.976,
    ),
    (
        "Which students failed the exams that were graded by AI?",
        "Which exams that students failed were graded by AI?",
        0.973,
    ),
    (
        "My kid's teacher handed out wild berries on a field trip. Should I complain?",
        "I handed out wild berries on my kid's field trip. Should the teacher complain?",
        0.972,
    ),
    (
        "My neighbor parked in my spot. Should I call a tow truck?",
        "I parked in my neighbor's spot. Should she call a tow truck?",
        0.933,
    ),
    (
        "My coworker took credit for my idea. Should I tell our boss?",
        "I took credit for my coworker's idea. Should she tell our boss?",
        0.934,
    ),
]

HUNDRED_FOURTH_SWAPPED = [
    # "Which N1 V the N2 that / who R?" / "Which N2 that / who N1 V R?"
    (
        "Which companies hired the engineers that graduated from MIT?",
        "Which engineers that companies hired graduated from MIT?",
    ),
    (
        "Which patients saw the doctors who were sued for malpractice?",
        "Which doctors who patients saw were sued for malpractice?",
    ),
    (
        "What plants attract the insects that pollinate tomatoes?",
        "What insects that plants attract pollinate tomatoes?",
    ),
    (
        "Which critics reviewed the books that won awards last year?",
        "Which books that critics reviewed won awards last year?",
    ),
    # "X V-ed ... . Should I V2?" / "I V-ed ... . Should X V2?"
    (
        "My roommate ate my leftovers. Should I say something?",
        "I ate my roommate's leftovers. Should she say something?",
    ),
    (
        "My landlord entered my apartment without notice. Should I report it?",
        "I entered my landlord's apartment without notice. Should he report it?",
    ),
    (
        "My daughter's coach yelled at the players after the game. Should I say something?",
        "I yelled at the players after my daughter's game. Should the coach say something?",
    ),
    (
        "A customer cut in line at the register. Should I say something?",
        "I cut in line at the register. Should the customer say something?",
    ),
]

HUNDRED_FOURTH_SAME = [
    # the same head asked for, the relative clause reworded or its article dropped
    (
        "Which birds eat the berries that are poisonous to humans?",
        "Which birds eat berries that are toxic to humans?",
    ),
    ("Which cats that dogs chase live next door?", "Which cats chased by dogs live next door?"),
    (
        "Which exams that students failed were graded by AI?",
        "Which exams that were failed by students were graded by AI?",
    ),
    (
        "What plants attract the insects that pollinate tomatoes?",
        "Which plants attract insects that pollinate tomatoes?",
    ),
    # the same doer and the same one asking, the statement folded into the question
    (
        "My kid's teacher handed out wild berries on a field trip. Should I complain?",
        "Should I complain that my kid's teacher handed out wild berries on a field trip?",
    ),
    (
        "I handed out wild berries on a field trip. Should the teacher complain?",
        "Should the teacher complain that I handed out wild berries on a field trip?",
    ),
    (
        "My neighbor parked in my spot. Should I call a tow truck?",
        "Should I call a tow truck because my neighbor parked in my spot?",
    ),
    (
        "My landlord entered my apartment without notice. Should I report it?",
        "My landlord entered my apartment without giving notice. Should I report it?",
    ),
]


# Role pass 104 (blind round 237): the same words with who does what to whom traded. "Is X required
# to V Y?" / "Are Y required to V X?" and "X V-s everyone" / "everyone else V-s X"
# (``phrases.phrases_exchanged``, widened to a duty frame before the predicate, "does / do" as one
# and "everyone else" read as "everyone"); "Can a X be V-ed (out) by Y?" / "Can one X V (out) Y?"
# (``voiced.by_made_object``, widened to the subject's "one" read as "a").
HUNDRED_FIFTH_ROUNDS = [
    (
        "Is a boat doing a penalty turn required to keep clear of other boats?",
        "Are other boats required to keep clear of a boat doing a penalty turn?",
        0.980,
    ),
    (
        "How should our quartet split gig fees when our cellist drives everyone?",
        "How should our quartet split gig fees when everyone else drives our cellist?",
        0.995,
    ),
    (
        "Can a string quartet member be voted out by the other three?",
        "Can one string quartet member vote out the other three?",
        0.949,
    ),
]

HUNDRED_FIFTH_SWAPPED = [
    # "Is X required / supposed to V Y?" / "Is Y required to V X?", "Does X have to V Y?"
    (
        "Is an employee on probation required to give notice to the employer?",
        "Is the employer required to give notice to an employee on probation?",
    ),
    (
        "Does a hiker going uphill have to make way for hikers coming down?",
        "Do hikers coming down have to make way for a hiker going uphill?",
    ),
    (
        "Is a guest required to ask permission from the host?",
        "Is the host required to ask permission from a guest?",
    ),
    # "when X V-s (for) everyone" / "when everyone else V-s (for) X"
    (
        "How should we split the bill when my sister pays for everyone?",
        "How should we split the bill when everyone else pays for my sister?",
    ),
    (
        "Is it awkward when my coworker buys coffee for everybody?",
        "Is it awkward when everybody else buys coffee for my coworker?",
    ),
    # "Can a X be V-ed (out) by Y?" / "Can one X V (out) Y?"
    (
        "Can a team captain be replaced by the other players?",
        "Can one team captain replace the other players?",
    ),
    (
        "Can a club officer be voted out by the other members?",
        "Can one club officer vote out the other members?",
    ),
]

HUNDRED_FIFTH_SAME = [
    # the same one bearing the duty, the frame said in other words
    (
        "Is an employee on probation required to give notice to the employer?",
        "Does an employee on probation have to give notice to the employer?",
    ),
    (
        "Is a boat doing a penalty turn required to keep clear of other boats?",
        "Does a boat doing a penalty turn have to keep clear of other boats?",
    ),
    # the same doer in the other voice, or the passive both ways with "one" for "a"
    (
        "Can a team captain be replaced by the other players?",
        "Can the other players replace a team captain?",
    ),
    (
        "Can a string quartet member be voted out by the other three?",
        "Can the other three vote out a string quartet member?",
    ),
    (
        "Can one board member be removed by the other directors?",
        "Can a board member be removed by the other directors?",
    ),
    # "everyone else" on the same side of the verb, or in a by-phrase
    (
        "How should we split the bill when my sister pays for everyone?",
        "How should we split the bill when my sister pays for everyone else?",
    ),
    (
        "How should our quartet split gig fees when everyone else drives our cellist?",
        "How should our quartet split gig fees when our cellist is driven by everyone else?",
    ),
]


# Role pass 106 (blind round 238): three readers widened. "the N1 I was V-ing V-ed someone's N2"
# / "someone's N1 V-ed the N2 I was V-ing" (``party_readings.unowned_said_mine`` reads the
# asker's contact relative as "my N"); "when a (M) N V-s our X" / "when I V a X as a N"
# (``asker_doer.role_made_asker``, the asker the client against the professional); "X canceled my
# N; do they owe me P?" / "I canceled my N with X; do I get P?" (``sentences.trade_sentence``, the
# trade's sentence of another length read alone).
HUNDRED_SEVENTH_ROUNDS = [
    (
        "At the county fair, the llama I was showing attacked someone's goat. What should I do?",
        "At the county fair, someone's llama attacked the goat I was showing. What should I do?",
        0.990,
    ),
    (
        "What should I expect when an organ consultant evaluates our church's organ?",
        "What should I expect when I evaluate a church's organ as a consultant?",
        0.956,
    ),
    (
        "The outfitter canceled my llama trek a week out; do they owe me a refund?",
        "I canceled my llama trek with the outfitter a week out; do I get a refund?",
        0.952,
    ),
]

HUNDRED_SEVENTH_SWAPPED = [
    # "the N1 I was V-ing V-ed someone's N2" / "someone's N1 V-ed the N2 I was V-ing"
    (
        "At the dog park, the puppy I was watching knocked over someone's toddler. Am I liable?",
        "At the dog park, someone's puppy knocked over the toddler I was watching. Am I liable?",
    ),
    (
        "In the parking garage, the car I was parking scraped someone's van. What should I do?",
        "In the parking garage, someone's car scraped the van I was parking. What should I do?",
    ),
    # "when a (M) N V-s our X" / "when I V a X as a N"
    (
        "What should I expect when a tax accountant reviews our business's books?",
        "What should I expect when I review a business's books as an accountant?",
    ),
    (
        "What should I expect when a wedding photographer photographs our wedding?",
        "What should I expect when I photograph a wedding as a photographer?",
    ),
    (
        "What should I expect when a piano technician tunes my piano?",
        "What should I expect when I tune a piano as a technician?",
    ),
    # "X canceled my N ...; do they owe me P?" / "I canceled my N with X ...; do I get P?"
    (
        "The venue canceled my wedding a month out; do they owe me the deposit?",
        "I canceled my wedding with the venue a month out; do I get the deposit?",
    ),
    (
        "The airline canceled my flight a day before; do they owe me a refund?",
        "I canceled my flight with the airline a day before; do I get a refund?",
    ),
    (
        "The gym canceled my membership last week; do they owe me a refund?",
        "I canceled my membership with the gym last week; do I get a refund?",
    ),
]

HUNDRED_SEVENTH_SAME = [
    # the asker's animal the doer both ways: the passive, the follow-up moved, another owner word
    (
        "At the dog park, the puppy I was watching knocked over someone's toddler. Am I liable?",
        "At the dog park, someone's toddler was knocked over by the puppy I was watching. Am I "
        "liable?",
    ),
    (
        "At the stable, the horse I was grooming kicked someone's pony. Am I responsible?",
        "Am I responsible? At the stable, the horse I was grooming kicked someone's pony.",
    ),
    (
        "At the county fair, the llama I was showing attacked someone's goat. What should I do?",
        "What should I do? At the county fair, the llama I was showing attacked another person's "
        "goat.",
    ),
    # the asker the professional both ways, or the client both ways
    (
        "What should I expect when I tune a piano as a technician?",
        "What should I expect as a piano technician when I tune a piano?",
    ),
    (
        "What should I expect when a home inspector inspects my house?",
        "What should I expect when my house is inspected by a home inspector?",
    ),
    (
        "What should I expect when an organ consultant evaluates our church's organ?",
        "What should I expect when a consultant evaluates our church's organ?",
    ),
    # the one who canceled kept: the passive, the party folded into the noun
    (
        "The outfitter canceled my llama trek a week out; do they owe me a refund?",
        "My llama trek was canceled by the outfitter a week out; do they owe me a refund?",
    ),
    (
        "I canceled my booking with the hotel a week out; do I get a refund?",
        "I canceled my hotel booking a week out; do I get a refund?",
    ),
]


def test_hundred_seventh_pass_readers_leave_the_kept_pairs() -> None:
    # role pass 106: the round's pairs to keep read with no trade by any reader (the first is
    # refused on its order, "At the county fair the llama" with no comma, not on its roles)
    kept = [
        (
            "At the county fair, the llama I was showing attacked someone's goat. What should I "
            "do?",
            "What should I do? At the county fair the llama I was showing attacked another "
            "person's goat.",
        ),
        (
            "The outfitter canceled my llama trek a week out; do they owe me a refund?",
            "My llama trek was canceled by the outfitter a week out; do they owe me a refund?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        px, py = parse(x), parse(y)
        assert not roles.role_swap(px, py), (x, y)
        for reader in (unowned_said_mine, role_made_asker, trade_sentence):
            assert not _read_as_traded(reader, px, py), (reader, x, y)
    served = kept[1]
    assert verify(*served, 0.990, VerifyConfig()).accept


HUNDRED_TENTH_ROUNDS = [
    (
        "How do I handle a skater who laughs at a teammate who fell?",
        "How do I handle a skater who fell and got laughed at by a teammate?",
        0.969,
    ),
    (
        "Who bought the British Guiana 1c magenta when it was sold in 2021?",
        "Who sold the British Guiana 1c magenta in 2021?",
        0.982,
    ),
    (
        "Can a stamp issued by the occupying country be used in the country it occupied?",
        "Can a stamp issued by the occupied country be used in the country that occupied it?",
        0.979,
    ),
]

HUNDRED_TENTH_SWAPPED = [
    # "a N who V-s (P) a M who W" / "a N who W and got V-ed (P) by a M"
    (
        "How do I handle an employee who yells at a coworker who made a mistake?",
        "How do I handle an employee who made a mistake and got yelled at by a coworker?",
    ),
    (
        "What should I do about a child who bites a classmate who cries a lot?",
        "What should I do about a child who cries a lot and gets bitten by a classmate?",
    ),
    # "Who V1 T ...?" / "Who V2 T ...?", V1 and V2 the two sides of one transfer or contest
    (
        "Who sold the farmhouse when it was bought in 2015?",
        "Who bought the farmhouse in 2015?",
    ),
    (
        "Who won the chess match at the club last night?",
        "Who lost the chess match at the club last night?",
    ),
    # "the N it V-ed" / "the N that V-ed it", the participles before the other noun traded too
    (
        "Can the acquiring company lay off staff of the firm it bought?",
        "Can the acquired company lay off staff of the firm that bought it?",
    ),
    (
        "Can the new vendor hire staff from the vendor it replaced?",
        "Can the replaced vendor hire staff from the vendor that replaced it?",
    ),
]

HUNDRED_TENTH_SAME = [
    # the head the doer both ways, or the one acted on both ways, in other words
    (
        "How do I handle a student who mocks a classmate who stutters?",
        "How do I handle a student who mocks a stuttering classmate?",
    ),
    (
        "How do I handle a student who stutters and gets mocked by a classmate?",
        "How do I handle a student who stutters and is mocked by a classmate?",
    ),
    (
        "How do I handle a skater who laughs at a teammate who fell?",
        "How do I handle a skater who laughs at a teammate that fell?",
    ),
    # the same party asked for with the same verb, the rest reordered or reworded
    (
        "Who won the chess match at the club last night?",
        "Who won the chess match last night at the club?",
    ),
    (
        "Who bought the farmhouse when it was sold in 2015?",
        "Who bought the farmhouse when it sold in 2015?",
    ),
    # "the N it V-ed" / "the N that it V-ed", and a symmetric verb ("played")
    (
        "Can the winning team protest the team it beat?",
        "Can the winning team protest the team that it beat?",
    ),
    (
        "Can our club hire coaches from the club it played last week?",
        "Can our club hire coaches from the club that played it last week?",
    ),
]


# Role pass 110 (blind round 243): who does what to whom traded in three shapes. "(In X,) whom
# does Y V?" / "(In X,) who V-s Y?" (``inverted``: "whom" against "who", a shared frame before
# the question); "a N who gets caught V-ing another M's X" / "a N whose X get V-ed by another M"
# (``one_relatives.whose_passive_traded``: "get caught V-ing" read as V-ing, "get" a passive's
# auxiliary); "my kid's friend ... my N" / "my kid ... his friend's parent's N"
# (``followed.chain_owner_collapsed``: a child's parent's thing read as the child's).
HUNDRED_ELEVENTH_ROUNDS = [
    (
        "In Lucia di Lammermoor, whom does Lucia stab?",
        "In Lucia di Lammermoor, who stabs Lucia?",
        0.982,
    ),
    ("In Hamlet, whom does Hamlet kill?", "In Hamlet, who kills Hamlet?", 0.970),
    (
        "What happens to a lobsterman who gets caught hauling another man's traps?",
        "What happens to a lobsterman whose traps get hauled by another man?",
        0.972,
    ),
    (
        "What happens to a student who gets caught copying another student's essay?",
        "What happens to a student whose essay gets copied by another student?",
        0.944,
    ),
    (
        "Who is liable if my kid's friend gets hurt riding in my cargo bike?",
        "Who is liable if my kid gets hurt riding in his friend's parent's cargo bike?",
        0.970,
    ),
    (
        "Who pays if my son's friend breaks his arm on our trampoline?",
        "Who pays if my son breaks his arm on his friend's trampoline?",
        0.990,
    ),
    ("Who does my cat hiss at?", "Who hisses at my cat?", 0.921),
    (
        "My gym sponsored the eater who owns my bakery. Is that a conflict of interest?",
        "The eater who owns my gym sponsored my bakery. Is that a conflict of interest?",
        0.994,
    ),
]

HUNDRED_ELEVENTH_SWAPPED = [
    # "(In X,) whom does Y V?" / "(In X,) who V-s Y?"
    ("On the team, whom does Marco coach?", "On the team, who coaches Marco?"),
    ("At the office, whom does Dana supervise?", "At the office, who supervises Dana?"),
    # "a N who gets caught V-ing another N's X" / "a N whose X gets V-ed by another N"
    (
        "What happens to an employee who gets caught reading another employee's email?",
        "What happens to an employee whose email gets read by another employee?",
    ),
    (
        "What happens to a student who got caught copying another student's homework?",
        "What happens to a student whose homework got copied by another student?",
    ),
    # "my kid's friend ... my N" / "my kid ... his friend's parent's N"
    (
        "Who pays if my daughter's friend breaks a tooth on my trampoline?",
        "Who pays if my daughter breaks a tooth on her friend's parents' trampoline?",
    ),
    (
        "Who is responsible if my son's friend gets bitten by my dog?",
        "Who is responsible if my son gets bitten by his friend's family's dog?",
    ),
    # "my N1 V-ed the X who owns my N2" / "the X who owns my N1 V-ed my N2"
    (
        "My law firm represented the man who owns my restaurant. Is that a conflict of interest?",
        "The man who owns my law firm represented my restaurant. Is that a conflict of interest?",
    ),
    (
        "My bank lent money to the investor who owns my startup. Is that allowed?",
        "The investor who owns my bank lent money to my startup. Is that allowed?",
    ),
]

HUNDRED_ELEVENTH_SAME = [
    # "whom" / "who" both asking for the one acted on; a symmetric verb; the frame moved
    (
        "In Lucia di Lammermoor, whom does Lucia stab?",
        "In Lucia di Lammermoor, who does Lucia stab?",
    ),
    ("In the movie, whom does Rocky fight?", "In the movie, who fights Rocky?"),
    # the one caught doing it both ways, the one done to both ways
    (
        "What happens to a driver who gets caught using another driver's parking permit?",
        "What happens to a driver who is caught using another driver's parking permit?",
    ),
    (
        "What happens to a driver whose parking permit gets used by another driver?",
        "What happens to a driver whose parking permit is used by another driver?",
    ),
    # the same child hurt on the same family's thing
    (
        "Who is liable if my kid gets hurt riding in his friend's parent's car?",
        "Who is liable if my kid gets hurt while riding in his friend's parent's car?",
    ),
    (
        "Who is responsible if my son gets bitten by his friend's family's dog?",
        "If my son gets bitten by his friend's family's dog, who is responsible?",
    ),
    # the same thing held both ways, the main clause in the other voice
    (
        "My gym sponsored the eater who owns my bakery. Is that a conflict of interest?",
        "The eater who owns my bakery was sponsored by my gym. Is that a conflict of interest?",
    ),
    (
        "My bank lent money to the investor who owns my startup. Is that allowed?",
        "Is it allowed that my bank lent money to the investor who owns my startup?",
    ),
]


# Role pass 111 (blind round 244): a participle's doer in a "by" phrase traded in place with its
# receiver, source or beneficiary in a "to" / "from" / "for" phrase, "his" following along: "N
# V-ed by X to his Y" / "N V-ed to X by his Y" (``preps.prepositions_traded`` widened).
HUNDRED_TWELFTH_ROUNDS = [
    (
        "I have a first edition inscribed by Steinbeck to his editor. Is it worth a premium?",
        "I have a first edition inscribed to Steinbeck by his editor. Is it worth a premium?",
        0.998,
    ),
    (
        "a letter written by Lincoln to his general",
        "a letter written to Lincoln by his general",
        0.997,
    ),
    (
        "a painting given by my grandfather to his brother",
        "a painting given to my grandfather by his brother",
        0.996,
    ),
    ("a ring sold by the dealer to my aunt", "a ring sold to the dealer by my aunt", 0.994),
    ("a song dedicated by Lennon to his wife", "a song dedicated to Lennon by his wife", 0.996),
]

HUNDRED_TWELFTH_SWAPPED = [
    # "V-ed by X for his Y" / "V-ed for X by his Y": the maker and the one it was made for
    (
        "Can I freeze a cake baked by my mom for her sister?",
        "Can I freeze a cake baked for my mom by her sister?",
    ),
    (
        "Is a sweater knitted by my grandma for her neighbor machine washable?",
        "Is a sweater knitted for my grandma by her neighbor machine washable?",
    ),
    # "V-ed by X from his Y" / "V-ed from X by his Y": the taker and the one taken from
    (
        "Is a car bought by my dad from his boss a taxable gift?",
        "Is a car bought from my dad by his boss a taxable gift?",
    ),
    (
        "Is a puppy adopted by my cousin from his landlord covered by the pet deposit?",
        "Is a puppy adopted from my cousin by his landlord covered by the pet deposit?",
    ),
    # "V-ed (P) by X to his Y" / "V-ed (P) to X by his Y": the sender and the receiver
    (
        "Should I reply to an email forwarded by my manager to her assistant?",
        "Should I reply to an email forwarded to my manager by her assistant?",
    ),
    (
        "Is a check written by my tenant to her landlord still valid after six months?",
        "Is a check written to my tenant by her landlord still valid after six months?",
    ),
    (
        "What does a referral sent by my dentist to his colleague usually include?",
        "What does a referral sent to my dentist by his colleague usually include?",
    ),
    (
        "Can I get back a text sent in error by my boss to his wife?",
        "Can I get back a text sent in error to my boss by his wife?",
    ),
]

HUNDRED_TWELFTH_SAME = [
    # the passive's doer said as the subject of a relative clause, the other party kept
    (
        "I have a first edition inscribed by Steinbeck to his editor. Is it worth a premium?",
        "I have a first edition Steinbeck inscribed to his editor. Is it worth a premium?",
    ),
    (
        "Should I reply to an email forwarded by my manager to the whole team?",
        "Should I reply to an email my manager forwarded to the whole team?",
    ),
    (
        "What does a referral sent by my dentist to his colleague usually include?",
        "What does a referral my dentist sent to his colleague usually include?",
    ),
    (
        "Is a sweater knitted for my grandma by her neighbor machine washable?",
        "Is a sweater that her neighbor knitted for my grandma machine washable?",
    ),
    (
        "Is a bike borrowed by my son from his friend covered by our insurance?",
        "Is a bike my son borrowed from his friend covered by our insurance?",
    ),
    (
        "Can I frame a poster signed by the band for my son?",
        "Can I frame a poster the band signed for my son?",
    ),
    # the same party on both sides: the trade changes nobody
    (
        "Are cards mailed by students to students tax deductible?",
        "Are cards mailed to students by students tax deductible?",
    ),
]


# Role pass 112 (blind rounds 245-248): the passive's subject and the owner of its "by" doer
# traded ("my X is being V-ed by a rival N" / "I'm being V-ed by my X's rival N",
# ``passives.victim_owner_traded`` widened); the owners of the doer and the target traded in a
# clause, one said "its" (``modifiers.modifiers_exchanged`` and ``owners.possessive_swap``
# widened); two things traded between a clause's subject and the owner of a place, the owner
# said by an agent noun ("the banjo ... the fiddler's monitor" / "the fiddle ... the banjo
# player's monitor", ``agent_nouns.agent_said_thing``).
HUNDRED_THIRTEENTH_ROUNDS = [
    (
        "My derby wife is being recruited by a rival league; should I say something?",
        "I'm being recruited by my derby wife's rival league; should I say something?",
        0.979,
    ),
    (
        "Is team A penalized when its steerer splashes team B's paddlers?",
        "Is team A penalized when team B's steerer splashes its paddlers?",
        0.995,
    ),
    (
        "How do I tell the sound engineer that the banjo is too loud in the fiddler's monitor?",
        "How do I tell the sound engineer that the fiddle is too loud in the banjo player's"
        " monitor?",
        0.964,
    ),
    (
        "My coworker is being poached by a competitor",
        "I'm being poached by my coworker's competitor",
        0.940,
    ),
    ("My sister is being sued by a neighbor", "I'm being sued by my sister's neighbor", 0.943),
    (
        "What if the guitar is too loud in the drummer's headphones?",
        "What if the drums are too loud in the guitarist's headphones?",
        0.918,
    ),
]

HUNDRED_THIRTEENTH_SWAPPED = [
    # "my X is being V-ed by N" / "I'm being V-ed by my X's N"
    (
        "My mother is being scammed by a fake contractor; what should I do?",
        "I'm being scammed by my mother's fake contractor; what should I do?",
    ),
    (
        "My tenant is being harassed by a neighbor; can I intervene?",
        "I'm being harassed by my tenant's neighbor; can I intervene?",
    ),
    (
        "His wife is being followed by a private investigator. Is that legal?",
        "He is being followed by his wife's private investigator. Is that legal?",
    ),
    (
        "My roommate is being evicted by a new landlord; do I have to move too?",
        "I'm being evicted by my roommate's new landlord; do I have to move too?",
    ),
    # "its X V-s B's Y" / "B's X V-s its Y"
    (
        "Is the company liable when its driver hits another firm's truck?",
        "Is the company liable when another firm's driver hits its truck?",
    ),
    (
        "Can the school be sued if its bus damages the church's van?",
        "Can the school be sued if the church's bus damages its van?",
    ),
    # "the X is ADJ in the Y-ist's N" / "the Y is ADJ in the X-ist's N"
    (
        "What if the piano is too loud in the violinist's monitor?",
        "What if the violin is too loud in the pianist's monitor?",
    ),
    (
        "Why is the trumpet so loud in the drummer's in-ear mix?",
        "Why are the drums so loud in the trumpet player's in-ear mix?",
    ),
]

HUNDRED_THIRTEENTH_SAME = [
    # the same one undergoing it, the doer said with or without an owner
    (
        "My tenant is being harassed by a neighbor; can I intervene?",
        "My tenant is being harassed by her neighbor; can I intervene?",
    ),
    # the passive said in the active, the same victim
    (
        "I'm being scammed by my mother's fake contractor; what should I do?",
        "My mother's fake contractor is scamming me; what should I do?",
    ),
    # "its" said as the owner it stands for, the target's owner kept
    (
        "Is team A penalized when its steerer splashes team B's paddlers?",
        "Is team A penalized when team A's steerer splashes team B's paddlers?",
    ),
    (
        "Is the company liable when its driver hits another firm's truck?",
        "Is the company liable when its driver hits a truck of another firm?",
    ),
    # the same thing in the same one's place, said another way
    (
        "What if the piano is too loud in the violinist's monitor?",
        "What if the piano is too loud in the monitor of the violinist?",
    ),
    (
        "Why is the trumpet so loud in the drummer's in-ear mix?",
        "Why is the trumpet so loud in the in-ear mix of the drummer?",
    ),
]


# Role pass 113 (blind rounds 245-248): the asker the doer of an event on one side and the one
# it was done to on the other, the state said of the other party moving along ("the N I V-ed was
# Z" / "my N was Z when another N V-ed it": ``undergoer.doer_made_undergoer``); a reduced passive
# relative against an active one of the same verb ("the N being V-ed" / "the N who is V-ing":
# ``one_relatives.relative_voice_traded`` widened); the rider and the vehicle's owner traded with
# a follow-up naming the other party by a noun phrase ("Am I liable" / "Is the friend's family
# liable": ``sentences.trade_sentence`` widened).
HUNDRED_FOURTEENTH_ROUNDS = [
    (
        "The boat I hit was moored illegally on a bend; am I still liable?",
        "My boat was moored illegally on a bend when another boat hit it; am I still liable?",
        0.975,
    ),
    (
        "The car I rear-ended was double-parked; am I liable?",
        "My car was double-parked when another car rear-ended it; am I liable?",
        0.973,
    ),
    (
        "The cyclist I hit was riding without lights",
        "I was riding without lights when a cyclist hit me",
        0.916,
    ),
    (
        "In motocross, should the rider being passed hold his line?",
        "In motocross, should the rider who is passing hold his line?",
        0.979,
    ),
    (
        "should the driver being overtaken slow down?",
        "should the driver who is overtaking slow down?",
        0.893,
    ),
    (
        "what should the player being guarded do?",
        "what should the player who is guarding do?",
        0.858,
    ),
    ("the child being bullied", "the child who is bullying", 0.812),
    (
        "My son's friend rides on the back of my son's dirt bike. Am I liable if he's hurt?",
        "My son rides on the back of his friend's dirt bike. Is the friend's family liable if"
        " he's hurt?",
        0.949,
    ),
    ("My daughter's friend swims in our pool", "My daughter swims in her friend's pool", 0.959),
]

HUNDRED_FOURTEENTH_SWAPPED = [
    # "the N I V-ed was Z" / "I was Z when a N V-ed me", "my N was Z when another N V-ed it"
    (
        "The jogger I bumped into was wearing headphones; am I at fault?",
        "I was wearing headphones when a jogger bumped into me; am I at fault?",
    ),
    (
        "The drone I crashed into was flying over a crowd; am I liable?",
        "My drone was flying over a crowd when another drone crashed into it; am I liable?",
    ),
    (
        "The skier I hit was stopped in the middle of the run; am I at fault?",
        "I was stopped in the middle of the run when a skier hit me; am I at fault?",
    ),
    # "the N being V-ed" / "the N who is V-ing"
    (
        "In hockey, can the player being checked retaliate?",
        "In hockey, can the player who is checking retaliate?",
    ),
    (
        "Should the employee being interviewed take notes?",
        "Should the employee who is interviewing take notes?",
    ),
    # "my X's Y V-s my X's N. Am I ...?" / "my X V-s his Y's N. Is the Y ...?"
    (
        "My nephew's roommate drives my nephew's car. Is my nephew covered if he crashes?",
        "My nephew drives his roommate's car. Is the roommate covered if he crashes?",
    ),
    (
        "My brother's coworker sleeps on my brother's couch. Do I need to tell the landlord?",
        "My brother sleeps on his coworker's couch. Does the coworker need to tell the landlord?",
    ),
    (
        "My daughter's friend rides my daughter's horse. Am I liable if she falls?",
        "My daughter rides her friend's horse. Is the friend's family liable if she falls?",
    ),
]

HUNDRED_FOURTEENTH_SAME = [
    # the asker the doer on both sides, the state said of the one hit on both
    (
        "The car I rear-ended was double-parked; am I liable?",
        "I rear-ended a car that was double-parked; am I liable?",
    ),
    (
        "The cyclist I hit was riding without lights; am I at fault?",
        "The cyclist was riding without lights when I hit him; am I at fault?",
    ),
    (
        "The drone I crashed into was flying over a crowd; am I liable?",
        "I crashed into a drone that was flying over a crowd; am I liable?",
    ),
    # the reduced passive and the full one: the head acted on both ways
    (
        "Should the driver being overtaken slow down?",
        "Should the driver who is being overtaken slow down?",
    ),
    (
        "What should the player being guarded do?",
        "What should the player that is being guarded do?",
    ),
    (
        "Does the company being sued have to notify its customers?",
        "Does the company that is being sued have to notify its customers?",
    ),
    # the same rider and owner, the follow-up punctuated or the party named another way
    (
        "My nephew's roommate drives my nephew's car. Is my nephew covered if he crashes?",
        "My nephew's roommate drives my nephew's car; is my nephew covered if he crashes?",
    ),
    (
        "My brother's coworker sleeps on my brother's couch. Does the coworker need to tell the"
        " landlord?",
        "My brother's coworker sleeps on my brother's couch. Does he need to tell the landlord?",
    ),
]


# Role pass 114 (blind rounds 245-249): who does what traded under three frames, the words kept:
# "ask X to V my N" / "ask X if I can V his N" (who is to do V, the owner of N flipping with it;
# ``wanted.wanted_doer_changed`` widened), "V a N with my M" / "get my N V-ed by a M" (the asker
# doing V against the asker's N done to by another; ``getpassive.got_done_active`` widened), "Can
# my X refuse to V" / "Can I refuse to let my X V" (who refuses; ``lets.let_object_made_subject``).
HUNDRED_FIFTEENTH_ROUNDS = [
    (
        "How do I ask my banjo teacher to join my band?",
        "How do I ask my banjo teacher if I can join his band?",
        0.963,
    ),
    (
        "How do I ask my neighbor to join my carpool?",
        "How do I ask my neighbor if I can join his carpool?",
        0.959,
    ),
    (
        "How do I ask my coworker to come to my party?",
        "How do I ask my coworker if I can come to her party?",
        0.932,
    ),
    (
        "How do I tow a hang glider behind my ultralight?",
        "How do I get my hang glider towed behind an ultralight?",
        0.961,
    ),
    (
        "How do I tow a trailer with my truck?",
        "How do I get my trailer towed by a truck?",
        0.874,
    ),
    ("How do I jump-start a car with my battery?", "How do I get my car jump-started?", 0.832),
    (
        "Can my candy shop employee refuse to work on Halloween?",
        "Can I refuse to let my candy shop employee work on Halloween?",
        0.971,
    ),
    ("Can my son refuse to go to school?", "Can I refuse to let my son go to school?", 0.947),
    # refused before this pass ("let me in": a person pronoun, read by other readers)
    ("Can my tenant refuse to let me in?", "Can I refuse to let my tenant in?", 0.928),
]

HUNDRED_FIFTEENTH_SWAPPED = [
    # "ask X to V my N" / "ask X if I can V his N": who is to do V, and whose N
    (
        "How do I ask my sister to babysit my kids?",
        "How do I ask my sister if I can babysit her kids?",
    ),
    (
        "How can I ask my neighbor to use my pool?",
        "How can I ask my neighbor if I can use his pool?",
    ),
    (
        "How do I ask my landlord to fix my heater?",
        "How do I ask my landlord if I can fix his heater?",
    ),
    # "V a N with my M" / "get my N V-ed by a M": the asker doing V against having it done
    (
        "How do I pull a stump with my tractor?",
        "How do I get my stump pulled by a tractor?",
    ),
    (
        "How do I tune a piano with my app?",
        "How do I get my piano tuned with an app?",
    ),
    (
        "How do I jump-start a motorcycle with my car?",
        "How do I get my motorcycle jump-started by a car?",
    ),
    # "Can my X C to V" / "Can I C to let my X V": who refuses or declines
    (
        "Can my husband refuse to sign the divorce papers?",
        "Can I refuse to let my husband sign the divorce papers?",
    ),
    (
        "Can my dog walker decline to walk my dog in the rain?",
        "Can I decline to let my dog walker walk my dog in the rain?",
    ),
]

HUNDRED_FIFTEENTH_SAME = [
    # the same one asked to act, another wording ("if she can V my N": X doing it still)
    (
        "How do I ask my landlord to fix my heater?",
        "How can I ask my landlord to fix my heater?",
    ),
    (
        "How do I ask my neighbor to watch my dog?",
        "How do I ask my neighbor if she can watch my dog?",
    ),
    # the asker's own thing on both sides: "ask X to V my N" said for "may I V my N"
    (
        "How do I ask my boss if I can take my vacation days?",
        "How do I ask my boss to take my vacation days?",
    ),
    # the asker doing V with their own M, said another way; "get" / "have" the same
    ("How do I tow a boat with my SUV?", "How do I use my SUV to tow a boat?"),
    ("How do I get my boat towed by an SUV?", "How can I have my boat towed by an SUV?"),
    # the same one refusing, asked another way
    (
        "Can my teenager refuse to go to church?",
        "Is my teenager allowed to refuse to go to church?",
    ),
    (
        "Can I refuse to let my son go to school?",
        "Can I refuse to allow my son to go to school?",
    ),
    (
        "Can I refuse to let my son go to school?",
        "Am I allowed to refuse to let my son go to school?",
    ),
]


# Role pass 115 (blind rounds 246-249): the product of a merger made one of its parties ("Which
# Ns merged to form X?" / "Which N did X merge into?", ``formed.product_made_party``); a reduced
# passive's doer and the main clause's subject traded ("can I V on a N V-ed by X" / "can X V on
# a N I V-ed", ``clausal.by_relative_said`` widened); a copular comparison's sides traded with a
# possessive following ("X is -er than the Ns in her M" / "The Ns in X's M are -er than her",
# ``clauses.clause_swap`` widened); payer and payee traded ("X wants my N to pay him" / "I want
# X to pay my N", ``wanted.want_turned_round`` widened).
HUNDRED_SIXTEENTH_ROUNDS = [
    (
        "Which dairy cooperatives merged to form Dairy Farmers of America?",
        "Which dairy cooperative did Dairy Farmers of America merge into?",
        0.982,
    ),
    (
        "In riichi mahjong, can I call chi on a tile discarded by the player sitting to my right?",
        "In riichi mahjong, can the player sitting to my right call chi on a tile I discarded?",
        0.961,
    ),
    (
        "My daughter is faster than the boys in her BMX class. Should she move up?",
        "The boys in my daughter's BMX class are faster than her. Should she move up?",
        0.985,
    ),
    (
        "The bar owner wants my ghost tour to pay him for stopping outside his bar; should I?",
        "I want the bar owner to pay my ghost tour for stopping outside his bar; "
        "is that reasonable?",
        0.951,
    ),
]

HUNDRED_SIXTEENTH_SWAPPED = [
    # "Which Ns V-ed to form X?" / "Which N did X V into / with?": the product made a party
    (
        "Which record labels merged to form Universal Music Group?",
        "Which record label did Universal Music Group merge into?",
    ),
    (
        "Which school districts consolidated to form the Lakeview district?",
        "Which school district did the Lakeview district consolidate with?",
    ),
    # "Can I V a N V-ed by X?" / "Can X V a N I V-ed?": who acts and who did the first deed
    ("Can I cancel a ride booked by my roommate?", "Can my roommate cancel a ride I booked?"),
    (
        "Can I edit a document shared by my coworker?",
        "Can my coworker edit a document I shared?",
    ),
    # "X is -er than the Ns in her M" / "The Ns in X's M are -er than her"
    (
        "My sister is shorter than the girls in her dance class. Is that normal?",
        "The girls in my sister's dance class are shorter than her. Is that normal?",
    ),
    (
        "My cat is heavier than the kittens in her litter",
        "The kittens in my cat's litter are heavier than her",
    ),
    # "X wants my N to pay him" / "I want X to pay my N": the payer and the payee
    (
        "My neighbor wants my contractor to pay him for the damaged fence",
        "I want my neighbor to pay my contractor for the damaged fence",
    ),
    (
        "My roommate wants my boyfriend to pay her for groceries; is that fair?",
        "I want my roommate to pay my boyfriend for groceries; is that fair?",
    ),
]

HUNDRED_SIXTEENTH_SAME = [
    # the product said both ways, another wh-word
    (
        "Which record labels merged to form Universal Music Group?",
        "What record labels merged to form Universal Music Group?",
    ),
    # the result said on both sides, one of them as a gerund: no party named
    ("How long does it take to form an LLC?", "How long does forming an LLC take?"),
    # the reduced passive said as a relative clause with the same doer
    ("Can I edit a document shared by my coworker?", "Can I edit a document my coworker shared?"),
    ("Can I cancel a ride booked by my roommate?", "Can I cancel a ride that my roommate booked?"),
    # the comparison's sides kept
    (
        "My sister is shorter than the girls in her dance class. Is that normal?",
        "My sister is shorter than the girls in her dance class; is that normal?",
    ),
    (
        "My son is taller than the kids on his team",
        "My son is taller than the other kids on his team",
    ),
    # the payer and the payee kept
    (
        "My roommate wants my boyfriend to pay her for groceries; is that fair?",
        "My roommate wants my boyfriend to pay her for groceries. Is that fair?",
    ),
]

# Role pass 116 (blind rounds 251-252): a harm's victim against its cause ("N to X" / "N caused
# by X", "N done to X" / "N done by X": ``preps.prepositions_traded`` widened); the one a thing is
# rented to made its owner ("S rents (part of) its N to X" / "S rents (part of) X's N":
# ``whose_object.object_owner_traded`` widened).
HUNDRED_SEVENTEENTH_ROUNDS = [
    (
        "Does the club's insurance cover injuries to guests who paddle with us?",
        "Does the club's insurance cover injuries caused by guests who paddle with us?",
        0.995,
    ),
    (
        "Our historical society rents part of its building to a cafe. Who has to fix the roof?",
        "Our historical society rents part of a cafe's building. Who has to fix the roof?",
        0.992,
    ),
]

HUNDRED_SEVENTEENTH_SWAPPED = [
    # "N to X" / "N caused by X", "N done to X" / "N done by X": the one hurt and the one who hurts
    (
        "Does my renters insurance cover damage to my roommate's laptop?",
        "Does my renters insurance cover damage caused by my roommate's laptop?",
    ),
    (
        "Who is liable for injuries to players during a pickup game?",
        "Who is liable for injuries caused by players during a pickup game?",
    ),
    (
        "Can I sue for harm done to my children at daycare?",
        "Can I sue for harm done by my children at daycare?",
    ),
    (
        "Does the warranty cover damage to the dishwasher?",
        "Does the warranty cover damage caused by the dishwasher?",
    ),
    # "S V (part of) its N to X" / "S V (part of) X's N": the owner and the renter traded
    (
        "My gym rents its pool to a swim team. Who is liable for accidents?",
        "My gym rents a swim team's pool. Who is liable for accidents?",
    ),
    (
        "I sublease my apartment to a coworker; can my landlord object?",
        "I sublease a coworker's apartment; can my landlord object?",
    ),
    (
        "Our theater rents part of its stage to a dance school on Mondays",
        "Our theater rents part of a dance school's stage on Mondays",
    ),
    (
        "I rent my parking spot to him. Do I need to report the income?",
        "I rent his parking spot. Do I need to report the income?",
    ),
]

HUNDRED_SEVENTEENTH_SAME = [
    # the one hurt said on both sides, "caused to" / "to", "suffered by" / "to"
    (
        "Does the warranty cover damage to the dishwasher?",
        "Does the warranty cover damage caused to the dishwasher?",
    ),
    (
        "Does homeowner's insurance cover injuries to guests?",
        "Does homeowner's insurance cover injuries suffered by guests?",
    ),
    ("Who pays for injuries to customers?", "Who pays for injuries customers suffer?"),
    # the cause said on both sides, reordered with the one hurt kept
    ("Who pays for injuries caused by customers?", "Who pays for injuries that customers caused?"),
    (
        "Does my policy cover damage to my car caused by a tenant?",
        "Does my policy cover damage caused by a tenant to my car?",
    ),
    # the owner and the renter kept
    (
        "My gym rents its pool to a swim team. Who is liable for accidents?",
        "My gym rents out its pool to a swim team. Who is liable for accidents?",
    ),
    (
        "Our theater rents part of a dance school's stage on Mondays",
        "Our theater rents part of the stage of a dance school on Mondays",
    ),
]


# Role pass 117 (blind rounds 251-252): the embedded "who the N (that) CLAUSE was" read as "who
# CLAUSE" and "the N who was my X" as "my X" (``one_relatives.one_relative_said`` widened: "who
# the farmer my ancestor worked for was" / "who worked for the farmer who was my ancestor"); the
# one serving as a N traded with the one owning it ("use my X as a N for my Y" / "run my X
# through my Y's N", ``serving.served_owner_traded``).
HUNDRED_EIGHTEENTH_ROUNDS = [
    (
        "How do I find out who the farmer my ancestor worked for was?",
        "How do I find out who worked for the farmer who was my ancestor?",
        0.988,
    ),
    (
        "Can I use my cassette deck as a phono preamp for my turntable?",
        "Can I run my cassette deck through my turntable's phono preamp?",
        0.972,
    ),
]

HUNDRED_EIGHTEENTH_SWAPPED = [
    # "who the N my X V-ed P was" / "who V-ed P the N who was my X": who did it for whom
    (
        "How can I find out who the contractor my landlord worked for was?",
        "How can I find out who worked for the contractor who was my landlord?",
    ),
    (
        "Do you know who the coach my teammate trained under was?",
        "Do you know who trained under the coach who was my teammate?",
    ),
    (
        "How can I find out who the client my coworker consulted for was?",
        "How can I find out who consulted for the client who was my coworker?",
    ),
    (
        "I want to know who the singer my friend opened for was",
        "I want to know who opened for the singer who was my friend",
    ),
    # "use my X as a N for my Y" / "V my X P my Y's N": which one is the N
    (
        "Can I use my boat battery as a power source for my fish finder?",
        "Can I run my boat battery through the power source on my fish finder?",
    ),
    (
        "Can I use my truck as a generator for my camper?",
        "Can I run my truck off my camper's generator?",
    ),
    (
        "Can I use my rain barrel as a reservoir for my drip system?",
        "Can I connect my rain barrel to my drip system's reservoir?",
    ),
    (
        "Can I use my Kindle as a display for my Raspberry Pi?",
        "Can I hook my Kindle up to my Raspberry Pi's display?",
    ),
]

HUNDRED_EIGHTEENTH_SAME = [
    # the asked-for N's relative said both ways, or the N left out
    (
        "How do I find out who the farmer my ancestor worked for was?",
        "How can I find out who the farmer was that my ancestor worked for?",
    ),
    (
        "How do I find out who the captain my grandfather sailed under was?",
        "How do I find out who my grandfather sailed under?",
    ),
    (
        "How do I find out who the man that married my grandmother was?",
        "How do I find out who the man was that married my grandmother?",
    ),
    (
        "How can I find out who the lawyer my grandmother worked for was?",
        "How can I find out who the lawyer that my grandmother worked for was?",
    ),
    # the same one serving as the N, "as" said both ways
    (
        "Can I use my phone as a hotspot for my tablet?",
        "Can I use my phone as my tablet's hotspot?",
    ),
    (
        "Can I use my truck as a generator for my camper?",
        "Can I use my truck as my camper's generator?",
    ),
    (
        "Can I use my phone as a hotspot for my tablet?",
        "Is it possible to use my phone as a hotspot for my tablet?",
    ),
]


def test_hundred_eighteenth_pass_leaves_the_same_server_and_no_person() -> None:
    # the N the serving one's own on the other side ("my phone's hotspot": the phone does the
    # job both ways; the pair is refused on other grounds, not by this reader), a verb of
    # becoming ("turn X into Y's N": X made the N), and "the N that was my X" naming no person
    # ("an accident that was my fault") are not read
    for pair in (
        (
            "Can I use my phone as a hotspot for my tablet?",
            "Can I connect my tablet to my phone's hotspot?",
        ),
        (
            "Can I use my old laptop as a monitor for my Xbox?",
            "Can I turn my old laptop into my Xbox's monitor?",
        ),
    ):
        assert not served_owner_traded(*map(parse, pair))
        assert not served_owner_traded(*map(parse, pair[::-1]))
    fault = (
        "Can I claim diminished value after an accident that was my fault?",
        "Can I claim diminished value after an accident that was my own fault?",
    )
    assert one_relative_said(*map(parse, fault)) is None


# Role pass 118 (blind rounds 253-254): a relative's head acted on against the doer after a
# catenative frame ("a N who is about to be V-ed" / "a N who is about to V someone",
# ``one_relatives.relative_voice_traded`` widened); the owner of a role against its holder ("Who
# is X's N?" / "Who is X the N for?", ``moved.whose_relation_asked`` widened); landlord and
# tenant traded through relatives ("the N that V-s O in my M" / "the N in whose L my M V-s O",
# ``one_relatives.whose_place_traded``).
HUNDRED_NINETEENTH_ROUNDS = [
    (
        "Which flag does a marshal show to a driver who is about to be lapped?",
        "Which flag does a marshal show to a driver who is about to lap someone?",
        0.970,
    ),
    (
        "Who is Kalle Rovanperä's co-driver?",
        "Who is Kalle Rovanperä the co-driver for?",
        0.989,
    ),
    (
        "Can the coffee chain that leases space in my donut shop evict me?",
        "Can the coffee chain in whose building my donut shop leases space evict me?",
        0.962,
    ),
]

HUNDRED_NINETEENTH_SWAPPED = [
    # "a N who is about to be V-ed" / "a N who is about to V someone"
    (
        "How does a chess player who is about to be checkmated usually react?",
        "How does a chess player who is about to checkmate someone usually react?",
    ),
    (
        "What should a company that is about to be acquired tell its staff?",
        "What should a company that is about to acquire another firm tell its staff?",
    ),
    # "Who is X's N?" / "Who is X the N for?": the role's owner against its holder
    ("Who is Tom Brady's backup?", "Who is Tom Brady the backup for?"),
    ("Who was Beyoncé's stylist?", "Who was Beyoncé a stylist for?"),
    ("Who is Gordon Ramsay's sous chef?", "Who is Gordon Ramsay the sous chef for?"),
    # "the N that V-s O in my M" / "the N in whose L my M V-s O"
    (
        "Can the bakery that rents a kitchen in my restaurant sue me?",
        "Can the bakery in whose building my restaurant rents a kitchen sue me?",
    ),
    (
        "Can the daycare that rents a classroom in our church raise its prices?",
        "Can the daycare in whose building our church rents a classroom raise its prices?",
    ),
    (
        "Can the church that holds services in our school charge us?",
        "Can the church in whose hall our school holds services charge us?",
    ),
]

HUNDRED_NINETEENTH_SAME = [
    # the head acted on both ways, another auxiliary
    (
        "What should a landlord who is about to be sued do first?",
        "What should a landlord who's about to get sued do first?",
    ),
    # the N of X asked both ways ("the N for / of X"), or asked with the verb
    ("Who is Tom Brady's backup?", "Who is the backup for Tom Brady?"),
    ("Who is Gordon Ramsay's sous chef?", "Who is the sous chef of Gordon Ramsay?"),
    ("Who is Serena Williams's coach?", "Who coaches Serena Williams?"),
    # a relation true both ways round
    ("Who is Messi's teammate?", "Who is Messi a teammate of?"),
    # the tenant kept: another place word, a reduced relative, the lessor said as the subject
    (
        "Can the bakery that rents a kitchen in my restaurant sue me?",
        "Can the bakery that rents a kitchen inside my restaurant sue me?",
    ),
    (
        "Can the florist that rents a corner in my bakery sell cakes?",
        "Can the florist renting a corner in my bakery sell cakes?",
    ),
    (
        "Can the gym that leases space in our mall change its hours?",
        "Can the gym our mall leases space to change its hours?",
    ),
]

# Role pass 119 (blind rounds 256-257): a wh-phrase asking for the doer against the one done to
# ("What N can V X?" / "What N can X V?", a hyphened verb, a be form agreeing with its own
# subject, words of the noun phrase moved into the wh-phrase: ``questions.wh_transposed``
# widened); a role noun against its verb with the named party the owner on one side and the doer
# on the other ("Who was X's N?" / "Who did X V?", ``moved.whose_relation_asked`` widened).
HUNDRED_TWENTIETH_ROUNDS = [
    (
        "What Pokemon can one-shot Charizard ex in the current meta?",
        "What Pokemon can Charizard ex one-shot in the current meta?",
        0.983,
    ),
    (
        "In the current Pokemon TCG, what type are Psychic Pokemon weak to?",
        "In the current Pokemon TCG, what type of Pokemon are weak to Psychic?",
        0.989,
    ),
    (
        "Who was Jim Henson's mentor in puppetry?",
        "Who did Jim Henson mentor in puppetry?",
        0.992,
    ),
]

HUNDRED_TWENTIETH_SWAPPED = [
    # "What N can V X?" / "What N can X V?" (a hyphened verb too)
    ("Which chess pieces can capture a knight?", "Which chess pieces can a knight capture?"),
    (
        "What bosses can one-shot a level 50 paladin?",
        "What bosses can a level 50 paladin one-shot?",
    ),
    ("Which players can guard LeBron James?", "Which players can LeBron James guard?"),
    # "what N are X P?" / "what N are P X?", the be form agreeing with its own subject
    ("What insects are spiders afraid of?", "What insects are afraid of spiders?"),
    ("What are dogs scared of?", "What is scared of dogs?"),
    # "Who was X's N?" / "Who did X V?": the N of X V-s X
    ("Who was Aristotle's teacher?", "Who did Aristotle teach?"),
    ("Who is Taylor Swift's manager?", "Who does Taylor Swift manage?"),
    ("Who was Einstein's mentor?", "Who did Einstein mentor?"),
]

HUNDRED_TWENTIETH_SAME = [
    # another wh-word or the noun's number, the same order
    ("What animals can kill a crocodile?", "Which animals can kill a crocodile?"),
    ("What type is Fire weak against?", "What types is Fire weak against?"),
    # a predicate true both ways round
    ("What countries is France similar to?", "What countries are similar to France?"),
    ("What cities is Paris close to?", "What cities are close to Paris?"),
    (
        "What medications can interact with ibuprofen?",
        "What medications can ibuprofen interact with?",
    ),
    # the N of X asked with the verb, a noun for the one the verb is done to
    ("Who was Einstein's mentor?", "Who mentored Einstein?"),
    ("Who was Obama's hire?", "Who did Obama hire?"),
]


# Role pass 120 (blind rounds 255-256): "ask X if I can V" / "ask X if he'll V", the doer said
# by a pronoun on both sides (``wanted.wanted_doer_changed`` widened); "If my X V-s a N ..." /
# "If I V a N with my X ...", an adverb after the party named back (``asker_doer.
# party_made_asker`` widened); "I get the Ns to V me" / "we Ns get the X to V us" (``causative.
# caused_group_traded``); "let X V" / "ask X to let me V" (``lets.let_asked_traded``).
HUNDRED_TWENTY_FIRST_ROUNDS = [
    (
        "How do I ask my pastor if I can lead a song on Sunday?",
        "How do I ask my pastor if he'll lead a song on Sunday?",
        0.961,
    ),
    (
        "If my coach cancels a private session last minute, do I still pay?",
        "If I cancel a private session with my coach last minute, do I still pay?",
        0.983,
    ),
    (
        "How can I get the younger paddlers to respect me as captain?",
        "How can we younger paddlers get the captain to respect us?",
        0.940,
    ),
    (
        "Should I let my little brother tag along to my parkour sessions?",
        "Should I ask my little brother to let me tag along to his parkour sessions?",
        0.958,
    ),
]

HUNDRED_TWENTY_FIRST_SWAPPED = [
    # "ask X if I can V" / "ask X if he'll / she could V"
    (
        "How do I ask my landlord if I can fix the leaking sink?",
        "How do I ask my landlord if he'll fix the leaking sink?",
    ),
    (
        "How should I ask my teacher if I could grade the quizzes?",
        "How should I ask my teacher if she could grade the quizzes?",
    ),
    # "If my X V-s a N ..." / "If I V a N with my X ..."
    (
        "If my tenant ends the lease early, do I keep the deposit?",
        "If I end the lease with my tenant early, do I keep the deposit?",
    ),
    (
        "If my caterer cancels the booking, do I get my deposit back?",
        "If I cancel the booking with my caterer, do I get my deposit back?",
    ),
    # "I get the Ns to V me (as X)" / "we Ns get the X to V us"
    (
        "How can I get the volunteers to listen to me as coordinator?",
        "How can we volunteers get the coordinator to listen to us?",
    ),
    (
        "How do I get my players to respect me as their coach?",
        "How do we players get our coach to respect us?",
    ),
    # "let X V ... my N" / "ask X to let me V ... his N"
    ("Should I let my neighbor use my grill?", "Should I ask my neighbor to let me use his grill?"),
    (
        "Is it okay to let my sister borrow my car?",
        "Is it okay to ask my sister to let me borrow her car?",
    ),
]

HUNDRED_TWENTY_FIRST_SAME = [
    # the same doer asked about in other words
    (
        "How do I ask my boss if I can work from home?",
        "How can I ask my boss whether I could work from home?",
    ),
    (
        "How do I ask my dad if he'll drive me to the game?",
        "How do I ask my dad if he could drive me to the game?",
    ),
    # the same party doing it, or the asker on both sides
    (
        "If my client cancels the contract, do I still get paid?",
        "If my client cancels our contract, do I still get paid?",
    ),
    (
        "If I cancel a session with my trainer last minute, do I still pay?",
        "If I cancel my session with my trainer at the last minute, do I still pay?",
    ),
    # the same causee, the asker's role moved or the causee's lead changed
    (
        "How can I get my students to trust me as their teacher?",
        "As their teacher, how can I get my students to trust me?",
    ),
    (
        "How can we students get our teacher to trust us?",
        "How can we students get the teacher to trust us?",
    ),
    # "let" said both ways, "ask X to let me V" against "ask X if I can V"
    (
        "Should I let my cousin join my study group?",
        "Should I allow my cousin to join my study group?",
    ),
    (
        "Should I ask my brother to let me use his car?",
        "Should I ask my brother if I can use his car?",
    ),
]


# Role pass 121 (blind rounds 255-257): a double object's giver and receiver traded with the
# receiver owned by "its" or said as a compound ("give its employees N" / "science center
# employees ... give the center N", ``party_readings.pronoun_owner_named`` widened); the one
# advised traded ("tips for X V-ing Y" / "tips for Y being V-ed by X",
# ``gerunds.advised_party_traded``); the critic and the one criticised traded with the party
# named with an owner ("when the pastor's wife says I V" / "tell the pastor's wife that she
# V-s", ``embedded.reported_holder_traded`` widened).
HUNDRED_TWENTY_SECOND_ROUNDS = [
    (
        "Is the science center required to give its employees the footage of the incident?",
        "Are science center employees required to give the center the footage of the incident?",
        0.972,
    ),
    (
        "Any tips for a young coach training a crew of older paddlers?",
        "Any tips for older paddlers being trained by a young coach?",
        0.970,
    ),
    (
        "How do I respond when the pastor's wife says I sing off key?",
        "How do I tell the pastor's wife that she sings off key?",
        0.910,
    ),
]

HUNDRED_TWENTY_SECOND_SWAPPED = [
    # "Is X required to give its Ys N?" / "Are X Ys / X's Ys required to give X N?"
    (
        "Is the gym required to give its trainers the security footage?",
        "Are gym trainers required to give the gym the security footage?",
    ),
    (
        "Is the church required to give its volunteers the background check results?",
        "Are the church's volunteers required to give the church the background check results?",
    ),
    # "tips for X V-ing Y" / "tips for Y being V-ed by X"
    (
        "Any tips for a new nurse caring for elderly patients?",
        "Any tips for elderly patients being cared for by a new nurse?",
    ),
    (
        "Any advice for a teenager mentoring younger kids?",
        "Any advice for younger kids being mentored by a teenager?",
    ),
    (
        "Suggestions for a volunteer interviewing refugees?",
        "Suggestions for refugees being interviewed by a volunteer?",
    ),
    # "when X says I V" / "tell X that she V-s", X with an owner's word
    (
        "How do I respond when my neighbor's son says I drive too fast?",
        "How do I tell my neighbor's son that he drives too fast?",
    ),
    (
        "How do I respond when my sister's husband says I drink too much?",
        "How do I tell my sister's husband that he drinks too much?",
    ),
    (
        "How do I react when my friend's girlfriend says I talk too loudly?",
        "How do I tell my friend's girlfriend that she talks too loudly?",
    ),
]

HUNDRED_TWENTY_SECOND_SAME = [
    # the giver kept: another modal, the receiver said as a compound on both readings
    (
        "Is the gym required to give its trainers the security footage?",
        "Does the gym have to give its trainers the security footage?",
    ),
    (
        "Is the gym required to give its trainers the security footage?",
        "Is the gym required to give gym trainers the security footage?",
    ),
    # the one advised kept: a relative clause for the gerund, either voice
    (
        "Any tips for a new nurse caring for elderly patients?",
        "Any tips for a new nurse who is caring for elderly patients?",
    ),
    (
        "Any advice for a teenager mentoring younger kids?",
        "Any advice for a teenager who mentors younger kids?",
    ),
    (
        "Any tips for older paddlers being trained by a young coach?",
        "Any tips for older paddlers who are being trained by a young coach?",
    ),
    # the critic kept: "that" said or dropped
    (
        "How do I tell my sister's husband that he drinks too much?",
        "How do I tell my sister's husband he drinks too much?",
    ),
    (
        "How do I respond when my sister's husband says I drink too much?",
        "How do I respond when my sister's husband says that I drink too much?",
    ),
]


# Role pass 122 (blind rounds 258-260): a bare plural traded across the verb of a relative
# clause or of a do-support wh-question ("a child who bullies others" / "a child that others
# bully", "What animals eat moon snails" / "What animals do moon snails eat",
# ``inverted.subject_object_inverted`` widened); the taker and the one taken from traded ("S
# borrowed a X from Y" / "Y borrowed S's X", ``handed.source_made_taker``).
HUNDRED_TWENTY_THIRD_ROUNDS = [
    (
        "Can a children's entertainer refuse to perform for a child who bullies others?",
        "Can a children's entertainer refuse to perform for a child that others bully?",
        0.975,
    ),
    (
        "What animals eat moon snails on the beach?",
        "What animals do moon snails eat on the beach?",
        0.992,
    ),
    (
        "Our club borrowed a groomer from the neighboring club and damaged it."
        " Who pays for repairs?",
        "The neighboring club borrowed our groomer and damaged it. Who pays for repairs?",
        0.990,
    ),
]

HUNDRED_TWENTY_THIRD_SWAPPED = [
    # "a N who V-s Ps" / "a N that / whom Ps V", P a bare plural
    (
        "Can a school expel a student who threatens teachers?",
        "Can a school expel a student whom teachers threaten?",
    ),
    (
        "Should a gym ban a member who harasses others?",
        "Should a gym ban a member that others harass?",
    ),
    # "What Ns V Ps?" / "What Ns do Ps V?"
    ("What companies sue patent trolls?", "What companies do patent trolls sue?"),
    ("Which brands sponsor local teams?", "Which brands do local teams sponsor?"),
    # "S V a X from Y" / "Y V S's X"
    (
        "I bought a car from my cousin and it broke down. Can I get a refund?",
        "My cousin bought my car and it broke down. Can I get a refund?",
    ),
    (
        "We rented a cabin from the Hendersons and broke a window.",
        "The Hendersons rented our cabin and broke a window.",
    ),
    (
        "My daughter borrowed a dress from her friend and stained it.",
        "Her friend borrowed my daughter's dress and stained it.",
    ),
]

HUNDRED_TWENTY_THIRD_SAME = [
    # the relative word changed, the roles kept
    (
        "Can a school expel a student who threatens teachers?",
        "Can a school expel a student that threatens teachers?",
    ),
    (
        "Can a school expel a student whom teachers threaten?",
        "Can a school expel a student that teachers threaten?",
    ),
    # the wh-word changed; the passive for the active, the wh-phrase the doer on both
    ("Which brands sponsor local teams?", "What brands sponsor local teams?"),
    ("What animals eat moon snails?", "What animals are moon snails eaten by?"),
    # the taker kept: "from Y" said as "Y's X"
    (
        "We borrowed a ladder from the neighbors and broke it.",
        "We borrowed the neighbors' ladder and broke it.",
    ),
    ("I bought a car from my cousin.", "I bought my cousin's car."),
    (
        "Our club borrowed a groomer from the neighboring club and damaged it."
        " Who pays for repairs?",
        "We borrowed the neighboring club's groomer and damaged it. Who pays for the repairs?",
    ),
]


# Role pass 124 (blind rounds 261-263): the maker and the user traded across a relative clause
# and a passive ("the N I V1-ed is V2-ed by another X" / "I V2 a N that another X V1-ed", the
# subject a possessive "my team" too; ``relative_events.main_and_relative_doers_traded``
# widened); who declines and who does V traded ("Can a P refuse to V on a team led by his Y?" /
# "Can a C refuse to have his Y V on his team?", ``lets.let_object_made_subject`` widened).
HUNDRED_TWENTY_FIFTH_ROUNDS = [
    (
        "What if the mural I designed is painted by another artist?",
        "What if I paint a mural that another artist designed?",
        0.967,
    ),
    (
        "If the soap box car my team built is raced by another team, who gets the trophy?",
        "If my team races the soap box car another team built, who gets the trophy?",
        0.986,
    ),
    (
        "Can a player refuse to play on a bocce team captained by his ex?",
        "Can a captain refuse to have his ex play on his bocce team?",
        0.941,
    ),
]

HUNDRED_TWENTY_FIFTH_SWAPPED = [
    # "the N I V1-ed is V2-ed by another X" / "I V2 a N that another X V1-ed"
    (
        "What if the recipe I created is cooked by another chef?",
        "What if I cook a recipe that another chef created?",
    ),
    (
        "What if the house I designed is built by another contractor?",
        "What if I build a house that another contractor designed?",
    ),
    # "the N my X V1-ed is V2-ed by another X" / "my X V2-s the N another X V1-ed"
    (
        "If the quilt our guild sewed is raffled by another guild, who keeps the money?",
        "If our guild raffles the quilt another guild sewed, who keeps the money?",
    ),
    (
        "If the garden my class planted is harvested by another class, who gets the vegetables?",
        "If my class harvests the garden another class planted, who gets the vegetables?",
    ),
    # "Can a P refuse to V in a N led by his Y?" / "Can a C refuse to have his Y V in his N?"
    (
        "Can a teacher refuse to teach at a school run by his wife?",
        "Can a principal refuse to have his wife teach at his school?",
    ),
    (
        "Can a student refuse to study in a lab headed by her cousin?",
        "Can a professor refuse to have her cousin study in her lab?",
    ),
    (
        "Can a waiter refuse to serve in a restaurant owned by his father?",
        "Can an owner refuse to have his father serve in his restaurant?",
    ),
]

HUNDRED_TWENTY_FIFTH_SAME = [
    # the maker and the user kept: the passive said as its active, "that" said, "gets V-ed"
    (
        "What if the recipe I created is cooked by another chef?",
        "What if another chef cooks the recipe I created?",
    ),
    (
        "If the quilt our guild sewed is raffled by another guild, who keeps the money?",
        "If another guild raffles the quilt our guild sewed, who keeps the money?",
    ),
    (
        "What if the house I designed is built by another contractor?",
        "What if the house that I designed is built by another contractor?",
    ),
    (
        "What if the house I designed is built by another contractor?",
        "What if the house I designed gets built by another contractor?",
    ),
    # who declines kept: "have" for "let", the leader said in a relative clause
    (
        "Can a supervisor refuse to have her sister work in her ward?",
        "Can a supervisor refuse to let her sister work in her ward?",
    ),
    (
        "Can a nurse refuse to work in a ward supervised by her sister?",
        "Can a nurse refuse to work in a ward that her sister supervises?",
    ),
    (
        "Can a teacher refuse to teach at a school run by his wife?",
        "Can a teacher refuse to teach at the school his wife runs?",
    ),
]


# Role pass 125 (blind rounds 261-263): the subject (or its owner) and the owner of a noun
# later in its clause traded ("My team crashed into ... the other team's car" / "The other team
# crashed into ... my team's car", ``parties.party_owner_traded`` widened); one of those the
# doer deals with made the doer ("The shop I work at is selling X to customers" / "A customer
# of the shop I work at is selling X to us", ``counterparts.counterpart_made_doer``); "Is X
# liable to us?" / "Are we liable to X?" after other sentences (``counterparts.
# liable_party_traded``).
HUNDRED_TWENTY_SIXTH_ROUNDS = [
    (
        "My team crashed into the hay bale in front of the other team's car. Who is at fault?",
        "The other team crashed into the hay bale in front of my team's car. Who is at fault?",
        0.992,
    ),
    (
        "The shop I work at is selling counterfeit batteries to customers. What should I do?",
        "A customer of the shop I work at is selling counterfeit batteries to us."
        " What should I do?",
        0.969,
    ),
    (
        "The wedding planner booked our limo and it was late. Is the planner liable to us?",
        "We booked the limo ourselves and it was late. Are we liable to the wedding planner?",
        0.966,
    ),
]

HUNDRED_TWENTY_SIXTH_SWAPPED = [
    # "my X V ... the other Y's N" / "the other Y V ... my X's N"
    (
        "My daughter spilled juice on the rug next to the other girl's backpack."
        " Who should clean it?",
        "The other girl spilled juice on the rug next to my daughter's backpack."
        " Who should clean it?",
    ),
    (
        "My kid threw sand at the bench near the other family's stroller",
        "The other kid threw sand at the bench near my family's stroller",
    ),
    # "S V-s T to Ns" / "a N of / at S V-s T to us"
    (
        "The gym I work at is selling expired supplements to members. What should I do?",
        "A member of the gym I work at is selling expired supplements to us. What should I do?",
    ),
    (
        "The daycare I work for is overcharging parents. What can I do?",
        "A parent at the daycare I work for is overcharging us. What can I do?",
    ),
    (
        "The garage I work at is selling used tires to drivers as new.",
        "A driver at the garage I work at is selling used tires to us as new.",
    ),
    # "X V-ed our N ... Is X liable to us?" / "We V-ed the N ourselves ... Are we liable to X?"
    (
        "The moving company packed our boxes and a lamp broke. Is the company liable to us?",
        "We packed the boxes ourselves and a lamp broke. Are we liable to the moving company?",
    ),
    (
        "The contractor ordered our tiles and they arrived cracked."
        " Is the contractor responsible to us?",
        "We ordered the tiles ourselves and they arrived cracked."
        " Are we responsible to the contractor?",
    ),
]

HUNDRED_TWENTY_SIXTH_SAME = [
    # the doer kept: a particle moved, "where I work", "its Ns", the party said in full
    (
        "My cat knocked over the vase beside my roommate's laptop.",
        "My cat knocked the vase over beside my roommate's laptop.",
    ),
    (
        "The gym I work at is selling expired supplements to members. What should I do?",
        "The gym where I work is selling expired supplements to members. What should I do?",
    ),
    (
        "The gym I work at is selling expired supplements to members. What should I do?",
        "The gym I work at is selling expired supplements to its members. What should I do?",
    ),
    (
        "The moving company packed our boxes and a lamp broke. Is the company liable to us?",
        "The moving company packed our boxes and a lamp broke. Is the moving company liable to us?",
    ),
    # a symmetric adjective: the same question either way round
    ("Are we related to the caterer?", "Is the caterer related to us?"),
]


# Role pass 126 (blind rounds 261-263): the wh-phrase moved from the doer to the one done to, the
# known party moving with it ("Which X V-s the Y my buddy uses?" / "Which Y is my buddy's X
# V-ing?", ``questions.which_asked_traded``); a state moved from the one done to onto the doer
# ("hits a Y who was drunk" / "a drunk X hits a Y", ``states.relative_state_fronted``); the
# provider named back as what the asker cancels ("if I cancel the limo" / "if the limo company
# cancels", ``asker_doer.party_made_asker`` widened).
HUNDRED_TWENTY_SEVENTH_ROUNDS = [
    (
        "Which radio interferes with the receiver my buddy is using?",
        "Which receiver is my buddy's radio interfering with?",
        0.938,
    ),
    (
        "Who is at fault if a party bus hits a pedestrian who was drunk?",
        "Who is at fault if a drunk party bus driver hits a pedestrian?",
        0.968,
    ),
    (
        "Is a deposit refundable if I cancel the limo?",
        "Is a deposit refundable if the limo company cancels?",
        0.970,
    ),
]

HUNDRED_TWENTY_SEVENTH_SWAPPED = [
    # "Which X V-s the Y O V2-s?" / "Which Y AUX O's X V(-ing)?"
    (
        "Which cat scratched the dog my sister adopted?",
        "Which dog did my sister's cat scratch?",
    ),
    (
        "Which medication interacts with the supplement my mom takes?",
        "Which supplement is my mom's medication interacting with?",
    ),
    (
        "Which plugin breaks the theme my site uses?",
        "Which theme is my site's plugin breaking?",
    ),
    # "X V-s a Y who was S" / "a S X V-s a Y"
    (
        "Who pays if a taxi hits a jogger who was distracted?",
        "Who pays if a distracted taxi driver hits a jogger?",
    ),
    (
        "Who is responsible if a dog bites a kid who was scared?",
        "Who is responsible if a scared dog bites a kid?",
    ),
    # "if I cancel the X" / "if the X cancels"
    (
        "Is the retainer refundable if I cancel the wedding planner?",
        "Is the retainer refundable if the wedding planner cancels?",
    ),
    (
        "Do I still owe the fee if I cancel the plumber?",
        "Do I still owe the fee if the plumber cancels?",
    ),
    (
        "Can I get my money back if I cancel the tour guide?",
        "Can I get my money back if the tour guide cancels?",
    ),
]

HUNDRED_TWENTY_SEVENTH_SAME = [
    # the same head asked on both sides, the owner said either way
    (
        "Which radio interferes with the receiver my buddy is using?",
        "Which radio interferes with my buddy's receiver?",
    ),
    (
        "Which cat scratched the dog my sister adopted?",
        "Which cat scratched my sister's dog?",
    ),
    (
        "Which medication interacts with the supplement my mom takes?",
        "Which medication interacts with my mom's supplement?",
    ),
    # the state kept on the one done to, said before its noun
    (
        "Who is at fault if a party bus hits a pedestrian who was drunk?",
        "Who is at fault if a party bus hits a drunk pedestrian?",
    ),
    (
        "Who pays if a taxi hits a jogger who was distracted?",
        "Who pays if a taxi hits a distracted jogger?",
    ),
    (
        "Who is responsible if a dog bites a kid who was scared?",
        "Who is responsible if a dog bites a scared kid?",
    ),
    # the asker cancelling on both sides, the provider cancelling on both
    (
        "Do I still owe the fee if I cancel the plumber?",
        "Do I still owe a fee if I cancel the plumber?",
    ),
    (
        "Can I get my money back if the tour guide cancels?",
        "Can I get my money back if our tour guide cancels?",
    ),
]


def test_hundred_twenty_second_pass_leaves_the_giver_and_the_event_alone() -> None:
    # the passive's doer the one "its" stands for ("given N by the hospital": the giver kept;
    # the pair is refused on its words, not its roles); "its N" with no second party ("for a
    # cat's claws to split" / "for a cat to split its claws"); no noun of advice ("the penalty
    # for X V-ing Y" names the event, not the one addressed)
    kept = [
        ("Is it normal for a cat's claws to split?", "Is it normal for a cat to split its claws?"),
        (
            "Is the hospital required to give its nurses the schedules?",
            "Are hospital nurses given the schedules by the hospital?",
        ),
        (
            "Is the hospital required to give its nurses the schedules?",
            "Are the hospital's nurses given the schedules by the hospital?",
        ),
        (
            "What is the penalty for a player tripping an opponent?",
            "What is the penalty for an opponent being tripped by a player?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        px, py = parse(x), parse(y)
        assert not advised_party_traded(px, py), (x, y)
        assert not _read_as_traded(pronoun_owner_named, px, py), (x, y)
        assert not roles.role_swap(px, py), (x, y)


# Role pass 123 (blind rounds 258-260): who does the act traded between the asker's side and
# another party, the act's words kept: someone else's work against one's own ("a N that another
# Y V-ed" / "a N they V-ed", ``doer_swapped.maker_traded``); the hired party against the asker
# as the doer ("the N I hired V-ed my X" / "I V-ed a N's X", ``doer_swapped.hired_doer_traded``);
# the complainant and the one complained about ("X files a N about me" / "I file a N about X",
# ``doer_swapped.complainant_traded``).
HUNDRED_TWENTY_FOURTH_ROUNDS = [
    (
        "Can a balloon artist trademark a character that another artist created?",
        "Can a balloon artist trademark a character they created if another artist uses it?",
        0.987,
    ),
    (
        "The saddler I hired subcontracted my repair to another shop; is that allowed?",
        "I subcontracted a saddler's repair to another shop; is that allowed?",
        0.959,
    ),
    (
        "What should I do if the judge files a complaint about me with the AKC?",
        "What should I do if I want to file a complaint about the judge with the AKC?",
        0.936,
    ),
]

HUNDRED_TWENTY_FOURTH_SWAPPED = [
    # "a N (that) another Y V-ed" / "a N PRON V-ed"
    (
        "Can I publish a poem that another student wrote?",
        "Can I publish a poem I wrote if another student recites it?",
    ),
    (
        "Can a chef patent a dish that another chef invented?",
        "Can a chef patent a dish they invented if another chef serves it?",
    ),
    # "the N I hired V-ed my X" / "I V-ed a N's X"
    (
        "The mechanic I hired outsourced my brake job to another garage",
        "I outsourced a mechanic's brake job to another garage",
    ),
    (
        "The lawyer I hired handed my case to another firm; is that ok?",
        "I handed a lawyer's case to another firm; is that ok?",
    ),
    # "X files a N about / against me" / "I ... file a N about / against X"
    (
        "What should I do if my neighbor files a complaint about me with the HOA?",
        "What should I do if I want to file a complaint about my neighbor with the HOA?",
    ),
    (
        "What can I do if my coworker files a grievance against me with HR?",
        "What can I do if I want to file a grievance against my coworker with HR?",
    ),
    (
        "What happens if the tenant files a claim against me in small claims court?",
        "What happens if I file a claim against the tenant in small claims court?",
    ),
]

HUNDRED_TWENTY_FOURTH_SAME = [
    # the maker kept: another frame, "that" dropped, the own work on both sides
    (
        "Can I publish a poem that another student wrote?",
        "Am I allowed to publish a poem another student wrote?",
    ),
    (
        "Can a chef patent a dish they invented?",
        "Is a chef able to patent a dish they invented?",
    ),
    # the hired party kept as the doer: the passive
    (
        "The mechanic I hired outsourced my brake job to another garage",
        "My brake job was outsourced by the mechanic I hired to another garage",
    ),
    # the complainant kept: another tense, "against" for "about", another frame, the order
    (
        "What should I do if my neighbor files a complaint about me with the HOA?",
        "What should I do if a neighbor has filed a complaint against me with the HOA?",
    ),
    (
        "What can I do if I want to file a grievance against my coworker with HR?",
        "How do I file a grievance against my coworker with HR?",
    ),
    (
        "What should I do if my landlord files a complaint about me with the city?",
        "My landlord filed a complaint about me with the city, what should I do?",
    ),
]


# Role pass 127 (blind rounds 262): a wh-question's subject and object traded around one verb,
# the traded noun phrase carrying a reduced relative clause and said in the other number
# ("Which Ns does the X (REL) V?" / "Which Ns V the X-es (REL)?"), read by the widened
# ``inverted.subject_object_inverted``.
HUNDRED_TWENTY_EIGHTH_ROUNDS = [
    (
        "Which insects does the praying mantis my garden center sells eat?",
        "Which insects eat the praying mantises my garden center sells?",
        0.982,
    ),
]

HUNDRED_TWENTY_EIGHTH_SWAPPED = [
    # "Which Ns does the X (REL) V?" / "Which Ns V the X-es (REL)?"
    (
        "Which players does the coach my school hired trust?",
        "Which players trust the coaches my school hired?",
    ),
    (
        "Which kids does the bully my son complained about tease?",
        "Which kids tease the bullies my son complained about?",
    ),
    (
        "Which stores does the delivery company my town uses supply?",
        "Which stores supply the delivery companies my town uses?",
    ),
    (
        "Which tenants does the landlord my friend rents from sue?",
        "Which tenants sue the landlords my friend rents from?",
    ),
    # a "that" / "who" clause with its verb agreeing in the other number too
    (
        "Which mice does the cat that lives next door chase?",
        "Which mice chase the cats that live next door?",
    ),
    (
        "Which employees does the manager who runs our store mentor?",
        "Which employees mentor the managers who run our store?",
    ),
]

HUNDRED_TWENTY_EIGHTH_SAME = [
    # the number changed, the roles kept (subject on both sides, object on both sides)
    (
        "Which insects does the praying mantis my garden center sells eat?",
        "Which insects do the praying mantises my garden center sells eat?",
    ),
    (
        "Which insects eat the praying mantis my garden center sells?",
        "Which insects eat the praying mantises my garden center sells?",
    ),
    (
        "Which mice does the cat that lives next door chase?",
        "Which mice do the cats that live next door chase?",
    ),
    # a modal, another wh-word
    (
        "Which insects does the praying mantis my garden center sells eat?",
        "What insects will the praying mantis my garden center sells eat?",
    ),
    (
        "Which birds does the cat my neighbor owns chase?",
        "What birds does the cat my neighbor owns chase?",
    ),
    # a symmetric verb: playing the club is the club playing them
    (
        "Which teams does the club my brother coaches play?",
        "Which teams play the clubs my brother coaches?",
    ),
]

# Role pass 128 (blind rounds 264-266): the active participle before its noun ("a towing
# vessel") against the passive after or before it ("a vessel being towed", "a towed vessel"),
# read by the widened ``one_relatives.relative_voice_traded``; "S V-s my N" against "S has
# their N V-ed by me" (the doer and the owner traded through a causative passive), read by the
# widened ``getpassive.got_done_active``.
HUNDRED_TWENTY_NINTH_ROUNDS = [
    (
        "What lights does a towing vessel show at night?",
        "What lights does a vessel being towed show at night?",
        0.968,
    ),
    (
        "What should I do if the student I mentor in taiko corrects my technique in front of"
        " others?",
        "What should I do if the student I mentor in taiko has their technique corrected by me"
        " in front of others?",
        0.970,
    ),
]

HUNDRED_TWENTY_NINTH_SWAPPED = [
    # "a V-ing N" / "a N being V-ed" (or "a V-ed N")
    ("How should a passing cyclist signal?", "How should a cyclist being passed signal?"),
    (
        "How does an interviewing manager prepare?",
        "How does a manager being interviewed prepare?",
    ),
    ("How fast can a chasing dog run?", "How fast can a dog being chased run?"),
    ("What should a towing driver check?", "What should a towed driver check?"),
    # "S V-s my N" / "S has their N V-ed by me"
    (
        "Is it okay if my coworker edits my report?",
        "Is it okay if my coworker has their report edited by me?",
    ),
    (
        "What if my neighbor photographs my garden?",
        "What if my neighbor has their garden photographed by me?",
    ),
    (
        "What should I do if my sister reviews my essay before class?",
        "What should I do if my sister has her essay reviewed by me before class?",
    ),
]

HUNDRED_TWENTY_NINTH_SAME = [
    # the same voice said before and after the noun
    ("What lights does a towed barge show?", "What lights does a barge being towed show?"),
    ("How fast can a chasing dog run?", "How fast can a dog that is chasing run?"),
    (
        "What lights does a vessel being towed show at night?",
        "What lights does a towed vessel show at night?",
    ),
    # the same doer and owner: "has their N V-ed by me" is "I V their N"
    (
        "What if my intern has their code reviewed by me?",
        "What if I review my intern's code?",
    ),
    (
        "Is it okay if my coworker has their report edited by me?",
        "Is it okay if I edit my coworker's report?",
    ),
    (
        "What if my coworker has their report edited by me?",
        "What if my coworker gets their report edited by me?",
    ),
]


# Role pass 129 (blind rounds 264-266): the taker and the one taken from traded, "our" the
# asker's and "our team" the asker's group (widened ``subject_owner.subject_owner_traded``); a
# contact relative's head and doer traded around "was ADJ to" (widened ``relative_events.
# contact_heads_traded``); the subject and object of one verb traded with a modifier left on the
# object, both heads one word (widened ``party_readings.compound_doer_traded``).
HUNDRED_THIRTIETH_ROUNDS = [
    (
        "Our team captain keeps pocketing our league winnings. What can we do?",
        "Our team keeps pocketing the captain's league winnings. What can he do?",
        0.928,
    ),
    (
        "How do I apologize to a customer my waiter was rude to?",
        "How do I apologize to a waiter a customer was rude to?",
        0.994,
    ),
    (
        "A cable car hit my parked car; who pays for the damage?",
        "My car hit a parked cable car; who pays for the damage?",
        0.992,
    ),
]

HUNDRED_THIRTIETH_SWAPPED = [
    # "Our X keeps V-ing our N" / "Our G keeps V-ing the X's N"
    (
        "Our office manager keeps using our parking spots. What can we do?",
        "Our office keeps using the manager's parking spots. What can he do?",
    ),
    (
        "Our band manager keeps pocketing our gig money. What can we do?",
        "Our band keeps pocketing the manager's gig money. What can he do?",
    ),
    # "a N1 my N2 was ADJ P" / "a N2 a N1 was ADJ P"
    (
        "How do I make amends with a tenant my plumber was rude to?",
        "How do I make amends with a plumber a tenant was rude to?",
    ),
    (
        "What should I say to a player my coach was harsh with?",
        "What should I say to a coach a player was harsh with?",
    ),
    # "D1 X V D2 P Y" / "D2 Y V D1 P X"
    (
        "A garbage truck hit my parked van; who pays?",
        "My van hit a parked garbage truck; who pays?",
    ),
    (
        "A school bus scraped my parked bike. Who is liable?",
        "My bike scraped a parked school bus. Who is liable?",
    ),
    (
        "A fire truck hit my parked truck; who pays?",
        "My truck hit a parked fire truck; who pays?",
    ),
]

HUNDRED_THIRTIETH_SAME = [
    # the same taker, the owner said another way
    (
        "Our treasurer keeps spending our club dues. What can we do?",
        "Our treasurer keeps spending our club's dues. What can we do?",
    ),
    (
        "Our roommate keeps eating our food. What can we do?",
        "Our roommate keeps eating all our food. What can we do?",
    ),
    # the same head and doer, a relativizer said
    (
        "How do I apologize to a customer my waiter was rude to?",
        "How do I apologize to a customer that my waiter was rude to?",
    ),
    (
        "What do I say to a student my teacher yelled at?",
        "What do I say to a student who my teacher yelled at?",
    ),
    # the same doer and the one hit, in the other voice or with the state said after
    (
        "A cable car hit my parked car; who pays for the damage?",
        "My parked car was hit by a cable car; who pays for the damage?",
    ),
    (
        "A delivery truck hit my parked car; who pays?",
        "A delivery truck hit my car while it was parked; who pays?",
    ),
]


# Role pass 130 (blind rounds 267-269): the asker standing for their own thing as the doer
# (widened ``party_readings.compound_doer_traded``); a wh-subject against a wh-object around a
# name of four words or with a "Jr." (widened ``inverted.subject_object_inverted``); "stop X
# from V-ing me during my N" / "stop V-ing X during his N" (widened ``wanted.told_turned_round``).
HUNDRED_THIRTY_FIRST_ROUNDS = [
    (
        "An ice cream truck backed into my parked car. Who pays for the damage?",
        "I backed into a parked ice cream truck. Who pays for the damage?",
        0.966,
    ),
    (
        "Who coached Walter Ray Williams Jr. in horseshoes?",
        "Who did Walter Ray Williams Jr. coach in horseshoes?",
        0.975,
    ),
    (
        "How do I stop my opponent from distracting me during my pitch?",
        "How do I stop distracting my opponent during his pitch?",
        0.974,
    ),
]

HUNDRED_THIRTY_FIRST_SWAPPED = [
    # "D X V (P) my M Y rest" / "I V (P) D M X rest"
    (
        "A jogger bumped into my stroller at the park. Who apologizes?",
        "I bumped into a jogger at the park. Who apologizes?",
    ),
    (
        "A shopping cart dented my car in the lot. Who is liable?",
        "I dented a shopping cart in the lot. Who is liable?",
    ),
    (
        "A forklift scratched my parked trailer at the warehouse. Who pays?",
        "I scratched a parked forklift at the warehouse. Who pays?",
    ),
    # "Who V-ed NAME T?" / "Who did NAME V T?", a name of four words with its suffix
    (
        "Who influenced Martin Luther King Jr. in seminary?",
        "Who did Martin Luther King Jr. influence in seminary?",
    ),
    (
        "Who mentored John Fitzgerald Kennedy Jr. at the magazine?",
        "Who did John Fitzgerald Kennedy Jr. mentor at the magazine?",
    ),
    # "stop X from V-ing me during my N" / "stop V-ing X during his N"
    (
        "How do I stop my sister from calling me during my workday?",
        "How do I stop calling my sister during her workday?",
    ),
    (
        "How do I stop my dad from lecturing me during my visits?",
        "How do I stop lecturing my dad during his visits?",
    ),
]

HUNDRED_THIRTY_FIRST_SAME = [
    # the same doer and the one hit, in the other voice
    (
        "An ice cream truck backed into my parked car. Who pays for the damage?",
        "My parked car was backed into by an ice cream truck. Who pays for the damage?",
    ),
    (
        "A shopping cart dented my car in the lot. Who is liable?",
        "My car was dented by a shopping cart in the lot. Who is liable?",
    ),
    # the same roles asked another way, a symmetric verb
    (
        "Who coached Walter Ray Williams Jr. in horseshoes?",
        "Who was Walter Ray Williams Jr.'s horseshoe coach?",
    ),
    (
        "Who did Martin Luther King Jr. marry?",
        "Who married Martin Luther King Jr.?",
    ),
    # the same one told to stop, said another way
    (
        "How do I stop my opponent from distracting me during my pitch?",
        "How can I keep my opponent from distracting me during my pitch?",
    ),
    (
        "How do I stop my sister from calling me during my workday?",
        "How do I get my sister to stop calling me during my workday?",
    ),
    (
        "How do I stop my dad from lecturing me during my visits?",
        "How do I stop my dad lecturing me during my visits?",
    ),
]


# Role pass 131 (blind rounds 267-269): whose hobby and who is to take it up traded, a table
# verb's bare form read as a noun after an owner ("my ship models": widened ``owned.
# owner_trade``); the one let to V and the host traded ("let kids V at the adult N" / "the kids'
# club ... let adults V at their N": new ``lets.let_doers_traded``).
HUNDRED_THIRTY_SECOND_ROUNDS = [
    (
        "How do I get my daughter interested in my ship models?",
        "How do I get interested in my daughter's ship models?",
        0.971,
    ),
    (
        "How do I persuade my club to let kids pitch at the adult tournament?",
        "How do I persuade the kids' club to let adults pitch at their tournament?",
        0.977,
    ),
]

HUNDRED_THIRTY_SECOND_SWAPPED = [
    # "get X interested in my N" / "get interested in X's N"
    (
        "How do I get my dad interested in my train set?",
        "How do I get interested in my dad's train set?",
    ),
    (
        "How do I get my mom interested in my blog posts?",
        "How do I get interested in my mom's blog posts?",
    ),
    (
        "How do I get my wife interested in my woodworking?",
        "How do I get interested in my wife's woodworking?",
    ),
    (
        "How do I get my grandpa excited about my video games?",
        "How do I get excited about my grandpa's video games?",
    ),
    # "let Xs V at the Y N" / "the Xs' N2 ... let Ys V at their N"
    (
        "How do I convince my library to let kids read in the adult lounge?",
        "How do I convince the kids' library to let adults read in their lounge?",
    ),
    (
        "How do I get my league to let women play in the men's division?",
        "How do I get the women's league to let men play in their division?",
    ),
    (
        "How do I ask my church to let teens sing at the adult service?",
        "How do I ask the teens' church to let adults sing at their service?",
    ),
    (
        "Can I persuade my pool to allow kids to swim in the adult lane?",
        "Can I persuade the kids' pool to allow adults to swim in their lane?",
    ),
]

HUNDRED_THIRTY_SECOND_SAME = [
    # the same one to take up the same one's hobby, reworded
    (
        "How do I get my daughter interested in my ship models?",
        "How can I get my daughter interested in my model ships?",
    ),
    (
        "How do I get my dad interested in my train set?",
        "How do I get my father interested in my train set?",
    ),
    (
        "How do I get interested in my husband's garden?",
        "How can I get interested in my husband's garden?",
    ),
    # the same one let, "let" / "allow ... to" and a determiner said
    (
        "How do I persuade my club to let kids pitch at the adult tournament?",
        "How do I persuade my club to allow kids to pitch at the adult tournament?",
    ),
    (
        "How do I persuade my club to let kids pitch at the adult tournament?",
        "How do I persuade my club to let the kids pitch at the adult tournament?",
    ),
    (
        "How do I convince my gym to let teens lift in the adult section?",
        "How can I convince my gym to let teenagers lift in the adult section?",
    ),
]

# Role pass 133 (blind rounds 270-272): the one told and the told clause's subject traded ("tell
# X (that) Y is V-ing us" / "tell Y (that) X is V-ing us", the predicate the same or said in the
# other voice, "doesn't want to V her" / "doesn't want to be V-ed by her": new ``embedded.
# told_listener_traded``); who joins whose group ("I don't want him in my N" / "I don't want to
# be in his N": new ``wanted.group_joiner_traded``).
HUNDRED_THIRTY_FOURTH_ROUNDS = [
    (
        "How do I tell the instructor a student next to me is filming us?",
        "How do I tell a student next to me that the instructor is filming us?",
        0.991,
    ),
    (
        "How do I tell a guest the face painter doesn't want to paint her?",
        "How do I tell the face painter a guest doesn't want to be painted by her?",
        0.981,
    ),
    (
        "How do I tell my best friend I don't want him in my band?",
        "How do I tell my best friend I don't want to be in his band?",
        0.960,
    ),
]

HUNDRED_THIRTY_FOURTH_SWAPPED = [
    # "tell X (that) Y P" / "tell Y (that) X P"
    (
        "How do I tell my coach a teammate is texting us?",
        "How do I tell a teammate that my coach is texting us?",
    ),
    (
        "How do I tell the waiter the customer at the next table is staring at us?",
        "How do I tell the customer at the next table that the waiter is staring at us?",
    ),
    (
        "How do I tell my landlord the tenant upstairs is spying on us?",
        "How do I tell the tenant upstairs that my landlord is spying on us?",
    ),
    # "tell X Y doesn't want to V him" / "tell Y X doesn't want to be V-ed by him"
    (
        "How do I tell a runner the coach doesn't want to train him?",
        "How do I tell the coach a runner doesn't want to be trained by him?",
    ),
    (
        "How do I tell a bride the caterer doesn't want to serve her?",
        "How do I tell the caterer a bride doesn't want to be served by her?",
    ),
    # "I don't want him P my N" / "I don't want to be P his N"
    (
        "How do I tell my cousin I don't want him in my wedding party?",
        "How do I tell my cousin I don't want to be in his wedding party?",
    ),
    (
        "How do I tell my neighbor I don't want her in my book club?",
        "How do I tell my neighbor I don't want to be in her book club?",
    ),
    (
        "How do I tell my roommates I don't want them on my lease?",
        "How do I tell my roommates I don't want to be on their lease?",
    ),
]

HUNDRED_THIRTY_FOURTH_SAME = [
    # the same one told and the same subject, "that" added or a determiner changed
    (
        "How do I tell my manager a coworker is recording us?",
        "How do I tell my manager that a coworker is recording us?",
    ),
    (
        "How do I tell the landlord my neighbor is watching us?",
        "How do I tell my landlord that my neighbor is watching us?",
    ),
    (
        "How do I tell a client the photographer doesn't want to shoot her?",
        "How do I tell a client that the photographer does not want to shoot her?",
    ),
    (
        "How do I tell the dentist a patient doesn't want to be treated by her?",
        "How do I tell the dentist that a patient doesn't want to be treated by her?",
    ),
    # the same one kept out of the same group, "to be" said
    (
        "How do I tell my sister I don't want her on my team?",
        "How do I tell my sister I don't want her to be on my team?",
    ),
    (
        "How do I tell my coworker I don't want to be in his carpool?",
        "How can I tell my coworker I don't want to be in his carpool?",
    ),
]

# Role pass 134 (blind rounds 273-275): the owner of the thing taken made the taker ("My N's M
# is being V-ed by another N" / "Our N is V-ing another N's M": new ``passives.
# owner_made_recruiter``); taken from them against taken by them ("Which N was our M V-ed
# from?" / "Which N V-ed our M?": new ``passives.taken_from_asked``); who does it to whom in a
# relative clause on a wish ("a N who wants to V us" / "a N we want to V": new ``wanted.
# wisher_traded``).
HUNDRED_THIRTY_FIFTH_ROUNDS = [
    (
        "My band's drum corps is being recruited by another band. What can we do?",
        "Our band is recruiting another band's drum corps. What can we do?",
        0.949,
    ),
    (
        "Which band was our drum major poached from?",
        "Which band poached our drum major?",
        0.964,
    ),
    (
        "What should the band say to a sponsor who wants to drop us?",
        "What should the band say to a sponsor we want to drop?",
        0.976,
    ),
]

HUNDRED_THIRTY_FIFTH_SWAPPED = [
    # "my N's M is being V-ed by another N" / "our N is V-ing another N's M"
    (
        "My company's sales team is being poached by another company. What should we do?",
        "Our company is poaching another company's sales team. What should we do?",
    ),
    (
        "My church's choir director is being recruited by another church.",
        "Our church is recruiting another church's choir director.",
    ),
    (
        "My restaurant's head chef is being hired away by another restaurant.",
        "Our restaurant is hiring away another restaurant's head chef.",
    ),
    # "Which N was our M V-ed from?" / "Which N V-ed our M?"
    (
        "Which hospital was our new surgeon recruited from?",
        "Which hospital recruited our new surgeon?",
    ),
    (
        "Which farm was our horse bought from?",
        "Which farm bought our horse?",
    ),
    # "a N who wants to V us" / "a N we want to V"
    (
        "How do I handle a landlord who wants to evict us?",
        "How do I handle a landlord we want to evict?",
    ),
    (
        "What do I say to a tenant who wants to sue me?",
        "What do I say to a tenant I want to sue?",
    ),
    (
        "How should we respond to a vendor who wants to replace us?",
        "How should we respond to a vendor we want to replace?",
    ),
]

HUNDRED_THIRTY_FIFTH_SAME = [
    # the same taker and the same owner, said the other way round
    (
        "My company's sales team is being poached by another company.",
        "My company's sales team is being poached by a rival company.",
    ),
    (
        "Which hospital recruited our new surgeon?",
        "Which hospital was our new surgeon recruited by?",
    ),
    (
        "Which shelter was our dog adopted from?",
        "Which shelter did we adopt our dog from?",
    ),
    # "who" / "that" for the same one wishing, or the same clause
    (
        "How do I handle a landlord who wants to evict us?",
        "How do I handle a landlord that wants to evict us?",
    ),
    (
        "How do I handle a landlord we want to evict?",
        "How do I handle a landlord that we want to evict?",
    ),
    (
        "What do I say to a client who wants to fire me?",
        "What should I say to a client who wants to fire me?",
    ),
]


# Role pass 135 (blind rounds 273-275): the compared pair traded across a passive and a "get"
# ("Is X V-ed by more N than Y?" / "Does Y get more N than X?": new
# ``frames.passive_compared_traded``); the wh-word the verb's subject against its object around
# a reduced relative ("Who V-ed the X the Y W-ed?" / "Who did the X V after the Y W-ed him?": new
# ``frames.wh_relative_traded``); who acted on whose thing ("the N whose M I V-ed" / "the N who
# V-ed my M": new ``frames.whose_doer_traded``).
HUNDRED_THIRTY_SIXTH_ROUNDS = [
    (
        "Is the Seattle Space Needle visited by more tourists than the Vegas Stratosphere?",
        "Does the Vegas Stratosphere get more tourists than the Seattle Space Needle?",
        0.969,
    ),
    (
        "Who rescued the surfer the seal bit?",
        "Who did the surfer rescue after the seal bit him?",
        0.972,
    ),
    (
        "The guy whose stall I bumped into wants me to pay for a broken lamp. Do I have to?",
        "The guy who bumped into my stall broke a lamp. Does he have to pay?",
        0.924,
    ),
]

HUNDRED_THIRTY_SIXTH_SWAPPED = [
    # "Is X V-ed by more N than Y?" / "Does Y get more N than X?"
    (
        "Is Netflix watched by more families than Hulu?",
        "Does Hulu get more family viewers than Netflix?",
    ),
    (
        "Is the Golden Gate Bridge crossed by more cars than the Bay Bridge?",
        "Does the Bay Bridge get more cars than the Golden Gate Bridge?",
    ),
    # "Who V-ed the X the Y W-ed?" / "Who did the X V after the Y W-ed him?"
    (
        "Who paid the plumber the landlord hired?",
        "Who did the plumber pay after the landlord hired him?",
    ),
    (
        "Who called the nurse the patient yelled at?",
        "Who did the nurse call after the patient yelled at her?",
    ),
    (
        "Who sued the driver the cyclist hit?",
        "Who did the driver sue after the cyclist hit him?",
    ),
    # "the N whose M I V-ed" / "the N who V-ed my M"
    (
        "The man whose bike I borrowed wants it back tomorrow. Should I return it?",
        "The man who borrowed my bike wants to keep it. Should he return it?",
    ),
    (
        "The coworker whose mug I broke wants me to replace it. Do I have to?",
        "The coworker who broke my mug won't replace it. Does she have to?",
    ),
    (
        "The tenant whose parking spot I took is angry. What should I do?",
        "The tenant who took my parking spot is angry. What should I do?",
    ),
]

HUNDRED_THIRTY_SIXTH_SAME = [
    # the same one getting more, said by a passive, a "get" or "do more N V"
    (
        "Is the Seattle Space Needle visited by more tourists than the Vegas Stratosphere?",
        "Does the Seattle Space Needle get more tourists than the Vegas Stratosphere?",
    ),
    (
        "Is the Louvre visited by more tourists than the Met?",
        "Does the Louvre get more tourists than the Met?",
    ),
    (
        "Is Netflix watched by more families than Hulu?",
        "Do more families watch Netflix than Hulu?",
    ),
    # the same one acted on, a relative said in full or a passive; a verb done with each other
    (
        "Who rescued the surfer the seal bit?",
        "Who rescued the surfer that was bitten by the seal?",
    ),
    (
        "Who did the plumber pay after the landlord hired him?",
        "Who was paid by the plumber after the landlord hired him?",
    ),
    (
        "Who married the actress the director discovered?",
        "Who did the actress marry after the director discovered her?",
    ),
    # the asker acting on the other's thing, said with "whose" or with "X's"
    (
        "The guy whose stall I bumped into wants me to pay for a broken lamp. Do I have to?",
        "I bumped into a guy's stall and he wants me to pay for a broken lamp. Do I have to?",
    ),
    (
        "The tenant whose parking spot I took is angry. What should I do?",
        "I took a tenant's parking spot and he is angry. What should I do?",
    ),
]


# Role pass 136 (blind rounds 273-275): the one undergoing the main verb traded with the
# relative's other party ("V the X who W-ed Y" / "V Y, whom the X W-ed": new
# ``kin_relatives.whom_head_traded``); the one the sentence is about and the one a kin word
# names traded ("the X's son ... his father V-ed" / "the X ... his son V-ed": new
# ``kin_relatives.kin_owner_traded``).
HUNDRED_THIRTY_SEVENTH_ROUNDS = [
    (
        "Why did the Magic Circle expel the illusionist who copied Maskelyne?",
        "Why did the Magic Circle expel Maskelyne, whom the illusionist copied?",
        0.983,
    ),
    (
        "How did the stage manager's son get trapped in the illusion his father built?",
        "How did the stage manager get trapped in the illusion his son built?",
        0.978,
    ),
]

HUNDRED_THIRTY_SEVENTH_SWAPPED = [
    # "V the X who W-ed Y" / "V Y, whom the X W-ed"
    (
        "Why did the club kick out the member who insulted Maria?",
        "Why did the club kick out Maria, whom the member insulted?",
    ),
    (
        "Why did the landlord evict the tenant who robbed Tom?",
        "Why did the landlord evict Tom, whom the tenant robbed?",
    ),
    (
        "Why did the referee warn the boxer who punched Ali?",
        "Why did the referee warn Ali, whom the boxer punched?",
    ),
    (
        "Why did the airline ban the passenger who attacked Kevin?",
        "Why did the airline ban Kevin, whom the passenger attacked?",
    ),
    # "the X's K1 ... his K2 V-ed" / "the X ... his K1 V-ed"
    (
        "How did the baker's daughter get burned by the oven her mother installed?",
        "How did the baker get burned by the oven her daughter installed?",
    ),
    (
        "Why did the carpenter's son get hurt by the ladder his father built?",
        "Why did the carpenter get hurt by the ladder his son built?",
    ),
    (
        "How did the gardener's wife get stung by the hive her husband kept?",
        "How did the gardener get stung by the hive his wife kept?",
    ),
]

HUNDRED_THIRTY_SEVENTH_SAME = [
    # the same head and the same doer, "that" for "who", a comma said
    (
        "Why did the league ban the player who fouled Jordan?",
        "Why did the league ban the player that fouled Jordan?",
    ),
    (
        "Why did the school suspend the student who bullied Sam?",
        "Why did the school suspend the student, who bullied Sam?",
    ),
    # the same kin word later on both sides, or "that" added
    (
        "How did the chef's son get sick from the dish his father cooked?",
        "How did the chef's son get sick from the dish his dad cooked?",
    ),
    (
        "How did the farmer get hurt by the machine his daughter built?",
        "How did the farmer get hurt by the machine that his daughter built?",
    ),
    (
        "How did the baker's daughter get burned by the oven her mother installed?",
        "How did the baker's daughter get burned by the oven her mom installed?",
    ),
]


# Role pass 138 (blind rounds 276-278): the two sides of "than" traded as whole runs, a side of
# two words or a word said twice ("take a tuk-tuk than a metered taxi": widened
# ``compared.compared_sides_traded``); a choice "X or Y that V-ed after it" whose options trade
# places, the relative clause kept on the second ("the pedicab or the car that arrived after
# it": new ``relatives.option_relative_traded``, ``choices`` no longer aligns the options across
# the clause); one word before each of two nouns traded ("enter the A class with a B car":
# widened ``modifiers.modifiers_exchanged``).
HUNDRED_THIRTY_NINTH_ROUNDS = [
    (
        "Is it cheaper to take a tuk-tuk than a metered taxi in Bangkok?",
        "Is it cheaper to take a metered taxi than a tuk-tuk in Bangkok?",
        0.994,
    ),
    (
        "Which should go first at a four-way stop, the pedicab or the car that arrived after it?",
        "Which should go first at a four-way stop, the car or the pedicab that arrived after it?",
        0.996,
    ),
    (
        "Can a stock car driver enter the compact class with a full-size car?",
        "Can a compact car driver enter the full-size class with a compact car?",
        0.958,
    ),
]

HUNDRED_THIRTY_NINTH_SWAPPED = [
    # "V X1 X2 than Y1 Y2" / "V Y1 Y2 than X1 X2"
    (
        "Is it healthier to grill mahi-mahi than a salmon fillet?",
        "Is it healthier to grill a salmon fillet than mahi-mahi?",
    ),
    (
        "Is it easier to learn the cha-cha than a slow waltz?",
        "Is it easier to learn a slow waltz than the cha-cha?",
    ),
    (
        "Is it louder to use a leaf blower than a snow blower in the morning?",
        "Is it louder to use a snow blower than a leaf blower in the morning?",
    ),
    # "X or Y that V-ed after it" / "Y or X that V-ed after it"
    (
        "Which patient should the nurse see first, the child or the man who arrived after him?",
        "Which patient should the nurse see first, the man or the child who arrived after him?",
    ),
    (
        "Which call should I take first, the plumber or the electrician who phoned after him?",
        "Which call should I take first, the electrician or the plumber who phoned after him?",
    ),
    (
        "Which car gets the parking spot, the van or the sedan that pulled in behind it?",
        "Which car gets the parking spot, the sedan or the van that pulled in behind it?",
    ),
    # "the A N1 with a B N2" / "the B N1 with an A N2"
    (
        "Can a novice rider join the advanced group with a beginner horse?",
        "Can an advanced rider join the beginner group with an advanced horse?",
    ),
    (
        "Can a home cook enter the amateur contest with a professional recipe?",
        "Can a professional cook enter the professional contest with an amateur recipe?",
    ),
]

HUNDRED_THIRTY_NINTH_SAME = [
    # the options reordered with nothing after them, or said in the same order
    (
        "Which call should I take first, the plumber or the electrician?",
        "Which call should I take first, the electrician or the plumber?",
    ),
    (
        "Which car gets the parking spot, the van or the sedan that pulled in behind it?",
        "Which car should get the parking spot, the van or the sedan that pulled in behind it?",
    ),
    # the relative clause moved with its option, or set off by a comma
    (
        "Which should I adopt, the puppy or the kitten that was rescued with it?",
        "Which should I adopt, the kitten that was rescued with it or the puppy?",
    ),
    (
        "Who gets the window seat, the boy or his sister, who boarded first?",
        "Who gets the window seat, his sister or the boy, who boarded first?",
    ),
    # the same comparison in another frame or with a phrase moved
    (
        "Is it healthier to drink a bubble tea than an iced green tea?",
        "Is drinking a bubble tea healthier than drinking an iced green tea?",
    ),
    (
        "Is it louder to use a leaf blower than a snow blower in the morning?",
        "In the morning, is it louder to use a leaf blower than a snow blower?",
    ),
    # the same class and the same car
    (
        "Can a novice rider join the advanced group with a beginner horse?",
        "Is a novice rider allowed to join the advanced group with a beginner horse?",
    ),
]


# Role pass 139 (blind rounds 276-278): the doer and the one asked about traded in one sentence
# with its question after a comma ("X V-ed my N without asking me, can I A?" / "I V-ed my N
# without asking X, can he A?": widened ``asked_party.done_to_asker_traded``); the one the act is
# done to against the one who does it, said by a noun ("is the last one V-ed" / "makes the last
# V": new ``hosted.undergoer_made_maker``); the host and the guest traded ("my guest X V-s at my
# N" / "I V as a guest at my X's N": new ``hosted.host_made_guest``).
HUNDRED_FORTIETH_ROUNDS = [
    (
        "The checkpoint vet dropped my dog without asking me, can I appeal?",
        "I dropped my dog at the checkpoint without asking the vet, can he appeal?",
        0.949,
    ),
    (
        "Do I get points if my car is the last one hit before the buzzer?",
        "Do I get points if my car makes the last hit before the buzzer?",
        0.987,
    ),
    (
        "Who pays the table fee when my guest partner plays at my club?",
        "Who pays the table fee when I play as a guest at my partner's club?",
        0.982,
    ),
]

HUNDRED_FORTIETH_SWAPPED = [
    # "X V-ed my N without asking me, can I A?" / "I V-ed my N without asking X, can he A?"
    (
        "The plumber moved my sink without telling me, can I complain?",
        "I moved my sink without telling the plumber, can he complain?",
    ),
    (
        "My boss rescheduled my shift without asking me, can I refuse?",
        "I rescheduled my shift without asking my boss, can he refuse?",
    ),
    (
        "The mechanic replaced my tires without asking me, should I pay?",
        "I replaced my tires without asking the mechanic, should he pay?",
    ),
    # "S is the last one V-ed" / "S makes the last V"
    (
        "Does our team win if our striker is the last one fouled?",
        "Does our team win if our striker makes the last foul?",
    ),
    (
        "Is it a point if my partner is the first one tagged?",
        "Is it a point if my partner makes the first tag?",
    ),
    # "my guest X V-s at my N" / "I V as a guest at my X's N"
    (
        "Who buys the drinks when my guest coworker dines at my club?",
        "Who buys the drinks when I dine as a guest at my coworker's club?",
    ),
    (
        "Who pays for parking when my visiting aunt stays at my hotel?",
        "Who pays for parking when I stay as a visitor at my aunt's hotel?",
    ),
]

HUNDRED_FORTIETH_SAME = [
    # the question said as its own sentence, or with another modal: the same doer and asker
    (
        "The plumber moved my sink without telling me, can I complain?",
        "The plumber moved my sink without telling me. Can I complain?",
    ),
    (
        "My boss rescheduled my shift without asking me, can I refuse?",
        "My boss rescheduled my shift without asking me, may I refuse?",
    ),
    # the doer said both ways ("makes the last V" / "is the last one to V"), or kept
    (
        "Does our team win if our striker makes the last foul?",
        "Does our team win if our striker is the last one to foul?",
    ),
    ("Am I out if I make the last tag?", "Am I out when I make the last tag?"),
    (
        "Does our team win if our striker is the last one fouled?",
        "Does our team win if our striker is the last player fouled?",
    ),
    # the same host and guest
    (
        "Who buys the drinks when my guest coworker dines at my club?",
        "Who buys the drinks if my guest coworker dines at my club?",
    ),
    (
        "Who pays the green fee when I play as a guest at my friend's golf club?",
        "Who pays the green fee if I play as a guest at my friend's golf club?",
    ),
]


# Role pass 140 (blind rounds 276-278): a reduced object relative read as its owner, the doer
# and the owner then traded ("for X to V N a Y paid for without the Y's M" / "for Y to V X's N
# without X's M": new ``reduced_read.relative_owner_traded``); a trailing "N I sold him" said on
# one side only left out ("I V-ed the X for N" / "The X V-ed me for N I sold him": new
# ``reduced_read.pronoun_relative_dropped``); "our N M" read as "our N" against a passive with
# "by X" ("Our N was V-ed by X, can they be R?" / "Our N's M V-ed X, can we be R?": new
# ``reduced_read.compound_subject_said``).
HUNDRED_FORTY_FIRST_ROUNDS = [
    (
        "Is it legal for a drive-in to play ads a sponsor paid for without the sponsor's logo?",
        "Is it legal for a sponsor to play a drive-in's ads without the drive-in's logo?",
        0.966,
    ),
    (
        "Is it legal for a store to sell photos a customer took without the customer's name?",
        "Is it legal for a customer to sell a store's photos without the store's name?",
        0.939,
    ),
    (
        "Is it okay for a blog to post articles a writer paid for without the writer's byline?",
        "Is it okay for a writer to post a blog's articles without the blog's byline?",
        0.867,
    ),
    (
        "I accidentally underpaid the seller for a Lionel train set; how do I make it right?",
        "The seller accidentally underpaid me for a Lionel train set I sold him; how do I make it"
        " right?",
        0.971,
    ),
    (
        "I accidentally overcharged the buyer for a lamp",
        "The buyer accidentally overcharged me for a lamp he sold me",
        0.928,
    ),
    (
        "I accidentally shortchanged the customer for the tickets",
        "The customer accidentally shortchanged me for tickets I sold her",
        0.905,
    ),
    (
        "Our float was sprayed with silly string by spectators, can they be removed?",
        "Our float riders sprayed spectators with silly string, can we be removed?",
        0.943,
    ),
    (
        "Our bus was pelted with eggs by fans, can they be banned?",
        "Our bus riders pelted fans with eggs, can we be banned?",
        0.953,
    ),
    (
        "Our booth was splashed with paint by protesters, can they be arrested?",
        "Our booth staff splashed protesters with paint, can we be arrested?",
        0.971,
    ),
]

HUNDRED_FORTY_FIRST_SWAPPED = [
    # "for X to V N a Y V2-ed (P) ... the Y's M" / "for Y to V X's N ... X's M"
    (
        "Can a gym use photos a trainer took without the trainer's consent?",
        "Can a trainer use a gym's photos without the gym's consent?",
    ),
    (
        "Is it fine for a bakery to sell recipes a chef wrote without the chef's credit?",
        "Is it fine for a chef to sell a bakery's recipes without the bakery's credit?",
    ),
    (
        "Is it legal for a school to print essays a student wrote without the student's name?",
        "Is it legal for a student to print a school's essays without the school's name?",
    ),
    # "I V-ed the X for N" / "The X V-ed me for N I sold him"
    (
        "I accidentally overpaid the plumber for the parts; what now?",
        "The plumber accidentally overpaid me for the parts I sold him; what now?",
    ),
    (
        "I mistakenly undercharged the tenant for the furniture",
        "The tenant mistakenly undercharged me for furniture she sold me",
    ),
    # "Our N was V-ed with Z by X, can they be R?" / "Our N M V-ed X with Z, can we be R?"
    (
        "Our car was splashed with mud by cyclists, can they be fined?",
        "Our car passengers splashed cyclists with mud, can we be fined?",
    ),
    (
        "Our tent was covered with trash by campers, can they be evicted?",
        "Our tent crew covered campers with trash, can we be evicted?",
    ),
    (
        "Our stall was hit with water balloons by kids, can they be punished?",
        "Our stall workers hit kids with water balloons, can we be punished?",
    ),
]

HUNDRED_FORTY_FIRST_SAME = [
    # the relative read as its owner with the doer kept
    (
        "Can a gym use photos a trainer took without the trainer's consent?",
        "Can a gym use a trainer's photos without the trainer's consent?",
    ),
    (
        "Is it legal for a store to sell photos a customer took without the customer's name?",
        "Is it legal for a store to sell a customer's photos without the customer's name?",
    ),
    # the pronoun relative said on both sides
    (
        "The buyer accidentally overcharged me for a lamp he sold me",
        "The buyer accidentally overcharged me for the lamp he sold me",
    ),
    # the passive said in the active, the same one hit (a compound head said on both sides)
    (
        "Our float was sprayed with silly string by spectators, can they be removed?",
        "Spectators sprayed our float with silly string, can they be removed?",
    ),
    (
        "Our bus was pelted with eggs by fans, can they be banned?",
        "Fans pelted our bus with eggs, can they be banned?",
    ),
    (
        "Our booth staff was splashed with paint by protesters, can they be arrested?",
        "Protesters splashed our booth staff with paint, can they be arrested?",
    ),
    (
        "Our bus riders were pelted with eggs by fans, can they be banned?",
        "Fans pelted our bus riders with eggs, can they be banned?",
    ),
]


# Role pass 141 (blind rounds 279-281): an adverb before the verb on both sides ("whom did X ADV
# V?" / "who ADV V-ed X?", also after a shared frame "In the N, ...": widened
# ``inverted.subject_object_inverted``); the wh-phrase with another noun asked as the verb's
# subject on one side and its object on the other ("Which N V-s X?" / "Which Ms does X V?": new
# ``inverted.wh_noun_traded``).
HUNDRED_FORTY_SECOND_ROUNDS = [
    (
        "In the famous 1559 joust, whom did Montgomery fatally wound?",
        "In the famous 1559 joust, who fatally wounded Montgomery?",
        0.970,
    ),
    (
        "In the 1980 final, whom did Borg narrowly beat?",
        "In the 1980 final, who narrowly beat Borg?",
        0.990,
    ),
    ("Whom did Brutus fatally stab?", "Who fatally stabbed Brutus?", 0.942),
    (
        "At the 2019 trial, whom did the witness falsely accuse?",
        "At the 2019 trial, who falsely accused the witness?",
        0.967,
    ),
    (
        "Which theme park company owns Knott's Berry Farm?",
        "Which theme parks does Knott's Berry Farm own?",
        0.929,
    ),
    ("Which company owns Instagram?", "Which companies does Instagram own?", 0.940),
    ("Which airline owns Alaska Air?", "Which airlines does Alaska Air own?", 0.962),
    ("Which bank owns Chase?", "Which banks does Chase own?", 0.940),
]

HUNDRED_FORTY_SECOND_SWAPPED = [
    # "(In the N,) whom did X ADV V?" / "(In the N,) who ADV V-ed X?"
    ("Whom did the referee unfairly penalize?", "Who unfairly penalized the referee?"),
    (
        "At the staff meeting, whom did the manager openly criticize?",
        "At the staff meeting, who openly criticized the manager?",
    ),
    ("Whom did the landlord repeatedly overcharge?", "Who repeatedly overcharged the landlord?"),
    (
        "In the first round, whom did Nadal easily defeat?",
        "In the first round, who easily defeated Nadal?",
    ),
    # "Which N V-s X?" / "Which Ms does X V?"
    ("Which hospital network runs Mercy Clinic?", "Which clinics does Mercy Clinic run?"),
    ("Which school district manages Lincoln High?", "Which schools does Lincoln High manage?"),
    ("Which parent company controls Whole Foods?", "Which brands does Whole Foods control?"),
]

HUNDRED_FORTY_SECOND_SAME = [
    # the passive for the active, the same doer
    (
        "In the famous 1559 joust, whom did Montgomery fatally wound?",
        "In the famous 1559 joust, who was fatally wounded by Montgomery?",
    ),
    # "whom" for "who", the adverb after the verb: the same doer
    ("Whom did the referee unfairly penalize?", "Who did the referee unfairly penalize?"),
    (
        "At the staff meeting, whom did the manager openly criticize?",
        "At the staff meeting, whom did the manager criticize openly?",
    ),
    # the owner asked on both sides
    (
        "Which theme park company owns Knott's Berry Farm?",
        "Which company owns the Knott's Berry Farm theme park?",
    ),
    ("Which company owns Instagram?", "Which companies own Instagram?"),
    ("Which parent company controls Whole Foods?", "Which company is Whole Foods controlled by?"),
]


# Role pass 142 (blind rounds 279-281): buyer and seller traded in a contact relative with a
# stranded "from" and a long theme or a present / irregular past main verb after it ("The guy I
# bought my Monster Jam tickets from sold them" / "The guy who bought Monster Jam tickets from me
# claims ...": widened ``relative_events.preposed_whom_traded``); the licence and the craft traded
# with "airline" / "airliner" one stem ("Can an airline pilot fly a seaplane?" / "Can a seaplane
# pilot fly an airliner?": new ``hopped.er_noun_said``).
HUNDRED_FORTY_THIRD_ROUNDS = [
    (
        "The guy I bought my Monster Jam tickets from sold them again to someone else. What can I"
        " do?",
        "The guy who bought Monster Jam tickets from me claims I sold them again to someone else."
        " What can I do?",
        0.970,
    ),
    (
        "The guy I borrowed my drill from says I broke it",
        "The guy who borrowed a drill from me says I broke it",
        0.967,
    ),
    (
        "Can an airline pilot fly a seaplane without extra training?",
        "Can a seaplane pilot fly an airliner without extra training?",
        0.981,
    ),
]

HUNDRED_FORTY_THIRD_SWAPPED = [
    # "The X I V-ed my N from V2 ..." / "The X who V-ed N from me V2 ..."
    (
        "The neighbor I borrowed my ladder from says I broke it",
        "The neighbor who borrowed a ladder from me says I broke it",
    ),
    (
        "The shop I bought my bike from sold it again to someone else",
        "The shop that bought a bike from me sold it again to someone else",
    ),
    (
        "The man I rented my boat from claims I damaged it",
        "The man who rented a boat from me claims I damaged it",
    ),
    (
        "The lady I bought my puppy from wants it back",
        "The lady who bought a puppy from me wants it back",
    ),
    # "Can a A N V a B?" / "Can a B N V an A-er?"
    (
        "Can a ski instructor teach a snowboarder?",
        "Can a snowboard instructor teach a skier?",
    ),
    (
        "Can a jet mechanic repair a freighter?",
        "Can a freight mechanic repair a jet?",
    ),
]

HUNDRED_FORTY_THIRD_SAME = [
    # the same seller on both sides, a symmetric "with", the relative said another way
    (
        "The shop I bought my bike from sold it again to someone else",
        "The shop that sold me my bike sold it again to someone else",
    ),
    (
        "The guy I split my tickets with sold them again",
        "The guy who split tickets with me sold them again",
    ),
    (
        "The neighbor I borrowed my ladder from says I broke it",
        "The neighbor I borrowed a ladder from says I broke it",
    ),
    (
        "The lady I bought my puppy from wants it back",
        "The lady that I bought my puppy from wants it back",
    ),
    # the "-er" noun said for the same modifier, plurals
    ("Can an airline pilot fly a seaplane?", "Can an airliner pilot fly a seaplane?"),
    ("Can a ski instructor teach a snowboarder?", "Can ski instructors teach snowboarders?"),
    ("Can a freight mechanic repair a jet?", "Can freight mechanics repair jets?"),
    ("Can a bus driver drive a truck?", "Can bus drivers drive trucks?"),
]


# Role pass 143 (blind rounds 279-281): "the N P the M next door" is the neighbor's N as well,
# the owners of the doer and the undergoer traded ("My X keeps V-ing the Y on the Z next door" /
# "The X from the Z next door keeps V-ing my Y": ``place_owner.place_owned`` widened); the
# follow-up question traded in its own words while the statement before it says the owners
# another way ("My X's N hangs over the Y's M; can the Y make me remove it?" / "The Y's N hangs
# over my X; can I make the Y remove it?": ``sentences.trade_sentence`` widened).
HUNDRED_FORTY_FOURTH_ROUNDS = [
    (
        "My cat keeps killing the chicks on the farm next door. What can I do?",
        "The cat from the farm next door keeps killing my chicks. What can I do?",
        0.983,
    ),
    (
        "My hot dog cart's awning hangs over the store's doorway; can the store make me remove it?",
        "The store's awning hangs over my hot dog cart; can I make the store remove it?",
        0.956,
    ),
]
HUNDRED_FORTY_FOURTH_SWAPPED = [
    # "my X V-s the Y P the Z next door" / "the X from the Z next door V-s my Y"
    (
        "My teenagers keep teasing the kids in the apartment upstairs",
        "The teenagers from the apartment upstairs keep teasing my kids",
    ),
    (
        "My goats keep eating the hay in the barn across the road",
        "The goats from the barn across the road keep eating my hay",
    ),
    (
        "My car alarm keeps waking the tenants in the building across the street",
        "The car alarm from the building across the street keeps waking my tenants",
    ),
    # "My X's N V-s the Y's M; can the Y make me V2 it?" / "The Y's N V-s my X; can I make ..."
    (
        "My food truck's grill vents onto the cafe's patio; can the cafe make me move it?",
        "The cafe's grill vents onto my food truck; can I make the cafe move it?",
    ),
    (
        "My boat's mooring line crosses the marina's slip; can the marina make me move it?",
        "The marina's mooring line crosses my boat; can I make the marina move it?",
    ),
]
HUNDRED_FORTY_FOURTH_SAME = [
    # another preposition before the same place, another order of the sentences
    (
        "My dog keeps chasing the sheep on the farm next door",
        "My dog keeps chasing the sheep at the farm next door",
    ),
    (
        "My cat keeps killing the chicks on the farm next door. What can I do?",
        "What can I do? My cat keeps killing the chicks on the farm next door.",
    ),
    # the follow-up said with another verb or a pronoun, the owners kept
    (
        "My fence sits on the neighbor's land; can he make me move it?",
        "My fence sits on the neighbor's land; can he force me to move it?",
    ),
    (
        "The store's awning hangs over my cart; can I make the store remove it?",
        "The store's awning hangs over my cart; can I make them remove it?",
    ),
    (
        "My satellite dish blocks the landlord's window; can the landlord make me take it down?",
        "My satellite dish blocks my landlord's window; can my landlord make me take it down?",
    ),
]


# Role pass 144 (blind rounds 282-284): "Which N P the M was X V-ing?" / "Which N P the M was
# V-ing X?", the wh-phrase the progressive's object on one side and its subject on the other,
# a place phrase after the head (``questions.which_said_who``: the same "be" after the place
# phrase now ends it); "Is X liable if my N is V-ed while I'm V-ing R1?" / "Am I liable if X's
# N is V-ed while I'm V-ing R2?", the trade before a trailing clause of the asker's said another
# way (``dropped.clause_dropped`` widened); "after a N against my M, do I V?" / "after a N
# against me, do I V?", the one a charge goes against changed between the asker and another
# (new ``victims.against_party_changed``).
HUNDRED_FORTY_FIFTH_ROUNDS = [
    (
        "Which animal in the cave was the owl hunting?",
        "Which animal in the cave was hunting the owl?",
        0.993,
    ),
    (
        "Is the store liable if my wig is stolen while I'm trying on others?",
        "Am I liable if the store's wig is stolen while I'm trying it on?",
        0.973,
    ),
    (
        "In foosball, after a technical foul against my opponent, do I lose possession?",
        "In foosball, after a technical foul against me, do I lose possession?",
        0.982,
    ),
]
HUNDRED_FORTY_FIFTH_SWAPPED = [
    # "Which N P the M was X V-ing?" / "Which N P the M was V-ing X?"
    (
        "Which customer at the counter was the cashier ignoring?",
        "Which customer at the counter was ignoring the cashier?",
    ),
    (
        "Which student in the hallway was the principal following?",
        "Which student in the hallway was following the principal?",
    ),
    (
        "Which driver on the highway was the trooper tailing?",
        "Which driver on the highway was tailing the trooper?",
    ),
    # "Is X liable if my N is V-ed while I R1?" / "Am I liable if X's N is V-ed while I R2?"
    (
        "Is the landlord liable if my bike is stolen from the garage while I'm at work?",
        "Am I liable if the landlord's bike is stolen from the garage while I'm at home?",
    ),
    (
        "Is the airline responsible if my suitcase is damaged when I check it?",
        "Am I responsible if the airline's suitcase is damaged when I check it in?",
    ),
    # "a N against my M, do I V?" / "a N against me, do I V?"
    (
        "After a yellow card against my teammate, do I have to leave the field?",
        "After a yellow card against me, do I have to leave the field?",
    ),
    (
        "If a lawsuit is filed against my landlord, do I have to move out?",
        "If a lawsuit is filed against me, do I have to move out?",
    ),
]
HUNDRED_FORTY_FIFTH_SAME = [
    # another word for the wh-noun or the place's preposition, who does what kept
    (
        "Which kid in the class was the teacher helping?",
        "Which child in the class was the teacher helping?",
    ),
    (
        "Which dog in the park was chasing the cat?",
        "Which dog at the park was chasing the cat?",
    ),
    # the asker's own group for "us"; the charge said in the active, against the asker both
    (
        "After a penalty against my team, do we lose the ball?",
        "After a penalty against us, do we lose the ball?",
    ),
    (
        "If a complaint is filed against me, can I be fired?",
        "If someone files a complaint against me, can I be fired?",
    ),
    # the trailing clause said another way, the owner and the liable party kept
    (
        "Is the store liable if my wig is stolen while I'm trying on others?",
        "Is the store liable if my wig is stolen while I try on other wigs?",
    ),
    (
        "Is the gym liable if my phone is stolen while I work out?",
        "Is the gym liable if my phone gets stolen when I'm working out?",
    ),
]


# Role pass 145 (blind rounds 282-284): the asker does V to X's N on one side and X does V to
# the asker's N on the other ("V my X's N" / "handle my X V-ing my N": new
# ``gerund_owner.declined_owner_traded``); host and guest traded ("after N at X's P" / "after X
# came to N at my P": new ``hosted.guest_made_host``); victim and doer traded ("if another X
# V-s its N" / "after V-ing another X's N": new ``gerund_owner.thief_made_victim``).
HUNDRED_FORTY_SIXTH_ROUNDS = [
    (
        "How do I politely decline my mother-in-law's afternoon tea invitation?",
        "How do I politely handle my mother-in-law declining my afternoon tea invitation?",
        0.975,
    ),
    (
        "How do I politely decline my boss's dinner invitation?",
        "How do I politely handle my boss declining my dinner invitation?",
        0.963,
    ),
    (
        "How do I turn down my friend's wedding invitation?",
        "How do I handle my friend turning down my wedding invitation?",
        0.949,
    ),
    (
        "How do I reject my coworker's proposal?",
        "How do I deal with my coworker rejecting my proposal?",
        0.921,
    ),
    (
        "After afternoon tea at a friend's home, should I send her a thank-you note?",
        "After my friend came to afternoon tea at my home, should I send her a thank-you note?",
        0.988,
    ),
    (
        "After dinner at my neighbor's house, should I bring him a gift?",
        "After my neighbor came to dinner at my house, should I bring him a gift?",
        0.986,
    ),
    (
        "After a party at my cousin's place, should I text her thanks?",
        "After my cousin came to a party at my place, should I text her thanks?",
        0.987,
    ),
    (
        "What should a mascot do if another mascot steals its props as a gag?",
        "What should a mascot do after stealing another mascot's props as a gag goes wrong?",
        0.972,
    ),
    (
        "What should a clown do if another clown ruins its act?",
        "What should a clown do after ruining another clown's act?",
        0.953,
    ),
    (
        "What should a player do if another player takes its spot?",
        "What should a player do after taking another player's spot?",
        0.936,
    ),
    (
        "What should I do if a coworker steals my idea?",
        "What should I do after stealing a coworker's idea?",
        0.947,
    ),
]
HUNDRED_FORTY_SIXTH_SWAPPED = [
    # "V my X's N" / "handle (deal with) my X V-ing my N"
    (
        "How do I skip my sister's birthday party?",
        "How do I handle my sister skipping my birthday party?",
    ),
    (
        "How do I refuse my sister's loan request?",
        "How do I deal with my sister refusing my loan request?",
    ),
    (
        "How do I ignore my neighbor's parking complaint?",
        "How do I handle my neighbor ignoring my parking complaint?",
    ),
    # "after N at X's P" / "after X came to N at my P"
    (
        "After a barbecue at my uncle's house, should I call him to say thanks?",
        "After my uncle came to a barbecue at my house, should I call him to say thanks?",
    ),
    (
        "After lunch at a colleague's apartment, should I send her flowers?",
        "After my colleague came to lunch at my apartment, should I send her flowers?",
    ),
    # "if another X V-s its N" / "after V-ing another X's N"
    (
        "What should a tenant do if another tenant blocks its parking spot?",
        "What should a tenant do after blocking another tenant's parking spot?",
    ),
    (
        "What should I do if a classmate copies my homework?",
        "What should I do after copying a classmate's homework?",
    ),
    (
        "What should a driver do if another driver scratches its car?",
        "What should a driver do after scratching another driver's car?",
    ),
]
HUNDRED_FORTY_SIXTH_SAME = [
    # one shape on both sides, the frame or the noun phrase said another way
    (
        "How do I handle my boss declining my dinner invitation?",
        "How do I deal with my boss declining my dinner invitation?",
    ),
    (
        "How do I politely decline my boss's dinner invitation?",
        "How do I politely decline my boss's invitation to dinner?",
    ),
    (
        "How do I decline my boss's dinner invitation?",
        "How do I politely decline my boss's dinner invitation?",
    ),
    (
        "After dinner at my neighbor's house, should I bring him a gift?",
        "After having dinner at my neighbor's house, should I bring him a gift?",
    ),
    (
        "After my neighbor came to dinner at my house, should I bring him a gift?",
        "After my neighbor came over for dinner at my house, should I bring him a gift?",
    ),
    (
        "What should I do if a coworker steals my idea?",
        "What should I do when a coworker steals my idea?",
    ),
    (
        "What should a clown do after ruining another clown's act?",
        "What should a clown do after ruining the act of another clown?",
    ),
]


# Role pass 146 (blind rounds 282-284): a noun's modifier said before one noun on one side and
# before another on the other ("my wig fitting ... the fitter" / "my wig fitter ... my fitting"),
# left out of both so the asker and the other party read as traded (``traded.people_traded``
# widened); a subject relative's head traded across voice ("the X who V-ed a Y" / "the Y who was
# V-ed by a X": new ``voice_heads.head_voice_traded``).
HUNDRED_FORTY_SEVENTH_ROUNDS = [
    (
        "I was late for my wig fitting. Should I apologize to the fitter?",
        "My wig fitter was late for my fitting. Should she apologize to me?",
        0.919,
    ),
    (
        "What happened to the player who hit a sausage mascot with a bat in 2003?",
        "What happened to the sausage mascot performer who was hit with a bat by a player in 2003?",
        0.965,
    ),
]
HUNDRED_FORTY_SEVENTH_SWAPPED = [
    # "I V-ed my M N. Should I W the X?" / "My M X V-ed my N. Should she W me?"
    (
        "I was late for my piano lesson. Should I apologize to the teacher?",
        "My piano teacher was late for my lesson. Should she apologize to me?",
    ),
    (
        "I was rude at my tennis lesson. Should I apologize to the coach?",
        "My tennis coach was rude at my lesson. Should he apologize to me?",
    ),
    (
        "I canceled my yoga class. Should I refund the instructor?",
        "My yoga instructor canceled my class. Should she refund me?",
    ),
    # "What happened to the X who V-ed a Y?" / "What happened to the Y who was V-ed by a X?"
    (
        "What happened to the cop who shot a protester in Denver?",
        "What happened to the protester who was shot by a cop in Denver?",
    ),
    (
        "What happened to the teacher who slapped a student in 2019?",
        "What happened to the student who was slapped by a teacher in 2019?",
    ),
    (
        "What happened to the boxer who bit an opponent?",
        "What happened to the opponent who was bitten by a boxer?",
    ),
    (
        "What happened to the nurse who scolded a patient at the clinic?",
        "What happened to the patient who was scolded by a nurse at the clinic?",
    ),
]
HUNDRED_FORTY_SEVENTH_SAME = [
    # the same head in the same voice, another article or relative word or passive auxiliary
    (
        "What happened to the cop who shot a protester in Denver?",
        "What happened to the cop who shot the protester in Denver?",
    ),
    (
        "What happened to the protester who was shot by a cop in Denver?",
        "What happened to the protester who got shot by a cop in Denver?",
    ),
    (
        "What happened to the student who was slapped by a teacher?",
        "What happened to the student that was slapped by a teacher?",
    ),
    # the modifier said again on the same person, or on the same thing, no one traded
    (
        "I was late for my piano lesson. Should I apologize to the teacher?",
        "I was late for my piano lesson. Should I apologize to my teacher?",
    ),
    (
        "My piano teacher was late for my lesson. Should she apologize to me?",
        "My piano teacher was late for my piano lesson. Should she apologize to me?",
    ),
    (
        "I was late for my tennis lesson. Should I apologize to the coach?",
        "I was late for my tennis lesson. Should I apologize to my tennis coach?",
    ),
]


# Role pass 147 (blind rounds 285-287): one head noun on both ends of the verb, the two told
# apart by an owner ("our") and a place phrase ("from Detroit") that trade ends, the kind words
# ("slam") kept on their end ("Our slam team is hosting the team from Detroit" / "The slam team
# from Detroit is hosting our team": new ``same_heads.same_head_marks_traded``).
HUNDRED_FORTY_EIGHTH_ROUNDS = [
    (
        "Our slam team is hosting the team from Detroit; what should we plan?",
        "The slam team from Detroit is hosting our team; what should we plan?",
        0.991,
    ),
]
HUNDRED_FORTY_EIGHTH_SWAPPED = [
    # "our K N V-s the N from X" / "the K N from X V-s our N"
    (
        "Our youth choir is hosting the choir from Boston next month; what should we prepare?",
        "The youth choir from Boston is hosting our choir next month; what should we prepare?",
    ),
    (
        "Our chess club is hosting the club from Leeds on Saturday; what should we bring?",
        "The chess club from Leeds is hosting our club on Saturday; what should we bring?",
    ),
    (
        "Our jazz band is opening for the band from Chicago; how long should we play?",
        "The jazz band from Chicago is opening for our band; how long should we play?",
    ),
    (
        "Our youth orchestra is welcoming the orchestra from Vienna; what should we prepare?",
        "The youth orchestra from Vienna is welcoming our orchestra; what should we prepare?",
    ),
    (
        "Our lacrosse team is housing the team from Baltimore this weekend; what do we need?",
        "The lacrosse team from Baltimore is housing our team this weekend; what do we need?",
    ),
    (
        "The swim team from Miami is traveling to our team; what should we pack?",
        "Our swim team is traveling to the team from Miami; what should we pack?",
    ),
]
HUNDRED_FORTY_EIGHTH_SAME = [
    # the owner and the place phrase on the same end, said another way
    (
        "Our slam team is hosting the team from Detroit; what should we plan?",
        "Our slam team is hosting Detroit's team; what should we plan?",
    ),
    (
        "Our slam team is hosting the team from Detroit; what should we plan?",
        "Our slam team is hosting the Detroit team; what should we plan?",
    ),
    (
        "Our chess club is hosting the club from Leeds on Saturday; what should we bring?",
        "Our chess club is hosting the Leeds club on Saturday; what should we bring?",
    ),
    (
        "The robotics club from Toronto is hosting our club this weekend. What should we plan?",
        "The Toronto robotics club is hosting our club this weekend. What should we plan?",
    ),
    # a verb true both ways: the same game either way round
    (
        "Our team is playing the team from Detroit; what should we plan?",
        "The team from Detroit is playing our team; what should we plan?",
    ),
    (
        "Our team is meeting the team from Detroit; what should we plan?",
        "The team from Detroit is meeting our team; what should we plan?",
    ),
    (
        "Our team tied with the team from Detroit; what should we plan?",
        "The team from Detroit tied with our team; what should we plan?",
    ),
]


# Role pass 148 (blind rounds 285-287): the subject and the owner of an independent possessive
# traded ("I V a N to hers" / "She V-ed a N to mine": new ``standalone_subject.
# standalone_subject_traded``); a reduced relative's origin and the main verb's destination
# traded ("N bought ashore back onto the ship" / "N bought on the ship ashore": new
# ``origins.origin_destination_traded``).
HUNDRED_FORTY_NINTH_ROUNDS = [
    (
        "I wrote a response poem to hers; how do I perform it respectfully?",
        "She wrote a response poem to mine; how do I respond respectfully?",
        0.927,
    ),
    (
        "Can I bring alcohol bought ashore on an excursion back onto the ship?",
        "Can I bring alcohol bought on the ship ashore on an excursion?",
        0.969,
    ),
]
HUNDRED_FORTY_NINTH_SWAPPED = [
    # "I V a N to hers; ..." / "She V-ed a N to mine; ..."
    (
        "I wrote a sequel to hers; can I publish it?",
        "She wrote a sequel to mine; can I publish it?",
    ),
    (
        "I wrote a response song to his; how do I release it politely?",
        "He wrote a response song to mine; how do I reply politely?",
    ),
    (
        "I knitted a matching scarf to hers; how do I gift it tactfully?",
        "She knitted a matching scarf to mine; how do I thank her tactfully?",
    ),
    # "N bought X back to Y" / "N bought in Y to X"
    (
        "Can I bring cigarettes bought abroad back home?",
        "Can I bring cigarettes bought at home abroad?",
    ),
    (
        "Can I take groceries bought in town back to the campsite?",
        "Can I take groceries bought at the campsite into town?",
    ),
    (
        "Can I take books borrowed from the library home over the holiday?",
        "Can I take books borrowed at home to the library over the holiday?",
    ),
    (
        "Can I bring plants bought abroad into the country on a flight?",
        "Can I bring plants bought in the country abroad on a flight?",
    ),
]
HUNDRED_FORTY_NINTH_SAME = [
    # the same origin, the phrases reordered, a full relative, another preposition
    (
        "Can I bring alcohol bought ashore on an excursion back onto the ship?",
        "Can I bring alcohol bought ashore back onto the ship on an excursion?",
    ),
    (
        "Can I take wine bought in France back to the US?",
        "Can I take wine I bought in France back to the US?",
    ),
    (
        "Can I take medicine bought in Mexico back into Canada?",
        "Can I take medicine bought in Mexico back to Canada?",
    ),
    # an origin that is no destination on the other side
    (
        "Can I bring alcohol bought ashore on an excursion back onto the ship?",
        "Can I bring alcohol bought on an excursion ashore back onto the ship?",
    ),
    # the same subject and owner, other words
    (
        "I sent a reply to his; should I follow up?",
        "I sent a response to his; should I follow up?",
    ),
    (
        "She wrote a response poem to mine; how do I respond respectfully?",
        "She wrote a response poem to mine; how should I respond respectfully?",
    ),
    (
        "He wrote a parody of mine; can I post it?",
        "He made a parody of mine; can I post it?",
    ),
]

# Role pass 149 (blind rounds 288-290): the asker the doer of an object relative on one side and
# the patient of a subject relative on the other, said "I" on one side and "us" on the other
# ("a crew I beat" / "a crew that beat us": widened ``relative_events.relative_roles_traded``).
HUNDRED_FIFTIETH_ROUNDS = [
    (
        "How do I ask a crew I beat to collaborate with us?",
        "How do I ask a crew that beat us to collaborate with us?",
        0.960,
    ),
]
HUNDRED_FIFTIETH_SWAPPED = [
    # "a N I V-ed ... us" / "a N that V-ed us ... us"
    (
        "Should I invite a choir I outsang to perform with us?",
        "Should I invite a choir that outsang us to perform with us?",
    ),
    (
        "How do I convince a company I outbid to partner with us?",
        "How do I convince a company that outbid us to partner with us?",
    ),
    (
        "Can I ask a firm I sued to work with us again?",
        "Can I ask a firm that sued us to work with us again?",
    ),
    (
        "How do I invite a club I defeated to train with us?",
        "How do I invite a club that defeated us to train with us?",
    ),
    (
        "Is it weird to ask a crew I outbid to join us?",
        "Is it weird to ask a crew that outbid us to join us?",
    ),
    (
        "How do I ask a vendor I underbid to supply us?",
        "How do I ask a vendor that underbid us to supply us?",
    ),
]
HUNDRED_FIFTIETH_SAME = [
    # the same relative on both sides, another relative word or none, "I" / "we" for the doer
    (
        "How do I ask a crew I beat to collaborate with us?",
        "How do I ask a crew that we beat to collaborate with us?",
    ),
    (
        "How do I ask a crew we beat to collaborate with us?",
        "How do I ask a crew that we beat to collaborate with us?",
    ),
    (
        "Should I invite the team we beat to our party?",
        "Should I invite the team which we beat to our party?",
    ),
    (
        "Should I invite a choir that outsang us to perform with us?",
        "Should I invite a choir which outsang us to perform with us?",
    ),
    (
        "Is it weird to ask a crew I outbid to join us?",
        "Is it weird to ask a crew that I outbid to join us?",
    ),
    (
        "How do I invite a club we defeated to train with us?",
        "How do I invite a club that we defeated to train with us?",
    ),
    (
        "How do I ask a vendor that underbid us to supply us?",
        "How do I ask a vendor which underbid us to supply us?",
    ),
    (
        "Is it weird to ask a crew that outbid us to join us?",
        "Is it weird to ask a crew who outbid us to join us?",
    ),
]


# Role pass 150 (blind rounds 288-290): a relation's direction traded between "X claims to be
# Y's N" and "X claims Y is his N" (new ``claimed.claimed_relation_traded``); a told clause's
# subject the listener on one side and the asker on the other ("tell X that he can go first" /
# "that I'll go first": widened ``embedded.embedded_subject``).
HUNDRED_FIFTY_FIRST_ROUNDS = [
    (
        "What should I do if my DNA match claims to be my father's secret son?",
        "What should I do if my DNA match claims my father is his secret son?",
        0.986,
    ),
    (
        "How do I tell an old man at the sento that he can go first?",
        "How do I tell an old man at the sento that I'll go first?",
        0.961,
    ),
]
HUNDRED_FIFTY_FIRST_SWAPPED = [
    # "X claims to be Y's N" / "X claims Y is his N"
    (
        "My coworker says she is my manager's boss.",
        "My coworker says my manager is her boss.",
    ),
    (
        "He claims to be my landlord's tenant.",
        "He claims my landlord is his tenant.",
    ),
    (
        "She says she is my cousin's mentor.",
        "She says my cousin is her mentor.",
    ),
    (
        "A man online pretends to be my daughter's coach.",
        "A man online pretends my daughter is his coach.",
    ),
    # "tell X that he can V" / "tell X that I'll V"
    (
        "How do I tell the other driver that he can go ahead?",
        "How do I tell the other driver that I'll go ahead?",
    ),
    (
        "How do I tell a woman on the train that she can sit down?",
        "How do I tell a woman on the train that I will sit down?",
    ),
    (
        "How do I tell a man at the gym that he can use the bench first?",
        "How do I tell a man at the gym that I'll use the bench first?",
    ),
    (
        "How do I tell the other shopper that she can take the last cart?",
        "How do I tell the other shopper that I'll take the last cart?",
    ),
]
HUNDRED_FIFTY_FIRST_SAME = [
    # the same subject with another modal, "I'll" / "I will"
    (
        "How do I tell an old man at the sento that he can go first?",
        "How do I tell an old man at the sento that he may go first?",
    ),
    (
        "How do I tell the other driver that I'll go ahead?",
        "How do I tell the other driver that I will go ahead?",
    ),
    (
        "How do I tell a woman on the train that she can sit down?",
        "How do I tell a woman on the train that she may sit down?",
    ),
    # a relation true both ways, the same direction said another way
    (
        "She claims to be my cousin's friend.",
        "She claims my cousin is her friend.",
    ),
    (
        "My coworker says my manager is her boss.",
        "My coworker says that my manager is her boss.",
    ),
    (
        "He claims to be my landlord's tenant.",
        "He claims that he is my landlord's tenant.",
    ),
    (
        "My neighbor claims to be my husband's half brother.",
        "My neighbor claims to be the half brother of my husband.",
    ),
    (
        "What should I do if my DNA match claims to be my father's secret son?",
        "What should I do if my DNA match claims he is my father's secret son?",
    ),
]


# Role pass 151 (blind rounds 291-293): who does the asked deed traded through "ask", "X asked
# me to V R" / "Y asked to V my X R" (new ``control_owner.control_owner_traded``).
HUNDRED_FIFTY_SECOND_ROUNDS = [
    (
        "A taco truck asked me to pay with Venmo, is that safe?",
        "A customer asked to pay my taco truck with Venmo, is that safe?",
        0.972,
    ),
]
HUNDRED_FIFTY_SECOND_SWAPPED = [
    (
        "A bakery asked me to pay with Zelle, is that okay?",
        "A customer asked to pay my bakery with Zelle, is that okay?",
    ),
    (
        "My tutor asked me to pay in advance.",
        "A student asked to pay my tutoring business in advance.",
    ),
    (
        "A food truck wants me to pay with Venmo, is that safe?",
        "A customer wants to pay my food truck with Venmo, is that safe?",
    ),
    (
        "A moving company asked me to pay in cash, is that legal?",
        "A customer asked to pay my moving company in cash, is that legal?",
    ),
    (
        "A yoga studio asked me to pay in cash, is that legal?",
        "A student asked to pay my yoga studio in cash, is that legal?",
    ),
    (
        "A band asked me to pay with Cash App, is that safe?",
        "A venue asked to pay my band with Cash App, is that safe?",
    ),
    (
        "A cleaning service asked me to pay in crypto, is that a scam?",
        "A client asked to pay my cleaning service in crypto, is that a scam?",
    ),
]
HUNDRED_FIFTY_SECOND_SAME = [
    # the same payer and payee said another way
    (
        "A taco truck asked me to pay with Venmo, is that safe?",
        "A taco truck wants me to pay with Venmo, is that safe?",
    ),
    (
        "A taco truck asked me to pay with Venmo, is that safe?",
        "A taco truck asked that I pay with Venmo, is that safe?",
    ),
    (
        "A taco truck asked me to pay with Venmo, is that safe?",
        "A taco truck asked me to pay via Venmo, is that safe?",
    ),
    (
        "A customer asked to pay my taco truck with Venmo, is that safe?",
        "A customer wants to pay my taco truck with Venmo, is that safe?",
    ),
    (
        "A bakery asked me to pay with Zelle, is that okay?",
        "A bakery asked that I pay with Zelle, is that okay?",
    ),
    (
        "My tutor asked me to pay in advance.",
        "My tutor wants me to pay in advance.",
    ),
    (
        "A student asked to pay my tutoring business in advance.",
        "A student wants to pay my tutoring business in advance.",
    ),
]


# Role pass 152 (blind rounds 291-293): the finder and the owner traded, "I V a N with
# someone's M" / "Someone V-ed my N with my M", the verb an irregular past read by the other
# side's reading (widened ``subject_owner.subject_owner_traded``).
HUNDRED_FIFTY_THIRD_ROUNDS = [
    (
        "I found a disc with someone's phone number on it; what should I do?",
        "Someone found my disc with my phone number on it; what should I do?",
        0.947,
    ),
]
HUNDRED_FIFTY_THIRD_SWAPPED = [
    # "I V a N with someone's M" / "Someone V my N with my M"
    (
        "I found a wallet with someone's ID in it; what should I do?",
        "Someone found my wallet with my ID in it; what should I do?",
    ),
    (
        "I found a camera with someone's vacation photos on it; who do I contact?",
        "Someone found my camera with my vacation photos on it; who do I contact?",
    ),
    (
        "I took home a jacket with someone's keys in the pocket.",
        "Someone took home my jacket with my keys in the pocket.",
    ),
    (
        "I saw a car with someone's dog locked inside; what should I do?",
        "Someone saw my car with my dog locked inside; what should I do?",
    ),
    (
        "I threw away a box with someone's tax papers in it.",
        "Someone threw away my box with my tax papers in it.",
    ),
    (
        "I took a suitcase with someone's name tag on it from the carousel.",
        "Someone took my suitcase with my name tag on it from the carousel.",
    ),
    (
        "I found a ring with someone's initials engraved on it.",
        "Someone found my ring with my initials engraved on it.",
    ),
]
HUNDRED_FIFTY_THIRD_SAME = [
    # the same finder and owner said another way
    (
        "I found a disc with someone's phone number on it; what should I do?",
        "I found someone's disc with their phone number on it; what should I do?",
    ),
    (
        "I found a disc with someone's phone number on it; what should I do?",
        "I found a disc that has someone's number on it; what should I do?",
    ),
    (
        "I found a wallet with someone's ID in it; what should I do?",
        "I found someone's wallet with their ID in it; what should I do?",
    ),
    (
        "Someone found my wallet with my ID in it; what should I do?",
        "Someone found my wallet that has my ID in it; what should I do?",
    ),
    (
        "I picked up a phone with someone's photos on it.",
        "I picked up someone's phone with their photos on it.",
    ),
    (
        "I found a notebook with someone's name on it; what should I do?",
        "I found a notebook that has someone's name on it; what should I do?",
    ),
    (
        "I found a bag with someone's keys in it.",
        "I found someone's bag with their keys in it.",
    ),
]


# Role pass 153 (blind rounds 294-296): a relative's doer inverted with a conjoined name, "the N
# who V-ed A and B" / "the N who A and B V-ed" (``conjoined.conjunct_said_one``: the name read as
# its first), and the owner and the place phrase traded between two heads, "A N from X V-s our M"
# / "Our N V-s a M from X" (``conjoined.modifiers_traded``).
HUNDRED_FIFTY_FOURTH_ROUNDS = [
    (
        "The magician who fooled Penn and Teller, what was his trick?",
        "The magician who Penn and Teller fooled, what was his trick?",
        0.996,
    ),
    (
        "A club from Norway wants to hire our coach; what do we do?",
        "Our club wants to hire a coach from Norway; what do we do?",
        0.983,
    ),
]
HUNDRED_FIFTY_FOURTH_SWAPPED = [
    # "the N who V-ed A and B" / "the N who A and B V-ed"
    (
        "The boxer who beat Ali and Frazier, where is he now?",
        "The boxer who Ali and Frazier beat, where is he now?",
    ),
    (
        "The comedian who mocked Simon and Garfunkel, what was his name?",
        "The comedian who Simon and Garfunkel mocked, what was his name?",
    ),
    (
        "The poet who praised Jack and Jill, what did he write?",
        "The poet who Jack and Jill praised, what did he write?",
    ),
    (
        "The singer who insulted Ben and Jerry, what happened to him?",
        "The singer who Ben and Jerry insulted, what happened to him?",
    ),
    # "A N from X V-s our M" / "Our N V-s a M from X"
    (
        "A university from Canada wants to recruit our professor; what do we do?",
        "Our university wants to recruit a professor from Canada; what do we do?",
    ),
    (
        "A college from Oregon wants to recruit our runner; what do we do?",
        "Our college wants to recruit a runner from Oregon; what do we do?",
    ),
]
HUNDRED_FIFTY_FOURTH_SAME = [
    # the same doer and the same marks on the same heads said another way
    (
        "The magician who fooled Penn and Teller, what was his trick?",
        "What trick did the magician who fooled Penn and Teller use?",
    ),
    (
        "The magician who fooled Penn and Teller, what was his trick?",
        "How did the magician who fooled Penn and Teller do his trick?",
    ),
    (
        "The boxer who beat Ali and Frazier, where is he now?",
        "Where is the boxer who beat Ali and Frazier now?",
    ),
    (
        "The magician who Penn and Teller fooled, what was his trick?",
        "What was the trick of the magician Penn and Teller fooled?",
    ),
    (
        "A club from Norway wants to hire our coach; what do we do?",
        "A club in Norway wants to hire our coach; what do we do?",
    ),
    (
        "A club from Norway wants to hire our coach; what do we do?",
        "A club from Norway wants to hire our coach; what should we do?",
    ),
    (
        "Our club wants to hire a coach from Norway; what do we do?",
        "Our club wants to hire a coach from Norway; what should we do?",
    ),
]


# Role pass 154 (blind rounds 294-296): who pays whom traded through a causative, "I get X to V
# me" / "I V X" (``refunded.caused_payer_traded``), and who is late traded between the asker's
# business and its party, "my N's H is late with ..." / "my N is late paying the H"
# (``refunded.late_party_traded``).
HUNDRED_FIFTY_FIFTH_ROUNDS = [
    (
        "How do I get the theater to refund me for a cancelled show?",
        "How do I refund the theater for a show I cancelled?",
        0.971,
    ),
    (
        "My float spa's supplier is late with salt, can I cancel the order?",
        "My float spa is late paying the salt supplier, can they cancel the order?",
        0.961,
    ),
]
HUNDRED_FIFTY_FIFTH_SWAPPED = [
    # "I get X to V me (for N)" / "I V X (for N)"
    (
        "How do I get the gym to refund me for a cancelled class?",
        "How do I refund the gym for a class I cancelled?",
    ),
    (
        "How do I get the caterer to refund me for a cancelled event?",
        "How do I refund the caterer for an event I cancelled?",
    ),
    (
        "How can I get my tutor to refund me for a missed lesson?",
        "How can I refund my tutor for a lesson I missed?",
    ),
    (
        "How do I get the venue to refund me for a cancelled concert?",
        "How do I refund the venue for a concert I cancelled?",
    ),
    # "my N's H is late with M" / "my N is late paying the M H"
    (
        "My bakery's supplier is late with flour, can I cancel the order?",
        "My bakery is late paying the flour supplier, can they cancel the order?",
    ),
    (
        "My flower shop's supplier is late with roses, can I cancel the order?",
        "My flower shop is late paying the rose supplier, can they cancel the order?",
    ),
    (
        "My gym's landlord is late with repairs, can I withhold rent?",
        "My gym is late paying the landlord for repairs, can he withhold rent?",
    ),
    (
        "My brewery's supplier is late with hops, can I cancel the order?",
        "My brewery is late paying the hops supplier, can they cancel the order?",
    ),
]
HUNDRED_FIFTY_FIFTH_SAME = [
    # the same payer and the same late party said another way
    (
        "How do I get the theater to refund me for a cancelled show?",
        "How can I get the theater to refund me for a show they cancelled?",
    ),
    (
        "How do I get the theater to refund me for a cancelled show?",
        "How do I get a refund from the theater for a cancelled show?",
    ),
    (
        "How do I get my landlord to reimburse me for repairs?",
        "How can I make my landlord reimburse me for repairs?",
    ),
    (
        "How do I get the gym to refund me for a cancelled class?",
        "How do I get the gym to give me a refund for a cancelled class?",
    ),
    (
        "My float spa's supplier is late with salt, can I cancel the order?",
        "My float spa's salt supplier is late, can I cancel the order?",
    ),
    (
        "My bakery's supplier is late with flour, can I cancel the order?",
        "My bakery's flour supplier is late, can I cancel the order?",
    ),
    (
        "My float spa is late paying the salt supplier, can they cancel the order?",
        "My float spa is late paying its salt supplier, can they cancel the order?",
    ),
]


# Role pass 155 (blind rounds 294-296): a genitive's head moved to own a later noun ("X's N1 V
# as her N2" / "X V as her N1's N2"): new ``head_owner.head_made_owner_traded``.
HUNDRED_FIFTY_SIXTH_ROUNDS = [
    (
        "Can a salon owner's husband work as her receptionist without pay?",
        "Can a salon owner work as her husband's receptionist without pay?",
        0.995,
    ),
    (
        "Should I let my club's sponsor put its logo on our shirts?",
        "Should I let our club put its logo on our sponsor's shirts?",
        0.992,
    ),
]
HUNDRED_FIFTY_SIXTH_SWAPPED = [
    # "X's N1 V as her N2" / "X V as her N1's N2"; "let X's N1 put its N on our N2" / "let X
    # put its N on our N1's N2"
    (
        "Can a restaurant owner's son work as her cashier without pay?",
        "Can a restaurant owner work as her son's cashier without pay?",
    ),
    (
        "Can a shop owner's wife work as his cashier without pay?",
        "Can a shop owner work as his wife's cashier without pay?",
    ),
    (
        "Can a bakery owner's nephew work as her delivery driver for free?",
        "Can a bakery owner work as her nephew's delivery driver for free?",
    ),
    (
        "Can a caf\u00e9 owner's sister work as her barista without pay?",
        "Can a caf\u00e9 owner work as her sister's barista without pay?",
    ),
    (
        "Should I let my band's label put its name on our album?",
        "Should I let our band put its name on our label's album?",
    ),
    (
        "Should I let my team's sponsor print its name on our jerseys?",
        "Should I let our team print its name on our sponsor's jerseys?",
    ),
    (
        "Should I let my company's client put its logo on our trucks?",
        "Should I let our company put its logo on our client's trucks?",
    ),
    (
        "Should I let my gym's sponsor put its logo on our mats?",
        "Should I let our gym put its logo on our sponsor's mats?",
    ),
]
HUNDRED_FIFTY_SIXTH_SAME = [
    # the same owner said another way
    (
        "Should I let my club's sponsor put its logo on our shirts?",
        "Should I let the sponsor of my club put its logo on our shirts?",
    ),
    (
        "Can a salon owner's husband work as her receptionist without pay?",
        "Can the husband of a salon owner work as her receptionist without pay?",
    ),
    (
        "Can a salon owner work as her husband's receptionist without pay?",
        "Can a salon owner work as the receptionist for her husband without pay?",
    ),
    (
        "Can a doctor's wife work as his nurse?",
        "Can the wife of a doctor work as his nurse?",
    ),
    (
        "Should I let my band's label put its name on our album?",
        "Should I let the label of my band put its name on our album?",
    ),
    (
        "Can a restaurant owner's son work as her cashier without pay?",
        "Can the son of a restaurant owner work as her cashier without pay?",
    ),
    (
        "Should we let our school's donor put its name on our gym?",
        "Should we let the donor of our school put its name on our gym?",
    ),
]


# Role pass 156 (blind rounds 297-299): the asker the recipient of a transfer on one side and its
# source on the other ("ask X to rent me their N" / "ask X to rent their N from me"): new
# ``transfer_source.recipient_made_source``.
HUNDRED_FIFTY_SEVENTH_ROUNDS = [
    (
        "How do I ask the shop owner to rent me their sealing machine?",
        "How do I ask the shop owner to rent their sealing machine from me?",
        0.993,
    ),
]
HUNDRED_FIFTY_SEVENTH_SWAPPED = [
    # "V me / us N R" / "V N from me / us R"
    (
        "Would the marina lease us a slip for the summer?",
        "Would the marina lease a slip from us for the summer?",
    ),
    (
        "How do I ask the bakery to rent me their industrial mixer?",
        "How do I ask the bakery to rent their industrial mixer from me?",
    ),
    (
        "Can the church rent us its fellowship hall for a wedding?",
        "Can the church rent its fellowship hall from us for a wedding?",
    ),
    (
        "How do I ask the farm to lease me its back pasture?",
        "How do I ask the farm to lease its back pasture from me?",
    ),
    (
        "Will the studio rent me their green screen for a day?",
        "Will the studio rent their green screen from me for a day?",
    ),
    (
        "Should I ask the dive shop to rent me their spare tanks?",
        "Should I ask the dive shop to rent their spare tanks from me?",
    ),
    (
        "Can I ask the dealership to lease me a truck for a month?",
        "Can I ask the dealership to lease a truck from me for a month?",
    ),
    (
        "Would the theater rent us their old costumes?",
        "Would the theater rent their old costumes from us?",
    ),
]
HUNDRED_FIFTY_SEVENTH_SAME = [
    # the asker the recipient on both sides, or the source on both
    (
        "How do I ask the shop owner to rent me their sealing machine?",
        "How do I ask the shop owner to rent their sealing machine to me?",
    ),
    (
        "Will the library loan us the projector?",
        "Will the library loan the projector to us?",
    ),
    (
        "Would the theater rent us their old costumes?",
        "Would the theater rent their old costumes to us?",
    ),
    (
        "Should I ask the gallery to lease me the frame?",
        "Should I ask the gallery if they'd lease me the frame?",
    ),
    (
        "Can I ask my neighbor to borrow his ladder from me?",
        "Can I ask my neighbor if he wants to borrow his ladder from me?",
    ),
    (
        "Is it rude to ask my cousin to sell me her old piano?",
        "Is it rude to ask my cousin to sell her old piano to me?",
    ),
    (
        "Would the marina lease us a slip for the summer?",
        "Would the marina lease a slip to us for the summer?",
    ),
    (
        "Will the studio rent me their green screen for a day?",
        "Will the studio rent their green screen to me for a day?",
    ),
]


# Role pass 157 (blind rounds 297-299): two compared clauses traded across "than" ("for X to V
# Y than for Y' to V X'" / "for Y' to V X' than for X to V Y"): new
# ``compared_clauses.compared_clauses_traded``.
HUNDRED_FIFTY_EIGHTH_ROUNDS = [
    (
        "Is it easier for a belly dancer to learn flamenco than for a flamenco dancer to learn"
        " belly dance?",
        "Is it easier for a flamenco dancer to learn belly dance than for a belly dancer to learn"
        " flamenco?",
        0.998,
    ),
]
HUNDRED_FIFTY_EIGHTH_SWAPPED = [
    # "for X to V Y than for Y' to V X'" / "for Y' to V X' than for X to V Y", the two sides'
    # words not the same, so no plain reversal of the words
    (
        "Is it easier for a ballet dancer to learn tap dance than for a tap dancer to learn"
        " ballet?",
        "Is it easier for a tap dancer to learn ballet than for a ballet dancer to learn tap"
        " dance?",
    ),
    (
        "Is it easier for a Mac user to switch to Windows than for a Windows user to switch to a"
        " Mac?",
        "Is it easier for a Windows user to switch to a Mac than for a Mac user to switch to"
        " Windows?",
    ),
    (
        "Is it easier for a salsa dancer to learn tango than for a tango dancer to learn salsa"
        " dancing?",
        "Is it easier for a tango dancer to learn salsa dancing than for a salsa dancer to learn"
        " tango?",
    ),
    (
        "Is it easier for a watercolor painter to learn oil painting than for an oil painter to"
        " learn watercolor?",
        "Is it easier for an oil painter to learn watercolor than for a watercolor painter to"
        " learn oil painting?",
    ),
    (
        "Is it easier for a hip hop dancer to learn ballet than for a ballet dancer to learn hip"
        " hop dance?",
        "Is it easier for a ballet dancer to learn hip hop dance than for a hip hop dancer to"
        " learn ballet?",
    ),
    (
        "Is it easier for an iPhone user to switch to Android than for an Android user to switch"
        " to an iPhone?",
        "Is it easier for an Android user to switch to an iPhone than for an iPhone user to"
        " switch to Android?",
    ),
    (
        "Is it easier for a country singer to learn pop than for a pop singer to learn country"
        " music?",
        "Is it easier for a pop singer to learn country music than for a country singer to learn"
        " pop?",
    ),
    (
        "Is it easier for a karate student to learn judo than for a judo student to learn karate"
        " moves?",
        "Is it easier for a judo student to learn karate moves than for a karate student to"
        " learn judo?",
    ),
]
HUNDRED_FIFTY_EIGHTH_SAME = [
    # the same two clauses in the same order, other words around or in them
    (
        "Is it easier for a belly dancer to learn flamenco than for a flamenco dancer to learn"
        " belly dance?",
        "Is it easier for belly dancers to learn flamenco than for flamenco dancers to learn"
        " belly dance?",
    ),
    (
        "Is it easier for a belly dancer to learn flamenco than for a flamenco dancer to learn"
        " belly dance?",
        "Would it be easier for a belly dancer to learn flamenco than for a flamenco dancer to"
        " learn belly dance?",
    ),
    (
        "Is it easier for a cat to adapt to a dog than for a dog to adapt to a cat?",
        "Is it easier for cats to adapt to dogs than for dogs to adapt to cats?",
    ),
    (
        "Is it more common for a nurse to become a doctor than for a doctor to become a nurse?",
        "Is it more common for nurses to become doctors than for doctors to become nurses?",
    ),
    (
        "Is it faster to drive from Chicago to Detroit than from Detroit to Chicago?",
        "Is it quicker to drive from Chicago to Detroit than from Detroit to Chicago?",
    ),
    (
        "Is it harder for a pianist to learn guitar than for a guitarist to learn piano?",
        "Is it harder for pianists to learn guitar than for guitarists to learn piano?",
    ),
    (
        "Is it easier for a Mac user to switch to Windows than for a Windows user to switch to a"
        " Mac?",
        "Is it easier for Mac users to switch to Windows than for Windows users to switch to a"
        " Mac?",
    ),
    (
        "Is it cheaper to fly from Boston to Denver than from Denver to Boston?",
        "Is it cheaper to fly Boston to Denver than Denver to Boston?",
    ),
]


# Role pass 158 (blind rounds 297-299): the asker's thing's relation held by someone else
# against the asker holding it ("my N's landlord" / "I'm the landlord of a N"): new
# ``relation_held.held_relation_traded``.
HUNDRED_FIFTY_NINTH_ROUNDS = [
    (
        "My pancake house's landlord raised my rent, what are my options?",
        "I'm the landlord of a pancake house and want to raise its rent, what are my options?",
        0.888,
    ),
]
HUNDRED_FIFTY_NINTH_SWAPPED = [
    # "my N's (M) R" / "I'm D (M) R of D N" or "I'm D N's R"
    (
        "My apartment's landlord raised my rent, what can I do?",
        "I'm the landlord of an apartment and want to raise its rent, what can I do?",
    ),
    (
        "My bakery's supplier raised its prices, what are my options?",
        "I'm the supplier of a bakery and want to raise its prices, what are my options?",
    ),
    (
        "My dog's breeder wants the dog back, can she do that?",
        "I'm the breeder of a dog and want it back, can I do that?",
    ),
    (
        "My car's previous owner still has a key, what should I do?",
        "I'm the previous owner of a car and still have a key, what should I do?",
    ),
    (
        "My restaurant's landlord wants to sell the building, what are my rights?",
        "I'm the landlord of a restaurant and want to sell the building, what are my rights?",
    ),
    (
        "My shop's supplier is late with deliveries, what should I do?",
        "I'm a shop's supplier and I'm late with deliveries, what should I do?",
    ),
    (
        "My horse's former owner wants to visit him, should I allow it?",
        "I'm the former owner of a horse and want to visit him, should I allow it?",
    ),
    (
        "My son's tutor wants more money, is that fair?",
        "I'm the tutor of a son and want more money, is that fair?",
    ),
]
HUNDRED_FIFTY_NINTH_SAME = [
    # the same relation said two ways, or filler
    (
        "My pancake house's landlord raised my rent, what are my options?",
        "The landlord of my pancake house raised my rent, what are my options?",
    ),
    (
        "My apartment's landlord raised my rent, what can I do?",
        "Hi, my apartment's landlord just raised my rent, what can I do?",
    ),
    (
        "My bakery's supplier raised its prices, what are my options?",
        "The supplier of my bakery raised its prices, what are my options?",
    ),
    (
        "I'm the landlord of a pancake house and want to raise its rent, what are my options?",
        "I am the landlord of a pancake house and I want to raise its rent, what are my options?",
    ),
    (
        "My car's previous owner still has a key, what should I do?",
        "The previous owner of my car still has a key, what should I do?",
    ),
    (
        "My dog's breeder wants the dog back, can she do that?",
        "The breeder of my dog wants the dog back, can she do that?",
    ),
]


# Role pass 159 (blind rounds 300-302): the subject's own act in a gerund adjunct against the
# other party's act in a finite clause, with a preposition the verb takes ("be V-ed for V2-ing
# on D X's N" / "be V-ed when D X V2-s on his N"), or "because": widened
# ``gerund_owner.thief_made_victim``.
HUNDRED_SIXTIETH_ROUNDS = [
    (
        "Can a hurler be sent off for pulling on an opponent's hurley?",
        "Can a hurler be sent off when an opponent pulls on his hurley?",
        0.983,
    ),
]
HUNDRED_SIXTIETH_SWAPPED = [
    # "S be V-ed for V2-ing (P) D X's N" / "S be V-ed when / if / because D X V2-s (P) his N"
    (
        "Can a boxer be disqualified for stepping on an opponent's foot?",
        "Can a boxer be disqualified when an opponent steps on his foot?",
    ),
    (
        "Can a tenant be evicted for blocking a neighbor's driveway?",
        "Can a tenant be evicted because a neighbor blocks her driveway?",
    ),
    (
        "Can a footballer be booked for tugging at an opponent's shirt?",
        "Can a footballer be booked when an opponent tugs at his shirt?",
    ),
    (
        "Can a cyclist be disqualified for leaning on another rider's bike?",
        "Can a cyclist be disqualified when another rider leans on his bike?",
    ),
    (
        "Can a worker be disciplined for logging into a coworker's account?",
        "Can a worker be disciplined if a coworker logs into her account?",
    ),
    (
        "Can a chess player be penalized for knocking over an opponent's clock?",
        "Can a chess player be penalized when an opponent knocks over his clock?",
    ),
    (
        "Can a guest be banned for spitting on another guest's food?",
        "Can a guest be banned if another guest spits on her food?",
    ),
    (
        "Can a student be expelled for cheating off a classmate's test?",
        "Can a student be expelled because a classmate cheats off her test?",
    ),
]
HUNDRED_SIXTIETH_SAME = [
    # the gerund on both sides, the same doer said as a clause, or filler
    (
        "Can a hurler be sent off for pulling on an opponent's hurley?",
        "Can a hurler be sent off when he pulls on an opponent's hurley?",
    ),
    (
        "Can a hurler be sent off for pulling on an opponent's hurley?",
        "Can a hurler be sent off for pulling an opponent's hurley?",
    ),
    (
        "Can a boxer be disqualified for stepping on an opponent's foot?",
        "Can a boxer be disqualified when he steps on an opponent's foot?",
    ),
    (
        "Can a tenant be evicted for blocking a neighbor's driveway?",
        "Can a tenant be evicted if she blocks a neighbor's driveway?",
    ),
    (
        "Can a cyclist be disqualified when another rider leans on his bike?",
        "Can a cyclist be disqualified if another rider leans on his bike?",
    ),
    (
        "Can I be fined for parking in my neighbor's spot?",
        "Hi, can I be fined for parking in my neighbor's spot? Thanks",
    ),
    (
        "Can a worker be disciplined for logging into a coworker's account?",
        "Can a worker get disciplined for logging into a coworker's account?",
    ),
    (
        "Can a chess player be penalized for knocking over an opponent's clock?",
        "Could a chess player be penalized for knocking over an opponent's clock?",
    ),
]


# Role pass 160 (blind rounds 300-302): the judged act's doer and the one it is done to traded
# between the infinitive's implied asker and a finite clause ("Is it ADJ to V X for his N" / "Is
# it ADJ if X V-s me for my N"): new ``judged_clause.clause_doer_traded``.
HUNDRED_SIXTY_FIRST_ROUNDS = [
    (
        "Is it rude to ask the chef for his recipe after the paella class?",
        "Is it rude if the chef asks me for my recipe after the paella class?",
        0.960,
    ),
]
HUNDRED_SIXTY_FIRST_SWAPPED = [
    # "Is it ADJ to V X R" / "Is it ADJ if / when X V-s me R'"
    (
        "Is it rude to ask my boss for her notes after the meeting?",
        "Is it rude if my boss asks me for my notes after the meeting?",
    ),
    (
        "Is it weird to text my ex about her new job?",
        "Is it weird if my ex texts me about my new job?",
    ),
    (
        "Is it unprofessional to ask a client for his home address?",
        "Is it unprofessional if a client asks me for my home address?",
    ),
    (
        "Is it rude to ask a coworker for her lunch order?",
        "Is it rude when a coworker asks me for my lunch order?",
    ),
    (
        "Is it weird to ask my neighbor for her wifi password?",
        "Is it weird if my neighbor asks me for my wifi password?",
    ),
    (
        "Is it inappropriate to ask a student for her phone number?",
        "Is it inappropriate if a student asks me for my phone number?",
    ),
    (
        "Is it normal to email my professor about his grading?",
        "Is it normal if my professor emails me about my grading?",
    ),
]
HUNDRED_SIXTY_FIRST_SAME = [
    # the same doer both ways, another frame, politeness
    (
        "Is it rude to ask the chef for his recipe after the paella class?",
        "Is it rude if I ask the chef for his recipe after the paella class?",
    ),
    (
        "Is it rude to ask the chef for his recipe after the paella class?",
        "Would it be rude to ask the chef for the recipe after the paella class?",
    ),
    (
        "Is it rude to ask my boss for her notes after the meeting?",
        "Is it rude if I ask my boss for her notes after the meeting?",
    ),
    (
        "Is it weird to text my ex about her new job?",
        "Is it weird if I text my ex about her new job?",
    ),
    (
        "Is it rude if the chef asks me for my recipe after the paella class?",
        "Is it rude when the chef asks me for my recipe after the paella class?",
    ),
    (
        "Is it unprofessional to ask a client for his home address?",
        "Hi, is it unprofessional to ask a client for his home address?",
    ),
    (
        "Is it rude if the chef asks me for my recipe after the paella class?",
        "Is it rude for the chef to ask me for my recipe after the paella class?",
    ),
]


# Role pass 161 (blind rounds 300-302): who does the asked act and who it is for traded between
# an object-control infinitive and an embedded question ("ask X to V for me" / "ask X if I can V
# for her"): new ``asked_leave.asked_leave_traded``.
HUNDRED_SIXTY_SECOND_ROUNDS = [
    (
        "Is it okay to ask my elderly neighbor to pet sit for me?",
        "Is it okay to ask my elderly neighbor if I can pet sit for her?",
        0.956,
    ),
]
HUNDRED_SIXTY_SECOND_SWAPPED = [
    # "W NP to V R for me R2" / "W NP if / whether I MOD V R for her / him / them R2"
    (
        "Is it okay to ask my sister to babysit for me?",
        "Is it okay to ask my sister if I can babysit for her?",
    ),
    (
        "Should I ask my neighbor to water the plants for me?",
        "Should I ask my neighbor if I can water the plants for her?",
    ),
    (
        "Is it rude to ask my roommate to cook for me tonight?",
        "Is it rude to ask my roommate if I can cook for her tonight?",
    ),
    (
        "Can I ask my coworker to cover for me on Friday?",
        "Can I ask my coworker if I can cover for her on Friday?",
    ),
    (
        "How do I ask my friend to drive for me?",
        "How do I ask my friend whether I can drive for her?",
    ),
    (
        "How do I ask my aunt to bake a cake for me?",
        "How do I ask my aunt if I can bake a cake for her?",
    ),
    (
        "Is it weird to ask my mom to shop for me?",
        "Is it weird to ask my mom whether I could shop for her?",
    ),
    (
        "How do I ask my grandma to knit a scarf for me?",
        "How do I ask my grandma if I can knit a scarf for her?",
    ),
]
HUNDRED_SIXTY_SECOND_SAME = [
    # the same doer said both ways, the same embedded question, filler, or no "for" at all
    (
        "Is it okay to ask my elderly neighbor to pet sit for me?",
        "Is it okay to ask my elderly neighbor if she can pet sit for me?",
    ),
    (
        "Is it okay to ask my elderly neighbor to pet sit for me?",
        "Is it okay to ask my elderly neighbor whether she would pet sit for me?",
    ),
    (
        "Is it okay to ask my sister to babysit for me?",
        "Is it okay to ask my sister if she could babysit for me?",
    ),
    (
        "Can I ask my coworker to cover for me on Friday?",
        "Can I ask my coworker if he can cover for me on Friday?",
    ),
    (
        "Should I ask my neighbor to water the plants for me?",
        "Should I ask my neighbor whether she'd water the plants for me?",
    ),
    (
        "Is it okay to ask my elderly neighbor if I can pet sit for her?",
        "Is it okay to ask my elderly neighbor whether I could pet sit for her?",
    ),
    (
        "Is it okay to ask my elderly neighbor to pet sit for me?",
        "Hi! Is it okay to ask my elderly neighbor to pet sit for me?",
    ),
    (
        "How do I ask my boss to work from home?",
        "How do I ask my boss if I can work from home?",
    ),
]

HUNDRED_SIXTY_FIFTH_ROUNDS = [
    (
        "My tour operator cancelled my husky tour; can I get a refund?",
        "I cancelled my husky tour with the operator; can I get a refund?",
        0.976,
    ),
    (
        "I'm hosting a pen pal from Mexico this summer. What should I prepare?",
        "A pen pal in Mexico is hosting me this summer. What should I prepare?",
        0.973,
    ),
]
HUNDRED_SIXTY_FIFTH_SWAPPED = [
    # "D X V my N R" / "I V my N with D Y R"; "I am V-ing D X P Z R" / "D X P Z is V-ing me R"
    (
        "My dog groomer cancelled my appointment; can I get my deposit back?",
        "I cancelled my appointment with the groomer; can I get my deposit back?",
    ),
    (
        "My wedding venue cancelled our booking; can we get a refund?",
        "We cancelled our booking with the venue; can we get a refund?",
    ),
    (
        "My moving company cancelled my move; am I owed a refund?",
        "I cancelled my move with the company; am I owed a refund?",
    ),
    (
        "The car rental agency cancelled my reservation; do I get my deposit back?",
        "I cancelled my reservation with the agency; do I get my deposit back?",
    ),
    (
        "I'm hosting a foreign exchange student from Spain this fall. What should I prepare?",
        "A foreign exchange student in Spain is hosting me this fall. What should I prepare?",
    ),
    (
        "I'm tutoring a grad student from Stanford this term. Any tips?",
        "A grad student at Stanford is tutoring me this term. Any tips?",
    ),
    (
        "I'm hosting a host family from Italy this summer. What should I prepare?",
        "A host family in Italy is hosting me this summer. What should I prepare?",
    ),
]
HUNDRED_SIXTY_FIFTH_SAME = [
    # the same doer said two ways, "I am" / "I'm", filler, a mutual act
    (
        "I am hosting a pen pal from Mexico this summer. What should I prepare?",
        "I'm hosting a pen pal from Mexico this summer. What should I prepare?",
    ),
    (
        "I'm hosting a pen pal from Mexico this summer. What should I prepare?",
        "Hi! I'm hosting a pen pal from Mexico this summer. What should I prepare?",
    ),
    (
        "A pen pal from Mexico is hosting me this summer. What should I prepare?",
        "A pen pal in Mexico is hosting me this summer. What should I prepare?",
    ),
    (
        "I'm meeting a pen pal from Mexico this summer. What should I prepare?",
        "A pen pal from Mexico is meeting me this summer. What should I prepare?",
    ),
    (
        "My tour operator cancelled my husky tour; can I get a refund?",
        "The tour operator cancelled my husky tour; can I get a refund?",
    ),
    (
        "My tour operator cancelled my husky tour; can I get a refund?",
        "My husky tour was cancelled by the operator; can I get a refund?",
    ),
    (
        "I cancelled my husky tour with the operator; can I get a refund?",
        "I cancelled my husky tour with the tour operator; can I get a refund?",
    ),
    (
        "I cancelled my husky tour with the operator; can I get a refund?",
        "I cancelled my husky tour; can I get a refund from the operator?",
    ),
]


# Role pass 162 (blind rounds 303-305): a copula question's two names, each of one or more
# capitalised words, traded around the genitive ("Was X Y's N?" / "Was Y X's N?"): new
# ``named_genitive.named_genitive_traded``.
HUNDRED_SIXTY_THIRD_ROUNDS = [
    (
        "Was Erik the Red Leif Erikson's father?",
        "Was Leif Erikson Erik the Red's father?",
        0.987,
    ),
    (
        "Was Sweyn Forkbeard Cnut's father?",
        "Was Cnut Sweyn Forkbeard's father?",
        0.990,
    ),
]
HUNDRED_SIXTY_THIRD_SWAPPED = [
    # "Was / Is X Y's N?" / "Was / Is Y X's N?", X and Y names run together
    (
        "Was Alexander the Great Philip of Macedon's son?",
        "Was Philip of Macedon Alexander the Great's son?",
    ),
    (
        "Was Henry the Eighth Elizabeth Tudor's father?",
        "Was Elizabeth Tudor Henry the Eighth's father?",
    ),
    (
        "Is Luke Skywalker Darth Vader's son?",
        "Is Darth Vader Luke Skywalker's son?",
    ),
    (
        "Was Marcus Aurelius Commodus's father?",
        "Was Commodus Marcus Aurelius's father?",
    ),
    (
        "Was Catherine of Aragon Mary Tudor's mother?",
        "Was Mary Tudor Catherine of Aragon's mother?",
    ),
    (
        "Was Pepin the Short Charlemagne's father?",
        "Was Charlemagne Pepin the Short's father?",
    ),
    (
        "Was Napoleon Bonaparte Louis Napoleon's uncle?",
        "Was Louis Napoleon Napoleon Bonaparte's uncle?",
    ),
    (
        "Was Aristotle Alexander the Great's teacher?",
        "Was Alexander the Great Aristotle's teacher?",
    ),
]
HUNDRED_SIXTY_THIRD_SAME = [
    # the same relation said another way, another noun, a word added, or a lead
    (
        "Was Erik the Red the father of Leif Erikson?",
        "Was Erik the Red Leif Erikson's father?",
    ),
    (
        "Was Erik the Red Leif Erikson's father?",
        "Was Erik the Red Leif Erikson's dad?",
    ),
    (
        "Was Erik the Red Leif Erikson's father?",
        "Hi, was Erik the Red Leif Erikson's father?",
    ),
    (
        "Was Sweyn Forkbeard Cnut's father?",
        "Was Sweyn Forkbeard the father of Cnut?",
    ),
    (
        "Is Luke Skywalker Darth Vader's son?",
        "Is Luke Skywalker the son of Darth Vader?",
    ),
    (
        "Was Aristotle Alexander the Great's teacher?",
        "Was Aristotle the teacher of Alexander the Great?",
    ),
    (
        "Was Alexander the Great Philip of Macedon's son?",
        "Please tell me: was Alexander the Great Philip of Macedon's son?",
    ),
]


# Role pass 163 (blind rounds 303-305): two compared noun phrases told apart by a relative, one
# denied, traded across "than" (the second relative elided: "that doesn't" / "that hosts"), new
# ``compared_ends.relatives_compared_traded``; a move's two ends, noun phrases with different
# leads and a post-modifier, traded ("from our N to a N in X" / "from a N in X to our N"), new
# ``compared_ends.move_ends_traded``.
HUNDRED_SIXTY_FOURTH_ROUNDS = [
    (
        "Does the nanny-share family that hosts pay more than the family that doesn't?",
        "Does the nanny-share family that doesn't host pay more than the family that hosts?",
        0.986,
    ),
    (
        "Our au pair is moving from our family to a family in Boston; what paperwork is needed?",
        "An au pair is moving from a family in Boston to our family; what paperwork is needed?",
        0.991,
    ),
]
HUNDRED_SIXTY_FOURTH_SWAPPED = [
    # "N who V-s C than N who doesn't" / "N who doesn't V C than N who does"
    (
        "Does the roommate who cooks pay more than the one who doesn't?",
        "Does the roommate who doesn't cook pay more than the one who cooks?",
    ),
    (
        "Do students who work sleep less than students who don't?",
        "Do students who don't work sleep less than students who do?",
    ),
    (
        "Does the team that travels win more than the team that doesn't?",
        "Does the team that doesn't travel win more than the team that travels?",
    ),
    (
        "Do employees who telecommute earn less than employees who don't?",
        "Do employees who don't telecommute earn less than employees who do?",
    ),
    # "D N is V-ing from our M to a M in X" / "D' N is V-ing from a M in X to our M"
    (
        "Our intern is transferring from our office to an office in Chicago; "
        "what needs to be signed?",
        "An intern is transferring from an office in Chicago to our office; "
        "what needs to be signed?",
    ),
    (
        "Our coach is moving from our club to a club in Miami; what does the contract say?",
        "A coach is moving from a club in Miami to our club; what does the contract say?",
    ),
    (
        "Our pastor is transferring from our church to a church in Atlanta; "
        "how does the process work?",
        "A pastor is transferring from a church in Atlanta to our church; "
        "how does the process work?",
    ),
    (
        "Our foster child is moving from our home to a home in Phoenix; what paperwork is needed?",
        "A foster child is moving from a home in Phoenix to our home; what paperwork is needed?",
    ),
]
HUNDRED_SIXTY_FOURTH_SAME = [
    # the same direction reworded, filler, the same relative denied, "as ... as"
    (
        "Our au pair is moving from our family to a family in Boston; what paperwork is needed?",
        "Our au pair is moving from our family to a Boston family; what paperwork is needed?",
    ),
    (
        "Our au pair is moving from our family to a family in Boston; what paperwork is needed?",
        "Hi! Our au pair is moving from our family to a family in Boston. "
        "What paperwork is needed?",
    ),
    (
        "Our au pair is moving from our family to a family in Boston; what paperwork is needed?",
        "What paperwork is needed if our au pair is moving from our family to a family in Boston?",
    ),
    (
        "Our dog is moving from our house to a kennel in Denver; what should we pack?",
        "Our dog is moving from our house to a Denver kennel; what should we pack?",
    ),
    (
        "Does the nanny-share family that hosts pay more than the family that doesn't?",
        "Does the nanny-share family that hosts pay more than the family that does not?",
    ),
    (
        "Does the nanny-share family that hosts pay more than the family that doesn't?",
        "Does the nanny-share family that hosts pay more than the one that doesn't?",
    ),
    (
        "Is the family that hosts paying as much as the family that doesn't?",
        "Is the family that doesn't host paying as much as the family that hosts?",
    ),
    (
        "Do students who work sleep less than students who don't?",
        "Do students who work sleep less than students who do not?",
    ),
]


# Role pass 165 (blind rounds 303-305): who does the act traded between an object-control
# infinitive and a told clause with "I" its subject ("ask X to V" / "tell X I'll V": new
# ``told_doer.told_doer_traded``), and the complainer traded with the asker, the party moved into
# a "to X" phrase ("X complained about my N" / "I complained to X about a Y's N": new
# ``complainer.complainer_traded``).
HUNDRED_SIXTY_SIXTH_ROUNDS = [
    (
        "How do I ask my tandem partner to speak more slowly?",
        "How do I tell my tandem partner I'll speak more slowly?",
        0.964,
    ),
    (
        "My landlord complained about my kimchi smell; what are my rights?",
        "I complained to my landlord about a tenant's kimchi smell; what are my rights?",
        0.978,
    ),
]
HUNDRED_SIXTY_SIXTH_SWAPPED = [
    # "W NP to V R" / "W2 NP (that) I MOD V R"
    (
        "How do I ask my roommate to clean the kitchen more often?",
        "How do I tell my roommate I'll clean the kitchen more often?",
    ),
    (
        "How do I ask my boss to check in less often?",
        "How do I tell my boss I'll check in less often?",
    ),
    (
        "How do I ask my coach to go easier on the drills?",
        "How do I tell my coach I'll go easier on the drills?",
    ),
    (
        "How can I ask my sister to call our mom more often?",
        "How can I tell my sister I'll call our mom more often?",
    ),
    # "NP V P my R" / "I V to NP P a X's R"
    (
        "My neighbor complained about my dog's barking",
        "I complained to my neighbor about a tenant's dog barking",
    ),
    (
        "My boss complained about my emails",
        "I complained to my boss about a coworker's emails",
    ),
    (
        "My HOA complained about my fence",
        "I complained to my HOA about a neighbor's fence",
    ),
    (
        "My roommate complained about my music; what can I do?",
        "I complained to my roommate about a neighbor's music; what can I do?",
    ),
]
HUNDRED_SIXTY_SIXTH_SAME = [
    # the same doer said both ways, the same complainer said two ways, filler
    (
        "How do I ask my tandem partner to speak more slowly?",
        "How do I ask my tandem partner if she can speak more slowly?",
    ),
    (
        "My landlord complained about my kimchi smell; what are my rights?",
        "My landlord complained to me about my kimchi smell; what are my rights?",
    ),
    (
        "How do I ask my roommate to clean the kitchen more often?",
        "How do I ask my roommate if he could clean the kitchen more often?",
    ),
    (
        "How do I tell my coach I'll go easier on the drills?",
        "How should I tell my coach that I'll go easier on the drills?",
    ),
    (
        "My neighbor complained about my dog's barking",
        "My neighbor complained to me about my dog's barking",
    ),
    (
        "My boss complained about my emails, what should I do?",
        "My boss complained to me about my emails, what should I do?",
    ),
    (
        "My HOA complained about my fence",
        "My HOA has complained about my fence",
    ),
    (
        "How do I ask my tandem partner to speak more slowly?",
        "Hi! How do I ask my tandem partner to speak more slowly?",
    ),
]


# Role pass 166 (blind rounds 303-305): a main clause's subject heading a relative traded through
# a passive relative ("The X who V-ed the Y V2" / "The Y who was V-ed by the X V2"): widened
# ``voice_heads.head_voice_traded``; the asker the one acted on against the asker the doer ("the N
# we V0 was V-ed by another X" / "we V-ed another X's N"): new ``undergone.asker_undergoer_traded``.
HUNDRED_SIXTY_SEVENTH_ROUNDS = [
    (
        "The family who hired the nanny broke the contract; what can she do?",
        "The nanny who was hired by the family broke the contract; what can they do?",
        0.973,
    ),
    (
        "The nanny we hired through the agency was poached by another family; can the agency"
        " charge us?",
        "We poached another family's nanny through the agency; can the agency charge us?",
        0.970,
    ),
]
HUNDRED_SIXTY_SEVENTH_SWAPPED = [
    # "The X who / that V-ed the Y V2 ..." / "The Y who / that was V-ed by the X V2 ..."
    (
        "The landlord who evicted the tenant sued him; what can he do?",
        "The tenant who was evicted by the landlord sued him; what can he do?",
    ),
    (
        "The company that acquired the startup laid off staff",
        "The startup that was acquired by the company laid off staff",
    ),
    (
        "The coach who recruited the player quit the team",
        "The player who was recruited by the coach quit the team",
    ),
    (
        "The teacher who reported the student filed a complaint; what happens next?",
        "The student who was reported by the teacher filed a complaint; what happens next?",
    ),
    # "The N we V0 was V-ed by / to D X" / "We (were) V-ed D X's N"
    (
        "The contractor we hired was poached by another company",
        "We poached another company's contractor",
    ),
    (
        "The room we reserved was given to another guest",
        "We were given another guest's room",
    ),
    (
        "The caterer we chose was poached by another client; can we get our deposit back?",
        "We poached another client's caterer; can we get our deposit back?",
    ),
    (
        "The seat I reserved was given to another passenger",
        "I was given another passenger's seat",
    ),
]
HUNDRED_SIXTY_SEVENTH_SAME = [
    # the same roles said with another relative word or voice, or with filler
    (
        "The family who hired the nanny broke the contract",
        "The family that hired the nanny broke the contract",
    ),
    (
        "The nanny we hired was poached by another family",
        "Another family poached the nanny we hired",
    ),
    (
        "The landlord who evicted the tenant sued him",
        "The landlord that evicted the tenant sued him",
    ),
    (
        "The tenant who was evicted by the landlord sued him",
        "The tenant the landlord evicted sued him",
    ),
    (
        "The contractor we hired was poached by another company",
        "Another company poached the contractor we hired",
    ),
    (
        "The nanny we hired through the agency was poached by another family; can the agency"
        " charge us?",
        "Hi, the nanny we hired through the agency was poached by another family; can the agency"
        " charge us?",
    ),
    (
        "The coach who recruited the player quit the team",
        "The coach that recruited the player quit the team",
    ),
    (
        "The nanny who was hired by the family broke the contract",
        "The nanny who got hired by the family broke the contract",
    ),
]


# Role pass 167 (blind rounds 306-308): the asker the doer in a role against a causative that
# gets the one of that role to do the act to the asker's thing ("How do I V a N as a X?" / "How
# do I get a X to V my N?"): new ``as_doer.as_doer_caused_traded``.
HUNDRED_SIXTY_EIGHTH_ROUNDS = [
    (
        "How do I sponsor a kabaddi club as a business?",
        "How do I get a business to sponsor my kabaddi club?",
        0.986,
    ),
]
HUNDRED_SIXTY_EIGHTH_SWAPPED = [
    # "PRON V D N as D' X" (or "As D' X, ... PRON V D N") / "PRON get D' X to V POSS N"
    (
        "How do I mentor a startup as an investor?",
        "How do I get an investor to mentor my startup?",
    ),
    (
        "How do I insure a car as an agent?",
        "How do I get an agent to insure my car?",
    ),
    (
        "How do I fund a school as a donor?",
        "How do I get a donor to fund my school?",
    ),
    (
        "How do I represent an athlete as an agent?",
        "How do I get an agent to represent my athlete?",
    ),
    (
        "How can I publish a novel as a small press?",
        "How can I get a small press to publish my novel?",
    ),
    (
        "As a critic, how do I review a restaurant?",
        "How do I get a critic to review my restaurant?",
    ),
    (
        "How can we adopt a shelter dog as a family?",
        "How can we get a family to adopt our shelter dog?",
    ),
]
HUNDRED_SIXTY_EIGHTH_SAME = [
    # the same doer said two ways, the same causative said two ways, or with filler
    (
        "How do I sponsor a kabaddi club as a business?",
        "As a business, how do I sponsor a kabaddi club?",
    ),
    (
        "How do I mentor a startup as an investor?",
        "As an investor, how do I mentor a startup?",
    ),
    (
        "How do I fund a school as a donor?",
        "How can I fund a school as a donor?",
    ),
    (
        "How do I get an investor to mentor my startup?",
        "How can I get an investor to mentor my startup?",
    ),
    (
        "How do I get a business to sponsor my kabaddi club?",
        "Hi, how do I get a business to sponsor my kabaddi club?",
    ),
    (
        "How do I get an agent to represent my athlete?",
        "How do I get an agent to represent my athlete, please?",
    ),
]


# Role pass 168 (blind rounds 309-311): a how-question about the subject's own move against a
# get-passive that makes the other party the subject ("How can X V Y?" / "How can Y get V-ed by
# X?"): whose strategy is asked traded, new ``whose_move.strategy_get_passive_traded``.
HUNDRED_SIXTY_NINTH_ROUNDS = [
    (
        "How can our yodel choir recruit an alphorn player?",
        "How can an alphorn player get recruited by a yodel choir?",
        0.951,
    ),
]
HUNDRED_SIXTY_NINTH_SWAPPED = [
    # "how MOD X V (P) Y R" / "how MOD' Y get V-ed (P) by X R"
    (
        "How can our firm hire a senior engineer?",
        "How can a senior engineer get hired by our firm?",
    ),
    (
        "How can my band sign a drummer?",
        "How can a drummer get signed by my band?",
    ),
    (
        "How do we sponsor an athlete?",
        "How does an athlete get sponsored by us?",
    ),
    (
        "How can a scout notice my son?",
        "How can my son get noticed by a scout?",
    ),
    (
        "How can a label sign my band?",
        "How can my band get signed by a label?",
    ),
    (
        "How can a university accept my daughter?",
        "How can my daughter get accepted by a university?",
    ),
    (
        "How should our club recruit a goalkeeper?",
        "How should a goalkeeper get recruited by our club?",
    ),
    (
        "How can a hospital hire a nurse?",
        "How can a nurse get hired by a hospital?",
    ),
]
HUNDRED_SIXTY_NINTH_SAME = [
    # the same subject and voice on both sides, a be-passive in a neutral question, a
    # causative, politeness and filler
    (
        "How can our choir recruit an alphorn player?",
        "What's the best way for our choir to recruit an alphorn player?",
    ),
    (
        "Can a player be recruited by a choir mid-season?",
        "Can a choir recruit a player mid-season?",
    ),
    (
        "How can our choir recruit an alphorn player?",
        "Hi, how can our choir recruit an alphorn player?",
    ),
    (
        "How can my son get noticed by a scout?",
        "How can my son get noticed by scouts?",
    ),
    (
        "How can my band get signed by a label?",
        "What's the best way for my band to get signed by a label?",
    ),
    (
        "How can my novel get picked up by a publisher?",
        "How can I get a publisher to pick up my novel?",
    ),
    (
        "How can my band get signed by a label?",
        "How can my band get a label to sign us?",
    ),
]


# Role pass 169 (blind rounds 309-311): who gives to whom traded, the thing's owner moving with
# the giver ("I V (part of) my N to X" / "X V me (part of) his N"): new
# ``giver_owner.giver_owner_traded``.
HUNDRED_SEVENTIETH_ROUNDS = [
    (
        "I sublet part of my duck barn to another farmer; who pays the insurance?",
        "Another farmer sublet me part of his duck barn; who pays the insurance?",
        0.970,
    ),
]
HUNDRED_SEVENTIETH_SWAPPED = [
    # "I / we V (W of) my / our N to D X R" / "D X V me / us (W of) his / her / its N R"
    (
        "I rented my spare room to another student; do I need a contract?",
        "Another student rented me her spare room; do I need a contract?",
    ),
    (
        "We leased part of our warehouse to another company; who pays the property tax?",
        "Another company leased us part of its warehouse; who pays the property tax?",
    ),
    (
        "We rented part of our kitchen to another bakery; who pays the gas bill?",
        "Another bakery rented us part of its kitchen; who pays the gas bill?",
    ),
    (
        "We sublet part of our office to another startup; who pays the internet?",
        "Another startup sublet us part of its office; who pays the internet?",
    ),
    (
        "I rented part of my garage to another neighbor; who pays the insurance?",
        "Another neighbor rented me part of his garage; who pays the insurance?",
    ),
]
HUNDRED_SEVENTIETH_SAME = [
    # the dative alternation with the same giver and receiver, or with filler
    (
        "I lent my ladder to another neighbor; who is liable if it breaks?",
        "I lent another neighbor my ladder; who is liable if it breaks?",
    ),
    (
        "Another neighbor lent me his ladder; who is liable if it breaks?",
        "Another neighbor lent his ladder to me; who is liable if it breaks?",
    ),
    (
        "I sublet part of my duck barn to another farmer; who pays the insurance?",
        "Hi, I sublet part of my duck barn to another farmer; who pays the insurance?",
    ),
    (
        "Another farmer sublet me part of his duck barn; who pays the insurance?",
        "Another farmer sublet part of his duck barn to me; who pays the insurance?",
    ),
    (
        "We leased part of our warehouse to another company; who pays the property tax?",
        "We leased another company part of our warehouse; who pays the property tax?",
    ),
    (
        "Another company leased us part of its warehouse; who pays the property tax?",
        "Another company leased part of its warehouse to us; who pays the property tax?",
    ),
    (
        "I sold half of my land to another developer; who pays the survey?",
        "I sold another developer half of my land; who pays the survey?",
    ),
]


# Role pass 170 (blind rounds 309-311): the asker's N taken over by an outside M against the
# asker's own "N M" compound taking over an outside N ("Our N is being V-ed by a M" / "Our N M is
# V-ing a small N"): new ``compound_taker.compound_taker_traded``.
HUNDRED_SEVENTY_FIRST_ROUNDS = [
    (
        "Our tiki bar is being bought by a chain; what happens to our staff?",
        "Our tiki bar chain is buying a small bar; what happens to its staff?",
        0.954,
    ),
]
HUNDRED_SEVENTY_FIRST_SWAPPED = [
    # "POSS N BE (being) V-ed by D M" or "D M BE V-ing POSS N" / "POSS N M BE V-ing D (ADJ) N"
    (
        "Our bakery is being acquired by a franchise; what happens to our recipes?",
        "Our bakery franchise is acquiring a small bakery; what happens to its recipes?",
    ),
    (
        "Our school is being absorbed by a district",
        "Our school district is absorbing a small school",
    ),
    (
        "A chain is buying our hotel; what happens to our staff?",
        "Our hotel chain is buying a small hotel; what happens to its staff?",
    ),
    (
        "My dental practice is being bought by a network; what happens to my patients?",
        "My dental practice network is buying a small practice; what happens to its patients?",
    ),
    (
        "Our brewery is being bought by a conglomerate; what happens to our brewers?",
        "Our brewery conglomerate is buying a small brewery; what happens to its brewers?",
    ),
    (
        "Our salon is being bought by a chain; what happens to our stylists?",
        "Our salon chain is buying a small salon; what happens to its stylists?",
    ),
    (
        "Our radio station is being bought by a network; what happens to our hosts?",
        "Our radio station network is buying a small station; what happens to its hosts?",
    ),
    (
        "Our vet clinic is being acquired by a group; what happens to our vets?",
        "Our vet clinic group is acquiring a small clinic; what happens to its vets?",
    ),
]
HUNDRED_SEVENTY_FIRST_SAME = [
    # the same taker and the same taken said again, another tense, or with filler
    (
        "Our tiki bar is being bought by a chain; what happens to our staff?",
        "Hi, our tiki bar is being bought by a chain; what happens to our staff?",
    ),
    (
        "Our tiki bar chain is buying a small bar; what happens to its staff?",
        "Hi, our tiki bar chain is buying a small bar; what happens to its staff?",
    ),
    (
        "My gym is being taken over by a chain; do members keep their contracts?",
        "My gym was taken over by a chain; do members keep their contracts?",
    ),
    (
        "My gym chain is taking over a small gym; do its members keep their contracts?",
        "Hello, my gym chain is taking over a small gym; do its members keep their contracts?",
    ),
    (
        "Our bakery is being acquired by a franchise; what happens to our recipes?",
        "Our bakery is being acquired by a franchise. What happens to our recipes?",
    ),
    (
        "Our bakery franchise is acquiring a small bakery; what happens to its recipes?",
        "Our bakery franchise is acquiring a small bakery; what will happen to its recipes?",
    ),
    (
        "Our school district is absorbing a small school",
        "Our school district is absorbing a small school, what should we expect?",
    ),
    (
        "Our clinic is being bought by a hospital group",
        "Our clinic is being bought by a hospital group, please help",
    ),
]


# Role pass 171 (blind rounds 312-314): the doer of an act on a noun and its target ("a review of
# me", "a reference for me") traded between the party and the asker ("X is V-ing a N of me" / "I'm
# V-ing a N of my X"), the follow-up's subject moving with them: widened
# ``doer_swapped.complainant_traded``.
HUNDRED_SEVENTY_SECOND_ROUNDS = [
    (
        "My tutor is leaving a bad review of me on the course platform, what can I do?",
        "I'm leaving a bad review of my tutor on the course platform, what can they do?",
        0.933,
    ),
]
HUNDRED_SEVENTY_SECOND_SWAPPED = [
    # "D X (BE) V-ing D' N of / for / about me" / "I('m) V-ing D' N of / for / about my X"
    (
        "My roommate is posting photos of me on Instagram, what can I do?",
        "I'm posting photos of my roommate on Instagram, what can they do?",
    ),
    (
        "My teammate is drawing cartoons of me in class, what can I do?",
        "I'm drawing cartoons of my teammate in class, what can they do?",
    ),
    (
        "My sister is making a scrapbook of me for the party, what can I do?",
        "I'm making a scrapbook of my sister for the party, what can she do?",
    ),
    (
        "My manager is writing a negative review of me on Glassdoor, what can I do?",
        "I'm writing a negative review of my manager on Glassdoor, what can they do?",
    ),
    (
        "My neighbor is filming videos of me in the yard, what can I do?",
        "I'm filming videos of my neighbor in the yard, what can they do?",
    ),
    (
        "My landlord is writing a bad reference for me to the new agency, what can I do?",
        "I'm writing a bad reference for my landlord to the new agency, what can they do?",
    ),
    (
        "My classmate is spreading rumors about me at school, what can I do?",
        "I'm spreading rumors about my classmate at school, what can they do?",
    ),
    (
        "My coworker is writing a complaint about me to HR, what can I do?",
        "I'm writing a complaint about my coworker to HR, what can they do?",
    ),
]
HUNDRED_SEVENTY_SECOND_SAME = [
    # the same doer and target said again, the follow-up reworded, politeness and filler
    (
        "My tutor is leaving a bad review of me on the course platform, what can I do?",
        "My tutor is leaving a bad review of me on the course platform, what are my options?",
    ),
    (
        "My tutor is leaving a bad review of me on the course platform, what can I do?",
        "Hi, my tutor is leaving a bad review of me on the course platform, what can I do?",
    ),
    (
        "I'm leaving a bad review of my tutor on the course platform, what can they do?",
        "Hello, I'm leaving a bad review of my tutor on the course platform, what can they do?",
    ),
    (
        "My landlord is writing a bad reference for me; what can I do?",
        "My landlord is writing a bad reference for me. What are my options?",
    ),
    (
        "I posted a video of my neighbor online; can he make me take it down?",
        "I posted a video of my neighbor online. Can he make me take it down?",
    ),
    (
        "My client left a negative review of me on Yelp",
        "My client left a negative review of me on Yelp, please help",
    ),
    (
        "I left a negative review of my client on Yelp",
        "Thanks! I left a negative review of my client on Yelp",
    ),
]


# Role pass 172 (blind rounds 315-317): a subject pronoun acting on a named party's thing against
# the named party acting on the pronoun's thing ("if they V X's N" / "if X V-s their N"): new
# ``pronoun_doer.pronoun_doer_traded``.
HUNDRED_SEVENTY_THIRD_ROUNDS = [
    (
        "What should a student do if they break the instructor's whisk?",
        "What should a student do if the instructor breaks their whisk?",
        0.987,
    ),
]
HUNDRED_SEVENTY_THIRD_SWAPPED = [
    # "... P V (D) X's N ..." / "... (D) X V-s POSS N ...", the rest the same
    (
        "What should a tenant do if they damage the landlord's fence?",
        "What should a tenant do if the landlord damages their fence?",
    ),
    (
        "Is a player liable if he breaks the coach's camera?",
        "Is a player liable if the coach breaks his camera?",
    ),
    (
        "What should an intern do if she spills wine on the director's jacket?",
        "What should an intern do if the director spills wine on her jacket?",
    ),
    (
        "Can a roommate sue if he stains the other roommate's couch?",
        "Can a roommate sue if the other roommate stains his couch?",
    ),
    (
        "What should a volunteer do when they spill coffee on the organizer's laptop?",
        "What should a volunteer do when the organizer spills coffee on their laptop?",
    ),
    (
        "Is a neighbor responsible if they dent the contractor's van?",
        "Is a neighbor responsible if the contractor dents their van?",
    ),
    (
        "What should a musician do if they drop the conductor's baton?",
        "What should a musician do if the conductor drops their baton?",
    ),
    (
        "What should a climber do if he frays the guide's rope?",
        "What should a climber do if the guide frays his rope?",
    ),
]
HUNDRED_SEVENTY_THIRD_SAME = [
    # the same doer and owner said again, another pronoun for the doer, politeness and filler
    (
        "What should a student do if they break the instructor's whisk?",
        "What should a student do if they accidentally break the instructor's whisk?",
    ),
    (
        "What should a student do if they break the instructor's whisk?",
        "What should a student do if they break a whisk that belongs to the instructor?",
    ),
    (
        "What should a student do if they break the instructor's whisk?",
        "What should a student do if he breaks the instructor's whisk?",
    ),
    (
        "What should a student do if the instructor breaks their whisk?",
        "What should a student do if the instructor accidentally breaks their whisk?",
    ),
    (
        "What should a tenant do if they damage the landlord's fence?",
        "What should a tenant do if she damages the landlord's fence?",
    ),
    (
        "What can a guest do if they lose the host's keys?",
        "Hi, what can a guest do if they lose the host's keys?",
    ),
    (
        "Is a player liable if he breaks the coach's camera?",
        "Is a player liable if he breaks the coach's camera? Thanks!",
    ),
]


# Role pass 173 (blind rounds 315-317): the asker the subject with the other party's elliptical
# genitive ending the place phrase against the party the subject with the asker's "mine / ours"
# ending it ("I'm V-ing a N P my X's" / "My X is V-ing a N P mine"): widened
# ``standalone_subject.standalone_subject_traded``.
HUNDRED_SEVENTY_FOURTH_ROUNDS = [
    (
        "I'm opening a smokehouse across the street from my mentor's; is that disrespectful?",
        "My mentor is opening a smokehouse across the street from mine; is that disrespectful?",
        0.969,
    ),
]
HUNDRED_SEVENTY_FOURTH_SWAPPED = [
    # "I('m) V-ing a N P D W.. X's" / "D W.. X is V-ing a N P mine", "we ... ours" too
    (
        "I'm starting a salon down the street from my former boss's; is that okay?",
        "My former boss is starting a salon down the street from mine; is that okay?",
    ),
    (
        "I'm setting up a food truck across from my brother's; is that petty?",
        "My brother is setting up a food truck across from mine; is that petty?",
    ),
    (
        "I'm opening a yoga studio two blocks from my teacher's; is that disloyal?",
        "My teacher is opening a yoga studio two blocks from mine; is that disloyal?",
    ),
    (
        "We're opening a pizzeria across the road from our old partner's; is that bad form?",
        "Our old partner is opening a pizzeria across the road from ours; is that bad form?",
    ),
    (
        "I'm opening a dental practice around the corner from my old employer's; is that legal?",
        "My old employer is opening a dental practice around the corner from mine; is that legal?",
    ),
    (
        "We're opening a brewery down the road from our friend's; will that hurt the friendship?",
        "Our friend is opening a brewery down the road from ours; will that hurt the friendship?",
    ),
    (
        "I'm launching a bookshop across the square from my former partner's; is that spiteful?",
        "My former partner is launching a bookshop across the square from mine; is that spiteful?",
    ),
]
HUNDRED_SEVENTY_FOURTH_SAME = [
    # the same doer said two ways, "I'm" / "I am (going to)", politeness and filler
    (
        "I'm opening a smokehouse across from my mentor's; is that disrespectful?",
        "I'm opening a smokehouse across the street from my mentor's place; is that disrespectful?",
    ),
    (
        "I'm opening a smokehouse across from my mentor's; is that disrespectful?",
        "I am going to open a smokehouse across from my mentor's; is that disrespectful?",
    ),
    (
        "I'm opening a smokehouse across the street from my mentor's; is that disrespectful?",
        "Hi, I am opening a smokehouse across the street from my mentor's. Is that disrespectful?",
    ),
    (
        "My mentor is opening a smokehouse across the street from mine; is that disrespectful?",
        "My mentor is opening a smokehouse across the street from mine. Is that disrespectful?",
    ),
    (
        "I'm starting a salon down the street from my former boss's; is that okay?",
        "Thanks! I'm starting a salon down the street from my former boss's, is that okay?",
    ),
    (
        "My former boss is starting a salon down the street from mine; is that okay?",
        "My former boss is starting a salon down the street from my salon; is that okay?",
    ),
    (
        "We're opening a pizzeria across the road from our old partner's; is that rude?",
        "We are opening a pizzeria across the road from our old partner's pizzeria; is that rude?",
    ),
]

# Role pass 174 (blind rounds 318-320): a relational noun owned by X in a genitive ("Which N is
# X's R?": the R of X) against X the R of the asked N ("Which N is / are X the R for / of / to?",
# the preposition stranded): widened ``moved.whose_relation_asked``.
HUNDRED_SEVENTY_FIFTH_ROUNDS = [
    (
        "Which club is the Swifts' feeder team?",
        "Which club are the Swifts the feeder team for?",
        0.987,
    ),
]
HUNDRED_SEVENTY_FIFTH_SWAPPED = [
    # "Which N is X's (M) R?" / "Which N is / are X the (M) R for / of / to?"
    ("Which company is Acme's parent company?", "Which company is Acme the parent company of?"),
    ("Which firm is Bosch's main supplier?", "Which firm is Bosch the main supplier for?"),
    ("Which team is the Hawks' farm team?", "Which team are the Hawks the farm team for?"),
    (
        "Which bank is Wells Fargo's main lender?",
        "Which bank is Wells Fargo the main lender for?",
    ),
    ("Which label is Sony's distributor?", "Which label is Sony the distributor for?"),
    (
        "Which charity is the Gates Foundation's biggest donor?",
        "Which charity is the Gates Foundation the biggest donor to?",
    ),
    (
        "Which university is Harvard's feeder school?",
        "Which university is Harvard the feeder school for?",
    ),
]
HUNDRED_SEVENTY_FIFTH_SAME = [
    # the same direction said two ways, a mutual relation, politeness and filler
    ("Which club is the Swifts' feeder team?", "Which club is the feeder team of the Swifts?"),
    (
        "Which club is the Swifts' feeder team?",
        "Hi! Which club is the Swifts' feeder team, please?",
    ),
    (
        "Which club are the Swifts the feeder team for?",
        "Which club are the Swifts a feeder team for?",
    ),
    ("Which company is Acme's parent company?", "Which company is the parent company of Acme?"),
    ("Which firm is Bosch's main supplier?", "Which firm is the main supplier to Bosch?"),
    (
        "Which team are the Hawks the farm team for?",
        "Quick question: which team are the Hawks the farm team for?",
    ),
    (
        "Which school is Lincoln High's sister school?",
        "Which school is Lincoln High the sister school of?",
    ),
]


# Role pass 175 (blind rounds 318-320): the two sides of a comparison traded across a marker other
# than "than" ("P X R compared to Y" / "P Y R compared to X", "relative to", "versus", "as
# opposed to", "in comparison to"): new ``compared_marked.marked_sides_traded``.
HUNDRED_SEVENTY_SIXTH_ROUNDS = [
    (
        "Do Korean templestays give foreigners a discount compared to locals?",
        "Do Korean templestays give locals a discount compared to foreigners?",
        0.998,
    ),
]
HUNDRED_SEVENTY_SIXTH_SWAPPED = [
    # "P X R M Y T" / "P Y R M X T", R not empty, the marker one of the comparison's
    (
        "Do airlines charge children less compared to adults?",
        "Do airlines charge adults less compared to children?",
    ),
    (
        "Do gyms give students a discount compared to seniors?",
        "Do gyms give seniors a discount compared to students?",
    ),
    (
        "Are electric cars cheaper to run compared with hybrids?",
        "Are hybrids cheaper to run compared with electric cars?",
    ),
    (
        "Is a heat pump more efficient compared to a gas furnace?",
        "Is a gas furnace more efficient compared to a heat pump?",
    ),
    (
        "Do museums charge tourists more compared with residents?",
        "Do museums charge residents more compared with tourists?",
    ),
    (
        "Is oatmeal healthier compared to granola for breakfast?",
        "Is granola healthier compared to oatmeal for breakfast?",
    ),
    (
        "Do cafes give regulars a discount compared with newcomers?",
        "Do cafes give newcomers a discount compared with regulars?",
    ),
    (
        "Is a heat pump more efficient in comparison to a gas furnace?",
        "Is a gas furnace more efficient in comparison to a heat pump?",
    ),
]
HUNDRED_SEVENTY_SIXTH_SAME = [
    # the same order said two ways, a symmetric comparison or a choice, politeness and filler
    (
        "Do Korean templestays give foreigners a discount compared to locals?",
        "Do Korean templestays give foreigners a discount compared with locals?",
    ),
    (
        "Do airlines charge children less compared to adults?",
        "Do airlines charge children less than adults?",
    ),
    (
        "What's the difference between a heat pump and a gas furnace?",
        "What's the difference between a gas furnace and a heat pump?",
    ),
    (
        "Heat pump vs gas furnace: which is better?",
        "Gas furnace vs heat pump: which is better?",
    ),
    (
        "Compare heat pumps and gas furnaces",
        "Compare gas furnaces and heat pumps",
    ),
    (
        "Do cats live longer compared to dogs?",
        "Do cats really live longer compared to dogs?",
    ),
    (
        "Do banks pay savers more relative to borrowers?",
        "Please tell me, do banks pay savers more relative to borrowers?",
    ),
    (
        "Is a heat pump different compared to a gas furnace?",
        "Is a gas furnace different compared to a heat pump?",
    ),
]


# Role pass 176 (blind rounds 318-320): a subject relative with the one its verb is done to a
# noun phrase against an object relative with that noun phrase its subject and no relative
# pronoun ("a N who (AUX) (WISH to) V D X" / "a N D X (AUX) (WISH to) V"): widened
# ``wanted.wisher_traded``.
HUNDRED_SEVENTY_SEVENTH_ROUNDS = [
    (
        "How do I approach a sponsor who wants to drop our majorette team?",
        "How do I approach a sponsor our majorette team wants to drop?",
        0.977,
    ),
]
HUNDRED_SEVENTY_SEVENTH_SWAPPED = [
    # "a N who / that (AUX) (WISH to) V D X" / "a N D X (AUX) (WISH to) V"
    (
        "How do I talk to a client who wants to fire our agency?",
        "How do I talk to a client our agency wants to fire?",
    ),
    (
        "What do I say to a landlord who is trying to evict my tenant?",
        "What do I say to a landlord my tenant is trying to evict?",
    ),
    (
        "How should I reply to a publisher that plans to drop our author?",
        "How should I reply to a publisher our author plans to drop?",
    ),
    (
        "What should I say to a roommate who is planning to replace my girlfriend?",
        "What should I say to a roommate my girlfriend is planning to replace?",
    ),
    (
        "How do I approach a band that hopes to sign our drummer?",
        "How do I approach a band our drummer hopes to sign?",
    ),
    (
        "How do I thank a scout who is hoping to recruit our goalie?",
        "How do I thank a scout our goalie is hoping to recruit?",
    ),
    (
        "What do I tell a gallery that wants to represent my sister?",
        "What do I tell a gallery my sister wants to represent?",
    ),
    (
        "How do I talk to a manager who is trying to transfer my husband?",
        "How do I talk to a manager my husband is trying to transfer?",
    ),
]
HUNDRED_SEVENTY_SEVENTH_SAME = [
    # the same relative with and without "who / that / whom", another form of the wish,
    # politeness and filler
    (
        "How do I approach a sponsor that wants to drop our majorette team?",
        "How do I approach a sponsor who wants to drop our majorette team?",
    ),
    (
        "How do I approach a sponsor our majorette team wants to drop?",
        "How do I approach a sponsor that our majorette team wants to drop?",
    ),
    (
        "How do I talk to a client who wants to fire our agency?",
        "Hi! How should I talk to a client who wants to fire our agency? Thanks.",
    ),
    (
        "What do I say to a landlord my tenant is trying to evict?",
        "What do I say to a landlord whom my tenant is trying to evict?",
    ),
    (
        "How should I reply to a publisher that plans to drop our author?",
        "How should I reply to a publisher who is planning to drop our author?",
    ),
    (
        "How do I deal with a supplier our store decided to drop?",
        "How do I deal with a supplier that our store has decided to drop?",
    ),
    (
        "How do I handle a coach who wants to cut my son?",
        "How do I handle a coach that wants to cut my son?",
    ),
]


# Role pass 177 (blind rounds 321-323): the asker's party visiting an outside party placed by a
# preposition against the outside party, its place moved with it, visiting the asker's ("our N
# is V-ing a M in Y" / "a M from Y is V-ing our N": new ``guest_host.visitor_traded``), and the
# asker bringing the asker's own thing to another's event against another bringing theirs to
# the asker's ("Can I V my own T to X's E?" / "Can S V their own T to my E?": new
# ``guest_host.guest_owner_traded``).
HUNDRED_SEVENTY_EIGHTH_ROUNDS = [
    (
        "Our halau is visiting a halau in Japan; what protocol should we follow?",
        "A halau from Japan is visiting our halau; what protocol should we follow?",
        0.977,
    ),
    (
        "Can I bring my own crawfish to someone else's boil?",
        "Can someone bring their own crawfish to my boil?",
        0.976,
    ),
]
HUNDRED_SEVENTY_EIGHTH_SWAPPED = [
    # "our N (AUX) V a M P Y" / "a M P' Y (AUX) V our N"
    (
        "Our choir is visiting a choir in Germany; what gifts should we bring?",
        "A choir from Germany is visiting our choir; what gifts should we bring?",
    ),
    (
        "Our school is hosting a school from Korea; what should we plan?",
        "A school in Korea is hosting our school; what should we plan?",
    ),
    (
        "Our team is playing a team in Canada; who pays for travel?",
        "A team from Canada is playing our team; who pays for travel?",
    ),
    (
        "Our club is visiting a club in Spain; what etiquette applies?",
        "A club from Spain is visiting our club; what etiquette applies?",
    ),
    (
        "My lodge is hosting a lodge from Ohio this fall; any tips?",
        "A lodge in Ohio is hosting my lodge this fall; any tips?",
    ),
    # "I V my own T P X's E" / "S V their own T P my E"
    (
        "Can I bring my own cake to someone else's wedding?",
        "Can someone bring their own cake to my wedding?",
    ),
    (
        "Can I bring my own music to someone else's party?",
        "Can someone bring their own music to my party?",
    ),
    (
        "Can we bring our own snacks to someone else's tailgate?",
        "Can someone bring their own snacks to our tailgate?",
    ),
]
HUNDRED_SEVENTY_EIGHTH_SAME = [
    # the same visitor said two ways, the same guest, politeness and filler
    (
        "Our halau is visiting a halau in Japan; what protocol should we follow?",
        "Our halau is going to visit a halau in Japan; what protocol should we follow?",
    ),
    (
        "A halau from Japan is visiting our halau; what protocol should we follow?",
        "A halau from Japan will be visiting our halau; what protocol should we follow?",
    ),
    (
        "Our choir is visiting a choir in Germany; what gifts should we bring?",
        "Our choir will be visiting a choir in Germany; what gifts should we bring?",
    ),
    (
        "Our team is meeting a team from Canada; who pays?",
        "A team from Canada is meeting our team; who pays?",
    ),
    (
        "Can I bring my own crawfish to someone else's boil?",
        "Is it OK to bring my own crawfish to someone else's boil?",
    ),
    (
        "Can I bring my own crawfish to someone else's boil?",
        "Hi, can I bring my own crawfish to someone else's boil? Thanks!",
    ),
    (
        "Can someone bring their own crawfish to my boil?",
        "Can a guest bring their own crawfish to my boil?",
    ),
]


# Role pass 178 (blind rounds 321-323): a clause the asker tells someone against the same clause
# that someone says to the asker, the owner of its thing moving with the one who says it ("I
# tell X his N is A" / "X says my N is A"): new ``judged_owner.judge_owner_traded``.
HUNDRED_SEVENTY_NINTH_ROUNDS = [
    (
        "How do I tell my father-in-law his crawfish are overcooked?",
        "How do I respond when my father-in-law says my crawfish are overcooked?",
        0.963,
    ),
]
HUNDRED_SEVENTY_NINTH_SWAPPED = [
    # "(I / to) tell X (that) his N is A" / "X says / tells me (that) my N is A"
    (
        "How do I tell my boss his slides are confusing?",
        "How do I respond when my boss says my slides are confusing?",
    ),
    (
        "How do I tell my roommate her music is too loud?",
        "What do I say when my roommate says my music is too loud?",
    ),
    (
        "How do I tell my neighbor his dog is aggressive?",
        "How do I respond when my neighbor says my dog is aggressive?",
    ),
    (
        "How do I tell my landlord his fence is falling down?",
        "How do I respond when my landlord says my fence is falling down?",
    ),
    (
        "What's the best way to tell my teammate his passes are sloppy?",
        "How do I respond when my teammate says my passes are sloppy?",
    ),
    # the owner the one who says it on both: "tell X my N is A" / "X says her N is A"
    (
        "How do I tell my roommate my music is too loud?",
        "What do I say when my roommate says her music is too loud?",
    ),
]
HUNDRED_SEVENTY_NINTH_SAME = [
    # the same speaker said two ways, "that" added, politeness and filler
    (
        "How do I tell my father-in-law his crawfish are overcooked?",
        "How can I let my father-in-law know his crawfish are overcooked?",
    ),
    (
        "How do I respond when my neighbor says my dog is aggressive?",
        "How should I respond when my neighbor says my dog is aggressive?",
    ),
    (
        "How do I tell my roommate her music is too loud?",
        "How can I tell my roommate that her music is too loud?",
    ),
    (
        "How do I tell my sister her essay is too long?",
        "What's the best way to tell my sister her essay is too long?",
    ),
    (
        "How do I tell my boss his slides are confusing?",
        "How do I tell my boss that his slides are confusing?",
    ),
    (
        "How do I respond when my boss says my slides are confusing?",
        "How should I respond when my boss says that my slides are confusing?",
    ),
]


# Role pass 179 (blind rounds 324-326): a wh-question on a passive with a stranded preposition,
# the noun phrase traded carrying a place after its noun ("the one at Hatfield House", "the
# cathedral in Florence"): copy and original traded; widened ``questions.wh_transposed``.
HUNDRED_EIGHTIETH_ROUNDS = [
    (
        "Which maze was copied from the one at Hatfield House?",
        "Which maze was the one at Hatfield House copied from?",
        0.996,
    ),
]
HUNDRED_EIGHTIETH_SWAPPED = [
    # "Which N was V-ed P D N' P' Y?" / "Which N was D N' P' Y V-ed P?"
    (
        "Which painting was copied from the one in the Louvre?",
        "Which painting was the one in the Louvre copied from?",
    ),
    (
        "Which company was spun off from the one in Boston?",
        "Which company was the one in Boston spun off from?",
    ),
    (
        "Which church was modeled on the cathedral in Florence?",
        "Which church was the cathedral in Florence modeled on?",
    ),
    (
        "Which startup was spun off from the lab at MIT?",
        "Which startup was the lab at MIT spun off from?",
    ),
    (
        "Which dish was adapted from the one at Nobu?",
        "Which dish was the one at Nobu adapted from?",
    ),
    (
        "Which recipe was adapted from the one in my grandmother's cookbook?",
        "Which recipe was the one in my grandmother's cookbook adapted from?",
    ),
    (
        "Which garden was modeled on the one at Versailles?",
        "Which garden was the one at Versailles modeled on?",
    ),
]
HUNDRED_EIGHTIETH_SAME = [
    # the same roles said two ways, the noun phrase first on both sides, politeness and filler
    (
        "Which maze was copied from the one at Hatfield House?",
        "What maze is a copy of the one at Hatfield House?",
    ),
    (
        "Which maze was copied from the one at Hatfield House?",
        "Which maze did they copy from the one at Hatfield House?",
    ),
    (
        "Which maze was the one at Hatfield House copied from?",
        "What maze was the Hatfield House one copied from?",
    ),
    (
        "Which painting was the one in the Louvre copied from?",
        "What painting was the one in the Louvre copied from?",
    ),
    (
        "Which company was the one in Boston spun off from?",
        "Which company was the Boston one spun off from?",
    ),
    (
        "Which church was modeled on the cathedral in Florence?",
        "Which church was modelled on the cathedral in Florence?",
    ),
    (
        "Which garden was modeled on the one at Versailles?",
        "Which garden was modeled on the one at Versailles, please?",
    ),
]


# Role pass 180 (blind rounds 324-326): the recipient of a transfer made the owner of the thing
# ("V my N to X" / "V the N of X", "V X's N"): new ``recipient_owner.recipient_made_owner``.
HUNDRED_EIGHTY_FIRST_ROUNDS = [
    (
        "Should I lease my saffron field to the farm next door?",
        "Should I lease the saffron field of the farm next door?",
        0.977,
    ),
]
HUNDRED_EIGHTY_FIRST_SWAPPED = [
    # "V my N to X" / "V the N of X": the asker gives against the asker takes X's N
    (
        "Should I lease my parking space to the office next door?",
        "Should I lease the parking space of the office next door?",
    ),
    (
        "Should I sell my old piano to the church down the street?",
        "Should I sell the old piano of the church down the street?",
    ),
    (
        "Should I rent my storage unit to the shop next door?",
        "Should I rent the storage unit of the shop next door?",
    ),
    (
        "Should I sublet my office space to the startup next door?",
        "Should I sublet the office space of the startup next door?",
    ),
    (
        "Should I lend my pressure washer to the family next door?",
        "Should I lend the pressure washer of the family next door?",
    ),
    (
        "Should I rent my fishing boat to the marina down the road?",
        "Should I rent the fishing boat of the marina down the road?",
    ),
    (
        "Is it smart to sell my food truck to the restaurant next door?",
        "Is it smart to sell the food truck of the restaurant next door?",
    ),
]
HUNDRED_EIGHTY_FIRST_SAME = [
    # the same giver and receiver said two ways, the two owner forms, politeness and filler
    (
        "Should I lease my saffron field to the farm next door?",
        "Should I lease the farm next door my saffron field?",
    ),
    (
        "Should I lease my saffron field to the farm next door?",
        "Is it wise to lease my saffron field to the farm next door?",
    ),
    (
        "Should I lend my pressure washer to the family next door?",
        "Should I lend the family next door my pressure washer?",
    ),
    (
        "Should I rent my cousin's apartment?",
        "Should I rent the apartment of my cousin?",
    ),
    (
        "Should I lease the parking space of the office next door?",
        "Should I lease the office next door's parking space?",
    ),
    (
        "Should I rent my apartment to my cousin?",
        "Hi, should I rent my apartment to my cousin? Thanks!",
    ),
    (
        "Should I rent out my guest house to the couple next door?",
        "Should I rent my guest house out to the couple next door?",
    ),
]


# Role pass 181 (blind rounds 327-329): the party in the middle traded with an end of "between"
# ("Is X between Y and Z?" / "Is Y between X and Z?"): new ``middle.middle_traded``.
HUNDRED_EIGHTY_SECOND_ROUNDS = [
    (
        "Is Wengen between Lauterbrunnen and Kleine Scheidegg?",
        "Is Lauterbrunnen between Wengen and Kleine Scheidegg?",
        0.981,
    ),
    (
        "Is Riffelalp between Zermatt and Gornergrat?",
        "Is Zermatt between Riffelalp and Gornergrat?",
        0.993,
    ),
    (
        "Is the H\u00fcrrem Sultan Hamam\u0131 between Hagia Sophia and the Blue Mosque?",
        "Is Hagia Sophia between the H\u00fcrrem Sultan Hamam\u0131 and the Blue Mosque?",
        0.983,
    ),
]
HUNDRED_EIGHTY_SECOND_SWAPPED = [
    # "X between Y and Z" / "Y between X and Z" (or "Z between Y and X"): another in the middle
    (
        "Is Denver between Chicago and San Francisco?",
        "Is Chicago between Denver and San Francisco?",
    ),
    ("Is Mars between Earth and Jupiter?", "Is Earth between Mars and Jupiter?"),
    ("Is Basel between Zurich and Strasbourg?", "Is Zurich between Basel and Strasbourg?"),
    ("Is Venus between Mercury and Earth?", "Is Mercury between Venus and Earth?"),
    (
        "Is Nashville between Memphis and Knoxville?",
        "Is Memphis between Nashville and Knoxville?",
    ),
    ("Is Kyoto between Tokyo and Osaka?", "Is Osaka between Tokyo and Kyoto?"),
    ("Is the Red Sea between Africa and Asia?", "Is Africa between the Red Sea and Asia?"),
]
HUNDRED_EIGHTY_SECOND_SAME = [
    # the ends of "between" alone reordered, politeness and filler
    (
        "Is Wengen between Lauterbrunnen and Kleine Scheidegg?",
        "Is Wengen between Kleine Scheidegg and Lauterbrunnen?",
    ),
    (
        "Is Denver between Chicago and San Francisco?",
        "Is Denver between San Francisco and Chicago?",
    ),
    ("Is Mars between Earth and Jupiter?", "Is Mars between Jupiter and Earth?"),
    (
        "Is the cafe between the bank and the post office?",
        "Is the cafe between the post office and the bank?",
    ),
    (
        "Does Lyon lie between Paris and Marseille?",
        "Does Lyon lie between Marseille and Paris?",
    ),
    ("Is the station between Bern and Thun?", "Is the station between Thun and Bern?"),
    (
        "Which stop is between the library and the school?",
        "Which stop is between the school and the library?",
    ),
    (
        "Is Riffelalp between Zermatt and Gornergrat?",
        "Hi, is Riffelalp between Zermatt and Gornergrat? Thanks!",
    ),
]


# Role pass 182 (blind rounds 327-329): the origin and the goal of "V (from) A for B" traded
# ("leave A for B" / "leave B for A"): new ``departures.for_goal_traded``.
HUNDRED_EIGHTY_THIRD_ROUNDS = [
    (
        "What time does the Glacier Express leave Zermatt for St. Moritz?",
        "What time does the Glacier Express leave St. Moritz for Zermatt?",
        0.998,
    ),
]
HUNDRED_EIGHTY_THIRD_SWAPPED = [
    # "V A for B" / "V B for A": where the trip sets out from and where it goes traded
    (
        "When does the ferry leave Dover for St. Malo?",
        "When does the ferry leave St. Malo for Dover?",
    ),
    (
        "When does the Amtrak train leave St. Louis for Chicago?",
        "When does the Amtrak train leave Chicago for St. Louis?",
    ),
    (
        "What time does the shuttle depart Ft. Worth for Dallas?",
        "What time does the shuttle depart Dallas for Ft. Worth?",
    ),
    (
        "When do the monarch butterflies leave St. Lucia for Florida?",
        "When do the monarch butterflies leave Florida for St. Lucia?",
    ),
    (
        "Does the morning bus leave Mt. Vernon for Seattle on weekends?",
        "Does the morning bus leave Seattle for Mt. Vernon on weekends?",
    ),
    (
        "When do the storks leave St. Petersburg for Egypt?",
        "When do the storks leave Egypt for St. Petersburg?",
    ),
    (
        "How early does the tour bus leave Ft. Myers for Naples?",
        "How early does the tour bus leave Naples for Ft. Myers?",
    ),
]
HUNDRED_EIGHTY_THIRD_SAME = [
    # the same trip said two ways ("from" on one side only, "go from A to B"), politeness, filler
    (
        "When does the ferry leave Dover for St. Malo?",
        "When does the ferry leave from Dover for St. Malo?",
    ),
    (
        "What time does the shuttle depart Ft. Worth for Dallas?",
        "What time does the shuttle depart from Ft. Worth for Dallas?",
    ),
    (
        "What time does the Glacier Express leave Zermatt for St. Moritz?",
        "What time does the Glacier Express go from Zermatt to St. Moritz?",
    ),
    (
        "What time does it leave St. Louis for Chicago?",
        "When does it leave St. Louis for Chicago?",
    ),
    (
        "When does the ferry leave Dover for St. Malo?",
        "Hi, when does the ferry leave Dover for St. Malo? Thanks!",
    ),
    (
        "What time does the Glacier Express leave Zermatt for St. Moritz?",
        "What time does the Glacier Express leave Zermatt for St. Moritz, please?",
    ),
    (
        "Does the morning bus leave Mt. Vernon for Seattle on weekends?",
        "Does the morning bus leave Mt. Vernon for Seattle on the weekends?",
    ),
]


# Role pass 183 (blind rounds 330-332): who acts for whom traded ("X V on behalf of their Y" /
# "Y V on behalf of their X"): new ``behalf.proxy_traded``.
HUNDRED_EIGHTY_FOURTH_ROUNDS = [
    (
        "Can a parent sign the canyoning waiver on behalf of their teenage child?",
        "Can a teenager sign the canyoning waiver on behalf of their parent?",
        0.990,
    ),
]
HUNDRED_EIGHTY_FOURTH_SWAPPED = [
    # "X V on behalf of / for / instead of Y" / "Y V ... X": the one who acts and the one acted
    # for traded, the parties said in a few other words
    (
        "Can a parent open a bank account on behalf of their teenage son?",
        "Can a teenager open a bank account on behalf of their parent?",
    ),
    (
        "Can a mother pick up the test results on behalf of her teenage son?",
        "Can a teenager pick up the test results on behalf of his mother?",
    ),
    (
        "Can a father renew the passport on behalf of his teenage daughter?",
        "Can a teenager renew the passport on behalf of her father?",
    ),
    (
        "Can a guardian accept the scholarship on behalf of their teenage ward?",
        "Can a teenager accept the scholarship on behalf of their guardian?",
    ),
    (
        "Can a coach accept the award on behalf of his teenage players?",
        "Can a teenager accept the award on behalf of his coach?",
    ),
    (
        "Can a parent open a brokerage account for their teenage child?",
        "Can a teenager open a brokerage account for their parent?",
    ),
    (
        "Can an aunt sign the permission slip instead of her teenage nephew?",
        "Can a teenager sign the permission slip instead of his aunt?",
    ),
    (
        "Can a parent book the driving test on behalf of their teenage kid?",
        "Can a teenager book the driving test on behalf of their parent?",
    ),
]
HUNDRED_EIGHTY_FOURTH_SAME = [
    # the same parties said two ways ("for", "on N's behalf", "Is X allowed to"), politeness
    (
        "Can a parent sign the canyoning waiver on behalf of their teenage child?",
        "Can a parent sign the canyoning waiver for their teenager?",
    ),
    (
        "Can a parent sign the canyoning waiver on behalf of their teenage child?",
        "Is a parent allowed to sign the canyoning waiver on behalf of their teenage child?",
    ),
    (
        "Can a parent open a bank account on behalf of their teenage son?",
        "Can a parent open a bank account for their teenage son?",
    ),
    (
        "Can a parent open a bank account on behalf of their teenage son?",
        "Hi, can a parent open a bank account on behalf of their teenage son? Thanks!",
    ),
    (
        "Can a mother pick up the test results on behalf of her teenage son?",
        "Can a mother pick up the test results on her teenage son's behalf?",
    ),
    (
        "Can a coach accept the award on behalf of his teenage players?",
        "Can a coach please accept the award on behalf of his teenage players?",
    ),
    # two "for" phrases of one choice reordered: no subject acts for anyone (a duplicate)
    (
        "Should I wear didymium glasses for boro or for soft glass?",
        "Should I wear didymium glasses for soft glass or for boro?",
    ),
]


# Role pass 184 (blind rounds 330-332): a condition's state already there before the asker took
# part against the asker doing it ("if the N was already V-ed when I got it" / "if I V-ed the
# N"): new ``prior_state.prior_made_asker``.
HUNDRED_EIGHTY_FIFTH_ROUNDS = [
    (
        "Can the hire company keep my deposit if the boat was already damaged when I got it?",
        "Can the hire company keep my deposit if I damaged the boat?",
        0.985,
    ),
]
HUNDRED_EIGHTY_FIFTH_SWAPPED = [
    # "if the N was already V-ed (when I got it / before I arrived)" / "if I V-ed the N": who
    # caused it traded (nobody known, before / the asker)
    (
        "Can my landlord charge me if the carpet was already stained when I moved in?",
        "Can my landlord charge me if I stained the carpet?",
    ),
    (
        "Will the rental agency bill me if the car was already scratched when I picked it up?",
        "Will the rental agency bill me if I scratched the car?",
    ),
    (
        "Does my insurance pay if the phone was already cracked when I bought it?",
        "Does my insurance pay if I cracked the phone?",
    ),
    (
        "Can the museum fine us if the vase was already chipped before we arrived?",
        "Can the museum fine us if we chipped the vase?",
    ),
    (
        "Does the warranty cover it if the screen was scratched before?",
        "Does the warranty cover it if I scratched the screen?",
    ),
    (
        "Can the bike shop refuse a refund if the frame was already bent when I got it?",
        "Can the bike shop refuse a refund if I bent the frame?",
    ),
    (
        "Can the Airbnb host keep my deposit if the window was already cracked before I arrived?",
        "Can the Airbnb host keep my deposit if I cracked the window?",
    ),
]
HUNDRED_EIGHTY_FIFTH_SAME = [
    # the same doer said two ways, two prior states against each other, politeness, filler
    (
        "Can the hire company keep my deposit if I damaged the boat?",
        "Can the hire company keep my deposit if the boat got damaged by me?",
    ),
    (
        "Can the hire company keep my deposit if I damaged the boat?",
        "Can the hire company keep my deposit if I accidentally damaged the boat?",
    ),
    (
        "Can the hire company keep my deposit if the boat was already damaged when I got it?",
        "Can the hire company keep my deposit if the boat was damaged before I got it?",
    ),
    (
        "Can my landlord charge me if the carpet was already stained when I moved in?",
        "Can my landlord charge me if the carpet was stained before I moved in?",
    ),
    (
        "Can my landlord charge me if I stained the carpet?",
        "Can my landlord charge me if the carpet was stained by me?",
    ),
    (
        "Can the hotel charge me if the lamp was already broken when I checked in?",
        "Hi, can the hotel charge me if the lamp was already broken when I checked in? Thanks!",
    ),
    (
        "Does my insurance pay if the phone was already cracked when I bought it?",
        "Does my insurance pay if the phone was cracked when I bought it?",
    ),
]


# Role pass 185 (blind rounds 333-335): the means or condition of an outcome done by the asker to
# the other party's thing against the other party doing it to the asker's ("by V-ing X's N" /
# "when X V-s your N"): new ``means_doer.means_doer_traded``.
HUNDRED_EIGHTY_SIXTH_ROUNDS = [
    (
        "In the World Toe Wrestling Championship, do you win by pinning your opponent's foot?",
        "In the World Toe Wrestling Championship, do you win when your opponent pins your foot?",
        0.960,
    ),
]
HUNDRED_EIGHTY_SIXTH_SWAPPED = [
    # "by / for V-ing X's N" (the asker the doer) / "when / if X V-s your (my) N": who does it to
    # whom traded, the owner moving with the object; the party itself the object too
    (
        "In fencing, do you score by touching your opponent's mask?",
        "In fencing, do you score when your opponent touches your mask?",
    ),
    (
        "In judo, do you win by throwing your opponent?",
        "In judo, do you win when your opponent throws you?",
    ),
    (
        "In sumo, do you lose by grabbing your opponent's belt?",
        "In sumo, do you lose if your opponent grabs your belt?",
    ),
    (
        "In checkers, do you win by trapping your opponent's king?",
        "In checkers, do you win when your opponent traps your king?",
    ),
    (
        "In soccer, do I get a yellow card for tripping the other player?",
        "In soccer, do I get a yellow card when the other player trips me?",
    ),
    (
        "In monopoly, do you pay rent by landing on your opponent's hotel?",
        "In monopoly, do you pay rent when your opponent lands on your hotel?",
    ),
    (
        "In boxing, do you lose points by hitting your opponent's back?",
        "In boxing, do you lose points when your opponent hits your back?",
    ),
    (
        "In go, do you gain points by surrounding your opponent's stones?",
        "In go, do you gain points when your opponent surrounds your stones?",
    ),
]
HUNDRED_EIGHTY_SIXTH_SAME = [
    # the same doer said two ways ("by V-ing" / "if you V", "when you V"), politeness, filler
    (
        "In the World Toe Wrestling Championship, do you win by pinning your opponent's foot?",
        "In the World Toe Wrestling Championship, do you win if you pin your opponent's foot?",
    ),
    (
        "In the World Toe Wrestling Championship, do you win by pinning your opponent's foot?",
        "In the World Toe Wrestling Championship, do you win when you pin your opponent's foot?",
    ),
    (
        "In the World Toe Wrestling Championship, do you win by pinning your opponent's foot?",
        "In the World Toe Wrestling Championship, is pinning your opponent's foot how you win?",
    ),
    (
        "In the World Toe Wrestling Championship, do you win by pinning your opponent's foot?",
        "Hi, in the World Toe Wrestling Championship, do you win by pinning your opponent's foot?"
        " Thanks!",
    ),
    (
        "In chess, do you lose by capturing your opponent's queen?",
        "In chess, do you lose if you capture your opponent's queen?",
    ),
    (
        "Is it a foul if you block your opponent's shot?",
        "Is it a foul when you block your opponent's shot?",
    ),
    (
        "Do I get a penalty for hitting the other player's ball?",
        "Do I get a penalty if I hit the other player's ball?",
    ),
    (
        "In fencing, do you score by touching your opponent's mask?",
        "In fencing, do you score when you touch your opponent's mask?",
    ),
]


# Role pass 186 (blind rounds 333-335): subject and object of one verb traded where one side
# wraps the verb in an aspectual verb ("if X V-s me" / "if I end up V-ing X"): new
# ``aspect.wrapped_doer_traded``.
HUNDRED_EIGHTY_SEVENTH_ROUNDS = [
    (
        "What should I do if a bear follows me on the trail?",
        "What should I do if I end up following a bear on the trail?",
        0.960,
    ),
]
HUNDRED_EIGHTY_SEVENTH_SWAPPED = [
    # "if X V-s me" / "if I end up / find myself / happen to / start V X": who does it traded
    (
        "What do I do if a dog chases me?",
        "What do I do if I end up chasing a dog?",
    ),
    (
        "What if a stranger follows me home?",
        "What if I find myself following a stranger home?",
    ),
    (
        "What should I do if a swan chases me?",
        "What should I do if I happen to chase a swan?",
    ),
    (
        "How do I react if my neighbor yells at me?",
        "How do I react if I start yelling at my neighbor?",
    ),
    (
        "What happens if a cyclist hits me?",
        "What happens if I happen to hit a cyclist?",
    ),
    (
        "What should I do if a kid mocks me at school?",
        "What should I do if I find myself mocking a kid at school?",
    ),
    (
        "What if a raccoon follows me to my car?",
        "What if I end up following a raccoon to my car?",
    ),
]
HUNDRED_EIGHTY_SEVENTH_SAME = [
    # the same doer with and without the wrapper, the passive, politeness and filler
    (
        "What should I do if a bear follows me on the trail?",
        "What should I do if a bear ends up following me on the trail?",
    ),
    (
        "What should I do if a bear follows me on the trail?",
        "What should I do if I'm followed by a bear on the trail?",
    ),
    (
        "What do I do if a dog chases me?",
        "What do I do if a dog ends up chasing me?",
    ),
    (
        "What do I do if a dog chases me?",
        "What do I do if a dog happens to chase me?",
    ),
    (
        "What if a stranger follows me home?",
        "What if a stranger ends up following me home?",
    ),
    (
        "What should I do if I end up following a bear on the trail?",
        "What should I do if I follow a bear on the trail?",
    ),
    (
        "What should I do if a bear follows me on the trail?",
        "Hi, what should I do if a bear follows me on the trail? Thanks!",
    ),
]


# Role pass 187 (blind rounds 333-335): a judgement of the asker's thing said by another against
# the asker having said it of the other's thing, both as statements with a question after ("X
# says my N is A; what should I say?" / "I told X his N is A; what should I say?"): widened
# ``judged_owner.judge_owner_traded``.
HUNDRED_EIGHTY_EIGHTH_ROUNDS = [
    (
        "My boss says my baklava is too sweet; what should I say?",
        "I told my boss his baklava is too sweet; what should I say?",
        0.970,
    ),
]
HUNDRED_EIGHTY_EIGHTH_SWAPPED = [
    # "X says my N is A" / "I told / said to X (that) his N is A", "I said X's N is A"
    (
        "My roommate says my music is too loud; what should I say?",
        "I told my roommate her music is too loud; what should I say?",
    ),
    (
        "My neighbor says my dog is aggressive; what should I say?",
        "I told my neighbor her dog is aggressive; what should I say?",
    ),
    (
        "My sister says my essay is boring; what should I say?",
        "I told my sister her essay is boring; what should I say?",
    ),
    (
        "My landlord says my fence is falling down; what should I say now?",
        "I told my landlord his fence is falling down; what should I say now?",
    ),
    (
        "My teammate says my passes are sloppy; what should I say?",
        "I said to my teammate that his passes are sloppy; what should I say?",
    ),
    (
        "My mother-in-law says my lasagna is too salty; what should I say?",
        "I told my mother-in-law her lasagna is too salty; what should I say?",
    ),
    (
        "My friend says my painting is ugly; what should I say?",
        "I said my friend's painting is ugly; what should I say?",
    ),
    (
        "My coworker says my code is messy; what should I say?",
        "I told my coworker that his code is messy; what should I say?",
    ),
]
HUNDRED_EIGHTY_EIGHTH_SAME = [
    # the same speaker said two ways ("that" added), politeness, filler, the question reworded
    (
        "I told my boss his baklava is too sweet; what should I say?",
        "I told my boss that his baklava is too sweet; what should I say?",
    ),
    (
        "My boss says my baklava is too sweet; what should I say?",
        "My boss says that my baklava is too sweet; what should I say?",
    ),
    (
        "My boss says my baklava is too sweet; what should I say?",
        "Hi, my boss says my baklava is too sweet; what should I say? Thanks!",
    ),
    (
        "I told my roommate her music is too loud; what should I say?",
        "I told my roommate that her music is too loud; what should I say?",
    ),
    (
        "I told my sister her essay is boring; what should I say?",
        "I told my sister her essay is boring; what do I say now?",
    ),
    (
        "I said my friend's painting is ugly; what should I say?",
        "I said that my friend's painting is ugly; what should I say?",
    ),
    (
        "My sister told me my essay is boring; what should I say?",
        "My sister told me that my essay is boring; what should I say?",
    ),
    (
        "My coach said my form is sloppy; how should I respond?",
        "My coach said my form is sloppy; how do I respond?",
    ),
]


# Role pass 188 (blind rounds 339-341): "Was / Is X Y's N?" / "Was / Is Y X's N?" with a name
# carrying an apostrophe inside it ("Kan'ami", "O'Brien"), read as one word: widened
# ``named_genitive.named_genitive_traded``.
HUNDRED_EIGHTY_NINTH_ROUNDS = [
    ("Was Kan'ami Zeami's teacher?", "Was Zeami Kan'ami's teacher?", 0.992),
]
HUNDRED_EIGHTY_NINTH_SWAPPED = [
    # "Was / Is X Y's N?" / "Was / Is Y X's N?", one name with an inner apostrophe
    ("Was O'Brien Kennedy's advisor?", "Was Kennedy O'Brien's advisor?"),
    ("Is D'Angelo Marcus's coach?", "Is Marcus D'Angelo's coach?"),
    ("Was O'Neill Brennan's boss?", "Was Brennan O'Neill's boss?"),
    ("Is D'Souza Patel's landlord?", "Is Patel D'Souza's landlord?"),
    ("Was O'Hara Smith's mentor?", "Was Smith O'Hara's mentor?"),
    ("Is Al'Amin Hassan's father?", "Is Hassan Al'Amin's father?"),
    ("Was O'Keeffe Stieglitz's student?", "Was Stieglitz O'Keeffe's student?"),
]
HUNDRED_EIGHTY_NINTH_SAME = [
    # the same relation said another way, casing, a curly apostrophe, politeness and filler
    ("Was Kan'ami Zeami's teacher?", "Was Kan'ami the teacher of Zeami?"),
    ("Was Kan'ami Zeami's teacher?", "was kan'ami zeami's teacher?"),
    ("Was Kan'ami Zeami's teacher?", "Was Kan\u2019ami Zeami\u2019s teacher?"),
    ("Was Kan'ami Zeami's teacher?", "Hi, was Kan'ami Zeami's teacher? Thanks!"),
    ("Was O'Brien Kennedy's advisor?", "Was O'Brien the advisor of Kennedy?"),
    ("Is D'Souza Patel's landlord?", "is d'souza patel's landlord?"),
    ("Was O'Neill Brennan's boss?", "Please tell me: was O'Neill Brennan's boss?"),
    ("Is D'Angelo Marcus's coach?", "Is D'Angelo the coach of Marcus?"),
]


# Role pass 189 (blind rounds 339-341): the other party the doer of a condition on one side and,
# moved out of the subject, the owner of the thing a pronoun doer acts on on the other ("if X
# V-s the N" / "if he V-s X's N"): widened ``pronoun_doer.pronoun_doer_traded``.
HUNDRED_NINETIETH_ROUNDS = [
    (
        "Can an ice carver keep the deposit if the client cancels the order?",
        "Can an ice carver keep the deposit if he cancels the client's order?",
        0.989,
    ),
]
HUNDRED_NINETIETH_SWAPPED = [
    # "if X V-s the N" / "if he (she) V-s X's N"
    (
        "Can a photographer keep the deposit if the couple cancels the booking?",
        "Can a photographer keep the deposit if she cancels the couple's booking?",
    ),
    (
        "Can a landlord keep the deposit if the tenant ends the lease?",
        "Can a landlord keep the deposit if he ends the tenant's lease?",
    ),
    (
        "Does a caterer owe a refund if the host cancels the event?",
        "Does a caterer owe a refund if she cancels the host's event?",
    ),
    (
        "Can a contractor charge a fee if the homeowner changes the plan?",
        "Can a contractor charge a fee if he changes the homeowner's plan?",
    ),
    (
        "Can a DJ keep the fee if the venue cancels the gig?",
        "Can a DJ keep the fee if he cancels the venue's gig?",
    ),
    (
        "Can a tutor charge for the session if the student cancels the lesson?",
        "Can a tutor charge for the session if she cancels the student's lesson?",
    ),
    (
        "Can a wedding planner keep the deposit if the bride postpones the wedding?",
        "Can a wedding planner keep the deposit if she postpones the bride's wedding?",
    ),
]
HUNDRED_NINETIETH_SAME = [
    # the same doer said two ways ("their", the passive, "for X"), politeness, filler
    (
        "Can an ice carver keep the deposit if the client cancels the order?",
        "Can an ice carver keep the deposit if the client cancels their order?",
    ),
    (
        "Can an ice carver keep the deposit if the client cancels the order?",
        "Can an ice carver keep the deposit if the order is cancelled by the client?",
    ),
    (
        "Can an ice carver keep the deposit if he cancels the client's order?",
        "Can an ice carver keep the deposit if he cancels the order for the client?",
    ),
    (
        "Can an ice carver keep the deposit if the client cancels the order?",
        "Hi, can an ice carver keep the deposit if the client cancels the order? Thanks!",
    ),
    (
        "Can a landlord keep the deposit if the tenant ends the lease?",
        "Can a landlord keep the deposit if the tenant ends their lease?",
    ),
    (
        "Does a caterer owe a refund if the host cancels the event?",
        "Does a caterer owe a refund if the host cancels their event?",
    ),
    (
        "Can a DJ keep the fee if he cancels the venue's gig?",
        "Can a DJ keep the fee if he cancels the gig for the venue?",
    ),
]


# Role pass 190 (a review mend): the stop of a title or place abbreviation before a name is no
# clause mark in the tokens ("St. Moritz" -> ``st moritz``, as "St Moritz"), so every reader of
# the tokens reads the name whole: ``departures._phrase`` lost its own rule for the stop, and the
# readers of "between", "on behalf of" and a verb's two parties read abbreviated names too.
HUNDRED_NINETY_FIRST_SWAPPED = [
    # two abbreviated (or one abbreviated and one plain) names traded
    (
        "When does the train leave St. Louis for Chicago?",
        "When does the train leave Chicago for St. Louis?",
    ),
    (
        "Does the ferry leave St. Malo for Portsmouth?",
        "Does the ferry leave Portsmouth for St. Malo?",
    ),
    ("Does Dr. Patel report to Dr. Chen?", "Does Dr. Chen report to Dr. Patel?"),
    ("Did Mr. Jones sue Mrs. Smith?", "Did Mrs. Smith sue Mr. Jones?"),
    ("Did Sgt. Miller salute Capt. Reyes?", "Did Capt. Reyes salute Sgt. Miller?"),
    ("Is Ft. Worth between Dallas and Abilene?", "Is Dallas between Ft. Worth and Abilene?"),
    (
        "Can Prof. Lee sign the form on behalf of Dr. Kim?",
        "Can Dr. Kim sign the form on behalf of Prof. Lee?",
    ),
]
HUNDRED_NINETY_FIRST_SAME = [
    # the stop written or not, "from" said on one side, politeness and filler
    ("How far is St. Ives from Penzance?", "How far is St Ives from Penzance?"),
    ("What is the best time to visit St. Ives?", "What is the best time to visit St Ives?"),
    ("How tall is Mt. Fuji?", "Hi, how tall is Mt. Fuji? Thanks!"),
    (
        "What time does the Glacier Express leave Zermatt for St. Moritz?",
        "What time does the Glacier Express leave Zermatt for St Moritz?",
    ),
    (
        "When does the train leave St. Louis for Chicago?",
        "When does the train leave from St. Louis for Chicago?",
    ),
    ("Does Dr. Patel report to Dr. Chen?", "Does Dr Patel report to Dr Chen?"),
    ("Did Mr. Jones sue Mrs. Smith?", "Please tell me: did Mr. Jones sue Mrs. Smith?"),
    ("Is Mt. Hood taller than Mt. Adams?", "Is Mt Hood taller than Mt Adams?"),
]


# Role pass 191 (blind rounds 345-347): who hosts whom traded between the asker and another
# party, "X is coming to V at our N" / "we're X V-ing at another N" (X a third party on one side,
# the asker's own identity on the other) and "I'm joining an E hosted by X" / "I'm hosting an E
# for X" (the host traded between X and the asker): new ``hosting.host_traded``.
HUNDRED_NINETY_SECOND_ROUNDS = [
    (
        "A visiting band is coming to ring at our tower; should we pay them?",
        "We're a visiting band ringing at another tower; should we pay them?",
        0.957,
    ),
    (
        "I'm joining a highline meetup hosted by strangers; what should I ask them?",
        "I'm hosting a highline meetup for strangers; what should I ask them?",
        0.959,
    ),
]
HUNDRED_NINETY_SECOND_SWAPPED = [
    # the asker as host / as the visitor; the asker joining an event X hosts / hosting it for X
    (
        "A touring choir is coming to sing at our church; should we feed them?",
        "We're a touring choir singing at another church; should we feed them?",
    ),
    (
        "A touring theatre company is coming to perform at our hall; who pays for the lights?",
        "We're a touring theatre company performing at another hall; who pays for the lights?",
    ),
    (
        "A visiting team is coming to play at our club; who pays the referee?",
        "We're a visiting team playing at another club; who pays the referee?",
    ),
    (
        "A visiting preacher is coming to preach at our church; should we pay him?",
        "I'm a visiting preacher preaching at another church; should we pay him?",
    ),
    (
        "I'm joining a supper club hosted by strangers; what should I bring?",
        "I'm hosting a supper club for strangers; what should I bring?",
    ),
    (
        "I'm attending a workshop run by volunteers; what should I prepare?",
        "I'm running a workshop for volunteers; what should I prepare?",
    ),
    (
        "I'm attending a potluck organised by coworkers; what should I bring?",
        "I'm organising a potluck for coworkers; what should I bring?",
    ),
]
HUNDRED_NINETY_SECOND_SAME = [
    # the same host said two ways, "we're a band visiting", another / someone else's, filler
    (
        "I'm joining a highline meetup hosted by strangers; what should I ask them?",
        "I'm joining a highline meetup that strangers are hosting; what should I ask them?",
    ),
    (
        "I'm joining a highline meetup hosted by strangers; what should I ask them?",
        "I'm joining a highline meetup strangers host; what should I ask them?",
    ),
    (
        "We're a visiting band ringing at another tower; should we pay them?",
        "We are a band visiting and ringing at another tower; should we pay them?",
    ),
    (
        "We're a visiting band ringing at another tower; should we pay them?",
        "We're a visiting band ringing at someone else's tower; should we pay them?",
    ),
    (
        "A visiting band is coming to ring at our tower; should we pay them?",
        "Hi, a visiting band is coming to ring at our tower; should we pay them? Thanks!",
    ),
    (
        "A touring choir is coming to sing at our church; should we feed them?",
        "A touring choir will sing at our church; should we feed them?",
    ),
    (
        "I'm attending a workshop run by volunteers; what should I prepare?",
        "I'm attending a workshop that volunteers run; what should I prepare?",
    ),
]


# Role pass 192 (blind rounds 345-347): the asker "we" described as the doer against the
# undergoer ("We're a N1 V-ing a N2" / "We're a N2 V-ed by a N1": widened ``self_described``),
# and the party thanked traded with the one helped through an agent noun of the verb's stem
# ("thank X for V-ing me" / "thank my V-er for V-ing X": ``thanked.thanked_party_traded``).
HUNDRED_NINETY_THIRD_ROUNDS = [
    (
        "We're a Czech guide company hosting an American school group at Sedlec; what's our "
        "liability?",
        "We're an American school group hosted by a Czech guide company at Sedlec; what's our "
        "liability?",
        0.983,
    ),
    (
        "How do I thank the league for sponsoring me this season?",
        "How do I thank my sponsor for sponsoring the league this season?",
        0.949,
    ),
]
HUNDRED_NINETY_THIRD_SWAPPED = [
    # "We're a N1 V-ing a N2" / "We're a N2 V-ed by a N1"
    (
        "We're a club hosting a visiting team; who pays for the pitch?",
        "We're a visiting team hosted by a club; who pays for the pitch?",
    ),
    (
        "We're a startup funded by an angel investor; what do we owe?",
        "We're an angel investor funding a startup; what do we owe?",
    ),
    (
        "We're a school hosting an exchange student; what forms do we need?",
        "We're an exchange student hosted by a school; what forms do we need?",
    ),
    (
        "We're a charity supported by a local bank; what reports do we owe?",
        "We're a local bank supporting a charity; what reports do we owe?",
    ),
    # "thank X for V-ing me / us" / "thank my / our V-er for V-ing X"
    ("How do I thank the club for coaching me?", "How do I thank my coach for coaching the club?"),
    (
        "How do I thank the firm for mentoring me?",
        "How do I thank my mentor for mentoring the firm?",
    ),
    (
        "How do I thank the school for supporting me?",
        "How do I thank my supporter for supporting the school?",
    ),
    (
        "How should we thank the foundation for funding us this year?",
        "How should we thank our funder for funding the foundation this year?",
    ),
]
HUNDRED_NINETY_THIRD_SAME = [
    # the same roles said two ways, politeness and filler
    (
        "We're a Czech company hosting an American group",
        "We're a Czech company that is hosting an American group",
    ),
    (
        "We're an American group hosted by a Czech company",
        "We're an American group that a Czech company is hosting",
    ),
    (
        "We're a club hosting a visiting team; who pays for the pitch?",
        "We are a club hosting a visiting team; who pays for the pitch?",
    ),
    (
        "We're a startup funded by an angel investor; what do we owe?",
        "We're a startup that is funded by an angel investor; what do we owe?",
    ),
    (
        "How do I thank the league for sponsoring me this season?",
        "Hi, how do I thank the league for sponsoring me this season? Thanks!",
    ),
    ("How do I thank my coach for coaching me?", "How can I thank my coach for coaching me?"),
    (
        "How do I thank the club for coaching me?",
        "How do I thank the club for coaching me so well?",
    ),
]


# Role pass 193 (blind rounds 345-347): the owner of a condition's subject traded between the
# asker's side and the other, a pronoun subject made explicit after a subordinator ("if our N
# V-s while V-ing" / "if their N V-s while we're V-ing"): ``side_trades.owner_side_traded``;
# two coordinated verb phrases with their complements traded across the coordinator, the verbs
# kept ("win the chess but beat him in the ring" / "win in the ring but beat him at chess"):
# ``side_trades.complements_traded``.
HUNDRED_NINETY_FOURTH_ROUNDS = [
    (
        "If our seeker catches the flag while trailing by 40, do we win?",
        "If their seeker catches the flag while we're trailing by 40, do we win?",
        0.987,
    ),
    (
        "Why would a chess boxer let the opponent win the chess but beat him in the ring?",
        "Why would a chess boxer let the opponent win in the ring but beat him at chess?",
        0.992,
    ),
]
HUNDRED_NINETY_FOURTH_SWAPPED = [
    # "if our (my) N V-s while V-ing" / "if their (his) N V-s while we're (I'm) V-ing"
    (
        "If our goalie scores while down by two, do we get the point?",
        "If their goalie scores while we're down by two, do we get the point?",
    ),
    (
        "If my partner serves while leading 5-3, who serves next?",
        "If his partner serves while I'm leading 5-3, who serves next?",
    ),
    (
        "If our pitcher walks in a run while ahead, is the game over?",
        "If their pitcher walks in a run while we're ahead, is the game over?",
    ),
    (
        "If my player scores after fouling, does it count?",
        "If his player scores after I foul, does it count?",
    ),
    # "V1 X A but V2 Y in B" / "V1 X in B but V2 Y at A"
    (
        "Why would a card shark let the kid win at cards but beat him in the race?",
        "Why would a card shark let the kid win the race but beat him at cards?",
    ),
    (
        "Why would a tennis golfer let his rival win the tennis but beat him on the course?",
        "Why would a tennis golfer let his rival win on the course but beat him at tennis?",
    ),
    (
        "Why would a swim runner let his rival win the swim but beat him on the track?",
        "Why would a swim runner let his rival win on the track but beat him in the swim?",
    ),
    (
        "Why would a darts bowler let his mate win the darts but beat him on the lanes?",
        "Why would a darts bowler let his mate win on the lanes but beat him at darts?",
    ),
]
HUNDRED_NINETY_FOURTH_SAME = [
    # the subject made explicit with the same owner, politeness, another coordinator, a
    # preposition said with the same complement, a free reorder of a list
    (
        "If our seeker catches the flag while trailing by 40, do we win?",
        "If our seeker catches the flag while we're trailing by 40, do we win?",
    ),
    (
        "If my partner serves while leading 5-3, who serves next?",
        "If my partner serves while I'm leading 5-3, who serves next?",
    ),
    (
        "If our striker scores after scoring, do we win?",
        "If our striker scores after we score, do we win?",
    ),
    (
        "If our seeker catches the flag while trailing by 40, do we win?",
        "Hi! If our seeker catches the flag while trailing by 40, do we win? Thanks",
    ),
    (
        "Why would a chess boxer let the opponent win the chess but beat him in the ring?",
        "Why would a chess boxer let the opponent win the chess and beat him in the ring?",
    ),
    (
        "Why would a card shark let the kid win at cards but beat him in the race?",
        "Why would a card shark let the kid win at cards yet beat him in the race?",
    ),
    (
        "Why would a tennis golfer let his rival win the tennis but beat him on the course?",
        "Why would a tennis golfer let his rival win at tennis but beat him on the course?",
    ),
    (
        "Can I study maths in the morning and history at night?",
        "Can I study history at night and maths in the morning?",
    ),
]
HUNDRED_NINETY_FIFTH_ROUNDS = [
    (
        "I'm renting space in my banya to a yoga studio; what should the lease say?",
        "I'm renting space in a yoga studio for my banya; what should the lease say?",
        0.997,
    ),
    (
        "How do I ask the tailor to copy my old blouse?",
        "How do I ask the tailor to copy his old blouse for me?",
        0.961,
    ),
]
HUNDRED_NINETY_FIFTH_SWAPPED = [
    # "V N in my P to X" / "V N in X for my P": landlord against tenant
    (
        "I'm leasing a corner of my shop to a coffee cart",
        "I'm leasing a corner of a coffee shop for my cart",
    ),
    (
        "I'm subletting desk space in my office to a startup",
        "I'm subletting desk space in a startup's office for my team",
    ),
    (
        "We're renting a stall in our market to a baker",
        "We're renting a stall in a baker's market for our stand",
    ),
    (
        "We're leasing shelf space in our store to a bakery",
        "We're leasing shelf space in a bakery for our store",
    ),
    # "ask X to V my N" / "ask X to V his (her) N for me": the owner traded to the one asked
    (
        "Can I ask my neighbour to mow my lawn?",
        "Can I ask my neighbour to mow his lawn for me?",
    ),
    (
        "How do I ask the baker to decorate my cake?",
        "How do I ask the baker to decorate her cake for me?",
    ),
    (
        "Can I ask my sister to sell my car?",
        "Can I ask my sister to sell her car for me?",
    ),
    (
        "Should I ask the mechanic to check my tyres?",
        "Should I ask the mechanic to check his tyres for me?",
    ),
]
HUNDRED_NINETY_FIFTH_SAME = [
    # the same owner with "for me" added, another word for the party asked, "for my own N",
    # another preposition for the same place, politeness and filler
    (
        "How do I ask the tailor to copy my old blouse?",
        "How do I ask the tailor to copy my old blouse for me?",
    ),
    (
        "How do I ask him to copy my blouse?",
        "How do I ask the tailor to copy my blouse?",
    ),
    (
        "I'm renting space in a yoga studio for my banya; what should the lease say?",
        "I'm renting space in a yoga studio for my own banya; what should the lease say?",
    ),
    (
        "How do I ask the tailor to copy my old blouse?",
        "Hi, how do I ask the tailor to copy my old blouse? Thanks!",
    ),
    (
        "Can I ask my neighbour to mow my lawn?",
        "Can I ask my neighbour to mow my lawn for me?",
    ),
    (
        "I'm leasing a corner of a coffee shop for my cart",
        "I'm leasing a corner in a coffee shop for my cart",
    ),
]


# Role pass 195 (blind rounds 348-350): home and away traded, "we V (away) at X" against "X V-s
# at ours / at our N": ``hosting.host_traded``; who needs the thing to act traded with the
# infinitive made passive, "Does X need N to V Y?" / "Does Y need N to be V-ed by X?", N of up
# to three words and X named by a word of its noun phrase: ``infinitive_voice_traded``.
HUNDRED_NINETY_SIXTH_ROUNDS = [
    (
        "We're playing at the Anchor this week; do we bring the questions?",
        "The Anchor is playing at ours this week; do we bring the questions?",
        0.966,
    ),
    (
        "Does the person driving the jet ski need a licence to tow a tuber?",
        "Does the tuber need a licence to be towed by a jet ski?",
        0.924,
    ),
]
HUNDRED_NINETY_SIXTH_SWAPPED = [
    # "we V (away) at X" / "X V-s at ours (at our N)"
    (
        "We're playing at the Crown on Friday; who brings the food?",
        "The Crown is playing at ours on Friday; who brings the food?",
    ),
    (
        "We're playing at Leeds on Saturday; who pays the referee?",
        "Leeds are playing at ours on Saturday; who pays the referee?",
    ),
    (
        "We're playing away at Leeds; who pays the referee?",
        "Leeds are playing at ours; who pays the referee?",
    ),
    (
        "We're playing at the Red Lion tonight; who sets up the board?",
        "The Red Lion is playing at our pub tonight; who sets up the board?",
    ),
    (
        "We're playing at Rovers on Saturday; who pays the referee?",
        "Rovers are playing at our ground on Saturday; who pays the referee?",
    ),
    # "Does X need N to V Y?" / "Does Y need N to be V-ed by X?"
    (
        "Does the boat driver need a licence to tow a water skier?",
        "Does the water skier need a licence to be towed by a boat?",
    ),
    (
        "Does the ferry captain need a permit to carry a car?",
        "Does the car need a permit to be carried by a ferry?",
    ),
    (
        "Does the bus driver need a licence to carry a passenger?",
        "Does the passenger need a licence to be carried by a bus?",
    ),
]
HUNDRED_NINETY_SIXTH_SAME = [
    # politeness and filler, another determiner, the same verb said as a gerund, "at ours" /
    # "with us" for the same guests
    (
        "We're playing at the Anchor this week; do we bring the questions?",
        "Hi! We're playing at the Anchor this week; do we bring the questions? Thanks",
    ),
    (
        "Does the driver need a licence to tow a tuber?",
        "Does the driver need a licence for towing a tuber?",
    ),
    (
        "Does the tuber need a licence to be towed by a jet ski?",
        "Does a tuber need a licence to be towed by a jet ski?",
    ),
    (
        "Does the employer need a permit to hire a foreign worker?",
        "Does an employer need a permit to hire a foreign worker?",
    ),
    (
        "We're staying at the Smiths' this weekend; what should we bring?",
        "We're staying with the Smiths this weekend; what should we bring?",
    ),
    (
        "The Smiths are staying at ours this weekend; what should we bring?",
        "The Smiths are staying with us this weekend; what should we bring?",
    ),
]


# Role pass 196 (blind rounds 348-350): the two sides of a comparison traded, a side said with
# a stand-in on one prompt ("my N R than the one Y" / "the N Y R than mine", "one" standing
# for the other side's nominal, "mine" for "my" and it): ``compared_ones.stand_in_sides_traded``.
HUNDRED_NINETY_SEVENTH_ROUNDS = [
    (
        "My pole studio is cheaper than the one across town; should I raise my prices?",
        "The pole studio across town is cheaper than mine; should I raise my prices?",
        0.984,
    ),
    (
        "My studio is cheaper than the one across town.",
        "The studio across town is cheaper than my studio.",
        0.95,
    ),
]
HUNDRED_NINETY_SEVENTH_SWAPPED = [
    # "our (my) N R than the one P X" / "the N P X R than ours (mine)"
    (
        "Our bakery is busier than the one on Main Street; should we hire?",
        "The bakery on Main Street is busier than ours; should we hire?",
    ),
    (
        "Our team is stronger than the one from Leeds, right?",
        "The team from Leeds is stronger than ours, right?",
    ),
    # "my N R than the one X V-s" / "the N X V-s R than mine"
    (
        "My car is older than the one my sister drives",
        "The car my sister drives is older than mine",
    ),
    (
        "My rent is higher than the one my neighbor pays",
        "The rent my neighbor pays is higher than mine",
    ),
    (
        "My laptop is slower than the one my brother uses",
        "The laptop my brother uses is slower than mine",
    ),
    # "my N R than the one from X" / "X's N R than mine"
    (
        "My quote is higher than the one from the other builder",
        "The other builder's quote is higher than mine",
    ),
]
HUNDRED_NINETY_SEVENTH_SAME = [
    # the same sides said with and without the stand-in, politeness, the side's owner in
    # either form
    (
        "My pole studio is cheaper than the one across town; should I raise my prices?",
        "My pole studio is cheaper than the pole studio across town; should I raise my prices?",
    ),
    (
        "The pole studio across town is cheaper than mine; should I raise my prices?",
        "The pole studio across town is cheaper than my pole studio; should I raise my prices?",
    ),
    (
        "My studio is cheaper than the one across town",
        "My studio is cheaper than the studio across town",
    ),
    (
        "The studio across town is cheaper than mine",
        "The studio across town is cheaper than my studio",
    ),
    (
        "Our bakery is busier than the one on Main Street; should we hire?",
        "Hi! Our bakery is busier than the one on Main Street; should we hire? Thanks",
    ),
    (
        "My car is older than the one my sister drives",
        "My car is older than the car my sister drives",
    ),
    (
        "The other builder's quote is higher than mine",
        "The other builder's quote is higher than my quote",
    ),
    ("Is my gym bigger than the one downtown?", "Is my gym bigger than the gym downtown?"),
]
HUNDRED_NINETY_NINTH_ROUNDS = [
    (
        "What's the penalty for a land yacht that hits a yacht with right of way?",
        "What's the penalty for a land yacht with right of way that gets hit by another yacht?",
        0.977,
    ),
    (
        "How do I teach my kids scent work using our dog?",
        "How do I use my kids to teach our dog scent work?",
        0.983,
    ),
]
HUNDRED_NINETY_NINTH_SWAPPED = [
    # "N that V-s a M with Q" / "N with Q that gets (is) V-ed by another M"
    (
        "What's the penalty for a boat that hits a boat with right of way?",
        "What's the penalty for a boat with right of way that gets hit by another boat?",
    ),
    (
        "Who pays for a car that rear-ends a car with a learner driver?",
        "Who pays for a car with a learner driver that gets rear-ended by another car?",
    ),
    (
        "What happens to a player who fouls a player with the ball?",
        "What happens to a player with the ball who gets fouled by another player?",
    ),
    (
        "What's the fine for a truck that hits a truck with a trailer?",
        "What's the fine for a truck with a trailer that is hit by another truck?",
    ),
    # "V X N using Y" / "use X to V Y N"
    (
        "How do I train my staff on safety using our new hires?",
        "How do I use my staff to train our new hires on safety?",
    ),
    (
        "How can I teach my son French using his nanny?",
        "How can I use my son to teach his nanny French?",
    ),
    (
        "How do I teach the puppy recall using the older dog?",
        "How do I use the puppy to teach the older dog recall?",
    ),
    (
        "How can we teach our daughter Spanish using her grandmother?",
        "How can we use our daughter to teach her grandmother Spanish?",
    ),
]
HUNDRED_NINETY_NINTH_SAME = [
    # the same roles two ways, politeness and filler
    (
        "What's the penalty for a land yacht that hits a yacht with right of way?",
        "What's the penalty for a land yacht hitting a yacht that has right of way?",
    ),
    (
        "How do I teach my kids scent work using our dog?",
        "How do I use our dog to teach my kids scent work?",
    ),
    (
        "How can I teach my son French using his nanny?",
        "How can I use his nanny to teach my son French?",
    ),
    (
        "How do I teach my kids scent work using our dog?",
        "Hi! How do I teach my kids scent work using our dog? Thanks",
    ),
    (
        "What's the penalty for a boat that hits a boat with right of way?",
        "What is the penalty for a boat that hits a boat with right of way?",
    ),
    (
        "Who pays for a car that rear-ends a car with a learner driver?",
        "Who pays for a car that rear-ends a car that has a learner driver?",
    ),
    (
        "What happens to a player who fouls a player with the ball?",
        "Hello, what happens to a player who fouls a player with the ball?",
    ),
]


# Role pass 199 (blind round 355): the relieving N against the relieved N, the later relative
# naming the other party turned in step ("the person they relieve" / "the person relieving
# them"): ``stepped.stepped_participle_traded``.
TWO_HUNDREDTH_ROUNDS = [
    (
        "Does the relieving helmsman state the course to the person they relieve?",
        "Does the relieved helmsman state the course to the person relieving them?",
        0.923,
    ),
]
TWO_HUNDREDTH_SWAPPED = [
    # "the V-ing N ... the M PRON V" / "the V-ed N ... the M V-ing OBJ"
    (
        "Does the relieving nurse sign the chart for the nurse they relieve?",
        "Does the relieved nurse sign the chart for the nurse relieving them?",
    ),
    (
        "Does the relieving guard hand the keys to the guard they relieve?",
        "Does the relieved guard hand the keys to the guard relieving them?",
    ),
    (
        "Should the hosting school feed the school it hosts?",
        "Should the hosted school feed the school hosting it?",
    ),
    (
        "Does the relieving crew brief the crew they relieve?",
        "Does the relieved crew brief the crew relieving them?",
    ),
    (
        "Does the hosting club pay travel costs for the club it hosts?",
        "Does the hosted club pay travel costs for the club hosting it?",
    ),
    (
        "Should the relieving shift count the cash with the shift they relieve?",
        "Should the relieved shift count the cash with the shift relieving them?",
    ),
    (
        "Does the sponsoring company owe anything to the company it sponsors?",
        "Does the sponsored company owe anything to the company sponsoring it?",
    ),
    (
        "Should the acquiring firm keep the staff of the firm it acquires?",
        "Should the acquired firm keep the staff of the firm acquiring it?",
    ),
]
TWO_HUNDREDTH_SAME = [
    # the same roles two ways, an ordinary participle, politeness and filler
    (
        "Does the relieving helmsman state the course to the person they relieve?",
        "Does the relieving helmsman state the course to the person they relieve, please?",
    ),
    (
        "Does the relieving nurse sign the chart for the nurse they relieve?",
        "Does the relieving nurse sign the chart for the nurse they are relieving?",
    ),
    (
        "Does the relieving nurse sign the chart for the nurse they relieve?",
        "Does the relieving nurse sign the chart for the nurse who they relieve?",
    ),
    (
        "Should the replacing driver check the tyres with the driver they replace?",
        "Hey, should the replacing driver check the tyres with the driver they replace?",
    ),
    (
        "How long should a boiling kettle sit before I pour it?",
        "How long should a boiled kettle sit before I pour it?",
    ),
    (
        "Should the hosting club feed the club it hosts?",
        "Should the host club feed the club it hosts?",
    ),
    (
        "Does the relieved crew brief the crew relieving them?",
        "Does the relieved crew brief the crew that is relieving them?",
    ),
    (
        "Does the hosted club pay travel costs for the club hosting it?",
        "Does the hosted club pay the travel costs for the club hosting it?",
    ),
]


# Role pass 201 (blind rounds 357-359): who complains of whose thing, the party of the asker's
# ("if my neighbour complains about my N") or the asker, with a lead ("want to"), of the
# party's ("if I want to complain about my neighbour's N"): ``complainer.complainer_traded``.
TWO_HUNDRED_SECOND_ROUNDS = [
    (
        "What should I do if my neighbour complains about my raku smoke?",
        "What should I do if I want to complain about my neighbour's raku smoke?",
        0.977,
    ),
]
TWO_HUNDRED_SECOND_SWAPPED = [
    # "NP V (P) my R" / "I L.. to V (P) NP's R"
    (
        "What should I do if my landlord complains about my dog's barking?",
        "What should I do if I want to complain about my landlord's dog barking?",
    ),
    (
        "What if my coworker complains about my music?",
        "What if I want to complain about my coworker's music?",
    ),
    (
        "What should I do if my roommate objects to my cooking smells?",
        "What should I do if I want to object to my roommate's cooking smells?",
    ),
    (
        "What can I do if my tenant complains about my renovation noise?",
        "What can I do if I need to complain about my tenant's renovation noise?",
    ),
    (
        "How should I handle it when my colleague criticises my slides?",
        "How should I handle it when I want to criticise my colleague's slides?",
    ),
    (
        "What should I do if my flatmate complains about my cat?",
        "What should I do if I'd like to complain about my flatmate's cat?",
    ),
]
TWO_HUNDRED_SECOND_SAME = [
    # the same roles two ways, politeness and filler
    (
        "What should I do if my neighbour complains about my raku smoke?",
        "What should I do if my neighbour is complaining about the smoke from my raku kiln?",
    ),
    (
        "What should I do if I want to complain about my neighbour's smoke?",
        "What should I do if I'd like to complain about my neighbour's smoke?",
    ),
    (
        "What should I do if my neighbour complains about my raku smoke?",
        "Hi, what should I do if my neighbour complains about my raku smoke? Thanks",
    ),
    (
        "What if I want to complain about my coworker's music?",
        "What if I need to complain about my coworker's music?",
    ),
    (
        "What should I do if my roommate objects to my cooking smells?",
        "What should I do when my roommate objects to my cooking smells?",
    ),
    (
        "What if my coworker complains about my music?",
        "What if my coworker is complaining about my music?",
    ),
    (
        "How do I respond when my neighbour reports my bonfire?",
        "How should I respond when my neighbour reports my bonfire?",
    ),
]


# Role pass 200 (blind rounds 357-359): the gerund's unspoken doer (the main verb's object) and
# the one it acts on traded ("V X for V2-ing Y" / "V X when Y V2-s him"):
# ``gerund_doer.gerund_doer_traded``.
TWO_HUNDRED_FIRST_ROUNDS = [
    (
        "Why would an adjudicator mark a dancer down for copying the dancer next to her?",
        "Why would an adjudicator mark a dancer down when the dancer next to her copies her?",
        0.976,
    ),
]
TWO_HUNDRED_FIRST_SWAPPED = [
    (
        "Why would a referee book a player for fouling the player behind him?",
        "Why would a referee book a player when the player behind him fouls him?",
    ),
    (
        "Can a teacher punish a student for hitting the boy next to him?",
        "Can a teacher punish a student when the boy next to him hits him?",
    ),
    (
        "Why would a judge fine a driver for hitting the car in front?",
        "Why would a judge fine a driver when the car in front hits him?",
    ),
    (
        "Can a landlord evict a tenant for threatening the neighbour upstairs?",
        "Can a landlord evict a tenant when the neighbour upstairs threatens her?",
    ),
    (
        "Why would a manager fire a cashier for insulting the customer in line?",
        "Why would a manager fire a cashier when the customer in line insults her?",
    ),
    (
        "Can a school suspend a pupil for bullying the girl beside her?",
        "Can a school suspend a pupil if the girl beside her bullies her?",
    ),
]
TWO_HUNDRED_FIRST_SAME = [
    # the same roles two ways, politeness and filler
    (
        "Why would an adjudicator mark a dancer down for copying the dancer next to her?",
        "Why would an adjudicator mark a dancer down when she copies the dancer next to her?",
    ),
    (
        "Can a teacher punish a student for hitting the boy next to him?",
        "Can a teacher punish a student if he hits the boy next to him?",
    ),
    (
        "Why would a judge fine a driver for hitting the car in front?",
        "Why would a judge fine a driver when he hits the car in front?",
    ),
    (
        "Can a landlord evict a tenant for threatening the neighbour upstairs?",
        "Can a landlord evict a tenant if she threatens the neighbour upstairs?",
    ),
    (
        "Why would a manager fire a cashier for insulting the customer in line?",
        "Why would a manager fire a cashier when she insults the customer in line?",
    ),
    (
        "Why would an adjudicator mark a dancer down for copying the dancer next to her?",
        "Hi! Why would an adjudicator mark a dancer down for copying the dancer next to her?",
    ),
]

# Role pass 204 (blind rounds 360-362): the doer and the one it is done to traded between a party
# and the asker, the asker's side led by a modal ("if X V-s me" / "if I have to V X"):
# ``modal_doer.modal_doer_traded``.
TWO_HUNDRED_FIFTH_ROUNDS = [
    (
        "What should I do if an ajumma scolds me at the jjimjilbang?",
        "What should I do if I have to scold an ajumma at the jjimjilbang?",
        0.937,
    ),
]
TWO_HUNDRED_FIFTH_SWAPPED = [
    (
        "What should I do if a customer insults me?",
        "What should I do if I have to insult a customer?",
    ),
    (
        "What do I do if a senior colleague corrects me in a meeting?",
        "What do I do if I have to correct a senior colleague in a meeting?",
    ),
    (
        "How should I respond if a patient refuses me?",
        "How should I respond if I need to refuse a patient?",
    ),
    (
        "What should I do if a student interrupts me during a lecture?",
        "What should I do if I have to interrupt a student during a lecture?",
    ),
    (
        "How do I stay calm if a referee corrects me during a match?",
        "How do I stay calm if I have to correct a referee during a match?",
    ),
    (
        "What should I do if my teammate criticizes me in public?",
        "What should I do if I want to criticize my teammate in public?",
    ),
]
TWO_HUNDRED_FIFTH_SAME = [
    # the same roles two ways, another modal lead, politeness and filler
    (
        "What should I do if an ajumma scolds me at the jjimjilbang?",
        "What should I do if I get scolded by an ajumma at the jjimjilbang?",
    ),
    (
        "What should I do if I have to scold an ajumma at the jjimjilbang?",
        "What should I do if I need to scold an ajumma at the jjimjilbang?",
    ),
    (
        "What should I do if a customer insults me?",
        "What should I do if I get insulted by a customer?",
    ),
    (
        "What do I do if I have to correct a senior colleague in a meeting?",
        "What do I do if I need to correct a senior colleague in a meeting?",
    ),
    (
        "What should I do if my boss fires me over email?",
        "What should I do if I get fired by my boss over email?",
    ),
    (
        "What should I do if an ajumma scolds me at the jjimjilbang?",
        "Hi! What should I do if an ajumma scolds me at the jjimjilbang?",
    ),
    (
        "What should I do if a student interrupts me during a lecture?",
        "What should I do if a student interrupts me during a lecture? Thanks!",
    ),
]


# Role pass 203 (blind rounds 360-362): the asker moved from a passive's "by" agent to the owner
# of its subject ("if a N gets V-ed by me" / "if my N gets V-ed"):
# ``by_asker.asker_agent_made_owner``.
TWO_HUNDRED_FOURTH_ROUNDS = [
    (
        "If a stalled car gets hit by me, do I get points?",
        "If my stalled car gets hit, do I get points?",
        0.985,
    ),
]
TWO_HUNDRED_FOURTH_SWAPPED = [
    (
        "If a parked car is hit by me, is it my fault?",
        "If my parked car is hit, is it my fault?",
    ),
    (
        "If a delivery gets damaged by us, who pays?",
        "If our delivery gets damaged, who pays?",
    ),
    (
        "What happens if a player gets tackled by me after the whistle?",
        "What happens if my player gets tackled after the whistle?",
    ),
    (
        "If a bike is scratched by me in the rack, do I owe anything?",
        "If my bike is scratched in the rack, do I owe anything?",
    ),
    (
        "If a rental kayak gets dented by us, does insurance cover it?",
        "If our rental kayak gets dented, does insurance cover it?",
    ),
    (
        "What if a package was opened by me at the office by mistake?",
        "What if my package was opened at the office by mistake?",
    ),
    (
        "If a fence gets knocked down by me during the storm, who fixes it?",
        "If my fence gets knocked down during the storm, who fixes it?",
    ),
    (
        "If the laptop gets dropped by me at work, who pays for the repair?",
        "If my laptop gets dropped at work, who pays for the repair?",
    ),
]
TWO_HUNDRED_FOURTH_SAME = [
    # the same roles two ways, politeness and filler
    (
        "If a parked car is hit by me, is it my fault?",
        "If I hit a parked car, is it my fault?",
    ),
    (
        "If our delivery gets damaged, who pays?",
        "If our delivery is damaged, who pays?",
    ),
    (
        "What happens if my player gets tackled after the whistle?",
        "What happens if someone tackles my player after the whistle?",
    ),
    (
        "If a bike is scratched by me in the rack, do I owe anything?",
        "If I scratch a bike in the rack, do I owe anything?",
    ),
    (
        "If a rental kayak gets dented by us, does insurance cover it?",
        "If we dent a rental kayak, does insurance cover it?",
    ),
    (
        "If my fence gets knocked down during the storm, who fixes it?",
        "If my fence is knocked down during the storm, who fixes it?",
    ),
    (
        "If a parked car is hit by me, is it my fault?",
        "Hello, if a parked car is hit by me, is it my fault?",
    ),
    (
        "If my parked car is hit, is it my fault?",
        "If my parked car is hit, is it my fault? Thanks!",
    ),
]


# Role pass 202 (blind rounds 360-362): the doer and the owner of the part acted on traded, the
# part said with "of" on one side and with "'s" on the other ("S V the N of O" / "O V S's N"):
# ``part_owner.part_owner_traded``.
TWO_HUNDRED_THIRD_ROUNDS = [
    (
        "My derby car hit the driver's door of another car; will I be disqualified?",
        "Another car hit my derby car's driver's door; will I be disqualified?",
        0.993,
    ),
]
TWO_HUNDRED_THIRD_SWAPPED = [
    (
        "My dog bit the leg of another dog; am I liable?",
        "Another dog bit my dog's leg; am I liable?",
    ),
    (
        "My cart scraped the side of another cart; who pays?",
        "Another cart scraped my cart's side; who pays?",
    ),
    (
        "My boat hit the stern of another boat; is it my fault?",
        "Another boat hit my boat's stern; is it my fault?",
    ),
    (
        "My horse kicked the flank of another horse; am I responsible?",
        "Another horse kicked my horse's flank; am I responsible?",
    ),
    (
        "My bike scratched the frame of another bike; who pays?",
        "Another bike scratched my bike's frame; who pays?",
    ),
    (
        "My drone clipped the propeller of another drone; is the pilot liable?",
        "Another drone clipped my drone's propeller; is the pilot liable?",
    ),
    (
        "My kayak bumped the rudder of another kayak; do I owe anything?",
        "Another kayak bumped my kayak's rudder; do I owe anything?",
    ),
]
TWO_HUNDRED_THIRD_SAME = [
    # the same roles two ways, politeness and filler
    (
        "My dog bit the leg of another dog; am I liable?",
        "My dog bit another dog's leg; am I liable?",
    ),
    (
        "My boat hit the stern of another boat; is it my fault?",
        "My boat hit another boat's stern; is it my fault?",
    ),
    (
        "My cart scraped the side of another cart; who pays?",
        "My cart scraped another cart's side; who pays?",
    ),
    (
        "My horse kicked the flank of another horse; am I responsible?",
        "My horse kicked another horse's flank; am I responsible?",
    ),
    (
        "My kayak bumped the rudder of another kayak; do I owe anything?",
        "My kayak bumped another kayak's rudder; do I owe anything?",
    ),
    (
        "Another dog bit my dog's leg; am I liable?",
        "Another dog bit the leg of my dog; am I liable?",
    ),
    (
        "My derby car hit the driver's door of another car; will I be disqualified?",
        "Hi, my derby car hit the driver's door of another car; will I be disqualified?",
    ),
]


# Role pass 197 (blind rounds 354-356): who is whose guest ("I'm V-ing with X" / "X is V-ing
# with me") and whose event the asked party or the asker comes to ("ask X to V at our N" / "ask
# X if we can V at their N"): ``guest_with.guest_traded``.
HUNDRED_NINETY_EIGHTH_ROUNDS = [
    (
        "I'm staying with a Hmong family in Sapa for two nights; what's good etiquette?",
        "A Hmong family from Sapa is staying with me for two nights; what's good etiquette?",
        0.960,
    ),
    (
        "How do I ask a coracle club to come to our fete?",
        "How do I ask a coracle club if we can come to their fete?",
        0.967,
    ),
]
HUNDRED_NINETY_EIGHTH_SWAPPED = [
    # "I'm / we're V-ing with X (in P)" / "X (from P) is V-ing with me / us"
    (
        "I'm staying with a host family in Kyoto for a week; what should I bring?",
        "A host family from Kyoto is staying with me for a week; what should I bring?",
    ),
    (
        "I'm lodging with a farmer in Wales this summer; should I help out?",
        "A farmer from Wales is lodging with me this summer; should I help out?",
    ),
    (
        "We're living with a family in Lyon this year; how do we split chores?",
        "A family from Lyon is living with us this year; how do we split chores?",
    ),
    (
        "I'm boarding with a widow in Cork for a term; do I pay rent?",
        "A widow from Cork is boarding with me for a term; do I pay rent?",
    ),
    # "ask X to V at our N" / "ask X if we can V at their N"
    (
        "How do I ask a choir to sing at our wedding?",
        "How do I ask a choir if we can sing at their wedding?",
    ),
    (
        "How do I ask the rugby club to play at our ground?",
        "How do I ask the rugby club if we can play at their ground?",
    ),
    (
        "How do I ask a band to perform at our party?",
        "How do I ask a band if we can perform at their party?",
    ),
    (
        "Can I ask a dance troupe to dance at our festival?",
        "Can I ask a dance troupe if we can dance at their festival?",
    ),
]
HUNDRED_NINETY_EIGHTH_SAME = [
    # the same roles said two ways, politeness
    (
        "I'm staying with a Hmong family in Sapa for two nights; what's good etiquette?",
        "I'll be staying with a Hmong family in Sapa for two nights; what's good etiquette?",
    ),
    (
        "I'm staying with a Hmong family in Sapa for two nights; what's good etiquette?",
        "I'm staying with a Hmong family from Sapa for two nights; what's good etiquette?",
    ),
    (
        "A Hmong family from Sapa is staying with me for two nights; what's good etiquette?",
        "A Hmong family in Sapa is staying with me for two nights; what's good etiquette?",
    ),
    (
        "A Hmong family from Sapa is staying with me for two nights; what's good etiquette?",
        "A Hmong family from Sapa will be staying with me for two nights; what's good etiquette?",
    ),
    (
        "How do I ask a coracle club to come to our fete?",
        "Hi! How do I ask a coracle club to come to our fete? Thanks",
    ),
    (
        "How do I ask a coracle club if we can come to their fete?",
        "How do I ask a coracle club if we could come to their fete?",
    ),
    (
        "How do I ask a choir to sing at our wedding?",
        "How can I ask a choir to sing at our wedding?",
    ),
    (
        "We're staying with my in-laws over Christmas; who pays for food?",
        "We are staying with my in-laws over Christmas; who pays for food?",
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # an abbreviation's stop before a capitalised word: dropped, the word kept
        ("leave St. Moritz for Zermatt?", ("leave", "st", "moritz", "for", "zermatt", "?")),
        (
            "Does Dr. Patel report to Mrs. Chen?",
            ("does", "dr", "patel", "report", "to", "mrs", "chen", "?"),
        ),
        (
            "Is Mt. Hood taller than Capt. Cook",
            ("is", "mt", "hood", "taller", "than", "capt", "cook"),
        ),
        # at the end or before a lowercase word: a real stop
        ("I live on Baker St.", ("i", "live", "on", "baker", "st", ".")),
        ("Go to St. ives", ("go", "to", "st", ".", "ives")),
        # not an abbreviation of the class, or not written capitalised: a real stop
        (
            "I went first. Moritz came later.",
            ("i", "went", "first", ".", "moritz", "came", "later", "."),
        ),
        ("Call me Jr. Then go.", ("call", "me", "jr", ".", "then", "go", ".")),
        ("ST. Moritz", ("st", ".", "moritz")),
        ("It is 3.5 kg. Ok", ("it", "is", "3", ".", "5", "kg", ".", "ok")),
        ("Don't I? Cannot.", ("do", "not", "i", "?", "can", "not", ".")),
    ],
)
def test_tokens_drop_an_abbreviations_stop_before_a_name(
    source: str, expected: tuple[str, ...]
) -> None:
    assert tokens(source) == expected


def test_tokens_read_an_abbreviated_name_as_written_without_its_stop() -> None:
    for name in ("St. Moritz", "Dr. Patel", "Mt. Hood", "Mrs. Smith", "Prof. Lee", "Ft. Worth"):
        plain = name.replace(".", "")
        assert tokens(f"Is {name} near?") == tokens(f"Is {plain} near?"), name
    # a comparative's sides traded are refused (by the comparatives, not the roles)
    cfg = replace(VerifyConfig(), classifier=False)
    pair = ("Is Mt. Hood taller than Mt. Adams?", "Is Mt. Adams taller than Mt. Hood?")
    for x, y in (pair, pair[::-1]):
        assert not verify(x, y, 0.97, cfg).accept


@pytest.mark.parametrize(
    ("form", "stem"),
    [
        # an irregular ending after a verb prefix of the closed class: the prefixed verb
        ("underpaid", "underpay"),
        ("misled", "mislead"),
        ("outran", "outrun"),
        ("withheld", "withhold"),
        ("led", "lead"),
        # the same letters ending a regular verb or a noun: no irregular form (review of role
        # pass 195: "hauled" was read as "hau" + "led" -> "haulead", so "haul" never matched)
        ("hauled", "haul"),
        ("pulled", "pull"),
        ("called", "call"),
        ("present", "present"),
        ("veteran", "veteran"),
    ],
)
def test_stem_reads_an_irregular_ending_only_after_a_verb_prefix(form: str, stem: str) -> None:
    assert _stem(form) == stem


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Does the truck driver need a licence to haul a trailer?",
            "Does the trailer need a licence to be hauled by a truck?",
        ),
        (
            "Does the tractor driver need a permit to pull a wagon?",
            "Does the wagon need a permit to be pulled by a tractor?",
        ),
    ],
)
def test_regular_verbs_ending_in_led_are_read_in_the_passive(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert roles.role_swap(parse(x), parse(y))


# Role pass 137 (blind rounds 276-278): the wh-phrase the object of a place preposition after a
# passive on one side and the passive's subject on the other ("Which N should X be V-ed behind?"
# / "Which N should be V-ed behind X?") and the object of "be supposed / going ... to V" against
# its doer ("Who is X supposed to V?" / "Who is supposed to V X?"): widened
# ``questions.wh_transposed``; the source asked against the copier ("Whose N did X V its M
# from?" / "Which N V-ed its M from X?": new ``questions.whose_source_traded``).
HUNDRED_THIRTY_EIGHTH_ROUNDS = [
    (
        "Which unit should the horses be placed behind, the band or the floats?",
        "Which unit should be placed behind the horses, the band or the floats?",
        0.984,
    ),
    (
        "Who is the parade marshal supposed to follow, the police escort or the color guard?",
        "Who is supposed to follow the parade marshal, the police escort or the color guard?",
        0.989,
    ),
    (
        "Whose float did the winning Rose Parade entry copy its design from?",
        "Which float copied its design from the winning Rose Parade entry?",
        0.965,
    ),
]

HUNDRED_THIRTY_EIGHTH_SWAPPED = [
    # "Which N should X be V-ed P?" / "Which N should be V-ed P X?"
    (
        "Which truck should the van be parked behind?",
        "Which truck should be parked behind the van?",
    ),
    (
        "Which box should the lamp be stored under?",
        "Which box should be stored under the lamp?",
    ),
    (
        "Which painting should the mirror be hung above?",
        "Which painting should be hung above the mirror?",
    ),
    # "Who is X supposed / going to V?" / "Who is supposed / going to V X?"
    (
        "Who is the new nurse supposed to assist?",
        "Who is supposed to assist the new nurse?",
    ),
    (
        "Who is the babysitter supposed to call?",
        "Who is supposed to call the babysitter?",
    ),
    (
        "Who is the rookie cop going to replace?",
        "Who is going to replace the rookie cop?",
    ),
    # "Whose N did X V its M from?" / "Which N V-ed its M from X?"
    (
        "Whose app did the new startup copy its layout from?",
        "Which app copied its layout from the new startup?",
    ),
    (
        "Whose website did the local bakery copy its layout from?",
        "Which website copied its layout from the local bakery?",
    ),
]

HUNDRED_THIRTY_EIGHTH_SAME = [
    # a place true both ways round, the preposition moved before the wh-phrase
    (
        "Which team should the seniors be seated next to?",
        "Which team should be seated next to the seniors?",
    ),
    (
        "Which table should the guests be seated next to?",
        "Which table should be seated next to the guests?",
    ),
    (
        "Which shelf should the jars be placed behind?",
        "Behind which shelf should the jars be placed?",
    ),
    (
        "Which car should the trailer be parked behind?",
        "Behind which car should the trailer be parked?",
    ),
    # "be supposed to V" said with "should", the same one asked about
    (
        "Who is the new nurse supposed to assist?",
        "Who should the new nurse assist?",
    ),
    (
        "Who is the intern supposed to report to?",
        "Who should the intern report to?",
    ),
    # the same source asked with "which N's M"
    (
        "Whose app did the startup copy its layout from?",
        "Which app's layout did the startup copy?",
    ),
    (
        "Whose float did the winning Rose Parade entry copy its design from?",
        "Which float's design did the winning Rose Parade entry copy?",
    ),
]


# Role pass 132 (blind rounds 270-272): who adjusts to whom with a duty said on one side only
# ("when X V-s to her" / "when she has to V to X": widened ``dropped.perfect_dropped``); the
# teacher and the learner traded around a preposition said before "whom" ("From whom did X learn
# N?" / "Who learned N from X?": new ``questions.pied_whom_said_stranded``); the one taken from
# and the one handed to ("From whom did X get its N?" / "To whom did X give its N?": new
# ``handed.asked_source_made_receiver``).
HUNDRED_THIRTY_THIRD_ROUNDS = [
    (
        "What should a fiddler do when a harmonica player tunes to her?",
        "What should a fiddler do when she has to tune to a harmonica player?",
        0.954,
    ),
    (
        "From whom did Beto Perez learn the dance moves he put into Zumba?",
        "Who learned the dance moves in Zumba from Beto Perez?",
        0.942,
    ),
    (
        "From whom did the Jim Kweskin Jug Band get its washtub bass?",
        "To whom did the Jim Kweskin Jug Band give its washtub bass?",
        0.989,
    ),
]

HUNDRED_THIRTY_THIRD_SWAPPED = [
    # "when X V-s P her" / "when she has to V P X"
    (
        "What should a new hire do when a coworker reports to her?",
        "What should a new hire do when she has to report to a coworker?",
    ),
    (
        "What should a tenant do when the landlord writes to him?",
        "What should a tenant do when he has to write to the landlord?",
    ),
    (
        "What should a nurse do when a patient's family member yells at her?",
        "What should a nurse do when she has to yell at a patient's family member?",
    ),
    # "From whom did X learn N?" / "Who learned N from X?"
    (
        "From whom did Serena Williams learn tennis?",
        "Who learned tennis from Serena Williams?",
    ),
    # "From whom did X V1 its N?" / "To whom did X V2 its N?", pied or stranded
    (
        "From whom did the bakery borrow its oven?",
        "To whom did the bakery lend its oven?",
    ),
    (
        "Who did the library get its rare books from?",
        "Who did the library give its rare books to?",
    ),
]

HUNDRED_THIRTY_THIRD_SAME = [
    # the preposition before "whom" or left at the end: the same question
    (
        "From whom did Bob Ross learn to paint?",
        "Who did Bob Ross learn to paint from?",
    ),
    (
        "From whom did the museum buy its Picasso?",
        "Who did the museum buy its Picasso from?",
    ),
    (
        "To whom did the museum sell its Picasso?",
        "Who did the museum sell its Picasso to?",
    ),
    # another verb for the same act, the same "from"
    (
        "From whom did the museum buy its Picasso?",
        "From whom did the museum purchase its Picasso?",
    ),
    # the duty said on one side, the same one adjusting
    (
        "What should a new hire do when a coworker reports to her?",
        "What should a new hire do when a coworker has to report to her?",
    ),
    (
        "What should a pitcher do when he has to adjust to the catcher?",
        "What should a pitcher do when he needs to adjust to the catcher?",
    ),
    (
        "What should a pitcher do when the catcher adjusts to him?",
        "What should a pitcher do when the catcher has to adjust to him?",
    ),
]


def test_hundred_thirteenth_pass_leaves_one_agent_and_one_owner_alone() -> None:
    # an agent noun said another way ("the fiddler's" / "the fiddle player's") names the same
    # one (the pair is refused on its words, not its roles); "our N" against "we" is left, the
    # group "we" often are
    for pair in (
        (
            "How do I tell the sound engineer that the banjo is too loud in the fiddler's monitor?",
            "How do I tell the sound guy the banjo's too loud in the fiddle player's monitor?",
        ),
        (
            "What does a bluegrass band's fiddler do while the banjo takes a break?",
            "While the banjo is taking a break, what does the fiddler in a bluegrass band do?",
        ),
    ):
        assert agent_said_thing(*map(parse, pair)) is None
        assert agent_said_thing(*map(parse, pair[::-1])) is None
    ours = (
        "Our company is being sued by a former client",
        "We're being sued by our company's former client",
    )
    assert not victim_owner_traded(*map(parse, ours))
    assert not victim_owner_traded(*map(parse, ours[::-1]))


def test_hundred_fifteenth_pass_leaves_the_unflipped_shapes() -> None:
    # the same owner after V ("ask my boss to work from home" often says "may I"), the asker's N
    # on both sides ("get my car washed" / "wash my car"), a C of permission ("allowed to"):
    # these pairs are left to the other rules and the classifier
    for pair in (
        (
            "How do I ask my boss if I can work from home?",
            "How do I ask my boss to work from home?",
        ),
        ("How do I get my car washed?", "How do I wash my car?"),
        ("Is my son allowed to stay home alone?", "Am I allowed to let my son stay home alone?"),
    ):
        for reader in (wanted_doer_changed, got_done_active, let_object_made_subject):
            assert not reader(*map(parse, pair)), (reader, pair)
            assert not reader(*map(parse, pair[::-1])), (reader, pair)


def test_hundred_twelfth_pass_leaves_the_phrases_moved_with_their_prepositions() -> None:
    # each phrase moved with its preposition keeps who did it (the pair is refused by the verb
    # table's reading, not by this reader); "with" is not read as the other party
    for pair in (
        (
            "Is a check written by my tenant to her landlord still valid?",
            "Is a check written to her landlord by my tenant still valid?",
        ),
        (
            "Is a song recorded by my uncle with his band on Spotify?",
            "Is a song recorded with my uncle by his band on Spotify?",
        ),
    ):
        assert not prepositions_traded(*map(parse, pair))
        assert not prepositions_traded(*map(parse, pair[::-1]))


def test_hundred_eleventh_pass_keeps_the_doer_said_another_way() -> None:
    # "who gets caught V-ing another man's X" / "caught V-ing someone else's X": the same doer
    # (the pair is refused on its words, not its roles)
    kept = (
        "What happens to a lobsterman who gets caught hauling another man's traps?",
        "What happens to a lobsterman caught hauling someone else's traps?",
    )
    for x, y in (kept, kept[::-1]):
        assert not roles.role_swap(parse(x), parse(y))


# Role pass 105 (blind round 237): the same words with who does what to whom traded. "X V-s ...
# in front of me" / "I V ... in front of another X" (``exchange`` reads "a N" and "another N" as
# one participant); "the N that the M N V-ed" / "the M N that V-ed another N" (``relative_events``
# tells one noun apart by its modifiers); "feed my X Y food" / "feed my Y X food"
# (``datives.compound_receiver_traded``, new); "I'm hiring a N to V my X" / "I'm a N hired to V
# someone's X" (``askers`` ends the asker's role at a past participle).
HUNDRED_SIXTH_ROUNDS = [
    (
        "When a boat tacks too close in front of me and we collide, who's at fault?",
        "When I tack too close in front of another boat and we collide, who's at fault?",
        0.980,
    ),
    (
        "Is the boat that the leeward boat luffed into the mark entitled to redress?",
        "Is the leeward boat that luffed another boat into the mark entitled to redress?",
        0.983,
    ),
    (
        "Is it safe to feed my chickens tilapia guts?",
        "Is it safe to feed my tilapia chicken guts?",
        0.977,
    ),
    (
        "I'm hiring a consultant to design my aquaponics system. What should I ask them?",
        "I'm a consultant hired to design someone's aquaponics system. What should I ask them?",
        0.969,
    ),
]

HUNDRED_SIXTH_SWAPPED = [
    # "a N V-s ... me" / "I V ... another N"
    (
        "When a cyclist cuts in front of me and we crash, who pays?",
        "When I cut in front of another cyclist and we crash, who pays?",
    ),
    (
        "If a skier crashes into me on the slope, who is liable?",
        "If I crash into another skier on the slope, who is liable?",
    ),
    # "the M N that V-ed another N" / "the N that the M N V-ed"
    (
        "Can the bigger dog that bit another dog be quarantined?",
        "Can the dog that the bigger dog bit be quarantined?",
    ),
    (
        "Is the older student that bullied another student allowed to switch classes?",
        "Is the student that the older student bullied allowed to switch classes?",
    ),
    # "V my R M H" / "V my M R H"
    ("Can I give my cat dog treats?", "Can I give my dog cat treats?"),
    (
        "Is it okay to feed my horses cattle pellets?",
        "Is it okay to feed my cattle horse pellets?",
    ),
    # "I'm hiring a N to V my X" / "I'm a N hired to V someone's X"
    (
        "I'm hiring a photographer to shoot my wedding. What should I ask?",
        "I'm a photographer hired to shoot someone's wedding. What should I ask?",
    ),
    (
        "I'm hiring a tutor for my son. What should I expect?",
        "I'm a tutor hired for someone's son. What should I expect?",
    ),
]

HUNDRED_SIXTH_SAME = [
    # the other party the doer both ways, "a N" / "another N"
    (
        "When a boat tacks too close in front of me and we collide, who's at fault?",
        "If another boat tacks too close in front of me and we collide, who is at fault?",
    ),
    (
        "When a cyclist cuts in front of me and we crash, who pays?",
        "If another cyclist cuts in front of me and we crash, who pays?",
    ),
    (
        "When I cut in front of a cyclist and we crash, who pays?",
        "When I cut in front of another cyclist and we crash, who pays?",
    ),
    # the head the patient both ways, the relative word dropped
    (
        "Is the dog that the bigger dog bit allowed at the park?",
        "Is the dog the bigger dog bit allowed at the park?",
    ),
    # the receiver the receiver both ways, said with "to"
    (
        "Is it safe to feed my chickens tilapia guts?",
        "Can I safely feed tilapia guts to my chickens?",
    ),
    ("Can I give my cat dog treats?", "Can I give dog treats to my cat?"),
    # the asker the hirer, or the one hired, both ways
    (
        "I'm hiring a consultant to design my aquaponics system. What should I ask them?",
        "What should I ask a consultant I'm hiring to design my aquaponics system?",
    ),
    (
        "I'm a consultant hired to design someone's aquaponics system. What should I ask them?",
        (
            "I was hired as a consultant to design someone's aquaponics system. "
            "What should I ask them?"
        ),
    ),
]


# Role pass 107 (blind round 240): "stop X from V-ing every time I W" / "stop V-ing every time X
# W-s" (``wanted.told_turned_round``, widened to the asker's "I" said for X, its verb agreeing);
# "V my N to X" / "V X's N (for my Y)" (``whose_object.object_owner_traded``, widened to an owner
# the "my N" side gives the N to, a genitive of four words); "ask X to let me V him" / "for X to
# ask to V me" (``relinked.let_dropped``, widened to a four-word X).
HUNDRED_EIGHTH_ROUNDS = [
    (
        "How do I stop my mom from worrying every time I chase storms?",
        "How do I stop worrying every time my mom chases storms?",
        0.955,
    ),
    (
        "How do I stop my wife from panicking when I drive in snow?",
        "How do I stop panicking when my wife drives in snow?",
        0.983,
    ),
    (
        "How do I stop my dad from nagging whenever I cook?",
        "How do I stop nagging whenever my dad cooks?",
        0.962,
    ),
    (
        "How do I license my tornado video to a local news station?",
        "How do I license a local news station's tornado video for my channel?",
        0.976,
    ),
    (
        "How do I license my song to a TV show?",
        "How do I license a TV show's song for my podcast?",
        0.874,
    ),
    (
        "How do I rent my truck to a neighbor?",
        "How do I rent a neighbor's truck for my move?",
        0.959,
    ),
    (
        "Is it rude to ask a more experienced chaser to let me follow him on a chase?",
        "Is it rude for a more experienced chaser to ask to follow me on a chase?",
        0.961,
    ),
    (
        "Is it rude to ask my boss to let me shadow her?",
        "Is it rude for my boss to ask to shadow me?",
        0.887,
    ),
]

HUNDRED_EIGHTH_SWAPPED = [
    # "stop X from V-ing every time I W" / "stop V-ing every time X W-s"
    (
        "How do I stop my roommate from complaining every time I have guests over?",
        "How do I stop complaining every time my roommate has guests over?",
    ),
    (
        "How do I stop my son from getting anxious whenever I travel for work?",
        "How do I stop getting anxious whenever my son travels for work?",
    ),
    # "V my N to X" / "V X's N (for my Y)"
    ("Can I sublet my apartment to a friend?", "Can I sublet a friend's apartment?"),
    (
        "How do I lease my parking spot to a neighbor?",
        "How do I lease a neighbor's parking spot for my car?",
    ),
    # "ask X to let me V him" / "for X to ask to V me"
    (
        "Is it okay to ask a senior engineer to let me shadow him for a week?",
        "Is it okay for a senior engineer to ask to shadow me for a week?",
    ),
    (
        "Is it rude to ask a neighbor to let me borrow his ladder?",
        "Is it rude for a neighbor to ask to borrow my ladder?",
    ),
]

HUNDRED_EIGHTH_SAME = [
    # the same one stopped, the asker's own clause after it kept
    (
        "How do I stop my mom from worrying every time I chase storms?",
        "How do I keep my mom from worrying every time I chase storms?",
    ),
    (
        "How do I stop my sister from borrowing my clothes every time I go out?",
        "How do I keep my sister from borrowing my clothes every time I go out?",
    ),
    # the asker's N given to the same receiver both ways
    (
        "How do I license my tornado video to a local news station?",
        "What's the process for licensing my tornado video to a local news station?",
    ),
    ("Can I sublet my apartment to a friend?", "Can I sublet my apartment to a friend of mine?"),
    # the asker asks to be let V both ways
    (
        "Is it rude to ask a more experienced chaser to let me follow him on a chase?",
        "Is it rude to ask a more experienced chaser if I can follow him on a chase?",
    ),
    (
        "Is it rude to ask my boss to let me shadow her?",
        "Is it rude to ask my boss if I can shadow her?",
    ),
]


# Role pass 108 (blind round 240): who feels it traded with the voice of a gerund, "S M V-ing O"
# / "O M being V-ed by S" (``infinitive_voice.infinitive_voice_traded``, widened from "to V" /
# "to be V-ed by"); "Which N P the M did X V P2 from?" / "Which N P the M V-ed P2 from X?"
# (``questions.which_said_who``, widened to a place phrase after the head); "the N S V-ed" /
# "the M who V-ed S as a N" (``heads.head_traded``, widened to the head named as the object's
# role).
HUNDRED_NINTH_ROUNDS = [
    (
        "My 14-year-old is bored tutoring his 8-year-old brother in science; any tips?",
        "My 8-year-old is bored being tutored in science by his 14-year-old brother; any tips?",
        0.981,
    ),
    (
        "My daughter is tired of babysitting her little cousin",
        "My little cousin is tired of being babysat by my daughter",
        0.749,
    ),
    (
        "My son hates coaching his younger teammate",
        "My son's younger teammate hates being coached by him",
        0.949,
    ),
    (
        "Which kid in the co-op did my son copy his science fair project from?",
        "Which kid in the co-op copied his science fair project from my son?",
        0.982,
    ),
    (
        "Which student did my daughter borrow the notes from?",
        "Which student borrowed the notes from my daughter?",
        0.976,
    ),
    (
        "The commission painter I hired wants me to pay shipping both ways; is that normal?",
        "The client who hired me as a commission painter wants me to pay shipping both ways; "
        "is that normal?",
        0.975,
    ),
    (
        "The contractor I hired wants me to buy the materials",
        "The homeowner who hired me as a contractor wants me to buy the materials",
        0.890,
    ),
]

HUNDRED_NINTH_SWAPPED = [
    # "S M V-ing O" / "O M being V-ed by S"
    (
        "My coworker is tired of training the new hire",
        "The new hire is tired of being trained by my coworker",
    ),
    (
        "My mom hates driving my grandpa to appointments",
        "My grandpa hates being driven to appointments by my mom",
    ),
    (
        "My sister dreads interviewing the new nanny tomorrow",
        "The new nanny dreads being interviewed by my sister tomorrow",
    ),
    # "Which N P the M did X V O from?" / "Which N P the M V-ed O from X?"
    (
        "Which neighbor on our street did my dad borrow the ladder from?",
        "Which neighbor on our street borrowed the ladder from my dad?",
    ),
    (
        "Which vendor at the market did my wife buy the honey from?",
        "Which vendor at the market bought the honey from my wife?",
    ),
    # "the N S V-ed" / "the M who V-ed S as a N"
    (
        "The tutor we hired wants us to buy the workbook",
        "The family that hired us as tutors wants us to buy the workbook",
    ),
    (
        "The dog walker I hired asked me to pay in cash; is that okay?",
        "The couple who hired me as a dog walker asked me to pay in cash; is that okay?",
    ),
]

HUNDRED_NINTH_SAME = [
    # the same one feels it, in the same voice ("being" / "getting", the phrase moved)
    (
        "My little cousin is tired of being babysat by my daughter",
        "My little cousin is tired of getting babysat by my daughter",
    ),
    (
        "My 8-year-old is bored being tutored in science by his 14-year-old brother",
        "My 8-year-old is bored being tutored by his 14-year-old brother in science",
    ),
    ("My son hates coaching his younger teammate", "My son hates to coach his younger teammate"),
    (
        "My coworker is tired of training the new hire",
        "My coworker is tired of having to train the new hire",
    ),
    # the preposition moved before "which": the same source asked
    (
        "Which kid in the co-op did my son copy his science fair project from?",
        "From which kid in the co-op did my son copy his science fair project?",
    ),
    (
        "Which neighbor on our street did my dad borrow the ladder from?",
        "From which neighbor on our street did my dad borrow the ladder?",
    ),
    # the asker the hirer both ways; the role given to the head both ways
    (
        "The commission painter I hired wants me to pay shipping both ways; is that normal?",
        "The commission painter I hired is asking me to pay shipping both ways; is that normal?",
    ),
    (
        "The homeowner who hired me as a contractor wants me to buy the materials",
        "The homeowner that hired me as a contractor wants me to buy the materials",
    ),
]


# Role pass 91 (blind rounds 218-220): who acts and who the follow-up asks about traded together
# (``asked_party.doer_asked_traded``), whose conduct an "Is it ADJ (for X) to" frame judges
# traded though the act read stays the asker's (``followed.judged_doer_traded``).
NINETY_SECOND_ROUNDS = [
    (
        "My roller derby league wants to merge with a bigger league. Will we lose our name?",
        "A bigger roller derby league wants to merge into ours. Will they lose their name?",
        0.929,
    ),
    (
        "Is it rude to pass a slower skater on the inside at the rink?",
        "Is it rude for a slower skater to let me pass on the inside at the rink?",
        0.973,
    ),
]

NINETY_SECOND_SWAPPED = [
    # "My N V-s P a M. Will we ...?" / "A M V-s P ours. Will they ...?"
    (
        "My book club wants to join a bigger club. Will we have to change our meeting night?",
        "A bigger book club wants to join ours. Will they have to change their meeting night?",
    ),
    (
        "Our small church wants to absorb a struggling congregation. Will we keep our pastor?",
        "A struggling congregation wants to absorb our small church. Will they keep their pastor?",
    ),
    (
        "I'm taking over a coworker's accounts. Will I get a raise?",
        "A coworker is taking over my accounts. Will he get a raise?",
    ),
    (
        "If our gym merges with a bigger chain, will we lose our members?",
        "If a bigger chain merges with our gym, will they lose their members?",
    ),
    # "Is it ADJ to V X" / "Is it ADJ for X to let me V", "for X to V me"
    (
        "Is it okay to skip ahead of an elderly shopper at the checkout?",
        "Is it okay for an elderly shopper to let me skip ahead at the checkout?",
    ),
    (
        "Is it rude to cut ahead of a slower hiker on the trail?",
        "Is it rude for a slower hiker to let me cut ahead on the trail?",
    ),
    (
        "Is it weird to text my manager on weekends?",
        "Is it weird for my manager to text me on weekends?",
    ),
    (
        "Is it normal to correct my teacher in class?",
        "Is it normal for my teacher to correct me in class?",
    ),
]

NINETY_SECOND_SAME = [
    (
        "My league wants to merge with a bigger league. Will we lose our name?",
        "If our league merges into a bigger one, will we lose our name?",
    ),
    (
        "My book club wants to join a bigger club. Will we have to change our meeting night?",
        "If our book club joins a bigger club, will we have to change our meeting night?",
    ),
    # the same party asked about on both sides
    (
        "Our book club wants to join a bigger club. Will we have to change our meeting night?",
        "My book club wants to join a larger club. Will we have to change our meeting night?",
    ),
    (
        "A bigger book club wants to join ours. Will we have to change our meeting night?",
        "A larger book club wants to join ours. Will we have to change our meeting night?",
    ),
    (
        "Is it rude to pass a slower skater on the inside?",
        "Is passing a slower skater on the inside rude?",
    ),
    # "for me to": the asker's conduct on both sides
    (
        "Is it rude for me to pass a slower skater on the inside?",
        "Is it rude to pass a slower skater on the inside?",
    ),
    (
        "Is it okay for me to skip ahead of an elderly shopper at the checkout?",
        "Is it okay to skip ahead of an elderly shopper at the checkout?",
    ),
    (
        "Is it normal to correct my teacher in class?",
        "Is it normal for me to correct my teacher during class?",
    ),
]


# Role pass 97 (blind rounds 227-228): the asker's own leave, "(Can / Should) I let Y V" and "Is
# it ADJ to let Y V", read as "Y V" / "for Y to V" (``relinked.let_dropped``), so whose child
# uses whose thing is read across the two frames; the second pair is no role swap but a number
# word made a plural noun, "the ones" / "the twos" (``rules.number_nouns_changed``, read by
# ``rules.number_mismatch``), refused below the shipped cut too.
NINETY_EIGHTH_ROUNDS = [
    (
        "Is it okay to let my friend's teenager use our hot tub unsupervised?",
        "Is it okay for my teenager to use my friend's hot tub unsupervised?",
        0.971,
    ),
    (
        "In an improper contra, are the ones the couple that starts crossed over?",
        "In an improper contra, are the twos the couple that starts crossed over?",
        0.972,
    ),
]

NINETY_EIGHTH_SWAPPED = [
    # "(Can / Should) I let my X's N V our M" / "(Can / Should) my N V my X's M"
    (
        "Can I let my coworker's son borrow our car this weekend?",
        "Can my son borrow my coworker's car this weekend?",
    ),
    (
        "Should I let my roommate's cat sleep in our bedroom?",
        "Should my cat sleep in my roommate's bedroom?",
    ),
    # "Is it ADJ to let my X's N V our M" / "Is it ADJ for my N to V my X's M"
    (
        "Is it okay to let my neighbor's kids swim in our pool?",
        "Is it okay for my kids to swim in my neighbor's pool?",
    ),
    (
        "Is it rude to let my friend's toddler play with our dog?",
        "Is it rude for my toddler to play with my friend's dog?",
    ),
    # a number word as a plural noun, another on the other side
    (
        "In square dancing, are the ones the head couples?",
        "In square dancing, are the threes the head couples?",
    ),
    (
        "In a contra dance, do the twos wait out at the top?",
        "In a contra dance, do the ones wait out at the top?",
    ),
    ("Should I pay the babysitter in twenties?", "Should I pay the babysitter in tens?"),
    (
        "Do the sixes go in the top row of the egg carton?",
        "Do the fives go in the top row of the egg carton?",
    ),
]

NINETY_EIGHTH_SAME = [
    # the one let is the same user of the same owner's thing
    (
        "Can I let my neighbor's kid ride our trampoline?",
        "Can my neighbor's kid ride our trampoline?",
    ),
    (
        "Is it okay to let my friend's teenager use our hot tub unsupervised?",
        "Is it okay for my friend's teenager to use our hot tub unsupervised?",
    ),
    (
        "Should we let our dog sleep in my parents' guest room?",
        "Should our dog sleep in my parents' guest room?",
    ),
    ("Can I let them use our pool?", "Can they use our pool?"),
    # the same number noun, the same group; one more said on one side only ("the ones that")
    (
        "are the ones the couple that starts crossed over?",
        "do the ones start crossed over?",
    ),
    (
        "Do the ones or the twos start crossed over?",
        "Do the twos or the ones start crossed over?",
    ),
    ("Do the twos start crossed over?", "Are the twos the ones that start crossed over?"),
    (
        "In square dancing, are the ones the head couples?",
        "In square dancing, are couple one the head couple?",
    ),
]


# Role pass 96 (blind rounds 227-228): a member of the asker's group, "one of my Ns" / "a N of
# mine", read as "my N" and "one of my Ns' M" as "my N's M" (``traded.people_traded``: the doer
# and the owner traded), and the asker's noun read as the head of a longer description, "I'm a
# M N1 whose N2 V-ed me" / "I'm a M N2 who V-ed my N1" (``hopped.self_traded``).
NINETY_SEVENTH_ROUNDS = [
    (
        "One of my students broke my ukulele during a lesson. Who should pay for the repair?",
        "I broke one of my students' ukuleles during a lesson. Who should pay for the repair?",
        0.981,
    ),
    (
        "I'm a piping teacher whose student just beat me at the Highland games."
        " How do I handle it gracefully?",
        "I'm a piping student who just beat my teacher at the Highland games."
        " How do I handle it gracefully?",
        0.983,
    ),
]

NINETY_SEVENTH_SWAPPED = [
    # "One of my Ns V-ed my T" / "I V-ed one of my Ns' T-s"; "A N of mine V-ed my T" / "I V-ed a
    # N's T"
    (
        "One of my clients broke my laptop at the office. Who should pay to fix it?",
        "I broke one of my clients' laptops at the office. Who should pay to fix it?",
    ),
    (
        "One of my roommates tore my jacket at a party. Who should pay to replace it?",
        "I tore one of my roommates' jackets at a party. Who should pay to replace it?",
    ),
    (
        "One of my campers broke my fishing rod at the lake. Who should replace it?",
        "I broke one of my campers' fishing rods at the lake. Who should replace it?",
    ),
    (
        "A bandmate of mine broke my guitar at the gig. Who should pay for the repair?",
        "I broke a bandmate's guitar at the gig. Who should pay for the repair?",
    ),
    # "I'm a M N1 whose N2 V-ed me" / "I'm a M N2 who V-ed my N1"
    (
        "I'm a yoga instructor whose student injured me during a class. Am I liable?",
        "I'm a yoga student who injured my instructor during a class. Am I liable?",
    ),
    (
        "I'm a dance teacher whose student reported me to the studio owner. What should I do?",
        "I'm a dance student who reported my teacher to the studio owner. What should I do?",
    ),
    (
        "I'm a guitar mentor whose mentee publicly corrected me. How should I take it?",
        "I'm a guitar mentee who publicly corrected my mentor. How should I take it?",
    ),
    (
        "I'm a chess coach whose player beat me in a tournament. How should I react?",
        "I'm a chess player who beat my coach in a tournament. How should I react?",
    ),
]

NINETY_SEVENTH_SAME = [
    # the same member doing it, in the other voice or said "a N of mine"
    (
        "One of my students broke my ukulele during a lesson. Who should pay for the repair?",
        "My ukulele was broken by one of my students during a lesson."
        " Who should pay for the repair?",
    ),
    (
        "One of my guests spilled wine on my rug. Who should pay for cleaning?",
        "A guest of mine spilled wine on my rug. Who should pay for cleaning?",
    ),
    (
        "A coworker of mine scratched my car in the parking lot. Who pays for the repair?",
        "One of my coworkers scratched my car in the parking lot. Who pays for the repair?",
    ),
    (
        "One of my roommates dented my bike while moving furniture. Should they pay for it?",
        "My bike was dented by one of my roommates while moving furniture. Should they pay for it?",
    ),
    # the asker the same N1 ("whose N2" is the asker's N2), the N2 doing it
    (
        "I'm a teacher whose student beat me. How do I handle it gracefully?",
        "As a teacher, I just got beaten by my own student. How do I handle it gracefully?",
    ),
    (
        "I'm a swim coach whose swimmer outraced me in practice. How should I react?",
        "I'm a swim coach and my swimmer outraced me in practice. How should I react?",
    ),
    (
        "I'm a dance teacher whose student reported me to the studio owner. What should I do?",
        "I'm a dance teacher, and a student of mine reported me to the studio owner."
        " What should I do?",
    ),
    (
        "I'm a guitar teacher whose student beat me in a contest. How do I handle it?",
        "I'm a guitar teacher who was beaten by my student in a contest. How do I handle it?",
    ),
]


# Role pass 93 (blind rounds 224-226): the thing a verb places or changes and where it goes
# traded around a preposition of placement or change, determiners and owners moving with them
# and a follow-up naming the lower layer (``layers.placed_traded``, read by ``role_swap``).
NINETY_FOURTH_ROUNDS = [
    (
        "Can I put Resolene over leather dye once the dye is dry?",
        "Can I put leather dye over Resolene once the Resolene is dry?",
        0.988,
    ),
    (
        "How do I transfer my typewritten pages into a Word document?",
        "How do I transfer a Word document onto typewritten pages?",
        0.976,
    ),
]

NINETY_FOURTH_SWAPPED = [
    # "V X over Y once the Y is done" / "V Y over X once the X is done"
    (
        "Can I wear compression socks over nylon tights once the tights are on?",
        "Can I wear nylon tights over compression socks once the socks are on?",
    ),
    (
        "Can I apply sunscreen over retinol cream once the cream is absorbed?",
        "Can I apply retinol cream over sunscreen once the sunscreen is absorbed?",
    ),
    (
        "Can I lay laminate over vinyl flooring once the flooring is cleaned?",
        "Can I lay vinyl flooring over laminate once the laminate is cleaned?",
    ),
    (
        "Can I pour ganache over buttercream frosting once the frosting is set?",
        "Can I pour buttercream frosting over ganache once the ganache is set?",
    ),
    # "V my X into / to Y" / "V a Y onto / into my X": the source and the target traded
    (
        "How do I move my Spotify playlists into Apple Music?",
        "How do I move Apple Music onto my Spotify playlists?",
    ),
    (
        "How do I copy my vacation photos onto a USB stick?",
        "How do I copy a USB stick into my vacation photos?",
    ),
    (
        "How do I transfer my contacts to a new iPhone?",
        "How do I transfer a new iPhone into my contacts?",
    ),
    # "under" on both sides: the lower layer traded
    (
        "Should I put the mattress topper under the fitted sheet?",
        "Should I put the fitted sheet under the mattress topper?",
    ),
]

NINETY_FOURTH_SAME = [
    # the clause moved and the lower layer said by a pronoun: the same layers
    (
        "Can I put Resolene over leather dye once the dye is dry?",
        "Once the leather dye is dry, can I put Resolene over it?",
    ),
    (
        "Can I put a topcoat over the stain once the stain is dry?",
        "Once the stain is dry, can I put a topcoat over it?",
    ),
    (
        "Can I lay laminate over vinyl flooring once the flooring is cleaned?",
        "Once the vinyl flooring is cleaned, can I lay laminate over it?",
    ),
    (
        "Can I apply sunscreen over moisturizer once the moisturizer has soaked in?",
        "Once the moisturizer has soaked in, can I apply sunscreen over it?",
    ),
    (
        "Can I paint over primer once the primer is dry?",
        "Can I paint over the primer once it's dry?",
    ),
    # a determiner dropped, another preposition of the same class: the same source and target
    (
        "How do I transfer my typewritten pages into a Word document?",
        "How do I transfer typewritten pages into a Word document?",
    ),
    (
        "How do I copy my vacation photos onto a USB stick?",
        "How do I copy my vacation photos to a USB stick?",
    ),
    (
        "How do I move my Spotify playlists into Apple Music?",
        "How can I move my Spotify playlists over to Apple Music?",
    ),
]


# Role pass 94 (blind rounds 224-226): verbs of sending ("ship / mail / post / hand / deliver /
# return") read by the directed verbs table, "X V-ed my N back" / "I V-ed my N to X" (the
# sender traded); the table's reading made to end a noun phrase before a time word or a
# participle ("to my neighbor last week", "to the nibmeister uninsured"), to read "back" and
# "it" before a "to" phrase, "have N V-ed" as a passive and "a two-handed N" as no verb; the
# two acts told both ways round with a pronoun for the other party are left.
NINETY_FIFTH_ROUNDS = [
    (
        "The nibmeister shipped my pen back uninsured and it got lost; can I make him pay?",
        "I shipped my pen to the nibmeister uninsured and it got lost; can I make him pay?",
        0.981,
    ),
    (
        "The seller mailed my refund check and it got lost",
        "I mailed the seller a check and it got lost",
        0.887,
    ),
    (
        "The repair shop sent my laptop back by courier and it broke",
        "I sent my laptop to the repair shop by courier and it broke",
        0.956,
    ),
    ("my landlord returned my keys", "I returned my keys to my landlord", 0.970),
]

NINETY_FIFTH_SWAPPED = [
    # "X shipped my N back" / "I shipped my N to X"
    (
        "The camera shop shipped my lens back and it arrived cracked; who pays for it?",
        "I shipped my lens to the camera shop and it arrived cracked; who pays for it?",
    ),
    (
        "The watchmaker shipped my watch back and it stopped working. Can I get a refund?",
        "I shipped my watch to the watchmaker and it stopped working. Can I get a refund?",
    ),
    # "X mailed / posted my N (back)" / "I mailed / posted my N to X"
    (
        "My landlord mailed my deposit check and it never arrived. What should I do?",
        "I mailed my deposit check to my landlord and it never arrived. What should I do?",
    ),
    (
        "The tailor mailed my wedding dress back and it arrived torn. Who is responsible?",
        "I mailed my wedding dress to the tailor and it arrived torn. Who is responsible?",
    ),
    (
        "The university posted my original documents back and they got lost."
        " Can I claim compensation?",
        "I posted my original documents to the university and they got lost."
        " Can I claim compensation?",
    ),
    # "X handed / returned my N (back)" / "I handed / returned my N to X", a time word after X
    (
        "My neighbor handed my spare key back last week; should I change the locks?",
        "I handed my spare key to my neighbor last week; should I change the locks?",
    ),
    (
        "The mechanic returned my car with a new scratch. Can I make him pay?",
        "I returned my car to the mechanic with a new scratch. Can I make him pay?",
    ),
]

NINETY_FIFTH_SAME = [
    ("The nibmeister shipped my pen back", "My pen was shipped back by the nibmeister"),
    (
        "My landlord mailed my deposit check and it never arrived. What should I do?",
        "My deposit check was mailed by my landlord and it never arrived. What should I do?",
    ),
    (
        "The watchmaker shipped my watch back and it stopped working. Can I get a refund?",
        "The watchmaker shipped back my watch and it stopped working. Can I get a refund?",
    ),
    (
        "I shipped my lens to the camera shop and it arrived cracked; who pays for it?",
        "I shipped the camera shop my lens and it arrived cracked; who pays for it?",
    ),
    (
        "The tailor mailed my wedding dress back and it arrived torn. Who is responsible?",
        "The tailor mailed my wedding dress back to me and it arrived torn. Who is responsible?",
    ),
    (
        "My neighbor handed my spare key back last week; should I change the locks?",
        "My neighbor handed back my spare key last week; should I change the locks?",
    ),
    # "have N V-ed" is N undergoing it; "a two-handed N" no verb
    (
        "Can a birthday cake be delivered to a hospital room?",
        "Is it possible to have a birthday cake delivered to a hospital room?",
    ),
    (
        "Is a one-handed catch harder to teach than a two-handed one?",
        "Is it harder to teach a one handed catch than a two handed catch?",
    ),
]


def test_ninety_fifth_pass_reads_the_sender_only() -> None:
    # role pass 94: the pairs the brief keeps served that are refused on their words (a
    # "without" / "uninsured" said apart) trade no one; the two acts told both ways round,
    # the other party a pronoun on one side, trade no one either; one sender on each side,
    # the other party a pronoun, stays a trade
    kept = [
        (
            "The nibmeister shipped my pen back uninsured and it got lost; can I make him pay?",
            "My pen got lost because the nibmeister sent it back without insurance."
            " Can I make him pay?",
        ),
        (
            "I shipped my pen to the nibmeister uninsured and it got lost",
            "I mailed my pen to the nibmeister without insurance and it was lost",
        ),
        (
            "I mailed my watch to the watchmaker and he mailed it back",
            "The watchmaker mailed my watch back after I mailed it to him",
        ),
        (
            "Can I have a package for my guest delivered to my locker?",
            "Is it possible to have my guest's package delivered to my locker?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        assert not roles.role_swap(parse(x), parse(y)), (x, y)
    traded = ("He sent my pen to the nibmeister", "The nibmeister sent my pen to him")
    assert roles.role_swap(*map(parse, traded))
    assert roles.role_swap(*map(parse, traded[::-1]))


# Role pass 86 (blind rounds 212-214): the frames that ask leave to act read as their doer and
# the rest, so a rewrite to "Can you / Can I" no longer hides the doer traded
# (``followed.frame_subject_said``), "V her N" read as "V N for her" against "V' N for X"
# (``benefactive.mine_said_for_me``), the owners traded inside one reported clause
# (``embedded.reported_holder_traded``).
EIGHTY_SEVENTH_ROUNDS = [
    (
        "My daughter referees games for kids older than her. Is that allowed?",
        "Kids older than my daughter referee her games. Is that allowed?",
        0.966,
    ),
    (
        "Is the teen referee I mentor allowed to evaluate me?",
        "Am I allowed to evaluate the teen referee I mentor?",
        0.983,
    ),
    (
        "Is it okay to record the session leader without asking?",
        "Is it okay for the session leader to record me without asking?",
        0.954,
    ),
    (
        "How do I tell the other family in our nanny share that their kid is hitting mine?",
        "How do I respond when the other family in our nanny share says my kid is hitting theirs?",
        0.932,
    ),
]

EIGHTY_SEVENTH_SWAPPED = [
    # "X V-s N for M older than X" / "M older than X V X's N"
    (
        "My wife organizes parties for friends older than her. Is that weird?",
        "Friends older than my wife organize her parties. Is that weird?",
    ),
    (
        "My brother cleans houses for people richer than him. Is that normal?",
        "People richer than my brother clean his houses. Is that normal?",
    ),
    # "Is the N I V allowed to V2 me?" / "Am I allowed to V2 the N I V?", "Can I V2 ...?"
    (
        "Is the new intern I supervise allowed to review me?",
        "Am I allowed to review the new intern I supervise?",
    ),
    (
        "Is the night shift nurse I train allowed to evaluate me?",
        "Can I evaluate the night shift nurse I train?",
    ),
    # "Is it okay to V X" / "Is it okay for X to V me"
    (
        "Is it okay to film the tour guide without asking?",
        "Is it okay for the tour guide to film me without asking?",
    ),
    (
        "Is it okay to text the babysitter late at night?",
        "Is it okay for the babysitter to text me late at night?",
    ),
    # "tell X that her N V-ed mine" / "X says my N V-ed hers"
    (
        "How do I tell my neighbor that her dog bit mine?",
        "What do I do when my neighbor says my dog bit hers?",
    ),
    (
        "How do I tell my coworker his music is louder than mine?",
        "What do I say when my coworker says my music is louder than his?",
    ),
]

EIGHTY_SEVENTH_SAME = [
    (
        "Is it okay to record the session leader without asking?",
        "Can I record the session leader without asking?",
    ),
    (
        "Is the teen referee I mentor allowed to evaluate me?",
        "Can the teen referee I mentor evaluate me?",
    ),
    (
        "Kids older than my daughter referee her games. Is that allowed?",
        "Kids older than my daughter referee games for her. Is that allowed?",
    ),
    (
        "How do I tell my neighbor that her dog bit mine?",
        "How can I tell my neighbor her dog bit mine?",
    ),
    ("Is it rude to text my boss late?", "Is it rude for me to text my boss late?"),
    ("Am I allowed to record my boss?", "Is it okay for me to record my boss?"),
    ("Is it okay for my kids to use my car?", "Are my kids allowed to use my car?"),
    ("Is my landlord allowed to enter my apartment?", "Can my landlord enter my apartment?"),
]


# Role pass 87 (blind rounds 212-214): "a M whose N is X" against "the N to / of the M X" (X the
# N on one side, the M on the other: ``moved.whose_relation_asked``), the main doer and a
# contact relative's doer traded after "starts V-ing" / "want to V" and "with the N"
# (``relative_events.main_and_relative_doers_traded``), a possessive chain turned round with
# its end named back by "his N" (``party_readings.pronoun_owner_named``), and the subject's
# owner made the subject with the asker's place made the old subject's
# (``owner_doer.owner_became_doer``).
EIGHTY_EIGHTH_ROUNDS = [
    (
        "What's a good crossword clue whose answer is OREO?",
        "What's the answer to the crossword clue 'Oreo'?",
        0.938,
    ),
    (
        "What's the etiquette when a stranger starts helping with the public jigsaw I'm doing"
        " at the library?",
        "What's the etiquette if I want to help a stranger with the public jigsaw they're doing"
        " at the library?",
        0.963,
    ),
    (
        "Was it wrong that my son's friend's mom took my son on the Zipper without asking me?",
        "Was it wrong that I took my son's friend on the Zipper without asking his mom?",
        0.974,
    ),
    (
        "Can my au pair's boyfriend stay overnight at our house?",
        "Can our au pair stay overnight at her boyfriend's house?",
        0.919,
    ),
]

EIGHTY_EIGHTH_SWAPPED = [
    # "a M whose N is X" / "the N to / of the M X"
    ("What's a movie whose sequel is Aliens?", "What's the sequel to the movie Aliens?"),
    (
        "What's a dish whose main ingredient is tofu?",
        "What's the main ingredient of the dish tofu?",
    ),
    # "X starts V-ing with the N I'm V2-ing" / "I want to V X with the N they're V2-ing"
    (
        "What should I do when a coworker starts helping with the report I'm writing?",
        "What should I do if I want to help a coworker with the report they're writing?",
    ),
    (
        "What if my brother keeps helping with the car I'm fixing?",
        "What if I keep helping my brother with the car he's fixing?",
    ),
    # "my A's B's C V-ed my A ... me" / "I V-ed my A's B ... his C"
    (
        "Was it okay that my daughter's friend's dad drove my daughter home without telling me?",
        "Was it okay that I drove my daughter's friend home without telling her dad?",
    ),
    (
        "Is it rude that my wife's coworker's husband invited my wife to dinner without asking me?",
        "Is it rude that I invited my wife's coworker to dinner without asking her husband?",
    ),
    # "Can my X's Y V at our N?" / "Can our X V at her Y's N?"
    (
        "Can my son's girlfriend sleep over at our apartment?",
        "Can our son sleep over at his girlfriend's apartment?",
    ),
    (
        "Can my nanny's daughter stay the weekend at our place?",
        "Can our nanny stay the weekend at her daughter's place?",
    ),
]

EIGHTY_EIGHTH_SAME = [
    # a relation true both ways round: the opposite of X is the word whose opposite is X
    ("What's a word whose opposite is 'hot'?", "What's the opposite of the word 'hot'?"),
    ("What's a movie whose sequel is Aliens?", "Which movie has Aliens as its sequel?"),
    # the same person named by a pronoun and by the noun, or told again
    (
        "I want to help a stranger with the jigsaw they're doing.",
        "I want to help a stranger with the jigsaw the stranger is doing.",
    ),
    (
        "What if my brother keeps helping with the car I'm fixing?",
        "What if my brother keeps helping me with the car I'm fixing?",
    ),
    (
        "Was it wrong that I took my son's friend on the ride without asking his mom?",
        "Was it wrong that I took my son's friend on the ride without asking my son's friend's"
        " mom?",
    ),
    (
        "Was it okay that my daughter's friend's dad drove my daughter home without telling me?",
        "Was it okay that my daughter's friend's dad drove her home without telling me?",
    ),
    (
        "Can my au pair's boyfriend stay overnight at our house?",
        "Is it okay if my au pair's boyfriend stays overnight at our house?",
    ),
    (
        "Can our au pair stay overnight at her boyfriend's house?",
        "Is it okay for our au pair to stay overnight at her boyfriend's house?",
    ),
]


# Role pass 77 (blind rounds 203-205): who holds a state traded between two people. "X has Y and I
# don't" / "I have Y and X doesn't" read by ``traded.people_traded`` (a follow-up's "help him with
# homework" no longer read as two people joined); a "with Y" phrase moved from a doer's noun to
# another person's (``states.attribute_moved``); the state said of one person in a noun phrase
# and of another anywhere else, "my dyslexic N" / "I'm dyslexic", "my dyslexic N" / "I'm a
# dyslexic N", "my dyslexic N's M" / "my N's dyslexic M" (``held.holder_changed``, read in
# ``states.state_traded``).
SEVENTY_EIGHTH_ROUNDS = [
    (
        "My son has dyslexia and I don't. How can I help him with homework?",
        "I have dyslexia and my son doesn't. How can I help him with homework?",
        0.991,
    ),
    (
        "How can a teacher with dyslexia help her students learn to read?",
        "How can a teacher help her students with dyslexia learn to read?",
        0.990,
    ),
    (
        "My dyslexic girlfriend gets upset when I correct her spelling. How should I handle it?",
        "I'm dyslexic and get upset when my girlfriend corrects my spelling."
        " How should I handle it?",
        0.966,
    ),
    (
        "My dyslexic son's younger sister has overtaken him in reading. How do I handle it?",
        "My son has overtaken his dyslexic younger sister in reading. How do I handle it?",
        0.982,
    ),
    (
        "My dyslexic boss sends messages full of typos. How do I handle it?",
        "I'm a dyslexic boss and my messages are full of typos. How do I handle it?",
        0.941,
    ),
]

SEVENTY_EIGHTH_SWAPPED = [
    # "X has Y and I don't" / "I have Y and X doesn't"
    (
        "My wife has celiac disease and I don't. Can we share a toaster?",
        "I have celiac disease and my wife doesn't. Can we share a toaster?",
    ),
    (
        "My roommate has a cat allergy and I don't. Can we adopt a kitten?",
        "I have a cat allergy and my roommate doesn't. Can we adopt a kitten?",
    ),
    # a "with Y" phrase moved from one person's noun to another's
    (
        "How can a nurse with diabetes care for her patients?",
        "How can a nurse care for her patients with diabetes?",
    ),
    (
        "How can a coach with asthma help his players train in the cold?",
        "How can a coach help his players with asthma train in the cold?",
    ),
    # "my ADJ N" against "I'm ADJ", the doer traded too
    (
        "My diabetic husband gets annoyed when I check his blood sugar. What should I do?",
        "I'm diabetic and get annoyed when my husband checks my blood sugar. What should I do?",
    ),
    (
        "My deaf roommate gets frustrated when I forget to text her. How can I fix this?",
        "I'm deaf and get frustrated when my roommate forgets to text me. How can I fix this?",
    ),
    # "my ADJ N's M" / "my N's ADJ M", who outgrows whom traded too
    (
        "My deaf daughter's younger brother has outgrown her in height. Is that normal?",
        "My daughter has outgrown her deaf younger brother in height. Is that normal?",
    ),
    # "my ADJ N" against "I'm a ADJ N"
    (
        "My vegan roommate cooks meals full of tofu. How do I handle it?",
        "I'm a vegan roommate and my meals are full of tofu. How do I handle it?",
    ),
]

SEVENTY_EIGHTH_SAME = [
    # the same person holding the state, said two ways
    (
        "My dyslexic son hates reading. What can I do?",
        "My son who has dyslexia hates reading. What can I do?",
    ),
    (
        "My son with dyslexia hates reading. What can I do?",
        "My son has dyslexia and hates reading. What can I do?",
    ),
    (
        "I'm dyslexic and my son isn't. Can I still help him learn to read?",
        "I have dyslexia but my son doesn't. Can I still help him learn to read?",
    ),
    (
        "How can a teacher with dyslexia help her students learn to read?",
        "How can a dyslexic teacher help her students learn to read?",
    ),
    (
        "As a deaf manager, how do I run team meetings?",
        "I'm a deaf manager. How do I run team meetings?",
    ),
    (
        "My wife is pregnant and gets tired when I cook fish. What should I do?",
        "My pregnant wife gets tired when I cook fish. What should I do?",
    ),
    (
        "My son is autistic and his teacher doesn't understand him. What can I do?",
        "My autistic son's teacher doesn't understand him. What can I do?",
    ),
    # the state shared
    (
        "My son and I both have asthma. Can we share an inhaler?",
        "I have asthma and so does my son. Can we share an inhaler?",
    ),
]


@pytest.mark.parametrize(
    ("reader", "rounds", "pairs", "same"),
    [
        (receiver_asked_sender, SIXTY_THIRD_ROUNDS[:1], SIXTY_THIRD_SWAPPED[:2], SIXTY_THIRD_SAME),
        (strong_passive_swap, SIXTY_THIRD_ROUNDS[1:2], SIXTY_THIRD_SWAPPED[2:5], SIXTY_THIRD_SAME),
        (theme_made_sender, SIXTY_THIRD_ROUNDS[2:3], SIXTY_THIRD_SWAPPED[5:7], SIXTY_THIRD_SAME),
        (deed_owner_traded, SIXTY_THIRD_ROUNDS[3:], SIXTY_THIRD_SWAPPED[7:], SIXTY_THIRD_SAME),
        (
            reduced_head_made_subject,
            SIXTY_FOURTH_ROUNDS[:1],
            SIXTY_FOURTH_SWAPPED[:3],
            SIXTY_FOURTH_SAME,
        ),
        (
            relative_doer_joined,
            SIXTY_FOURTH_ROUNDS[1:2],
            SIXTY_FOURTH_SWAPPED[3:5],
            SIXTY_FOURTH_SAME,
        ),
        (victim_owner_traded, SIXTY_FOURTH_ROUNDS[2:], SIXTY_FOURTH_SWAPPED[5:], SIXTY_FOURTH_SAME),
        (stemmed_passive_swap, SIXTY_FIFTH_ROUNDS[:2], SIXTY_FIFTH_SWAPPED[:4], SIXTY_FIFTH_SAME),
        (
            stranded_preposition_traded,
            SIXTY_FIFTH_ROUNDS[2:3],
            SIXTY_FIFTH_SWAPPED[4:7],
            SIXTY_FIFTH_SAME,
        ),
        (role_made_asker, SIXTY_FIFTH_ROUNDS[3:], SIXTY_FIFTH_SWAPPED[7:], SIXTY_FIFTH_SAME),
        (blamed_gerund_said, SIXTY_SIXTH_ROUNDS[:2], SIXTY_SIXTH_SWAPPED[:3], SIXTY_SIXTH_SAME),
        (
            controller_pronoun_said,
            SIXTY_SIXTH_ROUNDS[2:3],
            SIXTY_SIXTH_SWAPPED[3:5],
            SIXTY_SIXTH_SAME,
        ),
        (owners_crossed, SIXTY_SIXTH_ROUNDS[3:], SIXTY_SIXTH_SWAPPED[5:], SIXTY_SIXTH_SAME),
        (
            relative_roles_traded,
            SIXTY_SEVENTH_ROUNDS[:1],
            SIXTY_SEVENTH_SWAPPED[:3],
            SIXTY_SEVENTH_SAME,
        ),
        (
            catenative_dropped,
            SIXTY_SEVENTH_ROUNDS[1:],
            SIXTY_SEVENTH_SWAPPED[4:],
            SIXTY_SEVENTH_SAME,
        ),
        (beside_dropped, SIXTY_EIGHTH_ROUNDS[:1], SIXTY_EIGHTH_SWAPPED[:2], SIXTY_EIGHTH_SAME),
        (
            contact_heads_traded,
            SIXTY_EIGHTH_ROUNDS[1:2],
            SIXTY_EIGHTH_SWAPPED[2:5],
            SIXTY_EIGHTH_SAME,
        ),
        (
            preposed_whom_traded,
            SIXTY_EIGHTH_ROUNDS[2:],
            SIXTY_EIGHTH_SWAPPED[5:],
            SIXTY_EIGHTH_SAME,
        ),
        (mine_moved_across, SIXTY_NINTH_ROUNDS[:1], SIXTY_NINTH_SWAPPED[:3], SIXTY_NINTH_SAME),
        (
            verb_people_traded,
            SIXTY_NINTH_ROUNDS[1:2],
            SIXTY_NINTH_SWAPPED[3:6],
            SIXTY_NINTH_SAME,
        ),
        (whose_kin_moved, SIXTY_NINTH_ROUNDS[2:], SIXTY_NINTH_SWAPPED[6:], SIXTY_NINTH_SAME),
        (role_made_asker, SEVENTIETH_ROUNDS[:1], SEVENTIETH_SWAPPED[:3], SEVENTIETH_SAME),
        (
            genitive_moved_across,
            SEVENTIETH_ROUNDS[1:2],
            SEVENTIETH_SWAPPED[3:5],
            SEVENTIETH_SAME,
        ),
        (
            caused_motion_traded,
            SEVENTIETH_ROUNDS[2:3],
            SEVENTIETH_SWAPPED[5:8],
            SEVENTIETH_SAME,
        ),
        (
            pronoun_subject_named,
            SEVENTIETH_ROUNDS[3:],
            SEVENTIETH_SWAPPED[8:],
            SEVENTIETH_SAME,
        ),
        (
            receiver_asked_sender,
            SEVENTY_FIRST_ROUNDS,
            SEVENTY_FIRST_SWAPPED,
            SEVENTY_FIRST_SAME,
        ),
        (
            main_and_relative_doers_traded,
            SEVENTY_SECOND_ROUNDS[:1],
            SEVENTY_SECOND_SWAPPED[:3],
            SEVENTY_SECOND_SAME,
        ),
        (
            one_relative_said,
            SEVENTY_SECOND_ROUNDS[1:2],
            SEVENTY_SECOND_SWAPPED[3:6],
            SEVENTY_SECOND_SAME,
        ),
        (
            done_to_asker_traded,
            SEVENTY_SECOND_ROUNDS[2:],
            SEVENTY_SECOND_SWAPPED[6:],
            SEVENTY_SECOND_SAME,
        ),
        (
            party_owner_traded,
            SEVENTY_THIRD_ROUNDS[:1],
            SEVENTY_THIRD_SWAPPED[:3],
            SEVENTY_THIRD_SAME,
        ),
        (
            standalone_owned_said,
            SEVENTY_THIRD_ROUNDS[1:],
            SEVENTY_THIRD_SWAPPED[3:],
            SEVENTY_THIRD_SAME,
        ),
        (
            preposed_whom_traded,
            SEVENTY_FOURTH_ROUNDS,
            SEVENTY_FOURTH_SWAPPED,
            SEVENTY_FOURTH_SAME,
        ),
        (end_traded, SEVENTY_FIFTH_ROUNDS[:2], SEVENTY_FIFTH_SWAPPED[:3], SEVENTY_FIFTH_SAME),
        (
            states.state_traded,
            SEVENTY_FIFTH_ROUNDS[2:3],
            SEVENTY_FIFTH_SWAPPED[3:5],
            SEVENTY_FIFTH_SAME,
        ),
        (
            traded.people_traded,
            SEVENTY_FIFTH_ROUNDS[3:],
            SEVENTY_FIFTH_SWAPPED[5:],
            SEVENTY_FIFTH_SAME,
        ),
        (
            object_owner_traded,
            SEVENTY_SIXTH_ROUNDS[:1],
            SEVENTY_SIXTH_SWAPPED[:2],
            SEVENTY_SIXTH_SAME,
        ),
        (
            asker_role_traded,
            SEVENTY_SIXTH_ROUNDS[1:2],
            SEVENTY_SIXTH_SWAPPED[2:4],
            SEVENTY_SIXTH_SAME,
        ),
        (
            reporter_made_owner,
            SEVENTY_SIXTH_ROUNDS[2:3],
            SEVENTY_SIXTH_SWAPPED[4:6],
            SEVENTY_SIXTH_SAME,
        ),
        (
            mine_moved_across,
            SEVENTY_SIXTH_ROUNDS[3:],
            SEVENTY_SIXTH_SWAPPED[6:],
            SEVENTY_SIXTH_SAME,
        ),
        (
            whose_relation_asked,
            SEVENTY_SEVENTH_ROUNDS[:1],
            SEVENTY_SEVENTH_SWAPPED[:3],
            SEVENTY_SEVENTH_SAME,
        ),
        (
            party_made_asker,
            SEVENTY_SEVENTH_ROUNDS[1:2],
            SEVENTY_SEVENTH_SWAPPED[3:6],
            SEVENTY_SEVENTH_SAME,
        ),
        (
            got_from_given,
            SEVENTY_SEVENTH_ROUNDS[2:],
            SEVENTY_SEVENTH_SWAPPED[6:],
            SEVENTY_SEVENTH_SAME,
        ),
        (
            traded.people_traded,
            SEVENTY_EIGHTH_ROUNDS[:1],
            SEVENTY_EIGHTH_SWAPPED[:2],
            SEVENTY_EIGHTH_SAME,
        ),
        (
            states.state_traded,
            SEVENTY_EIGHTH_ROUNDS[1:],
            SEVENTY_EIGHTH_SWAPPED[2:],
            SEVENTY_EIGHTH_SAME,
        ),
        (role_made_asker, EIGHTIETH_ROUNDS[:1], EIGHTIETH_SWAPPED[:3], EIGHTIETH_SAME),
        (
            relative_predicate_traded,
            EIGHTIETH_ROUNDS[1:2],
            EIGHTIETH_SWAPPED[3:6],
            EIGHTIETH_SAME,
        ),
        (traded.people_traded, EIGHTIETH_ROUNDS[2:], EIGHTIETH_SWAPPED[6:], EIGHTIETH_SAME),
        (
            party_made_asker,
            SEVENTY_NINTH_ROUNDS[:1],
            SEVENTY_NINTH_SWAPPED[:2],
            SEVENTY_NINTH_SAME,
        ),
        (
            want_turned_round,
            SEVENTY_NINTH_ROUNDS[1:2],
            SEVENTY_NINTH_SWAPPED[2:4],
            SEVENTY_NINTH_SAME,
        ),
        (
            caused_motion_traded,
            SEVENTY_NINTH_ROUNDS[2:3],
            SEVENTY_NINTH_SWAPPED[4:6],
            SEVENTY_NINTH_SAME,
        ),
        (
            traded.people_traded,
            SEVENTY_NINTH_ROUNDS[3:],
            SEVENTY_NINTH_SWAPPED[6:],
            SEVENTY_NINTH_SAME,
        ),
        (
            roles.general_swap,
            EIGHTY_FIRST_ROUNDS[:2],
            EIGHTY_FIRST_SWAPPED[:4],
            EIGHTY_FIRST_SAME,
        ),
        (
            quoted_said_content,
            EIGHTY_FIRST_ROUNDS[2:],
            EIGHTY_FIRST_SWAPPED[4:],
            EIGHTY_FIRST_SAME,
        ),
        (
            party_made_asker,
            EIGHTY_SECOND_ROUNDS[:1],
            EIGHTY_SECOND_SWAPPED[:3],
            EIGHTY_SECOND_SAME,
        ),
        (
            caused_doer_traded,
            EIGHTY_SECOND_ROUNDS[1:2],
            EIGHTY_SECOND_SWAPPED[3:6],
            EIGHTY_SECOND_SAME,
        ),
        (
            object_changed,
            EIGHTY_SECOND_ROUNDS[2:],
            EIGHTY_SECOND_SWAPPED[6:],
            EIGHTY_SECOND_SAME,
        ),
        (
            party_made_asker,
            EIGHTY_THIRD_ROUNDS[:1],
            EIGHTY_THIRD_SWAPPED[:4],
            EIGHTY_THIRD_SAME,
        ),
        (
            condition_party_changed,
            EIGHTY_THIRD_ROUNDS[1:],
            EIGHTY_THIRD_SWAPPED[4:],
            EIGHTY_THIRD_SAME,
        ),
        (
            states.state_traded,
            EIGHTY_FOURTH_ROUNDS[:1],
            EIGHTY_FOURTH_SWAPPED[:3],
            EIGHTY_FOURTH_SAME,
        ),
        (
            let_user_traded,
            EIGHTY_FOURTH_ROUNDS[1:2],
            EIGHTY_FOURTH_SWAPPED[3:5],
            EIGHTY_FOURTH_SAME,
        ),
        (
            party_made_asker,
            EIGHTY_FOURTH_ROUNDS[2:],
            EIGHTY_FOURTH_SWAPPED[5:],
            EIGHTY_FOURTH_SAME,
        ),
        (second_clause, EIGHTY_FIFTH_ROUNDS[:1], EIGHTY_FIFTH_SWAPPED[:2], EIGHTY_FIFTH_SAME),
        (
            which_said_who,
            EIGHTY_FIFTH_ROUNDS[1:2],
            EIGHTY_FIFTH_SWAPPED[2:3],
            EIGHTY_FIFTH_SAME,
        ),
        (wh_transposed, [], EIGHTY_FIFTH_SWAPPED[3:4], EIGHTY_FIFTH_SAME),
        (
            own_owner_dropped,
            EIGHTY_FIFTH_ROUNDS[2:3],
            EIGHTY_FIFTH_SWAPPED[4:5],
            EIGHTY_FIFTH_SAME,
        ),
        (
            reported_holder_traded,
            EIGHTY_FIFTH_ROUNDS[3:4],
            EIGHTY_FIFTH_SWAPPED[5:7],
            EIGHTY_FIFTH_SAME,
        ),
        (self_traded, EIGHTY_FIFTH_ROUNDS[4:], EIGHTY_FIFTH_SWAPPED[7:], EIGHTY_FIFTH_SAME),
        (
            states.state_traded,
            EIGHTY_SIXTH_ROUNDS[:1],
            EIGHTY_SIXTH_SWAPPED[:2],
            EIGHTY_SIXTH_SAME,
        ),
        (
            roles.general_swap,
            EIGHTY_SIXTH_ROUNDS[1:2],
            EIGHTY_SIXTH_SWAPPED[2:4],
            EIGHTY_SIXTH_SAME,
        ),
        (
            owners_crossed,
            EIGHTY_SIXTH_ROUNDS[2:3],
            EIGHTY_SIXTH_SWAPPED[4:6],
            EIGHTY_SIXTH_SAME,
        ),
        (
            contrasted_verbs_traded,
            EIGHTY_SIXTH_ROUNDS[3:],
            EIGHTY_SIXTH_SWAPPED[6:],
            EIGHTY_SIXTH_SAME,
        ),
        (
            mine_said_for_me,
            EIGHTY_SEVENTH_ROUNDS[:1],
            EIGHTY_SEVENTH_SWAPPED[:2],
            EIGHTY_SEVENTH_SAME,
        ),
        (
            frame_subject_said,
            EIGHTY_SEVENTH_ROUNDS[2:3],
            EIGHTY_SEVENTH_SWAPPED[3:6],
            EIGHTY_SEVENTH_SAME,
        ),
        (
            reported_holder_traded,
            EIGHTY_SEVENTH_ROUNDS[3:],
            EIGHTY_SEVENTH_SWAPPED[6:],
            EIGHTY_SEVENTH_SAME,
        ),
        (relative_traded, NINETIETH_ROUNDS[:1], NINETIETH_SWAPPED[:2], NINETIETH_SAME),
        (elided_expanded, NINETIETH_ROUNDS[1:2], NINETIETH_SWAPPED[2:4], NINETIETH_SAME),
        (party_made_asker, NINETIETH_ROUNDS[2:3], NINETIETH_SWAPPED[4:6], NINETIETH_SAME),
        (member_became_doer, NINETIETH_ROUNDS[3:], NINETIETH_SWAPPED[6:], NINETIETH_SAME),
        (party_made_asker, NINETY_THIRD_ROUNDS, NINETY_THIRD_SWAPPED, NINETY_THIRD_SAME),
        (relative_voice_traded, HUNDREDTH_ROUNDS[:2], HUNDREDTH_SWAPPED[:4], HUNDREDTH_SAME),
        (
            feeling_holder_traded,
            HUNDREDTH_ROUNDS[2:3],
            HUNDREDTH_SWAPPED[4:6],
            HUNDREDTH_SAME,
        ),
        (
            relative_doer_changed,
            HUNDREDTH_ROUNDS[3:],
            HUNDREDTH_SWAPPED[6:],
            HUNDREDTH_SAME,
        ),
        (
            subset_reversed,
            NINETY_NINTH_ROUNDS[:2],
            NINETY_NINTH_SWAPPED[:4],
            NINETY_NINTH_SAME,
        ),
        (
            given_away_traded,
            NINETY_NINTH_ROUNDS[2:3],
            NINETY_NINTH_SWAPPED[4:6],
            NINETY_NINTH_SAME,
        ),
        (
            learned_from_traded,
            NINETY_NINTH_ROUNDS[3:],
            NINETY_NINTH_SWAPPED[6:],
            NINETY_NINTH_SAME,
        ),
        (
            got_from_given,
            NINETY_FIRST_ROUNDS[:1],
            NINETY_FIRST_SWAPPED[:4],
            NINETY_FIRST_SAME,
        ),
        (
            party_owner_traded,
            NINETY_FIRST_ROUNDS[1:],
            NINETY_FIRST_SWAPPED[4:],
            NINETY_FIRST_SAME,
        ),
        (
            doer_asked_traded,
            NINETY_SECOND_ROUNDS[:1],
            NINETY_SECOND_SWAPPED[:4],
            NINETY_SECOND_SAME,
        ),
        (
            judged_doer_traded,
            NINETY_SECOND_ROUNDS[1:],
            NINETY_SECOND_SWAPPED[4:],
            NINETY_SECOND_SAME,
        ),
        (let_dropped, NINETY_EIGHTH_ROUNDS[:1], NINETY_EIGHTH_SWAPPED[:4], NINETY_EIGHTH_SAME),
        (
            rules.number_nouns_changed,
            NINETY_EIGHTH_ROUNDS[1:],
            NINETY_EIGHTH_SWAPPED[4:],
            NINETY_EIGHTH_SAME,
        ),
        (
            traded.people_traded,
            NINETY_SEVENTH_ROUNDS[:1],
            NINETY_SEVENTH_SWAPPED[:4],
            NINETY_SEVENTH_SAME,
        ),
        (
            self_traded,
            NINETY_SEVENTH_ROUNDS[1:],
            NINETY_SEVENTH_SWAPPED[4:],
            NINETY_SEVENTH_SAME,
        ),
        (roles.role_swap, NINETY_FIFTH_ROUNDS, NINETY_FIFTH_SWAPPED, NINETY_FIFTH_SAME),
        (
            chain_owner_collapsed,
            NINETY_SIXTH_ROUNDS[:1],
            NINETY_SIXTH_SWAPPED[:4],
            NINETY_SIXTH_SAME,
        ),
        (
            erring_party_traded,
            NINETY_SIXTH_ROUNDS[1:],
            NINETY_SIXTH_SWAPPED[4:],
            NINETY_SIXTH_SAME,
        ),
        (
            perfect_dropped,
            EIGHTY_NINTH_ROUNDS[:1],
            EIGHTY_NINTH_SWAPPED[:2],
            EIGHTY_NINTH_SAME,
        ),
        (
            reported_holder_traded,
            EIGHTY_NINTH_ROUNDS[1:3],
            EIGHTY_NINTH_SWAPPED[2:6],
            EIGHTY_NINTH_SAME,
        ),
        (
            host_said_let,
            EIGHTY_NINTH_ROUNDS[3:],
            EIGHTY_NINTH_SWAPPED[6:],
            EIGHTY_NINTH_SAME,
        ),
        (
            whose_relation_asked,
            EIGHTY_EIGHTH_ROUNDS[:1],
            EIGHTY_EIGHTH_SWAPPED[:2],
            EIGHTY_EIGHTH_SAME,
        ),
        (
            main_and_relative_doers_traded,
            EIGHTY_EIGHTH_ROUNDS[1:2],
            EIGHTY_EIGHTH_SWAPPED[2:4],
            EIGHTY_EIGHTH_SAME,
        ),
        (
            pronoun_owner_named,
            EIGHTY_EIGHTH_ROUNDS[2:3],
            EIGHTY_EIGHTH_SWAPPED[4:6],
            EIGHTY_EIGHTH_SAME,
        ),
        (owner_doer_swap, EIGHTY_EIGHTH_ROUNDS[3:], EIGHTY_EIGHTH_SWAPPED[6:], EIGHTY_EIGHTH_SAME),
        (placed_traded, NINETY_FOURTH_ROUNDS, NINETY_FOURTH_SWAPPED, NINETY_FOURTH_SAME),
        (
            doer_owner_traded,
            HUNDRED_FIRST_ROUNDS[:1],
            HUNDRED_FIRST_SWAPPED[:4],
            HUNDRED_FIRST_SAME,
        ),
        (
            pronoun_dropped,
            HUNDRED_FIRST_ROUNDS[1:],
            HUNDRED_FIRST_SWAPPED[4:],
            HUNDRED_FIRST_SAME,
        ),
        (own_dropped, HUNDRED_FIRST_ROUNDS[1:], HUNDRED_FIRST_SWAPPED[6:], HUNDRED_FIRST_SAME),
        (
            relative_voice_traded,
            HUNDRED_SECOND_ROUNDS,
            HUNDRED_SECOND_SWAPPED,
            HUNDRED_SECOND_SAME,
        ),
        (
            relative_roles_traded,
            HUNDRED_THIRD_ROUNDS[:1],
            HUNDRED_THIRD_SWAPPED[:2],
            HUNDRED_THIRD_SAME,
        ),
        (
            whose_phrase_traded,
            HUNDRED_THIRD_ROUNDS[1:3],
            HUNDRED_THIRD_SWAPPED[2:4],
            HUNDRED_THIRD_SAME,
        ),
        (
            which_said_who,
            HUNDRED_THIRD_ROUNDS[3:5],
            HUNDRED_THIRD_SWAPPED[4:6],
            HUNDRED_THIRD_SAME,
        ),
        (
            doer_receiver_traded,
            HUNDRED_THIRD_ROUNDS[5:],
            HUNDRED_THIRD_SWAPPED[6:],
            HUNDRED_THIRD_SAME,
        ),
        (
            which_head_traded,
            HUNDRED_FOURTH_ROUNDS[:3],
            HUNDRED_FOURTH_SWAPPED[:4],
            HUNDRED_FOURTH_SAME,
        ),
        (
            done_to_asker_traded,
            HUNDRED_FOURTH_ROUNDS[3:],
            HUNDRED_FOURTH_SWAPPED[4:],
            HUNDRED_FOURTH_SAME,
        ),
        (
            phrases.phrases_exchanged,
            HUNDRED_FIFTH_ROUNDS[:2],
            HUNDRED_FIFTH_SWAPPED[:5],
            HUNDRED_FIFTH_SAME,
        ),
        (by_made_object, HUNDRED_FIFTH_ROUNDS[2:], HUNDRED_FIFTH_SWAPPED[5:], HUNDRED_FIFTH_SAME),
        (
            unowned_said_mine,
            HUNDRED_SEVENTH_ROUNDS[:1],
            HUNDRED_SEVENTH_SWAPPED[:2],
            HUNDRED_SEVENTH_SAME,
        ),
        (
            role_made_asker,
            HUNDRED_SEVENTH_ROUNDS[1:2],
            HUNDRED_SEVENTH_SWAPPED[2:5],
            HUNDRED_SEVENTH_SAME,
        ),
        (
            trade_sentence,
            HUNDRED_SEVENTH_ROUNDS[2:],
            HUNDRED_SEVENTH_SWAPPED[5:],
            HUNDRED_SEVENTH_SAME,
        ),
        (
            relative_voice_traded,
            HUNDRED_TENTH_ROUNDS[:1],
            HUNDRED_TENTH_SWAPPED[:2],
            HUNDRED_TENTH_SAME,
        ),
        (converse_verb, HUNDRED_TENTH_ROUNDS[1:2], HUNDRED_TENTH_SWAPPED[2:4], HUNDRED_TENTH_SAME),
        (head_traded, HUNDRED_TENTH_ROUNDS[2:], HUNDRED_TENTH_SWAPPED[4:], HUNDRED_TENTH_SAME),
        (general_swap, HUNDRED_SIXTH_ROUNDS[:1], HUNDRED_SIXTH_SWAPPED[:2], HUNDRED_SIXTH_SAME),
        (
            relative_roles_traded,
            HUNDRED_SIXTH_ROUNDS[1:2],
            HUNDRED_SIXTH_SWAPPED[2:4],
            HUNDRED_SIXTH_SAME,
        ),
        (
            compound_receiver_traded,
            HUNDRED_SIXTH_ROUNDS[2:3],
            HUNDRED_SIXTH_SWAPPED[4:6],
            HUNDRED_SIXTH_SAME,
        ),
        (
            asker_role_traded,
            HUNDRED_SIXTH_ROUNDS[3:],
            HUNDRED_SIXTH_SWAPPED[6:],
            HUNDRED_SIXTH_SAME,
        ),
        (
            told_turned_round,
            HUNDRED_EIGHTH_ROUNDS[:3],
            HUNDRED_EIGHTH_SWAPPED[:2],
            HUNDRED_EIGHTH_SAME,
        ),
        (
            object_owner_traded,
            HUNDRED_EIGHTH_ROUNDS[3:6],
            HUNDRED_EIGHTH_SWAPPED[2:4],
            HUNDRED_EIGHTH_SAME,
        ),
        (
            let_dropped,
            HUNDRED_EIGHTH_ROUNDS[6:],
            HUNDRED_EIGHTH_SWAPPED[4:],
            HUNDRED_EIGHTH_SAME,
        ),
        (
            infinitive_voice_traded,
            HUNDRED_NINTH_ROUNDS[:3],
            HUNDRED_NINTH_SWAPPED[:3],
            HUNDRED_NINTH_SAME,
        ),
        (
            which_said_who,
            HUNDRED_NINTH_ROUNDS[3:5],
            HUNDRED_NINTH_SWAPPED[3:5],
            HUNDRED_NINTH_SAME,
        ),
        (head_traded, HUNDRED_NINTH_ROUNDS[5:], HUNDRED_NINTH_SWAPPED[5:], HUNDRED_NINTH_SAME),
        (
            subject_object_inverted,
            HUNDRED_ELEVENTH_ROUNDS[:2],
            HUNDRED_ELEVENTH_SWAPPED[:2],
            HUNDRED_ELEVENTH_SAME,
        ),
        (
            whose_passive_traded,
            HUNDRED_ELEVENTH_ROUNDS[2:4],
            HUNDRED_ELEVENTH_SWAPPED[2:4],
            HUNDRED_ELEVENTH_SAME,
        ),
        (
            chain_owner_collapsed,
            HUNDRED_ELEVENTH_ROUNDS[4:5],
            HUNDRED_ELEVENTH_SWAPPED[4:6],
            HUNDRED_ELEVENTH_SAME,
        ),
        (
            relative_owned_traded,
            HUNDRED_ELEVENTH_ROUNDS[7:],
            HUNDRED_ELEVENTH_SWAPPED[6:],
            HUNDRED_ELEVENTH_SAME,
        ),
        (
            prepositions_traded,
            HUNDRED_TWELFTH_ROUNDS,
            HUNDRED_TWELFTH_SWAPPED,
            HUNDRED_TWELFTH_SAME,
        ),
        (
            victim_owner_traded,
            HUNDRED_THIRTEENTH_ROUNDS[0:1] + HUNDRED_THIRTEENTH_ROUNDS[3:5],
            HUNDRED_THIRTEENTH_SWAPPED[0:4],
            HUNDRED_THIRTEENTH_SAME,
        ),
        (
            modifiers_exchanged,
            HUNDRED_THIRTEENTH_ROUNDS[1:2],
            HUNDRED_THIRTEENTH_SWAPPED[4:6],
            HUNDRED_THIRTEENTH_SAME,
        ),
        (
            agent_said_thing,
            HUNDRED_THIRTEENTH_ROUNDS[2:3] + HUNDRED_THIRTEENTH_ROUNDS[5:],
            HUNDRED_THIRTEENTH_SWAPPED[6:],
            HUNDRED_THIRTEENTH_SAME,
        ),
        (
            doer_made_undergoer,
            HUNDRED_FOURTEENTH_ROUNDS[:3],
            HUNDRED_FOURTEENTH_SWAPPED[:3],
            HUNDRED_FOURTEENTH_SAME,
        ),
        (
            relative_voice_traded,
            HUNDRED_FOURTEENTH_ROUNDS[3:7],
            HUNDRED_FOURTEENTH_SWAPPED[3:5],
            HUNDRED_FOURTEENTH_SAME,
        ),
        (
            trade_sentence,
            HUNDRED_FOURTEENTH_ROUNDS[7:8],
            HUNDRED_FOURTEENTH_SWAPPED[5:],
            HUNDRED_FOURTEENTH_SAME,
        ),
        (
            wanted_doer_changed,
            HUNDRED_FIFTEENTH_ROUNDS[:3],
            HUNDRED_FIFTEENTH_SWAPPED[:3],
            HUNDRED_FIFTEENTH_SAME,
        ),
        (
            got_done_active,
            HUNDRED_FIFTEENTH_ROUNDS[3:6],
            HUNDRED_FIFTEENTH_SWAPPED[3:6],
            HUNDRED_FIFTEENTH_SAME,
        ),
        (
            let_object_made_subject,
            HUNDRED_FIFTEENTH_ROUNDS[6:8],
            HUNDRED_FIFTEENTH_SWAPPED[6:],
            HUNDRED_FIFTEENTH_SAME,
        ),
        (
            product_made_party,
            HUNDRED_SIXTEENTH_ROUNDS[:1],
            HUNDRED_SIXTEENTH_SWAPPED[:2],
            HUNDRED_SIXTEENTH_SAME,
        ),
        (
            by_relative_said,
            HUNDRED_SIXTEENTH_ROUNDS[1:2],
            HUNDRED_SIXTEENTH_SWAPPED[2:4],
            HUNDRED_SIXTEENTH_SAME,
        ),
        (
            clause_swap,
            HUNDRED_SIXTEENTH_ROUNDS[2:3],
            HUNDRED_SIXTEENTH_SWAPPED[4:6],
            HUNDRED_SIXTEENTH_SAME,
        ),
        (
            want_turned_round,
            HUNDRED_SIXTEENTH_ROUNDS[3:],
            HUNDRED_SIXTEENTH_SWAPPED[6:],
            HUNDRED_SIXTEENTH_SAME,
        ),
        (
            prepositions_traded,
            HUNDRED_SEVENTEENTH_ROUNDS[:1],
            HUNDRED_SEVENTEENTH_SWAPPED[:4],
            HUNDRED_SEVENTEENTH_SAME,
        ),
        (
            object_owner_traded,
            HUNDRED_SEVENTEENTH_ROUNDS[1:],
            HUNDRED_SEVENTEENTH_SWAPPED[4:],
            HUNDRED_SEVENTEENTH_SAME,
        ),
        (
            one_relative_said,
            HUNDRED_EIGHTEENTH_ROUNDS[:1],
            HUNDRED_EIGHTEENTH_SWAPPED[:4],
            HUNDRED_EIGHTEENTH_SAME,
        ),
        (
            served_owner_traded,
            HUNDRED_EIGHTEENTH_ROUNDS[1:],
            HUNDRED_EIGHTEENTH_SWAPPED[4:],
            HUNDRED_EIGHTEENTH_SAME,
        ),
        (
            relative_voice_traded,
            HUNDRED_NINETEENTH_ROUNDS[:1],
            HUNDRED_NINETEENTH_SWAPPED[:2],
            HUNDRED_NINETEENTH_SAME,
        ),
        (
            whose_relation_asked,
            HUNDRED_NINETEENTH_ROUNDS[1:2],
            HUNDRED_NINETEENTH_SWAPPED[2:5],
            HUNDRED_NINETEENTH_SAME,
        ),
        (
            whose_place_traded,
            HUNDRED_NINETEENTH_ROUNDS[2:],
            HUNDRED_NINETEENTH_SWAPPED[5:],
            HUNDRED_NINETEENTH_SAME,
        ),
        (
            wh_transposed,
            HUNDRED_TWENTIETH_ROUNDS[:2],
            HUNDRED_TWENTIETH_SWAPPED[:5],
            HUNDRED_TWENTIETH_SAME,
        ),
        (
            whose_relation_asked,
            HUNDRED_TWENTIETH_ROUNDS[2:],
            HUNDRED_TWENTIETH_SWAPPED[5:],
            HUNDRED_TWENTIETH_SAME,
        ),
        (
            wanted_doer_changed,
            HUNDRED_TWENTY_FIRST_ROUNDS[:1],
            HUNDRED_TWENTY_FIRST_SWAPPED[:2],
            HUNDRED_TWENTY_FIRST_SAME,
        ),
        (
            party_made_asker,
            HUNDRED_TWENTY_FIRST_ROUNDS[1:2],
            HUNDRED_TWENTY_FIRST_SWAPPED[2:4],
            HUNDRED_TWENTY_FIRST_SAME,
        ),
        (
            caused_group_traded,
            HUNDRED_TWENTY_FIRST_ROUNDS[2:3],
            HUNDRED_TWENTY_FIRST_SWAPPED[4:6],
            HUNDRED_TWENTY_FIRST_SAME,
        ),
        (
            let_asked_traded,
            HUNDRED_TWENTY_FIRST_ROUNDS[3:],
            HUNDRED_TWENTY_FIRST_SWAPPED[6:],
            HUNDRED_TWENTY_FIRST_SAME,
        ),
        (
            pronoun_owner_named,
            HUNDRED_TWENTY_SECOND_ROUNDS[:1],
            HUNDRED_TWENTY_SECOND_SWAPPED[:2],
            HUNDRED_TWENTY_SECOND_SAME,
        ),
        (
            advised_party_traded,
            HUNDRED_TWENTY_SECOND_ROUNDS[1:2],
            HUNDRED_TWENTY_SECOND_SWAPPED[2:5],
            HUNDRED_TWENTY_SECOND_SAME,
        ),
        (
            reported_holder_traded,
            HUNDRED_TWENTY_SECOND_ROUNDS[2:],
            HUNDRED_TWENTY_SECOND_SWAPPED[5:],
            HUNDRED_TWENTY_SECOND_SAME,
        ),
        (
            subject_object_inverted,
            HUNDRED_TWENTY_THIRD_ROUNDS[:2],
            HUNDRED_TWENTY_THIRD_SWAPPED[:4],
            HUNDRED_TWENTY_THIRD_SAME,
        ),
        (
            source_made_taker,
            HUNDRED_TWENTY_THIRD_ROUNDS[2:],
            HUNDRED_TWENTY_THIRD_SWAPPED[4:],
            HUNDRED_TWENTY_THIRD_SAME,
        ),
        (
            maker_traded,
            HUNDRED_TWENTY_FOURTH_ROUNDS[:1],
            HUNDRED_TWENTY_FOURTH_SWAPPED[:2],
            HUNDRED_TWENTY_FOURTH_SAME,
        ),
        (
            hired_doer_traded,
            HUNDRED_TWENTY_FOURTH_ROUNDS[1:2],
            HUNDRED_TWENTY_FOURTH_SWAPPED[2:4],
            HUNDRED_TWENTY_FOURTH_SAME,
        ),
        (
            complainant_traded,
            HUNDRED_TWENTY_FOURTH_ROUNDS[2:],
            HUNDRED_TWENTY_FOURTH_SWAPPED[4:],
            HUNDRED_TWENTY_FOURTH_SAME,
        ),
        (
            main_and_relative_doers_traded,
            HUNDRED_TWENTY_FIFTH_ROUNDS[:2],
            HUNDRED_TWENTY_FIFTH_SWAPPED[:4],
            HUNDRED_TWENTY_FIFTH_SAME,
        ),
        (
            let_object_made_subject,
            HUNDRED_TWENTY_FIFTH_ROUNDS[2:],
            HUNDRED_TWENTY_FIFTH_SWAPPED[4:],
            HUNDRED_TWENTY_FIFTH_SAME,
        ),
        (
            party_owner_traded,
            HUNDRED_TWENTY_SIXTH_ROUNDS[:1],
            HUNDRED_TWENTY_SIXTH_SWAPPED[:2],
            HUNDRED_TWENTY_SIXTH_SAME,
        ),
        (
            counterpart_made_doer,
            HUNDRED_TWENTY_SIXTH_ROUNDS[1:2],
            HUNDRED_TWENTY_SIXTH_SWAPPED[2:5],
            HUNDRED_TWENTY_SIXTH_SAME,
        ),
        (
            liable_party_traded,
            HUNDRED_TWENTY_SIXTH_ROUNDS[2:],
            HUNDRED_TWENTY_SIXTH_SWAPPED[5:],
            HUNDRED_TWENTY_SIXTH_SAME,
        ),
        (
            which_asked_traded,
            HUNDRED_TWENTY_SEVENTH_ROUNDS[:1],
            HUNDRED_TWENTY_SEVENTH_SWAPPED[:3],
            HUNDRED_TWENTY_SEVENTH_SAME,
        ),
        (
            states.relative_state_fronted,
            HUNDRED_TWENTY_SEVENTH_ROUNDS[1:2],
            HUNDRED_TWENTY_SEVENTH_SWAPPED[3:5],
            HUNDRED_TWENTY_SEVENTH_SAME,
        ),
        (
            party_made_asker,
            HUNDRED_TWENTY_SEVENTH_ROUNDS[2:],
            HUNDRED_TWENTY_SEVENTH_SWAPPED[5:],
            HUNDRED_TWENTY_SEVENTH_SAME,
        ),
        (
            subject_object_inverted,
            HUNDRED_TWENTY_EIGHTH_ROUNDS,
            HUNDRED_TWENTY_EIGHTH_SWAPPED,
            HUNDRED_TWENTY_EIGHTH_SAME,
        ),
        (
            subject_owner_traded,
            HUNDRED_THIRTIETH_ROUNDS[:1],
            HUNDRED_THIRTIETH_SWAPPED[:2],
            HUNDRED_THIRTIETH_SAME,
        ),
        (
            contact_heads_traded,
            HUNDRED_THIRTIETH_ROUNDS[1:2],
            HUNDRED_THIRTIETH_SWAPPED[2:4],
            HUNDRED_THIRTIETH_SAME,
        ),
        (
            compound_doer_traded,
            HUNDRED_THIRTIETH_ROUNDS[2:],
            HUNDRED_THIRTIETH_SWAPPED[4:],
            HUNDRED_THIRTIETH_SAME,
        ),
        (
            relative_voice_traded,
            HUNDRED_TWENTY_NINTH_ROUNDS[:1],
            HUNDRED_TWENTY_NINTH_SWAPPED[:4],
            HUNDRED_TWENTY_NINTH_SAME,
        ),
        (
            got_done_active,
            HUNDRED_TWENTY_NINTH_ROUNDS[1:],
            HUNDRED_TWENTY_NINTH_SWAPPED[4:],
            HUNDRED_TWENTY_NINTH_SAME,
        ),
        (
            compound_doer_traded,
            HUNDRED_THIRTY_FIRST_ROUNDS[:1],
            HUNDRED_THIRTY_FIRST_SWAPPED[:3],
            HUNDRED_THIRTY_FIRST_SAME,
        ),
        (
            subject_object_inverted,
            HUNDRED_THIRTY_FIRST_ROUNDS[1:2],
            HUNDRED_THIRTY_FIRST_SWAPPED[3:5],
            HUNDRED_THIRTY_FIRST_SAME,
        ),
        (
            told_turned_round,
            HUNDRED_THIRTY_FIRST_ROUNDS[2:],
            HUNDRED_THIRTY_FIRST_SWAPPED[5:],
            HUNDRED_THIRTY_FIRST_SAME,
        ),
        (
            owner_trade,
            HUNDRED_THIRTY_SECOND_ROUNDS[:1],
            HUNDRED_THIRTY_SECOND_SWAPPED[:4],
            HUNDRED_THIRTY_SECOND_SAME,
        ),
        (
            let_doers_traded,
            HUNDRED_THIRTY_SECOND_ROUNDS[1:],
            HUNDRED_THIRTY_SECOND_SWAPPED[4:],
            HUNDRED_THIRTY_SECOND_SAME,
        ),
        (
            perfect_dropped,
            HUNDRED_THIRTY_THIRD_ROUNDS[:1],
            HUNDRED_THIRTY_THIRD_SWAPPED[:3],
            HUNDRED_THIRTY_THIRD_SAME,
        ),
        (
            pied_whom_said_stranded,
            HUNDRED_THIRTY_THIRD_ROUNDS[1:2],
            HUNDRED_THIRTY_THIRD_SWAPPED[3:4],
            HUNDRED_THIRTY_THIRD_SAME,
        ),
        (
            asked_source_made_receiver,
            HUNDRED_THIRTY_THIRD_ROUNDS[2:],
            HUNDRED_THIRTY_THIRD_SWAPPED[4:],
            HUNDRED_THIRTY_THIRD_SAME,
        ),
        (
            told_listener_traded,
            HUNDRED_THIRTY_FOURTH_ROUNDS[:2],
            HUNDRED_THIRTY_FOURTH_SWAPPED[:5],
            HUNDRED_THIRTY_FOURTH_SAME,
        ),
        (
            group_joiner_traded,
            HUNDRED_THIRTY_FOURTH_ROUNDS[2:],
            HUNDRED_THIRTY_FOURTH_SWAPPED[5:],
            HUNDRED_THIRTY_FOURTH_SAME,
        ),
        (
            owner_made_recruiter,
            HUNDRED_THIRTY_FIFTH_ROUNDS[:1],
            HUNDRED_THIRTY_FIFTH_SWAPPED[:3],
            HUNDRED_THIRTY_FIFTH_SAME,
        ),
        (
            taken_from_asked,
            HUNDRED_THIRTY_FIFTH_ROUNDS[1:2],
            HUNDRED_THIRTY_FIFTH_SWAPPED[3:5],
            HUNDRED_THIRTY_FIFTH_SAME,
        ),
        (
            wisher_traded,
            HUNDRED_THIRTY_FIFTH_ROUNDS[2:],
            HUNDRED_THIRTY_FIFTH_SWAPPED[5:],
            HUNDRED_THIRTY_FIFTH_SAME,
        ),
        (
            passive_compared_traded,
            HUNDRED_THIRTY_SIXTH_ROUNDS[:1],
            HUNDRED_THIRTY_SIXTH_SWAPPED[:2],
            HUNDRED_THIRTY_SIXTH_SAME,
        ),
        (
            wh_relative_traded,
            HUNDRED_THIRTY_SIXTH_ROUNDS[1:2],
            HUNDRED_THIRTY_SIXTH_SWAPPED[2:5],
            HUNDRED_THIRTY_SIXTH_SAME,
        ),
        (
            whose_doer_traded,
            HUNDRED_THIRTY_SIXTH_ROUNDS[2:],
            HUNDRED_THIRTY_SIXTH_SWAPPED[5:],
            HUNDRED_THIRTY_SIXTH_SAME,
        ),
        (
            whom_head_traded,
            HUNDRED_THIRTY_SEVENTH_ROUNDS[:1],
            HUNDRED_THIRTY_SEVENTH_SWAPPED[:4],
            HUNDRED_THIRTY_SEVENTH_SAME,
        ),
        (
            kin_owner_traded,
            HUNDRED_THIRTY_SEVENTH_ROUNDS[1:],
            HUNDRED_THIRTY_SEVENTH_SWAPPED[4:],
            HUNDRED_THIRTY_SEVENTH_SAME,
        ),
        (
            compared_sides_traded,
            HUNDRED_THIRTY_NINTH_ROUNDS[:1],
            HUNDRED_THIRTY_NINTH_SWAPPED[:3],
            HUNDRED_THIRTY_NINTH_SAME,
        ),
        (
            option_relative_traded,
            HUNDRED_THIRTY_NINTH_ROUNDS[1:2],
            HUNDRED_THIRTY_NINTH_SWAPPED[3:6],
            HUNDRED_THIRTY_NINTH_SAME,
        ),
        (
            modifiers_exchanged,
            HUNDRED_THIRTY_NINTH_ROUNDS[2:],
            HUNDRED_THIRTY_NINTH_SWAPPED[6:],
            HUNDRED_THIRTY_NINTH_SAME,
        ),
        (
            done_to_asker_traded,
            HUNDRED_FORTIETH_ROUNDS[:1],
            HUNDRED_FORTIETH_SWAPPED[:3],
            HUNDRED_FORTIETH_SAME,
        ),
        (
            undergoer_made_maker,
            HUNDRED_FORTIETH_ROUNDS[1:2],
            HUNDRED_FORTIETH_SWAPPED[3:5],
            HUNDRED_FORTIETH_SAME,
        ),
        (
            host_made_guest,
            HUNDRED_FORTIETH_ROUNDS[2:],
            HUNDRED_FORTIETH_SWAPPED[5:],
            HUNDRED_FORTIETH_SAME,
        ),
        (
            relative_owner_traded,
            HUNDRED_FORTY_FIRST_ROUNDS[:3],
            HUNDRED_FORTY_FIRST_SWAPPED[:3],
            HUNDRED_FORTY_FIRST_SAME,
        ),
        (
            pronoun_relative_dropped,
            HUNDRED_FORTY_FIRST_ROUNDS[3:6],
            HUNDRED_FORTY_FIRST_SWAPPED[3:5],
            HUNDRED_FORTY_FIRST_SAME,
        ),
        (
            compound_subject_said,
            HUNDRED_FORTY_FIRST_ROUNDS[6:],
            HUNDRED_FORTY_FIRST_SWAPPED[5:],
            HUNDRED_FORTY_FIRST_SAME,
        ),
        (
            wh_transposed,
            HUNDRED_THIRTY_EIGHTH_ROUNDS[:2],
            HUNDRED_THIRTY_EIGHTH_SWAPPED[:6],
            HUNDRED_THIRTY_EIGHTH_SAME,
        ),
        (
            whose_source_traded,
            HUNDRED_THIRTY_EIGHTH_ROUNDS[2:],
            HUNDRED_THIRTY_EIGHTH_SWAPPED[6:],
            HUNDRED_THIRTY_EIGHTH_SAME,
        ),
        (
            subject_object_inverted,
            HUNDRED_FORTY_SECOND_ROUNDS[:4],
            HUNDRED_FORTY_SECOND_SWAPPED[:4],
            HUNDRED_FORTY_SECOND_SAME,
        ),
        (
            wh_noun_traded,
            HUNDRED_FORTY_SECOND_ROUNDS[4:],
            HUNDRED_FORTY_SECOND_SWAPPED[4:],
            HUNDRED_FORTY_SECOND_SAME,
        ),
        (
            preposed_whom_traded,
            HUNDRED_FORTY_THIRD_ROUNDS[:2],
            HUNDRED_FORTY_THIRD_SWAPPED[:4],
            HUNDRED_FORTY_THIRD_SAME,
        ),
        (
            er_noun_said,
            HUNDRED_FORTY_THIRD_ROUNDS[2:],
            HUNDRED_FORTY_THIRD_SWAPPED[4:],
            HUNDRED_FORTY_THIRD_SAME,
        ),
        (
            place_owned,
            HUNDRED_FORTY_FOURTH_ROUNDS[:1],
            HUNDRED_FORTY_FOURTH_SWAPPED[:3],
            HUNDRED_FORTY_FOURTH_SAME,
        ),
        (
            trade_sentence,
            HUNDRED_FORTY_FOURTH_ROUNDS[1:],
            HUNDRED_FORTY_FOURTH_SWAPPED[3:],
            HUNDRED_FORTY_FOURTH_SAME,
        ),
        (
            which_said_who,
            HUNDRED_FORTY_FIFTH_ROUNDS[:1],
            HUNDRED_FORTY_FIFTH_SWAPPED[:3],
            HUNDRED_FORTY_FIFTH_SAME,
        ),
        (
            clause_dropped,
            HUNDRED_FORTY_FIFTH_ROUNDS[1:2],
            HUNDRED_FORTY_FIFTH_SWAPPED[3:5],
            HUNDRED_FORTY_FIFTH_SAME,
        ),
        (
            against_party_changed,
            HUNDRED_FORTY_FIFTH_ROUNDS[2:],
            HUNDRED_FORTY_FIFTH_SWAPPED[5:],
            HUNDRED_FORTY_FIFTH_SAME,
        ),
        (
            declined_owner_traded,
            HUNDRED_FORTY_SIXTH_ROUNDS[:4],
            HUNDRED_FORTY_SIXTH_SWAPPED[:3],
            HUNDRED_FORTY_SIXTH_SAME,
        ),
        (
            guest_made_host,
            HUNDRED_FORTY_SIXTH_ROUNDS[4:7],
            HUNDRED_FORTY_SIXTH_SWAPPED[3:5],
            HUNDRED_FORTY_SIXTH_SAME,
        ),
        (
            thief_made_victim,
            HUNDRED_FORTY_SIXTH_ROUNDS[7:],
            HUNDRED_FORTY_SIXTH_SWAPPED[5:],
            HUNDRED_FORTY_SIXTH_SAME,
        ),
        (
            people_traded,
            HUNDRED_FORTY_SEVENTH_ROUNDS[:1],
            HUNDRED_FORTY_SEVENTH_SWAPPED[:3],
            HUNDRED_FORTY_SEVENTH_SAME,
        ),
        (
            head_voice_traded,
            HUNDRED_FORTY_SEVENTH_ROUNDS[1:],
            HUNDRED_FORTY_SEVENTH_SWAPPED[3:],
            HUNDRED_FORTY_SEVENTH_SAME,
        ),
        (
            same_head_marks_traded,
            HUNDRED_FORTY_EIGHTH_ROUNDS,
            HUNDRED_FORTY_EIGHTH_SWAPPED,
            HUNDRED_FORTY_EIGHTH_SAME,
        ),
        (
            standalone_subject_traded,
            HUNDRED_FORTY_NINTH_ROUNDS[:1],
            HUNDRED_FORTY_NINTH_SWAPPED[:3],
            HUNDRED_FORTY_NINTH_SAME,
        ),
        (
            origin_destination_traded,
            HUNDRED_FORTY_NINTH_ROUNDS[1:],
            HUNDRED_FORTY_NINTH_SWAPPED[3:],
            HUNDRED_FORTY_NINTH_SAME,
        ),
        (
            relative_roles_traded,
            HUNDRED_FIFTIETH_ROUNDS,
            HUNDRED_FIFTIETH_SWAPPED,
            HUNDRED_FIFTIETH_SAME,
        ),
        (
            claimed_relation_traded,
            HUNDRED_FIFTY_FIRST_ROUNDS[:1],
            HUNDRED_FIFTY_FIRST_SWAPPED[:4],
            HUNDRED_FIFTY_FIRST_SAME,
        ),
        (
            embedded_subject,
            HUNDRED_FIFTY_FIRST_ROUNDS[1:],
            HUNDRED_FIFTY_FIRST_SWAPPED[4:],
            HUNDRED_FIFTY_FIRST_SAME,
        ),
        (
            control_owner_traded,
            HUNDRED_FIFTY_SECOND_ROUNDS,
            HUNDRED_FIFTY_SECOND_SWAPPED,
            HUNDRED_FIFTY_SECOND_SAME,
        ),
        (
            subject_owner_traded,
            HUNDRED_FIFTY_THIRD_ROUNDS,
            HUNDRED_FIFTY_THIRD_SWAPPED,
            HUNDRED_FIFTY_THIRD_SAME,
        ),
        (
            conjunct_said_one,
            HUNDRED_FIFTY_FOURTH_ROUNDS[:1],
            HUNDRED_FIFTY_FOURTH_SWAPPED[:4],
            HUNDRED_FIFTY_FOURTH_SAME,
        ),
        (
            modifiers_traded,
            HUNDRED_FIFTY_FOURTH_ROUNDS[1:],
            HUNDRED_FIFTY_FOURTH_SWAPPED[4:],
            HUNDRED_FIFTY_FOURTH_SAME,
        ),
        (
            caused_payer_traded,
            HUNDRED_FIFTY_FIFTH_ROUNDS[:1],
            HUNDRED_FIFTY_FIFTH_SWAPPED[:4],
            HUNDRED_FIFTY_FIFTH_SAME,
        ),
        (
            late_party_traded,
            HUNDRED_FIFTY_FIFTH_ROUNDS[1:],
            HUNDRED_FIFTY_FIFTH_SWAPPED[4:],
            HUNDRED_FIFTY_FIFTH_SAME,
        ),
        (
            head_made_owner_traded,
            HUNDRED_FIFTY_SIXTH_ROUNDS,
            HUNDRED_FIFTY_SIXTH_SWAPPED,
            HUNDRED_FIFTY_SIXTH_SAME,
        ),
        (
            recipient_made_source,
            HUNDRED_FIFTY_SEVENTH_ROUNDS,
            HUNDRED_FIFTY_SEVENTH_SWAPPED,
            HUNDRED_FIFTY_SEVENTH_SAME,
        ),
        (
            compared_clauses_traded,
            HUNDRED_FIFTY_EIGHTH_ROUNDS,
            HUNDRED_FIFTY_EIGHTH_SWAPPED,
            HUNDRED_FIFTY_EIGHTH_SAME,
        ),
        (
            held_relation_traded,
            HUNDRED_FIFTY_NINTH_ROUNDS,
            HUNDRED_FIFTY_NINTH_SWAPPED,
            HUNDRED_FIFTY_NINTH_SAME,
        ),
        (
            thief_made_victim,
            HUNDRED_SIXTIETH_ROUNDS,
            HUNDRED_SIXTIETH_SWAPPED,
            HUNDRED_SIXTIETH_SAME,
        ),
        (
            clause_doer_traded,
            HUNDRED_SIXTY_FIRST_ROUNDS,
            HUNDRED_SIXTY_FIRST_SWAPPED,
            HUNDRED_SIXTY_FIRST_SAME,
        ),
        (
            asked_leave_traded,
            HUNDRED_SIXTY_SECOND_ROUNDS,
            HUNDRED_SIXTY_SECOND_SWAPPED,
            HUNDRED_SIXTY_SECOND_SAME,
        ),
        (
            named_genitive_traded,
            HUNDRED_SIXTY_THIRD_ROUNDS,
            HUNDRED_SIXTY_THIRD_SWAPPED,
            HUNDRED_SIXTY_THIRD_SAME,
        ),
        (
            relatives_compared_traded,
            HUNDRED_SIXTY_FOURTH_ROUNDS[:1],
            HUNDRED_SIXTY_FOURTH_SWAPPED[:4],
            HUNDRED_SIXTY_FOURTH_SAME,
        ),
        (
            move_ends_traded,
            HUNDRED_SIXTY_FOURTH_ROUNDS[1:],
            HUNDRED_SIXTY_FOURTH_SWAPPED[4:],
            HUNDRED_SIXTY_FOURTH_SAME,
        ),
        (
            asker_subject_traded,
            HUNDRED_SIXTY_FIFTH_ROUNDS,
            HUNDRED_SIXTY_FIFTH_SWAPPED,
            HUNDRED_SIXTY_FIFTH_SAME,
        ),
        (
            told_doer_traded,
            HUNDRED_SIXTY_SIXTH_ROUNDS[:1],
            HUNDRED_SIXTY_SIXTH_SWAPPED[:4],
            HUNDRED_SIXTY_SIXTH_SAME,
        ),
        (
            complainer_traded,
            HUNDRED_SIXTY_SIXTH_ROUNDS[1:],
            HUNDRED_SIXTY_SIXTH_SWAPPED[4:],
            HUNDRED_SIXTY_SIXTH_SAME,
        ),
        (
            head_voice_traded,
            HUNDRED_SIXTY_SEVENTH_ROUNDS[:1],
            HUNDRED_SIXTY_SEVENTH_SWAPPED[:4],
            HUNDRED_SIXTY_SEVENTH_SAME,
        ),
        (
            asker_undergoer_traded,
            HUNDRED_SIXTY_SEVENTH_ROUNDS[1:],
            HUNDRED_SIXTY_SEVENTH_SWAPPED[4:],
            HUNDRED_SIXTY_SEVENTH_SAME,
        ),
        (
            as_doer_caused_traded,
            HUNDRED_SIXTY_EIGHTH_ROUNDS,
            HUNDRED_SIXTY_EIGHTH_SWAPPED,
            HUNDRED_SIXTY_EIGHTH_SAME,
        ),
        (
            strategy_get_passive_traded,
            HUNDRED_SIXTY_NINTH_ROUNDS,
            HUNDRED_SIXTY_NINTH_SWAPPED,
            HUNDRED_SIXTY_NINTH_SAME,
        ),
        (
            giver_owner_traded,
            HUNDRED_SEVENTIETH_ROUNDS,
            HUNDRED_SEVENTIETH_SWAPPED,
            HUNDRED_SEVENTIETH_SAME,
        ),
        (
            compound_taker_traded,
            HUNDRED_SEVENTY_FIRST_ROUNDS,
            HUNDRED_SEVENTY_FIRST_SWAPPED,
            HUNDRED_SEVENTY_FIRST_SAME,
        ),
        (
            complainant_traded,
            HUNDRED_SEVENTY_SECOND_ROUNDS,
            HUNDRED_SEVENTY_SECOND_SWAPPED,
            HUNDRED_SEVENTY_SECOND_SAME,
        ),
        (
            pronoun_doer_traded,
            HUNDRED_SEVENTY_THIRD_ROUNDS,
            HUNDRED_SEVENTY_THIRD_SWAPPED,
            HUNDRED_SEVENTY_THIRD_SAME,
        ),
        (
            standalone_subject_traded,
            HUNDRED_SEVENTY_FOURTH_ROUNDS,
            HUNDRED_SEVENTY_FOURTH_SWAPPED,
            HUNDRED_SEVENTY_FOURTH_SAME,
        ),
        (
            whose_relation_asked,
            HUNDRED_SEVENTY_FIFTH_ROUNDS,
            HUNDRED_SEVENTY_FIFTH_SWAPPED,
            HUNDRED_SEVENTY_FIFTH_SAME,
        ),
        (
            marked_sides_traded,
            HUNDRED_SEVENTY_SIXTH_ROUNDS,
            HUNDRED_SEVENTY_SIXTH_SWAPPED,
            HUNDRED_SEVENTY_SIXTH_SAME,
        ),
        (
            wisher_traded,
            HUNDRED_SEVENTY_SEVENTH_ROUNDS,
            HUNDRED_SEVENTY_SEVENTH_SWAPPED,
            HUNDRED_SEVENTY_SEVENTH_SAME,
        ),
        (
            visitor_traded,
            HUNDRED_SEVENTY_EIGHTH_ROUNDS[:1],
            HUNDRED_SEVENTY_EIGHTH_SWAPPED[:5],
            HUNDRED_SEVENTY_EIGHTH_SAME,
        ),
        (
            guest_owner_traded,
            HUNDRED_SEVENTY_EIGHTH_ROUNDS[1:],
            HUNDRED_SEVENTY_EIGHTH_SWAPPED[5:],
            HUNDRED_SEVENTY_EIGHTH_SAME,
        ),
        (
            judge_owner_traded,
            HUNDRED_SEVENTY_NINTH_ROUNDS,
            HUNDRED_SEVENTY_NINTH_SWAPPED,
            HUNDRED_SEVENTY_NINTH_SAME,
        ),
        (
            wh_transposed,
            HUNDRED_EIGHTIETH_ROUNDS,
            HUNDRED_EIGHTIETH_SWAPPED,
            HUNDRED_EIGHTIETH_SAME,
        ),
        (
            recipient_made_owner,
            HUNDRED_EIGHTY_FIRST_ROUNDS,
            HUNDRED_EIGHTY_FIRST_SWAPPED,
            HUNDRED_EIGHTY_FIRST_SAME,
        ),
        (
            middle_traded,
            HUNDRED_EIGHTY_SECOND_ROUNDS,
            HUNDRED_EIGHTY_SECOND_SWAPPED,
            HUNDRED_EIGHTY_SECOND_SAME,
        ),
        (
            for_goal_traded,
            HUNDRED_EIGHTY_THIRD_ROUNDS,
            HUNDRED_EIGHTY_THIRD_SWAPPED,
            HUNDRED_EIGHTY_THIRD_SAME,
        ),
        (
            proxy_traded,
            HUNDRED_EIGHTY_FOURTH_ROUNDS,
            HUNDRED_EIGHTY_FOURTH_SWAPPED,
            HUNDRED_EIGHTY_FOURTH_SAME,
        ),
        (
            prior_made_asker,
            HUNDRED_EIGHTY_FIFTH_ROUNDS,
            HUNDRED_EIGHTY_FIFTH_SWAPPED,
            HUNDRED_EIGHTY_FIFTH_SAME,
        ),
        (
            means_doer_traded,
            HUNDRED_EIGHTY_SIXTH_ROUNDS,
            HUNDRED_EIGHTY_SIXTH_SWAPPED,
            HUNDRED_EIGHTY_SIXTH_SAME,
        ),
        (
            wrapped_doer_traded,
            HUNDRED_EIGHTY_SEVENTH_ROUNDS,
            HUNDRED_EIGHTY_SEVENTH_SWAPPED,
            HUNDRED_EIGHTY_SEVENTH_SAME,
        ),
        (
            judge_owner_traded,
            HUNDRED_EIGHTY_EIGHTH_ROUNDS,
            HUNDRED_EIGHTY_EIGHTH_SWAPPED,
            HUNDRED_EIGHTY_EIGHTH_SAME,
        ),
        (
            named_genitive_traded,
            HUNDRED_EIGHTY_NINTH_ROUNDS,
            HUNDRED_EIGHTY_NINTH_SWAPPED,
            HUNDRED_EIGHTY_NINTH_SAME,
        ),
        (
            pronoun_doer_traded,
            HUNDRED_NINETIETH_ROUNDS,
            HUNDRED_NINETIETH_SWAPPED,
            HUNDRED_NINETIETH_SAME,
        ),
        (
            host_traded,
            HUNDRED_NINETY_SECOND_ROUNDS,
            HUNDRED_NINETY_SECOND_SWAPPED,
            HUNDRED_NINETY_SECOND_SAME,
        ),
        (
            owner_side_traded,
            HUNDRED_NINETY_FOURTH_ROUNDS[:1],
            HUNDRED_NINETY_FOURTH_SWAPPED[:4],
            HUNDRED_NINETY_FOURTH_SAME,
        ),
        (
            complements_traded,
            HUNDRED_NINETY_FOURTH_ROUNDS[1:],
            HUNDRED_NINETY_FOURTH_SWAPPED[4:],
            HUNDRED_NINETY_FOURTH_SAME,
        ),
        (
            let_place_traded,
            HUNDRED_NINETY_FIFTH_ROUNDS[:1],
            HUNDRED_NINETY_FIFTH_SWAPPED[:4],
            HUNDRED_NINETY_FIFTH_SAME,
        ),
        (
            benefit_owner_traded,
            HUNDRED_NINETY_FIFTH_ROUNDS[1:],
            HUNDRED_NINETY_FIFTH_SWAPPED[4:],
            HUNDRED_NINETY_FIFTH_SAME,
        ),
        (
            host_traded,
            HUNDRED_NINETY_SIXTH_ROUNDS[:1],
            HUNDRED_NINETY_SIXTH_SWAPPED[:5],
            HUNDRED_NINETY_SIXTH_SAME,
        ),
        (
            infinitive_voice_traded,
            HUNDRED_NINETY_SIXTH_ROUNDS[1:],
            HUNDRED_NINETY_SIXTH_SWAPPED[5:],
            HUNDRED_NINETY_SIXTH_SAME,
        ),
        (
            stand_in_sides_traded,
            HUNDRED_NINETY_SEVENTH_ROUNDS,
            HUNDRED_NINETY_SEVENTH_SWAPPED,
            HUNDRED_NINETY_SEVENTH_SAME,
        ),
        (
            guest_traded,
            HUNDRED_NINETY_EIGHTH_ROUNDS,
            HUNDRED_NINETY_EIGHTH_SWAPPED,
            HUNDRED_NINETY_EIGHTH_SAME,
        ),
        (
            qualified_undergoer_traded,
            HUNDRED_NINETY_NINTH_ROUNDS[:1],
            HUNDRED_NINETY_NINTH_SWAPPED[:4],
            HUNDRED_NINETY_NINTH_SAME,
        ),
        (
            means_learner_traded,
            HUNDRED_NINETY_NINTH_ROUNDS[1:],
            HUNDRED_NINETY_NINTH_SWAPPED[4:],
            HUNDRED_NINETY_NINTH_SAME,
        ),
        (
            stepped_participle_traded,
            TWO_HUNDREDTH_ROUNDS,
            TWO_HUNDREDTH_SWAPPED,
            TWO_HUNDREDTH_SAME,
        ),
        (
            complainer_traded,
            TWO_HUNDRED_SECOND_ROUNDS,
            TWO_HUNDRED_SECOND_SWAPPED,
            TWO_HUNDRED_SECOND_SAME,
        ),
        (
            gerund_doer_traded,
            TWO_HUNDRED_FIRST_ROUNDS,
            TWO_HUNDRED_FIRST_SWAPPED,
            TWO_HUNDRED_FIRST_SAME,
        ),
        (
            asker_agent_made_owner,
            TWO_HUNDRED_FOURTH_ROUNDS,
            TWO_HUNDRED_FOURTH_SWAPPED,
            TWO_HUNDRED_FOURTH_SAME,
        ),
        (
            modal_doer_traded,
            TWO_HUNDRED_FIFTH_ROUNDS,
            TWO_HUNDRED_FIFTH_SWAPPED,
            TWO_HUNDRED_FIFTH_SAME,
        ),
        (
            part_owner_traded,
            TWO_HUNDRED_THIRD_ROUNDS,
            TWO_HUNDRED_THIRD_SWAPPED,
            TWO_HUNDRED_THIRD_SAME,
        ),
    ],
)
def test_later_pass_readers_read_their_shape_only(
    reader: Callable[[Parsed, Parsed], object],
    rounds: list[tuple[str, str, float]],
    pairs: list[tuple[str, str]],
    same: list[tuple[str, str]],
) -> None:
    # role passes 62-66, one reader at a time: it finds the trade in its round's pair and in
    # the other domains' either way round, and in no served pair of its pass (of any of the
    # pass's shapes) does its reading trade anyone
    for p, q in [(r[0], r[1]) for r in rounds] + pairs:
        assert _read_as_traded(reader, parse(p), parse(q)), (p, q)
        assert _read_as_traded(reader, parse(q), parse(p)), (q, p)
    for p, q in same:
        assert not _read_as_traded(reader, parse(p), parse(q)), (p, q)
        assert not _read_as_traded(reader, parse(q), parse(p)), (q, p)


def test_seventy_sixth_pass_readers_leave_one_owner_alone() -> None:
    # "the goats next door" are the neighbor's too: no role read (base refuses the pair on
    # its words, "next door" new); two owners joined by "and" are parallel, not crossed; a
    # reading's "my N" against "X's N" with X named on its side ("the ears" of a deer read
    # as "my ears"), and "my X's N" (the asker's own people: "my driver's license") are no
    # other party's thing
    goats = (
        "My neighbor's goats smell. What are my rights?",
        "The goats next door smell. What are my rights?",
    )
    assert not roles.role_swap(*map(parse, goats))
    assert not roles.role_swap(*map(parse, goats[::-1]))
    tie = (
        "Whose project wins if the judge's kid and my kid tie?",
        "Whose project wins if my kid and the judge's kid tie?",
    )
    assert not mine_moved_across(*map(parse, tie))
    for pair in (
        ("When caping a deer, how do I skin out my ears?", "How do I skin a deer's ears?"),
        ("Do I need to bring my license?", "Do I need to bring my driver's license?"),
    ):
        assert not object_owner_traded(*map(parse, pair))
        assert not object_owner_traded(*map(parse, pair[::-1]))


@pytest.mark.parametrize(("cached", "incoming"), SIXTIETH_SWAPPED)
def test_sixtieth_pass_reads_whose_state(cached: str, incoming: str) -> None:
    x, y = parse(cached), parse(incoming)
    assert states.state_traded(x, y) and states.state_traded(y, x)


def test_sixtieth_pass_readers_leave_one_person_alone() -> None:
    # the same modifier on the same head, one relative clause kept on its head, a pronoun
    # no other word genders, "our" for "my": no reader fires
    for cached, incoming in SIXTIETH_SAME:
        assert not states.state_traded(parse(cached), parse(incoming))
    assert not states.attribute_moved(
        parse("Is a cheap used car worth buying?"), parse("Is a used cheap car worth buying?")
    )
    assert not states.attribute_moved(  # a thing's modifier, no person's
        parse("How many rescues does a typical lifeguard make in a summer?"),
        parse("In a typical summer, how many rescues does a lifeguard make?"),
    )
    assert not states.owner_named_changed(
        parse("My kids broke the window. Does the owner's insurance cover it?"),
        parse("Our kids broke the window. Does the owner's insurance cover it?"),
    )
    assert not states.owner_named_changed(
        parse("My kids broke the window."), parse("The owner's kids broke the window.")
    )


def test_sixty_first_pass_readings_change_only_what_they_read() -> None:
    # the pronouns said as the one relative named only when no other "my" phrase or other
    # gender's pronoun is there; the first predicate left out only when both sides have it
    said = kin_said_back(*map(parse, SIXTY_FIRST_ROUNDS[0][:2]))
    assert said is not None and "his" not in said[0].words and "he's" not in said[1].source
    two = ("My son and my wife say his feet hurt.", "My son says his feet hurt.")
    assert kin_said_back(*map(parse, two)) is None
    dropped = first_conjunct_dropped(*map(parse, SIXTY_FIRST_ROUNDS[2][:2]))
    assert dropped is not None and "fell" not in dropped[0].words + dropped[1].words
    listed = ("He ran, fell and then cried.", "He fell and then cried.")
    assert first_conjunct_dropped(*map(parse, listed)) is None
    kept = ("the one who was pushed rather than the one who pushed",) * 2
    assert not contrasted_relatives_traded(*map(parse, kept))


@pytest.mark.parametrize(
    ("cached", "incoming", "cosine"),
    [
        *ROUNDS_64_65,
        *ROUNDS_66_67,
        *ROUNDS_68_69,
        *NINETEENTH_ROUNDS,
        *TWENTIETH_ROUNDS,
        *TWENTY_FIRST_ROUNDS,
        *TWENTY_SECOND_ROUNDS,
        *TWENTY_THIRD_ROUNDS,
        *TWENTY_FOURTH_ROUNDS,
        *TWENTY_FIFTH_ROUNDS,
        *TWENTY_SEVENTH_ROUNDS,
        *TWENTY_EIGHTH_ROUNDS,
        *TWENTY_NINTH_ROUNDS,
        *THIRTY_FIRST_ROUNDS,
        *THIRTY_SECOND_ROUNDS,
        *THIRTY_THIRD_ROUNDS,
        *THIRTY_FOURTH_ROUNDS,
        *THIRTY_FIFTH_ROUNDS,
        *THIRTY_SIXTH_ROUNDS,
        *THIRTY_SEVENTH_ROUNDS,
        *THIRTY_NINTH_ROUNDS,
        *FORTIETH_ROUNDS,
        *FORTY_FIRST_ROUNDS,
        *FORTY_SECOND_ROUNDS,
        *FORTY_THIRD_ROUNDS,
        *FORTY_FOURTH_ROUNDS,
        *FORTY_FIFTH_ROUNDS,
        *FORTY_SIXTH_ROUNDS,
        *FORTY_SEVENTH_ROUNDS,
        *FORTY_NINTH_ROUNDS,
        *FIFTIETH_ROUNDS,
        *FORTY_EIGHTH_ROUNDS,
        *FIFTY_FIRST_ROUNDS,
        *FIFTY_SECOND_ROUNDS,
        *FIFTY_THIRD_ROUNDS,
        *FIFTY_FOURTH_ROUNDS,
        *FIFTY_FIFTH_ROUNDS,
        *FIFTY_SIXTH_ROUNDS,
        *FIFTY_SEVENTH_ROUNDS,
        *FIFTY_EIGHTH_ROUNDS,
        *FIFTY_NINTH_ROUNDS,
        *SIXTIETH_ROUNDS,
        *SIXTY_FIRST_ROUNDS,
        *SIXTY_SECOND_ROUNDS,
        *SIXTY_THIRD_ROUNDS,
        *SIXTY_FOURTH_ROUNDS,
        *SIXTY_FIFTH_ROUNDS,
        *SIXTY_SIXTH_ROUNDS,
        *SIXTY_SEVENTH_ROUNDS,
        *SIXTY_EIGHTH_ROUNDS,
        *SIXTY_NINTH_ROUNDS,
        *SEVENTIETH_ROUNDS,
        *SEVENTY_FIRST_ROUNDS,
        *SEVENTY_SECOND_ROUNDS,
        *SEVENTY_THIRD_ROUNDS,
        *SEVENTY_FOURTH_ROUNDS,
        *SEVENTY_FIFTH_ROUNDS,
        *SEVENTY_SIXTH_ROUNDS,
        *SEVENTY_SEVENTH_ROUNDS,
        *SEVENTY_EIGHTH_ROUNDS,
        *EIGHTIETH_ROUNDS,
        *SEVENTY_NINTH_ROUNDS,
        *EIGHTY_FIRST_ROUNDS,
        *EIGHTY_SECOND_ROUNDS,
        *EIGHTY_THIRD_ROUNDS,
        *EIGHTY_FOURTH_ROUNDS,
        *EIGHTY_FIFTH_ROUNDS,
        *EIGHTY_SIXTH_ROUNDS,
        *EIGHTY_SEVENTH_ROUNDS,
        *NINETIETH_ROUNDS,
        *NINETY_FIRST_ROUNDS,
        *NINETY_THIRD_ROUNDS,
        *NINETY_NINTH_ROUNDS,
        *HUNDREDTH_ROUNDS,
        *NINETY_SECOND_ROUNDS,
        *NINETY_SEVENTH_ROUNDS,
        *NINETY_FIFTH_ROUNDS,
        *NINETY_SIXTH_ROUNDS,
        *EIGHTY_NINTH_ROUNDS,
        *EIGHTY_EIGHTH_ROUNDS,
        *NINETY_EIGHTH_ROUNDS[:1],
        *NINETY_FOURTH_ROUNDS,
        *HUNDRED_FIRST_ROUNDS,
        *HUNDRED_SECOND_ROUNDS,
        *HUNDRED_THIRD_ROUNDS,
        *HUNDRED_FOURTH_ROUNDS,
        *HUNDRED_FIFTH_ROUNDS,
        *HUNDRED_SEVENTH_ROUNDS,
        *HUNDRED_TENTH_ROUNDS,
        *HUNDRED_SIXTH_ROUNDS,
        *HUNDRED_EIGHTH_ROUNDS,
        *HUNDRED_NINTH_ROUNDS,
        *HUNDRED_ELEVENTH_ROUNDS,
        *HUNDRED_TWELFTH_ROUNDS,
        *HUNDRED_THIRTEENTH_ROUNDS,
        *HUNDRED_FOURTEENTH_ROUNDS,
        *HUNDRED_FIFTEENTH_ROUNDS,
        *HUNDRED_SIXTEENTH_ROUNDS,
        *HUNDRED_SEVENTEENTH_ROUNDS,
        *HUNDRED_EIGHTEENTH_ROUNDS,
        *HUNDRED_NINETEENTH_ROUNDS,
        *HUNDRED_TWENTIETH_ROUNDS,
        *HUNDRED_TWENTY_FIRST_ROUNDS,
        *HUNDRED_TWENTY_SECOND_ROUNDS,
        *HUNDRED_TWENTY_THIRD_ROUNDS,
        *HUNDRED_TWENTY_FOURTH_ROUNDS,
        *HUNDRED_TWENTY_FIFTH_ROUNDS,
        *HUNDRED_TWENTY_SIXTH_ROUNDS,
        *HUNDRED_TWENTY_SEVENTH_ROUNDS,
        *HUNDRED_TWENTY_EIGHTH_ROUNDS,
        *HUNDRED_THIRTIETH_ROUNDS,
        *HUNDRED_TWENTY_NINTH_ROUNDS,
        *HUNDRED_THIRTY_FIRST_ROUNDS,
        *HUNDRED_THIRTY_SECOND_ROUNDS,
        *HUNDRED_THIRTY_THIRD_ROUNDS,
        *HUNDRED_THIRTY_FOURTH_ROUNDS,
        *HUNDRED_THIRTY_FIFTH_ROUNDS,
        *HUNDRED_THIRTY_SIXTH_ROUNDS,
        *HUNDRED_THIRTY_SEVENTH_ROUNDS,
        *HUNDRED_THIRTY_NINTH_ROUNDS,
        *HUNDRED_FORTIETH_ROUNDS,
        *HUNDRED_FORTY_FIRST_ROUNDS,
        *HUNDRED_THIRTY_EIGHTH_ROUNDS,
        *HUNDRED_FORTY_SECOND_ROUNDS,
        *HUNDRED_FORTY_THIRD_ROUNDS,
        *HUNDRED_FORTY_FOURTH_ROUNDS,
        *HUNDRED_FORTY_FIFTH_ROUNDS,
        *HUNDRED_FORTY_SIXTH_ROUNDS,
        *HUNDRED_FORTY_SEVENTH_ROUNDS,
        *HUNDRED_FORTY_EIGHTH_ROUNDS,
        *HUNDRED_FORTY_NINTH_ROUNDS,
        *HUNDRED_FIFTIETH_ROUNDS,
        *HUNDRED_FIFTY_FIRST_ROUNDS,
        *HUNDRED_FIFTY_SECOND_ROUNDS,
        *HUNDRED_FIFTY_THIRD_ROUNDS,
        *HUNDRED_FIFTY_FOURTH_ROUNDS,
        *HUNDRED_FIFTY_FIFTH_ROUNDS,
        *HUNDRED_FIFTY_SIXTH_ROUNDS,
        *HUNDRED_FIFTY_SEVENTH_ROUNDS,
        *HUNDRED_FIFTY_EIGHTH_ROUNDS,
        *HUNDRED_FIFTY_NINTH_ROUNDS,
        *HUNDRED_SIXTIETH_ROUNDS,
        *HUNDRED_SIXTY_FIRST_ROUNDS,
        *HUNDRED_SIXTY_SECOND_ROUNDS,
        *HUNDRED_SIXTY_THIRD_ROUNDS,
        *HUNDRED_SIXTY_FOURTH_ROUNDS,
        *HUNDRED_SIXTY_FIFTH_ROUNDS,
        *HUNDRED_SIXTY_SIXTH_ROUNDS,
        *HUNDRED_SIXTY_SEVENTH_ROUNDS,
        *HUNDRED_SIXTY_EIGHTH_ROUNDS,
        *HUNDRED_SIXTY_NINTH_ROUNDS,
        *HUNDRED_SEVENTIETH_ROUNDS,
        *HUNDRED_SEVENTY_FIRST_ROUNDS,
        *HUNDRED_SEVENTY_SECOND_ROUNDS,
        *HUNDRED_SEVENTY_THIRD_ROUNDS,
        *HUNDRED_SEVENTY_FOURTH_ROUNDS,
        *HUNDRED_SEVENTY_FIFTH_ROUNDS,
        *HUNDRED_SEVENTY_SIXTH_ROUNDS,
        *HUNDRED_SEVENTY_SEVENTH_ROUNDS,
        *HUNDRED_SEVENTY_EIGHTH_ROUNDS,
        *HUNDRED_SEVENTY_NINTH_ROUNDS,
        *HUNDRED_EIGHTIETH_ROUNDS,
        *HUNDRED_EIGHTY_FIRST_ROUNDS,
        *HUNDRED_EIGHTY_SECOND_ROUNDS,
        *HUNDRED_EIGHTY_THIRD_ROUNDS,
        *HUNDRED_EIGHTY_FOURTH_ROUNDS,
        *HUNDRED_EIGHTY_FIFTH_ROUNDS,
        *HUNDRED_EIGHTY_SIXTH_ROUNDS,
        *HUNDRED_EIGHTY_SEVENTH_ROUNDS,
        *HUNDRED_EIGHTY_EIGHTH_ROUNDS,
        *HUNDRED_EIGHTY_NINTH_ROUNDS,
        *HUNDRED_NINETIETH_ROUNDS,
        *HUNDRED_NINETY_SECOND_ROUNDS,
        *HUNDRED_NINETY_THIRD_ROUNDS,
        *HUNDRED_NINETY_FOURTH_ROUNDS,
        *HUNDRED_NINETY_FIFTH_ROUNDS,
        *HUNDRED_NINETY_SIXTH_ROUNDS,
        *HUNDRED_NINETY_SEVENTH_ROUNDS,
        *HUNDRED_NINETY_EIGHTH_ROUNDS,
        *HUNDRED_NINETY_NINTH_ROUNDS,
        *TWO_HUNDREDTH_ROUNDS,
        *TWO_HUNDRED_SECOND_ROUNDS,
        *TWO_HUNDRED_FIRST_ROUNDS,
        *TWO_HUNDRED_FOURTH_ROUNDS,
        *TWO_HUNDRED_FIFTH_ROUNDS,
        *TWO_HUNDRED_THIRD_ROUNDS,
    ],
)
def test_role_swaps_of_the_rounds_are_refused(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, cosine, VerifyConfig()).accept
        assert roles.role_swap(parse(x), parse(y))


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        *SIXTEENTH_SWAPPED,
        *SEVENTEENTH_SWAPPED,
        *EIGHTEENTH_SWAPPED,
        *NINETEENTH_SWAPPED,
        *TWENTIETH_SWAPPED,
        *TWENTY_FIRST_SWAPPED,
        *TWENTY_SECOND_SWAPPED,
        *TWENTY_THIRD_SWAPPED,
        *TWENTY_FOURTH_SWAPPED,
        *TWENTY_FIFTH_SWAPPED,
        *TWENTY_SEVENTH_SWAPPED,
        *TWENTY_EIGHTH_SWAPPED,
        *TWENTY_NINTH_SWAPPED,
        *THIRTIETH_SWAPPED,
        *THIRTY_FIRST_SWAPPED,
        *THIRTY_SECOND_SWAPPED,
        *THIRTY_THIRD_SWAPPED,
        *THIRTY_FOURTH_SWAPPED,
        *THIRTY_FIFTH_SWAPPED,
        *THIRTY_SIXTH_SWAPPED,
        *THIRTY_SEVENTH_SWAPPED,
        *THIRTY_EIGHTH_SWAPPED,
        *THIRTY_NINTH_SWAPPED,
        *FORTIETH_SWAPPED,
        *FORTY_FIRST_SWAPPED,
        *FORTY_SECOND_SWAPPED,
        *FORTY_THIRD_SWAPPED,
        *FORTY_FOURTH_SWAPPED,
        *FORTY_FIFTH_SWAPPED,
        *FORTY_SIXTH_SWAPPED,
        *FORTY_SEVENTH_SWAPPED,
        *FORTY_NINTH_SWAPPED,
        *FIFTIETH_SWAPPED,
        *FORTY_EIGHTH_SWAPPED,
        *FIFTY_FIRST_SWAPPED,
        *FIFTY_SECOND_SWAPPED,
        *FIFTY_THIRD_SWAPPED,
        *FIFTY_FOURTH_SWAPPED,
        *FIFTY_FIFTH_SWAPPED,
        *FIFTY_SIXTH_SWAPPED,
        *FIFTY_SEVENTH_SWAPPED,
        *FIFTY_EIGHTH_SWAPPED,
        *FIFTY_NINTH_SWAPPED,
        *SIXTIETH_SWAPPED,
        *SIXTY_FIRST_SWAPPED,
        *SIXTY_SECOND_SWAPPED,
        *SIXTY_THIRD_SWAPPED,
        *SIXTY_FOURTH_SWAPPED,
        *SIXTY_FIFTH_SWAPPED,
        *SIXTY_SIXTH_SWAPPED,
        *SIXTY_SEVENTH_SWAPPED,
        *SIXTY_EIGHTH_SWAPPED,
        *SIXTY_NINTH_SWAPPED,
        *SEVENTIETH_SWAPPED,
        *SEVENTY_FIRST_SWAPPED,
        *SEVENTY_SECOND_SWAPPED,
        *SEVENTY_THIRD_SWAPPED,
        *SEVENTY_FOURTH_SWAPPED,
        *SEVENTY_FIFTH_SWAPPED,
        *SEVENTY_SIXTH_SWAPPED,
        *SEVENTY_SEVENTH_SWAPPED,
        *SEVENTY_EIGHTH_SWAPPED,
        *EIGHTIETH_SWAPPED,
        *SEVENTY_NINTH_SWAPPED,
        *EIGHTY_FIRST_SWAPPED,
        *EIGHTY_SECOND_SWAPPED,
        *EIGHTY_THIRD_SWAPPED,
        *EIGHTY_FOURTH_SWAPPED,
        *EIGHTY_FIFTH_SWAPPED,
        *EIGHTY_SIXTH_SWAPPED,
        *EIGHTY_SEVENTH_SWAPPED,
        *NINETIETH_SWAPPED,
        *NINETY_FIRST_SWAPPED,
        *NINETY_THIRD_SWAPPED,
        *NINETY_NINTH_SWAPPED,
        *HUNDREDTH_SWAPPED,
        *NINETY_SECOND_SWAPPED,
        *NINETY_SEVENTH_SWAPPED,
        *NINETY_FIFTH_SWAPPED,
        *NINETY_SIXTH_SWAPPED,
        *EIGHTY_NINTH_SWAPPED,
        *EIGHTY_EIGHTH_SWAPPED,
        *NINETY_EIGHTH_SWAPPED[:4],
        *NINETY_FOURTH_SWAPPED,
        *HUNDRED_FIRST_SWAPPED,
        *HUNDRED_SECOND_SWAPPED,
        *HUNDRED_THIRD_SWAPPED,
        *HUNDRED_FOURTH_SWAPPED,
        *HUNDRED_FIFTH_SWAPPED,
        *HUNDRED_SEVENTH_SWAPPED,
        *HUNDRED_TENTH_SWAPPED,
        *HUNDRED_SIXTH_SWAPPED,
        *HUNDRED_EIGHTH_SWAPPED,
        *HUNDRED_NINTH_SWAPPED,
        *HUNDRED_ELEVENTH_SWAPPED,
        *HUNDRED_TWELFTH_SWAPPED,
        *HUNDRED_THIRTEENTH_SWAPPED,
        *HUNDRED_FOURTEENTH_SWAPPED,
        *HUNDRED_FIFTEENTH_SWAPPED,
        *HUNDRED_SIXTEENTH_SWAPPED,
        *HUNDRED_SEVENTEENTH_SWAPPED,
        *HUNDRED_EIGHTEENTH_SWAPPED,
        *HUNDRED_NINETEENTH_SWAPPED,
        *HUNDRED_TWENTIETH_SWAPPED,
        *HUNDRED_TWENTY_FIRST_SWAPPED,
        *HUNDRED_TWENTY_SECOND_SWAPPED,
        *HUNDRED_TWENTY_THIRD_SWAPPED,
        *HUNDRED_TWENTY_FOURTH_SWAPPED,
        *HUNDRED_TWENTY_FIFTH_SWAPPED,
        *HUNDRED_TWENTY_SIXTH_SWAPPED,
        *HUNDRED_TWENTY_SEVENTH_SWAPPED,
        *HUNDRED_TWENTY_EIGHTH_SWAPPED,
        *HUNDRED_THIRTIETH_SWAPPED,
        *HUNDRED_TWENTY_NINTH_SWAPPED,
        *HUNDRED_THIRTY_FIRST_SWAPPED,
        *HUNDRED_THIRTY_SECOND_SWAPPED,
        *HUNDRED_THIRTY_THIRD_SWAPPED,
        *HUNDRED_THIRTY_FOURTH_SWAPPED,
        *HUNDRED_THIRTY_FIFTH_SWAPPED,
        *HUNDRED_THIRTY_SIXTH_SWAPPED,
        *HUNDRED_THIRTY_SEVENTH_SWAPPED,
        *HUNDRED_THIRTY_NINTH_SWAPPED,
        *HUNDRED_FORTIETH_SWAPPED,
        *HUNDRED_FORTY_FIRST_SWAPPED,
        *HUNDRED_THIRTY_EIGHTH_SWAPPED,
        *HUNDRED_FORTY_SECOND_SWAPPED,
        *HUNDRED_FORTY_THIRD_SWAPPED,
        *HUNDRED_FORTY_FOURTH_SWAPPED,
        *HUNDRED_FORTY_FIFTH_SWAPPED,
        *HUNDRED_FORTY_SIXTH_SWAPPED,
        *HUNDRED_FORTY_SEVENTH_SWAPPED,
        *HUNDRED_FORTY_EIGHTH_SWAPPED,
        *HUNDRED_FORTY_NINTH_SWAPPED,
        *HUNDRED_FIFTIETH_SWAPPED,
        *HUNDRED_FIFTY_FIRST_SWAPPED,
        *HUNDRED_FIFTY_SECOND_SWAPPED,
        *HUNDRED_FIFTY_THIRD_SWAPPED,
        *HUNDRED_FIFTY_FOURTH_SWAPPED,
        *HUNDRED_FIFTY_FIFTH_SWAPPED,
        *HUNDRED_FIFTY_SIXTH_SWAPPED,
        *HUNDRED_FIFTY_SEVENTH_SWAPPED,
        *HUNDRED_FIFTY_EIGHTH_SWAPPED,
        *HUNDRED_FIFTY_NINTH_SWAPPED,
        *HUNDRED_SIXTIETH_SWAPPED,
        *HUNDRED_SIXTY_FIRST_SWAPPED,
        *HUNDRED_SIXTY_SECOND_SWAPPED,
        *HUNDRED_SIXTY_THIRD_SWAPPED,
        *HUNDRED_SIXTY_FOURTH_SWAPPED,
        *HUNDRED_SIXTY_FIFTH_SWAPPED,
        *HUNDRED_SIXTY_SIXTH_SWAPPED,
        *HUNDRED_SIXTY_SEVENTH_SWAPPED,
        *HUNDRED_SIXTY_EIGHTH_SWAPPED,
        *HUNDRED_SIXTY_NINTH_SWAPPED,
        *HUNDRED_SEVENTIETH_SWAPPED,
        *HUNDRED_SEVENTY_FIRST_SWAPPED,
        *HUNDRED_SEVENTY_SECOND_SWAPPED,
        *HUNDRED_SEVENTY_THIRD_SWAPPED,
        *HUNDRED_SEVENTY_FOURTH_SWAPPED,
        *HUNDRED_SEVENTY_FIFTH_SWAPPED,
        *HUNDRED_SEVENTY_SIXTH_SWAPPED,
        *HUNDRED_SEVENTY_SEVENTH_SWAPPED,
        *HUNDRED_SEVENTY_EIGHTH_SWAPPED,
        *HUNDRED_SEVENTY_NINTH_SWAPPED,
        *HUNDRED_EIGHTIETH_SWAPPED,
        *HUNDRED_EIGHTY_FIRST_SWAPPED,
        *HUNDRED_EIGHTY_SECOND_SWAPPED,
        *HUNDRED_EIGHTY_THIRD_SWAPPED,
        *HUNDRED_EIGHTY_FOURTH_SWAPPED,
        *HUNDRED_EIGHTY_FIFTH_SWAPPED,
        *HUNDRED_EIGHTY_SIXTH_SWAPPED,
        *HUNDRED_EIGHTY_SEVENTH_SWAPPED,
        *HUNDRED_EIGHTY_EIGHTH_SWAPPED,
        *HUNDRED_EIGHTY_NINTH_SWAPPED,
        *HUNDRED_NINETIETH_SWAPPED,
        *HUNDRED_NINETY_FIRST_SWAPPED,
        *HUNDRED_NINETY_SECOND_SWAPPED,
        *HUNDRED_NINETY_THIRD_SWAPPED,
        *HUNDRED_NINETY_FOURTH_SWAPPED,
        *HUNDRED_NINETY_FIFTH_SWAPPED,
        *HUNDRED_NINETY_SIXTH_SWAPPED,
        *HUNDRED_NINETY_SEVENTH_SWAPPED,
        *HUNDRED_NINETY_EIGHTH_SWAPPED,
        *HUNDRED_NINETY_NINTH_SWAPPED,
        *TWO_HUNDREDTH_SWAPPED,
        *TWO_HUNDRED_SECOND_SWAPPED,
        *TWO_HUNDRED_FIRST_SWAPPED,
        *TWO_HUNDRED_FOURTH_SWAPPED,
        *TWO_HUNDRED_FIFTH_SWAPPED,
        *TWO_HUNDRED_THIRD_SWAPPED,
    ],
)
def test_role_swaps_of_the_later_passes_are_refused(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, cfg).accept
        assert roles.role_swap(parse(x), parse(y))


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        *SEVENTEENTH_SAME,
        *EIGHTEENTH_SAME,
        *NINETEENTH_SAME,
        *TWENTIETH_SAME,
        *TWENTY_FIRST_SAME,
        *TWENTY_SECOND_SAME,
        *TWENTY_THIRD_SAME,
        *TWENTY_FOURTH_SAME,
        *TWENTY_FIFTH_SAME,
        *TWENTY_SIXTH_SAME,
        *TWENTY_SEVENTH_SAME,
        *TWENTY_EIGHTH_SAME,
        *TWENTY_NINTH_SAME,
        *THIRTIETH_SAME,
        *THIRTY_FIRST_SAME,
        *THIRTY_SECOND_SAME,
        *THIRTY_THIRD_SAME,
        *THIRTY_FOURTH_SAME,
        *THIRTY_FIFTH_SAME,
        *THIRTY_SIXTH_SAME,
        *THIRTY_SEVENTH_SAME,
        *THIRTY_EIGHTH_SAME,
        *THIRTY_NINTH_SAME,
        *FORTIETH_SAME,
        *FORTY_FIRST_SAME,
        *FORTY_SECOND_SAME,
        *FORTY_THIRD_SAME,
        *FORTY_FOURTH_SAME,
        *FORTY_FIFTH_SAME,
        *FORTY_SIXTH_SAME,
        *FORTY_SEVENTH_SAME,
        *FORTY_NINTH_SAME,
        *FIFTIETH_SAME,
        *FORTY_EIGHTH_SAME,
        *FIFTY_FIRST_SAME,
        *FIFTY_SECOND_SAME,
        *FIFTY_THIRD_SAME,
        *FIFTY_FOURTH_SAME,
        *FIFTY_FIFTH_SAME,
        *FIFTY_SIXTH_SAME,
        *FIFTY_SEVENTH_SAME,
        *FIFTY_EIGHTH_SAME,
        *FIFTY_NINTH_SAME,
        *SIXTIETH_SAME,
        *SIXTY_FIRST_SAME,
        *SIXTY_SECOND_SAME,
        *SIXTY_THIRD_SAME,
        *SIXTY_FOURTH_SAME,
        *SIXTY_FIFTH_SAME,
        *SIXTY_SIXTH_SAME,
        *SIXTY_SEVENTH_SAME,
        *SIXTY_EIGHTH_SAME,
        *SIXTY_NINTH_SAME,
        *SEVENTIETH_SAME,
        *SEVENTY_FIRST_SAME,
        *SEVENTY_SECOND_SAME,
        *SEVENTY_THIRD_SAME,
        *SEVENTY_FOURTH_SAME,
        *SEVENTY_FIFTH_SAME,
        *SEVENTY_SIXTH_SAME,
        *SEVENTY_SEVENTH_SAME,
        *SEVENTY_EIGHTH_SAME,
        *EIGHTIETH_SAME,
        *SEVENTY_NINTH_SAME,
        *EIGHTY_FIRST_SAME,
        *EIGHTY_SECOND_SAME,
        *EIGHTY_THIRD_SAME,
        *EIGHTY_FOURTH_SAME,
        *EIGHTY_FIFTH_SAME,
        *EIGHTY_SIXTH_SAME,
        *EIGHTY_SEVENTH_SAME,
        *NINETIETH_SAME,
        *NINETY_FIRST_SAME,
        *NINETY_THIRD_SAME,
        *NINETY_NINTH_SAME,
        *HUNDREDTH_SAME,
        *NINETY_SECOND_SAME,
        *NINETY_SEVENTH_SAME,
        *NINETY_FIFTH_SAME,
        *NINETY_SIXTH_SAME,
        *EIGHTY_NINTH_SAME,
        *EIGHTY_EIGHTH_SAME,
        *NINETY_EIGHTH_SAME,
        *NINETY_FOURTH_SAME,
        *HUNDRED_FIRST_SAME,
        *HUNDRED_SECOND_SAME,
        *HUNDRED_THIRD_SAME,
        *HUNDRED_FOURTH_SAME,
        *HUNDRED_FIFTH_SAME,
        *HUNDRED_SEVENTH_SAME,
        *HUNDRED_TENTH_SAME,
        *HUNDRED_SIXTH_SAME,
        *HUNDRED_EIGHTH_SAME,
        *HUNDRED_NINTH_SAME,
        *HUNDRED_ELEVENTH_SAME,
        *HUNDRED_TWELFTH_SAME,
        *HUNDRED_THIRTEENTH_SAME,
        *HUNDRED_FOURTEENTH_SAME,
        *HUNDRED_FIFTEENTH_SAME,
        *HUNDRED_SIXTEENTH_SAME,
        *HUNDRED_SEVENTEENTH_SAME,
        *HUNDRED_EIGHTEENTH_SAME,
        *HUNDRED_NINETEENTH_SAME,
        *HUNDRED_TWENTIETH_SAME,
        *HUNDRED_TWENTY_FIRST_SAME,
        *HUNDRED_TWENTY_SECOND_SAME,
        *HUNDRED_TWENTY_THIRD_SAME,
        *HUNDRED_TWENTY_FOURTH_SAME,
        *HUNDRED_TWENTY_FIFTH_SAME,
        *HUNDRED_TWENTY_SIXTH_SAME,
        *HUNDRED_TWENTY_SEVENTH_SAME,
        *HUNDRED_TWENTY_EIGHTH_SAME,
        *HUNDRED_THIRTIETH_SAME,
        *HUNDRED_TWENTY_NINTH_SAME,
        *HUNDRED_THIRTY_FIRST_SAME,
        *HUNDRED_THIRTY_SECOND_SAME,
        *HUNDRED_THIRTY_THIRD_SAME,
        *HUNDRED_THIRTY_FOURTH_SAME,
        *HUNDRED_THIRTY_FIFTH_SAME,
        *HUNDRED_THIRTY_SIXTH_SAME,
        *HUNDRED_THIRTY_SEVENTH_SAME,
        *HUNDRED_THIRTY_NINTH_SAME,
        *HUNDRED_FORTIETH_SAME,
        *HUNDRED_FORTY_FIRST_SAME,
        *HUNDRED_THIRTY_EIGHTH_SAME,
        *HUNDRED_FORTY_SECOND_SAME,
        *HUNDRED_FORTY_THIRD_SAME,
        *HUNDRED_FORTY_FOURTH_SAME,
        *HUNDRED_FORTY_FIFTH_SAME,
        *HUNDRED_FORTY_SIXTH_SAME,
        *HUNDRED_FORTY_SEVENTH_SAME,
        *HUNDRED_FORTY_EIGHTH_SAME,
        *HUNDRED_FORTY_NINTH_SAME,
        *HUNDRED_FIFTIETH_SAME,
        *HUNDRED_FIFTY_FIRST_SAME,
        *HUNDRED_FIFTY_SECOND_SAME,
        *HUNDRED_FIFTY_THIRD_SAME,
        *HUNDRED_FIFTY_FOURTH_SAME,
        *HUNDRED_FIFTY_FIFTH_SAME,
        *HUNDRED_FIFTY_SIXTH_SAME,
        *HUNDRED_FIFTY_SEVENTH_SAME,
        *HUNDRED_FIFTY_EIGHTH_SAME,
        *HUNDRED_FIFTY_NINTH_SAME,
        *HUNDRED_SIXTIETH_SAME,
        *HUNDRED_SIXTY_FIRST_SAME,
        *HUNDRED_SIXTY_SECOND_SAME,
        *HUNDRED_SIXTY_THIRD_SAME,
        *HUNDRED_SIXTY_FOURTH_SAME,
        *HUNDRED_SIXTY_FIFTH_SAME,
        *HUNDRED_SIXTY_SIXTH_SAME,
        *HUNDRED_SIXTY_SEVENTH_SAME,
        *HUNDRED_SIXTY_EIGHTH_SAME,
        *HUNDRED_SIXTY_NINTH_SAME,
        *HUNDRED_SEVENTIETH_SAME,
        *HUNDRED_SEVENTY_FIRST_SAME,
        *HUNDRED_SEVENTY_SECOND_SAME,
        *HUNDRED_SEVENTY_THIRD_SAME,
        *HUNDRED_SEVENTY_FOURTH_SAME,
        *HUNDRED_SEVENTY_FIFTH_SAME,
        *HUNDRED_SEVENTY_SIXTH_SAME,
        *HUNDRED_SEVENTY_SEVENTH_SAME,
        *HUNDRED_SEVENTY_EIGHTH_SAME,
        *HUNDRED_SEVENTY_NINTH_SAME,
        *HUNDRED_EIGHTIETH_SAME,
        *HUNDRED_EIGHTY_FIRST_SAME,
        *HUNDRED_EIGHTY_SECOND_SAME,
        *HUNDRED_EIGHTY_THIRD_SAME,
        *HUNDRED_EIGHTY_FOURTH_SAME,
        *HUNDRED_EIGHTY_FIFTH_SAME,
        *HUNDRED_EIGHTY_SIXTH_SAME,
        *HUNDRED_EIGHTY_SEVENTH_SAME,
        *HUNDRED_EIGHTY_EIGHTH_SAME,
        *HUNDRED_EIGHTY_NINTH_SAME,
        *HUNDRED_NINETIETH_SAME,
        *HUNDRED_NINETY_FIRST_SAME,
        *HUNDRED_NINETY_SECOND_SAME,
        *HUNDRED_NINETY_THIRD_SAME,
        *HUNDRED_NINETY_FOURTH_SAME,
        *HUNDRED_NINETY_FIFTH_SAME,
        *HUNDRED_NINETY_SIXTH_SAME,
        *HUNDRED_NINETY_SEVENTH_SAME,
        *HUNDRED_NINETY_EIGHTH_SAME,
        *HUNDRED_NINETY_NINTH_SAME,
        *TWO_HUNDREDTH_SAME,
        *TWO_HUNDRED_SECOND_SAME,
        *TWO_HUNDRED_FIRST_SAME,
        *TWO_HUNDRED_FOURTH_SAME,
        *TWO_HUNDRED_FIFTH_SAME,
        *TWO_HUNDRED_THIRD_SAME,
    ],
)
def test_same_roles_of_the_later_passes_are_served(cached: str, incoming: str) -> None:
    cfg = replace(VerifyConfig(), classifier=False)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, 0.97, cfg).accept
        assert not roles.role_swap(parse(x), parse(y))


def test_eighty_fourth_pass_readers_leave_the_doer_alone() -> None:
    # role pass 83: another verb for the same deed with the same doer and owner ("borrow
    # against" for "take out a loan against"; the pair is refused on its words, not its roles),
    # "too" that says the state is shared, a place phrase with no verb after it
    loan = (
        "Should I let my husband take out a loan against my 401(k)?",
        "Should I let my husband borrow against my 401(k)?",
    )
    assert not let_user_traded(*map(parse, loan))
    assert not roles.role_swap(*map(parse, loan))
    assert not roles.role_swap(*map(parse, loan[::-1]))
    shared = (
        "My dyslexic son gets upset when I correct him. I'm dyslexic too.",
        "I'm dyslexic and get upset when my son corrects me. He's dyslexic too.",
    )
    assert not states.state_traded(*map(parse, shared))
    cafe = ("I met my friend in a cafe and she paid.", "I'm in a cafe and my friend paid.")
    assert not states.state_traded(*map(parse, cafe))


def test_eighty_sixth_pass_readers_leave_the_roles_kept() -> None:
    # role pass 85: the same holder said in a relative clause and in a clause of its own, other
    # verbs for the same two acts, the same doer asked about in other words (the three pairs are
    # refused on their words or by the classifier, not by their roles)
    kept = [
        (
            "My teenage daughter has asthma; is it safe for her to use the sauna with her friend?",
            "Is it safe for my teenage daughter, who has asthma, to use the sauna with her friend?",
        ),
        (
            "I sent my puzzle but never got one back",
            "I mailed my puzzle but never received one in return",
        ),
        (
            "What can my mom do if her caregiver owes her money?",
            "What are my mom's options if her caregiver owes her money?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        px, py = parse(x), parse(y)
        assert not roles.role_swap(px, py), (x, y)
        assert not states.state_traded(px, py)
        assert not contrasted_verbs_traded(px, py)
        assert not owners_crossed(px, py)


def test_eighty_seventh_pass_readers_read_the_rewritten_frame() -> None:
    # role pass 86: verify reads one side of each pair rewritten ("Am I allowed to" and "Is it
    # okay to V X" said "Can I" / "Can you"); the frame reader reads the doer against it
    for asked, rewritten in (
        (EIGHTY_SEVENTH_ROUNDS[1][0], "Can I evaluate the teen referee I mentor?"),
        (EIGHTY_SEVENTH_ROUNDS[2][1], "Can you record the session leader without asking?"),
    ):
        assert _read_as_traded(frame_subject_said, parse(asked), parse(rewritten))
        assert _read_as_traded(frame_subject_said, parse(rewritten), parse(asked))
    # a peer the asker acts with: either of the two may do it
    peer = (
        "Is the roommate I share a lease with allowed to evict me?",
        "Can I evict the roommate I share a lease with?",
    )
    assert frame_subject_said(*map(parse, peer)) is None
    # the same reported clause, and a relation both ways, are no owners traded
    same = (
        "How do I tell my neighbor that her dog bit mine?",
        "What do I do when my neighbor says her dog bit mine?",
    )
    both_ways = (
        "How do I tell my sister that her son plays with mine?",
        "How do I respond when my sister says my son plays with hers?",
    )
    for pair in (same, both_ways):
        assert not reported_holder_traded(*map(parse, pair))
        assert not reported_holder_traded(*map(parse, pair[::-1]))


def test_eighty_ninth_pass_readers_leave_the_roles_kept() -> None:
    # role pass 88: a perfect on both sides is read as it is ("I'd" / "had"); a host's place
    # owned by the host on both sides ("have me on their channel" / "let me come on their
    # channel") is no trade; a deed stated against the asker's reported deed needs the stated
    # doer named on the reported side (the reporter or an owner there), not a third party
    both = (
        "What should I do when my landlord has yelled at me?",
        "What should I do when I'd yelled at my landlord?",
    )
    assert perfect_dropped(*map(parse, both)) is None
    host = (
        "How do I convince a YouTuber to have me on their channel?",
        "How do I convince a YouTuber to let me come on their channel?",
    )
    assert host_said_let(*map(parse, host)) is None
    assert not roles.role_swap(*map(parse, host))
    other = (
        "My sister ate my leftovers. What should I do?",
        "My roommate says I ate my leftovers. What should I do?",
    )
    assert not reported_holder_traded(*map(parse, other))
    assert not reported_holder_traded(*map(parse, other[::-1]))


def test_ninety_fourth_pass_reader_leaves_the_layers_kept() -> None:
    # role pass 93: the converse preposition with the two things traded ("over" / "under") keeps
    # the layers; a verb that pools the two things asks one thing either way; "to" against "to"
    # is direction's (symmetric "introduce"); a pronoun for a layer, both orders said on one
    # side, and the round's served rewordings trade nothing (the pairs are refused, where they
    # are, on their words or cosine, not their roles)
    kept = [
        ("Can I lay tile over the membrane?", "Can I lay the membrane under tile?"),
        ("Can I wear a hoodie over my rain jacket?", "Can I wear my rain jacket under a hoodie?"),
        ("Can I mix baking soda into vinegar?", "Can I mix vinegar into baking soda?"),
        ("Can I take ibuprofen on top of Tylenol?", "Can I take Tylenol on top of ibuprofen?"),
        ("Can I stir the eggs into the flour?", "Can I stir the flour into the eggs?"),
        ("How do I introduce my cat to my dog?", "How do I introduce my dog into my cat?"),
        ("Can I put it over the dye?", "Can I put the dye over it?"),
        (
            "Should the topper go under the sheet or the sheet under the topper?",
            "Should I put the sheet under the topper?",
        ),
        (
            "Can I put Resolene over leather dye once the dye is dry?",
            "Once the dye has dried, can I apply Resolene on top of it?",
        ),
        (
            "How do I transfer my typewritten pages into a Word document?",
            "How can I get my typed pages into Word?",
        ),
        (
            "Can I put Resolene over dye once it's dry?",
            "Can I put Resolene over leather dye once the dye is dry?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        assert not placed_traded(parse(x), parse(y)), (x, y)


def test_ninety_sixth_pass_readers_leave_the_roles_kept() -> None:
    # role pass 95: the same giver in other words, "received" (the giver's mistake too), a
    # broken thing sold and bought (one sale), the policy's kind said in a reworded question
    # (these pairs are refused on their words or served, never read as a trade)
    kept = [
        (
            "My supplier shipped me the wrong panels. Who pays the return shipping?",
            "My supplier sent the wrong panels. Who covers return shipping?",
        ),
        (
            "The store sent me the wrong size. Can I return it?",
            "I received the wrong size from the store. Can I return it?",
        ),
        (
            "The store sold me a broken lamp. Can I return it?",
            "I bought a broken lamp from the store. Can I return it?",
        ),
        (
            "The wrong bouquet was delivered by my florist - what should I do?",
            "My florist delivered the wrong bouquet. What should I do?",
        ),
        (
            "Does my homeowner's insurance cover the greenhouse my tenant put up?",
            "Will my homeowners policy cover a greenhouse built by my tenant?",
        ),
        (
            "Does my homeowner's insurance cover the fence my neighbor knocked down?",
            "Does my homeowner's policy cover the fence my neighbor knocked down?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        px, py = parse(x), parse(y)
        assert not roles.role_swap(px, py), (x, y)
        assert not erring_party_traded(px, py)
        assert chain_owner_collapsed(px, py) is None


def test_review29_readings_do_not_recur_or_raise() -> None:
    """Review 29: readings that returned their input again ("of else's model" with no
    "someone"; "mine mine than") recursed without end; an empty side raised."""
    from policies.verify import VerifyConfig, verify

    pairs = [
        ("I who rental I toward the one is mine mine than him our mine than 's", "was I than"),
        (
            "Did I violate the license by selling prints of else's model?",
            "Did someone violate the license by selling prints of my model?",
        ),
        ("", "by"),
        ("", "was I got a ticket for passing the bus"),
    ]
    for x, y in pairs:
        verify(x, y, 1.0, VerifyConfig())
        verify(y, x, 1.0, VerifyConfig())


def test_role_swap_reads_each_pair_once_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """Review 29: readings applied in turn to a long prompt read k! orders (minutes on 500
    words); each pair is read once per question, the words read again are bounded, and a pair
    that needs more is refused."""
    clauses = (
        "My sister's installer charged her less than mine charged me for the panels,",
        "the taxi driver who cut me off was fined by the inspector for speeding and",
        "the dog that bit mine belongs to someone else's son who was bitten by a cat,",
        "after she cut me off I was covering the defenseman who was hit by the puck and",
    )
    words = " ".join(clauses[i % 4] for i in range(14)).split()[:200]
    a, b = parse(" ".join(words)), parse(" ".join(words[:100] + words[101:]))
    read: list[tuple[str, str]] = []
    body = roles._role_swap

    def spy(x: Parsed, y: Parsed) -> bool:
        read.append((x.source, y.source))
        return body(x, y)

    monkeypatch.setattr(roles, "_role_swap", spy)
    roles.role_swap(a, b)
    assert len(read) == len(set(read)) > 1  # readings applied, no pair read twice
    reread = sum(len(x.split()) + len(y.split()) for x, y in read[1:])
    assert reread <= roles._MAX_REREAD_WORDS + 2 * len(words)
    monkeypatch.setattr(roles, "_MAX_REREAD_WORDS", 0)
    assert roles.role_swap(a, b)  # past the bound: refused, its roles unread


# a strong verb's participle read as the other side's verb ("driven" / "drive"): the
# receiver asked against the sender whatever the participle's spelling
STRONG_RECEIVER_ASKED = [
    ("Who should the car be driven to?", "Who should drive the car to my son?"),
    ("Who should the tickets be given to?", "Who should give the tickets to my cousin?"),
    ("Who should the package be taken to?", "Who should take the package to the post office?"),
]


@pytest.mark.parametrize(("cached", "incoming"), STRONG_RECEIVER_ASKED)
def test_receiver_asked_with_a_strong_participle_refused(cached: str, incoming: str) -> None:
    assert receiver_asked_sender(parse(cached), parse(incoming))
    assert receiver_asked_sender(parse(incoming), parse(cached))
    assert not verify(cached, incoming, 0.99, VerifyConfig()).accept


# round pairs served only below the shipped cut, each refused on its roles at 0.90 too
BELOW_CUT_ROUNDS = [
    *EIGHTY_EIGHTH_ROUNDS,  # role pass 87: the au pair pair (and the pass's other round pairs)
    *NINETY_FIRST_ROUNDS[1:],  # role pass 90: the dollhouse pair
    *NINETY_SECOND_ROUNDS,  # role pass 91: the skater pair (and the other round pair)
    *HUNDREDTH_ROUNDS[2:],  # role pass 99: the teammate and hat pairs
    *HUNDRED_FIRST_ROUNDS[1:],  # role pass 100: the in-goal pair
    *HUNDRED_SEVENTY_FIRST_ROUNDS,  # role pass 170: the tiki bar pair (0.916 < 0.92)
    *HUNDRED_SEVENTY_SECOND_ROUNDS,  # role pass 171: the tutor pair (score 0.901 < 0.92)
    *HUNDRED_SEVENTY_EIGHTH_ROUNDS[1:],  # role pass 177: the crawfish pair (0.904 < 0.92)
    *HUNDRED_EIGHTY_EIGHTH_ROUNDS,  # role pass 187: the baklava pair (score 0.907 < 0.92)
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), BELOW_CUT_ROUNDS)
def test_rounds_served_below_the_shipped_cut_are_refused_there_on_their_roles(
    cached: str, incoming: str, cosine: float
) -> None:
    cfg = VerifyConfig(min_score=0.90)
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, cfg)
        assert not verdict.accept and "direction_swap" in verdict.reasons


def test_ninety_first_pass_readers_leave_the_roles_kept() -> None:
    # role pass 90: the same roles said as a question of the neighbors (base refuses that pair
    # on other grounds: no role is read here), the same direction said from the other side
    kept = [
        (
            "My husband built a dollhouse for our neighbor's daughter. Should they pay him?",
            "Should our neighbors pay my husband for the dollhouse he built their daughter?",
        ),
        (
            "What does Venus in the 8th house mean for money a partner gives me?",
            "What does Venus in the 8th house mean for money I get from a partner?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        px, py = parse(x), parse(y)
        assert not got_from_given(px, py), (x, y)
        assert not party_owner_traded(px, py), (x, y)


def test_ninety_third_pass_reads_one_doer_as_one() -> None:
    # role pass 92: the party doing the act on both sides (one named in a relative clause with
    # "we" inside it, "the team we're playing", the other "our opponents"), or the asker on both
    # (the words apart refuse some of these pairs on their own: their roles are not traded)
    for p, q in (
        (
            "What happens if the team we're playing shows up late?",
            "What if our opponents show up late?",
        ),
        ("What if the tutor I booked cancels on me?", "What happens if my tutor cancels?"),
        ("What if I show up late for my shift?", "What happens if I'm late for my shift?"),
        (
            "What happens if I'm late for the client I'm meeting?",
            "What if I show up late to meet my client?",
        ),
    ):
        assert not party_made_asker(parse(p), parse(q)), (p, q)
        assert not party_made_asker(parse(q), parse(p)), (q, p)
        assert not roles.role_swap(parse(p), parse(q)), (p, q)
        assert not roles.role_swap(parse(q), parse(p)), (q, p)


def test_ninety_second_pass_readers_leave_what_they_leave() -> None:
    # role pass 91: a follow-up with its people changed both ways, or the same on both sides;
    # the asker's act making X act, undergoing it, a mutual act, the asker X's peer or source,
    # another judgment
    left_asked = [
        (
            "I taught him chords and he taught me scales. What should I learn next?",
            "He taught me chords and I taught him scales. What should I learn next?",
        ),
        (
            "My neighbor's tree fell on my car. Can I sue him?",
            "My tree fell on my neighbor's car. Can he sue me?",
        ),
        (
            "A bigger league wants to merge into ours. Will we lose our name?",
            "A bigger league wants to merge with ours. Will we lose our name?",
        ),
    ]
    left_judged = [
        (
            "Is it okay to have my friend drive me home?",
            "Is it okay for my friend to drive me home?",
        ),
        ("Is it okay to be picked up by my friend?", "Is it okay for my friend to pick me up?"),
        ("Is it weird to date my coworker?", "Is it weird for my coworker to date me?"),
        (
            "Is it rude to share a table with a stranger?",
            "Is it rude for a stranger to share a table with me?",
        ),
        ("Is it rude to interrupt my boss?", "Is it legal for my boss to interrupt me?"),
        (
            "Is it okay to replace the partner I'm paired with?",
            "Is it okay for the partner I'm paired with to replace me?",
        ),
    ]
    for x, y in left_asked + [(q, p) for p, q in left_asked]:
        assert not doer_asked_traded(parse(x), parse(y)), (x, y)
    for x, y in left_judged + [(q, p) for p, q in left_judged]:
        assert not judged_doer_traded(parse(x), parse(y)), (x, y)


def test_ninety_eighth_number_nouns_refused_below_the_shipped_cut() -> None:
    # role pass 97: "the ones" / "the twos" was served only at the 0.90 cut; it and the other
    # number nouns traded are refused on their numbers at both cuts, none of them a role swap
    cosine = NINETY_EIGHTH_ROUNDS[1][2]
    number_pairs = [NINETY_EIGHTH_ROUNDS[1][:2], *NINETY_EIGHTH_SWAPPED[4:]]
    for cached, incoming in number_pairs:
        for x, y in ((cached, incoming), (incoming, cached)):
            for cfg in (VerifyConfig(), VerifyConfig(min_score=0.90)):
                verdict = verify(x, y, cosine, cfg)
                assert not verdict.accept and "number_mismatch" in verdict.reasons, (x, y)
            assert not roles.role_swap(parse(x), parse(y))


def test_ninety_eighth_pass_readers_leave_the_kept_alone() -> None:
    # role pass 97: a rewrite of the same ask ("teen" for "teenager", "without supervision")
    # keeps the user and the owner (refused on its words, if at all, not its roles); "let"
    # renting a thing out is no leave to act; a number word the other side lacks is no trade
    kept = [
        (
            "Is it okay to let my friend's teenager use our hot tub unsupervised?",
            "Can my friend's teen use our hot tub without supervision?",
        ),
        (
            "Is it okay for my teenager to use my friend's hot tub unsupervised?",
            "Can my teen use my friend's hot tub without an adult there?",
        ),
        ("Can I let my flat to my coworker's son?", "Can my coworker's son rent my flat?"),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        assert not roles.role_swap(parse(x), parse(y)), (x, y)
    assert let_dropped(*map(parse, kept[2])) is None
    assert not rules.number_nouns_changed(
        parse("Should I tip the valet in fives?"), parse("Should I tip the valet in fives or ones?")
    )
    assert not rules.number_nouns_changed(
        parse("What are the odds of rolling two sixes?"),
        parse("What is the probability of rolling double sixes?"),
    )


def test_hundred_first_pass_readers_leave_the_first_doer_kept() -> None:
    # role pass 100: the other party doing the first act both ways, named in other words (the
    # pair is refused on "opposition" / "other team", not on its roles)
    kept = (
        "If the opposition puts the ball into our in-goal and we ground it, how does play restart?",
        "How does play restart if the other team puts the ball in our in-goal and we ground it?",
    )
    for x, y in (kept, kept[::-1]):
        assert not roles.role_swap(parse(x), parse(y))
        assert not doer_owner_traded(parse(x), parse(y))
        assert not _read_as_traded(pronoun_dropped, parse(x), parse(y))


def test_hundred_second_pass_reads_the_clause_voice() -> None:
    # role pass 101: the asker the doer in one clause and acted on in the other, the act said by
    # the verb or by its own noun; the same voice both ways, a clause moved and a state are left
    for p, q in (
        ("after I made a foul", "after I was fouled"),
        ("after I made the interception", "after I was intercepted"),
        ("after I hit a car", "after I was hit by a car"),
        ("after I tackled him", "after I was tackled"),
    ):
        assert relative_voice_traded(parse(p), parse(q)), (p, q)
        assert relative_voice_traded(parse(q), parse(p)), (q, p)
        assert roles.role_swap(parse(p), parse(q)), (p, q)
    for p, q in (
        ("after I made a tackle", "after I tackled someone"),
        (
            "The referee penalised me for not rolling away after I made a tackle. Was he right?",
            "After I made a tackle the ref penalised me for not rolling away. Was he right?",
        ),
        ("after I was injured", "after I injured myself"),
        ("after I was married", "after I married her"),
        ("when I was worried", "when I worried"),
    ):
        assert not relative_voice_traded(parse(p), parse(q)), (p, q)
        assert not relative_voice_traded(parse(q), parse(p)), (q, p)


def test_hundred_third_pass_reads_no_trade_in_the_kept() -> None:
    # role pass 102: the same role asked another way ("got the license from" for "licensed
    # from", "Who ordered X's beheading?" for "On whose orders was X beheaded?"): no reader of
    # the pass reads a trade (other rules may refuse these on their words or their cosine)
    kept = [
        (
            "Which US company licensed Pac-Man from Namco?",
            "Which American company got the Pac-Man license from Namco?",
        ),
        ("On whose orders was Anne Boleyn beheaded?", "Who ordered Anne Boleyn's beheading?"),
        (
            "Who did Roger Sharpe prove pinball was a game of skill to in 1976?",
            "To whom did Roger Sharpe prove in 1976 that pinball was a game of skill?",
        ),
    ]
    for x, y in kept + [(q, p) for p, q in kept]:
        assert not roles.role_swap(parse(x), parse(y)), (x, y)
        assert not whose_phrase_traded(parse(x), parse(y)), (x, y)
    # the Roger Sharpe pair is served at its cosine at both cuts
    for cfg in (VerifyConfig(), VerifyConfig(min_score=0.90)):
        assert verify(*kept[2], 0.977, cfg).accept
        assert verify(*kept[2][::-1], 0.977, cfg).accept


def test_hundred_tenth_pass_readers_leave_the_kept_pairs_alone() -> None:
    # role pass 109: the buyer asked both ways ("Who bought X" / "Who was the buyer of X"; the
    # pair is refused on its words, not its roles) and the same skater laughing in other words
    bought = (
        "Who bought the British Guiana 1c magenta when it was sold in 2021?",
        "Who was the buyer of the British Guiana 1c magenta when it sold in 2021?",
    )
    laughs = (
        "How do I handle a skater who laughs at a teammate who fell?",
        "How should I deal with a skater who laughs at a teammate who fell?",
    )
    for x, y in (bought, bought[::-1], laughs, laughs[::-1]):
        assert not roles.role_swap(parse(x), parse(y)), (x, y)
    for x, y in (laughs, laughs[::-1]):
        assert verify(x, y, 0.987, VerifyConfig()).accept
    # the seller asked against the buyer by its noun: refused both ways
    sold = ("Who sold the farmhouse in 2015?", "Who was the buyer of the farmhouse in 2015?")
    assert converse_verb(*map(parse, sold)) and converse_verb(*map(parse, sold[::-1]))


def test_hundred_ninety_third_pass_readers_read_their_shape_only() -> None:
    # role pass 192: the "we" described as the other party and the party thanked traded each
    # read by its own reader, either way round; no served pair of the pass read as traded
    rounds = [(r[0], r[1]) for r in HUNDRED_NINETY_THIRD_ROUNDS]
    pairs = rounds + HUNDRED_NINETY_THIRD_SWAPPED
    for p, q in pairs:
        reader = thanked_party_traded if "thank" in p else self_described
        assert reader(parse(p), parse(q)), (p, q)
        assert reader(parse(q), parse(p)), (q, p)
    for p, q in HUNDRED_NINETY_THIRD_SAME:
        for x, y in ((p, q), (q, p)):
            assert not thanked_party_traded(parse(x), parse(y)), (x, y)
            assert not self_described(parse(x), parse(y)), (x, y)
    # the asker "I" on one side and "we" on the other is no trade of the one asker
    mixed = ("I'm a club hosting a visiting team", "We're a visiting team hosted by a club")
    assert not self_described(*map(parse, mixed))
