"""quality: the named features of a glossary entry, the dot-product score and the floor."""

import math

import pytest

from lessontext.document import parse_document
from lessontext.glossary import quality

LESSON_TEXT = """# Tides

## How tides work

The **tidal range** is the difference in height between high and low water. The tidal range changes
through the month, and the tidal range is largest at spring tides.

## Spring tides

A spring tide is a tide with an unusually large range. It happens twice a month.
"""


@pytest.fixture(scope="module")
def lesson():
    return quality.Lesson.of(parse_document(LESSON_TEXT), {"tidal range": 0.8})


def row(lesson, *, term="Tidal range", definition="The difference in height between high and low water.",
        rule="copula", kind="defined", source="pattern", confidence=0.8,
        sentence="The **tidal range** is the difference in height between high and low water."):
    return quality.features(term=term, definition=definition, rule=rule, kind=kind, source=source,
                            confidence=confidence, sentence=sentence, section="how-tides-work", lesson=lesson)


def test_lesson_counts_uses_headings_and_bold_terms(lesson):
    assert lesson.mentions["tidal range"] == 3
    assert "spring tide" in lesson.heading_keys
    assert "tidal range" in lesson.emphasis_keys
    assert lesson.keyphrase == {"tidal range": 0.8}


@pytest.mark.parametrize(("definition", "name", "value"), [
    ("The difference in height between high and low water.", "definition_article", 1.0),
    ("Difference in height between high and low water.", "definition_article", 0.0),
    ("A measure of how far the water rises.", "definition_indefinite", 1.0),
    ("The measure of how far the water rises.", "definition_indefinite", 0.0),
    ("Something that it shows twice a month.", "definition_pronoun", 1.0),
    ("Something that the sea shows twice a month.", "definition_pronoun", 0.0),
    ("A height which changes with the moon.", "definition_relative", 1.0),
    ("A height changing with the moon.", "definition_relative", 0.0),
    ("A height of 4 metres.", "definition_digit", 1.0),
    ("A height of four metres.", "definition_digit", 0.0),
    ("A height (in metres).", "definition_brackets", 1.0),
    ("A height in metres.", "definition_brackets", 0.0),
    ("A range; it changes.", "definition_semicolon", 1.0),
    ("A range that changes.", "definition_semicolon", 0.0),
    ("The tidal range of a spring tide.", "definition_names_term", 1.0),
    ("The range of a spring tide.", "definition_names_term", 0.0),
    ("Something that the sea does.", "definition_generic_genus", 1.0),
    ("A sea that rises.", "definition_generic_genus", 0.0),
])
def test_definition_shapes(lesson, definition, name, value):
    assert row(lesson, definition=definition)[name] == value


@pytest.mark.parametrize(("term", "name", "value"), [
    ("NOAA", "term_acronym", 1.0),
    ("Tidal range", "term_acronym", 0.0),
    ("Neap Tide Tables", "term_capitalised", 1.0),
    ("Neap tide", "term_capitalised", 0.0),
    ("Tide 2", "term_digit", 1.0),
    ("Tidal range", "term_in_heading", 0.0),
    ("Spring tide", "term_in_heading", 1.0),
    ("Tidal range", "term_emphasised", 1.0),
    ("Spring tide", "term_emphasised", 0.0),
])
def test_term_shapes(lesson, term, name, value):
    assert row(lesson, term=term)[name] == value


def test_rarer_terms_and_more_mentions(lesson):
    assert row(lesson, term="Tidal range")["term_min_zipf"] < row(lesson, term="Water level")["term_min_zipf"]
    assert row(lesson, term="Tidal range")["term_mentions"] == pytest.approx(math.log1p(3))
    assert row(lesson, term="Ebb current")["term_mentions"] == 0.0
    assert row(lesson)["term_keyphrase"] == 0.8


def test_position_of_the_source_sentence(lesson):
    early = row(lesson)
    late = row(lesson, sentence="It happens twice a month.")
    assert early["section_rank"] == 0.0 and late["section_rank"] == 1.0
    assert early["lesson_rank"] < late["lesson_rank"]


def test_indicators_name_rule_kind_and_source(lesson):
    features = row(lesson, rule="label", kind="acronym", source="label")
    assert features["rule=label"] == features["kind=acronym"] == features["source=label"] == 1.0
