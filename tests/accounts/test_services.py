"""Roles and demo accounts."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.services import DEMO_ACCOUNTS, INSTRUCTORS, demo_accounts_ensure, user_is_instructor

pytestmark = pytest.mark.django_db


def test_demo_accounts_are_created_once_and_never_changed():
    first = demo_accounts_ensure()
    assert [created for _, created in first] == [True, True, True]
    User = get_user_model()
    student = User.objects.get(username="student")
    student.set_password("changed-by-user-1")
    student.save()

    second = demo_accounts_ensure()

    assert [created for _, created in second] == [False, False, False]
    assert User.objects.count() == 3
    assert User.objects.get(username="student").check_password("changed-by-user-1")


def test_demo_roles():
    demo_accounts_ensure()
    users = {u.username: u for u in get_user_model().objects.all()}
    passwords = {a.username: a.password for a in DEMO_ACCOUNTS}
    assert all(users[name].check_password(pw) for name, pw in passwords.items())
    assert not users["student"].is_staff and not user_is_instructor(users["student"])
    assert users["instructor"].is_staff and not users["instructor"].is_superuser
    assert user_is_instructor(users["instructor"])
    assert users["admin"].is_superuser


def test_instructors_group_can_edit_content_but_only_view_learner_records():
    demo_accounts_ensure()
    instructor = get_user_model().objects.get(username="instructor")
    assert instructor.has_perm("courses.change_lesson")
    assert instructor.has_perm("courses.add_course")
    assert instructor.has_perm("learning.view_lessonprogress")
    assert not instructor.has_perm("learning.change_lessonprogress")
    assert not instructor.has_perm("auth.change_user")


def test_command_reports_state(capsys):
    call_command("create_demo_accounts")
    assert "student      created" in capsys.readouterr().out
    call_command("create_demo_accounts")
    assert "student      exists" in capsys.readouterr().out
    assert INSTRUCTORS
