"""Course catalogue, course outline, lesson reading and completion."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from . import selectors, services
from .models import Lesson


class CatalogueView(ListView):
    template_name = "courses/course_list.html"
    context_object_name = "courses"
    paginate_by = 24

    def get_queryset(self):
        return selectors.course_list()


def course_detail(request, slug):
    outline = selectors.course_outline(slug=slug, user=request.user)
    return render(request, "courses/course_detail.html", {"outline": outline, "course": outline.course})


@login_required
def lesson_detail(request, course_slug, slug):
    page = selectors.lesson_page(course_slug=course_slug, slug=slug)
    progress = services.lesson_progress_open(user=request.user, lesson=page.lesson)
    return render(
        request,
        "courses/lesson_detail.html",
        {"page": page, "lesson": page.lesson, "course": page.lesson.course, "progress": progress},
    )


@login_required
@require_POST
def lesson_complete(request, course_slug, slug):
    lesson = get_object_or_404(Lesson.objects.select_related("course"), course__slug=course_slug, slug=slug)
    services.lesson_progress_complete(user=request.user, lesson=lesson)
    messages.success(request, f"“{lesson.title}” is marked as complete.")
    return redirect(lesson.get_absolute_url())
