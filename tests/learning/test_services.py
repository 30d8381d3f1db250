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


def test_a_freshly_known_progress_costs_nothing_and_a_stale_one_is_touched(make_lesson, student,
                                                                          django_assert_num_queries):
    from datetime import timedelta

    from courses.caching import learner_token
    from learning.services import LAST_OPENED_PRECISION

    lesson = make_lesson()
    known = lesson_progress_open(user=student, lesson=lesson)
    with django_assert_num_queries(0):
        assert lesson_progress_open(user=student, lesson=lesson, known=known) is known
    token = learner_token(student)
    long_ago = known.last_opened_at - LAST_OPENED_PRECISION - timedelta(seconds=1)
    LessonProgress.objects.filter(pk=known.pk).update(first_opened_at=long_ago, last_opened_at=long_ago)
    known.last_opened_at = long_ago
    touched = lesson_progress_open(user=student, lesson=lesson, known=known)
    assert touched.last_opened_at > long_ago
    assert LessonProgress.objects.get(pk=known.pk).last_opened_at == touched.last_opened_at
    assert learner_token(student) != token  # the learner's cached pages are recomputed
