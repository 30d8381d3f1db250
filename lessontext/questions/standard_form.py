"""Figures in standard form ("6.63 × 10⁻³⁴", "3.00 × 10⁸"): read, compared, drawn afresh and written.

Physics and chemistry lessons write their constants, givens and answers so (21 lessons of the open corpora: a photon's
energy, Wien's and the Stefan–Boltzmann laws, charge and current, the ideal gas equation), and a worked example whose
figures are in standard form was read by no apply reader.  A figure in standard form is one figure: its value is the
mantissa times the power of ten, its precision the mantissa's decimals (three significant figures in "3.98 × 10⁻¹⁹"),
and a fresh one scales the mantissa and keeps the power (renormalised when the mantissa leaves 1 to 10).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = {c: str(i) for i, c in enumerate(_SUPERSCRIPTS)} | {"⁻": "-"}
# "6.63 × 10⁻³⁴", "3.00×10⁸": a mantissa, "× 10" and a power in superscript digits.
STANDARD_FORM = rf"\d+(?:\.\d+)?\s?×\s?10⁻?[{_SUPERSCRIPTS}]+"
_PARTS = re.compile(rf"^(?P<mantissa>\d+(?:\.\d+)?)\s?×\s?10(?P<power>⁻?[{_SUPERSCRIPTS}]+)$")


def power_of(superscript: str) -> int:
    """"⁻³⁴" -> -34, "⁴" -> 4."""
    return int("".join(_TO_DIGIT[c] for c in superscript))


def superscript(power: int) -> str:
    return "".join("⁻" if c == "-" else _SUPERSCRIPTS[int(c)] for c in str(power))


def in_standard_form(text: str) -> bool:
    return _PARTS.match(text.strip()) is not None


def all_in_standard_form(options) -> bool:
    """Every option is a figure in standard form, with its unit ("2.98 × 10⁻¹⁹ J"): told apart by its power, which a
    comparison of words would strip (its minus sign)."""
    return bool(options) and all(re.match(rf"^{STANDARD_FORM}(?:\s\S+)?$", o) for o in options)


def value_of(text: str) -> Fraction:
    """The value a figure is written for: "6.63 × 10⁻³⁴", "1,200", "0.40"."""
    parts = _PARTS.match(text.strip())
    if parts is None:
        return Fraction(text.replace(",", ""))
    return Fraction(parts["mantissa"]) * Fraction(10) ** power_of(parts["power"])


def places_of(text: str) -> int:
    """The decimals a figure is written with, a mantissa's in standard form ("3.98 × 10⁻¹⁹" -> 2)."""
    number = _PARTS.match(text.strip())["mantissa"] if in_standard_form(text) else text
    return len(number.split(".")[1]) if "." in number else 0


def written(value: Decimal | Fraction, places: int) -> str:
    """``value`` in standard form with ``places`` decimals in its mantissa: 2.9835e-19, 2 -> "2.98 × 10⁻¹⁹"."""
    value = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else value
    if value <= 0:
        return ""
    power = value.adjusted()
    mantissa = (value.scaleb(-power)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if mantissa >= 10:  # 9.996 to two places is 10.00: one more power
        power, mantissa = power + 1, (mantissa / 10).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{mantissa} × 10{superscript(power)}"


def rounded(value: Fraction, places: int) -> Fraction:
    """``value`` as it is written in standard form with ``places`` decimals."""
    return value_of(written(value, places))


def shown_in_standard_form(value: Fraction, shown: str) -> bool:
    """``shown`` (in standard form) is ``value`` as the lesson writes it, to its significant figures."""
    return value > 0 and rounded(value, places_of(shown)) == value_of(shown)


def fresh(text: str, scaled: str) -> str:
    """A figure in standard form with its mantissa replaced by ``scaled`` (drawn afresh at its decimals), renormalised
    when the mantissa leaves 1 to 10 ("6.00 × 10¹⁴" scaled to "12.00" -> "1.20 × 10¹⁵")."""
    parts = _PARTS.match(text.strip())
    places = places_of(text)
    value = Fraction(scaled.replace(",", "")) * Fraction(10) ** power_of(parts["power"])
    return written(value, places)


def significant(shown: str) -> int:
    """The significant figures of a whole figure written rounded ("920" 2, "1,500" 2, "54" 2)."""
    digits = shown.replace(",", "").split(".")[0]
    return len(digits.rstrip("0")) or 1


def to_figures(value: Fraction, figures: int) -> Decimal:
    """``value`` rounded to ``figures`` significant figures: 918.54, 2 -> 920."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    if exact == 0:
        return exact
    step = Decimal(1).scaleb(exact.adjusted() - figures + 1)
    return (exact / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
