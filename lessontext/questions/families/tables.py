"""Tables: "Match each <row> with its <column>" and "what is the <column> for “<row>”?".

Reads a table whose first column names its rows uniquely: each other column
whose values are distinct, short (at most five words) and single (no commas)
gives a matching item (six rows at most) and a single-answer item per row,
with the column's other values as distractors.  The table states each cell,
so the key is certain.
"""

from __future__ import annotations

from .. import candidates
from ..family import TABLES, QuestionFamily, makes, makes_no
from ..rules import TABLE_CELL, TABLE_MATCHING
from . import FAMILIES

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

FAMILY = FAMILIES.register(QuestionFamily(
    name="tables",
    priority=100,
    scope=TABLES,
    build=candidates.table_questions,
    confidence={
        TABLE_MATCHING: candidates.BASE[TABLE_MATCHING],
        TABLE_CELL: candidates.BASE[TABLE_CELL],
    },
    doc=__doc__,
    examples=(
        makes(STATUS_CODES, TABLE_MATCHING, "Match each code with its class, as given in the table in the text."),
        makes(STATUS_CODES, TABLE_CELL, "what is the class for “4xx”?"),
        makes(STATUS_CODES, TABLE_CELL, "Client error"),
        makes_no(REPEATED_ROW),
    ),
))
