"""Reads for the course catalogue."""

from __future__ import annotations

from .models import Course


def course_list():
    return Course.objects.published().with_lesson_counts().order_by("title")
