"""Reads for the instructor workspace, each built to a fixed number of queries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, Max, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from accounts.services import user_is_instructor
from courses.models import Course, Lesson
from quizzes.models import Question

from .models import ReviewDecision


def instructor_courses(*, user):
    """The courses ``user`` teaches (every course for an admin), with lessons, drafts and last activity (2 queries)."""
    drafts = (
        Question.objects.filter(quiz__lesson__course=OuterRef("pk"), status=Question.Status.DRAFT)
        .values("quiz__lesson__course")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    last_decision = ReviewDecision.objects.filter(lesson__course=OuterRef("pk")).values("decided_at")[:1]
    return (
        Course.objects.taught_by(user)
        .prefetch_related(Prefetch("lessons", queryset=Lesson.objects.only("id", "slug", "title", "position", "course_id")))
        .annotate(
            lesson_count=Count("lessons", distinct=True),
            draft_count=Coalesce(Subquery(drafts, output_field=IntegerField()), Value(0)),
            last_edit=Max("lessons__updated_at"),
            last_review=Subquery(last_decision),
        )
        .order_by("title")
    )


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
