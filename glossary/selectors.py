"""Reads for glossary and flashcard pages, each built to a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from string import ascii_uppercase

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from courses.models import Course, Lesson

from .models import Flashcard, GlossaryTerm, TermOccurrence


def lesson_terms(*, lesson) -> list[GlossaryTerm]:
    return list(
        GlossaryTerm.objects.visible().filter(occurrences__lesson=lesson).select_related("course").order_by("term")
    )


@dataclass(frozen=True)
class GlossaryIndex:
    course: Course
    terms: list[GlossaryTerm]
    query: str
    letter: str
    letters_available: set[str]

    @property
    def letters(self) -> list[str]:
        return [*ascii_uppercase, "#"]

    def groups(self) -> list[tuple[str, list[GlossaryTerm]]]:
        grouped: dict[str, list[GlossaryTerm]] = {}
        for term in self.terms:
            grouped.setdefault(term.initial, []).append(term)
        return sorted(grouped.items(), key=lambda item: (item[0] == "#", item[0]))


def glossary_index(*, course_slug: str, user, query: str = "", letter: str = "") -> GlossaryIndex:
    """The course's visible terms, filtered by a search query or an initial letter (3 queries)."""
    course = get_object_or_404(Course.objects.visible_to(user), slug=course_slug)
    terms = GlossaryTerm.objects.visible().filter(course=course)
    initials = {t.initial for t in terms.only("term")}
    query = query.strip()[:100]
    letter = letter.upper()[:1]
    selected = [t for t in terms.order_by("term") if not letter or t.initial == letter]
    if query:
        # Matched here, not in SQL: the aliases are a JSON list, and "[" or '"' must not match its syntax.
        wanted = query.casefold()
        selected = [
            t for t in selected
            if wanted in t.term.casefold() or wanted in t.definition.casefold()
            or any(wanted in alias.casefold() for alias in t.aliases)
        ]
    for term in selected:
        term.course = course
    return GlossaryIndex(course=course, terms=selected, query=query, letter=letter, letters_available=initials)


@dataclass(frozen=True)
class TermPage:
    term: GlossaryTerm
    occurrences: list[TermOccurrence]
    related: list[GlossaryTerm]


def term_page(*, course_slug: str, slug: str, user) -> TermPage:
    """A term, the lessons where it occurs and related terms (3 queries)."""
    term = get_object_or_404(
        GlossaryTerm.objects.visible().select_related("course", "source_lesson"),
        course__in=Course.objects.visible_to(user), course__slug=course_slug, slug=slug,
    )
    occurrences = list(term.occurrences.select_related("lesson").order_by("lesson__position"))
    for occurrence in occurrences:
        occurrence.lesson.course = term.course
    lesson_ids = [o.lesson_id for o in occurrences]
    # Related: the terms that share the most lessons with this one.
    related = list(
        GlossaryTerm.objects.visible()
        .filter(course=term.course, occurrences__lesson_id__in=lesson_ids)
        .exclude(pk=term.pk)
        .annotate(shared=Count("occurrences"))
        .order_by("-shared", "term")[:8]
    )
    for other in related:
        other.course = term.course
    if term.source_lesson:
        term.source_lesson.course = term.course
    return TermPage(term=term, occurrences=occurrences, related=related)


def flashcards_due_count(*, user, now: datetime | None = None) -> int:
    """Cards due now for ``user`` across courses (one query); 0 for anonymous visitors."""
    if not user.is_authenticated:
        return 0
    now = now or timezone.now()
    return Flashcard.objects.filter(user=user, due__lte=now, term__hidden=False).count()


@dataclass(frozen=True)
class StudySession:
    course: Course
    lesson: Lesson | None
    card: Flashcard | None
    due_count: int
    next_due: datetime | None


def study_session(*, user, course: Course, lesson: Lesson | None = None, now: datetime | None = None) -> StudySession:
    """The next due card of the course (or lesson) for ``user``, with the queue's size (3 queries)."""
    now = now or timezone.now()
    cards = Flashcard.objects.filter(user=user, term__course=course, term__hidden=False)
    if lesson is not None:
        cards = cards.filter(term__occurrences__lesson=lesson)
    due = cards.filter(due__lte=now)
    card = due.select_related("term").order_by("due", "pk").first()
    if card:
        card.term.course = course
    later = None if card else cards.filter(due__gt=now).order_by("due").values_list("due", flat=True).first()
    return StudySession(course=course, lesson=lesson, card=card, due_count=due.count(), next_due=later)


def flashcard_courses(*, user, now: datetime | None = None) -> list[Course]:
    """Courses with glossary terms, each annotated with ``due`` cards and ``studied`` cards for ``user``."""
    now = now or timezone.now()
    mine = Q(glossary_terms__flashcards__user=user, glossary_terms__hidden=False)
    return list(
        Course.objects.visible_to(user).annotate(
            term_count=Count("glossary_terms", filter=Q(glossary_terms__hidden=False), distinct=True),
            due=Count("glossary_terms__flashcards", filter=mine & Q(glossary_terms__flashcards__due__lte=now)),
            studied=Count("glossary_terms__flashcards", filter=mine),
        )
        .filter(term_count__gt=0)
        .order_by("title")
    )
