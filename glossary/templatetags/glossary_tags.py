"""Glossary pieces shown on other apps' pages."""

from django import template

from glossary import selectors

register = template.Library()


@register.inclusion_tag("glossary/_lesson_panel.html")
def lesson_glossary_panel(lesson):
    """The glossary terms of ``lesson`` (one query)."""
    return {"lesson": lesson, "terms": selectors.lesson_terms(lesson=lesson)}
