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
