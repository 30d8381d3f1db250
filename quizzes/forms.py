"""The answers form of a quiz attempt, built from the attempt's layout.

Every control's value is the position of a choice in the list shown (``0``,
``1``, ...), never an id or anything derived from the key, so the page says
nothing about which choice is right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms

from lessontext.vocabulary import QuestionType

from . import grading


def field_name(number: int, row: int | None = None) -> str:
    """The form field of question ``number`` (1-based), or of one matching row."""
    return f"q{number}" if row is None else f"q{number}_r{row}"


class AttemptAnswersForm(forms.Form):
    """Validate the answers to the questions at ``positions`` of an attempt's ``layout``.

    A question of the page left blank is an answer too (it clears what was
    saved): unticking every box must stick.
    """

    def __init__(self, *args, layout: Sequence[dict], positions: Sequence[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.layout = layout
        self.positions = list(positions)
        for position in self.positions:
            snapshot = layout[position]
            number = position + 1
            kind = snapshot["type"]
            if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
                choices = [(str(i), o["text"]) for i, o in enumerate(snapshot["options"])]
                self.fields[field_name(number)] = forms.TypedChoiceField(
                    choices=choices, coerce=int, required=False, empty_value=None
                )
            elif kind == QuestionType.MULTIPLE:
                choices = [(str(i), o["text"]) for i, o in enumerate(snapshot["options"])]
                self.fields[field_name(number)] = forms.TypedMultipleChoiceField(
                    choices=choices, coerce=int, required=False
                )
            elif kind == QuestionType.FILL_BLANK:
                self.fields[field_name(number)] = forms.CharField(
                    max_length=grading.MAX_TYPED_LENGTH, required=False, strip=True
                )
            elif kind == QuestionType.MATCHING:
                choices = [(str(i), term) for i, term in enumerate(snapshot["terms"])]
                for row in range(len(snapshot["rows"])):
                    self.fields[field_name(number, row)] = forms.TypedChoiceField(
                        choices=choices, coerce=int, required=False, empty_value=None
                    )

    def answers(self) -> dict[int, Any]:
        """The valid answers by position; call after ``is_valid()``."""
        data = getattr(self, "cleaned_data", {})
        result: dict[int, Any] = {}
        for position in self.positions:
            snapshot = self.layout[position]
            number = position + 1
            if snapshot["type"] == QuestionType.MATCHING:
                names = [field_name(number, row) for row in range(len(snapshot["rows"]))]
                if all(name in data for name in names):
                    result[position] = [data[name] for name in names]
            elif field_name(number) in data:
                result[position] = data[field_name(number)]
        return result

    def question_errors(self) -> dict[int, list[str]]:
        """Error messages by question position."""
        errors: dict[int, list[str]] = {}
        for name, messages in self.errors.items():
            number = int(name[1:].split("_")[0])
            errors.setdefault(number - 1, []).extend(messages)
        return errors
