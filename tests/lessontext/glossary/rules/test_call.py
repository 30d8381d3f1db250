"""The call rule: "Economists call costs that ... sunk costs", "so ecologists call them producers"."""

from __future__ import annotations

import pytest

from tests.lessontext.glossary.support import check


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
