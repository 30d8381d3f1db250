"""LessonProgress moved from courses to learning: rows and permissions survive the migration."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("courses", "0002_course_settings_and_linked_html"), ("contenttypes", "0002_remove_content_type_name"),
          ("auth", "0012_alter_user_first_name_max_length")]
AFTER = [("learning", "0001_initial")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_progress_rows_and_their_permissions_move_to_learning():
    old = migrate(BEFORE)
    user = old.get_model("auth", "User").objects.create(username="ada")
    course = old.get_model("courses", "Course").objects.create(slug="c", title="C")
    lesson = old.get_model("courses", "Lesson").objects.create(course=course, slug="l", title="L", source="# L", source_hash="x")
    now = timezone.now()
    old.get_model("courses", "LessonProgress").objects.create(
        user=user, lesson=lesson, first_opened_at=now, last_opened_at=now, completed_at=now
    )
    content_type, _ = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="courses", model="lessonprogress"
    )
    permission, _ = old.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="view_lessonprogress", defaults={"name": "Can view lesson progress"}
    )
    group = old.get_model("auth", "Group").objects.create(name="Teachers")
    group.permissions.add(permission)

    new = migrate(AFTER)
    progress = new.get_model("learning", "LessonProgress").objects.get()
    assert (progress.user_id, progress.lesson_id, progress.completed_at) == (user.pk, lesson.pk, now)
    moved = new.get_model("contenttypes", "ContentType").objects.get(pk=content_type.pk)
    assert moved.app_label == "learning"
    assert new.get_model("auth", "Group").objects.get(name="Teachers").permissions.get().content_type_id == moved.pk



@pytest.fixture(autouse=True)
def latest_schema_afterwards():
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
