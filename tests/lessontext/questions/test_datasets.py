"""A data set's summary: a median, mean, mode, range or interquartile range the lesson works on a list, asked again
on a fresh list."""

from decimal import Decimal

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.datasets import dataset_questions, median, mode, quartiles, statistic, worked

QUARTILES = """# Quartiles

## The method

Put the data in order and find the median. Leave the median out of both halves when there is an odd number of values.

## Worked example

The number of goals scored by a team in 11 matches was:

12, 5, 18, 3, 9, 15, 6, 21, 10, 8, 13

Step 1: In order, the data are 3, 5, 6, 8, 9, 10, 12, 13, 15, 18, 21.

Step 2: The median is the 6th value, which is 10.

Step 3: The lower quartile is 6 and the upper quartile is 15.

Step 4: IQR = 15 − 6 = 9 goals.
"""

AVERAGES = """# Averages

## Worked example

Nine pupils scored these marks, already in order:

52, 61, 64, 68, 70, 70, 75, 81, 89

**Mean**

Divide the total by the number of values: 630 ÷ 9 = 70.

**Median**

The fifth value in the ordered list is 70.
"""


def _lesson(text: str):
    return build_course(parse_document(text), glossary=(), others=()).lesson


def _values(stem: str) -> list[Decimal]:
    return [Decimal(v) for v in stem.rsplit(": ", 1)[1].rstrip("?").split(", ")]


def test_the_interquartile_range_is_asked_on_a_fresh_list_of_the_same_count():
    [item] = dataset_questions(_lesson(QUARTILES))
    assert item.stem.startswith("Using the method in the text, what is the interquartile range of these eleven values: ")
    values = _values(item.stem)
    assert len(values) == 11 and values != sorted(values)
    lower, upper = quartiles(values, keep_median=False)
    assert item.key == f"{upper - lower} goal{'s' if upper - lower != 1 else ''}"
    assert item.level == "apply" and item.key not in item.distractors and len(item.distractors) >= 2
    assert f"{max(values) - min(values)} goals" in item.distractors  # the range for the interquartile range


def test_a_figure_the_list_does_not_give_is_not_worked():
    wrong = QUARTILES.replace("IQR = 15 − 6 = 9 goals", "IQR = 15 − 6 = 8 goals")
    assert "interquartile range" not in {name for name, *_ in worked(_lesson(wrong))}
    [item] = dataset_questions(_lesson(wrong))
    assert "what is the median of these eleven values" in item.stem


def test_a_label_line_names_the_statistic_of_the_working_below_it():
    names = {name for name, *_ in worked(_lesson(AVERAGES))}
    assert names == {"mean", "median"}
    [item] = dataset_questions(_lesson(AVERAGES))
    assert "median of these nine values" in item.stem
    values = _values(item.stem)
    assert item.key == str(median(values).normalize())
    assert str((len(values) + 1) // 2) in item.distractors  # the position given for the value


def test_no_list_no_item():
    assert list(dataset_questions(_lesson("# Averages\n\n## Idea\n\nThe median is the middle value, 10.\n"))) == []


def test_the_quartile_convention_is_the_lesson_s_own():
    kept = QUARTILES.replace("Leave the median out of", "Keep the median in").replace(
        "lower quartile is 6 and the upper quartile is 15", "lower quartile is 7 and the upper quartile is 14"
    ).replace("IQR = 15 − 6 = 9 goals", "IQR = 14 − 7 = 7 goals")
    [(_, _, keep, *_)] = [w for w in worked(_lesson(kept)) if w[0] == "interquartile range"]
    assert keep is True


@pytest.mark.parametrize(("values", "expected"), [
    ([3, 8, 5, 12, 7], {"median": 7, "mean": 7, "mode": None, "range": 9}),
    ([6, 2, 9, 4], {"median": 5, "mean": Decimal("5.25"), "mode": None, "range": 7}),
    ([5, 6, 6, 7, 8, 6, 5], {"median": 6, "mode": 6, "range": 3}),
])
def test_statistics(values, expected):
    values = [Decimal(v) for v in values]
    for name, value in expected.items():
        assert statistic(name, values) == value


def test_a_mode_is_the_one_most_frequent_value():
    assert mode([Decimal(v) for v in (2, 2, 3, 4, 4)]) is None
    assert mode([Decimal(v) for v in (1, 3, 5, 7)]) is None
    assert quartiles([Decimal(v) for v in (3, 5, 6, 8, 9, 10, 12, 13, 15, 18, 21)], keep_median=False) == (6, 15)
