"""A percentage share's worked example, "(a ÷ b) × 100 = p", and fresh numbers for it.

Read by the apply family's percentage questions (``applyitems.percentage_questions``); the example gives
the question its units and its rounding, as ``worked`` does for other formulas.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from .worked import _NUM, Worked, _figure, _new_answer, _scaled, number, short_unit, written_places

# "(54 ÷ 274) × 100 ≈ 19.7%", "Year 2: (550 ÷ 500) × 100 = 110", "(24.5 g ÷ 28.0 g) × 100% = 87.5%": a percentage
# share worked with numbers, each figure with or without its short unit.
_PERCENT_EXAMPLE = re.compile(
    rf"\(\s*[£$€]?{_NUM}(?:\s*(?P<unit_a>[A-Za-zµ][A-Za-z/²³]{{0,4}}))?\s*[÷/]"
    rf"\s*[£$€]?{_NUM}(?:\s*(?P<unit_b>[A-Za-zµ][A-Za-z/²³]{{0,4}}))?\s*\)"
    rf"\s*[×*]\s*100\s*%?\s*[=≈]\s*\**{_NUM}\s*(?P<percent>%|per\s+cent\b)?")
# How far after its formula a percentage's example may come (a nutrition lesson: 12 lines of steps before it;
# a price-index lesson: a table of costs in the next section), and how far when its line names the formula's result.
PERCENT_REACH = 20
NAMED_REACH = 60


def percentage_example(sentences: list[tuple[object, str]], at: int,
                       states_formula: Callable[[str], bool], result: str = "") -> Worked | None:
    """The worked example of the percentage share formula at ``sentences[at]``: the first later line, before the
    next formula (``states_formula``) and within PERCENT_REACH lines, that works "(a ÷ b) × 100 = p" with
    numbers that hold; a line of equal parts ("(500 ÷ 500) × 100 = 100") shows the base, not a working.
    Past the next formula or PERCENT_REACH, up to NAMED_REACH lines on, a working still belongs to this formula
    when it or the line before names ``result`` ("Step 5: Calculate the percentage yield. (24.5 g ÷ 28.0 g) ×
    100% = 87.5%": a chemistry lesson with a formula for moles between, test-cr).
    Its unit is "%" when it writes one; its figures take the currency or short unit the lines from the
    formula to it write them with.  Seen in a nutrition lesson (test-d) and a price-index lesson (test-h)."""
    named = result.lower()
    past = False
    for j in range(at + 1, min(len(sentences), at + 1 + (NAMED_REACH if named else PERCENT_REACH))):
        line = sentences[j][1]
        if states_formula(line):
            if not named:
                return None
            past = True
            continue
        if (past or j - at > PERCENT_REACH) and named not in f"{sentences[j - 1][1]} {line}".lower():
            continue
        for m in _PERCENT_EXAMPLE.finditer(line):
            a, b, p = (number(m.group(g)) for g in (1, 3, 5))
            if None in (a, b, p) or a <= 0 or b <= 0 or a == b:
                continue
            places = written_places(m.group(5))
            if (a / b * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) != p:
                continue
            around = " ".join(s for _, s in sentences[at:j + 1])
            units = []
            for value, written in ((a, m.group("unit_a")), (b, m.group("unit_b"))):
                currency = re.search(rf"([£$€]){re.escape(_figure(value))}(?![\d.,]\d)", around)
                units.append(currency.group(1) if currency else written or short_unit(value, around))
            return Worked((a, b), tuple(units), p, "%" if m.group("percent") else "", places, False)
    return None


def fresh_share(worked: Worked, rng: random.Random) -> tuple[list[Decimal], Decimal, bool] | None:
    """Fresh part and whole for a percentage share, each the example's scaled by a small factor under its
    constraints, the key within a factor MAGNITUDE of the example's (a price index of 110 gives 88 or 165,
    never 22), exact or rounded to the example's decimals: ``(values, key, rounded)``."""
    choices = []
    for values, exact in _scaled(worked, ["÷"]):
        percent = exact * 100
        key = percent.quantize(Decimal(1).scaleb(-worked.places), rounding=ROUND_HALF_UP)
        if not worked.result / MAGNITUDE <= key <= worked.result * MAGNITUDE or not _new_answer(key, worked):
            continue
        if worked.result < 100 <= key:
            continue  # a part of its whole stays below it
        choices.append((values, key.normalize(), key != percent))
    if not choices:
        return None
    exact = [c for c in choices if not c[2]]
    return rng.choice(exact or choices)


MAGNITUDE = Decimal("1.5")
