"""The gradebook and the results CSV: figures from the database, pages of bounded cost."""

import csv
import io
from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.services import roles_ensure
from authoring import reports
from learning.services import lesson_progress_complete, lesson_progress_open
from quizzes import services as quiz_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(make_user):
    user = make_user("teacher")
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def course(make_course, make_lesson, make_quiz, teacher):
    course = make_course(title="Astronomy")
    course.instructors.add(teacher)
    first = make_lesson(course, slug="planets", position=0)
    make_quiz(first)
    make_lesson(course, slug="stars", position=1)
    return course


def take(quiz, user, quiz_answers, *, correct):
    attempt = quiz_services.attempt_start(quiz=quiz, user=user)
    return quiz_services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt, correct=correct))


def test_the_gradebook_shows_status_best_score_and_attempts(client, teacher, course, make_user, quiz_answers):
    ada, bob, _idle = make_user("ada"), make_user("bob"), make_user("idle")
    planets, stars = course.lessons.order_by("position")
    lesson_progress_complete(user=ada, lesson=planets)
    take(planets.quiz, ada, quiz_answers, correct=False)
    take(planets.quiz, ada, quiz_answers, correct=True)
    lesson_progress_open(user=bob, lesson=stars)
    client.force_login(teacher)
    html = client.get(reverse("authoring:gradebook", args=[course.slug])).text
    assert "ada" in html and "bob" in html and "idle" not in html  # only learners with activity
    assert "best 100% (2 attempts)" in html and "Completed" in html
    assert "Reading" in html and "Not started" in html


def test_the_gradebook_sorts_and_its_queries_do_not_grow(client, teacher, course, make_user):
    planets = course.lessons.get(slug="planets")
    client.force_login(teacher)
    url = reverse("authoring:gradebook", args=[course.slug])

    def queries():
        cache.clear()  # count the queries of a cold cache, each time
        with CaptureQueriesContext(connection) as captured:
            html = client.get(url, {"sort": "-name"}).text
        return len(captured), html

    for n in range(3):
        lesson_progress_open(user=make_user(f"learner{n:02}"), lesson=planets)
    few, _ = queries()
    for n in range(3, 30):
        lesson_progress_open(user=make_user(f"learner{n:02}"), lesson=planets)
    many, html = queries()
    assert few == many <= 14
    assert html.index("learner29") < html.index("learner00")


def test_gradebook_and_results_csv(client, teacher, course, make_user, quiz_answers):
    ada = make_user("ada")
    planets = course.lessons.get(slug="planets")
    take(planets.quiz, ada, quiz_answers, correct=True)
    client.force_login(teacher)
    response = client.get(reverse("authoring:gradebook_csv", args=[course.slug]))
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:5] == ["learner", "lessons read", f"{planets.title}: status", f"{planets.title}: best %",
                           f"{planets.title}: attempts"]
    assert rows[1][0] == "ada" and "100.0" in rows[1]
    results = client.get(reverse("authoring:results_csv", args=[course.slug]))
    lines = list(csv.reader(io.StringIO(b"".join(results.streaming_content).decode())))
    assert lines[0][0] == "learner" and lines[1][:3] == ["ada", planets.title, "1"] and lines[1][7] == "100.0"


def test_reports_belong_to_the_course_instructors(client, course, student):
    client.force_login(student)
    for name in ("authoring:gradebook", "authoring:gradebook_csv", "authoring:results_csv"):
        assert client.get(reverse(name, args=[course.slug])).status_code == HTTPStatus.FORBIDDEN


def test_point_biserial_matches_a_hand_computed_example():
    # x = [1, 1, 0, 0] (item right or wrong), y = [3, 2, 1, 2] (rest of the attempt):
    # cov = 1, var x = 1, var y = 2 (sums of squared deviations), so r = 1 / sqrt(2).
    r = reports.point_biserial(n=4, sx=2, sy=8, sxy=5, sxx=2, syy=18)
    assert r == pytest.approx(2 ** -0.5)
    assert reports.point_biserial(n=1, sx=1, sy=1, sxy=1, sxx=1, syy=1) is None
    assert reports.point_biserial(n=3, sx=3, sy=3, sxy=3, sxx=3, syy=5) is None  # everyone right: undefined


def test_item_analysis_counts_options_and_flags_questions(client, teacher, make_quiz, make_user, quiz_answers):
    quiz = make_quiz(types=["single", "true_false"])
    quiz.lesson.course.instructors.add(teacher)
    for n in range(4):
        take(quiz, make_user(f"l{n}"), quiz_answers, correct=n < 3)  # three right, one wrong
    stats = {s.question.type: s for s in reports.item_analysis(quiz=quiz)}
    single = stats["single"]
    assert single.attempts == 4 and single.facility == pytest.approx(0.75)
    counts = dict(single.options)
    assert counts.pop("Jupiter") == 3 and sorted(counts.values()) == [0, 0, 1]  # the wrong learner chose one
    assert len([flag for flag in single.flags if flag.startswith("nobody chose")]) == 2
    assert single.discrimination == pytest.approx(1.0)  # the wrong learner also failed the other question
    client.force_login(teacher)
    html = client.get(reverse("authoring:item_analysis", args=[quiz.lesson.course.slug, quiz.lesson.slug])).text
    assert "0.75" in html and "nobody chose" in html


def test_the_funnel_counts_learners_per_step(client, teacher, course, make_user, quiz_answers):
    planets = course.lessons.get(slug="planets")
    ada, bob, cid = make_user("ada"), make_user("bob"), make_user("cid")
    lesson_progress_complete(user=ada, lesson=planets)
    take(planets.quiz, ada, quiz_answers, correct=True)
    take(planets.quiz, ada, quiz_answers, correct=True)  # twice: still one learner
    lesson_progress_open(user=bob, lesson=planets)
    take(planets.quiz, bob, quiz_answers, correct=False)
    lesson_progress_open(user=cid, lesson=planets)
    rows = {row.lesson.slug: row for row in reports.course_funnel(course=course)}
    assert (rows["planets"].opened, rows["planets"].read, rows["planets"].attempted, rows["planets"].passed) == (3, 1, 2, 1)
    assert (rows["stars"].opened, rows["stars"].passed) == (0, 0)
    client.force_login(teacher)
    html = client.get(reverse("authoring:course_funnel", args=[course.slug])).text
    assert "<td>3</td><td>1</td><td>2</td><td>1</td>" in html
    chart = client.get(reverse("authoring:course_funnel_chart", args=[course.slug]))
    assert chart["Content-Type"] == "image/svg+xml" and b"<script" not in chart.content


def test_the_learner_record_shows_progress_and_answers(client, teacher, course, make_user, quiz_answers, student):
    ada = make_user("ada")
    planets = course.lessons.get(slug="planets")
    lesson_progress_complete(user=ada, lesson=planets)
    take(planets.quiz, ada, quiz_answers, correct=True)
    client.force_login(teacher)
    html = client.get(reverse("authoring:learner_record", args=[course.slug, "ada"])).text
    assert "marked as read" in html and "Attempt 1: 100%" in html and "Which planet is the largest?" in html
    assert client.get(reverse("authoring:learner_record", args=[course.slug, student.username])).status_code == 404


def test_flagged_questions_are_counted_at_home_and_listed_for_review(client, teacher, make_quiz, make_user,
                                                                     quiz_answers):
    quiz = make_quiz(types=["single", "true_false"])
    course = quiz.lesson.course
    course.instructors.add(teacher)
    for n in range(4):
        take(quiz, make_user(f"l{n}"), quiz_answers, correct=n < 3)
    flagged = reports.flagged_questions(courses=[course])
    assert {s.question.type for s in flagged} >= {"single"}  # options nobody chose
    client.force_login(teacher)
    home = client.get(reverse("authoring:home")).text
    assert f"<strong>{len(flagged)}</strong> flagged by learners" in home
    queue = client.get(reverse("authoring:review_queue", args=[course.slug]), {"flagged": "1"}).text
    assert "Questions flagged by learners" in queue and "Which planet is the largest?" in queue
    assert "nobody chose" in queue and "(published)" in queue


def test_flagged_counts_are_cached_for_the_home_page(teacher, make_quiz, make_user, quiz_answers,
                                                      django_assert_num_queries):
    quiz = make_quiz(types=["single"])
    course = quiz.lesson.course
    for n in range(3):
        take(quiz, make_user(f"l{n}"), quiz_answers, correct=True)
    first = reports.flagged_counts(courses=[course])
    assert first == {course.pk: len(reports.flagged_questions(courses=[course]))} and first[course.pk] >= 1
    with django_assert_num_queries(0):
        assert reports.flagged_counts(courses=[course]) == first


def test_the_gradebook_filters_learners_by_status(client, teacher, course, make_user):
    planets, stars = course.lessons.order_by("position")
    done, reading = make_user("done"), make_user("reading")
    lesson_progress_complete(user=done, lesson=planets)
    lesson_progress_complete(user=done, lesson=stars)
    lesson_progress_complete(user=reading, lesson=planets)
    client.force_login(teacher)
    url = reverse("authoring:gradebook", args=[course.slug])
    finished = client.get(url, {"status": "all_read"}).text
    assert ">done</a>" in finished and ">reading</a>" not in finished
    ongoing = client.get(url, {"status": "in_progress"}).text
    assert ">reading</a>" in ongoing and ">done</a>" not in ongoing


def test_gradebook_pages_keep_the_sort_and_filter(client, teacher, course, make_user):
    planets = course.lessons.get(slug="planets")
    for n in range(55):
        lesson_progress_open(user=make_user(f"p{n:02}"), lesson=planets)
    client.force_login(teacher)
    html = client.get(reverse("authoring:gradebook", args=[course.slug]), {"sort": "-name", "status": "in_progress"}).text
    assert 'href="?sort=-name&amp;status=in_progress&amp;page=2"' in html
