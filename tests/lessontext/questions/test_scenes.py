"""Walk-throughs: a paragraph that sets a scene gives no question (raters on test-k: a wrong key)."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.fill_blank import fill_blank
from lessontext.questions.scenes import narrates_the_reader, scene_sentences, sets_a_scene, unpinned_tour_gap
from lessontext.questions.types import GlossaryEntry


@pytest.mark.parametrize(("sentence", "scene"), [
    ("Follow a cheese sandwich through the system.", True),
    ("Suppose a town reports 50 cases of a disease.", True),
    ("Consider the list 5, 2, 4, 1.", True),
    ("Imagine a long rope tied to a post.", True),
    # A noun or a statement opens the sentence: no scene.
    ("Waves carry energy from place to place.", False),
    ("Light travels faster than sound.", False),
    ("Filtration removes the last particles.", False),
    ("Record the results in a table.", False),  # an instruction, but no case set up
])
def test_sets_a_scene(sentence, scene):
    assert sets_a_scene(sentence) is scene


WATER = """# Water Treatment

## Stages

Coagulation is the clumping of fine particles into larger flocs when a chemical is added.

Follow a drop of river water through the works. In the first tank, coagulation turns the fine mud into flocs that
sink. The drop then reaches the sand beds.
"""

TERMS = (GlossaryEntry("Coagulation", "The clumping of fine particles into larger flocs when a chemical is added",
                       "defined"),)


def test_every_sentence_of_a_scene_paragraph_is_a_scene():
    document = parse_document(WATER)
    scenes = scene_sentences(document)
    assert "The drop then reaches the sand beds." in scenes
    assert not any(s.startswith("Coagulation is") for s in scenes)


def test_no_gap_in_a_walk_through():
    course = build_course(parse_document(WATER), glossary=TERMS, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert any(s.startswith("_____ is the clumping") for s in stems)
    assert not any("first tank" in s for s in stems)


@pytest.mark.parametrize(("sentence", "tour"), [
    ("You step out into the cloister and walk along its arcade to the chapter house.", True),
    ("Inside the nave, you climb a narrow stair to the gallery.", True),
    ("Next, you pass under the arch and enter the sanctuary.", True),
    ("You then walk along the platform to the signal box.", True),
    # An instruction or a claim with "you": no tour.
    ("You add the interest to the principal at the end.", False),
    ("You move the decimal point two places to the left.", False),
    ("You can see refraction when a straw stands in water.", False),
    ("You cross-multiply the two fractions.", False),
    ("Your kidneys filter the blood.", False),
])
def test_narrates_the_reader(sentence, tour):
    assert narrates_the_reader(sentence) is tour


ABBEY = """# The Abbey

## A walk round

The cloister is the covered walkway round a square garden, where the monks read and walked.

You step out into the cloister and walk along its arcade to the chapter house, where the monks met each morning.
The scriptorium is the room where monks copied books by hand.
"""

ABBEY_TERMS = (
    GlossaryEntry("Cloister", "The covered walkway round a square garden, where the monks read and walked", "defined"),
    GlossaryEntry("Scriptorium", "The room where monks copied books by hand", "defined"),
)


def test_no_gap_on_where_a_tour_takes_the_reader():
    course = build_course(parse_document(ABBEY), glossary=ABBEY_TERMS, others=[])
    stems = [c.stem for m in course.lesson.mentions for c in fill_blank(m, course, random.Random(0))]
    assert not any(s.startswith("You step out") for s in stems)  # "garden", "courtyard" fit the gap as well
    assert any(s.startswith("The _____ is the room") or s.startswith("_____ is the room") for s in stems)


@pytest.mark.parametrize(("blanked", "refused"), [
    ("You step out into the _____ and walk along its arcade.", True),
    ("Next, you pass under the _____ into the nave.", True),
    ("You cross the garden and enter the _____, the room where the monks met each morning.", False),
    ("The _____ is the room where monks copied books by hand.", False),
])
def test_unpinned_tour_gap(blanked, refused):
    assert unpinned_tour_gap(blanked) is refused
