"""The lesson view: an unlabelled list that names its things first reads as a labelled group."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course, step_label
from lessontext.questions.families.description_to_term import FAMILY as DESCRIPTION_TO_TERM
from lessontext.questions.families.item_example import item_example_questions
from lessontext.questions.listitems import named_first
from lessontext.questions.types import GlossaryEntry

EXERCISES = """# Exercises

## Types of exercise

Planners choose the format of an exercise according to what they want to test:

- A live exercise (LIVEX) deploys real troops, ships and aircraft in the field or at sea.
- A command post exercise (CPX) trains commanders and their staffs while the units are only simulated.
- A tabletop exercise (TTX) gathers decision-makers around a scenario, often a crisis such as a flood.
"""

SUPPORT = """# Support

## Ways of pooling support

- A lead nation is a country that provides a broad range of support for a whole force.
- A role specialist nation is a country that provides one class of supply for the whole force.
- A host nation is a country that receives foreign forces on its own territory.
"""

ACIDS = """# Acids

## Strength

- A strong acid ionises almost completely in water.
- A weak acid ionises only partly, so most of its molecules remain intact.
- A strong base dissociates completely in water.
- A weak base reacts only partly with water.
"""


@pytest.mark.parametrize(
    "line, label, description",
    [
        ("A live exercise (LIVEX) deploys real troops in the field.", "Live exercise", "deploys real troops in the field."),
        ("A role specialist nation takes responsibility for one class of supply.", "Role specialist nation",
         "takes responsibility for one class of supply."),
        ("A unit (MILU) is formed when nations place assets together.", "Unit", "is formed when nations place assets together."),
        ("A lemon juice sample with pH 2 has a high concentration.", None, None),  # "with": no name
        ("A is the final amount, including interest.", None, None),  # a symbol, not a name
        ("The Royal Navy sends ships abroad.", None, None),  # a name, not "a <thing>"
        ("A bus pass costs less than a ticket.", "Bus pass", "costs less than a ticket."),  # "pass" is no verb
    ],
)
def test_named_first(line, label, description):
    item = named_first(line)
    assert (item.label if item else None) == label
    assert (item.description if item else None) == description


def test_a_list_of_named_things_is_a_group_of_its_items():
    groups = build_course(parse_document(EXERCISES), glossary=(), others=()).lesson.groups
    assert [(g.origin, [i.label for i in g.items]) for g in groups] == [
        ("named", ["Live exercise", "Command post exercise", "Tabletop exercise"])]


def test_all_copular_items_describe_with_their_noun_phrase():
    (group,) = build_course(parse_document(SUPPORT), glossary=(), others=()).lesson.groups
    assert group.items[0].description == "a country that provides a broad range of support for a whole force."


def test_names_of_two_kinds_are_no_group():
    # "ionises only partly" fits a weak acid and, to a chemist, a weak base: two defensible answers.
    assert build_course(parse_document(ACIDS), glossary=(), others=()).lesson.groups == []


def test_a_list_with_one_line_that_names_nothing_is_no_group():
    broken = EXERCISES.replace("- A tabletop exercise (TTX) gathers", "- Decision-makers gather")
    assert build_course(parse_document(broken), glossary=(), others=()).lesson.groups == []


def test_the_named_items_are_asked_which_one_the_text_describes():
    course = build_course(parse_document(EXERCISES), glossary=(), others=())
    candidates = [c for g in course.lesson.groups for c in DESCRIPTION_TO_TERM.build(g, course, random.Random(0))]
    asked = [c for c in candidates if "deploys real troops" in c.stem]
    assert asked and asked[0].correct == ("Live exercise",)
    assert set(asked[0].distractors) == {"Command post exercise", "Tabletop exercise"}


def test_an_example_inside_a_named_items_predicate_is_not_asked_as_one_of_the_item():
    course = build_course(parse_document(EXERCISES), glossary=(), others=())
    assert not list(item_example_questions(course.lesson, course, random.Random(0)))  # "a flood" is a crisis


PILLARS = """# Mine Action

## The Pillars of Mine Action

The broader field is commonly described in five pillars:

1. **Clearance**, including survey, mapping and marking of hazardous areas.
2. **Risk education**, which teaches people how to recognise danger signs and behave safely.
3. **Victim assistance**, covering emergency medical care, rehabilitation and prosthetics.
4. **Advocacy**, encouraging states to join and respect the treaties that ban these weapons.
"""


def test_a_list_of_bold_phrases_then_a_comma_is_a_group_of_its_items():
    (group,) = build_course(parse_document(PILLARS), glossary=(), others=()).lesson.groups
    assert [i.label for i in group.items] == ["Clearance", "Risk education", "Victim assistance", "Advocacy"]
    assert group.items[1].description == "teaches people how to recognise danger signs and behave safely."


def test_a_bold_list_opening_with_an_aside_or_crossing_two_kinds_is_no_group():
    aside = PILLARS.replace("**Clearance**, including", "**Clearance**, such as")
    assert build_course(parse_document(aside), glossary=(), others=()).lesson.groups == []
    grid = """# Acids

## Strength

- **Strong acid** ionises almost completely in water.
- **Weak acid** ionises only partly in water.
- **Strong base** dissociates completely in water.
"""
    assert build_course(parse_document(grid), glossary=(), others=()).lesson.groups == []


STEPS = """# Mixing paint

## Worked example: a shade of green

**Step 1: Choose the colours.** The painter picks a blue and a yellow of the same brand.

**Step 2: Measure the parts.** Two parts of yellow go with one part of blue for a light green.

**Step 3: Stir the mix.** The paint is stirred for a full minute so that no streaks remain.

## Kinds of finish

- **Matt**: a finish that reflects almost no light.
- **Satin**: a finish with a soft, low sheen.
- **Gloss**: a finish that shines like glass.
"""


@pytest.mark.parametrize("label, step", [
    ("Step 3: Count the genotypes", True), ("Step 2.", True), ("Step two: Divide", True),
    ("Stepwise regression", False), ("Steps of the method", False), ("Gloss", False),
])
def test_step_label(label, step):
    assert step_label(label) is step


def test_the_numbered_steps_of_a_worked_example_are_no_group():
    groups = build_course(parse_document(STEPS), glossary=(), others=()).lesson.groups
    assert [[i.label for i in g.items] for g in groups] == [["Matt", "Satin", "Gloss"]]


NUMBERS = """# Numbers

## Systems

- **Decimal numbers**: the decimal system uses ten digits, and each number takes a value from its position.
- **Roman numerals**: letters that add up, as in XII, with no sign for nothing.
- **Tally marks**: strokes grouped in fives, one stroke for each thing counted.

## Duties

- **Duty of care**: the first thing to show is that the defendant owed the claimant a legal duty.
- **Breach**: the defendant fell below the standard of a reasonable person.
- **Causation**: the breach caused the harm the claimant suffered.
"""


def test_a_description_with_two_left_out_runs_is_not_quoted():
    course = build_course(parse_document(NUMBERS), glossary=(), others=())
    stems = [c.stem for g in course.lesson.groups for c in DESCRIPTION_TO_TERM.build(g, course, random.Random(0))]
    assert any("Tally" not in s and "strokes grouped in fives" in s for s in stems)  # nothing left out
    assert not any("[…]" in s and (s.count("[…]") > 1 or s.rstrip("”. ").endswith("[…]")) for s in stems)
    assert not any("the […] system" in s for s in stems)
    assert any("the breach […] the harm" in s for s in stems)  # one run, mid-sentence: kept


# Sibling sections whose headings join several things ("Sleep and Dreams") are topics, not terms: their
# headings are no options (raters on test-e and test-g: layout, rejected by both).
TOPIC_SECTIONS = """# The Mind

## {first}

Sleep and dreams have puzzled thinkers since antiquity, and the question is still open.

## Short-term Memory

Short-term memory holds a few items for a few seconds while a task is done.

## Long-term Memory

Long-term memory keeps facts and skills for years, often for a lifetime.
"""


@pytest.mark.parametrize(("first", "grouped"), [
    ("Sleep and Dreams", False), ("Attention, Focus and Effort", False), ("Sleep Memory", True),
])
def test_sections_headed_by_a_coordination_are_no_group(first, grouped):
    text = TOPIC_SECTIONS.format(first=first).replace("Sleep and dreams", first)
    groups = build_course(parse_document(text), glossary=(), others=()).lesson.groups
    assert any(g.origin == "sections" for g in groups) is grouped


NAMING = """# Alliances

The Cross-Border Council met in Vienna. Its cross border council was small.
NATO's members met later. The nato summit followed. Nothing else was said.
"""


def test_the_sentences_naming_a_phrase_are_those_find_phrase_finds_in_any_case_and_hyphenation():
    course = build_course(parse_document(NAMING), glossary=(), others=())
    assert course.sentences_naming("cross-border council") == (
        "The Cross-Border Council met in Vienna.", "Its cross border council was small.")
    assert course.sentences_naming("NATO") == ("NATO's members met later.", "The nato summit followed.")
    assert course.sentences_naming("Geneva") == ()


def test_mentions_are_indexed_by_sentence_and_by_glossary_term():
    entry = GlossaryEntry("Cross-Border Council", "A council of border states.", "organisation")
    course = build_course(parse_document(NAMING), glossary=(entry,), others=())
    every = course.lesson.mentions
    for sentence in {m.sentence for m in every}:
        assert course.mentions_in(sentence) == [m for m in every if m.sentence == sentence]
    assert course.mentions_in("No such sentence.") == []
    own = course.mentions_of("Cross-Border Council")
    assert own and own == [m for m in every if m.glossary is entry]
