"""The pipeline's management commands: import_course, extract_glossary, generate_quizzes."""

import pytest
from django.core.management import CommandError, call_command

from courses.models import Lesson
from quizzes.models import Quiz
from tests.quizzes.test_generation import LESSON

pytestmark = pytest.mark.django_db


def test_import_prints_summary(seeds_dir, capsys):
    call_command("import_course", str(seeds_dir))
    out = capsys.readouterr().out
    assert "Security and Defense Cooperation: 5 created, 0 updated, 0 unchanged, 0 failed" in out
    call_command("import_course", str(seeds_dir))
    assert "0 created, 0 updated, 5 unchanged, 0 failed" in capsys.readouterr().out


def test_failures_are_reported_per_file_and_exit_non_zero(write_files, capsys):
    folder = write_files({"01-good.md": "# Good\n\nText.\n", "02-bad.md": b"\xff\xfe\x00bad"})
    with pytest.raises(CommandError, match="1 file failed to import"):
        call_command("import_course", str(folder))
    captured = capsys.readouterr()
    assert "1 created, 0 updated, 0 unchanged, 1 failed" in captured.out
    assert "error: 02-bad.md: the file contains NUL bytes" in captured.err
    assert list(Lesson.objects.values_list("slug", flat=True)) == ["good"]


def test_an_analysis_crash_keeps_the_import_and_exits_non_zero(write_files, monkeypatch, capsys):
    import quizzes.services

    def crash(*args, **kwargs):
        raise IndexError("a rule met a sentence nobody foresaw")

    monkeypatch.setattr(quizzes.services, "generate_quiz", crash)
    with pytest.raises(CommandError, match="The quizzes could not be rebuilt"):
        call_command("import_course", str(write_files({"01-cell.md": LESSON})))
    assert "1 created, 0 updated, 0 unchanged, 0 failed" in capsys.readouterr().out
    assert list(Lesson.objects.values_list("slug", flat=True)) == ["cell"]


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("import_course", str(tmp_path / "missing"))


def test_import_command_generates_quizzes_for_changed_lessons_only(write_files, capsys):
    folder = write_files({"01-cell.md": LESSON, "02-more.md": LESSON.replace("# The Cell", "# Cells again")})
    call_command("import_course", str(folder))
    assert "Quizzes generated for 2 lessons" in capsys.readouterr().out
    quiz = Quiz.objects.get(lesson__slug="cell")
    before = list(quiz.questions.values_list("pk", flat=True))
    call_command("import_course", str(folder))
    assert "Quizzes generated" not in capsys.readouterr().out
    assert list(quiz.questions.values_list("pk", flat=True)) == before


def test_generate_quizzes_command(write_files, capsys):
    call_command("import_course", str(write_files({"01-cell.md": LESSON})))
    lesson = Lesson.objects.get()
    call_command("generate_quizzes", "--course", lesson.course.slug, "--seed", "3")
    out = capsys.readouterr().out
    assert f"{lesson.course.slug}/{lesson.slug}: " in out and "published questions" in out
    assert Quiz.objects.get(lesson=lesson).generation_seed == 3
    with pytest.raises(CommandError, match="No lessons match"):
        call_command("generate_quizzes", "--lesson", "nope")


def test_extract_glossary_command(write_files, capsys):
    call_command("import_course", str(write_files({"01-cell.md": LESSON})))
    capsys.readouterr()
    call_command("extract_glossary")
    assert "0 created, 0 updated, 0 removed, 0 curated kept" in capsys.readouterr().out
    with pytest.raises(CommandError, match="No course with slug 'nope'"):
        call_command("extract_glossary", "--course", "nope")


def test_teach_makes_a_user_an_instructor(make_user, make_course, capsys):
    from accounts.services import user_is_instructor

    user, first, second = make_user("ada"), make_course(), make_course()
    call_command("teach", "ada", first.slug)
    assert list(user.taught_courses.all()) == [first] and user_is_instructor(user)
    call_command("teach", "ada")
    assert set(user.taught_courses.all()) == {first, second}
    assert "ada teaches 2 courses." in capsys.readouterr().out
    with pytest.raises(CommandError, match="No user named 'bob'"):
        call_command("teach", "bob")
    with pytest.raises(CommandError, match="No course with slug 'nope'"):
        call_command("teach", "ada", "nope")
