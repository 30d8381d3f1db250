"""Options nearest the key in meaning first: the sibling a teacher would offer.

Blind raters asked, in most folders, for a sibling of the key in place of an option of another kind:
"swap in the recessive definition" beside the dominant one, "the prevalence definition" beside incidence,
"the lithosphere definition" beside the asthenosphere, "gastric juice" beside bile.  The sibling they name
is, by the definitions themselves, the one nearest the key's (wordllama): "An allele whose effect shows
only when two copies are present" beside "... even when only one copy is present" (0.9), where the option
they struck out, "A simple grid used by biologists", is about 0.  Similarity ranks options; it never
drops one: near the key is not the same as true of it, which ``kindof`` and ``synonymous`` rule on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lessontext.semantics import similarities

from .text import word_count

# Similarities are compared in steps of this size: options nearly as close keep the random order.
STEP = 0.1


def nearest_first(key: str, options: Sequence[str], first: Callable[[str], int] | None = None):
    """A rank per option, lower first: ``first``'s rank (when given), then the nearest to ``key`` in meaning."""
    close = dict(zip(options, similarities(key, list(options)), strict=True))

    def rank(option: str) -> tuple[int, int]:
        return (first(option) if first else 0, -round(close.get(option, 0.0) / STEP))
    return rank


# Word counts are compared in steps of this size.
WORDS_STEP = 3


def length_first(key: str, rank: Callable[[str], tuple]):
    """``rank``, after lengths nearest the key's (in steps of three words).

    Nearest in meaning first can fill an item with short options beside a long key, which then stands out
    ("by far the longest option") and the item is dropped, though the pool held options of its length: a
    second choice by length keeps the item ("The energy transferred per unit of charge ..." beside the
    definitions of power and resistance, accepted by both raters on test-b)."""
    n = word_count(key)

    def ranked(option: str) -> tuple:
        return (abs(word_count(option) - n) // WORDS_STEP, *rank(option))
    return ranked
