"""Headwords that name no term (lessontext.glossary.headwords): a worked value, a country, a phrase that speaks to the
reader, a worked example's case, one organisation's own thing."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.headwords import (
    body_possession,
    country_headword,
    example_label,
    place_adverb,
    reader_address,
    worked_value,
)


@pytest.mark.parametrize("term", ["Resistance of 6 Ω", "Speed of 20 m/s", "Probability of 0", "30 cm ruler", "Five", "12"])
def test_a_value_from_a_worked_example_is_no_headword(term):
    assert worked_value(term, "A value used in the example.") is None


@pytest.mark.parametrize("term", ["Rule of 70", "Treaty of 1648", "Level 3 qualification", "Vitamin B12", "Form 2",
                                  "Covalent bond"])
def test_names_that_carry_a_number_are_kept(term):
    assert worked_value(term, "A definition.") == "A definition."


@pytest.mark.parametrize("term", ["Check your understanding", "Over to you", "Test yourself"])
def test_a_headword_that_speaks_to_the_reader_is_dropped(term):
    assert reader_address(term, "Explain why the river floods.") is None


def test_worked_example_sentence_gives_no_entry_but_the_quantity_keeps_its_own():
    text = ("# Levers\n\nMechanical advantage is load divided by effort. "
            "An MA of 4 means the lever multiplies your effort four times.\n")
    headwords = [t.term for t in extract_glossary(parse_document(text))]
    assert "Mechanical advantage" in headwords
    assert not any("4" in h for h in headwords)


@pytest.mark.parametrize("term", ["Indonesia", "New Zealand", "United State", "Kenya"])
def test_a_country_is_no_headword(term):
    assert country_headword(term, "A state in the region.") is None


@pytest.mark.parametrize("term", ["Indonesian throughflow", "Kenyan highlands", "Georgian architecture"])
def test_a_term_named_after_a_country_is_kept(term):
    assert country_headword(term, "A definition.") == "A definition."


def test_an_essay_that_describes_a_country_gives_no_entry_for_it():
    text = ("# Patrols\n\nKenya, the largest economy of the region, offers a striking example of enforcement. "
            "A shiprider agreement is an arrangement that lets an officer of one state board another state's ship.\n")
    headwords = [t.term for t in extract_glossary(parse_document(text))]
    assert "Kenya" not in headwords
    assert "Shiprider agreement" in headwords


@pytest.mark.parametrize("term", ["Option B", "Year 2", "Step 4", "Trip 1", "Shop C", "Stage IV", "Day 10"])
def test_a_case_of_a_worked_example_is_no_headword(term):
    assert example_label(term, "The second choice in the example.") is None


@pytest.mark.parametrize("term", ["Role 3", "Level 2", "Vitamin D", "Hepatitis B", "Plimpton 322", "Resolution 1540",
                                  "Stage left", "Option value"])
def test_a_number_or_letter_that_names_a_kind_is_kept(term):
    assert example_label(term, "A definition.") == "A definition."


@pytest.mark.parametrize("term", ["WHO's main goals", "FIFA's flagship tournament", "UNICEF’s annual report"])
def test_one_organisation_s_own_thing_is_no_headword(term):
    assert body_possession(term, "The thing the body names as its own.") is None


@pytest.mark.parametrize("term", ["Boyle's law", "Broca's area", "Newton's third law", "Crohn's disease"])
def test_an_eponym_with_a_possessive_is_kept(term):
    assert body_possession(term, "A definition.") == "A definition."


def test_a_worked_example_s_options_give_no_entries_but_the_kind_they_stand_for_does():
    text = ("# Phone contracts\n\nA handset contract is a contract that bundles a new phone with calls, texts and data.\n\n"
            "## Worked example\n\nTwo offers are compared. Deal A is a handset contract costing £30 a month for two "
            "years. Deal B is a rolling contract costing £12 a month.\n")
    headwords = [t.term for t in extract_glossary(parse_document(text))]
    assert "Handset contract" in headwords
    assert not {"Deal A", "Deal B"} & set(headwords)


@pytest.mark.parametrize(
    ("term", "kept"),
    [
        ("3 October", False),
        ("October 3, 1990", False),
        ("1066", False),
        ("the 1920s", False),
        ("Late 1700s", False),
        ("Ada Byrne, 2004, \"Canals and Trade", False),
        ("Act of 1832", True),
        ("October Revolution", True),
        ("Boxing Day", True),
    ],
)
def test_a_date_or_a_source_and_its_year_is_no_term(term, kept):
    from lessontext.glossary.headwords import date_headword

    assert (date_headword(term, "A definition.") == "A definition.") is kept


@pytest.mark.parametrize(
    ("term", "definition", "kept"),
    [
        ("Days", "Half of the salt settles in that time.", False),
        ("Minute", "A short pause between the two bells.", False),
        ("Day", "The time the Earth takes to turn once on its axis.", True),
        ("Market day", "A day on which traders come to the town square.", True),
    ],
)
def test_a_bare_unit_of_time_is_no_term_unless_its_span_is_defined(term, definition, kept):
    from lessontext.glossary.headwords import time_unit_headword

    assert (time_unit_headword(term, definition) == definition) is kept


@pytest.mark.parametrize(
    ("term", "kept"),
    [("Nearby", False), ("Outside", False), ("Beyond", False), ("Overhead", True),  # "overhead": a business cost
     ("Outside broadcast", True), ("Overhead projector", True), ("Crust", True)],
)
def test_a_word_that_only_says_where_is_no_headword(term, kept):
    assert (place_adverb(term, "A thin hard outer layer.") is not None) is kept


def test_an_inverted_sentence_of_place_gives_no_entry():
    found = {t.term for t in extract_glossary(parse_document(
        "# A tour of the mill\n\nThe **waterwheel** is a large wheel turned by the river that drives the millstones. "
        "Nearby is the drying floor, heated from below, a loft.\n"))}
    assert "Nearby" not in found
