"""Inline enumerations: the sentence that lists items inline, as a true statement.

Reads the sentences of the lesson that list items inline ("shelter among hard
corals, giant clams, sea fans"): the sentence itself is a true statement.
"from A to B" ranges make no true statement (the range is the claim), nor does
a sentence that leans on one before it or gives a worked example's givens.

No false form ("enumeration_swap_false", retired: ``rules.RETIRED``): an item swapped in from a
sister lesson read as nonsense or false at a glance even where it had been listed after a matching
word ("share the heavy costs of effective leadership", "learns ... weapon positions", "covers ... the
employment of open days"; raters on test-b, test-e and test-g: 0 of 6 ratings usable as is, 5
rejected). No "select all the items of this sentence" question either: raters rejected select-alls
made by splitting one sentence (the other items cue the answer, and the stem is layout, not meaning).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..candidate import Candidate
from ..context import leans_on_context
from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..incidental import illustrative
from ..phrasing import lift, true_false_stem
from ..rules import TRUE_STATEMENT
from ..text import CALCULATION
from ..types import QuestionType
from . import FAMILIES
from .true_statement import LEANS_BACK, TRUE_STATEMENT_CONFIDENCE, one_claim

CONFIDENCE = {TRUE_STATEMENT: TRUE_STATEMENT_CONFIDENCE}


def enumeration_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    """Each sentence that lists items inline, as a statement keyed True (``rng`` unused)."""
    for section, enumeration, _frame, resolved in lesson.enumerations:
        sentence = enumeration.sentence
        if "=" in sentence or CALCULATION.search(sentence):
            continue  # "Substituting back, Qd = 20 + 40 = 60": terms of a sum, no list
        statement = lift(resolved)
        # The statement keyed True reads alone: no "The most important is ...", no worked example's givens.
        if enumeration.ranged or LEANS_BACK.search(statement) or illustrative(sentence, section.anchor) \
                or leans_on_context(statement, course.title):
            continue
        # One claim: "Japan signed an ACSA with the United States in 1996 and has since concluded agreements
        # with Australia, ..., among others; the Indian agreement ..." keeps its first predicate (raters on
        # test-v: a list of countries answered by recognition; "trim to one claim").
        statement = one_claim(statement, sentence, course)
        if statement is None:
            continue
        yield Candidate(
            type=QuestionType.TRUE_FALSE, rule=TRUE_STATEMENT,
            stem=true_false_stem(statement, course),
            statement=statement, key=enumeration.items[0], truth=True, kind="list item",
            source_anchor=section.anchor, source_sentence=sentence, explanation=f"True. The text says: “{sentence}”",
            base=CONFIDENCE[TRUE_STATEMENT], shown=(sentence,), claims=(f"enumeration:{sentence}",),
        )


REEF = """# Coral Reefs

## Life on the reef

On a healthy reef, small fish shelter among hard corals, giant clams, sea fans, and much more.
Parrotfish graze on algae, thereby keeping the coral surfaces clean.

## Threats

Warmer water has led to mass coral bleaching.
Marine reserves can protect the grazing fish.
"""

MANGROVES = """# Mangrove Coasts

## Roots

The tangled roots shelter young snappers, mud crabs, and rock oysters.

## People and mangroves

Shrimp farms have led to rapid mangrove loss.
Coastal dredging has led to cloudy lagoon water.
Local fishers cut small channels, thereby opening gaps in the roots.
Tides flood the mangrove coast each day, thereby spreading fine silt.
Nurseries can grow young mangrove seedlings for replanting.
Rangers can patrol the borders of marine parks.
"""

EXPORTS = """# Trade

## Exports

Its exports have been varied, from woven cotton cloth to polished copper tools.
"""

SUM = """# Markets

## Equilibrium

Substituting back, hard corals, giant clams and Qs = 20 + 40 = 60.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="enumerations",
    priority=50,
    scope=LESSON,
    build=enumeration_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(REEF, TRUE_STATEMENT, "small fish shelter among hard corals, giant clams, sea fans", others=(MANGROVES,)),
        makes_no(REEF, "enumeration_swap_false", others=(MANGROVES,)),  # retired: no false form
        makes_no(EXPORTS, TRUE_STATEMENT, others=(REEF, MANGROVES)),  # a range
        makes_no(SUM, others=(REEF, MANGROVES)),  # the terms of a sum are no list
        makes_no(REEF.replace("small fish shelter among", "the most important are"), TRUE_STATEMENT,
                 "the most important are", others=(MANGROVES,)),  # leans on a sentence not shown
    ),
))
