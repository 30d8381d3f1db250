"""A linear equation or inequality the lesson solves, asked again on fresh numbers: "Solve 7 − 2x ≥ 15".

Read by the apply family (``families/apply.py``), which asks it through :func:`solving_questions`.  A lesson
that teaches solving works examples such as "Solve 3x + 5 < 17." and gives their solutions ("x < 4"); its own
exercises and their printed answers are no test (blind raters on test-bq and test-bs: "the answer is printed in
the text; use fresh numbers"), and a lesson of worked examples alone had no apply item (test-by: one question, on
what the symbol "<" means).  So the first problem of each shape, "ax ± b OP c" or "b ± ax OP c" in one unknown
with whole numbers, is solved again with fresh ones: the same shape and the same sign of the unknown's factor
(a negative one is what makes an inequality's sign turn round), a whole solution, no figure of the original.
It is asked only when the lesson writes the original's solution ("x < 4", "x ≤ −4"): that bears the reading out.

An inequality is asked as a single choice, because a typed "x < 3" and "x > 3" differ only in a sign that
grading reads past; its wrong options are the slips the method warns about: the sign turned round when it
should not be (or kept when it should turn), the boundary taken in or left out, and the constant moved to
the other side without changing its sign.  An equation offers the last of these, the unknown's factor
divided with the wrong sign, and the factor never divided out.  A lesson gets at most two such items.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .applyitems import apply_item, signed
from .candidate import Candidate
from .course import LessonView

__all__ = ["Problem", "parse_problem", "solving_questions"]

_MINUS = "[−-]"
# "Solve 3x + 5 < 17", "Solve 7 − 2x ≥ 15", "solve 4x − 3 > 9": one unknown, whole numbers.
_PROBLEM = re.compile(
    rf"\b[Ss]olve\s+(?:(?P<a>{_MINUS}?\d*)(?P<x>[a-z])\s*(?P<sb>[+−-])\s*(?P<b>\d+)"
    rf"|(?P<b2>\d+)\s*(?P<sa>[+−-])\s*(?P<a2>\d*)(?P<x2>[a-z]))"
    rf"\s*(?P<op>=|<=|>=|≤|≥|<|>)\s*(?P<c>{_MINUS}?\d+)(?![\d.,]\d)")
# A quiz takes a lesson's first two shapes of problem, leaving room for what else it teaches.
MAX_ITEMS = 2
_FLIP = {"<": ">", ">": "<", "≤": "≥", "≥": "≤", "=": "="}
_STRICT = {"<": "≤", "≤": "<", ">": "≥", "≥": ">"}


def _int(text: str) -> int:
    return int(text.replace("−", "-"))


@dataclass(frozen=True)
class Problem:
    """``a·x + b OP c`` (``leading``: written "ax ± b") or ``b + a·x OP c`` (written "b ± ax")."""

    a: int
    b: int
    c: int
    op: str
    unknown: str
    leading: bool

    @property
    def solution(self) -> int | None:
        """The whole-number boundary the problem solves to, or None when it is no whole number."""
        return (self.c - self.b) // self.a if (self.c - self.b) % self.a == 0 else None

    @property
    def answer_op(self) -> str:
        """The sign of the solution: turned round when dividing by a negative factor."""
        return _FLIP[self.op] if self.a < 0 else self.op

    def answer(self, value: int, op: str | None = None) -> str:
        return f"{self.unknown} {op or self.answer_op} {signed(value)}"

    def text(self) -> str:
        factor = "" if abs(self.a) == 1 else str(abs(self.a))
        if self.leading:
            lead = f"{'−' if self.a < 0 else ''}{factor}{self.unknown}"
            return f"{lead} {'−' if self.b < 0 else '+'} {abs(self.b)} {self.op} {signed(self.c)}"
        return f"{self.b} {'−' if self.a < 0 else '+'} {factor}{self.unknown} {self.op} {signed(self.c)}"


def parse_problem(sentence: str) -> Problem | None:
    """The first "Solve ..." problem of ``sentence`` in one of the two shapes, or None."""
    found = _PROBLEM.search(sentence.replace("<=", "≤").replace(">=", "≥"))
    if found is None:
        return None
    op = found.group("op")
    if found.group("x"):
        raw = found.group("a")
        a = -1 if raw in ("-", "−") else _int(raw) if raw else 1
        b = int(found.group("b")) * (-1 if found.group("sb") in "−-" else 1)
        unknown, leading = found.group("x"), True
    else:
        raw = found.group("a2")
        a = (_int(raw) if raw else 1) * (-1 if found.group("sa") in "−-" else 1)
        b = int(found.group("b2"))
        unknown, leading = found.group("x2"), False
    if a == 0:
        return None
    return Problem(a=a, b=b, c=_int(found.group("c")), op=op, unknown=unknown, leading=leading)


def _solved_in(problem: Problem, text: str) -> bool:
    """The lesson writes the problem's solution ("x < 4", "x ≤ −4")."""
    value = problem.solution
    if value is None:
        return False
    sign = re.escape(problem.answer_op)
    number = rf"{_MINUS}{abs(value)}" if value < 0 else str(value)
    return re.search(rf"(?<![\w]){problem.unknown}\s*{sign}\s*{number}(?![\d.,]\d)", text) is not None


def _fresh(problem: Problem, rng: random.Random) -> Problem | None:
    """The same shape and sign of factor on new whole numbers, solving to a new whole number."""
    for _ in range(50):
        a = rng.randint(2, 9) * (-1 if problem.a < 0 else 1)
        value = rng.choice([v for v in range(-9, 10) if v not in (0, 1, problem.solution)])
        b = rng.randint(2, 15) * (-1 if problem.b < 0 else 1)
        if abs(a) == abs(problem.a) or abs(b) == abs(problem.b) or abs(b) == abs(a):
            continue
        fresh = Problem(a=a, b=b, c=a * value + b, op=problem.op, unknown=problem.unknown, leading=problem.leading)
        if fresh.c != 0 and abs(fresh.c) not in (abs(problem.c), abs(a), abs(b)):
            return fresh
    return None


def _options(problem: Problem) -> tuple[str, list[str]]:
    """The key and the slips' answers, each written once."""
    value = problem.solution
    key = problem.answer(value)
    slips = []
    if problem.op != "=":
        slips.append(problem.answer(value, _FLIP[problem.answer_op]))  # the sign turned (or kept) wrongly
        slips.append(problem.answer(value, _STRICT[problem.answer_op]))  # the boundary taken in or left out
    if (problem.c + problem.b) % problem.a == 0:
        slips.append(problem.answer((problem.c + problem.b) // problem.a))  # the constant moved without its sign
    if problem.op == "=":
        slips.append(problem.answer(-value))  # divided by the factor with the wrong sign
        slips.append(problem.answer(problem.c - problem.b))  # the constant moved, the factor never divided out
    return key, [s for s in dict.fromkeys(slips) if s != key]


def solving_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"The text shows how to solve “3x + 5 < 17”. Which of these is the solution of 4x + 9 < 37?" on fresh numbers."""
    text = " ".join(s for _, s in lesson.sentences)
    shapes: set[tuple[bool, bool, bool]] = set()
    for section, sentence in lesson.sentences:
        if len(shapes) == MAX_ITEMS:
            return
        problem = parse_problem(sentence)
        if problem is None or not _solved_in(problem, text):
            continue
        shape = (problem.leading, problem.a < 0, problem.op == "=")
        if shape in shapes:
            continue  # one item per shape of problem
        fresh = _fresh(problem, random.Random(f"solve:{problem.text()}"))
        if fresh is None:
            continue
        key, slips = _options(fresh)
        if len(slips) < 2:
            continue
        shapes.add(shape)
        turn = " and reverse the sign" if fresh.a < 0 and fresh.op != "=" else ""
        yield apply_item(
            stem=f"The text shows how to solve “{problem.text()}”. Which of these is the solution of {fresh.text()}?",
            key=key, distractors=slips,
            explanation=f"{'Subtract' if fresh.b > 0 else 'Add'} {abs(fresh.b)} {'from' if fresh.b > 0 else 'to'} both "
                        f"sides, then divide both by {signed(fresh.a)}{turn}: {key}.",
            claim=f"solve:{shape}", section=section, sentence=sentence)
