"""The generator's input and output types: frozen dataclasses, no Django."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from lessontext.vocabulary import QuestionType


@dataclass(frozen=True)
class GlossaryEntry:
    """A course glossary entry as the generator sees it."""

    term: str
    definition: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool


@dataclass(frozen=True)
class MatchPair:
    """``prompt`` is the description with the term masked; ``answer`` is the term."""

    prompt: str
    answer: str


@dataclass(frozen=True)
class Question:
    type: QuestionType
    stem: str
    options: tuple[Option, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    answers: tuple[str, ...] = ()
    explanation: str = ""
    source_anchor: str = ""
    source_sentence: str = ""
    confidence: float = 0.0
    rule: str = ""
    checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuizDraft:
    questions: tuple[Question, ...]
    reason: str
    candidates: int
    rejections: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
