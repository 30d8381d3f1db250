"""Writes for quizzes: generating questions from lessons, keeping instructors' work."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from django.db import transaction
from django.utils import timezone

from courses.document import Document, parse_document
from courses.models import Lesson
from glossary.models import GlossaryTerm
from quizzes import generator
from quizzes.generator import GlossaryEntry

from .models import Option, Question, Quiz

# Generated questions at or above this confidence are published straight away;
# the others wait as drafts for an instructor's review.
PUBLISH_CONFIDENCE = 0.5


def _glossary_entries(course_id: int) -> list[GlossaryEntry]:
    return [
        GlossaryEntry(term=t.term, definition=t.definition, kind=t.kind, aliases=tuple(t.aliases))
        for t in GlossaryTerm.objects.visible().filter(course_id=course_id)
    ]


def quizzes_generate(*, lessons: Iterable[Lesson], seed: int | None = None) -> list[Quiz]:
    """(Re)generate the quizzes of ``lessons``; each lesson's course is parsed once."""
    lessons = list(lessons)
    documents: dict[int, dict[int, Document]] = {}
    glossaries: dict[int, list[GlossaryEntry]] = {}
    quizzes = []
    for lesson in lessons:
        if lesson.course_id not in documents:
            documents[lesson.course_id] = {
                other.pk: parse_document(other.source) for other in Lesson.objects.filter(course_id=lesson.course_id)
            }
            glossaries[lesson.course_id] = _glossary_entries(lesson.course_id)
        course_documents = documents[lesson.course_id]
        quizzes.append(
            quiz_generate(
                lesson=lesson,
                seed=seed,
                document=course_documents.get(lesson.pk) or parse_document(lesson.source),
                others=[doc for pk, doc in course_documents.items() if pk != lesson.pk],
                glossary=glossaries[lesson.course_id],
            )
        )
    return quizzes


def quiz_generate(
    *,
    lesson: Lesson,
    seed: int | None = None,
    document: Document | None = None,
    others: Sequence[Document] | None = None,
    glossary: Sequence[GlossaryEntry] | None = None,
) -> Quiz:
    """Replace the lesson's unlocked generated questions with freshly generated ones.

    Locked (instructor-edited) and authored questions are kept, and no new
    question reuses a source sentence one of them already asks about. Past
    attempts are unaffected: their responses hold snapshots.
    """
    if document is None:
        document = parse_document(lesson.source)
    if others is None:
        others = [parse_document(o.source) for o in Lesson.objects.filter(course_id=lesson.course_id).exclude(pk=lesson.pk)]
    if glossary is None:
        glossary = _glossary_entries(lesson.course_id)

    with transaction.atomic():
        quiz, _ = Quiz.objects.select_for_update().get_or_create(lesson=lesson)
        if seed is not None:
            quiz.generation_seed = seed
        draft = generator.generate_quiz(
            document, rng=random.Random(quiz.generation_seed), glossary=glossary, other_documents=others
        )
        quiz.questions.filter(origin=Question.Origin.GENERATED, locked=False).delete()
        kept = list(quiz.questions.all())
        used_sentences = {q.source_sentence for q in kept if q.source_sentence}
        fresh = [q for q in draft.questions if q.source_sentence not in used_sentences]
        start = max((q.position for q in kept), default=-1) + 1
        _questions_create(quiz=quiz, questions=fresh, start=start)
        quiz.generation_note = draft.reason
        quiz.generated_at = timezone.now()
        quiz.save(update_fields=["generation_seed", "generation_note", "generated_at"])
    return quiz


def _questions_create(*, quiz: Quiz, questions: Sequence[generator.Question], start: int) -> None:
    rows = Question.objects.bulk_create(
        Question(
            quiz=quiz,
            type=q.type.value,
            stem=q.stem,
            explanation=q.explanation,
            source_anchor=q.source_anchor[:200],
            source_sentence=q.source_sentence,
            accepted_answers=list(q.answers),
            origin=Question.Origin.GENERATED,
            status=Question.Status.PUBLISHED if q.confidence >= PUBLISH_CONFIDENCE else Question.Status.DRAFT,
            position=start + i,
            confidence=min(max(q.confidence, 0.0), 1.0),
            rule=q.rule[:60],
            checks=list(q.checks),
        )
        for i, q in enumerate(questions)
    )
    options = []
    for row, q in zip(rows, questions):
        options.extend(
            Option(question=row, text=o.text, is_correct=o.correct, position=i) for i, o in enumerate(q.options)
        )
        options.extend(
            Option(question=row, text=p.prompt, match_text=p.answer[:300], is_correct=True, position=i)
            for i, p in enumerate(q.pairs)
        )
    Option.objects.bulk_create(options)

