"""Cached pages show every edit at once: each change to a course's content bumps its version, the cache key.

The suite runs with a real (local memory) cache, so these read pages warm, change content through
the services an instructor or admin uses, and read them again.
"""

import uuid
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from authoring import services as authoring
from courses.caching import LearnerTokenMiddleware, content_changed, learner_changed, learner_token
from courses.models import Course, LearnerVersion
from courses.selectors import course_for
from courses.services import lesson_move
from glossary.models import GlossaryTerm
from glossary.services import term_save
from quizzes.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client, student):
    client.force_login(student)
    return client


def version(course: Course) -> int:
    return Course.objects.get(pk=course.pk).content_version


def test_a_lesson_edit_shows_at_once(reader, course):
    lesson = course.lessons.get(slug="first")
    assert 'href="#orbits"' in reader.get(lesson.get_absolute_url()).text
    authoring.lesson_source_update(lesson=lesson, text="# First\n\nIntro.\n\n## Moons\n\nMoons orbit planets.\n")
    html = reader.get(lesson.get_absolute_url()).text
    assert 'href="#moons"' in html and 'href="#orbits"' not in html


def test_the_course_page_shows_a_renamed_lesson_at_once_to_learners_and_visitors(reader, client, course):
    lesson = course.lessons.get(slug="first")
    visitor = type(client)()
    assert ">First</a>" in reader.get(course.get_absolute_url()).text
    assert ">First</a>" in visitor.get(course.get_absolute_url()).text
    authoring.lesson_source_update(lesson=lesson, text="# Moons\n\nIntro.\n\n## Orbits\n\nMoons orbit planets.\n")
    for page in (reader.get(course.get_absolute_url()).text, visitor.get(course.get_absolute_url()).text):
        assert ">Moons</a>" in page and ">First</a>" not in page
    assert "Sign up" in visitor.get(course.get_absolute_url()).text  # the visitors' page, not a learner's
    assert "Sign up" not in reader.get(course.get_absolute_url()).text


def test_a_new_glossary_term_and_a_reorder_show_at_once(reader, course):
    lesson = course.lessons.get(slug="first")
    reader.get(lesson.get_absolute_url())
    term = GlossaryTerm(course=course, term="Orbit", slug="orbit", key="orbit", definition="A curved path.")
    term_save(term=term)
    assert ">Orbit</a></dt>" in reader.get(lesson.get_absolute_url()).text
    lesson_move(lesson=lesson, offset=1)
    assert "Lesson 2 of 2" in reader.get(lesson.get_absolute_url()).text


def test_publishing_or_withdrawing_questions_shows_at_once(reader, course, instructor):
    lesson = course.lessons.get(slug="first")
    assert "5 questions" in reader.get(lesson.get_absolute_url()).text
    question = Question.objects.filter(quiz__lesson=lesson).first()
    authoring.question_review(question=question, reviewer=instructor, verdict="return")
    assert "4 questions" in reader.get(lesson.get_absolute_url()).text
    course_page = reader.get(course.get_absolute_url()).text
    assert course_page.count("Quiz<span") == 1


def test_another_servers_edit_is_seen_through_the_version_alone(reader, course):
    """Another app server changes the database (and not this server's cache): the new version is a new key."""
    lesson = course.lessons.get(slug="first")
    reader.get(lesson.get_absolute_url())
    lesson.sections.filter(anchor="orbits").update(heading="Renamed on another server")
    assert "Renamed on another server" not in reader.get(lesson.get_absolute_url()).text  # still cached here
    content_changed(pk=course.pk)  # what the other server's service did in its transaction
    assert "Renamed on another server" in reader.get(lesson.get_absolute_url()).text


@pytest.mark.parametrize("change", ["lesson", "term", "term_delete", "question", "option", "course"])
def test_every_kind_of_save_bumps_the_version(course, make_term, change):
    lesson = course.lessons.get(slug="first")
    before = version(course)
    if change == "lesson":
        lesson.title = "Renamed"
        lesson.save()
    elif change == "term":
        make_term(course, "Orbit")
    elif change == "term_delete":
        term = make_term(course, "Orbit")
        before = version(course)
        term.delete()
    elif change == "question":
        Question.objects.filter(quiz__lesson=lesson).first().save()
    elif change == "option":
        Question.objects.filter(quiz__lesson=lesson).first().options.first().save()
    else:
        Course.objects.get(pk=course.pk).save()
    assert version(course) > before


def test_admin_publish_action_bumps_the_version(client, admin_user, course):
    question = Question.objects.filter(quiz__lesson__course=course).first()
    Question.objects.filter(pk=question.pk).update(status=Question.Status.DRAFT)
    before = version(course)
    client.force_login(admin_user)
    response = client.post(reverse("admin:quizzes_question_changelist"),
                           {"action": "publish", "_selected_action": [question.pk]}, follow=True)
    assert response.status_code == HTTPStatus.OK and version(course) > before


def test_the_glossary_index_shows_a_new_term_at_once_and_searches_are_answered_fresh(reader, course, make_term):
    url = reverse("glossary:index", args=[course.slug])
    assert "This course has no glossary yet." in reader.get(url).text  # warm
    term_save(term=GlossaryTerm(course=course, term="Orbit", slug="orbit", key="orbit", definition="A curved path."))
    assert ">Orbit</a>" in reader.get(url).text
    assert "No terms match “comet”." in reader.get(url, {"q": "comet"}).text
    make_term(course, "Comet")
    assert ">Comet</a>" in reader.get(url, {"q": "comet"}).text


def test_content_links_are_remembered_and_follow_the_urlconf(settings):
    from django.urls import clear_url_caches, reverse

    from courses.links import _reverse, content_url

    _reverse.cache_clear()
    url = content_url("learning:course_detail", slug="astronomy")
    assert url == reverse("learning:course_detail", kwargs={"slug": "astronomy"})
    assert content_url("learning:course_detail", slug="astronomy") is url and _reverse.cache_info().hits == 1
    settings.ROOT_URLCONF = "bench.loadsite.urls"  # another URLconf forgets what was remembered
    clear_url_caches()
    assert _reverse.cache_info().currsize == 0


# --- The learner's token, read once per request ------------------------------------------------------------


def in_request(view):
    """Run ``view()`` as a request would: inside ``LearnerTokenMiddleware``'s scope."""
    return LearnerTokenMiddleware(lambda request: view())(None)


def test_a_request_reads_the_token_with_the_course_and_sees_its_own_change(student, course):
    def view():
        course_for(slug=course.slug, user=student)
        with CaptureQueriesContext(connection) as queries:
            before = learner_token(student)
        assert len(queries) == 0  # read with the course
        learner_changed(student.pk)
        with CaptureQueriesContext(connection) as queries:
            after = learner_token(student)
        assert len(queries) == 0
        return before, after

    before, after = in_request(view)
    stored = str(LearnerVersion.objects.get(user=student).token)
    assert before == "new" and after == stored  # the change this request made, not the token it first read


def test_each_request_reads_the_token_afresh(student, course):
    learner_changed(student.pk)
    first = in_request(lambda: learner_token(student))
    LearnerVersion.objects.filter(user=student).update(token=uuid.uuid4())  # another app server's write
    second = in_request(lambda: learner_token(student))
    assert first != second == str(LearnerVersion.objects.get(user=student).token)
    with CaptureQueriesContext(connection) as queries:  # outside a request nothing is remembered
        learner_token(student)
        learner_token(student)
    assert len(queries) == 2
