"""Table-driven tests for policies.verify (hand-written pairs, no mocks)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from policies.verify import (
    Verdict,
    VerifyConfig,
    additions,
    asks,
    choices,
    complements,
    counted,
    exclusions,
    folds,
    judgments,
    layers,
    logic,
    moved,
    nearmiss,
    onsets,
    places,
    procedures,
    qualifiers,
    quantities,
    relations,
    reversals,
    roles,
    scaled,
    shared,
    spans,
    standing,
    venues,
    verify,
    whwords,
)
from policies.verify.clauses import canonical_order
from policies.verify.diffs import diff
from policies.verify.duties import canonical_duty
from policies.verify.frames import strip_frames
from policies.verify.text import parse
from policies.verify.words import heuristic_rarity, rarity

CONFIG = VerifyConfig()
HIGH = 0.99  # a cosine above any sane threshold: only the verifier can say no

REJECTED = [
    # (cached, incoming, reason that must be named)
    ("Give me a recipe for 4 pancakes", "Give me a recipe for 12 pancakes", "number_mismatch"),
    (
        "Is 250 mg of vitamin C a day safe?",
        "Is 2500 mg of vitamin C a day safe?",
        "number_mismatch",
    ),
    ("Summarise the 2019 annual report", "Summarise the 2022 annual report", "number_mismatch"),
    ("How far is 10 km in steps?", "How far is 10 miles in steps?", "unit_mismatch"),
    (
        "Should I store olive oil in the fridge?",
        "Should I not store olive oil in the fridge?",
        "negation_mismatch",
    ),
    (
        "How do I enable two-factor login on my router?",
        "How do I disable two-factor login on my router?",
        "negation_mismatch",
    ),
    (
        "How do I install the printer driver?",
        "How do I uninstall the printer driver?",
        "negation_mismatch",
    ),
    (
        "How do I opt in to the beta program?",
        "How do I opt out of the beta program?",
        "negation_mismatch",
    ),
    (
        "What time does the Louvre open on Mondays?",
        "What time does the Prado open on Mondays?",
        "entity_mismatch",
    ),
    (
        "Convert this recipe from grams to cups",
        "Convert this recipe from cups to grams",
        "direction_swap",
    ),
    ("Why do cats chase dogs?", "Why do dogs chase cats?", "direction_swap"),
    (
        "Translate 'good morning' to French",
        "Translate 'good morning' to German",
        "language_mismatch",
    ),
    (
        "How do I read a CSV file in Python?",
        "How do I read a CSV file in Rust?",
        "code_language_mismatch",
    ),
    (
        "Write a function that sorts a list in C",
        "Write a function that sorts a list in Java",
        "code_language_mismatch",
    ),
    (
        "What was the weather in Oslo yesterday?",
        "What was the weather in Oslo tomorrow?",
        "time_mismatch",
    ),
    (
        "Summarise the article in 3 bullet points",
        "Summarise the article in a table",
        "format_mismatch",
    ),
    (
        "Explain photosynthesis in a short poem",
        "Explain photosynthesis in a detailed essay",
        "format_mismatch",
    ),
    ("Who founded the company?", "Where was the company founded?", "question_mismatch"),
    ("Fix the bug in this code", "Fix the bug in this function", "context_reference"),
    (
        "What are the side effects of ibuprofen?",
        "What are the side effects of paracetamol?",
        "content_mismatch",
    ),
    # operators, symbols and code: the words are the same, the question is not
    ("what is 2+2", "what is 2*2", "symbol_mismatch"),
    ("return a + b", "return a - b", "symbol_mismatch"),
    ("Is x > 5?", "Is x < 5?", "symbol_mismatch"),
    ("a >= 5", "a <= 5", "symbol_mismatch"),
    ("rm -rf /", "rm -rf ~", "symbol_mismatch"),
    ("explain the regex ^a.*b$", "explain the regex ^a.+b$", "symbol_mismatch"),
    ("is 6/2 equal to 3", "is 6 - 2 equal to 3", "symbol_mismatch"),
    ("is x ≤ 5", "is x ≥ 5", "symbol_mismatch"),
    ("What is (2+3)*4?", "What is 2+(3*4)?", "symbol_mismatch"),
    ("simplify (a+b)*c", "simplify a+(b*c)", "symbol_mismatch"),
    ("👍", "👎", "symbol_mismatch"),
    (
        "What does this print?\nfor x in range(3):\n    y = x\n    print(y)",
        "What does this print?\nfor x in range(3):\n    y = x\nprint(y)",
        "symbol_mismatch",
    ),
    ("What is 255", "What is 255 in hex", "format_mismatch"),
    ("Write 42", "Write 42 in roman numerals", "format_mismatch"),
    # quantifiers, modals and the opening auxiliary are stopwords, yet a swap of class
    # asks something else
    (
        "Is everyone invited to the meeting?",
        "Is anyone invited to the meeting?",
        "qualifier_mismatch",
    ),
    ("Delete all rows in the table", "Delete one row in the table", "qualifier_mismatch"),
    ("Water the plants every other day", "Water the plants every day", "qualifier_mismatch"),
    ("Can I eat sushi while pregnant?", "Should I eat sushi while pregnant?", "qualifier_mismatch"),
    ("Must I declare cash at customs?", "May I declare cash at customs?", "qualifier_mismatch"),
    ("Is Betelgeuse a red giant?", "Was Betelgeuse a red giant?", "qualifier_mismatch"),
    # a preposition swapped after the same word
    (
        "Write a thank-you note to my coach",
        "Write a thank-you note from my coach",
        "negation_mismatch",
    ),
    (
        "List arguments for a four-day week",
        "List arguments against a four-day week",
        "negation_mismatch",
    ),
    # a negation moved to the other clause; typed without its apostrophe; in German,
    # Spanish, French
    (
        "The invoice was paid but the order was not shipped. Why?",
        "The invoice was not paid but the order was shipped. Why?",
        "negation_mismatch",
    ),
    ("Why doesnt the build run on CI?", "Why does the build run on CI?", "negation_mismatch"),
    ("I cant log in to the dashboard", "I can log in to the dashboard", "negation_mismatch"),
    (
        "Übersetze ins Englische: Ich komme morgen nicht.",
        "Übersetze ins Englische: Ich komme morgen.",
        "negation_mismatch",
    ),
    ("Traduce al inglés: nunca bebo café.", "Traduce al inglés: bebo café.", "negation_mismatch"),
    ("Écris une phrase sans adjectifs.", "Écris une phrase avec adjectifs.", "negation_mismatch"),
    # "have to" / "need to" after an opening "do" is "must"
    ("Do I have to tip in Japan?", "Can I tip in Japan?", "qualifier_mismatch"),
    ("Does she need to renew her visa?", "Should she renew her visa?", "qualifier_mismatch"),
    # numbers joined by a separator keep their order; a colon inside code is an operator
    ("What happened on 4/7/1994?", "What happened on 7/4/1994?", "number_mismatch"),
    ("Mix the paint at a 3:1 ratio", "Mix the paint at a 1:3 ratio", "number_mismatch"),
    ("What does s[2:] return?", "What does s[:2] return?", "symbol_mismatch"),
    # one word swapped in place for one the prompt says elsewhere
    (
        "Our office is in Berlin and our warehouse is in Hamburg. Ship the order from Berlin.",
        "Our office is in Berlin and our warehouse is in Hamburg. Ship the order from Hamburg.",
        "content_mismatch",
    ),
    (
        "The average order is 40 dollars and the largest is 400. Plot the average order per week.",
        "The average order is 40 dollars and the largest is 400. Plot the largest order per week.",
        "content_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), REJECTED)
def test_near_misses_are_rejected_with_a_named_reason(
    cached: str, incoming: str, reason: str
) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert not verdict.accept
    assert reason in verdict.reasons


ACCEPTED = [
    # politeness wrappers, casing, punctuation, contractions, typos, synonyms
    (
        "How do I reverse a list in Python?",
        "Could you please tell me how do I reverse a list in Python?",
    ),
    ("How do I reverse a list in Python?", "how do i reverse a list in python"),
    ("How do I reverse a list in Python?", "HOW DO I REVERSE A LIST IN PYTHON???"),
    ("What is the boiling point of water?", "What's the boiling point of water"),
    ("Why can't I connect to the wifi?", "Why cannot I connect to the wifi?"),
    ("How do I remove a directory in linux?", "How do I remove a directroy in linux?"),
    ("What are the symptoms of influenza?", "What are the symptons of influenza?"),
    ("What is the best way to learn guitar?", "What is a good way to learn guitar?"),
    ("Where can I purchase cheap concert tickets?", "Where can I buy cheap concert tickets?"),
    ("Hey, what's the capital of Australia?", "What is the capital of Australia?"),
    # prose punctuation is not an operator
    ("What is 2+2?", "what is 2 + 2"),
    ("How do I learn C++?", "how can i learn c++"),
    ("Who leads McKinsey and Company?", "Who leads McKinsey & Company?"),
    ("What is e-mail?", "what is email"),
    ("What are the symptoms of covid-19?", "What are the symptoms of covid 19?"),
    ("Is it safe to travel to Japan now!", "Is it safe to travel to Japan now?"),
    ("Trademark vs patent: the differences", "Trademark vs patent - the differences"),
    ("How do I call print(x) in Python (version 3)?", "how do i call print(x) in python version 3"),
    # a modal inside a wh-question, a polite request, a list request, a loose tense in a
    # wh-question, a pronoun "one" and an infinitive "to" are framing
    ("How can I improve my handwriting?", "How should I improve my handwriting?"),
    ("What should I do to fall asleep faster?", "What can I do to fall asleep faster?"),
    ("Could you list the planets?", "Would you list the planets?"),
    ("What are some good books on chess?", "What are all the good books on chess?"),
    ("Who was Ada Lovelace?", "Who is Ada Lovelace?"),
    ("How can one learn to whistle?", "Is there any way I can learn to whistle?"),
    ("How do I get from Rome to Florence?", "How to get from Rome to Florence?"),
    # a prompt that carries the text it points at ("this sentence: ...", "the text below")
    (
        "Fix the typo in this sentence: The quick brwn fox jumps over the lazy dog.",
        "Please fix the typo in this sentence: The quick brwn fox jumps over the lazy dog.",
    ),
    (
        "Translate the text below into German.\n\nThe meeting has been moved to the large "
        "room on the second floor.",
        "Please translate the text below into German.\n\nThe meeting has been moved to the "
        "large room on the second floor.",
    ),
    # a contraction without its apostrophe; a negation in the same clause, reordered or
    # in a clause split differently; a colon in a time; "have to" and "must"
    ("I dont have an account. How do I sign up?", "I don't have an account. How do I sign up?"),
    ("Why is the dishwasher not draining?", "Why isn't the dishwasher draining?"),
    ("My laptop is slow and does not charge", "My laptop does not charge and is slow"),
    ("Is the store open at 9:30?", "is the store open at 9:30"),
    ("Do I have to file taxes as a student?", "Must I file taxes as a student?"),
]


@pytest.mark.parametrize(("cached", "incoming"), ACCEPTED)
def test_paraphrases_are_accepted(cached: str, incoming: str) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert verdict.accept, verdict.reasons
    assert verdict.reasons == ()


def test_threshold_is_respected() -> None:
    below = verify("What is DNS?", "What is DNS?", CONFIG.threshold - 0.01, CONFIG)
    assert below == Verdict(False, CONFIG.threshold - 0.01, 0.0, ("below_threshold",))
    at = verify("What is DNS?", "What is DNS?", CONFIG.threshold, CONFIG)
    assert at.accept
    strict = replace(CONFIG, threshold=0.995)
    assert verify("What is DNS?", "what is dns", 0.99, strict).reasons == ("below_threshold",)


def test_classifier_rejects_low_similarity_with_extra_constraint() -> None:
    verdict = verify(
        "How do I learn to cook?", "How do I learn to cook vegetarian food?", 0.87, CONFIG
    )
    assert not verdict.accept
    assert "classifier_reject" in verdict.reasons
    assert 0.0 <= verdict.score < CONFIG.min_score


def test_rule_families_can_be_switched_off() -> None:
    cached, incoming = "Give me 4 ideas", "Give me 5 ideas"
    assert "number_mismatch" in verify(cached, incoming, HIGH, CONFIG).reasons
    off = replace(CONFIG, numbers=False, classifier=False)
    assert verify(cached, incoming, HIGH, off).accept
    cached, incoming = "Can I swim after eating?", "Should I swim after eating?"
    assert verify(cached, incoming, HIGH, CONFIG).reasons == ("qualifier_mismatch",)
    assert verify(cached, incoming, HIGH, replace(CONFIG, qualifiers=False)).accept


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        # one letter apart, and a different thing: the rarer word is a real (technical) word,
        # not a misspelling, so a one-edit difference never skips the classifier
        (
            "how much insulin should i take before meals",
            "how much inulin should i take before meals",
        ),
        ("what happens if you drink methanol", "what happens if you drink ethanol"),
        (
            "what are the side effects of sodium chloride",
            "what are the side effects of sodium chlorite",
        ),
        ("what is insulin used for", "what is inulin used for"),
        ("exercises for hip abduction", "exercises for hip adduction"),
        (
            "Where can I find the best dessert in Dubai?",
            "Where can I find the best desert in Dubai?",
        ),
        ("what is a casual relationship", "what is a causal relationship"),
        ("What is Mistral good at?", "What is Mixtral good at?"),
    ],
)
def test_one_letter_swaps_of_real_words_are_rejected(cached: str, incoming: str) -> None:
    assert not verify(cached, incoming, 0.87, CONFIG).accept


def test_long_prompt_with_one_changed_detail_is_rejected() -> None:
    body = " ".join(
        f"Paragraph {i}: the quarterly review covers revenue, hiring and the product roadmap."
        for i in range(40)
    )
    cached = f"{body} Send the summary to Alice in the finance team. {body}"
    changed_name = cached.replace("to Alice in", "to Bob in", 1)
    changed_word = cached.replace("finance team", "legal team", 1)
    assert verify(cached, cached, 0.999, CONFIG).accept
    assert not verify(cached, changed_name, 0.999, CONFIG).accept
    assert not verify(cached, changed_word, 0.999, CONFIG).accept


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        ("北京的天气怎么样?", "上海的天气怎么样?"),
        ("Как перевести текст на английский?", "Как перевести текст на немецкий?"),
        ("", "What is DNS?"),
        ("🙂🙂", "🙃"),
    ],
)
def test_unicode_does_not_crash_and_fails_safe(cached: str, incoming: str) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert not verdict.accept


# Prompts cut short: every reader must bound its look-ahead by the prompt's length. A blind
# round (332) and a fuzz over word prefixes of labelled prompts found three that did not
# ("Is" / "Is it okay", "Which airline!", "Are party buses allowed!": IndexError).
FRAGMENT_SOURCES = [
    "Can I punt at night?",
    "Is night punting allowed?",
    "Is a landlord allowed to keep my deposit?",
    "Are party buses allowed downtown?",
    "Is it okay to tip the driver in cash?",
    "Is June a good time to list a house?",
    "Which airline did my bag get transferred to?",
    "Who was the package sent to by the seller?",
    "What time does the ferry leave Dover for Calais?",
    "Is Wengen between Lauterbrunnen and Kleine Scheidegg?",
    "Should I lease my field to the farm next door?",
    "Which maze was copied from the one at Hatfield House?",
]


def _prefixes(text: str) -> list[str]:
    words = text.rstrip("?").split()
    return [" ".join(words[:k]) + end for k in range(1, len(words) + 1) for end in ("?", "!", "")]


@pytest.mark.parametrize("source", FRAGMENT_SOURCES)
def test_prompts_cut_short_get_a_verdict(source: str) -> None:
    fragments = _prefixes(source)
    for cached in fragments:
        for incoming in fragments:
            verdict = verify(cached, incoming, HIGH, CONFIG)
            assert isinstance(verdict, Verdict)
            if cached == incoming:
                assert verdict.accept, cached


@pytest.mark.parametrize(
    ("cached", "incoming"),
    [
        ("Can I punt at night?", "Is night punting allowed?"),
        ("Is", "Is it okay"),
        ("Which airline did my bag get transferred to?", "Which airline!"),
        ("Are party buses allowed!", "Are party buses."),
    ],
)
def test_fragments_that_raised_get_a_verdict(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert isinstance(verify(x, y, HIGH, CONFIG), Verdict)


def test_identical_unicode_prompt_is_accepted() -> None:
    assert verify("北京的天气怎么样?", "北京的天气怎么样?", HIGH, CONFIG).accept


def test_determinism() -> None:
    pair = ("How do I migrate from MySQL to PostgreSQL?", "how do i migrate mysql to postgres")
    verdicts = {verify(*pair, 0.93, CONFIG) for _ in range(20)}
    assert len(verdicts) == 1


@pytest.mark.parametrize(
    ("common", "rare"),
    [("the", "photosynthesis"), ("good", "ibuprofen"), ("way", "xylophone"), ("how", "kubernetes")],
)
def test_word_rarity_orders_common_below_rare(common: str, rare: str) -> None:
    assert 0.0 <= rarity(common) < rarity(rare) <= 6.0
    assert heuristic_rarity(common) < heuristic_rarity(rare)


def test_import_is_fast_and_does_not_load_the_tokenizer() -> None:
    import subprocess
    import sys

    code = "import sys, policies.verify; print('tiktoken' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_verify_works_without_tiktoken() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['tiktoken'] = None\n"
        "from policies.verify import VerifyConfig, verify\n"
        "from policies.verify.words import rarity\n"
        "assert rarity('the') == 0.0 and rarity('photosynthesis') > 3\n"
        "v = verify('What is DNS?', 'what is dns', 0.99, VerifyConfig())\n"
        "w = verify('Give me 4 ideas', 'Give me 5 ideas', 0.99, VerifyConfig())\n"
        "print(v.accept, w.accept)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True False"


# Frames, synonyms and glued numbers. Cosines are all-MiniLM-L6-v2's for each pair: a frame
# or a synonym costs the cosine the classifier reads, so HIGH would hide what failed.
FRAMED_AND_SYNONYM_PARAPHRASES = [
    (
        "What is the capital of Peru?",
        "Would you mind telling me what the capital of Peru is?",
        0.930,
    ),
    (
        "How do I reset my router?",
        "I'd appreciate it if you could tell me how to reset my router.",
        0.930,
    ),
    ("Why do onions make you cry?", "Quick question - why do onions make you cry?", 0.990),
    (
        "How do I check disk usage on Linux?",
        "Hey there! How do I check disk usage on Linux? Thanks in advance.",
        0.963,
    ),
    (
        "Explain the difference between weather and climate.",
        "If you don't mind, explain the difference between weather and climate.",
        0.871,
    ),
    (
        "How do I add a signature in Outlook?",
        "Good morning! How do I add a signature in Outlook?",
        0.970,
    ),
    (
        "How do I find my IP address on a Mac?",
        "Would you be able to tell me how to find my IP address on a Mac?",
        0.935,
    ),
    (
        "How should I prepare for a marathon?",
        "Any tips on how I should prepare for a marathon?",
        0.982,
    ),
    ("What is a race condition?", "Can you explain what a race condition is?", 0.956),
    # in-place synonyms from the closed table, phrasal verbs
    ("Write a poem about the ocean.", "Compose a poem about the ocean.", 0.961),
    ("Write a cover letter for a nursing job.", "Compose a cover letter for a nursing job.", 0.925),
    ("Is Japanese hard to learn?", "Is Japanese difficult to learn?", 0.982),
    (
        "Why do kids get sick so often in daycare?",
        "Why do children get sick so often in daycare?",
        0.994,
    ),
    (
        "How do I turn off notifications on my iPhone?",
        "How do I disable notifications on my iPhone?",
        0.955,
    ),
    ("How do I delete a file in Linux?", "How do I remove a file in Linux?", 0.912),
    # a number with its unit glued on is the same number
    ("Is 500mg of ibuprofen safe?", "Is 500 mg of ibuprofen safe?", HIGH),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), FRAMED_AND_SYNONYM_PARAPHRASES)
def test_frames_and_synonyms_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    verdict = verify(cached, incoming, cosine, CONFIG)
    assert verdict.accept, (verdict.reasons, verdict.score)


FRAMED_NEAR_MISSES = [
    # a frame stripped never hides what differs inside it
    (
        "Hey, quick question: how do I turn on dark mode in Chrome?",
        "How do I turn off dark mode in Chrome?",
        "negation_mismatch",
    ),
    (
        "Would you mind telling me the capital of Austria? Thanks!",
        "What is the capital of Australia?",
        "entity_mismatch",
    ),
    (
        "Could you translate 'good night' into French, please?",
        "Translate 'good night' into Italian.",
        "language_mismatch",
    ),
    ("Write a poem about the ocean.", "Write an essay about the ocean.", "format_mismatch"),
    # letters glued to a number name a model or a format, not a unit
    (
        "Does the Pixel 7 have wireless charging?",
        "Does the Pixel 7a have wireless charging?",
        "number_mismatch",
    ),
    (
        "Is 1080p enough for a 27 inch monitor?",
        "Is 1080i enough for a 27 inch monitor?",
        "number_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), FRAMED_NEAR_MISSES)
def test_framed_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert not verdict.accept
    assert reason in verdict.reasons


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("Hey, quick question: how do I center a div?", "how do I center a div?"),
        ("Hi ChatGPT, how do I sleep better?", "how do I sleep better?"),
        ("I was wondering what causes hiccups.", "what causes hiccups."),
        ("Could you please explain recursion? Thanks!", "explain recursion?"),
        ("Can you tell me about your biggest lesson?", "tell me about your biggest lesson?"),
        ("What is DNS, please?", "What is DNS"),
        ("Thanks :)", "Thanks :)"),  # nothing left without the frame: kept
        # not frames: a generic "you", a greeting that is the topic, a name after "hello"
        ("Can you die from a bee sting?", "Can you die from a bee sting?"),
        ("How do you say good morning in Japanese?", "How do you say good morning in Japanese?"),
        ("Good morning in Japanese?", "Good morning in Japanese?"),
        ("Hello world program in Rust", "Hello world program in Rust"),
        ("Please and thank you in French", "Please and thank you in French"),
    ],
)
def test_strip_frames(text: str, stripped: str) -> None:
    assert strip_frames(text) == stripped


SUPPORT_DESK_NEAR_MISSES = [
    # who does what: the subject of one question is the object of the other
    (
        "Can my manager see my private messages?",
        "Can I see my manager's private messages?",
        "direction_swap",
    ),
    (
        "Can I view my partner's purchases on the family plan?",
        "Can my partner view my purchases on the family plan?",
        "direction_swap",
    ),
    # the same numbers counting different things
    (
        "Can I ship one item to two addresses?",
        "Can I ship two items to one address?",
        "number_mismatch",
    ),
    ("Book 3 rooms for 2 nights.", "Book 2 rooms for 3 nights.", "number_mismatch"),
    # a clock time keeps its am / pm
    ("Book a meeting room for 9am.", "Book a meeting room for 9pm.", "number_mismatch"),
    ("Is the store open at 7 am?", "Is the store open at 7 pm?", "number_mismatch"),
    # "one of" quantifies like "both of"
    (
        "Customer says: 'I was charged $49.99 twice for order 88213, please refund one of the "
        "charges.' Draft a polite reply.",
        "Customer says: 'I was charged $49.99 twice for order 88213, please refund both of the "
        "charges.' Draft a polite reply.",
        "qualifier_mismatch",
    ),
    # a fronted clause moved to the end still keeps its direction
    (
        "If I cancel, can I get a refund?",
        "Can I cancel if I get a refund?",
        "direction_swap",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), SUPPORT_DESK_NEAR_MISSES)
def test_support_desk_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert not verdict.accept
    assert reason in verdict.reasons


SUPPORT_DESK_PARAPHRASES = [
    # (cached, incoming, all-MiniLM-L6-v2 cosine): a conditional clause moved
    (
        "If I cancel within 14 days, can I get a refund?",
        "Can I get a refund if I cancel within 14 days?",
        0.992,
    ),
    (
        "If I downgrade my plan, do I lose my saved projects?",
        "Do I lose my saved projects if I downgrade my plan?",
        0.994,
    ),
    (
        "Once I submit my order, can I still change the shipping address?",
        "Can I still change the shipping address once I submit my order?",
        0.994,
    ),
    (
        "If I forget my password, how do I get back into my account?",
        "How do I get back into my account if I forget my password?",
        0.990,
    ),
    # a dimension asked by name
    ("How tall is Mount Everest?", "What is the height of Mount Everest?", 0.975),
    ("How old is the Eiffel Tower?", "What is the age of the Eiffel Tower?", 0.967),
    # frames: thanks for the last answer, "I need to know", "let me know"
    ("Thanks! One more thing: how do I change my username?", "How do I change my username?", 0.865),
    ("Good morning, I need to know how to close my account.", "How do I close my account?", 0.888),
    (
        "Kindly let me know how to unsubscribe from marketing emails.",
        "How do I unsubscribe from marketing emails?",
        0.923,
    ),
    # "my" / "the" and a synonym, word for word
    (
        "How do I change my phone number on my account?",
        "How do I update the phone number on my account?",
        0.919,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), SUPPORT_DESK_PARAPHRASES)
def test_support_desk_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    verdict = verify(cached, incoming, cosine, CONFIG)
    assert verdict.accept, (verdict.reasons, verdict.score)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("If I cancel, can I get a refund?", "Can I get a refund if I cancel?"),
        ("In Excel, how do I freeze a row? Thanks", "How do I freeze a row in Excel? Thanks"),
        ("What is the height of Mount Everest?", "how tall is Mount Everest?"),
        # not fronted clauses: a question word opening a question, code, one sentence only
        ("When does support open, on weekdays?", "When does support open, on weekdays?"),
        ("If x, then y:\n    return x", "If x, then y:\n    return x"),
        ("How tall is he?", "How tall is he?"),
    ],
)
def test_canonical_order(text: str, canonical: str) -> None:
    assert canonical_order(text) == canonical


# Fifth round (health, tax, travel, cooking, science): a unit's abbreviation is the unit,
# a recurring day in the plural is the day, a greeting to a named addressee and "any tips
# on what ..." are frames. Cosines are all-MiniLM-L6-v2's.
UNIT_DAY_FRAME_PARAPHRASES = [
    ("How long to cook a 12 pound turkey?", "How long to cook a 12 lb turkey?", 0.982),
    ("What is 20% of 150?", "What is 20 percent of 150?", 0.976),
    ("Convert 50 pounds to kg", "Convert 50 lbs to kilograms", 0.97),
    ("Are museums in Paris open on Monday?", "Are Paris museums open on Mondays?", 0.976),
    (
        "How quickly does Lexapro start working?",
        "Hello doctor, how quickly does Lexapro start working?",
        0.953,
    ),
    (
        "What helps with a dry cough at night?",
        "Any tips on what helps with a dry cough at night? Thanks!",
        0.96,
    ),
    # a format word in the plural is the same format (not one named on one side only)
    (
        "What do admissions officers look for in a college essay?",
        "What are admissions officers looking for in college essays?",
        0.941,
    ),
    ("What is a graph in discrete math?", "What are graphs in discrete math?", 0.95),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), UNIT_DAY_FRAME_PARAPHRASES)
def test_unit_abbreviations_plural_days_and_addressed_greetings_are_accepted(
    cached: str, incoming: str, cosine: float
) -> None:
    verdict = verify(cached, incoming, cosine, CONFIG)
    assert verdict.accept, (verdict.reasons, verdict.score)


UNIT_DAY_FRAME_NEAR_MISSES = [
    ("How long to cook a 12 pound turkey?", "How long to cook a 12 kg turkey?", "unit_mismatch"),
    ("Convert 50 pounds to kg", "Convert 50 kg to pounds", "direction_swap"),
    ("Is 20% of the dose enough?", "Is 20 mg of the dose enough?", "unit_mismatch"),
    (
        "Are museums in Paris open on Mondays?",
        "Are museums in Paris open on Sundays?",
        "time_mismatch",
    ),
    ("Is the pharmacy open on weekends?", "Is the pharmacy open on weekdays?", "time_mismatch"),
    (
        "Hello doctor, is 400 mg of ibuprofen safe?",
        "Hello doctor, is 800 mg of ibuprofen safe?",
        "number_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), UNIT_DAY_FRAME_NEAR_MISSES)
def test_unit_day_and_frame_near_misses_are_rejected(
    cached: str, incoming: str, reason: str
) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert not verdict.accept
    assert reason in verdict.reasons


_REFUND_CONTEXT = (
    "A customer bought a desk lamp and paid extra for gift wrapping. The lamp arrived "
    "broken. Write a reply asking whether they want a refund for the "
)
_GROUPING_TASK = (
    "The file has columns city, store and sales. Group the rows by {0}, compute the total "
    "sales per {0}, and return a dictionary keyed by {0}."
)

# Passive / active with the roles swapped, a country written "US", and a change in one
# place of a long prompt to words it also says elsewhere (or a swap of two such words).
ROLE_AND_IN_PLACE_NEAR_MISSES = [
    (
        "Did Oracle acquire Sun Microsystems in 2010?",
        "Was Oracle acquired by Sun Microsystems in 2010?",
        "direction_swap",
    ),
    ("Why was Caesar betrayed by Brutus?", "Why did Caesar betray Brutus?", "direction_swap"),
    (
        "Why was Sony criticized by Nintendo?",
        "Why did Sony criticize Nintendo?",
        "direction_swap",
    ),
    ("Why did the US sanction Russia?", "Why did Russia sanction the US?", "direction_swap"),
    (_REFUND_CONTEXT + "gift wrapping.", _REFUND_CONTEXT + "lamp.", "content_mismatch"),
    (_GROUPING_TASK.format("city"), _GROUPING_TASK.format("store"), "content_mismatch"),
    (
        "Columns: title, author, year. Order the rows by title and then by author.",
        "Columns: title, author, year. Order the rows by author and then by title.",
        "direction_swap",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROLE_AND_IN_PLACE_NEAR_MISSES)
def test_role_swaps_and_in_place_changes_are_rejected(
    cached: str, incoming: str, reason: str
) -> None:
    verdict = verify(cached, incoming, HIGH, CONFIG)
    assert not verdict.accept
    assert reason in verdict.reasons


# Active / passive with the same roles (irregular participles too), "the difference
# between X and Y" either way round, and a tool's short name.
VOICE_ORDER_ALIAS_PARAPHRASES = [
    ("Why did Microsoft buy GitHub?", "Why was GitHub bought by Microsoft?", 0.97),
    ("When did Orwell write Animal Farm?", "When was Animal Farm written by Orwell?", 0.96),
    (
        "What's the difference between a left outer join and an inner join?",
        "What's the difference between an inner join and a left outer join?",
        0.99,
    ),
    (
        "What are the differences between a Roth IRA and a 401k?",
        "How does a 401k differ from a Roth IRA?",
        0.97,
    ),
    (
        "How do I connect to PostgreSQL from Python?",
        "How do I connect to Postgres from Python?",
        0.97,
    ),
    ("How to deep copy an object in JavaScript", "How to deep copy an object in JS", 0.97),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), VOICE_ORDER_ALIAS_PARAPHRASES)
def test_voice_order_and_aliases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    verdict = verify(cached, incoming, cosine, CONFIG)
    assert verdict.accept, (verdict.reasons, verdict.score)


# One thing asked for against several or all of it, in the object of a request verb.
REQUEST_COUNT_NEAR_MISSES = [
    ("Give me one example of a prime number.", "Give me examples of prime numbers."),
    ("Name a country in Africa.", "Name all the countries in Africa."),
    ("Write a test case for the login function.", "Write all test cases for the login function."),
    ("Tell me a joke about cats.", "Tell me some jokes about cats."),
    ("Suggest a book to read on holiday.", "Suggest a few books to read on holiday."),
    ("Give me a good name for a goldfish.", "Give me every good name for a goldfish."),
    ("Write an essay about the ocean.", "Write essays about the ocean."),
    ("Draw a diagram of the water cycle.", "Draw some diagrams of the water cycle."),
]


@pytest.mark.parametrize(("cached", "incoming"), REQUEST_COUNT_NEAR_MISSES)
def test_one_thing_against_several_is_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert "qualifier_mismatch" in verdict.reasons


# "one" for "1", unit and currency signs for their names, short forms of noun phrases and
# a few closed synonym groups ("short" / "brief", "grandmother" / "grandma").
SPELLED_AND_SHORT_FORM_PARAPHRASES = [
    ("Convert 1 liter to gallons.", "Convert one liter to gallons.", 0.99),
    ("How many centimeters are in a meter?", "How many cm are in a meter?", 0.97),
    ("Bake the bread for 40 min.", "Bake the bread for 40 minutes.", 0.97),
    (
        "Select products that cost more than 100 dollars.",
        "Select products that cost more than $100.",
        0.95,
    ),
    (
        "Write a regex to validate a phone number.",
        "Write a regular expression to validate a phone number.",
        0.97,
    ),
    ("Who is the CEO of OpenAI?", "Who's the chief executive of OpenAI?", 0.94),
    (
        "What are the pros and cons of electric cars?",
        "What are the advantages and disadvantages of electric cars?",
        0.93,
    ),
    ("Find the most frequent word in a text.", "Find the most common word in a text.", 0.95),
    ("Write a short poem about the moon.", "Write a brief poem about the moon.", 0.98),
    ("Explain blockchain to my grandmother.", "Explain blockchain to my grandma.", 0.98),
    ("Find the maximum value in a dictionary.", "Find the max value in a dictionary.", 0.98),
    ("Round the number to the nearest integer.", "Round the number to the closest integer.", 0.98),
    ("What are the specs of the RTX 4090?", "What are the specifications of the RTX 4090?", 0.97),
    ("Explain Git branching to a beginner.", "Explain Git branching to a newbie.", 0.95),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), SPELLED_AND_SHORT_FORM_PARAPHRASES)
def test_spelled_numbers_short_forms_and_synonyms_are_accepted(
    cached: str, incoming: str, cosine: float
) -> None:
    verdict = verify(cached, incoming, cosine, CONFIG)
    assert verdict.accept, (verdict.reasons, verdict.score)


# Developer traffic (round 8): numbers in brackets are read in order, "x++" is not "++x",
# a short option's case counts ("-d" / "-D"), "https" is not the plural of "http", two
# words are a typo of each other only if they are one edit apart as written (not only as
# stems: "splice" / "split"), and "explain ... simply" asks for a style.
DEVELOPER_NEAR_MISSES = [
    (
        "How do I reshape a tensor to (4, 5) in PyTorch?",
        "How do I reshape a tensor to (5, 4) in PyTorch?",
        "number_mismatch",
    ),
    (
        "What is b after int a = 3; int b = a++ * 2;",
        "What is b after int a = 3; int b = ++a * 2;",
        "symbol_mismatch",
    ),
    (
        "What does git branch -d feature do?",
        "What does git branch -D feature do?",
        "symbol_mismatch",
    ),
    ("What does cp -r src dst do?", "What does cp -R src dst do?", "symbol_mismatch"),
    (
        "Why does my HTTPS request fail behind the corporate proxy?",
        "Why does my HTTP request fail behind the corporate proxy?",
        "",
    ),
    (
        "When should I use splice on an array in JavaScript?",
        "When should I use split on an array in JavaScript?",
        "content_mismatch",
    ),
    ("What is a monad?", "What is a monad? Explain it simply.", "format_mismatch"),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), DEVELOPER_NEAR_MISSES)
def test_developer_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert not reason or reason in verdict.reasons


# The same code laid out otherwise (re-indented, fenced, a one-line block on its opener's
# line, spaces around symbols), a dash or a backtick as prose, and closed synonyms
# developers use interchangeably.
DEVELOPER_PARAPHRASES = [
    (
        "What does this print?\nfor n in nums:\n    total += n\nprint(total)\n",
        "What does this print?\n```\nfor n in nums:\n  total += n\nprint(total)\n```",
        0.97,
    ),
    (
        "Is this correct?\nfunction isOdd(n) {\n  return n % 2 !== 0;\n}\n",
        "Is this correct?\nfunction isOdd(n) { return n % 2 !== 0; }\n",
        0.99,
    ),
    (
        "What does this return?\ndef sign(x):\n    if x < 0:\n        return -1\n    return 1\n",
        "What does this return?\ndef sign(x):\n    if x < 0: return -1\n    return 1\n",
        0.99,
    ),
    (
        "What is the output?\nprint(len(items)*2)\n",
        "What is the output?\nprint( len(items) * 2 )\n",
        0.99,
    ),
    ("KeyError: 'user_id' - what does it mean?", "KeyError: 'user_id'. What does it mean?", 0.99),
    ("Explain what docker build -t app . does", "explain what `docker build -t app .` does", 0.98),
    (
        "When should I use map versus reduce in JavaScript?",
        "When should I use map vs reduce in JavaScript?",
        0.99,
    ),
    (
        "How do I convert a string to an integer in Rust?",
        "How do I convert a string to an int in Rust?",
        0.92,
    ),
    (
        "How do I get the first element of a list in Python?",
        "How do I get the first item of a list in Python?",
        0.96,
    ),
    (
        "How do I pass a default argument to a function in Kotlin?",
        "How do I pass a default parameter to a function in Kotlin?",
        0.97,
    ),
    (
        "How do I sort a list while keeping the original order of ties?",
        "How do I sort a list while preserving the original order of ties?",
        0.98,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), DEVELOPER_PARAPHRASES)
def test_developer_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


def test_code_layout_keeps_python_blocks() -> None:
    """Guard for the layout rule: a line moved out of a loop is still another program."""
    cached = "What does this print?\nfor n in nums:\n    total += n\nprint(total)\n"
    incoming = "What does this print?\nfor n in nums:\n    total += n\n    print(total)\n"
    assert not verify(cached, incoming, HIGH, CONFIG).accept


# Round 9: personal and recommendation prompts with embedded details (situations told in a
# sentence of their own, roles, ages, budgets, filler).
PERSONAL_NEAR_MISSES = [
    # two places swapped everywhere, one of them said twice
    (
        "I'm moving from the US to the UK. Can I keep my US bank account?",
        "I'm moving from the UK to the US. Can I keep my UK bank account?",
        "direction_swap",
        0.99,
    ),
    # "non-smoker" is "nonsmoker", the negation of "smoker"
    (
        "I'm 30, healthy, and a non-smoker. Should I get term or whole life insurance?",
        "I'm 30, healthy, and a smoker. Should I get term or whole life insurance?",
        "negation_mismatch",
        0.99,
    ),
    (
        "Is this cleaner non-toxic for cats?",
        "Is this cleaner toxic for cats?",
        "negation_mismatch",
        0.96,
    ),
    # one side tells more of the situation in a sentence of its own
    (
        "My laptop won't turn on. What should I do?",
        "My laptop won't turn on. I already tried charging it. What should I do?",
        "added_statement",
        0.95,
    ),
    (
        "I'm vegan. I'm allergic to nuts. What should I eat?",
        "I'm vegan. What should I eat?",
        "added_statement",
        0.95,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason", "cosine"), PERSONAL_NEAR_MISSES)
def test_personal_near_misses_are_rejected(
    cached: str, incoming: str, reason: str, cosine: float
) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


PERSONAL_GUARDS = [
    # guards for the new accepting paths (they pass on the old code too)
    (
        "I live in Texas. My sister lives in Ohio. Which state has lower taxes for me?",
        "I live in Ohio. My sister lives in Texas. Which state has lower taxes for me?",
    ),
    ("How do I know if I'm pregnant?", "I'm pregnant. How do I know?"),
    (
        "Translate this to French. Then summarize it.",
        "Summarize it. Then translate this to French.",
    ),
    ("What are the top 5 movies of 2020?", "List the top 10 movies of 2020."),
    (
        "My son is 3 years old. How much should he sleep?",
        "My son is 3 months old. How much should he sleep?",
    ),
    ("Give me the top 5 movies of 2020.", "What are the top 5 movies of 2021?"),
    ("Recommend a laptop for gaming.", "Which laptop would you not recommend for gaming?"),
    (
        "Recommend a cheap laptop for gaming.",
        "Which premium laptop would you recommend for gaming?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), PERSONAL_GUARDS)
def test_personal_guards_stay_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


PERSONAL_PARAPHRASES = [
    # the situation before or after the question: no relation spans two sentences
    (
        "I live in Florida. What vegetables can I plant in March?",
        "What vegetables can I plant in March? I live in Florida.",
        0.99,
    ),
    (
        "I have a 2-hour layover in Frankfurt. Can I leave the airport?",
        "Can I leave the airport? I have a 2-hour layover in Frankfurt.",
        0.98,
    ),
    (
        "What should I cook for dinner tonight? I have chicken, rice and broccoli.",
        "I have chicken, rice and broccoli. What should I cook for dinner tonight?",
        0.99,
    ),
    # ... or as an "if" / "while" clause
    ("I'm pregnant. Is it safe to eat sushi?", "Is it safe to eat sushi while I'm pregnant?", 0.98),
    (
        "I earn $60,000 a year. How much house can I afford?",
        "How much house can I afford if I earn $60,000 a year?",
        0.98,
    ),
    (
        "I'm lactose intolerant. Which cheeses can I eat?",
        "Which cheeses can I eat if I'm lactose intolerant?",
        0.98,
    ),
    # "when" opening a clause asks nothing
    (
        "As the buyer, who pays closing costs on a house?",
        "Who pays the closing costs on a house when I'm the buyer?",
        0.96,
    ),
    # filler
    (
        "Hi, I need some advice. What's the minimum wage in California?",
        "What's the minimum wage in California?",
        0.88,
    ),
    (
        "How long should I boil eggs for hard yolks? Any help is appreciated.",
        "How long should I boil eggs for hard yolks?",
        0.95,
    ),
    # an age is not a unit of time
    (
        "My cat is 12 and has stopped eating. Should I be worried?",
        "My 12-year-old cat has stopped eating. Should I be worried?",
        0.97,
    ),
    # the verb "go", not the language Go
    ("Help me pick a wine to go with salmon.", "Help me pick a wine that goes with salmon.", 0.97),
    # a list asked for with "what are", "list" or "give me"
    (
        "Give me the top 3 things to do in Tokyo.",
        "What are the top 3 things to do in Tokyo?",
        0.96,
    ),
    (
        "List the 5 best hiking trails in Yosemite.",
        "What are the 5 best hiking trails in Yosemite?",
        0.94,
    ),
    (
        "What are some good conversation starters for a networking event?",
        "Give me some good conversation starters for a networking event.",
        0.95,
    ),
    # a recommendation asked for either way
    (
        "Recommend a mineral sunscreen for everyday use.",
        "What mineral sunscreen would you recommend for everyday use?",
        0.91,
    ),
    (
        "Suggest a podcast for a long drive.",
        "What podcast would you suggest for a long drive?",
        0.9,
    ),
    # a compound written in two words
    (
        "What's a good skincare routine for oily skin?",
        "What is a good skin care routine for oily skin?",
        0.97,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), PERSONAL_PARAPHRASES)
def test_personal_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


# Round 10: long application prompts (a pasted email, contract, policy, word problem or
# support-bot context) where one detail changes. Where two long prompts are the same text
# but for one place, that place is read alone (a word swapped for one the text says
# elsewhere, a detail added); a typo is not matched to a word its own side also writes;
# a negation's clause ends with its sentence. Paraphrases: "the following X" / "the X
# below" / "this X", "Give me a summary" / "Summarize", separator lines, "#" before an
# order number, "/" for "per", "~" for "about", "twenty-six", "show your working", a
# thanks closing the request paragraph, a flattened paste, a text pasted before the request.
_R10_RETURNS = (
    "Returns policy: most items can be returned within 30 days of delivery for a full refund"
    " if unused and in the original packaging. Sale items can be returned within 14 days for"
    " store credit only. Opened electronics carry a 15% restocking fee. Return shipping is"
    " free for Plus members; everyone else pays a flat $6.95 fee."
)
_R10_LEASE = (
    "Repairs. The Tenant keeps the flat clean and pays for minor repairs under $200. The"
    " Landlord is responsible for structural repairs, the roof, and the heating and plumbing,"
    " and must carry them out within 14 days of written notice from the Tenant."
)
_R10_BULB = (
    "A 60 W light bulb in a hallway is left on for 8 hours a day for 30 days while the family"
    " is away. Electricity costs 0.28 dollars per kWh on their tariff. How many kWh does the"
    " bulb use?"
)
_R10_FUEL = (
    "A car uses 6.5 litres of petrol per 100 km and petrol costs 1.85 euros per litre. Ahmed"
    " drives to his parents and back every weekend. How much does the fuel cost for a 420 km"
    " trip?"
)
_R10_REVIEW_ES = (
    "Fuimos a cenar el sábado con unos amigos. La comida estaba buenísima, pero el servicio"
    " fue muy lento. El precio, unos 35 euros por persona con vino, nos pareció razonable."
    " Volveremos, pero no un fin de semana."
)
_R10_EMAIL = (
    "Hi team,\n\nThe billing export is still failing for about 40 customers because of a"
    " timezone bug. Priya expects a fix by March 14. Until then, please do not re-run the"
    " export manually, since that creates duplicate invoices.\n\nThanks,\nMark"
)
_R10_SUPPORT = (
    "You are the support assistant for Fluxo. Plans: Starter ($8/user/month), Team"
    " ($15/user/month). Refunds are only given within 14 days of a charge.\n"
    "If the customer is upset, acknowledge the problem in one sentence before answering.\n"
    "Account: status active, plan Team, 12 seats, last charge on May 2.\n"
    "Customer: If I downgrade to Starter today, can I get a refund for this month?"
)
_R10_MATH = (
    "A train leaves Leeds at 9:40 am and travels to London at an average speed of 120 km/h."
    " The distance between the two cities is 300 km. At what time does the train arrive?"
)
_R10_CLOUD = (
    "You are a support agent for CloudVault. Files in the trash are kept for 30 days on the"
    " Free plan and 180 days on Plus. Account: plan Plus, used 198 GB of 200 GB.\nCustomer:"
    " I deleted a folder of wedding photos 45 days ago by mistake. Can I still get it back?"
)

_R10_STORY = (
    "My manager asked me to review our quarterly numbers before the board meeting next week,"
    " and I have very little time because I am also moving house and my kids are sick at home. "
)

LONG_PROMPT_NEAR_MISSES = [
    (
        "Summarize this policy in one sentence.\n\n" + _R10_RETURNS,
        "Summarize this policy in one sentence.\n\n"
        + _R10_RETURNS.replace("store credit only", "a full refund"),
        "content_mismatch",
    ),
    (
        "Solve this, showing your working.\n\n" + _R10_BULB,
        "Solve this, showing your working.\n\n"
        + _R10_BULB.replace(
            "How many kWh does the bulb use?", "What is the total cost of running the bulb?"
        ),
        "content_mismatch",
    ),
    (
        "Extract every date, person name and amount from the review below as JSON.\n\n"
        + _R10_REVIEW_ES,
        "Extract every date, company name and amount from the review below as JSON.\n\n"
        + _R10_REVIEW_ES,
        "content_mismatch",
    ),
    (
        "Who pays to fix a broken boiler under this clause?\n\n" + _R10_LEASE,
        "Who pays to fix a broken boiler under this clause?\n\n"
        + _R10_LEASE.replace("the heating and plumbing", "the heating, plumbing and electrics"),
        "added_detail",
    ),
    (
        "Solve this, showing your working.\n\n" + _R10_FUEL,
        "Solve this, showing your working.\n\n"
        + _R10_FUEL.replace("a 420 km trip", "a 420 km round trip"),
        "added_detail",
    ),
    (
        "Summarize the following email in 3 bullet points.\n\n" + _R10_EMAIL,
        "Summarize the following email in 3 bullet points for a non-technical executive.\n\n"
        + _R10_EMAIL,
        "added_detail",
    ),
    (
        _R10_CLOUD,
        _R10_CLOUD.replace(
            "I deleted a folder", "My husband deleted a folder from his own account"
        ),
        "added_detail",
    ),
    (
        "Translate this review into English.\n\n" + _R10_REVIEW_ES,
        "Translate this review into English.\n\n"
        + _R10_REVIEW_ES.replace("Volveremos, pero no un fin de semana.", "No volveremos."),
        "added_detail",
    ),
]
LONG_PROMPT_PARAPHRASES = [
    # the request after the text, a negation in the text's last sentence
    (
        "Extract every date and amount from the text below as JSON.\n\nText:\n" + _R10_REVIEW_ES,
        _R10_REVIEW_ES + "\n\nExtract every date and amount from the text below as JSON.",
        0.97,
    ),
    # "the following email" / "the email below"
    (
        "Summarize the following email in 3 bullet points.\n\n" + _R10_EMAIL,
        "Please summarise the email below in three bullet points.\n\n" + _R10_EMAIL,
        0.98,
    ),
    (
        "Translate the following email into Spanish.\n\n" + _R10_EMAIL,
        "Translate into Spanish please, the email is below.\n\n" + _R10_EMAIL,
        0.97,
    ),
    # "Give me a 3-bullet summary of" / "Summarize ... in 3 bullet points"
    (
        "Give me a 3-bullet summary of this email.\n\n" + _R10_EMAIL,
        "Summarize this email in 3 bullet points.\n\n" + _R10_EMAIL,
        0.97,
    ),
    # a prompt with line breaks and the same flattened to one line (fronted "If ..." clause)
    (_R10_SUPPORT, " ".join(_R10_SUPPORT.split()), 0.99),
    # separator lines around the pasted text
    (
        "Summarize this email in 3 bullets.\n---\n" + _R10_EMAIL + "\n---",
        'Summarize this email in 3 bullets.\n"""\n' + _R10_EMAIL + '\n"""',
        0.99,
    ),
    # "#" before an order number, "/" for "per", "~" for "about"
    (
        "Where is my order #NH-20931? I paid $15/month for express delivery. It weighs ~20 kg.",
        "Where is my order NH-20931? I paid $15 per month for express delivery. It weighs about"
        " 20 kg.",
        0.97,
    ),
    # compound number words
    (
        "I bought the bike twenty-six months ago and the derailleur snapped. Is it covered?",
        "I bought the bike 26 months ago and the derailleur snapped. Is it covered?",
        0.98,
    ),
    # asking for the working
    (
        "Solve the following problem. Show your working.\n\n" + _R10_MATH,
        "Solve this step by step.\n\n" + _R10_MATH,
        0.96,
    ),
    (
        "Solve this problem and show the steps:\n" + _R10_MATH,
        "Solve this problem and show your work:\n" + _R10_MATH,
        0.98,
    ),
    # thanks ending the request, before the pasted text
    (
        "Write a short reply to this email. Thanks in advance.\n\n" + _R10_EMAIL,
        "Write a short reply to this email.\n\n" + _R10_EMAIL,
        0.98,
    ),
    # reply / response; unable to / can't
    (
        "Write a short reply to this email.\n\n" + _R10_EMAIL,
        "Write a short response to this email.\n\n" + _R10_EMAIL,
        0.98,
    ),
    (
        "Why am I unable to log in to my account since this morning?",
        "Why can't I log in to my account since this morning?",
        0.97,
    ),
    # the text pasted before a request that points at it
    (
        _R10_EMAIL + "\n\nSummarize the email above in one sentence.",
        _R10_EMAIL + "\n\nsummarize this email in one sentence",
        0.98,
    ),
    # "$15 a month" / "$15 per month"
    (
        "A plan costs $15 a month plus $0.05 per text after 200 texts. Ahmed sent 340 texts."
        " What is his bill?",
        "A plan costs $15 per month plus $0.05 per text after 200 texts. Ahmed sent 340 texts."
        " What is his bill?",
        0.98,
    ),
]
LONG_PROMPT_GUARDS = [
    # "#" before a word, "/" between numbers, "~" before a name stay operators
    ("What does #include <stdio.h> do in C?", "What does include <stdio.h> do in C?"),
    ("What is 10/2 in Python?", "What is 10*2 in Python?"),
    ("What does ~x return in Python?", "What does x return in Python?"),
    # a long story before "the attached report" still points outside the prompt
    (
        _R10_STORY + "Summarize the attached report.",
        _R10_STORY + "Summarize the attached memo.",
    ),
    # "below" with an object of its own is a word of the question
    (
        "Is it safe to store the vaccine below 2 degrees?",
        "Is it safe to store the vaccine at 2 degrees?",
    ),
    # "the following" day is not a pointer
    (
        "What did the committee decide the following week?",
        "What did the committee decide the previous week?",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), LONG_PROMPT_NEAR_MISSES)
def test_long_prompt_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


@pytest.mark.parametrize(("cached", "incoming", "cosine"), LONG_PROMPT_PARAPHRASES)
def test_long_prompt_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


@pytest.mark.parametrize(("cached", "incoming"), LONG_PROMPT_GUARDS)
def test_long_prompt_guards_stay_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


# Round 11: non-English, keyword-style and short chat-turn prompts. Prompts in Spanish,
# French, German, Portuguese, Italian and Dutch: their negations, time words, degree words
# and language names are read; two prompts whose function words say they are in different
# languages are never the same (the answer comes in the prompt's language); a short prompt
# in another language where one side says a word the other does not is rejected (the
# classifier was fitted on English). Their greetings, thanks, "please" and "can you tell
# me" are frames; accents dropped and numbers spelled ("tres", "five", "second") match.
# Keyword prompts: two names side by side are ordered ("train berlin munich"); the same
# keywords with a word moved to the other end or a function word more or less match.
# Chat turns: "ok" / "okay", "summarize it" / "summarize"; "my" / "your" code differ.
ROUND11_NEAR_MISSES = [
    # keyword order is the direction
    ("train berlin munich", "train munich berlin", "direction_swap"),
    ("bus madrid valencia", "bus from valencia to madrid", "direction_swap"),
    ("usd eur rate", "eur usd rate", "direction_swap"),
    # the same question in two languages: answered in two languages
    ("What is the capital of Peru?", "¿Cuál es la capital de Perú?", "cross_language"),
    ("¿Qué es Python?", "What is Python?", "cross_language"),
    ("Was ist Python?", "What is Python?", "cross_language"),
    ("Qu'est-ce que Python ?", "¿Qué es Python?", "cross_language"),
    # negations of Portuguese, Italian, Dutch
    ("Por que o café é saudável?", "Por que o café não é saudável?", "negation_mismatch"),
    ("Perché il vino rosso fa bene?", "Perché il vino rosso non fa bene?", "negation_mismatch"),
    ("Waarom is suiker slecht?", "Waarom is suiker niet slecht?", "negation_mismatch"),
    # degree words, time words, language names of other languages
    ("Hazlo corto", "Hazlo más corto", "qualifier_mismatch"),
    ("Escribe un poema corto", "Escribe un poema muy corto", "qualifier_mismatch"),
    ("Qué tiempo hace hoy en Lima", "Qué tiempo hace en Lima", "time_mismatch"),
    ("Wat is het weer vandaag?", "Wat is het weer?", "time_mismatch"),
    ("Traduce esto al inglés: hola", "Traduce esto: hola", "language_mismatch"),
    (
        "Übersetze 'Guten Morgen' ins Englische",
        "Übersetze 'Guten Morgen' ins Französische",
        "language_mismatch",
    ),
    # a word added to a short prompt in another language
    ("¿Es seguro viajar a México?", "¿Es seguro viajar a México ahora?", "foreign_added_word"),
    ("Dis-moi une blague", "Dis-moi une blague drôle", "foreign_added_word"),
    # whose thing it is
    ("fix my code", "fix your code", "owner_mismatch"),
    ("Is it wrong to hate my mother?", "Is it wrong to hate your mother?", "owner_mismatch"),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROUND11_NEAR_MISSES)
def test_round11_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


ROUND11_PARAPHRASES = [
    # accents dropped, a frame in another language
    ("¿Qué significa 'ojalá'?", "que significa ojala", 0.908),
    ("Itinerario de 5 días en Sevilla", "itinerario de 5 dias en sevilla por favor", 0.948),
    ("Hola! ¿Cuál es la capital de Perú?", "¿Cuál es la capital de Perú?", 0.963),
    (
        "Bonjour, quelle est la hauteur de la tour Eiffel ?",
        "Quelle est la hauteur de la tour Eiffel ?",
        0.967,
    ),
    ("Erkläre bitte die Photosynthese", "Erkläre die Photosynthese", 0.928),
    ("Per favore, spiegami cos'è il DNA", "Spiegami cos'è il DNA", 0.924),
    ("Gracias de antemano. ¿Qué es un NFT?", "¿Qué es un NFT?", 0.898),
    ("Merci ! Qu'est-ce qu'un NFT ?", "Qu'est-ce qu'un NFT ?", 0.908),
    ("¿Me puedes decir qué es el ADN?", "¿Qué es el ADN?", 0.906),
    ("explain this code en español por favor", "explain this code en español", 0.913),
    # numbers spelled or not, short replies
    ("Dame 3 ejemplos", "Dame tres ejemplos", 0.95),
    ("explain the second one", "explain the 2nd one", 0.989),
    ("give me 5 more", "give me five more", 0.970),
    ("ok", "okay", 0.939),
    # the same keywords, one moved to the other end or a function word more or less
    ("flights NYC to LA", "nyc to la flights", 0.973),
    ("distance earth to moon", "earth moon distance", 0.947),
    ("protein in 100g chicken", "100g chicken protein", 0.964),
    ("5 feet in cm", "5 ft to cm", 0.918),
    ("train berlin munich", "trains from berlin to munich", 0.918),
    ("summarize it", "summarize", 0.917),
    ("rename it to foo", "rename to foo", 0.947),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND11_PARAPHRASES)
def test_round11_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


ROUND11_GUARDS = [
    # two words side by side in the other order at the start: the keyword rule stays off
    ("milk chocolate recipe", "chocolate milk recipe"),
    ("nyc la flights", "la nyc flights"),
    ("chicken soup recipe", "soup chicken recipe"),
    # a greeting is a frame, the question after it is not
    ("Hola, ¿cuántos días tiene marzo?", "¿Cuántos días tiene abril?"),
    ("Merci ! Et en allemand ?", "Et en anglais ?"),
    ("Wie viel kostet ein Kaffee in Wien?", "Wie viel kostet ein Kaffee in Wien nicht?"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND11_GUARDS)
def test_round11_guards_stay_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("¡Hola! ¿Cuál es la capital de Perú?", "¿Cuál es la capital de Perú?"),
        ("Dame una receta de gazpacho, por favor", "Dame una receta de gazpacho"),
        ("Explique-moi la photosynthèse s'il vous plaît", "Explique-moi la photosynthèse"),
        ("Kannst du mir bitte sagen, was ein Atom ist?", "was ein Atom ist?"),
        ("Olá! Qual é a capital do Chile? Obrigado", "Qual é a capital do Chile?"),
        ("Hallo, wat is de hoofdstad van Noorwegen?", "wat is de hoofdstad van Noorwegen?"),
    ],
)
def test_round11_frames_in_other_languages_are_stripped(text: str, stripped: str) -> None:
    assert strip_frames(text) == stripped


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¿Cuál es la capital de Francia?", "es"),
        ("Quelle est la capitale de la France ?", "fr"),
        ("Was ist die Hauptstadt von Frankreich?", "de"),
        ("What is the capital of France?", "en"),
        ("Por que os gatos ronronam?", "es+pt"),  # both: never two languages
        ("python sort dict by value", ""),
        ("If 3^2x-y=3^x+y=√27 then 3^x-y=?", ""),  # "y" is not Spanish "and"
    ],
)
def test_round11_prompt_language(text: str, language: str) -> None:
    from policies.verify.text import parse

    assert parse(text).language == language


def test_round11_keyword_rule_skips_questions() -> None:
    from policies.verify.sameness import same_keywords
    from policies.verify.text import parse

    assert same_keywords(parse("nyc to la flights"), parse("flights NYC to LA"))
    assert not same_keywords(parse("Is sex fun?"), parse("Why is sex fun?"))
    assert not same_keywords(parse("Learn Python?"), parse("Should I learn Python?"))
    assert not same_keywords(parse("fix my code"), parse("fix your code"))


# Round 12: question form, comparisons and homework. The same words asked as a yes/no
# question on one side and a wh-question or a statement on the other ask two things ("Is X
# hotter than Y?" / "Why is ...", "Eggs are bad." / "Are eggs bad?"), and so do two known
# kinds of question about the same words ("What is irony?" / "Give me examples of irony").
# The two sides of "than" swapped are a direction, names read as function words ("Go")
# included; a comparison that adds what it is for is another comparison. German umlauts
# tell words apart ("zahlen" / "zählen"): never a typo, never folded to the bare vowel.
# Paraphrases: openings of one kind ("Best way to" / "Steps to" / "How do I", "Why is" /
# "What makes", "Define" / "What does X mean" / "X definition", "Solve for x:" / "solve" /
# ", what is x?"), alternatives in either order ("Is X or Y cheaper?" / "Y vs X: which is
# cheaper?"), "vs" / "compare" / "the difference between".
ROUND12_NEAR_MISSES = [
    ("Is Venus hotter than Mercury?", "Why is Venus hotter than Mercury?", "question_mismatch"),
    ("Is the sky blue?", "Why is the sky blue?", "question_mismatch"),
    ("Is Pluto a planet?", "Why is Pluto a planet?", "question_mismatch"),
    (
        "Does red meat cause heart disease?",
        "How does red meat cause heart disease?",
        "question_mismatch",
    ),
    ("Do vaccines cause autism?", "How do vaccines cause autism?", "question_mismatch"),
    ("Can I freeze cooked rice?", "How can I freeze cooked rice?", "question_mismatch"),
    ("Should I learn Rust?", "Why should I learn Rust?", "question_mismatch"),
    (
        "Microwaving food in plastic is safe.",
        "Is microwaving food in plastic safe?",
        "question_mismatch",
    ),
    ("Eggs are bad for cholesterol.", "Are eggs bad for cholesterol?", "question_mismatch"),
    ("What is irony?", "Give me examples of irony", "question_mismatch"),
    ("What is a VPN?", "Give examples of a VPN", "question_mismatch"),
    ("Why is the sky blue?", "Why was the sky blue?", "question_mismatch"),
    (
        "Is Rust better than Go for web backends?",
        "Is Go better than Rust for web backends?",
        "direction_swap",
    ),
    ("Compare Python and Java", "Compare Python and Java for beginners", "added_detail"),
    (
        "Which is better for beginners, guitar or piano?",
        "Which is better, guitar or piano?",
        "added_detail",
    ),
    ("Wie kann ich zahlen?", "Wie kann ich zählen?", "content_mismatch"),
    ("zahlen", "zählen", "content_mismatch"),
    ("Wie kann ich zaehlen?", "Wie kann ich zahlen?", "content_mismatch"),
    ("Ich will das drucken", "Ich will das drücken", "content_mismatch"),
    ("Ist das schön?", "Ist das schon?", "content_mismatch"),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROUND12_NEAR_MISSES)
def test_round12_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


ROUND12_PARAPHRASES = [
    # openings of one kind
    ("Best way to remove a stripped screw", "Steps to remove a stripped screw?", 0.917),
    ("Is there a way to recover deleted texts?", "How do I recover deleted texts?", 0.93),
    ("Why is the sky blue?", "What makes the sky blue?", 0.924),
    ("Why does bread go stale?", "What makes bread go stale?", 0.93),
    ("Define irony", "What is the definition of irony?", 0.918),
    ("metaphor definition", "What does metaphor mean?", 0.891),
    ("What is photosynthesis?", "photosynthesis definition", 0.898),
    ("Give me examples of metaphor", "What are some examples of metaphor?", 0.930),
    # comparisons worded otherwise, alternatives in either order
    ("Which one is cheaper: AWS or Azure?", "Azure vs AWS: which is cheaper?", 0.972),
    (
        "Is an ETF or a mutual fund cheaper?",
        "Which one is cheaper: a mutual fund or an ETF?",
        0.951,
    ),
    ("Compare yoga and pilates", "What is the difference between pilates and yoga?", 0.915),
    ("How does Rust compare to Go?", "difference between Go and Rust", 0.886),
    ("iPhone 15 vs Pixel 8 for photography", "Pixel 8 vs iPhone 15 for photography", 0.997),
    (
        "Is yoga or pilates better for flexibility?",
        "pilates vs yoga: which is better for flexibility?",
        0.967,
    ),
    ("For web backends, is Rust better than Go?", "Is Rust better than Go for web backends?", 0.97),
    (
        "What are the differences between a Roth IRA and a 401k?",
        "How does a 401k differ from a Roth IRA?",
        0.97,
    ),
    # homework: a calculation asked otherwise
    ("solve 2x + 3 = 7", "Solve for x: 2x + 3 = 7", 0.946),
    ("2x + 3 = 7", "solve for x 2x + 3 = 7", 0.882),
    ("What is 15% of 80?", "15 percent of 80", 0.92),
    ("What is 15% of 80?", "Calculate 15% of 80", 0.908),
    ("solve 9x + 11 = 39", "9x + 11 = 39, what is x?", 0.868),
    (
        "Find the area of a circle with radius 5",
        "What is the area of a circle with radius 5?",
        0.95,
    ),
    # an umlaut spelled out is the same word
    ("Wie kann ich zaehlen?", "Wie kann ich zählen?", 0.95),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND12_PARAPHRASES)
def test_round12_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


ROUND12_GUARDS = [
    # comparisons: the criterion, an item, the order of "than", "similar" / "different"
    ("Which is faster, Python or Java?", "Which is slower, Python or Java?"),
    ("Which is better, Python or Java?", "Which is worse, Python or Java?"),
    ("Compare Python and Java", "Compare Python, Java and C#"),
    ("Similarities between mitosis and meiosis", "Differences between mitosis and meiosis"),
    ("Is a Roth IRA better than a 401k?", "Is a 401k better than a Roth IRA?"),
    ("Is 5 greater than 3?", "Is 3 greater than 5?"),
    # homework: numbers in another order, an operator, the operation
    ("Calculate 15% of 80", "Calculate 80% of 15"),
    ("solve 2x + 3 = 7", "solve 2x - 3 = 7"),
    ("Find the derivative of x^2", "Find the integral of x^2"),
    ("Convert 5 km to miles", "Convert 5 miles to km"),
    # an opening of one kind, a constraint added; a tense
    ("Best way to learn Spanish", "Best way to learn Spanish in 3 months"),
    ("Is Pluto a planet?", "Was Pluto a planet?"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND12_GUARDS)
def test_round12_guards_stay_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


# Round 13: identifiers and surface forms. An identifier with letters and digits (a commit
# hash, a booking reference) is never a typo of another: one swapped character is another
# commit. An arrow between two words is a direction ("NY->LA" / "LA->NY"), and a blank of a
# fill-in-the-blank exercise in another place asks for another word. Paraphrases: the same
# prompt in another surface form, markdown markup (a heading, a bullet, bold or italic
# stars), text-speak in place of the word ("how 2 make" / "how to make", "can u", "w/o"),
# a version written "v1.2" / "version 1.2" / "1.2" or glued to its name ("python3.11"), a
# URL with or without its trailing slash, a path with or without quotes.
ROUND13_NEAR_MISSES = [
    ("Revert commit 3f9e2ab on main", "Revert commit 3f9e2ba on main", "content_mismatch"),
    ("What is in commit 9c4d1ef?", "What is in commit 9c4d1fe?", "content_mismatch"),
    ("Look up order a7b9cx", "Look up order a7b9xc", "content_mismatch"),
    (
        "how long does it take to fly NY->LA",
        "how long does it take to fly LA->NY",
        "direction_swap",
    ),
    (
        "Is it 'affect' or 'effect' here: the weather ___ my mood",
        "Is it 'affect' or 'effect' here: the ___ of the weather on my mood",
        "symbol_mismatch",
    ),
    (
        "Fill in the blank with 'since' or 'for': I lived here ___ two years",
        "Fill in the blank with 'since' or 'for': I ___ lived here two years",
        "symbol_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROUND13_NEAR_MISSES)
def test_round13_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


ROUND13_PARAPHRASES = [
    # markdown markup around the same words
    ("**How do I undo the last git commit?**", "how do I undo the last git commit?", 0.95),
    ("- how do i undo the last git commit", "how do i undo\nthe last git commit?", 0.996),
    ("# Question\nHow to center a div in css?", "How to center a div in css???", 0.915),
    (
        "* is it safe to drink coffee while pregnant",
        "is it safe to drink coffee while pregnant",
        0.98,
    ),
    ("> How long should I boil an egg?", "**How long should I boil an egg?**", 0.93),
    ("*Explain* recursion with an example", "Explain recursion with an example", 0.97),
    ("**Q:** What is the boiling point of water?", "What is the boiling point of water?", 0.9),
    # text-speak in place of the word
    ("how 2 make cold brew coffee at home pls", "How to make cold brew coffee at home?", 0.87),
    ("translate good morning 2 german pls", "TRANSLATE GOOD MORNING TO GERMAN", 0.886),
    ("can u tell me y the sky is blue", "can you tell me why the sky is blue", 0.93),
    ("what r the symptoms of covid", "What are the symptoms of COVID?", 0.948),
    ("how do i make pancakes w/o eggs", "How do I make pancakes without eggs?", 0.915),
    ("Can I take ibuprofen with food?", "can i take ibuprofen w/ food", 0.972),
    # versions, names with their number glued on
    (
        "What changed in v1.2.3 of the library?",
        "What changed in version 1.2.3 of the library?",
        0.95,
    ),
    ("Is TLS 1.2 still secure?", "Is TLS v1.2 still secure?", 0.973),
    ("How do I install Python 3.11 on Ubuntu?", "how do i install python3.11 on ubuntu", 0.983),
    ("Python 2.7 print syntax", "python2.7 print syntax", 0.98),
    # a trailing slash, quotes around a path
    (
        "What's at https://docs.python.org/3/library/",
        "What's at https://docs.python.org/3/library",
        0.997,
    ),
    ('How do I read "/etc/nginx/nginx.conf"?', "How do I read /etc/nginx/nginx.conf?", 0.988),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND13_PARAPHRASES)
def test_round13_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


ROUND13_GUARDS = [
    # an identifier's digits, a version, a port, a scheme, a file extension
    ("What's the status of order ABC-1234?", "What's the status of order ABC-1243?"),
    ("How do I install Python 3.11?", "How do I install python3.12?"),
    ("What changed in v1.2.3?", "What changed in version 1.2.4?"),
    ("Port 8080 already in use", "Port 8081 already in use"),
    ("Why is http://localhost:3000 not loading?", "Why is https://localhost:3000 not loading?"),
    ("How do I run main.py from the terminal?", "How do I run main.js from the terminal?"),
    ("What is the context window of gpt-4o?", "What is the context window of gpt-4o-mini?"),
    ("Rust error E0425", "Rust error E0433"),
    ("What day was 2024-03-05?", "What day was 2024-05-03?"),
    # text-speak only in place: "2" is a number where the other side has no "to" there
    ("give me 2 examples of irony", "give me examples of irony"),
    ("top 4 laptops for students", "top laptops for students"),
    ("top 2 laptops", "top to laptops"),
    ("give me 4 ideas", "give me for ideas"),
    # markup before a number, an operator, a path root, a slash between numbers
    ("Show rows where value\n> 5", "Show rows where value\n< 5"),
    ("rm -rf /", "rm -rf ~"),
    ("What is 6/ 2?", "What is 6 2?"),
    # an identifier read as a name; arrows read before this round
    ("Refund for booking ref QX7PLM", "Refund for booking ref QX7PML"),
    ("Convert USD -> EUR", "Convert EUR -> USD"),
    ("cheapest train Paris → Lyon", "cheapest train Lyon → Paris"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND13_GUARDS)
def test_round13_guards_stay_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


# Round 14: logic words, antonyms and personas. The words that turn one request into
# another are often stopwords the content diff never sees: "if" / "unless", "and" / "or",
# "only" said or not, a bound on a number ("more than 3" / "exactly 3", "at least 5" /
# "at most 5"). A role given to the assistant ("Imagine you are a tax advisor. ...") or a
# register ("in simple terms", "like I'm five") dropped on one side asks for another
# answer. Paraphrases: one bound in other words ("over 5" / "more than 5", "at most 3" /
# "no more than 3" / "up to 3"), the same role in another frame ("Act as" / "You are" /
# "As a ..., explain"), a generic assistant role ("You are a helpful assistant.") dropped.
ROUND14_NEAR_MISSES = [
    ("List orders with more than 10 items", "List orders with exactly 10 items", "bound_mismatch"),
    ("Find flights under 300 dollars", "Find flights over 300 dollars", "bound_mismatch"),
    ("Keep at least 2 backups", "Keep at most 2 backups", "bound_mismatch"),
    (
        "Show customers with 5 or more visits",
        "Show customers with 5 or fewer visits",
        "bound_mismatch",
    ),
    (
        "Pick employees with over 3 years of tenure",
        "Pick employees with 3 years of tenure",
        "bound_mismatch",
    ),
    (
        "Can I get a refund if I opened the box?",
        "Can I get a refund unless I opened the box?",
        "connective_mismatch",
    ),
    (
        "The build breaks if the cache is warm",
        "The build breaks unless the cache is warm",
        "connective_mismatch",
    ),
    (
        "Select users where role is admin and status is active",
        "Select users where role is admin or status is active",
        "connective_mismatch",
    ),
    (
        "Delete rows where only the email is missing",
        "Delete rows where the email is missing",
        "connective_mismatch",
    ),
    (
        "Pretend you are a tax advisor. Explain capital gains.",
        "Explain capital gains.",
        "persona_mismatch",
    ),
    (
        "Act as a nutritionist and plan my meals for the week",
        "Plan my meals for the week",
        "persona_mismatch",
    ),
    (
        "Explain how a mortgage works in simple terms",
        "Explain how a mortgage works",
        "persona_mismatch",
    ),
    ("Explain photosynthesis like I'm five", "Explain photosynthesis", "persona_mismatch"),
    (
        "Describe the French Revolution in detail",
        "Describe the French Revolution",
        "persona_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROUND14_NEAR_MISSES)
def test_round14_near_misses_are_rejected(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, HIGH, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


ROUND14_PARAPHRASES = [
    # the same role in another frame
    (
        "Act as a career coach and review my resume",
        "You are a career coach. Review my resume.",
        0.97,
    ),
    (
        "You are a therapist. Tell me how to handle stress.",
        "As a therapist, tell me how to handle stress.",
        0.96,
    ),
    # a bound in both prompts, a bare number in both
    (
        "Find users who logged in more than 3 times",
        "Find users that logged in more than 3 times",
        0.99,
    ),
    ("Find users with 3 orders", "Find the users with 3 orders", 0.99),
    # "or" / "and" either way round
    ("Is it safe to mix bleach and ammonia?", "Is it safe to mix ammonia and bleach?", 0.99),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND14_PARAPHRASES)
def test_round14_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 15: analytics, confusable entities and time ranges. Data requests where one
# operation changes (average / median, top / bottom, ascending / descending, inner / left
# join, "= 'active'" / "!= 'active'"), names one letter or one word apart (Austria /
# Australia, Java / JavaScript, iPhone 14 / 14 Pro, 401(k) / 403(b)) and time ranges (Q1 /
# Q2, last week / last month, since / until) were all rejected already. Paraphrases lost:
# a name and its short form ("the United Kingdom" / "UK", "New York City" / "NYC",
# "Node.js" / "Node", "Mongo" / "MongoDB", "401(k)" / "401k", "World War II" / "WW2"), an
# article said on one side only ("a visa for UK" / "... for the UK"), a statistic's other
# name ("the mean" / "the average" / "avg", "sum" / "total", "max" / "highest", "unique" /
# "distinct", "moving" / "rolling average"), a sort order in words ("from high to low" /
# "descending"), "the past 30 days" / "the last 30 days", "the fourth quarter" / "Q4", "df"
# / "dataframe".
ROUND15_PARAPHRASES = [
    (
        "How do I get a work visa for UK?",
        "How do I get a work visa for the United Kingdom?",
        0.95,
    ),
    ("What is the population of NYC?", "What's the population of New York City?", 0.95),
    ("Best beaches in the USA", "best beaches in the United States", 0.99),
    ("Average rent in Holland", "Average rent in the Netherlands", 0.93),
    ("WW2 causes", "World War II causes", 0.9),
    ("Can I roll a 401k into a Roth IRA?", "Can I roll a 401(k) into a Roth IRA?", 0.97),
    ("How do I set up logging in Mongo?", "How do I set up logging in MongoDB?", 0.97),
    ("How do I set up logging in node?", "how do i set up logging in node.js?", 0.91),
    (
        "Write a SQL query to get the average amount per customer_id from the orders table",
        "Write a SQL query to get the mean amount per customer_id from the orders table",
        0.92,
    ),
    (
        "SQL: average of total grouped by client in invoices",
        "SQL: avg of total grouped by client in invoices",
        0.92,
    ),
    (
        "Give me a query that returns the sum value for each merchant in transactions",
        "Give me a query that returns the total value for each merchant in transactions",
        0.96,
    ),
    (
        "Write a SQL query to get the maximum value per merchant from the transactions table",
        "Write a SQL query to get the highest value per merchant from the transactions table",
        0.95,
    ),
    (
        "Excel formula to count unique values in a column",
        "Excel formula to count distinct values in a column",
        0.94,
    ),
    (
        "SQL to list customers sorted by lifetime value descending",
        "SQL to list customers sorted by lifetime value from high to low",
        0.94,
    ),
    ("How to rename a column in a pandas df", "How to rename a column in a pandas dataframe", 0.98),
    ("7 day moving average of revenue", "7 day rolling average of revenue", 0.97),
    ("Show me website traffic last 30 days", "Show me website traffic past 30 days", 0.98),
    (
        "SQL query for website traffic over the last year",
        "SQL query for website traffic over the past year",
        0.98,
    ),
    (
        "Dashboard chart of refund count in Q4",
        "Dashboard chart of refund count in the fourth quarter",
        0.93,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND15_PARAPHRASES)
def test_round15_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# An aggregate modified on one side only ("count distinct" / "count", "rolling average" /
# "average", "running total" / "total", "weighted average" / "average") was served at a
# high cosine: the classifier reads one added word as a paraphrase. Then guards for the
# rules above: the short forms, the sort order in words and "the past" keep every
# difference they carry.
ROUND15_NEAR_MISSES = [
    ("Work visa for the United States", "Work visa for the United Kingdom"),
    ("Average rent in New York City", "Average rent in New York state"),
    ("Can I roll a 401(k) into an IRA?", "Can I roll a 403(b) into an IRA?"),
    ("Can I roll a 401(k) into an IRA?", "Can I roll a 401(a) into an IRA?"),
    ("Causes of World War I", "Causes of World War II"),
    ("MongoDB vs Redis", "Mongo vs Postgres"),
    ("Sort products by price from high to low", "Sort products by price from low to high"),
    ("Sort products by price descending", "Sort products by price from low to high"),
    ("Calculate the mean of 3, 5 and 7", "Calculate the median of 3, 5 and 7"),
    ("total revenue by region", "average revenue by region"),
    # an aggregate modified on one side only (aggregate_mismatch)
    ("Count distinct users per day", "Count users per day"),
    ("SQL count distinct customer_id", "SQL count customer_id"),
    ("How many unique visitors per page?", "How many visitors per page?"),
    ("Calculate a 7-day rolling average in pandas", "Calculate a 7-day average in pandas"),
    ("Running total of sales per month in SQL", "Total of sales per month in SQL"),
    ("cumulative sum by group in pandas", "sum by group in pandas"),
    ("Weighted average of grades in Excel", "Average of grades in Excel"),
    ("highest paying jobs in Texas", "lowest paying jobs in Texas"),
    ("Sales in the past 30 days", "Sales in the next 30 days"),
    ("Inflation over the past 10 years", "Inflation over the past 10 months"),
    (
        "What happened in the last episode of Succession?",
        "What happened in past episodes of Succession?",
    ),
    ("Q1 revenue for Apple", "second quarter revenue for Apple"),
    ("Find the 2nd highest salary", "Find the 3rd highest salary"),
    ("What to wear when it is in the 50s", "What to wear in the 1950s"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND15_NEAR_MISSES)
def test_round15_near_misses_are_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, CONFIG).accept


# Round 16: transformations of pasted text, scope, multi-ask prompts. Served wrongly out of
# sample: the same instruction on a pasted text with one sentence added ("... Let me know if
# you have any questions."), a word given a negating prefix ("unused" / "used": "used" is a
# stopword), an e-mail address changed in its stopword part ("help@" / "support@"), an ask
# dropped from a prompt of several ("What is a REST API, what is GraphQL, and which should I
# use?" / the first two), a conjunct dropped ("Fix the bug and add type hints" / "Fix the
# bug"), and "avoid" said on one side only. Paraphrases lost: an audience or a platform by
# its other name ("teens" / "teenagers", "the elderly" / "older adults" / "seniors",
# "colleague" / "coworker", "Mac" / "macOS", "Win 11" / "Windows 11"), "reword" /
# "rephrase" / "paraphrase".
ROUND16_NEAR_MISSES = [
    (
        "Summarize this:\n\nThe price of the basic plan increases from $10 to $12 per month"
        " starting July 1.",
        "Summarize this:\n\nThe price of the basic plan increases from $10 to $12 per month"
        " starting July 1. Let me know if you have any questions.",
    ),
    (
        "Rewrite the following in a formal tone:\n\nThe product was okay. Delivery was slow,"
        " and the packaging was damaged, but customer support resolved the issue quickly.",
        "Rewrite the following in a formal tone:\n\nThe product was okay. Delivery was slow,"
        " and the packaging was damaged, but customer support resolved the issue quickly."
        " Let me know if you have any questions.",
    ),
    (
        "Classify the sentiment of this:\n\nThe staff were friendly and the room was clean."
        " Let me know if you need anything else.",
        "Classify the sentiment of this:\n\nThe staff were friendly and the room was clean.",
    ),
    (
        "Can you explain this to me? Our refund policy allows returns within 30 days of"
        " purchase, provided the item is unused and in its original packaging.",
        "Can you explain this to me? Our refund policy allows returns within 30 days of"
        " purchase, provided the item is used and in its original packaging.",
    ),
    (
        "Translate to German: We will send it to you if you ask.",
        "Translate to German: We will send it to you when you ask.",
    ),
    ("Is the returned item unused?", "Is the returned item used?"),
    (
        "Extract the email addresses from this text: contact sales@acme.com or help@acme.com",
        "Extract the email addresses from this text: contact sales@acme.com or support@acme.com",
    ),
    # an ask dropped or added (ask_mismatch)
    (
        "What is a REST API and what is GraphQL?",
        "What is a REST API, what is GraphQL, and which should I use?",
    ),
    (
        "Should I learn Python or JavaScript first, and which has more jobs?",
        "Should I learn Python or JavaScript first?",
    ),
    (
        "How do I get started with intermittent fasting and how does intermittent fasting work?",
        "How do I get started with intermittent fasting, how does intermittent fasting work,"
        " and what is intermittent fasting?",
    ),
    ("Fix the bug and add type hints: def f(x): return x +", "Fix the bug: def f(x): return x +"),
    (
        "Write a README with installation steps and usage examples",
        "Write a README with installation steps",
    ),
    # an exclusion said on one side only (negation_mismatch)
    (
        "Explain closures in JavaScript, with an example, and avoid using arrow functions",
        "Explain closures in JavaScript, with an example, using arrow functions",
    ),
    ("Write a cover letter and avoid clichés", "Write a cover letter with clichés"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND16_NEAR_MISSES)
def test_round16_near_misses_are_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, CONFIG).accept


ROUND16_PARAPHRASES = [
    ("How much caffeine is safe for teens?", "How much caffeine is safe for teenagers?", 0.97),
    ("Home workout for seniors", "Home workout for the elderly", 0.95),
    (
        "How much caffeine is safe for seniors?",
        "How much caffeine is safe for older adults?",
        0.96,
    ),
    ("How to clear DNS cache on Mac", "How to clear DNS cache on macOS", 0.96),
    ("Best free video editor on Windows 11", "Best free video editor on Win 11", 0.98),
    ("Gift ideas for a colleague", "Gift ideas for a coworker", 0.93),
    # guards: the pasted text quoted, spaced or greeted; the instruction after its text
    # reworded; a request for the working next to the problem; one ask each side
    (
        "Summarize this:\n\nThe train to Boston departs at 8:15 from platform 4. Tickets cost"
        " $45 one way.",
        'Hi! Summarize this: "The train to Boston departs at 8:15 from platform 4. Tickets'
        ' cost $45 one way."',
        0.97,
    ),
    (
        "Translate this to French:\n\nThe meeting is moved to Thursday at 3pm.",
        "Translate this to French: The meeting is moved to Thursday at 3pm.",
        0.99,
    ),
    (
        "Proofread: Their going to the park tomorow.",
        "Proofread:   Their going to the park tomorow.  ",
        0.99,
    ),
    (
        "Summarize https://example.com/blog/post-1",
        "Can you summarize https://example.com/blog/post-1 for me?",
        0.94,
    ),
    ("Is https://www.python.org down?", "Is https://python.org down?", 0.99),
    (
        "Patient note: 58-year-old male, type 2 diabetes. Complains of tingling in both feet."
        " Summarize this note for a referral letter.",
        "Patient note: 58-year-old male, type 2 diabetes. Complains of tingling in both"
        " feet.\n\nPlease summarise this note for a referral letter.",
        0.99,
    ),
    (
        "If I cancel my flight, what happens to my miles?",
        "What happens to my miles if I cancel my flight?",
        0.97,
    ),
    ("Explain blockchain. Avoid jargon.", "Explain blockchain, avoiding jargon.", 0.97),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND16_PARAPHRASES)
def test_round16_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 17: quantities, how-to, chatty wrappers. Served wrongly out of sample: an estimate
# against a bound on the same number ("about 500 words" / "at least 500" / "exactly 500").
# Known from earlier notes: "the meaning of life" / "Define life" (the synonym table makes
# "meaning" a definition), "cd /etc" / "cd etc" (the slash is no word), "best running shoes" /
# "best shoes" (a pick among other things), and a conversion reversed in another form ("2
# cups to ml" / "How many cups is 2 ml?"). Paraphrases lost: chat fillers around the same ask
# ("yo", "hiii 😊", "umm ... 🤔", "ok sooo random but ... lol", "asking for a friend", "pls",
# "question mark" spoken, "I have a question:", "my kid asked me and I didn't know"), one
# conversion in several forms, "around" / "approximately".
ROUND17_NEAR_MISSES = [
    (
        "Write an essay of about 500 words on climate change",
        "Write an essay of at least 500 words on climate change",
    ),
    (
        "Write an essay of about 500 words on climate change",
        "Write an essay of exactly 500 words on climate change",
    ),
    ("Meal plan with around 2000 calories", "Meal plan with at most 2000 calories"),
    ("What is the meaning of life?", "Define life"),
    ("meaning of Christmas", "Christmas definition"),
    ("cd /etc", "cd etc"),
    ("add ~/bin to PATH", "add bin to PATH"),
    ("best running shoes", "best shoes"),
    ("What are the best gaming laptops?", "What are the best laptops?"),
    ("2 cups to ml", "How many cups is 2 ml?"),
    ("Convert 100 USD to EUR", "How many USD is 100 EUR?"),
    # guards: a filler stripped leaves the ask, and a changed ask stays changed
    ("yo can dogs eat grapes", "yo can cats eat grapes"),
    ("hiii 😊 what's a good name for a golden retriever", "what's a good name for a poodle"),
    ("umm how do I whiten my sneakers 🤔🤔", "how do I whiten my teeth"),
    ("lol meaning", "omg meaning"),
    ("what is the meaning of lol", "what is the meaning of omg"),
    ("what does lol mean", "what does omg mean"),
    ("How do I freeze the top row in Excel?", "excel unfreeze top row"),
    ("How do I freeze the top row in Excel?", "excel freeze first column"),
    ("How to convert mp4 to mov", "convert mov to mp4"),
    ("How do I restart my router?", "How do I reset my router?"),
    ("How do I power on my TV?", "How do I power off my TV?"),
    (
        "Is $1,200 a month rent affordable on a $45k salary?",
        "Is $1,200 a month rent affordable on a $54,000 salary?",
    ),
    ("What day of the week is July 4th, 2026?", "What day of the week is 4 June 2026?"),
    ("How long do I bake chicken breasts at 400F?", "How long do I bake chicken breasts at 400C?"),
    ("Calories burned running a 10k", "Calories burned running 10,000 steps"),
    ("ok sooo random but what temperature should I cook salmon to lol", "how long to cook salmon"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND17_NEAR_MISSES)
def test_round17_near_misses_are_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, CONFIG).accept


ROUND17_PARAPHRASES = [
    (
        "yo how many hours of sleep does a teenager need",
        "How many hours of sleep does a teenager need?",
        0.95,
    ),
    (
        "hiii 😊 what's a good name for a golden retriever",
        "What's a good name for a golden retriever?",
        0.87,
    ),
    ("umm how do I whiten my sneakers 🤔🤔", "How do I whiten my sneakers?", 0.95),
    (
        "ok sooo random but what temperature should I cook salmon to lol",
        "what temperature should I cook salmon to ?? asking for a friend",
        0.93,
    ),
    (
        "Hello! I hope you're doing well. I have a question: what time does Costco open on"
        " Sunday? Thank you in advance.",
        "What time does Costco open on Sunday?",
        0.89,
    ),
    (
        "is coffee bad for your kidneys ?? asking for a friend",
        "is coffee bad for your kidneys pls",
        0.94,
    ),
    ("HOW DO I CLEAN MY AIRPODS???", "how do I clean my AirPods question mark", 0.87),
    ("my kid asked me and I didn't know 😅 why do cats purr", "Why do cats purr?", 0.89),
    ("lol what does 'rizz' mean", "What does rizz mean?", 0.95),
    (
        "can you pls pls pls help me write a birthday message for my mom",
        "Write a birthday message for my mom",
        0.87,
    ),
    ("2 cups to ml", "How many ml is 2 cups?", 0.91),
    ("How many Fahrenheit is 37 Celsius?", "what is 37 Celsius in Fahrenheit", 0.91),
    ("Convert 5 miles to km", "5 miles to km", 0.86),
    ("300 USD to MXN exchange", "300 USD in MXN", 0.87),
    ("Meal plan with around 2000 calories", "meal plan of approximately 2,000 calories", 0.95),
    (
        "Is $1,200 a month rent affordable on a $45k salary?",
        "Is $1,200 a month rent affordable on a $45,000 salary?",
        0.98,
    ),
    ("What day of the week is 4 July 2026?", "What day of the week is July 4th, 2026?", 0.96),
    (
        "How long do I bake chicken breasts at 400F?",
        "How long should chicken breast bake at 400 degrees Fahrenheit?",
        0.95,
    ),
    (
        "How many calories in 100g of chicken breast?",
        "How many calories in 100 grams of chicken breast?",
        0.96,
    ),
    (
        "How many calories does walking 10,000 steps burn?",
        "Calories burned walking 10k steps",
        0.95,
    ),
    ("How do I freeze the top row in Excel?", "excel freeze top row", 0.92),
    ("How to cancel Netflix subscription", "cancel netflix subscription", 0.95),
    ("How do I restart my router?", "How do I reboot my router?", 0.96),
    ("How do I turn off my Samsung TV?", "how to power off my Samsung TV", 0.89),
    # guards: what the new near-miss rules must leave alone
    ("Define recursion", "Meaning of recursion", 0.95),
    ("best running shoes", "best shoes for running", 0.95),
    ("What is 60 mph in km/h?", "Convert 60 mph to km/h", 0.91),
    ("cd /etc", "Please cd /etc", 0.95),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND17_PARAPHRASES)
def test_round17_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 18: attributes, ranks and choices
# 845 pairs written blind to the rules (attribute / rank / choice). Out of sample the policy
# served 4/487 wrong: "How did X die?" / "When did X die?" (a bare "how" asks a manner, now a
# question kind of its own against when / who / how many ...; against "where" only for a past
# event: "Where can I learn X" / "How can I learn X" ask alike in QQP), and an option list that
# lost the option the answer names ("Options: Venus, Mars, Jupiter" / "Options: Venus, Jupiter").
# Known from round 17: "a question mark" / "an exclamation mark" (a stopword noun swapped for a
# content word), "best laptop for college students" / "... for students" (a pick qualified).
# Also: "the second largest" / "the largest" (a rank), an attribute question against keywords
# naming another attribute or more ("the GDP of Japan" / "Japan GDP per capita"), "X better
# than Y or Z" with X and Z swapped. Paraphrases won: alternatives reordered ("a fruit or a
# vegetable", "Options: a, b, c" unless a letter names the answer), an attribute asked as a
# question or typed as keywords, a closed list of attributes in other words (net worth, weight,
# released / come out, synonym, origin of the word), superlative synonyms, ordinals written
# "#2" / "2nd", "Is it true that X?" / "True or false: X".
ROUND18_NEAR_MISSES = [
    ("How did Amelia Earhart die?", "When did Amelia Earhart die?"),
    ("How did Bruce Lee die?", "Who killed Bruce Lee?"),
    ("How did the Roman Empire fall?", "When did the Roman Empire fall?"),
    ("How did Elvis Presley die?", "Where did Elvis Presley die?"),
    ("how to plant tulips", "when to plant tulips"),
    (
        "Which metal is liquid at room temperature? Options: iron, mercury, copper, zinc",
        "Which metal is liquid at room temperature? Options: iron, copper, zinc",
    ),
    (
        "Which is a mammal? Options: shark, whale, trout",
        "Which is a mammal? Options: shark, trout, salmon",
    ),
    (
        "What is the capital of Canada? Options: Toronto, Ottawa, Vancouver."
        " Answer with the letter.",
        "What is the capital of Canada? Options: Ottawa, Vancouver, Toronto."
        " Answer with the letter.",
    ),
    (
        "What is the capital of Peru? A) Lima B) Cusco C) Quito",
        "What is the capital of Peru? A) Quito B) Cusco C) Lima",
    ),
    ("how do I type a question mark", "how do I type an exclamation mark"),
    ("how do I type a question mark on a Mac", "how do I type an em dash on a Mac"),
    ("best laptop for college students", "best laptop for students"),
    ("best phone for tech savvy seniors", "best phone for seniors"),
    ("What is the second largest country?", "What is the largest country?"),
    ("What is the #2 tallest building?", "What is the #3 tallest building?"),
    ("What is the 2nd longest river in Asia?", "What is the longest river in Asia?"),
    ("What is the GDP of Japan?", "Japan GDP per capita"),
    ("What is the price of silver?", "silver price per ounce"),
    ("How much is the Galaxy Tab S9?", "Galaxy Tab S9 weight"),
    ("What is the boiling point of water at high altitude?", "water boiling point"),
    ("What are the side effects of naproxen?", "naproxen side effects in children"),
    ("What is the official currency of Japan?", "Japan currency history"),
    ("Is a tomato a fruit or a vegetable?", "Is a potato a vegetable or a fruit?"),
    ("Is 9.11 or 9.9 bigger?", "Is 9.9 or 9.11 smaller?"),
    ("Is Python better than Java or Go?", "Is Go better than Java or Python?"),
    ("Is Rust better than Java or Kotlin?", "Is Kotlin better than Java or Rust?"),
    ("another word for happy", "opposite of happy"),
    ("How rich is Oprah Winfrey?", "How rich was Oprah Winfrey in 1990?"),
    ("Who is the richest woman in the world?", "Who is the richest man in the world?"),
    ("What is the cheapest Tesla?", "What is the most expensive Tesla?"),
    ("True or false: bats are blind", "Is it true that bats are not blind?"),
    ("where does the word quiz come from", "what does the word quiz mean"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND18_NEAR_MISSES)
def test_round18_near_misses_are_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, CONFIG).accept


ROUND18_PARAPHRASES = [
    ("Is a whale a fish or a mammal?", "Is a whale a mammal or a fish?", 0.997),
    ("Is a bat a bird or a mammal?", "Is a bat a mammal or a bird?", 0.998),
    ("Should I learn Spanish or French first?", "Should I learn French or Spanish first?", 0.996),
    ("Is Netflix or Hulu cheaper?", "Which one is cheaper: Hulu or Netflix?", 0.95),
    (
        "Which planet has the most moons? Options: Earth, Saturn, Mars, Venus",
        "Which planet has the most moons? Options: Venus, Mars, Saturn, Earth",
        0.998,
    ),
    (
        "Pick the odd one out: cat, dog, tulip, horse",
        "Pick the odd one out: horse, tulip, dog, cat",
        0.996,
    ),
    ("What are the side effects of naproxen?", "naproxen side effects", 0.92),
    ("What is the capital of Kenya?", "Kenya capital", 0.914),
    ("Which city is the capital of Chile?", "Chile capital", 0.93),
    ("What is the melting point of gold?", "gold melting point", 0.902),
    ("Galaxy Tab S9 price", "how much is the Galaxy Tab S9", 0.956),
    ("How much does the Galaxy Tab S9 cost?", "Galaxy Tab S9 price", 0.918),
    ("Who is the richest person in Asia?", "Who is the wealthiest person in Asia?", 0.973),
    (
        "What is the most populous state in the US?",
        "What is the most populated state in the US?",
        0.926,
    ),
    ("What is the longest river in Asia?", "What is the lengthiest river in Asia?", 0.939),
    (
        "What is the second tallest building in the world?",
        "What is the #2 tallest building in the world?",
        0.947,
    ),
    ("What is the third largest city in Texas?", "What is the 3rd largest city in Texas?", 0.996),
    ("synonym for angry", "another word for angry", 0.934),
    ("How much does the Steam Deck weigh?", "What is the weight of the Steam Deck?", 0.97),
    ("How rich is Rihanna?", "What is Rihanna's net worth?", 0.885),
    ("When did the Steam Deck come out?", "When was the Steam Deck released?", 0.964),
    ("where does the word salary come from", "origin of the word salary", 0.938),
    (
        "True or false: goldfish have a three-second memory",
        "Is it true that goldfish have a three-second memory?",
        0.937,
    ),
    (
        "Octopuses have three hearts. True or false?",
        "True or false: octopuses have three hearts",
        0.982,
    ),
    # guards: what the new rules must leave alone
    ("How do I wake myself up when I'm tired?", "How can I wake up when I'm tired?", 0.964),
    ("Where can I learn to sing online?", "How can I learn to sing online?", 0.958),
    ("How much is 100 USD in EUR?", "100 USD to EUR", 0.9),
    ("What is power of attorney?", "power of attorney legal definition", 0.921),
    ("What is 15% of 80?", "Calculate 15% of 80", 0.907),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND18_PARAPHRASES)
def test_round18_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 19: drafting, concepts, planning. Lost duplicates, each cluster read by one rule in
# forms.py (a whole-prompt form, or a closed phrase): the difference between two terms in
# any phrasing and order; "pros and cons" / "advantages and disadvantages" / "benefits and
# drawbacks" (not "the advantages": that drops the cons); "Explain X" / "What is X?"; a
# drafting request ("I need ... Can you write it?", "..., addressed to my boss", "for my
# boss") and its recipient (boss / manager, formal / professional); a plan's length and
# quantities ("3-day itinerary for X" / "X itinerary 3 days", "$3,500/month" / "$3500
# monthly", "3x a week", "2-bed", "during December", "LA" / "Los Angeles").
ROUND19_NEAR_MISSES = [
    ("What is the difference between TCP and UDP?", "What is the difference between TCP and IP?"),
    ("TCP vs UDP", "TCP vs HTTP"),
    ("Python vs Java", "Python vs Java for web development"),
    ("How is a virus different from bacteria?", "How is a virus similar to bacteria?"),
    ("pros and cons of Rust", "What are the advantages of Rust?"),
    ("pros and cons of Rust", "What are the disadvantages of Rust?"),
    ("pros and cons of Rust", "pros and cons of Go"),
    ("Explain encryption", "What is hashing?"),
    (
        "Write an email to my boss asking for a raise",
        "Write an email to my landlord asking for a raise",
    ),
    (
        "Write a formal email to my boss asking for a raise",
        "Write a casual email to my boss asking for a raise",
    ),
    (
        "Write a short email to my boss asking for a raise",
        "Write a long email to my boss asking for a raise",
    ),
    (
        "Draft an email asking for a refund, addressed to my landlord",
        "Draft an email asking for a refund, addressed to my boss",
    ),
    (
        "Write an email to my boss asking for a day off",
        "Write an email from my boss asking for a day off",
    ),
    (
        "I need an email to my landlord about the heater. Can you write it?",
        "I need an email to my landlord about the heater. Can you fix it?",
    ),
    ("3-day itinerary for Paris", "Paris itinerary 5 days"),
    ("3-day itinerary for Paris", "Rome itinerary 3 days"),
    ("4-day itinerary for Paris during December", "4-day itinerary for Paris in January"),
    ("one week meal plan", "two week meal plan"),
    ("budget for a family of 4 on $5,000/month", "budget for a family of 4 on $5,000 a year"),
    ("full body workout 3x a week", "full body workout 3 times a day"),
    ("cleaning schedule for a 2 bedroom apartment", "cleaning schedule for a 3-bed apartment"),
    ("road trip from LA to Las Vegas", "road trip from San Francisco to Las Vegas"),
    ("make a 7 day meal plan", "make a 7 day workout plan"),
    ("Give me a 3 day workout plan", "Give me a 3 day meal plan"),
    ("Explain encryption simply", "What is encryption?"),
    ("List the pros and cons of remote work", "List the pros of remote work"),
    # "professional" is "formal" only of a message drafted
    ("What is formal education?", "What is professional education?"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND19_NEAR_MISSES)
def test_round19_near_misses_are_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


ROUND19_PARAPHRASES = [
    ("How is a process different from a thread?", "process vs thread", 0.901),
    (
        "Can you explain the difference between authentication and authorization?",
        "authentication or authorization: what is the difference?",
        0.962,
    ),
    (
        "encryption and hashing - how do they differ?",
        "Can you explain the difference between encryption and hashing?",
        0.96,
    ),
    ("stack versus heap explained", "how do stack and heap differ", 0.96),
    ("difference between climate and weather", "whats the diff between weather and climate", 0.923),
    ("How is an LLC different from an S corp?", "S corp vs LLC", 0.887),
    ("compare weight and mass", "weight or mass: what is the difference?", 0.861),
    ("pros and cons of Rust", "What are the benefits and drawbacks of Rust?", 0.902),
    (
        "pros and cons of index funds",
        "What are the advantages and disadvantages of index funds?",
        0.875,
    ),
    ("pros and cons of a monorepo", "a monorepo: pros and cons", 0.96),
    (
        "What are the advantages of serverless computing?",
        "what are the upsides of serverless computing",
        0.905,
    ),
    ("What is encryption?", "Explain encryption", 0.891),
    ("define the stack in memory", "Explain the stack in memory", 0.939),
    ("Explain precision in machine learning", "What is precision in machine learning?", 0.932),
    (
        "Pls write an e-mail to my manager requesting a day off",
        "pls write an e-mail to my manager asking for a day off",
        0.983,
    ),
    (
        "Hi! Could you draft a formal email to my boss asking for a week off? Thanks",
        "Hi! Could you draft a professional email to my manager asking for a week off? Thanks",
        0.918,
    ),
    (
        "Draft a text reminding them to pay their half of the bills, addressed to my roommate",
        "Write a text to my roommate reminding them to pay their half of the bills",
        0.923,
    ),
    (
        "I need an e-mail to my landlord telling them the rent will be late this month."
        " Can you write it?",
        "draft an e-mail telling them the rent will be late this month, addressed to my landlord",
        0.866,
    ),
    (
        "Hi! Could you draft an e-mail to my boss saying I'm sick and can't come in today? Thanks",
        "Can you write me an e-mail for my boss saying I'm sick and can't come in today?",
        0.913,
    ),
    (
        "Draft a Slack message welcoming a new team member, addressed to the team",
        "Can you write me a message on Slack for the team welcoming a new team member?",
        0.865,
    ),
    ("3-day itinerary for Bangkok", "Bangkok itinerary 3 days", 0.979),
    ("4-day itinerary for Paris during December", "4-day itinerary for Paris in December", 0.997),
    ("one week Mediterranean meal plan", "Create a 7 day Mediterranean meal plan", 0.914),
    ("full body workout routine 3x a week", "full body workout routine 3 times a week", 0.95),
    (
        "weekly cleaning schedule for a 2 bedroom apartment",
        "weekly cleaning schedule for a 2-bed apartment",
        0.96,
    ),
    (
        "make a household budget for 2 people living on $3,500/month",
        "make a household budget for 2 people living on $3500 monthly",
        0.921,
    ),
    (
        "road trip itinerary from LA to San Francisco in 3 days",
        "road trip itinerary from Los Angeles to San Francisco in 3 days",
        0.95,
    ),
    ("give me a 1-day vegetarian meal plan pls", "Create a 1-day vegetarian meal plan", 0.898),
    # guards: what the new rules must leave alone
    ("flights NYC to LA", "nyc to la flights", 0.973),
    ("explain the second one", "explain the 2nd one", 0.989),
    ("Define recursion", "Meaning of recursion", 0.952),
    (
        "What are the benefits of GraphQL? Also, how do I get started with GraphQL?",
        "How do I get started with GraphQL? Also, what are the benefits of GraphQL?",
        0.979,
    ),
    (
        "List the pros and cons of remote work.",
        "What are the advantages and disadvantages of remote work?",
        0.873,
    ),
    (
        "What are the major differences between Indonesia and Malaysia?",
        "How is Indonesia different from Malaysia?",
        0.928,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND19_PARAPHRASES)
def test_round19_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 20: errors, shopping, roles. Served wrongly out of sample: two owners swapped
# between two things ("my neighbor's tree fell on my fence" / "my tree fell on my
# neighbor's fence"), read by owners.py from the possessives as written. Lost duplicates,
# each read by one rewrite: a price in any form and an upper bound on it in any words
# (amounts.py: "$500" / "500 bucks" / "500$" / "500 USD", "$10k" / "10,000 dollars";
# "under" / "below" / "less than" / "up to" / "at most" / "max"; not "over" or "at
# least"), a spec ('27"' / "27 inch", "128 gigs" / "128GB", "8 GB of memory" / "8GB
# RAM"), a fix request around a pasted error (fixasks.py: "Fix this: E" / "How do I fix
# this error: E" / "E how do I fix this?" / "pls help: E"), and roles in a closed lexicon
# (boss / employer, renter / tenant, mom and dad / parents).
ROUND20_NEAR_MISSES = [
    (
        "My neighbor's tree fell on my fence, who pays?",
        "My tree fell on my neighbor's fence, who pays?",
    ),
    (
        "My landlord's dog bit my cat, who pays the vet?",
        "My dog bit my landlord's cat, who pays the vet?",
    ),
    (
        "The landlord's dog bit my cat, who pays the vet?",
        "My dog bit the landlord's cat, who pays the vet?",
    ),
    ("My boss's car hit your bike, who pays?", "Your car hit my boss's bike, who pays?"),
    ("Her car hit his bike in the parking lot", "His car hit her bike in the parking lot"),
    (
        "Their kid broke our window, do they have to pay?",
        "Our kid broke their window, do they have to pay?",
    ),
    ("My neighbor's dog keeps barking at my kids", "My dog keeps barking at my neighbor's kids"),
    ("best laptop under $500", "best laptop over $500"),
    ("best laptop for less than $500", "best laptop for at least $500"),
    ("best tablet up to $400", "best tablet above $400"),
    ("best tablet under $400", "best tablet under $500"),
    ("best tablet under 300 bucks", "best tablet under 300 euros"),
    ("best used car under $10k", "best used car under $100k"),
    ("best monitor under $300", "best monitor at least $300"),
    ("How much is 100 USD in EUR?", "How much is $100 in GBP?"),
    ("best 27 inch monitor", 'best 32" monitor'),
    ("laptop with 8GB RAM", "laptop with 16 GB of memory"),
    ("phone with 128GB storage", "phone with 256 gigs of storage"),
    ("laptop with 16GB RAM", "laptop with 16GB storage"),
    ("Fix this: KeyError: 'user_id'", "How do I fix this error: KeyError: 'user_name'"),
    (
        "Fix this: TypeError: unhashable type: 'list'",
        "TypeError: unhashable type: 'dict'\nhow do I fix this?",
    ),
    ("Fix this: my essay intro", "How do I fix this error: my essay intro"),
    ("Can my landlord enter without notice?", "Can my tenant enter without notice?"),
    ("Can my employer read my email?", "Can my employee read my email?"),
    ("Can my parents take my paycheck?", "Can my mom take my paycheck?"),
    ("best espresso machine under $250", "best espresso machine under two hundred dollars"),
    ("best espresso machine under $250", "best espresso machine over two hundred fifty dollars"),
    # a bare "help" at the end of a question is no fix request around an error
    (
        "Why was my claim denied and where can I get help?",
        "Why was my claim denied and where can I get a lawyer?",
    ),
    ("phone with 128GB memory", "phone with 128GB RAM"),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND20_NEAR_MISSES)
def test_round20_near_misses_are_rejected(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


ROUND20_PARAPHRASES = [
    (
        "My neighbor's tree fell on my fence, who pays?",
        "My neighbor's tree fell on my fence, who has to pay?",
        0.971,
    ),
    ("best DSLR camera under $1000", "best DSLR camera up to $1000", 0.991),
    ("best laptop under $400", "best laptop below $400", 0.972),
    ("best robot vacuum under $250", "best robot vacuum less than $250", 0.992),
    ("best phone below $250", "best phone no more than $250", 0.946),
    ("best monitor under $600", "best monitor max $600", 0.967),
    ("best TV under $1000", "best TV for at most $1000", 0.98),
    ("best wireless earbuds under $100", "best wireless earbuds for less than 100 bucks", 0.977),
    ("best tablet under $300", "best tablet under 300 bucks", 0.962),
    ("best used car under $10k", "best used car under 10,000 dollars", 0.951),
    ("Good robot vacuum below $150?", "Good robot vacuum below 150$?", 0.995),
    ("best office chair under $1,000", "best office chair under 1000 USD", 0.941),
    ("best 27 inch monitor for office work", 'best 27" monitor for office work', 0.988),
    ("best 144Hz monitor under $300", "best 144 hz monitor below $300", 0.959),
    (
        "phone with 128GB storage under $400",
        "phone with 128 gigs of storage under 400 dollars",
        0.963,
    ),
    (
        "Fix this: fatal: refusing to merge unrelated histories",
        "How do I fix this error: fatal: refusing to merge unrelated histories",
        0.973,
    ),
    ("Fix this: KeyError: 'user_id'", "How do I fix this error: KeyError: 'user_id'", 0.979),
    (
        "SyntaxError: Unexpected end of JSON input\nhow do I fix this?",
        "pls help: SyntaxError: Unexpected end of JSON input",
        0.944,
    ),
    (
        "PermissionError: [Errno 13] Permission denied\nhow do I fix this?",
        "pls help: PermissionError: [Errno 13] Permission denied",
        0.955,
    ),
    ("Can my parents take my paycheck?", "Can my mom and dad take my paycheck?", 0.889),
    ("Can my boss fire me for being late?", "Can my employer fire me for being late?", 0.9),
    ("As a renter, can I paint the walls?", "As a tenant, can I paint the walls?", 0.925),
    (
        "best espresso machine under $250",
        "best espresso machine under two hundred fifty dollars",
        0.957,
    ),
    (
        "What gaming laptop should I buy for under $500?",
        "What gaming laptop should I buy for under five hundred bucks?",
        0.925,
    ),
    (
        "pls help: fatal: refusing to merge unrelated histories",
        "fatal: refusing to merge unrelated histories",
        0.97,
    ),
    ("laptop with 8GB RAM for programming", "laptop with 8 GB of memory for programming", 0.956),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND20_PARAPHRASES)
def test_round20_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Known wrong acceptances and lost paraphrases (after round 20)

RULES_ONLY = replace(CONFIG, classifier=False)  # the rules must refuse, not the classifier

KNOWN_REJECTED = [
    # "how much does X <verb>" asks the verb's attribute; "how much is X" a price
    ("How much does a Tesla Model 3 weigh?", "How much is a Tesla Model 3?"),
    ("How much does an iPhone 15 weigh?", "How much is an iPhone 15?"),
    ("How much does a gallon of milk weigh?", "How much is a gallon of milk?"),
    ("How much does a Boeing 747 hold?", "How much is a Boeing 747?"),
    ("How much does a nurse earn?", "How much does a nurse cost?"),
    ("How much does a piano weigh?", "How much does a piano cost?"),
    # "Go" the language is an option, not a function word
    ("Should I learn Python or Go?", "Should I learn Python?"),
    ("Is Python or Go better for web servers?", "Is Python better for web servers?"),
    ("Should I learn Python, Go or Rust?", "Should I learn Python or Rust?"),
    ("Should I use Java or Go for microservices?", "Should I use Java for microservices?"),
    # a letter *for* someone (about them) / *to* them
    ("Write a recommendation letter for my student", "Write a recommendation letter to my student"),
    ("Write a reference letter for my nanny", "Write a reference letter to my nanny"),
    (
        "Write a letter of recommendation for my intern",
        "Write a letter of recommendation to my intern",
    ),
    ("Draft a character reference for my neighbor", "Draft a character reference to my neighbor"),
    # what X is / a relation of X
    ("Explain inflation", "What causes inflation?"),
    ("Explain inflation", "Why does inflation happen?"),
    ("Explain inflation", "How does inflation work?"),
    ("Explain inflation", "What are the effects of inflation?"),
    ("Explain the greenhouse effect", "What are the effects of the greenhouse effect?"),
    ("What is diabetes?", "What are the symptoms of diabetes?"),
    ("Explain black holes", "How do black holes form?"),
    ("Explain the French Revolution", "What caused the French Revolution?"),
]


@pytest.mark.parametrize(("cached", "incoming"), KNOWN_REJECTED)
def test_known_wrong_acceptances_are_refused_by_a_rule(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, RULES_ONLY).accept
        assert not verify(x, y, HIGH, CONFIG).accept


KNOWN_NEAR_MISSES = [
    # guards next to the new clusters: still refused
    ("How many calories should I eat per day?", "How many calories should I eat per week?"),
    ("How many calories should I eat daily?", "How many calories should I eat weekly?"),
    ("How much should I save per month?", "How much should I save per year?"),
    ("Is it normal to sleep 5-10 hours?", "Is it normal to sleep 5-12 hours?"),
    ("What is 5-10?", "What is 5 to 10?"),
    ("What are the top 10 selling cars?", "What is the top selling car?"),
    ("Where was Einstein born?", "What is Einstein's birthday?"),
    ("Where was Taylor Swift born?", "When was Taylor Swift born?"),
    (
        "Which is the largest planet? A) Mars B) Jupiter. Just give the letter.",
        "Which is the largest planet? A) Mars B) Jupiter. Explain your answer.",
    ),
    ("Is Python better than Java or Go?", "Is Java better than Python or Go?"),
    ("Is Go faster than Java?", "Is Java faster than Go?"),
]


@pytest.mark.parametrize(("cached", "incoming"), KNOWN_NEAR_MISSES)
def test_known_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, CONFIG).accept


KNOWN_PARAPHRASES = [
    # guards: the same attribute, option order, preposition, definition
    ("How much does a Tesla Model 3 cost?", "How much is a Tesla Model 3?"),
    ("Is Python better than Java or Go?", "Is Python better than Go or Java?"),
    ("Should I learn Python or Go?", "Should I learn Go or Python?"),
    ("Go or Rust for a CLI tool?", "Rust or Go for a CLI tool?"),
    (
        "Write a recommendation letter for my student",
        "Write a recommendation letter for my student",
    ),
    ("Write a thank-you note for my teacher", "Write a thank-you note to my teacher"),
    ("Explain inflation", "What is inflation?"),
    ("Explain diabetes", "What is diabetes?"),
    ("What is inflation?", "What does inflation mean?"),
    # one rate, one range, the first of a kind, a date of birth, an answer format
    ("How many calories should I eat per day?", "How many calories should I eat daily?"),
    ("How much water should I drink a day?", "How much water should I drink each day?"),
    ("Water the plants daily", "Water the plants each day"),
    ("How much should I save per month?", "How much should I save monthly?"),
    ("How often should I run per week?", "How often should I run weekly?"),
    ("Show me active users per day", "Show me active users daily"),
    ("Is it normal to sleep 5-10 hours?", "Is it normal to sleep between 5 and 10 hours?"),
    ("Is it normal to sleep 5\u201310 hours?", "Is it normal to sleep 5 to 10 hours?"),
    ("How long should I boil eggs, 5 to 10 minutes?", "How long should I boil eggs, 5-10 minutes?"),
    ("Who is the #1 tennis player?", "Who is the top tennis player?"),
    ("Who is the number one tennis player?", "Who is the #1 tennis player?"),
    ("When was Einstein born?", "What is Einstein's birthday?"),
    ("When was Albert Einstein born?", "Albert Einstein's date of birth"),
    ("When was Taylor Swift born?", "When is Taylor Swift's birthday?"),
    (
        "Which is the largest planet? A) Mars B) Jupiter. Just give the letter.",
        "Which is the largest planet? A) Mars B) Jupiter. Reply with only the letter.",
    ),
    (
        "Which is the largest planet? A) Mars B) Jupiter. Answer with just the letter.",
        "Which is the largest planet? A) Mars B) Jupiter. Only output the letter.",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), KNOWN_PARAPHRASES)
def test_known_paraphrases_are_accepted(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, HIGH, CONFIG).accept, verify(x, y, HIGH, CONFIG).reasons


# Round 21: codegen, creative, math. Served wrongly out of sample: a date format whose
# fields trade places ("DD/MM/YYYY" / "MM/DD/YYYY", accepted at 0.996), read by patterns.py
# from the pattern as written (case aside). Also refused now: two modifier phrases trading
# their contents and one-letter names in another order (reorder.py). Lost duplicates, each
# read by one rewrite: modifier phrases listed in another order (reorder.py), the language
# named as a prefix / an adjective / a suffix (codelang.py), closed code constraints
# (codeterms.py), math notation and the ask to solve for a variable (notation.py), and the
# ask for a creative piece, "humorous", the season "fall" (creative.py).
ROUND21_REJECTED = [
    # a format pattern's fields in another order (patterns.py)
    (
        "Write a function that parses dates in DD/MM/YYYY format",
        "Write a function that parses dates in MM/DD/YYYY format",
    ),
    ("Format today's date as YYYY-MM-DD in Python", "Format today's date as DD-MM-YYYY in Python"),
    ("Convert a timestamp to HH:mm in JavaScript", "Convert a timestamp to mm:HH in JavaScript"),
    ("Validate a date written as dd.mm.yy", "Validate a date written as yy.mm.dd"),
    ("Print the date as DD MM YYYY", "Print the date as MM DD YYYY"),
    (
        "Parse a YYYY/MM/DD string into a date object",
        "Parse a YYYY/DD/MM string into a date object",
    ),
    # two modifier phrases trade their contents; one-letter names in another order (reorder.py)
    ("Write a story about a girl for a boy", "Write a story for a girl about a boy"),
    ("Write a poem for my mom about my dad", "Write a poem for my dad about my mom"),
    (
        "Get the rows in table A that are not in table B",
        "Get the rows in table B that are not in table A",
    ),
    ("Copy file A to folder B", "Copy file B to folder A"),
]
ROUND21_NEAR_MISSES = [
    # reordered phrases whose members differ, or a nested phrase: still refused
    (
        "Write a short story about a dog in first person for kids",
        "Write a short story for kids in second person about a dog",
    ),
    (
        "Translate this from English to French with a formal tone",
        "Translate this with a formal tone from French to English",
    ),
    # the language named elsewhere, but another language or piece
    (
        "Haskell: write a function that reverses a list",
        "Write a function that reverses a list using OCaml",
    ),
    (
        "Write a Python function that calls a C library",
        "Write a C function that calls a Python library",
    ),
    (
        "Rust function that debounces a function call, please",
        "Go function that debounces a function call, please",
    ),
    ("Write a horror story with no dialogue", "Write a horror story with dialogue"),
    # closed code terms: the other member of the pair is another constraint
    (
        "Write a function that compares two strings case-insensitively",
        "Write a function that compares two strings case-sensitively",
    ),
    ("Find duplicates in a list in O(n) time", "Find duplicates in a list in O(n log n) time"),
    ("Find duplicates in a list in O(n) time", "Find duplicates in a list in O(n^2) time"),
    (
        "Write a SQL query with a LEFT OUTER JOIN on orders",
        "Write a SQL query with a RIGHT OUTER JOIN on orders",
    ),
    (
        "Write a SQL query with a LEFT JOIN on orders",
        "Write a SQL query with a RIGHT JOIN on orders",
    ),
    (
        "Write a function that generates permutations recursively",
        "Write a function that generates permutations iteratively",
    ),
    ("Validate an email address without regex", "Validate an email address with regex"),
    # math notation: the spelling is one, the math is not
    ("What is the derivative of x^2?", "What is the derivative of x^3?"),
    ("What is the derivative of x²?", "What is the derivative of x³?"),
    ("Simplify 2x + 3 = 7", "Simplify 2x - 3 = 7"),
    ("Solve for x: 2x + 3 = 7", "Solve for x: 2x - 3 = 7"),
    ("Solve for x: 3x + 5 = 10", "Solve for y: 3x + 5 = 10"),
    ("What is 5% of 200?", "What is 0.5% of 200?"),
    ("What is 5 percent of 200?", "What is 0.5% of 200?"),
    ("Convert 45° to radians", "Convert 54° to radians"),
    ("What is √16?", "What is √64?"),
    ("Expand (x + 1)^2", "Expand (x + 1)^3"),
    # creative: the piece or the season word used as a verb
    ("Could you pen a short story about first love?", "Could you pen a poem about first love?"),
    ("I'd like a limerick about a lost dog", "I'd like a haiku about a lost dog"),
    ("Write a funny poem about cats", "Write a sad poem about cats"),
    ("Write a poem about autumn leaves", "Write a poem about spring leaves"),
    ("Why do leaves fall in autumn?", "Why do leaves change color in autumn?"),
]
ROUND21_PARAPHRASES = [
    # guards for patterns.py: the same pattern, in any case
    (
        "Write a function that parses dates in DD/MM/YYYY format",
        "Write a function that parses dates in dd/mm/yyyy format",
        0.99,
    ),
    # modifier phrases of one request in another order (reorder.py)
    (
        "Write a short story about a soccer match in first person and for kids",
        "Write a short story for kids and in first person about a soccer match",
        0.986,
    ),
    (
        "Write a short story about a lost dog with a funny tone and with a happy ending",
        "Write a short story with a happy ending and with a funny tone about a lost dog",
        0.988,
    ),
    (
        "Write a short story about the sea in the present tense and that rhymes",
        "Write a short story that rhymes and in the present tense about the sea",
        0.99,
    ),
    (
        "Write a poem about the ocean for kids with a happy ending",
        "Write a poem with a happy ending for kids about the ocean",
        0.98,
    ),
    # the language named as a prefix, a suffix or an adjective (codelang.py)
    (
        "Haskell: write a function that implements binary search on a sorted array",
        "Write a function that implements binary search on a sorted array using Haskell",
        0.994,
    ),
    (
        "Write a Haskell function that reverses a list",
        "Write a function that reverses a list in Haskell",
        0.97,
    ),
    (
        "Write a function in Rust that parses a CSV line",
        "Write a Rust function that parses a CSV line",
        0.97,
    ),
    (
        "Write a C# function that checks if a string is a palindrome",
        "Write a function that checks if a string is a palindrome, in C#",
        0.98,
    ),
    (
        "Write a function in Rust that debounces a function call",
        "Rust function that debounces a function call, please",
        0.971,
    ),
    (
        "Write a function in C++ that converts a Roman numeral to an integer",
        "C++ function that converts a Roman numeral to an integer, please",
        0.973,
    ),
    ("Write a horror story with no dialogue", "Write a horror story without any dialogue", 0.984),
    # closed code terms (codeterms.py)
    (
        "Write a function that validates an IPv4 address without regex",
        "Write a function that validates an IPv4 address without using regular expressions",
        0.976,
    ),
    (
        "Write a function that validates an IPv4 address without regex",
        "Write a function that validates an IPv4 address, don't use regex",
        0.96,
    ),
    (
        "Write a function that removes vowels from a string case-insensitively",
        "Write a function that removes vowels from a string ignoring case",
        0.954,
    ),
    (
        "Parse this JSON in Python with no external libraries",
        "Parse this JSON in Python using only the standard library",
        0.945,
    ),
    (
        "Parse this JSON in Python without third-party libraries",
        "Parse this JSON in Python using only the standard library",
        0.945,
    ),
    (
        "Write a Python function that finds duplicates in a list in O(n) time",
        "Write a Python function that finds duplicates in a list in linear time",
        0.878,
    ),
    (
        "Reverse an array in place using O(1) space",
        "Reverse an array in place using constant space",
        0.95,
    ),
    (
        "Write a function that checks if a number is a power of two using bit manipulation",
        "Write a function that checks if a number is a power of two with bitwise operations",
        0.947,
    ),
    (
        "Write a SQL query that joins users and orders with a LEFT JOIN",
        "Write a SQL query that joins users and orders with a LEFT OUTER JOIN",
        0.97,
    ),
    (
        "Write a function that generates all permutations of a list using recursion",
        "Write a function that generates all permutations of a list recursively",
        0.987,
    ),
    ("Implement quicksort in Python", "Write quicksort in Python", 0.948),
    (
        "Implement a function that merges two sorted lists",
        "Write a function that merges two sorted lists",
        0.96,
    ),
    # math notation (notation.py)
    ("Simplify (x^2 - 9)/(x - 3)", "Simplify (x² \u2212 9)/(x \u2212 3)", 0.959),
    ("Expand (x + 1)^3", "Expand (x+1)³", 0.878),
    ("Solve for x: 3x + 5 = 10", "What is x if 3x+5=10?", 0.885),
    ("What is x if 2^x = 32?", "Find x: 2^x=32", 0.905),
    ("Solve the inequality 2x + 1 > 5", "Solve 2x+1>5", 0.918),
    ("Factor x^2 + 5x + 6", "Factorise x^2+5x+6", 0.967),
    ("What is x**2 + 1 when x = 3?", "What is x^2 + 1 when x = 3?", 0.95),
    ("Find the inverse of [[1, 2], [3, 4]]", "Find the inverse of [[1,2],[3,4]]", 0.97),
    # creative asks (creative.py)
    (
        "Could you pen a short story about first love?",
        "Write a short story about first love for me",
        0.912,
    ),
    ("I'd like a limerick about a lost dog", "Please write a limerick on a lost dog", 0.952),
    ("Write a sonnet about time", "Compose a sonnet on the subject of time", 0.933),
    (
        "Write a funny limerick about a cat from Peru",
        "Write a humorous limerick about a cat from Peru",
        0.991,
    ),
    ("Write a poem about autumn leaves", "Write a poem about fall leaves", 0.891),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND21_REJECTED)
def test_round21_wrong_acceptances_are_refused_by_a_rule(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, RULES_ONLY).accept
        assert not verify(x, y, HIGH, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming"), ROUND21_NEAR_MISSES)
def test_round21_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND21_PARAPHRASES)
def test_round21_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 22: data, facts, constraints. Served wrongly out of sample: two cells joined as a list
# and as a range ("cells A1 and A10" / "cells A1 to A10", accepted at 0.975), read by
# spans.range_mismatch; a keyword prompt with a word added ("SQL UNION" / "SQL UNION ALL",
# 0.955), spans.keyword_added; "Who built X?" / "Why was X built?" (0.949): an opening "why"
# asks for a reason (whwords.py). Lost duplicates, each read by one closed rewrite: the
# year / inventor / capital asks and names written several ways (factasks.py), a food left
# out, no equipment, an age and a count of people (constraints.py).
ROUND22_REJECTED = [
    # two items against the range between them (spans.py)
    ("Excel formula to add up cells A1 and A10", "Excel formula to add up cells A1 to A10"),
    ("Sum rows 1 and 10", "Sum rows 1 to 10"),
    ("Average of B2 and B9", "Average of B2 through B9"),
    # a keyword prompt with a word added (spans.py)
    ("SQL UNION", "SQL UNION ALL"),
    ("Python sort", "Python sort only"),
    # an opening "why" against another wh-word (whwords.py)
    ("Who built the Great Wall of China?", "Why was the Great Wall of China built?"),
    ("Who painted the Mona Lisa?", "Why was the Mona Lisa painted?"),
]
ROUND22_NEAR_MISSES = [
    # the closed rewrites keep what differs
    ("When did the French Revolution start?", "When did the French Revolution end?"),
    ("When did the Titanic sink?", "What month did the Titanic sink?"),
    ("What is the capital of Australia?", "What is the largest city of Australia?"),
    ("Who won World War I?", "Who won World War II?"),
    ("When did the USSR collapse?", "When did the United Kingdom collapse?"),
    ("Who invented the telephone?", "Who sold the telephone?"),
    ("Gluten-free pizza dough recipe", "Dairy-free pizza dough recipe"),
    ("Pancake recipe without eggs", "Pancake recipe without milk"),
    ("Lasagna recipe for 2 people", "Lasagna recipe for 4 people"),
    ("Birthday party ideas for a 3 year old", "Birthday party ideas for a 13-year-old"),
    (
        "Who was the 16th president of the United States?",
        "Who was the seventeenth president of the United States?",
    ),
    ("How do I live with no sugar", "Sugar-free how do I live"),
]
ROUND22_PARAPHRASES = [
    # the year, inventor and capital asks (factasks.py)
    ("When was the telephone invented?", "What year was the telephone invented?", 0.965),
    ("When did the Titanic sink?", "What year did the Titanic sink?", 0.963),
    (
        "When was the Declaration of Independence signed?",
        "In what year was the Declaration of Independence signed?",
        0.982,
    ),
    ("Who invented the telephone?", "Who came up with the telephone?", 0.875),
    ("Who invented the light bulb?", "Who is credited with inventing the light bulb?", 0.942),
    ("Who invented the World Wide Web?", "Who created the World Wide Web?", 0.945),
    ("What is the capital of Australia?", "Which city is the capital of Australia?", 0.933),
    ("capital of Canada", "What's the capital city of Canada?", 0.887),
    ("What is the capital of New Zealand?", "Which city is New Zealand's capital?", 0.945),
    # names written several ways (factasks.py)
    ("Who won World War 2?", "Who won the Second World War?", 0.926),
    (
        "How many people died in World War I?",
        "How many people died in the First World War?",
        0.937,
    ),
    ("When did the USSR collapse?", "When did the Soviet Union collapse?", 0.959),
    (
        "Who was the 16th president of the United States?",
        "Who was the sixteenth president of the United States?",
        0.95,
    ),
    # a food left out, no equipment, an age, a count of people (constraints.py)
    ("Egg-free banana bread", "Banana bread without eggs", 0.929),
    ("Eggless chocolate cake recipe", "Chocolate cake recipe with no eggs", 0.887),
    ("Dinner ideas without meat", "Meatless dinner ideas", 0.947),
    ("Gluten-free pizza dough recipe", "Pizza dough recipe without gluten", 0.913),
    ("Arm exercises with no equipment", "Arm exercises, bodyweight only", 0.9),
    ("Core workout no equipment", "Core workout without any equipment", 0.95),
    ("Birthday party ideas for a 3 year old", "Birthday party ideas for a 3yo", 0.95),
    ("Lasagna recipe for 2 people", "Lasagna recipe for two", 0.904),
    ("Clubs a 15 year-old can join", "Clubs a 15 year -old can join", 0.99),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND22_REJECTED)
def test_round22_wrong_acceptances_are_refused_by_a_rule(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, RULES_ONLY).accept
        assert not verify(x, y, HIGH, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming"), ROUND22_NEAR_MISSES)
def test_round22_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND22_PARAPHRASES)
def test_round22_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


@pytest.mark.parametrize(
    ("cached", "incoming", "mismatch"),
    [
        ("cells A1 and A10", "cells A1 to A10", True),
        ("pages 5 and 9", "pages 5-9", True),
        ("cells A1 to A10", "cells A1:A10", False),
        ("cells A1 to A10", "cells A1 through A10", False),
        ("a number between 1 and 10", "a number from 1 to 10", False),
        ("cells A1 and A10", "cells A1 & A10", False),
    ],
)
def test_round22_range_or_two_items(cached: str, incoming: str, mismatch: bool) -> None:
    assert spans.range_mismatch(cached, incoming) is mismatch
    assert spans.range_mismatch(incoming, cached) is mismatch


@pytest.mark.parametrize(
    ("cached", "incoming", "added"),
    [
        ("SQL UNION", "SQL UNION ALL", True),
        ("DELETE", "DELETE CASCADE", True),
        ("SQL UNION", "What is SQL UNION", False),
        ("UNION ALL", "What is UNION ALL in SQL?", False),
        ("SQL UNION", "SQL UNION example", False),
        ("Python list comprehension", "list comprehension in Python", False),
        ("summarize it", "summarize", False),
        ("10 percent of 250", "10% of 250", False),
    ],
)
def test_round22_keyword_with_a_word_added(cached: str, incoming: str, added: bool) -> None:
    assert spans.keyword_added(cached, incoming) is added
    assert spans.keyword_added(incoming, cached) is added


@pytest.mark.parametrize(
    "incoming",
    [
        "The Great Wall of China was built by whom?",
        "Who was the Great Wall of China built by?",
    ],
)
def test_round22_who_passive_asks_the_same_kind(incoming: str) -> None:
    a, b = parse("Who built the Great Wall of China?"), parse(incoming)
    assert not whwords.wh_mismatch(a, b)


# Round 23: translation, health, devops. Served wrongly out of sample: the text to
# translate with a pronoun and a word changed ("Translate 'I'll call you later' to German" /
# "... 'call me later' ...", accepted at 0.950): translation.quoted_mismatch compares the
# quoted texts word for word up to case, punctuation and contractions. Lost duplicates, each
# read by one closed rewrite: the frames of a translation request (translation.py), of a
# question whether two medications may be taken together, a dose unit and an interval
# (health.py), the long and short flags of well-known tools, an ask for a command and the
# names k8s / AWS S3 / Amazon EC2 (cli.py).
ROUND23_REJECTED = [
    ("Translate 'I'll call you later' to German", "Translate 'call me later' to German"),
    ("Translate 'I will see you soon' into French", "Translate 'see me soon' into French"),
    ("How do you say 'we miss you' in Italian?", "How do you say 'you miss us' in Italian?"),
    ("'I'll text you tonight' in Dutch?", "'text me tonight' in Dutch?"),
]
ROUND23_NEAR_MISSES = [
    # translation: the text, the target language, its variant, register and direction
    ("Translate 'good night' into Greek", "Translate 'good morning' into Greek"),
    ("How do you say 'thank you' in Swedish?", "How do you say 'thank you' in Norwegian?"),
    (
        "Translate 'the bill please' into Portuguese",
        "Translate 'the bill please' into European Portuguese",
    ),
    ("Translate 'see you soon' into formal German", "Translate 'see you soon' into German"),
    ("Translate 'Gift' from German to English", "Translate 'Gift' from English to German"),
    ("Translate 'Gift' from German to English", "Translate 'Gift' into English"),
    ("Translate 'my bag is lost' into Thai", "Transliterate 'my bag is lost' into Thai"),
    ("'I like tea' in Hindi?", "'I don't like tea' in Hindi?"),
    # health: the second thing, the timing, the unit, the amount
    ("Can I take naproxen with alcohol?", "Is it safe to take naproxen with coffee?"),
    ("Can I take aspirin with food?", "Can I take aspirin on an empty stomach?"),
    ("Can I take Tylenol 2 hours after Advil?", "Can I take Tylenol 2 hours before Advil?"),
    ("Is 50 mcg of levothyroxine a lot?", "Is 50 milligrams of levothyroxine a lot?"),
    ("Take ibuprofen every four hours?", "Take ibuprofen every six hours?"),
    # devops: another flag, another subcommand, another tool
    ("kubectl logs -f web", "kubectl logs --previous web"),
    ("git checkout -b feature", "git checkout --branch feature"),
    ("scp -P 2222 file host:", "scp -p 2222 file host:"),
    ("docker run -d nginx", "docker run --detach=false nginx"),
    ("rm -r build", "rm -rf build"),
    ("kubectl delete -f app.yaml", "kubectl delete --force app.yaml"),
    ("How do I list pods with kubectl?", "How do I list deployments with kubectl?"),
    ("AWS S3 pricing", "AWS EBS pricing"),
]
ROUND23_PARAPHRASES = [
    # translation frames (translation.py)
    (
        "Translate 'the museum is closed' into Czech",
        "How do you say 'the museum is closed' in Czech?",
        0.92,
    ),
    ("'see you next week' in Finnish?", "How would I say 'see you next week' in Finnish", 0.95),
    (
        "What's the Hungarian for 'good evening'?",
        "How do you say 'good evening' in Hungarian?",
        0.94,
    ),
    (
        "Romanian translation of 'where is the bank'",
        "Translate 'where is the bank' to Romanian",
        0.97,
    ),
    (
        "Translate 'I lost my keys' from English to Croatian",
        "Translate 'I lost my keys' into Croatian",
        0.98,
    ),
    ("What is 'my name is Ana' in Ukrainian?", "Translate 'my name is Ana' to Ukrainian", 0.93),
    (
        "Please translate to Bulgarian: the shop is open",
        "the shop is open - Bulgarian translation?",
        0.9,
    ),
    ("How do you say 'call me later' in German?", "Translate 'Call me later!' to German", 0.95),
    # the unquoted "say X in L" frame: accepted before, kept so (guards)
    ("how do you say thank you in German", "how to say thank you in German", 0.989),
    ("uhh how do u say thank you in japanese", "How do you say thank you in Japanese?", 0.972),
    # two medications together, a dose unit, an interval (health.py)
    ("Can I take naproxen with alcohol?", "Is it safe to take naproxen with alcohol?", 0.95),
    (
        "Is it safe to mix melatonin and alcohol?",
        "Can melatonin and alcohol be taken together?",
        0.93,
    ),
    ("Does prednisone interact with ibuprofen?", "Can I take ibuprofen with prednisone?", 0.9),
    ("Is 250 mg of amoxicillin enough?", "Is 250 milligrams of amoxicillin enough?", 0.97),
    # flags, asks for a command, names (cli.py)
    ("git push -f origin main", "git push --force origin main", 0.9),
    ("What does docker rm -f do?", "What does docker rm --force do?", 0.92),
    ("kubectl apply -f app.yaml", "kubectl apply --filename app.yaml", 0.9),
    ("rm -R old_logs", "rm --recursive old_logs", 0.9),
    ("docker ps -a", "docker ps --all", 0.9),
    ("How do I rebase a branch in git?", "git command to rebase a branch", 0.93),
    ("How to drain a node in k8s?", "How to drain a node in Kubernetes?", 0.9),
    ("Amazon EC2 spot instances", "AWS EC2 spot instances", 0.95),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND23_REJECTED)
def test_round23_wrong_acceptances_are_refused_by_a_rule(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, HIGH, RULES_ONLY).accept
        assert not verify(x, y, HIGH, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming"), ROUND23_NEAR_MISSES)
def test_round23_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND23_PARAPHRASES)
def test_round23_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("What is DNS? Thanks in advance!", "What is DNS?"),
        ("What is DNS :)", "What is DNS"),
        ("What is DNS? thank you :D", "What is DNS?"),
        ("What is DNS, please", "What is DNS"),
        ("What is DNS? Any help is appreciated.", "What is DNS?"),
        ("What is DNS? Thanks for your help", "What is DNS?"),
        ("What is DNS?\u00a0thanks", "What is DNS?"),
        ("Thanks to whom was DNS invented?", "Thanks to whom was DNS invented?"),
        ("What is DNS? cheers", "What is DNS?"),
        ("¿Qué es DNS? gracias de antemano", "¿Qué es DNS?"),
        ("Qu'est-ce que DNS ? Merci d'avance", "Qu'est-ce que DNS ?"),
        ("Was ist DNS, bitte", "Was ist DNS"),
        ("Wat is DNS? dank je wel", "Wat is DNS?"),
        ("what is dns lol", "what is dns"),
        ("what is dns asking for a friend", "what is dns"),
        ("What is DNS? \U0001f600", "What is DNS?"),
    ],
)
def test_round23_closing_frames_still_stripped_behind_the_cheap_gate(
    text: str, stripped: str
) -> None:
    assert strip_frames(text) == stripped


# Round 24: science, money, time. No wrong acceptance out of sample (0/393); lost duplicates,
# each read by one closed rewrite: clock times written one way ("15:00" / "3 pm" / "3 p.m.",
# "noon" / "12 pm", "0900" after "it's" / "at" in a time question), a time-zone question
# turned around ("What time is it in X when it's T in Y?" / "T Y time in X"), "What date is N
# days from today / ago", "How many days between / from D1 and / to D2" with the year on
# both ends or the last, "days until H", "Is / Was / Will Y be a leap year" (clock.py);
# reaction arrows, subscripts, charges, ½, a closed table of compound names, m/s, km/h, J,
# s spelled out, homework wrappers, "Find / Compute / Determine the X of" (science.py);
# 401k / 401(k), max contribution / contribution limit, backdoor Roth (IRA), Roth (IRA)
# conversion and the usual ways to ask for a loan's monthly payment (finance.py).
ROUND24_NEAR_MISSES = [
    # clock: am / pm, the hour, the minutes, a bare time, the zone direction
    ("What is 14:00 Paris time in Denver?", "What is 2 am Paris time in Denver?"),
    ("What is 14:00 Paris time in Denver?", "What is 3 pm Paris time in Denver?"),
    ("Convert 8:45 AM CST to GMT", "convert 8:15am CST to GMT"),
    ("Convert 8:00 CST to GMT", "convert 8 pm CST to GMT"),
    ("noon Oslo time in Lima", "midnight Oslo time in Lima"),
    ("What time is it in Cairo when it's 5 pm in Quito?", "5 pm Cairo time in Quito"),
    (
        "What time is it in Cairo when it's 5 pm in Quito?",
        "What time is it in Quito when it's 5 pm in Cairo?",
    ),
    (
        "When it's 0700 in Perth what time is it in Lagos",
        "When it's 7 pm in Perth, what time is it in Lagos?",
    ),
    # dates: from today / ago, the unit, the ends and their years, until / since, the year
    ("What date is 45 days from today?", "What date was 45 days ago?"),
    ("What date is 45 days from today?", "45 weeks from today is what date?"),
    (
        "How many days between May 2 and July 9, 2026?",
        "How many days between May 2, 2025 and July 9, 2026?",
    ),
    ("How many days between May 2 and July 9?", "Number of days from May 2 to July 9, 2026"),
    ("How many days between May 2 and July 9?", "How many weeks between May 2 and July 9?"),
    ("How many days until Diwali?", "How many days since Diwali?"),
    ("How many days until Diwali?", "How many weeks until Diwali?"),
    ("Is 2028 a leap year?", "Was 2020 a leap year?"),
    # chemistry: another compound, another charge, another arrow's products
    ("molar mass of carbon monoxide", "What is the molar mass of CO2?"),
    ("molar mass of water", "molar mass of hydrogen peroxide"),
    ("Balance C₃H₈ + O₂ → CO₂ + H₂O", "Balance C3H8 + O2 -> CO + H2O"),
    ("What is the charge on Fe³⁺?", "What is the charge on Fe 2+?"),
    # units: another unit, another quantity
    ("A train moves at 20 m/s for 30 s", "A train moves at 20 km/h for 30 s"),
    ("Energy in joules to melt 1 kg of ice", "Energy in kilojoules to melt 1 kg of ice"),
    ("Find the mass of 2 moles of water", "What is the mass of 3 moles of water?"),
    # finance: another plan, another Roth, another term or rate, another loan
    ("401k contribution limit 2026", "403b contribution limit 2026"),
    ("Roth IRA contribution limit", "Roth 401(k) contribution limit"),
    ("What is a Roth IRA?", "What is a backdoor Roth?"),
    (
        "Monthly payment on a $80,000 loan at 5% for 10 years",
        "What would I pay per month for a 15-year $80,000 loan at 5% interest?",
    ),
    (
        "Monthly payment on a $80,000 loan at 5% for 10 years",
        "Monthly payment on a $80,000 mortgage at 5% for 10 years",
    ),
    (
        "Calculate the monthly payment: $80,000, 5% APR, 10 years",
        "$80,000 loan, 5.5% APR, 10-year term, monthly payment?",
    ),
]
ROUND24_PARAPHRASES = [
    # clock times and time-zone questions (clock.py)
    ("What is 16:30 Madrid time in Boston?", "What is 4:30 p.m. Madrid time in Boston?", 0.93),
    ("Convert 07:00 CET to EST", "convert 7am CET to EST", 0.95),
    ("midnight Tokyo time in Paris", "12 am Tokyo time in Paris", 0.92),
    (
        "When it's 1400 in Oslo what time is it in Lima",
        "When it's 2 pm in Oslo, what time is it in Lima?",
        0.9,
    ),
    ("What time is it in Cairo when it's 5 pm in Quito?", "5 pm Quito time in Cairo", 0.93),
    ("If it's 11 am in Nairobi, what time is it in Chicago?", "11am Nairobi time in Chicago", 0.93),
    (
        "Noon in Dublin is what time in Manila?",
        "What time is it in Manila when it's noon in Dublin?",
        0.95,
    ),
    ("What time is it in Miami when it's 6 pm in NYC?", "6 pm New York time to Miami time", 0.9),
    # calendar questions (clock.py)
    ("What date is 120 days from today?", "120 days from today is what date?", 0.95),
    ("What date is 3 weeks from today?", "What's the date three weeks from now?", 0.92),
    ("What date was 30 days ago?", "What was the date 30 days before today?", 0.93),
    ("How many days between May 2 and July 9?", "Days from May 2 to July 9", 0.92),
    (
        "How many days between May 2 and July 9, 2026?",
        "How many days are there between May 2, 2026 and July 9, 2026?",
        0.9,
    ),
    ("How many days until Diwali?", "Days till Diwali", 0.9),
    ("How many weeks until Easter?", "Weeks left until Easter", 0.9),
    ("Is 2032 a leap year?", "Was the year 2032 a leap year?", 0.95),
    ("Was 2200 a leap year?", "Will 2200 be a leap year?", 0.93),
    # chemistry, units, homework asks (science.py)
    ("Balance C₃H₈ + O₂ → CO₂ + H₂O", "balance C3H8 + O2 -> CO2 + H2O", 0.88),
    ("What is the charge on NO₃⁻?", "What is the charge on NO3^-?", 0.9),
    ("Oxidation state of Cr in Cr₂O₇²⁻", "Oxidation state of Cr in Cr2O7 2-", 0.9),
    ("molar mass of hydrogen peroxide", "What is the molar mass of H2O2?", 0.88),
    ("Is methane polar?", "Is CH4 polar?", 0.88),
    ("How many moles are in 36 g of water?", "How many moles are in 36 g of H2O?", 0.9),
    (
        "A bike goes 8 m/s for 20 s. Distance?",
        "A bike goes 8 meters per second for 20 seconds. Distance?",
        0.9,
    ),
    ("Convert 90 km/h to m/s", "Convert 90 kilometers per hour to meters per second", 0.9),
    ("Work done lifting 3 kg by 2 m, in joules?", "Work done lifting 3 kg by 2 m, in J?", 0.95),
    ("Find the half-life of carbon-14", "What is the half-life of carbon-14?", 0.93),
    (
        "Determine the momentum of a 4 kg cart at 3 m/s",
        "What is the momentum of a 4 kg cart at 3 m/s?",
        0.95,
    ),
    ("Chemistry homework: what is the pH of 0.1 M NaOH?", "What is the pH of 0.1 M NaOH?", 0.9),
    # accounts and loans (finance.py)
    ("max 403b contribution 2026", "403(b) contribution limit 2026", 0.9),
    ("What is a Roth IRA conversion?", "What is a Roth conversion?", 0.95),
    ("How does a backdoor Roth IRA work?", "How does a backdoor Roth work?", 0.95),
    (
        "Monthly payment on a $80,000 loan at 5% for 10 years",
        "What would I pay per month for a 10-year $80,000 loan at 5% interest?",
        0.88,
    ),
    (
        "Calculate the monthly payment: $80,000, 5% APR, 10 years",
        "$80,000 loan, 5% APR, 10-year term, monthly payment?",
        0.9,
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND24_NEAR_MISSES)
def test_round24_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND24_PARAPHRASES)
def test_round24_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 25: settings, sports, nutrition. No wrong acceptance out of sample (0/371); lost
# duplicates, each read by one closed rewrite: settings verbs by polarity ("disable /
# deactivate / switch off / shut off" are "turn off", "enable / activate / switch on" are "turn
# on", "silence" is "mute", "turn X off" is "turn off X"; "activate Windows" and an account
# kept apart) and product names (Google Chrome, Mozilla Firefox, Microsoft / MS Word, Outlook,
# Edge, Google Mail, Google Sheets, Microsoft Defender, macOS, iOS without a version)
# (devices.py); league and award names (MVP, NHL, MLB, NBA, F1, Euro 2016), "which team /
# country won X" for events only teams win, "winner of X" and the year after the event
# (sports.py); kcal, carbohydrates, tbsp, tsp, lb, oz, "a / one X" before a serving unit,
# "rich in", "does X have a lot of N", and the usual ways to ask how much of a nutrient or
# how many calories a food has (nutrition.py).
ROUND25_NEAR_MISSES = [
    # settings: the other polarity, unmute, licence activation, another device or product
    ("How do I enable dark mode in Chrome?", "How do I turn off dark mode in Chrome?"),
    ("How do I turn the Wi-Fi off on my Mac?", "How do I turn the Wi-Fi on on my Mac?"),
    ("How do I turn Bluetooth on in Windows 10?", "How do I disable Bluetooth in Windows 10?"),
    ("How do I silence notifications from Slack?", "How do I unmute notifications from Slack?"),
    ("How do I activate Windows 11?", "How do I turn on Windows 11?"),
    ("How do I clear cookies on a MacBook?", "How do I clear cookies on macOS?"),
    ("How do I turn off location services in iOS?", "How do I turn off location services on iPad?"),
    ("What's new in iOS 17?", "What's new in iPhone 17?"),
    ("How do I add page numbers in MS Word?", "How do I add page numbers in Microsoft Excel?"),
    # sports: another year, another winner asked for, another league
    ("Which team won the 2022 World Cup?", "Who won the 2018 World Cup?"),
    ("Who won the 2023 F1 championship?", "Which team won the 2023 Formula One championship?"),
    ("Who won the 2022 Tour de France?", "Which team won the 2022 Tour de France?"),
    ("Who won the most Olympic medals?", "Which country won the most Olympic medals?"),
    ("Convert 500 calories to joules", "Convert 500 joules to calories"),
    ("How many calories are in 100 g of salmon?", "100 g salmon calories per day"),
    ("How do I remove a widget from my iPhone?", "How do I uninstall a widget on iPhone?"),
    ("How do I remove Zoom from my Mac?", "How do I uninstall Zoom on my iPhone?"),
    ("How do I switch to dark mode in Outlook?", "How do I turn off dark mode in Outlook?"),
    ("sugar in a banana", "How much sugar is in two bananas?"),
    ("protein in chicken breast", "How much protein is in chicken breast per 100g?"),
    ("Who won Euro 2016?", "Who won the 2020 European Championship?"),
    ("Winner of the 2023 NBA Finals", "Who was the 2023 NBA Finals MVP?"),
    (
        "How many teams are in the NHL?",
        "How many teams are in the National Basketball Association?",
    ),
    # nutrition: another amount or unit, another nutrient, another food, not a food
    ("How many calories in a tablespoon of peanut butter?", "Calories in 1 tsp of peanut butter"),
    ("How many calories in a tablespoon of peanut butter?", "Calories in 2 tbsp of peanut butter"),
    ("How much protein in 1 lb of ground beef?", "How much protein in 1 oz of ground beef?"),
    ("How much protein in 1 lb of ground beef?", "How much protein in 2 lbs of ground beef?"),
    ("What is the protein content of an egg?", "How much fat is in an egg?"),
    ("What is the protein content of an egg?", "How much protein is in an egg white?"),
    ("What is the protein content of an egg?", "How much protein do I need per day?"),
    ("Does peanut butter have a lot of protein?", "Is peanut butter low in protein?"),
    ("How many calories in half a cup of rice?", "Calorie count of one cup of rice"),
    ("How many carbohydrates in a sweet potato?", "How many calories in a sweet potato?"),
    ("How many kcal are in an apple?", "How many calories should I eat a day?"),
]
ROUND25_PARAPHRASES = [
    # settings verbs and product names (devices.py)
    (
        "How do I deactivate autocorrect on iPhone?",
        "How do I turn off autocorrect on iPhone?",
        0.957,
    ),
    (
        "How do I shut off read receipts in WhatsApp?",
        "How to turn off read receipts on WhatsApp",
        0.947,
    ),
    ("How do I silence notifications from Slack?", "How do I mute notifications from Slack?", 0.95),
    ("How do I turn the Wi-Fi off on my Mac?", "How do I turn off Wi-Fi on my Mac?", 0.99),
    (
        "How do I turn Do Not Disturb off on iPhone?",
        "How do I turn off Do Not Disturb on iPhone?",
        0.996,
    ),
    ("How do I enable Bluetooth on a Mac?", "How do I turn Bluetooth on on my Mac?", 0.921),
    ("How to enable dark mode in Google Chrome", "How to enable dark mode in Chrome", 0.99),
    ("How do I clear the cache in Mozilla Firefox?", "How do I clear the cache in Firefox?", 0.976),
    (
        "How do I add page numbers in Microsoft Word?",
        "How do I add page numbers in MS Word?",
        0.995,
    ),
    (
        "How do I turn off location services on iPhone?",
        "How do I turn off location services in iOS?",
        0.966,
    ),
    (
        "How do I enable cookies in Microsoft Edge?",
        "How do I enable cookies in Edge?",
        0.952,
    ),
    # league names and "who won" (sports.py)
    ("Who won the 2022 World Cup?", "Which team won the 2022 World Cup?", 0.962),
    ("Who won the Stanley Cup in 2022?", "Which team won the 2022 Stanley Cup?", 0.973),
    ("Who won the 2020 Tour de France?", "Winner of the Tour de France 2020", 0.887),
    ("Who won Euro 2016?", "Who won the 2016 European Championship?", 0.869),
    ("How many teams are in the NHL?", "How many teams are in the National Hockey League?", 0.909),
    ("Who won the 2023 F1 championship?", "Who won the 2023 Formula One championship?", 0.875),
    # units and nutrition questions (nutrition.py)
    ("How many calories are in a banana?", "How many kcal are in a banana?", 0.87),
    (
        "How many calories in a tablespoon of peanut butter?",
        "Calories in 1 tbsp of peanut butter",
        0.876,
    ),
    (
        "How much protein in 1 lb of ground beef?",
        "How much protein in a pound of ground beef?",
        0.98,
    ),
    ("Protein content of Greek yogurt", "How much protein does Greek yogurt have?", 0.907),
    (
        "How much sugar is in a tablespoon of honey?",
        "How many grams of sugar in 1 tbsp of honey?",
        0.898,
    ),
    ("How many calories does a medium apple contain?", "medium apple calorie count", 0.868),
    ("banana calories", "How many calories are in a banana?", 0.925),
    ("Is peanut butter high in protein?", "Does peanut butter have a lot of protein?", 0.951),
    (
        "How many carbs in 1 cup of cooked rice?",
        "How many carbohydrates in a cup of cooked rice?",
        0.929,
    ),
    (
        "How do I uninstall Microsoft Teams on a Mac?",
        "How do I remove Microsoft Teams from my Mac?",
        0.954,
    ),
    ("How do I switch to dark mode in Outlook?", "How do I turn on dark mode in Outlook?", 0.965),
    ("What is the carb content of a potato?", "How many carbs does a potato have?", 0.912),
    ("carbs in one cup cooked white rice", "How many carbs in a cup of cooked white rice?", 0.905),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND25_NEAR_MISSES)
def test_round25_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND25_PARAPHRASES)
def test_round25_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Round 26: immigration, pets, diy. No wrong acceptance out of sample (0/338); lost
# duplicates, each read by a closed whole-prompt frame kept apart from the others
# (procedures.py): who needs a visa to go where, the roles kept ("Does a US citizen need a
# visa to travel to Canada" / "Is a visa required for a US citizen traveling to Canada" /
# "Do I need a visa to visit Canada as a US citizen": `direction_swap` read the article as
# a relation); applying for / the requirements of a document, moving from X to Y, a
# processing / drying / curing time, the best way to V, "how often ... per day", a dose, a
# pet's daily food, a lifespan, "Is it OK to V", working on a visa, what a pet may eat or
# be given (the species kept); synonyms of a trade (vet, paperwork, kitty, receptacle,
# sheetrock, GFI, poisonous, vaccination) (lexicon.py).
ROUND26_NEAR_MISSES = [
    # a real swap of roles, another country
    (
        "Does a US citizen need a visa to travel to Canada?",
        "Is a visa required for a Canadian citizen traveling to the US?",
    ),
    (
        "Does an Indian citizen need a visa to visit Japan?",
        "Does a Japanese citizen need a visa to visit India?",
    ),
    ("Is a whale a mammal?", "Is a mammal a whale?"),
    (
        "Do I need a visa to visit Canada as a US citizen?",
        "As a Canadian citizen, do I need a visa to visit the US?",
    ),
    (
        "How do I move from the US to Canada?",
        "What's the process for moving from Canada to the US?",
    ),
    (
        "How do I move from Ireland to the UK?",
        "How much does it cost to move from Ireland to the UK?",
    ),
    # requirements vs process vs cost vs time; apply vs renew; another document
    ("How do I apply for the O-1 visa?", "What are the requirements for the O-1 visa?"),
    ("How do I apply for a work permit?", "What's the process to renew a work permit?"),
    ("What's the process to get a student visa?", "How do I extend a student visa?"),
    ("How do I apply for the O-1 visa?", "How do I apply for the P-1 visa?"),
    ("What do I need to qualify for a green card?", "How long does green card processing take?"),
    ("What do I need to qualify for a green card?", "What documents do I need for a green card?"),
    ("How long does passport processing take?", "What is the processing time for a work permit?"),
    ("How long does mortar take to dry?", "What is the curing time for mortar?"),
    ("How long does mortar take to cure?", "How long does mortar take to dry?"),
    # species, another food, eat vs drink, toxic vs safe
    ("Can my dog eat blueberries?", "Is it safe for cats to eat blueberries?"),
    ("Can my dog eat blueberries?", "Can my puppy eat blueberries?"),
    ("Can my cat eat tuna?", "Can my kitten eat tuna?"),
    ("Can my dog eat peanut butter?", "Can my dog eat almond butter?"),
    ("Can my cat drink milk?", "Can my cat eat milk?"),
    ("Is ibuprofen safe for dogs?", "Can I give my cat ibuprofen?"),
    ("Are tulips toxic to cats?", "Are tulips toxic to kittens?"),
    ("Are tulips toxic to cats?", "Are tulips safe for cats?"),
    ("How much Zyrtec can I give a 30 lb dog?", "What is the Zyrtec dose for a 40 lb dog?"),
    ("How much Zyrtec can I give a 30 lb dog?", "What is the Zyrtec dose for a 30 lb cat?"),
    ("How much should a 30 lb dog eat per day?", "How much food does a 30 lb dog need per week?"),
    ("How many times a day should I walk my puppy?", "How often should I walk my puppy each week?"),
    ("How often should I walk my puppy?", "How many times a day should I walk my puppy?"),
    ("How long do beagles live?", "What is the lifespan of a poodle?"),
    ("How long do beagles live?", "How long do beagles sleep?"),
    # another surface or task, another country or visa, another part
    ("What is the best way to clean grout?", "What's the best method for cleaning carpet?"),
    ("What is the best way to clean grout?", "What's the best method for sealing grout?"),
    ("Can I work on a student visa in Canada?", "Is it legal to work in Canada on a tourist visa?"),
    ("Is it OK to paint over wallpaper?", "Can I remove wallpaper?"),
    ("How do I replace a GFI outlet?", "How do I replace a GFCI switch?"),
    ("How do I hang shelves on sheetrock?", "How do I hang shelves on plaster?"),
    (
        "How often should I take my cat to the vet?",
        "How often should I take my cat to the groomer?",
    ),
]
ROUND26_PARAPHRASES = [
    # roles read, not word positions (direction.py)
    (
        "Does a US citizen need a visa to travel to Canada?",
        "Is a visa required for a US citizen traveling to Canada?",
        0.961,
    ),
    (
        "Do I need a visa to visit Canada as a US citizen?",
        "Do US citizens need a visa to visit Canada?",
        0.950,
    ),
    (
        "Do I need a visa to visit Japan as an Indian citizen?",
        "As an Indian citizen, do I need a visa to visit Japan?",
        0.99,
    ),
    # frames (procedures.py)
    ("How do I apply for the O-1 visa?", "What's the process to get the O-1 visa?", 0.9),
    (
        "How do I apply for a work permit?",
        "What is the application process for a work permit?",
        0.92,
    ),
    (
        "What are the requirements for the O-1 visa?",
        "What do I need to qualify for the O-1 visa?",
        0.92,
    ),
    (
        "What are the eligibility requirements for a green card?",
        "What are the requirements for a green card?",
        0.93,
    ),
    (
        "How do I move from Spain to France?",
        "What's the process for moving from Spain to France?",
        0.92,
    ),
    (
        "How long does passport processing take?",
        "What is the processing time for a passport?",
        0.93,
    ),
    ("How long does mortar take to dry?", "What is the drying time for mortar?", 0.92),
    ("What is the best way to clean grout?", "What's the best method for cleaning grout?", 0.95),
    (
        "How many times a day should I walk my puppy?",
        "How often should I walk my puppy each day?",
        0.96,
    ),
    ("How much Zyrtec can I give a 30 lb dog?", "What is the Zyrtec dose for a 30 lb dog?", 0.92),
    (
        "How much should a 30 lb dog eat per day?",
        "How much food does a 30 lb dog need daily?",
        0.93,
    ),
    ("How long do beagles live?", "What is the lifespan of a beagle?", 0.94),
    (
        "Can I work on a student visa in Canada?",
        "Is it legal to work in Canada on a student visa?",
        0.93,
    ),
    ("Can my dog eat blueberries?", "Is it safe for dogs to eat blueberries?", 0.93),
    ("Can my cat drink milk?", "Is it safe for cats to drink milk?", 0.9),
    ("Is peanut butter safe for dogs?", "Can I give my dog peanut butter?", 0.88),
    # synonyms of a trade (lexicon.py)
    (
        "What paperwork do I need to move to Spain?",
        "What documents do I need to move to Spain?",
        0.96,
    ),
    (
        "Should I take my cat to the vet for sneezing?",
        "Should I take my cat to the veterinarian for sneezing?",
        0.98,
    ),
    ("Are tulips toxic to cats?", "Are tulips poisonous to cats?", 0.97),
    ("Are tulips toxic to my cat?", "Are tulips toxic to my kitty?", 0.93),
    ("How do I replace a 20 amp outlet?", "How do I replace a 20 amp receptacle?", 0.94),
    ("How do I replace an outlet?", "How do I replace an electrical receptacle?", 0.9),
    ("How do I patch a hole in drywall?", "How do I patch a hole in sheetrock?", 0.9),
    ("How do I patch a hole in drywall?", "How do I patch a hole in gypsum board?", 0.9),
    ("How do I test a GFCI outlet?", "How do I test a GFI outlet?", 0.95),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND26_NEAR_MISSES)
def test_round26_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND26_PARAPHRASES)
def test_round26_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


# Rounds 27-28: legal, education, automotive, gardening, photography, careers. No wrong
# acceptance out of sample (0/324, 0/337); one found in a blind round 29 ("Who pays the real
# estate agent's commission, the buyer or the seller?" / "Who pays the buyer's agent
# commission?": an owner put in front of the thing, naming one option of the other side's
# choice, owners.py). Misfires: a refusal verb ("refuses to", "ignore", "stops paying")
# matches a negation on the other side, never flips a plain verb; "last" as the verb of a
# duration is no time word; an antonym comparative said the other way round
# (comparatives.py). Lost duplicates: "What's the process for filing X" / "How do I file X"
# (procedures.py); closed frames (wordings.py): the time of a seasonal task, watering, the
# average salary, interview questions, "worth it", a car's oil, a deadline, towing, an
# interval, "Tips for V-ing", a test score for a school, "Is it possible to" / "Am I allowed
# to" / "Can I", "How soon" / "How long should I wait", "I'm X, how do I V?"; short forms
# (EV, GPA, MPG, CPO, AP Calc, Common App, CV) and synonyms (tyre, uni, pic, inside, prevent
# / avoid, position) (lexicon.py); "Thanks! One more:" (frames.py).
ROUNDS27_28_NEAR_MISSES = [
    (
        "Who pays the real estate agent's commission, the buyer or the seller?",
        "Who pays the buyer's agent commission?",
    ),
    ("Who pays the buyer's agent commission?", "Who pays the seller's agent commission?"),
    ("How do I evict a tenant who pays rent?", "How do I evict a tenant who won't pay rent?"),
    ("What if my spouse refuses to sign?", "What if my spouse doesn't refuse to sign?"),
    ("How long did the last ice age last?", "How long did the ice age last?"),
    ("Is the ACT easier than the SAT?", "Is the ACT harder than the SAT?"),
    ("Is the ACT better than the SAT?", "Is the SAT better than the ACT?"),
    ("Is a Prius cheaper than a Camry?", "Is a Camry cheaper than a Prius?"),
    (
        "How do I file a small claims case?",
        "What's the process for appealing a small claims case?",
    ),
    ("How long does filing a claim take?", "What's the process for filing a claim?"),
    ("When should I plant tomatoes?", "What's the best time to harvest tomatoes?"),
    ("How often should I water tomatoes?", "How frequently do cucumbers need watering?"),
    (
        "What is the average salary for a junior developer?",
        "How much does a senior developer typically make?",
    ),
    (
        "What questions are asked in a nurse interview?",
        "What interview questions should I expect for a teacher job?",
    ),
    ("Is a UV filter worth it?", "Is a polarizing filter worth it?"),
    (
        "What type of oil does a 2018 Honda Civic take?",
        "What kind of engine oil should I use in my 2019 Honda Civic?",
    ),
    (
        "What type of oil does a 2018 Honda Civic take?",
        "What type of transmission fluid does a 2018 Honda Civic take?",
    ),
    ("When is the FAFSA due?", "What's the deadline for the CSS Profile?"),
    ("What's the towing capacity of a Toyota Tacoma?", "How much can a Toyota Tundra tow?"),
    ("How much can a Toyota Tacoma tow?", "What's the payload capacity of a Toyota Tacoma?"),
    (
        "How do I reset a Canon camera to factory settings?",
        "How can I factory reset my Nikon camera?",
    ),
    (
        "How often should I change the brake fluid?",
        "What's the recommended interval for flushing the coolant?",
    ),
    ("How do I write a cover letter?", "Tips for writing a resignation letter?"),
    (
        "Can I get into grad school with a low GPA?",
        "Is it possible to get into med school with a low GPA?",
    ),
    (
        "Can a landlord charge a pet fee in California?",
        "Is a landlord allowed to charge a pet fee in Texas?",
    ),
    (
        "How soon should I follow up after an interview?",
        "How long should I wait to accept a job offer?",
    ),
    ("How do I ask for a raise when I'm underpaid?", "I'm overworked, how do I ask for a raise?"),
    ("How long does it take to charge an EV?", "How long does it take to charge a hybrid?"),
    (
        "What's the best uni for computer science in the UK?",
        "What's the best college for computer science in the UK?",
    ),
    ("How do I write a CV?", "How do I write a cover letter?"),
    ("How do I prevent a cold?", "How do I treat a cold?"),
    ("Is a 1400 SAT good enough for UCLA?", "Can I get into UCLA with a 1500 on the SAT?"),
    ("Is a 1400 SAT good enough for UCLA?", "Can I get into UCLA with a 1400 on the ACT?"),
    ("Is a 1400 SAT good enough for UCLA?", "Can I get into USC with a 1400 on the SAT?"),
]
ROUNDS27_28_PARAPHRASES = [
    ("Is the ACT easier than the SAT?", "Is the SAT harder than the ACT?", 0.97),
    ("Is a Prius cheaper than a Camry?", "Is a Camry more expensive than a Prius?", 0.95),
    (
        "How do I file a small claims case?",
        "What's the process for filing a small claims case?",
        0.9,
    ),
    (
        "How do I sue someone who owes me money?",
        "What's the process for suing someone who owes me money?",
        0.9,
    ),
    ("How do I harden off seedlings?", "What's the process for hardening off seedlings?", 0.9),
    (
        "How do I get a restraining order against my ex?",
        "What's the process for getting a restraining order against my ex?",
        0.94,
    ),
    (
        "What tire size does the 2018 Honda Civic use?",
        "What tyre size does the 2018 Honda Civic use?",
        0.96,
    ),
    (
        "What's the best uni for computer science in the UK?",
        "What's the best university for computer science in the UK?",
        0.91,
    ),
    (
        "How long does it take to charge an EV?",
        "How long does it take to charge an electric vehicle?",
        0.87,
    ),
    (
        "What GPA do I need to get into Michigan?",
        "What grade point average do I need to get into Michigan?",
        0.87,
    ),
    (
        "What is the difference between AP Calc AB and BC?",
        "What is the difference between AP Calculus AB and BC?",
        0.9,
    ),
    ("Does a Prius get good MPG?", "Does a Prius get good miles per gallon?", 0.9),
    ("Is a CPO car worth it?", "Is a certified pre-owned car worth it?", 0.9),
    (
        "How do I write a CV with no experience?",
        "How do I write a resume with no experience?",
        0.9,
    ),
    ("How do I take a good pic of the moon?", "How do I take a good photo of the moon?", 0.98),
    (
        "When should I start pepper seeds indoors?",
        "When should I start pepper seeds inside?",
        0.96,
    ),
    (
        "What type of oil does a 2018 Honda Civic take?",
        "What kind of engine oil should I use in my 2018 Honda Civic?",
        0.9,
    ),
    (
        "What oil does a 2018 Honda Civic need?",
        "Which oil should I put in a 2018 Honda Civic?",
        0.92,
    ),
    ("When is the FAFSA due?", "What's the deadline for the FAFSA?", 0.88),
    ("What's the towing capacity of a Toyota Tacoma?", "How much can a Toyota Tacoma tow?", 0.91),
    ("When should I plant tomatoes?", "What's the best time to plant tomatoes?", 0.91),
    ("When should I prune hydrangeas?", "What time of year is best to prune hydrangeas?", 0.89),
    ("How often should I water tomatoes?", "How frequently do tomatoes need watering?", 0.89),
    (
        "What is the average salary for a paralegal?",
        "How much does a paralegal typically make?",
        0.92,
    ),
    (
        "What questions are asked in a paralegal interview?",
        "What interview questions should I expect for a paralegal job?",
        0.95,
    ),
    ("Is a UV filter worth it?", "Is it worth buying a UV filter?", 0.98),
    (
        "How do I negotiate salary for an internship?",
        "How do I negotiate pay for an internship?",
        0.93,
    ),
    (
        "How do I reset a Canon camera to factory settings?",
        "How can I factory reset my Canon camera?",
        0.94,
    ),
    (
        "How often should I change the spark plugs?",
        "What's the recommended interval for changing the spark plugs?",
        0.86,
    ),
    ("How do I photograph the Milky Way?", "Tips for photographing the Milky Way?", 0.92),
    (
        "Can I get into grad school with a low GPA?",
        "Is it possible to get into grad school with a low GPA?",
        0.93,
    ),
    (
        "Can a landlord charge a pet fee in California?",
        "Is a landlord allowed to charge a pet fee in California?",
        0.95,
    ),
    (
        "Can I represent myself in a civil lawsuit?",
        "Am I allowed to represent myself in a civil lawsuit?",
        0.93,
    ),
    (
        "How soon should I follow up after an interview?",
        "How long should I wait to follow up after an interview?",
        0.94,
    ),
    (
        "How do I ask for a raise when I'm underpaid?",
        "I'm underpaid, how do I ask for a raise?",
        0.98,
    ),
    (
        "Thanks! One more: how do I get a fee waiver for the SAT?",
        "How do I get a fee waiver for the SAT?",
        0.93,
    ),
    ("How do I avoid camera shake?", "How can I prevent camera shake?", 0.97),
    (
        "How do I write a cover letter for a marketing job?",
        "Tips for writing a cover letter for a marketing position?",
        0.95,
    ),
    ("Is a 1400 SAT good enough for UCLA?", "Can I get into UCLA with a 1400 on the SAT?", 0.89),
    (
        "Is a 100 TOEFL enough for Harvard?",
        "Can I get into Harvard with a TOEFL score of 100?",
        0.88,
    ),
]
# a rule that no longer fires on a pair it was not written for (the pair may stay refused
# for another reason); the owner cases are guards
ROUNDS27_28_NOT_FIRED = [
    (
        "How do I evict a tenant who won't pay rent?",
        "How do I evict a tenant who stops paying rent?",
        "negation_mismatch",
    ),
    (
        "What happens if I ignore a small claims summons?",
        "What happens if I don't respond to a small claims summons?",
        "negation_mismatch",
    ),
    (
        "How do I get a divorce if my spouse won't sign?",
        "How do I get a divorce if my spouse refuses to sign?",
        "negation_mismatch",
    ),
    (
        "How long do brake rotors last?",
        "What's the typical lifespan of brake rotors?",
        "time_mismatch",
    ),
    (
        "How long does a hybrid battery last?",
        "What's the lifespan of a hybrid battery?",
        "time_mismatch",
    ),
    ("Is the ACT easier than the SAT?", "Is the SAT harder than the ACT?", "direction_swap"),
    (
        "Who pays the buyer's agent commission?",
        "Who pays the commission of the buyer's agent?",
        "owner_mismatch",
    ),
    (
        "Who pays the real estate agent's commission?",
        "Who pays the agent's commission?",
        "owner_mismatch",
    ),
    (
        "Can I record a call without the other person's consent?",
        "Can I record a call without the other party's consent?",
        "owner_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUNDS27_28_NEAR_MISSES)
def test_rounds27_28_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUNDS27_28_PARAPHRASES)
def test_rounds27_28_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROUNDS27_28_NOT_FIRED)
def test_rounds27_28_rules_do_not_misfire(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert reason not in verify(x, y, 0.93, CONFIG).reasons


@pytest.mark.parametrize(
    ("gerund", "base"),
    [
        ("filing", "file"),
        ("getting", "get"),
        ("suing", "sue"),
        ("hardening", "harden"),
        ("changing", "change"),
        ("creating", "create"),
        ("negotiating", "negotiate"),
        ("opening", "open"),
        ("visiting", "visit"),
        ("treating", "treat"),
        ("calling", "call"),
        ("doing", "do"),
    ],
)
def test_base_verb_of_a_gerund(gerund: str, base: str) -> None:
    assert procedures.base_verb(gerund) == base


# Round 30: parenting, insurance, astronomy. One wrong acceptance out of sample besides the
# role swaps (roles.py): "How long should a 4 month old be awake between naps?" / "How long
# should a 4 month old nap?": what one side measures is on the other side only the edge of
# a span around something else (relations.measured_moved). Lost duplicates: closed frames
# of common asks (commonasks.py): a baby's milestone ("When do babies start to V" / "At what
# age do infants begin to V"; "usually V" only for a milestone verb), a count ("How many N
# does X have" / "Number of N of X"), what insurance covers (active / passive), "What is
# meant by X", how much sleep, a distance (symmetric: the two places in one order), "get X
# to stop V-ing" / "stop X from V-ing" / "X won't stop V-ing, help", "refusing to V" / "won't
# V", when a baby can have a food, a missed payment, "How hot is X", "Why do X happen" /
# "What causes X", "When will X happen", "Is there an N on X", "made of" / "composition",
# "How are X formed"; "auto insurance" / "car insurance", baby / infant (lexicon.py).
ROUND30_NEAR_MISSES = [
    ("How long should a 4 month old be awake between naps?", "How long should a 4 month old nap?"),
    ("How long should a toddler stay awake before bed?", "How long should a toddler stay in bed?"),
    ("How often should I feed my baby?", "How often should my baby eat between feeds?"),
    ("How far is Mars from the Sun?", "How far is Mars from Earth?"),
    ("How far is the Moon from Earth?", "What is the distance between the Moon and Mars?"),
    ("When do babies start to walk?", "When do toddlers start to walk?"),
    ("When do babies usually nap?", "At what age do babies start to nap?"),
    ("When do babies start to crawl?", "When do babies stop crawling?"),
    ("How many moons does Mars have?", "Number of moons of Jupiter"),
    ("How many moons does Saturn have?", "Number of rings of Saturn"),
    ("Does my car insurance cover hail damage?", "Is flood damage covered by my auto insurance?"),
    (
        "What does collision car insurance cover?",
        "What is covered by comprehensive auto insurance?",
    ),
    ("How much sleep does a toddler need?", "How many hours of sleep should a newborn get?"),
    ("How do I stop my baby from hitting?", "How can I get my baby to start hitting?"),
    ("How do I stop my baby from hitting?", "How can I get my baby to stop biting?"),
    ("Why won't my toddler eat?", "Why is my toddler refusing to sleep?"),
    ("My 2 year old keeps biting, what should I do?", "How do I stop my 2 year old from hitting?"),
    ("When can babies have peanut butter?", "At what age is it safe to give a baby honey?"),
    (
        "What happens if I miss a health insurance premium payment?",
        "What happens if I pay my health insurance premium on time?",
    ),
    (
        "What happens if I miss a car payment?",
        "What happens if I don't pay my car insurance on time?",
    ),
    ("How hot is the Sun?", "What is the temperature of the Moon?"),
    ("What causes a lunar eclipse?", "Why do solar eclipses happen?"),
    ("When was the last solar eclipse?", "When will the next solar eclipse happen?"),
    ("Does Triton have an atmosphere?", "Is there an atmosphere on Titan?"),
    ("What is the Earth's core made of?", "What is the composition of Earth's crust?"),
    ("How are mountains formed?", "How do volcanoes form?"),
    ("How do I burp a baby?", "What's the best way to burp a newborn?"),
    ("Why is Mars called the red planet?", "Why is Venus known as the morning star?"),
    ("What causes a fever?", "What causes a rash?"),
    ("What causes a volcano to erupt?", "Why do volcanoes go dormant?"),
    (
        "Can I give infant ibuprofen to a 6 months old?",
        "Is infant ibuprofen safe for a 3 months old baby?",
    ),
    ("Can I give honey to a 6 month old?", "Is peanut butter safe for a 6 month old?"),
    (
        "Should I choose a $500 deductible on my car insurance?",
        "Is a $1,000 deductible a good choice for my car insurance?",
    ),
    (
        "Should I choose a $500 deductible on my car insurance?",
        "Is a $500 deductible a good choice for my health insurance?",
    ),
]

ROUND30_PARAPHRASES = [
    ("When do babies start to crawl?", "At what age do infants begin to crawl?", 0.946),
    ("when do babies usually walk", "What age do babies typically walk?", 0.88),
    (
        "When do babies start to sleep through the night?",
        "At what age do infants begin to sleep through the night?",
        0.927,
    ),
    ("How many moons does Mars have?", "Number of moons of Mars", 0.886),
    ("How many stars are in the Milky Way?", "Number of stars in the Milky Way", 0.912),
    (
        "What does liability car insurance cover?",
        "What is covered by liability auto insurance?",
        0.932,
    ),
    ("What does liability insurance cover?", "What is covered under liability insurance?", 0.939),
    (
        "Does my car insurance cover hail damage?",
        "Is hail damage covered by my auto insurance?",
        0.945,
    ),
    (
        "What does full coverage car insurance mean?",
        "What is meant by full coverage auto insurance?",
        0.948,
    ),
    (
        "How much sleep does a 6 month old need?",
        "How many hours of sleep should a 6 month old get?",
        0.943,
    ),
    ("How far is Mars from the Sun?", "How far is the Sun from Mars?", 0.991),
    ("How far is the Moon from Earth?", "What is the distance between the Moon and Earth?", 0.924),
    ("How far is the Moon from Earth?", "What's the distance from Earth to the Moon?", 0.948),
    ("How do I stop my baby from hitting?", "How can I get my baby to stop hitting?", 0.976),
    ("My 2 year old won't stop biting, help", "How do I get my 2 year old to stop biting?", 0.957),
    ("Why won't my toddler eat?", "Why is my toddler refusing to eat?", 0.935),
    (
        "When can babies have strawberries?",
        "At what age is it safe to give a baby strawberries?",
        0.862,
    ),
    (
        "What happens if I miss a health insurance premium payment?",
        "What happens if I don't pay my health insurance premium on time?",
        0.867,
    ),
    ("What is the surface temperature of Mars?", "How hot is the surface of Mars?", 0.924),
    ("How hot is the Sun?", "What is the temperature of the Sun?", 0.907),
    ("When is the next solar eclipse?", "When will the next solar eclipse happen?", 0.971),
    ("Does Triton have an atmosphere?", "Is there an atmosphere on Triton?", 0.951),
    ("What are Saturn's rings made of?", "What is the composition of Saturn's rings?", 0.896),
    ("How are mountains formed?", "How do mountains form?", 0.941),
    ("What causes earthquakes?", "Why do earthquakes happen?", 0.913),
    ("How do I burp a baby?", "What's the best way to burp an infant?", 0.941),
    ("What causes a solar eclipse?", "Why do solar eclipses happen?", 0.92),
    ("What causes a volcano to erupt?", "Why does a volcano erupt?", 0.93),
    ("Why is Mars called the red planet?", "Why is Mars known as the Red Planet?", 0.973),
    (
        "Can I give infant ibuprofen to a 6 months old?",
        "Is infant ibuprofen safe for a 6 months old baby?",
        0.932,
    ),
    (
        "Should I choose a $500 deductible on my car insurance?",
        "Is a $500 deductible a good choice for my car insurance?",
        0.954,
    ),
]

# measured_moved reads a span preposition only one side says
ROUND30_NOT_FIRED = [
    (
        "How long should I wait between coats of paint?",
        "How long between coats of paint should I wait?",
        "question_mismatch",
    ),
    (
        "How long should a baby nap?",
        "How long should a baby nap between feeds?",
        "question_mismatch",
    ),
    (
        "After eating, how long should I wait to swim?",
        "How long should I wait to swim after eating?",
        "question_mismatch",
    ),
    (
        "How much water should I drink during a workout?",
        "How much water should I drink while I workout?",
        "question_mismatch",
    ),
    ("How far is Mars from the Sun?", "How far is the Sun from Mars?", "direction_swap"),
    (
        "Do I need travel insurance for a trip to Europe?",
        "Should I get travel insurance for my Europe trip?",
        "content_mismatch",
    ),
]


@pytest.mark.parametrize(("cached", "incoming"), ROUND30_NEAR_MISSES)
def test_round30_near_misses_stay_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.97, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), ROUND30_PARAPHRASES)
def test_round30_paraphrases_are_accepted(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert verify(x, y, cosine, CONFIG).accept, verify(x, y, cosine, CONFIG).reasons


@pytest.mark.parametrize(("cached", "incoming", "reason"), ROUND30_NOT_FIRED)
def test_round30_rules_do_not_misfire(cached: str, incoming: str, reason: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert reason not in verify(x, y, 0.93, CONFIG).reasons


# Rounds 54-55 (written blind): a phrase or clause fronted with a comma is the same question
# with it behind ("Under the license agreement, can X V Y?" / "Can X V Y under the license
# agreement?"); a question read from its start is read again once the clause has moved ("When
# we host, how do I keep X from ..."); "when the X ..." after "who is at fault" is the condition
# "if the X ..." says. Served both ways at the cosines the rounds measured.
REORDER_SERVED = [
    (
        "Can our vendor audit our reseller under the license agreement?",
        "Under the license agreement, can our vendor audit our reseller?",
        0.994,
    ),
    (
        "Is it legal for the collector to threaten my cosigner about my debt?",
        "About my debt, is it legal for the collector to threaten my cosigner?",
        0.992,
    ),
    (
        "How do I keep my sister from trying to invite my mother-in-law when we host?",
        "When we host, how do I keep my sister from trying to invite my mother-in-law?",
        0.996,
    ),
    (
        "Who is at fault when the taxi driver doored the cyclist?",
        "If the taxi driver doored the cyclist, who is at fault?",
        0.975,
    ),
    (
        "Who is at fault when the van driver cut off the courier?",
        "If the van driver cut off the courier, who is at fault?",
        0.978,
    ),
    (
        "What are the signs that my brother is lying to my aunt at home?",
        "At home, what are the signs that my brother is lying to my aunt?",
        0.98,
    ),
]

# Near-misses: the moved clause with its subject and object traded, another condition, a
# "not" added, "who, if not X", another verb, the first payment / the second.
REORDER_REFUSED = [
    (
        "Can our vendor audit our reseller under the license agreement?",
        "Under the license agreement, can our reseller audit our vendor?",
    ),
    (
        "Is it legal for the collector to threaten my cosigner about my debt?",
        "About my debt, is it legal for my cosigner to threaten the collector?",
    ),
    (
        "How do I keep my sister from trying to invite my mother-in-law when we host?",
        "When we host, how do I keep my mother-in-law from trying to invite my sister?",
    ),
    (
        "Who is at fault when the taxi driver doored the cyclist?",
        "If the cyclist doored the taxi driver, who is at fault?",
    ),
    (
        "Who is at fault when the taxi driver doored the cyclist?",
        "If the taxi driver did not door the cyclist, who is at fault?",
    ),
    (
        "Who is at fault when the taxi driver doored the cyclist?",
        "Who, if not the taxi driver, is at fault when the cyclist was doored?",
    ),
    (
        "Who is at fault when the taxi driver doored the cyclist?",
        "If the taxi driver hit the cyclist, who is at fault?",
    ),
    (
        "Can the tenant withhold the first payment under the lease?",
        "Under the lease, can the tenant withhold the second payment?",
    ),
    (
        "Can the licensor sue the licensee under the license agreement?",
        "Under the license agreement, can the licensor not sue the licensee?",
    ),
    ("Who knows when the shop opens?", "Who knows if the shop opens?"),
    (
        "What are the signs that my brother is lying to my aunt at home?",
        "At home, what are the signs that my aunt is lying to my brother?",
    ),
    ("What happens when the lease ends?", "When does the lease end?"),
    ("What happens when I quit?", "When do I quit?"),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), REORDER_SERVED)
def test_round54_fronted_phrases_are_served(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


@pytest.mark.parametrize(("cached", "incoming"), REORDER_REFUSED)
def test_round54_fronted_near_misses_are_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.99, CONFIG).accept


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Under the lease, can I sublet?", "Can I sublet under the lease?"),
        ("About my debt, who do I call?", "Who do I call about my debt?"),
        # a fronted phrase stays before a question that ends in a clause of its own
        (
            "Under EU rules, what am I owed if I'm bumped?",
            "Under EU rules, what am I owed if I'm bumped?",
        ),
    ],
)
def test_canonical_order_fronted_phrases(text: str, canonical: str) -> None:
    assert canonical_order(text) == canonical


# Round 58: deadlines, legality, rules and polite telling, each asked one way (duties.py).
DUTY_SERVED = [
    (
        "How long does the carrier have to refund the shipper for the lost shipment?",
        "What's the deadline for the carrier to refund the shipper for the lost shipment?",
        0.916,  # measured with "reimburse", dropped (red team 5: a repayment lasts)
    ),
    (
        "How long do I have to file a freight claim for damaged goods?",
        "What's the deadline to file a freight claim for damaged goods?",
        0.914,
    ),
    (
        "How much time do I have to appeal a denied freight claim?",
        "What's the deadline for me to appeal a denied freight claim?",
        0.93,
    ),
    (
        "How long do I have to return a rental car?",
        "When is the deadline to return a rental car?",
        0.93,
    ),
    ("Am I legally allowed to record a phone call?", "Can I legally record a phone call?", 0.96),
    (
        "Is the vendor legally allowed to audit us without notice?",
        "Can the vendor legally audit us without notice?",
        0.97,
    ),
    (
        "Is my landlord legally allowed to enter my apartment?",
        "Can my landlord legally enter my apartment?",
        0.96,
    ),
    (
        "What's the rule when the referee ejected the home coach?",
        "What does the rulebook say if the referee ejected the home coach?",
        0.943,
    ),
    (
        "what does the rulebook say if the scoreboard clock is wrong",
        "What's the rule when the scoreboard clock is wrong?",
        0.932,
    ),
    (
        "How do I politely tell my grandmother we'll visit in January instead?",
        "What's a nice way to tell my grandmother we'll visit in January instead?",
        0.943,
    ),
]

DUTY_REFUSED = [
    # a duration, a wait or a retention period is no deadline
    (
        "How long does it take to file a freight claim?",
        "What's the deadline to file a freight claim?",
    ),
    (
        "How long do I have to wait to file a freight claim?",
        "What's the deadline to file a freight claim?",
    ),
    ("How long do I have to keep freight records?", "What's the deadline to keep freight records?"),
    ("How long do I have to pay child support?", "What's the deadline to pay child support?"),
    ("How long do I have to charge my phone?", "What's the deadline to charge my phone?"),
    (
        "How long do I have to return to work after surgery?",
        "What's the deadline to return to work after surgery?",
    ),
    # another person, the roles traded, tense, a negation, another act
    ("How long do I have to file a claim?", "What's the deadline for my wife to file a claim?"),
    ("How long does my wife have to file a claim?", "How long do I have to file a claim?"),
    (
        "How long does the carrier have to reimburse the shipper?",
        "What's the deadline for the shipper to reimburse the carrier?",
    ),
    ("How long did I have to file a claim?", "What's the deadline to file a claim?"),
    ("How long will I have to file a claim?", "What's the deadline to file a claim?"),
    ("How long do I have to not file a claim?", "What's the deadline to file a claim?"),
    ("How long do I have to file a claim?", "What's the deadline to file an appeal?"),
    # legal is no plain ability, no advice, no other person's right, no contract's leave
    ("Can I legally record a phone call?", "Should I record a phone call?"),
    ("Is the vendor allowed under our contract to audit us?", "Can the vendor legally audit us?"),
    ("Is it legal to record a phone call?", "Is it illegal to record a phone call?"),
    (
        "Was I legally allowed to record a phone call?",
        "Am I legally allowed to record a phone call?",
    ),
    (
        "Was my landlord legally allowed to enter my apartment?",
        "Is my landlord legally allowed to enter my apartment?",
    ),
    ("Can I legally record a phone call?", "Can I not legally record a phone call?"),
    ("Was it legal for me to record a phone call?", "Is it legal for me to record a phone call?"),
    (
        "Was it legal for my boss to record a phone call?",
        "Is it legal for my boss to record a phone call?",
    ),
    ("Is it legal for my landlord to evict my tenant?", "Can my tenant legally evict my landlord?"),
    ("Is it legal to record a phone call?", "Is it ethical to record a phone call?"),
    # a rule: the roles traded, the law, tense, a negation
    (
        "What's the rule when the referee ejected the home coach?",
        "What does the rulebook say if the home coach ejected the referee?",
    ),
    (
        "What's the rule when the referee ejected the home coach?",
        "What does the law say if the referee ejected the home coach?",
    ),
    (
        "What was the rule when the referee ejected the home coach?",
        "What does the rulebook say if the referee ejected the home coach?",
    ),
    (
        "What's the rule when the referee ejected the home coach?",
        "What does the rulebook say if the referee didn't eject the home coach?",
    ),
    # telling politely: not another teller or listener, not another request ("politely" /
    # plainly: in DUTY_CLASSIFIER_CUT_ONLY)
    (
        "How do I politely tell my grandmother we'll visit in January instead?",
        "What's a nice way to tell my grandfather we'll visit in January instead?",
    ),
    (
        "How do I politely tell my grandmother we'll visit in January instead?",
        "What's a nice way for my mom to tell my grandmother we'll visit in January instead?",
    ),
    (
        "How do I politely tell my grandmother we'll visit in January instead?",
        "What's a nice way to ask my grandmother to visit in January instead?",
    ),
]

# refused on the classifier's word at their real cosines (the rules read these apart only in
# part; HEAD serves them at 0.99 as well)
DUTY_REFUSED_AT_COSINE = [
    ("Can I record a phone call?", "Can I legally record a phone call?", 0.935),
    ("Can I record a phone call?", "Is it legal to record a phone call?", 0.883),
    ("Can my landlord enter my apartment?", "Can my landlord legally enter my apartment?", 0.974),
    (
        "Can I legally record a phone call?",
        "Is it legal for my boss to record a phone call?",
        0.832,
    ),
    (
        "Is it legal for my landlord to enter my apartment?",
        "Can I legally enter my apartment?",
        0.869,
    ),
    (
        "Is my son allowed to bring his phone to school?",
        "Can my son legally bring his phone to school?",
        0.962,
    ),
]

# Hardening pass 4: refused only by the classifier's cut of 0.93 (served at 0.92), and no rule
# reads them apart: the tact asked for is arguably the same question. Blind rounds label "How
# do I ask someone to officiate my wedding?" / "What's a nice way to ask ..." (r64) and "How do
# I say goodbye to neighbors ..." / "What's a nice way to say goodbye ..." (r66) duplicates,
# and a question about telling a grandmother of a change of plans is answered with tact either
# way. The assertion is kept at the 0.93 cut, said explicitly.
DUTY_CLASSIFIER_CUT_ONLY = [
    (
        "How do I politely tell my grandmother we'll visit in January instead?",
        "How do I tell my grandmother we'll visit in January instead?",
        0.99,
    ),
    (
        "How do I politely tell my grandmother we'll visit in January instead?",
        "What's the best way to tell my grandmother we'll visit in January instead?",
        0.95,
    ),
]


@pytest.mark.parametrize(("cached", "incoming", "cosine"), DUTY_SERVED)
def test_round58_duty_frames_are_served(cached: str, incoming: str, cosine: float) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        verdict = verify(x, y, cosine, CONFIG)
        assert verdict.accept, (verdict.reasons, verdict.score)


@pytest.mark.parametrize(("cached", "incoming"), DUTY_REFUSED)
def test_round58_duty_near_misses_are_refused(cached: str, incoming: str) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, 0.99, CONFIG).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), DUTY_CLASSIFIER_CUT_ONLY)
def test_round58_tact_refused_at_the_093_cut(cached: str, incoming: str, cosine: float) -> None:
    config = replace(CONFIG, min_score=0.93)
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, cosine, config).accept


@pytest.mark.parametrize(("cached", "incoming", "cosine"), DUTY_REFUSED_AT_COSINE)
def test_round58_duty_near_misses_refused_at_cosine(
    cached: str, incoming: str, cosine: float
) -> None:
    for x, y in ((cached, incoming), (incoming, cached)):
        assert not verify(x, y, cosine, CONFIG).accept


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "How long does the LTL carrier have to refund my 3PL?",
            "What's the deadline for the LTL carrier to refund my 3PL?",
        ),
        ("What is the deadline for us to file?", "What is the deadline for us to file?"),
        ("How long do we have to sue the carrier?", "What's the deadline to sue the carrier?"),
        ("How long does it have to dry?", "How long does it have to dry?"),
        ("How long do I have to apply pressure?", "How long do I have to apply pressure?"),
        (
            "How long do I have to report for jury duty?",
            "How long do I have to report for jury duty?",
        ),
        ("How long do I have to apply for benefits?", "What's the deadline to apply for benefits?"),
        ("Are we legally allowed to record calls?", "Can we legally record calls?"),
        ("Is it legal for us to record calls?", "Is it legal for us to record calls?"),
        ("Was I legally allowed to record calls?", "Was I allowed by law to record calls?"),
        ("Is my son allowed to vape?", "Is my son allowed to vape?"),
        ("Can I legally not pay?", "Can I legally not pay?"),
        ("What do the rules say when it rains?", "What does the rulebook say if it rains?"),
        ("How can I politely tell Sam no?", "How do I politely tell Sam no?"),
    ],
)
def test_canonical_duty(text: str, canonical: str) -> None:
    assert canonical_duty(text) == canonical


# red team 5: a duty that lasts read as no deadline; four classifier-only wrong answers


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            "How long do I have to register as a sex offender?",
            "How long do I have to register as a sex offender?",
        ),
        (
            "How long do I have to claim my son as a dependent?",
            "How long do I have to claim my son as a dependent?",
        ),
        (
            "How long do I have to contest the will under state law?",
            "How long do I have to contest the will under state law?",
        ),
        (
            "How long do I have to file reports for 5 years?",
            "How long do I have to file reports for 5 years?",
        ),
        ("How long do I have to dispute a charge?", "What's the deadline to dispute a charge?"),
        ("How long do I have to return a car?", "What's the deadline to return a car?"),
    ],
)
def test_canonical_duty_lasting(text: str, canonical: str) -> None:
    assert canonical_duty(text) == canonical


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "How long do I have to register as a sex offender?",
            "What's the deadline to register as a sex offender?",
        ),
        ("How long do I have to bill my patients?", "What's the deadline to bill my patients?"),
        ("The court ordered my ex to pay me", "I was ordered to pay my ex by the court"),
        ("Why did the carrier lose my pallet?", "How was my pallet lost by the carrier?"),
        ("The IRS audited my business", "My business was audited by the IRS again"),
        ("In Ohio, can I legally own a raccoon?", "Is it legal to own a raccoon outside Ohio?"),
        ("How long do I have to submit my FAFSA?", "How long did I have to submit my FAFSA?"),
    ],
)
def test_red_team_5_refused(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert not verify(x, y, 0.95, config).accept
    assert not verify(y, x, 0.95, config).accept


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("The court ordered me to pay my ex", "I was ordered to pay my ex by the court"),
        ("The carrier lost my pallet", "My pallet was lost by the carrier"),
        ("How long do I have to dispute a charge?", "What's the deadline to dispute a charge?"),
    ],
)
def test_red_team_5_kept(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert verify(x, y, 0.95, config).accept


# -- round 63: a time phrase's own preposition changed ----------------------------------------


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "What commission does the tutoring platform take in the first month?",
            "What commission does the tutoring platform take after the first month?",
        ),
        (
            "Can I get a refund before the first lesson?",
            "Can I get a refund after the first lesson?",
        ),
        ("Is the gym free during the first week?", "Is the gym free after the first week?"),
        ("Do I pay rent until the last day?", "Do I pay rent from the last day?"),
    ],
)
def test_time_preposition_changed_is_refused(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert not verify(x, y, 0.95, config).accept
    assert not verify(y, x, 0.95, config).accept


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Can I cancel in the first week?", "Can I cancel within the first week?"),
        ("Is parking free in the first hour?", "Is parking free during the first hour?"),
    ],
)
def test_time_preposition_of_one_span_is_served(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert verify(x, y, 0.95, config).accept
    assert verify(y, x, 0.95, config).accept


# -- round 67: a yes/no question about what has happened against one about what will ---------


def test_round_67_past_against_future_is_refused() -> None:
    x = "Did the rental company already charge my card for the damage?"
    y = "Will the rental company charge my card for the damage?"
    for a, b in ((x, y), (y, x)):
        verdict = verify(a, b, 0.945, CONFIG)
        assert not verdict.accept
        assert "question_mismatch" in verdict.reasons


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "Did the contractor already pull the permit for the remodel?",
            "Will the contractor pull the permit for the remodel?",
        ),
        ("Has my landlord already cashed the rent check?", "Will my landlord cash the rent check?"),
        (
            "Was my flight already cancelled because of the storm?",
            "Will my flight be cancelled because of the storm?",
        ),
        ("Did the book club pick a new novel yet?", "Will the book club pick a new novel?"),
    ],
)
def test_past_against_future_is_refused(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert not verify(x, y, 0.95, config).accept
    assert not verify(y, x, 0.95, config).accept


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "Did the rental company already charge my card for the damage?",
            "Has the rental company already charged my card for the damage?",
        ),
        (
            "Did the rental company charge my card for the damage yet?",
            "Has the rental company charged my card for the damage yet?",
        ),
        (
            "Will the rental company charge my card for the damage?",
            "Is the rental company going to charge my card for the damage?",
        ),
        (
            "Will the contractor pull the permit for the remodel?",
            "will the contractor pull the permit for the remodel",
        ),
    ],
)
def test_the_same_tense_in_other_words_is_served(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert verify(x, y, 0.95, config).accept
    assert verify(y, x, 0.95, config).accept


# -- ordinary pass 18: before / after an event; a repeated word standing in for gone ones -----
# (its tables are read by the tests of the ordinary passes, after pass 19's)

ORDINARY_18_ROUNDS_REFUSED = [
    (
        "Can I claim for a windshield that was already cracked when I bought the policy?",
        "Can I claim for a windshield that cracked after I bought the policy?",
        0.994,
        "time_mismatch",
    ),
    (
        "Should I feed my adopted 10 week old kitten adult cat food?",
        "Should I feed my adopted 10 week old kitten kitten food?",
        0.972,
        "content_mismatch",
    ),
]


ORDINARY_18_VARIANTS_REFUSED = [
    (
        "Will my home insurance cover a roof that was already leaking when I bought the house?",
        "Will my home insurance cover a roof that started leaking after I bought the house?",
    ),
    (
        "Does my health plan cover a condition I already had when I enrolled?",
        "Does my health plan cover a condition I got after I enrolled?",
    ),
    (
        "Can I return a phone that was already scratched by the time it was delivered?",
        "Can I return a phone that got scratched after it was delivered?",
    ),
    (
        "I drive a diesel car. Should I buy premium unleaded fuel?",
        "I drive a diesel car. Should I buy diesel fuel?",
    ),
    (
        "My toddler is 2. Should she use regular adult toothpaste?",
        "My toddler is 2. Should she use toddler toothpaste?",
    ),
    (
        "I have a puppy. Is senior dog shampoo safe for him?",
        "I have a puppy. Is puppy shampoo safe for him?",
    ),
]


ORDINARY_18_DUPLICATES_SERVED = [
    # "already ... when" is "before"
    (
        "Can I claim for a windshield that was already cracked when I bought the policy?",
        "Can I claim for a windshield that was cracked before I bought the policy?",
    ),
    (
        "Can I claim for a windshield that was already cracked when I bought the policy?",
        "Can I claim for a windshield that was already cracked by the time I bought the policy?",
    ),
    (
        "Does my health plan cover a condition I already had when I enrolled?",
        "Does my health plan cover a condition I had before I enrolled?",
    ),
    # a whole noun phrase, or a stopword, for a name said before; no head noun after it
    (
        "I use Arch Linux. How do I install Docker on this operating system?",
        "I use Arch Linux. How do I install Docker on Arch?",
    ),
    (
        "I have a Dell laptop. How do I reset this laptop?",
        "I have a Dell laptop. How do I reset the Dell laptop?",
    ),
    (
        "My puppy is 8 weeks old. What should I feed a young dog?",
        "My puppy is 8 weeks old. What should I feed a puppy?",
    ),
    (
        "I have a kitten. What kitten food is best?",
        "I have a kitten. What food is best for a kitten?",
    ),
]


# -- definitions: "what is it / are they" standing for another thing than "What is X" ------
# (red team 8; policies/verify/definitions.py)
DEFINITION_REFUSED = [
    # the pronoun agrees with another noun phrase only
    (
        "What are index funds and should I move them into a Roth IRA?",
        "Should I move my index funds into a Roth IRA, and what is it?",
    ),
    (
        "What is an enrolled agent and do I need one for my K-1s?",
        "Do I need an enrolled agent for my K-1s, and what are they?",
    ),
    (
        "What is a custodian and do I need one for UTMA accounts?",
        "Do I need a custodian for UTMA accounts, and what are they?",
    ),
    (
        "What is a podiatrist and should I see one for plantar warts?",
        "Should I see a podiatrist for plantar warts, and what are they?",
    ),
    (
        "What is a stock option and should I exercise it?",
        "Should I exercise the stock options, and what is it?",
    ),
    ("What are closing costs and who pays them?", "Who pays the closing cost, and what is it?"),
    ("What is a living will and do I need one?", "Do I need a will, and what is it?"),
    # two noun phrases of its number: ambiguous
    (
        "What is a real estate attorney and do I need one for a 1031 exchange?",
        "Do I need a real estate attorney for a 1031 exchange, and what is it?",
    ),
    (
        "What is a HELOC and should I get one instead of a cash-out refi?",
        "Should I get a HELOC instead of a cash-out refi, and what is it?",
    ),
    (
        "What is a Roth IRA and should I open one or a traditional IRA?",
        "Should I open a Roth IRA or a traditional IRA, and what is it?",
    ),
    # another's thing; "one" (any) against "the" one; "only one" counted
    (
        "What is a Social Security card and how do I replace it?",
        "How do I replace his Social Security card, and what is it?",
    ),
    (
        "What is a joint account and should I close one?",
        "Should I close our joint account, and what is it?",
    ),
    (
        "What is a credit card and should I cancel one?",
        "Should I cancel the credit card, and what is it?",
    ),
    (
        "What is a W-4 and do I fill out only one?",
        "Do I fill out only a W-4, and what is it?",
    ),
    # the same shape in other domains
    (
        "What is a sourdough starter and do I need one for bagels?",
        "Do I need a sourdough starter for bagels, and what are they?",
    ),
    (
        "What is a linter and should I run one on my pull requests?",
        "Should I run a linter on my pull requests, and what are they?",
    ),
    (
        "What is a torque wrench and do I need one for a bike stem?",
        "Do I need a torque wrench for a bike stem, and what is it?",
    ),
    (
        "What are cover crops and should I plant them before a frost?",
        "Should I plant cover crops before a frost, and what is it?",
    ),
]

DEFINITION_SERVED = [
    (
        "What is the FAFSA and when should I file it?",
        "When should I file the FAFSA, and what is it?",
    ),
    (
        "What is a title search and why do I need one?",
        "Why do I need a title search, and what is it?",
    ),
    (  # the thing named again: no pronoun to resolve
        "What's a nuc and should I buy one instead of a package?",
        "Should I buy a nuc instead of a package, and what is a nuc?",
    ),
    (
        "What are cover crops and should I plant them in the fall?",
        "Should I plant cover crops in the fall, and what are they?",
    ),
    (
        "What is a torque wrench and how do I use it?",
        "How do I use a torque wrench, and what is it?",
    ),
]


# no other thing for the pronoun (a time, a role, a number): the rule lets them through
DEFINITION_NOT_ITS_CONCERN = [
    (
        "What is a Roth conversion and should I do one this year?",
        "Should I do a Roth conversion this year, and what is it?",
    ),
    (
        "What is a solo 401k and can I open one as a freelancer?",
        "Can I open a solo 401k as a freelancer, and what is it?",
    ),
    (
        "What is an annuity and should I buy one at 60?",
        "Should I buy an annuity at 60, and what is it?",
    ),
]


@pytest.mark.parametrize(("x", "y"), DEFINITION_REFUSED)
def test_definition_pronoun_for_another_thing_refused(x: str, y: str) -> None:
    for a, b in ((x, y), (y, x)):
        verdict = verify(a, b, 0.95, CONFIG)
        assert not verdict.accept
        assert "definition_mismatch" in verdict.reasons


@pytest.mark.parametrize(("x", "y"), DEFINITION_SERVED)
def test_definition_pronoun_for_the_thing_served(x: str, y: str) -> None:
    for a, b in ((x, y), (y, x)):
        assert verify(a, b, 0.95, CONFIG).accept


@pytest.mark.parametrize(("x", "y"), DEFINITION_NOT_ITS_CONCERN)
def test_definition_pronoun_without_rival_not_refused(x: str, y: str) -> None:
    for a, b in ((x, y), (y, x)):
        assert "definition_mismatch" not in verify(a, b, 0.95, CONFIG).reasons


# precision pass 19 (red team 9's older holes): alternatives said with "a" on one side and
# bare on the other, or "the" against "a"; other things offered by the same words; "who X,
# me or Y" against "does Y X', or do I" with another act or another pronoun; a fact or a
# condition folded into a noun phrase (choices.py, folds.py)
PREC_19_REFUSED = [
    # "a X" against "X": an animal or a thing against a food or a material
    ("Should I buy a lamb or a goat?", "Should I buy goat or lamb?"),
    ("Should I order a lamb or a duck?", "Should I order duck or lamb?"),
    ("Should I buy a paper or a glass?", "Should I buy glass or paper?"),
    ("Is a paper or a magazine better for ads?", "Is magazine or paper better for ads?"),
    ("Should I order a salmon or a tuna?", "Should I order tuna or salmon?"),
    ("Should I get a wood or a metal?", "Should I get metal or wood?"),
    # "the X" against "a X": a given one against any
    ("Should I hire the lawyer or the accountant?", "Should I hire an accountant or a lawyer?"),
    ("Should I call the plumber or the electrician?", "Should I call an electrician or a plumber?"),
    ("Should I adopt the puppy or the kitten?", "Should I adopt a kitten or a puppy?"),
    # the same words, other things offered
    ("Should the buyer or the seller pay the fee?", "Should the seller pay the buyer or the fee?"),
    (
        "Should the landlord or the tenant fix the heater?",
        "Should the tenant fix the landlord or the heater?",
    ),
    (
        "Should the parent or the teacher sign the form?",
        "Should the teacher sign the parent or the form?",
    ),
    # who X, me or Y: a past fact against a rule, number, pronoun, owner, synonym, receiver
    ("Who claimed the kids, me or my ex?", "Does my ex claim the kids, or do I?"),
    ("Who signed the lease, me or my roommate?", "Does my roommate sign the lease, or do I?"),
    ("Who gets the kid, me or my ex?", "Does my ex get the children, or do I?"),
    ("Who pays the bills, me or my wife?", "Does my wife pay the bill, or do I?"),
    ("Who pays the rent, me or my roommate?", "Does my roommate pay the rent, or does he?"),
    ("Who pays the rent, me or my roommates?", "Do my roommates pay the rent, or do they?"),
    ("Who pays my rent, me or my dad?", "Does my dad pay his rent, or do I?"),
    ("Who pays the price, me or my partner?", "Does my partner pay the fee, or do I?"),
    (
        "Who should study the contract, me or my lawyer?",
        "Should my lawyer learn the contract, or should I?",
    ),
    (
        "Who should report the accident, me or the driver?",
        "Should the driver report me or should I?",
    ),
    ("Who should call the insurer, me or the driver?", "Should the driver call me or should I?"),
    # a fact folded into "the X I <verb>"
    ("I got a raise, should I ask for more?", "Should I ask for more about the raise I got?"),
    ("I got a bonus, should I ask for more?", "Should I ask for more about the bonus I got?"),
    ("I bought a car, can I get insurance?", "Can I get insurance on the car I bought?"),
    ("I own a rental, do I pay more tax?", "Do I pay more tax on the rental I own?"),
    # a condition folded into a participle
    ("What if my claim was denied - how do I appeal it?", "How do I deny an appealed claim?"),
    ("What if my card is declined - how do I use it?", "How do I use a declined card?"),
    ("What if my flight is cancelled - how do I book it?", "How do I cancel a booked flight?"),
    ("What if my loan was approved - how do I refuse it?", "How do I approve a refused loan?"),
]

PREC_19_SERVED = [
    # the same articles, the alternatives in another order; an article read before both;
    # a predicate after a copula
    ("Should I buy a laptop or a tablet?", "Should I buy a tablet or a laptop?"),
    ("Should I take the bus or the train?", "Should I take the train or the bus?"),
    ("Should I hire a lawyer or an accountant?", "Should I hire an accountant or a lawyer?"),
    ("Is a tomato a fruit or a vegetable?", "Is a tomato a fruit or vegetable?"),
    ("Is a tomato a fruit or a vegetable?", "Is a tomato a vegetable or a fruit?"),
    # the same things offered in another order
    ("Should the buyer or the seller pay the fee?", "Should the seller or the buyer pay the fee?"),
    (
        "Should the landlord or the tenant fix the heater?",
        "Should the tenant or the landlord fix the heater?",
    ),
    # who X, me or Y: the same act
    ("Who pays the rent, me or my roommate?", "Does my roommate pay the rent, or do I?"),
    ("Who pays the rent, me or my roommate?", "Does my roommate pay the rent or do I?"),
    (
        "Who should call the insurer, me or the driver?",
        "Should the driver call the insurer, or should I?",
    ),
    (
        "Who pays the body shop, me or the insurance company?",
        "Does the insurance company pay the body shop, or do I?",
    ),
]

# the fact or the condition said as such on both sides: not a fold
PREC_19_NOT_FOLDED = [
    ("I own a rental, do I pay more tax?", "Do I pay more tax if I own a rental?"),
    ("I got a raise. Should I ask for more?", "Should I ask for more now that I got a raise?"),
    ("What if my card is declined - how do I use it?", "If my card is declined, how can I use it?"),
    ("How do I appeal a denied claim?", "How can I appeal a denied claim?"),
]


@pytest.mark.parametrize(("x", "y"), PREC_19_REFUSED)
def test_prec_19_other_alternatives_and_folds_refused(x: str, y: str) -> None:
    for a, b in ((x, y), (y, x)):
        assert not verify(a, b, 0.95, CONFIG).accept


@pytest.mark.parametrize(("x", "y"), PREC_19_SERVED)
def test_prec_19_same_alternatives_served(x: str, y: str) -> None:
    for a, b in ((x, y), (y, x)):
        assert verify(a, b, 0.95, CONFIG).accept


@pytest.mark.parametrize(("x", "y"), PREC_19_NOT_FOLDED)
def test_prec_19_unfolded_fact_not_read_as_fold(x: str, y: str) -> None:
    for a, b in ((x, y), (y, x)):
        assert not folds.folded(a, b)


# -- ordinary pass 19: owner / tenant, a condition ended / kept, an act done / refused, "my own"
# (blind rounds 80-89; policies/verify/standing.py, rules.owner_mismatch)


ORDINARY_19_ROUNDS_REFUSED = [
    (
        "My son outgrew his milk allergy. Can he eat pizza now?",
        "My son still has his milk allergy. Can he eat pizza now?",
        0.990,
        "content_mismatch",
    ),
    (
        "Can I claim hail damage on a rental property I own?",
        "Can I claim hail damage on a rental property I live in as a tenant?",
        0.967,
        "content_mismatch",
    ),
    (
        "How much should I charge my roommate for rent if I own the house?",
        "How much should I charge my roommate for rent if I rent the house?",
        0.985,
        "content_mismatch",
    ),
    (
        "My landlord won't return my deposit after I fixed the damage. What now?",
        "My landlord won't return my deposit after I refused to fix the damage. What now?",
        0.986,
        "negation_mismatch",
    ),
    (
        "Do I need my neighbor's consent to build a fence on my own land?",
        "Do I need my neighbor's consent to build a fence on his land?",
        0.971,
        "owner_mismatch",
    ),
]


@pytest.mark.parametrize(
    ("x", "y", "cosine", "reason"), ORDINARY_18_ROUNDS_REFUSED + ORDINARY_19_ROUNDS_REFUSED
)
def test_ordinary_passes_rounds_refused(x: str, y: str, cosine: float, reason: str) -> None:
    for a, b in ((x, y), (y, x)):
        verdict = verify(a, b, cosine, CONFIG)
        assert not verdict.accept
        assert reason in verdict.reasons


ORDINARY_19_VARIANTS_REFUSED = [
    # a condition ended / kept
    (
        "My daughter outgrew her peanut allergy. Can she eat satay?",
        "My daughter still has her peanut allergy. Can she eat satay?",
    ),
    (
        "My dad got over his shingles. Can he visit the baby?",
        "My dad still has shingles. Can he visit the baby?",
    ),
    (
        "My husband no longer has asthma. Can he go scuba diving?",
        "My husband still has asthma. Can he go scuba diving?",
    ),
    (
        "My wife recovered from covid. Should she skip the gym?",
        "My wife still has covid. Should she skip the gym?",
    ),
    # owner / tenant
    (
        "Can I deduct mortgage interest on a condo I own?",
        "Can I deduct mortgage interest on a condo I rent?",
    ),
    (
        "Can I paint the walls of an apartment I own?",
        "Can I paint the walls of an apartment I live in as a tenant?",
    ),
    (
        "Who pays for a broken water heater if I own the house?",
        "Who pays for a broken water heater if I rent the house?",
    ),
    (
        "Can I install solar panels on a home I own?",
        "Can I install solar panels on a home I lease?",
    ),
    # an act done / refused, failed, forgotten
    (
        "My employer won't pay me after I signed the contract. What now?",
        "My employer won't pay me after I refused to sign the contract. What now?",
    ),
    (
        "The city fined me after I paid the parking ticket. Can I appeal?",
        "The city fined me after I failed to pay the parking ticket. Can I appeal?",
    ),
    (
        "Can my boss fire me because I filed the report?",
        "Can my boss fire me because I forgot to file the report?",
    ),
    # "my own" X / another's X
    (
        "Can I park my car in my own driveway overnight?",
        "Can I park my car in his driveway overnight?",
    ),
    (
        "Do I need a permit to cut down a tree in my own yard?",
        "Do I need a permit to cut down a tree in her yard?",
    ),
]


@pytest.mark.parametrize(("x", "y"), ORDINARY_18_VARIANTS_REFUSED + ORDINARY_19_VARIANTS_REFUSED)
def test_ordinary_passes_variants_refused(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert not verify(x, y, 0.95, config).accept
    assert not verify(y, x, 0.95, config).accept


ORDINARY_19_DUPLICATES_SERVED = [
    # two keepings; the same ending
    (
        "My son still has his milk allergy. Can he eat pizza?",
        "My son still suffers from his milk allergy. Can he eat pizza?",
    ),
    (
        "My son still has his milk allergy. Can he eat pizza?",
        "My son has his milk allergy still. Can he eat pizza?",
    ),
    (
        "My son outgrew his milk allergy. Can he eat pizza now?",
        "My son outgrew the milk allergy. Can he eat pizza now?",
    ),
    # owning twice, renting twice
    (
        "Can I claim hail damage on a rental property I own?",
        "Can I claim hail damage on a rental property that I own?",
    ),
    (
        "Can I claim hail damage on a rental property I own?",
        "Can I claim hail damage on a rental property I'm the owner of?",
    ),
    (
        "How much should I charge my roommate if I rent the house?",
        "How much should I charge my roommate if I'm renting the house?",
    ),
    # the refusal (or the act) on both sides
    (
        "My landlord kept my deposit after I refused to fix the damage.",
        "My landlord kept my deposit after I had refused to fix the damage.",
    ),
    (
        "My landlord kept my deposit after I fixed the damage.",
        "My landlord kept my deposit after I had fixed the damage.",
    ),
    # "my own" X / my X
    (
        "Do I need my neighbor's consent to build a fence on my own land?",
        "Do I need my neighbor's consent to build a fence on my land?",
    ),
    ("Can I park in my own driveway overnight?", "Can I park in my driveway overnight?"),
]


@pytest.mark.parametrize(("x", "y"), ORDINARY_18_DUPLICATES_SERVED + ORDINARY_19_DUPLICATES_SERVED)
def test_ordinary_passes_duplicates_served(x: str, y: str) -> None:
    config = replace(CONFIG, threshold=-1.0, classifier=False)
    assert verify(x, y, 0.95, config).accept
    assert verify(y, x, 0.95, config).accept


# -- hardening pass 1: negatives that only the learned classifier refused ---------------------
# (/tmp/hard/targets.jsonl): the asker alone or a party sized by a head count, a subject that
# allows against one that is allowed, the asker having people do a thing against their doing
# it (judgments.arranged_act), an antonym at the one place two prompts differ (same /
# new, bad / great, into / out of, against / with traffic), a filled container against the
# empty one and "the University of X" against "X University" (qualifiers.party_mismatch,
# voice.allowed_swap, lexicon.ANTONYMS, folds.compound_fold); the classifier is off
HARD_1_REFUSED = [
    (
        "Do we need a 4-person raft for the river trip?",
        "Do I need a 4-person raft for the river trip?",
        "qualifier_mismatch",
    ),
    (
        "Should we book a family suite in Rome?",
        "Should I book a family suite in Rome?",
        "qualifier_mismatch",
    ),
    (
        "Do we need two hotel rooms in Paris?",
        "Do I need two hotel rooms in Paris?",
        "qualifier_mismatch",
    ),
    (
        "Can we get a group discount at the zoo?",
        "Can I get a group discount at the zoo?",
        "qualifier_mismatch",
    ),
    ("Should restaurants allow dogs?", "Should restaurants be allowed dogs?", "direction_swap"),
    (
        "Should parents permit sleepovers?",
        "Should parents be permitted at sleepovers?",
        "direction_swap",
    ),
    ("Should cities ban cars?", "Should cities be banned from cars?", "direction_swap"),
    (
        "Do I need a permit to repaint my fence the same color?",
        "Do I need a permit to repaint my fence a new color?",
        "negation_mismatch",
    ),
    (
        "How do I cheer up my daughter after a bad game?",
        "How do I cheer up my daughter after a great game?",
        "negation_mismatch",
    ),
    (
        "Is it legal to skate in the bike lane against traffic?",
        "Is it legal to skate in the bike lane with traffic?",
        "negation_mismatch",
    ),
    (
        "Can I volunteer at the shelter my dog came from?",
        "Can I volunteer at the shelter my dog went to?",
        "negation_mismatch",
    ),
    (
        "Is the town my grandparents came from worth visiting?",
        "Is the town my grandparents went to worth visiting?",
        "negation_mismatch",
    ),
    (
        "Is the tank I moved the fish into safe?",
        "Is the tank I moved the fish out of safe?",
        "negation_mismatch",
    ),
    (
        "How many calories are in a can of soda?",
        "How many calories are in a soda can?",
        "direction_swap",
    ),
    (
        "Is it tacky to have the groomsmen pay for their own suits?",
        "Would the groomsmen paying for their own suits be considered tacky?",
        "content_mismatch",
    ),
    (
        "Is it okay to make my employees work on Sunday?",
        "Is my employees working on Sunday okay?",
        "content_mismatch",
    ),
    ("How much does a box of cereal weigh?", "How much does a cereal box weigh?", "direction_swap"),
    (
        "Is the University of Pennsylvania in Philadelphia?",
        "Is Pennsylvania University in Philadelphia?",
        "direction_swap",
    ),
]

# the same shapes asking one thing: a generic "we", a count of something else, the passive
# whose subject is the active's object, an antonym said on one side only, an "of" phrase
# that is no container, the university named the same way on both sides
HARD_1_SERVED = [
    ("How can we stop hair fall?", "How can I stop hair fall?"),
    ("Do we need a visa for Japan?", "Do I need a visa for Japan?"),
    ("Should restaurants allow dogs?", "Should dogs be allowed in restaurants?"),
    ("Should schools ban phones?", "Should phones be banned in schools?"),
    (
        "What should I say to my kid after a great recital?",
        "What do I say to my kid after a great recital?",
    ),
    ("Can I ride my bike against traffic?", "Is it okay to ride my bike against traffic?"),
    ("What are the symptoms of flu?", "What are flu symptoms?"),
    (
        "Is the town my grandparents came from worth visiting?",
        "Is the town where my grandparents came from worth visiting?",
    ),
    (
        "Is the town my grandparents came from worth visiting?",
        "Is the town my grandparents came from worth a visit?",
    ),
    (
        "Is it rude to have the guests bring a dish?",
        "Would having the guests bring a dish be considered rude?",
    ),
    ("Is it okay to let my dog sleep in my bed?", "Is my dog sleeping in my bed okay?"),
    (
        "How do I open a bottle of wine without a corkscrew?",
        "How can I open a bottle of wine without a corkscrew?",
    ),
    (
        "What is the acceptance rate at the University of Michigan?",
        "What's the University of Michigan acceptance rate?",
    ),
]


# -- ordinary pass 20: a modal in a question of amount, the asker's home against one let out, an
# affix that makes another kind, an owner put before the thing or person asked about ---------

ORD_20_REFUSED = [
    # rounds 95-97 (blind): a recommendation against a limit, the asker's home against a let one
    (
        "How many photos should a Depop listing have?",
        "How many photos can a Depop listing have?",
        "qualifier_mismatch",
    ),
    ("How long should a cover letter be?", "How long can a cover letter be?", "qualifier_mismatch"),
    (
        "How many hours should a 16-year-old work a week?",
        "How many hours can a 16-year-old work a week?",
        "qualifier_mismatch",
    ),
    (
        "How much weight should a bookshelf hold?",
        "How much weight must a bookshelf hold?",
        "qualifier_mismatch",
    ),
    (
        "Is it legal to put hidden cameras in my own home in the UK?",
        "Is it legal to put hidden cameras in a home I rent out in the UK?",
        "content_mismatch",
    ),
    ("Can I smoke in my own house?", "Can I smoke in a house I rent out?", "content_mismatch"),
    (
        "Can I install a doorbell camera at my flat?",
        "Can I install a doorbell camera at a flat I let out?",
        "content_mismatch",
    ),
    # labelled negatives the classifier alone refused (rounds 71, 93, 74, 91, 92, 80)
    (
        "Will Medicaid pay for a private room in a nursing home?",
        "Will Medicaid pay for a semi-private room in a nursing home?",
        "added_detail",
    ),
    ("Is lead glaze food safe?", "Is lead-free glaze food safe?", "added_detail"),
    (
        "Is gloss paint good for a bathroom?",
        "Is semi-gloss paint good for a bathroom?",
        "added_detail",
    ),
    ("Is a marathon hard for beginners?", "Is a half-marathon hard for beginners?", "added_detail"),
    (
        "Should my student play from memory at the recital?",
        "Should my student's accompanist play from memory at the recital?",
        "owner_mismatch",
    ),
    (
        "How far away from my house must a chicken coop be in my county?",
        "How far away from my neighbor's house must a chicken coop be in my county?",
        "owner_mismatch",
    ),
    (
        "Can I cut the branches hanging over my yard?",
        "Can I cut the branches hanging over my neighbor's yard?",
        "owner_mismatch",
    ),
    (
        "Is it okay to date my roommate?",
        "Is it okay to date my roommate's sister?",
        "owner_mismatch",
    ),
]

# the same shapes asking one thing: modals of one class, a manner ("How can I" / "How should
# I"), the asker's own acts, "my own" as an intensifier, two lets, an affix written either way,
# an owner said on both sides
ORD_20_SERVED = [
    ("How long can a cover letter be?", "How long could a cover letter be?"),
    (
        "How many photos should a Depop listing have?",
        "How many pictures should a Depop listing have?",
    ),
    ("How can I start learning IT?", "How should I start learning IT?"),
    (
        "How long can I keep cooked rice in the fridge?",
        "How long should I keep cooked rice in the fridge?",
    ),
    (
        "Is it legal to put hidden cameras in my own home in the UK?",
        "Is it legal to put hidden cameras in my home in the UK?",
    ),
    ("Can I smoke in my own house?", "Can I smoke in my house?"),
    (
        "Can I install a doorbell camera at a flat I rent out?",
        "Can I install a doorbell camera at the flat I rent out?",
    ),
    ("Is this shampoo sulfate free?", "Is this shampoo sulfate-free?"),
    ("Where can I buy gluten-free bread?", "Where can I buy gluten free bread?"),
    ("Can I park in front of my house?", "Can I park in front of my own house?"),
    ("What is my dog's ideal weight?", "What's the ideal weight for my dog?"),
]


# -- ordinary pass 21: a large amount against a small one, the asker's own against another's,
# a condition kept against one a clause says ended ---------------------------------------------

ORD_21_REFUSED = [
    # rounds 101-103 (blind)
    (
        "Why do food banks have too many volunteers in December?",
        "Why do food banks have too few volunteers in December?",
        "qualifier_mismatch",
    ),
    (
        "Why do kids get so much homework?",
        "Why do kids get so little homework?",
        "qualifier_mismatch",
    ),
    (
        "Which airline has the most seats on the route?",
        "Which airline has the fewest seats on the route?",
        "qualifier_mismatch",
    ),
    (
        "What happens if a hive has plenty of drones?",
        "What happens if a hive has few drones?",
        "qualifier_mismatch",
    ),
    (
        "What should the marching band play when our team scores?",
        "What should the marching band play when the other team scores?",
        "owner_mismatch",
    ),
    (
        "Who pays the vet if my dog bites a jogger?",
        "Who pays the vet if someone else's dog bites a jogger?",
        "owner_mismatch",
    ),
    (
        "Can I question witnesses called by my side in court?",
        "Can I question witnesses called by the opposing side in court?",
        "owner_mismatch",
    ),
    (
        "Does pet insurance cover surgery if my dog has a heart murmur?",
        "Does pet insurance cover surgery if my dog had a heart murmur that resolved as a puppy?",
        "content_mismatch",
    ),
    (
        "Can I donate blood with a heart murmur?",
        "Can I donate blood with a heart murmur that has since resolved?",
        "content_mismatch",
    ),
    (
        "Can my son join the army if he has asthma?",
        "Can my son join the army if he had asthma which went away in his teens?",
        "content_mismatch",
    ),
]

# the same shapes asking one thing: two large amounts, "a few" (some), "little" as a size, the
# article for the pronoun (no "other"), two endings
ORD_21_SERVED = [
    (
        "Why do so many people quit their first job?",
        "Why do lots of people quit their first job?",
    ),
    ("What are a few good hikes near Denver?", "What are some good hikes near Denver?"),
    ("Is my little dog too fat?", "Is my small dog too fat?"),
    (
        "What should the marching band play when our team scores?",
        "What should the marching band play when the team scores?",
    ),
    ("Can I take my own dog on the bus?", "Can I take my dog on the bus?"),
    (
        "Can I donate blood with a heart murmur that resolved?",
        "Can I donate blood with a heart murmur that has resolved?",
    ),
    (
        "Can my son join the army if he had asthma as a child that went away?",
        "Can my son join the army if he had asthma that went away when he was a child?",
    ),
]


# -- hardening pass 2: negatives the learned classifier alone refused at 0.90-0.93 ----------
# (/tmp/hard2/clf_targets.jsonl): a modifier put before a noun or a phrase after it that
# narrows the case (additions.added_modifier), an antonym at the one place two prompts differ
# (top / bottom or ground, alone / with, one or single / multiple, same / opposite), "for" /
# "after" the first day (additions._when_changed), a verb negated by modals of another class
# after a clause moved behind "if" (qualifiers.negated_modal); the classifier is off
HARD_2_REFUSED = [
    # even / odd (round 114, served at min_score 0.92 only)
    (
        "Should a bouquet have an even number of tulips?",
        "Should a bouquet have an odd number of tulips?",
        "negation_mismatch",
    ),
    (
        "How do I check if a number is even in Python?",
        "How do I check if a number is odd in Python?",
        "negation_mismatch",
    ),
    (
        "Is it okay to split my dad's tablets in half?",
        "Is it okay to split my dad's enteric-coated tablets in half?",
        "added_detail",
    ),
    (
        "My horse came back from the trail with a limp, should I call the vet?",
        "My horse came back from the trail with a severe limp, should I call the vet?",
        "added_detail",
    ),
    (
        "Can I wash my jacket in the machine?",
        "Can I wash my leather jacket in the machine?",
        "added_detail",
    ),
    (
        "Is it okay to serve beer at a birthday party?",
        "Is it okay to serve beer at a middle school birthday party?",
        "added_detail",
    ),
    (
        "Is it safe for my uncle to go scuba diving?",
        "Is it safe for my uncle with a heart condition to go scuba diving?",
        "added_detail",
    ),
    (
        "Can a landlord keep my deposit for unpaid rent?",
        "Can a landlord keep my deposit for unpaid rent on another unit?",
        "added_detail",
    ),
    (
        "Do I have to report a fender bender in Ontario?",
        "Do I have to report a fender bender in Ontario within a month?",
        "added_detail",
    ),
    (
        "Does my warranty cover a cracked screen?",
        "Does my warranty cover a cracked screen that happened before I registered it?",
        "added_detail",
    ),
    (
        "Can my daughter join the team if she lives outside the district?",
        "Can my daughter join the team if she lives outside the district but trains inside it?",
        "added_detail",
    ),
    (
        "Is a permit needed for a shed?",
        "Do you need a permit for a garden shed?",
        "added_detail",
    ),
    (
        "I rent the top apartment. How do I keep my floors quiet?",
        "I rent the bottom apartment. How do I keep my floors quiet?",
        "negation_mismatch",
    ),
    (
        "We live on the top floor. Do we need a fire ladder?",
        "We live on the ground floor. Do we need a fire ladder?",
        "negation_mismatch",
    ),
    (
        "Can my nephew take the train alone to visit his cousins?",
        "Can my nephew take the train with me to visit his cousins?",
        "negation_mismatch",
    ),
    (
        "Is karate useful against one opponent?",
        "Is karate useful against multiple opponents?",
        "negation_mismatch",
    ),
    (
        "Do two magnets with the same poles facing each other attract?",
        "Do two magnets with opposite poles facing each other attract?",
        "negation_mismatch",
    ),
    (
        "Do volunteers get lunch for the first shift?",
        "Do volunteers get lunch after the first shift?",
        "added_detail",
    ),
    (
        "My daughter can't swim, what should I do?",
        "What should I do if my daughter won't swim?",
        "qualifier_mismatch",
    ),
    (
        "My grandpa can't drive, how do I help him?",
        "How do I help him if my grandpa shouldn't drive?",
        "qualifier_mismatch",
    ),
]

# the same shapes asking one thing: praise, degree or a place-holder added ("main", "really",
# "extra", "in the world", "in an effective way", "in the area"), a word the prompt says
# elsewhere ("his dog walker"), an antonym said on one side only or on both, "for" / "in" the
# first week, a modal of one class on both sides after the clause moved
HARD_2_SERVED = [
    ("What are the main causes of inflation?", "What are the causes of inflation?"),
    ("My dog hates his walker, what can I do?", "My dog hates his dog walker, what can I do?"),
    ("How do I add a night to my booking?", "How do I add an extra night to my booking?"),
    ("Do solar panels really save money?", "Do solar panels save money?"),
    ("What are some good books on stoicism?", "What are good books on stoicism?"),
    ("What is the tallest building in the world?", "What is the tallest building?"),
    (
        "How can I improve my handwriting in an effective way?",
        "How can I improve my handwriting?",
    ),
    (
        "How do neighborhood groups deal with stray cats in the area?",
        "How do neighborhood groups deal with stray cats?",
    ),
    ("Is a permit needed for a shed?", "Do you need a permit for a shed?"),
    ("Is a deposit needed for a party room?", "Do we need a deposit for a party room?"),
    ("Is it safe to hike alone?", "Is it safe to go hiking alone?"),
    ("Can I use one charger for multiple phones?", "Can one charger be used for multiple phones?"),
    ("Is the top floor hotter in summer?", "Does the top floor get hotter in summer?"),
    (
        "Do I get paid for the first day of training?",
        "Will I get paid for the first day of training?",
    ),
    (
        "What should I do for the first week of a new job?",
        "What should I do in the first week of a new job?",
    ),
    ("My cat won't eat, what should I do?", "What should I do if my cat won't eat?"),
    ("My son can't sleep, what should I do?", "What should I do if my son cannot sleep?"),
    ("My laptop won't turn on, what do I do?", "What do I do if my laptop will not turn on?"),
]


# -- hardening pass 3: a position word inside a compound changed (red team 12) --------------
# (compounds.part_changed): the same head or last part with a position word of another class
# in the compound, "in-" / "above-ground", "top-" / "front-loading", "on-" / "off-site",
# "over-" / "in-ear", "sit-on-top" / "sit-inside"; the classifier is off
HARD_3_REFUSED = [
    (
        "How do I winterize an in-ground sprinkler system in Colorado?",
        "How do I winterize an above-ground sprinkler system in Colorado?",
        "content_mismatch",
    ),
    (
        "What soil mix works best for above-ground vegetable beds?",
        "What soil mix works best for in-ground vegetable beds?",
        "content_mismatch",
    ),
    (
        "How do I install an inground basketball hoop on a slope?",
        "How do I install an above-ground basketball hoop on a slope?",
        "content_mismatch",
    ),
    (
        "Are over-ear headphones better for long runs?",
        "Are in-ear headphones better for long runs?",
        "content_mismatch",
    ),
    (
        "Are on-ear headphones comfortable for people who wear glasses?",
        "Are over-ear headphones comfortable for people who wear glasses?",
        "content_mismatch",
    ),
    (
        "Can I mount in-wall speakers in a rented apartment?",
        "Can I mount on-wall speakers in a rented apartment?",
        "content_mismatch",
    ),
    (
        "How do I clean the door gasket on a top-loading dryer?",
        "How do I clean the door gasket on a front-loading dryer?",
        "content_mismatch",
    ),
    (
        "How do I wire under-cabinet lighting in a rental kitchen?",
        "How do I wire in-cabinet lighting in a rental kitchen?",
        "content_mismatch",
    ),
    (
        "How do I get back on a sit-on-top paddleboard after falling off?",
        "How do I get back on a sit-inside paddleboard after falling off?",
        "content_mismatch",
    ),
    (
        "How much does on-site parking cost at Denver airport?",
        "How much does off-site parking cost at Denver airport?",
        "content_mismatch",
    ),
    (
        "Is an underground dog fence safe for a small puppy?",
        "Is an in-ground dog fence safe for a small puppy?",
        "content_mismatch",
    ),
    (
        "How much should I budget for a top-mount freezer fridge?",
        "How much should I budget for a side-mount freezer fridge?",
        "content_mismatch",
    ),
]

# the same compound spelt another way ("in-ground" / "in ground", "front loading" /
# "front-loading", "top-load" / "top-loading"), a compound said on both sides, "built-in" /
# "in-built", "over-ear" / "over-the-ear", "log-in" / "log-on"
HARD_3_SERVED = [
    (
        "How do I winterize an in-ground sprinkler system?",
        "How do I winterize an in ground sprinkler system?",
    ),
    (
        "How do I clean the drum of a front-loading washer?",
        "How can I clean the drum in a front loading washer?",
    ),
    (
        "Is a top-load washer better for hard water?",
        "Is a top-loading washer better for hard water?",
    ),
    (
        "Should I hire in-house counsel or use an outside law firm?",
        "Should I use an outside law firm or hire in-house counsel?",
    ),
    (
        "Is built-in storage worth it in a small bedroom?",
        "Is in-built storage worth it in a small bedroom?",
    ),
    ("Are over-ear headphones good for the gym?", "Are over-the-ear headphones good for the gym?"),
    ("Why does the log-in page keep timing out?", "Why does the log-on page keep timing out?"),
    (
        "What's the best outdoor paint for a wooden fence?",
        "What's the best out-door paint for a wooden fence?",
    ),
]


# -- hardening pass 4: what only the classifier's cut of 0.93 refused, so that 0.92 is safe ---

HARD_4_REFUSED = [
    # a minus sign the words alone hide (red team 13's "at -5 degrees" / "at 5 degrees")
    (
        "Can I leave my car battery outside at -20 degrees?",
        "Can I leave my car battery outside at 20 degrees?",
        "number_mismatch",
    ),
    ("What is (-4) cubed?", "What is (4) cubed?", "number_mismatch"),
    # two words swapped at the start of a keyword prompt, neither the kind of answer asked
    # for: a compound whose head changed, or two places in order
    ("dog house plans", "house dog plans", "direction_swap"),
    ("boston chicago bus", "chicago boston bus", "direction_swap"),
    ("apple pie filling", "pie apple filling", "direction_swap"),
    # the same steps told in another order with "then"
    ("Peel the potatoes, then boil them.", "Boil the potatoes, then peel them.", "direction_swap"),
    (
        "Compress the folder and then encrypt it.",
        "Encrypt the folder and then compress it.",
        "direction_swap",
    ),
    ("Sand the table. Then stain it.", "Stain the table. Then sand it.", "direction_swap"),
    # "a deal with" (an agreement) is no "deal with" (handle)
    (
        "Did the union strike a deal with the airline?",
        "Did the union handle the airline?",
        "content_mismatch",
    ),
    (
        "Did Apple reach a trade deal with Samsung?",
        "Did Apple deal with Samsung?",
        "content_mismatch",
    ),
    # owning an animal judged, against the animal itself
    ("Is it dangerous to keep a snake?", "Are snakes dangerous?", "content_mismatch"),
    ("Is it smart to have a parrot?", "Are parrots smart?", "content_mismatch"),
]

HARD_4_SERVED = [
    # the same minus sign on both sides; a range and a name with a hyphen are no sign
    (
        "Can I leave my car battery outside at -20 degrees?",
        "can i leave my car battery outside at -20 degrees",
    ),
    ("Is 5-10 mg of melatonin too much?", "Is 5-10 mg melatonin too much?"),
    ("london weather today", "weather london today"),
    ("paris hotels cheap", "hotels paris cheap"),
    ("python tutorial beginners", "tutorial python beginners"),
    (
        "Translate this to French, then summarize it.",
        "Translate this to French and then summarize it.",
    ),
    (
        "Back up the database, then run the migration.",
        "Back up the database and then run the migration.",
    ),
    ("How should I deal with a rude customer?", "How should I handle a rude customer?"),
    ("How did the team cope with the loss?", "How did the team deal with the loss?"),
    ("Is it weird to have a dog?", "Is having a dog weird?"),
    ("Is it expensive to own a boat?", "Is owning a boat expensive?"),
    # a thing one has judged is the having of it
    ("Is it tacky to have a cash bar?", "Is a cash bar tacky?"),
    (
        "Is it better to have a written reference or a phone reference?",
        "Which is better: a phone reference or a written reference?",
    ),
]


# -- hardening pass 5: ordinary near-misses blind rounds 111-124 found served ------------------

HARD_5_REFUSED = [
    # a trade's direction in the word after its verb: what is got ("trade for") against what
    # is given up ("trade away", "trade X", "swap out") (round 124)
    (
        "When is the best time to trade for a player coming off injury?",
        "When is the best time to trade away a player coming off injury?",
        "direction_swap",
    ),
    (
        "Can I exchange for euros at the airport?",
        "Can I exchange euros at the airport?",
        "direction_swap",
    ),
    (
        "Is it worth swapping for a newer graphics card?",
        "Is it worth swapping out my newer graphics card?",
        "direction_swap",
    ),
    (
        "Should I barter for firewood with my neighbor?",
        "Should I barter away firewood with my neighbor?",
        "direction_swap",
    ),
    # a course finished against one still under way (round 111)
    (
        "Can I donate blood if I had Lyme disease and finished treatment?",
        "Can I donate blood if I have Lyme disease and am still on treatment?",
        "content_mismatch",
    ),
    (
        "Can I travel abroad if I had shingles and finished the antivirals?",
        "Can I travel abroad if I have shingles and am still taking the antivirals?",
        "content_mismatch",
    ),
    (
        "Can I donate blood if I have finished treatment for Lyme disease?",
        "Can I donate blood if I am still on treatment for Lyme disease?",
        "content_mismatch",
    ),
    (
        "Can I drink alcohol if I finished my antibiotics?",
        "Can I drink alcohol if I am still on my antibiotics?",
        "content_mismatch",
    ),
    # the condition of a failure reversed, the other state said elsewhere (round 111)
    (
        "My deadbolt won't lock when the door is closed but works when it's open.",
        "My deadbolt won't lock even when the door is open.",
        "direction_swap",
    ),
    (
        "My car won't start when it's cold but starts fine when it's warm.",
        "My car won't start even when it's warm.",
        "direction_swap",
    ),
    (
        "My laptop won't charge when it's on but charges when it's off.",
        "My laptop won't charge even when it's off.",
        "direction_swap",
    ),
    # a hyphen dropped inside code punctuation: another expression (red team 13)
    ("What does ${foo-bar} do in bash?", "What does ${foobar} do in bash?", "symbol_mismatch"),
    ("What does ${name-default} print?", "What does ${namedefault} print?", "symbol_mismatch"),
    ("What is (a-b)^2?", "What is (ab)^2?", "symbol_mismatch"),
]

HARD_5_SERVED = [
    # the same side of the trade, told another way
    (
        "Should I trade my first round pick for a star receiver?",
        "Should I trade for a star receiver with my first round pick?",
    ),
    ("Can I trade in my car for a truck?", "Can I trade my car for a truck?"),
    ("When should I trade away an injured player?", "When should I trade an injured player?"),
    ("Can I swap out the battery in my laptop?", "Can I swap the battery in my laptop?"),
    # a course finished, told with or without "have"
    (
        "Can I donate blood if I have finished treatment for Lyme disease?",
        "Can I donate blood if I finished treatment for Lyme disease?",
    ),
    (
        "Can I get a tattoo if I completed chemo last year?",
        "Can I get a tattoo if I have completed chemo last year?",
    ),
    # the same condition of the failure
    (
        "My deadbolt won't lock when the door is closed.",
        "My deadbolt doesn't lock when the door is closed.",
    ),
    ("Why won't my phone charge when it's on?", "Why doesn't my phone charge while it's on?"),
    # a hyphen between plain words is a spelling, in a prompt about code too
    ("How do I send an e-mail from Gmail?", "How do I send an email from Gmail?"),
    (
        "How do I validate an e-mail address in JavaScript?",
        "How do I validate an email address in JavaScript?",
    ),
    ("What does ${foo-bar} do in bash?", "what does ${foo-bar} do in bash"),
]


# -- hardening pass 6: an ordinary near-miss blind round 127 found served -----------------------

HARD_6_REFUSED = [
    # two abbreviations of joined letters that differ in a letter are different terms; the
    # word tokens drop the sign and a stopword letter ("R&I" reads as "r", as "R&R" does)
    (
        "What does R&I mean on a body shop estimate?",
        "What does R&R mean on a body shop estimate?",
        "content_mismatch",
    ),
    (
        "What does R & I mean on a body shop estimate?",
        "What does R and R mean on a body shop estimate?",
        "content_mismatch",
    ),
    (
        "What does R.I. mean on an estimate?",
        "What does R.R. mean on an estimate?",
        "content_mismatch",
    ),
    ("What does D&I stand for in HR?", "What does D&D stand for in HR?", "content_mismatch"),
    ("What does a P&I club do?", "What does a P&A club do?", "content_mismatch"),
    ("How do I book a B&I appointment?", "How do I book a B&B appointment?", "content_mismatch"),
    (
        "What does I/O mean on a spec sheet?",
        "What does I/A mean on a spec sheet?",
        "content_mismatch",
    ),
    # a letter dropped from a part
    ("Is AT&T a good carrier?", "Is A&T a good carrier?", "content_mismatch"),
]

HARD_6_SERVED = [
    # one term, in another case or spacing, or with its "&" spelled out
    (
        "What does R&R mean on a body shop estimate?",
        "What does r&r mean on a body shop estimate?",
    ),
    (
        "What does R&R mean on a body shop estimate?",
        "What does R & R mean on a body shop estimate?",
    ),
    (
        "What does R&R mean on a body shop estimate?",
        "What does R and R mean on a body shop estimate?",
    ),
    ("What is a P&L statement?", "What's a p&l statement?"),
    ("How do I prepare for a Q&A session?", "How do I prepare for a Q & A session?"),
    ("Is AT&T a good carrier?", "Is AT & T a good carrier?"),
    ("What does A/C mean on a car?", "What does a/c mean on a car?"),
    # two spelled-out letters, as a pair of variables
    ("What is the difference between X and Y?", "What's the difference between X and Y?"),
]


# -- hardening pass 7: an ordinary near-miss blind round 129 found served --------------------

HARD_7_REFUSED = [
    # a letter grade's sign: the word tokens keep the letter and drop a trailing minus
    (
        "Will a C- from community college transfer?",
        "Will a C from community college transfer?",
        "symbol_mismatch",
    ),
    ("Is a C- a passing grade?", "Is a C a passing grade?", "symbol_mismatch"),
    ("Is an F- still a fail?", "Is an F still a fail?", "symbol_mismatch"),
    (
        "Can I get into med school with an A- average?",
        "Can I get into med school with an A average?",
        "symbol_mismatch",
    ),
    ("Is a B+ a good grade?", "Is a B a good grade?", "symbol_mismatch"),
    ("Is an A- better than an A+?", "Is an A- better than an A?", "symbol_mismatch"),
    # the sign written out
    ("Will a C minus transfer?", "Will a C transfer?", "symbol_mismatch"),
    ("Does a B-plus count toward honors?", "Does a B count toward honors?", "symbol_mismatch"),
    # blood types
    ("Can O- blood be given to anyone?", "Can O+ blood be given to anyone?", "symbol_mismatch"),
    ("Is AB- blood rare?", "Is AB blood rare?", "symbol_mismatch"),
]

HARD_7_SERVED = [
    # one grade, its sign written out or not, its letter in another case
    (
        "Will a C- from community college transfer?",
        "Will a C minus from community college transfer?",
    ),
    ("Will a C- transfer?", "Will a C-minus transfer?"),
    ("Is a B plus good?", "Is a B+ good?"),
    ("Is a C minus a passing grade?", "Is a C- a passing grade?"),
    ("Will a C from community college transfer?", "Will a c from community college transfer?"),
    ("Is AB+ blood rare?", "Is AB+ blood really rare?"),
    # a hyphen that is no sign (a word), and the article before "plus sign"
    ("How long to recover from a C-section?", "How long to recover from a C section?"),
    ("What is B-roll footage?", "What is B roll footage?"),
    ("What is an A-list celebrity?", "What is an A list celebrity?"),
    ("What does a plus sign mean?", "What does A plus sign mean?"),
]


# -- hardening pass 8: an ordinary near-miss blind round 132 found served --------------------

HARD_8_REFUSED = [
    # two numbers traded between the clauses they are said of, the clauses themselves
    # swapped around "and" (the numbers still read in one order)
    (
        "The car behind me was doing 20 over and I was doing 10 over, but the cop pulled me "
        "over. Can I argue that?",
        "I was doing 20 over and the car behind me was doing 10 over, but the cop pulled me "
        "over. Can I argue that?",
        "number_mismatch",
    ),
    (
        "The guy next to me had 5 beers and I had 2 beers, but the bartender cut me off. "
        "Is that legal?",
        "I had 5 beers and the guy next to me had 2 beers, but the bartender cut me off. "
        "Is that legal?",
        "number_mismatch",
    ),
    (
        "The kid next to me scored 90 and I scored 70, but the teacher failed me. Can I appeal?",
        "I scored 90 and the kid next to me scored 70, but the teacher failed me. Can I appeal?",
        "number_mismatch",
    ),
    (
        "The coworker beside me worked 60 hours and I worked 40 hours, but the boss promoted "
        "me. Is that fair?",
        "I worked 60 hours and the coworker beside me worked 40 hours, but the boss promoted "
        "me. Is that fair?",
        "number_mismatch",
    ),
    (
        "The truck in front of me was doing 80 and I was doing 65, but the trooper ticketed "
        "me. Can I fight it?",
        "I was doing 80 and the truck in front of me was doing 65, but the trooper ticketed "
        "me. Can I fight it?",
        "number_mismatch",
    ),
    # the clauses kept in place, the numbers traded between them
    (
        "My wife earns 80k and I earn 50k. Should we file jointly?",
        "My wife earns 50k and I earn 80k. Should we file jointly?",
        "number_mismatch",
    ),
    (
        "The 10 mg dose is for adults and the 5 mg dose is for kids, right?",
        "The 5 mg dose is for adults and the 10 mg dose is for kids, right?",
        "number_mismatch",
    ),
]

HARD_8_SERVED = [
    # the same numbers listed in another order, nothing said of each
    ("Pick a number between 10 and 20.", "Pick a number between 20 and 10."),
    ("Compare 5 and 7.", "Compare 7 and 5."),
    ("What is the sum of 12 and 30?", "What is the sum of 30 and 12?"),
    ("Is 17 or 19 a prime number?", "Is 19 or 17 a prime number?"),
    ("Should I buy the 64 GB or the 128 GB model?", "Should I buy the 128 GB or the 64 GB model?"),
]

# -- hardening pass 9: ordinary near-misses blind rounds 134-136 found served --------------

HARD_9_REFUSED = [
    # an othering modifier (different / other / same ...) moved to another noun, the words
    # the same (moved.modifier_moved)
    (
        "Can my kid ride the bus to a different school in the district?",
        "Can my kid ride the bus to a school in a different district?",
        "direction_swap",
    ),
    (
        "Can I apply to a different job at the company?",
        "Can I apply to the job at a different company?",
        "direction_swap",
    ),
    (
        "Can I order a different dish from the restaurant?",
        "Can I order the dish from a different restaurant?",
        "direction_swap",
    ),
    # someone else's against one's own or the one named (moved.own_against_other)
    (
        "Can a co-op share a student's grades with other parents?",
        "Can a co-op share a student's grades with the student's parents?",
        "owner_mismatch",
    ),
    (
        "Can co-op parents discipline other people's kids?",
        "Can co-op parents discipline their own kids at co-op?",
        "owner_mismatch",
    ),
    (
        "Can a doctor discuss a patient's results with other relatives?",
        "Can a doctor discuss a patient's results with the patient's relatives?",
        "owner_mismatch",
    ),
    (
        "Can a landlord enter other tenants' units?",
        "Can a landlord enter his own units?",
        "owner_mismatch",
    ),
    ("Can a coach bench other players' kids?", "Can a coach bench his own kids?", "owner_mismatch"),
    (
        "Can a manager read other employees' emails?",
        "Can a manager read the employee's emails?",
        "owner_mismatch",
    ),
    (
        "Can parents discipline other kids at the park?",
        "Can parents discipline their kids at the park?",
        "owner_mismatch",
    ),
    # an un- word against its stem in another construction, the stem said on both sides
    # (moved.prefix_negated)
    (
        "Should I buy a used textbook that includes an unused access code?",
        "Should I buy a used textbook whose access code is already used?",
        "negation_mismatch",
    ),
    (
        "Should I buy a painted house with an unpainted fence?",
        "Should I buy a painted house whose fence is already painted?",
        "negation_mismatch",
    ),
    (
        "Can I sell a locked phone with an unlocked SIM card?",
        "Can I sell a locked phone whose SIM card is also locked?",
        "negation_mismatch",
    ),
    (
        "Can I return a worn jacket with an unworn hat?",
        "Can I return a worn jacket whose hat is already worn?",
        "negation_mismatch",
    ),
]

HARD_9_SERVED = [
    # the othering modifiers kept on their nouns
    (
        "Can I switch to a different plan with the same carrier?",
        "With the same carrier, can I switch to a different plan?",
    ),
    (
        "Can I order a different dish from the same restaurant?",
        "Can I order a different dish from that same restaurant?",
    ),
    # someone else's on both sides, or one's own on both
    (
        "Can co-op parents discipline other people's kids?",
        "Can co-op parents discipline other parents' kids?",
    ),
    ("Can a landlord enter his own units?", "Can a landlord enter his units?"),
    # a passive turned round (round 122, kept served)
    (
        "My horse was kicked by another horse in the paddock. What should I check?",
        "Another horse kicked my horse in the paddock - what should I check?",
    ),
    (
        "Can a co-op share a student's grades with the student's parents?",
        "Can a co-op share a student's grades with the student's own parents?",
    ),
    # the un- word and its stem said of the same things on both sides
    (
        "Should I buy a used textbook that includes an unused access code?",
        "Should I buy a used textbook with an access code that is still unused?",
    ),
    (
        "Can I use a used charger for an unused phone?",
        "Can I use a charger that was used for a phone that is unused?",
    ),
]

# -- hardening pass 10: ordinary near-misses blind rounds 138, 140 and 143 found served ---

HARD_10_REFUSED = [
    # the span of time asked about changed (asker.span_changed)
    (
        "What's the best time of day to pick strawberries?",
        "What's the best time of year to pick strawberries?",
        "content_mismatch",
    ),
    (
        "What's the best time of day to go fishing for bass?",
        "What's the best time of year to go fishing for bass?",
        "content_mismatch",
    ),
    (
        "What's the best day of the week to post on Instagram?",
        "What's the best time of day to post on Instagram?",
        "content_mismatch",
    ),
    (
        "What time of year is cheapest to fly to Hawaii?",
        "What day of the week is cheapest to fly to Hawaii?",
        "content_mismatch",
    ),
    # the asker's stated role changed (asker.role_changed)
    (
        "As the property owner, can I tow a tenant's car?",
        "As a tenant, can I tow another tenant's car?",
        "content_mismatch",
    ),
    (
        "As a parent, can I read my kid's school emails?",
        "As a teacher, can I read a student's school emails?",
        "content_mismatch",
    ),
    (
        "I'm the employer, can I see an employee's medical records?",
        "I'm the employee, can I see another employee's medical records?",
        "content_mismatch",
    ),
    (
        "As the seller, who pays the closing costs?",
        "As a buyer, who pays the closing costs?",
        "content_mismatch",
    ),
    # a thing about to happen against the thing done (asker.imminent_against_done; round
    # 143's leftover)
    (
        "What should I do if my dog escaped the dog park?",
        "What should I do if my dog is about to escape the dog park?",
        "content_mismatch",
    ),
    (
        "What should I do if my car overheated on the highway?",
        "What should I do if my car is about to overheat on the highway?",
        "content_mismatch",
    ),
    (
        "My phone battery is about to die, how do I save it?",
        "My phone battery died, how do I save it?",
        "content_mismatch",
    ),
]

HARD_10_SERVED = [
    # the same span of time, said another way
    (
        "What's the best time of day to walk a dog in summer?",
        "In summer, what time of day is best for walking a dog?",
    ),
    (
        "What's the best time of year to prune an oak tree?",
        "When is the best time of the year to prune an oak tree?",
    ),
    (
        "What day of the week is cheapest to move?",
        "Which day of the week is the cheapest for moving?",
    ),
    # the same role, said another way
    (
        "As the property owner, can I tow a tenant's car?",
        "As the owner of the property, can I tow a tenant's car?",
    ),
    (
        "I'm a single dad, how do I write a dating bio?",
        "As a single father, how should I write my dating bio?",
    ),
    ("I'm a landlord, can I enter the unit?", "As a landlord, can I enter the unit?"),
    # "about to" on both sides
    (
        "What should I do if I'm about to faint?",
        "What should I do if I feel like I'm about to faint?",
    ),
    (
        "My lease is about to expire, what should I do?",
        "What should I do when my lease is about to expire?",
    ),
]

# -- hardening pass 11: ordinary near-misses blind rounds 147 and 148 found served ---------

HARD_11_REFUSED = [
    # the target of a behaviour changed (asker.target_changed)
    (
        "How do I find a sitter for a dog that's aggressive toward other dogs?",
        "How do I find a sitter for a dog that's aggressive toward people?",
        "content_mismatch",
    ),
    (
        "How do I stop my cat being aggressive toward other cats?",
        "How do I stop my cat being aggressive toward me?",
        "content_mismatch",
    ),
    (
        "My horse is nervous around tractors, how do I help him?",
        "My horse is nervous around other horses, how do I help him?",
        "content_mismatch",
    ),
    (
        "Why does my parrot hiss at my husband?",
        "Why does my parrot hiss at other birds?",
        "content_mismatch",
    ),
    # a rented or let thing against the asker's own (standing.rental_against_owned)
    (
        "Is it legal to put a little free library in front of my rental house?",
        "Is it legal to put a little free library in front of my own house?",
        "content_mismatch",
    ),
    (
        "Can I install solar panels on my rental condo?",
        "Can I install solar panels on my own condo?",
        "content_mismatch",
    ),
    (
        "I was in a minor accident with my rental. Do I need a police report?",
        "I was in a minor accident with my own car. Do I need a police report?",
        "content_mismatch",
    ),
]

HARD_11_SERVED = [
    # the same target, said another way
    ("Is my dog aggressive toward people?", "Is my dog aggressive towards humans?"),
    ("Is a beagle puppy good with kids?", "Are beagle puppies good with children?"),
    (
        "How do I stop my rescue dog from barking at strangers?",
        "My rescue dog barks at strangers. How can I make it stop?",
    ),
    # rented (or owned) on both sides
    (
        "Can I hang shelves in my rental apartment?",
        "Am I allowed to hang shelves in my rental apartment?",
    ),
    (
        "Can I keep chickens in my own backyard?",
        "Am I allowed to keep chickens in my own backyard?",
    ),
]

# -- hardening pass 12: ordinary near-misses blind rounds 151 and 70 found served ----------

HARD_12_REFUSED = [
    # a done thing against one still to come (asker.future_against_done)
    (
        "What should I do if I finished the translation late?",
        "What should I do if I will finish the translation late?",
        "content_mismatch",
    ),
    (
        "What should I do if I missed my connecting flight?",
        "What should I do if I am going to miss my connecting flight?",
        "content_mismatch",
    ),
    (
        "What happens if I forgot to renew my car registration?",
        "What happens if I will forget to renew my car registration?",
        "content_mismatch",
    ),
    (
        "How do I apologize to my boss if I sent the report with errors?",
        "How do I apologize to my boss if I'll send the report with errors?",
        "content_mismatch",
    ),
    (
        "Can I get a refund if my dog chewed the rental couch?",
        "Can I get a refund if my dog is going to chew the rental couch?",
        "content_mismatch",
    ),
    # the doer of an "if" clause the asker on one side, another on the other, an adverb
    # said on one side only (asker.clause_doer_changed; round 70)
    (
        "Can a client trademark a logo I designed if I still hold the copyright?",
        "Can a client trademark a logo I designed if they hold the copyright?",
        "content_mismatch",
    ),
    (
        "Do I get the deposit back if I already paid the first month's rent?",
        "Do I get the deposit back if they paid the first month's rent?",
        "content_mismatch",
    ),
    (
        "Can the bank repossess the car if we still owe money on it?",
        "Can the bank repossess the car if they owe money on it?",
        "content_mismatch",
    ),
    (
        "Who is liable for the damage if she still drives the car?",
        "Who is liable for the damage if I drive the car?",
        "content_mismatch",
    ),
]

HARD_12_SERVED = [
    # still to come (or done) on both sides, said another way
    (
        "What should I do if I will finish the translation late?",
        "What should I do if I'm going to finish the translation late?",
    ),
    (
        "What should I do if I missed my connecting flight?",
        "What should I do if I've missed my connecting flight?",
    ),
    (
        "What happens if I forget to renew my car registration?",
        "What will happen if I forget to renew my car registration?",
    ),
    (
        "How do I tell my boss I'll send the report late?",
        "How do I tell my boss that I will send the report late?",
    ),
    ("Who will win the election?", "Who is going to win the election?"),
    # the same doer on both sides
    (
        "Can a client trademark a logo I designed if I still hold the copyright?",
        "If I still hold the copyright, can a client trademark a logo I designed?",
    ),
    (
        "Can the bank repossess the car if we still owe money on it?",
        "Is the bank able to repossess the car if we still owe money on it?",
    ),
]

# -- hardening pass 13: ordinary near-misses blind rounds 152 and 154 found served ---------

HARD_13_REFUSED = [
    # one shared thing against separate ones (shared.one_against_separate; round 152)
    (
        "My connection in Madrid is on the same ticket; do I recheck my bag?",
        "My connection in Madrid is on a separate ticket; do I recheck my bag?",
        "content_mismatch",
    ),
    (
        "Should we file a joint return this year after getting married?",
        "Should we file separate returns this year after getting married?",
        "content_mismatch",
    ),
    (
        "Do the twins need the same car seat in the back?",
        "Do the twins need separate car seats in the back?",
        "content_mismatch",
    ),
    (
        "Can my wife and I use the same account for our business expenses?",
        "Can my wife and I use different accounts for our business expenses?",
        "content_mismatch",
    ),
    # a comparison against sameness, the rest word for word
    # (shared.comparison_against_sameness; round 154)
    (
        "Should I give my maid of honor a bigger gift than my bridesmaids?",
        "Should I give my maid of honor the same gift as my bridesmaids?",
        "content_mismatch",
    ),
    (
        "Should my toddler get a bigger portion than my older son?",
        "Should my toddler get the same portion as my older son?",
        "content_mismatch",
    ),
    (
        "Do I need a higher deductible than my spouse on our plan?",
        "Do I need the same deductible as my spouse on our plan?",
        "content_mismatch",
    ),
    (
        "Is a Roth IRA better than a traditional IRA?",
        "Is a Roth IRA the same as a traditional IRA?",
        "content_mismatch",
    ),
]

HARD_13_SERVED = [
    # one thing on both sides, said another way
    (
        "My connection in Madrid is on the same ticket; do I recheck my bag?",
        "My connection in Madrid is on one ticket; do I recheck my bag?",
    ),
    (
        "My connection in Madrid is on the same ticket; do I recheck my bag?",
        "My connection in Madrid is on a single ticket; do I recheck my bag?",
    ),
    (
        "Can my wife and I use one account for our business expenses?",
        "Can my wife and I use a single account for our business expenses?",
    ),
    # a comparison on both sides, or sameness on both
    (
        "Should I give my maid of honor a bigger gift than my bridesmaids?",
        "Should I give my maid of honor a larger gift than my bridesmaids?",
    ),
    (
        "Should my toddler get a bigger portion than my older son?",
        "Should my toddler get a larger portion than my older son?",
    ),
    (
        "Is a Roth IRA the same as a traditional IRA?",
        "Is a Roth IRA the same thing as a traditional IRA?",
    ),
]

# -- hardening pass 14: ordinary near-misses blind rounds 155-157 found served ------------

HARD_14_REFUSED = [
    # a noun against its complement, the rest word for word (complements.complement_added)
    (
        "How often should a 10U team practice in season?",
        "How often should a 10U team practice in the off season?",
        "negation_mismatch",
    ),
    (
        "How do I handle my kid's first sleepover away from home?",
        "How do I handle my kid's first sleepover at our home?",
        "negation_mismatch",
    ),
    (
        "Is it cheaper to fly during peak season?",
        "Is it cheaper to fly during the off-peak season?",
        "negation_mismatch",
    ),
    (
        "Can I call my doctor during office hours?",
        "Can I call my doctor outside of office hours?",
        "negation_mismatch",
    ),
    (
        "Should I eat before working out at home?",
        "Should I eat before working out away from home?",
        "negation_mismatch",
    ),
]

HARD_14_SERVED = [
    # the complement on both sides, said another way
    (
        "What do pro hockey players do in the off season?",
        "What do pro hockey players do during the offseason?",
    ),
    (
        "How do I help my kid on her first night away from home?",
        "How do I help my kid on her first night away from our home?",
    ),
    (
        "Is it safe to leave my dog at home alone?",
        "Is it safe to leave my dog home alone?",
    ),
]

# -- hardening pass 15: an ordinary near-miss blind round 158 found served -----------------

HARD_15_REFUSED = [
    # a shot or a test named by its illness against the illness itself
    # (illnesses.measure_against_illness)
    (
        "Is it okay to let my son play football the day after getting a flu shot?",
        "Is it okay to let my son play football the day after having the flu?",
        "content_mismatch",
    ),
    (
        "Can I go back to work the day after a covid test?",
        "Can I go back to work the day after having covid?",
        "content_mismatch",
    ),
    (
        "Does my dog need a rabies shot before boarding?",
        "Does my dog need rabies before boarding?",
        "content_mismatch",
    ),
    (
        "How soon after a strep test can my kid go back to school?",
        "How soon after strep can my kid go back to school?",
        "content_mismatch",
    ),
    (
        "Can my toddler get the measles vaccine early?",
        "Can my toddler get measles early?",
        "content_mismatch",
    ),
]

HARD_15_SERVED = [
    # a shot or a test on both sides, said another way
    (
        "Is a flu shot safe during pregnancy?",
        "Is a flu vaccine safe during pregnancy?",
    ),
    (
        "Can I exercise after a covid test?",
        "Can I exercise after testing for covid?",
    ),
    (
        "Can I exercise after getting a flu shot?",
        "Can I exercise after getting my flu shot?",
    ),
]

# -- hardening pass 16: ordinary near-misses blind rounds 161-163 found served -------------

HARD_16_REFUSED = [
    # this one against another one, the noun kept (shared.same_against_other)
    (
        "Do I still need to pay the meter if I have a residential permit for that zone?",
        "Do I still need to pay the meter if I have a residential permit for a different zone?",
        "content_mismatch",
    ),
    (
        "Can I use my gym membership at that location?",
        "Can I use my gym membership at a different location?",
        "content_mismatch",
    ),
    (
        "Does my warranty cover repairs at this dealership?",
        "Does my warranty cover repairs at another dealership?",
        "content_mismatch",
    ),
    # the same size against a larger one, no "than" (shared.same_against_other)
    (
        "Can I reuse an old frame for a new photo of the same size?",
        "Can I reuse an old frame for a new photo of a larger size?",
        "content_mismatch",
    ),
    (
        "Can I use my old curtain rod for a window of the same width?",
        "Can I use my old curtain rod for a window of a greater width?",
        "content_mismatch",
    ),
    (
        "Can I use last year's tires on a rim of the same size?",
        "Can I use last year's tires on a rim of a bigger size?",
        "content_mismatch",
    ),
    # a condition that has ended against one still present (timing.ended_against_present)
    (
        "Is it okay to skateboard after an ankle sprain heals?",
        "Is it okay to skateboard with a sprained ankle?",
        "content_mismatch",
    ),
    (
        "Can I go swimming after my ear infection clears up?",
        "Can I go swimming with an ear infection?",
        "content_mismatch",
    ),
    (
        "Is it safe to lift weights once a hernia has healed?",
        "Is it safe to lift weights with a hernia?",
        "content_mismatch",
    ),
]

HARD_16_SERVED = [
    # another one said two ways, this one said two ways
    (
        "Can I use a different charger for my laptop?",
        "Can I use another charger for my laptop?",
    ),
    (
        "Can I park in a different zone with my permit?",
        "Can I park in another zone with my permit?",
    ),
    (
        "Can I reuse an old frame for a new photo of the same size?",
        "Can I reuse an old frame for a new photo of the exact same size?",
    ),
    # the condition ended on both sides, or present on both
    (
        "Is it okay to skateboard after an ankle sprain heals?",
        "Is it okay to skateboard after a sprained ankle heals?",
    ),
    (
        "Is it okay to skateboard with a sprained ankle?",
        "Is it okay to skateboard on a sprained ankle?",
    ),
]

# -- hardening pass 17: ordinary near-misses blind round 165 found served -----------------

HARD_17_REFUSED = [
    # "from" (a source) / "of", "to" (what the act is done to) after a noun
    # (relations.source_against_object)
    (
        "Does renters insurance cover theft from my car?",
        "Does renters insurance cover theft of my car?",
        "content_mismatch",
    ),
    (
        "Does my travel insurance cover theft from my hotel room?",
        "Does my travel insurance cover theft of my hotel room?",
        "content_mismatch",
    ),
    (
        "Does my policy cover the loss from my business?",
        "Does my policy cover the loss of my business?",
        "content_mismatch",
    ),
    # things a participle took out of a noun / that noun itself
    # (relations.taken_from_against_owned)
    (
        "What should I do about things stolen from my car?",
        "What should I do about my stolen car?",
        "content_mismatch",
    ),
    (
        "Can I claim money stolen from my wallet on insurance?",
        "Can I claim my stolen wallet on insurance?",
        "content_mismatch",
    ),
    (
        "How do I recover photos lost from my phone?",
        "How do I recover my lost phone?",
        "content_mismatch",
    ),
]

HARD_17_SERVED = [
    # "of" and "from" read the same after an adjective or a verb
    (
        "Is it normal to be jealous of my ex?",
        "Is it normal to be jealous from my ex?",
    ),
    (
        "Is a table made of oak sturdy?",
        "Is a table made from oak sturdy?",
    ),
    (
        "Can you die of a broken heart?",
        "Can you die from a broken heart?",
    ),
    # the same preposition, the noun itself said two ways
    (
        "Does renters insurance cover theft of my car?",
        "Does renters insurance cover the theft of my car?",
    ),
    (
        "What should I do about my stolen car?",
        "What should I do about my car that was stolen?",
    ),
]

# -- hardening pass 18: ordinary near-misses blind rounds 167-169 found served -----------

HARD_18_REFUSED = [
    # "into" / "out of" after the verb, the same noun (reversals.into_against_out_of)
    (
        "How do I fix a riding mower that won't go into gear?",
        "How do I fix a riding mower that won't come out of gear?",
        "content_mismatch",
    ),
    (
        "My phone won't go into recovery mode, what do I do?",
        "My phone won't come out of recovery mode, what do I do?",
        "content_mismatch",
    ),
    (
        "How do I fix a car that won't go into reverse?",
        "How do I fix a car that won't come out of reverse?",
        "content_mismatch",
    ),
    # a cause / the fear (threat, forecast) of it (reversals.cause_against_fear)
    (
        "Does travel insurance cover a cancelled trip due to a hurricane?",
        "Does travel insurance cover a cancelled trip due to fear of a hurricane?",
        "content_mismatch",
    ),
    (
        "Can I cancel my flight because of a strike?",
        "Can I cancel my flight because of the threat of a strike?",
        "content_mismatch",
    ),
    (
        "Will the school close because of a snowstorm?",
        "Will the school close because of the forecast of a snowstorm?",
        "content_mismatch",
    ),
    # two nouns traded, only pronouns differ besides (reversals.traded_with_pronouns)
    (
        "My adopted dog has fleas. Can I use a cat flea treatment on him?",
        "My adopted cat has fleas. Can I use a dog flea treatment on her?",
        "content_mismatch",
    ),
    (
        "My dog has worms. Can I give him a cat dewormer?",
        "My cat has worms. Can I give her a dog dewormer?",
        "content_mismatch",
    ),
    (
        "My husband is allergic to my cat. Should he avoid the dog too?",
        "My husband is allergic to my dog. Should she avoid the cat too?",
        "content_mismatch",
    ),
]

HARD_18_SERVED = [
    (
        "How do I fix a riding mower that won't go into gear?",
        "How can I fix a riding mower that won't go into gear?",
    ),
    (
        "How do I get out of safe mode on Windows 10?",
        "How can I get out of safe mode on Windows 10?",
    ),
    (
        "Does travel insurance cover a cancelled trip due to a hurricane?",
        "Does travel insurance cover a trip cancelled due to a hurricane?",
    ),
    (
        "Can I cancel my flight due to the threat of a strike?",
        "Could I cancel my flight due to the threat of a strike?",
    ),
    (
        "Does home insurance cover damage due to a flood?",
        "Does home insurance cover the damage due to a flood?",
    ),
    (
        "My adopted dog has fleas. Can I use a cat flea treatment on him?",
        "My adopted dog has fleas. Is it OK to use a cat flea treatment on him?",
    ),
    (
        "My dog has worms. Can I give him a cat dewormer?",
        "My dog has worms, can I give him a cat dewormer?",
    ),
    (
        "My dog has fleas. Can I use a cat flea treatment on him?",
        "My dog has fleas, can I use a cat flea treatment on him?",
    ),
]


# -- hardening pass 19: ordinary near-misses blind rounds 170-172 found served at 0.91 / 0.90 -

HARD_19_REFUSED = [
    # the asker's thing fine, someone else's in trouble / the asker's in trouble
    # (owners.fine_but_others)
    (
        "My well water is fine but my neighbor's tested high for nitrates. Should I worry?",
        "My well water tested high for nitrates. Should I worry?",
        "owner_mismatch",
    ),
    (
        "My car is fine but my son's won't start. What should I check?",
        "My car won't start. What should I check?",
        "owner_mismatch",
    ),
    (
        "My lawn looks great while my neighbor's has brown patches. Why?",
        "My lawn has brown patches. Why?",
        "owner_mismatch",
    ),
    # the asker's own / a public or shared one (owners.public_against_own)
    (
        "Can I cut down a tree on my property without a permit?",
        "Can I cut down a tree on public property without a permit?",
        "owner_mismatch",
    ),
    (
        "Can I park in my driveway overnight?",
        "Can I park in a shared driveway overnight?",
        "owner_mismatch",
    ),
    (
        "Can I plant a garden on our land?",
        "Can I plant a garden on city land?",
        "owner_mismatch",
    ),
    (
        "Can I fish in my pond without a license?",
        "Can I fish in a public pond without a license?",
        "owner_mismatch",
    ),
]

HARD_19_SERVED = [
    (
        "My well water is fine but my neighbor's tested high for nitrates. Should I worry?",
        "My well water is fine, but my neighbor's well tested high for nitrates. Should I worry?",
    ),
    (
        "My well water looked clear but tested high for nitrates. Should I worry?",
        "My well water tested high for nitrates. Should I worry?",
    ),
    (
        "Can I cut down a tree on my property without a permit?",
        "Can I cut down a tree on my own property without a permit?",
    ),
    (
        "Can I build a shed on my land without a permit?",
        "Can I build a shed on my own land without a permit?",
    ),
    (
        "Can I cut down a tree on my property?",
        "Can I cut down a tree on property I own?",
    ),
    ("How do I treat my cold?", "How do I treat the common cold?"),
]

# -- hardening pass 20: ordinary near-misses blind rounds 173-175 found served ----------------

HARD_20_REFUSED = [
    # what is underneath and what goes on it traded around "with" (layers.means_traded)
    ("Can you paint over latex with oil?", "Can you paint over oil with latex?", "direction_swap"),
    (
        "Can you cover plywood with drywall?",
        "Can you cover drywall with plywood?",
        "direction_swap",
    ),
    ("Can you top pizza with pineapple?", "Can you top pineapple with pizza?", "direction_swap"),
    (
        "Is it okay to line a baking sheet with foil?",
        "Is it okay to line foil with a baking sheet?",
        "direction_swap",
    ),
    (
        "Can I coat cast iron with olive oil?",
        "Can I coat olive oil with cast iron?",
        "direction_swap",
    ),
    # a negation moved to another verb (layers.negation_moved)
    (
        "How do I return a meal kit I didn't order?",
        "How do I return a meal kit I did order but don't want?",
        "negation_mismatch",
    ),
    (
        "Can I get a refund for a ticket I didn't buy?",
        "Can I get a refund for a ticket I did buy but can't use?",
        "negation_mismatch",
    ),
    (
        "What if my landlord didn't sign the lease?",
        "What if my landlord did sign the lease but won't honor it?",
        "negation_mismatch",
    ),
]

HARD_20_SERVED = [
    # "with" after a verb that joins two things: either order
    ("Can I mix flour with water?", "Can I mix water with flour?"),
    ("Can I take ibuprofen with Tylenol?", "Can I take Tylenol with ibuprofen?"),
    ("Can you paint over latex with oil?", "Is it possible to paint over latex with oil?"),
    ("Can I cover drywall with plywood?", "Can I cover drywall with plywood sheets?"),
    # the same verb denied, or a negation raised
    (
        "How do I return a meal kit I didn't order?",
        "How can I return a meal kit I did not order?",
    ),
    ("I don't think I should go", "I think I shouldn't go"),
    (
        "Why did my crystals not grow in my science fair experiment?",
        "Why didn't my crystals grow for my science fair experiment?",
    ),
    (
        "Why doesn't my phone charge when I do plug it in?",
        "Why doesn't my phone charge when I plug it in?",
    ),
]

# -- hardening pass 21: ordinary near-misses blind rounds 176-178 found served ----------------

HARD_21_REFUSED = [
    # the thing acted on and the means traded around "with" (layers.means_traded)
    (
        "Should I pay off my payday loan with my overdraft?",
        "Should I pay off my overdraft with a payday loan?",
        "direction_swap",
    ),
    (
        "Can I treat acne with tea tree oil?",
        "Can I treat tea tree oil with acne?",
        "direction_swap",
    ),
    ("Should I fund my IRA with my 401k?", "Should I fund my 401k with my IRA?", "direction_swap"),
    (
        "Can I clean my cast iron pan with vinegar?",
        "Can I clean vinegar with my cast iron pan?",
        "direction_swap",
    ),
    # where a thing is for against where the act happens (layers.purpose_against_place)
    (
        "Can an Ohio notary notarize a document for use in Texas?",
        "Can an Ohio notary notarize a document while physically in Texas?",
        "content_mismatch",
    ),
    (
        "Can I fill a prescription for use in Canada?",
        "Can I fill a prescription while in Canada?",
        "content_mismatch",
    ),
    (
        "Can I buy travel insurance for use in Mexico?",
        "Can I buy travel insurance while I'm in Mexico?",
        "content_mismatch",
    ),
    # a negation moved off the verb onto another noun (layers.negation_to_noun)
    (
        "Why didn't my order arrive?",
        "Why did my order arrive but not the receipt?",
        "negation_mismatch",
    ),
    (
        "Why didn't my paycheck clear?",
        "Why did my paycheck clear but not my bonus?",
        "negation_mismatch",
    ),
    (
        "Why doesn't my laptop charge?",
        "Why does my laptop charge but not my phone?",
        "negation_mismatch",
    ),
]

HARD_21_SERVED = [
    # "with" after a verb that joins two things as equals, or after no verb: either order
    ("Should I pair red wine with steak?", "Should I pair steak with red wine?"),
    (
        "How do I balance my day job with weekend gigs?",
        "How can I balance weekend gigs with my day job?",
    ),
    ("Is rice with chicken good for dogs?", "Is chicken with rice good for dogs?"),
    (
        "Should I pay off my payday loan with my overdraft?",
        "Should I pay off my payday loan using my overdraft?",
    ),
    # the purpose said twice, or the place of the act said twice
    (
        "Can an Ohio notary notarize a document for use in Texas?",
        "Can an Ohio notary notarize a document to be used in Texas?",
    ),
    (
        "Can I fill a prescription while in Canada?",
        "Can I fill a prescription while I'm in Canada?",
    ),
    ("Can I buy a SIM card for use in Japan?", "Can I buy a SIM card to use while in Japan?"),
    # the verb denied on both sides
    ("Why didn't my order arrive?", "Why did my order not arrive?"),
    ("Why doesn't my laptop charge?", "Why does my laptop not charge?"),
]

# -- hardening pass 22: ordinary near-misses blind rounds 179-181 found served ----------------

HARD_22_REFUSED = [
    # a modifier added to a noun of a prompt said in another order
    # (layers.modifier_added_reordered)
    (
        "Is venom immunotherapy needed after one wasp sting reaction?",
        "Is venom immunotherapy needed after a local reaction to a wasp sting?",
        "added_detail",
    ),
    (
        "Should I get a tetanus shot after one dog bite wound?",
        "Should I get a tetanus shot after a deep wound from a dog bite?",
        "added_detail",
    ),
    (
        "Is my landlord liable for a water pipe leak?",
        "Is my landlord liable for a slow leak from a water pipe?",
        "added_detail",
    ),
    (
        "Do I need a permit for a garden shed build?",
        "Do I need a permit for a large build of a garden shed?",
        "added_detail",
    ),
    (
        "Is my landlord liable for a leak from a water pipe?",
        "Is my landlord liable for a slow water pipe leak?",
        "added_detail",
    ),
]

HARD_22_SERVED = [
    # the same noun said in another order, no word added
    (
        "Is venom immunotherapy needed after a wasp sting reaction?",
        "Is venom immunotherapy needed after a reaction to a wasp sting?",
    ),
    (
        "Should I get a tetanus shot after a dog bite wound?",
        "Should I get a tetanus shot after a wound from a dog bite?",
    ),
    (
        "Is my landlord liable for a water pipe leak?",
        "Is my landlord liable for a leak from a water pipe?",
    ),
    ("How do I fix a kitchen sink leak?", "How do I fix a leak in my kitchen sink?"),
]

# -- hardening pass 23 ---------------------------------------------------------------------------

HARD_23_REFUSED = [
    # a thing's worn condition against a new one, the rest the same
    # (layers.condition_against_new)
    (
        "What's a fair price for a used bear rug?",
        "What's a fair price for a brand new bear rug?",
        "content_mismatch",
    ),
    (
        "What's a fair price for a used car?",
        "What's a fair price for a new car?",
        "content_mismatch",
    ),
    (
        "What's the resale value of a used Peloton?",
        "What's the resale value of a brand-new Peloton?",
        "content_mismatch",
    ),
    (
        "How much should I pay for a second-hand wedding dress?",
        "How much should I pay for a brand new wedding dress?",
        "content_mismatch",
    ),
    ("Is a like-new couch worth $500?", "Is a brand-new couch worth $500?", "content_mismatch"),
    (
        "How much is a used iPhone 12 worth?",
        "How much is a brand new iPhone 12 worth?",
        "content_mismatch",
    ),
]

HARD_23_SERVED = [
    # conditions of one kind: a worn one for a worn one, a new one for a new one
    (
        "What's a fair price for a used bear rug?",
        "What's a fair price for a second-hand bear rug?",
    ),
    (
        "How much is a used Rolex Submariner worth?",
        "How much is a pre-owned Rolex Submariner worth?",
    ),
    ("Is it worth buying a brand-new iPhone 15?", "Is it worth buying a brand new iPhone 15?"),
    ("Should I buy new or used?", "Should I buy used or new?"),
]

# -- hardening pass 24 ---------------------------------------------------------------------------

HARD_24_REFUSED = [
    # "all N" against "N with X" (no quantifier), the restriction new to the noun
    # (layers.quantifier_restricted)
    (
        "Do all wood houses need cripple wall bracing?",
        "Do wood houses with cripple walls need bracing?",
        "added_detail",
    ),
    (
        "Can all owners vote in the condo board election?",
        "Can owners who are behind on fees vote in the condo board election?",
        "added_detail",
    ),
    (
        "Do all older cars need premium gas?",
        "Do older cars with turbo engines need premium gas?",
        "added_detail",
    ),
    (
        "Should every dog get the lepto vaccine?",
        "Should dogs that hike in the woods get the lepto vaccine?",
        "added_detail",
    ),
    (
        "Can all tenants sublet their apartment?",
        "Can tenants whose lease allows it sublet their apartment?",
        "added_detail",
    ),
]

HARD_24_SERVED = [
    # the quantifier dropped alone, or the same restriction on both sides
    ("Do all older cars need premium gas?", "Do older cars need premium gas?"),
    (
        "Do all houses with cripple walls need bracing?",
        "Do houses with cripple walls need bracing?",
    ),
    (
        "Do all wood houses with cripple walls need bracing?",
        "Does every wood house with cripple walls need bracing?",
    ),
    (
        "Do all laptops with Windows need antivirus software?",
        "Does every Windows laptop need antivirus software?",
    ),
    # "with" after a verb restricts no noun
    ("Do all solar panels come with a warranty?", "Do solar panels come with a warranty?"),
]

# -- hardening pass 25 ---------------------------------------------------------------------------

HARD_25_REFUSED = [
    # a relative clause put after a noun narrows the thing asked about, "my" against "a"
    # (layers.relative_clause_added)
    (
        "Do I need to declare my wedding ring coming into the US?",
        "Do I need to declare a wedding ring I bought abroad coming into the US?",
        "added_detail",
    ),
    (
        "Do I need to declare my wedding ring coming into the US?",
        "Do I need to declare a wedding ring I got as a gift coming into the US?",
        "added_detail",
    ),
    (
        "Do I have to pay tax on my car?",
        "Do I have to pay tax on a car I inherited?",
        "added_detail",
    ),
    (
        "Is my laptop covered by the warranty?",
        "Is a laptop I dropped in water covered by the warranty?",
        "added_detail",
    ),
    (
        "Can I sell my piano on Craigslist?",
        "Can I sell a piano that I found on the street on Craigslist?",
        "added_detail",
    ),
]

HARD_25_SERVED = [
    # the clause only says the asker holds the thing
    (
        "Do I need to declare my wedding ring coming into the US?",
        "Do I need to declare the wedding ring I own coming into the US?",
    ),
    ("Can I take my laptop on the plane?", "Can I take the laptop I have on the plane?"),
    ("How do I clean my leather couch?", "How do I clean the leather couch that I have?"),
    ("Should I insure my car?", "Should I insure the car I currently drive?"),
    ("Can I return my shoes to Nike?", "Can I return the shoes I bought to Nike?"),
    ("What happens if I miss my ferry?", "If I miss the ferry I booked, what happens?"),
]

HARD_26_REFUSED = [
    # a minus sign typed on a number after a contraction or a one-letter word ("it's -20°F",
    # "I'm -3", "a -2.5"): closed up with the word as an operator, the parse had lost it
    # (notation._operator); a minus said in words ("minus 15", "10 below zero") is the sign
    # (quantities.surface)
    (
        "How do I keep my goats warm when it's 20°F outside?",
        "How do I keep my goats warm when it's -20°F outside?",
        "number_mismatch",
    ),
    (
        "Can I pour concrete when it's -5°C?",
        "Can I pour concrete when it's 5°C?",
        "number_mismatch",
    ),
    (
        "Can my dog stay outside when it's \u221210 °C?",
        "Can my dog stay outside when it's 10 °C?",
        "number_mismatch",
    ),
    (
        "I'm -4.5 in both eyes, am I a candidate for LASIK?",
        "I'm 4.5 in both eyes, am I a candidate for LASIK?",
        "number_mismatch",
    ),
    (
        "Is a -2.5 prescription considered nearsighted?",
        "Is a 2.5 prescription considered nearsighted?",
        "number_mismatch",
    ),
    (
        "Can my chickens survive at minus 15 degrees?",
        "Can my chickens survive at 15 degrees?",
        "number_mismatch",
    ),
    (
        "Will my pipes freeze when it's 10 below zero?",
        "Will my pipes freeze when it's 10 degrees?",
        "number_mismatch",
    ),
    # a relative's prefix added before a kinship noun, or "in law" after it
    # (nearmiss.affix_added)
    (
        "How many cM do I usually share with an aunt?",
        "How many cM do I usually share with a great-aunt?",
        "added_detail",
    ),
    (
        "Can I claim my grandmother as a dependent?",
        "Can I claim my great-grandmother as a dependent?",
        "added_detail",
    ),
    ("Can my grandson inherit my IRA?", "Can my great-grandson inherit my IRA?", "added_detail"),
    ("Can my uncle adopt me?", "Can my great uncle adopt me?", "added_detail"),
    (
        "Does my father have to sign my passport application?",
        "Does my step-father have to sign my passport application?",
        "added_detail",
    ),
    (
        "Can my foster mom sign my school permission slip?",
        "Can my mom sign my school permission slip?",
        "added_detail",
    ),
    (
        "Can I sponsor my brother for a green card?",
        "Can I sponsor my brother-in-law for a green card?",
        "added_detail",
    ),
]

HARD_26_SERVED = [
    # one temperature written two ways
    (
        "How do I keep my goats warm when it's 20 degrees F outside?",
        "How do I keep my goats warm when it's 20°F outside?",
    ),
    (
        "How do I keep my goats warm when it's -20°F outside?",
        "How do I keep my goats warm when it's minus 20 Fahrenheit outside?",
    ),
    (
        "Can my dog stay outside when it's \u221210 °C?",
        "Can my dog stay outside when it's -10°C?",
    ),
    ("Will my pipes freeze at 20 below zero?", "Will my pipes freeze at -20 degrees?"),
    (
        "I'm -3 in my left eye, do I need glasses to drive?",
        "I am -3 in my left eye, do I need glasses to drive?",
    ),
    # one relative written two ways, or the same relative on both sides (kin.align)
    ("How many cM do I share with my grandma?", "How many cM do I share with my grandmother?"),
    ("How many cM do I share with a great aunt?", "How many cM do I share with a great-aunt?"),
    ("How many cM do I share with a grandaunt?", "How many cM do I share with a great-aunt?"),
    (
        "What should I get my mother-in-law for Christmas?",
        "What should I get my husband's mother for Christmas?",
    ),
    (
        "Is it OK to wear white to my sister-in-law's wedding?",
        "Is it OK to wear white to my husband's sister's wedding?",
    ),
    (
        "Can my great-aunt's son inherit her house?",
        "Can the son of my great-aunt inherit her house?",
    ),
]


def test_hard_26_sign_words_keep_arithmetic() -> None:
    """A minus said in words is a sign only where nothing is subtracted from: "10 minus 2",
    "x minus 2", "the price minus 20%" and "plus or minus 5" keep their words, "20 below the
    limit" is no temperature, and "was negative 2 days" no number below zero."""
    for kept in (
        "What is 10 minus 2?",
        "Solve x minus 2 = 5",
        "What is the price minus 20%?",
        "Is it accurate to plus or minus 5%?",
        "Why is my score 20 below the limit?",
        "My test was negative 2 days in a row",
    ):
        assert quantities.surface(kept) == kept
    assert quantities.surface("it's minus 20 outside") == "it's -20 outside"
    assert quantities.surface("at 20 below zero") == "at -20 degrees"


HARD_27_REFUSED = [
    # the opening asks another thing of one act: whether it can happen at all, how probably,
    # how often, whether it is safe, legal, needed, worth it or easy
    # (judgments.asked_predicate_mismatch, read on the prompts as typed)
    (
        "Is it possible to get pregnant from donor sperm on the first IUI?",
        "Is it likely to get pregnant from donor sperm on the first IUI?",
        "content_mismatch",
    ),
    (
        "Can I get a sunburn through a car window?",
        "Is it likely to get a sunburn through a car window?",
        "content_mismatch",
    ),
    (
        "Is it possible that my package was delivered to the wrong address?",
        "Is it likely that my package was delivered to the wrong address?",
        "content_mismatch",
    ),
    (
        "Is it possible to see the northern lights from Seattle?",
        "Is it likely to see the northern lights from Seattle?",
        "content_mismatch",
    ),
    (
        "Is it possible to grow tomatoes indoors in winter?",
        "Is it easy to grow tomatoes indoors in winter?",
        "content_mismatch",
    ),
    (
        "Can you get food poisoning from reheated rice?",
        "Is it common to get food poisoning from reheated rice?",
        "content_mismatch",
    ),
    (
        "Is it possible to break a lease early?",
        "Is it legal to break a lease early?",
        "content_mismatch",
    ),
    (
        "Is it okay to leave a dog alone for 8 hours?",
        "Is it common to leave a dog alone for 8 hours?",
        "content_mismatch",
    ),
    (
        "Is frost possible this weekend in Denver?",
        "Is frost likely this weekend in Denver?",
        "content_mismatch",
    ),
]

HARD_27_SERVED = [
    # one thing asked two ways: a possibility, a likelihood, a degree, a leave said with
    # "Can I" and an adverb, a request around the question
    (
        "Is it possible to get pregnant from donor sperm on the first IUI?",
        "Can I get pregnant from donor sperm on the first IUI?",
    ),
    (
        "Is there any chance to get a refund on a nonrefundable flight?",
        "Is it possible to get a refund on a nonrefundable flight?",
    ),
    ("Is it likely to rain during the parade?", "How likely is it to rain during the parade?"),
    ("Is it hard to learn to swim as an adult?", "How hard is it to learn to swim as an adult?"),
    ("Is it legal to record a phone call in Texas?", "Can I legally record a phone call in Texas?"),
    ("Is it safe to fly with a cold?", "Can I safely fly with a cold?"),
    ("Is it possible for me to renew my passport online?", "Can I renew my passport online?"),
    (
        "Can you tell me if it is likely to rain tomorrow in Boston?",
        "Is it likely to rain tomorrow in Boston?",
    ),
]


def test_hard_27_asked_predicate_reader() -> None:
    """One class for a predicate, its opposite and its degree question ("What are the
    chances" / "How likely is it" / "What are the odds", "worth it" / "worthwhile", "normal"
    / "common" / "typical"), all the openings of a prompt read ("Is it worth paying X, or
    can I V?" asks whether one can too), and "Can I V" no other question than "Is it safe
    (legal, okay) to V"; the other cases differ."""
    same = judgments.asked_predicate_mismatch
    for x, y in (
        ("What are the chances of getting bumped?", "How likely is it to get bumped?"),
        ("What are the odds of getting bumped?", "What are the chances of getting bumped?"),
        ("Is it worth it to buy a warranty?", "Is it worthwhile to buy a warranty?"),
        ("Is it normal to get headaches after a flight?", "Is it common to get headaches?"),
        ("Is it unusual to tip movers?", "Is it typical to tip movers?"),
        ("Is it worth paying for a tutor, or can I teach him?", "Can I teach him myself?"),
        ("Can I eat raw cookie dough?", "Is it safe to eat raw cookie dough?"),
        ("Is it okay to text my ex?", "Is it possible to text my ex?"),
        ("Is a common cold contagious?", "Can I catch a cold twice?"),
        ("My tattoo is red, is that okay?", "My tattoo is very red. Is that normal?"),
        ("Can I adopt a dog without a fenced yard?", "Is a fenced yard required to adopt?"),
    ):
        assert not same(x, y) and not same(y, x), (x, y)
    for x, y in (
        ("Can I get pregnant on the pill?", "What are the chances of getting pregnant?"),
        ("Is there any chance of rain?", "How likely is it to rain?"),
        ("I'm 40. Is it possible to get pregnant?", "I'm 40. Is it likely to get pregnant?"),
        ("Is it required to tip movers?", "Is it necessary to tip movers?"),
        ("Is it worth it to tip movers?", "Is it okay to tip movers?"),
        ("Am I likely to get pregnant on the pill?", "Can I get pregnant on the pill?"),
        ("Is a Costco membership worth it for me?", "Is a Costco membership necessary?"),
        ("Is it safe to jump start a car in the rain?", "Is it possible to jump start it?"),
    ):
        assert same(x, y) and same(y, x), (x, y)


HARD_28_REFUSED = [
    # one part kept in (on) against taken out (off) (reversals.kept_against_removed)
    (
        "Is it safe to sell a used phone with the SIM card still in it?",
        "Is it safe to sell a used phone after taking the SIM card out?",
        "content_mismatch",
    ),
    (
        "Is it safe to run a laptop with the battery in?",
        "Is it safe to run a laptop with the battery taken out?",
        "content_mismatch",
    ),
    (
        "Can I use the blender with the lid off?",
        "Can I use the blender with the lid still on?",
        "content_mismatch",
    ),
    (
        "Can I wash the pillow with the cover on?",
        "Can I wash the pillow with the cover removed?",
        "content_mismatch",
    ),
    # cause and effect traded, said in other words (reversals.cause_effect_traded), or in
    # the same words (``direction_swap`` already)
    ("Does diabetes damage the retina?", "Does retinal damage cause diabetes?", "direction_swap"),
    ("Does poverty damage the economy?", "Does economic damage cause poverty?", "direction_swap"),
    (
        "Does inflation damage the economy?",
        "Does economic damage cause inflation?",
        "direction_swap",
    ),
    ("Does stress cause insomnia?", "Does insomnia cause stress?", "direction_swap"),
    ("Can smoking lead to gum disease?", "Can gum disease lead to smoking?", "direction_swap"),
    ("Does obesity cause knee pain?", "Does knee pain cause obesity?", "direction_swap"),
    # the parts per whole counted against the wholes (relations.counted_traded)
    (
        "How many cranes go on one strand of a senbazuru?",
        "How many strands of cranes are in a senbazuru?",
        "question_mismatch",
    ),
    (
        "How many pages are in one chapter of the book?",
        "How many chapters of pages are in the book?",
        "question_mismatch",
    ),
    (
        "How many seats are in one row of the theater?",
        "How many rows of seats are in the theater?",
        "question_mismatch",
    ),
    (
        "How many beads go on one strand of the necklace?",
        "How many strands of beads are in the necklace?",
        "question_mismatch",
    ),
    (
        "How many episodes are in one season of the show?",
        "How many seasons of episodes are in the show?",
        "question_mismatch",
    ),
]

HARD_28_SERVED = [
    # one state said two ways, one direction of cause said two ways, one thing counted
    ("Can I sleep with my contacts in?", "Can I sleep with contacts left in?"),
    ("Can I use the blender with the lid off?", "Can I use the blender after taking the lid off?"),
    (
        "Can I wash the pillow with the cover removed?",
        "Can I wash the pillow after removing the cover?",
    ),
    ("Does diabetes damage the retina?", "Can diabetes damage your retina?"),
    (
        "Can high blood pressure damage the kidneys?",
        "Can high blood pressure cause kidney damage?",
    ),
    ("Can stress cause hair loss?", "Can hair loss be caused by stress?"),
    ("How many vacation days do I get?", "How many days of vacation do I get?"),
    (
        "How many episodes are in one season of the show?",
        "How many episodes does a season of the show have?",
    ),
]


def test_hard_28_kept_against_removed_reader() -> None:
    """A part's state read after "with", "after", "once" and "without removing": the same
    state said two ways is no change ("without removing the SIM card" keeps it in), nor is
    an "in" that places something else ("with my son in the car"), a side that says both
    states, or another part; kept against taken out is."""
    same = reversals.kept_against_removed
    for x, y in (
        (
            "Is it safe to sell a used phone with the SIM card still in it?",
            "Is it safe to sell my old phone without removing the SIM card?",
        ),
        (
            "Can I charge it with the battery removed?",
            "Can I charge it after taking the battery out?",
        ),
        ("Can I drive with the gas cap off?", "Can I drive after taking off the gas cap?"),
        ("Can I drive with my son in the car?", "Can I drive after taking my son out?"),
        ("Is it OK to bake it with the lid on or off?", "Is it OK to bake it with the lid off?"),
        ("Can I run it with the filter in?", "Can I run it with the cover removed?"),
        ("Can I sleep with my dentures in?", "Can I sleep once I put my dentures in?"),
    ):
        assert not same(x, y) and not same(y, x), (x, y)
    for x, y in (
        ("Can I sleep with my dentures in?", "Can I sleep after removing my dentures?"),
        ("Can I shower with my cast on?", "Can I shower once I take my cast off?"),
        ("Can I store it with the pedals attached?", "Can I store it with the pedals detached?"),
        ("Can I swim with my hearing aids in?", "Can I swim after pulling out my hearing aids?"),
    ):
        assert same(x, y) and same(y, x), (x, y)


def test_hard_28_cause_effect_reader() -> None:
    """Cause and effect read from one yes/no question each: a passive, "result from" (the
    cause after the effect), the same direction said with a noun ("cause kidney damage"),
    two asks joined by "or", or a word said on the same side of both are not read as
    traded."""
    same = reversals.cause_effect_traded
    for x, y in (
        ("Can stress cause hair loss?", "Can hair loss be caused by stress?"),
        ("Can anxiety cause chest pain?", "Can chest pain result from anxiety?"),
        ("Does diabetes damage the retina?", "Does diabetes cause retinal damage?"),
        ("Does stress cause acne or does acne cause stress?", "Does acne cause stress?"),
        ("Does stress cause stress eating?", "Does stress eating cause stress?"),
        ("Can lead dust hurt my toddler?", "Could my toddler be harmed by lead dust?"),
    ):
        a, b = parse(x), parse(y)
        assert not same(a, b) and not same(b, a), (x, y)
    for x, y in (
        ("Does diabetes damage the retina?", "Does retinal damage cause diabetes?"),
        (
            "Can kidney disease raise blood pressure?",
            "Can high blood pressure cause kidney disease?",
        ),
        (
            "Does a late payment lower your credit score?",
            "Does a low credit score lead to late payments?",
        ),
    ):
        a, b = parse(x), parse(y)
        assert same(a, b) and same(b, a), (x, y)


def test_hard_28_counted_reader() -> None:
    """What "how many" counts is the head of the words right after it: a compound and its
    "of" phrase ("vacation days" / "days of vacation"), a number inside ("season 2
    episodes") and a thing the other side does not name are no trade."""
    same = relations.counted_traded
    for x, y in (
        ("How many vacation days do I get?", "How many days of vacation do I get?"),
        ("How many season 2 episodes are there?", "How many episodes of season 2 are there?"),
        ("How many cups of coffee a day is safe?", "How many coffees a day is safe?"),
        ("How many cranes go on one strand?", "How many cranes are on each strand?"),
    ):
        a, b = parse(x), parse(y)
        assert not same(a, b) and not same(b, a), (x, y)
    a = parse("How many cups of rice feed four guests?")
    b = parse("How many guests does a cup of rice feed?")
    assert same(a, b) and same(b, a)


# -- hardening pass 29 (blind rounds 212-214) ------------------------------------------------------

HARD_29_REFUSED = [
    # a state graded on both sides, of another kind on each (layers.condition_against_new)
    (
        "What's a fair price for a used 5-string banjo in good condition?",
        "What's a fair price for a used 5-string banjo in poor condition?",
        "content_mismatch",
    ),
    (
        "Can I sell a used couch in good condition on Facebook Marketplace?",
        "Can I sell a used couch in rough condition on Facebook Marketplace?",
        "content_mismatch",
    ),
    (
        "Should I buy an old house that is in good repair?",
        "Should I buy an old house that is in poor repair?",
        "content_mismatch",
    ),
    (
        "Can my 80-year-old dad get life insurance if he is in good health?",
        "Can my 80-year-old dad get life insurance if he is in poor health?",
        "negation_mismatch",  # good / poor, an antonym pair now
    ),
    # a pronoun's "own" against another party's "'s" (moved.own_against_other)
    (
        "Can a player be offside while standing in his own half?",
        "Can a player be offside while standing in the opponent's half?",
        "owner_mismatch",
    ),
    (
        "Is it legal to fly a drone over my own backyard?",
        "Is it legal to fly a drone over my neighbor's backyard?",
        "owner_mismatch",
    ),
    (
        "Can a chess player touch his own pieces without moving them?",
        "Can a chess player touch his opponent's pieces without moving them?",
        "owner_mismatch",
    ),
    # an act going on against one stopped, the same "-ing" verb (standing.state_mismatch)
    (
        "Is a player who is bleeding allowed to stay on the court?",
        "Is a player who has stopped bleeding allowed to stay on the court?",
        "content_mismatch",
    ),
    (
        "Can my coworker who is coughing come into the office?",
        "Can my coworker who has stopped coughing come into the office?",
        "content_mismatch",
    ),
    (
        "Is it safe to walk a dog that is limping?",
        "Is it safe to walk a dog that has stopped limping?",
        "content_mismatch",
    ),
    (
        "Can I give ibuprofen to a child who is vomiting?",
        "Can I give ibuprofen to a child who has stopped vomiting?",
        "content_mismatch",
    ),
]


# -- hardening pass 30 (blind rounds 215-217): a position word changed before the same noun ---

HARD_30_REFUSED = [
    # a position phrase of another class between the same word and the same noun phrase
    # (complements.position_changed)
    (
        "Is a badminton serve that lands on the short service line in?",
        "Is a badminton serve that lands short of the short service line in?",
        "content_mismatch",
    ),
    (
        "Does a ball that lands on the baseline count as in?",
        "Does a ball that lands past the baseline count as in?",
        "content_mismatch",
    ),
    (
        "Is it a foul if the ball stops on the line?",
        "Is it a foul if the ball stops before the line?",
        "content_mismatch",
    ),
    (
        "Will I get a ticket if my car is parked on the curb?",
        "Will I get a ticket if my car is parked short of the curb?",
        "content_mismatch",
    ),
    (
        "Can I build a fence on the property line?",
        "Can I build a fence past the property line?",
        "content_mismatch",
    ),
    (
        "Is it legal to stop on the white line at a red light?",
        "Is it legal to stop past the white line at a red light?",
        "content_mismatch",
    ),
    (
        "Is it okay for my cat to sleep on the radiator?",
        "Is it okay for my cat to sleep behind the radiator?",
        "content_mismatch",
    ),
    (
        "Is it okay to keep the wifi router behind the TV?",
        "Is it okay to keep the wifi router on the TV?",
        "content_mismatch",
    ),
    (
        "Do I have to stand behind the yellow line on the train platform?",
        "Do I have to stand on the yellow line on the train platform?",
        "content_mismatch",
    ),
    (
        "Can I plant a tree near the septic tank?",
        "Can I plant a tree on the septic tank?",
        "content_mismatch",
    ),
]


# -- hardening pass 31 (blind rounds 218-220): sameness against difference of one noun ------

HARD_31_REFUSED = [
    # a dimension alike on one side, unlike on the other, said of the same noun
    # (shared.one_against_separate, widened)
    (
        "Can I grout over tesserae that are uneven in height?",
        "Can I grout over tesserae that are all the same height?",
        "content_mismatch",
    ),
    (
        "Can I lay tiles that are different sizes?",
        "Can I lay tiles that are all the same size?",
        "content_mismatch",
    ),
    (
        "Can I use boards of mixed thickness for a deck?",
        "Can I use boards of equal thickness for a deck?",
        "content_mismatch",
    ),
    (
        "Can I daisy chain cables of different lengths?",
        "Can I daisy chain cables of the same length?",
        "content_mismatch",
    ),
    (
        "Can I install laminate on an uneven floor?",
        "Can I install laminate on a level floor?",
        "content_mismatch",
    ),
    (
        "Is it safe to run tires of uneven tread depth on my car?",
        "Is it safe to run tires of the same tread depth on my car?",
        "content_mismatch",
    ),
    (
        "Is it okay to use batteries of mixed ages in a remote?",
        "Is it okay to use batteries of the same age in a remote?",
        "content_mismatch",
    ),
    (
        "How long do I roast vegetables cut to uneven sizes?",
        "How long do I roast vegetables cut to the same size?",
        "content_mismatch",
    ),
    (
        "Can I sew fabric strips of varying widths together?",
        "Can I sew fabric strips of the same width together?",
        "content_mismatch",
    ),
    (
        "Can I use eggs of varying sizes in a cake recipe?",
        "Can I use eggs that are all the same size in a cake recipe?",
        "content_mismatch",
    ),
    (
        "Should I hang picture frames at uneven heights on a gallery wall?",
        "Should I hang picture frames at the same height on a gallery wall?",
        "content_mismatch",
    ),
    (
        "Can my kids share a bunk bed if they differ in age?",
        "Can my kids share a bunk bed if they are the same age?",
        "content_mismatch",
    ),
    (
        "Can I wear socks of assorted colors to an interview?",
        "Can I wear socks that are all the same color to an interview?",
        "content_mismatch",
    ),
]


# -- hardening pass 32 (blind round 229): a thing whole against a thing in several parts ------

HARD_32_REFUSED = [
    # a noun counted as one ("in one piece", "a single sheet") against the same noun in the
    # plural, counted as several or bare after the same preposition
    # (qualifiers._count_mismatch, widened)
    (
        "My snake's shed came off in one piece. Is that good?",
        "My snake's shed came off in lots of small pieces. Is that good?",
        "qualifier_mismatch",
    ),
    (
        "The cake came out of the pan in one piece",
        "The cake came out of the pan in pieces",
        "qualifier_mismatch",
    ),
    (
        "My package arrived in one piece, should I still file a claim?",
        "My package arrived in pieces, should I still file a claim?",
        "qualifier_mismatch",
    ),
    (
        "Is it normal for a gecko to shed its skin in one piece?",
        "Is it normal for a gecko to shed its skin in pieces?",
        "qualifier_mismatch",
    ),
    (
        "My nail peeled off in one layer, is that a sign of something?",
        "My nail peeled off in many layers, is that a sign of something?",
        "qualifier_mismatch",
    ),
    (
        "Is it okay to take the whole dose in one pill?",
        "Is it okay to take the whole dose in many pills?",
        "qualifier_mismatch",
    ),
    (
        "The glass broke in one piece when I dropped it",
        "The glass broke into lots of tiny pieces when I dropped it",
        "qualifier_mismatch",
    ),
    (
        "Is it cheaper to ship the furniture in one box?",
        "Is it cheaper to ship the furniture in many boxes?",
        "qualifier_mismatch",
    ),
    (
        "The sunburn peeled off as a single long sheet. Is that normal?",
        "The sunburn peeled off as several short sheets. Is that normal?",
        "qualifier_mismatch",
    ),
]


# -- hardening pass 33 (blind round 235): a place on a thing turned to its opposite, and the
# option taken traded with the option passed over ---------------------------------------------

HARD_33_REFUSED = [
    # a side word before "of" or a part noun turned to its opposite, the rest kept
    # ("top" is a stopword: the other rules saw a word dropped) (complements.opposite_part)
    (
        "Why is my java fern growing black spots on the underside of its leaves?",
        "Why is my java fern growing black spots on the top of its leaves?",
        "content_mismatch",
    ),
    (
        "Why does my dog have a bald patch on the underside of his tail?",
        "Why does my dog have a bald patch on the top of his tail?",
        "content_mismatch",
    ),
    (
        "Is it normal to have a small bump on the underside of my tongue?",
        "Is it normal to have a small bump on the top of my tongue?",
        "content_mismatch",
    ),
    (
        "Why is paint peeling on the underside of my car's hood?",
        "Why is paint peeling on the top of my car's hood?",
        "content_mismatch",
    ),
    (
        "Why does the upper part of my back hurt when I sit?",
        "Why does the lower part of my back hurt when I sit?",
        "content_mismatch",
    ),
    # the option taken and the option passed over traded around "instead of" / "rather
    # than", the options said in position words (choices.preferred_traded)
    (
        "Is it normal for a sushi chef to put the wasabi on top of the fish instead of under it?",
        "Is it normal for a sushi chef to put the wasabi under the fish instead of on top of it?",
        "direction_swap",
    ),
    (
        "Should I put the ice pack on top of the bandage instead of under it?",
        "Should I put the ice pack under the bandage instead of on top of it?",
        "direction_swap",
    ),
    (
        "Is it okay to put the printer on top of the router instead of next to it?",
        "Is it okay to put the printer next to the router instead of on top of it?",
        "direction_swap",
    ),
    (
        "Is it better to hang the mirror above the sink rather than beside it?",
        "Is it better to hang the mirror beside the sink rather than above it?",
        "direction_swap",
    ),
    (
        "Should the rug go under the table instead of in front of it?",
        "Should the rug go in front of the table instead of under it?",
        "direction_swap",
    ),
]


HARD_29_SERVED = [
    # grades of one kind, the owner's own said with and without "own" (or as his group's),
    # an act going on (or stopped) said two ways
    (
        "What's a fair price for a used 5-string banjo in good condition?",
        "What's a fair price for a used 5-string banjo in great condition?",
    ),
    (
        "How much is a used kayak in excellent condition worth?",
        "How much is a used kayak in great condition worth?",
    ),
    (
        "Is my old truck worth fixing if it's in good shape?",
        "Is my old truck worth fixing if it's in great shape?",
    ),
    (
        "Can a player be offside while standing in his own half?",
        "Can a player be offside while standing in his half?",
    ),
    (
        "Can a player be offside while standing in his own half?",
        "Can a player be offside while standing in his team's half?",
    ),
    (
        "Is it rude to correct your own child in public?",
        "Is it rude to correct your child in public?",
    ),
    (
        "Is a player who is bleeding allowed to stay on the court?",
        "Is a player who is still bleeding allowed to stay on the court?",
    ),
    (
        "Can I give ibuprofen to a child who has stopped vomiting?",
        "Can I give ibuprofen to a child who stopped vomiting?",
    ),
]


HARD_30_SERVED = [
    # the same place said again, in a light preposition of the same reach, or in a sense
    # two position words share
    ("Is a serve that lands on the line in?", "Does a serve landing on the line count as in?"),
    ("Can I use my laptop in the library?", "Can I use my laptop at the library?"),
    ("Can I smoke on the balcony of my apartment?", "Can I smoke at the balcony of my apartment?"),
    (
        "What should I do with my kids over the summer?",
        "What should I do with my kids in the summer?",
    ),
    ("Can I renew my passport over the phone?", "Can I renew my passport on the phone?"),
    (
        "Is it rude to leave the party right after the cake?",
        "Is it rude to leave the party just after the cake?",
    ),
    ("Can I return the shoes within the first week?", "Can I return the shoes in the first week?"),
    (
        "What happens to the house after the death of the owner?",
        "What happens to the house on the death of the owner?",
    ),
]


HARD_31_SERVED = [
    # sameness (or difference) said two ways of the same noun, and a sameness of another noun
    # kept on both sides
    (
        "Can I grout over tesserae that are uneven in height?",
        "Can I grout tesserae of uneven height?",
    ),
    ("Can I lay tiles that are all the same size?", "Can I lay tiles of equal size?"),
    (
        "Can I sew fabric strips of the same width together?",
        "Can I sew fabric strips of equal width together?",
    ),
    (
        "Is it okay to use batteries of the same age in a remote?",
        "Is it okay to use batteries of identical age in a remote?",
    ),
    (
        "Should I hang picture frames at the same height on a gallery wall?",
        "Should I hang picture frames at an equal height on a gallery wall?",
    ),
    (
        "Do the legs of a table need to be the same length?",
        "Do the legs of a table need to be equal in length?",
    ),
    (
        "Can I seat wedding guests of mixed ages at the same table?",
        "Can I seat wedding guests of mixed ages at one table?",
    ),
    (
        "Can I plant seedlings of varying heights in the same bed?",
        "Can I plant seedlings of varying heights in one bed?",
    ),
]


HARD_32_SERVED = [
    # the same count said again, or reordered; a phrasal verb's particle moved over its
    # object ("giving my clothes away" / "giving away my clothes": roles.close, narrowed)
    (
        "My snake's shed came off in one piece. Is that good?",
        "Is it good that my snake's shed came off in one piece?",
    ),
    ("It came off in lots of small pieces", "It came off in many small pieces"),
    ("The vase arrived in one piece", "The vase arrived in a single piece"),
    (
        "How do I stop my mom from giving my clothes away?",
        "How do I stop my mom from giving away my clothes?",
    ),
    (
        "How do I get my roommate to throw my notes out?",
        "How do I get my roommate to throw out my notes?",
    ),
    (
        "Is it okay to ask my husband to pick the kids up from school?",
        "Is it okay to ask my husband to pick up the kids from school?",
    ),
    (
        "How do I get my landlord to pay my deposit back?",
        "How do I get my landlord to pay back my deposit?",
    ),
    ("Can I give my dog away?", "Can I give away my dog?"),
]


HARD_33_SERVED = [
    # a side said again in its own words, the options kept in their places ("under" /
    # "beneath", "instead of" / "rather than", the passed-over option moved)
    (
        "Why is my java fern growing black spots on the top of its leaves?",
        "Why is my java fern growing black spots on top of its leaves?",
    ),
    ("What causes pain on the top of my foot?", "What causes pain on top of my foot?"),
    (
        "Is it normal for a sushi chef to put the wasabi under the fish instead of on top of it?",
        "Is it normal for a sushi chef to put wasabi beneath the fish rather than on top?",
    ),
    ("Should I use butter instead of oil?", "Should I use butter rather than oil?"),
    (
        "Should I take the pill before the meal instead of after it?",
        "Should I take the pill before the meal rather than after it?",
    ),
    (
        "Is it better to park in front of the house instead of behind it?",
        "Is it better to park in front of the house rather than behind it?",
    ),
    ("Can I use honey instead of sugar in my tea?", "Can I use honey in my tea instead of sugar?"),
    ("Instead of oil, should I use butter?", "Should I use butter instead of oil?"),
]


# -- hardening pass 34 (blind round 238): an act aimed at the doer's own kind ("other N-s")
# against one aimed at another kind ("people" / "adults" carry little weight for the word rules,
# and N is said on both sides) ---------------------------------------------------------------

HARD_34_REFUSED = [
    # "other N-s", N the doer's kind said elsewhere, against a different kind in the same
    # place, the rest as typed (targets.target_changed widened past its closed list of acts)
    (
        "Is it normal for a llama to spit at other llamas at feeding time?",
        "Is it normal for a llama to spit at people at feeding time?",
        "content_mismatch",
    ),
    (
        "Is it normal for a cat to hiss at other cats?",
        "Is it normal for a cat to hiss at people?",
        "content_mismatch",
    ),
    (
        "Is it normal for my dog to growl at other dogs on walks?",
        "Is it normal for my dog to growl at people on walks?",
        "content_mismatch",
    ),
    (
        "Is it normal for a toddler to bite other toddlers?",
        "Is it normal for a toddler to bite adults?",
        "content_mismatch",
    ),
    (
        "Can my dog catch kennel cough from other dogs?",
        "Can my dog catch kennel cough from people?",
        "content_mismatch",
    ),
    (
        "Is it normal for a horse to kick other horses in the pasture?",
        "Is it normal for a horse to kick people in the pasture?",
        "content_mismatch",
    ),
    (
        "Is it rude for a cyclist to shout at other cyclists on the trail?",
        "Is it rude for a cyclist to shout at people on the trail?",
        "content_mismatch",
    ),
    (
        "Is it normal for my hamster to bite other hamsters?",
        "Is it normal for my hamster to bite people?",
        "content_mismatch",
    ),
    (
        "Why does my toddler push other toddlers at daycare?",
        "Why does my toddler push adults at daycare?",
        "content_mismatch",
    ),
    (
        "Is it normal for a chicken to peck at other chickens?",
        "Is it normal for a chicken to peck at people?",
        "content_mismatch",
    ),
    (
        "Can my cat get worms from other cats?",
        "Can my cat get worms from humans?",
        "content_mismatch",
    ),
    (
        "Can I mix this paint with other paints?",
        "Can I mix this paint with water?",
        "content_mismatch",
    ),
]


HARD_34_SERVED = [
    # the same kind said again ("other dogs" / "dogs", "each other", "other kids" / "other
    # children", "others"), one kind in other words ("people" / "humans")
    (
        "Is it normal for a llama to spit at other llamas at feeding time?",
        "Is it normal for llamas to spit at each other at feeding time?",
    ),
    (
        "Is it normal for a llama to spit at people at feeding time?",
        "Is it normal for a llama to spit at humans at feeding time?",
    ),
    ("Is it normal for my dog to bark at other dogs?", "Is it normal for my dog to bark at dogs?"),
    ("Why does my cat attack other cats?", "Why does my cat attack the other cats?"),
    (
        "Why does my son hit other kids at daycare?",
        "Why does my son hit other children at daycare?",
    ),
    ("Why do people judge other people?", "Why do people judge others?"),
    ("Can my cat catch a cold from other cats?", "Can my cat catch a cold from another cat?"),
    ("Why do humans hate other humans?", "Why do humans hate people?"),
    (
        "Is it normal for a chicken to peck at other chickens?",
        "Is it normal for chickens to peck at each other?",
    ),
]


# -- hardening pass 35 (blind round 243): "V with X" against "V while V2-ing X" (X carried along
# against a second act done on X at the same time; "while" and the act are one added word each
# for the classifier) ------------------------------------------------------------------------

HARD_35_REFUSED = [
    # "with X" where the other side says "while V2-ing X", the rest as typed but for a
    # determiner (additions.added_modifier widened: `_with_made_act`)
    (
        "Is it safe to ride a cargo bike with a newborn?",
        "Is it safe to ride a cargo bike while holding a newborn?",
        "added_detail",
    ),
    (
        "Is it safe to ride a bike with my toddler?",
        "Is it safe to ride a bike while carrying my toddler?",
        "added_detail",
    ),
    (
        "Is it safe to drive with my dog?",
        "Is it safe to drive while holding my dog?",
        "added_detail",
    ),
    # the act and a place said along with X: read already as another content word
    (
        "Can I cook with a baby in the house?",
        "Can I cook while holding a baby?",
        "content_mismatch",
    ),
    (
        "Is it safe to walk on ice with a baby?",
        "Is it safe to walk on ice while carrying a baby?",
        "added_detail",
    ),
    (
        "Is it safe to walk down the stairs with my puppy?",
        "Is it safe to walk down the stairs while carrying my puppy?",
        "added_detail",
    ),
    (
        "Can I ride a horse with my daughter?",
        "Can I ride a horse while holding my daughter?",
        "added_detail",
    ),
    (
        "Is it safe to cross the road with a coffee?",
        "Is it safe to cross the road while drinking a coffee?",
        "added_detail",
    ),
    (
        "Is it safe to drive with my phone?",
        "Is it safe to drive while holding my phone?",
        "added_detail",
    ),
    (
        "Can I go up a ladder with a bucket of paint?",
        "Can I go up a ladder while carrying a bucket of paint?",
        "added_detail",
    ),
    # a clause with a doer of its own ("while I hold", "while I'm carrying")
    (
        "Is it safe to skate with my toddler?",
        "Is it safe to skate while I hold my toddler?",
        "added_detail",
    ),
    (
        "Is it safe to paddleboard with my dog?",
        "Is it safe to paddleboard while I'm holding my dog?",
        "added_detail",
    ),
]


# -- hardening pass 36 (blind rounds 245, 247, 248): a state moved from the one acted on to the
# doer ("hit someone who's out of bounds" / "... while you're out of bounds"), the asker's own
# place against the state's ("my own land" / "state land"), a condition's doer changed from the
# asker to a named party ("If I noticed the deposition" / "If opposing counsel noticed ...") --

HARD_36_REFUSED = [
    # "V someone who's Z" / "V someone while you're Z" (asker.state_holder_changed, new)
    (
        "Is it a penalty to hit someone who's out of bounds?",
        "Is it a penalty to hit someone while you're out of bounds?",
        "content_mismatch",
    ),
    (
        "Is it a foul to tackle someone who's offside?",
        "Is it a foul to tackle someone while you're offside?",
        "content_mismatch",
    ),
    (
        "Can I pass to someone who's out of bounds?",
        "Can I pass to someone while I'm out of bounds?",
        "content_mismatch",
    ),
    (
        "Is it illegal to drive someone who's drunk?",
        "Is it illegal to drive someone while you're drunk?",
        "content_mismatch",
    ),
    (
        "Is it okay to call a coworker who's on vacation?",
        "Is it okay to call a coworker while you're on vacation?",
        "content_mismatch",
    ),
    (
        "Is it safe to hug someone who has covid?",
        "Is it safe to hug someone while you have covid?",
        "content_mismatch",
    ),
    # the asker's own place against the state's, the county's, the nation's
    # (owners.public_against_own widened)
    (
        "Is it legal to ride a dirt bike at night on my own land in Ohio?",
        "Is it legal to ride a dirt bike at night on state land in Ohio?",
        "owner_mismatch",
    ),
    ("Can I hunt on my own property?", "Can I hunt on public property?", "owner_mismatch"),
    ("Can I camp on my own land?", "Can I camp on federal land?", "owner_mismatch"),
    ("Can I cut trees on my land?", "Can I cut trees on city land?", "owner_mismatch"),
    (
        "Can I pick mushrooms on my property?",
        "Can I pick mushrooms on state property?",
        "owner_mismatch",
    ),
    (
        "Can I build a fire pit on my own land?",
        "Can I build a fire pit on county land?",
        "owner_mismatch",
    ),
    # "If I V the N" / "If <a named party> V-s the N" (asker.clause_doer_changed widened)
    (
        "If I noticed the deposition, who pays the court reporter?",
        "If opposing counsel noticed the deposition, who pays the court reporter?",
        "content_mismatch",
    ),
    (
        "If I cancel the booking, who pays the fee?",
        "If the hotel cancels the booking, who pays the fee?",
        "content_mismatch",
    ),
    (
        "If I called the tow truck, who pays?",
        "If the police called the tow truck, who pays?",
        "content_mismatch",
    ),
    (
        "If I cancel the flight, do I get a refund?",
        "If the airline cancels the flight, do I get a refund?",
        "content_mismatch",
    ),
    (
        "If I reschedule the appointment, is there a fee?",
        "If the clinic reschedules the appointment, is there a fee?",
        "content_mismatch",
    ),
    (
        "If we cancel the order, who pays the shipping?",
        "If the seller cancels the order, who pays the shipping?",
        "content_mismatch",
    ),
]


# -- hardening pass 37 (blind round 252): "alone" said in more than one word ("on their own",
# "by themselves") against a companion ("with a parent", "with a friend"): the minimum age or the
# rule for going alone is another than for going with someone --

HARD_37_REFUSED = [
    # "on <owner> own" / "by <reflexive>" read as "alone" by the antonyms (rules._alone_said, new)
    (
        "At what age can kids use the state archives reading room on their own?",
        "At what age can kids use the state archives reading room with a parent?",
        "negation_mismatch",
    ),
    (
        "At what age can kids stay home on their own?",
        "At what age can kids stay home with a sibling?",
        "negation_mismatch",
    ),
    (
        "Can a 12-year-old fly alone?",
        "Can a 12-year-old fly with a grandparent?",
        "negation_mismatch",
    ),
    (
        "At what age can kids go to the pool by themselves?",
        "At what age can kids go to the pool with an adult?",
        "negation_mismatch",
    ),
    (
        "At what age can a child ride the bus on their own?",
        "At what age can a child ride the bus with an older sibling?",
        "negation_mismatch",
    ),
    (
        "Is it safe for a teenager to take an Uber on their own?",
        "Is it safe for a teenager to take an Uber with a friend?",
        "negation_mismatch",
    ),
    (
        "Can we hike the Grand Canyon trail on our own?",
        "Can we hike the Grand Canyon trail with a guide?",
        "negation_mismatch",
    ),
    (
        "Can a 17-year-old check into a hotel on their own?",
        "Can a 17-year-old check into a hotel with a parent?",
        "negation_mismatch",
    ),
    (
        "Can a learner driver practice on the highway on their own?",
        "Can a learner driver practice on the highway with an instructor?",
        "negation_mismatch",
    ),
    ("Can I go to the ER by myself?", "Can I go to the ER with a friend?", "negation_mismatch"),
    (
        "Can my puppy sleep in the crate by itself?",
        "Can my puppy sleep in the crate with another puppy?",
        "negation_mismatch",
    ),
    (
        "Should a toddler nap on their own?",
        "Should a toddler nap with a parent?",
        "negation_mismatch",
    ),
]


# -- hardening pass 38 (blind rounds 253-254): a prime mark after a letter standing alone ("the
# U' move" / "the U move"; grades.sign_mismatch widened), a place turned to its opposite with a
# degree word before the particle ("stops on the line" / "stops well off the line";
# rules._particle_flip widened), "half" / "all" (QUANTIFIER_CLASSES widened) --

HARD_38_REFUSED = [
    # a letter primed on one side only (symbols: the words drop the mark)
    (
        "Which finger should do the U' move?",
        "Which finger should do the U move?",
        "symbol_mismatch",
    ),
    ("How do I do an R' move?", "How do I do an R move?", "symbol_mismatch"),
    ("What is f'(x) here?", "What is f(x) here?", "symbol_mismatch"),
    ("Is A' the complement of A?", "Is A the complement of A?", "symbol_mismatch"),
    (
        "In my stats class, what is P(A') if P(A) is 0.3?",
        "In my stats class, what is P(A) if P(A) is 0.3?",
        "symbol_mismatch",
    ),
    (
        "After the rotation, where does point C' end up?",
        "After the rotation, where does point C end up?",
        "symbol_mismatch",
    ),
    (
        "What does L' mean in cube notation?",
        "What does L mean in cube notation?",
        "symbol_mismatch",
    ),
    # "on X" / "(well, just, far) off X"
    (
        "What should a marshal do if a car stops on the racing line?",
        "What should a marshal do if a car stops well off the racing line?",
        "negation_mismatch",
    ),
    (
        "Is it a foul if the ball lands on the line?",
        "Is it a foul if the ball lands off the line?",
        "negation_mismatch",
    ),
    ("Can I park on the road?", "Can I park off the road?", "negation_mismatch"),
    (
        "What if my dog goes on the trail?",
        "What if my dog goes off the trail?",
        "negation_mismatch",
    ),
    (
        "What happens if my golf ball lands on the green?",
        "What happens if my golf ball lands just off the green?",
        "negation_mismatch",
    ),
    (
        "Is it safe to camp well off the trail?",
        "Is it safe to camp on the trail?",
        "negation_mismatch",
    ),
    ("Can my kids play on the road?", "Can my kids play far off the road?", "negation_mismatch"),
    # "half" / "all"
    (
        "Our go club has 40 members; how many boards do we need if half attend?",
        "Our go club has 40 members; how many boards do we need if all attend?",
        "qualifier_mismatch",
    ),
    (
        "How many boards do we need if half of them come?",
        "How many boards do we need if all of them come?",
        "qualifier_mismatch",
    ),
    (
        "How much pizza do I order if half the guests come?",
        "How much pizza do I order if all the guests come?",
        "qualifier_mismatch",
    ),
    (
        "Is the trip cancelled if half of us drop out?",
        "Is the trip cancelled if all of us drop out?",
        "qualifier_mismatch",
    ),
    (
        "Do I still get paid if half my shift is cancelled?",
        "Do I still get paid if all my shift is cancelled?",
        "qualifier_mismatch",
    ),
]


HARD_35_SERVED = [
    # another determiner; the act "with X" already says (X worn, used, pushed or brought
    # along); a "while" clause that says X with a word of its own ("listening to music")
    (
        "Is it safe to ride a cargo bike with a newborn?",
        "Is it safe to ride a cargo bike with my newborn?",
    ),
    (
        "Is it safe to ride a cargo bike while holding a newborn?",
        "Is it safe to ride a cargo bike while holding my newborn?",
    ),
    ("Is it okay to jog with a stroller?", "Is it okay to jog while pushing a stroller?"),
    ("Can I swim with contacts?", "Can I swim while wearing contacts?"),
    ("Can I run with headphones?", "Can I run while wearing headphones?"),
    ("Can I shower with my ring?", "Can I shower while wearing my ring?"),
    ("Can I hike with my dog?", "Can I hike while bringing my dog?"),
    ("Is it okay to study with music?", "Is it okay to study while listening to music?"),
]


HARD_36_SERVED = [
    # the state said of the one acted on both ways ("who's" / "a player who is", "while they're");
    # "my own land" / "my land"; the asker on both sides ("I was the one who"), "you" / "we"
    # (often the asker again), the owner said another way
    (
        "Is it a penalty to hit someone who's out of bounds?",
        "Is it a penalty to hit a player who is out of bounds?",
    ),
    (
        "Is it a penalty to hit someone who's out of bounds?",
        "Is it a penalty to hit someone while they're out of bounds?",
    ),
    (
        "Is it safe to hug someone who has covid?",
        "Is it safe to hug someone while they have covid?",
    ),
    ("Can I fly a drone over my own land?", "Can I fly a drone over my land?"),
    ("Can I camp on federal land?", "Can I camp on land owned by the federal government?"),
    (
        "If I noticed the deposition, who pays the court reporter?",
        "If I was the one who noticed the deposition, who pays the court reporter?",
    ),
    (
        "If I cancel the booking, who pays the fee?",
        "If you cancel the booking, who pays the fee?",
    ),
    (
        "If the airline cancels the flight, do I get a refund?",
        "If the airline cancels my flight, do I get a refund?",
    ),
]


HARD_37_SERVED = [
    # "alone" said two ways; the companion said two ways; "own" before a noun ("on my own land",
    # "on my own time") says no "alone"; the doer alone on both sides ("myself" / "by myself"),
    # where "with" names a tool or a kind
    (
        "At what age can kids use the state archives reading room on their own?",
        "At what age can kids use the state archives reading room alone?",
    ),
    (
        "At what age can kids use the state archives reading room with a parent?",
        "At what age can children use the state archives reading room accompanied by a parent?",
    ),
    ("Can a 12-year-old fly on their own?", "Can a 12-year-old fly by themselves?"),
    ("Will a cold go away on its own?", "Will a cold go away by itself?"),
    ("Can I live on my own at 17?", "Can I live by myself at 17?"),
    ("Can I build a shed on my own land?", "Can I build a shed on my land?"),
    ("Can I fly with my cat on my own?", "Can I fly alone with my cat?"),
    (
        "Can I install a Nest thermostat myself with a C-wire?",
        "Can I install a C-wire Nest thermostat by myself?",
    ),
]


HARD_38_SERVED = [
    # the prime on both sides; a quote mark closing a quoted letter; a possessive "'s"; the
    # same particle with and without a degree word; "half" / "half of", "all" / "every"
    (
        "Which finger should do the U' move?",
        "Which finger should I use for the U' move?",
    ),
    ("What is f'(x) for x squared?", "What is f'(x) for x^2?"),
    ("What does the letter 'U' stand for?", "What does the letter U stand for?"),
    ("Is Section C's deadline on Friday?", "Is the deadline for Section C on Friday?"),
    (
        "What should a marshal do if a car stops on the racing line?",
        "What should a marshal do when a car stops on the racing line?",
    ),
    ("Can I park just off the road?", "Can I park off the road?"),
    ("What if my dog runs off the trail?", "What if my dog runs just off the trail?"),
    (
        "Our go club has 40 members; how many boards do we need if half attend?",
        "Our go club has 40 members; how many boards do we need if half of them attend?",
    ),
    (
        "How much pizza do I order if all the guests come?",
        "How much pizza should I order if every guest comes?",
    ),
]

# -- hardening pass 39 (blind round 256): a part named by the noun it faces against the same
# part turned away from it ("from the ama side" / "from the side away from the ama", "the side
# opposite the X", "the far end from the X"; complements.complement_added widened) --

HARD_39_REFUSED = [
    (
        "How do I climb back into an OC1 from the ama side?",
        "How do I climb back into an OC1 from the side away from the ama?",
        "negation_mismatch",
    ),
    (
        "How do I climb back into an OC1 from the ama side?",
        "How do I climb back into an OC1 from the side opposite the ama?",
        "negation_mismatch",
    ),
    (
        "Should I mount a horse from the fence side?",
        "Should I mount a horse from the side away from the fence?",
        "negation_mismatch",
    ),
    (
        "Do I get out of the car on the traffic side?",
        "Do I get out of the car on the side away from traffic?",
        "negation_mismatch",
    ),
    (
        "Should the baby sleep on the window side?",
        "Should the baby sleep on the side away from the window?",
        "negation_mismatch",
    ),
    # other domains
    (
        "Should I book a hotel room on the street side?",
        "Should I book a hotel room on the side away from the street?",
        "negation_mismatch",
    ),
    (
        "Should I put my desk on the window side?",
        "Should I put my desk on the side opposite the window?",
        "negation_mismatch",
    ),
    (
        "Should I sit on the aisle side?",
        "Should I sit on the side away from the aisle?",
        "negation_mismatch",
    ),
    (
        "Should I plant the tomatoes at the fence end?",
        "Should I plant the tomatoes at the end farthest from the fence?",
        "negation_mismatch",
    ),
    (
        "Should I sleep on the wall side?",
        "Should I sleep on the side opposite the wall?",
        "negation_mismatch",
    ),
    (
        "Should the kids sit at the fireplace end?",
        "Should the kids sit at the far end from the fireplace?",
        "negation_mismatch",
    ),
    (
        "Which hand should hold the leash on the traffic side?",
        "Which hand should hold the leash on the side away from traffic?",
        "negation_mismatch",
    ),
]


HARD_39_SERVED = [
    # the named part or the turned-away part on both sides, the rest reworded; "away from"
    # with no part's word before it
    (
        "How do I climb back into an OC1 from the ama side?",
        "How do I get back into an OC1 from the ama side?",
    ),
    (
        "Should I mount a horse from the fence side?",
        "Should I get on a horse from the fence side?",
    ),
    (
        "Do I get out of the car on the side away from traffic?",
        "Should I get out of the car on the side away from traffic?",
    ),
    (
        "Should the baby sleep on the window side?",
        "Is it okay for the baby to sleep on the window side?",
    ),
    (
        "Should I put my desk on the side opposite the window?",
        "Is it better to put my desk on the side opposite the window?",
    ),
    (
        "Should the kids sit at the far end from the fireplace?",
        "Should the children sit at the far end from the fireplace?",
    ),
    (
        "Should I walk my dog away from the road side?",
        "Should I walk my dog away from the road?",
    ),
]

# -- hardening pass 40 (blind round 264): "how" + auxiliary + subject + verb against "where"
# the subject can do the same verb, the verb not one that reaches for a thing or a place
# (whwords._technique_against_place widens the manner/place reading of whwords.wh_mismatch) --

HARD_40_REFUSED = [
    (
        "How do you play dominoes on a cruise ship?",
        "Where can you play dominoes on a cruise ship?",
        "question_mismatch",
    ),
    (
        "How do you fish on a cruise ship?",
        "Where can you fish on a cruise ship?",
        "question_mismatch",
    ),
    (
        "How do you swim at this resort?",
        "Where can you swim at this resort?",
        "question_mismatch",
    ),
    (
        "When do you play bingo on the ship?",
        "Where do you play bingo on the ship?",
        "question_mismatch",
    ),
    # other domains
    ("How do you surf in Hawaii?", "Where can you surf in Hawaii?", "question_mismatch"),
    ("How do you ski in Colorado?", "Where can you ski in Colorado?", "question_mismatch"),
    (
        "How do you camp in a national park?",
        "Where can you camp in a national park?",
        "question_mismatch",
    ),
    (
        "How do I vote in the primary election?",
        "Where do I vote in the primary election?",
        "question_mismatch",
    ),
    (
        "How do people kayak in Seattle?",
        "Where do people kayak in Seattle?",
        "question_mismatch",
    ),
    (
        "How do you play chess on a plane?",
        "Where on a plane can you play chess?",
        "question_mismatch",
    ),
    (
        "How do you plant tomatoes in a small garden?",
        "Where should you plant tomatoes in a small garden?",
        "question_mismatch",
    ),
    (
        "How do I meditate during my lunch break?",
        "Where can I meditate during my lunch break?",
        "question_mismatch",
    ),
]


HARD_40_SERVED = [
    # a verb that reaches for a thing or a place: "how" is answered by where; the same
    # wh-word on both sides with another auxiliary or the place phrase moved
    (
        "How do I find a dentist who takes my insurance?",
        "Where can I find a dentist who takes my insurance?",
    ),
    (
        "How can I buy concert tickets without fees?",
        "Where can I buy concert tickets without fees?",
    ),
    (
        "How do I report a pothole on my street?",
        "Where do I report a pothole on my street?",
    ),
    (
        "How can I watch the World Cup final online?",
        "Where can I watch the World Cup final online?",
    ),
    ("How do I donate old eyeglasses?", "Where can I donate old eyeglasses?"),
    (
        "How do you play dominoes on a cruise ship?",
        "How can you play dominoes on a cruise ship?",
    ),
    (
        "Where can you play dominoes on a cruise ship?",
        "Where on a cruise ship can you play dominoes?",
    ),
    ("How do you swim at this resort?", "How can you swim at this resort?"),
]


def test_hard_40_technique_against_place_reader() -> None:
    """ "how" + auxiliary + pronoun + verb against "where" with the same verb: refused unless
    the verb reaches for a thing or a place; different verbs, a noun subject, "how" not at
    the opening and a side asking both are not read here."""
    read = whwords._technique_against_place
    for x, y in (
        ("how do you play dominoes".split(), "where can you play dominoes".split()),
        ("where on a plane can you play chess".split(), "how do you play chess".split()),
    ):
        assert read(tuple(x), tuple(y))
    for x, y in (
        ("how do i find a dentist".split(), "where can i find a dentist".split()),
        ("how do you play dominoes".split(), "where can you find dominoes".split()),
        ("how do kids play dominoes".split(), "where can kids play dominoes".split()),
        ("tell me how you play dominoes".split(), "where can you play dominoes".split()),
        ("how and where can you play".split(), "where can you play".split()),
        ("how do you play dominoes".split(), "how can you play dominoes".split()),
    ):
        assert not read(tuple(x), tuple(y))


# -- hardening pass 41 (blind rounds 272 and 274): a named place reached ("to" / "from" /
# "out of") against the same place kept inside ("within" / "inside" / "throughout")
# (reversals.toward_against_within widens the into / out-of reading); a statistic before
# the same measure changed in place, "top" read as the maximum (logic.statistic_swapped
# widens logic.aggregate_mismatch) --

HARD_41_REFUSED = [
    (
        "How do I ship 500 kazoos to Germany?",
        "How do I ship 500 kazoos within Germany?",
        "content_mismatch",
    ),
    (
        "How do I send a package to Canada?",
        "How do I send a package within Canada?",
        "content_mismatch",
    ),
    (
        "How much does it cost to fly to Japan?",
        "How much does it cost to fly within Japan?",
        "content_mismatch",
    ),
    ("Can I move money to the EU?", "Can I move money within the EU?", "content_mismatch"),
    (
        "How do I ship 500 kazoos from Germany?",
        "How do I ship 500 kazoos within Germany?",
        "content_mismatch",
    ),
    (
        "What's the average speed of a tandem team on a 40 mile club ride?",
        "What's the top speed of a tandem team on a 40 mile club ride?",
        "aggregate_mismatch",
    ),
    (
        "What's the average price of a used Civic?",
        "What's the top price of a used Civic?",
        "aggregate_mismatch",
    ),
    (
        "What is the average speed of a cheetah?",
        "What is the top speed of a cheetah?",
        "aggregate_mismatch",
    ),
    (
        "What's the average salary of a nurse?",
        "What's the maximum salary of a nurse?",
        "content_mismatch",
    ),
    ("What's the minimum wage in Ohio?", "What's the average wage in Ohio?", "aggregate_mismatch"),
    # other domains
    ("Can I take my dog to Mexico?", "Can I take my dog within Mexico?", "content_mismatch"),
    (
        "How do I transfer my car registration to Texas?",
        "How do I transfer my car registration within Texas?",
        "content_mismatch",
    ),
    ("Can I bring alcohol from France?", "Can I bring alcohol within France?", "content_mismatch"),
    (
        "Can I drive a rental car to Canada?",
        "Can I drive a rental car throughout Canada?",
        "content_mismatch",
    ),
    (
        "Is there a fee to call to Spain?",
        "Is there a fee to call within Spain?",
        "content_mismatch",
    ),
    (
        "What's the average rent for a studio in Boston?",
        "What's the top rent for a studio in Boston?",
        "aggregate_mismatch",
    ),
    (
        "What's the average score on the SAT?",
        "What's the top score on the SAT?",
        "aggregate_mismatch",
    ),
    (
        "What's the median income in Seattle?",
        "What's the top income in Seattle?",
        "aggregate_mismatch",
    ),
    (
        "What's the minimum bid on eBay for a used iPhone?",
        "What's the top bid on eBay for a used iPhone?",
        "aggregate_mismatch",
    ),
]


HARD_41_SERVED = [
    # a statistic of one class, "top" among the maxima; "into" against "within" / "inside"
    # (one place); a word added before the same preposition
    ("What's the top speed of a cheetah?", "What's the maximum speed of a cheetah?"),
    ("What's the top speed of a cheetah?", "What's the highest speed of a cheetah?"),
    ("What's the maximum salary of a nurse?", "What's the top salary of a nurse?"),
    (
        "What's the average speed of a tandem team on a 40 mile club ride?",
        "What's a tandem team's typical average speed on a 40 mile club ride?",
    ),
    ("What are the top places to visit in Rome?", "What are the best places to visit in Rome?"),
    ("Does the phone fit into my budget?", "Does the phone fit within my budget?"),
    ("How do I walk into the house?", "How do I walk inside the house?"),
    ("How do I ship kazoos to Germany?", "How do I ship kazoos over to Germany?"),
]


def test_hard_41_toward_against_within_reader() -> None:
    """ "to" / "from" / "out of" against "within" / "inside" / "throughout" before the same
    name, the rest word for word: refused; "into" against "within", a place not named, a
    time, both sides inside or crossing, and a verb changed too are not read here."""
    read = reversals.toward_against_within
    for x, y in (
        ("Ship it to Germany", "Ship it within Germany"),
        ("Ship it out of Germany", "Ship it inside Germany"),
        ("Move money to the EU", "Move money throughout the EU"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("Ship it into Germany", "Ship it within Germany"),
        ("Does it fit into my budget", "Does it fit within my budget"),
        ("Stick to the budget", "Stick within the budget"),
        ("Return it up to 30 days later", "Return it within 30 days later"),
        ("Ship it within Germany", "Ship it inside Germany"),
        ("Ship it to Germany", "Ship it from Germany"),
        ("Ship it to Germany", "Send it within Germany"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


def test_hard_41_statistic_swapped_reader() -> None:
    """One statistic word against one of another class right before the same content word:
    refused; one class ("top" / "maximum", "typical" / "average"), "top" before a stopword or
    a number, and a statistic added are not read here."""
    read = logic.statistic_swapped
    for x, y in (
        ("the average speed of a cheetah", "the top speed of a cheetah"),
        ("the median income", "the top income"),
        ("the minimum wage", "the average wage"),
    ):
        a, b = parse(x), parse(y)
        assert read(a.words, a.canon, b.words) and read(b.words, b.canon, a.words), (x, y)
    for x, y in (
        ("the top speed of a cheetah", "the maximum speed of a cheetah"),
        ("the typical price", "the average price"),
        ("the top of the hill", "the average of the hill"),
        ("the top 10 cities", "the average 10 cities"),
        ("a typical average speed", "a average speed"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a.words, a.canon, b.words) and not read(b.words, b.canon, a.words), (x, y)


# -- hardening pass 42 (blind rounds 279 and 281): a time or place noun said "the same" on
# one side and "different" on the other while both sides also say "the same" of another
# noun (shared.one_against_separate now pairs each marker with its own noun); one item grown
# into a comma-joined list of new things ("with one steamer" / "with a steamer, griddle and
# fridge") (asks.added_conjunct widened past the determiner and the commas) --

HARD_42_REFUSED = [
    (
        "Can I enter the same gingerbread house in two contests the same year?",
        "Can I enter the same gingerbread house in two contests in different years?",
        "content_mismatch",
    ),
    (
        "Can I take two courses in the same semester?",
        "Can I take two courses in different semesters?",
        "content_mismatch",
    ),
    (
        "Can two players from the same team be selected?",
        "Can two players from different teams be selected?",
        "content_mismatch",
    ),
    (
        "Can we get married on the same day?",
        "Can we get married on different days?",
        "content_mismatch",
    ),
    (
        "Can I use the same photo on two passports in the same year?",
        "Can I use the same photo on two passports in different years?",
        "content_mismatch",
    ),
    (
        "Can I see the same doctor twice the same week?",
        "Can I see the same doctor twice in different weeks?",
        "content_mismatch",
    ),
    (
        "Can I wear the same dress to two weddings the same summer?",
        "Can I wear the same dress to two weddings in different summers?",
        "content_mismatch",
    ),
    (
        "What size generator do I need for a hot dog cart with one steamer?",
        "What size generator do I need for a hot dog cart with a steamer, griddle and fridge?",
        "ask_mismatch",
    ),
    (
        "What size inverter do I need for a camper with one fridge?",
        "What size inverter do I need for a camper with a fridge, microwave and TV?",
        "ask_mismatch",
    ),
    (
        "How big a cooler do I need for a trip with one kid?",
        "How big a cooler do I need for a trip with a kid, two adults and a dog?",
        "ask_mismatch",
    ),
    (
        "How long does it take to cook a roast with one potato?",
        "How long does it take to cook a roast with a potato, carrots and onions?",
        "ask_mismatch",
    ),
    (
        "What size car do I need for a move with one couch?",
        "What size car do I need for a move with a couch, bed and dresser?",
        "ask_mismatch",
    ),
    (
        "How much does it cost to fly with one suitcase?",
        "How much does it cost to fly with a suitcase, stroller and car seat?",
        "ask_mismatch",
    ),
]

HARD_42_SERVED = [
    # "the same" said of both nouns on both sides; one item said with "one" / "a" / "a
    # single"; the same list reordered
    (
        "Can I enter the same gingerbread house in two contests the same year?",
        "Can I enter one gingerbread house in two contests in the same year?",
    ),
    (
        "What size generator do I need for a hot dog cart with one steamer?",
        "What size generator does a hot dog cart with a single steamer need?",
    ),
    (
        "What size generator do I need for a hot dog cart with one steamer?",
        "What size generator do I need for a hot dog cart with a steamer?",
    ),
    (
        "Can I wear the same dress to two weddings the same summer?",
        "Can I wear one dress to two weddings in the same summer?",
    ),
    (
        "Can I see the same doctor twice in the same week?",
        "Can I see one doctor twice the same week?",
    ),
    (
        "How big a tent do I need for a trip with one dog?",
        "How big a tent do I need for a trip with a single dog?",
    ),
    (
        "What size car do I need for a move with a couch, bed and dresser?",
        "What size car do I need for a move with a bed, couch and dresser?",
    ),
    (
        "How long does it take to cook a roast with potatoes, carrots and onions?",
        "How long does it take to cook a roast with carrots, onions and potatoes?",
    ),
]


def test_hard_42_same_against_different_with_sameness_kept_reader() -> None:
    """ "the same" against "different" before one noun is read although both sides say
    "the same" of another noun; "the same" of both nouns on both sides, or "one" against
    "the same", is not."""
    read = shared.one_against_separate
    for x, y in (
        ("the same house the same year", "the same house in different years"),
        ("the same team on the same day", "the same team on different days"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("the same house the same year", "one house in the same year"),
        ("the same house in different years", "different years for the same house"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


def test_hard_42_item_grown_into_list_reader() -> None:
    """One item ("one steamer", "a steamer") against a comma-joined list starting with it
    whose later items are new things: read; the determiner alone changed, a list reordered,
    and a list without commas whose "and" is inside are not."""
    read = asks.added_conjunct
    for x, y in (
        ("a cart with one steamer", "a cart with a steamer, griddle and fridge"),
        ("a cart with a steamer", "a cart with a steamer, griddle and fridge"),
        ("a trip with one kid", "a trip with a kid, two adults and a dog"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b, diff(a, b)) and read(b, a, diff(b, a)), (x, y)
    for x, y in (
        ("a cart with one steamer", "a cart with a single steamer"),
        ("a cart with a steamer, griddle and fridge", "a cart with a griddle, steamer and fridge"),
        ("a cart with one steamer", "a cart with a steamer griddle and fridge"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b, diff(a, b)) and not read(b, a, diff(b, a)), (x, y)


# -- hardening pass 43 (blind round 282): a size, weight, length or speed word put on one
# side before the noun after "for" / "after" (what the amount is for) in a question of
# amount ("for afternoon tea" / "for a light afternoon tea", "for a wedding" / "for a small
# wedding"): the size of the meal or the event sets the amount (scaled.scale_on_occasion) --

HARD_43_REFUSED = [
    (
        "How many sandwiches per person for afternoon tea for 10 guests?",
        "How many sandwiches per person for a light afternoon tea for 10 guests?",
        "qualifier_mismatch",
    ),
    (
        "How much wine should I buy for a wedding of 100 guests?",
        "How much wine should I buy for a small wedding of 100 guests?",
        "qualifier_mismatch",
    ),
    (
        "How many calories should I eat for breakfast?",
        "How many calories should I eat for a big breakfast?",
        "qualifier_mismatch",
    ),
    (
        "How many slides should I prepare for a meeting?",
        "How many slides should I prepare for a quick meeting?",
        "qualifier_mismatch",
    ),
    (
        "How much rice per person for lunch?",
        "How much rice per person for a light lunch?",
        "qualifier_mismatch",
    ),
    (
        "How long should I rest after dinner?",
        "How long should I rest after a heavy dinner?",
        "qualifier_mismatch",
    ),
    (
        "How much insulin should I take for dinner?",
        "How much insulin should I take for a big dinner?",
        "qualifier_mismatch",
    ),
    (
        "How much coffee should I brew for brunch for 12?",
        "How much coffee should I brew for a quick brunch for 12?",
        "qualifier_mismatch",
    ),
    (
        "How many volunteers do we need for a festival?",
        "How many volunteers do we need for a small festival?",
        "qualifier_mismatch",
    ),
]

HARD_43_SERVED = [
    # an article added, the qualifier on both sides, politeness and filler, a qualifier of no
    # amount ("lovely", "nice")
    (
        "How many sandwiches per person for afternoon tea for 10 guests?",
        "How many sandwiches per person for an afternoon tea for 10 guests?",
    ),
    (
        "How many sandwiches per person for a light afternoon tea for 10 guests?",
        "How many sandwiches per person for a light afternoon tea for ten guests?",
    ),
    (
        "How many sandwiches per person for afternoon tea for 10 guests?",
        "Hi, how many sandwiches per person for afternoon tea for 10 guests please?",
    ),
    (
        "How much food should I make for a dinner party for 8?",
        "How much food should I make for a lovely dinner party for 8?",
    ),
    (
        "How many appetizers per guest for a cocktail hour?",
        "How many appetizers per guest for a nice cocktail hour?",
    ),
    (
        "How much food should I make for a light dinner party for 8?",
        "How much food should I prepare for a light dinner party for 8?",
    ),
    (
        "How much wine should I buy for a small wedding of 100 guests?",
        "Please tell me how much wine I should buy for a small wedding of 100 guests.",
    ),
    (
        "How long should I rest after a heavy dinner?",
        "How long should I rest after a heavy dinner, please?",
    ),
]


# -- hardening pass 44 (blind round 289): a kinship noun (parent, grandfather, aunt, niece,
# sister, cousin, ...) named on both sides with another degree on one: "great-" (or several),
# "grand-", "step-", "half-", "god-" before it, an ordinal before "cousin", "once
# removed" or "in law" after it, on one noun or on each of several ("my grandfather" / "my
# great-great-grandfather", "aunts and nieces" / "great-aunts and great-nieces"): another
# relative (degrees.kin_degree_changed) --

HARD_44_REFUSED = [
    (
        "Can I use a DNA test to find my grandfather?",
        "Can I use a DNA test to find my great-great-grandfather?",
        "added_detail",
    ),
    (
        "What percentage of DNA do aunts and nieces share?",
        "What percentage of DNA do great-aunts and great-nieces share?",
        "added_detail",
    ),
    (
        "Can I inherit from my grandmother's estate?",
        "Can I inherit from my great-great-grandmother's estate?",
        "added_detail",
    ),
    (
        "Do uncles and nephews share the same Y-DNA?",
        "Do great-uncles and great-nephews share the same Y-DNA?",
        "added_detail",
    ),
    (
        "Can my brother and sister witness my will?",
        "Can my half-brother and half-sister witness my will?",
        "added_detail",
    ),
    (
        "Is my first cousin once removed a blood relative?",
        "Is my first cousin a blood relative?",
        "added_detail",
    ),
    (
        "Can my aunts and uncles contest the will?",
        "Can my great-aunts and great-uncles contest the will?",
        "added_detail",
    ),
    (
        "Can my nephew be my power of attorney?",
        "Can my great-great-nephew be my power of attorney?",
        "added_detail",
    ),
    (
        "Can I claim my grandchildren as dependents?",
        "Can I claim my great-great-grandchildren as dependents?",
        "added_detail",
    ),
    (
        "How much DNA do I share with my uncle and aunt?",
        "How much DNA do I share with my great-uncle and great-aunt?",
        "added_detail",
    ),
]

HARD_44_SERVED = [
    # one relative spelled apart, with a hyphen or as one word, "grand-" for "great-" before
    # aunt and niece, a family word ("grandpa"), the same relatives in another order
    (
        "How do I address a letter to my great-grandfather?",
        "How do I address a letter to my great grandfather?",
    ),
    (
        "How do I address a letter to my great-grandfather?",
        "How do I address a letter to my greatgrandfather?",
    ),
    (
        "Can I use a DNA test to find my grandpa?",
        "Can I use a DNA test to find my grandfather?",
    ),
    (
        "What percentage of DNA do great-aunts and great-nieces share?",
        "What percentage of DNA do great aunts and great nieces share?",
    ),
    (
        "What percentage of DNA do great-aunts and great-nieces share?",
        "What percentage of DNA do grand-aunts and grand-nieces share?",
    ),
    ("Can my step-daughter claim my pension?", "Can my stepdaughter claim my pension?"),
    ("Can my half-sister sign for me?", "Can my half sister sign for me?"),
    (
        "Can my great-grandparents and grandparents both be listed?",
        "Can my grandparents and great-grandparents both be listed?",
    ),
]


# -- hardening pass 45 (blind round 289): a named place narrowed on one side, "in X" against
# "in a / the X N.." or "in X's N..", the name made a modifier of a place noun ("in Denver" /
# "in a Denver historic district", "in Chicago" / "in a Chicago park"): the rules of the
# place inside X differ (places.narrowed_place) --

HARD_45_REFUSED = [
    (
        "Can I paint my own garage door with graffiti in Denver?",
        "Can I paint my own garage door with graffiti in a Denver historic district?",
        "added_detail",
    ),
    (
        "Can I fly a drone in Chicago?",
        "Can I fly a drone in a Chicago park?",
        "added_detail",
    ),
    (
        "Can I carry a knife in London?",
        "Can I carry a knife in a London school?",
        "added_detail",
    ),
    (
        "Can I smoke weed in Seattle?",
        "Can I smoke weed in a Seattle public park?",
        "added_detail",
    ),
    (
        "Is it legal to drink alcohol in Boston?",
        "Is it legal to drink alcohol in a Boston suburb?",
        "added_detail",
    ),
    (
        "Can I open carry a gun in Phoenix?",
        "Can I open carry a gun in the Phoenix airport?",
        "added_detail",
    ),
    (
        "Do I need a permit to build a shed in Portland?",
        "Do I need a permit to build a shed in a Portland historic district?",
        "added_detail",
    ),
    (
        "Can I camp overnight in my car in Utah?",
        "Can I camp overnight in my car in a Utah national park?",
        "added_detail",
    ),
    (
        "Can I use a metal detector in Texas?",
        "Can I use a metal detector in a Texas state park?",
        "added_detail",
    ),
]

HARD_45_SERVED = [
    # the same place said another way ("the city of X", "X city", "X UK", "the X area", "the
    # state of X"), politeness, and the narrowed place on both sides
    (
        "Can I paint my own garage door with graffiti in Denver?",
        "Can I paint my own garage door with graffiti in the city of Denver?",
    ),
    (
        "Can I paint my own garage door with graffiti in Denver?",
        "Can I paint my own garage door with graffiti in Denver city?",
    ),
    (
        "Can I fly a drone in Chicago?",
        "Can I fly a drone in the Chicago area?",
    ),
    (
        "Can I carry a knife in London?",
        "Can I carry a knife in London UK?",
    ),
    (
        "Can I camp overnight in my car in Utah?",
        "Can I camp overnight in my car in the state of Utah?",
    ),
    (
        "Is it legal to keep chickens in Austin?",
        "Is it legal to keep chickens in the city of Austin?",
    ),
    (
        "Can I smoke weed in Seattle?",
        "Can I smoke weed in the Seattle metro area?",
    ),
    (
        "Can I paint my garage door with graffiti in a Denver historic district?",
        "Can I paint my own garage door with graffiti in a Denver historic district?",
    ),
]


# -- hardening pass 46 (blind round 302): a noun phrase narrowed on both flanks on one side, a
# qualifier put before its head and a place phrase after it ("a paella class" / "a private
# paella class at my home", "a yoga class" / "a private yoga class at my house"): another event,
# so another answer (venues.qualified_venue) --

HARD_46_REFUSED = [
    (
        "Do I need to bring anything to a paella class?",
        "Do I need to bring anything to a private paella class at my home?",
        "added_detail",
    ),
    (
        "What should I wear to a yoga class?",
        "What should I wear to a private yoga class at my house?",
        "added_detail",
    ),
    (
        "How much should I tip at a cooking class?",
        "How much should I tip at a private cooking class in my home?",
        "added_detail",
    ),
    (
        "Do I need to bring my own mat to a pilates session?",
        "Do I need to bring my own mat to an outdoor pilates session at the park?",
        "added_detail",
    ),
    (
        "What do I need for a birthday party?",
        "What do I need for a surprise birthday party at my office?",
        "added_detail",
    ),
    (
        "What should I expect at a dance lesson?",
        "What should I expect at a private dance lesson in my living room?",
        "added_detail",
    ),
    (
        "How long does a massage session last?",
        "How long does a couples massage session at my hotel last?",
        "added_detail",
    ),
    (
        "What games should I plan for a baby shower?",
        "What games should I plan for a virtual baby shower at my office?",
        "added_detail",
    ),
    (
        "What should I bring to a barbecue?",
        "What should I bring to a backyard barbecue at my neighbor's house?",
        "added_detail",
    ),
    (
        "How much does a photography workshop cost?",
        "How much does an advanced photography workshop in my city cost?",
        "added_detail",
    ),
    (
        "What should I wear to a job interview?",
        "What should I wear to a group job interview at my office?",
        "added_detail",
    ),
    (
        "Do I need a permit for a concert?",
        "Do I need a permit for an outdoor concert in my backyard?",
        "added_detail",
    ),
]

HARD_46_SERVED = [
    # the same event said another way ("the" for "a"), politeness and filler, and the
    # qualifier and the place on both sides
    (
        "Do I need to bring anything to a paella class?",
        "Do I need to bring anything to the paella class?",
    ),
    (
        "Do I need to bring anything to a paella class?",
        "Hi, do I need to bring anything to a paella class please?",
    ),
    (
        "What should I wear to a yoga class?",
        "What should I wear to a yoga class, please?",
    ),
    (
        "How much should I tip at a cooking class?",
        "Hello! How much should I tip at a cooking class?",
    ),
    (
        "What should I wear to a private yoga class at my house?",
        "Hi, what should I wear to a private yoga class at my house?",
    ),
    (
        "Do I need to bring anything to a private paella class at my home?",
        "Do I need to bring anything to the private paella class at my home?",
    ),
    (
        "Do I need to bring my own mat to an outdoor pilates session at the park?",
        "Do I need to bring my own mat to the outdoor pilates session at the park?",
    ),
    (
        "Do I need to bring my own mat to a pilates session?",
        "Do we need to bring our own mat to a pilates session?",
    ),
]


# -- hardening pass 47 (blind round 317): one word's first consonant swapped for another far
# from it on the keyboard, the rest of the word the same ("fusty" / "musty", "gutter" /
# "putter"): two words that rhyme, not a typo of one, so another answer (onsets.onset_rhyme,
# read by diffs.two_words); a slip of a neighbouring key, a misspelling inside the word and US /
# UK spellings stay typos --

HARD_47_REFUSED = [
    (
        "What does a fusty defect taste like in olive oil?",
        "What does a musty defect taste like in olive oil?",
        "content_mismatch",
    ),
    (
        "How do I get rid of a musty smell in my car?",
        "How do I get rid of a dusty smell in my car?",
        "content_mismatch",
    ),
    ("What does burbot taste like?", "What does turbot taste like?", "content_mismatch"),
    ("How do I clean a gutter?", "How do I clean a putter?", "content_mismatch"),
    ("How do I write a jingle?", "How do I write a single?", "content_mismatch"),
    (
        "How do I refinish a wooden mallet?",
        "How do I refinish a wooden pallet?",
        "content_mismatch",
    ),
    (
        "How do I clean a leather wallet?",
        "How do I clean a leather mallet?",
        "content_mismatch",
    ),
]

HARD_47_SERVED = [
    # a letter dropped or swapped inside a word, a first letter hit on the neighbouring key,
    # US / UK spellings and a plural
    (
        "What does a fusty defect taste like?",
        "What does a fusty defct taste like?",
    ),
    ("When will I recieve my refund?", "When will I receive my refund?"),
    ("What is teh capital of France?", "What is the capital of France?"),
    ("What colour is a flamingo?", "What color is a flamingo?"),
    ("What flavour goes with lemon?", "What flavor goes with lemon?"),
    ("How do I fix a wobbly xhair?", "How do I fix a wobbly chair?"),
    (
        "How much does a gallon of paint cover?",
        "How much does a fallon of paint cover?",
    ),
    ("How do I clean a gutter?", "How do I clean gutters?"),
]


def test_hard_47_onset_rhyme_reader() -> None:
    """A first consonant swapped for one far from it on the keyboard, both words of at most
    two BPE pieces: read both ways; a neighbouring key, a vowel, a short word, a letter
    changed inside the word and a mangled long word are not."""
    read = onsets.onset_rhyme
    for x, y in (("fusty", "musty"), ("gutter", "putter"), ("jingle", "single")):
        assert read(x, y) and read(y, x), (x, y)
    for x, y in (
        ("xhair", "chair"),
        ("gallon", "fallon"),
        ("affect", "effect"),
        ("bat", "cat"),
        ("write", "wrote"),
        ("defect", "defct"),
        ("colour", "color"),
        ("bjorkstrandify", "pjorkstrandify"),
    ):
        assert not read(x, y) and not read(y, x), (x, y)


# -- hardening pass 48 (blind rounds 316 and 317): (317) a degree prefix of a closed class
# (extra, ultra, super, hyper, mega) dropped from before a modifier of a head word ("extra
# virgin olive oil" / "virgin olive oil"): another grade, so another answer
# (nearmiss.affix_added); (316) an exclusion phrase with its noun phrase added on one side
# ("the most popular item at Snow's BBQ besides brisket" / "... at Snow's BBQ"): the likely
# answer is taken away (exclusions.exclusion_added) --

HARD_48_REFUSED = [
    (
        "What's the acidity limit for extra virgin olive oil?",
        "What's the acidity limit for virgin olive oil?",
        "added_detail",
    ),
    (
        "What's the most popular item at Snow's BBQ besides brisket?",
        "What's the most popular item at Snow's BBQ?",
        "negation_mismatch",
    ),
    (
        "What's the weight limit for an extra large suitcase?",
        "What's the weight limit for a large suitcase?",
        "added_detail",
    ),
    (
        "How much caffeine is in an extra strong coffee?",
        "How much caffeine is in a strong coffee?",
        "added_detail",
    ),
    (
        "What is the fat content of extra lean ground beef?",
        "What is the fat content of lean ground beef?",
        "added_detail",
    ),
    (
        "Can I use extra fine sandpaper on wood?",
        "Can I use fine sandpaper on wood?",
        "added_detail",
    ),
    (
        "What's the best dish at this restaurant besides the pasta?",
        "What's the best dish at this restaurant?",
        "negation_mismatch",
    ),
    (
        "What can I use as a sweetener in tea other than sugar?",
        "What can I use as a sweetener in tea?",
        "negation_mismatch",
    ),
    (
        "What's a healthy side dish for steak apart from potatoes?",
        "What's a healthy side dish for steak?",
        "negation_mismatch",
    ),
    (
        "What's the best exercise for abs aside from crunches?",
        "What's the best exercise for abs?",
        "negation_mismatch",
    ),
]

HARD_48_SERVED = [
    # the same grade said two ways, the same exclusion said two ways, politeness and filler
    (
        "What's the acidity limit for extra virgin olive oil?",
        "What's the acidity limit for extra-virgin olive oil?",
    ),
    (
        "What's the weight limit for an extra large suitcase?",
        "What's the weight limit for an extra-large suitcase?",
    ),
    (
        "How much caffeine is in an extra strong coffee?",
        "Hi, how much caffeine is in an extra strong coffee?",
    ),
    (
        "What is the fat content of extra lean ground beef?",
        "What is the fat content of extra lean ground beef, please?",
    ),
    (
        "What's the most popular item at Snow's BBQ besides brisket?",
        "What's the most popular item at Snow's BBQ other than brisket?",
    ),
    (
        "What's a good snack for kids besides chips?",
        "What's a good snack for kids other than chips?",
    ),
    (
        "What's the best exercise for abs aside from crunches?",
        "Hello, what's the best exercise for abs aside from crunches?",
    ),
    (
        "What's the most popular item at Snow's BBQ?",
        "Hi, what's the most popular item at Snow's BBQ?",
    ),
]


def test_hard_48_degree_prefix_reader() -> None:
    """A degree prefix added before a modifier of a head word: read both ways; before a noun
    it sizes, at the end of the prompt, or on both sides it is not."""
    read = nearmiss.affix_added
    for x, y in (
        ("Is extra virgin olive oil healthy?", "Is virgin olive oil healthy?"),
        ("Is an ultra light tent worth it?", "Is a light tent worth it?"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("Is there an extra fee for bags?", "Is there a fee for bags?"),
        ("Who won the Super Bowl?", "Who won the Bowl?"),
        ("Is extra virgin olive oil healthy?", "Is extra-virgin olive oil healthy?"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


def test_hard_48_exclusion_reader() -> None:
    """An exclusion phrase with a noun phrase added on one side: read both ways; the same
    exclusion said another way, an exclusion on both sides and a marker with no content
    word after it are not."""
    read = exclusions.exclusion_added
    for x, y in (
        ("Best pizza in town besides Joe's?", "Best pizza in town?"),
        ("Besides rice, what goes with curry?", "What goes with curry?"),
        ("What sport is popular except for soccer?", "What sport is popular?"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("Best pizza besides Joe's?", "Best pizza other than Joe's?"),
        ("Best pizza besides Joe's?", "Best pizza besides Joe's in town?"),
        ("What else is there?", "What else is there besides that?"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


# -- hardening pass 49 (blind round 319): the counted noun of "how many" traded with the
# noun counted per one: "how many A V B" counts A, "how many B can one A V" counts B per A
# ("How many judges award style points?" / "How many style points can one judge award?"):
# the same words, but what is counted moved to the other noun, so the answer is another
# number (counted.count_traded) --

HARD_49_REFUSED = [
    (
        "How many judges award style points in ski jumping?",
        "How many style points can one judge award in ski jumping?",
        "question_mismatch",
    ),
    (
        "How many referees give yellow cards in a match?",
        "How many yellow cards can one referee give in a match?",
        "question_mismatch",
    ),
    (
        "How many teachers grade each exam?",
        "How many exams can one teacher grade?",
        "question_mismatch",
    ),
    (
        "How many nurses care for a patient in the ICU?",
        "How many patients can one nurse care for in the ICU?",
        "question_mismatch",
    ),
    (
        "How many players take penalties in a shootout?",
        "How many penalties can one player take in a shootout?",
        "question_mismatch",
    ),
    (
        "How many drivers deliver parcels on a route?",
        "How many parcels can one driver deliver on a route?",
        "question_mismatch",
    ),
    (
        "How many waiters serve tables in a restaurant?",
        "How many tables can one waiter serve in a restaurant?",
        "question_mismatch",
    ),
    (
        "How many doctors treat patients in an emergency room?",
        "How many patients can one doctor treat in an emergency room?",
        "question_mismatch",
    ),
    (
        "How many pilots fly planes on a long-haul flight?",
        "How many planes can one pilot fly on a long-haul flight?",
        "question_mismatch",
    ),
    (
        "How many lifeguards watch swimmers at a public pool?",
        "How many swimmers can one lifeguard watch at a public pool?",
        "question_mismatch",
    ),
    (
        "How many tutors teach students in an online course?",
        "How many students can one tutor teach in an online course?",
        "question_mismatch",
    ),
    (
        "How many cashiers run registers in a supermarket?",
        "How many registers can one cashier run in a supermarket?",
        "question_mismatch",
    ),
    (
        "How many editors review articles for a journal?",
        "How many articles can one editor review for a journal?",
        "question_mismatch",
    ),
]

HARD_49_SERVED = [
    # the same counted noun said two ways, "how many B can one A V" / "the most B one A can
    # V", a determiner of one said another way, politeness and filler
    (
        "How many judges award style points in ski jumping?",
        "What is the number of judges who award style points in ski jumping?",
    ),
    (
        "How many style points can one judge award in ski jumping?",
        "What's the most style points one judge can award in ski jumping?",
    ),
    (
        "How many judges award style points in ski jumping?",
        "Hey, could you tell me how many judges award style points in ski jumping? Thanks!",
    ),
    (
        "How many teachers grade each exam?",
        "Please tell me how many teachers grade each exam.",
    ),
    (
        "How many penalties can one player take in a shootout?",
        "Hi, how many penalties can one player take in a shootout?",
    ),
    (
        "How many drivers deliver parcels on a route?",
        "Quick question: how many drivers deliver parcels on a route?",
    ),
    (
        "How many patients can one nurse care for in the ICU?",
        "In the ICU, how many patients can one nurse care for?",
    ),
    (
        "How many tables can one waiter serve in a restaurant?",
        "How many tables can each waiter serve in a restaurant?",
    ),
]


# -- hardening pass 50 (blind round 321): the opening wh-word traded for another before a
# copula, the rest the same ("What is X?" / "When is X?", "Where is X?", "Who is X?"): a
# definition against a time, a place or a person of the same thing, so another answer
# (whtraded.wh_traded); "what" / "which", "what" / "who", "what" / "how", "why" / "how"
# and a subject naming a time, a place or a superlative ("the best time") stay one ask --

HARD_50_REFUSED = [
    (
        "What is the Merrie Monarch Festival?",
        "When is the Merrie Monarch Festival?",
        "question_mismatch",
    ),
    ("What is the Edinburgh Fringe?", "When is the Edinburgh Fringe?", "question_mismatch"),
    (
        "What is the Burning Man festival?",
        "Where is the Burning Man festival?",
        "question_mismatch",
    ),
    ("What is the Chelsea Flower Show?", "When is the Chelsea Flower Show?", "question_mismatch"),
    ("Who is the Dalai Lama?", "Where is the Dalai Lama?", "question_mismatch"),
    ("What is Diwali?", "When is Diwali?", "question_mismatch"),
    (
        "What is the Running of the Bulls?",
        "Where is the Running of the Bulls?",
        "question_mismatch",
    ),
    (
        "What was the Treaty of Westphalia?",
        "When was the Treaty of Westphalia?",
        "question_mismatch",
    ),
    ("What's the Great Barrier Reef?", "Where's the Great Barrier Reef?", "question_mismatch"),
    ("What are the Faroe Islands?", "Where are the Faroe Islands?", "question_mismatch"),
    ("What is the Kentucky Derby?", "When is the Kentucky Derby?", "question_mismatch"),
]

HARD_50_SERVED = [
    # one wh-word said another way, the question told as a request, a subject naming a
    # time or a place, "which" for "what", politeness and filler
    ("What is the Merrie Monarch Festival?", "What's the Merrie Monarch Festival?"),
    ("What is the Merrie Monarch Festival?", "Tell me what the Merrie Monarch Festival is."),
    ("When is the Edinburgh Fringe?", "When does the Edinburgh Fringe take place?"),
    ("What is Diwali?", "Hi, what is Diwali? Thanks!"),
    ("Which is the oldest festival in Hawaii?", "What's the oldest festival in Hawaii?"),
    (
        "What is the best time to visit the Chelsea Flower Show?",
        "When is the best time to visit the Chelsea Flower Show?",
    ),
    (
        "What's the best place to camp at Burning Man?",
        "Where's the best place to camp at Burning Man?",
    ),
    ("When is the Kentucky Derby?", "When's the Kentucky Derby?"),
]


# -- hardening pass 51 (blind round 342): a condition led by the preposition of state "with"
# on one side and by a preposition of time ("after", "before", "during", "since", "until")
# on the other, the object and the rest the same ("fly with a head cold" / "fly after a head
# cold"): while the condition holds against another time, so another answer
# (withtime.state_against_time); the condition said with a verb ("while I have a cold",
# "after having the flu"), casing, politeness and filler stay one ask --

HARD_51_REFUSED = [
    (
        "Is it OK to fly an autogyro with a head cold?",
        "Is it OK to fly an autogyro after a head cold?",
        "time_mismatch",
    ),
    ("Can I go diving with a cold?", "Can I go diving after a cold?", "time_mismatch"),
    ("Can I fly with a broken leg?", "Can I fly after a broken leg?", "time_mismatch"),
    (
        "Is it safe to swim with an ear infection?",
        "Is it safe to swim after an ear infection?",
        "time_mismatch",
    ),
    ("Can I donate blood with a tattoo?", "Can I donate blood after a tattoo?", "time_mismatch"),
    (
        "Can I run a marathon with a sprained ankle?",
        "Can I run a marathon after a sprained ankle?",
        "time_mismatch",
    ),
    ("Can I exercise with the flu?", "Can I exercise after the flu?", "time_mismatch"),
    ("Can I drive with a concussion?", "Can I drive after a concussion?", "time_mismatch"),
    (
        "Is it safe to fly with a sinus infection?",
        "Is it safe to fly after a sinus infection?",
        "time_mismatch",
    ),
    (
        "Can I ride a bike with a broken wrist?",
        "Can I ride a bike after a broken wrist?",
        "time_mismatch",
    ),
    (
        "Can I play soccer with a pulled hamstring?",
        "Can I play soccer during a pulled hamstring?",
        "time_mismatch",
    ),
    ("Can I go scuba diving with asthma?", "Can I go scuba diving since asthma?", "time_mismatch"),
    ("Can I go diving with a cold?", "Can I go diving before a cold?", "time_mismatch"),
    (
        "Is it safe to travel with pneumonia?",
        "Is it safe to travel after pneumonia?",
        "time_mismatch",
    ),
    (
        "Can I do yoga with a herniated disc?",
        "Can I do yoga after a herniated disc?",
        "time_mismatch",
    ),
]

HARD_51_SERVED = [
    # "with X" said as a clause, "after X" said with a verb, casing, politeness and filler
    (
        "Is it OK to fly an autogyro with a head cold?",
        "is it ok to fly an autogyro with a head cold",
    ),
    (
        "Is it OK to fly an autogyro with a head cold?",
        "Hi, is it OK to fly an autogyro while I have a head cold? Thanks!",
    ),
    ("Can I go diving with a cold?", "Can I go diving when I have a cold?"),
    ("Can I go diving with a cold?", "Can I go diving having a cold?"),
    ("Can I fly with a broken leg?", "Can I fly while I have a broken leg?"),
    ("Can I exercise after the flu?", "Can I exercise after having the flu?"),
    ("Can I donate blood after a tattoo?", "Can I donate blood after getting a tattoo?"),
    ("Can I drive with a concussion?", "Please, can I drive with a concussion?"),
]


# -- hardening pass 52 (blind round 358): a measure noun ("depth", "age", "temperature",
# "weight", "size", "dose" ...) led by degree qualifiers of different closed groups, one word
# against one in place ("the minimum pool depth" / "the ideal pool depth", "the recommended
# water temperature" / "the maximum water temperature"): a limit, a target, a typical value
# and a legal or safe bound are other numbers (limits.qualifier_swapped); synonyms of one
# group ("ideal" / "optimal" / "best", "maximum" / "max"), politeness and filler stay one ask --

HARD_52_REFUSED = [
    (
        "What's the minimum pool depth for underwater hockey?",
        "What's the ideal pool depth for underwater hockey?",
        "aggregate_mismatch",
    ),
    (
        "What's the minimum age for a tattoo in Ohio?",
        "What's the ideal age for a tattoo in Ohio?",
        "aggregate_mismatch",
    ),
    (
        "What's the recommended water temperature for a baby's bath?",
        "What's the maximum water temperature for a baby's bath?",
        "aggregate_mismatch",
    ),
    (
        "What's the minimum weight for a forward-facing car seat?",
        "What's the typical weight for a forward-facing car seat?",
        "aggregate_mismatch",
    ),
    (
        "What's the average team size for a hackathon?",
        "What's the maximum team size for a hackathon?",
        "aggregate_mismatch",
    ),
    (
        "What's the ideal weight for a 5 foot 6 woman?",
        "What's the average weight for a 5 foot 6 woman?",
        "aggregate_mismatch",
    ),
    (
        "What's the recommended daily calorie intake for a teenager?",
        "What's the minimum daily calorie intake for a teenager?",
        "aggregate_mismatch",
    ),
    (
        "What's the safe distance from a wildfire?",
        "What's the recommended distance from a wildfire?",
        "aggregate_mismatch",
    ),
    (
        "What's the best soil ph for blueberries?",
        "What's the lowest soil ph for blueberries?",
        "aggregate_mismatch",
    ),
    (
        "What's the legal height for a backyard fence in Austin?",
        "What's the ideal height for a backyard fence in Austin?",
        "aggregate_mismatch",
    ),
    (
        "What is the recommended dose of melatonin for kids?",
        "What is the maximum dose of melatonin for kids?",
        "aggregate_mismatch",
    ),
]

HARD_52_SERVED = [
    # synonyms within one group, a qualifier before a non-measure, politeness and filler
    (
        "What's the ideal pool depth for underwater hockey?",
        "What's the best pool depth for underwater hockey?",
    ),
    (
        "What's the ideal pool depth for underwater hockey?",
        "What's the optimal pool depth for underwater hockey?",
    ),
    (
        "What's the recommended water temperature for a baby's bath?",
        "What's the suggested water temperature for a baby's bath?",
    ),
    ("What's the maximum team size for a hackathon?", "What's the max team size for a hackathon?"),
    (
        "What's the minimum age for a tattoo in Ohio?",
        "Could you tell me the minimum age for a tattoo in Ohio?",
    ),
    (
        "What's the usual team size for a hackathon?",
        "What's the typical team size for a hackathon?",
    ),
    (
        "What's the ideal room temperature for a nursery?",
        "what's the ideal room temperature for a nursery",
    ),
    (
        "What's the max dose of ibuprofen for adults?",
        "Hi, what's the maximum dose of ibuprofen for adults? Thanks!",
    ),
    ("What's the best laptop for students?", "What's the top laptop for students?"),
]


# -- hardening pass 53 (blind round 366): a direction preposition before a moving medium or
# force changed in place after the same word ("take off into the wind" / "take off with the
# wind", "swim across the current" / "swim with the current"): facing, following and crossing
# a wind, a current, a tide or the waves are other headings (headings.heading_flipped); the
# same heading said two ways ("against" / "into"), both said as alternatives, "into" before
# traffic (joining it), politeness and filler stay one ask --

HARD_53_REFUSED = [
    (
        "Should a floatplane take off into the wind?",
        "Should a floatplane take off with the wind?",
        "negation_mismatch",
    ),
    (
        "Should a sailboat anchor into the wind?",
        "Should a sailboat anchor with the wind?",
        "negation_mismatch",
    ),
    (
        "How fast can a drone fly into the wind?",
        "How fast can a drone fly with the wind?",
        "negation_mismatch",
    ),
    (
        "Why do birds take off into the wind?",
        "Why do birds take off with the wind?",
        "negation_mismatch",
    ),
    (
        "Is it safe to swim across the current?",
        "Is it safe to swim with the current?",
        "negation_mismatch",
    ),
    ("Why do ducks land into the wind?", "Why do ducks land with the wind?", "negation_mismatch"),
    ("Should you surf into the waves?", "Should you surf with the waves?", "negation_mismatch"),
    (
        "Is it faster to row into the tide?",
        "Is it faster to row with the tide?",
        "negation_mismatch",
    ),
    (
        "Can a drone fly into a strong wind?",
        "Can a drone fly with a strong wind?",
        "negation_mismatch",
    ),
]

HARD_53_SERVED = [
    # one heading said two ways, both offered, "into traffic", politeness and filler
    (
        "Should a floatplane take off against the wind?",
        "Should a floatplane take off into the wind?",
    ),
    (
        "Hi, should a floatplane take off into the wind? Thanks",
        "Should a floatplane take off into the wind?",
    ),
    ("Can a drone fly into a strong wind?", "Can a drone fly into strong wind?"),
    ("Should you fish upstream or downstream?", "Should you fish downstream or upstream?"),
    ("Why do birds take off into the wind?", "Why do birds take off facing into the wind?"),
    ("Should I merge into traffic slowly?", "Should I merge with traffic slowly?"),
    (
        "Should I ride with traffic or against it?",
        "Should cyclists ride against traffic or with it?",
    ),
    ("How do I sand with the grain?", "How should I sand with the grain?"),
]


# -- hardening pass 54 (blind round 369): a time or age measure ("age", "time", "date",
# "hour", "day", "month", "year", "season") led by a target ("best", "ideal", "right",
# "recommended") against a limit said with a superlative of time or age ("latest",
# "earliest", "oldest", "youngest"), one word against one in place ("the best age to start
# training" / "the latest age to start training"): a bound like "maximum" / "minimum" is
# another number than the target (limits.qualifier_swapped, widened groups and time nouns);
# synonyms of one group ("best" / "ideal" / "right"), politeness and filler stay one ask --

HARD_54_REFUSED = [
    (
        "What's the best age to start training for jai alai?",
        "What's the latest age to start training for jai alai?",
        "aggregate_mismatch",
    ),
    (
        "What's the best age to start piano lessons?",
        "What's the latest age to start piano lessons?",
        "aggregate_mismatch",
    ),
    (
        "What's the ideal time to book a wedding venue?",
        "What's the latest time to book a wedding venue?",
        "aggregate_mismatch",
    ),
    (
        "What's the best date to plant garlic?",
        "What's the earliest date to plant garlic?",
        "aggregate_mismatch",
    ),
    (
        "What's the recommended age to get a first phone?",
        "What's the youngest age to get a first phone?",
        "aggregate_mismatch",
    ),
    (
        "What's the best time to arrive at the airport?",
        "What's the latest time to arrive at the airport?",
        "aggregate_mismatch",
    ),
    (
        "What's the best month to plant tulip bulbs?",
        "What's the latest month to plant tulip bulbs?",
        "aggregate_mismatch",
    ),
    (
        "What's the ideal hour to water a lawn?",
        "What's the earliest hour to water a lawn?",
        "aggregate_mismatch",
    ),
    (
        "What's the best year to buy a used Prius?",
        "What's the oldest year to buy a used Prius?",
        "aggregate_mismatch",
    ),
    (
        "What's the best day to file taxes?",
        "What's the latest day to file taxes?",
        "aggregate_mismatch",
    ),
    (
        "What's the recommended age to retire?",
        "What's the earliest age to retire?",
        "aggregate_mismatch",
    ),
    (
        "What's the best season to prune roses?",
        "What's the latest season to prune roses?",
        "aggregate_mismatch",
    ),
]

HARD_54_SERVED = [
    # synonyms within one group, politeness, filler and case
    ("What's the best age to start piano lessons?", "What's the ideal age to start piano lessons?"),
    ("What's the best age to start piano lessons?", "What's the right age to start piano lessons?"),
    ("What's the best date to plant garlic?", "What's the optimal date to plant garlic?"),
    (
        "What's the ideal time to book a wedding venue?",
        "What's the optimal time to book a wedding venue?",
    ),
    (
        "What's the latest time to book a wedding venue?",
        "Hi, what's the latest time to book a wedding venue? Thanks!",
    ),
    ("What's the earliest date to plant garlic?", "what's the earliest date to plant garlic"),
    (
        "What's the youngest age to get a first phone?",
        "Could you tell me the youngest age to get a first phone?",
    ),
    (
        "What's the latest time to arrive at the airport?",
        "What's the latest time I can arrive at the airport?",
    ),
]

# Hardening pass 55 (blind round 383): a "How ADJ + modal + you be" question asking a lower
# bound with a necessity modal ("How old must you be to compete", "do you have to be to",
# "do you need to be to") against an upper bound with "can / could ... be and still" ("How
# old can you be and still compete"), the same adjective: a minimum is another number than
# a maximum (howbounds.how_bound_swapped, under aggregate_mismatch); the same bound said
# with another modal of its class, politeness and filler stay one ask --

HARD_55_REFUSED = [
    (
        "How old must you be to compete in the Urdd Eisteddfod?",
        "How old can you be and still compete in the Urdd Eisteddfod?",
        "aggregate_mismatch",
    ),
    (
        "How old must you be to rent a car?",
        "How old can you be and still rent a car?",
        "aggregate_mismatch",
    ),
    (
        "How tall do you have to be to ride the roller coaster?",
        "How tall can you be and still ride the roller coaster?",
        "aggregate_mismatch",
    ),
    (
        "How heavy must you be to donate blood?",
        "How heavy can you be and still donate blood?",
        "aggregate_mismatch",
    ),
    (
        "How old do you need to be to adopt?",
        "How old can you be and still adopt?",
        "aggregate_mismatch",
    ),
    (
        "How old do you have to be to join the army?",
        "How old can you be and still join the army?",
        "aggregate_mismatch",
    ),
    (
        "How old do you have to be to run for president?",
        "How old can you be and still run for president?",
        "aggregate_mismatch",
    ),
    (
        "How fast do you have to be to qualify for the Boston Marathon?",
        "How fast can you be and still qualify for the Boston Marathon?",
        "aggregate_mismatch",
    ),
    (
        "How old must you be to get a learner's permit?",
        "How old could you be and still get a learner's permit?",
        "aggregate_mismatch",
    ),
    (
        "How tall must you be to join the police?",
        "How tall can you be and still join the police?",
        "aggregate_mismatch",
    ),
    (
        "How old do you have to be to play in the Little League?",
        "How old can you be and still play in the Little League?",
        "aggregate_mismatch",
    ),
    (
        "How heavy do you need to be to donate plasma?",
        "How heavy can you be and still donate plasma?",
        "aggregate_mismatch",
    ),
]

HARD_55_SERVED = [
    # the same bound with another modal of its class, politeness, filler and case
    (
        "How old must you be to compete in the Urdd Eisteddfod?",
        "How old do you have to be to compete in the Urdd Eisteddfod?",
    ),
    (
        "How old must you be to compete in the Urdd Eisteddfod?",
        "How old do you need to be to compete in the Urdd Eisteddfod?",
    ),
    (
        "How old can you be and still compete in the Urdd Eisteddfod?",
        "How old could you be and still compete in the Urdd Eisteddfod?",
    ),
    ("How old must you be to rent a car?", "Hi, how old must you be to rent a car? Thanks!"),
    ("How old can you be and still rent a car?", "how old can you be and still rent a car"),
    (
        "How tall do you have to be to ride the roller coaster?",
        "How tall must you be to ride the roller coaster?",
    ),
    ("How heavy must you be to donate blood?", "How heavy do you need to be to donate blood?"),
]


def test_hard_49_count_traded_reader() -> None:
    """ "How many A V B" against "How many B <aux> one A V": read both ways; B counted on
    both sides, a noun of A's before B with no verb between, and the same shape on both
    sides are not."""
    read = counted.count_traded
    for x, y in (
        ("How many chefs cook meals in a kitchen?", "How many meals can one chef cook?"),
        ("How many judges can award points?", "How many points does each judge award?"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("How many points can one judge award?", "How many points can a single judge award?"),
        ("How many judge points are there?", "How many points can one judge award?"),
        ("How many points do judges award?", "How many points can one judge award?"),
        ("How many judges award points?", "How many judges give points?"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


def test_hard_46_qualified_venue_reader() -> None:
    """A qualifier before a shared noun phrase and a place phrase after it on one side: read
    both ways; a place alone, a qualifier alone, praise for a qualifier, a time for a place
    and the same words on both sides are not."""
    read = venues.qualified_venue
    for x, y in (
        ("Tips for a wedding?", "Tips for a winter wedding at my farm?"),
        ("What to bring to a picnic?", "What to bring to a church picnic in the park?"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("What to bring to a paella class?", "What to bring to a paella class at my home?"),
        ("What to bring to a paella class?", "What to bring to a private paella class?"),
        ("What to bring to a paella class?", "What to bring to a good paella class at my home?"),
        ("What to wear to a yoga class?", "What to wear to a hot yoga class in the morning?"),
        ("What to bring to a paella class?", "What to bring to a paella cooking class?"),
        (
            "What to bring to a private paella class at my home?",
            "What to bring to the private paella class at my home?",
        ),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


def test_hard_45_narrowed_place_reader() -> None:
    """ "in X" against "in a / the X N.." or "in X's N..": read both ways; the same place said
    another way, a lower-case name, a name with more words after it and a name with no kind
    of place after it are not."""
    read = places.narrowed_place
    for x, y in (
        ("Can I fly a drone in Chicago?", "Can I fly a drone in Chicago's parks?"),
        ("Is a permit needed in the UK?", "Is a permit needed in a UK national park?"),
        ("Can I swim in Lake Tahoe?", "Can I swim in a Lake Tahoe marina?"),
    ):
        assert read(x, y) and read(y, x), (x, y)
    for x, y in (
        ("Can I fly a drone in Chicago?", "Can I fly a drone in the Chicago metro area?"),
        ("Can I fly a drone in chicago?", "Can I fly a drone in a chicago park?"),
        ("Can I fly a drone in Chicago?", "Can I fly a drone in Chicago, Illinois?"),
        ("Can I fly a drone in Salt Lake?", "Can I fly a drone in Salt Lake City?"),
        ("Can I fly a drone in Chicago?", "Can I fly a drone in the city of Chicago?"),
        # a product read as a name: no kind of place after it, the same ask
        ("How do I sum a column in Excel?", "How do I sum a column in an Excel spreadsheet?"),
        ("How do I set env vars in Docker?", "How do I set env vars in a Docker container?"),
        ("How do I add a TOC in Word?", "How do I add a TOC in a Word document?"),
    ):
        assert not read(x, y) and not read(y, x), (x, y)


def test_hard_43_scale_on_occasion_reader() -> None:
    """A scale word on one side only (or another one) before the same noun after the same
    preposition, in a question of amount: read; an article added, the same scale word on
    both sides, a word of no amount, and a question of no amount are not."""
    read = scaled.scale_on_occasion
    for x, y in (
        ("How much food for a dinner party?", "How much food for a light dinner party?"),
        ("How long to budget for a hike?", "How long to budget for a short hike?"),
        ("How much food for a small party?", "How much food for a big party?"),
    ):
        a, b = parse(x), parse(y)
        assert read(a, b) and read(b, a), (x, y)
    for x, y in (
        ("How much food for afternoon tea?", "How much food for an afternoon tea?"),
        ("How much food for a light lunch?", "How much food for the light lunch?"),
        ("How much food for a party?", "How much food for a lovely party?"),
        ("What should I serve for lunch?", "What should I serve for a light lunch?"),
    ):
        a, b = parse(x), parse(y)
        assert not read(a, b) and not read(b, a), (x, y)


def test_hard_29_graded_state_reader() -> None:
    """A grade read after "in" right before a state noun (one modifier between: "working",
    "physical" ...): grades of one kind, a side that says two kinds, a vague grade ("decent"),
    a grade of another noun ("a fair price") and one without "in" ("a fair condition to put
    in a lease") are no change; good / middling / bad are."""
    same = layers.condition_against_new
    for x, y in (
        ("Is the car in good condition?", "Is the car in great condition?"),
        ("Is the car in excellent shape?", "Is the car in good shape?"),
        (
            "Is a bike in good or poor condition worth more?",
            "Is a bike in poor condition worth more?",
        ),
        ("Is the car in decent condition?", "Is the car in good condition?"),
        ("What's a good price for a used bike?", "What's a fair price for a used bike?"),
        ("Is she in good health?", "Is she in poor spirits?"),
        (
            "Is this a fair condition to put in a lease?",
            "Is this a good condition to put in a lease?",
        ),
    ):
        a, b = parse(x), parse(y)
        assert not same(a, b) and not same(b, a), (x, y)
    for x, y in (
        ("Is the car in good condition?", "Is the car in fair condition?"),
        ("Is the car in great shape?", "Is the car in rough shape?"),
        ("Is the mower in excellent working order?", "Is the mower in poor working order?"),
        ("What is a coin in mint condition worth?", "What is a coin in poor condition worth?"),
        ("Is the house in a good state?", "Is the house in a sorry state?"),
        ("Can he fly if he is in good health?", "Can he fly if he is in ill health?"),
    ):
        a, b = parse(x), parse(y)
        assert same(a, b) and same(b, a), (x, y)


def test_hard_29_own_against_party_reader() -> None:
    """A pronoun's "own" against a party in "'s": the pronoun alone, the team the owner plays
    for ("his team's") and a party the "own" side names ("a player" / "the player's") are one
    owner; a party named nowhere on the "own" side is another (a company, too)."""
    same = moved.own_against_other
    for x, y in (
        ("Can a player be offside in his own half?", "Can a player be offside in his half?"),
        ("Can a player be offside in his own half?", "Can a player be offside in his team's half?"),
        (
            "Can a player be offside in his own half?",
            "Can a player be offside in the player's own half?",
        ),
        ("Can I park in my own driveway?", "Can I park in my driveway?"),
    ):
        assert not same(x, y) and not same(y, x), (x, y)
    for x, y in (
        (
            "Can a player be offside in his own half?",
            "Can a player be offside in the opponent's half?",
        ),
        (
            "Can a player hit the ball on his own side?",
            "Can a player hit the ball on his opponent's side?",
        ),
        ("Is it rude to correct your own child?", "Is it rude to correct a stranger's child?"),
        ("Can I park in my own driveway?", "Can I park in my neighbor's driveway?"),
        ("Can I use my own laptop for work?", "Can I use my company's laptop for work?"),
    ):
        assert same(x, y) and same(y, x), (x, y)


def test_hard_29_stopped_against_ongoing_reader() -> None:
    """An act going on ("is V-ing", "is still V-ing", "keeps V-ing") against one stopped
    ("has stopped", "has quit", "gave up", "ceased") with the same "-ing" verb right after
    the place; two goings-on, two stops, a stop asked for ("should quit") and another verb
    after the place are not read."""
    same = standing.state_mismatch
    for x, y in (
        ("Can a player who is bleeding play?", "Can a player who is still bleeding play?"),
        ("Can a player who has stopped bleeding play?", "Can a player who stopped bleeding play?"),
        (
            "Can a patient who should quit smoking have surgery?",
            "Can a patient who is smoking have surgery?",
        ),
        ("Can a tenant who is paying rent vote?", "Can a tenant who has stopped paying it vote?"),
    ):
        a, b = parse(x), parse(y)
        assert not same(a, b) and not same(b, a), (x, y)
    for x, y in (
        ("Can a player who is bleeding play?", "Can a player who has stopped bleeding play?"),
        (
            "Is a patient who is currently smoking eligible?",
            "Is a patient who has quit smoking eligible?",
        ),
        (
            "Can I evict a tenant who keeps paying late?",
            "Can I evict a tenant who gave up paying late?",
        ),
        ("What if the pumps are still running?", "What if the pumps ceased running?"),
    ):
        a, b = parse(x), parse(y)
        assert same(a, b) and same(b, a), (x, y)


def test_hard_30_position_changed_reader() -> None:
    """A position phrase read between an anchor word and a noun phrase opened by a
    determiner: phrases of one class ("short of" / "before" / "in front of", "past" /
    "beyond", "under" / "below" / "beneath"), "in" / "on" / "at" against each other, "over"
    / "under" against them, classes that share a sense ("over" / "after" the age, "within"
    / "before" the deadline, "at" / "next to" a hydrant, "outside" / "in front of" the
    house), a possessive, a place said elsewhere ("outdoor cameras at"), another anchor,
    and no determiner are no change; another place before the same noun is."""
    same = complements.position_changed
    for x, y in (
        (
            "Does my car have to stop short of the line?",
            "Does my car have to stop before the line?",
        ),
        (
            "Does my car have to stop before the line?",
            "Does my car have to stop in front of the line?",
        ),
        ("Can my fence go beyond the property line?", "Can my fence go past the property line?"),
        (
            "Can I store paint below the water heater?",
            "Can I store paint beneath the water heater?",
        ),
        ("Can I use my laptop in the library?", "Can I use my laptop at the library?"),
        ("Can I renew my passport over the phone?", "Can I renew my passport on the phone?"),
        ("Can I get a mortgage over the age of 65?", "Can I get a mortgage after the age of 65?"),
        ("Can I cancel within the trial period?", "Can I cancel before the trial period ends?"),
        (
            "Can I get a ticket parking at a hydrant?",
            "Can I get a ticket parking next to a hydrant?",
        ),
        ("Can I park my RV in front of my house?", "Can I park my RV outside my house?"),
        (
            "Do I have to sign in front of the witness?",
            "Do I have to sign in the witness's presence?",
        ),
        ("Can I put cameras outside my rental?", "Can I put outdoor cameras at my rental?"),
        (
            "Is a serve that lands on the short service line in?",
            "Is a serve that hits the short service line in?",
        ),
        ("Can I park on campus?", "Can I park past campus?"),
        ("Is a ball on or past the line in?", "Is a ball past the line in?"),
    ):
        a, b = parse(x), parse(y)
        assert not same(a, b) and not same(b, a), (x, y)
    for x, y in (
        (
            "Is a badminton serve that lands on the short service line in?",
            "Is a badminton serve that lands short of the short service line in?",
        ),
        (
            "Does a ball that lands on the baseline count?",
            "Does a ball that lands past the baseline count?",
        ),
        ("Can I hang a TV above the fireplace?", "Can I hang a TV on the fireplace?"),
        ("Should the kids hide behind the shed?", "Should the kids hide inside the shed?"),
        ("Does the ball land just past the line?", "Does the ball land right on the line?"),
    ):
        a, b = parse(x), parse(y)
        assert same(a, b) and same(b, a), (x, y)


def test_hard_31_sameness_against_difference_reader() -> None:
    """A dimension alike ("the same height", "of equal size", "identical", "one size") on
    one side and unlike ("uneven in height", "of mixed sizes", "that differ in age") on the
    other, said of the same noun (the noun after the marker, or the subject of a marker
    ending its clause: "tiles that are all the same", "boxes whose sizes vary"); a sameness
    negated ("aren't all the same height") is a difference, "one ... the other" sets two
    apart, and a sameness of another noun ("at the same table" / "of mixed ages") is no
    change."""
    same = shared.one_against_separate
    for x, y in (
        (
            "Can I grout over tesserae that are uneven in height?",
            "Can I grout tesserae of uneven height?",
        ),
        ("Can I lay tiles that are all the same size?", "Can I lay tiles of equal size?"),
        (
            "Can I grout over tesserae that aren't level?",
            "Can I grout over tesserae that are uneven in height?",
        ),
        (
            "Can I grout over tesserae that aren't all the same height?",
            "Can I grout over tesserae that are uneven in height?",
        ),
        (
            "Can I seat guests of mixed ages at the same table?",
            "Can I seat guests of mixed ages at one table?",
        ),
        (
            "Is it normal for one leg to be longer than the other?",
            "Is it normal to have uneven legs?",
        ),
        ("Why do my results vary?", "Why aren't my results the same?"),
    ):
        a, b = parse(x), parse(y)
        assert not same(a, b) and not same(b, a), (x, y)
    for x, y in (
        (
            "Can I grout over tesserae that are uneven in height?",
            "Can I grout over tesserae that are all the same height?",
        ),
        ("Can I tile over tiles that are uneven?", "Can I tile over tiles that are all the same?"),
        ("Can I stack boxes whose sizes vary?", "Can I stack boxes that are all the same size?"),
        ("Can I use tiles of one size?", "Can I use tiles of mixed sizes?"),
        ("Can I run two different GPUs in one PC?", "Can I run two identical GPUs in one PC?"),
        (
            "Can kids that differ in age share a room?",
            "Can kids that are the same age share a room?",
        ),
    ):
        a, b = parse(x), parse(y)
        assert same(a, b) and same(b, a), (x, y)


def test_hard_32_one_against_many_reader() -> None:
    """A noun counted as one ("in one piece", "a single sheet") against the same noun in the
    plural counted as several ("many", "several", "lots of", "a few") or bare after the
    same preposition ("in pieces"); the same count on both sides, "more than one" (several),
    "one N per M" (a rate), "no one" and "which one" are no change."""
    count = qualifiers._count_mismatch
    for x, y in (
        ("It came off in lots of small pieces", "It came off in many small pieces"),
        ("The vase arrived in one piece", "The vase arrived in a single piece"),
        ("Should I get more than one estimate?", "Should I get multiple estimates?"),
        (
            "Each struct column becomes one column per field",
            "Each struct column becomes multiple columns",
        ),
        ("Which one of the pieces is mine?", "Which of the many pieces is mine?"),
        ("Can I pay it in one payment?", "Can I pay it all at once?"),
    ):
        a, b = parse(x), parse(y)
        assert not count(a, b) and not count(b, a), (x, y)
    for x, y in (
        ("The vase arrived in one piece", "The vase arrived in pieces"),
        ("It came off in one piece", "It came off in lots of small pieces"),
        ("It peeled off as a single long sheet", "It peeled off as several short sheets"),
        ("Should I send it in one box?", "Should I send it in a few boxes?"),
        ("Is one attacker hard to fight?", "Are many attackers hard to fight?"),
        ("What if I see one roach?", "What if I see dozens of roaches?"),
    ):
        a, b = parse(x), parse(y)
        assert count(a, b) and count(b, a), (x, y)


def test_hard_32_particle_moved_reader() -> None:
    """A phrasal verb's particle after its object or before it is one act ("giving my
    clothes away" / "giving away my clothes"); two people traded around a particle ("my boss
    tell my coworker off" / "my coworker tell my boss off") and a gift turned round
    ("giving my clothes away" / "giving me her clothes") stay refused."""
    for x, y in (
        ("Can my mom give my clothes away?", "Can my mom give away my clothes?"),
        ("Should I throw my notes out?", "Should I throw out my notes?"),
        ("Can you pick the kids up?", "Can you pick up the kids?"),
    ):
        a, b = parse(x), parse(y)
        assert not roles.role_swap(a, b) and not roles.role_swap(b, a), (x, y)
    for x, y in (
        (
            "How do I stop my mom from giving my clothes away?",
            "How do I stop my mom from giving me her clothes?",
        ),
        ("Why did my boss tell my coworker off?", "Why did my coworker tell my boss off?"),
    ):
        a, b = parse(x), parse(y)
        assert roles.role_swap(a, b) and roles.role_swap(b, a), (x, y)


def test_hard_33_opposite_part_reader() -> None:
    """A side word read as a place on a thing (after a determiner or a place preposition,
    before "of", a part noun or the noun both sides keep) turned to its opposite; sides of
    one kind, a side word against a preposition, another change beside it, and both sides
    named on each side are no change."""
    opposite = complements.opposite_part
    for x, y in (
        ("Why is food on the top of its leaves?", "Why is food on top of its leaves?"),
        ("Spots on the underside of the leaves", "Spots on the bottom of the leaves"),
        (
            "Why is my java fern growing black spots on the underside of its leaves?",
            "Why is my java fern getting black spots under its leaves?",
        ),
        ("Pain on the upper part of my back", "Pain on the top part of my back"),
        (
            "Should I sleep on my left side or my right side?",
            "Should I sleep on my right side or my left side?",
        ),
        ("What are the top 10 movies?", "What are the bottom 10 movies?"),
        ("Can I go back to the store?", "Can I go front to the store?"),
        ("Is the top of my car rusty?", "Is the paint on the bottom of my old car peeling?"),
    ):
        a, b = parse(x), parse(y)
        assert not opposite(a, b) and not opposite(b, a), (x, y)
    for x, y in (
        ("Food sticks to the bottom of the pan", "Food sticks to the top of the pan"),
        ("Mold on the inside of the door", "Mold on the exterior of the door"),
        ("Pain in the front of my thigh", "Pain in the back of my thigh"),
        ("Pain on the left side of my chest", "Pain on the right side of my chest"),
        ("Can a kid sit in the front seat?", "Can a kid sit in the rear seat?"),
        ("A rash on the underside of my tongue", "A rash on top of my tongue"),
    ):
        a, b = parse(x), parse(y)
        assert opposite(a, b) and opposite(b, a), (x, y)


def test_hard_33_preferred_traded_reader() -> None:
    """The option before "instead of" / "rather than" and the one after it traded, the words
    both options say ("the fish") and pronouns left out; the same options with the marker
    reworded, an option reworded, the passed-over option moved or said first, and a marker
    said twice are no change."""
    traded = choices.preferred_traded
    for x, y in (
        ("Should I use butter instead of oil?", "Should I use butter rather than oil?"),
        (
            "Put the wasabi under the fish instead of on top of it",
            "Put wasabi beneath the fish rather than on top",
        ),
        ("Can I use honey instead of sugar in tea?", "Can I use honey in tea instead of sugar?"),
        ("Instead of oil, should I use butter?", "Instead of butter, should I use oil?"),
        ("Would you rather walk than drive?", "Would you rather drive than walk?"),
        (
            "Use oil instead of butter, not butter instead of oil",
            "Use butter instead of oil, not oil instead of butter",
        ),
    ):
        a, b = parse(x), parse(y)
        assert not traded(a.words, b.words) and not traded(b.words, a.words), (x, y)
    for x, y in (
        (
            "Put the wasabi on top of the fish instead of under it",
            "Put the wasabi under the fish instead of on top of it",
        ),
        (
            "Store eggs in the door instead of on a shelf",
            "Store eggs on a shelf rather than in the door",
        ),
        ("Sleep with the fan on rather than off", "Sleep with the fan off rather than on"),
        (
            "Put it on the top shelf instead of the bottom shelf",
            "Put it on the bottom shelf instead of the top shelf",
        ),
        ("Should I use butter instead of oil?", "Should I use oil rather than butter?"),
    ):
        a, b = parse(x), parse(y)
        assert traded(a.words, b.words) and traded(b.words, a.words), (x, y)


def test_hard_35_with_made_act_reader() -> None:
    """ "V with X" against "V while / whilst / when V2-ing X" (or "while I V2 X"), the rest as
    typed but for a determiner, is an act added; an act "with X" already says (wearing, using,
    pushing, bringing X), a word added before X, a bare -ing word without "while" and a
    "while" clause in another place are not read here."""
    added = additions.added_modifier
    for x, y in (
        ("Can I ride with a newborn?", "Can I ride whilst holding a newborn?"),
        ("Can I ride with a newborn?", "Can I ride when holding my newborn?"),
        ("Is it safe to drive with him?", "Is it safe to drive while holding him?"),
        ("Can I skate with my son?", "Can I skate while she carries my son?"),
    ):
        a, b = parse(x), parse(y)
        assert added(a, b) and added(b, a), (x, y)
    for x, y in (
        ("Can I cook with gloves?", "Can I cook while wearing gloves?"),
        ("Can I sleep with a CPAP?", "Can I sleep while using a CPAP?"),
        ("Can I jog with a stroller?", "Can I jog while pushing a stroller?"),
        ("Can I study with music?", "Can I study while listening to music?"),
        ("Is a house with a pool worth it?", "Is a house featuring a pool worth it?"),
        ("Can I drive with my dog?", "Can I drive while holding my cat?"),
    ):
        a, b = parse(x), parse(y)
        assert not added(a, b) and not added(b, a), (x, y)


# the rounds' pairs served only below the shipped cut (or near it), refused at 0.90 too
HARD_BELOW_CUT = [
    # hardening pass 27
    (
        "Is it possible to get pregnant from donor sperm on the first IUI?",
        "Is it likely to get pregnant from donor sperm on the first IUI?",
        0.970,
    ),
    # hardening pass 28
    (
        "Is it safe to sell a used phone with the SIM card still in it?",
        "Is it safe to sell a used phone after taking the SIM card out?",
        0.944,
    ),
    ("Does diabetes damage the retina?", "Does retinal damage cause diabetes?", 0.971),
    (
        "How many cranes go on one strand of a senbazuru?",
        "How many strands of cranes are in a senbazuru?",
        0.948,
    ),
    # hardening pass 29
    (
        "What's a fair price for a used 5-string banjo in good condition?",
        "What's a fair price for a used 5-string banjo in poor condition?",
        0.995,
    ),
    (
        "Can a player be offside while standing in his own half?",
        "Can a player be offside while standing in the opponent's half?",
        0.969,
    ),
    (
        "Is a player who is bleeding allowed to stay on the court?",
        "Is a player who has stopped bleeding allowed to stay on the court?",
        0.973,
    ),
    # hardening pass 30
    (
        "Is a badminton serve that lands on the short service line in?",
        "Is a badminton serve that lands short of the short service line in?",
        0.985,
    ),
    # hardening pass 31
    (
        "Can I grout over tesserae that are uneven in height?",
        "Can I grout over tesserae that are all the same height?",
        0.958,
    ),
    # hardening pass 32
    (
        "My snake's shed came off in one piece. Is that good?",
        "My snake's shed came off in lots of small pieces. Is that good?",
        0.963,
    ),
    # hardening pass 33
    (
        "Why is my java fern growing black spots on the underside of its leaves?",
        "Why is my java fern growing black spots on the top of its leaves?",
        0.990,
    ),
    (
        "Is it normal for a sushi chef to put the wasabi on top of the fish instead of under it?",
        "Is it normal for a sushi chef to put the wasabi under the fish instead of on top of it?",
        0.997,
    ),
    # hardening pass 35
    (
        "Is it safe to ride a cargo bike with a newborn?",
        "Is it safe to ride a cargo bike while holding a newborn?",
        0.975,
    ),
    # hardening pass 36
    (
        "If I noticed the deposition, who pays the court reporter?",
        "If opposing counsel noticed the deposition, who pays the court reporter?",
        0.954,
    ),
    # hardening pass 38
    (
        "Our go club has 40 members; how many boards do we need if half attend?",
        "Our go club has 40 members; how many boards do we need if all attend?",
        0.978,
    ),  # hardening pass 39
    (
        "How do I climb back into an OC1 from the ama side?",
        "How do I climb back into an OC1 from the side away from the ama?",
        0.987,
    ),
]


@pytest.mark.parametrize(("x", "y", "cos"), HARD_BELOW_CUT)
def test_hard_pairs_refused_below_the_shipped_cut(x: str, y: str, cos: float) -> None:
    config = replace(CONFIG, min_score=0.90)
    for a, b in ((x, y), (y, x)):
        assert not verify(a, b, cos, config).accept, (a, b)


# -- the tables of hardening passes 1-33 and ordinary passes 20-21, with the classifier off ----


@pytest.mark.parametrize(
    ("x", "y", "reason"),
    [
        *HARD_1_REFUSED,
        *ORD_20_REFUSED,
        *ORD_21_REFUSED,
        *HARD_2_REFUSED,
        *HARD_3_REFUSED,
        *HARD_4_REFUSED,
        *HARD_5_REFUSED,
        *HARD_6_REFUSED,
        *HARD_7_REFUSED,
        *HARD_8_REFUSED,
        *HARD_9_REFUSED,
        *HARD_10_REFUSED,
        *HARD_11_REFUSED,
        *HARD_12_REFUSED,
        *HARD_13_REFUSED,
        *HARD_14_REFUSED,
        *HARD_15_REFUSED,
        *HARD_16_REFUSED,
        *HARD_17_REFUSED,
        *HARD_18_REFUSED,
        *HARD_19_REFUSED,
        *HARD_20_REFUSED,
        *HARD_21_REFUSED,
        *HARD_22_REFUSED,
        *HARD_23_REFUSED,
        *HARD_24_REFUSED,
        *HARD_25_REFUSED,
        *HARD_26_REFUSED,
        *HARD_27_REFUSED,
        *HARD_28_REFUSED,
        *HARD_29_REFUSED,
        *HARD_30_REFUSED,
        *HARD_31_REFUSED,
        *HARD_32_REFUSED,
        *HARD_33_REFUSED,
        *HARD_34_REFUSED,
        *HARD_35_REFUSED,
        *HARD_36_REFUSED,
        *HARD_37_REFUSED,
        *HARD_38_REFUSED,
        *HARD_39_REFUSED,
        *HARD_40_REFUSED,
        *HARD_41_REFUSED,
        *HARD_42_REFUSED,
        *HARD_43_REFUSED,
        *HARD_44_REFUSED,
        *HARD_45_REFUSED,
        *HARD_46_REFUSED,
        *HARD_47_REFUSED,
        *HARD_48_REFUSED,
        *HARD_49_REFUSED,
        *HARD_50_REFUSED,
        *HARD_51_REFUSED,
        *HARD_52_REFUSED,
        *HARD_53_REFUSED,
        *HARD_54_REFUSED,
        *HARD_55_REFUSED,
    ],
)
def test_later_passes_refused_without_classifier(x: str, y: str, reason: str) -> None:
    config = replace(CONFIG, classifier=False)
    for a, b in ((x, y), (y, x)):
        verdict = verify(a, b, 0.95, config)
        assert not verdict.accept
        assert reason in verdict.reasons


@pytest.mark.parametrize(
    ("x", "y"),
    [
        *HARD_1_SERVED,
        *ORD_20_SERVED,
        *ORD_21_SERVED,
        *HARD_2_SERVED,
        *HARD_3_SERVED,
        *HARD_4_SERVED,
        *HARD_5_SERVED,
        *HARD_6_SERVED,
        *HARD_7_SERVED,
        *HARD_8_SERVED,
        *HARD_9_SERVED,
        *HARD_10_SERVED,
        *HARD_11_SERVED,
        *HARD_12_SERVED,
        *HARD_13_SERVED,
        *HARD_14_SERVED,
        *HARD_15_SERVED,
        *HARD_16_SERVED,
        *HARD_17_SERVED,
        *HARD_18_SERVED,
        *HARD_19_SERVED,
        *HARD_20_SERVED,
        *HARD_21_SERVED,
        *HARD_22_SERVED,
        *HARD_23_SERVED,
        *HARD_24_SERVED,
        *HARD_25_SERVED,
        *HARD_26_SERVED,
        *HARD_27_SERVED,
        *HARD_28_SERVED,
        *HARD_29_SERVED,
        *HARD_30_SERVED,
        *HARD_31_SERVED,
        *HARD_32_SERVED,
        *HARD_33_SERVED,
        *HARD_34_SERVED,
        *HARD_35_SERVED,
        *HARD_36_SERVED,
        *HARD_37_SERVED,
        *HARD_38_SERVED,
        *HARD_39_SERVED,
        *HARD_40_SERVED,
        *HARD_41_SERVED,
        *HARD_42_SERVED,
        *HARD_43_SERVED,
        *HARD_44_SERVED,
        *HARD_45_SERVED,
        *HARD_46_SERVED,
        *HARD_47_SERVED,
        *HARD_48_SERVED,
        *HARD_49_SERVED,
        *HARD_50_SERVED,
        *HARD_51_SERVED,
        *HARD_52_SERVED,
        *HARD_53_SERVED,
        *HARD_54_SERVED,
        *HARD_55_SERVED,
    ],
)
def test_later_passes_duplicates_served_without_classifier(x: str, y: str) -> None:
    config = replace(CONFIG, classifier=False)
    for a, b in ((x, y), (y, x)):
        assert verify(a, b, 0.95, config).accept
