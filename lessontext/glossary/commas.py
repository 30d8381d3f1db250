"""Commas inside one noun phrase: "a cold, dense plate" is one phrase, not a phrase and an aside.

The appositive rule stops a gloss at a comma; a comma between two adjectives of one noun ("the downward pull of a
cold, dense plate sinking ...") would end it too early.  Such commas are replaced by ``JOINED_COMMA``, one character
like the comma, so offsets hold, while the patterns run, and put back after.
"""

from __future__ import annotations

import re

from lessontext.words import STOPWORDS, word_pos

__all__ = ["JOINED_COMMA", "join_coordinate_adjectives"]


# "the downward pull of a cold, dense plate sinking ...", "the tendency of newly formed, elevated plate to ...":
# a comma between two adjectives of one noun phrase (a determiner, or a preposition and an adverb, then an
# adjective; an adjective after the comma) does not end the appositive; nor does "a wedge of warm, moist air" (test-cm:
# "Leading edge: A wedge of warm.") or "a very different, oligarchic system" (test-dv: "Sparta: A land power with a
# very different.").
_COORDINATE_ADJECTIVES = re.compile(
    r"\b(?:(?:an?|the|its|their)\s+(?P<adverb>(?:[a-z]+ly|very|quite|rather|more|most)\s+)?|(?:of|in|into|on|from|by|with)\s+(?P<by>[a-z]+ly\s+)?)"
    r"(?P<first>[a-z][a-z-]+)(?P<comma>,)\s+(?P<second>[a-z][a-z-]+)\s+(?P<next>[a-z][a-z-]*)")
# Stands for such a comma while the appositive patterns, which stop at commas, run (one character, so offsets hold).
JOINED_COMMA = "\u201a"


def _adjective(word: str) -> bool:
    return word not in STOPWORDS and "ADJ" in word_pos(word)


def join_coordinate_adjectives(sentence: str) -> str:
    """``sentence`` with each comma between two adjectives of one noun phrase replaced by ``JOINED_COMMA``."""
    if "," not in sentence:
        return sentence
    # The second adjective, or a participle ("newly formed, elevated plate"), stands before its noun, not before
    # "by" or "in" ("a cold, formed by ...": an aside).
    commas = [m.start("comma") for m in _COORDINATE_ADJECTIVES.finditer(sentence)
              if (_adjective(m.group("first")) or (m.group("adverb") or m.group("by")) and m.group("first").endswith("ed"))
              and m.group("next") not in STOPWORDS
              and (_adjective(m.group("second")) or m.group("second").endswith("ed"))]
    for at in commas:
        sentence = sentence[:at] + JOINED_COMMA + sentence[at + 1:]
    return sentence
