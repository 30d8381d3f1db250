"""Quiz pages over HTTP: taking a quiz, never seeing the key, submitting once, results and limits."""

import random
import re
from datetime import timedelta
from html.parser import HTMLParser
from http import HTTPStatus
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes import selectors, services
from quizzes.models import Attempt, Question, Response

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


class Page(HTMLParser):
    """Every tag with its attributes, every comment and the page's text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_data(self, data):
        self.text.append(data)

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def urls(quiz, number=1):
    lesson = quiz.lesson
    args = [lesson.course.slug, lesson.slug]
    return {
        "quiz": reverse("quizzes:quiz_detail", args=args),
        "start": reverse("quizzes:quiz_start", args=args),
        "save": reverse("quizzes:attempt_save", args=[*args, number]),
        "submit": reverse("quizzes:attempt_submit", args=[*args, number]),
        "results": reverse("quizzes:attempt_results", args=[*args, number]),
    }


@pytest.fixture
def quiz(make_quiz):
    return make_quiz()


@pytest.fixture
def learner(client, student):
    client.force_login(student)
    return client


def start(client, quiz):
    client.post(urls(quiz)["start"])
    return Attempt.objects.get(quiz=quiz, submitted_at__isnull=True)


def test_quiz_url_matches_the_model(quiz):
    assert quiz.get_absolute_url() == urls(quiz)["quiz"] == f"/courses/{quiz.lesson.course.slug}/{quiz.lesson.slug}/quiz/"


def test_anonymous_visitors_are_sent_to_log_in(client, quiz):
    for url in (urls(quiz)["quiz"], urls(quiz)["results"]):
        response = client.get(url)
        assert response.status_code == HTTPStatus.FOUND and response.url.startswith(reverse("login"))
    assert client.post(urls(quiz)["start"]).status_code == HTTPStatus.FOUND
    assert not Attempt.objects.exists()


def test_introduction_then_start_then_the_questions(learner, quiz):
    intro = learner.get(urls(quiz)["quiz"])
    assert intro.status_code == HTTPStatus.OK
    assert "Start the quiz" in intro.text and "Pass mark" in intro.text and "70%" in intro.text
    assert not Attempt.objects.exists()  # looking is not starting
    response = learner.post(urls(quiz)["start"])
    assert response.status_code == HTTPStatus.FOUND and response.url == urls(quiz)["quiz"]
    page = learner.get(urls(quiz)["quiz"])
    assert "Which planet is the largest?" in page.text and "Submit the quiz" in page.text


def test_reload_and_restart_keep_the_same_attempt(learner, quiz):
    attempt = start(learner, quiz)
    first = learner.get(urls(quiz)["quiz"]).text
    learner.post(urls(quiz)["start"])
    second = learner.get(urls(quiz)["quiz"]).text
    assert Attempt.objects.count() == 1
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(first) == strip(second)
    assert attempt.number == 1


def test_form_semantics_fieldset_legend_and_labels(learner, quiz):
    start(learner, quiz)
    html = learner.get(urls(quiz)["quiz"]).text
    page = Page(html)
    assert len(page.find("fieldset")) == 5
    assert html.count("<legend") == 5
    label_targets = {a.get("for") for a in page.find("label")}
    controls = [a for t, a in page.tags if t in ("input", "select") and a.get("type") != "hidden"]
    assert len(controls) == 4 + 4 + 2 + 1 + 3
    for control in controls:
        assert control["id"] in label_targets, control
    for fieldset in page.find("fieldset"):
        hint = fieldset["aria-describedby"].split()[0]
        assert f'id="{hint}"' in html


def test_glossary_links_never_appear_on_quiz_pages(learner, quiz, make_term):
    make_term(quiz.lesson.course, term="Jupiter", lesson=quiz.lesson)
    start(learner, quiz)
    html = learner.get(urls(quiz)["quiz"]).text
    assert "glossary" not in html.lower()


ALLOWED_DATA_ATTRIBUTES = {
    "data-bs-toggle", "data-bs-target", "data-bs-dismiss", "data-bs-theme", "data-save-url", "data-deadline", "data-question",
    "data-type", "data-countdown", "data-unanswered-list", "data-unanswered-plural", "data-submit-quiz",
    "data-due-count",
}


@pytest.mark.parametrize("one_per_page", [False, True])
def test_quiz_page_never_reveals_the_key(client, make_quiz, student, one_per_page):
    quiz = make_quiz(one_question_per_page=one_per_page, time_limit_minutes=30)
    client.force_login(student)
    attempt = start(client, quiz)
    pages = range(1, 6) if one_per_page else [None]
    for number in pages:
        url = urls(quiz)["quiz"] + (f"?page={number}" if number else "")
        html = client.get(url).text
        page = Page(html)
        assert page.comments == []
        hidden = [a for a in page.find("input") if a.get("type") == "hidden"]
        assert [a["name"] for a in hidden] == ["csrfmiddlewaretoken"] * len(hidden)
        for tag, attrs in page.tags:
            assert not set(a for a in attrs if a.startswith("data-")) - ALLOWED_DATA_ATTRIBUTES, (tag, attrs)
            if tag in ("input", "option") and attrs.get("type") not in ("hidden", "text"):
                assert re.fullmatch(r"\d*", attrs.get("value", "")), attrs
        assert "correct" not in html.lower()
        assert "photosynthesis" not in html  # the accepted answer
    assert "correct" not in (ROOT / "static/js/quiz.js").read_text().lower()
    assert attempt.layout  # the key lives on the server only


def _swap_key(layout):
    """The same questions as shown, with a different key for every type."""
    for snapshot in layout:
        if "options" in snapshot:
            for option in snapshot["options"]:
                option["correct"] = not option["correct"]
        if "accepted_answers" in snapshot:
            snapshot["accepted_answers"] = ["chlorophyll"]
        if "rows" in snapshot:
            for row in snapshot["rows"]:
                row["answer"] = (row["answer"] + 1) % len(snapshot["terms"])
    return layout


@pytest.mark.parametrize("one_per_page", [False, True])
def test_quiz_page_is_the_same_whatever_the_key(client, make_quiz, student, one_per_page):
    """The strongest no-leak check: change only the key, and the HTML must not change at all."""
    quiz = make_quiz(one_question_per_page=one_per_page)
    client.force_login(student)
    attempt = start(client, quiz)
    client.post(urls(quiz)["save"], {"q1": "2", "q4": "my guess"})
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    pages = [f"?page={n}" for n in range(1, 6)] if one_per_page else [""]
    before = [strip(client.get(urls(quiz)["quiz"] + p).text) for p in pages]
    attempt.refresh_from_db()
    Attempt.objects.filter(pk=attempt.pk).update(layout=_swap_key(attempt.layout))
    after = [strip(client.get(urls(quiz)["quiz"] + p).text) for p in pages]
    assert after == before


def test_answers_are_saved_as_the_learner_goes_and_restored(learner, quiz, quiz_answers):
    attempt = start(learner, quiz)
    data = quiz_answers(attempt, form=True, positions={0, 1, 3})
    response = learner.post(urls(quiz)["save"], data, HTTP_ACCEPT="application/json")
    assert response.status_code == HTTPStatus.OK and response.json() == {"saved": True}
    page = Page(learner.get(urls(quiz)["quiz"]).text)
    checked = {(a["name"], a["value"]) for a in page.find("input") if "checked" in a}
    assert ("q1", data["q1"]) in checked
    assert {("q2", v) for v in data["q2"]} <= checked
    assert page.find("input", name="q4")[0]["value"] == data["q4"]


def test_questions_are_rendered_once_per_saved_state(learner, quiz, quiz_answers, monkeypatch):
    """The questions as saved are a cached fragment: a reload reuses it, a save shows the new answers at once."""
    attempt = start(learner, quiz)
    first = Page(learner.get(urls(quiz)["quiz"]).text).find("fieldset")
    rendered = []
    original = selectors.question_views
    monkeypatch.setattr(selectors, "question_views", lambda *a, **k: rendered.append(1) or original(*a, **k))
    assert Page(learner.get(urls(quiz)["quiz"]).text).find("fieldset") == first and rendered == []
    data = quiz_answers(attempt, form=True, positions={3})
    assert learner.post(urls(quiz)["save"], data, HTTP_ACCEPT="application/json").json() == {"saved": True}
    page = Page(learner.get(urls(quiz)["quiz"]).text)
    assert page.find("input", name="q4")[0]["value"] == data["q4"] and rendered == [1]
    # A refused answer is shown as typed, never from the fragment of the saved state.
    response = learner.post(urls(quiz)["save"], {"q1": "9"})
    assert response.status_code == HTTPStatus.BAD_REQUEST and rendered == [1, 1]
    # ... and never kept: the same refusal again is rendered again.
    response = learner.post(urls(quiz)["save"], {"q1": "9"})
    assert response.status_code == HTTPStatus.BAD_REQUEST and rendered == [1, 1, 1]


def test_autosave_reads_the_attempt_alone_then_its_quiz(learner, quiz, quiz_answers):
    """An autosave is the session, the user, the attempt (no lesson or course columns), its quiz's paging, and
    one conditional UPDATE."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    attempt = start(learner, quiz)
    data = quiz_answers(attempt, form=True, positions={0})
    with CaptureQueriesContext(connection) as queries:
        assert learner.post(urls(quiz)["save"], data, HTTP_ACCEPT="application/json").json() == {"saved": True}
    statements = [q["sql"].replace('"', "") for q in queries]
    assert len(statements) == 5 and statements[-1].startswith("UPDATE quizzes_attempt")
    assert "FROM quizzes_quiz" in statements[3]
    assert not any("courses_" in sql.split(" FROM ")[0] for sql in statements), "lesson or course columns read"
    attempt.refresh_from_db()
    assert attempt.saved_answers["0"] == int(data["q1"])


def test_invalid_answer_is_reported_on_its_question(learner, quiz):
    start(learner, quiz)
    response = learner.post(urls(quiz)["save"], {"q1": "9", "q4": "ok"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    html = response.text
    assert 'id="q1-errors"' in html and "Select a valid choice" in html
    fieldset = Page(html).find("fieldset", id="question-1")[0]
    assert "q1-errors" in fieldset["aria-describedby"]
    # The invalid answer is not saved; the valid ones on the page are.
    assert Attempt.objects.get().saved_answers == {"1": [], "2": None, "3": "ok", "4": [None, None, None]}


def test_unanswered_questions_need_confirmation(learner, quiz, quiz_answers):
    attempt = start(learner, quiz)
    data = quiz_answers(attempt, form=True, positions={0, 2})
    response = learner.post(urls(quiz)["submit"], data)
    assert response.status_code == HTTPStatus.OK
    warning = Page(response.text).find("div", id="unanswered-warning")[0]
    assert "hidden" not in warning
    assert "Submit anyway" in response.text and 'href="#question-2"' in response.text
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.saved_answers["0"] is not None  # kept for the second go

    response = learner.post(urls(quiz)["submit"], {**data, "confirm": "1"})
    assert response.status_code == HTTPStatus.FOUND and response.url == urls(quiz)["results"]
    attempt.refresh_from_db()
    assert attempt.percent == 40.0


def test_double_submit_and_replayed_post_record_one_graded_attempt(learner, quiz, quiz_answers):
    attempt = start(learner, quiz)
    right = quiz_answers(attempt, form=True)
    wrong = quiz_answers(attempt, correct=False, form=True)
    first = learner.post(urls(quiz)["submit"], right)
    second = learner.post(urls(quiz)["submit"], wrong)
    assert first.url == second.url == urls(quiz)["results"]
    assert Attempt.objects.count() == 1 and Response.objects.count() == 5
    assert Attempt.objects.get().percent == 100.0

    # A replay after a retake has started must not touch the new attempt.
    learner.post(urls(quiz)["start"])
    replay = learner.post(urls(quiz)["submit"], wrong)
    assert replay.url == urls(quiz)["results"]
    retake = Attempt.objects.get(number=2)
    assert retake.submitted_at is None and retake.saved_answers == {}
    save_replay = learner.post(urls(quiz)["save"], wrong, HTTP_ACCEPT="application/json")
    assert save_replay.status_code == HTTPStatus.CONFLICT and save_replay.json()["redirect"] == urls(quiz)["results"]


def test_one_question_per_page(learner, make_quiz, quiz_answers):
    quiz = make_quiz(one_question_per_page=True)
    attempt = start(learner, quiz)
    page = learner.get(urls(quiz)["quiz"]).text
    assert Page(page).find("fieldset").__len__() == 1 and "Question 1 of 5" in page and "Next question" in page
    answer = quiz_answers(attempt, form=True, positions={0})
    response = learner.post(urls(quiz)["save"] + "?page=1", {**answer, "go": "2"})
    assert response.url == urls(quiz)["quiz"] + "?page=2"
    page = learner.get(response.url).text
    assert "Question 2 of 5" in page and "Previous question" in page
    last = learner.get(urls(quiz)["quiz"] + "?page=5").text
    assert "Submit the quiz" in last and "Next question" not in last
    # Submitting from the last page warns about the pages left blank, with links to them.
    response = learner.post(urls(quiz)["submit"] + "?page=5", quiz_answers(attempt, form=True, positions={4}))
    assert 'href="?page=2"' in response.text and 'href="?page=1"' not in response.text
    attempt.refresh_from_db()
    assert attempt.saved_answers["0"] == int(answer["q1"])


def test_time_limit_is_shown_and_enforced(learner, make_quiz, quiz_answers):
    quiz = make_quiz(time_limit_minutes=5)
    attempt = start(learner, quiz)
    page = learner.get(urls(quiz)["quiz"]).text
    assert "Time left" in page and "data-deadline" in page
    learner.post(urls(quiz)["save"], quiz_answers(attempt, form=True, positions={0}))
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    late = learner.post(urls(quiz)["submit"], {**quiz_answers(attempt, form=True), "confirm": "1"}, follow=True)
    assert late.redirect_chain[-1][0] == urls(quiz)["results"]
    assert "Time ran out" in late.text and "Late" in late.text
    attempt.refresh_from_db()
    assert attempt.late and attempt.percent == 20.0


def test_an_expired_attempt_is_graded_when_the_learner_comes_back(learner, make_quiz):
    quiz = make_quiz(time_limit_minutes=5)
    attempt = start(learner, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(hours=1))
    response = learner.get(urls(quiz)["quiz"])
    assert response.url == urls(quiz)["results"]
    attempt.refresh_from_db()
    assert attempt.late and attempt.submitted_at is not None


def test_attempt_limit_is_refused_clearly(learner, make_quiz):
    quiz = make_quiz(attempts_allowed=1)
    start(learner, quiz)
    learner.post(urls(quiz)["submit"], {"confirm": "1"})
    results = learner.get(urls(quiz)["results"]).text
    assert "Retake the quiz" not in results and "You have used every attempt" in results
    response = learner.post(urls(quiz)["start"], follow=True)
    assert "You have used every attempt allowed for this quiz (1)." in response.text
    assert "1 attempts" not in response.text
    assert Attempt.objects.count() == 1


def test_results_show_answers_key_explanation_and_source_link(learner, quiz, quiz_answers):
    attempt = start(learner, quiz)
    data = quiz_answers(attempt, correct=False, form=True)
    data["q4"] = "photosyntesis"  # a typo the grader forgives
    learner.post(urls(quiz)["submit"], data)
    html = learner.get(urls(quiz)["results"]).text
    text = " ".join(Page(html).text)
    assert "Not passed yet: 20%" in text and "The pass mark is 70%" in text
    assert "Jupiter" in html and "Correct answer" in html and "Your answer" in html
    assert "photosyntesis" in html and "photosynthesis" in html
    assert "Explanation of question 1." in html and "Source sentence of question 1." in html
    lesson_url = quiz.lesson.get_absolute_url()
    assert f'href="{lesson_url}#first-part"' in html and f'href="{lesson_url}#second-part"' in html
    assert "Review “First part”" in html
    assert "Partly correct" not in html and "Incorrect" in html
    assert "(correct options ticked − incorrect options ticked)" in html  # the formula, in words
    assert "in British or American spelling" in text  # what the grader forgives, said where the typo was forgiven
    assert "Retake the quiz" in html and "Best score" in html


def test_quiz_page_survives_the_open_attempt_being_submitted_by_another_tab(learner, quiz, student):
    """Right after the page read the open attempt, another tab submits it: no error, and the form's next
    save or submit leads to the results (tests of the stale form below)."""
    from django.db import connection

    start(learner, quiz)
    submitted = []

    def other_tab(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        bare = sql.replace('"', "")
        if not submitted and "FROM quizzes_attempt" in bare and "submitted_at IS NULL" in bare:
            submitted.append(Attempt.objects.filter(user=student).update(submitted_at=timezone.now()))
        return result

    with connection.execute_wrapper(other_tab):
        response = learner.get(urls(quiz)["quiz"])
    assert submitted == [1]
    assert response.status_code == HTTPStatus.OK
    assert learner.post(urls(quiz)["save"], {})["Location"] == urls(quiz)["results"]


def test_results_say_what_to_do_next(learner, quiz, quiz_answers, make_lesson):
    following = make_lesson(quiz.lesson.course, slug="after", text="# The lesson after\n\nBody.\n", position=quiz.lesson.position + 1)
    attempt = start(learner, quiz)
    learner.post(urls(quiz)["submit"], quiz_answers(attempt, correct=False, form=True))
    assert "reread the sections your missed questions link to" in learner.get(urls(quiz)["results"]).text
    attempt = start(learner, quiz)
    learner.post(urls(quiz, 2)["submit"], quiz_answers(attempt, correct=True, form=True))
    html = learner.get(urls(quiz, 2)["results"]).text
    assert f'Next: <a href="{following.get_absolute_url()}">The lesson after</a>' in html
    assert f'{reverse("glossary:study", args=[quiz.lesson.course.slug])}?lesson={quiz.lesson.slug}' in html


def test_history_and_best_score(learner, quiz, quiz_answers):
    for correct in (False, True, False):
        attempt = start(learner, quiz)
        learner.post(urls(quiz, attempt.number)["submit"], quiz_answers(attempt, correct=correct, form=True))
    html = learner.get(urls(quiz, 3)["results"]).text
    assert "Best score: <strong>100%</strong> (attempt 2)" in html
    assert html.count("/quiz/attempts/") >= 3
    intro = learner.get(urls(quiz)["quiz"]).text
    assert "Retake the quiz" in intro and "Your attempts" in intro


def test_results_survive_regeneration_and_deletion(learner, make_quiz, quiz_answers):
    quiz = make_quiz(origin="generated")
    attempt = start(learner, quiz)
    learner.post(urls(quiz)["submit"], quiz_answers(attempt, correct=False, form=True))
    before = learner.get(urls(quiz)["results"]).text
    services.quiz_generate(lesson=quiz.lesson, seed=3)
    Question.objects.filter(quiz=quiz).delete()
    assert not Question.objects.filter(stem="Which planet is the largest?").exists()
    after = learner.get(urls(quiz)["results"]).text
    strip = lambda html: re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)  # noqa: E731
    assert strip(after) == strip(before)


def test_other_learners_attempts_are_not_found(client, quiz, student, make_user):
    client.force_login(student)
    start(client, quiz)
    client.post(urls(quiz)["submit"], {"confirm": "1"})
    client.force_login(make_user())
    assert client.get(urls(quiz)["results"]).status_code == HTTPStatus.NOT_FOUND
    assert client.post(urls(quiz)["submit"], {"confirm": "1"}).status_code == HTTPStatus.NOT_FOUND


def test_lesson_without_a_quiz(learner, make_lesson):
    lesson = make_lesson()
    response = learner.get(reverse("quizzes:quiz_detail", args=[lesson.course.slug, lesson.slug]))
    assert response.status_code == HTTPStatus.OK and "This lesson has no quiz yet." in response.text
    response = learner.post(reverse("quizzes:quiz_start", args=[lesson.course.slug, lesson.slug]), follow=True)
    assert "This quiz has no questions yet." in response.text


def test_open_attempt_results_redirect_to_the_quiz(learner, quiz):
    start(learner, quiz)
    assert learner.get(urls(quiz)["results"]).url == urls(quiz)["quiz"]


def test_methods(learner, quiz):
    assert learner.get(urls(quiz)["start"]).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert learner.get(urls(quiz)["submit"]).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_lesson_page_offers_the_quiz_and_completion_needs_it(learner, quiz, quiz_answers):
    lesson = quiz.lesson
    page = learner.get(lesson.get_absolute_url()).text
    assert "Take the quiz" in page and f'href="{urls(quiz)["quiz"]}"' in page and "Mark as read" in page
    assert 'class="lesson-body"' in page  # the lesson text is untouched
    response = learner.post(reverse("learning:lesson_complete", args=[lesson.course.slug, lesson.slug]), follow=True)
    assert "Pass its quiz to complete the lesson" in response.text and "Read, quiz to pass" in response.text
    attempt = start(learner, quiz)
    learner.post(urls(quiz)["submit"], quiz_answers(attempt, form=True))
    page = learner.get(lesson.get_absolute_url()).text
    assert "Quiz passed" in page and "Completed" in page and "100%" in page and "Retake the quiz" in page


# Session, user, the navigation's flashcard count and instructor check come with every page; the rest is the page's own.
QUIZ_PAGE_QUERIES = 7
RESULTS_PAGE_QUERIES = 8


def test_query_counts_do_not_grow_with_attempts(client, make_quiz, student, quiz_answers, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    quiz = make_quiz()
    client.force_login(student)

    def take(times):
        for _ in range(times):
            attempt = services.attempt_start(quiz=quiz, user=student)
            services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))

    def count(url):
        client.get(url)  # warm: the lesson and quiz every learner shares come from the cache after a first request
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == HTTPStatus.OK
        return len(queries)

    def measure(last):
        services.attempt_start(quiz=quiz, user=student)
        taking = count(urls(quiz)["quiz"])
        Attempt.objects.filter(submitted_at__isnull=True).delete()
        intro = count(urls(quiz)["quiz"])
        return taking, intro, count(urls(quiz, last)["results"]), count(quiz.lesson.get_absolute_url())

    take(1)
    client.get(quiz.lesson.get_absolute_url())  # a first visit also records the reading progress
    few = measure(1)
    take(14)
    many = measure(15)
    assert few == many, "query counts grow with the number of attempts"
    taking, intro, results, lesson = many
    assert taking <= QUIZ_PAGE_QUERIES and intro <= QUIZ_PAGE_QUERIES and results <= RESULTS_PAGE_QUERIES
    with django_assert_max_num_queries(13):  # the lesson page's own bound (tests/learning)
        assert client.get(quiz.lesson.get_absolute_url()).status_code == HTTPStatus.OK
    print(f"queries: quiz page {taking}, intro {intro}, results {results}, lesson page {lesson}")


def _submit(quiz, user, quiz_answers, *, correct):
    attempt = services.attempt_start(quiz=quiz, user=user)
    return services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt, correct=correct))


@pytest.mark.parametrize(
    ("shown", "allowed", "visible_after_fail", "visible_after_pass"),
    [
        ("immediately", None, True, True),
        ("after_passing", None, False, True),
        ("after_last_attempt", 2, False, True),  # the second attempt is the last one
        ("never", None, False, False),
    ],
)
def test_results_show_the_answers_only_when_the_quiz_allows(
    client, make_quiz, student, quiz_answers, shown, allowed, visible_after_fail, visible_after_pass
):
    quiz = make_quiz(types=["single", "fill_blank"], answers_shown=shown, attempts_allowed=allowed)
    client.force_login(student)
    failed = _submit(quiz, student, quiz_answers, correct=False)
    html = client.get(urls(quiz, failed.number)["results"]).text
    assert ("Correct answer" in html) is visible_after_fail
    assert ("photosynthesis" in html) is visible_after_fail  # the fill-in key
    assert ("Explanation of question" in html) is visible_after_fail
    passed = _submit(quiz, student, quiz_answers, correct=True)
    html = client.get(urls(quiz, passed.number)["results"]).text
    assert ("Correct answer" in html) is visible_after_pass


def test_each_attempt_draws_its_own_questions(make_quiz, student, quiz_answers):
    quiz = make_quiz(questions_per_attempt=2)
    stems = set()
    for seed in range(6):
        attempt = services.attempt_start(quiz=quiz, user=student, rng=random.Random(seed))
        assert len(attempt.layout) == 2
        positions = [s["question_id"] for s in attempt.layout]
        assert positions == sorted(positions)  # shown in the quiz's order
        stems.add(tuple(s["stem"] for s in attempt.layout))
        services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))
    assert len(stems) > 1
