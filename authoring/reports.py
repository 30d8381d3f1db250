"""Reports for a course's instructors: the gradebook and learners' results, computed in the database.

Every figure comes from aggregate queries over progress and attempts; Python
only arranges the rows of one page (or streams a CSV row by row).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest

from courses.models import Course, Lesson
from learning.models import LessonProgress
from learning.selectors import LessonStatus
from quizzes.models import Attempt, Question

SORTS = {"name": "username", "-name": "-username", "activity": "last_activity", "-activity": "-last_activity",
         "completed": "completed", "-completed": "-completed"}


@dataclass(frozen=True)
class Cell:
    status: str
    best_percent: float | None
    attempts: int
    last_activity: datetime | None

    @property
    def status_label(self) -> str:
        return LessonStatus.LABELS[self.status]


@dataclass(frozen=True)
class GradebookRow:
    learner: object
    cells: list[Cell]
    completed: int
    last_activity: datetime | None


def learners(*, course: Course, sort: str = "name") -> QuerySet:
    """Everyone with progress or an attempt in ``course``, with lessons completed (read) and last activity."""
    progress = LessonProgress.objects.filter(lesson__course=course, user=OuterRef("pk"))
    attempts = Attempt.objects.filter(quiz__lesson__course=course, user=OuterRef("pk"))
    last_opened = progress.order_by("-last_opened_at").values("last_opened_at")[:1]
    last_attempt = attempts.order_by("-started_at").values("started_at")[:1]
    read = progress.filter(completed_at__isnull=False).values("user").annotate(n=Count("pk")).values("n")[:1]
    return (
        get_user_model().objects.filter(Exists(progress) | Exists(attempts))
        .annotate(
            completed=Coalesce(Subquery(read, output_field=IntegerField()), 0),
            # SQLite's GREATEST is NULL when either side is: give each side the other as a fallback.
            last_activity=Greatest(
                Coalesce(Subquery(last_opened), Subquery(last_attempt)),
                Coalesce(Subquery(last_attempt), Subquery(last_opened)),
            ),
        )
        .order_by(SORTS.get(sort, "username"), "pk")
    )


def gradebook_rows(*, course: Course, lessons: list[Lesson], page_learners: list) -> list[GradebookRow]:
    """The cells of one page of learners (3 queries whatever the page size)."""
    ids = [learner.pk for learner in page_learners]
    progress = {
        (row["user_id"], row["lesson_id"]): row
        for row in LessonProgress.objects.filter(lesson__course=course, user_id__in=ids).values(
            "user_id", "lesson_id", "completed_at", "last_opened_at"
        )
    }
    attempts = {
        (row["user_id"], row["quiz__lesson_id"]): row
        for row in Attempt.objects.filter(quiz__lesson__course=course, user_id__in=ids)
        .values("user_id", "quiz__lesson_id")
        .annotate(
            n=Count("pk", filter=Q(submitted_at__isnull=False)),
            best=Max("percent"),
            passed=Count("pk", filter=Q(passed=True)),
            last=Max("started_at"),
        )
    }
    with_quiz = set(
        Question.objects.published().filter(quiz__lesson__course=course).values_list("quiz__lesson_id", flat=True)
    )
    rows = []
    for learner in page_learners:
        cells = []
        for lesson in lessons:
            p = progress.get((learner.pk, lesson.pk))
            a = attempts.get((learner.pk, lesson.pk))
            status = LessonStatus.of(
                opened=bool(p or a), read=bool(p and p["completed_at"]), has_quiz=lesson.pk in with_quiz,
                quiz_passed=bool(a and a["passed"]), quiz_required=course.quiz_required,
            )
            times = [t for t in ((p or {}).get("last_opened_at"), (a or {}).get("last")) if t]
            cells.append(Cell(status, a["best"] if a else None, a["n"] if a else 0, max(times, default=None)))
        rows.append(GradebookRow(learner, cells, learner.completed, learner.last_activity))
    return rows


class _Echo:
    """A file-like object whose write returns the line, for streaming CSV."""

    def write(self, value: str) -> str:
        return value


def gradebook_csv(*, course: Course, chunk: int = 500) -> Iterator[str]:
    """The whole gradebook as CSV lines, a page of learners at a time (constant memory)."""
    writer = csv.writer(_Echo())
    lessons = list(course.lessons.order_by("position", "id"))
    header = ["learner", "lessons read"]
    for lesson in lessons:
        header += [f"{lesson.title}: status", f"{lesson.title}: best %", f"{lesson.title}: attempts"]
    yield writer.writerow(header)
    everyone = learners(course=course)
    last_pk = 0
    while True:
        page = list(everyone.filter(pk__gt=last_pk).order_by("pk")[:chunk])
        if not page:
            return
        for row in gradebook_rows(course=course, lessons=lessons, page_learners=page):
            line = [row.learner.username, row.completed]
            for cell in row.cells:
                line += [cell.status_label, "" if cell.best_percent is None else round(cell.best_percent, 1), cell.attempts]
            yield writer.writerow(line)
        last_pk = page[-1].pk


def results_csv(*, course: Course, chunk: int = 2000) -> Iterator[str]:
    """Every submitted attempt of the course, one row each (for institutions' records), streamed."""
    writer = csv.writer(_Echo())
    yield writer.writerow(["learner", "lesson", "attempt", "started", "submitted", "score", "max score", "percent",
                           "passed", "late"])
    rows = (
        Attempt.objects.filter(quiz__lesson__course=course, submitted_at__isnull=False)
        .order_by("pk")
        .values_list("pk", "user__username", "quiz__lesson__title", "number", "started_at", "submitted_at", "score",
                     "max_score", "percent", "passed", "late")
    )
    last_pk = 0
    while True:
        page = list(rows.filter(pk__gt=last_pk)[:chunk])
        if not page:
            return
        for _pk, *values in page:
            values[3], values[4] = values[3].isoformat(), values[4].isoformat()
            yield writer.writerow(values)
        last_pk = page[-1][0]
