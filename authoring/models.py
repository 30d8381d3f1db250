"""Instructors' review decisions on generated questions: the labelled data the generators are tuned on."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from courses.models import Lesson
from quizzes.models import Question


class ReviewDecision(models.Model):
    """One instructor's verdict on one question, kept even if the question is later deleted."""

    class Verdict(models.TextChoices):
        ACCEPT = "accept", "Accept (publish)"
        REJECT = "reject", "Reject"
        LOCK = "lock", "Lock (keep as it is)"
        RETURN = "return", "Return to draft"
        EDIT = "edit", "Edit"

    # The rubric's reason codes (../shared/QUESTION_QUALITY.md), for rejections.
    class Reason(models.TextChoices):
        WRONG_KEY = "wrong_key", "Wrong or doubtful key"
        TWO_KEYS = "two_keys", "A second defensible answer"
        DISTRACTOR_TRUE = "distractor_true", "A distractor is true"
        IMPLAUSIBLE_DISTRACTORS = "implausible_distractors", "Implausible distractors"
        HETEROGENEOUS_OPTIONS = "heterogeneous_options", "Options of different kinds"
        LEAK = "leak", "The stem gives the answer away"
        UNGRAMMATICAL = "ungrammatical", "Ungrammatical"
        CONTEXT_LOST = "context_lost", "Context lost"
        TRIVIAL = "trivial", "Trivial"
        NOT_WORTH_ASKING = "not_worth_asking", "Not worth asking"
        FORMAT = "format", "Format"
        MARKDOWN_RESIDUE = "markdown_residue", "Markdown residue"
        OTHER = "other", "Other"

    question = models.ForeignKey(
        Question, on_delete=models.SET_NULL, null=True, blank=True, related_name="review_decisions"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="review_decisions")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="review_decisions"
    )
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    reason = models.CharField(max_length=30, choices=Reason.choices, blank=True)
    note = models.TextField(blank=True)
    rule = models.CharField(max_length=60, blank=True, help_text="The rule that generated the question.")
    snapshot = models.JSONField(default=dict, help_text="The question as it was reviewed.")
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-decided_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(verdict="reject") | ~models.Q(reason=""),
                name="authoring_reviewdecision_rejection_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} by {self.reviewer} at {self.decided_at:%Y-%m-%d %H:%M}"
