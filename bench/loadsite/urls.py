"""Lessonforge's URLs and /bench/bare/: a bare Django page to measure the others against.

The yardstick is what a minimal Django page costs in the same run, on the same
server and database: login required, two queries of the app's tables, a
template extending a base, about 16.5 KB of HTML. It goes through the same
middleware as every page.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import path

from config.urls import urlpatterns as site_urls
from courses.models import Course, Lesson

FILLER = [
    f"Paragraph {n}: plain text of the length a page carries, rendered by the template engine "
    "with escaping on, so the yardstick pays for its bytes the way a lesson page does." for n in range(90)
]


@login_required
def bare(request):
    courses = list(Course.objects.only("title", "slug").order_by("pk")[:5])
    lessons = list(Lesson.objects.filter(course__in=courses).only("title").order_by("pk")[:20])
    return render(request, "bare/page.html", {"courses": courses, "lessons": lessons, "filler": FILLER})


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *site_urls]
