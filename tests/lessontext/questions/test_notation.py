"""A rule for combined events in function notation: read, borne out by the lesson's working, asked on fresh tenths."""

from fractions import Fraction

import pytest

from lessontext.document import parse_document
from lessontext.questions.apply_examples import CHANCES
from lessontext.questions.course import build_course
from lessontext.questions.notation import notation_questions, parse_rule, worked


def _lesson(text: str):
    return build_course(parse_document(text), glossary=[], others=[]).lesson


@pytest.mark.parametrize("sentence, expected", [
    ("P(A and B) = P(A) × P(B)", ("P", "A", "B", "and", "×")),
    ("**P(X or Y) = P(X) + P(Y)**", ("P", "X", "Y", "or", "+")),
])
def test_the_rule_is_read(sentence, expected):
    assert parse_rule(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "P(A and B) = P(A) × P(C)",  # another event on the right
    "P(A or B) = P(A) + P(B) − P(A and B)",  # the general rule, three terms
    "P(A and A) = P(A) × P(A)",
    "P(red and red) = 0.3 × 0.3",  # a working, no rule
])
def test_other_lines_are_not_read(sentence):
    assert parse_rule(sentence) is None


def test_a_working_on_two_lines_bears_the_rule_out():
    lesson = _lesson(CHANCES)
    at = next(i for i, (_, s) in enumerate(lesson.sentences) if s.startswith("P(X and Y)"))
    assert worked(lesson.sentences, at, "P", "and", "×") == [("0.4", "0.2", "0.08")]
    assert worked(lesson.sentences, at, "P", "or", "+") == []


def test_the_item_is_computed_with_the_condition_and_the_slips():
    (item,) = notation_questions(_lesson(CHANCES))
    assert "for two independent events X and Y when P(X) = " in item.stem
    x = Fraction(item.stem.split("P(X) = ")[1].split(" and")[0])
    y = Fraction(item.stem.split("P(Y) = ")[1].rstrip("?"))
    key = x * y
    assert Fraction(item.key) == key and key != Fraction("0.08")
    assert {Fraction(d) for d in item.distractors} == {x + y, key / 10, 1 - key} - {key}


@pytest.mark.parametrize("change", [
    ("= 0.08", "= 0.6"),  # the lesson's arithmetic does not come out
    ("0.4 × 0.2\n\n= 0.08", "2/5 × 1/5\n\n= 2/25"),  # fractions only: no decimal working to follow
])
def test_no_item_when_the_lesson_does_not_bear_it_out_in_decimals(change):
    assert list(notation_questions(_lesson(CHANCES.replace(*change)))) == []
