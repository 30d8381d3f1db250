"""Short remarks about a term that a fill-in-the-blank gap cannot pin down."""

from __future__ import annotations

import re

from .course import CourseView, Mention
from .definitions import defining_sentence
from .text import BLANK

# A stem this short says too little to pin its gap down unless it states the term's definition.
BARE_WORDS = 9


def bare_remark(blanked: str, mention: Mention, course: CourseView) -> bool:
    """A short sentence that is not the term's definition ("Real _____ are rarely as tidy as a single
    chain.", "The heart of practical cooperation lies in _____.", "The idea of a(n) _____ is central to
    normalisation."): a remark about the term, whose gap other words of the lesson fill as well (raters on
    test-i and test-j: not worth asking, two keys, context lost)."""
    if len(re.findall(r"[\w’'-]+", blanked.replace(BLANK, " "))) > BARE_WORDS:
        return False
    entry = mention.glossary
    return defining_sentence(course, entry.term, entry.definition) != mention.sentence  # memoised per course
