"""The narration gates: a rebuilt "A Y that ..." telling a dated act or a history, people named by their work."""

from __future__ import annotations

import pytest

from lessontext.glossary.clauses import LIFTED_QUANTIFIER
from lessontext.glossary.narrated import AGENT_PEOPLE, DATED_EVENT, agent_people, dated_event
from lessontext.glossary.publish import GATES, passes


def test_narration_gates_run_after_the_clause_gates():
    at = GATES.index(LIFTED_QUANTIFIER)
    assert GATES[at + 1:at + 3] == [DATED_EVENT, AGENT_PEOPLE]


@pytest.mark.parametrize("gate", [DATED_EVENT, AGENT_PEOPLE])
def test_examples(gate):
    for term, definition, expected in gate.examples:
        assert gate.check(term, definition, gate.example_headwords) == expected, (term, definition)


@pytest.mark.parametrize(
    ("definition", "kept"),
    [
        ("A community that adopted a binding convention on small arms in 2006.", False),
        ("An organization that conducted its own missions, which ended in 2016.", False),
        ("A union that had long resisted foreign inspectors.", False),
        ("A programme that has trained pilots from many nations under a shared syllabus.", True),
        ("A mission that deployed in 2007.", True),
        ("A regime created in 1987 that seeks to limit the spread of missiles.", True),
        ("A group of sixteen battleships that sailed around the world between 1907 and 1909.", True),
        ("A plan that set out to identify where civilian networks could serve.", True),
        ("A value that has been adjusted for inflation.", True),
    ],
)
def test_dated_event(definition, kept):
    assert (dated_event("Term", definition) == definition) is kept


@pytest.mark.parametrize(
    ("term", "definition", "kept"),
    [
        ("Geographers", "Things that describe maps as large scale or small scale.", False),
        ("Buffers", "Solutions that resist changes in pH.", True),
        ("Conductors", "Things that let charge flow easily.", True),
        ("Capillaries", "Things that take up glucose.", True),
    ],
)
def test_agent_people(term, definition, kept):
    assert (agent_people(term, definition) == definition) is kept


def test_passes_drops_a_dated_act_before_the_merge():
    assert passes("Southern African Development Community",
                  "A community that deployed a mission to the province in 2021.", candidate=True) is None
