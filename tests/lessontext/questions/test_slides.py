"""Slides read as groups: sibling slide titles that name terms, glossed by their first bullet."""

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.slides import slide_definition, slide_groups

ROCKS = """# How Landscapes Change

## Overview

- Landscapes change slowly
- Three processes matter most

## Weathering

- Rock broken down where it lies by frost, heat or plants
- Fastest in cold, wet places

## Erosion

- Rock fragments carried off by water, wind or ice
- Fastest on bare, steep slopes

## Deposition

- Carried material dropped when the water or wind slows
  - Example: sand bars at river mouths

## Key facts

- Most soil forms over thousands of years

## Soil and people

- Farming: ploughing loosens soil
- Building: paving stops water soaking in
"""


def test_slide_titles_glossed_by_their_first_bullet_make_a_group():
    document = parse_document(ROCKS)
    groups = slide_groups(document)
    assert len(groups) == 1
    _, _, items = groups[0]
    assert [i.label for i in items] == ["Weathering", "Erosion", "Deposition"]
    assert items[1].description == "Rock fragments carried off by water, wind or ice"


def test_what_is_no_slide_gloss():
    sections = {s.heading: s for s in parse_document(ROCKS).sections}
    assert slide_definition(sections["Overview"]) == ""  # a topic, not a term
    assert slide_definition(sections["Key facts"]) == ""  # a slide of the deck's own
    assert slide_definition(sections["Soil and people"]) == ""  # several things, and a labelled bullet
    prose = parse_document("# Rocks\n\n## Erosion\n\nErosion carries rock away.\n\n- Rock carried off by water\n")
    assert slide_definition(prose.sections[0]) == ""  # a paragraph: no slide


def test_the_group_reaches_the_question_families():
    course = build_course(parse_document(ROCKS), glossary=(), others=())
    assert any(g.origin == "sections" and [i.label for i in g.items] == ["Weathering", "Erosion", "Deposition"]
               for g in course.lesson.groups)
