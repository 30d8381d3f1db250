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

import random
from collections.abc import Callable, Sequence

from lessontext.semantics import similarities

from .distractors import pick_descriptions
from .genus import one_per_genus, same_genus_first
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


# The key may be at most this much longer (in words) than the distractors on average.
MAX_KEY_LENGTH_RATIO = 1.5


def key_stands_out(key: str, options: list[str]) -> bool:
    """The key is the longest option by far (raters on two documents: "by far the longest option"):
    a test-wise reader picks it without the lesson."""
    lengths = [word_count(o) for o in options]
    return bool(lengths) and word_count(key) > max(lengths) \
        and word_count(key) > MAX_KEY_LENGTH_RATIO * sum(lengths) / len(lengths)


def definition_options(key: str, pool: list[str], rng: random.Random, allowed) -> list[str]:
    """Up to three definitions from ``pool`` for the key definition ``key``: those built on the key's word
    first, then the nearest to it in meaning; when the key would then stand out as by far the longest,
    another set from the same pool, lengths nearest the key's first; when it still would, the first set
    without its shortest options, down to two (``without_shortest``), before the item is dropped."""
    rank = nearest_first(key, pool, same_genus_first(key))
    replay = random.Random()
    replay.setstate(rng.getstate())  # the second choice draws as the first did, and leaves ``rng`` as it was
    first = options = one_per_genus(key, pick_descriptions(key, pool, rng, extra=allowed, prefer=rank))
    if key_stands_out(key, options):
        options = one_per_genus(key, pick_descriptions(key, pool, replay, extra=allowed, prefer=length_first(key, rank)))
    if key_stands_out(key, options):
        options = without_shortest(key, first)
    return options


def without_shortest(key: str, options: list[str]) -> list[str]:
    """``options`` less their shortest, one at a time while two remain, until ``key`` no longer stands out.

    Siblings built on the key's own noun are often shorter than a long key ("A tiny bone in the middle ear
    that passes sound ..." beside "A bone which is hard and dense" and "The longest bone in the body"): a
    short third option pulls the average down and the key stands out, though two of them would not.  Two
    siblings make an item raters accept; one of another kind, the alternative, they strike out."""
    kept = list(options)
    while len(kept) > 2 and key_stands_out(key, kept):
        kept.remove(min(kept, key=word_count))
    return kept
