"""Formulas in one-letter symbols ("V = I × R", "v = f × λ") and the names and units a lesson gives the symbols.

Read by the apply family (``families/apply.py``): a table with a "Symbol" column, "where X is <name>" in the
prose or in a list after "where:", every item of it ("- k is the spring constant, measured in newtons per metre
(N/m)"; "where ΔT is the change in temperature" too), "the energy stored in a spring is E = ..." before its formula, "<Name>, written x," or "the
<name>, usually written x" where a quantity is defined, and a summary table's header cells ("Radius (r)").
Also the other ways teachers name a symbol, counted over the open corpora's formula lessons: a note on its
letter ("ρ (the Greek letter rho) is the density"), the symbol in commas ("The molar mass of a substance,
symbol M, is ..."), "X is given the symbol Y", a legend item ("- m = mass (kg)"), and a formula in words
written again in symbols ("density = mass / volume", "ρ = m / V"), read name for symbol in turn.  A unit is
read where it is unambiguous: its sign in brackets after its words, a sign with a power, slash or degree,
or a unit word or sign the lesson also writes after a figure ("in metres" with "12 m").
"""

from __future__ import annotations

import re

from .course import LessonView
from .formulas import OP as _OP
from .formulas import SPLIT as _SPLIT

# "V = I × R", "Current from the battery: I = V / R = 12 V ÷ 6 Ω = 2 A", "v = f × λ": one-letter symbols.
_SYMBOL = r"[^\W\d_]"
_SYMBOL_FORMULA = re.compile(
    rf"^(?:[^:=]{{1,60}}:\s*)?(?P<result>{_SYMBOL})\s*=\s*(?P<expr>[Δ∆]?{_SYMBOL}(?:{_OP}[Δ∆]?{_SYMBOL}){{1,2}})\s*(?=$|=|[.,;])"
)
# A unit's sign in brackets or alone: "kg/m³", "J/kg °C", "mol/dm³", "°C", "Ω".
UNIT_SIGN = r"[A-Za-zΩµ°][A-Za-zΩµ°/²³·]{0,7}(?:\s[A-Za-zΩµ°/²³]{1,4})?"
# "in kilograms per cubic metre (kg/m³)", "in °C", "in m/s", "in metres": a unit after a quantity's name; its
# words (up to six, never "in": "the change in temperature in °C" is one name) and its sign, or the sign alone.
_IN_UNIT = (r"(?:measured\s+|expressed\s+)?in\s+(?:(?P<words>(?:(?!in\b)[A-Za-z]+\s+){0,5}(?!in\b)[A-Za-z]+)\s*"
            rf"\((?P<sign>{UNIT_SIGN})\)|(?P<bare>[°µΩ][A-Za-z]{{0,2}}|[A-Za-z]{{1,3}}(?:[²³]|/[A-Za-z]{{1,3}}[²³]?)?(?:\s°[A-Z])?"
            r"|degrees\s+Celsius|[a-z]{1,12}s)(?=\s*$|[,.;)]|\s+(?:and|or)\b))")
# "where Q is charge in coulombs (C) and t is time in seconds (s)": a symbol named in the prose, its name ending
# before "in" and a unit or a plural ("quantity in units per week"), or an adverb ("in order"), not before
# any "in" ("the change in temperature"); also a
# list after "where:" ("where: - I is the interest, in units of currency; - P is the principal; ...",
# read as one sentence), in a finance lesson of dev and of test-i; "where ρ (the Greek letter rho) is the density",
# a note on the symbol's letter or sound between it and its name (test-q, test-s, test-w).
_WHERE_NAMED = re.compile(
    r"(?:\bwhere:?|[,;]|\band)\s*(?:[-–•*]\s*)?(?<![^\W\d_])(?P<symbol>[Δ∆]?[^\W\d_])(?:\s*\([^()]{1,30}\))?"
    r"(?:,\s+(?:read|pronounced|said)\s+[“\"][^”\"]{1,20}[”\"],)?"
    r"\s+is\s+(?:the\s+|its\s+)?(?!in\b)(?P<name>(?:[A-Z]-)?[a-z][a-z '’-]{1,40}?)"
    rf"(?=\s+{_IN_UNIT}|\s+in\s+(?:[a-z]+s|order|total|general|turn)\b|\s+(?:as|measured|expressed|written|between)\b|\s*[,.;(:]|\s+and\s+[^\W\d_]\s+is\b|\s+-\s|$)"
)
# "where c is in moles per cubic decimetre (mol/dm³)": a symbol given its unit only (named elsewhere).
_WHERE_UNIT_ONLY = re.compile(
    r"(?:\bwhere:?|[,;]|\band)\s*(?<![^\W\d_])(?P<symbol>[Δ∆]?[^\W\d_])\s+is\s+(?=in\s)")
# "Frequency, written f, is ...", "Wavelength, written with the Greek letter λ (lambda), is ...": a quantity
# given its symbol where it is defined; its unit follows in the sentence or the next ("measured in hertz (Hz)").
_WRITTEN_NAMED = re.compile(
    r"(?:^|[.:]\s+)(?:\d+[.)]\s*)?(?P<name>[A-Z][a-z]+(?:\s+[a-z]+){0,2}),\s+(?:is\s+)?written\s+"
    r"(?:with\s+the\s+[A-Z][a-z]+\s+letter\s+)?(?P<symbol>[^\W\d_])(?![^\W\d_])"
)
# "That distance is the radius, usually written r", "is the diameter, written d": the name before its symbol.
_NAME_WRITTEN = re.compile(
    r"\b(?:is\s+called|is|called)\s+(?:the\s+)?(?P<name>[a-z]+(?:\s+[a-z]+){0,2}),\s+(?:(?:usually|often|also|commonly)\s+)?"
    r"written\s+(?P<symbol>[^\W\d_])(?![^\W\d_])"
)
# A table's header cell "Radius (r)", "Circumference (C = πd)": a quantity and its symbol, as a summary table heads them.
_HEADER_NAMED = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s*\((?P<symbol>[^\W\d_])(?P<formula>\s*=[^)]*)?\)")
# The SI units written as one letter: "(m)" after a column's name is its unit, metres.
UNIT_LETTERS = frozenset("m s g N J W V A K C L l T F H S Ω".split())
_MEASURED_IN = re.compile(r"\bmeasured\s+in\s+[a-z]+(?:\s+[a-z]+){0,3}\s*\(([^\W\d_][^\s()]{0,5})\)")
# "The molar mass of a substance, symbol M, is ...", "The concentration of a solution, c, is ...": a quantity
# given its symbol in commas where it is defined (test-n); its unit is read as for "<Name>, written x".
_COMMA_NAMED = re.compile(
    r"(?:^|[.:]\s+)(?:The\s+)?(?P<name>[A-Z]?[a-z]+(?:\s+[a-z]+){0,2})(?:\s+of\s+(?:a|an|the)\s+[a-z]+)?,\s+"
    r"(?:symbol:?\s+)?(?P<symbol>[Δ∆]?[^\W\d_aI])(?![^\W\d_]),\s+(?:is|are)\b"
)
# "For a cone with base radius r and perpendicular height h:": the quantities a formula below takes, named.
_FOR_WITH = re.compile(r"^For\s+(?:a|an|any|every)\s+[a-z]+(?:\s+[a-z]+)?\s+with\s")
_WITH_NAMED = re.compile(r"(?:\swith|\sand|,)\s+(?:a\s+|an\s+)?(?P<name>[a-z]+(?:\s+[a-z]+)?)\s+(?P<symbol>[^\W\d_])"
                         r"(?=\s*(?:,|and\b|:|\.|$))")
# "Current is given the symbol I", "Density has the symbol ρ", "The symbol for density is ρ": a name and its symbol.
_GIVEN_SYMBOL = re.compile(
    r"(?:^|[.:]\s+)(?:The\s+)?(?P<name>[A-Z]?[a-z]+(?:\s+[a-z]+){0,2})\s+(?:is\s+given|has|is\s+written\s+with)\s+the\s+"
    r"symbol\s+(?P<symbol>[Δ∆]?[^\W\d_])(?![^\W\d_])"
)
# "the energy stored in a stretched spring is E = ½ × k × x²", "The area of a circle is A = πr²": a quantity named
# in the prose right before its symbol and the formula for it (its name without "in a stretched spring"); "The rule
# is W = ..." names no quantity.
_NAME_IS_FORMULA = re.compile(
    r"\b[Tt]he\s+(?!(?:rule|formula|equation|law|relation(?:ship)?|result|answer|working|calculation|same)\b)"
    r"(?P<name>[a-z]+(?:\s+[a-z]+){0,2}?)(?:\s+(?:in|of|on)\s+(?:a|an|the)(?:\s+[a-z]+){1,2})?\s+is\s+(?P<symbol>[Δ∆]?[^\W\d_])\s*=\s*(?:[^\W\d_]|[½⅓¼(√])"
)
_SYMBOL_FOR = re.compile(
    r"(?:^|[.:]\s+)The\s+symbol\s+(?:for|of)\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,2})\s+is\s+"
    r"(?P<symbol>[Δ∆]?[^\W\d_])(?![^\W\d_])"
)
# A legend line after a formula: "- m = mass (kg)", "c: specific heat capacity, in J/kg °C", "ΔT = change in temperature".
_LEGEND_LINE = re.compile(
    r"^(?:[-–•*]\s*)?(?P<symbol>[Δ∆]?[^\W\d_])\s*[=:]\s+(?:the\s+)?(?P<name>[a-z][a-z'’ -]{1,40}?)"
    rf"(?:\s*\((?P<unit>{UNIT_SIGN})\)|,?\s+{_IN_UNIT})?\s*[.;]?$"
)
# "density = mass / volume" then "In symbols this is written as ρ = m / V", "pressure = density × gravitational
# field strength × depth, or p = ρ g h": a formula in words and the same in symbols, names and symbols in turn
# (test-q, test-s, test-w, dev, test-c).
_WORD_NAME = r"[A-Za-z][a-z]+(?:\s+[a-z]+){0,4}"
_WORD_EQUATION = re.compile(
    rf"^(?P<result>{_WORD_NAME})\s*=\s*(?P<expr>{_WORD_NAME}(?:\s*(?:[×÷*/]|\sx\s)\s*{_WORD_NAME}){{1,4}})"
    r"\s*(?=$|[.,;:])"
)
_WORD_OPS = re.compile(r"\s*(?:([×÷*/])|\s(x)\s)\s*")
# Where the same formula in symbols starts: a symbol and "=" after a space or a sign (", or ρ = ...",
# "or, in symbols, E = ...", "written as ρ = ..."), near the start of what follows the formula in words.
_SYMBOLS_START = re.compile(r"(?:^|(?<=[\s,:]))(?=[Δ∆]?[^\W\d_]\s*=)")
SYMBOLS_WITHIN = 40
_LABEL_LINE = re.compile(r"(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*:")  # "In symbols:", "Written as a formula:"
MAX_NAME_WORDS = 5
# Short words after "in" that are no unit, even after a figure ("5 in all", "3 of them").
NOT_UNITS = frozenset("a an all any each the this that it its one our your their his her air sea use".split())
# "The SI unit of density is the kilogram per cubic metre (kg/m³)", "The unit of acceleration is metres per
# second per second, written m/s²": a quantity's unit, given by its name.
_UNIT_OF = re.compile(
    r"\bunit\s+of\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,2})\s+is\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,5}\s*"
    rf"(?:\((?P<sign>{UNIT_SIGN})\)|,\s+written\s+(?P<written>{UNIT_SIGN})(?=$|[\s,.;]))"
)
# After a name, its unit: "in metres", ", measured in newtons (N)", "(or compression), measured in metres (m)": an
# aside in brackets and a comma may come first, but only before "measured" or "expressed" (", in turn" is no unit);
# "T is the orbital period, the time taken to complete one orbit, measured in years": an appositive may come first.
_UNIT_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:the|a|an)\s[^,;()]{1,60}(?=,\s*(?:measured|expressed)\s+in\b))?"
                         r"(?:\s*,(?=\s*(?:measured|expressed)\s+in\b))?\s*" + _IN_UNIT)
# An item of a list after "where:": a symbol and "is" ("k is the spring constant").
_WHERE_ITEM = re.compile(r"^(?:[-–•*]\s*)?[Δ∆]?[^\W\d_]\s+is\s")
# A line that states a formula in symbols: a symbol or initials, "=", then a symbol ("BMI = m ÷ h²", "v = f × λ").
_FORMULA_LINE = re.compile(r"(?<![^\W\d_])(?:[Δ∆]?[^\W\d_][²³]?|[A-Z]{2,4})\s*=\s*(?:\d+(?:\.\d+)?\s*(?=[π√×(]))?(?:[½⅓¼π(√×]\s*)*[Δ∆]?[^\W\d_][²³]?(?![^\W\d_])")
# The unit words a lesson writes in full, and their signs ("h is the depth in metres", "12 m").
UNIT_NAMES = {"metres": "m", "meters": "m", "seconds": "s", "kilograms": "kg", "grams": "g", "newtons": "N",
              "joules": "J", "pascals": "Pa", "watts": "W", "volts": "V", "amperes": "A", "amps": "A", "ohms": "Ω",
              "moles": "mol", "litres": "L", "hertz": "Hz", "centimetres": "cm", "kilometres": "km",
              "degrees Celsius": "°C"}
# "ampere (A)": the unit's symbol in brackets.
_UNIT_IN_BRACKETS = re.compile(r"\(([A-Za-zΩ]{1,4})\)")


def symbol_names(lesson: LessonView) -> dict[str, tuple[str, str]]:
    """symbol -> (name, unit) as the lesson names them: a table with a "Symbol" column (the row's
    first cell names it, a "Unit" cell gives its unit), a header cell "Radius (r)", "where X is <name>" in the
    prose, "<Name>, written x,", "the <name>, usually written x", "<Name>, symbol x, is", "<Name> is given the
    symbol x", "For a cone with base radius r and perpendicular height h:", a legend line "m = mass (kg)", and a
    formula in words beside the same in symbols.  A unit a
    shape gives a symbol without its name ("where c is in mol/dm³") goes with the name read elsewhere."""
    named: dict[str, tuple[str, str]] = {}
    units: dict[str, str] = {}
    in_words: list[tuple[str, str]] = []
    with_names: dict[str, str] = {}
    text = " ".join(s for _, s in lesson.sentences)
    for table in lesson.tables:
        header = [h.strip().lower() for h in table.header]
        if "symbol" not in header or header.index("symbol") == 0:
            continue
        at, unit_at = header.index("symbol"), header.index("unit") if "unit" in header else None
        for row in table.rows:
            if len(row) != len(header) or not re.fullmatch(_SYMBOL, row[at].strip()):
                continue
            unit = _UNIT_IN_BRACKETS.search(row[unit_at]) if unit_at is not None else None
            named[row[at].strip()] = (row[0].strip(), unit.group(1) if unit else "")
    # "V is the volume of the *solution*": emphasis is no part of a name.
    sentences = [s.replace("**", "").replace("*", "") for _, s in lesson.sentences]
    where_items = _where_list_items(lesson, sentences)
    for at, sentence in enumerate(sentences):
        # "E = m x c x ΔT, where:" then "E is the energy in joules (J), m is ...": the list is the where clause,
        # every item of it ("- F is the force ...", "- k is the spring constant ...", one a line).
        after_where = at > 0 and sentences[at - 1].rstrip().endswith("where:")
        item = sentence.strip() in where_items or any(i.startswith(sentence.strip()) for i in where_items)
        where = "where " + sentence if after_where or item else sentence
        for m in _WHERE_NAMED.finditer(where):
            name = m.group("name").strip()
            if 1 <= len(name.split()) <= MAX_NAME_WORDS:
                named.setdefault(m.group("symbol"), (name, ""))
                _keep_unit(units, m.group("symbol"), _unit_after(where, m.end(), text))
        for m in _WHERE_UNIT_ONLY.finditer(where):
            _keep_unit(units, m.group("symbol"), _unit_after(where, m.end(), text))
        for shape in (_WRITTEN_NAMED, _COMMA_NAMED):
            written = list(shape.finditer(sentence))
            for i, m in enumerate(written):
                # Its unit is in what follows, up to the next quantity named: the rest of its sentence,
                # and the next sentence unless that names one ("It is measured in hertz (Hz).").
                span = sentence[m.end():written[i + 1].start()] if i + 1 < len(written) else sentence[m.end():]
                if i + 1 == len(written) and at + 1 < len(sentences) and not shape.search(sentences[at + 1]):
                    span += " " + sentences[at + 1]
                unit = _MEASURED_IN.search(span)
                named.setdefault(m.group("symbol"), (m.group("name"), unit.group(1) if unit else ""))
        for m in (*_NAME_WRITTEN.finditer(sentence), *_NAME_IS_FORMULA.finditer(sentence)):
            named.setdefault(m.group("symbol"), (m.group("name"), ""))
        if (shape_with := _FOR_WITH.match(sentence)) is not None:
            for m in _WITH_NAMED.finditer(sentence, shape_with.end() - 6):
                symbol, name = m.group("symbol"), m.group("name")
                if symbol in with_names and with_names[symbol] != name:
                    # "base radius r" of a cone, "radius r" of a sphere: the words both names end on
                    first, second = with_names[symbol].split(), name.split()
                    common = [a for a, b in zip(reversed(first), reversed(second), strict=False) if a == b]
                    name = " ".join(reversed(common)) if common else with_names[symbol]
                with_names[symbol] = name
        for shape in (_GIVEN_SYMBOL, _SYMBOL_FOR):
            for m in shape.finditer(sentence):
                unit = _MEASURED_IN.search(sentence, m.end())
                named.setdefault(m.group("symbol"), (lower_name(m.group("name")), unit.group(1) if unit else ""))
        following = sentences[at + 1:at + 3]
        if following and _LABEL_LINE.fullmatch(following[0].strip()):
            following = following[1:]  # "In symbols:" on a line of its own, the formula on the next
        in_words += in_words_and_symbols(sentence, following[0] if following else "")
    # A list's items whole: the parser keeps "c: specific heat capacity" as a label and its text.
    for item in (i for section in lesson.document.sections for items in section.lists for i in items.items):
        legend = _LEGEND_LINE.match(item.text.strip())
        if legend and len(legend.group("name").split()) <= MAX_NAME_WORDS:
            named.setdefault(legend.group("symbol"), (legend.group("name").strip(), ""))
            _keep_unit(units, legend.group("symbol"), legend.group("unit") or _given_unit(legend, text))
    by_name = {m.group("name"): m.group("sign") or m.group("written") for sentence in sentences
               for m in _UNIT_OF.finditer(sentence)}
    for symbol, name in with_names.items():
        named.setdefault(symbol, (name, ""))
    # After the names the prose gives a symbol ("where r is the annual rate" over "rate" in the formula in words).
    for symbol, name in in_words:
        named.setdefault(symbol, (name, ""))
    # Last: the prose's names win.  "Distance (m)", "Time (s)" head a column with its unit, not a symbol:
    # a letter alone that is a unit's is read only with its formula ("Circumference (C = πd)").
    for table in lesson.tables:
        for cell in table.header:
            m = _HEADER_NAMED.fullmatch(cell.strip())
            if m and (m.group("formula") or m.group("symbol") not in UNIT_LETTERS):
                named.setdefault(m.group("symbol"), (m.group("name"), ""))
    return {symbol: (name, unit or units.get(symbol, "") or by_name.get(name.lower(), ""))
            for symbol, (name, unit) in named.items()}


def _where_list_items(lesson: LessonView, sentences: list[str]) -> set[str]:
    """The items of each list that follows "where:" and names a symbol in each item ("- k is the spring constant").
    A list right after a formula line names its symbols as well when its first two items each name one, with no
    "where:" before it ("F = m × a" then "- F is the force, in newtons (N)", "- m is the mass, in kilograms (kg)"):
    teachers drop the word as often as they write it.  A line ending in a colon may come between ("The symbols
    mean:")."""
    after = {sentences[at].strip() for at in range(1, len(sentences)) if sentences[at - 1].rstrip().endswith("where:")}
    # "T² = a³" then "The symbols mean:" and the list: a line ending in a colon between them.
    legend = {sentences[at].strip() for at in range(1, len(sentences)) if _FORMULA_LINE.search(sentences[at - 1]) or (
        at > 1 and sentences[at - 1].rstrip().endswith(":") and _FORMULA_LINE.search(sentences[at - 2]))}
    items = set()
    for listing in (items for section in lesson.document.sections for items in section.lists):
        texts = [i.text.replace("**", "").replace("*", "").strip() for i in listing.items]
        # An item of several sentences ("m is the mass, in kilograms (kg). We call it weight.") starts with one.
        if texts and (texts[0] in after or (
                any(texts[0].startswith(line) for line in legend) and len(texts) >= 2 and all(_WHERE_ITEM.match(t) for t in texts[:2]))):
            items.update(t for t in texts if _WHERE_ITEM.match(t))
    return items


def _keep_unit(units: dict[str, str], symbol: str, unit: str) -> None:
    """The first unit a shape gives the symbol: a shape that gives none leaves the place to the next."""
    if unit:
        units.setdefault(symbol, unit)


def lower_name(name: str) -> str:
    return name[0].lower() + name[1:] if name[1:2].islower() else name


def _unit_after(sentence: str, at: int, text: str) -> str:
    """The unit right after a name ("in kilograms per cubic metre (kg/m³)", "in °C", "in metres"), or "".  A sign
    of letters or a word given alone is taken only when the lesson writes it after a figure ("12 m", "3 years")."""
    if between := _BETWEEN_TWO.match(sentence, at):
        at = between.end()  # "the temperature difference between inside and outside in degrees Celsius"
    m = _UNIT_AFTER.match(sentence, at)
    return _given_unit(m, text) if m else ""


_BETWEEN_TWO = re.compile(r"\s+between\s+[a-z]+\s+and\s+[a-z]+(?=\s+in\s)")


def _given_unit(m: re.Match, text: str) -> str:
    """The unit an ``_IN_UNIT`` match gives: its sign in brackets, or a sign or word alone the lesson writes."""
    if m.group("sign") or not m.group("bare"):
        return m.group("sign") or ""
    bare = m.group("bare")
    if re.search(r"[/²³°µΩ]", bare):
        return bare  # "m/s", "cm³", "°C": a unit's sign, no word
    if bare.lower() in NOT_UNITS:
        return ""
    sign = UNIT_NAMES.get(bare, bare)
    for unit in (sign, bare):
        if re.search(rf"\d\s*{re.escape(unit)}(?![\w/²³])", text):
            return unit
    return ""


def stated_in_symbols(sentence: str) -> str:
    """What follows a formula in words when the same is written in symbols after it ("pressure = density ×
    gravitational field strength × depth, or p = ρ g h" -> "p = ρ g h"), else ""."""
    words = _WORD_EQUATION.match(sentence.strip())
    if not words:
        return ""
    rest = sentence.strip()[words.end():]
    start = _SYMBOLS_START.search(rest)
    return rest[start.end():] if start is not None and start.start() <= SYMBOLS_WITHIN else ""


# A formula in symbols as a formula in words is written again: symbols joined by ×, ÷, "x" or a space
# ("ρ = m / V", "E = m x c x ΔT", "p = ρ g h"), to its end (", where", a full stop, the line's end).
_LETTER = r"(?:[Δ∆]\s?)?[A-Za-zα-ωΑ-Ω]"
_PLAIN_SYMBOLS = re.compile(
    rf"(?P<result>{_LETTER})\s*=\s*(?P<expr>{_LETTER}(?:(?:\s*[×÷*/·]\s*|\s+x\s+|\s+){_LETTER}){{1,4}})"
    r"\s*(?=$|\.(?!\d)|[,;:=]|\s+(?:and|or|which|where)\b)"
)
_SYMBOL_OPS = re.compile(r"\s*([×÷*/·])\s*|\s+x\s+|\s+")


# A constant factor first, in words and in symbols: "half × base × height" written "½ × b × h".
_WORD_CONSTANTS = {"half": "½", "a half": "½", "one half": "½", "a third": "⅓", "one third": "⅓", "two": "2", "pi": "π"}
_SYMBOL_CONSTANT = re.compile(r"\s*(?P<c>[½⅓π]|1/2|1/3|\d+)\s*[×*·]?\s*")


def in_words_and_symbols(sentence: str, following: str) -> list[tuple[str, str]]:
    """(symbol, name) of a formula in words ("density = mass / volume") written again in symbols in the same
    sentence (", or ρ = m / V") or the next ("In symbols this is written as ρ = m / V", or after a label line "In
    symbols:"): the names and the symbols in turn, when both have as many quantities, joined by the same signs, and
    the same constant first if any ("half × base × height", "½ × b × h")."""
    words = _WORD_EQUATION.match(sentence.strip())
    if not words:
        return []
    parts = _WORD_OPS.split(words.group("expr"))
    names = [p.strip() for p in parts[0::3]]
    ops = ["÷" if sign in ("÷", "/") else "×" for sign in parts[1::3]]
    constant = _WORD_CONSTANTS.get(names[0].lower()) if ops[:1] == ["×"] else None
    if constant:
        names, ops = names[1:], ops[1:]
    for text in (sentence.strip()[words.end():], following):
        start = _SYMBOLS_START.search(text)
        if start is None or start.start() > SYMBOLS_WITHIN:
            continue
        at = text.index("=", start.end()) + 1
        lead = _SYMBOL_CONSTANT.match(text, at)
        written = lead and {"1/2": "½", "1/3": "⅓"}.get(lead.group("c"), lead.group("c"))
        if (written or None) != constant:
            return []  # a constant in one form only: the names and the symbols do not go in turn
        symbols_text = text[:at] + " " + text[lead.end():] if lead else text
        plain = _PLAIN_SYMBOLS.match(symbols_text, start.end())
        if plain is None:
            return []
        tokens = _SYMBOL_OPS.split(plain.group("expr"))
        symbols = [t.replace(" ", "").replace("∆", "Δ") for t in tokens[0::2]]
        signs = ["÷" if sign in ("÷", "/") else "×" for sign in tokens[1::2]]
        result = words.group("result").strip()
        if len(symbols) != len(names) or signs != ops or len(set(symbols)) != len(symbols) or any(
                len(n.split()) > MAX_NAME_WORDS for n in [result, *names]):
            return []
        return [(plain.group("result").replace("∆", "Δ"), lower_name(result)), *zip(symbols, names)]
    return []


def parse_symbol_formula(sentence: str, named: dict[str, tuple[str, str]]) -> tuple[str, list[str], list[str]] | None:
    """(result, symbols, operators) of a formula in one-letter symbols the lesson names, or None."""
    m = _SYMBOL_FORMULA.search(sentence.strip())
    if not m:
        return None
    parts = _SPLIT.split(m.group("expr").strip())
    symbols = [p.strip() for p in parts[0::2]]
    ops = ["×" if o == "*" else "÷" if o == "/" else o for o in parts[1::2]]
    result = m.group("result")
    if len({result, *symbols}) != len(symbols) + 1 or any(x not in named for x in (result, *symbols)):
        return None
    if "÷" in ops and len(ops) != 1:
        return None
    return result, symbols, ops
