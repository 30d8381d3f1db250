"""Table matching: which columns are values or codes to memorise rather than what the lesson teaches."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import tables as t
from lessontext.questions.rubric import evaluate
from lessontext.questions.rules import TABLE_MATCHING


@pytest.mark.parametrize(("values", "expected"), [
    (["12 g", "3.5 g", "140 kJ / 33 kcal"], True),  # amounts with units
    (["4 km", "250 m"], True),
    (["about 8.1", "7"], True),
    (["2xx", "3xx"], False),  # a class of codes, no unit after a space
    (["Always above 1", "Depends on the load"], False),
    (["ampere", "ohm"], False),
])
def test_figures(values, expected):
    assert t._figures(values) is expected


@pytest.mark.parametrize(("values", "expected"), [
    (["NFR", "LMA", "WBC"], True),  # capitals: abbreviations of the names beside them
    (["H2O", "CO2", "NaOH"], True),
    (["Success", "Redirection"], False),
    (["ISO", "Aperture"], False),  # one code among words
])
def test_notation(values, expected):
    assert t._notation(values) is expected


@pytest.mark.parametrize(("text", "made"), [
    (t.CODES, False),
    (t.PORTIONS, False),
    (t.STATUS_CODES, True),
])
def test_table_matching_only_on_what_is_taught(text, made):
    course = build_course(parse_document(text), glossary=(), others=())
    found = [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
    assert any(c.rule == TABLE_MATCHING for c in found) is made


ROUTES = """# Timetables

## Morning buses

| Stop | Line A | Line B |
|---|---|---|
| Harbour | Blue shelter | Red shelter |
| Museum | North gate | South gate |
| Market | Clock tower | Fountain |
"""

SHELTERS = """# Timetables

## Morning buses

| Stop | Shelter |
|---|---|
| Harbour | Blue shelter |
| Museum | North gate |
| Market | Clock tower |
"""


@pytest.mark.parametrize(("text", "made"), [(ROUTES, False), (SHELTERS, True)])
def test_a_column_named_by_a_letter_or_number_is_no_property_of_the_rows(text, made):
    """ "Match each stop with its bus a" (raters on test-w: garbled): "Line A" is one of several like columns."""
    course = build_course(parse_document(text), glossary=(), others=())
    found = [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
    assert any(c.rule == TABLE_MATCHING for c in found) is made


def test_a_comparison_table_written_sideways():
    from lessontext.document import parse_document
    from lessontext.questions.course import build_course
    from lessontext.questions.families.tables import SIDEWAYS, compares_columns

    course = build_course(parse_document(SIDEWAYS), glossary=(), others=())
    assert compares_columns(course.lesson.tables[0])


RECYCLING = """# How Paper Is Recycled

## The stages

| Stage | What happens |
|---|---|
| 1. Collection | Used paper is gathered from homes and offices and taken to a sorting depot. |
| 2. Pulping | The paper is soaked in water and churned into a grey **slurry** of loose fibres. |
| 3. De-inking | Air is blown through the mixture so that ink clings to the bubbles and is skimmed off. |
| 4. Pressing | Heavy rollers squeeze the water out and flatten the mat into one long sheet. |
| 5. Drying | The sheet passes over heated drums until it is dry enough to roll up. |
"""


def test_bold_in_a_cell_and_a_number_before_a_row_name_are_marks_not_words():
    course = build_course(parse_document(RECYCLING), glossary=(), others=())
    (c,) = [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
    assert {p.answer for p in c.pairs} == {"Collection", "Pulping", "De-inking", "Pressing", "Drying"}
    assert any("grey slurry of loose fibres" in p.prompt for p in c.pairs)
    assert not evaluate(c, course)


LAYERS = """# Network Layers

## The seven layers

| Layer | Name | Main job |
|---|---|---|
| 4 | Transport | Delivers data end to end between programs, using port numbers |
| 3 | Routing | Gives each device a logical address and forwards packets across networks |
| 2 | Data link | Moves frames between devices on one shared medium and detects transmission errors |
| 1 | Physical | Transmits raw bits as signals and defines connectors and voltages |
"""


def test_numbered_rows_are_asked_by_the_names_beside_their_numbers():
    # test-dn: "| Layer | Name | Main job |" with rows numbered 7 to 1 made no matching at all
    course = build_course(parse_document(LAYERS), glossary=(), others=())
    found = [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
    assert [c.stem for c in found] == ["Match each layer with its main job."]
    assert {p.answer for p in found[0].pairs} == {"Transport", "Routing", "Data link", "Physical"}


DESERTS = """# Deserts

Deserts form wherever little rain falls, for several different reasons.

## Types of desert

| Type of desert | Main cause of dryness | Typical location |
|---|---|---|
| Subtropical | Sinking air in high-pressure belts | Around 20–30° north and south of the equator |
| Cold-current coastal | Cold ocean currents chill the air above them, so it cannot rise to form rain clouds | West coasts |
| Continental interior | Great distance from the sea, so air has lost its moisture before arriving | Deep inside continents |
| Polar | Very cold air holds little water vapour, and sinking air brings little snowfall | Around the poles |
| Monsoon margin | Seasonal winds carry wet weather away for most of the year | Edges of monsoon belts |
"""


def test_a_description_that_writes_its_own_labels_word_again_is_left_out():
    """test-ds, both raters: "Cold ocean currents ..." gave "Cold-current coastal" away."""
    course = build_course(parse_document(DESERTS), glossary=(), others=())
    (c,) = [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
    assert {p.answer for p in c.pairs} == {"Subtropical", "Continental interior", "Polar", "Monsoon margin"}


DAMS = """# Types of Dam

Every dam holds back water in its own way.

| Type | How it holds back the water | Main materials |
|---|---|---|
| Gravity dam | Its own great weight resists sliding and overturning | Concrete or masonry |
| Arch dam | A thin wall curved upstream passes the thrust into the valley sides | Concrete |
| Arch-gravity dam | Combines a curved plan with a thick, heavy section, so both shape and weight do work | Concrete |
| Earthfill embankment | A broad mound of compacted soil with a clay core; its width spreads the load | Soil and clay |
"""


def test_a_cell_opening_with_its_under_a_header_that_says_it_stands_for_its_row():
    """test-eb: "Its own great weight ..." under "How it holds back the water" left too few rows, and the dam types
    got no question at all."""
    course = build_course(parse_document(DAMS), glossary=(), others=())
    (c,) = [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
    assert {p.answer for p in c.pairs} == {"Gravity dam", "Arch dam", "Arch-gravity dam", "Earthfill embankment"}
    assert not evaluate(c, course)
    without_its = DAMS.replace("How it holds back the water", "Working principle")
    course = build_course(parse_document(without_its), glossary=(), others=())
    assert not [c for table in course.lesson.tables for c in t.table_questions(table, course, random.Random(0))]
