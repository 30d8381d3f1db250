"""Worked problems told in words and solved with a rule the reader applies again: Pythagoras' theorem on a ladder or a
walk, and a half-life on a sample.

Read by the apply family (``families/apply.py``) through ``roots.py`` and ``halflife.py``.  A lesson of geometry or
physics poses a problem as a short story ("A ladder 5 m long leans against a wall. Its foot is 1.5 m from the wall. How
high up the wall does it reach?"), works it below, and writes its answer with a unit ("The ladder reaches about 4.77 m up
the wall").  This module finds such problems: within an example (from an "Example 2:" label, a numbered exercise "3." or
the start of a section) the statement, one to three sentences, the question ("... ?", or "Find the length of ...") and
the solution that follows.  Each reader then checks that the statement holds its figures and no other, and that the
solution writes the answer the rule gives, before the problem is re-posed on fresh figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from .conversions import shown_as
from .course import LessonView
from .problems import examples

_NUMBERED = re.compile(r"^\W*\d{1,2}[.)]\W*$")  # "3." alone: a numbered exercise starts
_ASKED = re.compile(r"^(?:(?:what|how)\b[^?]*\?|(?:find|calculate|work out)\b[^?]*\.)$", re.I)
# A figure in the statement: not a name's number ("Iodine-131", "carbon-14") nor part of a longer figure.
FIGURE = re.compile(r"(?<![\w.,\-])\d+(?:,\d{3})*(?:\.\d+)?(?![\d,.]\d)")
_ASIDE = re.compile(r"\s*\([^()]*\d[^()]*\)")  # "(400 million decays per second)": a figure restated
MAX_GIVENS = 3
ANSWER_REACH = 12  # "Step 1." labels count as sentences


@dataclass(frozen=True)
class Problem:
    """A worked problem: where it is, its statement's sentences, its question and the solution's sentences."""

    section: object
    givens: tuple[str, ...]
    question: str
    solution: str
    source: str  # the lesson's sentence its statement starts in, as the lesson splits it (an item's source sentence)

    @property
    def statement(self) -> str:
        """The statement as re-posed: a figure restated in brackets is left out, so that one figure stands for one
        quantity ("an activity of 400 MBq (400 million decays per second)")."""
        return _ASIDE.sub("", " ".join(self.givens))


def problems(lesson: LessonView) -> Iterator[Problem]:
    """Each problem a lesson poses and then solves: its statement, question and solution, in the lesson's order."""
    for section, first, block in examples(lesson):
        for part in _numbered(block):
            asked = next((i for i, s in enumerate(part) if _ASKED.match(s)), None)
            if asked is None or not 1 <= asked <= MAX_GIVENS:
                continue
            question = part[asked]
            if ", and " in question:
                question = question.split(",")[0].rstrip() + "?"  # "How far is she ..., and what is her bearing ...?"
            if " and " in question:
                continue  # two things asked
            solution = " ".join(part[asked + 1:asked + 1 + ANSWER_REACH])
            if solution:
                source = next((s for sec, s in lesson.sentences if sec is section and part[0] in s), first)
                yield Problem(section, tuple(part[:asked]), question, solution, source)


def _numbered(block: list[str]) -> Iterator[list[str]]:
    """An example's sentences cut where a numbered exercise starts ("1.", "2." in a "Try these" section)."""
    part: list[str] = []
    for sentence in block:
        if _NUMBERED.match(sentence):
            if part:
                yield part
            part = []
        else:
            part.append(sentence)
    if part:
        yield part


def writes(solution: str, value: Decimal, unit: str) -> bool:
    """The ``solution`` writes ``value`` with its ``unit`` ("about 4.77 m"), rounded to the decimals it writes."""
    pattern = re.compile(rf"(?<![\w.,\-])(\d+(?:,\d{{3}})*(?:\.\d+)?)\s*{re.escape(unit)}(?!\w)")
    return any(shown_as(value, m.group(1)) for m in pattern.finditer(solution))


def places(text: str) -> int:
    """The decimals a figure is written with: "1.5" -> 1."""
    return len(text.split(".")[1]) if "." in text else 0


def replaced(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end) span replaced by its new figure."""
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text
