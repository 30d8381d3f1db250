"""select_one: a model row read in plain SQL equals the ORM's read of it, on SQLite and PostgreSQL."""

import pytest
from django.forms.models import model_to_dict

from courses.models import Course
from courses.plainsql import select_one
from quizzes import services
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db


def _fields(instance):
    return {field.attname: getattr(instance, field.attname) for field in type(instance)._meta.concrete_fields}


def test_a_course_row_equals_the_orms_with_its_extra_columns(make_course):
    course = make_course(published=False, description="Dates, booleans and text.")
    found = select_one(Course, f"FROM {Course._meta.db_table} c WHERE c.slug = %s", [course.slug], alias="c",
                       extra=("1 + 1", "c.title"))
    assert found is not None
    read, extra = found
    assert _fields(read) == _fields(Course.objects.get(pk=course.pk))
    assert read.created_at.tzinfo is not None and read.published is False
    assert list(extra) == [2, course.title]
    assert not read._state.adding  # saved like any instance the ORM loads
    read.title = "Renamed"
    read.save(update_fields=["title"])
    assert Course.objects.get(pk=course.pk).title == "Renamed"


def test_an_attempt_row_equals_the_orms_json_and_all(make_quiz, student, quiz_answers):
    attempt = services.attempt_start(quiz=make_quiz(time_limit_minutes=5), user=student)
    services.attempt_save_answers(attempt=attempt, answers=quiz_answers(attempt))
    read, extra = select_one(Attempt, f"FROM {Attempt._meta.db_table} a WHERE a.id = %s", [attempt.pk], alias="a")
    stored = Attempt.objects.get(pk=attempt.pk)
    assert _fields(read) == _fields(stored) and extra == ()
    assert read.layout and isinstance(read.layout, list) and read.saved_answers == stored.saved_answers != {}
    assert read.deadline.tzinfo is not None and read.deadline > read.started_at and read.submitted_at is None
    assert model_to_dict(read) == model_to_dict(stored)


def test_no_row_is_none(make_course):
    make_course()
    assert select_one(Course, f"FROM {Course._meta.db_table} c WHERE c.slug = %s", ["nowhere"], alias="c") is None
