"""A trigonometric ratio worked on a right-angled triangle: the lesson states "sin θ = opposite ÷ hypotenuse" and works a
side out with it ("x = 8 × sin 35° = 4.59 cm", "y = 9 ÷ cos 28° = 10.2 m").

Read by the apply family (``families/apply.py``).  A lesson that teaches the three ratios works each example in the
same few steps, and no formula reader took them (a function of an angle, not a product of named quantities): the
trigonometry lesson of test-cc got no apply item, and both raters asked for one.  The lesson's first working whose
arithmetic comes out (its side and angle give the answer it writes, to the figures it writes) is asked again as a
problem on a fresh angle and side: the side it worked out (the ratio's top side, multiplied, or its bottom side,
divided) given the other, with the ratio the lesson states for that function quoted.  The answer is rounded as the
lesson rounds (significant figures or decimal places, three significant figures when it says nothing); the wrong
options are the slips of the method: another ratio used, and the side multiplied where it is divided (or the reverse).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from decimal import Decimal

from .applyitems import apply_item, fmt
from .candidate import Candidate
from .course import LessonView
from .expressions import round_to

_SIDE = r"(?:opposite|adjacent|hypotenuse)"
# "sin θ = opposite ÷ hypotenuse", "Tangent: tan x = opposite / adjacent".
_RATIO = re.compile(rf"\b(?P<f>sin|cos|tan)\s*[θxA-Za-z]?\s*=\s*(?P<top>{_SIDE})(?:\s+side)?\s*[÷/]\s*(?P<bottom>{_SIDE})\b",
                    re.I)
_NUM = r"\d+(?:\.\d+)?"
# "x = 8 × sin 35° = 4.59 cm", "y = 9 ÷ cos 28°" (its answer on a later line: "y = 10.2 m").
_WORKING = re.compile(rf"(?<![\w.])(?P<s>[a-z])\s*=\s*(?P<k>{_NUM})\s*(?P<op>[×÷])\s*(?P<f>sin|cos|tan)\s*(?P<deg>{_NUM})\s*°")
_ANSWER = r"(?<![\w.]){s}\s*=\s*(?P<r>{num})(?![\d.]|\s*[×÷*/+−-])\s*(?P<unit>cm|mm|km|m)?\b"  # not "x = 8 × ..."
ANSWER_AFTER = 3  # lines after the working that may write its answer
_SIG_FIGS = re.compile(r"\b(\d)\s*(?:s\.?\s*f\.?|sig(?:nificant)?\.?\s+fig(?:ure)?s?)", re.I)
_DECIMALS = re.compile(r"\b(\d|one|two|three)\s*(?:d\.?\s*p\.?|decimal\s+places?)", re.I)
_WORD_DIGITS = {"one": 1, "two": 2, "three": 3}
_FUNCTIONS = {"sin": math.sin, "cos": math.cos, "tan": math.tan}
# Fresh angles a school problem uses: none a ratio of 1 or an undefined tangent, none of the lesson's own.
ANGLES = (20, 25, 32, 38, 42, 47, 53, 58, 64, 70)
NEAR = 2  # a fresh side is within this factor of the lesson's
_NAMES = {"opposite": "side opposite θ", "adjacent": "side adjacent to θ", "hypotenuse": "hypotenuse"}


def worked_side(side: float, op: str, function: str, degrees: Decimal) -> float:
    """``side`` multiplied (op "×") or divided (op "÷") by the ratio ``function`` of the angle."""
    ratio = _FUNCTIONS[function](math.radians(float(degrees)))
    return side * ratio if op == "×" else side / ratio


def rounded(value: float, rounding: tuple[str, int]) -> Decimal:
    """``value`` to ``rounding``: ("sf", 3) significant figures or ("dp", 1) decimal places."""
    kind, n = rounding
    return round_to(Decimal(repr(value)), n if kind == "dp" else n - 1 - math.floor(math.log10(abs(value))))


def lesson_rounding(text: str) -> tuple[str, int]:
    """How the lesson rounds its answers: "(3 s.f.)", "to 1 decimal place"; three significant figures if it says not."""
    figures, decimals = _SIG_FIGS.search(text), _DECIMALS.search(text)
    if figures and (not decimals or figures.start() < decimals.start()):
        return "sf", int(figures.group(1))
    if decimals:
        word = decimals.group(1).lower()
        return "dp", _WORD_DIGITS.get(word) or int(word)
    return "sf", 3


def ratios(lesson: LessonView) -> dict[str, tuple[str, str]]:
    """The ratios the lesson states, by function: "sin" -> ("opposite", "hypotenuse")."""
    found: dict[str, tuple[str, str]] = {}
    for _, sentence in lesson.sentences:
        for m in _RATIO.finditer(sentence):
            found.setdefault(m.group("f").lower(), (m.group("top").lower(), m.group("bottom").lower()))
    return found


def _written_answer(working: re.Match[str], lines: list[str]) -> str | None:
    """The unit ("" for none) of the first answer to ``working`` that ``lines`` write ("x = 4.59 cm"), when its
    side and angle give it to the figures written; None when no line writes it."""
    value = worked_side(float(working.group("k")), working.group("op"), working.group("f"), Decimal(working.group("deg")))
    answer = re.compile(_ANSWER.format(s=re.escape(working.group("s")), num=_NUM))
    for line in lines:
        for found in answer.finditer(line):
            written = Decimal(found.group("r"))
            places = max(0, -written.as_tuple().exponent)
            if written > 0 and abs(Decimal(repr(value)) - written) <= Decimal(1).scaleb(-places):
                return found.group("unit") or ""
    return None


def workings(lesson: LessonView) -> Iterator[tuple[object, str, re.Match[str], str]]:
    """(section, sentence, the working, its unit) of each working whose answer, written on its line or within
    ``ANSWER_AFTER`` lines of its section, is what its side and angle give, to the figures written."""
    sentences = lesson.sentences
    for at, (section, sentence) in enumerate(sentences):
        lines = [later for later_section, later in sentences[at:at + 1 + ANSWER_AFTER] if later_section is section]
        for m in _WORKING.finditer(sentence):
            unit = _written_answer(m, lines)
            if unit is not None:
                yield section, sentence, m, unit


def trig_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"Using the text's ratio “sin θ = opposite ÷ hypotenuse”: a right-angled triangle has a hypotenuse of 12 cm and
    an angle of 40°. How long is the side opposite the angle, to 3 significant figures?": one a lesson."""
    stated = ratios(lesson)
    if not stated:
        return
    text = " ".join(s for _, s in lesson.sentences)
    rounding = lesson_rounding(text)
    used = {Decimal(m.group(1)) for m in re.finditer(rf"({_NUM})\s*°", text)}
    for section, sentence, m, unit in workings(lesson):
        function, op = m.group("f"), m.group("op")
        if function not in stated:
            continue
        top, bottom = stated[function]
        given, asked = (bottom, top) if op == "×" else (top, bottom)
        rng = random.Random(f"trig:{m.group(0)}")
        side = Decimal(m.group("k"))
        angle = Decimal(rng.choice([a for a in ANGLES if Decimal(a) not in used]))
        sizes = [Decimal(n) for n in range(max(2, int(side / NEAR)), int(side * NEAR) + 1) if Decimal(n) != side]
        if not sizes:
            continue
        fresh = rng.choice(sizes)
        key_value = rounded(worked_side(float(fresh), op, function, angle), rounding)
        # another ratio, and the side multiplied where it is divided (or the reverse)
        slips = [worked_side(float(fresh), op, f, angle) for f in _FUNCTIONS if f != function]
        slips.append(worked_side(float(fresh), "÷" if op == "×" else "×", function, angle))
        suffix = f" {unit}" if unit else ""
        key = f"{key_value:f}{suffix}"  # "8.70 cm": the figures the rounding keeps, a final zero too
        distractors = list(dict.fromkeys(f"{rounded(v, rounding):f}{suffix}" for v in slips if v > 0))
        distractors = [d for d in distractors if d != key]
        if len(distractors) < 2:
            continue
        how = f"{rounding[1]} significant figure{'s' if rounding[1] > 1 else ''}" if rounding[0] == "sf" \
            else f"{rounding[1]} decimal place{'s' if rounding[1] > 1 else ''}"
        ratio = f"{function} θ = {top} ÷ {bottom}"
        stem = (f"Using the text's ratio “{ratio}”: in a right-angled triangle with an angle θ of {fmt(angle)}°, the "
                f"{_NAMES[given]} is {fmt(fresh)}{suffix} long. How long is the {_NAMES[asked]}, to {how}?")
        working = f"{fmt(fresh)} {op} {function} {fmt(angle)}°"
        yield apply_item(section=section, sentence=sentence, key=key, distractors=distractors, stem=stem,
                         explanation=f"By “{ratio}”: {_NAMES[asked]} = {working} = {key} (to {how}).",
                         claim=f"trig:{function}")
        return
