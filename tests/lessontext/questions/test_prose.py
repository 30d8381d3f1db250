"""Prose rules: inline enumerations, completable clauses, resolved references, and the items built on them."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions import QuestionType, generate_quiz
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.families.clause_completion import COASTS
from lessontext.questions.prose import find_clauses, find_enumerations, resolve_demonstratives
from lessontext.questions.rubric import evaluate
from lessontext.questions.text import BLANK

PRINTING = """# The Printing Press

## Workshops

Early printers cast metal type, mixed oil-based inks, and built wooden presses.
Cheap paper has led to many more books.
Guilds can train young apprentices for the trade.
"""

REEF = """# Coral Reefs

## Life on the reef

On a healthy reef, small fish shelter among hard corals, giant clams, sea fans, and much more.
Parrotfish graze on algae, thereby keeping the coral surfaces clean.

## Threats

Warmer water has led to mass coral bleaching.
Marine reserves can protect the grazing fish.
"""

MANGROVES = """# Mangrove Coasts

## Roots

The tangled roots shelter young snappers, mud crabs, and rock oysters.

## People and mangroves

Shrimp farms have led to rapid mangrove loss.
Coastal dredging has led to cloudy lagoon water.
Local fishers cut small channels, thereby opening gaps in the roots.
Tides flood the mangrove coast each day, thereby spreading fine silt.
Nurseries can grow young mangrove seedlings for replanting.
Rangers can patrol the borders of marine parks.
"""


@pytest.mark.parametrize(
    "sentence, items, frame",
    [
        (
            "The cooperation covers joint patrols, shared radar data, officer exchanges, and much more.",
            ("joint patrols", "shared radar data", "officer exchanges"),
            f"The cooperation covers {BLANK}.",
        ),
        (
            "These alliances bring benefits in areas such as trade, health and education.",
            ("trade", "health", "education"),
            f"These alliances bring benefits in areas such as {BLANK}.",
        ),
        (
            "The theory explains the location of earthquakes, volcanoes and mountain ranges, and it unites geology and physics.",
            ("earthquakes", "volcanoes", "mountain ranges"),
            f"The theory explains the location of {BLANK}, and it unites geology and physics.",
        ),
        (
            "Farmers ensure steady harvests, fertile fields, and a safer food supply.",
            ("steady harvests", "fertile fields", "safer food supply"),
            f"Farmers ensure {BLANK}.",
        ),
        (
            "Peace talks opened trade in fields including shipping, banking, and, most importantly, farming.",
            ("shipping", "banking", "farming"),
            f"Peace talks opened trade in fields including {BLANK}.",
        ),
        (
            "Its exports have been varied, from woven cotton cloth to polished copper tools.",
            ("woven cotton cloth", "polished copper tools"),
            f"Its exports have been varied, from {BLANK} to {BLANK}.",
        ),
    ],
)
def test_enumerations_are_found_with_their_frame(sentence, items, frame):
    (found,) = find_enumerations(sentence)
    assert found.items == items
    assert found.frame == frame


@pytest.mark.parametrize(
    "sentence",
    [
        "Minors, people who lack capacity and people who are drunk may escape contracts.",  # no lead-in: unclear start
        "Beta blockers, such as atenolol, slow the heart rate and lower blood pressure.",  # verbs, not items
        "Magma rises to fill the gap, as along the ridge and in the rift.",  # prepositional phrases
        "The approach, grounded in teachings of peace and understanding, promotes conversation and compromise.",
        "Prices rose from 1450 to 1500, and then fell.",  # a range of numbers
        "The topics run from disarmament of weapons to stabilizing conflicts, or establishing trade.",  # mixed forms
        "Cells grow among branching corals, giant clams and sea fans.",  # a gerund among nouns
    ],
)
def test_sentences_without_a_clean_enumeration(sentence):
    assert find_enumerations(sentence) == []


@pytest.mark.parametrize(
    "sentence, form, text, frame",
    [
        ("Talks have strengthened trade, enabling them to build lasting partnerships worldwide.", "verb",
         "build lasting partnerships worldwide", f"Talks have strengthened trade, enabling them to {BLANK}."),
        ("Shared weather stations can detect and report sudden storms.", "verb", "detect and report sudden storms",
         f"Shared weather stations can {BLANK}."),
        ("By planting hedges along the fields, farmers give shelter to many birds.", "gerund",
         "planting hedges along the fields", f"By {BLANK}, farmers give shelter to many birds."),
        ("Parrotfish graze on algae, thereby keeping the coral surfaces clean.", "gerund",
         "keeping the coral surfaces clean", f"Parrotfish graze on algae, thereby {BLANK}."),
        ("Town councils have been instrumental in building new schools.", "gerund", "building new schools",
         f"Town councils have been instrumental in {BLANK}."),
        ("Warmer water has led to the bleaching of corals.", "result", "bleaching of corals",
         f"Warmer water has led to the {BLANK}."),
    ],
)
def test_clauses_are_found_with_their_frame(sentence, form, text, frame):
    (clause,) = find_clauses(sentence)
    assert (clause.form, clause.text, clause.frame) == (form, text, frame)


@pytest.mark.parametrize(
    "sentence",
    [
        "Diplomats can be trusted.",  # "be": a passive, not a verb phrase to complete
        "The heart can pump about five litres of blood every minute even during sleep at night.",  # too long a key
        "A redirect names the new address, given in the Location header.",  # not a result clause
        "Storms have led to a flood.",  # an article-led result noun phrase
        "By then, the city had grown.",  # "By then" is no gerund phrase
    ],
)
def test_sentences_without_a_completable_clause(sentence):
    assert find_clauses(sentence) == []


@pytest.mark.parametrize(
    "sentence, previous, expected",
    [
        ("Beyond the region, these talks have also opened markets.", ["For example, border talks ended the dispute."],
         "Beyond the region, border talks have also opened markets."),
        ("This treaty ended the war.", ["The peace treaty was signed in spring."], "The peace treaty ended the war."),
        ("These significant peace agreements, achieved through talks, opened trade.", [],
         "The significant peace agreements, achieved through talks, opened trade."),
        # Two candidates ("border talks", "trade talks"): left as it is, for the rubric to reject.
        ("These talks opened markets.", ["Border talks and trade talks went on."], "These talks opened markets."),
        ("These talks opened markets.", ["Nothing was said."], "These talks opened markets."),
    ],
)
def test_demonstratives_resolve_only_to_a_single_named_phrase(sentence, previous, expected):
    assert resolve_demonstratives(sentence, previous) == expected


def candidates(markdown, others=()):
    course = build_course(parse_document(markdown), glossary=(), others=[parse_document(o) for o in others])
    return [(c, evaluate(c, course)) for c in generate(course, random.Random(1))]


def passing(rule, markdown, others=()):
    return [c for c, failed in candidates(markdown, others) if c.rule == rule and not failed]


def test_no_enumeration_swap_false_is_made():
    # Retired (raters on test-b, test-e and test-g): the True statement of the list stays.
    assert passing("enumeration_swap_false", REEF, [MANGROVES]) == []
    lagoon = MANGROVES.replace("The tangled roots shelter young snappers, mud crabs, and rock oysters.",
                               "Young snappers find shelter among tangled roots, mud crabs, and rock oysters.")
    assert passing("enumeration_swap_false", REEF, [lagoon]) == []
    made = [c for c, _ in candidates(REEF, [MANGROVES])]
    assert any(c.rule == "true_statement" and "hard corals, giant clams" in c.stem for c in made)


def test_clause_completion_uses_clauses_of_the_same_form_from_the_same_lesson():
    items = {c.stem: c for c in passing("clause_completion", COASTS)}
    result = items[f"How does the text complete this sentence? “Shrimp farms have led to {BLANK}.”"]
    assert result.correct == ("rapid mangrove loss",)
    assert sorted(result.distractors) == ["cloudy lagoon water", "fewer young snappers"]
    # "The court nevertheless held that the council had led to her losses": it leans on what came before.
    assert not any("nevertheless" in c.stem or "her losses" in " ".join(c.options) for c in items.values())
    # Another lesson's clauses are no distractors (raters: fragments of another subject).
    assert passing("clause_completion", REEF, [MANGROVES]) == []


def test_clause_distractor_sharing_a_word_with_the_key_is_left_out():
    other = COASTS.replace("Coastal dredging has led to cloudy lagoon water.", "Dams have led to rapid fish deaths.")
    items = passing("clause_completion", other)
    assert all("rapid fish deaths" not in c.distractors for c in items if c.key == "rapid mangrove loss")


def test_lifted_true_statements_need_a_checkable_fact():
    # No name, number or term in the reef's clauses: nothing a learner could check them against.
    assert passing("true_statement", REEF) == []
    dated = REEF.replace("Warmer water has led to", "Since 1998, warmer water in the Pacific has led to")
    stems = {c.stem for c in passing("true_statement", dated)}
    assert "True or false? According to the text, since 1998, warmer water in the Pacific has led to mass coral bleaching." in stems


def test_prose_lesson_gets_a_quiz_without_swapped_list_items():
    lesson = MANGROVES + "Heavy fishing has led to fewer young snappers.\n"
    draft = generate_quiz(parse_document(lesson), rng=random.Random(1), other_documents=[parse_document(REEF)])
    rules = {q.rule for q in draft.questions}
    assert "clause_completion" in rules and "enumeration_swap_false" not in rules


@pytest.mark.parametrize(
    "definition, usable",
    [
        ("A market with a single seller and no close substitutes.", True),
        ("A monk and professor in Wittenberg.", True),
        # The rest of a list read as an appositive: "by elected magistrates, a council of elders and assemblies ...".
        ("A council of elders and assemblies of citizens.", False),
        ("Animals cannot make their own food and must eat other organisms; they", False),
        # A predicate lifted after its subject ("X are cheaper and can be repeated ..."): no noun phrase.
        ("Cheaper and can be repeated more often, which makes them useful for testing plans", False),
        ("A substance that can neutralise an acid in water", True),
    ],
)
def test_glossary_definitions_that_are_really_list_remnants_are_not_used(definition, usable):
    from lessontext.questions import GlossaryEntry
    from lessontext.questions.definitions import is_definition

    course = build_course(parse_document(REEF), glossary=(), others=())
    assert is_definition(GlossaryEntry("Term", definition, "defined"), course) is usable


@pytest.mark.parametrize(
    "statement, passes",
    [
        ("It's a lesson that shows how dialogue can play a pivotal role in ending wars.", False),
        ("Dialogue can play a pivotal role in ending wars between neighbouring states.", True),
    ],
)
def test_contracted_pronoun_opening_is_not_self_contained(statement, passes):
    from lessontext.questions.candidate import Candidate
    from lessontext.questions.rubric import stem_self_contained

    c = Candidate(type=QuestionType.TRUE_FALSE, rule="true_statement", stem=f"True or false? {statement}",
                  source_anchor="", source_sentence=statement, explanation="", base=0.6, statement=statement)
    assert stem_self_contained(c, None) is passes


@pytest.mark.parametrize(
    "options, ok",
    [
        # 19, 11 and 22 words: within twice each other's length in words (not in letters).
        (("Discussion processes held between the envoys of two or more states, meant to settle disputes or to "
          "strengthen shared benefits", "The use of armed forces and their resources to reach diplomatic ends",
          "A method used by many states, built around the idea of building trust and promoting cooperation "
          "with other countries through military contacts"), True),
        (("A short phrase of five words", "A much longer phrase that goes on and on for well over twice as many "
          "words as the first one"), False),
    ],
)
def test_definition_options_compare_lengths_in_words(options, ok):
    from lessontext.questions.candidate import Candidate
    from lessontext.questions.rubric import options_similar_length

    c = Candidate(type=QuestionType.SINGLE, rule="glossary_term_to_definition", stem="What is meant by X?",
                  source_anchor="", source_sentence="", explanation="", base=0.7, kind="definition",
                  correct=options[:1], distractors=options[1:])
    assert options_similar_length(c, None) is ok


def test_a_resolved_plural_after_a_preposition_takes_the_article():
    assert resolve_demonstratives("A contract affected by one of these factors is voidable.", ["Vitiating factors"]) == (
        "A contract affected by one of the vitiating factors is voidable."
    )


@pytest.mark.parametrize(
    "answer, stem, leaks",
    [
        ("HyperText Markup Language", f"He wrote the first version alongside the {BLANK} (HTML) and a browser.", True),
        ("Domain Name System", f"The {BLANK} (DNS) translates host names into addresses.", True),
        ("HyperText Markup Language", f"He wrote the first version alongside the {BLANK} and a browser.", False),
        # test-da, both raters: lower-case words whose initials spell the key give it away too
        ("CTC", "Which of the following does the text describe here? “crush, tear, curl, a method that cuts leaf”", True),
        ("CTC", "Which method cuts the leaf into small, even granules for fast brewing?", False),
    ],
)
def test_an_acronym_in_the_stem_gives_away_its_expansion(answer, stem, leaks):
    from lessontext.questions.leakage import initials_leak

    assert initials_leak(answer, stem) is leaks


def test_one_clause_completion_per_set_of_parallel_clauses_in_a_quiz():
    for seed in range(5):
        draft = generate_quiz(parse_document(COASTS), rng=random.Random(seed))
        assert sum(q.rule == "clause_completion" for q in draft.questions) <= 1
