"""True statements: "True or false? According to the text, <a sentence of the lesson>".

Reads the sentences that mention a name, date, quantity, acronym or a
glossary term of a concrete kind, each sentence once: lifted as it stands
(without a leading discourse marker), it is true according to the text, and
balances the false statements made by swapping such mentions.
"""

from __future__ import annotations

from .. import candidates
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import TRUE_STATEMENT
from . import FAMILIES
from .fill_blank import EARLY_PRINTING

# No name, date or quantity: nothing marks a sentence as a fact worth asking about.
NO_NAMES = """# Cells

## Parts

Cells are the small units that make up every living thing on the land.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="true_statement",
    priority=60,
    scope=LESSON,
    build=lambda lesson, course, rng: candidates.true_statements(course),
    confidence={TRUE_STATEMENT: candidates.BASE[TRUE_STATEMENT]},
    doc=__doc__,
    examples=(
        makes(EARLY_PRINTING, TRUE_STATEMENT, "According to the text, Aldus Manutius founded the Aldine Press in Venice in 1494."),
        makes_no(NO_NAMES),
    ),
))
