"""Django admin pages for courses load and are useful."""

from http import HTTPStatus

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def populated(make_course, make_lesson):
    course = make_course(title="Cells")
    lesson = make_lesson(course)
    return course, lesson


@pytest.mark.parametrize(
    "name",
    ["admin:courses_course_changelist", "admin:courses_lesson_changelist",
     "admin:courses_course_add"],
)
def test_admin_pages_load_for_admin(client, admin_user, populated, name):
    client.force_login(admin_user)
    assert client.get(reverse(name)).status_code == HTTPStatus.OK


def test_admin_change_pages_show_inlines(client, admin_user, populated):
    course, lesson = populated
    client.force_login(admin_user)
    course_page = client.get(reverse("admin:courses_course_change", args=[course.pk])).text
    assert lesson.title in course_page
    lesson_page = client.get(reverse("admin:courses_lesson_change", args=[lesson.pk])).text
    assert "First part" in lesson_page and "first-part" in lesson_page


def test_admin_search_and_filter(client, admin_user, populated):
    course, lesson = populated
    client.force_login(admin_user)
    url = reverse("admin:courses_lesson_changelist")
    assert lesson.title in client.get(url, {"q": lesson.title}).text
    assert lesson.title not in client.get(url, {"q": "no-such-words"}).text
    filtered = client.get(reverse("admin:courses_lesson_changelist"), {"course__id__exact": course.pk})
    assert filtered.status_code == HTTPStatus.OK


def test_instructor_can_manage_courses_but_not_users(client, instructor, populated):
    client.force_login(instructor)
    assert client.get(reverse("admin:courses_course_changelist")).status_code == HTTPStatus.OK
    assert client.get(reverse("admin:auth_user_changelist")).status_code == HTTPStatus.FORBIDDEN


def test_student_cannot_reach_admin(client, student):
    client.force_login(student)
    response = client.get(reverse("admin:index"))
    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response.url


def test_lesson_html_is_read_only_in_admin(client, admin_user, populated):
    course, lesson = populated
    client.force_login(admin_user)
    page = client.get(reverse("admin:courses_lesson_change", args=[lesson.pk])).text
    assert 'name="linked_html"' not in page and 'name="html"' not in page
