"""A formula in symbols with a factor and an offset: "F = C × 9/5 + 32", "C = (F − 32) × 5/9", "T = 4 × n + 20".

Read by the apply family (``families/apply.py``), which asks it through :func:`linear_questions`.  The products
of ``expressions.py`` refuse a sum, so a lesson whose central formula scales and shifts one quantity (converting a
temperature scale, a fare of a fixed charge plus a rate, a line "y = 3 × x + 2" with named quantities) had no
apply item.  Two shapes read one way only, with one input symbol and numbers (a decimal, a whole number or a
fraction "9/5"):

- the offset outside: "R = X × a ± b", "R = a × X ± b", "R = X ÷ a ± b", "R = b + a × X";
- the offset inside brackets: "R = (X ± b) × a", "R = (X ± b) ÷ a", "R = a × (X ± b)".

A factor of 1 or an offset of 0 is a product or a sum, read elsewhere.  The lesson must name both symbols
(``symbols.symbol_names``) or write them as units after its own figures ("32 °F", "273 K": a temperature
lesson's symbols are its scales' signs); each needs a unit, so the question reads as a measurement.  It is
asked only when the lesson's own figures bear the reading out: a value it gives the input (in its unit, or
"X = 25") and a value it gives the result that the formula maps one onto the other ("0 °C" and "32 °F").
The fresh input is a round number the lesson does not write, drawn so the key is whole or has one decimal
place and is no figure of the lesson.  The wrong options are the slips a learner makes with such a formula:
the offset left out, the steps taken in the wrong order (the offset added before scaling, or after it), the
factor turned round (5/9 for 9/5), and the offset's sign reversed.  A relation is asked once: the same formula
rearranged ("C = (F − 32) × 5/9" after "F = C × 9/5 + 32") is not asked again.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .applyitems import apply_candidate, fmt, mistake_options, with_unit
from .candidate import Candidate
from .course import LessonView

_SYMBOL = r"[^\W\d_]"
# "9/5", "1.8", "273.15", "32": a constant; a fraction is one number, not a division to read.
_NUMBER = r"\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?"
_TIMES, _DIVIDE, _SIGN = r"\s*[×*·x]\s*", r"\s*[÷/]\s*", r"\s*(?P<sign>[+−–-])\s*"
_OUTSIDE = (
    # "F = C × 9/5 + 32", "d = t ÷ 4 − 1"
    rf"(?P<x>{_SYMBOL})(?P<op>{_TIMES}|{_DIVIDE})(?P<a>{_NUMBER}){_SIGN}(?P<b>{_NUMBER})",
    # "T = 4 × n + 20", "y = 3x + 2"
    rf"(?P<a>{_NUMBER})(?P<op>{_TIMES}|\s*)(?P<x>{_SYMBOL}){_SIGN}(?P<b>{_NUMBER})",
    # "C = 20 + 0.15 × m": a fixed charge and a rate
    rf"(?P<b>{_NUMBER})\s*(?P<sign>\+)\s*(?P<a>{_NUMBER})(?P<op>{_TIMES}|\s*)(?P<x>{_SYMBOL})",
)
_INSIDE = (
    # "C = (F − 32) × 5/9", "C = (F − 32) ÷ 1.8"
    rf"\(\s*(?P<x>{_SYMBOL}){_SIGN}(?P<b>{_NUMBER})\s*\)(?P<op>{_TIMES}|{_DIVIDE})(?P<a>{_NUMBER})",
    # "C = 5/9 × (F − 32)"
    rf"(?P<a>{_NUMBER})(?P<op>{_TIMES}|\s*)\(\s*(?P<x>{_SYMBOL}){_SIGN}(?P<b>{_NUMBER})\s*\)",
)
_LINE = r"^(?:[^:=]{{1,60}}:\s*)?(?P<result>{symbol})\s*=\s*{expr}\s*[.;]?$"
SHAPES = tuple((re.compile(_LINE.format(symbol=_SYMBOL, expr=e)), False) for e in _OUTSIDE) + tuple(
    (re.compile(_LINE.format(symbol=_SYMBOL, expr=e)), True) for e in _INSIDE)
# A figure and the unit after it: "32 °F", "273.15 K", "−40 °C", "12 m".
_MEASURE = r"(?<![\w.])(?P<minus>[−–-])?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>°\s?[A-Z]|[A-Za-zµΩ]{1,3})(?![\w/²³])"
DRAWS = 24


@dataclass(frozen=True)
class Linear:
    """``result = x × factor + offset`` (offset outside) or ``result = (x + offset) × factor`` (inside)."""

    text: str
    result: str
    symbol: str
    factor: Fraction
    offset: Fraction
    inside: bool

    def value(self, x: Fraction, *, factor: Fraction | None = None, offset: Fraction | None = None,
              inside: bool | None = None) -> Fraction:
        """The formula on ``x``; a slip re-runs it with another factor, offset or order."""
        factor = self.factor if factor is None else factor
        offset = self.offset if offset is None else offset
        inside = self.inside if inside is None else inside
        return (x + offset) * factor if inside else x * factor + offset

    def slips(self, x: Fraction) -> list[Fraction]:
        """The usual mistakes, likeliest first: the offset left out, the steps in the wrong order, the factor
        turned round, the offset's sign reversed."""
        return [self.value(x, offset=Fraction(0)), self.value(x, inside=not self.inside),
                self.value(x, factor=1 / self.factor), self.value(x, offset=-self.offset)]


def _number(text: str) -> Fraction:
    top, _, bottom = text.replace(" ", "").partition("/")
    return Fraction(top) / Fraction(bottom) if bottom else Fraction(top)


def parse_linear(sentence: str) -> Linear | None:
    """The formula a display line states in one of the two shapes, or None."""
    line = sentence.strip().replace("**", "")
    for pattern, inside in SHAPES:
        m = pattern.match(line)
        if not m or m.group("x") == m.group("result"):
            continue
        factor, offset = _number(m.group("a")), _number(m.group("b"))
        if factor == 0 or factor == 1 or offset == 0:
            return None
        if m.group("op").strip() in ("÷", "/"):
            factor = 1 / factor
        if m.group("sign") != "+":
            offset = -offset
        formula = line[m.start("result"):].rstrip(".; ")  # "gives y in terms of x: y = 2x + 1": the label is no part
        return Linear(formula, m.group("result"), m.group("x"), factor, offset, inside)
    return None


def _measures(text: str) -> dict[str, set[Fraction]]:
    """Unit -> the figures the lesson writes in it ("−40 °C" gives "°C": {-40})."""
    found: dict[str, set[Fraction]] = {}
    for m in re.finditer(_MEASURE, text):
        value = Fraction(m.group("n").replace(",", "")) * (-1 if m.group("minus") else 1)
        found.setdefault(m.group("unit").replace(" ", ""), set()).add(value)
    return found


def _unit_of(symbol: str, named: dict[str, tuple[str, str]], measures: dict[str, set[Fraction]]) -> str:
    """The unit of a symbol: the one the lesson names it with, else its own sign written after figures
    ("°F" for F, "K" for K)."""
    unit = named.get(symbol, ("", ""))[1]
    if unit:
        return unit
    # A scale's sign is a capital ("273 K"); "2x" is a coefficient, not 2 of a unit x.
    return next((u for u in (f"°{symbol}", symbol) if u in measures and u[-1].isupper()), "")


def _values(symbol: str, unit: str, text: str, measures: dict[str, set[Fraction]]) -> set[Fraction]:
    """The figures the lesson gives a symbol: in its unit, or "X = 25" in a working."""
    given = set(measures.get(unit, set()))
    for m in re.finditer(rf"(?<![\w]){re.escape(symbol)}\s*=\s*(?P<minus>[−–-])?(?P<n>\d+(?:\.\d+)?)(?![\d.]*\s*[×÷/*+−–-])",
                         text):
        given.add(Fraction(m.group("n")) * (-1 if m.group("minus") else 1))
    return given


def borne_out(linear: Linear, inputs: set[Fraction], results: set[Fraction]) -> bool:
    """The lesson's own figures agree with the reading: one input it gives maps onto one result it gives."""
    return any(round(linear.value(x), 2) in {round(y, 2) for y in results} for x in inputs)


def _fresh(linear: Linear, taken: set[Fraction], figures: set[Fraction], rng: random.Random) -> Fraction | None:
    """A round input the lesson does not write whose key is whole or has one decimal place, is positive and no
    figure of the lesson."""
    step = Fraction(linear.factor.denominator if linear.factor.denominator <= 20 else 1)
    for _ in range(DRAWS):
        x = step * rng.randint(2, 20) * (5 if step == 1 else 1)
        if linear.inside:
            x -= linear.offset
        key = linear.value(x)
        if x > 0 and x not in taken and key > 0 and (key * 10).denominator == 1 and key not in figures:
            return x
    return None


def _decimal(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()


def linear_questions(lesson: LessonView, named: dict[str, tuple[str, str]]) -> Iterator[Candidate]:
    """"The text gives the formula “F = C × 9/5 + 32”. What is F when C = 40 °C?": on a fresh round value."""
    text = ""
    measures: dict[str, set[Fraction]] = {}
    relations: set[frozenset[str]] = set()
    for section, sentence in lesson.sentences:
        linear = parse_linear(sentence) if "=" in sentence else None
        if linear is None or frozenset((linear.result, linear.symbol)) in relations:
            continue  # "C = (F − 32) × 5/9" after "F = C × 9/5 + 32": one relation, asked once
        if not text:  # read once, at the lesson's first formula of this shape
            text = " ".join(s for _, s in lesson.sentences)
            measures = _measures(text)
        unit, result_unit = _unit_of(linear.symbol, named, measures), _unit_of(linear.result, named, measures)
        if not unit or not result_unit:
            continue  # bare numbers of nothing the lesson measures
        inputs = _values(linear.symbol, unit, text, measures)
        if not borne_out(linear, inputs, _values(linear.result, result_unit, text, measures)):
            continue  # the lesson's own figures do not come out by this reading
        x = _fresh(linear, inputs, {v for values in measures.values() for v in values}, random.Random(f"linear:{linear.text}"))
        if x is None:
            continue
        key = _decimal(linear.value(x))
        slips = [_decimal(s) for s in linear.slips(x)]
        distractors = mistake_options([_decimal(x)], key, slips, result_unit)
        if len(distractors) < 2:
            continue
        name = named.get(linear.result, ("", ""))[0]
        asked = f"the {name[:1].lower()}{name[1:]} {linear.result}" if name else linear.result
        legend = ""
        if linear.symbol in named and linear.result in named:
            legend = (f", where {linear.result} is the {named[linear.result][0].lower()} and {linear.symbol} is the "
                      f"{named[linear.symbol][0].lower()}")
        given = with_unit(fmt(_decimal(x)), unit)
        relations.add(frozenset((linear.result, linear.symbol)))
        yield apply_candidate(
            stem=f"The text gives the formula “{linear.text}”{legend}. What is {asked} when {linear.symbol} = {given}?",
            key=with_unit(fmt(key), result_unit), distractors=distractors, formula=linear.text,
            worked=linear.text.split("=", 1)[1].strip().replace(linear.symbol, fmt(_decimal(x))),
            section=section, sentence=sentence)
