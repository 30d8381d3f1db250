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
from decimal import Decimal

from .applyitems import apply_item, fmt, mistake_options
from .candidate import Candidate
from .course import LessonView

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
    return n.sqrt().quantize(Decimal(1).scaleb(-places)) == r


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
    generator of its own (the family's other draws stay as they were)."""
    for section, sentence, working, x, y, _, side in root_workings(lesson):
        fresh = _fresh(x, y, random.Random(f"roots:{working}"))
        if fresh is None:
            continue
        a, b, key = fresh
        squares = a * a + b * b
        # No root taken, the numbers added, the squares subtracted instead of added (one decimal, as a root is written).
        mistakes = [squares, a + b, abs(a * a - b * b).sqrt().quantize(Decimal("0.1"))]
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
            claim="root-of-squares")
        return
