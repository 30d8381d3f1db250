"""A term said of any member of a kind: "the opportunity cost of a choice", "the probability of an event".

Textbooks define a property by naming what it belongs to: "The density of a
substance is its mass per unit volume", "The probability of an event is a
number between 0 and 1 ...".  The whole subject is no term (nobody looks up
"probability of an event"), but the property before "of a/an ..." is, and
the complement defines it, when the lesson keeps coming back to that
property.  A word said once ("The colour of a flame is the sign on which
chemists rely") is only described in passing.
"""

from __future__ import annotations

from collections import Counter

from lessontext.glossary.checks import is_generic, valid_term
from lessontext.glossary.phrases import word_list
from lessontext.words import folded_singular

# Each word of the property recurs this often in the lesson's running text.
_MIN_MENTIONS = 3


def recurring_term(term: str, document_words: Counter[str], mentions: int = _MIN_MENTIONS) -> bool:
    """``term`` is a term, not an everyday word, and each of its words recurs in the lesson ("a good year" once)."""
    if not valid_term(term) or is_generic(term):
        return False
    return all(document_words.get(folded_singular(w), 0) >= mentions for w in word_list(term))
