"""The formula_line rule: a paragraph that is only "quantity = formula in words" defines the quantity."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.formulas import _spoken
from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Speed tells us how quickly distance is covered. Average speed is defined as:\n\n"
            "average speed = total distance travelled / total time taken\n",
            {"Average speed": ("defined", "Total distance travelled divided by total time taken.")},
            (), id="a-quantity-and-its-formula-in-words",
        ),
        pytest.param(
            "A survey finds that 150 people in a village of 5,000 are ill.\n\n"
            "Point prevalence = 150 / 5,000 = 0.03\n",
            {}, ("Point prevalence",), id="a-worked-line-with-figures-is-no-definition",
        ),
        pytest.param(
            "Using symbols, where u is the initial velocity and v the final one:\n\nv = u + at\n",
            {}, ("v",), id="a-symbolic-formula-names-no-term",
        ),
        pytest.param(
            "The balance sheet always balances:\n\nAssets = Liabilities + Equity\n",
            {}, ("Assets",), id="an-identity-between-named-terms-defines-neither",
        ),
        pytest.param(
            "Work done = force × distance moved. If you know the work and the force, rearrange the rule:\n\n"
            "distance moved = work done ÷ force\n",
            {}, ("Distance moved",), id="a-rearranged-rule-does-not-define-the-quantity-solved-for",
        ),
        pytest.param(
            "Working backwards from the area, as the last step:\n\n"
            "side length = area ÷ width\n",
            {}, ("Side length",), id="working-backwards-solves-for-a-missing-value",
        ),
        pytest.param(
            "The rate tells us how quickly a quantity grows. The mean growth rate is defined as:\n\n"
            "mean growth rate = change in height ÷ time taken\n",
            {"Mean growth rate": ("defined", "Change in height divided by time taken.")},
            (), id="a-formula-introduced-as-a-definition-is-kept",
        ),
    ],
)
def test_formula_line(body, expected, absent):
    check(body, expected, absent)


def test_a_sentence_that_defines_the_quantity_wins_over_its_formula():
    body = ("Relative frequency is the share of the trials of an experiment in which the event happened.\n\n"
            "relative frequency = number of times the event occurred ÷ number of trials\n")
    assert glossary(body)["Relative frequency"][1] == "The share of the trials of an experiment in which the event happened."


@pytest.mark.parametrize(
    ("expression", "spoken"),
    [
        ("focal length ÷ diameter of the aperture", "focal length divided by diameter of the aperture"),
        ("energy intake − energy expenditure", "energy intake minus energy expenditure"),
        ("principal × rate × time", "principal multiplied by rate multiplied by time"),
        ("u + at", None),
        ("Liabilities + Equity", None),
        ("total distance travelled", None),
    ],
)
def test_spoken(expression, spoken):
    assert _spoken(expression) == spoken
