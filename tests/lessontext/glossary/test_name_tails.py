"""name_tails: where a capitalised name ends (its seat, a place inside it, its owner)."""

from __future__ import annotations

import pytest

from lessontext.glossary.name_tails import name_genus, owned_short_name, place_in_name, without_seat


@pytest.mark.parametrize(
    ("name", "genus"),
    [
        ("Treaty on Harbour Fleets", "treaty"),
        ("Vienna Document of the Harbour Organization", "document"),
        ("Harbour Training College", "college"),
    ],
)
def test_the_genus_is_the_head_before_the_inner_phrase(name, genus):
    assert name_genus(name) == genus


@pytest.mark.parametrize(
    ("name", "tail", "inside"),
    [
        ("Treaty on Harbour Fleets", " in Europe", True),
        ("Agreement on Search and Rescue", " in the Arctic", True),
        ("Organization for Security and Co-operation", " in Europe", True),
        ("Framework Agreement for Peace", " in Ruritania", False),  # no country the lexicon knows
        ("Framework Agreement for Peace", " in Austria", True),
        ("Royal College of Harbour Studies", " in Portalba", False),  # a college sits somewhere
        ("Royal College of Harbour Studies", " in Europe", False),
        ("Baltic Harbour College", " in Tartu", False),  # no inner phrase: the seat
        ("Conference on Harbour Safety", " in Geneva", False),  # a city: where it met
    ],
)
def test_a_place_completes_an_instruments_inner_phrase_not_a_bodys_seat(name, tail, inside):
    assert place_in_name(name, tail) is inside


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harbour Pilot Regiment at Port Vale", "Harbour Pilot Regiment"),
        ("Centre for Harbour Research and Experimentation at Port Vale", "Centre for Harbour Research and Experimentation"),
        ("Convention for the Safety of Ferries at Sea", "Convention for the Safety of Ferries at Sea"),
        ("Incidents at Sea Agreement", "Incidents at Sea Agreement"),
        ("Harbour Treaty in Vardby", "Harbour Treaty"),
        ("Treaty on Harbour Pilots in Europe", "Treaty on Harbour Pilots in Europe"),
    ],
)
def test_a_seated_body_ends_before_at(name, expected):
    assert without_seat(name) == expected


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Vienna Document of the Organization for Security and Co-operation in Europe", "Vienna Document"),
        ("Harbour Code of the Coastal Union", "Harbour Code"),
        ("Standing Committee of the Coastal Union", None),  # a body inside a body is named whole
        ("League of the Three Emperors", None),
        ("Harbour Code of the Coastal Sea", None),  # not issued by a body
    ],
)
def test_a_name_issued_by_a_body_is_also_called_by_its_own_part(name, short):
    assert owned_short_name(name) == short
