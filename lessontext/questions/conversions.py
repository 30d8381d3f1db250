"""A unit conversion the lesson states ("1 kg = 1,000 g", "1 tablespoon = 3 teaspoons"), asked on a fresh amount.

Lessons that measure (a recipe, unit pricing, kinematics, pressure, density, geometry, nutrition: eight
lessons of eight open corpora) state their conversions as "1 <unit> = <factor> <unit>" and then convert with
them ("Since 1 kg = 1000 g, 500 g is 0.5 kg"); no family read them, and a lesson full of such working got one
apply item.  Converting a new amount with the lesson's own factor is an apply item whose key is computed
exactly: "The text gives the conversion 1 kg = 1,000 g. What is 2,500 g in kg?".

Read only when it reads one way: the "1" alone before the first unit, one number then one unit after the
"=" (no working goes on: "1 m² = 100 × 100 = 10,000 cm²" is a working, not a stated factor), no compound
unit ("1 Pa = 1 N/m²" defines a unit, it converts no amount), a factor other than 1 and above it ("1 litre =
0.001 m³" is asked the other way round by no one).  The fresh amount keeps the sizes the lesson writes in
the unit converted from (one of its amounts scaled by a small factor, never one of its own), else a small
multiple of the factor; the key has at most two decimals.  The wrong options are the usual slips: the
factor used the wrong way (multiplied for divided), the decimal point moved once or twice.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import Decimal

from .applyitems import fmt, mistake_options
from .candidate import Candidate
from .course import LessonView
from .rules import APPLY_FORMULA
from .types import QuestionType

_UNIT = r"[A-Za-z]{1,12}[²³]?"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "1 kg = 1,000 g", "1 tablespoon = 3 teaspoons", "1 litre = 1,000 cm³"; not "1 Pa = 1 N/m²", not a working.
CONVERSION = re.compile(
    rf"(?<![\d.,])1 (?P<big>{_UNIT}) = (?P<factor>{_NUMBER}) (?P<small>{_UNIT})(?![\w/²³^])(?!\s*[×÷*/=+−])")
SCALES = ("1.5", "2", "2.5", "3", "4")
MULTIPLES = ("1.5", "2.5", "3", "4", "6", "7.5")
MAX_PLACES = 2
MAX_PER_LESSON = 2
CONFIDENCE = 0.7


def parse_conversion(sentence: str) -> list[tuple[str, Decimal, str]]:
    """(larger unit, factor, smaller unit) of each conversion the sentence states that reads one way."""
    found = []
    for m in CONVERSION.finditer(sentence):
        big, small = m.group("big"), m.group("small")
        factor = Decimal(m.group("factor").replace(",", ""))
        if factor <= 1 or big.lower() == small.lower() or big.lower() in {"in", "of", "to", "is", "and"}:
            continue
        found.append((big, factor, small))
    return found


def plural(unit: str, text: str) -> str:
    """A unit written as a word takes the plural the lesson writes it with ("2.5 tablespoons", "2 litres"); a
    symbol has none ("2.5 kg", "450 kcal"): a word is five letters or more, or the lesson writes its plural."""
    if unit.isalpha() and unit.islower() and not unit.endswith("s") \
            and (len(unit) >= 5 or re.search(rf"\b{re.escape(unit)}s\b", text)):
        return unit + "s"
    return unit


def _amounts(text: str, unit: str) -> list[Decimal]:
    """The amounts the lesson writes in ``unit`` ("500 g", "2 litres"), the conversion's own "1" apart ("0.5 kg" counts)."""
    pattern = rf"(?<![\d.,])({_NUMBER}) {re.escape(unit)}s?(?![\w/²³])"
    values = {Decimal(v.replace(",", "")) for v in re.findall(pattern, text)}
    return sorted(v for v in values if v != 1)


def _places(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)


def fresh_amounts(factor: Decimal, divide: bool, own: list[Decimal], rng: random.Random) -> Iterator[Decimal]:
    """Amounts to convert, near the lesson's own amounts in that unit, whose results have few decimals."""
    choices = [a * Decimal(s) for a in own for s in SCALES] or \
        [(factor if divide else Decimal(1)) * Decimal(m) for m in MULTIPLES]
    rng.shuffle(choices)
    for amount in dict.fromkeys(c.normalize() for c in choices):
        key = amount / factor if divide else amount * factor
        if amount not in own and _places(key) <= MAX_PLACES and _places(amount) <= 2:
            yield amount


def _options(amount: Decimal, key: Decimal, factor: Decimal, divide: bool, unit: str) -> list[str]:
    """The factor used the wrong way round, the decimal point slipped: options that read apart ("2.5 kg" and
    "0.25 kg" read alike to the rubric, so such an amount gives too few)."""
    wrong_way = amount * factor if divide else amount / factor
    if wrong_way >= 1 and _places(wrong_way) > MAX_PLACES:
        wrong_way = wrong_way.quantize(Decimal("0.01"))  # "107.55 kJ" for 450 kcal divided by 4.184
    slips = [key * 10, key / 10, key * 100, key / 100]
    mistakes = [wrong_way, *slips] if _places(wrong_way) <= MAX_PLACES + 1 else slips  # no "0.01 cm"
    return mistake_options([amount], key, mistakes, unit)


def conversion_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"The text gives the conversion 1 kg = 1,000 g. What is 2,500 g in kg?": the lesson's factor on a new amount."""
    seen: set[tuple[str, str]] = set()
    text: str | None = None
    for section, sentence in lesson.sentences:
        if "= " not in sentence or len(seen) >= MAX_PER_LESSON:
            continue
        for big, factor, small in parse_conversion(sentence):
            if (big.lower(), small.lower()) in seen or len(seen) >= MAX_PER_LESSON:
                continue
            seen.add((big.lower(), small.lower()))
            text = text or " ".join(s for _, s in lesson.sentences)
            # Smaller to larger unit when the factor is whole ("What is 2,500 g in kg?"), else larger to smaller.
            divide = factor == factor.to_integral_value() and rng.random() < 0.5
            source, target = (small, big) if divide else (big, small)
            found = next(((a, k, o) for a in fresh_amounts(factor, divide, _amounts(text, source), rng)
                          if len(o := _options(a, k := (a / factor if divide else a * factor).normalize(), factor,
                                               divide, plural(target, text))) >= 3), None)
            if found is None:
                continue
            amount, key, options = found
            stated = f"1 {big} = {fmt(factor)} {small}"
            answer = f"{fmt(key)} {plural(target, text)}"
            yield Candidate(
                type=QuestionType.SINGLE,
                rule=APPLY_FORMULA,
                stem=f"The text gives the conversion {stated}. What is {fmt(amount)} {plural(source, text)} in "
                     f"{plural(target, text)}?",
                key=answer,
                correct=(answer,),
                distractors=tuple(options[:3]),
                kind="quantity:apply",
                original=answer,
                source_anchor=section.anchor,
                source_sentence=sentence,
                explanation=f"By the conversion “{stated}”: {fmt(amount)} {'÷' if divide else '×'} {fmt(factor)} = {answer}.",
                base=CONFIDENCE,
                shown=(sentence,),
                claims=(f"conversion:{stated.lower()}",),
                level="apply",
            )
