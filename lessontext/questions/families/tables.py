"""Tables: "Match each <row> with its <column>, as given in the table in the text.".

Reads a table whose first column names its rows uniquely: each other column
whose values are distinct, short (at most five words) and single (no commas)
gives a matching item (six rows at most).  The table states each cell, so the key is certain.
Not a table written sideways, properties down its rows and the things compared across its columns ("Property |
Copper | Iron"): a row label matched to one thing's cell is no question (``compares_columns``).

No single-answer item asks for one cell ("what is the <column> for “<row>”?", rule ``table_cell``):
blind raters never accepted one as is (five items on four sets: dev-r5, test-b, test-c, test-h; 2.5
rejects, 2.5 minor).  A lone cell is a lookup in an illustrative table ("the price year 1 for Bread",
"the interest at 5% for 3") or a symbol to memorise; the matching item asks the table as a whole.

A column of descriptions (a "| Term | Meaning |" glossary table, a "| Piece | How it moves |" table) is asked the
other way round, each description matched to the row it describes ("Match each term with its meaning"), as a
labelled list's descriptions are (``matching``): the same checks keep out a description that names its row,
points outside itself or reads as one template told apart by figures; four usable rows at least.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace

from ..candidate import Candidate
from ..course import CourseView, TableInfo
from ..family import TABLES, QuestionFamily, makes, makes_no
from ..rules import TABLE_MATCHING
from ..text import mask_key, word_count
from ..types import MatchPair, QuestionType
from . import FAMILIES
from .matching import gives_initials, loses_context, names_topic, one_template, own_word, stem_leak, tidied

CONFIDENCE = {TABLE_MATCHING: 0.8}


_APPROX = re.compile(r"^(?:about|around|approximately|roughly|c\.|~|≈)\s*", re.I)
# A figure, a range or a clock time ("08:15", "7.35–7.45", "£105.00"): raters on test-w rejected matching
# stops to one bus's times from a timetable, "copy six times from the table, a lookup".
_FIGURE = re.compile(r"[£$€¥]?\s*\d[\d.,:\s–-]*%?")
# A figure and its unit ("3.2 g", "635 kJ / 150 kcal", "500 m"): still a value to memorise (raters on
# test-q: "Protein – 3.2 g" per portion, rejected by both, "tests no skill").
_FIGURE_WITH_UNIT = re.compile(r"\d[\d.,]*\s+[a-zA-Zµ°]{1,4}(?:\s*/\s*\d[\d.,]*\s+[a-zA-Zµ°]{1,4})?")


def _figures(values: list[str]) -> bool:
    """Every value is a figure ("about 8.1", "7.35–7.45", "£105.00", "3"), not a named thing ("2xx")."""
    return all(_FIGURE.fullmatch(_APPROX.sub("", v.strip())) or _FIGURE_WITH_UNIT.fullmatch(_APPROX.sub("", v.strip()))
               for v in values)


# A first header that names the rows as properties ("Property", "Feature", blank): the table compares the things
# its other headers name, one per column. Asked as "Match each property with its <thing>", a row label is matched to
# one thing's cell ("Output available on demand?" -> "Yes"), solvable by the kind of answer and ungrammatical (both
# raters on test-ag rejected it).
_PROPERTY_ROWS = frozenset("""property properties feature features characteristic characteristics aspect aspects
    attribute attributes criterion criteria factor factors quality qualities measure measures""".split())


def compares_columns(table: TableInfo) -> bool:
    """The rows are properties and the columns the things compared (a comparison table written sideways)."""
    return table.header[0].strip().strip("*").lower() in _PROPERTY_ROWS | {""}


def named_by_second_column(table: TableInfo) -> TableInfo:
    """A table whose rows are numbered ("| Layer | Name | Main job |", "7 | Application | ...") read with its names as
    the rows' labels and its first header as what they are ("Match each layer with its main job"); else as it is."""
    if len(table.header) < 3 or not _figures([r[0] for r in table.rows]):
        return table
    names = [r[1] for r in table.rows]
    if len(set(names)) != len(names) or _figures(names) or any(not v or word_count(v) > 3 for v in names):
        return table
    return replace(table, header=(table.header[0], *table.header[2:]), rows=tuple((r[1], *r[2:]) for r in table.rows))


def table_questions(table: TableInfo, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    table = named_by_second_column(table)
    first = [r[0] for r in table.rows]
    if len(set(first)) != len(first) or compares_columns(table):
        return
    described = False
    for c in range(1, len(table.header)):
        column = [r[c] for r in table.rows]
        if describes_rows(column):
            # One description column per table (the first that reads): later ones repeat the rows' question.
            if not described:
                found = list(_description_matching(table, c, course.title))
                described = bool(found)
                yield from found
            continue
        if len(set(column)) != len(column) or any("," in v or not v or word_count(v) > 5 for v in column):
            continue
        # Blind raters rejected every table matching of figures ("Seawater – about 8.1",
        # "3 – £110.25"): memorising typical values, or an order that gives the pairs away.
        if _INSTANCE_LABEL.fullmatch(table.header[c].strip()):
            continue  # "Bus A", "Route 12": one of several like columns, no property of the rows ("its bus a")
        name = _header_word(table.header[c])
        if not (_figures(column) or _figures(first) or _notation(column)):
            row_name = _header_word(table.header[0])
            source = f"{table.header[0]}: " + ", ".join(first)
            rows = list(table.rows)
            if len(rows) > 6:
                rows = sorted(rng.sample(rows, 6), key=table.rows.index)
            yield Candidate(
                type=QuestionType.MATCHING,
                rule=TABLE_MATCHING,
                stem=f"Match each {row_name} with {_possessed(name)}, as given in the table in the text.",
                pairs=tuple(MatchPair(prompt=r[0], answer=r[c]) for r in rows),
                kind=f"table:{table.id}:{c}",
                source_anchor=table.anchor,
                source_sentence=source,
                explanation="The table gives: " + "; ".join(f"{r[0]} – {r[c]}" for r in table.rows) + ".",
                base=CONFIDENCE[TABLE_MATCHING],
                claims=(f"table:{table.id}", *(f"cell:{table.id}:{c}:{r[0]}" for r in rows)),
            )


# A description column: every cell a phrase of four words or more, most of them longer than a short value (five
# words), none longer than a labelled list's description may be (35 words).
MIN_DESCRIPTION_WORDS = 4
MAX_DESCRIPTION_WORDS = 35
MIN_DESCRIBED_ROWS = 4


def describes_rows(column: list[str]) -> bool:
    """Every cell of ``column`` is a distinct description of its row, not a short value or a list of values."""
    counts = [word_count(v) for v in column]
    return (len(set(column)) == len(column) and all(MIN_DESCRIPTION_WORDS <= n <= MAX_DESCRIPTION_WORDS for n in counts)
            and sum(n > 5 for n in counts) * 2 > len(counts))


# Bold set inside a cell ("A chemical called a **coagulant** ...") and a number written before a row's name
# ("1. Intake and screening"): the author's marks, not the cell's words; left in, the rubric refuses the whole matching.
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_ROW_NUMBER = re.compile(r"^\d+[.)]\s+")


def _unmarked(row: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells without bold marks, its name without a leading number."""
    cells = tuple(_BOLD.sub(r"\2", cell) for cell in row)
    return (_ROW_NUMBER.sub("", cells[0]), *cells[1:])


# "| How it holds back the water |" over "Its own great weight resists sliding": a header that says "it" of each row
# lets a cell open with "its" for the row's own thing (test-eb: the dam types got no question at all).
_HEADER_PRONOUN = re.compile(r"\b(?:it|its|they|their)\b", re.I)
_OPENING_PRONOUN = re.compile(r"^(?:its|it|their|they)\b", re.I)


def _own_pronoun(header: str, cell: str) -> str:
    """``cell`` with an opening pronoun that stands for its row (its header says "it" too) read as the row's name."""
    return _OPENING_PRONOUN.sub("The row", cell) if _HEADER_PRONOUN.search(header) else cell


def _description_matching(table: TableInfo, c: int, title: str) -> Iterator[Candidate]:
    """One matching of a description column's cells to the rows they describe (the rows that read on their own,
    the row that names the lesson's topic left out)."""
    if any(_BOLD.search(cell) or _ROW_NUMBER.match(r[0]) for r in table.rows for cell in r):
        table = replace(table, rows=tuple(_unmarked(r) for r in table.rows))
    if _figures([r[0] for r in table.rows]) or one_template([r[c] for r in table.rows]):
        return
    if all(any(ch.isdigit() for ch in r[c]) for r in table.rows):
        return  # amounts in every cell ("2 pyruvate, 4 ATP, 2 NADH"): figures to memorise, not descriptions
    rows = [r for r in table.rows
            if mask_key(r[c], r[0])[1] == "none" and not stem_leak(r[c], r[0]) and not gives_initials(r[c], r[0])
            and not own_word(r[c], r[0])
            and not loses_context(_own_pronoun(table.header[c], r[c])) and not names_topic(r[0], title)]
    if len(rows) < MIN_DESCRIBED_ROWS:
        return
    if len(rows) > 6:
        # A draw of its own, seeded by the table: the shared random stream, and every other item, stay as they were.
        rows = sorted(random.Random(f"{table.id}:{c}").sample(rows, 6), key=table.rows.index)
    row_name, name = _header_word(table.header[0]), _header_word(table.header[c])
    yield Candidate(
        type=QuestionType.MATCHING,
        rule=TABLE_MATCHING,
        stem=f"Match each {row_name} with {_possessed(name)}.",
        pairs=tuple(MatchPair(prompt=t, answer=r[0]) for t, r in zip(tidied([r[c] for r in rows]), rows)),
        kind=f"table:{table.id}:{c}",
        source_anchor=table.anchor,
        source_sentence=f"{table.header[0]}: " + ", ".join(r[0] for r in table.rows),
        explanation="The table gives: " + "; ".join(f"{r[0]} – {r[c]}" for r in rows) + ".",
        base=CONFIDENCE[TABLE_MATCHING],
        claims=(f"table:{table.id}", *(f"cell:{table.id}:{c}:{r[0]}" for r in rows)),
    )


# A code written in letters and digits or in several capitals ("CaCO3", "NaOH", "H2"), not a word.
_CODE = re.compile(r"(?=\S*\d|(?:\S*[A-Z]){2})[A-Za-z][A-Za-z0-9]*")


def _notation(values: list[str]) -> bool:
    """Every value is a code of notation, most with a digit ("H2", "CO2", "NaOH"): matching names to their
    formulas or symbols asks notation many know beforehand, not what the lesson teaches (raters on test-n, three
    times: "prior knowledge, not the lesson's content"; on test-b a symbol asked from a table, "P" for
    power: trivial)."""
    values = [v.replace("*", "").strip() for v in values]
    if all(_CAPITALS_CODE.fullmatch(v) for v in values):
        return True  # "USD", "EUR", "INR" beside the currencies' names: read off the names (raters on test-s: trivial)
    return all(_CODE.fullmatch(v) for v in values) and sum(any(ch.isdigit() for ch in v) for v in values) * 2 >= len(values)


# A code of two to five capitals ("USD", "EUR"): an abbreviation of the name beside it.
_CAPITALS_CODE = re.compile(r"[A-Z]{2,5}")


# A header that names one of several like columns by a letter or a number ("Bus A", "Route 12", "Group 2"):
# asked as "its bus a" it says nothing of what its cells hold (raters on test-w: garbled, not worth asking).
_INSTANCE_LABEL = re.compile(r"[A-Za-z][\w-]*\s+(?:[A-Z]|\d+[a-z]?)")

_WH_WORDS = frozenset("what how where when why which who whom whose whether".split())


def _possessed(name: str) -> str:
    """"its <header>", or a header that is a clause of its own as it stands: "what it changes", not "its what
    it changes" (raters on test-k: ungrammatical)."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    if first in _WH_WORDS:
        return name
    # A header with a clause of its own about the row ("Fires it suits"): "the fires it suits", not "its fires it
    # suits".
    return f"the {name}" if re.search(r"\b(?:it|they)\b", name, re.I) else f"its {name}"


def _header_word(header: str) -> str:
    """A header mid-sentence: title-case words lower-cased, others ("pH", "GDP") as written."""
    return " ".join(w.lower() if w.istitle() else w for w in header.split())


STATUS_CODES = """# Status Codes

Every response carries a status code.

| Code | Class |
|---|---|
| 2xx | Success |
| 3xx | Redirection |
| 4xx | Client error |
| 5xx | Server error |
"""

# "2xx" twice in the first column: its rows cannot be told apart.
REPEATED_ROW = """# Status Codes

| Code | Class |
|---|---|
| 2xx | Success |
| 2xx | Redirection |
| 4xx | Client error |
"""

PH_VALUES = """# Acids

| Substance | Approximate pH |
|---|---|
| Lemon juice | 2 |
| Pure water | 7 |
| Seawater | about 8.1 |
| Bleach | 12.5–13 |
"""

INTEREST_BY_YEAR = """# Interest

| Year | Interest at 5% |
|---|---|
| 1 | £100.00 |
| 2 | £105.00 |
| 3 | £110.25 |
"""

# A column of chemical formulas: notation, not the lesson's content.
FORMULAS = """# Substances

| Substance | Formula | Use |
|---|---|---|
| Water | H2O | Drinking |
| Carbon dioxide | CO2 | Fizzy drinks |
| Sodium hydroxide | NaOH | Soap making |
"""

# Abbreviations in capitals beside the names they shorten: read off the names.
CODES = """# Airports

| Airport | Code |
|---|---|
| Northfield Regional | NFR |
| Lake Marston | LMA |
| Westbury Central | WBC |
"""

# A timetable's clock times: a lookup, like bare figures.
TIMES = """# Buses

| Stop | Route 4 |
|---|---|
| Station | 07:40 |
| Library | 07:52 |
| Park gates | 08:05 |
"""

# Amounts with units: values to memorise, like bare figures.
PORTIONS = """# A Recipe

| Ingredient | Per serving |
|---|---|
| Flour | 60 g |
| Butter | 25 g |
| Milk | 90 ml |
"""

# Things compared across the columns, properties down the rows: no row label is matched to one thing's cell.
SIDEWAYS = """# Three Metals

| Property | Copper | Iron | Aluminium |
|---|---|---|---|
| Rusts in damp air? | No | Yes | No |
| Main use | Wiring | Steel making | Drinks cans |
| Colour | Reddish brown | Grey | Silvery white |
"""

# A glossary table: each meaning is matched to the term it describes.
TERMS_AND_MEANINGS = """# Markets

| Term | Meaning | Example |
|---|---|---|
| Demand | How much of a good buyers want at each price | Fewer tickets sold when fares rise |
| Supply | How much of a good sellers offer at each price | More farms planting wheat |
| Surplus | The amount left unsold when sellers offer more than buyers want | Unsold winter coats in March |
| Shortage | What happens when buyers want more than sellers offer at the going price | Queues for a new console |
"""

# A meaning that names its own term gives the pair away; with three usable rows left there is no matching.
TERM_IN_MEANING = """# Markets

| Term | Meaning |
|---|---|
| Demand | How much of a good buyers want at each price |
| Supply | How much of a good sellers offer at each price |
| Surplus | The amount left unsold when sellers offer more than buyers want |
| Equilibrium price | The price at which the market is in equilibrium and nothing is left over |
"""

# Every cell an amount ("2 mugs, 1 scale"): figures to memorise, no description of the row.
AMOUNTS = """# Kitchen Kit

| Station | What it holds |
|---|---|
| Baking | 2 trays, 3 tins and 1 rolling pin |
| Pastry | 1 board, 2 cutters and 4 rings |
| Sauces | 3 pans, 2 whisks and 1 ladle |
| Plating | 6 plates, 2 spoons and 1 cloth |
"""

# Rows named by figures (years): a date lookup, not what the rows are.
YEARS_AND_EVENTS = """# A Town

| Year | What happened |
|---|---|
| 1801 | The first bridge over the river was opened to carts |
| 1835 | The railway reached the town and a station was built |
| 1862 | A cotton mill was built beside the canal basin |
| 1901 | The town hall was rebuilt after a great fire |
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="tables",
    priority=100,
    scope=TABLES,
    build=table_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(STATUS_CODES, TABLE_MATCHING, "Match each code with its class, as given in the table in the text."),
        makes_no(STATUS_CODES, shows="what is the class for “4xx”?"),  # no lone cell (table_cell: retired)
        makes_no(REPEATED_ROW),
        makes_no(PH_VALUES, shows="what is the approximate pH for"),
        makes_no(PH_VALUES, TABLE_MATCHING),  # a column of figures: memorising values
        makes_no(INTEREST_BY_YEAR, TABLE_MATCHING),
        makes_no(FORMULAS, TABLE_MATCHING, "with its formula"),
        makes(FORMULAS, TABLE_MATCHING, "Match each substance with its use"),
        makes_no(CODES, TABLE_MATCHING),
        makes_no(PORTIONS, TABLE_MATCHING),
        makes_no(TIMES, TABLE_MATCHING),
        makes_no(SIDEWAYS, TABLE_MATCHING),
        makes(TERMS_AND_MEANINGS, TABLE_MATCHING, "Match each term with its meaning."),
        makes_no(TERMS_AND_MEANINGS, TABLE_MATCHING, "with its example"),  # short values with commas or none
        makes_no(TERM_IN_MEANING, TABLE_MATCHING),
        makes_no(YEARS_AND_EVENTS, TABLE_MATCHING),
        makes_no(AMOUNTS, TABLE_MATCHING),
    ),
))
