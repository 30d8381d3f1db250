"""Description to term: the options fill the gap the quoted sentence leaves."""

import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.description_to_term import description_to_term, without_shared

FAULTS = """# Faults

Rocks break along faults, and geologists sort them by how the blocks move.

## Normal Faults

A normal fault is a break where one block slides down the face of the other as the crust stretches.

## Reverse Faults

A reverse fault is a break where one block is pushed up the face of the other as the crust is squeezed.

## Strike-slip Faults

A strike-slip fault is a break where the blocks slide past each other sideways.
"""


def test_shared_words_stay_in_the_sentence_not_in_the_options():
    # "A […] fault is ..." keeps "fault": the options are what fills the gap, not "Normal Faults" again
    # (raters on test-l: plural headings for a singular gap; test-d: Title-Case heading options).
    course = build_course(parse_document(FAULTS), glossary=(), others=[])
    found = [c for g in course.lesson.groups for c in description_to_term(g, course, random.Random(0))]
    partial = [c for c in found if "[…]" in c.stem]
    assert partial
    for c in partial:
        assert not any("fault" in o.lower() for o in (c.key, *c.distractors)), (c.key, c.distractors)
        assert c.correct == (c.key,)


def test_without_shared_keeps_labels_that_would_be_empty_or_alike():
    assert without_shared("Divergent Boundaries", ["Convergent Boundaries"], ["Boundaries"]) == \
        ("Divergent", ["Convergent"])
    assert without_shared("Boundaries", ["Convergent Boundaries"], ["Boundaries"]) == \
        ("Boundaries", ["Convergent Boundaries"])  # nothing left of the key
    assert without_shared("Divergent Boundaries", ["Convergent Boundaries"], []) == \
        ("Divergent Boundaries", ["Convergent Boundaries"])
