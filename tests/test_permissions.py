"""Every URL of the project, for every kind of visitor, against one table of expected outcomes.

A new URL pattern without a row here fails ``test_every_url_pattern_has_a_row``: deciding who may
see a page is part of adding it.
"""

from http import HTTPStatus

import pytest
from django.urls import URLResolver, get_resolver, reverse

from accounts.services import roles_ensure
from glossary.services import flashcards_introduce
from quizzes import services as quiz_services

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "owner", "other_student", "teacher", "other_teacher", "admin")

OK, FORBIDDEN, NOT_FOUND = HTTPStatus.OK, HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND
LOGIN = "login"  # a redirect to the log-in page
MOVED = "moved"  # a redirect elsewhere: the action was done (or, for a page, the visitor sent on)


def everyone(outcome):
    return dict.fromkeys(ROLES, outcome)


def signed_in(outcome):
    return {**everyone(outcome), "anonymous": LOGIN}


def owner_only(outcome):
    return {**everyone(NOT_FOUND), "anonymous": LOGIN, "owner": outcome}


def course_teachers(outcome):
    return {"anonymous": LOGIN, "owner": FORBIDDEN, "other_student": FORBIDDEN, "teacher": outcome,
            "other_teacher": FORBIDDEN, "admin": outcome}


# name: (method, {role: outcome})
TABLE = {
    "signup": ("get", {**everyone(MOVED), "anonymous": OK}),
    "login": ("get", {**everyone(MOVED), "anonymous": OK}),  # a logged-in visitor goes to their first page
    "logout": ("post", everyone(MOVED)),
    "password_change": ("get", signed_in(OK)),
    "password_change_done": ("get", signed_in(OK)),
    "authoring:home": ("get", {**course_teachers(OK), "other_teacher": OK}),
    "authoring:course_create": ("get", {**course_teachers(OK), "other_teacher": OK}),
    "authoring:lesson_upload": ("get", course_teachers(OK)),
    "authoring:lesson_list": ("get", course_teachers(OK)),
    "authoring:course_publication": ("post", course_teachers(MOVED)),
    "authoring:lesson_edit": ("get", course_teachers(OK)),
    "authoring:lesson_move": ("post", course_teachers(MOVED)),
    "authoring:review_queue": ("get", course_teachers(OK)),
    "authoring:glossary_review": ("get", course_teachers(OK)),
    "authoring:term_new": ("get", course_teachers(OK)),
    "authoring:term_edit": ("get", course_teachers(OK)),
    "authoring:lesson_review_queue": ("get", course_teachers(OK)),
    "authoring:bulk_accept": ("post", course_teachers(MOVED)),
    "authoring:decisions_export": ("get", course_teachers(OK)),
    "authoring:question_review": ("post", course_teachers(MOVED)),
    "authoring:question_edit": ("get", course_teachers(OK)),
    "authoring:question_new": ("get", course_teachers(OK)),
    "authoring:question_move": ("post", course_teachers(MOVED)),
    "authoring:quiz_settings": ("get", course_teachers(OK)),
    "authoring:quiz_regenerate": ("post", course_teachers(MOVED)),
    "authoring:quiz_preview": ("get", course_teachers(OK)),
    "authoring:gift_export": ("get", course_teachers(OK)),
    "authoring:gradebook": ("get", course_teachers(OK)),
    "authoring:item_analysis": ("get", course_teachers(OK)),
    "authoring:course_funnel": ("get", course_teachers(OK)),
    "authoring:course_funnel_chart": ("get", course_teachers(OK)),
    "authoring:learner_record": ("get", course_teachers(OK)),
    "authoring:gradebook_csv": ("get", course_teachers(OK)),
    "authoring:results_csv": ("get", course_teachers(OK)),
    "authoring:lesson_gift_export": ("get", course_teachers(OK)),
    "authoring:gift_import": ("post", course_teachers(MOVED)),
    "favicon": ("get", everyone(HTTPStatus.MOVED_PERMANENTLY)),
    "glossary:index": ("get", signed_in(OK)),  # a course's glossary is its content: the lessons' rule
    "glossary:term_detail": ("get", signed_in(OK)),
    "glossary:overview": ("get", signed_in(OK)),
    "glossary:study": ("get", signed_in(OK)),
    "glossary:review": ("post", owner_only(MOVED)),
    "quizzes:quiz_detail": ("get", signed_in(OK)),
    "quizzes:quiz_start": ("post", signed_in(MOVED)),
    "quizzes:attempt_results": ("get", owner_only(OK)),
    "quizzes:attempt_save": ("post", owner_only(MOVED)),  # a plain form post saves, then back to the quiz
    "quizzes:attempt_submit": ("post", owner_only(OK)),  # nothing answered: asks to confirm first
    "learning:dashboard": ("get", signed_in(OK)),
    "learning:dashboard_scores_chart": ("get", signed_in(OK)),
    "learning:course_detail": ("get", everyone(OK)),
    "learning:lesson_detail": ("get", signed_in(OK)),
    "learning:lesson_complete": ("post", signed_in(MOVED)),
    "courses:catalogue": ("get", everyone(OK)),
}


def url_names(patterns=None, namespace=None):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name != "admin":
                yield from url_names(pattern.url_patterns, pattern.namespace or namespace)
        else:
            name = pattern.name or str(pattern.pattern).rstrip("/").replace(".ico", "")
            yield f"{namespace}:{name}" if namespace else name


def test_every_url_pattern_has_a_row():
    assert set(url_names()) == set(TABLE)


@pytest.fixture
def world(make_user, make_quiz, make_course, make_term, quiz_answers):
    """A course with a quiz and a glossary term; its learner has a submitted attempt, an open one and a card."""
    group = roles_ensure()
    users = {
        "owner": make_user("owner"), "other_student": make_user("other"),
        "teacher": make_user("teacher"), "other_teacher": make_user("elsewhere"),
        "admin": make_user("root", is_staff=True, is_superuser=True),
    }
    users["teacher"].groups.add(group)
    users["other_teacher"].groups.add(group)
    quiz = make_quiz()
    lesson, course = quiz.lesson, quiz.lesson.course
    course.instructors.add(users["teacher"])
    make_course().instructors.add(users["other_teacher"])
    term = make_term(course, "Jupiter", "The largest planet.", lesson=lesson, slug="jupiter")
    flashcards_introduce(user=users["owner"], course=course)
    first = quiz_services.attempt_start(quiz=quiz, user=users["owner"])
    quiz_services.attempt_submit(attempt=first, answers=quiz_answers(first))
    quiz_services.attempt_start(quiz=quiz, user=users["owner"])  # number 2, in progress
    course_args = {"course_slug": course.slug}
    lesson_args = {**course_args, "slug": lesson.slug}
    kwargs = {
        "authoring:review_queue": course_args, "authoring:bulk_accept": course_args,
        "authoring:lesson_upload": course_args, "authoring:lesson_list": course_args, "authoring:course_publication": course_args,
        "authoring:glossary_review": course_args, "authoring:term_new": course_args,
        "authoring:term_edit": {**course_args, "pk": term.pk},
        "authoring:lesson_edit": {**course_args, "lesson_slug": lesson.slug},
        "authoring:lesson_move": {**course_args, "lesson_slug": lesson.slug},
        "authoring:decisions_export": course_args,
        "authoring:question_review": {**course_args, "pk": quiz.questions.first().pk},
        "authoring:question_edit": {**course_args, "pk": quiz.questions.first().pk},
        "authoring:question_move": {**course_args, "pk": quiz.questions.last().pk},
        "authoring:question_new": {**course_args, "lesson_slug": lesson.slug, "kind": "single"},
        "authoring:lesson_review_queue": {**course_args, "lesson_slug": lesson.slug},
        "authoring:quiz_settings": {**course_args, "lesson_slug": lesson.slug},
        "authoring:quiz_regenerate": {**course_args, "lesson_slug": lesson.slug},
        "authoring:quiz_preview": {**course_args, "lesson_slug": lesson.slug},
        "authoring:gift_export": course_args, "authoring:gradebook": course_args,
        "authoring:gradebook_csv": course_args, "authoring:results_csv": course_args,
        "authoring:item_analysis": {**course_args, "lesson_slug": lesson.slug},
        "authoring:course_funnel": course_args, "authoring:course_funnel_chart": course_args,
        "authoring:learner_record": {**course_args, "username": "owner"},
        "authoring:lesson_gift_export": {**course_args, "lesson_slug": lesson.slug},
        "authoring:gift_import": {**course_args, "lesson_slug": lesson.slug},
        "glossary:index": course_args, "glossary:term_detail": {**course_args, "slug": term.slug},
        "glossary:study": course_args,
        "glossary:review": {**course_args, "pk": users["owner"].flashcards.get().pk},
        "quizzes:quiz_detail": lesson_args, "quizzes:quiz_start": lesson_args,
        "quizzes:attempt_results": {**lesson_args, "number": 1},
        "quizzes:attempt_save": {**lesson_args, "number": 2}, "quizzes:attempt_submit": {**lesson_args, "number": 2},
        "learning:course_detail": {"slug": course.slug}, "learning:lesson_detail": lesson_args,
        "learning:lesson_complete": lesson_args,
    }
    data = {"authoring:question_review": {"verdict": "lock"}, "glossary:review": {"rating": "3"},
            "authoring:question_move": {"direction": "up"}}
    return users, kwargs, data


def outcome(response) -> object:
    if response.status_code in (HTTPStatus.FOUND, HTTPStatus.SEE_OTHER):
        return LOGIN if response.url.startswith(reverse("login")) else MOVED
    return HTTPStatus(response.status_code)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_who_may_do_what(client, world, name, role):
    users, kwargs, data = world
    method, expected = TABLE[name]
    if role != "anonymous":
        client.force_login(users[role])
    url = "/favicon.ico" if name == "favicon" else reverse(name, kwargs=kwargs.get(name))
    response = getattr(client, method)(url, data.get(name, {}))
    assert outcome(response) == expected[role], f"{method.upper()} {url} as {role}"
