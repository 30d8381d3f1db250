"""Factory fixtures shared by the whole suite (plain functions, no factory library)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
_counter = itertools.count(1)


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def make_user(django_user_model):
    def make(username: str | None = None, *, password: str = "pass-for-tests-123", **extra):
        username = username or f"user{next(_counter)}"
        return django_user_model.objects.create_user(username=username, password=password, **extra)

    return make


@pytest.fixture
def student(make_user):
    return make_user("stu")


@pytest.fixture
def instructor(make_user):
    from accounts.services import roles_ensure

    user = make_user("teach", is_staff=True)
    user.groups.add(roles_ensure())
    return user


@pytest.fixture
def admin_user(make_user):
    return make_user("boss", is_staff=True, is_superuser=True)


@pytest.fixture
def make_course():
    from courses.models import Course

    def make(**fields):
        n = next(_counter)
        fields.setdefault("slug", f"course-{n}")
        fields.setdefault("title", f"Course {n}")
        return Course.objects.create(**fields)

    return make


@pytest.fixture
def make_lesson(make_course):
    """Create a lesson through the importer's own code path, so HTML and sections are real."""
    from courses.services import lesson_import
    from courses.sources import parse_source

    def make(course=None, *, text: str | None = None, slug: str | None = None, position: int | None = None):
        course = course or make_course()
        n = next(_counter)
        slug = slug or f"lesson-{n}"
        text = text or f"# Lesson {n}\n\nIntro paragraph {n}.\n\n## First part\n\nBody text.\n\n## Second part\n\nMore text.\n"
        source = parse_source(text.encode(), name=f"{slug}.md", max_bytes=1_000_000)
        lesson, _ = lesson_import(course=course, source=source, position=n if position is None else position)
        return lesson

    return make


@pytest.fixture
def write_files(tmp_path):
    """Write ``{name: str | bytes}`` into a fresh folder and return the folder."""

    def write(files: dict, folder: str = "course") -> Path:
        target = tmp_path / folder
        target.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            path = target / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return target

    return write


@pytest.fixture
def make_term():
    """Create a glossary term (and its occurrence in ``lesson``, if given) directly."""
    from glossary.models import GlossaryTerm, TermOccurrence

    def make(course, term: str, definition: str = "A definition.", *, lesson=None, anchor: str = "", **fields):
        n = next(_counter)
        fields.setdefault("slug", f"term-{n}")
        fields.setdefault("key", term.lower())
        obj = GlossaryTerm.objects.create(course=course, term=term, definition=definition, **fields)
        if lesson is not None:
            TermOccurrence.objects.create(term=obj, lesson=lesson, section_anchor=anchor)
        return obj

    return make
