"""numbered_provision: an article or protocol cited by number, told by what it lays down."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check

_PLAIN = "It is one of the things that most of the people in the town know about."


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("Article V then defines what counts as an armed attack on a party's ships or ports.", "Article V",
                     "An article that defines what counts as an armed attack on a party's ships or ports.",
                     id="a-roman-number"),
        pytest.param("Article 16 of the Treaty of Lorwick reserved the right of Ruritania to claim damages.",
                     "Article 16 of the Treaty of Lorwick",
                     "An article that reserved the right of Ruritania to claim damages.", id="the-instrument-after-it"),
        pytest.param("In exchange, Article VI grants the fleet the use of two harbours in the south.", "Article VI",
                     "An article that grants the fleet the use of two harbours in the south.", id="an-opening-phrase"),
        pytest.param("Article I states that the harbour shall be used for peaceful purposes only.", "Article I",
                     "An article that states that the harbour shall be used for peaceful purposes only.",
                     id="what-it-states-is-what-it-is"),
        pytest.param("Article 35 of the Harbour Law allows the navy to help the port police, which is how sailors came "
                     "to patrol the docks in 2020.", "Article 35 of the Harbour Law",
                     "An article that allows the navy to help the port police.", id="a-comment-on-the-clause-cut"),
    ],
)
def test_a_numbered_provision_is_defined_by_what_it_lays_down(body, term, definition):
    check(f"{body} {_PLAIN}", {term: ("defined", definition)}, ())


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("World War II ended the old alliances across the region.", "World War II", id="an-event"),
        pytest.param("Article IV settles nothing about the islands.", "Article IV", id="what-it-leaves-out"),
        pytest.param("Article IX provided that if either party were attacked, the two would consult at once.",
                     "Article IX", id="a-condition-a-cut-would-halve"),
        pytest.param("Article VI grants them the use of two harbours.", "Article VI", id="a-pronoun"),
    ],
)
def test_a_numbered_name_that_lays_nothing_down_is_no_entry(body, term):
    check(f"{body} {_PLAIN}", {}, (term,))
