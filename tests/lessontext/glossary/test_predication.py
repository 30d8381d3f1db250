"""The predication shapes: a definition that is the rest of a sentence about the term, not a noun phrase."""

import pytest

from lessontext.glossary.predication import (
    PREDICATION_EXAMPLES,
    name_for_verb,
    predicative,
    second_predicate,
    verb_disagrees,
)
from lessontext.glossary.publish import passes


@pytest.mark.parametrize(("term", "definition", "expected"), PREDICATION_EXAMPLES)
def test_publishing_gate_follows_the_examples(term, definition, expected):
    assert passes(term, definition) == expected


@pytest.mark.parametrize(("term", "definition", "expected"), [
    ("Distances", "Vast, weather is unforgiving and infrastructure is sparse.", True),
    ("Specialised aircraft", "Expensive and few are built each year.", True),
    ("Two events", "Independent if the outcome of one has no effect on the other.", True),
    ("Data", "Numerical and fairly evenly spread.", True),
    # A noun phrase after a list of adjectives, a quantity, a gerund, a name: kept.
    ("Macrophages", "Large, long-lived phagocytes that patrol tissues.", False),
    ("Bracts", "Small, usually green, leaf-like structures that grow below a flower.", False),
    ("Winter storms", "Fierce, usually in January.", True),
    ("Absolute majority", "More than half of the valid votes.", False),
    ("Disegno", "Drawing and design.", False),
    ("ITB", "Industrial and Technological Benefits.", False),
    # Two modifiers joined by "or" before their noun (test-be: "Groynes" refused); two adjectives and a phrase: not
    ("Groynes", "Wooden or rock barriers that are built at right angles to the beach.", False),
    ("Deserts", "Hot and dry in summer.", True),
    ("High tides", "Higher and low tides lower, giving the largest range.", True),  # test-ah: a clause
    # An adjective that goes on with its complement ("common in", "essential for") is left to other checks.
    ("Andesite", "Common in volcanoes above subduction zones.", False),
    # An adjective headword is defined by an adjective phrase.
    ("Ductile", "Able to be drawn into a wire.", False),
])
def test_predicative(term, definition, expected):
    assert predicative(term, definition) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("A last resort and is governed by national law.", True),
    ("Members of the diplomatic staff of the mission and enjoy the same privileges.", True),
    ("A load that acts at a single spot and is measured in kilonewtons.", False),
    ("Memories we can consciously recall and describe.", False),
    ("Rocks carried by the river scrape and grind against the bed.", False),
    ("A vast cloud of gas and dust in space.", False),
    ("Present from birth and responds to any threat.", False),
    # a plural subject with its own verb before "and": one clause, two verbs
    ("The seeds fall to the ground and begin to sprout.", False),
    ("The long, thin threads coil up and become visible.", False),
])
def test_second_predicate(definition, expected):
    assert second_predicate("Term", definition) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("A sea that still contain large quantities of ordnance.", True),
    ("An index that allow us to convert nominal values into real ones.", True),
    ("A sort that keeps equal items in the same order.", False),
    ("A vehicle that carried passengers.", False),
    ("Things that use carbon dioxide.", False),
    ("A series of rocks that form when magma cools.", False),
])
def test_verb_disagrees(definition, expected):
    assert verb_disagrees("Term", definition) is expected


@pytest.mark.parametrize(("definition", "expected"), [
    ("Groups that Mine Countermeasures Groups, which keep minehunters at sea.", True),
    ("Wars that War and French support for the colonists, had left the government in debt.", True),
    ("A treaty that NATO signed in 1992.", False),
    ("A document that Parliament passed.", False),
    ("A body that Parliament can dissolve.", False),
    ("A sort that keeps equal items in order.", False),
])
def test_name_for_verb(definition, expected):
    assert name_for_verb("Term", definition) is expected


def test_a_garbled_entry_gives_way_to_the_name_it_hid():
    from lessontext.document import parse_document
    from lessontext.glossary import extract_glossary

    document = parse_document(
        "# Mines\n\nNavies clear mines together in several ways.\n\n"
        "- **Standing multinational groups**, such as NATO's two Standing Mine Countermeasures Groups, which keep"
        " minehunters from several allies at sea together throughout the year.\n"
        "- **Joint exercises**, such as Open Spirit, which clear old mines from the seabed.\n")
    definitions = {t.term: t.definition for t in extract_glossary(document)}
    assert "Standing multinational groups" not in definitions
    assert definitions["Standing Mine Countermeasures Groups"].startswith("Groups that keep minehunters")


def test_a_name_that_is_the_clause_subject_is_not_a_missing_verb():
    assert not name_for_verb("Body", "A body that NATO runs.")
    assert not name_for_verb("Open Skies", "A treaty that NATO and Warsaw Pact states signed in 1992.")


def test_two_participles_of_one_noun_are_one_phrase_before_a_time_clause():
    """test-du: "the scroll, a strip of papyrus or parchment wound around itself and unrolled as it was read" (missed)."""
    assert not second_predicate("Scroll", "A strip of papyrus or parchment wound around itself and unrolled as it was read.")
