"""named_subject: a body's name ends before the place where it sits."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.named_subjects import _without_seat
from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harbour Pilot Regiment at Port Vale", "Harbour Pilot Regiment"),
        ("River Data Centre at Lakeport", "River Data Centre"),
        ("Incidents at Sea Agreement", "Incidents at Sea Agreement"),
        ("Convention for the Safety of Ferries at Sea", "Convention for the Safety of Ferries at Sea"),
        ("Battle at Long Ford", "Battle at Long Ford"),
    ],
)
def test_a_name_ends_before_the_seat_of_its_body(name, expected):
    assert _without_seat(name) == expected


def test_a_body_told_by_its_seat_and_an_aside_is_defined_by_what_it_does():
    found = glossary("In Arcadia, the Harbour Pilot Regiment at Port Vale in Westshire, known until 2015 as the Pilot "
                     "School, trains pilots for all three fleets.")
    assert found["Harbour Pilot Regiment"][1] == "A regiment that trains pilots for all three fleets."


@pytest.mark.parametrize(
    ("body", "term", "expected"),
    [
        pytest.param("The Three-Port Treaty of 4 March 1821, between Arland, Belmark and Cossia, bound the parties to "
                     "open their harbours to one another's fishing boats.", "Three-Port Treaty",
                     "A treaty of 1821 between Arland, Belmark and Cossia that bound the parties to open the parties' "
                     "harbours to one another's fishing boats.", id="day-month-year-and-parties"),
        pytest.param("The Lowland Grazing Agreement of 1902, signed when the drought ended, limited every farm to forty "
                     "sheep on the common.", "Lowland Grazing Agreement",
                     "An agreement of 1902 that limited every farm to forty sheep on the common.", id="year-and-aside"),
        pytest.param("The Harbour Accord of June 1931 obliged the river towns to share the cost of dredging.",
                     "Harbour Accord", "An accord of 1931 that obliged the river towns to share the cost of dredging.",
                     id="month-year"),
    ],
)
def test_a_dated_instrument_is_defined_with_its_year_and_parties(body, term, expected):
    found = glossary(body)
    assert found[term][1] == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Accord of 1931 bound them to that promise for twenty years.",
        "The Harbour Accord of 12 May 1931, between Arland and Belmark, bound those towns to it.",
    ],
)
def test_a_dated_name_whose_predicate_leans_on_the_sentence_before_is_no_entry(body):
    assert "Harbour Accord" not in glossary(body)
