import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.rubric import evaluate
from lessontext.questions.solving import Problem, parse_problem, solving_questions

INEQUALITIES = """# Solving Inequalities

## Worked example 1

Solve 3x + 5 < 17.

Subtract 5 from both sides: 3x < 12. Divide both sides by 3: x < 4.

## Worked example 2

Solve 7 − 2x ≥ 15.

Subtract 7 from both sides: −2x ≥ 8. Divide both sides by −2 and reverse the sign: x ≤ −4.

## Worked example 3

Solve 4x − 1 > 11.

Add 1 to both sides: 4x > 12. Divide by 4: x > 3.
"""

EQUATION = """# Solving Equations

## Example

Solve 2x + 7 = 19.

Subtract 7 from both sides: 2x = 12. Divide by 2: x = 6.
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Solve 3x + 5 < 17.", Problem(a=3, b=5, c=17, op="<", unknown="x", leading=True)),
    ("Solve 7 − 2x ≥ 15.", Problem(a=-2, b=7, c=15, op="≥", unknown="x", leading=False)),
    ("Solve −3x + 4 >= 19.", Problem(a=-3, b=4, c=19, op="≥", unknown="x", leading=True)),
    ("Solve x − 4 = 10.", Problem(a=1, b=-4, c=10, op="=", unknown="x", leading=True)),
    ("Solve 2(x + 1) < x + 7.", None),  # brackets and the unknown on both sides: not these shapes
    ("Solve the problem in three steps.", None),
])
def test_parse_problem(sentence, expected):
    assert parse_problem(sentence) == expected


def _solve(stem: str) -> tuple[int, int, int, str]:
    """The fresh problem of a stem, read back (``parse_problem`` is tested above): a, b, c and the sign."""
    fresh = parse_problem("Solve " + stem.split("solution of ", 1)[1].rstrip("?"))
    return fresh.a, fresh.b, fresh.c, fresh.op


def test_a_worked_problem_is_asked_again_on_fresh_numbers_with_a_computed_key():
    course = build_course(parse_document(INEQUALITIES), glossary=(), others=())
    items = list(solving_questions(course.lesson))
    # Two items at most, one per shape: "ax + b < c" and "b − ax ≥ c"; the third problem repeats the first shape.
    assert [i.stem.split("”")[0] for i in items] == ["The text shows how to solve “3x + 5 < 17", "The text shows how to solve “7 − 2x ≥ 15"]
    for item in items:
        a, b, c, op = _solve(item.stem)
        assert (c - b) % a == 0
        value = (c - b) // a
        turned = {"<": ">", ">": "<", "≤": "≥", "≥": "≤"}[op] if a < 0 else op
        assert item.correct == (f"x {turned} {value}".replace("-", "−"),)
        assert item.level == "apply" and len(item.distractors) >= 2 and item.correct[0] not in item.distractors
        assert "3x + 5 < 17" not in item.stem.split("solution of")[1]  # fresh numbers, not the lesson's
        assert evaluate(item, course) == []  # options told apart by their signs pass the checks
    # The negative factor's slip: the sign kept where it must turn round.
    second = items[1]
    assert second.correct[0].replace("≤", "≥") in second.distractors


def test_an_equation_offers_the_slips_of_its_method():
    course = build_course(parse_document(EQUATION), glossary=(), others=())
    (item,) = solving_questions(course.lesson)
    a, b, c, op = _solve(item.stem)
    assert op == "=" and item.correct == (f"x = {(c - b) // a}".replace("-", "−"),)
    assert f"x = {c - b}".replace("-", "−") in item.distractors  # the factor never divided out


def test_no_item_without_the_lessons_own_solution():
    """The lesson must write the solution ("x = 6") for the reading to be borne out."""
    lesson = EQUATION.replace("Divide by 2: x = 6.", "Divide by 2.")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert list(solving_questions(course.lesson)) == []


def test_fresh_numbers_are_deterministic():
    course = build_course(parse_document(INEQUALITIES), glossary=(), others=())
    first = [i.stem for i in solving_questions(course.lesson)]
    random.seed(1)
    assert [i.stem for i in solving_questions(course.lesson)] == first
