"""The units a lesson gives its quantities: asked with the formula when no worked example gives them."""

import random
import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import analyse, build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.units import (
    LessonMeasures,
    declared_units,
    lesson_constant,
    lesson_sizes,
    money_result,
    unit_of,
    unit_plural,
    unit_symbol,
)

TURNING = """# Turning

## Moments

The turning effect of a force is its moment.

moment = force × distance from the hinge

Force is measured in newtons (N) and distance in metres (m), so moments are measured in newton metres (N m).
"""

MOTION = """# Motion

## Acceleration

acceleration = change in velocity ÷ time taken

An acceleration is a change of speed every second.

## Units

| Quantity | Symbol | SI unit |
|---|---|---|
| Time | t | s |
| Velocity | v | m/s |
| Acceleration | a | m/s² |
"""

STALL = """# A market stall

## Costs

Total cost = fixed costs + total variable cost

The fixed costs are £200 per week, and the variable cost of each candle is £1.50.

Break-even output = fixed costs ÷ contribution per unit

Contribution per unit = £4.00 − £1.50 = £2.50, so break-even output = £200 ÷ £2.50 = 80 candles.

In March the total cost is £560.

## Sales

Number of candles sold = 6 × 20, one for each of the 20 market days.
"""


def lesson(markdown):
    return analyse(parse_document(markdown))


@pytest.mark.parametrize("markdown, name, unit", [
    (TURNING, "force", "N"),
    (TURNING, "distance from the hinge", "m"),  # by its word "distance"
    (TURNING, "moment", "N m"),  # "so moments are measured in ...": the clause opener is no part of the name
    (MOTION, "change in velocity", "m/s"),
    (MOTION, "time taken", "s"),
    (MOTION, "acceleration", "m/s²"),
    (STALL, "fixed costs", "£"),
    (STALL, "total cost", "£"),
    (STALL, "contribution per unit", "£"),  # a difference of amounts is an amount
    (STALL, "break-even output", ""),  # a quotient of amounts is none ("= £200 ÷ £2.50 = 80 candles")
    (STALL, "number of candles sold", ""),  # a count
    (TURNING, "number of turns", ""),
])
def test_a_quantity_takes_the_unit_the_lesson_gives_it(markdown, name, unit):
    assert unit_of(name, lesson(markdown)) == unit


def test_a_clause_is_no_quantity_name():
    units = declared_units(lesson("# C\n\n## V\n\nIt has the symbol V and is measured in volts (V).\n"))
    assert units == {}


def test_a_ratio_of_one_kind_of_quantity_has_no_unit():
    units = LessonMeasures(lesson(STALL)).units(["fixed costs", "contribution per unit"], ["÷"], "break-even output")
    assert units == (["£", "£"], "")


def test_two_currencies_give_no_unit():
    assert unit_of("fixed costs", lesson(STALL + "\nA stall abroad pays $300 a week.\n")) == ""


def questions(markdown, seed):
    course = build_course(parse_document(markdown), glossary=(), others=())
    return list(apply_questions(course.lesson, course, random.Random(seed)))


@pytest.mark.parametrize("seed", range(8))
def test_the_stem_gives_the_lessons_units_and_the_key_is_computed(seed):
    (q,) = questions(TURNING, seed)
    m = re.search(r"What is the moment, in N m, when force = ([\d,]+) N and distance from the hinge = (\d+) m\?", q.stem)
    assert m, q.stem
    force, distance = (Decimal(g.replace(",", "")) for g in m.groups())
    assert Decimal(q.key.replace(",", "")) == force * distance


@pytest.mark.parametrize("seed", range(8))
def test_amounts_take_the_lessons_currency_and_a_ratio_of_them_none(seed):
    found = {q.stem.split("What is the ")[1].split(" when")[0]: q for q in questions(STALL, seed)}
    total, output = found["total cost"], found["break-even output"]
    a, b = (Decimal(x.replace(",", "")) for x in re.findall(r"= £([\d,.]+)", total.stem))
    assert total.key == f"£{a + b:,}"
    fixed, per = (Decimal(x.replace(",", "")) for x in re.findall(r"= £([\d,.]+)", output.stem))
    assert Decimal(output.key.replace(",", "")) == fixed / per and "£" not in output.key


RACE = MOTION + """
## A race car

A car goes from 10 m/s to 30 m/s in 4 s, and a cyclist from 2 m/s to 8 m/s in 3 s.
"""


def test_a_value_is_of_a_size_the_lesson_writes_its_unit_with():
    fits = lesson_sizes(lesson(RACE))
    assert fits(Decimal(24), "m/s") and fits(Decimal("0.9"), "m/s")
    assert not fits(Decimal(406), "m/s") and not fits(Decimal("0.5"), "m/s")
    assert fits(Decimal(10_000), "kg")  # a unit the lesson gives no figure in: any size


@pytest.mark.parametrize("seed", range(10))
def test_fresh_values_keep_the_lessons_sizes_and_the_key_is_computed(seed):
    (q,) = questions(RACE, seed)
    m = re.search(r"change in velocity = ([\d,.]+) m/s and time taken = ([\d,.]+) s\?", q.stem)
    assert m, q.stem
    dv, t = (Decimal(g.replace(",", "")) for g in m.groups())
    assert dv <= 90 and t <= 12
    assert q.key.endswith(" m/s²") and Decimal(q.key.split()[0].replace(",", "")) == dv / t


@pytest.mark.parametrize("units, ops, unit", [
    (["£", ""], ["×"], "£"),  # £1,200 a unit × 2 units
    (["$", "", ""], ["×", "×"], "$"),  # principal × rate × time
    (["€", ""], ["÷"], "€"),  # a bill shared out among guests
    (["€", "kg"], ["÷"], ""),  # euros per kilogram: no plain currency
    (["", "£"], ["÷"], ""),  # a count divided by money: no amount of money
    (["£", "£"], ["×"], ""),  # two amounts of money: no money result
    (["£", "m"], ["×"], ""),  # money and another unit: no plain currency
    (["£", ""], ["+"], ""),  # a sum is the lesson's to give its unit
])
def test_money_scaled_by_bare_numbers_stays_money(units, ops, unit):
    assert money_result(units, ops) == unit


# A rule in words, no "=": asked on fresh numbers, the key computed.
STALL_RULE = """# A market stall

## Takings

The price per pie is £3 and the stall sells 200 pies on a busy day.

Total income is the price per pie multiplied by the number of pies sold, and it is counted each evening.
"""


@pytest.mark.parametrize("seed", range(10))
def test_a_rule_in_words_is_asked_with_its_money_and_the_key_is_computed(seed):
    (q,) = questions(STALL_RULE, seed)
    m = re.search(r"“Total income = price per pie × number of pies sold”\. What is the total income when "
                  r"price per pie = £([\d,.]+) and number of pies sold = ([\d,]+)\?", q.stem)
    assert m, q.stem
    price, count = (Decimal(g.replace(",", "")) for g in m.groups())
    assert Decimal(q.key.removeprefix("£").replace(",", "")) == price * count and q.key.startswith("£")
    assert q.level == "apply" and q.key not in q.distractors and len(q.distractors) >= 2


def test_a_rule_in_words_that_an_equals_formula_asks_already_is_not_asked_twice():
    both = STALL_RULE + "\nTotal income = price per pie × number of pies sold\n"
    assert len(questions(both, 0)) == 1


# A table with the units' names and their symbols side by side, and a constant the lesson always uses.
LIFTING = """# Lifting

## Stored energy

stored energy = load × field strength × rise

Near the ground the field strength g is about 9.8 N/kg. A crate of 40 kg raised 2 m stores 40 × 9.8 × 2 = 784 J.

Use g = 9.8 N/kg in every question.

## Quantities

| Quantity | Symbol | Unit | Unit symbol |
|---|---|---|---|
| Stored energy | E | joule | J |
| Load | m | kilogram | kg |
| Field strength | g | newton per kilogram | N/kg |
| Rise | h | metre | m |
"""

# The units' names only: a figure other than one takes the plural.
NAMES_ONLY = """# Lifting

## Quantities

| Quantity | Unit |
|---|---|
| Rise | metre |
| Stored energy | joule |
| Speed | mph |
"""


@pytest.mark.parametrize("markdown, name, unit", [
    (LIFTING, "load", "kg"),  # the symbols' column, not "kilogram"
    (LIFTING, "field strength", "N/kg"),  # "newton per kilogram" is no option's unit
    (LIFTING, "rise", "m"),
    (NAMES_ONLY, "rise", "metres"),  # "7 metres", never "7 metre"
    (NAMES_ONLY, "stored energy", "joules"),
    (NAMES_ONLY, "speed", "mph"),  # a short symbol stays as written
])
def test_a_table_gives_its_unit_symbols_else_its_unit_names_in_the_plural(markdown, name, unit):
    assert unit_of(name, lesson(markdown)) == unit


@pytest.mark.parametrize("unit, plural", [
    ("metre", "metres"), ("joule", "joules"), ("kilogram", "kilograms"), ("century", "centuries"),
    ("hertz", "hertz"), ("siemens", "siemens"), ("kg", "kg"), ("N/kg", "N/kg"), ("kcal", "kcal"),
])
def test_a_unit_name_takes_the_plural(unit, plural):
    assert unit_plural(unit) == plural


@pytest.mark.parametrize("text, labels, value", [
    ("g is about 9.8 N/kg on Earth.\nUse g = 9.8 N/kg.", ["field strength", "g"], Decimal("9.8")),
    ("The field strength, about 10 N/kg, pulls down.\nTake g = 10 N/kg.", ["field strength", "g"], Decimal(10)),
    ("Use g = 9.8 N/kg.", ["field strength", "g"], None),  # once only: no constant of the lesson's
    ("g is about 9.8 N/kg.\nOn the Moon g = 1.6 N/kg.", ["field strength", "g"], None),  # two values
    ("The mass m = 2 kg.\nSo m = 2 kg again.", ["mass", "m"], None),  # a figure repeated, never called a value to use
    ("Use 9.8 N/kg for g.\nThe value 9.8 N/kg is rounded.", ["field strength", "g"], None),  # not given as g's
])
def test_a_constant_is_the_one_value_the_lesson_tells_the_reader_to_use(text, labels, value):
    assert lesson_constant(labels, text) == value


@pytest.mark.parametrize("seed", range(8))
def test_a_constant_keeps_the_lessons_value_and_the_key_is_computed(seed):
    (q,) = [q for q in questions(LIFTING, seed) if "stored energy" in q.stem]
    m = re.search(r"load = ([\d,.]+) kg, field strength = 9\.8 N/kg and rise = ([\d,.]+) m\?", q.stem)
    assert m, q.stem
    load, rise = (Decimal(g.replace(",", "")) for g in m.groups())
    assert q.key.endswith(" J") and Decimal(q.key.split()[0].replace(",", "")) == load * Decimal("9.8") * rise
    assert q.key not in q.distractors and len(q.distractors) >= 2


# One relation stated in words and in symbols; the symbols' working gives the units.
FLOATING = """# Floating

## Density

density = mass ÷ volume

In symbols:

ρ = m / V

where ρ is the density, m is the mass and V is the volume.

## Example

A block of wood has a mass of 3 kg and a volume of 0.005 m³.

Density: ρ = m / V = 3 kg / 0.005 m³ = 600 kg/m³.
"""

# One relation in a long and a short form: the first, with its units, stands for both.
RATES = """# Rates

## Measuring a rate

mean rate of reaction = change in volume of gas ÷ time taken

Volume is measured in cubic centimetres (cm³) and time in seconds (s).

## In short

Mean rate = change in volume ÷ time taken, so a faster reaction gives a bigger mean rate.
"""

# Two relations of different quantities: both asked.
TWO_RELATIONS = TURNING + "\npower = force × speed\n\nSpeed is measured in metres per second (m/s).\n"


@pytest.mark.parametrize("markdown, asked", [
    (FLOATING, ["density ρ"]),  # in symbols, with kg and m³, rather than "mass = 408 and volume = 8"
    (RATES, ["mean rate of reaction when"]),  # the long and the short name of one relation: asked once
    (TWO_RELATIONS, ["moment, in N m, when force", "power"]),
])
def test_a_relation_stated_twice_is_asked_once_with_its_units(markdown, asked):
    stems = [q.stem for q in questions(markdown, 0) if "formula" in q.stem]
    assert len(stems) == len(asked), stems
    for stem, shows in zip(stems, asked):
        assert f"What is the {shows}" in stem, stem


PRISMS = """# Prisms

## Cross-sections

The area of the end face is found with formulas you already know:

area = length × width

area = base × height ÷ 2

So for a prism the rule becomes:

volume = area of cross-section × length

Volume is measured in cubic centimetres (cm³), area in square centimetres (cm²) and length in centimetres (cm).
"""


@pytest.mark.parametrize("markdown, asked", [
    (PRISMS, ["volume"]),  # the lesson's own rule; the rectangle's area is known already
    (PRISMS.replace("formulas you already know:", "these formulas:"), ["area", "volume"]),  # no lead-in: both
    (PRISMS.replace("formulas you already know:", "formulas you already know.\\n\\nA triangle is half a rectangle."),
     ["area", "volume"]),  # the lead-in introduces no list of formulas
])
def test_a_formula_listed_as_known_already_is_not_asked(markdown, asked):
    stems = [q.stem for q in questions(markdown, 0) if "formula" in q.stem]
    assert [stem.split("What is the ")[1].split()[0] for stem in stems] == asked, stems


@pytest.mark.parametrize(("key", "definition", "text", "expected"), [
    ("kilograms", "A unit of mass (kg).", "It is measured in kilograms (kg), and it does not change.", ["kg"]),
    ("kilogram", "A unit of mass.", "It is measured in kilograms (kg).", ["kg"]),
    ("kilograms", "A unit of mass.", "It is measured in kilograms.", []),  # the lesson writes no symbol
    ("testa", "The protective outer coat of a seed.", "the testa (seed coat)", []),  # not a unit
])
def test_a_units_gap_accepts_the_symbol_the_lesson_writes(key, definition, text, expected):
    assert unit_symbol(key, definition, text) == expected
