"""LessonProgress moves to the learning app: the table stays, only Django's state changes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_course_settings_and_linked_html"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="LessonProgress")],
            database_operations=[],
        ),
    ]
