"""The description_first rule: "the place where two rivers meet is a confluence" names what its subject describes."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


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
    ],
)
def test_description_first(body, expected, absent):
    check(body, expected, absent)
