"""A product whose quantities the lesson names with their units in brackets, worked in steps: "cost = power (kW) ×
time (hours) × price per kWh", then "3 kW × 0.1 hours = 0.3 kWh" and "0.3 kWh × 25p = 7.5p".

Read by the apply family (``families/apply.py``).  A lesson that states a formula in words often writes each
quantity's unit after its name, in brackets ("distance (km) = speed (km/h) × time (hours)"), so that the reader
converts first; the brackets made the formula unreadable to ``formulas.parse_formula`` (a name is letters only), and
such a lesson got no apply item.  Its worked examples multiply the factors one step at a time, the first product
carried into the next line ("3 kW × 0.1 hours = 0.3 kWh" then "0.3 kWh × 25p = 7.5p"), never as one line.

The formula is asked only when the lesson's own working bears the reading out: a working (one line for two factors,
two chained lines for three) whose arithmetic holds and whose figures carry the units the brackets give, in the
formula's order.  The fresh values are the first working's, each scaled by a small factor and kept within the sizes
the lesson's workings give that quantity; a value every working uses alike (a price per unit, a constant) stays as
it is.  When the lesson converts a value just before its working ("3,000 W ÷ 1,000 = 3 kW"), the question gives that
value in the unit it converts from, and the wrong options begin with the slip of leaving it unconverted; then a
factor left out (of two, the factors added or divided) and the decimal point slipped.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import product

from .applyitems import apply_item, asked_quantity, fmt, listed, mistake_options, with_unit
from .candidate import Candidate
from .course import LessonView
from .worked import decimal_places, number, product_mistakes

_NAME = r"[A-Za-z][A-Za-z'’ -]{0,40}?"
_BRACKET_UNIT = r"\((?P<unit>[^()\s]{1,10})\)"
_PART = re.compile(rf"^(?P<name>{_NAME})\s*(?:{_BRACKET_UNIT})?$")
MAX_NAME_WORDS = 5
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_UNIT = r"(?:\s*(?P<u{n}>(?!(?:and|or|so|to|of|in|the|which|is)\b)[A-Za-z£$€][A-Za-z/²³-]{{0,10}}))?"
# "3 kW × 0.1 hours = 0.3 kWh", "0.3 kWh × 25p = 7.5p": one product step of a working.
_STEP = re.compile(
    rf"(?<![\d.,])(?P<a>{_NUM}){_UNIT.format(n='a')}\s*[×x*]\s*(?P<b>{_NUM}){_UNIT.format(n='b')}\s*=\s*"
    rf"(?P<c>{_NUM}){_UNIT.format(n='c')}")
# "3,000 W ÷ 1,000 = 3 kW": a conversion of a value into the unit the formula asks for.
_CONVERSION = re.compile(
    rf"(?<![\d.,])(?P<a>{_NUM})\s*(?P<ua>[A-Za-z]{{1,8}})\s*÷\s*(?P<k>10|100|1,000|60|3,600)\s*=\s*(?P<c>{_NUM})\s*"
    rf"(?P<uc>[A-Za-z]{{1,8}})")
_CURRENCY_FIRST = re.compile(r"([£$€])(\d[\d,]*(?:\.\d+)?)")
# How many lines a working's second step may follow its first, and a conversion come before it.
NEXT_STEP = 2
CONVERTED_BEFORE = 3
SCALES = ("2", "3", "4", "5", "1.5")
# A fresh value stays within this factor of the smallest and largest the lesson's workings give its quantity.
SIZE_RANGE = Decimal(2)


@dataclass(frozen=True)
class Working:
    """One worked case of the formula: its factors with their units, its result and the result's unit."""

    values: tuple[Decimal, ...]
    units: tuple[str, ...]
    result: Decimal
    unit: str
    line: int  # where the working starts


def _same_unit(a: str, b: str) -> bool:
    return a.lower().rstrip("s") == b.lower().rstrip("s")


def parse_bracketed(sentence: str) -> tuple[str, list[str], list[str], str] | None:
    """(result, factors, their bracketed units, the result's) of a product "result = a (u) × b (v) [× c]" with at
    least two units in brackets, or None."""
    text = sentence.strip().rstrip(".")
    left, _, right = text.partition("=")
    if not right or "=" in right:
        return None
    parts = [p.strip() for p in re.split(r"\s*[×*]\s*", right.strip())]
    if not 2 <= len(parts) <= 3:
        return None
    found = [_PART.match(p) for p in [left.strip(), *parts]]
    if any(m is None for m in found):
        return None
    names = [m.group("name").strip() for m in found]
    units = [m.group("unit") or "" for m in found]
    if sum(bool(u) for u in units[1:]) < 2 or any(not n or len(n.split()) > MAX_NAME_WORDS for n in names):
        return None
    if len({n.lower() for n in names}) != len(names) or any(re.fullmatch(r"[A-Za-z]", n) for n in names):
        return None  # one-letter symbols are another reading's (``symbols.py``)
    return names[0], names[1:], units[1:], units[0]


def _steps(sentences: list[tuple[object, str]], start: int) -> list[tuple[int, re.Match]]:
    """Every product step whose arithmetic holds, from ``sentences[start]`` on, with its line."""
    found = []
    for j in range(start, len(sentences)):
        line = _CURRENCY_FIRST.sub(r"\2\1", sentences[j][1])
        for m in _STEP.finditer(line):
            a, b, c = (number(m.group(g)) for g in "abc")
            if None not in (a, b, c) and a > 0 and b > 0 and abs(a * b - c) <= c * Decimal("0.01"):
                found.append((j, m))
    return found


def workings(sentences: list[tuple[object, str]], at: int, units: list[str]) -> list[Working]:
    """The lesson's workings of the formula at ``sentences[at]`` whose figures carry its bracketed ``units``."""
    steps = _steps(sentences, at + 1)
    found = []
    for i, (j, first) in enumerate(steps):
        chain = [first]
        if len(units) == 3:
            # The first product carried into the next step: "= 0.3 kWh" then "0.3 kWh × 25p".
            follow = next((m for k, m in steps[i + 1:] if k - j <= NEXT_STEP and m.group("a") == first.group("c")
                           and _same_unit(m.group("ua") or "", first.group("uc") or "")), None)
            if follow is None:
                continue
            chain.append(follow)
        shown = [first.group("ua") or "", first.group("ub") or ""] + [m.group("ub") or "" for m in chain[1:]]
        if not all(_same_unit(s, u) for s, u in zip(shown, units) if u):
            continue  # not this formula's figures, or not in its order
        values = [number(first.group("a")), number(first.group("b"))] + [number(m.group("b")) for m in chain[1:]]
        found.append(Working(tuple(values), tuple(u or s for s, u in zip(shown, units)),
                             number(chain[-1].group("c")), chain[-1].group("uc") or "", j))
    return found


def _conversion(sentences: list[tuple[object, str]], working: Working) -> tuple[int, Decimal, str] | None:
    """(factor, divisor, unit converted from) when the lesson converts one of the working's values into the unit the
    formula asks for on a line just before it ("3,000 W ÷ 1,000 = 3 kW")."""
    for j in range(max(0, working.line - CONVERTED_BEFORE), working.line):
        for m in _CONVERSION.finditer(sentences[j][1]):
            value, unit = number(m.group("c")), m.group("uc")
            for i, (v, u) in enumerate(zip(working.values, working.units)):
                if v == value and _same_unit(u, unit) and not _same_unit(m.group("ua"), unit):
                    return i, number(m.group("k")), m.group("ua")
    return None


def _fresh(found: list[Working], rng: random.Random) -> tuple[list[Decimal], Decimal] | None:
    """Fresh factors: the first working's scaled under its kind and the lesson's sizes, a value every working shares
    kept; the key a new one, with no more decimals than the lesson's results."""
    base = found[0]
    shared = [len(found) > 1 and len({w.values[i] for w in found}) == 1 for i in range(len(base.values))]
    sizes = [(min(w.values[i] for w in found), max(w.values[i] for w in found)) for i in range(len(base.values))]
    places = max(decimal_places(w.result) for w in found)
    results = {w.result for w in found} | {v for w in found for v in w.values}
    choices = []
    for factors in product(*[("1",) if keep else SCALES for keep in shared]):
        if all(f == "1" for f in factors):
            continue
        values = [v * Decimal(f) for v, f in zip(base.values, factors)]
        if not all(_keeps(v, like, low, high) for v, like, (low, high) in zip(values, base.values, sizes)):
            continue
        key = Decimal(1)
        for v in values:
            key *= v
        if decimal_places(key) <= places and key.normalize() not in {r.normalize() for r in results}:
            choices.append((values, key.normalize()))
    return rng.choice(choices) if choices else None


def _keeps(value: Decimal, like: Decimal, low: Decimal, high: Decimal) -> bool:
    if like == like.to_integral_value() and value != value.to_integral_value():
        return False  # a whole number stays whole
    return decimal_places(value) <= decimal_places(like) + (like < 1) and low / SIZE_RANGE <= value <= high * SIZE_RANGE


def stepwise_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"The text gives the formula “cost = power (kW) × time (hours) × price per kWh”. What is the cost when power =
    2,000 W, time = 4 hours and price per kWh = 25p?": one item per formula, on fresh values."""
    for at, (section, sentence) in enumerate(lesson.sentences):
        if "=" not in sentence or "(" not in sentence:
            continue
        parsed = parse_bracketed(sentence)
        if parsed is None:
            continue
        result, names, units, result_unit = parsed
        found = workings(lesson.sentences, at, units)
        if not found:
            continue  # no working of the lesson bears this reading out
        base = found[0]
        unit = result_unit or base.unit
        if any(w.unit != base.unit for w in found) and not result_unit:
            continue  # the result's unit is not the lesson's one
        rng = random.Random(f"stepwise:{sentence}")
        fresh = _fresh(found, rng)
        if fresh is None:
            continue
        values, key = fresh
        shown = [with_unit(fmt(v), u) for v, u in zip(values, base.units)]
        slips: list[Decimal] = []
        working = " × ".join(fmt(v) for v in values)
        converted = _conversion(lesson.sentences, base)
        if converted is not None:
            i, divisor, from_unit = converted
            shown[i] = with_unit(fmt(values[i] * divisor), from_unit)
            slips.append(key * divisor)  # the value left in the unit it was given in
            working = f"{shown[i]} ÷ {fmt(divisor)} = {with_unit(fmt(values[i]), base.units[i])}; {working}"
        slips += [*product_mistakes(values, key), key * 100]
        distractors = mistake_options(values, key, slips, unit)
        if len(distractors) < 3:
            continue
        given = listed([f"{n} = {s}" for n, s in zip(names, shown)])
        formula = sentence.strip().rstrip(".")
        key_text = with_unit(fmt(key), unit)
        yield apply_item(
            stem=f"The text gives the formula “{formula}”. What is the {asked_quantity(result)} when {given}?",
            key=key_text, distractors=distractors, section=section, sentence=sentence,
            explanation=f"By the formula “{formula}”: {working} = {key_text}.", claim=f"formula:{formula.lower()}")
