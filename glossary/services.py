"""Writes for the glossary: extraction into the database, linking into lessons, flashcard reviews."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import fsrs
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from courses.caching import content_changed, learner_changed
from courses.models import Course, Lesson
from courses.services import lessons_linked_html_set
from lessontext.document import Document, DocumentSection, ItemList, Paragraph, parse_document
from lessontext.glossary import extract_glossary, merge_course_terms, term_key
from lessontext.glossary.linking import LinkTarget, link_terms
from lessontext.rendering import sanitize_html
from lessontext.sources import slugify

from . import selectors
from .models import Flashcard, FlashcardReview, GlossaryTerm, TermOccurrence

ERROR_MERGE_ACROSS_COURSES = "Terms of different courses cannot be merged."
ERROR_MERGE_NEEDS_TWO = "Choose at least two terms to merge."
ERROR_SAVE_ACROSS_COURSES = "Terms of different courses are saved separately."

# Fuzzing spreads reviews randomly; scheduling stays deterministic without it,
# which keeps "when does this card come back" predictable for learners and tests.
SCHEDULER = fsrs.Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class ExtractionReport:
    created: int
    updated: int
    removed: int
    kept_curated: int


def _occurrence_pattern(forms: Iterable[str]) -> re.Pattern | None:
    """Match any form with plural or possessive endings, hyphens and spaces interchangeable."""
    parts = []
    for form in sorted({f.strip() for f in forms if f.strip()}, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s\-‐–]+", form) if w]
        if words:
            parts.append(r"[\s\-‐–]?".join(words))
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?:e?s)?(?:['’]s?)?(?![\w-])", re.IGNORECASE)


def _section_texts(section: DocumentSection) -> list[str]:
    """Everything a reader sees in a section: heading, paragraphs, list items (labels too), table cells."""
    texts = [section.heading or ""]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, ItemList):
            texts.extend(item.text for item in block.items)
        else:
            texts.extend(" ".join(row) for row in (block.header, *block.rows))
    return texts


def _first_section(document: Document, pattern: re.Pattern) -> str | None:
    """The anchor of the first section that mentions the pattern, or None if no section does."""
    if pattern.search(document.title):
        return document.sections[0].anchor if document.sections else ""
    for section in document.sections:
        if any(pattern.search(text) for text in _section_texts(section)):
            return section.anchor
    return None


def _unique_slug(base: str, taken: set[str]) -> str:
    base = (base or "term")[:110]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def glossary_extract_course(
    *, course: Course, lessons: Sequence[Lesson] | None = None, documents: Mapping[int, Document] | None = None
) -> ExtractionReport:
    """Re-extract the course's automatic terms from its lessons, keeping curated ones.

    Automatic terms are created, updated or removed to match the lessons;
    curated terms (edited, hidden or added by an instructor) are never changed,
    and a term extracted under a curated term's key or alias is not duplicated.
    Occurrences and lesson links are rebuilt for every term. The publishing
    pipeline passes the course's ``lessons`` and their parsed ``documents``
    (by lesson id) so each lesson is parsed once.
    """
    lessons = list(course.lessons.all()) if lessons is None else list(lessons)
    if documents is None:
        documents = _documents(lessons)
    merged = merge_course_terms([(lesson.slug, extract_glossary(documents[lesson.pk])) for lesson in lessons])
    lesson_by_slug = {lesson.slug: lesson for lesson in lessons}

    with transaction.atomic():
        existing = list(GlossaryTerm.objects.select_for_update().filter(course=course))
        by_key = {t.key: t for t in existing}
        curated_keys = {}
        for t in existing:
            if t.curated:
                for form in (t.term, *t.aliases):
                    curated_keys[term_key(form)] = t
        taken_slugs = {t.slug for t in existing}
        seen: set[int] = set()
        created = updated = kept = 0
        for course_term in merged:
            found = course_term.term
            alias_keys = {term_key(a) for a in course_term.aliases} | {found.key}
            curated = next((curated_keys[k] for k in alias_keys if k in curated_keys), None)
            if curated:
                seen.add(curated.pk)
                kept += 1
                continue
            source_lesson = lesson_by_slug.get(course_term.lessons[0]) if course_term.lessons else None
            fields = {
                "term": found.term[:200],
                "definition": found.definition,
                "kind": found.kind,
                "aliases": list(course_term.aliases),
                "source_lesson": source_lesson,
                "source_anchor": found.section_anchor[:200],
                "source_sentence": found.sentence,
                "confidence": round(found.confidence, 3),
                "rule": found.rule[:60],
            }
            term = by_key.get(found.key)
            if term is None:
                term = GlossaryTerm(course=course, key=found.key[:200], slug=_unique_slug(slugify(found.term), taken_slugs))
                created += 1
            elif any(getattr(term, name) != value for name, value in fields.items()):
                updated += 1
            else:
                seen.add(term.pk)
                continue
            for name, value in fields.items():
                setattr(term, name, value)
            term.full_clean()
            term.save()
            by_key[term.key] = term
            seen.add(term.pk)
        stale = GlossaryTerm.objects.filter(course=course, curated=False).exclude(pk__in=seen)
        removed = stale.count()
        stale.delete()
        _occurrences_rebuild(course=course, documents=documents, lessons=lessons)
    glossary_link_course(course=course)
    return ExtractionReport(created=created, updated=updated, removed=removed, kept_curated=kept)


def _documents(lessons: Iterable[Lesson]) -> dict[int, Document]:
    return {lesson.pk: parse_document(lesson.source) for lesson in lessons}


def _occurrences_rebuild(*, course: Course, documents: Mapping[int, Document], lessons: list[Lesson]) -> None:
    TermOccurrence.objects.filter(term__course=course).delete()
    rows = []
    for term in GlossaryTerm.objects.filter(course=course):
        pattern = _occurrence_pattern([term.term, *term.aliases])
        if pattern is None:
            continue
        for lesson in lessons:
            anchor = _first_section(documents[lesson.pk], pattern)
            if anchor is not None:
                rows.append(TermOccurrence(term=term, lesson=lesson, section_anchor=anchor[:200]))
    TermOccurrence.objects.bulk_create(rows)
    content_changed(pk=course.pk)


def glossary_link_course(*, course: Course) -> int:
    """Weave each lesson's visible terms into its HTML as popovers; return how many lessons changed."""
    terms_by_lesson: dict[int, list[GlossaryTerm]] = {}
    for occurrence in TermOccurrence.objects.filter(term__course=course, term__hidden=False).select_related("term"):
        terms_by_lesson.setdefault(occurrence.lesson_id, []).append(occurrence.term)
    linked = {}
    for lesson in course.lessons.only("id", "html"):
        targets = [
            LinkTarget(
                term=t.term,
                forms=tuple(dict.fromkeys([t.term, *t.aliases])),
                url=reverse("glossary:term_detail", kwargs={"course_slug": course.slug, "slug": t.slug}),
                definition=t.definition,
                slug=t.slug,
            )
            for t in sorted(terms_by_lesson.get(lesson.pk, []), key=lambda t: t.term.lower())
        ]
        linked[lesson.pk] = sanitize_html(link_terms(lesson.html, targets)) if targets else ""
    return lessons_linked_html_set(linked=linked)


def term_save(*, term: GlossaryTerm) -> GlossaryTerm:
    """Save an instructor's edit or new term: it becomes curated and lessons are relinked."""
    return terms_save(terms=[term])[0]


def terms_save(*, terms: Sequence[GlossaryTerm]) -> list[GlossaryTerm]:
    """Save instructors' edits of several terms of one course, then relink its lessons once."""
    terms = list(terms)
    if not terms:
        return terms
    if len({t.course_id for t in terms}) != 1:
        raise ValueError(ERROR_SAVE_ACROSS_COURSES)
    course = terms[0].course
    taken = None
    for term in terms:
        term.curated = True
        term.key = term.key or term_key(term.term)[:200]
        if not term.slug:
            taken = taken if taken is not None else set(course.glossary_terms.values_list("slug", flat=True))
            term.slug = _unique_slug(slugify(term.term), taken)
        term.aliases = [a.strip() for a in term.aliases if isinstance(a, str) and a.strip()]
        term.full_clean()
    with transaction.atomic():
        for term in terms:
            term.save()
        lessons = list(course.lessons.all())
        _occurrences_rebuild(course=course, documents=_documents(lessons), lessons=lessons)
    glossary_link_course(course=course)
    return terms


def terms_merge(*, terms: list[GlossaryTerm]) -> GlossaryTerm:
    """Merge ``terms`` into the first: the others become its aliases and their flashcards move to it."""
    if len(terms) < 2:
        raise ValueError(ERROR_MERGE_NEEDS_TWO)
    if len({t.course_id for t in terms}) != 1:
        raise ValueError(ERROR_MERGE_ACROSS_COURSES)
    target, others = terms[0], terms[1:]
    with transaction.atomic():
        aliases = list(target.aliases)
        for other in others:
            for form in (other.term, *other.aliases):
                if form.lower() != target.term.lower() and form.lower() not in {a.lower() for a in aliases}:
                    aliases.append(form)
            learners_with_card = Flashcard.objects.filter(term=target).values("user_id")
            Flashcard.objects.filter(term=other).exclude(user_id__in=learners_with_card).update(term=target)
        GlossaryTerm.objects.filter(pk__in=[o.pk for o in others]).delete()
        target.aliases = aliases
        term_save(term=target)
    return target


# --- Flashcards ---


def flashcards_introduce(*, user, course: Course, now: datetime | None = None, lesson: Lesson | None = None) -> int:
    """Create today's new cards for ``user`` up to the course's daily allowance; return how many."""
    now = now or timezone.now()
    introduced_today = Flashcard.objects.filter(
        user=user, term__course=course, introduced_at__gte=selectors.day_start(now)
    ).count()
    allowance = max(course.flashcards_new_per_day - introduced_today, 0)
    if not allowance:
        return 0
    candidates = GlossaryTerm.objects.visible().filter(course=course).exclude(flashcards__user=user)
    if lesson is not None:
        candidates = candidates.filter(occurrences__lesson=lesson)
    new_terms = list(candidates.order_by("-confidence", "term")[:allowance])
    cards = []
    for term in new_terms:
        card = fsrs.Card(due=now)
        cards.append(Flashcard(user=user, term=term, fsrs_card=card.to_dict(), due=now))
    Flashcard.objects.bulk_create(cards, ignore_conflicts=True)
    learner_changed(user.pk)
    return len(cards)


def flashcard_review(*, flashcard: Flashcard, rating: int, now: datetime | None = None) -> Flashcard:
    """Apply an Again/Hard/Good/Easy rating with FSRS and record the review."""
    now = now or timezone.now()
    rating = FlashcardReview.Rating(rating)
    with transaction.atomic():
        flashcard = Flashcard.objects.select_for_update().get(pk=flashcard.pk)
        card = fsrs.Card.from_dict(flashcard.fsrs_card)
        card, _log = SCHEDULER.review_card(card, fsrs.Rating(int(rating)), now)
        flashcard.fsrs_card = card.to_dict()
        flashcard.due = card.due
        flashcard.last_reviewed_at = now
        flashcard.review_count += 1
        flashcard.save(update_fields=["fsrs_card", "due", "last_reviewed_at", "review_count"])
        FlashcardReview.objects.create(flashcard=flashcard, rating=rating, reviewed_at=now, due_after=card.due)
    return flashcard


def describe_interval(delta: timedelta) -> str:
    """Say in words when a card comes back ("in 10 minutes", "in 3 days")."""
    seconds = max(int(delta.total_seconds()), 0)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = round(seconds / size)
            return f"in {n} {unit}{'s' if n != 1 else ''}"
    return "in under a minute"
