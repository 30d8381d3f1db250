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
_ADMONITION = re.compile(r"^(?:warning|note|caution|tip|important|danger)\s*:\s*", re.I)
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


# "When pollen travels between flowers on different plants, this": a fronted clause, then "this" for its event.
_CLAUSE_THEN_THIS = re.compile(r"^(?:When|Whenever|If)\s+(?P<clause>[^,]{10,200}),\s+this$")
# "cross-pollination", "self-fertilisation": a prefix, a hyphen and the noun of the kind.
_PREFIXED = re.compile(r"^(?:cross|self|co|counter|over|under|inter|intra|re|de|non)-(?P<head>[a-z]{4,})$", re.I)


def event_named_by_this(head_text: str, term: str) -> str | None:
    """"When pollen travels between plants, this is called cross-pollination" -> "Pollination in which pollen ...".

    Only a prefixed term says the kind of event "this" stands for (its noun after the hyphen).
    """
    match = _CLAUSE_THEN_THIS.match(head_text.strip())
    prefixed = _PREFIXED.match(term.strip())
    if not match or not prefixed:
        return None
    head = prefixed.group("head").lower()
    return f"{head[:1].upper()}{head[1:]} in which {match.group('clause')}"
