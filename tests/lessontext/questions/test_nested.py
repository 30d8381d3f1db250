"""Nested lists: parallel facts under named things become groups; a table's column labels are never keys,
its values are asked of their stage."""

import random

import pytest

from lessontext.document import ItemList, parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import generate
from lessontext.questions.nested import column_labels, property_groups, stage_groups
from lessontext.questions.rubric import evaluate

# Invented: named things, each with a sub-list of facts that open with the same verb in each place.
BIRDS = """# Garden Birds

## Birds of the orchard

- Crested warbler
  - Nests in hollow pear trees
  - Feeds on aphids and small beetles
- Copper finch
  - Nests under roof tiles
  - Feeds on thistle seed in late summer
- Grey shrike
  - Nests in thorn hedges
  - Feeds on lizards and large insects
- Marsh piper
  - Nests among reeds beside ponds
  - Feeds on snails at the water's edge
"""

# Invented: a sequence of stages, each with the same labels: a table written as a list.
RIVER = """# A River's Course

## Along the river

- In the upper course
  - Channel: narrow and steep, full of boulders
  - Flow: fast and turbulent after rain
  - Landforms: waterfalls and deep gorges
- In the middle course
  - Channel: wider, with a gentler gradient
  - Flow: steadier, carrying fine gravel
  - Landforms: meanders and river cliffs
- In the lower course
  - Channel: broad and deep near the sea
  - Flow: slow, dropping its mud
  - Landforms: levees and wide mudflats
"""

# Invented: the items are stages, not names, and their facts open with different verbs.
STAGES = """# Bread

## Making bread

- After mixing
  - Rests for ten minutes under a cloth
  - Doubles in size in a warm room
- Before baking
  - Gets a light dusting of flour
  - Sits on a hot stone for a minute
- During baking
  - Rises again in the first ten minutes
  - Turns golden at the crust
"""


def _outer(markdown: str) -> ItemList:
    document = parse_document(markdown)
    return next(b for s in document.sections for b in s.blocks if isinstance(b, ItemList))


def test_parallel_facts_make_one_group_per_verb():
    groups = property_groups(_outer(BIRDS))
    assert [[i.description.split()[0] for i in g] for g in groups] == [["nests"] * 4, ["feeds"] * 4]
    assert groups[1][1].label == "Copper finch"
    assert groups[1][1].description == "feeds on thistle seed in late summer"


@pytest.mark.parametrize("markdown", [RIVER, STAGES])
def test_no_group_of_stages(markdown):
    assert property_groups(_outer(markdown)) == []


def test_labels_repeated_under_each_item_are_columns():
    assert column_labels(_outer(RIVER)) == {"channel", "flow", "landforms"}
    assert column_labels(_outer(BIRDS)) == frozenset()


def test_column_labels_are_never_keys():
    course = build_course(parse_document(RIVER), glossary=(), others=())
    assert not [g for g in course.lesson.groups if {i.label for i in g.items} & {"Channel", "Flow", "Landforms"}]
    keys = {c.key for c in generate(course, random.Random(0)) if not evaluate(c, course)}
    assert not keys & {"Channel", "Flow", "Landforms"}


def test_a_fact_is_asked_of_its_named_thing():
    course = build_course(parse_document(BIRDS), glossary=(), others=())
    passed = [c for c in generate(course, random.Random(0)) if not evaluate(c, course)]
    asked = {(c.key, c.stem) for c in passed if "Grey shrike" in c.stem or c.key == "Grey shrike"}
    assert asked
    for c in passed:
        if "“Grey shrike”" in c.stem:
            assert c.key in {"nests in thorn hedges", "feeds on lizards and large insects"}
            assert all(d.split()[0] == c.key.split()[0] for d in c.distractors)


def test_a_tables_values_are_grouped_by_column_and_labelled_with_their_stage():
    groups = stage_groups(_outer(RIVER))
    assert [[i.label for i in g] for g in groups][1] == [
        "Flow in the upper course", "Flow in the middle course", "Flow in the lower course"]
    assert groups[1][2].description == "slow, dropping its mud"
    assert stage_groups(_outer(BIRDS)) == []  # named things, no labels: no table
    assert stage_groups(_outer(STAGES)) == []  # stages without labels: no table


def test_a_value_is_asked_of_its_stage_with_the_other_stages_values_as_options():
    course = build_course(parse_document(RIVER), glossary=(), others=())
    asked = {c.key: c for c in generate(course, random.Random(0))
             if not evaluate(c, course) and "“Landforms in the middle course”" in c.stem}
    assert set(asked) == {"meanders and river cliffs"}
    assert set(asked["meanders and river cliffs"].distractors) == {"waterfalls and deep gorges", "levees and wide mudflats"}
