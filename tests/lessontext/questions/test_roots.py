"""A square root of a sum of two squares the lesson works out is asked on fresh whole numbers (``roots.py``)."""

import re
from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import analyse
from lessontext.questions.roots import root_questions, root_workings

ONE_LINE = """# Journeys

## A boat trip

A boat sails 8 km due north, then 6 km due east. The direct distance is √(8² + 6²) = √100 = 10 km.
"""

TWO_LINES = """# Triangles

## Worked example

A right-angled triangle has shorter sides of 6 cm and 8 cm. Find the length of the hypotenuse.

Step 1. Substitute the values: c² = 6² + 8² = 36 + 64 = 100

Step 2. Take the square root: c = √100 = 10
"""


def _items(text):
    return list(root_questions(analyse(parse_document(text))))


@pytest.mark.parametrize("text, stem", [
    (ONE_LINE, "The text works out “√(8² + 6²) = √100 = 10 km”. Worked the same way, what is √("),
    (TWO_LINES, "The text works out “c² = 6² + 8² = 36 + 64 = 100” and “c = √100 = 10”. Worked the same way, what is c "
                "when c² = "),
])
def test_the_root_of_a_sum_of_squares_is_asked_on_fresh_whole_numbers(text, stem):
    items = _items(text)
    assert len(items) == 1
    item = items[0]
    assert item.stem.startswith(stem) and item.level == "apply"
    a, b = (Decimal(v) for v in re.findall(r"(\d+)² \+ (\d+)²", item.stem)[-1])
    key = (a * a + b * b).sqrt()
    assert key == key.to_integral_value() and item.key == str(int(key)) and {a, b} != {6, 8}
    assert a > b if text is ONE_LINE else a < b  # the larger where the lesson puts its larger
    # The squares with no root taken, the numbers added, the squares subtracted.
    assert item.distractors[:2] == (str(int(a * a + b * b)), str(int(a + b)))
    assert Decimal(item.distractors[2]) == abs(a * a - b * b).sqrt().quantize(Decimal("0.1"))


@pytest.mark.parametrize("text", [
    ONE_LINE.replace("√100 = 10", "√100 = 11"),  # the root is not the answer written
    ONE_LINE.replace("√100", "√110").replace("= 10 km", "= 10.5 km"),  # the squares do not add up
    TWO_LINES.replace("c = √100 = 10", "c = √100"),  # the root never worked out
    TWO_LINES.replace("c² = 6² + 8²", "c² = 8² − 6²").replace("36 + 64 = 100", "64 − 36 = 28"),  # a difference
])
def test_a_working_that_does_not_come_out_or_read_one_way_is_not_asked(text):
    assert _items(text) == []


def test_the_working_is_read_with_its_unit():
    found = list(root_workings(analyse(parse_document(ONE_LINE))))
    assert [(x, y, unit) for _, _, _, x, y, unit, _ in found] == [(Decimal(8), Decimal(6), "km")]


LADDER = """# Pythagoras

## Worked example 3: a ladder against a wall

A ladder 5 m long leans against a vertical wall. Its foot is 1.5 m away from the bottom of the wall on level ground. How high up the wall does the ladder reach?

The ladder forms the hypotenuse.

h² = 5² − 1.5²

h² = 25 − 2.25 = 22.75

h = √22.75 = 4.7697...

The ladder reaches about 4.77 m up the wall (to 2 decimal places).
"""

HIKER = """# Bearings

## Try these

**3. A hiker walks 12 km due south and then 5 km due west. How far is she from her starting point, and what is her bearing from the start?**

*Answer:* By Pythagoras' theorem, the distance is √(12² + 5²) = √169 = **13 km**. Her bearing is 203°.
"""


def test_a_problem_told_in_words_is_re_posed_on_a_fresh_triangle():
    [item] = _items(LADDER)
    ladder, foot = (Decimal(x) for x in re.search(r"^A ladder ([\d.]+) m long leans against a vertical wall\. Its foot is "
                                                   r"([\d.]+) m away .* How high up the wall does the ladder reach\?$",
                                                   item.stem).groups())
    assert (ladder, foot) != (5, Decimal("1.5")) and foot < ladder
    key = (ladder * ladder - foot * foot).sqrt()
    assert key == key.quantize(Decimal("0.1")) and foot < key  # exact, and the foot nearer the wall than the top
    assert item.key == f"{key.normalize():f} m" and item.level == "apply"
    # No root taken, the squares added instead of subtracted, the sides subtracted.
    no_root, added, sides = (Decimal(o.removesuffix(" m")) for o in item.distractors)
    assert no_root == ladder * ladder - foot * foot and sides == ladder - foot
    assert added == (ladder * ladder + foot * foot).sqrt().quantize(Decimal("0.1"))


def test_a_question_of_two_asks_the_length_and_the_bare_working_is_not_asked_again():
    [item] = _items(HIKER)
    south, west = (Decimal(x) for x in re.search(r"^A hiker walks (\d+) km due south and then (\d+) km due west\. "
                                                  r"How far is she from her starting point\?$", item.stem).groups())
    assert south > west and (south, west) != (12, 5)
    assert item.key == f"{(south * south + west * west).sqrt().normalize():f} km"
    assert item.distractors[:2] == (f"{south * south + west * west} km", f"{south + west} km")


@pytest.mark.parametrize("text", [
    LADDER.replace("about 4.77 m", "about 4.9 m"),  # the lesson's answer does not come out
    LADDER.replace("How high up the wall does the ladder reach?", "What angle does the ladder make with the ground?"),
    LADDER.replace("on level ground", "on ground 2 m wide"),  # another figure
    LADDER.replace("h² = 5² − 1.5²", "h² = 5² − 2²"),  # a working of other figures than the statement's
])
def test_a_problem_that_does_not_read_one_way_or_come_out_is_not_re_posed(text):
    assert _items(text) == []


def test_the_source_sentence_is_the_lessons_own():
    lesson = analyse(parse_document(HIKER))
    [item] = list(root_questions(lesson))
    assert item.source_sentence in {s for _, s in lesson.sentences}
    assert "A hiker walks 12 km due south" in item.source_sentence
