"""Formulas in one-letter symbols ("V = I × R", "v = f × λ") and the names and units a lesson gives the symbols.

Read by the apply family (``families/apply.py``): a table with a "Symbol" column, "where X is <name>" in the
prose or in a list after "where:" ("where ΔT is the change in temperature" too), "<Name>, written x," or "the
<name>, usually written x" where a quantity is defined, and a summary table's header cells ("Radius (r)").
"""

from __future__ import annotations

import re

from .course import LessonView
from .formulas import OP as _OP
from .formulas import SPLIT as _SPLIT

# "V = I × R", "Current from the battery: I = V / R = 12 V ÷ 6 Ω = 2 A", "v = f × λ": one-letter symbols.
_SYMBOL = r"[^\W\d_]"
_SYMBOL_FORMULA = re.compile(
    rf"^(?:[^:=]{{1,60}}:\s*)?(?P<result>{_SYMBOL})\s*=\s*(?P<expr>{_SYMBOL}(?:{_OP}{_SYMBOL}){{1,2}})\s*(?=$|=|[.,;])"
)
# "where Q is charge in coulombs (C) and t is time in seconds (s)": a symbol named in the prose; also a
# list after "where:" ("where: - I is the interest, in units of currency; - P is the principal; ...",
# read as one sentence), in a finance lesson of dev and of test-i.
_WHERE_NAMED = re.compile(
    r"(?:\bwhere:?|[,;]|\band)\s*(?:[-–•*]\s*)?(?<![^\W\d_])(?P<symbol>[Δ∆]?[^\W\d_])\s+is\s+(?:the\s+)?"
    r"(?P<name>[a-z][a-z '’-]{1,40}?)"
    r"(?=\s+(?:in|as|measured|expressed|written)\b|\s*[,.;(:]|\s+and\s+[^\W\d_]\s+is\b|\s+-\s|$)"
)
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
# "... in coulombs (C)", "measured in seconds (s)": the unit a "where" clause gives its symbol, right after its name.
_WHERE_UNIT = re.compile(r"\s+(?:measured\s+|expressed\s+)?in\s+[a-z]+(?:\s+[a-z]+)?\s*\(([A-Za-zΩ]{1,4})\)")
# "ampere (A)": the unit's symbol in brackets.
_UNIT_IN_BRACKETS = re.compile(r"\(([A-Za-zΩ]{1,4})\)")


def symbol_names(lesson: LessonView) -> dict[str, tuple[str, str]]:
    """symbol -> (name, unit) as the lesson names them: a table with a "Symbol" column (the row's
    first cell names it, a "Unit" cell gives its unit), a header cell "Radius (r)", "where X is <name>" in the
    prose, "<Name>, written x," or "the <name>, usually written x"."""
    named: dict[str, tuple[str, str]] = {}
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
    sentences = [s for _, s in lesson.sentences]
    for at, sentence in enumerate(sentences):
        for m in _WHERE_NAMED.finditer(sentence):
            name = m.group("name").strip()
            unit = _WHERE_UNIT.match(sentence, m.end())
            if 1 <= len(name.split()) <= 3:
                named.setdefault(m.group("symbol"), (name, unit.group(1) if unit else ""))
        written = list(_WRITTEN_NAMED.finditer(sentence))
        for i, m in enumerate(written):
            # Its unit is in what follows, up to the next quantity named: the rest of its sentence,
            # and the next sentence unless that names one ("It is measured in hertz (Hz).").
            span = sentence[m.end():written[i + 1].start()] if i + 1 < len(written) else sentence[m.end():]
            if i + 1 == len(written) and at + 1 < len(sentences) and not _WRITTEN_NAMED.search(sentences[at + 1]):
                span += " " + sentences[at + 1]
            unit = _MEASURED_IN.search(span)
            named.setdefault(m.group("symbol"), (m.group("name"), unit.group(1) if unit else ""))
        for m in _NAME_WRITTEN.finditer(sentence):
            named.setdefault(m.group("symbol"), (m.group("name"), ""))
    # Last: the prose's names win.  "Distance (m)", "Time (s)" head a column with its unit, not a symbol:
    # a letter alone that is a unit's is read only with its formula ("Circumference (C = πd)").
    for table in lesson.tables:
        for cell in table.header:
            m = _HEADER_NAMED.fullmatch(cell.strip())
            if m and (m.group("formula") or m.group("symbol") not in UNIT_LETTERS):
                named.setdefault(m.group("symbol"), (m.group("name"), ""))
    return named


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
