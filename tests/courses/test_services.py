"""Importing courses and recording progress through the service layer."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Course, Lesson, Section
from courses.services import (
    CREATED,
    FAILED,
    UNCHANGED,
    UPDATED,
    CourseImportError,
    course_import,
    lessons_linked_html_set,
)
from learning.models import LessonProgress
from learning.services import lesson_progress_complete

pytestmark = pytest.mark.django_db

LESSON_A = "# Alpha\n\nAlpha intro.\n\n## Part one\n\nText.\n\n## Part two\n\nMore.\n"
LESSON_B = "# Beta\n\nBeta intro.\n"


def snapshot():
    """Everything the importer may write, for before/after comparisons."""
    return (
        list(Course.objects.values_list("slug", "title", "description", "updated_at")),
        list(Lesson.objects.values_list("slug", "title", "position", "source_hash", "html", "updated_at")),
        list(Section.objects.values_list("lesson__slug", "anchor", "heading", "position")),
    )


def test_seed_course_imports_five_clean_lessons(seeds_dir):
    report = course_import(path=seeds_dir)
    assert report.summary() == "5 created, 0 updated, 0 unchanged, 0 failed"
    course = Course.objects.get()
    assert course.title == "Security and Defense Cooperation"
    lessons = list(course.lessons.all())
    assert [lesson.slug for lesson in lessons] == [
        "military-diplomacy-initiatives",
        "army-diplomacy",
        "international-military-support",
        "defense-industry-cooperation",
        "diplomatic-negotiations",
    ]
    for lesson in lessons:
        assert "**" not in lesson.html and "√" not in lesson.html and "<h1" not in lesson.html
        assert lesson.sections.exists()
        assert lesson.word_count > 300 and lesson.reading_minutes >= 1
    army = course.lessons.get(slug="army-diplomacy")
    assert "defense attachés play crucial roles" in army.html
    assert list(army.sections.values_list("anchor", flat=True)) == [
        "what-is-army-diplomacy",
        "army-diplomacy-in-the-context-of-islamic-nations",
        "why-army-diplomacy-is-critical-for-islamic-nations",
    ]


def test_reimporting_unchanged_files_writes_nothing(seeds_dir):
    course_import(path=seeds_dir)
    before = snapshot()
    with CaptureQueriesContext(connection) as ctx:
        report = course_import(path=seeds_dir)
    assert report.summary() == "0 created, 0 updated, 5 unchanged, 0 failed"
    assert snapshot() == before
    writes = [q["sql"] for q in ctx.captured_queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert writes == []


def test_changed_file_updates_lesson_in_place_and_keeps_progress(write_files, student):
    folder = write_files({"01-alpha.md": LESSON_A, "02-beta.md": LESSON_B})
    course_import(path=folder)
    alpha = Lesson.objects.get(slug="alpha")
    lesson_progress_complete(user=student, lesson=alpha)

    (folder / "01-alpha.md").write_text(LESSON_A.replace("## Part two\n\nMore.", "## Part three\n\nNew text."))
    report = course_import(path=folder)

    assert [r.status for r in report.results] == [UPDATED, UNCHANGED]
    updated = Lesson.objects.get(slug="alpha")
    assert updated.pk == alpha.pk
    assert "New text." in updated.html
    assert list(updated.sections.values_list("anchor", flat=True)) == ["part-one", "part-three"]
    assert LessonProgress.objects.get(user=student, lesson=updated).completed_at is not None


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.md", b"", "the file is empty"),
        ("blank.md", b"  \n \n", "the file is empty"),
        ("binary.md", b"\x00\x01\x02\x03", "NUL bytes"),
        ("latin1.md", "# Résumé\n".encode("latin-1"), "not UTF-8 text"),
        ("untitled.md", b"No heading here.\n", "no title"),
    ],
)
def test_bad_file_fails_alone_and_leaves_database_unchanged(write_files, name, content, problem):
    folder = write_files({"01-alpha.md": LESSON_A})
    course_import(path=folder)
    before = snapshot()
    (folder / name).write_bytes(content)

    report = course_import(path=folder)

    failed = report.failed
    assert len(failed) == 1 and failed[0].path.name == name
    assert problem in str(failed[0]) and str(failed[0]).startswith(f"{name}: ")
    assert snapshot() == before


def test_oversized_file_is_refused(write_files, settings):
    settings.LESSONFORGE_MAX_SOURCE_BYTES = 100
    folder = write_files({"big.md": "# Big\n\n" + "word " * 50})
    report = course_import(path=folder)
    assert report.results[0].status == FAILED
    assert "over the 100-byte limit" in report.results[0].error
    assert not Lesson.objects.exists()


def test_a_file_failing_midway_rolls_back_only_that_file(write_files, monkeypatch):
    folder = write_files({"01-alpha.md": LESSON_A, "02-beta.md": LESSON_B})

    import courses.services as services

    real = services._sections_replace

    def explode(*, lesson, headings):
        if lesson.slug == "beta":
            raise RuntimeError("disk full")
        return real(lesson=lesson, headings=headings)

    monkeypatch.setattr(services, "_sections_replace", explode)
    with pytest.raises(RuntimeError):
        course_import(path=folder)
    assert list(Lesson.objects.values_list("slug", flat=True)) == ["alpha"]


def test_single_file_import_uses_its_folder_course_and_manifest_position(write_files):
    folder = write_files(
        {"course.toml": 'title = "Greek"\nlessons = ["b.md", "a.md"]\n', "a.md": "# A\n\nText.\n", "b.md": "# B\n\nText.\n"}
    )
    report = course_import(path=folder / "a.md")
    assert [r.status for r in report.results] == [CREATED]
    lesson = Lesson.objects.get()
    assert (lesson.course.title, lesson.slug, lesson.position) == ("Greek", "a", 1)


def test_duplicate_slugs_in_one_import_fail_the_second_file(write_files):
    folder = write_files({"01-intro.md": "# One\n", "02-intro.md": "# Two\n"})
    report = course_import(path=folder)
    assert [r.status for r in report.results] == [CREATED, FAILED]
    assert "already used by 01-intro.md" in report.results[1].error


@pytest.mark.parametrize("files", [{}, {"notes.pdf": "x"}])
def test_folder_without_lessons_is_an_error(write_files, files):
    with pytest.raises(CourseImportError, match="no lesson files"):
        course_import(path=write_files(files))


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(CourseImportError, match="no such file or folder"):
        course_import(path=tmp_path / "nope")


def test_front_matter_is_stored_as_metadata(write_files):
    folder = write_files({"x.md": "---\ntitle: Cells\ndate: 2024-05-01\ntags: [bio]\n---\nCells divide.\n"})
    course_import(path=folder)
    lesson = Lesson.objects.get()
    assert lesson.title == "Cells"
    assert lesson.metadata == {"title": "Cells", "date": "2024-05-01", "tags": ["bio"]}
    assert "tags" not in lesson.html and "2024" not in lesson.html


def test_linked_html_is_written_only_where_it_changed(make_lesson):
    first, second = make_lesson(slug="one"), make_lesson(slug="two")
    assert lessons_linked_html_set(linked={first.pk: "<p>linked</p>", second.pk: ""}) == 1
    assert lessons_linked_html_set(linked={first.pk: "<p>linked</p>", second.pk: ""}) == 0
    first.refresh_from_db()
    assert first.body_html == "<p>linked</p>"
    assert lessons_linked_html_set(linked={first.pk: ""}) == 1
    first.refresh_from_db()
    assert first.body_html == first.html

