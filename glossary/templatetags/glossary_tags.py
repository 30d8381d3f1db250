"""Glossary pieces shown on other apps' pages."""

from django import template

register = template.Library()


@register.inclusion_tag("glossary/_lesson_panel.html")
def lesson_glossary_panel(lesson, terms):
    """The key terms of ``lesson`` (``terms``, from the lesson page's cached outline), with study links."""
    return {"lesson": lesson, "terms": terms}
