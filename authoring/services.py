"""The publishing pipeline: files become lessons, lessons a glossary, lessons quizzes.

``course_publish`` is the one way content is (re)built. The import command,
the glossary and quiz commands and the admin actions all call it, so every
path reads each lesson's markdown once, refreshes the glossary before the
quizzes (which use it for distractors), and reports in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from courses.models import Course, Lesson
from courses.services import FileResult, ImportReport, course_import
from glossary.services import ExtractionReport, glossary_extract_course
from lessontext.document import parse_document
from quizzes.models import Quiz
from quizzes.services import quizzes_generate

ERROR_PATH_OR_COURSE = "Publish either files (path) or an existing course, not both or neither."
ERROR_LESSON_OF_ANOTHER_COURSE = "Every lesson to publish must belong to the course."


@dataclass
class PublishReport:
    """What one run of the pipeline did: the import (if files were read), the glossary, the quizzes."""

    course: Course
    imported: ImportReport | None = None
    glossary: ExtractionReport | None = None
    quizzes: list[Quiz] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.imported and self.imported.failed)

    def lines(self) -> list[str]:
        """The report as short lines for a terminal or an admin message."""
        lines = []
        if self.imported:
            lines.append(f"{self.course.title}: {self.imported.summary()}")
        if self.glossary:
            g = self.glossary
            lines.append(
                f"Glossary: {g.created} terms created, {g.updated} updated, {g.removed} removed, "
                f"{g.kept_curated} curated kept"
            )
        if self.quizzes:
            lines.append(f"Quizzes generated for {len(self.quizzes)} lesson(s)")
        return lines


def course_publish(
    *,
    path: Path | None = None,
    course: Course | None = None,
    lessons: Iterable[Lesson] | None = None,
    glossary: bool = True,
    quizzes: bool = True,
    seed: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> PublishReport:
    """Import, then refresh the glossary, then generate quizzes; parse each lesson once.

    From files (``path``): the course is created or updated, and only the
    lessons whose text changed get new quizzes; when nothing changed nothing
    else is written. For an existing ``course``: ``lessons`` (default: all of
    them) get new quizzes. The glossary is always the whole course's, since
    terms are merged across lessons. Curated terms and locked or authored
    questions are kept, as the glossary and quiz services guarantee.
    """
    if (path is None) == (course is None):
        raise ValueError(ERROR_PATH_OR_COURSE)
    imported = None
    if path is not None:
        imported = course_import(path=path, on_file=on_file)
        course = imported.course
        lessons = imported.changed_lessons
        if not lessons:
            return PublishReport(course=course, imported=imported)
    all_lessons = list(course.lessons.all())
    targets = all_lessons if lessons is None else list(lessons)
    if any(lesson.course_id != course.pk for lesson in targets):
        raise ValueError(ERROR_LESSON_OF_ANOTHER_COURSE)

    documents = {lesson.pk: parse_document(lesson.source) for lesson in all_lessons}
    report = PublishReport(course=course, imported=imported)
    if glossary:
        report.glossary = glossary_extract_course(course=course, lessons=all_lessons, documents=documents)
    if quizzes and targets:
        report.quizzes = quizzes_generate(lessons=targets, documents=documents, seed=seed)
    return report
