"""Course reads: the courses a user may see, in plain SQL for the dashboard's key."""

import pytest

from courses.caching import LearnerTokenMiddleware, learner_changed, learner_token
from courses.models import Course
from courses.selectors import visible_course_versions

pytestmark = pytest.mark.django_db


def _orm(user):
    return list(Course.objects.visible_to(user).order_by("pk").values_list("pk", "content_version"))


def _in_request(function):
    """Run ``function`` inside the middleware's per-request scope and return what it returns."""
    result = []
    LearnerTokenMiddleware(lambda request: result.append(function()))(None)
    return result[0]


def test_the_same_courses_as_visible_to(make_course, student, instructor, admin_user):
    public = make_course(published=True)
    hidden = make_course(published=False)
    make_course(published=False)
    hidden.instructors.add(instructor)
    Course.objects.filter(pk=public.pk).update(content_version=7)
    assert visible_course_versions(student) == _orm(student) == [(public.pk, 7)]
    assert visible_course_versions(instructor) == _orm(instructor)
    assert [pk for pk, _ in _orm(instructor)] == [public.pk, hidden.pk]
    assert visible_course_versions(admin_user) == _orm(admin_user) and len(_orm(admin_user)) == 3


def test_the_learner_token_comes_with_the_courses_and_matches_the_orms(make_course, student, django_assert_num_queries):
    make_course(published=True)
    learner_changed(student.pk)
    expected = _in_request(lambda: learner_token(student))
    assert expected != "new"

    def both():
        with django_assert_num_queries(1):
            visible_course_versions(student)
            return learner_token(student)  # remembered: no second query

    assert _in_request(both) == expected
