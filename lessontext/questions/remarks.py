"""Short remarks about a term that a fill-in-the-blank gap cannot pin down."""

from __future__ import annotations

import re

from .course import CourseView, Mention
from .definitions import defining_sentence
from .text import BLANK

# A stem this short says too little to pin its gap down unless it states the term's definition.
BARE_WORDS = 9
# A "definition" that opens with a comparison or an adverb is the rest of a remark, not what the term is
# ("Military forecasting covers more than the daily weather report", "Accurate charts are first of all a matter
# of safety": raters on test-s and test-l, two keys, "weather forecasting", "nautical charts" fit as well).
# "Mainly calcium carbonate" says what a rock is made of: a definition, and left alone.
_NO_NOUN_PHRASE = re.compile(r"^\s*(?:more|less|fewer|rather|first\s+of\s+all|above\s+all|not|only|also|often)\b", re.I)


def bare_remark(blanked: str, mention: Mention, course: CourseView) -> bool:
    """A short sentence that is not the term's definition ("Real _____ are rarely as tidy as a single
    chain.", "The heart of practical cooperation lies in _____.", "The idea of a(n) _____ is central to
    normalisation."): a remark about the term, whose gap other words of the lesson fill as well (raters on
    test-i and test-j: not worth asking, two keys, context lost)."""
    if len(re.findall(r"[\w’'-]+", blanked.replace(BLANK, " "))) > BARE_WORDS:
        return False
    entry = mention.glossary
    if _NO_NOUN_PHRASE.match(entry.definition):
        return True  # "More than the daily weather report": the sentence's predicate, no definition of it
    return defining_sentence(course, entry.term, entry.definition) != mention.sentence  # memoised per course
