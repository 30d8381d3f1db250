"""Courses, their lessons and the lessons' sections."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from .links import content_url


class CourseQuerySet(models.QuerySet):
    def with_lesson_counts(self) -> CourseQuerySet:
        return self.annotate(lesson_count=models.Count("lessons"))

    def published(self) -> CourseQuerySet:
        return self.filter(published=True)

    def visible_to(self, user) -> CourseQuerySet:
        """Published courses, and the unpublished ones ``user`` teaches (every course for a superuser)."""
        if user.is_superuser:
            return self
        if not user.is_authenticated:
            return self.published()
        taught = Course.instructors.through.objects.filter(user=user).values("course_id")
        return self.filter(models.Q(published=True) | models.Q(pk__in=taught))

    def taught_by(self, user) -> CourseQuerySet:
        """The courses ``user`` may author: every course for a superuser, else those they teach."""
        if user.is_superuser:
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(instructors=user)


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
    published = models.BooleanField(
        default=False, help_text="Learners see the course once it is published; until then only its instructors do."
    )
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="taught_courses",
        help_text="Instructors who review and edit this course in the workspace (admins see every course).",
    )
    content_version = models.PositiveIntegerField(
        default=0, editable=False,
        help_text="Bumped by every change to the course's lessons, glossary or quizzes: the key of its cached pages.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CourseQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return content_url("learning:course_detail", slug=self.slug)

    def is_visible_to(self, user) -> bool:
        """What ``Course.objects.visible_to(user)`` says of this course (a query only for an unpublished one)."""
        if self.published or user.is_superuser:
            return True
        return user.is_authenticated and self.instructors.filter(pk=user.pk).exists()


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
    language = models.CharField(
        max_length=35, blank=True,
        help_text="BCP 47 tag from front matter ('lang') or detected at import; empty when unsure.",
    )
    direction = models.CharField(
        max_length=3, choices=[("ltr", "Left to right"), ("rtl", "Right to left")], default="ltr",
        help_text="Writing direction, from front matter ('dir') or the text's script.",
    )
    reading_minutes = models.PositiveIntegerField(default=1)
    html = models.TextField(blank=True, help_text="Sanitized HTML rendered from the source at import.")
    linked_html = models.TextField(
        blank=True, help_text="``html`` with the course glossary's terms linked; empty until linked."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["course_id", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["course", "slug"], name="courses_lesson_unique_slug_per_course"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return content_url("learning:lesson_detail", course_slug=self.course.slug, slug=self.slug)

    @property
    def body_html(self) -> str:
        """The HTML a learner reads: with glossary links when they have been woven in."""
        return self.linked_html or self.html


class Section(models.Model):
    """A ``##`` (or deeper) heading of a lesson, with the anchor its HTML carries."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="sections")
    heading = models.CharField(max_length=300)
    anchor = models.CharField(max_length=200)
    level = models.PositiveSmallIntegerField(default=2)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["lesson_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["lesson", "anchor"], name="courses_section_unique_anchor_per_lesson"),
        ]

    def __str__(self) -> str:
        return self.heading

    def get_absolute_url(self) -> str:
        return f"{self.lesson.get_absolute_url()}#{self.anchor}"


class LearnerVersion(models.Model):
    """A token that changes with every change of a learner's own records: the key of their cached pages.

    Progress, attempts and flashcards change it (``courses.caching.learner_changed``),
    in the database, so every app server sees the change on its next request.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.CASCADE, related_name="+")
    token = models.UUIDField(default=uuid.uuid4)

    def __str__(self) -> str:
        return f"{self.user_id}: {self.token}"
