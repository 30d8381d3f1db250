"""comparison: which of a table's compared things the prose says has the most or least of something."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.comparison import METALS, compared_things, comparison_questions, graded
from lessontext.questions.rules import COMPARISON_CHOICE, COMPARISON_SWAP_FALSE

BOATS = """# Three Kinds of Boat

| Boat | Hull | Typical crew |
|---|---|---|
| Canoe | Open | One or two |
| Dinghy | Open with a centreboard | Two |
| Yacht | Decked with a keel | Four or more |

## Canoe

A canoe is paddled, not rowed, and is light enough to carry.

## Dinghy

A dinghy carries a sail and a centreboard.

## Yacht

A yacht sleeps its crew on board.

## Compared

The yacht is the heaviest of the three, so it needs a harbour. A canoe costs less than any of the others.
"""


def _made(text):
    course = build_course(parse_document(text), glossary=(), others=())
    return list(comparison_questions(course.lesson, course, random.Random(0)))


def test_the_things_a_table_compares_whichever_way_it_is_written():
    course = build_course(parse_document(METALS), glossary=(), others=())
    assert compared_things(course.lesson.tables[0]) == ("Copper", "Iron", "Aluminium")  # across the columns
    course = build_course(parse_document(BOATS), glossary=(), others=())
    assert compared_things(course.lesson.tables[0]) == ("Canoe", "Dinghy", "Yacht")  # down the rows


def test_a_superlative_of_one_compared_thing_asks_which_and_swaps_it():
    made = _made(BOATS)
    choices = [c for c in made if c.rule == COMPARISON_CHOICE]
    assert {c.stem for c in choices} == {"According to the text, which of these is the heaviest of the three?",
                                        "According to the text, which of these costs less than any of the others?"}
    heaviest = next(c for c in choices if "heaviest" in c.stem)
    assert heaviest.key == "Yacht" and set(heaviest.distractors) == {"Canoe", "Dinghy"}
    falses = [c for c in made if c.rule == COMPARISON_SWAP_FALSE]
    assert falses and all(c.truth is False and c.key != c.original for c in falses)
    assert all(c.level == "understand" for c in made)


def test_the_subjects_head_goes_with_every_option_only_where_the_lesson_writes_it():
    made = _made(METALS)
    lowest = next(c for c in made if c.rule == COMPARISON_CHOICE and "lowest resistance" in c.stem)
    assert lowest.key == "Copper"  # "copper wire", but the lesson never writes "iron wire"
    assert set(lowest.distractors) == {"Iron", "Aluminium"}


@pytest.mark.parametrize("degree, is_graded", [
    ("highest", True), ("cheapest", True), ("most", True), ("west", False), ("interest", False), ("forest", False),
])
def test_graded(degree, is_graded):
    assert graded(degree) is is_graded


def test_two_compared_things_swapped_in_a_comparative():
    made = _made(METALS)
    swapped = {c.statement for c in made if c.rule == COMPARISON_SWAP_FALSE and " than " in c.statement
               and "any of the others" not in c.statement}
    assert swapped == {"Iron conducts electricity better than copper does."}
