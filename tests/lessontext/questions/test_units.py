"""The units a lesson gives its quantities: asked with the formula when no worked example gives them."""

import random
import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import analyse, build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.units import LessonMeasures, declared_units, lesson_sizes, money_result, unit_of

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
