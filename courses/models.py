"""Courses, their lessons and sections, and each learner's progress through them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class CourseQuerySet(models.QuerySet):
    def with_lesson_counts(self) -> CourseQuerySet:
        return self.annotate(lesson_count=models.Count("lessons"))


class Course(models.Model):
    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    quiz_required = models.BooleanField(
        default=True, help_text="A lesson is complete only when it is read and its quiz is passed."
    )
    flashcards_new_per_day = models.PositiveSmallIntegerField(
        default=10, help_text="New glossary flashcards introduced to each learner per day."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CourseQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("courses:course_detail", kwargs={"slug": self.slug})


class Lesson(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="lessons")
    slug = models.SlugField(max_length=120)
    title = models.CharField(max_length=300)
    position = models.PositiveIntegerField(default=0)
    source = models.TextField(help_text="The lesson's markdown, repaired of mojibake, without front matter.")
    source_name = models.CharField(max_length=255, blank=True, help_text="File the lesson was imported from.")
    source_hash = models.CharField(max_length=64, help_text="SHA-256 of the imported file's repaired text.")
    metadata = models.JSONField(default=dict, blank=True, help_text="Front matter of the source file.")
    word_count = models.PositiveIntegerField(default=0)
    reading_minutes = models.PositiveIntegerField(default=1)
    html = models.TextField(blank=True, help_text="Sanitized HTML rendered from the source at import.")
    linked_html = models.TextField(
        blank=True, help_text="``html`` with the course glossary's terms linked; empty until linked."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["course", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["course", "slug"], name="courses_lesson_unique_slug_per_course"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def body_html(self) -> str:
        """The HTML a learner reads: with glossary links when they have been woven in."""
        return self.linked_html or self.html

    def get_absolute_url(self) -> str:
        return reverse(
            "courses:lesson_detail", kwargs={"course_slug": self.course.slug, "slug": self.slug}
        )


class Section(models.Model):
    """A ``##`` (or deeper) heading of a lesson, with the anchor its HTML carries."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="sections")
    heading = models.CharField(max_length=300)
    anchor = models.CharField(max_length=200)
    level = models.PositiveSmallIntegerField(default=2)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["lesson", "position"]
        constraints = [
            models.UniqueConstraint(fields=["lesson", "anchor"], name="courses_section_unique_anchor_per_lesson"),
        ]

    def __str__(self) -> str:
        return self.heading

    def get_absolute_url(self) -> str:
        return f"{self.lesson.get_absolute_url()}#{self.anchor}"


class LessonProgress(models.Model):
    """One learner's progress through one lesson."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", "Not started"
        READING = "reading", "Reading"
        COMPLETED = "completed", "Completed"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="progress")
    first_opened_at = models.DateTimeField(default=timezone.now)
    last_opened_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
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

    @property
    def status(self) -> str:
        return self.Status.COMPLETED if self.completed_at else self.Status.READING
