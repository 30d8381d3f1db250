"""The publishing pipeline: import, glossary, quizzes, each lesson parsed once."""

import re

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

import authoring.services
import glossary.services
import quizzes.services
from authoring.services import (
    ERROR_LESSON_OF_ANOTHER_COURSE,
    ERROR_PATH_OR_COURSE,
    PROBLEM_ANALYSIS_FAILED,
    course_publish,
)
from courses.models import Lesson
from glossary.models import GlossaryTerm
from lessontext.glossary.rules import RULES
from lessontext.questions.families import FAMILIES, rule_names
from quizzes.models import Question, Quiz
from tests.quizzes.test_generation import LESSON

pytestmark = pytest.mark.django_db

SECOND = LESSON.replace("# The Cell", "# Cells again")


@pytest.fixture
def parse_calls(monkeypatch):
    """Count every parse of a lesson's markdown, wherever it happens."""
    calls = []
    original = authoring.services.parse_document

    def counting(text):
        calls.append(text)
        return original(text)

    for module in (authoring.services, glossary.services, quizzes.services):
        monkeypatch.setattr(module, "parse_document", counting)
    return calls


def test_publishing_files_parses_each_lesson_once_then_builds_glossary_and_quizzes(write_files, parse_calls):
    report = course_publish(path=write_files({"01-cell.md": LESSON, "02-more.md": SECOND}))
    assert len(parse_calls) == 2
    assert report.imported.summary() == "2 created, 0 updated, 0 unchanged, 0 failed"
    assert report.glossary.created == GlossaryTerm.objects.count() > 0
    assert sorted(q.lesson.slug for q in report.quizzes) == ["cell", "more"]
    assert report.lines() == [
        f"{report.course.title}: 2 created, 0 updated, 0 unchanged, 0 failed",
        f"Glossary: {report.glossary.created} terms created, 0 updated, 0 removed, 0 curated kept",
        "Quizzes generated for 2 lessons",
    ]
    assert not report.failed


def test_republishing_unchanged_files_writes_and_parses_nothing(write_files, parse_calls):
    folder = write_files({"01-cell.md": LESSON})
    course_publish(path=folder)
    parse_calls.clear()
    with CaptureQueriesContext(connection) as queries:
        report = course_publish(path=folder)
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == [] and parse_calls == []
    assert report.glossary is None and report.quizzes == []


def test_a_changed_file_regenerates_only_its_own_quiz(write_files):
    folder = write_files({"01-cell.md": LESSON, "02-more.md": SECOND})
    course_publish(path=folder)
    untouched = Quiz.objects.get(lesson__slug="cell").generated_at
    (folder / "02-more.md").write_text(SECOND + "\nA closing sentence about cells and their parts.\n", encoding="utf-8")
    report = course_publish(path=folder)
    assert [q.lesson.slug for q in report.quizzes] == ["more"]
    assert Quiz.objects.get(lesson__slug="cell").generated_at == untouched


def test_publishing_a_course_can_skip_the_quizzes(write_files):
    course = course_publish(path=write_files({"01-cell.md": LESSON})).course
    GlossaryTerm.objects.all().delete()
    before = Quiz.objects.get().generated_at
    report = course_publish(course=course, quizzes=False)
    assert report.glossary.created > 0 and report.quizzes == []
    assert Quiz.objects.get().generated_at == before


def test_failed_files_are_reported(write_files):
    report = course_publish(path=write_files({"01-cell.md": LESSON, "02-bad.md": b"\xff\xfe\x00"}))
    assert report.failed and report.imported.count("failed") == 1
    assert [q.lesson.slug for q in report.quizzes] == ["cell"]


def _crash(*args, **kwargs):
    raise IndexError("a rule met a sentence nobody foresaw")


def test_a_crash_of_the_glossary_analysis_keeps_the_upload_and_the_old_glossary(write_files, monkeypatch, caplog):
    folder = write_files({"01-cell.md": LESSON})
    course = course_publish(path=folder).course
    terms = set(GlossaryTerm.objects.values_list("key", flat=True))
    (folder / "01-cell.md").write_text(LESSON + "\nA closing sentence about cells.\n", encoding="utf-8")
    monkeypatch.setattr(glossary.services, "extract_glossary", _crash)
    report = course_publish(path=folder)
    assert report.imported.summary() == "0 created, 1 updated, 0 unchanged, 0 failed" and not report.failed
    assert report.glossary is None and report.problems == [PROBLEM_ANALYSIS_FAILED.format(step="glossary")]
    assert Lesson.objects.get().source.endswith("A closing sentence about cells.\n")
    assert set(GlossaryTerm.objects.values_list("key", flat=True)) == terms
    assert [q.lesson.slug for q in report.quizzes] == ["cell"]
    assert "the glossary step failed" in caplog.text and "IndexError" in caplog.text
    monkeypatch.undo()
    rebuilt = course_publish(course=course)
    assert rebuilt.problems == [] and rebuilt.glossary is not None


def test_a_crash_of_the_quiz_generator_keeps_the_upload_the_glossary_and_the_old_quiz(write_files, monkeypatch):
    folder = write_files({"01-cell.md": LESSON})
    course_publish(path=folder)
    quiz = Quiz.objects.get()
    questions = list(quiz.questions.values_list("pk", flat=True))
    (folder / "01-cell.md").write_text(LESSON + "\nA closing sentence about cells.\n", encoding="utf-8")
    monkeypatch.setattr(quizzes.services, "generate_quiz", _crash)
    report = course_publish(path=folder)
    assert report.quizzes == [] and report.problems == [PROBLEM_ANALYSIS_FAILED.format(step="quizzes")]
    assert report.glossary is not None and GlossaryTerm.objects.exists()
    assert Quiz.objects.get().generated_at == quiz.generated_at
    assert list(Quiz.objects.get().questions.values_list("pk", flat=True)) == questions


def test_a_database_failure_still_undoes_the_whole_publish(write_files, monkeypatch):
    def failing(**kwargs):
        raise DatabaseError("the database went away")

    monkeypatch.setattr(authoring.services, "glossary_extract_course", failing)
    with pytest.raises(DatabaseError):
        course_publish(path=write_files({"01-cell.md": LESSON}))
    assert not Lesson.objects.exists()


@pytest.mark.parametrize("arguments", [{}, {"path": "x", "course": "y"}])
def test_publish_needs_files_or_a_course(arguments):
    with pytest.raises(ValueError, match=re.escape(ERROR_PATH_OR_COURSE)):
        course_publish(**arguments)


def test_lessons_must_belong_to_the_course(make_course, make_lesson):
    course, other = make_course(), make_course()
    with pytest.raises(ValueError, match=ERROR_LESSON_OF_ANOTHER_COURSE):
        course_publish(course=course, lessons=[make_lesson(other)])


def test_every_stored_term_and_question_names_the_rule_that_made_it(seeds_dir):
    course_publish(path=seeds_dir)
    term_rules = set(GlossaryTerm.objects.values_list("rule", flat=True))
    question_rules = set(Question.objects.values_list("rule", flat=True))
    assert term_rules and term_rules <= set(RULES.names())
    assert question_rules and question_rules <= rule_names()
    assert set(Question.objects.values_list("family", flat=True)) <= set(FAMILIES.names())
    assert set(Question.objects.values_list("level", flat=True)) <= set(Question.Level.values)
