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

