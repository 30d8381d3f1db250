"""A formula in symbols with a factor and an offset: read one way, borne out by the lesson, asked on a fresh value."""

import random
from decimal import Decimal
from fractions import Fraction

import pytest

from lessontext.document import parse_document
from lessontext.questions.applyitems import fmt
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.linear import Linear, borne_out, parse_linear


@pytest.mark.parametrize("sentence, factor, offset, inside", [
    ("R = G × 3/2 + 10", Fraction(3, 2), Fraction(10), False),
    ("T = 4 × n + 20", Fraction(4), Fraction(20), False),
    ("y = 3x − 2", Fraction(3), Fraction(-2), False),
    ("C = 15 + 0.25 × d", Fraction(1, 4), Fraction(15), False),
    ("d = t ÷ 4 − 1", Fraction(1, 4), Fraction(-1), False),
    ("G = (R − 10) × 2/3", Fraction(2, 3), Fraction(-10), True),
    ("G = (R - 10) / 1.5", Fraction(2, 3), Fraction(-10), True),
    ("G = 2/3 × (R − 10)", Fraction(2, 3), Fraction(-10), True),
])
def test_the_two_shapes_are_read(sentence, factor, offset, inside):
    linear = parse_linear(sentence)
    assert (linear.factor, linear.offset, linear.inside) == (factor, offset, inside)
    assert linear.text == sentence


@pytest.mark.parametrize("sentence", [
    "R = G + 10",  # a sum: no factor
    "R = G × 3",  # a product: no offset
    "R = 25 × 3/2 + 10",  # a working, no symbol
    "R = G × H + 10",  # two symbols
    "R = G × 3 + H",
    "Cost = rate × hours + 10",  # names, not symbols
    "R = G × 3 + 10 and more",  # not a formula line
])
def test_other_formulas_are_not_read(sentence):
    assert parse_linear(sentence) is None


def test_the_formula_and_its_slips_compute_exactly():
    outside = Linear("R = G × 3/2 + 10", "R", "G", Fraction(3, 2), Fraction(10), inside=False)
    assert outside.value(Fraction(20)) == 40
    # offset left out, offset added before scaling, factor turned round, offset's sign reversed
    assert outside.slips(Fraction(20)) == [30, 45, Fraction(70, 3), 20]
    inside = Linear("G = (R − 10) × 2/3", "G", "R", Fraction(2, 3), Fraction(-10), inside=True)
    assert inside.value(Fraction(40)) == 20
    assert inside.slips(Fraction(40)) == [Fraction(80, 3), Fraction(50, 3), 45, Fraction(100, 3)]


def test_the_lessons_own_figures_must_bear_the_reading_out():
    linear = parse_linear("R = G × 3/2 + 10")
    assert borne_out(linear, {Fraction(0), Fraction(20)}, {Fraction(40)})
    assert not borne_out(linear, {Fraction(20)}, {Fraction(30)})


def shown(value: Fraction) -> str:
    return fmt(Decimal(value.numerator) / Decimal(value.denominator))


LESSON = """# Two scales

## The Grade scale and the Rank scale

Ice melts at 0 °G, which is 10 °R. A warm day is 20 °G, or 40 °R.

To change Grade into Rank, multiply by 3/2 and then add 10:

R = G × 3/2 + 10

To change Rank into Grade, first take away 10 and then multiply by 2/3:

G = (R − 10) × 2/3
"""


def test_a_scale_conversion_is_asked_on_a_fresh_value_in_the_scales_signs():
    course = build_course(parse_document(LESSON), glossary=(), others=())
    (item,) = [c for c in apply_questions(course.lesson, course, random.Random(0)) if "3/2" in c.stem]
    given = Fraction(item.stem.split("G = ")[1].split(" °G")[0])
    assert item.stem.startswith("The text gives the formula “R = G × 3/2 + 10”. What is R when G = ")
    assert given not in (0, 20) and item.key == f"{shown(given * 3 / 2 + 10)} °R"
    assert f"{shown(given * 3 / 2)} °R" in item.distractors  # the offset left out
    assert item.level == "apply"
    # the same relation rearranged is not asked again
    assert not [c for c in apply_questions(course.lesson, course, random.Random(0)) if "2/3" in c.stem]


def test_a_reading_the_lessons_figures_contradict_is_not_asked():
    lesson = LESSON.replace("or 40 °R", "or 45 °R").replace("which is 10 °R", "which is 12 °R")
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert not [c for c in apply_questions(course.lesson, course, random.Random(0)) if "3/2" in c.stem]


def test_named_symbols_are_asked_with_their_names_and_units():
    lesson = """# Springs

## Stretching a spring

With no load the spring is 10 cm long, and a 50 g mass stretches it to 20 cm.

L = 0.2 × m + 10

where L is the length of the spring in centimetres (cm) and m is the mass in grams (g).
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    (item,) = [c for c in apply_questions(course.lesson, course, random.Random(0)) if "0.2 × m + 10" in c.stem]
    assert "where L is the length of the spring and m is the mass. What is the length of the spring L when m = " in item.stem
    given = Fraction(item.stem.split("m = ")[1].split(" g?")[0])
    assert item.key == f"{shown(given / 5 + 10)} cm" and given != 50
    unnamed = lesson.replace("where L is the length of the spring in centimetres (cm) and m is the mass in grams (g).", "")
    course = build_course(parse_document(unnamed), glossary=(), others=())
    assert not [c for c in apply_questions(course.lesson, course, random.Random(0)) if "0.2 × m + 10" in c.stem]


def test_a_labelled_line_keeps_only_its_formula():
    """The words before the colon are a label: "y gives y in terms of x: …" is not part of the formula."""
    assert parse_linear("The first equation gives y in terms of x: y = 2x + 1.").text == "y = 2x + 1"


def test_a_step_of_solving_equations_is_not_a_formula_to_evaluate():
    """"2x" is a coefficient, not two of a unit x: a line of a worked pair has no quantities to ask about."""
    lesson = """# Substitution

## Example

Solve y = 2x + 1 and 3x + y = 16.

The first equation gives y in terms of x: y = 2x + 1.

Substitute: 3x + 2x + 1 = 16, so 5x = 15 and x = 3. Then 3y = 21, so y = 7.
"""
    course = build_course(parse_document(lesson), glossary=(), others=())
    assert not [c for c in apply_questions(course.lesson, course, random.Random(0)) if "formula" in c.stem]
