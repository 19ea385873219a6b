"""Verification stage for semantic-cache hits: is a similar cached prompt the *same* question?

A cosine threshold alone serves wrong answers to near-misses ("enable" vs "disable",
"500 mg" vs "5000 mg", "MySQL to PostgreSQL" vs the reverse). ``verify`` accepts a
candidate only when the cosine clears the threshold, no rule finds a difference in kind
(numbers, units, negation, names, direction, languages, time, format, operators and
code, quantifiers and modals), and a small
logistic model over pair features scores it as a paraphrase. Pure: no I/O (the model's
weights are bundled data read once at import), no clock, no mutable globals.
"""

from __future__ import annotations

from policies.verdicts import Verdict, VerifyConfig
from policies.verify import (
    abbreviations,
    additions,
    asker,
    asks,
    attributes,
    choices,
    cli,
    clock,
    comparatives,
    complements,
    compounds,
    conditions,
    counted,
    definitions,
    degrees,
    devices,
    diffs,
    exchanges,
    exclusions,
    finance,
    folds,
    forms,
    grades,
    headings,
    health,
    howbounds,
    illnesses,
    judgments,
    kin,
    languages,
    layers,
    limits,
    logic,
    moved,
    narrowing,
    nearmiss,
    nutrition,
    owners,
    places,
    procedures,
    qualifiers,
    quantities,
    questions,
    relations,
    relatives,
    reorder,
    reversals,
    roles,
    rules,
    sameness,
    scaled,
    science,
    sequence,
    shared,
    spans,
    sports,
    standing,
    substitutions,
    targets,
    timing,
    traded,
    translation,
    venues,
    voice,
    whtraded,
    whwords,
    withtime,
    wordings,
)
from policies.verify.amounts import canonical_amounts
from policies.verify.askframes import canonical_ask_for
from policies.verify.clauses import canonical_order
from policies.verify.codelang import align_language
from policies.verify.codeterms import canonical_terms
from policies.verify.commonasks import canonical_common_ask
from policies.verify.constraints import canonical_constraint
from policies.verify.creative import canonical_creative
from policies.verify.direction import direction_swap
from policies.verify.duties import canonical_duty
from policies.verify.factasks import canonical_fact_ask
from policies.verify.fixasks import canonical_fix_ask
from policies.verify.frames import strip_frames
from policies.verify.hyphens import align as align_hyphens
from policies.verify.hyphens import code_hyphen_dropped
from policies.verify.model import bundled_model, features
from policies.verify.normalise import apostrophes
from policies.verify.notation import canonical_notation
from policies.verify.patterns import pattern_mismatch
from policies.verify.phrasings import canonical_phrasing
from policies.verify.plain import plain_equal
from policies.verify.roles import kept
from policies.verify.senses import sense_mismatch, who_did_swap
from policies.verify.text import Parsed, parse

__all__ = ["Verdict", "VerifyConfig", "verify"]


# Applied in this order, each to the output of the one before it.
_REWRITES = (
    apostrophes,  # "whats the X" read by the frames as "what's the X"
    grades.canonical_grades,  # "a C minus" / "a C-"
    clock.canonical_clock,
    science.canonical_science,
    finance.canonical_finance,
    devices.canonical_devices,
    canonical_fix_ask,
    canonical_fact_ask,
    canonical_constraint,
    canonical_notation,
    canonical_terms,
    canonical_creative,
    canonical_ask_for,
    strip_frames,
    canonical_common_ask,
    sports.canonical_sports,
    nutrition.canonical_nutrition,
    translation.canonical_translation,
    health.canonical_health,
    cli.canonical_cli,
    choices.language_go,
    canonical_phrasing,
    procedures.canonical_procedure,
    canonical_amounts,
    forms.canonical_form,
    attributes.canonical_attribute,
    canonical_order,
    comparatives.canonical_comparison,
    canonical_duty,
    wordings.canonical_wording,
)


def _canonical(text: str) -> str:
    """One prompt with its frames stripped and its notation, terms, language, forms, amounts
    and order made canonical."""
    for rewrite in _REWRITES:
        text = rewrite(text)
    return text


def _negatives(p: Parsed) -> tuple[str, ...]:
    return tuple(n for n in p.numbers if n[:1] == "-")


def verify(cached: str, incoming: str, similarity: float, config: VerifyConfig) -> Verdict:
    """Decide whether ``incoming`` may be answered with the answer cached for ``cached``."""
    if not similarity >= config.threshold:
        return Verdict(False, similarity, 0.0, ("below_threshold",))
    cached, incoming = align_hyphens(*kin.align(*align_language(cached, incoming)))
    raw = (cached, incoming)
    cached, incoming = _canonical(cached), _canonical(incoming)
    reworded = raw != (cached, incoming)
    cached, incoming = choices.true_or_false(cached, incoming)
    incoming = reorder.align(cached, choices.align(cached, incoming))
    a, b = parse(quantities.surface(cached)), parse(quantities.surface(incoming))
    literal = config.symbols and (
        rules.literal_mismatch(a, b)
        or asks.path_mismatch(a, b)
        or grades.sign_mismatch(*raw)  # "a C-" / "a C": the words drop the minus
    )
    # the words alone hide a minus sign ("at -5 degrees" / "at 5 degrees")
    same = (a.words == b.words or plain_equal(a, b)) and _negatives(a) == _negatives(b)
    # a rewrite ("Can I give my cat X?" -> "Is X safe for cats?", a phrase moved to match the
    # other side) must not hide the people trading places in the texts as written
    hidden = (
        config.direction
        and (reworded or same)
        and raw != (cached, incoming)
        and (
            roles.rewritten_swap(raw, (cached, incoming))
            or wordings.hidden_antonym(raw, (cached, incoming))  # buy / sell hidden
        )
    )
    if not literal and not hidden and same:
        if a.words or cached.strip() == incoming.strip():
            return Verdict(True, similarity, 1.0, ())
        return Verdict(False, similarity, 0.0, ("unsupported_script",))
    d = diffs.diff(a, b)
    reasons: list[str] = []
    if (a.foreign or b.foreign) and not sameness.counter_equal(a, b):
        reasons.append("unsupported_script")
    checks = (
        (
            config.numbers,
            "number_mismatch",
            lambda: (
                rules.number_mismatch(a, b)
                or spans.range_mismatch(cached, incoming)
                or traded.numbers_traded(*raw)  # "X did 20 and I did 10" / "I did 20 and X did 10"
            ),
        ),
        (config.units, "unit_mismatch", lambda: rules.unit_mismatch(a, b)),
        (
            config.negation,
            "negation_mismatch",
            lambda: (
                rules.negation_mismatch(a, b, d)
                # "take off into the wind" / "take off with the wind"
                or headings.heading_flipped(a.words, b.words)
                or asks.added_exclusion(d)
                # "the best item besides brisket" / "the best item"
                or exclusions.exclusion_added(a, b)
                or standing.refused_act(a, b)
                or moved.prefix_negated(a, b)  # "an unused code" / "a code already used"
                # "in season" / "in the off season", "at home" / "away from home"
                or complements.complement_added(a, b)
                # "a kit I didn't order" / "a kit I did order but don't want"
                or layers.negation_moved(a, b)
                # "Why didn't my order arrive?" / "Why did it arrive but not the receipt?"
                or layers.negation_to_noun(a, b)
            ),
        ),
        (config.entities, "entity_mismatch", lambda: substitutions.entity_mismatch(a, b, d)),
        (
            config.entities,
            "owner_mismatch",
            lambda: (
                rules.owner_mismatch(a, b)
                or owners.possessive_swap(a, b)
                or nearmiss.possessor_added(*raw)  # my house / my neighbor's house
                or nearmiss.other_owner(a, b)  # our team / the other team
                or owners.narrowed_owner(a, b)
                or moved.own_against_other(*raw)  # other people's kids / their own kids
                or owners.public_against_own(a, b)  # my property / public property
                # "My X is fine but my neighbor's tested high" / "My X tested high"
                or owners.fine_but_others(*raw)
            ),
        ),
        (
            config.substitutions,
            "content_mismatch",
            lambda: (
                (
                    substitutions.substitution(a, b, d)
                    # only forms of one verb differ, the same doer and receiver (a passive)
                    and not kept.voice_only(a, b, d.only_cached, d.only_incoming)
                )
                or translation.quoted_mismatch(cached, incoming)
                or judgments.judgment_mismatch(a, b)
                or judgments.arranged_act(a, b)  # "have the guests bring" / "the guests bringing"
                or judgments.owned_judged(a, b)  # "Is it weird to have a dog?" / "Is a dog weird?"
                or judgments.okay_for_law(*raw)  # (as typed: a rewrite reads "okay" as "can")
                # "Is it possible to V" / "Is it likely to V" (as typed, "possible" read as "can")
                or judgments.asked_predicate_mismatch(*raw)
                or standing.standing_mismatch(a, b)  # owner / tenant
                or asker.role_changed(*raw)  # "As the owner, ..." / "As a tenant, ..."
                or timing.span_changed(*raw)  # "the best time of day" / "... of year"
                # "aggressive toward dogs" / "... toward people", "at other llamas" / "at people"
                or targets.target_changed(*raw)
                or standing.rental_against_owned(*raw)  # "my rental house" / "my own house"
                or timing.imminent_against_done(*raw)  # "my dog escaped" / "is about to escape"
                or timing.future_against_done(*raw)  # "if I finished it late" / "if I will finish"
                or asker.clause_doer_changed(*raw)  # "if I hold the copyright" / "if they hold"
                # "hit someone who's out of bounds" / "hit someone while you're out of bounds"
                or asker.state_holder_changed(*raw)
                or standing.state_mismatch(a, b)  # outgrew / still has
                or standing.let_mismatch(a, b)  # my own home / a home I rent out
                or compounds.part_changed(*raw)  # an above-ground / an in-ground pool
                or abbreviations.abbreviation_mismatch(*raw)  # R&I / R&R
                or shared.one_against_separate(a, b)  # the same ticket / a separate ticket
                or illnesses.measure_against_illness(a, b)  # a flu shot / the flu
                # "a bigger gift than X" / "the same gift as X"
                or shared.comparison_against_sameness(a, b)
                or shared.same_against_other(a, b)  # "that zone" / "a different zone"
                # "after an ankle sprain heals" / "with a sprained ankle"
                or timing.ended_against_present(a, b)
                or relations.source_against_object(a, b)  # theft from my car / of my car
                # "a document for use in Texas" / "a document while physically in Texas"
                or layers.purpose_against_place(a, b)
                # "things stolen from my car" / "my stolen car"
                or relations.taken_from_against_owned(a, b)
                # "a used bear rug" / "a brand new bear rug"
                or layers.condition_against_new(a, b)
                or reversals.into_against_out_of(*raw)  # go into gear / come out of gear
                # "ship 500 kazoos to Germany" / "ship 500 kazoos within Germany"
                or reversals.toward_against_within(a, b)
                # "with the SIM card still in it" / "after taking the SIM card out"
                or reversals.kept_against_removed(*raw)
                # "lands on the line" / "lands short of the line"
                or complements.position_changed(a, b)
                # "on the underside of its leaves" / "on the top of its leaves"
                or complements.opposite_part(a, b)
                # "due to a hurricane" / "due to fear of a hurricane"
                or reversals.cause_against_fear(a, b)
                # "My dog ... a cat flea treatment on him" / "My cat ... a dog ... on her"
                or reversals.traded_with_pronouns(a, b)
            ),
        ),
        (
            config.substitutions,
            "added_detail",
            lambda: (
                additions.added_detail(d)
                or additions.added_modifier(a, b)  # diarrhea / bloody diarrhea
                # "one wasp sting reaction" / "a local reaction to a wasp sting"
                or layers.modifier_added_reordered(a, b)
                # "all wood houses" / "wood houses with cripple walls"
                or layers.quantifier_restricted(a, b)
                # "my wedding ring" / "a wedding ring I bought abroad"
                or layers.relative_clause_added(a, b)
                or nearmiss.affix_added(a, b)  # a private room / a semi-private room
                or degrees.kin_degree_changed(*raw)  # my grandfather / my great-grandfather
                or additions.comparison_detail(a, b, d)
                or additions.changed_fact(a, b)
                or narrowing.narrowed_pick(a, b)
                # "in Denver" / "in a Denver historic district": a place inside X
                or places.narrowed_place(*raw)
                # "a paella class" / "a private paella class at my home": another event
                or venues.qualified_venue(a, b)
                or attributes.attribute_mismatch(a, b)
                or relations.recipient_mismatch(a, b)
                or spans.keyword_added(cached, incoming)
                or clock.offset_mismatch(cached, incoming)
                or sense_mismatch(cached, incoming)
            ),
        ),
        (
            config.direction,
            "direction_swap",
            lambda: (
                (
                    not roles.roles_kept(a, b)  # the other voice, the same doer and receiver
                    and (
                        direction_swap(a, b)
                        or quantities.conversion_mismatch(a, b)
                        or reorder.role_swap(cached, incoming)
                        or reorder.letter_swap(cached, incoming)
                        or roles.role_swap(a, b)
                        or relatives.relative_people_swap(a, b)
                    )
                )
                or hidden
                or who_did_swap(cached, incoming)
                or voice.allowed_swap(a, b)  # "Should X allow Y?" / "Should X be allowed Y?"
                or folds.folded(*raw)  # a fact or a condition folded into a noun
                or folds.compound_fold(*raw)  # "a bottle of wine" / "a wine bottle"
                # "Does X damage the retina?" / "Does retinal damage cause X?"
                or reversals.cause_effect_traded(a, b)
                # "a different school in the district" / "a school in a different district"
                or moved.modifier_moved(a, b)
                or sequence.steps_swapped(*raw)  # "Translate it. Then summarize it." / the reverse
                # "paint over latex with oil" / "paint over oil with latex"
                # "pay off my loan with my overdraft" / "pay off my overdraft with a loan"
                or layers.means_traded(a, b)
                or exchanges.exchange_flip(a.words, b.words)  # "trade for X" / "trade away X"
                # "on top of the fish instead of under it" / "under the fish instead of on top"
                or choices.preferred_traded(a.words, b.words)
                # "won't lock when the door is closed" / "won't lock even when it is open"
                or conditions.condition_reversed(a.words, b.words)
            ),
        ),
        (config.languages, "language_mismatch", lambda: languages.language_mismatch(a, b)),
        (config.languages, "cross_language", lambda: languages.cross_language(a, b)),
        (config.languages, "foreign_added_word", lambda: languages.foreign_added_word(a, b, d)),
        (
            config.code_languages,
            "code_language_mismatch",
            lambda: languages.code_language_mismatch(a, b),
        ),
        (
            config.time,
            "time_mismatch",
            lambda: (
                rules.time_mismatch(a, b)
                or sequence.order_mismatch(a, b)
                # "fly with a head cold" / "fly after a head cold"
                or withtime.state_against_time(*raw)
            ),
        ),
        (
            config.formats,
            "format_mismatch",
            lambda: rules.format_mismatch(a, b) or pattern_mismatch(cached, incoming),
        ),
        (
            config.symbols,
            "symbol_mismatch",
            lambda: literal or code_hyphen_dropped(*raw),  # "${foo-bar}" / "${foobar}"
        ),
        (
            config.questions,
            "question_mismatch",
            lambda: (
                whwords.wh_mismatch(a, b)
                # "What is the X festival?" / "When is the X festival?"
                or whtraded.wh_traded(*raw)
                or questions.form_mismatch(a, b, d)
                or relations.measure_mismatch(a, b)
                # "How many judges award points" / "How many points can one judge award"
                or counted.count_traded(a, b)
                or relations.measured_moved(a, b)
                or relations.definition_mismatch(a, b)
                or sports.winner_mismatch(cached, incoming)
            ),
        ),
        (config.questions, "definition_mismatch", lambda: definitions.definition_mismatch(*raw)),
        (config.questions, "option_mismatch", lambda: choices.option_mismatch(cached, incoming)),
        (
            config.qualifiers,
            "qualifier_mismatch",
            lambda: (
                qualifiers.qualifier_mismatch(a, b)
                or nearmiss.amount_modal(a, b)  # how many should / can it have
                or nearmiss.amount_flip(a, b)  # too many / too few
                or scaled.scale_on_occasion(a, b)  # for tea / for a light tea
            ),
        ),
        (config.questions, "sense_mismatch", lambda: narrowing.sense_mismatch(a, b)),
        (config.numbers, "bound_mismatch", lambda: logic.bound_mismatch(a, b)),
        (config.numbers, "rank_mismatch", lambda: attributes.rank_mismatch(a, b)),
        (config.qualifiers, "connective_mismatch", lambda: logic.connective_mismatch(a, b)),
        (
            config.qualifiers,
            "aggregate_mismatch",
            lambda: (
                logic.aggregate_mismatch(a, b)
                # "the minimum pool depth" / "the ideal pool depth": a limit, not a target
                or limits.qualifier_swapped(a, b)
                # "how old must you be to" / "how old can you be and still": min, not max
                or howbounds.how_bound_swapped(a, b)
            ),
        ),
        (config.context, "persona_mismatch", lambda: logic.persona_mismatch(a, b)),
        (config.context, "context_reference", lambda: additions.context_reference(a, b)),
        (config.context, "added_statement", lambda: additions.added_statement(a, b, d)),
        (config.context, "pasted_text_mismatch", lambda: asks.pasted_text_mismatch(a, b)),
        (
            config.questions,
            "ask_mismatch",
            lambda: asks.ask_count_mismatch(a, b, d) or asks.added_conjunct(a, b, d),
        ),
        (config.symbols, "address_mismatch", lambda: asks.address_mismatch(a, b)),
    )
    reasons.extend(name for enabled, name, check in checks if enabled and check())
    score = 1.0
    if config.classifier and not (
        not reasons
        and (
            sameness.same_request(a, b)
            or sameness.same_statements(a, b)
            or sameness.same_keywords(a, b)
            or sameness.same_comparison(a, b)
            or sameness.same_howto_keywords(a, b)
            or quantities.same_conversion(a, b)
            or attributes.same_attribute(a, b)
        )
    ):
        model = config.model or bundled_model()
        score = model.score(features(a, b, d, similarity))
    if score < config.min_score:
        reasons.append("classifier_reject")
    return Verdict(not reasons, similarity, score, tuple(reasons))
