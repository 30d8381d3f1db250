"""Attempts: starting once, saving, grading once, time limits, attempt limits and snapshots."""

import random
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from quizzes import services
from quizzes.models import Attempt, Question, Response

pytestmark = pytest.mark.django_db


def test_start_snapshots_every_published_question_in_order(make_quiz, student):
    quiz = make_quiz()
    Question.objects.create(quiz=quiz, type="single", stem="A draft", status=Question.Status.DRAFT, position=9)
    attempt = services.attempt_start(quiz=quiz, user=student)
    assert attempt.number == 1 and attempt.submitted_at is None and attempt.pass_mark == 70
    assert [s["type"] for s in attempt.layout] == ["single", "multiple", "true_false", "fill_blank", "matching"]
    first = attempt.layout[0]
    assert first["stem"] == "Which planet is the largest?"
    assert first["source_anchor"] == "first-part" and first["source_heading"] == "First part"
    assert first["explanation"] == "Explanation of question 1."
    assert sorted(o["text"] for o in first["options"]) == ["Jupiter", "Mars", "Mercury", "Venus"]
    matching = attempt.layout[4]
    assert sorted(matching["terms"]) == ["Earth", "Mars", "Saturn"]
    assert {row["text"]: matching["terms"][row["answer"]] for row in matching["rows"]} == {
        "The red planet": "Mars", "The ringed giant": "Saturn", "Our home": "Earth",
    }


def test_a_start_that_loses_the_race_to_an_attempt_already_submitted_takes_the_next_number(make_quiz, student, monkeypatch):
    """Two tabs: the other one started attempt 1 and submitted it while this start was counting."""
    quiz = make_quiz()
    full_clean = Attempt.full_clean

    def other_tab_first(self, *args, **kwargs):
        if self.number == 1 and not Attempt.objects.filter(quiz=quiz, number=1).exists():
            Attempt.objects.create(quiz=quiz, user=student, number=1, layout=self.layout, submitted_at=timezone.now())
        return full_clean(self, *args, **kwargs)

    monkeypatch.setattr(Attempt, "full_clean", other_tab_first)
    attempt = services.attempt_start(quiz=quiz, user=student)
    assert attempt.number == 2 and attempt.submitted_at is None
    assert sorted(Attempt.objects.filter(quiz=quiz).values_list("number", flat=True)) == [1, 2]


def test_starting_again_returns_the_attempt_in_progress(make_quiz, student):
    quiz = make_quiz()
    first = services.attempt_start(quiz=quiz, user=student)
    again = services.attempt_start(quiz=quiz, user=student)
    assert again.pk == first.pk and again.layout == first.layout
    assert Attempt.objects.count() == 1


def test_options_are_shuffled_per_attempt_and_the_order_is_kept(make_quiz, make_user):
    quiz = make_quiz(types={"single"})
    orders = set()
    for seed in range(12):
        attempt = services.attempt_start(quiz=quiz, user=make_user(), rng=random.Random(seed))
        orders.add(tuple(o["text"] for o in attempt.layout[0]["options"]))
    assert len(orders) > 3


def test_without_shuffle_the_authored_order_is_kept_but_terms_are_not_aligned(make_quiz, student):
    quiz = make_quiz(shuffle_options=False)
    attempt = services.attempt_start(quiz=quiz, user=student)
    assert [o["text"] for o in attempt.layout[0]["options"]] == ["Mars", "Jupiter", "Venus", "Mercury"]
    assert [o["text"] for o in attempt.layout[2]["options"]] == ["True", "False"]
    matching = attempt.layout[4]
    assert matching["terms"] == ["Earth", "Mars", "Saturn"]
    assert [row["answer"] for row in matching["rows"]] == [1, 2, 0]


def test_true_false_is_never_shuffled(make_quiz, make_user):
    quiz = make_quiz(types={"true_false"})
    for seed in range(6):
        attempt = services.attempt_start(quiz=quiz, user=make_user(), rng=random.Random(seed))
        assert [o["text"] for o in attempt.layout[0]["options"]] == ["True", "False"]


def test_quiz_without_questions_is_refused(make_quiz, student):
    quiz = make_quiz(types=set())
    with pytest.raises(services.AttemptRefused, match="no questions"):
        services.attempt_start(quiz=quiz, user=student)


def test_ungradable_questions_are_left_out(make_quiz, student):
    quiz = make_quiz(types={"single"})
    Question.objects.create(quiz=quiz, type="fill_blank", stem="No answers", status="published", position=5)
    attempt = services.attempt_start(quiz=quiz, user=student)
    assert len(attempt.layout) == 1


def test_all_right_passes_and_all_wrong_fails(make_quiz, student, quiz_answers):
    quiz = make_quiz()
    attempt = services.attempt_start(quiz=quiz, user=student)
    graded = services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))
    assert (graded.score, graded.max_score, graded.percent, graded.passed) == (5, 5, 100.0, True)
    assert list(graded.responses.values_list("score", flat=True)) == [1.0] * 5

    retake = services.attempt_start(quiz=quiz, user=student)
    assert retake.number == 2
    graded = services.attempt_submit(attempt=retake, answers=quiz_answers(retake, correct=False))
    assert (graded.score, graded.percent, graded.passed) == (0, 0.0, False)


def test_partial_credit_adds_up_and_pass_mark_decides(make_quiz, student, quiz_answers):
    quiz = make_quiz(types={"single", "multiple", "matching"}, pass_mark=60)
    attempt = services.attempt_start(quiz=quiz, user=student)
    answers = quiz_answers(attempt)
    right = answers[1]
    answers[1] = right[:1]  # one of the two correct gases: 0.5
    matching = attempt.layout[2]
    answers[2] = [answers[2][0], None, None]  # one row of three: 0.3333
    graded = services.attempt_submit(attempt=attempt, answers=answers)
    assert graded.score == pytest.approx(1.8333, abs=1e-4)
    assert graded.percent == 61.1 and graded.passed is True
    assert len(matching["rows"]) == 3


def test_save_merges_and_clears_answers(make_quiz, student):
    quiz = make_quiz()
    attempt = services.attempt_start(quiz=quiz, user=student)
    services.attempt_save_answers(attempt=attempt, answers={0: 1, 1: [0, 2]})
    attempt = services.attempt_save_answers(attempt=attempt, answers={1: [], 3: "  photo "})
    assert attempt.saved_answers == {"0": 1, "1": [], "3": "photo"}
    assert attempt.saved_at is not None
    with pytest.raises(services.AttemptError):
        services.attempt_save_answers(attempt=attempt, answers={9: 1})


def test_a_save_is_one_write_when_nobody_saved_in_between(make_quiz, student):
    attempt = services.attempt_start(quiz=make_quiz(), user=student)
    services.attempt_save_answers(attempt=attempt, answers={0: 1})
    with CaptureQueriesContext(connection) as queries:
        services.attempt_save_answers(attempt=attempt, answers={1: [0]})
    assert len(queries) == 1 and queries[0]["sql"].startswith("UPDATE")
    assert Attempt.objects.get(pk=attempt.pk).saved_answers == {"0": 1, "1": [0]}


def test_a_save_from_a_stale_page_keeps_the_other_tabs_answers(make_quiz, student):
    attempt = services.attempt_start(quiz=make_quiz(), user=student)
    other_tab = Attempt.objects.get(pk=attempt.pk)
    services.attempt_save_answers(attempt=other_tab, answers={0: 1})
    services.attempt_save_answers(attempt=attempt, answers={3: "photo"})  # read before the other tab saved
    assert Attempt.objects.get(pk=attempt.pk).saved_answers == {"0": 1, "3": "photo"}


def test_a_save_from_a_page_read_before_the_submission_changes_nothing(make_quiz, student, quiz_answers):
    attempt = services.attempt_start(quiz=make_quiz(), user=student)
    stale = Attempt.objects.get(pk=attempt.pk)
    services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt, correct=False))
    graded = Attempt.objects.get(pk=attempt.pk)
    with pytest.raises(services.AttemptClosed):
        services.attempt_save_answers(attempt=stale, answers={0: 1})
    after = Attempt.objects.get(pk=attempt.pk)
    assert (after.saved_answers, after.saved_at) == (graded.saved_answers, graded.saved_at)


def test_submit_is_idempotent(make_quiz, student, quiz_answers):
    quiz = make_quiz()
    attempt = services.attempt_start(quiz=quiz, user=student)
    first = services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt, correct=False))
    again = services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))
    assert again.pk == first.pk and again.score == 0 and again.submitted_at == first.submitted_at
    assert Attempt.objects.count() == 1 and Response.objects.count() == 5
    with pytest.raises(services.AttemptClosed):
        services.attempt_save_answers(attempt=attempt, answers={0: 1})


def test_attempt_limit_refuses_with_a_clear_message(make_quiz, student):
    quiz = make_quiz(attempts_allowed=2)
    for _ in range(2):
        services.attempt_submit(attempt=services.attempt_start(quiz=quiz, user=student))
    with pytest.raises(services.AttemptRefused, match=re.escape("You have used every attempt allowed for this quiz (2).")):
        services.attempt_start(quiz=quiz, user=student)
    assert Attempt.objects.count() == 2


def test_time_limit_late_submission_is_graded_on_what_was_saved_in_time(make_quiz, student, quiz_answers):
    quiz = make_quiz(time_limit_minutes=10)
    now = timezone.now()
    attempt = services.attempt_start(quiz=quiz, user=student, now=now)
    assert attempt.deadline == now + timedelta(minutes=10)
    right = quiz_answers(attempt)
    services.attempt_save_answers(attempt=attempt, answers={0: right[0]}, now=now + timedelta(minutes=9))
    with pytest.raises(services.AttemptTimeUp):
        services.attempt_save_answers(attempt=attempt, answers={1: right[1]}, now=now + timedelta(minutes=11))
    graded = services.attempt_submit(attempt=attempt, answers=right, now=now + timedelta(minutes=12))
    assert graded.late is True and graded.score == 1 and graded.percent == 20.0
    assert graded.responses.get(position=1).answer == []


def test_submission_within_the_grace_period_counts(make_quiz, student, quiz_answers):
    quiz = make_quiz(time_limit_minutes=1)
    now = timezone.now()
    attempt = services.attempt_start(quiz=quiz, user=student, now=now)
    graded = services.attempt_submit(
        attempt=attempt, answers=quiz_answers(attempt), now=attempt.deadline + timedelta(seconds=2)
    )
    assert graded.late is False and graded.percent == 100.0


def test_responses_keep_snapshots_when_questions_change_or_vanish(make_quiz, student, quiz_answers):
    quiz = make_quiz()
    attempt = services.attempt_start(quiz=quiz, user=student)
    graded = services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))
    before = [(r.snapshot, r.answer, r.score) for r in graded.responses.order_by("position")]
    question = Question.objects.get(quiz=quiz, type="single")
    question.stem = "Edited stem"
    question.save()
    question.options.update(is_correct=False)
    Question.objects.filter(quiz=quiz, type="matching").delete()
    after = [(r.snapshot, r.answer, r.score) for r in graded.responses.order_by("position")]
    assert after == before
    assert graded.responses.get(position=4).question is None


def test_a_question_edited_during_an_attempt_is_graded_as_shown(make_quiz, student, quiz_answers):
    quiz = make_quiz(types={"single"})
    attempt = services.attempt_start(quiz=quiz, user=student)
    answers = quiz_answers(attempt)
    Question.objects.filter(quiz=quiz).delete()
    graded = services.attempt_submit(attempt=attempt, answers=answers)
    assert graded.percent == 100.0


@pytest.mark.parametrize("lesson_number", range(5))
def test_every_seed_lesson_quiz_can_be_taken_and_graded(seeds_dir, student, quiz_answers, lesson_number):
    """Integration: generated quizzes of the seed course go through the whole attempt cycle."""
    from courses.models import Lesson
    from courses.services import course_import

    course_import(path=seeds_dir)
    lesson = Lesson.objects.order_by("position")[lesson_number]
    quiz = services.quiz_generate(lesson=lesson, seed=1)
    if not quiz.questions.exists():
        pytest.skip(f"the generator makes no question for {lesson.slug} today")
    # Published as an instructor would after review: every kind of generated question must grade.
    quiz.questions.filter(status=Question.Status.DRAFT).update(status=Question.Status.PUBLISHED)
    attempt = services.attempt_start(quiz=quiz, user=student)
    graded = services.attempt_submit(attempt=attempt, answers=quiz_answers(attempt))
    assert graded.percent == 100.0 and graded.passed
