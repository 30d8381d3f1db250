"""Who "he" or "she" is in a sentence lifted out of its paragraph.

A fill-in stem that keeps "he" or "she" from its paragraph ("On 31 October 1517 he sent his _____") asks
about someone the stem never names (raters on test-o: context lost, "resolve the pronoun"; on the near
misses of test-l and test-m, "They" and "Their" with no referent).  Where the sentence before opens on a
person's name ("Martin Luther, an Augustinian friar ..., was outraged."), the pronoun is that name, as a
teacher would write it; where it does not, the stem cannot be repaired by its form and is not asked.
Each check reads only the form of the sentences (capitals, commas, the pronoun), never particular words.
"""

from __future__ import annotations

import re

from .course import CourseView
from .text import STOPWORDS

__all__ = ["previous_sentence", "resolve_person", "unnamed_person"]

# "he"/"she" as a subject with no name before it in the sentence (a name before it is its referent).
_PERSON_PRONOUN = re.compile(r"(?<![\w’'-])(he|she|He|She)(?![\w’'-])")
# A name that opens a sentence and is its subject: capitalised words up to a comma or a lower-case verb
# ("Martin Luther, an Augustinian friar ...", "Luther was outraged").
_OPENING_NAME = re.compile(r"^((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?=\s*,|\s+[a-z])")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
# Capitalised words that name a time, not anyone a pronoun could stand for ("On 31 October 1517 he ...").
_CALENDAR = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())


def _named_before(sentence: str, at: int) -> bool:
    """A capitalised word other than the sentence's first stands before position ``at``."""
    return any(m.start() > 0 and m.group(0).lower() not in _CALENDAR for m in _CAPITALISED.finditer(sentence[:at]))


def unnamed_person(stem: str) -> re.Match[str] | None:
    """The first "he"/"she" of ``stem`` that no name before it in the stem accounts for."""
    found = _PERSON_PRONOUN.search(stem)
    if found is None or _named_before(stem, found.start()):
        return None
    return found


def opening_name(sentence: str, lesson_text: str) -> str | None:
    """The person's name the sentence opens on, as its subject: two or more capitalised words, or one the
    lesson also writes capitalised after a lower-case word (a name, not a capital that opens a sentence)."""
    found = _OPENING_NAME.match(sentence.strip())
    if found is None:
        return None
    name = found.group(1)
    toks = name.split()
    if any(t.lower() in STOPWORDS for t in toks):
        return None  # "In Germany", "The Church": a phrase or a noun, no person's name
    if len(toks) == 1 and not re.search(rf"[a-z,]\s+{re.escape(name)}(?![\w-])", lesson_text):
        return None
    return name


def resolve_person(stem: str, previous: str | None, lesson_text: str) -> str | None:
    """``stem`` with its unnamed "he"/"she" written as the name the previous sentence opens on; ``stem``
    unchanged when it has no such pronoun; None when the pronoun has no name to stand for."""
    found = unnamed_person(stem)
    if found is None:
        return stem
    name = opening_name(previous, lesson_text) if previous else None
    if name is None:
        return None
    return stem[: found.start()] + name + stem[found.end():]


def previous_sentence(course: CourseView, sentence: str) -> str | None:
    """The sentence before ``sentence`` in its section of the lesson (None at a section's start)."""
    sentences = course.lesson.sentences
    for i, (section, text) in enumerate(sentences):
        if text == sentence:
            return sentences[i - 1][1] if i and sentences[i - 1][0] is section else None
    return None
