"""Django admin pages for learners' progress."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from learning.services import lesson_progress_complete, lesson_progress_open

pytestmark = pytest.mark.django_db


def test_progress_changelist_lists_learners_and_filters_by_completion(client, admin_user, make_lesson, student, make_user):
    lesson = make_lesson()
    lesson_progress_complete(user=student, lesson=lesson)
    lesson_progress_open(user=make_user("bob"), lesson=lesson)
    client.force_login(admin_user)
    url = reverse("admin:learning_lessonprogress_changelist")
    page = client.get(url)
    assert page.status_code == HTTPStatus.OK
    assert student.username in page.text and "bob" in page.text
    completed = client.get(url, {"completed_at__isempty": "0"}).text
    assert student.username in completed and "bob" not in completed


def test_instructor_may_view_but_not_change_progress(client, instructor, make_lesson, student):
    progress = lesson_progress_open(user=student, lesson=make_lesson())
    client.force_login(instructor)
    assert client.get(reverse("admin:learning_lessonprogress_changelist")).status_code == HTTPStatus.OK
    change = client.post(reverse("admin:learning_lessonprogress_change", args=[progress.pk]), {})
    assert change.status_code == HTTPStatus.FORBIDDEN
