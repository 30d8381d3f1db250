"""Myths: "True or false? According to the text, <the claim of a "Myth:" line>." keyed False.

Reads a lesson that sets out beliefs and labels each one false in its own words: lines opened by
"Myth:", "Misconception:" or "Mistake:" (``verdicts.DISAVOWING``), at least two of them, each followed
in the lesson by a line opened by "Fact:", "Truth:" or "Reality:" that answers it.  The claim of the
myth line, as it stands, is the statement; the key is False by the author's own label, never by a
turn of ours (turning a myth's negation gives what the "Fact:" line says, so no other family reads a
myth line: ``supported_by_source`` refuses it).  A myth whose claim points outside itself ("This
means ...") or is not a whole sentence is left out.  The item asks whether the learner can tell the
myth from the evidence, so its level is "understand".
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..course import CourseView, LessonView
from ..family import LESSON, QuestionFamily, makes, makes_no
from ..phrasing import lift
from ..rules import MYTH_FALSE
from ..text import ANAPHORIC_OPENERS, words
from ..verdicts import affirmed, disavowed_claim
from . import FAMILIES
from .rather_than import statement_twins

CONFIDENCE = {MYTH_FALSE: 0.6}
MIN_MYTHS = 2
MIN_CLAIM_WORDS = 4
# A page of myths asks a few of them, leaving room for what its explanations teach.
MAX_MYTHS = 2


def myth_questions(lesson: LessonView, course: CourseView, rng: random.Random) -> Iterator:
    sentences = lesson.sentences
    answered = []
    for i, (section, sentence) in enumerate(sentences):
        claim = disavowed_claim(sentence)
        if claim is None:
            continue
        # The answer comes before the next myth: a "Fact:" line the author sets against this one.
        following = []
        for _, later in sentences[i + 1:]:
            if disavowed_claim(later) is not None:
                break
            following.append(later)
        if any(affirmed(s) for s in following):
            answered.append((section, sentence, claim))
    if len(answered) < MIN_MYTHS:
        return
    made = 0
    for section, sentence, claim in answered:
        if made == MAX_MYTHS:
            return
        first = words(claim)[:1]
        if len(words(claim)) < MIN_CLAIM_WORDS or not claim.endswith(".") or (
                first and first[0].lower() in ANAPHORIC_OPENERS):
            continue
        statement = lift(claim)
        statement = statement[:1].lower() + statement[1:] if statement[1:2].islower() else statement
        made += 1
        yield from statement_twins(
            ((statement, False, MYTH_FALSE, "myth"),),
            course=course, section=section, sentence=sentence, said=claim, kind="negation",
            claim=f"myth:{sentence}", confidence=CONFIDENCE,
        )


GARDEN = """# Myths About Houseplants

## Watering

Myth: Cacti never need any water at all.

Fact: Cacti store water in their stems but still need a deep watering every few weeks in summer.

## Light

Myth: Plants grow best in direct midday sun.

Fact: Most houseplants come from shaded forest floors and scorch in strong direct light.
"""

# One myth only, or myths with no fact set against them: no page of verdicts.
LONE = """# Houseplants

## Watering

Myth: Cacti never need any water at all.

Fact: Cacti store water in their stems but still need a deep watering every few weeks in summer.
"""

FAMILY = FAMILIES.register(QuestionFamily(
    name="myths",
    priority=61,
    scope=LESSON,
    build=myth_questions,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(GARDEN, MYTH_FALSE, "True or false? According to the text, cacti never need any water at all."),
        makes(GARDEN, MYTH_FALSE, "plants grow best in direct midday sun."),
        makes_no(LONE),
        makes_no(GARDEN.replace("Fact:", "Also:")),
    ),
))
