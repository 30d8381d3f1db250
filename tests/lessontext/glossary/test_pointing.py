""""these N" named by the list of its members in the sentence before; "of that N" by the sentence before's "the N of ..."."""

from __future__ import annotations

import pytest

from lessontext.glossary.pointing import (
    THAT_OF_PHRASE_EXAMPLES,
    THESE_AS_EXAMPLES_EXAMPLES,
    THESE_QUALIFIED_EXAMPLES,
    THESE_RESTRICTED_EXAMPLES,
    that_of_phrase,
    these_as_examples,
    these_qualified,
    these_restricted,
)
from tests.lessontext.glossary.support import glossary


@pytest.mark.parametrize(("definition", "previous", "expected"), THESE_AS_EXAMPLES_EXAMPLES)
def test_these_as_examples(definition, previous, expected):
    assert these_as_examples(definition, previous) == expected


@pytest.mark.parametrize(("definition", "previous", "expected"), THAT_OF_PHRASE_EXAMPLES)
def test_that_of_phrase(definition, previous, expected):
    assert that_of_phrase(definition, previous) == expected


@pytest.mark.parametrize(("definition", "before", "expected"), THESE_RESTRICTED_EXAMPLES)
def test_these_restricted(definition, before, expected):
    assert these_restricted(definition, before) == expected


@pytest.mark.parametrize(("definition", "expected"), THESE_QUALIFIED_EXAMPLES)
def test_these_qualified(definition, expected):
    assert these_qualified(definition) == expected


def test_the_glossary_drops_a_demonstrative_before_an_adjective_and_a_plural():
    terms = glossary("Bakers in one guild must weigh flour alike and name their loaves alike. "
                     "Guild standardisation is the patient work of agreeing on these formal rules.\n")
    assert terms["Guild standardisation"][1] == "The patient work of agreeing on formal rules."


def test_the_glossary_names_the_restricted_noun_two_sentences_back():
    terms = glossary("After a flood, the channels that carry water to the fields are often blocked. Farmers cannot "
                     "plant. **Canal repair** is the work of clearing these channels so that water can flow again.\n")
    assert terms["Canal repair"][1] == ("The work of clearing the channels that carry water to the fields so that "
                                        "water can flow again.")


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        pytest.param("The rest are spent rocket stages, dead boosters and fragments from collisions, all moving fast.",
                     "The knowledge of where objects such as spent rocket stages, dead boosters and fragments from "
                     "collisions are.", id="a-list-after-are-cut-at-its-comma"),
        pytest.param("Pans, bowls and jugs can all hold them.",
                     "The knowledge of where objects such as pans, bowls and jugs are.",
                     id="a-list-opening-the-sentence-is-cut-before-its-verb"),
        pytest.param("Rivers rise, seas open and close, and hills erode.", "The knowledge of where these objects are.",
                     id="a-list-of-clauses-is-no-list-of-members"),
        pytest.param("", "The knowledge of where these objects are.", id="no-sentence-before"),
    ],
)
def test_lists_before_a_verb_or_after_are(previous, expected):
    assert these_as_examples("The knowledge of where these objects are.", previous) == expected


def test_the_glossary_names_the_members_the_previous_sentence_lists():
    terms = glossary("Old mines, unexploded shells and cluster bombs stay dangerous for decades. "
                     "**Demining** is the work of finding and removing these hazards so that land can be used.\n")
    assert terms["Demining"][1] == ("The work of finding and removing hazards such as old mines, unexploded "
                                            "shells and cluster bombs so that land can be used.")
