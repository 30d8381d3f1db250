"""A course's glossary terms, where they occur, and learners' flashcards of them.

Terms come from the pure extractor in ``lessontext/glossary/``; instructors curate
them. A curated term (edited, hidden or added by hand) is never overwritten or
removed by re-extraction.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from courses.links import content_url
from courses.models import Course, Lesson
from lessontext.vocabulary import TermKind


class GlossaryTermQuerySet(models.QuerySet):
    def visible(self) -> GlossaryTermQuerySet:
        return self.filter(hidden=False)


class GlossaryTerm(models.Model):
    Kind = models.TextChoices("Kind", [(k.name, (k.value, k.label)) for k in TermKind])

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="glossary_terms")
    slug = models.SlugField(max_length=120)
    term = models.CharField(max_length=200)
    key = models.CharField(max_length=200, help_text="Normalised form used to merge and match terms.")
    definition = models.TextField()
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.DEFINED)
    aliases = models.JSONField(default=list, blank=True, help_text="Other forms: plural, acronym, spelling variants.")
    source_lesson = models.ForeignKey(Lesson, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    source_anchor = models.CharField(max_length=200, blank=True)
    source_sentence = models.TextField(blank=True)
    confidence = models.FloatField(default=1.0)
    rule = models.CharField(max_length=60, blank=True, help_text="Extraction rule that found it (empty for terms added by hand).")
    curated = models.BooleanField(
        default=False, help_text="Edited, hidden or added by an instructor: re-extraction leaves it alone."
    )
    hidden = models.BooleanField(default=False, help_text="Hidden terms are not shown, linked or studied.")
    lessons = models.ManyToManyField(Lesson, through="TermOccurrence", related_name="glossary_terms", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = GlossaryTermQuerySet.as_manager()

    class Meta:
        ordering = ["course_id", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "key"], name="glossary_glossaryterm_unique_key_per_course",
                violation_error_message="The glossary already has this term, or another form of it (plural, spelling).",
            ),
            models.UniqueConstraint(fields=["course", "slug"], name="glossary_glossaryterm_unique_slug_per_course"),
        ]

    def __str__(self) -> str:
        return self.term

    def get_absolute_url(self) -> str:
        return content_url("glossary:term_detail", course_slug=self.course.slug, slug=self.slug)

    @property
    def kind_shown(self) -> str:
        """The kind in plain words for learners, or "" for a plain term or concept (saying so adds nothing)."""
        return "" if self.kind in {self.Kind.DEFINED, self.Kind.CONCEPT} else self.get_kind_display()

    @property
    def initial(self) -> str:
        first = self.term[:1].upper()
        return first if first.isalpha() else "#"


class TermOccurrence(models.Model):
    term = models.ForeignKey(GlossaryTerm, on_delete=models.CASCADE, related_name="occurrences")
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="term_occurrences")
    section_anchor = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["lesson__position"]
        constraints = [
            models.UniqueConstraint(fields=["term", "lesson"], name="glossary_termoccurrence_unique_term_lesson"),
        ]

    def __str__(self) -> str:
        return f"{self.term} in {self.lesson}"


class Flashcard(models.Model):
    """A learner's spaced-repetition state for one term (an FSRS card)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flashcards")
    term = models.ForeignKey(GlossaryTerm, on_delete=models.CASCADE, related_name="flashcards")
    fsrs_card = models.JSONField(help_text="fsrs.Card.to_dict()")
    due = models.DateTimeField(db_index=True)
    introduced_at = models.DateTimeField(auto_now_add=True)
    last_reviewed_at = models.DateTimeField(null=True, blank=True)
    review_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "term"], name="glossary_flashcard_unique_user_term"),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.term}"


class FlashcardReview(models.Model):
    class Rating(models.IntegerChoices):
        AGAIN = 1, "Again"
        HARD = 2, "Hard"
        GOOD = 3, "Good"
        EASY = 4, "Easy"

    flashcard = models.ForeignKey(Flashcard, on_delete=models.CASCADE, related_name="reviews")
    rating = models.PositiveSmallIntegerField(choices=Rating.choices)
    reviewed_at = models.DateTimeField()
    due_after = models.DateTimeField()

    class Meta:
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"{self.flashcard} rated {self.get_rating_display()}"
