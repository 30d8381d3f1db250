"""Formulas in symbols with a constant, π, a power or no signs: read, computed, and asked on fresh values."""

import math
import random
import re
from decimal import Decimal
from fractions import Fraction

import pytest

from lessontext.document import parse_document
from lessontext.questions.applyitems import fmt
from lessontext.questions.course import TableInfo, build_course
from lessontext.questions.expressions import (
    dimension_name,
    evaluate,
    fixed_value,
    fresh_value,
    given_values,
    lesson_numbers,
    mistakes,
    parse_term,
    power_unit,
    recalled,
    slip_free,
    table_values,
    term_questions,
    worked_against,
    worked_term,
)
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.rubric import MAX_STEM_WORDS
from lessontext.questions.symbols import symbol_names
from lessontext.questions.text import word_count


@pytest.mark.parametrize("sentence, constant, pi, powers", [
    ("C = 2 × π × r", Fraction(2), True, (("r", 1),)),
    ("S = πr², which is often written S = π × r²", Fraction(1), True, (("r", 2),)),
    ("Formula: T = ½ × b × h, where b is the base", Fraction(1, 2), False, (("b", 1), ("h", 1))),
    ("Q = ⁴⁄₃ × π × r³", Fraction(4, 3), True, (("r", 3),)),
    ("Q = 4 ÷ 3 × π × r^3", Fraction(4, 3), True, (("r", 3),)),
    ("k = m × v squared ÷ 2", Fraction(1, 2), False, (("m", 1), ("v", 2))),
    ("H = m x c x ΔT", Fraction(1), False, (("m", 1), ("c", 1), ("ΔT", 1))),
    ("H = mc∆T", Fraction(1), False, (("m", 1), ("c", 1), ("ΔT", 1))),
    ("p = ρ g h", Fraction(1), False, (("ρ", 1), ("g", 1), ("h", 1))),
    ("1. The bending case: M = w × L² / 8", Fraction(1, 8), False, (("w", 1), ("L", 2))),
    ("Two forms follow: P = I² × R and P = V² / R.", Fraction(1), False, (("I", 2), ("R", 1))),
    ("P = V² / R", Fraction(1), False, (("V", 2), ("R", -1))),
])
def test_a_product_in_symbols_is_read(sentence, constant, pi, powers):
    term = parse_term(sentence)
    assert term is not None
    assert (term.constant, term.pi, term.powers) == (constant, pi, powers)


@pytest.mark.parametrize("sentence, root, constant, powers, outer", [
    ("T = √(a³)", 2, Fraction(1), (("a", 3),), (Fraction(1), False)),
    ("T² = a³", 2, Fraction(1), (("a", 3),), (Fraction(1), False)),  # a squared result: the same root
    ("To find the distance from the period: a = ∛(T²), which can also be written", 3, Fraction(1), (("T", 2),),
     (Fraction(1), False)),
    ("v = √(2gh)", 2, Fraction(2), (("g", 1), ("h", 1)), (Fraction(1), False)),
    ("T = 2π√(L ÷ g)", 2, Fraction(1), (("L", 1), ("g", -1)), (Fraction(2), True)),
    ("T = 2 × π × √(L / g)", 2, Fraction(1), (("L", 1), ("g", -1)), (Fraction(2), True)),
])
def test_a_product_under_a_root_is_read(sentence, root, constant, powers, outer):
    term = parse_term(sentence)
    assert term is not None
    assert (term.root, term.constant, term.powers, (term.outer, term.outer_pi)) == (root, constant, powers, outer)


@pytest.mark.parametrize("sentence", [
    "c² = a² + b²",  # a sum
    "T² = (4π² / GM) × a³",  # brackets
    "T = 2π√(L ÷ g) + 1",  # a sum after the root
    "T = √(a³) × k",  # a factor after the root
    "T = k√(a³)",  # a symbol before the root
])
def test_a_root_of_anything_else_is_not_read(sentence):
    assert parse_term(sentence) is None


@pytest.mark.parametrize("sentence, values, key", [
    ("T = √(a³)", {"a": Decimal(4)}, Decimal(8)),
    ("T² = a³", {"a": Decimal(9)}, Decimal(27)),
    ("a = ∛(T²)", {"T": Decimal(8)}, Decimal(4)),
    ("T = 2π√(L ÷ g)", {"L": Decimal(9), "g": Decimal(4)}, 3 * Decimal(str(math.pi))),
])
def test_a_root_is_computed(sentence, values, key):
    assert abs(evaluate(parse_term(sentence), values) - key) < Decimal("1e-9")


def test_the_root_left_out_is_the_first_slip():
    found = mistakes(parse_term("T = √(a³)"), {"a": Decimal(4)}, set())
    assert found[0] == 64
    pendulum = mistakes(parse_term("T = 2π√(L ÷ g)"), {"L": Decimal(9), "g": Decimal(4)}, set())
    assert abs(pendulum[0] - Decimal("4.5") * Decimal(str(math.pi))) < Decimal("1e-9")  # no root
    assert any(abs(m - Decimal("1.5") * Decimal(str(math.pi))) < Decimal("1e-9") for m in pendulum)  # 2 left out
    assert Decimal(3) in pendulum  # 2π left out


def test_a_roots_working_shows_it():
    assert worked_term(parse_term("T = 2π√(L ÷ g)"), {"L": Decimal(9), "g": Decimal(4)}) == "2 × π × √(9 ÷ 4)"
    assert worked_term(parse_term("T² = a³"), {"a": Decimal(4)}) == "√(4³)"


@pytest.mark.parametrize("sentence", [
    "s = ut + ½at²",  # a sum
    "A = ½ × (a + b) × h",  # brackets
    "c = √(a² + b²)",  # a root
    "x = b ÷ c × d",  # a division by a symbol before the end: read two ways
    "I = 12 V ÷ 4 Ω",  # values and their units: a working
    "v = 343 m/s",
    "Solution: S = π × 5² = 78.5",  # numbers only
    "The area of the slice is r × πr = πr².",  # a derivation in prose, not a stated formula
    "r = r × 2",  # the result among its factors
    "S = π × r × r",  # a symbol twice
])
def test_anything_else_is_not_read(sentence):
    assert parse_term(sentence) is None


@pytest.mark.parametrize("sentence, values, key", [
    ("C = 2 × π × r", {"r": Decimal(3)}, Decimal(6) * Decimal(str(math.pi))),
    ("T = ½ × b × h", {"b": Decimal(10), "h": Decimal(7)}, Decimal(35)),
    ("P = V² / R", {"V": Decimal(12), "R": Decimal(4)}, Decimal(36)),
    ("H = m x c x ΔT", {"m": Decimal(2), "c": Decimal(900), "ΔT": Decimal(5)}, Decimal(9000)),
])
def test_the_key_is_computed_exactly(sentence, values, key):
    assert abs(evaluate(parse_term(sentence), values) - key) < Decimal("1e-9")


def test_the_wrong_options_are_the_usual_slips():
    term = parse_term("S = π × r²")
    values = {"r": Decimal(4)}
    pi = Decimal(str(math.pi))
    found = mistakes(term, values, {"r"})
    assert 8 * pi in found  # "r × 2" for r squared
    assert 4 * pi in found  # the square left out
    assert 64 * pi in found  # the diameter squared for the radius
    assert Decimal(16) in found  # π left out
    halved = mistakes(parse_term("C = π × d"), {"d": Decimal(10)}, set(), frozenset({"d"}))
    assert 5 * pi in halved  # the radius for the diameter
    assert 100 * pi in halved  # squared as in the area formula
    assert Decimal("8.5") in mistakes(parse_term("A = ½ × b × h"), {"b": Decimal(9), "h": Decimal(8)}, set())  # added
    assert Decimal("8.5") not in mistakes(parse_term("A = b × h"), {"b": Decimal(9), "h": Decimal(8)}, set())


@pytest.mark.parametrize("formula, values, left_out", [
    ("p = ρ g h", {"ρ": Decimal(1000), "g": Decimal("9.8"), "h": Decimal(5)}, [Decimal(49), Decimal(5000)]),
    ("H = m x c x ΔT", {"m": Decimal(2), "c": Decimal(900), "ΔT": Decimal(10)}, [Decimal(9000), Decimal(20)]),
])
def test_a_factor_of_a_long_product_left_out_is_a_slip(formula, values, left_out):
    found = mistakes(parse_term(formula), values, set())
    assert all(v in found for v in left_out)


@pytest.mark.parametrize("formula, values, absent", [
    ("A = l × w", {"l": Decimal(3), "w": Decimal(4)}, Decimal(3)),  # two factors: leaving one out gives a given
    ("S = π × r² × h", {"r": Decimal(2), "h": Decimal(5)}, Decimal(5) * Decimal(str(math.pi))),  # a power: not so
])
def test_no_factor_is_left_out_of_a_short_or_powered_product(formula, values, absent):
    assert absent not in mistakes(parse_term(formula), values, set())


@pytest.mark.parametrize("units, formula, unit", [
    ({"r": "cm"}, "S = π × r²", "cm²"),
    ({"b": "m", "h": "m"}, "T = ½ × b × h", "m²"),
    ({"r": "mm", "h": "mm"}, "Q = π × r² × h", "mm³"),
    ({"b": "m", "h": "cm"}, "T = ½ × b × h", ""),  # two units: no power of one
    ({"m": "kg", "c": "kg"}, "H = m × c", ""),  # no length: "kg²" is no unit
    ({"V": "V", "R": "Ω"}, "P = V² / R", ""),
])
def test_the_result_unit_is_a_power_of_one_shared_length(units, formula, unit):
    assert power_unit(parse_term(formula), units) == unit


@pytest.mark.parametrize("text, found", [
    ("A plate has a radius of 12 cm and a rim.", [(Decimal(12), "cm")]),
    ("The tank is 1,500 mm wide; r = 0.5 m here.", [(Decimal("0.5"), "m")]),
    ("a radius of 4 and no unit", []),
    ("a radius of 3 apples", []),
    ("Then S = r x k = 0.5 x 12 = 6.", []),  # "x" is a times sign, no unit
    ("Then S = r × k, r = 0.5 x 12 cm.", []),
])
def test_the_values_a_lesson_gives_a_quantity(text, found):
    assert given_values("radius", "r", text) == found


@pytest.mark.parametrize("header, cells, found", [
    (("Metal", "Specific heat capacity (J/kg °C)"), ("4200", "900"),
     [(Decimal(4200), "J/kg °C"), (Decimal(900), "J/kg °C")]),
    (("Metal", "Specific heat capacity (J/kg °C)"), ("about 4200", "n/a"), []),  # no figure alone
    (("Metal", "Heat capacity ratio (J/kg °C)"), ("4200", "900"), []),  # another quantity's column
    (("Metal", "Specific heat capacity"), ("4200", "900"), []),  # no unit in the header
])
def test_the_values_a_table_gives_a_quantity(header, cells, found):
    table = TableInfo(id="t", heading=None, anchor="t", header=header, rows=tuple(("x", c) for c in cells))
    assert table_values("specific heat capacity", [table]) == found


def test_fresh_values_keep_the_lessons_sizes_and_places():
    rng = random.Random(3)
    for _ in range(40):
        value = fresh_value([Decimal(6)], rng)
        assert value != 6 and value == value.to_integral()
    assert fresh_value([], rng) in {Decimal(n) for n in range(2, 13)}


@pytest.mark.parametrize("name, sizes, fixed", [
    ("gravitational field strength", [Decimal("9.8")], Decimal("9.8")),
    ("gas constant", [Decimal("8.31"), Decimal("8.31")], Decimal("8.31")),
    ("radius", [Decimal(5), Decimal(5)], None),  # a quantity the lesson happens to give twice
    ("gravitational field strength", [], None),
])
def test_a_constant_keeps_the_lessons_value(name, sizes, fixed):
    assert fixed_value(name, sizes) == fixed


def test_pi_must_not_matter_and_no_key_is_a_lessons_figure():
    term = parse_term("S = π × r²")
    assert slip_free(term, {"r": Decimal(2)}, 1)  # 12.566: 12.6 with 3.14 and 3.142 too
    assert not slip_free(term, {"r": Decimal(10)}, 1)  # 314.2 with π, 314.0 with 3.14
    figures = lesson_numbers("The table gives 37.70 m and 1,200 cm.")
    assert recalled(Decimal("37.7"), 1, figures) and recalled(Decimal(1200), 0, figures)
    assert not recalled(Decimal("37.6"), 1, figures)


def test_the_working_shows_the_fresh_values():
    assert worked_term(parse_term("Q = ⁴⁄₃ × π × r³"), {"r": Decimal(3)}) == "4 × π × 3³ ÷ 3"
    assert worked_term(parse_term("P = V² / R"), {"V": Decimal(6), "R": Decimal(2)}) == "6² ÷ 2"


DISCS = """# Discs

## Measuring a disc

The line from the centre of a disc to its rim is the radius, usually written r. The line across the disc
through its centre is the diameter, written d, so d = 2r.

The flat surface a disc covers is given by:

S = π × r²

where S is the surface area.

A coaster has a radius of 4 cm, and a tray has a radius of 6 cm.
"""


def _course(text):
    return build_course(parse_document(text), glossary=(), others=())


def _lesson(text):
    return _course(text).lesson


def test_a_formula_with_pi_and_a_power_is_asked_on_fresh_values():
    items = [c for c in apply_questions(_lesson(DISCS), _course(DISCS), random.Random(0))
             if "π" in c.stem]
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text gives the formula “S = π × r²”, where S is the surface area and r is the "
                                "radius. What is the surface area S when r = ")
    r = Decimal(re.search(r"r = ([\d.]+) cm", item.stem).group(1))
    exact = Decimal(str(math.pi)) * r * r
    places = 1 if exact < 100 else 0
    assert item.key.endswith(" cm²")
    shown = Decimal(item.key.split()[0].replace(",", ""))
    assert abs(shown - exact) <= Decimal("0.5") * Decimal(10) ** -places
    assert "decimal place" in item.stem or "whole number" in item.stem
    assert item.level == "apply" and len(item.distractors) == 3


@pytest.mark.parametrize("change", [
    lambda t: t.replace("where S is the surface area.", "which a tray needs."),  # the result named, the unit kept
    lambda t: t.replace("is the radius, usually written r", "is the radius"),  # r never named
    lambda t: t.replace(" cm", ""),  # no unit for r
    lambda t: t.replace("S = π × r²", "Its area works out as S = π × r².").replace("is given by:", "is flat."),
])
def test_a_formula_whose_symbols_or_units_are_unknown_is_not_asked(change):
    text = change(DISCS)
    lesson = _lesson(text)
    items = list(term_questions(lesson, symbol_names(lesson)))
    if "which a tray needs" in text:
        # S unnamed: asked as "What is S", with the unit of r squared.
        assert items and items[0].stem.startswith("The text gives the formula “S = π × r²”, where r is the radius. What is S when")
        return
    assert items == []


@pytest.mark.parametrize("header, named", [
    ("| Radius (r) | Circumference (C = πd) |", {"r": ("Radius", ""), "C": ("Circumference", "")}),
    ("| Time (s) | Distance (m) |", {}),  # units of the columns, not symbols
])
def test_a_summary_tables_header_names_symbols(header, named):
    rows = "".join(f"| {n} cm | {n * 3} cm |\n" for n in (1, 2, 5))
    text = f"# T\n\n## Table\n\nThe values follow.\n\n{header}\n|---|---|\n{rows}"
    assert symbol_names(_lesson(text)) == named


@pytest.mark.parametrize("sentence, named", [
    ("That length is the radius, usually written r.", {"r": ("radius", "")}),
    ("The width across is called the diameter, written d.", {"d": ("diameter", "")}),
    ("The radius is written in red.", {}),
])
def test_a_name_before_its_symbol(sentence, named):
    assert symbol_names(_lesson(f"# T\n\n## S\n\n{sentence}\n")) == named


@pytest.mark.parametrize("unit, text, name", [
    ("cm²", "The area of a kite is half the product of its diagonals.", "area"),
    ("m²", "Floor areas are given in square metres.", "area"),
    ("mm³", "The volume of a box is its length times its width times its height.", "volume"),
    ("cm²", "A kite has two pairs of equal sides.", ""),  # the lesson never says "area"
    ("cm", "The perimeter is the distance round a shape; its area is inside.", ""),  # a length, not a square
    ("kg²", "The area of the plot is measured.", ""),  # no unit of length
    ("", "The area of the plot is measured.", ""),
])
def test_an_unnamed_result_is_named_by_its_units_dimension(unit, text, name):
    assert dimension_name(unit, text) == name


def test_an_unnamed_area_is_asked_by_its_name():
    text = DISCS.replace("where S is the surface area.", "which a tray needs.").replace(
        "The flat surface a disc covers", "The area a disc covers")
    lesson = _lesson(text)
    items = list(term_questions(lesson, symbol_names(lesson)))
    assert items and items[0].stem.startswith(
        "The text gives the formula “S = π × r²”, where S is the area and r is the radius. What is the area S when r = ")


HEAT = """# Heating

## Warming a block

The energy needed to warm a block is found from:

heat = mass x specific heat capacity x rise, or H = m x c x R

where H is the heat in joules (J), m is the mass in kilograms (kg), c (said "see") is the specific heat capacity
in joules per kilogram per degree (J/kg °C) and R is the rise in temperature in °C.

| Metal | Specific heat capacity (J/kg °C) |
|---|---|
| Tin | 230 |
| Lead | 130 |
| Zinc | 390 |

A block with a mass of 3 kg warms by 10 °C.
"""


def test_a_product_whose_symbols_are_named_in_a_where_clause_is_asked_with_their_units():
    lesson = _lesson(HEAT)
    items = list(term_questions(lesson, symbol_names(lesson)))
    assert len(items) == 1
    item = items[0]
    # Four named symbols: each named once at its value ("the mass m = 3 kg"), within the rubric's 40 words.
    pairs = (g.split(" = ") for g in item.stem.split(" when ")[1].rstrip("?").replace(" and ", ", ").split(", "))
    given = {name.split()[-1]: value for name, value in pairs}
    m, c, rise = (Decimal(given[x].split()[0].replace(",", "")) for x in ("m", "c", "R"))
    assert given["c"].endswith("J/kg °C") and given["m"].endswith("kg") and given["R"].endswith("°C")
    assert c not in {Decimal(230), Decimal(130), Decimal(390)} and c % 10 == 0  # of the table's sizes, none of its values
    assert item.key == f"{fmt(m * c * rise)} J"
    assert "the specific heat capacity c = " in item.stem and "the mass m = " in item.stem
    assert word_count(item.stem) <= MAX_STEM_WORDS


def test_a_formula_rearranged_is_asked_once():
    body = ("# Flow\n\n## Pipes\n\nQ = v × A\n\nwhere Q is the flow in litres per second (L/s), v is the speed "
            "in metres per second (m/s) and A is the area in square metres (m²).\n\nRearranged, v = Q ÷ A.\n")
    lesson = _lesson(body)
    stems = [c.stem for c in apply_questions(lesson, _course(body), random.Random(0)) if "formula" in c.stem]
    assert len(stems) == 1 and "“Q = v × A”" in stems[0]


PENDULUM = """# Pendulums

## The formula

A simple pendulum is a small weight on a light string. The time it takes for one full swing is given by:

T = 2π√(L ÷ g)

The symbols mean:

- T is the period, the time taken for one full swing, measured in seconds (s).
- L is the length of the string, measured in metres (m).
- g is the gravitational field strength, measured in metres per second squared (m/s²).

On Earth g = 9.8 m/s². A clock pendulum with a length of 0.25 m swings about once a second.
"""


def test_a_formula_under_a_root_is_asked_with_the_names_its_list_gives():
    lesson = _lesson(PENDULUM)
    assert symbol_names(lesson) == {"T": ("period", "s"), "L": ("length of the string", "m"),
                                    "g": ("gravitational field strength", "m/s²")}
    items = list(term_questions(lesson, symbol_names(lesson)))
    assert len(items) == 1
    item = items[0]
    assert "“T = 2π√(L ÷ g)”" in item.stem and "g = 9.8 m/s²" in item.stem
    length = Decimal(re.search(r"L = ([\d.]+) m\b", item.stem).group(1))
    exact = 2 * Decimal(str(math.pi)) * (length / Decimal("9.8")).sqrt()
    assert item.key == f"{fmt(exact.quantize(Decimal('0.1')))} s" and "1 decimal place" in item.stem
    no_root = 2 * Decimal(str(math.pi)) * length / Decimal("9.8")
    assert f"{fmt(no_root.quantize(Decimal('0.1')))} s" in item.distractors


def test_a_squared_result_and_its_root_are_asked_once():
    body = ("# Orbits\n\n## The law\n\nT² = a³\n\nwhere T is the period in years and a is the distance in astronomical "
            "units (AU).\n\nRearranged, T = √(a³).\n\nThe Earth has T = 1 year and a = 1 AU; Jupiter takes 11.9 years.\n")
    lesson = _lesson(body)
    stems = [c.stem for c in term_questions(lesson, symbol_names(lesson))]
    assert len(stems) == 1 and "“T² = a³”" in stems[0] and "What is the period T when a = " in stems[0]


@pytest.mark.parametrize("working, comes_out", [
    ("So H = 0.5 × 40 × 0.30² = 0.5 × 40 × 0.09 = 1.8 J.", True),  # the constant written as a decimal
    ("(Answer: ½ × 40 × 0.25² = 1.25 J)", True),  # no result symbol: not a working of it, no evidence either way
    ("So H = 0.5 × 40 × 0.30² = 3.6 J.", False),  # does not come out: misread, or the lesson's slip
    ("So H = 40 × 0.30 = 12 J.", True),  # another shape: another formula's working, no evidence
    ("So H = 40 × 0.30² = 12 J.", True),  # no constant written: another formula's working ("H = m × t²")
    ("So H = 0.5 × 40 × 0.30² = 1.80 J, or about 2 J.", True),  # rounded after: the first answer written stands
    ("The rule is H = ½ × c × t².", True),  # the formula itself, no working
    ("Substitute: H = 0.5 × 40 × 0.09", True),  # no answer written: no evidence
])
def test_a_term_is_asked_only_when_the_lessons_working_comes_out_by_its_reading(working, comes_out):
    term = parse_term("H = ½ × c × t²")
    assert worked_against(term, [working]) is comes_out


# A made-up lesson on sound: a result written as initials, its symbols named by a list right after the formula
# line with no "where:", worked values within a narrow band.
INTENSITY = """# Loudness of a speaker

## The formula

The sound intensity, or SI, spreads out over a sphere:

**SI = P ÷ d²**

- ***P*** is the speaker's power, measured in watts (W). It is printed on the box.
- ***d*** is the listener's distance, measured in metres (m).

## Worked examples

A speaker has a power of 40 W and the listener stands at a distance of 2.0 m.
A second has a power of 60 W at a distance of 2.5 m.
A third has a power of 50 W at a distance of 3.0 m.
The first listener receives 40 ÷ 2.0² = 10.0 W/m².
"""


def test_a_result_written_as_initials_is_read():
    term = parse_term("SI = P ÷ d²")
    assert term is not None and term.result == "SI" and term.powers == (("P", 1), ("d", -2))
    assert parse_term("Total = P ÷ d²") is None  # a word, not initials


@pytest.mark.parametrize("units, formula, unit", [
    ({"m": "kg", "h": "m"}, "Q = m ÷ h²", "kg/m²"),
    ({"d": "km", "t": "h"}, "Q = d ÷ t", "km/h"),
    ({"d": "km", "t": ""}, "Q = d ÷ t", ""),  # a part with no unit
    ({"m": "kg", "V": "m³"}, "Q = m ÷ V", ""),  # a power in a unit: left to the lesson's own
    ({"a": "m", "b": "s"}, "Q = a × b", ""),  # a product, no quotient
])
def test_a_quotients_unit_is_its_parts(units, formula, unit):
    from lessontext.questions.expressions import quotient_unit
    assert quotient_unit(parse_term(formula), units) == unit


def test_a_squared_divisor_has_its_power_slips():
    term, values = parse_term("Q = P ÷ d²"), {"P": Decimal(90), "d": Decimal(3)}
    assert evaluate(term, values) == 10
    found = mistakes(term, values, set())
    assert Decimal(15) in found  # "÷ (d × 2)" for d squared
    assert Decimal(30) in found  # the square left out: "÷ d"
    assert Decimal(810) in found  # multiplied by the divisor


def test_a_narrow_band_of_values_stays_narrow():
    rng = random.Random(1)
    sizes = [Decimal("1.62"), Decimal("1.75"), Decimal("1.80")]
    for _ in range(30):
        value = fresh_value(sizes, rng)
        assert Decimal("1.62") <= value <= Decimal("1.80") and value not in sizes
    wide = fresh_value([Decimal(2), Decimal(50), Decimal(9)], random.Random(1))
    assert wide not in {Decimal(2), Decimal(50), Decimal(9)}


def test_an_owners_noun_finds_its_values():
    assert given_values("speaker's power", "P", "A speaker has a power of 40 W.") == [(Decimal(40), "W")]


def test_a_formula_named_by_a_list_without_where_is_asked_within_the_band():
    lesson = _lesson(INTENSITY)
    named = symbol_names(lesson)
    assert named["P"] == ("speaker's power", "W") and named["d"] == ("listener's distance", "m")
    items = list(term_questions(lesson, named))
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith("The text gives the formula “SI = P ÷ d²”, where P is the speaker's power and d is "
                                "the listener's distance. What is SI when P = ")
    p = Decimal(re.search(r"P = ([\d.]+) W", item.stem).group(1))
    d = Decimal(re.search(r"d = ([\d.]+) m", item.stem).group(1))
    assert 40 <= p <= 60 and Decimal(2) <= d <= 3
    exact = p / (d * d)
    assert item.key.endswith(" W/m²")
    assert abs(Decimal(item.key.split()[0]) - exact) <= Decimal("0.05")
    assert len(item.distractors) >= 2


def test_a_list_after_prose_names_no_symbols():
    text = INTENSITY.replace("**SI = P ÷ d²**", "The loudness falls with distance.")
    assert "P" not in symbol_names(_lesson(text))


@pytest.mark.parametrize("formula, confirmed", [
    ("SI = P ÷ d²", True),  # 40 ÷ 2.0² = 10.0, a figure the lesson writes
    ("SI = P × d²", False),  # 160, 375, 450: none written
])
def test_a_result_written_as_initials_needs_the_lessons_figures(formula, confirmed):
    from lessontext.questions.expressions import confirmed_by_figures
    text = INTENSITY + "\nSo the first listener receives 10.0 W/m².\n"
    sizes = {"P": [Decimal(40), Decimal(60), Decimal(50)], "d": [Decimal("2.0"), Decimal("2.5"), Decimal("3.0")]}
    assert confirmed_by_figures(parse_term(formula), sizes, text) is confirmed


def test_a_result_written_as_initials_is_not_asked_unconfirmed():
    lesson = _lesson(INTENSITY.replace("40 W", "41 W").replace("60 W", "61 W").replace("50 W", "51 W")
                     .replace("2.0 m", "2.1 m").replace("2.5 m", "2.3 m").replace("3.0 m", "3.3 m"))
    assert list(term_questions(lesson, symbol_names(lesson))) == []
