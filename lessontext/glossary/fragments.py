"""A definition that is a fragment of its sentence's predicate: "Mainly of fat-like molecules.", "From a reservoir.".

A naming rule that cuts the noun phrase before "called" in the wrong place keeps the preposition the predicate
needed ("The membrane is made mainly of fat-like molecules called phospholipids" -> "Mainly of fat-like
molecules"): the entry reads as half a sentence.  A definition never opens on such a preposition (the
dictionary's "Of or relating to ..." aside), so the entry is left out and another rule's may stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessontext.glossary.gate import register
from lessontext.glossary.publish import Gate  # publish's gates (entry_gates) register first

__all__ = ["PREDICATE_FRAGMENT", "predicate_fragment"]

# "Mainly of ...", "Of ...", "Largely from ...": an adverb at most, then the preposition the cut-off verb needed.
_PREPOSITION_OPENING = re.compile(r"^(?:[A-Za-z]+ly\s+)?(?:of|from|into|onto)\s+(?!or\s)", re.I)


def predicate_fragment(term: str, definition: str, headwords: Sequence[str] = ()) -> str | None:
    """A definition opening on "(mainly) of", "from", "into": the end of a predicate, not a definition."""
    return None if _PREPOSITION_OPENING.match(definition) else definition


PREDICATE_FRAGMENT = register(Gate(
    name="predicate_fragment",
    check=predicate_fragment,
    examples=(
        ("Phospholipids", "Mainly of fat-like molecules.", None),
        ("Tributaries", "From the hills above the town.", None),
        ("Civic", "Of or relating to a city.", "Of or relating to a city."),
        ("Estuary", "The tidal mouth of a large river.", "The tidal mouth of a large river."),
    ),
))
