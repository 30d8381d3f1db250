"""The publish gate: which generated questions go straight to learners, and which wait for review.

A question publishes only when blind raters found its rule's questions usable on
the dev corpus (``bench/corpus/dev``) at a high rate, and the question itself kept
a confidence at or above ``MIN_CONFIDENCE`` (every soft check it fails lowers it).
Everything else waits as a draft in the instructor's review queue: the gate is
unsure of it. ``MEASURED`` is written by ``bench/rating.py calibrate`` from the
raters' verdicts in ``bench/labels/``; a rule nobody rated never publishes.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["MEASURED", "MIN_CONFIDENCE", "MIN_RATED", "MIN_USABLE", "MIN_USABLE_AS_IS", "publishable"]

# The targets of the quality issue: 90% usable, 70% usable as is.
MIN_USABLE = 0.9
MIN_USABLE_AS_IS = 0.7
# Fewer rated items than this say too little about a rule.
MIN_RATED = 4
MIN_CONFIDENCE = 0.5

# rule -> (usable as is, usable after one edit, rated), summed over both raters. Generated; do not edit by hand.
MEASURED: MappingProxyType[str, tuple[int, int, int]] = MappingProxyType({})


def publishable(rule: str, confidence: float, measured=MEASURED) -> bool:
    """Whether a generated question of ``rule`` at ``confidence`` goes to learners without review."""
    as_is, after_edit, rated = measured.get(rule, (0, 0, 0))
    if rated < MIN_RATED or confidence < MIN_CONFIDENCE:
        return False
    return (as_is + after_edit) / rated >= MIN_USABLE and as_is / rated >= MIN_USABLE_AS_IS
