"""The discriminant asked on a fresh quadratic: only where the lesson names and works it; the key by its sign."""

import random
import re

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.discriminant import discriminant_questions, equation, fresh

LESSON = """# Quadratic equations

## The discriminant

The expression b² − 4ac, which sits under the square root, is called the **discriminant**.

If it is positive there are two different solutions; if it is zero there is one repeated solution; if it is
negative there are no real solutions.

## Example

For x² − 6x + 9 = 0, a = 1, b = −6 and c = 9, so b² − 4ac = 36 − 36 = 0: one repeated solution.
"""


@pytest.mark.parametrize(("a", "b", "c", "written"), [
    (1, -1, 4, "x² − x + 4 = 0"),
    (2, 5, -3, "2x² + 5x − 3 = 0"),
    (3, -12, 12, "3x² − 12x + 12 = 0"),
])
def test_an_equation_is_written_in_standard_form(a, b, c, written):
    assert equation(a, b, c) == written


def _coefficients(stem: str) -> tuple[int, int, int]:
    found = re.search(r"does (\d*)x² ([+−]) (\d*)x ([+−]) (\d+) = 0", stem)
    a = int(found[1] or 1)
    b = int(found[3] or 1) * (-1 if found[2] == "−" else 1)
    c = int(found[5]) * (-1 if found[4] == "−" else 1)
    return a, b, c


@pytest.mark.parametrize("title", ["Quadratic equations", "Roots", "Solving quadratics", "Discriminants", "Algebra"])
def test_the_key_is_the_number_of_real_solutions_its_discriminant_gives(title):
    course = build_course(parse_document(LESSON.replace("Quadratic equations", title, 1)), glossary=(), others=())
    (item,) = discriminant_questions(course.lesson)
    a, b, c = _coefficients(item.stem)
    d = b * b - 4 * a * c
    assert item.correct == ("2" if d > 0 else "1" if d == 0 else "0",)
    assert sorted([*item.correct, *item.distractors]) == ["0", "1", "2"] and item.level == "apply"
    assert f"= {d}" in item.explanation.replace("−", "-")


def test_fresh_equations_cover_every_case_and_never_the_lessons_own():
    cases = set()
    for seed in range(60):
        a, b, c = fresh(random.Random(seed), avoid="x² − 6x + 9 = 0")
        assert equation(a, b, c) != "x² − 6x + 9 = 0"
        d = b * b - 4 * a * c
        cases.add((d > 0) - (d < 0))
    assert cases == {-1, 0, 1}


def test_a_lesson_that_names_but_never_works_the_discriminant_gets_no_item():
    unworked = LESSON.split("## Example")[0]
    course = build_course(parse_document(unworked), glossary=(), others=())
    assert list(discriminant_questions(course.lesson)) == []
