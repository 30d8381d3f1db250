"""An arithmetic sequence's nth term and sum: read in the lesson's letters, borne out by a working, asked afresh."""

import random
import re

import pytest

from lessontext.document import parse_document
from lessontext.questions.apply_examples import SEQUENCES
from lessontext.questions.course import build_course
from lessontext.questions.families.apply import apply_questions
from lessontext.questions.sequences import Sequence, parse_sequence, worked


@pytest.mark.parametrize("sentence, total", [
    ("`u_n = a + (n − 1)d`", False),
    ("T_n = a + (n - 1) × d", False),
    ("a_n = a_1 + (n − 1)d", False),
    ("S_n = n/2 × (2a + (n − 1)d)", True),
    ("S_n = n/2(2a + (n - 1)d)", True),
])
def test_the_formulas_are_read(sentence, total):
    sequence = parse_sequence(sentence)
    assert sequence.total is total and "`" not in sequence.text


@pytest.mark.parametrize("sentence", [
    "u_n = a + nd",  # not the nth term's shape
    "S_n = n/2 × (a + l)",  # the sum by its last term: no difference to give
    "u_20 = 7 + (20 − 1) × 4",  # a working
    "Then u_n = a + (n − 1)d gives the term.",  # not a line of its own
])
def test_other_lines_are_not_read(sentence):
    assert parse_sequence(sentence) is None


def test_the_value_and_the_slips():
    nth, total = Sequence("u_n = a + (n − 1)d", False), Sequence("S_n = n/2 × (2a + (n − 1)d)", True)
    assert nth.value(7, 4, 20) == 83
    assert nth.slips(7, 4, 20) == [87, 76, 137]  # n steps, no first term, roles swapped
    assert total.value(3, 2, 40) == 1680
    assert total.slips(3, 2, 40) == [1720, 1620, 3360]  # n steps, the first term once, not halved


def test_a_working_bears_the_reading_out_only_when_its_steps_are_n_minus_one():
    nth, total = Sequence("u_n = a + (n − 1)d", False), Sequence("S_n = n/2 × (2a + (n − 1)d)", True)
    assert worked(nth, "Step 2: u_20 = 7 + (20 − 1) × 4. Then u_15 = 2 + 14 × 7 = 100.") == {20, 15}
    assert worked(nth, "u_15 = 2 + 15 × 7 = 107.") == set()
    assert worked(total, "S_22 = 22/2 × (2 × 50 + 21 × (−3)) = 407, and S_40 = 20 × (6 + 39 × 2) = 1680.") == {22, 40}
    assert worked(total, "S_40 = 40 × (6 + 39 × 2).") == set()  # not halved


def test_a_lesson_that_works_both_formulas_gets_both_on_a_fresh_sequence():
    course = build_course(parse_document(SEQUENCES), glossary=[], others=[])
    items = [c for c in apply_questions(course.lesson, course, random.Random(0)) if "arithmetic sequence" in c.stem]
    assert len(items) == 2
    for item in items:
        first, second = (int(v.replace("−", "-")) for v in re.search(r"sequence (\S+), (\S+),", item.stem).groups())
        a, d = first, second - first
        n = int(re.search(r"(?:first|the) (\d+)", item.stem).group(1))
        sequence = Sequence("", "sum" in item.stem)
        assert item.correct == (str(sequence.value(a, d, n)).replace("-", "−"),)
        assert (a, d) != (3, 5) and n != 10 and len(item.distractors) == 3
