"""Writing and editing questions of every type in the workspace, without JSON or admin."""

import random
from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.services import roles_ensure
from authoring.models import ReviewDecision
from quizzes.models import Attempt, Question
from quizzes.services import quiz_layout

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher(make_user):
    user = make_user("teacher")
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def lesson(make_lesson, teacher):
    lesson = make_lesson()
    lesson.course.instructors.add(teacher)
    return lesson


def new_url(lesson, kind):
    return reverse("authoring:question_new", args=[lesson.course.slug, lesson.slug, kind])


def rows(prefix, values, total=None):
    """Formset POST data: ``values`` is a list of dicts of one row's fields."""
    data = {f"{prefix}-TOTAL_FORMS": str(total or len(values)), f"{prefix}-INITIAL_FORMS": "0"}
    for i, row in enumerate(values):
        data.update({f"{prefix}-{i}-{key}": value for key, value in row.items()})
    return data


BASE = {"stem": "Which planet is the largest?", "explanation": "", "source_sentence": "", "status": "published"}

VALID = {
    "single": rows("options", [{"text": "Jupiter", "correct": "on"}, {"text": "Mars"}, {"text": ""}]),
    "multiple": rows("options", [{"text": "Oxygen", "correct": "on"}, {"text": "Nitrogen", "correct": "on"}, {"text": "Iron"}]),
    "true_false": {"answer": "false"},
    "fill_blank": rows("answers", [{"answer": "photosynthesis"}, {"answer": " photo-synthesis "}, {"answer": ""}]),
    "matching": rows("pairs", [{"text": "The red planet", "match": "Mars"}, {"text": "Ringed", "match": "Saturn"},
                               {"text": "Home", "match": "Earth"}]),
}

BROKEN = {
    "single": (rows("options", [{"text": "Jupiter"}, {"text": "Mars"}]), "Mark exactly one option as correct."),
    "multiple": (rows("options", [{"text": "Oxygen"}, {"text": "Iron"}]), "Mark at least one option as correct."),
    "fill_blank": (rows("answers", [{"answer": "  "}]), "Give at least one accepted answer."),
    "matching": (rows("pairs", [{"text": "The red planet", "match": "Mars"}, {"text": "Ringed", "match": ""}]),
                 "Give 3 to 6 complete pairs"),
}


@pytest.mark.parametrize("kind", sorted(VALID))
def test_an_instructor_writes_a_question_of_every_type(client, teacher, lesson, kind):
    client.force_login(teacher)
    assert client.get(new_url(lesson, kind)).status_code == HTTPStatus.OK
    response = client.post(new_url(lesson, kind), {**BASE, **VALID[kind]})
    assert response.status_code == HTTPStatus.FOUND, response.text
    question = Question.objects.get()
    assert (question.type, question.origin, question.status) == (kind, "authored", "published")
    options = [(o.text, o.is_correct, o.match_text) for o in question.options.all()]
    expected = {
        "single": ([("Jupiter", True, ""), ("Mars", False, "")], []),
        "multiple": ([("Oxygen", True, ""), ("Nitrogen", True, ""), ("Iron", False, "")], []),
        "true_false": ([("True", False, ""), ("False", True, "")], []),
        "fill_blank": ([], ["photosynthesis", "photo-synthesis"]),
        "matching": ([("The red planet", True, "Mars"), ("Ringed", True, "Saturn"), ("Home", True, "Earth")], []),
    }[kind]
    assert (options, question.accepted_answers) == expected


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_question_that_cannot_be_graded_cannot_be_published(client, teacher, lesson, kind):
    data, message = BROKEN[kind]
    client.force_login(teacher)
    response = client.post(new_url(lesson, kind), {**BASE, **data})
    assert response.status_code == HTTPStatus.OK and message in response.text
    assert not Question.objects.exists()
    saved_as_draft = client.post(new_url(lesson, kind), {**BASE, **data, "status": "draft"})
    assert saved_as_draft.status_code == HTTPStatus.FOUND
    assert Question.objects.get().status == "draft"


def test_a_stem_is_required_and_unknown_types_are_not_found(client, teacher, lesson):
    client.force_login(teacher)
    response = client.post(new_url(lesson, "single"), {**BASE, **VALID["single"], "stem": ""})
    assert "This field is required." in response.text
    assert client.get(new_url(lesson, "essay")).status_code == HTTPStatus.NOT_FOUND


def test_editing_a_generated_question_locks_it_and_records_the_edit(client, teacher, lesson, make_quiz):
    question = make_quiz(lesson, types=["single"], origin="generated").questions.get()
    client.force_login(teacher)
    url = reverse("authoring:question_edit", args=[lesson.course.slug, question.pk])
    page = client.get(url).text
    assert 'value="Jupiter"' in page and "checked" in page
    data = {**BASE, "stem": "Which is the biggest planet?", **rows(
        "options", [{"text": "Jupiter", "correct": "on"}, {"text": "Saturn"}, {"text": "Venus"}])}
    assert client.post(url, data).status_code == HTTPStatus.FOUND
    question.refresh_from_db()
    assert question.locked and question.stem == "Which is the biggest planet?"
    assert [o.text for o in question.options.all()] == ["Jupiter", "Saturn", "Venus"]
    assert ReviewDecision.objects.get().verdict == "edit"


def test_questions_are_reordered_with_buttons(client, teacher, lesson, make_quiz):
    quiz = make_quiz(lesson)
    first, second = quiz.questions.order_by("position")[:2]
    client.force_login(teacher)
    client.post(reverse("authoring:question_move", args=[lesson.course.slug, second.pk]), {"direction": "up"})
    assert list(quiz.questions.order_by("position").values_list("pk", flat=True))[:2] == [second.pk, first.pk]
    client.post(reverse("authoring:question_move", args=[lesson.course.slug, second.pk]), {"direction": "up"})
    assert quiz.questions.order_by("position").first().pk == second.pk  # already first: nothing moves


def test_other_instructors_cannot_write_or_edit(client, make_user, lesson, make_quiz):
    stranger = make_user("stranger")
    stranger.groups.add(roles_ensure())
    question = make_quiz(lesson, types=["single"]).questions.get()
    client.force_login(stranger)
    assert client.post(new_url(lesson, "single"), {**BASE, **VALID["single"]}).status_code == HTTPStatus.FORBIDDEN
    edit = reverse("authoring:question_edit", args=[lesson.course.slug, question.pk])
    assert client.get(edit).status_code == HTTPStatus.FORBIDDEN


def test_preview_grades_without_recording_an_attempt(client, teacher, lesson, make_quiz, quiz_answers):
    quiz = make_quiz(lesson)
    Question.objects.filter(type="matching").update(status="draft")  # drafts are not previewed
    client.force_login(teacher)
    url = reverse("authoring:quiz_preview", args=[lesson.course.slug, lesson.slug])
    page = client.get(url, {"seed": "5"}).text
    assert "Which planet is the largest?" in page and "Match each description" not in page
    attempt = Attempt(quiz=quiz, layout=quiz_layout(quiz=quiz, rng=random.Random(5)))
    data = {"seed": "5", **quiz_answers(attempt, form=True)}
    graded = client.post(url, data).text
    assert "Score: 100%" in graded
    assert not Attempt.objects.exists()


def test_preview_of_a_quiz_without_published_questions_says_so(client, teacher, lesson):
    client.force_login(teacher)
    page = client.get(reverse("authoring:quiz_preview", args=[lesson.course.slug, lesson.slug])).text
    assert "No published question yet" in page
