"""Reads for glossary pages, each built to a fixed number of queries."""

from __future__ import annotations

from .models import GlossaryTerm


def lesson_terms(*, lesson) -> list[GlossaryTerm]:
    return list(
        GlossaryTerm.objects.visible()
        .filter(occurrences__lesson=lesson)
        .select_related("course")
        .order_by("term")
    )
