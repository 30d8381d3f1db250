"""Reads for the learner's pages (course outline, lesson, dashboard), each built to a fixed number of queries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cached_property

from django.core.cache import cache
from django.db.models import Case, Count, F, Max, OuterRef, Q, Subquery, Sum, When
from django.db.models.fields.json import KT
from django.urls import reverse
from django.utils import timezone

from courses.caching import (
    TIMEOUT,
    cached,
    cached_per_course,
    content_key,
    learner_key,
)
from courses.links import content_url
from courses.models import Course, Lesson
from courses.selectors import course_for, course_lesson_cached, visible_course_versions
from glossary.selectors import day_start, flashcard_courses, lesson_terms
from quizzes.models import Attempt, Question, Response
from quizzes.selectors import LESSON_TEXT_FIELDS, QuizSummary, lesson_quiz_summary

from .models import LessonProgress


class LessonStatus:
    """Where a learner stands with one lesson.

    A lesson is complete when it is marked read and its quiz is passed, or
    just read when the course makes quizzes optional or the lesson has no
    published question.
    """

    NOT_STARTED = "not_started"
    READING = "reading"
    READ = "read"
    QUIZ_PASSED = "quiz_passed"
    COMPLETED = "completed"
    LABELS = {
        NOT_STARTED: "Not started",
        READING: "Reading",
        READ: "Read, quiz to pass",
        QUIZ_PASSED: "Quiz passed, to mark as read",
        COMPLETED: "Completed",
    }

    @classmethod
    def of(cls, *, opened: bool, read: bool, has_quiz: bool, quiz_passed: bool, quiz_required: bool) -> str:
        needs_quiz = has_quiz and quiz_required
        if read and (quiz_passed or not needs_quiz):
            return cls.COMPLETED
        if read:
            return cls.READ
        if quiz_passed:
            return cls.QUIZ_PASSED
        return cls.READING if opened else cls.NOT_STARTED


@dataclass(frozen=True)
class LessonRow:
    lesson: Lesson
    status: str  # a LessonStatus value
    best_percent: float | None = None  # mastery: the best quiz score, None before any attempt
    has_quiz: bool = False
    last_active_at: datetime | None = None  # last opened, or last quiz attempt started

    @property
    def status_label(self) -> str:
        return LessonStatus.LABELS[self.status]

    @property
    def is_complete(self) -> bool:
        return self.status == LessonStatus.COMPLETED

    @property
    def quiz_url(self) -> str:
        return content_url("quizzes:quiz_detail", course_slug=self.lesson.course.slug, slug=self.lesson.slug)


@dataclass(frozen=True)
class CourseOutline:
    course: Course
    rows: list[LessonRow]
    key: str = ""  # its cache key when cached: the same key, the same outline (and page)

    @property
    def completed_count(self) -> int:
        return sum(1 for row in self.rows if row.is_complete)

    @property
    def percent_complete(self) -> int:
        return round(100 * self.completed_count / len(self.rows)) if self.rows else 0

    @property
    def next_lesson(self) -> Lesson | None:
        """The first lesson not yet completed."""
        return next((row.lesson for row in self.rows if not row.is_complete), None)

    @property
    def next_row(self) -> LessonRow | None:
        return next((row for row in self.rows if not row.is_complete), None)


_OUTLINE_FIELDS = ("id", "slug", "title", "position", "reading_minutes", "course_id")


def _courses_lessons(courses: list[Course]) -> dict[int, list[Lesson]]:
    """Each course's lessons in order, with their numbers of published questions (cached with the content)."""

    def compute(pks: list[int]) -> dict[int, list[Lesson]]:
        published = Count("quiz__questions", filter=Q(quiz__questions__status=Question.Status.PUBLISHED))
        rows: dict[int, list[Lesson]] = {pk: [] for pk in pks}
        for lesson in (Lesson.objects.filter(course_id__in=pks).only(*_OUTLINE_FIELDS)
                       .annotate(published_questions=published).order_by("course_id", "position", "id")):
            rows[lesson.course_id].append(lesson)
        return rows

    lessons = cached_per_course(courses, "course-lessons", compute)
    by_pk = {course.pk: course for course in courses}
    for pk, rows in lessons.items():
        for lesson in rows:
            lesson.course = by_pk[pk]
    return lessons


@dataclass(frozen=True)
class _Standing:
    """A learner's record in one lesson."""

    opened: bool = False
    read_at: datetime | None = None
    last_opened: datetime | None = None
    last_attempted: datetime | None = None
    best_percent: float | None = None
    quiz_passed: bool = False


def _standings(*, user, lesson_ids: list[int]) -> dict[int, _Standing]:
    """``user``'s progress and quiz results in each lesson (2 simple queries, however many attempts)."""
    if not user.is_authenticated or not lesson_ids:
        return {}
    progress = {
        lesson_id: (completed, opened)
        for lesson_id, completed, opened in LessonProgress.objects.filter(user=user, lesson_id__in=lesson_ids)
        .values_list("lesson_id", "completed_at", "last_opened_at")
    }
    attempts = {
        row["quiz__lesson_id"]: row
        for row in Attempt.objects.filter(user=user, quiz__lesson_id__in=lesson_ids)
        .values("quiz__lesson_id")
        .annotate(
            last=Max("started_at"),
            best=Max("percent", filter=Q(submitted_at__isnull=False)),
            passes=Count("pk", filter=Q(passed=True)),
        )
    }
    standings = {}
    for lesson_id in progress.keys() | attempts.keys():
        completed, opened = progress.get(lesson_id, (None, None))
        tried = attempts.get(lesson_id, {})
        standings[lesson_id] = _Standing(
            opened=True, read_at=completed, last_opened=opened, last_attempted=tried.get("last"),
            best_percent=tried.get("best"), quiz_passed=bool(tried.get("passes")),
        )
    return standings


def _row(lesson: Lesson, standing: _Standing | None, *, course: Course) -> LessonRow:
    has_quiz = lesson.published_questions > 0
    if standing is None:
        return LessonRow(lesson, LessonStatus.NOT_STARTED, has_quiz=has_quiz)
    status = LessonStatus.of(
        opened=standing.opened,
        read=standing.read_at is not None,
        has_quiz=has_quiz,
        quiz_passed=standing.quiz_passed,
        quiz_required=course.quiz_required,
    )
    activity = max((t for t in (standing.last_opened, standing.last_attempted) if t), default=None)
    return LessonRow(lesson, status, standing.best_percent, has_quiz, activity)


def _outlines(courses: list[Course], *, user) -> list[CourseOutline]:
    lessons = _courses_lessons(courses)
    standings = _standings(user=user, lesson_ids=[lesson.pk for rows in lessons.values() for lesson in rows])
    return [
        CourseOutline(course=course, rows=[_row(lesson, standings.get(lesson.pk), course=course) for lesson in lessons[course.pk]])
        for course in courses
    ]


def course_outline(*, slug: str, user) -> CourseOutline:
    """The course with its lessons in order and ``user``'s status and mastery in each.

    1 query (the course with the learner's token) when cached under the
    learner's token and the course's content version, else 3. ``key`` names
    what the page shows, for its cached fragment.
    """
    course = course_for(slug=slug, user=user)
    if not user.is_authenticated:
        return replace(_outlines([course], user=user)[0], key=content_key(course, "course-outline-anonymous"))
    key = learner_key(user, "course-outline", course.pk, course.content_version)
    return cached(key, lambda: replace(_outlines([course], user=user)[0], key=key))


class LessonPage:
    """A lesson and what its page shows the same to every learner (sections, neighbours, key terms, the text).

    The outline is read only when a page renders it: a warm lesson page takes
    those parts ready-made from the cache (``learning/_lesson_shared.html``), so
    it never loads them.
    """

    def __init__(self, lesson: Lesson):
        self.lesson = lesson

    @cached_property
    def _outline(self) -> dict:
        lesson = self.lesson
        outline = cached(content_key(lesson.course, "lesson-outline", lesson.pk), lambda: _lesson_outline(lesson))
        for item in (outline["previous"], outline["next"], *outline["terms"]):
            if item is not None:
                item.course = lesson.course
        return outline

    sections = property(lambda self: self._outline["sections"])
    previous = property(lambda self: self._outline["previous"])
    next = property(lambda self: self._outline["next"])
    position = property(lambda self: self._outline["position"])  # 1-based
    total = property(lambda self: self._outline["total"])
    terms = property(lambda self: self._outline["terms"])
    body_html = property(lambda self: self._outline["body_html"])


def _lesson_outline(lesson: Lesson) -> dict:
    """What a lesson page shows the same to every learner: sections, neighbours, key terms, the text (3 queries)."""
    # The lesson's own text comes with its siblings' titles: its row alone fills the two text columns.
    own = {name: Case(When(pk=lesson.pk, then=F(name))) for name in ("html", "linked_html")}
    siblings = list(
        Lesson.objects.filter(course_id=lesson.course_id).order_by("position", "id")
        .values_list("id", "slug", "title", *own.values())
    )
    index = next(i for i, row in enumerate(siblings) if row[0] == lesson.pk)

    def neighbour(i: int) -> Lesson | None:
        if 0 <= i < len(siblings):
            pk, sibling_slug, title, *_ = siblings[i]
            return Lesson(pk=pk, slug=sibling_slug, title=title, course_id=lesson.course_id)
        return None

    html, linked_html = siblings[index][3:]
    return {
        "sections": list(lesson.sections.all()),
        "previous": neighbour(index - 1),
        "next": neighbour(index + 1),
        "position": index + 1,
        "total": len(siblings),
        "terms": lesson_terms(lesson=lesson),
        "body_html": Lesson(html=html, linked_html=linked_html).body_html,
    }


def lesson_page(*, course_slug: str, slug: str, user) -> LessonPage:
    """A lesson of a course ``user`` may see: one query (the course), the lesson from the cache.

    The lesson is cached under the course's content version, so an edit on
    any app server shows on every server's next request; its large text
    columns are read with the outline, only when a page renders it.
    """
    def compute(course: Course) -> Lesson | None:
        return Lesson.objects.filter(course=course, slug=slug).defer(*LESSON_TEXT_FIELDS).first()

    course, lesson = course_lesson_cached(course_slug=course_slug, slug=slug, user=user, name="lesson-page",
                                          compute=compute)
    lesson.course = course
    return LessonPage(lesson)


def lesson_standing(*, user, lesson: Lesson) -> tuple[LessonProgress | None, QuizSummary | None]:
    """``user``'s progress in ``lesson`` and their standing with its quiz.

    1 query (the learner's token) when cached under it and the course's content
    version, else 3.
    """
    return cached(
        learner_key(user, "lesson-standing", lesson.pk, lesson.course.content_version),
        lambda: (LessonProgress.objects.filter(user=user, lesson=lesson).first(),
                 lesson_quiz_summary(lesson=lesson, user=user)),
    )


# --- Dashboard ---------------------------------------------------------------

# Enough points for a readable chart and table; older attempts stay on each quiz's page.
SCORES_SHOWN = 30
WEAK_SECTIONS_SHOWN = 5


@dataclass(frozen=True)
class NextStep:
    """Where "continue where you left off" leads."""

    label: str
    url: str
    lesson: Lesson


@dataclass(frozen=True)
class WeakSection:
    lesson_title: str
    heading: str
    url: str
    missed: int
    asked: int


@dataclass(frozen=True)
class ScorePoint:
    submitted_at: datetime
    lesson_title: str
    course_title: str
    percent: float
    passed: bool
    late: bool
    url: str


@dataclass(frozen=True)
class Dashboard:
    outlines: list[CourseOutline]
    continue_at: NextStep | None
    open_attempts: list[Attempt]
    weak_sections: list[WeakSection]
    scores: list[ScorePoint]  # oldest first
    flashcards_due: int
    flashcards_new_today: int
    start_here: list[Lesson]  # a new learner's first lesson of each course; empty once they started one
    valid_until: datetime  # when time alone changes it: the next card falls due, or a new day's cards
    key: str = ""  # its cache key: the same key, the same board


def score_history(*, user, limit: int = SCORES_SHOWN) -> list[ScorePoint]:
    """The learner's latest submitted attempts, oldest first (1 query)."""
    attempts = list(
        Attempt.objects.filter(user=user, submitted_at__isnull=False)
        .select_related("quiz__lesson__course")
        .only(
            "number", "submitted_at", "percent", "passed", "late",
            "quiz__lesson__slug", "quiz__lesson__title", "quiz__lesson__course__slug", "quiz__lesson__course__title",
        )
        .order_by("-submitted_at", "-pk")[:limit]
    )
    points = []
    for attempt in reversed(attempts):
        lesson = attempt.quiz.lesson
        points.append(
            ScorePoint(
                submitted_at=attempt.submitted_at,
                lesson_title=lesson.title,
                course_title=lesson.course.title,
                percent=attempt.percent or 0.0,
                passed=bool(attempt.passed),
                late=attempt.late,
                url=reverse("quizzes:attempt_results", args=[lesson.course.slug, lesson.slug, attempt.number]),
            )
        )
    return points


def weak_sections(*, user, limit: int = WEAK_SECTIONS_SHOWN) -> list[WeakSection]:
    """The sections whose questions the learner missed most, with links back to them (1 query).

    A question scored below full marks counts as missed; sections are ranked
    by points lost, then by how often their questions were missed.
    """
    rows = (
        Response.objects.filter(attempt__user=user, attempt__submitted_at__isnull=False)
        .annotate(anchor=KT("snapshot__source_anchor"), heading=KT("snapshot__source_heading"))
        .values(
            "attempt__quiz__lesson__slug",
            "attempt__quiz__lesson__title",
            "attempt__quiz__lesson__course__slug",
            "anchor",
            "heading",
        )
        .annotate(
            missed=Count("pk", filter=Q(score__lt=F("max_score"))),
            asked=Count("pk"),
            lost=Sum(F("max_score") - F("score")),
        )
        .filter(missed__gt=0)
        .order_by("-lost", "-missed", "attempt__quiz__lesson__title", "heading")[:limit]
    )
    sections = []
    for row in rows:
        url = reverse(
            "learning:lesson_detail",
            kwargs={"course_slug": row["attempt__quiz__lesson__course__slug"], "slug": row["attempt__quiz__lesson__slug"]},
        )
        sections.append(
            WeakSection(
                lesson_title=row["attempt__quiz__lesson__title"],
                heading=row["heading"] or "",
                url=f"{url}#{row['anchor']}" if row["anchor"] else url,
                missed=row["missed"],
                asked=row["asked"],
            )
        )
    return sections


def _continue_at(outlines: list[CourseOutline], open_attempts: list[Attempt]) -> NextStep | None:
    """The most recent thing the learner was doing, or the next lesson after it."""
    latest_row, latest_outline = None, None
    for outline in outlines:
        for row in outline.rows:
            if row.last_active_at and (latest_row is None or row.last_active_at > latest_row.last_active_at):
                latest_row, latest_outline = row, outline
    if open_attempts:
        attempt = max(open_attempts, key=lambda a: a.started_at)
        if latest_row is None or attempt.started_at >= latest_row.last_active_at:
            lesson = attempt.quiz.lesson
            return NextStep(f"Resume the quiz: {lesson.title}", attempt.quiz.get_absolute_url(), lesson)
    if latest_row is None:
        outline = next((o for o in outlines if o.next_lesson), None)
        if outline is None:
            return None
        latest_row, latest_outline = outline.next_row, outline
    if latest_row.status == LessonStatus.READ:
        return NextStep(f"Take the quiz: {latest_row.lesson.title}", latest_row.quiz_url, latest_row.lesson)
    if not latest_row.is_complete:
        return NextStep(f"Continue reading: {latest_row.lesson.title}", latest_row.lesson.get_absolute_url(), latest_row.lesson)
    following = latest_outline.next_row or next((o.next_row for o in outlines if o.next_row), None)
    if following is None:
        return None
    return NextStep(f"Next lesson: {following.lesson.title}", following.lesson.get_absolute_url(), following.lesson)


START_HERE_COURSES = 6


def first_lessons(*, user, limit: int = START_HERE_COURSES) -> list[Lesson]:
    """The first lesson of each course ``user`` may open, by course title (2 queries)."""
    first = Lesson.objects.filter(course=OuterRef("pk")).order_by("position", "id").values("pk")[:1]
    ids = list(Course.objects.visible_to(user).annotate(first=Subquery(first)).filter(first__isnull=False)
               .order_by("title").values_list("first", flat=True)[:limit])
    lessons = Lesson.objects.filter(pk__in=ids).select_related("course").only(
        "slug", "title", "reading_minutes", "course__slug", "course__title")
    return sorted(lessons, key=lambda lesson: lesson.course.title)


def learner_dashboard(*, user, now: datetime | None = None) -> Dashboard:
    """Everything the dashboard shows for ``user``: 2 queries from the cache, else 8 or 9.

    Cached under the learner's version token (which any change of their own
    records replaces) and the content versions of the courses they may see,
    until time alone would change it (``Dashboard.valid_until``).
    """
    now = now or timezone.now()
    courses = visible_course_versions(user)
    key = learner_key(user, "dashboard", hashlib.sha256(repr(courses).encode()).hexdigest()[:32])
    board = cache.get(key)
    if board is None or now >= board.valid_until:
        board = replace(_learner_dashboard(user=user, now=now), key=key)
        cache.set(key, board, TIMEOUT)
    return board


def _learner_dashboard(*, user, now: datetime) -> Dashboard:
    # Two small subqueries of the learner's own rows, not a join of every lesson's progress and attempts.
    read = LessonProgress.objects.filter(user=user).values("lesson__course_id")
    tried = Attempt.objects.filter(user=user).values("quiz__lesson__course_id")
    started = Course.objects.visible_to(user).filter(Q(pk__in=read) | Q(pk__in=tried)).order_by("title")
    outlines = _outlines(list(started), user=user)
    open_attempts = list(
        Attempt.objects.filter(user=user, submitted_at__isnull=True)
        .select_related("quiz__lesson__course")
        .defer("layout", "saved_answers")
    )
    cards = flashcard_courses(user=user, now=now)
    return Dashboard(
        outlines=outlines,
        continue_at=_continue_at(outlines, open_attempts),
        open_attempts=open_attempts,
        weak_sections=weak_sections(user=user),
        scores=score_history(user=user),
        flashcards_due=sum(row.due for row in cards),
        flashcards_new_today=sum(row.new_today for row in cards),
        start_here=[] if outlines or open_attempts else first_lessons(user=user),
        valid_until=min([day_start(now) + timedelta(days=1), *(row.next_due for row in cards if row.next_due)]),
    )
