"""Formulas in words: a sum's parts are amounts only where the lesson measures them."""

import random

import pytest

from lessontext.questions.formulas import ONE_SIZE, compute, parse_formula, treated_as_quantity


@pytest.mark.parametrize("name, text, quantity", [
    ("Liabilities", "Assets 15,000 = Liabilities 5,000 + Equity 10,000.", True),
    ("revenue", "Equity is the original capital plus revenue of 1,200.", True),
    ("energy expenditure", "When intake exceeds expenditure, the surplus is stored.", True),
    ("energy intake", "When intake exceeds expenditure, the surplus is stored.", True),
    ("Assets", "Assets (cash) increase by 4,000.", True),
    ("glucose", "Glucose comes from digested food; reactants = glucose + oxygen.", False),
    ("oxygen", "Oxygen comes from the air, and it reaches every cell.", False),
])
def test_a_sums_part_is_a_quantity_when_the_lesson_measures_it(name, text, quantity):
    assert treated_as_quantity(name, text) is quantity



def test_a_sum_of_two_names_is_read():
    assert parse_formula("Assets = Liabilities + Equity") == ("Assets", ["Liabilities", "Equity"], ["+"])


@pytest.mark.parametrize("seed", range(30))
def test_a_sums_and_a_differences_fresh_parts_are_of_one_size(seed):
    for ops in (["+"], ["−"]):
        (first, second), key, _ = compute(["intake", "expenditure"], ops, random.Random(seed))
        assert max(first, second) <= min(first, second) * ONE_SIZE and key > 0


@pytest.mark.parametrize("seed", range(30))
def test_a_sums_wrong_options_are_the_other_operation_and_one_slip(seed):
    for ops in (["+"], ["−"]):
        (first, second), key, mistakes = compute(["intake", "expenditure"], ops, random.Random(seed))
        other = first - second if ops == ["+"] else first + second
        assert key == (first + second if ops == ["+"] else first - second)
        assert mistakes == [abs(other), key * 10]
        assert abs(other) not in (first, second)  # never one of the values given


@pytest.mark.parametrize("seed", range(30))
def test_a_product_without_example_is_computed_and_its_options_model_errors(seed):
    (a, b), key, mistakes = compute(["price per item", "number of items"], ["×"], random.Random(seed))
    assert key == a * b
    assert mistakes[0] == a + b and mistakes[1] == (a / b).quantize(mistakes[1])


@pytest.mark.parametrize("sentence, long", [
    ("Using n = sin i ÷ sin r", False),  # a lead-in and two sines: symbols, not names
    ("refractive index = sin i ÷ sin r", False),
])
def test_a_letter_alone_is_a_symbol_not_a_word_of_a_name(sentence, long):
    assert parse_formula(sentence, long=long) is None


def test_the_article_a_is_a_word_of_a_name():
    parsed = parse_formula("Point prevalence = number of existing cases at a given time / total population at that time",
                           long=True)
    assert parsed == ("Point prevalence", ["number of existing cases at a given time", "total population at that time"],
                      ["÷"])
