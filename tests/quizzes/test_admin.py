"""Instructors review generated questions in Django admin; their edits survive regeneration."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from quizzes.models import Question

pytestmark = pytest.mark.django_db


def change_form_data(question):
    options = list(question.options.all())
    data = {
        "quiz": question.quiz_id, "type": question.type, "stem": question.stem, "explanation": question.explanation,
        "source_anchor": question.source_anchor, "source_sentence": question.source_sentence,
        # JSON fields with a callable default carry a hidden initial value in the real form.
        "accepted_answers": "[]", "initial-accepted_answers": "[]", "origin": question.origin, "status": question.status,
        "position": question.position,
        "options-TOTAL_FORMS": str(len(options)), "options-INITIAL_FORMS": str(len(options)),
        "options-MIN_NUM_FORMS": "0", "options-MAX_NUM_FORMS": "1000",
    }
    if question.locked:
        data["locked"] = "on"
    for i, option in enumerate(options):
        data.update({
            f"options-{i}-id": option.pk, f"options-{i}-question": question.pk, f"options-{i}-position": option.position,
            f"options-{i}-text": option.text, f"options-{i}-match_text": option.match_text,
        })
        if option.is_correct:
            data[f"options-{i}-is_correct"] = "on"
    return data


@pytest.fixture
def generated(make_quiz):
    quiz = make_quiz(types=["single"], origin="generated")
    return quiz.questions.get()


def test_editing_a_generated_question_locks_it(client, instructor, generated):
    client.force_login(instructor)
    url = reverse("admin:quizzes_question_change", args=[generated.pk])
    assert client.get(url).status_code == HTTPStatus.OK
    data = change_form_data(generated)
    data["stem"] = "Which planet in our solar system is the largest?"
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.text
    generated.refresh_from_db()
    assert generated.locked and generated.stem == "Which planet in our solar system is the largest?"


def test_editing_only_an_option_locks_it_too(client, instructor, generated):
    client.force_login(instructor)
    data = change_form_data(generated)
    data["options-0-text"] = "Mars (the red planet)"
    response = client.post(reverse("admin:quizzes_question_change", args=[generated.pk]), data)
    assert response.status_code == HTTPStatus.FOUND, response.text
    generated.refresh_from_db()
    assert generated.locked


def test_saving_without_changes_does_not_lock(client, instructor, generated):
    client.force_login(instructor)
    client.post(reverse("admin:quizzes_question_change", args=[generated.pk]), change_form_data(generated))
    generated.refresh_from_db()
    assert not generated.locked


@pytest.mark.parametrize("action, status", [("unpublish", "draft"), ("publish", "published")])
def test_publish_actions(client, instructor, generated, action, status):
    client.force_login(instructor)
    client.post(reverse("admin:quizzes_question_changelist"), {"action": action, "_selected_action": [generated.pk]})
    question = Question.objects.get(pk=generated.pk)
    assert question.status == status
    assert question.locked  # an instructor's decision survives regeneration


@pytest.mark.parametrize(
    "name", ["admin:quizzes_quiz_changelist", "admin:quizzes_question_changelist", "admin:quizzes_attempt_changelist"]
)
def test_admin_lists_load(client, admin_user, generated, name):
    client.force_login(admin_user)
    assert client.get(reverse(name)).status_code == HTTPStatus.OK


def test_quiz_change_page_lists_questions(client, admin_user, generated):
    client.force_login(admin_user)
    text = client.get(reverse("admin:quizzes_quiz_change", args=[generated.quiz_id])).text
    assert generated.stem in text
