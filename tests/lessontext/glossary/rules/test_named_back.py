"""The named_back rule: "These are called X" naming the previous sentence's subject, whose head X shares."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "In some materials, some electrons are only loosely held and can drift from one atom to the next."
            " These are known as free electrons.",
            {"Free electrons": ("defined", "Electrons that are only loosely held and can drift from one atom to"
                                           " the next.")}, (),
            id="quantified-subject-after-an-opening-phrase",
        ),
        pytest.param(
            "Some costs, such as a telephone bill with a standing charge, have both a fixed and a variable element."
            " These are called semi-variable costs, and they are usually split into two parts.",
            {"Semi-variable costs": ("defined", "Costs that have both a fixed and a variable element.")}, (),
            id="the-such-as-aside-is-dropped",
        ),
        pytest.param(
            "Similar agreements followed with other powers. These became known as the unequal treaties.",
            {}, ("Unequal treaties",), id="the-name-does-not-share-the-subject-head",
        ),
        pytest.param(
            "Some costs change with output. These are called variable costs and appear on every monthly bill.",
            {"Variable costs": ("defined", "Costs that change with output.")}, (),
            id="a-following-clause-is-not-part-of-the-name",
        ),
    ],
)
def test_named_back(body: str, expected: dict[str, tuple[str, str]], absent: tuple[str, ...]) -> None:
    check(body, expected, absent)
