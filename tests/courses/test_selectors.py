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


def test_course_for_finds_a_visible_course_with_the_learner_token(make_course, student, instructor, client):
    from django.contrib.auth.models import AnonymousUser
    from django.http import Http404

    from courses.selectors import course_for

    public, hidden = make_course(published=True), make_course(published=False)
    hidden.instructors.add(instructor)
    learner_changed(student.pk)
    expected = _in_request(lambda: learner_token(student))
    course, token = _in_request(lambda: (course_for(slug=public.slug, user=student), learner_token(student)))
    assert course == public and course.title == public.title and token == expected
    assert course_for(slug=public.slug, user=AnonymousUser()) == public
    assert course_for(slug=hidden.slug, user=instructor) == hidden
    for slug, user in [(hidden.slug, student), (hidden.slug, AnonymousUser()), ("no-such-course", student)]:
        with pytest.raises(Http404):
            course_for(slug=slug, user=user)
