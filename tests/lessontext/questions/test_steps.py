"""steps: which step of a numbered procedure comes straight after another."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.steps import TEA, TIPS, imperative, procedures, step_questions, step_text
from lessontext.questions.rules import STEP_AFTER, STEP_ORDER_FALSE


@pytest.mark.parametrize("step, shown", [
    ("Check the tyres before you set off, such as for cuts or bulges.", "Check the tyres before you set off"),
    ("Warm the pot, then pour the water away.", "Warm the pot"),
    ("Sand the board; wipe off the dust.", "Sand the board"),
    ("Mix the flour and the salt.", "Mix the flour and the salt"),
])
def test_step_text(step, shown):
    assert step_text(step) == shown


def test_imperative():
    assert imperative("Open the valve slowly.")
    assert not imperative("If the valve sticks, call an engineer.")
    assert not imperative("Tea was cheaper than coffee.")


def test_a_procedure_is_read_across_its_warnings_and_asked_one_link_at_a_time():
    course = build_course(parse_document(TEA), glossary=(), others=())
    (_, steps), = procedures(course.lesson)
    assert len(steps) == 6  # the warning after step 2 does not cut the list
    made = list(step_questions(course.lesson, course, random.Random(0)))
    after_warming = next(c for c in made if "“Warm the pot with hot water”" in c.stem)
    assert after_warming.key == "Add one spoonful of leaves per cup"
    assert "Warm the pot with hot water" not in after_warming.distractors
    assert len({c.claims for c in made if c.rule == STEP_AFTER}) == 1  # one item per procedure
    order = [c for c in made if c.rule == STEP_ORDER_FALSE]
    assert order and all(c.truth is False for c in order)
    assert "the step “Leave it to brew for four minutes” comes before the step “Add one spoonful of leaves per cup”." \
        in {c.stem.split("According to the text, ")[1] for c in order}


def test_numbered_tips_are_no_procedure():
    course = build_course(parse_document(TIPS), glossary=(), others=())
    assert list(procedures(course.lesson)) == []
