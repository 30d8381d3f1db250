"""A summary of a data set worked out in the lesson (its median, mean, mode, range or interquartile range), asked
again on a fresh data set.

Read by the apply family (``families/apply.py``).  A statistics lesson works its averages and spreads on a list of
values ("12, 5, 18, 3, 9, 15, 6, 21, 10, 8, 13" … "Step 6: IQR = 15 − 6 = 9 goals"); no formula reader took them (a
median is a method, not a product of named quantities), and the quartiles lesson of test-cd got no apply item at all.
A statistic counts as worked when a sentence of the section names it after a list of at least four values and the
figure it gives ("the median is the 6th value, which is 10", "the range is 40 − 4 = £36") is what the list gives, to
the figures written.  Quartiles are read by the convention the lesson's own examples bear out (the median left out
of both halves of an odd number of values, or kept in both); a lesson whose examples bear out neither gets no
quartile item.  One item a lesson, on the statistic it works that a pupil finds hardest (the interquartile range
before the median, the median before the mean): a fresh list of the same length (so of the same odd or even count),
its values of the sizes the lesson's list has, not in order.  Its wrong options are the slips of the method: the
data left unordered, the position given for the value, the range for the interquartile range, the count of the mode
for the mode.  A unit is the lesson's: "£" before its figure, or the word after it ("9 goals") when the section
counts in it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from statistics import median, multimode

from .applyitems import apply_item, fmt
from .candidate import Candidate
from .conversions import shown_as
from .course import LessonView

_VALUE = r"(?<![\w.£$€])[£$€]?\d+(?:\.\d+)?(?![\w£$€]|\.\d)"
# At least four values, by commas or a closing "and": "4, 7, 5, 9 and 5".
_LIST = re.compile(rf"{_VALUE}(?:\s*,\s*{_VALUE}){{2,}}(?:\s*,?\s*(?:,|and)\s*{_VALUE})")
_NUMBER = re.compile(r"(?P<cur>[£$€])?(?P<n>(?<![\w.])\d+(?:\.\d+)?)(?![\w£$€]|\.\d)(?:\s+(?P<word>[a-z]+))?")
# By preference: the statistic a pupil finds hardest is asked when the lesson works several.
_NAMES = {
    "interquartile range": r"\binterquartile range\b|\bIQR\b",
    "median": r"\bmedian\b(?! of the (?:lower|upper|first|second|bottom|top) half)",
    "mean": r"\bmean\b",
    "mode": r"\bmode\b",
    "range": r"(?<!interquartile )\brange\b",
}
_ANY_NAME = re.compile("|".join(f"(?:{p})" for p in _NAMES.values()) + r"|\bLQ\b|\bUQ\b|\bquartile", re.I)
_CURRENCY_WORDS = {"£": "pounds", "$": "dollars", "€": "euros"}
MIN_VALUES, MAX_VALUES = 5, 15  # a list to work by hand: none shorter than five, none longer than fifteen
DRAWS = 60
_ORDINALS = {5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


def quartiles(values: list[Decimal], keep_median: bool) -> tuple[Decimal, Decimal]:
    """The lower and upper quartile as medians of the halves; an odd count's median left out of both halves, or
    kept in both (``keep_median``)."""
    ordered = sorted(values)
    half, odd = len(ordered) // 2, len(ordered) % 2
    return median(ordered[:half + (odd and keep_median)]), median(ordered[half + (odd and not keep_median):])


def mode(values: list[Decimal]) -> Decimal | None:
    """The one most frequent value; None when two or more are as frequent or none repeats."""
    modes = multimode(values)
    return modes[0] if len(modes) == 1 and values.count(modes[0]) > 1 else None


def statistic(name: str, values: list[Decimal], keep_median: bool = False) -> Decimal | None:
    if name == "median":
        return median(values)
    if name == "mean":
        return sum(values) / len(values)
    if name == "mode":
        return mode(values)
    if name == "range":
        return max(values) - min(values)
    lower, upper = quartiles(values, keep_median)
    return upper - lower


def _values(text: str) -> list[Decimal]:
    return [Decimal(m.group("n")) for m in _NUMBER.finditer(text)]


def _label(sentence: str) -> str | None:
    """The statistic a line names alone, as a label of the working below it ("Mean", "Median:")."""
    bare = sentence.strip(" :*").lower()
    return bare if bare in _NAMES else None


def _figure(sentence: str, name: str, label: str | None) -> tuple[Decimal, str] | None:
    """The last figure a sentence gives ``name`` before it names another statistic, with its unit as written
    ("£", "goals" or ""); in a sentence naming none, the figure it ends on when its label names ``name``."""
    m = re.search(_NAMES[name], sentence, re.I)
    if m is None and (label != name or _ANY_NAME.search(sentence)):
        return None
    after = sentence[m.end():] if m else sentence
    other = _ANY_NAME.search(after)
    figures = list(_NUMBER.finditer(after[:other.start()] if other else after))
    if not figures:
        return None
    last = figures[-1]
    return Decimal(last.group("n")), last.group("cur") or last.group("word") or ""


def worked(lesson: LessonView) -> Iterator[tuple[str, list[Decimal], bool | None, str, object, str]]:
    """(statistic, the list it is worked on, the quartile convention or None, its unit, section, sentence) of each
    statistic a section works on a list it gives before, with the figure the list gives."""
    lists: list[list[Decimal]] = []
    current, label = None, None
    for section, sentence in lesson.sentences:
        if section is not current:
            current, lists, label = section, [], None
        if (named := _label(sentence)) is not None:
            label = named
            continue
        for m in _LIST.finditer(sentence):
            values = _values(m.group(0))
            if MIN_VALUES - 1 <= len(values) <= MAX_VALUES:
                lists.append(values)
        for name in _NAMES:
            found = _figure(sentence, name, label)
            if found is None:
                continue
            written, unit = found
            for values in reversed(lists):
                conventions = (False, True) if name == "interquartile range" and len(values) % 2 else (None,)
                for keep in conventions:
                    if (value := statistic(name, values, bool(keep))) is not None and shown_as(value, str(written)):
                        yield name, values, keep, unit, section, sentence
                        break
                else:
                    continue
                break


def _unit(unit: str, section_text: str) -> str:
    """A currency sign, or a plural word the section counts in ("goals"); else none."""
    if unit in _CURRENCY_WORDS:
        return unit
    return unit if len(unit) > 3 and unit.endswith("s") and re.search(rf"\b{unit}\b", section_text) else ""


def _shown(value: Decimal, unit: str) -> str:
    """A value as an option: "£6.50", "£8", "9 goals", "1 goal", a mean that does not come out to one place."""
    value = value if value % Decimal("0.5") == 0 else value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if unit in _CURRENCY_WORDS:
        return f"{unit}{value:.2f}" if value != value.to_integral_value() else f"{unit}{fmt(value)}"
    return f"{fmt(value)} {unit[:-1] if value == 1 else unit}".strip()


def _slips(name: str, values: list[Decimal], keep: bool) -> list[Decimal | None]:
    """What a pupil gets who slips in the method: the data unordered, a position for a value, another statistic."""
    n = len(values)
    middle = n // 2
    unordered = values[middle] if n % 2 else (values[middle - 1] + values[middle]) / 2
    ordered = sorted(values)
    if name == "median":
        return [unordered, Decimal(n + 1) / 2, sum(values) / n]
    if name == "mean":
        return [median(values), sum(values) / (n - 1), Decimal(sum(values))]
    if name == "mode":
        top = mode(values)
        return [Decimal(values.count(top)) if top is not None else None, median(values), ordered[-1]]
    if name == "range":
        return [abs(values[-1] - values[0]), ordered[-1], ordered[-1] + ordered[0]]
    lower, upper = quartiles(values, keep)
    return [ordered[-1] - ordered[0], upper - median(values), upper + lower]


def _fresh(name: str, example: list[Decimal], keep: bool, rng: random.Random) -> list[Decimal] | None:
    """A fresh list of the example's length and sizes, not in order, whose statistic is whole (a half for a
    median or a quartile of an even count) and defined, and unlike the example's."""
    places = max(max(0, -v.as_tuple().exponent) for v in example)
    scale = 10 ** places
    low, high = int(min(example) * scale), int(sorted(example)[-2] * scale)  # not up to an outlier
    if high - low < MIN_VALUES - 1:
        return None
    for _ in range(DRAWS):
        values = [Decimal(rng.randint(low, high)) / scale for _ in example]
        value = statistic(name, values, keep)
        if value is None or sorted(values) == sorted(example) or values == sorted(values):
            continue
        if (value * 2 * scale) % 1 or (name == "mean" and (value * scale) % 1):
            continue
        return values
    return None


def dataset_questions(lesson: LessonView) -> Iterator[Candidate]:
    """"Using the method in the text, what is the interquartile range of this data set: 14, 3, 22, …?": one a lesson,
    on the statistic it works that comes first in ``_NAMES``."""
    found = {}
    for name, values, keep, unit, section, sentence in worked(lesson):
        if len(values) >= MIN_VALUES:
            found.setdefault(name, (values, keep, unit, section, sentence))
    for name in _NAMES:
        if name not in found:
            continue
        example, keep, unit, section, sentence = found[name]
        section_text = " ".join(s for sec, s in lesson.sentences if sec is section)
        unit = _unit(unit, section_text)
        rng = random.Random(f"data:{name}:{example}")
        values = _fresh(name, example, bool(keep), rng)
        if values is None:
            continue
        key = _shown(statistic(name, values, bool(keep)), unit)
        slips = (_shown(v, unit) for v in _slips(name, values, bool(keep)) if v is not None and v > 0)
        distractors = [d for d in dict.fromkeys(slips) if d != key]
        if len(distractors) < 2:
            continue
        listed = ", ".join(fmt(v) for v in values)
        count = _ORDINALS.get(len(values), str(len(values)))
        in_money = f", in {_CURRENCY_WORDS[unit]}" if unit in _CURRENCY_WORDS else ""
        stem = f"Using the method in the text, what is the {name} of these {count} values{in_money}: {listed}?"
        yield apply_item(section=section, sentence=sentence, key=key, distractors=distractors, stem=stem,
                         explanation=f"Put in order, {', '.join(fmt(v) for v in sorted(values))}: the {name} is {key}.",
                         claim=f"data:{name}")
        return
