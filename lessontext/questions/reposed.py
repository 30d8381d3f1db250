"""A worked example re-posed on fresh numbers: its problem ("A ship ... receives the echo 0.40 seconds later. The
speed of sound in sea water is 1520 m/s. ... find the depth.") with new figures, its answer worked by the lesson's
own arithmetic ("d = v × t / 2 = 1520 × 0.40 / 2 = 608 / 2 = 304 m").

Read by the apply family (``families/apply.py``).  Lessons of measurement and mechanics teach by worked examples whose
arithmetic no formula reader takes: the formula is in symbols nobody names, or the working runs over two lines ("Total
distance: 343 × 1.2 = 411.6 m." then "the distance to the cliff is 411.6 ÷ 2 = 205.8 m"); 50 of 365 lessons of the
open corpora ended with two items or fewer, most of them such lessons.  An example is read when:

- its problem is its first sentences, up to a question ("What is ...?", "How far ...?") or an instruction ("Find its
  area.", "We want to find ..."), and gives figures;
- its answer is the last working of the example: a line of "=" whose first side with figures is a sum of them (× ÷ + −,
  brackets, a square or a cube, a half), and whose last side is one figure with its unit; a figure of that sum that
  an earlier working of the example worked out stands for that working's sum, so the answer's arithmetic is read back
  to the problem's figures ("411.6 ÷ 2" is "343 × 1.2 ÷ 2");
- that arithmetic gives the answer the lesson writes, to the figures it writes (else it is misread, and not asked).

The problem's figures that the arithmetic uses are drawn afresh (the sizes and decimals of the lesson's own, none
of them); its other figures, and the arithmetic's figures the problem does not give (a speed of sound from an earlier
section, a "÷ 2"), stay.  A problem that gives a figure the arithmetic does not use in the unit of one it uses ("a
sloping side of 6 cm" beside a height) is not asked: a fresh height could outgrow it.  The key is the fresh answer,
to the decimals the lesson's answer has (one more at most; the options show them, no stem says so); the wrong options are
the slips of the arithmetic: a multiplication made a division (or the reverse), a factor or divisor left out, and the
decimal point slipped.  Problems with a percentage are ``problems.py``'s.  A share the problem gives in words is worked
as a decimal ("at 70 per cent": "0.70 × 130") and stays, a formula it names ("Using HRmax = 220 − age, calculate ...")
keeps its constants, a figure it gives once may be used twice (a resting heart rate taken off, then added back), and a
whole figure that scales exactly only by a half or a double takes a neighbour within a quarter of it (65 bpm -> 130
bpm is no resting heart rate); a question asking two things or a percentage answered as a fraction is not asked.  A
working of reciprocals ("1/v = 1/10 − 1/30", "1/v = 3/30 − 1/30 = 2/30 = 1/15", "v = 15 cm": a lens) is read as one
over its first sum, and "Estimate the population." asks as "Find ..." does.

A lesson none of whose worked examples is read so may have exercises in a numbered list ("## Try these") that a
later section answers in a numbered list of as many items ("## Answers": "1. p = 600 ÷ 2 = 300 Pa"): the first
exercise whose answer is read is re-posed the same way (its answer is in the text, the fresh one is not); a constant
given after the question ("Calculate the power it radiates. Use σ = ...") goes before it.  Figures in standard form
("6.63 × 10⁻³⁴", ``standard_form.py``) are one figure each, any superscript power is read ("300⁴"), and an answer
written rounded ("≈ 920 W") is matched to its significant figures, the fresh key written the same way
(``rounding.py``); a question that asks in another unit than the answer's ("in nanometres" answered in metres) or asks
a second thing ("..., and state which part of the spectrum") is not asked.
"""

from __future__ import annotations

import ast
import random
import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from .applyitems import apply_item, mistake_options, with_unit
from .candidate import Candidate
from .course import LessonView
from .expressions import round_to
from .incidental import layout_reference
from .problems import examples
from .rounding import Rounding, decimal, rounding_of
from .standard_form import STANDARD_FORM, in_standard_form, places_of, power_of, value_of
from .standard_form import fresh as fresh_standard_form
from .symbols import UNIT_NAMES
from .text import article_for
from .worked import derived_figures

# A figure: in standard form ("6.63 × 10⁻³⁴", ``standard_form``), with thousands separated, or plain.
_FIGURE = rf"{STANDARD_FORM}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TOKEN = re.compile(rf"\s*(?:[£$€]?(?P<num>{_FIGURE})(?P<pow>[²³⁴⁵⁶⁷⁸⁹])?(?P<unit>\s?(?:[a-zA-Zµ°]+(?:/[a-zA-Z]+)?[²³]?)"
                    rf"(?:\s[a-zA-Z]+(?:/[a-zA-Z]+)?)?)?|(?P<half>½)|(?P<op>[×÷/*+−-])|(?P<open>\()|(?P<close>\)))")
# (A hyphenated unit ends in a span of time: "4.24 light-years", "12 kilowatt-hours"; "5 year-old" is no unit.)
_RESULT = re.compile(rf"^\s*(?P<currency>[£$€])?(?P<num>{_FIGURE})(?!\d|\.\d|\s*/\s*\d)(?!\s?[A-Za-z]+-(?![Yy]ears?\b|hours?\b|days?\b))\s*"
                     r"(?P<unit>[a-zA-Zµ°][a-zA-Z/µ°²³]*(?:-(?:years?|hours?|days?))?(?:\s[a-zA-Z]+/[a-zA-Z]+)?"
                     r"(?:\s[a-zA-Z]{1,3}⁻?[¹²³])*)?"  # "mol dm⁻³", "W m⁻² K⁻⁴": units with powers
                     r"(?![\w-])")
# A question asking two things ("How much edging and how much net ...?", "How many moles, and how many molecules",
# "what percentage ..., and is this moderate or vigorous exercise?") or yes or no ("Will it float ...?"): one answer
# cannot key it.
_TWO_ASKED = re.compile(r"\band\s+(?:how|what|which|whether|the|state|say|explain|name|describe|give|convert)\b|"
                        r",\s*and\s+(?:is|are|does|do|would)\s|"
                        r"^(?:will|does|do|is|are|can)\b", re.I)
# A formula the problem names ("Using HRmax = 220 − age, ..."): its figures are constants, not the problem's.
_NAMED_FORMULA = re.compile(r"\w+\s?=\s?[^,.;:]+(?:\.\d[^,.;:]*)*")
# A share written in words ("at 70 per cent"), which the working takes as a decimal.
_PER_CENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s?per\s?cent\b", re.I)
# A percentage asked for, answered by a working that ends on a fraction ("= 70 ÷ 113 = 0.619"): the key is not asked.
_PERCENT_ASKED = re.compile(r"\b(?:what|the)\s+percentage\b|\bas\s+a\s+percentage\b", re.I)
_START = re.compile(r"[\d½(]")
# "Using HRmax = 220 − age, calculate her target heart rate ...": the method named before the instruction.
_ASKS = re.compile(r"\?\s*$|^(?:using\s[^,]{1,60},\s*)?(?:find|calculate|estimate|work out|we want to find|what|how)\b",
                   re.I)
_PROBLEM_FIGURE = re.compile(rf"(?<![\w.,])(?P<num>{_FIGURE})(?![\d])(?!\.\d)\s?(?P<unit>[a-zA-Zµ°][a-zA-Z/µ°²³]*)?")
NEAR_SCALES = (Decimal("0.75"), Decimal("1.25"), Decimal("1.5"))
SCALES = (Decimal("0.5"), Decimal("0.75"), Decimal("1.25"), Decimal("1.5"), Decimal(2))
# What a question asks, by the unit of its answer: "what force is needed?" answered in joules is another working's.
_ASKED = {
    "force": {"N", "kN"}, "weight": {"N", "kN"}, "effort": {"N", "kN"}, "load": {"N", "kN"},
    "energy": {"J", "kJ", "kWh", "MJ"}, "work": {"J", "kJ"}, "power": {"W", "kW"}, "pressure": {"Pa", "kPa", "N/m²"},
    "mass": {"g", "kg", "mg", "t"}, "speed": {"m/s", "km/h", "mph"}, "velocity": {"m/s", "km/h"}, "fast": {"m/s", "km/h"},
    "area": {"cm²", "m²", "mm²", "km²"}, "volume": {"cm³", "m³", "mm³", "l", "ml"},
    "far": {"m", "km", "cm", "mm"}, "distance": {"m", "km", "cm", "mm"}, "height": {"m", "cm", "mm"},
    "long": {"m", "km", "cm", "mm", "s", "min", "h"}, "time": {"s", "min", "h"}, "cost": {"p", "£"},
}
# A capitalised word inside the sentence, of two letters or more (no symbol, no unit), and what comes before it.
_CAPITALISED = re.compile(r"(?P<before>[\w,;]+(?: the)?) (?P<name>[A-Z][a-z]+)\b")
_PLACE_PREPOSITIONS = frozenset("on in at to from of near above".split())


def _names_a_thing(sentence: str) -> bool:
    """A proper name the sentence is about ("The nearest star, Proxima Centauri, has ...", "The bright star Vega has",
    "In 1838 Bessel measured"), not a place after a preposition ("on Earth", "to the Sun")."""
    return any(m["before"].split()[0] not in _PLACE_PREPOSITIONS and not m["before"][-1].isdigit()
               for m in _CAPITALISED.finditer(sentence))  # (not a unit after its figure: "6.00 × 10¹⁴ Hz")


# A unit the question asks for in words ("in nanometres"), and its sign.
_UNIT_SIGNS = {**UNIT_NAMES, "nanometres": "nm", "micrometres": "μm", "millimetres": "mm", "kilojoules": "kJ",
               "electronvolts": "eV", "kelvin": "K"}
_IN_UNIT_WORD = re.compile(rf"\bin\s+({'|'.join(_UNIT_SIGNS)})\b", re.I)
_NUMBERED = re.compile(r"\b(?:[Ss]tep|[Ee]xample|[Ss]tage|[Pp]art|[Qq]uestion)\s+\d+\b")
_KNOWN_UNITS = frozenset().union(*_ASKED.values())
_POWERED = re.compile(r"[²³]")
DRAWS = 40
MAX_ITEMS = 2  # re-posed problems per lesson, each asking for another quantity
_FRACTION_RANGE = re.compile(r"\bbetween 0 and 1\b")
_PER_MASS = re.compile(r"/\s*k?g(?![a-z])")


class Sum:
    """An arithmetic tree: a figure (``value``, where it was written) or an operation on two trees."""

    def __init__(self, op: str, left: Sum | None = None, right: Sum | None = None, value: Fraction | None = None,
                 written: str = ""):
        self.op, self.left, self.right, self.value, self.written = op, left, right, value, written

    def evaluate(self, values: dict[str, Fraction], slip: tuple[int, str] | None = None, at: list[int] | None = None
                 ) -> Fraction | None:
        """The tree's value with ``values`` for its written figures; ``slip`` (operation number, new sign) works one
        operation otherwise ("÷" for "×", "drop" to leave its right side out)."""
        at = at if at is not None else [0]
        if self.op == "num":
            return values.get(self.written, self.value)
        left = self.left.evaluate(values, slip, at)
        right = self.right.evaluate(values, slip, at)
        number, at[0] = at[0], at[0] + 1
        op = slip[1] if slip and slip[0] == number else self.op
        if left is None or right is None:
            return None
        if op == "drop":
            # A constant factor left out ("½ × b × h" as "b × h"), a division or a part of a sum forgotten ("÷ 2",
            # the bicycle's mass not added to the rider's).
            if self.op == "×" and self.left.op == "num" and self.left.written not in values:
                return right
            return left if self.op != "×" or self.right.op == "num" and self.right.written not in values else None
        if op == "^":
            return left ** int(right)
        if op == "÷":
            return left / right if right else None
        return {"×": left * right, "+": left + right, "−": left - right}[op]

    def operations(self) -> list[str]:
        if self.op == "num":
            return []
        return [*self.left.operations(), *self.right.operations(), self.op]

    def figures(self) -> list[str]:
        return [self.written] if self.op == "num" else [*self.left.figures(), *self.right.figures()]

    def substitute(self, earlier: dict[str, Sum]) -> Sum:
        """The tree with each figure an earlier working worked out replaced by that working's tree."""
        if self.op == "num":
            return earlier.get(self.written, self)
        return Sum(self.op, self.left.substitute(earlier), self.right.substitute(earlier))


def _number(text: str) -> Fraction:
    return value_of(text)


def parse_sum(text: str) -> Sum | None:
    """The arithmetic of one side of a working ("1520 × 0.40 / 2", "½ × (7 + 11) × 5", "1,200 kg × 15 m/s"), or None
    when it is anything else (a letter, a root, π) or has no operation.  Its figures (units dropped) become names
    and Python's own parser (``ast``) reads the signs, brackets and powers in their order."""
    figures: list[str] = []
    pieces: list[str] = []
    at = 0
    text = text.strip().rstrip(".")
    while at < len(text):
        m = _TOKEN.match(text, at)
        if not m or m.end() == at:
            return None
        at = m.end()
        if m.group("num") or m.group("half"):
            figures.append(m.group("num") or "½")
            pieces.append(f"f{len(figures) - 1}" + (f" ** {power_of(m.group('pow'))}" if m.group("pow") else ""))
        else:
            if m.group("op") in ("−", "-") and pieces[-1:] == ["("]:
                pieces.append("0")  # "40 − (−10)": a negative figure in brackets, read as 0 − 10
            pieces.append({"×": "*", "÷": "/", "−": "-"}.get(m.group("op"), m.group("op")) if m.group("op")
                          else m.group("open") or m.group("close"))
    try:
        tree = _from_ast(ast.parse(" ".join(pieces), mode="eval").body, figures)
    except SyntaxError:
        return None
    return tree if tree is not None and tree.op != "num" else None


_SIGNS = {ast.Mult: "×", ast.Div: "÷", ast.Add: "+", ast.Sub: "−", ast.Pow: "^"}


def _from_ast(node: ast.expr, figures: list[str]) -> Sum | None:
    """The tree of figures and the four operations (and powers) ``ast`` read; None for anything else ("-3", "2(3)")."""
    if isinstance(node, ast.Name):
        written = figures[int(node.id[1:])]
        return Sum("num", value=Fraction(1, 2) if written == "½" else _number(written), written=written)
    if isinstance(node, ast.Constant) and type(node.value) is int:  # a power: "15²"
        return Sum("num", value=Fraction(node.value), written=str(node.value))
    if isinstance(node, ast.BinOp) and type(node.op) in _SIGNS:
        left, right = _from_ast(node.left, figures), _from_ast(node.right, figures)
        return Sum(_SIGNS[type(node.op)], left, right) if left is not None and right is not None else None
    return None


def working(sentence: str) -> tuple[Sum, str, str] | None:
    """(its arithmetic, its answer as written, the answer's unit) of a working line: the first side of its "=" that
    is arithmetic of figures, and its last side when that is one figure."""
    sides = re.split(r"[=≈]", sentence)  # ("... ≈ 920 W": an answer rounded)
    if len(sides) < 2:
        return None
    result = _RESULT.match(sides[-1])
    tree = _first_sum(sides[:-1]) if result else None
    if tree is None:
        return None
    # the unit as written after the figure ("205.8 m", "10p"), or a currency before it ("£1,400 per year")
    return tree, result.group("num"), result.group("currency") or result.group(0)[result.end("num"):].rstrip()


def _first_sum(sides: list[str]) -> Sum | None:
    """The first side that is arithmetic of figures: "Total distance travelled by the sound: d" and "v × t" are
    passed over; "so the distance to the cliff is 411.6 ÷ 2" is read from its first figure."""
    for side in sides:
        for start in _START.finditer(side):
            tree = parse_sum(side[start.start():])
            if tree is not None:
                return tree
    return None


_SIDE = re.compile(r"^(?P<lhs>[^=]{1,12}?)\s*=\s*(?P<rhs>[^=]+)$")
_LHS = re.compile(r"^(?P<lhs>[^=]{1,12}?)\s*=")  # (a line of several steps sets the quantity a next line goes on with)


def _joined(lines: list[str]) -> list[tuple[str, str]]:
    """Lines that work one quantity down the page joined into one working: "A = ½ × 10 × 6", "A = 5 × 6", "A = 30 cm²"
    -> "A = ½ × 10 × 6 = 5 × 6 = 30 cm²", with the line that writes its answer (the item's source)."""
    out: list[tuple[str, str]] = []
    last = None
    # Lines a paragraph runs together ("... × 20.0 × 50 ΔL = 0.012 m"): a new working after a figure, each its own.
    for part, line in [(part, whole) for whole in lines for part in _NEXT_WORKING.split(whole)]:
        bare = _LINE_LABEL.sub("", part.strip().rstrip("."))
        m = _SIDE.match(bare)
        if m and out and last == m.group("lhs"):
            out[-1] = (f"{out[-1][0].rstrip('.')} = {m.group('rhs')}", line)
        else:
            out.append((part, line))
        last = lhs["lhs"] if (lhs := _LHS.match(bare)) else None
    return out


_NEXT_WORKING = re.compile(r"(?<=\d)\s+(?=(?:[A-ZΔα-ω][\w₀-₉]{0,3}|[a-z])\s*=\s)")  # (a symbol, not a unit: "dm³ =")
# "Substitute into the formula: ΔL = ...": a step's label before its working.
_LINE_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,4}:\s+")
# "v = 15 cm", "f = 20 cm.": a symbol and one figure with its unit, the last line of a working of reciprocals.
_RECIPROCAL_DONE = re.compile(rf"^(?:so,?\s+)?[A-Za-z]\w{{0,2}}\s*=\s*(?P<num>{_FIGURE})\s*(?P<unit>[a-zA-Zµ°][a-zA-Z/µ°²³]*)?\.?$")
_UNIT_FRACTION = re.compile(rf"=\s*1\s*/\s*(?P<num>{_FIGURE})\s*\.?$")


def _last_sum(text: str) -> Sum | None:
    """The sum a line of working ends on ("... = 1/10 − 1/30"), when it ends on one."""
    last = text.rsplit("=", 1)[-1] if "=" in text else ""
    start = _START.search(last)  # (its first figure only: a sum that opens later is no sum the line ends on)
    return parse_sum(last[start.start():].rstrip(" .")) if start else None


def _reciprocal_working(text: str, before: Sum | None = None) -> tuple[Sum, str] | None:
    """(the sum, N) of a working that ends on "= 1/N" and whose first side of figures works out to 1/N (a lens's
    "1/v = 1/f − 1/u = 1/10 − 1/30 = 2/30 = 1/15"), else None; the sum the line before ended on (``before``) when it
    has that value ("1/10 − 1/30", then "1/v = 3/30 − 1/30 = 2/30 = 1/15": the problem's figures are the first's)."""
    last = _UNIT_FRACTION.search(text)
    if last is None:
        return None
    tree = before if before is not None and before.evaluate({}) == 1 / _number(last["num"]) \
        else _first_sum(text[: last.start()].split("="))
    return (tree, last["num"]) if tree is not None and tree.evaluate({}) == 1 / _number(last["num"]) else None


def _constant(figure: str) -> bool:
    """A figure a working may bring in itself: a small whole number or a power of ten ("÷ 2", "× 100", "÷ 1,000")."""
    value = _number(figure)
    return value.denominator == 1 and (value <= 12 or str(value).rstrip("0") == "1")


NEAR = 50  # a wrong option within this factor of the key: "540,000 m" for 13.5 m is no slip anyone makes
NEAR_LEFT_OUT = 100  # a factor left out: a forgotten conversion (60 minutes, 100 cm) is a slip people make


def _neighbours(value: Decimal, step: Decimal) -> list[Decimal]:
    """The figures of ``value``'s grain (its last place, or five or ten of it when it is written so) within a quarter
    of it, but itself, 0 and 1."""
    grain = next(g for g in (step * 10, step * 5, step) if value % g == 0)
    low, high = value * Decimal("0.75"), value * Decimal("1.25")
    first = (low / grain).to_integral_value(rounding="ROUND_CEILING") * grain
    count = int((high - first) / grain) + 1
    return [x for x in (first + grain * k for k in range(count)) if x not in (value, 0, 1)]


def _fresh(written: str, rng: random.Random, near: bool = True) -> str:
    """The figure scaled by a small factor, to the decimals it is written with: exactly when a factor allows ("0.250
    mol" -> "0.125 mol", not "0.313 mol"), never 0 or 1 ("1 green counters"); in standard form, its mantissa."""
    if in_standard_form(written):
        return fresh_standard_form(written, _fresh(written.split("×")[0].strip(), rng, near))
    value = Decimal(written.replace(",", ""))
    places = places_of(written)
    step = Decimal(1).scaleb(-places)
    exact = [value * scale for scale in SCALES if (value * scale) % step == 0 and value * scale not in (0, 1)]
    if near and not any(x / value in NEAR_SCALES for x in exact) and (neighbours := _neighbours(value, step)):
        # A figure only halved or doubled exactly (65 bpm -> 130 bpm, a resting heart rate no one has) takes a
        # neighbour of its own grain within a quarter of it, 65 -> 50 ... 80 (in the first half of the draws only).
        exact = neighbours
    fresh = rng.choice(exact) if exact else round_to(value * rng.choice(SCALES), places)
    if fresh in (0, 1) or fresh == value:
        fresh = value + step
    text = f"{fresh:,.{places}f}" if "," in written else f"{fresh:.{places}f}"
    return text


def _replace_figures(text: str, fresh: dict[str, str]) -> str:
    """The problem with its fresh figures, an article before one fitted to it ("An 80 W lamp" -> "A 240 W lamp")."""
    text = _PROBLEM_FIGURE.sub(lambda m: fresh.get(m.group("num"), m.group("num")) + m.group(0)[len(m.group("num")):],
                               text)
    return re.sub(r"\b([Aa]n?) (\d[\d,.]*)", lambda m: f"{_cased(article_for(m.group(2)), m.group(1))} {m.group(2)}",
                  text)


_ESTIMATE = re.compile(r"^estimate\s+(?:the\s+)?(?P<rest>[a-z][^.?!]*?)\.?$", re.I)
_INSTRUCTION = re.compile(r"^(?:we\s+want\s+to\s+find|find|calculate|work\s+out)\s+(?P<rest>.+?)\.?$", re.I)


# The problem's label ("Question: A student dissolves ..."; both raters on test-cq: residue).
_LABEL = re.compile(r"^\s*(?:question|problem|example|task|exercise)\s*\d*\s*[:.]\s*", re.I)
# A question asked in two units ("What is the concentration in mol/dm³ and in g/dm³?") of which the key gives one.
_TWO_UNITS = re.compile(r"\bin\s+(?P<a>[^\s,?]+)\s+and\s+(?:in\s+)?(?P<b>[^\s,?]+(?:\s+[^\s,?]+)?)(?=\s*\?)")


def _one_unit_asked(stem: str, unit: str, sentence: str) -> tuple[str, str] | None:
    """The stem asks only for the unit its key is given in, and that unit (both raters on test-cq: "asks in mol/dm³
    and in g/dm³, but every option is in g/dm³").  A key in a scale word ("260.8 million, so the galaxy is about 260
    million light years away") is in the asked unit the sentence writes after it (both raters on test-dr: "asks for
    megaparsecs and light years but offers bare numbers"); None when the key is in neither."""
    two = _TWO_UNITS.search(stem)
    if two is None:
        return stem, unit
    asked = unit if unit in (two["a"], two["b"]) else next(
        (u for u in (two["a"], two["b"]) if unit and re.search(rf"\b{re.escape(unit)}\s+{re.escape(u)}\b", sentence)),
        None)
    if asked is None:
        return None
    return stem[: two.start()] + f"in {asked}" + stem[two.end():], unit if asked == unit else f"{unit} {asked}"


def as_question(sentence: str) -> str:
    """An instruction as the question it sets: "Find its area." -> "What is its area?", "We want to find how far
    away the lightning struck." -> "How far away did ...": left alone, as no question."""
    estimate = _ESTIMATE.match(sentence.strip())
    if estimate:  # "Estimate the snail population." -> "What is the estimated snail population?"
        return f"What is the estimated {estimate['rest']}?"
    m = _INSTRUCTION.match(sentence.strip())
    if m is None:
        return sentence
    rest = m.group("rest")
    return f"What is {rest}?" if not re.match(r"(?:how|what|which|whether)\b", rest, re.I) else sentence


def _cased(article: str, like: str) -> str:
    return article.capitalize() if like[0].isupper() else article


def reposed_questions(lesson: LessonView) -> Iterator[Candidate]:
    """The lesson's first worked example whose answer its arithmetic gives, re-posed on fresh figures, or the first
    such exercise of a numbered list whose answers a later section works ("## Answers"); and a second one that asks
    for another quantity (a mass from an energy after an energy from a mass): the lesson's other use of its formula."""
    problems = [(section, *_with_givens(block, asks)) for section, _, block in examples(lesson)
                if (asks := _asking(block)) is not None]
    asked: list[str] = []  # the units of the answers given so far
    for section, problem, solution in [*problems, *exercises(lesson)]:
        item = _reposed(section, problem, solution, lesson)
        unit = item.key.partition(" ")[2] if item is not None else None
        if unit is not None and unit not in asked:
            yield item
            asked.append(unit)
            if len(asked) == MAX_ITEMS:
                return


def _asking(block: list[str]) -> int | None:
    return next((i for i, s in enumerate(block) if _ASKS.search(s)), None)


_ANSWERS = re.compile(r"^(?:answers?|solutions?|worked answers|answers to [\w ]+)\b", re.I)


def exercises(lesson: LessonView) -> Iterator[tuple[object, list[str], list[str]]]:
    """(the answers' section, an exercise's sentences, its answer's sentences) of each numbered exercise whose answer
    a later section gives in a numbered list of as many items ("## Try these" ... "## Answers")."""
    sections = lesson.document.sections
    for at, section in enumerate(sections):
        if not section.heading or not _ANSWERS.match(section.heading.strip()):
            continue
        for answers in (x for x in section.lists if x.ordered):
            asked = next((x for earlier in reversed(sections[:at]) for x in earlier.lists
                          if x.ordered and len(x.items) == len(answers.items)), None)
            for question, answer in zip(asked.items if asked else (), answers.items, strict=False):
                if (sentences := _asked_last(list(question.sentences))) is not None:
                    yield section, sentences, list(answer.sentences)


# "Calculate the power it radiates. Use σ = 5.67 × 10⁻⁸ W m⁻² K⁻⁴.": a constant given after the question.
_GIVEN_AFTER = re.compile(r"^(?:use|take|assume)\s", re.I)


def _with_givens(block: list[str], asks: int) -> tuple[list[str], list[str]]:
    """(the problem, its solution) of a worked example whose question is sentence ``asks``: a constant given right
    after the question ("How much longer is it at 40 °C? Take α for steel as 12 × 10⁻⁶ /°C.") goes before it."""
    given = next((i for i in range(asks + 1, len(block)) if not _GIVEN_AFTER.match(block[i])), len(block))
    return [*block[:asks], *block[asks + 1:given], block[asks]], block[given:]


def _asked_last(sentences: list[str]) -> list[str] | None:
    """An exercise's sentences with its question last: a constant given after it goes before it; None when no
    sentence asks, or another follows the question."""
    asks = _asking(sentences)
    if asks is None:
        return None
    problem, rest = _with_givens(sentences, asks)
    return None if rest else problem


def _reposed(section, problem: list[str], solution: list[str], lesson: LessonView) -> Candidate | None:
    """``problem`` (its last sentence asks) re-posed on fresh figures when ``solution``'s last working reads back
    to its figures and gives the answer the lesson writes."""
    if _TWO_ASKED.search(problem[-1]) or any("%" in s or "half-li" in s for s in [*problem, *solution]):
        return None
    if not problem[0][:1].isupper() or any(layout_reference(s) or re.search(r"\babove\b", s) for s in problem):
        return None  # "finding the extension. The spring above ...": a title's tail, or a problem that leans back
    earlier: dict[str, Sum] = {}
    final = None
    workings, derived = set[str](), set[str]()  # (the figures the example's workings worked out on their way)
    reciprocal: tuple[Sum, str] | None = None  # a working that ends on "= 1/15", and the 15
    unfinished: Sum | None = None  # a line that ends on a sum ("1/v = 1/f − 1/u = 1/10 − 1/30"), worked on the next
    for text, sentence in _joined([s for s in solution if "=" in s]):
        found = working(text)
        final = None  # the example's last working must be read, or its answer is not known
        if found is None and reciprocal and (done := _RECIPROCAL_DONE.match(text)) and done["num"] == reciprocal[1]:
            # "1/v = 1/10 − 1/30 = ... = 1/15", then "v = 15 cm": the answer is one over the working's sum
            final = (Sum("÷", Sum("num", value=Fraction(1), written="1"), reciprocal[0]), done["num"],
                     done["unit"] or "", sentence)
            workings.update([sentence, text])
            continue
        reciprocal = _reciprocal_working(text, unfinished) if found is None else None
        unfinished = _last_sum(text) if found is None else None
        if found is None:
            continue
        workings.update(text.split(" = ")[:1] + [sentence, text])
        derived |= derived_figures(text)
        tree, answer, unit = found
        tree = tree.substitute(earlier)
        earlier[answer] = tree
        final = (tree, answer, unit, sentence)
    if final is None:
        return None
    tree, answer, unit, sentence = final
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", problem[-1])}
    if any(unit.strip() not in units and (unit.strip() in _KNOWN_UNITS or _POWERED.search(unit)
                                          and not any(_POWERED.search(u) for u in units))
           for word, units in _ASKED.items() if word in asked):
        return None  # the last working answers another quantity than the question asks (a unit the table does not
        # know, "How far away is it in parsecs?", is the lesson's own; but a speed is no "m²/s²": test-dq, v² for v)
    if (named := _IN_UNIT_WORD.search(problem[-1])) and _UNIT_SIGNS[named[1].lower()] != unit.strip():
        return None  # "What is its peak wavelength in nanometres?" answered in metres: the answer is another working's
    exact = tree.evaluate({})
    if _PERCENT_ASKED.search(problem[-1]) and unit.strip() != "%":
        return None
    # ("≈ 920 W": an answer rounded to its significant figures, said so)
    rounding = rounding_of(exact, answer, approximate=re.search(r"≈[^=≈]*$", sentence) is not None) \
        if exact is not None else None
    if rounding is None:
        return None  # the lesson's answer does not come out of this reading: misread
    # A formula the problem names ("Using HRmax = 220 − age, ...") holds constants, not the problem's figures.
    given = [(at, m.group("num")) for at, s in enumerate(problem) for m in _PROBLEM_FIGURE.finditer(s)
             if not any(f.start() <= m.start() < f.end() for f in _NAMED_FORMULA.finditer(s))]
    written = [f for f in tree.figures() if f != "½"]
    used = {num for _, num in given if num in written}
    if not used or any(sum(1 for _, n in given if n == num) > 1 or written.count(num) > 1 and _constant(num)
                       for num in used):
        return None  # no figure of the problem in the arithmetic, or one written twice ("2 s" and "÷ 2"): which?
    # (A larger figure the problem gives once is one quantity however often the working uses it: a resting heart
    # rate taken off the maximum, then added back to the share of the reserve.)
    # A figure of the arithmetic that is not the problem's must be a constant ("÷ 2", "× 100") or a figure the
    # lesson gives elsewhere ("Speed of sound: v = 343 m/s"): one written only in the working is the problem's
    # own, written otherwise ("2 seconds" matched to a "÷ 2" while the working multiplies by 1.2).
    # A share the problem gives in words is worked as a decimal ("at 70 per cent" -> "0.70 × 130"): it stays.
    shares = {m.group(1) for s in problem for m in _PER_CENT.finditer(s)
              if any(f not in used and _number(f) * 100 == _number(m.group(1)) for f in written)}
    elsewhere = " ".join(s for _, s in lesson.sentences if s not in workings)
    # A figure a working worked out ("1 / 0.25") is no constant: it kept a wrong key (test-ee, both raters: £25 for £100).
    if any(not _constant(f) and (f in derived or not re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|\.\d)", elsewhere)
           and not any(_number(f) * 100 == _number(n) for n in shares)) for f in written if f not in used):
        return None
    # Every figure of the problem is used but those of a sentence that sets the scene ("The air temperature is
    # 20 °C."): a figure left out beside one used is another working's, or a fresh value could outgrow it.
    with_used = {at for at, n in given if n in used} | {len(problem) - 1}
    conditions = {m.group(1) for s in problem for m in re.finditer(r"(?<![\d.,])([\d.,]+)\s?°", s)} | shares
    if any(n not in used and n not in conditions and at in with_used for at, n in given):
        return None  # (a temperature or an angle a problem states is its condition: "a tray of water at 0 °C")
    if any(_names_a_thing(problem[at]) for at, n in given if n in used):
        return None  # a named thing's figure drawn afresh contradicts the lesson ("Proxima Centauri, has a parallax
        # angle of 1.152 arcseconds" against its 0.768)
    # An angle or a temperature scaled leaves its range ("120° east of due south"): it keeps its value, and the
    # problem's other figures are drawn afresh ("a rail 20.0 m long at −10 °C" heated to 40 °C: a new length only).
    used = {n for n in used if not re.search(rf"(?<![\d.,]){re.escape(n)}\s?°", " ".join(problem))}
    if not used:
        return None
    # A figure the lesson states outside the example with the same unit is a constant of the subject ("On Earth g is
    # about 9.8 N/kg"): it stays as it is ("Taking g = 19.6 N/kg" for a worker on Earth: both raters on test-da).
    beyond = " ".join(s for _, s in lesson.sentences if s not in workings and s not in problem)
    fixed = {m.group("num") for s in problem for m in _PROBLEM_FIGURE.finditer(s) if m.group("num") in used
             and m.group("unit") and re.search(rf"(?<![\d.,]){re.escape(m.group('num'))}\s?{re.escape(m.group('unit'))}"
                                               r"(?![\w/])", beyond)}
    # A constant the example takes ("Take α for steel as 12 × 10⁻⁶ /°C", "Use σ = ...") keeps its value.
    fixed |= {m.group("num") for s in problem if _GIVEN_AFTER.match(s) for m in _PROBLEM_FIGURE.finditer(s)}
    # A figure per kilogram or per gram is a property of a substance or a field ("The specific latent heat of fusion
    # of lead is 23,000 J/kg", "g = 9.8 N/kg"): drawn afresh, it contradicts the lesson (34,500 J/kg for lead: both
    # raters on test-db).
    fixed |= {m.group("num") for s in problem for m in _PROBLEM_FIGURE.finditer(s)
              if m.group("num") in used and _PER_MASS.search(m.group("unit") or "")}
    return _item(tree, problem, used - fixed or used, unit, rounding, sentence, section, lesson)


def _item(tree: Sum, problem: list[str], used: set[str], unit: str, rounding: Rounding, sentence: str,
          section, lesson: LessonView) -> Candidate | None:
    show, to_places, inexact = rounding.show, rounding.to_places, rounding.inexact
    rng = random.Random(f"reposed:{' '.join(problem)}")
    # (a step's or a part's number is no figure of the lesson: "Step 2:")
    lesson_text = _NUMBERED.sub("", " ".join(s for _, s in lesson.sentences))
    asked = _one_unit_asked(as_question(problem[-1]), unit.strip(), sentence)
    if asked is None:
        return None
    question, unit_name = asked
    for draw in range(DRAWS):
        fresh = {f: _fresh(f, rng, near=draw < DRAWS // 2) for f in sorted(used)}
        values = {f: _number(v) for f, v in fresh.items()}
        exact = tree.evaluate(values)
        if exact is None or exact <= 0:
            continue
        key_value = to_places(exact)
        if not inexact and decimal(exact) != key_value:
            continue  # the lesson's answer is exact: so is the fresh one
        key = with_unit(show(key_value), unit_name)
        if show(key_value) in {show(decimal(v)) for v in values.values()}:
            continue  # the key is a figure given: "750 ÷ 1" asks nothing
        if re.search(rf"(?<![\d.,]){re.escape(show(key_value))}(?![\d]|\.\d)", lesson_text):
            continue  # no key that is a figure of the lesson
        near: list[Decimal] = []
        for number, op in enumerate(tree.operations()):
            for other in {"×": ("÷", "drop"), "÷": ("drop", "×"), "+": ("drop", "×"), "−": ("+", "drop"),
                          "^": ("×",)}[op]:
                value = tree.evaluate(values, (number, other))
                # A factor left out may be a conversion forgotten ("× 60" for minutes: 12 × 50 = 600 m, not
                # 36 km; both raters on test-cn missed it): it stays further from the key than another slip.
                if value is None or value <= 0:
                    continue
                far, shown = (NEAR_LEFT_OUT if other == "drop" else NEAR), rounding.slip(value)
                if key_value / far <= shown <= key_value * far and shown != 1:  # (a reciprocal's "1/" left: no slip)
                    near.append(shown)
        given = [decimal(v) for v in values.values()]
        # A fraction the lesson says lies between 0 and 1 takes no option above 1 (both raters on test-dc: "every
        # distractor is above 1, though the text says C lies between 0 and 1").
        fraction = not unit_name and key_value < 1 and _FRACTION_RANGE.search(lesson_text)
        if fraction:  # the share that does not (1 − C), and the key doubled or halved, stay between 0 and 1
            near = [v for v in near if v < 1] + [v for v in (1 - key_value, key_value * 2, key_value / 2) if 0 < v < 1]
        distractors = mistake_options(given, key_value, near, unit_name, show)
        if len(distractors) < 3:
            # The decimal point slipped only to make up the options: raters called powers of ten "no real error".
            slips = [v for v in (key_value * 10, key_value / 10) if not fraction or v < 1]
            distractors = mistake_options(given, key_value, [*near, *slips], unit_name, show)
        if len(distractors) < 2:
            continue
        stem = _LABEL.sub("", _replace_figures(" ".join([*problem[:-1], question]), fresh))
        # (No "Give the answer to 2 decimal places": the options show it, and both raters on test-dk struck it out.)
        return apply_item(section=section, sentence=sentence, key=key, distractors=distractors, stem=stem,
                          explanation=f"Worked as the text works its example, with the new figures: {key}.",
                          claim=f"problem:{' '.join(problem)[:60]}")
    return None
