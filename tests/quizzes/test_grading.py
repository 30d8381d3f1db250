"""Scoring of every question type: full, partial and tolerant credit (table-driven, no database)."""

from pathlib import Path

import pytest

from quizzes import grading

ROOT = Path(__file__).resolve().parents[2]

SINGLE = {"type": "single", "options": [{"text": "Mars", "correct": False}, {"text": "Jupiter", "correct": True},
                                        {"text": "Venus", "correct": False}]}
TRUE_FALSE = {"type": "true_false", "options": [{"text": "True", "correct": False}, {"text": "False", "correct": True}]}
# Three correct options out of five.
MULTIPLE = {
    "type": "multiple",
    "options": [
        {"text": "Oxygen", "correct": True},
        {"text": "Iron", "correct": False},
        {"text": "Nitrogen", "correct": True},
        {"text": "Gold", "correct": False},
        {"text": "Helium", "correct": True},
    ],
}
FILL = {"type": "fill_blank", "accepted_answers": ["photosynthesis", "photo-synthesis"]}
FILL_SHORT = {"type": "fill_blank", "accepted_answers": ["Mali"]}
FILL_YEAR = {"type": "fill_blank", "accepted_answers": ["1914"]}
MATCHING = {
    "type": "matching",
    "terms": ["Saturn", "Earth", "Mars", "Venus"],
    "rows": [{"text": "red", "answer": 2}, {"text": "rings", "answer": 0}, {"text": "home", "answer": 1}],
}


@pytest.mark.parametrize(
    ("snapshot", "answer", "expected"),
    [
        (SINGLE, 1, 1.0),
        (SINGLE, 0, 0.0),
        (SINGLE, None, 0.0),
        (SINGLE, "1", 1.0),  # as posted
        (SINGLE, 7, 0.0),  # out of range counts as blank
        (SINGLE, True, 0.0),  # a bool is not an index
        (TRUE_FALSE, 1, 1.0),
        (TRUE_FALSE, 0, 0.0),
    ],
)
def test_one_answer_questions_score_all_or_nothing(snapshot, answer, expected):
    assert grading.score(snapshot, answer) == expected


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        ([0, 2, 4], 1.0),  # every correct option, nothing else
        ([0, 2], 0.6667),  # two of three correct
        ([0], 0.3333),
        ([0, 2, 4, 1], 0.6667),  # all correct plus one wrong: (3 - 1) / 3
        ([0, 1], 0.0),  # (1 - 1) / 3
        ([0, 1, 3], 0.0),  # (1 - 2) / 3 would be negative: never below zero
        ([0, 1, 2, 3, 4], 0.3333),  # ticking everything: (3 - 2) / 3
        ([1, 3], 0.0),
        ([], 0.0),
        ([0, 0, 2, 2], 0.6667),  # duplicates count once
        (["0", "2", "4"], 1.0),
        ([0, 99], 0.3333),  # invalid indices are dropped
    ],
)
def test_multiple_select_partial_credit(chosen, expected):
    assert grading.score(MULTIPLE, chosen) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ([2, 0, 1], 1.0),
        ([2, 0, None], 0.6667),
        ([2, 1, 0], 0.3333),
        ([0, 1, 2], 0.0),
        ([None, None, None], 0.0),
        ([2], 0.3333),  # missing rows are blanks
        ([2, 0, 1, 3], 1.0),  # extra entries are ignored
        (None, 0.0),
    ],
)
def test_matching_partial_credit(answer, expected):
    assert grading.score(MATCHING, answer) == expected


@pytest.mark.parametrize(
    ("snapshot", "typed", "expected"),
    [
        (FILL, "photosynthesis", 1.0),
        (FILL, "  Photosynthesis. ", 1.0),  # case, spaces, punctuation
        (FILL, "photo synthesis", 1.0),
        (FILL, "the photosynthesis", 1.0),  # leading article
        (FILL, "photosyntesis", 1.0),  # a small typo in a long word
        (FILL, "respiration", 0.0),
        (FILL, "", 0.0),
        (FILL, None, 0.0),
        (FILL_SHORT, "mali", 1.0),
        (FILL_SHORT, "Bali", 0.0),  # no typos forgiven in short answers
        (FILL_YEAR, "1914", 1.0),
        (FILL_YEAR, "1918", 0.0),  # nor in numbers
        (FILL, "x" * 500, 0.0),
    ],
)
def test_fill_in_the_blank_is_tolerant(snapshot, typed, expected):
    assert grading.score(snapshot, typed) == expected


@pytest.mark.parametrize("snapshot", [SINGLE, TRUE_FALSE, MULTIPLE, FILL, MATCHING], ids=lambda s: s["type"])
def test_scores_stay_between_zero_and_one_whatever_is_sent(snapshot):
    junk = [None, "", "abc", -1, 3.5, [], [None], ["x", -2, 10**9], {"a": 1}, [[0]], True]
    for answer in junk:
        assert 0.0 <= grading.score(snapshot, answer) <= 1.0


@pytest.mark.parametrize(
    ("snapshot", "answer", "complete"),
    [
        (SINGLE, None, False),
        (SINGLE, 0, True),
        (MULTIPLE, [], False),
        (MULTIPLE, [1], True),
        (FILL, "  ", False),
        (FILL, "x", True),
        (MATCHING, [2, None, 1], False),
        (MATCHING, [0, 0, 0], True),
    ],
)
def test_is_complete(snapshot, answer, complete):
    assert grading.is_complete(snapshot, answer) is complete


def test_answer_and_key_as_text():
    assert grading.correct_answer_text(MULTIPLE) == ["Oxygen", "Nitrogen", "Helium"]
    assert grading.answer_text(MULTIPLE, [1, 0]) == ["Oxygen", "Iron"]
    assert grading.correct_answer_text(FILL) == ["photosynthesis"]
    assert grading.answer_text(FILL, "  photo ") == ["photo"]
    assert grading.correct_answer_text(MATCHING) == ["red → Mars", "rings → Saturn", "home → Earth"]
    assert grading.answer_text(MATCHING, [2, None]) == ["red → Mars", "rings → (no answer)", "home → (no answer)"]
    assert grading.answer_text(MATCHING, None) == []
    assert grading.answer_text(SINGLE, None) == []
    assert grading.row_is_correct(MATCHING, [2, 1, 1]) == [True, False, True]


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError):
        grading.score({"type": "essay"}, "text")
