"""The form of an apply item (its candidate, its numbers and options as shown) and the percentage questions.

Read by the apply family (``families/apply.py``), which asks a formula on fresh numbers; kept apart so
that each module stays short.  A percentage share or change reads one way and is asked as the family's
docstring says: on the sizes, units, rounding and percent sign of its worked example when the lesson
works it ("(54 ÷ 274) × 100 ≈ 19.7%", ``worked.percentage_example``), else on fresh round numbers.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from rapidfuzz import fuzz

from .candidate import Candidate
from .course import LessonView
from .formulas import compute_percentage, parse_formula, parse_percentage
from .pairs import length_ok
from .rubric import MAX_STEM_WORDS
from .rules import APPLY_FORMULA
from .shares import fresh_share, percentage_example
from .text import is_plural, norm_phrase, word_count
from .types import QuestionType
from .worked import CURRENCIES

CONFIDENCE = {APPLY_FORMULA: 0.7}

MAX_OPTION_UNIT = 6
UNIT_WORDS = frozenset({"a", "an", "in", "to", "of", "at"})
FAR = 10_000  # a wrong option this many times off the key is no slip anyone makes ("94,260,000 MPa")
DRAWS = 5  # fresh numbers drawn from a worked example until three wrong options read apart


def apply_candidate(*, stem: str, key: str, distractors: list[str], formula: str, worked: str, section, sentence: str) -> Candidate:
    """An apply question: ``formula`` re-run on fresh numbers (``worked`` shows the sum) with its computed ``key``."""
    return apply_item(stem=stem, key=key, distractors=distractors, section=section, sentence=sentence,
                      explanation=f"By the formula “{formula}”: {worked} = {key}.", claim=f"formula:{formula.lower()}")


def apply_item(*, stem: str, key: str, distractors: list[str], explanation: str, claim: str, section,
               sentence: str) -> Candidate:
    """A single-answer apply item on the lesson's own working (a formula, a conversion, a chained sum): its
    computed ``key``, at most three mistaken options, and the ``claim`` that keeps a quiz to one item per working."""
    return Candidate(
        type=QuestionType.SINGLE,
        rule=APPLY_FORMULA,
        stem=stem,
        key=key,
        correct=(key,),
        distractors=tuple(distractors[:3]),
        kind="quantity:apply",
        original=key,
        source_anchor=section.anchor,
        source_sentence=sentence,
        explanation=explanation,
        base=CONFIDENCE[APPLY_FORMULA],
        shown=(sentence,),
        claims=(claim,),
        level="apply",
    )


def percentage_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"What is <result> when <part> = 60 and <whole> = 400?": a percentage formula on fresh numbers."""
    seen: set[str] = set()
    for at, (section, sentence) in enumerate(lesson.sentences):
        if "100" not in sentence or "(" not in sentence:
            continue
        parsed = parse_percentage(sentence)
        needs_example = parsed is None
        if parsed is None:
            parsed = parse_percentage(sentence, long=True)
            if parsed is None or parsed[2] != "share":
                continue
        result, names, shape = parsed
        a, b = names
        formula = f"{result} = ({a} ÷ {b}) × 100" if shape == "share" else f"{result} = ({a} − {b}) ÷ {b} × 100"
        if result.lower() in seen:
            continue  # "efficiency = (E useful out ÷ E total in) × 100%" after "(useful power out ÷ ...)": one is asked
        seen.add(result.lower())
        example = percentage_example(lesson.sentences, at, _states_formula, result) if shape == "share" else None
        if example is not None:
            found = _share_from_example(example, names, formula, section, sentence, rng)
            if found is not None:
                yield found
            continue
        if needs_example:
            continue
        values, key, mistakes = compute_percentage(shape, rng)
        shown_key, distractors = _percent_options(key, mistakes, "%", values)
        if len(distractors) < 2:
            continue
        given = listed([f"{n} = {fmt(v)}" for n, v in zip(names, values)])
        worked = (f"({fmt(values[0])} ÷ {fmt(values[1])}) × 100" if shape == "share"
                  else f"({fmt(values[0])} − {fmt(values[1])}) ÷ {fmt(values[1])} × 100")
        yield apply_candidate(
            stem=f"The text gives the formula “{formula}”. What is the {lower_first(result)} when {given}?",
            key=shown_key, distractors=distractors, formula=formula, worked=worked, section=section, sentence=sentence,
        )


def _percent_options(key, mistakes, unit: str, values) -> tuple[str, list[str]]:
    """The key as shown and the typical mistakes that differ from it, from each other and from the inputs."""
    shown_key = f"{fmt(key)}{unit}"
    inputs = {fmt(v) for v in values}
    distractors: list[str] = []
    taken = [norm_phrase(shown_key)]
    for m in mistakes:
        option = f"{fmt(m)}{unit}"
        if m > 0 and m != key and fmt(m) not in inputs and _unlike(norm_phrase(option), taken):
            distractors.append(option)
            taken.append(norm_phrase(option))
    return shown_key, distractors


def _states_formula(line: str) -> bool:
    """The line states a formula in words (the next one: a worked example after it belongs to it)."""
    return "=" in line and (parse_formula(line) is not None or parse_formula(line, long=True) is not None
                            or parse_percentage(line) is not None or parse_percentage(line, long=True) is not None
                            or re.match(r"^[A-Za-z][A-Za-z ]{2,60}=\s*\(+\s*[A-Za-z]", line.strip()) is not None)


def _share_from_example(example, names: list[str], formula: str, section, sentence: str,
                        rng: random.Random) -> Candidate | None:
    """A percentage share asked on the sizes of its worked example: its units, its rounding, its "%" or none
    (a price index is a bare number).  The wrong options: the fraction not multiplied by 100, the quotient
    turned round, the rest of the whole (a percentage below 100 only), the decimal point slipped."""
    fresh = fresh_share(example, rng)
    if fresh is None:
        return None
    values, key, rounded = fresh
    step = Decimal(1).scaleb(-example.places)
    part, whole = values
    mistakes = [key / 100, (whole / part * 100).quantize(step, rounding=ROUND_HALF_UP), *([100 - key] if example.unit and key < 100 else []),
                key * 10, key / 10]
    shown_key, distractors = _percent_options(key, mistakes, example.unit, values)
    if len(distractors) < 2:
        return None
    given = listed([f"{n} = {with_unit(fmt(v), u)}" for n, v, u in zip(names, values, example.units)])
    rounding = ""
    if rounded:
        rounding = (f" Give the answer to {example.places} decimal place{'s' if example.places > 1 else ''}."
                    if example.places else " Give the answer to the nearest whole number.")
    result = formula.split(" = ")[0]
    stem = f"The text gives the formula “{formula}”. What is the {lower_first(result)} when {given}?"
    if word_count(stem + rounding) > MAX_STEM_WORDS:
        stem = f"By the text's formula, what is the {lower_first(result)} when {given}?"
    return apply_candidate(stem=stem + rounding, key=shown_key, distractors=distractors, formula=formula,
                      worked=f"({fmt(part)} ÷ {fmt(whole)}) × 100", section=section, sentence=sentence)


def listed(parts: list[str]) -> str:
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def lower_first(name: str) -> str:
    """"Moles of HCl used" -> "moles of HCl used": only a capital that opens a sentence goes ("U-value" keeps its
    letter)."""
    first = name.split()[0]
    return name[:1].lower() + name[1:] if first[1:].islower() and first[1:2] != "-" else name


def asked_quantity(result: str) -> str:
    """The quantity as the question asks for it, agreeing in number: "What is the {this}".

    A plural head ("moles of HCl used", "Moles") is a count: "the number of moles of HCl used".
    """
    if " " not in result and (len(result) < 3 or any(c.isupper() for c in result[1:])):
        return result  # an abbreviation ("Rf", "pH"): as written
    name = lower_first(result)
    toks = name.split()
    if "in" in toks[1:]:  # "real distance in centimetres": the unit is no head
        toks = toks[:toks.index("in", 1)]
    head = toks[toks.index("of") - 1] if "of" in toks[1:] else toks[-1]
    if head.isalpha() and head.islower() and is_plural(head):
        return f"number of {name}"
    return name


def compact_stem(formula: str, asked: str, given: list[tuple[str, str, str]]) -> str:
    """"Using “E = m × c × ΔT”, what is the energy E when the mass m = 4 kg, ...?": each symbol named once, at its value.

    A formula in three or more named symbols, asked with a legend and then the values, names each symbol twice
    and runs past the rubric's 40 words (a heat lesson's "E = m x c x ΔT": 44), so the item was refused.  Here
    each quantity is named in words with its symbol, value and unit in one place.  ``given``: (symbol, name, value
    with its unit) per quantity given; ``asked``: the result as the question asks it ("the energy E").
    """
    values = listed([f"the {lower_first(name)} {symbol} = {value}" if name else f"{symbol} = {value}"
                     for symbol, name, value in given])
    return f"Using “{formula}”, what is {asked} when {values}?"


def symbols_stem(formula: str, result: str, named: dict[str, tuple[str, str]], per: str,
                 given: list[tuple[str, str]], rounding: str) -> str:
    """The stem of a formula in symbols the lesson names: with a legend, else the names in brief, else compact.

    ``given``: (symbol, value with its unit) per quantity given; ``per``: a long unit for the result (", in J,").
    """
    asked = f"{lower_first(named[result][0])} {result}"
    values = listed([f"{x} = {value}" for x, value in given])
    legend = listed([f"{x} is the {lower_first(named[x][0])}" for x in (result, *(x for x, _ in given))])
    stem = f"The text gives the formula “{formula}”, where {legend}. What is the {asked}{per} when {values}?"
    if word_count(stem + rounding) > MAX_STEM_WORDS:
        # Several named symbols: the names in brief, then the question on the result's symbol.
        brief = listed([f"{x} the {lower_first(named[x][0])}" for x in (result, *(x for x, _ in given))])
        stem = f"By the text's formula “{formula}”, with {brief}, what is {result}{per} when {values}?"
    if word_count(stem + rounding) > MAX_STEM_WORDS:
        stem = compact_stem(formula, f"the {asked}{per}", [(x, named[x][0], value) for x, value in given])
    return stem


def _unlike(text: str, taken: list[str], *, exact: bool = False) -> bool:
    """Reads unlike every option taken, as the rubric compares options ("0.032" and "0.32" read alike); ``exact``:
    only another text is unlike (figures in standard form)."""
    return all(text != t and (exact or fuzz.ratio(text, t) < 92) for t in taken)


def with_unit(number: str, unit: str) -> str:
    if unit in CURRENCIES:
        return f"{unit}{number}"
    if unit in ("p", "°"):
        return f"{number}{unit}"  # pence and degrees are written against the figure ("24.50p", "540°")
    return f"{number} {unit}" if unit else number


def signed(value: int) -> str:
    """A whole number as a lesson writes it alone: "−3", "5"."""
    return f"−{-value}" if value < 0 else str(value)


def written_terms(terms: list[tuple[int, str]], constant: int | None) -> str:
    """"3x − 2y", "2x² + x − 5": coefficients of 1 unwritten, signs as the lesson writes them."""
    out = ""
    for factor, name in terms + ([(constant, "")] if constant else []):
        size = str(abs(factor)) if abs(factor) != 1 or not name else ""
        if not out:
            out = f"{'−' if factor < 0 else ''}{size}{name}"
        else:
            out += f" {'−' if factor < 0 else '+'} {size}{name}"
    return out


def fmt(value: Decimal) -> str:
    """A number as the stem shows it: thousands separated, no trailing zeros."""
    text = f"{value.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def mistake_options(values: list[Decimal], key: Decimal, mistakes: list[Decimal], unit: str,
                    show: Callable[[Decimal], str] = fmt) -> list[str]:
    """The mistakes' results as options: positive, none an input, none like another, none much longer; each written as
    ``show`` writes a number (in standard form, for a key so written)."""
    inputs = {show(v) for v in values}
    distractors: list[str] = []
    # "1.5" and "15" read alike once normalised: one only (figures in standard form differ by their powers alone)
    standard = "×" in show(key)
    normal = (lambda text: text) if standard else norm_phrase
    taken = [normal(with_unit(show(key), unit))]
    for m in mistakes:
        text = show(m)
        option = with_unit(text, unit)
        if m > 0 and text not in inputs and _unlike(normal(option), taken, exact=standard) and length_ok(text, show(key)) \
                and key / FAR <= m <= key * FAR:
            distractors.append(option)
            taken.append(normal(option))
    return distractors
