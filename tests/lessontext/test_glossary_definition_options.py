"""glossary_term_to_definition: options of one form, no self-giving key, no everyday word (dev-r2 raters)."""

import pytest

from lessontext.questions.closeness import key_stands_out
from lessontext.questions.families.glossary import (
    everyday_word,
    leaks,
    usable_definition,
)
from lessontext.questions.genus import one_per_genus


def test_options_of_another_form_than_the_key_are_kept_one_per_form():
    key = "Software that records changes to a set of files over time"
    commands = [
        "A command that sends local commits to the remote repository",
        "A command that records the staged changes as a new commit",
        "A program that stores files on a server",
    ]
    assert one_per_genus(key, commands) == [commands[0], commands[2]]


def test_a_key_that_repeats_the_terms_number_gives_itself_away():
    options = ["The price paid for the use of money", "Interest added to the balance each period"]
    assert leaks("Rule of 72", "A shortcut: divide 72 by the annual interest rate", options)
    assert not leaks("Cadence", "A chord progression that ends a musical phrase", options)


def test_a_key_that_repeats_a_short_word_of_the_term_in_the_singular_gives_itself_away():
    options = ["A chord progression that ends a musical phrase", "The distance between two notes"]
    assert leaks("Relative keys", "A major key and a minor key that share the same key signature", options)
    assert leaks("Scales", "A series of notes that makes a scale", options)


def test_an_everyday_word_is_not_asked_for_its_meaning():
    assert everyday_word("Percentage")
    assert not everyday_word("Titration") and not everyday_word("Relative keys")


@pytest.mark.parametrize(("term", "everyday"), [
    ("Walking", True),  # an everyday activity: its meaning is the verb's
    ("Sleeping", True),
    ("Swallowing", False),  # rarer: the lesson may define it
    ("Weathering", False),  # a verb's -ing form, but a specialised word
    ("Frequency", False),  # a noun as common as "Breathing" keeps the nouns' threshold
    ("Ceiling", False),  # a noun in -ing that is no verb's form
])
def test_an_everyday_activity_is_not_asked_for_its_meaning(term, everyday):
    assert everyday_word(term) is everyday


def test_a_definition_that_points_back_is_not_an_option():
    assert not usable_definition("A quantity, related to the pH scale, that measures hydroxide ion concentration in the same way")


def test_a_key_far_longer_than_every_distractor_stands_out():
    # Raters (two documents): "the key is by far the longest option".
    key = ("A laboratory method for finding the unknown concentration of a solution by reacting it "
           "with a solution of known concentration")
    short = ["An acid that ionises only partly, so most of its molecules remain intact",
             "A substance that produces hydroxide ions when dissolved in water",
             "A substance that changes colour depending on the pH of the solution"]
    assert key_stands_out(key, short)
    long = "The group of sharps or flats written at the start of each line to show which notes are altered in a piece"
    assert not key_stands_out(key, [*short[:2], long])
    assert not key_stands_out("A substance that changes colour", short)
