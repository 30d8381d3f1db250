"""Matching: "Match each description with the term it describes (“<heading>”).".

Reads a labelled group of three or more items with descriptions of at most
35 words (six at most are drawn): the text pairs each label with its
description, so the pairs are certain.  Each description has its label
masked; an item whose label's words are scattered over its description (more
than one left-out stretch) stays out, since it can be neither masked
readably nor shown as it is.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from ..candidate import Candidate
from ..course import CourseView, Group
from ..distractors import shared_words
from ..family import GROUPS, QuestionFamily, makes, makes_no
from ..phrasing import anchor_of, first_sentence, heading_phrase
from ..rules import MATCHING
from ..text import ELISION, mask_key, word_count
from ..types import MatchPair, QuestionType
from . import FAMILIES
from .description_to_term import PARTS_OF_A_CELL, TWO_PARTS

CONFIDENCE = {MATCHING: 0.82}

# Confidence added per pair beyond three: a longer matching asks more.
PAIR_BONUS = 0.01


def matching(group: Group, course: CourseView, rng: random.Random) -> Iterator[Candidate]:
    usable = [i for i in group.items if i.description and word_count(i.description) <= 35]
    keep = shared_words([i.label for i in usable])
    # A description whose key words are scattered over the sentence can be neither masked
    # readably nor left as it is (a giveaway): such items stay out of the matching.  One
    # left-out stretch ("like natural […] emergencies") still reads.
    prompts = {i.label: mask_key(i.description, i.label, keep=keep) for i in usable}
    usable = [i for i in usable if prompts[i.label][1] != "partial" or prompts[i.label][0].count(ELISION) == 1]
    if len(usable) < 3:
        return
    if len(usable) > 6:
        usable = sorted(rng.sample(usable, 6), key=usable.index)
    pairs = tuple(MatchPair(prompt=prompts[i.label][0], answer=i.label) for i in usable)
    shown = tuple(first_sentence(i.description, i.sentences) for i in usable)
    # Phrased by meaning: the heading only names the topic, never where the items are listed.
    where = f" ({heading_phrase(group.heading)})" if group.heading and group.origin != "sections" else ""
    yield Candidate(
        type=QuestionType.MATCHING,
        rule=MATCHING,
        stem=f"Match each description with the term it describes{where}.",
        pairs=pairs,
        kind=f"label:{group.id}",
        source_anchor=anchor_of(course, shown[0], group.anchor),
        source_sentence=shown[0],
        explanation="The text describes each of them: " + " ".join(f"{p.answer}: “{i.description}”" for p, i in zip(pairs, usable)),
        base=CONFIDENCE[MATCHING] + PAIR_BONUS * (len(pairs) - 3),
        shown=shown,
        claims=(f"group:{group.id}",),
    )


FAMILY = FAMILIES.register(QuestionFamily(
    name="matching",
    priority=120,
    scope=GROUPS,
    build=matching,
    confidence=CONFIDENCE,
    doc=__doc__,
    examples=(
        makes(PARTS_OF_A_CELL, MATCHING, "Match each description with the term it describes (“Parts of a cell”)."),
        makes(PARTS_OF_A_CELL, MATCHING, "the organelle that releases energy from food through respiration."),
        makes_no(TWO_PARTS),
    ),
))
