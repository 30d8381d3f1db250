"""Glossary terms: "Which of the following does the text describe as “<definition>”?" and
"According to the text, what is meant by “<term>”?".

Reads the course glossary entries whose terms this lesson mentions, when the
entry's definition is a definition phrase (not a sentence about the term) and
a sentence of this lesson states it: the lesson is then the source of the
key.  Distractor terms are glossary terms of the same kind and category (a
person for a person); distractor definitions are other terms' definitions
this lesson does not state, else definitional sentences of the rest of the
course.
"""

from __future__ import annotations

from .. import candidates
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import GLOSSARY_DESCRIPTION_TO_TERM, GLOSSARY_TERM_TO_DEFINITION
from ..types import GlossaryEntry
from . import FAMILIES

CONTRACTS = """# Contracts

## Key terms

Offer: a clear statement of the terms on which a person is willing to be bound.

Acceptance: an unqualified agreement to all the terms of an offer.

Consideration: something of value that each party gives in exchange for a promise.

## Remedies

The usual remedy for a breach is damages, a sum of money that puts the innocent party where the contract would have put them.
"""

CONTRACT_TERMS = (
    GlossaryEntry("Damages", "A sum of money that puts the innocent party where the contract would have put them", "defined"),
    GlossaryEntry("Offer", "A clear statement of the terms on which a person is willing to be bound", "defined"),
    GlossaryEntry("Acceptance", "An unqualified agreement to all the terms of an offer", "defined"),
)

# "Damages" is mentioned, but its definition comes from another lesson: not this lesson's to ask.
DEFINED_ELSEWHERE = """# Contracts

## Remedies

Damages are often paid when a contract is broken by one of the parties.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="glossary",
    priority=90,
    scope=LESSON,
    build=lambda lesson, course, rng: candidates.glossary_questions(course, rng),
    confidence={
        GLOSSARY_DESCRIPTION_TO_TERM: candidates.BASE[GLOSSARY_DESCRIPTION_TO_TERM],
        GLOSSARY_TERM_TO_DEFINITION: candidates.BASE[GLOSSARY_TERM_TO_DEFINITION],
    },
    doc=__doc__,
    examples=(
        makes(CONTRACTS, GLOSSARY_DESCRIPTION_TO_TERM, "describe as “an unqualified agreement to all the terms of an offer”?",
              glossary=CONTRACT_TERMS),
        makes(CONTRACTS, GLOSSARY_TERM_TO_DEFINITION, "what is meant by “Damages”?", glossary=CONTRACT_TERMS),
        makes_no(DEFINED_ELSEWHERE, glossary=CONTRACT_TERMS),
        makes_no(CONTRACTS),  # no glossary, no glossary questions
    ),
))
