"""checks.finish_definition: a definition tidied so it stands on its own."""

from __future__ import annotations

import pytest

from lessontext.glossary.checks import finish_definition


@pytest.mark.parametrize(
    ("text", "finished"),
    [
        ("a flow of one coulomb of charge per second, so", "A flow of one coulomb of charge per second."),
        ("the energy transferred per unit of charge, where", "The energy transferred per unit of charge."),
        ("a store of facts and ideas", "A store of facts and ideas."),
        ("salt and pepper and", "Salt and pepper."),
        ("two", None),
    ],
)
def test_finish_definition(text, finished):
    assert finish_definition(text) == finished
