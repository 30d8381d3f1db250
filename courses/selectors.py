"""Reads for course pages, each built to a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from .models import Course, Lesson, LessonProgress, Section


@dataclass(frozen=True)
class LessonRow:
    lesson: Lesson
    status: str  # a LessonProgress.Status value

    @property
    def status_label(self) -> str:
        return LessonProgress.Status(self.status).label


@dataclass(frozen=True)
class CourseOutline:
    course: Course
    rows: list[LessonRow]

    @property
    def completed_count(self) -> int:
        return sum(1 for row in self.rows if row.status == LessonProgress.Status.COMPLETED)

    @property
    def percent_complete(self) -> int:
        return round(100 * self.completed_count / len(self.rows)) if self.rows else 0

    @property
    def next_lesson(self) -> Lesson | None:
        """The first lesson not yet completed."""
        return next((row.lesson for row in self.rows if row.status != LessonProgress.Status.COMPLETED), None)


def course_list():
    return Course.objects.with_lesson_counts().order_by("title")


def _progress_by_lesson(*, user, lessons) -> dict[int, LessonProgress]:
    if not user.is_authenticated:
        return {}
    return {p.lesson_id: p for p in LessonProgress.objects.filter(user=user, lesson__in=lessons)}


def course_outline(*, slug: str, user) -> CourseOutline:
    """The course with its lessons in order and ``user``'s status in each (3 queries)."""
    course = get_object_or_404(Course, slug=slug)
    lessons = list(course.lessons.only("id", "slug", "title", "position", "reading_minutes", "course_id"))
    progress = _progress_by_lesson(user=user, lessons=[lesson.pk for lesson in lessons])
    rows = []
    for lesson in lessons:
        lesson.course = course
        entry = progress.get(lesson.pk)
        rows.append(LessonRow(lesson, entry.status if entry else LessonProgress.Status.NOT_STARTED))
    return CourseOutline(course=course, rows=rows)


@dataclass(frozen=True)
class LessonPage:
    lesson: Lesson
    sections: list[Section]
    previous: Lesson | None
    next: Lesson | None
    position: int  # 1-based
    total: int


def lesson_page(*, course_slug: str, slug: str) -> LessonPage:
    """A lesson with its sections and neighbours (3 queries, whatever the course size)."""
    lesson = get_object_or_404(
        Lesson.objects.select_related("course").prefetch_related(Prefetch("sections")),
        course__slug=course_slug,
        slug=slug,
    )
    siblings = list(
        Lesson.objects.filter(course_id=lesson.course_id).order_by("position", "id").values_list("id", "slug", "title")
    )
    index = next(i for i, row in enumerate(siblings) if row[0] == lesson.pk)

    def neighbour(i: int) -> Lesson | None:
        if 0 <= i < len(siblings):
            pk, sibling_slug, title = siblings[i]
            return Lesson(pk=pk, slug=sibling_slug, title=title, course=lesson.course)
        return None

    return LessonPage(
        lesson=lesson,
        sections=list(lesson.sections.all()),
        previous=neighbour(index - 1),
        next=neighbour(index + 1),
        position=index + 1,
        total=len(siblings),
    )
