"""Reads for quiz pages, each built to a fixed number of queries.

The page being taken is built from the attempt's layout with the key left
out: the view models below carry texts and positions only. Results are built
from each response's snapshot, never from the live questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from courses.caching import cached, content_key
from courses.models import Course, Lesson
from courses.plainsql import select_one
from courses.selectors import course_lesson_cached
from lessontext.answers import TYPED_ANSWER_RULES
from lessontext.vocabulary import QuestionType

from . import grading
from .forms import field_name
from .models import Attempt, Question, Quiz

# Columns the history and status lists need; the layout and answers are large.
_SUMMARY_DEFER = ("layout", "saved_answers")


@dataclass(frozen=True)
class AttemptHistory:
    attempts: list[Attempt]  # submitted, oldest first

    @property
    def best(self) -> Attempt | None:
        return max(self.attempts, key=lambda a: (a.percent or 0, -a.number), default=None)

    @property
    def passed(self) -> bool:
        return any(a.passed for a in self.attempts)


@dataclass
class QuizPage:
    """A lesson's quiz as a learner stands with it; their past attempts are read only when shown."""

    lesson: Lesson
    course: Course
    quiz: Quiz | None
    question_count: int
    open_attempt: Attempt | None
    user: Any = None

    @cached_property
    def history(self) -> AttemptHistory:
        """The learner's submitted attempts, oldest first (1 query, however many)."""
        if self.quiz is None:
            return AttemptHistory([])
        return AttemptHistory(list(
            Attempt.objects.filter(quiz=self.quiz, user=self.user, submitted_at__isnull=False)
            .defer(*_SUMMARY_DEFER).order_by("number")
        ))

    @property
    def attempts_used(self) -> int:
        return len(self.history.attempts) + (self.open_attempt is not None)

    @property
    def attempts_left(self) -> int | None:
        """Attempts the learner may still start (None: unlimited)."""
        if self.quiz is None or self.quiz.attempts_allowed is None:
            return None
        return max(0, self.quiz.attempts_allowed - self.attempts_used)

    @property
    def can_start(self) -> bool:
        return self.question_count > 0 and (self.attempts_left is None or self.attempts_left > 0)


# The quiz pages never show the lesson's text: its large columns stay in the database.
LESSON_TEXT_FIELDS = ("source", "html", "linked_html", "metadata")


def _lesson_with_quiz(*, course_slug: str, slug: str, user) -> tuple[Lesson, Quiz | None]:
    """The lesson and its quiz: one query (the course), the rest cached under its content version."""
    def compute(course: Course):
        lesson = (Lesson.objects.filter(course=course, slug=slug).select_related("quiz")
                  .defer(*LESSON_TEXT_FIELDS).first())
        return (lesson, getattr(lesson, "quiz", None)) if lesson else None

    course, (lesson, quiz) = course_lesson_cached(course_slug=course_slug, slug=slug, user=user, name="lesson-quiz",
                                                  compute=compute)
    lesson.course = course
    return lesson, quiz


def _open_attempt(*, quiz: Quiz, user) -> Attempt | None:
    """``user``'s attempt in progress at ``quiz``, if any: what
    ``Attempt.objects.filter(quiz=quiz, user=user, submitted_at__isnull=True).first()`` reads, in plain SQL (every
    view of the quiz page asks; the ORM's query costs more to build than to run, ``bench/pagecost.py``)."""
    found = select_one(
        Attempt,
        f"FROM {Attempt._meta.db_table} a WHERE a.quiz_id = %s AND a.user_id = %s AND a.submitted_at IS NULL"
        " ORDER BY a.id LIMIT 1",
        [quiz.pk, user.pk], alias="a",
    )
    return found[0] if found else None


def quiz_page(*, course_slug: str, slug: str, user) -> QuizPage:
    """The lesson's quiz with ``user``'s attempt in progress (2 queries, the rest cached; the history, 1 more)."""
    lesson, quiz = _lesson_with_quiz(course_slug=course_slug, slug=slug, user=user)
    if quiz is None:
        return QuizPage(lesson, lesson.course, None, 0, None, user)
    quiz.lesson = lesson
    open_attempt = _open_attempt(quiz=quiz, user=user)
    if open_attempt is not None:
        open_attempt.quiz = quiz
        question_count = len(open_attempt.layout)
    else:
        facts = quiz_facts(lesson=lesson)
        question_count = facts.question_count if facts else 0
    return QuizPage(lesson, lesson.course, quiz, question_count, open_attempt, user)


def attempt_for_user(*, course_slug: str, slug: str, number: int, user, with_layout: bool = True) -> Attempt:
    """One of ``user``'s attempts, with its quiz, lesson and course (1 query); 404 for anyone else's."""
    queryset = Attempt.objects.select_related("quiz__lesson__course")
    if not with_layout:
        queryset = queryset.defer(*_SUMMARY_DEFER)
    return get_object_or_404(
        queryset, quiz__lesson__course__slug=course_slug, quiz__lesson__slug=slug, user=user, number=number
    )


def attempt_alone(*, course_slug: str, slug: str, number: int, user) -> Attempt:
    """:func:`attempt_for_user`'s attempt without its quiz, lesson and course (read when used), in plain SQL:
    the autosave's read, which the ORM's query with its joins costs more to build than to run."""
    found = select_one(
        Attempt,
        f"FROM {Attempt._meta.db_table} a"
        f" JOIN {Quiz._meta.db_table} q ON q.id = a.quiz_id"
        f" JOIN {Lesson._meta.db_table} l ON l.id = q.lesson_id"
        f" JOIN {Course._meta.db_table} c ON c.id = l.course_id"
        " WHERE c.slug = %s AND l.slug = %s AND a.user_id = %s AND a.number = %s",
        [course_slug, slug, user.pk, number], alias="a",
    )
    if found is None:
        raise Http404("No such attempt.")
    return found[0]


# --- Taking a quiz ---------------------------------------------------------


@dataclass(frozen=True)
class ChoiceView:
    value: str
    label: str
    id: str
    checked: bool


@dataclass(frozen=True)
class RowView:
    label: str
    name: str
    id: str
    choices: list[ChoiceView]


@dataclass(frozen=True)
class QuestionView:
    """A question as a form shows it: texts and positions, no key."""

    position: int
    number: int
    type: str
    type_label: str
    stem: str
    name: str
    choices: list[ChoiceView] = field(default_factory=list)
    rows: list[RowView] = field(default_factory=list)
    value: str = ""
    errors: list[str] = field(default_factory=list)
    complete: bool = False

    @property
    def input_id(self) -> str:
        return f"id_{self.name}"

    @property
    def error_id(self) -> str:
        return f"{self.name}-errors"

    @property
    def hint_id(self) -> str:
        return f"{self.name}-hint"

    @property
    def hint(self) -> str:
        return {
            QuestionType.MULTIPLE: "Select every answer that applies.",
            QuestionType.MATCHING: "Choose the matching term for each description.",
            QuestionType.FILL_BLANK: "Type the missing word or words.",
        }.get(self.type, "Select one answer.")


def question_views(
    attempt: Attempt,
    *,
    positions: Sequence[int] | None = None,
    answers: Mapping[int, Any] | None = None,
    errors: Mapping[int, list[str]] | None = None,
) -> list[QuestionView]:
    """The attempt's questions at ``positions`` (all by default) with the answers to show (no query)."""
    saved = {int(k): v for k, v in attempt.saved_answers.items()}
    saved.update(answers or {})
    errors = errors or {}
    labels = dict(Question.Type.choices)
    views = []
    for position in positions if positions is not None else range(len(attempt.layout)):
        snapshot = attempt.layout[position]
        number = position + 1
        name = field_name(number)
        answer = grading.clean_answer(snapshot, saved.get(position))
        common = dict(
            position=position,
            number=number,
            type=snapshot["type"],
            type_label=labels.get(snapshot["type"], ""),
            stem=snapshot["stem"],
            name=name,
            errors=errors.get(position, []),
            complete=grading.is_complete(snapshot, answer),
        )
        if snapshot["type"] in grading.CHOICE_TYPES:
            chosen = set(answer) if isinstance(answer, list) else {answer}
            choices = [
                ChoiceView(str(i), option["text"], f"id_{name}_{i}", i in chosen)
                for i, option in enumerate(snapshot["options"])
            ]
            views.append(QuestionView(**common, choices=choices))
        elif snapshot["type"] == QuestionType.FILL_BLANK:
            views.append(QuestionView(**common, value=answer))
        else:
            rows = []
            for r, row in enumerate(snapshot["rows"]):
                row_name = field_name(number, r)
                rows.append(
                    RowView(
                        label=row["text"],
                        name=row_name,
                        id=f"id_{row_name}",
                        choices=[
                            ChoiceView(str(i), term, f"id_{row_name}_{i}", answer[r] == i)
                            for i, term in enumerate(snapshot["terms"])
                        ],
                    )
                )
            views.append(QuestionView(**common, rows=rows))
    return views


def unanswered_numbers(attempt: Attempt, answers: Mapping[int, Any] | None = None) -> list[int]:
    """Numbers (1-based) of the questions not fully answered, counting ``answers`` not yet saved."""
    saved = {int(k): v for k, v in attempt.saved_answers.items()}
    saved.update(answers or {})
    return [
        position + 1
        for position, snapshot in enumerate(attempt.layout)
        if not grading.is_complete(snapshot, saved.get(position))
    ]


# --- Results ---------------------------------------------------------------


@dataclass(frozen=True)
class OptionResult:
    text: str
    chosen: bool
    correct: bool


@dataclass(frozen=True)
class RowResult:
    text: str
    given: str
    expected: str
    ok: bool


@dataclass(frozen=True)
class ResponseResult:
    number: int
    type: str
    type_label: str
    stem: str
    score: float
    max_score: float
    answered: bool
    your_answer: list[str]
    correct_answer: list[str]
    options: list[OptionResult]
    rows: list[RowResult]
    explanation: str
    source_sentence: str
    source_heading: str
    source_url: str

    @property
    def quote_source(self) -> bool:
        """Quote the source sentence unless the explanation already does."""
        return bool(self.source_sentence) and self.source_sentence not in self.explanation

    @property
    def outcome(self) -> str:
        if self.score >= self.max_score:
            return "correct"
        if self.score > 0:
            return "partial"
        return "incorrect" if self.answered else "unanswered"

    @property
    def outcome_label(self) -> str:
        return {
            "correct": "Correct",
            "partial": "Partly correct",
            "incorrect": "Incorrect",
            "unanswered": "Not answered",
        }[self.outcome]


@dataclass(frozen=True)
class ResultsPage:
    attempt: Attempt
    lesson: Lesson
    course: Course
    responses: list[ResponseResult]
    history: AttemptHistory
    attempts_used: int
    next_lesson: Lesson | None = None
    scoring_rules: tuple = grading.SCORING_RULES
    typed_answer_rules: str = TYPED_ANSWER_RULES

    @property
    def attempts_left(self) -> int | None:
        allowed = self.attempt.quiz.attempts_allowed
        return None if allowed is None else max(0, allowed - self.attempts_used)

    @property
    def can_retake(self) -> bool:
        return self.attempts_left is None or self.attempts_left > 0

    @property
    def shows_answers(self) -> bool:
        """Correct answers, explanations and source quotes are shown as the quiz's setting allows."""
        return self.attempt.quiz.shows_answers(passed=self.history.passed, attempts_left=self.attempts_left)


def _response_result(response, *, lesson_url: str) -> ResponseResult:
    snapshot = response.snapshot
    kind = snapshot["type"]
    answer = grading.clean_answer(snapshot, response.answer)
    options: list[OptionResult] = []
    rows: list[RowResult] = []
    if kind in grading.CHOICE_TYPES:
        chosen = set(answer) if isinstance(answer, list) else {answer}
        options = [OptionResult(o["text"], i in chosen, o["correct"]) for i, o in enumerate(snapshot["options"])]
    elif kind == QuestionType.MATCHING:
        terms = snapshot["terms"]
        rows = [
            RowResult(
                text=row["text"],
                given=terms[given] if given is not None else "",
                expected=terms[row["answer"]],
                ok=given == row["answer"],
            )
            for row, given in zip(snapshot["rows"], answer)
        ]
    anchor = snapshot.get("source_anchor", "")
    return ResponseResult(
        number=response.position + 1,
        type=kind,
        type_label=dict(Question.Type.choices).get(kind, ""),
        stem=snapshot["stem"],
        score=response.score,
        max_score=response.max_score,
        answered=bool(grading.answer_text(snapshot, answer)),
        your_answer=grading.answer_text(snapshot, answer),
        correct_answer=grading.correct_answer_text(snapshot),
        options=options,
        rows=rows,
        explanation=snapshot.get("explanation", ""),
        source_sentence=snapshot.get("source_sentence", ""),
        source_heading=snapshot.get("source_heading", ""),
        source_url=f"{lesson_url}#{anchor}" if anchor else lesson_url,
    )


def attempt_results(*, attempt: Attempt) -> ResultsPage:
    """A submitted attempt (from :func:`attempt_for_user`) with its responses and history (2 more queries)."""
    if attempt.submitted_at is None:
        raise Http404("This attempt has not been submitted yet.")
    lesson = attempt.quiz.lesson
    lesson_url = lesson.get_absolute_url()
    responses = [_response_result(r, lesson_url=lesson_url) for r in attempt.responses.order_by("position")]
    attempts = list(
        Attempt.objects.filter(quiz_id=attempt.quiz_id, user_id=attempt.user_id).defer(*_SUMMARY_DEFER).order_by("number")
    )
    return ResultsPage(
        attempt=attempt,
        lesson=lesson,
        course=lesson.course,
        responses=responses,
        history=AttemptHistory([a for a in attempts if a.submitted_at is not None]),
        attempts_used=len(attempts),
        next_lesson=lesson_after(lesson),
    )


def lesson_after(lesson: Lesson) -> Lesson | None:
    """The course's next lesson, where a learner goes after this one (1 query)."""
    following = Lesson.objects.filter(course_id=lesson.course_id).filter(
        Q(position__gt=lesson.position) | Q(position=lesson.position, pk__gt=lesson.pk)
    )
    next_lesson = following.only("slug", "title", "course_id").order_by("position", "pk").first()
    if next_lesson:
        next_lesson.course = lesson.course
    return next_lesson


# --- Summaries for other pages ---------------------------------------------


@dataclass(frozen=True)
class QuizSummary:
    """What a lesson page says about its quiz for one learner."""

    question_count: int
    best_percent: float | None
    passed: bool
    attempts_used: int
    attempts_allowed: int | None
    in_progress: bool
    url: str

    @property
    def attempts_left(self) -> int | None:
        return None if self.attempts_allowed is None else max(0, self.attempts_allowed - self.attempts_used)


@dataclass(frozen=True)
class QuizFacts:
    """What a lesson's quiz is, the same for every learner (cached with the course's content)."""

    quiz_id: int
    question_count: int
    attempts_allowed: int | None
    url: str


def quiz_facts(*, lesson: Lesson) -> QuizFacts | None:
    """The quiz of ``lesson`` if it has published questions (1 query, or none from the cache)."""

    def compute():
        quiz = (
            Quiz.objects.filter(lesson=lesson)
            .annotate(published=Count("questions", filter=Q(questions__status=Question.Status.PUBLISHED)))
            .only("pk", "attempts_allowed", "lesson_id")
            .first()
        )
        if quiz is None or not quiz.published:
            return False  # cached too: "no quiz" is as worth remembering as a quiz
        quiz.lesson = lesson
        return QuizFacts(quiz_id=quiz.pk, question_count=quiz.published, attempts_allowed=quiz.attempts_allowed,
                         url=quiz.get_absolute_url())

    return cached(content_key(lesson.course, "quiz-facts", lesson.pk), compute) or None


def lesson_quiz_summary(*, lesson: Lesson, user) -> QuizSummary | None:
    """The quiz of ``lesson`` as ``user`` stands with it (1 simple query, plus the cached facts); None without one."""
    facts = quiz_facts(lesson=lesson)
    if facts is None:
        return None
    attempts = list(Attempt.objects.filter(quiz_id=facts.quiz_id, user=user).values_list("submitted_at", "passed", "percent"))
    scores = [percent for submitted, _, percent in attempts if submitted is not None and percent is not None]
    return QuizSummary(
        question_count=facts.question_count,
        best_percent=max(scores, default=None),
        passed=any(passed for _, passed, _ in attempts),
        attempts_used=len(attempts),
        attempts_allowed=facts.attempts_allowed,
        in_progress=any(submitted is None for submitted, _, _ in attempts),
        url=facts.url,
    )
