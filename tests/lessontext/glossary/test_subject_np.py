"""subject_noun_phrase: the words before "is called T" as one noun phrase, asides included."""

from __future__ import annotations

import pytest

from lessontext.glossary.subject_np import (
    fronted_subject,
    participle_asides_only,
    subject_noun_phrase,
    subject_then_predicate,
)


@pytest.mark.parametrize(
    "text",
    [
        "The normal, everyday level of flow supplied mainly by groundwater",
        "A component designed to have a particular resistance",
        "The branch of physics that describes how things move, without asking why they move",
        "The flat land beside a river in its lower course, which is naturally covered by water during floods",
        "Animals such as earthworms and woodlice, which feed on dead material",
        "A resistor whose resistance can be adjusted, for example by turning a knob",
    ],
)
def test_a_noun_phrase_with_its_asides_is_one_subject(text: str) -> None:
    assert subject_noun_phrase(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Where one plate sinks beneath another, the process",  # a fronted clause
        "Within ethics, the part that tries to identify general principles",  # a scene-setting phrase
        "Poems are built from lines, and groups of lines separated by a space",  # a clause, then another subject
        "Ambitious Romans were expected to climb these offices in a set order",  # a clause
        "A chain of effects like this, passing down through the trophic levels",  # which effects?
        "Vitamins and minerals, by contrast",  # a signpost, not an aside of the noun
        "The time between these two peaks",  # which peaks?
        "Its outer layer",
    ],
)
def test_a_clause_or_a_phrase_pointing_back_is_not(text: str) -> None:
    assert subject_noun_phrase(text) is None


def test_participle_asides_only() -> None:
    assert participle_asides_only("Nutrients needed in large amounts, measured in grams")
    assert not participle_asides_only("Nutrients needed in large amounts")


@pytest.mark.parametrize(
    ("text", "reordered"),
    [
        ("Where one plate sinks beneath another, the process", "The process where one plate sinks beneath another"),
        ("Within ethics, the part that tries to identify general principles",
         "The part that tries to identify general principles, within ethics"),
        ("In countries where few children die young, a total fertility rate of about 2.1",
         "A total fertility rate of about 2.1 in countries where few children die young"),
    ],
)
def test_a_fronted_clause_moves_after_its_subject(text: str, reordered: str) -> None:
    assert fronted_subject(text) == reordered


@pytest.mark.parametrize(
    "text",
    [
        "When oxygen is available, the process",  # the process told of before, under a condition
        "In this case, the remaining amount",  # which case?
        "In 1990, the new organisation",  # a date, not which one
        "Poems are built from lines, and groups of lines",
    ],
)
def test_no_fronted_subject(text: str) -> None:
    assert fronted_subject(text) is None


@pytest.mark.parametrize(
    ("head", "tail", "definition"),
    [
        ("Part of the land,", ", was farmed directly for the lord, while the rest was divided among households.",
         "Part of the land that was farmed directly for the lord."),
        ("Extremely rapid inflation,", ", can destroy confidence in a currency altogether, as in Germany.",
         "Extremely rapid inflation that can destroy confidence in a currency altogether."),
    ],
)
def test_a_subject_named_in_passing_is_defined_by_its_passive_or_modal_predicate(head, tail, definition):
    assert subject_then_predicate(head, tail) == definition


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("The loose fragments,", ", are then moved by water, wind or ice."),  # the ones told of before
        ("The broader field,", ", is commonly described in five pillars."),
        ("Net income,", ", is what actually arrives in your bank account."),  # a copula: the copula rule's
        ("Sex cells,", ", are eggs and sperm in animals."),
        ("In the end the land,", ", was farmed directly for the lord."),
    ],
)
def test_no_subject_then_predicate(head, tail):
    assert subject_then_predicate(head, tail) is None


def test_a_related_thing_or_a_remark_about_the_lesson_is_not_defined():
    assert subject_then_predicate("A related move,", ", was discussed in the last lesson.") is None
    assert subject_then_predicate("Part of the land,", ", was discussed in the last lesson.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Instead an inductive argument",  # an adverb, then the clause's subject
        "The African Union, which replaced the OAU in 2002, adopted a different stance that",  # a relative's verb next
    ],
)
def test_an_adverb_opening_or_a_dangling_relative_is_no_subject(text: str) -> None:
    assert subject_noun_phrase(text) is None


def test_an_adverb_before_an_adjective_opens_a_noun_phrase() -> None:
    assert subject_noun_phrase("Extremely rapid inflation") == "Extremely rapid inflation"


@pytest.mark.parametrize(
    ("head_text", "expected"),
    [
        ("Below the surface the hot water", "The hot water below the surface"),
        ("In winter the frozen ground", "The frozen ground in winter"),
        ("On average the payment", None),
    ],
)
def test_short_fronted_phrase_of_place_or_time_moves_after_its_subject(head_text, expected):
    assert fronted_subject(head_text) == expected
