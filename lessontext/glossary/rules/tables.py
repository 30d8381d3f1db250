"""Tables of a name and what it means or does: "| `git init` | creates a new, empty repository |".

A two-column table is read as a glossary only when every row pairs a short
name with a phrase in words: one row of figures means it is a data table.  A
table whose second column's header says it holds meanings ("What it means",
"Definition") is a glossary by the author's own word, so there each row is
read on its own: a row too long to be a name ("A or E next to a reading") or
an abbreviation only spelled out is left out, and the other rows still count.
A wider table is read only by the author's word for both columns: a first
column headed as terms and one other headed as meanings ("| Term | Meaning |
Example |", "| Term | What it means | What to check |") pair each row's first
cell with its meaning, the other columns left aside; "| Symbol name | Meaning |
Example substance |" names pictograms, whose meanings are the terms.
"""

from __future__ import annotations

import re

from lessontext.document import Block, DocumentSection, Table
from lessontext.glossary import rephrase
from lessontext.glossary.candidate import Candidate
from lessontext.glossary.checks import finish_definition, is_generic, valid_term
from lessontext.glossary.phrases import finite_verb, word_list
from lessontext.glossary.rule import Context, Rule, Scope, finds, misses
from lessontext.glossary.rules import RULES
from lessontext.glossary.select import is_data
from lessontext.vocabulary import TermKind
from lessontext.words import singular, word_pos

# "| git init | creates a new, empty repository ... |": the author pairs each name with its meaning.
CONFIDENCE = 0.7

_MAX_TERM_WORDS = 4
_MIN_MEANING_WORDS = 3
_MIN_ROWS = 2
# "git clone ADDRESS", 'git commit -m "message"': the placeholders and options of a command, not its name.
_ARGUMENTS = re.compile(r"\s+(?:-{1,2}[\w-]+|\"[^\"]*\"|'[^']*'|[A-Z][A-Z_]+\b|<[^>]+>)")
# "a copy of ...", "Any minimal set of ...", "One of ...": a noun phrase with its determiner.
_MEANING_OPENER = re.compile(r"^(?:an?|the|any|each|every|one|some)\s+[a-z]", re.I)
# "| Term | What it means |", "| Word | Definition |": the author says the second column holds meanings.
_MEANING_HEADER = re.compile(
    r"^(?:(?:what|how)\s+(?:it|this|they)\s+(?:means?|is|are|does|do)|meanings?|definitions?|defined as"
    r"|descriptions?|explanations?|what it stands for)$", re.I)
# "| Term | Meaning | Example |": the author says the first column holds the terms.
_TERMS_HEADER = re.compile(r"^(?:key\s+)?(?:terms?|words?|concepts?|vocabulary)(?:\s+on\s+the\s+\w+)?$", re.I)
# "| VAT | Value Added Tax |": a row that only spells an abbreviation out says what the letters stand for, not
# what the thing is ("Value Added Tax, charged on energy at 5%" says both).
_EXPANSION_ONLY = re.compile(r"^(?:[A-Z][a-z]+\s+(?:(?:of|for|and|the|on)\s+)*){1,5}[A-Z][a-z]+\.?$")


def _name(cell: str) -> str:
    return _ARGUMENTS.sub("", cell).strip()


def _explains(meaning: str) -> bool:
    """"creates a new, empty repository", "a copy of ...": a verb phrase or a noun phrase, in words."""
    words = word_list(meaning)
    if len(words) < _MIN_MEANING_WORDS or is_data(meaning):
        return False
    return bool(_MEANING_OPENER.match(meaning)) or words[0].islower() and finite_verb(words[0], plural=False)


def _explains_under_header(name: str, meaning: str) -> bool:
    """Under a meaning header: any phrase in words ("Total earnings before deductions", "Identifies you on ..."),
    but not an abbreviation only spelled out ("VAT | Value Added Tax")."""
    words = word_list(meaning)
    if len(words) < _MIN_MEANING_WORDS or is_data(meaning):
        return False
    return not (name.isupper() and _EXPANSION_ONLY.match(meaning))


def _glossary_row(name: str, meaning: str, *, header_says_meaning: bool) -> bool:
    if not (0 < len(word_list(name)) <= _MAX_TERM_WORDS and _named(name)):
        return False
    return _explains_under_header(name, meaning) if header_says_meaning else _explains(meaning)


def _verb_first(meaning: str) -> bool:
    words = word_list(meaning)
    return bool(words) and words[0].islower() and finite_verb(words[0], plural=False)


def _named(name: str) -> bool:
    """A term's name; in a table of names and meanings, "Primary key" is one even though "key" is a generic noun."""
    words = word_list(name)
    return valid_term(name, strict=False) or len(words) > 1 and all(w.isalpha() for w in words) and is_generic(name)


def _meaning_column(block: Table) -> int | None:
    """The column that holds the meanings: the second of a two-column table; of a wider one, the only column
    after the first whose header says it holds meanings; None when there is no such column."""
    width = len(block.header) if block.header else len(block.rows[0])
    if any(len(row) != width for row in block.rows):
        return None
    if width == 2:
        return 1
    if not block.header or not _TERMS_HEADER.match(block.header[0].strip()):
        return None
    said = [i for i, cell in enumerate(block.header[1:], 1) if _MEANING_HEADER.match(cell.strip().rstrip("?"))]
    return said[0] if len(said) == 1 else None


def find_table_rows(section: DocumentSection, block: Block, context: Context) -> list[Candidate]:
    """A table whose rows pair a short name with a phrase explaining it.

    In a two-column table every row must have that shape (a data table of
    figures is not a glossary); a wider table needs a column headed as meanings
    (a comparison of several columns is not a glossary).  The first column's
    header, when it is a noun ("Command"), is the genus: "A command that creates ...".
    """
    if not isinstance(block, Table) or len(block.rows) < _MIN_ROWS:
        return []
    column = _meaning_column(block)
    if column is None:
        return []
    rows = [(_name(row[0]), row[column].strip()) for row in block.rows]
    header_says_meaning = bool(block.header) and bool(_MEANING_HEADER.match(block.header[column].strip().rstrip("?")))
    shaped = [(name, meaning) for name, meaning in rows
              if _glossary_row(name, meaning, header_says_meaning=header_says_meaning)]
    if len(shaped) < (_MIN_ROWS if header_says_meaning else len(rows)):
        return []
    rows = shaped
    header = word_list(block.header[0]) if block.header else []
    genus = singular(header[0].lower()) if len(header) == 1 and "NOUN" in word_pos(header[0].lower()) else None
    # "git add", "git commit": a family of lower-case commands keeps the case it is typed in.
    verbatim = len({name.split()[0] for name, _ in rows}) == 1 and all(
        len(name.split()) > 1 and name == name.lower() for name, _ in rows)
    out = []
    for name, meaning in rows:
        # "creates a new, empty repository" under "Command": "A command that creates ..."; a meaning written as
        # a phrase of its own ("Total earnings before deductions") stands as it is.
        if genus and not _MEANING_OPENER.match(meaning) and _verb_first(meaning):
            text = f"{rephrase.article(genus)} {genus} that {meaning}"
        else:
            text = meaning
        definition = finish_definition(text)
        if definition:
            out.append(Candidate(name, definition, TermKind.DEFINED, section, f"{name}: {meaning}", CONFIDENCE, "label",
                                 verbatim=verbatim))
    return out


TABLE_ROW = RULES.register(Rule(
    name="table_row", priority=185, scope=Scope.BLOCK, confidence=CONFIDENCE, find=find_table_rows,
    examples=(
        finds("# Git\n\nThe table below lists the commands you will use most often.\n\n| Command | What it does |\n|---|---|\n| `git init` | creates a new, empty repository |\n"
              "| `git log` | lists earlier commits, newest first |\n", "git init"),
        finds("# Databases\n\nThe key terms of this lesson:\n\n| Term | Meaning |\n|---|---|\n| Tuple | A single row in a relation, representing one record. |\n"
              "| Primary key | An attribute whose value uniquely identifies each row. |\n"
              "| Candidate key | Any minimal set of attributes that could serve as the primary key. |\n", "Candidate key"),
        finds("# Bills\n\nEvery bill lists a few items in the same order.\n\n| Item | What it means |\n|---|---|\n| Unit price | The price of one unit of gas |\n"
              "| Meter serial and the code printed beside it | A reference for the meter |\n"
              "| Gross charge | Total cost before any discount |\n", "Gross charge"),
        misses("# Bills\n\nEvery bill lists a few items in the same order.\n\n| Item | What it means |\n|---|---|\n| Unit price | The price of one unit of gas |\n"
               "| VAT | Value Added Tax |\n| Gross charge | Total cost before any discount |\n",
               "VAT"),
        misses("# Bills\n\nEvery bill lists a few items in the same order.\n\n| Item | Note |\n|---|---|\n| Unit price | The price of one unit of gas |\n"
               "| Gross charge | Total cost before any discount |\n", "Gross charge"),
        finds("# Soil\n\nSoil forms slowly from broken rock and the remains of plants and animals, and the words below "
              "name its parts.\n\n| Term | Meaning | Example |\n|---|---|---|\n| Humus | The dark organic matter that forms as plant remains rot | Leaf mould |\n"
              "| Loam | A soil of sand, silt and clay in about equal parts | Garden topsoil |\n"
              "| Leaching | The washing of minerals down through the soil by rain | Pale upper layers |\n", "Leaching"),
        misses("# Soil\n\nSoil forms slowly from broken rock and the remains of plants and animals, and soils differ.\n\n"
               "| Soil | Texture | Drainage |\n|---|---|---|\n| Clay | Sticky and smooth when wet | Slow, often waterlogged |\n"
               "| Sand | Gritty and loose between the fingers | Fast, dries out quickly |\n", "Clay"),
        misses("# Money\n\n| Year | Balance |\n|---|---|\n| 1 | £2,000.00 |\n| 2 | £2,100.00 |\n", "1"),
    ),
))
