"""Resolve an "it" from the clause the definition's own clause runs parallel to.

Writers define pairs of terms in parallel clauses and let a pronoun stand for
the noun of the first one: "a reinforcer is any consequence that makes a
behaviour more likely, while a punisher is any consequence that makes it less
likely"; "Tensile stress occurs when a member is pulled. Compressive stress
occurs when it is pushed."  Cut out of its sentence, "Any consequence that
makes it less likely" loses its referent (blind raters asked for "it" to be
resolved to "a behaviour", "a member").  The referent is exact when the two
words before "it" occur once in the sentence or the one before, followed by a
determiner and a noun: that noun phrase replaces "it".
"""

from __future__ import annotations

import re

from lessontext.words import word_pos

__all__ = ["parallel_it"]

_IT = re.compile(r"(?<![\w'’-])it(?![\w'’-])")
_LEAD = re.compile(r"(?P<lead>(?:[a-z][\w-]*\s+){2})$")
_DETERMINERS = "a|an|the"


def _noun_phrase(after: str) -> str | None:
    """"a behaviour more likely" -> "a behaviour"; "a member is pulled" -> "a member"; None without a noun."""
    match = re.match(rf"(?P<det>{_DETERMINERS})\s+(?P<noun>[a-z][\w-]*)\b", after)
    if not match or "NOUN" not in word_pos(match.group("noun")):
        return None
    return match.group(0)


def parallel_it(definition: str, context: str) -> str:
    """``definition`` with its one "it" replaced by the noun phrase its parallel clause in ``context`` has there."""
    found = _IT.findall(definition)
    if len(found) != 1:
        return definition
    at = _IT.search(definition)
    lead = _LEAD.search(definition[:at.start()])
    if not lead:
        return definition
    words = lead.group("lead").split()
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"\s+")
    phrases = set()
    for match in pattern.finditer(context):
        after = context[match.end():]
        phrase = _noun_phrase(after)
        if phrase is None:
            if not _IT.match(after):
                return definition  # the same words before something else: no parallel to trust
            continue
        phrases.add(phrase)
    if len(phrases) != 1:
        return definition
    return definition[:at.start()] + phrases.pop() + definition[at.end():]
