"""A formula that takes a negative base-10 logarithm: "<result> = −log₁₀[<quantity>]", and its fresh numbers.

Read by the apply family (``families/apply.py``), which asks it through :func:`log_questions`.  Two chemistry lessons (dev and test-i) state their
central formula so ("pH = −log₁₀[H⁺]", "pH = −log10[H⁺]") and work it through, and the formulas in words
that the family reads before could not take it.  The quantity is given as a power of ten ("1 × 10⁻⁴"),
so the key is exact and whole, as in the lessons' own examples; its unit is the one the lesson writes
after a value of it ("[H⁺] = 1 × 10⁻² mol/L", "[H⁺] is also 0.0025 mol/L") or in the brackets of its
definition ("where [H⁺] is the concentration ... (mol/L)").  Without a unit the formula is not asked.
The wrong options are the typical slips: the zeros after the decimal point counted instead of the places
(3 for 10⁻⁴), the natural logarithm's button pressed for the base-10 one (9.2), and one too many (5).  The
sign left on (−4) would be the likeliest, but options that differ only in a sign read as one option.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from .applyitems import apply_candidate, lower_first
from .candidate import Candidate
from .course import LessonView

# "pH = −log₁₀[H⁺]", "pH = −log10(H⁺)": a short result, a minus, a base-10 log of a bracketed quantity.
NEGATIVE_LOG = re.compile(
    r"(?:^|:\s*)(?P<result>[A-Za-z][\w⁺⁻]{0,5}(?:\s[\w⁺⁻]{1,12}){0,2})\s*=\s*[−–-]\s*log(?:10|₁₀)\s*"
    r"(?P<arg>\[[^\]\s]{1,12}\]|\([^)\s]{1,12}\))\s*(?=$|[.,;]|\s+(?:and|or|which)\b)"
)
_UNIT = r"([A-Za-zµ][A-Za-z]{0,5}(?:/[A-Za-z]{1,5})?)"
# Exponents asked: a quantity of 10⁻² to 10⁻¹²; the lesson's own example's is left out.
EXPONENTS = (2, 3, 4, 6, 8, 9, 11, 12)
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def parse_negative_log(sentence: str) -> tuple[str, str] | None:
    """(result, bracketed quantity) of "<result> = −log₁₀[<quantity>]", or None."""
    m = NEGATIVE_LOG.search(sentence.strip())
    return (m.group("result").strip(), m.group("arg")) if m else None


def quantity_unit(arg: str, text: str) -> str:
    """The unit the lesson writes after a value of ``arg`` ("[H⁺] = 1 × 10⁻² mol/L", "[H⁺] is also
    0.0025 mol/L") or in the brackets that close its definition ("where [H⁺] is ... (mol/L)"); "" if none."""
    arg = re.escape(arg)
    value = r"[\d.,]+(?:\s*×\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)?"
    found = re.search(rf"{arg}\s*(?:=|is(?:\s+also)?)\s*{value}\s+{_UNIT}(?![A-Za-z])", text)
    if found is None:
        found = re.search(rf"\bwhere\s+{arg}\s+is\s+[^.;()]{{3,80}}\(\s*{_UNIT}\s*\)", text)
    return found.group(1) if found else ""


def power_of_ten(exponent: int) -> str:
    """"1 × 10⁻⁴" for 4."""
    return f"1 × 10{str(-exponent).translate(SUPERSCRIPT)}"


def fresh_exponent(text: str, rng: random.Random) -> int:
    """An exponent for the fresh quantity that no power of ten in the lesson uses (not its example's)."""
    used = {int(m.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))) for m in re.findall(r"10⁻([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", text)}
    return rng.choice([n for n in EXPONENTS if n not in used] or list(EXPONENTS))


LN_10 = Decimal("2.302585")


def slips(exponent: int) -> list[str]:
    """The results of typical slips, most typical first: the zeros counted, the natural log taken, one too many."""
    natural = (exponent * LN_10).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return [str(exponent - 1), str(natural), str(exponent + 1)]


def log_questions(lesson: LessonView, rng: random.Random) -> Iterator[Candidate]:
    """"What is the pH when [H⁺] = 1 × 10⁻⁴ mol/L?": a negative base-10 logarithm on a fresh power of ten."""
    text: str | None = None
    seen: set[str] = set()
    for section, sentence in lesson.sentences:
        if "log" not in sentence:
            continue
        parsed = parse_negative_log(sentence)
        if parsed is None or parsed in seen:
            continue
        seen.add(parsed)
        result, arg = parsed
        text = text or " ".join(s for _, s in lesson.sentences)
        unit = quantity_unit(arg, text)
        if not unit:
            continue  # a bare "1 × 10⁻⁴" of nothing the lesson measures
        formula = re.split(r"\s+(?:and|or|which)\b", sentence.strip()[sentence.strip().index(result):])[0].rstrip(".,; ")
        exponent = fresh_exponent(text, rng)
        yield apply_candidate(
            stem=f"The text gives the formula “{formula}”. What is the {lower_first(result)} when {arg} = "
                 f"{power_of_ten(exponent)} {unit}?",
            key=str(exponent), distractors=slips(exponent), formula=formula,
            worked=f"−log₁₀({power_of_ten(exponent)})", section=section, sentence=sentence,
        )
