"""An opening "each", "both", "either", "neither": a determiner or a correlative, or a pronoun for an earlier noun."""

import pytest

from lessontext.questions.openers import determiner_opener


@pytest.mark.parametrize(("text", "expected"), [
    ("Each possible result of an experiment is called a(n) _____.", True),
    ("Both _____ and deontology focus on individual actions.", True),
    ("Both physical factors, such as heavy rain, and human factors, such as _____, influence flood risk.", True),
    ("Each adaptive immune cell carries receptors that fit only one _____.", True),
    # A pronoun for something named before.
    ("Each has its own strengths.", False),
    ("Both are measured in volts.", False),
    ("Both of them agree.", False),
    ("Each of these values is called an _____.", False),
    ("Either way, the _____ wins.", False),
    # "both" with a verb before any "and": it stands for two things named before.
    ("Both sides accept this collection as normal business, and it is distinct.", False),
    # Not one of these openers at all.
    ("This value is called the _____.", False),
])
def test_determiner_opener(text, expected):
    assert determiner_opener(text) is expected
