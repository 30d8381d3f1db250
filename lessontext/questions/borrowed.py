"""A glossary term this lesson only borrows: the course glossary took it from another lesson, and here it is an
incidental word ("moved onto the island of Murano, a short distance across the _____" in an essay on glass, "lagoon"
defined by a lesson on coral atolls; both raters on test-cv: world knowledge fills it)."""

from __future__ import annotations

import re

from lessontext.words import singular

from .course import CourseView, Mention
from .definitions import defining_sentence
from .kinds import GLOSSARY_SWAPPABLE

_NAMED_HERE = re.compile(r"\b(?:called|known\s+as|termed|named)\b", re.I)


def defined_elsewhere(mention: Mention, course: CourseView) -> bool:
    """A concept term this lesson names once, unbolded and unnamed, and whose glossary definition it never states.

    Rated fill-ins on a term of another lesson's glossary were 11% usable as is and half rejected (28 ratings),
    against 47% and 18% on the lesson's own.  A name ("the Open Skies Treaty") is any lesson's to ask."""
    entry = mention.glossary
    if entry is None or not entry.definition or not mention.text.islower() \
            or not mention.kind.startswith("glossary:") or mention.kind in GLOSSARY_SWAPPABLE:
        return False
    names = frozenset({entry.term.lower(), mention.text.lower()})
    if names & course.remembered(("bold",), lambda: frozenset(b.lower() for b in course.lesson.document.emphasis)) \
            or _NAMED_HERE.search(mention.sentence):
        return False  # the author's bold, or "a method now called letterpress": this lesson brings the term in
    return course.remembered(("named_once", names), lambda: _named_once(names, course)) \
        and not defining_sentence(course, entry.term, entry.definition)


def _named_once(names: frozenset[str], course: CourseView) -> bool:
    """At most one sentence of the lesson holds one of ``names``, in the singular or the plural."""
    stems = [singular(name) for name in names]
    forms = re.compile("|".join(rf"\b{re.escape(stem)}(?:s|es)?\b" for stem in stems))
    found = 0
    for low in course.sentence_lower:  # ("Enzymes speed up ...": twice); a substring test first, in C
        if any(stem in low for stem in stems) and forms.search(low):
            found += 1
            if found > 1:
                return False
    return True
