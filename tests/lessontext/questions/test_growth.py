"""Growth or decay by a percentage each period: read one way, borne out by a working, asked on fresh numbers."""

import random
import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.apply_examples import GROWTH
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.growth import Growth, parse_growth, workings


@pytest.mark.parametrize("sentence, letters, decay", [
    ("A = P(1 + r/100)^n", ("A", "P", "r", "n"), False),
    ("`A = P(1 − r/100)^n`", ("A", "P", "r", "n"), True),
    ("Formula: V = B × (1 - k/100)^t.", ("V", "B", "k", "t"), True),
    ("N = S(1 + g/100)ⁿ", ("N", "S", "g", "n"), False),
])
def test_the_formula_is_read_in_the_lessons_own_letters(sentence, letters, decay):
    growth = parse_growth(sentence)
    assert (growth.result, growth.start, growth.rate, growth.periods, growth.decay) == (*letters, decay)
    assert growth.text.startswith(letters[0]) and "`" not in growth.text


@pytest.mark.parametrize("sentence", [
    "A = P(1 + r/100)",  # no power
    "A = P(1 + r/10)^n",  # not a rate per cent
    "A = A(1 + r/100)^n",  # the same letter twice
    "A = 2000(1 + 3/100)^5",  # a working, not the formula
    "Then A = P(1 + r/100)^n gives the amount.",  # not a line of its own
])
def test_other_lines_are_not_read(sentence):
    assert parse_growth(sentence) is None


def test_the_amount_and_the_slips_compute_to_the_penny():
    growth = Growth("A = P(1 + r/100)^n", "A", "P", "r", "n", decay=False)
    assert growth.value(Decimal(1500), Decimal(7), 3) == Decimal("1837.56")
    # simple interest, one period too few, the interest alone
    assert growth.slips(Decimal(1500), Decimal(7), 3) == [Decimal("1815.00"), Decimal("1717.35"), Decimal("337.56")]
    loss = Growth("V = B(1 − k/100)^t", "V", "B", "k", "t", decay=True)
    assert loss.value(Decimal(18000), Decimal(15), 3) == Decimal("11054.25")
    assert loss.slips(Decimal(18000), Decimal(15), 3)[0] == Decimal("9900.00")  # 45% off the price


def test_a_working_bears_the_reading_out_only_in_the_formulas_direction_and_sum():
    gain = Growth("A = P(1 + r/100)^n", "A", "P", "r", "n", decay=False)
    assert workings(gain, ["Then A = 2000 × 1.03^5 = 2000 × 1.159274… = £2,318.55 to the nearest penny."]) == (
        [Decimal(2000)], "£")
    assert workings(gain, ["Then A = 2000 × 1.03^5 = £2,400.00."]) == ([], "")  # the sum does not hold
    assert workings(gain, ["It is worth 18000 × 0.85^3 = £11,054.25."]) == ([], "")  # a loss, not a gain


def test_a_lesson_that_works_its_formula_gets_one_item_on_fresh_numbers():
    course = build_course(parse_document(GROWTH), glossary=[], others=[])
    items = [c for c in apply_questions(course.lesson, course, random.Random(0)) if "V = B(1 − k/100)^t" in c.stem]
    assert len(items) == 1
    item = items[0]
    given = re.search(r"B = €(?P<start>[\d,]+), k = (?P<rate>\d+) and t = (?P<periods>\d+)\?", item.stem)
    assert given and "Give your answer to the nearest cent." in item.stem
    start, rate, periods = Decimal(given["start"].replace(",", "")), Decimal(given["rate"]), int(given["periods"])
    assert start != 40000  # fresh, not the lesson's own boat
    key = parse_growth("V = B(1 − k/100)^t").value(start, rate, periods)
    assert item.correct == (f"€{key:,.2f}",) and item.level == "apply"
    assert len(item.distractors) == 3 and item.correct[0] not in item.distractors


def test_no_item_when_the_lesson_never_works_the_formula():
    unworked = GROWTH.split("A boat bought")[0]
    course = build_course(parse_document(unworked), glossary=[], others=[])
    assert not [c for c in apply_questions(course.lesson, course, random.Random(0)) if "V = B" in c.stem]
