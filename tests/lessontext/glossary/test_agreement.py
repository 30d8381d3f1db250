"""A headword shown in the number its definition is written in (lessontext.glossary.agreement)."""

import pytest

from lessontext.glossary.agreement import one_of_group, plural_headword, singular_headword
from lessontext.glossary.candidate import Term
from lessontext.vocabulary import TermKind
from lessontext.words import term_key


def _term(term: str, definition: str, aliases: tuple[str, ...] = ()) -> Term:
    return Term(term=term, key=term_key(term), definition=definition, kind=TermKind.DEFINED, section_anchor="s",
                sentence="", aliases=aliases, confidence=0.7, rule="copula")


@pytest.mark.parametrize(
    ("term", "definition", "shown"),
    [
        ("Indicators", "A substance that changes colour with acidity.", "Indicator"),
        ("Ridges", "The narrow crest where two slopes meet.", "Ridge"),
        ("Hinges", "The small joint on which a door turns.", "Hinge"),
        ("Deletion anomalies", "An anomaly that happens when removing one fact removes another.", "Deletion anomaly"),
        # The head noun after the adjectives is plural: the headword keeps its number.
        ("Gullies", "The smallest channels, carrying rain off a slope.", "Gullies"),
        ("Plates", "The large rigid slabs into which the crust is divided.", "Plates"),
        # A noun group that may go on past what was read, or two things, or a proper name.
        ("Valleys", "The deep river valley floors.", "Valleys"),
        ("Relative keys", "A major key and a minor key that share a key signature.", "Relative keys"),
        ("Best Management Practices", "A set of guidelines for ships.", "Best Management Practices"),
    ],
)
def test_a_plural_headword_defined_in_the_singular_is_shown_singular(term, definition, shown):
    text_words = {"indicator", "ridge", "hinge", "gully", "plate", "valley"}
    assert singular_headword(_term(term, definition), text_words).term == shown


def test_a_one_word_headword_changes_only_when_the_lesson_writes_the_singular():
    assert singular_headword(_term("Ridges", "The narrow crest where two slopes meet."), set()).term == "Ridges"


def test_a_singular_headword_defined_in_the_plural_takes_the_authors_plural():
    got = plural_headword(_term("Need", "The costs you must pay to live.", aliases=("Needs",)))
    assert got.term == "Needs" and "Need" in got.aliases


@pytest.mark.parametrize(
    ("term", "definition", "shown"),
    [
        # The parts a whole is divided into or built from, or a counted set: one member.
        ("Stratum", "Groups into which the population is divided.", "One of the groups into which the population is divided."),
        ("Bar", "Short sections into which music is divided.", "One of the short sections into which music is divided."),
        ("Neuron", "Cells from which the nervous system is built.", "One of the cells from which the nervous system is built."),
        ("Crank", "The two arms that connect the pedals to the bicycle.", "One of the two arms that connect the pedals to the bicycle."),
        # Not one member of a group: kept as written.
        ("Gas", "Particles that move freely.", "Particles that move freely."),
        ("Pathogen", "Microbes and other agents that cause disease.", "Microbes and other agents that cause disease."),
        ("Strata", "Groups into which the population is divided.", "Groups into which the population is divided."),
        ("Acid", "A substance that donates protons.", "A substance that donates protons."),
        ("Beylik", "A number of small principalities among which Anatolia was divided.",
         "A number of small principalities among which Anatolia was divided."),
    ],
)
def test_a_singular_headword_defined_as_the_parts_of_a_whole_is_one_of_them(term, definition, shown):
    assert one_of_group(_term(term, definition)).definition == shown
