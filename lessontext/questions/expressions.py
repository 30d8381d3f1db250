"""Formulas in symbols as schools write them: a constant or π in a product, a power, a product with no sign.

"C = 2 × π × r", "A = ½ × b × h", "V = ⁴⁄₃ × π × r³", "A = πr²", "p = ρ g h", "E = m x c x ΔT", "M = w × L² / 8",
"P = V² / R".  ``symbols.parse_symbol_formula`` reads only two or three one-letter symbols joined by × and ÷, so a
lesson on circles, volumes, heat or beams, whose formulas all carry a constant or a power, got no apply item on
them.  Read here: one product (a term, no sum, no brackets), its factors numbers, unicode fractions, π
and symbols (a letter, a Greek letter, "Δ" before a letter, a subscript) with a power (², ³, ^2, "squared",
"cubed"); a division by a number anywhere, or by a symbol at the end only ("a ÷ b × c" reads two ways).  Also such
a product under a square or cube root, with a constant or π before it ("T = 2π√(L ÷ g)", "v = √(2gh)"), or equal to a
squared or cubed result ("T² = a³", Kepler's third law in a lesson of test-cw): the root left out is then the first
slip, and "T² = a³" and "T = √(a³)" are one relation, asked once.

The formula is asked only when the lesson states it (its sentence opens with it, a label such as "Formula:" at
most before it) and names every symbol it is given ("where r is the radius", "the radius, usually written r",
a table's "Radius (r)" header, ``symbols.symbol_names``), each with a unit (its own, or the unit of the values
the lesson gives it: "a radius of 1.5 m", or a table's column "Specific heat capacity (J/kg °C)"), and the result with a unit too (its own, or the power of a length
all its factors share: cm × cm -> cm²).  The fresh values are of the lesson's own sizes; a key that is not whole
is rounded to one decimal place (from 100 on, to a whole number) and the stem says so, and values where π as 3.14
or 3.142 rounds as the calculator's π does are drawn first, else the stem says to use the calculator's π key; no
key is a figure of the lesson (a worked answer, a table's cell).  The wrong options are the usual slips: the constant or π left out, the power left out
or taken as a product ("r × 2" for r²), π squared with the radius, the diameter used for the radius (a lesson
that writes "d = 2r"), two lengths added for multiplied ("½ × (b + h)"), the decimal point slipped.  The items are built here (``term_questions``), as
``conversions.py`` builds its own, and asked by the apply family after its other formulas, each with a generator of
its own so that the draws of the family's other items stay as they were.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import product

from .applyitems import apply_candidate, compact_stem, fmt, listed, lower_first, mistake_options, with_unit
from .candidate import Candidate
from .course import LessonView, TableInfo
from .rubric import MAX_STEM_WORDS
from .symbols import UNIT_SIGN, parse_symbol_formula, stated_in_symbols
from .text import word_count
from .worked import decimal_places

# A symbol: a letter (Latin or Greek), "Δ" before one, a subscript ("n₁", "N_A" are constants or indexed: no).
SYMBOL = r"(?:[Δ∆]\s?)?[A-Za-zα-ωΑ-Ω](?:[₀-₉]+)?"
_VULGAR = {"½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4), "¾": Fraction(3, 4),
           "⁴⁄₃": Fraction(4, 3), "⅕": Fraction(1, 5)}
_POWER_SIGN = {"²": 2, "³": 3, "^2": 2, "^3": 3, "squared": 2, "cubed": 3}
_TOKEN = re.compile(
    r"\s*(?:(?P<op>[×÷/*·]|(?<=\s)x(?=\s))"
    r"|(?P<number>\d+(?:\.\d+)?)"
    r"|(?P<vulgar>⁴⁄₃|[½⅓⅔¼¾⅕])"
    r"|(?P<pi>π)"
    rf"|(?P<symbol>{SYMBOL})(?P<power>²|³|\^[23]|\s(?:squared|cubed)\b)?)"
)
# "Formula: A = ...", "1. Cross-sectional area: A = ...", "- ": a label or a marker before the formula, no prose.
_LEAD = r"^(?:[-*•]\s*|\d+[.)]\s*)?(?:[^:=]{1,60}:\s*)?"
# The formula's end: the line's, a working ("= π × 1.5² = ..."), a clause (", where r is", " which", " and P = ").
# The result may be written as its initials ("BMI = m ÷ h²", "KE = ½ × m × v²"): a quantity known by its abbreviation.
_RESULT = rf"(?:{SYMBOL}|[A-Z]{{2,4}})"
_END = r"(?=$|\.(?!\d)|[,;:=]|\s+(?:and|or|which|where)\b)"
_STATED = re.compile(rf"{_LEAD}(?P<result>{_RESULT})\s*=\s*(?P<expr>[^=,;:()+−\-√]+?)\s*{_END}")
# "T = √(a³)", "v = √(2 × g × h)", "T = 2π√(L / g)", "T² = a³": a product under a root, or a squared result.
_ROOTED = re.compile(
    rf"{_LEAD}(?P<result>{SYMBOL})(?:(?P<power>[²³])\s*=\s*(?P<bare>)|\s*=\s*(?P<outer>[\d.½π\s×]*?)(?P<root>[√∛])\s*\()"
    rf"(?P<expr>[^=,;:()+−\-√∛]+?)(?(bare)\s*|\s*\)\s*){_END}")
_ROOT_SIGN = {"√": 2, "∛": 3, "²": 2, "³": 3}
MAX_FACTORS = 5


@dataclass(frozen=True)
class Term:
    """One product: a constant (a fraction), π or not, and each symbol with its power (negative: divided by)."""
    result: str
    constant: Fraction
    pi: bool
    powers: tuple[tuple[str, int], ...]
    text: str  # the formula as the lesson writes it, spaced as it writes it
    root: int = 1  # the product under a square (2) or cube (3) root
    outer: Fraction = Fraction(1)  # a constant before the root ("2π√(L ÷ g)")
    outer_pi: bool = False

    @property
    def symbols(self) -> list[str]:
        return [s for s, _ in self.powers]


def _clean(sentence: str) -> str:
    return re.sub(r"[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}", "", sentence.strip()).replace("∆", "Δ")


def parse_term(sentence: str) -> Term | None:
    """The product a sentence opens with ("A = ½ × b × h, where ..."), or None: a sum, brackets, a root, a
    division by a symbol before the end, a symbol twice, or the result among its factors.  A product under a
    square or cube root, a constant or π before it ("T = 2π√(L ÷ g)"), or equal to a squared or cubed result
    ("T² = a³"): the same root."""
    text = _clean(sentence)
    m = _STATED.match(text) or _ROOTED.match(text)
    if not m:
        return None
    expr, result, rooted = m.group("expr").strip(), m.group("result").replace(" ", ""), m.groupdict()
    root = _ROOT_SIGN.get(rooted.get("root") or rooted.get("power") or "", 1)
    outer = _product((rooted.get("outer") or "").strip().rstrip("×"))
    inner = _product(expr)
    if inner is None or outer is None or outer[2]:
        return None
    constant, pi, powers = inner
    if not powers or len(powers) > MAX_FACTORS or result in {s for s, _ in powers} or constant <= 0:
        return None
    written = text[m.start("result"):m.end()].strip() if root > 1 else f"{result} = {expr}"
    return Term(result=result, constant=constant, pi=pi, powers=tuple(powers), text=written, root=root,
                outer=outer[0], outer_pi=outer[1])


def _product(expr: str) -> tuple[Fraction, bool, list[tuple[str, int]]] | None:
    """A product's constant, π or not, and its symbols with their powers; None if it is none."""
    expr = expr.strip()
    at, dividing, last_op = 0, False, True
    constant, pi, powers = Fraction(1), False, []
    symbol_divided = after_number = False
    while at < len(expr):
        t = _TOKEN.match(expr, at)
        if not t or t.end() == at:
            return None
        at = t.end()
        if t.group("op"):
            after_number = False
            if last_op:
                return None
            dividing, last_op = t.group("op") in "÷/", True
            continue
        if symbol_divided:
            return None  # "a ÷ b × c": read two ways
        if t.group("number") or t.group("vulgar"):
            if not last_op:
                return None  # "2 3": no product
            value = Fraction(t.group("number")) if t.group("number") else _VULGAR[t.group("vulgar")]
            if value == 0:
                return None
            constant = constant / value if dividing else constant * value
        elif t.group("pi"):
            if pi or dividing:
                return None
            pi = True
        else:
            if after_number and t.group(0)[:1].isspace():
                return None  # "12 V", "343 m/s": a value and its unit, a working, no product of symbols
            symbol = t.group("symbol").replace(" ", "")
            power = _POWER_SIGN[t.group("power").strip()] if t.group("power") else 1
            if symbol in {s for s, _ in powers}:
                return None
            if dividing:
                power, symbol_divided = -power, True
            powers.append((symbol, power))
        dividing, last_op = False, False
        after_number = bool(t.group("number"))
    return None if last_op and expr else (constant, pi, powers)


PIS = (Decimal("3.14"), Decimal("3.142"))
PI = Decimal(str(math.pi))


def evaluate(term: Term, values: dict[str, Decimal], *, pi: Decimal = PI, constant: bool = True,
             flat: str = "", doubled: str = "", pi_squared: bool = False, times_power: str = "",
             squared: str = "", halved: str = "", flipped: str = "", dropped: str = "", rootless: bool = False
             ) -> Decimal:
    """The term's value, or a slip's: ``constant`` False leaves the constant out, ``flat`` a symbol's power out,
    ``times_power`` multiplies that symbol by its power ("r × 2"), ``doubled`` doubles a symbol before its power (``halved`` halves it),
    ``pi_squared`` raises π with the first powered symbol ("(π × r)²"), ``squared`` squares a symbol,
    ``flipped`` multiplies by a divisor (or divides by a factor), ``dropped`` leaves a symbol out, ``rootless``
    the root."""
    key = Decimal(term.constant.numerator) / Decimal(term.constant.denominator) if constant else Decimal(1)
    if term.pi:
        key *= pi
    for symbol, power in term.powers:
        if symbol == dropped:
            continue
        value = values[symbol] * (2 if symbol == doubled else Decimal("0.5") if symbol == halved else 1)
        if symbol == flat:
            power = 1 if power > 0 else -1
        if symbol == squared:
            power = 2
        if symbol == flipped:
            power = -power
        if symbol == times_power and abs(power) > 1:
            key = key * value * power if power > 0 else key / (value * -power)
            continue
        key = key * value ** power if power > 0 else key / value ** -power
    if pi_squared and term.pi:
        top = max(p for _, p in term.powers)
        key *= pi ** (top - 1)
    if term.root > 1 and not rootless:
        key = key.sqrt() if term.root == 2 else key ** (Decimal(1) / term.root)
    if constant:
        key *= Decimal(term.outer.numerator) / Decimal(term.outer.denominator)
    return key * pi if term.outer_pi else key


def round_to(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def mistakes(term: Term, values: dict[str, Decimal], doubles: set[str], halves: frozenset[str] = frozenset()
             ) -> list[Decimal]:
    """The usual slips, most likely first: the power taken as a product or left out, the diameter for the radius
    (``doubles``) or the radius for the diameter (``halves``), multiplying by a divisor,
    the constant or π left out, π squared with the symbol, a factor of a product of three left out, the decimal
    point slipped."""
    found = [evaluate(term, values, rootless=True)] if term.root > 1 else []  # "working out c² is not the end"
    for symbol, power in term.powers:
        if abs(power) > 1:  # "÷ h²" as "÷ (h × 2)" or "÷ h" too
            found.append(evaluate(term, values, times_power=symbol))
            found.append(evaluate(term, values, flat=symbol))
    found += [evaluate(term, values, doubled=s) for s in term.symbols if s in doubles]
    found += [evaluate(term, values, halved=s) for s in term.symbols if s in halves]
    if term.constant != 1 or term.outer != 1:
        found.append(evaluate(term, values, constant=False))
    if term.pi or term.outer_pi:
        found.append(evaluate(term, values, pi=Decimal(1)))
        if any(p > 1 for _, p in term.powers):
            found.append(evaluate(term, values, pi_squared=True))
    found += [evaluate(term, values, flipped=s) for s, p in term.powers if p < 0]  # "v × λ" for "v / λ"
    if len(term.powers) == 1 and term.powers[0][1] == 1:
        found.append(evaluate(term, values, squared=term.powers[0][0]))  # "πd²": the other formula's power
    if len(term.powers) >= 3 and all(p == 1 for _, p in term.powers):
        # "ρ × h" for "ρ × g × h": a factor of a long product left out.
        found += [evaluate(term, values, dropped=s) for s in term.symbols]
    if term.constant != 1 and not term.pi and len(term.powers) == 2 and all(p == 1 for _, p in term.powers):
        # "½ × (b + h)" for "½ × b × h": the two lengths added, not multiplied
        found.append(Decimal(term.constant.numerator) / term.constant.denominator * sum(values.values()))
    key = evaluate(term, values)
    return found + [key * 10, key / 10]


SUPERSCRIPT = {1: "", 2: "²", 3: "³"}
LENGTHS = frozenset("mm cm m km in ft yd mi".split())


def power_unit(term: Term, units: dict[str, str]) -> str:
    """The result's unit when every factor is in one unit of length: "cm" × "cm" -> "cm²"; else ""."""
    shared = {units[s] for s in term.symbols}
    total, left = divmod(sum(p for _, p in term.powers), term.root)
    if len(shared) != 1 or left or total not in SUPERSCRIPT or next(iter(shared)) not in LENGTHS:
        return ""
    return next(iter(shared)) + SUPERSCRIPT[total]


def quotient_unit(term: Term, units: dict[str, str]) -> str:
    """The result's unit of one quantity divided by one other, each with its unit: "kg" ÷ "m²" -> "kg/m²",
    "m" ÷ "s" -> "m/s" (a derived unit is the quotient of its parts' units, whatever the subject); else ""."""
    if len(term.powers) != 2 or term.powers[0][1] != 1 or term.powers[1][1] >= 0 or term.pi or term.root > 1:
        return ""
    (top, _), (bottom, power) = term.powers
    if not units.get(top) or not units.get(bottom) or "/" in units[top] + units[bottom] \
            or re.search(r"[²³]", units[bottom]) or (power != -1 and -power not in SUPERSCRIPT):
        return ""
    return f"{units[top]}/{units[bottom]}{SUPERSCRIPT[-power] if power != -1 else ''}"


# A result the lesson leaves unnamed ("Formula: A = ½ × b × h, where b is the base ...") is named by its unit's
# dimension: a square of a length is an area, a cube a volume.  Raters read "What is A when b = 15 cm" as a letter
# where the lesson says "the area"; the word is used only when the lesson uses it too.
_DIMENSION_NAMES = {"²": "area", "³": "volume"}


def dimension_name(unit: str, text: str) -> str:
    """"area" for "cm²", "volume" for "m³" when the lesson speaks of areas or volumes; else ""."""
    if not unit or unit[-1] not in _DIMENSION_NAMES or unit[:-1] not in LENGTHS:
        return ""
    name = _DIMENSION_NAMES[unit[-1]]
    return name if re.search(rf"\b{name}s?\b", text, re.I) else ""


_UNIT = r"(?P<unit>[A-Za-zµΩ°]{1,3}[²³]?(?:/[A-Za-zµΩ°]{1,3}[²³]?)?)(?![\w/])"
# Short words that follow a figure and are no unit ("a radius of 4 and ...", "10 to 20"); "x" is a times sign
# ("L = 0.5 x 334 000").
_NO_UNIT = frozenset("a an and the to of or in on at by as is it so for its are was but per nor x".split())
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"


def given_values(name: str, symbol: str, text: str) -> list[tuple[Decimal, str]]:
    """The values and units the lesson gives a quantity: "a radius of 1.5 m", "base 10 cm", "r = 6 m"."""
    found: list[tuple[Decimal, str]] = []
    patterns = [rf"\b{re.escape(symbol)}\s*=\s*{_NUMBER}\s*{_UNIT}"]
    # "m is the person's mass" names a value "a mass of 70 kg": the noun without its owner.
    for called in dict.fromkeys([re.sub(r"^[a-z]+['’]s\s+", "", name), name] if name else []):
        patterns.insert(0, rf"\b{re.escape(called)}\s+(?:of\s+|is\s+)?{_NUMBER}\s*{_UNIT}")
    for pattern in patterns:
        for m in re.finditer(pattern, text, re.I if pattern is not patterns[-1] else 0):
            if m.group("unit").lower() not in _NO_UNIT:
                found.append((Decimal(m.group("number").replace(",", "")), m.group("unit")))
    return found


NARROW_VALUES = 3
NARROW_SPREAD = 2
SCALES = (Decimal(2), Decimal(3), Decimal(4), Decimal("1.5"), Decimal("0.5"), Decimal("2.5"))


def fresh_value(sizes: list[Decimal], rng: random.Random) -> Decimal:
    """A value near the lesson's own sizes, none of them and with no more decimal places than the one it scales
    ("6 cm" gives 12, 18 or 24 cm, never 9.5): one scaled by a small factor, or 2 to 12."""
    if not sizes:
        return Decimal(rng.randint(2, 12))
    if len(set(sizes)) >= NARROW_VALUES and max(sizes) < NARROW_SPREAD * min(sizes):
        # A quantity the lesson always gives within a narrow band (adults' heights 1.65 to 1.90 m, masses 58 to
        # 90 kg) stays in it: doubled or halved it is no person, no room, no car.
        places = max(decimal_places(v) for v in sizes)
        step = Decimal(1).scaleb(-places)
        low, high = int(min(sizes) / step), int(max(sizes) / step)
        choices = [n * step for n in range(low, high + 1) if n * step not in sizes]
        if choices:
            return rng.choice(choices).normalize()
    value = Decimal(0)
    for _ in range(8):
        size = rng.choice(sizes)
        value = (size * rng.choice(SCALES)).normalize()
        if value not in sizes and decimal_places(value) <= max(decimal_places(size), 0):
            break
    return value


def confirmed_by_figures(term: Term, sizes: dict[str, list[Decimal]], text: str) -> bool:
    """Whether the lesson's own values of the term's symbols ("a mass of 70 kg and a height of 1.75 m"), one each,
    give by this reading a figure the lesson writes ("22.9", "22.857"), to that figure's places."""
    if not all(sizes.get(s) for s in term.symbols):
        return False
    figures = lesson_numbers(text)
    pools = [sorted(set(sizes[s]))[:MAX_CONFIRM_VALUES] for s in term.symbols]
    for combination in product(*pools):
        value = evaluate(term, dict(zip(term.symbols, combination)))
        # A whole figure counts only when the value is whole: "25" is any rounded value's near 25.
        if any(figure == value if not decimal_places(figure) else figure == round_to(value, decimal_places(figure))
               for figure in figures):
            return True
    return False


MAX_CONFIRM_VALUES = 6


# A quantity the lesson gives one value only, as a constant: "g = 9.8 N/kg", "the speed of light constant".
_CONSTANT_NAME = re.compile(r"\bconstant\b|\bgravit", re.I)


def fixed_value(name: str, sizes: list[Decimal]) -> Decimal | None:
    """The one value a constant takes (the lesson's), or None: a quantity to give fresh values."""
    if sizes and len(set(sizes)) == 1 and _CONSTANT_NAME.search(name):
        return sizes[0]
    return None


def twice(term: Term, lesson: LessonView) -> tuple[set[str], set[str]]:
    """The term's symbols another of the lesson's symbols is twice, and those twice another ("d = 2r",
    "d = 2 × r"): the radius doubled for the diameter, or the diameter halved, is a slip."""
    text = lesson_text(lesson)
    pairs = re.findall(r"(?<![\w])([^\W\d_])\s*=\s*2\s*(?:×\s*)?([^\W\d_])(?![\w²³])", text)
    symbols = set(term.symbols)
    return {small for _, small in pairs} & symbols, {big for big, _ in pairs} & symbols


def slip_free(term: Term, values: dict[str, Decimal], places: int) -> bool:
    """π as 3.14 or 3.142 rounds as the calculator's π does: either gives the key."""
    if not term.pi:
        return True
    key = round_to(evaluate(term, values), places)
    return all(round_to(evaluate(term, values, pi=p), places) == key for p in PIS)


def lesson_text(lesson: LessonView) -> str:
    return " ".join(s for _, s in lesson.sentences)


def rng_for(formula: str) -> random.Random:
    """A generator of its own per formula: asking it draws nothing the lesson's other items draw."""
    return random.Random(f"term:{formula}")


def worked_term(term: Term, values: dict[str, Decimal]) -> str:
    """The sum on the fresh values: "½ × 15 × 22.5", "π × 4.5²", "48 × 5 ÷ 2"."""
    top = [] if term.constant.numerator == 1 else [str(term.constant.numerator)]
    top += ["π"] if term.pi else []
    top += [f"{fmt(values[s])}{SUPERSCRIPT.get(p, f'^{p}')}" for s, p in term.powers if p > 0]
    text = " × ".join(top) or "1"
    below = [f"{fmt(values[s])}{SUPERSCRIPT.get(-p, f'^{-p}')}" for s, p in term.powers if p < 0]
    below += [] if term.constant.denominator == 1 else [str(term.constant.denominator)]
    text += "".join(f" ÷ {b}" for b in below)
    if term.root == 1:
        return text
    before = ([] if term.outer == 1 else [fmt(Decimal(term.outer.numerator) / term.outer.denominator)]) + (
        ["π"] if term.outer_pi else [])
    return " × ".join([*before, f"{'√' if term.root == 2 else '∛'}({text})"])


_LESSON_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?")


def lesson_numbers(text: str) -> set[Decimal]:
    """Every figure the lesson writes: a key among them may be recalled from a worked example, not computed."""
    return {Decimal(m.group(0).replace(",", "")) for m in _LESSON_NUMBER.finditer(text)}


def recalled(key: Decimal, places: int, numbers: set[Decimal]) -> bool:
    """The key, at the places it is given to, is one of the lesson's figures rounded so ("37.70 m" for 37.7)."""
    return any(round_to(n, places) == key for n in numbers if n >= 1)


TERM_DRAWS = 12
ROUND_WHOLE = 100


# A figure alone in a table's cell ("4200", "1,025", "0.6").
_CELL_FIGURE = re.compile(r"\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")


def table_values(name: str, tables: Sequence[TableInfo]) -> list[tuple[Decimal, str]]:
    """The values of a column headed by the quantity's name and its unit ("Specific heat capacity (J/kg °C)"):
    the sizes the lesson gives it, in that unit."""
    found: list[tuple[Decimal, str]] = []
    for table in tables:
        for at, cell in enumerate(table.header):
            m = re.fullmatch(rf"\s*{re.escape(name)}\s*\((?P<unit>{UNIT_SIGN})\)\s*", cell, re.I)
            if not m:
                continue
            for row in table.rows:
                figure = _CELL_FIGURE.fullmatch(row[at]) if at < len(row) else None
                if figure:
                    found.append((Decimal(figure.group(1).replace(",", "")), m.group("unit")))
    return found


def _lesson_unit(symbol: str, name: str, own: str, text: str,
                 tables: Sequence[TableInfo] = ()) -> tuple[str, list[Decimal]]:
    """A symbol's unit (its own, else the one the lesson most gives its values) and the lesson's values in it,
    in its prose ("a radius of 1.5 m") or in a table's column headed by its name and unit."""
    given = given_values(name, symbol, text) + (table_values(name, tables) if name else [])
    units = [u for _, u in given]
    unit = own or (max(units, key=units.count) if units else "")
    return unit, [v for v, u in given if u == unit]


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else listed(parts)


# A formula in symbols as asked: its result, each symbol with its power, its constant, π or not.
Relation = tuple[str, frozenset[tuple[str, int]], Fraction, bool]


def asked_already(relation: Relation, taken: set[Relation]) -> bool:
    """The formula, written another way ("V = IR" for "V = I × R"), or rearranged ("f = v / λ" for "v = f × λ"),
    is asked already; "V = ⅓ × π × r² × h" after "V = π × r² × h" is another formula."""
    result, powers, constant, pi = relation
    symbols = {s for s, _ in powers} | {result}
    for other in taken:
        if symbols == {s for s, _ in other[1]} | {other[0]} and (other[0] != result or other[1:] == relation[1:]):
            return True
    return False


# A working of a term in the lesson: "E = 0.5 × 200 × 0.050² = 0.5 × 200 × 0.0025 = 0.25 J", its numbers (each with
# the power it is written with) up to the next "=", then its answer after the last "=".
_NUMERIC_FACTOR = re.compile(r"\s*(?P<number>\d+(?:\.\d+)?|[½⅓⅔¼¾⅕])(?P<power>[²³])?\s*(?:\s[A-Za-z/]{1,5}(?=\s*[×÷=]|$))?")
_ANSWER = re.compile(r"=\s*(?P<answer>\d+(?:\.\d+)?)(?![\d²³]|\.\d)(?!\s*[×÷])")


def worked_against(term: Term, sentences: Sequence[str]) -> bool:
    """Whether every working of the term in the lesson ("E = 0.5 × 200 × 0.050² = ... = 0.25 J") comes out by this
    reading of it: its factors, the constant among them, in the term's order and powers, give its answer to the
    figures it writes.  A working of another shape is another formula's ("P = 12 V × 9 A" beside "P = I² × R"), and so
is one without the term's constant ("A = 8 × 5 = 40" of "A = l × w" beside "A = ½ × b × h").  A lesson whose own example does not come out by the reading is misread: nothing is asked."""
    for sentence in sentences:
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(term.result)}\s*=(?=\s*[\d½⅓⅔¼¾⅕])", sentence):
            head, _, rest = sentence[m.end():].partition("=")
            factors = [f for f in re.split(r"\s*×\s*", head.strip()) if f]
            parsed = [_NUMERIC_FACTOR.fullmatch(f) for f in factors]
            answers = list(_ANSWER.finditer("=" + rest))
            if "÷" in head or not all(parsed) or not answers or term.pi or term.root > 1:
                continue  # a working this reading does not cover: no evidence either way
            numbers = [(_VULGAR.get(p.group("number")) or Fraction(p.group("number")), _POWER_SIGN.get(p.group("power"), 1))
                       for p in parsed]
            if term.constant != 1:
                if not numbers or numbers[0] != (term.constant, 1):
                    continue  # no constant written: another formula's working ("A = 8 × 5" of "A = l × w")
                numbers = numbers[1:]
            if [p for _, p in numbers] != [p for _, p in term.powers]:
                continue  # another formula of the same quantity ("P = 12 V × 9 A" beside "P = I² × R")
            value = Fraction(term.constant)
            for number, power in numbers:
                value *= number ** power
            answer = answers[-1].group("answer")
            places = len(answer.split(".")[1]) if "." in answer else 0
            if abs(Decimal(value.numerator) / Decimal(value.denominator) - Decimal(answer)) > Decimal(1).scaleb(-places) / 2:
                return False
    return True


def term_questions(lesson: LessonView, named: dict[str, tuple[str, str]],
                   asked: set[Relation] = frozenset()) -> Iterator[Candidate]:
    """"By the formula “A = π × r²”, where A is the area and r is the radius, what is A when r = 4 cm?": a formula
    in symbols with a constant, π, a power or no signs (``expressions.py``), on fresh values of the lesson's sizes."""
    named = {k.replace("∆", "Δ"): v for k, v in named.items()}
    seen: set[str] = set()
    taken = set(asked)
    text = ""
    for section, sentence in lesson.sentences:
        if "=" not in sentence:
            continue
        # "pressure = density × gravitational field strength × depth, or p = ρ g h": stated in symbols too.
        stated = stated_in_symbols(sentence)
        term = parse_term(sentence) or parse_term(stated)
        if term is None or term.text.lower() in seen or any(s not in named for s in term.symbols) \
                or (len(term.powers) == 1 and term.powers[0][1] == 1 and not term.pi and term.root == 1):
            continue  # "d = 2r": a doubling, no formula to apply
        seen.add(term.text.lower())
        if not worked_against(term, [s for _, s in lesson.sentences]):
            continue  # the lesson's own working does not come out by this reading
        # "T² = a³" and "T = √(a³)": one relation.
        relation = (term.result, frozenset((s, Fraction(p, term.root)) for s, p in term.powers), term.constant, term.pi)
        if asked_already(relation, taken):
            continue  # "f = v / λ" after "v = f × λ": one relation, asked once
        if parse_symbol_formula(sentence, named) is not None or (stated and parse_symbol_formula(stated, named)):
            continue  # two or three plain symbols: asked as any formula in symbols
        text = text or lesson_text(lesson)
        units: dict[str, str] = {}
        sizes: dict[str, list[Decimal]] = {}
        for symbol in term.symbols:
            units[symbol], sizes[symbol] = _lesson_unit(symbol, named[symbol][0], named[symbol][1], text,
                                                                lesson.tables)
        if len(term.result) > 1 and not confirmed_by_figures(term, sizes, text):
            continue  # a result written as initials: asked only when the lesson's own figures bear the reading out
        result_name, result_unit = named.get(term.result, ("", ""))
        unit = result_unit or power_unit(term, units) or quotient_unit(term, units)
        if not unit or not all(units.values()):
            continue  # bare numbers, or a unit the lesson never gives: raters mark down "no units"
        result_name = result_name or dimension_name(unit, text)
        rng = rng_for(term.text)
        fixed = {s: v for s in term.symbols if (v := fixed_value(named[s][0], sizes[s])) is not None}
        if len(fixed) == len(term.symbols):
            continue  # nothing to give a fresh value
        doubles, halves = twice(term, lesson)
        figures = lesson_numbers(" ".join([text, *(c for t in lesson.tables for row in t.rows for c in row)]))
        best = None
        for _ in range(TERM_DRAWS):
            values = {s: fixed.get(s) or fresh_value(sizes[s], rng) for s in term.symbols}
            exact = evaluate(term, values)
            places, rounded = 0, False
            if exact != exact.to_integral():
                # Hundreds to the nearest whole: π as 3.14 then gives the key more often (``slip_free``).
                places = 1 if exact < ROUND_WHOLE else 0
                rounded = exact != round_to(exact, places)
            key = round_to(exact, places) if rounded else exact.normalize()
            if key < 1 or recalled(key, places, figures):
                continue
            # π as 3.14 gives the key too, or the stem says which π (a draw that needs no word on it first).
            pi_free = slip_free(term, values, places)
            slips = [round_to(m, places) if rounded else m for m in mistakes(term, values, doubles, frozenset(halves))]
            distractors = mistake_options(list(values.values()), key, slips, unit)
            if fmt(key) in {fmt(v) for v in values.values()} or len(distractors) < 2:
                continue
            if best is None or (pi_free, len(distractors)) > (best[5], len(best[3])):
                best = values, key, rounded, distractors, places, pi_free
            if pi_free and len(distractors) >= 3:
                break
        if best is None:
            continue
        values, key, rounded, distractors, places, pi_free = best
        symbols = [term.result] if result_name else []
        called = {**{x: named[x][0] for x in term.symbols}, term.result: result_name}
        legend = _listed([f"{x} is the {lower_first(called[x])}" for x in [*symbols, *term.symbols]])
        asked = f"the {lower_first(result_name)} {term.result}" if result_name else term.result
        given = _listed([f"{s} = {with_unit(fmt(v), units[s])}" for s, v in values.items()])
        rounding = ("" if not rounded else " Give the answer to 1 decimal place." if places
                    else " Give the answer to the nearest whole number.")
        if not pi_free:
            rounding = f" Use the π key of a calculator.{rounding}"
        stem = f"The text gives the formula “{term.text}”, where {legend}. What is {asked} when {given}?"
        if word_count(stem + rounding) > MAX_STEM_WORDS:
            brief = _listed([f"{x} the {lower_first(called[x])}" for x in [*symbols, *term.symbols]])
            stem = f"By the text's formula “{term.text}”, with {brief}, what is {term.result} when {given}?"
        if word_count(stem + rounding) > MAX_STEM_WORDS:
            stem = compact_stem(term.text, asked, [(s, named[s][0], with_unit(fmt(v), units[s]))
                                                   for s, v in values.items()])
        taken.add(relation)
        yield apply_candidate(stem=stem + rounding, key=with_unit(fmt(key), unit), distractors=distractors,
                              formula=term.text, worked=worked_term(term, values), section=section,
                              sentence=sentence)
