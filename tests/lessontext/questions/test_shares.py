"""A percentage share's worked example: read only when its arithmetic holds, with its units; fresh numbers keep its size."""

import random
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.applyitems import percentage_questions
from lessontext.questions.course import build_course
from lessontext.questions.shares import fresh_share, percentage_example

SCORES = [(None, "Score = (points won ÷ points played) × 100"), (None, "In May the team won 120 of its 150 points."),
          (None, "(150 ÷ 150) × 100 = 100 would be a perfect month."), (None, "(120 ÷ 150) × 100 = 80%")]


def test_a_percentage_share_reads_its_first_worked_line_of_unequal_parts_with_its_percent_sign():
    found = percentage_example(SCORES, 0, lambda line: False)
    assert (found.values, found.result, found.unit, found.places) == ((Decimal(120), Decimal(150)), Decimal(80), "%", 0)
    # A working after the next formula belongs to that one.
    assert percentage_example(SCORES, 0, lambda line: line.startswith("In May")) is None
    assert percentage_example([*SCORES[:3], (None, "(120 ÷ 150) × 100 = 75%")], 0, lambda line: False) is None


@pytest.mark.parametrize("seed", range(10))
def test_a_fresh_share_keeps_the_examples_magnitude_and_stays_a_part_of_its_whole(seed):
    (part, whole), key, _ = fresh_share(percentage_example(SCORES, 0, lambda line: False), random.Random(seed))
    assert Decimal(80) / Decimal("1.5") <= key < 100 and key != 80
    assert part < whole


YIELD = """# Percentage yield

## The formula

**percentage yield = (actual yield ÷ theoretical yield) × 100%**

Remember also the link between mass and amount of substance:

**number of moles (mol) = mass (g) ÷ molar mass (g/mol)**

## Worked example

A student heats 50.0 g of calcium carbonate and obtains 24.5 g of calcium oxide.

Step 1: Find the moles of the reactant. 50.0 g ÷ 100 g/mol = 0.500 mol.

Step 2: Calculate the percentage yield. (24.5 g ÷ 28.0 g) × 100% = 87.5%.
"""


def test_a_share_written_with_units_and_a_percent_sign_is_read_past_another_formula_by_its_result():
    sentences = build_course(parse_document(YIELD), glossary=(), others=()).lesson.sentences
    at = next(i for i, (_, s) in enumerate(sentences) if s.startswith("percentage yield ="))
    states = lambda line: "=" in line and "÷ molar mass" in line  # noqa: E731 - the moles formula only
    found = percentage_example(sentences, at, states, "percentage yield")
    assert (found.values, found.units, found.result, found.unit) == ((Decimal("24.5"), Decimal("28.0")), ("g", "g"),
                                                                     Decimal("87.5"), "%")
    # Unnamed, a working after another formula belongs to that one.
    assert percentage_example(sentences, at, states) is None


def test_a_percentage_yield_is_asked_on_the_examples_units():
    course = build_course(parse_document(YIELD), glossary=(), others=())
    (item,) = percentage_questions(course.lesson, random.Random(0))
    assert item.stem.startswith("The text gives the formula “percentage yield = (actual yield ÷ theoretical yield) × 100”")
    assert " g and theoretical yield = " in item.stem and item.stem.endswith(" g?")
