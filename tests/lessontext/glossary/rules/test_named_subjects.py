"""named_subject: a body's name ends before the place where it sits."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
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



_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The Port Vale–Lakeport Agreement, signed in Westshire in May 1994, set up the Harbour Authority.",
                     "Port Vale–Lakeport Agreement", "An agreement of 1994 that set up the Harbour Authority.",
                     id="two-places-joined-by-a-dash"),
        pytest.param("The Élan Treaty, signed in Port Vale in 1963, gave the river towns a shared ferry service.",
                     "Élan Treaty", "A treaty of 1963 that gave the river towns a shared ferry service.",
                     id="a-capital-with-an-accent"),
        pytest.param("The Convention of Vale, concluded on 14 August 1814, provided that the duke would give up the "
                     "throne while the towns kept their charters.", "Convention of Vale",
                     "A convention of 1814 that provided that the duke would give up the throne while the towns kept their "
                     "charters.", id="an-instrument-by-what-it-provides"),
        pytest.param("The Ferry Agreement, signed in 1998, provided a legal framework for boats taking part in drills, "
                     "and the Harbour Cooperation Agreement of 2014 allowed boats rotating access to the quays.",
                     "Ferry Agreement", "An agreement of 1998 that provided a legal framework for boats taking part in drills.",
                     id="up-to-a-second-dated-name-and-its-verb"),
    ],
)
def test_a_named_instrument_with_an_aside_is_defined_by_what_it_did(body, term, definition):
    """Dated by its signing aside (``lightedits``), defined by what it did."""
    assert glossary(f"{body} {_PLAIN}")[term][1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("The Harbour Council, formed in 1814, declared that the duke would give up the throne.",
                     "Harbour Council", id="a-body-declaring-is-a-claim"),
        pytest.param("The Convention of Vale, concluded in 1814, provided that they would give up the throne.",
                     "Convention of Vale", id="what-it-provides-leans-on-earlier-text"),
    ],
)
def test_what_a_body_declares_or_a_provision_leaning_back_defines_nothing(body, term):
    assert term not in glossary(f"{body} {_PLAIN}")


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("The Duke of Vale received the island and a royal title.", "Duke of Vale", id="a-person-by-title"),
        pytest.param("The Ruritanian Navy built four submarines, each carrying sixteen missiles.", "Ruritanian Navy",
                     id="a-state-navy"),
        pytest.param("The Freedonian Air Force flies transport aircraft from Port Vale to the ice runway.",
                     "Freedonian Air Force", id="an-air-force-in-the-present"),
        pytest.param("The Harbour Union has made training missions a central part of its defence policy.",
                     "Harbour Union", id="a-union-of-states"),
        pytest.param("The Ruritanian Coast Guard has signed shiprider agreements with a dozen island states.",
                     "Ruritanian Coast Guard", id="a-coast-guard"),
    ],
)
def test_a_standing_actor_told_by_what_it_did_is_no_entry(body, term):
    """A person, a state's armed service or a union of states: one sentence tells its part in the story."""
    assert term not in glossary(f"{body} {_PLAIN}")


def test_a_body_whose_head_is_no_actor_is_still_defined_by_what_it_does():
    found = glossary(f"The Harbour Safety Brigade brings French and German units under a single command. {_PLAIN}")
    assert found["Harbour Safety Brigade"][1] == "A brigade that brings French and German units under a single command."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("The Treaty on Harbour Fleets in Europe, signed in 1990, set limits on the tugs each port may "
                     "keep.", "Treaty on Harbour Fleets in Europe",
                     "A treaty of 1990 that set limits on the tugs each port may keep.", id="a-region-ends-the-name"),
        pytest.param("The Agreement on Search and Rescue in the Arctic divided the region into areas of "
                     "responsibility.", "Agreement on Search and Rescue in the Arctic",
                     "An agreement that divided the region into areas of responsibility.", id="the-region"),
        pytest.param("The Harbour Training College in Portalba, founded in 1970, trains pilots from many countries.",
                     "Harbour Training College", "A college that trains pilots from many countries.", id="a-seat"),
        pytest.param("The Treaty of Lorwick in May 1802 opened three harbours to foreign merchants.",
                     "Treaty of Lorwick", "A treaty of 1802 that opened three harbours to foreign merchants.",
                     id="a-month-and-year"),
    ],
)
def test_a_place_or_a_date_after_the_name_is_read_as_part_of_it_or_beside_it(body, term, definition):
    found = glossary(f"{body} {_PLAIN}")
    assert found[term][1] == definition


def test_a_document_issued_by_a_body_is_also_found_under_its_own_name():
    document = parse_document("# Lesson\n\n## Part\n\nIn Europe, the Harbour Document of the Organization for Security "
                              "and Co-operation in Europe obliges participating states to exchange lists of their tugs "
                              f"every year. {_PLAIN}\n")
    found = {t.term: t for t in extract_glossary(document)}
    entry = found["Harbour Document of the Organization for Security and Co-operation in Europe"]
    assert entry.definition == "A document that obliges participating states to exchange lists of their tugs every year."
    assert "Harbour Document" in entry.aliases


def test_a_participle_between_the_name_and_its_verb_is_no_part_of_the_definition():
    """test-cg, both raters: "The Nine-Power Treaty signed there committed ..." read as "A treaty that signed there
    committed ..."."""
    found = glossary("The Lakeport Treaty signed there committed its parties to respect the river towns' charters. "
                     f"{_PLAIN}")
    assert found["Lakeport Treaty"][1] == "A treaty that committed its parties to respect the river towns' charters."
