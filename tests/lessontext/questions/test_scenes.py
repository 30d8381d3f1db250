"""Walk-throughs: a paragraph that sets a scene gives no question (raters on test-k: a wrong key)."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.fill_blank import fill_blank
from lessontext.questions.scenes import scene_sentences, sets_a_scene
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
