"""Lists under a heading: "Which of the following does the text list under “<heading>”?".

Reads a list of three or more items under a heading.  Membership is what the
text shows, so for each member a single-answer item (distractors: items of
other lists of the course that this list's section does not mention), one
"Select all that apply" item, and "The text lists “X” under “H”" as a true
statement (a member) and a false one (an item of another list).
"""

from __future__ import annotations

from .. import candidates
from ..family import LISTINGS, QuestionFamily, makes, makes_no
from ..rules import ALL_LISTED_UNDER, LISTED_TRUE_FALSE, LISTED_UNDER
from . import FAMILIES

CELLS = """# The Cell

## Parts of a cell

The main parts of a cell are:

- **Nucleus**: the compartment that holds the genetic material and controls the cell's activities.
- **Ribosome**: a small structure that builds proteins from amino acids.
- **Mitochondrion**: the organelle that releases energy from food through respiration.

## Kinds of cells

- **Prokaryotic cells**: simple cells without a nucleus, such as bacteria.
- **Eukaryotic cells**: complex cells with a nucleus, found in plants and animals.
"""

# A list with no heading of its own says nothing about what its items are.
NO_HEADING = """# Fruit

We eat many fruits every day at home.

- apples
- pears
- plums
- cherries
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="listed_under",
    priority=110,
    scope=LISTINGS,
    build=candidates.listed_under,
    confidence={
        LISTED_UNDER: candidates.BASE[LISTED_UNDER],
        ALL_LISTED_UNDER: candidates.BASE[ALL_LISTED_UNDER],
        LISTED_TRUE_FALSE: candidates.BASE[LISTED_TRUE_FALSE],
    },
    doc=__doc__,
    examples=(
        makes(CELLS, LISTED_UNDER, "Mitochondrion"),
        makes(CELLS, ALL_LISTED_UNDER, "under “Parts of a cell”? Select all that apply."),
        makes(CELLS, LISTED_TRUE_FALSE, "True or false? The text lists “Eukaryotic cells” under “Parts of a cell”."),
        makes_no(CELLS, LISTED_UNDER, "under “Kinds of cells”"),  # two items: too few to ask about
        makes_no(NO_HEADING, others=(CELLS,)),
    ),
))
