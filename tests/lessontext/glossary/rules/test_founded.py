"""The founded_name rule: a named body or instrument by its founding and what it was set up for."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.founded import _first_clause
from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The Harbour Safety Regime was established in 1987 by seven maritime countries to limit the "
                     "spread of unsafe ships.", "Harbour Safety Regime",
                     "A regime established in 1987 by seven maritime countries to limit the spread of unsafe ships.",
                     id="passive-founding-then-purpose"),
        pytest.param("In Ruritania, a National Harbour Centre was set up in 2020 to bring together ports, ministries "
                     "and coast guards.", "National Harbour Centre",
                     "A centre set up in Ruritania in 2020 to bring together ports, ministries and coast guards.",
                     id="a-place-opener-and-an-indefinite-name"),
        pytest.param("The Harbour Watch initiative, launched in 2014 by Ruritania, Freedonia and Arcadia and later "
                     "joined by others, coordinates how ports report unsafe ships.", "Harbour Watch initiative",
                     "An initiative that coordinates how ports report unsafe ships.",
                     id="a-long-founding-aside-with-a-list-of-founders"),
        pytest.param("Since 1981, the Harbour Pilot Training programme in Arcadia has trained pilots from many "
                     "nations under a shared syllabus, and exercises such as Blue Gale give crews experience of "
                     "large operations.", "Harbour Pilot Training programme",
                     "A programme that has trained pilots from many nations under a shared syllabus.",
                     id="a-since-opener-and-a-second-clause-cut"),
        pytest.param("The Harbour Safety Agency (HSA) was established in 2004 as an agency of the Union.",
                     "Harbour Safety Agency", "An agency of the Union established in 2004.",
                     id="founded-as-a-genus-with-its-acronym"),
        pytest.param("The Northern Ports Community was created by the Treaty of Vardby on 2 May 1975 as an "
                     "organisation for harbour cooperation.", "Northern Ports Community",
                     "An organisation for harbour cooperation created by the Treaty of Vardby on 2 May 1975.",
                     id="founded-by-an-instrument-as-a-genus"),
    ],
)
def test_a_founded_name_is_defined_by_its_purpose_or_work(body, term, definition):
    assert glossary(body)[term][1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("The Harbour Safety Group was created in 1974, after a collision showed that ports needed rules "
                     "to avoid accidents.", "Harbour Safety Group", id="a-date-and-a-cause-are-no-purpose"),
        pytest.param("The Harbour Safety Regime was established in 1987 to help them limit unsafe ships.",
                     "Harbour Safety Regime", id="a-purpose-leaning-on-a-pronoun"),
        pytest.param("The Harbour Tanker Fleet, launched in 2016 by Ruritania and Freedonia and later joined by "
                     "Arcadia, grew quickly.", "Harbour Tanker Fleet", id="an-aside-then-no-explaining-verb"),
        pytest.param("The Harbour Games were founded in 2014 to honour injured sailors.", "Harbour Games",
                     id="a-plural-name"),        pytest.param("Arcadia was founded in 1801 as a colony of traders.", "Arcadia", id="one-word-place"),
        pytest.param("The Harbour Board was created in 1923 as a result of the storm.", "Harbour Board",
                     id="as-a-result-is-no-genus"),
    ],
)
def test_a_founding_without_what_the_thing_is_for_is_not_a_definition(body, term):
    assert term not in glossary(body)


def test_a_second_clause_with_its_own_plural_subject_is_cut():
    assert _first_clause("The X has trained pilots, and exercises such as Y give crews experience.") == (
        "The X has trained pilots.")


def test_a_second_predicate_of_the_same_subject_is_kept():
    text = "The X has trained pilots, and trains instructors from many nations."
    assert _first_clause(text) == text

