"""Writes for courses: importing lessons from markdown files."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet

from lessontext.rendering import render_lesson
from lessontext.sources import LessonSource, SourceError, parse_source, read_manifest, source_files

from .caching import content_changed
from .models import Course, Lesson, Section

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"

ERROR_NOT_FOUND = "no such file or folder"
ERROR_NO_LESSONS = "the folder has no lesson files (.md, .markdown or .txt)"
ERROR_UNREADABLE = "the file cannot be read: {problem}"
ERROR_DUPLICATE_SLUG = "its slug '{slug}' is already used by {other} in this import"


class CourseImportError(Exception):
    """The import as a whole cannot start (missing path, bad manifest)."""


@dataclass
class FileResult:
    path: Path
    status: str
    lesson: Lesson | None = None
    error: str = ""

    def __str__(self) -> str:
        if self.status == FAILED:
            return f"{self.path.name}: {self.error}"
        return f"{self.path.name}: {self.status}"


@dataclass
class ImportReport:
    course: Course
    results: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [result for result in self.results if result.status == FAILED]

    @property
    def changed_lessons(self) -> list[Lesson]:
        return [r.lesson for r in self.results if r.status in (CREATED, UPDATED) and r.lesson]

    def summary(self) -> str:
        return ", ".join(f"{self.count(s)} {s}" for s in (CREATED, UPDATED, UNCHANGED, FAILED))


def course_import(
    *, path: Path, on_file: Callable[[FileResult], None] | None = None
) -> ImportReport:
    """Create or update a course from a folder of markdown files, or one lesson from one file.

    Each file is imported in its own transaction: a bad file is reported and
    leaves the database as it was, and the other files still import.
    """
    path = Path(path)
    if not path.exists():
        raise CourseImportError(f"{path}: {ERROR_NOT_FOUND}")
    folder = path if path.is_dir() else path.parent
    try:
        manifest = read_manifest(folder)
    except SourceError as exc:
        raise CourseImportError(f"{folder}: {exc}") from None
    order = {p.resolve(): i for i, p in enumerate(manifest.lessons)}
    if path.is_dir():
        files = list(manifest.lessons)
        if not files:
            raise CourseImportError(f"{path}: {ERROR_NO_LESSONS}")
    else:
        files = [path]
        order.setdefault(path.resolve(), len(source_files(folder)))

    course = _course_upsert(slug=manifest.slug, title=manifest.title, description=manifest.description)
    report = ImportReport(course=course)
    seen: dict[str, Path] = {}
    for file_path in files:
        result = _file_import(course=course, path=file_path, position=order.get(file_path.resolve(), 0), seen=seen)
        report.results.append(result)
        if on_file:
            on_file(result)
    return report


def _course_upsert(*, slug: str, title: str, description: str) -> Course:
    # Courses imported from files by an operator are published; the workspace creates them unpublished.
    course, created = Course.objects.get_or_create(
        slug=slug, defaults={"title": title, "description": description, "published": True}
    )
    if not created and (course.title, course.description) != (title, description):
        course.title, course.description = title, description
        course.full_clean()
        course.save(update_fields=["title", "description", "updated_at"])
    return course


def _source_check(*, path: Path, data: bytes, seen: dict[str, Path]) -> LessonSource | FileResult:
    """Parse one file's bytes, refusing what the importer refuses (one-line errors) and repeated slugs."""
    try:
        source = parse_source(data, name=path.name, max_bytes=settings.LESSONFORGE_MAX_SOURCE_BYTES)
    except SourceError as exc:
        return FileResult(path, FAILED, error=str(exc))
    if source.slug in seen:
        return FileResult(path, FAILED, error=ERROR_DUPLICATE_SLUG.format(slug=source.slug, other=seen[source.slug].name))
    seen[source.slug] = path
    return source


def _file_import(*, course: Course, path: Path, position: int, seen: dict[str, Path]) -> FileResult:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return FileResult(path, FAILED, error=ERROR_NOT_FOUND)
    except OSError as exc:
        return FileResult(path, FAILED, error=ERROR_UNREADABLE.format(problem=exc.strerror or exc))
    source = _source_check(path=path, data=data, seen=seen)
    if isinstance(source, FileResult):
        return source
    with transaction.atomic():
        lesson, status = lesson_import(course=course, source=source, position=position, source_name=path.name)
    return FileResult(path, status, lesson=lesson)


def course_files_import(*, course: Course, files: Sequence[tuple[str, bytes]]) -> ImportReport:
    """Import uploaded ``(file name, bytes)`` lessons into ``course``: all of them, or none if any is refused.

    Files are checked as ``course_import`` checks them (same one-line errors);
    a file whose slug is a lesson's of the course updates it in place, others
    are added after the existing lessons.
    """
    report = ImportReport(course=course)
    sources, seen = [], {}
    for name, data in files:
        path = Path(name)
        source = _source_check(path=path, data=data, seen=seen)
        if isinstance(source, FileResult):
            report.results.append(source)
        else:
            sources.append((path, source))
    if report.failed:
        return report
    positions = dict(course.lessons.values_list("slug", "position"))
    following = max(positions.values(), default=-1) + 1
    with transaction.atomic():
        for path, source in sources:
            position = positions.get(source.slug)
            if position is None:
                position, following = following, following + 1
            lesson, status = lesson_import(course=course, source=source, position=position, source_name=path.name)
            report.results.append(FileResult(path, status, lesson=lesson))
    return report


def lesson_import(*, course: Course, source: LessonSource, position: int, source_name: str = "") -> tuple[Lesson, str]:
    """Create or update the lesson ``source.slug`` of ``course``; return it and what happened.

    An unchanged source writes nothing. A changed one updates the lesson in
    place, so every learner's progress (keyed by the lesson) is kept.
    """
    lesson = Lesson.objects.filter(course=course, slug=source.slug).first()
    if lesson and lesson.source_hash == source.content_hash:
        if lesson.position != position:
            Lesson.objects.filter(pk=lesson.pk).update(position=position)
            lesson.position = position
            content_changed(pk=course.pk)
        return lesson, UNCHANGED

    rendered = render_lesson(source.text)
    status = UPDATED if lesson else CREATED
    lesson = lesson or Lesson(course=course, slug=source.slug)
    lesson.title = source.title
    lesson.position = position
    lesson.source = source.text
    lesson.source_name = source_name[:255]
    lesson.source_hash = source.content_hash
    lesson.metadata = _json_safe(source.metadata)
    lesson.word_count = source.word_count
    lesson.language = source.language
    lesson.direction = source.direction
    lesson.reading_minutes = source.reading_minutes
    lesson.html = rendered.html
    lesson.full_clean()
    lesson.save()
    _sections_replace(lesson=lesson, headings=rendered.headings)
    return lesson, status


def _sections_replace(*, lesson: Lesson, headings) -> None:
    lesson.sections.all().delete()
    Section.objects.bulk_create(
        Section(lesson=lesson, heading=h.text[:300], anchor=h.anchor[:200], level=h.level, position=i)
        for i, h in enumerate(headings)
    )
    content_changed(pk=lesson.course_id)


def _json_safe(value):
    """Front matter may hold dates and other YAML types; store them as JSON-friendly values."""
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def lessons_linked_html_set(*, linked: Mapping[int, str]) -> int:
    """Store each lesson's HTML with glossary links (by lesson id); write only what changed, return how many.

    The glossary computes the links; this app owns the lesson rows. An empty
    string means "no links": the lesson's plain ``html`` is shown.
    """
    current = dict(Lesson.objects.filter(pk__in=linked).values_list("pk", "linked_html"))
    changed = {pk: html for pk, html in linked.items() if pk in current and current[pk] != html}
    with transaction.atomic():
        for pk, html in changed.items():
            Lesson.objects.filter(pk=pk).update(linked_html=html)
        if changed:
            content_changed(lessons__in=list(changed))
    return len(changed)


def position_move(*, rows: QuerySet, pk: int, offset: int) -> None:
    """Move the row ``pk`` of ``rows`` (ordered by position) up (-1) or down (+1); renumber positions from 0."""
    with transaction.atomic():
        order = list(rows.select_for_update().order_by("position", "id"))
        index = next(i for i, item in enumerate(order) if item.pk == pk)
        target = index + offset
        if not 0 <= target < len(order):
            return
        order[index], order[target] = order[target], order[index]
        for position, item in enumerate(order):
            if item.position != position:
                rows.model.objects.filter(pk=item.pk).update(position=position)


def lesson_move(*, lesson: Lesson, offset: int) -> None:
    """Move ``lesson`` up (-1) or down (+1) in its course's order."""
    position_move(rows=Lesson.objects.filter(course_id=lesson.course_id), pk=lesson.pk, offset=offset)
    content_changed(pk=lesson.course_id)
