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
class OptionDraft:
    """An option of a generated question (``quizzes.models.Option`` is the stored one)."""

    text: str
    correct: bool


@dataclass(frozen=True)
class MatchPair:
    """``prompt`` is the description with the term masked; ``answer`` is the term."""

    prompt: str
    answer: str


@dataclass(frozen=True)
class QuestionDraft:
    """A generated question, before it is stored as a ``quizzes.models.Question``.

    ``rule`` names the rule that made it (``rules.py``); ``checks`` the rubric checks it passed.
    """

    type: QuestionType
    stem: str
    options: tuple[OptionDraft, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    answers: tuple[str, ...] = ()
    explanation: str = ""
    source_anchor: str = ""
    source_sentence: str = ""
    confidence: float = 0.0
    rule: str = ""
    checks: tuple[str, ...] = ()
    # Added: the family that made the question and its level ("remember", "understand", "apply").
    family: str = ""
    level: str = "remember"


@dataclass(frozen=True)
class QuizDraft:
    """A lesson's generated quiz.

    ``spare`` holds true/false questions that passed every check and fit the quiz, left out only because
    the lesson has no statement of the other key to pair them: first those keyed True, then those keyed
    False (``select.spare_falses``); the course decides whether they join (``balance.balance_course``).
    ``structure`` counts what the lesson offers to ask about and ``passed`` the candidates that passed
    every check; the ``reason`` is written from them.
    """

    questions: tuple[QuestionDraft, ...]
    reason: str
    candidates: int
    rejections: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    spare: tuple[QuestionDraft, ...] = ()
    structure: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # How many candidates passed every check (the selection keeps some of them): the note names it.
    passed: int = 0
