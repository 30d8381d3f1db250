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
        fields.setdefault("published", True)
        return Course.objects.create(**fields)

    return make


@pytest.fixture
def make_lesson(make_course):
    """Create a lesson through the importer's own code path, so HTML and sections are real."""
    from courses.services import lesson_import
    from lessontext.sources import parse_source

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


# --- Quizzes (issue 5) ---------------------------------------------------

QUIZ_LESSON_TEXT = (
    "# Planets\n\nThe solar system has eight planets.\n\n"
    "## First part\n\nJupiter is the largest planet. Oxygen and nitrogen are gases.\n\n"
    "## Second part\n\nPlants make food by photosynthesis. Mars is the red planet.\n"
)

# One hand-made question of every type: (type, stem, options as (text, correct, match_text), accepted answers, anchor).
QUIZ_QUESTIONS = [
    ("single", "Which planet is the largest?",
     [("Mars", False, ""), ("Jupiter", True, ""), ("Venus", False, ""), ("Mercury", False, "")], [], "first-part"),
    ("multiple", "Which of these are gases at room temperature?",
     [("Oxygen", True, ""), ("Iron", False, ""), ("Nitrogen", True, ""), ("Gold", False, "")], [], "first-part"),
    ("true_false", "True or false? Mars is the red planet.", [("True", True, ""), ("False", False, "")], [],
     "second-part"),
    ("fill_blank", "Plants make food by _____.", [], ["photosynthesis", "photo-synthesis"], "second-part"),
    ("matching", "Match each description with its planet.",
     [("The red planet", True, "Mars"), ("The ringed giant", True, "Saturn"), ("Our home", True, "Earth")], [],
     "second-part"),
]


@pytest.fixture
def make_quiz(make_lesson):
    """A quiz with one published question of every type (in the order of QUIZ_QUESTIONS), built through the ORM."""
    from quizzes.models import Option, Question, Quiz

    def make(lesson=None, *, types=None, origin="authored", **settings):
        lesson = lesson or make_lesson(text=QUIZ_LESSON_TEXT)
        quiz, _ = Quiz.objects.update_or_create(lesson=lesson, defaults=settings)
        for position, (kind, stem, options, accepted, anchor) in enumerate(QUIZ_QUESTIONS):
            if types is not None and kind not in types:
                continue
            question = Question.objects.create(
                quiz=quiz,
                type=kind,
                stem=stem,
                explanation=f"Explanation of question {position + 1}.",
                source_anchor=anchor,
                source_sentence=f"Source sentence of question {position + 1}.",
                accepted_answers=accepted,
                status=Question.Status.PUBLISHED,
                origin=origin,
                position=position,
            )
            Option.objects.bulk_create(
                Option(question=question, text=text, is_correct=correct, match_text=match, position=i)
                for i, (text, correct, match) in enumerate(options)
            )
        return quiz

    return make


def _answer_for(snapshot: dict, correct: bool):
    """The stored-form answer to one snapshot: right, or as wrong as possible."""
    kind = snapshot["type"]
    if kind in ("single", "true_false"):
        return next(i for i, o in enumerate(snapshot["options"]) if o["correct"] == correct)
    if kind == "multiple":
        return [i for i, o in enumerate(snapshot["options"]) if o["correct"] == correct]
    if kind == "fill_blank":
        return snapshot["accepted_answers"][0] if correct else "no idea"
    rows, terms = snapshot["rows"], snapshot["terms"]
    return [row["answer"] if correct else (row["answer"] + 1) % len(terms) for row in rows]


@pytest.fixture
def quiz_answers():
    """Answers to an attempt's questions read from its layout (the test knows the key; pages never do).

    ``quiz_answers(attempt)`` answers everything right; ``correct=False`` everything
    wrong; ``form=True`` gives POST data instead of answers by position.
    """

    def answers(attempt, *, correct: bool = True, form: bool = False, positions=None):
        chosen = {
            position: _answer_for(snapshot, correct)
            for position, snapshot in enumerate(attempt.layout)
            if positions is None or position in positions
        }
        if not form:
            return chosen
        data: dict = {}
        for position, answer in chosen.items():
            number = position + 1
            if attempt.layout[position]["type"] == "matching":
                data.update({f"q{number}_r{row}": str(value) for row, value in enumerate(answer)})
            elif isinstance(answer, list):
                data[f"q{number}"] = [str(value) for value in answer]
            else:
                data[f"q{number}"] = str(answer)
        return data

    return answers


@pytest.fixture
def visitor(request, client, student, instructor, admin_user):
    """A client logged in as the role named by the test's parameter."""
    user = {"anonymous": None, "student": student, "instructor": instructor, "admin": admin_user}[request.param]
    if user:
        client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached figures must not leak from one test to the next."""
    from django.core.cache import cache

    cache.clear()
