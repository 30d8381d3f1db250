"""A formula's worked example, and fresh numbers that keep what the example shows about its quantities.

Read by the apply family (``families/apply.py``).  A lesson works a formula through with numbers either
in the formula's own sentence ("Moles = concentration × volume = 0.100 mol/L × 0.0200 L = 0.00200 mol")
or on a later line of the same section or its subsections that names the same result ("Incidence
rate = 24 / 1,600 person-years = 0.015 per person-year", "Working: total distance = 340 × 1.2 = 408 m",
a substitution "rate = 56 cm³ ÷ 40 s." with its answer on the next line), or anywhere later in the
symbols the lesson gave the formula ("stress = force / area, or σ = F / A"), or in prose on a later line of
its section that names the result before "is" ("Its f-number is 50 ÷ 12.5 = 4", "the relative frequency of
landing point-up is 76 ÷ 200 = 0.38": a photography and a probability lesson, test-k), its bare figures
taking the short unit the lines just before give them ("A 50 mm lens has an aperture 12.5 mm wide").  Only an example
whose arithmetic is right is read.  It gives the question its units and its sizes, and the fresh numbers
keep its constraints: a count stays whole, a quotient below 1 (a part of a whole, a proportion, a rate
per person) stays below 1, the key has no more decimals than the example's answer, and no fresh number
has many more significant figures than the example's.  When the example goes on with its answer
("= 408 m, so the distance to the cliff = 408 / 2 = 204 m"), the formula is one step of a longer
working: asked alone it would skip the lesson's point (raters on test-g).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import product

from lessontext.words import getAllLemmas

from .text import STOPWORDS

_NUM = r"(\d+(?:[.,]\d+)*)"
# A unit after a number: "mol/L", "Ω", "mm²", "cm³/s", "person-years", "per person-year"; never a word of
# the sentence ("= 408 m, so", "= 2 and", "= 3 per cent").
_UNIT = (r"((?:(?!(?:and|or|so|to|of|in|the|which|that|is|are|was|per\s+cent)\b)"
         r"(?:per\s+)?[A-Za-zΩµ°£$€][A-Za-zΩµ°²³⁻¹-]{0,14}(?:/[A-Za-z²³⁻¹-]{1,8})?)?)")
# "£300": a currency written before its amount is read as the amount's unit.
_CURRENCY_FIRST = re.compile(r"([£$€])(\d[\d,]*(?:\.\d+)?)")
CURRENCIES = frozenset("£$€")
MIN_AMOUNT_DIGITS = 3
_OPERATOR = r"\s*([×÷*/])\s*"
# The answer's unit ends the working: a unit of several words ("0.0075 mol dm⁻³ s⁻¹") is not read as its first.
_ANSWER_ENDS = r"(?=\s*(?:$|[.,;)*])|\s+(?:and|or|so|which|as|in|for|per\s+cent|[a-z]{4,})\b)"
EXAMPLE = re.compile(
    rf"=\s*{_NUM}\s*{_UNIT}{_OPERATOR}{_NUM}\s*{_UNIT}(?:{_OPERATOR}{_NUM}\s*{_UNIT})?\s*[=≈]\s*\**{_NUM}\s*{_UNIT}"
    + _ANSWER_ENDS
)
# A substitution with its answer on the next line: "rate = 56 cm³ ÷ 40 s." then "rate = 1.4 cm³/s.".
_SUBSTITUTION = re.compile(
    rf"=\s*({_NUM}\s*{_UNIT}{_OPERATOR}{_NUM}\s*{_UNIT}(?:{_OPERATOR}{_NUM}\s*{_UNIT})?)\s*\.?\s*$"
)
_ANSWER = re.compile(rf"=\s*\**({_NUM}\s*{_UNIT})\**" + _ANSWER_ENDS)
SCALES = ("1.5", "2", "3", "4", "5")
# A value below 1 (a rate as a decimal, a concentration) scales less: "r = 0.05" becomes 0.075 or 0.1, never
# 0.25 (raters on test-k and test-g: unrealistic, absurd numbers).
FRACTION_SCALES = ("1.5", "2")
# A fresh answer differs from the example's by at least this share of it: not one to copy.
NEW_ANSWER = Decimal("0.1")
# A fresh number may have this many significant figures more than the example's (at least two).
EXTRA_FIGURES = 1


@dataclass(frozen=True)
class Worked:
    """A worked example: its input values with their units, its answer, the answer's unit and decimals."""

    values: tuple[Decimal, ...]
    units: tuple[str, ...]
    result: Decimal
    unit: str
    places: int
    continues: bool  # the working goes on with the answer: the formula is one step of it
    near: bool = False  # a case worked in full (a bill, a share-out): fresh numbers stay near its own


def number(text: str) -> Decimal | None:
    """"3,000" -> Decimal("3000"); None when the text is no number."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def decimal_places(value: Decimal) -> int:
    """How many decimals ``value`` needs: 0.30 -> 1, 25 -> 0."""
    return max(0, -value.normalize().as_tuple().exponent)


def written_places(text: str) -> int:
    """How many decimals a figure is written with: "0.40" -> 2, "1,200" -> 0."""
    return len(text.split(".")[1]) if "." in text else 0


def figures(value: Decimal) -> int:
    """Significant figures of a value ("0.015" 2, "1,600" 2, "0.0800" 1: trailing zeros count for nothing)."""
    return len(value.normalize().as_tuple().digits)


def apply_ops(values: list[Decimal], ops: list[str]) -> Decimal | None:
    """``values`` multiplied (×) and divided (÷) in turn; None for a division by zero."""
    result = values[0]
    for op, v in zip(ops, values[1:]):
        if op == "×":
            result *= v
        elif v == 0:
            return None
        else:
            result /= v
    return result


def read_example(sentence: str, ops: list[str]) -> Worked | None:
    """The worked example in ``sentence`` of a formula with operators ``ops``, or None.

    Only a complete one whose arithmetic holds: as many numbers as the formula has quantities, the same
    operators, and the answer the operators give (to the example's rounding)."""
    sentence = _CURRENCY_FIRST.sub(r"\2 \1", sentence)
    m = EXAMPLE.search(sentence)
    if not m:
        return None
    g = m.groups()
    inputs = [(g[0], g[1]), (g[3], g[4])] + ([(g[6], g[7])] if g[6] is not None else [])
    found_ops = [g[2]] + ([g[5]] if g[5] is not None else [])
    found_ops = ["×" if o in "×*" else "÷" for o in found_ops]
    if found_ops != ops:
        return None
    values = [number(v) for v, _ in inputs]
    result = number(g[8])
    if result is None or any(v is None or v <= 0 for v in values) or result <= 0:
        return None
    computed = apply_ops(values, ops)
    if computed is None or abs(computed - result) > result * Decimal("0.01"):
        return None
    rest = sentence[m.end():]
    continues = re.search(rf"(?<![\d.,]){re.escape(g[8])}(?![\d.,]\d)\s*[^\s\w]?\s*[×÷*/+−-]\s*\d", rest) is not None
    return Worked(tuple(values), tuple(u or "" for _, u in inputs), result, g[9] or "", written_places(g[8]), continues)


_LABEL = re.compile(r"^(?:\d+[.)]\s*)?(?:[A-Z][\w ]{0,20}:\s*)?")
_CONTENT = re.compile(r"[a-z]{4,}")
# Words many quantities share: "Total revenue = ..." is no example of "Total cost".
_GENERIC = frozenset("total mean average number amount final initial change value overall".split())


def names_result(sentence: str, result: str) -> bool:
    """The left side of ``sentence``'s first "=" names the formula's result, or a word of it
    ("Incidence rate = 24 / ...", "Working: total distance = 340 × 1.2" for "distance travelled"), or
    the whole of a short one ("First spot: Rf = 2.5 ÷ 12.5")."""
    left = sentence.split("=", 1)[0]
    left = _LABEL.sub("", left.strip()).lower()
    words = set(_CONTENT.findall(result.lower())) - _GENERIC
    if not words:  # an abbreviation ("Rf = 5.2 ÷ 8.0 = 0.65"): named whole
        return left.strip() == result.lower()
    return bool(words & set(_CONTENT.findall(left)))


# "stress = force / area, or σ = F / A", "... × time. Or, in symbols, I = P × r × t": the formula again in symbols.
_ALIAS = re.compile(r"(?:^|,\s*|\b)(?:or|in symbols)\b,?\s*(?:in symbols,?\s*)?(?P<symbol>[^\W\d_]{1,2})\s*=\s*"
                    r"(?P<expr>[^\W\d_][^,;=]*)", re.I)


def _expression(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("/", "÷").replace("*", "×").rstrip(".")


def alias(sentences: list[tuple[object, str]], at: int) -> tuple[str, str] | None:
    """The symbol and the expression the lesson gives the formula at ``sentences[at]`` in, in its
    sentence or the next ("or σ = F / A": "σ", "F÷A")."""
    sentence = sentences[at][1]
    m = _ALIAS.search(sentence, sentence.find("=") + 1)  # a rule in words has no "=": from its start
    if m is None and at + 1 < len(sentences):
        m = _ALIAS.match(sentences[at + 1][1].strip())
    return (m.group("symbol"), _expression(m.group("expr"))) if m else None


def named_as_another(worked: Worked, names: list[str], sentences: list[tuple[object, str]]) -> bool:
    """A value of the example that the lesson works out, elsewhere, as another of the formula's quantities:
    the example is another formula's.  A lesson that gives one result two formulas ("mechanical advantage =
    load ÷ effort" and "= effort arm ÷ load arm") works one of them on a line that names only the result
    ("Mechanical advantage = 490 N ÷ 140 N = 3.5"), after "load = ... = 490 N" and "effort = ... = 140 N":
    read for the other, its forces filled the arms' lengths ("effort arm = 1,470 N"; raters on test-o: a
    physics error taught).  Only a value with a unit, found as the answer of a working or a statement."""
    words = [set(_CONTENT.findall(n.lower())) for n in names]
    for i, (value, unit) in enumerate(zip(worked.values, worked.units)):
        if not unit:
            continue
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        own, other = words[i] - others, others - words[i]
        # The whole of the last side: "= 490 N", not "= 490 N × 0.40 m" nor "= 50 mm wide".
        answer = re.compile(rf"\**{re.escape(_figure(value))}\s*{re.escape(unit)}\**\s*[.,;]?\s*$")
        for _, sentence in sentences:
            if sentence.count("=") < 1:
                continue
            left, last = sentence.split("=", 1)[0], sentence.rsplit("=", 1)[1].strip()
            if not answer.match(last):
                continue
            named = set(_CONTENT.findall(left.lower()))
            if named & other and not named & own:
                return True
    return False


def _split_example(substitution: str, answer: str, ops: list[str]) -> Worked | None:
    """A substitution line with no answer and the next line's answer, read as one worked example."""
    sub, ans = _SUBSTITUTION.search(_CURRENCY_FIRST.sub(r"\2 \1", substitution)), _ANSWER.search(
        _CURRENCY_FIRST.sub(r"\2 \1", answer))
    if sub is None or ans is None:
        return None
    return read_example(f"= {sub.group(1)} = {ans.group(1)}", ops)


def _figure(value: Decimal) -> str:
    text = f"{value.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def with_currencies(worked: Worked, text: str) -> Worked:
    """The example's bare amounts that the lesson writes with a currency elsewhere ("I = 2,000 × 0.05 × 3"
    after "deposits £2,000"): the currency is their unit too."""
    units = list(worked.units)
    for i, (value, unit) in enumerate(zip(worked.values, worked.units)):
        if not unit and len(re.sub(r"\D", "", _figure(value))) >= MIN_AMOUNT_DIGITS:  # "3" may be anything
            found = re.search(rf"([£$€]){re.escape(_figure(value))}(?![\d,.]\d)", text)
            units[i] = found.group(1) if found else ""
    return replace(worked, units=tuple(units))


# "Its f-number is 50 ÷ 12.5 = 4": a working in prose, after the clause that names what it computes.
_PROSE = re.compile(r"(?P<subject>[^.;:,]*?)\s+(?:is|are|was|were|must be|would be)\s+(?P<work>\d[^=≈]*[=≈]\s*\d.*)$")
# A unit the lines before a prose working give its bare figures: a short symbol ("mm", "kg", "cm³"), not a
# counted noun ("200 times", "10 people"), which the quantity's name already says.
_SHORT_UNIT = r"([A-Za-zΩµ°](?:[A-Za-zΩµ°²³]?|[A-Za-zΩµ°²³]{1,3}(?<!s)))(?![\w-])"


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def short_unit(value: Decimal, text: str) -> str:
    """The short unit ``text`` first writes ``value`` with ("12.5 mm", "54 kcal"), or "".  A word is none: a
    function word ("544 of them") or one the dictionary knows ("5 red counters", "3 new cases")."""
    written = "|".join(re.escape(f) for f in sorted({f"{value:,f}", _figure(value)}, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\d.,])(?:{written})(?![\d.,]\d)\s*{_SHORT_UNIT}", text):
        unit = m.group(1)
        if unit.lower() in _ORDINAL_ENDINGS:
            continue  # "the 31st": an ordinal, no unit
        if unit.lower() not in STOPWORDS and not getAllLemmas(unit.lower()):
            return unit
    return ""


def prose_example(sentences: list[tuple[object, str]], j: int, result: str, ops: list[str]) -> Worked | None:
    """The worked example in prose at ``sentences[j]`` of the formula of ``result``: the clause before
    "is" names the result in full, and the working after it holds; its bare figures take the short unit
    the sentence or the GIVEN_BEFORE lines before it write them with."""
    sentence = sentences[j][1]
    m = _PROSE.search(sentence)
    if m is None or not re.search(rf"(?<![\w-]){re.escape(result.lower())}(?![\w-])", m.group("subject").lower()):
        return None
    found = read_example("= " + m.group("work"), ops)
    return None if found is None else given_units(found, sentences, j, sentence[:m.start("work")])


def given_units(found: Worked, sentences: list[tuple[object, str]], j: int, lead: str = "") -> Worked:
    """``found`` (the working at ``sentences[j]``) with its bare figures in the short units the GIVEN_BEFORE
    lines before it (and ``lead``, its own words before the working) write them with: "The solvent front is
    8.0 cm above the baseline ..." then "Rf = 5.2 ÷ 8.0 = 0.65"."""
    around = " ".join(s for _, s in sentences[max(0, j - GIVEN_BEFORE):j]) + " " + lead
    return replace(found, units=tuple(u or short_unit(v, around) for u, v in zip(found.units, found.values)))


def section_example(sentences: list[tuple[object, str]], at: int, result: str, ops: list[str]) -> Worked | None:
    """The formula at ``sentences[at]``'s worked example (``example_of``), its bare amounts with the
    currency the lesson writes them with."""
    found = example_of(sentences, at, result, ops)
    if found is None or not any(u in CURRENCIES for u in (found.unit, *found.units)):
        return found
    return with_currencies(found, " ".join(s for _, s in sentences))


def example_of(sentences: list[tuple[object, str]], at: int, result: str, ops: list[str]) -> Worked | None:
    """The formula at ``sentences[at]``'s worked example: in its own sentence, else on a later line of
    its section whose left side names its result, else on any later line that works the formula in
    the symbols the lesson gave it ("σ = F / A = 50,000 N / 314.2 mm² = 159.2 MPa")."""
    section, sentence = sentences[at]
    own = read_example(sentence, ops)
    if own is not None:
        return own
    anchor, level = getattr(section, "anchor", None), getattr(section, "level", 0)
    for j in range(at + 1, len(sentences)):
        later_section, later = sentences[j]
        # The formula's section and its subsections ("### Worked example 1" under "## Rate").
        if getattr(later_section, "anchor", None) != anchor and getattr(later_section, "level", 0) <= level:
            break
        if "=" not in later:
            continue
        found = None
        if names_result(later, result):
            found = read_example(later, ops)
            found = found and given_units(found, sentences, j)
            if found is None and j + 1 < len(sentences) and names_result(sentences[j + 1][1], result):
                found = _split_example(later, sentences[j + 1][1], ops)
        found = found or prose_example(sentences, j, result, ops)
        if found is not None:
            return found
    for j in range(at + 1, len(sentences)):
        found = labelled_example(sentences, j, result, ops)
        if found is not None:
            return found
    named = alias(sentences, at)
    if named is None:
        return None
    found = symbol_line(sentences, at, *named, ops)
    return found[1] if found else None


# "Energy charge: 322 × 24.50p = 7889p", "One part: £60 ÷ 5 = £12.": a working under a label that names its result.
_LABELLED = re.compile(r"^(?:[-*]\s+)?(?:\d+[.)]\s*)?\**(?P<label>[A-Z][A-Za-z ]{1,40}?)\**:\**\s+(?P<work>[£$€]?\d.*)$")


def labelled_example(sentences: list[tuple[object, str]], j: int, result: str, ops: list[str]) -> Worked | None:
    """The worked example at ``sentences[j]`` when it is a working under a label that names the formula's
    result, word for word but for the words many quantities share ("Standing charge: 31 × 60.10p = 1863.1p"
    for "total standing charge", never "Energy charge: ..." for it), anywhere later in the lesson: a lesson
    often works its method through in a section of its own (raters on test-v and test-o: bare numbers "no
    reader would meet", "750 days", no pence).  Its bare figures take the short unit the lesson writes them
    with ("322 kWh"), and its fresh numbers stay within twice its own ("750 days" at "7" was no bill a reader
    meets; raters on test-v: "use e.g. 31 days at 60.10p")."""
    m = _LABELLED.match(sentences[j][1].strip())
    if m is None:
        return None
    named = set(_CONTENT.findall(m.group("label").lower())) - _GENERIC
    if not named or named != set(_CONTENT.findall(result.lower())) - _GENERIC:
        return None
    found = read_example("= " + m.group("work"), ops)
    if found is None:
        return None
    text = " ".join(s for _, s in sentences)
    return replace(found, units=tuple(u or short_unit(v, text) for v, u in zip(found.values, found.units)), near=True)


def symbol_line(sentences: list[tuple[object, str]], at: int, symbol: str, expression: str,
                ops: list[str], *, restated_only: bool = False) -> tuple[int, Worked] | None:
    """The first later line that works the formula ``symbol = expression`` with numbers ("Working: v = 0.5 × 6 = 3",
    "σ = F / A = 50,000 N / 314.2 mm² = 159.2 MPa"), and where it is.  ``restated_only``: the symbol has
    other formulas in the lesson ("I = Q / t", "I = V / R"): only a line that restates this one, or follows
    it closely ("Equation: v = f × λ" then "Working: v = 0.5 × 6 = 3"), is its example."""
    for j in range(at + 1, len(sentences)):
        later = sentences[j][1]
        left, _, right = _CURRENCY_FIRST.sub(r"\2 \1", later).partition("=")
        if not right or _SEQUENCE.sub("", _LABEL.sub("", left.strip())) != symbol:
            continue
        # A line that restates its formula must restate this one ("ε = σ / E = ..." is another formula of ε).
        # The working on one line, or its substitution with the answer on the next ("Substitute the values:
        # R = 6 ÷ 0.5." then "Calculate: R = 12.").
        following = sentences[j + 1][1] if j + 1 < len(sentences) else ""
        split = _SUBSTITUTION.search("=" + right) and _LABEL.sub("", following).startswith(f"{symbol} =")
        restated = EXAMPLE.search("=" + right) or (_SUBSTITUTION.search("=" + right) if split else None)
        stated = any(_expression(m.group("expr")) == expression and m.group("result") == symbol
                     for _, s in sentences[max(0, j - GIVEN_BEFORE):j] for m in _SYMBOL_FORMULA.finditer(s))
        allowed = (expression,) if restated_only and not stated else ("", expression)
        if restated is None or _expression(("=" + right)[:restated.start()].lstrip("=")) not in allowed:
            continue
        found = _split_example(later, following, ops) if split else read_example(later, ops)
        if found is not None:
            return j, found
    return None


# A working's step word before its symbol: "Then n = m / M = 9.0 g ÷ 18.0 g/mol = 0.50 mol".
_SEQUENCE = re.compile(r"^(?:then|so|now|next|finally|hence|thus)\b,?\s*", re.I)
# "I = V / R", "Current: I = Q / t": a formula of one symbol in others.
_SYMBOL_FORMULA = re.compile(r"(?:^|:\s*)(?P<result>[^\W\d_])\s*=\s*(?P<expr>[^\W\d_](?:\s*[×÷*/]\s*[^\W\d_])+)\s*(?=$|=|[.,;])")
# How far around a working its values are given ("Given: f = 0.5 Hz, λ = 6 m" two lines before it,
# "Answer: The waves travel at 3 m/s." on the next line).
GIVEN_BEFORE = 4
ANSWER_AFTER = 2


def symbol_example(sentences: list[tuple[object, str]], at: int, result: str, symbols: list[str],
                   ops: list[str]) -> Worked | None:
    """The worked example of a formula in symbols (``result = symbols[0] op symbols[1] ...``): a later line
    that works it with numbers, its inputs' units read from where the lesson gives each symbol its value
    ("Given: f = 0.5 Hz, λ = 6 m", "identify the values: P = $2,000, r = 0.05, and t = 3 years"), its
    answer's from the line after when the working leaves it out ("Answer: The waves travel at 3 m/s.").
    Seen in a physics lesson (test-g) and a finance lesson (test-i)."""
    expression = _expression(" ".join(x for pair in zip(symbols, [*ops, ""]) for x in pair))
    others = {_expression(m.group("expr")) for _, s in sentences for m in _SYMBOL_FORMULA.finditer(s)
              if m.group("result") == result} - {expression}
    found = symbol_line(sentences, at, result, expression, ops, restated_only=bool(others))
    if found is None:
        return None
    j, worked = found
    before = " ".join(s for _, s in sentences[max(0, j - GIVEN_BEFORE):j])
    units = list(worked.units)
    for i, (symbol, value) in enumerate(zip(symbols, worked.values)):
        given = re.search(rf"(?<![^\W\d_]){re.escape(symbol)}\s*=\s*([£$€]?){re.escape(_figure(value))}"
                          rf"(?![\d.,]\d)\s*{_UNIT}", before)
        if not units[i] and given:
            units[i] = given.group(1) or given.group(2) or ""
    unit = worked.unit
    if not unit:
        after = " ".join(s for _, s in sentences[j + 1:j + 1 + ANSWER_AFTER])
        # The first mention with a unit: "R = 12." then "so the resistance is 12 Ω".
        answers = re.finditer(rf"(?<![\d.,]){re.escape(_figure(worked.result))}(?![\d.,]\d)\s*{_UNIT}", after)
        unit = next((m.group(1) for m in answers if m.group(1)), "")
    worked = replace(worked, units=tuple(units), unit=unit)
    if any(u in CURRENCIES for u in (worked.unit, *worked.units)):
        worked = with_currencies(worked, " ".join(s for _, s in sentences))
    return worked


def _whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _decimals(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)


def _keeps(value: Decimal, like: Decimal) -> bool:
    """A fresh value keeps its example value's kind: whole if it was whole, and of a like precision."""
    if _whole(like) and not _whole(value):
        return False
    if _decimals(value) > _decimals(like) + (like < 1):
        # The example's rounding: "12.5 mm" gives "25 mm" or "37.5 mm", never "18.75 mm"; a value below 1
        # may take one decimal more ("0.5 A" gives "0.75 A": its only fresh values that are no whole unit).
        return False
    return figures(value) <= max(figures(like), 2) + EXTRA_FIGURES


def _fits(key: Decimal, worked: Worked) -> bool:
    """The key reads as the example's answer does: no more decimals, and below 1 when it was."""
    if worked.result < 1 <= key:
        return False
    return -key.normalize().as_tuple().exponent <= worked.places


def _scaled(worked: Worked, ops: list[str]):
    """Each input of the example scaled by a small factor, kept under the example's constraints, with
    the exact result: ``(values, exact)``."""
    for factors in product(*[SCALES if v >= 1 and not worked.near else FRACTION_SCALES for v in worked.values]):
        values = [v * Decimal(f) for v, f in zip(worked.values, factors)]
        if any(v == 1 for v in values):
            continue  # "λ = 1 m": multiplying or dividing by one asks nothing, and gives an input as the key
        if all(_keeps(v, w) for v, w in zip(values, worked.values)) and (exact := apply_ops(values, ops)) is not None:
            yield values, exact


def _new_answer(key: Decimal, worked: Worked) -> bool:
    # The example's own answer again, or nearly, would let a student copy it.
    return key > 0 and abs(key - worked.result) >= worked.result * NEW_ANSWER


def fresh_values(worked: Worked, ops: list[str], rng: random.Random) -> tuple[list[Decimal], Decimal] | None:
    """Fresh inputs and the exact key, each input the example's scaled by a small factor, under the
    example's constraints; None when no scaling keeps them."""
    choices = [(values, key) for values, key in _scaled(worked, ops) if _new_answer(key, worked) and _fits(key, worked)]
    if not choices:
        return None
    values, key = rng.choice(choices)
    return values, key.normalize()


def rounded_values(worked: Worked, ops: list[str], rng: random.Random) -> tuple[list[Decimal], Decimal] | None:
    """Fresh inputs under the example's constraints whose key is rounded to the example's decimals, as
    the example's own answer is ("50,000 N / 314.2 mm² = 159.2 MPa"); None when none keeps them."""
    choices = []
    for values, exact in _scaled(worked, ops):
        key = exact.quantize(Decimal(1).scaleb(-worked.places), rounding=ROUND_HALF_UP)
        if _new_answer(key, worked) and not (worked.result < 1 <= key):
            choices.append((values, key))
    if not choices:
        return None
    return rng.choice(choices)


NEAR = 100  # a factor left out whose result is this many times off the key is no slip anyone takes for the answer


def typical_mistakes(values: list[Decimal], key: Decimal, ops: list[str], *, proportion: bool,
                     like: bool = True) -> list[Decimal]:
    """The results of common mistakes, most typical first, rounded as the key may be read.

    A quotient: the operation changed, the ratio turned round, the decimal point slipped; a proportion
    (below 1 in the text's example): the ratio turned round, then read as a percentage, then slipped.  A product: a factor left out,
    the decimal point slipped, the factors added.  ``like``: the quantities share a unit, so one taken
    from the other is a slip (a force less an area is none)."""
    if ops == ["÷"]:
        dividend, divisor = values
        if proportion:  # a part of its whole: multiplying or subtracting them is no typical slip
            found = [divisor / dividend, key * 100, key * 10, key / 10, key * 1000]
        else:
            found = [dividend * divisor, *([dividend - divisor] if like else []), divisor / dividend, key * 10,
                     key / 10, key * 1000, key / 1000]
    else:
        found = product_mistakes(values, key)
    # A quotient that does not end ("33.333...") is rounded as a student would write it: three figures.
    return [m.quantize(Decimal(1).scaleb(m.adjusted() - 2), rounding=ROUND_HALF_UP) if -m.normalize().as_tuple().exponent > 8 else m
            for m in found]


def product_mistakes(values: list[Decimal], key: Decimal) -> list[Decimal]:
    """A product's typical wrong results, most typical first.  Of three factors, one left out ("2.4 = one
    year only"; each in turn, ``factors_left_out``), then the decimal point slipped.  Of two, where leaving one out gives an input: the factors
    added and one divided by the other, then one slip only.  Options that are nothing but the key times a
    power of ten ("72,000 / 7,200 / 72" for 240 × 3) are guessed by estimation and model no error (raters
    on test-n, test-n-mid, test-n-r3 and test-o: use the sum, 243, and the quotient, 80)."""
    if len(values) > 2:
        return [*factors_left_out(values, key), key * 10, key / 10, key * 100, sum(values, Decimal(0)), key * 1000,
                key / 1000]
    first, second = values
    found = [first + second]
    if second != 1:
        found.append(first / second)
    return [*found, key * 10, key / 10]


def factors_left_out(values: list[Decimal], key: Decimal) -> list[Decimal]:
    """A product of three or more factors with one left out, the last first ("P × r": one year's interest only),
    then each other one whose result stays within a hundredfold of the key ("ρ × h": g forgotten).

    Raters mark an apply item down when its wrong options are only the key times a power of ten (test-n,
    test-n-mid, test-s-r3, test-t): estimation finds the key and no learner's error is modelled.  Leaving a
    factor out is the slip a learner makes; a result hundreds of times off ("r × t" = £1.05 for £420 of
    interest) is no amount anyone would take for the answer.
    """
    found = []
    for skipped in [len(values) - 1, *range(len(values) - 1)]:
        partial = Decimal(1)
        for at, v in enumerate(values):
            if at != skipped:
                partial *= v
        if skipped == len(values) - 1 or key / NEAR <= partial <= key * NEAR:
            found.append(partial)
    return found


_MIDDLE_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?!\d)")
_ARITHMETIC = re.compile(r"[\d)²³½]\s*[×÷/*+−-]\s*[\d(½]")  # a figure, an operation and a figure


def derived_figures(working: str) -> set[str]:
    """The figures a line of working writes between its first arithmetic and its last side that its arithmetic did not
    ("k = 1 / (1 − 0.75) = 1 / 0.25 = 4": 0.25): worked out there, never given, so a later working that uses one leans on
    the figures it came from ("÷ 9.81" carried on from "5.0² ÷ 9.81" is given)."""
    sides = re.split(r"[=≈]", working)
    first = next((i for i, side in enumerate(sides) if _ARITHMETIC.search(side)), len(sides))  # (not "v × t", "3. Use")
    carried = {m.group(0) for m in _MIDDLE_FIGURE.finditer(sides[first])} if first < len(sides) else set()
    return {m.group(0) for side in sides[first + 1:-1] for m in _MIDDLE_FIGURE.finditer(side)} - carried
