"""Quizzes of lessons: questions with their options, learners' attempts and responses.

Questions change over time (regeneration, instructor edits, deletion), so a
response keeps a snapshot of what the learner saw and what was correct then;
results are always rendered from snapshots, never from live questions.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from courses.links import content_url
from courses.models import Lesson
from lessontext.vocabulary import QuestionLevel, QuestionType

from .checks import validate_answer_list


class AnswersShown(models.TextChoices):
    IMMEDIATELY = "immediately", "Right after each attempt"
    AFTER_LAST_ATTEMPT = "after_last_attempt", "After the last attempt allowed"
    AFTER_PASSING = "after_passing", "Once the learner has passed"
    NEVER = "never", "Never"


class Quiz(models.Model):
    lesson = models.OneToOneField(Lesson, on_delete=models.CASCADE, related_name="quiz")
    pass_mark = models.PositiveSmallIntegerField(
        default=70, validators=[MaxValueValidator(100)], help_text="Percentage needed to pass."
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Empty for unlimited attempts."
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Empty for no time limit."
    )
    shuffle_options = models.BooleanField(default=True, help_text="Shuffle options for every attempt.")
    one_question_per_page = models.BooleanField(default=False)
    answers_shown = models.CharField(
        max_length=20, choices=AnswersShown.choices, default=AnswersShown.IMMEDIATELY,
        help_text="When learners see the correct answers and explanations on their results.",
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)],
        help_text="Draw this many of the published questions at random for each attempt; empty for all of them.",
    )
    generation_seed = models.IntegerField(default=0)
    generation_note = models.TextField(blank=True, help_text="Why the generator produced few or no questions.")
    generated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "quizzes"

    def __str__(self) -> str:
        return f"Quiz: {self.lesson}"

    def get_absolute_url(self) -> str:
        return content_url("quizzes:quiz_detail", course_slug=self.lesson.course.slug, slug=self.lesson.slug)

    def shows_answers(self, *, passed: bool, attempts_left: int | None) -> bool:
        """Whether a learner sees correct answers on results, given whether they ever passed and attempts left.

        "After the last attempt" never comes when attempts are unlimited (``attempts_left`` is None).
        """
        return {
            AnswersShown.IMMEDIATELY: True,
            AnswersShown.AFTER_LAST_ATTEMPT: attempts_left == 0,
            AnswersShown.AFTER_PASSING: passed,
            AnswersShown.NEVER: False,
        }[AnswersShown(self.answers_shown)]


class QuestionQuerySet(models.QuerySet):
    def published(self) -> QuestionQuerySet:
        return self.filter(status=Question.Status.PUBLISHED)


class Question(models.Model):
    Type = models.TextChoices("Type", [(t.name, (t.value, t.label)) for t in QuestionType])
    Level = models.TextChoices("Level", [(t.name, (t.value, t.label)) for t in QuestionLevel])

    class Origin(models.TextChoices):
        GENERATED = "generated", "Generated"
        AUTHORED = "authored", "Authored"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        REJECTED = "rejected", "Rejected"

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    type = models.CharField(max_length=20, choices=Type.choices)
    stem = models.TextField()
    explanation = models.TextField(blank=True)
    source_anchor = models.CharField(max_length=200, blank=True, help_text="Section anchor the question comes from.")
    source_sentence = models.TextField(blank=True)
    accepted_answers = models.JSONField(
        default=list, blank=True, validators=[validate_answer_list], help_text="Fill in the blank: accepted answers, the canonical one first."
    )
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.AUTHORED)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    locked = models.BooleanField(
        default=False, help_text="Edited or reviewed by an instructor: regeneration keeps it as it is."
    )
    position = models.PositiveIntegerField(default=0)
    confidence = models.FloatField(default=1.0)
    rule = models.CharField(max_length=60, blank=True, help_text="Generation rule that produced it.")
    family = models.CharField(max_length=60, blank=True, help_text="Question family that generated it.")
    level = models.CharField(
        max_length=20, choices=Level.choices, default=Level.REMEMBER, help_text="Remember, understand or apply."
    )
    checks = models.JSONField(default=list, blank=True, help_text="Rubric checks it passed.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["quiz_id", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1),
                name="quizzes_question_confidence_range",
            ),
        ]

    def __str__(self) -> str:
        return self.stem[:80]


class Option(models.Model):
    """A choice (single, multiple, true/false) or a matching pair (``text`` ↔ ``match_text``)."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.TextField()
    is_correct = models.BooleanField(default=False)
    match_text = models.CharField(max_length=300, blank=True, help_text="Matching: the term this description pairs with.")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["question_id", "position", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class Attempt(models.Model):
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    number = models.PositiveIntegerField(help_text="1 for the learner's first attempt at this quiz.")
    started_at = models.DateTimeField(auto_now_add=True)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    layout = models.JSONField(default=list, help_text="Questions and option order as shown to the learner.")
    saved_answers = models.JSONField(default=dict, blank=True, help_text="Answers saved before submission.")
    score = models.FloatField(null=True, blank=True)
    max_score = models.FloatField(default=0)
    percent = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)
    late = models.BooleanField(default=False)
    pass_mark = models.PositiveSmallIntegerField(
        default=70, validators=[MaxValueValidator(100)], help_text="The quiz's pass mark when the attempt started."
    )
    saved_at = models.DateTimeField(null=True, blank=True, help_text="When answers were last saved.")

    # Answers reaching the server this long after the deadline still count:
    # the browser submits at zero and the request needs time to arrive.
    DEADLINE_GRACE = timedelta(seconds=5)

    class Meta:
        ordering = ["quiz_id", "user_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user", "number"], name="quizzes_attempt_unique_number"),
            # Reloads and double clicks must find the attempt in progress, never start a second one.
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=models.Q(submitted_at__isnull=True),
                name="quizzes_attempt_one_open_per_user",
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="quizzes_attempt_number_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    def time_is_up(self, now: datetime) -> bool:
        """Whether answers arriving at ``now`` come too late to count."""
        return self.deadline is not None and now > self.deadline + self.DEADLINE_GRACE


class Response(models.Model):
    """One answered question of an attempt, with a snapshot of the question as shown."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    question = models.ForeignKey(Question, on_delete=models.SET_NULL, null=True, blank=True, related_name="responses")
    position = models.PositiveIntegerField(default=0)
    snapshot = models.JSONField(help_text="Stem, options in order and the correct answer when answered.")
    answer = models.JSONField(null=True, blank=True)
    score = models.FloatField(default=0)
    max_score = models.FloatField(default=1)

    class Meta:
        ordering = ["attempt_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="quizzes_response_unique_position"),
        ]

    def __str__(self) -> str:
        return f"{self.attempt} Q{self.position + 1}"
