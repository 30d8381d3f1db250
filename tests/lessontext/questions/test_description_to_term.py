"""Description to term: the options fill the gap the quoted sentence leaves."""

import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families.description_to_term import description_to_term, without_shared, written_in_lesson

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


INTEREST = """# Interest

Interest is the price of borrowing money, and it is worked out in two ways.

## Simple Interest

Simple interest is interest paid only on the original sum, so it is the same every year.

## Compound Interest

Compound interest is interest paid on the original sum and on the interest already added.

## Interest on Loans

When a loan is not repaid, interest is charged on the unpaid interest as well as on the original sum.
"""


def test_a_heading_the_lesson_never_writes_is_neither_asked_nor_offered():
    """"Interest on Loans" labels the layout: the lesson's sentences never write it (raters on test-p: a
    heading keyed as what a sentence describes, "Compound Interest" as defensible; test-e, test-j: layout)."""
    course = build_course(parse_document(INTEREST), glossary=(), others=[])
    groups = [g for g in course.lesson.groups if g.origin == "sections"]
    assert groups and "Interest on Loans" in [i.label for i in groups[0].items]
    found = [c for g in groups for c in description_to_term(g, course, random.Random(0))]
    assert not any("Interest on Loans" in (c.key, *c.distractors) or "Loans" in (c.key, *c.distractors) for c in found)


def test_written_in_lesson_reads_any_case_and_number():
    course = build_course(parse_document(FAULTS), glossary=(), others=[])
    assert written_in_lesson("Normal Faults", course)  # "A normal fault is ..."
    assert written_in_lesson("The Strike-slip Faults", course)
    assert not written_in_lesson("Faults Under Tension", course)
