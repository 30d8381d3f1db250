"""A half-life worked in a problem is re-posed on a fresh amount and time (``halflife.py``)."""

import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import analyse
from lessontext.questions.halflife import half_life_questions

HOSPITAL = """# Radioactive decay

## Worked example

Iodine-131 is used in hospitals to treat some thyroid conditions. It has a half-life of about 8 days. A hospital receives a sample with an activity of 400 MBq (400 million decays per second). What will its activity be after 24 days?

First, work out how many half-lives have passed: 24 days ÷ 8 days = 3 half-lives.

Then halve the activity once for each half-life. After 8 days it has fallen from 400 MBq to 200 MBq. After 16 days it has halved again, to 100 MBq. After 24 days it has halved a third time, to 50 MBq. So after 24 days the activity is **50 MBq**.
"""

COUNTED = """# Half-life

## Example

A sample of a radioactive isotope has a mass of 80 g. How much of it is left after three half-lives?

Each half-life halves the mass: 80 g becomes 40 g, then 20 g, then 10 g. So 10 g is left.
"""


def _items(text):
    return list(half_life_questions(analyse(parse_document(text))))


def test_a_worked_half_life_is_asked_on_a_fresh_amount_and_time():
    [item] = _items(HOSPITAL)
    assert item.level == "apply" and item.stem.startswith("Iodine-131 is used in hospitals")
    assert "half-life of about 8 days" in item.stem and "(400 million" not in item.stem  # the restated figure left out
    amount, days = (Decimal(x) for x in re.search(r"activity of (\d+) MBq\. What will its activity be after (\d+) days\?",
                                                  item.stem).groups())
    assert (amount, days) != (400, 24) and days % 8 == 0
    key = amount / 2 ** int(days / 8)
    assert item.key == f"{key.normalize():f} MBq"
    # Halved once too often, once too few, the amount that decayed.
    assert item.distractors == tuple(f"{v.normalize():f} MBq" for v in (key / 2, key * 2, amount - key))


def test_a_number_of_half_lives_in_words_needs_no_half_life_and_stays_in_words():
    [item] = _items(COUNTED)
    amount, count = re.search(r"mass of (\d+) g\. How much of it is left after (two|four) half-lives\?", item.stem).groups()
    key = Decimal(amount) / (4 if count == "two" else 16)
    assert item.key == f"{key.normalize():f} g"


@pytest.mark.parametrize("text", [
    HOSPITAL.replace("**50 MBq**", "**60 MBq**").replace("to 50 MBq", "to 60 MBq"),  # the lesson's answer does not come out
    HOSPITAL.replace("after 24 days?", "after 20 days?"),  # not a whole number of half-lives
    HOSPITAL.replace("after 24 days?", "after 3 weeks?"),  # another unit than the half-life's
    HOSPITAL.replace("receives a sample", "receives 2 samples, each"),  # another figure: more than halving
    COUNTED.replace("three half-lives", "three years"),  # a time with no half-life to count it by
])
def test_a_problem_that_does_not_read_one_way_or_come_out_is_not_asked(text):
    assert _items(text) == []
