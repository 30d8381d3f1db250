"""LessonProgress, moved from the courses app: the existing table ``courses_lessonprogress`` is kept."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    """Keep permissions granted on lesson progress: its content type changes app, not identity."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="learning", model="lessonprogress").exists():
        ContentType.objects.filter(app_label="courses", model="lessonprogress").update(app_label="learning")


def restore_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="courses", model="lessonprogress").exists():
        ContentType.objects.filter(app_label="learning", model="lessonprogress").update(app_label="courses")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("courses", "0003_lessonprogress_moves_to_learning"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="LessonProgress",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("first_opened_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("last_opened_at", models.DateTimeField(default=django.utils.timezone.now)),
                        ("completed_at", models.DateTimeField(blank=True, null=True)),
                        ("lesson", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="progress", to="courses.lesson")),
                        ("user", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="lesson_progress", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "verbose_name_plural": "lesson progress",
                        "db_table": "courses_lessonprogress",
                        "constraints": [
                            models.UniqueConstraint(fields=("user", "lesson"), name="courses_lessonprogress_unique_user_lesson"),
                            models.CheckConstraint(
                                condition=models.Q(("last_opened_at__gte", models.F("first_opened_at"))),
                                name="courses_lessonprogress_opened_in_order",
                            ),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, restore_content_type),
    ]
