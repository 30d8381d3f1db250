"""False statements: a sentence of the lesson with one name, date, quantity or glossary term swapped.

Reads each mention of an entity of a swappable kind (country, organisation,
person, place, year, a name or quantity, a glossary term of a concrete kind):
up to two other entities of the same kind from the course, not in the
sentence, replace it, which makes the statement false according to the text.
Broad glossary kinds ("defined", "concept") are not swapped: the result could
still be true.  A year at one end of a range is not swapped either.
"""

from __future__ import annotations

from .. import candidates
from ..family import MENTIONS, QuestionFamily, makes, makes_no
from ..rules import ENTITY_SWAP_FALSE, GLOSSARY_SWAP_FALSE
from . import FAMILIES
from .fill_blank import EARLY_PRINTING, PRINTERS, WAR_YEARS

# One year, one place, in the whole course: nothing to swap them for.
ONE_OF_EACH = """# Printing

The first printing press in England opened in 1476 near an old abbey church.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="false_statement",
    priority=70,
    scope=MENTIONS,
    build=candidates.false_statement,
    confidence={
        ENTITY_SWAP_FALSE: candidates.BASE[ENTITY_SWAP_FALSE],
        GLOSSARY_SWAP_FALSE: candidates.BASE[GLOSSARY_SWAP_FALSE],
    },
    doc=__doc__,
    examples=(
        makes(EARLY_PRINTING, ENTITY_SWAP_FALSE, "in 1494, William Caxton set up the first press"),
        makes(EARLY_PRINTING, GLOSSARY_SWAP_FALSE, "Aldus Manutius set up the first press", glossary=PRINTERS),
        makes_no(ONE_OF_EACH),
        makes_no(WAR_YEARS, ENTITY_SWAP_FALSE, "lasted from"),  # 1939 is one end of a range
    ),
))
