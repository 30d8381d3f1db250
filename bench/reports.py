"""Instructor reports at scale: times and query counts of the gradebook, item analysis and CSV exports.

    .venv/bin/python bench/reports.py [--learners 10000] [--lessons 10] [--questions 20] [--quizzes-taken 5]

Fills a fresh database (a temporary SQLite file; PostgreSQL when DATABASE_URL is set, which it empties
first) with a course of ``lessons`` lessons of ``questions`` questions each and ``learners`` learners who
each read every lesson and submitted ``quizzes-taken`` quizzes: 10,000 x 5 x 20 = 1,000,000 responses by
default. Then prints, for each page and export, the time, the number of queries and (for the CSVs) the
peak memory of streaming it. Targets (issue 11): each page under 1 s, query counts that do not grow
with the data, CSVs streamed in constant memory.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django() -> None:
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.mkdtemp()) / 'reports.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["DEBUG"] = "0"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("flush", "--noinput", verbosity=0) if "postgres" in os.environ["DATABASE_URL"] else None
    call_command("migrate", verbosity=0)


def fill(*, learners: int, lessons: int, questions: int, taken: int) -> tuple:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.services import roles_ensure
    from courses.models import Course, Lesson
    from learning.models import LessonProgress
    from quizzes.models import Attempt, Option, Question, Quiz, Response

    rng = random.Random(1)
    now = timezone.now()
    course = Course.objects.create(slug="scale", title="Scale", published=True)
    teacher = get_user_model().objects.create_user("teacher", password="x")
    teacher.groups.add(roles_ensure())
    course.instructors.add(teacher)
    lesson_rows = Lesson.objects.bulk_create(
        Lesson(course=course, slug=f"l{n}", title=f"Lesson {n}", position=n, source=f"# Lesson {n}\n", source_hash="x")
        for n in range(lessons)
    )
    quizzes = Quiz.objects.bulk_create(Quiz(lesson=lesson) for lesson in lesson_rows)
    snapshots: dict[int, list[dict]] = {}
    for quiz in quizzes:
        made = Question.objects.bulk_create(
            Question(quiz=quiz, type="single", stem=f"Question {i} of {quiz.lesson.title}?", status="published",
                     position=i)
            for i in range(questions)
        )
        Option.objects.bulk_create(
            Option(question=q, text=f"Option {k}", is_correct=k == 0, position=k) for q in made for k in range(4)
        )
        snapshots[quiz.pk] = [
            {"question_id": q.pk, "type": "single", "stem": q.stem,
             "options": [{"text": f"Option {k}", "correct": k == 0} for k in range(4)]}
            for q in made
        ]
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"learner{n:05}", password="!") for n in range(learners)
    )
    LessonProgress.objects.bulk_create(
        (LessonProgress(user=u, lesson=lesson, first_opened_at=now, last_opened_at=now, completed_at=now)
         for u in users for lesson in lesson_rows),
        batch_size=5000,
    )
    for chunk_start in range(0, len(users), 500):
        attempts = []
        for user in users[chunk_start:chunk_start + 500]:
            for quiz in rng.sample(quizzes, taken):
                attempts.append(Attempt(quiz=quiz, user=user, number=1, layout=[], submitted_at=now, pass_mark=70))
        Attempt.objects.bulk_create(attempts)
        responses = []
        for attempt in attempts:
            total = 0.0
            for position, snapshot in enumerate(snapshots[attempt.quiz_id]):
                answer = rng.choice((0, 0, 1, 2))  # option 3 is never chosen: the report must flag it
                score = 1.0 if answer == 0 else 0.0
                total += score
                responses.append(Response(attempt=attempt, question_id=snapshot["question_id"], position=position,
                                          snapshot=snapshot, answer=answer, score=score, max_score=1.0))
            attempt.score, attempt.max_score = total, float(questions)
            attempt.percent = 100 * total / questions
            attempt.passed = attempt.percent >= 70
        Attempt.objects.bulk_update(attempts, ["score", "max_score", "percent", "passed"])
        Response.objects.bulk_create(responses, batch_size=5000)
    return course, teacher, lesson_rows[0]


RUNS = 3


def measure(client, url: str, *, stream: bool = False) -> str:
    """The median of three requests (the first one's time too), queries, bytes sent and peak memory."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(RUNS):
        tracemalloc.start()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            size = sum(len(chunk) for chunk in response.streaming_content) if stream else len(response.content)
            times.append(time.perf_counter() - start)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        assert response.status_code == 200, (url, response.status_code)
    median = sorted(times)[RUNS // 2]
    return (f"{median * 1000:8.0f} ms median (first {times[0] * 1000:5.0f} ms)  {len(queries):3d} queries  "
            f"{size / 1e6:6.2f} MB out  {peak:6.1f} MB peak")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--quizzes-taken", type=int, default=5)
    args = parser.parse_args()
    setup_django()
    from django.test import Client

    from quizzes.models import Response

    start = time.perf_counter()
    course, teacher, lesson = fill(learners=args.learners, lessons=args.lessons, questions=args.questions,
                                   taken=args.quizzes_taken)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # fresh planner statistics, as a database in use has
    print(f"filled in {time.perf_counter() - start:.0f} s: {args.learners} learners, "
          f"{args.lessons * args.questions} questions, {Response.objects.count():,} responses")
    client = Client()
    client.force_login(teacher)
    for label, url, stream in (
        ("instructor home", "/teach/", False),
        ("flagged questions", f"/teach/{course.slug}/review/?flagged=1", False),
        ("gradebook page", f"/teach/{course.slug}/gradebook/", False),
        ("gradebook page 50", f"/teach/{course.slug}/gradebook/?page=50&sort=-activity", False),
        ("item analysis page", f"/teach/{course.slug}/{lesson.slug}/quiz/statistics/", False),
        ("funnel page", f"/teach/{course.slug}/funnel/", False),
        ("gradebook CSV", f"/teach/{course.slug}/gradebook.csv", True),
        ("results CSV", f"/teach/{course.slug}/results.csv", True),
    ):
        print(f"{label:20} {measure(client, url, stream=stream)}")


if __name__ == "__main__":
    main()
