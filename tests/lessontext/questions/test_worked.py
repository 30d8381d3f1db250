"""A formula's worked example: read only when its arithmetic holds; fresh numbers keep its constraints."""

import random
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions, typical_mistakes
from lessontext.questions.worked import fresh_values, names_result, read_example


@pytest.mark.parametrize("sentence, ops, values, units, unit", [
    ("Yield = 45 / 60 = 0.75", ["÷"], ("45", "60"), ("", ""), ""),
    ("Rate = 24 / 1,600 person-years = 0.015 per person-year", ["÷"], ("24", "1600"), ("", "person-years"), "per person-year"),
    ("rate = 56 cm³ ÷ 40 s = 1.4 cm³/s", ["÷"], ("56", "40"), ("cm³", "s"), "cm³/s"),
    ("Moles = c × V = 0.100 mol/L × 0.0200 L = 0.00200 mol.", ["×"], ("0.100", "0.0200"), ("mol/L", "L"), "mol"),
    ("Share = 150 / 5,000 = 0.03, or 3 per cent", ["÷"], ("150", "5000"), ("", ""), ""),
])
def test_an_example_gives_its_values_and_units(sentence, ops, values, units, unit):
    worked = read_example(sentence, ops)
    assert worked.values == tuple(Decimal(v) for v in values)
    assert (worked.units, worked.unit) == (units, unit)
    assert not worked.continues


@pytest.mark.parametrize("sentence, ops", [
    ("Yield = 45 / 60 = 0.9", ["÷"]),  # the arithmetic does not hold: no example of this formula
    ("Yield = 45 / 60 = 0.75", ["×"]),  # another operation
    ("Yield = 45 / 60", ["÷"]),  # no answer
])
def test_no_example_when_it_is_not_this_formulas_working(sentence, ops):
    assert read_example(sentence, ops) is None


def test_an_example_that_goes_on_with_its_answer_is_one_step_of_a_longer_working():
    assert read_example("Working: total length = 30 × 1.5 = 45 m, so each half = 45 / 2 = 22.5 m", ["×"]).continues
    assert not read_example("Working: total length = 30 × 1.5 = 45 m.", ["×"]).continues


def test_a_later_line_names_the_formulas_result():
    assert names_result("Working: total distance = 340 × 1.2 = 408 m", "distance travelled")
    assert names_result("Pass rate = 45 / 60 = 0.75", "Pass rate")
    assert not names_result("Point share = 1 / 4 = 0.25", "Pass rate")


@pytest.mark.parametrize("seed", range(20))
def test_fresh_values_keep_the_examples_constraints(seed):
    worked = read_example("Pass rate = 45 / 60 = 0.75", ["÷"])
    (passed, sat), key = fresh_values(worked, ["÷"], random.Random(seed))
    assert passed == passed.to_integral_value() and sat == sat.to_integral_value()  # counts stay whole
    assert 0 < key < 1 and passed < sat  # a part of its whole stays below it
    assert key == passed / sat and key != Decimal("0.75")
    assert -key.normalize().as_tuple().exponent <= 2  # no more decimals than the example's answer


def test_no_fresh_values_when_no_scaling_keeps_the_constraints():
    worked = read_example("Share = 1 / 7 = 0.143", ["÷"])  # whole counts over sevens never end in 3 decimals
    assert worked is not None and fresh_values(worked, ["÷"], random.Random(0)) is None


def test_a_proportions_wrong_options_are_its_typical_mistakes():
    mistakes = typical_mistakes([Decimal(30), Decimal(40)], Decimal("0.75"), ["÷"], proportion=True)
    assert mistakes[:3] == [Decimal("1.33"), Decimal(75), Decimal("7.5")]  # turned round, a percentage, slipped
    assert Decimal(1200) not in mistakes  # a part times its whole is no typical slip


EXAMS = """# Exams

## Pass rates

The pass rate compares the students who passed with those who sat the exam.

Pass rate = number of students who passed the exam / number of students who sat the exam

In one school, 45 of the 60 students who sat the exam passed.

Pass rate = 45 / 60 = 0.75
"""

TRIP = """# Trips

## Walking

Distance walked = walking speed × time

Working: total distance = 4 × 1.5 = 6 km, so the distance each way = 6 / 2 = 3 km
"""

DOSE = """# Doses

## Dosing

Dose = body mass × dose per kilogram

For a child: Dose = 20 kg × 15 mg/kg = 300 mg
"""


def _items(markdown, seed=0):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return list(apply_questions(course.lesson, course, random.Random(seed)))


def test_a_display_formula_with_long_names_is_asked_with_its_examples_sizes():
    (item,) = _items(EXAMS)
    assert item.stem.startswith("By the text's formula, what is the pass rate when number of students who passed the exam = ")
    key = Decimal(item.key)
    assert key < 1 and f"{1 / key:.3g}" in item.distractors  # the ratio turned round
    assert _items(EXAMS.split("In one school")[0]) == []  # long names without an example: not read


def test_a_formula_that_is_one_step_of_a_longer_working_is_not_asked():
    assert _items(TRIP) == []
    assert _items(TRIP.replace(", so the distance each way = 6 / 2 = 3 km", ""))


def test_the_examples_units_on_a_later_line_reach_the_stem_and_every_option():
    (item,) = _items(DOSE)
    assert " kg and dose per kilogram = " in item.stem and item.stem.endswith(" mg/kg?")
    assert item.key.endswith(" mg") and all(d.endswith(" mg") for d in item.distractors)
