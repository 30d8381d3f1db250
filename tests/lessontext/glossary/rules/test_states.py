"""The state rule: "A table is in **first normal form** when ...", "... are said to be in **series**"."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A matrix is in **echelon form** when every row starts further right than the row above it.",
            {"Echelon form": ("defined", "The state of a matrix in which every row starts further right than the row"
                                         " above it.")},
            (),
            id="is-in-bold-state-when",
        ),
        pytest.param(
            "A matrix is in **reduced form** when it is in echelon form and every leading entry is one.",
            {"Reduced form": ("defined", "The state of a matrix that is in echelon form and in which every leading"
                                         " entry is one.")},
            (),
            id="when-it-is-already-in-an-earlier-state",
        ),
        pytest.param(
            "Springs joined end to end, one after another, are said to be in **tandem**. They stretch further.",
            {"Tandem": ("defined", "The state of springs joined end to end, one after another.")}, (),
            id="said-to-be-in",
        ),
        pytest.param(
            "The river is in flood when the water rises above its banks. Floods are common in spring.",
            {}, ("Flood",),
            id="a-state-not-in-bold-names-nothing",
        ),
        pytest.param(
            "It is in **balance** when both sides carry the same weight. Scales show this well.",
            {}, ("Balance",),
            id="a-pronoun-subject-is-no-definition",
        ),
    ],
)
def test_state_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        ("Two quantities are in direct proportion when they increase or decrease at the same rate. "
         "Direct proportion gives a straight line.",
         "Direct proportion", "The state of two quantities in which they increase or decrease at the same rate."),
        ("A country has an absolute advantage in a good if it can produce more of that good than another country. "
         "An absolute advantage is rare.",
         "Absolute advantage",
         "The advantage that a country has in a good if it can produce more of that good than another country."),
    ],
)
def test_a_state_or_possession_of_any_thing_of_a_kind_is_defined_by_its_condition(body, term, definition):
    assert glossary(body).get(term) == ("defined", definition)


@pytest.mark.parametrize(
    "body",
    [
        "The river is in full flood when heavy rain falls on the hills. A full flood is rare.",  # one river
        "A country has a good year if the harvest is large.",  # said once: an everyday phrase, not a term
    ],
)
def test_a_particular_thing_or_an_everyday_phrase_is_not_a_state(body):
    found = glossary(body)
    assert "Full flood" not in found and "Good year" not in found
