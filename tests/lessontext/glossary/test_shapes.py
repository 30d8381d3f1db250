"""lessontext.glossary.shapes: the entry-shape checks the publish gates run."""

from __future__ import annotations

import pytest

from lessontext.glossary.shapes import expansion_only, filler_headword, predicate_only, reduced_relative


@pytest.mark.parametrize(("check", "term", "definition", "kept"), [
    (filler_headword, "Typical experiment", "An experiment in which a tone sounded before food.", False),
    (filler_headword, "Experiment", "A test carried out to check a hypothesis.", True),
    (predicate_only, "Protostar", "Is usually surrounded by a disc of gas and dust.", False),
    (predicate_only, "GET", "Retrieve a representation of the resource.", True),
    (expansion_only, "UCS", "Unconditioned stimulus.", False),
    (expansion_only, "ADMM", "A meeting that brings together the defence ministers of ASEAN.", True),
    (reduced_relative, "Luxury product", "A product that sold at a bargain price in a shop sends mixed messages.", False),
    (reduced_relative, "Tariff", "A tax that applied to imports in the colonies before 1776.", True),
])
def test_shape_checks_drop_or_keep(check, term, definition, kept):
    assert (check(term, definition) == definition) is kept
