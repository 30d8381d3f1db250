"""What a question needs before it can be published."""

import pytest
from django.core.exceptions import ValidationError

from quizzes.checks import (
    ERROR_ANSWERS_NOT_A_LIST,
    ERROR_FEW_OPTIONS,
    ERROR_NO_ANSWER,
    ERROR_ONE_CORRECT,
    ERROR_PAIRS,
    ERROR_SOME_CORRECT,
    question_problems,
    validate_answer_list,
)

A, B, C, D = ("Ankara", "Bern", "Cairo", "Dakar")
PAIRS = [("The red planet", True, "Mars"), ("Ringed", True, "Saturn"), ("Home", True, "Earth")]


@pytest.mark.parametrize(
    ("kind", "options", "answers", "problems"),
    [
        ("single", [(A, True, ""), (B, False, "")], [], []),
        ("single", [(A, False, ""), (B, False, "")], [], [ERROR_ONE_CORRECT]),  # would vanish from attempts
        ("single", [(A, True, ""), (B, True, "")], [], [ERROR_ONE_CORRECT]),
        ("single", [(A, True, ""), ("  ", False, "")], [], [ERROR_FEW_OPTIONS]),
        ("true_false", [("True", False, ""), ("False", True, "")], [], []),
        ("multiple", [(A, True, ""), (B, True, ""), (C, False, "")], [], []),
        ("multiple", [(A, False, ""), (B, False, "")], [], [ERROR_SOME_CORRECT]),
        ("matching", PAIRS, [], []),
        ("matching", PAIRS[:2], [], [ERROR_PAIRS]),
        ("matching", [*PAIRS, ("No term", True, "")], [], [ERROR_PAIRS]),
        ("matching", PAIRS * 3, [], [ERROR_PAIRS]),
        ("fill_blank", [], [A], []),
        ("fill_blank", [], ["  "], [ERROR_NO_ANSWER]),
        ("fill_blank", [], [], [ERROR_NO_ANSWER]),
        ("fill_blank", [], 5, [ERROR_ANSWERS_NOT_A_LIST]),
        ("fill_blank", [], None, [ERROR_ANSWERS_NOT_A_LIST]),
    ],
)
def test_question_problems(kind, options, answers, problems):
    assert question_problems(kind=kind, options=options, accepted_answers=answers) == problems


@pytest.mark.parametrize("value", [5, None, "Ankara", [5], {"a": 1}])
def test_accepted_answers_must_be_a_list_of_texts(value):
    with pytest.raises(ValidationError, match=ERROR_ANSWERS_NOT_A_LIST):
        validate_answer_list(value)


@pytest.mark.parametrize("value", [[], ["Ankara", "ankara"]])
def test_lists_of_texts_are_valid(value):
    validate_answer_list(value)
