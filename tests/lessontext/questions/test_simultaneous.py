"""A pair of simultaneous equations the lesson solves, asked again on fresh numbers of the same shape."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.rubric import evaluate
from lessontext.questions.simultaneous import Equation, parse_pair, simultaneous_questions

ELIMINATION = """# Elimination

## Worked example

Solve 3x + 2y = 18 and 5x − 2y = 14.

The y terms have the same size and different signs, so add: 8x = 32, so x = 4. Then 12 + 2y = 18, so y = 3.

So x = 4 and y = 3.
"""

SUBSTITUTION = """# Substitution

## Worked example

Solve y = 2x + 1 and 3x + y = 16.

Put 2x + 1 in place of y: 3x + 2x + 1 = 16, so 5x = 15 and x = 3. Then y = 2(3) + 1 = 7.
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Solve 3x + 2y = 18 and 5x − 2y = 14.", (Equation(3, 2, 18), Equation(5, -2, 14), ("x", "y"))),
    ("Solve y = 2x + 1 and 3x + y = 16.", (Equation(-2, 1, 1, "y"), Equation(3, 1, 16), ("x", "y"))),
    ("Solve x + y = 10, x − y = 4", (Equation(1, 1, 10), Equation(1, -1, 4), ("x", "y"))),
    ("Solve the pair y = 2x + 1 and 3x + y = 16.", (Equation(-2, 1, 1, "y"), Equation(3, 1, 16), ("x", "y"))),
    ("Solve the simultaneous equations x + y = 10 and x − y = 4.", (Equation(1, 1, 10), Equation(1, -1, 4), ("x", "y"))),
    ("Solve 3x + 5 < 17.", None),  # one unknown: solving.py's
    ("Solve x + y = 10 and a + b = 4.", None),  # not the same two unknowns
])
def test_parse_pair(sentence, expected):
    assert parse_pair(sentence) == expected


def _values(answer: str) -> tuple[int, int]:
    x, y = (int(part.split("=")[1].replace("−", "-")) for part in answer.split(","))
    return x, y


def _fresh_pair(stem: str) -> tuple[Equation, Equation]:
    first, second, _ = parse_pair("Solve " + stem.split("Which values solve ", 1)[1].rstrip("?"))
    return first, second


@pytest.mark.parametrize("lesson", [ELIMINATION, SUBSTITUTION])
def test_a_solved_pair_is_asked_again_on_fresh_numbers_with_a_computed_key(lesson):
    course = build_course(parse_document(lesson), glossary=(), others=())
    (item,) = simultaneous_questions(course.lesson)
    first, second = _fresh_pair(item.stem)
    x, y = _values(item.key)
    assert first.holds(x, y) and second.holds(x, y)
    for wrong in item.distractors:  # each slip fails at least one equation
        assert not (first.holds(*_values(wrong)) and second.holds(*_values(wrong)))
    assert f"x = {y}, y = {x}".replace("-", "−") in item.distractors  # x and y swapped
    assert item.level == "apply" and evaluate(item, course) == []
    original = parse_pair(lesson)
    assert (first, second) != original[:2]


def test_the_shape_of_the_pair_is_kept():
    """Same-size y terms of opposite signs stay so (the "add" case); a lone "y = …" stays written so."""
    course = build_course(parse_document(ELIMINATION), glossary=(), others=())
    first, second = _fresh_pair(next(simultaneous_questions(course.lesson)).stem)
    assert first.b == -second.b > 0 and first.a > 0 and second.a > 0
    course = build_course(parse_document(SUBSTITUTION), glossary=(), others=())
    item = next(simultaneous_questions(course.lesson))
    assert item.stem.split("Which values solve ")[1].startswith("y = ")


def test_no_item_without_the_lessons_own_solution():
    lesson = ELIMINATION.replace("So x = 4 and y = 3.", "").replace("so x = 4", "").replace("so y = 3", "")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert list(simultaneous_questions(course.lesson)) == []


def test_fresh_numbers_are_deterministic():
    course = build_course(parse_document(ELIMINATION), glossary=(), others=())
    first = [i.stem for i in simultaneous_questions(course.lesson)]
    random.seed(1)
    assert [i.stem for i in simultaneous_questions(course.lesson)] == first
