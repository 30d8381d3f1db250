"""False statements: a swapped year ranks below a swapped name; no fragment of a longer name swapped in."""

import random

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import false_statement as fs
from lessontext.questions.families.fill_blank import EARLY_PRINTING
from lessontext.questions.rules import ENTITY_SWAP_FALSE

AGENCIES = """# Coalition Support

## Agencies

The NATO Support and Procurement Agency buys fuel and spare parts for groups of nations.
NATO develops standardization agreements that set common rules for fuel and ammunition.
The European Defence Agency helps its members plan joint research.
"""


def _swaps(lesson: str):
    course = build_course(parse_document(lesson), glossary=(), others=())
    rng = random.Random(0)
    return course, [c for m in course.lesson.mentions for c in fs.false_statement(m, course, rng)
                    if c.rule == ENTITY_SWAP_FALSE]


def test_a_swapped_year_ranks_below_a_swapped_name():
    _, swaps = _swaps(EARLY_PRINTING)
    years = [c for c in swaps if c.kind == "year"]
    names = [c for c in swaps if c.kind != "year"]
    assert years and names
    assert all(c.base == fs.CONFIDENCE[ENTITY_SWAP_FALSE] - fs.YEAR_SWAP_PENALTY for c in years)
    assert all(c.base == fs.CONFIDENCE[ENTITY_SWAP_FALSE] for c in names)


def test_a_name_the_lesson_only_writes_inside_a_longer_one_is_never_swapped_in():
    course, swaps = _swaps(AGENCIES)
    assert fs._only_inside_names("Procurement Agency", course)
    assert not fs._only_inside_names("NATO", course)
    assert not any(c.key == "Procurement Agency" for c in swaps)
