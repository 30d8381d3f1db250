"""Reads for the course catalogue, and finding a course or lesson a user may open."""

from __future__ import annotations

from django.db import connection
from django.http import Http404
from django.shortcuts import get_object_or_404

from .caching import cached, content_key, remember_learner_token
from .models import Course, LearnerVersion, Lesson
from .plainsql import select_one


def course_list():
    return Course.objects.published().with_lesson_counts().order_by("title")


def _visible(obj, course: Course, user):
    # One simple query by slug, then the visibility rule in Python: cheaper to compile and run than
    # filtering by ``visible_to``'s subquery on every page.
    if not course.is_visible_to(user):
        raise Http404("No such course.")
    return obj


def _token_sql() -> str:
    return f"(SELECT v.token FROM {LearnerVersion._meta.db_table} v WHERE v.user_id = %s)"


def _visible_versions_sql(superuser: bool) -> str:
    taught = Course.instructors.through._meta
    pk = Course._meta.pk.column
    return (
        f"SELECT c.{pk}, c.content_version, {_token_sql()} FROM {Course._meta.db_table} c"
        + ("" if superuser else
           f" WHERE c.published OR c.{pk} IN (SELECT t.{taught.get_field('course').column} FROM {taught.db_table} t"
           f" WHERE t.{taught.get_field('user').column} = %s)")
        + f" ORDER BY c.{pk}"
    )


def visible_course_versions(user) -> list[tuple[int, int]]:
    """``(pk, content_version)`` of each course the signed-in ``user`` may see (``Course.objects.visible_to``),
    by pk, with their learner token read in the same query and remembered for the request.

    Plain SQL, like :func:`course_for`: pages need it on every request, and the ORM's query costs more to
    build than to run (``bench/pagecost.py``).
    """
    params = [user.pk] if user.is_superuser else [user.pk, user.pk]
    with connection.cursor() as cursor:
        cursor.execute(_visible_versions_sql(user.is_superuser), params)
        rows = cursor.fetchall()
    if rows:
        remember_learner_token(user.pk, rows[0][2])
    return [(pk, version) for pk, version, _ in rows]


def course_for(*, slug: str, user) -> Course:
    """The course ``slug`` if ``user`` may see it, else 404; ``user``'s learner token is read in the same query
    (1 plain query: see :func:`visible_course_versions`)."""
    signed_in = user.is_authenticated
    found = select_one(
        Course, f"FROM {Course._meta.db_table} c WHERE c.slug = %s", [user.pk, slug] if signed_in else [slug],
        alias="c", extra=(_token_sql(),) if signed_in else (),
    )
    if found is None:
        raise Http404("No such course.")
    course, extra = found
    if signed_in:
        remember_learner_token(user.pk, extra[0])
    return _visible(course, course, user)


def course_lesson_cached(*, course_slug: str, slug: str, user, name: str, compute):
    """The course ``course_slug`` (1 query, with the learner's token) and ``compute(course)`` for its lesson
    ``slug``, cached as ``name`` under the course's content version; 404 when ``compute`` finds no lesson
    (returns None, which is not kept)."""
    course = course_for(slug=course_slug, user=user)
    found = cached(content_key(course, name, slug), lambda: compute(course))
    if found is None:
        raise Http404("No such lesson.")
    return course, found


def lesson_for(*, course_slug: str, slug: str, user, queryset=None) -> Lesson:
    """The lesson ``slug`` of course ``course_slug`` (its course loaded) if ``user`` may see it, else 404."""
    queryset = queryset if queryset is not None else Lesson.objects.all()
    lesson = get_object_or_404(queryset.select_related("course"), course__slug=course_slug, slug=slug)
    return _visible(lesson, lesson.course, user)
