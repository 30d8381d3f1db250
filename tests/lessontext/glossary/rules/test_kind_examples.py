"""The kind_example rule: a name given as an example of a plural kind, without commas, by what the kind does."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import glossary


def test_a_kind_after_and_with_a_place_defines_its_example():
    found = glossary("Since 1981 the school has trained pilots, and exercises such as Blue Gale in the United States "
                     "give pilots from many countries experience of large air operations.")
    assert found["Blue Gale"][1] == ("An exercise in the United States that gives pilots from many countries "
                                     "experience of large air operations.")


def test_a_kind_opening_the_sentence_keeps_only_its_first_clause():
    found = glossary("Initiatives such as the Harbour Industry Partnership encourage companies to exchange threat "
                     "information with port authorities, while national teams share alerts.")
    assert found["Harbour Industry Partnership"] == (
        "programme", "An initiative that encourages companies to exchange threat information with port authorities.")


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("Historians such as Anna Berg have argued that the picture hides enormous variety.", "Anna Berg",
                     id="people-making-a-claim"),
        pytest.param("Large exercises such as Blue Gale have tested these arrangements in recent years.", "Blue Gale",
                     id="a-past-event"),
        pytest.param("Venetian painters such as Giorgio worked mainly in oil paint on canvas.", "Giorgio",
                     id="a-past-tense-verb"),
    ],
)
def test_no_definition_from_people_or_past_events(body, term):
    assert term not in glossary(body)
