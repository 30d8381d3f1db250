"""Fill in the blank: a sentence of the lesson with one name, date, quantity, acronym or glossary term blanked.

Reads each mention of a recognised entity (country, organisation, person,
place, year, acronym, a name or quantity) or glossary term in a sentence: the
sentence is the source of the answer, and its own words are accepted (plus
the glossary's name and aliases, and a person's surname).  No blank when the
mention occurs twice, is one end of a range of years ("1939–1945") or an
acronym spelt out beside it.
"""

from __future__ import annotations

from .. import candidates
from ..family import MENTIONS, QuestionFamily, makes, makes_no
from ..rules import ENTITY_FILL_BLANK, GLOSSARY_FILL_BLANK
from ..types import GlossaryEntry
from . import FAMILIES

EARLY_PRINTING = """# Early Printing

## Print spreads

In 1476, William Caxton set up the first press in England at Westminster.
Aldus Manutius founded the Aldine Press in Venice in 1494.
Martin Luther, a monk in Wittenberg, wrote his Ninety-five Theses in 1517.
"""

PRINTERS = (
    GlossaryEntry("William Caxton", "An English merchant who set up the first printing press in England", "person"),
    GlossaryEntry("Aldus Manutius", "A Venetian printer who founded the Aldine Press", "person"),
    GlossaryEntry("Martin Luther", "A German monk who wrote the Ninety-five Theses", "person"),
)

WAR_YEARS = """# The War

## Dates

The long war in Europe lasted from 1939–1945 and changed the map of the continent.
The treaty was signed in Paris in 1947 by many of the nations.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="fill_blank",
    priority=80,
    scope=MENTIONS,
    build=lambda mention, course, rng: candidates.fill_blank(mention, course),
    confidence={
        ENTITY_FILL_BLANK: candidates.BASE[ENTITY_FILL_BLANK],
        GLOSSARY_FILL_BLANK: candidates.BASE[GLOSSARY_FILL_BLANK],
    },
    doc=__doc__,
    examples=(
        makes(EARLY_PRINTING, ENTITY_FILL_BLANK, "Aldus Manutius founded the Aldine Press in Venice in _____."),
        makes(EARLY_PRINTING, GLOSSARY_FILL_BLANK, "_____ founded the Aldine Press", glossary=PRINTERS),
        makes(WAR_YEARS, ENTITY_FILL_BLANK, "1947"),
        makes_no(WAR_YEARS, ENTITY_FILL_BLANK, "1939"),  # one end of a range
        makes_no(EARLY_PRINTING, GLOSSARY_FILL_BLANK),  # no glossary
    ),
))
