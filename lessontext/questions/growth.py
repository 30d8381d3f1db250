"""Growth or decay by a percentage each period: "A = P(1 + r/100)^n", "A = P(1 − r/100)^n".

Read by the apply family (``families/apply.py``), which asks it through :func:`growth_questions`.  A lesson on
compound interest, depreciation or population growth states its formula with a bracket and a power, which the
symbol readers refuse (``expressions.py`` reads one product, ``linear.py`` a factor and an offset), so such a lesson,
its formula worked in three examples, got no question at all (blind raters on test-cl: "the formula and worked
examples are the obvious source for apply questions").

The formula is read on a line of its own, in the letters the lesson chooses: the result, the starting amount, the
rate per cent and the number of periods ("V = V₀..." is not read: one letter each).  It is asked only when the
lesson works it with numbers that bear the reading out: a working "2000 × 1.03^5 = ... = £2,318.55" whose
multiplier is 1 ± a whole rate over 100 in the formula's direction and whose result is the product, to the
penny.  That working also gives the amount's currency.  The fresh values are a round starting amount the lesson
does not write, a whole rate and a few periods (a loss of 10% to 30% a period, a gain of 2% to 8%); the key is
the amount to two decimal places.  The wrong options are the slips the topic is known for: the rate taken off or
added once per period on the starting amount (simple interest, the lesson's own "common mistake"), one period too
few, and the change alone (the interest earned, the value lost) given for the amount.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .applyitems import apply_candidate
from .candidate import Candidate
from .course import LessonView

_SYMBOL = r"[A-Za-z]"
# "A = P(1 + r/100)^n", "A = P × (1 − r/100)ⁿ", "Formula: V = P(1 - r/100)^t."
GROWTH = re.compile(
    rf"^(?:[^:=]{{1,60}}:\s*)?(?P<result>{_SYMBOL})\s*=\s*(?P<start>{_SYMBOL})\s*(?:[×*·]\s*)?"
    rf"\(\s*1\s*(?P<sign>[+−–-])\s*(?P<rate>{_SYMBOL})\s*/\s*100\s*\)\s*(?:\^\s*(?P<periods>{_SYMBOL})|(?P<sup>ⁿ|ᵗ))"
    r"\s*[.;]?$")
_SUPERSCRIPT = {"ⁿ": "n", "ᵗ": "t"}
# "2000 × 1.03^5 = 2000 × 1.159274… = £2,318.55": an amount and a multiplier to a whole power, then, in the same
# clause, what it comes to (the last "= ..." before a comma or the sentence's end).
_PRODUCT = re.compile(r"(?<![\d.,])(?P<start>\d{1,3}(?:,\d{3})+|\d+)\s*[×*]\s*(?P<multiplier>\d+\.\d+)\s*\^\s*(?P<power>\d+)")
_COMES_TO = re.compile(r"=\s*(?P<currency>[£$€])?(?P<result>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
_UNIT_NAMES = {"£": "penny", "$": "cent", "€": "cent"}
_STARTS = (400, 500, 750, 1200, 1500, 2500, 3000, 4000, 5000, 6000, 8000, 12000, 15000, 24000)
_CENT = Decimal("0.01")
DRAWS = 24


@dataclass(frozen=True)
class Growth:
    """``result = start × (1 ± rate/100) ^ periods``."""

    text: str
    result: str
    start: str
    rate: str
    periods: str
    decay: bool

    def multiplier(self, rate: Decimal) -> Decimal:
        return 1 + (-rate if self.decay else rate) / 100

    def value(self, start: Decimal, rate: Decimal, periods: int) -> Decimal:
        return _cents(start * self.multiplier(rate) ** periods)

    def slips(self, start: Decimal, rate: Decimal, periods: int) -> list[Decimal]:
        """Likeliest first: the rate taken once per period on the start (simple interest), one period too few,
        and the change alone given for the amount."""
        amount = self.value(start, rate, periods)
        return [_cents(start * (1 + (self.multiplier(rate) - 1) * periods)), self.value(start, rate, periods - 1),
                abs(amount - start)]


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def parse_growth(sentence: str) -> Growth | None:
    """The formula a display line states, or None; the four letters must differ."""
    m = GROWTH.match(sentence.strip().replace("`", ""))
    if not m:
        return None
    periods = m["periods"] or _SUPERSCRIPT[m["sup"]]
    letters = (m["result"], m["start"], m["rate"], periods)
    if len(set(letters)) < 4:
        return None
    text = sentence.strip().replace("`", "").rstrip(".; ")
    text = text[text.index(m["result"], m.start("result")):]
    return Growth(text, *letters, decay=m["sign"] != "+")


def workings(growth: Growth, sentences: list[str]) -> tuple[list[Decimal], str]:
    """The starting amounts of the lesson's workings that bear the formula out (a multiplier of 1 ± a rate over 100
    in the formula's direction, what it comes to the product to the penny), and their currency."""
    starts, currency = [], ""
    for sentence in sentences:
        for m in _PRODUCT.finditer(sentence):
            clause = re.split(r"[,;]\s", sentence[m.end():], maxsplit=1)[0]
            comes_to = list(_COMES_TO.finditer(clause))
            if not comes_to:
                continue
            start, multiplier = Decimal(m["start"].replace(",", "")), Decimal(m["multiplier"])
            result = Decimal(comes_to[-1]["result"].replace(",", ""))
            if (multiplier < 1) != growth.decay or multiplier == 1 or abs(start * multiplier ** int(m["power"]) - result) > 1:
                continue
            starts.append(start)
            currency = currency or (comes_to[-1]["currency"] or "")
    return starts, currency


def _money(value: Decimal, currency: str) -> str:
    return f"{currency}{value:,.2f}"


def _fresh(growth: Growth, figures: set[Decimal], rng: random.Random) -> tuple[Decimal, Decimal, int] | None:
    """A round start the lesson does not write, a whole rate and a few periods, whose key and slips differ."""
    for _ in range(DRAWS):
        start = Decimal(rng.choice(_STARTS))
        rate = Decimal(rng.randrange(10, 35, 5) if growth.decay else rng.randint(2, 8))
        periods = rng.randint(2, 5)
        key = growth.value(start, rate, periods)
        slips = growth.slips(start, rate, periods)
        if start not in figures and key not in figures and len({key, *slips}) == 4 and min(slips) > 0:
            return start, rate, periods
    return None


def growth_questions(lesson: LessonView, named: dict[str, tuple[str, str]]) -> Iterator[Candidate]:
    """"The text gives the formula “A = P(1 + r/100)^n”. What is A when P = £2,500, r = 4 and n = 3?"."""
    sentences = [s for _, s in lesson.sentences]
    figures: set[Decimal] | None = None  # every figure the lesson writes, read at its first formula
    for section, sentence in lesson.sentences:
        growth = parse_growth(sentence) if "100" in sentence else None
        if growth is None:
            continue
        starts, currency = workings(growth, sentences)
        if not starts:
            continue  # no working of the lesson's bears this reading out
        if figures is None:
            figures = {Decimal(f.replace(",", "")) for s in sentences for f in re.findall(r"\d[\d,]*(?:\.\d+)?", s)}
        fresh = _fresh(growth, figures, random.Random(f"growth:{growth.text}"))
        if fresh is None:
            continue
        start, rate, periods = fresh
        name = named.get(growth.result, ("", ""))[0]
        legend = f", where {growth.result} is the {name[:1].lower()}{name[1:]}" if name else ""
        rounding = f"to the nearest {_UNIT_NAMES[currency]}" if currency else "to two decimal places"
        given = f"{growth.start} = {currency}{start:,}, {growth.rate} = {rate} and {growth.periods} = {periods}"
        yield apply_candidate(
            stem=f"The text gives the formula “{growth.text}”{legend}. What is {growth.result} when {given}? "
                 f"Give your answer {rounding}.",
            key=_money(growth.value(start, rate, periods), currency),
            distractors=[_money(s, currency) for s in growth.slips(start, rate, periods)], formula=growth.text,
            worked=f"{currency}{start:,} × {growth.multiplier(rate)}^{periods}", section=section, sentence=sentence)
