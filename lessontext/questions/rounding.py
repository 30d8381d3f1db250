"""How a worked answer is rounded, so that a re-posed one is rounded alike (``reposed.py``).

A lesson writes its answer to some decimals ("0.125 mol", "£5.00"), in standard form to some significant figures
("3.98 × 10⁻¹⁹ J", ``standard_form``), or as a whole figure rounded to significant figures ("≈ 920 W" for 918.54):
the key on fresh figures and its wrong options are written the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from .applyitems import fmt
from .conversions import shown_as
from .expressions import round_to
from .standard_form import in_standard_form, places_of, rounded, shown_in_standard_form, significant, to_figures
from .standard_form import value_of as number
from .standard_form import written as in_standard


def decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def to_decimals(value: Fraction, places: int) -> Decimal:
    return round_to(decimal(value), places)


def slip(value: Fraction, places: int) -> Decimal:
    """A slip's value to the key's decimals, or to as many more (up to two) as keep it within 5%: 0.6 km stays 0.6
    beside a key of 36 km ("1 km" matched no slip: both raters on test-cn)."""
    for extra in range(3):
        shown = to_decimals(value, places + extra)
        if shown and abs(decimal(value) - shown) <= decimal(value) / 20:
            return shown
    return to_decimals(value, places)


class Rounding(NamedTuple):
    """How the lesson writes its answer: ``show`` writes a value, ``to_places`` rounds it as the answer is rounded,
    ``slip`` rounds a wrong option; ``inexact``: the answer is rounded, not exact."""
    show: Callable[[Decimal], str]
    to_places: Callable[[Fraction], Decimal]
    slip: Callable[[Fraction], Decimal]
    inexact: bool


def rounding_of(exact: Fraction, answer: str, *, approximate: bool = False) -> Rounding | None:
    """How ``answer`` writes ``exact``: in standard form to its significant figures ("3.98 × 10⁻¹⁹"), to its decimals
    ("0.125"), or, when the lesson says it is ``approximate`` ("≈ 920" for 918.54), a whole figure to its significant
    figures; None when it writes another value ("= 210 m" for 205.8 is a misreading)."""
    places, inexact = places_of(answer), exact != number(answer)
    if in_standard_form(answer):
        if not shown_in_standard_form(exact, answer):
            return None
        def in_places(v: Fraction) -> Decimal:
            return decimal(rounded(v, places))
        return Rounding(lambda v: in_standard(v, places), in_places, in_places, inexact)
    if shown_as(decimal(exact), answer):
        return Rounding(fmt, lambda v: to_decimals(v, places), lambda v: slip(v, places), inexact)
    figures = significant(answer)
    if approximate and not places and to_figures(exact, figures) == number(answer):
        def in_figures(v: Fraction) -> Decimal:
            return to_figures(v, figures)
        return Rounding(fmt, in_figures, in_figures, True)
    return None
