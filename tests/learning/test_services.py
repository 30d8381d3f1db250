"""Recording learners' progress through the service layer."""

import pytest

from learning.models import LessonProgress
from learning.services import lesson_progress_complete, lesson_progress_open

pytestmark = pytest.mark.django_db


def test_progress_open_then_complete_is_idempotent(make_lesson, student):
    lesson = make_lesson()
    first = lesson_progress_open(user=student, lesson=lesson)
    assert first.completed_at is None
    done = lesson_progress_complete(user=student, lesson=lesson)
    again = lesson_progress_complete(user=student, lesson=lesson)
    stored = LessonProgress.objects.get(user=student, lesson=lesson)
    assert stored.completed_at == done.completed_at == again.completed_at
    assert stored.first_opened_at == first.first_opened_at
    assert stored.last_opened_at >= stored.first_opened_at
    assert LessonProgress.objects.count() == 1
