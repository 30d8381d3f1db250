"""Lists under a heading: "Which of the following does the text list under “<heading>”?".

Reads a list of three or more items under a heading.  Membership is what the
text shows, so for each member a single-answer item (distractors: items of
other lists of the course that this list's section does not mention), one
"Select all that apply" item, and "The text lists “X” under “H”" as a true
statement (a member) and a false one (an item of another list).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, Listing
from ..distractors import MAX_DISTRACTORS, pick_distractors, same_shape, within_lengths
from ..family import LISTINGS, QuestionFamily, makes, makes_no
from ..phrasing import heading_phrase
from ..rubric import mentioned_in, same_form, synonymous
from ..rules import ALL_LISTED_UNDER, LISTED_TRUE_FALSE, LISTED_UNDER
from ..text import norm
from ..types import QuestionType
from . import FAMILIES

CONFIDENCE = {LISTED_UNDER: 0.74, ALL_LISTED_UNDER: 0.8, LISTED_TRUE_FALSE: 0.66}

# "The text lists <an item of another list> under H" ranks a little above the true statement.
OUTSIDER_BONUS = 0.02


def listed_under(listing: Listing, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    if not listing.heading or len(listing.items) < 3:
        return
    pool: list[str] = []
    for lesson in [course.lesson, *course.others]:
        for other in lesson.listings:
            if other.id == listing.id and lesson is course.lesson:
                continue
            if other.labelled == listing.labelled:
                pool.extend(other.items)
    members = list(listing.items)

    def not_member(p: str) -> bool:
        return not any(synonymous(m, p, course) for m in members) and not mentioned_in(p, listing.scope)

    heading = heading_phrase(listing.heading)
    claims = (f"listing:{listing.id}",)
    explanation = f"Under {heading} the text lists: " + ", ".join(members) + "."
    for member in members:
        distractors = pick_distractors(member, pool, rng, course, extra=not_member)
        if len(distractors) < 2:
            continue
        yield Candidate(
            type=QuestionType.SINGLE,
            rule=LISTED_UNDER,
            stem=f"Which of the following does the text list under {heading}?",
            key=member,
            correct=(member,),
            distractors=tuple(distractors),
            kind="list item",
            scope=listing.scope,
            source_anchor=listing.anchor,
            source_sentence=listing.source,
            explanation=explanation,
            base=CONFIDENCE[LISTED_UNDER],
            shown=(),
            claims=claims + (f"key:{norm(member)}",),
        )
    yield from _listed_true_false(listing, members, pool, course, rng, not_member)
    correct = members if len(members) <= 5 else sorted(rng.sample(members, 4), key=members.index)
    distractors = []
    for member in correct:
        for d in pick_distractors(member, pool, rng, course, extra=lambda p: not_member(p) and all(same_form(p, m) for m in correct) and same_shape(p, correct)):
            if d not in distractors and within_lengths(d, correct) and not any(synonymous(d, x, course, siblings=True) for x in distractors):
                distractors.append(d)
    distractors = distractors[:MAX_DISTRACTORS if len(correct) <= 3 else 2]
    if len(distractors) >= 2:
        yield Candidate(
            type=QuestionType.MULTIPLE,
            rule=ALL_LISTED_UNDER,
            stem=f"Which of the following does the text list under {heading}? Select all that apply.",
            correct=tuple(correct),
            distractors=tuple(distractors),
            kind="list item",
            scope=listing.scope,
            source_anchor=listing.anchor,
            source_sentence=listing.source,
            explanation=explanation,
            base=CONFIDENCE[ALL_LISTED_UNDER],
            claims=claims,
        )


def _listed_true_false(listing: Listing, members: list[str], pool: list[str], course: CourseView, rng: random.Random,
                       not_member) -> Iterator[Candidate]:
    """"The text lists X under H": true for a member, false for an item of another list."""
    heading = heading_phrase(listing.heading)
    member = rng.choice(members)
    outsiders = pick_distractors(member, pool, rng, course, extra=not_member)
    claims = (f"listing:{listing.id}",)
    explanation = f"Under {heading} the text lists: " + ", ".join(members) + "."
    statement = f"The text lists “{member}” under {heading}."
    yield Candidate(
        type=QuestionType.TRUE_FALSE, rule=LISTED_TRUE_FALSE, stem=f"True or false? {statement}",
        statement=statement, key=member, truth=True, kind="list item", source_anchor=listing.anchor,
        source_sentence=listing.source, explanation=f"True. {explanation}", base=CONFIDENCE[LISTED_TRUE_FALSE],
        claims=claims,
    )
    for outsider in outsiders[:1]:
        statement = f"The text lists “{outsider}” under {heading}."
        yield Candidate(
            type=QuestionType.TRUE_FALSE, rule=LISTED_TRUE_FALSE, stem=f"True or false? {statement}",
            statement=statement, key=outsider, original=member, truth=False, kind="list item",
            source_anchor=listing.anchor, source_sentence=listing.source,
            explanation=f"False. {explanation}", base=CONFIDENCE[LISTED_TRUE_FALSE] + OUTSIDER_BONUS, claims=claims,
        )


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
    build=listed_under,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(CELLS, LISTED_UNDER, "Mitochondrion"),
        makes(CELLS, ALL_LISTED_UNDER, "under “Parts of a cell”? Select all that apply."),
        makes(CELLS, LISTED_TRUE_FALSE, "True or false? The text lists “Eukaryotic cells” under “Parts of a cell”."),
        makes_no(CELLS, LISTED_UNDER, "under “Kinds of cells”"),  # two items: too few to ask about
        makes_no(NO_HEADING, others=(CELLS,)),
    ),
))
