"""The form of an apply item: a formula of many named symbols asked in a compact stem."""

import pytest

from lessontext.questions.applyitems import compact_stem, symbols_stem
from lessontext.questions.rubric import MAX_STEM_WORDS
from lessontext.questions.text import word_count


# Made-up formulas of three and four named symbols: each quantity is named once, in words, at its value and unit.
@pytest.mark.parametrize("formula, asked, given, expected", [
    ("Q = m × s × θ", "the heat supplied Q",
     [("m", "mass", "3 kg"), ("s", "Specific heat capacity", "500 J/kg °C"), ("θ", "temperature rise", "10 °C")],
     "Using “Q = m × s × θ”, what is the heat supplied Q when the mass m = 3 kg, the specific heat capacity "
     "s = 500 J/kg °C and the temperature rise θ = 10 °C?"),
    ("V = π × r² × h", "V", [("r", "radius of the lid", "4 cm"), ("h", "vertical height", "9 cm")],
     "Using “V = π × r² × h”, what is V when the radius of the lid r = 4 cm and the vertical height h = 9 cm?"),
    ("W = F × d", "the work W", [("F", "", "20 N"), ("d", "distance moved", "3 m")],  # a symbol with no name
     "Using “W = F × d”, what is the work W when F = 20 N and the distance moved d = 3 m?"),
])
def test_a_compact_stem_names_each_quantity_once_at_its_value(formula, asked, given, expected):
    assert compact_stem(formula, asked, given) == expected


def test_a_compact_stem_of_four_long_named_symbols_keeps_within_the_rubrics_length():
    given = [("m", "mass of the sample", "12 kg"), ("c", "specific heat capacity", "4,200 J/kg °C"),
             ("ΔT", "change in temperature", "15 °C")]
    legend = "with E the energy, m the mass of the sample, c the specific heat capacity and ΔT the change in temperature"
    long = f"By the text's formula “E = m × c × ΔT”, {legend}, what is E when m = 12 kg, c = 4,200 J/kg °C and ΔT = 15 °C?"
    assert word_count(long) > MAX_STEM_WORDS
    assert word_count(compact_stem("E = m × c × ΔT", "the energy E", given)) <= MAX_STEM_WORDS


# Made-up formulas in named symbols: the legend while it fits, else each quantity named once at its value; names so
# long that no stem fits stay over the limit, and the rubric refuses the item (the limit is not raised for it).
SHORT = {"W": ("Work", "J"), "F": ("Force", "N"), "d": ("Distance", "m")}
HEAT = {"Q": ("Heat", "J"), "m": ("Mass", "kg"), "s": ("Specific heat capacity", "J/kg °C"),
        "θ": ("Rise in temperature", "°C")}
LONG = {"Q": ("Heat supplied to the block", "J"), "m": ("Mass of the block", "kg"),
        "s": ("Specific heat capacity of the metal", "J/kg °C"), "θ": ("Rise in temperature of the block", "°C")}
WARMING = [("m", "3 kg"), ("s", "500 J/kg °C"), ("θ", "10 °C")]


@pytest.mark.parametrize("formula, result, named, given, opening, fits", [
    ("W = F × d", "W", SHORT, [("F", "20 N"), ("d", "3 m")],
     "The text gives the formula “W = F × d”, where W is the work, F is the force and d is the distance. What is", True),
    ("Q = m × s × θ", "Q", HEAT, WARMING,
     "Using “Q = m × s × θ”, what is the heat Q when the mass m = 3 kg, the specific heat capacity s = 500", True),
    ("Q = m × s × θ", "Q", LONG, WARMING, "Using “Q = m × s × θ”, what is the heat supplied to the block Q when", False),
])
def test_a_formula_in_named_symbols_is_asked_in_the_longest_stem_that_fits(formula, result, named, given, opening,
                                                                           fits):
    stem = symbols_stem(formula, result, named, "", given, "")
    assert stem.startswith(opening)
    assert (word_count(stem) <= MAX_STEM_WORDS) is fits
