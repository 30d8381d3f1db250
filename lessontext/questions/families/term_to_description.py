"""Term to description: "According to the text, which of these describes “<term>”?".

Reads a labelled group whose descriptions are short (at most 30 words) and
at least three: the options are the descriptions the text gives the group's
items, each with its own term masked, so every option is something the text
says, and only one is said of the term asked about.  Descriptions that name
the key's words are left out as distractors (they would point to it).
"""

from __future__ import annotations

from .. import candidates
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..rules import TERM_TO_DESCRIPTION
from . import FAMILIES
from .description_to_term import PARTS_OF_A_CELL, TWO_PARTS

FAMILY = FAMILIES.register(QuestionFamily(
    name="term_to_description",
    priority=130,
    scope=GROUPS,
    build=candidates.term_to_description,
    confidence={TERM_TO_DESCRIPTION: candidates.BASE[TERM_TO_DESCRIPTION]},
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, TERM_TO_DESCRIPTION, "which of these describes “Ribosome”?"),
        makes(PARTS_OF_A_CELL, TERM_TO_DESCRIPTION, "a small structure that builds proteins from amino acids."),
        makes_no(TWO_PARTS),
    ),
))
