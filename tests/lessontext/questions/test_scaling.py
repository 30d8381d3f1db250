from __future__ import annotations

import random
from fractions import Fraction

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.scaling import laws, power, scaling_questions


@pytest.mark.parametrize(("change", "followed", "expected"), [
    (Fraction(2), Fraction(1, 4), -2),  # an inverse square law
    (Fraction(3), Fraction(27), 3),
    (Fraction(1, 2), Fraction(2), -1),
    (Fraction(2), Fraction(2), 1),
    (Fraction(2), Fraction(1, 3), None),  # no whole power
    (Fraction(2), Fraction(1), None),
])
def test_power(change, followed, expected):
    assert power(change, followed) == expected


LIGHT = """# Light

## Brightness

The brightness of a lamp follows an inverse square law. If the distance doubles, the brightness falls to one
quarter. If the distance triples, the brightness falls to one ninth. If it doubles again, it grows.
"""


def _items(text: str):
    course = build_course(parse_document(text), glossary=(), others=())
    return course, list(scaling_questions(course.lesson, course, random.Random(0)))


def test_a_law_is_asked_on_a_factor_the_lesson_does_not_state():
    """test-dd, both raters: the inverse square law with its doubling and tripling spelled out got no apply item."""
    course, [item] = _items(LIGHT)
    [(_, _, x, y, p, stated)] = laws(course.lesson)
    assert (x, y, p, stated) == ("distance", "brightness", -2, {Fraction(2), Fraction(3)})
    assert item.stem == ("By the relation the text describes, what does a brightness of 12 units become if the distance "
                         "is halved (nothing else changing)?")
    assert item.key == "48 units" and item.level == "apply"
    assert set(item.distractors) == {"3 units", "24 units", "6 units"}  # the sign turned, the power dropped


def test_a_proportion_or_a_pronoun_makes_no_item():
    _, items = _items("# Springs\n\n## Stretch\n\nIf the load doubles, the stretch doubles. If it triples, the stretch "
                      "is nine times as large.\n")
    assert items == []


def test_it_after_the_verb_of_scaling_is_the_subject_of_the_clause_before():
    """test-em: Euler's buckling load, "so doubling the length quarters it", had no item beyond recall."""
    course, [item] = _items("# Columns\n\n## Length\n\nThe load falls with the square of the effective length, so "
                            "doubling the length quarters it.\n")
    [(_, _, x, y, p, _)] = laws(course.lesson)
    assert (x, y, p) == ("length", "load", -2)
    assert item.key == "48 units"
    _, items = _items("# Columns\n\n## Length\n\nIt changes slowly, so doubling the length quarters it.\n")
    assert items == []
