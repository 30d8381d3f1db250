"""Reads for glossary and flashcard pages, each built to a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from string import ascii_uppercase

from django.core.cache import cache
from django.db.models import Count, Min, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import ngettext

from courses.caching import cached, cached_per_course, content_key, learner_key
from courses.models import Course, Lesson
from courses.selectors import course_for

from .models import Flashcard, GlossaryTerm, TermOccurrence

# A term hidden by an instructor leaves the badge of learners who studied it at most this late.
BADGE_TIMEOUT = 5 * 60


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
    """The course's visible terms, filtered by a search query or an initial letter (1 query, the terms cached)."""
    course = course_for(slug=course_slug, user=user)
    terms = cached(
        content_key(course, "glossary-terms"),
        lambda: list(GlossaryTerm.objects.visible().filter(course=course)
                     .only("term", "slug", "definition", "aliases", "kind", "course_id").order_by("term")),
    )
    initials = {t.initial for t in terms}
    query = query.strip()[:100]
    letter = letter.upper()[:1]
    selected = [t for t in terms if not letter or t.initial == letter]
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
    """Cards due now for ``user`` across courses (one query); 0 for anonymous visitors.

    "Due" means one thing everywhere (the navigation badge, the dashboard, the
    study page): a card whose review time has come, now. Terms never studied
    are "new cards", counted apart (``FlashcardCourse.new_today``).
    """
    if not user.is_authenticated:
        return 0
    now = now or timezone.now()
    return Flashcard.objects.filter(user=user, due__lte=now, term__hidden=False).count()


def flashcards_due_badge(*, user, now: datetime | None = None) -> int:
    """:func:`flashcards_due_count` for the navigation badge, from the cache while it still holds.

    The count is cached under the learner's version token, which studying (new
    cards, reviews) replaces on every server at once, with the moment the next
    card falls due: until then it cannot change by itself, so the badge is
    exact without a query of the cards on every page.
    """
    if not user.is_authenticated:
        return 0
    now = now or timezone.now()
    key = learner_key(user, "flashcards-due")
    if (hit := cache.get(key)) is not None and (hit[1] is None or now < hit[1]):
        return hit[0]
    figures = Flashcard.objects.filter(user=user, term__hidden=False).aggregate(
        due_now=Count("pk", filter=Q(due__lte=now)), next_due=Min("due", filter=Q(due__gt=now))
    )
    cache.set(key, (figures["due_now"], figures["next_due"]), BADGE_TIMEOUT)
    return figures["due_now"]


def day_start(now: datetime) -> datetime:
    """Where "today" starts for the daily allowance of new cards."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class StudySession:
    course: Course
    lesson: Lesson | None
    card: Flashcard | None
    due_count: int
    next_due: datetime | None
    has_terms: bool


def study_session(*, user, course: Course, lesson: Lesson | None = None, now: datetime | None = None) -> StudySession:
    """The next due card of the course (or lesson) for ``user``, with the queue's size (3–4 queries)."""
    now = now or timezone.now()
    cards = Flashcard.objects.filter(user=user, term__course=course, term__hidden=False)
    if lesson is not None:
        cards = cards.filter(term__occurrences__lesson=lesson)
    due = cards.filter(due__lte=now)
    card = due.select_related("term").order_by("due", "pk").first()
    if card:
        card.term.course = course
    later = None if card else cards.filter(due__gt=now).order_by("due").values_list("due", flat=True).first()
    has_terms = card is not None or later is not None or GlossaryTerm.objects.visible().filter(course=course).exists()
    return StudySession(course=course, lesson=lesson, card=card, due_count=due.count(), next_due=later, has_terms=has_terms)


@dataclass(frozen=True)
class FlashcardCourse:
    """One course's flashcards for a learner: how many are due now, new, and new for today."""

    course: Course
    term_count: int
    studied: int
    due: int
    new_today: int
    next_due: datetime | None = None  # when the next card not yet due falls due

    @property
    def new(self) -> int:
        return self.term_count - self.studied

    @property
    def to_study_now(self) -> bool:
        return bool(self.due or self.new_today)

    @property
    def summary(self) -> str:
        """The counts in plain words: "3 cards due now · 12 new cards to learn, 10 today"."""
        parts = [ngettext("%(n)d card due now", "%(n)d cards due now", self.due) % {"n": self.due}] if self.due else []
        if self.new:
            new = ngettext("%(n)d new card to learn", "%(n)d new cards to learn", self.new) % {"n": self.new}
            parts.append(f"{new}, {self.new_today} today" if self.new_today else f"{new}, more tomorrow")
        if not self.due:
            parts.insert(0, "Nothing due now" if self.studied else "Not started")
        if not self.new:
            parts.append("every card started")
        return " · ".join(parts)


def flashcard_courses(*, user, now: datetime | None = None) -> list[FlashcardCourse]:
    """Courses with glossary terms and the learner's cards in each (2 simple queries; term counts cached).

    ``new_today`` is what the study page will introduce today: the new cards,
    up to what is left of the course's daily allowance.
    """
    now = now or timezone.now()
    courses = list(Course.objects.visible_to(user).order_by("title"))

    def term_counts(pks: list[int]) -> dict[int, int]:
        counts = dict(GlossaryTerm.objects.visible().filter(course_id__in=pks).values("course_id")
                      .annotate(n=Count("pk")).values_list("course_id", "n"))
        return {pk: counts.get(pk, 0) for pk in pks}

    terms = cached_per_course(courses, "term-count", term_counts)
    shown = Q(term__hidden=False)
    mine = {
        row["term__course_id"]: row
        for row in Flashcard.objects.filter(user=user, term__course_id__in=[c.pk for c in courses])
        .values("term__course_id")
        .annotate(
            next_due=Min("due", filter=shown & Q(due__gt=now)),  # before "due" the count takes the name
            studied=Count("pk", filter=shown),
            due=Count("pk", filter=shown & Q(due__lte=now)),
            introduced_today=Count("pk", filter=Q(introduced_at__gte=day_start(now))),
        )
    }
    rows = []
    for course in courses:
        if not terms[course.pk]:
            continue
        cards = mine.get(course.pk, {"studied": 0, "due": 0, "introduced_today": 0, "next_due": None})
        new = max(terms[course.pk] - cards["studied"], 0)
        allowance = max(course.flashcards_new_per_day - cards["introduced_today"], 0)
        rows.append(FlashcardCourse(course=course, term_count=terms[course.pk], studied=cards["studied"],
                                    due=cards["due"], new_today=min(new, allowance), next_due=cards["next_due"]))
    return rows
