"""Writes for learners' progress: opening a lesson, marking it read."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from courses.caching import learner_changed
from courses.models import Lesson

from .models import LessonProgress

# Reading a lesson again within this time writes nothing: "last opened" is kept to this precision.
LAST_OPENED_PRECISION = timedelta(minutes=5)


def lesson_progress_open(*, user, lesson: Lesson, known: LessonProgress | None = None) -> LessonProgress:
    """Record that ``user`` opened ``lesson`` now (a plain re-read writes at most once per few minutes).

    ``known`` is the progress as the caller last read it (from the learner's cache): when it was opened
    within the last few minutes, nothing is read or written.
    """
    now = timezone.now()
    if known is not None and now - known.last_opened_at < LAST_OPENED_PRECISION:
        return known
    progress, created = LessonProgress.objects.get_or_create(
        user=user, lesson=lesson, defaults={"first_opened_at": now, "last_opened_at": now}
    )
    if not created and now - progress.last_opened_at >= LAST_OPENED_PRECISION:
        LessonProgress.objects.filter(pk=progress.pk).update(last_opened_at=now)
        learner_changed(user.pk)
        progress.last_opened_at = now
    return progress


def lesson_progress_complete(*, user, lesson: Lesson) -> LessonProgress:
    """Mark ``lesson`` as read by ``user`` (idempotent: the first completion time is kept)."""
    with transaction.atomic():
        progress = lesson_progress_open(user=user, lesson=lesson)
        if progress.completed_at is None:
            progress.completed_at = timezone.now()
            LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
                completed_at=progress.completed_at
            )
            learner_changed(user.pk)
    return progress
