"""Reads for the instructor workspace, each built to a fixed number of queries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.shortcuts import get_object_or_404

from accounts.services import user_is_instructor
from courses.caching import cached_per_course
from courses.models import Course, Lesson
from quizzes.models import Question

from .models import ReviewDecision

# The home lists this many lessons of each course; the course's lesson page lists them all.
HOME_LESSONS = 12


def _course_stats(pks: list[int]) -> dict[int, dict]:
    """Lesson and draft counts, last edit and last review of each course, and its lessons (3 queries)."""
    stats = {pk: {"lesson_count": 0, "draft_count": 0, "last_edit": None, "last_review": None, "lessons_listed": []}
             for pk in pks}
    for lesson in Lesson.objects.filter(course_id__in=pks).only("id", "slug", "title", "position", "course_id",
                                                                 "updated_at").order_by("course_id", "position", "id"):
        row = stats[lesson.course_id]
        row["lessons_listed"].append(lesson)
        row["lesson_count"] += 1
        row["last_edit"] = max(filter(None, (row["last_edit"], lesson.updated_at)))
    drafts = (Question.objects.filter(quiz__lesson__course_id__in=pks, status=Question.Status.DRAFT)
              .values("quiz__lesson__course_id").annotate(n=Count("pk")))
    for row in drafts:
        stats[row["quiz__lesson__course_id"]]["draft_count"] = row["n"]
    reviews = ReviewDecision.objects.filter(lesson__course_id__in=pks).values("lesson__course_id").annotate(last=Max("decided_at"))
    for row in reviews:
        stats[row["lesson__course_id"]]["last_review"] = row["last"]
    return stats


def with_figures(courses: list[Course]) -> list[Course]:
    """``courses`` with their lessons, drafts and last activity, cached with each course's content."""
    stats = cached_per_course(courses, "instructor-stats", _course_stats)
    for course in courses:
        for name, value in stats[course.pk].items():
            setattr(course, name, value)
        for lesson in course.lessons_listed:
            lesson.course = course
        if course.lessons_listed:
            course.lessons_listed[0].is_first = True
            course.lessons_listed[-1].is_last = True
        course.lessons_shown = course.lessons_listed[:HOME_LESSONS]
    return courses


def instructor_courses(*, user) -> list[Course]:
    """The courses ``user`` teaches (every course for an admin), with lessons, drafts and last activity.

    One query for the courses; the rest is cached with each course's content (a question reviewed or
    published, a lesson edited, bumps it).
    """
    return with_figures(list(Course.objects.taught_by(user).order_by("title")))


def course_for_instructor(*, user, slug: str) -> Course:
    """The course ``slug`` if ``user`` may author it: 404 when it does not exist, 403 when it is not theirs."""
    course = get_object_or_404(Course, slug=slug)
    if not user_is_instructor(user) or not Course.objects.taught_by(user).filter(pk=course.pk).exists():
        raise PermissionDenied
    return course


def review_queue(*, course: Course, lesson: Lesson | None = None):
    """Questions waiting for review (drafts), in lesson and quiz order, with what a reviewer needs (2 queries)."""
    questions = (
        Question.objects.filter(quiz__lesson__course=course, status=Question.Status.DRAFT)
        .select_related("quiz__lesson")
        .prefetch_related("options")
        .order_by("quiz__lesson__position", "position", "id")
    )
    if lesson is not None:
        questions = questions.filter(quiz__lesson=lesson)
    return questions


@dataclass(frozen=True)
class SourceContext:
    """The paragraph a question comes from, split around its source sentence for highlighting."""

    before: str
    sentence: str
    after: str


_MARKDOWN_MARKS = re.compile(r"(\*\*|__|`|^#+\s+|^\s*[-*+]\s+|^\s*\d+[.)]\s+)", re.M)


def source_context(*, lesson: Lesson, sentence: str) -> SourceContext | None:
    """Find ``sentence`` in the lesson's markdown and return its paragraph, without markdown marks."""
    if not sentence:
        return None
    wanted = " ".join(sentence.split())
    for block in re.split(r"\n\s*\n", lesson.source):
        text = " ".join(_MARKDOWN_MARKS.sub("", block).split())
        at = text.find(wanted)
        if at >= 0:
            return SourceContext(text[:at], wanted, text[at + len(wanted):])
    return None


def review_decisions(*, course: Course) -> list[dict]:
    """Every review decision of the course as plain data, newest first: the labels the generators are tuned on."""
    rows = (
        ReviewDecision.objects.filter(lesson__course=course)
        .select_related("lesson", "reviewer")
        .order_by("-decided_at", "-id")
    )
    return [
        {
            "id": d.pk,
            "question_id": d.question_id,
            "lesson": d.lesson.slug,
            "rule": d.rule,
            "verdict": d.verdict,
            "reason": d.reason,
            "note": d.note,
            "reviewer": d.reviewer.username if d.reviewer else None,
            "decided_at": d.decided_at.isoformat(),
            "question": d.snapshot,
        }
        for d in rows
    ]


def queue_counts(*, course: Course) -> dict[int, int]:
    """Drafts waiting per lesson id (1 query)."""
    rows = (
        Question.objects.filter(quiz__lesson__course=course)
        .values("quiz__lesson")
        .annotate(n=Count("pk", filter=Q(status=Question.Status.DRAFT)))
    )
    return {row["quiz__lesson"]: row["n"] for row in rows}
