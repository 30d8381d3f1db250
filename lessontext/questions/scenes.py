"""Walk-throughs: paragraphs that set a scene and follow it step by step.

A paragraph that opens by telling the reader to follow, consider, imagine or suppose something ("Follow a
cheese sandwich through the system.", "Suppose a town reports 50 cases ...", "Imagine a long rope tied to a
post.") goes on about that one case: "the bolus travels down ... the protein in the cheese", "the rope ...".
Lifted out, its sentences name things only the scene sets up (raters on test-k: a wrong key, "what a bolus
does in the sandwich example, not a definition"; the same openers in ten documents of eight folders).  No
question is built on them.  The check reads only the opener's form: a verb in its base form, not a noun,
followed by what it governs.
"""

from __future__ import annotations

import re

from lessontext.document import Document, Paragraph
from lessontext.words import getAllLemmas

__all__ = ["lesson_scenes", "scene_sentences", "sets_a_scene"]

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


def scene_sentences(document: Document) -> frozenset[str]:
    """Every sentence of a paragraph that opens by setting a scene."""
    found: set[str] = set()
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.sentences and sets_a_scene(block.sentences[0]):
                found.update(block.sentences)
    return frozenset(found)


def lesson_scenes(course) -> frozenset[str]:
    """``scene_sentences`` of the course's lesson, computed once per lesson (``course.memo``)."""
    return course.remembered(("scene_sentences",), lambda: scene_sentences(course.lesson.document))
