"""Admin actions that run the publishing pipeline."""

import pytest
from django.urls import reverse

from authoring.services import course_publish
from glossary.models import GlossaryTerm
from quizzes.models import Quiz
from tests.quizzes.test_generation import LESSON

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(write_files):
    return course_publish(path=write_files({"01-cell.md": LESSON})).course


def post_action(client, url_name, action, ids):
    return client.post(reverse(url_name), {"action": action, "_selected_action": ids}, follow=True)


def test_reextract_glossary_from_lessons(client, instructor, course):
    GlossaryTerm.objects.all().delete()
    client.force_login(instructor)
    response = post_action(client, "admin:courses_lesson_changelist", "reextract_glossary", [course.lessons.get().pk])
    assert f"{course}: Glossary: " in response.text
    assert GlossaryTerm.objects.filter(course=course).exists()


def test_regenerate_quizzes_of_lessons(client, instructor, course):
    quiz = Quiz.objects.get()
    quiz.questions.all().delete()
    client.force_login(instructor)
    response = post_action(client, "admin:courses_lesson_changelist", "regenerate_quizzes", [quiz.lesson_id])
    assert "Quiz generated for 1 lesson" in response.text
    assert quiz.questions.exists()


def test_rebuild_a_whole_course(client, admin_user, course):
    client.force_login(admin_user)
    response = post_action(client, "admin:courses_course_changelist", "publish_again", [course.pk])
    assert f"{course}: Glossary: " in response.text and "Quiz generated for 1 lesson" in response.text


def test_a_rebuild_the_analysis_cannot_finish_warns_and_keeps_the_quiz(client, admin_user, course, monkeypatch):
    import quizzes.services

    def crash(*args, **kwargs):
        raise IndexError("a rule met a sentence nobody foresaw")

    monkeypatch.setattr(quizzes.services, "generate_quiz", crash)
    questions = Quiz.objects.get().questions.count()
    client.force_login(admin_user)
    response = post_action(client, "admin:courses_course_changelist", "publish_again", [course.pk])
    assert f"{course}: Glossary: " in response.text and f"{course}: The quizzes could not be rebuilt" in response.text
    assert Quiz.objects.get().questions.count() == questions
