"""What a question family is: a named, prioritised way of turning one kind of
structure of a lesson into candidate questions, with examples of what it makes.

The families themselves live in ``families/``, one module each, and register
there; ``families.generate`` runs them in priority order.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from lessontext.document import parse_document

from .candidate import Candidate
from .course import CourseView, build_course
from .types import GlossaryEntry


@dataclass(frozen=True, eq=False)
class Scope:
    """The units of a lesson a family reads one at a time (its labelled groups, its listings, ...)."""

    name: str
    units: Callable[[CourseView], Sequence[Any]]


GROUPS = Scope("group", lambda course: course.lesson.groups)
LISTINGS = Scope("listing", lambda course: course.lesson.listings)
TABLES = Scope("table", lambda course: course.lesson.tables)
MENTIONS = Scope("mention", lambda course: course.lesson.mentions)
LESSON = Scope("lesson", lambda course: (course.lesson,))


@dataclass(frozen=True)
class Example:
    """A small lesson and what one family, run alone on it, makes or must not make.

    ``shows`` is looked for in what a candidate asks and answers: its stem,
    statement, key, correct options, accepted answers and matching pairs (not
    its distractors).  Positive: some candidate of ``rule`` shows it.
    Negative: no candidate of ``rule`` shows it; with ``shows`` empty, the
    family makes no candidate of ``rule`` at all (of any rule when ``rule`` is
    empty too).  ``others`` are the other lessons of the course (where
    distractors come from); ``glossary`` the course glossary.
    """

    positive: bool
    lesson: str
    rule: str = ""
    shows: str = ""
    others: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()

    def holds(self, candidates: Sequence[Candidate]) -> bool:
        """Whether ``candidates`` (one family's output on ``lesson``) bear the example out."""
        hits = [c for c in candidates if (not self.rule or c.rule == self.rule) and self.shows in _asked(c)]
        return bool(hits) if self.positive else not hits


def makes(lesson: str, rule: str, shows: str, **context: Any) -> Example:
    """A positive example: run on ``lesson``, the family makes a ``rule`` candidate showing ``shows``."""
    if not rule or not shows:
        raise ValueError("a positive example names the rule and what its candidate shows")
    return Example(True, lesson, rule, shows, **context)


def makes_no(lesson: str, rule: str = "", shows: str = "", **context: Any) -> Example:
    """A negative example: no ``rule`` candidate showing ``shows`` (no candidate at all when ``shows`` is empty)."""
    return Example(False, lesson, rule, shows, **context)


def _asked(c: Candidate) -> str:
    parts = [c.stem, c.statement, c.key, *c.correct, *c.answers]
    for pair in c.pairs:
        parts += [pair.prompt, pair.answer]
    return "\n".join(parts)


Build = Callable[[Any, CourseView, random.Random], Iterator[Candidate]]


@dataclass(frozen=True)
class QuestionFamily:
    """One question family.

    ``name``: unique, for the registry.  ``priority``: families run highest
    first; consecutive families of one ``scope`` run together unit by unit
    (for each group: every group family in turn), which fixes the order of
    candidates and of random draws.  ``build(unit, course, rng)`` yields the
    candidates for one unit of ``scope``.  ``confidence``: the base confidence
    of each rule name the family emits (its keys are those names).  ``doc``:
    what text the family reads and why.  ``examples``: positive and negative
    examples, checked by the tests.
    """

    name: str
    priority: int
    scope: Scope
    build: Build
    confidence: Mapping[str, float]
    doc: str
    examples: tuple[Example, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "confidence", MappingProxyType(dict(self.confidence)))

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule names this family's candidates carry."""
        return tuple(self.confidence)

    def candidates(self, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
        """This family alone on a course: its candidates for every unit of its scope."""
        for unit in self.scope.units(course):
            yield from self.build(unit, course, rng)

    def run_example(self, example: Example, seed: int = 0) -> list[Candidate]:
        """This family alone on an example's lesson, with the example's course and glossary."""
        course = build_course(
            parse_document(example.lesson),
            glossary=example.glossary,
            others=[parse_document(o) for o in example.others],
        )
        return list(self.candidates(course, random.Random(seed)))
