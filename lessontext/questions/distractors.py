"""Picking distractors: options that are wrong according to the text, yet of the key's kind and form.

Builders overgenerate; they only pre-filter distractors with the rubric's
pairwise predicates so that one bad sibling does not sink a whole item.  The
rubric (``rubric.py``) then judges every candidate in full.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .course import CourseView
from .pairs import length_ok, same_form, synonymous
from .text import GENERIC_HEADS, content_words, is_noun_or_verb, norm, related, word_count, words

MAX_DISTRACTORS = 3

# Distractors for prose items come from at most this many sentences of the course (large lessons).
MAX_PROSE_POOL = 400


def pick_distractors(key: str, pool: Sequence[str], rng: random.Random, course: CourseView, *, extra=None,
                     siblings: bool = False, prefer=None) -> list[str]:
    """Choose up to three distractors for ``key`` that pass the pairwise checks.

    ``prefer``: a rank per option, lower first (then lengths close to the key's).
    """
    chosen: list[str] = []
    candidates = list(dict.fromkeys(p for p in pool if norm(p) != norm(key)))
    rng.shuffle(candidates)
    # Prefer lengths close to the key's: homogeneous options.
    if prefer is None:
        candidates.sort(key=lambda p: abs(len(p) - len(key)) // 12)
    else:
        candidates.sort(key=lambda p: (prefer(p), abs(len(p) - len(key)) // 12))
    for p in candidates:
        if synonymous(key, p, course, siblings=siblings) or not length_ok(key, p) or not same_form(key, p):
            continue
        if any(synonymous(p, q, course, siblings=True) or not length_ok(p, q) for q in chosen):
            continue
        if extra is not None and not extra(p):
            continue
        chosen.append(p)
        if len(chosen) == MAX_DISTRACTORS:
            break
    return chosen


def pick_descriptions(key: str, pool: Sequence[str], rng: random.Random, *, extra=None, prefer=None) -> list[str]:
    """Up to three sentence-long options from ``pool`` within twice the key's length in words (and each
    other's); ``extra``, when given, must also hold of each; ``prefer``: a rank per option, lower first."""
    candidates = list(pool)
    rng.shuffle(candidates)
    if prefer is not None:
        candidates.sort(key=prefer)
    chosen: list[str] = []
    for p in candidates:
        if extra is not None and not extra(p):
            continue
        if length_ok(key, p, in_words=True) and all(length_ok(p, q, in_words=True) for q in chosen):
            chosen.append(p)
        if len(chosen) == MAX_DISTRACTORS:
            break
    return chosen


def shared_words(options: Sequence[str]) -> list[str]:
    """Content words every option has (they give nothing away when left in a stem)."""
    if not options:
        return []
    first = content_words(options[0])
    return [w for w in first if all(any(related(w, t) for t in content_words(o)) for o in options[1:])]


def same_shape(option: str, keys: Sequence[str]) -> bool:
    """``option`` has the form and specificity of the listed ``keys``.

    Multi-word keys ("fortified global ties") take multi-word distractors:
    a bare "stability" or "order" beside them is vaguer than every key and
    often nearly true.  Word counts stay within the keys' range (one word of
    slack); a lone word is never a generic head ("aspects") nor a word that
    is as often a verb ("order", "support"), whose sense is open.
    """
    counts = [word_count(k) for k in keys]
    n = word_count(option)
    if min(counts) >= 2 and n < 2:
        return False
    if not min(counts) - 1 <= n <= max(counts) + 1:
        return False
    if n == 1:
        word = words(option)[0].lower()
        if norm(word) in GENERIC_HEADS:
            return False
        if "-" not in word and is_noun_or_verb(word):
            return False
    return True


def within_lengths(option: str, keys: Sequence[str]) -> bool:
    """``option`` is no shorter than half the shortest key, no longer than twice the longest."""
    lengths = [max(len(k), 8) for k in keys]
    return min(lengths) / 2 <= max(len(option), 8) <= max(lengths) * 2


def _parts(text: str) -> list[str]:
    """Content words, hyphenated ones split into their parts."""
    return [p for w in content_words(text) for p in (w.split("-") if "-" in w else [w]) if p]


def shared_count(a: str, b: str) -> int:
    """How many content words (hyphenated words split into parts) ``a`` shares with ``b``."""
    other = _parts(b)
    return sum(1 for w in _parts(a) if any(related(w, t) for t in other))


# Words a key must differ by, beside the ratio, to stand out by its length: "a bird" beside "a large bird".
STANDS_OUT_BY = 3


def stands_out_by_length(key: str, options: Sequence[str]) -> bool:
    """The key is under half the shortest option or over twice the longest, in words (no floor): "producers
    (grass)" beside "tertiary consumers — animals that eat secondary consumers (snake)" (raters on test-i:
    heterogeneous options, "a quarter the length of the others"). Options within twice each other
    (``pick_descriptions``) can still leave the key alone at one end when short options count as four words."""
    if not options:
        return False
    n, lengths = word_count(key), [word_count(o) for o in options]
    return (2 * n < min(lengths) and min(lengths) - n >= STANDS_OUT_BY) \
        or (n > 2 * max(lengths) and n - max(lengths) >= STANDS_OUT_BY)
