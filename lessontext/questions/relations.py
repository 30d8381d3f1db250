"""Which of a lesson's formulas an apply item asks: none the reader is told they know already, one per relation.

A lesson often states a relation twice, in words and in symbols ("pressure = force ÷ area", "p = F ÷ A") or in a
long and a short form; one item asks it, the first given with units.  The formulas listed after "you already
know:" restate prior learning, not what the lesson teaches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .candidate import Candidate

__all__ = ["one_per_relation", "recalled", "relation_in_words"]


# "... is found with formulas you already know:", "Recall these rules from earlier:": the lines after it restate
# what the reader learnt before, no formula the lesson teaches (raters on test-x: "area = length × width" tests
# prior knowledge, "the text calls these 'formulas you already know'"; apply the lesson's own rule instead).
_KNOWN_ALREADY = re.compile(
    r"\b(?:you (?:already know|know already|will remember|(?:have )?(?:already )?met (?:before|earlier))"
    r"|from (?:an? )?(?:earlier|previous) (?:lesson|unit|course|year))\b[^:]{0,40}:\s*$", re.I)


def recalled(sentences, at: int) -> bool:
    """The formula at ``at`` is one of the lines a lead-in gives as known already (``_KNOWN_ALREADY``)."""
    section = sentences[at][0]
    while at > 0 and sentences[at - 1][0] is section:
        at -= 1
        line = sentences[at][1]
        if _KNOWN_ALREADY.search(line):
            return True
        if "=" not in line:
            return False  # prose between: the list of known formulas ended before this one
    return False


def relation_in_words(result: str, names: list[str], ops: list[str],
                       named: dict[str, tuple[str, str]] | None) -> tuple | None:
    """A product or quotient as the quantities it relates, by their names in words: "pressure = force ÷ area" and
    "p = F ÷ A" (p the pressure, F the force, A the area) are one relation; None for any other formula."""
    if not set(ops) <= {"×", "÷"}:
        return None
    word = (lambda x: named[x][0].lower()) if named is not None else (lambda x: x.lower())
    return (word(result), word(names[0]), *sorted((op, word(n)) for n, op in zip(names[1:], ops)))


def _same_name(a: str, b: str) -> bool:
    """One name, the other shortened: "mean rate" and "mean rate of reaction"."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _same_relation(a: tuple | None, b: tuple | None) -> bool:
    if a is None or b is None or len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, tuple):  # (operator, name)
            if x[0] != y[0] or not _same_name(x[1], y[1]):
                return False
        elif not _same_name(x, y):
            return False
    return True


def one_per_relation(made: list[tuple[tuple | None, bool, Candidate]]) -> Iterator[Candidate]:
    """One item per relation the lesson states twice, in words and in symbols or in a long and a short form: the
    first given with units, else the first.  Raters on test-q marked the second "repeats #1's skill in a three-item
    quiz", and on test-s the one in words with bare numbers ("mass = 32 and volume = 4": no units) where the one
    in symbols had kg and m³."""
    keep = [True] * len(made)
    for at, (relation, with_units, _) in enumerate(made):
        for before in range(at):
            if keep[before] and _same_relation(relation, made[before][0]):
                if with_units and not made[before][1]:
                    keep[before] = False  # the later one gives units: it stands for both
                else:
                    keep[at] = False
                break
    for at, (_, _, candidate) in enumerate(made):
        if keep[at]:
            yield candidate
