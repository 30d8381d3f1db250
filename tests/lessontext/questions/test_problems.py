"""A worked problem in prose is re-posed on a fresh amount, with a computed key, only when the lesson's answer comes out."""

import random
import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import analyse
from lessontext.questions.problems import problem_questions, read_problem


def _items(markdown: str, seed: int = 0, avoid: str = ""):
    lesson = analyse(parse_document(markdown))
    return list(problem_questions(getattr(lesson, "lesson", lesson), random.Random(seed), avoid=avoid))


def _money(text: str) -> Decimal:
    return Decimal(text.lstrip("£").replace(",", ""))


LESSON = """# Money maths

## Examples

Example 1: A lamp usually costs £40 and is reduced by 20% in a sale. What is the sale price? A fifth of £40 is £8,
so the lamp now costs £32.

Example 2: Ana earns £30,000 a year and gets a 2% pay rise. What is her new pay? One per cent is £300, so 2% is
£600, and her new pay is £30,600.

Example 3: A bike costs £96 including VAT at 20%. What was the price before VAT? The £96 is 120% of the price
before tax, so divide by 1.2 to get £80.

Example 4: A bus fare rises from £2 to £2.50. What is the percentage increase? The fare rose by 50p, and 50p divided
by the original £2 is 0.25, which is a 25% increase.
"""


@pytest.mark.parametrize("seed", range(6))
def test_each_problem_is_reposed_with_a_computed_key(seed):
    items = {item.stem.split(" ")[1]: item for item in _items(LESSON, seed)}
    assert set(items) == {"lamp", "earns", "bike", "bus"}
    for item in items.values():
        assert item.level == "apply" and len(item.distractors) == 3 and item.key not in item.distractors
    lamp = items["lamp"]
    price = _money(lamp.stem.split("costs ")[1].split(" ")[0])
    assert price != 40 and lamp.stem.endswith("reduced by 20% in a sale. What is the sale price?")
    assert _money(lamp.key) == price * Decimal("0.8")
    assert f"£{price * Decimal('0.2'):.0f}" in lamp.distractors  # the discount alone
    pay = items["earns"]
    salary = _money(pay.stem.split("earns ")[1].split(" ")[0])
    assert _money(pay.key) == salary * Decimal("1.02")
    bike = items["bike"]
    given = _money(bike.stem.split("costs ")[1].split(" ")[0])
    assert _money(bike.key) == given / Decimal("1.2")
    assert any(_money(d) == given * Decimal("0.8") for d in bike.distractors)  # 20% taken off the price with VAT
    bus = items["bus"]
    assert bus.key == "25%" and "rises from £" in bus.stem and "from £2 to £2.50" not in bus.stem


def test_a_percentage_change_wrongly_divided_by_the_new_amount_is_an_option():
    (item,) = [i for i in _items(LESSON) if "percentage increase" in i.stem]
    assert "20%" in item.distractors  # 0.5 / 2.5: the change over the new fare


@pytest.mark.parametrize("givens, question, solution, kind", [
    (["A kettle costs £25 and is reduced by 40%."], "What is the sale price?", "It now costs £15.", "new"),
    (["A rent of £500 a month goes up by 10%.", "The landlord adds a 4% rise."], "What is the new rent?",
     "It is £520.", None),  # two percentages: the change is not one
    (["A coat costs £80 and is reduced by 25%."], "What is the sale price?", "It now costs £55.", None),  # wrong
    (["A coat costs £80 and is reduced by 25% for 3 days."], "What is the sale price?", "It costs £60.", None),
    (["A coat costs £80 and is 25% of the budget."], "What is the sale price?", "It costs £60.", None),  # no change
    (["A game costs £36 after a 25% discount."], "What was the original price?", "It was £48.", "before"),
    (["A car costs £9,000."], "What is it worth after 2 years?", "It is worth £7,000.", None),
    (["A bill of £60 is shared by four people with a 10% tip."], "How much does each person pay?",
     "The total is £66, and each pays £16.50.", None),  # a count in words: more than one step
    (["A bill of £60 comes with a 10% tip."], "How much is paid per person?", "The total is £66.", None),
    (["A pair of boots costs £50 and is reduced by 10%."], "What is the sale price?", "It is £45.", "new"),
])
def test_a_problem_is_read_only_when_it_reads_one_way_and_comes_out(givens, question, solution, kind):
    found = read_problem(givens, question, solution)
    assert (found and found["kind"]) == kind


def test_no_problem_without_a_question_or_with_a_long_statement():
    told = LESSON.replace("What is the sale price? ", "").replace("What is her new pay? ", "")
    assert {i.stem.split(" ")[1] for i in _items(told)} == {"bike", "bus"}
    long = LESSON.replace("Example 1: A lamp", "Example 1: Shops like sales. Prices vary. A lamp")
    assert "lamp" not in {i.stem.split(" ")[1] for i in _items(long)}


def test_an_amount_another_item_asks_about_is_not_taken_again():
    for seed in range(6):
        for item in _items(LESSON, seed, avoid="What is 20% of £60? What is 20% of £50? What is 20% of £80?"):
            if "lamp" in item.stem:
                assert not any(f"£{x} " in item.stem for x in (60, 50, 80))


def test_a_question_of_two_parts_asks_the_first():
    lesson = """# Sales

## Worked example

A pair of boots normally costs £70. In a sale, they are reduced by 10%. What is the sale price, and how much do
you save?

You pay 90%, and 70 × 0.9 = 63, so the sale price is £63.
"""
    (item,) = _items(lesson)
    assert item.stem.endswith("In a sale, they are reduced by 10%. What is the sale price?")
    price = _money(re.search(r"costs (£[\d,.]*\d)", item.stem).group(1))
    assert _money(item.key) == price * Decimal("0.9")


INTEREST = """# Saving

## Examples

Example 1: Ana puts £400 in a bank account paying 5% simple interest per year. How much interest does she earn in
3 years? One year's interest is 5% of £400, which is £20, so three years give £60.

Example 2: Ben borrows £1,200 at 4% simple interest a year for 2 years. How much does he pay back in total? The
interest is £1,200 × 0.04 × 2 = £96, so he repays £1,296.

Example 3: Cal saves £1,000 at 3% simple interest a year. How much interest after 2 years? He gets £60, though
compound interest would give more.
"""


@pytest.mark.parametrize("seed", range(6))
def test_simple_interest_is_reposed_with_another_amount_and_time(seed):
    items = {item.stem.split(" ")[0]: item for item in _items(INTEREST, seed)}
    assert set(items) == {"Ana", "Ben"}  # Cal's lesson speaks of compound interest: not read as simple
    ana = items["Ana"]
    principal = _money(re.search(r"puts (£[\d,]+)", ana.stem).group(1))
    years = int(re.search(r"in (\d+) years", ana.stem).group(1))
    assert (principal, years) != (400, 3) and years >= 2
    assert _money(ana.key) == principal * Decimal("0.05") * years
    assert any(_money(d) == principal * Decimal("0.05") for d in ana.distractors)  # one year's interest only
    ben = items["Ben"]
    principal = _money(re.search(r"borrows (£[\d,]+)", ben.stem).group(1))
    years = int(re.search(r"for (\d+) years", ben.stem).group(1))
    assert _money(ben.key) == principal + principal * Decimal("0.04") * years


def test_simple_interest_whose_answer_does_not_come_out_is_not_asked():
    assert _items(INTEREST.replace("give £60", "give £70").replace("repays £1,296", "repays £1,300")) == []
