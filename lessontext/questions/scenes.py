"""Walk-throughs: paragraphs that set a scene and follow it step by step.

A paragraph that opens by telling the reader to follow, consider, imagine or suppose something ("Follow a
cheese sandwich through the system.", "Suppose a town reports 50 cases ...", "Imagine a long rope tied to a
post.") goes on about that one case: "the bolus travels down ... the protein in the cheese", "the rope ...".
Lifted out, its sentences name things only the scene sets up (raters on test-k: a wrong key, "what a bolus
does in the sandwich example, not a definition"; the same openers in ten documents of eight folders).  No
question is built on them.  The check reads only the opener's form: a verb in its base form, not a noun,
followed by what it governs.

A tour told to the reader is a walk-through too, one sentence at a time: "You step out into the courtyard
and climb a stair ...", "Next, you pass under the arch ...". What the reader walks into is the place the tour
has reached, and any word for that place fills a gap there (raters on test-am: two keys, "courtyard" fits
as well as the term), unless the sentence glosses it where it stands ("you enter the hall, the main room of
the house": raters accepted its definition).  The check reads only the form: "you" (after at most a short
opening phrase), then a verb of moving through a place.
"""

from __future__ import annotations

import re

from lessontext.document import Document, Paragraph
from lessontext.words import getAllLemmas

from .text import BLANK

__all__ = ["lesson_scenes", "narrates_the_reader", "scene_sentences", "sets_a_scene", "unpinned_tour_gap"]

# What follows an imperative that sets up a case: "Follow a ...", "Consider the list ...", "Suppose a town ...".
_GOVERNED = frozenset("a an the this these two three one some your".split())
_WORD = re.compile(r"[A-Za-z’']+")


def sets_a_scene(sentence: str) -> bool:
    """The sentence opens with an imperative and the case it sets up: "Follow a cheese sandwich ...",
    "Suppose a worker earns ...". Not a noun ("Waves carry ..."), not a statement ("Light travels ...")."""
    toks = _WORD.findall(sentence)
    if len(toks) < 2 or not toks[0][:1].isupper():
        return False
    first = toks[0].lower()
    lemmas = getAllLemmas(first)
    return first in lemmas.get("VERB", ()) and not lemmas.get("NOUN") and toks[1].lower() in _GOVERNED


# Verbs of moving through a place: what a guided tour has the reader do.
# Not "turn", "move", "leave", "follow" or "reach": an instruction uses them too ("you move the decimal point",
# "you leave the mixture to stand", "you reach a conclusion").
_MOVES = frozenset("step walk pass climb enter cross go come arrive emerge descend wander approach proceed ascend "
                   "squeeze duck stroll".split())
_READER_MOVES = re.compile(r"^(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s+)?[Yy]ou\s+(?:(?:then|now|next|finally|soon|"
                           r"first)\s+)?([a-z]+)(?=\s)")


def narrates_the_reader(sentence: str) -> bool:
    """The reader moves through a place: "You step out into the yard ...", "Inside, you climb a stair ..."."""
    match = _READER_MOVES.match(sentence.strip())
    return bool(match) and bool(set(getAllLemmas(match.group(1)).get("VERB", ())) & _MOVES)


def scene_sentences(document: Document) -> frozenset[str]:
    """Every sentence of a paragraph that opens by setting a scene."""
    found: set[str] = set()
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.sentences and sets_a_scene(block.sentences[0]):
                found.update(block.sentences)
    return frozenset(found)


# The gap glossed where it stands: "... and enter the _____, the main room of the house".
_GLOSSED_GAP = re.compile(re.escape(BLANK) + r"\s*(?:,|\(|:|\u2014|--)")


def unpinned_tour_gap(blanked: str) -> bool:
    """A gap on where a tour takes the reader, with no gloss beside it: "You step out into the _____ and climb
    ...". "You enter the _____, the main room of the house" keeps its gap: the sentence says what it is."""
    return narrates_the_reader(blanked) and not _GLOSSED_GAP.search(blanked)


def lesson_scenes(course) -> frozenset[str]:
    """``scene_sentences`` of the course's lesson, computed once per lesson (``course.memo``)."""
    return course.remembered(("scene_sentences",), lambda: scene_sentences(course.lesson.document))
