"""Generating quizzes into the database: lifecycle, instructor work kept, snapshots untouched."""

import pytest

from courses.services import course_import
from quizzes.models import Option, Question
from quizzes.services import quiz_generate, quizzes_generate

pytestmark = pytest.mark.django_db

LESSON = """# The Cell

Cells are the basic units of life, and every organism is made of one or more cells.

## Parts of a cell

The main parts of a cell include:

- **Nucleus**: the compartment that holds the cell's genetic material and controls its activities.
- **Ribosome**: a small structure that builds proteins from amino acids in the cytoplasm.
- **Mitochondrion**: the organelle that releases energy from food through respiration.
- **Cell membrane**: the thin layer that controls what enters and leaves the cell.

## Kinds of cells

- **Prokaryotic cells**: simple cells without a nucleus, such as bacteria.
- **Eukaryotic cells**: complex cells with a nucleus, found in plants, animals and fungi.

## History

Robert Hooke first described cells in 1665 after looking at cork through a microscope.
Anton van Leeuwenhoek observed living bacteria in 1676 with lenses he made himself.
Hooke worked in London for the Royal Society, while Leeuwenhoek worked as a draper in Delft.
"""


@pytest.fixture
def lesson(write_files):
    return course_import(path=write_files({"01-cell.md": LESSON})).course.lessons.get()


def stored(quiz):
    return [
        (q.type, q.stem, [(o.text, o.is_correct, o.match_text) for o in q.options.all()], q.accepted_answers)
        for q in quiz.questions.order_by("position")
    ]


def test_generation_stores_a_mixed_quiz_with_provenance(lesson):
    quiz = quiz_generate(lesson=lesson, seed=1)
    questions = list(quiz.questions.all())
    assert len(questions) >= 3
    assert len({q.type for q in questions}) >= 2
    anchors = {s.anchor for s in lesson.sections.all()} | {""}
    for question in questions:
        assert question.origin == Question.Origin.GENERATED and not question.locked
        assert question.source_sentence and question.source_anchor in anchors
        assert 0 <= question.confidence <= 1 and question.checks
        if question.type == Question.Type.FILL_BLANK:
            assert question.accepted_answers
        elif question.type == Question.Type.MATCHING:
            assert 3 <= question.options.count() <= 6
            assert all(o.match_text for o in question.options.all())
        else:
            assert question.options.filter(is_correct=True).exists()
            assert question.options.filter(is_correct=False).exists()
    assert quiz.generated_at is not None


def test_same_seed_same_quiz(lesson):
    first = stored(quiz_generate(lesson=lesson, seed=7))
    second = stored(quiz_generate(lesson=lesson, seed=7))
    assert first == second


def test_regeneration_keeps_locked_and_authored_questions(lesson):
    quiz = quiz_generate(lesson=lesson, seed=1)
    locked = quiz.questions.first()
    locked.stem = "Edited by the instructor: which part holds the genetic material?"
    locked.locked = True
    locked.save()
    authored = Question.objects.create(
        quiz=quiz, type=Question.Type.TRUE_FALSE, stem="Cells are the basic units of life.",
        origin=Question.Origin.AUTHORED, status=Question.Status.PUBLISHED, position=99,
        source_sentence="Cells are the basic units of life, and every organism is made of one or more cells.",
    )
    Option.objects.create(question=authored, text="True", is_correct=True, position=0)
    Option.objects.create(question=authored, text="False", is_correct=False, position=1)
    unlocked_ids = set(quiz.questions.filter(origin="generated", locked=False).values_list("pk", flat=True))

    quiz_generate(lesson=lesson, seed=2)

    remaining = set(quiz.questions.values_list("pk", flat=True))
    assert locked.pk in remaining and authored.pk in remaining
    assert not unlocked_ids & remaining
    assert Question.objects.get(pk=locked.pk).stem.startswith("Edited by the instructor")
    sentences = list(quiz.questions.exclude(source_sentence="").values_list("source_sentence", flat=True))
    assert len(sentences) == len(set(sentences)), "a new question reuses a kept question's sentence"


def test_document_without_usable_content_gets_an_empty_quiz_with_a_reason(write_files):
    lesson = course_import(path=write_files({"t.md": "# Only a title\n"})).course.lessons.get()
    quiz = quiz_generate(lesson=lesson)
    assert quiz.questions.count() == 0
    assert quiz.generation_note


def test_quizzes_generate_parses_each_course_once(lesson, django_assert_max_num_queries):
    # Regenerating a whole course costs a fixed number of queries per lesson.
    with django_assert_max_num_queries(20):
        quizzes_generate(lessons=[lesson])
