"""Taking a lesson's quiz: the quiz page, saving answers, submitting, results.

Each write is one service call. The answers a page sends are parsed by
``AttemptAnswersForm``; grading only ever happens in ``attempt_submit``.
"""

from __future__ import annotations

from functools import partial
from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from courses.links import content_url

from . import selectors, services
from .forms import AttemptAnswersForm
from .models import Attempt

MESSAGE_TIME_UP = "Time ran out: your attempt was graded on the answers saved before the time limit."
# How long the parts of an attempt page that only a save changes stay cached (quizzes/_attempt_shared.html).
SHARED_TIMEOUT = 60 * 60
MESSAGE_NOT_SAVED = "Some answers could not be saved; see the questions marked below."


def _wants_json(request: HttpRequest) -> bool:
    # quiz.js autosaves with fetch() and asks for JSON; a plain form post gets pages.
    return "application/json" in request.headers.get("Accept", "")


def _results_url(attempt: Attempt) -> str:
    lesson = attempt.quiz.lesson
    return reverse("quizzes:attempt_results", args=[lesson.course.slug, lesson.slug, attempt.number])


def _page_number(request: HttpRequest, attempt: Attempt) -> int | None:
    """The question page shown (one question per page), or None when all are shown together."""
    if not attempt.quiz.one_question_per_page:
        return None
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 1
    return min(max(number, 1), len(attempt.layout))


def _positions(page: int | None, attempt: Attempt) -> list[int]:
    return list(range(len(attempt.layout))) if page is None else [page - 1]


def _finish_late(request: HttpRequest, attempt: Attempt) -> HttpResponse:
    attempt = services.attempt_submit(attempt=attempt)
    if _wants_json(request):
        return JsonResponse({"saved": False, "redirect": _results_url(attempt)}, status=HTTPStatus.CONFLICT)
    messages.warning(request, MESSAGE_TIME_UP)
    return redirect(_results_url(attempt))


def _render_attempt(
    request: HttpRequest,
    page: selectors.QuizPage,
    attempt: Attempt,
    *,
    form: AttemptAnswersForm | None = None,
    unanswered: list[int] | None = None,
    status: int = HTTPStatus.OK,
) -> HttpResponse:
    page_number = _page_number(request, attempt)
    positions = _positions(page_number, attempt)
    answers = form.answers() if form is not None else None
    errors = form.question_errors() if form is not None else None
    lesson = page.lesson
    action_args = {"course_slug": lesson.course.slug, "slug": lesson.slug, "number": attempt.number}
    query = f"?page={page_number}" if page_number else ""
    remaining = ""
    if attempt.deadline:
        seconds = max(0, int((attempt.deadline - timezone.now()).total_seconds()))
        remaining = f"{seconds // 60}:{seconds % 60:02d}"
    context = {
        "remaining": remaining,
        "page": page,
        "lesson": lesson,
        "course": page.course,
        "quiz": page.quiz,
        "attempt": attempt,
        # Called by the template only when its cached fragment of the questions is missing or cannot be used.
        "questions": partial(selectors.question_views, attempt, positions=positions, answers=answers, errors=errors),
        # The questions as saved are cached once per saved state; a refused POST's answers are never kept (0).
        "shared_timeout": SHARED_TIMEOUT if form is None else 0,
        "page_number": page_number,
        "page_count": len(attempt.layout),
        "unanswered": unanswered or [],
        "save_url": content_url("quizzes:attempt_save", **action_args) + query,
        "submit_url": content_url("quizzes:attempt_submit", **action_args) + query,
    }
    return render(request, "quizzes/attempt_form.html", context, status=status)


@login_required
@require_GET
def quiz_detail(request: HttpRequest, course_slug: str, slug: str) -> HttpResponse:
    """The attempt in progress, or the quiz's introduction with a start button and past results."""
    page = selectors.quiz_page(course_slug=course_slug, slug=slug, user=request.user)
    attempt = page.open_attempt
    if attempt is None:
        return render(
            request,
            "quizzes/quiz_detail.html",
            {"page": page, "lesson": page.lesson, "course": page.course, "quiz": page.quiz},
        )
    if attempt.time_is_up(timezone.now()):
        return _finish_late(request, attempt)
    return _render_attempt(request, page, attempt)


@login_required
@require_POST
def quiz_start(request: HttpRequest, course_slug: str, slug: str) -> HttpResponse:
    page = selectors.quiz_page(course_slug=course_slug, slug=slug, user=request.user)
    quiz_url = reverse("quizzes:quiz_detail", args=[course_slug, slug])
    if page.quiz is None:
        messages.error(request, services.ERROR_NO_QUESTIONS)
        return redirect(quiz_url)
    try:
        services.attempt_start(quiz=page.quiz, user=request.user)
    except services.AttemptRefused as exc:
        messages.error(request, str(exc))
    return redirect(quiz_url)


def _open_or_redirect(request, attempt):
    """The learner's ``attempt`` if still open, or the response to send when it is not."""
    if attempt.is_submitted:
        # A replayed or doubled POST: the attempt is graded already, show it.
        if _wants_json(request):
            return None, JsonResponse({"saved": False, "redirect": _results_url(attempt)}, status=HTTPStatus.CONFLICT)
        return None, redirect(_results_url(attempt))
    if attempt.time_is_up(timezone.now()):
        return None, _finish_late(request, attempt)
    return attempt, None


@login_required
@require_POST
def attempt_save(request: HttpRequest, course_slug: str, slug: str, number: int) -> HttpResponse:
    """Save the answers on the page; then stay, or go to the question page asked for."""
    attempt = selectors.attempt_alone(course_slug=course_slug, slug=slug, number=number, user=request.user)
    attempt, response = _open_or_redirect(request, attempt)
    if response:
        return response
    page_number = _page_number(request, attempt)
    form = AttemptAnswersForm(request.POST, layout=attempt.layout, positions=_positions(page_number, attempt))
    valid = form.is_valid()
    try:
        services.attempt_save_answers(attempt=attempt, answers=form.answers())
    except services.AttemptTimeUp:
        return _finish_late(request, attempt)
    except services.AttemptClosed:
        return redirect(_results_url(attempt))
    if _wants_json(request):
        if not valid:
            return JsonResponse({"saved": False, "errors": form.errors}, status=HTTPStatus.BAD_REQUEST)
        return JsonResponse({"saved": True})
    attempt.refresh_from_db(fields=["saved_answers", "saved_at"])
    if not valid:
        messages.error(request, MESSAGE_NOT_SAVED)
        page = selectors.quiz_page(course_slug=course_slug, slug=slug, user=request.user)
        return _render_attempt(request, page, attempt, form=form, status=HTTPStatus.BAD_REQUEST)
    target = reverse("quizzes:quiz_detail", args=[course_slug, slug])
    go = request.POST.get("go", "")
    if go.isdigit():
        target += f"?page={go}"
    return redirect(target)


@login_required
@require_POST
def attempt_submit(request: HttpRequest, course_slug: str, slug: str, number: int) -> HttpResponse:
    """Submit for grading; with questions unanswered, first ask the learner to confirm."""
    attempt = selectors.attempt_for_user(course_slug=course_slug, slug=slug, number=number, user=request.user)
    attempt, response = _open_or_redirect(request, attempt)
    if response:
        return response
    form = AttemptAnswersForm(
        request.POST, layout=attempt.layout, positions=_positions(_page_number(request, attempt), attempt)
    )
    valid = form.is_valid()
    unanswered = selectors.unanswered_numbers(attempt, form.answers())
    if not valid or (unanswered and not request.POST.get("confirm")):
        # Keep what the learner chose so far, then show the page again with the warning.
        try:
            attempt = services.attempt_save_answers(attempt=attempt, answers=form.answers())
        except services.AttemptTimeUp:
            return _finish_late(request, attempt)
        except services.AttemptClosed:
            return redirect(_results_url(attempt))
        page = selectors.quiz_page(course_slug=course_slug, slug=slug, user=request.user)
        if not valid:
            messages.error(request, MESSAGE_NOT_SAVED)
        status = HTTPStatus.BAD_REQUEST if not valid else HTTPStatus.OK
        return _render_attempt(request, page, page.open_attempt, form=form, unanswered=unanswered, status=status)
    attempt = services.attempt_submit(attempt=attempt, answers=form.answers())
    if attempt.late:
        messages.warning(request, MESSAGE_TIME_UP)
    return redirect(_results_url(attempt))


@login_required
@require_GET
def attempt_results(request: HttpRequest, course_slug: str, slug: str, number: int) -> HttpResponse:
    attempt = selectors.attempt_for_user(
        course_slug=course_slug, slug=slug, number=number, user=request.user, with_layout=False
    )
    if not attempt.is_submitted:
        return redirect("quizzes:quiz_detail", course_slug=course_slug, slug=slug)
    results = selectors.attempt_results(attempt=attempt)
    return render(
        request,
        "quizzes/attempt_results.html",
        {"results": results, "attempt": results.attempt, "lesson": results.lesson, "course": results.course},
    )
