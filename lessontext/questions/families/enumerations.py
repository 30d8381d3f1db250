"""Inline enumerations: "Which of the following does the text name in this sentence? “… _____.”
Select all that apply.", and true or false statements about them.

Reads the sentences of the lesson that list items inline ("shelter among hard
corals, giant clams, sea fans"): the listed items are the keys, items listed
elsewhere in the course that this lesson does not say are the distractors
(of the same kind: same grammatical number, suffix class, and the same
category or governing verb where the sentence names one).  The sentence
itself is a true statement; with one item swapped for an outsider, a false
one.  "from A to B" ranges make no true statement (the range is the claim).
"""

from __future__ import annotations

from .. import candidates
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import ENUMERATION_ALL, ENUMERATION_SWAP_FALSE, TRUE_STATEMENT
from . import FAMILIES

REEF = """# Coral Reefs

## Life on the reef

On a healthy reef, small fish shelter among hard corals, giant clams, sea fans, and much more.
Parrotfish graze on algae, thereby keeping the coral surfaces clean.

## Threats

Warmer water has led to mass coral bleaching.
Marine reserves can protect the grazing fish.
"""

FOREST = """# Rainforests

## Layers

The canopy contains tall emergent trees, woody lianas, and epiphytic orchids.

## People and forests

Logging roads have led to rapid soil erosion.
Cattle ranching has led to large grassy clearings.
Local farmers clear small plots, thereby opening gaps in the canopy.
Rivers flood the lowland forest each year, thereby spreading fertile silt.
Seed banks can store wild fruit varieties for future planting.
Forest guards can patrol the borders of national parks.
"""

EXPORTS = """# Trade

## Exports

Its exports have been varied, from woven cotton cloth to polished copper tools.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="enumerations",
    priority=50,
    scope=LESSON,
    build=lambda lesson, course, rng: candidates.enumeration_questions(course, rng),
    confidence={
        ENUMERATION_ALL: candidates.BASE[ENUMERATION_ALL],
        TRUE_STATEMENT: candidates.BASE[TRUE_STATEMENT],
        ENUMERATION_SWAP_FALSE: candidates.BASE[ENUMERATION_SWAP_FALSE],
    },
    doc=__doc__,
    examples=(
        makes(REEF, ENUMERATION_ALL, "small fish shelter among _____.” Select all that apply.", others=(FOREST,)),
        makes(REEF, ENUMERATION_ALL, "giant clams", others=(FOREST,)),
        makes(REEF, TRUE_STATEMENT, "small fish shelter among hard corals, giant clams, sea fans", others=(FOREST,)),
        makes(REEF, ENUMERATION_SWAP_FALSE, "small fish shelter among tall emergent trees, giant clams",
              others=(FOREST,)),
        makes_no(REEF, ENUMERATION_ALL),  # no other lesson: no items listed elsewhere to offer
        makes_no(EXPORTS, TRUE_STATEMENT, others=(REEF, FOREST)),  # a range
    ),
))
