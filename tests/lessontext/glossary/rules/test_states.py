"""The state rule: "A table is in **first normal form** when ...", "... are said to be in **series**"."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


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
