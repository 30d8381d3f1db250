"""A negative base-10 logarithm formula: read, given a unit from the lesson, asked on a fresh power of ten."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.logarithms import fresh_exponent, parse_negative_log, power_of_ten, quantity_unit, slips


@pytest.mark.parametrize("sentence, parsed", [
    ("pA = −log₁₀[A⁺]", ("pA", "[A⁺]")),
    ("pB = −log10[B⁻]", ("pB", "[B⁻]")),
    ("Formula: pX = -log10(X)", ("pX", "(X)")),
    ("pA = log₁₀[A⁺]", None),  # no minus: another formula
    ("pA = −log₁₀[A⁺] + 2", None),  # more than the logarithm
    ("pA = −ln[A⁺]", None),  # not base 10
])
def test_a_negative_log_formula_is_read(sentence, parsed):
    assert parse_negative_log(sentence) == parsed


def test_the_quantitys_unit_is_read_from_a_value_or_its_definition():
    assert quantity_unit("[A⁺]", "Here [A⁺] = 1 × 10⁻² mol/L in the sample.") == "mol/L"
    assert quantity_unit("[A⁺]", "so [A⁺] is also 0.0025 mol/L, which") == "mol/L"
    assert quantity_unit("[A⁺]", "where [A⁺] is the concentration of the ion (mol/L).") == "mol/L"
    assert quantity_unit("[A⁺]", "where [A⁺] is the concentration of the ion.") == ""


def test_fresh_numbers_avoid_the_lessons_own_powers_and_slips_are_typical():
    text = "A sample has 1 × 10⁻³ mol/L; another 10⁻⁴ mol/L."
    assert all(fresh_exponent(text, random.Random(s)) not in (3, 4) for s in range(20))
    assert power_of_ten(11) == "1 × 10⁻¹¹"
    assert slips(4) == ["3", "9.2", "5"]


def test_the_item_gives_the_unit_and_keys_the_exponent():
    lesson = "# Acidity\n\n## Scale\n\npA = −log₁₀[A⁺]\n\nA sample with [A⁺] = 1 × 10⁻⁵ mol/L has pA 5.\n"
    course = build_course(parse_document(lesson), glossary=(), others=())
    (item,) = apply_questions(course.lesson, course, random.Random(0))
    exponent = int(item.key)
    assert item.stem.endswith(f"[A⁺] = {power_of_ten(exponent)} mol/L?") and exponent != 5
    assert item.level == "apply" and list(item.distractors) == slips(exponent)
