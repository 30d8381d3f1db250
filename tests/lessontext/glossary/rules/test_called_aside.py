"""The called_aside rule: "These N, often called X, ..." defined by the sentence before or its own verb."""

from __future__ import annotations

import pytest

from lessontext.glossary.rules.called_aside import _antecedent
from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Several regions now hold regular meetings where trade ministers sit down together. These gatherings,"
            " usually called trade councils, have become routine.",
            {"Trade councils": ("defined", "Regular meetings where trade ministers sit down together.")}, (),
            id="the-restricted-plural-of-the-sentence-before",
        ),
        pytest.param(
            "Partners receive warnings from the agency. These warnings, often called collision alerts, allow"
            " operators to decide whether to move.",
            {"Collision alerts": ("defined", "Warnings that allow operators to decide whether to move.")}, (),
            id="the-sentence's-own-present-verb",
        ),
        pytest.param(
            "Some boats ignore the quotas and land more than they declare. This practice, known as quota"
            " dodging, empties the shared grounds within a few seasons.",
            {"Quota dodging": ("defined", "A practice that empties the shared grounds within a few seasons.")}, (),
            id="one-thing-pointed-at-by-its-own-present-verb",
        ),
        pytest.param(
            "Some boats fish at night without lights. This practice, known as unlicensed, unlit and unlogged"
            " fishing, harms the stocks of the whole region.",
            {"Unlicensed, unlit and unlogged fishing": (
                "defined", "A practice that harms the stocks of the whole region.")}, (),
            id="a-name-that-is-a-list-of-modifiers",
        ),
        pytest.param(
            "Some boats fish at night without lights. This practice, known as dark fishing, was banned in 2004.",
            {}, ("Dark fishing",), id="one-thing-told-in-the-past-is-not-defined",
        ),
        pytest.param(
            "Some boats fish at night without lights. This practice, known as dark fishing, has these effects.",
            {}, ("Dark fishing",), id="an-auxiliary-or-a-pointing-predicate-makes-nothing",
        ),
    ],
)
def test_called_aside(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("previous", "noun", "expected"),
    [
        ("Several regions hold regular meetings where ministers sit down.", "gatherings",
         "Regular meetings where ministers sit down."),
        ("The ministers met the officials who run the ports.", "gatherings", None),
        ("Ministers met.", "gatherings", None),
    ],
)
def test_the_antecedent_is_a_restricted_plural_thing(previous, noun, expected):
    assert _antecedent(previous, noun) == expected
