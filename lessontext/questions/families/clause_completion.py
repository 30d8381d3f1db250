"""Clause completion: "How does the text complete this sentence? “… thereby _____.”".

Reads the sentences of the lesson with a purpose, means or result clause
("thereby keeping ...", "has led to ...", "can protect ..."): the clause is
the key, parallel clauses of the same form are the distractors, from other
lessons when this lesson never says them, from this lesson when said of
something else; none may share a content word with the key.  Each such
sentence is also lifted as a true statement.
"""

from __future__ import annotations

from .. import candidates
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..rules import CLAUSE_COMPLETION, TRUE_STATEMENT
from . import FAMILIES
from .enumerations import FOREST, REEF

FAMILY = FAMILIES.register(QuestionFamily(
    name="clause_completion",
    priority=40,
    scope=LESSON,
    build=lambda lesson, course, rng: candidates.clause_completions(course, rng),
    confidence={
        TRUE_STATEMENT: candidates.BASE[TRUE_STATEMENT],
        CLAUSE_COMPLETION: candidates.BASE[CLAUSE_COMPLETION],
    },
    doc=__doc__,
    examples=(
        makes(REEF, CLAUSE_COMPLETION, "How does the text complete this sentence? “Warmer water has led to _____.”",
              others=(FOREST,)),
        makes(REEF, CLAUSE_COMPLETION, "keeping the coral surfaces clean", others=(FOREST,)),
        makes(REEF, TRUE_STATEMENT, "parrotfish graze on algae, thereby keeping the coral surfaces clean"),
        # Alone, the lesson's clauses are said of related things: none is a safe distractor for another.
        makes_no(REEF, CLAUSE_COMPLETION),
    ),
))
