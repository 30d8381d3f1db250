"""Storing, curating, linking and studying glossary terms."""

from datetime import timedelta

import fsrs
import pytest
from django.utils import timezone

from courses.services import course_import
from glossary.models import Flashcard, FlashcardReview, GlossaryTerm
from glossary.services import (
    ERROR_SAVE_ACROSS_COURSES,
    describe_interval,
    flashcard_review,
    flashcards_introduce,
    glossary_extract_course,
    term_save,
    terms_merge,
    terms_save,
)
from lessontext.rendering import sanitize_html

pytestmark = pytest.mark.django_db

CELLS = """# The Cell

Cells are the basic units of life.

## Parts of a cell

- **Nucleus**: the compartment that holds the cell's genetic material.
- **Ribosome**: a small machine that builds proteins from amino acids.
- **Mitochondrion**: the organelle that releases energy from food.

## Division

Every nucleus divides before the cell splits. Ribosomes are found in the cytoplasm.
"""


@pytest.fixture
def cell_course(write_files):
    report = course_import(path=write_files({"01-cell.md": CELLS}, folder="biology"))
    return report.course


def terms(course):
    return {t.key: t for t in GlossaryTerm.objects.filter(course=course)}


def test_seed_glossary_holds_the_terms_the_texts_define(seeds_dir):
    course = course_import(path=seeds_dir).course
    glossary_extract_course(course=course)
    names = {t.term.lower() for t in GlossaryTerm.objects.filter(course=course)}
    for expected in ("diplomatic negotiations", "army diplomacy", "defense attachés"):
        assert expected in names
    attaches = GlossaryTerm.objects.get(course=course, term__iexact="defense attachés")
    assert attaches.occurrences.get().lesson.slug == "army-diplomacy"


def test_extraction_stores_terms_with_occurrences_and_links(cell_course):
    report = glossary_extract_course(course=cell_course)
    assert report.created >= 3
    found = terms(cell_course)
    nucleus = next(t for t in found.values() if t.term == "Nucleus")
    assert "genetic material" in nucleus.definition
    assert nucleus.kind == GlossaryTerm.Kind.DEFINED
    assert nucleus.source_anchor == "parts-of-a-cell"
    lesson = cell_course.lessons.get()
    assert list(nucleus.occurrences.values_list("lesson_id", "section_anchor")) == [(lesson.pk, "parts-of-a-cell")]
    lesson.refresh_from_db()
    assert f'href="/glossary/{cell_course.slug}/{nucleus.slug}/"' in lesson.linked_html
    assert 'role="tooltip"' in lesson.linked_html
    assert sanitize_html(lesson.linked_html) == lesson.linked_html


def test_reextraction_is_idempotent(cell_course):
    glossary_extract_course(course=cell_course)
    before = sorted(GlossaryTerm.objects.values_list("pk", "key", "definition"))
    report = glossary_extract_course(course=cell_course)
    assert (report.created, report.updated, report.removed) == (0, 0, 0)
    assert sorted(GlossaryTerm.objects.values_list("pk", "key", "definition")) == before


def test_curated_terms_survive_reimport_and_reextraction(cell_course, write_files):
    glossary_extract_course(course=cell_course)
    nucleus = GlossaryTerm.objects.get(term="Nucleus")
    nucleus.definition = "The control centre of the cell (instructor's wording)."
    term_save(term=nucleus)
    ribosome = GlossaryTerm.objects.get(term="Ribosome")
    ribosome.hidden = True
    term_save(term=ribosome)
    added = GlossaryTerm(course=cell_course, term="Cytoplasm", definition="The jelly inside the cell.")
    term_save(term=added)

    folder = write_files({"01-cell.md": CELLS + "\nThe cytoplasm fills the cell.\n"}, folder="biology")
    course_import(path=folder)
    glossary_extract_course(course=cell_course)

    after = {t.term: t for t in GlossaryTerm.objects.filter(course=cell_course)}
    assert after["Nucleus"].definition == "The control centre of the cell (instructor's wording)."
    assert after["Ribosome"].hidden and after["Ribosome"].curated
    assert after["Cytoplasm"].curated and after["Cytoplasm"].occurrences.exists()
    assert GlossaryTerm.objects.filter(course=cell_course, term__iexact="nucleus").count() == 1
    html = cell_course.lessons.get().linked_html
    assert "The control centre of the cell" in html
    assert "gloss-" + after["Cytoplasm"].slug in html
    assert "gloss-" + after["Ribosome"].slug not in html


def test_terms_removed_from_the_text_disappear_unless_curated(cell_course, write_files):
    glossary_extract_course(course=cell_course)
    assert GlossaryTerm.objects.filter(term="Mitochondrion").exists()
    text = CELLS.replace("- **Mitochondrion**: the organelle that releases energy from food.\n", "")
    course_import(path=write_files({"01-cell.md": text}, folder="biology"))
    report = glossary_extract_course(course=cell_course)
    assert report.removed >= 1
    assert not GlossaryTerm.objects.filter(term="Mitochondrion").exists()


def test_extracted_term_matching_a_curated_alias_is_not_duplicated(cell_course):
    custom = GlossaryTerm(course=cell_course, term="Cell nucleus", definition="Own words.", aliases=["nucleus"])
    term_save(term=custom)
    glossary_extract_course(course=cell_course)
    assert not GlossaryTerm.objects.filter(course=cell_course, term="Nucleus").exists()
    assert GlossaryTerm.objects.get(term="Cell nucleus").definition == "Own words."


def test_merge_moves_aliases_and_flashcards(make_course, make_term, make_user):
    course = make_course()
    a = make_term(course, "Ribosome", "Builds proteins.")
    b = make_term(course, "Ribosomes", "Protein builders.", aliases=["ribosomal unit"])
    learner = make_user()
    flashcards_introduce(user=learner, course=course)
    merged = terms_merge(terms=[a, b])
    assert merged.aliases == ["Ribosomes", "ribosomal unit"]
    assert merged.curated
    assert not GlossaryTerm.objects.filter(pk=b.pk).exists()
    assert Flashcard.objects.filter(user=learner).count() == 1


@pytest.mark.parametrize("terms_", [[], ["one"]])
def test_merge_needs_two_terms(make_course, make_term, terms_):
    course = make_course()
    with pytest.raises(ValueError, match="at least two"):
        terms_merge(terms=[make_term(course, t) for t in terms_])


def test_new_cards_are_introduced_a_few_per_day(make_course, make_term, make_user):
    course = make_course(flashcards_new_per_day=2)
    for name in ("Alpha", "Beta", "Gamma"):
        make_term(course, name)
    make_term(course, "Hidden", hidden=True)
    learner = make_user()
    now = timezone.now()
    assert flashcards_introduce(user=learner, course=course, now=now) == 2
    assert flashcards_introduce(user=learner, course=course, now=now) == 0
    assert Flashcard.objects.filter(user=learner).count() == 2
    assert not Flashcard.objects.filter(term__hidden=True).exists()


def test_rating_moves_the_due_date_as_fsrs_says(make_course, make_term, make_user):
    course = make_course()
    make_term(course, "Alpha")
    learner = make_user()
    start = timezone.now()
    flashcards_introduce(user=learner, course=course, now=start)
    card = Flashcard.objects.get(user=learner)
    expected = fsrs.Card.from_dict(card.fsrs_card)
    scheduler = fsrs.Scheduler(enable_fuzzing=False)

    for offset, rating in [(0, 3), (15, 3), (60 * 24 * 3, 1), (60 * 24 * 3 + 20, 4)]:
        when = start + timedelta(minutes=offset)
        card = flashcard_review(flashcard=card, rating=rating, now=when)
        expected, _ = scheduler.review_card(expected, fsrs.Rating(rating), when)
        assert card.due == expected.due

    assert card.review_count == 4
    assert list(FlashcardReview.objects.order_by("reviewed_at").values_list("rating", flat=True)) == [3, 3, 1, 4]
    assert card.due > start + timedelta(days=3)


@pytest.mark.parametrize(
    "delta, words",
    [
        (timedelta(seconds=20), "in under a minute"),
        (timedelta(minutes=1), "in 1 minute"),
        (timedelta(minutes=10), "in 10 minutes"),
        (timedelta(hours=5), "in 5 hours"),
        (timedelta(days=1), "in 1 day"),
        (timedelta(days=12, hours=3), "in 12 days"),
    ],
)
def test_describe_interval(delta, words):
    assert describe_interval(delta) == words


def test_terms_of_different_courses_are_saved_separately(make_course, make_term):
    first, second = make_term(make_course(), "Nucleus"), make_term(make_course(), "Vacuole")
    with pytest.raises(ValueError, match=ERROR_SAVE_ACROSS_COURSES):
        terms_save(terms=[first, second])

