"""Courses get a published flag: the ones that exist were public, so they stay published."""

from django.db import migrations, models

HELP = "Learners see the course once it is published; until then only its instructors do."


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_course_instructors"),
    ]

    operations = [
        migrations.AddField(
            model_name="course", name="published", field=models.BooleanField(default=True, help_text=HELP),
        ),
        migrations.AlterField(
            model_name="course", name="published", field=models.BooleanField(default=False, help_text=HELP),
        ),
    ]
