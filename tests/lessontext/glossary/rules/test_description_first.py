"""The description_first rule: "the place where two rivers meet is a confluence" names what its subject describes."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "A smaller stream joins the main river as a tributary, and the place where two rivers meet is a"
            " confluence.\n\n"
            "A titration adds base slowly, and the point at which exactly enough base has been added is the"
            " equivalence point, often shown by a change of colour.\n",
            {
                "Confluence": ("defined", "The place where two rivers meet."),
                "Equivalence point": ("defined", "The point at which exactly enough base has been added."),
            },
            (), id="a-description-then-its-name-in-a-later-clause",
        ),
        pytest.param(
            "One plate bends down beneath another, and the deep, narrow trough that forms on the sea floor is an"
            " ocean trench.\n",
            {"Ocean trench": ("defined", "The deep, narrow trough that forms on the sea floor.")},
            (), id="coordinated-adjectives-in-the-description",
        ),
        pytest.param(
            "The line rises after the storm. The part where it falls again is the falling limb.\n",
            {}, ("Falling limb",), id="a-description-with-a-pronoun-does-not-stand-alone",
        ),
        pytest.param(
            "The feature that most buyers notice first is the price.\n\n"
            "The largest animal that lives in the sea is the blue whale.\n",
            {}, ("Price", "Blue whale"), id="an-everyday-word-or-a-ranked-subject-is-no-definition",
        ),
        pytest.param(
            "Water is heated in a kettle. The temperature at which a liquid boils is the boiling point (symbol: Tb).\n",
            {"Boiling point": ("defined", "The temperature at which a liquid boils.")},
            (), id="a-symbol-in-brackets-after-the-name",
        ),
        pytest.param(
            "Things move. The energy that a moving object has because of its motion is the **kinetic energy**.\n",
            {"Kinetic energy": ("defined", "The energy that a moving object has because of its motion.")},
            (), id="an-its-that-points-to-the-description-s-own-noun",
        ),
        pytest.param(
            "Two lines cross on the chart. The place where they meet is the crossing point (symbol: X).\n",
            {}, ("Crossing point",), id="a-pronoun-pointing-outside-the-description-with-a-symbol",
        ),
    ],
)
def test_description_first(body, expected, absent):
    check(body, expected, absent)


def test_a_plural_subject_and_its_reporting_verb_are_no_description():
    """test-dv, both raters: "Costly comfort: The Athenians answer that hope"."""
    found = glossary("The Athenians answer that hope is a costly comfort, which ruins those who stake everything on it.")
    assert "Costly comfort" not in found, found
    assert glossary("The place where two rivers meet is a confluence.")["Confluence"] == (
        "defined", "The place where two rivers meet.")
