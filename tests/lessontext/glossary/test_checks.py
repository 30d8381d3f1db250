"""checks: a definition tidied so it stands on its own (finish_definition), and what may be a term (valid_term)."""

from __future__ import annotations

import pytest

from lessontext.glossary.checks import finish_definition, valid_term


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


@pytest.mark.parametrize(
    ("term", "named", "expected"),
    [
        ("least significant bit", True, True),
        ("least significant bit", False, False),
        ("highest magistrates", True, False),
        ("most", True, False),
    ],
)
def test_a_named_term_may_open_with_a_degree_word(term, named, expected):
    assert valid_term(term, strict=False, named=named) is expected
