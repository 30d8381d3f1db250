"""What "These gasps, called T, ..." points back to: the subject of the sentence before, when it has that noun.

"Occasional, noisy gasps are not normal breathing. These gasps, called agonal breathing, ..." names the gasps
the sentence before is about, not an event "in which" that sentence happens.  A procedure's "Warning:" or
"Note:" label opening that sentence is the page's, not part of the sentence.
"""

from __future__ import annotations

import re

from lessontext.words import fold, singular

__all__ = ["subject_with_noun", "without_admonition"]

# "Warning: ...", "Note: ...": a procedure's admonition label is no part of its sentence.
_ADMONITION = re.compile(r"^(?:warning|note|caution|tip|important|hint|remember|danger)\s*:\s*", re.I)
# "Short, shallow breaths are ...": a subject noun phrase (adjectives, commas) before its verb.
_SUBJECT_BEFORE_VERB = re.compile(
    r"^(?P<np>(?:[A-Z][a-z-]*|[a-z][\w-]*)(?:,?\s+[a-z][\w-]*){0,3}?\s+(?P<head>[a-z][\w-]*))\s+"
    r"(?:are|is|were|was|can|may|often|usually)\b")


def without_admonition(sentence: str) -> str:
    """"Warning: Occasional gasps are ..." -> "Occasional gasps are ..."."""
    return _ADMONITION.sub("", sentence.strip())


def subject_with_noun(sentence: str, noun: str) -> str | None:
    """The subject noun phrase of ``sentence`` when its head is ``noun`` (singular or plural), else None."""
    match = _SUBJECT_BEFORE_VERB.match(sentence)
    if match and singular(fold(match.group("head")).lower()) == singular(noun.lower()):
        return match.group("np")
    return None
