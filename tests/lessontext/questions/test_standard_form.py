"""Figures in standard form and answers rounded to significant figures."""

from decimal import Decimal
from fractions import Fraction

import pytest

from lessontext.questions.rounding import rounding_of
from lessontext.questions.standard_form import (
    all_in_standard_form,
    fresh,
    places_of,
    shown_in_standard_form,
    significant,
    to_figures,
    value_of,
    written,
)


@pytest.mark.parametrize(("text", "value"), [
    ("6.63 × 10⁻³⁴", Fraction(663, 100) * Fraction(10) ** -34),
    ("3.00×10⁸", Fraction(3) * 10 ** 8),
    ("1,200", Fraction(1200)),
    ("0.40", Fraction(2, 5)),
])
def test_a_figure_is_read_for_its_value(text, value):
    assert value_of(text) == value


def test_standard_form_is_written_to_the_mantissas_decimals():
    assert written(Decimal("2.9835E-19"), 2) == "2.98 × 10⁻¹⁹"
    assert written(Decimal("9.996E+5"), 2) == "1.00 × 10⁶"  # rounded up into the next power
    assert places_of("3.98 × 10⁻¹⁹") == 2 and places_of("0.125") == 3


def test_an_answer_is_shown_to_its_significant_figures():
    assert shown_in_standard_form(Fraction(3978, 1000) * Fraction(10) ** -19, "3.98 × 10⁻¹⁹")
    assert not shown_in_standard_form(Fraction(3978, 1000) * Fraction(10) ** -19, "3.97 × 10⁻¹⁹")
    assert significant("920") == 2 and significant("1,500") == 2 and significant("54") == 2
    assert to_figures(Fraction(91854, 100), 2) == Decimal(920)


def test_a_fresh_figure_scales_its_mantissa_and_keeps_its_power():
    assert fresh("6.00 × 10¹⁴", "4.50") == "4.50 × 10¹⁴"
    assert fresh("6.00 × 10¹⁴", "12.00") == "1.20 × 10¹⁵"


def test_options_in_standard_form_are_told_apart_by_their_powers():
    assert all_in_standard_form(["2.98 × 10⁻¹⁹ J", "2.98 × 10⁻¹⁸ J"])
    assert not all_in_standard_form(["2.98 J", "2.98 × 10⁻¹⁸ J"])


@pytest.mark.parametrize(("exact", "answer", "key"), [
    (Fraction(3978, 1000) * Fraction(10) ** -19, "3.98 × 10⁻¹⁹", "3.98 × 10⁻¹⁹"),
    (Fraction(91854, 100), "920", "920"),
    (Fraction(1, 8), "0.125", "0.125"),
])
def test_a_key_is_rounded_and_written_as_the_lessons_answer(exact, answer, key):
    rounding = rounding_of(exact, answer, approximate=True)
    assert rounding.show(rounding.to_places(exact)) == key


def test_an_answer_that_is_not_the_workings_value_is_a_misreading():
    assert rounding_of(Fraction(91854, 100), "930", approximate=True) is None
    assert rounding_of(Fraction(2058, 10), "210") is None  # "= 210 m" for 205.8 with no "≈": misread
    assert rounding_of(Fraction(3978, 1000) * Fraction(10) ** -19, "3.98 × 10⁻¹⁸") is None
