"""Description to term: "Which of the following does the text describe here? “<description>”".

Reads a labelled group (a list of "**Term**: description" items, labelled
paragraphs, or sibling sections with a term-like heading).  The text itself
pairs each label with what it says about it, so the key is certain and the
other labels of the same group are distractors of the same kind.  The key's
words are masked out of the quoted description (left out when they are
scattered: then the stem asks which item the sentence is about).
"""

from __future__ import annotations

from .. import candidates
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..rules import DESCRIPTION_TO_TERM
from . import FAMILIES

PARTS_OF_A_CELL = """# The Cell

Cells are the basic units of life.

## Parts of a cell

The main parts of a cell are:

- **Nucleus**: the compartment that holds the genetic material and controls the cell's activities.
- **Ribosome**: a small structure that builds proteins from amino acids.
- **Mitochondrion**: the organelle that releases energy from food through respiration.
"""

# Two items: a question needs the key and two other labels of its group.
TWO_PARTS = """# The Cell

## Parts of a cell

- **Nucleus**: the compartment that holds the genetic material of the cell.
- **Ribosome**: a small structure that builds proteins from amino acids.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="description_to_term",
    priority=140,
    scope=GROUPS,
    build=candidates.description_to_term,
    confidence={DESCRIPTION_TO_TERM: candidates.BASE[DESCRIPTION_TO_TERM]},
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, DESCRIPTION_TO_TERM, "“a small structure that builds proteins from amino acids.”"),
        makes(PARTS_OF_A_CELL, DESCRIPTION_TO_TERM, "Mitochondrion"),
        makes_no(TWO_PARTS),
    ),
))
