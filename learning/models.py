"""Each learner's progress through each lesson."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from courses.models import Lesson


class LessonProgress(models.Model):
    """One learner's progress through one lesson: when it was opened, and when marked read."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="progress")
    first_opened_at = models.DateTimeField(default=timezone.now)
    last_opened_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The table and its constraints were created by the courses app; the model moved, the data stayed.
        db_table = "courses_lessonprogress"
        verbose_name_plural = "lesson progress"
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="courses_lessonprogress_unique_user_lesson"),
            models.CheckConstraint(
                condition=models.Q(last_opened_at__gte=models.F("first_opened_at")),
                name="courses_lessonprogress_opened_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson}"
