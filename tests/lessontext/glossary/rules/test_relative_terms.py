"""The relative_term rule: a name or a compound term described by the relative clause after it, where it stands."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.extract import collect_candidates
from tests.lessontext.glossary.support import glossary


def _relative_terms(body: str) -> dict[str, str]:
    """The rule's own candidates (other rules may read the same sentence another way)."""
    candidates, _ = collect_candidates(parse_document(f"# Lesson\n\n## Part\n\n{body}\n"))
    return {c.term: c.definition for c in candidates if c.rule == "relative_term"}


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("If approved, the two ports sign a harbour transfer certificate that sets out the cargo, price and "
                     "schedule.", "Harbour transfer certificate", "A certificate that sets out the cargo, price and schedule.",
                     id="a-compound-object-and-that"),
        pytest.param("In 2023 the council adopted Resolution 2719, which opened the harbour to foreign ships.",
                     "Resolution 2719", "A resolution which opened the harbour to foreign ships.",
                     id="a-numbered-name-and-a-past-tense"),
        pytest.param("Some ports go further and carry out harbour end-use monitoring, which can include inspections of "
                     "ships at sea.", "harbour end-use monitoring",
                     "Monitoring which can include inspections of ships at sea.", id="a-modal"),
        pytest.param("Small ports often work through regional harbour boards, which set fees and keep a register of "
                     "ships.", "regional harbour boards", "Boards which set fees and keep a register of ships.",
                     id="a-three-word-compound"),
    ],
)
def test_a_term_described_by_its_relative_clause(body, term, definition):
    assert {t.lower(): d for t, d in _relative_terms(body).items()}[term.lower()] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("Small ports often work through harbour boards, which set fees and keep a register of ships. "
                     "Harbour boards meet yearly.", "harbour boards", id="a-two-word-phrase-only-used-again"),
        pytest.param("Ships sailed under the Harbour Safety Accord, which entered into force in 2016.",
                     "Harbour Safety Accord", id="a-clause-that-only-dates"),
        pytest.param("They sign the Harbour Safety Accord, which requires them to report every ship.",
                     "Harbour Safety Accord", id="a-pronoun-in-the-clause"),
        pytest.param("A harbour pilot station that receives too few ships will close within a year.",
                     "Harbour pilot station", id="the-subject-with-its-main-verb-after"),
        pytest.param("Ports now share the harbour safety rules that captains are expected to follow.",
                     "Harbour safety rules", id="the-term-is-the-object-of-the-clause"),
        pytest.param("Since 1997 the ports have hosted Operation Clean Quay, a multinational harbour clearance "
                     "operation in which navies clear old mines.", "multinational harbour clearance operation",
                     id="an-appositive-describing-a-name"),
        pytest.param("Most harbours hold the bites of salted fish, which can keep for a year.", "bites of salted fish",
                     id="an-of-phrase-whose-clause-may-be-the-last-nouns"),
        pytest.param("Ports now open a harbour savings account that pays 4% per year.", "harbour savings account",
                     id="a-worked-example-figure"),
        pytest.param("It was the two harbour pilot chiefs that arranged a halt to the strike.",
                     "Harbour pilot chiefs", id="a-cleft-picks-out"),
        pytest.param("The port flies Norland's Coastal Rescue Service, which patrols the islands.",
                     "Coastal Rescue Service", id="a-name-begun-before-a-possessive"),
    ],
)
def test_a_relative_clause_that_does_not_describe_the_term(body, term):
    assert term.lower() not in {t.lower() for t in _relative_terms(body)}


def test_the_entry_is_published():
    found = glossary("If approved, the two ports sign a harbour transfer certificate that sets out the cargo, price "
                     "and schedule.")
    assert found["Harbour transfer certificate"][1] == "A certificate that sets out the cargo, price and schedule."
