"""Writes for quizzes: generating questions from lessons, taking and grading attempts."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone

from courses.caching import content_changed
from courses.models import Lesson, Section
from glossary.models import GlossaryTerm
from lessontext.document import Document, parse_document
from lessontext.questions import GlossaryEntry, QuestionDraft, QuizDraft, balance_course, generate_quiz
from lessontext.questions.gate import publishable

from . import grading
from .models import Attempt, Option, Question, Quiz, Response


def _glossary_entries(course_id: int) -> list[GlossaryEntry]:
    return [
        GlossaryEntry(term=t.term, definition=t.definition, kind=t.kind, aliases=tuple(t.aliases))
        for t in GlossaryTerm.objects.visible().filter(course_id=course_id)
    ]


def quizzes_generate(
    *, lessons: Iterable[Lesson], documents: Mapping[int, Document] | None = None, seed: int | None = None
) -> list[Quiz]:
    """(Re)generate the quizzes of ``lessons``, balancing each course's true/false keys over them.

    ``documents`` maps lesson ids to parsed documents (the publishing pipeline
    parses each lesson once); a course not in it is parsed here, once.
    """
    lessons = list(lessons)
    parsed: dict[int, Document] = dict(documents or {})
    per_course: dict[int, dict[int, Lesson]] = {}
    for lesson in lessons:
        per_course.setdefault(lesson.course_id, {}).setdefault(lesson.pk, lesson)
    quizzes: dict[int, Quiz] = {}
    for course_id, targets in per_course.items():
        siblings = list(Lesson.objects.filter(course_id=course_id).only("id", "source"))
        for other in [*siblings, *targets.values()]:
            if other.pk not in parsed:
                parsed[other.pk] = parse_document(other.source)
        work = [(lesson, parsed[lesson.pk], [parsed[o.pk] for o in siblings if o.pk != lesson.pk])
                for lesson in targets.values()]
        for quiz in _course_quizzes_generate(course_id=course_id, work=work, glossary=_glossary_entries(course_id),
                                             seed=seed):
            quizzes[quiz.lesson_id] = quiz
    return [quizzes[lesson.pk] for lesson in lessons]


def quiz_generate(
    *,
    lesson: Lesson,
    seed: int | None = None,
    document: Document | None = None,
    others: Sequence[Document] | None = None,
    glossary: Sequence[GlossaryEntry] | None = None,
) -> Quiz:
    """Replace the lesson's unlocked generated questions with freshly generated ones.

    Locked (instructor-edited) and authored questions are kept, and no new
    question reuses a source sentence one of them already asks about. The
    course's true/false keys stay balanced with the true/false questions its
    other lessons hold now. Past attempts are unaffected: their responses hold
    snapshots.
    """
    if document is None:
        document = parse_document(lesson.source)
    if others is None:
        others = [parse_document(o.source) for o in Lesson.objects.filter(course_id=lesson.course_id).exclude(pk=lesson.pk)]
    if glossary is None:
        glossary = _glossary_entries(lesson.course_id)
    (quiz,) = _course_quizzes_generate(course_id=lesson.course_id, work=[(lesson, document, others)],
                                       glossary=glossary, seed=seed)
    return quiz


def _course_quizzes_generate(
    *, course_id: int, work: Sequence[tuple[Lesson, Document, Sequence[Document]]],
    glossary: Sequence[GlossaryEntry], seed: int | None,
) -> list[Quiz]:
    """Generate the quizzes of some lessons of one course (each with its document and the course's other
    documents), then store them in one transaction, the course's true/false keys balanced.

    The generator runs before the transaction (it is the slow part); what the quizzes keep is read
    under the lock, so a question an instructor locked meanwhile is kept all the same.
    """
    quizzes = [Quiz.objects.get_or_create(lesson=lesson)[0] for lesson, _, _ in work]
    drafts = [
        generate_quiz(document, rng=random.Random(quiz.generation_seed if seed is None else seed),
                      glossary=glossary, other_documents=others)
        for quiz, (_, document, others) in zip(quizzes, work)
    ]
    with transaction.atomic():
        # Every quiz of the course, not only these: the true/false balance is the course's, so two
        # regenerations of its lessons must not both count the other's questions as they were before.
        list(Quiz.objects.select_for_update(of=("self",)).filter(lesson__course_id=course_id).values_list("pk"))
        Question.objects.filter(quiz__in=quizzes, origin=Question.Origin.GENERATED, locked=False).delete()
        kept = Question.objects.filter(quiz__in=quizzes).values_list("quiz_id", "source_sentence", "position")
        used: dict[int, set[str]] = {quiz.pk: set() for quiz in quizzes}
        start: dict[int, int] = {quiz.pk: 0 for quiz in quizzes}
        for quiz_id, sentence, position in kept:
            used[quiz_id].add(sentence)
            start[quiz_id] = max(start[quiz_id], position + 1)
        drafts = [_without_sentences(draft, used[quiz.pk]) for quiz, draft in zip(quizzes, drafts)]
        trues, falses = _true_false_keys(course_id=course_id)
        drafts = balance_course(drafts, keyed_true_elsewhere=trues, keyed_false_elsewhere=falses)
        _questions_create(batches=[(quiz, draft.questions, start[quiz.pk]) for quiz, draft in zip(quizzes, drafts)])
        now = timezone.now()
        for quiz, draft in zip(quizzes, drafts):
            quiz.generation_seed = quiz.generation_seed if seed is None else seed
            quiz.generation_note = draft.reason
            quiz.generated_at = now
        fields = ["generation_note", "generated_at"] + ([] if seed is None else ["generation_seed"])
        Quiz.objects.bulk_update(quizzes, fields)
        content_changed(pk=course_id)
    return quizzes


def _without_sentences(draft: QuizDraft, used: set[str]) -> QuizDraft:
    """The draft without the questions (and spares) that ask about a sentence a kept question asks about."""
    used = {sentence for sentence in used if sentence}
    return replace(
        draft,
        questions=tuple(q for q in draft.questions if q.source_sentence not in used),
        spare=tuple(q for q in draft.spare if q.source_sentence not in used),
    )


def _true_false_keys(*, course_id: int) -> tuple[int, int]:
    """How many of the course's true/false questions (any origin, not rejected) are keyed True, and False."""
    keyed_true = Exists(Option.objects.filter(question=OuterRef("pk"), is_correct=True, text__iexact="true"))
    keys = list(
        Question.objects.filter(quiz__lesson__course_id=course_id, type=Question.Type.TRUE_FALSE)
        .exclude(status=Question.Status.REJECTED)
        .values_list(keyed_true, flat=True)
    )
    return sum(keys), len(keys) - sum(keys)


def _questions_create(*, batches: Sequence[tuple[Quiz, Sequence[QuestionDraft], int]]) -> None:
    """Store generated questions: for each quiz, its questions from position ``start`` on."""
    drafts = [q for _, questions, _ in batches for q in questions]
    rows = Question.objects.bulk_create(
        Question(
            quiz=quiz,
            type=q.type.value,
            stem=q.stem,
            explanation=q.explanation,
            source_anchor=q.source_anchor[:200],
            source_sentence=q.source_sentence,
            accepted_answers=list(q.answers),
            origin=Question.Origin.GENERATED,
            status=Question.Status.PUBLISHED if publishable(q.rule, q.confidence) else Question.Status.DRAFT,
            position=start + i,
            confidence=min(max(q.confidence, 0.0), 1.0),
            rule=q.rule[:60],
            family=q.family[:60],
            level=q.level,
            checks=list(q.checks),
        )
        for quiz, questions, start in batches
        for i, q in enumerate(questions)
    )
    options = []
    for row, q in zip(rows, drafts):
        options.extend(
            Option(question=row, text=o.text, is_correct=o.correct, position=i) for i, o in enumerate(q.options)
        )
        options.extend(
            Option(question=row, text=p.prompt, match_text=p.answer[:300], is_correct=True, position=i)
            for i, p in enumerate(q.pairs)
        )
    Option.objects.bulk_create(options)


# --- Attempts ---
#
# Taking a quiz: an attempt is started once and kept until it is submitted; its
# ``layout`` holds a snapshot of every question as this learner sees it (option
# order included), so saving, grading and results never depend on the live
# questions, which instructors and the generator may change at any time.

ERROR_NO_QUESTIONS = "This quiz has no questions yet."
ERROR_NO_ATTEMPTS_LEFT = "You have used every attempt allowed for this quiz ({allowed})."
ERROR_START_BUSY = "The quiz could not be started because it was being started and submitted at once: try again."
# Rounds of "count, then insert the next number" before giving up, when other requests keep winning the race.
START_TRIES = 3
ERROR_SUBMITTED = "This attempt has already been submitted."
ERROR_TIME_UP = "The time limit has passed: answers can no longer be changed."
ERROR_UNKNOWN_QUESTION = "There is no question {position} in this attempt."


class AttemptError(Exception):
    """A write to an attempt that cannot be done; the message is meant for the learner."""


class AttemptRefused(AttemptError):
    """No attempt can be started (no questions, or no attempts left)."""


class AttemptClosed(AttemptError):
    """The attempt was already submitted."""


class AttemptTimeUp(AttemptError):
    """The attempt's time limit has passed."""


def _question_snapshot(
    question: Question, *, rng: random.Random, shuffle: bool, headings: dict[str, str]
) -> dict | None:
    """The question as one learner will see it, with its key; None when it cannot be graded."""
    snapshot = {
        "question_id": question.pk,
        "type": question.type,
        "stem": question.stem,
        "explanation": question.explanation,
        "source_anchor": question.source_anchor,
        "source_heading": headings.get(question.source_anchor, ""),
        "source_sentence": question.source_sentence,
    }
    options = list(question.options.all())
    if question.type in (Question.Type.SINGLE, Question.Type.MULTIPLE, Question.Type.TRUE_FALSE):
        if len(options) < 2 or not any(o.is_correct for o in options):
            return None
        # True/false keeps its authored order: "False, True" only confuses.
        if shuffle and question.type != Question.Type.TRUE_FALSE:
            rng.shuffle(options)
        snapshot["options"] = [{"text": o.text, "correct": o.is_correct} for o in options]
    elif question.type == Question.Type.FILL_BLANK:
        answers = question.accepted_answers if isinstance(question.accepted_answers, list) else []
        accepted = [a for a in answers if isinstance(a, str) and a.strip()]
        if not accepted:
            return None
        snapshot["accepted_answers"] = accepted
    elif question.type == Question.Type.MATCHING:
        pairs = [o for o in options if o.match_text.strip()]
        if len(pairs) < 2:
            return None
        terms = list(dict.fromkeys(o.match_text for o in pairs))
        if shuffle:
            rng.shuffle(pairs)
            rng.shuffle(terms)
        else:
            # Unshuffled rows follow the authored order; the terms must not, or
            # row n would always pair with term n.
            terms.sort(key=str.casefold)
        snapshot["terms"] = terms
        snapshot["rows"] = [{"text": o.text, "answer": terms.index(o.match_text)} for o in pairs]
    else:
        return None
    return snapshot


def quiz_layout(*, quiz: Quiz, rng: random.Random) -> list[dict]:
    """The published questions as one learner will see them (options shuffled, a draw when the quiz asks)."""
    headings = dict(Section.objects.filter(lesson_id=quiz.lesson_id).values_list("anchor", "heading"))
    layout = []
    for question in quiz.questions.published().prefetch_related("options"):
        snapshot = _question_snapshot(question, rng=rng, shuffle=quiz.shuffle_options, headings=headings)
        if snapshot:
            layout.append(snapshot)
    if quiz.questions_per_attempt and quiz.questions_per_attempt < len(layout):
        # A fresh draw for every attempt, shown in the quiz's order, so retakes are not the same quiz.
        drawn = sorted(rng.sample(range(len(layout)), quiz.questions_per_attempt))
        layout = [layout[i] for i in drawn]
    return layout


def attempt_start(
    *, quiz: Quiz, user, rng: random.Random | None = None, now: datetime | None = None
) -> Attempt:
    """Return ``user``'s attempt in progress at ``quiz``, or start the next one.

    Starting twice (a reload, a double click, two tabs) returns the same
    attempt. Raises :class:`AttemptRefused` when the quiz has no gradable
    question or the learner has used every attempt allowed.
    """
    now = now or timezone.now()
    rng = rng or random.SystemRandom()
    mine = Attempt.objects.filter(quiz=quiz, user=user)
    for _ in range(START_TRIES):
        with transaction.atomic():
            current = mine.filter(submitted_at__isnull=True).first()
            if current:
                return current
            used = mine.count()
            if quiz.attempts_allowed is not None and used >= quiz.attempts_allowed:
                raise AttemptRefused(ERROR_NO_ATTEMPTS_LEFT.format(allowed=quiz.attempts_allowed))
            layout = quiz_layout(quiz=quiz, rng=rng)
            if not layout:
                raise AttemptRefused(ERROR_NO_QUESTIONS)
            last = mine.aggregate(last=Max("number"))["last"] or 0
            attempt = Attempt(
                quiz=quiz,
                user=user,
                number=last + 1,
                layout=layout,
                pass_mark=quiz.pass_mark,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
            )
            attempt.full_clean(validate_constraints=False)
            try:
                with transaction.atomic():
                    attempt.save()
                return attempt
            except IntegrityError:
                # Another request of the same learner (a double click, a second tab) took this number first
                # (PostgreSQL lets both get here). Theirs is the attempt in progress, unless it was submitted
                # in the meantime: then count again and take the next number.
                pass
    raise AttemptRefused(ERROR_START_BUSY)


def _merge_answers(attempt: Attempt, answers: Mapping[int, Any]) -> dict[str, Any]:
    saved = dict(attempt.saved_answers)
    for position, raw in answers.items():
        if not 0 <= int(position) < len(attempt.layout):
            raise AttemptError(ERROR_UNKNOWN_QUESTION.format(position=int(position) + 1))
        saved[str(int(position))] = grading.clean_answer(attempt.layout[int(position)], raw)
    return saved


def attempt_save_answers(
    *, attempt: Attempt, answers: Mapping[int, Any], now: datetime | None = None
) -> Attempt:
    """Save answers (keyed by question position) of an attempt in progress, replacing earlier ones.

    Raises :class:`AttemptClosed` once submitted and :class:`AttemptTimeUp`
    past the deadline, so nothing changes after either.
    """
    now = now or timezone.now()
    # Usually nobody saved or submitted since ``attempt`` was read: one conditional UPDATE writes it. Else (a
    # second tab's save, a submission in between) the attempt is read again under a lock and merged afresh.
    if not attempt.is_submitted and not attempt.time_is_up(now):
        saved = _checked_answers(attempt, answers)
        unchanged = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True, saved_at=attempt.saved_at)
        if unchanged.update(saved_answers=saved, saved_at=now):
            attempt.saved_answers, attempt.saved_at = saved, now
            return attempt
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_submitted:
            raise AttemptClosed(ERROR_SUBMITTED)
        if locked.time_is_up(now):
            raise AttemptTimeUp(ERROR_TIME_UP)
        locked.saved_answers = _checked_answers(locked, answers)
        locked.saved_at = now
        locked.save(update_fields=["saved_answers", "saved_at"])
    return locked


def _checked_answers(attempt: Attempt, answers: Mapping[int, Any]) -> dict[str, Any]:
    saved = _merge_answers(attempt, answers)
    # Only the field written is validated: a full clean would also query every foreign key's row.
    Attempt._meta.get_field("saved_answers").clean(saved, attempt)
    return saved


def attempt_submit(
    *, attempt: Attempt, answers: Mapping[int, Any] | None = None, now: datetime | None = None
) -> Attempt:
    """Save the last ``answers``, grade the attempt and record one response per question, in one transaction.

    Idempotent: an attempt already submitted is returned as it is, whatever
    ``answers`` says, so a double click or a replayed POST records nothing
    more. Past the deadline the answers sent now are ignored: the attempt is
    graded on what was saved in time and marked late.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_submitted:
            return locked
        locked.late = locked.time_is_up(now)
        if answers and not locked.late:
            locked.saved_answers = _merge_answers(locked, answers)
            locked.saved_at = now
        ids = [snapshot["question_id"] for snapshot in locked.layout]
        alive = set(Question.objects.filter(pk__in=ids).values_list("pk", flat=True))
        responses = []
        for position, snapshot in enumerate(locked.layout):
            answer = grading.clean_answer(snapshot, locked.saved_answers.get(str(position)))
            responses.append(
                Response(
                    attempt=locked,
                    question_id=snapshot["question_id"] if snapshot["question_id"] in alive else None,
                    position=position,
                    snapshot=snapshot,
                    answer=answer,
                    score=grading.score(snapshot, answer),
                    max_score=1,
                )
            )
        Response.objects.bulk_create(responses)
        locked.score = round(sum(r.score for r in responses), 4)
        locked.max_score = len(responses)
        locked.percent = round(100 * locked.score / locked.max_score, 1) if responses else 0.0
        locked.passed = locked.percent >= locked.pass_mark
        locked.submitted_at = now
        locked.full_clean(validate_constraints=False)
        locked.save(
            update_fields=["saved_answers", "saved_at", "score", "max_score", "percent", "passed", "late", "submitted_at"]
        )
    return locked
