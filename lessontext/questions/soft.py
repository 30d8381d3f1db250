"""Soft checks: flaws that do not sink an item but make it less likely to be usable as it stands.

An item that passes the rubric (``rubric.py``) but fails a soft check keeps its place among the
candidates with a lower confidence, so it goes to the teacher as a draft rather than being
published.  Each soft check names a pattern blind raters marked "minor" or "reject":

- ``distractor_on_subject``: a distractor the lesson never names and whose meaning is far from the
  lesson's text (wordllama) - a term from another subject;
- ``key_specific``: a key made only of everyday words (wordfreq), filler rather than a concept;
- ``no_pronoun``: lifted text that leans on "it", "they" or "them" after its opening words.
"""

from __future__ import annotations

import re

from lessontext.semantics import similarity, specificity

from .candidate import Candidate
from .course import CourseView
from .types import QuestionType

SOFT_PENALTY = 0.2
# A distractor not named in the lesson is "off the subject" below this similarity to its text.
ON_SUBJECT = 0.15
# A key whose rarest word is at least this common (specificity below this) is an everyday phrase.
EVERYDAY = 0.3
_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.I)


def soft_failures(c: Candidate, course: CourseView) -> list[str]:
    """The names of the soft checks ``c`` fails."""
    failed = []
    # Computed numbers (an apply item's wrong results) have no subject to be off.
    if c.type in (QuestionType.SINGLE, QuestionType.MULTIPLE) and c.kind not in ("definition", "quantity:apply"):
        profile = course.profile or course.lesson_text
        if any(not course.sentences_with(d) and similarity(d, profile) < ON_SUBJECT for d in c.distractors):
            failed.append("distractor_on_subject")
    key = _key(c)
    if key and not any(ch.isdigit() for ch in key) and specificity(key) < EVERYDAY:
        failed.append("key_specific")
    text = c.quoted or c.statement or (c.stem if c.type is QuestionType.FILL_BLANK else "")
    if _PRONOUN.search(" ".join(text.split()[3:])):
        failed.append("no_pronoun")
    return failed


def confidence(c: Candidate, course: CourseView) -> float:
    """The candidate's base confidence, lowered for each soft check it fails."""
    return max(0.0, c.base - SOFT_PENALTY * len(soft_failures(c, course)))


def _key(c: Candidate) -> str:
    if c.type is QuestionType.FILL_BLANK:
        return c.answers[0] if c.answers else ""
    if c.type is QuestionType.TRUE_FALSE:
        return c.original or c.key
    if c.type is QuestionType.MATCHING or c.kind == "definition":
        return ""
    return c.correct[0] if c.correct else ""
