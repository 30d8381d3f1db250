"""The clause gates: a run-on cut at the next term's definition, a clause given its term's head noun as genus."""

from __future__ import annotations

import pytest

from lessontext.glossary.clauses import CLAUSE_BODY, SECOND_CLAUSE, clause_body, lifted_quantifier, second_clause
from lessontext.glossary.publish import GATES


def test_clause_gates_run_before_the_other_gates():
    assert GATES[:2] == [SECOND_CLAUSE, CLAUSE_BODY]


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Couplet", "A stanza of two rhyming lines is a couplet; a stanza of four lines is a quatrain.",
         "A stanza of two rhyming lines."),
        ("Net income", "What remains after taxes; gross income is what you earn before any deductions.",
         "What remains after taxes."),
        ("Tissue", "A group of similar cells is an organ.", None),
    ],
)
def test_second_clause(term, definition, expected):
    assert second_clause(term, definition) == expected


@pytest.mark.parametrize(
    ("term", "definition", "expected"),
    [
        ("Transverse waves", "The particles vibrate at right angles to the direction of travel.",
         "Waves in which the particles vibrate at right angles to the direction of travel."),
        ("Total revenue", "Price multiplied by quantity.", "Price multiplied by quantity."),
        ("Frame narrative", "A story contained inside another story.", "A story contained inside another story."),
    ],
)
def test_clause_body(term, definition, expected):
    assert clause_body(term, definition) == expected


@pytest.mark.parametrize(
    ("definition", "expected"),
    [
        ("Billions of tiny electronic switches.", "Tiny electronic switches."),
        ("Hundreds of small islands in a chain.", "Small islands in a chain."),
        ("An approach in which many businesses coordinate their messages.",
         "An approach in which businesses coordinate their messages."),
        ("A process in which sometimes a person must abandon old habits.",
         "A process in which a person must abandon old habits."),
        # A count that is the whole definition, and quantifiers that carry the meaning, stay.
        ("Thousands of years.", "Thousands of years."),
        ("A purchase in which several countries buy a product together.",
         "A purchase in which several countries buy a product together."),
        ("A system in which most voters choose one candidate.", "A system in which most voters choose one candidate."),
    ],
)
def test_lifted_quantifier(definition, expected):
    assert lifted_quantifier("Term", definition) == expected
