"""The other_name rule: a name and its longer other name, which says what it is."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Not all reasoning is deductive. A related form of reasoning is known as abduction, or inference to the"
            " best explanation.",
            {"Abduction": ("defined", "Inference to the best explanation.")}, (),
            id="known-as-name-or-a-longer-name-that-says-what-it-is",
        ),
        pytest.param(
            "Some forms of argument are valid. Another valid form is contraposition, or denying the consequent: if P"
            " then Q; not Q; therefore not P.",
            {"Contraposition": ("defined", "Denying the consequent: if P then Q; not Q; therefore not P.")}, (),
            id="is-name-or-other-name-then-its-form-after-a-colon",
        ),
        pytest.param(
            "States share secrets under strict rules. The main rule is known as the third-party rule, or originator"
            " control.",
            {}, (), id="a-two-word-other-name-only-names",
        ),
        pytest.param(
            "Lunch is simple in most homes. The main dish is rice, or bread and butter with cheese.",
            {}, ("Rice",), id="is-x-or-y-without-a-colon-is-a-choice",
        ),
    ],
)
def test_other_name(body, expected, absent):
    check(body, expected, absent)
