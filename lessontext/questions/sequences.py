"""An arithmetic sequence's nth term and sum: "u_n = a + (n − 1)d", "S_n = n/2 × (2a + (n − 1)d)".

Read by the apply family (``families/apply.py``), which asks it through :func:`sequence_questions`.  A sequences
lesson writes its formulas with subscripts and a bracket, which no other formula reader takes (``expressions.py``
reads one product, ``linear.py`` one input symbol), so such a lesson, two formulas and three worked examples, got
no question at all (blind raters on test-ck).

Each formula is read on a line of its own, in the letters the lesson chooses for the term, the first term and the
common difference ("T_n = a + (n − 1)d", "a_n = a₁ + (n − 1)d"), with "n" the position.  It is asked only when the
lesson works it with numbers that bear the reading out: "u_20 = 7 + (20 − 1) × 4" or "u_15 = 2 + 14 × 7 = 100" for
the nth term, "S_40 = 20 × (6 + 39 × 2)" or "S_22 = 22/2 × (2 × 50 + 21 × (−3))" for the sum.  The question gives
a fresh sequence by its first four terms (a small first term and difference, neither the lesson's) and asks a
term or a sum at a position the lesson does not work.  The wrong options are the slips the formula is taught
against: n steps taken for n − 1, the first term left out (or counted once in the sum), and the sum not halved.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .applyitems import apply_candidate
from .candidate import Candidate
from .course import LessonView

_MINUS = r"[−–-]"
_SUB_N = r"(?:_n|ₙ|_\{n\})"
_FIRST = r"(?P<first>[a-z](?:_1|₁|_\{1\})?)"
# "u_n = a + (n − 1)d", "T_n = a + (n - 1) × d"
NTH = re.compile(rf"^(?P<term>[A-Za-z]){_SUB_N}\s*=\s*{_FIRST}\s*\+\s*\(\s*n\s*{_MINUS}\s*1\s*\)\s*(?:[×*·]\s*)?"
                 r"(?P<diff>[a-z])\s*[.;]?$")
# "S_n = n/2 × (2a + (n − 1)d)", "S_n = n/2(2a + (n - 1)d)", "S_n = ½n(2a + (n − 1)d)"
SUM = re.compile(rf"^(?P<sum>[A-Z]){_SUB_N}\s*=\s*(?:n\s*/\s*2|½\s*n|\(\s*n\s*/\s*2\s*\))\s*(?:[×*·]\s*)?"
                 rf"\(\s*2\s*(?:[×*·]\s*)?{_FIRST}\s*\+\s*\(\s*n\s*{_MINUS}\s*1\s*\)\s*(?:[×*·]\s*)?(?P<diff>[a-z])\s*\)"
                 r"\s*[.;]?$")
_INT = rf"\(?{_MINUS}?\d+\)?"
# "u_20 = 7 + (20 − 1) × 4", "u_15 = 2 + 14 × 7": a position, the first term, the steps and the difference.
_NTH_WORKING = re.compile(rf"\b[A-Za-z]_(?P<k>\d+)\s*=\s*(?P<a>{_INT})\s*\+\s*(?:\(\s*(?P<k2>\d+)\s*{_MINUS}\s*1\s*\)|(?P<steps>\d+))"
                          rf"\s*[×*]\s*(?P<d>{_INT})")
# "S_22 = 22/2 × (2 × 50 + 21 × (−3))", "S_40 = 20 × (6 + 39 × 2)": the half, twice the first term, the steps.
_SUM_WORKING = re.compile(rf"\b[A-Z]_(?P<k>\d+)\s*=\s*(?:(?P<k2>\d+)\s*/\s*2|(?P<half>\d+))\s*[×*]\s*\(\s*"
                          rf"(?:2\s*[×*]\s*(?P<a>{_INT})|(?P<twice>{_INT}))\s*\+\s*(?P<steps>\d+)\s*[×*]\s*(?P<d>{_INT})\s*\)")
_ORDINAL = {1: "st", 2: "nd", 3: "rd"}


@dataclass(frozen=True)
class Sequence:
    """``u_n = a + (n − 1)d`` (``total`` False) or ``S_n = n/2 × (2a + (n − 1)d)`` (True), in the lesson's letters."""

    text: str
    total: bool

    @staticmethod
    def term(a: int, d: int, n: int) -> int:
        return a + (n - 1) * d

    def value(self, a: int, d: int, n: int) -> int:
        return n * (2 * a + (n - 1) * d) // 2 if self.total else self.term(a, d, n)

    def slips(self, a: int, d: int, n: int) -> list[int]:
        """n steps for n − 1, the first term left out (the sum: counted once), the sum not halved or the roles of
        the first term and the difference swapped.  A sum is asked at an even position: every slip is whole."""
        if self.total:
            return [n * (2 * a + n * d) // 2, n * (a + (n - 1) * d) // 2, n * (2 * a + (n - 1) * d)]
        return [a + n * d, (n - 1) * d, d + (n - 1) * a]


def parse_sequence(sentence: str) -> Sequence | None:
    """The nth-term or sum formula a display line states, or None."""
    line = sentence.strip().replace("`", "").rstrip(".; ")
    for pattern, total in ((NTH, False), (SUM, True)):
        if pattern.match(line):
            return Sequence(line, total)
    return None


def _int(text: str) -> int:
    return int(text.strip("()").replace("−", "-").replace("–", "-"))


def worked(sequence: Sequence, text: str) -> set[int]:
    """The positions at which the lesson works the formula in numbers that bear the reading out."""
    positions = set()
    pattern = _SUM_WORKING if sequence.total else _NTH_WORKING
    for m in pattern.finditer(text):
        k = int(m["k"])
        if m["k2"] is not None and int(m["k2"]) != k:
            continue
        if m["steps"] is not None and int(m["steps"]) != k - 1:
            continue
        if sequence.total and m["half"] is not None and 2 * int(m["half"]) != k:
            continue
        if sequence.total and m["twice"] is not None and _int(m["twice"]) % 2:
            continue
        positions.add(k)
    return positions


def _factor(d: int) -> str:
    """A difference as a factor is written: "4", "(−3)"."""
    return f"(−{-d})" if d < 0 else str(d)


def _fresh(sequence: Sequence, taken: set[int], rng: random.Random) -> tuple[int, int, int] | None:
    """A first term, a difference and a position the lesson does not work, whose key and slips all differ."""
    for _ in range(24):
        a, d = rng.randint(2, 12), rng.choice([2, 3, 4, 5, 6, 7, 9, -2, -3, -4])
        n = rng.choice([12, 16, 18, 20, 24, 30, 40]) if sequence.total else rng.choice([12, 15, 18, 21, 25, 30, 35, 50])
        key = sequence.value(a, d, n)
        slips = sequence.slips(a, d, n)
        if n not in taken and a != d and len({key, *slips}) == 4:
            return a, d, n
    return None


def sequence_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"The text gives the formula “u_n = a + (n − 1)d”. What is the 25th term of the arithmetic sequence 4, 9, 14,
    19, …?" and the sum of its first terms, on fresh numbers."""
    text = ""
    for section, sentence in lesson.sentences:
        sequence = parse_sequence(sentence) if "(n" in sentence else None
        if sequence is None:
            continue
        text = text or " ".join(s for _, s in lesson.sentences)
        positions = worked(sequence, text)
        if not positions:
            continue  # the lesson never works it in numbers: the reading is not borne out
        fresh = _fresh(sequence, positions, random.Random(f"sequence:{sequence.text}"))
        if fresh is None:
            continue
        a, d, n = fresh
        terms = ", ".join(str(sequence.term(a, d, i)).replace("-", "−") for i in range(1, 5))
        ordinal = f"{n}{_ORDINAL.get(n % 10 if n % 100 not in (11, 12, 13) else 0, 'th')}"
        asked = f"the sum of the first {n} terms" if sequence.total else f"the {ordinal} term"
        shown = [str(v).replace("-", "−") for v in (sequence.value(a, d, n), *sequence.slips(a, d, n))]
        yield apply_candidate(
            stem=f"The text gives the formula “{sequence.text}”. What is {asked} of the arithmetic sequence {terms}, …?",
            key=shown[0], distractors=shown[1:], formula=sequence.text,
            worked=(f"{n}/2 × (2 × {a} + {n - 1} × {_factor(d)})" if sequence.total else f"{a} + {n - 1} × {_factor(d)}"),
            section=section, sentence=sentence)
