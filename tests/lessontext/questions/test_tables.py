"""Table matching: which columns are values or codes to memorise rather than what the lesson teaches."""

import random

import pytest

from lessontext.document import parse_document
from lessontext.questions.course import build_course
from lessontext.questions.families import tables as t
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
