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


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Pilots learn the signals early, and common signal standards such as Beacon 7 let harbour tugs "
                     "and pilot boats share one chart of the port.", "Beacon 7",
                     "A common signal standard that lets harbour tugs and pilot boats share one chart of the port.",
                     id="a-name-with-a-number"),
        pytest.param("- Signal standards such as Beacon 7, which let harbour pilots and tugs share one chart of the "
                     "port.", "Beacon 7",
                     "A signal standard that lets harbour pilots and tugs share one chart of the port.",
                     id="a-relative-clause-agreeing-with-the-kind"),
        pytest.param("Along the coast, harbour councils such as the Fishers' Quay Council settle disputes between "
                     "boat owners and the port.", "Fishers' Quay Council",
                     "A harbour council that settles disputes between boat owners and the port.",
                     id="an-apostrophe-in-the-name-after-an-opening-phrase"),
        pytest.param("In the north, river bodies such as the Vale Water Board, which manage the locks, share data "
                     "with farmers.", "Vale Water Board", "A river body that manages the locks.",
                     id="the-main-verb-after-the-aside-is-cut"),
    ],
)
def test_a_named_example_with_a_number_a_relative_clause_or_an_opening_phrase(body, term, definition):
    assert glossary(body)[term][1] == definition


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Harbour schemes such as Clean Quay, which ran in 2019, trained many dock workers.",
                     id="which-says-a-past-deed"),
        pytest.param("Harbour schemes such as Clean Quay, which was closed in 2019, trained many dock workers.",
                     id="which-agrees-with-the-name"),
    ],
)
def test_a_relative_clause_that_does_not_agree_with_the_plural_kind_gives_no_entry(body):
    assert "Clean Quay" not in glossary(body)
