"""Merge per-lesson glossaries into one entry per concept for a course."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessontext.glossary.candidate import Term
from lessontext.words import fold, group_by_key

__all__ = ["CourseTerm", "merge_course_terms"]


@dataclass(frozen=True)
class CourseTerm:
    term: Term                    # the best-supported lesson term
    lessons: tuple[str, ...]      # slugs of the lessons where it appears, in course order
    aliases: tuple[str, ...]      # every alias from every lesson, without the display term


def merge_course_terms(lessons: Sequence[tuple[str, Sequence[Term]]]) -> tuple[CourseTerm, ...]:
    """Merge terms that share a key or an alias key; keep course order of lessons."""
    entries = [(order, slug, term) for order, (slug, terms) in enumerate(lessons) for term in terms]
    groups = group_by_key(entries, key=lambda e: e[2].key, aliases=lambda e: e[2].aliases)

    merged = []
    for group in groups:
        best = max(group, key=lambda e: (e[2].confidence, -e[0]))[2]
        slugs: list[str] = []
        for _order, slug, _term in sorted(group, key=lambda e: e[0]):
            if slug not in slugs:
                slugs.append(slug)
        aliases: dict[str, str] = {}
        for _order, _slug, term in group:
            for name in (term.term, *term.aliases):
                if name.lower() != best.term.lower():
                    aliases.setdefault(name.lower(), name)
        merged.append(CourseTerm(term=best, lessons=tuple(slugs), aliases=tuple(sorted(aliases.values(), key=lambda a: (fold(a), a)))))
    return tuple(sorted(merged, key=lambda c: (c.term.term.lower(), c.term.key)))
