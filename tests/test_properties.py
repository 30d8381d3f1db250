"""Property-based tests: whatever a visitor sends, Lessonforge answers, and never with a server error.

Hypothesis draws the input: lesson files of any bytes or markdown, answer forms with any fields and
values, and any value for every search, filter, sort and page parameter of the pages that read one.
The suite runs them on SQLite and, under ``make test-postgres``, on PostgreSQL, which refuses more
(a NUL in a query, for one).
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessontext.sources import LessonSource, SourceError, parse_source
from quizzes import services as quiz_services

pytestmark = pytest.mark.django_db

# Function-scoped fixtures build the course once per test; every example reads or adds to it.
EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
MARKDOWN = st.lists(
    st.one_of(
        TEXT,
        st.sampled_from(["# ", "## ", "- ", "1. ", "**", "|", "---", "\n", "\n\n", ":", "(", ")", "`", "> ", "<b>", "&"]),
    ),
    max_size=40,
).map("".join)


def no_server_error(response) -> None:
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, response.status_code


@pytest.fixture
def site(make_course, make_lesson, make_quiz, make_term, student, instructor):
    """A course with a quiz and a glossary, a learner with an attempt in progress, and its teacher."""
    course = make_course(title="Astronomy")
    lesson = make_lesson(course, slug="planets")
    quiz = make_quiz(lesson, attempts_allowed=None)
    make_term(course, "Orbit", "The path of a body around another.", lesson=lesson, slug="orbit", aliases=["orbits"])
    course.instructors.add(instructor)
    attempt = quiz_services.attempt_start(quiz=quiz, user=student)
    learner, teacher = Client(raise_request_exception=False), Client(raise_request_exception=False)
    learner.force_login(student)
    teacher.force_login(instructor)
    return {"course": course, "lesson": lesson, "attempt": attempt, "learner": learner, "teacher": teacher}


@EXAMPLES
@given(data=st.one_of(st.binary(max_size=400), MARKDOWN.map(lambda text: text.encode("utf-8"))))
def test_parsing_any_file_gives_a_lesson_or_a_one_line_reason(data):
    try:
        source = parse_source(data, name="lesson.md", max_bytes=2_000)
    except SourceError as problem:
        assert str(problem) and "\n" not in str(problem)
    else:
        assert isinstance(source, LessonSource) and source.title and source.slug


@EXAMPLES
@given(name=st.sampled_from(["a.md", "b.txt", "c.markdown", "d.zip", "e.pdf", ".md", "x" * 300 + ".md"]),
       data=st.one_of(st.binary(max_size=300), MARKDOWN.map(lambda text: text.encode("utf-8"))))
def test_uploading_any_file_never_fails_the_server(site, name, data):
    url = reverse("authoring:lesson_upload", args=[site["course"].slug])
    no_server_error(site["teacher"].post(url, {"files": [SimpleUploadedFile(name, data)]}))


@EXAMPLES
@given(text=MARKDOWN)
def test_editing_a_lesson_to_any_markdown_never_fails_the_server(site, text):
    url = reverse("authoring:lesson_edit", args=[site["course"].slug, site["lesson"].slug])
    no_server_error(site["teacher"].post(url, {"source": text, "save": "1"}))


def _answer_fields(attempt) -> list[str]:
    names = []
    for number, question in enumerate(attempt.layout, start=1):
        names.append(f"q{number}")
        names += [f"q{number}_r{row}" for row in range(len(question.get("pairs") or question.get("prompts") or []))]
    return names


@EXAMPLES
@given(data=st.data())
def test_any_answer_form_is_saved_refused_or_graded_never_a_server_error(site, data):
    attempt = site["attempt"]
    keys = st.one_of(st.sampled_from(_answer_fields(attempt) + ["confirm", "go", "page"]), TEXT)
    values = st.one_of(TEXT, st.lists(TEXT, max_size=3), st.integers().map(str))
    form = data.draw(st.dictionaries(keys, values, max_size=8))
    args = [site["course"].slug, site["lesson"].slug, attempt.number]
    action = data.draw(st.sampled_from(["quizzes:attempt_save", "quizzes:attempt_submit"]))
    accept = data.draw(st.sampled_from(["text/html", "application/json"]))
    no_server_error(site["learner"].post(reverse(action, args=args), form, HTTP_ACCEPT=accept))
    if action == "quizzes:attempt_submit":
        site["attempt"] = quiz_services.attempt_start(quiz=attempt.quiz, user=attempt.user)


def _pages(site) -> list[tuple[str, str, tuple[str, ...]]]:
    """(client, url, the parameters the page reads) for every page that reads one."""
    course, lesson = site["course"].slug, site["lesson"].slug
    return [
        ("learner", reverse("courses:catalogue"), ("page",)),
        ("learner", reverse("glossary:index", args=[course]), ("q", "letter")),
        ("learner", reverse("glossary:study", args=[course]), ("lesson", "reveal")),
        ("learner", reverse("quizzes:quiz_detail", args=[course, lesson]), ("page",)),
        ("learner", reverse("login"), ("next",)),
        ("teacher", reverse("authoring:review_queue", args=[course]), ("flagged", "page")),
        ("teacher", reverse("authoring:lesson_review_queue", args=[course, lesson]), ("flagged", "page")),
        ("teacher", reverse("authoring:glossary_review", args=[course]), ("page",)),
        ("teacher", reverse("authoring:gradebook", args=[course]), ("sort", "status", "page")),
        ("teacher", reverse("authoring:gradebook_csv", args=[course]), ("sort", "status")),
        ("teacher", reverse("authoring:quiz_preview", args=[course, lesson]), ("seed",)),
    ]


@EXAMPLES
@given(data=st.data())
def test_any_search_filter_sort_or_page_parameter_never_fails_the_server(site, data):
    who, url, known = data.draw(st.sampled_from(_pages(site)))
    params = data.draw(st.dictionaries(st.one_of(st.sampled_from(known), TEXT), TEXT, max_size=4))
    response = site[who].get(url, params)
    no_server_error(response)
    if response.streaming:
        b"".join(response.streaming_content)
