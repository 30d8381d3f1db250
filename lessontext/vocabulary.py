"""The one spelling of Lessonforge's question types and glossary term kinds.

The generators emit these values and the Django models take their choices
from them, so a type or kind is named in exactly one place.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    """A string enum whose members carry a human label: ``("value", "Label")``."""

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]


class QuestionType(_Labelled):
    SINGLE = "single", "Multiple choice"
    MULTIPLE = "multiple", "Multiple select"
    TRUE_FALSE = "true_false", "True or false"
    FILL_BLANK = "fill_blank", "Fill in the blank"
    MATCHING = "matching", "Matching"


class QuestionLevel(_Labelled):
    """How deep a question reaches (Bloom's first three levels)."""

    REMEMBER = "remember", "Remember"
    UNDERSTAND = "understand", "Understand"
    APPLY = "apply", "Apply"


class TermKind(_Labelled):
    DEFINED = "defined", "Defined term"
    ACRONYM = "acronym", "Acronym"
    ORGANISATION = "organisation", "Organisation"
    PROGRAMME = "programme", "Programme"
    EXERCISE = "exercise", "Exercise"
    EQUIPMENT = "equipment", "Equipment"
    COUNTRY = "country", "Country"
    CONCEPT = "concept", "Key concept"
