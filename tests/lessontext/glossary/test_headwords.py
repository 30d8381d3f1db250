"""Headwords that name no term (lessontext.glossary.headwords): a worked value, a phrase that speaks to the reader."""

import pytest

from lessontext.document import parse_document
from lessontext.glossary import extract_glossary
from lessontext.glossary.headwords import country_headword, reader_address, worked_value


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
