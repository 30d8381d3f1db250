"""A square root of a sum of two squares, worked with numbers: "√(8² + 6²) = √100 = 10 km", or "c² = 6² + 8² = 36 + 64 =
100" and then "c = √100 = 10".

Read by the apply family (``families/apply.py``).  Lessons that use Pythagoras' theorem (a geometry lesson of test-t,
a bearings lesson of test-bh) work the longest side as the root of the sum of the two squares, one line or two; no
formula reader took it (a power and a root inside brackets, the working in symbols or bare figures), and neither lesson
got an apply item.  The working is asked again on two fresh whole numbers whose root is whole (the sides of a
right-angled triangle with whole sides, near the lesson's sizes), quoting the lesson's own working, only when the
lesson's arithmetic comes out (the squares add up to the number under the root and the root is the answer it writes).
The wrong options are the slips the lessons warn of: the sum of the squares with no root taken ("working out c² = 100
is not the end of the question"), the two numbers added, and the squares subtracted instead of added.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from .applyitems import apply_item, fmt, mistake_options
from .candidate import Candidate
from .course import LessonView
from .rubric import MAX_STEM_WORDS
from .text import word_count
from .worded import FIGURE, Problem, places, problems, replaced, writes

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:\s*(?P<unit>(?!(?:and|or|so|to|of|in|the|which|is|away)\b)[A-Za-z]{1,6})\b)?"
# "√(8² + 6²) = √100 = 10 km": the root of the sum, worked on one line.
_ONE_LINE = re.compile(rf"√\(\s*(?P<x>{_NUM})²\s*\+\s*(?P<y>{_NUM})²\s*\)\s*=\s*√(?P<n>{_NUM})\s*=\s*(?P<r>{_NUM}){_UNIT}")
# "c² = 6² + 8² = 36 + 64 = 100": the square of a side, then "c = √100 = 10" within the next lines.
_SQUARES = re.compile(
    rf"(?<![\w²])(?P<s>[^\W\d_])²\s*=\s*(?P<x>{_NUM})²\s*\+\s*(?P<y>{_NUM})²\s*(?:=\s*{_NUM}\s*\+\s*{_NUM}\s*)?=\s*(?P<n>{_NUM})"
    r"(?![\d.])")
_ROOT = r"(?<![\w²]){s}\s*=\s*√(?P<n>{n})\s*=\s*(?P<r>" + _NUM + r")(?![\d.])"
ROOT_AFTER = 2
# Right-angled triangles with whole sides: fresh legs whose root is whole.
TRIPLES = ((3, 4, 5), (6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (12, 16, 20), (15, 20, 25), (7, 24, 25),
           (20, 21, 29), (10, 24, 26), (18, 24, 30), (24, 32, 40), (30, 40, 50))
NEAR = 3  # a fresh leg is within this factor of the lesson's own


def _holds(x: Decimal, y: Decimal, n: Decimal, r: Decimal) -> bool:
    """The squares add up to ``n`` and ``r`` is its root, to the decimals ``r`` is written with."""
    if x * x + y * y != n or r <= 0:
        return False
    places = max(0, -r.as_tuple().exponent)
    return n.sqrt().quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == r


def root_workings(lesson: LessonView) -> Iterator[tuple[object, str, str, Decimal, Decimal, str, str]]:
    """(section, sentence, the working as quoted, x, y, unit, side) of each root of a sum of squares the lesson works out
    right: its unit the one the working writes ("= 10 km"), its side the symbol a two-line working names ("c") or ""."""
    sentences = lesson.sentences
    for at, (section, sentence) in enumerate(sentences):
        if "²" not in sentence:
            continue
        for m in _ONE_LINE.finditer(sentence):
            x, y, n, r = (Decimal(m.group(g)) for g in "xynr")
            if _holds(x, y, n, r):
                yield section, sentence, m.group(0).strip(), x, y, m.group("unit") or "", ""
        for m in _SQUARES.finditer(sentence):
            x, y, n = (Decimal(m.group(g)) for g in "xyn")
            root = re.compile(_ROOT.format(s=re.escape(m.group("s")), n=re.escape(m.group("n"))))
            for later_section, later in sentences[at + 1:at + 1 + ROOT_AFTER]:
                found = root.search(later) if later_section is section else None
                if found and _holds(x, y, n, Decimal(found.group("r"))):
                    working = f"“{m.group(0).strip()}” and “{found.group(0).strip()}”"
                    yield section, sentence, working, x, y, "", m.group("s")
                    break


def _fresh(x: Decimal, y: Decimal, rng: random.Random) -> tuple[Decimal, Decimal, Decimal] | None:
    """Two fresh legs near the lesson's, the larger where the lesson puts its larger, with their whole root."""
    small, large = sorted((x, y))
    choices = [t for t in TRIPLES if {Decimal(t[0]), Decimal(t[1])} != {x, y}
               and small / NEAR <= t[0] <= small * NEAR and large / NEAR <= t[1] <= large * NEAR]
    if not choices:
        return None
    a, b, c = (Decimal(v) for v in rng.choice(choices))
    return (b, a, c) if x > y else (a, b, c)


def root_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"The text works out “√(8² + 6²) = √100 = 10 km”. Worked the same way, what is √(9² + 12²)?": one a lesson, with a
    generator of its own (the family's other draws stay as they were); a problem told in words and worked so is
    re-posed instead (``problem_questions``)."""
    posed = list(problem_questions(lesson))
    yield from posed
    if any(item.claims == (SUM_CLAIM,) for item in posed):
        return  # the sum asked in the lesson's own story: the bare working would ask it twice
    for section, sentence, working, x, y, _, side in root_workings(lesson):
        fresh = _fresh(x, y, random.Random(f"roots:{working}"))
        if fresh is None:
            continue
        a, b, key = fresh
        squares = a * a + b * b
        # No root taken, the numbers added, the squares subtracted instead of added (one decimal, as a root is written).
        mistakes = [squares, a + b, abs(a * a - b * b).sqrt().quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)]
        # Bare numbers, as the question asks a bare working ("17 km" for √(15² + 8²) would read as a unit out of nowhere).
        options = mistake_options([a, b], key, mistakes, "")
        if len(options) < 3:
            continue
        asked = f"{side} when {side}² = {fmt(a)}² + {fmt(b)}²" if side else f"√({fmt(a)}² + {fmt(b)}²)"
        quoted = working if working.startswith("“") else f"“{working}”"
        yield apply_item(
            section=section, sentence=sentence, key=fmt(key), distractors=options,
            stem=f"The text works out {quoted}. Worked the same way, what is {asked}?",
            explanation=f"√({fmt(a)}² + {fmt(b)}²) = √({fmt(a * a)} + {fmt(b * b)}) = √{fmt(squares)} = {fmt(key)}.",
            claim=SUM_CLAIM)
        return


SUM_CLAIM = "root-of-squares"
DIFFERENCE_CLAIM = "root-of-squares:difference"
# A problem told in words: two lengths in its statement, squared in its working ("h² = 5² − 1.5²", "√(12² + 5²)",
# "5² + b² = 13²"), a length asked.
_SQUARED = re.compile(rf"(?<![\w.²])(?P<x>{_NUM})²\s*(?P<op>[+−-])\s*(?P<y>{_NUM})²(?!\s*=\s*{_NUM}²)")
_SIDE_FOUND = re.compile(rf"(?<![\w.²])(?:(?P<x>{_NUM})²\s*\+\s*[^\W\d_]²|[^\W\d_]²\s*\+\s*(?P<x2>{_NUM})²)\s*=\s*"
                         rf"(?P<h>{_NUM})²")
_LENGTH_ASKED = re.compile(r"\b(?:how (?:far|high|tall|wide|deep|long is)|length|distance|height|hypotenuse|other side|"
                           r"missing side)\b", re.I)
_LENGTH = re.compile(rf"(?P<n>{FIGURE.pattern})\s*(?P<unit>[a-z]{{1,3}})\b")
SCALES = (Decimal("0.1"), Decimal("0.5"), Decimal(1), Decimal(2), Decimal(10))
BASE_TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (12, 35, 37), (9, 40, 41))
NEAR_PROBLEM = 2  # a fresh length is within this factor of the lesson's own


def _problem_working(problem: Problem) -> tuple[str, list[tuple[int, int, Decimal]], str, Decimal] | None:
    """("sum" or "difference", the statement's two lengths (where, value), their unit, the answer) when the statement
    gives two lengths in one unit and no other figure, the question asks a length, the solution squares those two and
    writes the root it gives, in that unit."""
    statement = problem.statement
    if not _LENGTH_ASKED.search(problem.question) or FIGURE.search(problem.question):
        return None
    lengths = list(_LENGTH.finditer(statement))
    if len(lengths) != 2 or len(FIGURE.findall(statement)) != 2 or lengths[0]["unit"] != lengths[1]["unit"]:
        return None
    unit = lengths[0]["unit"]
    given = [(m.start("n"), m.end("n"), Decimal(m["n"].replace(",", ""))) for m in lengths]
    values = {v for _, _, v in given}
    if len(values) != 2:
        return None
    found: list[tuple[str, Decimal]] = []
    for m in _SQUARED.finditer(problem.solution):
        x, y = Decimal(m["x"]), Decimal(m["y"])
        if {x, y} == values and (m["op"] == "+" or x > y):
            found.append(("sum", (x * x + y * y).sqrt()) if m["op"] == "+" else ("difference", (x * x - y * y).sqrt()))
    for m in _SIDE_FOUND.finditer(problem.solution):
        x, h = Decimal(m["x"] or m["x2"]), Decimal(m["h"])
        if {x, h} == values and h > x:
            found.append(("difference", (h * h - x * x).sqrt()))
    # The lesson's own answer, in the statement's unit: else the working is misread, or answers another question.
    kind, answer = next(((k, a) for k, a in found if writes(problem.solution, a, unit)), (None, None))
    return (kind, given, unit, answer) if kind is not None else None


def _fresh_triangle(kind: str, lesson: list[Decimal], answer: Decimal, allowed: int, written: set[Decimal],
                    rng: random.Random) -> tuple[list[Decimal], Decimal] | None:
    """Fresh lengths for the statement's two (in its order) and the exact answer: the legs for a sum, the hypotenuse
    and a leg for a difference, each within ``NEAR_PROBLEM`` of the lesson's and written with at most ``allowed``
    decimals, the answer too; the known leg shorter than the answer where the lesson's is (a ladder's foot nearer the
    wall than its top), and not a triangle whose three sides the lesson writes (its table of triples)."""
    choices = []
    for base in BASE_TRIPLES:
        for scale in SCALES:
            a, b, c = (Decimal(v) * scale for v in base)
            if max(places(fmt(v)) for v in (a, b, c)) > allowed:
                continue
            pairs = [((a, b), c), ((b, a), c)] if kind == "sum" else [((c, a), b), ((c, b), a), ((a, c), b), ((b, c), a)]
            for fresh, key in pairs:
                if (fresh[0] > fresh[1]) != (lesson[0] > lesson[1]):
                    continue  # the larger (for a difference the hypotenuse) where the lesson gives it
                if kind == "difference" and (min(fresh) < key) != (min(lesson) < answer):
                    continue
                if {a, b, c} <= written:
                    continue
                if all(v / NEAR_PROBLEM <= f <= v * NEAR_PROBLEM and f != v for f, v in zip(fresh, lesson)):
                    choices.append(([f.normalize() for f in fresh], key.normalize()))
    return rng.choice(choices) if choices else None


def _root(value: Decimal) -> Decimal:
    """A mistaken root as a learner writes it: to one decimal."""
    return value.sqrt().quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def problem_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"A ladder 6.5 m long leans against a vertical wall. Its foot is 2.5 m away ... How high up the wall does the
    ladder reach?": a problem the lesson tells in words and works by Pythagoras' theorem, re-posed on the lengths of a
    triangle with whole or tenth sides near the lesson's; one a lesson for a sum and one for a difference, the one told
    at the greatest length (a ladder against a wall before "a triangle has a hypotenuse of 13 m")."""
    asked: set[str] = set()
    written: set[Decimal] | None = None  # every figure the lesson writes, read once
    read = [(problem, found) for problem in problems(lesson) if (found := _problem_working(problem)) is not None]
    for problem, found in sorted(read, key=lambda pf: -word_count(pf[0].statement)):
        if found[0] in asked:
            continue
        kind, given, unit, answer = found
        lesson_values = [v for _, _, v in given]
        allowed = max(places(fmt(v)) for v in lesson_values)
        if written is None:
            written = {Decimal(x.replace(",", "")) for _, s in lesson.sentences for x in FIGURE.findall(s)}
        rng = random.Random(f"roots:problem:{problem.question}")
        fresh = _fresh_triangle(kind, lesson_values, answer, allowed, written, rng)
        if fresh is None:
            continue
        (p, q), key = fresh
        if kind == "sum":
            # No root taken, the sides added, the squares subtracted instead of added.
            mistakes = [p * p + q * q, p + q, _root(abs(p * p - q * q))]
            working = f"√({fmt(p)}² + {fmt(q)}²) = √{fmt(p * p + q * q)} = {fmt(key)}"
        else:
            hyp, leg = max(p, q), min(p, q)
            # No root taken, the squares added instead of subtracted, the sides subtracted.
            mistakes = [hyp * hyp - leg * leg, _root(hyp * hyp + leg * leg), hyp - leg]
            working = f"√({fmt(hyp)}² − {fmt(leg)}²) = √{fmt(hyp * hyp - leg * leg)} = {fmt(key)}"
        options = mistake_options([p, q], key, mistakes, unit)
        statement = replaced(problem.statement, [(s, e, fmt(f)) for (s, e, _), f in zip(given, (p, q))])
        stem = f"{statement} {problem.question}"
        if len(options) < 3 or word_count(stem) > MAX_STEM_WORDS:
            continue
        asked.add(kind)
        shown = f"{fmt(key)} {unit}"
        yield apply_item(section=problem.section, sentence=problem.source, key=shown, distractors=options, stem=stem,
                         explanation=f"By Pythagoras' theorem: {working} {unit}.",
                         claim=SUM_CLAIM if kind == "sum" else DIFFERENCE_CLAIM)
