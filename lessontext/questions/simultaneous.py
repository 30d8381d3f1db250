"""A pair of simultaneous equations the lesson solves, asked again on fresh numbers: "Solve 3x + 2y = 18 and 5x − 2y = 14".

Read by the apply family (``families/apply.py``), which asks it through :func:`simultaneous_questions`.  A lesson
that teaches elimination or substitution works a pair such as "Solve 3x + 2y = 18 and 5x − 2y = 14." and gives
its solution ("So x = 4 and y = 3."); ``solving.py`` reads one unknown only, so such a lesson had no apply item.
The first pair the lesson both poses after "Solve" and answers (both values written, "x = 4", "y = 3") is posed
again with fresh whole numbers in the same shape: each equation written the same way ("ax + by = c", or "y = mx + k"
for substitution), each coefficient keeping its sign, a coefficient of 1 staying 1, and coefficients of equal size
staying equal (the "same size, different signs: add" case stays that case).  The fresh pair has one whole-number
solution the code computes exactly, with x and y of different sizes and neither the original's.

It is asked as a single choice; the wrong options are the method's slips: x and y swapped, a value's sign lost
(subtracting a negative term), and the second unknown found from the wrong equation's constant.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

from .applyitems import apply_item, signed, written_terms
from .candidate import Candidate
from .course import LessonView

__all__ = ["Equation", "parse_pair", "simultaneous_questions"]

_MINUS = "−–-"
_TERM = re.compile(rf"\s*(?P<sign>[+{_MINUS}])?\s*(?P<n>\d+)?\s*(?P<x>[a-z])?")
_SIDE = rf"[\da-z+\s{_MINUS}]+"
# "Solve 3x + 2y = 18 and 5x − 2y = 14", "Solve the pair y = 2x + 1 and 3x + y = 16", "Solve the simultaneous
# equations ...": two equations joined by "and" or a comma.
# Constants a learner works with in the head or on paper, as lessons pose them.
MAX_CONSTANT = 40
_PAIR = re.compile(rf"\b[Ss]olve\s+(?:the\s+(?:pair|system|(?:simultaneous\s+)?equations)(?:\s+of\s+equations)?:?\s+)?(?P<first>{_SIDE}={_SIDE}?)(?:,\s*|\s+and\s+)(?P<second>{_SIDE}={_SIDE})")


@dataclass(frozen=True)
class Equation:
    """``a·x + b·y = c``; ``isolated`` when the lesson writes it "y = mx + k" (or "x = my + k")."""

    a: int
    b: int
    c: int
    isolated: str = ""

    def holds(self, x: int, y: int) -> bool:
        return self.a * x + self.b * y == self.c

    def text(self, unknowns: tuple[str, str]) -> str:
        if self.isolated:
            # the lone unknown's coefficient is 1: "y = 2x + 1" is −2x + y = 1
            other = unknowns[1 - unknowns.index(self.isolated)]
            return f"{self.isolated} = {written_terms([(-(self.a, self.b)[unknowns.index(other)], other)], self.c)}"
        return f"{written_terms([(self.a, unknowns[0]), (self.b, unknowns[1])], None)} = {signed(self.c)}"


def _side(text: str) -> dict[str, int] | None:
    """A side's terms as unknown -> coefficient, "" -> constant; None when it is no sum of such terms."""
    text = text.strip()
    if not text:
        return None
    found: dict[str, int] = {}
    at = 0
    while at < len(text):
        m = _TERM.match(text, at)
        if not m or m.end() == at or not (m.group("n") or m.group("x")) or (at and not m.group("sign")):
            return None
        value = int(m.group("n") or 1) * (-1 if m.group("sign") and m.group("sign") in _MINUS else 1)
        key = m.group("x") or ""
        found[key] = found.get(key, 0) + value
        at = m.end()
        while at < len(text) and text[at].isspace():
            at += 1
    return found


def _equation(text: str) -> tuple[Equation, tuple[str, ...]] | None:
    left, _, right = text.strip().rstrip(".").partition("=")
    sides = _side(left), _side(right)
    if sides[0] is None or sides[1] is None:
        return None
    terms = {k: sides[0].get(k, 0) - sides[1].get(k, 0) for k in set(sides[0]) | set(sides[1])}
    unknowns = tuple(sorted(k for k, v in terms.items() if k and v))
    if len(unknowns) != 2:
        return None
    isolated = ""
    if set(sides[0]) == {unknowns[0]} or set(sides[0]) == {unknowns[1]}:
        only = next(iter(sides[0]))
        if sides[0][only] == 1 and only not in sides[1]:
            isolated = only
    return Equation(terms[unknowns[0]], terms[unknowns[1]], -terms.get("", 0), isolated), unknowns


def parse_pair(sentence: str) -> tuple[Equation, Equation, tuple[str, str]] | None:
    """The first "Solve <equation> and <equation>" pair of ``sentence`` in two unknowns, or None."""
    found = _PAIR.search(sentence)
    if found is None:
        return None
    first, second = _equation(found.group("first")), _equation(found.group("second"))
    if first is None or second is None or first[1] != second[1]:
        return None
    return first[0], second[0], (first[1][0], first[1][1])


def _solve(first: Equation, second: Equation) -> tuple[Fraction, Fraction] | None:
    det = first.a * second.b - first.b * second.a
    if det == 0:
        return None
    return (Fraction(first.c * second.b - first.b * second.c, det),
            Fraction(first.a * second.c - first.c * second.a, det))


def _solved_in(solution: tuple[Fraction, Fraction], unknowns: tuple[str, str], text: str) -> bool:
    """The lesson writes both values of the pair's solution ("x = 4", "y = 3", "y = 2(3) + 1 = 7")."""
    for value, name in zip(solution, unknowns):
        if value.denominator != 1:
            return False
        number = rf"[{_MINUS}]{abs(value)}" if value < 0 else str(value)
        if not re.search(rf"(?<![\w]){name}\s*=(?:[^=.;,]{{1,30}}=)?\s*{number}(?![\d.,]\d)", text):
            return False
    return True


def _size(old: int, rng: random.Random, twin: int | None) -> int:
    """A fresh coefficient of the same sign: 1 stays 1, one as large as its twin stays so."""
    if twin is not None:
        return twin if old > 0 else -twin
    return (1 if abs(old) == 1 else rng.randint(2, 7)) * (1 if old > 0 else -1)


def _fresh(first: Equation, second: Equation, original: tuple[Fraction, Fraction],
           rng: random.Random) -> tuple[Equation, Equation, int, int] | None:
    for _ in range(80):
        x, y = (rng.choice([v for v in range(-4, 9) if v not in (0, 1)]) for _ in range(2))
        if abs(x) == abs(y) or (x, y) == original:
            continue
        a1, b1 = _size(first.a, rng, None), _size(first.b, rng, None)
        a2 = _size(second.a, rng, abs(a1) if abs(first.a) == abs(second.a) else None)
        b2 = _size(second.b, rng, abs(b1) if abs(first.b) == abs(second.b) else None)
        pair = (Equation(a1, b1, a1 * x + b1 * y, first.isolated), Equation(a2, b2, a2 * x + b2 * y, second.isolated))
        sizes = {abs(v) for e in pair for v in (e.a, e.b, e.c)}
        if any(e.c == 0 or abs(e.c) > MAX_CONSTANT for e in pair) or _solve(*pair) is None or len(sizes) < 3:
            continue
        return pair[0], pair[1], x, y
    return None


def _answer(unknowns: tuple[str, str], x: int, y: int) -> str:
    return f"{unknowns[0]} = {signed(x)}, {unknowns[1]} = {signed(y)}"


def _slips(pair: tuple[Equation, Equation], x: int, y: int) -> list[tuple[int, int]]:
    """Swapped values, a lost sign, the second unknown found from the other equation's constant."""
    first, second = pair
    slips = [(y, x), (x, -y), (-x, y)]
    if first.b and (second.c - first.a * x) % first.b == 0:
        slips.append((x, (second.c - first.a * x) // first.b))
    return [s for s in dict.fromkeys(slips) if s != (x, y) and not all(e.holds(*s) for e in pair)]


def simultaneous_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"The text shows how to solve “3x + 2y = 18 and 5x − 2y = 14”. Which pair of values solves 4x + 3y = 10
    and 2x − 3y = 14?": one item a lesson, on fresh numbers."""
    text = " ".join(s for _, s in lesson.sentences)
    for section, sentence in lesson.sentences:
        parsed = parse_pair(sentence)
        if parsed is None:
            continue
        first, second, unknowns = parsed
        solution = _solve(first, second)
        if solution is None or not _solved_in(solution, unknowns, text):
            continue
        fresh = _fresh(first, second, solution, random.Random(f"pair:{first}{second}"))
        if fresh is None:
            continue
        new_first, new_second, x, y = fresh
        slips = [_answer(unknowns, *s) for s in _slips((new_first, new_second), x, y)]
        if len(slips) < 2:
            continue
        asked = f"{new_first.text(unknowns)} and {new_second.text(unknowns)}"
        key = _answer(unknowns, x, y)
        yield apply_item(
            stem=f"The text shows how to solve “{first.text(unknowns)} and {second.text(unknowns)}”. "
                 f"Which values solve {asked}?",
            key=key, distractors=slips,
            explanation=f"{key} makes both equations true: "
                        f"{_check(new_first, unknowns, x, y)} and {_check(new_second, unknowns, x, y)}.",
            claim="solve:pair", section=section, sentence=sentence)
        return


def _check(equation: Equation, unknowns: tuple[str, str], x: int, y: int) -> str:
    """"4(3) + 3(−2) = 6", or "y = 2(3) + 1 = 7" for an equation the lesson writes with a lone unknown."""
    values = dict(zip(unknowns, (x, y)))
    if equation.isolated:
        other = unknowns[1 - unknowns.index(equation.isolated)]
        factor = -(equation.a, equation.b)[unknowns.index(other)]
        return (f"{equation.isolated} = {_product(factor, values[other], first=True)}"
                f"{f' {chr(0x2212) if equation.c < 0 else chr(43)} {abs(equation.c)}' if equation.c else ''}"
                f" = {signed(values[equation.isolated])}")
    return (f"{_product(equation.a, x, first=True)} {_product(equation.b, y, first=False)}"
            f" = {signed(equation.c)}")


def _product(factor: int, value: int, *, first: bool) -> str:
    if abs(factor) == 1:
        shown = signed(value) if value > 0 else f"({signed(value)})"
    else:
        shown = f"{abs(factor)}({signed(value)})"
    if first:
        return f"{'−' if factor < 0 else ''}{shown}"
    return f"{'−' if factor < 0 else '+'} {shown}"
