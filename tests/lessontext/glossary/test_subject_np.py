"""subject_noun_phrase: the words before "is called T" as one noun phrase, asides included."""

from __future__ import annotations

import pytest

from lessontext.glossary.subject_np import fronted_subject, participle_asides_only, subject_noun_phrase


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
