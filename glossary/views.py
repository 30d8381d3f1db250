"""Glossary pages and flashcard study."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from courses.selectors import course_for

from . import selectors, services
from .forms import ReviewForm
from .models import Flashcard


@login_required
def glossary_index(request, course_slug):
    index = selectors.glossary_index(
        course_slug=course_slug, user=request.user, query=request.GET.get("q", ""), letter=request.GET.get("letter", "")
    )
    return render(request, "glossary/glossary_index.html", {"index": index, "course": index.course})


@login_required
def term_detail(request, course_slug, slug):
    page = selectors.term_page(course_slug=course_slug, slug=slug, user=request.user)
    return render(request, "glossary/term_detail.html", {"page": page, "term": page.term, "course": page.term.course})


@login_required
def flashcards_overview(request):
    return render(request, "glossary/flashcard_overview.html", {"courses": selectors.flashcard_courses(user=request.user)})


@login_required
def study(request, course_slug):
    course = course_for(slug=course_slug, user=request.user)
    lesson = None
    if lesson_slug := request.GET.get("lesson"):
        lesson = get_object_or_404(course.lessons, slug=lesson_slug)
    services.flashcards_introduce(user=request.user, course=course, lesson=lesson)
    session = selectors.study_session(user=request.user, course=course, lesson=lesson)
    return render(
        request,
        "glossary/flashcard_study.html",
        {
            "session": session,
            "course": course,
            "form": ReviewForm(),
            "revealed": request.GET.get("reveal") == "1",
            "ratings": ReviewForm.RATINGS,
        },
    )


@login_required
@require_POST
def review(request, course_slug, pk):
    card = get_object_or_404(
        Flashcard.objects.select_related("term__course"), pk=pk, user=request.user, term__course__slug=course_slug
    )
    form = ReviewForm(request.POST)
    target = reverse("glossary:study", kwargs={"course_slug": course_slug})
    if lesson_slug := request.POST.get("lesson"):
        target += f"?lesson={lesson_slug}"
    if not form.is_valid():
        messages.error(request, "Choose Again, Hard, Good or Easy to rate the card.")
        return redirect(target)
    card = services.flashcard_review(flashcard=card, rating=form.cleaned_data["rating"])
    when = services.describe_interval(card.due - timezone.now())
    messages.info(request, f"“{card.term.term}” comes back {when}.")
    return redirect(target)
