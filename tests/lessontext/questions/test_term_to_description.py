"""Term to description: options that open alike, never a relative clause cut from its sentence."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.distractors import stands_out_by_length
from lessontext.questions.families.term_to_description import (
    opening_form,
    spelled_letter,
    state_label,
    term_to_description,
    without_worked_tail,
)

# Invented: a list whose descriptions mix a predicate, relative clauses and a noun phrase.
ARRANGEMENTS = """# Shared services

## Arrangements

- **North town**: has no library of its own and borrows books from its neighbours each month.
- **East town**: whose readers use the mobile library that visits every second week.
- **West town**: under which two villages take turns running one reading room.
- **Lake town**: L = 2 × 3 = 6 shelves of books.
- **South town**: shares a reading room with the next village and pays half its costs.
- **Hill town**: keeps a small library that opens on market days.
"""


@pytest.mark.parametrize(("description", "form"), [
    ("whose skies are covered by neighbours", "relative"),
    ("under which two villages take turns", "relative"),
    ("has no library of its own", "phrase"),
    ("began in 2004 when three towns joined", "phrase"),
    ("P = VI = 24 W.", "formula"),
    ("the tangible clues that help customers judge a service", "phrase"),
    ("vetting programmes that remove abusers", "phrase"),
    ("like a sandstone but with angular fragments", "phrase"),
])
def test_opening_form(description, form):
    assert opening_form(description) == form


def test_options_open_alike_and_no_relative_clause_is_offered():
    course = build_course(parse_document(ARRANGEMENTS), glossary=(), others=())
    group = next(g for g in course.lesson.groups if len(g.items) >= 3)
    asked = list(term_to_description(group, course, random.Random(1)))
    assert asked
    for c in asked:
        assert {opening_form(o) for o in c.options} == {"phrase"}, c.options
    assert not {"East town", "West town", "Lake town"} & {c.original for c in asked}


PIPES = """# Pipes

## What slows the flow

The flow through a pipe depends on several things:

- **Its length**: a longer pipe slows the flow more.
- **Its width**: a narrower pipe slows the flow more.
- **Its lining**: a rough lining slows the flow more.
"""

TANKS = PIPES.replace("Its length", "Pipe length").replace("Its width", "Pipe width").replace("Its lining", "Pipe lining")


def test_no_item_on_labels_that_point_outside_the_list():
    # "which of these describes “its length”?" (raters on test-j: context lost).
    from lessontext.questions.families.description_to_term import description_to_term
    from lessontext.questions.text import label_points_outside

    assert label_points_outside("its length") and not label_points_outside("Pipe length")
    for text, expected in ((PIPES, False), (TANKS, True)):
        course = build_course(parse_document(text), glossary=(), others=())
        group = next(g for g in course.lesson.groups if len(g.items) >= 3)
        made = [*term_to_description(group, course, random.Random(1)), *description_to_term(group, course, random.Random(1))]
        assert bool(made) is expected


# Invented: one description far shorter than the rest.
STAGES = """# Pottery

## Stages

- **Stage 1**: clay (wet).
- **Stage 2**: shaping — the potter throws clay on a wheel.
- **Stage 3**: drying — the pot rests for several days.
- **Stage 4**: firing — the pot is baked in a kiln.
"""


@pytest.mark.parametrize(("key", "options", "stands_out"), [
    ("clay (wet)", ["shaping — the potter throws the clay on a wheel"] * 2, True),
    ("the potter throws the clay on a wheel and shapes it with wet hands until the walls are even",
     ["the pot is baked", "the pot dries"], True),
    ("drying — the pot rests for days", ["firing — the pot is baked in a kiln"] * 2, False),
    ("a small pot", ["a large pot for storing grain"] * 2, False),  # twice as long, but two words apart
])
def test_a_key_far_shorter_or_longer_than_every_option_stands_out(key, options, stands_out):
    assert stands_out_by_length(key, options) is stands_out


def test_the_short_description_is_not_the_key():
    course = build_course(parse_document(STAGES), glossary=(), others=())
    group = next(g for g in course.lesson.groups if len(g.items) >= 3)
    asked = [c for seed in range(4) for c in term_to_description(group, course, random.Random(seed))]
    assert asked
    assert "Stage 1" not in {c.original for c in asked}


@pytest.mark.parametrize(("label", "expected"), [
    ("Still debated", True), ("Widely accepted", True), ("Disputed", True), ("Omniscient", False),
    ("Photosynthesis", False), ("Cell wall", False), ("Marco Polo, 1271", False),
])
def test_a_verdict_or_state_label_is_no_term(label, expected):
    assert state_label(label) is expected


@pytest.mark.parametrize(("label", "description", "expected"), [
    ("R", "Relevant to the team's aims", True),
    ("SM", "Specific, measurable", True),
    ("V", "Volume of the gas in litres", True),
    ("V", "Pressure of the gas", False),
    ("Na", "Sodium", False),
])
def test_an_acronym_letter_spelled_by_its_description(label, description, expected):
    assert spelled_letter(label, description) is expected


GOALS = """# Setting Goals

## The SMART model

- S: Specific about the outcome wanted
- M: Measurable by an agreed number
- A: Achievable with the resources at hand
- R: Relevant to the team's wider aims
- T: Time-bound with a fixed deadline
- Still debated: whether stretch goals motivate more than safe ones
"""


def test_no_item_asks_an_acronym_letter_or_a_verdict_label():
    course = build_course(parse_document(GOALS), glossary=(), others=())
    stems = [c.stem for group in course.lesson.groups for c in term_to_description(group, course, random.Random(0))]
    assert not any("“S”" in s or "“Still debated”" in s or "“R”" in s for s in stems)


@pytest.mark.parametrize(("description", "rule"), [
    ("multiply by 100, so 2.5 m becomes 250 cm.", "multiply by 100."),
    ("divide by 1,000, for example 4,500 g is 4.5 kg.", "divide by 1,000."),
    ("divide the distance by the time.", "divide the distance by the time."),  # no worked figure
    ("halve it, so 8 becomes 4.", "halve it, so 8 becomes 4."),  # two words left: kept whole
    ("add the sides together, so the total grows.", "add the sides together, so the total grows."),  # no figure
])
def test_a_worked_figure_after_a_rule_is_left_out_of_the_option(description, rule):
    assert without_worked_tail(description) == rule


# Invented: conversion rules, each with a worked figure after it.
CONVERSIONS = """# Units of length

## Conversions

- **Metres to centimetres**: multiply by 100, so 2.5 m becomes 250 cm.
- **Centimetres to metres**: divide by 100, so 340 cm becomes 3.4 m.
- **Kilometres to metres**: multiply by 1,000, so 1.2 km becomes 1,200 m.
- **Metres to kilometres**: divide by 1,000, so 4,500 m becomes 4.5 km.
"""


def test_options_are_the_rules_without_their_worked_figures():
    course = build_course(parse_document(CONVERSIONS), glossary=(), others=[])
    found = [c for g in course.lesson.groups for c in term_to_description(g, course, random.Random(0))]
    assert found
    assert all(not any(ch.isdigit() for ch in o.replace("100", "").replace("1,000", ""))
               for c in found for o in (c.key, *c.distractors))


def test_a_process_is_not_offered_a_material_as_its_rival():
    from .test_beyond_recall import passing
    from .test_matching import SOILS

    items = {c.original or c.key: c for c in passing(SOILS, "term_to_description")}
    processes = {"The washing out of minerals by rain water.", "The pressing together of soil by heavy machines.",
                 "The removal of topsoil by wind or running water.", "The breakdown of rock in place by frost and rain."}
    asked = [c for c in items.values() if c.key in processes]
    assert asked
    assert all(set(c.distractors) <= processes for c in asked), [c.distractors for c in asked]
