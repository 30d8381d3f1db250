"""Soft checks: flaws that do not sink an item but make it less likely to be usable as it stands.

An item that passes the rubric (``rubric.py``) but fails a soft check keeps its place among the
candidates with a lower confidence, so it goes to the teacher as a draft rather than being
published.  Each soft check names a pattern blind raters marked "minor" or "reject":

- ``distractor_on_subject``: a distractor the lesson never names and whose meaning is far from the
  lesson's text (wordllama) - a term from another subject;
- ``key_specific``: a key made only of everyday words (wordfreq), filler rather than a concept;
- ``no_pronoun``: lifted text that leans on "it", "they" or "them" after its opening words, unless "they"
  or "them" follows a plural and then a clause break of the same text (``anchored``).
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
# "They"/"them" after a plural and then a clause break (a comma, a semicolon, a relative, a conjunction) of the
# same text can stand for that plural: "planes and helicopters, which can be sent wherever they are needed", "the
# rules are not enough; they must be drilled".  Blind raters accepted every such true statement the soft
# check held back (near-misses-test-m).  "It" stays a flaw: "unlike the 1972 agreement, it is voluntary"
# names its subject in the sentence before.
_CLAUSE_BREAK = re.compile(
    r"[,;:]|\b(?:that|which|who|whom|and|but|because|when|whenever|while|where|wherever|although|though|if|"
    r"unless|until|once|so|before|after|since)\b", re.I)
# A plural: a word ending in -s (not -ss, -us, -is, -ys) other than a few verbs and adverbs.
_PLURAL = re.compile(r"\b(?!(?:this|its|his|has|was|does|always|perhaps|whereas|towards|afterwards|sometimes)\b)"
                     r"[a-z]{2,}[^\Wsuiy]s\b", re.I)


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
    if leans_on_context(text):
        failed.append("no_pronoun")
    return failed


def leans_on_context(text: str) -> bool:
    """``text`` uses "it", "they" or "them" after its opening words for something it does not name."""
    words = text.split()
    head, rest = " ".join(words[:3]), " ".join(words[3:])
    return any(not anchored(f"{head} {rest[:m.start()]}", m.group().lower()) for m in _PRONOUN.finditer(rest))


def anchored(before: str, pronoun: str) -> bool:
    """"They"/"them" after ``before``, which has a plural and then a clause break, can stand for that plural."""
    if pronoun == "it":
        return False
    plural = _PLURAL.search(before)
    return bool(plural and _CLAUSE_BREAK.search(before, plural.end()))


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
