"""GIFT export and import in the workspace."""

from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.services import roles_ensure
from quizzes.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(make_user):
    user = make_user("teacher")
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def quiz(make_quiz, teacher):
    quiz = make_quiz()
    quiz.lesson.course.instructors.add(teacher)
    return quiz


def export(client, quiz):
    lesson = quiz.lesson
    return client.get(reverse("authoring:lesson_gift_export", args=[lesson.course.slug, lesson.slug]))


def import_gift(client, quiz, text):
    lesson = quiz.lesson
    url = reverse("authoring:gift_import", args=[lesson.course.slug, lesson.slug])
    return client.post(url, {"file": SimpleUploadedFile("q.gift", text.encode())}, follow=True)


def snapshot(questions):
    return [
        (q.type, q.stem, q.explanation, list(q.accepted_answers),
         [(o.text, o.is_correct, o.match_text) for o in q.options.all()])
        for q in questions
    ]


def test_export_then_import_gives_the_same_questions(client, teacher, quiz, make_quiz, make_lesson):
    client.force_login(teacher)
    response = export(client, quiz)
    assert response["Content-Disposition"].endswith('.gift"')
    text = response.content.decode()
    assert "$CATEGORY:" in text and "=Jupiter" in text and "~Mars" in text
    target = make_quiz(make_lesson(quiz.lesson.course, slug="copy"), types=[])
    imported = import_gift(client, target, text)
    assert "5 questions imported as drafts" in imported.text
    assert snapshot(target.questions.order_by("position")) == snapshot(quiz.questions.order_by("position"))
    assert set(target.questions.values_list("status", "origin")) == {("draft", "authored")}


def test_bad_gift_imports_nothing_and_names_the_line(client, teacher, quiz):
    client.force_login(teacher)
    before = Question.objects.count()
    response = import_gift(client, quiz, "Good? {=yes ~no}\n\nBroken {=a ~b\n")
    assert "Nothing was imported: line 3: an answer block is not closed" in response.text
    assert Question.objects.count() == before


def test_unsupported_questions_are_skipped_with_a_message(client, teacher, quiz):
    client.force_login(teacher)
    response = import_gift(client, quiz, "Good? {=yes ~no}\n\nWrite an essay. {}\n")
    assert "1 question imported as a draft" in response.text
    assert "Skipped line 3: essay questions are not supported." in response.text


def test_the_course_export_and_permissions(client, teacher, quiz, make_user):
    client.force_login(teacher)
    response = client.get(reverse("authoring:gift_export", args=[quiz.lesson.course.slug]))
    assert response.status_code == HTTPStatus.OK and "Which planet is the largest?" in response.content.decode()
    stranger = make_user("stranger")
    stranger.groups.add(roles_ensure())
    client.force_login(stranger)
    assert export(client, quiz).status_code == HTTPStatus.FORBIDDEN
    assert import_gift(client, quiz, "Q? {=a ~b}").status_code == HTTPStatus.FORBIDDEN
