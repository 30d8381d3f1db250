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
        "accepted_answers": "\n".join(question.accepted_answers), "origin": question.origin, "status": question.status,
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


def test_accepted_answers_are_typed_one_per_line(client, instructor, make_quiz):
    question = make_quiz(types=["fill_blank"]).questions.get()
    client.force_login(instructor)
    data = change_form_data(question)
    data["accepted_answers"] = "Ankara\n\n  Angora  "
    response = client.post(reverse("admin:quizzes_question_change", args=[question.pk]), data)
    assert response.status_code == HTTPStatus.FOUND, response.text
    question.refresh_from_db()
    assert question.accepted_answers == ["Ankara", "Angora"]  # never a list of letters


def test_a_published_question_that_cannot_be_graded_is_refused(client, instructor, generated):
    client.force_login(instructor)
    url = reverse("admin:quizzes_question_change", args=[generated.pk])
    data = change_form_data(generated)
    for key in [k for k in data if k.endswith("-is_correct")]:
        del data[key]  # no correct option left
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.OK
    assert "Mark exactly one option as correct." in response.text
    assert generated.options.filter(is_correct=True).exists()
    data["status"] = "draft"
    assert client.post(url, data).status_code == HTTPStatus.FOUND  # a draft may be incomplete


def test_publish_action_skips_questions_that_cannot_be_graded(client, instructor, generated):
    Question.objects.filter(pk=generated.pk).update(status="draft")
    generated.options.update(is_correct=False)
    client.force_login(instructor)
    response = client.post(
        reverse("admin:quizzes_question_changelist"), {"action": "publish", "_selected_action": [generated.pk]},
        follow=True,
    )
    assert "1 question not published" in response.text
    assert Question.objects.get(pk=generated.pk).status == "draft"


def test_a_bad_stored_answers_value_does_not_break_attempts(client, student, make_quiz):
    quiz = make_quiz(types=["fill_blank", "single"])
    Question.objects.filter(type="fill_blank").update(accepted_answers=5)  # as an old admin edit could store
    client.force_login(student)
    url = reverse("quizzes:quiz_start", args=[quiz.lesson.course.slug, quiz.lesson.slug])
    response = client.post(url, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert "Which planet is the largest?" in response.text and "Plants make food by" not in response.text
