"""Pages at scale: the query counts they have with the seed course, and their time, with 1,000 lessons.

    .venv/bin/python bench/scale.py [--courses 10] [--lessons-per-course 100] [--learners 10000]

First imports the seed course and measures every learner and instructor page for a learner and a
teacher active in it: the query count of each (cache emptied first, so the worst case) is the
yardstick. Then fills the same database (a temporary SQLite file; PostgreSQL when DATABASE_URL is
set, which it empties first) with ``courses`` courses of ``lessons-per-course`` lessons (1,000 by
default), ten published questions and ten glossary terms each, and ``learners`` learners who each
read 20 lessons, keep 10 flashcards and submitted 10 quizzes: 10,000 x 10 x 10 = 1,000,000 responses.
Then measures the same pages for a learner and a teacher active in a course of 100 lessons.
Targets (issue 12): the same query counts as with the seeds, each page under 200 ms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reports import setup_django  # noqa: E402

TARGET_MS = 200
QUESTIONS = 10
TERMS = 10
READ = 20
CARDS = 10
TAKEN = 10


def _activity(*, user, course, lessons) -> int:
    """Reading, flashcards and quiz attempts of ``user`` in ``course`` through the services; the last attempt's number."""
    from glossary.services import flashcards_introduce
    from learning.services import lesson_progress_complete, lesson_progress_open
    from quizzes.services import attempt_start, attempt_submit

    for lesson in lessons[:3]:
        lesson_progress_complete(user=user, lesson=lesson)
    lesson_progress_open(user=user, lesson=lessons[3])
    flashcards_introduce(user=user, course=course)
    quiz = lessons[0].quiz
    attempt_submit(attempt=attempt_start(quiz=quiz, user=user), answers={})
    return attempt_start(quiz=quiz, user=user).number  # one in progress


def pages(course, lesson, term_slug: str, number: int) -> list[tuple[str, str, str]]:
    """(who, label, url) of every page a learner and a teacher open."""
    from django.urls import reverse

    c, l_ = course.slug, lesson.slug
    return [
        ("learner", "catalogue", reverse("courses:catalogue")),
        ("learner", "course", reverse("learning:course_detail", args=[c])),
        ("learner", "lesson", reverse("learning:lesson_detail", args=[c, l_])),
        ("learner", "quiz in progress", reverse("quizzes:quiz_detail", args=[c, l_])),
        ("learner", "quiz results", reverse("quizzes:attempt_results", args=[c, l_, number - 1])),
        ("learner", "dashboard", reverse("learning:dashboard")),
        ("learner", "glossary", reverse("glossary:index", args=[c])),
        ("learner", "glossary term", reverse("glossary:term_detail", args=[c, term_slug])),
        ("learner", "flashcards", reverse("glossary:overview")),
        ("learner", "flashcard study", reverse("glossary:study", args=[c])),
        ("teacher", "teach home", reverse("authoring:home")),
        ("teacher", "review queue", reverse("authoring:review_queue", args=[c])),
        ("teacher", "glossary review", reverse("authoring:glossary_review", args=[c])),
        ("teacher", "gradebook", reverse("authoring:gradebook", args=[c])),
        ("teacher", "item analysis", reverse("authoring:item_analysis", args=[c, l_])),
    ]


RUNS = 5


def measure(clients: dict, rows: list[tuple[str, str, str]]) -> dict[str, tuple[int, float, float]]:
    """Per page: queries with an empty cache, the median time of five requests (the first one cold) and the first's.

    Five, not three: a cold request that reads a million responses leaves garbage that the
    collector may reclaim during the next request, and one such pause must not be the median.
    """
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    figures = {}
    for who, label, url in rows:
        cache.clear()
        times = []
        for run in range(RUNS):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = clients[who].get(url)
                times.append(time.perf_counter() - start)
            assert response.status_code == 200, (label, url, response.status_code)
            if run == 0:
                count = len(queries)
        figures[label] = (count, sorted(times)[RUNS // 2] * 1000, times[0] * 1000)
    return figures


def fill(*, courses: int, lessons_per_course: int, learners: int, teacher):
    """The big data, in bulk; returns the course the probe learner and teacher will use."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from courses.caching import content_changed
    from courses.models import Course, Lesson, Section
    from glossary.models import Flashcard, GlossaryTerm, TermOccurrence
    from learning.models import LessonProgress
    from quizzes.models import Attempt, Option, Question, Quiz, Response

    rng = random.Random(1)
    now = timezone.now()
    made = Course.objects.bulk_create(
        Course(slug=f"scale-{n}", title=f"Scale course {n}", published=True) for n in range(courses)
    )
    text = "# {title}\n\nIntro.\n\n## First part\n\nBody of the lesson.\n\n## Second part\n\nMore body.\n"
    html = "<h2 id=\"first-part\">First part</h2><p>Body of the lesson.</p><h2 id=\"second-part\">Second part</h2><p>More.</p>"
    lessons = Lesson.objects.bulk_create(
        Lesson(course=course, slug=f"l{n}", title=f"Lesson {n}", position=n, source=text.format(title=f"Lesson {n}"),
               source_hash="x", html=html, word_count=12)
        for course in made for n in range(lessons_per_course)
    )
    Section.objects.bulk_create(
        Section(lesson=lesson, heading=heading, anchor=anchor, level=2, position=i)
        for lesson in lessons for i, (heading, anchor) in enumerate((("First part", "first-part"), ("Second part", "second-part")))
    )
    quizzes = Quiz.objects.bulk_create(Quiz(lesson=lesson, attempts_allowed=None) for lesson in lessons)
    questions = Question.objects.bulk_create(
        (Question(quiz=quiz, type="single", stem=f"Question {i}?", status="published", position=i)
         for quiz in quizzes for i in range(QUESTIONS)),
        batch_size=5000,
    )
    Option.objects.bulk_create(
        (Option(question=q, text=f"Option {k}", is_correct=k == 0, position=k) for q in questions for k in range(4)),
        batch_size=5000,
    )
    by_quiz: dict[int, list] = {}
    for question in questions:
        by_quiz.setdefault(question.quiz_id, []).append(question)
    terms = GlossaryTerm.objects.bulk_create(
        GlossaryTerm(course=course, slug=f"term-{n}", term=f"Term {n}", key=f"term {n}", definition=f"Meaning {n}.")
        for course in made for n in range(TERMS)
    )
    first_lessons = {lesson.course_id: lesson for lesson in lessons if lesson.position == 0}
    TermOccurrence.objects.bulk_create(TermOccurrence(term=t, lesson=first_lessons[t.course_id]) for t in terms)
    terms_by_course: dict[int, list] = {}
    for term in terms:
        terms_by_course.setdefault(term.course_id, []).append(term)
    users = get_user_model().objects.bulk_create(
        (get_user_model()(username=f"learner{n:05}", password="!") for n in range(learners)), batch_size=5000
    )
    for chunk in range(0, len(users), 500):
        group = users[chunk:chunk + 500]
        progress, cards, attempts = [], [], []
        for user in group:
            course = rng.choice(made)
            mine = [lesson for lesson in lessons if lesson.course_id == course.pk][:READ]
            progress += [LessonProgress(user=user, lesson=lesson, first_opened_at=now, last_opened_at=now,
                                        completed_at=now) for lesson in mine]
            cards += [Flashcard(user=user, term=term, fsrs_card={}, due=now) for term in terms_by_course[course.pk][:CARDS]]
            quizzes_taken = [lesson.quiz for lesson in rng.sample(mine, TAKEN)]
            attempts += [Attempt(quiz=quiz, user=user, number=1, layout=[], submitted_at=now, pass_mark=70,
                                 score=5, max_score=QUESTIONS, percent=50, passed=False) for quiz in quizzes_taken]
        LessonProgress.objects.bulk_create(progress, batch_size=5000)
        Flashcard.objects.bulk_create(cards, batch_size=5000)
        Attempt.objects.bulk_create(attempts, batch_size=5000)
        Response.objects.bulk_create(
            (Response(attempt=a, question=q, position=i, snapshot={"question_id": q.pk, "type": "single", "stem": q.stem},
                      answer=rng.choice((0, 1)), score=1.0, max_score=1.0)
             for a in attempts for i, q in enumerate(by_quiz[a.quiz_id])),
            batch_size=10_000,
        )
    for course in made:
        course.instructors.add(teacher)
        content_changed(pk=course.pk)
    return made[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10)
    parser.add_argument("--lessons-per-course", type=int, default=100)
    parser.add_argument("--learners", type=int, default=10_000)
    args = parser.parse_args()
    setup_django()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from accounts.services import roles_ensure
    from courses.models import Course
    from quizzes.models import Question, Response

    call_command("import_course", str(ROOT / "seeds"), verbosity=0)
    seeds = Course.objects.get()
    learner = get_user_model().objects.create_user("probe", password="x")
    teacher = get_user_model().objects.create_user("probe-teacher", password="x")
    teacher.groups.add(roles_ensure())
    seeds.instructors.add(teacher)
    Question.objects.filter(quiz__lesson__course=seeds).update(status=Question.Status.PUBLISHED)  # every lesson quizzed
    seed_lessons = list(seeds.lessons.select_related("quiz").order_by("position"))
    number = _activity(user=learner, course=seeds, lessons=seed_lessons)
    clients = {"learner": Client(), "teacher": Client()}
    clients["learner"].force_login(learner)
    clients["teacher"].force_login(teacher)
    term = seeds.glossary_terms.first()
    small = measure(clients, pages(seeds, seed_lessons[0], term.slug, number))

    start = time.perf_counter()
    course = fill(courses=args.courses, lessons_per_course=args.lessons_per_course, learners=args.learners, teacher=teacher)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    lessons = list(course.lessons.select_related("quiz").order_by("position"))
    number = _activity(user=learner, course=course, lessons=lessons)
    large = measure(clients, pages(course, lessons[0], course.glossary_terms.first().slug, number))
    print(f"filled in {time.perf_counter() - start:.0f} s: {args.courses * args.lessons_per_course:,} lessons, "
          f"{args.learners:,} learners, {Response.objects.count():,} responses ({connection.vendor})\n")
    print(f"{'page':18} {'queries (seeds)':>16} {'queries (scale)':>16} {'ms (seeds)':>11} {'ms (scale)':>11} "
          f"{'cold ms':>8}  target")
    for label, (seed_queries, seed_ms, _) in small.items():
        queries, ms, cold_ms = large[label]
        verdict = "met" if queries <= seed_queries and ms < TARGET_MS else "NOT met"
        print(f"{label:18} {seed_queries:16d} {queries:16d} {seed_ms:11.0f} {ms:11.0f} {cold_ms:8.0f}  {verdict}")


if __name__ == "__main__":
    main()
