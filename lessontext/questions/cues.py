"""Two items of one quiz that cue each other: what the selection (``select.py``) keeps apart.

A learner reads a quiz whole, so an item may answer another.  ``select`` already keeps an item's answer out
of the other items' stems and options where it can.  Two more shapes cue each other however the options are
trimmed, and blind raters name them on most sets:

- two "what is meant by" items that offer the same set of definitions, each keyed by one the other offers
  as wrong ("#3 uses the very same three options as #5, so each item gives away the other": test-aj-r2; the
  same on test-ag, test-b, test-c, test-f, test-w, test-x); a learner who answers one strikes an option
  from the other;
- two swapped statements that trade names, each putting in the name the other sentence holds ("Cuba invoked
  Article VI over laboratories in Ukraine" beside "Cuba used Article V to accuse Ukraine", one with Russia's
  name swapped out, the other with the United States'): each reads the other's true sentence, and the pair
  tells which of the two is false (both raters on test-aj-r2).
"""

from __future__ import annotations

from .candidate import Candidate
from .text import find_phrase, norm_phrase
from .types import QuestionType


def same_options(c: Candidate, other: Candidate) -> bool:
    """Two "what is meant by" items offer the same set of definitions."""
    if c.kind != "definition" or other.kind != "definition" or QuestionType.SINGLE not in (c.type, other.type):
        return False
    mine, theirs = {norm_phrase(o) for o in c.options}, {norm_phrase(o) for o in other.options}
    return len(mine) > 1 and mine == theirs


def _swap(c: Candidate) -> bool:
    return c.type is QuestionType.TRUE_FALSE and c.truth is False and bool(c.key) and bool(c.original) \
        and c.kind not in ("contrast", "negation")


def trade_names(c: Candidate, other: Candidate) -> bool:
    """Two swapped statements, each holding the name the other swaps in."""
    if not (_swap(c) and _swap(other)) or norm_phrase(c.key) == norm_phrase(other.key):
        return False
    return find_phrase(other.statement, c.key) is not None and find_phrase(c.statement, other.key) is not None


def cue(c: Candidate, chosen: list[Candidate] | tuple[Candidate, ...]) -> str | None:
    """The name of the way ``c`` and an item of ``chosen`` cue each other, or None."""
    for other in chosen:
        if same_options(c, other):
            return "same_options"
        if trade_names(c, other):
            return "traded_names"
    return None
