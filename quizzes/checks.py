"""What makes a question complete enough to publish: one rule set for admin, review and services.

A published question that fails these could not be graded (it would vanish
from attempts or crash them), so publishing it is refused with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError

from lessontext.vocabulary import QuestionType

MIN_MATCHING_PAIRS, MAX_MATCHING_PAIRS = 3, 6

ERROR_ANSWERS_NOT_A_LIST = "Accepted answers must be a list of texts."
ERROR_FEW_OPTIONS = "Give at least two options."
ERROR_ONE_CORRECT = "Mark exactly one option as correct."
ERROR_SOME_CORRECT = "Mark at least one option as correct."
ERROR_PAIRS = "Give 3 to 6 complete pairs: a description and the term it matches."
ERROR_NO_ANSWER = "Give at least one accepted answer."


def validate_answer_list(value) -> None:
    """An accepted-answers value is a list of texts (never a number, null or one string split into letters)."""
    if not isinstance(value, list) or not all(isinstance(answer, str) for answer in value):
        raise ValidationError(ERROR_ANSWERS_NOT_A_LIST)


def question_problems(*, kind: str, options: Sequence[tuple[str, bool, str]], accepted_answers) -> list[str]:
    """Why a question of type ``kind`` with these ``(text, correct, match_text)`` options cannot be published."""
    options = [(text.strip(), correct, match.strip()) for text, correct, match in options if text.strip()]
    correct = sum(1 for _, is_correct, _ in options if is_correct)
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE):
        problems = [] if len(options) >= 2 else [ERROR_FEW_OPTIONS]
        if kind == QuestionType.MULTIPLE:
            return problems + ([] if correct >= 1 else [ERROR_SOME_CORRECT])
        return problems + ([] if correct == 1 else [ERROR_ONE_CORRECT])
    if kind == QuestionType.MATCHING:
        pairs = [(text, match) for text, _, match in options if match]
        complete = len(pairs) == len(options) and MIN_MATCHING_PAIRS <= len(pairs) <= MAX_MATCHING_PAIRS
        return [] if complete else [ERROR_PAIRS]
    if kind == QuestionType.FILL_BLANK:
        if not isinstance(accepted_answers, list):
            return [ERROR_ANSWERS_NOT_A_LIST]
        return [] if any(isinstance(a, str) and a.strip() for a in accepted_answers) else [ERROR_NO_ANSWER]
    return []


def saved_question_problems(question) -> list[str]:
    """The problems of a saved question, read from its stored options."""
    options = [(o.text, o.is_correct, o.match_text) for o in question.options.all()]
    return question_problems(kind=question.type, options=options, accepted_answers=question.accepted_answers)
