"""Reports for a course's instructors: the gradebook and learners' results, computed in the database.

Every figure comes from aggregate queries over progress and attempts; Python
only arranges the rows of one page (or streams a CSV row by row).
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import (
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce, Greatest

from courses.models import Course, Lesson
from learning.models import LessonProgress
from learning.selectors import LessonStatus
from quizzes.models import Attempt, Option, Question, Response
from quizzes.selectors import LESSON_TEXT_FIELDS

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


STATUS_FILTERS = {"all_read": "read every lesson", "in_progress": "still reading"}


def learners(*, course: Course, sort: str = "name", status: str = "") -> QuerySet:
    """Everyone with progress or an attempt in ``course``, with lessons completed (read) and last activity.

    ``status`` narrows it to learners who have read every lesson (``all_read``) or not yet (``in_progress``).
    """
    progress = LessonProgress.objects.filter(lesson__course=course, user=OuterRef("pk"))
    attempts = Attempt.objects.filter(quiz__lesson__course=course, user=OuterRef("pk"))
    last_opened = progress.order_by("-last_opened_at").values("last_opened_at")[:1]
    last_attempt = attempts.order_by("-started_at").values("started_at")[:1]
    read = progress.filter(completed_at__isnull=False).values("user").annotate(n=Count("pk")).values("n")[:1]
    rows = (
        # Two uncorrelated IN subqueries, not EXISTS per user: the database reads the course's rows once.
        get_user_model().objects.filter(
            Q(pk__in=LessonProgress.objects.filter(lesson__course=course).values("user_id"))
            | Q(pk__in=Attempt.objects.filter(quiz__lesson__course=course).values("user_id"))
        )
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
    lessons = course.lessons.count() if status in STATUS_FILTERS else 0
    if status == "all_read":
        rows = rows.filter(completed__gte=lessons)
    elif status == "in_progress":
        rows = rows.filter(completed__lt=lessons)
    return rows


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


# --- Item analysis (as Moodle's quiz statistics report) ---------------------------

MIN_DISCRIMINATION = 0.2
FACILITY_RANGE = (0.2, 0.95)


@dataclass(frozen=True)
class ItemStatistics:
    question: Question
    attempts: int
    facility: float | None  # mean share of the mark, 0..1
    discrimination: float | None  # point-biserial correlation with the rest of the attempt's score
    options: list[tuple[str, int]]  # (option text, times chosen), choice questions only

    @property
    def flags(self) -> list[str]:
        flags = []
        if self.discrimination is not None and self.discrimination < MIN_DISCRIMINATION:
            flags.append("discrimination below 0.2")
        if self.facility is not None and not FACILITY_RANGE[0] <= self.facility <= FACILITY_RANGE[1]:
            flags.append("too easy" if self.facility > FACILITY_RANGE[1] else "too hard")
        flags += [f"nobody chose “{text}”" for text, count in self.options if count == 0]
        return flags


def point_biserial(*, n: int, sx: float, sy: float, sxy: float, sxx: float, syy: float) -> float | None:
    """Pearson's r from sums (x: the item's score share, y: the rest of the attempt); None when undefined."""
    if n < 2:
        return None
    spread = (n * sxx - sx * sx) * (n * syy - sy * sy)
    if spread <= 0:
        return None
    return (n * sxy - sx * sy) / spread**0.5


def item_analysis(*, quiz) -> list[ItemStatistics]:
    """Each question's attempts, facility, discrimination and option counts over submitted attempts."""
    return _statistics(
        questions=quiz.questions.all(),
        answered=_answered(Attempt.objects.filter(quiz=quiz)),
    )


def flagged_questions(*, courses: Sequence[Course]) -> list[ItemStatistics]:
    """The courses' questions whose learners' results deserve a look (any flag), in lesson and quiz order (3 queries)."""
    stats = _statistics(
        questions=Question.objects.filter(quiz__lesson__course__in=courses),
        answered=_answered(Attempt.objects.filter(quiz__lesson__course__in=courses)),
    )
    return [s for s in stats if s.flags]


def _answered(attempts: QuerySet) -> QuerySet:
    """The responses to still existing questions in the submitted ``attempts``.

    Filtered through the attempts' ids, so the database starts from the quiz's attempts (an index) rather
    than from every response: SQLite otherwise walks all responses by question (5 s for a course of 100,000
    responses among 1,000,000, against 0.2 s).
    """
    return Response.objects.filter(attempt__in=attempts.filter(submitted_at__isnull=False), question__isnull=False)


def _statistics(*, questions: QuerySet, answered: QuerySet) -> list[ItemStatistics]:
    share = ExpressionWrapper(F("score") / F("max_score"), output_field=FloatField())
    rest = ExpressionWrapper(F("attempt__score") - F("score"), output_field=FloatField())
    sums = {
        row["question_id"]: row
        for row in answered.filter(max_score__gt=0)
        .annotate(x=share, y=rest)
        .values("question_id")
        .annotate(n=Count("pk"), sx=Sum("x"), sy=Sum("y"), sxy=Sum(F("x") * F("y")), sxx=Sum(F("x") * F("x")),
                  syy=Sum(F("y") * F("y")))
    }
    # Options are shuffled per attempt, so a choice is an index into that attempt's snapshot: count each
    # (question, answer, option order) in the database, then name the options of each group here.
    chosen: dict[int, Counter] = defaultdict(Counter)
    groups = (
        answered.filter(snapshot__has_key="options")
        .annotate(order=KT("snapshot__options"))
        .values("question_id", "answer", "order")
        .annotate(n=Count("pk"))
    )
    for row in groups:
        options = json.loads(row["order"])
        picks = row["answer"] if isinstance(row["answer"], list) else [row["answer"]]
        for pick in picks:
            if isinstance(pick, int) and 0 <= pick < len(options):
                chosen[row["question_id"]][options[pick]["text"]] += row["n"]
    stats = []
    for question in (
        questions.exclude(status=Question.Status.REJECTED)
        .select_related("quiz__lesson")
        .defer(*(f"quiz__lesson__{name}" for name in LESSON_TEXT_FIELDS))
        .prefetch_related(Prefetch("options", queryset=Option.objects.only("question_id", "text")))
        .order_by("quiz__lesson__position", "position", "id")
    ):
        row = sums.get(question.pk)
        options = []
        if question.type in (Question.Type.SINGLE, Question.Type.MULTIPLE, Question.Type.TRUE_FALSE):
            options = [(o.text, chosen[question.pk][o.text]) for o in question.options.all()]
        stats.append(ItemStatistics(
            question=question,
            attempts=row["n"] if row else 0,
            facility=row["sx"] / row["n"] if row else None,
            discrimination=point_biserial(**{k: row[k] for k in ("n", "sx", "sy", "sxy", "sxx", "syy")}) if row else None,
            options=options if row else [],
        ))
    return stats


# --- Course funnel and one learner's record -------------------------------------------


@dataclass(frozen=True)
class FunnelRow:
    lesson: Lesson
    opened: int
    read: int
    attempted: int
    passed: int


def course_funnel(*, course: Course) -> list[FunnelRow]:
    """Per lesson: learners who opened it, read it, submitted its quiz, passed it (1 query)."""

    progress = LessonProgress.objects.filter(lesson=OuterRef("pk"))
    submitted = Attempt.objects.filter(quiz__lesson=OuterRef("pk"), submitted_at__isnull=False)

    def distinct_users(queryset, group):
        return Coalesce(Subquery(
            queryset.values(group).annotate(n=Count("user", distinct=True)).values("n")[:1],
            output_field=IntegerField(),
        ), 0)

    lessons = course.lessons.order_by("position", "id").annotate(
        opened=distinct_users(progress, "lesson"),
        read=distinct_users(progress.filter(completed_at__isnull=False), "lesson"),
        attempted=distinct_users(submitted, "quiz__lesson"),
        passed_count=distinct_users(submitted.filter(passed=True), "quiz__lesson"),
    )
    return [FunnelRow(lesson, lesson.opened, lesson.read, lesson.attempted, lesson.passed_count) for lesson in lessons]


def learner_record(*, course: Course, learner) -> list[tuple[Lesson, object, list[Attempt]]]:
    """One learner's progress and submitted attempts (with their responses) in each lesson of ``course``."""
    lessons = list(course.lessons.order_by("position", "id"))
    progress = {p.lesson_id: p for p in LessonProgress.objects.filter(user=learner, lesson__course=course)}
    attempts: dict[int, list[Attempt]] = defaultdict(list)
    for attempt in (
        Attempt.objects.filter(user=learner, quiz__lesson__course=course, submitted_at__isnull=False)
        .select_related("quiz")
        .prefetch_related("responses")
        .order_by("number")
    ):
        attempts[attempt.quiz.lesson_id].append(attempt)
    return [(lesson, progress.get(lesson.pk), attempts.get(lesson.pk, [])) for lesson in lessons]


# Counting flags reads every response of a course (seconds at a million): the home page's counts are
# cached for a while, in whatever cache the deployment shares between its servers.
FLAGGED_COUNT_SECONDS = 600


def flagged_counts(*, courses: Sequence[Course]) -> dict[int, int]:
    """How many questions of each course learners' results flag, recomputed at most every 10 minutes."""
    keys = {course.pk: f"authoring:flagged:{course.pk}" for course in courses}
    counts = cache.get_many(list(keys.values()))
    missing = [course for course in courses if keys[course.pk] not in counts]
    if missing:
        fresh = Counter(s.question.quiz.lesson.course_id for s in flagged_questions(courses=missing))
        cache.set_many({keys[c.pk]: fresh[c.pk] for c in missing}, FLAGGED_COUNT_SECONDS)
        counts.update({keys[c.pk]: fresh[c.pk] for c in missing})
    return {pk: counts[key] for pk, key in keys.items()}
