"""A learner's pages: course outline, lesson reading and completion, and the dashboard."""


import pygal
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from courses.models import Lesson
from courses.selectors import lesson_for
from quizzes.selectors import lesson_quiz_summary

from . import selectors, services
from .charts import chart_config, svg_response


def course_detail(request, slug):
    outline = selectors.course_outline(slug=slug, user=request.user)
    return render(request, "learning/course_detail.html", {"outline": outline, "course": outline.course})


def _lesson_status(*, lesson: Lesson, progress, quiz) -> str:
    return selectors.LessonStatus.of(
        opened=True,
        read=progress.completed_at is not None,
        has_quiz=quiz is not None,
        quiz_passed=bool(quiz and quiz.passed),
        quiz_required=lesson.course.quiz_required,
    )


@login_required
def lesson_detail(request, course_slug, slug):
    page = selectors.lesson_page(course_slug=course_slug, slug=slug, user=request.user)
    progress, quiz = selectors.lesson_standing(user=request.user, lesson=page.lesson)
    progress = services.lesson_progress_open(user=request.user, lesson=page.lesson, known=progress)
    status = _lesson_status(lesson=page.lesson, progress=progress, quiz=quiz)
    return render(
        request,
        "learning/lesson_detail.html",
        {
            "page": page,
            "lesson": page.lesson,
            "course": page.lesson.course,
            "progress": progress,
            "quiz": quiz,
            "quiz_needed": bool(quiz and page.lesson.course.quiz_required),
            "status": status,
            "status_label": selectors.LessonStatus.LABELS[status],
        },
    )


@login_required
@require_POST
def lesson_complete(request, course_slug, slug):
    lesson = lesson_for(course_slug=course_slug, slug=slug, user=request.user)
    progress = services.lesson_progress_complete(user=request.user, lesson=lesson)
    quiz = lesson_quiz_summary(lesson=lesson, user=request.user)
    if _lesson_status(lesson=lesson, progress=progress, quiz=quiz) == selectors.LessonStatus.READ:
        messages.success(request, f"“{lesson.title}” is marked as read. Pass its quiz to complete the lesson.")
    else:
        messages.success(request, f"“{lesson.title}” is marked as complete.")
    return redirect(lesson.get_absolute_url())


@login_required
@require_GET
def dashboard(request):
    """The learner's first page: where to continue, progress, weak spots and scores."""
    board = selectors.learner_dashboard(user=request.user)
    return render(request, "learning/dashboard.html", {"board": board})


def _scores_chart(points) -> pygal.Line:
    chart = pygal.Line(chart_config(
        show_legend=True, legend_at_bottom=True, range=(0, 100), width=800, height=320, x_label_rotation=0,
        show_minor_x_labels=False, x_labels_major_count=8, title="Quiz scores over time (%)",
        no_data_text="No quiz submitted yet",
    ))
    chart.x_labels = [p.submitted_at.strftime("%d %b") for p in points]
    chart.add("Score", [round(p.percent, 1) for p in points])
    return chart


@login_required
@require_GET
def dashboard_scores_chart(request):
    """The learner's scores over time as an SVG image (the dashboard's table says the same in text)."""
    return svg_response(_scores_chart(selectors.score_history(user=request.user)))
