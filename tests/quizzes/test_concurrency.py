"""Many learners submitting at the same moment are all recorded, each exactly once.

Threads post through Django's test client, so the views, services and the
database's locking all take part. SQLite runs in a subprocess on a file
database, because the suite's in-memory test database is not what production
uses: the project's settings (WAL, IMMEDIATE transactions, a busy timeout) only
matter on a file. PostgreSQL runs in-process when the suite itself runs on it
(``DATABASE_URL=postgres://...``) and is skipped otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 12
DOUBLE_SUBMITTERS = 4  # of them, these also submit twice at the same moment


def _setup_quiz(slug: str = "crowd"):
    """A course, a lesson and a quiz of two questions, built through the ORM."""
    from courses.models import Course
    from courses.services import lesson_import
    from lessontext.sources import parse_source
    from quizzes.models import Option, Question, Quiz

    course = Course.objects.create(slug=slug, title=slug.title(), published=True)
    source = parse_source(b"# Crowd\n\nText.\n\n## Part\n\nMore.\n", name="crowd.md", max_bytes=100_000)
    lesson, _ = lesson_import(course=course, source=source, position=0)
    quiz = Quiz.objects.create(lesson=lesson)
    single = Question.objects.create(quiz=quiz, type="single", stem="Pick B", status="published", position=0)
    Option.objects.bulk_create(
        Option(question=single, text=t, is_correct=t == "B", position=i) for i, t in enumerate("ABC")
    )
    Question.objects.create(
        quiz=quiz, type="fill_blank", stem="Type x", accepted_answers=["x"], status="published", position=1
    )
    return quiz


def run_crowd(quiz, *, learners: int = LEARNERS, doubles: int = DOUBLE_SUBMITTERS) -> dict:
    """Let every learner start at once, then submit at once; report what was recorded."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from quizzes.models import Attempt, Response

    lesson = quiz.lesson
    users = [get_user_model().objects.create_user(f"crowd{i}", password="x") for i in range(learners)]
    start_url = reverse("quizzes:quiz_start", args=[lesson.course.slug, lesson.slug])
    submit_url = reverse("quizzes:attempt_submit", args=[lesson.course.slug, lesson.slug, 1])

    # Two posters per double submitter: a double click arriving together.
    posters = users + users[:doubles]
    barrier = threading.Barrier(len(posters))
    statuses: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()

    def learner(user):
        try:
            client = Client()
            client.force_login(user)
            # Everyone starts at once (the twins of a double click too), then everyone submits at once.
            barrier.wait(timeout=60)
            if client.post(start_url).status_code != 302:
                raise AssertionError("start failed")
            barrier.wait(timeout=60)
            layout = Attempt.objects.get(user=user).layout
            right = next(i for i, o in enumerate(layout[0]["options"]) if o["correct"])
            response = client.post(submit_url, {"q1": str(right), "q2": "x", "confirm": "1"})
            with lock:
                statuses.append(response.status_code)
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none may pass silently
            with lock:
                errors.append(f"{user.username}: {exc!r}")
        finally:
            connection.close()

    threads = [threading.Thread(target=learner, args=(poster,)) for poster in posters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    attempts = Attempt.objects.filter(quiz=quiz)
    return {
        "errors": errors,
        "statuses": sorted(set(statuses)),
        "posts": len(statuses),
        "attempts": attempts.count(),
        "graded": attempts.filter(submitted_at__isnull=False, percent=100.0).count(),
        "responses": Response.objects.filter(attempt__quiz=quiz).count(),
        "vendor": connection.vendor,
    }


def run_tabs(quiz, *, rounds: int = 8) -> dict:
    """One learner in four tabs at once, round after round: two start, one reads the quiz page, one submits."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.db.models import Max
    from django.test import Client
    from django.urls import reverse

    from quizzes.models import Attempt

    quiz.attempts_allowed = None
    quiz.save()
    lesson = quiz.lesson
    args = [lesson.course.slug, lesson.slug]
    user = get_user_model().objects.create_user("tabs", password="x")
    statuses: list[int] = []
    lock = threading.Lock()

    def tab(kind: str, barrier: threading.Barrier):
        try:
            client = Client(raise_request_exception=False)  # a server error is a 500 response, as a browser sees it
            client.force_login(user)
            barrier.wait(timeout=60)
            if kind == "start":
                response = client.post(reverse("quizzes:quiz_start", args=args))
            elif kind == "page":
                response = client.get(reverse("quizzes:quiz_detail", args=args))
            else:
                number = Attempt.objects.filter(user=user).aggregate(n=Max("number"))["n"] or 1
                response = client.post(reverse("quizzes:attempt_submit", args=[*args, number]), {"confirm": "1"})
            with lock:
                statuses.append(response.status_code)
        finally:
            connection.close()

    for _ in range(rounds):
        barrier = threading.Barrier(4)
        threads = [threading.Thread(target=tab, args=(kind, barrier)) for kind in ("start", "start", "page", "submit")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    attempts = Attempt.objects.filter(quiz=quiz, user=user)
    return {
        "statuses": sorted(set(statuses)),
        "requests": len(statuses),
        "open": attempts.filter(submitted_at__isnull=True).count(),
        "numbers": sorted(attempts.values_list("number", flat=True)),
    }


def _check_tabs(result: dict) -> None:
    assert result["requests"] == 32
    assert all(status < 500 for status in result["statuses"]), result["statuses"]
    assert result["open"] <= 1
    assert result["numbers"] == list(range(1, len(result["numbers"]) + 1))  # no gap, no duplicate


def main() -> None:
    """Entry point of the SQLite subprocess: migrate a fresh file database, run the crowd, print JSON."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    report = run_crowd(_setup_quiz())
    report["tabs"] = run_tabs(_setup_quiz("tabs"))
    print(json.dumps(report))


def _check(result: dict) -> None:
    assert result["errors"] == []
    assert result["posts"] == LEARNERS + DOUBLE_SUBMITTERS
    assert result["statuses"] == [302]
    assert result["attempts"] == LEARNERS  # none lost, none doubled
    assert result["graded"] == LEARNERS
    assert result["responses"] == 2 * LEARNERS


def test_many_learners_submit_at_once_on_sqlite_wal(tmp_path):
    database = tmp_path / "crowd.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PYTHONPATH": str(ROOT),
    }
    code = "import tests.quizzes.test_concurrency as crowd; crowd.main()"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["vendor"] == "sqlite"
    _check(report)
    _check_tabs(report["tabs"])
    mode = subprocess.run(
        [sys.executable, "-c", f"import sqlite3; print(sqlite3.connect({str(database)!r}).execute('pragma journal_mode').fetchone()[0])"],
        capture_output=True, text=True, check=True,
    )
    assert mode.stdout.strip() == "wal"


@pytest.mark.django_db(transaction=True)
def test_many_learners_submit_at_once_on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("set DATABASE_URL to a PostgreSQL database to run this test")
    _check(run_crowd(_setup_quiz()))


@pytest.mark.django_db(transaction=True)
def test_one_learner_in_several_tabs_never_gets_a_server_error_on_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("set DATABASE_URL to a PostgreSQL database to run this test")
    _check_tabs(run_tabs(_setup_quiz("tabs")))
