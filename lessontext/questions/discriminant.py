"""The discriminant of a quadratic asked on a fresh equation: "How many different real solutions does 2x² + 3x + 5 = 0 have?".

Read by the apply family (``families/apply.py``).  A maths lesson that names b² − 4ac the discriminant and works it
with figures ("b² − 4ac = 36 − 36 = 0, so there is one repeated solution") teaches the rule its sign gives: positive,
two different real solutions; zero, one repeated solution; negative, none.  The rule is asked on a fresh equation of
small whole coefficients that the lesson does not write, the key computed; the wrong options are the other two cases.
Only a lesson that names the discriminant, writes b² − 4ac and works it on numbers is read (test-cs: a lesson on the
quadratic formula, with worked examples and a section on the discriminant, got no apply item).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from .applyitems import apply_item, signed, written_terms
from .candidate import Candidate
from .course import LessonView

_EXPRESSION = r"b\s*(?:²|\^2)\s*[−-]\s*4\s*ac"
_NAMED = re.compile(rf"{_EXPRESSION}.{{0,80}}\bdiscriminant\b|\bdiscriminant\b.{{0,80}}{_EXPRESSION}", re.I)
# "b² − 4ac = 5² − 4 × 2 × (−3) = 49": the lesson works the discriminant with figures.
_WORKED = re.compile(rf"{_EXPRESSION}\s*=\s*[^=]*\d[^=]*=\s*[−-]?\d")
CASES = ("2", "1", "0")  # (as counts: worded, the three cases read alike to the synonym check)
_TOLD = ("two different real solutions", "one repeated solution", "no real solutions")
_SIGN = ("positive", "zero", "negative")
LEADING = (1, 1, 2, 3)
TRIES = 50


def equation(a: int, b: int, c: int) -> str:
    """"2x² + 3x − 5 = 0", "x² − x + 4 = 0": as a lesson writes a quadratic in standard form."""
    return f"{written_terms([(a, 'x²'), *([(b, 'x')] if b else [])], c)} = 0"


def _case(a: int, b: int, c: int) -> int:
    d = b * b - 4 * a * c
    return 0 if d > 0 else 1 if d == 0 else 2


def fresh(rng: random.Random, avoid: str) -> tuple[int, int, int] | None:
    """Small whole coefficients with a leading one, each of the three cases as likely, an equation ``avoid`` lacks."""
    case = rng.randrange(3)
    for _ in range(TRIES):
        a = rng.choice(LEADING)
        if case == 1:
            root = rng.choice((1, 2, 3, 4, 5)) * rng.choice((1, -1))  # a(x − r)²: b = −2ar, c = ar²
            b, c = -2 * a * root, a * root * root
        else:
            b = rng.choice([n for n in range(-9, 10) if n])
            c = rng.choice([n for n in range(-12, 13) if n])
        if _case(a, b, c) == case and equation(a, b, c) not in avoid:
            return a, b, c
    return None


def _bracketed(n: int) -> str:
    return f"(−{-n})" if n < 0 else str(n)


def discriminant_questions(lesson: LessonView) -> Iterator[Candidate]:
    """One item a lesson: the number of real solutions of a fresh quadratic, by the discriminant's sign."""
    text = " ".join(sentence for _, sentence in lesson.sentences)
    if not _WORKED.search(text):
        return
    named = next(((section, sentence) for section, sentence in lesson.sentences if _NAMED.search(sentence)), None)
    coefficients = fresh(random.Random(f"discriminant:{lesson.document.title}"), text) if named else None
    if coefficients is None:
        return
    a, b, c = coefficients
    case, d = _case(a, b, c), b * b - 4 * a * c
    section, sentence = named
    yield apply_item(
        section=section, sentence=sentence, key=CASES[case], distractors=[k for k in CASES if k != CASES[case]],
        stem=f"Using the discriminant, b² − 4ac, how many different real solutions does {equation(a, b, c)} have?",
        explanation=f"b² − 4ac = {_bracketed(b)}² − 4 × {a} × {_bracketed(c)} = {b * b} − {_bracketed(4 * a * c)} = "
                    f"{signed(d)}, which is {_SIGN[case]}: {_TOLD[case]}.",
        claim="discriminant")
