"""Scoring one response against the snapshot of its question: plain Python, no Django.

A *snapshot* is the question exactly as one learner saw it (built when the
attempt starts, kept on the attempt and then on each response), so grading
never reads live questions:

- ``single``, ``multiple``, ``true_false``: ``options`` in the order shown,
  each ``{"text": ..., "correct": bool}``;
- ``fill_blank``: ``accepted_answers``, the canonical answer first;
- ``matching``: ``rows`` (descriptions in the order shown, each with
  ``answer``, the index of its term in ``terms``) and ``terms`` (the term
  list offered for every row, in the order shown).

Answers refer to what was shown by position only, so nothing a page sends
back can encode the key:

- ``single``, ``true_false``: the index of the chosen option, or ``None``;
- ``multiple``: the sorted list of chosen option indices;
- ``fill_blank``: the text typed;
- ``matching``: one entry per row, the index of the chosen term or ``None``.

Scoring: every question is worth one point.

- ``single``, ``true_false`` and ``fill_blank`` earn 1 or 0; a typed answer
  counts when :func:`lessontext.answers.answer_matches` accepts it (case,
  accents, articles, plurals and small typos in long words are forgiven).
- ``multiple`` earns ``max(0, (right - wrong) / correct)``: each correct option
  ticked adds a share, each incorrect one ticked takes a share away, so
  ticking everything earns nothing, and a question never scores below zero.
- ``matching`` earns ``matched / rows``: each description paired with its
  term adds an equal share.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lessontext.answers import answer_matches
from lessontext.vocabulary import QuestionType

CHOICE_TYPES = frozenset({QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE})
# Typed answers longer than this are cut: nothing sensible is that long.
MAX_TYPED_LENGTH = 200

SCORING_RULES = (
    ("Multiple choice, true or false, fill in the blank", "1 point when right, 0 otherwise."),
    (
        "Multiple select",
        "(correct options ticked − incorrect options ticked) ÷ number of correct options, never below 0.",
    ),
    ("Matching", "descriptions matched correctly ÷ number of descriptions."),
)


def _index(value: Any, size: int) -> int | None:
    """``value`` as an index into a list of ``size`` items, or None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int) and 0 <= value < size:
        return value
    return None


def clean_answer(snapshot: Mapping[str, Any], raw: Any) -> Any:
    """Coerce ``raw`` to the stored answer form of the snapshot's type; anything invalid becomes blank."""
    kind = snapshot["type"]
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        return _index(raw, len(snapshot["options"]))
    if kind == QuestionType.MULTIPLE:
        values = raw if isinstance(raw, (list, tuple)) else []
        return sorted({i for i in (_index(v, len(snapshot["options"])) for v in values) if i is not None})
    if kind == QuestionType.FILL_BLANK:
        return raw.strip()[:MAX_TYPED_LENGTH] if isinstance(raw, str) else ""
    if kind == QuestionType.MATCHING:
        values = list(raw) if isinstance(raw, (list, tuple)) else []
        values += [None] * (len(snapshot["rows"]) - len(values))
        return [_index(v, len(snapshot["terms"])) for v in values[: len(snapshot["rows"])]]
    raise ValueError(f"unknown question type {kind!r}")


def is_complete(snapshot: Mapping[str, Any], answer: Any) -> bool:
    """Whether the learner gave a full answer (every description matched, for matching)."""
    answer = clean_answer(snapshot, answer)
    if snapshot["type"] == QuestionType.MATCHING:
        return all(value is not None for value in answer)
    return answer not in (None, "", [])


def score(snapshot: Mapping[str, Any], answer: Any) -> float:
    """Points earned by ``answer``, between 0 and 1 (see the module docstring)."""
    answer = clean_answer(snapshot, answer)
    kind = snapshot["type"]
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        return 1.0 if answer is not None and snapshot["options"][answer]["correct"] else 0.0
    if kind == QuestionType.MULTIPLE:
        correct = {i for i, option in enumerate(snapshot["options"]) if option["correct"]}
        chosen = set(answer)
        if not correct:
            return 1.0 if not chosen else 0.0
        right, wrong = len(chosen & correct), len(chosen - correct)
        return round(max(0.0, (right - wrong) / len(correct)), 4)
    if kind == QuestionType.FILL_BLANK:
        return 1.0 if answer and answer_matches(answer, snapshot["accepted_answers"]) else 0.0
    if kind == QuestionType.MATCHING:
        rows = snapshot["rows"]
        if not rows:
            return 0.0
        matched = sum(1 for row, given in zip(rows, answer) if given == row["answer"])
        return round(matched / len(rows), 4)
    raise ValueError(f"unknown question type {kind!r}")


def row_is_correct(snapshot: Mapping[str, Any], answer: Any) -> list[bool]:
    """Matching: for each row, whether the learner paired it with the right term."""
    answer = clean_answer(snapshot, answer)
    return [given == row["answer"] for row, given in zip(snapshot["rows"], answer)]


def correct_answer_text(snapshot: Mapping[str, Any]) -> list[str]:
    """The correct answer as lines of text, for the results page."""
    kind = snapshot["type"]
    if kind in CHOICE_TYPES:
        return [option["text"] for option in snapshot["options"] if option["correct"]]
    if kind == QuestionType.FILL_BLANK:
        return snapshot["accepted_answers"][:1]
    return [f"{row['text']} → {snapshot['terms'][row['answer']]}" for row in snapshot["rows"]]


def answer_text(snapshot: Mapping[str, Any], answer: Any) -> list[str]:
    """The learner's answer as lines of text (empty when unanswered)."""
    answer = clean_answer(snapshot, answer)
    kind = snapshot["type"]
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        return [] if answer is None else [snapshot["options"][answer]["text"]]
    if kind == QuestionType.MULTIPLE:
        return [snapshot["options"][i]["text"] for i in answer]
    if kind == QuestionType.FILL_BLANK:
        return [answer] if answer else []
    if not any(value is not None for value in answer):
        return []
    return [
        f"{row['text']} → {snapshot['terms'][given] if given is not None else '(no answer)'}"
        for row, given in zip(snapshot["rows"], answer)
    ]
