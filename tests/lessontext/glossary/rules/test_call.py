"""The call rule: "Economists call costs that ... sunk costs", "so ecologists call them producers"."""

from __future__ import annotations

import pytest

from lessontext.document import parse_document
from lessontext.glossary.extract import collect_candidates
from tests.lessontext.glossary.support import check, glossary


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        pytest.param(
            "Some insects carry pollen from flower to flower. Botanists call them pollinators.",
            {"Pollinators": ("defined", "Insects that carry pollen from flower to flower.")},
            (),
            id="call-them-previous-sentence",
        ),
        pytest.param(
            "Veblen called this striving to rank well against one's neighbours **pecuniary emulation**, and the "
            "comparison of people by their worth **invidious comparison**, a phrase he insisted he used in a technical "
            "sense.",
            {"Pecuniary emulation": ("defined", "Striving to rank well against one's neighbours."),
             "Invidious comparison": ("defined", "The comparison of people by their worth.")},
            (),
            id="a-thinker-names-each-object-in-bold",  # test-eh, both raters: two must-have terms
        ),
        pytest.param(
            "Bees, moths and some bats carry pollen between flowers, so botanists call them pollinators.",
            {"Pollinators": ("defined", "Bees, moths and some bats, which carry pollen between flowers.")},
            (),
            id="call-them-same-sentence-listed-subject",
        ),
        pytest.param(
            "Accountants call debts that must be paid within a year current debts; they matter for cash flow.",
            {"Current debts": ("defined", "Debts that must be paid within a year.")},
            (),
            id="call-object-with-relative-clause",
        ),
        pytest.param(
            "The river floods every spring. Farmers call it the old man.",
            {},
            ("Old man",),
            id="call-it-without-a-plural-antecedent",
        ),
        pytest.param(
            "Her friends call the dog Rex every morning.",
            {},
            ("Rex",),
            id="call-without-relative-clause",
        ),
        pytest.param(
            "Charles Cooley argued that we come to know ourselves by imagining how others see us. "
            "He called this the looking-glass self.",
            {"Looking-glass self": ("defined", "The idea that we come to know ourselves by imagining how others see us.")},
            (),
            id="called-this-names-the-claim-reported-before",
        ),
        pytest.param(
            "Often adults prepare for a role before they occupy it. Robert Merton called this anticipatory socialisation.",
            {},
            ("Anticipatory socialisation",),
            id="called-this-without-a-reported-claim",
        ),
        pytest.param(
            "Cooley argued that it matters. He called this the mirror.",
            {},
            ("Mirror",),
            id="called-this-claim-too-short",
        ),
    ],
)
def test_call_rules(body, expected, absent):
    check(body, expected, absent)


@pytest.mark.parametrize(
    ("body", "term", "definition"),
    [
        pytest.param("A delta forms at the wide mouth of a river, which geographers call the estuary.", "Estuary",
                     "The wide mouth of a river.", id="which-names-the-phrase-before"),
        pytest.param("In a loan, the lender is the giver of the money, which bankers call the creditor.", "Creditor",
                     "The giver of the money.", id="phrase-taken-back-over-of"),
        pytest.param("The ode is a long poem that usually holds a change in mood or tone, which critics call the turn.",
                     "Turn", "A change in mood or tone.", id="callers-in-ics"),
        pytest.param("She traced what doctors now call the index patient, the earliest known sufferer in an outbreak.",
                     "Index patient", "The earliest known sufferer in an outbreak.", id="what-then-its-gloss"),
        pytest.param("The researchers argued that memory is not a store but an active workbench, which they called "
                     "working space.", "Working space", "An active workbench.", id="after-but"),
    ],
)
def test_a_name_given_in_a_relative_clause_is_defined_by_the_phrase_it_hangs_on(body, term, definition):
    assert glossary(f"Some things have names. {body}").get(term, ("", ""))[1] == definition


@pytest.mark.parametrize(
    ("body", "term"),
    [
        pytest.param("In the oven the loaf rises quickly, which bakers call oven spring.", "Oven spring",
                     id="which-takes-up-a-whole-clause"),
        pytest.param("After a point, which we call peak melt, the flow declines.", "Peak melt",
                     id="generic-phrase-and-a-clause-after-the-name"),
        pytest.param("The ship had what engineers call a dangerous design.", "Dangerous design", id="what-without-gloss"),
        pytest.param("The crew repaired its front part, which sailors call the bow.", "Bow",
                     id="phrase-pointing-outside"),
    ],
)
def test_a_relative_name_without_a_phrase_of_its_own_makes_nothing(body, term):
    candidates, _ = collect_candidates(parse_document(f"# Lesson\n\n## Part\n\nSome things have names. {body}\n"))
    assert not [c for c in candidates if c.rule == "relative_call" and c.term.lower() == term.lower()]


def test_what_someone_called_a_gerund_phrase_is_named_by_it():
    """test-dr: "normal science", a must-have term for both raters, was missed."""
    found = glossary("Working within a paradigm is what Kuhn called normal science. Most scientists are not rebels.")
    assert found["Normal science"] == ("defined", "Working within a paradigm.")
    assert not any(term.lower() == "something" for term in glossary("Everything else is what we call something."))
