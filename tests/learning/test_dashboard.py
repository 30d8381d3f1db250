"""The learner dashboard, lesson statuses and course progress with quizzes."""

from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from glossary.models import GlossaryTerm
from glossary.services import flashcards_introduce
from learning import selectors
from learning.selectors import LessonStatus
from learning.services import lesson_progress_complete, lesson_progress_open
from quizzes import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(make_course, make_lesson, make_quiz):
    """Three lessons: the first two with a quiz, the third without."""
    course = make_course(title="Astronomy")
    for n in range(3):
        lesson = make_lesson(course, slug=f"part-{n}", position=n)
        if n < 2:
            make_quiz(lesson)
    return course


def take(quiz, user, answers, *, correct=True):
    attempt = services.attempt_start(quiz=quiz, user=user)
    return services.attempt_submit(attempt=attempt, answers=answers(attempt, correct=correct))


def lessons(course):
    return list(course.lessons.order_by("position"))


def test_dashboard_needs_login_and_is_the_first_page_after_it(client, make_user):
    assert client.get(reverse("learning:dashboard")).url.startswith(reverse("login"))
    make_user("ada", password="pw-for-ada-123")
    response = client.post(reverse("login"), {"username": "ada", "password": "pw-for-ada-123"})
    assert response.url == reverse("learning:dashboard")


def test_new_learner_sees_where_to_begin(client, student, course):
    client.force_login(student)
    response = client.get(reverse("learning:dashboard"))
    assert response.status_code == HTTPStatus.OK
    text = response.text
    assert "Start here" in text and "a short quiz" in text and "flashcards" in text
    first = lessons(course)[0]
    assert f'href="{first.get_absolute_url()}">Start: {first.title}</a>' in text
    lesson_progress_open(user=student, lesson=first)
    assert "Start here" not in client.get(reverse("learning:dashboard")).text  # gone once a lesson is opened
    assert 'href="/dashboard/"' in client.get("/").text  # the navigation links to it


@pytest.mark.parametrize(
    ("opened", "read", "has_quiz", "passed", "required", "expected"),
    [
        (False, False, True, False, True, LessonStatus.NOT_STARTED),
        (True, False, True, False, True, LessonStatus.READING),
        (True, True, True, False, True, LessonStatus.READ),
        (True, False, True, True, True, LessonStatus.QUIZ_PASSED),
        (True, True, True, True, True, LessonStatus.COMPLETED),
        (True, True, False, False, True, LessonStatus.COMPLETED),  # no quiz: reading is enough
        (True, True, True, False, False, LessonStatus.COMPLETED),  # the course makes quizzes optional
    ],
)
def test_lesson_status_rules(opened, read, has_quiz, passed, required, expected):
    assert (
        LessonStatus.of(opened=opened, read=read, has_quiz=has_quiz, quiz_passed=passed, quiz_required=required)
        == expected
    )


def test_course_outline_statuses_and_mastery(student, course, quiz_answers):
    first, second, third = lessons(course)
    lesson_progress_complete(user=student, lesson=first)
    take(first.quiz, student, quiz_answers, correct=False)
    take(second.quiz, student, quiz_answers)
    outline = selectors.course_outline(slug=course.slug, user=student)
    assert [row.status for row in outline.rows] == [LessonStatus.READ, LessonStatus.QUIZ_PASSED, LessonStatus.NOT_STARTED]
    assert [row.best_percent for row in outline.rows] == [0.0, 100.0, None]
    assert outline.percent_complete == 0

    take(first.quiz, student, quiz_answers)
    lesson_progress_complete(user=student, lesson=third)
    outline = selectors.course_outline(slug=course.slug, user=student)
    assert [row.status for row in outline.rows] == [LessonStatus.COMPLETED, LessonStatus.QUIZ_PASSED, LessonStatus.COMPLETED]
    assert outline.rows[0].best_percent == 100.0 and outline.percent_complete == 67


def test_optional_quizzes(student, course):
    course.quiz_required = False
    course.save()
    lesson_progress_complete(user=student, lesson=lessons(course)[0])
    outline = selectors.course_outline(slug=course.slug, user=student)
    assert outline.rows[0].status == LessonStatus.COMPLETED and outline.percent_complete == 33


def test_course_page_shows_status_mastery_and_quiz_links(client, student, course, quiz_answers):
    first = lessons(course)[0]
    take(first.quiz, student, quiz_answers)
    client.force_login(student)
    html = client.get(course.get_absolute_url()).text
    assert "Quiz passed, to mark as read" in html and "best score 100%" in html
    assert f'href="{first.quiz.get_absolute_url()}"' in html
    assert "A lesson is complete once you have read it and passed its quiz" in html
    client.logout()
    assert "A lesson is complete once you have read it and passed its quiz" in client.get(course.get_absolute_url()).text


def test_dashboard_shows_progress_continue_weak_sections_and_scores(client, student, course, quiz_answers):
    first, second, _ = lessons(course)
    lesson_progress_complete(user=student, lesson=first)
    attempt = services.attempt_start(quiz=first.quiz, user=student)
    answers = quiz_answers(attempt)
    answers[1] = []  # miss the question about the first part
    answers[4] = [None, None, None]  # and the matching one, about the second part
    services.attempt_submit(attempt=attempt, answers=answers)
    lesson_progress_open(user=student, lesson=second)

    client.force_login(student)
    html = client.get(reverse("learning:dashboard")).text
    assert "Continue reading: " + second.title in html
    assert "Astronomy" in html and "0 of 3 lessons complete" in html
    assert "Read, quiz to pass" in html and "Reading" in html and "Not started" in html
    assert "60%" in html  # mastery of the first lesson
    first_url = first.get_absolute_url()
    assert f'href="{first_url}#first-part"' in html and f'href="{first_url}#second-part"' in html
    assert "1 of 2 answers missed" in html and "1 of 3 answers missed" in html
    assert 'src="/dashboard/scores.svg"' in html and "Quiz scores, oldest first" in html


def test_continue_prefers_a_quiz_in_progress(client, student, course):
    first, second, _ = lessons(course)
    lesson_progress_open(user=student, lesson=first)
    services.attempt_start(quiz=second.quiz, user=student)
    client.force_login(student)
    html = client.get(reverse("learning:dashboard")).text
    assert "Resume the quiz: " + second.title in html


def test_continue_offers_the_quiz_after_reading(client, student, course):
    first = lessons(course)[0]
    lesson_progress_complete(user=student, lesson=first)
    board = selectors.learner_dashboard(user=student)
    assert board.continue_at.label == "Take the quiz: " + first.title
    assert board.continue_at.url == first.quiz.get_absolute_url()


def test_dashboard_updates_when_a_quiz_is_passed(client, student, course, quiz_answers):
    first = lessons(course)[0]
    lesson_progress_complete(user=student, lesson=first)
    take(first.quiz, student, quiz_answers, correct=False)
    board = selectors.learner_dashboard(user=student)
    assert board.outlines[0].rows[0].status == LessonStatus.READ
    take(first.quiz, student, quiz_answers)
    board = selectors.learner_dashboard(user=student)
    assert board.outlines[0].rows[0].status == LessonStatus.COMPLETED
    assert [p.percent for p in board.scores] == [0.0, 100.0]
    assert board.continue_at.lesson.slug == "part-1"


def test_dashboard_counts_new_cards_then_cards_due_now(client, student, course):
    lesson_progress_open(user=student, lesson=lessons(course)[0])
    client.force_login(student)
    assert "No cards due now." in client.get(reverse("learning:dashboard")).text
    for word in ("orbit", "comet", "nebula"):
        GlossaryTerm.objects.create(course=course, slug=word, term=word, key=word, definition=f"A {word} is a thing.")
    html = client.get(reverse("learning:dashboard")).text
    assert "<strong>3</strong> new cards to learn today." in html  # before any study: new, not due
    flashcards_introduce(user=student, course=course)
    html = client.get(reverse("learning:dashboard")).text
    assert "<strong>3</strong> cards due now." in html
    assert f'href="{reverse("glossary:overview")}"' in html


def test_scores_chart_is_an_svg_without_scripts(client, student, course, quiz_answers):
    take(lessons(course)[0].quiz, student, quiz_answers)
    client.force_login(student)
    response = client.get(reverse("learning:dashboard_scores_chart"))
    assert response.status_code == HTTPStatus.OK and response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.startswith("<svg") and "<script" not in svg and "Quiz scores over time" in svg
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert client.get(reverse("learning:dashboard_scores_chart")).status_code == HTTPStatus.OK  # empty state too
    client.logout()
    assert client.get(reverse("learning:dashboard_scores_chart")).status_code == HTTPStatus.FOUND


def test_other_learners_are_not_on_my_dashboard(client, student, make_user, course, quiz_answers):
    take(lessons(course)[0].quiz, make_user(), quiz_answers, correct=False)
    client.force_login(student)
    html = client.get(reverse("learning:dashboard")).text
    assert "Courses you start will appear here" in html and "Quiz scores, oldest first" not in html


def test_dashboard_query_count_does_not_grow_with_attempts(client, student, make_course, make_lesson, make_quiz, quiz_answers):
    courses = []
    for n in range(2):
        course = make_course(title=f"Course {n}")
        for m in range(3):
            make_quiz(make_lesson(course, position=m))
        courses.append(course)
    client.force_login(student)

    def count(url):
        cache.clear()  # count the queries of a cold cache, each time
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == HTTPStatus.OK
        return len(queries)

    def play(times):
        for course in courses:
            for lesson in course.lessons.all():
                lesson_progress_open(user=student, lesson=lesson)
                for i in range(times):
                    take(lesson.quiz, student, quiz_answers, correct=i % 2 == 1)

    play(1)
    few = (count(reverse("learning:dashboard")), count(reverse("learning:dashboard_scores_chart")))
    play(6)
    services.attempt_start(quiz=courses[0].lessons.first().quiz, user=student)
    many = (count(reverse("learning:dashboard")), count(reverse("learning:dashboard_scores_chart")))
    assert few == many
    # Cold cache: session, user, the navigation's badge and role; the visible courses' versions and the
    # learner's token (the cache key); started courses, their lessons, progress, attempts, open attempts,
    # flashcards (courses, term counts, cards), weak sections, scores
    assert many[0] <= 16 and many[1] <= 4
    print(f"queries: dashboard {many[0]}, chart {many[1]}")


# --- The dashboard's cache (issue 12) -----------------------------------------


def test_a_warm_dashboard_costs_one_query_beyond_the_session(client, student, course, quiz_answers):
    lesson_progress_complete(user=student, lesson=lessons(course)[0])
    take(lessons(course)[0].quiz, student, quiz_answers)
    client.force_login(student)
    client.get(reverse("learning:dashboard"))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("learning:dashboard")).status_code == HTTPStatus.OK
    # session, user; the visible courses' versions with the learner's token (the key); nothing else
    assert len(queries) == 3, [q["sql"] for q in queries]
    assert "courses_learnerversion" in queries[2]["sql"]


def test_each_change_of_the_learners_records_shows_at_once(student, course, quiz_answers, make_term):
    first, second = lessons(course)[:2]
    make_term(course, "Orbit", lesson=first)
    assert selectors.learner_dashboard(user=student).start_here  # warm: a new learner
    lesson_progress_open(user=student, lesson=first)
    board = selectors.learner_dashboard(user=student)
    assert not board.start_here and board.continue_at.lesson == first
    lesson_progress_complete(user=student, lesson=first)
    assert selectors.learner_dashboard(user=student).continue_at.label == "Take the quiz: " + first.title
    take(first.quiz, student, quiz_answers)
    assert [p.percent for p in selectors.learner_dashboard(user=student).scores] == [100.0]
    attempt = services.attempt_start(quiz=second.quiz, user=student)
    assert selectors.learner_dashboard(user=student).open_attempts == [attempt]
    assert selectors.learner_dashboard(user=student).flashcards_new_today == 1
    flashcards_introduce(user=student, course=course)
    board = selectors.learner_dashboard(user=student)
    assert (board.flashcards_new_today, board.flashcards_due) == (0, 1)


def test_another_servers_change_is_seen_through_the_token_alone(student, course):
    """Another server wrote the learner's rows (not this server's cache): the new token is a new key."""
    from courses.caching import learner_changed
    from learning.models import LessonProgress

    first = lessons(course)[0]
    lesson_progress_open(user=student, lesson=first)
    assert selectors.learner_dashboard(user=student).outlines[0].rows[0].status == LessonStatus.READING
    LessonProgress.objects.filter(user=student).update(completed_at=first.created_at)
    assert selectors.learner_dashboard(user=student).outlines[0].rows[0].status == LessonStatus.READING  # cached
    learner_changed(student.pk)  # what the other server's service did
    assert selectors.learner_dashboard(user=student).outlines[0].rows[0].status == LessonStatus.READ


def test_autosaved_answers_keep_the_token_and_a_submission_replaces_it(student, course, quiz_answers):
    from courses.caching import learner_token

    attempt = services.attempt_start(quiz=lessons(course)[0].quiz, user=student)
    before = learner_token(student)
    services.attempt_save_answers(attempt=attempt, answers=quiz_answers(attempt))
    assert learner_token(student) == before
    services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))
    assert learner_token(student) != before


def test_the_dashboard_changes_when_a_card_falls_due_without_any_write(student, course, make_term):
    from datetime import timedelta

    from glossary.services import flashcard_review

    make_term(course, "Orbit")
    flashcards_introduce(user=student, course=course)
    card = student.flashcards.get()
    card = flashcard_review(flashcard=card, rating=3)
    board = selectors.learner_dashboard(user=student)
    assert board.flashcards_due == 0 and board.valid_until <= card.due
    later = selectors.learner_dashboard(user=student, now=card.due + timedelta(seconds=1))
    assert later.flashcards_due == 1


def test_the_course_page_shows_the_learners_changes_at_once(client, student, course, quiz_answers):
    first = lessons(course)[0]
    client.force_login(student)
    assert "Not started" in client.get(course.get_absolute_url()).text  # warm
    lesson_progress_complete(user=student, lesson=first)
    html = client.get(course.get_absolute_url()).text
    assert "Read, quiz to pass" in html
    take(first.quiz, student, quiz_answers)
    assert "best score 100%" in client.get(course.get_absolute_url()).text
    with CaptureQueriesContext(connection) as queries:
        client.get(course.get_absolute_url())
    assert len(queries) == 3, [q["sql"] for q in queries]  # session, user, the course with the learner's token
