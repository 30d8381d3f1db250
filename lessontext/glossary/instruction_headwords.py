"""Headwords that are instructions, not terms: "Refit the tube", "Include a season word", "Carry out a rough titration".

A how-to lesson or a checklist labels its steps with a verb and its object ("**Refit the wheel:** Seat it straight
..."); the label rule then reads the step as a term and its instructions as a definition (raters: not_a_term in
every folder that showed one, whatever the subject).  An English noun phrase never goes on from its first word
to a lower-case article or possessive, so a first word that can be a verb's base form, an optional particle
("carry out", "set up") and then "the", "a", "your" ... make the headword an imperative.  A headword with a
capitalised word after its first ("Source A", "Make a Wish Foundation") is a label or a name, and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.words import getAllLemmas

__all__ = ["INSTRUCTION_HEADWORD_EXAMPLES", "instruction_headword"]

# The words that can open a verb's object: articles, possessives and demonstratives (a closed class).
_OBJECT_OPENERS = frozenset("the a an your our their its his her my this these those each every some".split())
# "carry out", "set up", "write down": a particle between the verb and its object.
_PARTICLES = frozenset("out up down off back in on over away".split())
_WORD = re.compile(r"[\w'-]+")


def _base_verb(word: str) -> bool:
    """"refit", "include", "make": the word is its own verb lemma (a base form, not "-ing", "-ed" or "-s")."""
    return word in getAllLemmas(word).get("VERB", ())


def instruction_headword(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """None for a headword that is a verb, an optional particle and its object's article: a step, not a term."""
    words = _WORD.findall(term)
    if len(words) < 3 or any(w[:1].isupper() for w in words[1:]):
        return definition
    first = words[0].lower()
    rest = words[2:] if words[1] in _PARTICLES else words[1:]
    if _base_verb(first) and rest and rest[0] in _OBJECT_OPENERS:
        return None
    return definition


INSTRUCTION_HEADWORD_EXAMPLES = (
    ("Water the seedlings", "Give them a little water every evening, never in full sun.", None),
    ("Label the axes", "Write the quantity and its unit along each axis.", None),
    ("Carry out a fair test", "An experiment in which only one variable is changed at a time.", None),
    ("Check your spelling", "Read each word aloud slowly.", None),
    ("Source A", "An extract from a soldier's diary.", "An extract from a soldier's diary."),
    ("Balance of payments", "A record of a country's trade with the rest of the world.",
     "A record of a country's trade with the rest of the world."),
    ("Mind map", "A diagram that links ideas to a central topic.", "A diagram that links ideas to a central topic."),
    ("Running the numbers", "Checking a plan's costs.", "Checking a plan's costs."),
)
