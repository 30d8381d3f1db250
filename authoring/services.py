"""The publishing pipeline and instructors' review of what it generates.

``course_publish`` is the one way content is (re)built. The import command,
the glossary and quiz commands and the admin actions all call it, so every
path reads each lesson's markdown once, refreshes the glossary before the
quizzes (which use it for distractors), and reports in one place.

``question_review`` records an instructor's verdict on a question and applies
it; a reviewed question is locked, so regeneration never brings back a
rejected question or republishes one returned to draft.
"""

from __future__ import annotations

import io
import logging
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils.translation import ngettext

from courses.caching import content_changed
from courses.models import Course, Lesson
from courses.services import FileResult, ImportReport, course_files_import, course_import, position_move
from glossary.services import ExtractionReport, glossary_extract_course
from lessontext.document import parse_document
from lessontext.gift import GiftAnswer, GiftQuestion, GiftResult, parse_gift, write_gift
from lessontext.sources import MANIFEST_NAME, SOURCE_SUFFIXES, SourceError, parse_source, read_manifest, slugify
from lessontext.vocabulary import QuestionType
from quizzes.checks import question_problems, saved_question_problems
from quizzes.models import Option, Question, Quiz
from quizzes.services import quizzes_generate

from .models import ReviewDecision

logger = logging.getLogger(__name__)

ERROR_PATH_OR_COURSE = "Publish either files (path) or an existing course, not both or neither."
ERROR_SLUG_CHANGED = "The lesson's slug must stay “{slug}”: remove the slug from the front matter or set it back."
ERROR_LESSON_OF_ANOTHER_COURSE = "Every lesson to publish must belong to the course."
ERROR_REJECT_NEEDS_REASON = "Say why the question is rejected: choose a reason."
ERROR_UNKNOWN_REASON = "Unknown reason {reason!r}."
ERROR_CANNOT_PUBLISH = "This question cannot be published yet: {problems}"
PROBLEM_ANALYSIS_FAILED = (
    "The {step} could not be rebuilt: the text analysis failed on this course's lessons. The lessons are saved and "
    "the error is logged. Once it is fixed, rebuild the course from the admin (“Rebuild the glossary and quizzes”)."
)


@dataclass
class PublishReport:
    """What one run of the pipeline did: the import (if files were read), the glossary, the quizzes."""

    course: Course
    imported: ImportReport | None = None
    glossary: ExtractionReport | None = None
    quizzes: list[Quiz] = field(default_factory=list)
    # A step the text analysis could not complete: the import stands, the step's old output is kept.
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.imported and self.imported.failed)

    def lines(self) -> list[str]:
        """The report as short lines for a terminal or an admin message."""
        lines = []
        if self.imported:
            lines.append(f"{self.course.title}: {self.imported.summary()}")
        if self.glossary:
            g = self.glossary
            lines.append(
                ngettext("Glossary: %(n)d term created", "Glossary: %(n)d terms created", g.created) % {"n": g.created}
                + f", {g.updated} updated, {g.removed} removed, {g.kept_curated} curated kept"
            )
        if self.quizzes:
            lines.append(ngettext("Quiz generated for %(n)d lesson", "Quizzes generated for %(n)d lessons", n := len(self.quizzes)) % {"n": n})
        return lines


@transaction.atomic
def course_publish(
    *,
    path: Path | None = None,
    course: Course | None = None,
    lessons: Iterable[Lesson] | None = None,
    glossary: bool = True,
    quizzes: bool = True,
    uploads: Sequence[tuple[str, bytes]] | None = None,
    seed: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> PublishReport:
    """Import, then refresh the glossary, then generate quizzes; parse each lesson once.

    From files (``path``): the course is created or updated, and only the
    lessons whose text changed get new quizzes; when nothing changed nothing
    else is written. Uploaded ``(name, bytes)`` files (``uploads``, with
    ``course``) are imported all or none, then treated the same way. For an existing ``course``: ``lessons`` (default: all of
    them) get new quizzes. The glossary is always the whole course's, since
    terms are merged across lessons. Curated terms and locked or authored
    questions are kept, as the glossary and quiz services guarantee.

    A fault of the text analysis (a rule that crashes on a sentence nobody foresaw) never loses the
    upload: the step it breaks is undone alone (``_analysis_step``), its earlier output kept, the fault
    logged and named in ``problems``; "Rebuild the glossary and quizzes" in the admin retries once it is fixed.
    Any other failure (of the database, say) undoes the whole publish.
    """
    if (path is None) == (course is None) or (path is not None and uploads is not None):
        raise ValueError(ERROR_PATH_OR_COURSE)
    imported = None
    if path is not None or uploads is not None:
        if path is not None:
            imported = course_import(path=path, on_file=on_file)
        else:
            imported = course_files_import(course=course, files=uploads)
        course = imported.course
        lessons = imported.changed_lessons
        if not lessons:
            return PublishReport(course=course, imported=imported)
    all_lessons = list(course.lessons.all())
    targets = all_lessons if lessons is None else list(lessons)
    if any(lesson.course_id != course.pk for lesson in targets):
        raise ValueError(ERROR_LESSON_OF_ANOTHER_COURSE)

    documents = {lesson.pk: parse_document(lesson.source) for lesson in all_lessons}
    report = PublishReport(course=course, imported=imported)
    if glossary:
        report.glossary = _analysis_step(report, "glossary", lambda: glossary_extract_course(
            course=course, lessons=all_lessons, documents=documents))
    if quizzes and targets:
        report.quizzes = _analysis_step(report, "quizzes", lambda: quizzes_generate(
            lessons=targets, documents=documents, seed=seed)) or []
    return report


def _analysis_step(report: PublishReport, step: str, build: Callable):
    """``build()`` in a savepoint; should the text analysis raise, the step is undone, logged and reported."""
    try:
        with transaction.atomic():
            return build()
    except DatabaseError:
        raise
    except Exception:
        logger.exception("Publishing %s: the %s step failed", report.course.slug, step)
        report.problems.append(PROBLEM_ANALYSIS_FAILED.format(step=step))
        return None


# What each verdict does to the question. Every reviewed question is locked: regeneration keeps it as decided.
_VERDICT_STATUS = {
    ReviewDecision.Verdict.ACCEPT: Question.Status.PUBLISHED,
    ReviewDecision.Verdict.REJECT: Question.Status.REJECTED,
    ReviewDecision.Verdict.RETURN: Question.Status.DRAFT,
    ReviewDecision.Verdict.LOCK: None,  # keeps its status
    ReviewDecision.Verdict.EDIT: None,
}


def _review_snapshot(question: Question) -> dict:
    return {
        "type": question.type,
        "stem": question.stem,
        "options": [
            {"text": o.text, "correct": o.is_correct, "match": o.match_text} for o in question.options.all()
        ],
        "accepted_answers": list(question.accepted_answers),
        "explanation": question.explanation,
        "source_sentence": question.source_sentence,
        "status": question.status,
        "origin": question.origin,
        "confidence": question.confidence,
        "checks": list(question.checks),
    }


def question_review(
    *, question: Question, reviewer, verdict: str, reason: str = "", note: str = ""
) -> ReviewDecision:
    """Record ``reviewer``'s verdict on ``question`` and apply it (publish, reject, return to draft, lock)."""
    verdict = ReviewDecision.Verdict(verdict)
    if reason and reason not in ReviewDecision.Reason.values:
        raise ValueError(ERROR_UNKNOWN_REASON.format(reason=reason))
    if verdict == ReviewDecision.Verdict.REJECT and not reason:
        raise ValueError(ERROR_REJECT_NEEDS_REASON)
    with transaction.atomic():
        question = Question.objects.select_for_update().select_related("quiz").get(pk=question.pk)
        if verdict == ReviewDecision.Verdict.ACCEPT and (problems := saved_question_problems(question)):
            raise ValueError(ERROR_CANNOT_PUBLISH.format(problems=" ".join(problems)))
        decision = ReviewDecision(
            question=question, lesson_id=question.quiz.lesson_id, reviewer=reviewer, verdict=verdict,
            reason=reason, note=note, rule=question.rule, snapshot=_review_snapshot(question),
        )
        decision.full_clean()
        decision.save()
        status = _VERDICT_STATUS[verdict]
        question.status = status or question.status
        question.locked = True
        question.save(update_fields=["status", "locked", "updated_at"])
    return decision


def questions_accept(*, questions: Sequence[Question], reviewer) -> list[ReviewDecision]:
    """Accept (publish) several questions at once, recording a decision for each."""
    with transaction.atomic():
        return [question_review(question=q, reviewer=reviewer, verdict=ReviewDecision.Verdict.ACCEPT) for q in questions]


def lesson_source_update(*, lesson: Lesson, text: str) -> PublishReport:
    """Save an instructor's edit of a lesson's markdown through the pipeline (progress and reviewed questions kept)."""
    name = f"{lesson.slug}.md"
    source = parse_source(text.encode("utf-8"), name=name, max_bytes=settings.LESSONFORGE_MAX_SOURCE_BYTES)
    if source.slug != lesson.slug:
        raise SourceError(ERROR_SLUG_CHANGED.format(slug=lesson.slug))
    return course_publish(course=lesson.course, uploads=[(name, text.encode("utf-8"))])


def course_create(*, title: str, description: str = "", instructor) -> Course:
    """Create an empty course taught by ``instructor``, with a unique slug from its title."""
    base = slugify(title)[:110] or "course"
    slug, n = base, 2
    while Course.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    with transaction.atomic():
        course = Course(slug=slug, title=title.strip(), description=description.strip())
        course.full_clean()
        course.save()
        course.instructors.add(instructor)
    return course


def question_save(
    *, question: Question, options: Sequence[tuple[str, bool, str]], answers: Sequence[str], editor
) -> Question:
    """Save an instructor's new or edited question with its options (or pairs) and accepted answers.

    A published question must be gradable (:mod:`quizzes.checks`). Editing a
    generated question locks it and records the edit as a review decision.
    """
    options = [(text.strip(), correct, match.strip()) for text, correct, match in options if text.strip()]
    answers = [a.strip() for a in answers if a.strip()]
    if question.status == Question.Status.PUBLISHED and (
        problems := question_problems(kind=question.type, options=options, accepted_answers=answers)
    ):
        raise ValueError(" ".join(problems))
    with transaction.atomic():
        is_new = question.pk is None
        if is_new:
            question.origin = Question.Origin.AUTHORED
            last = question.quiz.questions.order_by("-position").values_list("position", flat=True).first()
            question.position = 0 if last is None else last + 1
        elif question.origin == Question.Origin.GENERATED:
            question.locked = True
        question.accepted_answers = answers
        question.full_clean()
        question.save()
        question.options.all().delete()
        Option.objects.bulk_create(
            Option(question=question, text=text, is_correct=correct, match_text=match, position=i)
            for i, (text, correct, match) in enumerate(options)
        )
        content_changed(lessons__quiz=question.quiz_id)
        if not is_new and question.origin == Question.Origin.GENERATED:
            ReviewDecision.objects.create(
                question=question, lesson_id=question.quiz.lesson_id, reviewer=editor,
                verdict=ReviewDecision.Verdict.EDIT, rule=question.rule, snapshot=_review_snapshot(question),
            )
    return question


def question_move(*, question: Question, offset: int) -> None:
    """Move ``question`` up (-1) or down (+1) in its quiz's order."""
    position_move(rows=Question.objects.filter(quiz_id=question.quiz_id), pk=question.pk, offset=offset)
    content_changed(lessons__quiz=question.quiz_id)


def course_set_published(*, course: Course, published: bool) -> Course:
    """Show the course to learners, or hide it again (their progress is kept either way)."""
    course.published = published
    course.save(update_fields=["published", "updated_at"])
    return course


ERROR_BAD_ZIP = "{name}: not a readable .zip file"
ERROR_ZIP_TOO_LARGE = "{name}: the archive unpacks to more than {limit} MB"
ERROR_ZIP_EMPTY = "{name}: the archive has no lesson files (.md, .markdown or .txt)"
# What a course folder may unpack to: lessons are at most LESSONFORGE_MAX_SOURCE_BYTES each.
MAX_ZIP_MEMBERS = 50


def uploads_from_zip(*, name: str, data: bytes) -> list[tuple[str, bytes]]:
    """The lesson files of a zipped course folder, in its ``course.toml`` order (else by name).

    Only lesson files and the manifest are read, from anywhere in the archive
    (folders are flattened); nothing is written to disk.
    """
    limit = settings.LESSONFORGE_MAX_SOURCE_BYTES * MAX_ZIP_MEMBERS
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir() and not m.filename.startswith("__MACOSX/")]
    except zipfile.BadZipFile:
        raise SourceError(ERROR_BAD_ZIP.format(name=name)) from None
    if sum(m.file_size for m in members) > limit:
        raise SourceError(ERROR_ZIP_TOO_LARGE.format(name=name, limit=limit // 1_000_000))
    files = {PurePosixPath(m.filename).name: m for m in members}
    lessons = sorted(n for n in files if PurePosixPath(n).suffix.lower() in SOURCE_SUFFIXES)
    if not lessons:
        raise SourceError(ERROR_ZIP_EMPTY.format(name=name))
    if MANIFEST_NAME in files:
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, MANIFEST_NAME).write_bytes(archive.read(files[MANIFEST_NAME]))
            listed = [path.name for path in read_manifest(Path(folder)).lessons]
        if listed:
            lessons = [n for n in listed if n in files] + [n for n in lessons if n not in listed]
    return [(n, archive.read(files[n])) for n in lessons]


# --- GIFT interchange ------------------------------------------------------------


def _to_gift(question: Question, *, category: str) -> GiftQuestion:
    options = list(question.options.all())
    if question.type == Question.Type.FILL_BLANK:
        answers = [GiftAnswer(text, True) for text in question.accepted_answers]
    elif question.type == Question.Type.MATCHING:
        answers = [GiftAnswer(o.text, True, match=o.match_text) for o in options]
    else:
        answers = [GiftAnswer(o.text, o.is_correct) for o in options]
    return GiftQuestion(QuestionType(question.type), question.stem, tuple(answers), feedback=question.explanation,
                        category=category)


def questions_gift(*, questions: Iterable[Question]) -> str:
    """GIFT text of ``questions`` (options prefetched), one ``$CATEGORY`` per course/lesson."""
    return write_gift(
        _to_gift(q, category=f"{q.quiz.lesson.course.title}/{q.quiz.lesson.title}") for q in questions
    )


@dataclass
class GiftImportReport:
    created: list[Question]
    result: GiftResult


def gift_import(*, quiz: Quiz, text: str) -> GiftImportReport:
    """Add the questions of a GIFT file to ``quiz`` as drafts: all of them, or none when the file has an error."""
    result = parse_gift(text)
    if result.errors:
        return GiftImportReport(created=[], result=result)
    created = []
    with transaction.atomic():
        last = quiz.questions.order_by("-position").values_list("position", flat=True).first()
        position = -1 if last is None else last
        for item in result.questions:
            position += 1
            feedback = " ".join(f"{a.text}: {a.feedback}" for a in item.answers if a.feedback)
            question = Question(
                quiz=quiz, type=item.type.value, stem=item.stem, position=position,
                explanation=" ".join(part for part in (item.feedback, feedback) if part),
                accepted_answers=[a.text for a in item.answers] if item.type is QuestionType.FILL_BLANK else [],
                origin=Question.Origin.AUTHORED, status=Question.Status.DRAFT,
            )
            question.full_clean()
            question.save()
            if item.type is not QuestionType.FILL_BLANK:
                Option.objects.bulk_create(
                    Option(question=question, text=a.text, is_correct=a.correct, match_text=a.match[:300], position=i)
                    for i, a in enumerate(item.answers)
                )
            created.append(question)
    return GiftImportReport(created=created, result=result)
