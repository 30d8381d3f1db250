"""The names and units a lesson gives the symbols of its formulas (``symbols.symbol_names``)."""

import random
import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.symbols import in_words_and_symbols, symbol_names


def _lesson(body):
    return build_course(parse_document(f"# Topic\n\n## Part\n\n{body}\n"), glossary=(), others=()).lesson


def _named(body):
    return symbol_names(_lesson(body))


@pytest.mark.parametrize("body, symbol, named", [
    # A note on the letter between the symbol and its name; a unit of several words and a sign with a power.
    ("The law is k = σ q z, where σ (the Greek letter sigma) is the stiffness in newtons per square metre (N/m²) "
     "and q is the load in newtons (N).", "σ", ("stiffness", "N/m²")),
    ("The law is k = σ q z, where σ (the Greek letter sigma) is the stiffness in newtons per square metre (N/m²) "
     "and q is the load in newtons (N).", "q", ("load", "N")),
    # "in" inside a name is kept; the unit after it is a sign alone.
    ("We use Q = k x ΔP, where ΔP (said \"delta P\") is the change in pressure in kPa. A drop of 5 kPa is small.",
     "ΔP", ("change in pressure", "kPa")),
    # A unit word the lesson writes after a figure: its sign.
    ("Here u = d / s, where d is the drop in metres. A drop of 40 m is a lot.", "d", ("drop", "m")),
    # A list after "where:" in a sentence of its own.
    ("The rule is W = b x k, where:\n\nW is the work in joules (J), b is the push in newtons (N) and k is the path "
     "in metres (m).", "W", ("work", "J")),
    # Every item of a list after "where:", its unit after ", measured in" and after an aside in brackets.
    ("The law is P = d × q\n\nwhere:\n\n- P is the push on the lid, measured in newtons (N)\n"
     "- d is the depth, measured in metres (m)\n- q is the lid's grip (or hold), measured in pascals (Pa)",
     "d", ("depth", "m")),
    ("The law is P = d × q\n\nwhere:\n\n- P is the push on the lid, measured in newtons (N)\n"
     "- d is the depth, measured in metres (m)\n- q is the grip (or hold), measured in pascals (Pa)",
     "q", ("grip", "Pa")),
    ("The law is P = d × q\n\nwhere:\n\n- P is the push on the lid, measured in newtons (N)\n"
     "- d is the depth, measured in metres (m)", "P", ("push on the lid", "N")),
    # A quantity named right before its symbol and its formula; a qualifier "in a ..." left out of the name.
    ("Within limits, the heat held in a warm brick is H = ½ × c × t². H is in joules (J).", "H", ("heat held", "")),
    # The symbol in commas where the quantity is defined; its unit in the next sentence.
    ("The flow rate of a pipe, symbol Q, is the volume passing each second. It is measured in litres per second "
     "(L/s).", "Q", ("flow rate", "L/s")),
    ("The salinity of a sample, s, is the salt in each litre.", "s", ("salinity", "")),
    # "given the symbol", "the symbol for".
    ("Charge is given the symbol Q and is measured in coulombs (C).", "Q", ("charge", "C")),
    ("The symbol for wavelength is λ.", "λ", ("wavelength", "")),
    # A legend line.
    ("- m = mass (kg)", "m", ("mass", "kg")),
    ("- c: specific heat capacity, in J/kg °C", "c", ("specific heat capacity", "J/kg °C")),
    # A unit given to a symbol named elsewhere ("where c is in ...") or by the quantity's name.
    ("The strength of a mix, k, is its sugar per litre:\n\nk = s / V\n\nwhere k is in grams per litre (g/L), "
     "s is the sugar in grams (g) and V is the volume in litres (L).", "k", ("strength", "g/L")),
    ("The density of a rock, ρ, is its mass per volume. The SI unit of density is the kilogram per cubic metre "
     "(kg/m³).", "ρ", ("density", "kg/m³")),
])
def test_a_symbol_is_named_with_its_unit(body, symbol, named):
    assert _named(body).get(symbol) == named


@pytest.mark.parametrize("body, symbol", [
    ("A is for apple, and I is the first person.", "A"),  # a word at a sentence start, no "where"
    ("I is the one who wrote it in ink.", "I"),
    ("The speed in metres (m) is what counts, so v is large.", "v"),  # no "is the <name>" after v
    ("The rule holds, a is the first letter and b is the second.", "b"),  # prose, but "is the" after a comma: named
    ("Here k = d / s, where d is the drop in inches. It fell a long way.", "d"),  # a unit the lesson never writes
    ("The rule is W = b × k for every case.", "W"),  # "the rule" names no quantity
    # A list after "where:" ends where its items stop naming symbols.
    ("The law is P = d × q, where:\n\n- P is the push\n\nA is the first letter of the alphabet.", "A"),
])
def test_prose_that_names_no_symbol_or_no_unit(body, symbol):
    named = _named(body)
    if symbol == "b":
        assert named.get("b") == ("second", "")
        return
    if symbol == "d":
        assert named.get("d") == ("drop", "")  # named, but "inches" follows no figure: no unit
        return
    assert symbol not in named


@pytest.mark.parametrize("where, named", [
    ("where Q is the quantity in units per week and P is the price", ("quantity", "")),  # a unit cut short: none
    ("where Q is the number of values in order", ("number of values", "")),  # an adverb ends it
    ("where Q is the change in speed.", ("change in speed", "")),  # "in" inside a name
    ("where Q is the growth in cells.", ("growth", "")),  # a plural after "in" ends the name
    # test-cy: "its area", a name of a letter and a hyphen, and a place between two things before the unit
    ("where Q is its area in square metres (m²).", ("area", "m²")),
    ("where Q is the U-value of the wall in watts per square metre per kelvin (W/m²K).",
     ("U-value of the wall", "W/m²K")),
    ("where Q is the temperature difference between inside and outside in degrees Celsius. It is 20 °C.",
     ("temperature difference", "°C")),
])
def test_where_a_name_ends(where, named):
    assert _named(f"The rule is R = Q / P, {where}").get("Q") == named


@pytest.mark.parametrize("sentence, following, pairs", [
    ("stiffness = load / stretch, or k = F / x", "", [("k", "stiffness"), ("F", "load"), ("x", "stretch")]),
    ("Heat gained = mass x warmth factor x rise", "or, in symbols, H = m x w x R, where:",
     [("H", "heat gained"), ("m", "mass"), ("w", "warmth factor"), ("R", "rise")]),
    ("strength = sugar / volume", "In symbols this is written as k = s / V, where k is the strength.",
     [("k", "strength"), ("s", "sugar"), ("V", "volume")]),
    ("load = weight × span", "The rule k = s / V is another.", []),  # another formula: signs differ
    ("load = weight × span × depth", "or L = w × s", []),  # three names, two symbols
    ("area = π × radius squared", "or A = πr²", []),  # a constant and a power: no names in turn
    ("load = weight × span", "Much later in the lesson, after many other ideas, we see L = w × s.", []),  # too far from the words
    ("The total load is heavy.", "L = w × s", []),  # no formula in words
    # The same constant first in words and in symbols; in one form only, no names in turn.
    ("Area of a kite = half × width × length", "K = ½ × w × l", [("K", "area of a kite"), ("w", "width"),
                                                                  ("l", "length")]),
    ("Area of a kite = half × width × length", "K = w × l", []),
    ("Area of a kite = width × length", "K = ½ × w × l", []),
])
def test_a_formula_in_words_names_the_same_in_symbols(sentence, following, pairs):
    assert in_words_and_symbols(sentence, following) == pairs


def test_the_prose_names_win_over_the_formula_in_words():
    body = ("simple gain = stake × rate × years\n\nor, in symbols, G = S × r × y, where r is the yearly rate and "
            "y is the time in years.")
    named = _named(body)
    assert named["r"] == ("yearly rate", "")
    assert named["G"] == ("simple gain", "")


def test_a_product_named_in_words_and_a_where_clause_is_asked():
    body = ("The pull on a rope is found from:\n\npull = stiffness × stretch × strands, or P = k x s x n\n\n"
            "where k (the spring constant) is the stiffness in newtons per metre (N/m), s is the stretch in metres "
            "(m) and n is the number of strands. A rope with a stiffness of 200 N/m and a stretch of 0.5 m "
            "pulls hard. The pull is measured in newtons (N).")
    lesson = _lesson(body)
    assert symbol_names(lesson)["P"] == ("pull", "")
    course = build_course(parse_document(f"# Topic\n\n## Part\n\n{body}\n"), glossary=(), others=())
    items = [c for c in apply_questions(lesson, course, random.Random(0)) if "P = k x s x n" in c.stem]
    assert items == []  # n has no unit: raters mark down bare numbers


# A formula, a "where:" list naming each symbol with its unit, two rearrangements, and a worked example of one of
# them in another section: the relation is asked once, rearranged as the example works it, on its sizes.
PUMP = """# Pumps

## The rule

F = q × t

where:

- F is the volume pumped, measured in litres (L)
- q is the flow rate, measured in litres per second (L/s)
- t is the time taken, measured in seconds (s)

It can be rearranged:

- to find the time: t = F ÷ q
- to find the flow rate: q = F ÷ t

## Worked example

A pump moves 12 L at 0.5 L/s.

t = F ÷ q = 12 ÷ 0.5 = 24 s, which is under half a minute.
"""


@pytest.mark.parametrize("seed", range(5))
def test_a_relation_is_asked_once_rearranged_as_the_worked_example_works_it(seed):
    course = build_course(parse_document(PUMP), glossary=(), others=())
    items = list(apply_questions(course.lesson, course, random.Random(seed)))
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text gives the formula “t = F ÷ q”, where t is the time taken, F is the volume "
                                "pumped and q is the flow rate. What is the time taken t when F = ")
    given = dict(re.findall(r"(\w) = ([\d.,]+) (?:L/s|L)\b", item.stem.split("when ")[1]))
    assert Decimal(item.key.removesuffix(" s")) == Decimal(given["F"]) / Decimal(given["q"])


def test_without_a_worked_example_the_relation_is_asked_as_first_stated():
    body = PUMP.split("## Worked example")[0]
    course = build_course(parse_document(body), glossary=(), others=())
    items = list(apply_questions(course.lesson, course, random.Random(0)))
    assert [i.stem.split("”")[0] for i in items] == ["The text gives the formula “F = q × t"]


def test_a_label_line_between_the_words_and_the_symbols_is_passed_over():
    named = _named("In words:\n\nArea of a kite = half × width × length\n\nIn symbols:\n\nK = ½ × w × l")
    assert named["w"] == ("width", "") and named["K"] == ("area of a kite", "")


def test_the_quantities_a_shape_is_given_with_are_named():
    named = _named("For a cone with base radius r and perpendicular height h:\n\nVolume = ⅓ × π × r² × h\n\n"
                   "For a sphere with radius r:\n\nVolume = ⁴⁄₃ × π × r³")
    assert named["h"] == ("perpendicular height", "")
    assert named["r"] == ("radius", "")  # the words both names end on
    assert "r" not in _named("A cone with base radius r is tall.")  # no "For a ... with": no naming


# test-cy: a symbol with a delta, named after a note on how it is read, and a worked example with bare numbers.
HEAT = """# Heat loss

## The formula

The rate of heat loss through a wall is

`Q = U × A × ΔT`

where Q is the heat loss in watts (W), U is the U-value of the wall in watts per square metre per kelvin (W/m²K), A is its area in square metres (m²), and ΔT, read "delta T", is the temperature difference between inside and outside in degrees Celsius or kelvin.

### Worked example

A window of 1.8 m² has a U-value of 5.0 W/m²K. The room is at 20 °C and it is 2 °C outside, so ΔT = 18 °C.

Q = 5.0 × 1.8 × 18 = 162 W.
"""


def test_a_delta_symbol_read_aloud_is_named_and_asked_with_every_unit():
    course = build_course(parse_document(HEAT), glossary=(), others=())
    assert symbol_names(course.lesson)["ΔT"] == ("temperature difference", "°C")
    stems = [c.stem for c in apply_questions(course.lesson, course, random.Random(0))]
    assert any("the U-value of the wall U = " in s and " m²" in s and "°C" in s for s in stems), stems
