"""Matching: "Match each item listed under “<heading>” with its description in the text.".

Reads a labelled group of three or more items with descriptions of at most
35 words (six at most are drawn): the text pairs each label with its
description, so the pairs are certain.  Each description has its label
masked; an item whose label's words are scattered over its description (more
than one left-out stretch) stays out, since it can be neither masked
readably nor shown as it is.
"""

from __future__ import annotations

from .. import candidates
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..rules import MATCHING
from . import FAMILIES
from .description_to_term import PARTS_OF_A_CELL, TWO_PARTS

FAMILY = FAMILIES.register(QuestionFamily(
    name="matching",
    priority=120,
    scope=GROUPS,
    build=candidates.matching,
    confidence={MATCHING: candidates.BASE[MATCHING]},
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, MATCHING, "Match each item listed under “Parts of a cell”"),
        makes(PARTS_OF_A_CELL, MATCHING, "the organelle that releases energy from food through respiration."),
        makes_no(TWO_PARTS),
    ),
))
